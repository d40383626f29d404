"""The submit gate: one Lua script checks code facts, idempotent replies, rate limits and the per-day limit.

Concurrent submits share one EVALSHA (the script loops over them), so a burst costs one Redis round trip.
On a Redis Cluster the keys of one submit live on three slots (the code, the client address, the rater), so
the same checks run in two rounds, each one call per slot group sent concurrently (see `_run_cluster`).
Per item it returns {0, seq, point, org, code, name} accepted | {1, reply} replay | {2, wait ms} limited
| {3, seq} duplicate | {4} code facts not cached | {5} code gone or expired.
"""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass, field
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import NoScriptError

from miniapp_api.evaluation.batching import GroupBatcher
from server.core.redis import by_slot, is_cluster, tag

# KEYS, four per item: code facts, idempotent reply, ip limit, rater limit.
# ARGV: window ms, ip limit, rater limit, per-day limit, pending ttl s, now ms; then four per item:
#       has idempotency key, local day, rater hash, dedup ttl s.
_LUA = """
local window, ip_limit, rater_limit = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
local day_limit, pending_ttl, now = tonumber(ARGV[4]), ARGV[5], tonumber(ARGV[6])
local function check(kcode, kidem, kip, krater, has_idem, day, rater, dedup_ttl)
  if has_idem == '1' then
    local prev = redis.call('GET', kidem)
    if prev then return {1, prev} end
  end
  local code = redis.call('HMGET', kcode, 'p', 'o', 'c', 'x', 'n')
  if not code[1] then return {4} end
  if code[1] == '-' then return {5} end
  local expires = tonumber(code[4])
  if expires > 0 and expires <= now then return {5} end
  local wait = 0
  local limits = {{kip, ip_limit}, {krater, rater_limit}}
  for _, pair in ipairs(limits) do
    local n = redis.call('INCR', pair[1])
    if n == 1 then redis.call('PEXPIRE', pair[1], window) end
    if n > pair[2] then
      local ttl = redis.call('PTTL', pair[1])
      if ttl < 0 then redis.call('PEXPIRE', pair[1], window); ttl = tonumber(window) end
      if ttl > wait then wait = ttl end
    end
  end
  if wait > 0 then return {2, tostring(wait)} end
  local dedup = 'evaluation:dd:{' .. rater .. '}:' .. day .. ':' .. code[1]
  local seq = redis.call('INCR', dedup)
  if seq == 1 then redis.call('EXPIRE', dedup, dedup_ttl) end
  if seq > day_limit then
    redis.call('DECR', dedup)
    return {3, tostring(seq)}
  end
  if has_idem == '1' then redis.call('SET', kidem, 'pending', 'EX', pending_ttl) end
  return {0, tostring(seq), code[1], code[2], code[3], code[5]}
end
local out = {}
for i = 0, #KEYS / 4 - 1 do
  local k, a = i * 4, 6 + i * 4
  out[i + 1] = check(KEYS[k + 1], KEYS[k + 2], KEYS[k + 3], KEYS[k + 4], ARGV[a + 1], ARGV[a + 2], ARGV[a + 3], ARGV[a + 4])
end
return out
"""
_SHA = hashlib.sha1(_LUA.encode()).hexdigest()  # noqa: S324 - Redis names scripts by their SHA-1


# The cluster steps. Step 2 counts the client-address limit, one call per slot: KEYS are address counters
# (a key repeats for each submit from that address); ARGV: window ms, limit. Returns the wait (ms) per key.
_COUNT_LUA = """
local window, limit, out = tonumber(ARGV[1]), tonumber(ARGV[2]), {}
for i, key in ipairs(KEYS) do
  local n = redis.call('INCR', key)
  if n == 1 then redis.call('PEXPIRE', key, window) end
  local wait = 0
  if n > limit then
    wait = redis.call('PTTL', key)
    if wait < 0 then redis.call('PEXPIRE', key, window); wait = window end
  end
  out[i] = wait
end
return out
"""
# Gives back the address counts of submits that stopped at the code or replay check (counted in step 2, which
# runs beside step 1): KEYS are address counters, one per count to return; a counter that expired meanwhile
# stays gone.
_REFUND_LUA = """
for _, key in ipairs(KEYS) do
  local n = tonumber(redis.call('GET', key) or '0')
  if n > 0 then redis.call('DECR', key) end
end
return #KEYS
"""
# Step 3, one call per rater slot: KEYS, three per item, all tagged by the rater: idempotent reply, rater
# limit, per-day counter. ARGV: window ms, rater limit, per-day limit, pending ttl s; then seven per item:
# has idempotency key, address wait ms, dedup ttl s, point, org, code id, point name. Same replies as _LUA.
_RATER_LUA = """
local window, rater_limit = ARGV[1], tonumber(ARGV[2])
local day_limit, pending_ttl = tonumber(ARGV[3]), ARGV[4]
local out = {}
for i = 0, #KEYS / 3 - 1 do
  local kidem, krater, dedup = KEYS[i * 3 + 1], KEYS[i * 3 + 2], KEYS[i * 3 + 3]
  local a = 4 + i * 7
  local has_idem, wait = ARGV[a + 1], tonumber(ARGV[a + 2])
  local prev = has_idem == '1' and redis.call('GET', kidem)
  if prev then
    out[i + 1] = {1, prev}
  else
    local n = redis.call('INCR', krater)
    if n == 1 then redis.call('PEXPIRE', krater, window) end
    if n > rater_limit then
      local ttl = redis.call('PTTL', krater)
      if ttl < 0 then redis.call('PEXPIRE', krater, window); ttl = tonumber(window) end
      if ttl > wait then wait = ttl end
    end
    if wait > 0 then
      out[i + 1] = {2, tostring(wait)}
    else
      local seq = redis.call('INCR', dedup)
      if seq == 1 then redis.call('EXPIRE', dedup, ARGV[a + 3]) end
      if seq > day_limit then
        redis.call('DECR', dedup)
        out[i + 1] = {3, tostring(seq)}
      else
        if has_idem == '1' then redis.call('SET', kidem, 'pending', 'EX', pending_ttl) end
        out[i + 1] = {0, tostring(seq), ARGV[a + 4], ARGV[a + 5], ARGV[a + 6], ARGV[a + 7]}
      end
    end
  end
end
return out
"""


def dedup_key(day: str, point_id: int, rater: str) -> str:
    """The per-day counter of one rater at one point (the single-Redis script builds the same name), tagged by
    the rater so it shares a cluster slot with the rater's limit and idempotent replies."""
    return f"evaluation:dd:{tag(rater)}:{day}:{point_id}"


_COUNT_SHA = hashlib.sha1(_COUNT_LUA.encode()).hexdigest()  # noqa: S324
_RATER_SHA = hashlib.sha1(_RATER_LUA.encode()).hexdigest()  # noqa: S324
_REFUND_SHA = hashlib.sha1(_REFUND_LUA.encode()).hexdigest()  # noqa: S324


@dataclass(frozen=True)
class Limits:
    window_ms: int
    per_ip: int
    per_rater: int
    per_day: int
    pending_ttl_s: int
    now_ms: int


@dataclass(frozen=True)
class Check:
    keys: tuple[str, str, str, str]  # code facts, idempotent reply, ip limit, rater limit
    has_idem: bool
    day: str
    rater: str
    dedup_ttl_s: int


async def run(redis: Redis, limits: Limits, checks: list[Check]) -> list[list[Any]]:
    """One EVALSHA for all checks; the script is (re)loaded when Redis does not know it yet."""
    if is_cluster(redis):
        return await _run_cluster(redis, limits, checks)
    keys = [k for c in checks for k in c.keys]
    args: list[Any] = [limits.window_ms, limits.per_ip, limits.per_rater, limits.per_day, limits.pending_ttl_s,
                       limits.now_ms]
    for c in checks:
        args += ["1" if c.has_idem else "0", c.day, c.rater, c.dedup_ttl_s]
    try:
        out = await redis.evalsha(_SHA, len(keys), *keys, *args)
    except NoScriptError:
        await redis.script_load(_LUA)
        out = await redis.evalsha(_SHA, len(keys), *keys, *args)
    return [list(item) for item in out]


async def _evalsha(redis: Redis, script: str, sha: str, keys: list[str], args: list[Any]) -> Any:
    try:
        return await redis.evalsha(sha, len(keys), *keys, *args)
    except NoScriptError:
        await redis.script_load(script)  # on a cluster redis-py loads it on every primary
        return await redis.evalsha(sha, len(keys), *keys, *args)


async def _run_cluster(redis: Redis, limits: Limits, checks: list[Check]) -> list[list[Any]]:
    """The same verdicts as `_LUA` in two rounds, each one concurrent fan-out over the slots it touches:
    1. at once: read code facts and stored replies (one pipeline, split per node by redis-py) and count the
       address limit of every submit (one `_COUNT_LUA` call per address slot);
    2. the rater's limit, per-day counter and pending reply (one `_RATER_LUA` call per rater slot) — and, beside
       it, the address counts of submits that stopped at step 1 (a replay, an unknown or expired code) are given
       back (`_REFUND_LUA`), so that, as with one Redis, only submits that reach the limits spend them.
    A reply stored between the rounds is still seen in round 2 (only its address count was spent)."""
    out: list[list[Any] | None] = [None] * len(checks)

    async def read() -> list[Any]:
        async with redis.pipeline(transaction=False) as pipe:
            for c in checks:
                pipe.hmget(c.keys[0], "p", "o", "c", "x", "n")
                pipe.get(c.keys[1])
            return list(await pipe.execute())

    everyone = list(range(len(checks)))
    address_groups = by_slot(everyone, lambda i: checks[i].keys[2])
    read_back, *counted = await asyncio.gather(read(), *(
        _evalsha(redis, _COUNT_LUA, _COUNT_SHA, [checks[i].keys[2] for i in same], [limits.window_ms, limits.per_ip])
        for same in address_groups))
    waits: dict[int, int] = {}
    for same, result in zip(address_groups, counted, strict=True):
        waits.update({i: int(w) for i, w in zip(same, result, strict=True)})
    going: list[tuple[int, list[Any]]] = []
    for i, c in enumerate(checks):
        code, prev = read_back[2 * i], read_back[2 * i + 1]
        if c.has_idem and prev is not None:
            out[i] = [1, prev]
        elif code[0] is None:
            out[i] = [4]
        elif code[0] == "-" or 0 < int(code[3]) <= limits.now_ms:
            out[i] = [5]
        else:
            going.append((i, code))
    calls = []
    stopped = [i for i in everyone if out[i] is not None]
    refunds = [_evalsha(redis, _REFUND_LUA, _REFUND_SHA, [checks[i].keys[2] for i in same], [])
               for same in by_slot(stopped, lambda i: checks[i].keys[2])]
    groups = by_slot(going, lambda g: checks[g[0]].keys[3])
    for group in groups:
        keys: list[str] = []
        args: list[Any] = [limits.window_ms, limits.per_rater, limits.per_day, limits.pending_ttl_s]
        for i, code in group:
            c = checks[i]
            keys += [c.keys[1], c.keys[3], dedup_key(c.day, code[0], c.rater)]
            args += ["1" if c.has_idem else "0", waits[i], c.dedup_ttl_s, code[0], code[1], code[2], code[4]]
        calls.append(_evalsha(redis, _RATER_LUA, _RATER_SHA, keys, args))
    results = await asyncio.gather(*calls, *refunds)
    for group, result in zip(groups, results[: len(groups)], strict=True):
        for (i, _), item in zip(group, result, strict=True):
            out[i] = list(item)
    return [item if item is not None else [4] for item in out]


@dataclass
class _Waiting:
    check: Check
    limits: Limits
    future: asyncio.Future[list[Any]] = field(default_factory=lambda: asyncio.get_running_loop().create_future())


class Gate(GroupBatcher[_Waiting]):
    """Batches concurrent checks: at most one EVALSHA in flight, the next batch collects meanwhile."""

    def __init__(self, redis_of: Any) -> None:
        super().__init__()
        self._redis_of = redis_of

    async def check(self, limits: Limits, check: Check) -> list[Any]:
        result: list[Any] = await self._submit(_Waiting(check, limits))
        return result

    async def _flush(self, batch: list[_Waiting]) -> None:
        try:
            results = await run(self._redis_of(), batch[-1].limits, [w.check for w in batch])
        except BaseException as exc:
            self._fail(batch, exc)
            return
        for w, result in zip(batch, results, strict=True):
            if not w.future.done():
                w.future.set_result(result)
