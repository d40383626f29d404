"""The KB admin is told when a document may have been superseded: another current document states it is
repealed ("……印发的《…》同时废止") and it is not newer than that statement. Over HTTP: the upload response,
`GET /api/v1/knowledge/notices` (per org subtree) and the import command's output."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient

from knowledge.supersession import Candidate, Stated, notices, repeals
from tests.bot.test_kb_orgs import tree
from tests.bot.test_routes import upload

OLD_RULES = """示例档案管理办法
版本: 1995年6月1日起施行
第一条　为了管好示例单位的档案，制定本办法。
第二条　档案由办公室统一保管。
"""

NEW_RULES = """示例人事档案工作规定
版本: 2021年9月1日起施行
第一条　为了做好示例单位人事档案工作，制定本规定。
第二条　人事档案实行集中统一管理。
第三条　本规定自2021年9月1日起施行。1995年5月印发的《示例档案管理办法》同时废止。
"""

NEWER_OLD_TITLE = OLD_RULES.replace("1995年6月1日", "2023年1月1日")  # a later text under the old title


def test_repeal_statements_are_read_with_their_year() -> None:
    found = repeals("本规定自印发之日起施行。2004年印发的《某某工作办法》和《某某细则》同时废止。《另一通知》不再执行。")
    assert [(r.title, r.year) for r in found] == [("某某工作办法", 2004), ("某某细则", 2004), ("另一通知", None)]
    found = repeals("1991年4月2日某部门印发的《甲条例》同时废止")
    assert [(r.title, r.year) for r in found] == [("甲条例", 1991)]
    assert repeals("党员有权要求废止错误的决定。") == []


def test_a_document_newer_than_the_statement_is_not_flagged() -> None:
    stated = [Stated(2, "新规定", None, "第三条", "2010年印发的《旧办法》同时废止。")]
    old = Candidate(1, "旧办法", date(2009, 3, 1))
    newer = Candidate(3, "旧办法", date(2015, 3, 1))
    assert [n.document_id for n in notices(stated, [old, newer])] == [1]
    assert notices(stated, [Candidate(2, "旧办法", None)]) == []  # the stating document itself is never flagged
    assert [n.document_id for n in notices(stated, [Candidate(4, "旧办法", None)])] == [4]  # undated: may be old


async def test_the_admin_is_told_when_an_upload_repeals_or_is_repealed(bot_client: TestClient) -> None:
    who = await tree(bot_client)
    status, old = await upload(bot_client, who["super"], OLD_RULES, "old.txt")
    assert status == 201 and old["notices"] == []
    status, new = await upload(bot_client, who["super"], NEW_RULES, "new.txt")
    assert status == 201
    [notice] = new["notices"]
    assert notice["document_id"] == old["document"]["id"] and notice["by_document_id"] == new["document"]["id"]
    assert notice["by_article"] == "第三条" and "《示例档案管理办法》同时废止" in notice["statement"]
    assert "可能已被取代" in notice["message"] and "1995年6月1日版" in notice["message"]
    for caller in ("super", "a", "b"):  # global documents: every console user is told
        resp = await bot_client.get("/api/v1/knowledge/notices", headers=who[caller])
        assert resp.status == 200
        assert [n["title"] for n in (await resp.json())["items"]] == ["示例档案管理办法"]
    # once marked 已废止 the old document is no longer current, and the notice goes away
    resp = await bot_client.patch(f"/api/v1/knowledge/documents/{old['document']['id']}", json={"status": "已废止"},
                                  headers=who["super"])
    assert resp.status == 200
    resp = await bot_client.get("/api/v1/knowledge/notices", headers=who["super"])
    assert (await resp.json())["items"] == []


async def test_notices_stay_within_the_org_subtree(bot_client: TestClient) -> None:
    who = await tree(bot_client)
    await upload(bot_client, who["a"], OLD_RULES, "old.txt")
    status, new = await upload(bot_client, who["a"], NEW_RULES, "new.txt")
    assert status == 201 and len(new["notices"]) == 1
    for caller, seen in (("a", 1), ("committee", 1), ("b", 0), ("group", 0)):
        resp = await bot_client.get("/api/v1/knowledge/notices", headers=who[caller])
        assert len((await resp.json())["items"]) == seen, caller


async def test_a_later_text_under_the_old_title_is_not_flagged(bot_client: TestClient) -> None:
    who = await tree(bot_client)
    await upload(bot_client, who["super"], NEWER_OLD_TITLE, "old.txt")
    status, new = await upload(bot_client, who["super"], NEW_RULES, "new.txt")
    assert status == 201 and new["notices"] == []


@pytest.mark.skipif(not (Path(os.environ.get("REGULATIONS_DIR", "../shared/regulations")) / "干部人事档案工作条例.txt").exists(),
                    reason="the shared regulations are absent")
async def test_the_real_archive_regulation_flags_its_predecessor(bot_client: TestClient) -> None:
    folder = Path(os.environ.get("REGULATIONS_DIR", "../shared/regulations"))
    who = await tree(bot_client)
    predecessor = "干部档案工作条例\n版本: 1991年4月2日起施行\n第一条　示例条文，仅用于测试。\n"
    await upload(bot_client, who["super"], predecessor, "old.txt")
    status, out = await upload(bot_client, who["super"], (folder / "干部人事档案工作条例.txt").read_text("utf-8"),
                               "干部人事档案工作条例.txt")
    assert status == 201
    [notice] = out["notices"]
    assert notice["title"] == "干部档案工作条例" and notice["by_title"] == "干部人事档案工作条例"
