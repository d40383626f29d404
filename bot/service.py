"""Bot rules: rate limits, conversation history in Redis, answering, feedback, unanswered log."""

from __future__ import annotations

import hashlib
import json
import logging
import secrets
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from langchain_core.language_models import BaseChatModel
from redis.asyncio import Redis
from tortoise.expressions import Q

from bot.audit import Editor
from bot.chain import BotChain
from bot.errors import AskRateLimited, KnowledgeNotReady, QuestionNotFound
from bot.models import Feedback, UnansweredQuestion
from bot.schemas import Answer, FeedbackIn, FeedbackOut, Turn, UnansweredOut
from bot.scope import KbScope, KnowledgeOutOfScope
from knowledge.retriever import KnowledgeRetriever
from knowledge.runtime import IndexRuntime
from server.core.auth import Principal
from server.core.metrics import Metrics
from server.core.redis import RateLimiter

log = logging.getLogger("dangjian.bot")
HISTORY_TURNS = 5
RATE_PREFIX = "bot"  # rate-limit keys: bot:60:ask:<asker identity>, bot:60:feedback:<asker identity>
Event = dict[str, Any]


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

    @property
    def org_id(self) -> int | None:
        """The asker's org (a member's or an admin's): its subtree's admins see their feedback and unanswered questions."""
        return self.principal.org_id if self.principal else None


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


@dataclass
class BotRuntime:
    """Per-app bot state: the knowledge index runtime, the optional chat model, conversations and the ask limit."""

    knowledge: IndexRuntime
    conversations: Conversations
    asks_per_minute: int
    llm: BaseChatModel | None = None
    feedback_per_minute: int = 10
    metrics: Metrics | None = None

    def chain(self, role: str | None) -> BotChain:
        if self.knowledge.index is None:
            raise KnowledgeNotReady()
        return BotChain(KnowledgeRetriever(index=self.knowledge.index, role=role), self.llm)

    async def check_rate(self, asker: Asker, kind: str = "ask") -> None:
        """Count one question (or one feedback) of this asker; past the per-minute limit, 429 with Retry-After."""
        limit = self.feedback_per_minute if kind == "feedback" else self.asks_per_minute
        limiter = RateLimiter(self.conversations.redis, RATE_PREFIX)
        wait_ms = await limiter.wait_ms([(f"{kind}:{asker.identity}", limit)], 60)
        if wait_ms > 0:
            raise AskRateLimited((wait_ms + 999) // 1000)


async def ask(bot: BotRuntime, asker: Asker, question: str, conversation_id: str | None) -> Answer:
    """Answer one question in its conversation (rate limited per asker) and remember the turn."""
    await bot.check_rate(asker)
    started = time.perf_counter()
    chain = bot.chain(asker.role)
    cid = conversation_id or bot.conversations.new_id()
    history = await bot.conversations.history(asker, cid) if conversation_id else []
    answer = await chain.ainvoke(question, history, asker.role)
    answer.conversation_id = cid
    _observe(bot.metrics, answer, started)
    await _remember(bot.conversations, asker, cid, history, answer)
    return answer


async def ask_stream(bot: BotRuntime, asker: Asker, question: str, conversation_id: str | None) -> AsyncIterator[Event]:
    """Check the rate limit and the index now (so they can still be answered as errors), then the events
    (delta…, answer); the turn is remembered once the answer is final."""
    await bot.check_rate(asker)
    started = time.perf_counter()
    chain = bot.chain(asker.role)
    cid = conversation_id or bot.conversations.new_id()
    history = await bot.conversations.history(asker, cid) if conversation_id else []

    async def events() -> AsyncIterator[Event]:
        async for event in chain.astream(question, history, asker.role):
            if event["type"] == "answer":
                answer: Answer = event["answer"]
                answer.conversation_id = cid
                _observe(bot.metrics, answer, started)
                await _remember(bot.conversations, asker, cid, history, answer)
            yield event

    return events()


def _observe(metrics: Metrics | None, answer: Answer, started: float) -> None:
    if metrics is not None:
        metrics.bot_latency.observe(time.perf_counter() - started)
        metrics.bot_answers.labels((answer.reason or "abstained") if answer.abstained else "answered").inc()


async def _remember(conversations: Conversations, asker: Asker, cid: str, history: list[Turn],
                    answer: Answer) -> None:
    await conversations.append(asker, cid, history, answer.as_turn())
    if answer.abstained:
        await UnansweredQuestion.create(
            question=answer.question[:500], query=answer.query[:1000], reason=answer.reason,
            confidence=answer.confidence, conversation_id=cid, user_id=asker.user_id, org_id=asker.org_id,
        )


async def add_feedback(bot: BotRuntime, asker: Asker, data: FeedbackIn) -> FeedbackOut:
    """Record 👍/👎 on an answer; rate limited per asker like questions (anonymous callers by address)."""
    await bot.check_rate(asker, "feedback")
    row = await Feedback.create(
        conversation_id=data.conversation_id, question=data.question, answer=data.answer,
        helpful=data.helpful, reason=data.reason, citations=data.citations, user_id=asker.user_id,
        org_id=asker.org_id,
    )
    return FeedbackOut.model_validate(row)


def _from(scope: KbScope) -> Q:
    """Rows asked from the scope's subtree (all for the superadmin; a row without an org: the superadmin only)."""
    return Q() if scope.manage is None else Q(org_id__in=list(scope.manage))


async def list_feedback(scope: KbScope, *, helpful: bool | None, offset: int,
                        limit: int) -> tuple[list[FeedbackOut], int]:
    query = Feedback.filter(_from(scope))
    if helpful is not None:
        query = query.filter(helpful=helpful)
    rows = await query.order_by("-id").offset(offset).limit(limit)
    return [FeedbackOut.model_validate(r) for r in rows], await query.count()


async def list_unanswered(scope: KbScope, *, resolved: bool | None, offset: int,
                          limit: int) -> tuple[list[UnansweredOut], int]:
    query = UnansweredQuestion.filter(_from(scope))
    if resolved is not None:
        query = query.filter(resolved=resolved)
    rows = await query.order_by("-id").offset(offset).limit(limit)
    return [UnansweredOut.model_validate(r) for r in rows], await query.count()


async def resolve_unanswered(editor: Editor, scope: KbScope, question_id: int) -> None:
    """Mark an unanswered question as dealt with (audited); only one asked from the editor's subtree."""
    row = await UnansweredQuestion.get_or_none(id=question_id).only("id", "org_id")
    if row is None:
        raise QuestionNotFound()
    if scope.manage is not None and row.org_id not in scope.manage:
        raise KnowledgeOutOfScope()
    await UnansweredQuestion.filter(id=question_id).update(resolved=True)
    await editor.audit("bot.unanswered_resolve", "bot_unanswered_question", question_id)
