"""The members' H5 party-day page on a phone: log in, read a notice, ask for leave, sign in with the 6-digit code.

The server runs in Asia/Shanghai on a pinned clock (tests/clock.py: 2026-06-15 07:30 there); the phone sits in
America/Los_Angeles: the times on the page are the server's."""

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


async def _meeting(http: aiohttp.ClientSession, server: LiveServer, org_id: int, title: str, after: timedelta) -> int:
    starts = server.clock.now() + after
    body = {"org_id": org_id, "meeting_type": "theme_day", "title": title, "place": "党员活动室",
            "starts_at": starts.isoformat(), "ends_at": (starts + timedelta(hours=2)).isoformat()}
    async with http.post(f"{server}/api/v1/partydays", json=body) as resp:
        assert resp.status == 201, await resp.text()
        mid = int((await resp.json())["id"])
    async with http.post(f"{server}/api/v1/partydays/{mid}/publish") as resp:
        assert resp.status == 200, await resp.text()
    return mid


async def test_a_member_does_the_party_day_on_a_phone(page: Page, live_server: LiveServer,
                                                      console_data: ConsoleData) -> None:
    member = console_data.members_a[1]
    async with aiohttp.ClientSession() as anon, anon.post(f"{live_server}/api/v1/auth/login", json={
            "username": console_data.admin_a, "password": console_data.password}) as resp:
        admin = {"Authorization": f"Bearer {(await resp.json())['access_token']}"}
    async with aiohttp.ClientSession(headers=admin) as http:
        today = await _meeting(http, live_server, console_data.branch_a.id, "六月主题党日", timedelta(minutes=20))
        later = await _meeting(http, live_server, console_data.branch_a.id, "七月主题党日", timedelta(days=2))

        await page.set_viewport_size(PHONE)
        await page.goto(f"{live_server}/h5/partyday")
        await page.fill("#name", member.name)
        await page.fill("#phone", member.phone)
        await page.click("#do-login")
        await expect(page.locator("#unread")).to_have_text("2 条未读")
        rows = page.locator("#meetings .meeting")
        await expect(rows).to_have_count(2)
        first = rows.filter(has_text="六月主题党日")
        await expect(first).to_contain_text("待参加")
        await expect(first).to_contain_text("2026-06-15 07:50")  # the server's day and time, not the phone's
        assert await page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]

        # A notice, then leave for next month's meeting.
        await page.locator("#notices button", has_text="七月主题党日").click()
        await expect(page.locator("#notice-title")).to_contain_text("会议通知")
        await expect(page.locator("#notice-body")).to_contain_text("党员活动室")
        await page.get_by_role("button", name="查看会议").click()
        await expect(page.locator("#m-title")).to_have_text("七月主题党日")
        await page.fill("#reason", "出差在外地，无法参加")
        await page.get_by_role("button", name="提交请假").click()
        await expect(page.locator("#ok")).to_contain_text("请假申请已提交")
        await expect(page.locator("#m-info")).to_contain_text("请假待批")
        await expect(page.locator("#leave")).to_be_hidden()
        async with http.get(f"{live_server}/api/v1/partydays/{later}/leaves") as resp:
            assert [i["reason"] for i in (await resp.json())["items"]] == ["出差在外地，无法参加"]

        # Sign in to today's meeting with the code on the host's screen.
        async with http.post(f"{live_server}/api/v1/partydays/{today}/start") as resp:
            assert resp.status == 200
        async with http.get(f"{live_server}/api/v1/partydays/{today}/signin-code") as resp:
            code = (await resp.json())["code"]
        await page.locator("#meeting .back").click()
        await expect(page.locator("#unread")).to_have_text("1 条未读")
        await rows.filter(has_text="六月主题党日").get_by_role("button").click()
        await expect(page.locator("#m-info")).to_contain_text("进行中")
        await page.fill("#code", "12345")
        await page.get_by_role("button", name="签到", exact=True).click()
        await expect(page.locator("#message")).to_have_text("请输入 6 位数字签到码")
        await page.fill("#code", code)
        await page.get_by_role("button", name="签到", exact=True).click()
        await expect(page.locator("#ok")).to_contain_text("签到成功")
        await expect(page.locator("#m-info")).to_contain_text("已签到")
        await expect(page.locator("#signin")).to_be_hidden()
        async with http.get(f"{live_server}/api/v1/partydays/{today}/attendance") as resp:
            rows_out = {i["member_id"]: i["status"] for i in (await resp.json())["items"]}
        assert rows_out[member.id] == "signed_in"
        await expect(page.get_by_role("link", name="学习")).to_have_attribute("href", "/h5/study")
