"""Demo 党务公开 for `seed-demo`: last quarter's and this quarter's items of the demo branches, mostly published on
time, one late, one event item overdue — so the console, the public page and the indicator all show something."""

from __future__ import annotations

from datetime import timedelta

from miniapp_api.disclosure import service
from miniapp_api.disclosure.models import DisclosureItem, ItemStatus
from server.core.domains import DemoContext

BRANCHES = ("b_service", "b_community", "b_office", "b_park")
BODIES = {
    "work_plan": "一、每月固定开展主题党日；二、按期召开支部党员大会、支委会、党小组会，按时上好党课；三、组织党员志愿服务不少于两次。",
    "dues": "本季度应缴党费 1,260.00 元，实缴 1,260.00 元，收缴率 100%；按规定全额上缴上级党委。",
}


async def load_demo(ctx: DemoContext) -> list[str]:
    """Idempotent: a branch that already has items is left alone."""
    zone = ctx.settings.zone
    today = zone.date(ctx.now)
    this_q = service.quarter_start(today)
    last_q = service.quarter_start(this_q - timedelta(days=1))
    kinds = await service.kinds()
    added = 0
    for n, key in enumerate(BRANCHES):
        org_id = ctx.orgs.get(key)
        if org_id is None or await DisclosureItem.filter(org_id=org_id).exists():
            continue
        for code in ("work_plan", "dues"):  # last quarter: published, the park branch's 党费 one late
            kind = kinds[code]
            due = last_q + timedelta(days=kind.days)
            late = key == "b_park" and code == "dues"
            at = zone.at(due + timedelta(days=6 if late else -3), zone.local(ctx.now).time())
            await DisclosureItem.create(
                org_id=org_id,
                kind=code,
                period_key=service.quarter_key(last_q),
                created_at=at,
                title=f"{service.quarter_key(last_q).replace('-Q', '年第')}季度{kind.name}",
                due_on=due,
                status=ItemStatus.PUBLISHED,
                body=BODIES[code],
                published_at=at,
            )
            added += 1
        await service.ensure_quarter([org_id], today, ctx.now)
        if n % 2 == 0 and (today - this_q).days > 3:  # this quarter's plan already out in half the branches
            item = await DisclosureItem.get(org_id=org_id, kind="work_plan", period_key=service.quarter_key(today))
            await DisclosureItem.filter(id=item.id).update(
                status=ItemStatus.PUBLISHED, body=BODIES["work_plan"], published_at=zone.start_of_day(this_q + timedelta(days=2))
            )
        event_on = today - timedelta(days=12 if key == "b_office" else 2)
        dev = kinds["development"]
        await DisclosureItem.create(
            org_id=org_id,
            kind="development",
            period_key=f"demo-{org_id}",
            title="发展对象公示",
            event_on=event_on,
            due_on=event_on + timedelta(days=dev.days),
            created_at=ctx.now,
        )
        added += 1
    return [f"disclosure: {added} demo 党务公开 items (public page: /h5/disclosure/<org id>)"]
