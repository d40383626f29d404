"""Service points and their codes (admin side): create, list, revoke, rotate, resolve; rating review."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from redis.asyncio import Redis
from tortoise.exceptions import IntegrityError
from tortoise.functions import Count
from tortoise.queryset import QuerySet

from miniapp_api.audit import service as audit
from miniapp_api.evaluation import codecache, counters, options, signing
from miniapp_api.evaluation.errors import (
    BadExpiry,
    BadPeriod,
    CodeNotFound,
    CodeRevoked,
    DuplicatePoint,
    MemberNotInOrg,
    NoComment,
    PointNotFound,
    RatingNotFound,
)
from miniapp_api.evaluation.models import (
    CATEGORY_LABELS,
    CommentStatus,
    EvaluationCode,
    PointCategory,
    Rating,
    ServicePoint,
)
from miniapp_api.evaluation.moderation import mask_contacts
from miniapp_api.evaluation.qrcodes import ImageCache, svg_markup
from miniapp_api.evaluation.schemas import (
    CodeCreate,
    CodeOut,
    CountersRebuilt,
    PointCreate,
    PointOut,
    PointQuery,
    PointUpdate,
    RatingFilter,
    RatingOut,
    RatingQuery,
    SheetQuery,
)
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.schemas import mask_phone
from miniapp_api.rectification import service as tickets
from server.core.auth import Principal
from server.core.clock import LocalZone
from server.core.database import in_transaction


def code_out(code: EvaluationCode, secret: str, base_url: str, now: datetime) -> CodeOut:
    token = signing.make_token(secret, code.rid)
    api = f"{base_url}/api/v1/evaluation/codes/{token}"
    return CodeOut(
        id=code.id, point_id=code.point_id, token=token, url=f"{base_url}/e/{token}", png_url=f"{api}/qr.png",
        svg_url=f"{api}/qr.svg", wxacode_url=f"{api}/wxacode.png", label=code.label, expires_at=code.expires_at,
        revoked_at=code.revoked_at, created_at=code.created_at, is_active=is_code_active(code, now),
    )


def is_code_active(code: EvaluationCode, now: datetime) -> bool:
    return code.revoked_at is None and (code.expires_at is None or code.expires_at > now)


def point_out(point: ServicePoint, org_name: str = "", active_codes: int = 0, live: Any = None) -> PointOut:
    data = {k: getattr(point, k) for k in ("id", "org_id", "name", "category", "description", "member_id",
                                            "is_active", "created_at")}
    return PointOut(**data, org_name=org_name, category_label=CATEGORY_LABELS[point.category],
                    active_codes=active_codes, **({"live": live} if live is not None else {}))


async def resolve_code(secret: str, token: str, now: datetime) -> EvaluationCode:
    """The active code of a token, with point and org loaded. The signature is checked before any query."""
    rid = signing.verify_token(secret, token)
    if rid is None:
        raise CodeNotFound()
    code = await EvaluationCode.filter(rid=rid).select_related("point__org").first()
    if code is None or not is_code_active(code, now) or not code.point.is_active or not code.point.org.is_active:
        raise CodeNotFound()
    return code


async def _point_in_scope(principal: Principal, point_id: int) -> ServicePoint:
    point = await ServicePoint.get_or_none(id=point_id)
    if point is None:
        raise PointNotFound()
    await orgs.ensure_scope(principal, point.org_id)
    return point


async def create_point(principal: Principal, data: PointCreate) -> PointOut:
    org = await orgs.ensure_scope(principal, data.org_id)
    if data.member_id is not None:
        member = await orgs.get_member(principal, data.member_id)
        if member.org_id != org.id:
            raise MemberNotInOrg()
    try:
        async with in_transaction():
            point = await ServicePoint.create(org_id=org.id, name=data.name, category=data.category,
                                              description=data.description, member_id=data.member_id)
            await audit.record(principal, "evaluation.point_create", "point", point.id, org_id=org.id,
                               detail={"name": point.name})
    except IntegrityError:
        raise DuplicatePoint() from None
    return point_out(point, org.name)


async def update_point(principal: Principal, point_id: int, data: PointUpdate, redis: Redis) -> PointOut:
    point = await _point_in_scope(principal, point_id)
    changes = {k: v for k, v in data.model_dump(exclude_unset=True).items() if v is not None}
    for key, value in changes.items():
        setattr(point, key, value)
    try:
        async with in_transaction():
            await point.save()
            await audit.record(principal, "evaluation.point_update", "point", point.id, org_id=point.org_id,
                               detail={"changes": sorted(changes)})
    except IntegrityError:
        raise DuplicatePoint() from None
    await codecache.drop(redis, [str(r) for r in await EvaluationCode.filter(point_id=point.id).values_list("rid", flat=True)])
    return point_out(point)


async def list_points(principal: Principal, q: PointQuery, redis: Redis, now: datetime) -> tuple[list[PointOut], int]:
    path = await orgs.scope_path(principal, q.org_id)
    qs = ServicePoint.all()
    if path is not None:
        qs = qs.filter(org__path__startswith=path)
    if not q.include_inactive:
        qs = qs.filter(is_active=True)
    total = await qs.count()
    rows = await qs.order_by("org_id", "id").offset(q.offset).limit(q.page_size).prefetch_related("org")
    ids = [p.id for p in rows]
    active = await EvaluationCode.filter(point_id__in=ids, revoked_at__isnull=True).values("point_id", "expires_at")
    code_counts: dict[int, int] = {}
    for row in active:
        if row["expires_at"] is None or row["expires_at"] > now:
            code_counts[row["point_id"]] = code_counts.get(row["point_id"], 0) + 1
    live = await counters.live_by_point(redis, ids)
    return [point_out(p, p.org.name, code_counts.get(p.id, 0), counters.summarise(live.get(p.id, {})))
            for p in rows], total


async def create_code(principal: Principal, point_id: int, data: CodeCreate, secret: str, base: str,
                      now: datetime) -> CodeOut:
    point = await _point_in_scope(principal, point_id)
    if data.expires_at is not None and data.expires_at <= now:
        raise BadExpiry()
    async with in_transaction():
        rid, _ = signing.new_code(secret)
        code = await EvaluationCode.create(point_id=point.id, rid=rid, label=data.label, expires_at=data.expires_at,
                                           created_by_id=principal.user_id)
        await audit.record(principal, "evaluation.code_create", "code", code.id, org_id=point.org_id,
                           detail={"point_id": point.id})
    return code_out(code, secret, base, now)


async def list_codes(principal: Principal, point_id: int, secret: str, base: str, now: datetime) -> list[CodeOut]:
    point = await _point_in_scope(principal, point_id)
    rows = await EvaluationCode.filter(point_id=point.id).order_by("-id")
    return [code_out(c, secret, base, now) for c in rows]


async def _code_in_scope(principal: Principal, point_id: int, code_id: int) -> tuple[ServicePoint, EvaluationCode]:
    point = await _point_in_scope(principal, point_id)
    code = await EvaluationCode.get_or_none(id=code_id, point_id=point.id)
    if code is None:
        raise CodeNotFound()
    return point, code


async def revoke_code(principal: Principal, point_id: int, code_id: int, secret: str, base: str, now: datetime,
                      redis: Redis, images: ImageCache) -> CodeOut:
    """Revoke (idempotent, audited); the cached code facts and QR images go at once."""
    point, code = await _code_in_scope(principal, point_id, code_id)
    async with in_transaction():
        if code.revoked_at is None:
            code.revoked_at = now
            await code.save(update_fields=["revoked_at"])
        await audit.record(principal, "evaluation.code_revoke", "code", code.id, org_id=point.org_id)
    await codecache.drop(redis, [code.rid])
    out = code_out(code, secret, base, now)
    images.drop_token(out.token)
    return out


async def rotate_code(principal: Principal, point_id: int, code_id: int, secret: str, base: str,
                      now: datetime, redis: Redis, images: ImageCache) -> CodeOut:
    """A new token for the same point and label; the old one stops working at once (its cached images go too)."""
    point, old = await _code_in_scope(principal, point_id, code_id)
    if old.revoked_at is not None:
        raise CodeRevoked()
    async with in_transaction():
        rid, _ = signing.new_code(secret)
        new = await EvaluationCode.create(point_id=point.id, rid=rid, label=old.label, expires_at=old.expires_at,
                                          created_by_id=principal.user_id)
        old.revoked_at, old.replaced_by_id = now, new.id
        await old.save(update_fields=["revoked_at", "replaced_by_id"])
        await audit.record(principal, "evaluation.code_rotate", "code", old.id, org_id=point.org_id,
                           detail={"new_code_id": new.id})
    await codecache.drop(redis, [old.rid])
    images.drop_token(signing.make_token(secret, old.rid))
    return code_out(new, secret, base, now)


async def sheet_items(principal: Principal, org_id: int | None, point_ids: list[int], secret: str,
                      now: datetime) -> list[dict[str, Any]]:
    """The points to print (each with its newest active code), scoped; points without a code are skipped."""
    if point_ids:
        points = [await _point_in_scope(principal, pid) for pid in dict.fromkeys(point_ids)]
    else:
        org = await orgs.ensure_scope(principal, org_id) if org_id else None
        path = org.path if org else await orgs.scope_root_path(principal)
        qs = ServicePoint.filter(is_active=True)
        points = await (qs.filter(org__path__startswith=path) if path else qs).order_by("org_id", "id").limit(200)
    items = []
    for point in points:
        await point.fetch_related("org")
        codes = await EvaluationCode.filter(point_id=point.id, revoked_at__isnull=True).order_by("-id")
        code = next((c for c in codes if is_code_active(c, now)), None)
        if code is not None:
            items.append({"point": point.name, "category": CATEGORY_LABELS[point.category], "org": point.org.name,
                          "token": signing.make_token(secret, code.rid), "label": code.label})
    return items


async def print_sheet(principal: Principal, q: SheetQuery, secret: str, base: str, now: datetime,
                      images: ImageCache) -> list[dict[str, Any]]:
    """What the A4 sheet shows per point (with its URL and inline SVG QR code); the print is audited."""
    items = await sheet_items(principal, q.org_id, q.point_id, secret, now)
    for item in items:
        item["url"] = f"{base}/e/{item['token']}"
        item["svg"] = await svg_markup(images, item["token"], item["url"])
    await audit.record(principal, "evaluation.sheet_print", "point", ",".join(str(p) for p in q.point_id)[:60],
                       org_id=q.org_id or principal.org_id, detail={"count": len(items)})
    return items


async def rebuild_counters(principal: Principal, redis: Redis) -> CountersRebuilt:
    """Replace the live counters with the database's truth (audited)."""
    points = await counters.rebuild(redis)
    await audit.record(principal, "evaluation.counters_rebuild", "counters", "", detail={"points": points})
    return CountersRebuilt(points=points)


async def ratings_queryset(principal: Principal, q: RatingFilter, zone: LocalZone | None = None) -> QuerySet[Rating]:
    """The subtree's ratings matching the console's filters (local dates inclusive), newest first. With the zone,
    the dates also bound `created_at` (a rating's day is the local date of its creation), so the newest-first
    index scan starts at the period instead of walking down from today (bench/bench_explain.py)."""
    if q.from_ is not None and q.to is not None and q.from_ > q.to:
        raise BadPeriod("开始日期不能晚于结束日期")
    path = await orgs.scope_path(principal, q.org_id)
    qs = Rating.all()
    if path is not None:
        qs = qs.filter(org__path__startswith=path)
    for key in ("point_id", "score", "comment_status"):
        if getattr(q, key) is not None:
            qs = qs.filter(**{key: getattr(q, key)})
    if q.from_ is not None:
        qs = qs.filter(day__gte=q.from_)
        if zone is not None:
            qs = qs.filter(created_at__gte=zone.start_of_day(q.from_))
    if q.to is not None:
        qs = qs.filter(day__lte=q.to)
        if zone is not None:
            qs = qs.filter(created_at__lt=zone.start_of_day(q.to + timedelta(days=1)))
    return qs.order_by("-created_at", "-id")


async def list_ratings(principal: Principal, q: RatingQuery, zone: LocalZone | None = None) -> tuple[list[RatingOut], int]:
    """Ratings of the subtree for the console; contacts are always masked here."""
    qs = await ratings_queryset(principal, q, zone)
    total = await qs.count()
    rows = await qs.offset(q.offset).limit(q.page_size).prefetch_related("point")
    linked = await tickets.source_tickets("rating", [r.id for r in rows if r.score in options.BAD_SCORES])
    return [rating_out(r, linked[r.id].id if r.id in linked else None) for r in rows], total


def rating_out(r: Rating, ticket_id: int | None) -> RatingOut:
    return RatingOut(
        id=r.id, point_id=r.point_id, point_name=r.point.name, org_id=r.org_id, score=r.score,
        score_label=options.level_label(r.score), tags=r.tags, option_version=r.option_version,
        comment=mask_contacts(r.comment), comment_status=r.comment_status,
        comment_flagged=r.comment_flagged, is_named=r.contact_phone is not None,
        contact_masked=mask_phone(r.contact_phone) if r.contact_phone else "", rater_kind=r.rater_kind.value,
        day=r.day, is_excluded=r.is_excluded, excluded_reason=r.excluded_reason, ticket_id=ticket_id,
        created_at=r.created_at,
    )


async def moderate(principal: Principal, rating_id: int, decision: str) -> RatingOut:
    rating = await Rating.get_or_none(id=rating_id).prefetch_related("point")
    if rating is None:
        raise RatingNotFound()
    await orgs.ensure_scope(principal, rating.org_id)
    if rating.comment_status is CommentStatus.NONE:
        raise NoComment()
    async with in_transaction():
        rating.comment_status = CommentStatus.PUBLISHED if decision == "publish" else CommentStatus.REJECTED
        await rating.save(update_fields=["comment_status"])
        await audit.record(principal, "evaluation.comment_moderate", "rating", rating.id, org_id=rating.org_id,
                           detail={"decision": decision})
    linked = await tickets.source_tickets("rating", [rating.id])
    return rating_out(rating, linked[rating.id].id if rating.id in linked else None)


async def point_counts(point_ids: list[int]) -> dict[int, int]:
    rows = await Rating.filter(point_id__in=point_ids).annotate(n=Count("id")).group_by("point_id").values(
        "point_id", "n")
    return {r["point_id"]: r["n"] for r in rows}


async def public_points(org_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """org id → its active service points (id, name, category label): what anyone may know of an org's services."""
    if not org_ids:
        return {}
    out: dict[int, list[dict[str, Any]]] = {}
    for p in await ServicePoint.filter(org_id__in=org_ids, is_active=True).order_by("id"):
        out.setdefault(p.org_id, []).append({"id": p.id, "name": p.name, "category": CATEGORY_LABELS[p.category]})
    return out


async def point_ratings(org_ids: list[int], category: PointCategory | None = None) -> list[dict[str, Any]]:
    """Active points of these orgs with their counted ratings (appeal-excluded ones left out): how many, the mean
    score and the share of 4–5 scores (好评率). For pages that show an org's service points (the brand page)."""
    qs = ServicePoint.filter(org_id__in=org_ids, is_active=True)
    if category is not None:
        qs = qs.filter(category=category)
    points = await qs.order_by("org_id", "id")
    rows = await Rating.filter(point_id__in=[p.id for p in points], is_excluded=False).annotate(n=Count("id")).group_by(
        "point_id", "score").values("point_id", "score", "n")
    tally: dict[int, dict[int, int]] = {}
    for r in rows:
        tally.setdefault(r["point_id"], {})[r["score"]] = r["n"]
    out = []
    for p in points:
        dist = tally.get(p.id, {})
        n = sum(dist.values())
        out.append({"org_id": p.org_id, "point_id": p.id, "name": p.name, "category": p.category.value,
                    "category_label": CATEGORY_LABELS[p.category], "ratings": n,
                    "average": round(sum(s * k for s, k in dist.items()) / n, 2) if n else None,
                    "good_rate": round(sum(k for s, k in dist.items() if s >= 4) / n, 4) if n else None})
    return out
