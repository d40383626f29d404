"""Revoked sign-ins: tokens issued before a revocation are refused on every worker; later sign-ins work."""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp.test_utils import TestClient

from server.core.appkeys import REVOCATIONS, SETTINGS, TOKENS
from server.core.auth import Principal, Role
from server.core.clock import ManualClock
from tests.clock import TEST_EPOCH


async def test_a_revoked_users_tokens_are_refused_on_every_worker_and_new_ones_work(make_client: Any) -> None:
    clock = ManualClock(TEST_EPOCH)
    one: TestClient = await make_client(clock=clock)
    two: TestClient = await make_client(clock=clock)
    principal = Principal(4242, Role.CITIZEN, name="x")
    old = one.app[TOKENS].issue(principal).access_token
    headers = {"Authorization": f"Bearer {old}"}
    assert (await two.get("/api/v1/calendar", headers=headers)).status == 200
    clock.advance(5)
    await one.app[REVOCATIONS].revoke(4242)
    resp = await one.get("/api/v1/calendar", headers=headers)
    assert (resp.status, (await resp.json())["error"]["code"]) == (401, "auth.token_revoked")
    for _ in range(50):  # the other worker hears of it over pub/sub
        if two.app[REVOCATIONS].is_revoked(4242, principal.issued_at):
            break
        await asyncio.sleep(0.05)
    assert (await two.get("/api/v1/calendar", headers=headers)).status == 401
    clock.advance(2)
    fresh = one.app[TOKENS].issue(principal).access_token
    assert (await two.get("/api/v1/calendar", headers={"Authorization": f"Bearer {fresh}"})).status == 200


async def test_a_worker_started_later_reads_the_revocations_from_redis(make_client: Any) -> None:
    clock = ManualClock(TEST_EPOCH)
    one: TestClient = await make_client(clock=clock)
    token = one.app[TOKENS].issue(Principal(77, Role.CITIZEN)).access_token
    clock.advance(3)
    await one.app[REVOCATIONS].revoke(77)
    late: TestClient = await make_client(one.app[SETTINGS], clock=clock)
    assert (await late.get("/api/v1/calendar", headers={"Authorization": f"Bearer {token}"})).status == 401


def test_pub_sub_channels_are_scoped_to_the_redis_database() -> None:
    """Channels are server-wide: two deployments on databases 0 and 5 of one server must not hear each other."""
    from redis.asyncio import Redis

    from server.core.redis import scoped_channel

    assert scoped_channel(Redis(db=0), "auth:revoked") == "auth:revoked"
    assert scoped_channel(Redis(db=5), "auth:revoked") == "auth:revoked@5"
