"""The members' H5 home page on a phone: who I am, my next meetings, my study progress, the bot, links onward."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import aiohttp
import pytest
from playwright.async_api import Page, expect

from tests.browser.conftest import ConsoleData, LiveServer

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def live_settings() -> dict[str, Any]:
    return {"local_timezone": "Asia/Shanghai"}


async def test_a_member_starts_from_the_home_page_on_a_phone(
    page: Page, live_server: LiveServer, console_data: ConsoleData
) -> None:
    member = console_data.members_a[1]
    async with (
        aiohttp.ClientSession() as anon,
        anon.post(
            f"{live_server}/api/v1/auth/login", json={"username": console_data.admin_a, "password": console_data.password}
        ) as resp,
    ):
        admin = {"Authorization": f"Bearer {(await resp.json())['access_token']}"}
    starts = live_server.clock.now() + timedelta(days=1)
    async with aiohttp.ClientSession(headers=admin) as http:
        body = {
            "org_id": console_data.branch_a.id,
            "meeting_type": "theme_day",
            "title": "六月主题党日",
            "starts_at": starts.isoformat(),
            "ends_at": (starts + timedelta(hours=2)).isoformat(),
        }
        async with http.post(f"{live_server}/api/v1/partydays", json=body) as resp:
            meeting_id = (await resp.json())["id"]
        async with http.post(f"{live_server}/api/v1/partydays/{meeting_id}/publish") as resp:
            assert resp.status == 200

    await page.set_viewport_size(PHONE)
    await page.goto(f"{live_server}/h5/home")
    await page.fill("#name", member.name)
    await page.fill("#phone", member.phone)
    await page.click("#do-login")
    await expect(page.locator("#who")).to_have_text(f"{member.name} · 财政局党支部")
    row = page.locator("#meetings .meeting")
    await expect(row).to_have_count(1)
    await expect(row).to_contain_text("六月主题党日")
    await expect(row).to_contain_text("待参加")
    await expect(row).to_contain_text("06-16 07:30")  # the server's day and time, not the phone's
    await expect(page.locator("#meetings")).to_contain_text("有 1 条会议通知未读")
    await expect(page.locator("#tile-unread")).to_have_text("1 条")
    await expect(page.locator("#study")).to_contain_text("2026 年已获 0 学时")
    await expect(page.locator("#tile-hours")).to_have_text("0 学时")
    assert await page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    for tile, href in (("三会一课", "/h5/partyday"), ("学习园地", "/h5/study"), ("法规问答", "#ask")):
        await expect(page.locator(".tiles a", has_text=tile)).to_have_attribute("href", href)

    await page.fill("#question", "党小组会多久开一次？")
    await page.get_by_role("button", name="提问").click()
    # An empty knowledge base: the bot says plainly it found no basis (the page shows its reply, not a spinner).
    await expect(page.locator("#answer")).to_contain_text("未在已收录的党内法规中找到直接依据", timeout=20_000)

    # The meeting link opens it on the party-day page, still signed in (the same tab keeps the token).
    await row.get_by_role("link", name="六月主题党日").click()
    await expect(page.locator("#m-title")).to_have_text("六月主题党日")
    await page.get_by_role("link", name="首页").click()
    await expect(page.locator("#who")).to_contain_text(member.name)
