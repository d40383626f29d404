"""Quantities a question asks for (几个人, 多久, 比例 …) and whether an article states one."""

from __future__ import annotations

import re

_EVENTS = "成立|召开|举行|出台|颁布|发布|印发|通过|制定|提出|开始施行|施行|实施|生效|废止"

_QUESTION_TYPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("people", re.compile(r"几个?人|多少人|几名|多少名|人数|几位|多少个?党员")),
    ("days", re.compile(r"几天|多少天|几个工作日|多少个?工作日|多少日")),
    ("months", re.compile(r"几个月|多少个月")),
    ("years", re.compile(r"几年|多少年|任期多|多少届|几届")),
    ("times", re.compile(r"几次|多少次")),
    ("frequency", re.compile(r"多久开|开一次|多久一次|多长时间一次|多久召开|多长时间开|多久搞|多久举行")),
    ("duration", re.compile(r"多久|多长时间|多长期限|期限是?多")),
    ("money", re.compile(r"多少钱|多少元|交多少|缴多少|多少党费|多少(?:补贴|津贴|工资|薪水|报酬|奖金|经费|费用)|(?:补贴|津贴|工资|报酬|奖金)(?:是|有)?多少")),
    ("ratio", re.compile(r"比例是?多|百分之几|几成|占多少|多少比例")),
    ("hours", re.compile(r"多少学时|几个学时|几学时")),
    ("age", re.compile(r"多大年纪|多大岁数|几岁|多少岁")),
    # A calendar date: the corpus states one only for its own issue and entry into force.
    ("date", re.compile(rf"哪[1一]?年|何年|哪[1一]?天|几月几[日号]|(?:什么时[候间]|何时)(?:{_EVENTS})")),
)

_NUMBER = r"\d+(?:\.\d+)?"
_ARTICLE_PATTERNS: dict[str, re.Pattern[str]] = {
    "people": re.compile(rf"{_NUMBER}\s*(?:名|人|个)|半数|分之|多数|全体"),
    "days": re.compile(rf"{_NUMBER}\s*(?:个工作日|日|天)"),
    "months": re.compile(rf"{_NUMBER}\s*个月|半年|每月|每季度"),
    "years": re.compile(rf"{_NUMBER}\s*(?:年|届)|每届|半年"),
    "times": re.compile(rf"{_NUMBER}\s*次"),
    "frequency": re.compile(rf"{_NUMBER}\s*次|每月|每季度|每年|每半年|每届|定期|随时|经常"),
    "duration": re.compile(rf"{_NUMBER}\s*(?:个月|个工作日|年|日|天|周|小时|学时)|半年|期满|之日|每月|每季度|每年"),
    "money": re.compile(rf"{_NUMBER}\s*(?:元|%)|比例"),
    "ratio": re.compile(rf"{_NUMBER}\s*%|分之|半数|{_NUMBER}\s*[:：]\s*{_NUMBER}|比例"),
    "hours": re.compile(rf"{_NUMBER}\s*个?学时"),
    "age": re.compile(rf"{_NUMBER}\s*岁|年满"),
    "date": re.compile(r"\d{4}\s*年|之日|起施行|起实施"),
}


def asked_types(question: str) -> tuple[str, ...]:
    """The kinds of quantity a (normalised) question asks for, in a fixed order."""
    return tuple(name for name, pattern in _QUESTION_TYPES if pattern.search(question))


def states(kind: str, text: str) -> bool:
    """Whether canonical article text states a quantity of the given kind."""
    return bool(_ARTICLE_PATTERNS[kind].search(text))
