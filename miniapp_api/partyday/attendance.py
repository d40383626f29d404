"""Attendance: 已签到 / 迟到 / 线上参加 / 请假 / 缺席 per member, the 80 % rule, 应到/实到/请假/缺席 counts."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from miniapp_api.partyday import presence
from miniapp_api.partyday.models import (
    ATTENDANCE_LABELS,
    PRESENT_STATUSES,
    AttendanceStatus,
    Attendee,
    LeaveRequest,
    LeaveStatus,
    MakeupStatus,
    Meeting,
    MeetingStatus,
)
from miniapp_api.partyday.schemas import AttendanceOut, AttendeeOut, Counts
from server.core.settings import PartydaySettings, Settings

FINAL = (MeetingStatus.ENDED, MeetingStatus.ARCHIVED)


def stale_after_s(cfg: PartydaySettings) -> float:
    return cfg.room_seen_interval_s * 2.5


def window(meeting: Meeting, now: datetime) -> tuple[datetime, datetime]:
    """The stretch the 80 % rule is measured against: actual start → actual end (or now while live)."""
    if meeting.status is MeetingStatus.LIVE and meeting.started_at:
        return meeting.started_at, max(now, meeting.started_at)
    if meeting.started_at and meeting.ended_at:
        return meeting.started_at, meeting.ended_at
    return meeting.starts_at, meeting.ends_at


def makeup_due(meeting: Meeting, settings: Settings) -> datetime:
    """When 补学 is due: the end of the local day `makeup_due_days` after the meeting ended (a due *date*).

    For a meeting recorded afterwards (补录) the days count from the recording, not from the past meeting."""
    ended = meeting.recorded_at or meeting.ended_at or meeting.ends_at
    return settings.zone.days_later_end(ended, settings.partyday.makeup_due_days)


def is_late(meeting: Meeting, cfg: PartydaySettings, at: datetime) -> bool:
    return at > meeting.starts_at + timedelta(minutes=cfg.late_after_minutes)


def classify(meeting: Meeting, att: Attendee, cfg: PartydaySettings, on_leave: bool, online_s: int,
             duration_s: float) -> AttendanceStatus:
    """Being there beats an approved leave; online members need the configured share of the meeting."""
    if att.signed_in_at is not None:
        return AttendanceStatus.LATE if is_late(meeting, cfg, att.signed_in_at) else AttendanceStatus.SIGNED_IN
    if duration_s > 0 and online_s >= cfg.attended_share * duration_s:
        return AttendanceStatus.ONLINE
    return AttendanceStatus.LEAVE if on_leave else AttendanceStatus.ABSENT


# Before the meeting has ended nobody is 缺席 yet: who has not signed in is 应到 (not started) or 未签到 (live).
OPEN_LABELS = {"expected": "应到", "not_signed_in": "未签到"}
OPEN_LEAVE_LABEL = "已请假"


def shown_status(meeting: Meeting, status: AttendanceStatus) -> tuple[str, str]:
    """(code, label) of a status as the sheet shows it: final once ended, provisional before."""
    if meeting.status in FINAL:
        return status.value, ATTENDANCE_LABELS[status]
    if status is AttendanceStatus.ABSENT:
        code = "not_signed_in" if meeting.status is MeetingStatus.LIVE else "expected"
        return code, OPEN_LABELS[code]
    if status is AttendanceStatus.LEAVE:
        return status.value, OPEN_LEAVE_LABEL
    return status.value, ATTENDANCE_LABELS[status]


def count(statuses: Iterable[AttendanceStatus | str]) -> Counts:
    c = Counts()
    for s in statuses:
        c.expected += 1
        if s in PRESENT_STATUSES:
            c.present += 1
        c.leave += s is AttendanceStatus.LEAVE
        c.absent += s is AttendanceStatus.ABSENT
        c.late += s is AttendanceStatus.LATE
        c.online += s is AttendanceStatus.ONLINE
    return c


async def _approved_leaves(meeting_id: int) -> dict[int, str]:
    rows = await LeaveRequest.filter(meeting_id=meeting_id, status=LeaveStatus.APPROVED).values_list("member_id", "reason")
    return {int(mid): str(reason) for mid, reason in rows}


async def evaluate(meeting: Meeting, settings: Settings, now: datetime) -> tuple[list[Attendee], dict[int, str], float]:
    """Attendees with `status` and `online_seconds` filled in: stored when final, computed while open."""
    attendees = await Attendee.filter(meeting_id=meeting.id).order_by("id")
    leaves = await _approved_leaves(meeting.id)
    start, end = window(meeting, now)
    duration = max(0.0, (end - start).total_seconds())
    if meeting.status in FINAL and all(a.status is not None for a in attendees):
        return attendees, leaves, duration
    cfg = settings.partyday
    online = await presence.online_seconds(meeting.id, start, end, now, stale_after_s(cfg))
    for att in attendees:
        att.online_seconds = online.get(att.member_id, 0)
        att.status = classify(meeting, att, cfg, att.member_id in leaves, att.online_seconds, duration)
    return attendees, leaves, duration


async def sheet(meeting: Meeting, settings: Settings, now: datetime) -> AttendanceOut:
    attendees, leaves, duration = await evaluate(meeting, settings, now)
    due = makeup_due(meeting, settings) if meeting.status in FINAL else None
    items = []
    for att in attendees:
        assert att.status is not None
        share = min(1.0, att.online_seconds / duration) if duration else 0.0
        code, label = shown_status(meeting, att.status)
        items.append(AttendeeOut(
            member_id=att.member_id, name=att.name, is_voting=att.is_voting, status=code,
            status_label=label, signed_in_at=att.signed_in_at, signed_out_at=att.signed_out_at,
            online_seconds=att.online_seconds, online_share=round(share, 3), leave_reason=leaves.get(att.member_id, ""),
            makeup_status=att.makeup_status, makeup_note=att.makeup_note,
            makeup_due_at=due if att.makeup_status is MakeupStatus.ASSIGNED else None,
        ))
    return AttendanceOut(
        meeting_id=meeting.id, final=meeting.status in FINAL, duration_s=int(duration),
        attended_share=settings.partyday.attended_share, counts=count(a.status for a in items), items=items,
    )


async def finalize(meeting: Meeting, settings: Settings, now: datetime) -> tuple[list[Attendee], list[Attendee]]:
    """Fix every attendee's status when the meeting ends; absentees and those on leave owe 补学.

    Returns (attendees, those who owe 补学)."""
    await presence.close_open(meeting.id, now, stale_after_s(settings.partyday))
    attendees, _, _ = await evaluate(meeting, settings, now)
    makeup = [a for a in attendees if a.status in (AttendanceStatus.ABSENT, AttendanceStatus.LEAVE)]
    for att in makeup:
        att.makeup_status = MakeupStatus.ASSIGNED
    if attendees:
        await Attendee.bulk_update(attendees, fields=["status", "online_seconds", "makeup_status"])
    return attendees, makeup


async def member_statuses(meeting_ids: list[int], member_id: int) -> dict[int, str]:
    """For a member's own list: the final status, or 已签到/已请假/待参加 while open."""
    rows = await Attendee.filter(meeting_id__in=meeting_ids, member_id=member_id)
    leaves = dict(await LeaveRequest.filter(meeting_id__in=meeting_ids, member_id=member_id).values_list("meeting_id", "status"))
    out = {}
    for att in rows:
        if att.status is not None:
            out[att.meeting_id] = ATTENDANCE_LABELS[att.status]
        elif att.signed_in_at is not None:
            out[att.meeting_id] = "已签到"
        elif leaves.get(att.meeting_id) == LeaveStatus.APPROVED:
            out[att.meeting_id] = "已请假"
        elif leaves.get(att.meeting_id) == LeaveStatus.PENDING:
            out[att.meeting_id] = "请假待批"
        else:
            out[att.meeting_id] = "待参加"
    return out


async def present_voting(meeting: Meeting, settings: Settings, now: datetime) -> tuple[int, int]:
    """(voting members expected, voting members present now): signed in and not out, or in the room."""
    voters = await Attendee.filter(meeting_id=meeting.id, is_voting=True)
    online = await presence.online_now(meeting.id, now, stale_after_s(settings.partyday))
    here = [a for a in voters if (a.signed_in_at and not a.signed_out_at) or a.member_id in online]
    return len(voters), len(here)
