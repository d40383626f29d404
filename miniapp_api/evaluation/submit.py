"""The rating submit hot path.

validate → the gate: one Lua round trip (code facts, idempotent reply, rate limits, per-day dedup) →
moderation → one INSERT (a transaction with the ticket for a 1–2 score) → one pipelined round trip (live
counter, idempotent reply) → 201. Concurrent submits share the Lua call and the INSERT (gate.py, writer.py).
A Redis outage degrades to database lookups and the database's unique constraint.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
from datetime import date, datetime, timedelta
from typing import Any

from redis.exceptions import RedisError
from tortoise.exceptions import IntegrityError

from miniapp_api.evaluation import codecache, comments, gate, moderation, options, signing
from miniapp_api.evaluation.codecache import CodeFacts
from miniapp_api.evaluation.errors import (
    CodeNotFound,
    DuplicateRating,
    IdempotencyKeyReused,
    InvalidTags,
    RatingRateLimited,
    RequestInProgress,
    UnknownOptionVersion,
)
from miniapp_api.evaluation.models import CommentStatus, Rating
from miniapp_api.evaluation.ratings import RL_PREFIX, Env, Rater
from miniapp_api.evaluation.schemas import RatingIn
from miniapp_api.evaluation.service import resolve_code
from miniapp_api.evaluation.writer import Pending
from miniapp_api.orgs.schemas import mask_phone
from miniapp_api.rectification import service as tickets
from server.core.clock import LocalZone
from server.core.redis import tag

log = logging.getLogger("dangjian.evaluation")
CODE_CACHE_TTL_S = 300
_PENDING = "pending"
_FP = "_fp"  # the request fingerprint stored with an idempotent reply, never sent


def local_day_bounds(now: datetime, zone: LocalZone) -> tuple[date, int]:
    """The local date and the seconds until one hour after its end (the dedup key's lifetime)."""
    day = zone.date(now)
    return day, int((zone.start_of_day(day + timedelta(days=1)) - now).total_seconds()) + 3600


def _idem_key(rater: Rater, idem: str | None) -> str:
    """Tagged by the rater: on a Redis Cluster it shares a slot with the rater's limit and per-day counter."""
    return f"evaluation:idem:{tag(rater.hash)}:{idem or '-'}"


async def _run(env: Env, rid: str, rater: Rater, day: date, ttl: int, idem: str | None) -> list[Any]:
    """The gate's verdict for this submit (batched with concurrent ones when the app has a Gate)."""
    ev = env.settings.evaluation
    limits = gate.Limits(60_000, ev.rate_limit_per_minute_ip, ev.rate_limit_per_minute_rater,
                         ev.ratings_per_rater_per_day, 60, int(env.now.timestamp() * 1000))
    check = gate.Check((codecache.key(rid), _idem_key(rater, idem), f"{RL_PREFIX}:ip:{env.ip}", f"{RL_PREFIX}:r:{tag(rater.hash)}"),
                       idem is not None, day.isoformat(), rater.hash, ttl)
    if env.gate is not None:
        return await env.gate.check(limits, check)
    return (await gate.run(env.redis, limits, [check]))[0]


async def _facts_from_db(env: Env, token: str, rid: str) -> CodeFacts:
    """Fill the cache from the database (the truth); unknown codes are cached briefly as gone."""
    try:
        code = await resolve_code(env.secret, token, env.now)
    except CodeNotFound:
        await codecache.store(env.redis, rid, None, CODE_CACHE_TTL_S)
        raise
    facts = CodeFacts(code.id, code.point_id, code.point.org_id, code.point.name, code.expires_at)
    await codecache.store(env.redis, rid, facts, CODE_CACHE_TTL_S)
    return facts


async def _gate(env: Env, token: str, rid: str, rater: Rater, day: date, ttl: int,
                idem: str | None) -> tuple[CodeFacts, int] | dict[str, Any]:
    """Code facts and the day's sequence number, or the stored reply of an idempotent retry."""
    limit = env.settings.evaluation.ratings_per_rater_per_day
    try:
        out = await _run(env, rid, rater, day, ttl, idem)
        if int(out[0]) == 4:
            await _facts_from_db(env, token, rid)
            out = await _run(env, rid, rater, day, ttl, idem)
    except RedisError:
        log.warning("redis unavailable on rating submit; using the database only")
        facts = await _fallback_facts(env, token)
        seq = await Rating.filter(point_id=facts.point_id, rater_hash=rater.hash, day=day).count() + 1
        if seq > limit:
            raise DuplicateRating() from None
        return facts, seq
    kind = int(out[0])
    if kind == 1:
        return await _await_reply(env, rater, idem) if out[1] == _PENDING else dict(json.loads(out[1]))
    if kind in (4, 5):
        raise CodeNotFound()
    if kind == 2:
        raise RatingRateLimited((int(out[1]) + 999) // 1000)
    if kind == 3:
        raise DuplicateRating(details={"limit_per_day": limit})
    return CodeFacts(int(out[4]), int(out[2]), int(out[3]), str(out[5]), None), int(out[1])


async def _fallback_facts(env: Env, token: str) -> CodeFacts:
    code = await resolve_code(env.secret, token, env.now)
    return CodeFacts(code.id, code.point_id, code.point.org_id, code.point.name, code.expires_at)


async def _await_reply(env: Env, rater: Rater, idem: str | None) -> dict[str, Any]:
    """A concurrent twin is still writing: wait briefly for its reply instead of answering twice."""
    for _ in range(20):
        await asyncio.sleep(0.1)
        stored = await env.redis.get(_idem_key(rater, idem))
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


async def submit(env: Env, token: str, data: RatingIn, rater: Rater, idem: str | None) -> tuple[dict[str, Any], bool]:
    """Record one rating; returns (reply, replayed). The reply of a retried Idempotency-Key is the first one."""
    opts = options.get(data.option_version)
    if opts is None:
        raise UnknownOptionVersion(details={"current": options.current().version})
    if bad := opts.invalid_tags(data.score, data.tags):
        raise InvalidTags(details={"invalid": bad, "score": data.score})
    rid = signing.verify_token(env.secret, token)
    if rid is None:
        raise CodeNotFound()  # forged: refused before any lookup
    day, ttl = local_day_bounds(env.now, env.settings.zone)
    gate = await _gate(env, token, rid, rater, day, ttl, idem)
    fingerprint = _fingerprint(token, data) if idem else ""  # only a keyed submit can be replayed
    if isinstance(gate, dict):
        if gate.pop(_FP, fingerprint) != fingerprint:
            raise IdempotencyKeyReused()
        return gate, True
    facts, seq = gate
    try:
        flagged = await moderation.is_risky(data.comment, env.wechat)
        status = await comments.status_for(facts.org_id, data.comment, flagged, env.policies)
        reply = dict(await _group_commit(env, facts, data, rater, day, seq, (status, flagged), opts.version, idem,
                                         fingerprint))
        reply.pop(_FP, None)
        return reply, False
    except IntegrityError:
        raise DuplicateRating() from None  # the database's unique constraint caught what Redis had forgotten
    except BaseException:
        await _undo(env, facts.point_id, rater, day, idem)
        raise


def _reply(rating_id: int, data: RatingIn, status: CommentStatus, version: int, ticket_id: int | None,
           now: datetime) -> dict[str, Any]:
    return {"id": rating_id, "score": data.score, "option_version": version, "comment_status": status.value,
            "is_named": data.contact is not None, "ticket_id": ticket_id, "created_at": now.isoformat()}


def _fingerprint(token: str, data: RatingIn) -> str:
    """What makes a retry a retry: the same code and the same rating (kept with the stored reply)."""
    return hashlib.sha256(f"{token}\n{data.model_dump_json()}".encode()).hexdigest()[:24]


async def _group_commit(env: Env, facts: CodeFacts, data: RatingIn, rater: Rater, day: date, seq: int,
                        comment: tuple[CommentStatus, bool], version: int, idem: str | None,
                        fingerprint: str) -> dict[str, Any]:
    """Through the writer: one shared INSERT (and, for 差评, one shared ticket transaction) per batch."""
    ev = env.settings.evaluation
    status, flagged = comment
    row = {"point_id": facts.point_id, "org_id": facts.org_id, "code_id": facts.code_id, "score": data.score,
           "tags": data.tags, "option_version": version, "comment": data.comment, "comment_status": status,
           "comment_flagged": flagged, "contact_phone": data.contact, "rater_hash": rater.hash,
           "rater_kind": rater.kind_for(facts.org_id), "day": day, "seq": seq,
           "is_excluded": False, "excluded_reason": "", "created_at": env.now}
    draft = deadlines = None
    if data.score in options.BAD_SCORES:
        draft = tickets.TicketDraft(0, facts.org_id, f"{facts.point_name}：{options.level_label(data.score)}",
                                    _summary(data.score, data.tags, data.comment), data.contact is not None,
                                    mask_phone(data.contact) if data.contact else "")
        deadlines = tickets.Deadlines(ev.callback_working_days, ev.rectify_working_days, env.settings.zone)
    return await env.writer.write(Pending(
        row=row, reply_key=_idem_key(rater, idem) if idem else None, reply_ttl_s=ev.idempotency_ttl_s,
        make_reply=lambda rating_id, ticket_id: {**_reply(rating_id, data, status, version, ticket_id, env.now),
                                                 _FP: fingerprint},
        ticket=draft, deadlines=deadlines,
    ))


async def _undo(env: Env, point_id: int, rater: Rater, day: date, idem: str | None) -> None:
    try:
        async with env.redis.pipeline(transaction=False) as pipe:
            pipe.decr(gate.dedup_key(day.isoformat(), point_id, rater.hash))
            if idem:
                pipe.delete(_idem_key(rater, idem))
            await pipe.execute()
    except RedisError:
        log.warning("could not undo the dedup counter after a failed submit")
