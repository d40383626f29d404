"""Dues amount questions are answered with the amount the dues calculator gives (knowledge/dues.py)."""

from __future__ import annotations

import pytest

from bot.dues import dues_lead


@pytest.mark.parametrize(("question", "lead"), [
    ("工资8000交多少党费", "月工资收入（税后）8000元，每月交纳党费120.00元（8000元×1.5%）"),
    ("月薪1.2万党费交多少", "月工资收入（税后）12000元，每月交纳党费240.00元（12000元×2%）"),
    ("退休金6000元每月交多少党费？", "月离退休费6000元，每月交纳党费60.00元（6000元×1%）"),
    ("工资3000元交多少党费", "月工资收入（税后）3000元，每月交纳党费15.00元（3000元×0.5%）"),
    ("退休金4500元的党员，党费按什么比例交？", "月离退休费4500元，每月交纳党费22.50元（4500元×0.5%）"),  # a rate asked: shown too
    ("工资4000元按百分之几交党费？", "月工资收入（税后）4000元，每月交纳党费40.00元（4000元×1%）"),
    ("工资3000到5000交多少党费", None),  # a range: no single amount
    ("党费怎么交", None),
    ("工资8000元个人所得税交多少", None),  # not a dues question
])
def test_dues_amount_questions_lead_with_the_computed_amount(question: str, lead: str | None) -> None:
    got = dues_lead(question)
    assert (got is None) if lead is None else (got is not None and lead in got)
