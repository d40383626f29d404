"""The ticket state machine: every transition, its permissions, appeals, follow-ups, the log."""

from __future__ import annotations

from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from miniapp_api.audit.models import AuditEntry
from miniapp_api.evaluation.models import Rating
from miniapp_api.rectification import service
from miniapp_api.rectification.schemas import ACTIONS
from server.core.appkeys import CLOCK, SETTINGS
from server.core.auth import Role
from tests.factories import admin_headers, make_member, member_headers
from tests.miniapp_api.evaluation.helpers import Tree, device, error_code, rate
from tests.miniapp_api.rectification.helpers import PATHS, act, act_ok

ALLOWED = {
    "pending": {"verify", "callback", "appeal"},
    "rectifying": {"resolve", "callback", "appeal"},
    "callback": {"start", "callback", "close"},
    "closed": set(),
    "appealing": {"decide_appeal"},
}


async def _bring(client: TestClient, tree: Tree, ticket_id: int, state: str) -> None:
    for action, body in PATHS[state]:
        await act_ok(client, ticket_id, await tree.admin("a"), action, **body)


async def test_the_whole_loop_is_recorded(client: TestClient, tree: Tree, ticket: dict[str, Any]) -> None:
    a = await tree.admin("a")
    t = await act_ok(client, ticket["id"], a, "callback", note="已电话联系评价人")
    assert t["status"] == "pending" and t["called_back_at"]
    t = await act_ok(client, ticket["id"], a, "verify", disposal="deadline", note="核实属实")
    assert t["status"] == "rectifying" and t["disposal_label"] == "限期整改" and t["verified_at"]
    t = await act_ok(client, ticket["id"], a, "resolve", note="已调整窗口人员")
    assert t["status"] == "callback" and t["resolution"] == "已调整窗口人员"
    t = await act_ok(client, ticket["id"], a, "callback", note="回访", satisfaction="basic")
    assert t["followup_result"] == "basic" and t["followup_by"] == "admin" and t["status"] == "callback"
    t = await act_ok(client, ticket["id"], a, "close", note="办结")
    assert t["status"] == "closed" and t["status_label"] == "已办结" and t["deadline_state"] == "done"
    detail = await (await client.get(f"/api/v1/rectifications/{ticket['id']}", headers=a)).json()
    assert [(e["action"], e["from_status"], e["to_status"]) for e in detail["events"]] == [
        ("open", "", "pending"), ("callback", "pending", "pending"), ("verify", "pending", "rectifying"),
        ("resolve", "rectifying", "callback"), ("callback", "callback", "callback"), ("close", "callback", "closed"),
    ]
    assert all(e["actor_role"] == "org_admin" for e in detail["events"][1:])
    assert detail["events"][2]["note"] == "核实属实" and detail["events"][2]["detail"] == {"disposal": "deadline"}
    assert await AuditEntry.filter(action__startswith="rectification.").count() == 5


@pytest.mark.parametrize("state", list(PATHS))
async def test_only_the_allowed_actions_work_in_each_state(client: TestClient, tree: Tree, ticket: dict[str, Any],
                                                           state: str) -> None:
    await _bring(client, tree, ticket["id"], state)
    detail = await (await client.get(f"/api/v1/rectifications/{ticket['id']}", headers=await tree.admin("a"))).json()
    assert detail["status"] == state
    assert set(detail["allowed_actions"]) == ALLOWED[state] - {"decide_appeal"}  # a branch admin cannot decide
    for action in set(ACTIONS) - ALLOWED[state]:
        resp = await act(client, ticket["id"], await tree.admin("committee"), action, note="x", disposal="explain",
                         upheld=False)
        assert resp.status == 409, (state, action)
        assert await error_code(resp) == "rectification.invalid_transition"


async def test_actions_validate_their_inputs(client: TestClient, tree: Tree, ticket: dict[str, Any]) -> None:
    a = await tree.admin("a")
    resp = await act(client, ticket["id"], a, "verify")
    assert resp.status == 422 and await error_code(resp) == "rectification.disposal_required"
    resp = await act(client, ticket["id"], a, "appeal")
    assert resp.status == 422 and await error_code(resp) == "rectification.note_required"
    resp = await act(client, ticket["id"], a, "callback", satisfaction="satisfied")
    assert resp.status == 409  # a satisfaction answer only after the fix
    assert (await act(client, ticket["id"], a, "fly")).status == 422
    await act_ok(client, ticket["id"], a, "verify", disposal="immediate")
    resp = await act(client, ticket["id"], a, "resolve", note="")
    assert resp.status == 422 and await error_code(resp) == "rectification.note_required"
    assert (await client.post("/api/v1/rectifications/999999/actions", headers=a, json={"action": "verify"})).status == 404


async def test_only_admins_of_the_subtree_act(client: TestClient, tree: Tree, ticket: dict[str, Any]) -> None:
    url = f"/api/v1/rectifications/{ticket['id']}"
    for key in ("b", "group"):  # a sibling, and a group below the ticket's org
        resp = await act(client, ticket["id"], await tree.admin(key), "verify", disposal="explain")
        assert resp.status == 403 and await error_code(resp) == "orgs.out_of_scope"
        assert (await client.get(url, headers=await tree.admin(key))).status == 403
    staff = await admin_headers(client, tree.a, Role.STAFF)
    assert (await client.get(url, headers=staff)).status == 200
    assert (await act(client, ticket["id"], staff, "verify", disposal="explain")).status == 403
    member = await member_headers(client, await make_member(tree.a))
    assert (await client.get(url, headers=member)).status == 403
    assert (await client.get(url)).status == 401
    for key in ("a", "general", "committee", "super"):
        assert (await client.get(url, headers=await tree.admin(key))).status == 200, key
    t = await act_ok(client, ticket["id"], await tree.admin("committee"), "verify", disposal="explain")
    assert t["status"] == "rectifying"


async def test_list_is_subtree_scoped_and_filtered(client: TestClient, tree: Tree, ticket: dict[str, Any],
                                                   code: dict[str, Any]) -> None:
    await rate(client, code["token"], 2)
    await act_ok(client, ticket["id"], await tree.admin("a"), "verify", disposal="deadline")
    listed = await (await client.get("/api/v1/rectifications", headers=await tree.admin("committee"))).json()
    assert listed["total"] == 2 and listed["page"] == 1
    assert (await (await client.get("/api/v1/rectifications", headers=await tree.admin("b"))).json())["total"] == 0
    only = await (await client.get("/api/v1/rectifications?status=rectifying", headers=await tree.admin("a"))).json()
    assert [t["id"] for t in only["items"]] == [ticket["id"]]
    by_org = await client.get(f"/api/v1/rectifications?org_id={tree.a.id}", headers=await tree.admin("b"))
    assert by_org.status == 403
    item = only["items"][0]
    assert item["org_name"] == tree.a.name and item["deadline_state"] in ("ok", "due_soon")
    assert item["contact_masked"] == "137****1234" and "13700001234" not in str(listed)


async def test_appeal_is_decided_by_the_parent_and_upheld_drops_the_rating(
    client: TestClient, tree: Tree, ticket: dict[str, Any]
) -> None:
    a = await tree.admin("a")
    await act_ok(client, ticket["id"], a, "appeal", note="评价人当天未来办事")
    resp = await act(client, ticket["id"], a, "decide_appeal", upheld=True, note="自己裁定")
    assert resp.status == 403 and await error_code(resp) == "rectification.parent_required"
    general_view = await (await client.get(f"/api/v1/rectifications/{ticket['id']}", headers=await tree.admin("general"))).json()
    assert general_view["allowed_actions"] == ["decide_appeal"] and general_view["deadline_state"] == "paused"
    resp = await act(client, ticket["id"], await tree.admin("general"), "decide_appeal", note="缺少说明")
    assert resp.status == 422 and await error_code(resp) == "rectification.upheld_required"
    t = await act_ok(client, ticket["id"], await tree.admin("general"), "decide_appeal", upheld=True, note="经核查申诉成立")
    assert t["status"] == "closed" and t["appeal_result"] == "upheld"
    rating = await Rating.get(id=ticket["rating_id"])
    assert rating.is_excluded and rating.excluded_reason  # kept, never deleted
    stats = await (await client.get(f"/api/v1/evaluation/stats?org_id={tree.a.id}", headers=a)).json()
    assert stats["total"] == 0 and stats["bad_count"] == 0 and stats["tickets"] == 0 and stats["appeals_upheld"] == 1
    assert stats["live"]["total"] == 0
    info = await (await client.get(f"/api/v1/evaluation/codes/{ticket['token']}", headers=ticket["rater"])).json()
    assert info["followups"] == []  # nothing to rate after an upheld appeal


async def test_rejected_appeal_returns_to_where_it_was(client: TestClient, tree: Tree, ticket: dict[str, Any]) -> None:
    a = await tree.admin("a")
    await act_ok(client, ticket["id"], a, "verify", disposal="deadline")
    await act_ok(client, ticket["id"], a, "appeal", note="不属实")
    t = await act_ok(client, ticket["id"], await tree.admin("committee"), "decide_appeal", upheld=False, note="申诉不成立")
    assert t["status"] == "rectifying" and t["appeal_result"] == "rejected"
    assert not (await Rating.get(id=ticket["rating_id"])).is_excluded


async def test_the_appealer_cannot_decide_his_own_appeal(client: TestClient, tree: Tree, ticket: dict[str, Any]) -> None:
    committee = await tree.admin("committee")
    await act_ok(client, ticket["id"], committee, "appeal", note="上级代为申诉")
    resp = await act(client, ticket["id"], committee, "decide_appeal", upheld=True, note="成立")
    assert resp.status == 403 and await error_code(resp) == "rectification.self_decision"
    await act_ok(client, ticket["id"], await tree.admin("general"), "decide_appeal", upheld=True, note="成立")


async def test_the_rater_rates_the_fix_through_the_same_link(client: TestClient, tree: Tree, ticket: dict[str, Any]) -> None:
    info_url = f"/api/v1/evaluation/codes/{ticket['token']}"
    client.session.cookie_jar.clear()
    assert (await (await client.get(info_url, headers=ticket["rater"])).json())["followups"] == []
    a = await tree.admin("a")
    await act_ok(client, ticket["id"], a, "verify", disposal="immediate")
    await act_ok(client, ticket["id"], a, "resolve", note="已向评价人致歉并改进流程")
    client.session.cookie_jar.clear()
    followups = (await (await client.get(info_url, headers=ticket["rater"])).json())["followups"]
    assert followups == [{"rating_id": ticket["rating_id"], "day": followups[0]["day"], "score": 1,
                          "status_label": "待回访", "resolution": "已向评价人致歉并改进流程"}]
    stranger = await client.post(f"{info_url}/followups", headers=device(),
                                 json={"rating_id": ticket["rating_id"], "result": "satisfied"})
    assert stranger.status == 404 and await error_code(stranger) == "evaluation.rating_not_found"
    client.session.cookie_jar.clear()
    resp = await client.post(f"{info_url}/followups", headers=ticket["rater"],
                             json={"rating_id": ticket["rating_id"], "result": "satisfied"})
    assert resp.status == 200 and (await resp.json())["ticket_status"] == "closed"
    client.session.cookie_jar.clear()
    again = await client.post(f"{info_url}/followups", headers=ticket["rater"],
                              json={"rating_id": ticket["rating_id"], "result": "unsatisfied"})
    assert again.status == 409 and await error_code(again) == "rectification.followup_not_open"
    detail = await (await client.get(f"/api/v1/rectifications/{ticket['id']}", headers=a)).json()
    assert detail["followup_result"] == "satisfied" and detail["followup_by"] == "source"
    assert detail["events"][-1]["action"] == "followup" and detail["events"][-1]["actor_role"] == "source"


async def test_an_unsatisfied_rater_sends_it_back_for_rework(client: TestClient, tree: Tree, ticket: dict[str, Any]) -> None:
    a = await tree.admin("a")
    await _bring(client, tree, ticket["id"], "callback")
    client.session.cookie_jar.clear()
    resp = await client.post(f"/api/v1/evaluation/codes/{ticket['token']}/followups", headers=ticket["rater"],
                             json={"rating_id": ticket["rating_id"], "result": "unsatisfied"})
    assert (await resp.json())["ticket_status"] == "callback"
    t = await act_ok(client, ticket["id"], a, "start", note="重新整改")
    assert t["status"] == "rectifying"


async def test_tickets_are_generic_over_their_source(client: TestClient, tree: Tree) -> None:
    app = client.app
    assert app is not None
    opened = await service.open_ticket(
        source_type="assessment_warning", source_id=42, org_id=tree.b.id, title="党建考核红色预警", summary="三会一课不规范",
        is_named=False, contact_masked="", now=app[CLOCK].now(), deadlines=service.Deadlines(1, 5, app[SETTINGS].zone),
    )
    b = await tree.admin("b")
    await act_ok(client, opened.id, b, "appeal", note="数据有误")
    t = await act_ok(client, opened.id, await tree.admin("committee"), "decide_appeal", upheld=True, note="成立")
    assert t["status"] == "closed" and t["source_type"] == "assessment_warning"
    contact = await client.get(f"/api/v1/rectifications/{opened.id}/contact", headers=b)
    assert contact.status == 200 and (await contact.json())["phone"] is None
