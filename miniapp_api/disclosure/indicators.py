"""What 党务公开 gives the assessment: `disclosure.timeliness` (published on time / due) and overdue early warnings."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from aiohttp import web

from miniapp_api.disclosure.models import DisclosureItem, ItemStatus
from server.core.appkeys import CLOCK, SETTINGS
from server.core.indicators import SourceValue, Warning

SOURCE_KEY = "disclosure.timeliness"
WARNING_KEY = "disclosure.overdue"


async def timeliness(app: web.Application, org_ids: Sequence[int], first: date, last: date) -> dict[int, SourceValue]:
    """Items due within [first, last] that are already due today (or published early): on time = published by the
    end of the due date (local). An org with nothing due in the window is absent (无数据)."""
    zone = app[SETTINGS].zone
    today = zone.date(app[CLOCK].now())
    rows = await DisclosureItem.filter(org_id__in=list(org_ids), due_on__gte=first, due_on__lte=last)
    due: dict[int, list[DisclosureItem]] = defaultdict(list)
    for r in rows:
        if r.due_on < today or r.status is ItemStatus.PUBLISHED:
            due[r.org_id].append(r)
    out = {}
    for org_id, items in due.items():
        on_time = [r for r in items if r.published_at is not None and zone.date(r.published_at) <= r.due_on]
        out[org_id] = SourceValue(
            numerator=len(on_time),
            denominator=len(items),
            refs=tuple(sorted(r.id for r in items)),
            detail=f"应公开 {len(items)} 项，按期公开 {len(on_time)} 项",
        )
    return out


async def overdue(app: web.Application, org_ids: Sequence[int], today: date) -> list[Warning]:
    rows = await DisclosureItem.filter(org_id__in=list(org_ids), status=ItemStatus.DUE, due_on__lt=today).order_by("due_on", "id")
    return [
        Warning(
            org_id=r.org_id,
            kind=WARNING_KEY,
            message=f"党务公开事项「{r.title}」已逾期未公开（应于 {r.due_on} 前）",
            since=r.due_on,
            refs=(r.id,),
        )
        for r in rows
    ]
