"""Demo data of organisations: the demo org tree (a 党工委 with two 党总支, four branches and a 党小组) and its members."""

from __future__ import annotations

import random
from datetime import date

from miniapp_api.orgs.models import Member, MemberStatus, Organization, OrgKind, OrgType
from server.core.domains import DemoContext

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


async def _org_tree(ctx: DemoContext) -> None:
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
        ctx.org_names[key] = org.name


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


async def load_demo(ctx: DemoContext) -> list[str]:
    """The org tree and members every other domain's demo builds on (fills ctx.orgs and ctx.members)."""
    await _org_tree(ctx)
    await _members(ctx)
    return [f"demo org tree: {len(ctx.orgs)} organisations, {sum(len(v) for v in ctx.members.values())} members"]
