"""党建观察员 (社会监督): invited observers bound to WeChat users, their assigned orgs and their 评议 notes.

A note becomes a finding of the committee's standing "observer" inspection and so runs through the same
ticket → 整改 → re-check loop as an inspector's finding. Observer ratings are told apart in evaluation through
`ObserverCache` (directory.py), which evaluation reads on the rating submit without a database round trip.

Anchor: 中国共产党支部工作条例（试行）第二十七条 (党支部委员会成员应当自觉接受……群众监督) — the 社会监督 of the
source paper's three kinds of supervision.
"""

from __future__ import annotations

import secrets
from datetime import datetime

from tortoise.exceptions import IntegrityError

from miniapp_api.audit import service as audit
from miniapp_api.evaluation import service as evaluation
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import KIND_LABELS, Organization
from miniapp_api.rectification import service as tickets
from miniapp_api.supervision import service
from miniapp_api.supervision.errors import AlreadyObserver, BadInviteCode, NotAssigned, NotObserver, ObserverNotFound
from miniapp_api.supervision.models import (
    FINDING_STATUS_LABELS,
    OBSERVER_KIND_LABELS,
    Finding,
    Inspection,
    InspectionKind,
    Observer,
)
from miniapp_api.supervision.schemas import (
    NoteIn,
    NoteOut,
    ObserverCreate,
    ObserverMe,
    ObserverOut,
    ObserverUpdate,
    PublicOrg,
    PublicPoint,
    TargetOut,
)
from server.core.auth import Principal
from server.core.database import in_transaction

_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud and typed on a phone


def _invite_code() -> str:
    return "".join(secrets.choice(_CODE_ALPHABET) for _ in range(8))


async def _check_orgs(committee: Organization, org_ids: list[int]) -> list[int]:
    rows = await Organization.filter(id__in=org_ids).values("id", "path")
    if len(rows) != len(set(org_ids)):
        raise orgs.OrgNotFound()
    if any(not str(r["path"]).startswith(committee.path) for r in rows):
        raise orgs.OutOfScope()
    return sorted(set(org_ids))


async def _outs(rows: list[Observer]) -> list[ObserverOut]:
    names = {
        int(r["id"]): str(r["name"])
        for r in await Organization.filter(id__in=list({i for o in rows for i in o.org_ids})).values("id", "name")
    }
    notes: dict[int, int] = {}
    for oid in await Finding.filter(observer_id__in=[o.id for o in rows]).values_list("observer_id", flat=True):
        notes[int(str(oid))] = notes.get(int(str(oid)), 0) + 1
    return [
        ObserverOut(
            id=o.id,
            committee_id=o.committee_id,
            name=o.name,
            kind=o.kind,
            kind_label=OBSERVER_KIND_LABELS[o.kind],
            unit=o.unit,
            orgs=[TargetOut(org_id=i, name=names.get(i, "")) for i in o.org_ids],
            invite_code=None if o.user_id else o.invite_code,
            is_bound=o.user_id is not None,
            is_active=o.is_active,
            notes=notes.get(o.id, 0),
            created_at=o.created_at,
        )
        for o in rows
    ]


async def create_observer(principal: Principal, data: ObserverCreate, now: datetime) -> ObserverOut:
    committee = await orgs.ensure_scope(principal, data.committee_id)
    org_ids = await _check_orgs(committee, data.org_ids)
    for _ in range(5):
        try:
            observer = await Observer.create(
                committee_id=committee.id,
                name=data.name,
                kind=data.kind,
                unit=data.unit,
                org_ids=org_ids,
                invite_code=_invite_code(),
                created_at=now,
            )
            break
        except IntegrityError:  # an invite code collision (one in a trillion): draw again
            continue
    else:
        raise RuntimeError("could not draw a free invite code")
    await audit.record(
        principal,
        "supervision.observer_create",
        "observer",
        observer.id,
        org_id=committee.id,
        detail={"kind": data.kind.value, "orgs": org_ids},
    )
    return (await _outs([observer]))[0]


async def list_observers(principal: Principal, org_id: int | None) -> list[ObserverOut]:
    path = await orgs.scope_path(principal, org_id)
    qs = Observer.all() if path is None else Observer.filter(committee__path__startswith=path)
    return await _outs(list(await qs.order_by("id")))


async def update_observer(principal: Principal, observer_id: int, data: ObserverUpdate) -> ObserverOut:
    observer = await Observer.get_or_none(id=observer_id)
    if observer is None:
        raise ObserverNotFound()
    committee = await orgs.ensure_scope(principal, observer.committee_id)
    changed = []
    if data.org_ids is not None:
        observer.org_ids = await _check_orgs(committee, data.org_ids)
        changed.append("org_ids")
    if data.is_active is not None:
        observer.is_active = data.is_active
        changed.append("is_active")
    if changed:
        await observer.save(update_fields=changed)
    await audit.record(
        principal, "supervision.observer_update", "observer", observer.id, org_id=committee.id, detail={"fields": changed}
    )
    return (await _outs([observer]))[0]


async def bind(principal: Principal, invite_code: str, now: datetime) -> ObserverMe:
    """A signed-in WeChat user claims the observer record of the invite code (once)."""
    async with in_transaction():
        if await Observer.exists(user_id=principal.user_id):
            raise AlreadyObserver()
        updated = await Observer.filter(invite_code=invite_code, user_id=None, is_active=True).update(
            user_id=principal.user_id, bound_at=now
        )
        if updated != 1:
            raise BadInviteCode()
        observer = await Observer.get(invite_code=invite_code)
        await audit.record(principal, "supervision.observer_bind", "observer", observer.id, org_id=observer.committee_id)
    return await me(principal)


async def _mine(principal: Principal) -> Observer:
    observer = await Observer.get_or_none(user_id=principal.user_id, is_active=True)
    if observer is None:
        raise NotObserver()
    return observer


async def me(principal: Principal) -> ObserverMe:
    """The observer's assigned orgs with their public information (kind, type, region, service points)."""
    observer = await _mine(principal)
    await observer.fetch_related("committee")
    rows = await Organization.filter(id__in=observer.org_ids).order_by("id")
    points = await evaluation.public_points([o.id for o in rows])
    return ObserverMe(
        id=observer.id,
        name=observer.name,
        kind_label=OBSERVER_KIND_LABELS[observer.kind],
        committee_name=observer.committee.name,
        orgs=[
            PublicOrg(
                id=o.id,
                name=o.name,
                kind_label=KIND_LABELS[o.kind],
                org_type=o.org_type.value,
                region=o.region,
                points=[PublicPoint(**p) for p in points.get(o.id, [])],
            )
            for o in rows
        ],
    )


async def standing_inspection(committee_id: int, now: datetime) -> Inspection:
    """The committee's standing "observer" inspection (created on the first note)."""
    ins = await Inspection.filter(committee_id=committee_id, kind=InspectionKind.OBSERVER).first()
    if ins is None:
        ins = await Inspection.create(
            committee_id=committee_id,
            team_id=None,
            kind=InspectionKind.OBSERVER,
            title="党建观察员评议",
            scope_org_id=committee_id,
            created_at=now,
        )
    return ins


async def file_note(principal: Principal, data: NoteIn, now: datetime, deadlines: tickets.Deadlines) -> NoteOut:
    """A 评议 note on an assigned org becomes a finding (and its ticket) of the standing observer inspection."""
    observer = await _mine(principal)
    if data.org_id not in observer.org_ids:
        raise NotAssigned(details={"org_id": data.org_id})
    org = await orgs.get_org(data.org_id)
    async with in_transaction():
        ins = await standing_inspection(observer.committee_id, now)
        if org.id not in ins.target_ids:
            ins.target_ids = sorted({*ins.target_ids, org.id})
            await ins.save(update_fields=["target_ids"])
        finding = await Finding.create(
            inspection_id=ins.id,
            org_id=org.id,
            title=data.title,
            description=data.content,
            observer_id=observer.id,
            created_by_user_id=principal.user_id,
            created_at=now,
        )
        await service.open_round(finding, org.name, now, deadlines)
        await finding.save(update_fields=["round_id", "ticket_id", "due_at"])
        await audit.record(
            principal,
            "supervision.observer_note",
            "finding",
            finding.id,
            org_id=org.id,
            detail={"observer": observer.id, "ticket": finding.ticket_id},
        )
    return (await my_notes(principal, [finding.id]))[0]


async def my_notes(principal: Principal, only: list[int] | None = None) -> list[NoteOut]:
    observer = await _mine(principal)
    qs = Finding.filter(observer_id=observer.id)
    if only is not None:
        qs = qs.filter(id__in=only)
    rows = list(await qs.order_by("-id").limit(100).prefetch_related("org", "inspection"))
    linked = await tickets.source_tickets(service.SOURCE_TYPE, [f.round_id for f in rows if f.round_id])
    out = []
    for f in rows:
        ticket = linked.get(f.round_id) if f.round_id else None
        out.append(
            NoteOut(
                finding_id=f.id,
                org_id=f.org_id,
                org_name=f.org.name,
                title=f.title,
                status_label=FINDING_STATUS_LABELS[f.status],
                recheck_state=service.recheck_state(f, ticket.status if ticket else None),
                created_at=f.created_at,
            )
        )
    return out


async def observer_map() -> dict[int, frozenset[int]]:
    """user id → the orgs of every bound, active observer (small: dozens per committee)."""
    rows = await Observer.filter(is_active=True, user_id__isnull=False).values("user_id", "org_ids")
    return {int(r["user_id"]): frozenset(int(i) for i in r["org_ids"] or []) for r in rows}
