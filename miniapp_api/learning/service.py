"""Learning rules other domains call: make-up/required study assignments and 学时 ledger entries.

Callers pass the time (from the app's Clock) and the local zone (settings.zone): nothing here reads the
wall clock or assumes a zone.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from miniapp_api.learning.models import (
    AssignmentKind,
    AssignmentStatus,
    CourseCompletion,
    LedgerEntry,
    LessonProgress,
    StudyAssignment,
)
from server.core.clock import LocalZone
from server.core.database import in_transaction
from server.core.errors import BadRequest

MAKEUP_DUE_DAYS = 14  # a 补学 without a date is due at the end of the local day two weeks later


class BadLedgerEntry(BadRequest):
    code = "learning.bad_ledger_entry"
    message = "学时记录不合法"


def to_hours(value: float | Decimal) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


async def add_ledger_entry(
    member_id: int, hours: float, *, source: str, source_id: int | None, note: str,
    at: datetime, zone: LocalZone, created_by_id: int | None = None,
) -> LedgerEntry:
    """Credit 学时 with its source, in the local year of `at`. With a source_id the entry is idempotent:
    calling again updates it."""
    if not source or len(source) > 20 or not 0 <= hours <= 1000:
        raise BadLedgerEntry(details={"source": source, "hours": hours})
    ref = str(source_id) if source_id is not None else f"u:{uuid.uuid4().hex}"
    values = {"year": zone.year(at), "hours": to_hours(hours), "source_id": source_id, "note": note[:200], "at": at,
              "created_by_id": created_by_id}
    entry, _ = await LedgerEntry.update_or_create(values, member_id=member_id, source=source, ref=ref)
    return entry


async def assign_makeup(
    member_ids: list[int], *, source: str, source_id: int, title: str, due_at: datetime | None,
    now: datetime, course_id: int | None = None, lesson_id: int | None = None,
    kind: AssignmentKind = AssignmentKind.MAKEUP,
) -> None:
    """Assign required or make-up study (补学) to members; idempotent per (member, source, source_id).

    `due_at` is an instant; for a due *date* pass `zone.end_of_day(day)` (or `zone.days_later_end(at, 14)`).
    Linked to a course or lesson, it is done when the member completes it (at once if already completed, then
    `now` is its done time); otherwise an admin, or the member, confirms it with a note.
    """
    if not member_ids:
        return
    done = await _already_completed(member_ids, course_id, lesson_id)
    async with in_transaction():
        for member_id in dict.fromkeys(member_ids):
            row, created = await StudyAssignment.get_or_create(
                {"kind": kind, "title": title[:100], "course_id": course_id, "lesson_id": lesson_id, "due_at": due_at},
                member_id=member_id, source=source, source_id=source_id,
            )
            if not created:
                row.title, row.course_id, row.lesson_id, row.due_at, row.kind = title[:100], course_id, lesson_id, due_at, kind
            if member_id in done and row.status is AssignmentStatus.PENDING:
                row.status, row.done_at, row.done_note = AssignmentStatus.DONE, now, "已完成相关学习"
            await row.save()


async def _already_completed(member_ids: list[int], course_id: int | None, lesson_id: int | None) -> set[int]:
    if lesson_id is not None:
        rows = await LessonProgress.filter(
            member_id__in=member_ids, lesson_id=lesson_id, completed_at__isnull=False
        ).values_list("member_id", flat=True)
    elif course_id is not None:
        rows = await CourseCompletion.filter(member_id__in=member_ids, course_id=course_id).values_list("member_id", flat=True)
    else:
        return set()
    return {int(r) for r in rows}  # type: ignore[call-overload]


async def complete_assignments(member_id: int, *, lesson_ids: list[int], course_ids: list[int], at: datetime) -> int:
    """Mark the member's pending assignments linked to these lessons or courses done (called on completion)."""
    n = 0
    if lesson_ids:
        n += await StudyAssignment.filter(member_id=member_id, status=AssignmentStatus.PENDING, lesson_id__in=lesson_ids).update(
            status=AssignmentStatus.DONE, done_at=at, done_note="已完成课时学习")
    if course_ids:
        n += await StudyAssignment.filter(
            member_id=member_id, status=AssignmentStatus.PENDING, course_id__in=course_ids, lesson_id__isnull=True
        ).update(status=AssignmentStatus.DONE, done_at=at, done_note="已完成课程学习")
    return n


async def confirm_assignment(member_id: int, *, source: str, source_id: int, note: str, at: datetime) -> bool:
    """Mark one member's assignment from another domain done (e.g. the host confirmed the 补学); False if none."""
    n = await StudyAssignment.filter(
        member_id=member_id, source=source, source_id=source_id, status=AssignmentStatus.PENDING,
    ).update(status=AssignmentStatus.DONE, done_at=at, done_note=note[:200])
    return n > 0
