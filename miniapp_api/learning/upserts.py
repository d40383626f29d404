"""Set-based writes for the flusher: one executemany per table (INSERT … ON CONFLICT), no ORM objects.

A flush of thousands of members must not hold the event loop: building model instances costs far more
than the SQL. The statements are portable between SQLite (≥ 3.24) and PostgreSQL; only the placeholder
style differs.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

StudyRow = tuple[int, int, int, date, int]  # member, lesson, course, day, certified ms
ProgressRow = tuple[int, int, int, int, float, float, datetime | None, float]  # …, cert, pos, front, completed, t
LedgerRow = tuple[int, int, Decimal, str, str, datetime]  # member, year, hours, ref, note, at


def placeholders(conn: BaseDBAsyncClient, first: int, count: int) -> str:
    """`count` parameter marks numbered from `first`: ?, ?, … on SQLite, $first, … on PostgreSQL."""
    return ", ".join("?" if conn.capabilities.dialect == "sqlite" else f"${i}" for i in range(first, first + count))


def _sql(conn: BaseDBAsyncClient, template: str, columns: int) -> str:
    return template.replace("{values}", placeholders(conn, 1, columns))


async def add_study_days(conn: BaseDBAsyncClient, rows: Sequence[StudyRow]) -> None:
    """Add certified milliseconds per (member, lesson, day); concurrent flushes add, never overwrite."""
    if not rows:
        return
    sql = _sql(conn, "INSERT INTO learning_study_day (member_id, lesson_id, course_id, day, year, certified_ms) "
                     "VALUES ({values}) ON CONFLICT (member_id, lesson_id, day) DO UPDATE SET "
                     "certified_ms = learning_study_day.certified_ms + excluded.certified_ms", 6)
    await conn.execute_many(sql, [[m, le, c, d, d.year, ms] for m, le, c, d, ms in rows])


async def save_progress(conn: BaseDBAsyncClient, rows: Sequence[ProgressRow], now: datetime) -> None:
    """Store the newest progress snapshot; an older snapshot (a retried flush) never overwrites a newer one."""
    if not rows:
        return
    t = "learning_lesson_progress"
    sql = _sql(conn, f"INSERT INTO {t} (member_id, lesson_id, course_id, certified_ms, position_s, frontier_s, "
                     "completed_at, last_beat_at, updated_at) VALUES ({values}) "
                     "ON CONFLICT (member_id, lesson_id) DO UPDATE SET "
                     f"certified_ms = CASE WHEN excluded.certified_ms > {t}.certified_ms "
                     f"THEN excluded.certified_ms ELSE {t}.certified_ms END, "
                     "position_s = excluded.position_s, frontier_s = excluded.frontier_s, "
                     f"completed_at = COALESCE({t}.completed_at, excluded.completed_at), "
                     "last_beat_at = excluded.last_beat_at, updated_at = excluded.updated_at "
                     f"WHERE excluded.last_beat_at >= {t}.last_beat_at", 9)
    await conn.execute_many(sql, [[*row, now] for row in rows])


async def put_ledger(conn: BaseDBAsyncClient, source: str, rows: Sequence[LedgerRow], now: datetime) -> None:
    """Insert or replace ledger rows keyed by (member, source, ref)."""
    if not rows:
        return
    sql = _sql(conn, "INSERT INTO learning_ledger (member_id, year, hours, source, ref, note, at, created_at, "
                     "updated_at) VALUES ({values}) ON CONFLICT (member_id, source, ref) DO UPDATE SET "
                     "hours = excluded.hours, note = excluded.note, updated_at = excluded.updated_at", 9)
    values: list[list[Any]] = [[m, y, h, source, ref, note, at, now, now] for m, y, h, ref, note, at in rows]
    await conn.execute_many(sql, values)
