"""Fixtures of the rectification tests: an org tree, a code, and a 差评 ticket made through a real rating."""

from __future__ import annotations

from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from tests.miniapp_api.evaluation.helpers import Tree, device, make_tree, new_code, new_point, rate


@pytest.fixture
async def tree(client: TestClient) -> Tree:
    return await make_tree(client)


@pytest.fixture
async def code(client: TestClient, tree: Tree) -> dict[str, Any]:
    point = await new_point(client, await tree.admin("a"), tree.a, "便民服务窗口")
    return await new_code(client, await tree.admin("a"), point["id"])


@pytest.fixture
async def ticket(client: TestClient, code: dict[str, Any]) -> dict[str, Any]:
    """A 差评 with a contact phone; `rater` is the device that gave it (for the follow-up)."""
    rater = device()
    resp = await rate(client, code["token"], 1, rater=rater, tags=["办事拖沓"], contact="13700001234")
    assert resp.status == 201
    body = await resp.json()
    return {"id": body["ticket_id"], "rating_id": body["id"], "rater": rater, "token": code["token"]}
