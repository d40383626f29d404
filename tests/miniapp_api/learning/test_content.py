"""Courses, lessons and quizzes: who may manage them, who may study them, what learners see."""

from __future__ import annotations

from aiohttp import FormData
from aiohttp.test_utils import TestClient

from miniapp_api.audit.models import AuditEntry
from miniapp_api.orgs.models import OrgKind, OrgType
from server.core.clock import ManualClock
from tests.factories import admin_headers, make_member, make_org, member_headers
from tests.miniapp_api.learning.conftest import Branch
from tests.miniapp_api.learning.helpers import Session, article, create_course, flush, video

QUIZ = {"pass_mark": 60, "questions": [
    {"text": "党的最高领导机关是？", "kind": "single", "options": ["全国代表大会和中央委员会", "中央政治局"], "answer": [0]},
    {"text": "党的纪律包括哪些？", "kind": "multiple", "options": ["政治纪律", "组织纪律", "旅游纪律"], "answer": [0, 1]},
]}


async def test_course_with_lessons_and_quiz_hides_answers_until_submitted(lclient: TestClient, branch: Branch) -> None:
    course = await create_course(lclient, branch.admin, lessons=[video(300, quiz=QUIZ), article(None)])
    video_lesson, reading = course["lessons"]
    assert video_lesson["has_quiz"] and not reading["has_quiz"]
    assert reading["duration_s"] >= 60  # estimated from the text
    resp = await lclient.get(f"/api/v1/learning/lessons/{video_lesson['id']}", headers=branch.headers)
    assert resp.status == 200
    detail = await resp.json()
    assert "answer" not in str(detail["quiz"]) and "answers" not in detail["quiz"]
    resp = await lclient.post(f"/api/v1/learning/lessons/{video_lesson['id']}/quiz/attempts", headers=branch.headers,
                              json={"answers": {"1": [0], "2": [0]}})
    assert resp.status == 201
    result = await resp.json()
    assert (result["score"], result["passed"]) == (50, False)
    assert [r["answer"] for r in result["results"]] == [[0], [0, 1]]
    resp = await lclient.get(f"/api/v1/learning/lessons/{video_lesson['id']}/quiz", headers=branch.admin)
    assert (await resp.json())["answers"] == {"1": [0], "2": [0, 1]}


async def test_bad_course_input_is_refused(lclient: TestClient, branch: Branch) -> None:
    resp = await lclient.post("/api/v1/learning/courses", headers=branch.admin,
                              json={"title": "课", "topics": ["不存在的主题"], "lessons": [video()]})
    assert resp.status == 422 and (await resp.json())["error"]["code"] == "learning.unknown_topic"
    resp = await lclient.post("/api/v1/learning/courses", headers=branch.admin,
                              json={"title": "课", "topics": ["党史"], "lessons": [{"title": "视频", "kind": "video"}]})
    assert resp.status == 422 and (await resp.json())["error"]["code"] == "learning.duration_required"
    bad_quiz = {**QUIZ, "questions": [{"text": "?", "kind": "single", "options": ["a", "b"], "answer": [0, 1]}]}
    resp = await lclient.post("/api/v1/learning/courses", headers=branch.admin,
                              json={"title": "课", "topics": ["党史"], "lessons": [video(quiz=bad_quiz)]})
    assert resp.status == 422
    empty = await create_course(lclient, branch.admin, publish=False, lessons=[])
    resp = await lclient.post(f"/api/v1/learning/courses/{empty['id']}/publish", headers=branch.admin)
    assert resp.status == 400 and (await resp.json())["error"]["code"] == "learning.empty_course"
    resp = await lclient.post("/api/v1/learning/courses", headers=branch.headers, json={"title": "课", "topics": ["党史"]})
    assert resp.status == 403


async def test_courses_are_scoped_to_the_org_subtree(lclient: TestClient, branch: Branch) -> None:
    other = await make_org(org_type=OrgType.COMMUNITY)
    other_admin = await admin_headers(lclient, other)
    outsider = await member_headers(lclient, await make_member(other))
    mine = await create_course(lclient, branch.admin, org_id=branch.org.id)
    resp = await lclient.patch(f"/api/v1/learning/courses/{mine['id']}", headers=other_admin, json={"title": "改"})
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "learning.not_editable"
    resp = await lclient.post("/api/v1/learning/courses", headers=other_admin,
                              json={"org_id": branch.org.id, "title": "越权", "topics": ["党史"]})
    assert resp.status == 403
    resp = await lclient.get(f"/api/v1/learning/courses/{mine['id']}", headers=outsider)
    assert resp.status == 404 and (await resp.json())["error"]["code"] == "learning.course_not_found"
    superadmin = await admin_headers(lclient, None)
    glob = await create_course(lclient, superadmin)
    assert glob["org_id"] is None
    for headers in (outsider, branch.headers):
        resp = await lclient.get("/api/v1/learning/courses", headers=headers)
        ids = [c["id"] for c in (await resp.json())["items"]]
        assert glob["id"] in ids and (mine["id"] in ids) == (headers is branch.headers)
    resp = await lclient.get("/api/v1/learning/courses", headers=other_admin)
    assert {c["id"] for c in (await resp.json())["items"]} == {glob["id"]}


async def test_audience_limits_who_sees_a_course(lclient: TestClient, branch: Branch) -> None:
    committee = await make_org(kind=OrgKind.COMMITTEE, org_type=OrgType.DEV_ZONE)
    park = await make_org(parent=committee, org_type=OrgType.DEV_ZONE)
    office = await make_org(parent=committee, org_type=OrgType.GOVERNMENT)
    admin = await admin_headers(lclient, committee)
    course = await create_course(lclient, admin, org_id=committee.id, audience={"org_types": ["开发区"]})
    secretary_only = await create_course(lclient, admin, org_id=committee.id, audience={"posts": ["书记"]})
    park_member = await member_headers(lclient, await make_member(park, posts=["书记"]))
    office_member = await member_headers(lclient, await make_member(office))
    resp = await lclient.get("/api/v1/learning/courses", headers=park_member)
    assert {c["id"] for c in (await resp.json())["items"]} == {course["id"], secretary_only["id"]}
    resp = await lclient.get("/api/v1/learning/courses", headers=office_member)
    assert (await resp.json())["items"] == []


async def test_drafts_and_archived_courses_cannot_be_studied(lclient: TestClient, branch: Branch) -> None:
    course = await create_course(lclient, branch.admin, publish=False)
    lesson_id = course["lessons"][0]["id"]
    resp = await lclient.get(f"/api/v1/learning/lessons/{lesson_id}", headers=branch.headers)
    assert resp.status == 404
    await lclient.post(f"/api/v1/learning/courses/{course['id']}/publish", headers=branch.admin)
    session = Session(lclient, branch.headers, lesson_id)
    await session.beat(0)
    resp = await lclient.post(f"/api/v1/learning/courses/{course['id']}/archive", headers=branch.admin)
    assert resp.status == 200 and (await resp.json())["status"] == "archived"
    resp = await lclient.post("/api/v1/learning/heartbeats", headers=branch.headers, json={
        "lesson_id": lesson_id, "session_id": session.session_id, "position_s": 15, "playing": True, "visible": True})
    assert resp.status == 404


async def test_lessons_can_be_added_edited_and_deleted_until_studied(
    lclient: TestClient, branch: Branch, clock: ManualClock,
) -> None:
    course = await create_course(lclient, branch.admin, lessons=[video(600)])
    resp = await lclient.post(f"/api/v1/learning/courses/{course['id']}/lessons", headers=branch.admin, json=video(120))
    assert resp.status == 201
    added = await resp.json()
    assert added["seq"] == 2
    resp = await lclient.patch(f"/api/v1/learning/lessons/{added['id']}", headers=branch.admin, json={"duration_s": 200})
    assert (await resp.json())["duration_s"] == 200
    resp = await lclient.put(f"/api/v1/learning/lessons/{added['id']}/quiz", headers=branch.admin, json=QUIZ)
    assert resp.status == 200 and len((await resp.json())["questions"]) == 2
    await Session(lclient, branch.headers, added["id"]).watch(clock, 0, 30)
    await flush(lclient)
    resp = await lclient.delete(f"/api/v1/learning/lessons/{added['id']}", headers=branch.admin)
    assert resp.status == 409 and (await resp.json())["error"]["code"] == "learning.lesson_in_use"
    resp = await lclient.delete(f"/api/v1/learning/lessons/{course['lessons'][0]['id']}", headers=branch.admin)
    assert resp.status == 204
    actions = set(await AuditEntry.filter(action__startswith="learning.").values_list("action", flat=True))
    assert {"learning.course_create", "learning.course_published", "learning.lesson_create", "learning.lesson_update",
            "learning.quiz_set", "learning.lesson_delete"} <= actions


async def test_topic_taxonomy_is_managed_by_the_superadmin(lclient: TestClient, branch: Branch) -> None:
    resp = await lclient.get("/api/v1/learning/topics", headers=branch.headers)
    names = [t["name"] for t in (await resp.json())["items"]]
    assert names[:6] == ["党章党规", "理论武装", "党史", "廉政教育", "业务知识", "产业党建"]
    resp = await lclient.post("/api/v1/learning/topics", headers=branch.admin, json={"name": "乡村振兴"})
    assert resp.status == 403
    superadmin = await admin_headers(lclient, None)
    resp = await lclient.post("/api/v1/learning/topics", headers=superadmin, json={"name": "乡村振兴", "sort": 20})
    assert resp.status == 201
    resp = await lclient.post("/api/v1/learning/topics", headers=superadmin, json={"name": "乡村振兴"})
    assert resp.status == 409


async def test_media_upload_is_checked_stored_and_served(lclient: TestClient, branch: Branch) -> None:
    course = await create_course(lclient, branch.admin, lessons=[video(60)])
    lesson_id = course["lessons"][0]["id"]
    mp4 = b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 64
    form = FormData()
    form.add_field("file", mp4, filename="第一课.mp4", content_type="video/mp4")
    resp = await lclient.post(f"/api/v1/learning/lessons/{lesson_id}/media", headers=branch.admin, data=form)
    assert resp.status == 200, await resp.text()
    url = (await resp.json())["media_url"]
    resp = await lclient.get(url)
    assert resp.status == 200 and await resp.read() == mp4 and resp.headers["Content-Type"] == "video/mp4"
    fake = FormData()
    fake.add_field("file", b"<html>not a video</html>", filename="x.mp4", content_type="video/mp4")
    resp = await lclient.post(f"/api/v1/learning/lessons/{lesson_id}/media", headers=branch.admin, data=fake)
    assert resp.status == 415 and (await resp.json())["error"]["code"] == "learning.bad_media"
    resp = await lclient.get("/api/v1/learning/media/../../etc/passwd")
    assert resp.status == 404
