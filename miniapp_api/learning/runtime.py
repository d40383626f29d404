"""Per-app learning resources: the heartbeat certifier and the write-behind flusher, its job and shutdown flush."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass

from aiohttp import web

from miniapp_api.learning.certify import Certifier
from miniapp_api.learning.flusher import Flusher
from server.core.appkeys import CLOCK, DB, REDIS, SETTINGS, TOKENS
from server.core.auth import bearer_token, require_member
from server.core.database import use_database
from server.core.jobs import Job

log = logging.getLogger("dangjian.learning")


class MemberTokens:
    """Verified access tokens → member id, so a member's ~240 beats an hour verify the JWT once.

    Only tokens that passed full verification enter; each hit re-checks expiry on the injected clock.
    """

    def __init__(self, max_size: int = 50_000) -> None:
        self._seen: dict[str, tuple[int, float]] = {}
        self._max = max_size

    def member_id(self, request: web.Request, now: float) -> int:
        token = bearer_token(request) or ""
        hit = self._seen.get(token)
        if hit is not None and hit[1] > now:
            return hit[0]
        principal = require_member(request)
        exp = float(request.config_dict[TOKENS].decode(token, "access")["exp"])
        if len(self._seen) >= self._max:
            self._seen.clear()
        self._seen[token] = (principal.member_id or 0, exp)
        return principal.member_id or 0


@dataclass(frozen=True)
class LearningRuntime:
    certifier: Certifier
    flusher: Flusher
    tokens: MemberTokens


LEARNING: web.AppKey[LearningRuntime] = web.AppKey("learning_runtime", LearningRuntime)


def runtime_of(app: web.Application) -> LearningRuntime:
    runtime: LearningRuntime = app[LEARNING]
    return runtime


async def learning_ctx(app: web.Application) -> AsyncIterator[None]:
    """Build the certifier and flusher; on shutdown (after the jobs stop) flush what is left."""
    settings = app[SETTINGS]
    app[LEARNING] = LearningRuntime(
        Certifier(app[REDIS], settings.learning, settings.timezone),
        Flusher(app[REDIS], settings.learning, app[CLOCK], tz=settings.timezone),
        MemberTokens(),
    )
    try:
        yield
    finally:
        try:
            with use_database(app[DB]):
                await runtime_of(app).flusher.flush()
        except Exception:
            log.exception("final learning flush failed; the claim stays in Redis for the next start")


def learning_jobs(app: web.Application) -> list[Job]:
    async def flush() -> None:
        await runtime_of(app).flusher.flush()

    return [Job("learning.flush", app[SETTINGS].learning.flush_interval_s, flush, exclusive=False)]
