"""Splitting a new batch of our own questions: twins (the same fact in nearly the same words) never straddle
the halves, every kind is shared out evenly, and the halves are appended to, never rewritten. Made-up rows."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bot.evaluate import parse_question
from bot.questions import append_batch, split_batch, twin_groups, twins


def row(qid: str, question: str, article: str | None = None, kind: str = "exam") -> dict[str, Any]:
    refs = [{"regulation": "中国共产党支部工作条例（试行）", "article": article}] if article else []
    return {"id": qid, "question": question, "kind": kind if article else "unanswerable_vocab", "refs": refs}


def test_twins_ask_the_same_fact_in_nearly_the_same_words() -> None:
    a = parse_question(row("a", "党支部委员会每届任期几年？", "第十九条"))
    b = parse_question(row("b", "党支部委员会每届任期是几年？", "第十九条"))
    other_article = parse_question(row("c", "党支部委员会每届任期是几年？", "第十八条"))
    unlike = parse_question(row("d", "支部书记由谁批准？", "第十九条"))
    assert twins(a, b) and twins(b, a)
    assert not twins(a, other_article)  # the same words about another article are another fact
    assert not twins(a, unlike)
    no_1 = parse_question(row("e", "党费可以用哪个App交？"))
    no_2 = parse_question(row("f", "党费可以用哪个App来交？"))
    assert twins(no_1, no_2) and not twins(no_1, a)
    assert twin_groups([a, unlike, b, no_1, no_2]) == [0, 1, 0, 3, 3]


def test_a_batch_is_dealt_out_with_twins_kept_on_one_side() -> None:
    halves = {"tuning": [row("t1", "党支部委员会每届任期几年？", "第十九条")],
              "test": [row("s1", "党支部党员大会多久开一次？", "第十五条")]}
    batch = [
        row("n1", "党支部委员会每届任期是几年？", "第十九条"),  # twin of a tuning question
        row("n2", "党支部党员大会一般多久开一次？", "第十五条"),  # twin of a test question
        row("n3", "党支部党员大会一般多久召开一次？", "第十五条"),  # twin of n2: goes with it
        *[row(f"x{i}", f"第{i}个问题问的是支部工作的哪一方面{i}？", f"第{i + 1}条") for i in range(1, 9)],
        row("u1", "党费可以用哪个App交？"), row("u2", "入党志愿书一共几页？"),
        row("u3", "一大在哪条街召开？"), row("u4", "档案扫描要多少dpi？"),
    ]
    placed, dropped = split_batch(7, halves, batch)
    ids = {h: {r["id"] for r in rows} for h, rows in placed.items()}
    assert "n1" in ids["tuning"] and {"n2", "n3"} <= ids["test"] and not dropped
    assert ids["tuning"] | ids["test"] == {r["id"] for r in batch} and not ids["tuning"] & ids["test"]
    for kind in ("exam", "unanswerable_vocab"):  # each kind shared out evenly, the old rows counted
        count = {h: sum(r["kind"] == kind for r in halves[h] + placed[h]) for h in halves}
        assert abs(count["tuning"] - count["test"]) <= 1, kind
    assert split_batch(7, halves, batch) == (placed, dropped)  # seeded: one split, whoever runs it
    both = [row("n4", "党支部委员会每届任期是几年？", "第十九条"), row("n5", "党支部党员大会一般多久开一次？", "第十五条")]
    both[1]["question"] = both[0]["question"]  # a group with twins in both halves
    halves["test"].append(row("s2", "党支部委员会每届任期要几年？", "第十九条"))
    assert split_batch(7, halves, both[:1])[1] == ["n4"]


def test_the_halves_are_appended_to_never_rewritten(tmp_path: Path) -> None:
    first = {"tuning": row("t1", "党支部委员会每届任期几年？", "第十九条"), "test": row("s1", "支部书记由谁批准？", "第十条")}
    for half, r in first.items():
        (tmp_path / f"{half}.jsonl").write_text(json.dumps(r, ensure_ascii=False) + "\n", encoding="utf-8")
    before = {h: (tmp_path / f"{h}.jsonl").read_text(encoding="utf-8") for h in first}
    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(json.dumps(row(f"x{i}", f"问题{i}讲的是哪一条规定{i}？", f"第{i}条"), ensure_ascii=False) + "\n"
                             for i in range(1, 5)), encoding="utf-8")
    counts, dropped = append_batch(tmp_path, 1, [batch])
    assert counts == {"tuning": 2, "test": 2} and dropped == []
    for h in first:
        text = (tmp_path / f"{h}.jsonl").read_text(encoding="utf-8")
        assert text.startswith(before[h]) and len(text.splitlines()) == 3
