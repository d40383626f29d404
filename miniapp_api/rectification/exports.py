"""The console's ticket export (xlsx): the filtered tickets of the caller's subtree, contacts masked, audited."""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

from miniapp_api.audit import service as audit
from miniapp_api.rectification.models import DISPOSAL_LABELS, FOLLOWUP_LABELS, STATUS_LABELS, Ticket
from miniapp_api.rectification.schemas import TicketExportQuery
from miniapp_api.rectification.service import tickets_queryset
from server.core.auth import Principal
from server.core.clock import LocalZone
from server.core.database import reader
from server.core.xlsx import table_workbook

MAX_ROWS = 50_000
HEADER = ["工单号", "事项", "内容", "组织", "状态", "处置方式", "生成时间", "核实时限", "整改时限", "整改完成", "办结",
          "超期", "督办", "评价人", "整改情况", "整改评价", "申诉结果"]
_APPEAL = {"upheld": "申诉成立", "rejected": "申诉不成立"}


def _row(t: Ticket, zone: LocalZone) -> list[Any]:
    def local(value: datetime | None) -> str:
        return zone.local(value).strftime("%Y-%m-%d %H:%M") if value else ""

    return [t.id, t.title, t.summary, t.org.name, STATUS_LABELS[t.status],
            DISPOSAL_LABELS[t.disposal] if t.disposal else "", local(t.created_at), local(t.verify_due_at),
            local(t.rectify_due_at), local(t.resolved_at), local(t.closed_at), "是" if t.is_overdue else "",
            t.escalated_to.name if t.escalated_to else "", t.contact_masked if t.is_named else "匿名", t.resolution,
            FOLLOWUP_LABELS[t.followup_result] if t.followup_result else "", _APPEAL.get(t.appeal_result, "")]


def _workbook(rows: list[list[Any]]) -> bytes:
    return table_workbook("整改工单", HEADER, rows)  # user text (comments, names, notes) is never a formula


async def export_tickets(principal: Principal, q: TicketExportQuery, zone: LocalZone) -> tuple[bytes, str]:
    """The workbook and its file name; every export is audited with its filters and row count."""
    qs = await tickets_queryset(principal, q)
    rows = await qs.using_db(reader()).limit(MAX_ROWS).prefetch_related("org", "escalated_to")
    body = await asyncio.to_thread(_workbook, [_row(t, zone) for t in rows])
    filters = {k: v for k, v in q.model_dump(mode="json").items() if v is not None}
    await audit.record(principal, "rectification.export", "ticket", "", org_id=q.org_id or principal.org_id,
                       detail={**filters, "rows": len(rows)})
    return body, "整改工单.xlsx"
