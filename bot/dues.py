"""Dues arithmetic in answers: "工资8000交多少党费" is answered with the amount, computed by the same calculator the
dues domain uses (knowledge/dues.py), before the quoted articles."""

from __future__ import annotations

import re
from decimal import Decimal

from knowledge.dues import CalcError, IncomeKind, calculate

_ASKS_AMOUNT = re.compile(r"多少|几块|几元|怎么算|如何算|算一下|交多|比例|百分之几|几个点")  # the amount, or the rate
_NUMBER = re.compile(r"(\d+(?:\.\d+)?)\s*(万|千|k|K)?")
_RETIRED = ("退休", "离休", "养老金", "退休金", "离退休费")
_WAGE = ("工资", "月薪", "薪水", "薪资", "收入", "工薪", "到手")
_SCALE = {"万": Decimal("10000"), "千": Decimal("1000"), "k": Decimal("1000"), "K": Decimal("1000")}


def _base(question: str) -> Decimal | None:
    found = [m for m in _NUMBER.finditer(question)]
    if len(found) != 1:  # no number, or several (a range, a year…): not a single income
        return None
    m = found[0]
    value = Decimal(m.group(1)) * _SCALE.get(m.group(2) or "", Decimal("1"))
    return value if Decimal("100") <= value <= Decimal("1000000") else None


def dues_lead(question: str) -> str | None:
    """The computed amount as one sentence, or None when the question is not "my income is X, how much"."""
    if "党费" not in question or not _ASKS_AMOUNT.search(question):
        return None
    if any(w in question for w in _RETIRED):
        kind, label = IncomeKind.RETIRED, "月离退休费"
    elif any(w in question for w in _WAGE):
        kind, label = IncomeKind.SALARIED, "月工资收入（税后）"
    else:
        return None
    base = _base(question)
    if base is None:
        return None
    try:
        due = calculate(kind, base)
    except CalcError:
        return None
    assert due.rate is not None
    percent = format((due.rate * 100).normalize(), "f")
    return (f"按党费规定的比例计算：{label}{format(base.normalize(), 'f')}元，每月交纳党费{due.amount}元"
            f"（{format(base.normalize(), 'f')}元×{percent}%）。")


def with_dues_lead(question: str, text: str) -> str:
    lead = dues_lead(question)
    return f"{lead}\n\n{text}" if lead else text
