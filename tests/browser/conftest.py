"""Browser fixtures: the real app on a real port and a headless Chromium page that fails on console errors."""

from __future__ import annotations

import os
import re
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import pytest
from aiohttp import web

from miniapp_api.accounts.schemas import AdminCreate
from miniapp_api.accounts.service import create_console_user
from miniapp_api.orgs.models import Member, Organization, OrgKind, OrgType
from server.core.auth import Role
from server.core.clock import ManualClock
from server.core.settings import Settings
from tests.browser.helpers import login
from tests.clock import TEST_EPOCH
from tests.conftest import AppFactory
from tests.factories import PASSWORD, make_member, make_org

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# Chromium reports every 4xx response as a console error; those are expected (a wrong password is a 401).
_EXPECTED_HTTP = re.compile(r"^Failed to load resource: the server responded with a status of 4\d\d")

try:
    from playwright.async_api import Browser, ConsoleMessage, Page, async_playwright
except ImportError:  # pragma: no cover - the dev extras include playwright
    async_playwright = None  # type: ignore[assignment]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    reason = None
    if async_playwright is None:
        reason = "playwright is not installed"
    elif not os.path.exists(CHROMIUM):
        reason = f"{CHROMIUM} is missing (apt-get install chromium)"
    if reason:
        for item in items:
            if item.get_closest_marker("browser"):
                item.add_marker(pytest.mark.skip(reason=reason))


class LiveServer(str):
    """The base URL of the running app (a str), with the app and its clock attached."""

    app: web.Application
    clock: ManualClock

    def url(self, path: str = "") -> str:
        return f"{self}{path}"


@pytest.fixture
def live_settings(request: pytest.FixtureRequest) -> dict[str, Any]:
    """Settings overrides for live_server: `@pytest.mark.parametrize("live_settings", [{...}], indirect=True)`."""
    return dict(getattr(request, "param", {}))


@pytest.fixture
async def live_server(make_client: AppFactory, make_settings: Callable[..., Settings], live_settings: dict[str, Any]) -> LiveServer:
    """The real app (create_app with the test settings) served on 127.0.0.1:<random port>."""
    clock = ManualClock(TEST_EPOCH)
    client = await make_client(make_settings(**live_settings), clock=clock)
    server = LiveServer(str(client.make_url("")).rstrip("/"))
    server.app = client.app  # type: ignore[assignment]
    server.clock = clock
    return server


@dataclass
class ConsoleData:
    committee: Organization
    general: Organization
    branch_a: Organization
    branch_b: Organization
    members_a: list[Member]
    superadmin: str
    admin_a: str
    password: str = PASSWORD


@pytest.fixture
async def console_data(live_server: LiveServer) -> ConsoleData:
    """A small tree (党工委 → 机关党总支 → 两个支部), members, a superadmin and a branch admin."""
    committee = await make_org("星海新区党工委", OrgKind.COMMITTEE, org_type=OrgType.DEV_ZONE)
    general = await make_org("机关党总支", OrgKind.GENERAL_BRANCH, committee)
    branch_a = await make_org("财政局党支部", OrgKind.BRANCH, general)
    branch_b = await make_org("滨海社区党支部", OrgKind.BRANCH, committee, org_type=OrgType.COMMUNITY)
    members_a = [await make_member(branch_a, "张建国", posts=["书记"]), await make_member(branch_a, "李红梅")]
    await make_member(branch_b, "王海涛")
    await create_console_user(None, AdminCreate(username="root", password=PASSWORD, role=Role.SUPERADMIN, display_name="系统管理员"))
    await create_console_user(None, AdminCreate(username="caizheng", password=PASSWORD, role=Role.ORG_ADMIN,
                                                org_id=branch_a.id, display_name="财政局支部管理员"))
    return ConsoleData(committee, general, branch_a, branch_b, members_a, "root", "caizheng")


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    assert async_playwright is not None
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            await browser.close()


@dataclass
class PageErrors:
    """Console errors and uncaught exceptions of the page; any left at teardown fail the test."""

    messages: list[str]

    def take(self) -> list[str]:
        """Return and forget the errors so far (for tests that provoke one on purpose)."""
        out, self.messages[:] = list(self.messages), []
        return out


@pytest.fixture
def page_errors() -> PageErrors:
    return PageErrors([])


@pytest.fixture
async def page(browser: Browser, page_errors: PageErrors, make_client: AppFactory) -> AsyncIterator[Page]:
    # `make_client` (which owns the live server's app) is set up first so that it is torn down last: a page
    # still polling when its server has gone would log ERR_CONNECTION_REFUSED and fail the test at random.
    # The browser lives in another zone than the server (LOCAL_TIMEZONE): the console must show server dates.
    context = await browser.new_context(locale="zh-CN", timezone_id="America/Los_Angeles", viewport={"width": 1280, "height": 860},
                                        accept_downloads=True)
    page = await context.new_page()
    page.set_default_timeout(10_000)

    def on_console(msg: ConsoleMessage) -> None:
        if msg.type == "error" and not _EXPECTED_HTTP.match(msg.text):
            page_errors.messages.append(f"console: {msg.text}")

    page.on("console", on_console)
    page.on("pageerror", lambda exc: page_errors.messages.append(f"pageerror: {exc}"))
    try:
        yield page
    finally:
        await context.close()
    assert not page_errors.messages, f"errors in the page: {page_errors.messages}"


@pytest.fixture
def browser_page(page: Page) -> Page:
    """The same page under the name some tests prefer."""
    return page


@pytest.fixture
async def admin_page(page: Page, live_server: LiveServer, console_data: ConsoleData) -> Page:
    """A page signed in as the superadmin of console_data."""
    await login(page, live_server, console_data.superadmin)
    return page
