"""党费 rules: profiles per member per year, the org's monthly table, payments and reversals, arrears and the
自行脱党 warning."""

from __future__ import annotations

import secrets
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from knowledge import dues as calc
from miniapp_api.audit import service as audit
from miniapp_api.dues import schedule as sched
from miniapp_api.dues.errors import (
    AlreadyPaid,
    AlreadyReversed,
    AmountBelowDue,
    ApprovalRequired,
    BadDuesInput,
    FutureMonth,
    NoProfile,
    NotAMember,
    PaymentNotFound,
    RateMismatch,
)
from miniapp_api.dues.models import DuesPayment, DuesProfile, Hardship, PayChannel
from miniapp_api.dues.schemas import (
    ArrearsRow,
    CalcOut,
    MemberDuesRow,
    MonthCell,
    OrgDuesOut,
    PaymentIn,
    PaymentOut,
    ProfileIn,
    ProfileOut,
    RecalcOut,
)
from miniapp_api.orgs import service as orgs
from miniapp_api.orgs.models import STATUS_LABELS, Member, MemberStatus, Organization
from server.core.auth import Principal, Role
from server.core.database import in_transaction
from server.core.errors import MemberRequired
from server.core.indicators import Warning
from server.core.settings import DuesSettings

PAYING = (MemberStatus.FULL, MemberStatus.PROBATIONARY)  # 入党积极分子 are not members and pay nothing


def _m(value: Decimal | None) -> str | None:
    return None if value is None else f"{calc.money(Decimal(value)):.2f}"


def calc_out(result: calc.DuesAmount) -> CalcOut:
    return CalcOut(
        kind=result.kind,
        base=_m(result.base),
        rate=calc.rate_text(result.rate),
        rate_label=calc.percent_text(result.rate),
        amount=f"{result.amount:.2f}",
        rule=result.rule,
    )


def calculate(kind: calc.IncomeKind, base: Decimal | None, settings: DuesSettings) -> CalcOut:
    try:
        return calc_out(calc.calculate(kind, base, farmer_amount=settings.farmer_monthly))
    except calc.CalcError as exc:
        raise BadDuesInput(str(exc)) from exc


def profile_out(p: DuesProfile) -> ProfileOut:
    rate = None if p.rate is None else Decimal(p.rate).normalize()
    return ProfileOut(
        id=p.id,
        member_id=p.member_id,
        year=p.year,
        from_month=p.from_month,
        kind=p.kind,
        kind_label=calc.KIND_LABELS[p.kind],
        base=_m(p.base),
        rate=calc.rate_text(rate),
        rate_label=calc.percent_text(rate),
        standard_amount=_m(p.standard_amount) or "0.00",
        amount=_m(p.amount) or "0.00",
        hardship=p.hardship,
        approval_ref=p.approval_ref,
        note=p.note,
        created_at=p.created_at,
    )


async def _member_in_scope(principal: Principal, member_id: int) -> Member:
    member = await Member.get_or_none(id=member_id, is_active=True)
    if member is None:
        raise orgs.MemberNotFound()
    await orgs.ensure_scope(principal, member.org_id)
    return member


def _standard(body: ProfileIn, settings: DuesSettings) -> calc.DuesAmount:
    farmer = body.farmer_amount if body.farmer_amount is not None else settings.farmer_monthly
    try:
        result = calc.calculate(body.kind, body.base, farmer_amount=farmer)
    except calc.CalcError as exc:
        raise BadDuesInput(str(exc)) from exc
    # 党费规定 第二条/第五条: the rate is fixed by the bracket, a branch may not pick another one.
    if body.rate is not None and (result.rate is None or Decimal(body.rate) != result.rate):
        raise RateMismatch(details={"expected": calc.rate_text(result.rate), "given": str(body.rate), "rule": result.rule})
    return result


async def create_profile(principal: Principal, member_id: int, body: ProfileIn, settings: DuesSettings) -> ProfileOut:
    """A new profile row from (year, from_month); earlier rows stay as history (党费规定 第十条: a changed wage
    applies from the month it is paid)."""
    member = await _member_in_scope(principal, member_id)
    result = _standard(body, settings)
    amount = result.amount
    if body.hardship is not Hardship.NONE:
        if not body.approval_ref:
            raise ApprovalRequired()  # 第七条
        if body.hardship is Hardship.EXEMPT:
            amount = Decimal("0.00")
        elif body.reduced_amount is None or body.reduced_amount >= result.amount:
            raise BadDuesInput("少交党费须填写低于标准的金额", details={"standard": f"{result.amount:.2f}"})
        else:
            amount = calc.money(body.reduced_amount)
    elif body.reduced_amount is not None:
        raise BadDuesInput("未经批准不能少交党费（党费规定第七条）")
    profile = await DuesProfile.create(
        member_id=member.id,
        year=body.year,
        from_month=body.from_month,
        kind=body.kind,
        base=result.base,
        rate=result.rate,
        standard_amount=result.amount,
        amount=amount,
        hardship=body.hardship,
        approval_ref=body.approval_ref,
        note=body.note,
        created_by_user_id=principal.user_id,
    )
    await audit.record(
        principal,
        "dues.profile",
        "member",
        member.id,
        org_id=member.org_id,
        detail={
            "year": body.year,
            "from_month": body.from_month,
            "kind": body.kind.value,
            "amount": f"{amount:.2f}",
            "hardship": body.hardship.value,
        },
    )
    return profile_out(profile)


async def list_profiles(principal: Principal, member_id: int) -> list[ProfileOut]:
    member = await _member_in_scope(principal, member_id)
    rows = await DuesProfile.filter(member_id=member.id).order_by("-year", "-from_month", "-id")
    return [profile_out(p) for p in rows]


async def recalculate(principal: Principal, org_id: int, year: int, settings: DuesSettings) -> RecalcOut:
    """The yearly re-assessment: each paying member of the subtree without a profile for ``year`` gets one from
    the last profile of the year before, recomputed with the current brackets. An approved reduction is not
    carried over: 第七条's approval is given case by case and must be renewed."""
    org = await orgs.ensure_scope(principal, org_id)
    members = await Member.filter(org_id__in=await orgs.subtree_ids(org), is_active=True, status__in=PAYING)
    ids = [m.id for m in members]
    have = set(await DuesProfile.filter(member_id__in=ids, year=year).values_list("member_id", flat=True))
    last: dict[int, DuesProfile] = {}
    for p in await DuesProfile.filter(member_id__in=ids, year=year - 1).order_by("from_month", "id"):
        last[p.member_id] = p
    created = 0
    async with in_transaction():
        for member_id, p in last.items():
            if member_id in have:
                continue
            result = calc.calculate(p.kind, p.base, farmer_amount=settings.farmer_monthly)
            await DuesProfile.create(
                member_id=member_id,
                year=year,
                from_month=1,
                kind=p.kind,
                base=result.base,
                rate=result.rate,
                standard_amount=result.amount,
                amount=result.amount,
                note=f"{year - 1}年标准年度重新核定",
                created_by_user_id=principal.user_id,
            )
            created += 1
    await audit.record(principal, "dues.recalculate", "org", org.id, org_id=org.id, detail={"year": year, "created": created})
    return RecalcOut(created=created, skipped=len(ids) - created)


# ---- the monthly table ----------------------------------------------------------------------------


async def _histories(
    member_ids: Sequence[int], first_year: int, last_year: int
) -> tuple[dict[int, list[DuesProfile]], dict[int, list[DuesPayment]]]:
    profiles: dict[int, list[DuesProfile]] = defaultdict(list)
    payments: dict[int, list[DuesPayment]] = defaultdict(list)
    for p in await DuesProfile.filter(member_id__in=member_ids, year__gte=first_year, year__lte=last_year):
        profiles[p.member_id].append(p)
    for q in await DuesPayment.filter(member_id__in=member_ids, year__gte=first_year, year__lte=last_year):
        payments[q.member_id].append(q)
    return profiles, payments


def member_row(
    member: Member, year: int, today: date, profiles: list[DuesProfile], payments: list[DuesPayment], lapse_months: int
) -> MemberDuesRow:
    paid = sched.paid_by_month(payments)
    cells, due_total, paid_total, arrears = [], Decimal("0"), Decimal("0"), 0
    for month in range(1, 13):
        st = sched.month_state((year, month), today, member.joined_at, profiles, paid)
        cells.append(
            MonthCell(
                month=month, due=_m(st.due), paid=_m(st.paid) if st.paid > 0 else None, status=st.status, payment_id=st.payment_id
            )
        )
        if st.status in ("paid", "unpaid", "open") and st.due is not None:
            due_total += st.due
        paid_total += max(st.paid, Decimal("0"))
        arrears += st.status == "unpaid"
    run, _ = sched.consecutive_unpaid(today, member.joined_at, profiles, paid)
    current = sched.profile_for(profiles, (year, 12 if year < today.year else today.month)) or sched.profile_for(
        profiles, (year, 12)
    )
    rate = None if current is None or current.rate is None else Decimal(current.rate).normalize()
    return MemberDuesRow(
        member_id=member.id,
        name=member.name,
        status=STATUS_LABELS[member.status],
        kind_label=calc.KIND_LABELS[current.kind] if current else None,
        base=_m(current.base) if current else None,
        rate_label=calc.percent_text(rate) if current else None,
        monthly=_m(current.amount) if current else None,
        hardship=current.hardship if current else None,
        months=cells,
        due_total=f"{due_total:.2f}",
        paid_total=f"{paid_total:.2f}",
        arrears_months=arrears,
        consecutive_unpaid=run,
        lapse_flag=run >= lapse_months,
    )


async def _rows(members: Sequence[Member], year: int, today: date, lapse_months: int) -> list[MemberDuesRow]:
    first = min(year, today.year) - sched.LOOKBACK_MONTHS // 12
    profiles, payments = await _histories([m.id for m in members], first, max(year, today.year))
    return [member_row(m, year, today, profiles[m.id], payments[m.id], lapse_months) for m in members]


async def _paying_members(org: Organization) -> list[Member]:
    return await Member.filter(org_id__in=await orgs.subtree_ids(org), is_active=True, status__in=PAYING).order_by("org_id", "id")


async def org_dues(principal: Principal, org_id: int, year: int, today: date, lapse_months: int) -> OrgDuesOut:
    org = await orgs.ensure_scope(principal, org_id)
    rows = await _rows(await _paying_members(org), year, today, lapse_months)
    return OrgDuesOut(
        org_id=org.id,
        year=year,
        members=rows,
        lapse_months=lapse_months,
        due_total=f"{sum(Decimal(r.due_total) for r in rows):.2f}",
        paid_total=f"{sum(Decimal(r.paid_total) for r in rows):.2f}",
    )


async def arrears(principal: Principal, org_id: int, today: date, lapse_months: int) -> list[ArrearsRow]:
    """Members of the subtree with months in arrears (up to 36 months back), the longest run first."""
    org = await orgs.ensure_scope(principal, org_id)
    members = await _paying_members(org)
    first = today.year - sched.LOOKBACK_MONTHS // 12
    profiles, payments = await _histories([m.id for m in members], first, today.year)
    out = []
    for m in members:
        paid = sched.paid_by_month(payments[m.id])
        months, amount, ym = [], Decimal("0"), sched.prev_month(sched.month_of(today))
        for _ in range(sched.LOOKBACK_MONTHS):
            st = sched.month_state(ym, today, m.joined_at, profiles[m.id], paid)
            if st.status == "unpaid" and st.due is not None:
                months.append(f"{ym[0]}-{ym[1]:02d}")
                amount += st.due
            ym = sched.prev_month(ym)
        if months:
            run, _ = sched.consecutive_unpaid(today, m.joined_at, profiles[m.id], paid)
            out.append(
                ArrearsRow(
                    member_id=m.id,
                    name=m.name,
                    org_id=m.org_id,
                    months=sorted(months),
                    amount=f"{amount:.2f}",
                    consecutive_unpaid=run,
                    lapse_flag=run >= lapse_months,
                )
            )
    return sorted(out, key=lambda r: (-r.consecutive_unpaid, r.member_id))


# ---- payments ---------------------------------------------------------------------------------------


def payment_out(p: DuesPayment, name: str) -> PaymentOut:
    return PaymentOut(
        id=p.id,
        member_id=p.member_id,
        member_name=name,
        org_id=p.org_id,
        year=p.year,
        month=p.month,
        amount=_m(p.amount) or "0.00",
        due=_m(p.due) or "0.00",
        channel=p.channel,
        reference=p.reference,
        receipt_no=p.receipt_no,
        paid_on=p.paid_on,
        note=p.note,
        reverses_id=p.reverses_id,
        created_at=p.created_at,
    )


async def _pay(
    actor: Principal,
    member: Member,
    year: int,
    month: int,
    amount: Decimal | None,
    today: date,
    *,
    channel: PayChannel,
    paid_on: date | None,
    note: str,
    reference: str,
) -> DuesPayment:
    """Record one month's payment under a row lock on the member (no month is paid twice)."""
    if (year, month) > sched.quarter_end(today):
        raise FutureMonth()  # 第十二条 allows paying by the quarter, not further ahead
    if member.joined_at is not None and (year, month) < sched.month_of(member.joined_at):
        raise NotAMember()  # 第八条
    async with in_transaction():
        await Member.select_for_update().get(id=member.id)
        profiles = await DuesProfile.filter(member_id=member.id, year=year)
        profile = sched.profile_for(profiles, (year, month))
        if profile is None:
            raise NoProfile()
        due = Decimal(profile.amount)
        net = sum(
            (Decimal(p.amount) for p in await DuesPayment.filter(member_id=member.id, year=year, month=month)), Decimal("0")
        )
        if net > 0 or due == 0:
            raise AlreadyPaid()
        amount = due if amount is None else amount
        if amount < due:  # 第十一条: paying more is voluntary; less needs 第七条's approval (a reduced profile)
            raise AmountBelowDue(details={"due": f"{due:.2f}"})
        day = paid_on or today
        return await DuesPayment.create(
            member_id=member.id,
            org_id=member.org_id,
            year=year,
            month=month,
            amount=calc.money(amount),
            due=due,
            channel=channel,
            reference=reference,
            receipt_no=f"DF{day:%Y%m%d}{secrets.token_hex(4).upper()}",
            paid_on=day,
            note=note,
            recorded_by_user_id=actor.user_id,
        )


async def record_payment(principal: Principal, body: PaymentIn, today: date) -> PaymentOut:
    member = await _member_in_scope(principal, body.member_id)
    if body.paid_on is not None and body.paid_on > today:
        raise BadDuesInput("交纳日期不能晚于今天")
    p = await _pay(
        principal,
        member,
        body.year,
        body.month,
        body.amount,
        today,
        channel=PayChannel.MANUAL,
        paid_on=body.paid_on,
        note=body.note,
        reference="",
    )
    await audit.record(
        principal,
        "dues.payment",
        "dues_payment",
        p.id,
        org_id=member.org_id,
        detail={"member_id": member.id, "year": body.year, "month": body.month, "amount": f"{p.amount:.2f}"},
    )
    return payment_out(p, member.name)


async def due_for(member: Member, year: int, month: int, today: date) -> Decimal:
    """What one month costs, if it can be paid now (the checks of `_pay`, without writing: before an order)."""
    if (year, month) > sched.quarter_end(today):
        raise FutureMonth()
    if member.joined_at is not None and (year, month) < sched.month_of(member.joined_at):
        raise NotAMember()
    profile = sched.profile_for(await DuesProfile.filter(member_id=member.id, year=year), (year, month))
    if profile is None:
        raise NoProfile()
    paid = await DuesPayment.filter(member_id=member.id, year=year, month=month).values_list("amount", flat=True)
    if sum((Decimal(a) for a in paid), Decimal("0")) > 0 or Decimal(profile.amount) == 0:
        raise AlreadyPaid()
    return Decimal(profile.amount)


async def pay_mine(
    principal: Principal, year: int, month: int, today: date, reference: str, amount: Decimal | None = None
) -> PaymentOut:
    """A member pays one month through WeChat Pay (``reference`` is the transaction id the gateway confirmed)."""
    member = await my_member(principal)
    p = await _pay(
        principal,
        member,
        year,
        month,
        amount,
        today,
        channel=PayChannel.WECHAT,
        paid_on=today,
        note="微信支付",
        reference=reference,
    )
    await audit.record(
        principal,
        "dues.payment",
        "dues_payment",
        p.id,
        org_id=member.org_id,
        detail={"member_id": member.id, "year": year, "month": month, "channel": "wechat"},
    )
    return payment_out(p, member.name)


async def reverse_payment(principal: Principal, payment_id: int, reason: str, today: date) -> PaymentOut:
    """A correction is a new, negative entry pointing at the wrong one; the original row is never changed."""
    original = await DuesPayment.get_or_none(id=payment_id, reverses_id=None)
    if original is None:
        raise PaymentNotFound()
    await orgs.ensure_scope(principal, original.org_id)
    async with in_transaction():
        await Member.select_for_update().get(id=original.member_id)
        if await DuesPayment.exists(reverses_id=original.id):
            raise AlreadyReversed()
        p = await DuesPayment.create(
            member_id=original.member_id,
            org_id=original.org_id,
            year=original.year,
            month=original.month,
            amount=-Decimal(original.amount),
            due=original.due,
            channel=original.channel,
            reference=original.reference,
            receipt_no=f"CZ{today:%Y%m%d}{secrets.token_hex(4).upper()}",
            paid_on=today,
            note=f"冲正：{reason}",
            reverses_id=original.id,
            recorded_by_user_id=principal.user_id,
        )
    await audit.record(
        principal,
        "dues.reverse",
        "dues_payment",
        original.id,
        org_id=original.org_id,
        detail={"reversal_id": p.id, "reason": reason},
    )
    member = await Member.get(id=original.member_id)
    return payment_out(p, member.name)


async def payment_for_receipt(principal: Principal, payment_id: int) -> tuple[DuesPayment, Member, Organization]:
    p = await DuesPayment.get_or_none(id=payment_id)
    if p is None:
        raise PaymentNotFound()
    if principal.member_id is not None and principal.member_id == p.member_id:
        pass  # a member prints their own receipt
    elif principal.is_admin or principal.role is Role.STAFF:
        await orgs.ensure_scope(principal, p.org_id)
    else:
        raise PaymentNotFound()
    return p, await Member.get(id=p.member_id), await Organization.get(id=p.org_id)


async def my_member(principal: Principal) -> Member:
    if principal.member_id is None:
        raise MemberRequired()
    member = await Member.get_or_none(id=principal.member_id, is_active=True)
    if member is None:
        raise MemberRequired()
    return member


async def my_dues(principal: Principal, year: int, today: date, lapse_months: int) -> MemberDuesRow:
    member = await my_member(principal)
    return (await _rows([member], year, today, lapse_months))[0]


# ---- early warnings ------------------------------------------------------------------------------


async def lapse_warnings(org_ids: Sequence[int], today: date, lapse_months: int) -> list[Warning]:
    """党费规定 第十三条 and 党章 第九条: six months in a row unpaid without good reason is treated as leaving the
    Party of one's own accord. The platform only warns: the branch educates the member, sets a deadline, and the
    支部大会 decides — nothing is removed automatically."""
    members = await Member.filter(org_id__in=list(org_ids), is_active=True, status__in=PAYING)
    first = today.year - sched.LOOKBACK_MONTHS // 12
    profiles, payments = await _histories([m.id for m in members], first, today.year)
    out = []
    for m in members:
        run, since = sched.consecutive_unpaid(today, m.joined_at, profiles[m.id], sched_payments(payments, m.id))
        if run >= lapse_months and since is not None:
            out.append(
                Warning(
                    org_id=m.org_id,
                    kind="dues.lapse",
                    since=date(since[0], since[1], 1),
                    refs=(m.id,),
                    message=f"{m.name}已连续{run}个月未交纳党费：请及时批评教育、限期改正；无正当理由的，"
                    "由支部大会按自行脱党程序处理（党费规定第十三条、党章第九条）",
                )
            )
    return out


def sched_payments(payments: dict[int, list[DuesPayment]], member_id: int) -> dict[sched.YM, tuple[Decimal, int | None]]:
    return sched.paid_by_month(payments[member_id])
