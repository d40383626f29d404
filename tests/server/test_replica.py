"""DATABASE_REPLICA_URL: large report and export reads go to the replica, everything else to the primary."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from openpyxl import load_workbook

from server.core.settings import Settings
from tests.db import create_session_database
from tests.miniapp_api.evaluation.helpers import make_tree, new_code, new_point, rate

AppFactory = Callable[..., Any]


@pytest.fixture(scope="module")
def replica_url() -> Iterator[str]:
    """A second database with the schema and no rows: it stands for a replica that has not caught up yet."""
    url, drop = create_session_database()
    yield url
    drop()


async def rows_of(client: TestClient, path: str, headers: dict[str, str]) -> int:
    resp = await client.get(path, headers=headers)
    assert resp.status == 200, await resp.text()
    return int(load_workbook(io.BytesIO(await resp.read())).active.max_row) - 1  # minus the header row


async def test_exports_read_the_replica_and_writes_stay_on_the_primary(
        make_client: AppFactory, make_settings: Callable[..., Settings], replica_url: str) -> None:
    primary_only = await make_client()
    with_replica = await make_client(make_settings(database_replica_url=replica_url))
    tree = await make_tree(with_replica)
    headers = await tree.admin("committee")
    point = await new_point(with_replica, headers, tree.a)
    code = await new_code(with_replica, headers, point["id"])
    assert (await rate(with_replica, code["token"], 1, tags=["态度生硬"])).status == 201  # written to the primary

    # the same rating and its ticket are in the primary, as an app without a replica shows…
    assert await rows_of(primary_only, "/api/v1/evaluation/ratings.xlsx", headers) == 1
    assert await rows_of(primary_only, "/api/v1/rectifications/export.xlsx", headers) == 1
    # …and the app with a replica reads its exports there (empty: it has not caught up), its pages from the primary
    assert await rows_of(with_replica, "/api/v1/evaluation/ratings.xlsx", headers) == 0
    assert await rows_of(with_replica, "/api/v1/rectifications/export.xlsx", headers) == 0
    page = await with_replica.get("/api/v1/evaluation/ratings", headers=headers)
    assert page.status == 200 and (await page.json())["total"] == 1
