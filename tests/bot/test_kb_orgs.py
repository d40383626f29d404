"""The knowledge base per org, over HTTP: documents belong to the uploading org's subtree (a superadmin's are
global), outsiders cannot change them, feedback and unanswered questions go to the asker's subtree's admins,
and uploads are size-limited."""

from __future__ import annotations

from collections.abc import Callable

from aiohttp.test_utils import TestClient

from miniapp_api.orgs.models import OrgKind
from server.core.settings import Settings
from tests.bot.conftest import BotAppFactory
from tests.bot.test_routes import ask, upload
from tests.factories import admin_headers, make_member, make_org, member_headers
from tests.knowledge.samples import DUES_NOTES, MEETING_RULES, OLD_DUES_NOTES

Headers = dict[str, str]


async def tree(client: TestClient) -> dict[str, Headers]:
    """A committee with branches A and B, and A's group below A; an admin of each and a superadmin."""
    committee = await make_org(kind=OrgKind.COMMITTEE)
    a = await make_org(parent=committee)
    b = await make_org(parent=committee)
    group = await make_org(kind=OrgKind.GROUP, parent=a)
    return {"super": await admin_headers(client), "committee": await admin_headers(client, committee),
            "a": await admin_headers(client, a), "b": await admin_headers(client, b),
            "group": await admin_headers(client, group),
            "member_a": await member_headers(client, await make_member(a)),
            "member_b": await member_headers(client, await make_member(b))}


async def titles(client: TestClient, headers: Headers) -> list[tuple[str, int | None]]:
    resp = await client.get("/api/v1/knowledge/documents", headers=headers)
    assert resp.status == 200, await resp.text()
    return sorted((d["title"], d["version"]) for d in (await resp.json())["items"])


async def test_documents_belong_to_the_uploading_orgs_subtree(bot_client: TestClient) -> None:
    who = await tree(bot_client)
    status, national = await upload(bot_client, who["super"], MEETING_RULES)
    assert status == 201 and national["document"]["org_id"] is None  # a superadmin's upload is global
    status, of_a = await upload(bot_client, who["a"], DUES_NOTES)
    assert status == 201 and of_a["document"]["org_id"] is not None
    a_id = of_a["document"]["id"]
    # A's document is seen by A's admins and those above A; B's and A's group's (below A) see only the global one
    assert await titles(bot_client, who["a"]) == [("示例党费收缴办法", 1), ("示例支部会议规则", 1)]
    assert await titles(bot_client, who["group"]) == [("示例支部会议规则", 1)]
    assert await titles(bot_client, who["committee"]) == [("示例党费收缴办法", 1), ("示例支部会议规则", 1)]
    assert await titles(bot_client, who["b"]) == [("示例支部会议规则", 1)]
    resp = await bot_client.get(f"/api/v1/knowledge/documents/{a_id}", headers=who["b"])
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "knowledge.out_of_scope"


async def test_an_admin_changes_and_deletes_only_their_subtrees_documents(bot_client: TestClient) -> None:
    who = await tree(bot_client)
    _, national = await upload(bot_client, who["super"], MEETING_RULES)
    _, of_a = await upload(bot_client, who["a"], DUES_NOTES)
    a_id, n_id = of_a["document"]["id"], national["document"]["id"]
    for caller, doc_id in (("b", a_id), ("group", a_id), ("a", n_id), ("committee", n_id)):
        resp = await bot_client.patch(f"/api/v1/knowledge/documents/{doc_id}", json={"status": "已废止"},
                                      headers=who[caller])
        body = await resp.json()
        assert resp.status == 403 and body["error"]["code"] == "knowledge.out_of_scope", (caller, body)
        resp = await bot_client.delete(f"/api/v1/knowledge/documents/{doc_id}", headers=who[caller])
        assert resp.status == 403 and (await resp.json())["error"]["code"] == "knowledge.out_of_scope"
    assert await titles(bot_client, who["super"]) == [("示例党费收缴办法", 1), ("示例支部会议规则", 1)]
    resp = await bot_client.patch(f"/api/v1/knowledge/documents/{a_id}", json={"doc_number": "示〔2026〕1号"},
                                  headers=who["committee"])  # A is in the committee's subtree
    assert resp.status == 200
    assert (await bot_client.delete(f"/api/v1/knowledge/documents/{a_id}", headers=who["a"])).status == 204
    assert (await bot_client.delete(f"/api/v1/knowledge/documents/{n_id}", headers=who["super"])).status == 204


async def test_an_orgs_upload_never_supersedes_a_global_document(bot_client: TestClient) -> None:
    who = await tree(bot_client)
    _, national = await upload(bot_client, who["super"], OLD_DUES_NOTES)
    status, of_a = await upload(bot_client, who["a"], DUES_NOTES)
    assert status == 201 and of_a["outcome"] == "added" and of_a["document"]["version"] == 1
    resp = await bot_client.get(f"/api/v1/knowledge/documents/{national['document']['id']}", headers=who["super"])
    assert (await resp.json())["status"] == "现行有效"


async def test_feedback_and_unanswered_questions_go_to_the_askers_subtree(bot_client: TestClient) -> None:
    who = await tree(bot_client)
    await upload(bot_client, who["super"], MEETING_RULES)
    for member, question in (("member_a", "巡视组进驻要提前几天通知？"), ("member_b", "问责条例规定了哪些问责方式？")):
        assert (await ask(bot_client, question, who[member]))["abstained"]
        resp = await bot_client.post("/api/v1/bot/feedback", headers=who[member],
                                     json={"question": question, "helpful": False, "reason": "没答上"})
        assert resp.status == 201, await resp.text()

    async def seen(caller: str, what: str) -> list[str]:
        resp = await bot_client.get(f"/api/v1/bot/{what}", headers=who[caller])
        assert resp.status == 200, await resp.text()
        return sorted(row["question"] for row in (await resp.json())["items"])

    for what in ("unanswered", "feedback"):
        assert await seen("a", what) == ["巡视组进驻要提前几天通知？"]
        assert await seen("b", what) == ["问责条例规定了哪些问责方式？"]
        assert await seen("group", what) == []
        assert len(await seen("committee", what)) == 2 and len(await seen("super", what)) == 2
    resp = await bot_client.get("/api/v1/bot/unanswered", headers=who["b"])
    of_b = (await resp.json())["items"][0]
    assert of_b["org_id"] is not None
    resp = await bot_client.post(f"/api/v1/bot/unanswered/{of_b['id']}/resolve", headers=who["a"])
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "knowledge.out_of_scope"
    assert (await bot_client.post(f"/api/v1/bot/unanswered/{of_b['id']}/resolve", headers=who["b"])).status == 204


async def test_uploads_are_size_limited(make_bot_client: BotAppFactory, make_settings: Callable[..., Settings]) -> None:
    client = await make_bot_client(make_settings(bot={"max_document_bytes": 2000}))
    admin = await admin_headers(client)
    big = MEETING_RULES + "\n" + "第七条　" + "说明" * 1000 + "。\n"
    status, body = await upload(client, admin, big)
    assert status == 413 and body["error"]["code"] == "payload_too_large"
    assert body["error"]["details"]["max_bytes"] == 2000
    status, _ = await upload(client, admin, MEETING_RULES)
    assert status == 201
