"""The demo loader: a held meeting with attendance and minutes, a live one and a future one; idempotent."""

from __future__ import annotations

from typing import Any

from miniapp_api.orgs import demo as base_demo
from miniapp_api.partyday.demo import load_demo
from miniapp_api.partyday.models import AttendanceStatus, Attendee, Meeting, MeetingStatus, Minutes
from server.core.domains import DemoContext
from tests.clock import TEST_EPOCH


async def test_demo_meetings_cover_held_live_and_upcoming_and_load_once(client: Any, pd_settings: Any) -> None:
    ctx = DemoContext(settings=pd_settings, now=TEST_EPOCH)
    await base_demo.load_demo(ctx)
    lines = await load_demo(ctx)
    assert lines and "9 demo meetings" in lines[0]
    assert await Meeting.filter(status=MeetingStatus.LIVE).count() == 1
    assert await Meeting.filter(status=MeetingStatus.PUBLISHED).count() == 4
    held = await Meeting.filter(status=MeetingStatus.ENDED, org_id=ctx.orgs["b_service"]).first()
    assert held is not None and await Minutes.exists(meeting_id=held.id)
    statuses = {a.status for a in await Attendee.filter(meeting_id=held.id)}
    assert {AttendanceStatus.SIGNED_IN, AttendanceStatus.ONLINE, AttendanceStatus.LEAVE, AttendanceStatus.ABSENT} <= statuses
    assert "0 demo meetings" in (await load_demo(ctx))[0]
    assert await Meeting.all().count() == 9
