"""Each indicator provider on hand-built data: numerator, denominator and the ids behind them; orgs without data
are left out (无数据), never 0 or 100 %."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient

from miniapp_api.evaluation.models import RaterKind, Rating, ServicePoint
from miniapp_api.rectification import service as tickets
from miniapp_api.rectification.models import Followup, Ticket
from server.core.appkeys import SETTINGS
from server.core.clock import ManualClock
from server.core.indicators import SourceValue, sources_of, warnings_of
from tests.conftest import AppFactory
from tests.factories import make_member
from tests.miniapp_api.assessment.helpers import NOW, Tree, hold, make_tree, study

Q3 = (date(2026, 7, 1), date(2026, 9, 30))


@pytest.fixture
async def client(make_client: AppFactory) -> TestClient:
    return await make_client(clock=ManualClock(NOW))


@pytest.fixture
async def tree(client: TestClient) -> Tree:
    return await make_tree(client)


async def compute(client: TestClient, key: str, tree: Tree, first: date = Q3[0], last: date = Q3[1]) -> dict[int, SourceValue]:
    app: web.Application = client.app  # type: ignore[assignment]
    ids = [tree.committee.id, tree.a.id, tree.b.id, tree.d.id]
    return await sources_of(app)[key](app, ids, first, last)


async def test_partyday_cadence_theme_day_and_participation(client: TestClient, tree: Tree) -> None:
    m2 = await make_member(tree.a)
    ids = [tree.members["a"].id, m2.id]
    held = {}
    for mtype, day in (
        ("branch_assembly", date(2026, 7, 15)),
        ("branch_committee", date(2026, 7, 9)),
        ("branch_committee", date(2026, 8, 9)),
        ("theme_day", date(2026, 7, 8)),
        ("theme_day", date(2026, 8, 8)),
        ("theme_day", date(2026, 9, 8)),
        ("theme_day", date(2026, 6, 30)),
    ):  # before the period: not counted
        absent = [{"member_id": m2.id, "status": "absent"}] if day == date(2026, 7, 8) else []
        held[(mtype, day)] = await hold(client, tree.admin_c, tree.a, mtype, day, ids, absent)
    cadence = await compute(client, "partyday.cadence", tree)
    # Q3 requires 1 党员大会, 3 支委会, 1 党课, 3 主题党日: 1 + 2 + 0 + 3 held on time.
    assert (cadence[tree.a.id].numerator, cadence[tree.a.id].denominator) == (6, 8)
    assert held[("theme_day", date(2026, 6, 30))] not in cadence[tree.a.id].refs
    assert "党课" in cadence[tree.a.id].detail
    # B and D held nothing: 0 of 8 is a fact, not 无数据; the committee holds no branch meetings: 无数据.
    assert (cadence[tree.b.id].numerator, cadence[tree.b.id].denominator) == (0, 8)
    assert tree.committee.id not in cadence
    theme = await compute(client, "partyday.theme_day", tree)
    assert (theme[tree.a.id].numerator, theme[tree.a.id].denominator) == (3, 3)
    month = await compute(client, "partyday.theme_day", tree, date(2026, 9, 1), date(2026, 9, 30))
    assert (month[tree.a.id].numerator, month[tree.a.id].denominator) == (1, 1)
    monthly_cadence = await compute(client, "partyday.cadence", tree, date(2026, 9, 1), date(2026, 9, 30))
    assert (monthly_cadence[tree.a.id].numerator, monthly_cadence[tree.a.id].denominator) == (1, 2)  # no 支委会
    participation = await compute(client, "partyday.participation", tree)
    # 6 meetings in Q3 × 2 expected; one absence.
    assert (participation[tree.a.id].numerator, participation[tree.a.id].denominator) == (11, 12)
    assert tree.b.id not in participation  # no meeting held: 无数据


async def test_learning_hours_attainment_is_pro_rated_and_coverage_counts_who_studied(client: TestClient, tree: Tree) -> None:
    m2 = await make_member(tree.a)
    await study(client, tree.members["a"], date(2026, 8, 1), 9)  # Q3 target: 32 × 92/365 ≈ 8.07 学时
    await study(client, m2, date(2026, 8, 2), 3)
    await study(client, m2, date(2026, 6, 30), 20)  # outside the period
    hours = await compute(client, "learning.hours_attainment", tree)
    assert (hours[tree.a.id].numerator, hours[tree.a.id].denominator) == (1, 2)
    assert hours[tree.a.id].refs == (tree.members["a"].id,)
    assert (hours[tree.b.id].numerator, hours[tree.b.id].denominator) == (0, 1)
    assert tree.committee.id not in hours  # no members: 无数据
    coverage = await compute(client, "learning.coverage", tree)
    assert (coverage[tree.a.id].numerator, coverage[tree.a.id].denominator) == (2, 2)
    month = await compute(client, "learning.hours_attainment", tree, date(2026, 8, 1), date(2026, 8, 31))
    assert month[tree.a.id].numerator == 2  # August's target is 32 × 31/365 ≈ 2.72 学时: both reach it


async def test_evaluation_satisfaction_and_participation(client: TestClient, tree: Tree) -> None:
    rated = await ServicePoint.create(org_id=tree.a.id, name="窗口一")
    await ServicePoint.create(org_id=tree.a.id, name="窗口二")
    await ServicePoint.create(org_id=tree.a.id, name="停用窗口", is_active=False)
    await ServicePoint.filter(org_id=tree.a.id).update(created_at=datetime(2026, 6, 1, tzinfo=UTC))
    await ServicePoint.create(org_id=tree.a.id, name="十月新设窗口")  # set up after the period: not counted
    ids = []
    for n, (score, day, excluded) in enumerate(
        [
            (5, date(2026, 7, 2), False),
            (4, date(2026, 8, 2), False),
            (3, date(2026, 9, 2), False),
            (2, date(2026, 9, 3), False),
            (1, date(2026, 9, 4), False),
            (1, date(2026, 9, 5), True),
            (1, date(2026, 6, 30), False),
        ]
    ):
        r = await Rating.create(
            point_id=rated.id,
            org_id=tree.a.id,
            score=score,
            rater_hash=f"h{n}",
            rater_kind=RaterKind.CITIZEN,
            day=day,
            is_excluded=excluded,
            created_at=datetime(day.year, day.month, day.day, 2, tzinfo=UTC),
        )
        ids.append(r.id)
    satisfaction = await compute(client, "evaluation.satisfaction", tree)
    assert (satisfaction[tree.a.id].numerator, satisfaction[tree.a.id].denominator) == (3, 5)
    assert satisfaction[tree.a.id].refs == tuple(ids[:3])
    assert tree.b.id not in satisfaction
    participation = await compute(client, "evaluation.participation", tree)
    assert (participation[tree.a.id].numerator, participation[tree.a.id].denominator) == (1, 2)
    assert tree.b.id not in participation  # no service points: 无数据


async def test_rectification_on_time_and_callback_satisfaction(client: TestClient, tree: Tree) -> None:
    app: web.Application = client.app  # type: ignore[assignment]
    deadlines = tickets.Deadlines(5, 10, app[SETTINGS].zone)
    opened = datetime(2026, 7, 1, 2, tzinfo=UTC)
    due = datetime(2026, 8, 1, 2, tzinfo=UTC)
    rows = []
    for n in range(5):
        t = await tickets.open_ticket(
            source_type="rating",
            source_id=1000 + n,
            org_id=tree.a.id,
            title="差评",
            summary="",
            is_named=False,
            contact_masked="",
            now=opened,
            deadlines=deadlines,
        )
        rows.append(t.id)
    day = timedelta(days=1)
    await Ticket.filter(id=rows[0]).update(
        rectify_due_at=due, resolved_at=due - day, followup_result=Followup.SATISFIED, followup_at=due + day
    )
    await Ticket.filter(id=rows[1]).update(
        rectify_due_at=due, resolved_at=due + day, followup_result=Followup.UNSATISFIED, followup_at=due + 2 * day
    )
    await Ticket.filter(id=rows[2]).update(rectify_due_at=due)  # never resolved
    await Ticket.filter(id=rows[3]).update(rectify_due_at=due, resolved_at=due - day, appeal_result="upheld")
    await Ticket.filter(id=rows[4]).update(rectify_due_at=datetime(2026, 10, 20, tzinfo=UTC))  # due after Q3
    on_time = await compute(client, "rectification.on_time", tree)
    assert (on_time[tree.a.id].numerator, on_time[tree.a.id].denominator) == (1, 3)
    assert on_time[tree.a.id].refs == (rows[0],)
    callback = await compute(client, "rectification.callback_satisfaction", tree)
    assert (callback[tree.a.id].numerator, callback[tree.a.id].denominator) == (1, 2)
    assert tree.b.id not in on_time and tree.b.id not in callback
    # Overdue tickets feed the early warnings.
    await Ticket.filter(id=rows[2]).update(is_overdue=True)
    found = await warnings_of(app)["rectification.overdue"](app, [tree.a.id, tree.b.id], date(2026, 10, 5))
    assert [(w.org_id, w.refs) for w in found] == [(tree.a.id, (rows[2],))]


async def test_the_owning_domains_register_the_nine_sources_they_own(client: TestClient) -> None:
    registered = set(sources_of(client.app))  # type: ignore[arg-type]
    assert {
        "partyday.cadence",
        "partyday.theme_day",
        "partyday.participation",
        "learning.hours_attainment",
        "learning.coverage",
        "evaluation.satisfaction",
        "evaluation.participation",
        "rectification.on_time",
        "rectification.callback_satisfaction",
    } <= registered
