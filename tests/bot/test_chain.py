"""The extractive chain: answers quote verified articles, abstains otherwise, follows up."""

from __future__ import annotations

import pytest

from bot.chain import BotChain
from bot.schemas import ABSTAIN_MESSAGE, Turn
from knowledge.index import KnowledgeIndex
from knowledge.retriever import KnowledgeRetriever


@pytest.fixture
def chain(small_index: KnowledgeIndex) -> BotChain:
    return BotChain(KnowledgeRetriever(index=small_index))


@pytest.fixture(scope="module")
def real_chain(real_index: KnowledgeIndex) -> BotChain:
    return BotChain(KnowledgeRetriever(index=real_index, role="staff"))


def test_extractive_answer_leads_with_the_sentence_and_quotes_the_article(chain: BotChain) -> None:
    answer = chain.invoke("支委会多久开一次？")
    assert not answer.abstained and answer.kind == "extractive"
    assert answer.answer.startswith("根据《示例支部会议规则》第三条，支部委员会会议每月召开一次")
    assert "《示例支部会议规则》第三条：支部委员会会议每月召开一次，由支部书记召集。\n遇有紧急情况" in answer.answer
    assert [(c.document, c.article, c.article_id) for c in answer.citations] == [
        ("示例支部会议规则", "第三条", "meeting#3")]


def test_out_of_scope_questions_get_the_fixed_abstention(chain: BotChain) -> None:
    answer = chain.invoke("问责条例规定的问责方式有哪些？")
    assert answer.abstained and answer.answer == ABSTAIN_MESSAGE
    assert answer.citations == [] and answer.reason == "unknown_regulation"
    assert chain.invoke("今天天气怎么样").abstained


def test_a_quantity_the_articles_do_not_state_is_not_answered(real_chain: BotChain) -> None:
    answer = real_chain.invoke("党组成员一般是几个人？党组书记任期多久？")
    assert answer.abstained
    answer = real_chain.invoke("基层党组织换届选举，委员候选人差额比例是多少？")
    assert answer.abstained


def test_answers_and_abstentions_on_the_real_corpus(real_chain: BotChain) -> None:
    answer = real_chain.invoke("入党介绍人要几个？")
    assert not answer.abstained
    assert any(c.document == "中国共产党章程" and c.article == "第五条" for c in answer.citations) or any(
        c.document == "中国共产党发展党员工作细则" for c in answer.citations)
    assert real_chain.invoke("《中国共产党巡视工作条例》规定巡视组进驻前提前几天通知？").abstained


def test_two_named_regulations_are_both_cited(real_chain: BotChain) -> None:
    answer = real_chain.invoke("预备期能延长吗？党章和发展党员工作细则怎么说？")
    titles = {c.document for c in answer.citations}
    assert titles == {"中国共产党章程", "中国共产党发展党员工作细则"}


def test_follow_up_uses_the_previous_question(chain: BotChain) -> None:
    first = chain.invoke("支委会多久开一次？")
    follow = chain.invoke("那党员大会呢？", [first.as_turn()])
    assert follow.query != follow.question and "党员大会" in follow.query
    assert follow.citations[0].article_id == "meeting#5"


def test_metadata_questions(real_chain: BotChain, chain: BotChain) -> None:
    status = real_chain.invoke("支部工作条例现在还有效吗？")
    assert status.kind == "metadata" and "《中国共产党支部工作条例（试行）》：现行有效" in status.answer
    topic = real_chain.invoke("哪些规定涉及党费？")
    assert topic.kind == "metadata" and "《关于中国共产党党费收缴、使用和管理的规定》" in topic.answer
    assert all(c.article_id for c in topic.citations)
    history = chain.invoke("示例党费收缴办法现在还有效吗？")
    assert "现行有效" in history.answer and "已修订" in history.answer
    missing = real_chain.invoke("问责条例现在还有效吗？")
    assert missing.abstained


def test_history_turns_carry_citations(chain: BotChain) -> None:
    turn = chain.invoke("学生党员交多少党费").as_turn()
    assert isinstance(turn, Turn) and turn.citations == ["dues-v2#2"]


async def test_async_invoke_matches_sync(chain: BotChain) -> None:
    sync = chain.invoke("党员大会要多少人到会？")
    asynchronous = await chain.ainvoke("党员大会要多少人到会？")
    assert asynchronous.answer == sync.answer and asynchronous.citations == sync.citations


async def test_stream_ends_with_the_answer(chain: BotChain) -> None:
    events = [e async for e in chain.astream("支委会多久开一次？")]
    assert [e["type"] for e in events] == ["delta", "answer"]
    assert events[0]["text"] == events[1]["answer"].answer
