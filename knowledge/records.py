"""Plain records the index is built from: document metadata and articles (no ORM, no I/O)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from knowledge.parsing import Article, ParsedDocument

STATUS_CURRENT = "现行有效"
STATUS_REVISED = "已修订"
STATUS_REPEALED = "已废止"
STATUSES = (STATUS_CURRENT, STATUS_REVISED, STATUS_REPEALED)

VISIBILITY_PUBLIC = "公开"
VISIBILITY_INTERNAL = "内部"
VISIBILITIES = (VISIBILITY_PUBLIC, VISIBILITY_INTERNAL)
# Roles that may read 内部 documents; citizens and anonymous askers see 公开 only.
INTERNAL_ROLES = frozenset({"member", "org_admin", "staff", "superadmin"})


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """What the knowledge base knows about one version of a regulation."""

    doc_id: str
    title: str
    doc_number: str = ""
    issuer: str = ""
    level: str = ""
    effective_date: date | None = None
    status: str = STATUS_CURRENT
    superseded_by: str | None = None
    visibility: str = VISIBILITY_PUBLIC
    version: int = 1
    aliases: tuple[str, ...] = ()

    @property
    def is_current(self) -> bool:
        return self.status == STATUS_CURRENT


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """One retrievable article of one document version."""

    doc_id: str
    number: int
    label: str
    headings: tuple[str, ...]
    text: str
    article_id: str = ""

    @property
    def key(self) -> str:
        return self.article_id or f"{self.doc_id}#{self.number}"


@dataclass(slots=True)
class Corpus:
    """Documents and their articles, in a stable order."""

    documents: dict[str, DocumentMeta] = field(default_factory=dict)
    articles: list[ArticleRecord] = field(default_factory=list)

    def add(self, meta: DocumentMeta, articles: list[ArticleRecord]) -> None:
        self.documents[meta.doc_id] = meta
        self.articles.extend(articles)

    def document(self, doc_id: str) -> DocumentMeta | None:
        return self.documents.get(doc_id)


def records_from_parsed(doc_id: str, parsed: ParsedDocument) -> list[ArticleRecord]:
    """Turn parsed articles into records; duplicates of an article number are kept out."""
    seen: set[int] = set()
    records: list[ArticleRecord] = []
    preambles = 0
    for article in parsed.articles:
        if article.is_preamble:
            preambles += 1
            records.append(_record(doc_id, article, f"{doc_id}#0.{preambles}"))
        elif article.number not in seen:
            seen.add(article.number)
            records.append(_record(doc_id, article, f"{doc_id}#{article.number}"))
    return records


def _record(doc_id: str, article: Article, article_id: str) -> ArticleRecord:
    return ArticleRecord(
        doc_id=doc_id,
        number=article.number,
        label=article.label,
        headings=article.headings,
        text=article.text,
        article_id=article_id,
    )


class _Numbered(Protocol):
    @property
    def number(self) -> int: ...


def article_count(articles: Iterable[_Numbered]) -> int:
    """How many 条 a document has: distinct article numbers. A preamble (序言/总纲, number 0) is not an
    article — 党章 has 55 — and a duplicated 第X条 (a parse warning) counts once."""
    return len({a.number for a in articles if a.number})


def version_label(day: date | None) -> str:
    """How a version is named by its date everywhere it is shown: "2018年10月28日版" ("" when undated)."""
    return f"{day.year}年{day.month}月{day.day}日版" if day else ""


def may_see(visibility: str, role: str | None) -> bool:
    """Whether an asker with `role` may read a document of the given visibility."""
    return visibility == VISIBILITY_PUBLIC or (role is not None and role in INTERNAL_ROLES)
