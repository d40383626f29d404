"""Demo party days for `seed-demo`: per demo branch a held meeting with attendance and minutes, a live one, a future one."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from miniapp_api.orgs.models import Member, MemberStatus
from miniapp_api.partyday import attendance, records
from miniapp_api.partyday.models import (
    Attendee,
    LeaveRequest,
    LeaveStatus,
    Meeting,
    MeetingMode,
    MeetingStatus,
    MeetingType,
    Minutes,
    PresenceSpan,
)
from server.core.domains import DemoContext

BRANCHES = ("b_service", "b_community", "b_office", "b_park")
AGENDA = ["重温入党誓词", "集中学习《中国共产党章程》", "交流研讨", "部署志愿服务"]


def _local_day_at(ctx: DemoContext, days: int, at: time) -> datetime:
    """A local wall-clock time `days` local days from the demo's today (LOCAL_TIMEZONE)."""
    zone = ctx.settings.zone
    return zone.at(zone.date(ctx.now) + timedelta(days=days), at)


async def _meeting(org_id: int, title: str, **fields: Any) -> tuple[Meeting, bool]:
    existing = await Meeting.get_or_none(org_id=org_id, title=title)
    if existing is not None:
        return existing, False
    return await Meeting.create(org_id=org_id, title=title, **fields), True


async def _attendees(meeting: Meeting, member_ids: list[int]) -> list[Attendee]:
    members = await Member.filter(id__in=member_ids, status__in=[MemberStatus.FULL, MemberStatus.PROBATIONARY])
    rows = [Attendee(meeting_id=meeting.id, member_id=m.id, name=m.name, is_voting=m.status is MemberStatus.FULL)
            for m in members]
    await Attendee.bulk_create(rows)
    return await Attendee.filter(meeting_id=meeting.id).order_by("id")


async def _held(ctx: DemoContext, key: str, member_ids: list[int]) -> None:
    """Last month's 主题党日: most signed in, one joined online, one on leave, one absent; minutes written."""
    starts = _local_day_at(ctx, -30, time(9, 0))
    meeting, created = await _meeting(
        ctx.orgs[key], "主题党日：重温入党誓词 践行初心使命", meeting_type=MeetingType.THEME_DAY, theme="学习党章 重温誓词",
        agenda=AGENDA, starts_at=starts, ends_at=starts + timedelta(hours=2), mode=MeetingMode.HYBRID,
        place="党员活动室 / 腾讯会议", video_url="https://meeting.tencent.com/", status=MeetingStatus.ENDED,
        published_at=starts - timedelta(days=5), started_at=starts, ended_at=starts + timedelta(hours=2),
        reminded_at=starts - timedelta(minutes=30),
    )
    if not created:
        return
    rows = await _attendees(meeting, member_ids)
    on_leave, absent, online = rows[-1], rows[-2], rows[-3]
    await LeaveRequest.create(meeting_id=meeting.id, member_id=on_leave.member_id, name=on_leave.name,
                              reason="外出学习培训", status=LeaveStatus.APPROVED, decided_at=starts - timedelta(days=1))
    await PresenceSpan.create(meeting_id=meeting.id, member_id=online.member_id, joined_at=starts,
                              seen_at=starts + timedelta(hours=2), left_at=starts + timedelta(minutes=115))
    for i, att in enumerate(rows[:-3]):
        att.signed_in_at = starts - timedelta(minutes=10) + timedelta(minutes=i * 2)
        await att.save(update_fields=["signed_in_at"])
    attendees, makeup = await attendance.finalize(meeting, ctx.settings, meeting.ended_at or starts)
    await records.after_meeting(meeting, ctx.settings, attendees, makeup)
    await Minutes.create(meeting_id=meeting.id, host=rows[0].name, recorder=rows[1].name if len(rows) > 1 else "",
                         topics=["集中学习党章总纲", "结合岗位谈体会"], resolutions=["本月开展“党员进社区”志愿服务一次"],
                         notes=f"缺席人员：{absent.name}（已安排补学）")


async def _live(ctx: DemoContext, key: str, member_ids: list[int]) -> None:
    starts = ctx.now - timedelta(minutes=15)
    meeting, created = await _meeting(
        ctx.orgs[key], "云端主题党日：学习贯彻党的创新理论", meeting_type=MeetingType.THEME_DAY, theme="理论学习",
        agenda=AGENDA, starts_at=starts, ends_at=starts + timedelta(hours=2), mode=MeetingMode.ONLINE,
        video_url="https://meeting.tencent.com/", status=MeetingStatus.LIVE, published_at=starts - timedelta(days=3),
        started_at=starts, reminded_at=starts - timedelta(minutes=30), current_item=1,
    )
    if created:
        await _attendees(meeting, member_ids)


async def _future(ctx: DemoContext, key: str, member_ids: list[int]) -> None:
    starts = _local_day_at(ctx, 7, time(15, 0))
    meeting, created = await _meeting(
        ctx.orgs[key], "专题党课：新时代党的组织路线", meeting_type=MeetingType.PARTY_LECTURE, theme="书记讲党课",
        agenda=["书记讲党课", "交流发言"], starts_at=starts, ends_at=starts + timedelta(hours=1, minutes=30),
        mode=MeetingMode.OFFLINE, place="三楼会议室", status=MeetingStatus.PUBLISHED, published_at=ctx.now,
    )
    if created:
        await _attendees(meeting, member_ids)


async def load_demo(ctx: DemoContext) -> list[str]:
    """Idempotent: meetings are found by (org, title) before anything is created."""
    count_before = await Meeting.all().count()
    for key in BRANCHES:
        member_ids = _branch_member_ids(ctx, key)
        if key not in ctx.orgs or not member_ids:
            continue
        await _held(ctx, key, member_ids)
        await _future(ctx, key, member_ids)
        if key == "b_service":
            await _live(ctx, key, member_ids)
    added = await Meeting.all().count() - count_before
    return [f"party days: {added} demo meetings added (held / live / upcoming; 政务服务中心党支部 has a live one)"]


def _branch_member_ids(ctx: DemoContext, key: str) -> list[int]:
    ids = list(ctx.members.get(key, []))
    if key == "b_community":  # its 党小组 members are branch members too
        ids += [i for i in ctx.members.get("g_community1", []) if i not in ids]
    return ids
