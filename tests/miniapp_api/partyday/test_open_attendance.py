"""Before a meeting has ended nobody is 缺席: people are 应到, 已请假 or 未签到, and the minutes list no absentees."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from tests.miniapp_api.partyday.conftest import Branch


async def _sheet(pd: Branch, mid: int) -> dict[str, Any]:
    resp = await pd.client.get(f"/api/v1/partydays/{mid}/attendance", headers=pd.admin)
    assert resp.status == 200, await resp.text()
    return await resp.json()


def _by_member(sheet: dict[str, Any]) -> dict[int, tuple[str, str]]:
    return {i["member_id"]: (i["status"], i["status_label"]) for i in sheet["items"]}


async def _absentees(pd: Branch, mid: int) -> list[str]:
    return list((await (await pd.client.get(f"/api/v1/partydays/{mid}/minutes", headers=pd.admin)).json())["absentees"])


async def test_a_draft_shows_everyone_as_expected_and_nobody_absent(pd: Branch) -> None:
    draft = await pd.meeting()
    sheet = await _sheet(pd, draft["id"])
    assert sheet["final"] is False
    assert set(_by_member(sheet).values()) == {("expected", "应到")}
    assert sheet["counts"]["expected"] == 5 and sheet["counts"]["absent"] == 0
    assert await _absentees(pd, draft["id"]) == []


async def test_until_the_end_people_are_on_leave_or_not_signed_in_and_absent_only_after(pd: Branch) -> None:
    meeting = await pd.meeting(status="published", start_in=timedelta(minutes=30))
    mid = meeting["id"]
    on_leave, present, missing = pd.members[3], pd.members[1], pd.members[2]
    leave = await (await pd.client.post(f"/api/v1/partydays/{mid}/leave", json={"reason": "值班"},
                                        headers=await pd.headers(on_leave))).json()
    await pd.client.post(f"/api/v1/partydays/{mid}/leaves/{leave['id']}/decision", json={"approve": True}, headers=pd.admin)
    rows = _by_member(await _sheet(pd, mid))
    assert rows[on_leave.id] == ("leave", "已请假") and rows[missing.id] == ("expected", "应到")
    pd.clock.advance(30 * 60)
    assert (await pd.client.post(f"/api/v1/partydays/{mid}/start", headers=pd.admin)).status == 200
    code = (await (await pd.client.get(f"/api/v1/partydays/{mid}/signin-code", headers=pd.admin)).json())["code"]
    resp = await pd.client.post(f"/api/v1/partydays/{mid}/signin", json={"code": code}, headers=await pd.headers(present))
    assert resp.status == 200
    live = await _sheet(pd, mid)
    rows = _by_member(live)
    assert rows[present.id] == ("signed_in", "已签到") and rows[on_leave.id] == ("leave", "已请假")
    assert rows[missing.id] == ("not_signed_in", "未签到")
    assert live["counts"]["present"] == 1 and live["counts"]["leave"] == 1 and live["counts"]["absent"] == 0
    assert await _absentees(pd, mid) == []
    pd.clock.advance(3600)
    assert (await pd.client.post(f"/api/v1/partydays/{mid}/end", headers=pd.admin)).status == 200
    final = await _sheet(pd, mid)
    rows = _by_member(final)
    assert rows[missing.id] == ("absent", "缺席") and rows[on_leave.id] == ("leave", "请假")
    assert final["counts"]["absent"] == 3
    assert sorted(await _absentees(pd, mid)) == sorted([pd.secretary.name, missing.name, pd.probationary.name])
