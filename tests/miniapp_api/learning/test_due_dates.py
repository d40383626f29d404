"""One clock, one zone: 补学 due dates are the end of a LOCAL day, shown as the same local date on the study
page (the member's API) and in the console, and the 学时 year is the local year — at any hour."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from aiohttp.test_utils import TestClient

from server.core.clock import ManualClock
from tests.clock import TEST_EPOCH
from tests.factories import admin_headers, make_member, make_org, member_headers

SHANGHAI = ZoneInfo("Asia/Shanghai")
# 23:30 local is 15:30 UTC: an end of day taken in UTC lands on 07:59:59 local of the NEXT day.
LATE_EVENING = datetime(2026, 6, 14, 23, 30, tzinfo=SHANGHAI)
# TEST_EPOCH, 23:30 UTC, is 07:30 local on 15 June: the UTC date is still the 14th.
EARLY_MORNING = TEST_EPOCH.astimezone(SHANGHAI)


async def _branch(client: TestClient) -> tuple[Any, dict[str, str], Any, dict[str, str]]:
    org = await make_org()
    member = await make_member(org)
    return org, await admin_headers(client, org), member, await member_headers(client, member)


async def _get(client: TestClient, path: str, headers: dict[str, str], **params: str) -> Any:
    resp = await client.get(path, headers=headers, params=params)
    assert resp.status == 200, await resp.text()
    return await resp.json()


@pytest.mark.parametrize("pinned", [LATE_EVENING, EARLY_MORNING], ids=["23:30-local", "07:30-local"])
async def test_a_makeup_is_due_at_the_local_end_of_day_14_days_later_on_both_sides(
    make_client: Any, pinned: datetime,
) -> None:
    clock = ManualClock(pinned)
    client = await make_client(clock=clock)
    org, admin, _member, headers = await _branch(client)
    resp = await client.post("/api/v1/learning/assignments", headers=admin, json={
        "org_id": org.id, "kind": "makeup", "title": "补学：六月主题党日"})
    assert resp.status == 201, await resp.text()

    due_day = pinned.astimezone(SHANGHAI).date() + timedelta(days=14)
    mine = (await _get(client, "/api/v1/learning/me/assignments", headers))["items"]
    console = (await _get(client, "/api/v1/learning/assignments", admin, org_id=str(org.id)))["items"]
    for row in (mine[0], console[0]):
        assert row["due_date"] == due_day.isoformat()
        due_at = datetime.fromisoformat(row["due_at"]).astimezone(SHANGHAI)
        assert (due_at.date(), due_at.hour, due_at.minute, due_at.second) == (due_day, 23, 59, 59)
        assert row["overdue"] is False
    reason = (await _get(client, "/api/v1/learning/recommendations", headers))["items"][0]["reason"]
    assert f"截止 {due_day.month} 月 {due_day.day} 日" in reason


async def test_a_due_date_given_by_the_console_is_that_local_day(make_client: Any) -> None:
    clock = ManualClock(LATE_EVENING)
    client = await make_client(clock=clock)
    org, admin, _member, headers = await _branch(client)
    resp = await client.post("/api/v1/learning/assignments", headers=admin, json={
        "org_id": org.id, "kind": "required", "title": "学习新修订的条例", "due_date": "2026-07-01"})
    assert resp.status == 201, await resp.text()
    row = (await _get(client, "/api/v1/learning/me/assignments", headers))["items"][0]
    assert row["due_date"] == "2026-07-01"
    assert datetime.fromisoformat(row["due_at"]) == datetime(2026, 7, 1, 23, 59, 59, tzinfo=SHANGHAI)
    resp = await client.post("/api/v1/learning/assignments", headers=admin, json={
        "org_id": org.id, "title": "两个截止", "due_date": "2026-07-01", "due_at": "2026-07-01T10:00:00+08:00"})
    assert resp.status == 422


async def test_overdue_makeup_is_flagged_and_filtered_once_the_local_day_is_over(make_client: Any) -> None:
    clock = ManualClock(LATE_EVENING)
    client = await make_client(clock=clock)
    org = await make_org()
    member, admin = await make_member(org), await admin_headers(client, org)
    resp = await client.post("/api/v1/learning/assignments", headers=admin, json={
        "org_id": org.id, "kind": "makeup", "title": "补学：六月主题党日", "due_date": "2026-06-20"})
    assert resp.status == 201
    clock.set(datetime(2026, 6, 20, 23, 59, tzinfo=SHANGHAI))  # still the due day, locally
    admin = await admin_headers(client, org)
    assert (await _get(client, "/api/v1/learning/assignments", admin, org_id=str(org.id),
                       overdue_only="true"))["total"] == 0
    clock.set(datetime(2026, 6, 21, 0, 1, tzinfo=SHANGHAI))
    admin = await admin_headers(client, org)
    page = await _get(client, "/api/v1/learning/assignments", admin, org_id=str(org.id), overdue_only="true")
    assert page["total"] == 1 and page["items"][0]["overdue"] is True
    mine = (await _get(client, "/api/v1/learning/me/assignments", await member_headers(client, member)))["items"]
    assert mine[0]["overdue"] is True


async def test_the_year_of_study_is_the_configured_local_year(make_client: Any, make_settings: Any) -> None:
    """LOCAL_TIMEZONE decides the year, not a hard-coded zone nor UTC: 20:00 on New Year's Eve in Los Angeles
    is already 1 January in UTC and in Shanghai."""
    eve = datetime(2026, 12, 31, 20, 0, tzinfo=ZoneInfo("America/Los_Angeles"))
    client = await make_client(make_settings(local_timezone="America/Los_Angeles"), clock=ManualClock(eve))
    _org, admin, member, headers = await _branch(client)
    resp = await client.post("/api/v1/learning/ledger", headers=admin, json={
        "member_id": member.id, "hours": 2, "note": "除夕夜党课"})
    assert resp.status == 201 and (await resp.json())["year"] == 2026
    me = await _get(client, "/api/v1/learning/me", headers)
    assert (me["year"], me["credit_hours"]) == (2026, 2.0)
    assert eve.astimezone(UTC).year == 2027
