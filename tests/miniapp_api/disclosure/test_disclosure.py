"""党务公开: quarterly and event items, publishing, timeliness as the assessment reads it, warnings, the public page."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from aiohttp import FormData
from aiohttp.test_utils import TestClient

from miniapp_api.disclosure import service
from miniapp_api.disclosure.models import DisclosureItem
from miniapp_api.orgs.models import OrgKind
from server.core.appkeys import SETTINGS
from server.core.clock import ManualClock
from server.core.indicators import sources_of, warnings_of
from tests.factories import admin_headers, make_org
from tests.images import tiny_png

# 2026-05-20 10:00 in Beijing: the second quarter; its regular items are due 2026-04-16.
T0 = datetime(2026, 5, 20, 2, 0, tzinfo=UTC)


async def _setup(make_client: Any) -> tuple[TestClient, ManualClock, Any, Any, Any, dict[str, str]]:
    clock = ManualClock(T0)
    client = await make_client(clock=clock)
    committee = await make_org(kind=OrgKind.COMMITTEE)
    a = await make_org(kind=OrgKind.BRANCH, parent=committee)
    b = await make_org(kind=OrgKind.BRANCH, parent=committee)
    return client, clock, committee, a, b, await admin_headers(client, a)


async def _items(client: TestClient, headers: dict[str, str], org_id: int) -> list[dict[str, Any]]:
    resp = await client.get("/api/v1/disclosure/items", params={"org_id": org_id, "page_size": 100}, headers=headers)
    assert resp.status == 200, await resp.text()
    return list((await resp.json())["items"])


async def test_quarterly_items_are_registered_and_timeliness_counts_on_time_publications(make_client: Any) -> None:
    client, _clock, committee, a, b, admin_a = await _setup(make_client)
    items = await _items(client, admin_a, a.id)
    assert {i["kind"] for i in items} == {"work_plan", "dues"}
    assert all(i["period_key"] == "2026-Q2" and i["due_on"] == "2026-04-16" and i["is_overdue"] for i in items)
    assert len(await _items(client, admin_a, a.id)) == 2  # registering is idempotent

    plan = next(i for i in items if i["kind"] == "work_plan")
    resp = await client.post(f"/api/v1/disclosure/items/{plan['id']}/publish", json={"body": "本季度工作计划……"}, headers=admin_a)
    assert resp.status == 200, await resp.text()
    out = await resp.json()
    assert out["status"] == "published" and out["is_on_time"] is False  # published 2026-05-20, due 04-16
    again = await client.post(f"/api/v1/disclosure/items/{plan['id']}/publish", json={"body": "再来"}, headers=admin_a)
    assert again.status == 409 and (await again.json())["error"]["code"] == "disclosure.already_published"

    # an event registered yesterday, due in 5 days: published today, on time
    resp = await client.post(
        "/api/v1/disclosure/items",
        json={"org_id": a.id, "kind": "development", "title": "发展对象公示", "event_on": "2026-05-19"},
        headers=admin_a,
    )
    assert resp.status == 201, await resp.text()
    event = await resp.json()
    assert event["due_on"] == "2026-05-24" and not event["is_overdue"]
    resp = await client.post(f"/api/v1/disclosure/items/{event['id']}/publish", json={"body": "张三等 2 名同志"}, headers=admin_a)
    assert (await resp.json())["is_on_time"] is True

    source = sources_of(client.app)["disclosure.timeliness"]
    values = await source(client.app, [a.id, b.id, committee.id], date(2026, 4, 1), date(2026, 6, 30))
    va = values[a.id]
    assert (va.numerator, va.denominator) == (1, 3)  # plan late, dues never, event on time
    assert set(va.refs) == {i["id"] for i in items} | {event["id"]}
    assert b.id not in values and committee.id not in values  # nothing registered for them: 无数据
    none_yet = await source(client.app, [a.id], date(2026, 7, 1), date(2026, 9, 30))
    assert a.id not in none_yet


async def test_an_item_not_yet_due_is_not_counted_and_an_overdue_one_warns(make_client: Any) -> None:
    client, clock, _committee, a, b, admin_a = await _setup(make_client)
    resp = await client.post(
        "/api/v1/disclosure/items",
        json={"org_id": a.id, "kind": "appraisal", "title": "民主评议结果", "event_on": "2026-05-18"},
        headers=admin_a,
    )
    item = await resp.json()
    source = sources_of(client.app)["disclosure.timeliness"]
    assert a.id not in await source(client.app, [a.id], date(2026, 5, 21), date(2026, 6, 30))  # due 05-28, not yet
    warn = warnings_of(client.app)["disclosure.overdue"]
    assert await warn(client.app, [a.id], date(2026, 5, 28)) == []
    clock.advance(9 * 86400)  # 2026-05-29: overdue
    warnings = await warn(client.app, [a.id, b.id], date(2026, 5, 29))
    assert [(w.org_id, w.refs) for w in warnings] == [(a.id, (item["id"],))]
    value = (await source(client.app, [a.id], date(2026, 5, 21), date(2026, 6, 30)))[a.id]
    assert (value.numerator, value.denominator) == (0, 1)


async def test_outsiders_are_refused_and_nothing_changes(make_client: Any) -> None:
    client, _clock, _committee, a, b, admin_a = await _setup(make_client)
    item = (await _items(client, admin_a, a.id))[0]
    admin_b = await admin_headers(client, b)
    resp = await client.post(f"/api/v1/disclosure/items/{item['id']}/publish", json={"body": "冒名"}, headers=admin_b)
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "orgs.out_of_scope"
    resp = await client.get("/api/v1/disclosure/items", params={"org_id": a.id}, headers=admin_b)
    assert resp.status == 403
    resp = await client.post(
        "/api/v1/disclosure/items",
        json={"org_id": a.id, "kind": "development", "title": "x", "event_on": "2026-05-19"},
        headers=admin_b,
    )
    assert resp.status == 403
    resp = await client.post(
        "/api/v1/disclosure/items",
        json={"org_id": a.id, "kind": "work_plan", "title": "x", "event_on": "2026-05-19"},
        headers=admin_a,
    )
    assert resp.status == 400 and (await resp.json())["error"]["code"] == "disclosure.not_event_kind"
    assert (await DisclosureItem.get(id=item["id"])).status == "due"


async def test_an_attachment_must_be_the_orgs_own_evidence_and_a_refusal_saves_nothing(make_client: Any) -> None:
    client, _clock, _committee, a, b, admin_a = await _setup(make_client)
    item = (await _items(client, admin_a, a.id))[0]
    admin_b = await admin_headers(client, b)
    form = FormData()
    form.add_field("file", tiny_png(), filename="b.png", content_type="image/png")
    theirs = await (await client.post("/api/v1/evidence", data=form, headers=admin_b)).json()
    resp = await client.post(
        f"/api/v1/disclosure/items/{item['id']}/publish",
        json={"body": "内容", "evidence_token": theirs["token"]},
        headers=admin_a,
    )
    assert resp.status == 400 and (await resp.json())["error"]["code"] == "evidence.foreign"
    assert (await DisclosureItem.get(id=item["id"])).status == "due"
    form = FormData()
    form.add_field("file", b"#!/bin/sh\necho hi\n", filename="x.pdf", content_type="application/pdf")
    bad = await client.post("/api/v1/evidence", data=form, headers=admin_a)
    assert bad.status == 415 and (await bad.json())["error"]["code"] == "evidence.bad_type"
    form = FormData()
    form.add_field("file", tiny_png(), filename="会议照片.png", content_type="image/png")
    form.add_field("org_id", str(a.id))
    mine = await (await client.post("/api/v1/evidence", data=form, headers=admin_a)).json()
    resp = await client.post(
        f"/api/v1/disclosure/items/{item['id']}/publish", json={"body": "内容", "evidence_token": mine["token"]}, headers=admin_a
    )
    assert resp.status == 200 and (await resp.json())["attachment"] == "会议照片.png"


async def test_the_public_page_shows_published_items_only_without_login_and_is_rate_limited(make_client: Any) -> None:
    client, _clock, _committee, a, _b, admin_a = await _setup(make_client)
    items = await _items(client, admin_a, a.id)
    await client.post(
        f"/api/v1/disclosure/items/{items[0]['id']}/publish", json={"title": "公开的计划", "body": "正文甲"}, headers=admin_a
    )
    page = await client.get(f"/h5/disclosure/{a.id}")
    html = await page.text()
    assert page.status == 200 and "公开的计划" in html and "正文甲" in html and items[1]["title"] not in html
    assert "nonce-" in page.headers["Content-Security-Policy"]
    data = await (await client.get(f"/api/v1/disclosure/orgs/{a.id}/public")).json()
    assert [i["title"] for i in data["items"]] == ["公开的计划"]
    missing = await client.get("/api/v1/disclosure/orgs/999999/public")
    assert missing.status == 404
    statuses = [
        (await client.get(f"/api/v1/disclosure/orgs/{a.id}/public")).status for _ in range(service.PUBLIC_LIMIT_PER_MINUTE)
    ]
    assert statuses[-1] == 429
    limited = await client.get(f"/h5/disclosure/{a.id}")
    assert limited.status == 429 and "Retry-After" in limited.headers


async def test_other_domains_publish_programmatically(make_client: Any) -> None:
    client, clock, _committee, a, _b, admin_a = await _setup(make_client)
    zone = client.app[SETTINGS].zone
    item = await service.publish_item(
        a.id, "dues", "2026年第二季度党费收缴使用情况", "应缴 100 元，实缴 100 元", now=clock.now(), zone=zone
    )
    assert item.period_key == "2026-Q2" and item.status == "published"
    event = await service.publish_item(a.id, "development", "接收预备党员公示", "李四", now=clock.now(), zone=zone)
    assert event.event_on == date(2026, 5, 20) and event.due_on == date(2026, 5, 20) + timedelta(days=5)
    group = await make_org(kind=OrgKind.GROUP, parent=a)  # not asked to publish regularly, may still publish
    grouped = await service.publish_item(group.id, "work_plan", "小组学习计划", "每月学习一次", now=clock.now(), zone=zone)
    assert grouped.status == "published" and grouped.due_on == date(2026, 4, 16)
    titles = {i["title"] for i in await _items(client, admin_a, a.id) if i["status"] == "published"}
    assert titles == {"2026年第二季度党费收缴使用情况", "接收预备党员公示"}
