"""Lexical evidence that an article answers a question: the features abstention rests on."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.channels import SparseChannel
from knowledge.query import EvidenceUnit, Query
from knowledge.tokenize import char_ngrams

SINGLE_CHAR_FACTOR = 0.3
PARTIAL_FACTOR = 0.5


@dataclass(frozen=True, slots=True)
class Evidence:
    """How much of the question an article covers, weighted by how rare each part is."""

    coverage: float
    gram_coverage: float
    matched: tuple[str, ...]
    missing: tuple[str, ...]


def unit_weight(unit: EvidenceUnit, words: SparseChannel) -> float:
    """IDF of the unit's rarest known alternative; unknown words count as rare."""
    idfs = [words.idf(alt) for alt in unit.alternatives if words.df(alt) > 0]
    head = unit.alternatives[0]
    weight = min(idfs) if idfs and len(unit.alternatives) > 1 else words.idf(head)
    if len(head) == 1 and len(unit.alternatives) == 1:
        weight *= SINGLE_CHAR_FACTOR
    return weight * unit.weight


def _satisfaction(unit: EvidenceUnit, text: str) -> float:
    best = 0.0
    for alt in unit.alternatives:
        if alt in text:
            return 1.0
        if len(alt) >= 3:
            grams = char_ngrams(alt, (2,))
            if not grams:
                continue
            share = sum(g in text for g in grams) / len(grams)
            best = max(best, share * PARTIAL_FACTOR)
    return best


def measure(query: Query, weights: list[float], text: str) -> Evidence:
    """Evidence of one article (normalised text) for an analysed query."""
    total = sum(weights) or 1.0
    got = 0.0
    matched: list[str] = []
    missing: list[str] = []
    for unit, weight in zip(query.units, weights, strict=True):
        s = _satisfaction(unit, text)
        got += weight * s
        (matched if s >= 1.0 else missing).append(unit.alternatives[0])
    grams = [g for g in query.grams if query.grams[g] >= 1.0 and len(g) == 2]
    gram_cov = sum(g in text for g in grams) / len(grams) if grams else 0.0
    return Evidence(got / total, gram_cov, tuple(matched), tuple(missing))
