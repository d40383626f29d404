"""The H5 rating page /e/{token} in headless Chromium: rate, see the thank-you, errors, escaping, follow-up."""

from __future__ import annotations

from typing import Any

import aiohttp
import pytest
from playwright.async_api import Page, expect

from miniapp_api.evaluation import service as evaluation
from miniapp_api.evaluation.models import Rating
from miniapp_api.evaluation.schemas import CodeCreate, PointCreate
from miniapp_api.orgs.models import OrgKind
from miniapp_api.rectification import service as tickets
from miniapp_api.rectification.models import Ticket
from miniapp_api.rectification.schemas import ActionIn
from server.core.appkeys import SETTINGS
from tests.browser.conftest import LiveServer
from tests.factories import SYSTEM, make_member, make_org

pytestmark = pytest.mark.browser



async def _code(live_server: LiveServer, point_name: str = "综合受理窗口") -> dict[str, Any]:
    committee = await make_org("星海新区党工委", OrgKind.COMMITTEE)
    branch = await make_org("政务服务中心党支部", OrgKind.BRANCH, committee)
    point = await evaluation.create_point(SYSTEM, PointCreate(org_id=branch.id, name=point_name))
    app_settings = live_server.app[SETTINGS]
    code = await evaluation.create_code(SYSTEM, point.id, CodeCreate(), app_settings.secret_key.get_secret_value(),
                                        live_server, live_server.clock.now())
    return {"token": code.token, "url": f"{live_server}/e/{code.token}", "point_id": point.id, "branch": branch}


async def _open(page: Page, url: str) -> None:
    await page.set_viewport_size({"width": 390, "height": 844})
    resp = await page.goto(url)
    assert resp is not None and resp.status == 200


async def test_a_visitor_rates_through_the_page(page: Page, live_server: LiveServer) -> None:
    code = await _code(live_server)
    await _open(page, code["url"])
    await expect(page.locator("h1")).to_have_text("综合受理窗口")
    await expect(page.locator("#levels button")).to_have_count(5)
    await expect(page.locator("#submit")).to_be_disabled()  # nothing is preselected: nobody is pushed to a score
    await page.click("#levels button[data-score='1']")
    tags = page.locator("#tags button")
    await expect(tags.filter(has_text="态度生硬")).to_have_count(1)
    await expect(tags.filter(has_text="热情周到")).to_have_count(0)
    await page.click("#levels button[data-score='5']")
    await expect(tags.filter(has_text="热情周到")).to_have_count(1)
    await page.click("#levels button[data-score='2']")
    await tags.filter(has_text="办事拖沓").click()
    await page.fill("#comment", "<b>等了很久</b>")
    await page.fill("#contact", "138 0000 1234")
    await page.click("#submit")
    await expect(page.locator("#thanks")).to_be_visible()
    await expect(page.locator("#thanks-text")).to_contain_text("核实整改")
    rating = await Rating.get(point_id=code["point_id"])
    assert (rating.score, rating.tags, rating.comment, rating.contact_phone) == (2, ["办事拖沓"], "<b>等了很久</b>", "13800001234")
    assert rating.rater_kind == "anonymous"
    assert await Ticket.filter(source_type="rating", source_id=rating.id).exists()
    # the same phone comes back today: told at once, before filling in anything
    await page.goto(code["url"])
    await expect(page.locator("#rated")).to_be_visible()
    await expect(page.locator("#rated")).to_contain_text("今天已评价过")
    await expect(page.locator("#form")).to_be_hidden()
    assert await Rating.filter(point_id=code["point_id"]).count() == 1


async def test_a_page_left_open_still_refuses_a_second_rating_in_words(page: Page, live_server: LiveServer) -> None:
    code = await _code(live_server)
    await _open(page, code["url"])
    other = await page.context.new_page()  # the same phone, a second tab opened before the first rating
    await other.goto(code["url"])
    await page.click("#levels button[data-score='4']")
    await page.click("#submit")
    await expect(page.locator("#thanks")).to_be_visible()
    await other.click("#levels button[data-score='5']")
    await other.click("#submit")
    await expect(other.locator("#error")).to_contain_text("今天已评价过")
    assert await Rating.filter(point_id=code["point_id"]).count() == 1


@pytest.mark.parametrize("width", [320, 360, 375, 390, 414])
async def test_level_labels_stay_on_one_line_on_a_phone(page: Page, live_server: LiveServer, width: int) -> None:
    code = await _code(live_server)
    await page.set_viewport_size({"width": width, "height": 800})
    await page.goto(code["url"])
    lines = await page.eval_on_selector_all("#levels button", """buttons => buttons.map(b => {
        const text = b.lastChild, range = document.createRange();
        range.selectNodeContents(text);
        const tops = new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top)));
        return [text.textContent, tops.size, b.scrollWidth <= b.clientWidth];
    })""")
    assert [label for label, _, _ in lines] == ["非常满意", "满意", "基本满意", "不满意", "非常不满意"]
    assert all(n == 1 and fits for _, n, fits in lines), lines
    assert await page.evaluate("document.documentElement.scrollWidth") <= width  # no sideways scrolling


async def test_recent_comments_are_moderated_and_hide_staff_names(page: Page, live_server: LiveServer) -> None:
    code = await _code(live_server)
    await make_member(code["branch"], "张建国")
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:  # cookies of 127.0.0.1
        for comment in ("张建国办事很快", "还行"):
            await (await http.get(code["url"])).read()  # a new visitor's device cookie
            async with http.post(f"{live_server}/api/v1/evaluation/codes/{code['token']}/ratings",
                                 json={"score": 5, "comment": comment}) as resp:
                assert resp.status == 201 and (await resp.json())["comment_status"] == "held", await resp.text()
            http.cookie_jar.clear()
    await _open(page, code["url"])
    await expect(page.locator("#recent")).to_be_hidden()  # nothing is public before an admin publishes it
    first = await Rating.get(point_id=code["point_id"], comment="张建国办事很快")
    await evaluation.moderate(SYSTEM, first.id, "publish")
    await page.reload()
    await expect(page.locator("#recent")).to_contain_text("张**办事很快")
    await expect(page.locator("#recent")).not_to_contain_text("还行")
    assert "张建国" not in await page.locator("body").inner_text()


async def test_the_page_is_small_and_escapes_everything(page: Page, live_server: LiveServer) -> None:
    code = await _code(live_server, point_name="<img src=x onerror=alert(1)>窗口")
    dialogs: list[str] = []
    page.on("dialog", lambda d: dialogs.append(d.message))
    async with aiohttp.ClientSession() as http, http.get(code["url"]) as resp:
        html = await resp.text()
        assert len(html.encode()) < 24_000  # one small request: inline CSS/JS, no framework
        assert "<img src=x" not in html and resp.headers["Content-Security-Policy"].startswith("default-src 'none'")
        assert resp.cookies["dj_rater"]["httponly"]
    await _open(page, code["url"])
    await expect(page.locator("h1")).to_have_text("<img src=x onerror=alert(1)>窗口")
    assert dialogs == []


async def test_unknown_code_shows_a_friendly_404(page: Page, live_server: LiveServer) -> None:
    resp = await page.goto(f"{live_server}/e/AAAAAAAAAAAAAAAAAA")
    assert resp is not None and resp.status == 404
    await expect(page.locator("#fatal")).to_contain_text("评价码不存在或已失效")


@pytest.mark.parametrize("live_settings", [{"evaluation": {"rate_limit_per_minute_ip": 1}}], indirect=True)
async def test_rate_limited_submit_says_when_to_retry(page: Page, live_server: LiveServer) -> None:
    code = await _code(live_server)
    await _open(page, code["url"])
    await page.click("#levels button[data-score='4']")
    await page.click("#submit")
    await expect(page.locator("#thanks")).to_be_visible()
    await page.context.clear_cookies()  # a "new phone" behind the same IP
    await page.goto(code["url"])
    await page.click("#levels button[data-score='4']")
    await page.click("#submit")
    await expect(page.locator("#error")).to_contain_text("操作过于频繁")
    assert await Rating.filter(point_id=code["point_id"]).count() == 1


async def test_the_rater_rates_the_fix_on_the_same_page(page: Page, live_server: LiveServer) -> None:
    code = await _code(live_server)
    await _open(page, code["url"])
    await page.click("#levels button[data-score='1']")
    await page.click("#submit")
    await expect(page.locator("#thanks")).to_be_visible()
    rating = await Rating.get(point_id=code["point_id"])
    ticket = await Ticket.get(source_id=rating.id)
    now = live_server.clock.now()
    await tickets.act(SYSTEM, ticket.id, ActionIn(action="verify", disposal="immediate"), now, {})
    await tickets.act(SYSTEM, ticket.id, ActionIn(action="resolve", note="已调整窗口服务流程"), now, {})
    await page.goto(code["url"])
    await expect(page.locator("#followups")).to_contain_text("已调整窗口服务流程")
    await page.click("#followups button[data-result='satisfied']")
    await expect(page.locator("#followups")).to_contain_text("感谢您对整改结果的评价")
    assert (await Ticket.get(id=ticket.id)).status == "closed"
