"""Demo projects for `seed-demo`: one at each PDCA stage (one evaluated, one closed whose lessons start a new cycle),
a pool with a claimed and an open project, and a 书记领办 project. Idempotent: found by (org, title)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from miniapp_api.projects import pool, service
from miniapp_api.projects.models import Project
from miniapp_api.projects.schemas import (
    ApproveIn,
    ClaimIn,
    CloseIn,
    EvaluateIn,
    MilestoneIn,
    NoteIn,
    PoolCreate,
    ProjectCreate,
)
from server.core.auth import Principal, Role
from server.core.domains import DemoContext

SYSTEM = Principal(0, Role.SUPERADMIN, name="demo")


def _body(
    ctx: DemoContext, key: str, title: str, goal: str, indicators: list[dict[str, Any]], year: int, **extra: Any
) -> dict[str, Any]:
    return {
        "org_id": ctx.orgs[key],
        "title": title,
        "goal": goal,
        "measures": extra.pop("measures", []),
        "indicators": indicators,
        "budget": extra.pop("budget", 10000),
        "period_start": date(year, 1, 1),
        "period_end": date(year, 12, 31),
        **extra,
    }


async def _project(
    ctx: DemoContext, key: str, title: str, goal: str, indicators: list[dict[str, Any]], year: int, **extra: Any
) -> tuple[int, bool]:
    existing = await Project.get_or_none(org_id=ctx.orgs[key], title=title)
    if existing is not None:
        return existing.id, False
    out = await service.propose(
        SYSTEM, ProjectCreate.model_validate(_body(ctx, key, title, goal, indicators, year, **extra)), ctx.now
    )
    return out.id, True


async def _run(
    ctx: DemoContext, pid: int, *, milestones: int = 0, note: str = "", actuals: list[float] | None = None, lessons: str = ""
) -> None:
    today = ctx.settings.zone.date(ctx.now)
    await service.approve(SYSTEM, pid, ApproveIn(decision="approve"), ctx.now)
    for i in range(milestones):
        await service.add_milestone(
            SYSTEM,
            pid,
            MilestoneIn(
                title=["完成动员部署", "阶段推进会", "成效总结"][i % 3],
                note="按计划完成",
                done_on=today - timedelta(days=60 - 20 * i),
            ),
            ctx.now,
        )
    if note:
        await service.add_note(SYSTEM, pid, NoteIn(note=note), ctx.now)
    if actuals is not None:
        detail = await service.detail(SYSTEM, pid)
        await service.evaluate(
            SYSTEM,
            pid,
            EvaluateIn.model_validate(
                {
                    "actuals": [{"indicator_id": ind.id, "actual": a} for ind, a in zip(detail.indicators, actuals, strict=True)],
                    "comment": "目标基本实现，群众反映良好",
                }
            ),
            ctx.now,
        )
    if lessons:
        await service.close(SYSTEM, pid, CloseIn(lessons=lessons), ctx.now)


async def load_demo(ctx: DemoContext) -> list[str]:
    year = ctx.settings.zone.date(ctx.now).year
    secretary: dict[str, int | None] = {
        k: next(iter(ctx.members.get(k) or []), None) for k in ("b_service", "b_community", "b_office", "b_park")
    }
    service_ind = [
        {"name": "一次办结率", "unit": "%", "target": 95, "weight": 2},
        {"name": "差评件数", "unit": "件", "target": 10, "weight": 1, "higher_is_better": False},
    ]
    added = 0
    prev, new = await _project(
        ctx,
        "b_service",
        "党员先锋岗 一窗通办（上一轮）",
        "窗口服务一次办结",
        service_ind,
        year - 1,
        leader_member_id=secretary["b_service"],
    )
    if new:
        added += 1
        await _run(ctx, prev, milestones=2, actuals=[90, 14], lessons="高峰时段要增开党员先锋窗口；差评要当天回访")
    pid, new = await _project(
        ctx,
        "b_service",
        "党员先锋岗 一窗通办",
        "窗口服务一次办结、差评当天回访",
        service_ind,
        year,
        leader_member_id=secretary["b_service"],
        previous_id=prev,
        measures=["党员亮身份上岗", "高峰时段增开窗口", "差评当天回访"],
        budget=30000,
    )
    if new:
        added += 1
        await _run(ctx, pid, milestones=3, note="请把回访记录附在节点材料里", actuals=[97, 6])
    pid, new = await _project(
        ctx,
        "b_community",
        "红色物业暖民心",
        "小区物业投诉下降一半",
        [{"name": "解决群众急难愁盼问题", "unit": "件", "target": 40}],
        year,
        measures=["党员认领楼栋", "每月红色议事会"],
        leader_member_id=secretary["b_community"],
    )
    if new:
        added += 1
        await _run(ctx, pid, milestones=1, note="议事会记录要写明参会居民人数")
    pid, new = await _project(
        ctx, "b_park", "党建引领产业链协同", "链上企业党组织结对共建", [{"name": "结对企业", "unit": "家", "target": 12}], year
    )
    if new:
        added += 1
        await _run(ctx, pid)
    _, new = await _project(
        ctx,
        "b_office",
        "机关作风建设提升行动",
        "文件办理提速三成",
        [{"name": "平均办文天数", "unit": "天", "target": 3, "higher_is_better": False}],
        year,
    )
    added += int(new)
    pooled = 0
    for title, claimant in (("志愿服务进小区", "b_community"), ("银龄党员结对帮扶", None)):
        if await Project.filter(title=title).exists():
            continue
        out = await pool.publish(
            SYSTEM,
            PoolCreate.model_validate(
                _body(
                    ctx, "committee", title, "组织党员就近服务群众", [{"name": "服务时长", "unit": "小时", "target": 500}], year
                )
            ),
            ctx.now,
        )
        pooled += 1
        if claimant:
            await pool.claim(SYSTEM, out.id, ClaimIn(org_id=ctx.orgs[claimant]), ctx.now)
    return [
        f"projects: {added} demo projects (proposed, approved, in progress, evaluated, closed; 书记领办), "
        f"{pooled} pool projects (one claimed)"
    ]
