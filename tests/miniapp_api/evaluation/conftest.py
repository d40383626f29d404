"""Fixtures of the evaluation tests."""

from __future__ import annotations

from typing import Any

import pytest
from aiohttp.test_utils import TestClient

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

