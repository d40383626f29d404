"""Our question sets (`tests/data/bot_questions`): twins, and splitting a new batch once into the two halves.

Twins are two questions that ask the same fact in nearly the same words: at least `TWIN` of the shorter one's
character pairs are in the other, and they share a gold article (or both are unanswerable). Twins on both sides
of a split make a held-out figure a memory test, so the split and the cross-validation folds keep them together.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.evaluate import Question, parse_question

TWIN = 0.7
HALVES = ("tuning", "test")


@lru_cache(maxsize=8192)
def _pairs(text: str) -> frozenset[str]:
    """A question's character pairs, built once per text: `twin_groups` compares every pair of questions."""
    text = text.rstrip("？?")
    return frozenset(text[i : i + 2] for i in range(len(text) - 1))


def twins(a: Question, b: Question) -> bool:
    pa, pb = _pairs(a.text), _pairs(b.text)
    if len(pa & pb) / max(1, min(len(pa), len(pb))) < TWIN:
        return False
    return bool(a.gold & b.gold) if a.gold and b.gold else not a.gold and not b.gold


def twin_groups(questions: Sequence[Question]) -> list[int]:
    """A group number per question: twins, and twins of twins, share one."""
    parent = list(range(len(questions)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(questions):
        for j in range(i + 1, len(questions)):
            if twins(a, questions[j]):
                parent[root(j)] = root(i)
    return [root(i) for i in range(len(questions))]


def read_rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def split_batch(
    seed: int, halves: dict[str, list[dict[str, Any]]], batch: list[dict[str, Any]]
) -> tuple[dict[str, list[dict[str, Any]]], list[str]]:
    """Deal a batch out to the halves: what goes where, and the ids left out.

    A question that repeats one already in a half goes to that half and takes its twins in the batch along; a
    group with twins in both halves is left out. The rest is shuffled with `random.Random(seed)` and dealt kind
    by kind, the larger groups first, each to the half holding fewer of its kind."""
    parsed = [parse_question(r) for r in batch]
    old = {h: [parse_question(r) for r in rows] for h, rows in halves.items()}
    groups: dict[int, list[int]] = defaultdict(list)
    for i, g in enumerate(twin_groups(parsed)):
        groups[g].append(i)
    placed: dict[str, list[dict[str, Any]]] = {h: [] for h in halves}
    free: list[list[int]] = []
    dropped: list[str] = []
    for members in groups.values():
        bound = {h for h in halves for i in members for q in old[h] if twins(parsed[i], q)}
        if len(bound) > 1:
            dropped += [str(batch[i]["id"]) for i in members]
        elif bound:
            placed[bound.pop()] += [batch[i] for i in members]
        else:
            free.append(members)
    count: dict[str, dict[str, int]] = {h: defaultdict(int) for h in halves}
    for h in halves:
        for row in halves[h] + placed[h]:
            count[h][str(row["kind"])] += 1
    rng = random.Random(seed)
    free.sort(key=lambda m: str(batch[m[0]]["id"]))
    rng.shuffle(free)
    free.sort(key=len, reverse=True)
    for members in free:
        kind = str(batch[members[0]]["kind"])
        half = min(halves, key=lambda h: (count[h][kind], rng.random()))
        placed[half] += [batch[i] for i in members]
        for i in members:
            count[half][str(batch[i]["kind"])] += 1
    return {h: sorted(rows, key=lambda r: str(r["id"])) for h, rows in placed.items()}, dropped


def append_batch(folder: Path, seed: int, files: Sequence[Path]) -> tuple[dict[str, int], list[str]]:
    """Split the batch in `files` and append it to `folder`'s tuning.jsonl and test.jsonl (never rewritten)."""
    halves = {h: read_rows(folder / f"{h}.jsonl") for h in HALVES}
    placed, dropped = split_batch(seed, halves, [row for f in files for row in read_rows(f)])
    for h, rows in placed.items():
        with (folder / f"{h}.jsonl").open("a", encoding="utf-8") as out:
            out.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    return {h: len(rows) for h, rows in placed.items()}, dropped
