"""Org tree and roster rules: subtree scoping, moves, member CRUD and search."""

from __future__ import annotations

from collections import Counter
from typing import Any

from tortoise.exceptions import IntegrityError

from miniapp_api.audit import service as audit
from miniapp_api.orgs.models import ALLOWED_PARENTS, KIND_LABELS, STATUS_LABELS, Member, Organization, OrgKind
from miniapp_api.orgs.schemas import (
    MemberCreate,
    MemberOut,
    MemberQuery,
    MemberUpdate,
    OrgCreate,
    OrgNode,
    OrgOut,
    OrgUpdate,
    check_phone,
    mask_phone,
)
from server.core.auth import Principal, Role
from server.core.database import in_transaction
from server.core.errors import BadRequest, Conflict, Forbidden, NotFound


class OrgNotFound(NotFound):
    code = "orgs.not_found"
    message = "组织不存在"


class MemberNotFound(NotFound):
    code = "orgs.member_not_found"
    message = "党员不存在"


class OutOfScope(Forbidden):
    code = "orgs.out_of_scope"
    message = "只能管理本组织及下级组织的数据"


class DuplicatePhone(Conflict):
    code = "orgs.duplicate_phone"
    message = "该手机号已登记为党员"


class BadParent(BadRequest):
    code = "orgs.bad_parent"
    message = "上级组织不符合层级要求"


class DuplicateOrgName(Conflict):
    code = "orgs.duplicate_name"
    message = "同级下已有同名组织"


class RootRequiresSuperadmin(Forbidden):
    code = "orgs.root_requires_superadmin"
    message = "只有超级管理员可以创建顶级组织"


async def get_org(org_id: int) -> Organization:
    org = await Organization.get_or_none(id=org_id, is_active=True)
    if org is None:
        raise OrgNotFound()
    return org


async def scope_root_path(principal: Principal) -> str | None:
    """The path prefix this principal may see; None means everything (superadmin)."""
    if principal.role is Role.SUPERADMIN:
        return None
    if principal.org_id is None or principal.role not in (Role.ORG_ADMIN, Role.STAFF):
        raise Forbidden()
    org = await Organization.get_or_none(id=principal.org_id).only("id", "path")
    if org is None:
        raise Forbidden()
    return org.path


async def scope_path(principal: Principal, org_id: int | None) -> str | None:
    """The subtree a list is narrowed to: the chosen org's path (checked against the principal's scope), else the
    principal's whole scope (None: everything, for a superadmin)."""
    if org_id is not None:
        return (await ensure_scope(principal, org_id)).path
    return await scope_root_path(principal)


def in_scope(root_path: str | None, org: Organization) -> bool:
    return root_path is None or org.path.startswith(root_path)


async def ensure_scope(principal: Principal, org_id: int) -> Organization:
    """The org, if it exists and lies in the principal's subtree; the one check every admin endpoint uses."""
    root = await scope_root_path(principal)
    org = await get_org(org_id)
    if not in_scope(root, org):
        raise OutOfScope()
    return org


async def subtree_ids(org: Organization) -> list[int]:
    return await Organization.filter(path__startswith=org.path, is_active=True).values_list("id", flat=True)  # type: ignore[return-value]


async def subtree_of(org_id: int) -> list[int]:
    """The org and every active org below it (the ORG_SUBTREE hook); [] for an unknown org."""
    org = await Organization.get_or_none(id=org_id).only("id", "path")
    return await subtree_ids(org) if org is not None else []


def org_out(org: Organization) -> OrgOut:
    return OrgOut.model_validate({**_org_fields(org), "kind_label": KIND_LABELS[org.kind]})


def _org_fields(org: Organization) -> dict[str, Any]:
    return {k: getattr(org, k) for k in ("id", "name", "kind", "org_type", "region", "parent_id", "depth", "created_at")}


async def _check_parent(principal: Principal, kind: OrgKind, parent_id: int | None) -> Organization | None:
    if parent_id is None:
        if principal.role is not Role.SUPERADMIN:
            raise RootRequiresSuperadmin()
        parent = None
    else:
        parent = await ensure_scope(principal, parent_id)
    if (parent.kind if parent else None) not in ALLOWED_PARENTS[kind]:
        raise BadParent(details={"kind": str(kind), "parent_kind": parent.kind.value if parent else None})
    return parent


async def create_org(principal: Principal, data: OrgCreate) -> Organization:
    parent = await _check_parent(principal, data.kind, data.parent_id)
    if await Organization.filter(parent_id=data.parent_id, name=data.name).exists():
        raise DuplicateOrgName()
    async with in_transaction():
        org = await Organization.create(
            name=data.name, kind=data.kind, org_type=data.org_type, region=data.region,
            parent_id=data.parent_id, depth=(parent.depth + 1) if parent else 0,
        )
        org.path = f"{parent.path if parent else '/'}{org.id}/"
        await org.save(update_fields=["path"])
        await audit.record(principal, "org.create", "organization", org.id, org_id=org.id, detail={"name": org.name})
    return org


async def update_org(principal: Principal, org_id: int, data: OrgUpdate) -> Organization:
    org = await ensure_scope(principal, org_id)
    changes = data.model_dump(exclude_unset=True)
    async with in_transaction():
        if "parent_id" in changes and changes["parent_id"] != org.parent_id:
            await _move(principal, org, changes.pop("parent_id"))
        changes.pop("parent_id", None)
        name = changes.get("name") or org.name  # under its (possibly new) parent: a move can collide too
        if await Organization.filter(parent_id=org.parent_id, name=name).exclude(id=org.id).exists():
            raise DuplicateOrgName()
        for key, value in changes.items():
            if value is not None:
                setattr(org, key, value)
        try:
            await org.save()
        except IntegrityError:  # a concurrent rename won the race for the name
            raise DuplicateOrgName() from None
        await audit.record(principal, "org.update", "organization", org.id, org_id=org.id, detail={"changes": list(data.model_dump(exclude_unset=True))})
    return org


async def _move(principal: Principal, org: Organization, new_parent_id: int | None) -> None:
    if new_parent_id is None:
        raise BadParent("不能移动为顶级组织")
    root = await scope_root_path(principal)
    if root is not None and org.path == root:
        raise OutOfScope("不能移动本人所在的组织")
    parent = await _check_parent(principal, org.kind, new_parent_id)
    assert parent is not None
    if parent.path.startswith(org.path):
        raise BadParent("不能移动到自己的下级组织之下")
    old_path, new_path = org.path, f"{parent.path}{org.id}/"
    shift = parent.depth + 1 - org.depth
    descendants = await Organization.filter(path__startswith=old_path).exclude(id=org.id)
    for node in descendants:
        node.path = new_path + node.path[len(old_path):]
        node.depth += shift
    if descendants:
        await Organization.bulk_update(descendants, fields=["path", "depth"])
    org.parent_id, org.path, org.depth = parent.id, new_path, parent.depth + 1


async def org_tree(principal: Principal) -> list[OrgNode]:
    """The principal's visible subtree(s) as nested nodes with member counts (two queries)."""
    root = await scope_root_path(principal)
    qs = Organization.filter(is_active=True)
    if root is not None:
        qs = qs.filter(path__startswith=root)
    orgs = await qs.order_by("depth", "id")
    rows = await Member.filter(is_active=True, org_id__in=[o.id for o in orgs]).values_list("org_id", flat=True)
    counts = Counter(int(str(oid)) for oid in rows)
    nodes = {o.id: OrgNode.model_validate({**_org_fields(o), "kind_label": KIND_LABELS[o.kind], "member_count": counts.get(o.id, 0)}) for o in orgs}
    roots: list[OrgNode] = []
    for o in orgs:
        parent = nodes.get(o.parent_id) if o.parent_id else None
        (parent.children if parent else roots).append(nodes[o.id])
    return roots


# ---- members -------------------------------------------------------------------------------


async def get_member(principal: Principal, member_id: int) -> Member:
    member = await Member.get_or_none(id=member_id, is_active=True).prefetch_related("org")
    if member is None:
        raise MemberNotFound()
    root = await scope_root_path(principal)
    if not in_scope(root, member.org):
        raise OutOfScope()
    return member


def member_out(member: Member, bound_ids: set[int] | frozenset[int] = frozenset()) -> MemberOut:
    org = member.org if isinstance(member.org, Organization) else None
    return MemberOut(
        id=member.id, org_id=member.org_id, org_name=org.name if org else "", name=member.name,
        phone_masked=mask_phone(member.phone), status=member.status, status_label=STATUS_LABELS[member.status],
        posts=list(member.posts or []), joined_at=member.joined_at, is_bound=member.id in bound_ids,
    )


async def create_member(principal: Principal, org_id: int, data: MemberCreate) -> Member:
    org = await ensure_scope(principal, org_id)
    if await Member.filter(phone=data.phone).exists():
        raise DuplicatePhone()
    async with in_transaction():
        member = await Member.create(org=org, name=data.name, phone=data.phone, status=data.status,
                                     posts=[p.value for p in data.posts], joined_at=data.joined_at)
        await audit.record(principal, "member.create", "member", member.id, org_id=org.id, detail={"name": data.name})
    member.org = org
    return member


async def update_member(principal: Principal, member_id: int, data: MemberUpdate) -> Member:
    member = await get_member(principal, member_id)
    changes = data.model_dump(exclude_unset=True, exclude_none=True)
    if "org_id" in changes:
        member.org = await ensure_scope(principal, changes.pop("org_id"))
    if "phone" in changes and await Member.filter(phone=changes["phone"]).exclude(id=member.id).exists():
        raise DuplicatePhone()
    if "posts" in changes:
        changes["posts"] = [str(p) for p in changes["posts"]]
    for key, value in changes.items():
        setattr(member, key, value)
    async with in_transaction():
        await member.save()
        await audit.record(principal, "member.update", "member", member.id, org_id=member.org_id,
                           detail={"changes": sorted(data.model_dump(exclude_unset=True))})
    return member


async def delete_member(principal: Principal, member_id: int) -> Member:
    """Deactivate (records that refer to the member keep their history); frees the phone number.

    Ending the member's sign-ins is the accounts domain's part: call `accounts.service.deactivate_member`."""
    member = await get_member(principal, member_id)
    async with in_transaction():
        member.is_active = False
        member.phone = f"x{member.id}:{member.phone}"[:20]
        await member.save(update_fields=["is_active", "phone", "updated_at"])
        await audit.record(principal, "member.delete", "member", member.id, org_id=member.org_id)
    return member


def _phone_query(text: str) -> tuple[bool, str | None]:
    """(is a phone search, the complete number or None). Only a whole number finds anyone: digit fragments
    would let a reader recover masked numbers digit by digit."""
    digits = text.replace(" ", "").replace("-", "").removeprefix("+86")
    if not digits.isdigit():
        return False, None
    try:
        return True, check_phone(digits)
    except ValueError:
        return True, None


async def list_members(principal: Principal, org_id: int, q: MemberQuery) -> tuple[list[Member], int]:
    org = await ensure_scope(principal, org_id)
    qs = Member.filter(is_active=True)
    qs = qs.filter(org__path__startswith=org.path) if q.subtree else qs.filter(org_id=org.id)
    if q.status:
        qs = qs.filter(status=q.status)
    is_phone, phone = _phone_query(q.q or "")
    if is_phone:
        qs = qs.filter(phone=phone) if phone else qs.filter(id=0)  # a fragment matches no one
    elif q.q:
        qs = qs.filter(name__contains=q.q)
    total = await qs.count()
    rows = await qs.order_by("org_id", "id").offset(q.offset).limit(q.page_size).prefetch_related("org")
    if is_phone:  # every lookup by number is on record, found or not (the number itself only masked)
        await audit.record(principal, "member.search_phone", "organization", org.id, org_id=org.id,
                           detail={"number": mask_phone(phone) if phone else None, "complete": phone is not None,
                                   "matches": total})
    return rows, total
