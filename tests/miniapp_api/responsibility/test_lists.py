"""Lists flow down the tree, an org never edits its parent's items, and signatures are per version."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from miniapp_api.audit.models import AuditEntry
from tests.miniapp_api.responsibility.helpers import Tree, add_item, expect, item_body, list_of, new_list


async def test_a_committee_issues_items_that_the_branch_sees_read_only_and_adds_its_own(tree: Tree) -> None:
    t, client = tree, tree.client
    c_list = await new_list(t, t.c, t.admin_c)
    issued = await add_item(t, c_list["id"], t.admin_c, t.a, indicator_key="partyday.cadence")
    assert (issued["owner_org_id"], issued["indicator_name"], issued["status"]) == (t.a.id, "三会一课按期召开率", "open")

    a_list = await list_of(t, t.a, t.admin_a)  # opened when the committee issued to A
    [seen] = a_list["items"]
    assert (seen["id"], seen["is_inherited"], seen["can_edit"], seen["list_org_id"]) == (issued["id"], True, False, t.c.id)
    resp = await client.patch(f"/api/v1/responsibility/items/{issued['id']}", json={"title": "改掉"}, headers=t.admin_a)
    await expect(resp, 403, "responsibility.parent_item")
    await expect(
        await client.patch(f"/api/v1/responsibility/items/{issued['id']}", json={"title": "改掉"}, headers=t.admin_b),
        403,
        "orgs.out_of_scope",
    )

    own = await add_item(
        t,
        a_list["id"],
        t.admin_a,
        t.a,
        kind="duty",
        title="落实一岗双责",
        owner_post="组织委员",
        is_dual_duty=True,
        due_date=None,
        cadence="每季度",
    )
    a_list = await list_of(t, t.a, t.admin_a)
    assert [(i["id"], i["is_inherited"], i["can_edit"]) for i in a_list["items"]] == [
        (issued["id"], True, False),
        (own["id"], False, True),
    ]
    # the committee's list shows what it issued; B sees nothing of A
    c_detail = await expect(await client.get(f"/api/v1/responsibility/lists/{c_list['id']}", headers=t.admin_c), 200)
    assert [i["id"] for i in c_detail["items"]] == [issued["id"]]
    await expect(await client.get(f"/api/v1/responsibility/lists/{a_list['id']}", headers=t.admin_b), 403, "orgs.out_of_scope")
    await expect(
        await client.get(f"/api/v1/responsibility/lists/{a_list['id']}", headers=t.m_secretary_b),
        404,
        "responsibility.list_not_found",
    )
    mine = await expect(await client.get("/api/v1/responsibility/me", headers=t.m_secretary), 200)
    assert [i["id"] for i in mine["items"]] == [issued["id"], own["id"]]

    # the list as xlsx: both items, the inherited one with the org that issued it; the export is audited
    resp = await client.get(f"/api/v1/responsibility/lists/{a_list['id']}/export.xlsx", headers=t.admin_a)
    assert resp.status == 200, await resp.text()
    rows = [[c.value for c in r] for r in load_workbook(io.BytesIO(await resp.read())).active.iter_rows(min_row=2)]
    assert [(r[1], r[2], r[4], r[5]) for r in rows] == [
        (issued["title"], t.c.name, issued["owner_post"], None),
        ("落实一岗双责", t.a.name, "组织委员", "是"),
    ]
    assert await AuditEntry.filter(action="responsibility.list_export", org_id=t.a.id).count() == 1


async def test_bad_items_are_refused_and_nothing_is_saved(tree: Tree) -> None:
    t, client = tree, tree.client
    c_list = await new_list(t, t.c, t.admin_c)
    a_list = await new_list(t, t.a, t.admin_a)
    await expect(
        await client.post("/api/v1/responsibility/lists", json={"org_id": t.a.id, "year": 2026}, headers=t.admin_c),
        409,
        "responsibility.list_exists",
    )
    await expect(
        await client.post("/api/v1/responsibility/lists", json={"org_id": t.b.id, "year": 2026}, headers=t.admin_a),
        403,
        "orgs.out_of_scope",
    )
    cases = [
        (a_list["id"], t.admin_a, item_body(t.a, due_date="2027-01-01"), 422, "responsibility.deadline_outside_year"),
        (a_list["id"], t.admin_a, item_body(t.a, due_date="2025-12-31"), 422, "responsibility.deadline_outside_year"),
        (a_list["id"], t.admin_a, item_body(t.b), 403, "responsibility.owner_outside_list"),
        (a_list["id"], t.admin_a, item_body(t.c), 403, "responsibility.owner_outside_list"),
        (c_list["id"], t.admin_a, item_body(t.a), 403, "orgs.out_of_scope"),
        (a_list["id"], t.admin_b, item_body(t.a), 403, "orgs.out_of_scope"),
        (a_list["id"], t.admin_a, item_body(t.a, kind="problem"), 422, "responsibility.source_required"),
        (
            a_list["id"],
            t.admin_a,
            item_body(t.a, kind="problem", source_type="rectification", source_id=999999),
            404,
            "rectification.not_found",
        ),
        (a_list["id"], t.admin_a, item_body(t.a, owner_post="处长"), 422, "validation_error"),
        (a_list["id"], t.admin_a, item_body(t.a, indicator_key="nonsense"), 422, "validation_error"),
    ]
    for list_id, headers, body, status, code in cases:
        await expect(await client.post(f"/api/v1/responsibility/lists/{list_id}/items", json=body, headers=headers), status, code)
    for lst in (c_list, a_list):
        detail = await expect(await client.get(f"/api/v1/responsibility/lists/{lst['id']}", headers=t.admin_c), 200)
        assert (detail["items"], detail["version"]) == ([], 1)
    problem = await add_item(t, a_list["id"], t.admin_a, t.a, kind="problem", source_type="finding", source_id=12)
    assert (problem["kind_label"], problem["source_type"], problem["source_id"]) == ("问题清单", "finding", 12)
    item = await add_item(t, a_list["id"], t.admin_a, t.a)
    await expect(
        await client.patch(f"/api/v1/responsibility/items/{item['id']}", json={"due_date": "2027-03-01"}, headers=t.admin_a),
        422,
        "responsibility.deadline_outside_year",
    )


async def test_owners_sign_the_current_version_and_an_edit_asks_for_a_new_signature(tree: Tree) -> None:
    t, client = tree, tree.client
    c_list = await new_list(t, t.c, t.admin_c)
    issued = await add_item(t, c_list["id"], t.admin_c, t.a)
    a_list = await list_of(t, t.a, t.admin_a)
    await add_item(t, a_list["id"], t.admin_a, t.a, owner_post="组织委员", due_date="2026-09-30")
    a_list = await list_of(t, t.a, t.admin_a)
    version = a_list["version"]
    assert [s["member_name"] for s in a_list["signers"]] == ["甲书记", "甲组织委员"]
    assert (a_list["signers_signed"], a_list["is_signed"]) == (0, False)
    sign = f"/api/v1/responsibility/lists/{a_list['id']}/sign"

    await expect(
        await client.post(sign, json={"version": version - 1}, headers=t.m_secretary), 409, "responsibility.stale_version"
    )
    signed = await expect(await client.post(sign, json={"version": version}, headers=t.m_secretary), 201)
    assert (signed["member_name"], signed["version"]) == ("甲书记", version)
    await expect(await client.post(sign, json={"version": version}, headers=t.m_secretary), 409, "responsibility.already_signed")
    await expect(await client.post(sign, json={"version": version}, headers=t.m_plain), 403, "responsibility.not_owner")
    await expect(
        await client.post(sign, json={"version": version}, headers=t.m_secretary_b), 404, "responsibility.list_not_found"
    )
    await expect(await client.post(sign, json={"version": version}, headers=t.admin_a), 403, "auth.member_required")
    await expect(await client.post(sign, json={"version": version}, headers=t.m_deputy), 201)

    # the parent sees the signing state of its subtree
    page = await expect(await client.get("/api/v1/responsibility/lists", params={"year": 2026}, headers=t.admin_c), 200)
    state = {x["org_id"]: (x["signers_signed"], x["signers_total"], x["is_signed"]) for x in page["items"]}
    assert state[t.a.id] == (2, 2, True)

    # the committee edits what it issued: A's list gets a new version and both must sign again
    await expect(
        await client.patch(f"/api/v1/responsibility/items/{issued['id']}", json={"title": "每季度召开支委会"}, headers=t.admin_c),
        200,
    )
    a_list = await list_of(t, t.a, t.admin_c)
    assert a_list["version"] == version + 1 and not a_list["is_signed"]
    assert [(s["signed_version"], s["is_current"]) for s in a_list["signers"]] == [(version, False), (version, False)]
    await expect(await client.post(sign, json={"version": version}, headers=t.m_secretary), 409, "responsibility.stale_version")
    await expect(await client.post(sign, json={"version": version + 1}, headers=t.m_secretary), 201)
    a_list = await list_of(t, t.a, t.admin_c)
    assert a_list["signers_signed"] == 1
    assert [(s["member_name"], s["version"]) for s in a_list["signatures"]] == [
        ("甲书记", version),
        ("甲组织委员", version),
        ("甲书记", version + 1),
    ]


async def test_an_edit_with_nulls_clears_what_may_be_empty_and_keeps_the_rest(tree: Tree) -> None:
    t, client = tree, tree.client
    a_list = await new_list(t, t.a, t.admin_a)
    item = await add_item(t, a_list["id"], t.admin_a, t.a, cadence="每季度")
    body = {"title": None, "owner_post": None, "is_dual_duty": None, "cadence": None, "evidence_required": None, "due_date": None}
    out = await expect(await client.patch(f"/api/v1/responsibility/items/{item['id']}", json=body, headers=t.admin_a), 200)
    assert (out["title"], out["owner_post"], out["cadence"], out["evidence_required"], out["due_date"]) == (
        item["title"],
        "书记",
        "",
        "",
        None,
    )
