"""Member notices: the in-app list (always) and WeChat subscribe messages (in WeChat mode); reminders."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

from miniapp_api.accounts import service as accounts
from miniapp_api.partyday.errors import NoticeNotFound
from miniapp_api.partyday.models import (
    MODE_LABELS,
    TYPE_LABELS,
    Attendee,
    LeaveRequest,
    LeaveStatus,
    Meeting,
    MeetingStatus,
    Notice,
)
from miniapp_api.partyday.schemas import NoticeOut, NoticePage, NoticeQuery
from server.core.database import in_transaction
from server.core.errors import AppError
from server.core.settings import Settings
from server.core.wechat import WeChatClient

log = logging.getLogger("dangjian.partyday")
_SEND_CONCURRENCY = 8
_REFUSED_BY_USER = 43101  # the member has not accepted this subscription: not an error


async def create(member_ids: list[int], meeting_id: int | None, kind: str, title: str, body: str = "") -> int:
    await Notice.bulk_create([
        Notice(member_id=mid, meeting_id=meeting_id, kind=kind, title=title[:100], body=body[:500]) for mid in member_ids
    ])
    return len(member_ids)


def _local(settings: Settings, when: datetime) -> str:
    """A local wall-clock time for texts and WeChat's `time` fields."""
    return settings.zone.local(when).strftime("%Y-%m-%d %H:%M")


def _texts(settings: Settings, meeting: Meeting, kind: str) -> tuple[str, str]:
    label = TYPE_LABELS[meeting.meeting_type]
    prefix = "会议提醒" if kind == "reminder" else "会议通知"
    where = meeting.place or MODE_LABELS[meeting.mode]
    body = f"{label}「{meeting.title}」将于 {_local(settings, meeting.starts_at)} 召开，地点：{where}。"
    if meeting.theme:
        body += f"主题：{meeting.theme}。"
    return f"{prefix}：{meeting.title}", body


def _subscribe_payload(settings: Settings, meeting: Meeting, openid: str) -> dict[str, object]:
    """WeChat caps `thing` values at 20 characters and `time` must be a date-time."""
    return {
        "touser": openid,
        "template_id": settings.partyday.subscribe_template_id,
        "page": f"pages/partyday/detail?id={meeting.id}",
        "miniprogram_state": "formal",
        "lang": "zh_CN",
        "data": {
            "thing1": {"value": meeting.title[:20]},
            "time2": {"value": _local(settings, meeting.starts_at)},
            "thing3": {"value": (meeting.place or MODE_LABELS[meeting.mode])[:20]},
            "thing4": {"value": TYPE_LABELS[meeting.meeting_type]},
        },
    }


async def _send_subscribe(wechat: WeChatClient, settings: Settings, meeting: Meeting, member_ids: list[int]) -> int:
    if not (wechat.enabled and settings.partyday.subscribe_template_id):
        return 0
    openids = await accounts.openids_of_members(member_ids)
    gate = asyncio.Semaphore(_SEND_CONCURRENCY)

    async def send(openid: str) -> bool:
        async with gate:
            try:
                data = await wechat.call_json("/cgi-bin/message/subscribe/send", _subscribe_payload(settings, meeting, openid))
            except AppError:
                return False
            errcode = int(data.get("errcode") or 0)
            if errcode and errcode != _REFUSED_BY_USER:
                log.warning("subscribe message failed", extra={"meeting_id": meeting.id, "errcode": errcode})
            return errcode == 0

    results = await asyncio.gather(*(send(o) for o in openids.values()))
    return sum(results)


async def announce(wechat: WeChatClient, settings: Settings, meeting: Meeting, member_ids: list[int],
                   *, kind: str) -> tuple[int, int]:
    """A notice to each member and, in WeChat mode, a subscribe message; returns (notices, messages sent)."""
    title, body = _texts(settings, meeting, kind)
    notified = await create(member_ids, meeting.id, kind, title, body)
    sent = await _send_subscribe(wechat, settings, meeting, member_ids)
    return notified, sent


async def send_reminders(wechat: WeChatClient, settings: Settings, now: datetime) -> int:
    """Remind the attendees of meetings starting soon; each meeting is claimed once, so reruns are harmless."""
    soon = now + timedelta(minutes=settings.partyday.reminder_minutes_before)
    due = await Meeting.filter(status=MeetingStatus.PUBLISHED, reminded_at=None, starts_at__lte=soon,
                               starts_at__gt=now - timedelta(minutes=5))
    reminded = 0
    for meeting in due:
        async with in_transaction():
            claimed = await Meeting.filter(id=meeting.id, reminded_at=None).update(reminded_at=now)
        if not claimed:
            continue
        on_leave = await LeaveRequest.filter(meeting_id=meeting.id, status=LeaveStatus.APPROVED).values_list(
            "member_id", flat=True)
        ids = await Attendee.filter(meeting_id=meeting.id).exclude(member_id__in=list(on_leave)).values_list(
            "member_id", flat=True)
        await announce(wechat, settings, meeting, [int(str(i)) for i in ids], kind="reminder")
        reminded += 1
    return reminded


async def list_notices(member_id: int, q: NoticeQuery) -> NoticePage:
    """A page of the member's notices, newest first, with how many are unread."""
    qs = Notice.filter(member_id=member_id)
    unread = await qs.filter(read_at=None).count()
    if q.unread:
        qs = qs.filter(read_at=None)
    total = await qs.count()
    rows = await qs.order_by("-id").offset(q.offset).limit(q.page_size)
    return NoticePage(items=[NoticeOut.model_validate(n) for n in rows], total=total, page=q.page, page_size=q.page_size,
                      unread=unread)


async def mark_read(member_id: int, notice_id: int | None, now: datetime) -> int:
    """Mark one notice (or all when notice_id is None) as read; returns how many changed."""
    qs = Notice.filter(member_id=member_id, read_at=None)
    if notice_id is not None:
        if not await Notice.exists(id=notice_id, member_id=member_id):
            raise NoticeNotFound()
        qs = qs.filter(id=notice_id)
    return await qs.update(read_at=now)
