"""Ingesting documents: new documents, new versions superseding old ones, unchanged files."""

from __future__ import annotations

from knowledge.corpus_ingest import add_document, remove_document
from knowledge.parsing import parse_text
from knowledge.records import STATUS_CURRENT, STATUS_REVISED, Corpus, DocumentMeta
from tests.knowledge.samples import DUES_NOTES, OLD_DUES_NOTES


def ingest(corpus: Corpus, text: str) -> str:
    parsed = parse_text(text)
    meta = DocumentMeta(doc_id=parsed.title, title=parsed.title)
    return add_document(corpus, meta, parsed).outcome


def test_a_changed_text_becomes_a_new_version() -> None:
    corpus = Corpus()
    assert ingest(corpus, OLD_DUES_NOTES) == "added"
    assert ingest(corpus, OLD_DUES_NOTES) == "unchanged"
    assert ingest(corpus, DUES_NOTES) == "new_version"
    old, new = corpus.documents["示例党费收缴办法"], corpus.documents["示例党费收缴办法@v2"]
    assert old.status == STATUS_REVISED and old.superseded_by == new.doc_id
    assert new.status == STATUS_CURRENT and new.version == 2
    assert len([a for a in corpus.articles if a.doc_id == old.doc_id]) == 2
    assert len([a for a in corpus.articles if a.doc_id == new.doc_id]) == 3


def test_text_without_articles_is_not_added() -> None:
    corpus = Corpus()
    assert ingest(corpus, "一份通知\n请按时报送。") == "empty"
    assert not corpus.documents


def test_remove_document() -> None:
    corpus = Corpus()
    ingest(corpus, DUES_NOTES)
    assert remove_document(corpus, "示例党费收缴办法")
    assert not corpus.articles and not remove_document(corpus, "示例党费收缴办法")
