"""What service evaluation contributes to the assessment: 服务评价满意率 and 群众评价参与度 (the 好差评 anchors of
国办发〔2019〕51号; ratings excluded by an upheld appeal count nowhere)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from aiohttp import web

from miniapp_api.evaluation.models import Rating, ServicePoint
from miniapp_api.evaluation.options import SATISFIED_SCORES
from server.core.appkeys import SETTINGS
from server.core.indicators import SourceValue, register_source


async def satisfaction(app: web.Application, org_ids: Sequence[int], first: date, last: date) -> dict[int, SourceValue]:
    """满意率 of each org's own service points: 3–5 star ratings / valid ratings rated in the period (local days)."""
    rows = (
        await Rating.filter(org_id__in=list(org_ids), day__gte=first, day__lte=last, is_excluded=False)
        .order_by("id")
        .values_list("id", "org_id", "score")
    )
    tally: dict[int, tuple[list[int], int]] = {}
    for rid, org_id, score in rows:
        ok, total = tally.get(int(org_id), ([], 0))
        tally[int(org_id)] = ([*ok, int(rid)] if score in SATISFIED_SCORES else ok, total + 1)
    return {
        org_id: SourceValue(len(ok), total, tuple(ok), f"有效评价 {total} 条，满意（3 星及以上）{len(ok)} 条")
        for org_id, (ok, total) in tally.items()
    }


async def participation(app: web.Application, org_ids: Sequence[int], first: date, last: date) -> dict[int, SourceValue]:
    """群众评价参与度: the org's active service points (set up by the period's end) rated at least once in it / those points."""
    zone = app[SETTINGS].zone
    points = (
        await ServicePoint.filter(  # a point set up after the period was not there to be rated
            org_id__in=list(org_ids), is_active=True, created_at__lt=zone.start_of_day(last + timedelta(days=1))
        )
        .order_by("id")
        .values_list("id", "org_id")
    )
    rated = set(
        await Rating.filter(point_id__in=[p for p, _ in points], day__gte=first, day__lte=last, is_excluded=False)
        .distinct()
        .values_list("point_id", flat=True)
    )
    tally: dict[int, tuple[list[int], int]] = {}
    for pid, org_id in points:
        hit, total = tally.get(int(org_id), ([], 0))
        tally[int(org_id)] = ([*hit, int(pid)] if pid in rated else hit, total + 1)
    return {
        org_id: SourceValue(len(hit), total, tuple(hit), f"在用服务点 {total} 个，本期收到评价的 {len(hit)} 个")
        for org_id, (hit, total) in tally.items()
    }


def install_indicators(app: web.Application) -> None:
    register_source(app, "evaluation.satisfaction", satisfaction)
    register_source(app, "evaluation.participation", participation)
