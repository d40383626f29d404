"""The 学习管理 pages in Chromium: progress with the heat map and who is behind, course creation to publishing,
lessons and quizzes, required study and its confirmation."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from playwright.async_api import Page, expect

from miniapp_api.learning import service
from tests.browser.conftest import ConsoleData

pytestmark = pytest.mark.browser


def _modal(page: Page, title: str):  # type: ignore[no-untyped-def]
    return page.locator(".dj-modal", has=page.locator(".dj-modal-head h3", has_text=title))


async def test_progress_shows_heat_map_and_members_behind_target(admin_page: Page, live_server: str,
                                                                 console_data: ConsoleData) -> None:
    secretary, member = console_data.members_a
    await service.add_ledger_entry(member.id, 33, source="offline", source_id=None, note="集中培训",
                                   at=datetime.now(UTC))
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
                                due_at=None)
    await admin_page.goto(f"{live_server}/admin#/learning/tasks")
    await admin_page.locator(".dj-org-picker").first.select_option(str(console_data.branch_a.id))
    row = admin_page.locator(".dj-table tbody tr", has_text="补学：主题党日")
    await row.get_by_role("button", name="确认完成").click()
    form = _modal(admin_page, "确认完成")
    await form.locator("[data-field=note] input").fill("已观看录像")
    await form.locator(".dj-modal-foot .dj-btn-primary").click()
    await expect(row).to_contain_text("已完成")
