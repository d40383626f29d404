"""The 党建 lexicon: user dictionary, synonym/abbreviation rules, regulation aliases, stopwords."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

DATA_PACKAGE = "knowledge.data"
DATA_FILES = ("userdict.txt", "synonyms.txt", "verbs.txt", "regulations.txt", "stopwords.txt",
              "question_words.txt", "history_markers.txt", "scopes.txt")
_TITLE_NOISE = re.compile(r"[《》〈〉\s\u3000]")


@dataclass(frozen=True, slots=True)
class ExpansionRule:
    """A question containing `trigger` also searches for `expansions` (and, if mutual, back)."""

    trigger: str
    expansions: tuple[str, ...]
    requires: tuple[str, ...] = ()
    is_intent: bool = False

    def applies(self, text: str) -> bool:
        return self.trigger in text and all(part in text for part in self.requires)


@dataclass(frozen=True, slots=True)
class RegulationName:
    """A regulation known by name, whether or not it is in the knowledge base."""

    title: str
    aliases: tuple[str, ...]


@dataclass(slots=True)
class Lexicon:
    words: list[str] = field(default_factory=list)
    rules: list[ExpansionRule] = field(default_factory=list)
    token_rules: dict[str, ExpansionRule] = field(default_factory=dict)
    regulations: list[RegulationName] = field(default_factory=list)
    stopwords: frozenset[str] = frozenset()
    question_words: tuple[str, ...] = ()
    history_markers: tuple[str, ...] = ()
    outside: tuple[str, ...] = ()  # userdict words tagged `outside`: bodies, taxes, schemes beyond the Party's rules
    # (title key, words): a question holding one of the words describes the setting that regulation is written for
    scopes: tuple[tuple[str, tuple[str, ...]], ...] = ()
    fingerprint: str = ""

    @classmethod
    def load(cls, directory: Path | None = None) -> Lexicon:
        """Load the packaged data files (or the same file names from `directory`)."""
        read = _reader(directory)
        digest = hashlib.blake2b(digest_size=8)
        for name in DATA_FILES:
            digest.update(read(name).encode("utf-8"))
        userdict = read("userdict.txt")
        return cls(
            words=_parse_words(userdict),
            rules=parse_rules(read("synonyms.txt")),
            token_rules={r.trigger: r for r in parse_rules(read("verbs.txt"))},
            regulations=_parse_regulations(read("regulations.txt")),
            stopwords=frozenset(_plain_lines(read("stopwords.txt"))),
            question_words=tuple(_plain_lines(read("question_words.txt"))),
            history_markers=tuple(_plain_lines(read("history_markers.txt"))),
            outside=tuple(_tagged(userdict, "outside")),
            scopes=_parse_scopes(read("scopes.txt")),
            fingerprint=digest.hexdigest(),
        )

    def settings(self, text: str) -> frozenset[str]:
        """The title keys of the regulations written for the settings a (normalised) question describes."""
        return frozenset(title for title, words in self.scopes if any(w in text for w in words))


def _reader(directory: Path | None):  # type: ignore[no-untyped-def]
    def read(name: str) -> str:
        if directory is not None:
            return (directory / name).read_text(encoding="utf-8")
        return resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")

    return read


def _plain_lines(text: str) -> list[str]:
    out = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            out.append(normalize(line))
    return out


def _parse_words(text: str) -> list[str]:
    return [line.split()[0] for line in _plain_lines(text)]


def _parse_scopes(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """`title | word word …` lines: the regulation's title key and the words naming its setting."""
    scopes = []
    for line in _plain_lines(text):
        title, _, words = line.partition("|")
        if names := tuple(words.split()):
            scopes.append((title_key(title), names))
    return tuple(scopes)


def _tagged(text: str, tag: str) -> list[str]:
    """Words of a jieba user dictionary ("word [freq] [tag]") that carry `tag`."""
    return [parts[0] for parts in (line.split() for line in _plain_lines(text)) if parts[-1] == tag and len(parts) > 1]


def parse_rules(text: str) -> list[ExpansionRule]:
    """Parse the synonym file.

    `a|b => x y` (one way), `a+c => x` (a and c both present), `? a => x` (an answer-shape
    hint: searched for but not counted as evidence), `a = b = c` (each expands to the others).
    """
    rules: list[ExpansionRule] = []
    for line in _plain_lines(text):
        if "=>" in line:
            left, right = line.split("=>", 1)
            intent = left.startswith("?")
            expansions = tuple(right.split())
            for trigger in (t.strip() for t in left.lstrip("?").split("|")):
                if trigger:
                    head, *rest = (p.strip() for p in trigger.split("+"))
                    rules.append(ExpansionRule(head, expansions, tuple(rest), intent))
        elif "=" in line:
            members = [m.strip() for m in line.split("=") if m.strip()]
            for member in members:
                rules.append(ExpansionRule(member, tuple(m for m in members if m != member)))
        else:
            raise ValueError(f"bad synonym line: {line!r}")
    return rules


def _parse_regulations(text: str) -> list[RegulationName]:
    regs = []
    for line in _plain_lines(text):
        names = [n.strip() for n in line.split("|") if n.strip()]
        regs.append(RegulationName(names[0], tuple(names[1:])))
    return regs


_CN = "零〇一二两三四五六七八九十百千"
_UNITS = "个月|个工作日|个学时|个人|个|年|月|日|天|次|名|人|周|岁|学时|小时|倍|届|项|元"
_CN_NUMBER = re.compile(rf"(?<![第统唯同每万之逐])([{_CN}]+)(?:点([{_CN}]+))?(?={_UNITS})")
_CN_PERCENT = re.compile(rf"百分之([{_CN}]+)(?:点([{_CN}]+))?")


def _cn_value(whole: str, fraction: str | None) -> str:
    from knowledge.numerals import parse_numeral

    value = str(parse_numeral(whole))
    if fraction:
        value += "." + "".join(str(parse_numeral(ch)) for ch in fraction)
    return value


def numbers_to_digits(text: str) -> str:
    """三个月 → 3个月, 两名 → 2名, 零点二元 → 0.2元, 百分之一 → 1% (not 第三条)."""

    def repl(suffix: str):  # type: ignore[no-untyped-def]
        def inner(m: re.Match[str]) -> str:
            try:
                return _cn_value(m.group(1), m.group(2)) + suffix
            except ValueError:
                return m.group(0)

        return inner

    return _CN_NUMBER.sub(repl(""), _CN_PERCENT.sub(repl("%"), text))


def normalize(text: str) -> str:
    """NFKC (full-width digits and letters → ASCII) and lower case; keeps Chinese punctuation."""
    text = unicodedata.normalize("NFKC", text)
    # NFKC turns （） into (), which the parser and the corpus do not use; put them back.
    return text.replace("(", "（").replace(")", "）").lower()


def canonical(text: str) -> str:
    """The form text is matched in: normalised, with counted Chinese numbers as digits."""
    return numbers_to_digits(normalize(text))


def title_key(title: str) -> str:
    """The comparable form of a regulation title: no brackets, blanks or 《》."""
    return _TITLE_NOISE.sub("", normalize(title))


def derived_aliases(title: str) -> set[str]:
    """Short names people use for a title: without 中国共产党, （试行）, 工作, 关于…的."""
    key = title_key(title)
    names = {key}
    for name in list(names):
        names.add(name.replace("（试行）", ""))
    for name in list(names):
        if name.startswith("中国共产党") and len(name) > 9:
            names.add(name[len("中国共产党"):])
    for name in list(names):
        if name.startswith("关于") and name.endswith("的规定"):
            names.add(name[2:])
        if "工作条例" in name and len(name) > 8:
            names.add(name.replace("工作条例", "条例"))
    return {n for n in names if len(n) >= 4}
