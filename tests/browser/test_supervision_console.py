"""The 督查与观察员 page in Chromium: a rectified finding waits for its re-check and the inspector closes it."""

from __future__ import annotations

from typing import Any

import aiohttp
import pytest
from playwright.async_api import Page, expect

from miniapp_api.rectification.models import Ticket
from miniapp_api.supervision.models import Finding, FindingStatus
from tests.browser.conftest import ConsoleData, LiveServer
from tests.factories import PASSWORD

pytestmark = pytest.mark.browser


async def _api(http: aiohttp.ClientSession, base: str, token: str, method: str, path: str, body: Any) -> Any:
    async with http.request(method, f"{base}{path}", json=body, headers={"Authorization": f"Bearer {token}"}) as resp:
        assert resp.status in (200, 201), await resp.text()
        return await resp.json()


async def _token(http: aiohttp.ClientSession, base: str, username: str) -> tuple[str, int]:
    async with http.post(f"{base}/api/v1/auth/login", json={"username": username, "password": PASSWORD}) as resp:
        body = await resp.json()
        return body["access_token"], body["user"]["id"]


async def test_the_inspector_closes_a_rectified_finding(
    admin_page: Page, live_server: LiveServer, console_data: ConsoleData
) -> None:
    base, data = str(live_server), console_data
    async with aiohttp.ClientSession() as http:
        root, root_id = await _token(http, base, data.superadmin)
        branch, _ = await _token(http, base, data.admin_a)
        team = await _api(
            http,
            base,
            root,
            "POST",
            "/api/v1/supervision/teams",
            {
                "committee_id": data.committee.id,
                "name": "第一督查专班",
                "members": [{"name": "王督查", "department": "纪检", "duty": "组长", "user_id": root_id}],
            },
        )
        drawn = await _api(
            http,
            base,
            root,
            "POST",
            "/api/v1/supervision/inspections",
            {"team_id": team["id"], "kind": "random", "title": "三会一课随机抽查", "sample_size": 2, "seed": 7},
        )
        special = await _api(
            http,
            base,
            root,
            "POST",
            "/api/v1/supervision/inspections",
            {"team_id": team["id"], "kind": "special", "title": "党费收缴专项检查", "org_ids": [data.branch_a.id]},
        )
        finding = await _api(
            http,
            base,
            root,
            "POST",
            f"/api/v1/supervision/inspections/{special['id']}/findings",
            {"org_id": data.branch_a.id, "title": "党费收缴台账不全"},
        )
        for step in ({"action": "verify", "disposal": "deadline", "note": "属实"}, {"action": "resolve", "note": "已补齐台账"}):
            await _api(http, base, branch, "POST", f"/api/v1/rectifications/{finding['ticket_id']}/actions", step)

    await admin_page.goto(f"{base}/admin#/supervision")
    row = admin_page.locator("tr", has_text="党费收缴台账不全")
    await expect(row).to_contain_text(data.branch_a.name)
    await expect(row).to_contain_text("待复查")
    await expect(row).to_contain_text(f"#{finding['ticket_id']}")
    await row.get_by_role("button", name="复查").click()
    form = admin_page.locator(".dj-modal", has=admin_page.locator(".dj-modal-head h3", has_text="复查 · 党费收缴台账不全"))
    await form.locator("[data-field=result] select").select_option("close")
    await form.locator("[data-field=note] textarea").fill("现场查看台账，已补齐")
    await form.locator(".dj-modal-foot .dj-btn-primary").click()
    await expect(form).to_have_count(0)
    await expect(row).to_contain_text("已销号")
    await expect(row).to_contain_text("已办结")
    assert (await Finding.get(id=finding["id"])).status is FindingStatus.CLOSED
    assert (await Ticket.get(id=finding["ticket_id"])).status == "closed"

    # the plans tab shows the drawn orgs and the seed that reproduces them
    await admin_page.locator("button[data-tab=inspections]").click()
    plan = admin_page.locator("tr", has_text="三会一课随机抽查")
    await expect(plan).to_contain_text("随机抽查")
    await expect(plan).to_contain_text("7")
    for target in drawn["targets"]:
        await expect(plan).to_contain_text(target["name"])
