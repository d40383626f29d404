"""Per-app state of rectification: the ticket sources other domains register (e.g. evaluation's "rating")."""

from __future__ import annotations

from aiohttp import web

from miniapp_api.rectification.service import TicketSource

TICKET_SOURCES: web.AppKey[dict[str, TicketSource]] = web.AppKey("rectification_ticket_sources", dict)


def register_source(app: web.Application, source_type: str, source: TicketSource) -> None:
    """Tickets whose source_type is `source_type` ask `source` for contacts and appeal outcomes."""
    if TICKET_SOURCES not in app:
        app[TICKET_SOURCES] = {}
    app[TICKET_SOURCES][source_type] = source


def sources_of(app: web.Application) -> dict[str, TicketSource]:
    return app.get(TICKET_SOURCES) or {}
