"""Demo 党费 for `seed-demo`: a year of dues in 海棠社区党支部 with every income kind, most months paid, one member
two months behind and one unpaid for seven months (the 自行脱党 warning), and a few 上缴/使用 entries."""

from __future__ import annotations

import secrets
from datetime import date
from decimal import Decimal

from knowledge import dues as calc
from miniapp_api.dues.models import DuesFundEntry, DuesPayment, DuesProfile, FundKind, PayChannel
from miniapp_api.orgs.models import Member
from server.core.domains import DemoContext

KINDS = [
    (calc.IncomeKind.SALARIED, "8000"),
    (calc.IncomeKind.SALARIED, "4200"),
    (calc.IncomeKind.RETIRED, "5600"),
    (calc.IncomeKind.SALARIED, "12500"),
    (calc.IncomeKind.FARMER, None),
    (calc.IncomeKind.STUDENT, None),
    (calc.IncomeKind.SALARIED, "2800"),
    (calc.IncomeKind.UNEMPLOYED, None),
]


def _months_back(today: date, n: int) -> list[tuple[int, int]]:
    y, m, out = today.year, today.month, []
    for _ in range(n):
        m -= 1
        if m == 0:
            y, m = y - 1, 12
        out.append((y, m))
    return out


async def load_demo(ctx: DemoContext) -> list[str]:
    org_id = ctx.orgs["b_community"]
    member_ids = ctx.members["b_community"]
    if await DuesProfile.filter(member_id__in=member_ids).exists():
        return []
    today = ctx.settings.zone.date(ctx.now)
    members = {m.id: m for m in await Member.filter(id__in=member_ids)}
    behind, lapsed = member_ids[-2], member_ids[-1]
    for i, member_id in enumerate(member_ids):
        kind, base = KINDS[i % len(KINDS)]
        result = calc.calculate(kind, base)
        for year in (today.year - 1, today.year):
            await DuesProfile.create(
                member_id=member_id,
                year=year,
                kind=kind,
                base=result.base,
                rate=result.rate,
                standard_amount=result.amount,
                amount=result.amount,
                note="演示数据",
            )
        for n, (y, m) in enumerate(_months_back(today, 12)):
            joined = members[member_id].joined_at
            if (member_id == behind and n < 2) or (member_id == lapsed and n < 7):
                continue
            if joined and (y, m) < (joined.year, joined.month):
                continue
            await DuesPayment.create(
                member_id=member_id,
                org_id=org_id,
                year=y,
                month=m,
                amount=result.amount,
                due=result.amount,
                channel=PayChannel.WECHAT if n % 2 else PayChannel.MANUAL,
                receipt_no=f"DF{y}{m:02d}{secrets.token_hex(4).upper()}",
                paid_on=date(y, m, 10),
                note="演示数据",
            )
    year = today.year
    await DuesFundEntry.create(
        org_id=ctx.orgs["committee"],
        year=year,
        kind=FundKind.REMIT,
        amount=Decimal("120.00"),
        on=date(year, 1, 20),
        purpose="按规定比例上缴上级党委",
    )
    await DuesFundEntry.create(
        org_id=org_id,
        year=year,
        kind=FundKind.ALLOCATE,
        amount=Decimal("2000.00"),
        on=date(year, 3, 5),
        purpose="上级党委下拨党员教育经费",
        decision="党工委会议研究决定",
    )
    await DuesFundEntry.create(
        org_id=org_id,
        year=year,
        kind=FundKind.USE,
        amount=Decimal("860.00"),
        on=date(year, 4, 18),
        purpose="订阅党员教育报刊（党费规定第十九条第二项）",
        decision="支部委员会会议集体讨论",
    )
    return [f"党费：{len(member_ids)} 名党员的两年交纳记录（1 人欠交 2 个月，1 人连续 7 个月未交），收支记录 3 条"]
