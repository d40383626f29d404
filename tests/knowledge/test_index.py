"""Searching the index: ranking, visibility by role, versions, named regulations, persistence."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from knowledge.index import KnowledgeIndex
from knowledge.lexicon import Lexicon
from knowledge.store import StaleIndex, load_index, save_index
from knowledge.tokenize import Tokenizer


def cited(index: KnowledgeIndex, question: str, **kwargs: object) -> list[str]:
    return [h.article.key for h in index.search(question, **kwargs).hits]  # type: ignore[arg-type]


def test_best_article_first_with_evidence(small_index: KnowledgeIndex) -> None:
    result = small_index.search("支委会多久开一次？")
    top = result.hits[0]
    assert top.article.key == "meeting#3"
    assert top.citation == "《示例支部会议规则》第三条"
    assert top.evidence.coverage > 0.8
    assert "frequency" in top.evidence.stated
    assert [h.rank for h in result.hits] == list(range(1, len(result.hits) + 1))


def test_items_are_found_inside_long_articles(small_index: KnowledgeIndex) -> None:
    assert cited(small_index, "支委会研究发展党员吗")[0] == "meeting#4"


def test_internal_documents_need_a_member_role(small_index: KnowledgeIndex) -> None:
    question = "支部书记多久书面报告一次思想动态"
    assert "internal#1" not in cited(small_index, question, role=None)
    assert cited(small_index, question, role="member")[0] == "internal#1"


def test_superseded_versions_only_when_history_is_asked(small_index: KnowledgeIndex) -> None:
    assert not any(k.startswith("dues-v1") for k in cited(small_index, "学生党员交党费吗"))
    assert cited(small_index, "学生党员交党费吗")[0] == "dues-v2#2"
    history = cited(small_index, "以前的版本学生党员交党费吗", history=True)
    assert "dues-v1#2" in history
    assert small_index.search("旧版规定学生党员交党费吗").query.wants_history


def test_restricting_to_documents(small_index: KnowledgeIndex) -> None:
    keys = cited(small_index, "党费", doc_ids=["meeting"])
    assert keys and all(k.startswith("meeting#") for k in keys)


def test_unknown_dictionary_terms_are_reported(real_index: KnowledgeIndex) -> None:
    result = real_index.search("巡察组组长一般由什么级别的干部担任？")
    assert result.unknown_terms == ["巡察组"]
    assert real_index.search("支委会多久开一次？").unknown_terms == []


def test_a_quoted_phrase_no_article_holds_is_unknown_but_a_numbered_shorthand_is_not(small_index: KnowledgeIndex) -> None:
    """“红旗示范岗” is a name the texts lack; “三个到位” may name a list an article spells out item by item."""
    assert small_index.search("“红旗示范岗”多久评一次？").unknown_terms == ["红旗示范岗"]
    assert small_index.search("支委会的“三个到位”指什么？").unknown_terms == []


def test_a_named_regulation_comes_first(real_index: KnowledgeIndex) -> None:
    result = real_index.search("党章对预备党员的预备期怎么规定？")
    assert result.hits[0].document.title == "中国共产党章程" and result.hits[0].is_named
    result = real_index.search("发展党员工作细则对预备期怎么规定？")
    assert result.hits[0].document.title == "中国共产党发展党员工作细则"


def test_save_and_load_give_the_same_results(tmp_path: Path, small_index: KnowledgeIndex,
                                             tokenizer: Tokenizer) -> None:
    path = tmp_path / "index.npz"
    save_index(small_index, path)
    loaded = load_index(path, tokenizer)
    for question in ("支委会多久开一次？", "学生党员交多少党费", "党员大会要多少人到会"):
        assert cited(loaded, question) == cited(small_index, question)
    assert loaded.corpus.documents["dues-v1"].superseded_by == "dues-v2"
    rebuilt = KnowledgeIndex.build(loaded.corpus, tokenizer, loaded.cache)
    assert cited(rebuilt, "学生党员交多少党费") == cited(small_index, "学生党员交多少党费")


def test_a_changed_lexicon_makes_the_cache_stale(tmp_path: Path, small_index: KnowledgeIndex) -> None:
    path = tmp_path / "index.npz"
    save_index(small_index, path)
    other = Tokenizer(replace(Lexicon.load(), fingerprint="different"))
    with pytest.raises(StaleIndex):
        load_index(path, other)


def test_the_runtime_reuses_a_cache_built_from_the_same_content(tmp_path: Path, tokenizer: Tokenizer) -> None:
    from fakeredis import FakeAsyncRedis

    from knowledge.runtime import IndexRuntime, corpus_digest
    from tests.clock import TEST_EPOCH
    from tests.knowledge.samples import sample_corpus

    corpus = sample_corpus()
    path = tmp_path / "server-index.npz"
    first = IndexRuntime(FakeAsyncRedis(), lambda: TEST_EPOCH, path, tokenizer)
    built = first._build(corpus, corpus_digest(corpus))
    assert path.exists() and built.digest == corpus_digest(corpus)
    second = IndexRuntime(FakeAsyncRedis(), lambda: TEST_EPOCH, path, tokenizer)
    again = second._build(corpus, corpus_digest(corpus))
    assert again is not built and again.digest == built.digest and len(second._cache) == len(first._cache)
    changed = IndexRuntime(FakeAsyncRedis(), lambda: TEST_EPOCH, path, tokenizer)._build(corpus, "other content")
    assert changed.digest == "other content"
    assert cited(changed, "学生党员交多少党费") == cited(built, "学生党员交多少党费")


def test_a_clause_that_asks_about_something_no_article_holds(small_index: KnowledgeIndex) -> None:
    # 分辨率 is in no sample article and it is what the question asks for: the setting (会议) matches, the ask does not.
    assert small_index.search("支部委员会会议记录扫描的分辨率是多少？").asked_absent == 1.0
    # The same unknown word only tells the case; the clause that asks (多久开一次) is about the corpus.
    assert small_index.search("我们在扫描分辨率的培训班上，支部委员会会议多久开一次？").asked_absent == 0.0
    assert small_index.search("支委会多久开一次？").asked_absent == 0.0


def test_each_asked_quantity_is_looked_for_beside_the_focus_of_the_sentence_asking_it(
    small_index: KnowledgeIndex,
) -> None:
    # Two questions in one: the first names the most specific terms (发展党员, 党费收缴) but asks no quantity;
    # the frequency asked by the second sentence sits beside that sentence's focus (支部委员会会议), not theirs.
    both = small_index.search("发展党员和党费收缴由哪个会议研究？支部委员会会议多久开一次？")
    assert "frequency" in both.query.asked and both.focuses_asked()
    # Asked alone, a frequency beside nothing the question names is still not an answer.
    assert not small_index.search("发展党员和党费收缴多久研究一次？").focuses_asked()


def test_two_quantities_asked_together_may_be_stated_by_two_articles(small_index: KnowledgeIndex) -> None:
    result = small_index.search("党费按收入的百分之几交纳？连续多少个月不交按自行脱党处理？")
    assert {"ratio", "months"} <= set(result.query.asked)
    assert result.states_asked()  # 第一条 states the share, 第三条 the months; neither both
    assert not small_index.search("党费按收入的百分之几交纳？连续多少岁不交按自行脱党处理？").states_asked()
