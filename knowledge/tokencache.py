"""Token ids per text, so rebuilding the index re-tokenises only text it has not seen."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping

import numpy as np

from knowledge.channels import Bag
from knowledge.tokenize import Tokenizer

_KINDS = ("words", "grams")


def text_key(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


class TokenCache:
    """Vocabularies for words and n-grams, and the bags of every text tokenised so far."""

    def __init__(self) -> None:
        self.vocab: dict[str, dict[str, int]] = {kind: {} for kind in _KINDS}
        self._entries: dict[str, tuple[Bag, Bag]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, tokenizer: Tokenizer, text: str) -> tuple[Bag, Bag]:
        """The (words, grams) bags of a text, tokenising it on first sight."""
        key = text_key(text)
        entry = self._entries.get(key)
        if entry is None:
            entry = self.put(text, tokenizer.words(text), tokenizer.ngrams(text))
        return entry

    def put(self, text: str, words: Iterable[str], grams: Iterable[str]) -> tuple[Bag, Bag]:
        """Store tokens computed elsewhere (e.g. composed from known parts)."""
        entry = (self._bag("words", words), self._bag("grams", grams))
        self._entries[text_key(text)] = entry
        return entry

    def put_bags(self, text: str, words: Bag, grams: Bag) -> None:
        """Store bags composed elsewhere (the benchmark builds synthetic articles this way)."""
        self._entries[text_key(text)] = (words, grams)

    def _bag(self, kind: str, tokens: Iterable[str]) -> Bag:
        vocab = self.vocab[kind]
        ids = np.fromiter((vocab.setdefault(t, len(vocab)) for t in tokens), dtype=np.int32)
        unique, counts = np.unique(ids, return_counts=True)
        return Bag(unique.astype(np.int32), counts.astype(np.int32), int(ids.size))

    def to_arrays(self) -> dict[str, np.ndarray]:
        keys = list(self._entries)
        arrays: dict[str, np.ndarray] = {"cache.keys": np.array(keys, dtype=np.str_)}
        for pos, kind in enumerate(_KINDS):
            bags = [self._entries[k][pos] for k in keys]
            tokens = sorted(self.vocab[kind], key=self.vocab[kind].__getitem__)
            arrays[f"cache.{kind}.vocab"] = np.array(tokens, dtype=np.str_)
            arrays[f"cache.{kind}.ids"] = _concat([b.ids for b in bags])
            arrays[f"cache.{kind}.counts"] = _concat([b.counts for b in bags])
            arrays[f"cache.{kind}.sizes"] = np.array([len(b.ids) for b in bags], dtype=np.int64)
            arrays[f"cache.{kind}.lengths"] = np.array([b.length for b in bags], dtype=np.int64)
        return arrays

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, np.ndarray]) -> TokenCache:
        cache = cls()
        keys = arrays["cache.keys"].tolist()
        per_kind: list[list[Bag]] = []
        for kind in _KINDS:
            cache.vocab[kind] = {t: i for i, t in enumerate(arrays[f"cache.{kind}.vocab"].tolist())}
            bounds = np.concatenate([[0], np.cumsum(arrays[f"cache.{kind}.sizes"])])
            ids, counts = arrays[f"cache.{kind}.ids"], arrays[f"cache.{kind}.counts"]
            lengths = arrays[f"cache.{kind}.lengths"]
            per_kind.append([Bag(ids[lo:hi], counts[lo:hi], int(n))
                             for lo, hi, n in zip(bounds[:-1], bounds[1:], lengths, strict=True)])
        cache._entries = dict(zip(keys, zip(*per_kind, strict=True), strict=True))
        return cache


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts).astype(np.int32) if parts else np.zeros(0, dtype=np.int32)
