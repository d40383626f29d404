"""Refresh tokens work once, durably: a replay is caught after a Redis flush or on a new worker, and revokes the family."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from aiohttp.test_utils import TestClient

from miniapp_api.accounts import tokens
from miniapp_api.accounts.models import RefreshToken, User
from miniapp_api.audit.models import AuditEntry
from server.core.appkeys import REDIS
from server.core.clock import ManualClock
from tests.clock import TEST_EPOCH
from tests.factories import PASSWORD, admin_headers, make_org


async def _login(client: TestClient) -> dict[str, Any]:
    user = await User.filter(role="org_admin").first()
    assert user is not None
    resp = await client.post("/api/v1/auth/login", json={"username": user.username, "password": PASSWORD})
    assert resp.status == 200, await resp.text()
    body: dict[str, Any] = await resp.json()
    return body


async def _refresh(client: TestClient, token: str) -> Any:
    return await client.post("/api/v1/auth/refresh", json={"refresh_token": token})


async def _code(resp: Any) -> tuple[int, str]:
    return resp.status, (await resp.json())["error"]["code"]


async def test_a_used_refresh_token_stays_used_after_redis_is_flushed_and_on_a_new_worker(make_client: Any) -> None:
    clock = ManualClock(TEST_EPOCH)
    one: TestClient = await make_client(clock=clock)
    await admin_headers(one, await make_org())
    first = await _login(one)
    clock.advance(5)
    second = await (await _refresh(one, first["refresh_token"])).json()
    assert second["user"]["role"] == "org_admin"

    await one.app[REDIS].flushdb()  # Redis restarted empty
    two: TestClient = await make_client(clock=clock)  # another worker, or the same one restarted
    clock.advance(5)
    assert await _code(await _refresh(two, first["refresh_token"])) == (401, "auth.refresh_reused")


async def test_a_replay_revokes_the_whole_family_and_its_access_tokens(make_client: Any) -> None:
    clock = ManualClock(TEST_EPOCH)
    client: TestClient = await make_client(clock=clock)
    await admin_headers(client, await make_org())
    first = await _login(client)
    clock.advance(5)
    second = await (await _refresh(client, first["refresh_token"])).json()
    other_sign_in = await _login(client)  # another device: a family of its own
    clock.advance(5)

    # The thief (or the victim) presents the old token again: the family is revoked, both must sign in again.
    assert await _code(await _refresh(client, first["refresh_token"])) == (401, "auth.refresh_reused")
    assert await _code(await _refresh(client, second["refresh_token"])) == (401, "auth.refresh_reused")
    me = await client.get("/api/v1/me", headers={"Authorization": f"Bearer {second['access_token']}"})
    assert await _code(me) == (401, "auth.token_revoked")
    assert await AuditEntry.filter(action="auth.refresh_replay").count() == 1
    clock.advance(5)
    assert (await _refresh(client, other_sign_in["refresh_token"])).status == 200  # only that family is revoked
    again = await _login(client)
    assert (await client.get("/api/v1/me", headers={"Authorization": f"Bearer {again['access_token']}"})).status == 200
    assert (await _refresh(client, again["refresh_token"])).status == 200


async def test_expired_refresh_tokens_are_purged(make_client: Any) -> None:
    clock = ManualClock(TEST_EPOCH)
    client: TestClient = await make_client(clock=clock)
    await admin_headers(client, await make_org())
    first = await _login(client)
    assert await RefreshToken.all().count() == 2  # admin_headers signed in once too
    assert await tokens.purge_expired(clock.now() + timedelta(days=30)) == 0  # expired, but not a day ago
    assert await tokens.purge_expired(clock.now() + timedelta(days=32)) == 2
    assert await _code(await _refresh(client, first["refresh_token"])) == (401, "auth.invalid_token")
