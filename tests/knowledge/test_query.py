"""Question analysis: regulation names, expansion, history, asked quantities."""

from __future__ import annotations

from knowledge.index import KnowledgeIndex
from knowledge.query import analyze


def test_named_regulations_are_recognised_by_alias(real_index: KnowledgeIndex) -> None:
    q = analyze("党章规定预备期多长？", real_index.tokenizer, real_index.registry)
    assert q.named == ["中国共产党章程"] and q.unknown == []
    q = analyze("按照支部条例，支委会多久开一次？", real_index.tokenizer, real_index.registry)
    assert q.named == ["中国共产党支部工作条例（试行）"]


def test_regulations_outside_the_knowledge_base_are_flagged(real_index: KnowledgeIndex) -> None:
    q = analyze("问责条例规定的问责方式有哪些？", real_index.tokenizer, real_index.registry)
    assert q.named == [] and q.unknown == ["中国共产党问责条例"]
    q = analyze("《某某单位考勤管理办法》怎么规定请假？", real_index.tokenizer, real_index.registry)
    assert q.unknown == ["某某单位考勤管理办法"]
    q = analyze("怎么填写《入党志愿书》？", real_index.tokenizer, real_index.registry)
    assert q.unknown == []


def test_abbreviations_expand_into_search_terms(real_index: KnowledgeIndex) -> None:
    q = analyze("支委会多久开一次？", real_index.tokenizer, real_index.registry)
    assert "支部委员会" in q.words and q.words["支部委员会"] < 1.0
    assert any("支部委员会" in u.alternatives for u in q.units)
    assert "多久" not in q.content


def test_colloquial_verbs_expand_only_as_whole_tokens(real_index: KnowledgeIndex) -> None:
    q = analyze("能不能收企业送的车？", real_index.tokenizer, real_index.registry)
    assert {"赠送", "车辆"} <= set(q.words)
    q = analyze("开展主题党日", real_index.tokenizer, real_index.registry)
    assert "举行" not in q.words


def test_history_and_asked_quantities(real_index: KnowledgeIndex) -> None:
    q = analyze("修订前的纪律处分条例怎么规定？", real_index.tokenizer, real_index.registry)
    assert q.wants_history
    q = analyze("党组成员一般是几个人？任期多久？", real_index.tokenizer, real_index.registry)
    assert q.asked == ("people", "years", "duration")
    assert not analyze("党员有哪些权利？", real_index.tokenizer, real_index.registry).asked


def test_overlapping_triggers_make_one_evidence_unit(real_index: KnowledgeIndex) -> None:
    q = analyze("党费平时归谁管？", real_index.tokenizer, real_index.registry)
    heads = [u.alternatives[0] for u in q.units]
    assert heads.count("归谁管") == 1 and "谁管" not in heads


def test_a_term_only_in_the_title_is_weaker_evidence(small_index: KnowledgeIndex) -> None:
    from knowledge.evidence import measure, unit_weight

    q = analyze("学生党员怎么减免", small_index.tokenizer, small_index.registry)
    weights = [unit_weight(u, small_index.words, small_index.dictionary) for u in q.units]
    in_body = measure(q, weights, "示例减免办法\n学生党员可以申请减免。")
    in_title = measure(q, weights, "示例减免办法\n学生党员每月交纳党费。")
    nowhere = measure(q, weights, "示例规定\n学生党员每月交纳党费。")
    assert in_body.coverage > in_title.coverage > nowhere.coverage
