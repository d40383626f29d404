"""Statistics against hand-computed values; live counters consistent with the database; the xlsx report."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from openpyxl import load_workbook

from miniapp_api.audit.models import AuditEntry
from miniapp_api.evaluation import counters
from server.core.appkeys import REDIS
from server.core.clock import ManualClock
from tests.factories import admin_headers
from tests.miniapp_api.evaluation.helpers import Tree, device, make_tree, new_code, new_point, rate
from tests.miniapp_api.rectification.helpers import act_ok


async def _fresh(client: TestClient, tree: Tree, key: str) -> dict[str, str]:
    """A new login: earlier tokens expire as the manual clock moves on."""
    return await admin_headers(client, None if key == "super" else getattr(tree, key))


@pytest.fixture
async def world(make_client: Any, make_settings: Any) -> dict[str, Any]:
    """Ratings on two days in three points of two branches, with tickets in several states (see the test)."""
    clock = ManualClock(datetime(2026, 3, 2, 1, 0, tzinfo=UTC))  # Mon 2 March, 09:00 in Shanghai
    client = await make_client(make_settings(), clock=clock)
    tree = await make_tree(client)
    a = await tree.admin("a")
    p1 = await new_point(client, a, tree.a, "受理窗口")
    p2 = await new_point(client, a, tree.group, "小组服务队", category="team")
    p3 = await new_point(client, await tree.admin("b"), tree.b, "园区服务站")
    c1, c2, c3 = [(await new_code(client, h, p["id"]))["token"] for h, p in ((a, p1), (a, p2), (await tree.admin("b"), p3))]

    async def give(token: str, score: int, rater: dict[str, str] | None = None) -> dict[str, Any]:
        resp = await rate(client, token, score, rater=rater)
        assert resp.status == 201, await resp.text()
        return dict(await resp.json())

    rater_t1 = device()
    for s in (5, 5, 4):
        await give(c1, s)
    first_bad = await give(c1, 1, rater_t1)
    t1 = first_bad["ticket_id"]
    await give(c2, 3)
    t2 = (await give(c2, 2))["ticket_id"]
    await act_ok(client, t1, a, "verify", disposal="immediate")
    await act_ok(client, t1, a, "resolve", note="当场整改")
    await act_ok(client, t2, a, "appeal", note="误评")
    await act_ok(client, t2, await tree.admin("general"), "decide_appeal", upheld=True, note="申诉成立")
    client.session.cookie_jar.clear()
    fu = await client.post(f"/api/v1/evaluation/codes/{c1}/followups", headers=rater_t1,
                           json={"rating_id": first_bad["id"], "result": "satisfied"})
    assert fu.status == 200, await fu.text()

    clock.set(datetime(2026, 3, 3, 1, 0, tzinfo=UTC))  # Tue 3 March
    await give(c1, 4)
    t3 = (await give(c1, 2))["ticket_id"]
    await give(c3, 5)
    t4 = (await give(c3, 1))["ticket_id"]

    clock.set(datetime(2026, 3, 12, 1, 0, tzinfo=UTC))  # after t3/t4's deadline (end of Tue 10 March)
    b = await _fresh(client, tree, "b")
    await act_ok(client, t4, b, "verify", disposal="deadline")
    await act_ok(client, t4, b, "resolve", note="迟到的整改")
    await act_ok(client, t4, b, "callback", satisfaction="unsatisfied", note="回访不满意")
    clock.set(datetime(2026, 3, 20, 1, 0, tzinfo=UTC))
    return {"client": client, "tree": tree, "clock": clock, "points": (p1, p2, p3), "tickets": (t1, t2, t3, t4)}


async def test_stats_match_hand_computed_values(world: dict[str, Any]) -> None:
    client, tree = world["client"], world["tree"]
    p1, p2, p3 = world["points"]
    headers = await _fresh(client, tree, "committee")
    resp = await client.get(f"/api/v1/evaluation/stats?org_id={tree.committee.id}&from=2026-03-02&to=2026-03-03",
                            headers=headers)
    assert resp.status == 200
    s = await resp.json()
    # 10 ratings; the 2 at p2 was excluded by an upheld appeal → 9: fives 3, fours 2, three 1, two 1, ones 2
    assert s["total"] == 9 and s["distribution"] == {"1": 2, "2": 1, "3": 1, "4": 2, "5": 3}
    assert s["good_rate"] == round(5 / 9, 4) and s["satisfaction_rate"] == round(6 / 9, 4)
    assert s["bad_count"] == 3 and s["average"] == round(30 / 9, 2)
    # tickets t1 (resolved on time), t3 (never touched, overdue), t4 (resolved late); t2 upheld → not counted
    assert s["tickets"] == 3 and s["rectified"] == 2 and s["rectification_rate"] == round(2 / 3, 4)
    assert s["on_time_rate"] == round(1 / 3, 4)
    assert s["followups"] == 2 and s["followup_satisfaction_rate"] == 0.5 and s["appeals_upheld"] == 1
    children = {c["name"]: c for c in s["by_child_org"]}
    assert set(children) == {tree.committee.name, tree.general.name, tree.b.name}
    general, b = children[tree.general.name], children[tree.b.name]
    assert general["total"] == 7 and general["good_rate"] == round(4 / 7, 4) and general["rectification_rate"] == 0.5
    assert b["total"] == 2 and b["good_rate"] == 0.5 and b["rectification_rate"] == 1.0 and b["on_time_rate"] == 0.0
    assert children[tree.committee.name]["total"] == 0 and children[tree.committee.name]["is_self"]
    points = {p["point_id"]: p for p in s["by_point"]}
    assert points[p1["id"]]["total"] == 6 and points[p2["id"]]["total"] == 1 and points[p3["id"]]["total"] == 2
    assert points[p2["id"]]["org_name"] == tree.group.name
    assert [(d["day"], d["total"], d["good"], d["bad"]) for d in s["trend"]] == [
        ("2026-03-02", 5, 3, 1), ("2026-03-03", 4, 2, 2)]


async def test_stats_follow_the_period_and_the_subtree(world: dict[str, Any]) -> None:
    client, tree = world["client"], world["tree"]
    headers = await _fresh(client, tree, "committee")
    day2 = await (await client.get(f"/api/v1/evaluation/stats?org_id={tree.committee.id}&from=2026-03-03&to=2026-03-03",
                                   headers=headers)).json()
    assert day2["total"] == 4 and len(day2["trend"]) == 1
    a_only = await (await client.get(f"/api/v1/evaluation/stats?org_id={tree.a.id}&from=2026-03-01&to=2026-03-31",
                                     headers=await _fresh(client, tree, "a"))).json()
    assert a_only["total"] == 7 and len(a_only["trend"]) == 31
    default = await (await client.get("/api/v1/evaluation/stats", headers=await _fresh(client, tree, "a"))).json()
    assert default["org"]["id"] == tree.a.id and default["from"] == "2026-02-19" and default["to"] == "2026-03-20"
    out = await client.get(f"/api/v1/evaluation/stats?org_id={tree.a.id}", headers=await _fresh(client, tree, "b"))
    assert out.status == 403
    bad = await client.get(f"/api/v1/evaluation/stats?org_id={tree.a.id}&from=2026-03-05&to=2026-03-01",
                           headers=headers)
    assert bad.status == 422


async def test_live_counters_agree_with_the_database_and_rebuild(world: dict[str, Any]) -> None:
    client, tree = world["client"], world["tree"]
    redis = client.app[REDIS]  # type: ignore[index]
    headers = await _fresh(client, tree, "committee")
    url = f"/api/v1/evaluation/stats?org_id={tree.committee.id}&from=2026-01-01&to=2026-03-20"
    stats = await (await client.get(url, headers=headers)).json()
    assert stats["live"]["total"] == stats["total"] == 9
    assert stats["live"]["distribution"] == stats["distribution"]
    listed = await (await client.get("/api/v1/evaluation/points", headers=headers)).json()
    live = {p["id"]: p["live"]["total"] for p in listed["items"]}
    p1, p2, p3 = world["points"]
    assert live == {p1["id"]: 6, p2["id"]: 1, p3["id"]: 2}
    await redis.hincrby(counters.key(p1["id"]), "5", 40)  # drift (e.g. a lost update) …
    await redis.delete(counters.key(p3["id"]))
    resp = await client.post("/api/v1/evaluation/counters/rebuild", headers=await _fresh(client, tree, "super"))
    assert resp.status == 200
    assert (await (await client.get(url, headers=headers)).json())["live"] == stats["live"]  # … repaired
    await redis.delete(counters.MARKER, *[counters.key(p["id"]) for p in world["points"]])  # Redis lost everything
    assert (await (await client.get(url, headers=headers)).json())["live"] == stats["live"]
    assert (await client.post("/api/v1/evaluation/counters/rebuild", headers=headers)).status == 403


async def test_monthly_report_is_an_xlsx_with_the_same_numbers(world: dict[str, Any]) -> None:
    client, tree = world["client"], world["tree"]
    headers = await _fresh(client, tree, "committee")
    resp = await client.get(f"/api/v1/evaluation/report.xlsx?org_id={tree.committee.id}&month=2026-03", headers=headers)
    assert resp.status == 200 and "attachment" in resp.headers["Content-Disposition"]
    wb = load_workbook(io.BytesIO(await resp.read()))
    assert wb.sheetnames == ["概览", "下级组织", "服务点", "每日趋势", "差评工单"]
    overview = {row[0]: row[1] for row in wb["概览"].iter_rows(min_row=2, values_only=True)}
    assert overview["评价数"] == 9 and overview["好评率"] == "55.6%" and overview["差评数"] == 3
    assert overview["申诉成立（不计入统计）"] == 1
    assert wb["每日趋势"].max_row == 1 + 31
    tickets = list(wb["差评工单"].iter_rows(min_row=2, values_only=True))
    assert len(tickets) == 4 and {t[2] for t in tickets} >= {"已办结", "待核实", "待回访"}
    assert await AuditEntry.filter(action="evaluation.report_export").count() == 1
    bad = await client.get(f"/api/v1/evaluation/report.xlsx?org_id={tree.committee.id}&month=2026-13", headers=headers)
    assert bad.status == 422
