"""志愿服务 rules: activities of an org, members signing in with rotating codes, hours confirmed by the org admin.

主题党日 may include 志愿服务 (《中国共产党支部工作条例（试行）》第十九条); this domain records the activities and who took
part. Sign-in codes come from the party-day code mechanism (`partyday.signin.current` / `verify`) under an action
of their own ("vol"), so a meeting's code never signs anyone into an activity with the same id.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import NoReturn

from redis.asyncio import Redis
from tortoise.expressions import Q

from miniapp_api.audit import service as audit
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import Member, MemberStatus, Organization
from miniapp_api.partyday import signin as codes
from miniapp_api.volunteer.errors import ActivityNotFound, BadCode, BadTimes, ForeignMember, SigninClosed, TooManyCodes
from miniapp_api.volunteer.models import VolunteerActivity, VolunteerRecord
from miniapp_api.volunteer.schemas import (
    ActivityCreate,
    ActivityDetail,
    ActivityOut,
    ActivityQuery,
    HoursIn,
    MyVolunteerOut,
    RecordOut,
    SigninCodeOut,
)
from server.core.auth import Principal
from server.core.clock import LocalZone
from server.core.database import in_transaction
from server.core.errors import Forbidden, RateLimited
from server.core.redis import RateLimiter
from server.core.settings import Settings

ACTION = "vol"  # the code namespace of volunteer sign-in within the party-day code mechanism
SIGNIN_CLOSES_AFTER = timedelta(hours=2)  # members may still sign in a while after the activity ends
RL_PREFIX = "volunteer:signin"  # volunteer:signin:60:m:<member> (wrong codes), volunteer:signin:block:<member>
COUNTED = (MemberStatus.FULL, MemberStatus.PROBATIONARY)


async def _activity(activity_id: int) -> VolunteerActivity:
    row = await VolunteerActivity.get_or_none(id=activity_id)
    if row is None:
        raise ActivityNotFound()
    return row


async def admin_activity(principal: Principal, activity_id: int) -> tuple[VolunteerActivity, Organization]:
    row = await _activity(activity_id)
    return row, await orgs.ensure_scope(principal, row.org_id)


async def create_activity(principal: Principal, data: ActivityCreate, now: datetime) -> VolunteerActivity:
    org = await orgs.ensure_scope(principal, data.org_id)
    if not data.starts_at < data.ends_at <= data.starts_at + timedelta(days=7):
        raise BadTimes()
    async with in_transaction():
        row = await VolunteerActivity.create(
            org_id=org.id, created_by_user_id=principal.user_id, created_at=now, **data.model_dump(exclude={"org_id"})
        )
        await audit.record(
            principal, "volunteer.create", "volunteer_activity", row.id, org_id=org.id, detail={"title": data.title}
        )
    return row


async def activities_out(rows: Sequence[VolunteerActivity]) -> list[ActivityOut]:
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for activity_id, signed, confirmed in await VolunteerRecord.filter(activity_id__in=[r.id for r in rows]).values_list(
        "activity_id", "signed_in_at", "confirmed_at"
    ):
        counts[activity_id][0] += signed is not None
        counts[activity_id][1] += confirmed is not None
    return [
        ActivityOut(
            id=r.id,
            org_id=r.org_id,
            title=r.title,
            place=r.place,
            starts_at=r.starts_at,
            ends_at=r.ends_at,
            hours=r.hours,
            signed_in=counts[r.id][0],
            confirmed=counts[r.id][1],
        )
        for r in rows
    ]


async def list_activities(principal: Principal, q: ActivityQuery) -> tuple[list[VolunteerActivity], int]:
    if q.org_id is not None:
        org = await orgs.ensure_scope(principal, q.org_id)
        qs = VolunteerActivity.filter(org__path__startswith=org.path)
    else:
        root = await orgs.scope_root_path(principal)
        qs = VolunteerActivity.all() if root is None else VolunteerActivity.filter(org__path__startswith=root)
    total = await qs.count()
    return await qs.order_by("-starts_at", "-id").offset(q.offset).limit(q.page_size), total


async def records_out(rows: Sequence[VolunteerRecord]) -> list[RecordOut]:
    names = dict(await Member.filter(id__in=[r.member_id for r in rows]).values_list("id", "name"))
    return [
        RecordOut(
            id=r.id,
            activity_id=r.activity_id,
            member_id=r.member_id,
            member_name=names.get(r.member_id, ""),
            signed_in_at=r.signed_in_at,
            hours=r.hours,
            confirmed_at=r.confirmed_at,
        )
        for r in rows
    ]


async def detail(principal: Principal, activity_id: int) -> ActivityDetail:
    row, _ = await admin_activity(principal, activity_id)
    out = (await activities_out([row]))[0]
    records = await VolunteerRecord.filter(activity_id=row.id).order_by("id")
    return ActivityDetail(**out.model_dump(), records=await records_out(records))


def signin_code(settings: Settings, activity: VolunteerActivity, t: float) -> SigninCodeOut:
    code, expires_in = codes.current(settings, activity.id, ACTION, t)
    return SigninCodeOut(code=code, expires_in=expires_in, slice_s=settings.partyday.signin_slice_s)


async def _member(principal: Principal) -> Member:
    member = await Member.get_or_none(id=principal.member_id or 0, is_active=True).prefetch_related("org")
    if member is None:
        raise Forbidden()
    return member


def _block_key(member_id: int) -> str:
    return f"{RL_PREFIX}:block:{member_id}"


async def _refuse_wrong(redis: Redis, settings: Settings, member_id: int) -> NoReturn:
    """Count a wrong code; past the limit the member is blocked for the rest of the window, right code or not."""
    try:
        await RateLimiter(redis, RL_PREFIX).check([(f"m:{member_id}", settings.partyday.wrong_code_limit_per_minute)])
    except RateLimited as exc:
        retry_after = int(exc.details["retry_after"])
        await redis.set(_block_key(member_id), "1", ex=retry_after)
        raise TooManyCodes(retry_after) from None
    raise BadCode()


async def sign_in(
    principal: Principal, redis: Redis, settings: Settings, activity_id: int, code: str, t: float, now: datetime
) -> VolunteerRecord:
    """A member of the activity's org (or an org below it) signs in with the code shown on site; a repeat is harmless."""
    member = await _member(principal)
    activity = await VolunteerActivity.get_or_none(id=activity_id).prefetch_related("org")
    if activity is None or not member.org.path.startswith(activity.org.path):
        raise ActivityNotFound()  # another org's activity is not shown to a member
    opens = activity.starts_at - timedelta(minutes=settings.partyday.signin_opens_minutes_before)
    if not opens <= now <= activity.ends_at + SIGNIN_CLOSES_AFTER:
        raise SigninClosed()
    blocked = await redis.ttl(_block_key(member.id))
    if blocked and blocked > 0:
        raise TooManyCodes(blocked)
    if not codes.verify(settings, activity.id, ACTION, code, t):
        await _refuse_wrong(redis, settings, member.id)
    record, created = await VolunteerRecord.get_or_create(
        activity_id=activity.id, member_id=member.id, defaults={"signed_in_at": now}
    )
    if not created and record.signed_in_at is None:  # added by the admin before, now signing in himself
        await VolunteerRecord.filter(id=record.id).update(signed_in_at=now)
        await record.refresh_from_db()
    return record


async def confirm_hours(principal: Principal, activity_id: int, data: HoursIn, now: datetime) -> list[VolunteerRecord]:
    """The org admin confirms each participant's hours (adding one who did not sign in); all or nothing."""
    activity, org = await admin_activity(principal, activity_id)
    member_ids = [e.member_id for e in data.entries]
    members = {m.id: m for m in await Member.filter(id__in=member_ids).prefetch_related("org")}
    foreign = [i for i in member_ids if i not in members or not members[i].org.path.startswith(org.path)]
    if foreign:
        raise ForeignMember(details={"member_ids": foreign})
    async with in_transaction():
        for entry in data.entries:
            record, _ = await VolunteerRecord.get_or_create(activity_id=activity.id, member_id=entry.member_id)
            await VolunteerRecord.filter(id=record.id).update(
                hours=entry.hours, confirmed_at=now, confirmed_by_user_id=principal.user_id
            )
        await audit.record(
            principal,
            "volunteer.confirm_hours",
            "volunteer_activity",
            activity.id,
            org_id=org.id,
            detail={"members": len(member_ids)},
        )
    return await VolunteerRecord.filter(activity_id=activity.id).order_by("id")


async def my_volunteer(principal: Principal, zone: LocalZone, now: datetime) -> MyVolunteerOut:
    member = await _member(principal)
    year = zone.year(now)
    start, end = zone.year_bounds(year)
    rows = await VolunteerRecord.filter(member_id=member.id).order_by("-id").limit(100)
    in_year = set(
        await VolunteerActivity.filter(id__in=[r.activity_id for r in rows], starts_at__gte=start, starts_at__lt=end).values_list(
            "id", flat=True
        )
    )
    hours = sum((r.hours or Decimal(0) for r in rows if r.confirmed_at and r.activity_id in in_year), Decimal(0))
    return MyVolunteerOut(year=year, confirmed_hours=hours, records=await records_out(rows))


async def participation(
    org_ids: Sequence[int], zone: LocalZone, first: date, last: date
) -> dict[int, tuple[int, int, list[int]]]:
    """Per org: (members of its subtree with ≥1 confirmed activity in [first, last], its members, record ids). An org
    with no members, or whose subtree had recorded no activity at all by the period's end, is left out (无数据)."""
    org_list = await Organization.filter(id__in=list(org_ids))
    if not org_list:
        return {}
    start, end = zone.start_of_day(first), zone.start_of_day(last + timedelta(days=1))
    paths = [o.path for o in org_list]
    under = Q(*[Q(org__path__startswith=p) for p in paths], join_type="OR")
    members = await Member.filter(under, is_active=True, status__in=list(COUNTED)).prefetch_related("org")
    activities = await VolunteerActivity.filter(under, starts_at__lt=end).prefetch_related("org")
    in_period = {a.id for a in activities if a.starts_at >= start}
    records = await VolunteerRecord.filter(activity_id__in=list(in_period), confirmed_at__isnull=False, hours__gt=0)
    by_member: dict[int, list[int]] = defaultdict(list)
    for r in records:
        by_member[r.member_id].append(r.id)
    out = {}
    for org in org_list:
        mine = [m for m in members if m.org.path.startswith(org.path)]
        if not mine or not any(a.org.path.startswith(org.path) for a in activities):
            continue
        active = [m for m in mine if m.id in by_member]
        out[org.id] = (len(active), len(mine), sorted(i for m in active for i in by_member[m.id]))
    return out
