"""The index the command-line tools open (python -m knowledge, python -m bot): the service's knowledge base
(the database `ingest` writes), or a folder of regulation files indexed directly."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from pathlib import Path

from knowledge.corpus import load_corpus
from knowledge.index import KnowledgeIndex
from knowledge.records import Corpus
from knowledge.store import StaleIndex, load_index
from knowledge.tokenize import Tokenizer

# The service's index cache (BotSettings.index_cache_path, saved as .npz): reused when it was built
# from exactly what the database holds now.
SERVER_INDEX = Path("var/knowledge-index.npz")
log = logging.getLogger(__name__)


class NoKnowledgeBase(Exception):
    """Nothing ingested yet and no corpus folder given."""


async def _database_corpus(database_url: str) -> Corpus:
    from tortoise.context import TortoiseContext
    from tortoise.exceptions import BaseORMException

    from knowledge import service
    from knowledge.db_import import knowledge_config

    ctx = TortoiseContext()
    with ctx:
        await ctx.init(config=knowledge_config(database_url))
    try:
        with ctx:
            return await service.load_corpus()
    except BaseORMException:
        return Corpus()  # not migrated yet: nothing ingested
    finally:
        await ctx.close_connections()


def open_index(
    database_url: str,
    corpus_dirs: Sequence[Path] = (),
    fallback_dirs: Sequence[Path] = (),
    tokenizer: Tokenizer | None = None,
    cache_path: Path = SERVER_INDEX,
    vectors: Path | None = None,
) -> KnowledgeIndex:
    """`_open_index`, with the dense channel attached when it is on: vectors read from `vectors`, by default
    the file the import wrote next to the service's index cache (so a command embeds only new articles)."""
    from knowledge.dense import attach_dense, vectors_path

    index = _open_index(database_url, corpus_dirs, fallback_dirs, tokenizer, cache_path)
    attach_dense(index, vectors if vectors is not None else vectors_path(cache_path))
    return index


def _open_index(
    database_url: str,
    corpus_dirs: Sequence[Path] = (),
    fallback_dirs: Sequence[Path] = (),
    tokenizer: Tokenizer | None = None,
    cache_path: Path = SERVER_INDEX,
) -> KnowledgeIndex:
    """The index of `corpus_dirs` (--corpus) if given, else of the knowledge base in the database at
    `database_url`, else — nothing ingested yet — of `fallback_dirs` (BOT__KNOWLEDGE_DIR)."""
    from knowledge.runtime import corpus_digest

    tokenizer = tokenizer or Tokenizer()
    if corpus_dirs:
        return KnowledgeIndex.build(load_corpus(corpus_dirs), tokenizer)
    corpus = asyncio.run(_database_corpus(database_url))
    if not corpus.documents and fallback_dirs:
        return KnowledgeIndex.build(load_corpus(fallback_dirs), tokenizer)
    if not corpus.documents:
        raise NoKnowledgeBase(
            f"知识库为空：请先运行 python -m knowledge ingest <文件或目录>（数据库 {database_url}），或用 --corpus 指定法规文件夹"
        )
    digest = corpus_digest(corpus)
    if cache_path.exists():
        try:
            cached = load_index(cache_path, tokenizer)
            if cached.digest == digest:
                return cached
        except (StaleIndex, OSError, ValueError, KeyError):
            log.info("index cache %s is stale; building from the database", cache_path)
    index = KnowledgeIndex.build(corpus, tokenizer)
    index.digest = digest
    return index
