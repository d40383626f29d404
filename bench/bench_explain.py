"""The big append-only tables at scale: generate millions of ratings, 学时 ledger rows and audit entries, then
EXPLAIN (ANALYZE, BUFFERS) the queries the service runs on them.

    .venv/bin/python bench/bench_explain.py [--rows 10000000] [--keep] [--strict] [--reuse DATABASE]

Environment: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the PostgreSQL server; a
scratch database dj_bench_explain_<pid> is created there, upgraded with the project's real migrations, filled
with generated rows (INSERT … SELECT generate_series, so the volume costs the server, not Python) and
dropped afterwards unless --keep. `--reuse DATABASE` takes such a kept database instead: pending migrations are
applied (e.g. a new index), the fill is skipped, the queries run (10 million rows take ~25 minutes to generate on
2 cores; an index ~15 s).

The shape: 1 province root → 50 committees → 2,500 branches, 25,000 service points, 100,000 members; the rows
spread over two years with ids rising with time, as they do in production. Each query below mirrors one the
code runs (the module is named beside it) with realistic parameters. Reported per query: the plan's access
path on the big table, whether it reads the whole table (a sequential scan), buffers touched and execution
time. Target: no query of a request path reads the whole table, and each runs in ≤ 50 ms warm. `--strict`
exits 1 when a request-path query misses it (background queries are reported, not judged).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import wrkrun  # noqa: E402

PG_DEFAULT = "postgres://postgres@127.0.0.1:5432/postgres"
TARGET_MS = 50.0
COMMITTEES, BRANCHES_PER_COMMITTEE, POINTS_PER_BRANCH, MEMBERS_PER_BRANCH = 50, 50, 10, 40
DAYS = 730


@dataclass(frozen=True)
class Query:
    name: str
    where: str  # the code that runs it
    table: str
    sql: str
    request_path: bool = True


def queries() -> list[Query]:
    subtree = "SELECT id FROM organization WHERE path LIKE '/1/2/%'"  # one committee with its 50 branches
    return [
        Query("rating page: recent published comments of a point", "evaluation/ratings.py public_info",
              "evaluation_rating",
              "SELECT score, tags, comment, day FROM evaluation_rating WHERE point_id = 777 "
              "AND comment_status = 'published' AND NOT is_excluded ORDER BY id DESC LIMIT 5"),
        Query("submit: the rater's ratings of a point today (seq)", "evaluation/submit.py",
              "evaluation_rating",
              "SELECT count(*) FROM evaluation_rating WHERE point_id = 777 AND rater_hash = md5('4242') "
              "AND day = DATE '2026-06-01'"),
        Query("stats: a committee's quarter by point, org, day, score and rater kind", "evaluation/stats.py compute",
              "evaluation_rating",
              "SELECT point_id, org_id, day, score, rater_kind, count(id) FROM evaluation_rating "
              f"WHERE org_id IN ({subtree}) AND day BETWEEN DATE '2026-04-01' AND DATE '2026-06-30' AND NOT is_excluded "
              "GROUP BY point_id, org_id, day, score, rater_kind"),
        Query("indicators: a committee's 满意率 of a quarter", "evaluation/indicators.py satisfaction",
              "evaluation_rating",
              f"SELECT id, org_id, score FROM evaluation_rating WHERE org_id IN ({subtree}) "
              "AND day BETWEEN DATE '2026-04-01' AND DATE '2026-06-30' AND NOT is_excluded ORDER BY id"),
        Query("console: a committee's ratings of a month, newest page", "evaluation/service.py list_ratings",
              "evaluation_rating",
              "SELECT r.* FROM evaluation_rating r JOIN organization o ON o.id = r.org_id WHERE o.path LIKE '/1/2/%' "
              "AND r.day BETWEEN DATE '2026-06-01' AND DATE '2026-06-30' AND r.created_at >= TIMESTAMPTZ '2026-06-01 00:00+08' "
              "AND r.created_at < TIMESTAMPTZ '2026-07-01 00:00+08' ORDER BY r.created_at DESC, r.id DESC LIMIT 20"),
        Query("console: all ratings (superadmin, no filter), newest page", "evaluation/service.py list_ratings",
              "evaluation_rating",
              "SELECT r.* FROM evaluation_rating r ORDER BY r.created_at DESC, r.id DESC LIMIT 20"),
        Query("console: the count beside the month page", "evaluation/service.py list_ratings",
              "evaluation_rating",
              f"SELECT count(*) FROM evaluation_rating WHERE org_id IN ({subtree}) "
              "AND day BETWEEN DATE '2026-06-01' AND DATE '2026-06-30'"),
        Query("counters: rebuild of every point's distribution", "evaluation/counters.py rebuild",
              "evaluation_rating",
              "SELECT point_id, score, count(*) FROM evaluation_rating WHERE NOT is_excluded GROUP BY point_id, score",
              request_path=False),
        Query("audit: an org's latest entries", "audit/service.py", "audit_entry",
              "SELECT * FROM audit_entry WHERE org_id = 1234 ORDER BY created_at DESC, id DESC LIMIT 50"),
        Query("audit: latest entries of an action family", "audit/service.py", "audit_entry",
              "SELECT * FROM audit_entry WHERE action LIKE 'rectification.%' ORDER BY created_at DESC, id DESC LIMIT 50"),
        Query("audit: a week, newest first", "audit/service.py", "audit_entry",
              "SELECT * FROM audit_entry WHERE created_at >= TIMESTAMPTZ '2026-03-01 00:00+08' "
              "AND created_at < TIMESTAMPTZ '2026-03-08 00:00+08' ORDER BY created_at DESC, id DESC LIMIT 50"),
        Query("学时: a member's year, newest first", "learning/admin.py member ledger", "learning_ledger",
              "SELECT * FROM learning_ledger WHERE member_id = 4242 AND year = 2026 ORDER BY at DESC, id DESC LIMIT 20"),
        Query("学时: a branch's members' hours of the year", "learning/ledger.py year_hours", "learning_ledger",
              "SELECT member_id, hours FROM learning_ledger WHERE member_id IN "
              "(SELECT id FROM member WHERE org_id = 60) AND year = 2026"),
        Query("学时: a committee's ledger page", "learning/admin.py ledger", "learning_ledger",
              "SELECT l.* FROM learning_ledger l JOIN member m ON m.id = l.member_id JOIN organization o ON "
              "o.id = m.org_id WHERE o.path LIKE '/1/2/%' AND l.year = 2026 ORDER BY l.at DESC, l.id DESC LIMIT 20"),
    ]


def fill_sql(rows: int) -> list[tuple[str, str]]:
    branches = COMMITTEES * BRANCHES_PER_COMMITTEE
    points = branches * POINTS_PER_BRANCH
    members = branches * MEMBERS_PER_BRANCH
    now = "TIMESTAMPTZ '2025-01-01 00:00+08'"
    return [
        ("organizations", f"""
            INSERT INTO organization (id, name, kind, org_type, region, path, depth, is_active, created_at, updated_at, parent_id)
            VALUES (1, '省委', 'committee', 'government', '', '/1/', 0, true, {now}, {now}, NULL);
            INSERT INTO organization (id, name, kind, org_type, region, path, depth, is_active, created_at, updated_at, parent_id)
            SELECT 1 + c, '党委' || c, 'committee', 'government', '', '/1/' || (1 + c) || '/', 1, true, {now}, {now}, 1
            FROM generate_series(1, {COMMITTEES}) c;
            INSERT INTO organization (id, name, kind, org_type, region, path, depth, is_active, created_at, updated_at, parent_id)
            SELECT 1 + {COMMITTEES} + b, '支部' || b, 'branch', 'community', '',
                   '/1/' || (2 + (b - 1) / {BRANCHES_PER_COMMITTEE}) || '/' || (1 + {COMMITTEES} + b) || '/', 2, true,
                   {now}, {now}, 2 + (b - 1) / {BRANCHES_PER_COMMITTEE}
            FROM generate_series(1, {branches}) b;
            SELECT setval(pg_get_serial_sequence('organization', 'id'), (SELECT max(id) FROM organization));"""),
        ("service points", f"""
            INSERT INTO evaluation_point (name, category, description, is_active, created_at, member_id, org_id)
            SELECT '窗口' || p, 'window', '', true, {now}, NULL, {2 + COMMITTEES} + (p - 1) / {POINTS_PER_BRANCH}
            FROM generate_series(1, {points}) p;"""),
        ("members", f"""
            INSERT INTO member (name, phone, status, posts, joined_at, is_active, created_at, updated_at, org_id)
            SELECT '党员' || m, '139' || lpad(m::text, 8, '0'), 'full', '[]', NULL, true, {now}, {now},
                   {2 + COMMITTEES} + (m - 1) / {MEMBERS_PER_BRANCH}
            FROM generate_series(1, {members}) m;"""),
        ("ratings", f"""
            INSERT INTO evaluation_rating (code_id, score, tags, option_version, comment, comment_status, comment_flagged,
                contact_phone, rater_hash, rater_kind, day, seq, is_excluded, excluded_reason, created_at, org_id, point_id)
            SELECT NULL, 1 + (i * 7919 % 5), '[]', 1, CASE WHEN i % 40 = 0 THEN '很好' ELSE '' END,
                   CASE WHEN i % 40 = 0 THEN 'published' ELSE 'none' END, false, NULL, md5(i::text), 'anonymous',
                   DATE '2025-01-01' + (i::bigint * {DAYS} / {rows})::int, 1, i % 997 = 0, '',
                   {now} + (i::float8 * {DAYS} * 86400 / {rows}) * interval '1 second',
                   {2 + COMMITTEES} + ((i * 104729) % {points}) / {POINTS_PER_BRANCH}, 1 + (i * 104729) % {points}
            FROM generate_series(1::bigint, {rows}) i;"""),
        ("学时 ledger", f"""
            INSERT INTO learning_ledger (year, hours, source, source_id, ref, note, at, created_by_id, created_at,
                updated_at, member_id)
            SELECT 2025 + (i::bigint * 2 / ({rows} + 1))::int, 0.5, 'course', NULL, 'r' || i, '',
                   {now} + (i::float8 * {DAYS} * 86400 / {rows}) * interval '1 second', NULL, {now}, {now},
                   1 + (i * 7919) % {members}
            FROM generate_series(1::bigint, {rows}) i;"""),
        ("audit", f"""
            INSERT INTO audit_entry (actor_user_id, actor_role, action, target_type, target_id, org_id, detail, ip,
                request_id, created_at)
            SELECT 1 + i % 5000, 'org_admin',
                   (ARRAY['rectification.act', 'evaluation.comment_moderate', 'orgs.member_update', 'learning.report_export',
                          'partyday.meeting_update'])[1 + i % 5], 'ticket', (i % 100000)::text,
                   {2 + COMMITTEES} + (i * 31) % {branches}, '{{}}', '127.0.0.1', md5(i::text),
                   {now} + (i::float8 * {DAYS} * 86400 / {rows}) * interval '1 second'
            FROM generate_series(1::bigint, {rows}) i;"""),
    ]


def _walk(plan: dict, found: list[dict]) -> None:
    found.append(plan)
    for child in plan.get("Plans", []):
        _walk(child, found)


def describe(plan: dict, table: str) -> tuple[str, bool, int]:
    nodes: list[dict] = []
    _walk(plan["Plan"], nodes)
    paths = [f"{n['Node Type']}" + (f" {n['Index Name']}" if "Index Name" in n else "")
             for n in nodes if n.get("Relation Name") == table]
    seq = any(n["Node Type"] == "Seq Scan" and n.get("Relation Name") == table for n in nodes)
    top = plan["Plan"]
    buffers = int(top.get("Shared Hit Blocks", 0)) + int(top.get("Shared Read Blocks", 0))
    return ", ".join(paths) or "(not read)", seq, buffers


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=10_000_000, help="rows per big table")
    parser.add_argument("--keep", action="store_true", help="keep the scratch database")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a request-path query misses the target")
    parser.add_argument("--json", help="write the figures as JSON to this path (bench/report.py)")
    parser.add_argument("--reuse", metavar="DATABASE",
                        help="a database filled by an earlier run with --keep: apply new migrations, skip the fill, "
                             "run the queries (to check an index without refilling; kept afterwards)")
    args = parser.parse_args()

    import asyncpg

    from server.migrations import upgrade

    base = os.environ.get("DATABASE_URL", PG_DEFAULT)
    name = args.reuse or f"dj_bench_explain_{os.getpid()}"
    admin_dsn = base.split("?", 1)[0].replace("postgres://", "postgresql://", 1)
    url = f"{base.split('?', 1)[0].rsplit('/', 1)[0]}/{name}"
    admin = await asyncpg.connect(admin_dsn)
    if not args.reuse:
        await admin.execute(f'CREATE DATABASE "{name}"')
    failures = 0
    figures = []
    try:
        started = time.perf_counter()
        applied = await upgrade(url)
        if args.reuse:
            print(f"reusing {name}: migrations applied {applied or 'none'} in {time.perf_counter() - started:.1f} s")
        conn = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
        try:
            if args.reuse:
                args.rows = int(await conn.fetchval("SELECT count(*) FROM evaluation_rating"))
            else:
                print(f"filling {args.rows:,} rows per big table (ratings, 学时 ledger, audit)")
                for label, sql in fill_sql(args.rows):
                    started = time.perf_counter()
                    await conn.execute(sql)
                    print(f"  {label:<16} {time.perf_counter() - started:7.1f} s")
            started = time.perf_counter()
            await conn.execute("VACUUM ANALYZE")
            print(f"  {'vacuum analyze':<16} {time.perf_counter() - started:7.1f} s")
            sizes = await conn.fetch(
                "SELECT relname, pg_size_pretty(pg_total_relation_size(oid)) AS size FROM pg_class "
                "WHERE relname IN ('evaluation_rating', 'learning_ledger', 'audit_entry')")
            print("  sizes (table + indexes): " + ", ".join(f"{r['relname']} {r['size']}" for r in sizes))
            print()
            print(f"| query | code | access path | whole table | buffers | ms | target ≤ {TARGET_MS:.0f} ms |")
            print("|---|---|---|---|---|---|---|")
            for q in queries():
                await conn.fetch(q.sql)  # warm
                raw = await conn.fetchval(f"EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) {q.sql}")
                plan = (json.loads(raw) if isinstance(raw, str) else raw)[0]
                path, seq, buffers = describe(plan, q.table)
                ms = float(plan["Execution Time"])
                ok = (not seq and ms <= TARGET_MS) if q.request_path else None
                if ok is False:
                    failures += 1
                verdict = "pass" if ok else ("FAIL" if ok is False else "background (not judged)")
                print(f"| {q.name} | {q.where} | {path} | {'yes' if seq else 'no'} | {buffers:,} | {ms:.1f} | {verdict} |")
                if q.request_path:
                    figures.append(wrkrun.figure(f"EXPLAIN {q.name} ({path}{', whole table' if seq else ''})",
                                                 round(ms, 2), "ms", f"≤ {TARGET_MS:.0f} ms, no whole-table read", ok))
        finally:
            await conn.close()
    finally:
        if not (args.keep or args.reuse):
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()
    print()
    print(f"request-path queries missing the target: {failures}")
    notes = [f"{args.rows:,} generated rows per big table" + ("" if args.rows >= 10_000_000 else
             " (the issue's check is on 10 million: `python bench/bench_explain.py --rows 10000000`, minutes)")]
    wrkrun.write_json(args.json, "explain", figures, notes)
    return 1 if (failures and args.strict) else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
