"""The 责任清单 page in Chromium: the subtree's lists with signing and overdue state, adding an item issued down
(a deadline outside the year is refused in the form), reviewing a report (a return needs a reason), 述职 results."""

from __future__ import annotations

import pytest
from playwright.async_api import Page, expect

from miniapp_api.responsibility import cycle, lists
from miniapp_api.responsibility.schemas import ItemCreate, ListCreate, ReportIn
from server.core.auth import Principal, Role
from tests.browser.conftest import ConsoleData, LiveServer
from tests.clock import TEST_EPOCH
from tests.factories import SYSTEM

pytestmark = pytest.mark.browser
TODAY = TEST_EPOCH.date().replace(day=15)  # 2026-06-15 in Beijing


def _modal(page: Page, title: str):  # type: ignore[no-untyped-def]
    return page.locator(".dj-modal", has=page.locator(".dj-modal-head h3", has_text=title))


async def _year_of_lists(data: ConsoleData) -> None:
    top = await lists.create_list(SYSTEM, ListCreate(org_id=data.committee.id, year=2026), TEST_EPOCH, TODAY)
    reported = await lists.add_item(
        SYSTEM,
        top.id,
        ItemCreate.model_validate(
            {
                "kind": "task",
                "title": "按期召开三会一课",
                "owner_org_id": data.branch_a.id,
                "owner_post": "书记",
                "due_date": "2026-12-31",
            }
        ),
        TEST_EPOCH,
        TODAY,
    )
    await lists.add_item(
        SYSTEM,
        top.id,
        ItemCreate.model_validate(
            {
                "kind": "problem",
                "title": "整改窗口办事拖沓问题",
                "owner_org_id": data.branch_a.id,
                "owner_post": "书记",
                "due_date": "2026-03-31",
                "source_type": "finding",
                "source_id": 3,
            }
        ),
        TEST_EPOCH,
        TODAY,
    )
    branch_admin = Principal(user_id=999, role=Role.ORG_ADMIN, org_id=data.branch_a.id, name="支部管理员")
    await cycle.report(branch_admin, reported.id, ReportIn(note="上半年已召开支委会 6 次"), TEST_EPOCH, TODAY)


async def test_the_committee_issues_an_item_and_reviews_a_report(
    admin_page: Page, live_server: LiveServer, console_data: ConsoleData
) -> None:
    await _year_of_lists(console_data)
    page = admin_page
    await page.goto(f"{live_server}/admin#/responsibility")
    await page.locator(".dj-org-picker").first.select_option(str(console_data.committee.id))
    row = page.locator(".dj-table tbody tr", has_text="财政局党支部")
    await expect(row).to_contain_text("未签署 0/1")
    await expect(row.locator(".dj-badge-red")).to_have_text("1")  # the overdue problem

    # the committee's list: add an item for 滨海社区党支部; a deadline in another year is refused in the form
    await page.locator(".dj-table tbody tr", has_text="星海新区党工委").get_by_role("button", name="查看").click()
    await page.get_by_role("button", name="新增事项").click()
    form = _modal(page, "新增事项")
    await form.locator("[data-field=title] input").fill("每季度开展一次主题党日")
    await form.locator("[data-field=owner_org_id] select").select_option(str(console_data.branch_b.id))
    await form.locator("[data-field=due_date] input").fill("2027-01-05")
    await form.locator(".dj-modal-foot .dj-btn-primary").click()
    await expect(form.get_by_role("alert")).to_contain_text("年度")
    await form.locator("[data-field=due_date] input").fill("2026-09-30")
    await form.locator(".dj-modal-foot .dj-btn-primary").click()
    detail = page.locator(".resp-list")
    await expect(detail).to_contain_text("滨海社区党支部")
    await expect(detail).to_contain_text("每季度开展一次主题党日")

    # 财政局党支部's report: returning it needs a reason
    group = detail.locator(".dj-table-wrap", has_text="按期召开三会一课")
    await group.get_by_role("button", name="审核").click()
    review = _modal(page, "审核")
    await review.locator("[data-field=decision] select").select_option("return")
    await review.locator(".dj-modal-foot .dj-btn-primary").click()
    await expect(review).to_contain_text("退回须填写理由")
    await review.locator("[data-field=reason] textarea").fill("缺少会议记录")
    await review.locator(".dj-modal-foot .dj-btn-primary").click()
    item = detail.locator("tr", has_text="按期召开三会一课")
    await expect(item).to_contain_text("已退回")
    await expect(item).to_contain_text("退回理由：缺少会议记录")
    await expect(item.get_by_role("button", name="审核")).to_have_count(0)
