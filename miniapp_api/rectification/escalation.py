"""Deadline enforcement: overdue tickets are flagged and escalated to the parent org (督办), once per stage."""

from __future__ import annotations

from datetime import datetime

from tortoise.expressions import Q

from miniapp_api.audit import service as audit
from miniapp_api.rectification.models import Ticket, TicketEvent, TicketStatus
from server.core.database import in_transaction

S = TicketStatus
OPEN_STATUSES = (S.PENDING, S.RECTIFYING)


async def mark_overdue(now: datetime) -> int:
    """Flag tickets past a deadline and escalate each stage once to the parent org (督办)."""
    stages = (
        ("verify", Q(status=S.PENDING, verify_due_at__lt=now, overdue_stage="")),
        ("rectify", Q(status__in=list(OPEN_STATUSES), rectify_due_at__lt=now) & ~Q(overdue_stage="rectify")),
    )
    count = 0
    for stage, cond in stages:
        for ticket in await Ticket.filter(cond).prefetch_related("org"):
            async with in_transaction():
                ticket.is_overdue, ticket.overdue_stage = True, stage
                ticket.escalated_to_id, ticket.escalated_at = ticket.org.parent_id, now
                await ticket.save(update_fields=["is_overdue", "overdue_stage", "escalated_to_id", "escalated_at",
                                                 "updated_at"])
                note = "超过核实回访时限，已提请上级组织督办" if stage == "verify" else "超过整改时限，已提请上级组织督办"
                await TicketEvent.create(ticket_id=ticket.id, action="escalate", from_status=ticket.status.value,
                                         to_status=ticket.status.value, actor_role="system", actor_name="系统",
                                         note=note, detail={"stage": stage, "escalated_to_id": ticket.org.parent_id},
                                         created_at=now)
                await audit.record(None, "rectification.escalate", "ticket", ticket.id, org_id=ticket.org_id,
                                   detail={"stage": stage})
            count += 1
    return count
