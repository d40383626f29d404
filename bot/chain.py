"""The answer chain (a langchain-core Runnable): rewrite → retrieve → decide → compose → verify."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.output_parsers import StrOutputParser
from langchain_core.runnables import Runnable, RunnableLambda

from bot.compose import MAX_CITED, lead, render, select_hits
from bot.dues import with_dues_lead
from bot.followup import rewrite
from bot.llm import read_markers
from bot.meta import MetaAnswer, answer_meta
from bot.prompts import answer_prompt, context_block
from bot.schemas import ABSTAIN_MESSAGE, Answer, Citation, Turn
from bot.verify import Claim, verify_all
from knowledge.confidence import Assessment, assess
from knowledge.index import Hit, SearchResult
from knowledge.retriever import KnowledgeRetriever

LLM_CONTEXT_HITS = 5
log = logging.getLogger("dangjian.bot")


@dataclass(slots=True)
class Prepared:
    """Everything decided before an answer is written."""

    question: str
    query: str
    role: str | None
    meta: MetaAnswer | None = None
    result: SearchResult | None = None
    assessment: Assessment | None = None

    @property
    def history(self) -> bool:
        return bool(self.result and self.result.query.wants_history)


class BotChain:
    """Answers regulation questions with verified citations, or abstains."""

    def __init__(self, retriever: KnowledgeRetriever, llm: BaseChatModel | None = None) -> None:
        self.retriever = retriever
        self.llm_chain: Runnable[dict[str, Any], str] | None = (
            answer_prompt() | llm | StrOutputParser() if llm is not None else None
        )
        self.runnable: Runnable[dict[str, Any], Answer] = RunnableLambda(
            self.prepare, name="prepare"
        ) | RunnableLambda(self.finish, afunc=self.afinish, name="answer")

    @property
    def index(self):  # type: ignore[no-untyped-def]
        return self.retriever.index

    def invoke(self, question: str, history: Sequence[Turn] = (), role: str | None = None) -> Answer:
        return self.runnable.invoke({"question": question, "history": list(history), "role": role})

    async def ainvoke(self, question: str, history: Sequence[Turn] = (),
                      role: str | None = None) -> Answer:
        inputs = {"question": question, "history": list(history), "role": role}
        return await self.runnable.ainvoke(inputs)

    def prepare(self, inputs: dict[str, Any]) -> Prepared:
        question = str(inputs["question"]).strip()
        history: list[Turn] = inputs.get("history") or []
        role = inputs.get("role")
        previous = self.index.tokenizer.cut(history[-1].query) if history else []
        query = rewrite(question, history, previous)
        meta = answer_meta(self.index, query, role)
        if meta is not None:
            return Prepared(question, query, role, meta=meta)
        result = self.retriever.search(query, role=role)
        return Prepared(question, query, role, result=result, assessment=assess(result))

    def finish(self, prep: Prepared) -> Answer:
        if early := self._early_answer(prep):
            return early
        assert prep.result is not None and prep.assessment is not None
        if self.llm_chain is None:
            return self._extractive(prep)
        hits = self._llm_hits(prep)
        try:
            text = self.llm_chain.invoke({"context": context_block(hits), "question": prep.query})
        except Exception:  # the model is optional: without it the answer is extractive
            log.warning("language model failed; answering extractively", exc_info=True)
            return self._extractive(prep)
        return self._from_model(prep, hits, text)

    async def afinish(self, prep: Prepared) -> Answer:
        if early := self._early_answer(prep):
            return early
        if self.llm_chain is None:
            return self._extractive(prep)
        hits = self._llm_hits(prep)
        try:
            text = await self.llm_chain.ainvoke({"context": context_block(hits), "question": prep.query})
        except Exception:
            log.warning("language model failed; answering extractively", exc_info=True)
            return self._extractive(prep)
        return self._from_model(prep, hits, text)

    async def astream(self, question: str, history: Sequence[Turn] = (),
                      role: str | None = None) -> AsyncIterator[dict[str, Any]]:
        """Events: {"type": "delta", "text"} while writing, then {"type": "answer", "answer"}."""
        inputs = {"question": question, "history": list(history), "role": role}
        prep = await RunnableLambda(self.prepare).ainvoke(inputs)
        early = self._early_answer(prep)
        if early is None and self.llm_chain is not None:
            hits = self._llm_hits(prep)
            parts: list[str] = []
            payload = {"context": context_block(hits), "question": prep.query}
            try:
                async for chunk in self.llm_chain.astream(payload):
                    parts.append(chunk)
                    yield {"type": "delta", "text": chunk}
                final = self._from_model(prep, hits, "".join(parts))
            except Exception:
                log.warning("language model failed while streaming; answering extractively", exc_info=True)
                final = self._extractive(prep)
        else:
            final = early or self._extractive(prep)
            yield {"type": "delta", "text": final.answer}
        yield {"type": "answer", "answer": final}

    def _early_answer(self, prep: Prepared) -> Answer | None:
        """Metadata answers and abstentions need no composer."""
        if prep.meta is not None:
            return self._meta(prep, prep.meta)
        assert prep.assessment is not None
        if not prep.assessment.answerable:
            return self._abstain(prep, prep.assessment.reason)
        return None

    def _llm_hits(self, prep: Prepared) -> list[Hit]:
        assert prep.assessment is not None
        return list(prep.assessment.supporting[:LLM_CONTEXT_HITS])

    def _verify(self, prep: Prepared, claims: list[Claim]) -> list[Citation]:
        return verify_all(self.index, claims, role=prep.role, history=prep.history)

    def _extractive(self, prep: Prepared) -> Answer:
        assert prep.result is not None and prep.assessment is not None
        hits = select_hits(prep.result, prep.assessment)
        citations = self._verify(prep, [Claim(h.document.doc_id, h.article.key, h.article.text)
                                        for h in hits])
        verified = {c.article_id for c in citations}
        kept = [h for h in hits if h.article.key in verified]
        if not kept:
            return self._abstain(prep, "citation_unverified")
        text = with_dues_lead(prep.question, render(lead(prep.result, kept), citations))
        return self._answer(prep, text, "extractive", citations)

    def _from_model(self, prep: Prepared, hits: list[Hit], text: str) -> Answer:
        output = read_markers(text, hits)
        if output.abstained:
            return self._abstain(prep, "model_abstained")
        citations = self._verify(prep, list(output.claims))
        if not citations:  # a model answer without a checkable source is not shown
            return self._extractive(prep)
        return self._answer(prep, with_dues_lead(prep.question, output.text), "llm", citations)

    def _meta(self, prep: Prepared, meta: MetaAnswer) -> Answer:
        if not meta.found:
            return self._abstain(prep, "not_in_knowledge_base")
        claims = [Claim(a.doc_id, a.key, a.text) for a in meta.articles]
        citations = self._verify(prep, claims)
        # A few cited articles (when a regulation takes effect) are quoted below the facts; a topic's many are listed only.
        text = render(meta.text, citations) if 0 < len(citations) <= MAX_CITED else meta.text
        return self._answer(prep, text, "metadata", citations)

    def _answer(self, prep: Prepared, text: str, kind: Any, citations: list[Citation]) -> Answer:
        confidence = prep.assessment.confidence if prep.assessment else 1.0
        return Answer(question=prep.question, query=prep.query, answer=text, abstained=False,
                      kind=kind, citations=citations, reason="ok", confidence=round(confidence, 3))

    def _abstain(self, prep: Prepared, reason: str) -> Answer:
        confidence = prep.assessment.confidence if prep.assessment else 0.0
        return Answer(question=prep.question, query=prep.query, answer=ABSTAIN_MESSAGE,
                      abstained=True, kind="abstained", reason=reason, confidence=round(confidence, 3))
