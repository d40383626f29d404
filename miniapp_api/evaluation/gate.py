"""The submit gate: one Lua script checks code facts, idempotent replies, rate limits and the per-day limit.

Concurrent submits share one EVALSHA (the script loops over them), so a burst costs one Redis round trip.
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
  local dedup = 'evaluation:dd:' .. day .. ':' .. code[1] .. ':' .. rater
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


def dedup_key(day: str, point_id: int, rater: str) -> str:
    """The per-day counter of one rater at one point (the script above builds the same name)."""
    return f"evaluation:dd:{day}:{point_id}:{rater}"


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
