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
    """Abstain when the question names only regulations not in the knowledge base, names a term or an outside
    body the articles lack, or asks a quantity no hit states beside its focus; otherwise ask the calibrated
    model (`knowledge.answerability`). Without a model (or with `calibrated=False`) best coverage decides."""
    hits = result.hits[:CONSIDERED_HITS]
    if not hits:
        return Assessment(False, "no_hits", 0.0)
    best = max(h.evidence.coverage for h in hits)
    if result.query.unknown and not result.query.named:
        return Assessment(False, "unknown_regulation", best)
    if result.unknown_terms:
        return Assessment(False, "unknown_term", best)
    # Not stated at all, or stated but never beside the question's focus: "保管期限是多少年" is not answered by
    # an article stating some other number of years.
    if not result.states_asked(CONSIDERED_HITS) or not result.focuses_asked(CONSIDERED_HITS):
        return Assessment(False, "quantity_not_stated", best)
    if result.outside_missing:
        return Assessment(False, "beyond_party_rules", best)
    supporting = tuple(h for h in hits if h.evidence.coverage >= min_coverage)
    weak = "weak_evidence" if best < min_coverage else "low_confidence"
    values = features(result)
    model = model_for(values) if calibrated else None
    if model is not None:
        p = model.probability(values)
        if p >= model.threshold:
            return Assessment(True, "ok", p, supporting or tuple(hits[:1]))
        return Assessment(False, weak, p)
    if best < min_coverage:
        return Assessment(False, weak, best)
    return Assessment(True, "ok", best, supporting)
