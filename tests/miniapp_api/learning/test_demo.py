"""The demo loader: courses across topics, months of study, idempotent."""

from __future__ import annotations

from datetime import UTC, datetime

from aiohttp.test_utils import TestClient

from miniapp_api.learning.demo import COURSES, load_demo
from miniapp_api.learning.models import Course, CourseCompletion, LedgerEntry, StudyAssignment, StudyDay
from miniapp_api.orgs.models import OrgKind, OrgType
from server.core.appkeys import SETTINGS
from server.core.domains import DemoContext
from tests.factories import make_member, make_org, member_headers


async def test_demo_loads_courses_and_study_once(client: TestClient) -> None:
    committee = await make_org(kind=OrgKind.COMMITTEE, org_type=OrgType.DEV_ZONE)
    service_branch = await make_org(parent=committee, org_type=OrgType.PUBLIC_INSTITUTION)
    park = await make_org(parent=committee, org_type=OrgType.DEV_ZONE)
    members = {key: [(await make_member(org, posts=["书记"] if i == 0 else [])).id for i in range(4)]
               for key, org in (("b_service", service_branch), ("b_park", park))}
    assert client.app is not None
    ctx = DemoContext(settings=client.app[SETTINGS], now=datetime(2026, 6, 1, tzinfo=UTC),
                      orgs={"committee": committee.id, "b_service": service_branch.id, "b_park": park.id},
                      members=members)
    lines = await load_demo(ctx)
    assert "courses" in lines[0]
    assert await Course.all().count() == len(COURSES)
    assert await StudyDay.filter(day__lt=datetime(2026, 6, 1).date()).count() == await StudyDay.all().count() > 0
    assert await CourseCompletion.exists()
    assert await LedgerEntry.filter(source="offline").count() == 2
    assert await StudyAssignment.filter(source="demo").count() == 2
    assert (await load_demo(ctx))[0].endswith("already present")
    assert await Course.all().count() == len(COURSES)
    park_only = {c.id for c in await Course.all() if c.audience.get("org_types")}
    headers = await member_headers(client, await make_member(service_branch))
    resp = await client.get("/api/v1/learning/courses", headers=headers, params={"page_size": "50"})
    visible = {c["id"] for c in (await resp.json())["items"]}
    assert visible and park_only and not visible & park_only
