"""The 支部大会 of 发展党员 can take its vote from the party-day room's secret ballot (细则第二十条: 无记名投票),
with the quorum as it stood when the poll closed (细则第十九条)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from miniapp_api.development.models import DevelopmentEntry
from server.core.clock import ManualClock
from tests.miniapp_api.development.helpers import Branch as DevBranch
from tests.miniapp_api.development.helpers import refused
from tests.miniapp_api.partyday.conftest import T0, TZ, build_branch, join, next_event


async def test_the_branch_meeting_takes_the_secret_ballot_of_the_room(make_client: Any, make_settings: Any) -> None:
    clock = ManualClock(T0)
    pd = await build_branch(await make_client(make_settings(local_timezone=TZ), clock=clock), clock)
    dev = DevBranch(pd.client, pd.branch, pd.admin, pd.members)
    person = await dev.applicant("表决对象")
    await dev.advance(person, "pre_review")
    meeting = await pd.meeting(status="live", start_in=timedelta(0), meeting_type="支部党员大会", title="发展党员表决")
    mid = meeting["id"]
    sockets = [await join(pd.client, mid, await pd.headers(m)) for m in pd.members[1:3]]

    async def ballot(question: str, voters: list[Any]) -> int:
        poll = await (
            await pd.client.post(
                f"/api/v1/partydays/{mid}/polls",
                headers=pd.admin,
                json={"question": question, "resolution": True, "secret": True},
            )
        ).json()
        for ws in voters:
            await ws.send_json({"type": "vote", "poll_id": poll["id"], "option": 0})
            await next_event(ws, "voted")
        return int(poll["id"])

    open_poll = await ballot("未结束的表决", sockets[:1])
    url = f"/api/v1/members/{person.id}/development/steps"
    await refused(
        await pd.client.post(
            url, json={"key": "branch_meeting", "done_at": "2025-04-15", "poll_id": open_poll}, headers=pd.admin
        ),
        400,
        "development.poll_invalid",
    )
    await pd.client.post(f"/api/v1/partydays/{mid}/polls/{open_poll}/close", headers=pd.admin)
    # 4 正式党员 entitled, 2 in the room: no quorum
    await refused(
        await pd.client.post(
            url, json={"key": "branch_meeting", "done_at": "2025-04-15", "poll_id": open_poll}, headers=pd.admin
        ),
        409,
        "development.quorum_not_met",
    )
    sockets.append(await join(pd.client, mid, await pd.headers(pd.members[3])))
    passed = await ballot("接收表决对象为预备党员", sockets)
    await pd.client.post(f"/api/v1/partydays/{mid}/polls/{passed}/close", headers=pd.admin)
    resp = await pd.client.post(url, json={"key": "branch_meeting", "done_at": "2025-04-15", "poll_id": passed}, headers=pd.admin)
    assert resp.status == 201, await resp.text()
    entry = await DevelopmentEntry.get(member_id=person.id, key="branch_meeting")
    assert entry.data["poll_id"] == passed
    assert entry.data["vote"] == {"eligible": 4, "present": 3, "in_favour": 3, "against": 0, "abstain": 0}
