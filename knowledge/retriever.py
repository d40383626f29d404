"""A langchain-core BaseRetriever over the knowledge index (one Document per article)."""

from __future__ import annotations

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from knowledge.index import Hit, KnowledgeIndex, SearchResult


def hit_document(hit: Hit) -> Document:
    """The article as a langchain Document; metadata carries the citation and evidence."""
    return Document(
        page_content=hit.article.text,
        id=hit.article.key,
        metadata={
            "document_id": hit.document.doc_id,
            "title": hit.document.title,
            "article_id": hit.article.key,
            "article": hit.article.label,
            "number": hit.article.number,
            "headings": list(hit.article.headings),
            "status": hit.document.status,
            "score": hit.score,
            "coverage": hit.evidence.coverage,
            "citation": hit.citation,
        },
    )


class KnowledgeRetriever(BaseRetriever):
    """Retrieves articles; `search` returns the full result (evidence) for the bot chain."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    index: KnowledgeIndex
    k: int = 5
    role: str | None = None

    def search(self, question: str, *, role: str | None = None, k: int | None = None) -> SearchResult:
        return self.index.search(question, k=k or self.k, role=role if role is not None else self.role)

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        return [hit_document(h) for h in self.search(query).hits]
