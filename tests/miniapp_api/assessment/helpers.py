"""Builders for assessment tests: a committee with three branches, a pinned clock, 学时 and meetings by period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from aiohttp.test_utils import TestClient

from miniapp_api.learning import service as learning
from miniapp_api.orgs.models import Member, Organization, OrgKind
from server.core.appkeys import SETTINGS
from tests.factories import admin_headers, make_member, make_org

# 2026-10-05 10:00 in Beijing: Q3 and its months are over.
NOW = datetime(2026, 10, 5, 2, 0, tzinfo=UTC)


@dataclass
class Tree:
    client: TestClient
    committee: Organization
    a: Organization
    b: Organization
    d: Organization
    members: dict[str, Member]
    admin_c: dict[str, str]
    admin_a: dict[str, str]
    admin_b: dict[str, str]

    def org(self, key: str) -> Organization:
        return {"a": self.a, "b": self.b, "d": self.d, "c": self.committee}[key]


async def make_tree(client: TestClient) -> Tree:
    c = await make_org("考核党委", OrgKind.COMMITTEE)
    a, b, d = [await make_org(f"第{n}支部", OrgKind.BRANCH, c) for n in "一二三"]
    members = {k: await make_member(o) for k, o in (("a", a), ("b", b), ("d", d))}
    return Tree(
        client,
        c,
        a,
        b,
        d,
        members,
        await admin_headers(client, c),
        await admin_headers(client, a),
        await admin_headers(client, b),
    )


async def study(client: TestClient, member: Member, day: date, hours: float) -> None:
    zone = client.app[SETTINGS].zone
    await learning.add_ledger_entry(
        member.id, hours, source="manual", source_id=None, note="测试", at=zone.at(day, time(10, 0)), zone=zone
    )


async def run(client: TestClient, headers: dict[str, str], org_id: int, period: str) -> dict[str, Any]:
    resp = await client.post("/api/v1/assessment/runs", json={"org_id": org_id, "period": period}, headers=headers)
    assert resp.status == 201, await resp.text()
    created = await resp.json()
    assert created["status"] == "done"
    resp = await client.get(f"/api/v1/assessment/runs/{created['id']}", headers=headers)
    assert resp.status == 200, await resp.text()
    return await resp.json()


def by_org(run_out: dict[str, Any]) -> dict[int, dict[str, Any]]:
    return {r["org_id"]: r for r in run_out["results"]}


async def period_id(client: TestClient, headers: dict[str, str], key: str) -> int:
    resp = await client.get("/api/v1/assessment/periods", headers=headers)
    return next(p["id"] for p in (await resp.json())["items"] if p["key"] == key)


async def hold(
    client: TestClient,
    headers: dict[str, str],
    org: Organization,
    meeting_type: str,
    day: date,
    member_ids: list[int],
    attendance: list[dict[str, Any]] | None = None,
) -> int:
    """补录 a meeting held on `day` (10:00 local) through the API; everyone attended unless `attendance` says otherwise."""
    zone = client.app[SETTINGS].zone
    starts = zone.at(day, time(10, 0))
    body = {
        "org_id": org.id,
        "meeting_type": meeting_type,
        "title": f"{day.isoformat()} {meeting_type}",
        "starts_at": starts.isoformat(),
        "ends_at": starts.replace(hour=starts.hour + 1).isoformat(),
        "mode": "offline",
        "member_ids": member_ids,
        "attendance": attendance or [],
    }
    resp = await client.post("/api/v1/partydays/backfill", json=body, headers=headers)
    assert resp.status == 201, await resp.text()
    return int((await resp.json())["id"])


async def compliant_month(client: TestClient, tree: Tree, key: str, month: int) -> None:
    """The branch holds its monthly 主题党日 and 支委会 and its member studies enough."""
    org = tree.org(key)
    ids = [tree.members[key].id]
    await hold(client, tree.admin_c, org, "theme_day", date(2026, month, 8), ids)
    await hold(client, tree.admin_c, org, "branch_committee", date(2026, month, 9), ids)
    await study(client, tree.members[key], date(2026, month, 10), 5)
