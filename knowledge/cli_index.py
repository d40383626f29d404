"""The index the command-line tools open (python -m knowledge, python -m bot): from a corpus folder or the saved cache file."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from knowledge.corpus import load_corpus
from knowledge.index import KnowledgeIndex
from knowledge.store import StaleIndex, load_index, read_corpus, save_index
from knowledge.tokenize import Tokenizer

DEFAULT_INDEX = Path("var/knowledge-cli-index.npz")
# The server's cache (BotSettings.index_cache_path): it follows the database; read when nothing
# was ingested from the command line.
SERVER_INDEX = Path("var/knowledge-index.npz")
log = logging.getLogger(__name__)


def corpus_dirs(corpus: str | None, index_path: Path, knowledge_dir: Path | None = None) -> list[Path]:
    """The folder to index directly: --corpus, else the configured knowledge folder (BOT__KNOWLEDGE_DIR,
    passed in by the caller) when no cache exists."""
    if corpus:
        return [Path(corpus)]
    return [knowledge_dir] if knowledge_dir and not index_path.exists() else []


class NoKnowledgeBase(Exception):
    """Nothing ingested yet and no corpus folder given."""


def open_index(index_path: Path = DEFAULT_INDEX, corpus_dirs: Sequence[Path] = (),
               tokenizer: Tokenizer | None = None) -> KnowledgeIndex:
    """The index of `corpus_dirs` if given, else the saved one (rebuilt if stale)."""
    tokenizer = tokenizer or Tokenizer()
    if corpus_dirs:
        return KnowledgeIndex.build(load_corpus(corpus_dirs), tokenizer)
    if not index_path.exists() and index_path == DEFAULT_INDEX and SERVER_INDEX.exists():
        index_path = SERVER_INDEX
    if not index_path.exists():
        raise NoKnowledgeBase(
            f"知识库为空：请先运行 python -m knowledge ingest <文件或目录>（索引文件 {index_path} 不存在）"
        )
    try:
        return load_index(index_path, tokenizer)
    except StaleIndex:
        log.info("index cache %s is stale; rebuilding", index_path)
        index = KnowledgeIndex.build(read_corpus(index_path), tokenizer)
        save_index(index, index_path)
        return index
