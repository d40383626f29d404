"""Helpers of the browser tests: sign in through the console, build roster workbooks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.factories import PASSWORD, roster_xlsx

if TYPE_CHECKING:
    from playwright.async_api import Page


async def login(page: Page, base: str, username: str, password: str = PASSWORD, *, expect_ok: bool = True) -> None:
    """Open the console and sign in through the login form."""
    await page.goto(f"{base}/admin")
    await page.fill("#login-username", username)
    await page.fill("#login-password", password)
    await page.click("form.dj-login-form button[type=submit]")
    if expect_ok:
        await page.wait_for_selector("nav.dj-nav a[data-page=home]")


xlsx = roster_xlsx  # the console tests upload the same roster layout
