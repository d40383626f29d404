"""Demo 标准化建设 for `seed-demo`: the demo branches' self-assessments, most confirmed by the committee, one returned
and one waiting — so the checklist page and the compliance figure show something."""

from __future__ import annotations

from datetime import timedelta

from miniapp_api.orgs.models import Organization
from miniapp_api.standards import service
from miniapp_api.standards.models import AssessmentStatus, StandardAssessment, StandardItem
from server.core.domains import DemoContext

BRANCHES = ("b_service", "b_community", "b_office", "b_park")
NOTES = {
    "org_setup": "支部设置符合规定，去年按期换届",
    "leadership": "支委 5 人配备齐全，分工明确",
    "venue": "党员活动室 40 平方米，标识规范",
    "systems": "三会一课台账完整",
}


async def load_demo(ctx: DemoContext) -> list[str]:
    """Idempotent: a branch with assessments is left alone."""
    await service.ensure_defaults()
    added = 0
    for n, key in enumerate(BRANCHES):
        org = await Organization.get_or_none(id=ctx.orgs.get(key, 0))
        if org is None or await StandardAssessment.filter(org_id=org.id).exists():
            continue
        for i, item in enumerate(await StandardItem.filter(org_kind=org.kind, is_active=True).order_by("position")):
            at = ctx.now - timedelta(days=40 - i)
            status = AssessmentStatus.CONFIRMED
            if key == "b_park" and item.code == "venue":
                status = AssessmentStatus.RETURNED
            if key == "b_office" and item.code == "systems":
                status = AssessmentStatus.PENDING
            reviewed = status is not AssessmentStatus.PENDING
            await StandardAssessment.create(
                org_id=org.id,
                item_id=item.id,
                status=status,
                is_compliant=not (n == 3 and i == 0),
                note=NOTES.get(item.code, "已落实"),
                submitted_at=at,
                submitted_by_user_id=ctx.branch_admin_id or 1,
                reviewed_at=at + timedelta(days=3) if reviewed else None,
                reviewed_by_user_id=ctx.superadmin_id if reviewed else None,
                review_note="活动室面积不足，请补充整改材料" if status is AssessmentStatus.RETURNED else "",
            )
            added += 1
    return [f"standards: {added} demo 标准化建设 self-assessments"]
