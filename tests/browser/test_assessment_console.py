"""The 考核评估 page in Chromium: run an assessment, the subtree coloured on the chart, an org's 12 indicators with
their inputs and trend, closing the period turns the warnings into tickets shown on the page."""

from __future__ import annotations

from datetime import date, time

import pytest
from playwright.async_api import Page, expect

from miniapp_api.learning import service
from server.core.clock import LocalZone
from tests.browser.conftest import ConsoleData, LiveServer

pytestmark = pytest.mark.browser


async def test_assessment_page_runs_colours_and_closes_a_period(
    admin_page: Page, live_server: LiveServer, console_data: ConsoleData
) -> None:
    zone = LocalZone("Asia/Shanghai")
    for member in console_data.members_a:
        await service.add_ledger_entry(
            member.id, 12, source="offline", source_id=None, note="集中培训", at=zone.at(date(2026, 2, 10), time(10)), zone=zone
        )
    await admin_page.goto(f"{live_server}/admin#/assessment")
    await admin_page.locator(".dj-org-picker").first.select_option(str(console_data.committee.id))
    period = admin_page.get_by_label("考核周期")
    await period.fill("2026-Q1")
    await period.dispatch_event("change")
    await expect(admin_page.locator(".dj-page-head + .dj-card + .dj-card")).to_contain_text("该周期尚未评估")
    await admin_page.get_by_role("button", name="发起评估").click()
    bars = admin_page.locator(".as-tree .as-bar")
    await expect(bars).to_have_count(4)  # 党工委, 党总支 and the two branches
    await expect(admin_page.locator(f".as-tree .as-bar[data-org='{console_data.branch_b.id}']")).to_have_attribute(
        "data-colour", "yellow"
    )
    await admin_page.locator(f".as-tree .as-bar[data-org='{console_data.branch_a.id}']").click()
    detail = admin_page.locator(".dj-modal", has_text="考核明细")
    await expect(detail.locator("tbody tr")).to_have_count(12)
    await expect(detail).to_contain_text("学时达标率")
    await expect(detail).to_contain_text("2 / 2")  # both members studied: the inputs behind the number
    await expect(detail).to_contain_text("无数据")
    await expect(detail.locator(".dj-chart")).to_be_visible()
    await detail.locator(".dj-icon-btn").click()
    await admin_page.get_by_role("button", name="关闭周期").click()
    await admin_page.locator(".dj-modal").get_by_role("button", name="确定").click()
    await expect(admin_page.locator(".as-tickets tbody tr", has_text=console_data.branch_b.name)).to_have_count(1)
    await expect(admin_page.locator(".as-warnings")).to_contain_text("考核黄色预警")
    await expect(admin_page.get_by_role("button", name="关闭周期")).to_be_hidden()
