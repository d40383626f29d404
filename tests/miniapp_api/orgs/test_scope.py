"""The subtree access matrix: an admin of branch A never reads or changes branch B."""

from __future__ import annotations

import pytest
from aiohttp.test_utils import TestClient

from miniapp_api.orgs.models import OrgKind
from server.core.auth import Role
from tests.factories import admin_headers, make_member, make_org


@pytest.fixture
async def tree(client: TestClient) -> dict:
    committee = await make_org("党委", OrgKind.COMMITTEE)
    general = await make_org("总支", OrgKind.GENERAL_BRANCH, committee)
    a = await make_org("支部A", OrgKind.BRANCH, general)
    b = await make_org("支部B", OrgKind.BRANCH, committee)
    group_a = await make_org("小组A", OrgKind.GROUP, a)
    return {"committee": committee, "general": general, "a": a, "b": b, "group_a": group_a,
            "member_a": await make_member(a), "member_b": await make_member(b), "member_ga": await make_member(group_a)}


# (admin of, target org, allowed)
MATRIX = [
    ("committee", "a", True), ("committee", "b", True), ("committee", "group_a", True),
    ("general", "a", True), ("general", "group_a", True), ("general", "b", False), ("general", "committee", False),
    ("a", "a", True), ("a", "group_a", True), ("a", "b", False), ("a", "general", False), ("a", "committee", False),
    ("b", "a", False), ("b", "group_a", False), ("b", "b", True),
]


@pytest.mark.parametrize(("admin_of", "target", "allowed"), MATRIX)
async def test_org_endpoints_follow_the_subtree(client: TestClient, tree: dict, admin_of: str, target: str, allowed: bool) -> None:
    headers = await admin_headers(client, tree[admin_of])
    org_id = tree[target].id
    calls = [
        client.get(f"/api/v1/orgs/{org_id}", headers=headers),
        client.get(f"/api/v1/orgs/{org_id}/members", headers=headers),
        client.patch(f"/api/v1/orgs/{org_id}", json={"region": "某地"}, headers=headers),
        client.post(f"/api/v1/orgs/{org_id}/members", json={"name": "新人", "phone": f"1370000{org_id:04d}"}, headers=headers),
        client.get(f"/api/v1/orgs/{org_id}/members/export.xlsx", headers=headers),
    ]
    for call in calls:
        resp = await call
        if allowed:
            assert resp.status in (200, 201), await resp.text()
        else:
            assert resp.status == 403, await resp.text()
            assert (await resp.json())["error"]["code"] == "orgs.out_of_scope"


@pytest.mark.parametrize(("admin_of", "member", "allowed"), [
    ("a", "member_a", True), ("a", "member_ga", True), ("a", "member_b", False), ("b", "member_a", False),
    ("committee", "member_b", True),
])
async def test_member_endpoints_follow_the_subtree(client: TestClient, tree: dict, admin_of: str, member: str, allowed: bool) -> None:
    headers = await admin_headers(client, tree[admin_of])
    mid = tree[member].id
    for resp in [
        await client.get(f"/api/v1/members/{mid}", headers=headers),
        await client.patch(f"/api/v1/members/{mid}", json={"posts": ["宣传委员"]}, headers=headers),
    ]:
        assert resp.status == (200 if allowed else 403)


async def test_staff_may_read_but_not_write(client: TestClient, tree: dict) -> None:
    headers = await admin_headers(client, tree["a"], role=Role.STAFF)
    assert (await client.get(f"/api/v1/orgs/{tree['a'].id}/members", headers=headers)).status == 200
    resp = await client.post(f"/api/v1/orgs/{tree['a'].id}/members", json={"name": "x", "phone": "13700000099"}, headers=headers)
    assert resp.status == 403


async def test_tree_shows_only_the_subtree(client: TestClient, tree: dict) -> None:
    headers = await admin_headers(client, tree["general"])
    roots = (await (await client.get("/api/v1/orgs/tree", headers=headers)).json())["roots"]
    assert [r["name"] for r in roots] == ["总支"]
    assert [c["name"] for c in roots[0]["children"]] == ["支部A"]
    assert roots[0]["children"][0]["member_count"] == 1
    everything = await admin_headers(client)
    roots = (await (await client.get("/api/v1/orgs/tree", headers=everything)).json())["roots"]
    assert roots[0]["name"] == "党委" and len(roots[0]["children"]) == 2


async def test_an_admin_cannot_move_an_org_out_of_his_subtree(client: TestClient, tree: dict) -> None:
    headers = await admin_headers(client, tree["general"])
    resp = await client.patch(f"/api/v1/orgs/{tree['a'].id}", json={"parent_id": tree["committee"].id}, headers=headers)
    assert resp.status == 403


async def test_moving_next_to_a_namesake_is_a_conflict_not_a_500(client: TestClient, tree: dict) -> None:
    """Found by schemathesis: the name check ran only on renames, so a move hit the unique index."""
    headers = await admin_headers(client)
    namesake = await make_org(tree["a"].name, OrgKind.BRANCH, tree["committee"])
    resp = await client.patch(f"/api/v1/orgs/{tree['a'].id}", json={"parent_id": tree["committee"].id}, headers=headers)
    assert resp.status == 409 and (await resp.json())["error"]["code"] == "orgs.duplicate_name"
    moved = await (await client.get(f"/api/v1/orgs/{tree['a'].id}", headers=headers)).json()
    assert moved["parent_id"] == tree["general"].id  # nothing half-moved
    assert namesake.id != tree["a"].id


async def test_move_rewrites_the_paths_of_the_whole_subtree(client: TestClient, tree: dict) -> None:
    headers = await admin_headers(client)
    resp = await client.patch(f"/api/v1/orgs/{tree['a'].id}", json={"parent_id": tree["committee"].id}, headers=headers)
    assert resp.status == 200
    assert (await resp.json())["depth"] == 1
    # the general branch's admin no longer reaches the moved branch or its group
    general_admin = await admin_headers(client, tree["general"])
    assert (await client.get(f"/api/v1/orgs/{tree['group_a'].id}", headers=general_admin)).status == 403
    group = await (await client.get(f"/api/v1/orgs/{tree['group_a'].id}", headers=headers)).json()
    assert group["depth"] == 2
    # never under its own descendant
    bad = await client.patch(f"/api/v1/orgs/{tree['a'].id}", json={"parent_id": tree["group_a"].id}, headers=headers)
    assert bad.status == 400


async def test_kind_rules_and_root_creation(client: TestClient, tree: dict) -> None:
    branch_admin = await admin_headers(client, tree["a"])
    resp = await client.post("/api/v1/orgs", json={"name": "新小组", "kind": "group", "parent_id": tree["a"].id}, headers=branch_admin)
    assert resp.status == 201
    resp = await client.post("/api/v1/orgs", json={"name": "错层", "kind": "committee", "parent_id": tree["a"].id}, headers=branch_admin)
    assert resp.status == 400 and (await resp.json())["error"]["code"] == "orgs.bad_parent"
    resp = await client.post("/api/v1/orgs", json={"name": "顶级", "kind": "committee"}, headers=branch_admin)
    assert resp.status == 403
    dup = await client.post("/api/v1/orgs", json={"name": "新小组", "kind": "group", "parent_id": tree["a"].id}, headers=branch_admin)
    assert dup.status == 409
