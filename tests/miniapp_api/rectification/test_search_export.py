"""The inbox's search and the ticket export: subtree-scoped, filtered like the list, formula-safe, audited."""

from __future__ import annotations

import io
from typing import Any

from aiohttp.test_utils import TestClient
from openpyxl import load_workbook

from miniapp_api.audit.models import AuditEntry
from server.core.auth import Role
from tests.factories import admin_headers
from tests.miniapp_api.evaluation.helpers import Tree, new_code, new_point, rate


async def _bad(client: TestClient, tree: Tree, org: Any, point_name: str, comment: str) -> int:
    point = await new_point(client, await tree.admin("super"), org, point_name)
    code = await new_code(client, await tree.admin("super"), point["id"])
    resp = await rate(client, code["token"], 1, comment=comment)
    assert resp.status == 201
    return int((await resp.json())["ticket_id"])


async def _ids(client: TestClient, headers: dict[str, str], **query: Any) -> list[int]:
    resp = await client.get("/api/v1/rectifications", headers=headers, params=query)
    assert resp.status == 200, await resp.text()
    return [t["id"] for t in (await resp.json())["items"]]


async def test_tickets_are_found_by_point_title_and_content(client: TestClient, tree: Tree) -> None:
    window = await _bad(client, tree, tree.a, "不动产登记窗口", "排队太久")
    hall = await _bad(client, tree, tree.a, "社保大厅", "无人值守 Window")
    other = await _bad(client, tree, tree.b, "不动产登记窗口", "排队太久")
    a = await tree.admin("a")
    assert await _ids(client, a, q="不动产") == [window]  # B's ticket is outside A's subtree
    assert await _ids(client, a, q="无人值守") == [hall]
    assert await _ids(client, a, q="window") == [hall]  # case does not matter
    assert await _ids(client, a, q="非常不满意") == [hall, window]  # the level is in every title
    assert await _ids(client, a, q="不存在的") == []
    assert await _ids(client, await tree.admin("committee"), q="不动产") == [other, window]
    assert await _ids(client, a, q="排队", status="rectifying") == []
    too_long = await client.get("/api/v1/rectifications", headers=a, params={"q": "很" * 51})
    assert too_long.status == 422


async def test_the_export_is_the_filtered_subtree_and_is_audited(client: TestClient, tree: Tree) -> None:
    window = await _bad(client, tree, tree.a, "不动产登记窗口", "=HYPERLINK(\"http://x\")排队太久")
    await _bad(client, tree, tree.a, "社保大厅", "无人值守")
    await _bad(client, tree, tree.b, "B的窗口", "别人的")
    staff = await admin_headers(client, tree.a, Role.STAFF)  # read-only staff may export what they may read
    resp = await client.get("/api/v1/rectifications/export.xlsx", headers=staff, params={"q": "不动产"})
    assert resp.status == 200 and resp.content_type.endswith("spreadsheetml.sheet")
    assert "attachment" in resp.headers["Content-Disposition"]
    ws = load_workbook(io.BytesIO(await resp.read())).active
    assert ws is not None
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:5] == ("工单号", "事项", "内容", "组织", "状态")
    assert [r[0] for r in rows[1:]] == [window]
    assert rows[1][1] == "不动产登记窗口：非常不满意" and rows[1][4] == "待核实"
    assert all(c.data_type == "s" for c in ws[2][1:3])  # the comment is text, never a formula
    everything = load_workbook(io.BytesIO(await (await client.get(
        "/api/v1/rectifications/export.xlsx", headers=await tree.admin("a"))).read())).active
    assert everything is not None and everything.max_row == 3  # A's two tickets, not B's
    outside = await client.get("/api/v1/rectifications/export.xlsx", headers=await tree.admin("a"),
                               params={"org_id": tree.b.id})
    assert outside.status == 403
    entries = await AuditEntry.filter(action="rectification.export").order_by("id")
    assert [(e.detail.get("q"), e.detail["rows"]) for e in entries] == [("不动产", 1), (None, 2)]
