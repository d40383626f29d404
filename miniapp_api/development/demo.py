"""Demo 发展党员 for `seed-demo`: in 机关第一党支部 one person at every stage, with dated steps that obey the 细则."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from miniapp_api.development.models import DevelopmentEntry
from miniapp_api.orgs.models import Member, MemberStatus
from server.core.domains import DemoContext

VOTE = {"eligible": 9, "present": 8, "in_favour": 8, "against": 0, "abstain": 0}
# name, status, how many steps (in STEPS order, reviews repeated) are done, days ago of the application
PEOPLE: tuple[tuple[str, MemberStatus, int, int], ...] = (
    ("申小申", MemberStatus.APPLICANT, 1, 40),  # the talk is overdue (细则第七条)
    ("积小极", MemberStatus.ACTIVIST, 5, 300),
    ("发小展", MemberStatus.CANDIDATE, 10, 520),
    ("预小备", MemberStatus.PROBATIONARY, 15, 800),
    ("转小正", MemberStatus.PROBATIONARY, 17, 900),  # a year has run: the 转正 meeting is due
)


def _plan(start: date) -> list[tuple[str, date, dict[str, Any]]]:
    """A step schedule that keeps every interval: reviews each half year, a year as 积极分子, 5 working days 公示."""
    d = start
    days = {
        "application": 0,
        "talk": 20,
        "activist": 30,
        "contacts": 5,
        "review": 180,
        "review#2": 180,
        "publicity": 10,
        "candidate": 15,
        "sponsors": 5,
        "political_review": 20,
        "training": 10,
        "pre_review": 15,
        "branch_meeting": 20,
        "committee_talk": 20,
        "approval": 20,
        "oath": 10,
        "full_application": 330,
        "full_meeting": 20,
    }
    plan = []
    for key, gap in days.items():
        d += timedelta(days=gap)
        data: dict[str, Any] = {}
        if key == "publicity":
            data = {"publicity_end": (d + timedelta(days=9)).isoformat()}
        elif key == "training":
            data = {"hours": 24, "days": 3}
        elif key in ("branch_meeting", "full_meeting"):
            data = {"vote": VOTE}
        plan.append((key.split("#")[0], d, data))
    return plan


async def load_demo(ctx: DemoContext) -> list[str]:
    org_id = ctx.orgs["b_office"]
    full = [m for m in await Member.filter(org_id=org_id, status=MemberStatus.FULL).order_by("id").limit(2)]
    today = ctx.settings.zone.date(ctx.now)
    made = 0
    for serial, (name, status, steps, ago) in enumerate(PEOPLE, start=1):
        phone = f"1370000{serial:04d}"
        if await Member.exists(phone=phone):
            continue
        plan = _plan(today - timedelta(days=ago))[:steps]
        meeting = next((d for k, d, _ in plan if k == "branch_meeting"), None)
        person = await Member.create(
            org_id=org_id,
            name=name,
            phone=phone,
            status=status,
            posts=[],
            joined_at=meeting if status is MemberStatus.PROBATIONARY else None,
        )
        for key, day, data in plan:
            if key == "contacts":
                data = {"contact_ids": [full[0].id]} if full else {}
            elif key == "sponsors":
                data = {"sponsor_ids": [m.id for m in full]} if len(full) == 2 else {}
            await DevelopmentEntry.create(
                member_id=person.id,
                org_id=org_id,
                key=key,
                done_at=day,
                data=data,
                note="演示数据",
                actor_name="演示",
                created_at=ctx.now,
            )
        made += 1
    return [f"demo development: {made} people in the 发展党员 stages"]
