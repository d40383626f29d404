"""Rewriting follow-up questions."""

from __future__ import annotations

from bot.followup import focus, is_followup, rewrite
from bot.schemas import Turn


def turn(query: str) -> Turn:
    return Turn(question=query, query=query)


def test_followups_are_recognised() -> None:
    assert is_followup("那预备党员呢？")
    assert is_followup("如果是退休党员的话？")
    assert is_followup("这条适用于村党支部吗？")
    assert not is_followup("党员不交党费会怎样")
    assert focus("那预备党员呢？") == "预备党员"
    assert focus("那机关的呢？") == "机关"


def test_a_word_with_the_same_head_is_replaced() -> None:
    history = [turn("正式党员每月交多少党费？")]
    assert rewrite("那预备党员呢？", history, ["正式党员", "每月", "交", "多少", "党费"]) == "预备党员每月交多少党费？"


def test_otherwise_the_focus_is_added_to_the_previous_question() -> None:
    history = [turn("支部委员会多久换届？")]
    assert rewrite("那机关的呢？", history, ["支部委员会", "多久", "换届"]) == "机关 支部委员会多久换届？"
    assert rewrite("这条适用于高校吗？", history, []) == "支部委员会多久换届？ 这条适用于高校吗？"


def test_without_history_or_a_followup_the_question_is_unchanged() -> None:
    assert rewrite("那预备党员呢？", [], []) == "那预备党员呢？"
    assert rewrite("党员不交党费会怎样", [turn("x")], []) == "党员不交党费会怎样"


# Twenty two-turn dialogues of our own: the follow-up's topic replaces the previous question's topic of the
# same class in its frame — the old topic is gone, so its article is not inherited.
DIALOGUES = [
    ("支委会多久开一次？", "那党小组会呢？", "党小组会多久开一次？"),
    ("党员大会多久开一次？", "那支委会呢？", "支委会多久开一次？"),
    ("组织生活会一般在哪个季度开？", "那民主评议党员呢？", "民主评议党员一般在哪个季度开？"),
    ("党小组会由谁主持？", "那党员大会呢？", "党员大会由谁主持？"),
    ("正式党员每月交多少党费？", "那学生党员呢？", "学生党员每月交多少党费？"),
    ("退休党员党费怎么算？", "那农民党员呢？", "农民党员党费怎么算？"),
    ("预备党员从什么时候开始交党费？", "那流动党员呢？", "流动党员从什么时候开始交党费？"),
    ("入党积极分子多久考察一次？", "那发展对象呢？", "发展对象多久考察一次？"),
    ("党支部书记由谁选举产生？", "那党小组组长呢？", "党小组组长由谁选举产生？"),
    ("入党介绍人的任务是什么？", "那培养联系人呢？", "培养联系人的任务是什么？"),
    ("村党支部委员会每届任期几年？", "那社区呢？", "社区党支部委员会每届任期几年？"),
    ("机关专职党务人员怎么配备？", "那高校呢？", "高校专职党务人员怎么配备？"),
    ("国有企业党支部的重点任务是什么？", "那农村呢？", "农村党支部的重点任务是什么？"),
    ("受到警告处分多久不能提拔？", "那严重警告呢？", "受到严重警告处分多久不能提拔？"),
    ("留党察看处分期满后怎么办？", "那开除党籍呢？", "开除党籍处分期满后怎么办？"),
    ("党支部的基本任务是什么？", "那党小组呢？", "党小组的基本任务是什么？"),
    ("党委审批预备党员要多久？", "那党总支呢？", "党总支审批预备党员要多久？"),
    ("支部委员会由几人组成？", "那纪委呢？", "纪委由几人组成？"),
    ("党员大会的职责是什么？", "那主题党日呢？", "主题党日的职责是什么？"),
    ("正式党员有表决权吗？", "那预备党员呢？", "预备党员有表决权吗？"),
]


def test_twenty_dialogues_replace_the_topic_in_the_previous_frame() -> None:
    for first, second, expected in DIALOGUES:
        rewritten = rewrite(second, [turn(first)], [])
        assert rewritten == expected, (first, second, rewritten)

