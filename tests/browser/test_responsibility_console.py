"""The 责任清单 page in Chromium: the subtree's lists with signing and overdue state, adding an item issued down
(a deadline outside the year is refused in the form), reviewing a report (a return needs a reason), 述职 results."""

from __future__ import annotations

import pytest
from playwright.async_api import Page, expect

from miniapp_api.responsibility import cycle, lists, oversight
from miniapp_api.responsibility.schemas import (
    DecisionCreate,
    ExemptionCreate,
    ItemCreate,
    ListCreate,
    NegativeItemCreate,
    ReportIn,
)
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


async def test_oversight_records_a_talk_and_the_parent_decides_an_exemption(
    admin_page: Page, live_server: LiveServer, console_data: ConsoleData
) -> None:
    negative = await oversight.add_negative_item(SYSTEM, NegativeItemCreate(title="三会一课长期不落实"), TEST_EPOCH)
    decision = await oversight.issue_decision(
        SYSTEM,
        DecisionCreate(
            org_id=console_data.branch_a.id,
            negative_item_id=negative.id,
            subject="财政局党支部",
            measure="通报批评",
            reason="两个季度未召开支委会",
        ),
        TEST_EPOCH,
    )
    branch_admin = Principal(user_id=999, role=Role.ORG_ADMIN, org_id=console_data.branch_a.id, name="支部管理员")
    await oversight.file_exemption(branch_admin, ExemptionCreate(decision_id=decision.id, reasons="集中停产检修"), TEST_EPOCH)
    page = admin_page
    await page.goto(f"{live_server}/admin#/responsibility")
    await page.locator(".dj-org-picker").first.select_option(str(console_data.committee.id))
    await page.locator("button[data-tab=duty]").click()
    await expect(page.locator(".dj-table")).to_contain_text("本年度还没有述职述廉报告")
    await page.locator("button[data-tab=oversight]").click()
    row = page.locator(".dj-table tbody tr", has_text="三会一课长期不落实")
    await expect(row).to_contain_text("待决定")
    await row.get_by_role("button", name="决定").click()
    form = _modal(page, "容错申请")
    await expect(form).to_contain_text("集中停产检修")
    await form.locator(".dj-modal-foot .dj-btn-primary").click()
    await expect(row).to_contain_text("予以容错")

    await page.get_by_role("button", name="记录约谈").click()
    talk = _modal(page, "记录约谈")
    await talk.locator("[data-field=org_id] select").select_option(str(console_data.branch_a.id))
    await talk.locator("[data-field=talker] input").fill("党工委书记")
    await talk.locator("[data-field=talkee] input").fill("张建国")
    await talk.locator("[data-field=reason] textarea").fill("三会一课未按期召开")
    await talk.locator(".dj-modal-foot .dj-btn-primary").click()
    await expect(page.locator(".dj-table tbody tr", has_text="张建国")).to_contain_text("三会一课未按期召开")
