"""Knowledge-base admin writes reach the audit log through the app's AUDIT hook (knowledge never imports it)."""

from __future__ import annotations

from aiohttp.test_utils import TestClient

from miniapp_api.audit.models import AuditEntry
from server.core.appkeys import DB
from server.core.auth import Role
from tests.bot.test_routes import upload
from tests.factories import admin_headers, make_org
from tests.knowledge.samples import DUES_NOTES, MEETING_RULES, OLD_DUES_NOTES


async def _entries(client: TestClient) -> list[tuple[str, str, str]]:
    with client.app[DB]:
        rows = await AuditEntry.filter(action__startswith="knowledge.").order_by("id")
    return [(r.action, r.target_type, r.target_id) for r in rows]


async def test_upload_creates_an_audit_entry(bot_client: TestClient) -> None:
    admin = await admin_headers(bot_client)
    status, body = await upload(bot_client, admin, MEETING_RULES, "会议规则.txt")
    assert status == 201
    doc_id = str(body["document"]["id"])
    assert await _entries(bot_client) == [("knowledge.upload", "knowledge_document", doc_id)]
    with bot_client.app[DB]:
        entry = await AuditEntry.get(action="knowledge.upload")
    assert entry.actor_role == "superadmin" and entry.actor_user_id is not None
    assert entry.detail["title"] == "示例支部会议规则" and entry.detail["article_count"] == 6
    status, _ = await upload(bot_client, admin, MEETING_RULES, "会议规则.txt")
    assert status == 200 and len(await _entries(bot_client)) == 1  # unchanged: nothing written, nothing audited


async def test_replace_status_change_and_delete_are_audited(bot_client: TestClient) -> None:
    admin = await admin_headers(bot_client)
    _, first = await upload(bot_client, admin, OLD_DUES_NOTES)
    _, second = await upload(bot_client, admin, DUES_NOTES)
    new_id = second["document"]["id"]
    resp = await bot_client.patch(f"/api/v1/knowledge/documents/{new_id}", json={"status": "已废止"}, headers=admin)
    assert resp.status == 200
    resp = await bot_client.delete(f"/api/v1/knowledge/documents/{new_id}", headers=admin)
    assert resp.status == 204
    assert [a for a, _, _ in await _entries(bot_client)] == [
        "knowledge.upload", "knowledge.replace", "knowledge.status", "knowledge.delete"]
    with bot_client.app[DB]:
        status_entry = await AuditEntry.get(action="knowledge.status")
    assert status_entry.detail["status"] == "已废止" and status_entry.target_id == str(new_id)
    assert first["document"]["id"] != new_id


async def test_a_staff_account_cannot_upload_and_leaves_no_entry(bot_client: TestClient) -> None:
    org = await make_org("机关党委")
    staff = await admin_headers(bot_client, org, Role.STAFF)
    status, _ = await upload(bot_client, staff, MEETING_RULES)
    assert status == 403 and await _entries(bot_client) == []
