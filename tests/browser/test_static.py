"""The console's static files are served, and every script index.html names exists (no browser needed)."""

from __future__ import annotations

import asyncio
import re

from aiohttp.test_utils import TestClient

from tests.factories import admin_headers


async def test_admin_page_and_every_script_it_loads_are_served(client: TestClient) -> None:
    resp = await client.get("/admin")
    assert resp.status == 200
    assert resp.headers["Cache-Control"] == "no-cache"
    html = await resp.text()
    assets = re.findall(r'(?:src|href)="(/(?:static|admin/pages)/[^"?]+)(?:\?v=[0-9a-f]+)?"', html)
    assert "/static/admin/app.js" in assets and "/admin/pages/orgs.js" in assets
    assert assets.index("/static/admin/app.js") < min(assets.index(a) for a in assets if "/pages/" in a)
    for asset in assets:
        got = await client.get(asset)
        assert got.status == 200, asset


async def test_root_redirects_to_the_console(client: TestClient) -> None:
    resp = await client.get("/", allow_redirects=False)
    assert resp.status == 302
    assert resp.headers["Location"] == "/admin"


async def test_concurrent_console_requests_all_succeed(client: TestClient) -> None:
    """A browser loads the page's scripts and API calls in parallel; each request keeps its own DB context."""
    headers = await admin_headers(client)
    paths = ["/static/admin/app.js", "/static/admin/app.css", "/admin/pages/orgs.js", "/api/v1/orgs/tree", "/api/v1/me"] * 5
    responses = await asyncio.gather(*(client.get(p, headers=headers) for p in paths))
    assert [r.status for r in responses] == [200] * len(paths)
