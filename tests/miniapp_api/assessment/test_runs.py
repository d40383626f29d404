"""Runs over HTTP: the contract of api.md, 无数据, determinism, closed periods, subtree access, the xlsx report."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from openpyxl import load_workbook

from miniapp_api.audit.models import AuditEntry
from server.core.clock import ManualClock
from tests.conftest import AppFactory
from tests.factories import member_headers
from tests.miniapp_api.assessment.helpers import NOW, Tree, by_org, make_tree, period_id, run, study

KEYS = {
    "partyday.cadence",
    "partyday.theme_day",
    "disclosure.timeliness",
    "standards.compliance",
    "learning.hours_attainment",
    "partyday.participation",
    "volunteer.participation",
    "learning.coverage",
    "evaluation.satisfaction",
    "rectification.on_time",
    "evaluation.participation",
    "rectification.callback_satisfaction",
}


@pytest.fixture
async def client(make_client: AppFactory) -> TestClient:
    return await make_client(clock=ManualClock(NOW))


@pytest.fixture
async def tree(client: TestClient) -> Tree:
    return await make_tree(client)


def stable(out: dict[str, Any]) -> list[Any]:
    return [{k: v for k, v in r.items() if k != "id"} for r in out["results"]]


async def test_a_run_scores_every_org_of_the_subtree_with_twelve_indicators(client: TestClient, tree: Tree) -> None:
    await study(client, tree.members["a"], date(2026, 9, 3), 5)
    out = await run(client, tree.admin_c, tree.committee.id, "2026-09")
    assert out["status"] == "done" and out["period"] == "2026-09"
    results = by_org(out)
    assert set(results) == {tree.committee.id, tree.a.id, tree.b.id, tree.d.id}
    a = results[tree.a.id]
    assert a["colour"] in ("red_flag", "yellow", "normal") and a["org_name"] == tree.a.name
    assert {i["key"] for i in a["indicators"]} == KEYS and len(a["indicators"]) == 12
    coverage = next(i for i in a["indicators"] if i["key"] == "learning.coverage")
    assert (coverage["value"], coverage["numerator"], coverage["denominator"]) == (1.0, 1, 1)
    assert coverage["refs"] == [tree.members["a"].id] and coverage["score"] == 100
    # Sources nobody registered yet, and orgs a source has no answer for, are 无数据 — never 0 or 100 %.
    disclosure = next(i for i in a["indicators"] if i["key"] == "disclosure.timeliness")
    assert disclosure["value"] is None and disclosure["score"] is None
    satisfaction = next(i for i in a["indicators"] if i["key"] == "evaluation.satisfaction")
    assert satisfaction["value"] is None and satisfaction["numerator"] is None
    assert any("重新归一" in reason for reason in a["reasons"])
    # The committee has no members and holds no 三会一课 of its own: it is judged by the sums of its subtree.
    committee = {i["key"]: i for i in results[tree.committee.id]["indicators"]}
    assert (committee["learning.coverage"]["numerator"], committee["learning.coverage"]["denominator"]) == (1, 3)
    assert committee["learning.coverage"]["detail"] == "汇总下级 3 个组织"
    assert committee["disclosure.timeliness"]["value"] is None
    assert results[tree.committee.id]["rank"] == 1 and results[tree.committee.id]["siblings"] == 1
    # Siblings are ranked: A studied, B and D did not.
    assert a["rank"] == 1 and results[tree.b.id]["rank"] == 2 and results[tree.d.id]["rank"] == 2


async def test_rerunning_an_open_period_gives_the_same_numbers(client: TestClient, tree: Tree) -> None:
    await study(client, tree.members["a"], date(2026, 9, 3), 5)
    await study(client, tree.members["b"], date(2026, 9, 4), 1)
    first = await run(client, tree.admin_c, tree.committee.id, "2026-09")
    second = await run(client, tree.admin_c, tree.committee.id, "2026-09")
    assert first["id"] != second["id"]
    assert stable(first) == stable(second)
    await study(client, tree.members["d"], date(2026, 9, 5), 5)  # new facts → new numbers
    third = await run(client, tree.admin_c, tree.committee.id, "2026-09")
    assert by_org(third)[tree.d.id]["total"] != by_org(second)[tree.d.id]["total"]


async def test_a_closed_period_is_frozen(client: TestClient, tree: Tree) -> None:
    await run(client, tree.admin_c, tree.committee.id, "2026-Q3")
    pid = await period_id(client, tree.admin_c, "2026-Q3")
    refused = await client.post(f"/api/v1/assessment/periods/{pid}/close", headers=tree.admin_a)
    assert refused.status == 403 and (await refused.json())["error"]["code"] == "assessment.committee_required"
    resp = await client.post(f"/api/v1/assessment/periods/{pid}/close", headers=tree.admin_c)
    assert resp.status == 200, await resp.text()
    assert (await resp.json())["status"] == "closed"
    again = await client.post("/api/v1/assessment/runs", json={"org_id": tree.a.id, "period": "2026-Q3"}, headers=tree.admin_a)
    assert again.status == 409 and (await again.json())["error"]["code"] == "assessment.period_closed"
    twice = await client.post(f"/api/v1/assessment/periods/{pid}/close", headers=tree.admin_c)
    assert twice.status == 409 and (await twice.json())["error"]["code"] == "assessment.period_closed"


async def test_bad_period_keys_are_refused(client: TestClient, tree: Tree) -> None:
    for key in ("2026-13", "2026-Q5", "2026/09"):
        resp = await client.post("/api/v1/assessment/runs", json={"org_id": tree.a.id, "period": key}, headers=tree.admin_a)
        assert resp.status in (400, 422), key
        assert (await resp.json())["error"]["code"] in ("assessment.bad_period", "validation_error")


async def test_runs_and_results_are_confined_to_the_callers_subtree(client: TestClient, tree: Tree) -> None:
    resp = await client.post("/api/v1/assessment/runs", json={"org_id": tree.a.id, "period": "2026-09"}, headers=tree.admin_b)
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "orgs.out_of_scope"
    resp = await client.post(
        "/api/v1/assessment/runs", json={"org_id": tree.committee.id, "period": "2026-09"}, headers=tree.admin_a
    )
    assert resp.status == 403
    own = await run(client, tree.admin_a, tree.a.id, "2026-09")
    assert set(by_org(own)) == {tree.a.id}
    whole = await run(client, tree.admin_c, tree.committee.id, "2026-09")
    for path in (f"/api/v1/assessment/runs/{whole['id']}", f"/api/v1/assessment/runs/{whole['id']}/report.xlsx"):
        resp = await client.get(path, headers=tree.admin_b)
        assert resp.status == 403 and (await resp.json())["error"]["code"] == "orgs.out_of_scope"
    resp = await client.get(f"/api/v1/assessment/orgs/{tree.a.id}/history", headers=tree.admin_b)
    assert resp.status == 403
    listed = await (await client.get("/api/v1/assessment/runs", headers=tree.admin_b)).json()
    assert listed["total"] == 0


async def test_members_see_their_own_branch_without_rankings(client: TestClient, tree: Tree) -> None:
    await study(client, tree.members["a"], date(2026, 9, 3), 5)
    await run(client, tree.admin_c, tree.committee.id, "2026-09")
    headers = await member_headers(client, tree.members["a"])
    resp = await client.get("/api/v1/me/assessment", headers=headers)
    assert resp.status == 200, await resp.text()
    body = await resp.json()
    assert body["org_id"] == tree.a.id and len(body["indicators"]) == 12
    assert "rank" not in body and "results" not in body
    refused = await client.get("/api/v1/assessment/runs", headers=headers)
    assert refused.status == 403


async def test_the_report_opens_in_excel(client: TestClient, tree: Tree) -> None:
    await study(client, tree.members["a"], date(2026, 9, 3), 5)
    out = await run(client, tree.admin_c, tree.committee.id, "2026-09")
    resp = await client.get(f"/api/v1/assessment/runs/{out['id']}/report.xlsx", headers=tree.admin_c)
    assert resp.status == 200
    wb = load_workbook(io.BytesIO(await resp.read()))
    assert wb.sheetnames == ["考核结果", "指标明细"]
    names = [row[0] for row in wb["考核结果"].iter_rows(min_row=3, values_only=True)]
    assert set(names) == {tree.committee.name, tree.a.name, tree.b.name, tree.d.name}
    assert wb["指标明细"].max_row == 1 + 4 * 12
    assert await AuditEntry.filter(action="assessment.export", target_id=str(out["id"])).count() == 1


async def test_org_history_is_a_trend_across_periods(client: TestClient, tree: Tree) -> None:
    await study(client, tree.members["a"], date(2026, 8, 3), 5)
    for key in ("2026-09", "2026-08"):
        await run(client, tree.admin_c, tree.committee.id, key)
    resp = await client.get(f"/api/v1/assessment/orgs/{tree.a.id}/history", headers=tree.admin_a)
    points = (await resp.json())["points"]
    assert [p["period"] for p in points] == ["2026-08", "2026-09"]
    assert points[0]["values"]["learning.coverage"] == 1.0 and points[1]["values"]["learning.coverage"] == 0.0


async def test_a_period_in_progress_counts_up_to_today_and_a_future_one_is_refused(client: TestClient, tree: Tree) -> None:
    out = await run(client, tree.admin_c, tree.committee.id, "2026-Q4")  # today is 2026-10-05
    assert out["until"] == "2026-10-05"
    cadence = next(i for i in by_org(out)[tree.a.id]["indicators"] if i["key"] == "partyday.cadence")
    assert cadence["value"] is None  # no month of the quarter is over: nothing is due yet
    resp = await client.post("/api/v1/assessment/runs", json={"org_id": tree.a.id, "period": "2026-11"}, headers=tree.admin_a)
    assert resp.status == 409 and (await resp.json())["error"]["code"] == "assessment.period_not_started"
    keys = [p["key"] for p in (await (await client.get("/api/v1/assessment/periods", headers=tree.admin_c)).json())["items"]]
    assert keys == ["2026-Q4"]
