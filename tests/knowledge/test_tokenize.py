"""Tokenisation: lazy jieba with the 党建 dictionary, numbers, n-grams."""

from __future__ import annotations

from knowledge.lexicon import Lexicon, canonical, numbers_to_digits, parse_rules
from knowledge.tokenize import Tokenizer, char_ngrams


def test_jieba_is_loaded_on_first_use_only() -> None:
    tokenizer = Tokenizer()
    assert tokenizer._engine is None
    tokenizer.cut("党支部")
    assert tokenizer._engine is not None


def test_dictionary_words_stay_whole(tokenizer: Tokenizer) -> None:
    assert "三会一课" in tokenizer.cut("三会一课要按期开展")
    assert "入党介绍人" in tokenizer.cut("入党介绍人要几个")
    words = tokenizer.words("党支部委员会会议")
    assert {"党支部委员会", "委员会", "党支部"} <= set(words)


def test_stopwords_and_punctuation_are_dropped(tokenizer: Tokenizer) -> None:
    assert tokenizer.words("党员的义务，和权利。") == ["党员", "义务", "权利"]


def test_counted_numbers_become_digits_but_article_numbers_do_not() -> None:
    assert numbers_to_digits("应当在三个月内审批") == "应当在3个月内审批"
    assert numbers_to_digits("要有两名正式党员") == "要有2名正式党员"
    assert numbers_to_digits("依照第三条规定") == "依照第三条规定"
    assert numbers_to_digits("三会一课") == "三会一课"
    assert canonical("ＡＢＣ１２３％") == "abc123%"


def test_character_ngrams_do_not_cross_punctuation() -> None:
    grams = char_ngrams("党费，交纳")
    assert "党费" in grams and "交纳" in grams
    assert "费交" not in grams and "费，交" not in grams


def test_rule_syntax() -> None:
    rules = parse_rules("a|b => x y\nc+d => z\n? e => w\nf = g = h\n")
    assert [(r.trigger, r.expansions) for r in rules[:2]] == [("a", ("x", "y")), ("b", ("x", "y"))]
    conjunctive = rules[2]
    assert conjunctive.applies("c和d") and not conjunctive.applies("只有c")
    assert rules[3].is_intent
    assert {r.trigger: r.expansions for r in rules[4:]}["g"] == ("f", "h")


def test_packaged_lexicon_loads_with_a_fingerprint() -> None:
    lex = Lexicon.load()
    assert lex.fingerprint and lex.words and lex.rules and lex.token_rules
    titles = {r.title for r in lex.regulations}
    assert "中国共产党章程" in titles and "中国共产党问责条例" in titles
