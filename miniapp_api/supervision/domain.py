"""Supervision (督查 and 党建观察员): inspection teams, inspections, findings → tickets → re-checks, observers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

from aiohttp import web

from miniapp_api.evaluation.state import OBSERVERS
from miniapp_api.rectification.state import register_source
from miniapp_api.supervision import demo, observers
from miniapp_api.supervision.directory import ObserverCache
from miniapp_api.supervision.routes import routes
from miniapp_api.supervision.service import SOURCE_TYPE, InspectionTickets
from miniapp_api.supervision.state import OBSERVER_CACHE
from miniapp_api.supervision.warnings import finding_warnings
from server.core.domains import add_console_page, add_demo, add_models
from server.core.indicators import register_warnings


def install(app: web.Application) -> None:
    add_models(app, "miniapp_api.supervision.models")
    app.router.add_routes(routes)
    cache = ObserverCache(observers.observer_map)
    app[OBSERVER_CACHE] = cache
    app[OBSERVERS] = cache  # evaluation asks it whether a rater observes the rated org
    app.cleanup_ctx.append(supervision_ctx)
    register_warnings(app, "supervision", finding_warnings)
    add_demo(app, demo.load_demo)
    add_console_page(app, "supervision", Path(__file__).with_name("console.js"))


async def supervision_ctx(app: web.Application) -> AsyncIterator[None]:
    """Findings are a source of rectification tickets (registered like evaluation registers "rating")."""
    register_source(app, SOURCE_TYPE, InspectionTickets())
    yield
