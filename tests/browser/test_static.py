"""The console's static files are served, and every script index.html names exists (no browser needed)."""

from __future__ import annotations

import re

from aiohttp.test_utils import TestClient


async def test_admin_page_and_every_script_it_loads_are_served(client: TestClient) -> None:
    resp = await client.get("/admin")
    assert resp.status == 200
    assert resp.headers["Cache-Control"] == "no-cache"
    html = await resp.text()
    assets = re.findall(r'(?:src|href)="(/static/[^"]+)"', html)
    assert "/static/admin/app.js" in assets and "/static/admin/pages/orgs.js" in assets
    assert assets.index("/static/admin/app.js") < min(assets.index(a) for a in assets if "/pages/" in a)
    for asset in assets:
        got = await client.get(asset)
        assert got.status == 200, asset


async def test_root_redirects_to_the_console(client: TestClient) -> None:
    resp = await client.get("/", allow_redirects=False)
    assert resp.status == 302
    assert resp.headers["Location"] == "/admin"
