"""Demo 志愿服务 for `seed-demo`: per demo branch two past activities with confirmed hours for part of the members
and one upcoming activity — so the console list, the records and the participation figure show something."""

from __future__ import annotations

from datetime import time, timedelta
from decimal import Decimal

from miniapp_api.volunteer.models import VolunteerActivity, VolunteerRecord
from server.core.domains import DemoContext

BRANCHES = ("b_service", "b_community", "b_office", "b_park")
PAST = (("社区环境整治志愿服务", "幸福里社区", -20, "2.0"), ("政策宣讲进社区", "文化广场", -45, "1.5"))


async def load_demo(ctx: DemoContext) -> list[str]:
    """Idempotent: a branch that has activities is left alone."""
    zone = ctx.settings.zone
    today = zone.date(ctx.now)
    added = 0
    for n, key in enumerate(BRANCHES):
        org_id, member_ids = ctx.orgs.get(key), ctx.members.get(key, [])
        if org_id is None or not member_ids or await VolunteerActivity.filter(org_id=org_id).exists():
            continue
        for i, (title, place, days, hours) in enumerate(PAST):
            starts = zone.at(today + timedelta(days=days), time(9, 0))
            activity = await VolunteerActivity.create(
                org_id=org_id,
                title=title,
                place=place,
                starts_at=starts,
                ends_at=starts + timedelta(hours=3),
                hours=Decimal(hours),
                created_by_user_id=ctx.superadmin_id or 1,
                created_at=starts - timedelta(days=7),
            )
            share = max(1, len(member_ids) * (3 - n % 2 - i) // 4)  # some branches turn out better than others
            await VolunteerRecord.bulk_create(
                [
                    VolunteerRecord(
                        activity_id=activity.id,
                        member_id=m,
                        signed_in_at=starts + timedelta(minutes=5 + j),
                        hours=Decimal(hours),
                        confirmed_at=starts + timedelta(days=1),
                        confirmed_by_user_id=ctx.superadmin_id or 1,
                    )
                    for j, m in enumerate(member_ids[:share])
                ]
            )
            added += 1
        starts = zone.at(today + timedelta(days=6), time(14, 30))
        await VolunteerActivity.create(
            org_id=org_id,
            title="关爱空巢老人走访",
            place="辖区敬老院",
            starts_at=starts,
            ends_at=starts + timedelta(hours=2),
            hours=Decimal("2.0"),
            created_by_user_id=ctx.superadmin_id or 1,
            created_at=ctx.now,
        )
        added += 1
    return [f"volunteer: {added} demo 志愿服务 activities"]
