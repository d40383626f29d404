"""Lexical evidence that an article answers a question: the features abstention rests on."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

from knowledge.answer_types import asking_sentences, states
from knowledge.channels import SparseChannel
from knowledge.lexicon import numbers_to_digits
from knowledge.query import EvidenceUnit, Query

SINGLE_CHAR_FACTOR = 0.3
COLLOQUIAL_WEIGHT = 0.5
FUZZY_CREDIT = 0.8
TITLE_CREDIT = 0.5


@dataclass(frozen=True, slots=True)
class Evidence:
    """How much of the question an article covers, weighted by how specific each part is."""

    coverage: float
    matched: tuple[str, ...]
    missing: tuple[str, ...]
    stated: tuple[str, ...]
    # Asked kinds stated in a sentence that also names one of the question's focus units: "保管期限是多少年"
    # is not answered by an article stating some other number of years.
    focused: tuple[str, ...] = ()


@lru_cache(maxsize=4096)
def _fuzzy(term: str) -> re.Pattern[str]:
    # 党组成员 ~ 党组的成员: the characters in order with at most one character between them.
    return re.compile(".?".join(re.escape(ch) for ch in term))


def occurs(term: str, text: str) -> float:
    """1 when the term is in the text, FUZZY_CREDIT when only loosely, else 0."""
    if term in text:
        return 1.0
    if len(term) >= 3 and _fuzzy(term).search(text):
        return FUZZY_CREDIT
    return 0.0


def is_domain(term: str, words: SparseChannel, dictionary: Collection[str]) -> bool:
    """A term of the domain: in the corpus vocabulary or in the 党建 dictionary."""
    return words.df(term) > 0 or term in dictionary


def unit_weight(unit: EvidenceUnit, words: SparseChannel, dictionary: Collection[str]) -> float:
    """IDF of a domain unit; colloquial words (unknown to corpus and dictionary) weigh little."""
    known = [alt for alt in unit.alternatives if is_domain(alt, words, dictionary)]
    if not known:
        return COLLOQUIAL_WEIGHT * unit.weight
    weight = min(words.idf(alt) for alt in known)
    if len(unit.alternatives) == 1 and len(unit.alternatives[0]) == 1:
        weight *= SINGLE_CHAR_FACTOR
    return weight * unit.weight


def _unit_score(unit: EvidenceUnit, title: str, body: str) -> float:
    best = 0.0
    for alt in unit.alternatives:
        best = max(best, occurs(alt, body), TITLE_CREDIT * occurs(alt, title))
        if best >= 1.0:
            break
    return best


def measure(query: Query, weights: list[float], text: str) -> Evidence:
    """Evidence of one article for an analysed query.

    `text` is the canonical index text: the title on the first line, then headings, label and
    body. A term found only in the title counts partly: the article itself should say it.
    """
    title, _, body = text.partition("\n")
    total = sum(weights) or 1.0
    got = 0.0
    matched: list[str] = []
    missing: list[str] = []
    for unit, weight in zip(query.units, weights, strict=True):
        s = _unit_score(unit, title, body)
        got += weight * s
        (matched if s > 0 else missing).append(unit.alternatives[0])
    stated = tuple(kind for kind in query.asked if states(kind, text))
    focused = _focused(query, weights, body, stated) if stated else ()
    return Evidence(got / total, tuple(matched), tuple(missing), stated, focused)


FOCUS_UNITS = 2
_CLAUSE_END = re.compile(r"[。；！？\n]")


def _by_specificity(query: Query, weights: list[float]) -> list[tuple[float, EvidenceUnit]]:
    """The question's units with their weights, most specific (highest weight) first, leaving out the asked
    quantity itself (1年, 3次)."""
    ranked = sorted(zip(weights, range(len(weights)), query.units, strict=True), key=lambda t: (-t[0], t[1]))
    return [(w, u) for w, _, u in ranked if not any(states(k, a) for k in query.asked for a in u.alternatives)]


def focus_units(query: Query, weights: list[float], kind: str | None = None) -> list[EvidenceUnit]:
    """The question's most specific units (highest weight), leaving out the asked quantity itself (1年, 3次);
    given a kind, those of the sentences asking for it (the focus of 任期几年 is not the 人数 asked before it)."""
    ranked = _by_specificity(query, weights)
    sentences = asking_sentences(query.text, kind) if kind else [query.text]
    if sentences != [query.text]:
        sentences = [numbers_to_digits(s) for s in sentences]
        ranked = [(w, u) for w, u in ranked if any(a in s for s in sentences for a in u.alternatives)] or ranked
    return [u for _, u in ranked[:FOCUS_UNITS]]


def _focused(query: Query, weights: list[float], body: str, stated: tuple[str, ...]) -> tuple[str, ...]:
    """The stated kinds that some sentence of the body states beside the focus of the question's asking for them."""
    sentences = _CLAUSE_END.split(body)
    found = []
    for kind in stated:
        focus = focus_units(query, weights, kind)
        if not focus or any(
            states(kind, s) and any(occurs(a, s) for u in focus for a in u.alternatives) for s in sentences
        ):
            found.append(kind)
    return tuple(found)


def absent(term: str, words: SparseChannel, grams: SparseChannel) -> bool:
    """True when no document can contain the term (its word, or one of its n-grams, is unknown)."""
    if words.df(term) > 0:
        return False
    if len(term) <= 3:
        return grams.df(term) == 0
    return any(grams.df(term[i : i + 3]) == 0 for i in range(len(term) - 2))


def unknown_terms(text: str, terms: Collection[str], words: SparseChannel, grams: SparseChannel,
                  hits: list[str]) -> list[str]:
    """Dictionary terms in the question that the corpus lacks and the top hits do not even loosely contain."""
    return _longest([t for t in terms if t in text and absent(t, words, grams) and not any(occurs(t, h) for h in hits)])


def _longest(names: list[str]) -> list[str]:
    """The names not contained in another of them (最高人民法院, not also 人民法院)."""
    return [t for t in names if not any(t != other and t in other for other in names)]


def outside_missing(text: str, outside: Collection[str], first: str) -> list[str]:
    """The bodies, taxes and schemes beyond the Party's own rules (人民法院, 个人所得税, 共青团 …) that the
    question names and the first hit's text does not: that article is about something else. The longest
    name counts (最高人民法院, not also 人民法院); the match is exact, not loose."""
    return [t for t in _longest([t for t in outside if t in text]) if t not in first]


TOGETHER_UNITS = 3


def together(query: Query, weights: list[float], text: str) -> float:
    """The most of the question's focus (its three most specific units, by weight, the asked quantity left
    out) that one sentence of the article states together: 人民检察院 and 职权 may each occur in an article,
    but never in one sentence. `text` is the canonical index text; its title line does not count."""
    focus = _by_specificity(query, weights)[:TOGETHER_UNITS]
    total = sum(w for w, _ in focus)
    if total <= 0:
        return 1.0
    _, _, body = text.partition("\n")
    best = 0.0
    for sentence in _CLAUSE_END.split(body):
        if sentence:
            got = sum(w * max(occurs(a, sentence) for a in u.alternatives) for w, u in focus)
            best = max(best, got / total)
    return best
