"""Demo 换届 for `seed-demo`: terms for every demo branch, 综合办公室党支部's ending in two months (reminder)."""

from __future__ import annotations

from datetime import timedelta

from miniapp_api.elections.models import ElectionTerm
from miniapp_api.elections.terms import add_months
from server.core.domains import DemoContext


async def load_demo(ctx: DemoContext) -> list[str]:
    keys = ("b_office", "b_service", "b_community", "b_park")
    if await ElectionTerm.filter(org_id__in=[ctx.orgs[k] for k in keys]).exists():
        return []
    today = ctx.settings.zone.date(ctx.now)
    for key in keys:
        years = 5 if key == "b_community" else 3
        started = add_months(today, -(12 * years - 2)) if key == "b_office" else today - timedelta(days=400)
        await ElectionTerm.create(
            org_id=ctx.orgs[key], started_on=started, years=years, ends_on=add_months(started, 12 * years), note="演示数据"
        )
    return ["换届：4 个支部的任期（综合办公室党支部 2 个月后届满，已进入提醒期）"]
