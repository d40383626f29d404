"""Chinese numerals ↔ integers, as used in article and chapter numbers (第一百零一条)."""

from __future__ import annotations

_DIGITS = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")

NUMERAL_CHARS = "".join(_DIGITS) + "".join(_UNITS) + "0123456789０１２３４５６７８９"


def parse_numeral(text: str) -> int:
    """Return the value of a Chinese (or Arabic) numeral below 10 000.

    Accepts 一…九十九, 百, 零, 两 and digit-by-digit forms (一〇一). Raises ValueError
    on anything else.
    """
    text = text.strip().translate(_FULLWIDTH)
    if not text:
        raise ValueError("empty numeral")
    if text.isdigit():
        return int(text)
    if any(ch not in _DIGITS and ch not in _UNITS for ch in text):
        raise ValueError(f"not a Chinese numeral: {text!r}")
    if not any(ch in _UNITS for ch in text):
        return int("".join(str(_DIGITS[ch]) for ch in text))
    return _parse_positional(text)


def _parse_positional(text: str) -> int:
    total = 0
    pending: int | None = None
    last_unit = 10_000
    for ch in text:
        if ch in _DIGITS:
            if pending is not None and pending != 0:
                raise ValueError(f"two digits in a row: {text!r}")
            pending = _DIGITS[ch]
            continue
        unit = _UNITS[ch]
        if unit >= last_unit:
            raise ValueError(f"units out of order: {text!r}")
        # 十 alone at the start means 一十 (十二 = 12); 零 before a unit is invalid.
        value = 1 if pending is None else pending
        if pending == 0:
            raise ValueError(f"零 before a unit: {text!r}")
        total += value * unit
        pending = None
        last_unit = unit
    if pending:
        total += pending
    return total


def to_chinese(value: int) -> str:
    """Return the conventional Chinese numeral for 0 ≤ value < 10 000 (101 → 一百零一)."""
    if not 0 <= value < 10_000:
        raise ValueError(f"out of range: {value}")
    if value == 0:
        return "零"
    digits = "零一二三四五六七八九"
    parts: list[str] = []
    zero_gap = False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = value // unit % 10
        if digit == 0:
            zero_gap = bool(parts)
            continue
        if zero_gap:
            parts.append("零")
            zero_gap = False
        parts.append(digits[digit] + name)
    text = "".join(parts)
    return text[1:] if text.startswith("一十") else text


def article_label(number: int) -> str:
    """Return the article label for a number: 19 → 第十九条."""
    return f"第{to_chinese(number)}条"
