"""The 党费 calculator: monthly dues from an income kind and a 计算基数 — pure, no I/O; the dues domain and the bot both use it.

Money is ``Decimal`` throughout and amounts are rounded to the fen (0.01 元) with ROUND_HALF_UP (四舍五入, as the
branches' paper ledgers do). The brackets follow 关于中国共产党党费收缴、使用和管理的规定 (中组发〔2008〕3号,
"党费规定" below); what the 规定 leaves to the branch (the 农民党员 figure within its range) is a parameter.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum

CENT = Decimal("0.01")


class IncomeKind(StrEnum):
    SALARIED = "salaried"  # 第一条: paid monthly; base = the regular after-tax wage
    ANNUAL_SALARY = "annual_salary"  # 第三条: 年薪制, base = what was actually received that month
    SELF_EMPLOYED = "self_employed"  # 第四条: no monthly pay; base = last quarter's average monthly net income
    RETIRED = "retired"  # 第五条: base = the pension actually received
    FARMER = "farmer"  # 第六条: a fixed small amount within a range
    STUDENT = "student"  # 第六条: fixed
    UNEMPLOYED = "unemployed"  # 第六条: 下岗失业, fixed
    RELIEF = "relief"  # 第六条: living on 抚恤/救济 or 最低生活保障, fixed


KIND_LABELS = {
    IncomeKind.SALARIED: "按月领取工资",
    IncomeKind.ANNUAL_SALARY: "年薪制",
    IncomeKind.SELF_EMPLOYED: "个体经营等",
    IncomeKind.RETIRED: "离退休",
    IncomeKind.FARMER: "农民",
    IncomeKind.STUDENT: "学生",
    IncomeKind.UNEMPLOYED: "下岗失业",
    IncomeKind.RELIEF: "抚恤救济/低保",
}

# 第二条 (and 第三条/第四条 "参照第一条、第二条"): (upper bound inclusive, rate); None = no upper bound.
WAGE_BRACKETS: tuple[tuple[Decimal | None, Decimal], ...] = (
    (Decimal("3000"), Decimal("0.005")),
    (Decimal("5000"), Decimal("0.01")),
    (Decimal("10000"), Decimal("0.015")),
    (None, Decimal("0.02")),
)
# 第五条: pensions up to 5000 (inclusive) at 0.5 %, above at 1 %.
RETIRED_BRACKETS: tuple[tuple[Decimal | None, Decimal], ...] = (
    (Decimal("5000"), Decimal("0.005")),
    (None, Decimal("0.01")),
)
FARMER_RANGE = (Decimal("0.20"), Decimal("1.00"))  # 第六条
FIXED_LOW = Decimal("0.20")  # 第六条: students, the unemployed, those on relief or 低保
BASED_KINDS = frozenset({IncomeKind.SALARIED, IncomeKind.ANNUAL_SALARY, IncomeKind.SELF_EMPLOYED, IncomeKind.RETIRED})


class CalcError(ValueError):
    """The input cannot be computed (a negative base, a farmer figure outside the 规定's range…)."""


@dataclass(frozen=True)
class DuesAmount:
    kind: IncomeKind
    base: Decimal | None  # None for the fixed-amount kinds
    rate: Decimal | None  # a fraction (0.015 = 1.5 %); None for the fixed-amount kinds
    amount: Decimal  # 元 per month, two decimals
    rule: str  # the article it follows, for the UI and the bot


def money(value: Decimal) -> Decimal:
    """Rounded to the fen, half up."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def parse_money(text: str | int | float | Decimal) -> Decimal:
    try:
        value = Decimal(str(text))
    except InvalidOperation as exc:
        raise CalcError("金额格式不正确") from exc
    if not value.is_finite():
        raise CalcError("金额格式不正确")
    return value


def bracket_rate(kind: IncomeKind, base: Decimal) -> Decimal:
    """The rate the 规定 names for this base: 第二条 for wages (and 第三条/第四条), 第五条 for pensions."""
    brackets = RETIRED_BRACKETS if kind is IncomeKind.RETIRED else WAGE_BRACKETS
    for upper, rate in brackets:
        if upper is None or base <= upper:
            return rate
    raise AssertionError("the last bracket has no upper bound")


def calculate(
    kind: IncomeKind | str, base: Decimal | str | int | float | None = None, *, farmer_amount: Decimal | str = "0.50"
) -> DuesAmount:
    """Monthly dues for one member. ``base`` is the 计算基数 (元, after tax) for the income-based kinds and ignored
    for the fixed ones; ``farmer_amount`` is the branch's figure for 农民党员 (must lie in 0.2–1 元, 第六条)."""
    kind = IncomeKind(kind)
    if kind in BASED_KINDS:
        if base is None:
            raise CalcError("该类别须填写计算基数")
        value = parse_money(base)
        if value < 0 or value > Decimal("100000000"):
            raise CalcError("计算基数超出范围")
        rate = bracket_rate(kind, value)
        rule = "党费规定第五条" if kind is IncomeKind.RETIRED else "党费规定第二条"
        return DuesAmount(kind, money(value), rate, money(value * rate), rule)
    if kind is IncomeKind.FARMER:
        amount = money(parse_money(farmer_amount))
        if not FARMER_RANGE[0] <= amount <= FARMER_RANGE[1]:
            raise CalcError("农民党员每月党费应在 0.2–1 元之间")
        return DuesAmount(kind, None, None, amount, "党费规定第六条")
    return DuesAmount(kind, None, None, FIXED_LOW, "党费规定第六条")


def rate_text(rate: Decimal | None) -> str | None:
    """0.015 → "0.015" (a fraction, as the API returns it)."""
    return None if rate is None else format(rate.normalize(), "f")


def percent_text(rate: Decimal | None) -> str:
    """0.015 → "1.5%" for people."""
    if rate is None:
        return "定额"
    return f"{format((rate * 100).normalize(), 'f')}%"
