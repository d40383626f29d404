"""The public 党务公开 page on a phone: no login, what the branch published, nothing unpublished, no sideways scroll."""

from __future__ import annotations

import aiohttp
import pytest
from playwright.async_api import Page, expect

from tests.browser.conftest import ConsoleData, LiveServer
from tests.browser.helpers import login

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 812}


async def test_anyone_reads_a_branchs_published_items_on_a_phone(
    page: Page, live_server: LiveServer, console_data: ConsoleData
) -> None:
    branch = console_data.branch_a
    async with (
        aiohttp.ClientSession() as anon,
        anon.post(
            f"{live_server}/api/v1/auth/login", json={"username": console_data.admin_a, "password": console_data.password}
        ) as resp,
    ):
        admin = {"Authorization": f"Bearer {(await resp.json())['access_token']}"}
    async with aiohttp.ClientSession(headers=admin) as http:
        async with http.get(f"{live_server}/api/v1/disclosure/items", params={"org_id": branch.id}) as resp:
            items = (await resp.json())["items"]
        plan = next(i for i in items if i["kind"] == "work_plan")
        long_word = "党费收缴使用情况明细" * 12  # one long run of text must wrap, not widen the page
        async with http.post(
            f"{live_server}/api/v1/disclosure/items/{plan['id']}/publish",
            json={"title": "第二季度工作计划", "body": f"一、按月开展主题党日。\n二、{long_word}"},
        ) as resp:
            assert resp.status == 200, await resp.text()

    await page.set_viewport_size(PHONE)
    await page.goto(f"{live_server}/h5/disclosure/{branch.id}")
    await expect(page.locator("#org-name")).to_have_text(branch.name)
    cards = page.locator("article.item")
    await expect(cards).to_have_count(1)
    await expect(cards.first).to_contain_text("第二季度工作计划")
    await expect(cards.first).to_contain_text("工作计划")
    await expect(cards.first).to_contain_text("一、按月开展主题党日。")
    await expect(page.locator("body")).not_to_contain_text("党费收缴使用情况（")  # the unpublished item is not shown
    assert await page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]

    await page.goto(f"{live_server}/h5/disclosure/999999")
    await expect(page.locator("#error")).to_contain_text("不存在")


async def test_the_console_lists_items_and_links_the_public_page(
    page: Page, live_server: LiveServer, console_data: ConsoleData
) -> None:
    await login(page, live_server, console_data.admin_a)
    await page.goto(f"{live_server}/admin#/disclosure")
    await expect(page.locator(".dj-table tbody tr")).to_have_count(2)
    await expect(page.locator(".dj-table")).to_contain_text("逾期未公开")
    href = await page.locator("#disclosure-public-link").get_attribute("href")
    assert href == f"/h5/disclosure/{console_data.branch_a.id}"
