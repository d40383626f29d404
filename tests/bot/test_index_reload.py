"""The index follows the database even when Redis lost the generation counter (flushed or restarted)."""

from __future__ import annotations

from aiohttp.test_utils import TestClient

from knowledge.runtime import GENERATION_KEY
from server.core.appkeys import REDIS
from tests.bot.test_routes import upload
from tests.factories import admin_headers
from tests.knowledge.samples import DUES_NOTES, MEETING_RULES


async def _articles(client: TestClient, headers: dict[str, str]) -> int:
    resp = await client.get("/api/v1/knowledge/status", headers=headers)
    assert resp.status == 200
    return int((await resp.json())["articles"])


async def test_upload_after_the_counter_was_lost_still_reloads(bot_client: TestClient) -> None:
    admin = await admin_headers(bot_client)
    assert (await upload(bot_client, admin, MEETING_RULES))[0] == 201
    before = await _articles(bot_client, admin)
    await bot_client.app[REDIS].delete(GENERATION_KEY)  # the counter restarts below this worker's generation
    assert (await upload(bot_client, admin, DUES_NOTES, "党费.md"))[0] == 201
    assert await _articles(bot_client, admin) > before
