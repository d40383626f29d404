"""Split an article into passages (款, and each 项 with its lead-in) for finer matching."""

from __future__ import annotations

import re

_ITEM = re.compile(r"^[（(][一二三四五六七八九十\d]+[）)]")


def split_passages(text: str) -> list[str]:
    """One passage per 款; a 项 becomes its lead-in 款 followed by the item."""
    passages: list[str] = []
    lead = ""
    for line in (ln.strip() for ln in text.splitlines()):
        if not line:
            continue
        if _ITEM.match(line):
            passages.append(f"{lead}{line}" if lead.endswith(("：", ":")) else line)
        else:
            lead = line
            passages.append(line)
    return passages or [text]
