"""The demo loader: a year's lists with signed and unsigned 责任书, accepted, returned and overdue items, a 述职
round and oversight records, as the console reads them; idempotent."""

from __future__ import annotations

from aiohttp.test_utils import TestClient

from miniapp_api.orgs import demo as base_demo
from miniapp_api.responsibility.demo import load_demo
from miniapp_api.responsibility.models import ResponsibilityItem
from server.core.appkeys import SETTINGS
from server.core.domains import DemoContext
from tests.clock import TEST_EPOCH
from tests.factories import admin_headers
from tests.miniapp_api.responsibility.helpers import expect


async def test_the_demo_year_shows_every_state_and_loads_once(client: TestClient) -> None:
    ctx = DemoContext(settings=client.app[SETTINGS], now=TEST_EPOCH)
    await base_demo.load_demo(ctx)
    assert "2026 lists" in (await load_demo(ctx))[0]
    count = await ResponsibilityItem.all().count()
    assert "already" in (await load_demo(ctx))[0] and await ResponsibilityItem.all().count() == count

    headers = await admin_headers(client)
    page = await expect(
        await client.get("/api/v1/responsibility/lists", params={"year": 2026, "page_size": 50}, headers=headers), 200
    )
    by_org = {x["org_id"]: x for x in page["items"]}
    office, service = by_org[ctx.orgs["b_office"]], by_org[ctx.orgs["b_service"]]
    assert office["is_signed"] and not service["is_signed"] and service["overdue_count"] == 1
    detail = await expect(await client.get(f"/api/v1/responsibility/lists/{office['id']}", headers=headers), 200)
    assert {"accepted", "returned", "open"} <= {i["status"] for i in detail["items"]}
    assert all(s["is_current"] for s in detail["signers"])
    reports = await expect(await client.get("/api/v1/responsibility/duty-reports", params={"year": 2026}, headers=headers), 200)
    assert reports["total"] == 3 and all(r["parent_grade"] for r in reports["items"])
    decisions = await expect(await client.get("/api/v1/responsibility/decisions", headers=headers), 200)
    assert [d["corrects_id"] is not None for d in decisions["items"]] == [True, False]
    assert decisions["items"][1]["exemptions"][0]["status"] == "pending"
