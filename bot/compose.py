"""Extractive answers: the most relevant sentences first, then each cited article quoted."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import takewhile

from bot.schemas import Citation
from knowledge.answer_types import bracket_fit, figure, lead_types, leads, states
from knowledge.confidence import Assessment
from knowledge.evidence import occurs
from knowledge.index import Hit, SearchResult
from knowledge.lexicon import canonical
from knowledge.records import version_label

MAX_CITED = 3
ASKED_BONUS = 3.0  # a sentence stating the asked quantity outranks one that only repeats the question's words
LEAD_BONUS = 1.5  # a sentence shaped like the answer asked for (由…批准, 有下列情形之一 …) per kind asked
BRACKET_BONUS = 4.0  # the table row whose bracket holds the question's figure, over the other rows
ITEM_CHARS = 30  # a listed item in the lead is cut to about this many characters
MAX_ITEMS = 10
_SENTENCE_END = re.compile(r"(?<=[。；！？])|\n")
_ITEM = re.compile(r"^(?:（[一二三四五六七八九十]+）|\(\d+\)|（\d+）|\d+[.．、]|[一二三四五六七八九十]+、)")


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


@dataclass(frozen=True, slots=True)
class Piece:
    """A sentence of an article as a lead candidate, with what it needs to be read on its own."""

    text: str
    head: str = ""  # the lead-in it continues: "…比例为：" before a "；" fragment, or the lead-in of a list item
    items: tuple[str, ...] = ()  # a lead-in ending in "：": its listed items (一)(二)…, compacted
    parent: int | None = None  # a list item: the position of its lead-in

    @property
    def shown(self) -> str:
        if self.items:
            return self.text + "；".join(self.items) + "。"
        if self.head:
            return f"{self.head}……{self.text}"
        return self.text


def compact_item(line: str) -> str:
    """An item as a few words: its first sentence, cut at a comma when long (the article is quoted in full below)."""
    first = re.split(r"[；;。]", line.strip(), maxsplit=1)[0]
    if len(first) <= ITEM_CHARS:
        return first
    cut = max(first.rfind(p, 0, ITEM_CHARS) for p in "，、,")
    return (first[:cut] if cut >= 8 else first[:ITEM_CHARS]) + "…"


def pieces(text: str) -> list[Piece]:
    """The article's sentences in order; a "；" fragment keeps the "…：" that opened its sentence, a lead-in
    ending in "：" carries the items that follow it, an item knows its lead-in."""
    lines = [line.strip().removeprefix("答：") for line in text.split("\n") if line.strip()]  # FAQ cards: 问/答
    out: list[Piece] = []
    list_lead: int | None = None
    for i, line in enumerate(lines):
        is_item = bool(_ITEM.match(line))
        if not is_item:
            list_lead = None
        head, opens = "", True  # `opens`: the next fragment starts a sentence
        frags = sentences(line)
        for k, frag in enumerate(frags):
            items: tuple[str, ...] = ()
            if k == len(frags) - 1 and frag.endswith(("：", ":")) and not is_item:
                following = list(takewhile(lambda ln: bool(_ITEM.match(ln)), lines[i + 1:]))
                items = tuple(compact_item(ln) for ln in following[:MAX_ITEMS])
                if len(following) > MAX_ITEMS:
                    items += (f"等{len(following)}项",)
            if is_item and list_lead is not None and k == 0:  # the item itself; its further sentences stand alone
                out.append(Piece(frag, out[list_lead].text, parent=list_lead))
            else:
                out.append(Piece(frag, "" if opens else head, items))
            if frag.endswith(("。", "！", "？")):
                head, opens = "", True
            else:
                if opens and "：" in frag[:-1]:
                    head = frag[:frag.index("：") + 1]
                opens = False
        if not is_item and frags and frags[-1].endswith(("：", ":")):
            list_lead = len(out) - 1
    return out


def best_sentence(result: SearchResult, text: str) -> str:
    """The sentence of an article that answers the question: the one covering most of the question's terms,
    raised when it has the shape of the answer asked for — a quantity (几个人, 多久, 比例 …: it states
    one), who decides (由…批准), a condition (有下列情形之一), a list (a lead-in with its items), a period
    (之日起, 一个月内), a procedure (经…讨论, 报…审批), a consequence (给予…处分, 自行脱党) — and, when
    the question gives a figure (工资4000元), the row of a table whose bracket contains it. A list lead-in is
    shown with its items, a "；" fragment with the lead-in of its sentence."""
    units = result.query.units
    asked = result.query.asked
    kinds = lead_types(result.query.text)
    wanted = figure(canonical(result.query.text))
    found = pieces(text)
    scored = []
    for pos, piece in enumerate(found):
        sentence = piece.text
        if sentence.endswith(("？", "?")) or sentence.startswith(("问：", "来源：")):
            continue  # a question (FAQ cards) or a source note is not an answer
        canon = canonical(sentence)
        # a "；" fragment is read with the lead-in of its sentence (…比例为：), whose words it continues
        covered = canonical(piece.head + sentence) if piece.head and piece.parent is None else canon
        score = sum(max(occurs(alt, covered) for alt in u.alternatives) for u in units)
        score += ASKED_BONUS * sum(states(kind, canon) for kind in asked)
        score += LEAD_BONUS * sum(leads(kind, canon) or (kind == "list" and bool(piece.items)) for kind in kinds)
        if piece.items and "procedure" in kinds:
            score += LEAD_BONUS  # steps are listed as items too
        if wanted is not None and (fit := bracket_fit(canon, wanted)) is not None:
            score += BRACKET_BONUS * (fit - 0.5)  # the asker's bracket up, the other rows down
        scored.append((score, -pos, pos))
    if not scored:
        return text
    chosen = found[max(scored)[2]]
    if chosen.parent is not None and "list" in kinds:
        chosen = found[chosen.parent]  # a list is asked for: the whole list, not one item of it
    return chosen.shown


def lead(result: SearchResult, hits: list[Hit]) -> str:
    parts = []
    for hit in hits:
        sentence = best_sentence(result, hit.article.text).rstrip("；;：:，,")
        if not sentence.endswith(("。", "！", "？")):
            sentence += "。"
        flag = "" if hit.document.is_current else f"（{hit.document.status}）"  # an old version says so
        parts.append(f"根据{hit.citation}{flag}，{sentence}")
    return "\n".join(parts)


def citation_note(c: Citation) -> str:
    """（2018年10月28日版）, with the 已修订/已废止 warning when the version is no longer in force."""
    parts = [version_label(c.version_date), c.warning]
    shown = "；".join(p for p in parts if p)
    return f"（{shown}）" if shown else ""


def render(lead_text: str, citations: list[Citation]) -> str:
    """The answer text: the lead, then each cited article in full."""
    quoted = [f"《{c.document}》{c.article}{citation_note(c)}：{c.text}" for c in citations]
    return "\n\n".join([lead_text, "原文：", *quoted]) if quoted else lead_text
