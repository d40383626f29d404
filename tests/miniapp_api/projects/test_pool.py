"""认领制 over HTTP: a committee publishes, a branch claims once; a second claim, by anyone, is 409 — also when
two claims race."""

from __future__ import annotations

import asyncio

from aiohttp.test_utils import TestClient

from miniapp_api.projects.models import Project
from tests.miniapp_api.projects.helpers import call, make_tree, proposal


async def _publish(client: TestClient, headers: dict[str, str], org_id: int) -> int:
    body = proposal(org_id, title="志愿服务进小区")
    body.pop("depends_on", None)
    out = await call(client, "POST", "/api/v1/projects/pool", headers, 201, json=body)
    assert out["stage"] == "pool"
    return int(out["id"])


async def test_a_branch_claims_a_pool_project_once(client: TestClient) -> None:
    t = await make_tree(client)
    pid = await _publish(client, t.admin_c, t.committee.id)
    pool_a = await call(client, "GET", "/api/v1/projects/pool", t.admin_a, 200)
    assert [p["id"] for p in pool_a["items"]] == [pid]
    assert (await call(client, "GET", "/api/v1/projects", t.admin_c, 200))["total"] == 0  # the pool is listed apart

    # the publisher cannot claim its own project; B cannot claim for A
    err = await call(client, "POST", f"/api/v1/projects/{pid}/claim", t.admin_c, 403, json={"org_id": t.committee.id})
    assert err["error"]["code"] == "projects.claim_outside_publisher"
    await call(client, "POST", f"/api/v1/projects/{pid}/claim", t.admin_b, 403, json={"org_id": t.a.id})

    out = await call(client, "POST", f"/api/v1/projects/{pid}/claim", t.admin_a, 200, json={"org_id": t.a.id})
    assert (out["stage"], out["org_id"], out["is_claimed"], out["supervisor_org_id"]) == (
        "approved",
        t.a.id,
        True,
        t.committee.id,
    )
    err = await call(client, "POST", f"/api/v1/projects/{pid}/claim", t.admin_a, 409, json={"org_id": t.a.id})
    assert err["error"]["code"] == "projects.claimed_twice"
    err = await call(client, "POST", f"/api/v1/projects/{pid}/claim", t.admin_b, 409, json={"org_id": t.b.id})
    assert err["error"]["code"] == "projects.already_claimed"
    assert (await call(client, "GET", "/api/v1/projects/pool", t.admin_b, 200))["total"] == 0
    # the publisher supervises the claimed project
    await call(
        client, "POST", f"/api/v1/projects/{pid}/milestones", t.admin_a, 201, json={"title": "首次活动", "done_on": "2026-05-01"}
    )
    await call(client, "POST", f"/api/v1/projects/{pid}/notes", t.admin_c, 201, json={"note": "继续保持"})


async def test_two_simultaneous_claims_one_wins(client: TestClient) -> None:
    t = await make_tree(client)
    pid = await _publish(client, t.admin_c, t.committee.id)
    results = await asyncio.gather(
        *[
            client.post(f"/api/v1/projects/{pid}/claim", json={"org_id": org.id}, headers=h)
            for org, h in ((t.a, t.admin_a), (t.b, t.admin_b), (t.a, t.admin_c), (t.b, t.admin_c))
        ]
    )
    statuses = sorted(r.status for r in results)
    assert statuses == [200, 409, 409, 409]
    codes = {(await r.json())["error"]["code"] for r in results if r.status == 409}
    assert codes <= {"projects.already_claimed", "projects.claimed_twice"}
    project = await Project.get(id=pid)
    assert project.is_claimed and project.org_id in (t.a.id, t.b.id)
