"""Assessment and supervision (三位一体, 12 indicators, 双色预警): periods, runs, colours, warnings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from aiohttp import web

from miniapp_api.assessment import demo, flags, warnings
from miniapp_api.assessment.consequences import SOURCE_TYPE, AssessmentTicketSource
from miniapp_api.assessment.routes import routes
from miniapp_api.brand.hooks import register_red_flags
from miniapp_api.rectification.state import register_source as register_ticket_source
from server.core.domains import add_console_page, add_demo, add_models
from server.core.indicators import Warning, register_warnings


def install(app: web.Application) -> None:
    add_models(app, "miniapp_api.assessment.models")
    app.router.add_routes(routes)
    register_ticket_source(app, SOURCE_TYPE, AssessmentTicketSource())

    async def yellow(_app: web.Application, org_ids: Sequence[int], today: date) -> list[Warning]:
        return await warnings.yellow_warnings(org_ids, today)

    register_warnings(app, "assessment.yellow", yellow)
    register_red_flags(app, flags.earned)  # the brand page shows them
    add_demo(app, demo.load_for(app))
    add_console_page(app, "assessment", Path(__file__).with_name("console.js"))
