"""Statistics of an org subtree and period: rates, distribution, by point, by child org, daily trend.

Definitions (docs/evaluation.md): 好评率 = (4+5)/total; 满意率 = (3+4+5)/total (基本满意及以上);
差评 = 1–2; 差评整改率 = resolved tickets / 差评 tickets; 按期整改率 = tickets resolved by their deadline /
tickets that are resolved or past their deadline; 回访满意率 = (满意+基本满意) / follow-ups.
Ratings excluded by an upheld appeal, and their tickets, count nowhere. Ratings of 党建观察员 (rater kind
"observer") are counted apart, in `observers`, not in the citizens' and members' figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from redis.asyncio import Redis
from tortoise.functions import Count

from miniapp_api.evaluation import counters
from miniapp_api.evaluation.errors import BadPeriod, OrgRequired
from miniapp_api.evaluation.models import RaterKind, Rating, ServicePoint
from miniapp_api.evaluation.options import BAD_SCORES, GOOD_SCORES, SATISFIED_SCORES
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import Organization
from miniapp_api.rectification import service as tickets
from server.core.auth import Principal
from server.core.clock import LocalZone

MAX_SPAN_DAYS = 366


@dataclass
class Tally:
    """Counts of one group (the whole subtree, a point, a child org, a day)."""

    dist: dict[int, int] = field(default_factory=lambda: dict.fromkeys(range(1, 6), 0))
    tickets: int = 0
    resolved: int = 0
    due: int = 0
    on_time: int = 0
    followups: int = 0
    followups_ok: int = 0
    overdue: int = 0

    @property
    def total(self) -> int:
        return sum(self.dist.values())

    def share(self, scores: frozenset[int]) -> float | None:
        return _rate(sum(self.dist[s] for s in scores), self.total)

    def out(self) -> dict[str, Any]:
        total = self.total
        return {
            "total": total,
            "distribution": {str(s): n for s, n in self.dist.items()},
            "average": round(sum(s * n for s, n in self.dist.items()) / total, 2) if total else None,
            "good_rate": self.share(GOOD_SCORES),
            "satisfaction_rate": self.share(SATISFIED_SCORES),
            "bad_count": sum(self.dist[s] for s in BAD_SCORES),
            "tickets": self.tickets,
            "rectified": self.resolved,
            "rectification_rate": _rate(self.resolved, self.tickets),
            "on_time_rate": _rate(self.on_time, self.due),
            "overdue": self.overdue,
            "followups": self.followups,
            "followup_satisfaction_rate": _rate(self.followups_ok, self.followups),
        }


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def period(start: date | None, end: date | None, now: datetime, zone: LocalZone) -> tuple[date, date, datetime, datetime]:
    """Inclusive local dates (default: the last 30 days up to today) and the matching aware [since, until) bounds."""
    end = end or zone.date(now)
    start = start or end - timedelta(days=29)
    if start > end or (end - start).days >= MAX_SPAN_DAYS:
        raise BadPeriod()
    return start, end, zone.start_of_day(start), zone.start_of_day(end + timedelta(days=1))


async def stats_org(principal: Principal, org_id: int | None) -> Organization:
    if org_id is None:
        if principal.org_id is None:
            raise OrgRequired()
        org_id = principal.org_id
    return await orgs.ensure_scope(principal, org_id)


def _child_of(org: Organization, orgs_by_id: dict[int, dict[str, Any]]) -> dict[int, int]:
    """Map every org of the subtree to the direct child of `org` it lies under (org itself → org)."""
    depth = len(org.path.strip("/").split("/"))
    out = {}
    for oid, row in orgs_by_id.items():
        parts = row["path"].strip("/").split("/")
        out[oid] = int(parts[depth]) if len(parts) > depth else org.id
    return out


async def compute(principal: Principal, org_id: int | None, start: date | None, end: date | None, redis: Redis,
                  now: datetime, zone: LocalZone) -> dict[str, Any]:
    """The statistics of `org_id`'s subtree (the caller's org by default) for [start, end] (StatsOut's shape)."""
    org = await stats_org(principal, org_id)
    start, end, since, until = period(start, end, now, zone)
    subtree = {r["id"]: r for r in await Organization.filter(path__startswith=org.path).values("id", "path", "name")}
    ids = list(subtree)
    child = _child_of(org, subtree)
    points = {p["id"]: p for p in await ServicePoint.filter(org_id__in=ids).values("id", "name", "org_id", "is_active")}
    rows = await Rating.filter(org_id__in=ids, day__gte=start, day__lte=end, is_excluded=False).annotate(
        n=Count("id")).group_by("point_id", "org_id", "day", "score", "rater_kind").values(
        "point_id", "org_id", "day", "score", "rater_kind", "n")
    observers = Tally()
    whole, by_point, by_child = Tally(), {pid: Tally() for pid, p in points.items() if p["is_active"]}, {}
    by_day = {start + timedelta(days=i): Tally() for i in range((end - start).days + 1)}
    for cid in {org.id, *(child[o] for o in ids)}:
        by_child[cid] = Tally()
    for r in rows:
        if r["rater_kind"] == RaterKind.OBSERVER:
            observers.dist[r["score"]] += r["n"]
            continue
        for tally in (whole, by_point.setdefault(r["point_id"], Tally()), by_child[child[r["org_id"]]],
                      by_day[r["day"]]):
            tally.dist[r["score"]] += r["n"]
    upheld = 0
    for t in await tickets.ticket_facts("rating", ids, since, until):
        if t["appeal_result"] == "upheld":
            upheld += 1
            continue
        for tally in (whole, by_child[child[t["org_id"]]]):
            _count_ticket(tally, t, now)
    live = await counters.live_by_point(redis, list(points))
    live_total: dict[str, int] = {}
    for dist in live.values():
        for k, v in dist.items():
            live_total[k] = live_total.get(k, 0) + v
    return {
        "org": {"id": org.id, "name": org.name},
        "from": start.isoformat(), "to": end.isoformat(),
        **whole.out(),
        "appeals_upheld": upheld,
        "observers": _observer_line(observers),
        "by_point": sorted((_point_row(pid, points, subtree, tally) for pid, tally in by_point.items()),
                           key=lambda x: (-x["total"], x["point_id"])),
        "by_child_org": [{"org_id": cid, "name": subtree[cid]["name"], "is_self": cid == org.id, **tally.out()}
                         for cid, tally in sorted(by_child.items(), key=lambda kv: (kv[0] != org.id, kv[0]))],
        "trend": [{"day": d.isoformat(), "total": t.total, "good": sum(t.dist[s] for s in GOOD_SCORES),
                   "bad": sum(t.dist[s] for s in BAD_SCORES), "average": t.out()["average"]} for d, t in by_day.items()],
        "live": counters.summarise(live_total).model_dump(),
    }


def _observer_line(tally: Tally) -> dict[str, Any]:
    full = tally.out()
    return {k: full[k] for k in ("total", "distribution", "average", "good_rate", "satisfaction_rate")}


def _point_row(pid: int, points: dict[int, dict[str, Any]], subtree: dict[int, dict[str, Any]],
               tally: Tally) -> dict[str, Any]:
    point = points.get(pid, {})
    org_id = point.get("org_id")
    return {"point_id": pid, "name": point.get("name", ""), "org_id": org_id,
            "org_name": subtree[org_id]["name"] if org_id in subtree else "", **tally.out()}


def _count_ticket(tally: Tally, t: dict[str, Any], now: datetime) -> None:
    tally.tickets += 1
    resolved_at = t["resolved_at"]
    if resolved_at is not None:
        tally.resolved += 1
        tally.due += 1
        tally.on_time += resolved_at <= t["rectify_due_at"]
    elif t["rectify_due_at"] < now and str(t["status"]) != "appealing":
        tally.due += 1
    tally.overdue += bool(t["is_overdue"])
    if t["followup_result"] is not None:
        tally.followups += 1
        tally.followups_ok += str(t["followup_result"]) in ("satisfied", "basic")


async def ratings_by_comment_status() -> dict[str, int]:
    """How many ratings are in each comment moderation state (one grouped query; for the metrics scrape)."""
    rows = await Rating.annotate(n=Count("id")).group_by("comment_status").values_list("comment_status", "n")
    return {str(status): int(n) for status, n in rows}
