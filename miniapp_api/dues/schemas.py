"""Request and response schemas of 党费. Money travels as strings with two decimals ("120.00")."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, Field

from knowledge.dues import IncomeKind
from miniapp_api.dues.models import FundKind, Hardship, PayChannel
from server.core.schemas import Day, Schema


def _money_in(value: object) -> object:
    if isinstance(value, float):
        return str(value)
    return value


MoneyIn = Annotated[Decimal, BeforeValidator(_money_in), Field(ge=0, le=Decimal("100000000"), max_digits=12, decimal_places=2)]
Year = Annotated[int, Field(ge=2000, le=2099)]
Month = Annotated[int, Field(ge=1, le=12)]


class CalcQuery(Schema):
    kind: IncomeKind = Field(IncomeKind.SALARIED, title="收入类别")
    base: MoneyIn | None = Field(None, title="计算基数")


class CalcOut(BaseModel):
    kind: IncomeKind
    base: str | None
    rate: str | None = Field(description="比例（小数，如 0.015 即 1.5%）；定额类别为 null")
    rate_label: str
    amount: str = Field(description="每月应交党费（元，两位小数，四舍五入 ROUND_HALF_UP）")
    rule: str


class YearQuery(Schema):
    year: Year | None = Field(None, title="年度")


class ProfileIn(Schema):
    year: Year = Field(title="年度")
    from_month: Month = Field(1, title="起始月份")
    kind: IncomeKind = Field(title="收入类别")
    base: MoneyIn | None = Field(None, title="计算基数")
    rate: Decimal | None = Field(None, ge=0, le=1, description="可选：填写则必须与档次一致", title="比例")
    farmer_amount: MoneyIn | None = Field(None, title="农民党员月党费")
    hardship: Hardship = Field(Hardship.NONE, title="困难党员")
    reduced_amount: MoneyIn | None = Field(None, title="少交后金额")
    approval_ref: str = Field("", max_length=100, title="批准文号")
    note: str = Field("", max_length=200, title="备注")


class ProfileOut(BaseModel):
    id: int
    member_id: int
    year: int
    from_month: int
    kind: IncomeKind
    kind_label: str
    base: str | None
    rate: str | None
    rate_label: str
    standard_amount: str
    amount: str
    hardship: Hardship
    approval_ref: str
    note: str
    created_at: datetime


class RecalcIn(Schema):
    year: Year = Field(title="年度")


class RecalcOut(BaseModel):
    created: int
    skipped: int


class PaymentIn(Schema):
    member_id: int = Field(ge=1, title="党员")
    year: Year = Field(title="年度")
    month: Month = Field(title="月份")
    amount: MoneyIn = Field(title="金额")
    paid_on: Day | None = Field(None, title="交纳日期")
    note: str = Field("", max_length=200, title="备注")


class MyPaymentIn(Schema):
    year: Year = Field(title="年度")
    month: Month = Field(title="月份")


class ReverseIn(Schema):
    reason: str = Field(min_length=1, max_length=200, title="冲正原因")


class PaymentOut(BaseModel):
    id: int
    member_id: int
    member_name: str
    org_id: int
    year: int
    month: int
    amount: str
    due: str
    channel: PayChannel
    reference: str
    receipt_no: str
    paid_on: date
    note: str
    reverses_id: int | None
    created_at: datetime


class MonthCell(BaseModel):
    month: int
    due: str | None = Field(description="核定金额；未核定为 null")
    paid: str | None
    status: str = Field(
        description="paid 已交 / unpaid 欠交 / open 本月待交 / future 未到期 / exempt 免交 / none 未核定 / not_due 未到交纳时间"
    )
    payment_id: int | None = None


class MemberDuesRow(BaseModel):
    member_id: int
    name: str
    status: str
    kind_label: str | None
    base: str | None
    rate_label: str | None
    monthly: str | None
    hardship: Hardship | None
    months: list[MonthCell]
    due_total: str
    paid_total: str
    arrears_months: int
    consecutive_unpaid: int
    lapse_flag: bool = Field(description="连续未交满规定月数：提示按自行脱党程序处理（党费规定第十三条、党章第九条），不自动处理")


class OrgDuesOut(BaseModel):
    org_id: int
    year: int
    members: list[MemberDuesRow]
    due_total: str
    paid_total: str
    lapse_months: int


class ArrearsRow(BaseModel):
    member_id: int
    name: str
    org_id: int
    months: list[str]
    amount: str
    consecutive_unpaid: int
    lapse_flag: bool


class FundIn(Schema):
    year: Year = Field(title="年度")
    kind: FundKind = Field(title="类别")
    amount: MoneyIn = Field(title="金额")
    on: Day = Field(title="日期")
    purpose: str = Field("", max_length=200, title="用途")
    decision: str = Field("", max_length=200, title="集体讨论会议")
    corrects_id: int | None = Field(None, ge=1, title="更正的记录")


class FundEntryOut(BaseModel):
    id: int
    org_id: int
    year: int
    kind: FundKind
    amount: str
    on: date
    purpose: str
    decision: str
    corrects_id: int | None
    created_at: datetime


class FundsOut(BaseModel):
    org_id: int
    year: int
    collected: str = Field(description="本组织及下级组织党员当年实交党费")
    remitted: str
    allocated: str
    used: str
    balance: str
    entries: list[FundEntryOut]


class PublishedOut(BaseModel):
    item_id: int = Field(description="党务公开事项编号")
    title: str
    body: str


class PayOrderOut(BaseModel):
    out_trade_no: str
    prepay_id: str | None = Field(description="供小程序 wx.requestPayment 使用；模拟支付时为 null")
    payment: PaymentOut | None = Field(description="模拟支付时立即到账的记录；微信支付时为 null，付款后调用确认接口")
