"""Bodies, taxes and schemes beyond the Party's own rules: tagged in the user dictionary, and a question about
one is answered only from an article that names it. Made-up texts, our own words."""

from __future__ import annotations

from knowledge.evidence import outside_missing
from knowledge.lexicon import Lexicon

OUTSIDE = ("人民法院", "最高人民法院", "共青团", "个人所得税")


def test_the_dictionary_tags_them() -> None:
    lex = Lexicon.load()
    assert {"人民法院", "个人所得税", "共青团"} <= set(lex.outside)
    assert "党支部" not in lex.outside and "党支部" in lex.words
    assert "人民法院" in lex.words  # still a word for the tokenizer


def test_a_named_body_the_first_hit_lacks_is_reported() -> None:
    first = "第八条 党组织应当加强对共青团的领导。"
    assert outside_missing("共青团支部每届任期几年", OUTSIDE, "第九条 党的基层委员会每届任期5年。") == ["共青团"]
    assert outside_missing("党怎样领导共青团", OUTSIDE, first) == []
    assert outside_missing("党支部每月开几次会", OUTSIDE, first) == []


def test_the_longest_name_counts_and_matching_is_exact() -> None:
    article = "第三十条 党员被人民法院判处刑罚的，应当给予处分。"
    assert outside_missing("最高人民法院的职责是什么", OUTSIDE, article) == ["最高人民法院"]
    assert outside_missing("党员被人民法院判刑怎么处理", OUTSIDE, article) == []
    assert outside_missing("被法院判刑怎么处理", OUTSIDE, article) == []  # a loose 法院 names no tagged body
