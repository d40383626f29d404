"""Rating levels and their versioned, level-dependent option tags (data/options.json)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

_DATA = Path(__file__).parent / "data" / "options.json"
BAD_SCORES = frozenset({1, 2})  # 差评
GOOD_SCORES = frozenset({4, 5})  # 好评
SATISFIED_SCORES = frozenset({3, 4, 5})  # 满意率 counts 基本满意 and above


@dataclass(frozen=True)
class OptionSet:
    version: int
    levels: dict[int, str]  # score → label
    tags: dict[int, tuple[str, ...]]  # score → allowed tags

    def public(self) -> dict[str, Any]:
        """What the rating page needs: the five levels (5 first) with their tags."""
        return {
            "option_version": self.version,
            "levels": [
                {"score": s, "label": self.levels[s], "is_bad": s in BAD_SCORES, "tags": list(self.tags[s])}
                for s in sorted(self.levels, reverse=True)
            ],
        }

    def invalid_tags(self, score: int, tags: list[str]) -> list[str]:
        allowed = self.tags.get(score, ())
        return [t for t in tags if t not in allowed]


@cache
def _load() -> tuple[int, dict[int, OptionSet]]:
    raw = json.loads(_DATA.read_text(encoding="utf-8"))
    levels = {int(k): v for k, v in raw["levels"].items()}
    sets = {
        int(v): OptionSet(int(v), levels, {int(s): tuple(t) for s, t in body["tags"].items()})
        for v, body in raw["versions"].items()
    }
    return int(raw["current"]), sets


def current() -> OptionSet:
    version, sets = _load()
    return sets[version]


def get(version: int | None) -> OptionSet | None:
    """A known version (a page loaded before an update still submits against its own set)."""
    if version is None:
        return current()
    return _load()[1].get(version)


def level_label(score: int) -> str:
    return current().levels.get(score, str(score))
