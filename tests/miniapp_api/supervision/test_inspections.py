"""督查 over HTTP: the reproducible random draw, finding → ticket → 整改 → re-check, reopening and the flag, who may
edit a finding."""

from __future__ import annotations

from datetime import timedelta

from aiohttp import FormData, web
from aiohttp.test_utils import TestClient

from server.core.appkeys import CLOCK, SETTINGS
from server.core.indicators import warnings_of
from tests.images import tiny_png
from tests.miniapp_api.supervision.helpers import make_world


def upload(org_id: int, content: bytes, filename: str) -> FormData:
    form = FormData()
    form.add_field("org_id", str(org_id))
    form.add_field("file", content, filename=filename, content_type="application/octet-stream")
    return form


async def code(resp: object) -> str:
    return str((await resp.json())["error"]["code"])  # type: ignore[attr-defined]


async def test_the_random_draw_is_reproducible_from_its_seed(client: TestClient) -> None:
    w = await make_world(client)
    lead = await w.admin("lead")
    team = await w.team(lead)
    first = await w.inspection(lead, team["id"], kind="random", org_ids=[], sample_size=3, seed=20261201)
    again = await w.inspection(lead, team["id"], kind="random", org_ids=[], sample_size=3, seed=20261201)
    drawn = [t["org_id"] for t in first["targets"]]
    assert drawn == [t["org_id"] for t in again["targets"]]
    assert len(drawn) == 3 and set(drawn) <= {b.id for b in w.branches}
    seeds = {}
    for seed in range(20):  # other seeds draw other branches (not always the same three)
        out = await w.inspection(lead, team["id"], kind="random", org_ids=[], sample_size=3, seed=seed)
        seeds[seed] = tuple(t["org_id"] for t in out["targets"])
    assert len(set(seeds.values())) > 1
    # no seed given: the one the system chose is stored and reproduces the draw
    chosen = await w.inspection(lead, team["id"], kind="random", org_ids=[], sample_size=2)
    assert chosen["seed"] is not None
    replay = await w.inspection(lead, team["id"], kind="random", org_ids=[], sample_size=2, seed=chosen["seed"])
    assert replay["targets"] == chosen["targets"]
    # a sample larger than the subtree draws every branch once
    everything = await w.inspection(lead, team["id"], kind="random", org_ids=[], sample_size=50, seed=1)
    assert sorted(t["org_id"] for t in everything["targets"]) == sorted(b.id for b in w.branches)
    missing = await client.post(
        "/api/v1/supervision/inspections", headers=lead, json={"team_id": team["id"], "kind": "random", "title": "抽查"}
    )
    assert (missing.status, await code(missing)) == (400, "supervision.targets_required")


async def test_a_finding_opens_a_ticket_that_the_inspectors_close_after_rectification(client: TestClient) -> None:
    w = await make_world(client)
    lead = await w.admin("lead")
    team = await w.team(lead)
    ins = await w.inspection(lead, team["id"])
    resp = await client.post("/api/v1/evidence", headers=lead, data=upload(w.a.id, tiny_png(), "a.png"))
    assert resp.status == 201, await resp.text()
    token = (await resp.json())["token"]
    finding = await w.finding(lead, ins["id"], evidence=[token])
    assert finding["recheck_state"] == "rectifying" and finding["ticket_status"] == "pending"
    assert [e["token"] for e in finding["evidence"]] == [token]
    # the ticket is in the branch's inbox, from the source "inspection"
    inbox = await client.get("/api/v1/rectifications", params={"source_type": "inspection"}, headers=await w.admin("branch", w.a))
    assert [t["id"] for t in (await inbox.json())["items"]] == [finding["ticket_id"]]
    early = await w.recheck(lead, finding["id"], "close")
    assert (early.status, await code(early)) == (409, "supervision.not_rectified")
    await w.rectify(finding["ticket_id"])
    waiting = await client.get(f"/api/v1/supervision/findings/{finding['id']}", headers=lead)
    assert (await waiting.json())["recheck_state"] == "awaiting_recheck"
    closed = await w.recheck(lead, finding["id"], "close")
    assert closed.status == 200, await closed.text()
    body = await closed.json()
    assert (body["status"], body["recheck_state"], body["ticket_status"]) == ("closed", "closed", "closed")
    assert [c["result"] for c in body["checks"]] == ["close"]
    again = await w.recheck(lead, finding["id"], "reopen")
    assert (again.status, await code(again)) == (409, "supervision.finding_closed")
    # a finding on an org the inspection does not target is refused
    outside = await client.post(
        f"/api/v1/supervision/inspections/{ins['id']}/findings", headers=lead, json={"org_id": w.branches[3].id, "title": "问题"}
    )
    assert (outside.status, await code(outside)) == (400, "supervision.not_in_targets")


async def test_a_finding_reopened_twice_is_flagged_and_warned(client: TestClient, app: web.Application) -> None:
    w = await make_world(client)
    lead = await w.admin("lead")
    team = await w.team(lead)
    finding = await w.finding(lead, (await w.inspection(lead, team["id"]))["id"])
    first_ticket = finding["ticket_id"]
    await w.rectify(first_ticket)
    once = await w.recheck(lead, finding["id"], "reopen")
    assert once.status == 200, await once.text()
    body = await once.json()
    # the ticket waited for its callback: it goes back to 整改中, same ticket
    assert (body["ticket_id"], body["ticket_status"], body["reopen_count"], body["is_flagged"]) == (
        first_ticket,
        "rectifying",
        1,
        False,
    )
    await w.rectify(first_ticket, close=True)  # this time the branch closes the ticket itself
    twice = await w.recheck(lead, finding["id"], "reopen")
    body = await twice.json()
    # the ticket was closed: a new ticket hands the finding over again, and it is flagged 交办-拖延-再交办
    assert body["ticket_id"] != first_ticket and body["ticket_status"] == "pending"
    assert body["ticket_ids"] == [first_ticket, body["ticket_id"]]
    assert (body["reopen_count"], body["is_flagged"], body["flag_label"]) == (2, True, "交办-拖延-再交办")
    flagged = await client.get("/api/v1/supervision/findings", params={"flagged": "true"}, headers=lead)
    assert [f["id"] for f in (await flagged.json())["items"]] == [finding["id"]]
    # the early warnings of the branch name the flag, and the overdue finding once its deadline has passed
    warn = warnings_of(app)["supervision"]
    zone = app[SETTINGS].zone
    today = zone.date(app[CLOCK].now())
    kinds = [x.kind for x in await warn(app, [w.a.id, w.b.id], today)]
    assert kinds == ["supervision.flagged"]
    later = [(x.org_id, x.kind) for x in await warn(app, [w.a.id], today + timedelta(days=60))]
    assert later == [(w.a.id, "supervision.flagged"), (w.a.id, "supervision.overdue")]


async def test_only_the_team_edits_its_findings(client: TestClient) -> None:
    w = await make_world(client)
    lead, rival = await w.admin("lead"), await w.admin("rival")
    team, other_team = await w.team(lead), await w.team(rival)
    ins = await w.inspection(lead, team["id"])
    finding = await w.finding(lead, ins["id"])
    patch = await client.patch(f"/api/v1/supervision/findings/{finding['id']}", headers=rival, json={"title": "改"})
    assert (patch.status, await code(patch)) == (403, "supervision.other_team")
    await w.rectify(finding["ticket_id"])
    check = await w.recheck(rival, finding["id"], "close")
    assert (check.status, await code(check)) == (403, "supervision.other_team")
    record = await client.post(
        f"/api/v1/supervision/inspections/{ins['id']}/findings", headers=rival, json={"org_id": w.a.id, "title": "问题"}
    )
    assert (record.status, await code(record)) == (403, "supervision.not_team_member")
    plan = await client.post(
        "/api/v1/supervision/inspections",
        headers=rival,
        json={"team_id": team["id"], "kind": "special", "title": "检查", "org_ids": [w.a.id]},
    )
    assert (plan.status, await code(plan)) == (403, "supervision.not_team_member")
    # the finding's own team may
    ok = await client.patch(f"/api/v1/supervision/findings/{finding['id']}", headers=lead, json={"title": "记录不全"})
    assert ok.status == 200 and (await ok.json())["title"] == "记录不全"
    # another committee's admin sees nothing of it and cannot use the team
    stranger = await w.admin("stranger", w.other)
    for resp in (
        await client.get(f"/api/v1/supervision/findings/{finding['id']}", headers=stranger),
        await w.recheck(stranger, finding["id"], "close"),
        await client.post(
            "/api/v1/supervision/inspections",
            headers=stranger,
            json={"team_id": other_team["id"], "kind": "special", "title": "检查", "org_ids": [w.a.id]},
        ),
    ):
        assert (resp.status, await code(resp)) == (403, "orgs.out_of_scope")
    listed = await client.get("/api/v1/supervision/findings", headers=stranger)
    assert (await listed.json())["total"] == 0
    # a team of the committee cannot target another committee's branch
    foreign = await client.post(
        "/api/v1/supervision/inspections",
        headers=lead,
        json={"team_id": team["id"], "kind": "special", "title": "检查", "org_ids": [w.other_branch.id]},
    )
    assert (foreign.status, await code(foreign)) == (403, "orgs.out_of_scope")
    # a branch admin sees the findings on his branch, read-only
    branch = await w.admin("branch", w.a)
    seen = await client.get(f"/api/v1/supervision/findings/{finding['id']}", headers=branch)
    assert seen.status == 200 and (await seen.json())["can_edit"] is False


async def test_evidence_of_the_wrong_type_is_refused_and_nothing_is_saved(client: TestClient) -> None:
    w = await make_world(client)
    lead = await w.admin("lead")
    team = await w.team(lead)
    ins = await w.inspection(lead, team["id"])
    resp = await client.post("/api/v1/evidence", headers=lead, data=upload(w.a.id, b"#!/bin/sh\necho hi", "a.png"))
    assert (resp.status, await code(resp)) == (415, "evidence.bad_type")
    bad = await client.post(
        f"/api/v1/supervision/inspections/{ins['id']}/findings",
        headers=lead,
        json={"org_id": w.a.id, "title": "问题", "evidence": ["AbCdEfGhIjKlMnOpQrStUvWx"]},
    )
    assert (bad.status, await code(bad)) == (404, "evidence.not_found")
    listed = await client.get("/api/v1/supervision/findings", headers=lead)
    assert (await listed.json())["total"] == 0
