"""Chinese numerals in article numbers."""

from __future__ import annotations

import pytest

from knowledge.numerals import article_label, parse_numeral, to_chinese


@pytest.mark.parametrize(
    ("text", "value"),
    [("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("九十九", 99), ("一百", 100),
     ("一百零一", 101), ("一百一十五", 115), ("两", 2), ("两百", 200), ("三百零五", 305),
     ("一〇一", 101), ("12", 12), ("１５", 15), ("一千零二十", 1020)],
)
def test_parse_numeral_reads_chinese_and_arabic_forms(text: str, value: int) -> None:
    assert parse_numeral(text) == value


@pytest.mark.parametrize("text", ["", "十十", "零十", "一二十", "百十百", "第三", "abc"])
def test_parse_numeral_rejects_malformed_numbers(text: str) -> None:
    with pytest.raises(ValueError):
        parse_numeral(text)


def test_to_chinese_round_trips_every_article_number() -> None:
    assert all(parse_numeral(to_chinese(n)) == n for n in range(1, 2000))
    assert to_chinese(10) == "十"
    assert to_chinese(101) == "一百零一"
    assert to_chinese(110) == "一百一十"


def test_article_label() -> None:
    assert article_label(19) == "第十九条"
    assert article_label(142) == "第一百四十二条"
