"""标准化建设: self-assessment with evidence, confirmation by the parent only, compliance as of a period's end."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from aiohttp import FormData
from aiohttp.test_utils import TestClient

from miniapp_api.orgs.models import OrgKind
from miniapp_api.standards.models import StandardAssessment
from server.core.clock import ManualClock
from server.core.indicators import sources_of
from tests.factories import admin_headers, make_org
from tests.images import tiny_png

T0 = datetime(2026, 6, 20, 2, 0, tzinfo=UTC)  # 2026-06-20 10:00 in Beijing


async def _items(client: TestClient, headers: dict[str, str]) -> dict[str, int]:
    resp = await client.get("/api/v1/standards/items", params={"org_kind": "branch"}, headers=headers)
    assert resp.status == 200, await resp.text()
    return {i["code"]: i["id"] for i in (await resp.json())["items"]}


async def _evidence(client: TestClient, headers: dict[str, str], org_id: int) -> str:
    form = FormData()
    form.add_field("file", tiny_png(), filename="活动室.png", content_type="image/png")
    form.add_field("org_id", str(org_id))
    resp = await client.post("/api/v1/evidence", data=form, headers=headers)
    assert resp.status == 201, await resp.text()
    return str((await resp.json())["token"])


async def test_the_parent_confirms_and_compliance_counts_confirmed_items_as_of_the_period_end(make_client: Any) -> None:
    clock = ManualClock(T0)
    client = await make_client(clock=clock)
    committee = await make_org(kind=OrgKind.COMMITTEE)
    a = await make_org(kind=OrgKind.BRANCH, parent=committee)
    b = await make_org(kind=OrgKind.BRANCH, parent=committee)
    admin_a, admin_c = await admin_headers(client, a), await admin_headers(client, committee)
    items = await _items(client, admin_a)
    assert set(items) == {"org_setup", "leadership", "venue", "systems"}

    token = await _evidence(client, admin_a, a.id)
    resp = await client.post(
        f"/api/v1/standards/orgs/{a.id}/assessments",
        json={"item_id": items["venue"], "is_compliant": True, "evidence_tokens": [token]},
        headers=admin_a,
    )
    assert resp.status == 201, await resp.text()
    venue = await resp.json()
    assert venue["status"] == "pending" and venue["evidence"][0]["filename"] == "活动室.png"
    resp = await client.post(
        f"/api/v1/standards/orgs/{a.id}/assessments",
        json={"item_id": items["systems"], "is_compliant": True, "note": "台账完整"},
        headers=admin_a,
    )
    systems = await resp.json()
    again = await client.post(
        f"/api/v1/standards/orgs/{a.id}/assessments",
        json={"item_id": items["systems"], "is_compliant": True, "note": "再交"},
        headers=admin_a,
    )
    assert again.status == 409 and (await again.json())["error"]["code"] == "standards.already_pending"

    # the org never confirms its own; the committee does
    own = await client.post(f"/api/v1/standards/assessments/{venue['id']}/review", json={"decision": "confirm"}, headers=admin_a)
    assert own.status == 403 and (await own.json())["error"]["code"] == "standards.own_org_review"
    resp = await client.post(f"/api/v1/standards/assessments/{venue['id']}/review", json={"decision": "confirm"}, headers=admin_c)
    assert resp.status == 200 and (await resp.json())["status"] == "confirmed"
    twice = await client.post(f"/api/v1/standards/assessments/{venue['id']}/review", json={"decision": "return"}, headers=admin_c)
    assert twice.status == 409 and (await twice.json())["error"]["code"] == "standards.not_pending"
    resp = await client.post(
        f"/api/v1/standards/assessments/{systems['id']}/review",
        json={"decision": "return", "note": "缺少会议记录"},
        headers=admin_c,
    )
    assert (await resp.json())["status"] == "returned"

    sheet = await (await client.get(f"/api/v1/standards/orgs/{a.id}/checklist", headers=admin_c)).json()
    assert (sheet["met"], sheet["applicable"]) == (1, 4)
    source = sources_of(client.app)["standards.compliance"]
    value = (await source(client.app, [a.id, b.id], date(2026, 4, 1), date(2026, 6, 30)))[a.id]
    assert (value.numerator, value.denominator, value.refs) == (1, 4, (venue["id"],))
    assert b.id not in await source(client.app, [b.id], date(2026, 4, 1), date(2026, 6, 30))  # never assessed
    assert a.id not in await source(client.app, [a.id], date(2026, 1, 1), date(2026, 3, 31))  # nothing by then

    # returned, assessed again and confirmed in the next quarter: Q2 keeps its figure, Q3 counts it
    clock.set(datetime(2026, 7, 10, 2, 0, tzinfo=UTC))
    admin_a, admin_c = await admin_headers(client, a), await admin_headers(client, committee)  # fresh tokens
    resp = await client.post(
        f"/api/v1/standards/orgs/{a.id}/assessments",
        json={"item_id": items["systems"], "is_compliant": True, "note": "已补齐会议记录"},
        headers=admin_a,
    )
    again_id = (await resp.json())["id"]
    resp = await client.post(f"/api/v1/standards/assessments/{again_id}/review", json={"decision": "confirm"}, headers=admin_c)
    assert resp.status == 200, await resp.text()
    q2 = (await source(client.app, [a.id], date(2026, 4, 1), date(2026, 6, 30)))[a.id]
    q3 = (await source(client.app, [a.id], date(2026, 7, 1), date(2026, 9, 30)))[a.id]
    assert (q2.numerator, q3.numerator) == (1, 2)


async def test_self_assessment_rules_and_scope(make_client: Any) -> None:
    client = await make_client(clock=ManualClock(T0))
    committee = await make_org(kind=OrgKind.COMMITTEE)
    a = await make_org(kind=OrgKind.BRANCH, parent=committee)
    b = await make_org(kind=OrgKind.BRANCH, parent=committee)
    admin_a, admin_b, admin_c = (
        await admin_headers(client, a),
        await admin_headers(client, b),
        await admin_headers(client, committee),
    )
    items = await _items(client, admin_a)
    path = f"/api/v1/standards/orgs/{a.id}/assessments"
    body = {"item_id": items["venue"], "is_compliant": True, "note": "有活动室"}

    resp = await client.post(path, json=body, headers=admin_b)
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "orgs.out_of_scope"
    resp = await client.post(path, json=body, headers=admin_c)  # the parent does not self-assess for the branch
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "standards.self_assess_own_only"
    resp = await client.post(path, json={**body, "note": ""}, headers=admin_a)
    assert resp.status == 400 and (await resp.json())["error"]["code"] == "standards.evidence_required"
    theirs = await _evidence(client, admin_b, b.id)
    resp = await client.post(path, json={**body, "evidence_tokens": [theirs]}, headers=admin_a)
    assert resp.status == 400 and (await resp.json())["error"]["code"] == "evidence.foreign"
    assert await StandardAssessment.filter(org_id=a.id).count() == 0  # nothing half-saved

    resp = await client.post(path, json=body, headers=admin_a)
    row = await resp.json()
    resp = await client.post(f"/api/v1/standards/assessments/{row['id']}/review", json={"decision": "confirm"}, headers=admin_b)
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "orgs.out_of_scope"
    resp = await client.get(f"/api/v1/standards/orgs/{a.id}/checklist", headers=admin_b)
    assert resp.status == 403
    resp = await client.post(
        "/api/v1/standards/items", json={"org_kind": "branch", "code": "x1", "name": "新项"}, headers=admin_c
    )
    assert resp.status == 403  # only a superadmin edits the checklist
