"""The demo loader: points with codes, weeks of ratings, tickets in several states; idempotent."""

from __future__ import annotations

from typing import Any

from aiohttp.test_utils import TestClient

from miniapp_api.accounts import demo as accounts_demo
from miniapp_api.evaluation.demo import load_demo
from miniapp_api.evaluation.models import EvaluationCode, Rating, ServicePoint
from miniapp_api.orgs import demo as base_demo
from miniapp_api.rectification.models import Ticket
from server.core.appkeys import CLOCK, SETTINGS
from server.core.domains import DemoContext
from tests.factories import login


async def test_demo_fills_points_ratings_and_the_inbox(client: TestClient) -> None:
    app = client.app
    assert app is not None
    ctx = DemoContext(settings=app[SETTINGS], now=app[CLOCK].now())  # the app's (pinned) clock: stats count from it
    await base_demo.load_demo(ctx)
    await accounts_demo.load_demo(ctx)
    lines = await load_demo(ctx)
    assert any("ratings over" in line for line in lines)
    points = await ServicePoint.all().count()
    assert points >= 9 and await EvaluationCode.all().count() == points
    ratings = await Rating.all().count()
    assert ratings > 300
    statuses = set(await Ticket.all().values_list("status", flat=True))
    assert {"pending", "rectifying", "closed"} <= statuses
    assert await Ticket.filter(is_overdue=True).exists() and await Ticket.filter(appeal_result="upheld").exists()
    again = await load_demo(ctx)
    assert "ratings already present" in again[-1]
    assert await Rating.all().count() == ratings and await ServicePoint.all().count() == points
    headers = await login(client, "admin", "Dangjian@2026")
    stats: dict[str, Any] = await (await client.get(f"/api/v1/evaluation/stats?org_id={ctx.orgs['committee']}",
                                                    headers=headers)).json()
    assert stats["total"] > 0 and stats["tickets"] > 0 and stats["live"]["total"] == ratings - stats["appeals_upheld"]
