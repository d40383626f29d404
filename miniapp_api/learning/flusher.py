"""Write-behind: moves certified time and progress from Redis to the database, exactly once.

A flush (1) takes a Redis lock so flushes never overlap, (2) retries any earlier claim left behind by a
crash, (3) claims a batch of members' pending hashes into `lrn:flush:{id}` with one Lua script (atomic:
a beat lands either in the claim or in the next one), (4) applies the claim and inserts its FlushRecord
in one DB transaction, (5) deletes the claim. A crash before (4) commits leaves the claim for the next
run; a crash after it leaves a claim whose FlushRecord exists, so the retry only deletes it.

Readers of a member's not-yet-flushed time (`read_unflushed`) see pending beats and in-flight claims together,
with the shard's claim counter; they count a claim only while its FlushRecord is missing (read in the same
statement as the flushed sums) and read again when the counter moved, so a flush running meanwhile neither
hides nor doubles any of it.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from redis.asyncio import Redis
from redis.exceptions import RedisError
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError

from miniapp_api.learning import ledger, upserts
from miniapp_api.learning.certify import BUCKETS, DIRTY_KEY, pending_key
from miniapp_api.learning.models import FlushRecord, Lesson, LessonProgress
from server.core.clock import Clock, LocalZone
from server.core.database import in_transaction
from server.core.redis import is_cluster
from server.core.settings import LearningSettings

log = logging.getLogger("dangjian.learning.flusher")
FLUSHING_KEY = "lrn:flushing"
CLAIMED_KEY = "lrn:claimed"
LOCK_KEY = "lrn:flush-lock"
LOCK_MS = 6_000  # renewed every third of it while the flush runs: a dead holder stalls flushes for 6 s at most
Hook = Callable[[], Awaitable[None]]

# KEYS: dirty set, claim hash, flushing zset, claim counter, then the pending hash of each member (read from
# the dirty set just before); ARGV: now, flush id, then the members. Every key is in KEYS; on a cluster they
# share the bucket's slot. A member marked dirty again between the read and the script loses nothing: its
# pending hash moves into the claim atomically with its removal from the set.
CLAIM_LUA = """
local n = 0
for i = 5, #KEYS do
  local m = ARGV[i - 2]
  redis.call('SREM', KEYS[1], m)
  local data = redis.call('HGETALL', KEYS[i])
  for j = 1, #data, 2 do
    redis.call('HSET', KEYS[2], m .. '|' .. data[j], data[j + 1])
    n = n + 1
  end
  redis.call('DEL', KEYS[i])
end
if n > 0 then
  redis.call('ZADD', KEYS[3], ARGV[1], ARGV[2])
  redis.call('INCR', KEYS[4])
end
return n
"""
UNLOCK_LUA = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0"
RENEW_LUA = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0"


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


@dataclass(frozen=True)
class Shard:
    dirty: str
    flushing: str
    claim: str  # + flush id
    claimed: str  # counts the claims taken


def _shard(bucket: int | None) -> Shard:
    if bucket is None:
        return Shard(DIRTY_KEY, FLUSHING_KEY, "lrn:flush:", CLAIMED_KEY)
    t = f"{{lrn{bucket}}}"
    return Shard(f"{DIRTY_KEY}:{t}", f"{FLUSHING_KEY}:{t}", f"lrn:flush:{t}:", f"{CLAIMED_KEY}:{t}")


def shards(redis: Redis) -> list[Shard]:
    """One (dirty set, flushing zset, claim prefix, counter) on a single Redis; one per member bucket on a cluster."""
    return [_shard(b) for b in range(BUCKETS)] if is_cluster(redis) else [_shard(None)]


def member_shard(redis: Redis, member_id: int) -> Shard:
    """The shard holding the member's pending hash (the member's bucket on a cluster)."""
    return _shard(member_id % BUCKETS if is_cluster(redis) else None)


@dataclass(frozen=True)
class Unflushed:
    """A member's fields still in Redis, in the pending hash's naming (c|<lesson>|<day>, p|<lesson>), each with
    the flush id of the claim holding it (None: still pending)."""

    fields: list[tuple[str | None, str, str]]
    claimed: int  # the shard's claim counter when read

    @property
    def claim_ids(self) -> list[str]:
        return sorted({claim for claim, _, _ in self.fields if claim is not None})


async def read_unflushed(redis: Redis, member_id: int) -> Unflushed:
    """The member's pending hash and its share of the in-flight claims, as of one instant.

    Pending hash, claim list and counter are read in one MULTI; a claim's content never changes once taken,
    and a claim deleted before its read has committed (its FlushRecord tells). Two round trips, three while a
    claim is in flight.
    """
    shard = member_shard(redis, member_id)
    async with redis.pipeline(transaction=True) as pipe:
        pipe.get(shard.claimed)
        pipe.hgetall(pending_key(redis, member_id))
        pipe.zrange(shard.flushing, 0, -1)
        claimed, pending, flush_ids = await pipe.execute()
    fields: list[tuple[str | None, str, str]] = [(None, str(k), str(v)) for k, v in pending.items()]
    if flush_ids:
        prefix = f"{member_id}|"
        async with redis.pipeline(transaction=False) as pipe:
            for flush_id in flush_ids:
                pipe.hgetall(shard.claim + str(flush_id))
            for flush_id, raw in zip(flush_ids, await pipe.execute(), strict=True):
                fields += [(str(flush_id), str(k)[len(prefix):], str(v)) for k, v in raw.items()
                           if str(k).startswith(prefix)]
    return Unflushed(fields, int(claimed or 0))


async def claims_taken(redis: Redis, member_id: int) -> int:
    """The counter `read_unflushed` saw, read again: unchanged means no pending field has moved since."""
    shard = member_shard(redis, member_id)
    return int(await redis.get(shard.claimed) or 0)


async def claims_in_flight(redis: Redis) -> int:
    """Claims taken but not yet deleted (a crashed flush leaves one for the next run)."""
    async with redis.pipeline(transaction=False) as pipe:
        for shard in shards(redis):
            pipe.zcard(shard.flushing)
        return sum(int(n) for n in await pipe.execute())


@dataclass
class FlushReport:
    claims: int = 0
    fields: int = 0
    retried: int = 0


class Flusher:
    """One per app; `before_commit`/`after_commit` are seams for the crash tests."""

    def __init__(self, redis: Redis, settings: LearningSettings, clock: Clock, *, zone: LocalZone,
                 before_commit: Hook | None = None, after_commit: Hook | None = None) -> None:
        self._redis = redis
        self._settings = settings
        self._clock = clock
        self._zone = zone
        self._claim = redis.register_script(CLAIM_LUA)
        self._unlock = redis.register_script(UNLOCK_LUA)
        self._renew = redis.register_script(RENEW_LUA)
        self._before_commit = before_commit
        self._after_commit = after_commit
        self._running = asyncio.Lock()
        # The token of a lock this process may still hold: a SET whose reply was lost, or an unlock that failed
        # because Redis went away mid-flush. Released first thing next time, so a Redis restart does not stall
        # every flush (the graceful stop's too) until the lock expires.
        self._unreleased: str | None = None
        self.active: asyncio.Task[FlushReport] | None = None  # the running flush (a test kills it as a crash would)

    async def flush(self) -> FlushReport:
        """Flush what is pending now; returns what was done (nothing if another worker is flushing).

        Runs in its own task, shielded: cancelling the caller (the job runner stopping) never interrupts a
        flush between its claim and its commit; a later flush in this process waits for it.
        """
        task = asyncio.ensure_future(self._flush_locked())
        self.active = task
        try:
            return await asyncio.shield(task)
        finally:
            if task.done() and self.active is task:
                self.active = None

    async def _flush_locked(self) -> FlushReport:
        async with self._running:
            report = FlushReport()
            if self._unreleased is not None:
                await self._unlock(keys=[LOCK_KEY], args=[self._unreleased])
                self._unreleased = None
            token = self._unreleased = uuid.uuid4().hex
            if not await self._redis.set(LOCK_KEY, token, nx=True, px=LOCK_MS):
                self._unreleased = None
                return report
            keeper = asyncio.create_task(self._keep(token))
            try:
                await self._flush(report)
            finally:
                keeper.cancel()
                await self._unlock(keys=[LOCK_KEY], args=[token])
                self._unreleased = None
            return report

    async def _keep(self, token: str) -> None:
        """Extend the lock while this flush holds it (a long flush under load outlives LOCK_MS)."""
        while True:
            await asyncio.sleep(LOCK_MS / 3000)
            try:
                await self._renew(keys=[LOCK_KEY], args=[token, LOCK_MS])
            except RedisError:
                log.warning("could not extend the flush lock; the flush goes on and fails if Redis is gone")

    def _shards(self) -> list[Shard]:
        return shards(self._redis)

    async def _flush(self, report: FlushReport) -> None:
        shards = self._shards()
        async with self._redis.pipeline(transaction=False) as pipe:
            for shard in shards:
                pipe.zrange(shard.flushing, 0, -1)
                pipe.scard(shard.dirty)
            found = await pipe.execute()
        for i, shard in enumerate(shards):
            for flush_id in found[2 * i]:
                await self._apply([(shard, str(flush_id))])
                report.retried += 1
        # Only the members dirty now: under steady load a flush must end instead of chasing new beats. A round
        # claims up to flush_batch_members members (from as many buckets as it takes, on a cluster) and writes
        # them in one database transaction.
        remaining = {i: int(found[2 * i + 1]) for i in range(len(shards)) if int(found[2 * i + 1])}
        while remaining:
            claims: list[tuple[Shard, str]] = []
            budget = self._settings.flush_batch_members
            for i in list(remaining):
                if budget <= 0:
                    break
                shard, take = shards[i], min(budget, remaining[i])
                budget -= take
                remaining[i] -= take
                if remaining[i] <= 0:
                    del remaining[i]
                members = [str(m) for m in await self._redis.srandmember(shard.dirty, take) or []]
                if not members:
                    remaining.pop(i, None)
                    continue
                flush_id = uuid.uuid4().hex
                keys = [shard.dirty, shard.claim + flush_id, shard.flushing, shard.claimed,
                        *(pending_key(self._redis, int(m)) for m in members)]
                n = await self._claim(keys=keys, args=[self._clock.time(), flush_id, *members])
                if n:
                    claims.append((shard, flush_id))
                    report.claims += 1
                    report.fields += int(n)
            if not claims:
                break
            await self._apply(claims)

    async def _apply(self, claims: list[tuple[Shard, str]]) -> None:
        """Write claims in one transaction with a FlushRecord each; then delete them from Redis."""
        ids = [flush_id for _, flush_id in claims]
        done = set(await FlushRecord.filter(id__in=ids).values_list("id", flat=True))
        todo = [(shard, flush_id) for shard, flush_id in claims if flush_id not in done]
        if todo:
            raws = [{str(k): str(v) for k, v in (await self._redis.hgetall(shard.claim + flush_id)).items()}
                    for shard, flush_id in todo]
            batch = Batch.parse({k: v for raw in raws for k, v in raw.items()})  # fields name their member
            try:
                async with in_transaction() as conn:
                    await FlushRecord.bulk_create(
                        [FlushRecord(id=flush_id, fields_count=len(raw)) for (_, flush_id), raw in zip(todo, raws, strict=True)],
                        using_db=conn)
                    await self._write(conn, batch)
                    if self._before_commit:
                        await self._before_commit()
            except IntegrityError:
                if await FlushRecord.filter(id__in=[f for _, f in todo]).count() < len(todo):
                    raise
            if self._after_commit:
                await self._after_commit()
        for shard, flush_id in claims:
            await self._redis.delete(shard.claim + flush_id)
            await self._redis.zrem(shard.flushing, flush_id)

    async def _write(self, conn: BaseDBAsyncClient, batch: Batch) -> None:
        lesson_ids = {k[1] for k in batch.seconds} | {k[1] for k in batch.snapshots}
        courses = dict(await Lesson.filter(id__in=lesson_ids).values_list("id", "course_id"))
        await upserts.add_study_days(conn, [(m, le, courses[le], d, ms) for (m, le, d), ms in batch.seconds.items()
                                            if le in courses])
        completed = await _newly_completed(batch, courses)
        now = self._clock.now()
        await upserts.save_progress(conn, [
            (m, le, courses[le], cert, pos, front, datetime.fromtimestamp(t, UTC) if done else None, t)
            for (m, le), (cert, pos, front, done, t) in batch.snapshots.items() if le in courses], now)
        await ledger.grant_for_flush(conn, batch.seconds, courses, completed, self._settings, self._zone, now)


async def _newly_completed(batch: Batch, courses: dict[int, int]) -> list[tuple[int, int, datetime]]:
    """Lessons whose snapshot says done but whose stored progress is not complete yet."""
    done = {k: snap[4] for k, snap in batch.snapshots.items() if snap[3] and k[1] in courses}
    if not done:
        return []
    stored = set(await LessonProgress.filter(
        member_id__in={k[0] for k in done}, lesson_id__in={k[1] for k in done}, completed_at__isnull=False,
    ).values_list("member_id", "lesson_id"))
    return [(m, le, datetime.fromtimestamp(t, UTC)) for (m, le), t in sorted(done.items()) if (m, le) not in stored]
