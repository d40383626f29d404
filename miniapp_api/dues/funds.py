"""党费 collection and use per org per year (上缴, 下拨, 使用), the printable receipt and the xlsx ledger."""

from __future__ import annotations

import asyncio
from datetime import date, datetime
from decimal import Decimal
from html import escape

from miniapp_api.audit import service as audit
from miniapp_api.disclosure import service as disclosure
from miniapp_api.dues import service
from miniapp_api.dues.errors import BadDuesInput, DecisionRequired
from miniapp_api.dues.models import DuesFundEntry, DuesPayment, FundKind
from miniapp_api.dues.schemas import FundEntryOut, FundIn, FundsOut, PublishedOut
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import Member
from server.core.auth import Principal
from server.core.clock import LocalZone
from server.core.database import in_transaction
from server.core.xlsx import table_workbook

FUND_LABELS = {FundKind.REMIT: "上缴", FundKind.ALLOCATE: "下拨", FundKind.USE: "使用"}
MONTHS = [f"{m}月" for m in range(1, 13)]


def _m(value: Decimal) -> str:
    return f"{Decimal(value):.2f}"


def entry_out(e: DuesFundEntry) -> FundEntryOut:
    return FundEntryOut(
        id=e.id,
        org_id=e.org_id,
        year=e.year,
        kind=e.kind,
        amount=_m(e.amount),
        on=e.on,
        purpose=e.purpose,
        decision=e.decision,
        corrects_id=e.corrects_id,
        created_at=e.created_at,
    )


async def funds(principal: Principal, org_id: int, year: int) -> FundsOut:
    """Collected = what the subtree's members actually paid that year (reversals included); the org's own entries
    give 上缴/下拨/使用; balance = collected − remitted + allocated − used (第十七条: 量入为出、收支平衡)."""
    org = await orgs.ensure_scope(principal, org_id)
    ids = await orgs.subtree_ids(org)
    collected = sum((Decimal(p.amount) for p in await DuesPayment.filter(org_id__in=ids, year=year)), Decimal("0"))
    entries = await DuesFundEntry.filter(org_id=org.id, year=year).order_by("on", "id")
    totals = {k: sum((Decimal(e.amount) for e in entries if e.kind is k), Decimal("0")) for k in FundKind}
    balance = collected - totals[FundKind.REMIT] + totals[FundKind.ALLOCATE] - totals[FundKind.USE]
    return FundsOut(
        org_id=org.id,
        year=year,
        collected=_m(collected),
        remitted=_m(totals[FundKind.REMIT]),
        allocated=_m(totals[FundKind.ALLOCATE]),
        used=_m(totals[FundKind.USE]),
        balance=_m(balance),
        entries=[entry_out(e) for e in entries],
    )


async def add_entry(principal: Principal, org_id: int, body: FundIn) -> FundEntryOut:
    """Append an entry; a correction names the entry it corrects and carries the (signed) difference."""
    org = await orgs.ensure_scope(principal, org_id)
    if body.kind in (FundKind.ALLOCATE, FundKind.USE) and not body.decision:
        raise DecisionRequired()  # 第二十条
    if body.kind is FundKind.USE and not body.purpose:
        raise BadDuesInput("请填写党费用途（党费规定第十九条）")
    if body.on.year != body.year:
        raise BadDuesInput("日期须在所属年度内")
    if body.corrects_id is not None and not await DuesFundEntry.exists(id=body.corrects_id, org_id=org.id):
        raise BadDuesInput("被更正的记录不存在")
    e = await DuesFundEntry.create(
        org_id=org.id,
        year=body.year,
        kind=body.kind,
        amount=body.amount,
        on=body.on,
        purpose=body.purpose,
        decision=body.decision,
        corrects_id=body.corrects_id,
        created_by_user_id=principal.user_id,
    )
    await audit.record(
        principal,
        "dues.fund",
        "dues_fund_entry",
        e.id,
        org_id=org.id,
        detail={"year": body.year, "kind": body.kind.value, "amount": _m(body.amount)},
    )
    return entry_out(e)


async def ledger_xlsx(principal: Principal, org_id: int, year: int, today: date, lapse_months: int) -> tuple[str, bytes]:
    """The 党费 ledger of a year: one row per member, the 12 months (paid amount, 欠 or —), totals."""
    table = await service.org_dues(principal, org_id, year, today, lapse_months)
    org = await orgs.get_org(org_id)
    marks = {"unpaid": "欠", "open": "待交", "future": "", "exempt": "免", "none": "未核定", "not_due": "—"}
    rows = []
    for r in table.members:
        cells = [c.paid if c.status == "paid" else marks[c.status] for c in r.months]
        rows.append(
            [
                r.name,
                r.status,
                r.kind_label or "",
                r.base or "",
                r.rate_label or "",
                r.monthly or "",
                *cells,
                r.due_total,
                r.paid_total,
                r.arrears_months,
                "是" if r.lapse_flag else "",
            ]
        )
    header = [
        "姓名",
        "党员类别",
        "收入类别",
        "计算基数",
        "比例",
        "月党费",
        *MONTHS,
        "应交合计",
        "实交合计",
        "欠交月数",
        "连续未交提示",
    ]
    body = await asyncio.to_thread(table_workbook, f"{year}年党费", header, rows)
    await audit.record(principal, "dues.export", "org", org.id, org_id=org.id, detail={"year": year})
    return f"{org.name}-{year}年党费台账.xlsx", body


async def receipt_html(principal: Principal, payment_id: int) -> str:
    p, member, org = await service.payment_for_receipt(principal, payment_id)
    kind = "冲正凭证" if p.reverses_id else "党费收据"
    rows = [
        ("收据号", p.receipt_no),
        ("党员", member.name),
        ("所在组织", org.name),
        ("所属月份", f"{p.year}年{p.month}月"),
        ("金额（元）", _m(p.amount)),
        ("应交（元）", _m(p.due)),
        ("交纳方式", "微信支付" if p.channel.value == "wechat" else "现场交纳"),
        ("日期", p.paid_on.isoformat()),
        ("备注", p.note),
    ]
    cells = "".join(f"<tr><th>{escape(k)}</th><td>{escape(str(v))}</td></tr>" for k, v in rows)
    return (
        f"<!doctype html><html lang=zh-CN><meta charset=utf-8><title>{kind} {escape(p.receipt_no)}</title>"
        f"<body><h1>{kind}</h1><table border=1 cellpadding=6>{cells}</table>"
        "<p>经手人签字：__________</p></body></html>"
    )


async def member_name(member_id: int) -> str:
    m = await Member.get_or_none(id=member_id)
    return m.name if m else ""


async def publish_funds(principal: Principal, org_id: int, year: int, *, now: datetime, zone: LocalZone) -> PublishedOut:
    """Publish the year's collection and use through 党务公开 (党费收缴使用情况, this quarter's item): the totals and
    every use with its purpose, no member's name or amount (党费规定第二十六条: report the use to the members)."""
    summary = await funds(principal, org_id, year)
    uses = [e for e in summary.entries if e.kind is FundKind.USE]
    lines = [
        f"{year}年党费收缴使用情况：实收{summary.collected}元，上缴{summary.remitted}元，下拨{summary.allocated}元，"
        f"使用{summary.used}元，结余{summary.balance}元。",
        *(f"{e.on.isoformat()} 使用{e.amount}元：{e.purpose}" for e in uses),
    ]
    async with in_transaction():
        item = await disclosure.publish_item(
            org_id, "dues", f"{year}年党费收缴使用情况", "\n".join(lines), now=now, zone=zone, actor=principal,
        )
        await audit.record(principal, "dues.funds_publish", "organization", org_id, org_id=org_id,
                           detail={"year": year, "item": item.id})
    return PublishedOut(item_id=item.id, title=item.title, body=item.body)
