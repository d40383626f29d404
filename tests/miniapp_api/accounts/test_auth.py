"""Login, WeChat login (stub and real client against the fake server), tokens, binding."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aiohttp.test_utils import TestClient

from miniapp_api.accounts.models import User
from server.core.clock import ManualClock
from server.core.settings import Settings
from tests.clock import TEST_EPOCH
from tests.factories import PASSWORD, admin_headers, make_member, make_org, wechat_headers
from tests.fakes import FakeWeChat

AppFactory = Callable[..., Any]


async def test_admin_logs_in_and_sees_himself(client: TestClient) -> None:
    org = await make_org()
    headers = await admin_headers(client, org)
    resp = await client.get("/api/v1/me", headers=headers)
    assert resp.status == 200
    me = await resp.json()
    assert me["role"] == "org_admin" and me["org_id"] == org.id


async def test_wrong_password_and_unknown_user_are_the_same_error(client: TestClient) -> None:
    org = await make_org()
    await admin_headers(client, org)
    user = await User.filter(role="org_admin").first()
    assert user is not None
    r1 = await client.post("/api/v1/auth/login", json={"username": user.username, "password": "wrong"})
    r2 = await client.post("/api/v1/auth/login", json={"username": "nobody", "password": PASSWORD})
    assert r1.status == r2.status == 401
    assert (await r1.json())["error"]["code"] == (await r2.json())["error"]["code"] == "auth.bad_credentials"


async def test_login_is_rate_limited_with_retry_after(make_client: AppFactory, make_settings: Callable[..., Settings]) -> None:
    client = await make_client(make_settings(login_attempts_per_minute=3))
    statuses = []
    for _ in range(5):
        resp = await client.post("/api/v1/auth/login", json={"username": "victim", "password": "guess"})
        statuses.append(resp.status)
    assert statuses[:3] == [401, 401, 401]
    assert statuses[3] == 429
    assert int(resp.headers["Retry-After"]) >= 1
    assert (await resp.json())["error"]["code"] == "auth.login_rate_limited"


async def test_wechat_stub_mode_logs_in_a_citizen(client: TestClient) -> None:
    _, body = await wechat_headers(client, "abc")
    assert body["user"]["role"] == "citizen"
    assert "session_key" not in str(body)
    _, body2 = await wechat_headers(client, "abc")
    assert body2["user"]["id"] == body["user"]["id"]
    bad = await client.post("/api/v1/auth/wechat", json={"code": "not-a-stub-code"})
    assert bad.status == 400 and (await bad.json())["error"]["code"] == "auth.wechat_invalid_code"


async def test_wechat_login_through_the_fake_server(
    make_client: AppFactory, wechat_settings: Settings, fake_wechat: FakeWeChat
) -> None:
    client = await make_client(wechat_settings)
    fake_wechat.codes["good-code"] = "openid-real-1"
    resp = await client.post("/api/v1/auth/wechat", json={"code": "good-code"})
    assert resp.status == 200
    body = await resp.json()
    assert body["user"]["role"] == "citizen"
    assert "SESSION-KEY-SECRET" not in await resp.text()
    assert (await User.get(id=body["user"]["id"])).openid == "openid-real-1"
    # A code works once (WeChat answers 40029 for a used or invalid code).
    resp = await client.post("/api/v1/auth/wechat", json={"code": "good-code"})
    assert resp.status == 400 and (await resp.json())["error"]["code"] == "auth.wechat_invalid_code"
    # Stub codes are refused once a real app is configured.
    resp = await client.post("/api/v1/auth/wechat", json={"code": "stub:x"})
    assert resp.status == 400
    fake_wechat.code_errors["hot"] = 45011
    resp = await client.post("/api/v1/auth/wechat", json={"code": "hot"})
    assert resp.status == 429 and (await resp.json())["error"]["code"] == "auth.wechat_rate_limited"
    assert "Retry-After" in resp.headers
    calls = fake_wechat.calls_to("/sns/jscode2session")
    assert calls[0]["appid"] == fake_wechat.appid and calls[0]["grant_type"] == "authorization_code"


async def test_bind_makes_a_wechat_user_a_member(client: TestClient) -> None:
    org = await make_org()
    member = await make_member(org, name="张三", phone="13912345678")
    headers, _ = await wechat_headers(client)
    wrong = await client.post("/api/v1/me/bind", json={"name": "张三", "phone": "13900000000"}, headers=headers)
    assert wrong.status == 400 and (await wrong.json())["error"]["code"] == "auth.bind_failed"
    resp = await client.post("/api/v1/me/bind", json={"name": "张三", "phone": "139 1234 5678"}, headers=headers)
    assert resp.status == 200
    body = await resp.json()
    assert body["user"]["role"] == "member" and body["user"]["member_id"] == member.id
    other, _ = await wechat_headers(client)
    taken = await client.post("/api/v1/me/bind", json={"name": "张三", "phone": "13912345678"}, headers=other)
    assert taken.status == 409 and (await taken.json())["error"]["code"] == "auth.already_bound"


async def test_bind_attempts_are_rate_limited(client: TestClient) -> None:
    headers, _ = await wechat_headers(client)
    codes = []
    for i in range(7):
        resp = await client.post("/api/v1/me/bind", json={"name": "某人", "phone": f"1380000{i:04d}"}, headers=headers)
        codes.append(resp.status)
    assert codes[:5] == [400] * 5 and codes[5] == 429


async def test_access_token_expires_and_refresh_rotates(make_client: AppFactory, make_settings: Callable[..., Settings]) -> None:
    clock = ManualClock(TEST_EPOCH)
    client = await make_client(make_settings(access_token_ttl_s=60), clock=clock)
    org = await make_org()
    await admin_headers(client, org)
    user = await User.filter(role="org_admin").first()
    assert user is not None
    login = await (await client.post("/api/v1/auth/login", json={"username": user.username, "password": PASSWORD})).json()
    headers = {"Authorization": f"Bearer {login['access_token']}"}
    assert (await client.get("/api/v1/me", headers=headers)).status == 200
    clock.advance(61)
    expired = await client.get("/api/v1/me", headers=headers)
    assert expired.status == 401 and (await expired.json())["error"]["code"] == "auth.token_expired"
    fresh = await client.post("/api/v1/auth/refresh", json={"refresh_token": login["refresh_token"]})
    assert fresh.status == 200
    new_headers = {"Authorization": f"Bearer {(await fresh.json())['access_token']}"}
    me = await client.get("/api/v1/me", headers=new_headers)
    assert me.status == 200, await me.text()
    replay = await client.post("/api/v1/auth/refresh", json={"refresh_token": login["refresh_token"]})
    assert replay.status == 401 and (await replay.json())["error"]["code"] == "auth.refresh_reused"
    # An access token is not a refresh token.
    wrong_type = await client.post("/api/v1/auth/refresh", json={"refresh_token": login["access_token"]})
    assert wrong_type.status == 401 and (await wrong_type.json())["error"]["code"] == "auth.invalid_token"


async def test_citizens_and_members_cannot_use_admin_endpoints(client: TestClient) -> None:
    org = await make_org()
    headers, _ = await wechat_headers(client)
    resp = await client.get("/api/v1/orgs/tree", headers=headers)
    assert resp.status == 403
    resp = await client.post(f"/api/v1/orgs/{org.id}/members", json={"name": "x", "phone": "13800000001"}, headers=headers)
    assert resp.status == 403
