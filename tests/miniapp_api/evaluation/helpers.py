"""Builders for evaluation tests: an org tree with admins, points and codes via HTTP, raters, ratings."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from aiohttp import ClientResponse
from aiohttp.test_utils import TestClient

from miniapp_api.evaluation import signing
from miniapp_api.orgs.models import Organization, OrgKind
from tests.conftest import SECRET
from tests.factories import admin_headers, make_org

_names = itertools.count(1)


@dataclass
class Tree:
    """党委 → 总支 → 支部A (→ 小组), and 支部B directly under the 党委; admins are made on first use."""

    client: TestClient
    committee: Organization
    general: Organization
    a: Organization
    b: Organization
    group: Organization
    _headers: dict[str, dict[str, str]] = field(default_factory=dict)

    async def admin(self, key: str) -> dict[str, str]:
        """Bearer headers of an org admin of `key` ("super" for a superadmin)."""
        if key not in self._headers:
            org = None if key == "super" else getattr(self, key)
            self._headers[key] = await admin_headers(self.client, org)
        return self._headers[key]


async def make_tree(client: TestClient) -> Tree:
    committee = await make_org(f"党委{next(_names)}", OrgKind.COMMITTEE)
    general = await make_org(f"总支{next(_names)}", OrgKind.GENERAL_BRANCH, committee)
    a = await make_org(f"支部A{next(_names)}", OrgKind.BRANCH, general)
    b = await make_org(f"支部B{next(_names)}", OrgKind.BRANCH, committee)
    group = await make_org(f"小组{next(_names)}", OrgKind.GROUP, a)
    return Tree(client, committee, general, a, b, group)


async def new_point(client: TestClient, headers: dict[str, str], org: Organization, name: str | None = None,
                    **extra: Any) -> dict[str, Any]:
    resp = await client.post("/api/v1/evaluation/points", headers=headers,
                             json={"org_id": org.id, "name": name or f"窗口{next(_names)}", **extra})
    assert resp.status == 201, await resp.text()
    return dict(await resp.json())


async def new_code(client: TestClient, headers: dict[str, str], point_id: int, **extra: Any) -> dict[str, Any]:
    resp = await client.post(f"/api/v1/evaluation/points/{point_id}/codes", headers=headers, json=extra)
    assert resp.status == 201, await resp.text()
    return dict(await resp.json())


def device(secret: str = SECRET) -> dict[str, str]:
    """A fresh anonymous H5 visitor: a correctly signed device cookie."""
    _, value = signing.new_device_cookie(secret)
    return {"Cookie": f"dj_rater={value}"}


async def rate(client: TestClient, token: str, score: int = 5, *, rater: dict[str, str] | None = None,
               key: str | None = None, **body: Any) -> ClientResponse:
    """Submit a rating as `rater` (a fresh device unless given); the client's own cookie jar is not used."""
    client.session.cookie_jar.clear()
    headers = dict(rater if rater is not None else device())
    if key is not None:
        headers["Idempotency-Key"] = key
    return await client.post(f"/api/v1/evaluation/codes/{token}/ratings", json={"score": score, **body},
                             headers=headers)


async def comment_policy(client: TestClient, headers: dict[str, str], org: Organization,
                         policy: str = "publish_unflagged") -> dict[str, Any]:
    """Set an org's comment policy (publish_unflagged: clean comments go public at once)."""
    resp = await client.put(f"/api/v1/evaluation/orgs/{org.id}/comment-policy", headers=headers, json={"policy": policy})
    assert resp.status == 200, await resp.text()
    return dict(await resp.json())


async def error_code(resp: ClientResponse) -> str:
    return str((await resp.json())["error"]["code"])
