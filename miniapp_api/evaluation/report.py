"""The monthly evaluation report (xlsx): overview, by child org, by point, daily trend, 差评 tickets."""

from __future__ import annotations

import asyncio
import io
from calendar import monthrange
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from redis.asyncio import Redis

from miniapp_api.audit import service as audit
from miniapp_api.evaluation import stats
from miniapp_api.evaluation.errors import BadPeriod
from miniapp_api.orgs.models import Organization
from miniapp_api.rectification import service as tickets
from miniapp_api.rectification.models import DISPOSAL_LABELS, FOLLOWUP_LABELS, STATUS_LABELS, Disposal, Followup
from server.core.auth import Principal
from server.core.clock import LocalZone
from server.core.xlsx import append_row

_HEAD = Font(bold=True, color="FFFFFF")
_FILL = PatternFill("solid", fgColor="C00000")
_RATE_COLUMNS = ("good_rate", "satisfaction_rate", "rectification_rate", "on_time_rate", "followup_satisfaction_rate")
_GROUP_COLUMNS = [("total", "评价数"), ("average", "平均分"), ("good_rate", "好评率"), ("satisfaction_rate", "满意率"),
                  ("bad_count", "差评数"), ("rectification_rate", "差评整改率"), ("on_time_rate", "按期整改率"),
                  ("followup_satisfaction_rate", "回访满意率")]


def month_bounds(month: str | None, now: datetime, zone: LocalZone) -> tuple[date, date]:
    """The first and last local date of `month` (YYYY-MM), by default the current local month."""
    if month is None:
        local = zone.local(now)
        year, mon = local.year, local.month
    else:
        year, mon = int(month[:4]), int(month[5:7])
    if not 2000 <= year <= 2100:
        raise BadPeriod("月份不正确")
    return date(year, mon, 1), date(year, mon, monthrange(year, mon)[1])


def _sheet(wb: Workbook, title: str, header: list[str], rows: list[list[Any]], *, first: bool = False) -> None:
    ws = wb.active if first else wb.create_sheet()
    assert ws is not None
    ws.title = title
    append_row(ws, header)
    for cell in ws[1]:
        cell.font, cell.fill, cell.alignment = _HEAD, _FILL, Alignment(horizontal="center")
    for row in rows:
        append_row(ws, row)
    for i, name in enumerate(header, start=1):
        ws.column_dimensions[ws.cell(1, i).column_letter].width = max(10, len(name) * 2 + 4)
    ws.freeze_panes = "A2"


def _pct(value: Any) -> Any:
    return f"{value * 100:.1f}%" if isinstance(value, float) else ("—" if value is None else value)


def _group_row(row: dict[str, Any]) -> list[Any]:
    return [_pct(row[k]) if k in _RATE_COLUMNS else row[k] for k, _ in _GROUP_COLUMNS]


def build_workbook(data: dict[str, Any], ticket_rows: list[dict[str, Any]], zone: LocalZone) -> bytes:
    wb = Workbook()
    overview = [["组织", data["org"]["name"]], ["统计区间", f"{data['from']} 至 {data['to']}"]]
    overview += [[label, _pct(data[key]) if key in _RATE_COLUMNS else data[key]] for key, label in _GROUP_COLUMNS]
    overview += [["差评工单", data["tickets"]], ["已整改", data["rectified"]], ["超期工单", data["overdue"]],
                 ["申诉成立（不计入统计）", data["appeals_upheld"]]]
    obs = data["observers"]  # 党建观察员: a line of their own, never mixed into the citizens' figures
    overview += [["党建观察员评价数（单独统计）", obs["total"]], ["党建观察员满意率", _pct(obs["satisfaction_rate"])]]
    overview += [[f"{s} 分", data["distribution"][str(s)]] for s in range(5, 0, -1)]
    _sheet(wb, "概览", ["指标", "数值"], overview, first=True)
    _sheet(wb, "下级组织", ["组织", *(label for _, label in _GROUP_COLUMNS)],
           [[("本级 · " if r["is_self"] else "") + r["name"], *_group_row(r)] for r in data["by_child_org"]])
    _sheet(wb, "服务点", ["服务点", "所属组织", *(label for _, label in _GROUP_COLUMNS)],
           [[r["name"], r["org_name"], *_group_row(r)] for r in data["by_point"]])
    _sheet(wb, "每日趋势", ["日期", "评价数", "好评", "差评", "平均分"],
           [[d["day"], d["total"], d["good"], d["bad"], d["average"]] for d in data["trend"]])
    def local(value: datetime | None) -> str:
        return zone.local(value).strftime("%Y-%m-%d %H:%M") if value else ""

    _sheet(wb, "差评工单", ["工单号", "事项", "状态", "处置方式", "生成时间", "整改时限", "整改完成", "办结", "超期", "回访结果"],
           [[t["id"], t["title"], STATUS_LABELS.get(t["status"], str(t["status"])),
             DISPOSAL_LABELS.get(Disposal(t["disposal"])) if t["disposal"] else "", local(t["created_at"]),
             local(t["rectify_due_at"]), local(t["resolved_at"]), local(t["closed_at"]), "是" if t["is_overdue"] else "",
             FOLLOWUP_LABELS.get(Followup(t["followup_result"])) if t["followup_result"] else ""]
            for t in ticket_rows])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


async def monthly_report(principal: Principal, org_id: int | None, month: str | None, redis: Redis, now: datetime,
                         zone: LocalZone) -> tuple[bytes, str]:
    """The workbook and its file name; the export is audited."""
    start, end = month_bounds(month, now, zone)
    data = await stats.compute(principal, org_id, start, end, redis, now, zone)
    org_ids = await Organization.filter(path__startswith=(await stats.stats_org(principal, org_id)).path).values_list(
        "id", flat=True)
    _, _, since, until = stats.period(start, end, now, zone)
    ticket_rows = await tickets.ticket_facts("rating", list(org_ids), since, until)  # type: ignore[arg-type]
    body = await asyncio.to_thread(build_workbook, data, ticket_rows, zone)
    await audit.record(principal, "evaluation.report_export", "organization", data["org"]["id"],
                       org_id=data["org"]["id"], detail={"month": start.strftime("%Y-%m")})
    return body, f"服务评价月报-{data['org']['name']}-{start.strftime('%Y年%m月')}.xlsx"
