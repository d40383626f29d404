"""Small made-up regulations (our own words) and helpers shared by the knowledge and bot tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from knowledge.index import KnowledgeIndex
from knowledge.parsing import parse_text
from knowledge.records import (
    STATUS_REVISED,
    VISIBILITY_INTERNAL,
    Corpus,
    DocumentMeta,
    records_from_parsed,
)
from knowledge.tokenize import Tokenizer

MEETING_RULES = """示例支部会议规则
版本: 2024年3月1日起施行; 来源: 测试用示例文本
第一章　总则
第一条　为了规范示例支部的会议，制定本规则。
第二条　本规则适用于示例单位的各个党支部。
第二章　会议
第一节　支部委员会会议
第三条　支部委员会会议每月召开一次，由支部书记召集。
遇有紧急情况，可以随时召开。
第四条　支部委员会会议讨论下列事项：
（一）学习上级党组织的决定；
（二）研究发展党员工作；
（三）安排党费收缴。
第二节　党员大会
第五条　党员大会每季度召开一次，应到会党员超过半数方可进行。
第三章　附则
第六条　本规则由示例委员会负责解释。
"""

DUES_NOTES = """示例党费收缴办法
第一条　党员应当按月交纳党费，工资收入三千元以下的交纳百分之零点五。
第二条　学生党员每月交纳党费零点二元。
第三条　连续六个月不交纳党费又没有正当理由的，按照自行脱党处理。
"""

OLD_DUES_NOTES = """示例党费收缴办法
第一条　党员应当按季度交纳党费。
第二条　学生党员免交党费。
"""

# A preamble before 第一条 (like 党章's 总纲): it is retrievable text but not an article — 3条, not 4.
PREAMBLE_CHARTER = """示例协会章程
总　纲
示例协会是会员自愿组成的学习团体，坚持学习、交流、互助的宗旨。
第一章　会员
第一条　年满十八周岁、认同本章程的，可以申请入会。
第二条　会员有参加活动、提出建议的权利。
第二章　附则
第三条　本章程自通过之日起施行。
"""

INTERNAL_NOTES = """示例内部工作提示
第一条　支部书记每半年向上级党组织书面报告一次思想动态。
"""


def sample_corpus() -> Corpus:
    """Four documents: two current public ones, a revised old version, an internal one."""
    corpus = Corpus()
    for doc_id, text, extra in (
        ("meeting", MEETING_RULES, {}),
        ("dues-v2", DUES_NOTES, {"version": 2}),
        ("dues-v1", OLD_DUES_NOTES, {"status": STATUS_REVISED, "superseded_by": "dues-v2"}),
        ("internal", INTERNAL_NOTES, {"visibility": VISIBILITY_INTERNAL}),
    ):
        parsed = parse_text(text)
        meta = DocumentMeta(doc_id=doc_id, title=parsed.title, **extra)  # type: ignore[arg-type]
        corpus.add(meta, records_from_parsed(doc_id, parsed))
    return corpus


def sample_index(tokenizer: Tokenizer | None = None) -> KnowledgeIndex:
    return KnowledgeIndex.build(sample_corpus(), tokenizer)


def regulations_dir() -> Path:
    """../shared/regulations next to the repository (or REGULATIONS_DIR); skips when absent."""
    env = os.environ.get("REGULATIONS_DIR")
    folder = Path(env) if env else Path(__file__).resolve().parents[2] / ".." / "shared" / "regulations"
    if not (folder / "dev_questions.jsonl").exists():
        pytest.skip(f"regulation corpus not found at {folder}")
    return folder.resolve()
