"""组织关系转接: request → outgoing approval → receiving acceptance, the move itself atomic; 介绍信 for outside.

党员教育管理工作条例 第二十五条: every member belongs to exactly one basic org; whoever moves work or residence
transfers the relationship; until the receiving org has taken them, the outgoing org stays responsible. Here the
member's `org_id` changes in the same transaction that marks the transfer accepted, and only if the member is still
in the outgoing org — never in two orgs, never in none.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from tortoise.expressions import Q

from miniapp_api.audit import service as audit
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import STATUS_LABELS as MEMBER_LABELS
from miniapp_api.orgs.models import Member, Organization, OrgKind
from miniapp_api.transfers.errors import (
    BadTarget,
    InvalidState,
    LetterRequired,
    MemberMoved,
    NoteRequired,
    TransferNotFound,
    TransferOpen,
)
from miniapp_api.transfers.models import OPEN_STATUSES, STATUS_LABELS, Transfer, TransferStatus
from miniapp_api.transfers.schemas import TransferAction, TransferCreate, TransferOut, TransferQuery
from server.core.auth import Principal
from server.core.clock import LocalZone
from server.core.database import in_transaction

S = TransferStatus
TARGET_KINDS = (OrgKind.BRANCH, OrgKind.GROUP)


def transfer_out(t: Transfer, zone: LocalZone | None = None) -> TransferOut:
    valid_until = None
    if t.approved_at and t.letter.get("valid_days") and zone:
        valid_until = zone.date(t.approved_at) + timedelta(days=int(t.letter["valid_days"]))
    return TransferOut(
        id=t.id,
        member_id=t.member_id,
        member_name=t.member.name,
        from_org_id=t.from_org_id,
        from_org_name=t.from_org.name,
        to_org_id=t.to_org_id,
        to_org_name=t.to_org.name if t.to_org else str(t.letter.get("to_org_name", "")),
        is_outside=t.is_outside,
        status=t.status.value,
        status_label=STATUS_LABELS[t.status],
        reason=t.reason,
        note=t.note,
        letter=dict(t.letter),
        letter_no=t.letter_no,
        requested_at=t.requested_at,
        approved_at=t.approved_at,
        accepted_at=t.accepted_at,
        valid_until=valid_until,
    )


async def _load(transfer_id: int) -> Transfer:
    t = await Transfer.get_or_none(id=transfer_id).prefetch_related("member", "from_org", "to_org")
    if t is None:
        raise TransferNotFound()
    return t


async def create_transfer(
    principal: Principal, member_id: int, body: TransferCreate, now: datetime, letter_valid_days: int
) -> Transfer:
    """The outgoing side (an admin over the member's org) asks for the move; one open transfer per member."""
    member = await orgs.get_member(principal, member_id)
    to_org: Organization | None = None
    letter: dict[str, object] = {}
    if body.to_org_id is not None:
        to_org = await orgs.get_org(body.to_org_id)
        if to_org.kind not in TARGET_KINDS or to_org.id == member.org_id:
            raise BadTarget()
    else:
        given = body.letter.model_dump() if body.letter else {}
        missing = [k for k in ("to_org_name", "destination", "dues_paid_until", "contact_phone") if not given.get(k)]
        if missing:
            raise LetterRequired(details={"missing": missing})
        letter = {**given, "valid_days": given.get("valid_days") or letter_valid_days}
    async with in_transaction():
        await Member.filter(id=member.id).select_for_update().first()
        if await Transfer.exists(member_id=member.id, status__in=list(OPEN_STATUSES)):
            raise TransferOpen()
        t = await Transfer.create(
            member_id=member.id,
            from_org_id=member.org_id,
            to_org=to_org,
            is_outside=to_org is None,
            letter=letter,
            reason=body.reason,
            requested_by=principal.user_id,
            requested_at=now,
        )
        await audit.record(
            principal,
            "transfer.request",
            "transfer",
            t.id,
            org_id=member.org_id,
            detail={"member": member.id, "to_org": body.to_org_id, "outside": to_org is None},
        )
    return await _load(t.id)


async def approve(principal: Principal, transfer_id: int, body: TransferAction, now: datetime) -> Transfer:
    """The outgoing org approves (for an outside move this issues the numbered 介绍信)."""
    t = await _load(transfer_id)
    await orgs.ensure_scope(principal, t.from_org_id)
    async with in_transaction():
        fields = {"status": S.APPROVED, "approved_by": principal.user_id, "approved_at": now}
        if t.is_outside:
            fields["letter_no"] = f"{now.year}-{t.id:05d}"
        if not await Transfer.filter(id=t.id, status=S.REQUESTED).update(**fields):
            raise InvalidState()
        await audit.record(principal, "transfer.approve", "transfer", t.id, org_id=t.from_org_id)
    return await _load(t.id)


async def accept(principal: Principal, transfer_id: int, body: TransferAction, now: datetime) -> Transfer:
    """The receiving org accepts: the member's org changes in the same transaction, only from the outgoing org."""
    t = await _load(transfer_id)
    if t.to_org_id is None:
        raise InvalidState()
    await orgs.ensure_scope(principal, t.to_org_id)
    async with in_transaction():
        if not await Transfer.filter(id=t.id, status=S.APPROVED).update(
            status=S.ACCEPTED, accepted_by=principal.user_id, accepted_at=now, closed_at=now, note=body.note
        ):
            raise InvalidState()
        if not await Member.filter(id=t.member_id, org_id=t.from_org_id, is_active=True).update(org_id=t.to_org_id):
            raise MemberMoved()  # rolls the acceptance back with it
        await audit.record(
            principal,
            "transfer.accept",
            "transfer",
            t.id,
            org_id=t.to_org_id,
            detail={"member": t.member_id, "from_org": t.from_org_id},
        )
        await audit.record(
            principal,
            "member.transfer",
            "member",
            t.member_id,
            org_id=t.from_org_id,
            detail={"to_org": t.to_org_id, "transfer": t.id},
        )
    return await _load(t.id)


async def reject(principal: Principal, transfer_id: int, body: TransferAction, now: datetime) -> Transfer:
    """Sent back with a reason: by the outgoing org while requested, by the receiving org once approved."""
    if not body.note:
        raise NoteRequired()
    t = await _load(transfer_id)
    side = t.from_org_id if t.status is S.REQUESTED or t.to_org_id is None else t.to_org_id
    await orgs.ensure_scope(principal, side)
    if t.status not in OPEN_STATUSES:
        raise InvalidState()
    async with in_transaction():
        if not await Transfer.filter(id=t.id, status=t.status).update(status=S.REJECTED, note=body.note, closed_at=now):
            raise InvalidState()
        await audit.record(principal, "transfer.reject", "transfer", t.id, org_id=side, detail={"note": body.note})
    return await _load(t.id)


async def get_transfer(principal: Principal, transfer_id: int) -> Transfer:
    """Either side may read it."""
    t = await _load(transfer_id)
    root = await orgs.scope_root_path(principal)
    if not (orgs.in_scope(root, t.from_org) or (t.to_org is not None and orgs.in_scope(root, t.to_org))):
        raise orgs.OutOfScope()
    return t


async def list_transfers(principal: Principal, q: TransferQuery) -> list[Transfer]:
    root = await orgs.scope_root_path(principal)
    if q.org_id is not None:
        root = (await orgs.ensure_scope(principal, q.org_id)).path
    qs = Transfer.all()
    if root is not None:
        qs = qs.filter(Q(from_org__path__startswith=root) | Q(to_org__path__startswith=root))
    if q.status:
        qs = qs.filter(status=q.status)
    return await qs.order_by("-id").limit(500).prefetch_related("member", "from_org", "to_org")


async def my_transfers(member_id: int) -> list[Transfer]:
    return await Transfer.filter(member_id=member_id).order_by("-id").prefetch_related("member", "from_org", "to_org")


async def letter_context(principal: Principal, transfer_id: int, zone: LocalZone, today: date) -> dict[str, object]:
    """The 介绍信, printable once the outgoing org has approved; audited."""
    t = await _load(transfer_id)
    await orgs.ensure_scope(principal, t.from_org_id)
    if t.status not in (S.APPROVED, S.ACCEPTED):
        raise InvalidState()
    member = t.member
    out = transfer_out(t, zone)
    await audit.record(principal, "transfer.print_letter", "transfer", t.id, org_id=t.from_org_id)
    return {"t": out, "member": member, "status_label": MEMBER_LABELS[member.status], "today": today}
