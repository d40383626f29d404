"""Helpers of the project tests: a small org tree with an admin at each level, and a valid proposal."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from aiohttp.test_utils import TestClient

from miniapp_api.orgs.models import Organization, OrgKind
from tests.factories import admin_headers, make_org


@dataclass
class Tree:
    """党委 C → 支部 A, 支部 B; an admin of each."""

    committee: Organization
    a: Organization
    b: Organization
    admin_c: dict[str, str]
    admin_a: dict[str, str]
    admin_b: dict[str, str]


async def make_tree(client: TestClient) -> Tree:
    committee = await make_org(kind=OrgKind.COMMITTEE)
    a = await make_org(parent=committee)
    b = await make_org(parent=committee)
    return Tree(
        committee, a, b, await admin_headers(client, committee), await admin_headers(client, a), await admin_headers(client, b)
    )


def proposal(org_id: int, **extra: Any) -> dict[str, Any]:
    return {
        "org_id": org_id,
        "title": "红色物业暖民心",
        "goal": "投诉下降一半",
        "measures": ["党员认领楼栋"],
        "indicators": [
            {"name": "解决问题", "unit": "件", "target": 40, "weight": 3},
            {"name": "投诉件数", "unit": "件", "target": 10, "weight": 1, "higher_is_better": False},
        ],
        "budget": 12000.5,
        "period_start": "2026-01-01",
        "period_end": "2026-12-31",
        **extra,
    }


async def call(client: TestClient, method: str, path: str, headers: dict[str, str], status: int, **kw: Any) -> Any:
    resp = await client.request(method, path, headers=headers, **kw)
    body = await resp.json()
    assert resp.status == status, body
    return body


async def propose(client: TestClient, headers: dict[str, str], org_id: int, **extra: Any) -> int:
    body = await call(client, "POST", "/api/v1/projects", headers, 201, json=proposal(org_id, **extra))
    assert body["stage"] == "proposed"
    return int(body["id"])
