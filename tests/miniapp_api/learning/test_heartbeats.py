"""Certified study time: what a heartbeat earns, and what it must not."""

from __future__ import annotations

from aiohttp.test_utils import TestClient

from server.core.clock import ManualClock
from tests.miniapp_api.learning.conftest import Branch
from tests.miniapp_api.learning.helpers import Session, article, create_course, flush, video


async def _me(client: TestClient, headers: dict[str, str]) -> dict:
    resp = await client.get("/api/v1/learning/me", headers=headers)
    assert resp.status == 200, await resp.text()
    return await resp.json()


async def test_honest_viewing_is_certified_and_resumable(lclient: TestClient, branch: Branch, clock: ManualClock) -> None:
    course = await create_course(lclient, branch.admin, lessons=[video(600)])
    lesson_id = course["lessons"][0]["id"]
    s = Session(lclient, branch.headers, lesson_id)
    pos = await s.watch(clock, 0, 120)
    await s.beat(pos, playing=False)
    me = await _me(lclient, branch.headers)
    assert me["certified_seconds"] == 120
    assert me["courses"][0]["resume"] == {"lesson_id": lesson_id, "position_s": 120}
    await flush(lclient)
    me = await _me(lclient, branch.headers)
    assert me["certified_seconds"] == 120
    assert me["courses"][0]["resume"]["position_s"] == 120


async def test_paused_or_hidden_time_earns_nothing(lclient: TestClient, branch: Branch, clock: ManualClock) -> None:
    course = await create_course(lclient, branch.admin, lessons=[video(600)])
    s = Session(lclient, branch.headers, course["lessons"][0]["id"])
    await s.beat(0)
    for _ in range(4):  # paused: position still, playing false
        clock.advance(15)
        await s.beat(0, playing=False)
    for i in range(4):  # playing in a hidden tab
        clock.advance(15)
        await s.beat(15 * (i + 1), visible=False)
    assert (await _me(lclient, branch.headers))["certified_seconds"] == 0


async def test_a_long_gap_earns_at_most_one_interval(lclient: TestClient, branch: Branch, clock: ManualClock) -> None:
    course = await create_course(lclient, branch.admin, lessons=[video(3600)])
    s = Session(lclient, branch.headers, course["lessons"][0]["id"])
    await s.beat(0)
    clock.advance(600)
    await s.beat(600)
    assert (await _me(lclient, branch.headers))["certified_seconds"] == 30


async def test_a_second_tab_earns_nothing_while_the_first_plays(lclient: TestClient, branch: Branch, clock: ManualClock) -> None:
    course = await create_course(lclient, branch.admin, lessons=[video(600), video(600)])
    a = Session(lclient, branch.headers, course["lessons"][0]["id"])
    b = Session(lclient, branch.headers, course["lessons"][1]["id"])
    await a.beat(0)
    await b.beat(0)
    for i in range(1, 9):
        clock.advance(15)
        await a.beat(15 * i)
        await b.beat(15 * i)
    resp = await lclient.get(f"/api/v1/learning/courses/{course['id']}", headers=branch.headers)
    lessons = (await resp.json())["lessons"]
    assert [le["my"]["certified_seconds"] for le in lessons] == [120, 0]
    # When the first tab pauses, the second takes over from its next interval only.
    clock.advance(15)
    await a.beat(135, playing=False)
    await b.beat(135)
    clock.advance(15)
    await b.beat(150)
    assert (await _me(lclient, branch.headers))["certified_seconds"] == 135 + 15


async def test_seeking_ahead_earns_nothing_and_does_not_complete(lclient: TestClient, branch: Branch, clock: ManualClock) -> None:
    course = await create_course(lclient, branch.admin, lessons=[video(600)])
    s = Session(lclient, branch.headers, course["lessons"][0]["id"])
    pos = await s.watch(clock, 0, 30)
    clock.advance(15)
    await s.beat(pos + 400)  # jumped 400 s of video in 15 s
    await s.watch(clock, 430, 150)  # then watches the tail to the end
    me = await _me(lclient, branch.headers)
    assert me["certified_seconds"] == 30 + 150
    assert me["courses"][0]["progress"] < 0.9 and not me["courses"][0]["completed"]


async def test_replayed_and_out_of_order_beats_earn_nothing(lclient: TestClient, branch: Branch, clock: ManualClock) -> None:
    course = await create_course(lclient, branch.admin, lessons=[video(600)])
    s = Session(lclient, branch.headers, course["lessons"][0]["id"])
    await s.watch(clock, 0, 60)
    captured = list(s.sent)
    for body in captured:  # the same beats again, later
        clock.advance(15)
        await s.replay(body)
    clock.advance(15)
    await s.replay({**captured[-1], "seq": captured[-1]["seq"] - 1, "position_s": 75})
    assert (await _me(lclient, branch.headers))["certified_seconds"] == 60


async def test_media_completes_at_90_percent_and_grants_course_credit(lclient: TestClient, branch: Branch, clock: ManualClock) -> None:
    course = await create_course(lclient, branch.admin, lessons=[video(300)], credit_hours=2)
    s = Session(lclient, branch.headers, course["lessons"][0]["id"])
    await s.watch(clock, 0, 270)
    await flush(lclient)
    me = await _me(lclient, branch.headers)
    assert me["courses"][0]["completed"] is True and me["courses"][0]["progress"] == 1.0
    assert me["credit_hours"] == 2 and me["target_hours"] == 32 and me["remaining_hours"] == 30
    resp = await lclient.get("/api/v1/learning/me/ledger", headers=branch.headers)
    items = (await resp.json())["items"]
    assert [(e["source"], e["source_id"], e["hours"]) for e in items] == [("course", course["id"], 2.0)]


async def test_rewatching_is_capped_at_duration_times_1_2(lclient: TestClient, branch: Branch, clock: ManualClock) -> None:
    course = await create_course(lclient, branch.admin, lessons=[video(100)])
    lesson_id = course["lessons"][0]["id"]
    for _ in range(3):
        s = Session(lclient, branch.headers, lesson_id)
        await s.watch(clock, 0, 100, step=10)
        await s.beat(100, playing=False)
    assert (await _me(lclient, branch.headers))["certified_seconds"] == 120


async def test_reading_earns_while_moving_and_stops_when_idle(lclient: TestClient, branch: Branch, clock: ManualClock) -> None:
    course = await create_course(lclient, branch.admin, lessons=[article(600)], credit_hours=0)
    s = Session(lclient, branch.headers, course["lessons"][0]["id"])
    await s.beat(0)
    for i in range(1, 5):  # reading and scrolling
        clock.advance(15)
        await s.beat(10 * i)
    for _ in range(20):  # page left open, never scrolled again: idle after reading_idle_s
        clock.advance(15)
        await s.beat(40)
    me = await _me(lclient, branch.headers)
    assert me["certified_seconds"] == 60 + 120


async def test_free_study_converts_at_45_minutes_per_credit_hour(lclient: TestClient, branch: Branch, clock: ManualClock) -> None:
    course = await create_course(lclient, branch.admin, lessons=[video(3600)], credit_hours=0)
    s = Session(lclient, branch.headers, course["lessons"][0]["id"])
    await s.watch(clock, 0, 45 * 60)
    await flush(lclient)
    me = await _me(lclient, branch.headers)
    assert me["certified_minutes"] == 45 and me["credit_hours"] == 1.0
    resp = await lclient.get("/api/v1/learning/me/ledger", headers=branch.headers)
    assert [e["source"] for e in (await resp.json())["items"]] == ["free_study"]


async def test_unknown_or_unpublished_lessons_are_404(lclient: TestClient, branch: Branch) -> None:
    draft = await create_course(lclient, branch.admin, publish=False)
    for lesson_id in (draft["lessons"][0]["id"], 999999):
        s = Session(lclient, branch.headers, lesson_id)
        resp = await lclient.post("/api/v1/learning/heartbeats", headers=branch.headers, json={
            "lesson_id": lesson_id, "session_id": s.session_id, "position_s": 0, "playing": True, "visible": True})
        assert resp.status == 404
        assert (await resp.json())["error"]["code"] == "learning.lesson_not_found"


async def test_heartbeats_need_a_bound_member_and_a_valid_body(lclient: TestClient, branch: Branch) -> None:
    body = {"lesson_id": 1, "session_id": "abcdefgh", "position_s": 0, "playing": True, "visible": True}
    resp = await lclient.post("/api/v1/learning/heartbeats", json=body)
    assert resp.status == 401
    resp = await lclient.post("/api/v1/learning/heartbeats", json=body, headers=branch.admin)
    assert resp.status == 403
    resp = await lclient.post("/api/v1/learning/heartbeats", json={**body, "session_id": "bad id!"}, headers=branch.headers)
    assert resp.status == 422
