"""Meetings of 三会一课 and party days: access rules, expected attendees, the status machine, leave."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tortoise.expressions import Q

from miniapp_api.audit import service as audit
from miniapp_api.mobility.models import FlowStatus, MobilityRecord
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import LEADER_POSTS, Member, MemberStatus, Organization, OrgKind, Post
from miniapp_api.partyday import attendance, notices, records, votes
from miniapp_api.partyday.errors import (
    BadAgendaItem,
    BadAttendees,
    BadStatus,
    BadTimes,
    DraftsOnly,
    MeetingNotFound,
    MinutesMissing,
    NoAttendees,
    NotExpected,
    NotHost,
    RoomClosed,
)
from miniapp_api.partyday.models import (
    MODE_LABELS,
    STATUS_LABELS,
    TYPE_LABELS,
    Attendee,
    Meeting,
    MeetingStatus,
    MeetingType,
    Minutes,
    Poll,
)
from miniapp_api.partyday.schemas import MeetingCreate, MeetingOut, MeetingQuery, MeetingUpdate, MyMeetingQuery
from server.core.auth import CONSOLE_ROLES, Principal, Role
from server.core.database import in_transaction
from server.core.errors import Forbidden, NotFound
from server.core.settings import Settings
from server.core.wechat import WeChatClient

SECRETARY_POSTS = frozenset({Post.SECRETARY.value, Post.DEPUTY_SECRETARY.value})
EDITABLE = (MeetingStatus.DRAFT, MeetingStatus.PUBLISHED)


# ---- access ----------------------------------------------------------------------------------


async def get_meeting(meeting_id: int) -> Meeting:
    meeting = await Meeting.get_or_none(id=meeting_id)
    if meeting is None:
        raise MeetingNotFound()
    return meeting


async def admin_meeting(principal: Principal, meeting_id: int) -> Meeting:
    """The meeting, if it belongs to the admin's subtree (the ensure_scope check)."""
    meeting = await get_meeting(meeting_id)
    await orgs.ensure_scope(principal, meeting.org_id)
    return meeting


async def resolution_counts(principal: Principal, poll_id: int) -> dict[str, Any] | None:
    """A closed 决议 poll of a meeting in the admin's subtree, as counts another domain records (发展党员's 支部大会):
    {meeting_id, org_id, eligible, present, in_favour, against, abstain, is_secret}; None if it is no such poll."""
    poll = await Poll.get_or_none(id=poll_id)
    if poll is None or poll.is_open or not poll.is_resolution or not (poll.result or {}).get("quorum"):
        return None
    meeting = await admin_meeting(principal, poll.meeting_id)
    tally = [int(n) for n in poll.result.get("tally", [])] + [0, 0, 0]
    quorum = poll.result["quorum"]
    return {"meeting_id": meeting.id, "org_id": meeting.org_id, "eligible": int(quorum["voting_members"]),
            "present": int(quorum["present"]), "in_favour": tally[0], "against": tally[1], "abstain": tally[2],
            "is_secret": poll.is_secret}


async def is_secretary(principal: Principal, meeting: Meeting) -> bool:
    """A bound member who is 书记/副书记 of the meeting's org (or of its branch, for a group meeting)."""
    return await is_secretary_of(principal, meeting.org_id)


async def is_secretary_of(principal: Principal, org_id: int) -> bool:
    """A bound member who is 书记/副书记 of the org (or of its branch, or 党小组长, for a 党小组)."""
    if principal.member_id is None:
        return False
    member = await Member.get_or_none(id=principal.member_id, is_active=True)
    if member is None:
        return False
    org = await Organization.get(id=org_id)
    posts = set(member.posts or [])
    if member.org_id == org.id and (posts & SECRETARY_POSTS or (org.kind is OrgKind.GROUP and Post.GROUP_LEADER in posts)):
        return True
    return member.org_id == org.parent_id and org.kind is OrgKind.GROUP and bool(posts & SECRETARY_POSTS)


async def host_meeting(principal: Principal, meeting_id: int) -> Meeting:
    """The meeting, if the caller may host it: an org admin in scope, or the secretary."""
    meeting = await get_meeting(meeting_id)
    if principal.role in (Role.ORG_ADMIN, Role.SUPERADMIN):
        await orgs.ensure_scope(principal, meeting.org_id)
        return meeting
    if await is_secretary(principal, meeting):
        return meeting
    raise NotHost()


async def read_meeting(principal: Principal, meeting_id: int) -> Meeting:
    """For reading records (attendance, minutes, polls): console users in scope, or the host."""
    if principal.role in CONSOLE_ROLES:
        return await admin_meeting(principal, meeting_id)
    return await host_meeting(principal, meeting_id)


async def view_meeting(principal: Principal, meeting_id: int) -> tuple[Meeting, int | None]:
    """The meeting for its detail page: console users in scope, or one of its expected attendees."""
    if principal.role in CONSOLE_ROLES:
        return await admin_meeting(principal, meeting_id), None
    meeting = await get_meeting(meeting_id)
    if not await is_secretary(principal, meeting):
        await attendee_of(principal, meeting)
    return meeting, principal.member_id


async def can_host(principal: Principal, meeting: Meeting) -> bool:
    try:
        await host_meeting(principal, meeting.id)
    except (Forbidden, NotFound):
        return False
    return True


async def attendee_of(principal: Principal, meeting: Meeting) -> Attendee:
    """The caller's own attendee row; members outside the expected list are refused."""
    attendee = None
    if principal.member_id is not None:
        attendee = await Attendee.get_or_none(meeting_id=meeting.id, member_id=principal.member_id)
    if attendee is None or meeting.status is MeetingStatus.DRAFT:
        raise NotExpected()
    return attendee


# ---- meetings --------------------------------------------------------------------------------


async def default_member_ids(org: Organization, meeting_type: MeetingType) -> list[int]:
    """Full and probationary members of the org; a branch includes its 党小组; 支委会 means the 支委."""
    qs = Member.filter(is_active=True, status__in=[MemberStatus.FULL, MemberStatus.PROBATIONARY])
    qs = qs.filter(org__path__startswith=org.path) if org.kind is OrgKind.BRANCH else qs.filter(org_id=org.id)
    rows = await qs.order_by("id").values_list("id", "posts")
    if meeting_type is MeetingType.BRANCH_COMMITTEE:
        leaders = {p.value for p in LEADER_POSTS}
        return [int(mid) for mid, posts in rows if set(posts or []) & leaders]
    return [int(mid) for mid, _ in rows]


async def members_in(org: Organization, member_ids: list[int]) -> list[Member]:
    """The org's (subtree's) active members among `member_ids`, and 流动党员 flowing into it: a receiving branch
    takes them into its organisation life while their home branch keeps the record (党员教育管理工作条例第三十二条:
    组织关系一方隶属、参加多重组织生活)."""
    ids = sorted(set(member_ids))
    inflow = await MobilityRecord.filter(member_id__in=ids, status=FlowStatus.AWAY,
                                         receiving_org__path__startswith=org.path).values_list("member_id", flat=True)
    members = await Member.filter(Q(org__path__startswith=org.path) | Q(id__in=list(inflow)), id__in=ids,
                                  is_active=True).order_by("id")
    if len(members) != len(ids):
        found = {m.id for m in members}
        raise BadAttendees(details={"member_ids": [i for i in ids if i not in found][:20]})
    return members


async def _replace_attendees(meeting: Meeting, members: list[Member]) -> None:
    keep = {m.id for m in members}
    await Attendee.filter(meeting_id=meeting.id).exclude(member_id__in=list(keep)).delete()
    existing = set(await Attendee.filter(meeting_id=meeting.id).values_list("member_id", flat=True))
    await Attendee.bulk_create([
        Attendee(meeting_id=meeting.id, member_id=m.id, name=m.name, is_voting=m.status is MemberStatus.FULL)
        for m in members if m.id not in existing
    ])


async def create_meeting(principal: Principal, data: MeetingCreate) -> Meeting:
    org = await orgs.ensure_scope(principal, data.org_id)
    ids = data.member_ids if data.member_ids is not None else await default_member_ids(org, data.meeting_type)
    members = await members_in(org, ids)
    fields = data.model_dump(exclude={"member_ids", "org_id"})
    async with in_transaction():
        meeting = await Meeting.create(org_id=org.id, created_by=principal.user_id, **fields)
        await _replace_attendees(meeting, members)
        await audit.record(principal, "partyday.create", "meeting", meeting.id, org_id=org.id,
                           detail={"title": meeting.title, "type": meeting.meeting_type.value})
    return meeting


async def update_meeting(principal: Principal, meeting_id: int, data: MeetingUpdate) -> Meeting:
    meeting = await admin_meeting(principal, meeting_id)
    if meeting.status not in EDITABLE:
        raise BadStatus()
    changes = data.model_dump(exclude_unset=True, exclude_none=True)
    for key, value in changes.items():
        setattr(meeting, key, value)
    if meeting.ends_at <= meeting.starts_at:
        raise BadTimes()
    if "starts_at" in changes:
        meeting.reminded_at = None  # a moved meeting is reminded again
    async with in_transaction():
        await meeting.save()
        await audit.record(principal, "partyday.update", "meeting", meeting.id, org_id=meeting.org_id,
                           detail={"changes": sorted(changes)})
    return meeting


async def delete_meeting(principal: Principal, meeting_id: int) -> None:
    meeting = await admin_meeting(principal, meeting_id)
    if meeting.status is not MeetingStatus.DRAFT:
        raise DraftsOnly()
    async with in_transaction():
        await meeting.delete()
        await audit.record(principal, "partyday.delete", "meeting", meeting_id, org_id=meeting.org_id)


async def set_attendees(principal: Principal, meeting_id: int, member_ids: list[int]) -> int:
    meeting = await admin_meeting(principal, meeting_id)
    if meeting.status not in EDITABLE:
        raise BadStatus()
    members = await members_in(await orgs.get_org(meeting.org_id), member_ids)
    async with in_transaction():
        await _replace_attendees(meeting, members)
        await audit.record(principal, "partyday.attendees", "meeting", meeting.id, org_id=meeting.org_id,
                           detail={"count": len(members)})
    return len(members)


async def list_meetings(principal: Principal, q: MeetingQuery) -> tuple[list[Meeting], int]:
    if q.org_id is not None:
        org = await orgs.ensure_scope(principal, q.org_id)
        qs = Meeting.filter(org__path__startswith=org.path) if q.subtree else Meeting.filter(org_id=org.id)
    else:
        root = await orgs.scope_root_path(principal)
        qs = Meeting.all() if root is None else Meeting.filter(org__path__startswith=root)
    if q.status:
        qs = qs.filter(status=q.status)
    if q.meeting_type:
        qs = qs.filter(meeting_type=q.meeting_type)
    if q.starts_from:
        qs = qs.filter(starts_at__gte=q.starts_from)
    if q.starts_to:
        qs = qs.filter(starts_at__lt=q.starts_to)
    total = await qs.count()
    rows = await qs.order_by("-starts_at", "-id").offset(q.offset).limit(q.page_size)
    return rows, total


async def my_meetings(principal: Principal, q: MyMeetingQuery) -> tuple[list[Meeting], int]:
    """A member's published (and later) meetings, newest first."""
    ids = await Attendee.filter(member_id=principal.member_id or 0).values_list("meeting_id", flat=True)
    qs = Meeting.filter(id__in=list(ids)).exclude(status=MeetingStatus.DRAFT)
    if q.status:
        qs = qs.filter(status=q.status)
    total = await qs.count()
    return await qs.order_by("-starts_at").offset(q.offset).limit(q.page_size), total


async def meetings_out(rows: list[Meeting], member_id: int | None = None) -> list[MeetingOut]:
    """Serialise with org names and expected counts in two queries (and the member's own status)."""
    ids = [m.id for m in rows]
    names = dict(await Organization.filter(id__in={m.org_id for m in rows}).values_list("id", "name"))
    counts: dict[int, int] = {}
    for mid in await Attendee.filter(meeting_id__in=ids).values_list("meeting_id", flat=True):
        counts[int(str(mid))] = counts.get(int(str(mid)), 0) + 1
    mine: dict[int, str] = {}
    if member_id is not None:
        mine = await attendance.member_statuses(ids, member_id)
    return [_out(m, names.get(m.org_id, ""), counts.get(m.id, 0), mine.get(m.id)) for m in rows]


async def meeting_out(meeting: Meeting, member_id: int | None = None) -> MeetingOut:
    return (await meetings_out([meeting], member_id))[0]


def _out(m: Meeting, org_name: str, expected: int, my_status: str | None) -> MeetingOut:
    data: dict[str, Any] = {k: getattr(m, k) for k in MeetingOut.model_fields if hasattr(m, k)}
    data.update(org_name=org_name, type_label=TYPE_LABELS[m.meeting_type], mode_label=MODE_LABELS[m.mode],
                status_label=STATUS_LABELS[m.status], expected_count=expected, my_status=my_status,
                is_backfill=m.recorded_at is not None)
    return MeetingOut.model_validate(data)


# ---- status machine --------------------------------------------------------------------------


async def _transition(meeting: Meeting, frm: tuple[MeetingStatus, ...], to: MeetingStatus, **fields: Any) -> None:
    """Move atomically: a concurrent second click finds the status already changed."""
    updated = await Meeting.filter(id=meeting.id, status__in=list(frm)).update(status=to, **fields)
    if not updated:
        raise BadStatus(details={"status": meeting.status.value, "to": to.value})
    meeting.status = to
    for key, value in fields.items():
        setattr(meeting, key, value)


async def publish(principal: Principal, meeting_id: int, wechat: WeChatClient, settings: Settings,
                  now: datetime) -> tuple[Meeting, int, int]:
    """草稿 → 已发布; every expected attendee gets a notice (and a subscribe message in WeChat mode)."""
    meeting = await admin_meeting(principal, meeting_id)
    member_ids = list(await Attendee.filter(meeting_id=meeting.id).values_list("member_id", flat=True))
    if not member_ids:
        raise NoAttendees()
    async with in_transaction():
        await _transition(meeting, (MeetingStatus.DRAFT,), MeetingStatus.PUBLISHED, published_at=now)
        await audit.record(principal, "partyday.publish", "meeting", meeting.id, org_id=meeting.org_id)
    ids = [int(str(i)) for i in member_ids]
    notified, sent = await notices.announce(wechat, settings, meeting, ids, kind="published")
    return meeting, notified, sent


async def start(principal: Principal, meeting_id: int, now: datetime) -> Meeting:
    meeting = await host_meeting(principal, meeting_id)
    async with in_transaction():
        await _transition(meeting, (MeetingStatus.PUBLISHED,), MeetingStatus.LIVE, started_at=now, room_closed=False)
        await audit.record(principal, "partyday.start", "meeting", meeting.id, org_id=meeting.org_id)
    return meeting


async def end(principal: Principal, meeting_id: int, settings: Settings, now: datetime) -> Meeting:
    """进行中 → 已结束: attendance is fixed, absentees get 补学, open polls close, the room closes."""
    meeting = await host_meeting(principal, meeting_id)
    voting, present = await attendance.present_voting(meeting, settings, now)
    async with in_transaction():
        await _transition(meeting, (MeetingStatus.LIVE,), MeetingStatus.ENDED, ended_at=now, room_closed=True)
        await audit.record(principal, "partyday.end", "meeting", meeting.id, org_id=meeting.org_id)
    await votes.close_all(meeting, voting, present, now)
    attendees, makeup = await attendance.finalize(meeting, settings, now)
    await records.after_meeting(meeting, settings, attendees, makeup)
    return meeting


# ---- live room state -------------------------------------------------------------------------


async def room_access(principal: Principal, meeting_id: int) -> tuple[Meeting, Attendee | None, bool]:
    """(meeting, the caller's attendee row, is host) for joining the live room."""
    meeting = await get_meeting(meeting_id)
    is_host = principal.role in (Role.ORG_ADMIN, Role.SUPERADMIN, Role.MEMBER) and await can_host(principal, meeting)
    attendee = None
    if principal.member_id is not None:
        attendee = await Attendee.get_or_none(meeting_id=meeting.id, member_id=principal.member_id)
    if not is_host and attendee is None:
        raise NotExpected()
    if meeting.status not in (MeetingStatus.PUBLISHED, MeetingStatus.LIVE) or meeting.room_closed:
        raise RoomClosed(details={"status": meeting.status.value})
    return meeting, attendee, is_host


async def host_name(principal: Principal) -> str:
    """How a host who is not on the attendee list appears in the room: the person's name (the bound member's, else
    the console account's display name), never a login name."""
    if principal.member_id is not None:
        name = await Member.filter(id=principal.member_id).values_list("name", flat=True)
        if name:
            return str(name[0])
    return principal.name or "主持人"


async def set_agenda_item(meeting: Meeting, item: int) -> str:
    """The host moves the agenda; returns the item's title."""
    if not 0 <= item < max(1, len(meeting.agenda)):
        raise BadAgendaItem()
    await Meeting.filter(id=meeting.id).update(current_item=item)
    meeting.current_item = item
    return meeting.agenda[item] if meeting.agenda else ""


async def close_room(principal: Principal, meeting: Meeting) -> None:
    async with in_transaction():
        await Meeting.filter(id=meeting.id).update(room_closed=True)
        await audit.record(principal, "partyday.room_close", "meeting", meeting.id, org_id=meeting.org_id)
    meeting.room_closed = True


async def archive(principal: Principal, meeting_id: int, now: datetime) -> Meeting:
    meeting = await admin_meeting(principal, meeting_id)
    if meeting.status is MeetingStatus.ENDED and not await Minutes.exists(meeting_id=meeting.id):
        raise MinutesMissing()
    async with in_transaction():
        await _transition(meeting, (MeetingStatus.ENDED,), MeetingStatus.ARCHIVED, archived_at=now)
        await audit.record(principal, "partyday.archive", "meeting", meeting.id, org_id=meeting.org_id)
    return meeting
