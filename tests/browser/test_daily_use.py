"""Issue 13's rough edges of daily use, as an admin sees them in the console."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from playwright.async_api import Page, expect

from miniapp_api.audit.models import AuditEntry
from tests.browser.conftest import ConsoleData, LiveServer

pytestmark = pytest.mark.browser


async def test_superadmins_member_page_opens_with_the_members_below(admin_page: Page, console_data: ConsoleData) -> None:
    await admin_page.click("nav.dj-nav >> text=党员管理")
    members = admin_page.locator(".dj-member-list")
    await expect(admin_page.locator("#member-subtree")).to_be_checked()
    for name in ("张建国", "李红梅", "王海涛"):
        await expect(members.get_by_text(name)).to_be_visible()
    await expect(members).not_to_contain_text("暂无党员")
    await admin_page.uncheck("#member-subtree")
    await expect(members).to_contain_text("该组织暂无直属党员，勾选“含下级组织”可查看下级组织的党员")


async def test_admin_exports_the_roster_with_full_phones_after_confirming(admin_page: Page, console_data: ConsoleData) -> None:
    await admin_page.goto(admin_page.url.split("#")[0] + f"#/members?org={console_data.branch_a.id}")
    await expect(admin_page.locator(".dj-member-list").get_by_text("张建国")).to_be_visible()
    await admin_page.get_by_role("button", name="导出（完整手机号）").click()
    modal = admin_page.locator(".dj-modal")
    await expect(modal).to_contain_text("记入审计日志")
    async with admin_page.expect_download() as info:
        await modal.get_by_role("button", name="导出").click()
    download = await info.value
    assert download.suggested_filename == "党员花名册（完整手机号）-财政局党支部.xlsx"
    path = await download.path()
    assert path is not None
    ws = load_workbook(io.BytesIO(await asyncio.to_thread(Path(path).read_bytes))).active
    assert ws is not None
    phones = {row[1] for row in ws.iter_rows(min_row=2, values_only=True)}
    assert phones == {m.phone for m in console_data.members_a}
    entry = await AuditEntry.filter(action="member.export").order_by("-id").first()
    assert entry is not None and entry.detail["full_phone"] is True


async def test_staff_sees_no_full_phone_export(page: Page, live_server: LiveServer, console_data: ConsoleData) -> None:
    from miniapp_api.accounts.schemas import AdminCreate
    from miniapp_api.accounts.service import create_console_user
    from server.core.auth import Role
    from tests.browser.helpers import login
    from tests.factories import PASSWORD

    await create_console_user(
        None, AdminCreate(username="kanban", password=PASSWORD, role=Role.STAFF, org_id=console_data.branch_a.id)
    )
    await login(page, live_server, "kanban")
    await page.goto(f"{live_server}/admin#/members?org={console_data.branch_a.id}")
    await expect(page.locator(".dj-member-list").get_by_text("张建国")).to_be_visible()
    await expect(page.get_by_role("button", name="导出（完整手机号）")).to_have_count(0)


async def test_audit_log_reads_in_chinese_with_the_actors_name(admin_page: Page, console_data: ConsoleData) -> None:
    from miniapp_api.audit import service as audit

    await audit.record(None, "rectification.escalate", "ticket", 7, org_id=console_data.branch_a.id, detail={"stage": "verify"})
    await admin_page.click("nav.dj-nav >> text=组织架构")
    await admin_page.locator("#org-tree li", has_text="财政局党支部").get_by_role("button", name="修改").first.click()
    modal = admin_page.locator(".dj-modal")
    await modal.locator("input[name=region]").fill("星海新区")
    await modal.locator(".dj-btn-primary").click()
    await expect(modal).to_have_count(0)
    await admin_page.click("nav.dj-nav >> text=审计日志")
    table = admin_page.locator(".dj-table")
    escalate = table.locator("tr", has_text="升级督办")
    await expect(escalate).to_contain_text("督办环节：核实")
    await expect(escalate).to_contain_text("系统")
    update = table.locator("tr", has_text="修改组织").first
    await expect(update).to_contain_text("系统管理员（超级管理员）")
    await expect(update).to_contain_text("修改项：")
    await expect(table).not_to_contain_text("rectification.escalate")
    await expect(table).not_to_contain_text("超级管理员 #")
    await expect(update).to_contain_text("组织 ")


async def test_calendar_chips_name_the_org(admin_page: Page, live_server: LiveServer, console_data: ConsoleData) -> None:
    from datetime import timedelta

    starts = live_server.clock.now() + timedelta(hours=2)
    for org in (console_data.branch_a, console_data.branch_b):
        body = {
            "org_id": org.id,
            "meeting_type": "party_lecture",
            "title": "十二月党课",
            "theme": "学习党章",
            "starts_at": starts.isoformat(),
            "ends_at": (starts + timedelta(hours=1)).isoformat(),
            "mode": "offline",
        }
        await admin_page.evaluate("body => DJ.api('POST', '/api/v1/partydays', body)", body)
    await admin_page.click("nav.dj-nav >> text=三会一课")
    chips = admin_page.locator(".pd-cal .pd-chip")
    await expect(chips).to_have_count(2)
    await expect(chips.filter(has_text="财政局党支部")).to_contain_text("党课·十二月党课")
    await expect(chips.filter(has_text="滨海社区党支部")).to_contain_text("党课·十二月党课")


async def test_every_home_card_says_what_the_page_is_for(admin_page: Page) -> None:
    cards = admin_page.locator(".dj-quick-link")
    await expect(cards.filter(has_text="学习管理")).to_contain_text("课程与专题、学时进度与报表、必学·补学任务")
    titles = await cards.evaluate_all("cs => cs.filter(c => !c.querySelector('.dj-muted')).map(c => c.textContent)")
    assert titles == []
