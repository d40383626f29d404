"""Adding parsed documents to an in-memory corpus (the command-line index): new documents, new versions, unchanged files."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

from knowledge.parsing import ParsedDocument, ParseWarning
from knowledge.records import STATUS_CURRENT, STATUS_REVISED, Corpus, DocumentMeta, records_from_parsed

Outcome = Literal["added", "new_version", "unchanged", "empty"]


@dataclass(slots=True)
class IngestReport:
    """What happened to one file."""

    title: str
    outcome: Outcome
    doc_id: str = ""
    articles: int = 0
    warnings: list[ParseWarning] = field(default_factory=list)


def current_version(corpus: Corpus, title: str) -> DocumentMeta | None:
    for doc in corpus.documents.values():
        if doc.title == title and doc.status == STATUS_CURRENT:
            return doc
    return None


def article_texts(corpus: Corpus, doc_id: str) -> list[str]:
    return [a.text for a in corpus.articles if a.doc_id == doc_id]


def add_document(corpus: Corpus, meta: DocumentMeta, parsed: ParsedDocument) -> IngestReport:
    """Add a document; a changed text of a current title becomes its next version.

    The previous version is kept for history with status 已修订 and superseded_by set.
    """
    report = IngestReport(meta.title, "added", warnings=list(parsed.warnings))
    if not parsed.numbered:
        report.outcome = "empty"
        return report
    previous = current_version(corpus, meta.title)
    texts = [a.text for a in parsed.articles]
    if previous is not None and article_texts(corpus, previous.doc_id) == texts:
        report.outcome, report.doc_id = "unchanged", previous.doc_id
        return report
    if previous is not None:
        version = previous.version + 1
        meta = replace(meta, doc_id=f"{meta.title}@v{version}", version=version)
        corpus.documents[previous.doc_id] = replace(previous, status=STATUS_REVISED,
                                                    superseded_by=meta.doc_id)
        report.outcome = "new_version"
    records = records_from_parsed(meta.doc_id, parsed)
    corpus.add(meta, records)
    report.doc_id, report.articles = meta.doc_id, len(records)
    return report


def remove_document(corpus: Corpus, doc_id: str) -> bool:
    """Delete one document version and its articles."""
    if doc_id not in corpus.documents:
        return False
    del corpus.documents[doc_id]
    corpus.articles = [a for a in corpus.articles if a.doc_id != doc_id]
    return True
