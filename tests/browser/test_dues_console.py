"""The 党费管理 page in Chromium: standards set per member, a month paid from the table, arrears, the ledger."""

from __future__ import annotations

import pytest
from playwright.async_api import Page, expect

from tests.browser.conftest import ConsoleData

pytestmark = pytest.mark.browser


def _modal(page: Page, title: str):  # type: ignore[no-untyped-def]
    return page.locator(".dj-modal", has=page.locator(".dj-modal-head h3", has_text=title))


async def test_dues_standard_is_set_and_a_month_is_paid(admin_page: Page, live_server: str, console_data: ConsoleData) -> None:
    secretary = console_data.members_a[0]
    await admin_page.goto(f"{live_server}/admin#/dues?year=2026")
    await admin_page.locator(".dj-org-picker").first.select_option(str(console_data.branch_a.id))
    row = admin_page.locator(".dues-table tbody tr", has_text=secretary.name)
    await expect(row).to_contain_text("未核定")
    await row.get_by_role("button", name="核定").click()
    form = _modal(admin_page, "核定党费")
    await form.locator("[data-field=base] input").fill("8000")
    await form.locator(".dj-modal-foot .dj-btn-primary").click()
    await expect(row).to_contain_text("120.00（1.5%）")
    await expect(row.locator("button.dues-pay")).to_have_count(6)  # Jan–May 欠交, June 待交 (server date 2026-06-15)
    await row.locator("button.dues-pay[data-month='5']").click()
    pay = _modal(admin_page, "登记交纳")
    await expect(pay.locator("[data-field=amount] input")).to_have_value("120.00")
    await pay.locator(".dj-modal-foot .dj-btn-primary").click()
    await expect(row.locator("button.dues-pay")).to_have_count(5)
    await expect(row).to_contain_text("120.00 / 720.00")
    await admin_page.get_by_role("button", name="欠交名单").click()
    arrears = admin_page.locator(".dues-arrears tbody tr", has_text=secretary.name)
    await expect(arrears).to_contain_text("2026-01、2026-02、2026-03、2026-04")
    await expect(arrears).to_contain_text("480.00")
