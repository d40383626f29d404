"""ENV=prod refuses what is only safe on a developer's machine unless switched on explicitly; the start-up line says what is on."""

from __future__ import annotations

import logging

import pytest
from aiohttp.test_utils import TestClient
from pydantic import ValidationError

from server.core.settings import Settings

STRONG = "kQ9v-2mZx_8pLr4TbW7yNc3Hs6JdFa1Ue5Gi0Ok"
WECHAT = {"wechat_appid": "wx0123456789", "wechat_secret": "s" * 32}


def test_prod_refuses_a_weak_or_missing_secret() -> None:
    for secret in ("", "short-secret", "a" * 40, "changeme-changeme-changeme-changeme-1234", "dangjian-" + STRONG):
        with pytest.raises(ValidationError, match="SECRET_KEY"):
            Settings(env="prod", secret_key=secret, **WECHAT)
    assert Settings(env="prod", secret_key=STRONG, **WECHAT).secret_key.get_secret_value() == STRONG


def test_prod_refuses_stub_wechat_login_unless_switched_on() -> None:
    with pytest.raises(ValidationError, match="WECHAT_STUB_LOGIN"):
        Settings(env="prod", secret_key=STRONG)
    explicit = Settings(env="prod", secret_key=STRONG, wechat_stub_login=True)
    assert explicit.stub_login
    assert not Settings(env="prod", secret_key=STRONG, **WECHAT).stub_login
    assert Settings(env="test").stub_login and not Settings(env="test", **WECHAT).stub_login


def test_api_docs_are_off_in_prod_unless_switched_on() -> None:
    assert not Settings(env="prod", secret_key=STRONG, **WECHAT).docs_public
    assert Settings(env="prod", secret_key=STRONG, api_docs_public=True, **WECHAT).docs_public
    assert Settings(env="test").docs_public


async def test_without_public_docs_the_document_is_not_served(make_client, make_settings) -> None:  # type: ignore[no-untyped-def]
    client: TestClient = await make_client(make_settings(api_docs_public=False))
    assert (await client.get("/api/openapi.json")).status == 404
    assert (await client.get("/api/docs")).status == 404


async def test_stub_login_switched_off_refuses_stub_codes(make_client, make_settings) -> None:  # type: ignore[no-untyped-def]
    client: TestClient = await make_client(make_settings(wechat_stub_login=False))
    resp = await client.post("/api/v1/auth/wechat", json={"code": "stub:anyone"})
    assert (resp.status, (await resp.json())["error"]["code"]) == (503, "wechat.not_configured")


async def test_the_start_up_line_lists_what_is_on(make_client, make_settings, caplog) -> None:  # type: ignore[no-untyped-def]
    with caplog.at_level(logging.INFO, logger="dangjian.lifecycle"):
        await make_client(make_settings(api_docs_public=False))
    line = next(r for r in caplog.records if r.getMessage() == "starting")
    assert (line.env, line.wechat, line.api_docs) == ("test", "STUB LOGIN", "off")  # type: ignore[attr-defined]
    assert "secret" not in str(vars(line)).lower()
