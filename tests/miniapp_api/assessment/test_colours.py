"""双色预警 across three periods: the red flag needs two periods in a row and moves; a warning opens a ticket when the
period closes; a second consecutive warning is escalated to the parent (督办); the combined early warnings."""

from __future__ import annotations

import pytest
from aiohttp.test_utils import TestClient

from server.core.clock import ManualClock
from tests.conftest import AppFactory
from tests.miniapp_api.assessment.helpers import NOW, Tree, by_org, compliant_month, make_tree, period_id, run


@pytest.fixture
async def client(make_client: AppFactory) -> TestClient:
    return await make_client(clock=ManualClock(NOW))


@pytest.fixture
async def tree(client: TestClient) -> Tree:
    return await make_tree(client)


async def close(client: TestClient, tree: Tree, key: str) -> dict:
    resp = await client.post(
        f"/api/v1/assessment/periods/{await period_id(client, tree.admin_c, key)}/close", headers=tree.admin_c
    )
    assert resp.status == 200, await resp.text()
    return await resp.json()


async def test_colours_move_with_the_results_over_three_periods(client: TestClient, tree: Tree) -> None:
    # Who held its meetings and studied enough in which month (ratings, tickets… are 无数据 here).
    plan = {"2026-07": "ab", "2026-08": "ab", "2026-09": "bd"}
    colours = {}
    closed = {}
    for key, who in plan.items():
        month = int(key[5:])
        for k in who:
            await compliant_month(client, tree, k, month)
        out = by_org(await run(client, tree.admin_c, tree.committee.id, key))
        colours[key] = {k: out[tree.org(k).id]["colour"] for k in "abd"}
        closed[key] = await close(client, tree, key)
    # July: A and B meet the standard for the first time (no flag yet); D has nothing → yellow.
    assert colours["2026-07"] == {"a": "normal", "b": "normal", "d": "yellow"}
    # August: A and B meet it twice in a row; the flag is one per sibling group (A ranks first on the tie by id).
    assert colours["2026-08"] == {"a": "red_flag", "b": "normal", "d": "yellow"}
    # September: the flag moves to B; A falls to yellow; D recovers but has no second period yet.
    assert colours["2026-09"] == {"a": "yellow", "b": "red_flag", "d": "normal"}
    assert (closed["2026-07"]["tickets_opened"], closed["2026-07"]["escalated"]) == (1, 0)
    assert (closed["2026-08"]["tickets_opened"], closed["2026-08"]["escalated"]) == (1, 1)
    assert (closed["2026-09"]["tickets_opened"], closed["2026-09"]["escalated"]) == (1, 0)

    # The tickets are in the shared inbox, source = assessment, disposal 限期整改; D's second one is 督办 by the committee.
    resp = await client.get("/api/v1/rectifications", params={"source_type": "assessment"}, headers=tree.admin_c)
    tickets = (await resp.json())["items"]
    assert sorted(t["org_id"] for t in tickets) == sorted([tree.d.id, tree.d.id, tree.a.id])
    assert all(t["disposal"] == "deadline" for t in tickets)
    escalated = [t for t in tickets if t["escalated_to_id"]]
    assert len(escalated) == 1 and escalated[0]["org_id"] == tree.d.id

    # The flags earned show on the brand pages (the last run of each closed period decides).
    for k, expected in (("a", ["2026年8月 流动红旗"]),
                        ("b", ["2026年9月 流动红旗"]), ("d", [])):
        resp = await client.put(f"/api/v1/brands/{tree.org(k).id}", headers=tree.admin_c, json={"name": f"品牌{k}"})
        assert resp.status == 200, await resp.text()
        assert (await resp.json())["red_flags"] == expected
    assert escalated[0]["escalated_to_id"] == tree.committee.id

    history = await (await client.get(f"/api/v1/assessment/orgs/{tree.d.id}/history", headers=tree.admin_c)).json()
    assert [p["colour"] for p in history["points"]] == ["yellow", "yellow", "normal"]
    assert all(p["ticket_id"] for p in history["points"][:2])


async def test_red_flag_reward_and_interview_are_recorded(client: TestClient, tree: Tree) -> None:
    for key in ("2026-07", "2026-08"):
        await compliant_month(client, tree, "a", int(key[5:]))
        out = by_org(await run(client, tree.admin_c, tree.committee.id, key))
    assert out[tree.a.id]["colour"] == "red_flag" and out[tree.a.id]["reward"] == 2000
    yellow = out[tree.b.id]
    assert yellow["colour"] == "yellow"
    resp = await client.post(
        f"/api/v1/assessment/results/{yellow['id']}/interview",
        headers=tree.admin_c,
        json={"interviewer": "组织委员 王某", "held_on": "2026-09-02", "notes": "指出问题，限期整改"},
    )
    assert resp.status == 200, await resp.text()
    assert (await resp.json())["interview"]["interviewer"] == "组织委员 王某"
    resp = await client.post(
        f"/api/v1/assessment/results/{yellow['id']}/interview",
        headers=tree.admin_a,
        json={"interviewer": "x", "held_on": "2026-09-02", "notes": "x"},
    )
    assert resp.status == 403


async def test_the_combined_warning_list_gathers_every_domain(client: TestClient, tree: Tree) -> None:
    await run(client, tree.admin_c, tree.committee.id, "2026-09")
    await close(client, tree, "2026-09")
    resp = await client.get("/api/v1/assessment/warnings", params={"org_id": tree.committee.id}, headers=tree.admin_c)
    items = (await resp.json())["items"]
    kinds = {(w["org_id"], w["kind"]) for w in items}
    for org in (tree.a, tree.b, tree.d):
        assert (org.id, "partyday.cadence_missed") in kinds  # September passed without a 主题党日 or 支委会
        assert (org.id, "learning.behind") in kinds  # nobody studied this year
        assert (org.id, "assessment.yellow") in kinds
    resp = await client.get("/api/v1/assessment/warnings", params={"org_id": tree.a.id}, headers=tree.admin_b)
    assert resp.status == 403
    own = (await (await client.get("/api/v1/assessment/warnings", headers=tree.admin_b)).json())["items"]
    assert {w["org_id"] for w in own} == {tree.b.id}


async def test_an_upheld_appeal_of_the_warning_ticket_withdraws_the_warning(client: TestClient, tree: Tree) -> None:
    await run(client, tree.admin_c, tree.committee.id, "2026-09")
    await close(client, tree, "2026-09")
    resp = await client.get(
        "/api/v1/rectifications", params={"org_id": tree.a.id, "source_type": "assessment"}, headers=tree.admin_a
    )
    (ticket,) = (await resp.json())["items"]
    resp = await client.post(
        f"/api/v1/rectifications/{ticket['id']}/actions",
        headers=tree.admin_a,
        json={"action": "appeal", "note": "会议已召开，系统漏录"},
    )
    assert resp.status == 200, await resp.text()
    resp = await client.post(
        f"/api/v1/rectifications/{ticket['id']}/actions",
        headers=tree.admin_c,
        json={"action": "decide_appeal", "upheld": True, "note": "核实属实"},
    )
    assert resp.status == 200, await resp.text()
    history = await (await client.get(f"/api/v1/assessment/orgs/{tree.a.id}/history", headers=tree.admin_a)).json()
    assert history["points"][-1]["colour"] == "normal"
