"""The project ledger (项目台账, xlsx): the filtered projects of the caller's subtree with their scores; audited."""

from __future__ import annotations

import asyncio
from typing import Any

from miniapp_api.audit import service as audit
from miniapp_api.projects.models import STAGE_LABELS, Project
from miniapp_api.projects.schemas import ProjectQuery
from miniapp_api.projects.scoring import GRADE_LABELS
from miniapp_api.projects.service import filtered
from server.core.auth import Principal
from server.core.xlsx import table_workbook

MAX_ROWS = 50_000
HEADER = [
    "编号",
    "项目名称",
    "组织",
    "阶段",
    "领办人",
    "书记领办",
    "认领",
    "开始",
    "结束",
    "预算（元）",
    "目标",
    "得分",
    "等级",
    "经验教训",
]


def _row(p: Project) -> list[Any]:
    return [
        p.id,
        p.title,
        p.org.name,
        STAGE_LABELS[p.stage],
        p.leader_name,
        "是" if p.is_secretary_led else "",
        "是" if p.is_claimed else "",
        p.period_start.isoformat(),
        p.period_end.isoformat(),
        float(p.budget),
        p.goal,
        p.score if p.score is not None else "",
        GRADE_LABELS.get(p.grade, ""),
        p.lessons,
    ]


async def export_ledger(principal: Principal, q: ProjectQuery) -> tuple[bytes, str]:
    qs = await filtered(principal, q)
    rows = await qs.order_by("org_id", "-id").limit(MAX_ROWS).prefetch_related("org")
    body = await asyncio.to_thread(table_workbook, "党建项目台账", HEADER, [_row(p) for p in rows])
    filters = {k: v for k, v in q.model_dump(mode="json", exclude={"page", "page_size"}).items() if v is not None}
    await audit.record(
        principal, "projects.export", "project", "", org_id=q.org_id or principal.org_id, detail={**filters, "rows": len(rows)}
    )
    return body, "党建项目台账.xlsx"
