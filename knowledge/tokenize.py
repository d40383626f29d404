"""Chinese tokenisation for retrieval: jieba words (with the 党建 dictionary) and character n-grams."""

from __future__ import annotations

import logging
import re
import threading
import warnings
from collections.abc import Iterable
from typing import TYPE_CHECKING

from knowledge.lexicon import Lexicon, canonical

if TYPE_CHECKING:
    import jieba

_KEEP = re.compile(r"[\u4e00-\u9fff0-9a-z]")
_RUN = re.compile(r"[\u4e00-\u9fff0-9a-z.%]+")
NGRAM_SIZES = (2, 3)
USE_HMM = False


def _new_engine(words: Iterable[str]) -> jieba.Tokenizer:
    with warnings.catch_warnings():
        # jieba imports pkg_resources, which newer setuptools deprecates loudly.
        warnings.simplefilter("ignore")
        import jieba
    logging.getLogger("jieba").setLevel(logging.WARNING)
    engine = jieba.Tokenizer()
    engine.initialize()
    for word in words:
        engine.add_word(word)
    return engine


class Tokenizer:
    """Tokeniser with its own jieba instance, created on first use (never at import)."""

    def __init__(self, lexicon: Lexicon | None = None, extra_words: Iterable[str] = ()) -> None:
        self._lexicon = lexicon
        self._extra_words = list(extra_words)
        self._engine: jieba.Tokenizer | None = None
        self._lock = threading.Lock()

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = Lexicon.load()
        return self._lexicon

    @property
    def engine(self) -> jieba.Tokenizer:
        if self._engine is None:
            with self._lock:
                if self._engine is None:
                    lex = self.lexicon
                    aliases = [a for reg in lex.regulations for a in (reg.title, *reg.aliases)]
                    self._engine = _new_engine([*lex.words, *aliases, *self._extra_words])
        return self._engine

    def is_stopword(self, token: str) -> bool:
        return token in self.lexicon.stopwords or not _KEEP.search(token)

    def cut(self, text: str) -> list[str]:
        """Precise-mode words of normalised text, punctuation and blanks dropped."""
        return [t for t in self.engine.lcut(canonical(text), HMM=USE_HMM) if _KEEP.search(t)]

    def words(self, text: str) -> list[str]:
        """Search-mode words (long words plus their dictionary sub-words), minus stopwords."""
        tokens = self.engine.lcut_for_search(canonical(text), HMM=USE_HMM)
        return [t for t in tokens if not self.is_stopword(t)]

    def ngrams(self, text: str) -> list[str]:
        """Character bi- and tri-grams inside runs of Chinese characters and digits."""
        return char_ngrams(canonical(text))


def char_ngrams(text: str, sizes: tuple[int, ...] = NGRAM_SIZES) -> list[str]:
    """Character n-grams of already normalised text; punctuation breaks runs."""
    grams: list[str] = []
    for run in _RUN.findall(text):
        for size in sizes:
            grams.extend(run[i : i + size] for i in range(len(run) - size + 1))
    return grams

