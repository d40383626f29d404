"""Group commit for ratings: concurrent submits share one multi-row INSERT and one Redis pipeline.

Each request still waits until its own row is committed before it answers 201, so nothing acknowledged
can be lost; under load, the rows that arrive while one INSERT is in flight go together in the next one
(see docs/adr/0010-rating-group-commit.md). A failing batch is retried row by row, so one duplicate
only fails its own request.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import Enum
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import NoScriptError, RedisError
from tortoise.exceptions import IntegrityError
from tortoise.fields.data import JSON_DUMPS

from miniapp_api.evaluation import counters
from miniapp_api.evaluation.batching import GroupBatcher
from miniapp_api.evaluation.models import Rating
from miniapp_api.rectification import service as tickets
from server.core.database import in_transaction
from server.core.redis import is_cluster

log = logging.getLogger("dangjian.evaluation")
COLUMNS = ("point_id", "org_id", "code_id", "score", "tags", "option_version", "comment", "comment_status",
           "comment_flagged", "contact_phone", "rater_hash", "rater_kind", "day", "seq", "is_excluded",
           "excluded_reason", "created_at")
# KEYS: the counter hash of each rating's point, then the reply key of each rating that has one (in order).
# ARGV: the number of ratings; then three per rating: score, reply (or "" for none), ttl s.
# (On a Redis Cluster those keys span slots: `_after` sends the same commands as a pipeline instead.)
_AFTER_LUA = """
local n = tonumber(ARGV[1])
local r = n
for i = 1, n do
  local a = 1 + (i - 1) * 3
  redis.call('HINCRBY', KEYS[i], ARGV[a + 1], 1)
  if ARGV[a + 2] ~= '' then
    r = r + 1
    redis.call('SET', KEYS[r], ARGV[a + 2], 'EX', ARGV[a + 3])
  end
end
return n
"""
_AFTER_SHA = hashlib.sha1(_AFTER_LUA.encode()).hexdigest()  # noqa: S324 - Redis names scripts by their SHA-1


@dataclass
class Pending:
    row: dict[str, Any]
    reply_key: str | None  # where the idempotent reply goes once the id is known
    reply_ttl_s: int
    make_reply: Callable[[int, int | None], dict[str, Any]]  # (rating id, ticket id) → reply
    ticket: tickets.TicketDraft | None = None  # a 差评: its ticket opens in the same transaction
    deadlines: tickets.Deadlines | None = None
    future: asyncio.Future[dict[str, Any]] = field(default_factory=lambda: asyncio.get_running_loop().create_future())


class RatingWriter(GroupBatcher[Pending]):
    """One per app; at most one INSERT in flight, the next batch collects meanwhile."""

    def __init__(self, redis_of: Callable[[], Redis], dumps: Callable[[Any], str]) -> None:
        super().__init__()
        self._redis_of = redis_of
        self._dumps = dumps
        self.batches = 0
        self.rows = 0

    async def write(self, item: Pending) -> dict[str, Any]:
        """Queue one rating; returns its reply once its row is committed (and the counters moved)."""
        reply: dict[str, Any] = await self._submit(item)
        return reply

    async def _flush(self, batch: list[Pending]) -> None:
        done: list[tuple[Pending, dict[str, Any]]] = []
        try:
            ids = await _write(batch)
        except IntegrityError:
            ids = await self._one_by_one(batch)
        except BaseException as exc:
            self._fail(batch, exc)
            return
        done = [(item, item.make_reply(*pair)) for item, pair in zip(batch, ids, strict=True) if pair is not None]
        self.batches += 1
        self.rows += len(done)
        await self._after(done)
        for item, reply in done:
            if not item.future.done():
                item.future.set_result(reply)

    async def _one_by_one(self, batch: list[Pending]) -> list[tuple[int, int | None] | None]:
        """Isolate the row that broke the batch (e.g. a duplicate); the others still go in."""
        ids: list[tuple[int, int | None] | None] = []
        for item in batch:
            try:
                ids.append((await _write([item]))[0])
            except Exception as exc:  # the request sees its own error (IntegrityError → 409)
                item.future.set_exception(exc)
                ids.append(None)
        return ids

    async def _after(self, done: list[tuple[Pending, dict[str, Any]]]) -> None:
        """Live counters and idempotent replies for the whole batch in one command."""
        if not done:
            return
        keys: list[str] = [counters.key(item.row["point_id"]) for item, _ in done]
        args: list[Any] = [len(done)]
        for item, reply in done:
            args += [item.row["score"], self._dumps(reply) if item.reply_key else "", item.reply_ttl_s]
        keys += [item.reply_key for item, _ in done if item.reply_key]
        try:
            redis = self._redis_of()
            if is_cluster(redis):
                async with redis.pipeline(transaction=False) as pipe:
                    for item, reply in done:
                        pipe.hincrby(counters.key(item.row["point_id"]), str(item.row["score"]), 1)
                        if item.reply_key:
                            pipe.set(item.reply_key, self._dumps(reply), ex=item.reply_ttl_s)
                    await pipe.execute()
                return
            try:
                await redis.evalsha(_AFTER_SHA, len(keys), *keys, *args)
            except NoScriptError:
                await redis.script_load(_AFTER_LUA)
                await redis.evalsha(_AFTER_SHA, len(keys), *keys, *args)
        except RedisError:
            log.warning("post-commit redis update failed; counters heal at the next rebuild")


def _db(value: Any) -> Any:
    """The database form of a rating value, as the ORM's field converters produce it (cheaper on the hot path):
    enums as their value, lists as JSON, datetimes in UTC (SQLite compares their text form)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return JSON_DUMPS(value)
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    return value


async def _insert(batch: list[Pending]) -> list[int]:
    """One multi-row INSERT … RETURNING; ids are matched back by the unique (point, rater, day, seq)."""
    meta = Rating._meta
    conn = meta.db
    postgres = conn.capabilities.dialect == "postgres"
    values: list[Any] = []
    groups = []
    for item in batch:
        start = len(values)
        values += [_db(item.row[c]) for c in COLUMNS]
        marks = (f"${start + i + 1}" if postgres else "?" for i in range(len(COLUMNS)))
        groups.append("(" + ",".join(marks) + ")")
    cols = ",".join(f'"{c}"' for c in COLUMNS)
    sql = (f'INSERT INTO "{meta.db_table}" ({cols}) VALUES {",".join(groups)} '
           'RETURNING "id","point_id","rater_hash","day","seq"')
    rows = await conn.execute_query_dict(sql, values)
    by_key = {(r["point_id"], r["rater_hash"], str(r["day"]), r["seq"]): int(r["id"]) for r in rows}
    return [by_key[(i.row["point_id"], i.row["rater_hash"], str(i.row["day"]), i.row["seq"])] for i in batch]


async def _write(batch: list[Pending]) -> list[tuple[int, int | None] | None]:
    """A batch of good ratings is one INSERT; with 差评 in it, one transaction adds their tickets too."""
    if all(item.ticket is None for item in batch):
        return [(rid, None) for rid in await _insert(batch)]
    deadlines = next(item.deadlines for item in batch if item.deadlines is not None)
    async with in_transaction():
        ids = await _insert(batch)
        drafts = [replace(item.ticket, source_id=rid) for item, rid in zip(batch, ids, strict=True) if item.ticket]
        opened = await tickets.open_tickets("rating", drafts, batch[0].row["created_at"], deadlines)
    return [(rid, opened.get(rid)) for rid in ids]
