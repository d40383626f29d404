"""The supervision part of the combined early-warning list: open findings past their deadline, and findings
flagged 交办-拖延-再交办 (reopened twice by the inspectors' re-check), per org."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from aiohttp import web

from miniapp_api.supervision import service
from server.core.appkeys import SETTINGS
from server.core.indicators import Warning


async def finding_warnings(app: web.Application, org_ids: Sequence[int], today: date) -> list[Warning]:
    zone = app[SETTINGS].zone
    start_of_today = zone.start_of_day(today)
    out = []
    for f in sorted(await service.open_findings_facts(list(org_ids)), key=lambda r: int(r["id"])):
        if f["is_flagged"]:
            out.append(
                Warning(
                    int(f["org_id"]),
                    "supervision.flagged",
                    f"督查问题“{f['title']}”复查两次未通过（{service.FLAG_LABEL}）",
                    since=zone.date(f["created_at"]),
                    refs=(int(f["id"]),),
                )
            )
        if f["due_at"] is not None and f["due_at"] < start_of_today:
            out.append(
                Warning(
                    int(f["org_id"]),
                    "supervision.overdue",
                    f"督查问题“{f['title']}”已超过整改期限",
                    since=zone.date(f["due_at"]),
                    refs=(int(f["id"]),),
                )
            )
    return out
