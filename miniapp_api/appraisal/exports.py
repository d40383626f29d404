"""The 民主评议 results workbook of one round (xlsx), audited."""

from __future__ import annotations

import asyncio

from miniapp_api.appraisal.models import GRADE_LABELS, Grade
from miniapp_api.appraisal.service import get_round
from miniapp_api.audit import service as audit
from server.core.auth import Principal
from server.core.xlsx import table_workbook

HEADER = [
    "姓名",
    "个人自评",
    "互评（优秀/合格/基本合格/不合格）",
    "支委会评定意见",
    "党员大会确认等次",
    "处置措施",
    "限期改正截止",
]


async def results_workbook(principal: Principal, round_id: int) -> tuple[bytes, str]:
    rnd = await get_round(principal, round_id)
    rows = []
    for e in rnd.entries:
        peers = "/".join(str(e.peer_counts.get(g.value, 0)) for g in Grade)
        rows.append(
            [
                e.name,
                "已提交" if e.self_submitted else "未提交",
                peers,
                GRADE_LABELS[Grade(e.proposed_grade)] if e.proposed_grade else "",
                e.final_label,
                e.followup_note,
                e.followup_due.isoformat() if e.followup_due else "",
            ]
        )
    body = await asyncio.to_thread(table_workbook, f"{rnd.year}年民主评议", HEADER, rows)
    await audit.record(principal, "appraisal.export", "appraisal", rnd.id, org_id=rnd.org_id, detail={"rows": len(rows)})
    return body, f"民主评议党员结果-{rnd.org_name}-{rnd.year}.xlsx"
