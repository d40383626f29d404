"""补录: record a meeting that was held on a past date, with its attendance and minutes, straight into 已结束.

The meeting keeps the date it was held on (`starts_at`/`ends_at`, and the same as its actual times), so the ledger,
the cadence check and 学时 count it where it belongs; `recorded_at` marks it as 补录. Only members the recorder
marks 缺席 owe 补学, due `makeup_due_days` after the recording.
"""

from __future__ import annotations

from datetime import datetime

from miniapp_api.audit import service as audit
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import MemberStatus, Organization
from miniapp_api.partyday import records, service
from miniapp_api.partyday.errors import NoAttendees, NotHost, NotPast
from miniapp_api.partyday.models import AttendanceStatus, Attendee, MakeupStatus, Meeting, MeetingStatus, Minutes
from miniapp_api.partyday.schemas import MeetingBackfill
from server.core.auth import Principal, Role
from server.core.database import in_transaction
from server.core.settings import Settings


async def recorder_org(principal: Principal, org_id: int) -> Organization:
    """The org, if the caller may record its meetings: an org admin in scope, or its secretary."""
    if principal.role in (Role.ORG_ADMIN, Role.SUPERADMIN):
        return await orgs.ensure_scope(principal, org_id)
    org = await orgs.get_org(org_id)
    if await service.is_secretary_of(principal, org.id):
        return org
    raise NotHost()


async def record_past(principal: Principal, data: MeetingBackfill, settings: Settings, now: datetime) -> Meeting:
    """Create the held meeting with each attendee's status fixed as recorded (unlisted ones attended)."""
    org = await recorder_org(principal, data.org_id)
    if data.ends_at > now:
        raise NotPast()
    marks = {a.member_id: a.status for a in data.attendance}
    ids = data.member_ids if data.member_ids is not None else await service.default_member_ids(org, data.meeting_type)
    members = await service.members_in(org, [*ids, *marks])
    if not members:
        raise NoAttendees()
    fields = data.model_dump(exclude={"member_ids", "org_id", "attendance", "minutes"})
    async with in_transaction():
        meeting = await Meeting.create(
            org_id=org.id, created_by=principal.user_id, status=MeetingStatus.ENDED, started_at=data.starts_at,
            ended_at=data.ends_at, room_closed=True, recorded_at=now, **fields,
        )
        rows = []
        for m in members:
            status = marks.get(m.id, AttendanceStatus.SIGNED_IN)
            rows.append(Attendee(
                meeting_id=meeting.id, member_id=m.id, name=m.name, is_voting=m.status is MemberStatus.FULL,
                status=status, makeup_status=MakeupStatus.ASSIGNED if status is AttendanceStatus.ABSENT else MakeupStatus.NONE,
            ))
        await Attendee.bulk_create(rows)
        if data.minutes is not None:
            await Minutes.create(meeting_id=meeting.id, updated_by=principal.user_id, **data.minutes.model_dump())
        await audit.record(principal, "partyday.backfill", "meeting", meeting.id, org_id=org.id, detail={
            "title": meeting.title, "type": meeting.meeting_type.value,
            "held_on": settings.zone.date(data.starts_at).isoformat(),
            "absent": sum(r.status is AttendanceStatus.ABSENT for r in rows),
        })
    attendees = await Attendee.filter(meeting_id=meeting.id).order_by("id")
    makeup = [a for a in attendees if a.status is AttendanceStatus.ABSENT]
    await records.after_meeting(meeting, settings, attendees, makeup)
    return meeting
