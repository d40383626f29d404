"""The yearly xlsx report of an org: 学时 per member, the topic heat map, completion rates and the ledger."""

from __future__ import annotations

import io
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from miniapp_api.learning.schemas import OrgGraphOut
from miniapp_api.orgs.models import STATUS_LABELS
from server.core.xlsx import append_row

_BOLD = Font(bold=True)
_RED = PatternFill("solid", fgColor="FDE2E1")


def _sheet(wb: Workbook, title: str, header: list[str], rows: list[list[Any]], first: bool = False) -> Any:
    ws = wb.active if first else wb.create_sheet()
    ws.title = title
    append_row(ws, header)
    for cell in ws[1]:
        cell.font = _BOLD
    for row in rows:  # member and org names are user text: never a formula
        append_row(ws, row)
    for i, name in enumerate(header, start=1):
        ws.column_dimensions[ws.cell(1, i).column_letter].width = max(10, len(name) * 2 + 2)
    ws.freeze_panes = "A2"
    return ws


def build_report(
    org_name: str, year: int, members: list[dict[str, Any]], graph: OrgGraphOut, entries: list[dict[str, Any]],
) -> bytes:
    """Plain data in, xlsx bytes out (runs in a thread)."""
    wb = Workbook()
    ws = _sheet(wb, "学时汇总", ["组织", "姓名", "身份", "职务", "年度目标(学时)", "已获学时", "认证学习(分钟)", "是否达标"], [
        [m["org_name"], m["name"], STATUS_LABELS.get(m["status"], ""), "、".join(m["posts"]), m["target_hours"],
         m["credit_hours"], m["certified_minutes"], "是" if m["reached"] else "否"] for m in members
    ], first=True)
    for row in ws.iter_rows(min_row=2):
        if row[7].value == "否":
            for cell in row:
                cell.fill = _RED
    _sheet(wb, "主题热力", ["组织", "党员数", *[f"{t}(人均分钟)" for t in graph.topics]],
           [[h.org_name, h.members, *h.minutes] for h in graph.heat])
    _sheet(wb, "课程完成率", ["课程", "应学人数", "完成人数", "完成率"],
           [[c.title, c.audience, c.completed, f"{c.rate:.0%}"] for c in graph.completion])
    _sheet(wb, "学时明细", ["姓名", "时间", "来源", "学时", "说明"],
           [[e["name"], e["at"], e["source"], e["hours"], e["note"]] for e in entries])
    summary = wb.create_sheet("概况", 0)
    append_row(summary, [f"{org_name} {year} 年度党员学习情况"])
    summary["A1"].font = Font(bold=True, size=14)
    summary.append(["党员人数", graph.member_count])
    summary.append(["达标人数", graph.reached_count])
    summary.append(["达标率", f"{graph.reached_rate:.0%}"])
    summary.append(["未达标人数", graph.behind_count])
    summary.column_dimensions["A"].width = 16
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
