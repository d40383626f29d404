"""`seed-demo`: a demo org tree, members and accounts, then each domain's own demo records. Idempotent."""

from __future__ import annotations

import random
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime

from miniapp_api.accounts.models import User
from miniapp_api.orgs.models import Member, MemberStatus, Organization, OrgKind, OrgType
from server.core.auth import Role, hash_password
from server.core.demo import DemoContext
from server.core.settings import Settings
from server.db import open_database

DEMO_ACCOUNTS = {
    "superadmin": ("admin", "Dangjian@2026", Role.SUPERADMIN, None),
    "branch_admin": ("zhibu", "Zhibu@2026", Role.ORG_ADMIN, "b_service"),
    "staff": ("staff", "Staff@2026", Role.STAFF, "committee"),
}
# key, parent key, name, kind, org type
ORG_TREE = [
    ("committee", None, "星海新区党工委", OrgKind.COMMITTEE, OrgType.DEV_ZONE),
    ("gb_gov", "committee", "新区机关党总支", OrgKind.GENERAL_BRANCH, OrgType.GOVERNMENT),
    ("gb_street", "committee", "星海街道党总支", OrgKind.GENERAL_BRANCH, OrgType.COMMUNITY),
    ("b_office", "gb_gov", "综合办公室党支部", OrgKind.BRANCH, OrgType.GOVERNMENT),
    ("b_service", "gb_gov", "政务服务中心党支部", OrgKind.BRANCH, OrgType.PUBLIC_INSTITUTION),
    ("b_community", "gb_street", "海棠社区党支部", OrgKind.BRANCH, OrgType.COMMUNITY),
    ("b_park", "gb_street", "智造产业园联合党支部", OrgKind.BRANCH, OrgType.DEV_ZONE),
    ("g_community1", "b_community", "海棠社区第一党小组", OrgKind.GROUP, OrgType.COMMUNITY),
]
MEMBERS_PER_BRANCH = {"b_office": 9, "b_service": 11, "b_community": 12, "b_park": 8}
_SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
_GIVEN = ["建国", "海燕", "志强", "秀英", "明", "丽", "伟", "芳", "军", "静", "磊", "婷", "勇", "霞", "杰", "娟", "涛", "敏", "超", "艳", "红梅", "晓东", "春生", "玉兰", "立新", "卫东", "淑珍", "国庆", "海军", "文华"]
_POSTS = [["书记"], ["副书记"], ["组织委员"], ["宣传委员"], ["纪检委员"]]

DemoLoader = Callable[[DemoContext], Awaitable[list[str]]]


def domain_loaders() -> list[DemoLoader]:
    """Each domain's demo loader, run after the base records exist (each is idempotent)."""
    from miniapp_api.evaluation.demo import load_demo as evaluation_demo
    from miniapp_api.learning.demo import load_demo as learning_demo
    from miniapp_api.partyday.demo import load_demo as partyday_demo

    return [evaluation_demo, partyday_demo, learning_demo, _knowledge_demo]


async def _knowledge_demo(ctx: DemoContext) -> list[str]:
    """The demo knowledge pack: FAQ cards written by us that name the articles they come from."""
    from knowledge.service import seed_demo_pack

    loaded = await seed_demo_pack()
    return [f"demo knowledge pack: {loaded} documents loaded" if loaded else "demo knowledge pack: already present"]


async def _orgs(ctx: DemoContext) -> None:
    for key, parent_key, name, kind, org_type in ORG_TREE:
        parent_id = ctx.orgs.get(parent_key) if parent_key else None
        org = await Organization.get_or_none(name=name, parent_id=parent_id)
        if org is None:
            parent = await Organization.get(id=parent_id) if parent_id else None
            org = await Organization.create(name=name, kind=kind, org_type=org_type, parent_id=parent_id,
                                            depth=parent.depth + 1 if parent else 0, region="星海新区")
            org.path = f"{parent.path if parent else '/'}{org.id}/"
            await org.save(update_fields=["path"])
        ctx.orgs[key] = org.id


async def _members(ctx: DemoContext) -> None:
    rng = random.Random(2026)
    serial = 0
    for key, count in MEMBERS_PER_BRANCH.items():
        ids = []
        for i in range(count):
            serial += 1
            phone = f"1380000{serial:04d}"
            member = await Member.get_or_none(phone=phone)
            if member is None:
                status = MemberStatus.FULL if i < count - 2 else (MemberStatus.PROBATIONARY if i == count - 2 else MemberStatus.ACTIVIST)
                org_id = ctx.orgs["g_community1"] if key == "b_community" and i >= 8 else ctx.orgs[key]
                member = await Member.create(
                    org_id=org_id, name=_SURNAMES[serial % len(_SURNAMES)] + rng.choice(_GIVEN), phone=phone,
                    status=status, posts=_POSTS[i] if i < len(_POSTS) else ["党员"],
                    joined_at=date(1985 + rng.randrange(38), rng.randrange(1, 13), rng.randrange(1, 28)),
                )
            ids.append(member.id)
        ctx.members[key] = ids


async def _accounts(ctx: DemoContext) -> list[str]:
    lines = []
    for slot, (username, password, role, org_key) in DEMO_ACCOUNTS.items():
        user = await User.get_or_none(username=username)
        if user is None:
            user = await User.create(username=username, password_hash=await hash_password(password), role=role,
                                     org_id=ctx.orgs[org_key] if org_key else None, display_name=username)
        setattr(ctx, f"{slot}_id", user.id)
        scope = "全部组织" if org_key is None else next(n for k, _, n, _, _ in ORG_TREE if k == org_key)
        lines.append(f"  {role.value:<11} 用户名 {username:<8} 密码 {password}  （{scope}）")
    return lines


async def load_demo(settings: Settings) -> list[str]:
    db = await open_database(settings.database_url, global_fallback=False)
    try:
        with db:
            ctx = DemoContext(settings=settings, now=datetime.now(UTC))
            await _orgs(ctx)
            await _members(ctx)
            lines = ["demo data ready", "demo accounts:", *await _accounts(ctx)]
            for loader in domain_loaders():
                lines += await loader(ctx)
            return lines
    finally:
        await db.close_connections()
