"""Certified study time: one Lua script per heartbeat decides how many milliseconds a beat earns.

Redis keys (m = member, l = lesson, s = client session id; T = "" on a single Redis, "{lrnB}:" on a Redis
Cluster, B = m % BUCKETS — a hash tag that puts a member's keys and its bucket's dirty set on one slot):
  lrn:lesson:<l>      hash  dur, cap (ms), media (1/0) — or gone=1 (negative cache); lesson metadata
  lrn:ml:T<m>:<l>     hash  cert (ms, all time), pos, front (contiguous frontier), done — authoritative
  lrn:s:T<m>:<s>      hash  seq, t, pos, ok, lesson, gen, moved — the previous beat of that session
  lrn:lease:T<m>      hash  sid, exp, gen — the one session that may earn now (one lesson at a time)
  lrn:pend:T<m>       hash  c|<l>|<day> → ms earned, p|<l> → "cert|pos|front|done|t" snapshot (write-behind)
  lrn:dirty           set   members with pending data (a cluster has one per bucket: lrn:dirty:{lrnB})
Every key the script touches is in KEYS. On a cluster the lesson metadata lives on another slot, so it is
read in the same batch beforehand (one pipelined HMGET round) and passed in ARGV.
The interval since a session's previous beat earns only if that beat was playing, visible and held the
lease, and nobody else took the lease since (lease generation). Time comes from the injected clock.
"""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import NoScriptError

from miniapp_api.learning.models import MEDIA_KINDS, CourseStatus, Lesson, LessonProgress
from server.core.clock import LocalZone
from server.core.errors import NotFound
from server.core.redis import is_cluster
from server.core.settings import LearningSettings

PENDING_PREFIX = "lrn:pend:"
DIRTY_KEY = "lrn:dirty"
META_TTL_S = 3600
GONE_TTL_S = 60

# Settings are baked into the script text (see Certifier); ARGV carries only the beat, so a beat is short.
CERTIFY_LUA = """
local A = {}
for v in string.gmatch(ARGV[1], '[^|]+') do A[#A + 1] = v end
local now, lesson = tonumber(A[1]), A[2]
local seq, day, member, sid = tonumber(A[6]), A[7], A[8], A[9]
@KEYS@
local maxgap, ttl, idle, share = @MAXGAP@, @LEASE@, @IDLE@, @SHARE@
local rate, readrate, tol, gc = @RATE@, @READRATE@, @TOL@, @GC@
@META@
if meta[4] == '1' then return {-3, 0, 0, 'gone'} end
if not meta[1] then return {-1, 0, 0, 'meta'} end
local dur, cap, media = tonumber(meta[1]), tonumber(meta[2]), meta[3] == '1'
local ml = redis.call('HMGET', K[2], 'cert', 'front', 'done')
if not ml[1] then
  if ARGV[2] ~= '1' then return {-2, 0, 0, 'init'} end
  redis.call('HSET', K[2], 'cert', ARGV[3], 'pos', ARGV[4], 'front', ARGV[5], 'done', ARGV[6])
  ml = {ARGV[3], ARGV[5], ARGV[6]}
end
local pos = math.max(0, math.min(tonumber(A[3]), dur))
local active = A[4] == '1' and A[5] == '1'
local s = redis.call('HMGET', K[3], 'seq', 't', 'pos', 'ok', 'lesson', 'gen', 'moved', 'bank')
local s_seq, s_t, s_pos = tonumber(s[1]), tonumber(s[2]), tonumber(s[3])
if s_t and ((seq >= 0 and s_seq and seq <= s_seq) or now < s_t) then return {0, 0, 0, 'replay'} end
local cert, front, done = tonumber(ml[1]), tonumber(ml[2]), ml[3] == '1'
local l = redis.call('HMGET', K[4], 'sid', 'exp', 'gen')
local holder, exp, gen = l[1] or '', tonumber(l[2]) or 0, tonumber(l[3]) or 0
local held = holder == sid and exp >= now
local prev_gen = gen
if active then
  if held then
    redis.call('HSET', K[4], 'exp', now + ttl)
  elseif holder == '' or exp < now then
    if holder ~= sid then gen = gen + 1 end
    redis.call('HSET', K[4], 'sid', sid, 'exp', now + ttl, 'gen', gen)
    redis.call('EXPIRE', K[4], gc)
    held = true
  end
elseif held then
  redis.call('HSET', K[4], 'sid', '', 'exp', 0)
end
local credit, reason, bank = 0, 'ok', tonumber(s[8]) or 0
local moved = tonumber(s[7]) or now
if s_pos == nil or pos ~= s_pos then moved = now end
if not s_t then reason = 'first'
elseif s[5] ~= lesson then reason = 'switch'
elseif s[4] ~= '1' then reason = 'inactive'
elseif tonumber(s[6]) ~= prev_gen then reason = 'lease'
else
  local elapsed, adv = now - s_t, pos - s_pos
  -- wall time a credited interval left unused (network jitter) may be spent by the next one, up to tol
  local window = math.min(elapsed + bank, maxgap)
  if media then
    if adv <= 0 then reason = 'stall'
    elseif adv > elapsed * rate + tol then reason = 'seek'
    else credit = math.min(window, adv) end
  else
    if adv > elapsed * readrate + tol then reason = 'seek'
    elseif now - (tonumber(s[7]) or now) > idle and adv == 0 then reason = 'idle'
    else credit = math.min(elapsed, maxgap) end
  end
  if credit > 0 then bank = math.max(0, math.min(tol, bank + elapsed - credit)) end
end
if credit == 0 then bank = 0 end
-- an honest interval moves the contiguous frontier even once the lesson's cap is spent
if credit > 0 and s_pos <= front + tol and pos > front then front = pos end
local credit_ms = math.floor(credit * 1000)
if credit_ms > cap - cert then credit_ms = math.max(0, cap - cert); if credit_ms == 0 and reason == 'ok' then reason = 'cap' end end
cert = cert + credit_ms
local done_now = 0
if not done then
  local reached = (media and front >= share * dur) or ((not media) and cert >= share * dur * 1000)
  if reached then done = true; done_now = 1 end
end
local ok = '0'
if active and held then ok = '1' end
if seq < 0 then seq = s_seq or -1 end
redis.call('HSET', K[3], 't', now, 'pos', pos, 'ok', ok, 'lesson', lesson, 'gen', gen, 'moved', moved, 'bank', bank,
           'seq', seq)
local d = '0'
if done then d = '1' end
redis.call('HSET', K[2], 'cert', cert, 'pos', pos, 'front', front, 'done', d, 't', now)
if not s_t then  -- a session's first beat sets the garbage-collection deadlines (real time)
  redis.call('EXPIRE', K[3], gc)
  redis.call('EXPIRE', K[2], gc * 30)
end
if credit_ms > 0 then redis.call('HINCRBY', K[5], 'c|' .. lesson .. '|' .. day, credit_ms) end
redis.call('HSET', K[5], 'p|' .. lesson, cert .. '|' .. pos .. '|' .. front .. '|' .. d .. '|' .. now)
redis.call('SADD', K[6], member)
return {1, credit_ms, done_now, reason}
"""


# KEYS on a single Redis: lesson meta, progress, session, lease, pending, dirty set.
_SINGLE = {"KEYS": "local K = KEYS", "META": "local meta = redis.call('HMGET', K[1], 'dur', 'cap', 'media', 'gone')"}
# On a cluster: the same without the lesson meta, which comes as ARGV[7..10] ('' for none).
_CLUSTER = {
    "KEYS": "local K = {false, KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5]}",
    "META": "local meta = {}\nfor i = 1, 4 do if ARGV[6 + i] ~= '' then meta[i] = ARGV[6 + i] end end",
}
BUCKETS = 64  # cluster only: members' keys spread over this many hash tags (one dirty set and flush claim each)


def certify_script(s: LearningSettings, cluster: bool = False) -> str:
    values = {"MAXGAP": s.max_credit_per_beat_s, "LEASE": s.lease_ttl_s, "IDLE": s.reading_idle_s,
              "SHARE": s.complete_share, "RATE": s.max_playback_rate, "READRATE": s.max_reading_rate,
              "TOL": s.position_tolerance_s, "GC": s.state_ttl_s}
    script = CERTIFY_LUA
    for name, text in (_CLUSTER if cluster else _SINGLE).items():
        script = script.replace(f"@{name}@", text)
    for name, value in values.items():
        script = script.replace(f"@{name}@", repr(float(value)))
    return script


class LessonNotFound(NotFound):
    code = "learning.lesson_not_found"
    message = "课时不存在或未发布"


@dataclass(slots=True)
class Beat:
    lesson_id: int
    session_id: str
    position_s: float
    playing: bool
    visible: bool
    seq: int | None = None


@dataclass(frozen=True)
class BeatResult:
    credit_ms: int
    completed: bool
    reason: str


def meta_key(lesson_id: int) -> str:
    return f"lrn:lesson:{lesson_id}"


def member_tag(redis: Redis, member_id: int) -> str:
    """"" on a single Redis (the names stay as they were); on a cluster the member's bucket as a hash tag."""
    return f"{{lrn{member_id % BUCKETS}}}:" if is_cluster(redis) else ""


def progress_key(redis: Redis, member_id: int, lesson_id: int) -> str:
    return f"lrn:ml:{member_tag(redis, member_id)}{member_id}:{lesson_id}"


def pending_key(redis: Redis, member_id: int) -> str:
    return f"{PENDING_PREFIX}{member_tag(redis, member_id)}{member_id}"


def dirty_key(redis: Redis, member_id: int) -> str:
    return f"{DIRTY_KEY}:{{lrn{member_id % BUCKETS}}}" if is_cluster(redis) else DIRTY_KEY


def beat_keys(redis: Redis, member_id: int, lesson_id: int, session_id: str) -> list[str]:
    """The KEYS of one beat (see _SINGLE / _CLUSTER)."""
    t = member_tag(redis, member_id)
    keys = [progress_key(redis, member_id, lesson_id), f"lrn:s:{t}{member_id}:{session_id}", f"lrn:lease:{t}{member_id}",
            pending_key(redis, member_id), dirty_key(redis, member_id)]
    return keys if t else [meta_key(lesson_id), *keys]


def lesson_cap_ms(kind: str, duration_s: int, settings: LearningSettings) -> int:
    factor = settings.media_cap_factor if kind in MEDIA_KINDS else settings.reading_cap_factor
    return int(duration_s * factor * 1000)


async def invalidate_lessons(redis: Redis, lesson_ids: list[int]) -> None:
    """Drop cached metadata after a lesson or its course changed (the next beat reloads it)."""
    if lesson_ids:
        if is_cluster(redis):  # one slot per lesson: a DEL of several keys would cross slots
            async with redis.pipeline(transaction=False) as pipe:
                for i in lesson_ids:
                    pipe.delete(meta_key(i))
                await pipe.execute()
        else:
            await redis.delete(*(meta_key(i) for i in lesson_ids))


class ScriptBatcher:
    """Sends the EVALSHA calls of concurrent beats in one pipelined round trip (each beat stays one script run).

    Callers that arrive in the same event-loop pass are collected; the batch leaves on the next pass.
    """

    def __init__(self, redis: Redis, script: str) -> None:
        self._redis = redis
        self._script = script
        self._sha = hashlib.sha1(script.encode()).hexdigest()  # noqa: S324 - Redis names scripts by SHA-1
        self._queue: list[tuple[Call, asyncio.Future[Any]]] = []
        self._scheduled = False

    async def call(self, keys: list[str], args: list[Any], meta: str | None = None) -> Any:
        """Run the script with `keys` and `args`; on a cluster `meta` names a hash read first and appended to args."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Any] = loop.create_future()
        self._queue.append(((keys, args, meta), future))
        if not self._scheduled:
            self._scheduled = True
            loop.call_soon(self._launch)
        return await future

    def _launch(self) -> None:
        self._scheduled = False
        batch, self._queue = self._queue, []
        task = asyncio.ensure_future(self._send(batch))
        task.add_done_callback(_consume)

    async def _send(self, batch: list[tuple[Call, asyncio.Future[Any]]]) -> None:
        try:
            results = await self._run([call for call, _ in batch])
        except Exception as exc:
            results = [exc] * len(batch)
        for (_, future), result in zip(batch, results, strict=True):
            if future.done():
                continue
            if isinstance(result, Exception):
                future.set_exception(result)
            else:
                future.set_result(result)

    async def _run(self, calls: list[Call]) -> list[Any]:
        if is_cluster(self._redis):
            calls = await self._with_meta(calls)
        pipe = self._redis.pipeline(transaction=False)
        for keys, args, _ in calls:
            pipe.execute_command("EVALSHA", self._sha, len(keys), *keys, *args)
        results = await pipe.execute(raise_on_error=False)
        missing = [i for i, r in enumerate(results) if isinstance(r, NoScriptError)]
        if missing:  # first use, or the Redis server restarted: load the script and run those again
            await self._redis.script_load(self._script)
            again = await self._run([calls[i] for i in missing])
            for i, result in zip(missing, again, strict=True):
                results[i] = result
        return list(results)

    async def _with_meta(self, calls: list[Call]) -> list[Call]:
        """Cluster: read the metadata hashes of the batch (one pipelined round) into ARGV[7..10] of each call."""
        names = sorted({meta for _, _, meta in calls if meta})
        async with self._redis.pipeline(transaction=False) as pipe:
            for name in names:
                pipe.hmget(name, "dur", "cap", "media", "gone")
            found = dict(zip(names, await pipe.execute(), strict=True))
        out: list[Call] = []
        for keys, args, meta in calls:
            values = found.get(meta or "", [None] * 4)
            padded = [*args, *([0] * (6 - len(args)))]
            out.append((keys, [*padded, *("" if v is None else v for v in values)], None))
        return out


Call = tuple[list[str], list[Any], str | None]


def _consume(task: asyncio.Future[None]) -> None:
    if not task.cancelled():
        task.exception()


class Certifier:
    """Runs the certification script; loads lesson metadata and progress from the DB only on a cache miss."""

    def __init__(self, redis: Redis, settings: LearningSettings, zone: LocalZone) -> None:
        self._redis = redis
        self._settings = settings
        self._zone = zone
        self._batcher = ScriptBatcher(redis, certify_script(settings, is_cluster(redis)))
        self._day: tuple[float, float, str] = (0.0, 0.0, "")  # [start, end) of the cached local day
        self._admitted: set[tuple[int, int]] = set()  # (member, lesson) pairs found open to the member

    def admitted(self, member_id: int, lesson_id: int) -> bool:
        return (member_id, lesson_id) in self._admitted

    def admit(self, member_id: int, lesson_id: int) -> None:
        """Remember that the member may study the lesson (checked against the database once per worker)."""
        if len(self._admitted) >= 200_000:
            self._admitted.clear()
        self._admitted.add((member_id, lesson_id))

    def _local_day(self, now: float) -> str:
        start, end, day = self._day
        if not start <= now < end:
            at = datetime.fromtimestamp(now, UTC)
            start_at, end_at = self._zone.day_bounds(at)
            day = self._zone.date(at).isoformat()
            self._day = (start_at.timestamp(), end_at.timestamp(), day)
        return day

    async def beat(self, member_id: int, beat: Beat, now: float) -> BeatResult:
        lesson = beat.lesson_id
        day = self._local_day(now)
        # One packed argument: every argument costs an encoding step in the client.
        args: list[str | int | float] = [
            f"{now!r}|{lesson}|{float(beat.position_s)!r}|{int(beat.playing)}|{int(beat.visible)}|"
            f"{-1 if beat.seq is None else beat.seq}|{day}|{member_id}|{beat.session_id}"
        ]
        keys = beat_keys(self._redis, member_id, lesson, beat.session_id)
        for _ in range(3):
            status, credit, done, reason = await self._batcher.call(keys, args, meta_key(lesson))
            if status == -1:
                await self.load_meta(lesson)
            elif status == -2:
                args = [args[0], 1, *(await self._stored_progress(member_id, lesson))]
            elif status == -3:
                raise LessonNotFound()
            else:
                return BeatResult(int(credit), bool(done), str(reason))
        raise LessonNotFound()

    async def load_meta(self, lesson_id: int) -> None:
        row = await Lesson.get_or_none(id=lesson_id).select_related("course")
        key = meta_key(lesson_id)
        if row is None or row.course.status is not CourseStatus.PUBLISHED or row.duration_s <= 0:
            await self._redis.hset(key, mapping={"gone": "1"})
            await self._redis.expire(key, GONE_TTL_S)
            return
        cap = lesson_cap_ms(row.kind, row.duration_s, self._settings)
        media = "1" if row.kind in MEDIA_KINDS else "0"
        await self._redis.hset(key, mapping={"dur": row.duration_s, "cap": cap, "media": media, "course": row.course_id})
        await self._redis.expire(key, META_TTL_S)

    async def _stored_progress(self, member_id: int, lesson_id: int) -> list[str | int | float]:
        row = await LessonProgress.get_or_none(member_id=member_id, lesson_id=lesson_id)
        if row is None:
            return [0, 0, 0, 0]
        return [row.certified_ms, row.position_s, row.frontier_s, int(row.completed_at is not None)]


LiveProgress = tuple[int, float, float, bool, float]


async def live_progress(redis: Redis, member_id: int, lesson_ids: list[int]) -> dict[int, LiveProgress]:
    """The authoritative (cert ms, position, frontier, done, last beat) from Redis for lessons with live state."""
    if not lesson_ids:
        return {}
    pipe = redis.pipeline(transaction=False)
    for lesson_id in lesson_ids:
        pipe.hmget(progress_key(redis, member_id, lesson_id), "cert", "pos", "front", "done", "t")
    out = {}
    for lesson_id, (cert, pos, front, done, t) in zip(lesson_ids, await pipe.execute(), strict=True):
        if cert is not None:
            out[lesson_id] = (int(float(cert)), float(pos), float(front), done == "1", float(t or 0))
    return out
