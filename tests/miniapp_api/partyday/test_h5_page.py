"""The members' H5 party-day page: served with a strict CSP (one nonce per response), no stub login outside test mode."""

from __future__ import annotations

import re
from typing import Any

from aiohttp.test_utils import TestClient


async def test_the_page_is_served_with_a_nonce_csp_and_the_servers_zone(make_client: Any, make_settings: Any) -> None:
    client: TestClient = await make_client(make_settings(local_timezone="Asia/Shanghai"))
    resp = await client.get("/h5/partyday")
    assert resp.status == 200 and resp.content_type == "text/html"
    csp = resp.headers["Content-Security-Policy"]
    nonce = re.search(r"script-src 'nonce-([^']+)'", csp)
    assert nonce and "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    page = await resp.text()
    assert page.count(f'nonce="{nonce.group(1)}"') == 2  # the one style and the one script
    assert "<script>" not in page and "onclick=" not in page  # nothing inline runs without the nonce
    assert '"Asia/Shanghai"' in page and "我的会议" in page and 'href="/h5/study"' in page
    again = await client.get("/h5/partyday")
    assert again.headers["Content-Security-Policy"] != csp and resp.headers["Cache-Control"] == "no-store"


async def test_without_stub_login_the_page_asks_to_be_opened_from_the_mini_program(make_client: Any,
                                                                                  make_settings: Any) -> None:
    client: TestClient = await make_client(make_settings(wechat_stub_login=False))
    page = await (await client.get("/h5/partyday")).text()
    assert "stub:" not in page and 'id="do-login"' not in page
    assert "请在微信中打开" in page and "#token=" in page
