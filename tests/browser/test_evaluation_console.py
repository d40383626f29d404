"""The evaluation pages of the admin console in Chromium: points & codes, print sheet, the 差评 inbox, statistics."""

from __future__ import annotations

import asyncio
import io
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from openpyxl import load_workbook
from playwright.async_api import Download, Page, expect

from miniapp_api.evaluation.models import EvaluationCode, Rating, ServicePoint
from miniapp_api.rectification.models import Ticket
from server.core.appkeys import SETTINGS
from tests.browser.conftest import ConsoleData, LiveServer

pytestmark = pytest.mark.browser


def _modal(page: Page, title: str) -> Any:
    return page.locator(".dj-modal", has=page.locator(".dj-modal-head h3", has_text=title))


async def _create_point(page: Page, live_server: LiveServer, data: ConsoleData, name: str) -> dict[str, Any]:
    await page.goto(f"{live_server}/admin#/evaluation")
    await page.get_by_role("button", name="新建服务点").click()
    form = _modal(page, "新建服务点")
    await form.locator("[data-field=org_id] select").select_option(str(data.branch_a.id))
    await form.locator("[data-field=name] input").fill(name)
    await form.locator("[data-field=category] select").select_option("window")
    await form.locator(".dj-modal-foot .dj-btn-primary").click()
    codes = _modal(page, "评价码 · " + name)
    await expect(codes.locator("img[alt='评价二维码']")).to_have_count(1)
    point = await ServicePoint.get(name=name)
    code = await EvaluationCode.get(point_id=point.id)
    link = await codes.locator("a[target=_blank]").first.get_attribute("href")
    assert link is not None and link.endswith(f"/e/{link.rsplit('/', 1)[1]}")
    return {"point": point, "code": code, "url": link, "token": link.rsplit("/", 1)[1], "modal": codes}


async def test_admin_creates_a_point_and_prints_its_code(admin_page: Page, live_server: LiveServer,
                                                         console_data: ConsoleData) -> None:
    made = await _create_point(admin_page, live_server, console_data, "不动产登记窗口")
    async with admin_page.expect_popup() as popup_info:
        await made["modal"].get_by_role("button", name="打印").click()
    sheet = await popup_info.value
    await sheet.wait_for_load_state()
    await expect(sheet.locator("section.sheet")).to_have_count(1)
    await expect(sheet.locator(".point")).to_have_text("不动产登记窗口")
    await expect(sheet.locator(".cta")).to_have_text("扫码评价")
    await expect(sheet.locator(".qr svg")).to_have_count(1)
    await made["modal"].locator(".dj-modal-foot").get_by_role("button", name="关闭").click()
    row = admin_page.locator("tr", has_text="不动产登记窗口")
    await expect(row).to_contain_text("服务窗口")
    await expect(row).to_contain_text(console_data.branch_a.name)


@pytest.mark.parametrize("live_settings", [{"local_timezone": "Europe/Berlin"}], indirect=True)  # neither UTC+8 nor the browser's
async def test_a_code_valid_until_a_date_lasts_to_the_end_of_that_local_day(
        admin_page: Page, live_server: LiveServer, console_data: ConsoleData) -> None:
    made = await _create_point(admin_page, live_server, console_data, "公积金窗口")
    await made["modal"].get_by_role("button", name="新增评价码").click()
    form = _modal(admin_page, "新增评价码")
    await form.locator("[data-field=label] input").fill("二楼")
    await form.locator("[data-field=expires_at] input").fill("2026-07-01")
    await form.locator(".dj-modal-foot .dj-btn-primary").click()
    await expect(made["modal"].locator(".dj-card", has_text="二楼")).to_contain_text("有效期至 2026-07-01 23:59")
    code = await EvaluationCode.get(point_id=made["point"].id, label="二楼")
    assert code.expires_at == live_server.app[SETTINGS].zone.end_of_day(date(2026, 7, 1))  # 23:59:59 in Berlin


async def test_a_bad_rating_is_walked_to_closed_in_the_inbox(admin_page: Page, live_server: LiveServer,
                                                             console_data: ConsoleData) -> None:
    made = await _create_point(admin_page, live_server, console_data, "社保窗口")
    await admin_page.keyboard.press("Escape")
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:  # cookies of 127.0.0.1
        await (await http.get(f"{live_server}/e/{made['token']}")).read()  # the page sets the device cookie
        async with http.post(f"{live_server}/api/v1/evaluation/codes/{made['token']}/ratings",
                             json={"score": 1, "tags": ["态度生硬"], "comment": "窗口无人"}) as resp:
            assert resp.status == 201
            ticket_id = (await resp.json())["ticket_id"]
    await admin_page.goto(f"{live_server}/admin#/rectification")
    row = admin_page.locator("tr", has_text="社保窗口")
    await expect(row).to_contain_text("待核实")
    await expect(row.locator(".dj-badge-ok, .dj-badge-gold")).to_have_count(1)  # the deadline colour
    await row.get_by_role("button", name="办理").click()
    ticket = _modal(admin_page, f"整改工单 #{ticket_id}")
    await expect(ticket).to_contain_text("窗口无人")

    async def step(button: str, title: str, note: str = "") -> None:
        await ticket.get_by_role("button", name=button, exact=True).click()
        form = _modal(admin_page, f"{title} · 工单 #{ticket_id}")
        if note:
            await form.locator("[data-field=note] textarea").fill(note)
        await form.locator(".dj-modal-foot .dj-btn-primary").click()
        await expect(form).to_have_count(0)

    await step("核实", "核实", "已核实，情况属实")
    await expect(ticket).to_contain_text("整改中")
    await step("整改完成", "整改完成", "已安排专人值守")
    await expect(ticket).to_contain_text("待回访")
    await step("办结", "办结")
    await expect(ticket).to_contain_text("已办结")
    await expect(ticket.locator("ol li")).to_have_count(4)  # 生成工单, 核实, 整改完成, 办结
    assert (await Ticket.get(id=ticket_id)).status == "closed"


async def test_statistics_page_shows_numbers_and_charts(admin_page: Page, live_server: LiveServer,
                                                        console_data: ConsoleData) -> None:
    made = await _create_point(admin_page, live_server, console_data, "医保窗口")
    await admin_page.keyboard.press("Escape")
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:  # cookies of 127.0.0.1
        for score in (5, 4, 1):
            await (await http.get(f"{live_server}/e/{made['token']}")).read()  # a new visitor's device cookie
            async with http.post(f"{live_server}/api/v1/evaluation/codes/{made['token']}/ratings",
                                 json={"score": score}) as resp:
                assert resp.status == 201
            http.cookie_jar.clear()
    await admin_page.goto(f"{live_server}/admin#/evaluation-stats")
    # The period is the server's last 30 local days (Shanghai), not the browser's (Los Angeles, a day behind at
    # the test clock's 23:30 UTC): the three ratings of "today" are inside it.
    today = live_server.app[SETTINGS].zone.date(live_server.clock.now())
    await expect(admin_page.get_by_label("开始日期")).to_have_value((today - timedelta(days=29)).isoformat())
    await expect(admin_page.get_by_label("结束日期")).to_have_value(today.isoformat())
    await expect(admin_page.get_by_label("月份")).to_have_value(today.isoformat()[:7])
    kpis = admin_page.locator("#eval-kpis .dj-stat")
    await expect(kpis.first.locator(".dj-stat-value")).to_have_text("3")
    await expect(kpis.nth(1).locator(".dj-stat-value")).to_have_text("66.7%")
    await expect(kpis.nth(3).locator(".dj-stat-value")).to_have_text("1")
    await expect(kpis.last).to_contain_text("党建观察员评价")  # observers' ratings are a line of their own
    await expect(kpis.last.locator(".dj-stat-value")).to_have_text("0")
    await expect(admin_page.locator("svg.dj-chart")).to_have_count(3)
    await expect(admin_page.locator("table", has_text="医保窗口")).to_have_count(1)
    async with admin_page.expect_download() as dl:
        await admin_page.get_by_role("button", name="导出月报").click()
    assert (await dl.value).suggested_filename.endswith(".xlsx")


async def test_the_branch_admin_sees_the_phone_only_in_the_callback_view(page: Page, live_server: LiveServer,
                                                                         console_data: ConsoleData) -> None:
    from miniapp_api.evaluation import service as evaluation
    from miniapp_api.evaluation.schemas import CodeCreate, PointCreate
    from server.core.appkeys import SETTINGS
    from tests.browser.helpers import login
    from tests.factories import SYSTEM

    point = await evaluation.create_point(SYSTEM, PointCreate(org_id=console_data.branch_a.id, name="财政窗口"))
    secret = live_server.app[SETTINGS].secret_key.get_secret_value()
    code = await evaluation.create_code(SYSTEM, point.id, CodeCreate(), secret, live_server, live_server.clock.now())
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:  # cookies of 127.0.0.1
        await (await http.get(f"{live_server}/e/{code.token}")).read()  # the page sets the device cookie
        async with http.post(f"{live_server}/api/v1/evaluation/codes/{code.token}/ratings",
                             json={"score": 2, "contact": "13912345678"}) as resp:
            ticket_id = (await resp.json())["ticket_id"]
    await login(page, live_server, console_data.admin_a)
    await page.goto(f"{live_server}/admin#/rectification?ticket={ticket_id}")
    ticket = _modal(page, f"整改工单 #{ticket_id}")
    await expect(ticket).to_contain_text("139****5678")
    assert "13912345678" not in await page.content()
    await ticket.get_by_role("button", name="查看号码").click()
    await expect(ticket).to_contain_text("13912345678")


async def _workbook(download: Download) -> Any:
    """The first sheet of a downloaded workbook."""
    path = Path(await download.path())
    return load_workbook(io.BytesIO(await asyncio.to_thread(path.read_bytes))).active


async def _rate_via_page(live_server: LiveServer, token: str, bodies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rate as new visitors through the public API (each first opens the page for its device cookie)."""
    out = []
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:  # cookies of 127.0.0.1
        for body in bodies:
            await (await http.get(f"{live_server}/e/{token}")).read()
            async with http.post(f"{live_server}/api/v1/evaluation/codes/{token}/ratings", json=body) as resp:
                assert resp.status == 201, await resp.text()
                out.append(await resp.json())
            http.cookie_jar.clear()
    return out


async def _point_code(live_server: LiveServer, org_id: int, name: str) -> str:
    from miniapp_api.evaluation import service as evaluation
    from miniapp_api.evaluation.schemas import CodeCreate, PointCreate
    from tests.factories import SYSTEM

    point = await evaluation.create_point(SYSTEM, PointCreate(org_id=org_id, name=name))
    secret = live_server.app[SETTINGS].secret_key.get_secret_value()
    return (await evaluation.create_code(SYSTEM, point.id, CodeCreate(), secret, live_server, live_server.clock.now())).token


async def test_ratings_are_filtered_by_date_exported_and_moderated_by_policy(
        page: Page, live_server: LiveServer, console_data: ConsoleData) -> None:
    from miniapp_api.evaluation.models import OrgCommentSetting
    from tests.browser.helpers import login

    token = await _point_code(live_server, console_data.branch_a.id, "户籍窗口")
    today = live_server.app[SETTINGS].zone.date(live_server.clock.now())
    made = await _rate_via_page(live_server, token, [{"score": 5, "comment": "服务很好"}, {"score": 4, "comment": "赌博网站"},
                                                     {"score": 3}])
    first_day = today - timedelta(days=2)
    zone = live_server.app[SETTINGS].zone
    for i, rating in enumerate(made):  # one rating on each of three local days (its time moves with its day)
        day = first_day + timedelta(days=i)
        await Rating.filter(id=rating["id"]).update(day=day, created_at=zone.start_of_day(day) + timedelta(hours=12))
    await login(page, live_server, console_data.superadmin)
    await page.goto(f"{live_server}/admin#/evaluation")
    await page.get_by_role("button", name="评价记录").first.click()  # the tab (each point row has one too)
    rows = page.locator("tbody tr", has_text="户籍窗口")
    await expect(rows).to_have_count(3)
    await expect(rows.filter(has_text="赌博网站")).to_contain_text("疑似敏感内容")
    await expect(rows.filter(has_text="服务很好")).to_contain_text("待审核")  # held by default, not flagged
    await expect(rows.filter(has_text="服务很好")).not_to_contain_text("疑似敏感内容")
    await page.get_by_label("开始日期").fill((first_day + timedelta(days=1)).isoformat())
    await expect(rows).to_have_count(2)
    await page.get_by_label("结束日期").fill((first_day + timedelta(days=1)).isoformat())
    await expect(rows).to_have_count(1)
    await expect(rows).to_contain_text("赌博网站")
    async with page.expect_download() as dl:
        await page.get_by_role("button", name="导出 Excel").click()
    download = await dl.value
    assert download.suggested_filename.endswith(".xlsx")
    sheet = await _workbook(download)
    assert sheet is not None and sheet.max_row == 2 and "赌博网站" in [c.value for c in sheet[2]]
    policy = page.get_by_label("留言公开方式")
    await expect(policy).to_have_value("hold_all")
    await expect(page.locator(".dj-comment-policy")).to_contain_text("（默认）")
    await policy.select_option("publish_unflagged")
    await expect(page.locator(".dj-comment-policy")).to_contain_text("（本组织设置）")  # saved and read back
    await expect(page.get_by_label("留言公开方式")).to_have_value("publish_unflagged")
    assert await OrgCommentSetting.filter(policy="publish_unflagged").count() == 1


async def test_tickets_are_searched_and_exported_and_staff_only_read_them(
        page: Page, live_server: LiveServer, console_data: ConsoleData) -> None:
    from miniapp_api.accounts.schemas import AdminCreate
    from miniapp_api.accounts.service import create_console_user
    from server.core.auth import Role
    from tests.browser.helpers import login
    from tests.factories import PASSWORD

    await _rate_via_page(live_server, await _point_code(live_server, console_data.branch_a.id, "社保窗口"), [{"score": 1}])
    await _rate_via_page(live_server, await _point_code(live_server, console_data.branch_a.id, "户籍窗口"),
                         [{"score": 2, "comment": "材料丢失"}])
    await create_console_user(None, AdminCreate(username="chakan", password=PASSWORD, role=Role.STAFF,
                                                org_id=console_data.branch_a.id, display_name="只读工作人员"))
    await login(page, live_server, "chakan")
    await page.goto(f"{live_server}/admin#/rectification")
    rows = page.locator("tbody tr")
    await expect(rows).to_have_count(2)
    await expect(page.get_by_role("button", name="办理")).to_have_count(0)  # read-only: nothing to act on
    await expect(page.get_by_role("button", name="查看")).to_have_count(2)
    await rows.first.get_by_role("button", name="查看").click()
    ticket = page.locator(".dj-modal")
    await expect(ticket).to_contain_text("办理记录")
    await expect(ticket.get_by_role("button", name="核实", exact=True)).to_have_count(0)
    await page.keyboard.press("Escape")

    await page.evaluate("sessionStorage.clear()")
    await login(page, live_server, console_data.admin_a)
    await page.goto(f"{live_server}/admin#/rectification")
    await expect(page.get_by_role("button", name="办理")).to_have_count(2)
    await page.get_by_label("搜索工单").fill("材料")
    await expect(rows).to_have_count(1)
    await expect(rows).to_contain_text("户籍窗口")
    await page.get_by_label("搜索工单").fill("社保")
    await expect(rows).to_have_count(1)
    await expect(rows).to_contain_text("社保窗口")
    async with page.expect_download() as dl:
        await page.get_by_role("button", name="导出 Excel").click()
    download = await dl.value
    sheet = await _workbook(download)
    assert sheet is not None and [c.value for c in sheet[2]][1] == "社保窗口：非常不满意" and sheet.max_row == 2
