"""Demo assessment for `seed-demo`: the two quarters before the demo's today closed (with their red flag, warnings
and tickets) and the current quarter open, computed from the other domains' demo data through the real sources.

A little extra study and a 主题党日 are recorded for one branch so that it meets the standard twice in a row (the red
flag), while another branch misses its meetings (the warning): the colours are then visible right after `make run`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time, timedelta

from aiohttp import web

from miniapp_api.assessment import consequences, periods, service
from miniapp_api.assessment.models import Period
from miniapp_api.assessment.schemas import RunCreate
from miniapp_api.learning import service as learning
from miniapp_api.orgs.models import Member
from server.core.auth import Principal, Role
from server.core.domains import DemoContext, DemoLoader
from server.core.indicators import SourceValue, sources_of

STAR, WEAK = "b_service", "b_park"  # the branch that earns the red flag, the one that gets the warning


def _quarter_key(day: date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def demo_quarters(today: date) -> list[str]:
    """The two quarters before today's and today's, oldest first."""
    keys = [_quarter_key(today)]
    for _ in range(2):
        keys.insert(0, periods.previous(keys[0]))
    return keys


async def _extra_study(ctx: DemoContext, first: date, last: date) -> None:
    """Every branch but the weak one studies through the quarter (idempotent by source id); the star branch most."""
    zone = ctx.settings.zone
    keys = [k for k in ("b_office", "b_service", "b_community", "b_park") if k != WEAK and k in ctx.orgs]
    members = await Member.filter(org_id__in=[ctx.orgs[k] for k in keys], is_active=True).order_by("id")
    for n, member in enumerate(members):
        for month_offset in range(3):
            day = min(first + timedelta(days=31 * month_offset + 5 + n % 7), last)
            hours = 6 if member.org_id == ctx.orgs[STAR] else 3
            await learning.add_ledger_entry(
                member.id,
                hours,
                source="demo-assess",
                source_id=first.toordinal() * 100 + month_offset,
                note="专题学习（演示）",
                at=zone.at(day, time(20, 0)),
                zone=zone,
            )


def load_for(app: web.Application) -> DemoLoader:
    """The loader, bound to the app so that the runs read the sources the domains registered."""

    async def load_demo(ctx: DemoContext) -> list[str]:
        keys = demo_quarters(ctx.settings.zone.date(ctx.now))
        if await Period.filter(key__in=keys).exists():
            return []
        principal = Principal(ctx.superadmin_id, Role.SUPERADMIN, name="演示数据")
        sources = sources_of(app)

        async def fetch(key: str, org_ids: Sequence[int], first: date, last: date) -> dict[int, SourceValue]:
            return await sources[key](app, org_ids, first, last)

        lines = []
        for n, key in enumerate(keys):
            parsed = periods.parse(key)
            assert parsed is not None
            _, first, last = parsed
            await _extra_study(ctx, first, last)
            run = await service.create_run(
                principal,
                RunCreate(org_id=ctx.orgs["committee"], period=key),
                fetch,
                set(sources),
                ctx.now,
                ctx.settings.zone.date(ctx.now),
            )
            if n < 2:
                period = await Period.get(key=key)
                out = await consequences.close_period(principal, period.id, ctx.now, ctx.settings.zone)
                lines.append(
                    f"assessment {key}: closed, {out.red_flags} red flag(s), {out.warnings} warning(s), "
                    f"{out.tickets_opened} ticket(s)"
                )
            else:
                lines.append(f"assessment {key}: open, run #{run.id}")
        return lines

    return load_demo
