"""The public rating side: code info, the submit hot path, the rater's follow-up, and the ticket source.

Submit: validate → one Lua round trip (idempotency, rate limits, per-day dedup) → moderation →
one transaction (rating [+ 差评 ticket]) → one pipelined round trip (counter, idempotent reply) → 201.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from redis.asyncio import Redis
from redis.exceptions import RedisError
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from miniapp_api.evaluation import counters, moderation, options, signing
from miniapp_api.evaluation.models import CATEGORY_LABELS, CommentStatus, EvaluationCode, RaterKind, Rating
from miniapp_api.evaluation.schemas import FollowupIn, RatingIn
from miniapp_api.evaluation.service import RatingNotFound, resolve_code
from miniapp_api.orgs.schemas import mask_phone
from miniapp_api.rectification import service as tickets
from server.core.auth import Principal, Role
from server.core.errors import BadRequest, Conflict, RateLimited, ValidationFailed
from server.core.http import dumps
from server.core.redis import RateLimiter
from server.core.settings import Settings
from server.core.wechat import WeChatClient

log = logging.getLogger("dangjian.evaluation")

# KEYS: idempotency, dedup counter, ip limit, rater limit.
# ARGV: window_ms, ip limit, rater limit, per-day limit, dedup ttl s, pending ttl s, has idempotency key.
# Returns {0, seq} accepted | {1, stored reply} replay | {2, wait ms} rate limited | {3, seq} duplicate.
_PRECHECK_LUA = """
if ARGV[7] == '1' then
  local prev = redis.call('GET', KEYS[1])
  if prev then return {1, prev} end
end
local wait = 0
for i = 3, 4 do
  local n = redis.call('INCR', KEYS[i])
  if n == 1 then redis.call('PEXPIRE', KEYS[i], ARGV[1]) end
  if n > tonumber(ARGV[i - 1]) then
    local ttl = redis.call('PTTL', KEYS[i])
    if ttl < 0 then redis.call('PEXPIRE', KEYS[i], ARGV[1]); ttl = tonumber(ARGV[1]) end
    if ttl > wait then wait = ttl end
  end
end
if wait > 0 then return {2, tostring(wait)} end
local seq = redis.call('INCR', KEYS[2])
if seq == 1 then redis.call('EXPIRE', KEYS[2], ARGV[5]) end
if seq > tonumber(ARGV[4]) then
  redis.call('DECR', KEYS[2])
  return {3, tostring(seq)}
end
if ARGV[7] == '1' then redis.call('SET', KEYS[1], 'pending', 'EX', ARGV[6]) end
return {0, tostring(seq)}
"""
_PENDING = "pending"


class DuplicateRating(Conflict):
    code = "evaluation.duplicate_rating"
    message = "今天已评价过该服务，感谢参与"


class InvalidTags(ValidationFailed):
    code = "evaluation.invalid_tags"
    message = "所选标签与评价等级不符"


class UnknownOptionVersion(ValidationFailed):
    code = "evaluation.unknown_option_version"
    message = "评价选项已更新，请刷新页面后重试"


class RequestInProgress(Conflict):
    code = "evaluation.request_in_progress"
    message = "正在提交，请稍候"


@dataclass(frozen=True)
class Rater:
    kind: RaterKind
    hash: str


@dataclass(frozen=True)
class Env:
    """What the public endpoints need; built per request by the routes."""

    settings: Settings
    redis: Redis
    wechat: WeChatClient | None
    now: datetime
    ip: str

    @property
    def secret(self) -> str:
        return self.settings.secret_key.get_secret_value()


def rater_for(secret: str, principal: Principal | None, device_id: str | None) -> Rater | None:
    """A bearer user (member or WeChat citizen) wins over the anonymous device cookie."""
    if principal is not None:
        kind = {Role.MEMBER: RaterKind.MEMBER, Role.CITIZEN: RaterKind.CITIZEN}.get(principal.role, RaterKind.STAFF)
        return Rater(kind, signing.rater_hash(secret, principal.rater_identity))
    if device_id:
        return Rater(RaterKind.ANONYMOUS, signing.rater_hash(secret, f"device:{device_id}"))
    return None


def local_day_bounds(now: datetime, tz: str) -> tuple[Any, int]:
    """The local date and the seconds until one hour after its end (the dedup key's lifetime)."""
    local = now.astimezone(ZoneInfo(tz))
    end = datetime.combine(local.date() + timedelta(days=1), time.min, tzinfo=local.tzinfo)
    return local.date(), int((end - local).total_seconds()) + 3600


async def _precheck(env: Env, point_id: int, rater: Rater, day: Any, ttl: int, idem: str | None) -> tuple[int, str]:
    ev = env.settings.evaluation
    keys = [
        f"eval:idem:{rater.hash}:{idem or '-'}",
        f"eval:dd:{day.isoformat()}:{point_id}:{rater.hash}",
        f"eval:rl:ip:{env.ip}",
        f"eval:rl:r:{rater.hash}",
    ]
    args = [60_000, ev.rate_limit_per_minute_ip, ev.rate_limit_per_minute_rater, ev.ratings_per_rater_per_day, ttl,
            60, "1" if idem else "0"]
    kind, value = await env.redis.eval(_PRECHECK_LUA, 4, *keys, *args)
    return int(kind), str(value)


async def _await_reply(env: Env, rater: Rater, idem: str) -> dict[str, Any]:
    """A concurrent twin is still writing: wait briefly for its reply instead of answering twice."""
    for _ in range(20):
        await asyncio.sleep(0.1)
        stored = await env.redis.get(f"eval:idem:{rater.hash}:{idem}")
        if stored and stored != _PENDING:
            return dict(json.loads(stored))
    raise RequestInProgress()


def _summary(score: int, tags: list[str], comment: str) -> str:
    parts = [f"评分：{options.level_label(score)}（{score}）"]
    if tags:
        parts.append("标签：" + "、".join(tags))
    if comment:
        parts.append("留言：" + moderation.mask_contacts(comment))
    return "；".join(parts)


async def _store(env: Env, code: EvaluationCode, data: RatingIn, rater: Rater, day: Any, seq: int,
                 comment_status: CommentStatus, version: int) -> tuple[Rating, int | None]:
    point = code.point
    ev = env.settings.evaluation
    try:
        async with in_transaction():
            rating = await Rating.create(
                point_id=point.id, org_id=point.org_id, code_id=code.id, score=data.score, tags=data.tags,
                option_version=version, comment=data.comment, comment_status=comment_status,
                contact_phone=data.contact, rater_hash=rater.hash, rater_kind=rater.kind, day=day, seq=seq,
                created_at=env.now,
            )
            if data.score not in options.BAD_SCORES:
                return rating, None
            ticket = await tickets.open_ticket(
                source_type="rating", source_id=rating.id, org_id=point.org_id,
                title=f"{point.name}：{options.level_label(data.score)}", summary=_summary(data.score, data.tags,
                                                                                          data.comment),
                is_named=data.contact is not None, contact_masked=mask_phone(data.contact) if data.contact else "",
                now=env.now, deadlines=tickets.Deadlines(ev.callback_working_days, ev.rectify_working_days,
                                                         env.settings.timezone),
            )
            return rating, ticket.id
    except IntegrityError:
        raise DuplicateRating() from None


async def _seq_without_redis(point_id: int, rater: Rater, day: Any, limit: int) -> int:
    """Degraded path when Redis is unreachable: the database constraint still enforces the daily limit."""
    seq = await Rating.filter(point_id=point_id, rater_hash=rater.hash, day=day).count() + 1
    if seq > limit:
        raise DuplicateRating()
    return seq


def check_idempotency_key(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if len(value) > 128 or not value.isascii() or not value.isprintable():
        raise BadRequest("Idempotency-Key 格式不正确", code="evaluation.bad_idempotency_key")
    return hashlib.sha256(value.encode()).hexdigest()[:24]


async def submit(env: Env, token: str, data: RatingIn, rater: Rater, idem: str | None) -> tuple[dict[str, Any], bool]:
    """Record one rating; returns (reply, replayed). The reply of a retried Idempotency-Key is the first one."""
    opts = options.get(data.option_version)
    if opts is None:
        raise UnknownOptionVersion(details={"current": options.current().version})
    if bad := opts.invalid_tags(data.score, data.tags):
        raise InvalidTags(details={"invalid": bad, "score": data.score})
    code = await resolve_code(env.secret, token, env.now)
    day, ttl = local_day_bounds(env.now, env.settings.timezone)
    limit = env.settings.evaluation.ratings_per_rater_per_day
    try:
        kind, value = await _precheck(env, code.point_id, rater, day, ttl, idem)
    except RedisError:
        log.warning("redis unavailable on rating submit; using the database constraint only")
        kind, value = 0, str(await _seq_without_redis(code.point_id, rater, day, limit))
        idem = None
    if kind == 1:
        return (await _await_reply(env, rater, idem) if value == _PENDING else dict(json.loads(value))), True  # type: ignore[arg-type]
    if kind == 2:
        raise RateLimited((int(value) + 999) // 1000, code="evaluation.rate_limited")
    if kind == 3:
        raise DuplicateRating(details={"limit_per_day": limit})
    try:
        risky = await moderation.is_risky(data.comment, env.wechat)
        status = CommentStatus.NONE if not data.comment else (CommentStatus.HELD if risky else CommentStatus.PUBLISHED)
        rating, ticket_id = await _store(env, code, data, rater, day, int(value), status, opts.version)
    except DuplicateRating:
        raise
    except BaseException:
        await _undo(env, code.point_id, rater, day, idem)
        raise
    reply = {"id": rating.id, "score": rating.score, "option_version": rating.option_version,
             "comment_status": rating.comment_status.value, "is_named": data.contact is not None,
             "ticket_id": ticket_id, "created_at": rating.created_at.isoformat()}
    await _after(env, code.point_id, data.score, rater, idem, reply)
    return reply, False


async def _undo(env: Env, point_id: int, rater: Rater, day: Any, idem: str | None) -> None:
    try:
        async with env.redis.pipeline(transaction=False) as pipe:
            pipe.decr(f"eval:dd:{day.isoformat()}:{point_id}:{rater.hash}")
            if idem:
                pipe.delete(f"eval:idem:{rater.hash}:{idem}")
            await pipe.execute()
    except RedisError:
        log.warning("could not undo the dedup counter after a failed submit")


async def _after(env: Env, point_id: int, score: int, rater: Rater, idem: str | None, reply: dict[str, Any]) -> None:
    """Counter + idempotent reply in one round trip; the rating is already safe in the database."""
    try:
        async with env.redis.pipeline(transaction=False) as pipe:
            pipe.hincrby(counters.key(point_id), str(score), 1)
            if idem:
                pipe.set(f"eval:idem:{rater.hash}:{idem}", dumps(reply), ex=env.settings.evaluation.idempotency_ttl_s)
            await pipe.execute()
    except RedisError:
        log.warning("post-commit redis update failed; counters heal at the next rebuild")


async def public_info(env: Env, token: str, rater: Rater | None) -> dict[str, Any]:
    """What the rating page shows: point, org, levels and tags, recent published comments, open follow-ups."""
    await RateLimiter(env.redis, "eval:rl").check(
        [(f"info:{env.ip}", env.settings.evaluation.info_rate_limit_per_minute_ip)], code="evaluation.rate_limited")
    code = await resolve_code(env.secret, token, env.now)
    point = code.point
    recent = await Rating.filter(point_id=point.id, comment_status=CommentStatus.PUBLISHED, is_excluded=False).order_by(
        "-id").limit(5).values("score", "tags", "comment", "day")
    return {
        "point": {"name": point.name, "category": CATEGORY_LABELS[point.category], "description": point.description},
        "org": {"name": point.org.name},
        **options.current().public(),
        "recent_comments": [{"score": r["score"], "tags": r["tags"], "comment": moderation.mask_contacts(r["comment"]),
                             "day": r["day"].isoformat()} for r in recent],
        "followups": await _open_followups(point.id, rater) if rater else [],
    }


async def _open_followups(point_id: int, rater: Rater) -> list[dict[str, Any]]:
    rows = await Rating.filter(point_id=point_id, rater_hash=rater.hash, score__in=list(options.BAD_SCORES)).order_by(
        "-id").limit(5)
    linked = await tickets.source_tickets("rating", [r.id for r in rows])
    out = []
    for r in rows:
        ticket = linked.get(r.id)
        if ticket is not None and tickets.followup_open(ticket):
            out.append({"rating_id": r.id, "day": r.day.isoformat(), "score": r.score,
                        "status_label": tickets.STATUS_LABELS[ticket.status], "resolution": ticket.resolution})
    return out


async def submit_followup(env: Env, token: str, data: FollowupIn, rater: Rater) -> dict[str, Any]:
    """The rater says whether the fix worked (满意/基本满意/不满意), through the same code."""
    ev = env.settings.evaluation
    await RateLimiter(env.redis, "eval:rl").check(
        [(f"fu:ip:{env.ip}", ev.rate_limit_per_minute_ip), (f"fu:r:{rater.hash}", ev.rate_limit_per_minute_rater)],
        code="evaluation.rate_limited")
    code = await resolve_code(env.secret, token, env.now)
    rating = await Rating.get_or_none(id=data.rating_id, point_id=code.point_id, rater_hash=rater.hash)
    if rating is None:
        raise RatingNotFound()
    ticket = await tickets.record_source_followup("rating", rating.id, data.result, env.now)
    return {"rating_id": rating.id, "result": data.result.value, "ticket_status": ticket.status.value}


class RatingTickets:
    """The rating side of 差评 tickets: the callback contact and the effect of an appeal decision."""

    def __init__(self, redis_of: Callable[[], Redis]) -> None:
        self._redis_of = redis_of

    async def contact(self, source_id: int) -> str | None:
        rating = await Rating.get_or_none(id=source_id).only("id", "contact_phone")
        return rating.contact_phone if rating else None

    async def on_appeal_decided(self, source_id: int, upheld: bool) -> None:
        if not upheld:
            return
        rating = await Rating.select_for_update().get_or_none(id=source_id)
        if rating is None or rating.is_excluded:
            return
        rating.is_excluded, rating.excluded_reason = True, "申诉成立，不计入统计"
        await rating.save(update_fields=["is_excluded", "excluded_reason"])
        await counters.adjust(self._redis_of(), rating.point_id, rating.score, -1)
