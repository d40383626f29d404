"""党费 over HTTP: one test per bracket and timing rule of the 党费规定 (the docstrings cite the article), payments,
arrears and the 自行脱党 warning, funds, receipts, the ledger and bad input."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from openpyxl import load_workbook

from miniapp_api.orgs.models import Member, MemberStatus, OrgKind
from server.core.indicators import warnings_of
from tests.factories import admin_headers, make_member, make_org, member_headers
from tests.fakes import FakeWeChat

# The test clock's local today is 2026-06-15 (TEST_EPOCH in Asia/Shanghai).


async def calc(client: TestClient, kind: str, base: str | None = None) -> dict[str, str]:
    resp = await client.get("/api/v1/dues/calc", params={"kind": kind, **({"base": base} if base else {})})
    assert resp.status == 200, await resp.text()
    return await resp.json()


@pytest.mark.parametrize(
    ("base", "rate", "amount"), [("3000", "0.005", "15.00"), ("1234.5", "0.005", "6.17"), ("0", "0.005", "0.00")]
)
async def test_wage_up_to_3000_pays_half_a_percent(client: TestClient, base: str, rate: str, amount: str) -> None:
    """党费规定 第二条: monthly wage (after tax) up to and including 3000 元 → 0.5 %; 6.1725 rounds half up to 6.17."""
    out = await calc(client, "salaried", base)
    assert (out["rate"], out["amount"]) == (rate, amount)


@pytest.mark.parametrize(("base", "amount"), [("3000.01", "30.00"), ("5000", "50.00")])
async def test_wage_over_3000_up_to_5000_pays_one_percent(client: TestClient, base: str, amount: str) -> None:
    """党费规定 第二条: above 3000 and up to 5000 元 (inclusive) → 1 %."""
    out = await calc(client, "salaried", base)
    assert (out["rate"], out["amount"]) == ("0.01", amount)


@pytest.mark.parametrize(("base", "amount"), [("8000", "120.00"), ("10000", "150.00"), ("5000.01", "75.00")])
async def test_wage_over_5000_up_to_10000_pays_one_and_a_half_percent(client: TestClient, base: str, amount: str) -> None:
    """党费规定 第二条: above 5000 and up to 10000 元 → 1.5 % (the issue's example: 8000 → 120.00)."""
    out = await calc(client, "salaried", base)
    assert (out["rate"], out["amount"]) == ("0.015", amount)


async def test_wage_over_10000_pays_two_percent(client: TestClient) -> None:
    """党费规定 第二条: above 10000 元 → 2 %."""
    out = await calc(client, "salaried", "10000.01")
    assert (out["rate"], out["amount"]) == ("0.02", "200.00")


async def test_annual_salary_and_self_employed_follow_the_wage_brackets(client: TestClient) -> None:
    """党费规定 第三条 (年薪制) and 第四条 (个体经营): the base differs, the brackets are 第二条's."""
    assert (await calc(client, "annual_salary", "12000"))["amount"] == "240.00"
    assert (await calc(client, "self_employed", "4000"))["amount"] == "40.00"


@pytest.mark.parametrize(("base", "rate", "amount"), [("5000", "0.005", "25.00"), ("5000.01", "0.01", "50.00")])
async def test_retired_pay_half_a_percent_up_to_5000_then_one(client: TestClient, base: str, rate: str, amount: str) -> None:
    """党费规定 第五条: pensions up to 5000 元 (inclusive) → 0.5 %, above → 1 %."""
    out = await calc(client, "retired", base)
    assert (out["rate"], out["amount"]) == (rate, amount)


async def test_farmers_pay_the_branch_figure_within_the_range(client: TestClient) -> None:
    """党费规定 第六条: 农民党员 pay 0.2–1 元 a month (the branch's figure, 0.50 by default)."""
    out = await calc(client, "farmer")
    assert (out["rate"], out["amount"]) == (None, "0.50")


@pytest.mark.parametrize("kind", ["student", "unemployed", "relief"])
async def test_students_unemployed_and_relief_pay_twenty_fen(client: TestClient, kind: str) -> None:
    """党费规定 第六条: students, the unemployed and those living on relief or 低保 pay 0.2 元 a month."""
    assert (await calc(client, kind))["amount"] == "0.20"


@pytest.mark.parametrize(
    "params",
    [
        {"kind": "salaried"},
        {"kind": "salaried", "base": "-1"},
        {"kind": "salaried", "base": "abc"},
        {"kind": "wizard", "base": "100"},
        {"kind": "salaried", "base": "1.001"},
    ],
)
async def test_calculator_refuses_bad_input(client: TestClient, params: dict[str, str]) -> None:
    resp = await client.get("/api/v1/dues/calc", params=params)
    assert resp.status == 422
    assert (await resp.json())["error"]["code"] in ("validation_error", "dues.bad_input")


# ---- profiles, payments, arrears -------------------------------------------------------------------


async def _branch(client: TestClient):  # type: ignore[no-untyped-def]
    branch = await make_org(kind=OrgKind.BRANCH)
    return branch, await admin_headers(client, branch)


async def profile(client: TestClient, headers: dict[str, str], member_id: int, **body: object) -> dict:  # type: ignore[type-arg]
    resp = await client.post(f"/api/v1/members/{member_id}/dues/profiles", json={"year": 2026, **body}, headers=headers)
    assert resp.status == 201, await resp.text()
    return await resp.json()


async def test_a_rate_that_does_not_match_the_bracket_is_refused(client: TestClient) -> None:
    """党费规定 第二条: the rate follows from the base; 1 % for 8000 元 is refused and nothing is saved."""
    branch, headers = await _branch(client)
    member = await make_member(branch)
    resp = await client.post(
        f"/api/v1/members/{member.id}/dues/profiles",
        headers=headers,
        json={"year": 2026, "kind": "salaried", "base": "8000", "rate": "0.01"},
    )
    assert resp.status == 422
    body = await resp.json()
    assert body["error"]["code"] == "dues.rate_mismatch"
    assert body["error"]["details"]["expected"] == "0.015"
    listed = await client.get(f"/api/v1/members/{member.id}/dues/profiles", headers=headers)
    assert (await listed.json())["items"] == []
    ok = await profile(client, headers, member.id, kind="salaried", base="8000", rate="0.015")
    assert ok["amount"] == "120.00"


async def test_reduction_or_exemption_needs_the_higher_committees_approval(client: TestClient) -> None:
    """党费规定 第七条: 少交 or 免交 only with the approval of the committee above (an approval reference)."""
    branch, headers = await _branch(client)
    member = await make_member(branch)
    resp = await client.post(
        f"/api/v1/members/{member.id}/dues/profiles",
        headers=headers,
        json={"year": 2026, "kind": "salaried", "base": "4000", "hardship": "exempt"},
    )
    assert (resp.status, (await resp.json())["error"]["code"]) == (422, "dues.approval_required")
    reduced = await profile(
        client,
        headers,
        member.id,
        kind="salaried",
        base="4000",
        hardship="reduced",
        reduced_amount="10",
        approval_ref="某党委〔2026〕3号",
    )
    assert (reduced["standard_amount"], reduced["amount"]) == ("40.00", "10.00")
    exempt = await profile(
        client,
        headers,
        member.id,
        kind="salaried",
        base="4000",
        from_month=7,
        hardship="exempt",
        approval_ref="某党委〔2026〕4号",
    )
    table = await (await client.get(f"/api/v1/orgs/{branch.id}/dues", params={"year": 2026}, headers=headers)).json()
    months = table["members"][0]["months"]
    assert months[5]["due"] == "10.00" and months[6]["status"] == "exempt"
    assert exempt["amount"] == "0.00"


async def test_payment_is_recorded_once_per_month_and_not_below_the_standard(client: TestClient) -> None:
    """党费规定 第十一条: paying more is voluntary; less than the standard is refused; a month is paid once."""
    branch, headers = await _branch(client)
    member = await make_member(branch)
    await profile(client, headers, member.id, kind="salaried", base="8000")
    pay = {"member_id": member.id, "year": 2026, "month": 5}
    low = await client.post("/api/v1/dues/payments", json={**pay, "amount": "100"}, headers=headers)
    assert (low.status, (await low.json())["error"]["code"]) == (422, "dues.amount_below_due")
    first = await client.post("/api/v1/dues/payments", json={**pay, "amount": "150"}, headers=headers)
    assert first.status == 201
    paid = await first.json()
    assert (paid["amount"], paid["due"]) == ("150.00", "120.00")
    again = await client.post("/api/v1/dues/payments", json={**pay, "amount": "120"}, headers=headers)
    assert (again.status, (await again.json())["error"]["code"]) == (409, "dues.already_paid")
    receipt = await client.get(f"/api/v1/dues/payments/{paid['id']}/receipt", headers=headers)
    assert receipt.status == 200 and paid["receipt_no"] in await receipt.text()


async def test_a_month_without_a_standard_cannot_be_paid(client: TestClient) -> None:
    branch, headers = await _branch(client)
    member = await make_member(branch)
    resp = await client.post(
        "/api/v1/dues/payments", headers=headers, json={"member_id": member.id, "year": 2026, "month": 3, "amount": "1"}
    )
    assert (resp.status, (await resp.json())["error"]["code"]) == (400, "dues.no_profile")


async def test_payment_ahead_is_limited_to_the_current_quarter(client: TestClient) -> None:
    """党费规定 第十二条: with the branch's consent dues may be paid by the quarter — June is in Q2, July is not."""
    branch, headers = await _branch(client)
    member = await make_member(branch)
    await profile(client, headers, member.id, kind="student")
    june = await client.post(
        "/api/v1/dues/payments", headers=headers, json={"member_id": member.id, "year": 2026, "month": 6, "amount": "0.2"}
    )
    assert june.status == 201
    july = await client.post(
        "/api/v1/dues/payments", headers=headers, json={"member_id": member.id, "year": 2026, "month": 7, "amount": "0.2"}
    )
    assert (july.status, (await july.json())["error"]["code"]) == (400, "dues.future_month")


async def test_probationary_member_pays_from_the_month_of_admission(client: TestClient) -> None:
    """党费规定 第八条: a 预备党员 pays from the day the 支部大会 admitted them; earlier months are not owed."""
    branch, headers = await _branch(client)
    member = await make_member(branch, status=MemberStatus.PROBATIONARY)
    await Member.filter(id=member.id).update(joined_at=date(2026, 4, 20))
    await profile(client, headers, member.id, kind="salaried", base="2000")
    table = await (await client.get(f"/api/v1/orgs/{branch.id}/dues", params={"year": 2026}, headers=headers)).json()
    statuses = [c["status"] for c in table["members"][0]["months"]]
    assert statuses[:6] == ["not_due", "not_due", "not_due", "unpaid", "unpaid", "open"]
    march = await client.post(
        "/api/v1/dues/payments", headers=headers, json={"member_id": member.id, "year": 2026, "month": 3, "amount": "10"}
    )
    assert (march.status, (await march.json())["error"]["code"]) == (400, "dues.not_a_member_yet")


async def test_six_consecutive_unpaid_months_flag_the_lapse_procedure(client: TestClient) -> None:
    """党费规定 第十三条 and 党章 第九条: six months in a row unpaid → the 自行脱党 procedure is flagged as a
    warning (never a removal); five months are not enough."""
    branch, headers = await _branch(client)
    five, six = await make_member(branch, name="五个月"), await make_member(branch, name="六个月")
    for m in (five, six):
        for year in (2025, 2026):
            await profile(client, headers, m.id, kind="salaried", base="4000", year=year)
    # five paid Dec 2025; six paid Nov 2025: by 15 June 2026 (May the last closed month) five has 5, six has 6.
    await client.post(
        "/api/v1/dues/payments", headers=headers, json={"member_id": five.id, "year": 2025, "month": 12, "amount": "40"}
    )
    await client.post(
        "/api/v1/dues/payments", headers=headers, json={"member_id": six.id, "year": 2025, "month": 11, "amount": "40"}
    )
    await client.post(
        "/api/v1/dues/payments", headers=headers, json={"member_id": six.id, "year": 2025, "month": 12, "amount": "40"}
    )
    await _reverse_last(client, headers, six.id)
    rows = {
        r["name"]: r
        for r in (await (await client.get(f"/api/v1/orgs/{branch.id}/dues/arrears", headers=headers)).json())["items"]
    }
    assert (rows["五个月"]["consecutive_unpaid"], rows["五个月"]["lapse_flag"]) == (5, False)
    assert (rows["六个月"]["consecutive_unpaid"], rows["六个月"]["lapse_flag"]) == (6, True)
    warnings = await warnings_of(client.app)["dues.lapse"](client.app, [branch.id], date(2026, 6, 15))
    assert [w.refs for w in warnings] == [(six.id,)]
    assert await Member.filter(id=six.id, is_active=True).exists()  # a warning, not a removal


async def _reverse_last(client: TestClient, headers: dict[str, str], member_id: int) -> None:
    """The December payment was recorded by mistake: a reversal entry undoes it, the original stays."""
    from miniapp_api.dues.models import DuesPayment

    last = await DuesPayment.filter(member_id=member_id).order_by("-id").first()
    assert last is not None
    resp = await client.post(f"/api/v1/dues/payments/{last.id}/reverse", json={"reason": "误登"}, headers=headers)
    assert resp.status == 201
    assert (await resp.json())["amount"] == "-40.00"
    again = await client.post(f"/api/v1/dues/payments/{last.id}/reverse", json={"reason": "误登"}, headers=headers)
    assert (again.status, (await again.json())["error"]["code"]) == (409, "dues.already_reversed")
    assert await DuesPayment.filter(member_id=member_id).count() == 3


async def test_member_sees_own_dues_and_pays_through_wechat_stub(client: TestClient) -> None:
    branch, headers = await _branch(client)
    member = await make_member(branch)
    await profile(client, headers, member.id, kind="retired", base="6000")
    mine = await member_headers(client, member)
    paid = await client.post("/api/v1/me/dues/payments", json={"year": 2026, "month": 6}, headers=mine)
    assert paid.status == 201, await paid.text()
    out = (await paid.json())["payment"]
    assert (out["channel"], out["amount"]) == ("wechat", "60.00") and out["reference"].startswith("stub-")
    view = await (await client.get("/api/v1/me/dues", params={"year": 2026}, headers=mine)).json()
    assert view["months"][5]["status"] == "paid" and view["months"][4]["status"] == "unpaid"
    receipt = await client.get(f"/api/v1/dues/payments/{out['id']}/receipt", headers=mine)
    assert receipt.status == 200


async def test_recalculation_carries_last_years_base_with_current_brackets(client: TestClient) -> None:
    """Recalculated yearly; 党费规定 第七条's approval is not carried into the new year."""
    branch, headers = await _branch(client)
    a, b = await make_member(branch), await make_member(branch)
    await profile(client, headers, a.id, year=2025, kind="salaried", base="6000")
    await profile(client, headers, b.id, year=2025, kind="salaried", base="6000", hardship="exempt", approval_ref="批")
    resp = await client.post(f"/api/v1/orgs/{branch.id}/dues/recalculate", json={"year": 2026}, headers=headers)
    assert await resp.json() == {"created": 2, "skipped": 0}
    table = await (await client.get(f"/api/v1/orgs/{branch.id}/dues", params={"year": 2026}, headers=headers)).json()
    assert [r["monthly"] for r in table["members"]] == ["90.00", "90.00"]


async def test_funds_need_a_collective_decision_and_balance(client: TestClient) -> None:
    """党费规定 第二十条: 下拨 and 使用 are decided collectively; 第十九条: a use names its purpose."""
    branch, headers = await _branch(client)
    member = await make_member(branch)
    await profile(client, headers, member.id, kind="salaried", base="8000")
    await client.post(
        "/api/v1/dues/payments", headers=headers, json={"member_id": member.id, "year": 2026, "month": 1, "amount": "120"}
    )
    url = f"/api/v1/orgs/{branch.id}/dues/funds"
    bad = await client.post(
        url, json={"year": 2026, "kind": "use", "amount": "50", "on": "2026-03-01", "purpose": "订报"}, headers=headers
    )
    assert (bad.status, (await bad.json())["error"]["code"]) == (422, "dues.decision_required")
    for body in ({"kind": "remit", "amount": "20"}, {"kind": "use", "amount": "50", "purpose": "订报", "decision": "支委会"}):
        assert (await client.post(url, json={"year": 2026, "on": "2026-03-01", **body}, headers=headers)).status == 201
    out = await (await client.get(url, params={"year": 2026}, headers=headers)).json()
    assert (out["collected"], out["remitted"], out["used"], out["balance"]) == ("120.00", "20.00", "50.00", "50.00")

    # 第二十六条: the use is reported to the members — published through 党务公开, totals and purposes, no member's name
    published = await client.post(f"{url}/publish", json={"year": 2026}, headers=headers)
    assert published.status == 201, await published.text()
    page = await (await client.get(f"/api/v1/disclosure/orgs/{branch.id}/public")).json()
    [item] = [i for i in page["items"] if i["kind_name"] == "党费收缴使用情况"]
    assert "实收120.00元" in item["body"] and "使用50.00元：订报" in item["body"] and member.name not in item["body"]


async def test_ledger_xlsx_lists_members_and_months(client: TestClient) -> None:
    branch, headers = await _branch(client)
    member = await make_member(branch, name="台账甲")
    await profile(client, headers, member.id, kind="salaried", base="8000")
    await client.post(
        "/api/v1/dues/payments", headers=headers, json={"member_id": member.id, "year": 2026, "month": 1, "amount": "120"}
    )
    resp = await client.get(f"/api/v1/orgs/{branch.id}/dues/ledger.xlsx", params={"year": 2026}, headers=headers)
    assert resp.status == 200
    ws = load_workbook(io.BytesIO(await resp.read())).active
    row = [c.value for c in ws[2]]
    assert row[0] == "台账甲" and row[6] == "120.00" and row[7] == "欠"


async def test_other_branches_admin_cannot_read_or_pay(client: TestClient) -> None:
    branch, _ = await _branch(client)
    _, other = await _branch(client)
    member = await make_member(branch)
    resp = await client.get(f"/api/v1/orgs/{branch.id}/dues", headers=other)
    assert (resp.status, (await resp.json())["error"]["code"]) == (403, "orgs.out_of_scope")
    resp = await client.post(
        "/api/v1/dues/payments", headers=other, json={"member_id": member.id, "year": 2026, "month": 1, "amount": "1"}
    )
    assert resp.status == 403


async def test_wechat_pay_records_only_what_the_gateway_confirms(
    make_client: Any, make_settings: Any, fake_wechat: FakeWeChat
) -> None:
    """With a merchant id the member gets a prepay_id; the payment is recorded only once the gateway's own order
    query says SUCCESS for the ordered amount (never on the mini-program's word)."""
    client = await make_client(
        make_settings(
            wechat_appid=fake_wechat.appid,
            wechat_secret=fake_wechat.secret,
            wechat_api_base=fake_wechat.base_url,
            dues={"pay_mchid": fake_wechat.mchid, "pay_api_base": fake_wechat.base_url},
        )
    )
    branch, headers = await _branch(client)
    member = await make_member(branch)
    await profile(client, headers, member.id, kind="salaried", base="8000")
    fake_wechat.codes["c1"] = "openid-dues"
    login = await client.post("/api/v1/auth/wechat", json={"code": "c1"})
    token = {"Authorization": f"Bearer {(await login.json())['access_token']}"}
    bound = await client.post("/api/v1/me/bind", json={"name": member.name, "phone": member.phone}, headers=token)
    mine = {"Authorization": f"Bearer {(await bound.json())['access_token']}"}
    order = await (await client.post("/api/v1/me/dues/payments", json={"year": 2026, "month": 6}, headers=mine)).json()
    assert order["payment"] is None and order["prepay_id"].startswith("wx-prepay-")
    sent = fake_wechat.calls_to("/v3/pay/transactions/jsapi")[0]
    assert (sent["amount"]["total"], sent["payer"]["openid"]) == (12000, "openid-dues")
    confirm = f"/api/v1/me/dues/orders/{order['out_trade_no']}/confirm"
    early = await client.post(confirm, headers=mine)
    assert (early.status, (await early.json())["error"]["code"]) == (409, "dues.not_paid_yet")
    fake_wechat.pay(order["out_trade_no"], total=100)  # a tampered amount is not the order
    short = await client.post(confirm, headers=mine)
    assert (short.status, (await short.json())["error"]["code"]) == (409, "dues.not_paid_yet")
    fake_wechat.pay(order["out_trade_no"])
    done = await client.post(confirm, headers=mine)
    assert done.status == 201
    assert (await done.json())["reference"] == "4200000001"
    again = await client.post(confirm, headers=mine)
    assert (again.status, (await again.json())["error"]["code"]) == (404, "dues.order_not_found")
