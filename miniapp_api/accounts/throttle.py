"""Console login throttling that a stranger cannot turn against the real user.

Attempts are counted per (address, username) and per address, never per username alone: someone guessing
a password from one address is slowed down, while the account's owner signing in from anywhere else is not.
Each breach blocks that scope for a back-off that doubles with every breach of the day (1 min, 2, 4, … 1 h).
A successful sign-in clears its (address, username) count. One Redis round trip per attempt.
"""

from __future__ import annotations

import hashlib

from redis.asyncio import Redis

from miniapp_api.accounts.errors import LoginRateLimited
from server.core.redis import tag

WINDOW_S = 60
BLOCK_BASE_S = 60
BLOCK_MAX_S = 3600
STRIKES_TTL_S = 86400
IP_FACTOR = 3  # an address may try this many times the per-pair limit (an office behind one NAT)

# KEYS: pair count, address count, pair block, address block, pair strikes, address strikes.
# ARGV: window ms, pair limit, address limit, base block ms, max block ms, strikes ttl ms.
# Returns the milliseconds to wait (0: go ahead). A blocked scope counts no attempts: the block only ends.
_LUA = """
local wait = math.max(redis.call('PTTL', KEYS[3]), redis.call('PTTL', KEYS[4]), 0)
if wait > 0 then return wait end
local window = tonumber(ARGV[1])
for i = 1, 2 do
  local n = redis.call('INCR', KEYS[i])
  if n == 1 then redis.call('PEXPIRE', KEYS[i], window) end
  if n > tonumber(ARGV[i + 1]) then
    local strikes = redis.call('INCR', KEYS[i + 4])
    redis.call('PEXPIRE', KEYS[i + 4], tonumber(ARGV[6]))
    local block = math.min(tonumber(ARGV[4]) * 2 ^ (strikes - 1), tonumber(ARGV[5]))
    redis.call('SET', KEYS[i + 2], '1', 'PX', math.floor(block))
    redis.call('DEL', KEYS[i])
    if block > wait then wait = block end
  end
end
return wait
"""


def _keys(ip: str, username: str) -> list[str]:
    """All six keys carry the address as hash tag, so on a Redis Cluster they share a slot (one script call)."""
    user = hashlib.sha256(username.strip().lower().encode()).hexdigest()[:16]
    pair, addr = f"{tag(ip)}:{user}", tag(ip)
    return [f"accounts:login:n:pair:{pair}", f"accounts:login:n:ip:{addr}", f"accounts:login:block:pair:{pair}",
            f"accounts:login:block:ip:{addr}",
            f"accounts:login:strikes:pair:{pair}", f"accounts:login:strikes:ip:{addr}"]


class LoginThrottle:
    def __init__(self, redis: Redis, per_minute: int) -> None:
        self._redis = redis
        self._per_minute = per_minute
        self._script = redis.register_script(_LUA)

    async def check(self, ip: str, username: str) -> None:
        """Count one attempt; raise LoginRateLimited (429, Retry-After) while this address or pair is blocked."""
        args = [WINDOW_S * 1000, self._per_minute, self._per_minute * IP_FACTOR, BLOCK_BASE_S * 1000,
                BLOCK_MAX_S * 1000, STRIKES_TTL_S * 1000]
        wait = int(await self._script(keys=_keys(ip, username), args=args))
        if wait > 0:
            raise LoginRateLimited((wait + 999) // 1000)

    async def succeeded(self, ip: str, username: str) -> None:
        """The right password from this address: its count and back-off for this username start over."""
        keys = _keys(ip, username)
        await self._redis.delete(keys[0], keys[4])
