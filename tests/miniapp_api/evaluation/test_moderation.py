"""Comment moderation (local word list, msgSecCheck), review, and privacy of contacts."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from aiohttp.test_utils import TestClient

from miniapp_api.audit.models import AuditEntry
from miniapp_api.evaluation.models import Rating
from miniapp_api.orgs.models import Organization
from server.core.auth import Role
from server.core.settings import Settings
from tests.factories import admin_headers, make_member
from tests.fakes import FakeWeChat
from tests.miniapp_api.evaluation.helpers import (
    Tree,
    comment_policy,
    device,
    error_code,
    make_tree,
    new_code,
    new_point,
    rate,
)


async def _info(client: TestClient, token: str, rater: dict[str, str] | None = None) -> dict[str, Any]:
    client.session.cookie_jar.clear()
    return dict(await (await client.get(f"/api/v1/evaluation/codes/{token}", headers=rater or {})).json())


async def test_risky_comment_is_held_but_the_rating_counts(client: TestClient, tree: Tree, code: dict[str, Any]) -> None:
    await comment_policy(client, await tree.admin("a"), tree.a)
    held = await rate(client, code["token"], 2, comment="加 微-信 给你办")
    assert held.status == 201 and (await held.json())["comment_status"] == "held"
    ok = await rate(client, code["token"], 5, comment="态度很好，电话13812345678可以联系我")
    assert (await ok.json())["comment_status"] == "published"
    recent = (await _info(client, code["token"]))["recent_comments"]
    assert len(recent) == 1 and "138****5678" in recent[0]["comment"] and "13812345678" not in str(recent)
    stats = await (await client.get(f"/api/v1/evaluation/stats?org_id={tree.a.id}", headers=await tree.admin("a"))).json()
    assert stats["total"] == 2 and stats["bad_count"] == 1


async def test_public_comments_mask_contacts_in_every_spelling(client: TestClient, tree: Tree, code: dict[str, Any]) -> None:
    await comment_policy(client, await tree.admin("a"), tree.a)
    comment = "好评！电话139-1234-5678，或 139 1234 5678，或１３９１２３４５６７８，邮箱 zhang.san@example.com，身份证110101199003071234"
    assert (await rate(client, code["token"], 5, comment=comment)).status == 201
    shown = (await _info(client, code["token"]))["recent_comments"][0]["comment"]
    for secret in ("1234-5678", "1234 5678", "１２３４５６７８", "zhang.san@example.com", "110101199003071234", "19900307"):
        assert secret not in shown, (secret, shown)
    assert shown.startswith("好评！")


async def test_admin_reviews_a_held_comment(client: TestClient, tree: Tree, code: dict[str, Any]) -> None:
    rid = (await (await rate(client, code["token"], 4, comment="赌博网站")).json())["id"]
    listed = await (await client.get("/api/v1/evaluation/ratings?comment_status=held", headers=await tree.admin("a"))).json()
    assert [r["id"] for r in listed["items"]] == [rid]
    outsider = await client.post(f"/api/v1/evaluation/ratings/{rid}/moderation", headers=await tree.admin("b"),
                                 json={"decision": "publish"})
    assert outsider.status == 403
    resp = await client.post(f"/api/v1/evaluation/ratings/{rid}/moderation", headers=await tree.admin("a"),
                             json={"decision": "publish"})
    assert resp.status == 200 and (await resp.json())["comment_status"] == "published"
    assert len((await _info(client, code["token"]))["recent_comments"]) == 1
    await client.post(f"/api/v1/evaluation/ratings/{rid}/moderation", headers=await tree.admin("a"),
                      json={"decision": "reject"})
    assert (await _info(client, code["token"]))["recent_comments"] == []
    assert await AuditEntry.filter(action="evaluation.comment_moderate").count() == 2
    no_comment = (await (await rate(client, code["token"], 5)).json())["id"]
    resp = await client.post(f"/api/v1/evaluation/ratings/{no_comment}/moderation", headers=await tree.admin("a"),
                             json={"decision": "publish"})
    assert resp.status == 409 and await error_code(resp) == "evaluation.no_comment"


async def _wechat_code(make_client: Any, settings: Settings) -> tuple[TestClient, dict[str, Any]]:
    client = await make_client(settings)
    tree = await make_tree(client)
    point = await new_point(client, await tree.admin("a"), tree.a)
    return client, {**await new_code(client, await tree.admin("a"), point["id"]), "org_id": tree.a.id}


async def test_wechat_mode_asks_msg_sec_check(make_client: Any, wechat_settings: Settings, fake_wechat: FakeWeChat) -> None:
    fake_wechat.risky_words = ("某敏感内容",)  # not on the local list: only WeChat can catch it
    client, code = await _wechat_code(make_client, wechat_settings)
    org = await Organization.get(id=code["org_id"])
    await comment_policy(client, await admin_headers(client, org), org)
    held = await rate(client, code["token"], 3, comment="这里有某敏感内容")
    assert (await held.json())["comment_status"] == "held"
    fine = await rate(client, code["token"], 5, comment="服务很好")
    assert (await fine.json())["comment_status"] == "published"
    checks = fake_wechat.calls_to("/wxa/msg_sec_check")
    assert [c["content"] for c in checks] == ["这里有某敏感内容", "服务很好"]
    await rate(client, code["token"], 5)  # no comment, no call
    assert len(fake_wechat.calls_to("/wxa/msg_sec_check")) == 2


async def test_unreachable_checker_holds_the_comment(make_client: Any, make_settings: Callable[..., Settings]) -> None:
    settings = make_settings(wechat_appid="wx-app", wechat_secret="wx-secret", wechat_api_base="http://127.0.0.1:9")
    client, code = await _wechat_code(make_client, settings)
    resp = await rate(client, code["token"], 5, comment="服务很好")
    assert resp.status == 201 and (await resp.json())["comment_status"] == "held"


async def test_contact_is_masked_except_in_the_audited_callback_view(
    client: TestClient, tree: Tree, code: dict[str, Any]
) -> None:
    body = await (await rate(client, code["token"], 1, contact="13900001111", comment="没人管")).json()
    for headers in (await tree.admin("a"), await tree.admin("committee")):
        ratings = await client.get("/api/v1/evaluation/ratings", headers=headers)
        text = await ratings.text()
        assert "13900001111" not in text and "139****1111" in text
        ticket = await client.get(f"/api/v1/rectifications/{body['ticket_id']}", headers=headers)
        assert "13900001111" not in await ticket.text()
    assert "13900001111" not in str(await _info(client, code["token"]))
    url = f"/api/v1/rectifications/{body['ticket_id']}/contact"
    for key in ("committee", "general", "b"):  # only the responsible org's admin may see it
        resp = await client.get(url, headers=await tree.admin(key))
        assert resp.status == 403, key
    resp = await client.get(url, headers=await tree.admin("a"))
    assert resp.status == 200 and (await resp.json())["phone"] == "13900001111"
    assert resp.headers["Cache-Control"] == "no-store"
    entry = await AuditEntry.get(action="rectification.contact_view")
    assert entry.target_id == str(body["ticket_id"]) and "13900001111" not in str(entry.detail)
    assert (await Rating.get(id=body["id"])).contact_phone == "13900001111"


async def test_comments_wait_for_review_by_default(client: TestClient, tree: Tree, code: dict[str, Any]) -> None:
    body = await (await rate(client, code["token"], 5, comment="服务很好")).json()
    assert body["comment_status"] == "held"
    assert (await _info(client, code["token"]))["recent_comments"] == []
    listed = await (await client.get("/api/v1/evaluation/ratings?comment_status=held", headers=await tree.admin("a"))).json()
    assert [(r["id"], r["comment_flagged"]) for r in listed["items"]] == [(body["id"], False)]
    policy = await (await client.get(f"/api/v1/evaluation/orgs/{tree.a.id}/comment-policy",
                                     headers=await tree.admin("a"))).json()
    assert policy == {"org_id": tree.a.id, "policy": "hold_all", "policy_label": "全部留言审核后公开", "is_own": False,
                      "inherited_from": None}
    resp = await client.post(f"/api/v1/evaluation/ratings/{body['id']}/moderation", headers=await tree.admin("a"),
                             json={"decision": "publish"})
    assert resp.status == 200
    assert [c["comment"] for c in (await _info(client, code["token"]))["recent_comments"]] == ["服务很好"]


async def test_an_org_may_publish_clean_comments_at_once(client: TestClient, tree: Tree, code: dict[str, Any]) -> None:
    staff = await admin_headers(client, tree.committee, Role.STAFF)
    refused = await client.put(f"/api/v1/evaluation/orgs/{tree.committee.id}/comment-policy", headers=staff,
                               json={"policy": "publish_unflagged"})
    assert refused.status == 403
    outsider = await client.put(f"/api/v1/evaluation/orgs/{tree.committee.id}/comment-policy",
                                headers=await tree.admin("b"), json={"policy": "publish_unflagged"})
    assert outsider.status == 403
    await comment_policy(client, await tree.admin("committee"), tree.committee)  # the committee decides for its subtree
    inherited = await (await client.get(f"/api/v1/evaluation/orgs/{tree.a.id}/comment-policy", headers=staff)).json()
    assert (inherited["policy"], inherited["is_own"], inherited["inherited_from"]) == ("publish_unflagged", False,
                                                                                       tree.committee.id)
    clean = await (await rate(client, code["token"], 5, comment="服务很好")).json()
    flagged = await (await rate(client, code["token"], 2, comment="赌博网站")).json()
    assert (clean["comment_status"], flagged["comment_status"]) == ("published", "held")
    assert (await Rating.get(id=flagged["id"])).comment_flagged and not (await Rating.get(id=clean["id"])).comment_flagged
    listed = await (await client.get("/api/v1/evaluation/ratings?comment_status=held", headers=staff)).json()
    assert [(r["id"], r["comment_flagged"]) for r in listed["items"]] == [(flagged["id"], True)]
    own = await comment_policy(client, await tree.admin("a"), tree.a, "hold_all")  # the branch overrides it
    assert (own["policy"], own["is_own"], own["inherited_from"]) == ("hold_all", True, None)
    assert (await (await rate(client, code["token"], 5, comment="也很好")).json())["comment_status"] == "held"
    bad = await client.put(f"/api/v1/evaluation/orgs/{tree.a.id}/comment-policy", headers=await tree.admin("a"),
                           json={"policy": "anything"})
    assert bad.status == 422
    entries = await AuditEntry.filter(action="evaluation.comment_policy").order_by("id")
    assert [(e.org_id, e.detail["to"]) for e in entries] == [(tree.committee.id, "publish_unflagged"), (tree.a.id, "hold_all")]


async def test_public_texts_mask_the_names_of_the_orgs_people(client: TestClient, tree: Tree, code: dict[str, Any]) -> None:
    await make_member(tree.a, "张建国")
    await make_member(tree.a, "李红")
    await make_member(tree.b, "王海涛")  # another org's member: not this point's staff
    await comment_policy(client, await tree.admin("a"), tree.a)
    rater = device()
    resp = await rate(client, code["token"], 1, rater=rater, comment="张建国态度恶劣，李红还行，王海涛路过")
    body = await resp.json()
    shown = (await _info(client, code["token"], rater))["recent_comments"][0]["comment"]
    assert shown == "张**态度恶劣，李*还行，王海涛路过"
    listed = await (await client.get("/api/v1/evaluation/ratings", headers=await tree.admin("a"))).json()
    assert listed["items"][0]["comment"].startswith("张建国")  # admins see what was written
    for action, extra in (("verify", {"disposal": "immediate"}), ("resolve", {"note": "张建国已向您致歉"})):
        ok = await client.post(f"/api/v1/rectifications/{body['ticket_id']}/actions", headers=await tree.admin("a"),
                               json={"action": action, **extra})
        assert ok.status == 200, await ok.text()
    followups = (await _info(client, code["token"], rater))["followups"]
    assert [f["resolution"] for f in followups] == ["张**已向您致歉"]
    async with client.get(f"/e/{code['token']}", headers=rater) as page:
        html = await page.text()
    data = json.loads(html.split('id="data">', 1)[1].split("</script>", 1)[0])  # what the page script shows
    assert data["recent_comments"][0]["comment"] == shown and "张建国" not in json.dumps(data, ensure_ascii=False)
