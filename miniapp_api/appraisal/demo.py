"""Demo 民主评议 for `seed-demo`: last year's round of 机关第一党支部, finished and confirmed."""

from __future__ import annotations

from datetime import timedelta

from miniapp_api.appraisal.models import AppraisalEntry, AppraisalRound, Grade, PeerRating, RoundStatus
from miniapp_api.orgs.models import Member, MemberStatus
from server.core.domains import DemoContext


async def load_demo(ctx: DemoContext) -> list[str]:
    org_id = ctx.orgs["b_office"]
    year = ctx.settings.zone.year(ctx.now) - 1
    if await AppraisalRound.exists(org_id=org_id, year=year):
        return []
    members = await Member.filter(
        org_id=org_id, is_active=True, status__in=[MemberStatus.FULL, MemberStatus.PROBATIONARY]
    ).order_by("id")
    held = ctx.now - timedelta(days=300)
    rnd = await AppraisalRound.create(
        org_id=org_id,
        year=year,
        status=RoundStatus.CONFIRMED,
        opened_at=held,
        proposed_at=held,
        confirmed_at=held,
        meeting_note=f"{year}年度组织生活会暨民主评议党员大会，应到 {len(members)} 人",
    )
    for i, m in enumerate(members):
        grade = Grade.EXCELLENT if i < 2 else (Grade.BASIC if i == len(members) - 1 else Grade.QUALIFIED)
        await AppraisalEntry.create(
            round_id=rnd.id,
            member_id=m.id,
            self_assessment="对照党章和入党誓词，查找差距，明确努力方向。",
            self_submitted_at=held,
            proposed_grade=grade,
            final_grade=grade,
        )
        for other in members[:3]:
            if other.id != m.id:
                await PeerRating.create(round_id=rnd.id, rater_id=other.id, ratee_id=m.id, grade=grade, created_at=held)
    return [f"demo appraisal: a confirmed {year} round of {len(members)} members"]
