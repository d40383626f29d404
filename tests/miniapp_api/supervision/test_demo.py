"""The demo loader: a team, a random inspection with a finding awaiting re-check, two observers; idempotent."""

from __future__ import annotations

from aiohttp.test_utils import TestClient

from miniapp_api.accounts import demo as accounts_demo
from miniapp_api.orgs import demo as base_demo
from miniapp_api.supervision.demo import load_demo
from miniapp_api.supervision.models import Finding, Inspection, Observer
from server.core.appkeys import CLOCK, SETTINGS
from server.core.domains import DemoContext
from tests.factories import login


async def test_demo_shows_a_finding_awaiting_its_recheck(client: TestClient) -> None:
    app = client.app
    assert app is not None
    ctx = DemoContext(settings=app[SETTINGS], now=app[CLOCK].now())
    await base_demo.load_demo(ctx)
    await accounts_demo.load_demo(ctx)
    lines = await load_demo(ctx)
    assert len(lines) == 1 and "awaiting re-check" in lines[0]
    assert await load_demo(ctx) == []  # idempotent
    assert await Inspection.all().count() == 2 and await Finding.all().count() == 1
    assert await Observer.all().count() == 2
    headers = await login(client, "admin", "Dangjian@2026")
    findings = await (await client.get("/api/v1/supervision/findings", headers=headers)).json()
    assert [(f["recheck_state"], f["ticket_status"]) for f in findings["items"]] == [("awaiting_recheck", "callback")]
