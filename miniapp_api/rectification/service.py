"""Rectification tickets (整改工单): opening, the state machine, appeals, source follow-ups, listing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from tortoise.expressions import Q
from tortoise.functions import Count
from tortoise.queryset import QuerySet

from miniapp_api.audit import service as audit
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import Organization
from miniapp_api.rectification.errors import (
    ContactForbidden,
    DisposalRequired,
    FollowupClosed,
    InvalidTransition,
    NoteRequired,
    ParentRequired,
    SelfDecision,
    TicketNotFound,
    UpheldRequired,
)
from miniapp_api.rectification.escalation import mark_overdue as mark_overdue  # re-exported for other callers
from miniapp_api.rectification.models import (
    DISPOSAL_LABELS,
    FOLLOWUP_LABELS,
    STATUS_LABELS,
    Disposal,
    Followup,
    Ticket,
    TicketEvent,
    TicketStatus,
)
from miniapp_api.rectification.schemas import ActionIn, EventOut, TicketDetail, TicketFilter, TicketOut, TicketQuery
from miniapp_api.rectification.workdays import deadline_after
from server.core.auth import Principal, Role
from server.core.clock import LocalZone
from server.core.database import in_transaction

S = TicketStatus
# action → (states it may start from, the state it leads to; None keeps the state)
TRANSITIONS: dict[str, tuple[frozenset[TicketStatus], TicketStatus | None]] = {
    "verify": (frozenset({S.PENDING}), S.RECTIFYING),
    "start": (frozenset({S.CALLBACK}), S.RECTIFYING),
    "resolve": (frozenset({S.RECTIFYING}), S.CALLBACK),
    "callback": (frozenset({S.PENDING, S.RECTIFYING, S.CALLBACK}), None),
    "close": (frozenset({S.CALLBACK}), S.CLOSED),
    "appeal": (frozenset({S.PENDING, S.RECTIFYING}), S.APPEALING),
    "decide_appeal": (frozenset({S.APPEALING}), None),
}
ACTION_LABELS = {
    "open": "生成工单", "verify": "核实", "start": "重新整改", "resolve": "整改完成", "callback": "回访",
    "close": "办结", "appeal": "申诉", "decide_appeal": "申诉裁定", "escalate": "超期督办", "followup": "评价人评价整改",
}
_NOTE_REQUIRED = {"resolve", "appeal", "decide_appeal"}


class TicketSource(Protocol):
    """What a ticket's source (e.g. a rating) provides back to the ticket workflow."""

    async def contact(self, source_id: int) -> str | None:
        """The unmasked contact for the callback view, if any."""

    async def on_appeal_decided(self, source_id: int, upheld: bool) -> None:
        """Called inside the deciding transaction; an upheld appeal excludes the source from statistics."""


@dataclass(frozen=True)
class Deadlines:
    """How many working days a new ticket has for verification/callback and for rectification, counted in `zone`."""

    callback_working_days: int
    rectify_working_days: int
    zone: LocalZone


async def open_ticket(
    *, source_type: str, source_id: int, org_id: int, title: str, summary: str, is_named: bool,
    contact_masked: str, now: datetime, deadlines: Deadlines, disposal: Disposal | None = None,
) -> Ticket:
    """Create a ticket in 待核实 (call inside the source's transaction so both commit together); a source that
    already decided the disposal (an assessment warning: 限期整改) passes it."""
    ticket = await Ticket.create(
        source_type=source_type, source_id=source_id, org_id=org_id, title=title[:200], summary=summary,
        is_named=is_named, contact_masked=contact_masked, created_at=now, disposal=disposal,
        verify_due_at=deadline_after(now, deadlines.callback_working_days, deadlines.zone),
        rectify_due_at=deadline_after(now, deadlines.rectify_working_days, deadlines.zone),
    )
    await TicketEvent.create(ticket_id=ticket.id, action="open", to_status=S.PENDING.value, actor_role="system",
                             actor_name="系统", created_at=now)
    return ticket


async def escalate(ticket_id: int, to_org_id: int, now: datetime, note: str) -> None:
    """Escalate a ticket to an org above (督办) for a reason its source decided (e.g. a repeated warning)."""
    ticket = await Ticket.get(id=ticket_id)
    ticket.escalated_to_id, ticket.escalated_at = to_org_id, now
    await ticket.save(update_fields=["escalated_to_id", "escalated_at", "updated_at"])
    await TicketEvent.create(ticket_id=ticket.id, action="escalate", from_status=ticket.status.value,
                             to_status=ticket.status.value, actor_role="system", actor_name="系统", note=note,
                             detail={"escalated_to_id": to_org_id}, created_at=now)


def deadline_state(ticket: Ticket, now: datetime) -> str:
    """Traffic light for the inbox: done, paused (appeal), overdue, due within a day, or fine."""
    if ticket.status is S.CLOSED:
        return "done"
    if ticket.status is S.APPEALING:
        return "paused"
    if ticket.status is S.CALLBACK:
        return "ok"
    due = ticket.verify_due_at if ticket.status is S.PENDING and ticket.verified_at is None else ticket.rectify_due_at
    if ticket.status is S.PENDING:
        due = min(due, ticket.rectify_due_at)
    if now >= due:
        return "overdue"
    return "due_soon" if due - now <= timedelta(days=1) else "ok"


def _relation(root: str | None, org_path: str) -> str:
    """'above' when the scope strictly contains the org, 'own' when it starts at the org, else 'none'."""
    if root is None:
        return "above"
    if not org_path.startswith(root):
        return "none"
    return "own" if org_path == root else "above"


def allowed_actions(principal: Principal, ticket: Ticket, relation: str) -> list[str]:
    if not principal.is_admin or relation == "none":
        return []
    out = [a for a, (sources, _) in TRANSITIONS.items() if ticket.status in sources and a != "decide_appeal"]
    if ticket.status is S.APPEALING and relation == "above":
        out.append("decide_appeal")
    return out


def ticket_out(ticket: Ticket, principal: Principal, relation: str, now: datetime) -> TicketOut:
    org = ticket.org if isinstance(ticket.org, Organization) else None
    esc = ticket.escalated_to if isinstance(ticket.escalated_to, Organization) else None
    return TicketOut.model_validate({
        **{k: getattr(ticket, k) for k in TicketOut.model_fields if hasattr(ticket, k) and k not in ("org",)},
        "org_name": org.name if org else "",
        "escalated_to_name": esc.name if esc else None,
        "status_label": STATUS_LABELS[ticket.status],
        "disposal_label": DISPOSAL_LABELS[ticket.disposal] if ticket.disposal else None,
        "followup_label": FOLLOWUP_LABELS[ticket.followup_result] if ticket.followup_result else None,
        "deadline_state": deadline_state(ticket, now),
        "allowed_actions": allowed_actions(principal, ticket, relation),
    })


async def _scoped_ticket(principal: Principal, ticket_id: int, *, for_update: bool = False) -> tuple[Ticket, str]:
    root = await orgs.scope_root_path(principal)
    qs = Ticket.select_for_update() if for_update else Ticket
    ticket = await qs.get_or_none(id=ticket_id)
    if ticket is None:
        raise TicketNotFound()
    await ticket.fetch_related("org", "escalated_to")
    relation = _relation(root, ticket.org.path)
    if relation == "none":
        raise orgs.OutOfScope()
    return ticket, relation


async def get_ticket(principal: Principal, ticket_id: int, now: datetime) -> TicketDetail:
    ticket, relation = await _scoped_ticket(principal, ticket_id)
    events = await TicketEvent.filter(ticket_id=ticket.id).order_by("id")
    return TicketDetail(**dict(ticket_out(ticket, principal, relation, now)), events=[
        EventOut.model_validate({**{k: getattr(e, k) for k in EventOut.model_fields if hasattr(e, k)},
                                 "action_label": ACTION_LABELS.get(e.action, e.action)})
        for e in events
    ])


async def tickets_queryset(principal: Principal, q: TicketFilter) -> QuerySet[Ticket]:
    """Tickets of the principal's subtree (or of `org_id`'s subtree inside it) matching the filters, newest first."""
    path = await orgs.scope_path(principal, q.org_id)
    qs = Ticket.all()
    if path is not None:
        qs = qs.filter(org__path__startswith=path)
    if q.status is not None:
        qs = qs.filter(status=q.status)
    if q.source_type:
        qs = qs.filter(source_type=q.source_type)
    if q.overdue is not None:
        qs = qs.filter(is_overdue=q.overdue)
    if q.escalated is not None:
        qs = qs.filter(escalated_to_id__isnull=not q.escalated)
    if q.q:
        qs = qs.filter(Q(title__icontains=q.q) | Q(summary__icontains=q.q))  # the title starts with the point's name
    return qs.order_by("-created_at", "-id")


async def list_tickets(principal: Principal, q: TicketQuery, now: datetime) -> tuple[list[TicketOut], int]:
    """Tickets of the principal's subtree (or of `org_id`'s subtree inside it)."""
    qs = await tickets_queryset(principal, q)
    root = await orgs.scope_root_path(principal)
    total = await qs.count()
    rows = await qs.offset(q.offset).limit(q.page_size).prefetch_related("org", "escalated_to")
    return [ticket_out(t, principal, _relation(root, t.org.path), now) for t in rows], total


def _check_action(ticket: Ticket, relation: str, principal: Principal, data: ActionIn) -> TicketStatus | None:
    sources, target = TRANSITIONS[data.action]
    if ticket.status not in sources:
        raise InvalidTransition(details={"status": ticket.status.value, "action": data.action})
    if data.action in _NOTE_REQUIRED and not data.note:
        raise NoteRequired()
    if data.action == "verify" and data.disposal is None:
        raise DisposalRequired()
    if data.action == "decide_appeal":
        if relation != "above":
            raise ParentRequired()
        if data.upheld is None:
            raise UpheldRequired()
        target = S.CLOSED if data.upheld else S(ticket.appeal_prev_status or S.PENDING.value)
    if data.action == "callback" and data.satisfaction is not None and ticket.status is not S.CALLBACK:
        raise InvalidTransition("整改完成后才能记录回访满意度", details={"status": ticket.status.value, "action": "callback"})
    return target


def _apply(ticket: Ticket, data: ActionIn, target: TicketStatus | None, now: datetime) -> list[str]:
    """Mutate the ticket for the action; returns the changed field names."""
    changed = ["status"]
    if data.action == "verify" and data.disposal is not None:
        ticket.disposal, ticket.verified_at = data.disposal, now
        changed += ["disposal", "verified_at"]
    elif data.action == "resolve":
        ticket.resolved_at, ticket.resolution = now, data.note
        changed += ["resolved_at", "resolution"]
    elif data.action == "callback":
        ticket.called_back_at = now
        changed.append("called_back_at")
        if data.satisfaction is not None:
            ticket.followup_result, ticket.followup_by, ticket.followup_at = data.satisfaction, "admin", now
            changed += ["followup_result", "followup_by", "followup_at"]
    elif data.action == "appeal":
        ticket.appeal_prev_status = ticket.status.value
        changed.append("appeal_prev_status")
    elif data.action == "decide_appeal":
        ticket.appeal_result = "upheld" if data.upheld else "rejected"
        changed.append("appeal_result")
    if target is S.CLOSED:
        ticket.closed_at = now
        changed.append("closed_at")
    if target is not None:
        ticket.status = target
    return changed


async def act(
    principal: Principal, ticket_id: int, data: ActionIn, now: datetime, sources: dict[str, TicketSource],
) -> TicketOut:
    """Apply one action under a row lock; every action leaves an event and an audit entry."""
    async with in_transaction():
        ticket, relation = await _scoped_ticket(principal, ticket_id, for_update=True)
        target = _check_action(ticket, relation, principal, data)
        if data.action == "decide_appeal":
            appeal = await TicketEvent.filter(ticket_id=ticket.id, action="appeal").order_by("-id").first()
            if appeal is not None and appeal.actor_user_id == principal.user_id:
                raise SelfDecision()
        before = ticket.status
        await ticket.save(update_fields=[*_apply(ticket, data, target, now), "updated_at"])
        detail = {k: v for k, v in (("disposal", data.disposal), ("satisfaction", data.satisfaction),
                                    ("upheld", data.upheld)) if v is not None}
        await TicketEvent.create(
            ticket_id=ticket.id, action=data.action, from_status=before.value, to_status=ticket.status.value,
            actor_user_id=principal.user_id, actor_role=principal.role.value, actor_name=principal.name[:50],
            actor_org_id=principal.org_id, note=data.note, detail=detail, created_at=now,
        )
        if data.action == "decide_appeal" and ticket.source_type in sources:
            await sources[ticket.source_type].on_appeal_decided(ticket.source_id, bool(data.upheld))
        await audit.record(principal, f"rectification.{data.action}", "ticket", ticket.id, org_id=ticket.org_id,
                           detail={"from": before.value, "to": ticket.status.value, **detail})
    return ticket_out(ticket, principal, relation, now)


async def contact_for_callback(principal: Principal, ticket_id: int, sources: dict[str, TicketSource]) -> str | None:
    """The unmasked phone, for the responsible org's admin only; every view is audited."""
    ticket, _ = await _scoped_ticket(principal, ticket_id)
    if principal.role is not Role.SUPERADMIN and (principal.role is not Role.ORG_ADMIN or principal.org_id != ticket.org_id):
        raise ContactForbidden()
    source = sources.get(ticket.source_type)
    phone = await source.contact(ticket.source_id) if source and ticket.is_named else None
    await audit.record(principal, "rectification.contact_view", "ticket", ticket.id, org_id=ticket.org_id)
    return phone


async def source_tickets(source_type: str, source_ids: list[int]) -> dict[int, Ticket]:
    if not source_ids:
        return {}
    rows = await Ticket.filter(source_type=source_type, source_id__in=source_ids)
    return {t.source_id: t for t in rows}


def followup_open(ticket: Ticket) -> bool:
    """May the source (the rater) still rate the fix?"""
    return ticket.followup_by != "source" and (
        ticket.status is S.CALLBACK or (ticket.status is S.CLOSED and ticket.appeal_result != "upheld")
    )


async def record_source_followup(source_type: str, source_id: int, result: Followup, now: datetime) -> Ticket:
    """The rater rates the fix; satisfied (or basically) closes a ticket waiting for the callback."""
    async with in_transaction():
        ticket = await Ticket.select_for_update().get_or_none(source_type=source_type, source_id=source_id)
        if ticket is None or not followup_open(ticket):
            raise FollowupClosed()
        before = ticket.status
        ticket.followup_result, ticket.followup_by, ticket.followup_at = result, "source", now
        fields = ["followup_result", "followup_by", "followup_at", "updated_at"]
        if ticket.status is S.CALLBACK and result is not Followup.UNSATISFIED:
            ticket.status, ticket.closed_at = S.CLOSED, now
            fields += ["status", "closed_at"]
        await ticket.save(update_fields=fields)
        await TicketEvent.create(ticket_id=ticket.id, action="followup", from_status=before.value,
                                 to_status=ticket.status.value, actor_role="source", actor_name="评价人",
                                 detail={"satisfaction": result.value}, created_at=now)
    return ticket


async def ticket_facts(source_type: str, org_ids: list[int], since: datetime, until: datetime) -> list[dict[str, Any]]:
    """The plain facts statistics need about the tickets opened in a period (small: 差评 only)."""
    if not org_ids:
        return []
    return await Ticket.filter(
        source_type=source_type, org_id__in=org_ids, created_at__gte=since, created_at__lt=until
    ).order_by("id").values("id", "org_id", "source_id", "title", "status", "disposal", "created_at", "resolved_at",
                            "rectify_due_at", "closed_at", "appeal_result", "followup_result", "is_overdue")


@dataclass(frozen=True)
class TicketDraft:
    source_id: int
    org_id: int
    title: str
    summary: str
    is_named: bool
    contact_masked: str


_TICKET_COLUMNS = ("source_type", "source_id", "org_id", "title", "summary", "status", "is_named", "contact_masked",
                   "created_at", "verify_due_at", "rectify_due_at", "resolution", "is_overdue", "overdue_stage",
                   "appeal_prev_status", "appeal_result", "followup_by", "updated_at")


async def open_tickets(source_type: str, drafts: list[TicketDraft], now: datetime, deadlines: Deadlines) -> dict[int, int]:
    """open_ticket for many sources at once (inside the caller's transaction): source id → ticket id.

    One multi-row INSERT for the tickets and one for their "open" events; used by the rating group commit.
    """
    if not drafts:
        return {}
    # Stored in UTC like the ORM does (SQLite compares the text form).
    now = now.astimezone(UTC)
    verify_due = deadline_after(now, deadlines.callback_working_days, deadlines.zone).astimezone(UTC)
    rectify_due = deadline_after(now, deadlines.rectify_working_days, deadlines.zone).astimezone(UTC)
    rows = [{"source_type": source_type, "source_id": d.source_id, "org_id": d.org_id, "title": d.title[:200],
             "summary": d.summary, "status": S.PENDING, "is_named": d.is_named, "contact_masked": d.contact_masked,
             "created_at": now, "verify_due_at": verify_due, "rectify_due_at": rectify_due, "resolution": "",
             "is_overdue": False, "overdue_stage": "", "appeal_prev_status": "", "appeal_result": "",
             "followup_by": "", "updated_at": now} for d in drafts]
    meta = Ticket._meta
    conn = meta.db
    fields = [meta.fields_map[c] for c in _TICKET_COLUMNS]
    postgres = conn.capabilities.dialect == "postgres"
    values: list[Any] = []
    groups = []
    for row in rows:
        start = len(values)
        values += [f.to_db_value(row[c], Ticket) for f, c in zip(fields, _TICKET_COLUMNS, strict=True)]
        groups.append("(" + ",".join(f"${start + i + 1}" if postgres else "?" for i in range(len(_TICKET_COLUMNS))) + ")")
    cols = ",".join(f'"{c}"' for c in _TICKET_COLUMNS)
    out = await conn.execute_query_dict(
        f'INSERT INTO "{meta.db_table}" ({cols}) VALUES {",".join(groups)} RETURNING "id","source_id"', values)
    ids = {int(r["source_id"]): int(r["id"]) for r in out}
    await TicketEvent.bulk_create([
        TicketEvent(ticket_id=tid, action="open", to_status=S.PENDING.value, actor_role="system", actor_name="系统",
                    created_at=now) for tid in ids.values()])
    return ids


async def tickets_by_state() -> dict[str, int]:
    """How many tickets are in each state (one grouped query; for the metrics scrape)."""
    rows = await Ticket.annotate(n=Count("id")).group_by("status").values_list("status", "n")
    counts = {state.value: 0 for state in TicketStatus}
    counts.update({str(status): int(n) for status, n in rows})
    return counts
