"""The live room: authenticated join, presence, chat, hands, host controls, malformed input, closing."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import aiohttp
import pytest
from aiohttp import WSMsgType

from tests.miniapp_api.partyday.conftest import Branch, join, next_event


def _token(headers: dict[str, str]) -> str:
    return headers["Authorization"].removeprefix("Bearer ")


async def test_joining_needs_a_token_and_an_expected_attendee(pd: Branch) -> None:
    meeting = await pd.meeting(status="published")
    path = f"/api/v1/partydays/{meeting['id']}/room"
    with pytest.raises(aiohttp.WSServerHandshakeError) as err:
        await pd.client.ws_connect(path)
    assert err.value.status == 401
    with pytest.raises(aiohttp.WSServerHandshakeError) as err:
        await pd.client.ws_connect(path, params={"access_token": "forged"})
    assert err.value.status == 401
    with pytest.raises(aiohttp.WSServerHandshakeError) as err:
        await pd.client.ws_connect(path, headers=await pd.headers(pd.outsider))
    assert err.value.status == 403
    ws = await join(pd.client, meeting["id"], token=_token(await pd.headers(pd.members[1])))  # the browser way
    await ws.close()
    draft = await pd.meeting()
    with pytest.raises(aiohttp.WSServerHandshakeError) as err:
        await pd.client.ws_connect(f"/api/v1/partydays/{draft['id']}/room", headers=await pd.headers(pd.members[1]))
    assert err.value.status == 409


async def test_presence_chat_and_raised_hands_reach_everyone(pd: Branch) -> None:
    meeting = await pd.meeting(status="live", start_in=timedelta(0))
    host = await join(pd.client, meeting["id"], pd.admin)
    a = await join(pd.client, meeting["id"], await pd.headers(pd.members[1]))
    event = await next_event(host, "presence")
    assert [j["member_id"] for j in event["joined"]] == [pd.members[1].id]
    b = await pd.client.ws_connect(f"/api/v1/partydays/{meeting['id']}/room", headers=await pd.headers(pd.members[2]))
    welcome = await next_event(b, "welcome")
    assert welcome["you"] == {"member_id": pd.members[2].id, "name": pd.members[2].name, "is_host": False}
    assert pd.members[1].id in [o["member_id"] for o in welcome["online"]]
    assert welcome["meeting"]["agenda"] == ["重温入党誓词", "集中学习", "讨论交流"]
    await b.send_json({"type": "chat", "text": "  大家好  "})
    for ws in (host, a, b):
        chat = await next_event(ws, "chat")
        assert chat["text"] == "大家好" and chat["from"]["member_id"] == pd.members[2].id
    await a.send_json({"type": "hand"})
    hand = await next_event(host, "hand")
    assert hand["raised"] and hand["member_id"] == pd.members[1].id
    late = await pd.client.ws_connect(f"/api/v1/partydays/{meeting['id']}/room", headers=await pd.headers(pd.members[3]))
    assert [h["member_id"] for h in (await next_event(late, "welcome"))["hands"]] == [pd.members[1].id]
    await host.send_json({"type": "lower_hand", "member_id": pd.members[1].id})
    assert (await next_event(a, "hand", where=lambda e: not e["raised"]))["member_id"] == pd.members[1].id
    await a.close()
    left = await next_event(host, "presence", where=lambda e: bool(e["left"]))
    assert [x["member_id"] for x in left["left"]] == [pd.members[1].id]
    for ws in (host, b, late):
        await ws.close()


async def test_malformed_frames_get_an_error_frame_and_the_room_carries_on(pd: Branch) -> None:
    meeting = await pd.meeting(status="live", start_in=timedelta(0))
    a = await join(pd.client, meeting["id"], await pd.headers(pd.members[1]))
    b = await join(pd.client, meeting["id"], await pd.headers(pd.members[2]))
    bad = ["not json", "[1, 2]", '{"type": 5}', '{"type": "nope"}', '{"type": "vote", "poll_id": "x", "option": 0}',
           '{"type": "chat"}', '{"type": "chat", "text": "hi", "extra": 1}', "{" * 5000]
    for raw in bad:
        await a.send_str(raw)
        error = await next_event(a, "error")
        assert error["code"] == "partyday.bad_frame", raw
    await a.send_bytes(b"\x00\x01")
    assert (await next_event(a, "error"))["code"] == "partyday.bad_frame"
    await a.send_json({"type": "chat", "text": "长" * 501})
    assert (await next_event(a, "error"))["code"] == "partyday.chat_too_long"
    await a.send_json({"type": "vote", "poll_id": 999, "option": 0, "ref": "r1"})
    error = await next_event(a, "error")
    assert error["code"] == "partyday.poll_not_found" and error["ref"] == "r1"
    await a.send_json({"type": "ping", "ref": 7})
    assert (await next_event(a, "pong"))["ref"] == 7
    await a.send_json({"type": "chat", "text": "还在"})
    assert (await next_event(b, "chat"))["text"] == "还在"  # the room was never dropped


async def test_chat_is_rate_limited_per_member(pd: Branch) -> None:
    meeting = await pd.meeting(status="live", start_in=timedelta(0))
    a = await join(pd.client, meeting["id"], await pd.headers(pd.members[1]))
    for i in range(5):
        await a.send_json({"type": "chat", "text": f"第{i}条"})
    await a.send_json({"type": "chat", "text": "第6条"})
    assert (await next_event(a, "error"))["code"] == "partyday.chat_rate_limited"


async def test_only_the_host_moves_the_agenda_and_closes_the_room(pd: Branch) -> None:
    meeting = await pd.meeting(status="live", start_in=timedelta(0))
    host = await join(pd.client, meeting["id"], await pd.headers(pd.secretary))  # the secretary on a phone
    member = await join(pd.client, meeting["id"], await pd.headers(pd.members[2]))
    for frame in ({"type": "agenda", "item": 1}, {"type": "close_room"}, {"type": "poll_open", "question": "?"}):
        await member.send_json(frame)
        assert (await next_event(member, "error"))["code"] == "partyday.not_host"
    await host.send_json({"type": "agenda", "item": 1})
    moved = await next_event(member, "agenda")
    assert moved["item"] == 1 and moved["title"] == "集中学习"
    await host.send_json({"type": "agenda", "item": 9})
    assert (await next_event(host, "error"))["code"] == "partyday.bad_agenda_item"
    detail = await (await pd.client.get(f"/api/v1/partydays/{meeting['id']}", headers=pd.admin)).json()
    assert detail["current_item"] == 1
    await host.send_json({"type": "close_room"})
    assert (await next_event(member, "closed"))["reason"] == "host"
    msg = await member.receive()
    assert msg.type in (WSMsgType.CLOSE, WSMsgType.CLOSED) and member.close_code == 1000
    with pytest.raises(aiohttp.WSServerHandshakeError) as err:
        await pd.client.ws_connect(f"/api/v1/partydays/{meeting['id']}/room", headers=await pd.headers(pd.members[1]))
    assert err.value.status == 409


async def test_ending_the_meeting_closes_every_socket(pd: Branch) -> None:
    meeting = await pd.meeting(status="live", start_in=timedelta(0))
    a = await join(pd.client, meeting["id"], await pd.headers(pd.members[1]))
    assert (await pd.client.post(f"/api/v1/partydays/{meeting['id']}/end", headers=pd.admin)).status == 200
    assert (await next_event(a, "closed"))["reason"] == "ended"
    await a.receive()
    assert a.closed


async def test_shutdown_closes_sockets_with_going_away(make_client: Any, pd_settings: Any, pd: Branch) -> None:
    meeting = await pd.meeting(status="live", start_in=timedelta(0))
    second = await make_client(pd_settings, clock=pd.clock)  # a second worker
    async with aiohttp.ClientSession() as session:
        ws = await session.ws_connect(second.make_url(f"/api/v1/partydays/{meeting['id']}/room"),
                                      headers=await pd.headers(pd.members[1]))
        await next_event(ws, "welcome")
        await second.server.close()
        msg = await ws.receive()
        while msg.type is WSMsgType.TEXT:  # a presence event may still be on its way
            msg = await ws.receive()
        assert msg.type is WSMsgType.CLOSE and msg.data == 1001  # GOING_AWAY
    a = await join(pd.client, meeting["id"], await pd.headers(pd.members[1]))  # the first worker still serves
    await a.send_json({"type": "ping"})
    assert (await next_event(a, "pong"))["type"] == "pong"


async def test_a_room_spans_two_app_instances_sharing_redis_and_the_database(make_client: Any, pd_settings: Any,
                                                                             pd: Branch) -> None:
    meeting = await pd.meeting(status="live", start_in=timedelta(0))
    other = await make_client(pd_settings, clock=pd.clock)  # same DB and the same Redis (one embedded server)
    assert other.app is not pd.client.app
    host = await join(pd.client, meeting["id"], pd.admin)
    a = await join(pd.client, meeting["id"], await pd.headers(pd.members[1]))
    b = await join(other, meeting["id"], await pd.headers(pd.members[2]))
    joined = await next_event(a, "presence", where=lambda e: any(j["member_id"] == pd.members[2].id for j in e["joined"]))
    assert joined["joined"][0]["name"] == pd.members[2].name
    await b.send_json({"type": "chat", "text": "来自二号进程"})
    assert (await next_event(a, "chat"))["text"] == "来自二号进程"
    assert (await next_event(host, "chat"))["text"] == "来自二号进程"
    await host.send_json({"type": "poll_open", "question": "是否同意？", "secret": True})
    poll = (await next_event(b, "poll"))["poll"]
    await b.send_json({"type": "vote", "poll_id": poll["id"], "option": 0})
    await a.send_json({"type": "vote", "poll_id": poll["id"], "option": 1})
    progress = await next_event(host, "poll_progress", where=lambda e: e["votes_cast"] == 2)
    assert progress["tally"] is None  # secret: no running tally
    await host.send_json({"type": "poll_close", "poll_id": poll["id"]})
    result = (await next_event(b, "poll_result"))["poll"]
    assert result["tally"] == [1, 1, 0] and result["votes_cast"] == 2
    for ws in (host, a, b):
        await ws.close()


async def test_events_are_json_with_a_type_and_a_time(pd: Branch) -> None:
    meeting = await pd.meeting(status="live", start_in=timedelta(0))
    a = await join(pd.client, meeting["id"], await pd.headers(pd.members[1]))
    await a.send_json({"type": "chat", "text": "时间"})
    event = await next_event(a, "chat")
    assert set(event) == {"type", "text", "from", "at"} and event["at"].startswith("2026-03-10T01:00")


async def test_a_console_host_appears_by_the_persons_name_not_the_login(pd: Branch) -> None:
    from miniapp_api.accounts.schemas import AdminCreate
    from miniapp_api.accounts.service import create_console_user
    from server.core.auth import Role
    from tests.factories import PASSWORD, login

    await create_console_user(None, AdminCreate(username="zhibu", password=PASSWORD, role=Role.ORG_ADMIN,
                                                org_id=pd.branch.id, display_name="王志强"))
    meeting = await pd.meeting(status="live", start_in=timedelta(0))
    host = await pd.client.ws_connect(f"/api/v1/partydays/{meeting['id']}/room", headers=await login(pd.client, "zhibu"))
    assert (await next_event(host, "welcome"))["you"]["name"] == "王志强"
    a = await join(pd.client, meeting["id"], await pd.headers(pd.members[1]))
    await host.send_json({"type": "chat", "text": "开会了"})
    chat = await next_event(a, "chat")
    assert chat["from"]["name"] == "王志强" and chat["from"]["host"]
    for ws in (host, a):
        await ws.close()
