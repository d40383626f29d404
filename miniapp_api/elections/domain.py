"""换届: terms with reminders, elections with 差额 candidates, voter eligibility, quorum and secret ballots."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from aiohttp import web

from miniapp_api.elections import demo, terms
from miniapp_api.elections.routes import routes
from server.core.appkeys import SETTINGS
from server.core.domains import add_console_page, add_demo, add_models
from server.core.indicators import Warning, register_warnings


def install(app: web.Application) -> None:
    add_models(app, "miniapp_api.elections.models")
    app.router.add_routes(routes)
    add_demo(app, demo.load_demo)
    add_console_page(app, "elections", Path(__file__).with_name("console.js"))

    async def warnings(app: web.Application, org_ids: Sequence[int], today: date) -> list[Warning]:
        return await terms.term_warnings(org_ids, today, app[SETTINGS].elections)

    register_warnings(app, "elections.term", warnings)
