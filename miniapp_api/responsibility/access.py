"""Who stands where to an org: an admin's relation to it (own / above / none) and a member's place in it.

The rule every endpoint of the domain rests on: an org acts on its own records; only an org *above* one
(its parent or higher, or a superadmin) reviews, rates as the parent or decides about it.
"""

from __future__ import annotations

from typing import Literal

from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import Member, Organization
from server.core.auth import Principal, Role

Relation = Literal["own", "above", "none"]
CONSOLE = (Role.ORG_ADMIN, Role.SUPERADMIN, Role.STAFF)


async def relation(principal: Principal, org: Organization) -> Relation:
    """How a console user stands to `org`: his own org, an org above it, or outside his subtree."""
    if principal.role is Role.SUPERADMIN:
        return "above"
    if principal.role not in CONSOLE:
        return "none"
    root = await orgs.scope_root_path(principal)
    if root is None:
        return "above"
    if not org.path.startswith(root):
        return "none"
    return "own" if org.path == root else "above"


async def member_of(principal: Principal) -> Member | None:
    """The caller's active member record, if he is a bound member."""
    if principal.role is not Role.MEMBER or principal.member_id is None:
        return None
    return await Member.get_or_none(id=principal.member_id, is_active=True)


def has_post(member: Member, post: str) -> bool:
    return post in (member.posts or [])
