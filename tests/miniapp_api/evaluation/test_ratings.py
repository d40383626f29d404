"""Rating submit: tickets for 差评, duplicates, idempotency, day boundary, tags, raters, limits, cookies."""

from __future__ import annotations

import asyncio
import hashlib
from datetime import UTC, datetime
from typing import Any

from aiohttp.test_utils import TestClient
from redis.asyncio import Redis

from miniapp_api.accounts.models import User
from miniapp_api.evaluation import signing
from miniapp_api.evaluation.models import Rating
from miniapp_api.rectification.models import Ticket, TicketEvent
from server.core.clock import ManualClock
from server.core.settings import EvaluationSettings
from tests.conftest import SECRET
from tests.factories import make_member, member_headers, wechat_headers
from tests.miniapp_api.evaluation.helpers import Tree, device, error_code, make_tree, new_code, new_point, rate
from tests.outage import RedisOutage


async def test_good_rating_is_acknowledged_without_ticket(client: TestClient, code: dict[str, Any]) -> None:
    resp = await rate(client, code["token"], 5, tags=["热情周到", "高效快捷"], comment="办事很快")
    assert resp.status == 201
    body = await resp.json()
    assert body["ticket_id"] is None and body["score"] == 5 and body["comment_status"] == "held"  # held for review
    row = await Rating.get(id=body["id"])
    assert row.tags == ["热情周到", "高效快捷"] and row.option_version == 2 and row.rater_kind == "anonymous"
    assert await Ticket.all().count() == 0


async def test_bad_rating_opens_a_ticket_at_once(client: TestClient, code: dict[str, Any], tree: Tree) -> None:
    resp = await rate(client, code["token"], 1, tags=["态度生硬"], comment="等了一个小时", contact="13812345678")
    assert resp.status == 201
    body = await resp.json()
    ticket = await Ticket.get(id=body["ticket_id"])
    assert ticket.source_type == "rating" and ticket.source_id == body["id"] and ticket.org_id == tree.a.id
    assert ticket.status == "pending" and ticket.is_named and ticket.contact_masked == "138****5678"
    assert ticket.verify_due_at < ticket.rectify_due_at
    assert "态度生硬" in ticket.summary and "13812345678" not in ticket.summary
    assert await TicketEvent.filter(ticket_id=ticket.id, action="open").count() == 1
    two = await rate(client, code["token"], 2)
    assert (await two.json())["ticket_id"] is not None
    three = await rate(client, code["token"], 3)
    assert (await three.json())["ticket_id"] is None


async def test_second_rating_of_the_day_is_a_duplicate(client: TestClient, tree: Tree, code: dict[str, Any]) -> None:
    rater = device()
    assert (await rate(client, code["token"], 4, rater=rater)).status == 201
    dup = await rate(client, code["token"], 5, rater=rater)
    assert dup.status == 409 and await error_code(dup) == "evaluation.duplicate_rating"
    assert (await rate(client, code["token"], 5)).status == 201  # another rater
    other_point = await new_point(client, await tree.admin("a"), tree.a)
    other_code = await new_code(client, await tree.admin("a"), other_point["id"])
    assert (await rate(client, other_code["token"], 5, rater=rater)).status == 201  # another point
    assert await Rating.all().count() == 3


async def test_idempotency_key_replays_the_first_result(client: TestClient, code: dict[str, Any]) -> None:
    rater = device()
    first = await rate(client, code["token"], 2, rater=rater, key="submit-1")
    again = await rate(client, code["token"], 2, rater=rater, key="submit-1")
    assert first.status == again.status == 201
    assert await first.json() == await again.json()
    assert again.headers.get("Idempotent-Replayed") == "true" and "Idempotent-Replayed" not in first.headers
    other_key = await rate(client, code["token"], 2, rater=rater, key="submit-2")
    assert other_key.status == 409  # a new intent is a real second rating
    stranger = await rate(client, code["token"], 2, key="submit-1")  # keys are scoped per rater
    assert stranger.status == 201 and (await stranger.json())["id"] != (await first.json())["id"]
    assert await Rating.all().count() == 2 and await Ticket.all().count() == 2


async def test_an_idempotency_key_reused_for_another_rating_is_refused(client: TestClient,
                                                                     code: dict[str, Any]) -> None:
    rater = device()
    first = await rate(client, code["token"], 5, rater=rater, key="submit-1")
    assert first.status == 201 and "_fp" not in await first.json()
    changed = await rate(client, code["token"], 1, rater=rater, key="submit-1")
    assert changed.status == 422 and await error_code(changed) == "evaluation.idempotency_key_reused"
    again = await rate(client, code["token"], 5, rater=rater, key="submit-1")
    assert again.status == 201 and await again.json() == await first.json()
    assert await Rating.all().count() == 1 and await Ticket.all().count() == 0


async def test_concurrent_retries_with_one_key_make_one_rating(client: TestClient, code: dict[str, Any]) -> None:
    rater = device()
    resps = await asyncio.gather(*(rate(client, code["token"], 5, rater=rater, key="same") for _ in range(4)))
    assert [r.status for r in resps] == [201] * 4
    assert len({(await r.json())["id"] for r in resps}) == 1
    assert await Rating.all().count() == 1


async def test_day_boundary_is_shanghai_midnight(make_client: Any, make_settings: Any) -> None:
    clock = ManualClock(datetime(2026, 3, 2, 15, 58, tzinfo=UTC))  # 23:58 in Shanghai
    client = await make_client(make_settings(), clock=clock)
    tree = await make_tree(client)
    point = await new_point(client, await tree.admin("a"), tree.a)
    code = await new_code(client, await tree.admin("a"), point["id"])
    rater = device()
    assert (await rate(client, code["token"], 5, rater=rater)).status == 201
    clock.advance(60)  # 23:59, still the same local day
    assert (await rate(client, code["token"], 5, rater=rater)).status == 409
    clock.advance(120)  # 00:01 on 3 March local time (still 2 March in UTC)
    resp = await rate(client, code["token"], 5, rater=rater)
    assert resp.status == 201, await resp.text()
    assert (await Rating.get(id=(await resp.json())["id"])).day.isoformat() == "2026-03-03"


async def test_ratings_per_day_is_configurable(make_client: Any, make_settings: Any) -> None:
    client = await make_client(make_settings(evaluation=EvaluationSettings(ratings_per_rater_per_day=2)))
    tree = await make_tree(client)
    point = await new_point(client, await tree.admin("a"), tree.a)
    code = await new_code(client, await tree.admin("a"), point["id"])
    rater = device()
    assert [(await rate(client, code["token"], s, rater=rater)).status for s in (5, 4, 3)] == [201, 201, 409]
    assert sorted(await Rating.all().values_list("seq", flat=True)) == [1, 2]


async def test_database_still_refuses_a_duplicate_when_redis_forgot(
    client: TestClient, code: dict[str, Any], redis: Redis
) -> None:
    rater = device()
    assert (await rate(client, code["token"], 5, rater=rater)).status == 201
    async for key in redis.scan_iter(match="evaluation:dd:*"):
        await redis.delete(key)
    dup = await rate(client, code["token"], 5, rater=rater)
    assert dup.status == 409 and await error_code(dup) == "evaluation.duplicate_rating"
    assert await Rating.all().count() == 1


async def test_tags_must_belong_to_the_chosen_level(client: TestClient, code: dict[str, Any]) -> None:
    resp = await rate(client, code["token"], 5, tags=["态度生硬"])
    assert resp.status == 422 and await error_code(resp) == "evaluation.invalid_tags"
    resp = await rate(client, code["token"], 1, tags=["热情周到"])
    assert resp.status == 422


async def test_option_sets_are_versioned(client: TestClient, code: dict[str, Any]) -> None:
    old = await rate(client, code["token"], 5, tags=["热情周到"], option_version=1)
    assert old.status == 201 and (await old.json())["option_version"] == 1
    assert (await Rating.get(id=(await old.json())["id"])).option_version == 1
    not_in_v1 = await rate(client, code["token"], 5, tags=["主动服务"], option_version=1)
    assert not_in_v1.status == 422 and await error_code(not_in_v1) == "evaluation.invalid_tags"
    assert (await rate(client, code["token"], 5, tags=["主动服务"], option_version=2)).status == 201
    unknown = await rate(client, code["token"], 5, option_version=99)
    assert unknown.status == 422 and await error_code(unknown) == "evaluation.unknown_option_version"


async def test_body_is_validated(client: TestClient, code: dict[str, Any]) -> None:
    for body in ({"score": 0}, {"score": 6}, {"score": 5, "comment": "很" * 501}, {"score": 5, "contact": "12345"},
                 {"score": 5, "unknown": 1}, {"score": 5, "tags": ["热情周到"] * 11}):
        score = body.pop("score")
        resp = await rate(client, code["token"], score, **body)
        assert resp.status == 422, body
    assert (await rate(client, code["token"], 5, comment="很" * 500, contact=" ")).status == 201
    assert await Rating.all().count() == 1


async def test_members_and_citizens_rate_by_account(client: TestClient, tree: Tree, code: dict[str, Any]) -> None:
    member = await make_member(tree.a)
    headers = await member_headers(client, member)
    resp = await rate(client, code["token"], 4, rater=headers)
    assert resp.status == 201
    row = await Rating.get(id=(await resp.json())["id"])
    assert row.rater_kind == "member" and len(row.rater_hash) == 32
    user = await User.get(member_id=member.id)
    assert row.rater_hash == signing.rater_hash(SECRET, f"user:{user.id}")  # keyed: useless without the secret
    assert row.rater_hash != hashlib.sha256(f"user:{user.id}".encode()).hexdigest()[:32]
    # the same account on another device is still the same rater
    again = await rate(client, code["token"], 4, rater={**headers, **device()})
    assert again.status == 409
    citizen, _ = await wechat_headers(client)
    resp = await rate(client, code["token"], 5, rater=citizen)
    assert resp.status == 201 and (await Rating.get(id=(await resp.json())["id"])).rater_kind == "citizen"


async def limited_code(make_client: Any, make_settings: Any, per_ip: int,
                       per_rater: int) -> tuple[TestClient, dict[str, Any]]:
    """A client of an app with these per-minute limits, and a code of branch A's new point."""
    limits = EvaluationSettings(rate_limit_per_minute_ip=per_ip, rate_limit_per_minute_rater=per_rater)
    client = await make_client(make_settings(evaluation=limits))
    tree = await make_tree(client)
    point = await new_point(client, await tree.admin("a"), tree.a)
    return client, await new_code(client, await tree.admin("a"), point["id"])


async def test_rate_limits_per_ip_and_per_rater(make_client: Any, make_settings: Any) -> None:
    client, code = await limited_code(make_client, make_settings, per_ip=4, per_rater=2)
    rater = device()
    statuses = [(await rate(client, code["token"], 5, rater=rater)).status for _ in range(3)]
    assert statuses == [201, 409, 429]
    assert (await rate(client, code["token"], 5)).status == 201  # 4th request from this IP
    limited = await rate(client, code["token"], 5)  # 5th: the IP limit
    assert limited.status == 429 and await error_code(limited) == "evaluation.rate_limited"
    assert 1 <= int(limited.headers["Retry-After"]) <= 60
    assert await Rating.all().count() == 2


async def test_replays_do_not_spend_the_address_limit(make_client: Any, make_settings: Any) -> None:
    """A retried submit (same Idempotency-Key) answers from its stored reply before any limit is counted — on a
    Redis Cluster too, where the address is counted beside the replay check and given back."""
    client, code = await limited_code(make_client, make_settings, per_ip=3, per_rater=10)
    rater = device()
    assert (await rate(client, code["token"], 5, rater=rater, key="retry-me")).status == 201  # 1st count
    for _ in range(4):  # weak network: the phone sends it again
        replay = await rate(client, code["token"], 5, rater=rater, key="retry-me")
        assert replay.status == 201 and replay.headers.get("Idempotent-Replayed") == "true"
    assert [(await rate(client, code["token"], 4)).status for _ in range(3)] == [201, 201, 429]
    assert await Rating.all().count() == 3


async def test_device_cookie_is_signed_httponly_and_lax(client: TestClient, code: dict[str, Any]) -> None:
    client.session.cookie_jar.clear()
    resp = await client.get(f"/api/v1/evaluation/codes/{code['token']}")
    cookie = resp.cookies["dj_rater"]
    assert cookie["httponly"] and cookie["samesite"] == "Lax" and cookie["path"] == "/"
    # a valid cookie is kept, a forged one is replaced
    kept = await client.get(f"/api/v1/evaluation/codes/{code['token']}")
    assert "dj_rater" not in kept.cookies
    client.session.cookie_jar.clear()
    forged = await client.get(f"/api/v1/evaluation/codes/{code['token']}",
                              headers={"Cookie": "dj_rater=AAAAAAAAAAAAAAAA.BBBBBBBBBB"})
    assert forged.cookies["dj_rater"].value != "AAAAAAAAAAAAAAAA.BBBBBBBBBB"


async def test_a_submit_without_the_page_cookie_is_refused_and_the_page_cookie_is_recognised(
        client: TestClient, code: dict[str, Any]) -> None:
    client.session.cookie_jar.clear()
    url = f"/api/v1/evaluation/codes/{code['token']}/ratings"
    for _ in range(3):  # each would have counted as a new rater
        bare = await client.post(url, json={"score": 1})
        assert bare.status == 400 and await error_code(bare) == "evaluation.device_required"
    assert await Rating.all().count() == 0 and await Ticket.all().count() == 0
    page = await client.get(f"/api/v1/evaluation/codes/{code['token']}")
    assert "dj_rater" in page.cookies
    first = await client.post(url, json={"score": 5})  # the jar now sends the cookie back
    assert first.status == 201
    second = await client.post(url, json={"score": 5})
    assert second.status == 409


async def test_secret_is_what_makes_a_cookie_valid(client: TestClient, code: dict[str, Any]) -> None:
    rater = device("a-different-secret-that-is-long-enough-000")
    assert device(SECRET) != rater
    first = await rate(client, code["token"], 5, rater=rater)
    assert first.status == 400 and await error_code(first) == "evaluation.device_required"  # not trusted
    assert (await rate(client, code["token"], 5, rater=device(SECRET))).status == 201


async def test_group_commit_isolates_a_duplicate_and_keeps_the_rest(
    client: TestClient, code: dict[str, Any], redis: Redis
) -> None:
    known = device()
    assert (await rate(client, code["token"], 5, rater=known)).status == 201
    async for key in redis.scan_iter(match="evaluation:dd:*"):
        await redis.delete(key)  # Redis forgot: only the database can refuse the repeat now
    scores = [1, 2, 5, 4, 3, 1, 5, 4]
    resps = await asyncio.gather(rate(client, code["token"], 5, rater=known),
                                 *(rate(client, code["token"], s) for s in scores))
    assert [r.status for r in resps] == [409] + [201] * len(scores)
    bodies = [await r.json() for r in resps[1:]]
    assert await Rating.all().count() == 1 + len(scores)
    bad = [b for b in bodies if b["score"] <= 2]
    assert len(bad) == 3 and all(b["ticket_id"] for b in bad)
    assert {t.source_id for t in await Ticket.all()} == {b["id"] for b in bad}
    assert all(b["ticket_id"] is None for b in bodies if b["score"] > 2)


async def test_malformed_bodies_get_the_usual_errors(client: TestClient, code: dict[str, Any]) -> None:
    url = f"/api/v1/evaluation/codes/{code['token']}/ratings"
    for body, ctype, status, err in ((b"{bad", "application/json", 400, "invalid_json"),
                                     (b"[5]", "application/json; charset=utf-8", 400, "invalid_json"),
                                     (b"score=5", "application/x-www-form-urlencoded", 415, "unsupported_media_type"),
                                     # a cross-site form can send text/plain without a preflight: refused (CSRF)
                                     (b'{"score": 5}', "text/plain", 415, "unsupported_media_type"),
                                     (b"{}", "application/json", 422, "validation_error")):
        resp = await client.post(url, data=body, headers={**device(), "Content-Type": ctype})
        assert resp.status == status, body
        assert await error_code(resp) == err
    ok = await client.post(url, data=b'{"score": 5}', headers={**device(), "Content-Type": "application/json; charset=utf-8"})
    assert ok.status == 201


async def test_a_redis_outage_does_not_lose_or_double_ratings(client: TestClient, code: dict[str, Any], redis: Redis) -> None:
    async with RedisOutage(redis):
        rater = device()
        first = await rate(client, code["token"], 2, rater=rater, key="k1")
        assert first.status == 201 and (await first.json())["ticket_id"]
        again = await rate(client, code["token"], 5, rater=rater)
        assert again.status == 409 and await error_code(again) == "evaluation.duplicate_rating"
    assert await Rating.all().count() == 1 and await Ticket.all().count() == 1


async def _seen(client: TestClient, token: str, headers: dict[str, str]) -> tuple[bool, bool]:
    client.session.cookie_jar.clear()
    info = await (await client.get(f"/api/v1/evaluation/codes/{token}", headers=headers)).json()
    return info["rated_today"], info["can_rate"]


async def test_code_info_tells_a_returning_rater_he_rated_today(make_client: Any, make_settings: Any) -> None:
    clock = ManualClock(datetime(2026, 3, 2, 15, 50, tzinfo=UTC))  # 23:50 in Shanghai
    client = await make_client(make_settings(), clock=clock)
    tree = await make_tree(client)
    point = await new_point(client, await tree.admin("a"), tree.a)
    code = await new_code(client, await tree.admin("a"), point["id"])
    rater = device()
    assert await _seen(client, code["token"], rater) == (False, True)
    assert (await rate(client, code["token"], 5, rater=rater)).status == 201
    assert await _seen(client, code["token"], rater) == (True, False)  # before he fills in the form again
    assert await _seen(client, code["token"], device()) == (False, True)  # another phone
    other = await new_code(client, await tree.admin("a"), (await new_point(client, await tree.admin("a"), tree.a))["id"])
    assert await _seen(client, other["token"], rater) == (False, True)  # another point
    member = await make_member(tree.a)
    account = await member_headers(client, member)
    assert (await rate(client, code["token"], 4, rater=account)).status == 201
    assert await _seen(client, code["token"], account) == (True, False)  # by account as well as by device
    clock.advance(15 * 60)  # 00:05 local: a new day
    assert await _seen(client, code["token"], rater) == (False, True)


async def test_a_rater_who_rated_today_can_still_rate_the_fix(client: TestClient, tree: Tree, code: dict[str, Any]) -> None:
    rater = device()
    ticket_id = (await (await rate(client, code["token"], 1, rater=rater)).json())["ticket_id"]
    for action, extra in (("verify", {"disposal": "immediate"}), ("resolve", {"note": "已整改"})):
        resp = await client.post(f"/api/v1/rectifications/{ticket_id}/actions", headers=await tree.admin("a"),
                                 json={"action": action, **extra})
        assert resp.status == 200
    client.session.cookie_jar.clear()
    info = await (await client.get(f"/api/v1/evaluation/codes/{code['token']}", headers=rater)).json()
    assert (info["rated_today"], info["can_rate"], [f["resolution"] for f in info["followups"]]) == (True, False, ["已整改"])


async def test_with_two_ratings_a_day_the_second_is_still_offered(make_client: Any, make_settings: Any) -> None:
    client = await make_client(make_settings(evaluation=EvaluationSettings(ratings_per_rater_per_day=2)))
    tree = await make_tree(client)
    point = await new_point(client, await tree.admin("a"), tree.a)
    code = await new_code(client, await tree.admin("a"), point["id"])
    rater = device()
    await rate(client, code["token"], 5, rater=rater)
    assert await _seen(client, code["token"], rater) == (True, True)
    await rate(client, code["token"], 4, rater=rater)
    assert await _seen(client, code["token"], rater) == (True, False)
