"""Attendance from room presence: joins, leaves and reconnects add up; attended = present ≥ 80 % (configurable)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from miniapp_api.partyday.attendance import classify
from miniapp_api.partyday.models import AttendanceStatus, Attendee, Meeting, PresenceSpan
from server.core.settings import PartydaySettings
from tests.miniapp_api.partyday.conftest import Branch, join, settle

MINUTE = 60


async def _closed(member_id: int) -> bool:
    return not await PresenceSpan.filter(member_id=member_id, left_at=None).exists()


async def test_online_time_adds_up_over_reconnects_and_the_80_percent_rule_decides(pd: Branch) -> None:
    meeting = await pd.meeting(status="live", start_in=timedelta(0), mode="online")
    mid = meeting["id"]
    alice, bob, carol = pd.members[1], pd.members[2], pd.members[3]
    a1 = await join(pd.client, mid, await pd.headers(alice))  # t=0
    pd.clock.advance(20 * MINUTE)
    b = await join(pd.client, mid, await pd.headers(bob))  # t=20: 40 of 60 minutes (67 %)
    c = await join(pd.client, mid, await pd.headers(carol))  # t=20
    pd.clock.advance(10 * MINUTE)
    await a1.close()  # t=30: alice's network drops...
    await settle(lambda: _closed(alice.id))
    pd.clock.advance(5 * MINUTE)
    a2 = await join(pd.client, mid, await pd.headers(alice))  # t=35: ...and she reconnects
    pd.clock.advance(5 * MINUTE)
    a3 = await join(pd.client, mid, await pd.headers(alice))  # t=40: a second tab; overlaps count once
    pd.clock.advance(10 * MINUTE)
    await a3.close()  # t=50
    await c.close()  # t=50: carol was there 30 minutes
    await settle(lambda: _closed(carol.id))
    pd.clock.advance(10 * MINUTE)  # t=60
    live = await (await pd.client.get(f"/api/v1/partydays/{mid}/attendance", headers=pd.admin)).json()
    assert live["final"] is False and live["duration_s"] == 3600
    resp = await pd.client.post(f"/api/v1/partydays/{mid}/end", headers=pd.admin)
    assert resp.status == 200
    for ws in (a2, b):
        await ws.close()
    sheet = await (await pd.client.get(f"/api/v1/partydays/{mid}/attendance", headers=pd.admin)).json()
    rows = {i["member_id"]: i for i in sheet["items"]}
    assert rows[alice.id]["online_seconds"] == 55 * MINUTE and rows[alice.id]["status"] == "online"
    assert rows[bob.id]["online_seconds"] == 40 * MINUTE and rows[bob.id]["status"] == "absent"
    assert rows[carol.id]["online_seconds"] == 30 * MINUTE and rows[carol.id]["status"] == "absent"
    assert rows[alice.id]["status_label"] == "线上参加" and rows[alice.id]["online_share"] > 0.9
    assert sheet["final"] is True and sheet["attended_share"] == 0.8
    assert sheet["counts"] == {"expected": 5, "present": 1, "leave": 0, "absent": 4, "late": 0, "online": 1}
    stored = await Attendee.get(meeting_id=mid, member_id=alice.id)
    assert stored.status is AttendanceStatus.ONLINE and stored.online_seconds == 55 * MINUTE


async def test_the_share_is_configurable_and_presence_beats_an_approved_leave(pd: Branch) -> None:
    meeting = await Meeting.get(id=(await pd.meeting(status="live", start_in=timedelta(0)))["id"])
    att = await Attendee.get(meeting_id=meeting.id, member_id=pd.members[2].id)
    strict, lenient = PartydaySettings(), PartydaySettings(attended_share=0.6)
    assert classify(meeting, att, strict, False, 40 * MINUTE, 3600) is AttendanceStatus.ABSENT
    assert classify(meeting, att, lenient, False, 40 * MINUTE, 3600) is AttendanceStatus.ONLINE
    assert classify(meeting, att, strict, True, 10 * MINUTE, 3600) is AttendanceStatus.LEAVE
    assert classify(meeting, att, strict, True, 50 * MINUTE, 3600) is AttendanceStatus.ONLINE


async def test_a_crashed_workers_open_span_ends_where_it_was_last_seen(pd: Branch) -> None:
    meeting = await pd.meeting(status="live", start_in=timedelta(0))
    now = pd.clock.now()
    await PresenceSpan.create(meeting_id=meeting["id"], member_id=pd.members[1].id, joined_at=now,
                              seen_at=now + timedelta(minutes=50))  # never closed: its worker died at t≈50
    pd.clock.advance(120 * MINUTE - 1)
    headers: Any = await pd.headers(pd.members[1])
    assert headers
    await pd.client.post(f"/api/v1/partydays/{meeting['id']}/end", headers=pd.admin)
    sheet = await (await pd.client.get(f"/api/v1/partydays/{meeting['id']}/attendance", headers=pd.admin)).json()
    row = next(i for i in sheet["items"] if i["member_id"] == pd.members[1].id)
    assert row["online_seconds"] == 50 * MINUTE + 75  # last seen + the staleness allowance, not the whole meeting
