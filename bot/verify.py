"""Citation verification: a cited article must exist, be in force and say what we quote."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

from bot.schemas import Citation
from knowledge.records import STATUS_REPEALED, STATUS_REVISED, ArticleRecord, DocumentMeta, may_see

log = logging.getLogger(__name__)
# A version no longer in force (cited only when history is asked for) is never cited without saying so.
STATUS_WARNINGS = {
    STATUS_REVISED: "该版本已修订，非现行条文，请以现行版本为准",
    STATUS_REPEALED: "该文件已废止，条文已不再有效",
}


class KnowledgeBase(Protocol):
    """The lookups verification needs (the index implements them)."""

    def document(self, doc_id: str) -> DocumentMeta | None: ...

    def article_by_id(self, article_id: str) -> ArticleRecord | None: ...


@dataclass(frozen=True, slots=True)
class Claim:
    """A citation as a composer or a language model proposes it."""

    doc_id: str
    article_id: str
    text: str = ""
    marker: int = 0


def verify(kb: KnowledgeBase, claim: Claim, *, role: str | None, history: bool = False) -> Citation | None:
    """The citation if the claim checks out against the knowledge base, else None."""
    doc = kb.document(claim.doc_id)
    art = kb.article_by_id(claim.article_id)
    problem = _problem(doc, art, claim, role, history)
    if problem or doc is None or art is None:
        log.warning("citation rejected: %s (%s)", claim.article_id, problem)
        return None
    return Citation(
        document=doc.title,
        article=art.label,
        text=art.text,
        document_id=doc.doc_id,
        article_id=art.key,
        marker=claim.marker,
        version_date=doc.effective_date,
        status=doc.status,
        warning=STATUS_WARNINGS.get(doc.status, ""),
    )


def _problem(doc: DocumentMeta | None, art: ArticleRecord | None, claim: Claim,
             role: str | None, history: bool) -> str:
    if doc is None:
        return "unknown document"
    if art is None or art.doc_id != doc.doc_id:
        return "unknown article"
    if not doc.is_current and not history:
        return f"document {doc.status}"
    if not may_see(doc.visibility, role):
        return "not visible to the asker"
    if claim.text and claim.text not in art.text:
        return "quoted text differs from the article"
    return ""


def verify_all(kb: KnowledgeBase, claims: list[Claim], *, role: str | None,
               history: bool = False) -> list[Citation]:
    """Verified citations, in order, without duplicates."""
    seen: set[str] = set()
    out: list[Citation] = []
    for claim in claims:
        citation = verify(kb, claim, role=role, history=history)
        if citation and citation.article_id not in seen:
            seen.add(citation.article_id)
            out.append(citation)
    return out
