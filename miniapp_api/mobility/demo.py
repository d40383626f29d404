"""Demo 流动党员 for `seed-demo`: two members of 智造产业园联合党支部 working elsewhere, one in touch and one silent."""

from __future__ import annotations

from datetime import timedelta

from miniapp_api.mobility.models import ContactChannel, MobilityContact, MobilityRecord
from server.core.domains import DemoContext


async def load_demo(ctx: DemoContext) -> list[str]:
    members = ctx.members["b_park"]
    if await MobilityRecord.filter(member_id__in=members).exists():
        return []
    today = ctx.settings.zone.date(ctx.now)
    home = ctx.orgs["b_park"]
    kept = await MobilityRecord.create(
        member_id=members[-1],
        home_org_id=home,
        receiving_org_id=ctx.orgs["b_community"],
        destination="深圳市南山区某科技公司",
        since=today - timedelta(days=300),
        contact="13800138011",
        certificate_no="LD2025000123",
        note="参加海棠社区党支部组织生活",
        last_contact_on=today - timedelta(days=20),
    )
    await MobilityContact.create(
        record_id=kept.id, on=today - timedelta(days=20), channel=ContactChannel.WECHAT, note="微信视频参加主题党日"
    )
    await MobilityRecord.create(
        member_id=members[-2],
        home_org_id=home,
        destination="新疆某建设工地",
        since=today - timedelta(days=400),
        contact="13800138012",
        certificate_no="LD2025000456",
        last_contact_on=today - timedelta(days=130),
    )
    return ["流动党员：2 名（1 名参加流入地组织生活，1 名超过 3 个月未联系）"]
