"""Pydantic models of the bot: questions, answers, citations, conversation turns."""

from __future__ import annotations

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
