"""A small tree for the responsibility tests: 党委 C → 支部 A (secretary, a committee member, a plain member) and
支部 B, with their admins logged in over HTTP."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from aiohttp import ClientResponse, FormData
from aiohttp.test_utils import TestClient

from miniapp_api.orgs.models import Member, Organization, OrgKind
from tests.factories import admin_headers, make_member, make_org, member_headers
from tests.images import tiny_png

Headers = dict[str, str]


@dataclass
class Tree:
    client: TestClient
    c: Organization
    a: Organization
    b: Organization
    secretary: Member
    deputy: Member
    plain: Member
    secretary_b: Member
    admin_c: Headers
    admin_a: Headers
    admin_b: Headers
    super: Headers
    m_secretary: Headers
    m_deputy: Headers
    m_plain: Headers
    m_secretary_b: Headers


async def make_tree(client: TestClient) -> Tree:
    c = await make_org(kind=OrgKind.COMMITTEE)
    a, b = await make_org(parent=c), await make_org(parent=c)
    secretary = await make_member(a, "甲书记", posts=["书记"])
    deputy = await make_member(a, "甲组织委员", posts=["组织委员"])
    plain = await make_member(a, "甲党员", posts=["党员"])
    secretary_b = await make_member(b, "乙书记", posts=["书记"])
    return Tree(
        client,
        c,
        a,
        b,
        secretary,
        deputy,
        plain,
        secretary_b,
        await admin_headers(client, c),
        await admin_headers(client, a),
        await admin_headers(client, b),
        await admin_headers(client),
        await member_headers(client, secretary),
        await member_headers(client, deputy),
        await member_headers(client, plain),
        await member_headers(client, secretary_b),
    )


async def expect(resp: ClientResponse, status: int, code: str | None = None) -> Any:
    body = await resp.json() if resp.content_type == "application/json" else None
    assert resp.status == status, body
    if code is not None:
        assert body["error"]["code"] == code, body
    return body


def item_body(owner: Organization, **extra: Any) -> dict[str, Any]:
    return {
        "kind": "task",
        "title": "每季度召开支委会研究党建工作",
        "owner_org_id": owner.id,
        "owner_post": "书记",
        "due_date": "2026-12-31",
        "evidence_required": "会议记录",
        **extra,
    }


async def new_list(t: Tree, org: Organization, headers: Headers, year: int = 2026) -> dict[str, Any]:
    return await expect(
        await t.client.post("/api/v1/responsibility/lists", json={"org_id": org.id, "year": year}, headers=headers), 201
    )


async def add_item(t: Tree, list_id: int, headers: Headers, owner: Organization, **extra: Any) -> dict[str, Any]:
    return await expect(
        await t.client.post(f"/api/v1/responsibility/lists/{list_id}/items", json=item_body(owner, **extra), headers=headers), 201
    )


async def list_of(t: Tree, org: Organization, headers: Headers) -> dict[str, Any]:
    page = await expect(
        await t.client.get("/api/v1/responsibility/lists", params={"org_id": org.id, "year": 2026}, headers=headers), 200
    )
    mine = [x for x in page["items"] if x["org_id"] == org.id]
    assert len(mine) == 1, page
    return await expect(await t.client.get(f"/api/v1/responsibility/lists/{mine[0]['id']}", headers=headers), 200)


async def upload(t: Tree, headers: Headers, org: Organization | None = None) -> str:
    form = FormData()
    if org is not None:
        form.add_field("org_id", str(org.id))
    form.add_field("file", tiny_png(), filename="记录.png", content_type="image/png")
    return str((await expect(await t.client.post("/api/v1/evidence", data=form, headers=headers), 201))["token"])
