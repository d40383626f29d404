"""Bot rules: rate limits, conversation history in Redis, answering, feedback, unanswered log."""

from __future__ import annotations

import hashlib
import json
import logging
import secrets
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from langchain_core.language_models import BaseChatModel
from redis.asyncio import Redis

from bot.chain import BotChain
from bot.models import Feedback, UnansweredQuestion
from bot.schemas import Answer, FeedbackIn, FeedbackOut, ListQuery, Turn, UnansweredOut
from knowledge.retriever import KnowledgeRetriever
from knowledge.runtime import IndexRuntime
from server.core.auth import Principal
from server.core.errors import ServiceUnavailable
from server.core.redis import RateLimiter

log = logging.getLogger("dangjian.bot")
HISTORY_TURNS = 5


class KnowledgeNotReady(ServiceUnavailable):
    code = "bot.knowledge_not_ready"
    message = "知识库正在加载，请稍后再试"


@dataclass
class Asker:
    """Who asks: the principal if logged in, otherwise an anonymous caller known by IP."""

    principal: Principal | None
    ip: str = ""

    @property
    def role(self) -> str | None:
        return self.principal.role.value if self.principal else None

    @property
    def identity(self) -> str:
        if self.principal is not None:
            return f"u{self.principal.user_id}"
        return "ip:" + hashlib.sha256(self.ip.encode()).hexdigest()[:16]

    @property
    def user_id(self) -> int | None:
        return self.principal.user_id if self.principal else None


@dataclass
class BotRuntime:
    """Per-app bot state: the knowledge index runtime and the optional chat model."""

    knowledge: IndexRuntime
    llm: BaseChatModel | None = None

    def chain(self, role: str | None) -> BotChain:
        if self.knowledge.index is None:
            raise KnowledgeNotReady()
        return BotChain(KnowledgeRetriever(index=self.knowledge.index, role=role), self.llm)


class Conversations:
    """The last turns of each conversation, in Redis with a TTL; only its owner can continue it."""

    def __init__(self, redis: Redis, ttl_s: int) -> None:
        self.redis, self.ttl_s = redis, ttl_s

    @staticmethod
    def new_id() -> str:
        return secrets.token_hex(12)

    def _key(self, asker: Asker, conversation_id: str) -> str:
        owner = asker.identity if asker.principal is not None else "anon"
        return f"bot:conv:{owner}:{conversation_id}"

    async def history(self, asker: Asker, conversation_id: str) -> list[Turn]:
        raw = await self.redis.get(self._key(asker, conversation_id))
        if not raw:
            return []
        return [Turn.model_validate(t) for t in json.loads(raw)]

    async def append(self, asker: Asker, conversation_id: str, history: list[Turn], turn: Turn) -> None:
        turns = [*history, turn][-HISTORY_TURNS:]
        payload = json.dumps([t.model_dump() for t in turns], ensure_ascii=False)
        await self.redis.set(self._key(asker, conversation_id), payload, ex=self.ttl_s)


async def check_rate(redis: Redis, asker: Asker, per_minute: int) -> None:
    await RateLimiter(redis, "bot").check([(f"ask:{asker.identity}", per_minute)], 60, code="bot.rate_limited",
                                          message="提问过于频繁，请稍后再试")


async def ask(runtime: BotRuntime, conversations: Conversations, asker: Asker, question: str,
              conversation_id: str | None) -> Answer:
    """Answer one question in its conversation and remember the turn."""
    cid = conversation_id or conversations.new_id()
    history = await conversations.history(asker, cid) if conversation_id else []
    answer = await runtime.chain(asker.role).ainvoke(question, history, asker.role)
    answer.conversation_id = cid
    await _remember(conversations, asker, cid, history, answer)
    return answer


async def ask_stream(runtime: BotRuntime, conversations: Conversations, asker: Asker, question: str,
                     conversation_id: str | None) -> AsyncIterator[dict[str, Any]]:
    """Stream events (delta…, answer) and remember the turn once the answer is final."""
    cid = conversation_id or conversations.new_id()
    history = await conversations.history(asker, cid) if conversation_id else []
    async for event in runtime.chain(asker.role).astream(question, history, asker.role):
        if event["type"] == "answer":
            answer: Answer = event["answer"]
            answer.conversation_id = cid
            await _remember(conversations, asker, cid, history, answer)
        yield event


async def _remember(conversations: Conversations, asker: Asker, cid: str, history: list[Turn],
                    answer: Answer) -> None:
    await conversations.append(asker, cid, history, answer.as_turn())
    if answer.abstained:
        await UnansweredQuestion.create(
            question=answer.question[:500], query=answer.query[:1000], reason=answer.reason,
            confidence=answer.confidence, conversation_id=cid, user_id=asker.user_id,
        )


async def add_feedback(asker: Asker, data: FeedbackIn) -> FeedbackOut:
    row = await Feedback.create(
        conversation_id=data.conversation_id, question=data.question, answer=data.answer,
        helpful=data.helpful, reason=data.reason, citations=data.citations, user_id=asker.user_id,
    )
    return FeedbackOut.model_validate(row)


async def list_feedback(q: ListQuery) -> tuple[list[FeedbackOut], int]:
    query = Feedback.all() if q.helpful is None else Feedback.filter(helpful=q.helpful)
    rows = await query.order_by("-id").offset(q.offset).limit(q.page_size)
    return [FeedbackOut.model_validate(r) for r in rows], await query.count()


async def list_unanswered(q: ListQuery) -> tuple[list[UnansweredOut], int]:
    query = UnansweredQuestion.all() if q.resolved is None else UnansweredQuestion.filter(resolved=q.resolved)
    rows = await query.order_by("-id").offset(q.offset).limit(q.page_size)
    return [UnansweredOut.model_validate(r) for r in rows], await query.count()


async def resolve_unanswered(question_id: int) -> bool:
    return bool(await UnansweredQuestion.filter(id=question_id).update(resolved=True))
