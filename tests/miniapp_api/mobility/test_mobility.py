"""流动党员 over HTTP: registration by the home branch, both sides' lists with masked contacts, contacts and
check-ins, the silence warning (党员教育管理工作条例 第三十二条), return, and bad input."""

from __future__ import annotations

from datetime import date

from aiohttp.test_utils import TestClient

from miniapp_api.orgs.models import OrgKind
from server.core.indicators import warnings_of
from tests.factories import admin_headers, make_member, make_org, member_headers

# The test clock's local today is 2026-06-15.


async def _world(client: TestClient):  # type: ignore[no-untyped-def]
    committee = await make_org(kind=OrgKind.COMMITTEE)
    home, receiving = await make_org(parent=committee), await make_org(parent=committee)
    return home, receiving, await admin_headers(client, home), await admin_headers(client, receiving)


async def register(client: TestClient, headers: dict[str, str], **body: object) -> dict:  # type: ignore[type-arg]
    resp = await client.post("/api/v1/mobility", json=body, headers=headers)
    assert resp.status == 201, await resp.text()
    return await resp.json()


async def test_home_branch_registers_and_both_sides_list_with_masked_contact(client: TestClient) -> None:
    """第三十二条: the home branch keeps the record, the 流入地 branch takes the member into its activities."""
    home, receiving, home_h, recv_h = await _world(client)
    member = await make_member(home, name="外出甲")
    out = await register(
        client,
        home_h,
        member_id=member.id,
        destination="深圳",
        since="2026-01-10",
        contact="13912345678",
        certificate_no="LD2026000777",
        receiving_org_id=receiving.id,
    )
    assert out["contact"] == "139****5678" and out["certificate_no"] == "LD********77"
    outflow = await (await client.get(f"/api/v1/orgs/{home.id}/mobility", headers=home_h)).json()
    inflow = await (await client.get(f"/api/v1/orgs/{receiving.id}/mobility", params={"side": "in"}, headers=recv_h)).json()
    assert [r["member_name"] for r in outflow["items"]] == [r["member_name"] for r in inflow["items"]] == ["外出甲"]
    detail_home = await (await client.get(f"/api/v1/mobility/{out['id']}", headers=home_h)).json()
    detail_recv = await (await client.get(f"/api/v1/mobility/{out['id']}", headers=recv_h)).json()
    assert detail_home["contact"] == "13912345678" and detail_recv["contact"] == "139****5678"
    again = await client.post(
        "/api/v1/mobility",
        headers=home_h,
        json={"member_id": member.id, "destination": "广州", "since": "2026-02-01", "contact": "13912345678"},
    )
    assert (again.status, (await again.json())["error"]["code"]) == (409, "mobility.already_away")


async def test_a_member_silent_for_the_configured_months_is_warned_about(client: TestClient) -> None:
    """第三十二条 asks for regular contact: no contact for 3 months (configurable) → a warning; a check-in clears it."""
    home, _, home_h, _ = await _world(client)
    member = await make_member(home)
    out = await register(client, home_h, member_id=member.id, destination="新疆", since="2025-10-01", contact="13911112222")
    from miniapp_api.mobility.models import MobilityRecord

    await MobilityRecord.filter(id=out["id"]).update(last_contact_on=date(2026, 3, 15))
    fn = warnings_of(client.app)["mobility.silent"]
    assert [w.refs for w in await fn(client.app, [home.id], date(2026, 6, 14))] == []  # 2 months 30 days
    assert [w.refs for w in await fn(client.app, [home.id], date(2026, 6, 15))] == [(out["id"],)]
    silent = await (await client.get(f"/api/v1/orgs/{home.id}/mobility", params={"silent": "true"}, headers=home_h)).json()
    assert silent["items"][0]["is_silent"] and silent["items"][0]["is_long_term"]  # away 8 months ≥ 6
    mine = await member_headers(client, member)
    checked = await client.post("/api/v1/me/mobility/checkins", json={"note": "在工地，一切正常"}, headers=mine)
    assert checked.status == 201
    assert await fn(client.app, [home.id], date(2026, 6, 15)) == []


async def test_contacts_and_return(client: TestClient) -> None:
    home, receiving, home_h, recv_h = await _world(client)
    member = await make_member(home)
    out = await register(
        client,
        home_h,
        member_id=member.id,
        destination="杭州",
        since="2026-05-01",
        contact="13933334444",
        receiving_org_id=receiving.id,
    )
    url = f"/api/v1/mobility/{out['id']}"
    early = await client.post(url + "/contacts", json={"on": "2026-04-01", "channel": "phone"}, headers=recv_h)
    assert (early.status, (await early.json())["error"]["code"]) == (400, "mobility.bad_date")
    ok = await client.post(
        url + "/contacts", json={"on": "2026-06-01", "channel": "activity", "note": "主题党日"}, headers=recv_h
    )
    assert ok.status == 201
    refused = await client.post(url + "/return", json={"on": "2026-06-10"}, headers=recv_h)
    assert refused.status == 403  # only the home branch closes the record
    back = await client.post(url + "/return", json={"on": "2026-06-10"}, headers=home_h)
    assert (await back.json())["status"] == "returned"
    twice = await client.post(url + "/return", json={"on": "2026-06-10"}, headers=home_h)
    assert (twice.status, (await twice.json())["error"]["code"]) == (409, "mobility.not_away")


async def test_outsiders_and_bad_input_are_refused(client: TestClient) -> None:
    home, _, home_h, _ = await _world(client)
    _, _, other_h, _ = await _world(client)
    member = await make_member(home)
    body = {"member_id": member.id, "destination": "北京", "since": "2026-07-01", "contact": "13955556666"}
    future = await client.post("/api/v1/mobility", json=body, headers=home_h)
    assert (future.status, (await future.json())["error"]["code"]) == (400, "mobility.bad_date")
    outside = await client.post("/api/v1/mobility", json={**body, "since": "2026-01-01"}, headers=other_h)
    assert (outside.status, (await outside.json())["error"]["code"]) == (403, "orgs.out_of_scope")
    same = await client.post(
        "/api/v1/mobility", json={**body, "since": "2026-01-01", "receiving_org_id": home.id}, headers=home_h
    )
    assert (same.status, (await same.json())["error"]["code"]) == (400, "mobility.same_org")


async def test_the_receiving_branch_takes_an_inflowing_member_into_its_meetings(client: TestClient) -> None:
    """第三十二条: 一方隶属、参加多重组织生活 — the receiving branch may put the 流动党员 on its meeting while away; an
    unrelated member of another branch may not, nor the member once returned."""
    home, receiving, home_h, recv_h = await _world(client)
    member, stranger = await make_member(home, name="外出乙"), await make_member(home, name="本地丙")
    local = await make_member(receiving, name="流入地丁")
    meeting_body = {"org_id": receiving.id, "meeting_type": "theme_day", "title": "主题党日",
                    "starts_at": "2026-06-20T09:00:00+08:00", "ends_at": "2026-06-20T10:00:00+08:00"}

    async def invite(ids: list[int]) -> int:
        resp = await client.post("/api/v1/partydays", json={**meeting_body, "member_ids": ids}, headers=recv_h)
        return resp.status

    assert await invite([local.id, member.id]) == 400  # not registered as flowing in yet
    out = await register(client, home_h, member_id=member.id, destination="本市", since="2026-03-01",
                         contact="13900001111", receiving_org_id=receiving.id)
    assert await invite([local.id, member.id]) == 201
    assert await invite([local.id, stranger.id]) == 400
    await client.post(f"/api/v1/mobility/{out['id']}/return", json={"on": "2026-06-10"}, headers=home_h)
    assert await invite([local.id, member.id]) == 400
