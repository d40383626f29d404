"""请假: a member asks before the start with a reason; the secretary or an org admin approves or refuses."""

from __future__ import annotations

from datetime import datetime

from miniapp_api.audit import service as audit
from miniapp_api.partyday import notices
from miniapp_api.partyday.errors import BadStatus, LeaveClosed, LeaveExists, LeaveNotFound
from miniapp_api.partyday.models import LeaveRequest, LeaveStatus, MeetingStatus
from miniapp_api.partyday.schemas import LeaveDecision
from miniapp_api.partyday.service import attendee_of, get_meeting, host_meeting
from server.core.auth import Principal
from server.core.database import in_transaction


async def request_leave(principal: Principal, meeting_id: int, reason: str, now: datetime) -> LeaveRequest:
    meeting = await get_meeting(meeting_id)
    attendee = await attendee_of(principal, meeting)
    if meeting.status is not MeetingStatus.PUBLISHED or now >= meeting.starts_at:
        raise LeaveClosed()
    existing = await LeaveRequest.get_or_none(meeting_id=meeting.id, member_id=attendee.member_id)
    if existing is not None and existing.status is not LeaveStatus.REFUSED:
        raise LeaveExists()
    if existing is not None:  # asking again after a refusal, with a new reason
        existing.reason, existing.status, existing.decided_at, existing.decision_note = reason, LeaveStatus.PENDING, None, ""
        await existing.save()
        return existing
    return await LeaveRequest.create(meeting_id=meeting.id, member_id=attendee.member_id, name=attendee.name, reason=reason)


async def list_leaves(principal: Principal, meeting_id: int) -> list[LeaveRequest]:
    meeting = await host_meeting(principal, meeting_id)
    return await LeaveRequest.filter(meeting_id=meeting.id).order_by("id")


async def my_leave(principal: Principal, meeting_id: int) -> LeaveRequest | None:
    return await LeaveRequest.get_or_none(meeting_id=meeting_id, member_id=principal.member_id or 0)


async def decide_leave(principal: Principal, meeting_id: int, leave_id: int, data: LeaveDecision,
                       now: datetime) -> LeaveRequest:
    meeting = await host_meeting(principal, meeting_id)
    leave = await LeaveRequest.get_or_none(id=leave_id, meeting_id=meeting.id)
    if leave is None:
        raise LeaveNotFound()
    if meeting.status in (MeetingStatus.ENDED, MeetingStatus.ARCHIVED):
        raise BadStatus()
    leave.status = LeaveStatus.APPROVED if data.approve else LeaveStatus.REFUSED
    leave.decided_by, leave.decided_at, leave.decision_note = principal.user_id, now, data.note
    async with in_transaction():
        await leave.save()
        await audit.record(principal, "partyday.leave_decide", "leave", leave.id, org_id=meeting.org_id,
                           detail={"approve": data.approve})
    verdict = "已批准" if data.approve else "未批准"
    await notices.create([leave.member_id], meeting.id, "leave", f"请假{verdict}：{meeting.title}", data.note)
    return leave
