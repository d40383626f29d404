"""The bot and knowledge-base HTTP API on the real app (bot.domain.install wired in)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

from aiohttp import FormData
from aiohttp.test_utils import TestClient
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from bot.schemas import ABSTAIN_MESSAGE
from server.core.appkeys import DB
from server.core.settings import Settings
from tests.bot.conftest import bot_runtime
from tests.factories import admin_headers, make_member, make_org, member_headers, wechat_headers
from tests.knowledge.samples import DUES_NOTES, INTERNAL_NOTES, MEETING_RULES, OLD_DUES_NOTES

Headers = dict[str, str]


async def upload(client: TestClient, headers: Headers, text: str, name: str = "a.txt",
                 **fields: str) -> tuple[int, dict]:
    form = FormData()
    for key, value in fields.items():
        form.add_field(key, value)
    form.add_field("file", text.encode(), filename=name, content_type="text/plain")
    resp = await client.post("/api/v1/knowledge/documents", data=form, headers=headers)
    return resp.status, await resp.json()


async def ask(client: TestClient, question: str, headers: Headers | None = None,
              conversation_id: str | None = None) -> dict:
    body = {"question": question} | ({"conversation_id": conversation_id} if conversation_id else {})
    resp = await client.post("/api/v1/bot/ask", json=body, headers=headers or {})
    assert resp.status == 200, await resp.text()
    return await resp.json()


async def test_upload_then_ask_with_verified_citations(bot_client: TestClient) -> None:
    admin = await admin_headers(bot_client)
    status, body = await upload(bot_client, admin, MEETING_RULES, "会议规则.txt")
    assert status == 201 and body["outcome"] == "added" and body["article_count"] == 6
    assert body["document"]["title"] == "示例支部会议规则" and body["warnings"] == []
    answer = await ask(bot_client, "支委会多久开一次？")
    assert not answer["abstained"] and answer["conversation_id"]
    citation = answer["citations"][0]
    assert (citation["document"], citation["article"]) == ("示例支部会议规则", "第三条")
    assert citation["document_id"] == str(body["document"]["id"]) and citation["article_id"]
    assert "支部委员会会议每月召开一次" in citation["text"]
    assert (citation["version_date"], citation["status"], citation["warning"]) == ("2024-03-01", "现行有效", "")
    assert "《示例支部会议规则》第三条（2024年3月1日版）：" in answer["answer"]


async def test_a_revised_version_is_cited_only_with_its_warning(bot_client: TestClient) -> None:
    admin = await admin_headers(bot_client)
    await upload(bot_client, admin, OLD_DUES_NOTES)
    await upload(bot_client, admin, DUES_NOTES)
    answer = await ask(bot_client, "修订前的示例党费收缴办法规定学生党员交党费吗？")
    old = [c for c in answer["citations"] if c["status"] == "已修订"]
    assert old and all(c["warning"] == "该版本已修订，非现行条文，请以现行版本为准" for c in old)
    assert all(c["warning"] == "" for c in answer["citations"] if c["status"] == "现行有效")
    assert "根据《示例党费收缴办法》第二条（已修订），学生党员免交党费" in answer["answer"]
    assert "第二条（该版本已修订，非现行条文，请以现行版本为准）：学生党员免交党费" in answer["answer"]


async def test_new_versions_supersede_and_deleting_restores(bot_client: TestClient) -> None:
    admin = await admin_headers(bot_client)
    status, first = await upload(bot_client, admin, OLD_DUES_NOTES)
    assert status == 201
    status, again = await upload(bot_client, admin, OLD_DUES_NOTES)
    assert status == 200 and again["outcome"] == "unchanged"
    status, second = await upload(bot_client, admin, DUES_NOTES)
    assert status == 201 and second["outcome"] == "new_version" and second["document"]["version"] == 2
    doc_id = second["document"]["id"]
    versions = await (await bot_client.get(f"/api/v1/knowledge/documents/{doc_id}/versions", headers=admin)).json()
    assert [(v["version"], v["status"]) for v in versions["items"]] == [(2, "现行有效"), (1, "已修订")]
    assert versions["items"][1]["superseded_by_id"] == doc_id
    answer = await ask(bot_client, "学生党员每月交多少党费？")
    assert answer["citations"][0]["document_id"] == str(doc_id)
    resp = await bot_client.delete(f"/api/v1/knowledge/documents/{doc_id}", headers=admin)
    assert resp.status == 204
    listing = await (await bot_client.get("/api/v1/knowledge/documents", headers=admin)).json()
    assert [(d["id"], d["status"]) for d in listing["items"]] == [(first["document"]["id"], "现行有效")]
    answer = await ask(bot_client, "学生党员交党费吗？")
    assert answer["citations"][0]["document_id"] == str(first["document"]["id"])


async def test_status_changes_take_documents_out_of_answers(bot_client: TestClient) -> None:
    admin = await admin_headers(bot_client)
    _, body = await upload(bot_client, admin, MEETING_RULES)
    doc_id = body["document"]["id"]
    resp = await bot_client.patch(f"/api/v1/knowledge/documents/{doc_id}", json={"status": "已废止"}, headers=admin)
    assert resp.status == 200 and (await resp.json())["status"] == "已废止"
    assert (await ask(bot_client, "支委会多久开一次？"))["abstained"]
    resp = await bot_client.get(f"/api/v1/knowledge/documents/{doc_id}", headers=admin)
    detail = await resp.json()
    assert resp.status == 200, detail
    assert detail["article_count"] == 6 and detail["articles"][2]["label"] == "第三条"


async def test_upload_errors(bot_client: TestClient) -> None:
    admin = await admin_headers(bot_client)
    status, body = await upload(bot_client, admin, "一份通知\n请按时报送。")
    assert status == 400 and body["error"]["code"] == "knowledge.no_articles"
    status, body = await upload(bot_client, admin, "x", name="表格.xls")
    assert status == 415 and body["error"]["code"] == "knowledge.unsupported_format"
    citizen, _ = await wechat_headers(bot_client)
    status, body = await upload(bot_client, citizen, MEETING_RULES)
    assert status == 403
    resp = await bot_client.get("/api/v1/knowledge/documents")
    assert resp.status == 401
    resp = await bot_client.get("/api/v1/knowledge/documents/999999", headers=admin)
    assert resp.status == 404 and (await resp.json())["error"]["code"] == "knowledge.document_not_found"


async def test_internal_documents_are_for_members_only(bot_client: TestClient) -> None:
    admin = await admin_headers(bot_client)
    status, _ = await upload(bot_client, admin, INTERNAL_NOTES, visibility="内部")
    assert status == 201
    question = "支部书记多久书面报告一次思想动态？"
    assert (await ask(bot_client, question))["abstained"]
    citizen, _ = await wechat_headers(bot_client)
    assert (await ask(bot_client, question, citizen))["abstained"]
    member = await member_headers(bot_client, await make_member(await make_org()))
    answer = await ask(bot_client, question, member)
    assert not answer["abstained"] and answer["citations"][0]["document"] == "示例内部工作提示"


async def test_follow_ups_use_the_conversation_of_the_same_asker(bot_client: TestClient) -> None:
    admin = await admin_headers(bot_client)
    await upload(bot_client, admin, MEETING_RULES)
    member = await member_headers(bot_client, await make_member(await make_org()))
    first = await ask(bot_client, "支委会多久开一次？", member)
    follow = await ask(bot_client, "那党员大会呢？", member, first["conversation_id"])
    assert follow["conversation_id"] == first["conversation_id"]
    assert follow["citations"][0]["article"] == "第五条" and "党员大会" in follow["query"]
    stranger = await member_headers(bot_client, await make_member(await make_org()))
    other = await ask(bot_client, "那党员大会呢？", stranger, first["conversation_id"])
    assert other["query"] == "那党员大会呢？"


async def test_abstentions_are_logged_and_feedback_is_kept(bot_client: TestClient) -> None:
    admin = await admin_headers(bot_client)
    await upload(bot_client, admin, MEETING_RULES)
    answer = await ask(bot_client, "问责条例规定了哪些问责方式？")
    assert answer["abstained"] and answer["answer"] == ABSTAIN_MESSAGE and answer["citations"] == []
    log = await (await bot_client.get("/api/v1/bot/unanswered", headers=admin)).json()
    assert log["total"] == 1 and log["items"][0]["reason"] == "unknown_regulation"
    item_id = log["items"][0]["id"]
    assert (await bot_client.post(f"/api/v1/bot/unanswered/{item_id}/resolve", headers=admin)).status == 204
    assert (await (await bot_client.get("/api/v1/bot/unanswered?resolved=false", headers=admin)).json())["total"] == 0
    resp = await bot_client.post("/api/v1/bot/feedback", json={
        "question": "支委会多久开一次？", "helpful": False, "reason": "没有说到临时会议"})
    assert resp.status == 201
    feedback = await (await bot_client.get("/api/v1/bot/feedback?helpful=false", headers=admin)).json()
    assert feedback["total"] == 1 and feedback["items"][0]["reason"] == "没有说到临时会议"
    resp = await bot_client.post("/api/v1/bot/feedback", json={"question": "x", "helpful": "maybe"})
    assert resp.status == 422


async def test_stream_sends_deltas_then_the_answer(bot_client: TestClient) -> None:
    admin = await admin_headers(bot_client)
    await upload(bot_client, admin, MEETING_RULES)
    resp = await bot_client.get("/api/v1/bot/ask/stream", params={"question": "党员大会多久开一次？"})
    assert resp.status == 200 and resp.content_type == "text/event-stream"
    text = await resp.text()
    assert text.startswith("event: delta\n") and "event: answer\n" in text
    assert '"article":"第五条"' in text


async def test_stream_with_a_fake_model(bot_client: TestClient) -> None:
    admin = await admin_headers(bot_client)
    await upload(bot_client, admin, MEETING_RULES)
    model = GenericFakeChatModel(messages=iter([AIMessage(content="党员大会 每季度 召开一次 [1] 。")]))
    bot_runtime(bot_client).llm = model  # type: ignore[arg-type]
    text = await (await bot_client.get("/api/v1/bot/ask/stream", params={"question": "党员大会多久开一次？"})).text()
    assert text.count("event: delta") > 1 and '"kind":"llm"' in text and '"marker":1' in text


async def test_asking_is_rate_limited(make_bot_client: Callable[..., Awaitable[TestClient]],
                                      make_settings: Callable[..., Settings]) -> None:
    client = await make_bot_client(make_settings(bot={"asks_per_minute": 2}))
    for _ in range(2):
        await ask(client, "支委会多久开一次？")
    resp = await client.post("/api/v1/bot/ask", json={"question": "支委会多久开一次？"})
    assert resp.status == 429 and resp.headers["Retry-After"]
    assert (await resp.json())["error"]["code"] == "bot.rate_limited"


async def test_anonymous_feedback_is_rate_limited_and_nothing_past_the_limit_is_stored(
        make_bot_client: Callable[..., Awaitable[TestClient]], make_settings: Callable[..., Settings]) -> None:
    client = await make_bot_client(make_settings(bot={"feedback_per_minute": 3}))
    body = {"question": "支委会多久开一次？", "helpful": False, "answer": "长" * 2000}
    statuses = [(await client.post("/api/v1/bot/feedback", json=body)).status for _ in range(5)]
    assert statuses == [201, 201, 201, 429, 429]
    admin = await admin_headers(client)
    assert (await (await client.get("/api/v1/bot/feedback", headers=admin)).json())["total"] == 3
    # asking is counted apart: feedback does not eat into the question limit
    assert (await client.post("/api/v1/bot/ask", json={"question": "支委会多久开一次？"})).status != 429


async def test_every_worker_reloads_after_a_change(make_bot_client: Callable[..., Awaitable[TestClient]]) -> None:
    first = await make_bot_client()
    second = await make_bot_client()
    admin = await admin_headers(first)
    assert (await ask(second, "支委会多久开一次？"))["abstained"]
    await upload(first, admin, MEETING_RULES)
    for _ in range(100):
        if not (await ask(second, "支委会多久开一次？"))["abstained"]:
            break
        await asyncio.sleep(0.1)
    else:
        raise AssertionError("the second worker never reloaded its index")
    status = await (await second.get("/api/v1/knowledge/status", headers=admin)).json()
    assert status["articles"] == 6 and status["generation"] >= 1


async def test_demo_pack_and_folder_import(bot_client: TestClient, tmp_path: Path) -> None:
    from knowledge import service as knowledge

    app = bot_client.app
    with app[DB]:
        assert await knowledge.seed_demo_pack() == 4
        assert await knowledge.seed_demo_pack() == 0
        (tmp_path / "规则.txt").write_text(MEETING_RULES, encoding="utf-8")
        (tmp_path / "空.txt").write_text("没有条文", encoding="utf-8")
        results = dict(await knowledge.ingest_paths([tmp_path]))
        runtime = bot_runtime(bot_client).knowledge
        await runtime.reload(await runtime.announce())
    assert results[tmp_path / "规则.txt"].outcome == "added"  # type: ignore[union-attr]
    assert results[tmp_path / "空.txt"] == "未识别到任何条文（第X条），请检查文件内容"
    answer = await ask(bot_client, "学生党员每月交多少党费？")
    assert answer["citations"][0]["document"] == "党建工作问答卡片（演示）·党费"
    assert answer["answer"].startswith("根据《党建工作问答卡片（演示）·党费》第三条，")
    # an amount question leads with the amount, computed by the dues calculator, then the cited card
    answer = await ask(bot_client, "我工资8000，每月交多少党费？")
    assert not answer["abstained"]
    assert answer["answer"].startswith("按党费规定的比例计算：月工资收入（税后）8000元，每月交纳党费120.00元（8000元×1.5%）。")
    assert answer["citations"][0]["document"] == "党建工作问答卡片（演示）·党费"


async def test_openapi_documents_the_bot_and_knowledge_routes(bot_client: TestClient) -> None:
    spec = await (await bot_client.get("/api/openapi.json")).json()
    paths = spec["paths"]
    assert {"/api/v1/bot/ask", "/api/v1/bot/ask/stream", "/api/v1/knowledge/documents",
            "/api/v1/knowledge/documents/{id}/versions"} <= set(paths)
    assert "requestBody" in paths["/api/v1/bot/ask"]["post"]


async def test_llm_settings_build_the_chat_model(make_bot_client: Callable[..., Awaitable[TestClient]],
                                                 make_settings: Callable[..., Settings]) -> None:
    from langchain_openai import ChatOpenAI

    client = await make_bot_client(make_settings(llm_base_url="http://127.0.0.1:9/v1", llm_model="demo-model"))
    assert isinstance(bot_runtime(client).llm, ChatOpenAI)
    answer = await ask(client, "问责条例规定了哪些问责方式？")  # abstains before any model call
    assert answer["abstained"]
