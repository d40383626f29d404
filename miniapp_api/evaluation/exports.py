"""The console's ratings export (xlsx): the filtered ratings of the caller's subtree, contacts masked, audited."""

from __future__ import annotations

import asyncio
from typing import Any

from miniapp_api.audit import service as audit
from miniapp_api.evaluation import options
from miniapp_api.evaluation.models import Rating
from miniapp_api.evaluation.moderation import mask_contacts
from miniapp_api.evaluation.schemas import RatingExportQuery
from miniapp_api.evaluation.service import ratings_queryset
from miniapp_api.orgs.schemas import mask_phone
from miniapp_api.rectification import service as tickets
from server.core.auth import Principal
from server.core.clock import LocalZone
from server.core.database import reader
from server.core.xlsx import table_workbook

MAX_ROWS = 50_000  # one sheet stays small enough to open on an office PC; narrow the dates for more
_COMMENT = {"none": "", "published": "已公开", "held": "待审核", "rejected": "不予公开"}
_KIND = {"member": "党员", "citizen": "群众（微信）", "anonymous": "匿名", "staff": "工作人员", "observer": "党建观察员"}
HEADER = ["时间", "日期", "服务点", "所属组织", "评分", "评价", "标签", "留言", "留言状态", "敏感内容", "实名电话", "评价人",
          "整改工单", "不计入统计"]


def _row(r: Rating, ticket_id: int | None, zone: LocalZone) -> list[Any]:
    return [zone.local(r.created_at).strftime("%Y-%m-%d %H:%M"), r.day, r.point.name, r.org.name, r.score,
            options.level_label(r.score), "、".join(r.tags), mask_contacts(r.comment), _COMMENT[r.comment_status.value],
            "是" if r.comment_flagged else "", mask_phone(r.contact_phone) if r.contact_phone else "",
            _KIND.get(r.rater_kind.value, r.rater_kind.value), ticket_id or "", r.excluded_reason if r.is_excluded else ""]


def _workbook(rows: list[list[Any]]) -> bytes:
    return table_workbook("评价记录", HEADER, rows)  # user text (comments, names, notes) is never a formula


async def export_ratings(principal: Principal, q: RatingExportQuery, zone: LocalZone) -> tuple[bytes, str]:
    """The workbook and its file name; every export is audited with its filters and row count."""
    qs = await ratings_queryset(principal, q, zone)
    rows = await qs.using_db(reader()).limit(MAX_ROWS).prefetch_related("point", "org")
    bad = [r.id for r in rows if r.score in options.BAD_SCORES]
    linked: dict[int, Any] = {}
    for i in range(0, len(bad), 5000):  # stay far below the database's limit of bound parameters
        linked.update(await tickets.source_tickets("rating", bad[i:i + 5000]))
    body = await asyncio.to_thread(_workbook, [_row(r, linked[r.id].id if r.id in linked else None, zone) for r in rows])
    filters = {k: (v.isoformat() if hasattr(v, "isoformat") else v)
               for k, v in q.model_dump(by_alias=True).items() if v is not None}
    await audit.record(principal, "evaluation.ratings_export", "rating", "", org_id=q.org_id or principal.org_id,
                       detail={**filters, "rows": len(rows)})
    period = f"{q.from_ or ''}至{q.to or ''}" if q.from_ or q.to else "全部"
    return body, f"评价记录-{period}.xlsx"
