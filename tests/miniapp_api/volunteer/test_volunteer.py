"""志愿服务: activities, sign-in with the party-day code mechanism, hours confirmed by the admin, participation."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from miniapp_api.orgs.models import MemberStatus, OrgKind
from miniapp_api.partyday import signin
from miniapp_api.volunteer.models import VolunteerRecord
from server.core.appkeys import SETTINGS
from server.core.clock import ManualClock
from server.core.indicators import sources_of
from tests.factories import admin_headers, make_member, make_org, member_headers

T0 = datetime(2026, 6, 20, 1, 0, tzinfo=UTC)  # 2026-06-20 09:00 in Beijing


async def _world(make_client: Any) -> dict[str, Any]:
    clock = ManualClock(T0)
    client = await make_client(clock=clock)
    committee = await make_org(kind=OrgKind.COMMITTEE)
    a = await make_org(kind=OrgKind.BRANCH, parent=committee)
    group = await make_org(kind=OrgKind.GROUP, parent=a)
    b = await make_org(kind=OrgKind.BRANCH, parent=committee)
    members = [
        await make_member(a),
        await make_member(a),
        await make_member(group),
        await make_member(a, status=MemberStatus.ACTIVIST),
    ]
    outsider = await make_member(b)
    admin_a = await admin_headers(client, a)
    resp = await client.post(
        "/api/v1/volunteer/activities",
        json={
            "org_id": a.id,
            "title": "社区环境整治",
            "place": "幸福里",
            "starts_at": T0.isoformat(),
            "ends_at": (T0 + timedelta(hours=3)).isoformat(),
            "hours": "2.5",
        },
        headers=admin_a,
    )
    assert resp.status == 201, await resp.text()
    return {
        "client": client,
        "clock": clock,
        "committee": committee,
        "a": a,
        "b": b,
        "members": members,
        "outsider": outsider,
        "admin_a": admin_a,
        "activity": await resp.json(),
    }


async def test_members_sign_in_with_the_rotating_code_and_the_admin_confirms_hours(make_client: Any) -> None:
    w = await _world(make_client)
    client, activity, admin_a = w["client"], w["activity"], w["admin_a"]
    path = f"/api/v1/volunteer/activities/{activity['id']}"
    code = await (await client.get(path + "/signin-code", headers=admin_a)).json()
    settings = client.app[SETTINGS]
    # the same mechanism as party days, but its own namespace: a meeting with this id has another code
    assert code["code"] == signin.current(settings, activity["id"], "vol", w["clock"].time())[0]
    assert code["code"] != signin.current(settings, activity["id"], "in", w["clock"].time())[0]

    m0, m2 = w["members"][0], w["members"][2]
    h0, h2 = await member_headers(client, m0), await member_headers(client, m2)
    resp = await client.post(path + "/signin", json={"code": code["code"]}, headers=h0)
    assert resp.status == 200, await resp.text()
    first = await resp.json()
    again = await client.post(path + "/signin", json={"code": code["code"]}, headers=h0)
    assert (await again.json())["id"] == first["id"]
    resp = await client.post(path + "/signin", json={"code": code["code"]}, headers=h2)
    assert resp.status == 200  # a member of the branch's 党小组 belongs to the branch's activities
    wrong = f"{(int(code['code']) + 1) % 1_000_000:06d}"
    resp = await client.post(path + "/signin", json={"code": wrong}, headers=h2)
    assert resp.status == 400 and (await resp.json())["error"]["code"] == "volunteer.bad_code"
    resp = await client.post(path + "/signin", json={"code": code["code"]}, headers=await member_headers(client, w["outsider"]))
    assert resp.status == 404 and (await resp.json())["error"]["code"] == "volunteer.activity_not_found"

    # hours: the outsider makes the whole batch fail, nothing saved; then m0 and m2 are confirmed
    bad = await client.put(
        path + "/hours",
        json={"entries": [{"member_id": m0.id, "hours": "2.5"}, {"member_id": w["outsider"].id, "hours": "2"}]},
        headers=admin_a,
    )
    assert bad.status == 400 and (await bad.json())["error"]["code"] == "volunteer.foreign_member"
    assert await VolunteerRecord.filter(confirmed_at__isnull=False).count() == 0
    resp = await client.put(
        path + "/hours",
        json={"entries": [{"member_id": m0.id, "hours": "2.5"}, {"member_id": m2.id, "hours": "1.5"}]},
        headers=admin_a,
    )
    assert resp.status == 200, await resp.text()
    assert {(r["member_id"], r["hours"]) for r in (await resp.json())["items"]} == {(m0.id, "2.5"), (m2.id, "1.5")}
    mine = await (await client.get("/api/v1/me/volunteer", headers=h0)).json()
    assert mine["year"] == 2026 and mine["confirmed_hours"] == "2.5"

    m1 = w["members"][1]  # confirmed with no hours: present on the list, not a participant
    resp = await client.put(path + "/hours", json={"entries": [{"member_id": m1.id, "hours": "0"}]}, headers=admin_a)
    assert resp.status == 200, await resp.text()
    source = sources_of(client.app)["volunteer.participation"]
    q2 = await source(client.app, [w["a"].id, w["b"].id, w["committee"].id], date(2026, 4, 1), date(2026, 6, 30))
    va = q2[w["a"].id]
    assert (va.numerator, va.denominator) == (2, 3)  # the activist is not counted among the members
    vc = q2[w["committee"].id]
    assert (vc.numerator, vc.denominator) == (2, 4)  # the committee's subtree includes B's member
    assert w["b"].id not in q2  # B never recorded an activity: 无数据
    q3 = await source(client.app, [w["a"].id], date(2026, 7, 1), date(2026, 9, 30))
    assert (q3[w["a"].id].numerator, q3[w["a"].id].denominator) == (0, 3)  # active before, nobody this quarter
    q1 = await source(client.app, [w["a"].id], date(2026, 1, 1), date(2026, 3, 31))
    assert w["a"].id not in q1  # nothing recorded by then


async def test_sign_in_is_refused_outside_the_window_and_outsiders_are_refused(make_client: Any) -> None:
    w = await _world(make_client)
    client, activity = w["client"], w["activity"]
    path = f"/api/v1/volunteer/activities/{activity['id']}"
    w["clock"].advance(6 * 3600)  # ended 3 hours ago
    code = signin.current(client.app[SETTINGS], activity["id"], "vol", w["clock"].time())[0]
    admin_a = await admin_headers(client, w["a"])
    resp = await client.post(path + "/signin", json={"code": code}, headers=await member_headers(client, w["members"][1]))
    assert resp.status == 409 and (await resp.json())["error"]["code"] == "volunteer.signin_closed"
    admin_b = await admin_headers(client, w["b"])
    for method, url, body in (
        ("GET", path, None),
        ("GET", path + "/signin-code", None),
        ("PUT", path + "/hours", {"entries": [{"member_id": w["members"][0].id, "hours": "1"}]}),
    ):
        resp = await client.request(method, url, json=body, headers=admin_b)
        assert resp.status == 403 and (await resp.json())["error"]["code"] == "orgs.out_of_scope", url
    resp = await client.post(
        "/api/v1/volunteer/activities",
        json={"org_id": w["a"].id, "title": "x", "starts_at": T0.isoformat(), "ends_at": T0.isoformat(), "hours": "1"},
        headers=admin_a,
    )
    assert resp.status == 400 and (await resp.json())["error"]["code"] == "volunteer.bad_times"
    listed = await (await client.get("/api/v1/volunteer/activities", params={"org_id": w["a"].id}, headers=admin_a)).json()
    assert [i["id"] for i in listed["items"]] == [activity["id"]]


async def test_too_many_wrong_codes_block_sign_in_even_with_the_right_code(make_client: Any) -> None:
    w = await _world(make_client)
    client, activity = w["client"], w["activity"]
    path = f"/api/v1/volunteer/activities/{activity['id']}/signin"
    right = signin.current(client.app[SETTINGS], activity["id"], "vol", w["clock"].time())[0]
    wrong = f"{(int(right) + 1) % 1_000_000:06d}"
    headers = await member_headers(client, w["members"][1])
    limit = client.app[SETTINGS].partyday.wrong_code_limit_per_minute
    statuses = [(await client.post(path, json={"code": wrong}, headers=headers)).status for _ in range(limit + 1)]
    assert statuses == [400] * limit + [429]
    resp = await client.post(path, json={"code": right}, headers=headers)
    assert resp.status == 429 and (await resp.json())["error"]["code"] == "volunteer.too_many_codes"
    assert "Retry-After" in resp.headers
    assert await VolunteerRecord.filter(member_id=w["members"][1].id).count() == 0
