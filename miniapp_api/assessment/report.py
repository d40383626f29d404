"""The period report of a run as xlsx: one sheet of results (colours, scores, ranks), one of every indicator input."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Font

from miniapp_api.assessment.catalogue import DIMENSIONS
from miniapp_api.assessment.schemas import RunOut
from server.core.xlsx import append_row

COLOUR_LABELS = {"red_flag": "流动红旗", "yellow": "黄色预警", "normal": "正常"}


def build(run: RunOut) -> bytes:
    """CPU-bound: callers run it in a thread."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "考核结果"
    until = f"，计至 {run.until.isoformat()}" if run.until else ""
    append_row(ws, [f"{run.period} 党建考核（{run.org_name}，指标体系第 {run.indicator_set_version} 版{until}）"])
    append_row(ws, ["组织", "结果", "总分", "同级排名", *DIMENSIONS, "达标", "经费奖励（元）", "说明"])
    for cell in ws[2]:
        cell.font = Font(bold=True)
    for r in run.results:
        append_row(
            ws,
            [
                r.org_name,
                COLOUR_LABELS[r.colour],
                r.total,
                f"{r.rank}/{r.siblings}" if r.rank else "",
                *[r.dimensions.get(d) for d in DIMENSIONS],
                "是" if r.meets_standard else "否",
                r.reward,
                "；".join(r.reasons),
            ],
        )
    ws.freeze_panes = "A3"
    detail = wb.create_sheet("指标明细")
    append_row(
        detail, ["组织", "维度", "指标", "值", "分子", "分母", "目标", "权重", "水平分", "提升分", "得分", "说明", "依据记录编号"]
    )
    for cell in detail[1]:
        cell.font = Font(bold=True)
    for r in run.results:
        for i in r.indicators:
            append_row(
                detail,
                [
                    r.org_name,
                    i.dimension,
                    i.name,
                    "无数据" if i.value is None else i.value,
                    i.numerator,
                    i.denominator,
                    i.target,
                    i.weight,
                    i.level,
                    i.improvement,
                    i.score,
                    i.detail,
                    ",".join(str(x) for x in i.refs[:200]),
                ],
            )
    detail.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
