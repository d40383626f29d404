"""Heartbeat ingestion benchmark: the real app vs a bare aiohttp JSON endpoint, driven from a second process.

    .venv/bin/python bench/bench_heartbeat.py [--seconds 8] [--connections 50] [--sessions 4000] [--client auto|wrk|python]
        [--json PATH] [--strict]

The server process runs one event loop (one worker) serving both the real application (SQLite in a temp
dir, a Redis server at BENCH_REDIS_URL, default redis://127.0.0.1:6379/5 — that database is flushed; or a Redis
Cluster seed redis+cluster://host:port, the whole cluster flushed) and a
bare aiohttp app whose handler parses the same JSON body and answers 204. A load generator in a second
process (a minimal keep-alive HTTP/1.1 client) hits the bare endpoint, then the heartbeat endpoint, for the
same time with the same request shapes. Reported: throughput of both, the ratio, p50/p99 latency, and
database write statements and transactions per 100 beats, counted in the server process while the
flusher job runs at its normal interval, including the final flush on shutdown.
Targets: ratio ≥ 40 %, ≤ 1 database write per 100 beats.

The load generator is wrk (bench/wrk/heartbeat.lua, distinct member sessions read from a file of pre-made
tokens and session ids) when installed, else the hand-written client (--client python). With wrk the slices
are separate wrk runs; the p50 reported is the median of the slices' p50 and the p99 the largest slice p99.
"""

from __future__ import annotations

import argparse
import asyncio
import contextvars
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from functools import wraps
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import wrkrun  # noqa: E402

TARGET_RATIO = 0.40
TARGET_WRITES_PER_100 = 1.0
_CL = re.compile(rb"content-length:\s*(\d+)", re.I)


# ---- load generator (the second process) ------------------------------------------------------------

async def _connection(port: int, path: str, sessions: list[dict[str, Any]], start: int, deadline: float,
                      lat: list[float], codes: Counter[bytes], step: int = 1, limit: int | None = None) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    i, n, sent = start, len(sessions), 0
    try:
        while time.perf_counter() < deadline and (limit is None or sent < limit):
            sent += 1
            s = sessions[i % n]
            i += step
            now = time.time()
            s.setdefault("t0", now)
            s["seq"] = s.get("seq", 0) + 1
            body = (f'{{"lesson_id":{s["lesson_id"]},"session_id":"{s["sid"]}","position_s":{now - s["t0"]:.3f},'
                    f'"playing":true,"visible":true,"seq":{s["seq"]}}}').encode()
            head = (f"POST {path} HTTP/1.1\r\nHost: bench\r\nAuthorization: Bearer {s['token']}\r\n"
                    f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n").encode()
            t = time.perf_counter()
            writer.write(head + body)
            resp = await reader.readuntil(b"\r\n\r\n")
            m = _CL.search(resp)
            if m and int(m.group(1)):
                await reader.readexactly(int(m.group(1)))
            lat.append(time.perf_counter() - t)
            codes[resp[9:12]] += 1
    finally:
        writer.close()


def _summary(lat: list[float], codes: Counter[bytes], elapsed: float) -> dict[str, Any]:
    lat.sort()
    return {"requests": len(lat), "rps": len(lat) / elapsed, "p50_ms": lat[len(lat) // 2] * 1000,
            "p99_ms": lat[int(len(lat) * 0.99)] * 1000, "codes": {k.decode(): v for k, v in codes.items()}}


async def _slice(port: int, path: str, seconds: float, connections: int, sessions: list[dict[str, Any]],
                 lat: list[float], codes: Counter[bytes]) -> float:
    started = time.perf_counter()
    deadline = started + seconds
    await asyncio.gather(*(_connection(port, path, sessions, k * 7919, deadline, lat, codes) for k in range(connections)))
    return time.perf_counter() - started


async def _flush(port: int) -> float:
    """Ask the server to run the learning flusher now; its time is charged to the heartbeat slice."""
    started = time.perf_counter()
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"POST /flush HTTP/1.1\r\nHost: bench\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
    await reader.read()
    writer.close()
    return time.perf_counter() - started


async def _drive(bare_port: int, beat_port: int, seconds: float, rounds: int, connections: int,
                 sessions: list[dict[str, Any]]) -> dict[str, Any]:
    """Warm up, then alternate short slices of bare and heartbeat load so both see the same machine."""
    beat_path = "/api/v1/learning/heartbeats"
    warm: list[float] = []
    per = -(-len(sessions) // connections)  # every session's first beat: a session start reads stored progress
    await asyncio.gather(*(_connection(beat_port, beat_path, sessions, k, time.perf_counter() + 300, warm, Counter(),
                                       connections, per) for k in range(connections)))
    await _slice(beat_port, beat_path, 1.0, connections, sessions, warm, Counter())
    await _slice(bare_port, "/bare", 1.0, connections, sessions, [], Counter())
    out: dict[str, Any] = {}
    lat: dict[str, list[float]] = {"bare": [], "beat": []}
    codes: dict[str, Counter[bytes]] = {"bare": Counter(), "beat": Counter()}
    elapsed = {"bare": 0.0, "beat": 0.0}
    for _ in range(rounds):
        elapsed["bare"] += await _slice(bare_port, "/bare", seconds / rounds, connections, sessions, lat["bare"],
                                        codes["bare"])
        elapsed["beat"] += await _slice(beat_port, beat_path, seconds / rounds, connections, sessions, lat["beat"],
                                        codes["beat"])
        elapsed["beat"] += await _flush(bare_port)
    for name in ("bare", "beat"):
        out[name] = _summary(lat[name], codes[name], elapsed[name])
    out["beats_sent"] = len(warm) + len(lat["beat"])
    return out


def client_main(args: argparse.Namespace) -> None:
    sessions = json.loads(Path(args.sessions_file).read_text())
    out = asyncio.run(_drive(args.bare_port, args.port, args.seconds, args.rounds, args.connections, sessions))
    print(json.dumps(out))


# ---- server side --------------------------------------------------------------------------------------

class WriteCounter:
    """Counts database write statements (INSERT/UPDATE/DELETE, executemany, scripts) at the outermost call."""

    def __init__(self) -> None:
        self.statements = 0
        self.transactions = 0
        self.kinds: Counter[str] = Counter()
        self._inside: contextvars.ContextVar[bool] = contextvars.ContextVar("inside", default=False)

    def install(self) -> None:
        from tortoise.backends.sqlite import client as sqlite

        classes: list[type] = [sqlite.SqliteClient, sqlite.SqliteTransactionWrapper]
        try:
            from tortoise.backends.asyncpg import client as pg

            classes += [pg.AsyncpgDBClient, pg.TransactionWrapper]
        except ImportError:
            pass
        for cls in classes:
            for name in ("execute_insert", "execute_many", "execute_query", "execute_script"):
                if name in cls.__dict__:
                    setattr(cls, name, self._wrap(cls.__dict__[name], name))
            if "commit" in cls.__dict__:
                cls.commit = self._wrap_commit(cls.__dict__["commit"])

    def _wrap(self, fn: Any, name: str) -> Any:
        @wraps(fn)
        async def wrapper(client: Any, query: str, *args: Any, **kwargs: Any) -> Any:
            if self._inside.get():
                return await fn(client, query, *args, **kwargs)
            if name != "execute_query" or not query.lstrip().upper().startswith("SELECT"):
                self.statements += 1
                self.kinds[" ".join(query.split()[:3])[:60]] += 1
            token = self._inside.set(True)
            try:
                return await fn(client, query, *args, **kwargs)
            finally:
                self._inside.reset(token)
        return wrapper

    def _wrap_commit(self, fn: Any) -> Any:
        @wraps(fn)
        async def wrapper(client: Any, *args: Any, **kwargs: Any) -> Any:
            self.transactions += 1
            return await fn(client, *args, **kwargs)
        return wrapper


async def _seed(settings: Any, sessions: int) -> list[dict[str, Any]]:
    """One org, `sessions` members and one published long video; access tokens from the app's codec."""
    from miniapp_api.learning.models import Course, CourseStatus, Lesson, LessonKind
    from miniapp_api.orgs.models import Member, Organization, OrgKind
    from server.app import model_modules
    from server.core.auth import Principal, Role, TokenCodec
    from server.core.database import create_schema, open_database

    db = await open_database(settings.database_url, model_modules())
    try:
        await create_schema(db)
        with db:
            org = await Organization.create(name="压测支部", kind=OrgKind.BRANCH)
            await Member.bulk_create([Member(org_id=org.id, name=f"党员{i}", phone=f"139{i:08d}") for i in range(sessions)])
            member_ids = await Member.all().order_by("id").values_list("id", flat=True)
            course = await Course.create(title="压测课程", topics=["党史"], status=CourseStatus.PUBLISHED)
            lesson = await Lesson.create(course_id=course.id, title="长视频", kind=LessonKind.VIDEO, duration_s=86400)
    finally:
        await db.close_connections()
    codec = TokenCodec(settings.secret_key.get_secret_value(), 86400, 86400)
    return [{"lesson_id": lesson.id, "sid": f"bench{mid:08d}", "token": codec.issue(
        Principal(mid, Role.MEMBER, org.id, int(mid))).access_token} for mid in member_ids]


async def _bare(request: Any) -> Any:
    from aiohttp import web

    data = await request.json()
    if not isinstance(data, dict) or "lesson_id" not in data:
        return web.json_response({"error": "bad"}, status=400)
    return web.Response(status=204)


def _run_client(bare_port: int, beat_port: int, args: argparse.Namespace, sessions_file: str) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--as-client", "--bare-port", str(bare_port), "--port", str(beat_port),
           "--seconds", str(args.seconds), "--rounds", str(args.rounds), "--connections", str(args.connections),
           "--sessions-file", sessions_file]
    return json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)


async def _wrk_drive(bare_port: int, beat_port: int, args: argparse.Namespace, sessions: list[dict[str, Any]],
                     tmp: Path) -> dict[str, Any]:
    """Warm-up, then alternating bare / heartbeat wrk slices; the flush after each heartbeat slice is charged to it."""
    lines = tmp / "sessions.tsv"
    lines.write_text("".join(f"{s['token']}\t{s['sid']}\t{s['lesson_id']}\n" for s in sessions))
    t0 = str(int(time.time()) - 1)
    run = 0

    async def wrk(port: int, mode: str, seconds: float) -> dict[str, Any]:
        nonlocal run
        run += 1
        return await wrkrun.run_wrk(f"http://127.0.0.1:{port}", "heartbeat.lua", seconds=seconds,
                                    connections=args.connections, script_args=[str(lines), mode, str(run), t0])

    # every session's first beat (a session start reads stored progress), as the Python client does, then wrk
    warm_lat: list[float] = []
    per = -(-len(sessions) // args.connections)
    await asyncio.gather(*(_connection(beat_port, "/api/v1/learning/heartbeats", sessions, k, time.perf_counter() + 300,
                                       warm_lat, Counter(), args.connections, per) for k in range(args.connections)))
    warm = await wrk(beat_port, "app", args.warmup)
    await wrk(bare_port, "bare", 1)
    slices: dict[str, list[dict[str, Any]]] = {"bare": [], "beat": []}
    flush_s = 0.0
    per = max(1.0, args.seconds / args.rounds)
    for _ in range(args.rounds):
        slices["bare"].append(await wrk(bare_port, "bare", per))
        slices["beat"].append(await wrk(beat_port, "app", per))
        flush_s += await _flush(bare_port)
    out: dict[str, Any] = {}
    for name, runs in slices.items():
        n = sum(r["requests"] for r in runs)
        elapsed = sum(r["duration_s"] for r in runs) + (flush_s if name == "beat" else 0.0)
        codes: Counter[str] = Counter()
        for r in runs:
            codes.update({k: int(v) for k, v in r["codes"].items()})
        socket_errors = sum(r["socket_errors"] for r in runs)
        if socket_errors:
            codes["socket errors"] += socket_errors
        out[name] = {"requests": n, "rps": n / elapsed, "p50_ms": statistics.median(r["p50_ms"] for r in runs),
                     "p99_ms": max(r["p99_ms"] for r in runs), "codes": dict(codes)}
    out["beats_sent"] = len(warm_lat) + warm["requests"] + out["beat"]["requests"]
    return out


async def server_main(args: argparse.Namespace) -> int:
    from aiohttp import web

    from miniapp_api.learning.models import LessonProgress
    from miniapp_api.learning.runtime import runtime_of
    from server.app import create_app, model_modules
    from server.core.appkeys import DB
    from server.core.database import open_database, use_database
    from server.core.domains import JOB_FACTORIES
    from server.core.redis import open_redis
    from server.core.settings import Settings

    client = args.client
    if client == "auto":
        client = "wrk" if wrkrun.wrk_path() else "python"
        if client == "python":
            print("NOTE: wrk is not installed (apt-get install -y wrk); using the hand-written Python client")
    elif client == "wrk" and not wrkrun.wrk_path():
        print("wrk is not installed (apt-get install -y wrk); run with --client python", file=sys.stderr)
        return 2
    redis_url = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5")
    probe = open_redis(redis_url)  # redis://…/N or redis+cluster://host:port (FLUSHDB on every primary)
    try:
        await probe.ping()
        await probe.flushdb()
    except Exception as exc:  # no Redis server: the benchmark needs one
        print(f"SKIP: no Redis server at {redis_url} ({exc})")
        wrkrun.write_json(args.json, "heartbeat", [], [f"not measured: no Redis server at {redis_url}"])
        return 0
    finally:
        await probe.aclose()
    tmp = Path(tempfile.mkdtemp(prefix="dj-bench-"))
    settings = Settings(env="test", database_url=f"sqlite://{tmp}/bench.db", redis_url=redis_url,
                        secret_key="bench-secret-key-0123456789abcdef", run_jobs=True)
    sessions = await _seed(settings, args.sessions)
    sessions_file = tmp / "sessions.json"
    sessions_file.write_text(json.dumps(sessions))

    counter = WriteCounter()
    counter.install()
    bare_app = web.Application()
    bare_app.router.add_post("/bare", _bare)
    real_app = create_app(settings)
    # No periodic jobs: the client triggers the learning flush after each heartbeat slice (charged to it), so
    # every write counted is caused by the beats and no flush lands inside a bare slice.
    real_app[JOB_FACTORIES][:] = []

    async def flush(request: Any) -> Any:
        with use_database(real_app[DB]):
            await runtime_of(real_app).flusher.flush()
        return web.Response(status=204)

    bare_app.router.add_post("/flush", flush)
    runners = [web.AppRunner(bare_app, access_log=None), web.AppRunner(real_app, access_log=None)]
    ports = []
    for runner in runners:
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        ports.append(runner.addresses[0][1])

    if client == "wrk":
        result = await _wrk_drive(ports[0], ports[1], args, sessions, tmp)
    else:
        result = await asyncio.to_thread(_run_client, ports[0], ports[1], args, str(sessions_file))
    bare, real = result["bare"], result["beat"]
    await runners[0].cleanup()
    await runners[1].cleanup()  # stops the jobs and runs the final flush
    statements, transactions = counter.statements, counter.transactions
    if args.verbose:
        print("write statements by kind:", dict(counter.kinds))
    beats = result["beats_sent"]  # every beat of the run, warm-up included: all of them may cause writes

    db = await open_database(settings.database_url, model_modules())
    with db:
        flushed_ms = sum(await LessonProgress.all().values_list("certified_ms", flat=True))
    await db.close_connections()
    report = {
        "bare_rps": round(bare["rps"]), "heartbeat_rps": round(real["rps"]), "ratio": round(real["rps"] / bare["rps"], 3),
        "bare_p99_ms": round(bare["p99_ms"], 2), "heartbeat_p50_ms": round(real["p50_ms"], 2),
        "heartbeat_p99_ms": round(real["p99_ms"], 2), "beats": beats, "status_codes": real["codes"],
        "db_write_statements_per_100_beats": round(100 * statements / max(1, beats), 4),
        "db_transactions_per_100_beats": round(100 * transactions / max(1, beats), 4),
        "certified_seconds_flushed": flushed_ms // 1000,
    }
    ok = report["ratio"] >= TARGET_RATIO and report["db_write_statements_per_100_beats"] <= TARGET_WRITES_PER_100
    ok = ok and set(real["codes"]) == {"204"}
    others = sum(v for k, v in real["codes"].items() if k != "204")
    figures = [
        wrkrun.figure("bare aiohttp JSON handler (heartbeat body)", report["bare_rps"], "req/s"),
        wrkrun.figure("heartbeats", report["heartbeat_rps"], "req/s"),
        wrkrun.figure("heartbeats / bare", round(report["ratio"] * 100, 1), "%", f"≥ {TARGET_RATIO:.0%}".replace("%", " %"),
                      report["ratio"] >= TARGET_RATIO),
        wrkrun.figure(f"heartbeat p99 at {args.connections} connections", report["heartbeat_p99_ms"], "ms"),
        wrkrun.figure("database write statements per 100 beats", report["db_write_statements_per_100_beats"], "",
                      f"≤ {TARGET_WRITES_PER_100:g}",
                      report["db_write_statements_per_100_beats"] <= TARGET_WRITES_PER_100),
        wrkrun.figure("heartbeats answered other than 204", others, "", "0", others == 0),
    ]
    notes = [f"client: {client}" + (f" (wrk, 2 threads, {args.rounds} alternating slices per endpoint; Lua script "
                                     "bench/wrk/heartbeat.lua; p99 = the largest slice p99)" if client == "wrk"
                                     else " (hand-written Python client)"),
             f"{args.connections} connections, {args.sessions} member sessions, one server worker, SQLite + Redis"]
    wrkrun.write_json(args.json, "heartbeat", figures, notes, report)
    print(f"bare aiohttp JSON endpoint : {report['bare_rps']:>7} req/s   p99 {report['bare_p99_ms']} ms")
    print(f"learning heartbeats        : {report['heartbeat_rps']:>7} req/s   p50 {report['heartbeat_p50_ms']} ms"
          f"   p99 {report['heartbeat_p99_ms']} ms")
    print(f"ratio                      : {report['ratio']:.1%}  (target ≥ {TARGET_RATIO:.0%})")
    print(f"database writes / 100 beats: {report['db_write_statements_per_100_beats']} statements, "
          f"{report['db_transactions_per_100_beats']} transactions  (target ≤ {TARGET_WRITES_PER_100})")
    print(json.dumps(report, ensure_ascii=False))
    print("PASS" if ok else "BELOW TARGET")
    return 0 if ok or not args.strict else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=8, help="measured seconds per endpoint")
    parser.add_argument("--rounds", type=int, default=4, help="alternating slices per endpoint")
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--sessions", type=int, default=4000)
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--verbose", action="store_true", help="print the write statements by kind")
    parser.add_argument("--client", choices=("auto", "wrk", "python"), default="auto",
                        help="load generator: wrk (default when installed) or the hand-written Python client")
    parser.add_argument("--warmup", type=float, default=1, help="wrk: warm-up seconds of heartbeats")
    parser.add_argument("--json", help="write the figures as JSON to this path (bench/report.py)")
    parser.add_argument("--as-client", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--bare-port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--sessions-file", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.as_client:
        client_main(args)
        return 0
    return asyncio.run(server_main(args))


if __name__ == "__main__":
    sys.exit(main())
