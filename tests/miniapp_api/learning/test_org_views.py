"""The org side: 学时 progress and members behind target, heat map, xlsx report, ledger, assignments, ranking."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from aiohttp.test_utils import TestClient
from openpyxl import load_workbook

from miniapp_api.audit.models import AuditEntry
from miniapp_api.learning import service
from miniapp_api.orgs.models import OrgKind
from server.core.clock import LocalZone, ManualClock
from tests.factories import admin_headers, make_member, make_org, member_headers
from tests.miniapp_api.learning.conftest import Branch
from tests.miniapp_api.learning.helpers import Session, create_course, flush, video

ZONE = LocalZone("Asia/Shanghai")


async def _progress(client: TestClient, headers: dict[str, str], org_id: int, **query: str) -> dict:
    resp = await client.get(f"/api/v1/learning/orgs/{org_id}/progress", headers=headers, params=query)
    assert resp.status == 200, await resp.text()
    return await resp.json()


async def test_progress_lists_who_is_behind_target(lclient: TestClient, branch: Branch) -> None:
    secretary = await make_member(branch.org, posts=["书记"])
    at = datetime(2026, 3, 1, 2, tzinfo=UTC)
    await service.add_ledger_entry(branch.member.id, 32, source="offline", source_id=None, note="集中轮训", at=at, zone=ZONE)
    await service.add_ledger_entry(secretary.id, 40, source="offline", source_id=None, note="集中轮训", at=at, zone=ZONE)
    body = await _progress(lclient, branch.admin, branch.org.id)
    rows = {r["member_id"]: r for r in body["items"]}
    assert rows[branch.member.id]["reached"] and rows[branch.member.id]["target_hours"] == 32
    assert not rows[secretary.id]["reached"] and rows[secretary.id]["target_hours"] == 56
    behind = await _progress(lclient, branch.admin, branch.org.id, behind_only="true")
    assert [r["member_id"] for r in behind["items"]] == [secretary.id]
    assert (await _progress(lclient, branch.admin, branch.org.id, year="2025"))["items"][0]["credit_hours"] == 0
    stranger = await admin_headers(lclient, await make_org())
    resp = await lclient.get(f"/api/v1/learning/orgs/{branch.org.id}/progress", headers=stranger)
    assert resp.status == 403


async def test_admin_enters_offline_training_with_audit(lclient: TestClient, branch: Branch) -> None:
    resp = await lclient.post("/api/v1/learning/ledger", headers=branch.admin,
                              json={"member_id": branch.member.id, "hours": 4, "note": "党校培训"})
    assert resp.status == 201
    entry = await resp.json()
    assert entry["source"] == "offline" and entry["hours"] == 4 and entry["year"] == 2026
    assert entry["source_label"] == "线下培训"
    assert await AuditEntry.filter(action="learning.ledger_add", target_id=str(entry["id"])).exists()
    resp = await lclient.get("/api/v1/learning/me", headers=branch.headers)
    assert (await resp.json())["credit_hours"] == 4
    resp = await lclient.get("/api/v1/learning/ledger", headers=branch.admin, params={"org_id": str(branch.org.id)})
    assert [(e["id"], e["source_label"]) for e in (await resp.json())["items"]] == [(entry["id"], "线下培训")]
    other = await make_member(await make_org())
    resp = await lclient.post("/api/v1/learning/ledger", headers=branch.admin,
                              json={"member_id": other.id, "hours": 4, "note": "越权"})
    assert resp.status == 403


async def test_graph_heat_map_and_completion_rates(lclient: TestClient, clock: ManualClock) -> None:
    committee = await make_org(kind=OrgKind.COMMITTEE)
    branches = [await make_org(parent=committee) for _ in range(2)]
    admin = await admin_headers(lclient, committee)
    course = await create_course(lclient, admin, org_id=committee.id, topics=["党史"], lessons=[video(120)])
    members = [await make_member(b) for b in branches]
    await Session(lclient, await member_headers(lclient, members[0]), course["lessons"][0]["id"]).watch(clock, 0, 120)
    await flush(lclient)
    resp = await lclient.get(f"/api/v1/learning/orgs/{committee.id}/graph", headers=admin)
    graph = await resp.json()
    column = graph["topics"].index("党史")
    heat = {row["org_id"]: row["minutes"][column] for row in graph["heat"]}
    assert heat == {branches[0].id: 2.0, branches[1].id: 0.0}
    assert graph["topic_minutes"][column] == 2.0
    assert graph["completion"] == [{"course_id": course["id"], "title": course["title"], "audience": 2, "completed": 1,
                                    "rate": 0.5}]
    assert graph["member_count"] == 2 and graph["behind_count"] == 2


async def test_report_xlsx_per_org_and_year(lclient: TestClient, branch: Branch) -> None:
    await service.add_ledger_entry(branch.member.id, 3, source="partyday", source_id=9, note="三月主题党日",
                                   at=datetime(2026, 3, 5, tzinfo=UTC), zone=ZONE)
    resp = await lclient.get(f"/api/v1/learning/orgs/{branch.org.id}/report.xlsx", headers=branch.admin,
                             params={"year": "2026"})
    assert resp.status == 200
    wb = load_workbook(io.BytesIO(await resp.read()))
    assert wb.sheetnames == ["概况", "学时汇总", "主题热力", "课程完成率", "学时明细"]
    summary = list(wb["学时汇总"].iter_rows(min_row=2, values_only=True))
    assert summary[0][1] == branch.member.name and summary[0][5] == 3 and summary[0][7] == "否"
    assert next(iter(wb["学时明细"].iter_rows(min_row=2, values_only=True)))[2:5] == ("主题党日", 3, "三月主题党日")
    assert await AuditEntry.filter(action="learning.report_export").exists()


async def test_personal_ranking_is_off_unless_the_org_turns_it_on(lclient: TestClient, branch: Branch,
                                                                  clock: ManualClock) -> None:
    resp = await lclient.get("/api/v1/learning/ranking", headers=branch.headers)
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "learning.ranking_disabled"
    resp = await lclient.put(f"/api/v1/learning/orgs/{branch.org.id}/settings", headers=branch.admin,
                             json={"show_ranking": True})
    assert resp.status == 200
    peer = await make_member(branch.org)
    await service.add_ledger_entry(peer.id, 5, source="offline", source_id=None, note="培训", at=clock.now(), zone=ZONE)
    resp = await lclient.get("/api/v1/learning/ranking", headers=branch.headers)
    items = (await resp.json())["items"]
    assert [(i["rank"], i["name"]) for i in items] == [(1, peer.name), (2, branch.member.name)]


async def test_required_study_is_done_when_the_course_completes(
    lclient: TestClient, branch: Branch, clock: ManualClock,
) -> None:
    course = await create_course(lclient, branch.admin, lessons=[video(60)])
    resp = await lclient.post("/api/v1/learning/assignments", headers=branch.admin, json={
        "org_id": branch.org.id, "title": "学习新修订的条例", "course_id": course["id"], "kind": "required"})
    assert resp.status == 201 and (await resp.json())["assigned"] == 1
    resp = await lclient.get("/api/v1/learning/recommendations", headers=branch.headers)
    first = (await resp.json())["items"][0]
    assert (first["kind"], first["course_id"]) == ("required", course["id"])
    assert first["reason"].startswith("必学任务")
    await Session(lclient, branch.headers, course["lessons"][0]["id"]).watch(clock, 0, 60)
    await flush(lclient)
    resp = await lclient.get("/api/v1/learning/me/assignments", headers=branch.headers)
    assert [a["status"] for a in (await resp.json())["items"]] == ["done"]


async def test_makeup_study_without_a_course_is_confirmed_by_an_admin(lclient: TestClient, branch: Branch) -> None:
    await service.assign_makeup([branch.member.id], source="partyday", source_id=5, title="补学：三月主题党日",
                                due_at=datetime(2026, 3, 20, tzinfo=UTC), now=datetime(2026, 3, 2, tzinfo=UTC))
    resp = await lclient.get("/api/v1/learning/recommendations", headers=branch.headers)
    item = (await resp.json())["items"][0]
    assert item["kind"] == "makeup" and item["course_id"] is None and "3 月 20 日" in item["reason"]
    resp = await lclient.get("/api/v1/learning/assignments", headers=branch.admin, params={"org_id": str(branch.org.id)})
    assignment = (await resp.json())["items"][0]
    resp = await lclient.post(f"/api/v1/learning/assignments/{assignment['id']}/confirm", headers=branch.admin,
                              json={"note": "已观看会议录像并提交心得"})
    assert resp.status == 200
    body = await resp.json()
    assert body["status"] == "done" and body["done_note"] == "已观看会议录像并提交心得"
    stranger = await admin_headers(lclient, await make_org())
    resp = await lclient.post(f"/api/v1/learning/assignments/{assignment['id']}/confirm", headers=stranger,
                              json={"note": "x"})
    assert resp.status == 403
