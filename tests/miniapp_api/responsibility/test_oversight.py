"""约谈, 通报 with read receipts, 问责 against the 负面清单 (immutable, corrected by linked records) and 容错纠错."""

from __future__ import annotations

from miniapp_api.audit.models import AuditEntry
from miniapp_api.orgs.models import OrgKind
from miniapp_api.responsibility.models import Accountability
from tests.factories import admin_headers, make_member, make_org, member_headers
from tests.miniapp_api.responsibility.helpers import Tree, expect

DECISIONS = "/api/v1/responsibility/decisions"


async def _negative(t: Tree) -> int:
    out = await expect(
        await t.client.post("/api/v1/responsibility/negative-list", json={"title": "党建工作责任制落实不力"}, headers=t.super),
        201,
    )
    await expect(
        await t.client.post("/api/v1/responsibility/negative-list", json={"title": "党建工作责任制落实不力"}, headers=t.super),
        409,
        "responsibility.negative_item_exists",
    )
    await expect(
        await t.client.post("/api/v1/responsibility/negative-list", json={"title": "别的"}, headers=t.admin_c),
        403,
        "auth.forbidden",
    )
    return int(out["id"])


def _decision(t: Tree, negative_id: int, **extra: object) -> dict[str, object]:
    return {
        "org_id": t.a.id,
        "negative_item_id": negative_id,
        "subject": "甲书记",
        "measure": "通报批评",
        "reason": "连续两个季度未召开支委会",
        **extra,
    }


async def test_only_the_parent_decides_and_an_issued_decision_is_never_edited(tree: Tree) -> None:
    t, client = tree, tree.client
    negative = await _negative(t)
    await expect(
        await client.post(DECISIONS, json=_decision(t, negative), headers=t.admin_a), 403, "responsibility.parent_required"
    )
    await expect(await client.post(DECISIONS, json=_decision(t, negative), headers=t.admin_b), 403, "orgs.out_of_scope")
    await expect(
        await client.post(DECISIONS, json=_decision(t, 999999), headers=t.admin_c), 404, "responsibility.negative_item_not_found"
    )
    first = await expect(await client.post(DECISIONS, json=_decision(t, negative), headers=t.admin_c), 201)
    before = await Accountability.filter(id=first["id"]).values()

    for method in ("PATCH", "DELETE"):
        for who in (t.admin_c, t.super, t.admin_a):
            resp = await client.request(method, f"{DECISIONS}/{first['id']}", json={"measure": "诫勉谈话"}, headers=who)
            await expect(resp, 409, "responsibility.decision_immutable")
    await expect(
        await client.patch(f"{DECISIONS}/{first['id']}", json={"measure": "x"}, headers=t.admin_b), 403, "orgs.out_of_scope"
    )
    assert await Accountability.filter(id=first["id"]).values() == before

    # a correction is a new record linked to the one it corrects; the original stays as issued
    b_decision = await expect(
        await client.post(DECISIONS, json={**_decision(t, negative), "org_id": t.b.id}, headers=t.admin_c), 201
    )
    await expect(
        await client.post(DECISIONS, json=_decision(t, negative, corrects_id=b_decision["id"]), headers=t.admin_c),
        422,
        "responsibility.correction_mismatch",
    )
    fixed = await expect(
        await client.post(DECISIONS, json=_decision(t, negative, measure="诫勉谈话", corrects_id=first["id"]), headers=t.admin_c),
        201,
    )
    assert fixed["corrects_id"] == first["id"]
    await expect(
        await client.post(DECISIONS, json=_decision(t, negative, corrects_id=first["id"]), headers=t.admin_c),
        409,
        "responsibility.already_corrected",
    )
    original = await expect(await client.get(f"{DECISIONS}/{first['id']}", headers=t.admin_a), 200)
    assert (original["measure"], original["corrected_by_id"]) == ("通报批评", fixed["id"])
    page = await expect(await client.get(DECISIONS, headers=t.admin_a), 200)
    assert {d["id"] for d in page["items"]} == {first["id"], fixed["id"]}
    refused = await AuditEntry.filter(action="responsibility.decision_change_refused").count()
    issued = await AuditEntry.filter(action="responsibility.decision").count()
    assert (refused, issued) == (6, 3)


async def test_the_org_files_an_exemption_and_the_parent_decides_it_once(tree: Tree) -> None:
    t, client = tree, tree.client
    negative = await _negative(t)
    decision = await expect(await client.post(DECISIONS, json=_decision(t, negative), headers=t.admin_c), 201)
    body = {"decision_id": decision["id"], "reasons": "因疫情防控暂停集中活动，已线上补开"}
    url = "/api/v1/responsibility/exemptions"
    await expect(await client.post(url, json=body, headers=t.admin_c), 403, "responsibility.exemption_by_org")
    await expect(await client.post(url, json=body, headers=t.admin_b), 403, "orgs.out_of_scope")
    filed = await expect(await client.post(url, json=body, headers=t.admin_a), 201)
    assert filed["status"] == "pending"
    await expect(await client.post(url, json=body, headers=t.admin_a), 409, "responsibility.exemption_pending")
    decide = f"{url}/{filed['id']}/decision"
    await expect(await client.post(decide, json={"approve": True}, headers=t.admin_a), 403, "responsibility.parent_required")
    await expect(await client.post(decide, json={"approve": True}, headers=t.admin_b), 403, "orgs.out_of_scope")
    out = await expect(await client.post(decide, json={"approve": True, "note": "符合容错情形"}, headers=t.admin_c), 200)
    assert (out["status"], out["note"]) == ("approved", "符合容错情形")
    await expect(await client.post(decide, json={"approve": False}, headers=t.admin_c), 409, "responsibility.already_decided")
    shown = await expect(await client.get(f"{DECISIONS}/{decision['id']}", headers=t.admin_c), 200)
    assert (shown["measure"], [e["status"] for e in shown["exemptions"]]) == ("通报批评", ["approved"])
    assert await AuditEntry.filter(action__startswith="responsibility.exemption").count() == 2


async def test_circulars_reach_the_subtree_with_read_receipts_and_talks_are_recorded(tree: Tree) -> None:
    t, client = tree, tree.client
    group = await make_org(parent=t.a, kind=OrgKind.GROUP)
    in_group = await member_headers(client, await make_member(group, posts=["党员"]))
    elsewhere = await make_org()
    outsider = await member_headers(client, await make_member(elsewhere))
    outsider_admin = await admin_headers(client, elsewhere)
    c = await expect(
        await client.post(
            "/api/v1/responsibility/circulars",
            json={"org_id": t.c.id, "title": "关于一季度清单落实情况的通报", "body": "……"},
            headers=t.admin_c,
        ),
        201,
    )
    assert (c["orgs_total"], c["orgs_read"]) == (4, 0)
    read = f"/api/v1/responsibility/circulars/{c['id']}/read"
    for who in (outsider, outsider_admin):
        await expect(await client.post(read, headers=who), 404, "responsibility.circular_not_found")
    await expect(await client.post(read, headers=t.m_plain), 200)
    await expect(await client.post(read, headers=t.m_plain), 200)  # a second read keeps the first receipt
    out = await expect(await client.post(read, headers=in_group), 200)
    assert (out["orgs_read"], out["is_read"]) == (2, True)
    mine = await expect(await client.get("/api/v1/responsibility/me/circulars", headers=t.m_plain), 200)
    assert [(x["id"], x["is_read"]) for x in mine["items"]] == [(c["id"], True)]
    theirs = await expect(await client.get("/api/v1/responsibility/me/circulars", headers=outsider), 200)
    assert theirs["items"] == []
    detail = await expect(await client.get(f"/api/v1/responsibility/circulars/{c['id']}", headers=t.admin_c), 200)
    assert detail["receipts"][0]["reader_name"] == "甲党员"
    assert sorted(detail["unread_orgs"]) == sorted([t.c.name, t.b.name])
    # B's admin sees the circular addressed from above; A's circular to itself is not B's
    await expect(
        await client.post(
            "/api/v1/responsibility/circulars", json={"org_id": t.a.id, "title": "支部内部通报", "body": "……"}, headers=t.admin_a
        ),
        201,
    )
    titles = [
        x["title"] for x in (await expect(await client.get("/api/v1/responsibility/circulars", headers=t.admin_b), 200))["items"]
    ]
    assert titles == ["关于一季度清单落实情况的通报"]
    await expect(
        await client.post(
            "/api/v1/responsibility/circulars", json={"org_id": t.b.id, "title": "越权", "body": "……"}, headers=t.admin_a
        ),
        403,
        "orgs.out_of_scope",
    )

    talk = {
        "org_id": t.a.id,
        "talker": "党委书记",
        "talkee": "甲书记",
        "reason": "三会一课未按期召开",
        "follow_up": "一个月内补开",
        "talked_on": "2026-06-10",
    }
    await expect(await client.post("/api/v1/responsibility/talks", json=talk, headers=t.admin_b), 403, "orgs.out_of_scope")
    out = await expect(await client.post("/api/v1/responsibility/talks", json=talk, headers=t.admin_c), 201)
    assert (out["talkee"], out["follow_up"]) == ("甲书记", "一个月内补开")
    assert (await expect(await client.get("/api/v1/responsibility/talks", headers=t.admin_b), 200))["items"] == []
    assert len((await expect(await client.get("/api/v1/responsibility/talks", headers=t.admin_a), 200))["items"]) == 1
