"""The 三会一课 ledger as xlsx (opens with openpyxl, right counts) and the cadence check that flags missing meetings."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from typing import Any

from openpyxl import load_workbook

from tests.miniapp_api.partyday.conftest import Branch


async def _hold(pd: Branch, when: datetime, meeting_type: str, title: str, *, present: int = 0, org_id: int | None = None,
                minutes: dict[str, Any] | None = None) -> int:
    """Hold a meeting at `when`: the first `present` expected members sign in; the rest are absent."""
    pd.clock.set(when - timedelta(minutes=10))
    await pd.relogin()
    meeting = await pd.meeting(status="published", start_in=timedelta(minutes=10), meeting_type=meeting_type, title=title,
                               **({"org_id": org_id} if org_id else {}))
    mid = meeting["id"]
    pd.clock.set(when)
    await pd.client.post(f"/api/v1/partydays/{mid}/start", headers=pd.admin)
    code = (await (await pd.client.get(f"/api/v1/partydays/{mid}/signin-code", headers=pd.admin)).json())["code"]
    for m in pd.expected[:present]:
        resp = await pd.client.post(f"/api/v1/partydays/{mid}/signin", json={"code": code}, headers=await pd.headers(m))
        assert resp.status == 200, await resp.text()
    if minutes:
        await pd.client.put(f"/api/v1/partydays/{mid}/minutes", json=minutes, headers=pd.admin)
    pd.clock.advance(3600)
    assert (await pd.client.post(f"/api/v1/partydays/{mid}/end", headers=pd.admin)).status == 200
    return mid


def _bj(month: int, day: int, hour: int = 9) -> datetime:
    return datetime(2026, month, day, hour - 8, 0, tzinfo=UTC)


async def test_the_ledger_downloads_as_xlsx_with_one_row_per_meeting_and_right_counts(pd: Branch) -> None:
    await _hold(pd, _bj(1, 10), "theme_day", "一月主题党日", present=5,
                minutes={"host": "书记甲", "recorder": "组织委员", "topics": ["学习二十大报告"], "resolutions": ["开展结对帮扶"]})
    await _hold(pd, _bj(2, 12), "theme_day", "二月主题党日", present=3)
    await _hold(pd, _bj(3, 3), "branch_committee", "三月支委会", present=2)
    pd.clock.set(_bj(4, 1))
    await pd.relogin()
    resp = await pd.client.get("/api/v1/partydays/ledger.xlsx", params={"org_id": pd.branch.id, "year": 2026},
                               headers=pd.admin)
    assert resp.status == 200 and resp.content_type.endswith("spreadsheetml.sheet")
    assert "attachment" in resp.headers["Content-Disposition"]
    book = load_workbook(io.BytesIO(await resp.read()))
    assert book.sheetnames == ["台账", "执行情况"]
    rows = list(book["台账"].iter_rows(min_row=3, values_only=True))
    header = next(book["台账"].iter_rows(min_row=2, max_row=2, values_only=True))
    col = {name: i for i, name in enumerate(header)}
    assert [r[col["标题"]] for r in rows] == ["一月主题党日", "二月主题党日", "三月支委会"]
    jan, feb, mar = rows
    assert (jan[col["应到"]], jan[col["实到"]], jan[col["请假"]], jan[col["缺席"]]) == (5, 5, 0, 0)
    assert (feb[col["应到"]], feb[col["实到"]], feb[col["缺席"]]) == (5, 3, 2)
    assert (mar[col["应到"]], mar[col["实到"]], mar[col["缺席"]]) == (2, 2, 0)  # 支委会: the two committee members
    assert jan[col["会议类型"]] == "主题党日" and jan[col["日期"]] == "2026-01-10" and jan[col["主持人"]] == "书记甲"
    assert "学习二十大报告" in jan[col["会议记录摘要"]] and jan[col["补学情况"]] == "无需补学"
    absent_names = {pd.members[3].name, pd.probationary.name}
    assert set(feb[col["缺席人员"]].split("、")) == absent_names
    assert feb[col["补学情况"]].startswith("已补学 0/2")
    march = await pd.client.get("/api/v1/partydays/ledger.xlsx", params={"org_id": pd.branch.id, "year": 2026, "month": 3},
                                headers=pd.admin)
    month_rows = list(load_workbook(io.BytesIO(await march.read()))["台账"].iter_rows(min_row=3, values_only=True))
    assert [r[col["标题"]] for r in month_rows] == ["三月支委会"]
    outsider_admin = await _other_admin(pd)
    resp = await pd.client.get("/api/v1/partydays/ledger.xlsx", params={"org_id": pd.branch.id}, headers=outsider_admin)
    assert resp.status == 403


async def _other_admin(pd: Branch) -> dict[str, str]:
    from tests.factories import admin_headers

    return await admin_headers(pd.client, pd.other)


async def test_the_cadence_check_flags_missing_meetings(pd: Branch) -> None:
    await _hold(pd, _bj(1, 10), "theme_day", "一月主题党日", present=4)
    await _hold(pd, _bj(2, 12), "theme_day", "二月主题党日", present=4)
    await _hold(pd, _bj(4, 8), "theme_day", "四月主题党日", present=4)  # no 主题党日 in March
    await _hold(pd, _bj(1, 20), "branch_committee", "一月支委会", present=2)
    await _hold(pd, _bj(2, 20), "branch_committee", "二月支委会", present=2)  # none in March or April
    await _hold(pd, _bj(3, 25), "branch_assembly", "一季度党员大会", present=4)
    await _hold(pd, _bj(2, 26), "party_lecture", "书记讲党课", present=4)
    await _hold(pd, _bj(1, 15), "group_meeting", "一月党小组会", org_id=pd.group.id)
    pd.clock.set(_bj(5, 6))  # early May: March and April are over, May is due
    await pd.relogin()
    resp = await pd.client.get("/api/v1/partydays/cadence", params={"org_id": pd.branch.id, "year": 2026},
                               headers=pd.admin)
    assert resp.status == 200, await resp.text()
    report = await resp.json()
    (branch,) = report["branches"]
    items = {(i["meeting_type"], i["org_id"]): i for i in branch["items"]}
    theme = items[("theme_day", pd.branch.id)]
    assert theme["missing"] == ["2026-03"]
    assert [p["status"] for p in theme["periods"][:6]] == ["ok", "ok", "missing", "ok", "due", "upcoming"]
    assert items[("branch_committee", pd.branch.id)]["missing"] == ["2026-03", "2026-04"]
    assert items[("branch_assembly", pd.branch.id)]["missing"] == []  # Q1 held; Q2 is still due
    assert items[("party_lecture", pd.branch.id)]["periods"][1]["status"] == "due"
    assert items[("group_meeting", pd.group.id)]["missing"] == ["2026-02", "2026-03", "2026-04"]
    assert items[("life_meeting", pd.branch.id)]["missing"] == []  # the year is not over
    assert "3月未召开支部委员会" in branch["warnings"] and "3月未召开主题党日" in branch["warnings"]
    assert any("党小组" in w and "4月未召开党小组会" in w for w in branch["warnings"])
    assert report["warning_count"] == len(branch["warnings"]) == 2 + 1 + 3
    committee = await pd.client.get("/api/v1/partydays/cadence", params={"org_id": pd.committee.id, "year": 2026},
                                     headers=pd.admin)
    assert committee.status == 403  # a branch admin cannot look above the branch
    group = await (await pd.client.get("/api/v1/partydays/cadence", params={"org_id": pd.group.id, "year": 2026},
                                       headers=pd.admin)).json()
    (unit,) = group["branches"]
    assert [i["meeting_type"] for i in unit["items"]] == ["group_meeting"]  # a 党小组 alone: its own meetings only
    assert unit["items"][0]["missing"] == ["2026-02", "2026-03", "2026-04"]
    resp = await pd.client.get("/api/v1/partydays/ledger.xlsx", params={"org_id": pd.branch.id, "year": 2026},
                               headers=pd.admin)
    sheet = load_workbook(io.BytesIO(await resp.read()))["执行情况"]
    text = [c for row in sheet.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert any("3月未召开支部委员会" in t for t in text) and "缺漏" in text


async def test_without_a_year_the_cadence_and_the_ledger_take_the_local_year(pd: Branch) -> None:
    pd.clock.set(datetime(2026, 12, 31, 16, 30, tzinfo=UTC))  # 00:30 on New Year's Day 2027 in Beijing
    await pd.relogin()
    report = await (await pd.client.get("/api/v1/partydays/cadence", params={"org_id": pd.branch.id}, headers=pd.admin)).json()
    assert report["year"] == 2027
    theme = next(i for i in report["branches"][0]["items"] if i["meeting_type"] == "theme_day")
    assert [p["status"] for p in theme["periods"][:2]] == ["due", "upcoming"]  # January is the current local month
    resp = await pd.client.get("/api/v1/partydays/ledger.xlsx", params={"org_id": pd.branch.id}, headers=pd.admin)
    title = load_workbook(io.BytesIO(await resp.read()))["台账"]["A1"].value
    assert resp.status == 200 and title.endswith("（2027年）")


async def test_the_ledger_shows_the_actual_start_and_end_of_a_meeting_not_a_mix(pd: Branch) -> None:
    pd.clock.set(_bj(3, 3, 9))
    await pd.relogin()
    meeting = await pd.meeting(status="published", start_in=timedelta(0), minutes=125, title="两分钟的支委会")  # 09:00-11:05
    pd.clock.advance(31 * 60)  # started at 09:31
    assert (await pd.client.post(f"/api/v1/partydays/{meeting['id']}/start", headers=pd.admin)).status == 200
    pd.clock.advance(120)  # ended at 09:33
    resp = await pd.client.post(f"/api/v1/partydays/{meeting['id']}/end", headers=pd.admin)
    ended = await resp.json()
    assert datetime.fromisoformat(ended["started_at"]) == _bj(3, 3, 9) + timedelta(minutes=31)
    xlsx = await pd.client.get("/api/v1/partydays/ledger.xlsx", params={"org_id": pd.branch.id, "year": 2026, "month": 3},
                               headers=pd.admin)
    sheet = load_workbook(io.BytesIO(await xlsx.read()))["台账"]
    header = next(sheet.iter_rows(min_row=2, max_row=2, values_only=True))
    (row,) = list(sheet.iter_rows(min_row=3, values_only=True))
    assert dict(zip(header, row, strict=True))["时间"] == "09:31-09:33"
