"""Whether the retrieved articles answer a question, decided on lexical evidence only."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.index import Hit, SearchResult

MIN_COVERAGE = 0.5
CONSIDERED_HITS = 3


@dataclass(frozen=True, slots=True)
class Assessment:
    """The verdict on a search result: answerable or not, why, and how strongly."""

    answerable: bool
    reason: str
    confidence: float
    supporting: tuple[Hit, ...] = ()


def assess(result: SearchResult, min_coverage: float = MIN_COVERAGE) -> Assessment:
    """Abstain unless an article covers the question's specific terms and asked quantities.

    Dense similarity is deliberately not used here: it does not separate unanswerable
    questions from answerable ones.
    """
    hits = result.hits[:CONSIDERED_HITS]
    if not hits:
        return Assessment(False, "no_hits", 0.0)
    best = max(h.evidence.coverage for h in hits)
    if result.query.unknown and not result.query.named:
        return Assessment(False, "unknown_regulation", best)
    if result.unknown_terms:
        return Assessment(False, "unknown_term", best)
    asked = set(result.query.asked)
    if asked and not any(asked <= set(h.evidence.stated) for h in hits):
        return Assessment(False, "quantity_not_stated", best)
    if best < min_coverage:
        return Assessment(False, "weak_evidence", best)
    supporting = tuple(h for h in hits if h.evidence.coverage >= min_coverage)
    return Assessment(True, "ok", best, supporting)
