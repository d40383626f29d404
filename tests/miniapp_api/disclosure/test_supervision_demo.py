"""The demo loaders of the three supervision sources: every demo branch has figures, not all equal; idempotent."""

from __future__ import annotations

from datetime import date
from typing import Any

from miniapp_api.disclosure import demo as disclosure_demo
from miniapp_api.disclosure.models import DisclosureItem
from miniapp_api.orgs import demo as base_demo
from miniapp_api.standards import demo as standards_demo
from miniapp_api.standards.models import StandardAssessment
from miniapp_api.volunteer import demo as volunteer_demo
from miniapp_api.volunteer.models import VolunteerActivity
from server.core.appkeys import SETTINGS
from server.core.domains import DemoContext
from server.core.indicators import sources_of, warnings_of
from tests.clock import TEST_EPOCH

BRANCHES = ("b_service", "b_community", "b_office", "b_park")


async def test_demo_data_gives_every_branch_figures_and_loads_once(client: Any) -> None:
    app = client.app
    ctx = DemoContext(settings=app[SETTINGS], now=TEST_EPOCH)  # 2026-06-15 in Beijing: the second quarter
    await base_demo.load_demo(ctx)
    for loader in (disclosure_demo.load_demo, standards_demo.load_demo, volunteer_demo.load_demo):
        assert await loader(ctx)
    counts = (await DisclosureItem.all().count(), await StandardAssessment.all().count(), await VolunteerActivity.all().count())
    for loader in (disclosure_demo.load_demo, standards_demo.load_demo, volunteer_demo.load_demo):
        await loader(ctx)
    assert counts == (
        await DisclosureItem.all().count(),
        await StandardAssessment.all().count(),
        await VolunteerActivity.all().count(),
    )

    ids = [ctx.orgs[k] for k in BRANCHES]
    sources = sources_of(app)
    for key, first, last in (
        ("disclosure.timeliness", date(2026, 1, 1), date(2026, 3, 31)),
        ("disclosure.timeliness", date(2026, 4, 1), date(2026, 6, 30)),
        ("standards.compliance", date(2026, 4, 1), date(2026, 6, 30)),
        ("volunteer.participation", date(2026, 4, 1), date(2026, 6, 30)),
    ):
        values = await sources[key](app, ids, first, last)
        assert set(values) == set(ids), key
        assert len({v.numerator / v.denominator for v in values.values()}) > 1, key  # the demo shows differences
    warnings = await warnings_of(app)["disclosure.overdue"](app, ids, date(2026, 6, 15))
    assert any(w.org_id == ctx.orgs["b_office"] for w in warnings)
