"""Demo console accounts: a superadmin, a branch admin and a read-only staff member."""

from __future__ import annotations

from miniapp_api.accounts.models import User
from miniapp_api.orgs.models import Member
from server.core.auth import Role, hash_password
from server.core.domains import DemoContext

DEMO_ACCOUNTS = {
    "superadmin": ("admin", "Dangjian@2026", Role.SUPERADMIN, None),
    "branch_admin": ("zhibu", "Zhibu@2026", Role.ORG_ADMIN, "b_service"),
    "staff": ("staff", "Staff@2026", Role.STAFF, "committee"),
}


async def _display_names(ctx: DemoContext) -> dict[str, str]:
    """People's names, not login names: the branch admin is the branch's secretary (the first demo member)."""
    secretary = ctx.members.get("b_service", [])
    name = await Member.filter(id=secretary[0]).values_list("name", flat=True) if secretary else []
    return {"superadmin": "系统管理员", "branch_admin": str(name[0]) if name else "支部书记", "staff": "周敏"}


async def _accounts(ctx: DemoContext) -> list[str]:
    lines = []
    names = await _display_names(ctx)
    for slot, (username, password, role, org_key) in DEMO_ACCOUNTS.items():
        user = await User.get_or_none(username=username)
        if user is None:
            user = await User.create(username=username, password_hash=await hash_password(password), role=role,
                                     org_id=ctx.orgs[org_key] if org_key else None, display_name=names[slot])
        setattr(ctx, f"{slot}_id", user.id)
        scope = "全部组织" if org_key is None else ctx.org_names[org_key]
        lines.append(f"  {role.value:<11} 用户名 {username:<8} 密码 {password}  （{scope}）")
    return lines


async def load_demo(ctx: DemoContext) -> list[str]:
    return ["demo accounts:", *await _accounts(ctx)]
