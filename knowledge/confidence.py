"""Whether the retrieved articles answer a question, decided on lexical evidence only."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.answerability import features, model_for
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


def assess(result: SearchResult, min_coverage: float = MIN_COVERAGE, calibrated: bool = True) -> Assessment:
    """Abstain when the question names only regulations not in the knowledge base; otherwise ask the
    calibrated model (`knowledge.answerability`) and give the evidence that fails as the reason. Without
    a model (or with `calibrated=False`) the lexical rules below decide."""
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
    if asked and not any(asked & set(h.evidence.focused) for h in hits):
        return Assessment(False, "quantity_not_stated", best)  # stated, but never beside the question's focus
    if result.outside_missing:
        return Assessment(False, "beyond_party_rules", best)
    values = features(result)
    model = model_for(values) if calibrated else None
    if model is not None:
        p = model.probability(values)
        supporting = tuple(h for h in hits if h.evidence.coverage >= min_coverage) or tuple(hits[:1])
        if p >= model.threshold:
            return Assessment(True, "ok", p, supporting)
        return Assessment(False, _reason(result, best, min_coverage), p)
    if result.unknown_terms:
        return Assessment(False, "unknown_term", best)
    asked = set(result.query.asked)
    if asked and not any(asked <= set(h.evidence.stated) for h in hits):
        return Assessment(False, "quantity_not_stated", best)
    if best < min_coverage:
        return Assessment(False, "weak_evidence", best)
    supporting = tuple(h for h in hits if h.evidence.coverage >= min_coverage)
    return Assessment(True, "ok", best, supporting)


def _reason(result: SearchResult, best: float, min_coverage: float) -> str:
    """Which evidence failed, for an abstention decided by the model."""
    asked = set(result.query.asked)
    if result.unknown_terms:
        return "unknown_term"
    if asked and not any(asked <= set(h.evidence.stated) for h in result.hits[:CONSIDERED_HITS]):
        return "quantity_not_stated"
    if best < min_coverage:
        return "weak_evidence"
    return "low_confidence"
