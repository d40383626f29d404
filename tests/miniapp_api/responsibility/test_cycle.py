"""履责 → 督责 → 考责: owners report with evidence, only the parent accepts or returns, overdue items warn and
count in the assessment."""

from __future__ import annotations

from datetime import date

from miniapp_api.audit.models import AuditEntry
from server.core.indicators import sources_of, warnings_of
from tests.miniapp_api.responsibility.helpers import Tree, add_item, expect, new_list, upload


async def test_the_owner_reports_with_evidence_and_only_the_parent_reviews(tree: Tree) -> None:
    t, client = tree, tree.client
    c_list = await new_list(t, t.c, t.admin_c)
    item = await add_item(t, c_list["id"], t.admin_c, t.a)
    reports, review = f"/api/v1/responsibility/items/{item['id']}/reports", f"/api/v1/responsibility/items/{item['id']}/review"

    await expect(
        await client.post(reports, json={"note": "已开会"}, headers=t.m_secretary), 422, "responsibility.evidence_required"
    )
    foreign = await upload(t, t.m_secretary_b)  # B's file in A's report
    await expect(
        await client.post(reports, json={"note": "已开会", "files": [foreign]}, headers=t.m_secretary), 400, "evidence.foreign"
    )
    for who, code in (
        (t.m_plain, "responsibility.not_owner"),
        (t.m_deputy, "responsibility.not_owner"),
        (t.admin_c, "responsibility.not_owner"),
        (t.admin_b, "orgs.out_of_scope"),
        (t.m_secretary_b, "responsibility.not_owner"),
    ):
        await expect(await client.post(reports, json={"note": "代报", "files": [foreign]}, headers=who), 403, code)
    await expect(await client.post(review, json={"decision": "accept"}, headers=t.admin_c), 409, "responsibility.invalid_state")

    token = await upload(t, t.m_secretary)
    out = await expect(
        await client.post(reports, json={"note": "已召开第一季度支委会", "files": [token]}, headers=t.m_secretary), 201
    )
    assert out["status"] == "reported" and out["reports"][0]["files"][0]["token"] == token
    await expect(
        await client.post(reports, json={"note": "再报", "files": [token]}, headers=t.m_secretary),
        409,
        "responsibility.invalid_state",
    )

    await expect(await client.post(review, json={"decision": "accept"}, headers=t.admin_a), 403, "responsibility.parent_required")
    await expect(await client.post(review, json={"decision": "accept"}, headers=t.admin_b), 403, "orgs.out_of_scope")
    await expect(await client.post(review, json={"decision": "return"}, headers=t.admin_c), 422, "responsibility.reason_required")
    returned = await expect(
        await client.post(review, json={"decision": "return", "reason": "缺少会议记录"}, headers=t.admin_c), 200
    )
    assert (returned["status"], returned["reviews"][0]["reason"]) == ("returned", "缺少会议记录")

    # the branch's own admin may report for the org too; then the committee accepts
    await expect(
        await client.post(reports, json={"note": "补充会议记录", "files": [await upload(t, t.admin_a)]}, headers=t.admin_a), 201
    )
    accepted = await expect(await client.post(review, json={"decision": "accept"}, headers=t.admin_c), 200)
    assert accepted["status"] == "accepted" and [r["decision"] for r in accepted["reviews"]] == ["return", "accept"]
    actions = await AuditEntry.filter(target_type="resp_item", target_id=str(item["id"])).values_list("action", flat=True)
    assert sorted(actions) == sorted(
        [
            "responsibility.item_create",
            "responsibility.report",
            "responsibility.report",
            "responsibility.review_return",
            "responsibility.review_accept",
        ]
    )


async def test_an_items_own_org_is_reviewed_by_its_parent(tree: Tree) -> None:
    t, client = tree, tree.client
    a_list = await new_list(t, t.a, t.admin_a)
    item = await add_item(t, a_list["id"], t.admin_a, t.a, evidence_required="")
    await expect(
        await client.post(f"/api/v1/responsibility/items/{item['id']}/reports", json={"note": "已完成"}, headers=t.m_secretary),
        201,
    )
    review = f"/api/v1/responsibility/items/{item['id']}/review"
    await expect(await client.post(review, json={"decision": "accept"}, headers=t.admin_a), 403, "responsibility.parent_required")
    await expect(await client.post(review, json={"decision": "accept"}, headers=t.super), 200)


async def test_overdue_items_raise_an_early_warning_and_count_in_the_assessment(tree: Tree) -> None:
    t, client, app = tree, tree.client, tree.client.app
    c_list = await new_list(t, t.c, t.admin_c)
    late = await add_item(t, c_list["id"], t.admin_c, t.a, title="上半年专题党课", due_date="2026-03-31", evidence_required="")
    await add_item(t, c_list["id"], t.admin_c, t.a, title="下半年述职", due_date="2026-12-31")
    await add_item(t, c_list["id"], t.admin_c, t.b, title="按期换届", due_date="2026-06-30")
    today = date(2026, 6, 15)  # the test clock's local date

    warn = warnings_of(app)["responsibility.overdue"]
    [warning] = await warn(app, [t.a.id, t.b.id], today)
    assert (warning.org_id, warning.kind, warning.since, warning.refs) == (
        t.a.id,
        "responsibility.overdue",
        date(2026, 3, 31),
        (late["id"],),
    )
    assert "上半年专题党课" in warning.message
    a_list = (await expect(await client.get("/api/v1/responsibility/lists", params={"org_id": t.a.id}, headers=t.admin_c), 200))[
        "items"
    ][0]
    assert a_list["overdue_count"] == 1
    detail = await expect(await client.get(f"/api/v1/responsibility/lists/{a_list['id']}", headers=t.m_secretary), 200)
    assert [i["is_overdue"] for i in detail["items"]] == [True, False]

    source = sources_of(app)["responsibility.completion"]
    before = await source(app, [t.a.id, t.b.id], date(2026, 1, 1), date(2026, 6, 30))
    assert (before[t.a.id].numerator, before[t.a.id].denominator, before[t.b.id].denominator) == (0, 1, 1)

    await expect(
        await client.post(f"/api/v1/responsibility/items/{late['id']}/reports", json={"note": "已补上"}, headers=t.m_secretary),
        201,
    )
    assert len(await warn(app, [t.a.id], today)) == 1  # reported but not yet accepted: still overdue
    await expect(
        await client.post(f"/api/v1/responsibility/items/{late['id']}/review", json={"decision": "accept"}, headers=t.admin_c),
        200,
    )
    assert await warn(app, [t.a.id], today) == []
    after = await source(app, [t.a.id], date(2026, 1, 1), date(2026, 6, 30))
    assert (after[t.a.id].numerator, after[t.a.id].refs) == (1, (late["id"],))


async def test_secretaries_report_at_year_end_and_members_and_the_parent_rate_once(tree: Tree) -> None:
    t, client = tree, tree.client
    body = {"org_id": t.a.id, "year": 2026, "content": "一年来履行党建第一责任人职责……"}
    url = "/api/v1/responsibility/duty-reports"
    await expect(await client.post(url, json=body, headers=t.m_deputy), 403, "responsibility.not_secretary")
    await expect(await client.post(url, json=body, headers=t.m_secretary_b), 403, "responsibility.not_secretary")
    report = await expect(await client.post(url, json=body, headers=t.m_secretary), 201)
    await expect(await client.post(url, json=body, headers=t.m_secretary), 409, "responsibility.duty_report_exists")
    rate = f"{url}/{report['id']}/ratings"
    await expect(await client.post(rate, json={"grade": "good"}, headers=t.m_secretary), 403, "responsibility.not_rater")
    await expect(await client.post(rate, json={"grade": "good"}, headers=t.m_secretary_b), 403, "responsibility.not_rater")
    await expect(await client.post(rate, json={"grade": "good"}, headers=t.admin_a), 403, "responsibility.not_rater")
    await expect(await client.post(rate, json={"grade": "good"}, headers=t.admin_b), 403, "orgs.out_of_scope")
    await expect(await client.post(rate, json={"grade": "excellent"}, headers=t.m_plain), 422, "validation_error")
    out = await expect(await client.post(rate, json={"grade": "good"}, headers=t.m_plain), 201)
    assert out["my_grade"] == "好"
    await expect(await client.post(rate, json={"grade": "poor"}, headers=t.m_plain), 409, "responsibility.already_rated")
    await expect(await client.post(rate, json={"grade": "fairly_good"}, headers=t.m_deputy), 201)
    await expect(await client.post(rate, json={"grade": "average"}, headers=t.admin_c), 201)
    await expect(await client.post(rate, json={"grade": "good"}, headers=t.admin_c), 409, "responsibility.already_rated")

    page = await expect(await client.get(url, params={"year": 2026}, headers=t.admin_c), 200)
    [result] = page["items"]
    assert (result["tally"], result["parent_grade"], result["ratings"]) == ({"好": 1, "较好": 1, "一般": 1, "差": 0}, "一般", 3)
    assert (await expect(await client.get(url, params={"year": 2025}, headers=t.admin_c), 200))["items"] == []
    assert (await expect(await client.get(url, headers=t.admin_b), 200))["items"] == []
    mine = await expect(await client.get("/api/v1/responsibility/me/duty-reports", headers=t.m_plain), 200)
    assert [r["my_grade"] for r in mine["items"]] == ["好"]
    # a new year gets its own report and its own ratings
    nxt = await expect(await client.post(url, json={**body, "year": 2027}, headers=t.m_secretary), 201)
    await expect(await client.post(f"{url}/{nxt['id']}/ratings", json={"grade": "poor"}, headers=t.m_plain), 201)
