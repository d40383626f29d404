"""Typed errors of 党费; each code names the rule that refused the request."""

from __future__ import annotations

from server.core.errors import BadRequest, Conflict, NotFound, ValidationFailed


class BadDuesInput(ValidationFailed):
    code = "dues.bad_input"
    message = "党费数据不正确"


class RateMismatch(ValidationFailed):
    code = "dues.rate_mismatch"
    message = "党费比例与《党费规定》第二条/第五条的档次不符"


class ApprovalRequired(ValidationFailed):
    code = "dues.approval_required"
    message = "少交或免交党费须经党支部研究并报上一级党委批准（党费规定第七条），请填写批准文号"


class NoProfile(BadRequest):
    code = "dues.no_profile"
    message = "该月尚未核定党费，请先核定交纳标准"


class AlreadyPaid(Conflict):
    code = "dues.already_paid"
    message = "该月党费已交纳"


class AmountBelowDue(ValidationFailed):
    code = "dues.amount_below_due"
    message = "交纳金额少于核定的月党费"


class FutureMonth(BadRequest):
    code = "dues.future_month"
    message = "只能交纳本季度及以前月份的党费（党费规定第十二条）"


class NotAMember(BadRequest):
    code = "dues.not_a_member_yet"
    message = "预备党员自支部大会通过之日起交纳党费（党费规定第八条），该月尚不需交纳"


class PaymentNotFound(NotFound):
    code = "dues.payment_not_found"
    message = "党费记录不存在"


class AlreadyReversed(Conflict):
    code = "dues.already_reversed"
    message = "该笔党费已冲正"


class DecisionRequired(ValidationFailed):
    code = "dues.decision_required"
    message = "下拨和使用党费必须集体讨论决定（党费规定第二十条），请填写会议记录"
