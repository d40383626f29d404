"""The project page and the brand page on a phone-sized screen: a branch admin proposes a project in the console,
the committee approves it, the branch records a milestone with a photo, the evaluation shows on the card; the public
brand page renders without login and without sideways scrolling."""

from __future__ import annotations

from typing import Any

import aiohttp
import pytest
from playwright.async_api import Page, expect

from tests.browser.conftest import ConsoleData, LiveServer
from tests.browser.helpers import login
from tests.images import tiny_png

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


def _modal(page: Page, title: str) -> Any:
    return page.locator(".dj-modal", has=page.locator(".dj-modal-head h3", has_text=title))


async def _root(base: str, data: ConsoleData) -> dict[str, str]:
    async with (
        aiohttp.ClientSession() as anon,
        anon.post(f"{base}/api/v1/auth/login", json={"username": data.superadmin, "password": data.password}) as resp,
    ):
        return {"Authorization": f"Bearer {(await resp.json())['access_token']}"}


async def test_a_branch_runs_a_project_from_the_console_on_a_phone(
    page: Page, live_server: LiveServer, console_data: ConsoleData, tmp_path: Any
) -> None:
    base = str(live_server)
    await page.set_viewport_size(PHONE)
    await login(page, base, console_data.admin_a)
    await page.goto(f"{base}/admin#/projects")
    await page.get_by_role("button", name="立项申报").click()
    form = _modal(page, "立项申报")
    await form.locator("[data-field=title] input").fill("财政惠民直通车")
    await form.locator("[data-field=goal] textarea").fill("惠民资金当月到账")
    await form.locator("[data-field=indicators] textarea").fill("按期到账率,95,%,2\n-群众投诉,5,件,1")
    await form.locator("[data-field=period_start] input").fill("2026-01-01")
    await form.locator("[data-field=period_end] input").fill("2026-12-31")
    await form.locator(".dj-modal-foot .dj-btn-primary").click()
    proposed = page.locator("[data-stage=proposed] .dj-project-card", has_text="财政惠民直通车")
    await expect(proposed).to_be_visible()
    pid = await proposed.get_attribute("data-id")

    root = await _root(base, console_data)
    async with (
        aiohttp.ClientSession(headers=root) as http,
        http.post(f"{base}/api/v1/projects/{pid}/approve", json={"decision": "approve"}) as resp,
    ):
        assert resp.status == 200, await resp.text()
    await page.reload()
    await page.locator(f"[data-stage=approved] .dj-project-card[data-id='{pid}']").click()
    await page.get_by_role("button", name="记录里程碑").click()
    step = _modal(page, "记录里程碑")
    await step.locator("[data-field=title] input").fill("首批资金到账")
    await step.locator("[data-field=done_on] input").fill("2026-03-01")
    photo = tmp_path / "到账.png"
    photo.write_bytes(tiny_png())
    await step.locator("[data-field=file] input").set_input_files(str(photo))
    await step.locator(".dj-modal-foot .dj-btn-primary").click()
    await expect(page.locator(".dj-project-detail")).to_contain_text("到账.png")
    await expect(page.locator(f"[data-stage=in_progress] .dj-project-card[data-id='{pid}']")).to_be_visible()

    async with aiohttp.ClientSession(headers=root) as http:
        async with http.get(f"{base}/api/v1/projects/{pid}") as resp:
            detail = await resp.json()
        actuals = [{"indicator_id": i["id"], "actual": 100 if i["higher_is_better"] else 2} for i in detail["indicators"]]
        async with http.post(f"{base}/api/v1/projects/{pid}/evaluate", json={"actuals": actuals}) as resp:
            assert resp.status == 200, await resp.text()
    await page.reload()
    await expect(page.locator(f"[data-stage=evaluated] .dj-project-card[data-id='{pid}']")).to_contain_text("100 分 优秀")


async def test_the_brand_page_renders_on_a_phone(page: Page, live_server: LiveServer, console_data: ConsoleData) -> None:
    base = str(live_server)
    org_id = console_data.branch_a.id
    root = await _root(base, console_data)
    async with aiohttp.ClientSession(headers=root) as http:
        form = aiohttp.FormData()
        form.add_field("org_id", str(org_id))
        form.add_field("file", tiny_png(), filename="风采.png")
        async with http.post(f"{base}/api/v1/evidence", data=form) as resp:
            token = (await resp.json())["token"]
        body = {"name": "财政先锋", "slogan": "惠民资金 一分不少", "story": "支部党员包片联系企业。", "photos": [token]}
        async with http.put(f"{base}/api/v1/brands/{org_id}", json=body) as resp:
            assert resp.status == 200, await resp.text()

    await page.set_viewport_size(PHONE)
    await page.goto(f"{base}/brand/{org_id}")
    await expect(page.locator("#brand-name")).to_have_text("财政先锋")
    await expect(page.locator("#slogan")).to_have_text("惠民资金 一分不少")
    await expect(page.locator("#flags")).to_contain_text("暂无")
    await expect(page.locator("#points")).to_contain_text("暂无")
    img = page.locator("#photos img").first
    await expect(img).to_be_visible()
    assert await img.evaluate("i => i.complete && i.naturalWidth > 0")
    assert await page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert "1380000" not in await page.content()

    await login(page, base, console_data.superadmin)
    await page.goto(f"{base}/admin#/brand")
    cards = page.locator(".dj-brand-card")
    await expect(cards.filter(has_text="财政先锋")).to_be_visible()
    await expect(cards.filter(has_text="尚未建立品牌").first).to_be_visible()
