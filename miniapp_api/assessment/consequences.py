"""Closing a period: the results freeze and the 双色预警 takes effect.

Each org's result from the newest run of the period counts. A 黄色预警 opens a ticket in the shared rectification
workflow (source_type "assessment", disposal 限期整改 after a 约谈; the 诫勉谈话 is recorded on the result), and a
second consecutive warning is escalated to the parent org (督办). A 流动红旗 keeps its recorded 经费奖励.
"""

from __future__ import annotations

from datetime import datetime

from miniapp_api.assessment import periods as period_keys
from miniapp_api.assessment.catalogue import DEFAULT_RULES
from miniapp_api.assessment.errors import PeriodClosed, ResultNotFound
from miniapp_api.assessment.models import Colour, IndicatorSet, Period, PeriodStatus, Result
from miniapp_api.assessment.schemas import InterviewIn, PeriodClosedOut, ResultOut
from miniapp_api.assessment.service import ensure_committee_admin, get_period, latest_results, period_out, result_out
from miniapp_api.audit import service as audit
from miniapp_api.orgs import service as orgs
from miniapp_api.rectification import service as tickets
from server.core.auth import Principal
from server.core.clock import LocalZone
from server.core.database import in_transaction

SOURCE_TYPE = "assessment"


async def close_period(principal: Principal, period_id: int, now: datetime, zone: LocalZone) -> PeriodClosedOut:
    await ensure_committee_admin(principal)
    async with in_transaction():
        period = await Period.select_for_update().get_or_none(id=period_id)
        if period is None:
            period = await get_period(period_id)  # raises not found
        if period.status is PeriodStatus.CLOSED:
            raise PeriodClosed()
        s = await IndicatorSet.get(id=period.indicator_set_id)
        rules = {**DEFAULT_RULES, **s.rules}
        org_ids = sorted({int(r) for r in await Result.filter(period_id=period.id).values_list("org_id", flat=True)})  # type: ignore[call-overload]
        latest = await latest_results(period.id, org_ids)
        prev_period = await Period.get_or_none(key=period_keys.previous(period.key))
        prev = await latest_results(prev_period.id, org_ids) if prev_period else {}
        deadlines = tickets.Deadlines(
            callback_working_days=5, rectify_working_days=int(rules["deadline_working_days"]), zone=zone
        )
        opened = escalated = 0
        for org_id, r in sorted(latest.items()):
            if r.colour is not Colour.YELLOW:
                continue
            summary = "；".join(r.reasons) + "。处置：约谈（诫勉谈话）+ 限期整改"
            ticket = await tickets.open_ticket(
                source_type=SOURCE_TYPE,
                source_id=r.id,
                org_id=org_id,
                title=f"{period.key} 考核黄色预警：{r.org_name}",
                summary=summary,
                is_named=False,
                contact_masked="",
                now=now,
                deadlines=deadlines,
                disposal=tickets.Disposal.DEADLINE,
            )
            r.ticket_id = ticket.id
            opened += 1
            before = prev.get(org_id)
            if before is not None and before.colour is Colour.YELLOW and r.parent_id is not None:
                await tickets.escalate(ticket.id, r.parent_id, now, "连续两期黄色预警，提请上级组织督办")
                r.escalated_to_id = r.parent_id
                escalated += 1
            await r.save(update_fields=["ticket_id", "escalated_to_id"])
        period.status, period.closed_at, period.closed_by_id = PeriodStatus.CLOSED, now, principal.user_id
        await period.save(update_fields=["status", "closed_at", "closed_by_id"])
        await audit.record(
            principal,
            "assessment.period_close",
            "period",
            period.id,
            detail={"period": period.key, "tickets": opened, "escalated": escalated},
        )
    counts = [r.colour for r in latest.values()]
    return PeriodClosedOut(
        **period_out(period, s).model_dump(),
        warnings=counts.count(Colour.YELLOW),
        tickets_opened=opened,
        escalated=escalated,
        red_flags=counts.count(Colour.RED_FLAG),
    )


async def record_interview(principal: Principal, result_id: int, data: InterviewIn) -> ResultOut:
    """The 诫勉谈话 of a yellow warning: who talked with the org, when, and the notes (by an admin above the org)."""
    r = await Result.get_or_none(id=result_id)
    if r is None or r.colour is not Colour.YELLOW:
        raise ResultNotFound()
    await orgs.ensure_scope(principal, r.org_id)
    r.interview = {
        "interviewer": data.interviewer,
        "held_on": data.held_on.isoformat(),
        "notes": data.notes,
        "recorded_by": principal.name,
    }
    await r.save(update_fields=["interview"])
    await audit.record(principal, "assessment.interview", "result", r.id, org_id=r.org_id)
    return result_out(r)


class AssessmentTicketSource:
    """What rectification asks of an assessment ticket: no contact; an upheld appeal withdraws the warning."""

    async def contact(self, source_id: int) -> str | None:
        return None

    async def on_appeal_decided(self, source_id: int, upheld: bool) -> None:
        if upheld:
            r = await Result.get_or_none(id=source_id)
            if r is not None:
                r.colour = Colour.NORMAL
                r.reasons = [*r.reasons, "申诉成立，黄色预警撤销"]
                await r.save(update_fields=["colour", "reasons"])
