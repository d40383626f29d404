"""Leave requests and their approval; subscribe messages in WeChat mode; the reminder job runs once per meeting."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from miniapp_api.partyday.domain import jobs
from server.core.clock import ManualClock
from server.core.settings import PartydaySettings
from tests.fakes import FakeWeChat
from tests.miniapp_api.partyday.conftest import T0, TZ, Branch, build_branch


async def _leave(pd: Branch, meeting_id: int, member: Any, reason: str = "出差在外地，无法参加") -> Any:
    return await pd.client.post(f"/api/v1/partydays/{meeting_id}/leave", json={"reason": reason},
                                headers=await pd.headers(member))


async def test_a_member_asks_for_leave_and_the_secretary_approves(pd: Branch) -> None:
    meeting = await pd.meeting(status="published")
    mid = meeting["id"]
    resp = await _leave(pd, mid, pd.members[2])
    assert resp.status == 201, await resp.text()
    leave = await resp.json()
    assert leave["status"] == "pending"
    assert (await _leave(pd, mid, pd.members[2])).status == 409  # one request per member
    assert (await _leave(pd, mid, pd.outsider)).status == 403
    url = f"/api/v1/partydays/{mid}/leaves/{leave['id']}/decision"
    resp = await pd.client.post(url, json={"approve": True}, headers=await pd.headers(pd.members[1]))
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "partyday.not_host"  # not the secretary
    resp = await pd.client.post(url, json={"approve": True, "note": "同意，请会后补学"}, headers=await pd.headers(pd.secretary))
    assert resp.status == 200 and (await resp.json())["status"] == "approved"
    page = await (await pd.client.get("/api/v1/me/notices", headers=await pd.headers(pd.members[2]))).json()
    assert any(n["kind"] == "leave" and "已批准" in n["title"] for n in page["items"])
    mine = await (await pd.client.get("/api/v1/me/partydays", headers=await pd.headers(pd.members[2]))).json()
    assert mine["items"][0]["my_status"] == "已请假"
    listing = await (await pd.client.get(f"/api/v1/partydays/{mid}/leaves", headers=pd.admin)).json()
    assert [i["name"] for i in listing["items"]] == [pd.members[2].name]
    await pd.client.post(f"/api/v1/partydays/{mid}/start", headers=pd.admin)
    await pd.client.post(f"/api/v1/partydays/{mid}/end", headers=pd.admin)
    sheet = await (await pd.client.get(f"/api/v1/partydays/{mid}/attendance", headers=pd.admin)).json()
    item = next(i for i in sheet["items"] if i["member_id"] == pd.members[2].id)
    assert item["status"] == "leave" and item["leave_reason"] == "出差在外地，无法参加"
    assert sheet["counts"]["leave"] == 1 and sheet["counts"]["absent"] == 4


async def test_a_refused_leave_counts_as_absent_and_may_be_asked_again(pd: Branch) -> None:
    meeting = await pd.meeting(status="published")
    leave = await (await _leave(pd, meeting["id"], pd.members[3])).json()
    url = f"/api/v1/partydays/{meeting['id']}/leaves/{leave['id']}/decision"
    resp = await pd.client.post(url, json={"approve": False, "note": "理由不充分"}, headers=pd.admin)
    assert (await resp.json())["status"] == "refused"
    resp = await _leave(pd, meeting["id"], pd.members[3], "家中老人住院")
    assert resp.status == 201 and (await resp.json())["status"] == "pending"


async def test_leave_is_closed_once_the_meeting_starts(pd: Branch) -> None:
    meeting = await pd.meeting(status="published")
    pd.clock.advance(3600 + 1)
    resp = await _leave(pd, meeting["id"], pd.members[2])
    assert resp.status == 409 and (await resp.json())["error"]["code"] == "partyday.leave_closed"
    draft = await pd.meeting()
    assert (await _leave(pd, draft["id"], pd.members[2])).status == 403  # a draft is not announced yet


async def test_publishing_in_wechat_mode_sends_subscribe_messages(make_client: Any, wechat_settings: Any,
                                                                   fake_wechat: FakeWeChat) -> None:
    settings = wechat_settings.model_copy(
        update={"partyday": PartydaySettings(subscribe_template_id="TPL-MEETING"), "local_timezone": TZ})
    clock = ManualClock(T0)
    client = await make_client(settings, clock=clock)
    pd = await build_branch(client, clock)
    for i, member in enumerate(pd.members[:3]):  # three members are bound to WeChat accounts
        fake_wechat.codes[f"js-{i}"] = f"openid-{i}"
        resp = await client.post("/api/v1/auth/wechat", json={"code": f"js-{i}"})
        token = (await resp.json())["access_token"]
        resp = await client.post("/api/v1/me/bind", json={"name": member.name, "phone": member.phone},
                                 headers={"Authorization": f"Bearer {token}"})
        assert resp.status == 200, await resp.text()
    meeting = await pd.meeting()
    resp = await client.post(f"/api/v1/partydays/{meeting['id']}/publish", headers=pd.admin)
    body = await resp.json()
    assert body["notified"] == 5 and body["wechat_sent"] == 3
    sent = fake_wechat.calls_to("/cgi-bin/message/subscribe/send")
    assert sorted(p["touser"] for p in sent) == ["openid-0", "openid-1", "openid-2"]
    assert all(p["template_id"] == "TPL-MEETING" and len(p["data"]["thing1"]["value"]) <= 20 for p in sent)
    assert sent[0]["data"]["time2"]["value"] == "2026-03-10 10:00"  # Beijing time


async def test_the_reminder_job_reminds_each_meeting_once(pd: Branch) -> None:
    soon = await pd.meeting(status="published", start_in=timedelta(minutes=20))
    later = await pd.meeting(status="published", start_in=timedelta(minutes=90), title="专题党课")
    leave = await (await _leave(pd, soon["id"], pd.members[1])).json()
    await pd.client.post(f"/api/v1/partydays/{soon['id']}/leaves/{leave['id']}/decision", json={"approve": True},
                         headers=pd.admin)
    (job,) = jobs(pd.client.app)
    for _ in range(3):
        await job.run()
    reminders = await _reminders(pd, pd.members[2])
    assert [n["meeting_id"] for n in reminders] == [soon["id"]]
    assert await _reminders(pd, pd.members[1]) == []  # on approved leave: not reminded
    pd.clock.advance(65 * 60)
    await job.run()
    await job.run()
    assert sorted(n["meeting_id"] for n in await _reminders(pd, pd.members[2])) == sorted([soon["id"], later["id"]])


async def _reminders(pd: Branch, member: Any) -> list[dict[str, Any]]:
    page = await (await pd.client.get("/api/v1/me/notices", headers=await pd.headers(member))).json()
    return [n for n in page["items"] if n["kind"] == "reminder"]
