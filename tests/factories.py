"""Small async builders for test data; they go through our services (never raw inserts)."""

from __future__ import annotations

import io
import itertools
from typing import Any

from aiohttp.test_utils import TestClient
from openpyxl import Workbook

from miniapp_api.accounts.schemas import AdminCreate
from miniapp_api.accounts.service import create_console_user
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import Member, MemberStatus, Organization, OrgKind, OrgType
from miniapp_api.orgs.schemas import MemberCreate, OrgCreate
from server.core.auth import Principal, Role

SYSTEM = Principal(0, Role.SUPERADMIN, name="tests")
_phones = itertools.count(1)
_names = itertools.count(1)
PASSWORD = "Passw0rd!test"


async def make_org(
    name: str | None = None, kind: OrgKind = OrgKind.BRANCH, parent: Organization | None = None,
    org_type: OrgType = OrgType.GOVERNMENT,
) -> Organization:
    if parent is None and kind is not OrgKind.COMMITTEE:
        parent = await make_org(kind=OrgKind.COMMITTEE)
    data = OrgCreate(name=name or f"组织{next(_names)}", kind=kind, parent_id=parent.id if parent else None, org_type=org_type)
    return await orgs.create_org(SYSTEM, data)


async def make_member(
    org: Organization, name: str | None = None, status: MemberStatus = MemberStatus.FULL, posts: list[str] | None = None,
    phone: str | None = None,
) -> Member:
    data = MemberCreate.model_validate({
        "name": name or f"党员{next(_names)}", "phone": phone or f"1390000{next(_phones):04d}",
        "status": status, "posts": posts or [],
    })
    return await orgs.create_member(SYSTEM, org.id, data)


async def login(client: TestClient, username: str, password: str = PASSWORD) -> dict[str, str]:
    resp = await client.post("/api/v1/auth/login", json={"username": username, "password": password})
    assert resp.status == 200, await resp.text()
    return {"Authorization": f"Bearer {(await resp.json())['access_token']}"}


async def admin_headers(client: TestClient, org: Organization | None = None, role: Role = Role.ORG_ADMIN) -> dict[str, str]:
    """A console account of `role` for `org` (superadmin when org is None), logged in over HTTP."""
    username = f"user{next(_names)}"
    if org is None:
        role = Role.SUPERADMIN
    await create_console_user(None, AdminCreate(username=username, password=PASSWORD, role=role, org_id=org.id if org else None))
    return await login(client, username)


async def wechat_headers(client: TestClient, openid: str | None = None) -> tuple[dict[str, str], dict[str, Any]]:
    """A WeChat user in stub mode (a citizen until bound)."""
    resp = await client.post("/api/v1/auth/wechat", json={"code": f"stub:{openid or f'openid-{next(_names)}'}"})
    assert resp.status == 200, await resp.text()
    body = await resp.json()
    return {"Authorization": f"Bearer {body['access_token']}"}, body


async def member_headers(client: TestClient, member: Member) -> dict[str, str]:
    """A WeChat user bound to `member` (role member)."""
    headers, _ = await wechat_headers(client)
    resp = await client.post("/api/v1/me/bind", json={"name": member.name, "phone": member.phone}, headers=headers)
    assert resp.status == 200, await resp.text()
    return {"Authorization": f"Bearer {(await resp.json())['access_token']}"}


ROSTER_HEADER = ["姓名", "手机号", "党员状态", "职务", "入党日期", "所属组织"]


def roster_xlsx(rows: list[list[object]], header: list[str] | None = None) -> bytes:
    """A member roster workbook in the import template's layout."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(header or ROSTER_HEADER)
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
