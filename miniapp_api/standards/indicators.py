"""What 标准化建设 gives the assessment: `standards.compliance` = items confirmed compliant / applicable items."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from aiohttp import web

from miniapp_api.standards import service
from server.core.appkeys import SETTINGS
from server.core.indicators import SourceValue

SOURCE_KEY = "standards.compliance"


async def compliance(app: web.Application, org_ids: Sequence[int], first: date, last: date) -> dict[int, SourceValue]:
    """As of the end of the period's last local day: the latest decision of the parent on each applicable item."""
    as_of = app[SETTINGS].zone.end_of_day(last)
    return {
        org_id: SourceValue(
            numerator=met, denominator=total, refs=tuple(refs), detail=f"适用项目 {total} 项，经上级确认达标 {met} 项"
        )
        for org_id, (met, total, refs) in (await service.compliance_of(org_ids, as_of)).items()
    }
