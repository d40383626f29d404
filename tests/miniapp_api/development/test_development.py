"""发展党员 over HTTP: the whole cycle, one test per timing rule of the 细则 (cited), bad input and corrections."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

from aiohttp.test_utils import TestClient
from openpyxl import load_workbook

from miniapp_api.audit.models import AuditEntry
from miniapp_api.development.models import DevelopmentEntry
from miniapp_api.orgs.models import Member, MemberStatus
from server.core.clock import TickingClock
from server.core.indicators import warnings_of
from tests.conftest import AppFactory
from tests.factories import admin_headers, make_member, make_org, member_headers
from tests.miniapp_api.development.helpers import SCHEDULE, VOTE, make_branch, refused

TODAY = date(2026, 6, 15)  # the test app's local today


async def test_an_applicant_goes_from_application_to_full_member(client: TestClient) -> None:
    """The whole way (细则第六条 to 第三十三条): statuses follow, 入党日期 is the accepting 支部大会 (第三十一条)."""
    branch = await make_branch(client)
    person = await branch.applicant()
    await branch.advance(person, "activist")
    assert (await Member.get(id=person.id)).status is MemberStatus.ACTIVIST
    await branch.advance(person, "approval", after="activist")
    member = await Member.get(id=person.id)
    assert member.status is MemberStatus.PROBATIONARY and member.joined_at == date(2025, 4, 15)
    resp = await client.get(f"/api/v1/members/{person.id}/development", headers=branch.headers)
    body = await resp.json()
    assert body["stage"] == "probationary"
    steps = {s["key"]: s for s in body["steps"]}
    assert set(steps["talk"]) == {"key", "name", "done_at", "due"} and steps["talk"]["done_at"] == "2024-01-20"
    assert steps["oath"]["due"] == "2025-06-09"  # 细则第二十九条: within a month of the approval
    for key, day, extra in SCHEDULE[15:]:
        assert (await branch.step(person, key, day, **extra)).status == 201, key
    member = await Member.get(id=person.id)
    assert member.status is MemberStatus.FULL
    assert (await (await client.get(f"/api/v1/members/{person.id}/development", headers=branch.headers)).json())[
        "stage"
    ] == "full"
    assert await AuditEntry.filter(action="development.step", target_id=str(person.id)).count() == len(SCHEDULE)


async def test_the_talk_is_due_within_a_month_and_shows_as_overdue(client: TestClient) -> None:
    """细则第七条: the org talks with the applicant within a month of the application; late → an early warning."""
    branch = await make_branch(client)
    person = await branch.applicant("迟谈话")
    assert (await branch.step(person, "application", "2026-05-01")).status == 201
    body = await (await client.get(f"/api/v1/members/{person.id}/development", headers=branch.headers)).json()
    assert next(s for s in body["steps"] if s["key"] == "talk")["due"] == "2026-05-31"
    listing = await (await client.get(f"/api/v1/orgs/{branch.org.id}/development", headers=branch.headers)).json()
    row = next(r for r in listing["items"] if r["member_id"] == person.id)
    assert row["next_due"][0] == {"key": "talk", "name": "党组织派人谈话", "due": "2026-05-31", "overdue": True}
    warnings = await warnings_of(client.app)["development.overdue"](client.app, [branch.org.id], TODAY)
    assert [(w.kind, w.refs) for w in warnings] == [("development.talk_overdue", (person.id,))]
    assert (await branch.step(person, "talk", "2026-06-10")).status == 201  # late is recorded, not refused
    assert await warnings_of(client.app)["development.overdue"](client.app, [branch.org.id], TODAY) == []


async def test_a_candidate_needs_a_year_as_activist(client: TestClient) -> None:
    """细则第十三条: at least a year of 培养教育和考察 as 积极分子 before 发展对象."""
    branch = await make_branch(client)
    late = await branch.applicant("积极不满一年")
    for key, day, extra in SCHEDULE[:4]:
        assert (await branch.step(late, key, day, **extra)).status == 201
    for day in ("2024-06-01", "2024-12-01"):
        assert (await branch.step(late, "review", day)).status == 201
    assert (await branch.step(late, "publicity", "2025-01-06", publicity_end="2025-01-10")).status == 201
    error = await refused(await branch.step(late, "candidate", "2025-01-20"), 409, "development.activist_under_one_year")
    assert error["details"] == {"article": "细则第十三条", "earliest": "2025-01-31"}
    assert (await branch.step(late, "candidate", "2025-01-31")).status == 201
    assert (await Member.get(id=late.id)).status is MemberStatus.CANDIDATE


async def test_half_yearly_reviews_are_required(client: TestClient) -> None:
    """细则第十一条: the branch reviews each 积极分子 every half year — a year needs two reviews on file."""
    branch = await make_branch(client)
    person = await branch.applicant()
    await branch.advance(person, "contacts")
    assert (await branch.step(person, "review", "2024-08-01")).status == 201
    assert (await branch.step(person, "publicity", "2025-03-03", publicity_end="2025-03-07")).status == 201
    error = await refused(await branch.step(person, "candidate", "2025-03-10"), 409, "development.reviews_missing")
    assert error["details"]["article"] == "细则第十一条"


async def test_publicity_lasts_five_working_days(client: TestClient) -> None:
    """细则第十三条: the publicity of a future 发展对象 lasts at least five working days (holidays don't count)."""
    branch = await make_branch(client)
    person = await branch.applicant()
    await branch.advance(person, "review")
    await refused(
        await branch.step(person, "publicity", "2025-03-03", publicity_end="2025-03-06"), 400, "development.publicity_too_short"
    )
    # Spring Festival 2025 (28 Jan – 4 Feb): eight calendar days hold only three working days
    await refused(
        await branch.step(person, "publicity", "2025-01-28", publicity_end="2025-02-06"), 400, "development.publicity_too_short"
    )
    assert (await branch.step(person, "publicity", "2025-03-03", publicity_end="2025-03-07")).status == 201
    await refused(await branch.step(person, "candidate", "2025-03-05"), 409, "development.publicity_not_ended")
    # the 公示 is published through 党务公开, on the branch's public page (refused attempts published nothing)
    page = await (await client.get(f"/api/v1/disclosure/orgs/{branch.org.id}/public")).json()
    published = [i for i in page["items"] if i["kind_name"] == "发展党员公示"]
    assert [i["title"] for i in published] == [f"发展党员公示：{person.name}"]
    assert "2025-03-07" in published[0]["body"]


async def test_training_needs_three_days_or_24_hours(client: TestClient) -> None:
    """细则第十七条: the 集中培训 lasts at least three days or 24 学时."""
    branch = await make_branch(client)
    person = await branch.applicant()
    await branch.advance(person, "political_review")
    await refused(await branch.step(person, "training", "2025-03-25", hours=20, days=2), 400, "development.training_too_short")
    assert (await branch.step(person, "training", "2025-03-25", days=3)).status == 201


async def test_the_branch_meeting_needs_a_quorum_and_a_majority_of_those_entitled(client: TestClient) -> None:
    """细则第十九条: more than half of those entitled to vote present; 细则第二十条: more than half of those entitled
    in favour (not of those present)."""
    branch = await make_branch(client)
    person = await branch.applicant()
    await branch.advance(person, "pre_review")
    await refused(await branch.step(person, "branch_meeting", "2025-04-15"), 400, "development.vote_required")
    await refused(
        await branch.step(person, "branch_meeting", "2025-04-15", vote={"eligible": 10, "present": 5, "in_favour": 5}),
        409,
        "development.quorum_not_met",
    )
    await refused(
        await branch.step(person, "branch_meeting", "2025-04-15", vote={"eligible": 10, "present": 6, "in_favour": 5}),
        409,
        "development.vote_not_passed",
    )
    assert await DevelopmentEntry.filter(member_id=person.id, key="branch_meeting").count() == 0
    assert (
        await branch.step(person, "branch_meeting", "2025-04-15", vote={"eligible": 10, "present": 6, "in_favour": 6})
    ).status == 201


async def test_the_committee_approves_within_its_time(client: TestClient) -> None:
    """细则第二十五条: the 党委 approves within three months (reminded), six at the most (refused after)."""
    branch = await make_branch(client)
    person = await branch.applicant()
    await branch.advance(person, "committee_talk")
    body = await (await client.get(f"/api/v1/members/{person.id}/development", headers=branch.headers)).json()
    assert next(s for s in body["steps"] if s["key"] == "approval")["due"] == "2025-07-16"
    error = await refused(await branch.step(person, "approval", "2025-10-16"), 409, "development.approval_too_late")
    assert error["details"]["article"] == "细则第二十五条"
    assert (await branch.step(person, "approval", "2025-10-15")).status == 201


async def test_the_probation_lasts_a_year_and_is_extended_once(client: TestClient) -> None:
    """细则第三十一条: a year from the accepting 支部大会 before the 转正 meeting; one extension of six to twelve
    months, after which the 转正 meeting waits for its end."""
    branch = await make_branch(client)
    person = await branch.applicant()
    await branch.advance(person, "full_application")
    await refused(await branch.step(person, "full_meeting", "2026-04-14", vote=VOTE), 409, "development.probation_not_ended")
    await refused(await branch.step(person, "extension", "2026-04-15", months=3, vote=VOTE), 400, "development.extension_invalid")
    assert (await branch.step(person, "extension", "2026-04-15", months=6, vote=VOTE)).status == 201
    await refused(await branch.step(person, "extension", "2026-04-16", months=6, vote=VOTE), 409, "development.step_already_done")
    error = await refused(
        await branch.step(person, "full_meeting", "2026-04-20", vote=VOTE), 409, "development.probation_not_ended"
    )
    assert error["details"]["ends"] == "2026-10-15"
    body = await (await client.get(f"/api/v1/members/{person.id}/development", headers=branch.headers)).json()
    assert next(s for s in body["steps"] if s["key"] == "full_meeting")["due"] == "2026-10-15"


async def test_contacts_and_sponsors_are_full_members(client: TestClient) -> None:
    """细则第九条: one or two 正式党员 as 培养联系人; 细则第十四条: two 正式党员 as 入党介绍人."""
    branch = await make_branch(client)
    person = await branch.applicant()
    probationary = await make_member(branch.org, "预备", status=MemberStatus.PROBATIONARY)
    outsider = await make_member(await make_org(), "外支部")
    await branch.advance(person, "activist")
    url = f"/api/v1/members/{person.id}/development/steps"
    for ids in ([probationary.id], [outsider.id], [person.id], []):
        await refused(
            await client.post(url, json={"key": "contacts", "done_at": "2024-02-05", "contact_ids": ids}, headers=branch.headers),
            400,
            "development.contacts_invalid",
        )
    await branch.advance(person, "candidate", after="activist")
    await refused(
        await client.post(
            url, json={"key": "sponsors", "done_at": "2025-03-12", "sponsor_ids": [branch.full[0].id]}, headers=branch.headers
        ),
        400,
        "development.sponsors_invalid",
    )


async def test_skipping_an_earlier_date_a_future_date_and_members_are_refused(client: TestClient) -> None:
    branch = await make_branch(client)
    person = await branch.applicant()
    error = await refused(await branch.step(person, "talk", "2024-01-20"), 409, "development.step_skipped")
    assert error["details"]["missing"] == ["application"]
    assert (await branch.step(person, "application", "2024-01-02")).status == 201
    await refused(await branch.step(person, "activist", "2024-02-01"), 409, "development.step_skipped")
    await refused(await branch.step(person, "talk", "2024-01-01"), 409, "development.date_before_previous")
    await refused(await branch.step(person, "talk", "2026-06-16"), 400, "development.date_in_future")
    await refused(await branch.step(person, "application", "2024-01-03"), 409, "development.step_already_done")
    await refused(await branch.step(branch.full[0], "application", "2024-01-03"), 409, "development.already_member")
    resp = await client.post(
        f"/api/v1/members/{person.id}/development/steps",
        json={"key": "nonsense", "done_at": "2024-02-01"},
        headers=branch.headers,
    )
    assert resp.status == 422
    assert await DevelopmentEntry.filter(member_id=person.id).count() == 1


async def test_other_orgs_are_refused(client: TestClient) -> None:
    branch = await make_branch(client)
    person = await branch.applicant()
    other = await admin_headers(client, await make_org())
    await refused(await branch.step(person, "application", "2024-01-02", headers=other), 403, "orgs.out_of_scope")
    await refused(await client.get(f"/api/v1/members/{person.id}/development", headers=other), 403, "orgs.out_of_scope")
    await refused(await client.get(f"/api/v1/orgs/{branch.org.id}/development", headers=other), 403, "orgs.out_of_scope")
    assert await DevelopmentEntry.filter(member_id=person.id).count() == 0


async def test_a_correction_is_a_new_entry_and_keeps_the_order(client: TestClient) -> None:
    """History is never rewritten: a correction names the entry it replaces, both stay in the history."""
    branch = await make_branch(client)
    person = await branch.applicant()
    await branch.advance(person, "activist")
    history = await (await client.get(f"/api/v1/members/{person.id}/development/history", headers=branch.headers)).json()
    talk = next(e for e in history["entries"] if e["key"] == "talk")
    url = f"/api/v1/members/{person.id}/development/steps"
    await refused(
        await client.post(url, json={"key": "talk", "done_at": "2024-02-05", "corrects": talk["id"]}, headers=branch.headers),
        409,
        "development.date_before_previous",
    )  # after 积极分子
    await refused(
        await client.post(url, json={"key": "activist", "done_at": "2024-01-25", "corrects": talk["id"]}, headers=branch.headers),
        404,
        "development.entry_not_found",
    )
    resp = await client.post(
        url, json={"key": "talk", "done_at": "2024-01-15", "note": "日期笔误", "corrects": talk["id"]}, headers=branch.headers
    )
    assert resp.status == 201
    assert next(s for s in (await resp.json())["steps"] if s["key"] == "talk")["done_at"] == "2024-01-15"
    history = await (await client.get(f"/api/v1/members/{person.id}/development/history", headers=branch.headers)).json()
    talks = [(e["done_at"], e["is_corrected"], e["corrects_id"]) for e in history["entries"] if e["key"] == "talk"]
    assert talks == [("2024-01-20", True, None), ("2024-01-15", False, talk["id"])]


async def test_ledger_file_page_and_the_members_own_view(client: TestClient) -> None:
    branch = await make_branch(client)
    person = await branch.applicant("台账人")
    await branch.advance(person, "candidate")
    resp = await client.get(f"/api/v1/orgs/{branch.org.id}/development.xlsx", headers=branch.headers)
    assert resp.status == 200
    rows = list(load_workbook(io.BytesIO(await resp.read())).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("姓名", "所属组织", "阶段") and rows[1][:3] == ("台账人", branch.org.name, "发展对象")
    page = await client.get(f"/api/v1/members/{person.id}/development/file", headers=branch.headers)
    text = await page.text()
    assert page.status == 200 and "@media print" in text and "台账人" in text and "☑" in text and "☐" in text
    mine = await client.get("/api/v1/me/development", headers=await member_headers(client, person))
    assert (await mine.json())["stage"] == "candidate"


async def test_the_branch_meeting_is_due_within_a_month_of_the_pre_review(client: TestClient) -> None:
    """细则第十九条: a 发展对象 passed by the 预审 goes before the 支部大会 within a month (a reminder, then overdue)."""
    branch = await make_branch(client)
    person = await branch.applicant()
    await branch.advance(person, "pre_review")
    body = await (await client.get(f"/api/v1/members/{person.id}/development", headers=branch.headers)).json()
    assert next(s for s in body["steps"] if s["key"] == "branch_meeting")["due"] == "2025-05-01"
    warnings = await warnings_of(client.app)["development.overdue"](client.app, [branch.org.id], TODAY)
    assert [w.kind for w in warnings] == ["development.branch_meeting_overdue"]


async def test_the_oath_is_due_within_a_month_of_the_approval(client: TestClient) -> None:
    """细则第二十九条: the 入党宣誓 follows within a month of the approval; the probation reviews (第三十条) every half year."""
    branch = await make_branch(client)
    person = await branch.applicant()
    await branch.advance(person, "approval")
    warnings = await warnings_of(client.app)["development.overdue"](client.app, [branch.org.id], TODAY)
    assert [(w.kind, str(w.since)) for w in warnings] == [("development.oath_overdue", "2025-06-09")]
    assert (await branch.step(person, "oath", "2025-05-20")).status == 201
    body = await (await client.get(f"/api/v1/members/{person.id}/development", headers=branch.headers)).json()
    due = {s["key"]: s["due"] for s in body["steps"]}
    assert due["oath"] is None and due["probation_review"] == "2025-11-19" and due["full_application"] == "2026-04-15"


async def test_the_full_membership_approval_has_its_time_too(make_client: AppFactory) -> None:
    """细则第三十三条: the 党委 decides on the 转正 within three months (six at most); the 入党日期 stays the accepting
    支部大会 (the 党龄 counts from the end of the probation)."""
    client = await make_client(clock=TickingClock(datetime(2026, 12, 1, 2, 0, tzinfo=UTC)))
    branch = await make_branch(client)
    person = await branch.applicant()
    await branch.advance(person, "full_meeting")
    body = await (await client.get(f"/api/v1/members/{person.id}/development", headers=branch.headers)).json()
    assert next(s for s in body["steps"] if s["key"] == "full_approval")["due"] == "2026-07-17"
    error = await refused(await branch.step(person, "full_approval", "2026-10-17"), 409, "development.approval_too_late")
    assert error["details"]["article"] == "细则第三十三条"
    assert (await branch.step(person, "full_approval", "2026-10-16")).status == 201
    member = await Member.get(id=person.id)
    assert member.status is MemberStatus.FULL and member.joined_at == date(2025, 4, 15)
