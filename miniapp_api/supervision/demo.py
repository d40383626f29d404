"""Demo supervision for `seed-demo`: the committee's 督查专班, a random inspection of its branches with one finding
rectified by the branch and awaiting the inspectors' re-check, a special inspection, and two 党建观察员."""

from __future__ import annotations

from miniapp_api.rectification import service as tickets
from miniapp_api.rectification.schemas import ActionIn
from miniapp_api.supervision import observers, service
from miniapp_api.supervision.models import Inspection, ObserverKind
from miniapp_api.supervision.schemas import (
    FindingCreate,
    InspectionCreate,
    ObserverCreate,
    TeamCreate,
    TeamMemberIn,
)
from server.core.auth import Principal, Role
from server.core.domains import DemoContext

RANDOM_TITLE = "三会一课落实情况随机抽查"
SEED = 20261201


async def load_demo(ctx: DemoContext) -> list[str]:
    if await Inspection.exists(title=RANDOM_TITLE):
        return []
    root = Principal(ctx.superadmin_id, Role.SUPERADMIN, name="演示·督查专班组长")
    committee = ctx.orgs["committee"]
    ev = ctx.settings.evaluation
    deadlines = tickets.Deadlines(ev.callback_working_days, ev.rectify_working_days, ctx.settings.zone)
    team = await service.create_team(
        root,
        TeamCreate(
            committee_id=committee,
            name="第一督查专班",
            members=[
                TeamMemberIn(name="王建平", department="组织", duty="组长", user_id=ctx.superadmin_id),
                TeamMemberIn(name="陈纪敏", department="纪检", duty="成员"),
                TeamMemberIn(name="刘宣", department="宣传", duty="成员"),
            ],
        ),
        ctx.now,
    )
    drawn = await service.create_inspection(
        root, InspectionCreate(team_id=team.id, kind="random", title=RANDOM_TITLE, sample_size=2, seed=SEED), ctx.now, SEED
    )
    target = drawn.targets[0]
    finding = await service.create_finding(
        root,
        drawn.id,
        FindingCreate(
            org_id=target.org_id,
            title="支委会会议记录不完整",
            description="抽查发现 10 月支委会无会议记录，党员大会记录缺少表决情况",
        ),
        ctx.now,
        deadlines,
    )
    assert finding.ticket_id is not None
    for step in (
        ActionIn(action="verify", disposal="deadline", note="情况属实，限期补齐"),
        ActionIn(action="resolve", note="已补齐会议记录，完善记录审核制度"),
    ):
        await tickets.act(root, finding.ticket_id, step, ctx.now, {})
    await service.create_inspection(
        root,
        InspectionCreate(
            team_id=team.id,
            kind="special",
            title="党费收缴使用专项检查",
            org_ids=[ctx.orgs[k] for k in ("b_service", "b_community") if k in ctx.orgs],
        ),
        ctx.now,
        SEED,
    )
    assigned = [ctx.orgs[k] for k in ("b_service", "b_community") if k in ctx.orgs]
    made = [
        await observers.create_observer(
            root, ObserverCreate(committee_id=committee, name=name, kind=kind, unit=unit, org_ids=orgs), ctx.now
        )
        for name, kind, unit, orgs in (
            ("赵人大", ObserverKind.NPC_DEPUTY, "区人大代表", assigned[:1]),
            ("孙群众", ObserverKind.PUBLIC_REP, "社区居民代表", assigned),
        )
    ]
    return [
        f"supervision: team {team.name}, random inspection (seed {SEED}) of {len(drawn.targets)} branches, "
        f"a finding awaiting re-check (ticket #{finding.ticket_id}), observers: "
        + ", ".join(f"{o.name} (invite {o.invite_code})" for o in made)
    ]
