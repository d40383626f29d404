"""Issue 9 in learning: lesson media links a browser could run are refused, and the H5 study page offers the
stub WeChat login only where stub login is switched on."""

from __future__ import annotations

from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from miniapp_api.accounts.models import User
from miniapp_api.learning.models import Lesson
from server.core.appkeys import REVOCATIONS
from tests.miniapp_api.learning.conftest import Branch
from tests.miniapp_api.learning.helpers import create_course, video

BAD_URLS = [
    "javascript:alert(document.cookie)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "blob:https://dj.example.org/1",
    "//evil.example.com/x.mp4",
    "file:///etc/passwd",
    "/api/v1/learning/media/../../etc/passwd",
    "https://media.example.org/a b.mp4",
]
GOOD_URLS = ["https://media.example.org/dangshi/01.mp4", "http://10.0.0.5/video.mp4",
             "/api/v1/learning/media/0123456789abcdef0123456789abcdef.mp4", ""]


def _media_error(body: dict[str, Any]) -> dict[str, Any]:
    assert body["error"]["code"] == "validation_error"
    field = body["error"]["details"]["fields"][0]
    assert field["field"].endswith("media_url") and "http" in field["message"]
    return field


@pytest.mark.parametrize("url", BAD_URLS)
async def test_lesson_media_urls_a_browser_could_run_are_refused(lclient: TestClient, branch: Branch, url: str) -> None:
    course = await create_course(lclient, branch.admin, publish=False)
    lesson_id = course["lessons"][0]["id"]
    resp = await lclient.post(f"/api/v1/learning/courses/{course['id']}/lessons", headers=branch.admin,
                              json=video(60, media_url=url))
    assert resp.status == 422
    _media_error(await resp.json())
    resp = await lclient.patch(f"/api/v1/learning/lessons/{lesson_id}", headers=branch.admin, json={"media_url": url})
    assert resp.status == 422
    _media_error(await resp.json())
    resp = await lclient.post("/api/v1/learning/courses", headers=branch.admin, json={
        "title": "坏链接", "topics": ["党史"], "lessons": [video(60, media_url=url)]})
    assert resp.status == 422
    assert (await Lesson.get(id=lesson_id)).media_url == ""


async def test_http_links_and_our_own_media_are_accepted(lclient: TestClient, branch: Branch) -> None:
    course = await create_course(lclient, branch.admin, publish=False)
    lesson_id = course["lessons"][0]["id"]
    for url in GOOD_URLS:
        resp = await lclient.patch(f"/api/v1/learning/lessons/{lesson_id}", headers=branch.admin, json={"media_url": url})
        assert resp.status == 200, await resp.text()
        assert (await resp.json())["media_url"] == url


async def test_a_bad_link_stored_before_the_check_is_not_served(lclient: TestClient, branch: Branch) -> None:
    course = await create_course(lclient, branch.admin)
    lesson_id = course["lessons"][0]["id"]
    await Lesson.filter(id=lesson_id).update(media_url="javascript:alert(1)")
    resp = await lclient.get(f"/api/v1/learning/courses/{course['id']}", headers=branch.admin)
    assert (await resp.json())["lessons"][0]["media_url"] == ""
    resp = await lclient.get(f"/api/v1/learning/lessons/{lesson_id}", headers=branch.headers)
    assert (await resp.json())["media_url"] == ""


async def test_the_study_page_has_no_stub_login_when_stub_login_is_off(make_client: Any, make_settings: Any) -> None:
    client: TestClient = await make_client(make_settings(wechat_stub_login=False))
    resp = await client.get("/h5/study")
    assert resp.status == 200
    page = await resp.text()
    assert "stub:" not in page and 'id="do-login"' not in page
    assert "请在微信中打开" in page and "#token=" in page  # the mini-program hands over its token


async def test_the_study_page_has_no_stub_login_when_wechat_is_configured(make_client: Any,
                                                                           wechat_settings: Any) -> None:
    page = await (await (await make_client(wechat_settings)).get("/h5/study")).text()
    assert "stub:" not in page and "请在微信中打开" in page


async def test_the_demo_keeps_its_stub_login(lclient: TestClient) -> None:
    page = await (await lclient.get("/h5/study")).text()
    assert "stub:" in page and 'id="do-login"' in page and "请在微信中打开" not in page


async def test_heartbeats_of_a_revoked_sign_in_are_refused(lclient: TestClient, branch: Branch) -> None:
    """The heartbeat used to remember verified tokens itself and so never saw a revocation (e.g. 停用)."""
    course = await create_course(lclient, branch.admin)
    body = {"lesson_id": course["lessons"][0]["id"], "session_id": "revoked-1", "position_s": 0, "playing": True,
            "visible": True, "seq": 1}
    resp = await lclient.post("/api/v1/learning/heartbeats", json=body, headers=branch.headers)
    assert resp.status == 204
    user = await User.get(member_id=branch.member.id)
    await lclient.app[REVOCATIONS].revoke(user.id)
    resp = await lclient.post("/api/v1/learning/heartbeats", json={**body, "seq": 2}, headers=branch.headers)
    assert (resp.status, (await resp.json())["error"]["code"]) == (401, "auth.token_revoked")
