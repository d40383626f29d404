"""The 发展党员 page in Chromium: the list with an overdue talk, one person's steps, recording a step, a refused
step showing the rule, and the 台账 download."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from playwright.async_api import Page, expect

from miniapp_api.appraisal.models import AppraisalEntry, AppraisalRound, Grade, RoundStatus
from miniapp_api.development.models import DevelopmentEntry
from miniapp_api.orgs.models import Member, MemberStatus
from miniapp_api.transfers.models import Transfer, TransferStatus
from tests.browser.conftest import ConsoleData, LiveServer
from tests.browser.helpers import login
from tests.clock import TEST_EPOCH
from tests.factories import make_member

pytestmark = pytest.mark.browser


async def test_a_secretary_records_development_steps(page: Page, live_server: LiveServer, console_data: ConsoleData) -> None:
    person = await make_member(console_data.branch_a, "赵申请", status=MemberStatus.APPLICANT)
    await DevelopmentEntry.create(
        member_id=person.id,
        org_id=person.org_id,
        key="application",
        done_at="2026-05-01",
        actor_name="测试",
        created_at=TEST_EPOCH,
    )
    base = str(live_server)
    await login(page, base, console_data.admin_a)
    await page.goto(f"{base}/admin#/development")
    row = page.locator("#dev-list tr", has_text="赵申请")
    await expect(row).to_contain_text("入党申请人")
    await expect(row.locator(".dj-badge-danger")).to_contain_text("党组织派人谈话 2026-05-31")  # 细则第七条, overdue

    await row.get_by_role("link", name="赵申请").click()
    steps = page.locator("#dev-steps")
    talk = steps.locator("tr", has_text="党组织派人谈话")
    await talk.get_by_role("button", name="登记").click()
    modal = page.locator(".dj-modal")
    await modal.locator("input[name=done_at]").fill("2026-06-10")
    await modal.locator("textarea[name=note]").fill("书记谈话")
    await modal.locator(".dj-btn-primary").click()
    await expect(talk).to_contain_text("2026-06-10")

    activist = steps.locator("tr", has_text="推荐和确定入党积极分子")
    await activist.get_by_role("button", name="登记").click()
    await modal.locator("input[name=done_at]").fill("2026-06-01")  # before the talk: refused, nothing saved
    await modal.locator(".dj-btn-primary").click()
    await expect(modal.locator(".dj-modal-error")).to_be_visible()
    await modal.get_by_role("button", name="取消").click()
    assert await DevelopmentEntry.filter(member_id=person.id).count() == 2

    await page.get_by_role("button", name="返回名单").click()
    async with page.expect_download() as info:
        await page.get_by_role("button", name="导出台账").click()
    download = await info.value
    content = await asyncio.to_thread(Path(await download.path()).read_bytes)
    rows = list(load_workbook(io.BytesIO(content)).active.iter_rows(values_only=True))
    assert rows[1][0] == "赵申请" and rows[1][4] == "2026-06-10"


async def test_transfer_and_appraisal_pages(page: Page, live_server: LiveServer, console_data: ConsoleData) -> None:
    """The 组织关系转接 page accepts a waiting transfer (the member moves); the 民主评议 page shows a confirmed round."""
    member = console_data.members_a[1]
    transfer = await Transfer.create(
        member_id=member.id,
        from_org_id=console_data.branch_b.id,
        to_org_id=console_data.branch_a.id,
        status=TransferStatus.APPROVED,
        reason="工作调动",
        requested_at=TEST_EPOCH,
        approved_at=TEST_EPOCH,
    )
    await Member.filter(id=member.id).update(org_id=console_data.branch_b.id)
    rnd = await AppraisalRound.create(
        org_id=console_data.branch_a.id,
        year=2025,
        status=RoundStatus.CONFIRMED,
        opened_at=TEST_EPOCH,
        confirmed_at=TEST_EPOCH,
        meeting_note="党员大会",
    )
    await AppraisalEntry.create(
        round_id=rnd.id, member_id=console_data.members_a[0].id, proposed_grade=Grade.EXCELLENT, final_grade=Grade.EXCELLENT
    )
    base = str(live_server)
    await login(page, base, console_data.admin_a)
    await page.goto(f"{base}/admin#/transfers")
    row = page.locator("#transfer-list tr", has_text=member.name)
    await expect(row).to_contain_text("待接收")
    await row.get_by_role("button", name="接收").click()
    await page.locator(".dj-modal .dj-btn-primary").click()
    await expect(row).to_contain_text("已转入")
    assert (await Member.get(id=member.id)).org_id == console_data.branch_a.id
    assert (await Transfer.get(id=transfer.id)).status is TransferStatus.ACCEPTED

    await page.goto(f"{base}/admin#/appraisal")
    await page.locator("#appraisal-list").get_by_role("link", name="2025 年度").click()
    await expect(page.locator(".dj-table")).to_contain_text(console_data.members_a[0].name)
    await expect(page.locator(".dj-table")).to_contain_text("优秀")
