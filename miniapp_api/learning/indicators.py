"""What learning contributes to the assessment: 学时达标率 (pro-rated to the period), 党员教育覆盖率, and the early
warning of members behind their 学时 (党员教育管理工作条例 第二十条: at least 32 学时 a year, 56 for leaders)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from aiohttp import web

from miniapp_api.learning.ledger import target_hours
from miniapp_api.learning.models import LedgerEntry
from miniapp_api.orgs.models import Member, MemberStatus
from server.core.appkeys import SETTINGS
from server.core.indicators import SourceValue, Warning, register_source, register_warnings

PARTY_MEMBERS = (MemberStatus.FULL, MemberStatus.PROBATIONARY)


async def _members(org_ids: Sequence[int]) -> list[tuple[int, int, list[str]]]:
    """(member id, org id, posts) of the active party members of the orgs."""
    rows = (
        await Member.filter(org_id__in=list(org_ids), is_active=True, status__in=list(PARTY_MEMBERS))
        .order_by("id")
        .values_list("id", "org_id", "posts")
    )
    return [(int(m), int(o), list(p or [])) for m, o, p in rows]


async def _hours(app: web.Application, member_ids: list[int], first: date, last: date) -> dict[int, float]:
    """学时 per member earned in [first, last] (local days), from the 学时 ledger."""
    zone = app[SETTINGS].zone
    out: dict[int, float] = {}
    rows = await LedgerEntry.filter(
        member_id__in=member_ids, at__gte=zone.start_of_day(first), at__lt=zone.start_of_day(last + timedelta(days=1))
    ).values_list("member_id", "hours")
    for member_id, hours in rows:
        out[int(member_id)] = out.get(int(member_id), 0.0) + float(hours)
    return out


def _share_of_year(first: date, last: date) -> float:
    days_in_year = (date(first.year + 1, 1, 1) - date(first.year, 1, 1)).days
    return ((last - first).days + 1) / days_in_year


async def hours_attainment(app: web.Application, org_ids: Sequence[int], first: date, last: date) -> dict[int, SourceValue]:
    """Members whose 学时 in the period reach the yearly target pro-rated to the period / members."""
    members = await _members(org_ids)
    hours = await _hours(app, [m for m, _, _ in members], first, last)
    cfg, share = app[SETTINGS].learning, _share_of_year(first, last)
    tally: dict[int, tuple[list[int], int]] = {}
    for member_id, org_id, posts in members:
        met, count = tally.get(org_id, ([], 0))
        if hours.get(member_id, 0.0) + 1e-9 >= target_hours(posts, cfg) * share:
            met = [*met, member_id]
        tally[org_id] = (met, count + 1)
    note = f"按期折算目标：党员 {cfg.target_hours_member * share:.1f} 学时，书记和委员 {cfg.target_hours_leader * share:.1f} 学时"
    return {
        org_id: SourceValue(len(met), count, tuple(met), f"{count} 名党员中 {len(met)} 名达标（{note}）")
        for org_id, (met, count) in tally.items()
    }


async def coverage(app: web.Application, org_ids: Sequence[int], first: date, last: date) -> dict[int, SourceValue]:
    """Members with certified 学时 in the period / members."""
    members = await _members(org_ids)
    hours = await _hours(app, [m for m, _, _ in members], first, last)
    tally: dict[int, tuple[list[int], int]] = {}
    for member_id, org_id, _ in members:
        studied, count = tally.get(org_id, ([], 0))
        tally[org_id] = ([*studied, member_id] if hours.get(member_id, 0.0) > 0 else studied, count + 1)
    return {
        org_id: SourceValue(len(s), count, tuple(s), f"{count} 名党员中 {len(s)} 名本期有认证学时")
        for org_id, (s, count) in tally.items()
    }


async def behind_warnings(app: web.Application, org_ids: Sequence[int], today: date) -> list[Warning]:
    """Per org, the members whose 学时 this year are behind the target pro-rated to today."""
    members = await _members(org_ids)
    first = date(today.year, 1, 1)
    hours = await _hours(app, [m for m, _, _ in members], first, today)
    cfg, share = app[SETTINGS].learning, _share_of_year(first, today)
    behind: dict[int, list[int]] = {}
    for member_id, org_id, posts in members:
        if hours.get(member_id, 0.0) + 1e-9 < target_hours(posts, cfg) * share:
            behind.setdefault(org_id, []).append(member_id)
    return [
        Warning(org_id, "learning.behind", f"{len(ids)} 名党员学时落后于年度进度", since=today, refs=tuple(ids))
        for org_id, ids in sorted(behind.items())
    ]


def install_indicators(app: web.Application) -> None:
    register_source(app, "learning.hours_attainment", hours_attainment)
    register_source(app, "learning.coverage", coverage)
    register_warnings(app, "learning.behind", behind_warnings)
