"""Pydantic models of the bot: questions, answers, citations, conversation turns."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ABSTAIN_MESSAGE = "未在已收录的党内法规中找到直接依据，建议向上级党组织咨询"

AnswerKind = Literal["extractive", "llm", "metadata", "abstained"]


class Citation(BaseModel):
    """A verified article the answer rests on."""

    document: str
    article: str
    text: str
    document_id: str
    article_id: str
    marker: int = Field(default=0, description="the [n] of the answer text, 0 when unnumbered")


class Turn(BaseModel):
    """One earlier exchange of a conversation, as kept in the history."""

    question: str
    query: str
    answer: str = ""
    abstained: bool = False
    citations: list[str] = Field(default_factory=list)


class Answer(BaseModel):
    """What the bot says, with its citations and why it abstained if it did."""

    question: str
    query: str
    answer: str
    abstained: bool
    kind: AnswerKind
    citations: list[Citation] = Field(default_factory=list)
    reason: str = ""
    confidence: float = 0.0
    conversation_id: str | None = None

    def as_turn(self) -> Turn:
        return Turn(
            question=self.question,
            query=self.query,
            answer=self.answer,
            abstained=self.abstained,
            citations=[c.article_id for c in self.citations],
        )


class AskIn(BaseModel):
    """POST /api/v1/bot/ask body."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    question: str = Field(min_length=1, max_length=500)
    conversation_id: str | None = Field(default=None, max_length=64)


class StreamQuery(BaseModel):
    """GET /api/v1/bot/ask/stream query string."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    question: str = Field(min_length=1, max_length=500)
    conversation_id: str | None = Field(default=None, max_length=64)


class FeedbackIn(BaseModel):
    """👍/👎 on an answer."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    question: str = Field(min_length=1, max_length=500)
    helpful: bool
    reason: str = Field(default="", max_length=500)
    answer: str = Field(default="", max_length=20000)
    conversation_id: str = Field(default="", max_length=64)
    citations: list[str] = Field(default_factory=list, max_length=20)


class FeedbackOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    question: str
    helpful: bool
    reason: str
    conversation_id: str
    citations: list[str]
    created_at: datetime


class UnansweredOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    question: str
    query: str
    reason: str
    confidence: float
    resolved: bool
    created_at: datetime


class ListQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    page: int = Field(1, ge=1, le=100000)
    page_size: int = Field(20, ge=1, le=200)
    helpful: bool | None = None
    resolved: bool | None = None

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size
