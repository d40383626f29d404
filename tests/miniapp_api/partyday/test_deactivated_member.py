"""A member deactivated (停用) by an admin loses member access at once: no sign-in, no room, no vote."""

from __future__ import annotations

from datetime import timedelta

import aiohttp
import pytest

from tests.factories import wechat_headers
from tests.miniapp_api.partyday.conftest import Branch, join


async def _sign_in(pd: Branch, meeting_id: int, headers: dict[str, str]) -> aiohttp.ClientResponse:
    code = await (await pd.client.get(f"/api/v1/partydays/{meeting_id}/signin-code", params={"action": "in"},
                                      headers=pd.admin)).json()
    return await pd.client.post(f"/api/v1/partydays/{meeting_id}/signin", json={"code": code["code"]}, headers=headers)


async def test_a_deactivated_member_can_no_longer_sign_in_join_the_room_or_vote(pd: Branch) -> None:
    meeting = await pd.meeting(status="live", start_in=timedelta(0))
    member = pd.members[2]
    openid = f"pd-member-{member.id}"
    old = await pd.headers(member)
    room = await join(pd.client, meeting["id"], old)  # a member in good standing gets in
    await room.close()

    resp = await pd.client.delete(f"/api/v1/members/{member.id}", headers=pd.admin)
    assert resp.status == 204

    # Every token issued before the deactivation is refused, at once (not when the access token expires).
    refused = await _sign_in(pd, meeting["id"], old)
    assert (refused.status, (await refused.json())["error"]["code"]) == (401, "auth.token_revoked")
    assert (await pd.client.get("/api/v1/me/partydays", headers=old)).status == 401
    with pytest.raises(aiohttp.WSServerHandshakeError) as err:
        await pd.client.ws_connect(f"/api/v1/partydays/{meeting['id']}/room", headers=old)
    assert err.value.status == 401

    # Signing in again gives a citizen: no member role, so no sign-in, no room and no ballot.
    pd.clock.advance(1)
    headers, body = await wechat_headers(pd.client, openid)
    assert body["user"]["role"] == "citizen" and body["user"]["member_id"] is None
    again = await _sign_in(pd, meeting["id"], headers)
    assert (again.status, (await again.json())["error"]["code"]) == (403, "auth.member_required")
    with pytest.raises(aiohttp.WSServerHandshakeError) as err:
        await pd.client.ws_connect(f"/api/v1/partydays/{meeting['id']}/room", headers=headers)
    assert err.value.status == 403

    # The other members are untouched.
    assert (await _sign_in(pd, meeting["id"], await pd.headers(pd.members[1]))).status == 200
