"""The combined early-warning list (日常预警) of an org subtree: every domain's contributors, one list per org."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import date

from miniapp_api.assessment.models import Colour, Period, PeriodStatus, Result
from miniapp_api.assessment.schemas import WarningOut
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import Organization
from server.core.auth import Principal
from server.core.indicators import Warning

Collect = Callable[[Sequence[int], date], Awaitable[list[Warning]]]


async def combined(principal: Principal, org_id: int | None, collect: Collect, today: date) -> list[WarningOut]:
    """Warnings of every org in the subtree from every registered contributor, by org then kind."""
    path = await orgs.scope_path(principal, org_id)
    qs = Organization.filter(is_active=True)
    if path is not None:
        qs = qs.filter(path__startswith=path)
    names = dict(await qs.values_list("id", "name"))
    found = await collect(list(names), today)
    rows = [w for w in found if w.org_id in names]
    rows.sort(key=lambda w: (w.org_id, w.kind, w.message))
    return [
        WarningOut(org_id=w.org_id, org_name=names[w.org_id], kind=w.kind, message=w.message, since=w.since, refs=list(w.refs))
        for w in rows
    ]


async def yellow_warnings(org_ids: Sequence[int], today: date) -> list[Warning]:
    """The assessment's own contribution: orgs under a 黄色预警 in the newest closed period."""
    period = await Period.filter(status=PeriodStatus.CLOSED).order_by("-closed_at", "-id").first()
    if period is None:
        return []
    latest: dict[int, Result] = {}
    for r in await Result.filter(period_id=period.id, org_id__in=list(org_ids)).order_by("run_id"):
        latest[r.org_id] = r
    return [
        Warning(
            org_id=r.org_id,
            kind="assessment.yellow",
            message=f"{period.key} 考核黄色预警，限期整改中",
            since=period.last_day,
            refs=(r.ticket_id,) if r.ticket_id else (),
        )
        for r in latest.values()
        if r.colour is Colour.YELLOW
    ]
