"""Meetings: default attendees, validation, subtree scope, the status machine, notices to members."""

from __future__ import annotations

from datetime import timedelta

from miniapp_api.orgs.models import OrgKind
from tests.factories import admin_headers, make_member
from tests.miniapp_api.partyday.conftest import Branch


async def _attendance_ids(pd: Branch, meeting_id: int) -> set[int]:
    resp = await pd.client.get(f"/api/v1/partydays/{meeting_id}/attendance", headers=pd.admin)
    assert resp.status == 200, await resp.text()
    return {i["member_id"] for i in (await resp.json())["items"]}


async def test_branch_meeting_expects_full_and_probationary_members_including_its_groups(pd: Branch) -> None:
    meeting = await pd.meeting()
    assert meeting["status"] == "draft" and meeting["type_label"] == "主题党日" and meeting["mode_label"] == "混合"
    ids = await _attendance_ids(pd, meeting["id"])
    assert ids == {m.id for m in pd.expected}  # the 党小组 member is in, the activist and the outsider are out
    assert pd.activist.id not in ids and pd.outsider.id not in ids


async def test_committee_meeting_expects_the_committee_only_and_accepts_chinese_type_names(pd: Branch) -> None:
    meeting = await pd.meeting(meeting_type="支委会", mode="线下")
    assert meeting["meeting_type"] == "branch_committee" and meeting["mode"] == "offline"
    assert await _attendance_ids(pd, meeting["id"]) == {pd.secretary.id, pd.members[1].id}


async def test_expected_attendees_are_editable_but_stay_inside_the_org(pd: Branch) -> None:
    meeting = await pd.meeting(member_ids=[pd.members[1].id])
    assert meeting["expected_count"] == 1
    url = f"/api/v1/partydays/{meeting['id']}/attendees"
    resp = await pd.client.put(url, json={"member_ids": [pd.members[2].id, pd.activist.id]}, headers=pd.admin)
    assert resp.status == 200 and (await resp.json())["count"] == 2
    assert await _attendance_ids(pd, meeting["id"]) == {pd.members[2].id, pd.activist.id}
    resp = await pd.client.put(url, json={"member_ids": [pd.outsider.id]}, headers=pd.admin)
    assert resp.status == 400 and (await resp.json())["error"]["code"] == "partyday.bad_attendees"


async def test_bad_times_and_unknown_types_are_refused(pd: Branch) -> None:
    now = pd.clock.now()
    base = {"org_id": pd.branch.id, "meeting_type": "theme_day", "title": "x"}
    bad = [
        {**base, "starts_at": now.isoformat(), "ends_at": (now - timedelta(hours=1)).isoformat()},
        {**base, "meeting_type": "party", "starts_at": now.isoformat(), "ends_at": (now + timedelta(hours=1)).isoformat()},
        {**base, "starts_at": "2026-03-10T09:00:00", "ends_at": "2026-03-10T10:00:00"},  # no offset
    ]
    for body in bad:
        resp = await pd.client.post("/api/v1/partydays", json=body, headers=pd.admin)
        assert resp.status == 422, body


async def test_a_meeting_dated_9999_is_refused_and_nothing_is_left_half_published(pd: Branch) -> None:
    base = {"org_id": pd.branch.id, "meeting_type": "theme_day", "title": "远期会议"}
    body = {**base, "starts_at": "9999-12-31T09:00:00+08:00", "ends_at": "9999-12-31T10:00:00+08:00"}
    resp = await pd.client.post("/api/v1/partydays", json=body, headers=pd.admin)
    assert resp.status == 422
    field = (await resp.json())["error"]["details"]["fields"][0]
    assert field["field"] == "starts_at" and "年份" in field["message"]
    meeting = await pd.meeting()
    resp = await pd.client.patch(f"/api/v1/partydays/{meeting['id']}", headers=pd.admin,
                                 json={"starts_at": "9999-12-31T09:00:00+08:00", "ends_at": "9999-12-31T10:00:00+08:00"})
    assert resp.status == 422
    listed = await pd.client.get("/api/v1/partydays", params={"from": "9999-01-01T00:00:00+08:00"}, headers=pd.admin)
    assert listed.status == 422
    after = await (await pd.client.get(f"/api/v1/partydays/{meeting['id']}", headers=pd.admin)).json()
    assert after["status"] == "draft" and after["starts_at"] == meeting["starts_at"]


async def test_admins_only_see_meetings_of_their_subtree(pd: Branch) -> None:
    meeting = await pd.meeting()
    other_admin = await admin_headers(pd.client, pd.other)
    for method, path in [("GET", ""), ("PATCH", ""), ("POST", "/publish"), ("GET", "/attendance")]:
        resp = await pd.client.request(method, f"/api/v1/partydays/{meeting['id']}{path}", json={} if method != "GET" else None,
                                       headers=other_admin)
        assert resp.status == 403, (method, path)
        assert (await resp.json())["error"]["code"] in ("orgs.out_of_scope", "partyday.not_host")
    resp = await pd.client.get("/api/v1/partydays", params={"org_id": pd.branch.id}, headers=other_admin)
    assert resp.status == 403
    resp = await pd.client.get("/api/v1/partydays", headers=other_admin)
    assert resp.status == 200 and (await resp.json())["total"] == 0
    committee_admin = await admin_headers(pd.client, pd.committee)
    resp = await pd.client.get("/api/v1/partydays", params={"org_id": pd.committee.id}, headers=committee_admin)
    assert (await resp.json())["total"] == 1


async def test_status_machine_runs_draft_published_live_ended_archived(pd: Branch) -> None:
    meeting = await pd.meeting()
    mid = meeting["id"]
    for step in ("start", "end", "archive"):  # nothing skips publishing
        resp = await pd.client.post(f"/api/v1/partydays/{mid}/{step}", headers=pd.admin)
        assert resp.status == 409 and (await resp.json())["error"]["code"] == "partyday.bad_status"
    assert (await pd.client.post(f"/api/v1/partydays/{mid}/publish", headers=pd.admin)).status == 200
    assert (await pd.client.post(f"/api/v1/partydays/{mid}/publish", headers=pd.admin)).status == 409
    resp = await pd.client.post(f"/api/v1/partydays/{mid}/start", headers=pd.admin)
    assert (await resp.json())["status_label"] == "进行中"
    resp = await pd.client.patch(f"/api/v1/partydays/{mid}", json={"title": "改名"}, headers=pd.admin)
    assert resp.status == 409
    resp = await pd.client.post(f"/api/v1/partydays/{mid}/end", headers=pd.admin)
    assert (await resp.json())["status"] == "ended"
    resp = await pd.client.post(f"/api/v1/partydays/{mid}/archive", headers=pd.admin)
    assert resp.status == 409 and (await resp.json())["error"]["code"] == "partyday.minutes_missing"
    resp = await pd.client.put(f"/api/v1/partydays/{mid}/minutes", json={"host": "书记甲", "recorder": "组织委员"},
                               headers=pd.admin)
    assert resp.status == 200
    resp = await pd.client.post(f"/api/v1/partydays/{mid}/archive", headers=pd.admin)
    assert resp.status == 200 and (await resp.json())["status"] == "archived"
    resp = await pd.client.put(f"/api/v1/partydays/{mid}/minutes", json={"host": "x"}, headers=pd.admin)
    assert resp.status == 409  # an archived record is read-only


async def test_drafts_can_be_edited_and_deleted_but_published_meetings_cannot_be_deleted(pd: Branch) -> None:
    draft = await pd.meeting()
    resp = await pd.client.patch(f"/api/v1/partydays/{draft['id']}", json={"title": "新标题", "place": "党员活动室"},
                                 headers=pd.admin)
    assert resp.status == 200 and (await resp.json())["title"] == "新标题"
    assert (await pd.client.delete(f"/api/v1/partydays/{draft['id']}", headers=pd.admin)).status == 204
    assert (await pd.client.get(f"/api/v1/partydays/{draft['id']}", headers=pd.admin)).status == 404
    published = await pd.meeting(status="published")
    resp = await pd.client.delete(f"/api/v1/partydays/{published['id']}", headers=pd.admin)
    assert resp.status == 409


async def test_publishing_puts_a_notice_in_each_expected_members_list(pd: Branch) -> None:
    draft = await pd.meeting()
    member = pd.members[2]
    headers = await pd.headers(member)
    assert (await pd.client.get(f"/api/v1/partydays/{draft['id']}", headers=headers)).status == 403  # drafts are private
    resp = await pd.client.post(f"/api/v1/partydays/{draft['id']}/publish", headers=pd.admin)
    body = await resp.json()
    assert body["notified"] == 5 and body["wechat_sent"] == 0  # stub mode: in-app notices only
    resp = await pd.client.get("/api/v1/me/notices", headers=headers)
    page = await resp.json()
    assert page["total"] == 1 and page["unread"] == 1
    notice = page["items"][0]
    assert notice["meeting_id"] == draft["id"] and "三月主题党日" in notice["title"]
    assert (await pd.client.post(f"/api/v1/me/notices/{notice['id']}/read", headers=headers)).status == 200
    assert (await (await pd.client.get("/api/v1/me/notices", headers=headers)).json())["unread"] == 0
    outsider = await pd.headers(pd.outsider)
    assert (await pd.client.post(f"/api/v1/me/notices/{notice['id']}/read", headers=outsider)).status == 404
    assert (await (await pd.client.get("/api/v1/me/notices", headers=outsider)).json())["total"] == 0
    resp = await pd.client.get("/api/v1/me/partydays", headers=headers)
    mine = await resp.json()
    assert [m["id"] for m in mine["items"]] == [draft["id"]] and mine["items"][0]["my_status"] == "待参加"
    assert (await pd.client.get(f"/api/v1/partydays/{draft['id']}", headers=outsider)).status == 403


async def test_a_group_meeting_expects_the_group_and_its_leader_may_host(pd: Branch) -> None:
    leader = await make_member(pd.group, "组长乙", posts=["党小组组长"])
    starts = pd.clock.now() + timedelta(hours=1)
    resp = await pd.client.post("/api/v1/partydays", headers=pd.admin, json={
        "org_id": pd.group.id, "meeting_type": "党小组会", "title": "三月党小组会",
        "starts_at": starts.isoformat(), "ends_at": (starts + timedelta(hours=1)).isoformat()})
    meeting = await resp.json()
    assert pd.group.kind is OrgKind.GROUP and meeting["expected_count"] == 2
    await pd.client.post(f"/api/v1/partydays/{meeting['id']}/publish", headers=pd.admin)
    for who, ok in ((leader, True), (pd.secretary, True), (pd.members[2], False)):
        resp = await pd.client.get(f"/api/v1/partydays/{meeting['id']}/signin-code", headers=await pd.headers(who))
        assert (resp.status == 200) is ok, who.name


async def test_a_members_meetings_are_a_page_filtered_only_by_status(pd: Branch) -> None:
    first = await pd.meeting(status="published", start_in=timedelta(hours=1))
    second = await pd.meeting(status="published", start_in=timedelta(hours=2), title="专题党课")
    await pd.meeting(title="草稿不给党员看")
    headers = await pd.headers(pd.members[2])
    resp = await pd.client.get("/api/v1/me/partydays", params={"page_size": 1}, headers=headers)
    page = await resp.json()
    assert resp.status == 200 and (page["total"], page["page"], page["page_size"]) == (2, 1, 1)
    assert [m["id"] for m in page["items"]] == [second["id"]]  # newest start first
    page2 = await (await pd.client.get("/api/v1/me/partydays", params={"page": 2, "page_size": 1}, headers=headers)).json()
    assert [m["id"] for m in page2["items"]] == [first["id"]]
    live = await (await pd.client.get("/api/v1/me/partydays", params={"status": "live"}, headers=headers)).json()
    assert live["total"] == 0
    # The console's filters are not the member's: what the operation does not declare is refused.
    resp = await pd.client.get("/api/v1/me/partydays", params={"org_id": pd.other.id}, headers=headers)
    assert resp.status == 422 and (await resp.json())["error"]["code"] == "validation_error"
