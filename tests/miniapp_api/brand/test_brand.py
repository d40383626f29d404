"""一组织一品牌 over HTTP: an admin saves the brand (image-checked photos, own projects), the public phone page shows
it without private data, red flags come from the hook or read "暂无", and the committee sees its subtree's brands."""

from __future__ import annotations

from typing import Any

from aiohttp import FormData, web
from aiohttp.test_utils import TestClient

from miniapp_api.audit.models import AuditEntry
from miniapp_api.brand.hooks import RedFlag, register_red_flags
from miniapp_api.brand.models import BrandProfile
from tests.factories import make_member
from tests.images import tiny_png
from tests.miniapp_api.evaluation.helpers import rate
from tests.miniapp_api.projects.helpers import call, make_tree, propose


async def _upload(client: TestClient, headers: dict[str, str], org_id: int, content: bytes, name: str) -> dict[str, Any]:
    form = FormData()
    form.add_field("org_id", str(org_id))
    form.add_field("file", content, filename=name)
    resp = await client.post("/api/v1/evidence", data=form, headers=headers)
    assert resp.status == 201, await resp.text()
    return await resp.json()


def _pdf() -> bytes:
    return b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


async def test_a_brand_is_saved_and_shown_on_the_public_page(client: TestClient) -> None:
    t = await make_tree(client)
    member = await make_member(t.a, "李示范", phone="13912345678")
    photo = await _upload(client, t.admin_a, t.a.id, tiny_png(), "风采.png")
    pdf = await _upload(client, t.admin_a, t.a.id, _pdf(), "材料.pdf")
    pid = await propose(client, t.admin_a, t.a.id)
    body = {"name": "海棠红", "slogan": "服务就在身边", "story": "党员认领楼栋。", "photos": [photo["token"]], "project_ids": []}

    # a PDF is not a photo; a project still waiting for approval is not linkable; B's admin may not save A's brand
    err = await call(client, "PUT", f"/api/v1/brands/{t.a.id}", t.admin_a, 415, json={**body, "photos": [pdf["token"]]})
    assert err["error"]["code"] == "brand.photo_not_image"
    err = await call(client, "PUT", f"/api/v1/brands/{t.a.id}", t.admin_a, 422, json={**body, "project_ids": [pid]})
    assert err["error"]["code"] == "brand.project_not_own"
    await call(client, "PUT", f"/api/v1/brands/{t.a.id}", t.admin_b, 403, json=body)
    assert await BrandProfile.all().count() == 0

    await call(client, "POST", f"/api/v1/projects/{pid}/approve", t.admin_c, 200, json={"decision": "approve"})
    out = await call(client, "PUT", f"/api/v1/brands/{t.a.id}", t.admin_a, 200, json={**body, "project_ids": [pid]})
    assert out["photos"][0]["url"] == f"/brand/{t.a.id}/photos/{photo['token']}"
    assert [p["id"] for p in out["projects"]] == [pid] and out["red_flags"] == []
    assert await AuditEntry.filter(action="brand.save", org_id=t.a.id).count() == 1

    point = await call(
        client,
        "POST",
        "/api/v1/evaluation/points",
        t.admin_a,
        201,
        json={"org_id": t.a.id, "name": "李示范 党员示范岗", "category": "model_post", "member_id": member.id},
    )
    code = await call(client, "POST", f"/api/v1/evaluation/points/{point['id']}/codes", t.admin_a, 201)
    assert (await rate(client, code["token"], 5)).status == 201

    resp = await client.get(f"/brand/{t.a.id}")  # no login
    html = await resp.text()
    assert resp.status == 200, html
    assert "海棠红" in html and "服务就在身边" in html and "红色物业暖民心" in html and "李示范 党员示范岗" in html
    assert "5.0" in html and "暂无" in html  # the rating, and no red flags yet
    assert "13912345678" not in html and "1391" not in html
    assert "default-src 'none'" in resp.headers["Content-Security-Policy"]
    img = await client.get(f"/brand/{t.a.id}/photos/{photo['token']}")
    assert img.status == 200 and img.content_type == "image/png"
    # the public route serves only the brand's own listed photos
    assert (await client.get(f"/brand/{t.a.id}/photos/{pdf['token']}")).status == 404
    assert (await client.get(f"/brand/{t.b.id}/photos/{photo['token']}")).status == 404

    await call(client, "PUT", f"/api/v1/brands/{t.a.id}", t.admin_a, 200, json={**body, "is_published": False})
    assert (await client.get(f"/brand/{t.a.id}")).status == 404
    assert (await client.get(f"/brand/{t.a.id}/photos/{photo['token']}")).status == 404
    assert (await client.get(f"/brand/{t.b.id}")).status == 404


async def test_red_flags_come_from_the_registered_hook(make_client: Any) -> None:
    async def flags(app: web.Application, org_id: int) -> list[RedFlag]:
        return [RedFlag("红旗党支部", "2026年第二季度")]

    client = await make_client(configure=lambda app: register_red_flags(app, flags))
    t = await make_tree(client)
    await call(client, "PUT", f"/api/v1/brands/{t.a.id}", t.admin_a, 200, json={"name": "先锋"})
    html = await (await client.get(f"/brand/{t.a.id}")).text()
    assert "2026年第二季度 红旗党支部" in html


async def test_the_committee_sees_its_subtree_brands_side_by_side(client: TestClient) -> None:
    t = await make_tree(client)
    await call(client, "PUT", f"/api/v1/brands/{t.a.id}", t.admin_a, 200, json={"name": "甲品牌", "slogan": "甲"})
    await call(client, "PUT", f"/api/v1/brands/{t.b.id}", t.admin_b, 200, json={"name": "乙品牌"})
    cards = await call(client, "GET", "/api/v1/brands", t.admin_c, 200)
    by_org = {c["org_id"]: c for c in cards["items"]}
    assert cards["total"] == 3 and by_org[t.committee.id]["has_brand"] is False
    assert (by_org[t.a.id]["name"], by_org[t.b.id]["name"]) == ("甲品牌", "乙品牌")
    mine = await call(client, "GET", "/api/v1/brands", t.admin_a, 200)
    assert [c["org_id"] for c in mine["items"]] == [t.a.id]
    await call(client, "GET", "/api/v1/brands", t.admin_a, 403, params={"org_id": t.b.id})
    await call(client, "GET", f"/api/v1/brands/{t.b.id}", t.admin_a, 403)
    err = await call(client, "GET", f"/api/v1/brands/{t.committee.id}", t.admin_c, 404)
    assert err["error"]["code"] == "brand.not_found"


async def test_the_public_page_is_rate_limited_apart_from_its_photos(client: TestClient) -> None:
    t = await make_tree(client)
    photo = await _upload(client, t.admin_a, t.a.id, tiny_png(), "风采.png")
    await call(client, "PUT", f"/api/v1/brands/{t.a.id}", t.admin_a, 200, json={"name": "先锋", "photos": [photo["token"]]})
    statuses = [(await client.get(f"/brand/{t.a.id}")).status for _ in range(121)]
    assert statuses[:120] == [200] * 120 and statuses[120] == 429
    resp = await client.get(f"/brand/{t.a.id}")
    assert resp.status == 429 and int(resp.headers["Retry-After"]) >= 1
    assert (await client.get(f"/brand/{t.a.id}/photos/{photo['token']}")).status == 200  # photos are counted apart
