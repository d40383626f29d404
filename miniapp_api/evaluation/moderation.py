"""Comment moderation: WeChat msgSecCheck in WeChat mode, a local word list otherwise.

A risky comment is held for review (not shown publicly); the rating itself still counts.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from functools import cache
from pathlib import Path

from server.core.errors import AppError
from server.core.pii import mask_pii
from server.core.wechat import WeChatClient

log = logging.getLogger("dangjian.evaluation")
_WORDS = Path(__file__).parent / "data" / "moderation_words.txt"
_STRIP = re.compile(r"[\s\W_]+", re.UNICODE)
RISKY_ERRCODE = 87014


def normalise(text: str) -> str:
    """NFKC (full-width → half-width), lower case, without spaces or punctuation: 加 微-信 → 加微信."""
    return _STRIP.sub("", unicodedata.normalize("NFKC", text).lower())


@cache
def _pattern() -> re.Pattern[str]:
    words = [normalise(w) for w in _WORDS.read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")]
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True) if w))


def locally_risky(text: str) -> bool:
    return bool(_pattern().search(normalise(text)))


async def is_risky(text: str, wechat: WeChatClient | None) -> bool:
    """True when the comment must be held; an unreachable checker also holds it (fail closed)."""
    if not text:
        return False
    if locally_risky(text):
        return True
    if wechat is None or not wechat.enabled:
        return False
    try:
        data = await wechat.call_json("/wxa/msg_sec_check", {"content": text, "version": 2, "scene": 2})
    except AppError:
        log.warning("msg_sec_check unavailable; holding the comment for review")
        return True
    if int(data.get("errcode") or 0) == RISKY_ERRCODE:
        return True
    if int(data.get("errcode") or 0) != 0:
        return True
    suggest = str((data.get("result") or {}).get("suggest", "pass"))
    return suggest != "pass"


def mask_contacts(text: str) -> str:
    """Contacts typed into a comment (phones in any spelling, emails, WeChat ids, ID numbers) are masked before
    it is shown to anyone but the admins."""
    return mask_pii(text)
