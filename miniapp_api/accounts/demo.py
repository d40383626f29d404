"""Demo console accounts: a superadmin, a branch admin and a read-only staff member."""

from __future__ import annotations

from miniapp_api.accounts.models import User
from server.core.auth import Role, hash_password
from server.core.domains import DemoContext

DEMO_ACCOUNTS = {
    "superadmin": ("admin", "Dangjian@2026", Role.SUPERADMIN, None),
    "branch_admin": ("zhibu", "Zhibu@2026", Role.ORG_ADMIN, "b_service"),
    "staff": ("staff", "Staff@2026", Role.STAFF, "committee"),
}


async def _accounts(ctx: DemoContext) -> list[str]:
    lines = []
    for slot, (username, password, role, org_key) in DEMO_ACCOUNTS.items():
        user = await User.get_or_none(username=username)
        if user is None:
            user = await User.create(username=username, password_hash=await hash_password(password), role=role,
                                     org_id=ctx.orgs[org_key] if org_key else None, display_name=username)
        setattr(ctx, f"{slot}_id", user.id)
        scope = "全部组织" if org_key is None else ctx.org_names[org_key]
        lines.append(f"  {role.value:<11} 用户名 {username:<8} 密码 {password}  （{scope}）")
    return lines


async def load_demo(ctx: DemoContext) -> list[str]:
    return ["demo accounts:", *await _accounts(ctx)]
