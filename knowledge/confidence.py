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


# The quantity rule declines a question only while the model doubts it too (probability below this): on tuning + dev,
# out of fold, the rule alone refused 17 answerable questions, 13 of which the model would answer, and the model
# already refused 378 of the rule's 392 unanswerable ones. Kept hard, it cost 0.04 of unanswerable abstention at the
# same share of answerable questions refused (0.832 against 0.872 at 3 %); 0.3, 0.5 and 0.7 did alike there.
QUANTITY_DOUBT = 0.5


@dataclass(frozen=True, slots=True)
class Rules:
    """What the rules read off a search before the model: `outright` is the rule that declines whatever the model
    says (no hits, only regulations not in the knowledge base, a term no article holds); `quantity_unstated`, that
    the question asks a quantity no first hit states beside its focus; `beyond`, that it names a body beyond the
    Party's own rules that the first hit does not."""

    outright: str | None
    quantity_unstated: bool
    beyond: bool

    def reason(self, probability: float | None) -> str | None:
        """Why the rules decline, given the model's probability (None without a model: every rule is hard)."""
        if self.outright:
            return self.outright
        if self.quantity_unstated and (probability is None or probability < QUANTITY_DOUBT):
            return "quantity_not_stated"
        return "beyond_party_rules" if self.beyond else None


def rules(result: SearchResult) -> Rules:
    hits = result.hits[:CONSIDERED_HITS]
    outright = None
    if not hits:
        outright = "no_hits"
    elif result.query.unknown and not result.query.named:
        outright = "unknown_regulation"
    elif result.unknown_terms:
        outright = "unknown_term"
    # Not stated at all, or stated but never beside the question's focus: "保管期限是多少年" is not answered by
    # an article stating some other number of years.
    unstated = not result.states_asked(CONSIDERED_HITS) or not result.focuses_asked(CONSIDERED_HITS)
    return Rules(outright, unstated, bool(result.outside_missing))


def assess(result: SearchResult, min_coverage: float = MIN_COVERAGE, calibrated: bool = True) -> Assessment:
    """Abstain when the question names only regulations not in the knowledge base, names a term or an outside
    body the articles lack, or asks a quantity no hit states beside its focus (that one only while the model
    doubts it too); otherwise ask the calibrated model (`knowledge.answerability`). Without a model (or with
    `calibrated=False`) every rule is hard and best coverage decides."""
    hits = result.hits[:CONSIDERED_HITS]
    if not hits:
        return Assessment(False, "no_hits", 0.0)
    best = max(h.evidence.coverage for h in hits)
    ruled = rules(result)
    if ruled.outright:  # declined whatever the model says: no need to read the features
        return Assessment(False, ruled.outright, best)
    values = features(result)
    model = model_for(values) if calibrated else None
    p = model.probability(values) if model is not None else None
    if reason := ruled.reason(p):
        return Assessment(False, reason, best)
    supporting = tuple(h for h in hits if h.evidence.coverage >= min_coverage)
    weak = "weak_evidence" if best < min_coverage else "low_confidence"
    if model is not None and p is not None:
        if p >= model.threshold:
            return Assessment(True, "ok", p, supporting or tuple(hits[:1]))
        return Assessment(False, weak, p)
    if best < min_coverage:
        return Assessment(False, weak, best)
    return Assessment(True, "ok", best, supporting)
