"""The 三会一课 pages in Chromium: create → publish → start, the host screen's rotating code and live room,
a member signing in and voting from outside, ending, minutes, calendar, ledger download and cadence warnings.

The server runs in Asia/Shanghai on a clock pinned at tests/clock.py:TEST_EPOCH (2026-06-15 07:30 there) while the
browser sits in America/Los_Angeles (still 2026-06-14): every date on the page must be the server's."""

from __future__ import annotations

import asyncio
import io
import json
import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from openpyxl import load_workbook
from playwright.async_api import Page, expect

from miniapp_api.orgs.models import Member
from server.core.appkeys import SETTINGS
from tests.browser.conftest import ConsoleData, LiveServer
from tests.browser.helpers import login

pytestmark = pytest.mark.browser


SERVER_TODAY = "2026-06-15"  # TEST_EPOCH in Asia/Shanghai


@pytest.fixture
def live_settings() -> dict[str, Any]:
    """The server's zone, explicit: the page must follow it, not the browser's."""
    return {"local_timezone": "Asia/Shanghai"}


async def _member_token(http: aiohttp.ClientSession, base: str, member: Member) -> str:
    async with http.post(f"{base}/api/v1/auth/wechat", json={"code": f"stub:pd-browser-{member.id}"}) as resp:
        token = (await resp.json())["access_token"]
    async with http.post(f"{base}/api/v1/me/bind", json={"name": member.name, "phone": member.phone},
                         headers={"Authorization": f"Bearer {token}"}) as resp:
        assert resp.status == 200, await resp.text()
        return str((await resp.json())["access_token"])


def _modal(page: Page, title: str) -> Any:
    return page.locator(".dj-modal", has=page.locator(".dj-modal-head h3", has_text=title))


async def _confirm(page: Page) -> None:
    await page.locator(".dj-modal .dj-modal-foot .dj-btn-primary, .dj-modal .dj-modal-foot .dj-btn-danger").last.click()


def _server_time(server: LiveServer, after: timedelta) -> str:
    """A datetime-local value: the server's clock plus `after`, as a wall-clock time in the server's zone."""
    local = server.app[SETTINGS].zone.local(server.clock.now() + after)
    return local.strftime("%Y-%m-%dT%H:%M")


async def _create_and_start(page: Page, server: LiveServer, data: ConsoleData) -> int:
    base = str(server)
    await page.goto(f"{base}/admin#/partyday")
    await expect(page.locator(".pd-cadence h3")).to_contain_text("2026 年三会一课执行情况")
    await expect(page.locator(".pd-month")).to_have_text("2026年6月")
    await expect(page.locator(".pd-day-today")).to_have_attribute("data-day", SERVER_TODAY)
    await page.get_by_role("button", name="新建会议").click()
    form = _modal(page, "新建会议")
    await expect(form.locator("[data-field=starts_at] input")).to_have_value("2026-06-16T09:00")  # tomorrow, server time
    await form.locator("[data-field=org_id] select").select_option(str(data.branch_a.id))
    await form.locator("[data-field=title] input").fill("云端主题党日：学党章")
    await form.locator("[data-field=starts_at] input").fill(_server_time(server, timedelta(minutes=10)))
    await form.locator("[data-field=ends_at] input").fill(_server_time(server, timedelta(minutes=130)))
    await form.locator("[data-field=agenda] textarea").fill("重温入党誓词\n学习党章")
    await form.locator(".dj-modal-foot .dj-btn-primary").click()
    await expect(page.locator(".dj-page-head h2")).to_have_text("云端主题党日：学党章")
    await expect(page.locator(".dj-card p", has_text="时间：")).to_contain_text("时间：2026-06-15 07:40 — 09:40")
    meeting_id = int(page.url.rsplit("/", 1)[1])
    await expect(page.locator(".pd-counts")).to_contain_text("应到2")
    await expect(page.locator(".pd-counts")).to_contain_text("未签到2")  # a draft has nobody 缺席
    await expect(page.locator(".pd-minutes")).to_contain_text("缺席人员：会议结束后按考勤自动生成")
    await expect(page.locator(".pd-attendance tbody")).to_contain_text("应到")
    await expect(page.locator(".pd-attendance tbody")).not_to_contain_text("缺席")
    await page.get_by_role("button", name="发布并通知").click()
    await _confirm(page)
    await expect(page.locator(".dj-page-head")).to_contain_text("已发布")
    await page.get_by_role("button", name="开始会议").click()
    await expect(page.locator(".dj-page-head")).to_contain_text("进行中")
    return meeting_id


async def test_a_secretary_runs_a_party_day_from_the_console(page: Page, live_server: LiveServer,
                                                              console_data: ConsoleData) -> None:
    base = str(live_server)
    await login(page, base, console_data.admin_a)
    meeting_id = await _create_and_start(page, live_server, console_data)

    await page.get_by_role("button", name="主持大屏（签到码）").click()
    code_box = page.locator(".pd-code")
    await expect(code_box).to_have_text(re.compile(r"^\d{6}$"))
    await expect(page.locator(".pd-room h3")).to_contain_text("已连接")
    assert await page.locator(".pd-qr-img").evaluate("img => img.complete && img.naturalWidth > 0")
    code = await code_box.text_content()

    member = console_data.members_a[1]
    async with aiohttp.ClientSession() as http:
        token = await _member_token(http, base, member)
        auth = {"Authorization": f"Bearer {token}"}
        async with http.post(f"{base}/api/v1/partydays/{meeting_id}/signin", json={"code": code}, headers=auth) as resp:
            assert resp.status == 200, await resp.text()
        await page.get_by_role("button", name="签到码").click()  # refresh now rather than at the next rotation
        await expect(page.locator(".pd-present")).to_have_text("1")

        async with http.ws_connect(f"{base}/api/v1/partydays/{meeting_id}/room", params={"access_token": token}) as ws:
            await expect(page.locator(".pd-online")).to_contain_text(member.name)
            await ws.send_json({"type": "chat", "text": "书记好，我已到会"})
            await expect(page.locator(".pd-chat")).to_contain_text("书记好，我已到会")
            await ws.send_json({"type": "hand"})
            await expect(page.locator(".pd-hands")).to_contain_text(member.name)

            await page.get_by_role("button", name="发起表决").click()
            poll_form = _modal(page, "发起投票或表决")
            await poll_form.locator("[data-field=question] input").fill("是否同意开展志愿服务")
            await poll_form.locator("[data-field=secret] input").check()
            await poll_form.locator(".dj-modal-foot .dj-btn-primary").click()
            poll = None
            while poll is None:
                event = json.loads((await ws.receive()).data)
                poll = event["poll"] if event["type"] == "poll" else None
            await ws.send_json({"type": "vote", "poll_id": poll["id"], "option": 0})
            await expect(page.locator(".pd-room .pd-polls")).to_contain_text("已投 1 人")
            await page.get_by_role("button", name="结束投票").click()
            await expect(page.locator(".pd-room .pd-polls")).to_contain_text("同意 1 票")

    await page.get_by_role("link", name="返回会议").click()
    await page.get_by_role("button", name="结束会议").click()
    await _confirm(page)
    await expect(page.locator(".dj-page-head")).to_contain_text("已结束")
    await expect(page.locator(".pd-counts")).to_contain_text("实到1")
    # After the end the detail page shows when it actually ran (started and ended at the pinned 07:30).
    await expect(page.locator(".pd-when")).to_contain_text("时间：2026-06-15 07:30 — 07:30（计划 2026-06-15 07:40 — 09:40）")
    # 补学 is due at the end of the server-local day two weeks on: the same day the study page shows.
    await expect(page.locator(".pd-due")).to_have_text("截止 2026-06-29")
    minutes = page.locator(".pd-minutes")
    await expect(minutes).to_contain_text("缺席人员（自动生成）：" + console_data.members_a[0].name)
    await minutes.locator("[data-field=host] input").fill("张建国")
    await minutes.locator("[data-field=recorder] input").fill("李红梅")
    await minutes.locator("[data-field=resolutions] textarea").fill("本月开展志愿服务一次")
    await minutes.get_by_role("button", name="保存会议记录").click()
    await expect(page.locator(".dj-toast").last).to_contain_text("会议记录已保存")

    await page.goto(f"{base}/admin#/partyday")
    chip = page.locator(f".pd-day[data-day='{SERVER_TODAY}'] .pd-chip[data-meeting='{meeting_id}']")
    await expect(chip).to_contain_text("07:40")  # on the server's day and at the server's time
    async with page.expect_download() as info:
        await page.get_by_role("button", name="下载本月台账").click()
    download = await info.value
    content = await asyncio.to_thread(Path(await download.path()).read_bytes)
    book = load_workbook(io.BytesIO(content))
    rows = list(book["台账"].iter_rows(min_row=3, values_only=True))
    header = next(book["台账"].iter_rows(min_row=2, max_row=2, values_only=True))
    row = dict(zip(header, rows[0], strict=True))
    assert len(rows) == 1 and (row["应到"], row["实到"], row["缺席"]) == (2, 1, 1)
    assert row["主持人"] == "张建国" and "本月开展志愿服务一次" in row["会议记录摘要"]
    await expect(page.locator(".pd-cadence")).to_contain_text("支部委员会：")


async def test_the_host_screen_rotates_to_the_sign_out_code(page: Page, live_server: LiveServer,
                                                            console_data: ConsoleData) -> None:
    base = str(live_server)
    await login(page, base, console_data.admin_a)
    meeting_id = await _create_and_start(page, live_server, console_data)
    await page.goto(f"{base}/admin#/partyday/{meeting_id}/host")
    code_in = await page.locator(".pd-code").text_content()
    await page.get_by_role("button", name="签退码").click()
    await expect(page.locator(".pd-qr h3")).to_have_text("扫码或输入 6 位数字签退")
    await expect(page.locator(".pd-code")).not_to_have_text(code_in or "")
    src = await page.locator(".pd-qr-img").get_attribute("src")
    assert src and "action=out" in src


async def test_a_meeting_held_in_may_is_recorded_afterwards_and_clears_mays_gap(page: Page, live_server: LiveServer,
                                                                                 console_data: ConsoleData) -> None:
    base = str(live_server)
    await login(page, base, console_data.admin_a)
    await page.goto(f"{base}/admin#/partyday")
    theme_gaps = page.locator(f".pd-cadence [data-branch='{console_data.branch_a.id}'] li", has_text="主题党日")
    await expect(theme_gaps).to_contain_text("5月未召开")
    await page.get_by_role("button", name="补录会议").click()
    form = _modal(page, "补录会议")
    await form.locator("[data-field=meeting_type] select").select_option("theme_day")
    await form.locator("[data-field=title] input").fill("五月主题党日")
    await form.locator("[data-field=starts_at] input").fill("2026-05-20T15:00")
    await form.locator("[data-field=ends_at] input").fill("2026-05-20T17:00")
    await form.locator("[data-field=absent] label", has_text="李红梅").locator("input").check()
    await form.locator("[data-field=host] input").fill("张建国")
    await form.locator(".dj-modal-foot .dj-btn-primary").click()
    await expect(page.locator(".dj-page-head h2")).to_have_text("五月主题党日")
    await expect(page.locator(".dj-page-head")).to_contain_text("已结束")
    await expect(page.locator(".pd-backfill")).to_have_text("补录")
    await expect(page.locator(".dj-card p", has_text="时间：")).to_contain_text("2026-05-20 15:00 — 17:00")
    await expect(page.locator(".pd-counts")).to_contain_text("实到1")
    await expect(page.locator(".pd-counts")).to_contain_text("缺席1")
    await expect(page.locator(".pd-minutes")).to_contain_text("缺席人员（自动生成）：李红梅")
    await page.goto(f"{base}/admin#/partyday")
    await expect(theme_gaps).to_contain_text("4月未召开")
    await expect(theme_gaps).not_to_contain_text("5月")
