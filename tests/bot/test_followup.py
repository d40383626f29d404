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
