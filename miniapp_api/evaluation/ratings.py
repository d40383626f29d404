"""The public rating side: raters, code info, the rater's follow-up, and the rating source of 差评 tickets.

The submit hot path itself is in submit.py.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from redis.asyncio import Redis

from miniapp_api.evaluation import comments, counters, moderation, options, signing
from miniapp_api.evaluation.errors import BadIdempotencyKey, RatingNotFound, RatingRateLimited
from miniapp_api.evaluation.gate import Gate
from miniapp_api.evaluation.models import CATEGORY_LABELS, CommentStatus, RaterKind, Rating
from miniapp_api.evaluation.schemas import FollowupIn
from miniapp_api.evaluation.service import resolve_code
from miniapp_api.evaluation.writer import RatingWriter
from miniapp_api.rectification import service as tickets
from server.core.auth import Principal, Role
from server.core.redis import RateLimiter
from server.core.settings import Settings
from server.core.wechat import WeChatClient

log = logging.getLogger("dangjian.evaluation")
RL_PREFIX = "evaluation:rl"


@dataclass(frozen=True)
class Rater:
    kind: RaterKind
    hash: str
    observer_orgs: frozenset[int] = frozenset()  # orgs the rater observes as a 党建观察员 (rated as "observer")

    def kind_for(self, org_id: int) -> RaterKind:
        return RaterKind.OBSERVER if org_id in self.observer_orgs else self.kind


class ObserverLookup(Protocol):
    """Which orgs a signed-in user observes as a 党建观察员 (installed by the supervision domain).

    Called on the rating submit: it must answer from memory (a cache refreshed now and then), not per request
    from the database."""

    async def orgs_of(self, user_id: int) -> frozenset[int]: ...


@dataclass(frozen=True)
class Env:
    """What the public endpoints need; built per request by the routes."""

    settings: Settings
    redis: Redis
    wechat: WeChatClient | None
    now: datetime
    ip: str
    writer: RatingWriter
    gate: Gate | None = None
    policies: comments.PolicyCache | None = None

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


def check_idempotency_key(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if len(value) > 128 or not value.isascii() or not value.isprintable():
        raise BadIdempotencyKey()
    return hashlib.sha256(value.encode()).hexdigest()[:24]


async def _limit(env: Env, keys: list[tuple[str, int]]) -> None:
    """Count one hit per key in its one-minute window (keys `evaluation:rl:60:<key>`); 429 when any is over."""
    wait = await RateLimiter(env.redis, RL_PREFIX).wait_ms(keys)
    if wait > 0:
        raise RatingRateLimited((wait + 999) // 1000)


async def public_info(env: Env, token: str, rater: Rater | None) -> dict[str, Any]:
    """What the rating page shows: point, org, levels and tags, recent published comments, open follow-ups."""
    await _limit(env, [(f"info:{env.ip}", env.settings.evaluation.info_rate_limit_per_minute_ip)])
    code = await resolve_code(env.secret, token, env.now)
    point = code.point
    recent = await Rating.filter(point_id=point.id, comment_status=CommentStatus.PUBLISHED, is_excluded=False).order_by(
        "-id").limit(5).values("score", "tags", "comment", "day")
    followups = await _open_followups(point.id, rater) if rater else []
    names = await comments.staff_names(point.org_id) if recent or followups else []

    def public(text: str) -> str:
        return comments.mask_names(moderation.mask_contacts(text), names)

    for f in followups:
        f["resolution"] = public(f["resolution"])
    rated = await _rated_today(env, point.id, rater) if rater else 0
    return {
        "point": {"name": point.name, "category": CATEGORY_LABELS[point.category], "description": point.description},
        "org": {"name": point.org.name},
        **options.current().public(),
        "recent_comments": [{"score": r["score"], "tags": r["tags"], "comment": public(r["comment"]),
                             "day": r["day"].isoformat()} for r in recent],
        "followups": followups,
        "rated_today": rated > 0,
        "can_rate": rated < env.settings.evaluation.ratings_per_rater_per_day,
    }


async def _rated_today(env: Env, point_id: int, rater: Rater) -> int:
    """How many times the rater has rated the point on the local today (the database is the truth)."""
    day = env.settings.zone.date(env.now)
    return await Rating.filter(point_id=point_id, rater_hash=rater.hash, day=day).count()


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
    await _limit(env, [(f"fu:ip:{env.ip}", ev.rate_limit_per_minute_ip), (f"fu:r:{rater.hash}", ev.rate_limit_per_minute_rater)])
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
