"""Statements that another document was repealed ("…印发的《干部档案工作条例》同时废止"), and the documents of the
knowledge base they may concern: the KB admin is told that a newer version may exist.

A statement concerns a current document of the knowledge base with the same title (title key) when that
document is not newer than the statement: its effective date falls in or before the year the statement gives,
or, without a year, before the stating document's own date. Pure functions; the service reads the rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from knowledge.lexicon import title_key
from knowledge.records import version_label

_REPEAL_CLAUSE = re.compile(r"[^。；\n]*?(?:废止|停止执行|不再执行)")
_TITLE = re.compile(r"《([^》]{2,60})》")
_YEAR = re.compile(r"(\d{4})年")


@dataclass(frozen=True, slots=True)
class Repeal:
    """One document a text declares repealed: its title, the year it names (if any), the words saying so."""

    title: str
    year: int | None
    statement: str


def repeals(text: str) -> list[Repeal]:
    """Every 《title》 a clause says is repealed (废止 / 停止执行 / 不再执行), with the last year named before it."""
    found = []
    for clause in _REPEAL_CLAUSE.finditer(text):
        words = clause.group(0)
        for m in _TITLE.finditer(words):
            years = _YEAR.findall(words, 0, m.start())
            found.append(Repeal(m.group(1).strip(), int(years[-1]) if years else None, words.strip()))
    return found


@dataclass(frozen=True, slots=True)
class Stated:
    """An article of a current document stating repeals."""

    document_id: int
    title: str
    effective_date: date | None
    label: str
    text: str


@dataclass(frozen=True, slots=True)
class Candidate:
    """A current document that may be the repealed one."""

    document_id: int
    title: str
    effective_date: date | None


@dataclass(frozen=True, slots=True)
class Notice:
    document_id: int
    title: str
    effective_date: date | None
    by_document_id: int
    by_title: str
    by_article: str
    statement: str

    @property
    def message(self) -> str:
        when = f"（{version_label(self.effective_date)}）" if self.effective_date else ""
        return (
            f"《{self.by_title}》{self.by_article}载明《{self.title}》已废止；知识库中的《{self.title}》{when}可能已被取代，"
            "请核对是否有新版本，或将其标为已废止"
        )


def notices(stated: Iterable[Stated], candidates: Sequence[Candidate]) -> list[Notice]:
    """Each candidate that a stating article's repeal may concern (never the stating document itself)."""
    by_key: dict[str, list[Candidate]] = {}
    for c in candidates:
        by_key.setdefault(title_key(c.title), []).append(c)
    out: dict[tuple[int, int], Notice] = {}
    for s in stated:
        for repeal in repeals(s.text):
            for c in by_key.get(title_key(repeal.title), []):
                if c.document_id == s.document_id or not _not_newer(c, repeal, s):
                    continue
                out.setdefault((c.document_id, s.document_id), Notice(
                    c.document_id, c.title, c.effective_date, s.document_id, s.title, s.label, repeal.statement))
    return sorted(out.values(), key=lambda n: (n.title, n.by_title))


def _not_newer(candidate: Candidate, repeal: Repeal, stated: Stated) -> bool:
    if candidate.effective_date is None:
        return True
    if repeal.year is not None:
        return candidate.effective_date.year <= repeal.year
    return stated.effective_date is None or candidate.effective_date < stated.effective_date


__all__ = ["Candidate", "Notice", "Repeal", "Stated", "notices", "repeals"]
