"""The console's ratings: the date-range filter and the xlsx export (subtree-scoped, formula-safe, audited)."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any

from aiohttp.test_utils import TestClient
from openpyxl import load_workbook

from miniapp_api.audit.models import AuditEntry
from server.core.auth import Role
from server.core.clock import ManualClock
from tests.factories import admin_headers
from tests.miniapp_api.evaluation.helpers import device, error_code, make_tree, new_code, new_point, rate


async def test_ratings_are_filtered_by_local_dates_and_exported(make_client: Any, make_settings: Any) -> None:
    clock = ManualClock(datetime(2026, 3, 1, 15, 30, tzinfo=UTC))  # 23:30 on 1 March in Shanghai
    client: TestClient = await make_client(make_settings(), clock=clock)
    tree = await make_tree(client)
    a = await tree.admin("a")
    code = await new_code(client, a, (await new_point(client, a, tree.a, "医保窗口"))["id"])
    other = await new_code(client, await tree.admin("b"), (await new_point(client, await tree.admin("b"), tree.b))["id"])
    await rate(client, code["token"], 5, comment="第一天")
    clock.advance(3600)  # 00:30 on 2 March local (still 1 March in UTC)
    await rate(client, code["token"], 2, comment="=1+1 第二天", contact="13812345678")
    await rate(client, other["token"], 4, rater=device())
    clock.advance(86400)
    await rate(client, code["token"], 4, comment="第三天")
    tree._headers.clear()  # a day later: sign in again
    a = await tree.admin("a")

    async def days(**query: Any) -> list[str]:
        resp = await client.get("/api/v1/evaluation/ratings", headers=a, params=query)
        assert resp.status == 200, await resp.text()
        return [r["day"] for r in (await resp.json())["items"]]

    assert await days() == ["2026-03-03", "2026-03-02", "2026-03-01"]
    assert await days(**{"from": "2026-03-02"}) == ["2026-03-03", "2026-03-02"]
    assert await days(to="2026-03-01") == ["2026-03-01"]
    assert await days(**{"from": "2026-03-02", "to": "2026-03-02"}) == ["2026-03-02"]
    backwards = await client.get("/api/v1/evaluation/ratings", headers=a, params={"from": "2026-03-03", "to": "2026-03-01"})
    assert backwards.status == 422 and await error_code(backwards) == "evaluation.bad_period"

    staff = await admin_headers(client, tree.a, Role.STAFF)
    resp = await client.get("/api/v1/evaluation/ratings.xlsx", headers=staff, params={"from": "2026-03-02", "to": "2026-03-02"})
    assert resp.status == 200 and "attachment" in resp.headers["Content-Disposition"]
    ws = load_workbook(io.BytesIO(await resp.read())).active
    assert ws is not None
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:5] == ("时间", "日期", "服务点", "所属组织", "评分")
    assert len(rows) == 2  # B's rating of that day is outside A's subtree
    row = dict(zip(rows[0], rows[1], strict=True))
    assert (row["服务点"], row["评分"], row["评价"], row["实名电话"]) == ("医保窗口", 2, "不满意", "138****5678")
    assert row["时间"] == "2026-03-02 00:30" and row["整改工单"]
    assert row["留言"] == "'=1+1 第二天" or ws.cell(2, rows[0].index("留言") + 1).data_type == "s"
    assert "13812345678" not in str(rows)
    everything = load_workbook(io.BytesIO(await (await client.get("/api/v1/evaluation/ratings.xlsx", headers=a)).read())).active
    assert everything is not None and everything.max_row == 4
    outside = await client.get("/api/v1/evaluation/ratings.xlsx", headers=a, params={"org_id": tree.b.id})
    assert outside.status == 403
    entries = await AuditEntry.filter(action="evaluation.ratings_export").order_by("id")
    assert [(e.detail.get("from"), e.detail["rows"]) for e in entries] == [("2026-03-02", 1), (None, 3)]
