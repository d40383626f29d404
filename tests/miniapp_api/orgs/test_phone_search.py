"""Searching members by phone: only a complete number finds anyone, results stay masked, every lookup is audited."""

from __future__ import annotations

from aiohttp.test_utils import TestClient

from miniapp_api.audit.models import AuditEntry
from server.core.auth import Role
from tests.factories import admin_headers, make_member, make_org

PHONE = "13812345678"


async def test_digit_fragments_of_a_phone_match_no_one(client: TestClient) -> None:
    org = await make_org()
    await make_member(org, name="王五", phone=PHONE)
    staff = await admin_headers(client, org, role=Role.STAFF)  # read-only
    admin = await admin_headers(client, org)
    url = f"/api/v1/orgs/{org.id}/members"
    for headers in (staff, admin):
        for fragment in ("5678", "1234", "138", "1381234567", "38123456789", "12345678"):
            page = await (await client.get(url, params={"q": fragment}, headers=headers)).json()
            assert page["total"] == 0, fragment
        for whole in (PHONE, "138 1234 5678", "+86 138-1234-5678"):
            page = await (await client.get(url, params={"q": whole}, headers=headers)).json()
            assert page["total"] == 1, whole
            assert page["items"][0]["phone_masked"] == "138****5678"
            assert PHONE not in str(page)


async def test_every_phone_search_is_audited_without_the_number(client: TestClient) -> None:
    org = await make_org()
    await make_member(org, name="王五", phone=PHONE)
    staff = await admin_headers(client, org, role=Role.STAFF)
    url = f"/api/v1/orgs/{org.id}/members"
    await client.get(url, params={"q": "5678"}, headers=staff)
    await client.get(url, params={"q": PHONE}, headers=staff)
    await client.get(url, params={"q": "王"}, headers=staff)  # a name search is not a phone search
    entries = await AuditEntry.filter(action="member.search_phone").order_by("id")
    assert [(e.actor_role, e.org_id) for e in entries] == [("staff", org.id)] * 2
    assert [e.detail for e in entries] == [
        {"number": None, "complete": False, "matches": 0},
        {"number": "138****5678", "complete": True, "matches": 1},
    ]
    assert all(PHONE not in str(e.detail) for e in entries)
