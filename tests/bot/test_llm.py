"""The language-model path, with langchain-core's fake chat model standing in for the LLM."""

from __future__ import annotations

from collections.abc import Iterator

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from bot.chain import BotChain
from bot.llm import read_markers
from bot.schemas import ABSTAIN_MESSAGE
from knowledge.index import KnowledgeIndex
from knowledge.retriever import KnowledgeRetriever


def fake(*replies: str) -> tuple[GenericFakeChatModel, Iterator[AIMessage]]:
    messages = iter([AIMessage(content=r) for r in replies])
    return GenericFakeChatModel(messages=messages), messages


def llm_chain(index: KnowledgeIndex, *replies: str) -> tuple[BotChain, Iterator[AIMessage]]:
    model, messages = fake(*replies)
    return BotChain(KnowledgeRetriever(index=index), llm=model), messages


def test_model_answer_keeps_verified_markers(small_index: KnowledgeIndex) -> None:
    chain, _ = llm_chain(small_index, "支部委员会会议每月召开一次[1]，紧急时可随时召开【1】。")
    answer = chain.invoke("支委会多久开一次？")
    assert answer.kind == "llm" and not answer.abstained
    assert answer.answer == "支部委员会会议每月召开一次[1]，紧急时可随时召开[1]。"
    assert [(c.article_id, c.marker) for c in answer.citations] == [("meeting#3", 1)]


def test_markers_pointing_nowhere_are_removed(small_index: KnowledgeIndex) -> None:
    chain, _ = llm_chain(small_index, "每月召开一次[1]，另见[7]。")
    answer = chain.invoke("支委会多久开一次？")
    assert answer.answer == "每月召开一次[1]，另见。"
    assert [c.marker for c in answer.citations] == [1]


def test_an_answer_without_valid_markers_falls_back_to_extractive(small_index: KnowledgeIndex) -> None:
    chain, _ = llm_chain(small_index, "根据规定每周开三次会[9]。")
    answer = chain.invoke("支委会多久开一次？")
    assert answer.kind == "extractive" and "每周开三次" not in answer.answer
    assert answer.citations[0].article_id == "meeting#3"


def test_the_model_may_abstain(small_index: KnowledgeIndex) -> None:
    chain, _ = llm_chain(small_index, ABSTAIN_MESSAGE)
    answer = chain.invoke("支委会多久开一次？")
    assert answer.abstained and answer.reason == "model_abstained" and answer.answer == ABSTAIN_MESSAGE


def test_no_model_call_when_the_evidence_is_missing(small_index: KnowledgeIndex) -> None:
    chain, messages = llm_chain(small_index, "不该被调用[1]")
    answer = chain.invoke("问责条例规定的问责方式有哪些？")
    assert answer.abstained
    assert next(messages).content == "不该被调用[1]"


async def test_streaming_model_tokens_then_the_verified_answer(small_index: KnowledgeIndex) -> None:
    chain, _ = llm_chain(small_index, "党员大会 每季度召开一次 [1] 。")
    events = [e async for e in chain.astream("党员大会多久开一次？")]
    deltas = [e["text"] for e in events if e["type"] == "delta"]
    assert len(deltas) > 1 and "".join(deltas) == "党员大会 每季度召开一次 [1] 。"
    final = events[-1]["answer"]
    assert final.kind == "llm" and final.citations[0].article_id == "meeting#5"


async def test_async_model_path(small_index: KnowledgeIndex) -> None:
    chain, _ = llm_chain(small_index, "每季度召开一次[1]。")
    answer = await chain.ainvoke("党员大会多久开一次？")
    assert answer.kind == "llm" and answer.citations[0].document == "示例支部会议规则"


def test_read_markers_is_strict_about_ranges(small_index: KnowledgeIndex) -> None:
    hits = small_index.search("支委会多久开一次？").hits[:2]
    output = read_markers("甲[2]乙[0]丙[3]丁［1］", hits)
    assert output.text == "甲[2]乙丙丁[1]"
    assert [c.marker for c in output.claims] == [2, 1]
    assert read_markers("", hits).abstained


class BrokenModel(GenericFakeChatModel):
    """A model whose endpoint is down."""

    def _generate(self, *args: object, **kwargs: object):  # type: ignore[no-untyped-def, override]
        raise ConnectionError("endpoint down")

    async def _astream(self, *args: object, **kwargs: object):  # type: ignore[no-untyped-def, override]
        raise ConnectionError("endpoint down")
        yield  # pragma: no cover


async def test_a_failing_model_falls_back_to_the_extractive_answer(small_index: KnowledgeIndex) -> None:
    chain = BotChain(KnowledgeRetriever(index=small_index), llm=BrokenModel(messages=iter([])))
    assert chain.invoke("支委会多久开一次？").kind == "extractive"
    assert (await chain.ainvoke("支委会多久开一次？")).kind == "extractive"
    events = [e async for e in chain.astream("支委会多久开一次？")]
    assert events[-1]["answer"].kind == "extractive"


def test_the_configured_model_is_an_openai_compatible_client() -> None:
    from langchain_openai import ChatOpenAI

    from bot.llm import chat_model

    model = chat_model("http://127.0.0.1:9/v1", "qwen-test", "sk-test")
    assert isinstance(model, ChatOpenAI) and model.model_name == "qwen-test"
