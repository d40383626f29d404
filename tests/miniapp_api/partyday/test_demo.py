"""The demo loader: the year so far of 三会一课 with two true gaps, a detailed held meeting, a live one and upcoming
ones; idempotent."""

from __future__ import annotations

from typing import Any

from miniapp_api.orgs import demo as base_demo
from miniapp_api.partyday import ledger
from miniapp_api.partyday.demo import load_demo
from miniapp_api.partyday.models import AttendanceStatus, Attendee, Meeting, MeetingStatus, MeetingType, Minutes
from server.core.auth import Principal, Role
from server.core.domains import DemoContext
from tests.clock import TEST_EPOCH


async def test_demo_meetings_cover_the_year_so_far_with_two_gaps_and_load_once(client: Any, pd_settings: Any) -> None:
    ctx = DemoContext(settings=pd_settings, now=TEST_EPOCH)  # 2026-06-15 07:30 in Beijing
    await base_demo.load_demo(ctx)
    lines = await load_demo(ctx)
    total = await Meeting.all().count()
    assert lines and f"{total} demo meetings" in lines[0]
    assert await Meeting.filter(status=MeetingStatus.LIVE).count() == 1
    assert await Meeting.filter(status=MeetingStatus.PUBLISHED).count() == 4
    held = await Meeting.get(org_id=ctx.orgs["b_service"], title="主题党日：重温入党誓词 践行初心使命")
    assert await Minutes.exists(meeting_id=held.id)
    statuses = {a.status for a in await Attendee.filter(meeting_id=held.id)}
    assert {AttendanceStatus.SIGNED_IN, AttendanceStatus.ONLINE, AttendanceStatus.LEAVE, AttendanceStatus.ABSENT} <= statuses
    # Every month up to today has meetings: the home page's cadence check shows only the two planted gaps.
    zone = pd_settings.zone
    months = {zone.date(m.starts_at).month for m in await Meeting.filter(status=MeetingStatus.ENDED)}
    assert months == {1, 2, 3, 4, 5, 6}
    assert not await Meeting.filter(status=MeetingStatus.ENDED, starts_at__gte=TEST_EPOCH).exists()
    root = Principal(user_id=ctx.superadmin_id, role=Role.SUPERADMIN)
    report = await ledger.cadence(root, ctx.orgs["committee"], None, zone, TEST_EPOCH)
    warnings = sorted(w for b in report.branches for w in b.warnings)
    assert len(report.branches) == 4 and len(warnings) == 2
    assert "4月未召开支部委员会" in warnings and any(w.endswith("3月未召开党小组会") for w in warnings)
    park = next(b for b in report.branches if b.org_id == ctx.orgs["b_park"])
    assert park.warnings == ["4月未召开支部委员会"]
    assert await Meeting.filter(org_id=ctx.orgs["g_community1"], meeting_type=MeetingType.GROUP_MEETING).count() == 5
    assert "0 demo meetings" in (await load_demo(ctx))[0]
    assert await Meeting.all().count() == total
