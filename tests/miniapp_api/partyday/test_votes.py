"""Votes in the live room: open and secret ballots, no second vote, no per-member choice kept, the quorum rule."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from miniapp_api.partyday.models import Ballot, Poll, PollTally
from tests.miniapp_api.partyday.conftest import Branch, join, next_event


async def _open_poll(pd: Branch, meeting_id: int, **body: Any) -> dict[str, Any]:
    resp = await pd.client.post(f"/api/v1/partydays/{meeting_id}/polls", json=body, headers=pd.admin)
    assert resp.status == 201, await resp.text()
    return await resp.json()


async def _close_poll(pd: Branch, meeting_id: int, poll_id: int) -> dict[str, Any]:
    resp = await pd.client.post(f"/api/v1/partydays/{meeting_id}/polls/{poll_id}/close", headers=pd.admin)
    assert resp.status == 200, await resp.text()
    return await resp.json()


async def test_an_open_ballot_shows_the_running_tally_and_refuses_a_second_vote(pd: Branch) -> None:
    meeting = await pd.meeting(status="live", start_in=timedelta(0))
    a = await join(pd.client, meeting["id"], await pd.headers(pd.members[1]))
    b = await join(pd.client, meeting["id"], await pd.headers(pd.members[2]))
    poll = await _open_poll(pd, meeting["id"], question="下次主题党日去哪里？", options=["纪念馆", "社区服务", "线上学习"])
    assert (await next_event(a, "poll"))["poll"]["id"] == poll["id"]
    await a.send_json({"type": "vote", "poll_id": poll["id"], "option": 1, "ref": "v1"})
    assert (await next_event(a, "voted"))["ref"] == "v1"
    progress = await next_event(b, "poll_progress")
    assert progress["votes_cast"] == 1 and progress["tally"] == [0, 1, 0]
    await a.send_json({"type": "vote", "poll_id": poll["id"], "option": 2})
    assert (await next_event(a, "error"))["code"] == "partyday.already_voted"
    await b.send_json({"type": "vote", "poll_id": poll["id"], "option": 7})
    assert (await next_event(b, "error"))["code"] == "partyday.bad_option"
    choices = await Ballot.filter(poll_id=poll["id"]).values_list("member_id", "choice")
    assert choices == [(pd.members[1].id, 1)]  # an open ballot records who chose what
    result = await _close_poll(pd, meeting["id"], poll["id"])
    assert result["tally"] == [0, 1, 0] and result["is_open"] is False and result["verdict"] == ""
    await b.send_json({"type": "vote", "poll_id": poll["id"], "option": 0})
    assert (await next_event(b, "error"))["code"] == "partyday.poll_closed"


async def test_a_secret_ballot_keeps_only_the_tally_and_who_voted(pd: Branch) -> None:
    meeting = await pd.meeting(status="live", start_in=timedelta(0))
    sockets = [await join(pd.client, meeting["id"], await pd.headers(m)) for m in pd.members[1:4]]
    poll = await _open_poll(pd, meeting["id"], question="推荐优秀党员", options=["张三", "李四"], secret=True)
    for ws, option in zip(sockets, (0, 1, 1), strict=True):
        await next_event(ws, "poll")
        await ws.send_json({"type": "vote", "poll_id": poll["id"], "option": option})
        await next_event(ws, "voted")
    progress = await next_event(sockets[0], "poll_progress", where=lambda e: e["votes_cast"] == 3)
    assert progress["tally"] is None  # no running tally: timing would reveal each choice
    await sockets[0].send_json({"type": "vote", "poll_id": poll["id"], "option": 1})
    assert (await next_event(sockets[0], "error"))["code"] == "partyday.already_voted"
    listing = await (await pd.client.get(f"/api/v1/partydays/{meeting['id']}/polls", headers=pd.admin)).json()
    assert listing["items"][0]["tally"] is None and listing["items"][0]["votes_cast"] == 3
    ballots = await Ballot.filter(poll_id=poll["id"]).values_list("member_id", "choice")
    assert sorted(m for m, _ in ballots) == sorted(m.id for m in pd.members[1:4])
    assert all(choice is None for _, choice in ballots)  # never who chose what
    poll_row = await Poll.get(id=poll["id"])
    assert poll_row.result == {}  # nothing per member hides in the poll row either
    assert sorted(await PollTally.filter(poll_id=poll["id"]).values_list("option", "count")) == [(0, 1), (1, 2)]
    result = await _close_poll(pd, meeting["id"], poll["id"])
    assert result["tally"] == [1, 2] and result["votes_cast"] == 3
    assert (await next_event(sockets[1], "poll_result"))["poll"]["tally"] == [1, 2]


async def test_a_resolution_of_the_assembly_needs_more_than_half_of_the_voting_members(pd: Branch) -> None:
    meeting = await pd.meeting(status="live", start_in=timedelta(0), meeting_type="支部党员大会", title="发展党员表决")
    mid = meeting["id"]
    a = await join(pd.client, mid, await pd.headers(pd.members[1]))
    b = await join(pd.client, mid, await pd.headers(pd.members[2]))
    probationary = await join(pd.client, mid, await pd.headers(pd.probationary))
    first = await _open_poll(pd, mid, question="接收王某为预备党员", resolution=True)
    assert first["options"] == ["同意", "不同意", "弃权"]
    await probationary.send_json({"type": "vote", "poll_id": first["id"], "option": 0})
    assert (await next_event(probationary, "error"))["code"] == "partyday.no_vote_right"  # 预备党员: no vote
    for ws in (a, b):
        await ws.send_json({"type": "vote", "poll_id": first["id"], "option": 0})
        await next_event(ws, "voted")
    result = await _close_poll(pd, mid, first["id"])
    # 4 voting members (正式党员) expected, 2 present: not more than half → the vote is void
    assert result["quorum"] == {"voting_members": 4, "present": 2, "required": 3, "met": False}
    assert result["valid"] is False and result["passed"] is False and "表决无效" in result["verdict"]

    code = (await (await pd.client.get(f"/api/v1/partydays/{mid}/signin-code", headers=pd.admin)).json())["code"]
    resp = await pd.client.post(f"/api/v1/partydays/{mid}/signin", json={"code": code},
                                headers=await pd.headers(pd.members[3]))  # a third voting member arrives in person
    assert resp.status == 200
    second = await _open_poll(pd, mid, question="接收王某为预备党员（复议）", resolution=True, secret=True)
    c = await join(pd.client, mid, await pd.headers(pd.members[3]))
    for ws in (a, b, c):
        await ws.send_json({"type": "vote", "poll_id": second["id"], "option": 0})
        await next_event(ws, "voted")
    result = await _close_poll(pd, mid, second["id"])
    assert result["quorum"]["present"] == 3 and result["quorum"]["met"] is True
    assert result["valid"] is True and result["passed"] is True and "决议通过" in result["verdict"]


async def test_a_resolution_fails_without_a_majority_of_all_voting_members(pd: Branch) -> None:
    meeting = await pd.meeting(status="live", start_in=timedelta(0), meeting_type="branch_assembly")
    mid = meeting["id"]
    sockets = [await join(pd.client, mid, await pd.headers(m)) for m in pd.members[1:4]]
    poll = await _open_poll(pd, mid, question="表决事项", resolution=True)
    for ws, option in zip(sockets, (0, 0, 2), strict=True):
        await ws.send_json({"type": "vote", "poll_id": poll["id"], "option": option})
        await next_event(ws, "voted")
    result = await _close_poll(pd, mid, poll["id"])
    # 3 of 4 present (valid), but 2 同意 is not more than half of the 4 voting members
    assert result["valid"] is True and result["passed"] is False and "决议未通过" in result["verdict"]


async def test_ending_the_meeting_closes_open_polls_and_polls_need_a_live_meeting(pd: Branch) -> None:
    published = await pd.meeting(status="published")
    resp = await pd.client.post(f"/api/v1/partydays/{published['id']}/polls", json={"question": "?"}, headers=pd.admin)
    assert resp.status == 409
    meeting = await pd.meeting(status="live", start_in=timedelta(0))
    poll = await _open_poll(pd, meeting["id"], question="是否同意？")
    member = await pd.headers(pd.members[2])
    resp = await pd.client.post(f"/api/v1/partydays/{meeting['id']}/polls", json={"question": "?"}, headers=member)
    assert resp.status == 403
    await pd.client.post(f"/api/v1/partydays/{meeting['id']}/end", headers=pd.admin)
    listing = await (await pd.client.get(f"/api/v1/partydays/{meeting['id']}/polls", headers=member)).json()
    assert listing["items"][0]["id"] == poll["id"] and listing["items"][0]["is_open"] is False
