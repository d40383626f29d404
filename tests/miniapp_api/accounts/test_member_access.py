"""Member access follows the member record: a deactivated (停用) member's users get no member tokens again."""

from __future__ import annotations

from typing import Any

from aiohttp.test_utils import TestClient

from miniapp_api.accounts.models import User
from miniapp_api.audit.models import AuditEntry
from miniapp_api.orgs.models import Member
from server.core.clock import ManualClock
from tests.clock import TEST_EPOCH
from tests.factories import admin_headers, make_member, make_org, wechat_headers


async def _bound(client: TestClient, member: Member, openid: str) -> dict[str, Any]:
    headers, _ = await wechat_headers(client, openid)
    resp = await client.post("/api/v1/me/bind", json={"name": member.name, "phone": member.phone}, headers=headers)
    assert resp.status == 200, await resp.text()
    body: dict[str, Any] = await resp.json()
    assert body["user"]["role"] == "member"
    return body


async def test_deactivation_unbinds_revokes_and_refresh_gives_no_member_role(make_client: Any) -> None:
    clock = ManualClock(TEST_EPOCH)
    client: TestClient = await make_client(clock=clock)
    org = await make_org()
    member = await make_member(org)
    tokens = await _bound(client, member, "openid-deactivated")
    admin = await admin_headers(client, org)
    assert (await client.delete(f"/api/v1/members/{member.id}", headers=admin)).status == 204

    me = await client.get("/api/v1/me", headers={"Authorization": f"Bearer {tokens['access_token']}"})
    assert (me.status, (await me.json())["error"]["code"]) == (401, "auth.token_revoked")
    user = await User.get(openid="openid-deactivated")
    assert (user.member_id, user.role) == (None, "citizen")
    assert await AuditEntry.filter(action="member.unbind", target_id=str(member.id)).count() == 1

    clock.advance(1)
    fresh = await client.post("/api/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
    assert fresh.status == 200
    u = (await fresh.json())["user"]
    assert (u["role"], u["member_id"], u["is_bound"], u["org_id"]) == ("citizen", None, False, None)


async def test_a_binding_to_a_member_deactivated_earlier_yields_no_member_role(client: TestClient) -> None:
    """Bindings left by older releases (member deactivated without unbinding): login and refresh check the member."""
    org = await make_org()
    member = await make_member(org)
    tokens = await _bound(client, member, "openid-legacy")
    await Member.filter(id=member.id).update(is_active=False)  # as an older release left it: still bound

    refreshed = await client.post("/api/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
    assert refreshed.status == 200
    assert (await refreshed.json())["user"]["role"] == "citizen"
    _, body = await wechat_headers(client, "openid-legacy")
    assert body["user"]["role"] == "citizen" and body["user"]["member_id"] is None
    user = await User.get(openid="openid-legacy")
    assert (user.member_id, user.role, user.org_id) == (None, "citizen", None)
