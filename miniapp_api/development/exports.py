"""The 发展党员台账 (xlsx) and the printable 档案材料 checklist of one person."""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Any

from miniapp_api.audit import service as audit
from miniapp_api.development.rules import BY_KEY, STAGE_LABELS, STEPS
from miniapp_api.development.service import _entries, effective, history_of, people_in_development, stage_of
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import Member
from server.core.auth import Principal
from server.core.settings import DevelopmentSettings
from server.core.xlsx import table_workbook

# The file a branch keeps and hands to the 党委 (细则第二十一条, 第三十六条): each material and the steps behind it.
MATERIALS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("入党申请书", ("application",)),
    ("谈话记录", ("talk",)),
    ("推荐和确定入党积极分子的材料（支委会记录、备案）", ("activist",)),
    ("培养联系人指定材料", ("contacts",)),
    ("《入党积极分子培养考察登记表》（每半年考察记录）", ("review",)),
    ("拟列为发展对象的公示材料", ("publicity",)),
    ("列为发展对象的支委会记录及上级党委同意意见", ("candidate",)),
    ("入党介绍人意见", ("sponsors",)),
    ("政治审查材料", ("political_review",)),
    ("集中培训结业证明", ("training",)),
    ("支委会审查意见、基层党委预审意见", ("pre_review",)),
    ("《入党志愿书》及支部党员大会决议", ("branch_meeting",)),
    ("党委谈话记录及审批意见", ("committee_talk", "approval")),
    ("入党宣誓记录", ("oath",)),
    ("《预备党员教育考察登记表》", ("probation_review",)),
    ("转正申请书", ("full_application",)),
    ("延长预备期的决议及批复（如有）", ("extension",)),
    ("转正的支部党员大会决议及党委审批意见", ("full_meeting", "full_approval")),
)


async def ledger(principal: Principal, org_id: int, cfg: DevelopmentSettings) -> tuple[bytes, str]:
    """发展党员台账: one row per person in development (and their step dates); audited."""
    org = await orgs.ensure_scope(principal, org_id)
    people = await people_in_development(org)
    grouped = await _entries([m.id for m in people])
    header = ["姓名", "所属组织", "阶段", *[s.name for s in STEPS], "预备期满"]
    rows: list[list[Any]] = []
    for m in people:
        history = history_of(grouped[m.id])
        dates = [(history.last(s.key).done_at.isoformat() if history.last(s.key) else "") for s in STEPS]  # type: ignore[union-attr]
        end = history.probation_end(cfg)
        rows.append([m.name, m.org.name, STAGE_LABELS[stage_of(m)], *dates, end.isoformat() if end else ""])
    body = await asyncio.to_thread(table_workbook, "发展党员台账", header, rows)
    await audit.record(principal, "development.export", "org", org.id, org_id=org.id, detail={"rows": len(rows)})
    return body, f"发展党员台账-{org.name}.xlsx"


async def file_context(principal: Principal, member_id: int, today: date, cfg: DevelopmentSettings) -> dict[str, Any]:
    """What the 档案材料 checklist page shows: each material, whether its steps are done, when, with how many files."""
    member: Member = await orgs.get_member(principal, member_id)
    entries = (await _entries([member.id]))[member.id]
    live = effective(entries)
    history = history_of(entries)
    items = []
    for title, keys in MATERIALS:
        done = [x for x in live if x.key in keys]
        items.append(
            {
                "title": title,
                "done": all(history.has(k) for k in keys if not BY_KEY[k].optional) and bool(done),
                "dates": ", ".join(sorted({x.done_at.isoformat() for x in done})),
                "files": sum(len(x.evidence or []) for x in done),
                "articles": "、".join(dict.fromkeys(BY_KEY[k].article for k in keys)),
            }
        )
    end = history.probation_end(cfg)
    await audit.record(principal, "development.print_file", "member", member.id, org_id=member.org_id)
    return {
        "member": member,
        "org_name": member.org.name,
        "stage": STAGE_LABELS[stage_of(member)],
        "items": items,
        "probation_end": end,
        "today": today,
    }
