"""Helpers of the 发展党员 tests: a branch with full members, an applicant, and a schedule that obeys every rule."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from aiohttp import ClientResponse
from aiohttp.test_utils import TestClient

from miniapp_api.orgs.models import Member, MemberStatus, Organization
from tests.factories import admin_headers, make_member, make_org

VOTE = {"eligible": 9, "present": 7, "in_favour": 6}

# The test app's today is 2026-06-15 (Asia/Shanghai). Every gap below keeps the 细则's intervals.
SCHEDULE: list[tuple[str, str, dict[str, Any]]] = [
    ("application", "2024-01-02", {}),
    ("talk", "2024-01-20", {}),
    ("activist", "2024-02-01", {}),
    ("contacts", "2024-02-05", {"contacts": True}),
    ("review", "2024-08-01", {}),
    ("review", "2025-01-20", {}),
    ("publicity", "2025-03-03", {"publicity_end": "2025-03-07"}),  # Mon–Fri: five working days
    ("candidate", "2025-03-10", {}),
    ("sponsors", "2025-03-12", {"sponsors": True}),
    ("political_review", "2025-03-20", {}),
    ("training", "2025-03-25", {"hours": 24}),
    ("pre_review", "2025-04-01", {}),
    ("branch_meeting", "2025-04-15", {"vote": VOTE}),
    ("committee_talk", "2025-04-20", {}),
    ("approval", "2025-05-10", {}),
    ("oath", "2025-05-20", {}),
    ("full_application", "2026-04-01", {}),
    ("full_meeting", "2026-04-16", {"vote": VOTE}),
    ("full_approval", "2026-05-01", {}),
]


@dataclass
class Branch:
    client: TestClient
    org: Organization
    headers: dict[str, str]
    full: list[Member]

    async def applicant(self, name: str = "申请人") -> Member:
        return await make_member(self.org, name, status=MemberStatus.APPLICANT)

    def body(self, key: str, done_at: str, extra: dict[str, Any]) -> dict[str, Any]:
        body: dict[str, Any] = {"key": key, "done_at": done_at, "note": ""}
        for name, value in extra.items():
            if name == "contacts":
                body["contact_ids"] = [self.full[0].id]
            elif name == "sponsors":
                body["sponsor_ids"] = [self.full[0].id, self.full[1].id]
            else:
                body[name] = value
        return body

    async def step(
        self, member: Member, key: str, done_at: str, headers: dict[str, str] | None = None, **extra: Any
    ) -> ClientResponse:
        return await self.client.post(
            f"/api/v1/members/{member.id}/development/steps", json=self.body(key, done_at, extra), headers=headers or self.headers
        )

    async def advance(self, member: Member, upto: str, *, including: bool = True, after: str | None = None) -> None:
        """Record the schedule up to (and with `including`, through) the last occurrence of `upto`, starting after
        the last occurrence of `after` (from the beginning without it)."""
        last = max(i for i, (k, _, _) in enumerate(SCHEDULE) if k == upto)
        first = max(i for i, (k, _, _) in enumerate(SCHEDULE) if k == after) + 1 if after else 0
        for key, day, extra in SCHEDULE[first : last + 1 if including else last]:
            resp = await self.client.post(
                f"/api/v1/members/{member.id}/development/steps", json=self.body(key, day, extra), headers=self.headers
            )
            assert resp.status == 201, (key, await resp.text())


async def make_branch(client: TestClient) -> Branch:
    org = await make_org()
    full = [await make_member(org, f"正式{i}") for i in range(3)]
    return Branch(client, org, await admin_headers(client, org), full)


async def refused(resp: ClientResponse, status: int, code: str) -> dict[str, Any]:
    body = await resp.json()
    assert (resp.status, body["error"]["code"]) == (status, code), body
    return body["error"]
