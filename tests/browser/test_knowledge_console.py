"""The 法规知识库 / 法规问答 / 问答反馈 pages in Chromium: upload a regulation (warnings shown), ask with a cited
answer and feedback, an abstained question in the admin's list, versions, status change and delete."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.async_api import Page, expect

from miniapp_api.audit.models import AuditEntry
from server.core.appkeys import DB
from tests.browser.conftest import LiveServer

pytestmark = pytest.mark.browser

# Written for this test: a small regulation with a numbering gap (第四条 is missing).
RULES = """示例党小组活动办法
第一章　总则
第一条　为了规范示例党小组的活动，制定本办法。
第二条　本办法适用于示例单位的各个党小组。
第二章　活动
第三条　党小组会一般每月召开一次，由党小组组长主持，党员应当按时参加。
第五条　党小组组长每年向支部委员会报告一次工作。
"""
RULES_V2 = RULES.replace("每月召开一次", "每两个月召开一次")


def _modal(page: Page, title: str) -> Any:
    return page.locator(".dj-modal", has=page.locator(".dj-modal-head h3", has_text=title))


async def _upload(page: Page, text: str, doc_number: str = "") -> Any:
    await page.get_by_role("button", name="上传文件").click()
    form = _modal(page, "上传法规文件")
    await form.locator("[data-field=file] input").set_input_files(
        files=[{"name": "党小组活动办法.txt", "mimeType": "text/plain", "buffer": text.encode()}])
    if doc_number:
        await form.locator("[data-field=doc_number] input").fill(doc_number)
    await form.locator(".dj-modal-foot .dj-btn-primary").click()
    result = _modal(page, "上传结果")
    await expect(result).to_be_visible(timeout=30_000)  # the upload rebuilds the index in the request: slow on a busy CI host
    return result


async def _close(page: Page, title: str) -> None:
    await _modal(page, title).locator(".dj-modal-head .dj-icon-btn").click()
    await expect(_modal(page, title)).to_have_count(0)


async def test_upload_ask_with_citation_feedback_and_abstained_list(admin_page: Page, live_server: LiveServer) -> None:
    page = admin_page
    await page.goto(f"{live_server}/admin#/knowledge")
    await expect(page.locator("#kb-documents")).to_contain_text("知识库还没有文件")
    result = await _upload(page, RULES, "示例〔2026〕1号")
    await expect(result).to_contain_text("《示例党小组活动办法》 第1版 · 4 条")
    await expect(result).to_contain_text("已新增")
    await expect(result.locator(".kb-warnings")).to_contain_text("缺少第四条")
    await _close(page, "上传结果")
    row = page.locator("#kb-documents tbody tr").first
    for text in ("《示例党小组活动办法》", "示例〔2026〕1号", "现行有效", "公开", "第1版", "⚠ 1"):
        await expect(row).to_contain_text(text)
    await expect(page.locator(".kb-index")).to_contain_text("4 条")
    with live_server.app[DB]:
        assert await AuditEntry.filter(action="knowledge.upload").count() == 1

    await page.goto(f"{live_server}/admin#/bot")
    await page.fill("#kb-question", "党小组会多久开一次？")
    await page.get_by_role("button", name="提问").click()
    answer = page.locator(".kb-answer").first
    await expect(answer).to_have_attribute("data-abstained", "false")
    citation = answer.locator(".kb-citation").first
    await expect(citation).to_contain_text("《示例党小组活动办法》第三条")
    await expect(citation.locator("blockquote")).to_contain_text("党小组会一般每月召开一次")
    await answer.get_by_role("button", name="有帮助").click()
    await expect(answer.locator(".kb-feedback")).to_contain_text("已反馈 👍")

    await page.fill("#kb-question", "巡察组进驻后多久要反馈巡察意见？")
    await page.get_by_role("button", name="提问").click()
    abstained = page.locator(".kb-answer[data-abstained=true]")
    await expect(abstained).to_contain_text("拒答")
    await expect(abstained).to_contain_text("未在已收录的党内法规中找到直接依据")
    await expect(abstained.locator(".kb-citation")).to_have_count(0)
    await abstained.get_by_role("button", name="没帮助").click()
    reason = _modal(page, "这个回答有什么问题？")
    await reason.locator("textarea").fill("希望收录巡视工作条例")
    await reason.locator(".dj-modal-foot .dj-btn-primary").click()
    await expect(abstained.locator(".kb-feedback")).to_contain_text("已反馈 👎")

    await page.goto(f"{live_server}/admin#/bot-feedback")
    unanswered = page.locator("#kb-unanswered-list tbody tr", has_text="巡察组进驻后")
    await expect(unanswered).to_have_count(1)
    await unanswered.get_by_role("button", name="标记已处理").click()
    await expect(page.locator("#kb-unanswered-list")).to_contain_text("暂无未回答的问题")
    feedback = page.locator("#kb-feedback-list tbody tr")
    await expect(feedback).to_have_count(2)
    await expect(feedback.filter(has_text="希望收录巡视工作条例")).to_contain_text("👎 没帮助")
    await expect(feedback.filter(has_text="党小组会多久开一次")).to_contain_text("👍 有帮助")


async def test_versions_status_change_and_delete(admin_page: Page, live_server: LiveServer) -> None:
    page = admin_page
    await page.goto(f"{live_server}/admin#/knowledge")
    await _upload(page, RULES)
    await _close(page, "上传结果")
    result = await _upload(page, RULES_V2)
    await expect(result).to_contain_text("第2版")
    await expect(result).to_contain_text("新版本")
    await _close(page, "上传结果")
    rows = page.locator("#kb-documents tbody tr")
    await expect(rows).to_have_count(1)
    await expect(rows.first).to_contain_text("第2版")

    await rows.first.get_by_role("button", name="版本").click()
    versions = _modal(page, "版本历史")
    await expect(versions.locator("tbody tr")).to_have_count(2)
    await expect(versions.locator("tbody tr").nth(1)).to_contain_text("已修订")
    await _close(page, "版本历史")

    await rows.first.get_by_role("button", name="删除").click()
    await page.locator(".dj-modal .dj-modal-foot .dj-btn-danger").click()
    await expect(rows.first).to_contain_text("第1版")
    await expect(rows.first).to_contain_text("现行有效")  # deleting the current version brought back the old one

    await rows.first.get_by_role("button", name="修改").click()
    edit = _modal(page, "修改 · 《示例党小组活动办法》第1版")
    await edit.locator("[data-field=visibility] select").select_option("内部")
    await edit.locator("[data-field=status] select").select_option("已废止")
    await edit.locator(".dj-modal-foot .dj-btn-primary").click()
    await expect(rows.first).to_contain_text("已废止")
    await expect(rows.first).to_contain_text("内部")


async def test_document_search_runs_while_typing(admin_page: Page, live_server: LiveServer) -> None:
    page = admin_page
    await page.goto(f"{live_server}/admin#/knowledge")
    await _upload(page, RULES, "示例〔2026〕1号")
    await _close(page, "上传结果")
    rows = page.locator("#kb-documents tbody tr")
    await expect(rows.first).to_contain_text("《示例党小组活动办法》")
    await page.locator("#kb-search").press_sequentially("财务", delay=50)  # no Enter, no leaving the box
    await expect(page.locator("#kb-documents")).to_contain_text("没有标题或文号含“财务”的文件")
    await page.locator("#kb-search").fill("党小组")
    await expect(rows.first).to_contain_text("《示例党小组活动办法》")
    await expect(page.locator("#kb-search")).to_be_focused()
