"""HTTP routes of 党费: the calculator, the console's tables, payments, funds and exports, and a member's own view."""

from __future__ import annotations

import secrets
from decimal import Decimal

from aiohttp import web

from miniapp_api.accounts.models import User
from miniapp_api.disclosure.errors import AlreadyPublished
from miniapp_api.dues import funds, service
from miniapp_api.dues.errors import (
    AlreadyPaid,
    AlreadyReversed,
    AmountBelowDue,
    ApprovalRequired,
    BadDuesInput,
    DecisionRequired,
    FutureMonth,
    NoProfile,
    NotAMember,
    PaymentNotFound,
    RateMismatch,
)
from miniapp_api.dues.pay import DuesPay, OrderNotFound, PayError
from miniapp_api.dues.schemas import (
    ArrearsRow,
    CalcOut,
    CalcQuery,
    FundEntryOut,
    FundIn,
    FundsOut,
    MemberDuesRow,
    MyPaymentIn,
    OrgDuesOut,
    PaymentIn,
    PaymentOut,
    PayOrderOut,
    ProfileIn,
    ProfileOut,
    PublishedOut,
    RecalcIn,
    RecalcOut,
    ReverseIn,
    YearQuery,
)
from miniapp_api.orgs.service import MemberNotFound, OrgNotFound, OutOfScope
from server.core.appkeys import CLOCK, HTTP, REDIS, SETTINGS
from server.core.auth import Principal
from server.core.endpoints import Auth, Routes
from server.core.errors import Conflict
from server.core.http import XLSX, file_response
from server.core.schemas import Items

routes = Routes("dues")


class NotPaidYet(Conflict):
    code = "dues.not_paid_yet"
    message = "微信支付尚未到账，请稍后再试"


SCOPE = [OrgNotFound, OutOfScope]
ORG = r"/api/v1/orgs/{id:\d+}/dues"
PAY_ERRORS = [NoProfile, AlreadyPaid, AmountBelowDue, FutureMonth, NotAMember, BadDuesInput]
HTML = "text/html"


def _today(request: web.Request):  # type: ignore[no-untyped-def]
    return request.config_dict[SETTINGS].zone.date(request.config_dict[CLOCK].now())


def _year(request: web.Request, asked: int | None) -> int:
    return asked or _today(request).year


def _lapse(request: web.Request) -> int:
    return request.config_dict[SETTINGS].dues.lapse_months


@routes.get(
    "/api/v1/dues/calc",
    "党费计算器",
    auth=Auth.NONE,
    errors=[BadDuesInput],
    examples={
        "response": {
            "kind": "salaried",
            "base": "8000.00",
            "rate": "0.015",
            "rate_label": "1.5%",
            "amount": "120.00",
            "rule": "党费规定第二条",
        }
    },
)
async def calc(request: web.Request, query: CalcQuery) -> CalcOut:
    """按《党费规定》的档次计算每月党费：工资收入（税后）≤3000 元 0.5%、3000–5000 元 1%、5000–10000 元 1.5%、
    10000 元以上 2%（第二条，年薪制和个体经营参照）；离退休 ≤5000 元 0.5%、以上 1%（第五条）；农民、学生、下岗失业、
    抚恤救济和低保党员交纳定额（第六条）。金额为元，两位小数，四舍五入。"""
    return service.calculate(query.kind, query.base, request.config_dict[SETTINGS].dues)


@routes.get(ORG, "本组织党费收缴表（按党员按月）", auth=Auth.CONSOLE, errors=SCOPE)
async def org_dues(request: web.Request, principal: Principal, id: int, query: YearQuery) -> OrgDuesOut:
    """本组织及下级组织每名党员（正式、预备）全年 12 个月的应交、实交和状态，欠交月数和连续未交月数；连续未交满
    规定月数的标出自行脱党提示（只提示，不自动处理）。"""
    return await service.org_dues(principal, id, _year(request, query.year), _today(request), _lapse(request))


@routes.get(ORG + "/arrears", "欠交党费名单", auth=Auth.CONSOLE, errors=SCOPE)
async def arrears(request: web.Request, principal: Principal, id: int) -> Items[ArrearsRow]:
    """截至上月欠交党费的党员（回溯 36 个月），按连续未交月数从多到少。"""
    return Items[ArrearsRow](items=await service.arrears(principal, id, _today(request), _lapse(request)))


@routes.post(ORG + "/recalculate", "年度重新核定党费", auth=Auth.ADMIN, errors=SCOPE)
async def recalculate(request: web.Request, principal: Principal, id: int, body: RecalcIn) -> RecalcOut:
    """为当年尚未核定的党员按上一年的收入类别和基数、以现行档次重新核定；经批准的少交、免交不延续，须重新报批。"""
    return await service.recalculate(principal, id, body.year, request.config_dict[SETTINGS].dues)


@routes.get(ORG + "/ledger.xlsx", "导出党费台账（Excel）", auth=Auth.CONSOLE, produces=XLSX, errors=SCOPE)
async def ledger(request: web.Request, principal: Principal, id: int, query: YearQuery) -> web.Response:
    """全年党费台账：每名党员 12 个月的实交金额或欠交标记、合计；每次导出记入审计日志。"""
    name, body = await funds.ledger_xlsx(principal, id, _year(request, query.year), _today(request), _lapse(request))
    return file_response(body, name, XLSX)


@routes.get(ORG + "/funds", "党费收缴、上缴、下拨与使用（年度）", auth=Auth.CONSOLE, errors=SCOPE)
async def org_funds(request: web.Request, principal: Principal, id: int, query: YearQuery) -> FundsOut:
    """当年实收党费（本组织及下级组织）、本组织的上缴、下拨、使用记录和结余（党费规定第十七条至第二十一条、第二十六条）。"""
    return await funds.funds(principal, id, _year(request, query.year))


@routes.post(ORG + "/funds", "登记上缴、下拨或使用", auth=Auth.ADMIN, status=201, errors=[*SCOPE, DecisionRequired, BadDuesInput])
async def add_fund(request: web.Request, principal: Principal, id: int, body: FundIn) -> FundEntryOut:
    """追加一条记录；下拨和使用须填写集体讨论的会议（第二十条），使用须填写用途（第十九条）。更正用新记录（corrects_id）。"""
    return await funds.add_entry(principal, id, body)


@routes.post(ORG + "/funds/publish", "在党务公开中公布党费收缴使用情况", auth=Auth.ADMIN, status=201,
             errors=[*SCOPE, AlreadyPublished])
async def publish_funds(request: web.Request, principal: Principal, id: int, body: YearQuery) -> PublishedOut:
    """把当年实收、上缴、下拨、使用、结余和每笔使用的用途作为本季度的“党费收缴使用情况”公开（党费规定第二十六条），
    不含党员个人的交纳金额。本季度已公布过的，返回 409 disclosure.already_published。"""
    return await funds.publish_funds(principal, id, _year(request, body.year), now=request.config_dict[CLOCK].now(),
                                     zone=request.config_dict[SETTINGS].zone)


@routes.post(
    r"/api/v1/members/{id:\d+}/dues/profiles",
    "核定党员交纳标准",
    auth=Auth.ADMIN,
    status=201,
    errors=[MemberNotFound, OutOfScope, RateMismatch, ApprovalRequired, BadDuesInput],
)
async def create_profile(request: web.Request, principal: Principal, id: int, body: ProfileIn) -> ProfileOut:
    """按收入类别和计算基数核定从某月起的月党费；填写的比例与档次不符时拒绝（dues.rate_mismatch）；少交、免交须填写
    上级党委批准文号（第七条）。以前的核定保留为历史。"""
    return await service.create_profile(principal, id, body, request.config_dict[SETTINGS].dues)


@routes.get(r"/api/v1/members/{id:\d+}/dues/profiles", "党员党费核定历史", auth=Auth.CONSOLE, errors=[MemberNotFound, OutOfScope])
async def list_profiles(request: web.Request, principal: Principal, id: int) -> Items[ProfileOut]:
    """全部核定记录，新的在前。"""
    return Items[ProfileOut](items=await service.list_profiles(principal, id))


@routes.post(
    "/api/v1/dues/payments", "登记党费交纳", auth=Auth.ADMIN, status=201, errors=[MemberNotFound, OutOfScope, *PAY_ERRORS]
)
async def record_payment(request: web.Request, principal: Principal, body: PaymentIn) -> PaymentOut:
    """登记某党员某月的党费（现场交纳）。金额不得少于核定标准（多交自愿，第十一条）；同一月份不能重复交纳；最远可交到
    本季度末（第十二条）。"""
    return await service.record_payment(principal, body, _today(request))


@routes.post(
    r"/api/v1/dues/payments/{id:\d+}/reverse",
    "冲正党费记录",
    auth=Auth.ADMIN,
    status=201,
    errors=[PaymentNotFound, OutOfScope, AlreadyReversed],
)
async def reverse_payment(request: web.Request, principal: Principal, id: int, body: ReverseIn) -> PaymentOut:
    """登记错误时追加一条负数冲正记录，原记录不改；该月恢复为未交。"""
    return await service.reverse_payment(principal, id, body.reason, _today(request))


@routes.get(
    r"/api/v1/dues/payments/{id:\d+}/receipt",
    "党费收据（可打印）",
    auth=Auth.USER,
    produces=HTML,
    errors=[PaymentNotFound, OutOfScope],
)
async def receipt(request: web.Request, principal: Principal, id: int) -> web.Response:
    """可打印的党费收据；党员本人或本组织及上级组织的管理人员可以查看。"""
    body = await funds.receipt_html(principal, id)
    return web.Response(
        text=body, content_type=HTML, headers={"Cache-Control": "no-store", "Content-Security-Policy": "default-src 'none'"}
    )


@routes.get("/api/v1/me/dues", "我的党费", auth=Auth.MEMBER)
async def my_dues(request: web.Request, principal: Principal, query: YearQuery) -> MemberDuesRow:
    """本人全年每月的应交、实交和状态。"""
    return await service.my_dues(principal, _year(request, query.year), _today(request), _lapse(request))


def _gateway(request: web.Request) -> DuesPay:
    settings = request.config_dict[SETTINGS]
    return DuesPay(
        request.config_dict.get(HTTP),
        request.config_dict[REDIS],
        settings.dues.pay_api_base,
        settings.wechat_appid,
        settings.dues.pay_mchid,
        f"{settings.base_url}/api/v1/dues/pay/notify",
    )


@routes.post("/api/v1/me/dues/payments", "交纳党费（微信支付下单）", auth=Auth.MEMBER, status=201, errors=[*PAY_ERRORS, PayError])
async def pay_mine(request: web.Request, principal: Principal, body: MyPaymentIn) -> PayOrderOut:
    """按核定标准交纳某月党费：配置了微信支付商户时下单并返回 prepay_id，小程序付款后调用确认接口入账；未配置时（开发、
    测试）为模拟支付，立即到账。"""
    gateway, today = _gateway(request), _today(request)
    if not gateway.enabled:
        reference = f"stub-{secrets.token_hex(8)}"
        payment = await service.pay_mine(principal, body.year, body.month, today, reference)
        return PayOrderOut(out_trade_no=reference, prepay_id=None, payment=payment)
    member = await service.my_member(principal)
    due = await service.due_for(member, body.year, body.month, today)
    openid = await User.filter(id=principal.user_id).values_list("openid", flat=True)
    order, prepay_id = await gateway.create(member.id, body.year, body.month, int(due * 100), str(openid[0] or ""))
    return PayOrderOut(out_trade_no=order.out_trade_no, prepay_id=prepay_id, payment=None)


@routes.post(
    r"/api/v1/me/dues/orders/{no:[A-Za-z0-9]+}/confirm",
    "确认微信支付到账",
    auth=Auth.MEMBER,
    status=201,
    errors=[OrderNotFound, NotPaidYet, PayError, *PAY_ERRORS],
)
async def confirm_order(request: web.Request, principal: Principal, no: str) -> PaymentOut:
    """向微信支付查询订单：已支付且金额一致才登记党费（不以小程序的回调为准）。"""
    gateway = _gateway(request)
    if principal.member_id is None:
        raise OrderNotFound()
    order = await gateway.pending(no, principal.member_id)
    transaction = await gateway.paid(order) if gateway.enabled else None
    if not transaction:
        raise NotPaidYet()
    payment = await service.pay_mine(
        principal, order.year, order.month, _today(request), transaction, amount=Decimal(order.fen) / 100
    )
    await gateway.forget(order)
    return payment
