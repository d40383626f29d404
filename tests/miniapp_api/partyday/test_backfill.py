"""补录: a meeting held on a past date, recorded afterwards, counts where it was held — ledger, cadence, 补学."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any

import aiohttp
from openpyxl import load_workbook

from miniapp_api.audit.models import AuditEntry
from miniapp_api.learning.models import StudyAssignment
from tests.images import tiny_jpeg
from tests.miniapp_api.partyday.conftest import Branch

URL = "/api/v1/partydays/backfill"


def _bj(month: int, day: int, hour: int = 9) -> datetime:
    return datetime(2026, month, day, hour - 8, 0, tzinfo=UTC)


def _body(pd: Branch, **overrides: Any) -> dict[str, Any]:
    body = {"org_id": pd.branch.id, "meeting_type": "支委会", "title": "十月支委会", "theme": "研究发展党员工作",
            "starts_at": _bj(10, 15).isoformat(), "ends_at": _bj(10, 15, 11).isoformat(), "mode": "offline",
            "place": "党员活动室"}
    body.update(overrides)
    return body


async def _cadence(pd: Branch) -> dict[str, Any]:
    resp = await pd.client.get("/api/v1/partydays/cadence", params={"org_id": pd.branch.id, "year": 2026},
                               headers=pd.admin)
    assert resp.status == 200, await resp.text()
    (branch,) = (await resp.json())["branches"]
    return branch


async def test_a_secretary_records_a_past_committee_meeting_and_it_counts_for_the_month_it_was_held(pd: Branch) -> None:
    pd.clock.set(_bj(12, 2))  # recorded in December
    await pd.relogin()
    assert "10月未召开支部委员会" in (await _cadence(pd))["warnings"]
    body = _body(pd, minutes={"host": "书记甲", "recorder": "组织委员", "topics": ["研究发展党员工作"],
                              "resolutions": ["确定入党积极分子 2 名"]})
    resp = await pd.client.post(URL, json=body, headers=await pd.headers(pd.secretary))
    assert resp.status == 201, await resp.text()
    meeting = await resp.json()
    mid = meeting["id"]
    assert meeting["status"] == "ended" and meeting["is_backfill"] is True and meeting["expected_count"] == 2
    assert meeting["started_at"] == meeting["starts_at"] and meeting["ended_at"] == meeting["ends_at"]
    assert datetime.fromisoformat(meeting["recorded_at"]) == _bj(12, 2)
    # October's 支委会 is no longer missing; the ledger of October holds it, December's does not.
    branch = await _cadence(pd)
    committee = next(i for i in branch["items"] if i["meeting_type"] == "branch_committee")
    assert committee["periods"][9] == {"period": "2026-10", "held": 1, "status": "ok"}
    assert "10月未召开支部委员会" not in branch["warnings"] and "9月未召开支部委员会" in branch["warnings"]
    for month, titles in ((10, ["十月支委会"]), (12, [])):
        xlsx = await pd.client.get("/api/v1/partydays/ledger.xlsx", params={"org_id": pd.branch.id, "year": 2026,
                                                                             "month": month}, headers=pd.admin)
        sheet = load_workbook(io.BytesIO(await xlsx.read()))["台账"]
        header = next(sheet.iter_rows(min_row=2, max_row=2, values_only=True))
        col = {name: i for i, name in enumerate(header)}
        rows = list(sheet.iter_rows(min_row=3, values_only=True))
        assert [r[col["标题"]] for r in rows] == titles
        if rows:
            (row,) = rows
            assert row[col["日期"]] == "2026-10-15" and row[col["时间"]] == "09:00-11:00"
            assert (row[col["应到"]], row[col["实到"]], row[col["缺席"]]) == (2, 2, 0)
            assert row[col["状态"]] == "已结束（补录）" and row[col["主持人"]] == "书记甲"
            assert row[col["补学情况"]] == "无需补学"
    # Nobody marked absent: no 补学; the record is audited; photos may follow.
    assert not await StudyAssignment.filter(source="partyday", source_id=mid).exists()
    entry = await AuditEntry.get(action="partyday.backfill", target_id=str(mid))
    assert entry.detail["held_on"] == "2026-10-15"
    form = aiohttp.FormData()
    form.add_field("file", io.BytesIO(tiny_jpeg(size=16)), filename="现场.jpg", content_type="image/jpeg")
    resp = await pd.client.post(f"/api/v1/partydays/{mid}/photos", data=form, headers=await pd.headers(pd.secretary))
    assert resp.status == 201, await resp.text()
    minutes = await (await pd.client.get(f"/api/v1/partydays/{mid}/minutes", headers=pd.admin)).json()
    assert minutes["resolutions"] == ["确定入党积极分子 2 名"] and minutes["absentees"] == []


async def test_only_those_marked_absent_owe_makeup_study_due_after_the_recording(pd: Branch) -> None:
    pd.clock.set(_bj(12, 2))
    await pd.relogin()
    absent, on_leave = pd.members[2], pd.members[3]
    body = _body(pd, meeting_type="theme_day", title="十月主题党日", attendance=[
        {"member_id": absent.id, "status": "absent"}, {"member_id": on_leave.id, "status": "leave"},
        {"member_id": pd.probationary.id, "status": "late"}])
    resp = await pd.client.post(URL, json=body, headers=pd.admin)
    assert resp.status == 201, await resp.text()
    mid = (await resp.json())["id"]
    sheet = await (await pd.client.get(f"/api/v1/partydays/{mid}/attendance", headers=pd.admin)).json()
    assert sheet["final"] is True
    assert sheet["counts"] == {"expected": 5, "present": 3, "leave": 1, "absent": 1, "late": 1, "online": 0}
    owed = [i for i in sheet["items"] if i["makeup_status"] == "assigned"]
    assert [i["member_id"] for i in owed] == [absent.id]
    assert owed[0]["makeup_due_at"] == "2026-12-16T15:59:59Z"  # counted from the recording, not from October
    (assignment,) = await StudyAssignment.filter(source="partyday", source_id=mid)
    assert assignment.member_id == absent.id
    minutes = await (await pd.client.get(f"/api/v1/partydays/{mid}/minutes", headers=pd.admin)).json()
    assert minutes["absentees"] == [absent.name] and minutes["on_leave"] == [on_leave.name]


async def test_recording_is_refused_for_the_future_for_members_and_outside_the_scope(pd: Branch) -> None:
    pd.clock.set(_bj(10, 15, 10))
    await pd.relogin()
    resp = await pd.client.post(URL, json=_body(pd), headers=pd.admin)  # it has not ended yet
    assert resp.status == 400 and (await resp.json())["error"]["code"] == "partyday.not_past"
    pd.clock.advance(3600)
    resp = await pd.client.post(URL, json=_body(pd), headers=await pd.headers(pd.members[1]))
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "partyday.not_host"
    resp = await pd.client.post(URL, json=_body(pd, org_id=pd.other.id), headers=pd.admin)
    assert resp.status == 403
    bad = _body(pd, attendance=[{"member_id": pd.outsider.id, "status": "absent"}])
    resp = await pd.client.post(URL, json=bad, headers=pd.admin)
    assert resp.status == 400 and (await resp.json())["error"]["code"] == "partyday.bad_attendees"
    resp = await pd.client.post(URL, json=_body(pd, attendance=[{"member_id": pd.members[1].id, "status": "pending"}]),
                                headers=pd.admin)
    assert resp.status == 422


async def test_a_meeting_dated_in_october_but_run_in_december_counts_for_october(pd: Branch) -> None:
    pd.clock.set(_bj(12, 2))
    await pd.relogin()
    meeting = await pd.meeting(status="live", start_in=_bj(10, 15) - pd.clock.now(), meeting_type="branch_committee",
                               title="十月支委会（迟到的录入）")
    pd.clock.advance(120)
    assert (await pd.client.post(f"/api/v1/partydays/{meeting['id']}/end", headers=pd.admin)).status == 200
    committee = next(i for i in (await _cadence(pd))["items"] if i["meeting_type"] == "branch_committee")
    assert committee["periods"][9]["held"] == 1 and committee["periods"][11]["held"] == 0
