"""Extractive answers: the most relevant sentences first, then each cited article quoted."""

from __future__ import annotations

import re

from bot.schemas import Citation
from knowledge.answer_types import states
from knowledge.confidence import Assessment
from knowledge.evidence import occurs
from knowledge.index import Hit, SearchResult
from knowledge.lexicon import canonical

MAX_CITED = 3
ASKED_BONUS = 3.0  # a sentence stating the asked quantity outranks one that only repeats the question's words
_SENTENCE_END = re.compile(r"(?<=[。；！？])|\n")


def select_hits(result: SearchResult, assessment: Assessment) -> list[Hit]:
    """The hits to cite: the best supported one, plus the best of each other regulation named.

    Near ties are not cited: an extra article that only looks related costs precision.
    """
    supporting = list(assessment.supporting)
    if not supporting:
        return []
    chosen = [supporting[0]]
    docs = {supporting[0].document.doc_id}
    for hit in supporting[1:]:
        if hit.is_named and hit.document.doc_id not in docs:
            chosen.append(hit)
            docs.add(hit.document.doc_id)
    return chosen[:MAX_CITED]


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def best_sentence(result: SearchResult, text: str) -> str:
    """The sentence of an article that covers most of the question's terms; for a question asking a
    quantity (几个人, 多久, 比例 …) a sentence stating it comes first, so the lead is the answer."""
    units = result.query.units
    asked = result.query.asked
    scored = []
    for pos, sentence in enumerate(sentences(text)):
        if sentence.endswith(("？", "?")) or sentence.startswith(("问：", "来源：")):
            continue  # a question (FAQ cards) or a source note is not an answer
        sentence = sentence.removeprefix("答：")
        canon = canonical(sentence)
        score = sum(max(occurs(alt, canon) for alt in u.alternatives) for u in units)
        score += ASKED_BONUS * sum(states(kind, canon) for kind in asked)
        scored.append((score, -pos, sentence))
    return max(scored)[2] if scored else text


def lead(result: SearchResult, hits: list[Hit]) -> str:
    parts = []
    for hit in hits:
        sentence = best_sentence(result, hit.article.text).rstrip("；;")
        if not sentence.endswith(("。", "！", "？")):
            sentence += "。"
        flag = "" if hit.document.is_current else f"（{hit.document.status}）"  # an old version says so
        parts.append(f"根据{hit.citation}{flag}，{sentence}")
    return "\n".join(parts)


def citation_note(c: Citation) -> str:
    """（2018年10月28日版）, with the 已修订/已废止 warning when the version is no longer in force."""
    parts = [f"{d.year}年{d.month}月{d.day}日版" if (d := c.version_date) else "", c.warning]
    shown = "；".join(p for p in parts if p)
    return f"（{shown}）" if shown else ""


def render(lead_text: str, citations: list[Citation]) -> str:
    """The answer text: the lead, then each cited article in full."""
    quoted = [f"《{c.document}》{c.article}{citation_note(c)}：{c.text}" for c in citations]
    return "\n\n".join([lead_text, "原文：", *quoted]) if quoted else lead_text
