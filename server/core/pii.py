"""Personal data in free text (public comments, notes): phone numbers, ID numbers, emails and WeChat/QQ ids are masked.

Full-width digits, letters and + - @ . (１３９…) are read as their ASCII forms first, so numbers typed on a
phone keyboard do not slip through; numbers split by spaces, dashes or dots are recognised as well.
"""

from __future__ import annotations

import re

_FULLWIDTH = {c: c - 0xFEE0 for c in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B),
                                    0xFF0B, 0xFF0D, 0xFF0E, 0xFF20]}
_SEP = r"[\s\-.·_/]{0,2}"
# A Chinese mobile number, optionally with +86/0086, written with or without separators.
_MOBILE = re.compile(rf"(?<!\d)(?:(?:\+|00)?86{_SEP})?(1[3-9]\d)(?:{_SEP}\d){{4}}(?:{_SEP}\d){{4}}(?!\d)")
# A landline: 0 + 2–3 digit area code, 7–8 digits.
_LANDLINE = re.compile(rf"(?<!\d)(0\d{{2,3}}){_SEP}\d{{3,4}}{_SEP}\d{{4}}(?!\d)")
# A resident ID number (18 characters, the last may be X), also when spaced.
_ID_NUMBER = re.compile(rf"(?<![\dA-Za-z])\d{{6}}{_SEP}(?:19|20)\d{{2}}{_SEP}\d{{4}}{_SEP}\d{{3}}[\dXx](?![\dA-Za-z])")
_EMAIL = re.compile(r"\b([A-Za-z0-9])[A-Za-z0-9._%+\-]*@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)\b")
# An account named by its kind: 微信/微信号/vx/wx/WeChat/QQ followed by the id.
_ACCOUNT = re.compile(r"(?i)(微信号?|威信|薇信|v信|vx|wx|wechat|weixin|qq号?|扣扣)\s*[:：是为=]?\s*([A-Za-z0-9][A-Za-z0-9_\-]{4,29})")
# Any other run of 7+ digits (bank cards, account numbers, a phone written in an odd way).
_LONG_NUMBER = re.compile(r"(?<!\d)\d(?:[\s\-]?\d){6,}(?!\d)")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _mask_mobile(m: re.Match[str]) -> str:
    digits = _digits(m.group())[-11:]
    return f"{digits[:3]}****{digits[-4:]}"


def _mask_id(m: re.Match[str]) -> str:
    raw = re.sub(r"[^\dXx]", "", m.group())
    return f"{raw[:2]}{'*' * 14}{raw[-2:]}"


def _mask_long(m: re.Match[str]) -> str:
    digits = _digits(m.group())
    return f"{digits[:2]}{'*' * (len(digits) - 4)}{digits[-2:]}"


def mask_pii(text: str) -> str:
    """The text with personal identifiers masked (for anything shown publicly or to non-admins)."""
    text = text.translate(_FULLWIDTH)
    text = _ID_NUMBER.sub(_mask_id, text)
    text = _MOBILE.sub(_mask_mobile, text)
    text = _LANDLINE.sub(lambda m: f"{m.group(1)}-****", text)
    text = _EMAIL.sub(lambda m: f"{m.group(1)}***@{m.group(2)}", text)
    text = _ACCOUNT.sub(lambda m: f"{m.group(1)}：***", text)
    return _LONG_NUMBER.sub(_mask_long, text)
