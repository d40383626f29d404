"""The 标准化建设 and 志愿服务 console pages in Chromium: a branch self-assesses, the superior confirms; an activity is
created and its rotating sign-in code shown."""

from __future__ import annotations

import re
from typing import Any

import aiohttp
import pytest
from playwright.async_api import Page, expect

from tests.browser.conftest import ConsoleData, LiveServer
from tests.browser.helpers import login

pytestmark = pytest.mark.browser


def _modal(page: Page, title: str) -> Any:
    return page.locator(".dj-modal", has=page.locator(".dj-modal-head h3", has_text=title))


async def test_a_branch_self_assesses_and_cannot_confirm_its_own(
    page: Page, live_server: LiveServer, console_data: ConsoleData
) -> None:
    await login(page, live_server, console_data.admin_a)
    await page.goto(f"{live_server}/admin#/standards")
    await expect(page.locator("#standards-summary")).to_contain_text("适用项目 4 项，经上级确认达标 0 项")
    row = page.locator(".dj-table tbody tr", has_text="阵地建设")
    await row.get_by_role("button", name="自评").click()
    modal = _modal(page, "自评：阵地建设")
    await modal.locator("textarea").fill("党员活动室 40 平方米，标识规范")
    await modal.locator(".dj-btn-primary").click()
    await expect(row).to_contain_text("待上级确认")
    await expect(row.get_by_role("button", name="确认")).to_have_count(0)  # never the org's own


async def test_the_superior_confirms_a_self_assessment(page: Page, live_server: LiveServer, console_data: ConsoleData) -> None:
    branch = console_data.branch_a
    async with aiohttp.ClientSession() as http:
        async with http.post(
            f"{live_server}/api/v1/auth/login", json={"username": console_data.admin_a, "password": console_data.password}
        ) as resp:
            headers = {"Authorization": f"Bearer {(await resp.json())['access_token']}"}
        async with http.get(f"{live_server}/api/v1/standards/items", params={"org_kind": "branch"}, headers=headers) as resp:
            item = next(i for i in (await resp.json())["items"] if i["code"] == "systems")
        async with http.post(
            f"{live_server}/api/v1/standards/orgs/{branch.id}/assessments",
            headers=headers,
            json={"item_id": item["id"], "is_compliant": True, "note": "台账完整"},
        ) as resp:
            assert resp.status == 201, await resp.text()
    await login(page, live_server, console_data.superadmin)
    await page.goto(f"{live_server}/admin#/standards")
    await page.locator(".dj-org-picker").select_option(str(branch.id))
    row = page.locator(".dj-table tbody tr", has_text="制度落实")
    await row.get_by_role("button", name="确认").click()
    await _modal(page, "确认达标情况").locator(".dj-btn-primary").click()
    await expect(row).to_contain_text("已确认")
    await expect(page.locator("#standards-summary")).to_contain_text("经上级确认达标 1 项")


async def test_an_activity_is_created_and_its_sign_in_code_shown(
    page: Page, live_server: LiveServer, console_data: ConsoleData
) -> None:
    await login(page, live_server, console_data.admin_a)
    await page.goto(f"{live_server}/admin#/volunteer")
    await page.get_by_role("button", name="新建活动").click()
    modal = _modal(page, "新建志愿服务活动")
    await modal.locator("input[name=title]").fill("社区环境整治")
    await modal.locator("input[name=place]").fill("幸福里社区")
    await modal.locator("input[name=starts_at]").fill("2026-06-15T09:00")
    await modal.locator("input[name=ends_at]").fill("2026-06-15T11:30")
    await modal.locator(".dj-btn-primary").click()
    row = page.locator(".dj-table tbody tr", has_text="社区环境整治")
    await expect(row).to_contain_text("2026-06-15 09:00")  # the server's zone, not the browser's
    await row.get_by_role("button", name="签到码").click()
    await expect(page.locator("#volunteer-code")).to_have_text(re.compile(r"^\d{6}$"))
