"""What 志愿服务 gives the assessment: `volunteer.participation` = members with a confirmed activity / members."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from aiohttp import web

from miniapp_api.volunteer import service
from server.core.appkeys import SETTINGS
from server.core.indicators import SourceValue

SOURCE_KEY = "volunteer.participation"


async def participation(app: web.Application, org_ids: Sequence[int], first: date, last: date) -> dict[int, SourceValue]:
    """Members (正式 and 预备) of each org's subtree with ≥1 confirmed activity starting in the period."""
    out = await service.participation(org_ids, app[SETTINGS].zone, first, last)
    return {
        org_id: SourceValue(numerator=n, denominator=d, refs=tuple(refs), detail=f"党员 {d} 名，参加志愿服务并经确认 {n} 名")
        for org_id, (n, d, refs) in out.items()
    }
