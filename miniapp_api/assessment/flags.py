"""The 流动红旗 an org earned, for its brand page: a red flag in the last run of each closed period."""

from __future__ import annotations

from aiohttp import web

from miniapp_api.assessment.models import Colour, Period, PeriodStatus, Result
from miniapp_api.brand.hooks import RedFlag

_QUARTERS = {"1": "一", "2": "二", "3": "三", "4": "四"}


def period_label(key: str) -> str:
    """"2026-Q3" → 2026年第三季度, "2026-09" → 2026年9月."""
    year, _, part = key.partition("-")
    if part.startswith("Q"):
        return f"{year}年第{_QUARTERS.get(part[1:], part[1:])}季度"
    return f"{year}年{int(part)}月" if part.isdigit() else key


async def earned(_app: web.Application, org_id: int) -> list[RedFlag]:
    closed = {p.id: p for p in await Period.filter(status=PeriodStatus.CLOSED)}
    if not closed:
        return []
    latest: dict[int, Result] = {}
    for result in await Result.filter(org_id=org_id, period_id__in=list(closed)).order_by("run_id"):
        latest[result.period_id] = result  # the period's last run decides
    flags = [(closed[pid], r) for pid, r in latest.items() if r.colour == Colour.RED_FLAG]
    flags.sort(key=lambda pr: pr[0].key, reverse=True)
    return [RedFlag(title="流动红旗", period=period_label(p.key)) for p, _ in flags]
