"""Fixtures of the responsibility tests."""

from __future__ import annotations

import pytest
from aiohttp.test_utils import TestClient

from tests.miniapp_api.responsibility.helpers import Tree, make_tree


@pytest.fixture
async def tree(client: TestClient) -> Tree:
    return await make_tree(client)
