"""After the meeting: minutes, photos, 补学 for absentees and 学时 for attendees (through the learning service)."""

from __future__ import annotations

import asyncio
import io
import secrets
from datetime import datetime
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from miniapp_api.audit import service as audit
from miniapp_api.learning import service as learning
from miniapp_api.partyday.attendance import FINAL, evaluate, makeup_due
from miniapp_api.partyday.errors import BadImage, NotInMakeup, PhotoNotFound, RecordLocked
from miniapp_api.partyday.models import (
    PRESENT_STATUSES,
    TYPE_LABELS,
    AttendanceStatus,
    Attendee,
    MakeupStatus,
    Meeting,
    MeetingStatus,
    MeetingType,
    Minutes,
    Photo,
)
from miniapp_api.partyday.records_schemas import MinutesIn, MinutesOut, PhotoOut
from server.core.auth import Principal
from server.core.database import in_transaction
from server.core.errors import PayloadTooLarge
from server.core.settings import Settings

PHOTO_TYPES = {"JPEG": ("image/jpeg", "jpg"), "PNG": ("image/png", "png"), "WEBP": ("image/webp", "webp")}
MAX_PIXELS = 40_000_000
# Meetings that are education (党员教育) and so earn 学时 for those present.
STUDY_TYPES = frozenset({MeetingType.PARTY_LECTURE, MeetingType.THEME_DAY})
MAX_STUDY_HOURS = 4.0


# ---- minutes ---------------------------------------------------------------------------------


async def save_minutes(principal: Principal, meeting: Meeting, data: MinutesIn) -> Minutes:
    if meeting.status not in (MeetingStatus.PUBLISHED, MeetingStatus.LIVE, MeetingStatus.ENDED):
        raise RecordLocked()
    async with in_transaction():
        minutes, _ = await Minutes.get_or_create(meeting_id=meeting.id)
        for key, value in data.model_dump().items():
            setattr(minutes, key, value)
        minutes.updated_by = principal.user_id
        await minutes.save()
        await audit.record(principal, "partyday.minutes", "meeting", meeting.id, org_id=meeting.org_id)
    return minutes


async def minutes_out(meeting: Meeting, settings: Settings, now: datetime) -> MinutesOut:
    """The minutes with the absentee and leave lists filled in from the attendance."""
    minutes = await Minutes.get_or_none(meeting_id=meeting.id)
    attendees, _, _ = await evaluate(meeting, settings, now)
    absent, leave = absentee_names(attendees)
    if meeting.status not in FINAL:
        absent = []  # nobody is 缺席 before the meeting has ended
    return MinutesOut(
        meeting_id=meeting.id, host=minutes.host if minutes else "", recorder=minutes.recorder if minutes else "",
        topics=minutes.topics if minutes else list(meeting.agenda), resolutions=minutes.resolutions if minutes else [],
        notes=minutes.notes if minutes else "", absentees=absent, on_leave=leave,
        updated_at=minutes.updated_at if minutes else None,
    )


# ---- photos ----------------------------------------------------------------------------------


def _inspect(content: bytes) -> tuple[str, int, int]:
    """The real image type (never the client's word for it) and size; CPU-bound, run in a thread."""
    try:
        with Image.open(io.BytesIO(content)) as im:
            fmt, (w, h) = im.format or "", im.size
            if fmt not in PHOTO_TYPES or w * h > MAX_PIXELS:
                raise BadImage(details={"format": fmt})
            im.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError):
        raise BadImage() from None
    return fmt, w, h


def _write(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)


async def save_photo(principal: Principal, meeting: Meeting, content: bytes, caption: str, settings: Settings) -> PhotoOut:
    """Store a photo of a live or ended meeting; its type is read from the bytes, its size capped by `max_photo_bytes`."""
    if len(content) > settings.partyday.max_photo_bytes:
        raise PayloadTooLarge(details={"max_bytes": settings.partyday.max_photo_bytes})
    if meeting.status not in (MeetingStatus.LIVE, MeetingStatus.ENDED):
        raise RecordLocked()
    fmt, w, h = await asyncio.to_thread(_inspect, content)
    ctype, ext = PHOTO_TYPES[fmt]
    token = secrets.token_urlsafe(18)
    rel = f"partyday/{meeting.id}/{token}.{ext}"
    await asyncio.to_thread(_write, settings.media_dir / rel, content)
    async with in_transaction():
        photo = await Photo.create(meeting_id=meeting.id, token=token, path=rel, content_type=ctype, size=len(content),
                                   width=w, height=h, caption=caption[:100], uploaded_by=principal.user_id)
        await audit.record(principal, "partyday.photo", "photo", photo.id, org_id=meeting.org_id)
    return photo_out(photo)


def photo_out(photo: Photo) -> PhotoOut:
    return PhotoOut(id=photo.id, url=f"/api/v1/partydays/photos/{photo.token}", content_type=photo.content_type,
                    size=photo.size, width=photo.width, height=photo.height, caption=photo.caption,
                    created_at=photo.created_at)


async def list_photos(meeting: Meeting) -> list[PhotoOut]:
    return [photo_out(p) for p in await Photo.filter(meeting_id=meeting.id).order_by("id")]


async def photo_file(token: str, media_dir: Path) -> tuple[Path, str]:
    photo = await Photo.get_or_none(token=token)
    path = media_dir / photo.path if photo else None
    if photo is None or path is None or not path.is_file():
        raise PhotoNotFound()
    return path, photo.content_type


# ---- 补学 and 学时 --------------------------------------------------------------------------


def study_hours(meeting: Meeting) -> float:
    """The meeting's length in half hours, capped: what attending a 党课 or 主题党日 earns."""
    start, end = meeting.started_at or meeting.starts_at, meeting.ended_at or meeting.ends_at
    hours = round((end - start).total_seconds() / 1800) / 2
    return max(0.0, min(MAX_STUDY_HOURS, hours))


async def after_meeting(meeting: Meeting, settings: Settings, attendees: list[Attendee], makeup: list[Attendee]) -> None:
    """Assign 补学 in the learning module; credit 学时 to those present at study meetings."""
    ended = meeting.ended_at or meeting.ends_at
    label = TYPE_LABELS[meeting.meeting_type]
    await learning.assign_makeup(
        [a.member_id for a in makeup], source="partyday", source_id=meeting.id,
        title=f"补学：{label}「{meeting.title}」", due_at=makeup_due(meeting, settings), now=meeting.recorded_at or ended,
    )
    hours = study_hours(meeting)
    if meeting.meeting_type not in STUDY_TYPES or hours <= 0:
        return
    for att in attendees:
        if att.status in PRESENT_STATUSES:
            await learning.add_ledger_entry(att.member_id, hours, source="partyday", source_id=meeting.id,
                                            note=f"参加{label}：{meeting.title}", at=ended, zone=settings.zone)


async def confirm_makeup(principal: Principal, meeting: Meeting, member_id: int, note: str, now: datetime) -> Attendee:
    """Mark a member's 补学 done, with a note of what was studied (by the member or the host)."""
    att = await Attendee.get_or_none(meeting_id=meeting.id, member_id=member_id)
    if att is None or att.makeup_status is MakeupStatus.NONE:
        raise NotInMakeup()
    att.makeup_status, att.makeup_note, att.makeup_done_at = MakeupStatus.DONE, note, now
    async with in_transaction():
        await att.save(update_fields=["makeup_status", "makeup_note", "makeup_done_at"])
        # The same 补学 is an assignment in the learning module; close it there too.
        await learning.confirm_assignment(member_id, source="partyday", source_id=meeting.id, note=note, at=now)
        if principal.member_id != member_id:
            await audit.record(principal, "partyday.makeup_confirm", "meeting", meeting.id, org_id=meeting.org_id,
                               detail={"member_id": member_id})
    return att


def absentee_names(attendees: list[Attendee]) -> tuple[list[str], list[str]]:
    """(缺席, 请假) names, for the minutes and the ledger."""
    absent = [a.name for a in attendees if a.status is AttendanceStatus.ABSENT]
    leave = [a.name for a in attendees if a.status is AttendanceStatus.LEAVE]
    return absent, leave
