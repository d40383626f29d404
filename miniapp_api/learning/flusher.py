"""Write-behind: moves certified time and progress from Redis to the database, exactly once.

A flush (1) takes a Redis lock so flushes never overlap, (2) retries any earlier claim left behind by a
crash, (3) claims a batch of members' pending hashes into `lrn:flush:{id}` with one Lua script (atomic:
a beat lands either in the claim or in the next one), (4) applies the claim and inserts its FlushRecord
in one DB transaction, (5) deletes the claim. A crash before (4) commits leaves the claim for the next
run; a crash after it leaves a claim whose FlushRecord exists, so the retry only deletes it.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from redis.asyncio import Redis
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from miniapp_api.learning import ledger
from miniapp_api.learning.certify import DIRTY_KEY, PENDING_PREFIX
from miniapp_api.learning.models import FlushRecord, Lesson, LessonProgress, StudyDay
from server.core.clock import Clock
from server.core.settings import LearningSettings

log = logging.getLogger("dangjian.learning.flusher")
FLUSHING_KEY = "lrn:flushing"
LOCK_KEY = "lrn:flush-lock"
LOCK_MS = 120_000
Hook = Callable[[], Awaitable[None]]

CLAIM_LUA = """
local members = redis.call('SPOP', KEYS[1], tonumber(ARGV[1]))
local n = 0
for _, m in ipairs(members) do
  local pk = ARGV[2] .. m
  local data = redis.call('HGETALL', pk)
  for i = 1, #data, 2 do
    redis.call('HSET', KEYS[2], m .. '|' .. data[i], data[i + 1])
    n = n + 1
  end
  redis.call('DEL', pk)
end
if n > 0 then redis.call('ZADD', KEYS[3], ARGV[3], ARGV[4]) end
return n
"""
UNLOCK_LUA = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0"


@dataclass
class Batch:
    """A parsed claim: certified ms per (member, lesson, day) and the newest progress snapshot per (member, lesson)."""

    seconds: dict[tuple[int, int, date], int] = field(default_factory=dict)
    snapshots: dict[tuple[int, int], tuple[int, float, float, bool, float]] = field(default_factory=dict)

    @classmethod
    def parse(cls, raw: dict[str, str]) -> Batch:
        batch = cls()
        for name, value in raw.items():
            parts = name.split("|")
            member, lesson = int(parts[0]), int(parts[2])
            if parts[1] == "c":
                key = (member, lesson, date.fromisoformat(parts[3]))
                batch.seconds[key] = batch.seconds.get(key, 0) + int(value)
            elif parts[1] == "p":
                cert, pos, front, done, t = value.split("|")
                batch.snapshots[(member, lesson)] = (int(float(cert)), float(pos), float(front), done == "1", float(t))
        return batch


@dataclass
class FlushReport:
    claims: int = 0
    fields: int = 0
    retried: int = 0


class Flusher:
    """One per app; `before_commit`/`after_commit` are seams for the crash tests."""

    def __init__(self, redis: Redis, settings: LearningSettings, clock: Clock, *, tz: str,
                 before_commit: Hook | None = None, after_commit: Hook | None = None) -> None:
        self._redis = redis
        self._settings = settings
        self._clock = clock
        self._tz = tz
        self._claim = redis.register_script(CLAIM_LUA)
        self._unlock = redis.register_script(UNLOCK_LUA)
        self._before_commit = before_commit
        self._after_commit = after_commit

    async def flush(self) -> FlushReport:
        """Flush everything pending now; returns what was done (nothing if another worker is flushing)."""
        report = FlushReport()
        token = uuid.uuid4().hex
        if not await self._redis.set(LOCK_KEY, token, nx=True, px=LOCK_MS):
            return report
        try:
            for flush_id in await self._redis.zrange(FLUSHING_KEY, 0, -1):
                await self._apply(str(flush_id))
                report.retried += 1
            while True:
                flush_id = uuid.uuid4().hex
                n = await self._claim(keys=[DIRTY_KEY, f"lrn:flush:{flush_id}", FLUSHING_KEY],
                                      args=[self._settings.flush_batch_members, PENDING_PREFIX, self._clock.time(), flush_id])
                if not n:
                    break
                await self._apply(flush_id)
                report.claims += 1
                report.fields += int(n)
        finally:
            await self._unlock(keys=[LOCK_KEY], args=[token])
        return report

    async def _apply(self, flush_id: str) -> None:
        key = f"lrn:flush:{flush_id}"
        if not await FlushRecord.exists(id=flush_id):
            raw = {str(k): str(v) for k, v in (await self._redis.hgetall(key)).items()}
            batch = Batch.parse(raw)
            try:
                async with in_transaction():
                    await FlushRecord.create(id=flush_id, fields_count=len(raw))
                    await self._write(batch)
                    if self._before_commit:
                        await self._before_commit()
            except IntegrityError:
                if not await FlushRecord.exists(id=flush_id):
                    raise
            if self._after_commit:
                await self._after_commit()
        await self._redis.delete(key)
        await self._redis.zrem(FLUSHING_KEY, flush_id)

    async def _write(self, batch: Batch) -> None:
        lesson_ids = {k[1] for k in batch.seconds} | {k[1] for k in batch.snapshots}
        courses = dict(await Lesson.filter(id__in=lesson_ids).values_list("id", "course_id"))  # type: ignore[arg-type]
        await _add_study_days(batch, courses)
        completed = await _save_progress(batch, courses)
        await ledger.grant_for_flush(batch.seconds, courses, completed, self._settings, self._tz)


async def _add_study_days(batch: Batch, courses: dict[int, int]) -> None:
    keys = [k for k in batch.seconds if k[1] in courses]
    if not keys:
        return
    members, lessons, days = {k[0] for k in keys}, {k[1] for k in keys}, {k[2] for k in keys}
    existing = {(r.member_id, r.lesson_id, r.day): r for r in await StudyDay.filter(
        member_id__in=members, lesson_id__in=lessons, day__in=days)}
    updates, creates = [], []
    for key in keys:
        row = existing.get(key)
        if row is not None:
            row.certified_ms += batch.seconds[key]
            updates.append(row)
        else:
            creates.append(StudyDay(member_id=key[0], lesson_id=key[1], course_id=courses[key[1]], day=key[2],
                                    year=key[2].year, certified_ms=batch.seconds[key]))
    if updates:
        await StudyDay.bulk_update(updates, fields=["certified_ms"])
    if creates:
        await StudyDay.bulk_create(creates)


async def _save_progress(batch: Batch, courses: dict[int, int]) -> list[tuple[int, int, datetime]]:
    """Apply the newest snapshots (older ones never overwrite newer); return lessons completed just now."""
    keys = [k for k in batch.snapshots if k[1] in courses]
    if not keys:
        return []
    existing = {(r.member_id, r.lesson_id): r for r in await LessonProgress.filter(
        member_id__in={k[0] for k in keys}, lesson_id__in={k[1] for k in keys})}
    updates, creates, completed = [], [], []
    for key in keys:
        cert, pos, front, done, t = batch.snapshots[key]
        row = existing.get(key)
        if row is None:
            row = LessonProgress(member_id=key[0], lesson_id=key[1], course_id=courses[key[1]])
            creates.append(row)
        elif row.last_beat_at > t:
            continue
        else:
            updates.append(row)
        row.certified_ms, row.position_s, row.frontier_s, row.last_beat_at = max(cert, row.certified_ms or 0), pos, front, t
        if done and row.completed_at is None:
            row.completed_at = datetime.fromtimestamp(t, UTC)
            completed.append((key[0], key[1], row.completed_at))
    if updates:
        await LessonProgress.bulk_update(updates, fields=["certified_ms", "position_s", "frontier_s", "last_beat_at",
                                                          "completed_at"])
    if creates:
        await LessonProgress.bulk_create(creates)
    return completed
