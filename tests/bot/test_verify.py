"""Citation verification against the knowledge base."""

from __future__ import annotations

from bot.verify import Claim, verify, verify_all
from knowledge.index import KnowledgeIndex


def test_a_current_article_verifies(small_index: KnowledgeIndex) -> None:
    citation = verify(small_index, Claim("meeting", "meeting#3", "每月召开一次"), role=None)
    assert citation is not None
    assert (citation.document, citation.article) == ("示例支部会议规则", "第三条")
    assert citation.text.startswith("支部委员会会议每月召开一次")


def test_invented_or_wrong_citations_are_rejected(small_index: KnowledgeIndex) -> None:
    assert verify(small_index, Claim("nope", "nope#1"), role=None) is None
    assert verify(small_index, Claim("meeting", "meeting#99"), role=None) is None
    assert verify(small_index, Claim("dues-v2", "meeting#3"), role=None) is None
    assert verify(small_index, Claim("meeting", "meeting#3", "每周召开一次"), role=None) is None


def test_superseded_and_internal_documents(small_index: KnowledgeIndex) -> None:
    assert verify(small_index, Claim("dues-v1", "dues-v1#2"), role=None) is None
    assert verify(small_index, Claim("dues-v1", "dues-v1#2"), role=None, history=True) is not None
    assert verify(small_index, Claim("internal", "internal#1"), role=None) is None
    assert verify(small_index, Claim("internal", "internal#1"), role="member") is not None


def test_verify_all_keeps_order_and_drops_duplicates(small_index: KnowledgeIndex) -> None:
    claims = [Claim("meeting", "meeting#5"), Claim("x", "x#1"), Claim("meeting", "meeting#3"),
              Claim("meeting", "meeting#5")]
    assert [c.article_id for c in verify_all(small_index, claims, role=None)] == ["meeting#5", "meeting#3"]
