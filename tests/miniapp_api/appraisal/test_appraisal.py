"""民主评议党员 over HTTP: a round from opening to the 党员大会's confirmation, follow-up of 不合格, refusals."""

from __future__ import annotations

import io

from aiohttp.test_utils import TestClient
from openpyxl import load_workbook

from miniapp_api.appraisal.models import PeerRating
from miniapp_api.audit.models import AuditEntry
from miniapp_api.orgs.models import MemberStatus, OrgKind
from tests.factories import admin_headers, make_member, make_org, member_headers


async def test_a_round_from_self_assessment_to_confirmed_grades(client: TestClient) -> None:
    """支部工作条例第十八条: 个人自评 → 党员互评 → 评定意见 → 党员大会; 党员教育管理工作条例第三十条: 不合格 gets a
    限期改正 note and a deadline within a year, nothing automatic."""
    branch = await make_org()
    admin = await admin_headers(client, branch)
    a, b, c = [await make_member(branch, n) for n in ("甲", "乙", "丙")]
    await make_member(branch, "申请人", status=MemberStatus.APPLICANT)  # not a Party member: not appraised
    resp = await client.post(f"/api/v1/orgs/{branch.id}/appraisals", json={"year": 2026}, headers=admin)
    assert resp.status == 201
    rnd = await resp.json()
    assert [e["name"] for e in rnd["entries"]] == ["甲", "乙", "丙"]
    again = await client.post(f"/api/v1/orgs/{branch.id}/appraisals", json={"year": 2026}, headers=admin)
    assert (again.status, (await again.json())["error"]["code"]) == (409, "appraisal.round_exists")
    ha, hb = await member_headers(client, a), await member_headers(client, b)
    mine = await (await client.get("/api/v1/me/appraisals", headers=ha)).json()
    assert [p["name"] for p in mine["items"][0]["peers"]] == ["乙", "丙"]
    assert (
        await client.post(f"/api/v1/me/appraisals/{rnd['id']}/self", json={"text": "对照党章找差距"}, headers=ha)
    ).status == 204
    bad = await client.post(
        f"/api/v1/me/appraisals/{rnd['id']}/ratings", json={"ratings": [{"member_id": a.id, "grade": "excellent"}]}, headers=ha
    )
    assert (bad.status, (await bad.json())["error"]["code"]) == (400, "appraisal.bad_ratee")  # not oneself
    for headers, ratee in ((ha, b), (ha, c), (hb, c)):
        grade = "unqualified" if ratee is c else "excellent"
        resp = await client.post(
            f"/api/v1/me/appraisals/{rnd['id']}/ratings",
            json={"ratings": [{"member_id": ratee.id, "grade": grade}]},
            headers=headers,
        )
        assert resp.status == 204
    assert await PeerRating.filter(round_id=rnd["id"]).count() == 3
    partial = await client.post(
        f"/api/v1/appraisals/{rnd['id']}/proposals", json={"grades": [{"member_id": a.id, "grade": "qualified"}]}, headers=admin
    )
    assert (partial.status, (await partial.json())["error"]["code"]) == (400, "appraisal.incomplete")
    early = await client.post(f"/api/v1/appraisals/{rnd['id']}/confirm", json={"meeting_note": "x"}, headers=admin)
    assert (early.status, (await early.json())["error"]["code"]) == (409, "appraisal.invalid_state")
    grades = [
        {"member_id": a.id, "grade": "qualified"},
        {"member_id": b.id, "grade": "excellent"},
        {"member_id": c.id, "grade": "unqualified"},
    ]
    proposed = await (
        await client.post(f"/api/v1/appraisals/{rnd['id']}/proposals", json={"grades": grades}, headers=admin)
    ).json()
    assert proposed["status"] == "proposed"
    assert next(e for e in proposed["entries"] if e["name"] == "丙")["peer_counts"] == {"unqualified": 2}
    closed = await client.post(f"/api/v1/me/appraisals/{rnd['id']}/self", json={"text": "补交"}, headers=hb)
    assert (closed.status, (await closed.json())["error"]["code"]) == (409, "appraisal.invalid_state")
    confirmed = await (
        await client.post(
            f"/api/v1/appraisals/{rnd['id']}/confirm",
            headers=admin,
            json={
                "meeting_note": "2026-06-12 党员大会，应到 3 人实到 3 人",
                "changes": [{"member_id": a.id, "grade": "excellent"}],
            },
        )
    ).json()
    by_name = {e["name"]: e for e in confirmed["entries"]}
    assert by_name["甲"]["final_label"] == "优秀" and by_name["乙"]["final_label"] == "优秀"
    assert by_name["丙"]["final_label"] == "不合格" and by_name["丙"]["followup_note"].startswith("限期改正")
    assert by_name["丙"]["followup_due"] == "2026-12-12"  # 180 days after the test's local today (2026-06-15)
    profile = await (await client.get(f"/api/v1/members/{c.id}/appraisals", headers=admin)).json()
    assert [(r["year"], r["grade_label"]) for r in profile["items"]] == [(2026, "不合格")]
    own = await (await client.get("/api/v1/me/appraisals/results", headers=ha)).json()
    assert [(r["year"], r["grade"]) for r in own["items"]] == [(2026, "excellent")]
    book = await client.get(f"/api/v1/appraisals/{rnd['id']}/results.xlsx", headers=admin)
    rows = list(load_workbook(io.BytesIO(await book.read())).active.iter_rows(values_only=True))
    assert rows[3][0] == "丙" and rows[3][4] == "不合格"
    assert await AuditEntry.filter(action__startswith="appraisal.").count() == 4  # open, propose, confirm, export


async def test_rounds_are_the_branchs_own(client: TestClient) -> None:
    committee = await make_org(kind=OrgKind.COMMITTEE)
    branch = await make_org(parent=committee)
    other = await make_org(parent=committee)
    admin, outsider = await admin_headers(client, branch), await admin_headers(client, other)
    not_branch = await client.post(
        f"/api/v1/orgs/{committee.id}/appraisals", json={"year": 2026}, headers=await admin_headers(client, committee)
    )
    assert (not_branch.status, (await not_branch.json())["error"]["code"]) == (400, "appraisal.branch_only")
    future = await client.post(f"/api/v1/orgs/{branch.id}/appraisals", json={"year": 2027}, headers=admin)
    assert (future.status, (await future.json())["error"]["code"]) == (400, "appraisal.bad_year")
    rnd = await (await client.post(f"/api/v1/orgs/{branch.id}/appraisals", json={"year": 2025}, headers=admin)).json()
    for method, path in (("GET", f"/api/v1/appraisals/{rnd['id']}"), ("POST", f"/api/v1/orgs/{branch.id}/appraisals")):
        resp = await client.request(method, path, json={"year": 2024}, headers=outsider)
        assert (resp.status, (await resp.json())["error"]["code"]) == (403, "orgs.out_of_scope")
    stranger = await member_headers(client, await make_member(other))
    resp = await client.post(f"/api/v1/me/appraisals/{rnd['id']}/self", json={"text": "x"}, headers=stranger)
    assert (resp.status, (await resp.json())["error"]["code"]) == (403, "appraisal.not_in_round")
