"""Dynamic sign-in: rotating HMAC codes, the grace slice, old codes refused, rate limits, sign-out."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from miniapp_api.partyday import signin
from tests.miniapp_api.partyday.conftest import Branch


async def _code(pd: Branch, meeting_id: int, action: str = "in") -> dict[str, Any]:
    resp = await pd.client.get(f"/api/v1/partydays/{meeting_id}/signin-code", params={"action": action}, headers=pd.admin)
    assert resp.status == 200, await resp.text()
    return await resp.json()


async def _sign(pd: Branch, meeting_id: int, member: Any, code: str, path: str = "signin") -> Any:
    return await pd.client.post(f"/api/v1/partydays/{meeting_id}/{path}", json={"code": code},
                                headers=await pd.headers(member))


async def test_a_member_signs_in_with_the_current_code_and_a_repeat_is_harmless(pd: Branch) -> None:
    meeting = await pd.meeting(status="live", start_in=timedelta(0))
    code = await _code(pd, meeting["id"])
    assert len(code["code"]) == 6 and code["code"].isdigit() and 0 < code["expires_in"] <= 15
    assert code["qr_payload"].endswith(f"/pd/{meeting['id']}?a=in&c={code['code']}")
    member = pd.members[2]
    resp = await _sign(pd, meeting["id"], member, code["code"])
    assert resp.status == 200, await resp.text()
    first = await resp.json()
    assert first["already"] is False and first["is_late"] is False
    resp = await _sign(pd, meeting["id"], member, code["code"])
    again = await resp.json()
    assert resp.status == 200 and again["already"] is True and again["at"] == first["at"]
    sheet = await (await pd.client.get(f"/api/v1/partydays/{meeting['id']}/attendance", headers=pd.admin)).json()
    statuses = {i["member_id"]: i["status"] for i in sheet["items"]}
    assert statuses[member.id] == "signed_in" and sheet["counts"]["present"] == 1


async def test_an_old_code_is_refused_but_one_slice_of_grace_is_allowed(pd: Branch) -> None:
    meeting = await pd.meeting(status="live", start_in=timedelta(0))
    pd.clock.set(pd.clock.time() // 15 * 15 + 1)  # at the start of a slice
    old = (await _code(pd, meeting["id"]))["code"]
    pd.clock.advance(15)  # next slice: the previous code is still within grace
    resp = await _sign(pd, meeting["id"], pd.members[1], old)
    assert resp.status == 200, await resp.text()
    pd.clock.advance(15)  # two slices later: a forwarded photo no longer works
    resp = await _sign(pd, meeting["id"], pd.members[2], old)
    assert resp.status == 400 and (await resp.json())["error"]["code"] == "partyday.bad_code"
    fresh = (await _code(pd, meeting["id"]))["code"]
    assert fresh != old
    assert (await _sign(pd, meeting["id"], pd.members[2], fresh)).status == 200


async def test_the_code_is_bound_to_meeting_and_action(pd: Branch) -> None:
    a = await pd.meeting(status="live", start_in=timedelta(0))
    b = await pd.meeting(status="live", start_in=timedelta(0), title="另一场")
    code_a = (await _code(pd, a["id"]))["code"]
    out_a = (await _code(pd, a["id"], "out"))["code"]
    assert code_a != out_a
    assert (await _sign(pd, b["id"], pd.members[1], code_a)).status == 400  # another meeting's code
    assert (await _sign(pd, a["id"], pd.members[1], out_a)).status == 400  # the sign-out code does not sign in
    payload = (await _code(pd, a["id"]))["qr_payload"]
    assert (await _sign(pd, b["id"], pd.members[2], payload)).status == 400  # a scanned payload of meeting A
    assert (await _sign(pd, a["id"], pd.members[2], payload)).status == 200  # the scanned payload itself works


async def test_wrong_codes_are_rate_limited_per_member(pd: Branch) -> None:
    meeting = await pd.meeting(status="live", start_in=timedelta(0))
    good = (await _code(pd, meeting["id"]))["code"]
    wrong = f"{(int(good) + 1) % 1_000_000:06d}"
    for _ in range(5):
        resp = await _sign(pd, meeting["id"], pd.members[1], wrong)
        assert resp.status == 400
    resp = await _sign(pd, meeting["id"], pd.members[1], wrong)
    assert resp.status == 429 and int(resp.headers["Retry-After"]) >= 1
    assert (await resp.json())["error"]["code"] == "partyday.too_many_codes"
    resp = await _sign(pd, meeting["id"], pd.members[1], good)  # blocked for the window, even with a good code
    assert resp.status == 429
    assert (await _sign(pd, meeting["id"], pd.members[2], good)).status == 200  # other members are unaffected


async def test_only_expected_attendees_sign_in_and_only_in_the_window(pd: Branch) -> None:
    meeting = await pd.meeting(status="published", start_in=timedelta(hours=2))
    code = (await _code(pd, meeting["id"]))["code"]
    resp = await _sign(pd, meeting["id"], pd.members[1], code)
    assert resp.status == 409 and (await resp.json())["error"]["code"] == "partyday.signin_closed"
    pd.clock.advance(2 * 3600 - 20 * 60)  # 20 minutes before the start: sign-in is open
    code = (await _code(pd, meeting["id"]))["code"]
    assert (await _sign(pd, meeting["id"], pd.members[1], code)).status == 200
    for stranger in (pd.outsider, pd.activist):
        resp = await _sign(pd, meeting["id"], stranger, code)
        assert resp.status == 403 and (await resp.json())["error"]["code"] == "partyday.not_expected"
    resp = await pd.client.post(f"/api/v1/partydays/{meeting['id']}/signin", json={"code": code}, headers=pd.admin)
    assert resp.status == 403  # console accounts are not members


async def test_late_arrivals_are_marked_late(pd: Branch) -> None:
    meeting = await pd.meeting(status="live", start_in=timedelta(0))
    pd.clock.advance(11 * 60)
    code = (await _code(pd, meeting["id"]))["code"]
    resp = await _sign(pd, meeting["id"], pd.members[2], code)
    assert (await resp.json())["is_late"] is True
    resp = await pd.client.post(f"/api/v1/partydays/{meeting['id']}/end", headers=pd.admin)
    sheet = await (await pd.client.get(f"/api/v1/partydays/{meeting['id']}/attendance", headers=pd.admin)).json()
    item = next(i for i in sheet["items"] if i["member_id"] == pd.members[2].id)
    assert item["status"] == "late" and item["status_label"] == "迟到"
    assert sheet["final"] and sheet["counts"] == {"expected": 5, "present": 1, "leave": 0, "absent": 4, "late": 1, "online": 0}


async def test_sign_out_and_the_hosts_sign_everyone_out(pd: Branch) -> None:
    meeting = await pd.meeting(status="live", start_in=timedelta(0))
    mid = meeting["id"]
    out_code = (await _code(pd, mid, "out"))["code"]
    resp = await _sign(pd, mid, pd.members[1], out_code, "signout")
    assert resp.status == 409 and (await resp.json())["error"]["code"] == "partyday.not_signed_in"
    code = (await _code(pd, mid))["code"]
    for m in pd.members[1:4]:
        assert (await _sign(pd, mid, m, code)).status == 200
    resp = await _sign(pd, mid, pd.members[1], out_code, "signout")
    assert resp.status == 200 and (await resp.json())["action"] == "out"
    assert (await (await _sign(pd, mid, pd.members[1], out_code, "signout")).json())["already"] is True
    member = await pd.headers(pd.members[2])
    assert (await pd.client.post(f"/api/v1/partydays/{mid}/signout-all", headers=member)).status == 403
    resp = await pd.client.post(f"/api/v1/partydays/{mid}/signout-all", headers=await pd.headers(pd.secretary))
    assert resp.status == 200 and (await resp.json())["count"] == 2  # the secretary hosts; one had already left
    sheet = await (await pd.client.get(f"/api/v1/partydays/{mid}/attendance", headers=pd.admin)).json()
    assert sum(1 for i in sheet["items"] if i["signed_out_at"]) == 3


async def test_the_qr_svg_is_drawn_only_for_a_current_code(pd: Branch) -> None:
    meeting = await pd.meeting(status="live", start_in=timedelta(0))
    code = await _code(pd, meeting["id"])
    resp = await pd.client.get(code["qr_svg_url"])
    assert resp.status == 200 and resp.content_type == "image/svg+xml"
    assert b"<svg" in await resp.read()
    bad = code["qr_svg_url"].replace(code["code"], f"{(int(code['code']) + 7) % 1_000_000:06d}")
    assert (await pd.client.get(bad)).status == 400


async def test_the_qr_image_is_no_oracle_for_guessing_codes(pd: Branch) -> None:
    """Without the server's signature a right code and a wrong one get the same answer."""
    meeting = await pd.meeting(status="live", start_in=timedelta(0))
    code = await _code(pd, meeting["id"])
    base = f"/api/v1/partydays/{meeting['id']}/signin-qr.svg"
    wrong = f"{(int(code['code']) + 7) % 1_000_000:06d}"
    answers = []
    for guess in (code["code"], wrong):
        for sig in ("", "0" * 20):
            resp = await pd.client.get(base, params={"action": "in", "code": guess, "sig": sig} if sig
                                       else {"action": "in", "code": guess})
            answers.append((resp.status, (await resp.json())["error"]["code"]))
    assert set(answers) == {(400, "partyday.bad_code")}, answers
    pd.clock.advance(60)  # a signed URL stops working once its code has expired
    assert (await pd.client.get(code["qr_svg_url"])).status == 400


def test_codes_are_six_digits_and_differ_per_slice_meeting_and_action() -> None:
    key = b"k" * 32
    codes = {signin.derive(key, m, a, s) for m in (1, 2) for a in ("in", "out") for s in range(50)}
    assert len(codes) >= 195 and all(len(c) == 6 and c.isdigit() for c in codes)
