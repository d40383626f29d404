"""换届 over HTTP: term lengths and the reminder (支部工作条例 第二十一条), 差额 (党章 第十一条), voter eligibility
(党章 第七条), the quorum, the secret ballot, the count by majority of 应到, and the posts and the new term."""

from __future__ import annotations

from datetime import date

from aiohttp.test_utils import TestClient

from miniapp_api.elections.models import ElectionBallot
from miniapp_api.orgs.models import Member, MemberStatus, OrgKind, OrgType
from server.core.indicators import warnings_of
from tests.factories import admin_headers, make_member, make_org, member_headers

# The test clock's local today is 2026-06-15.


async def test_branch_term_is_three_years_and_community_five(client: TestClient) -> None:
    """支部工作条例 第二十一条: branch committees generally serve 3 years, village and community ones 5."""
    branch = await make_org(kind=OrgKind.BRANCH)
    community = await make_org(kind=OrgKind.BRANCH, org_type=OrgType.COMMUNITY)
    for org, ends in ((branch, "2026-03-01"), (community, "2028-03-01")):
        headers = await admin_headers(client, org)
        resp = await client.post(f"/api/v1/orgs/{org.id}/terms", json={"started_on": "2023-03-01"}, headers=headers)
        assert (await resp.json())["ends_on"] == ends


async def test_reminder_starts_six_months_before_the_end(client: TestClient) -> None:
    """支部工作条例 第二十一条: the higher org reminds about six months ahead; after the end it is overdue."""
    branch = await make_org(kind=OrgKind.BRANCH)
    headers = await admin_headers(client, branch)
    await client.post(f"/api/v1/orgs/{branch.id}/terms", json={"started_on": "2023-12-16"}, headers=headers)
    terms = await (await client.get(f"/api/v1/orgs/{branch.id}/terms", headers=headers)).json()
    assert (terms["current"]["ends_on"], terms["remind"], terms["days_left"]) == ("2026-12-16", False, 184)
    fn = warnings_of(client.app)["elections.term"]
    assert await fn(client.app, [branch.id], date(2026, 6, 15)) == []
    assert [w.kind for w in await fn(client.app, [branch.id], date(2026, 6, 16))] == ["elections.term_ending"]
    assert [w.kind for w in await fn(client.app, [branch.id], date(2026, 12, 16))] == ["elections.term_expired"]


async def _branch(client: TestClient, full: int = 5, probationary: int = 1):  # type: ignore[no-untyped-def]
    branch = await make_org(kind=OrgKind.BRANCH)
    members = [await make_member(branch, posts=["书记"] if i == 0 else []) for i in range(full)]
    extra = [await make_member(branch, status=MemberStatus.PROBATIONARY) for _ in range(probationary)]
    return branch, members, extra, await admin_headers(client, branch)


async def test_candidate_list_must_be_competitive(client: TestClient) -> None:
    """党章 第十一条 (差额): more candidates than seats, at least 20 % more (configurable); 3 seats need 4."""
    branch, members, extra, headers = await _branch(client)
    url = f"/api/v1/orgs/{branch.id}/elections"
    equal = await client.post(
        url, headers=headers, json={"title": "换届", "seats": 3, "candidates": [{"member_id": m.id} for m in members[:3]]}
    )
    assert (equal.status, (await equal.json())["error"]["code"]) == (422, "elections.not_competitive")
    probationary = await client.post(
        url,
        headers=headers,
        json={"title": "换届", "seats": 3, "candidates": [{"member_id": m.id} for m in [*members[:3], extra[0]]]},
    )
    assert (probationary.status, (await probationary.json())["error"]["code"]) == (422, "elections.candidate_not_eligible")
    ok = await client.post(
        url, headers=headers, json={"title": "换届", "seats": 3, "candidates": [{"member_id": m.id} for m in members[:4]]}
    )
    assert ok.status == 201
    assert (await ok.json())["expected"] == 5  # 正式党员 only


async def _election(client: TestClient, branch, members, headers, seats: int = 1) -> dict:  # type: ignore[no-untyped-def, type-arg]
    resp = await client.post(
        f"/api/v1/orgs/{branch.id}/elections",
        headers=headers,
        json={
            "title": "支委会换届",
            "seats": seats,
            "candidates": [{"member_id": members[0].id, "post": "书记"}, {"member_id": members[1].id, "post": "书记"}],
        },
    )
    assert resp.status == 201, await resp.text()
    return await resp.json()


async def test_probationary_member_cannot_be_marked_present_or_vote(client: TestClient) -> None:
    """党章 第七条: a 预备党员 has no vote; marking one present or their ballot is refused with a clear code."""
    branch, members, extra, headers = await _branch(client)
    e = await _election(client, branch, members, headers)
    url = f"/api/v1/elections/{e['id']}"
    resp = await client.put(url + "/attendance", json={"member_ids": [extra[0].id]}, headers=headers)
    assert (resp.status, (await resp.json())["error"]["code"]) == (403, "elections.probationary_no_vote")
    await client.put(url + "/attendance", json={"member_ids": [m.id for m in members]}, headers=headers)
    assert (await client.post(url + "/open", headers=headers)).status == 200
    vote = await client.post(
        url + "/ballots", json={"candidate_ids": [members[0].id]}, headers=await member_headers(client, extra[0])
    )
    assert (vote.status, (await vote.json())["error"]["code"]) == (403, "elections.probationary_no_vote")


async def test_voting_needs_more_than_four_fifths_present(client: TestClient) -> None:
    """Quorum (local rule, default 4/5): with 5 voters, 4 present is not more than four fifths; 5 is."""
    branch, members, _, headers = await _branch(client)
    e = await _election(client, branch, members, headers)
    url = f"/api/v1/elections/{e['id']}"
    await client.put(url + "/attendance", json={"member_ids": [m.id for m in members[:4]]}, headers=headers)
    refused = await client.post(url + "/open", headers=headers)
    body = await refused.json()
    assert (refused.status, body["error"]["code"], body["error"]["details"]["needed"]) == (409, "elections.no_quorum", 5)
    await client.put(url + "/attendance", json={"member_ids": [m.id for m in members]}, headers=headers)
    assert (await client.post(url + "/open", headers=headers)).status == 200


async def test_secret_ballot_majority_of_expected_updates_posts_and_starts_a_term(client: TestClient) -> None:
    """One ballot per voter with no link to the voter; elected with more than half of 应到 (3 of 5); the elected
    takes the post, the former secretary loses it, and a new term starts."""
    branch, members, _, headers = await _branch(client)
    e = await _election(client, branch, members, headers)
    url = f"/api/v1/elections/{e['id']}"
    await client.put(url + "/attendance", json={"member_ids": [m.id for m in members]}, headers=headers)
    signed = {m.id: await member_headers(client, m) for m in members}
    early = await client.post(url + "/ballots", json={"candidate_ids": [members[1].id]}, headers=signed[members[2].id])
    assert (early.status, (await early.json())["error"]["code"]) == (409, "elections.wrong_status")
    await client.post(url + "/open", headers=headers)
    choices = [members[1].id, members[1].id, members[1].id, members[0].id, members[0].id]
    for member, choice in zip(members, choices, strict=True):
        voter = signed[member.id]
        assert (await client.post(url + "/ballots", json={"candidate_ids": [choice]}, headers=voter)).status == 201
    again = await client.post(url + "/ballots", json={"candidate_ids": []}, headers=voter)
    assert (again.status, (await again.json())["error"]["code"]) == (409, "elections.already_voted")
    too_many = await client.post(
        url + "/ballots", json={"candidate_ids": [members[0].id, members[1].id]}, headers=signed[members[0].id]
    )
    assert (too_many.status, (await too_many.json())["error"]["code"]) == (422, "elections.bad_ballot")  # 2 > 1 seat
    assert {"election_id", "choices", "id"} == set((await ElectionBallot.first().values()).keys())  # type: ignore[union-attr]
    closed = await (await client.post(url + "/close", headers=headers)).json()
    assert closed["result"]["elected"] == [members[1].id]
    assert [(c["votes"], c["elected"]) for c in closed["candidates"]] == [(2, False), (3, True)]
    assert (await Member.get(id=members[1].id)).posts == ["书记"]
    assert (await Member.get(id=members[0].id)).posts == []
    terms = await (await client.get(f"/api/v1/orgs/{branch.id}/terms", headers=headers)).json()
    assert terms["current"]["election_id"] == e["id"] and terms["current"]["started_on"] == "2026-06-15"


async def test_no_candidate_over_half_of_expected_elects_nobody(client: TestClient) -> None:
    """More than half of 应到, not of the ballots: 2 of 5 votes is not enough even as the most votes."""
    branch, members, _, headers = await _branch(client)
    e = await _election(client, branch, members, headers)
    url = f"/api/v1/elections/{e['id']}"
    await client.put(url + "/attendance", json={"member_ids": [m.id for m in members]}, headers=headers)
    await client.post(url + "/open", headers=headers)
    for member, choice in zip(members[:4], [0, 0, 1, 1], strict=True):
        await client.post(
            url + "/ballots", json={"candidate_ids": [members[choice].id]}, headers=await member_headers(client, member)
        )
    closed = await (await client.post(url + "/close", headers=headers)).json()
    assert closed["result"]["elected"] == [] and closed["result"]["vacant"] == 1
    assert (await Member.get(id=members[0].id)).posts == ["书记"]
