"""A member deactivated (停用) by an admin loses member access at once: no sign-in, no room, no vote."""

from __future__ import annotations

from datetime import timedelta

import aiohttp
import pytest

from miniapp_api.partyday.models import Ballot
from tests.factories import wechat_headers
from tests.miniapp_api.partyday.conftest import Branch, join, next_event


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


async def test_a_room_socket_open_when_the_member_is_deactivated_cannot_vote(pd: Branch) -> None:
    meeting = await pd.meeting(status="live", start_in=timedelta(0))
    member = pd.members[2]
    ws = await join(pd.client, meeting["id"], await pd.headers(member))
    resp = await pd.client.post(f"/api/v1/partydays/{meeting['id']}/polls", headers=pd.admin,
                                json={"question": "是否同意？", "options": ["同意", "不同意"]})
    assert resp.status == 201, await resp.text()
    poll = await resp.json()
    await next_event(ws, "poll")
    assert (await pd.client.delete(f"/api/v1/members/{member.id}", headers=pd.admin)).status == 204
    await ws.send_json({"type": "vote", "poll_id": poll["id"], "option": 1})
    error = await next_event(ws, "error")
    assert error["code"] == "auth.token_revoked"
    await ws.receive()  # the server closes the socket
    assert ws.closed and ws.close_code == 4401
    assert await Ballot.filter(poll_id=poll["id"]).count() == 0
