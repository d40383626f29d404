"""After the meeting: minutes with the absentee list filled in, photos checked by content, 补学 and 学时."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import aiohttp

from miniapp_api.learning.models import LedgerEntry, StudyAssignment
from tests.images import tiny_jpeg, tiny_png
from tests.miniapp_api.partyday.conftest import TZ, Branch


async def _ended_meeting(pd: Branch, **overrides: Any) -> dict[str, Any]:
    """A 60-minute meeting: two members sign in, one is on approved leave, two are absent."""
    meeting = await pd.meeting(status="published", start_in=timedelta(minutes=30), **overrides)
    mid = meeting["id"]
    leave = await (await pd.client.post(f"/api/v1/partydays/{mid}/leave", json={"reason": "值班"},
                                        headers=await pd.headers(pd.members[3]))).json()
    await pd.client.post(f"/api/v1/partydays/{mid}/leaves/{leave['id']}/decision", json={"approve": True}, headers=pd.admin)
    pd.clock.advance(30 * 60)  # (tokens live two hours: the whole story fits in 90 minutes)
    await pd.client.post(f"/api/v1/partydays/{mid}/start", headers=pd.admin)
    code = (await (await pd.client.get(f"/api/v1/partydays/{mid}/signin-code", headers=pd.admin)).json())["code"]
    for m in pd.members[:2]:
        resp = await pd.client.post(f"/api/v1/partydays/{mid}/signin", json={"code": code}, headers=await pd.headers(m))
        assert resp.status == 200
    pd.clock.advance(3600)
    assert (await pd.client.post(f"/api/v1/partydays/{mid}/end", headers=pd.admin)).status == 200
    return meeting


async def test_minutes_fill_in_absentees_and_those_on_leave(pd: Branch) -> None:
    meeting = await _ended_meeting(pd)
    url = f"/api/v1/partydays/{meeting['id']}/minutes"
    draft = await (await pd.client.get(url, headers=pd.admin)).json()
    assert draft["topics"] == ["重温入党誓词", "集中学习", "讨论交流"]  # the agenda until minutes are written
    assert sorted(draft["absentees"]) == sorted([pd.members[2].name, pd.probationary.name])
    assert draft["on_leave"] == [pd.members[3].name]
    body = {"host": "书记甲", "recorder": "组织委员", "topics": ["学习党章第一章"], "resolutions": ["开展志愿服务一次"],
            "notes": "会议气氛热烈"}
    resp = await pd.client.put(url, json=body, headers=await pd.headers(pd.secretary))
    assert resp.status == 200, await resp.text()
    saved = await resp.json()
    assert saved["host"] == "书记甲" and saved["resolutions"] == ["开展志愿服务一次"] and saved["updated_at"]
    assert (await pd.client.put(url, json={"host": "x", "bogus": 1}, headers=pd.admin)).status == 422
    assert (await pd.client.put(url, json=body, headers=await pd.headers(pd.members[2]))).status == 403


async def test_absentees_and_those_on_leave_get_makeup_study_and_attendees_get_study_hours(pd: Branch) -> None:
    meeting = await _ended_meeting(pd)  # a 主题党日: education, so attendance earns 学时
    owed = sorted([pd.members[2].id, pd.members[3].id, pd.probationary.id])
    assignments = await StudyAssignment.filter(source="partyday", source_id=meeting["id"]).order_by("member_id")
    assert [a.member_id for a in assignments] == owed and all(a.title.startswith("补学") for a in assignments)
    entries = await LedgerEntry.filter(source="partyday", source_id=meeting["id"]).order_by("member_id")
    assert [(e.member_id, e.hours) for e in entries] == [(m.id, Decimal("1.00")) for m in pd.members[:2]]
    sheet = await (await pd.client.get(f"/api/v1/partydays/{meeting['id']}/attendance", headers=pd.admin)).json()
    makeup = {i["member_id"]: i["makeup_status"] for i in sheet["items"]}
    assert sorted(k for k, v in makeup.items() if v == "assigned") == owed
    resp = await pd.client.post(f"/api/v1/partydays/{meeting['id']}/makeup", json={"note": "已观看会议录像并学习党章"},
                                headers=await pd.headers(pd.members[2]))
    assert resp.status == 200 and (await resp.json())["makeup_status"] == "done"
    resp = await pd.client.post(f"/api/v1/partydays/{meeting['id']}/makeup/{pd.probationary.id}", json={"note": "面授补学"},
                                headers=pd.admin)
    assert resp.status == 200
    # Confirming in the party day closes the same assignment in the learning module.
    done = await StudyAssignment.filter(source="partyday", source_id=meeting["id"], status="done").order_by("member_id")
    assert [a.member_id for a in done] == sorted([pd.members[2].id, pd.probationary.id])
    resp = await pd.client.post(f"/api/v1/partydays/{meeting['id']}/makeup", json={"note": "x"},
                                headers=await pd.headers(pd.members[1]))
    assert resp.status == 409 and (await resp.json())["error"]["code"] == "partyday.no_makeup"  # was present


async def test_makeup_is_due_at_the_end_of_the_local_day_two_weeks_after_the_meeting(pd: Branch) -> None:
    pd.clock.set(datetime(2026, 3, 12, 22, 0, tzinfo=UTC))  # 06:00 on 13 March in Beijing
    await pd.relogin()
    meeting = await pd.meeting(status="live", start_in=timedelta(0), minutes=90)
    pd.clock.advance(90 * 60)  # ends at 23:30 UTC: still the 12th in UTC, the 13th in Beijing
    assert (await pd.client.post(f"/api/v1/partydays/{meeting['id']}/end", headers=pd.admin)).status == 200
    due = datetime(2026, 3, 27, 23, 59, 59, tzinfo=ZoneInfo(TZ))  # the local date + 14 days, end of day
    assignments = await StudyAssignment.filter(source="partyday", source_id=meeting["id"])
    assert len(assignments) == len(pd.expected) and {a.due_at for a in assignments} == {due}
    sheet = await (await pd.client.get(f"/api/v1/partydays/{meeting['id']}/attendance", headers=pd.admin)).json()
    assert {datetime.fromisoformat(i["makeup_due_at"]) for i in sheet["items"]} == {due}  # what the console shows


async def test_business_meetings_earn_no_study_hours(pd: Branch) -> None:
    meeting = await _ended_meeting(pd, meeting_type="branch_assembly")
    assert not await LedgerEntry.filter(source="partyday", source_id=meeting["id"]).exists()


async def _upload(pd: Branch, meeting_id: int, content: bytes, name: str, ctype: str) -> Any:
    form = aiohttp.FormData()
    form.add_field("file", io.BytesIO(content), filename=name, content_type=ctype)
    return await pd.client.post(f"/api/v1/partydays/{meeting_id}/photos", data=form, headers=pd.admin)


async def test_photos_are_checked_by_their_content_and_served_by_token(pd: Branch) -> None:
    meeting = await pd.meeting(status="live", start_in=timedelta(0))
    resp = await _upload(pd, meeting["id"], tiny_jpeg(size=16), "现场.jpg", "image/jpeg")
    assert resp.status == 201, await resp.text()
    photo = await resp.json()
    assert photo["content_type"] == "image/jpeg" and photo["width"] == 16
    served = await pd.client.get(photo["url"])
    assert served.status == 200 and served.content_type == "image/jpeg" and await served.read() == tiny_jpeg(size=16)
    resp = await _upload(pd, meeting["id"], b"#!/bin/sh\necho pwned\n", "photo.png", "image/png")  # lies about its type
    assert resp.status == 400 and (await resp.json())["error"]["code"] == "partyday.bad_image"
    resp = await _upload(pd, meeting["id"], tiny_png()[:40], "cut.png", "image/png")  # truncated
    assert resp.status == 400
    big = tiny_png() + b"\0" * (10 * 1024 * 1024)
    resp = await _upload(pd, meeting["id"], big, "huge.png", "image/png")
    assert resp.status == 413
    listing = await (await pd.client.get(f"/api/v1/partydays/{meeting['id']}/photos", headers=pd.admin)).json()
    assert [p["id"] for p in listing["items"]] == [photo["id"]]
    assert (await pd.client.get("/api/v1/partydays/photos/not-a-token")).status == 404
    draft = await pd.meeting()
    assert (await _upload(pd, draft["id"], tiny_png(), "a.png", "image/png")).status == 409
