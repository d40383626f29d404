"""Fixtures of the evaluation tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from server.core.settings import Settings
from tests.miniapp_api.evaluation.helpers import Tree, make_tree, new_code, new_point


@pytest.fixture
async def tree(client: TestClient) -> Tree:
    return await make_tree(client)


@pytest.fixture
async def point(client: TestClient, tree: Tree) -> dict[str, Any]:
    return await new_point(client, await tree.admin("a"), tree.a, "综合受理窗口")


@pytest.fixture
async def code(client: TestClient, tree: Tree, point: dict[str, Any]) -> dict[str, Any]:
    return await new_code(client, await tree.admin("a"), point["id"])


@pytest.fixture
def make_settings(make_settings: Callable[..., Settings]) -> Callable[..., Settings]:
    """Explicit time zone: Tortoise exports TIMEZONE=UTC into os.environ, which pydantic-settings would read."""

    def make(**overrides: Any) -> Settings:
        overrides.setdefault("timezone", "Asia/Shanghai")
        return make_settings(**overrides)

    return make
