"""What rectification contributes to the assessment: 差评按期整改率 and 回访满意率 of the 差评 tickets, and the
early warning of overdue tickets. Definitions match evaluation's statistics (docs/evaluation.md)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from aiohttp import web

from miniapp_api.rectification.escalation import OPEN_STATUSES
from miniapp_api.rectification.models import Followup, Ticket
from server.core.appkeys import SETTINGS
from server.core.indicators import SourceValue, Warning, register_source, register_warnings

RATING = "rating"  # the 差评 tickets; an upheld appeal removes a ticket from every figure


async def on_time(app: web.Application, org_ids: Sequence[int], first: date, last: date) -> dict[int, SourceValue]:
    """Tickets due in the period that were rectified by their deadline / tickets due in the period."""
    zone = app[SETTINGS].zone
    rows = (
        await Ticket.filter(
            source_type=RATING,
            org_id__in=list(org_ids),
            rectify_due_at__gte=zone.start_of_day(first),
            rectify_due_at__lt=zone.start_of_day(last + timedelta(days=1)),
        )
        .exclude(appeal_result="upheld")
        .order_by("id")
        .values_list("id", "org_id", "resolved_at", "rectify_due_at")
    )
    tally: dict[int, tuple[list[int], int]] = {}
    for tid, org_id, resolved, due in rows:
        ok, total = tally.get(int(org_id), ([], 0))
        tally[int(org_id)] = ([*ok, int(tid)] if resolved is not None and resolved <= due else ok, total + 1)
    return {
        org_id: SourceValue(len(ok), total, tuple(ok), f"本期到期的差评工单 {total} 件，按期整改 {len(ok)} 件")
        for org_id, (ok, total) in tally.items()
    }


async def callback_satisfaction(app: web.Application, org_ids: Sequence[int], first: date, last: date) -> dict[int, SourceValue]:
    """回访满意率: follow-ups in the period rated 满意 or 基本满意 / follow-ups in the period."""
    zone = app[SETTINGS].zone
    rows = (
        await Ticket.filter(
            source_type=RATING,
            org_id__in=list(org_ids),
            followup_result__isnull=False,
            followup_at__gte=zone.start_of_day(first),
            followup_at__lt=zone.start_of_day(last + timedelta(days=1)),
        )
        .exclude(appeal_result="upheld")
        .order_by("id")
        .values_list("id", "org_id", "followup_result")
    )
    tally: dict[int, tuple[list[int], int]] = {}
    for tid, org_id, result in rows:
        ok, total = tally.get(int(org_id), ([], 0))
        tally[int(org_id)] = ([*ok, int(tid)] if result != Followup.UNSATISFIED else ok, total + 1)
    return {
        org_id: SourceValue(len(ok), total, tuple(ok), f"本期回访 {total} 件，满意或基本满意 {len(ok)} 件")
        for org_id, (ok, total) in tally.items()
    }


async def overdue_warnings(app: web.Application, org_ids: Sequence[int], today: date) -> list[Warning]:
    """Per org, its open tickets (any source) flagged overdue."""
    rows = (
        await Ticket.filter(org_id__in=list(org_ids), is_overdue=True, status__in=list(OPEN_STATUSES))
        .order_by("id")
        .values_list("id", "org_id", "rectify_due_at")
    )
    by_org: dict[int, list[tuple[int, date]]] = {}
    zone = app[SETTINGS].zone
    for tid, org_id, due in rows:
        by_org.setdefault(int(org_id), []).append((int(tid), zone.date(due)))
    return [
        Warning(
            org_id,
            "rectification.overdue",
            f"{len(items)} 件整改工单已超期",
            since=min(d for _, d in items),
            refs=tuple(t for t, _ in items),
        )
        for org_id, items in sorted(by_org.items())
    ]


def install_indicators(app: web.Application) -> None:
    register_source(app, "rectification.on_time", on_time)
    register_source(app, "rectification.callback_satisfaction", callback_satisfaction)
    register_warnings(app, "rectification.overdue", overdue_warnings)
