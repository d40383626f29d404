"""标准化建设 rules: the checklist of an org kind, an org's self-assessment with evidence, the parent's decision.

加强党支部标准化、规范化建设 is asked by 《中国共产党支部工作条例（试行）》第三十条; the items and their wording are
configurable (nothing of the regulation's text is copied here). An org assesses its own items; only an admin of an
org above it (or a superadmin) confirms or returns them — an org never confirms its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from miniapp_api.audit import service as audit
from miniapp_api.evidence import service as evidence
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import Organization, OrgKind
from miniapp_api.standards.errors import (
    AlreadyPending,
    AssessmentNotFound,
    DuplicateItem,
    EvidenceOrNoteRequired,
    ItemNotFound,
    NotPending,
    OwnOrgReview,
    SelfAssessOwnOnly,
)
from miniapp_api.standards.models import AssessmentStatus, StandardAssessment, StandardItem
from miniapp_api.standards.schemas import (
    AssessmentCreate,
    AssessmentOut,
    ChecklistOut,
    ChecklistRow,
    Decision,
    ItemCreate,
    ItemOut,
    ItemUpdate,
    ReviewIn,
)
from server.core.auth import Principal, Role
from server.core.database import in_transaction

CHECKED_KINDS = (OrgKind.COMMITTEE, OrgKind.GENERAL_BRANCH, OrgKind.BRANCH)
DEFAULT_ITEMS: tuple[tuple[str, str, str], ...] = (
    ("org_setup", "组织设置", "按党员人数和工作需要设置组织，隶属关系清晰，按期换届"),
    ("leadership", "班子建设", "书记、委员配备齐全，分工明确，定期开展学习和述职"),
    ("venue", "阵地建设", "有固定的党员活动场所，标识规范，设施满足组织生活需要"),
    ("systems", "制度落实", "三会一课、主题党日、组织生活会、民主评议党员等制度按期落实，台账完整"),
)


async def ensure_defaults() -> None:
    """The built-in checklist for every checked org kind, created on first use (edited rows are kept)."""
    if await StandardItem.exists():
        return
    rows = [
        StandardItem(org_kind=kind, code=code, name=name, description=desc, position=i)
        for kind in CHECKED_KINDS
        for i, (code, name, desc) in enumerate(DEFAULT_ITEMS)
    ]
    await StandardItem.bulk_create(rows, ignore_conflicts=True)


async def list_items(org_kind: OrgKind | None) -> list[StandardItem]:
    await ensure_defaults()
    qs = StandardItem.all() if org_kind is None else StandardItem.filter(org_kind=org_kind)
    return await qs.order_by("org_kind", "position", "id")


async def create_item(principal: Principal, data: ItemCreate) -> StandardItem:
    await ensure_defaults()
    if await StandardItem.exists(org_kind=data.org_kind, code=data.code):
        raise DuplicateItem()
    async with in_transaction():
        item = await StandardItem.create(**data.model_dump())
        await audit.record(principal, "standards.item_create", "standard_item", item.id, detail=data.model_dump())
    return item


async def update_item(principal: Principal, item_id: int, data: ItemUpdate) -> StandardItem:
    item = await StandardItem.get_or_none(id=item_id)
    if item is None:
        raise ItemNotFound()
    changes = data.model_dump(exclude_none=True)
    async with in_transaction():
        if changes:
            await StandardItem.filter(id=item.id).update(**changes)
        await audit.record(principal, "standards.item_update", "standard_item", item.id, detail=changes)
    await item.refresh_from_db()
    return item


async def assessments_out(rows: Sequence[StandardAssessment]) -> list[AssessmentOut]:
    files = {f.token: f for f in await evidence.describe([t for r in rows for t in r.evidence])}
    return [
        AssessmentOut(
            id=r.id,
            org_id=r.org_id,
            item_id=r.item_id,
            status=r.status,
            is_compliant=r.is_compliant,
            note=r.note,
            evidence=[files[t] for t in r.evidence if t in files],
            submitted_at=r.submitted_at,
            reviewed_at=r.reviewed_at,
            review_note=r.review_note,
        )
        for r in rows
    ]


async def checklist(principal: Principal, org_id: int) -> ChecklistOut:
    org = await orgs.ensure_scope(principal, org_id)
    items = [i for i in await list_items(org.kind) if i.is_active]
    latest: dict[int, StandardAssessment] = {}
    for a in await StandardAssessment.filter(org_id=org.id).order_by("id"):
        latest[a.item_id] = a
    outs = {a.id: a for a in await assessments_out(list(latest.values()))}
    met: dict[int, bool] = {}
    for a in await StandardAssessment.filter(org_id=org.id, reviewed_at__isnull=False).order_by("reviewed_at", "id"):
        met[a.item_id] = a.status is AssessmentStatus.CONFIRMED and a.is_compliant
    rows = [
        ChecklistRow(
            item=ItemOut.model_validate(i),
            latest=outs.get(latest[i.id].id) if i.id in latest else None,
            is_met=met.get(i.id, False),
        )
        for i in items
    ]
    return ChecklistOut(org_id=org.id, org_name=org.name, rows=rows, met=sum(r.is_met for r in rows), applicable=len(rows))


async def self_assess(principal: Principal, org_id: int, data: AssessmentCreate, now: datetime) -> StandardAssessment:
    """The org's own admin (or a superadmin) assesses one item, with evidence files of its line or a note."""
    org = await orgs.ensure_scope(principal, org_id)
    if principal.role is not Role.SUPERADMIN and principal.org_id != org.id:
        raise SelfAssessOwnOnly()
    item = await StandardItem.get_or_none(id=data.item_id, org_kind=org.kind, is_active=True)
    if item is None:
        raise ItemNotFound(details={"item_id": data.item_id})
    if not data.note and not data.evidence_tokens:
        raise EvidenceOrNoteRequired(details={"fields": ["note", "evidence_tokens"]})
    await evidence.resolve(data.evidence_tokens, org)  # each file exists and belongs to this org's line
    async with in_transaction():
        if await StandardAssessment.filter(org_id=org.id, item_id=item.id, status=AssessmentStatus.PENDING).exists():
            raise AlreadyPending()
        row = await StandardAssessment.create(
            org_id=org.id,
            item_id=item.id,
            is_compliant=data.is_compliant,
            note=data.note,
            evidence=list(dict.fromkeys(data.evidence_tokens)),
            submitted_at=now,
            submitted_by_user_id=principal.user_id,
        )
        await audit.record(
            principal,
            "standards.self_assess",
            "standard_assessment",
            row.id,
            org_id=org.id,
            detail={"item": item.code, "is_compliant": data.is_compliant},
        )
    return row


async def review(principal: Principal, assessment_id: int, data: ReviewIn, now: datetime) -> StandardAssessment:
    """An admin of an org above the assessed one confirms or returns a pending self-assessment."""
    row = await StandardAssessment.get_or_none(id=assessment_id)
    if row is None:
        raise AssessmentNotFound()
    org = await orgs.ensure_scope(principal, row.org_id)
    if principal.role is not Role.SUPERADMIN and principal.org_id == org.id:
        raise OwnOrgReview()
    status = AssessmentStatus.CONFIRMED if data.decision is Decision.CONFIRM else AssessmentStatus.RETURNED
    async with in_transaction():
        done = await StandardAssessment.filter(id=row.id, status=AssessmentStatus.PENDING).update(
            status=status, reviewed_at=now, reviewed_by_user_id=principal.user_id, review_note=data.note
        )
        if not done:
            raise NotPending()
        await audit.record(
            principal,
            f"standards.{data.decision.value}",
            "standard_assessment",
            row.id,
            org_id=org.id,
            detail={"note": data.note},
        )
    await row.refresh_from_db()
    return row


async def compliance_of(org_ids: Sequence[int], as_of: datetime) -> dict[int, tuple[int, int, list[int]]]:
    """Per org: (items confirmed as compliant, applicable items, ids of the deciding assessments) as of `as_of`;
    an org that had assessed nothing by then is left out (无数据)."""
    org_list = await Organization.filter(id__in=list(org_ids), kind__in=list(CHECKED_KINDS))
    if not org_list:
        return {}
    await ensure_defaults()
    applicable: dict[OrgKind, set[int]] = {}
    for item in await StandardItem.filter(is_active=True):
        applicable.setdefault(item.org_kind, set()).add(item.id)
    rows = await StandardAssessment.filter(org_id__in=[o.id for o in org_list], submitted_at__lte=as_of).order_by(
        "reviewed_at", "id"
    )
    submitted: set[int] = set()
    decided: dict[tuple[int, int], StandardAssessment] = {}
    for r in rows:
        submitted.add(r.org_id)
        if r.reviewed_at is not None and r.reviewed_at <= as_of:
            decided[(r.org_id, r.item_id)] = r  # the latest decision by `as_of` wins
    out = {}
    for org in org_list:
        items = applicable.get(org.kind, set())
        if org.id not in submitted or not items:
            continue
        met = [
            r
            for (o, i), r in decided.items()
            if o == org.id and i in items and r.status is AssessmentStatus.CONFIRMED and r.is_compliant
        ]
        out[org.id] = (len(met), len(items), sorted(r.id for r in met))
    return out
