"""The member's side of the study page: the course catalogue (search, topic, progress) and confirming his own 补学."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from aiohttp.test_utils import TestClient

from miniapp_api.learning import service
from server.core.clock import ManualClock
from tests.factories import make_member, member_headers
from tests.miniapp_api.learning.conftest import Branch
from tests.miniapp_api.learning.helpers import Session, create_course, flush, video


async def _mine(client: TestClient, headers: dict[str, str]) -> list[dict[str, Any]]:
    resp = await client.get("/api/v1/learning/me/assignments", headers=headers)
    assert resp.status == 200
    return (await resp.json())["items"]


async def test_the_catalogue_lists_searches_and_filters_published_courses_with_progress(
    lclient: TestClient, branch: Branch, clock: ManualClock,
) -> None:
    history = await create_course(lclient, branch.admin, title="党史上的重要会议", topics=["党史"], lessons=[video(60)])
    await create_course(lclient, branch.admin, title="党章逐章学", topics=["党章党规"])
    await create_course(lclient, branch.admin, title="党史草稿", topics=["党史"], publish=False)
    await Session(lclient, branch.headers, history["lessons"][0]["id"]).watch(clock, 0, 60)
    await flush(lclient)

    async def titles(**params: str) -> list[tuple[str, bool | None]]:
        resp = await lclient.get("/api/v1/learning/courses", headers=branch.headers, params=params)
        assert resp.status == 200, await resp.text()
        return [(c["title"], c["completed"]) for c in (await resp.json())["items"]]

    assert sorted(await titles()) == [("党史上的重要会议", True), ("党章逐章学", False)]
    assert await titles(q="会议") == [("党史上的重要会议", True)]
    assert await titles(topic="党章党规") == [("党章逐章学", False)]
    assert await titles(q="草稿") == []


async def test_a_member_confirms_his_own_makeup_with_a_note(lclient: TestClient, branch: Branch) -> None:
    resp = await lclient.post("/api/v1/learning/assignments", headers=branch.admin, json={
        "org_id": branch.org.id, "kind": "makeup", "title": "补学：十一月党课"})
    assert resp.status == 201
    task = (await _mine(lclient, branch.headers))[0]
    assert task["self_confirm"] is True
    path = f"/api/v1/learning/me/assignments/{task['id']}/confirm"
    other = await member_headers(lclient, await make_member(branch.org))
    resp = await lclient.post(path, headers=other, json={"note": "冒名确认"})
    assert resp.status == 404 and (await resp.json())["error"]["code"] == "learning.assignment_not_found"
    resp = await lclient.post(path, headers=branch.headers, json={"note": "已观看党课录像并写了心得"})
    assert resp.status == 200, await resp.text()
    body = await resp.json()
    assert (body["status"], body["done_note"], body["self_confirm"]) == ("done", "已观看党课录像并写了心得", False)
    resp = await lclient.post(path, headers=branch.headers, json={"note": "再次确认"})
    assert resp.status == 409 and (await resp.json())["error"]["code"] == "learning.assignment_done"
    resp = await lclient.get("/api/v1/learning/assignments", headers=branch.admin, params={"org_id": str(branch.org.id)})
    assert (await resp.json())["items"][0]["done_note"] == "已观看党课录像并写了心得"


async def test_required_study_course_linked_and_other_domains_makeup_are_not_self_confirmed(
    lclient: TestClient, branch: Branch,
) -> None:
    course = await create_course(lclient, branch.admin)
    for body in ({"kind": "makeup", "title": "补学：学课程", "course_id": course["id"]},
                 {"kind": "required", "title": "必学：条例"}):
        resp = await lclient.post("/api/v1/learning/assignments", headers=branch.admin,
                                  json={"org_id": branch.org.id, **body})
        assert resp.status == 201
    await service.assign_makeup([branch.member.id], source="partyday", source_id=77, title="补学：主题党日",
                                due_at=None, now=datetime(2026, 3, 2, tzinfo=UTC))
    tasks = await _mine(lclient, branch.headers)
    assert len(tasks) == 3 and not any(t["self_confirm"] for t in tasks)
    codes = set()
    for t in tasks:
        resp = await lclient.post(f"/api/v1/learning/me/assignments/{t['id']}/confirm", headers=branch.headers,
                                  json={"note": "已学习"})
        assert resp.status == 409
        codes.add((t["source"], (await resp.json())["error"]["code"]))
    assert codes == {("admin:makeup", "learning.self_confirm_refused"), ("admin:required", "learning.self_confirm_refused"),
                     ("partyday", "learning.confirm_elsewhere")}
    assert {t["status"] for t in await _mine(lclient, branch.headers)} == {"pending"}


async def test_the_study_page_carries_the_catalogue_and_the_tasks(lclient: TestClient) -> None:
    page = await (await lclient.get("/h5/study")).text()
    for marker in ('id="catalogue"', 'id="course-q"', 'id="course-topic"', 'id="tasks"', "我已完成补学", "已逾期"):
        assert marker in page


async def test_two_tasks_without_a_course_given_at_the_same_instant_stay_two(lclient: TestClient, branch: Branch) -> None:
    for title in ("补学：十月党课", "补学：十一月党课"):
        resp = await lclient.post("/api/v1/learning/assignments", headers=branch.admin, json={
            "org_id": branch.org.id, "kind": "makeup", "title": title})
        assert resp.status == 201
    assert sorted(t["title"] for t in await _mine(lclient, branch.headers)) == ["补学：十一月党课", "补学：十月党课"]
