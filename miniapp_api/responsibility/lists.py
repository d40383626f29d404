"""三级责任清单 and 责任书: lists per org and year, items issued down the tree, and the owners' signatures.

Items flow down: an org writes items into its own list and may own them itself or issue them to an org below
(that org's list for the year is opened on the way). An org sees what was issued to it beside its own items,
read-only: only the writing org (or one above it) edits an item. The 一岗双责 flag and the leaders' posts follow
《中国共产党党和国家机关基层组织工作条例》第三十五条 (第一责任人, 其他成员一岗双责). Any change to an item raises the version of the
lists it appears in, so a 责任书 signed before the change no longer counts as signed.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from datetime import date, datetime
from typing import Any

from miniapp_api.audit import service as audit
from miniapp_api.evidence import service as evidence
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import Member, Organization
from miniapp_api.rectification import service as rectification
from miniapp_api.responsibility.access import has_post, member_of, relation
from miniapp_api.responsibility.errors import (
    AlreadySigned,
    DeadlineOutsideYear,
    ItemNotFound,
    ListExists,
    ListNotFound,
    NotOwner,
    OwnerOutsideList,
    ParentItem,
    SourceRequired,
    StaleVersion,
)
from miniapp_api.responsibility.models import (
    ITEM_STATUS_LABELS,
    KIND_LABELS,
    ItemKind,
    ItemReport,
    ItemReview,
    ItemStatus,
    ResponsibilityItem,
    ResponsibilityList,
    Signature,
)
from miniapp_api.responsibility.schemas import (
    INDICATOR_KEYS,
    ItemCreate,
    ItemOut,
    ItemUpdate,
    ListCreate,
    ListDetail,
    ListOut,
    ListQuery,
    SignatureOut,
    SignerOut,
)
from server.core.auth import Principal, Role
from server.core.database import in_transaction
from server.core.xlsx import table_workbook

# ---- lists ----------------------------------------------------------------------------------------


async def open_list(org_id: int, year: int, now: datetime, user_id: int | None) -> ResponsibilityList:
    """The org's list for the year, created if it has none yet (call inside a transaction)."""
    found = await ResponsibilityList.get_or_none(org_id=org_id, year=year)
    if found is not None:
        return found
    return await ResponsibilityList.create(org_id=org_id, year=year, created_by_user_id=user_id, created_at=now, updated_at=now)


async def create_list(principal: Principal, data: ListCreate, now: datetime, today: date) -> ListDetail:
    org = await orgs.ensure_scope(principal, data.org_id)
    existing = await ResponsibilityList.get_or_none(org_id=org.id, year=data.year)
    if existing is not None:
        raise ListExists(details={"id": existing.id})
    lst = await ResponsibilityList.create(
        org_id=org.id, year=data.year, created_by_user_id=principal.user_id, created_at=now, updated_at=now
    )
    await audit.record(principal, "responsibility.list_create", "resp_list", lst.id, org_id=org.id, detail={"year": data.year})
    return await list_detail(principal, lst, today)


async def _readable_list(principal: Principal, list_id: int) -> tuple[ResponsibilityList, Organization]:
    lst = await ResponsibilityList.get_or_none(id=list_id).prefetch_related("org")
    if lst is None:
        raise ListNotFound()
    org: Organization = lst.org
    if principal.role is Role.MEMBER or principal.role is Role.CITIZEN:
        member = await member_of(principal)
        if member is None or member.org_id != org.id:
            raise ListNotFound()  # a member sees his own org's list only; others learn nothing of it
        return lst, org
    if await relation(principal, org) == "none":
        raise orgs.OutOfScope()
    return lst, org


async def get_list(principal: Principal, list_id: int, today: date) -> ListDetail:
    lst, _ = await _readable_list(principal, list_id)
    return await list_detail(principal, lst, today)


async def my_list(principal: Principal, year: int, today: date) -> ListDetail:
    member = await member_of(principal)
    lst = await ResponsibilityList.get_or_none(org_id=member.org_id, year=year) if member else None
    if lst is None:
        raise ListNotFound()
    return await list_detail(principal, lst, today)


# ---- what a list shows ----------------------------------------------------------------------------


async def _items_of(lst: ResponsibilityList) -> list[ResponsibilityItem]:
    """The list's own items and those issued to its org by lists above it for the same year."""
    own = await ResponsibilityItem.filter(list_id=lst.id).prefetch_related("owner_org", "list__org").order_by("id")
    issued = (
        await ResponsibilityItem.filter(owner_org_id=lst.org_id, list__year=lst.year)
        .exclude(list_id=lst.id)
        .prefetch_related("owner_org", "list__org")
        .order_by("id")
    )
    return issued + own


async def _signers(lst: ResponsibilityList, items: list[ResponsibilityItem]) -> tuple[list[Member], set[str]]:
    """The members of the list's org who hold a post some item of the org is owned by."""
    posts = {i.owner_post for i in items if i.owner_org_id == lst.org_id}
    if not posts:
        return [], posts
    members = await Member.filter(org_id=lst.org_id, is_active=True).order_by("id")
    return [m for m in members if posts & set(m.posts or [])], posts


def is_overdue(item: ResponsibilityItem, today: date) -> bool:
    return item.due_date is not None and item.due_date < today and item.status is not ItemStatus.ACCEPTED


async def _viewer(principal: Principal) -> tuple[Member | None, str | None]:
    member = await member_of(principal)
    root = None
    if principal.role in (Role.ORG_ADMIN, Role.STAFF):
        root = await orgs.scope_root_path(principal)
    return member, root


def _relation_to(principal: Principal, root: str | None, org: Organization) -> str:
    if principal.role is Role.SUPERADMIN:
        return "above"
    if root is None or not org.path.startswith(root):
        return "none"
    return "own" if org.path == root else "above"


def is_owner(principal: Principal, member: Member | None, item: ResponsibilityItem) -> bool:
    """The item's owner: a member of the owner org holding the post, or an admin of that very org."""
    if member is not None:
        return member.org_id == item.owner_org_id and has_post(member, item.owner_post)
    return principal.role is Role.ORG_ADMIN and principal.org_id == item.owner_org_id


async def item_outs(
    principal: Principal, items: list[ResponsibilityItem], today: date, home_list_id: int | None = None
) -> list[ItemOut]:
    member, root = await _viewer(principal)
    ids = [i.id for i in items]
    reports: dict[int, list[ItemReport]] = defaultdict(list)
    reviews: dict[int, list[ItemReview]] = defaultdict(list)
    for r in await ItemReport.filter(item_id__in=ids).order_by("id"):
        reports[r.item_id].append(r)
    for v in await ItemReview.filter(item_id__in=ids).order_by("id"):
        reviews[v.item_id].append(v)
    files = {f.token: f for f in await evidence.describe([t for rs in reports.values() for r in rs for t in r.files])}
    out = []
    for item in items:
        list_org: Organization = item.list.org
        owner_org: Organization = item.owner_org
        admin = principal.is_admin
        out.append(
            ItemOut.model_validate(
                {
                    "id": item.id,
                    "list_id": item.list_id,
                    "list_org_id": list_org.id,
                    "list_org_name": list_org.name,
                    "kind": item.kind,
                    "kind_label": KIND_LABELS[item.kind],
                    "title": item.title,
                    "owner_org_id": owner_org.id,
                    "owner_org_name": owner_org.name,
                    "owner_post": item.owner_post,
                    "is_dual_duty": item.is_dual_duty,
                    "due_date": item.due_date,
                    "cadence": item.cadence,
                    "evidence_required": item.evidence_required,
                    "indicator_key": item.indicator_key or None,
                    "indicator_name": INDICATOR_KEYS.get(item.indicator_key),
                    "source_type": item.source_type or None,
                    "source_id": item.source_id,
                    "status": item.status,
                    "status_label": ITEM_STATUS_LABELS[item.status],
                    "is_overdue": is_overdue(item, today),
                    "is_inherited": home_list_id is not None and item.list_id != home_list_id,
                    "can_edit": admin and _relation_to(principal, root, list_org) != "none",
                    "can_report": is_owner(principal, member, item) and item.status in (ItemStatus.OPEN, ItemStatus.RETURNED),
                    "can_review": admin
                    and _relation_to(principal, root, owner_org) == "above"
                    and item.status is ItemStatus.REPORTED,
                    "reports": [
                        {
                            "id": r.id,
                            "item_id": r.item_id,
                            "note": r.note,
                            "reporter_name": r.reporter_name,
                            "created_at": r.created_at,
                            "files": [files[t].model_dump() for t in r.files if t in files],
                        }
                        for r in reports[item.id]
                    ],
                    "reviews": reviews[item.id],
                }
            )
        )
    return out


async def _summary(lst: ResponsibilityList, items: list[ResponsibilityItem], today: date) -> dict[str, Any]:
    signers, _ = await _signers(lst, items)
    signed = set(await Signature.filter(list_id=lst.id, version=lst.version).values_list("member_id", flat=True))
    done = sum(1 for m in signers if m.id in signed)
    org: Organization = lst.org
    return {
        "id": lst.id,
        "org_id": org.id,
        "org_name": org.name,
        "year": lst.year,
        "version": lst.version,
        "item_count": len(items),
        "overdue_count": sum(1 for i in items if is_overdue(i, today)),
        "signers_total": len(signers),
        "signers_signed": done,
        "is_signed": bool(signers) and done == len(signers),
        "updated_at": lst.updated_at,
    }


async def list_detail(principal: Principal, lst: ResponsibilityList, today: date) -> ListDetail:
    await lst.fetch_related("org")
    items = await _items_of(lst)
    signers, _ = await _signers(lst, items)
    sigs = await Signature.filter(list_id=lst.id).order_by("id")
    latest: dict[int, int] = {}
    for s in sigs:
        latest[s.member_id] = max(latest.get(s.member_id, 0), s.version)
    return ListDetail(
        **await _summary(lst, items, today),
        items=await item_outs(principal, items, today, lst.id),
        signers=[
            SignerOut(
                member_id=m.id,
                member_name=m.name,
                posts=list(m.posts or []),
                signed_version=latest.get(m.id),
                is_current=latest.get(m.id) == lst.version,
            )
            for m in signers
        ],
        signatures=[SignatureOut.model_validate(s) for s in sigs],
    )


async def list_lists(principal: Principal, q: ListQuery, today: date) -> tuple[list[ListOut], int]:
    """Lists of the caller's subtree with their signing state: the parent sees who has not signed."""
    path = await orgs.scope_path(principal, q.org_id)
    qs = ResponsibilityList.all()
    if path is not None:
        qs = qs.filter(org__path__startswith=path)
    if q.year is not None:
        qs = qs.filter(year=q.year)
    total = await qs.count()
    rows = await qs.order_by("-year", "org__path").offset(q.offset).limit(q.page_size).prefetch_related("org")
    return [ListOut(**await _summary(lst, await _items_of(lst), today)) for lst in rows], total


# ---- items ----------------------------------------------------------------------------------------


def _check_due(due: date | None, year: int) -> None:
    if due is not None and due.year != year:
        raise DeadlineOutsideYear(details={"year": year, "due_date": due.isoformat()})


async def _bump(lists: set[int], now: datetime) -> None:
    for list_id in lists:
        lst = await ResponsibilityList.select_for_update().get(id=list_id)
        lst.version += 1
        lst.updated_at = now
        await lst.save(update_fields=["version", "updated_at"])


async def _writable_list(principal: Principal, list_id: int) -> tuple[ResponsibilityList, Organization]:
    lst = await ResponsibilityList.get_or_none(id=list_id).prefetch_related("org")
    if lst is None:
        raise ListNotFound()
    org: Organization = lst.org
    if await relation(principal, org) == "none":
        raise orgs.OutOfScope()
    return lst, org


async def add_item(principal: Principal, list_id: int, data: ItemCreate, now: datetime, today: date) -> ItemOut:
    lst, org = await _writable_list(principal, list_id)
    owner = await orgs.get_org(data.owner_org_id)
    if not owner.path.startswith(org.path):
        raise OwnerOutsideList(details={"owner_org_id": owner.id})
    _check_due(data.due_date, lst.year)
    if data.kind is ItemKind.PROBLEM:
        if data.source_type is None or data.source_id is None:
            raise SourceRequired()
        if data.source_type == "rectification":  # the ticket must exist and lie in the caller's subtree
            await rectification.get_ticket(principal, data.source_id, now)
    async with in_transaction():
        item = await ResponsibilityItem.create(
            list_id=lst.id,
            kind=data.kind,
            title=data.title,
            owner_org_id=owner.id,
            owner_post=data.owner_post.value,
            is_dual_duty=data.is_dual_duty,
            due_date=data.due_date,
            cadence=data.cadence,
            evidence_required=data.evidence_required,
            indicator_key=data.indicator_key or "",
            source_type=data.source_type or "",
            source_id=data.source_id,
            created_by_user_id=principal.user_id,
            created_at=now,
            updated_at=now,
        )
        touched = {lst.id}
        if owner.id != org.id:  # issued down: the owner's list for the year carries it (and must be signed again)
            touched.add((await open_list(owner.id, lst.year, now, principal.user_id)).id)
        await _bump(touched, now)
        await audit.record(
            principal,
            "responsibility.item_create",
            "resp_item",
            item.id,
            org_id=org.id,
            detail={"owner_org_id": owner.id, "kind": data.kind.value, "title": data.title},
        )
    await item.fetch_related("owner_org", "list__org")
    return (await item_outs(principal, [item], today))[0]


async def _item(item_id: int) -> ResponsibilityItem:
    item = await ResponsibilityItem.get_or_none(id=item_id).prefetch_related("owner_org", "list__org")
    if item is None:
        raise ItemNotFound()
    return item


async def update_item(principal: Principal, item_id: int, data: ItemUpdate, now: datetime, today: date) -> ItemOut:
    item = await _item(item_id)
    list_org: Organization = item.list.org
    if await relation(principal, list_org) == "none":
        owner_rel = await relation(principal, item.owner_org)
        raise ParentItem() if owner_rel != "none" else orgs.OutOfScope()
    changes = data.model_dump(exclude_unset=True)
    for key in ("title", "owner_post", "is_dual_duty"):  # an explicit null changes nothing these cannot lack
        if changes.get(key, "") is None:
            del changes[key]
    for key in ("cadence", "evidence_required"):  # null clears them
        if key in changes and changes[key] is None:
            changes[key] = ""
    if "due_date" in changes:
        _check_due(data.due_date, item.list.year)
    if not changes:
        return (await item_outs(principal, [item], today))[0]
    async with in_transaction():
        for key, value in changes.items():
            setattr(item, key, value.value if key == "owner_post" and value is not None else value)
        item.updated_at = now
        await item.save()
        touched = {item.list_id}
        owner_list = await ResponsibilityList.get_or_none(org_id=item.owner_org_id, year=item.list.year)
        if owner_list is not None:
            touched.add(owner_list.id)
        await _bump(touched, now)
        await audit.record(
            principal,
            "responsibility.item_update",
            "resp_item",
            item.id,
            org_id=list_org.id,
            detail={k: str(v) for k, v in changes.items()},
        )
    return (await item_outs(principal, [item], today))[0]


# ---- signing (责任书) -------------------------------------------------------------------------------


async def sign(principal: Principal, list_id: int, version: int, now: datetime) -> SignatureOut:
    """A member owning some item of his org acknowledges the list as it stands at `version`."""
    member = await member_of(principal)
    lst = await ResponsibilityList.get_or_none(id=list_id).prefetch_related("org")
    if lst is None or member is None or member.org_id != lst.org_id:
        raise ListNotFound()
    signers, _ = await _signers(lst, await _items_of(lst))
    if member.id not in {m.id for m in signers}:
        raise NotOwner()
    async with in_transaction():
        current = await ResponsibilityList.select_for_update().get(id=lst.id)
        if version != current.version:
            raise StaleVersion(details={"version": current.version})
        if await Signature.filter(list_id=lst.id, member_id=member.id, version=version).exists():
            raise AlreadySigned()
        sig = await Signature.create(
            list_id=lst.id,
            member_id=member.id,
            member_name=member.name,
            posts=list(member.posts or []),
            version=version,
            signed_at=now,
        )
        await audit.record(
            principal,
            "responsibility.sign",
            "resp_list",
            lst.id,
            org_id=lst.org_id,
            detail={"version": version, "member_id": member.id},
        )
    return SignatureOut.model_validate(sig)


EXPORT_HEADER = ("清单", "事项", "下达组织", "责任组织", "责任岗位", "一岗双责", "完成时限", "频次", "佐证要求",
                 "关联指标", "状态", "是否逾期")


async def export_list(principal: Principal, list_id: int, today: date) -> tuple[bytes, str]:
    """The list as a workbook (every item, inherited ones included, as the detail shows them); audited."""
    detail = await get_list(principal, list_id, today)
    rows = [
        (i.kind_label, i.title, i.list_org_name, i.owner_org_name, i.owner_post, "是" if i.is_dual_duty else "",
         i.due_date.isoformat() if i.due_date else "", i.cadence, i.evidence_required, i.indicator_name or "",
         i.status_label, "逾期" if i.is_overdue else "")
        for i in detail.items
    ]
    body = await asyncio.to_thread(table_workbook, "责任清单", EXPORT_HEADER, rows)
    await audit.record(principal, "responsibility.list_export", "responsibility_list", detail.id, org_id=detail.org_id,
                       detail={"rows": len(rows), "version": detail.version})
    return body, f"{detail.org_name}{detail.year}年责任清单.xlsx"
