"""党建观察员 over HTTP: invitation and binding, ratings counted apart from citizens', 评议 notes → findings."""

from __future__ import annotations

from typing import Any

from aiohttp.test_utils import TestClient

from tests.factories import wechat_headers
from tests.miniapp_api.evaluation.helpers import new_code, new_point, rate
from tests.miniapp_api.supervision.helpers import World, make_world


async def code(resp: Any) -> str:
    return str((await resp.json())["error"]["code"])


async def invite(w: World, headers: dict[str, str], *orgs: int) -> dict[str, Any]:
    resp = await w.client.post(
        "/api/v1/supervision/observers",
        headers=headers,
        json={
            "committee_id": w.committee.id,
            "name": "李代表",
            "kind": "npc_deputy",
            "unit": "县人大常委会",
            "org_ids": list(orgs or (w.a.id,)),
        },
    )
    assert resp.status == 201, await resp.text()
    return dict(await resp.json())


async def bound_observer(w: World, headers: dict[str, str]) -> tuple[dict[str, Any], dict[str, str]]:
    observer = await invite(w, headers)
    user, _ = await wechat_headers(w.client)
    resp = await w.client.post("/api/v1/me/observer/bind", headers=user, json={"invite_code": observer["invite_code"]})
    assert resp.status == 200, await resp.text()
    return observer, user


async def test_an_observer_binds_with_the_invite_code_and_sees_his_orgs(client: TestClient) -> None:
    w = await make_world(client)
    lead = await w.admin("lead")
    point = await new_point(client, lead, w.a, "便民服务窗口")
    observer = await invite(w, lead)
    assert observer["invite_code"] and observer["is_bound"] is False and observer["kind_label"] == "人大代表"
    user, _ = await wechat_headers(client)
    not_yet = await client.get("/api/v1/me/observer", headers=user)
    assert (not_yet.status, await code(not_yet)) == (403, "supervision.not_observer")
    bound = await client.post("/api/v1/me/observer/bind", headers=user, json={"invite_code": observer["invite_code"]})
    assert bound.status == 200, await bound.text()
    me = await bound.json()
    assert [o["id"] for o in me["orgs"]] == [w.a.id]
    assert [p["name"] for p in me["orgs"][0]["points"]] == [point["name"]]
    other, _ = await wechat_headers(client)
    reused = await client.post("/api/v1/me/observer/bind", headers=other, json={"invite_code": observer["invite_code"]})
    assert (reused.status, await code(reused)) == (404, "supervision.bad_invite_code")
    listed = await client.get("/api/v1/supervision/observers", headers=lead)
    row = (await listed.json())["items"][0]
    assert (row["is_bound"], row["invite_code"]) == (True, None)
    # another committee's admin cannot invite observers for this one, nor assign its branches
    stranger = await w.admin("stranger", w.other)
    refused = await client.post(
        "/api/v1/supervision/observers",
        headers=stranger,
        json={"committee_id": w.other.id, "name": "王委员", "kind": "cppcc_member", "org_ids": [w.a.id]},
    )
    assert (refused.status, await code(refused)) == (403, "orgs.out_of_scope")


async def test_observer_ratings_are_counted_apart_from_citizens(client: TestClient) -> None:
    w = await make_world(client)
    lead = await w.admin("lead")
    code_a = await new_code(client, lead, (await new_point(client, lead, w.a))["id"])
    code_b = await new_code(client, lead, (await new_point(client, lead, w.b))["id"])
    observer, user = await bound_observer(w, lead)
    assert (await rate(client, code_a["token"], 2, rater=user)).status == 201  # on his org: an observer rating
    assert (await rate(client, code_b["token"], 5, rater=user)).status == 201  # not his org: a citizen's
    assert (await rate(client, code_a["token"], 5)).status == 201  # an anonymous visitor
    stats = await client.get("/api/v1/evaluation/stats", params={"org_id": w.committee.id}, headers=lead)
    body = await stats.json()
    assert body["total"] == 2 and body["distribution"]["2"] == 0
    assert body["observers"]["total"] == 1 and body["observers"]["distribution"]["2"] == 1
    assert body["observers"]["satisfaction_rate"] == 0.0
    ratings = await client.get("/api/v1/evaluation/ratings", params={"org_id": w.a.id}, headers=lead)
    kinds = sorted(r["rater_kind"] for r in (await ratings.json())["items"])
    assert kinds == ["anonymous", "observer"]
    # dismissed: his next rating of the same org is a citizen's again (the directory is refreshed at once)
    off = await client.patch(f"/api/v1/supervision/observers/{observer['id']}", headers=lead, json={"is_active": False})
    assert off.status == 200
    code_a2 = await new_code(client, lead, (await new_point(client, lead, w.a))["id"])
    assert (await rate(client, code_a2["token"], 4, rater=user)).status == 201
    again = await (await client.get("/api/v1/evaluation/stats", params={"org_id": w.a.id}, headers=lead)).json()
    assert (again["total"], again["observers"]["total"]) == (2, 1)


async def test_an_observer_note_becomes_a_finding_with_a_ticket(client: TestClient) -> None:
    w = await make_world(client)
    lead = await w.admin("lead")
    _, user = await bound_observer(w, lead)
    filed = await client.post(
        "/api/v1/me/observer/notes", headers=user, json={"org_id": w.a.id, "title": "窗口午休无人值守", "content": "12 点后无人"}
    )
    assert filed.status == 201, await filed.text()
    note = await filed.json()
    assert note["recheck_state"] == "rectifying"
    finding = await (await client.get(f"/api/v1/supervision/findings/{note['finding_id']}", headers=lead)).json()
    assert (finding["kind"], finding["org_id"], finding["ticket_status"]) == ("observer", w.a.id, "pending")
    assert finding["observer_id"] is not None and finding["can_edit"] is True
    elsewhere = await client.post(
        "/api/v1/me/observer/notes", headers=user, json={"org_id": w.b.id, "title": "问题", "content": "内容"}
    )
    assert (elsewhere.status, await code(elsewhere)) == (403, "supervision.not_assigned")
    citizen, _ = await wechat_headers(client)
    stranger = await client.post(
        "/api/v1/me/observer/notes", headers=citizen, json={"org_id": w.a.id, "title": "问题", "content": "内容"}
    )
    assert (stranger.status, await code(stranger)) == (403, "supervision.not_observer")
    # the branch rectifies, the committee re-checks (the standing observer inspection has no team)
    await w.rectify(finding["ticket_id"])
    branch = await w.recheck(await w.admin("branch", w.a), finding["id"], "close")
    assert (branch.status, await code(branch)) == (403, "orgs.out_of_scope")
    closed = await w.recheck(lead, finding["id"], "close")
    assert closed.status == 200, await closed.text()
    mine = await (await client.get("/api/v1/me/observer/notes", headers=user)).json()
    assert [(n["finding_id"], n["recheck_state"]) for n in mine["items"]] == [(note["finding_id"], "closed")]
    inspections = await (await client.get("/api/v1/supervision/inspections", headers=lead)).json()
    standing = [i for i in inspections["items"] if i["kind"] == "observer"]
    assert len(standing) == 1 and standing[0]["findings"] == 1
