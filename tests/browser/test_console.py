"""The admin console shell in headless Chromium: login, navigation, org tree, members, scope, import."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest
from playwright.async_api import FilePayload, Page, expect

from miniapp_api.accounts.schemas import AdminCreate
from miniapp_api.accounts.service import create_console_user
from server.core.auth import Role
from tests.browser.conftest import ConsoleData, LiveServer, PageErrors
from tests.browser.helpers import login, xlsx
from tests.factories import PASSWORD

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

pytestmark = pytest.mark.browser


async def test_wrong_password_shows_a_chinese_error(page: Page, live_server: LiveServer, console_data: ConsoleData) -> None:
    await login(page, live_server, console_data.superadmin, "not-the-password", expect_ok=False)
    await expect(page.locator(".dj-login-error")).to_have_text("用户名或密码错误")
    await expect(page.locator("nav.dj-nav")).to_have_count(0)


@pytest.mark.parametrize("live_settings", [{"login_attempts_per_minute": 2}], indirect=True)
async def test_too_many_logins_show_the_rate_limit_message(page: Page, live_server: LiveServer, console_data: ConsoleData) -> None:
    for _ in range(2):
        await login(page, live_server, console_data.superadmin, "wrong-password", expect_ok=False)
        await expect(page.locator(".dj-login-error")).to_have_text("用户名或密码错误")
    await page.fill("#login-password", "wrong-again")
    await page.click("form.dj-login-form button[type=submit]")
    await expect(page.locator(".dj-login-error")).to_have_text(re.compile(r"^登录尝试过于频繁，请 \d+ 秒后再试$"))


async def test_login_shows_the_nav_and_the_user(page: Page, live_server: LiveServer, console_data: ConsoleData) -> None:
    await login(page, live_server, console_data.superadmin)
    nav = page.locator("nav.dj-nav")
    for title in ("首页", "组织架构", "党员管理", "审计日志"):
        await expect(nav.get_by_role("link", name=title)).to_be_visible()
    await expect(page.locator(".dj-user-name")).to_have_text("系统管理员")
    await expect(page.locator(".dj-badge-role")).to_have_text("超级管理员")
    await expect(page.locator(".dj-stat-value").first).to_have_text("4")  # organisations


async def test_session_survives_a_reload_and_logout_ends_it(admin_page: Page, live_server: LiveServer) -> None:
    await admin_page.goto(f"{live_server}/admin#/orgs")
    await admin_page.reload()
    await expect(admin_page.locator("#org-tree")).to_be_visible()
    await admin_page.click(".dj-logout")
    await expect(admin_page.locator("#login-username")).to_be_visible()
    await admin_page.reload()
    await expect(admin_page.locator("#login-username")).to_be_visible()


async def test_org_tree_renders_chinese_names_with_member_counts(admin_page: Page, live_server: LiveServer) -> None:
    await admin_page.click("nav.dj-nav >> text=组织架构")
    tree = admin_page.locator("#org-tree")
    for name in ("星海新区党工委", "机关党总支", "财政局党支部", "滨海社区党支部"):
        await expect(tree.get_by_text(name, exact=True)).to_be_visible()
    branch = tree.locator(".dj-tree-node", has_text="财政局党支部")
    await expect(branch.locator(".dj-tree-count")).to_have_text("直属 2 人")
    await expect(tree.locator(".dj-tree-node", has_text="星海新区党工委").locator(".dj-tree-count")).to_have_text("直属 0 人 · 共 3 人")


async def test_creating_a_child_org_adds_it_to_the_tree(admin_page: Page, console_data: ConsoleData) -> None:
    await admin_page.click("nav.dj-nav >> text=组织架构")
    node = admin_page.locator("#org-tree .dj-tree-node", has_text="财政局党支部")
    await node.get_by_role("button", name="新建下级").click()
    await admin_page.fill(".dj-modal input[name=name]", "预算科党小组")
    await admin_page.click(".dj-modal .dj-btn-primary")
    await expect(admin_page.locator("#org-tree").get_by_text("预算科党小组", exact=True)).to_be_visible()
    await expect(admin_page.locator(".dj-modal")).to_have_count(0)


async def test_new_member_appears_in_the_list_with_a_masked_phone(admin_page: Page, console_data: ConsoleData) -> None:
    await admin_page.goto(admin_page.url.split("#")[0] + f"#/members?org={console_data.branch_a.id}")
    await expect(admin_page.locator(".dj-member-list").get_by_text("张建国")).to_be_visible()
    await admin_page.get_by_role("button", name="登记党员").click()
    modal = admin_page.locator(".dj-modal")
    await modal.locator("input[name=name]").fill("赵晓光")
    await modal.locator("input[name=phone]").fill("13812345678")
    await modal.locator("select[name=status]").select_option("probationary")
    await modal.get_by_label("组织委员").check()
    await modal.locator(".dj-btn-primary").click()
    row = admin_page.locator(".dj-member-list tr", has_text="赵晓光")
    await expect(row).to_contain_text("138****5678")
    await expect(row).to_contain_text("预备党员")
    await expect(row).to_contain_text("组织委员")
    await expect(admin_page.locator(".dj-member-list")).not_to_contain_text("13812345678")


async def test_member_form_shows_the_servers_field_error(admin_page: Page, console_data: ConsoleData) -> None:
    await admin_page.goto(admin_page.url.split("#")[0] + f"#/members?org={console_data.branch_a.id}")
    await admin_page.get_by_role("button", name="登记党员").click()
    modal = admin_page.locator(".dj-modal")
    await modal.locator("input[name=name]").fill("钱多多")
    await modal.locator("input[name=phone]").fill("12345")
    await modal.locator(".dj-btn-primary").click()
    await expect(modal.locator("[data-field=phone] .dj-field-error")).to_have_text("手机号格式不正确")
    await expect(modal).to_be_visible()


async def test_branch_admin_does_not_see_other_branches(page: Page, live_server: LiveServer, console_data: ConsoleData) -> None:
    await login(page, live_server, console_data.admin_a)
    await page.click("nav.dj-nav >> text=组织架构")
    tree = page.locator("#org-tree")
    await expect(tree.get_by_text("财政局党支部", exact=True)).to_be_visible()
    for hidden in ("滨海社区党支部", "星海新区党工委", "机关党总支"):
        await expect(tree.get_by_text(hidden)).to_have_count(0)
    await expect(page.locator("nav.dj-nav").get_by_role("link", name="审计日志")).to_have_count(0)
    await page.goto(f"{live_server}/admin#/members?org={console_data.branch_b.id}")
    await expect(page.locator(".dj-member-list [role=alert]")).to_be_visible()
    await expect(page.locator(".dj-member-list")).not_to_contain_text("王海涛")


async def test_staff_can_read_members_but_not_change_them(page: Page, live_server: LiveServer, console_data: ConsoleData) -> None:
    await create_console_user(None, AdminCreate(username="ganshi", password=PASSWORD, role=Role.STAFF, org_id=console_data.general.id))
    await login(page, live_server, "ganshi")
    await page.goto(f"{live_server}/admin#/members?org={console_data.branch_a.id}")
    await expect(page.locator(".dj-member-list").get_by_text("张建国")).to_be_visible()
    for button in ("登记党员", "导入 Excel", "导出花名册"):
        await expect(page.get_by_role("button", name=button)).to_have_count(0)
    await page.click("nav.dj-nav >> text=组织架构")
    await expect(page.locator("#org-tree").get_by_text("机关党总支", exact=True)).to_be_visible()
    await expect(page.locator("#org-tree").get_by_role("button", name="修改")).to_have_count(0)


async def test_import_with_a_bad_row_shows_the_row_report(admin_page: Page, console_data: ConsoleData) -> None:
    await admin_page.goto(admin_page.url.split("#")[0] + f"#/members?org={console_data.branch_a.id}")
    await admin_page.get_by_role("button", name="导入 Excel").click()
    content = xlsx([["孙立", "13900001111", "正式党员", "", "2020-07-01", ""], ["周坏", "12345", "正式党员", "", "", ""]])
    await admin_page.set_input_files("#import-file", files=FilePayload(name="roster.xlsx", mimeType=XLSX, buffer=content))
    await admin_page.locator(".dj-modal").get_by_role("button", name="导入", exact=True).click()
    report = admin_page.locator(".dj-import-report")
    await expect(report.locator("#import-summary")).to_contain_text("成功导入 1 条")
    bad = report.locator("tr.dj-row-bad")
    await expect(bad).to_have_count(1)
    await expect(bad).to_contain_text("3")
    await expect(bad).to_contain_text("手机号格式不正确")
    await admin_page.locator(".dj-modal-foot").get_by_role("button", name="关闭").click()
    await expect(admin_page.locator(".dj-member-list tr", has_text="孙立")).to_contain_text("139****1111")


async def test_export_downloads_an_xlsx(admin_page: Page, console_data: ConsoleData) -> None:
    await admin_page.goto(admin_page.url.split("#")[0] + f"#/members?org={console_data.branch_a.id}")
    await expect(admin_page.locator(".dj-member-list").get_by_text("张建国")).to_be_visible()
    async with admin_page.expect_download() as info:
        await admin_page.get_by_role("button", name="导出花名册").click()
    download = await info.value
    assert download.suggested_filename == "党员花名册-财政局党支部.xlsx"
    path = await download.path()
    assert path is not None
    assert (await asyncio.to_thread(Path(path).read_bytes))[:2] == b"PK"  # a zip container, as xlsx is


async def test_expired_token_is_refreshed_transparently(admin_page: Page, live_server: LiveServer) -> None:
    live_server.clock.advance(3 * 3600)  # past the access token's lifetime, within the refresh token's
    await admin_page.click("nav.dj-nav >> text=组织架构")
    await expect(admin_page.locator("#org-tree").get_by_text("财政局党支部", exact=True)).to_be_visible()
    await expect(admin_page.locator("#login-username")).to_have_count(0)


async def test_audit_log_lists_admin_writes(admin_page: Page, console_data: ConsoleData) -> None:
    await admin_page.click("nav.dj-nav >> text=审计日志")
    await expect(admin_page.locator(".dj-table").get_by_text("新建后台用户").first).to_be_visible()


async def test_a_failing_page_does_not_break_navigation(admin_page: Page, page_errors: PageErrors) -> None:
    await admin_page.evaluate("""DJ.register({id: "broken", title: "坏页面", order: 50,
        render: async () => { throw new Error("boom"); }})""")
    await admin_page.click("nav.dj-nav >> text=坏页面")
    await expect(admin_page.locator(".dj-notice-error")).to_contain_text("页面加载失败")
    await admin_page.click("nav.dj-nav >> text=组织架构")
    await expect(admin_page.locator("#org-tree")).to_be_visible()
    page_errors.take()


async def test_phone_layout_has_a_menu_button(admin_page: Page) -> None:
    await admin_page.set_viewport_size({"width": 375, "height": 740})
    nav_link = admin_page.locator("nav.dj-nav").get_by_role("link", name="党员管理")
    await expect(nav_link).not_to_be_in_viewport()
    await admin_page.click(".dj-menu-btn")
    await expect(nav_link).to_be_in_viewport()
    await nav_link.click()
    await expect(admin_page.get_by_role("heading", name="党员管理")).to_be_visible()


async def test_every_registered_page_renders_without_errors(admin_page: Page) -> None:
    """Each domain's page (whatever index.html loads) opens on an almost empty database without failing."""
    ids = await admin_page.locator("nav.dj-nav a").evaluate_all("links => links.map(a => a.dataset.page)")
    assert {"home", "orgs", "members", "audit"} <= set(ids)
    for page_id in ids:
        await admin_page.click(f"nav.dj-nav a[data-page='{page_id}']")
        content = admin_page.locator(f"#dj-content .dj-page[data-page='{page_id}']")
        await expect(content).to_be_visible()
        await expect(content.locator(".dj-loading")).to_have_count(0)
        await expect(content.locator(".dj-notice-error"), f"page {page_id} failed").to_have_count(0)
