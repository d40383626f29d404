"""The langchain-core retriever adapter."""

from __future__ import annotations

from langchain_core.documents import Document

from knowledge.index import KnowledgeIndex
from knowledge.retriever import KnowledgeRetriever


def test_retriever_returns_articles_as_documents(small_index: KnowledgeIndex) -> None:
    retriever = KnowledgeRetriever(index=small_index, k=2)
    docs = retriever.invoke("党员大会多久开一次")
    assert len(docs) == 2 and all(isinstance(d, Document) for d in docs)
    top = docs[0]
    assert top.metadata["citation"] == "《示例支部会议规则》第五条"
    assert top.metadata["article_id"] == "meeting#5" and top.metadata["status"] == "现行有效"
    assert "每季度召开一次" in top.page_content


def test_retriever_role_controls_visibility(small_index: KnowledgeIndex) -> None:
    question = "支部书记多久书面报告一次思想动态"
    public = KnowledgeRetriever(index=small_index).invoke(question)
    member = KnowledgeRetriever(index=small_index, role="member").invoke(question)
    assert all(d.metadata["document_id"] != "internal" for d in public)
    assert member[0].metadata["document_id"] == "internal"
