"""The demo loaders of projects and brands: a project at each stage (one evaluated), a pool with a claimed project,
a 书记领办 project and two brand pages that render; loading twice adds nothing."""

from __future__ import annotations

from aiohttp.test_utils import TestClient

from miniapp_api.accounts import demo as accounts_demo
from miniapp_api.brand import demo as brand_demo
from miniapp_api.brand.models import BrandProfile
from miniapp_api.evaluation import demo as evaluation_demo
from miniapp_api.orgs import demo as base_demo
from miniapp_api.projects import demo as projects_demo
from miniapp_api.projects.models import Project, Stage
from server.core.appkeys import SETTINGS
from server.core.domains import DemoContext
from tests.clock import TEST_EPOCH


async def test_demo_projects_and_brands(client: TestClient) -> None:
    ctx = DemoContext(settings=client.app[SETTINGS], now=TEST_EPOCH)
    await base_demo.load_demo(ctx)
    await accounts_demo.load_demo(ctx)
    await evaluation_demo.load_demo(ctx)
    for _ in range(2):
        await projects_demo.load_demo(ctx)
        await brand_demo.load_demo(ctx)
    stages = set(await Project.all().values_list("stage", flat=True))
    assert {Stage.POOL, Stage.PROPOSED, Stage.APPROVED, Stage.IN_PROGRESS, Stage.EVALUATED, Stage.CLOSED} <= stages
    assert await Project.all().count() == 7
    assert await Project.filter(is_claimed=True).count() == 1 and await Project.filter(stage=Stage.POOL).count() == 1
    assert await Project.filter(is_secretary_led=True).count() >= 2
    evaluated = await Project.get(stage=Stage.EVALUATED)
    assert evaluated.score is not None and evaluated.previous_id is not None and evaluated.carried_lessons
    assert await BrandProfile.all().count() == 2
    for key in ("b_service", "b_community"):
        resp = await client.get(f"/brand/{ctx.orgs[key]}")
        html = await resp.text()
        assert resp.status == 200 and "党建项目" in html and "暂无" in html  # no red flags in the demo
    service_page = await (await client.get(f"/brand/{ctx.orgs['b_service']}")).text()
    assert "党员先锋岗" in service_page and "优秀" in service_page
