"""Regulation text → structured document: headings (编/章/节), articles (条), 款 and 项."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from knowledge.numerals import NUMERAL_CHARS, article_label, parse_numeral

_NUM = f"[{NUMERAL_CHARS}]+"
_ARTICLE_RE = re.compile(rf"^第({_NUM})条(?:[\s\u3000]+|(?![的之至、和或及中规]))(.*)$")
_HEADING_RE = re.compile(rf"^第({_NUM})([编章节])(?:[\s\u3000]*)(.*)$")
_PART_RE = re.compile(r"^([一二三四五六七八九十]+)、\s*(.{1,24})$")
_ITEM_RE = re.compile(r"^[（(]([一二三四五六七八九十\d]+)[）)]\s*(.*)$")
_SENTENCE_PUNCT = re.compile(r"[，。；：！？,;:!?、“”\"]")
_META_KEY_RE = re.compile(r"^[\u4e00-\u9fffA-Za-z ]{1,8}[:：]")
_META_EVENT_RE = re.compile(r"\d{4}年.*(通过|发布|施行|印发|修订|批准|修改)")
_MARKDOWN_RE = re.compile(r"^(?:#+\s*|>\s*)|\*\*|__")
_LEVELS = {"编": 1, "章": 2, "节": 3}
PART_LEVEL = 2
MAX_TITLE_CHARS = 60


@dataclass(frozen=True, slots=True)
class Item:
    """A 项: a numbered list entry such as （一） inside a 款."""

    label: str
    number: int
    text: str


@dataclass(frozen=True, slots=True)
class Clause:
    """A 款: one paragraph of an article, with the 项 listed under it."""

    text: str
    items: tuple[Item, ...] = ()

    @property
    def full_text(self) -> str:
        return "\n".join([self.text, *(f"{i.label}{i.text}" for i in self.items)]).strip()


@dataclass(frozen=True, slots=True)
class Article:
    """A 条 (or an unnumbered preamble when number is 0): the unit of retrieval."""

    number: int
    label: str
    headings: tuple[str, ...]
    clauses: tuple[Clause, ...]
    line: int = 0

    @property
    def text(self) -> str:
        return "\n".join(c.full_text for c in self.clauses if c.full_text)

    @property
    def is_preamble(self) -> bool:
        return self.number == 0


@dataclass(frozen=True, slots=True)
class ParseWarning:
    """Something an admin should check: numbering gaps, duplicates, no articles."""

    code: str
    message: str
    line: int = 0


@dataclass(slots=True)
class ParsedDocument:
    title: str
    metadata: list[str] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)

    @property
    def numbered(self) -> list[Article]:
        return [a for a in self.articles if not a.is_preamble]


@dataclass(slots=True)
class _Builder:
    """Mutable state while walking the lines of one document."""

    headings: list[tuple[int, str]] = field(default_factory=list)
    number: int | None = None
    label: str = ""
    clause_text: str | None = None
    items: list[Item] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)
    start_line: int = 0
    articles: list[Article] = field(default_factory=list)

    def heading_path(self) -> tuple[str, ...]:
        return tuple(text for _, text in self.headings)

    def push_heading(self, level: int, text: str) -> None:
        self.flush()
        self.headings = [(lv, t) for lv, t in self.headings if lv < level]
        self.headings.append((level, text))

    def start_article(self, number: int, label: str, line: int) -> None:
        self.flush()
        self.number, self.label, self.start_line = number, label, line

    def add_paragraph(self, text: str, line: int) -> None:
        if self.number is None:  # text before any article: a preamble
            self.number, self.label, self.start_line = 0, self._preamble_label(), line
        self._close_clause()
        self.clause_text = text

    def add_item(self, item: Item, line: int) -> None:
        if self.number is None:
            self.add_paragraph("", line)
        if self.clause_text is None:
            self.clause_text = ""
        self.items.append(item)

    def awaiting_text(self) -> bool:
        """True right after a bare 第X条 line whose text follows on the next line."""
        return bool(self.number) and not self.clauses and self.clause_text is None

    def _preamble_label(self) -> str:
        return self.headings[-1][1] if self.headings else "序言"

    def _close_clause(self) -> None:
        if self.clause_text is not None:
            self.clauses.append(Clause(self.clause_text, tuple(self.items)))
        self.clause_text, self.items = None, []

    def flush(self) -> None:
        self._close_clause()
        if self.number is not None and self.clauses:
            article = Article(
                self.number, self.label, self.heading_path(), tuple(self.clauses), self.start_line
            )
            self.articles.append(article)
        self.number, self.clauses = None, []


def clean_line(line: str) -> str:
    """Strip markdown decoration and surrounding blanks (ASCII and ideographic)."""
    return _MARKDOWN_RE.sub("", line.strip()).strip(" \t\u3000")


def _is_bare_heading(line: str) -> bool:
    # Unnumbered part titles (总　纲, 党员廉洁自律规范): short, no sentence punctuation.
    return len(line) <= 20 and not _SENTENCE_PUNCT.search(line) and not line.startswith(("（", "("))


def _is_metadata(line: str) -> bool:
    if _META_KEY_RE.match(line):
        return True
    if line.startswith(("（", "(")) and line.endswith(("）", ")")):
        return True
    return len(line) < 120 and bool(_META_EVENT_RE.search(line)) and "。" not in line


def _looks_like_title(line: str) -> bool:
    return (bool(line) and len(line) <= MAX_TITLE_CHARS and "。" not in line
            and not _ARTICLE_RE.match(line) and not _HEADING_RE.match(line))


def _split_front(lines: list[str], title: str | None) -> tuple[str, list[str], int]:
    """Return title, metadata lines and the index of the first body line."""
    pos = 0
    if title is None:
        first = lines[0] if lines else ""
        if _looks_like_title(first):
            title, pos = first, 1
        else:
            title = ""
    elif lines and lines[0] == title:
        pos = 1
    metadata: list[str] = []
    while pos < len(lines) and _is_metadata(lines[pos]) and not _HEADING_RE.match(lines[pos]):
        metadata.append(lines[pos])
        pos += 1
    return title, metadata, pos


def _walk(builder: _Builder, line: str, lineno: int) -> None:
    if m := _ARTICLE_RE.match(line):
        builder.start_article(parse_numeral(m.group(1)), f"第{m.group(1)}条", lineno)
        if m.group(2).strip():
            builder.add_paragraph(m.group(2).strip(), lineno)
        else:
            builder.clause_text = None
    elif m := _HEADING_RE.match(line):
        name = re.sub(r"[\s\u3000]+", "", m.group(3))
        builder.push_heading(_LEVELS[m.group(2)], f"第{m.group(1)}{m.group(2)} {name}".strip())
    elif _PART_RE.match(line) and not _SENTENCE_PUNCT.search(line[2:]):
        builder.push_heading(PART_LEVEL, line)
    elif m := _ITEM_RE.match(line):
        builder.add_item(_make_item(m.group(1), m.group(2), line), lineno)
    elif _is_bare_heading(line) and not builder.awaiting_text():
        builder.push_heading(PART_LEVEL, re.sub(r"[\s\u3000]+", "", line))
    else:
        builder.add_paragraph(line, lineno)


def _make_item(raw_number: str, text: str, line: str) -> Item:
    try:
        number = parse_numeral(raw_number)
    except ValueError:
        number = 0
    label = line[: len(line) - len(text)].strip() if text else line
    return Item(label, number, text.strip())


def parse_text(text: str, *, title: str | None = None) -> ParsedDocument:
    """Parse regulation text into a document whose articles carry their headings."""
    lines = [clean_line(raw) for raw in text.splitlines()]
    numbered = [(i + 1, ln) for i, ln in enumerate(lines) if ln]
    doc_title, metadata, start = _split_front([ln for _, ln in numbered], title)
    builder = _Builder()
    for lineno, line in numbered[start:]:
        _walk(builder, line, lineno)
    builder.flush()
    doc = ParsedDocument(doc_title, metadata, builder.articles)
    doc.warnings.extend(check_numbering(doc.numbered))
    return doc


def check_numbering(articles: list[Article]) -> list[ParseWarning]:
    """Report gaps, duplicates and out-of-order article numbers."""
    if not articles:
        return [ParseWarning("no_articles", "未识别到任何条文（第X条）")]
    warnings: list[ParseWarning] = []
    seen: set[int] = set()
    previous = 0
    for art in articles:
        n = art.number
        if n in seen:
            warnings.append(ParseWarning("duplicate_article", f"{art.label}重复出现", art.line))
            continue
        if n > previous + 1:
            missing = article_label(previous + 1)
            if n > previous + 2:
                missing = f"{missing}至{article_label(n - 1)}"
            warnings.append(ParseWarning("numbering_gap", f"{art.label}之前缺少{missing}", art.line))
        elif n < previous:
            warnings.append(ParseWarning("out_of_order", f"{art.label}出现在较大编号之后", art.line))
        seen.add(n)
        previous = max(previous, n)
    return warnings
