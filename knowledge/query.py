"""Question analysis: regulation names, history intent, weighted terms and evidence units."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from knowledge.answer_types import asked_types
from knowledge.lexicon import (
    ExpansionRule,
    Lexicon,
    canonical,
    derived_aliases,
    normalize,
    numbers_to_digits,
    title_key,
)
from knowledge.records import DocumentMeta
from knowledge.tokenize import Tokenizer, char_ngrams

EXPANSION_WEIGHT = 0.7
INTENT_WEIGHT = 0.4
_QUOTED = re.compile(r"《([^》]{2,40})》")
_REGULATION_SUFFIX = re.compile(r"(条例|规定|准则|细则|章程|办法|规则|意见|决定|通知|法|纲要|规划)(?:（试行）)?$")
_SEPARATOR = "|"


@dataclass(slots=True)
class RegulationRegistry:
    """Maps every name of a regulation to the title key of a knowledge-base document, if any."""

    alias_to_key: dict[str, str] = field(default_factory=dict)
    kb_keys: dict[str, list[str]] = field(default_factory=dict)  # title key → doc ids

    @classmethod
    def build(cls, lexicon: Lexicon, documents: Iterable[DocumentMeta]) -> RegulationRegistry:
        reg = cls()
        for known in lexicon.regulations:
            key = title_key(known.title)
            for name in (known.title, *known.aliases):
                reg.alias_to_key.setdefault(title_key(name), key)
        for doc in documents:
            key = title_key(doc.title)
            reg.kb_keys.setdefault(key, []).append(doc.doc_id)
            for name in (*derived_aliases(doc.title), *(title_key(a) for a in doc.aliases)):
                reg.alias_to_key[name] = key
        return reg

    def find(self, text: str) -> tuple[list[str], list[str], str]:
        """Return (KB title keys named, other regulation names, text with the names masked)."""
        named: list[str] = []
        unknown: list[str] = []
        masked = text
        for quoted in _QUOTED.findall(text):
            key = self.alias_to_key.get(title_key(quoted))
            if key is None and not _REGULATION_SUFFIX.search(title_key(quoted)):
                continue
            _append(named if key in self.kb_keys else unknown, key or title_key(quoted))
            masked = masked.replace(f"《{quoted}》", _SEPARATOR)
        for alias in sorted(self.alias_to_key, key=len, reverse=True):
            if alias in masked:
                key = self.alias_to_key[alias]
                _append(named if key in self.kb_keys else unknown, key)
                masked = masked.replace(alias, _SEPARATOR)
        return named, unknown, masked


def _append(items: list[str], value: str) -> None:
    if value not in items:
        items.append(value)


@dataclass(frozen=True, slots=True)
class EvidenceUnit:
    """One thing the question asks about; satisfied when any alternative is in the article."""

    alternatives: tuple[str, ...]
    weight: float


@dataclass(slots=True)
class Query:
    text: str
    named: list[str]
    unknown: list[str]
    wants_history: bool
    words: dict[str, float]
    grams: dict[str, float]
    units: list[EvidenceUnit]
    content: list[str]
    asked: tuple[str, ...] = ()
    # The question without what the index handles by itself — the regulations it names (masked) and the words
    # asking for an old version — for models of how a question is worded, which must not learn that questions
    # naming 《某某办法》 or saying 修订前 went one way in the question sets (answerability's `phrasing`).
    plain: str = ""


_QUOTATION = re.compile(r"[“\"「『]([^“”\"「」『』]{2,16})[”\"」』]")


def quoted_terms(text: str) -> list[str]:
    """Phrases the asker put in quotation marks (“优秀共产党员”): the question is about exactly that."""
    return [m.strip() for m in _QUOTATION.findall(text) if m.strip()]


def triggered_rules(text: str, rules: Iterable[ExpansionRule]) -> list[ExpansionRule]:
    return [rule for rule in rules if rule.applies(text)]


def most_specific(rules: list[ExpansionRule]) -> list[ExpansionRule]:
    """Drop a rule whose trigger lies inside a longer triggered one with the same expansions
    (谁管 inside 归谁管), so one phrase is not counted as evidence twice."""
    kept: list[ExpansionRule] = []
    for rule in sorted(rules, key=lambda r: -len(r.trigger)):
        if not any(rule.trigger in k.trigger and rule.expansions == k.expansions for k in kept):
            kept.append(rule)
    return kept


def analyze(question: str, tokenizer: Tokenizer, registry: RegulationRegistry) -> Query:
    """Turn a question into weighted word/n-gram terms plus evidence units."""
    lex = tokenizer.lexicon
    text = normalize(question)
    named, unknown, masked = registry.find(text)
    plain = masked
    for marker in lex.history_markers:
        plain = plain.replace(marker, "")
    rules = triggered_rules(masked, lex.rules)
    masked = numbers_to_digits(masked.replace("哪一年", "哪年").replace("哪一天", "哪天"))  # a question word, not 1年
    content = _content_tokens(masked, tokenizer)
    rules = most_specific(rules + [lex.token_rules[t] for t in dict.fromkeys(content) if t in lex.token_rules])
    words: dict[str, float] = {}
    grams: dict[str, float] = {}
    for run in _runs(masked, content):
        _add(words, tokenizer.words(run), 1.0)
        _add(grams, char_ngrams(run), 1.0)
    for rule in rules:
        weight = INTENT_WEIGHT if rule.is_intent else EXPANSION_WEIGHT
        for phrase in rule.expansions:
            _add(words, tokenizer.words(phrase), weight)
            _add(grams, char_ngrams(canonical(phrase)), weight)
    history = any(marker in text for marker in lex.history_markers)
    units = _units(content, rules)
    return Query(text, named, unknown, history, words, grams, units, content, asked_types(text), plain)


def _content_tokens(masked: str, tokenizer: Tokenizer) -> list[str]:
    drop = set(tokenizer.lexicon.question_words) | tokenizer.lexicon.stopwords
    return [t for t in tokenizer.cut(masked) if t not in drop]


def _runs(masked: str, content: list[str]) -> list[str]:
    """Contiguous stretches of content tokens (question words and names split them)."""
    runs: list[str] = []
    current = ""
    pos = 0
    for token in content:
        at = masked.find(token, pos)
        if at < 0:
            continue
        if at != pos and current:
            runs.append(current)
            current = ""
        current += token
        pos = at + len(token)
    if current:
        runs.append(current)
    return runs


def _add(target: dict[str, float], tokens: Iterable[str], weight: float) -> None:
    for token in tokens:
        target[token] = max(target.get(token, 0.0), weight)


def _units(content: list[str], rules: list[ExpansionRule]) -> list[EvidenceUnit]:
    units: list[EvidenceUnit] = []
    covered: set[str] = set()
    for rule in rules:
        if rule.is_intent:
            continue
        alternatives = tuple(canonical(a) for a in (rule.trigger, *rule.expansions))
        units.append(EvidenceUnit(alternatives, 1.0))
        parts = [canonical(p) for p in (rule.trigger, *rule.requires)]
        covered.update(t for t in content if any(t in p or p in t for p in parts))
    for token in content:
        if token not in covered:
            units.append(EvidenceUnit((token,), 1.0))
    return units
