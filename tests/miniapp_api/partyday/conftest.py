"""Builders for party-day tests: a branch with a 党小组, members of each status, an admin, a manual clock."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from aiohttp import ClientWebSocketResponse, WSMsgType
from aiohttp.test_utils import TestClient

from miniapp_api.orgs.models import Member, MemberStatus, Organization, OrgKind
from server.core.clock import ManualClock
from server.core.settings import PartydaySettings, Settings
from tests.factories import admin_headers, make_member, make_org, wechat_headers

# 2026-03-10 09:00 in Beijing.
T0 = datetime(2026, 3, 10, 1, 0, tzinfo=UTC)
TZ = "Asia/Shanghai"


@dataclass
class Branch:
    client: TestClient
    clock: ManualClock
    committee: Organization
    branch: Organization
    group: Organization
    other: Organization
    secretary: Member
    members: list[Member]  # full members of the branch (secretary first), then one of the group
    probationary: Member
    activist: Member
    outsider: Member  # a member of another branch
    admin: dict[str, str]
    _headers: dict[int, dict[str, str]] = field(default_factory=dict)

    async def headers(self, member: Member, client: TestClient | None = None, *, fresh: bool = False) -> dict[str, str]:
        """A member's bearer headers (WeChat stub login + bind); `fresh` logs in again after the clock jumped."""
        if fresh or member.id not in self._headers:
            c = client or self.client
            headers, body = await wechat_headers(c, f"pd-member-{member.id}")
            if body["user"]["member_id"] != member.id:
                resp = await c.post("/api/v1/me/bind", json={"name": member.name, "phone": member.phone}, headers=headers)
                assert resp.status == 200, await resp.text()
                headers = {"Authorization": f"Bearer {(await resp.json())['access_token']}"}
            self._headers[member.id] = headers
        return self._headers[member.id]

    async def relogin(self) -> None:
        """New tokens for the admin and every cached member (access tokens live two hours of clock time)."""
        self.admin = await admin_headers(self.client, self.branch)
        for member_id in list(self._headers):
            member = next(m for m in [*self.expected, self.activist, self.outsider] if m.id == member_id)
            await self.headers(member, fresh=True)

    @property
    def expected(self) -> list[Member]:
        return [*self.members, self.probationary]

    async def meeting(self, *, status: str = "draft", start_in: timedelta = timedelta(hours=1),
                      minutes: int = 60, **overrides: Any) -> dict[str, Any]:
        """Create a meeting through the API and walk it to `status` (draft/published/live)."""
        starts = self.clock.now() + start_in
        body = {"org_id": self.branch.id, "meeting_type": "theme_day", "title": "三月主题党日", "theme": "学习党章",
                "starts_at": starts.isoformat(), "ends_at": (starts + timedelta(minutes=minutes)).isoformat(),
                "mode": "hybrid", "agenda": ["重温入党誓词", "集中学习", "讨论交流"]}
        body.update(overrides)
        resp = await self.client.post("/api/v1/partydays", json=body, headers=self.admin)
        assert resp.status == 201, await resp.text()
        meeting = await resp.json()
        for step, target in (("publish", "published"), ("start", "live")):
            if status == meeting["status"] or (status == "published" and step == "start"):
                break
            resp = await self.client.post(f"/api/v1/partydays/{meeting['id']}/{step}", headers=self.admin)
            assert resp.status == 200, await resp.text()
            data = await resp.json()
            meeting = data.get("meeting", data)
            assert meeting["status"] == target
        return meeting


async def build_branch(client: TestClient, clock: ManualClock) -> Branch:
    committee = await make_org(kind=OrgKind.COMMITTEE)
    branch = await make_org(kind=OrgKind.BRANCH, parent=committee)
    group = await make_org(kind=OrgKind.GROUP, parent=branch)
    other = await make_org(kind=OrgKind.BRANCH, parent=committee)
    secretary = await make_member(branch, "书记甲", posts=["书记"])
    members = [secretary, await make_member(branch, posts=["组织委员"]), await make_member(branch),
               await make_member(group)]
    return Branch(
        client=client, clock=clock, committee=committee, branch=branch, group=group, other=other,
        secretary=secretary, members=members,
        probationary=await make_member(branch, status=MemberStatus.PROBATIONARY),
        activist=await make_member(branch, status=MemberStatus.ACTIVIST),
        outsider=await make_member(other), admin=await admin_headers(client, branch),
    )


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(T0)


@pytest.fixture
def pd_settings(make_settings: Any) -> Settings:
    # The server's zone (LOCAL_TIMEZONE) is explicit: local dates in these tests are Beijing dates.
    return make_settings(local_timezone=TZ, partyday=PartydaySettings(room_presence_flush_s=0.05))


@pytest.fixture
async def pd(make_client: Any, pd_settings: Settings, clock: ManualClock) -> Branch:
    client = await make_client(pd_settings, clock=clock)
    return await build_branch(client, clock)


# ---- live-room helpers -------------------------------------------------------------------------


async def join(client: TestClient, meeting_id: int, headers: dict[str, str] | None = None, *,
               token: str | None = None) -> ClientWebSocketResponse:
    """Open the room socket (bearer header, or ?access_token= like a browser) and read the welcome."""
    params = {"access_token": token} if token else None
    ws = await client.ws_connect(f"/api/v1/partydays/{meeting_id}/room", headers=headers, params=params)
    welcome = await next_event(ws, "welcome")
    assert welcome["meeting"]["id"] == meeting_id
    return ws


async def next_event(ws: ClientWebSocketResponse, kind: str, within: float = 3.0,
                     where: Callable[[dict[str, Any]], bool] | None = None) -> dict[str, Any]:
    """The next event of this type (others are skipped)."""
    async with asyncio.timeout(within):
        while True:
            msg = await ws.receive()
            if msg.type is not WSMsgType.TEXT:
                raise AssertionError(f"socket ended while waiting for {kind}: {msg.type} {ws.close_code}")
            event = json.loads(msg.data)
            if event["type"] == kind and (where is None or where(event)):
                return event


async def settle(predicate: Callable[[], Awaitable[bool]], within: float = 3.0) -> None:
    """Wait until the server has processed something asynchronous (a socket's close, say)."""
    async with asyncio.timeout(within):
        while not await predicate():  # noqa: ASYNC110 - polling the database, not an in-process flag
            await asyncio.sleep(0.01)


