"""Quality targets on the shared corpus (skipped when ../shared/regulations is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.chain import BotChain
from bot.evaluate import evaluate, load_questions
from knowledge.index import KnowledgeIndex
from knowledge.retriever import KnowledgeRetriever

OWN_SETS = Path(__file__).resolve().parents[1] / "knowledge" / "data"


@pytest.fixture(scope="module")
def chain(real_index: KnowledgeIndex) -> BotChain:
    return BotChain(KnowledgeRetriever(index=real_index, role="staff"))


def test_dev_questions_meet_the_targets(chain: BotChain, corpus_dir: Path) -> None:
    report = evaluate(chain, load_questions(corpus_dir / "dev_questions.jsonl"))
    m, c = report.metrics, report.counts
    assert m["recall@1"] >= 0.85, report.failures
    assert m["recall@5"] >= 0.98
    assert m["mrr"] >= 0.90
    assert m["abstention_recall"] == 1.0 and c["false_abstentions"] <= 1
    assert m["citation_precision"] == 1.0


@pytest.mark.parametrize("name", ["own_questions.jsonl", "holdout_questions.jsonl"])
def test_questions_written_for_this_project_generalise(chain: BotChain, name: str, corpus_dir: Path) -> None:
    report = evaluate(chain, load_questions(OWN_SETS / name))
    m, c = report.metrics, report.counts
    assert m["recall@5"] >= 0.9, report.failures
    assert m["recall@1"] >= 0.7
    # Since the rules' refusals count in the 4 % budget (bot/train.py), the lexical model's threshold rose: two of
    # own's 39 answerable questions (省里的党代会多少年开一次, 多大年纪可以申请入党) sit 0.01 below it.
    assert c["false_abstentions"] <= 2
    # 0.9 under the old coverage rule, 0.8 with the calibrated model's threshold read in sample; read off
    # held-out probabilities (bot/train.py) it lets 3 of holdout's 10 not-in-corpus questions through. The
    # model abstains far more often on our own, larger sets; the floor here guards against losing more than
    # that (docs/knowledge.md).
    assert m["abstention_recall"] >= 0.7
    assert m["citation_precision"] == 1.0


OUR_SETS = Path(__file__).resolve().parents[1] / "data" / "bot_questions"


@pytest.mark.parametrize("name", ["tuning.jsonl", "test.jsonl"])
def test_our_own_question_sets_hold_their_floor(chain: BotChain, name: str) -> None:
    """The floor reached on our own set (lexical channels, as the fixtures run; docs/knowledge.md has the
    figures with the dense channel too) minus a small margin, so a regression fails. Nothing was tuned on
    test.jsonl."""
    report = evaluate(chain, load_questions(OUR_SETS / name))
    m, every = report.metrics, report.by_kind["all"]
    # Batches 9 and 10 (long colloquial situations) took the lexical channels from 0.79 / 0.94 / 0.85 on tuning to
    # 0.770 / 0.932 / 0.837 (test 0.782 / 0.920 / 0.837); batch 11 to 0.761 / 0.926 / 0.829 (test 0.777 / 0.919 /
    # 0.834); batch 12 to 0.755 / 0.919 / 0.822 (test 0.770 / 0.918 / 0.829); batches 13 and 14 to 0.731 / 0.904 /
    # 0.800 on tuning; batches 15 and 16 to 0.720 / 0.895 / 0.790; batches 17 and 18 to 0.707 / 0.890 / 0.781.
    assert m["recall@1"] >= 0.70, report.failures if name == "tuning.jsonl" else "test half: failures not shown"
    assert m["recall@5"] >= 0.88
    assert m["mrr"] >= 0.77
    # Batches 5 and 6 (unanswerable questions one detail finer than the texts, in their words) took this from 0.7
    # to 0.4; the phrasing feature (knowledge/answerability.py) to 0.89 on tuning and 0.82 on test.
    assert every["unanswerable_abstained"] >= 0.75
    assert every["answerable_abstained"] <= 0.07
    assert m["citation_precision"] == 1.0


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("发展对象集中培训不少于多少学时？", "二十四个学时"),  # the article's first sentence has no number
        ("党员组织关系在学校最多保留几年？", "不超过2年"),  # nor here
        ("党支部委员会一般由几人组成？", "3至5人"),
        ("受到严重警告处分的党员多长时间内不得在党内提升职务？", "一年半"),
    ],
)
def test_a_number_question_leads_with_the_number(chain: BotChain, question: str, fact: str) -> None:
    answer = chain.invoke(question, role="staff")
    assert not answer.abstained, answer.reason
    lead_sentence = answer.answer.split("\n")[0]
    assert fact in lead_sentence, answer.answer[:200]


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # a calendar date the corpus does not hold (it dates only its own issue and entry into force)
        ("中国共产党第一次全国代表大会是哪一年召开的？", "quantity_not_stated"),
        ("党的二十大在什么时候召开？", "quantity_not_stated"),
        # a figure the corpus states elsewhere, never beside the question's focus
        ("干部人事档案材料的销毁要保存多少年的登记记录？", "quantity_not_stated"),
        # a quoted phrase no article holds
        ("“红旗先锋岗”的评比条件是什么？", "unknown_term"),
        # bodies and taxes outside the Party's own regulations
        ("全国人大常委会的组成人员有哪些？", "unknown_term"),
        ("党员的个人所得税怎么申报？", "unknown_term"),
        # a body the corpus names in passing, but not the article retrieved for it
        ("工会主席由谁选举产生？", "beyond_party_rules"),
        # which meeting: history, stated only of a few of the corpus' own texts
        ("民主集中制是在哪次大会上写进党章的？", "quantity_not_stated"),
    ],
)
def test_questions_sharing_the_corpus_words_but_not_its_facts_are_declined(
    chain: BotChain, question: str, reason: str
) -> None:
    answer = chain.invoke(question, role="staff")
    assert answer.abstained and answer.reason == reason, (answer.reason, answer.answer[:120])
    assert answer.citations == []


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("党龄从哪天开始计算？", "之日"),  # a date the corpus states as a rule (从…之日算起)
        ("支部工作条例从什么时候开始施行？", "2018"),
        ("党支部委员会会议多久召开一次？", "每月"),  # the focus (支委会) and the figure in one sentence
    ],
)
def test_date_and_frequency_questions_the_corpus_answers_are_answered(chain: BotChain, question: str, fact: str) -> None:
    answer = chain.invoke(question, role="staff")
    assert not answer.abstained, answer.reason
    assert fact in answer.answer, answer.answer[:200]


def test_when_a_named_regulation_takes_effect_is_answered_with_the_article_saying_so(chain: BotChain) -> None:
    answer = chain.invoke("纪律处分条例从哪一天开始施行？", role="staff")
    assert answer.kind == "metadata" and not answer.abstained
    [citation] = answer.citations
    assert citation.document == "中国共产党纪律处分条例" and "起施行" in citation.text
    assert "2018年10月1日" in answer.answer
    status_only = chain.invoke("支部工作条例现在还有效吗？", role="staff")
    assert status_only.kind == "metadata" and status_only.citations == []  # a status question quotes nothing


@pytest.mark.parametrize(
    "question",
    [
        "党章总纲里提到的十一届三中全会是哪一年开的？",  # the year of a plenum, not of 党章
        "纪律处分条例施行以来，全国一共有多少人被开除党籍？",  # a statistic, not the date of the regulation
        "已经废止的支部工作条例一共有多少条？",  # a count of articles, not the status
    ],
)
def test_a_question_naming_a_regulation_and_a_status_word_but_asking_something_else_is_not_a_status_question(
    chain: BotChain, question: str
) -> None:
    answer = chain.invoke(question, role="staff")
    assert answer.kind != "metadata", answer.answer[:120]
    assert "现行有效" not in answer.answer


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("党组织对共青团是怎样的领导关系？", "中国共产党章程"),  # the article retrieved names 共青团
        ("党员被人民法院判处刑罚的，党组织怎么处理？", "中国共产党纪律处分条例"),  # … and 人民法院
    ],
)
def test_a_body_beyond_the_party_named_by_the_article_is_answered(chain: BotChain, question: str, cited: str) -> None:
    answer = chain.invoke(question, role="staff")
    assert not answer.abstained, answer.reason
    assert answer.citations and answer.citations[0].document == cited
