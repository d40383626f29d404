"""Demo party days for `seed-demo`: per demo branch a held meeting with attendance and minutes, a live one, a future one,
and the year so far of 三会一课 (every required meeting up to the demo's today, with two true gaps)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from miniapp_api.orgs.models import Member, MemberStatus
from miniapp_api.partyday import attendance, records
from miniapp_api.partyday.models import (
    AttendanceStatus,
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


# The year so far: (type, title pattern, months it is held in, local day, local hour). {m} month, {q} quarter.
QUARTER_NAMES = "一二三四"
YEAR_PLAN = (
    (MeetingType.BRANCH_COMMITTEE, "{m}月支委会：研究本月党建工作", range(1, 13), 5, 15),
    (MeetingType.THEME_DAY, "{m}月主题党日", range(1, 13), 12, 9),
    (MeetingType.PARTY_LECTURE, "第{q}季度党课：书记讲党课", (2, 5, 8, 11), 22, 15),
    (MeetingType.BRANCH_ASSEMBLY, "第{q}季度支部党员大会", (3, 6, 9, 12), 18, 15),
    (MeetingType.LIFE_MEETING, "年度组织生活会暨民主评议党员", (1,), 20, 9),
)
GROUP_PLAN = ((MeetingType.GROUP_MEETING, "{m}月党小组会", range(1, 13), 8, 19),)
# True gaps, so the home page shows what a real year looks like: (org key, type, months before the current one).
GAPS = {("b_park", MeetingType.BRANCH_COMMITTEE, 2), ("g_community1", MeetingType.GROUP_MEETING, 3)}


def _skipped(ctx: DemoContext, key: str, mtype: MeetingType, month: int) -> bool:
    current = ctx.settings.zone.date(ctx.now).month
    return any(k == key and t == mtype and month == current - back for k, t, back in GAPS)


async def _year(ctx: DemoContext, key: str, member_ids: list[int], plan: tuple[Any, ...]) -> None:
    """Every required meeting of the year held before the demo's today, as ended meetings with everyone present
    (the detailed 主题党日 of 30 days ago stands in for its month's). No 学时 or 补学: those come from `_held`."""
    zone = ctx.settings.zone
    today = zone.date(ctx.now)
    detailed = zone.date(_local_day_at(ctx, -30, time(9, 0)))
    for mtype, pattern, months, day, hour in plan:
        for month in months:
            starts = zone.at(date(today.year, month, day), time(hour, 0))
            if starts >= ctx.now - timedelta(hours=3) or _skipped(ctx, key, mtype, month):
                continue
            if mtype is MeetingType.THEME_DAY and month == detailed.month and detailed.year == today.year:
                continue
            title = pattern.format(m=month, q=QUARTER_NAMES[(month - 1) // 3])
            ends = starts + timedelta(hours=1, minutes=30)
            meeting, created = await _meeting(
                ctx.orgs[key], title, meeting_type=mtype, agenda=["传达学习上级精神", "研究部署工作"], starts_at=starts,
                ends_at=ends, mode=MeetingMode.OFFLINE, place="党员活动室", status=MeetingStatus.ENDED,
                published_at=starts - timedelta(days=3), started_at=starts, ended_at=ends, room_closed=True,
                reminded_at=starts - timedelta(minutes=30),
            )
            if not created:
                continue
            rows = await _attendees(meeting, member_ids)
            for att in rows:
                att.status = AttendanceStatus.SIGNED_IN
                att.signed_in_at = starts - timedelta(minutes=5)
            if rows:
                await Attendee.bulk_update(rows, fields=["status", "signed_in_at"])
            await Minutes.create(meeting_id=meeting.id, host=rows[0].name if rows else "", recorder=rows[-1].name if rows else "",
                                 topics=["传达学习上级精神", "研究部署本期工作"], resolutions=["按计划推进各项工作"])


async def load_demo(ctx: DemoContext) -> list[str]:
    """Idempotent: meetings are found by (org, title) before anything is created."""
    count_before = await Meeting.all().count()
    for key in BRANCHES:
        member_ids = _branch_member_ids(ctx, key)
        if key not in ctx.orgs or not member_ids:
            continue
        await _held(ctx, key, member_ids)
        await _year(ctx, key, member_ids, YEAR_PLAN)
        await _future(ctx, key, member_ids)
        if key == "b_service":
            await _live(ctx, key, member_ids)
    group = ctx.orgs.get("g_community1")
    group_ids = [m.id for m in await Member.filter(org_id=group).only("id")] if group else []
    if group_ids:
        await _year(ctx, "g_community1", group_ids, GROUP_PLAN)
    added = await Meeting.all().count() - count_before
    return [f"party days: {added} demo meetings added (the year so far with two gaps, a live one, upcoming ones; "
            "政务服务中心党支部 has a live one)"]


def _branch_member_ids(ctx: DemoContext, key: str) -> list[int]:
    ids = list(ctx.members.get(key, []))
    if key == "b_community":  # its 党小组 members are branch members too
        ids += [i for i in ctx.members.get("g_community1", []) if i not in ids]
    return ids
