"""The 学习管理 pages in Chromium: progress with the heat map and who is behind, course creation to publishing,
lessons and quizzes, required study and its confirmation."""

from __future__ import annotations

from collections.abc import Callable

import aiohttp
import pytest
from playwright.async_api import Page, Response, expect

from miniapp_api.learning import service
from server.core.clock import LocalZone
from tests.browser.conftest import ConsoleData, LiveServer
from tests.clock import TEST_EPOCH

pytestmark = pytest.mark.browser


def _modal(page: Page, title: str):  # type: ignore[no-untyped-def]
    return page.locator(".dj-modal", has=page.locator(".dj-modal-head h3", has_text=title))


async def test_progress_shows_heat_map_and_members_behind_target(admin_page: Page, live_server: str,
                                                                 console_data: ConsoleData) -> None:
    secretary, member = console_data.members_a
    await service.add_ledger_entry(member.id, 33, source="offline", source_id=None, note="集中培训",
                                   at=TEST_EPOCH, zone=LocalZone("Asia/Shanghai"))
    await admin_page.goto(f"{live_server}/admin#/learning")
    await admin_page.locator(".dj-org-picker").first.select_option(str(console_data.branch_a.id))
    await expect(admin_page.locator(".lrn-heat")).to_contain_text("党章党规")
    rows = admin_page.locator(".lrn-members tbody tr")
    await expect(rows).to_have_count(2)
    await expect(rows.first).to_contain_text(secretary.name)
    await expect(rows.first).to_contain_text("未达标")
    await admin_page.get_by_label("只看未达标").check()
    await expect(rows).to_have_count(1)
    await expect(admin_page.locator(".dj-stats")).to_contain_text("50%")


async def test_course_is_created_given_a_lesson_and_quiz_and_published(admin_page: Page, live_server: str,
                                                                       console_data: ConsoleData) -> None:
    await admin_page.goto(f"{live_server}/admin#/learning/courses")
    await admin_page.get_by_role("button", name="新建课程").click()
    form = _modal(admin_page, "新建课程")
    await form.locator("[data-field=title] input").fill("党史专题")
    await form.locator("[data-field=topics] label", has_text="党史").locator("input").check()
    await form.locator("[data-field=credit_hours] input").fill("2")
    await form.locator(".dj-modal-foot .dj-btn-primary").click()
    await expect(admin_page.locator(".dj-page-head h2")).to_have_text("党史专题")
    await admin_page.get_by_role("button", name="添加课时").click()
    lesson = _modal(admin_page, "添加课时")
    await lesson.locator("[data-field=title] input").fill("遵义会议")
    await lesson.locator("[data-field=minutes] input").fill("20")
    await lesson.locator(".dj-modal-foot .dj-btn-primary").click()
    await expect(admin_page.locator(".dj-table tbody tr")).to_contain_text("遵义会议")
    await admin_page.get_by_role("button", name="测验").click()
    quiz = _modal(admin_page, "课时测验")
    await quiz.locator("[data-field=questions] textarea").fill("遵义会议召开于哪一年？ | 1935；1949 | 1")
    await quiz.locator(".dj-modal-foot .dj-btn-primary").click()
    await expect(admin_page.locator(".dj-table tbody tr")).to_contain_text("有")
    await admin_page.get_by_role("button", name="发布").click()
    await expect(admin_page.locator(".dj-page-head").first).to_contain_text("已发布")


async def test_required_study_is_assigned_and_confirmed(admin_page: Page, live_server: str, console_data: ConsoleData) -> None:
    await service.assign_makeup([console_data.members_a[1].id], source="partyday", source_id=1, title="补学：主题党日",
                                due_at=None, now=TEST_EPOCH)
    await admin_page.goto(f"{live_server}/admin#/learning/tasks")
    await admin_page.locator(".dj-org-picker").first.select_option(str(console_data.branch_a.id))
    row = admin_page.locator(".dj-table tbody tr", has_text="补学：主题党日")
    await row.get_by_role("button", name="确认完成").click()
    form = _modal(admin_page, "确认完成")
    await form.locator("[data-field=note] input").fill("已观看录像")
    await form.locator(".dj-modal-foot .dj-btn-primary").click()
    await expect(row).to_contain_text("已完成")


async def test_h5_study_page_resumes_and_certifies_time(page: Page, live_server: LiveServer,
                                                        console_data: ConsoleData) -> None:
    """A member logs in on the H5 page, plays a lesson for 45 s (faked browser and server clocks), stops,
    comes back and resumes at the same position; the certified time shows in /me."""
    member = console_data.members_a[1]
    headers = await _admin(live_server, console_data)
    course = await _course(live_server, headers)
    await page.clock.install()
    await page.goto(f"{live_server}/h5/study")
    await page.fill("#name", member.name)
    await page.fill("#phone", member.phone)
    await page.click("#do-login")
    await expect(page.locator("#hours")).to_contain_text("/ 32 学时")
    # Each beat is awaited by its sequence number: opening the lesson sends one too, and on a busy machine its
    # answer could come while the play beat is awaited, so the server's clock would move on before the play beat.
    async with page.expect_response(_beat(1)):
        await page.locator("#recs button", has_text=course["title"]).click()
    await expect(page.locator("#lesson-title")).to_have_text("第一课")
    async with page.expect_response(_beat(2)):
        await page.get_by_role("button", name="▶ 播放").click()
    for seq in (3, 4, 5):  # each interval's beat must reach the server before its clock moves on
        live_server.clock.advance(15)
        async with page.expect_response(_beat(seq)):
            await page.clock.run_for(15_000)
    async with page.expect_response(_beat(6)):
        await page.get_by_role("button", name="❚❚ 暂停").click()
    await page.click("#back")
    await expect(page.locator("#resume")).to_contain_text(course["title"])
    await page.locator("#resume button", has_text=course["title"]).click()
    await expect(page.locator("#lesson-status")).to_contain_text("从上次的位置继续（45 秒）")
    token = await page.evaluate("sessionStorage.getItem('dj-h5-token')")
    async with aiohttp.ClientSession() as http, http.get(f"{live_server}/api/v1/learning/me",
                                                         headers={"Authorization": f"Bearer {token}"}) as resp:
        assert 44 <= (await resp.json())["certified_seconds"] <= 45  # within the last beat's rounding


def _beat(seq: int) -> Callable[[Response], bool]:
    """The answer to the H5 page's heartbeat number `seq` of its lesson session."""
    def matches(response: Response) -> bool:
        if not response.url.endswith("/heartbeats"):
            return False
        body = response.request.post_data_json
        return isinstance(body, dict) and body.get("seq") == seq
    return matches


async def _admin(base: str, data: ConsoleData) -> dict[str, str]:
    async with aiohttp.ClientSession() as http, http.post(f"{base}/api/v1/auth/login", json={
            "username": data.superadmin, "password": data.password}) as resp:
        return {"Authorization": f"Bearer {(await resp.json())['access_token']}"}


async def _course(base: str, headers: dict[str, str]) -> dict:
    body = {"title": "党章学习", "topics": ["党章党规"], "credit_hours": 1,
            "lessons": [{"title": "第一课", "kind": "video", "duration_s": 600}]}
    async with aiohttp.ClientSession(headers=headers) as http:
        async with http.post(f"{base}/api/v1/learning/courses", json=body) as resp:
            course = await resp.json()
        async with http.post(f"{base}/api/v1/learning/courses/{course['id']}/publish") as resp:
            assert resp.status == 200
    return course


async def test_h5_study_page_catalogue_tasks_and_own_makeup(page: Page, live_server: LiveServer,
                                                             console_data: ConsoleData) -> None:
    """The member finds a course by searching the catalogue, sees his 补学 with the server's local due date
    (the browser runs in another zone) and confirms it himself with a note; the console shows it done."""
    member = console_data.members_a[1]
    headers = await _admin(live_server, console_data)
    course = await _course(live_server, headers)
    async with aiohttp.ClientSession(headers=headers) as http, http.post(
            f"{live_server}/api/v1/learning/assignments",
            json={"org_id": console_data.branch_a.id, "kind": "makeup", "title": "补学：六月党课",
                  "member_ids": [member.id], "due_date": "2026-06-28"}) as resp:
        assert resp.status == 201
    await page.goto(f"{live_server}/h5/study")
    await page.fill("#name", member.name)
    await page.fill("#phone", member.phone)
    await page.click("#do-login")
    task = page.locator("#tasks .item", has_text="补学：六月党课")
    await expect(task).to_contain_text("截止 2026-06-28")
    await page.fill("#course-q", course["title"][:2])
    await expect(page.locator("#courses .course")).to_have_count(1)
    await expect(page.locator("#courses")).to_contain_text(course["title"])
    await page.fill("#course-q", "没有这门课")
    await expect(page.locator("#courses")).to_contain_text("没有找到相关课程")
    await task.get_by_role("button", name="我已完成补学").click()
    await task.locator("input").fill("已观看党课录像")
    await task.get_by_role("button", name="确认").click()
    await expect(page.locator("#tasks .item", has_text="补学：六月党课")).to_contain_text("已完成")
