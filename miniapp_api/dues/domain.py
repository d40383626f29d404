"""党费: the calculator, monthly dues per member, payments, arrears and the 自行脱党 warning, funds and ledger."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from aiohttp import web

from miniapp_api.dues import demo, service
from miniapp_api.dues.routes import routes
from server.core.appkeys import SETTINGS
from server.core.domains import add_console_page, add_demo, add_models
from server.core.indicators import Warning, register_warnings


def install(app: web.Application) -> None:
    add_models(app, "miniapp_api.dues.models")
    app.router.add_routes(routes)
    add_demo(app, demo.load_demo)
    add_console_page(app, "dues", Path(__file__).with_name("console.js"))

    async def warnings(app: web.Application, org_ids: Sequence[int], today: date) -> list[Warning]:
        return await service.lapse_warnings(org_ids, today, app[SETTINGS].dues.lapse_months)

    register_warnings(app, "dues.lapse", warnings)
