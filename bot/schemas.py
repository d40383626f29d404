"""Pydantic models of the bot: questions, answers, citations, conversation turns, feedback and the lists."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

from server.core.schemas import OutSchema, PageQuery, Schema

ABSTAIN_MESSAGE = "未在已收录的党内法规中找到直接依据，建议向上级党组织咨询"

AnswerKind = Literal["extractive", "llm", "metadata", "abstained"]
_CONVERSATION = "9f1c2e7a5b3d4c6e8f0a1b2c"
_QUESTION = "支委会多久开一次？"
_ARTICLE_TEXT = "党支部委员会会议一般每月召开1次，根据需要可以随时召开……"


class Citation(BaseModel):
    """A verified article the answer rests on."""

    document: str = Field(examples=["中国共产党支部工作条例（试行）"])
    article: str = Field(examples=["第十九条"])
    text: str = Field(examples=[_ARTICLE_TEXT])
    document_id: str = Field(examples=["12"])
    article_id: str = Field(examples=["301"])
    marker: int = Field(default=0, description="the [n] of the answer text, 0 when unnumbered", examples=[1])
    version_date: date | None = Field(default=None, description="the cited version's effective date, when known",
                                      examples=["2018-10-28"])
    status: str = Field(default="现行有效", description="the cited version's status: 现行有效, 已修订 or 已废止",
                        examples=["现行有效"])
    warning: str = Field(default="", description="set when the cited version is no longer in force (已修订/已废止); "
                         "such an article is cited only with it", examples=[""])


class Turn(BaseModel):
    """One earlier exchange of a conversation, as kept in the history."""

    question: str
    query: str
    answer: str = ""
    abstained: bool = False
    citations: list[str] = Field(default_factory=list)


class Answer(BaseModel):
    """What the bot says, with its citations and why it abstained if it did."""

    question: str = Field(examples=[_QUESTION])
    query: str = Field(examples=[_QUESTION], description="the question as searched (a follow-up is completed)")
    answer: str = Field(examples=["根据《中国共产党支部工作条例（试行）》第十九条，党支部委员会会议一般每月召开1次。"])
    abstained: bool = Field(examples=[False])
    kind: AnswerKind = Field(examples=["extractive"])
    citations: list[Citation] = Field(default_factory=list)
    reason: str = Field("", examples=["ok"])
    confidence: float = Field(0.0, examples=[0.86])
    conversation_id: str | None = Field(None, examples=[_CONVERSATION])

    def as_turn(self) -> Turn:
        return Turn(
            question=self.question,
            query=self.query,
            answer=self.answer,
            abstained=self.abstained,
            citations=[c.article_id for c in self.citations],
        )


class AskIn(Schema):
    """POST /api/v1/bot/ask body."""

    question: str = Field(min_length=1, max_length=500, title="问题", examples=[_QUESTION])
    conversation_id: str | None = Field(default=None, max_length=64, title="会话编号（追问时传上次回答的）",
                                        examples=[_CONVERSATION])


class StreamQuery(Schema):
    """GET /api/v1/bot/ask/stream query string."""

    question: str = Field(min_length=1, max_length=500, title="问题", examples=[_QUESTION])
    conversation_id: str | None = Field(default=None, max_length=64, title="会话编号（追问时传上次回答的）",
                                        examples=[_CONVERSATION])


class FeedbackIn(Schema):
    """👍/👎 on an answer."""

    question: str = Field(min_length=1, max_length=500, title="问题", examples=[_QUESTION])
    helpful: bool = Field(title="是否有帮助", examples=[False])
    reason: str = Field(default="", max_length=500, title="原因", examples=["没有说到临时会议"])
    answer: str = Field(default="", max_length=20000, title="回答内容",
                        examples=["根据《中国共产党支部工作条例（试行）》第十九条，党支部委员会会议一般每月召开1次。"])
    conversation_id: str = Field(default="", max_length=64, title="会话编号", examples=[_CONVERSATION])
    citations: list[str] = Field(default_factory=list, max_length=20, title="引用的条文编号", examples=[["301"]])


class FeedbackOut(OutSchema):
    id: int = Field(examples=[7])
    question: str = Field(examples=[_QUESTION])
    helpful: bool = Field(examples=[False])
    reason: str = Field(examples=["没有说到临时会议"])
    conversation_id: str = Field(examples=[_CONVERSATION])
    citations: list[str] = Field(examples=[["301"]])
    org_id: int | None = Field(None, examples=[5], description="the asker's org; null: not a member or admin of one")
    created_at: datetime = Field(examples=["2026-11-22T09:30:00+08:00"])


class UnansweredOut(OutSchema):
    id: int = Field(examples=[3])
    question: str = Field(examples=["问责条例规定了哪些问责方式？"])
    query: str = Field(examples=["问责条例规定了哪些问责方式？"])
    reason: str = Field(examples=["unknown_regulation"])
    confidence: float = Field(examples=[0.0])
    resolved: bool = Field(examples=[False])
    org_id: int | None = Field(None, examples=[5], description="the asker's org; null: not a member or admin of one")
    created_at: datetime = Field(examples=["2026-11-22T09:30:00+08:00"])


class FeedbackQuery(PageQuery):
    helpful: bool | None = Field(None, title="是否有帮助", examples=[False])


class UnansweredQuery(PageQuery):
    resolved: bool | None = Field(None, title="是否已处理", examples=[False])
