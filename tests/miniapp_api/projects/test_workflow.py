"""The PDCA stage machine over HTTP: propose → approve → milestones → evaluate → close → next cycle, who may do each
step, scoring, dependencies without cycles, and nothing half-saved."""

from __future__ import annotations

import asyncio
import io

from aiohttp import FormData
from aiohttp.test_utils import TestClient
from openpyxl import load_workbook

from miniapp_api.audit.models import AuditEntry
from miniapp_api.projects.models import Project, ProjectDependency, ProjectIndicator
from tests.factories import make_member
from tests.images import tiny_png
from tests.miniapp_api.projects.helpers import call, make_tree, proposal, propose


async def _evidence(client: TestClient, headers: dict[str, str], org_id: int, content: bytes, name: str) -> tuple[int, dict]:
    form = FormData()
    form.add_field("org_id", str(org_id))
    form.add_field("file", content, filename=name)
    resp = await client.post("/api/v1/evidence", data=form, headers=headers)
    return resp.status, await resp.json()


async def test_a_project_goes_from_proposal_to_closing_and_a_next_cycle_carries_its_lessons(client: TestClient) -> None:
    t = await make_tree(client)
    secretary = await make_member(t.a, "王书记", posts=["书记"])
    pid = await propose(client, t.admin_a, t.a.id, leader_member_id=secretary.id)
    base = f"/api/v1/projects/{pid}"

    # only the parent approves: the proposing org itself and a sibling are refused
    assert (await call(client, "POST", base + "/approve", t.admin_a, 403, json={"decision": "approve"}))["error"][
        "code"
    ] == "projects.parent_required"
    assert (await call(client, "POST", base + "/approve", t.admin_b, 403, json={"decision": "approve"}))["error"][
        "code"
    ] == "orgs.out_of_scope"
    # a milestone before approval is the wrong stage
    err = await call(client, "POST", base + "/milestones", t.admin_a, 409, json={"title": "x", "done_on": "2026-03-01"})
    assert err["error"]["code"] == "projects.invalid_stage"
    out = await call(client, "POST", base + "/approve", t.admin_c, 200, json={"decision": "approve"})
    assert out["stage"] == "approved"

    status, photo = await _evidence(client, t.admin_a, t.a.id, tiny_png(), "现场.png")
    assert status == 201
    status, bad = await _evidence(client, t.admin_a, t.a.id, b"MZ\x90\x00 not a document", "x.exe")
    assert (status, bad["error"]["code"]) == (415, "evidence.bad_type")
    out = await call(
        client,
        "POST",
        base + "/milestones",
        t.admin_a,
        201,
        json={"title": "楼栋认领完成", "done_on": "2026-03-01", "evidence": [photo["token"]]},
    )
    assert out["stage"] == "in_progress"
    # an unknown token is refused and leaves no milestone behind
    await call(
        client,
        "POST",
        base + "/milestones",
        t.admin_a,
        404,
        json={"title": "第二步", "done_on": "2026-04-01", "evidence": ["nope-nope-nope"]},
    )
    assert (await call(client, "POST", base + "/notes", t.admin_a, 403, json={"note": "自评"}))["error"][
        "code"
    ] == "projects.parent_required"
    await call(client, "POST", base + "/notes", t.admin_c, 201, json={"note": "请补充满意度调查"})

    detail = await call(client, "GET", base, t.admin_a, 200)
    assert [m["title"] for m in detail["milestones"]] == ["楼栋认领完成"]
    assert detail["milestones"][0]["evidence"][0]["kind"] == "image"
    assert detail["notes"][0]["note"] == "请补充满意度调查" and detail["can_supervise"] is False
    assert detail["is_secretary_led"] is True and detail["leader_name"] == "王书记"
    assert detail["budget"] == 12000.5
    ind = {i["name"]: i["id"] for i in detail["indicators"]}

    actuals = [{"indicator_id": ind["解决问题"], "actual": 30}, {"indicator_id": ind["投诉件数"], "actual": 20}]
    assert (await call(client, "POST", base + "/evaluate", t.admin_a, 403, json={"actuals": actuals}))["error"][
        "code"
    ] == "projects.parent_required"
    err = await call(client, "POST", base + "/evaluate", t.admin_c, 422, json={"actuals": actuals[:1]})
    assert err["error"]["code"] == "projects.actuals_mismatch"
    assert await ProjectIndicator.filter(project_id=pid, actual__isnull=False).count() == 0  # nothing half-saved
    out = await call(client, "POST", base + "/evaluate", t.admin_c, 200, json={"actuals": actuals, "comment": "较好"})
    # 30/40 → 75 (weight 3); 20 complaints against ≤ 10 → 50 (weight 1): (225 + 50) / 4 = 68.75 → 68.8, 合格
    assert (out["stage"], out["score"], out["grade"], out["grade_label"]) == ("evaluated", 68.8, "pass", "合格")
    scores = {i["name"]: i["score"] for i in (await call(client, "GET", base, t.admin_c, 200))["indicators"]}
    assert scores == {"解决问题": 75.0, "投诉件数": 50.0}

    err = await call(client, "POST", "/api/v1/projects", t.admin_a, 409, json=proposal(t.a.id, previous_id=pid))
    assert err["error"]["code"] == "projects.previous_not_closed"
    out = await call(client, "POST", base + "/close", t.admin_a, 200, json={"lessons": "议事会提前一周通知到户"})
    assert out["stage"] == "closed"
    await call(client, "POST", base + "/evaluate", t.admin_c, 409, json={"actuals": actuals})

    nxt = await propose(client, t.admin_a, t.a.id, previous_id=pid)
    carried = await call(client, "GET", f"/api/v1/projects/{nxt}", t.admin_a, 200)
    assert carried["previous_id"] == pid and carried["carried_lessons"] == "议事会提前一周通知到户"
    actions = set(await AuditEntry.filter(target_type="project", target_id=str(pid)).values_list("action", flat=True))
    assert {
        "projects.propose",
        "projects.approve",
        "projects.milestone",
        "projects.note",
        "projects.evaluate",
        "projects.close",
    } <= actions


async def test_a_return_needs_a_reason_and_ends_the_proposal(client: TestClient) -> None:
    t = await make_tree(client)
    pid = await propose(client, t.admin_a, t.a.id)
    err = await call(client, "POST", f"/api/v1/projects/{pid}/approve", t.admin_c, 422, json={"decision": "return"})
    assert err["error"]["code"] == "projects.reason_required"
    out = await call(
        client, "POST", f"/api/v1/projects/{pid}/approve", t.admin_c, 200, json={"decision": "return", "reason": "指标不可量化"}
    )
    assert (out["stage"], out["return_reason"]) == ("returned", "指标不可量化")
    await call(client, "POST", f"/api/v1/projects/{pid}/approve", t.admin_c, 409, json={"decision": "approve"})


async def test_bad_proposals_are_refused_with_clear_codes_and_save_nothing(client: TestClient) -> None:
    t = await make_tree(client)
    other = await make_member(t.b, posts=["书记"])
    cases = [
        (proposal(t.a.id, period_end="2025-12-31"), 422, "projects.bad_period"),
        (proposal(t.a.id, leader_member_id=other.id), 422, "projects.leader_not_in_org"),
        (proposal(t.a.id, indicators=[]), 422, "validation_error"),
        (proposal(t.a.id, indicators=[{"name": "x", "target": 0}]), 422, "validation_error"),
        (proposal(t.a.id, depends_on=[999999]), 422, "projects.dependency_not_found"),
        (proposal(t.b.id), 403, "orgs.out_of_scope"),
    ]
    for body, status, code in cases:
        err = await call(client, "POST", "/api/v1/projects", t.admin_a, status, json=body)
        assert err["error"]["code"] == code, body
    assert await Project.all().count() == 0
    # B's project is not A's to depend on
    pb = await propose(client, t.admin_b, t.b.id)
    err = await call(client, "POST", "/api/v1/projects", t.admin_a, 422, json=proposal(t.a.id, depends_on=[pb]))
    assert err["error"]["code"] == "projects.dependency_not_found"


async def test_a_dependency_cycle_is_refused(client: TestClient) -> None:
    t = await make_tree(client)
    p1 = await propose(client, t.admin_a, t.a.id)
    p2 = await propose(client, t.admin_a, t.a.id, depends_on=[p1])
    p3 = await propose(client, t.admin_a, t.a.id, depends_on=[p2])
    err = await call(client, "PUT", f"/api/v1/projects/{p1}/dependencies", t.admin_a, 409, json={"depends_on": [p3]})
    assert err["error"]["code"] == "projects.dependency_cycle"
    assert err["error"]["details"]["cycle"] == [p1, p3, p2, p1]
    err = await call(client, "PUT", f"/api/v1/projects/{p1}/dependencies", t.admin_a, 409, json={"depends_on": [p1]})
    assert err["error"]["code"] == "projects.dependency_cycle"
    assert (await call(client, "GET", f"/api/v1/projects/{p1}", t.admin_a, 200))["depends_on"] == []
    out = await call(client, "PUT", f"/api/v1/projects/{p3}/dependencies", t.admin_a, 200, json={"depends_on": [p1, p2]})
    assert out["depends_on"] == [p1, p2]


async def test_lists_are_scoped_and_secretary_led_projects_are_listed_per_secretary(client: TestClient) -> None:
    t = await make_tree(client)
    secretary = await make_member(t.a, posts=["书记"])
    plain = await make_member(t.a, posts=["党员"])
    led = await propose(client, t.admin_a, t.a.id, leader_member_id=secretary.id)
    await propose(client, t.admin_a, t.a.id, leader_member_id=plain.id)
    await propose(client, t.admin_b, t.b.id)
    mine = await call(client, "GET", "/api/v1/projects", t.admin_a, 200)
    assert mine["total"] == 2 and {p["org_id"] for p in mine["items"]} == {t.a.id}
    assert (await call(client, "GET", "/api/v1/projects", t.admin_c, 200))["total"] == 3
    by_secretary = await call(
        client, "GET", "/api/v1/projects", t.admin_c, 200, params={"leader_member_id": secretary.id, "secretary_led": "true"}
    )
    assert [p["id"] for p in by_secretary["items"]] == [led]
    await call(client, "GET", "/api/v1/projects", t.admin_a, 403, params={"org_id": t.b.id})
    await call(client, "GET", f"/api/v1/projects/{led}", t.admin_b, 403)
    err = await call(client, "GET", "/api/v1/projects", t.admin_a, 422, params={"stage": "nonsense"})
    assert err["error"]["code"] == "validation_error"


async def test_two_simultaneous_edits_cannot_close_a_cycle(client: TestClient) -> None:
    """Eight races: on PostgreSQL the pair once deadlocked in its foreign-key checks (a 500), because the
    id-ordered row locks were silently not taken (tortoise drops FOR UPDATE from values_list)."""
    t = await make_tree(client)
    for round_ in range(8):
        p1 = await propose(client, t.admin_a, t.a.id)
        p2 = await propose(client, t.admin_a, t.a.id)
        first, second = await asyncio.gather(
            client.put(f"/api/v1/projects/{p1}/dependencies", json={"depends_on": [p2]}, headers=t.admin_a),
            client.put(f"/api/v1/projects/{p2}/dependencies", json={"depends_on": [p1]}, headers=t.admin_c),
        )
        assert sorted([first.status, second.status]) == [200, 409], (round_, await first.text(), await second.text())
        assert await ProjectDependency.filter(project_id__in=[p1, p2]).count() == 1


async def test_the_ledger_export_is_scoped_and_audited(client: TestClient) -> None:
    t = await make_tree(client)
    await propose(client, t.admin_a, t.a.id, title='=HYPERLINK("x")')
    await propose(client, t.admin_b, t.b.id, title="乙项目")
    resp = await client.get("/api/v1/projects/ledger.xlsx", headers=t.admin_a)
    assert resp.status == 200
    ws = load_workbook(io.BytesIO(await resp.read())).active
    assert ws is not None
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][1] == "项目名称" and len(rows) == 2
    assert str(rows[1][1]).endswith('HYPERLINK("x")') and ws.cell(2, 2).data_type == "s"  # text, not a formula
    assert await AuditEntry.filter(action="projects.export").count() == 1
    assert (await client.get("/api/v1/projects/ledger.xlsx", params={"org_id": t.b.id}, headers=t.admin_a)).status == 403


async def test_dependency_ids_beyond_any_row_are_refused(client: TestClient) -> None:
    """Found by schemathesis: an id outside 32 bits reached PostgreSQL and came back a 500."""
    t = await make_tree(client)
    p1 = await propose(client, t.admin_a, t.a.id)
    for bad in ([-2276963531778], [18263391701008], [0], [-1]):
        err = await call(client, "PUT", f"/api/v1/projects/{p1}/dependencies", t.admin_a, 422, json={"depends_on": bad})
        assert err["error"]["code"] == "validation_error"
