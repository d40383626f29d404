"""Edges of the bot and knowledge-base API: errors answered before a stream starts, unknown ids, invalid
form fields, list envelopes, and the index status dated by the app's clock."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from aiohttp import FormData
from aiohttp.test_utils import TestClient

from server.core.settings import Settings
from tests.bot.test_routes import upload
from tests.clock import TEST_EPOCH
from tests.factories import admin_headers
from tests.knowledge.samples import DUES_NOTES, MEETING_RULES, OLD_DUES_NOTES


async def _code(resp: object) -> tuple[int, str]:
    body = await resp.json()  # type: ignore[attr-defined]
    return resp.status, body["error"]["code"]  # type: ignore[attr-defined]


async def test_the_stream_is_rate_limited_before_it_starts(make_bot_client: Callable[..., Awaitable[TestClient]],
                                                          make_settings: Callable[..., Settings]) -> None:
    client = await make_bot_client(make_settings(bot={"asks_per_minute": 1}))
    first = await client.get("/api/v1/bot/ask/stream", params={"question": "支委会多久开一次？"})
    assert first.status == 200 and first.content_type == "text/event-stream"
    await first.read()
    second = await client.get("/api/v1/bot/ask/stream", params={"question": "支委会多久开一次？"})
    assert await _code(second) == (429, "bot.rate_limited") and second.headers["Retry-After"]
    asked = await client.post("/api/v1/bot/ask", json={"question": "支委会多久开一次？"})  # one budget for both
    assert await _code(asked) == (429, "bot.rate_limited")


async def test_unknown_ids_are_not_found(bot_client: TestClient) -> None:
    admin = await admin_headers(bot_client)
    assert await _code(await bot_client.post("/api/v1/bot/unanswered/999999/resolve", headers=admin)) == (404, "not_found")
    for resp in (await bot_client.get("/api/v1/knowledge/documents/999999/versions", headers=admin),
                 await bot_client.patch("/api/v1/knowledge/documents/999999", json={"status": "已废止"}, headers=admin),
                 await bot_client.delete("/api/v1/knowledge/documents/999999", headers=admin)):
        assert await _code(resp) == (404, "knowledge.document_not_found")
    assert (await bot_client.get("/api/v1/knowledge/documents/abc", headers=admin)).status == 404


async def test_invalid_upload_fields_and_bodies_are_refused(bot_client: TestClient) -> None:
    admin = await admin_headers(bot_client)
    status, body = await upload(bot_client, admin, MEETING_RULES, visibility="秘密")
    assert (status, body["error"]["code"]) == (422, "validation_error")
    assert body["error"]["details"]["fields"][0]["field"] == "visibility"
    form = FormData(default_to_multipart=True)
    form.add_field("title", "没有文件")
    assert await _code(await bot_client.post("/api/v1/knowledge/documents", data=form, headers=admin)) == \
        (400, "upload.missing_file")
    resp = await bot_client.patch("/api/v1/knowledge/documents/1", json={"status": "作废"}, headers=admin)
    assert await _code(resp) == (422, "validation_error")
    doc_id = (await upload(bot_client, admin, MEETING_RULES))[1]["document"]["id"]
    nulls = {"doc_number": None, "issuer": None, "level": None, "status": None, "visibility": None, "effective_date": None}
    resp = await bot_client.patch(f"/api/v1/knowledge/documents/{doc_id}", json=nulls, headers=admin)  # was a 500
    assert resp.status == 200, await resp.text()
    doc = await resp.json()
    assert doc["issuer"] == "" and doc["status"] == "现行有效" and doc["effective_date"] is None
    resp = await bot_client.get("/api/v1/bot/feedback?helpful=maybe", headers=admin)
    assert await _code(resp) == (422, "validation_error")
    assert await _code(await bot_client.post("/api/v1/bot/ask", json={"question": ""})) == (422, "validation_error")


async def test_lists_come_in_their_envelopes(bot_client: TestClient) -> None:
    admin = await admin_headers(bot_client)
    await upload(bot_client, admin, OLD_DUES_NOTES)
    _, second = await upload(bot_client, admin, DUES_NOTES)
    doc_id = second["document"]["id"]
    versions = await (await bot_client.get(f"/api/v1/knowledge/documents/{doc_id}/versions", headers=admin)).json()
    assert set(versions) == {"items"} and [v["version"] for v in versions["items"]] == [2, 1]
    listing = await (await bot_client.get("/api/v1/knowledge/documents?page_size=1&all_versions=true",
                                          headers=admin)).json()
    assert (listing["total"], listing["page"], listing["page_size"], len(listing["items"])) == (2, 1, 1, 1)
    feedback = await (await bot_client.get("/api/v1/bot/feedback", headers=admin)).json()
    assert feedback == {"items": [], "total": 0, "page": 1, "page_size": 20}


async def test_the_index_status_is_dated_by_the_app_clock(bot_client: TestClient) -> None:
    admin = await admin_headers(bot_client)
    await upload(bot_client, admin, MEETING_RULES)
    status = await (await bot_client.get("/api/v1/knowledge/status", headers=admin)).json()
    built = datetime.fromisoformat(status["built_at"])
    assert TEST_EPOCH <= built < TEST_EPOCH + timedelta(minutes=10)  # the test clock, not the wall clock
    assert (status["documents"], status["articles"]) == (1, 6)
