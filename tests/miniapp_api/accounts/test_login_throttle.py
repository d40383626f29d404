"""Login throttling slows a guesser down without locking the real user out; its back-off grows with each breach."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aiohttp.test_utils import TestClient

from miniapp_api.accounts.models import User
from server.core.appkeys import REDIS
from server.core.settings import Settings
from tests.factories import PASSWORD, admin_headers, make_org

ATTACKER = {"X-Forwarded-For": "203.0.113.5"}
OWNER = {"X-Forwarded-For": "198.51.100.7"}


async def _client(make_client: Callable[..., Any], make_settings: Callable[..., Settings]) -> TestClient:
    # The test client connects from 127.0.0.1, taken as a trusted proxy: X-Forwarded-For names the caller.
    client: TestClient = await make_client(make_settings(login_attempts_per_minute=3, trusted_proxies=["127.0.0.1/32"]))
    return client


async def _username(client: TestClient) -> str:
    await admin_headers(client, await make_org())
    user = await User.filter(role="org_admin").order_by("-id").first()
    assert user is not None and user.username
    return user.username


async def _try(client: TestClient, username: str, password: str, headers: dict[str, str]) -> Any:
    return await client.post("/api/v1/auth/login", json={"username": username, "password": password}, headers=headers)


async def test_a_throttled_address_does_not_lock_the_owner_out(make_client: Any, make_settings: Any) -> None:
    client = await _client(make_client, make_settings)
    username = await _username(client)
    statuses = [(await _try(client, username, "guess", ATTACKER)).status for _ in range(4)]
    assert statuses == [401, 401, 401, 429]
    blocked = await _try(client, username, PASSWORD, ATTACKER)  # even the right password waits out the block
    assert blocked.status == 429 and (await blocked.json())["error"]["code"] == "auth.login_rate_limited"
    assert 50 <= int(blocked.headers["Retry-After"]) <= 60

    owner = await _try(client, username, PASSWORD, OWNER)
    assert owner.status == 200, await owner.text()
    assert (await client.get("/api/v1/me", headers={"Authorization": f"Bearer {(await owner.json())['access_token']}"})).status == 200


async def test_the_back_off_doubles_with_each_breach(make_client: Any, make_settings: Any) -> None:
    client = await _client(make_client, make_settings)
    username = await _username(client)
    redis = client.app[REDIS]
    waits = []
    for _ in range(3):
        resp = None
        for _ in range(4):
            resp = await _try(client, username, "guess", ATTACKER)
            if resp.status == 429:
                break
        assert resp is not None and resp.status == 429
        waits.append(int(resp.headers["Retry-After"]))
        for key in [*await redis.keys("accounts:login:block:*"), *await redis.keys("accounts:login:n:*")]:  # the block and window pass
            await redis.delete(key)
    assert [w // 10 for w in waits] == [6, 12, 24]


async def test_one_address_spraying_many_usernames_is_throttled_others_are_not(make_client: Any, make_settings: Any) -> None:
    client = await _client(make_client, make_settings)
    username = await _username(client)
    statuses = [(await _try(client, f"someone{i}", "guess", ATTACKER)).status for i in range(10)]
    assert statuses[:9] == [401] * 9 and statuses[9] == 429  # 3 × the per-pair limit per address
    assert (await _try(client, username, PASSWORD, ATTACKER)).status == 429
    assert (await _try(client, username, PASSWORD, OWNER)).status == 200


async def test_a_successful_login_clears_the_count_of_its_address(make_client: Any, make_settings: Any) -> None:
    client = await _client(make_client, make_settings)
    username = await _username(client)
    for _ in range(2):
        assert (await _try(client, username, "typo", OWNER)).status == 401
    assert (await _try(client, username, PASSWORD, OWNER)).status == 200
    for _ in range(2):  # without the reset the third wrong attempt in the window would be the fourth
        assert (await _try(client, username, "typo", OWNER)).status == 401
    assert (await _try(client, username, "typo", OWNER)).status == 401
