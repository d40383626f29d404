"""Which months a member owes, what was paid, and how long the current run of unpaid months is (pure functions).

A month is owed from the month the member joined (党费规定 第八条: a 预备党员 pays from the day the 支部大会
admits them; ``joined_at`` holds that day) at the amount of the profile that applies to it. A month before today's
month that is owed and not paid is in arrears; today's month is still open. Exempt months (第七条) are settled.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from miniapp_api.dues.models import DuesPayment, DuesProfile

YM = tuple[int, int]
LOOKBACK_MONTHS = 36


def prev_month(ym: YM) -> YM:
    y, m = ym
    return (y - 1, 12) if m == 1 else (y, m - 1)


def month_of(day: date) -> YM:
    return (day.year, day.month)


def quarter_end(day: date) -> YM:
    return (day.year, ((day.month - 1) // 3 + 1) * 3)


@dataclass
class MonthState:
    ym: YM
    due: Decimal | None  # None: no profile applies
    paid: Decimal
    status: str  # paid / unpaid / open / future / exempt / none / not_due
    payment_id: int | None = None


def profile_for(profiles: Sequence[DuesProfile], ym: YM) -> DuesProfile | None:
    """The latest profile of that year starting at or before the month (later rows supersede earlier ones)."""
    year, month = ym
    best = None
    for p in profiles:
        if p.year == year and p.from_month <= month and (best is None or (p.from_month, p.id) > (best.from_month, best.id)):
            best = p
    return best


def paid_by_month(payments: Iterable[DuesPayment]) -> dict[YM, tuple[Decimal, int | None]]:
    """Net amount per month (reversals are negative) and the standing payment's id."""
    reversed_ids = {p.reverses_id for p in payments if p.reverses_id}
    out: dict[YM, tuple[Decimal, int | None]] = {}
    for p in payments:
        ym = (p.year, p.month)
        total, standing = out.get(ym, (Decimal("0"), None))
        if p.reverses_id is None and p.id not in reversed_ids:
            standing = p.id
        out[ym] = (total + Decimal(p.amount), standing)
    return out


def month_state(
    ym: YM, today: date, joined: date | None, profiles: Sequence[DuesProfile], paid: dict[YM, tuple[Decimal, int | None]]
) -> MonthState:
    amount, payment_id = paid.get(ym, (Decimal("0"), None))
    if amount > 0:
        profile = profile_for(profiles, ym)
        return MonthState(ym, Decimal(profile.amount) if profile else None, amount, "paid", payment_id)
    if joined is not None and ym < month_of(joined):
        return MonthState(ym, None, amount, "not_due")
    profile = profile_for(profiles, ym)
    if profile is None:
        return MonthState(ym, None, amount, "none")
    due = Decimal(profile.amount)
    if due == 0:
        return MonthState(ym, due, amount, "exempt")
    now = month_of(today)
    status = "future" if ym > now else ("open" if ym == now else "unpaid")
    return MonthState(ym, due, amount, status)


def consecutive_unpaid(
    today: date, joined: date | None, profiles: Sequence[DuesProfile], paid: dict[YM, tuple[Decimal, int | None]]
) -> tuple[int, YM | None]:
    """How many months in a row, ending with last month, are in arrears, and the first of them."""
    ym, count, first = prev_month(month_of(today)), 0, None
    for _ in range(LOOKBACK_MONTHS):
        if month_state(ym, today, joined, profiles, paid).status != "unpaid":
            break
        count, first, ym = count + 1, ym, prev_month(ym)
    return count, first
