"""Helpers of the browser tests: sign in through the console, build roster workbooks."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook

from tests.factories import PASSWORD

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


def xlsx(rows: list[list[Any]], header: list[str] | None = None) -> bytes:
    """A roster workbook in the import template's layout."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(header or ["姓名", "手机号", "党员状态", "职务", "入党日期", "所属组织"])
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
