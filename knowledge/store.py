"""Save and load a built index (channels, token cache, corpus) as one .npz cache file."""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import asdict, fields
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from knowledge.channels import SparseChannel
from knowledge.index import Channels, KnowledgeIndex
from knowledge.records import ArticleRecord, Corpus, DocumentMeta
from knowledge.tokencache import TokenCache
from knowledge.tokenize import Tokenizer

FORMAT_VERSION = 1


class StaleIndex(Exception):
    """The cache file was written by another format or another lexicon: rebuild it."""


def _doc_json(doc: DocumentMeta) -> dict[str, Any]:
    data = asdict(doc)
    data["effective_date"] = doc.effective_date.isoformat() if doc.effective_date else None
    return data


def _doc_from_json(data: dict[str, Any]) -> DocumentMeta:
    data = dict(data)
    if data.get("effective_date"):
        data["effective_date"] = date.fromisoformat(data["effective_date"])
    data["aliases"] = tuple(data.get("aliases", ()))
    return DocumentMeta(**data)


def _article_from_json(data: dict[str, Any]) -> ArticleRecord:
    data = dict(data)
    data["headings"] = tuple(data["headings"])
    return ArticleRecord(**{f.name: data[f.name] for f in fields(ArticleRecord)})


def save_index(index: KnowledgeIndex, path: Path) -> None:
    """Write the index atomically (a temporary file, then a rename)."""
    meta = {
        "format": FORMAT_VERSION,
        "digest": index.digest,
        "lexicon": index.tokenizer.lexicon.fingerprint,
        "documents": [_doc_json(d) for d in index.corpus.documents.values()],
        "articles": [asdict(a) for a in index.corpus.articles],
        "channels": {name: kind_of(name) for name in index.channels.sparse},
    }
    arrays: dict[str, np.ndarray] = {
        "meta": np.frombuffer(json.dumps(meta, ensure_ascii=False).encode("utf-8"), dtype=np.uint8),
        "passage_owner": index.channels.passage_owner,
    }
    for name, channel in index.channels.sparse.items():
        arrays.update(channel.to_arrays(f"channel.{name}"))
    arrays.update(index.cache.to_arrays())
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp.npz")
    np.savez(tmp, **arrays)  # type: ignore[arg-type]
    os.replace(tmp, path)


def kind_of(channel_name: str) -> str:
    return "words" if channel_name.endswith("_words") else "grams"


def _read(path: Path) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    with np.load(path, allow_pickle=False) as npz:
        arrays = {key: npz[key] for key in npz.files}
    return json.loads(arrays["meta"].tobytes().decode("utf-8")), arrays


def _corpus(meta: dict[str, Any]) -> Corpus:
    corpus = Corpus()
    for doc in meta["documents"]:
        corpus.documents[doc["doc_id"]] = _doc_from_json(doc)
    corpus.articles = [_article_from_json(a) for a in meta["articles"]]
    return corpus


def read_corpus(path: Path) -> Corpus:
    """Only the documents and articles of a cache file (still valid when the index is stale)."""
    return _corpus(_read(path)[0])


def load_index(path: Path, tokenizer: Tokenizer | None = None) -> KnowledgeIndex:
    """Load an index saved by save_index; StaleIndex if it must be rebuilt (format or lexicon)."""
    tokenizer = tokenizer or Tokenizer()
    meta, arrays = _read(path)
    if meta.get("format") != FORMAT_VERSION or meta.get("lexicon") != tokenizer.lexicon.fingerprint:
        raise StaleIndex(str(path))
    corpus = _corpus(meta)
    cache = TokenCache.from_arrays(arrays)
    sparse = {name: SparseChannel.from_arrays(arrays, f"channel.{name}", cache.vocab[kind])
              for name, kind in meta["channels"].items()}
    channels = Channels(sparse, arrays["passage_owner"].astype(np.int32))
    index = KnowledgeIndex(corpus, tokenizer, channels, cache)
    index.digest = str(meta.get("digest", ""))
    return index
