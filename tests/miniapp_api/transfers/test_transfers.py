"""组织关系转接 over HTTP: request → approve → accept moves the member atomically; the outside 介绍信; refusals."""

from __future__ import annotations

import asyncio

from aiohttp.test_utils import TestClient

from miniapp_api.audit.models import AuditEntry
from miniapp_api.development.models import DevelopmentEntry
from miniapp_api.orgs.models import Member, MemberStatus, OrgKind
from miniapp_api.transfers.models import Transfer
from tests.factories import admin_headers, make_member, make_org, member_headers

LETTER = {
    "to_org_name": "某市某局机关党委",
    "destination": "某市某局",
    "dues_paid_until": "2026-06",
    "contact_phone": "0871-1234567",
}


async def _world(client: TestClient):  # type: ignore[no-untyped-def]
    committee = await make_org(kind=OrgKind.COMMITTEE)
    a = await make_org(kind=OrgKind.BRANCH, parent=committee)
    b = await make_org(kind=OrgKind.BRANCH, parent=committee)
    return committee, a, b, await admin_headers(client, a), await admin_headers(client, b)


async def test_a_member_moves_only_when_the_receiving_branch_accepts(client: TestClient) -> None:
    """党员教育管理工作条例 第二十五条: the outgoing org stays responsible until the receiving org has taken the member."""
    _, a, b, ha, hb = await _world(client)
    member = await make_member(a, "转接人", status=MemberStatus.APPLICANT)
    await DevelopmentEntry.create(
        member_id=member.id, org_id=a.id, key="application", done_at="2026-01-05", created_at="2026-01-05T00:00:00+00:00"
    )
    resp = await client.post(f"/api/v1/members/{member.id}/transfers", json={"to_org_id": b.id}, headers=ha)
    assert resp.status == 201
    t = await resp.json()
    assert (t["status"], t["from_org_id"], t["to_org_id"]) == ("requested", a.id, b.id)
    second = await client.post(f"/api/v1/members/{member.id}/transfers", json={"to_org_id": b.id}, headers=ha)
    assert (second.status, (await second.json())["error"]["code"]) == (409, "transfers.already_open")
    early = await client.post(f"/api/v1/transfers/{t['id']}/accept", json={}, headers=hb)
    assert (early.status, (await early.json())["error"]["code"]) == (409, "transfers.invalid_state")
    wrong_side = await client.post(f"/api/v1/transfers/{t['id']}/approve", json={}, headers=hb)
    assert (wrong_side.status, (await wrong_side.json())["error"]["code"]) == (403, "orgs.out_of_scope")
    assert (await client.post(f"/api/v1/transfers/{t['id']}/approve", json={}, headers=ha)).status == 200
    assert (await Member.get(id=member.id)).org_id == a.id  # approved, not yet received: still in A
    not_receiving = await client.post(f"/api/v1/transfers/{t['id']}/accept", json={}, headers=ha)
    assert (not_receiving.status, (await not_receiving.json())["error"]["code"]) == (403, "orgs.out_of_scope")
    done = await client.post(f"/api/v1/transfers/{t['id']}/accept", json={"note": "已报到"}, headers=hb)
    assert done.status == 200 and (await done.json())["status"] == "accepted"
    assert (await Member.get(id=member.id)).org_id == b.id
    # the history moves with the member: B now reads the development file A recorded
    dev = await (await client.get(f"/api/v1/members/{member.id}/development", headers=hb)).json()
    assert dev["steps"][0]["done_at"] == "2026-01-05"
    assert (await client.get(f"/api/v1/members/{member.id}", headers=ha)).status == 403
    assert await AuditEntry.filter(action="member.transfer", target_id=str(member.id)).count() == 1
    mine = await (await client.get("/api/v1/me/transfers", headers=await member_headers(client, member))).json()
    assert [x["status"] for x in mine["items"]] == ["accepted"]


async def test_acceptance_is_atomic_and_never_leaves_two_orgs_or_none(client: TestClient) -> None:
    """Two acceptances racing: exactly one moves the member; a member moved meanwhile is not moved again."""
    committee, a, b, ha, hb = await _world(client)
    member = await make_member(a)
    t = await (await client.post(f"/api/v1/members/{member.id}/transfers", json={"to_org_id": b.id}, headers=ha)).json()
    await client.post(f"/api/v1/transfers/{t['id']}/approve", json={}, headers=ha)
    hc = await admin_headers(client, committee)
    answers = await asyncio.gather(*(client.post(f"/api/v1/transfers/{t['id']}/accept", json={}, headers=h) for h in (hb, hc)))
    assert sorted(r.status for r in answers) == [200, 409]
    assert (await Member.get(id=member.id)).org_id == b.id
    # a member moved by hand while a transfer waits: the acceptance fails and nothing changes
    other = await make_member(a)
    c = await make_org(kind=OrgKind.BRANCH, parent=committee)
    t2 = await (await client.post(f"/api/v1/members/{other.id}/transfers", json={"to_org_id": b.id}, headers=ha)).json()
    await client.post(f"/api/v1/transfers/{t2['id']}/approve", json={}, headers=ha)
    await Member.filter(id=other.id).update(org_id=c.id)
    resp = await client.post(f"/api/v1/transfers/{t2['id']}/accept", json={}, headers=hb)
    assert (resp.status, (await resp.json())["error"]["code"]) == (409, "transfers.member_moved")
    assert (await Member.get(id=other.id)).org_id == c.id
    assert (await Transfer.get(id=t2["id"])).status.value == "approved"  # the acceptance was rolled back


async def test_outside_the_platform_needs_the_letter_data(client: TestClient) -> None:
    _, a, _, ha, hb = await _world(client)
    member = await make_member(a, "外转人")
    url = f"/api/v1/members/{member.id}/transfers"
    resp = await client.post(url, json={}, headers=ha)
    error = (await resp.json())["error"]
    assert (resp.status, error["code"]) == (400, "transfers.letter_required")
    assert error["details"]["missing"] == ["to_org_name", "destination", "dues_paid_until", "contact_phone"]
    partial = await client.post(url, json={"letter": {**LETTER, "contact_phone": ""}}, headers=ha)
    assert (partial.status, (await partial.json())["error"]["code"]) == (400, "transfers.letter_required")
    assert await Transfer.filter(member_id=member.id).count() == 0
    t = await (await client.post(url, json={"reason": "工作调动", "letter": LETTER}, headers=ha)).json()
    too_early = await client.get(f"/api/v1/transfers/{t['id']}/letter", headers=ha)
    assert (too_early.status, (await too_early.json())["error"]["code"]) == (409, "transfers.invalid_state")
    approved = await (await client.post(f"/api/v1/transfers/{t['id']}/approve", json={}, headers=ha)).json()
    assert approved["letter_no"] and approved["valid_until"]
    page = await client.get(f"/api/v1/transfers/{t['id']}/letter", headers=ha)
    text = await page.text()
    assert page.status == 200 and "外转人" in text and "某市某局机关党委" in text and "2026-06" in text and "@media print" in text
    assert (await client.get(f"/api/v1/transfers/{t['id']}/letter", headers=hb)).status == 403
    nowhere = await client.post(f"/api/v1/transfers/{t['id']}/accept", json={}, headers=ha)
    assert nowhere.status == 409 and (await Member.get(id=member.id)).org_id == a.id


async def test_bad_targets_rejections_and_other_orgs(client: TestClient) -> None:
    committee, a, b, ha, hb = await _world(client)
    member = await make_member(a)
    url = f"/api/v1/members/{member.id}/transfers"
    for target in (a.id, committee.id):
        resp = await client.post(url, json={"to_org_id": target}, headers=ha)
        assert (resp.status, (await resp.json())["error"]["code"]) == (400, "transfers.bad_target")
    resp = await client.post(url, json={"to_org_id": 999999}, headers=ha)
    assert (resp.status, (await resp.json())["error"]["code"]) == (404, "orgs.not_found")
    resp = await client.post(url, json={"to_org_id": b.id}, headers=hb)
    assert (resp.status, (await resp.json())["error"]["code"]) == (403, "orgs.out_of_scope")
    t = await (await client.post(url, json={"to_org_id": b.id}, headers=ha)).json()
    no_reason = await client.post(f"/api/v1/transfers/{t['id']}/reject", json={}, headers=ha)
    assert (no_reason.status, (await no_reason.json())["error"]["code"]) == (400, "transfers.note_required")
    rejected = await client.post(f"/api/v1/transfers/{t['id']}/reject", json={"note": "信息有误"}, headers=ha)
    assert (await rejected.json())["status"] == "rejected" and (await Member.get(id=member.id)).org_id == a.id
    listing = await (await client.get("/api/v1/transfers", params={"org_id": b.id}, headers=hb)).json()
    assert [x["id"] for x in listing["items"]] == [t["id"]]  # the receiving side sees it too
    assert (await client.get("/api/v1/transfers", params={"org_id": a.id}, headers=hb)).status == 403


async def test_the_list_filters_by_a_known_status_only(client: TestClient) -> None:
    """An unknown status is a 422 naming the field (it was a 500, found by schemathesis)."""
    committee, a, _, admin_a, _ = await _world(client)
    bad = await client.get("/api/v1/transfers", params={"org_id": committee.id, "status": "000000000000000"},
                           headers=await admin_headers(client, committee))
    assert bad.status == 422 and (await bad.json())["error"]["details"]["fields"][0]["field"] == "status"
    ok = await client.get("/api/v1/transfers", params={"org_id": a.id, "status": "requested"}, headers=admin_a)
    assert ok.status == 200
