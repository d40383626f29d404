"""The index of one worker: built from the database (or the cache file), reloaded on change.

A change is announced by bumping a generation counter in Redis and publishing on a channel;
every worker compares the counter with the generation of its index and reloads when it differs.
No aiohttp here: the domain serving the bot (bot/lifecycle.py) owns one per worker and passes in its clock.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from redis.asyncio import Redis

from knowledge import service
from knowledge.index import KnowledgeIndex
from knowledge.records import Corpus
from knowledge.store import StaleIndex, load_index, save_index
from knowledge.tokencache import TokenCache
from knowledge.tokenize import Tokenizer

log = logging.getLogger("dangjian.knowledge")
GENERATION_KEY = "knowledge:generation"
CHANNEL = "knowledge:changed"
POLL_S = 5.0


def corpus_digest(corpus: Corpus) -> str:
    """Identifies the indexed content: documents (with status/visibility) and article texts."""
    h = hashlib.blake2b(digest_size=12)
    for doc in corpus.documents.values():
        h.update(repr((doc.doc_id, doc.title, doc.status, doc.visibility, doc.version)).encode())
    for art in corpus.articles:
        h.update(art.key.encode())
        h.update(art.text.encode())
    return h.hexdigest()


async def announce(redis: Redis) -> int:
    """Bump the generation and publish it: every worker's follower reloads its index.

    A lost counter (Redis flushed or restarted) restarts at a random point, so a new generation
    does not collide with one a worker already holds.
    """
    await redis.set(GENERATION_KEY, secrets.randbelow(1 << 40), nx=True)
    generation = int(await redis.incr(GENERATION_KEY))
    await redis.publish(CHANNEL, str(generation))
    return generation


@dataclass(slots=True)
class IndexRuntime:
    """Holds the current index; rebuilds it off the event loop and swaps it in atomically.

    `now` is the app's clock (it dates `built_at`, shown in the console).
    """

    redis: Redis
    now: Callable[[], datetime]
    cache_path: Path | None = None
    tokenizer: Tokenizer = field(default_factory=Tokenizer)
    index: KnowledgeIndex | None = None
    generation: int = -1
    digest: str = ""
    built_at: datetime | None = None
    dense: bool = False  # attach the dense channel (vectors from `vectors_path(cache_path)`)
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    _cache: TokenCache = field(default_factory=TokenCache)

    def current(self) -> KnowledgeIndex:
        if self.index is None:
            raise RuntimeError("knowledge index not loaded")
        return self.index

    async def remote_generation(self) -> int:
        return int(await self.redis.get(GENERATION_KEY) or 0)

    async def announce(self) -> int:
        """Tell every worker (this one included) that the knowledge base changed."""
        return await announce(self.redis)

    async def reload(self, generation: int | None = None) -> bool:
        """Rebuild from the database if its content changed; False when already current."""
        async with self._lock:
            target = await self.remote_generation() if generation is None else generation
            # Any other generation means a change: one lower than ours means Redis lost the counter
            # (flushed or restarted without persistence); the digest avoids needless rebuilds.
            if self.index is not None and target == self.generation:
                return False
            corpus = await service.load_corpus()
            digest = corpus_digest(corpus)
            if self.index is None or digest != self.digest:
                self.index = await asyncio.to_thread(self._build, corpus, digest)
                self.digest, self.built_at = digest, self.now()
            self.generation = target
            return True

    def _build(self, corpus: Corpus, digest: str) -> KnowledgeIndex:
        index = self._build_lexical(corpus, digest)
        if self.dense:
            from knowledge.dense import attach_dense, vectors_path

            attach_dense(index, vectors_path(self.cache_path) if self.cache_path is not None else None)
        return index

    def _build_lexical(self, corpus: Corpus, digest: str) -> KnowledgeIndex:
        cached = self._cached() if self.index is None else None
        if cached is not None and cached.digest == digest:
            return cached  # the saved index was built from the same content
        index = KnowledgeIndex.build(corpus, self.tokenizer, self._cache)
        index.digest = digest
        if self.cache_path is not None:
            try:
                save_index(index, self.cache_path)
            except OSError:
                log.warning("could not write the index cache %s", self.cache_path, exc_info=True)
        return index

    def _cached(self) -> KnowledgeIndex | None:
        """The saved index, if readable; its token cache is reused for a rebuild either way."""
        if self.cache_path is None or not self.cache_path.exists():
            return None
        try:
            index = load_index(self.cache_path, self.tokenizer)
        except (StaleIndex, OSError, ValueError, KeyError):
            return None
        self._cache = index.cache
        return index

    async def follow(self) -> None:
        """Reload whenever the generation moves (pub/sub wakes us; polling covers lost messages)."""
        pubsub = self.redis.pubsub()
        await pubsub.subscribe(CHANNEL)
        task = asyncio.current_task()
        try:
            # redis-py can swallow a cancellation that lands inside get_message; a cancelled task stops anyway
            while task is None or not task.cancelling():
                with contextlib.suppress(asyncio.TimeoutError):
                    await pubsub.get_message(ignore_subscribe_messages=True, timeout=POLL_S)
                try:
                    if await self.remote_generation() != self.generation:
                        await self.reload()
                except Exception:
                    log.exception("knowledge index reload failed; keeping the previous index")
                    await asyncio.sleep(POLL_S)
        finally:
            with contextlib.suppress(Exception):
                await pubsub.unsubscribe(CHANNEL)
                await pubsub.aclose()
