"""Demo data: service points and codes for the demo orgs, four weeks of ratings, 差评 tickets in every state."""

from __future__ import annotations

import random
from datetime import timedelta

from miniapp_api.evaluation import counters, options, signing
from miniapp_api.evaluation.models import CommentStatus, EvaluationCode, PointCategory, RaterKind, Rating, ServicePoint
from miniapp_api.evaluation.ratings import RatingTickets
from miniapp_api.orgs.schemas import mask_phone
from miniapp_api.rectification import service as tickets
from miniapp_api.rectification.models import Disposal, Followup
from miniapp_api.rectification.schemas import ActionIn
from server.core.auth import Principal, Role
from server.core.domains import DemoContext
from server.core.redis import open_redis

DAYS = 28
# org key, name, category, mean ratings per day, share of 1–2 ratings
POINTS = [
    ("b_service", "综合受理窗口", PointCategory.WINDOW, 6, 0.08),
    ("b_service", "不动产登记窗口", PointCategory.WINDOW, 4, 0.12),
    ("b_service", "社保医保窗口", PointCategory.WINDOW, 5, 0.06),
    ("b_service", "帮办代办服务队", PointCategory.TEAM, 2, 0.03),
    ("b_service", "党员先锋岗", PointCategory.MODEL_POST, 2, 0.02),
    ("b_community", "海棠社区党群服务中心", PointCategory.POST, 3, 0.07),
    ("g_community1", "网格员服务队", PointCategory.TEAM, 1, 0.05),
    ("b_park", "企业服务站", PointCategory.POST, 2, 0.05),
    ("b_office", "机关党员示范岗", PointCategory.MODEL_POST, 1, 0.02),
]
GOOD_COMMENTS = ["办事很快，一次办好", "工作人员很耐心", "指引清楚，点赞", "主动帮忙填表，很贴心", ""]
BAD_COMMENTS = ["排队一个多小时没人管", "材料要求前后说法不一致", "窗口人员态度不好", "跑了三次还没办成", "电话一直没人接"]


def _score(rng: random.Random, bad_share: float) -> int:
    if rng.random() < bad_share:
        return rng.choice((1, 2, 2))
    return rng.choices((3, 4, 5), weights=(12, 38, 50))[0]


async def _points(ctx: DemoContext) -> list[tuple[ServicePoint, int, float, str]]:
    secret = ctx.settings.secret_key.get_secret_value()
    out = []
    for org_key, name, category, per_day, bad in POINTS:
        org_id = ctx.orgs[org_key]
        point = await ServicePoint.get_or_none(org_id=org_id, name=name)
        if point is None:
            members = ctx.members.get(org_key) or []
            member = members[0] if members and category is PointCategory.MODEL_POST else None
            point = await ServicePoint.create(org_id=org_id, name=name, category=category, member_id=member,
                                              description="演示服务点")
        code = await EvaluationCode.filter(point_id=point.id, revoked_at__isnull=True).first()
        if code is None:
            rid, _ = signing.new_code(secret)
            code = await EvaluationCode.create(point_id=point.id, rid=rid, label="大厅张贴")
        out.append((point, per_day, bad, signing.make_token(secret, code.rid)))
    return out


async def _rate(ctx: DemoContext, rng: random.Random, points: list[tuple[ServicePoint, int, float, str]]) -> list[
        tuple[Rating, int]]:
    """Ratings on the DAYS local days before `ctx.now`; returns the 差评 with their ticket ids."""
    zone = ctx.settings.zone
    deadlines = tickets.Deadlines(ctx.settings.evaluation.callback_working_days,
                                  ctx.settings.evaluation.rectify_working_days, zone)
    bad: list[tuple[Rating, int]] = []
    good: list[Rating] = []
    for day_back in range(DAYS, 0, -1):
        for point, per_day, bad_share, _ in points:
            for _ in range(max(0, round(rng.gauss(per_day, per_day / 2)))):
                at = zone.local(ctx.now - timedelta(days=day_back)).replace(
                    hour=rng.randint(8, 17), minute=rng.randint(0, 59), second=rng.randint(0, 59))
                score = _score(rng, bad_share)
                level_tags = list(options.current().tags[score])
                comment = rng.choice(BAD_COMMENTS if score <= 2 else GOOD_COMMENTS) if rng.random() < 0.4 else ""
                named = score <= 2 and rng.random() < 0.5
                rating = Rating(
                    point_id=point.id, org_id=point.org_id, score=score, tags=rng.sample(level_tags, rng.randint(0, 2)),
                    option_version=options.current().version, comment=comment,
                    comment_status=CommentStatus.PUBLISHED if comment else CommentStatus.NONE,
                    contact_phone=f"1390000{rng.randint(0, 9999):04d}" if named else None,
                    rater_hash=signing.random_id(32).lower(), rater_kind=rng.choice(list(RaterKind)[:3]),
                    day=at.date(), created_at=at,
                )
                if score > 2:
                    good.append(rating)
                    continue
                await rating.save()
                ticket = await tickets.open_ticket(
                    source_type="rating", source_id=rating.id, org_id=point.org_id,
                    title=f"{point.name}：{options.level_label(score)}", summary=f"评分：{options.level_label(score)}；留言：{comment}",
                    is_named=named, contact_masked=mask_phone(rating.contact_phone) if rating.contact_phone else "",
                    now=at, deadlines=deadlines)
                bad.append((rating, ticket.id))
    await Rating.bulk_create(good, batch_size=500)
    return bad


async def _walk(ctx: DemoContext, rng: random.Random, bad: list[tuple[Rating, int]]) -> dict[str, int]:
    """Move tickets along by age: old ones closed, recent ones open, a few appealed or left overdue."""
    root = Principal(ctx.superadmin_id, Role.SUPERADMIN, name="演示·党工委")
    branch = Principal(ctx.branch_admin_id, Role.ORG_ADMIN, org_id=ctx.orgs["b_service"], name="演示·支部管理员")
    redis = open_redis(ctx.settings.redis_url)
    sources: dict[str, tickets.TicketSource] = {"rating": RatingTickets(lambda: redis)}
    done = {"closed": 0, "open": 0, "appeal": 0}
    try:
        for i, (rating, ticket_id) in enumerate(bad):
            age = (ctx.now - rating.created_at).days
            actor = branch if rating.org_id == ctx.orgs["b_service"] else root
            t0 = rating.created_at
            if actor is branch and i % 9 == 4 and age > 3:
                await tickets.act(actor, ticket_id, ActionIn(action="appeal", note="评价人当日未到窗口办理业务，疑似误评"), t0 + timedelta(hours=3), sources)
                if age > 6:
                    await tickets.act(root, ticket_id, ActionIn(action="decide_appeal", upheld=i % 2 == 0, note="经调取窗口录像核查"), t0 + timedelta(days=2), sources)
                done["appeal"] += 1
                continue
            if age < 2 or (age < 12 and i % 5 == 0):
                done["open"] += 1  # left 待核实 (recent, or forgotten → overdue and 督办)
                continue
            disposal = rng.choice([Disposal.IMMEDIATE, Disposal.DEADLINE, Disposal.EXPLAIN])
            await tickets.act(actor, ticket_id, ActionIn(action="verify", disposal=disposal, note="已核实情况属实"), t0 + timedelta(hours=5), sources)
            if age < 5:
                done["open"] += 1
                continue
            late = timedelta(days=9) if i % 7 == 0 else timedelta(days=rng.randint(1, 3))
            await tickets.act(actor, ticket_id, ActionIn(action="resolve", note="已约谈窗口人员并优化叫号流程"), t0 + late, sources)
            if age < 8:
                done["open"] += 1
                continue
            await tickets.act(actor, ticket_id, ActionIn(action="callback", note="电话回访", satisfaction=rng.choice(
                [Followup.SATISFIED, Followup.SATISFIED, Followup.BASIC, Followup.UNSATISFIED])), t0 + late + timedelta(hours=4), sources)
            await tickets.act(actor, ticket_id, ActionIn(action="close", note="办结"), t0 + late + timedelta(hours=5), sources)
            done["closed"] += 1
        await tickets.mark_overdue(ctx.now)
        await redis.delete(counters.MARKER)  # live counters rebuild from the database on first read
    finally:
        await redis.aclose()
    return done


async def load_demo(ctx: DemoContext) -> list[str]:
    """Idempotent: points and codes are reused; ratings are generated only once."""
    rng = random.Random(2026)
    points = await _points(ctx)
    # Tokens are signed with SECRET_KEY; without one, dev runs pick a random key, so links are shown in the console.
    lines = ["service evaluation (服务评价): codes and print sheets under 管理后台 → 服务评价"]
    if await Rating.filter(point_id__in=[p.id for p, _, _, _ in points]).exists():
        return [*lines, "  ratings already present"]
    bad = await _rate(ctx, rng, points)
    walked = await _walk(ctx, rng, bad)
    total = await Rating.filter(point_id__in=[p.id for p, _, _, _ in points]).count()
    lines.append(f"  {len(points)} points, {total} ratings over {DAYS} days, {len(bad)} 差评 tickets "
                 f"({walked['closed']} closed, {walked['open']} open, {walked['appeal']} appealed)")
    return lines
