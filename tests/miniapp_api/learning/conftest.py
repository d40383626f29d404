"""Fixtures for learning tests: an app on a manual clock, a branch with an admin and a bound member."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from aiohttp.test_utils import TestClient

from miniapp_api.orgs.models import Member, Organization
from server.core.clock import ManualClock
from tests.factories import admin_headers, make_member, make_org, member_headers

START = datetime(2026, 3, 2, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
async def lclient(make_client, clock: ManualClock) -> TestClient:  # type: ignore[no-untyped-def]
    return await make_client(clock=clock)


@dataclass
class Branch:
    org: Organization
    admin: dict[str, str]
    member: Member
    headers: dict[str, str]


@pytest.fixture
async def branch(lclient: TestClient) -> Branch:
    org = await make_org()
    member = await make_member(org)
    return Branch(org, await admin_headers(lclient, org), member, await member_headers(lclient, member))
