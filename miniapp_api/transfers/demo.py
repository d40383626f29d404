"""Demo 组织关系转接 for `seed-demo`: one transfer from 机关第一党支部 to another branch, waiting to be accepted."""

from __future__ import annotations

from miniapp_api.orgs.models import Member, MemberStatus
from miniapp_api.transfers.models import Transfer, TransferStatus
from server.core.domains import DemoContext


async def load_demo(ctx: DemoContext) -> list[str]:
    from_org, to_org = ctx.orgs["b_office"], ctx.orgs["b_service"]
    if await Transfer.exists(from_org_id=from_org):
        return []
    member = await Member.filter(org_id=from_org, status=MemberStatus.FULL, is_active=True).order_by("-id").first()
    if member is None:
        return []
    await Transfer.create(
        member_id=member.id,
        from_org_id=from_org,
        to_org_id=to_org,
        reason="工作调动",
        status=TransferStatus.APPROVED,
        requested_at=ctx.now,
        approved_at=ctx.now,
    )
    return ["demo transfers: one approved transfer waiting for the receiving branch"]
