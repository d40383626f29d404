"""Builders for supervision tests: a committee with branches, teams with console members, findings, ticket steps."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from aiohttp.test_utils import TestClient

from miniapp_api.orgs.models import Organization, OrgKind
from tests.factories import admin_headers, make_org

_names = itertools.count(1)


@dataclass
class World:
    """党委 C (支部 A, B, D, E, F, G) and another 党委 X with 支部 Y; admins made on first use."""

    client: TestClient
    committee: Organization
    branches: list[Organization]
    other: Organization
    other_branch: Organization
    _headers: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def a(self) -> Organization:
        return self.branches[0]

    @property
    def b(self) -> Organization:
        return self.branches[1]

    async def admin(self, key: str, org: Organization | None = None) -> dict[str, str]:
        """Headers of a named admin (`org` on first use; the committee's by default)."""
        if key not in self._headers:
            self._headers[key] = await admin_headers(self.client, org or self.committee)
        return self._headers[key]

    async def user_id(self, headers: dict[str, str]) -> int:
        resp = await self.client.get("/api/v1/me", headers=headers)
        assert resp.status == 200, await resp.text()
        return int((await resp.json())["id"])

    async def team(self, *members: dict[str, str], committee: Organization | None = None) -> dict[str, Any]:
        """A team of the committee whose members act through the given admins' accounts."""
        body = {
            "committee_id": (committee or self.committee).id,
            "name": f"督查专班{next(_names)}",
            "members": [
                {
                    "name": f"成员{i}",
                    "department": "纪检" if i else "组织",
                    "duty": "组长" if not i else "成员",
                    "user_id": await self.user_id(h),
                }
                for i, h in enumerate(members)
            ],
        }
        resp = await self.client.post("/api/v1/supervision/teams", json=body, headers=members[0])
        assert resp.status == 201, await resp.text()
        return dict(await resp.json())

    async def inspection(self, headers: dict[str, str], team_id: int, **extra: Any) -> dict[str, Any]:
        body = {"team_id": team_id, "kind": "special", "title": "三会一课专项检查", "org_ids": [self.a.id, self.b.id], **extra}
        resp = await self.client.post("/api/v1/supervision/inspections", json=body, headers=headers)
        assert resp.status == 201, await resp.text()
        return dict(await resp.json())

    async def finding(
        self, headers: dict[str, str], inspection_id: int, org: Organization | None = None, **extra: Any
    ) -> dict[str, Any]:
        body = {"org_id": (org or self.a).id, "title": "支委会记录不全", "description": "10 月无记录", **extra}
        resp = await self.client.post(f"/api/v1/supervision/inspections/{inspection_id}/findings", json=body, headers=headers)
        assert resp.status == 201, await resp.text()
        return dict(await resp.json())

    async def ticket_step(self, ticket_id: int, action: str, **body: Any) -> dict[str, Any]:
        """The inspected branch's admin acts on its ticket (the existing rectification flow)."""
        resp = await self.client.post(
            f"/api/v1/rectifications/{ticket_id}/actions",
            json={"action": action, **body},
            headers=await self.admin("branch", self.a),
        )
        assert resp.status == 200, await resp.text()
        return dict(await resp.json())

    async def rectify(self, ticket_id: int, *, close: bool = False) -> None:
        """Bring the ticket to 待回访 (verify if still pending, resolve), and to 已办结 when `close`."""
        ticket = await self.client.get(f"/api/v1/rectifications/{ticket_id}", headers=await self.admin("branch", self.a))
        status = (await ticket.json())["status"]
        if status == "pending":
            await self.ticket_step(ticket_id, "verify", disposal="deadline", note="情况属实")
        await self.ticket_step(ticket_id, "resolve", note="已补齐记录")
        if close:
            await self.ticket_step(ticket_id, "close", note="办结")

    async def recheck(self, headers: dict[str, str], finding_id: int, result: str) -> Any:
        return await self.client.post(
            f"/api/v1/supervision/findings/{finding_id}/recheck", headers=headers, json={"result": result, "note": "复查意见"}
        )


async def make_world(client: TestClient) -> World:
    committee = await make_org(f"党委{next(_names)}", OrgKind.COMMITTEE)
    branches = [await make_org(f"支部{c}{next(_names)}", OrgKind.BRANCH, committee) for c in "ABDEFG"]
    other = await make_org(f"党委X{next(_names)}", OrgKind.COMMITTEE)
    return World(client, committee, branches, other, await make_org(f"支部Y{next(_names)}", OrgKind.BRANCH, other))
