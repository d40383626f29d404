"""发展党员: the steps of joining the Party, checked against the 细则, with reminders, a ledger and a printable file."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from aiohttp import web

from miniapp_api.development import demo, service
from miniapp_api.development.routes import routes
from miniapp_api.development.rules import BY_KEY
from server.core.appkeys import SETTINGS
from server.core.domains import add_console_page, add_demo, add_models
from server.core.indicators import Warning, register_warnings


def install(app: web.Application) -> None:
    add_models(app, "miniapp_api.development.models")
    app.router.add_routes(routes)
    add_demo(app, demo.load_demo)
    add_console_page(app, "development", Path(__file__).with_name("console.js"))
    register_warnings(app, "development.overdue", overdue_warnings)


async def overdue_warnings(app: web.Application, org_ids: Sequence[int], today: date) -> list[Warning]:
    """A step whose deadline (谈话, 半年考察, 支部大会, 审批, 宣誓, 转正) has passed: one warning per person and step."""
    found = await service.overdue_by_org(org_ids, today, app[SETTINGS].development)
    return [
        Warning(
            org_id,
            f"development.{key}_overdue",
            f"{m.name}：{BY_KEY[key].name}已超期（应于 {due} 前完成）",
            since=due,
            refs=(m.id,),
        )
        for org_id, m, key, due in found
    ]
