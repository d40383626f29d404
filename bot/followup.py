"""Follow-up questions ("那预备党员呢？") rewritten into full questions using the previous turn."""

from __future__ import annotations

import re

from bot.schemas import Turn

_OPENERS = re.compile(r"^(那么|那要是|那如果|那|如果是|要是|假如是|还有|另外|换成|对于)")
_CLOSERS = re.compile(r"(的话|的|又|也|呢|吗|呀|啊|？|\?|。|！)+$")
_PRONOUNS = ("它", "这个", "这条", "该条", "上面", "刚才", "这种情况", "这样")
MAX_FOLLOWUP_CHARS = 14


def is_followup(question: str) -> bool:
    """Short questions that lean on the previous turn for their topic."""
    q = question.strip()
    if any(p in q for p in _PRONOUNS):
        return True
    return len(q) <= MAX_FOLLOWUP_CHARS and bool(_OPENERS.match(q) or re.search(r"呢[？?]?$", q))


def focus(question: str) -> str:
    """What the follow-up is about: the question without openers and closing particles."""
    return _CLOSERS.sub("", _OPENERS.sub("", question.strip())).strip("，, ")


def _shared_suffix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def substitute(previous: str, new: str, words: list[str]) -> str | None:
    """Replace the word of the previous question that plays the role of `new`.

    预备党员 replaces 正式党员 (same head 党员); 村 replaces 机关 only through a head, so
    unrelated words are never swapped.
    """
    best, best_len = None, 1
    for word in words:
        shared = _shared_suffix(word, new)
        if shared > best_len and word != new and word in previous:
            best, best_len = word, shared
    return previous.replace(best, new, 1) if best else None


def rewrite(question: str, history: list[Turn], words: list[str]) -> str:
    """The question to search for: itself, or the previous question adapted to the follow-up.

    `words` are the tokens of the previous query (used to find what to replace).
    """
    if not history or not is_followup(question):
        return question
    previous = history[-1].query
    new = focus(question)
    if not new or any(p in question for p in _PRONOUNS):
        return f"{previous} {question}"
    replaced = substitute(previous, new, words)
    return replaced if replaced else f"{new} {previous}"
