"""约谈提醒, 情况通报 and 问责 with 容错纠错: records that are written once, audited, and never deleted.

An issued accountability decision is never edited: a correction is a new decision linked to the one it
corrects. An org may ask for 容错 against a decision taken about it; its parent decides, once.
Anchor: 《中国共产党支部工作条例（试行）》第三十二条 (the higher committee talks with (约谈) an org whose work lags, and
holds it accountable (问责) for serious problems).
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from typing import NoReturn

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q

from miniapp_api.audit import service as audit
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import Organization
from miniapp_api.responsibility.access import member_of, relation
from miniapp_api.responsibility.errors import (
    AlreadyCorrected,
    AlreadyDecided,
    CircularNotFound,
    CorrectionMismatch,
    DecisionImmutable,
    DecisionNotFound,
    ExemptionByOrg,
    ExemptionNotFound,
    ExemptionPending,
    NegativeItemExists,
    NegativeItemNotFound,
    ParentRequired,
)
from miniapp_api.responsibility.models import (
    Accountability,
    Circular,
    CircularReceipt,
    Exemption,
    ExemptionStatus,
    NegativeItem,
    Talk,
)
from miniapp_api.responsibility.schemas import (
    CircularCreate,
    CircularDetail,
    CircularOut,
    DecisionCreate,
    DecisionOut,
    ExemptionCreate,
    ExemptionDecisionIn,
    ExemptionOut,
    MeCircularQuery,
    NegativeItemCreate,
    NegativeItemOut,
    OrgYearQuery,
    ReceiptOut,
    TalkCreate,
    TalkOut,
)
from server.core.auth import Principal, Role
from server.core.database import in_transaction


async def _subtree_path(principal: Principal, org_id: int | None) -> str | None:
    return await orgs.scope_path(principal, org_id)


# ---- 约谈提醒 ---------------------------------------------------------------------------------------


def _talk_out(talk: Talk) -> TalkOut:
    return TalkOut.model_validate(
        {**{k: getattr(talk, k) for k in TalkOut.model_fields if k != "org_name"}, "org_name": talk.org.name}
    )


async def create_talk(principal: Principal, data: TalkCreate, now: datetime) -> TalkOut:
    org = await orgs.ensure_scope(principal, data.org_id)
    async with in_transaction():
        talk = await Talk.create(
            org_id=org.id,
            talker=data.talker,
            talkee=data.talkee,
            reason=data.reason,
            follow_up=data.follow_up,
            talked_on=data.talked_on,
            created_by_user_id=principal.user_id,
            created_at=now,
        )
        await audit.record(principal, "responsibility.talk", "resp_talk", talk.id, org_id=org.id, detail={"talkee": data.talkee})
    talk.org = org
    return _talk_out(talk)


async def list_talks(principal: Principal, q: OrgYearQuery) -> tuple[list[TalkOut], int]:
    path = await _subtree_path(principal, q.org_id)
    qs = Talk.all() if path is None else Talk.filter(org__path__startswith=path)
    total = await qs.count()
    rows = await qs.order_by("-talked_on", "-id").offset(q.offset).limit(q.page_size).prefetch_related("org")
    return [_talk_out(t) for t in rows], total


# ---- 情况通报 ---------------------------------------------------------------------------------------


async def _circular_out(c: Circular, principal: Principal) -> CircularOut:
    org: Organization = c.org
    total = await Organization.filter(path__startswith=org.path, is_active=True).count()
    read = len(set(await CircularReceipt.filter(circular_id=c.id).values_list("org_id", flat=True)))
    is_read = await CircularReceipt.filter(circular_id=c.id, user_id=principal.user_id).exists()
    return CircularOut(
        id=c.id,
        org_id=org.id,
        org_name=org.name,
        title=c.title,
        body=c.body,
        created_at=c.created_at,
        orgs_total=total,
        orgs_read=read,
        is_read=is_read,
    )


async def create_circular(principal: Principal, data: CircularCreate, now: datetime) -> CircularOut:
    org = await orgs.ensure_scope(principal, data.org_id)
    async with in_transaction():
        c = await Circular.create(
            org_id=org.id, title=data.title, body=data.body, issued_by_user_id=principal.user_id, created_at=now
        )
        await audit.record(
            principal, "responsibility.circular", "resp_circular", c.id, org_id=org.id, detail={"title": data.title}
        )
    c.org = org
    return await _circular_out(c, principal)


async def _reader_org(principal: Principal) -> Organization | None:
    member = await member_of(principal)
    org_id = member.org_id if member else (principal.org_id if principal.role in (Role.ORG_ADMIN, Role.STAFF) else None)
    return await Organization.get_or_none(id=org_id) if org_id else None


async def _addressed(principal: Principal, circular_id: int) -> tuple[Circular, Organization | None]:
    """The circular, if the caller's org lies in its subtree or the caller oversees its issuing org."""
    c = await Circular.get_or_none(id=circular_id).prefetch_related("org")
    if c is None:
        raise CircularNotFound()
    reader = await _reader_org(principal)
    if reader is not None and reader.path.startswith(c.org.path):
        return c, reader
    if principal.role is Role.SUPERADMIN or (
        principal.role in (Role.ORG_ADMIN, Role.STAFF) and await relation(principal, c.org) != "none"
    ):
        return c, reader
    raise CircularNotFound()


async def get_circular(principal: Principal, circular_id: int) -> CircularDetail:
    c, _ = await _addressed(principal, circular_id)
    receipts = await CircularReceipt.filter(circular_id=c.id).order_by("id")
    orgs_in = await Organization.filter(path__startswith=c.org.path, is_active=True).order_by("path")
    names = {o.id: o.name for o in orgs_in}
    read = {r.org_id for r in receipts}
    return CircularDetail(
        **(await _circular_out(c, principal)).model_dump(),
        receipts=[
            ReceiptOut(org_id=r.org_id, org_name=names.get(r.org_id, ""), reader_name=r.reader_name, read_at=r.read_at)
            for r in receipts
        ],
        unread_orgs=[o.name for o in orgs_in if o.id not in read],
    )


async def read_circular(principal: Principal, circular_id: int, now: datetime) -> CircularOut:
    """A read receipt from a reader in the circular's subtree (repeated reads keep the first receipt)."""
    c, reader = await _addressed(principal, circular_id)
    if reader is None or not reader.path.startswith(c.org.path):
        raise CircularNotFound()
    member = await member_of(principal)
    if not await CircularReceipt.filter(circular_id=c.id, user_id=principal.user_id).exists():
        with contextlib.suppress(IntegrityError):  # a concurrent first read already left the receipt
            async with in_transaction():
                await CircularReceipt.create(
                    circular_id=c.id,
                    org_id=reader.id,
                    user_id=principal.user_id,
                    reader_name=(member.name if member else principal.name)[:50],
                    read_at=now,
                )
    return await _circular_out(c, principal)


async def my_circulars(principal: Principal, q: MeCircularQuery) -> tuple[list[CircularOut], int]:
    """Circulars that reach the member's org: issued by it or by any org above it."""
    member = await member_of(principal)
    org = await Organization.get_or_none(id=member.org_id) if member else None
    if org is None:
        return [], 0
    qs = Circular.filter(org_id__in=[int(p) for p in org.path.strip("/").split("/") if p])
    total = await qs.count()
    rows = await qs.order_by("-id").offset(q.offset).limit(q.page_size).prefetch_related("org")
    return [await _circular_out(c, principal) for c in rows], total


async def list_circulars(principal: Principal, q: OrgYearQuery) -> tuple[list[CircularOut], int]:
    """Circulars issued in the caller's subtree and those addressed to it from above."""
    path = await _subtree_path(principal, q.org_id)
    if path is None:
        qs = Circular.all()
    else:
        ancestors = [int(p) for p in path.strip("/").split("/") if p]
        qs = Circular.filter(Q(org__path__startswith=path) | Q(org_id__in=ancestors))
    total = await qs.count()
    rows = await qs.order_by("-id").offset(q.offset).limit(q.page_size).prefetch_related("org")
    return [await _circular_out(c, principal) for c in rows], total


# ---- 负面清单 ---------------------------------------------------------------------------------------


async def negative_list() -> list[NegativeItemOut]:
    return [NegativeItemOut.model_validate(n) for n in await NegativeItem.all().order_by("id")]


async def add_negative_item(principal: Principal, data: NegativeItemCreate, now: datetime) -> NegativeItemOut:
    try:
        async with in_transaction():
            item = await NegativeItem.create(title=data.title, description=data.description, created_at=now)
            await audit.record(
                principal, "responsibility.negative_item", "resp_negative_item", item.id, detail={"title": data.title}
            )
    except IntegrityError:
        raise NegativeItemExists() from None
    return NegativeItemOut.model_validate(item)


# ---- 问责 and 容错纠错 --------------------------------------------------------------------------------


async def _decision_out(d: Accountability) -> DecisionOut:
    corrected_by = await Accountability.filter(corrects_id=d.id).order_by("id").first()
    exemptions = await Exemption.filter(decision_id=d.id).order_by("id")
    return DecisionOut(
        id=d.id,
        org_id=d.org_id,
        org_name=d.org.name,
        negative_item_id=d.negative_item_id,
        negative_item_title=d.negative_item.title,
        subject=d.subject,
        measure=d.measure,
        reason=d.reason,
        corrects_id=d.corrects_id,
        corrected_by_id=corrected_by.id if corrected_by else None,
        created_at=d.created_at,
        exemptions=[ExemptionOut.model_validate(e) for e in exemptions],
    )


async def _above(principal: Principal, org: Organization) -> None:
    rel = await relation(principal, org)
    if rel == "none":
        raise orgs.OutOfScope()
    if rel != "above":
        raise ParentRequired()


async def issue_decision(principal: Principal, data: DecisionCreate, now: datetime) -> DecisionOut:
    """Only an org above the accountable one decides, against a situation of the 负面清单."""
    org = await orgs.get_org(data.org_id)
    await _above(principal, org)
    negative = await NegativeItem.get_or_none(id=data.negative_item_id, is_active=True)
    if negative is None:
        raise NegativeItemNotFound()
    async with in_transaction():
        if data.corrects_id is not None:
            original = await Accountability.select_for_update().get_or_none(id=data.corrects_id)
            if original is None:
                raise DecisionNotFound(details={"corrects_id": data.corrects_id})
            if original.org_id != org.id:
                raise CorrectionMismatch()
            if await Accountability.filter(corrects_id=original.id).exists():
                raise AlreadyCorrected()
        d = await Accountability.create(
            org_id=org.id,
            negative_item_id=negative.id,
            subject=data.subject,
            measure=data.measure,
            reason=data.reason,
            corrects_id=data.corrects_id,
            issued_by_user_id=principal.user_id,
            issued_by_org_id=principal.org_id,
            created_at=now,
        )
        await audit.record(
            principal,
            "responsibility.decision",
            "resp_accountability",
            d.id,
            org_id=org.id,
            detail={"negative_item_id": negative.id, "measure": data.measure, "corrects_id": data.corrects_id},
        )
    await d.fetch_related("org", "negative_item")
    return await _decision_out(d)


async def _visible_decision(principal: Principal, decision_id: int) -> Accountability:
    d = await Accountability.get_or_none(id=decision_id).prefetch_related("org", "negative_item")
    if d is None:
        raise DecisionNotFound()
    if await relation(principal, d.org) == "none":
        raise orgs.OutOfScope()
    return d


async def get_decision(principal: Principal, decision_id: int) -> DecisionOut:
    return await _decision_out(await _visible_decision(principal, decision_id))


async def refuse_change(principal: Principal, decision_id: int) -> NoReturn:
    """Any attempt to edit or delete an issued decision: audited, then refused."""
    d = await _visible_decision(principal, decision_id)
    await audit.record(principal, "responsibility.decision_change_refused", "resp_accountability", d.id, org_id=d.org_id)
    raise DecisionImmutable(details={"id": d.id})


async def list_decisions(principal: Principal, q: OrgYearQuery) -> tuple[list[DecisionOut], int]:
    path = await _subtree_path(principal, q.org_id)
    qs = Accountability.all() if path is None else Accountability.filter(org__path__startswith=path)
    total = await qs.count()
    rows = await qs.order_by("-id").offset(q.offset).limit(q.page_size).prefetch_related("org", "negative_item")
    return [await _decision_out(d) for d in rows], total


async def file_exemption(principal: Principal, data: ExemptionCreate, now: datetime) -> ExemptionOut:
    """The accountable org itself (its own admin) asks for 容错 with its reasons."""
    d = await _visible_decision(principal, data.decision_id)
    if principal.role is not Role.ORG_ADMIN or principal.org_id != d.org_id:
        raise ExemptionByOrg()
    async with in_transaction():
        if await Exemption.filter(decision_id=d.id, status=ExemptionStatus.PENDING).exists():
            raise ExemptionPending()
        e = await Exemption.create(
            decision_id=d.id, org_id=d.org_id, reasons=data.reasons, filed_by_user_id=principal.user_id, filed_at=now
        )
        await audit.record(
            principal, "responsibility.exemption_file", "resp_exemption", e.id, org_id=d.org_id, detail={"decision_id": d.id}
        )
    return ExemptionOut.model_validate(e)


async def decide_exemption(principal: Principal, exemption_id: int, data: ExemptionDecisionIn, now: datetime) -> ExemptionOut:
    """The parent decides an exemption once; the decision it concerns stays as issued."""
    async with in_transaction():
        e = await Exemption.select_for_update().get_or_none(id=exemption_id)
        if e is None:
            raise ExemptionNotFound()
        await _above(principal, await Organization.get(id=e.org_id))
        if e.status is not ExemptionStatus.PENDING:
            raise AlreadyDecided()
        e.status = ExemptionStatus.APPROVED if data.approve else ExemptionStatus.REJECTED
        e.decided_by_user_id, e.decided_at, e.note = principal.user_id, now, data.note
        await e.save(update_fields=["status", "decided_by_user_id", "decided_at", "note"])
        await audit.record(
            principal,
            "responsibility.exemption_decide",
            "resp_exemption",
            e.id,
            org_id=e.org_id,
            detail={"approve": data.approve, "decision_id": e.decision_id},
        )
    return ExemptionOut.model_validate(e)
