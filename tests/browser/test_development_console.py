"""The 发展党员 page in Chromium: the list with an overdue talk, one person's steps, recording a step, a refused
step showing the rule, and the 台账 download."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from playwright.async_api import Page, expect

from miniapp_api.development.models import DevelopmentEntry
from miniapp_api.orgs.models import MemberStatus
from tests.browser.conftest import ConsoleData, LiveServer
from tests.browser.helpers import login
from tests.clock import TEST_EPOCH
from tests.factories import make_member

pytestmark = pytest.mark.browser


async def test_a_secretary_records_development_steps(page: Page, live_server: LiveServer, console_data: ConsoleData) -> None:
    person = await make_member(console_data.branch_a, "赵申请", status=MemberStatus.APPLICANT)
    await DevelopmentEntry.create(
        member_id=person.id,
        org_id=person.org_id,
        key="application",
        done_at="2026-05-01",
        actor_name="测试",
        created_at=TEST_EPOCH,
    )
    base = str(live_server)
    await login(page, base, console_data.admin_a)
    await page.goto(f"{base}/admin#/development")
    row = page.locator("#dev-list tr", has_text="赵申请")
    await expect(row).to_contain_text("入党申请人")
    await expect(row.locator(".dj-badge-danger")).to_contain_text("党组织派人谈话 2026-05-31")  # 细则第七条, overdue

    await row.get_by_role("link", name="赵申请").click()
    steps = page.locator("#dev-steps")
    talk = steps.locator("tr", has_text="党组织派人谈话")
    await talk.get_by_role("button", name="登记").click()
    modal = page.locator(".dj-modal")
    await modal.locator("input[name=done_at]").fill("2026-06-10")
    await modal.locator("textarea[name=note]").fill("书记谈话")
    await modal.locator(".dj-btn-primary").click()
    await expect(talk).to_contain_text("2026-06-10")

    activist = steps.locator("tr", has_text="推荐和确定入党积极分子")
    await activist.get_by_role("button", name="登记").click()
    await modal.locator("input[name=done_at]").fill("2026-06-01")  # before the talk: refused, nothing saved
    await modal.locator(".dj-btn-primary").click()
    await expect(modal.locator(".dj-modal-error")).to_be_visible()
    await modal.get_by_role("button", name="取消").click()
    assert await DevelopmentEntry.filter(member_id=person.id).count() == 2

    await page.get_by_role("button", name="返回名单").click()
    async with page.expect_download() as info:
        await page.get_by_role("button", name="导出台账").click()
    download = await info.value
    content = await asyncio.to_thread(Path(await download.path()).read_bytes)
    rows = list(load_workbook(io.BytesIO(content)).active.iter_rows(values_only=True))
    assert rows[1][0] == "赵申请" and rows[1][4] == "2026-06-10"
