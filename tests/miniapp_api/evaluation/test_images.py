"""QR images (decoded by a real scanner), caching, the A4 print sheet and the WeChat mini-program code."""

from __future__ import annotations

import io
from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from PIL import Image

from miniapp_api.audit.models import AuditEntry
from miniapp_api.evaluation.state import QR_CACHE
from server.core.appkeys import REDIS
from server.core.settings import Settings
from tests.fakes import FakeWeChat
from tests.miniapp_api.evaluation.helpers import Tree, error_code, make_tree, new_code, new_point


def _decode(png: bytes) -> list[str]:
    try:
        from pyzbar.pyzbar import decode
    except (ImportError, OSError):  # pyzbar present but the zbar shared library missing
        pytest.skip("zbar is not installed (apt-get install libzbar0)")
    return [symbol.data.decode() for symbol in decode(Image.open(io.BytesIO(png)))]


@pytest.mark.parametrize("size", [None, 256, 1024])
async def test_png_decodes_to_the_code_url(client: TestClient, code: dict[str, Any], size: int | None) -> None:
    query = f"?size={size}" if size else ""
    resp = await client.get(f"/api/v1/evaluation/codes/{code['token']}/qr.png{query}")
    assert resp.status == 200 and resp.content_type == "image/png"
    png = await resp.read()
    assert Image.open(io.BytesIO(png)).size == ((size or 512),) * 2
    assert _decode(png) == [code["url"]]


async def test_svg_is_a_scalable_qr(client: TestClient, code: dict[str, Any]) -> None:
    resp = await client.get(f"/api/v1/evaluation/codes/{code['token']}/qr.svg")
    assert resp.status == 200 and resp.content_type == "image/svg+xml"
    svg = await resp.text()
    assert svg.startswith("<svg") and "viewBox" in svg and "<path" in svg


async def test_repeat_requests_are_served_from_the_cache_with_etag(client: TestClient, code: dict[str, Any]) -> None:
    cache = client.app[QR_CACHE]  # type: ignore[index]
    url = f"/api/v1/evaluation/codes/{code['token']}/qr.png?size=300"
    first = await client.get(url)
    hits = cache.hits
    second = await client.get(url)
    assert cache.hits == hits + 1
    assert await first.read() == await second.read()
    etag = first.headers["ETag"]
    assert "max-age" in first.headers["Cache-Control"]
    not_modified = await client.get(url, headers={"If-None-Match": etag})
    assert not_modified.status == 304
    bad_size = await client.get(f"/api/v1/evaluation/codes/{code['token']}/qr.png?size=abc")
    assert bad_size.status == 422


async def test_print_sheet_for_one_and_many_points(client: TestClient, tree: Tree, point: dict[str, Any],
                                                  code: dict[str, Any]) -> None:
    headers = await tree.admin("a")
    other = await new_point(client, headers, tree.group, "<script>alert(1)</script>便民服务队", category="team")
    other_code = await new_code(client, headers, other["id"], label="一楼大厅")
    resp = await client.get(f"/api/v1/evaluation/sheet?point_id={point['id']}", headers=headers)
    assert resp.status == 200 and resp.content_type == "text/html"
    html = await resp.text()
    assert "综合受理窗口" in html and tree.a.name in html and "扫码评价" in html and "@page" in html
    assert html.count('class="sheet"') == 1 and "<svg" in html
    many = await (await client.get(f"/api/v1/evaluation/sheet?org_id={tree.a.id}", headers=headers)).text()
    assert many.count('class="sheet"') == 2 and "一楼大厅" in many and tree.group.name in many
    assert "<script>alert(1)</script>" not in many and "&lt;script&gt;" in many
    assert other_code["token"][:6] in many
    outsider = await client.get(f"/api/v1/evaluation/sheet?point_id={point['id']}", headers=await tree.admin("b"))
    assert outsider.status == 403
    assert await AuditEntry.filter(action="evaluation.sheet_print").count() == 2


async def test_wxacode_needs_wechat(client: TestClient, code: dict[str, Any]) -> None:
    resp = await client.get(f"/api/v1/evaluation/codes/{code['token']}/wxacode.png")
    assert resp.status == 503 and await error_code(resp) == "wechat.not_configured"


async def _wechat_code(make_client: Any, settings: Settings) -> tuple[TestClient, dict[str, Any]]:
    client = await make_client(settings)
    tree = await make_tree(client)
    point = await new_point(client, await tree.admin("a"), tree.a)
    return client, await new_code(client, await tree.admin("a"), point["id"])


async def test_wxacode_uses_the_token_as_scene_and_is_cached(
    make_client: Any, wechat_settings: Settings, fake_wechat: FakeWeChat
) -> None:
    client, code = await _wechat_code(make_client, wechat_settings)
    url = f"/api/v1/evaluation/codes/{code['token']}/wxacode.png"
    first = await client.get(url)
    assert first.status == 200 and first.content_type == "image/png"
    assert (await client.get(url)).status == 200
    calls = fake_wechat.calls_to("/wxa/getwxacodeunlimit")
    assert len(calls) == 1 and calls[0]["scene"] == code["token"] and calls[0]["page"]
    assert len(fake_wechat.calls_to("/cgi-bin/token")) == 1
    assert await client.app[REDIS].get("wechat:access_token") == "TOKEN-1"  # type: ignore[index]


async def test_wxacode_refreshes_an_expired_access_token(
    make_client: Any, wechat_settings: Settings, fake_wechat: FakeWeChat
) -> None:
    client, code = await _wechat_code(make_client, wechat_settings)
    fake_wechat.expire_next_token_use = True  # 42001 on the first use
    resp = await client.get(f"/api/v1/evaluation/codes/{code['token']}/wxacode.png")
    assert resp.status == 200
    assert len(fake_wechat.calls_to("/cgi-bin/token")) == 2


async def test_wxacode_refreshes_an_invalid_cached_token(
    make_client: Any, wechat_settings: Settings, fake_wechat: FakeWeChat
) -> None:
    client, code = await _wechat_code(make_client, wechat_settings)
    await client.app[REDIS].set("wechat:access_token", "STALE", ex=600)  # type: ignore[index]
    resp = await client.get(f"/api/v1/evaluation/codes/{code['token']}/wxacode.png")
    assert resp.status == 200  # 40001 → refreshed once → success
    assert await client.app[REDIS].get("wechat:access_token") == "TOKEN-1"  # type: ignore[index]
