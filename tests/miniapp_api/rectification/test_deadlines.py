"""Working-day deadlines (Chinese holidays, make-up days) and the overdue → 督办 job."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from typing import Any

from aiohttp.test_utils import TestClient

from miniapp_api.rectification import service
from miniapp_api.rectification.models import Ticket, TicketEvent
from miniapp_api.rectification.workdays import add_working_days, deadline_after, is_workday
from server.core.clock import LocalZone, ManualClock
from server.core.settings import EvaluationSettings
from server.lifecycle import JOB_RUNNER
from tests.factories import admin_headers
from tests.miniapp_api.evaluation.helpers import make_tree, new_code, new_point, rate
from tests.miniapp_api.rectification.helpers import act_ok

SH = LocalZone("Asia/Shanghai")  # the unit tests below spell out the zone; the app takes it from LOCAL_TIMEZONE


def test_working_days_follow_the_official_calendar() -> None:
    assert add_working_days(date(2026, 9, 30), 1) == date(2026, 10, 8)  # National Day week
    assert add_working_days(date(2026, 10, 9), 1) == date(2026, 10, 10)  # a Saturday make-up workday
    assert add_working_days(date(2026, 9, 24), 1) == date(2026, 9, 28)  # Mid-Autumn Friday, then the weekend
    assert add_working_days(date(2026, 3, 2), 5) == date(2026, 3, 9)
    assert not is_workday(date(2026, 10, 1)) and is_workday(date(2026, 10, 10))


def test_outside_the_calendar_monday_to_friday_is_assumed() -> None:
    assert is_workday(date(2031, 1, 1))  # a Wednesday; no data for 2031
    assert add_working_days(date(2031, 1, 3), 1) == date(2031, 1, 6)  # Friday → Monday


def test_a_deadline_ends_at_local_midnight_after_the_last_working_day() -> None:
    friday_evening = datetime(2026, 3, 6, 12, 0, tzinfo=UTC)  # 20:00 Friday in Shanghai
    due = deadline_after(friday_evening, 1, SH)
    assert SH.local(due).isoformat() == "2026-03-10T00:00:00+08:00"  # the end of Monday 9 March
    late_utc_day = datetime(2026, 3, 5, 17, 0, tzinfo=UTC)  # already Friday 01:00 in Shanghai
    assert SH.local(deadline_after(late_utc_day, 1, SH)).date() == date(2026, 3, 10)
    assert deadline_after(late_utc_day, 1, LocalZone("America/Los_Angeles")) == datetime(2026, 3, 7, 8, 0, tzinfo=UTC)  # Thu 09:00 there


async def _setup(make_client: Any, make_settings: Any, start: datetime) -> tuple[TestClient, ManualClock, Any, str]:
    clock = ManualClock(start)
    settings = make_settings(evaluation=EvaluationSettings(callback_working_days=1, rectify_working_days=3))
    client = await make_client(settings, clock=clock)
    tree = await make_tree(client)
    point = await new_point(client, await tree.admin("a"), tree.a)
    code = await new_code(client, await tree.admin("a"), point["id"])
    return client, clock, tree, code["token"]


async def test_ticket_deadlines_use_configured_working_days(make_client: Any, make_settings: Any) -> None:
    client, _, _, token = await _setup(make_client, make_settings, datetime(2026, 9, 29, 2, 0, tzinfo=UTC))  # Tue
    body = await (await rate(client, token, 2)).json()
    ticket = await Ticket.get(id=body["ticket_id"])
    assert ticket.verify_due_at == datetime(2026, 9, 30, 16, 0, tzinfo=UTC)  # end of Wed 30 Sep
    assert ticket.rectify_due_at == datetime(2026, 10, 9, 16, 0, tzinfo=UTC)  # Wed, then 8 and 9 Oct


async def test_overdue_tickets_escalate_to_the_parent_once_per_stage(make_client: Any, make_settings: Any) -> None:
    client, clock, tree, token = await _setup(make_client, make_settings, datetime(2026, 3, 2, 2, 0, tzinfo=UTC))  # Mon
    late = (await (await rate(client, token, 1)).json())["ticket_id"]
    on_time = (await (await rate(client, token, 2)).json())["ticket_id"]
    a = await tree.admin("a")
    await act_ok(client, on_time, a, "verify", disposal="immediate")
    await act_ok(client, on_time, a, "resolve", note="已整改")
    assert await service.mark_overdue(clock.now()) == 0
    clock.set(datetime(2026, 3, 3, 16, 0, 1, tzinfo=UTC))  # just after the end of Tuesday
    assert await service.mark_overdue(clock.now()) == 1
    t = await Ticket.get(id=late)
    assert t.is_overdue and t.overdue_stage == "verify" and t.escalated_to_id == tree.a.parent_id == tree.general.id
    assert await service.mark_overdue(clock.now()) == 0  # idempotent
    listed = await (await client.get("/api/v1/rectifications?escalated=true", headers=await tree.admin("general"))).json()
    assert [x["id"] for x in listed["items"]] == [late] and listed["items"][0]["escalated_to_name"] == tree.general.name
    assert listed["items"][0]["deadline_state"] == "overdue"
    clock.set(datetime(2026, 3, 5, 16, 0, 1, tzinfo=UTC))  # after Thursday: 3 working days from Monday
    assert await service.mark_overdue(clock.now()) == 1  # only the late one; the resolved one is safe
    escalations = await TicketEvent.filter(ticket_id=late, action="escalate").order_by("id")
    assert [e.detail["stage"] for e in escalations] == ["verify", "rectify"]
    assert (await Ticket.get(id=on_time)).is_overdue is False
    fresh = await admin_headers(client, tree.a)  # the earlier login expired on the manual clock
    stats = await (await client.get(f"/api/v1/evaluation/stats?org_id={tree.a.id}", headers=fresh)).json()
    assert stats["overdue"] == 1 and stats["on_time_rate"] == 0.5 and stats["rectification_rate"] == 0.5


async def test_deadline_colours_in_the_inbox(make_client: Any, make_settings: Any) -> None:
    client, clock, tree, token = await _setup(make_client, make_settings, datetime(2026, 3, 2, 2, 0, tzinfo=UTC))
    tid = (await (await rate(client, token, 1)).json())["ticket_id"]

    async def colour() -> str:
        headers = await admin_headers(client, tree.a)  # logins expire as the manual clock moves
        return str((await (await client.get(f"/api/v1/rectifications/{tid}", headers=headers)).json())["deadline_state"])

    assert await colour() == "ok"
    clock.set(datetime(2026, 3, 3, 2, 0, tzinfo=UTC))  # Tuesday morning: verify due tonight
    assert await colour() == "due_soon"
    clock.advance(timedelta(days=1).total_seconds())
    assert await colour() == "overdue"


async def test_the_deadline_job_is_registered_and_runs(make_client: Any, make_settings: Any) -> None:
    client, clock, _, token = await _setup(make_client, make_settings, datetime(2026, 3, 2, 2, 0, tzinfo=UTC))
    tid = (await (await rate(client, token, 1)).json())["ticket_id"]
    runner = client.app[JOB_RUNNER]  # type: ignore[index]
    overdue = next(j for j in runner._jobs if j.name == "rectification.overdue")
    counters_job = next(j for j in runner._jobs if j.name == "evaluation.counters")
    clock.advance(7 * 86400)
    # both start together, as they do when a worker boots: each keeps its own database context
    await asyncio.gather(overdue.run(), counters_job.run(), overdue.run(), counters_job.run())
    assert (await Ticket.get(id=tid)).is_overdue
