"""Tortoise models of party days and 三会一课: meetings, attendees, leave, notices, minutes, photos, polls."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class MeetingType(StrEnum):
    BRANCH_ASSEMBLY = "branch_assembly"  # 支部党员大会
    BRANCH_COMMITTEE = "branch_committee"  # 支部委员会
    GROUP_MEETING = "group_meeting"  # 党小组会
    PARTY_LECTURE = "party_lecture"  # 党课
    THEME_DAY = "theme_day"  # 主题党日
    LIFE_MEETING = "life_meeting"  # 组织生活会


TYPE_LABELS = {
    MeetingType.BRANCH_ASSEMBLY: "支部党员大会",
    MeetingType.BRANCH_COMMITTEE: "支部委员会",
    MeetingType.GROUP_MEETING: "党小组会",
    MeetingType.PARTY_LECTURE: "党课",
    MeetingType.THEME_DAY: "主题党日",
    MeetingType.LIFE_MEETING: "组织生活会",
}


class MeetingMode(StrEnum):
    ONLINE = "online"
    OFFLINE = "offline"
    HYBRID = "hybrid"


MODE_LABELS = {MeetingMode.ONLINE: "线上", MeetingMode.OFFLINE: "线下", MeetingMode.HYBRID: "混合"}


class MeetingStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    LIVE = "live"
    ENDED = "ended"
    ARCHIVED = "archived"


STATUS_LABELS = {
    MeetingStatus.DRAFT: "草稿",
    MeetingStatus.PUBLISHED: "已发布",
    MeetingStatus.LIVE: "进行中",
    MeetingStatus.ENDED: "已结束",
    MeetingStatus.ARCHIVED: "已归档",
}


class AttendanceStatus(StrEnum):
    SIGNED_IN = "signed_in"  # 已签到
    ONLINE = "online"  # 线上参加
    LEAVE = "leave"  # 请假
    ABSENT = "absent"  # 缺席
    LATE = "late"  # 迟到


ATTENDANCE_LABELS = {
    AttendanceStatus.SIGNED_IN: "已签到",
    AttendanceStatus.ONLINE: "线上参加",
    AttendanceStatus.LEAVE: "请假",
    AttendanceStatus.ABSENT: "缺席",
    AttendanceStatus.LATE: "迟到",
}
PRESENT_STATUSES = frozenset({AttendanceStatus.SIGNED_IN, AttendanceStatus.ONLINE, AttendanceStatus.LATE})


class LeaveStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REFUSED = "refused"


class MakeupStatus(StrEnum):
    NONE = "none"
    ASSIGNED = "assigned"  # 待补学
    DONE = "done"  # 已补学


class Meeting(Model):
    """One meeting of 三会一课 or a 主题党日, held by one organisation."""

    id = fields.IntField(primary_key=True)
    org: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Organization", related_name="meetings", on_delete=fields.RESTRICT
    )
    org_id: int
    meeting_type = fields.CharEnumField(MeetingType, max_length=20)
    title = fields.CharField(max_length=100)
    theme = fields.CharField(max_length=200, default="")
    agenda: fields.Field[list] = fields.JSONField(default=list)
    current_item = fields.IntField(default=0)
    starts_at = fields.DatetimeField(db_index=True)
    ends_at = fields.DatetimeField()
    mode = fields.CharEnumField(MeetingMode, max_length=10, default=MeetingMode.OFFLINE)
    place = fields.CharField(max_length=200, default="")
    video_url = fields.CharField(max_length=500, default="")
    status = fields.CharEnumField(MeetingStatus, max_length=12, default=MeetingStatus.DRAFT, db_index=True)
    room_closed = fields.BooleanField(default=False)
    created_by = fields.IntField(null=True)
    published_at = fields.DatetimeField(null=True)
    started_at = fields.DatetimeField(null=True)
    ended_at = fields.DatetimeField(null=True)
    archived_at = fields.DatetimeField(null=True)
    reminded_at = fields.DatetimeField(null=True)
    # 补录: set when a meeting held on a past date was recorded afterwards (it never went through the live flow).
    recorded_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "partyday_meeting"
        indexes = (("org_id", "starts_at"),)


class Attendee(Model):
    """An expected attendee; sign-in, online time and the final attendance status live here."""

    id = fields.IntField(primary_key=True)
    meeting: fields.ForeignKeyRelation[Meeting] = fields.ForeignKeyField(
        "models.Meeting", related_name="attendees", on_delete=fields.CASCADE
    )
    meeting_id: int
    member: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Member", related_name="meeting_attendances", on_delete=fields.RESTRICT
    )
    member_id: int
    name = fields.CharField(max_length=50)  # kept so the ledger survives renames
    is_voting = fields.BooleanField(default=False)  # 正式党员: has the right to vote
    signed_in_at = fields.DatetimeField(null=True)
    signed_out_at = fields.DatetimeField(null=True)
    online_seconds = fields.IntField(default=0)
    status = fields.CharEnumField(AttendanceStatus, max_length=12, null=True)  # fixed when the meeting ends
    makeup_status = fields.CharEnumField(MakeupStatus, max_length=10, default=MakeupStatus.NONE)
    makeup_note = fields.CharField(max_length=500, default="")
    makeup_done_at = fields.DatetimeField(null=True)

    class Meta:
        table = "partyday_attendee"
        unique_together = (("meeting", "member"),)


class LeaveRequest(Model):
    """请假: asked by a member before the start, decided by the secretary or an org admin."""

    id = fields.IntField(primary_key=True)
    meeting: fields.ForeignKeyRelation[Meeting] = fields.ForeignKeyField(
        "models.Meeting", related_name="leaves", on_delete=fields.CASCADE
    )
    meeting_id: int
    member_id = fields.IntField(db_index=True)
    name = fields.CharField(max_length=50)
    reason = fields.CharField(max_length=500)
    status = fields.CharEnumField(LeaveStatus, max_length=10, default=LeaveStatus.PENDING)
    decided_by = fields.IntField(null=True)
    decision_note = fields.CharField(max_length=200, default="")
    decided_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "partyday_leave"
        unique_together = (("meeting", "member_id"),)


class Notice(Model):
    """An in-app notice to one member (meeting published, reminder, leave decided, 补学)."""

    id = fields.IntField(primary_key=True)
    member_id = fields.IntField(db_index=True)
    meeting_id = fields.IntField(null=True)
    kind = fields.CharField(max_length=20)
    title = fields.CharField(max_length=100)
    body = fields.CharField(max_length=500, default="")
    read_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "partyday_notice"
        indexes = (("member_id", "read_at"),)


class Minutes(Model):
    """会议记录: one per meeting."""

    id = fields.IntField(primary_key=True)
    meeting: fields.OneToOneRelation[Meeting] = fields.OneToOneField(
        "models.Meeting", related_name="minutes", on_delete=fields.CASCADE
    )
    meeting_id: int
    host = fields.CharField(max_length=50, default="")
    recorder = fields.CharField(max_length=50, default="")
    topics: fields.Field[list] = fields.JSONField(default=list)
    resolutions: fields.Field[list] = fields.JSONField(default=list)
    notes = fields.TextField(default="")
    updated_by = fields.IntField(null=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "partyday_minutes"


class Photo(Model):
    """A meeting photo; served under an unguessable token."""

    id = fields.IntField(primary_key=True)
    meeting: fields.ForeignKeyRelation[Meeting] = fields.ForeignKeyField(
        "models.Meeting", related_name="photos", on_delete=fields.CASCADE
    )
    meeting_id: int
    token = fields.CharField(max_length=40, unique=True)
    path = fields.CharField(max_length=255)
    content_type = fields.CharField(max_length=40)
    size = fields.IntField()
    width = fields.IntField()
    height = fields.IntField()
    caption = fields.CharField(max_length=100, default="")
    uploaded_by = fields.IntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "partyday_photo"


class PresenceSpan(Model):
    """One live-room connection of a member: joined → left. Overlaps are merged when counting."""

    id = fields.BigIntField(primary_key=True)
    meeting_id = fields.IntField(db_index=True)
    member_id = fields.IntField()
    joined_at = fields.DatetimeField()
    seen_at = fields.DatetimeField()  # refreshed while connected, so a crashed worker's spans end
    left_at = fields.DatetimeField(null=True)

    class Meta:
        table = "partyday_presence"
        indexes = (("meeting_id", "member_id"),)


class Poll(Model):
    """A poll or vote in the live room. Secret ballots keep only tallies (PollTally) and who voted."""

    id = fields.IntField(primary_key=True)
    meeting: fields.ForeignKeyRelation[Meeting] = fields.ForeignKeyField(
        "models.Meeting", related_name="polls", on_delete=fields.CASCADE
    )
    meeting_id: int
    question = fields.CharField(max_length=200)
    options: fields.Field[list] = fields.JSONField(default=list)
    is_secret = fields.BooleanField(default=False)
    is_resolution = fields.BooleanField(default=False)  # a 决议 of the 支部党员大会: quorum applies
    is_open = fields.BooleanField(default=True)
    result: fields.Field[dict] = fields.JSONField(default=dict)  # frozen when closed
    created_at = fields.DatetimeField(auto_now_add=True)
    closed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "partyday_poll"


class Ballot(Model):
    """That a member voted; `choice` is null for a secret ballot (never stored who chose what)."""

    id = fields.IntField(primary_key=True)
    poll: fields.ForeignKeyRelation[Poll] = fields.ForeignKeyField(
        "models.Poll", related_name="ballots", on_delete=fields.CASCADE
    )
    poll_id: int
    member_id = fields.IntField()
    choice = fields.IntField(null=True)

    class Meta:
        table = "partyday_ballot"
        unique_together = (("poll", "member_id"),)


class PollTally(Model):
    """The running count of one option of a poll; incremented atomically."""

    id = fields.IntField(primary_key=True)
    poll: fields.ForeignKeyRelation[Poll] = fields.ForeignKeyField(
        "models.Poll", related_name="tallies", on_delete=fields.CASCADE
    )
    poll_id: int
    option = fields.IntField()
    count = fields.IntField(default=0)

    class Meta:
        table = "partyday_tally"
        unique_together = (("poll", "option"),)
