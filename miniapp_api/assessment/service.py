"""The assessment: indicator-set versions, periods, runs (compute → score → colour) and reading results."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import date, datetime
from typing import Any

from miniapp_api.assessment import periods as period_keys
from miniapp_api.assessment.catalogue import DEFAULT_RULES, KEYS, default_indicators
from miniapp_api.assessment.errors import (
    BadIndicatorSet,
    BadPeriodKey,
    CommitteeRequired,
    PeriodClosed,
    PeriodNotFound,
    PeriodNotStarted,
    ResultNotFound,
    RunNotFound,
    SetInUse,
    SetNotFound,
)
from miniapp_api.assessment.models import IndicatorSet, Period, PeriodStatus, Result, Run
from miniapp_api.assessment.schemas import (
    HistoryOut,
    HistoryPoint,
    IndicatorOut,
    MyResultOut,
    PeriodOut,
    ResultOut,
    RunCreate,
    RunOut,
    RunQuery,
    RunSummary,
    SetCreate,
    SetOut,
)
from miniapp_api.assessment.scoring import Previous, Scored, decide, score_org
from miniapp_api.audit import service as audit
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import Member, Organization, OrgKind
from server.core.auth import Principal, Role
from server.core.database import in_transaction
from server.core.indicators import SourceValue

# (indicator key, org ids, first day, last day) → values; the route binds it to the app's registered sources.
MAX_REFS = 500  # ids kept per aggregated value
Fetch = Callable[[str, Sequence[int], date, date], Awaitable[dict[int, SourceValue]]]


# ---- indicator sets -------------------------------------------------------------------------------


async def ensure_committee_admin(principal: Principal) -> None:
    """Sets and periods are platform-wide: a superadmin or an admin of a 党委 (committee) may change them."""
    if principal.role is Role.SUPERADMIN:
        return
    if principal.role is Role.ORG_ADMIN and principal.org_id is not None:
        org = await Organization.get_or_none(id=principal.org_id)
        if org is not None and org.kind is OrgKind.COMMITTEE:
            return
    raise CommitteeRequired()


async def current_set(now: datetime) -> IndicatorSet:
    """The version in force: the newest; version 1 (the defaults) is created on first use."""
    latest = await IndicatorSet.all().order_by("-version").first()
    if latest is None:
        latest = await IndicatorSet.create(
            version=1, name="默认指标体系（12 项）", indicators=default_indicators(), rules=dict(DEFAULT_RULES), created_at=now
        )
    return latest


async def _set_out(s: IndicatorSet) -> SetOut:
    in_use = await Period.filter(indicator_set_id=s.id).exists()
    return SetOut(
        id=s.id, version=s.version, name=s.name, indicators=s.indicators, rules=s.rules, in_use=in_use, created_at=s.created_at
    )


async def list_sets(now: datetime) -> list[SetOut]:
    await current_set(now)
    return [await _set_out(s) for s in await IndicatorSet.all().order_by("-version")]


def _check_set(data: SetCreate) -> list[dict[str, Any]]:
    """The 12 keys once each, weights summing to 100 %: 4xx naming the field otherwise."""
    keys = [i.key for i in data.indicators]
    for n, key in enumerate(keys):
        if key not in KEYS or keys.index(key) != n:
            raise BadIndicatorSet(
                f"指标键 {key} 未知或重复",
                details={
                    "fields": [
                        {
                            "field": f"indicators.{n}.key",
                            "label": "指标键",
                            "type": "unknown_or_duplicate",
                            "message": f"指标键 {key} 未知或重复（须为 12 项默认指标各一次）",
                        }
                    ]
                },
            )
    total = round(sum(i.weight for i in data.indicators), 6)
    if abs(total - 100) > 0.01:
        raise BadIndicatorSet(
            f"权重合计须为 100%，当前为 {total:g}%",
            details={
                "fields": [
                    {
                        "field": "indicators.weight",
                        "label": "权重（%）",
                        "type": "weights_sum",
                        "message": f"权重合计须为 100%，当前为 {total:g}%",
                    }
                ]
            },
        )
    order = {k: n for n, k in enumerate(KEYS)}
    return [i.model_dump() for i in sorted(data.indicators, key=lambda i: order[i.key])]


async def create_set(principal: Principal, data: SetCreate, now: datetime) -> SetOut:
    await ensure_committee_admin(principal)
    indicators = _check_set(data)
    async with in_transaction():
        await current_set(now)
        latest = await IndicatorSet.all().order_by("-version").select_for_update().first()
        version = (latest.version if latest else 0) + 1
        s = await IndicatorSet.create(
            version=version,
            name=data.name,
            indicators=indicators,
            rules=data.rules.model_dump(),
            created_by_id=principal.user_id,
            created_at=now,
        )
        await audit.record(principal, "assessment.set_create", "indicator_set", s.id, detail={"version": version})
    return await _set_out(s)


async def update_set(principal: Principal, set_id: int, data: SetCreate) -> SetOut:
    """Only a version no period uses yet may be edited; a version in use is immutable (make a new one)."""
    await ensure_committee_admin(principal)
    indicators = _check_set(data)
    async with in_transaction():
        s = await IndicatorSet.select_for_update().get_or_none(id=set_id)
        if s is None:
            raise SetNotFound()
        if await Period.filter(indicator_set_id=s.id).exists():
            raise SetInUse()
        s.name, s.indicators, s.rules = data.name, indicators, data.rules.model_dump()
        await s.save(update_fields=["name", "indicators", "rules"])
        await audit.record(principal, "assessment.set_update", "indicator_set", s.id, detail={"version": s.version})
    return await _set_out(s)


# ---- periods --------------------------------------------------------------------------------------


def period_out(p: Period, s: IndicatorSet) -> PeriodOut:
    return PeriodOut(
        id=p.id,
        key=p.key,
        kind=p.kind,
        first_day=p.first_day,
        last_day=p.last_day,
        status=p.status.value,
        indicator_set_version=s.version,
        opened_at=p.opened_at,
        closed_at=p.closed_at,
    )


async def open_period(key: str, now: datetime) -> Period:
    """The period of `key`, opened now with the set in force when it does not exist yet."""
    parsed = period_keys.parse(key)
    if parsed is None:
        raise BadPeriodKey(details={"field": "period"})
    existing = await Period.get_or_none(key=key)
    if existing is not None:
        return existing
    kind, first, last = parsed
    s = await current_set(now)
    period, _ = await Period.get_or_create(
        key=key, defaults={"kind": kind, "first_day": first, "last_day": last, "indicator_set_id": s.id, "opened_at": now}
    )
    return period


async def list_periods() -> list[PeriodOut]:
    rows = await Period.all().order_by("-first_day", "kind").prefetch_related("indicator_set")
    return [period_out(p, p.indicator_set) for p in rows]


# ---- runs -----------------------------------------------------------------------------------------


async def _subtree(root: Organization) -> list[Organization]:
    """Every active org of the subtree that is assessed (党小组 are part of their branch)."""
    rows = await Organization.filter(path__startswith=root.path, is_active=True).order_by("path")
    return [o for o in rows if o.kind is not OrgKind.GROUP]


async def latest_results(period_id: int, org_ids: Sequence[int]) -> dict[int, Result]:
    """Each org's result from the newest run of the period that covered it."""
    out: dict[int, Result] = {}
    for r in await Result.filter(period_id=period_id, org_id__in=list(org_ids)).order_by("run_id"):
        out[r.org_id] = r
    return out


async def _previous(key: str, org_ids: Sequence[int]) -> dict[int, Previous]:
    prev = await Period.get_or_none(key=period_keys.previous(key))
    if prev is None:
        return {}
    return {
        org_id: Previous({i["key"]: i["value"] for i in r.indicators}, r.rank, r.meets_standard, r.colour.value)
        for org_id, r in (await latest_results(prev.id, org_ids)).items()
    }


async def create_run(principal: Principal, data: RunCreate, fetch: Fetch, available: set[str], now: datetime, today: date) -> Run:
    """Compute every indicator for every org of the subtree, score, rank and colour; refused on a closed period.

    A period in progress is assessed up to `today` (local): months and quarters not over yet are not yet due."""
    root = await orgs.ensure_scope(principal, data.org_id)
    parsed = period_keys.parse(data.period)
    if parsed is not None and today < parsed[1]:
        raise PeriodNotStarted()  # before a period row is opened for it
    period = await open_period(data.period, now)
    if period.status is PeriodStatus.CLOSED:
        raise PeriodClosed()
    until = min(period.last_day, today)
    s = await IndicatorSet.get(id=period.indicator_set_id)
    subtree = await _subtree(root)
    ids = [o.id for o in subtree]
    values: dict[str, dict[int, SourceValue]] = {}
    for ind in s.indicators:
        if ind["key"] in available:
            values[ind["key"]] = await fetch(ind["key"], ids, period.first_day, until)
    _aggregate(subtree, values)
    previous = await _previous(period.key, ids)
    rules = {**DEFAULT_RULES, **s.rules}
    scored = [
        score_org(
            o.id,
            o.name,
            o.parent_id if o.id != root.id else None,
            s.indicators,
            {k: v[o.id] for k, v in values.items() if o.id in v},
            previous.get(o.id),
            rules,
        )
        for o in subtree
    ]
    decide(scored, previous, rules)
    async with in_transaction():
        run = await Run.create(
            period_id=period.id,
            org_id=root.id,
            sources=sorted(values),
            until=until,
            created_by_id=principal.user_id,
            created_at=now,
        )
        await Result.bulk_create([_result_row(run, period, sc) for sc in scored])
        await audit.record(principal, "assessment.run", "run", run.id, org_id=root.id, detail={"period": period.key})
    return run


def _aggregate(subtree: list[Organization], values: dict[str, dict[int, SourceValue]]) -> None:
    """A 党委 or 党总支 without figures of its own is judged by its subtree: the sums of its descendants' inputs."""
    for by_org in values.values():
        own = dict(by_org)
        for org in subtree:
            if org.kind is OrgKind.BRANCH or org.id in own:
                continue
            parts = [own[o.id] for o in subtree if o.id in own and o.id != org.id and o.path.startswith(org.path)]
            if parts:
                refs = sorted({r for p in parts for r in p.refs})[:MAX_REFS]
                by_org[org.id] = SourceValue(
                    sum(p.numerator for p in parts),
                    sum(p.denominator for p in parts),
                    tuple(refs),
                    f"汇总下级 {len(parts)} 个组织",
                )


def _result_row(run: Run, period: Period, sc: Scored) -> Result:
    return Result(
        run_id=run.id,
        period_id=period.id,
        org_id=sc.org_id,
        org_name=sc.org_name,
        parent_id=sc.parent_id,
        total=sc.total,
        rank=sc.rank,
        siblings=sc.siblings,
        meets_standard=sc.meets_standard,
        colour=sc.colour,
        reasons=sc.reasons,
        reward=sc.reward,
        dimensions=sc.dimensions,
        indicators=sc.indicators,
    )


def result_out(r: Result) -> ResultOut:
    return ResultOut(
        id=r.id,
        org_id=r.org_id,
        org_name=r.org_name,
        parent_id=r.parent_id,
        colour=r.colour.value,
        total=r.total,
        rank=r.rank,
        siblings=r.siblings,
        meets_standard=r.meets_standard,
        reasons=r.reasons,
        reward=float(r.reward),
        dimensions=r.dimensions,
        ticket_id=r.ticket_id,
        escalated_to_id=r.escalated_to_id,
        interview=r.interview,
        indicators=[IndicatorOut(**i) for i in r.indicators],
    )


async def scoped_run(principal: Principal, run_id: int) -> Run:
    run = await Run.get_or_none(id=run_id).prefetch_related("period", "org")
    if run is None:
        raise RunNotFound()
    await orgs.ensure_scope(principal, run.org_id)
    return run


async def get_run(principal: Principal, run_id: int) -> RunOut:
    run = await scoped_run(principal, run_id)
    s = await IndicatorSet.get(id=run.period.indicator_set_id)
    results = await Result.filter(run_id=run.id).order_by("id")
    return RunOut(
        id=run.id,
        status=run.status,
        period=run.period.key,
        period_status=run.period.status.value,
        org_id=run.org_id,
        org_name=run.org.name,
        indicator_set_version=s.version,
        created_at=run.created_at,
        until=run.until,
        results=[result_out(r) for r in results],
    )


async def run_for_export(principal: Principal, run_id: int) -> RunOut:
    """The run, for its xlsx report; every export is audited."""
    out = await get_run(principal, run_id)
    await audit.record(principal, "assessment.export", "run", run_id, org_id=out.org_id, detail={"period": out.period})
    return out


async def list_runs(principal: Principal, q: RunQuery) -> tuple[list[RunSummary], int]:
    path = await orgs.scope_path(principal, q.org_id)
    qs = Run.all()
    if path is not None:
        qs = qs.filter(org__path__startswith=path)
    if q.period:
        qs = qs.filter(period__key=q.period)
    total = await qs.count()
    rows = await qs.order_by("-id").offset(q.offset).limit(q.page_size).prefetch_related("period", "org")
    return [
        RunSummary(id=r.id, status=r.status, period=r.period.key, org_id=r.org_id, org_name=r.org.name, created_at=r.created_at)
        for r in rows
    ], total


async def org_history(principal: Principal, org_id: int) -> HistoryOut:
    """The org's latest result in every period, oldest first (the trend)."""
    org = await orgs.ensure_scope(principal, org_id)
    latest: dict[int, Result] = {}
    for r in await Result.filter(org_id=org.id).order_by("run_id"):
        latest[r.period_id] = r
    by_id = {p.id: p for p in await Period.filter(id__in=list(latest))}
    points = [
        HistoryPoint(
            period=by_id[pid].key,
            period_status=by_id[pid].status.value,
            run_id=r.run_id,
            total=r.total,
            rank=r.rank,
            colour=r.colour.value,
            dimensions=r.dimensions,
            values={i["key"]: i["value"] for i in r.indicators},
            ticket_id=r.ticket_id,
        )
        for pid, r in sorted(latest.items(), key=lambda kv: (by_id[kv[0]].first_day, by_id[kv[0]].kind))
    ]
    return HistoryOut(org_id=org.id, org_name=org.name, points=points)


async def my_result(principal: Principal) -> MyResultOut:
    """A member's own branch in its newest result: colour, scores and indicators, never the ranking."""
    member = await Member.get_or_none(id=principal.member_id or 0)
    if member is None:
        raise ResultNotFound()
    org = await Organization.get(id=member.org_id)
    # A 党小组 is assessed as part of its branch.
    org_id = org.parent_id if org.kind is OrgKind.GROUP and org.parent_id else org.id
    r = await Result.filter(org_id=org_id).order_by("-run_id").first()
    if r is None:
        raise ResultNotFound()
    period = await Period.get(id=r.period_id)
    return MyResultOut(
        period=period.key,
        org_id=r.org_id,
        org_name=r.org_name,
        colour=r.colour.value,
        total=r.total,
        dimensions=r.dimensions,
        indicators=[IndicatorOut(**i) for i in r.indicators],
    )


async def get_period(period_id: int) -> Period:
    p = await Period.get_or_none(id=period_id)
    if p is None:
        raise PeriodNotFound()
    return p
