"""Driving tickets over HTTP."""

from __future__ import annotations

from typing import Any

from aiohttp import ClientResponse
from aiohttp.test_utils import TestClient


async def act(client: TestClient, ticket_id: int, headers: dict[str, str], action: str, **body: Any) -> ClientResponse:
    return await client.post(f"/api/v1/rectifications/{ticket_id}/actions", headers=headers,
                             json={"action": action, **body})


async def act_ok(client: TestClient, ticket_id: int, headers: dict[str, str], action: str, **body: Any) -> dict[str, Any]:
    resp = await act(client, ticket_id, headers, action, **body)
    assert resp.status == 200, await resp.text()
    return dict(await resp.json())


# The steps that bring a fresh ticket into each state (as the branch admin, appeals decided by the parent).
PATHS: dict[str, list[tuple[str, dict[str, Any]]]] = {
    "pending": [],
    "rectifying": [("verify", {"disposal": "deadline", "note": "情况属实"})],
    "callback": [("verify", {"disposal": "immediate"}), ("resolve", {"note": "已当场整改"})],
    "closed": [("verify", {"disposal": "explain"}), ("resolve", {"note": "已解释说明"}), ("close", {"note": "办结"})],
    "appealing": [("appeal", {"note": "恶意差评，有录像为证"})],
}
