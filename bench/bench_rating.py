"""Rating submit benchmark: the real rating endpoint vs a bare aiohttp JSON endpoint, driven from a second process.

    .venv/bin/python bench/bench_rating.py [--requests 5000] [--connections 50] [--points 40] [--keep] [--strict]

Environment: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the PostgreSQL server; a
scratch database dj_bench_rating_<pid> is created there, the schema applied, and dropped afterwards (unless
--keep). REDIS_URL (default redis://127.0.0.1:6379/3) — that Redis database is flushed; a Redis Cluster
seed redis+cluster://host:port works too (the whole cluster is flushed).

The server process runs one event loop (one worker) serving both the real application and a bare aiohttp app
whose handler parses the same JSON body and answers 201 with a small JSON body. This process then acts as the
load generator (a minimal keep-alive HTTP/1.1 client over loopback): it sends the same number of requests to
each, every rating from a distinct anonymous rater (its own signed device cookie) with an Idempotency-Key, about
one in ten a 差评 that opens a ticket. The per-IP limit is raised (all traffic shares one IP) but still checked.
Reported: throughput of both, the ratio, p50/p99 latency, the server's CPU time per request for both (a view
of the same ratio that does not depend on what else runs on the machine), and whether every acknowledged
rating (and every ticket it announced) is in the database afterwards. Targets: ratio ≥ 15 %, p99 ≤ 50 ms at 50 connections.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET_RATIO = 0.15
TARGET_P99_MS = 50.0
SECRET = "bench-secret-key-0123456789-abcdefghijklmnop"
_CL = re.compile(rb"content-length:\s*(\d+)", re.I)
PG_DEFAULT = "postgres://postgres@127.0.0.1:5432/postgres"
REDIS_DEFAULT = "redis://127.0.0.1:6379/3"


# ---- the server process -----------------------------------------------------------------------------

async def _serve(app_port: int, bare_port: int) -> None:
    from aiohttp import web

    from server.app import create_app
    from server.core.settings import Settings
    from server.logging import configure_logging

    settings = Settings()
    configure_logging(settings.log_level)

    async def bare(request: web.Request) -> web.Response:
        data = await request.json()
        return web.json_response({"id": 1, "score": data.get("score"), "ticket_id": None}, status=201)

    bare_app = web.Application()
    bare_app.router.add_post("/bare", bare)
    runners = [web.AppRunner(create_app(settings), access_log=None), web.AppRunner(bare_app, access_log=None)]
    for runner, port in zip(runners, (app_port, bare_port), strict=True):
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port, backlog=1024).start()
    import gc  # as `python -m server serve` does after start-up (server/cli.py)

    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    print("ready", flush=True)
    await stop.wait()
    for runner in reversed(runners):
        await runner.cleanup()


# ---- setup: scratch database, schema, points and codes -----------------------------------------------

def _dsn(url: str) -> str:
    return url.split("?", 1)[0].replace("postgres://", "postgresql://", 1)


async def _create_database(base: str, name: str) -> str:
    import asyncpg

    conn = await asyncpg.connect(_dsn(base))
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return f"{base.split('?', 1)[0].rsplit('/', 1)[0]}/{name}"


async def _drop_database(base: str, name: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(_dsn(base))
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


async def _seed(url: str, points: int) -> list[str]:
    """Apply the schema and create one org with `points` service points, one code each; returns the tokens."""
    from miniapp_api.evaluation import signing
    from miniapp_api.evaluation.models import EvaluationCode, ServicePoint
    from miniapp_api.orgs.models import Organization, OrgKind
    from server.app import model_modules
    from server.core.database import open_database

    ctx = await open_database(url, model_modules())
    try:
        with ctx:
            await ctx.generate_schemas(safe=True)
            org = await Organization.create(name="压测党支部", kind=OrgKind.BRANCH)
            org.path = f"/{org.id}/"
            await org.save(update_fields=["path"])
            tokens = []
            for i in range(points):
                point = await ServicePoint.create(org_id=org.id, name=f"窗口{i + 1}")
                rid, token = signing.new_code(SECRET)
                await EvaluationCode.create(point_id=point.id, rid=rid)
                tokens.append(token)
            return tokens
    finally:
        await ctx.close_connections()


def _requests(tokens: list[str], count: int, seed: int) -> list[bytes]:
    """Pre-built requests: distinct raters (signed device cookies), realistic scores, tags and comments."""
    from miniapp_api.evaluation import options, signing

    rng = random.Random(seed)
    opts = options.current()
    out = []
    for i in range(count):
        score = rng.choices((1, 2, 3, 4, 5), weights=(4, 6, 15, 30, 45))[0]
        body: dict[str, Any] = {"score": score, "tags": rng.sample(list(opts.tags[score]), rng.randint(0, 2)),
                                "option_version": opts.version}
        if rng.random() < 0.3:
            body["comment"] = rng.choice(["办事很快", "态度很好，点赞", "排队时间有点长", "材料一次说清楚了"])
        _, cookie = signing.new_device_cookie(SECRET)
        raw = json.dumps(body, ensure_ascii=False).encode()
        head = (f"POST /api/v1/evaluation/codes/{tokens[i % len(tokens)]}/ratings HTTP/1.1\r\nHost: bench\r\n"
                f"Cookie: dj_rater={cookie}\r\nIdempotency-Key: bench-{seed}-{i}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {len(raw)}\r\n\r\n").encode()
        out.append(head + raw)
    return out


def _bare_requests(app_requests: list[bytes]) -> list[bytes]:
    """The same bodies (and sizes of headers) sent to the bare endpoint."""
    out = []
    for req in app_requests:
        head, body = req.split(b"\r\n\r\n", 1)
        lines = head.split(b"\r\n")
        lines[0] = b"POST /bare HTTP/1.1"
        out.append(b"\r\n".join(lines) + b"\r\n\r\n" + body)
    return out


# ---- the load generator -------------------------------------------------------------------------------

async def _connection(port: int, queue: list[bytes], lat: list[float], replies: list[tuple[int, bytes]]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while queue:
            req = queue.pop()
            t = time.perf_counter()
            writer.write(req)
            head = await reader.readuntil(b"\r\n\r\n")
            m = _CL.search(head)
            body = await reader.readexactly(int(m.group(1))) if m else b""
            lat.append(time.perf_counter() - t)
            replies.append((int(head[9:12]), body))
    finally:
        writer.close()


async def _drive(port: int, requests: list[bytes], connections: int) -> dict[str, Any]:
    queue = list(reversed(requests))
    lat: list[float] = []
    replies: list[tuple[int, bytes]] = []
    started = time.perf_counter()
    await asyncio.gather(*(_connection(port, queue, lat, replies) for _ in range(connections)))
    elapsed = time.perf_counter() - started
    lat.sort()
    return {
        "rps": len(lat) / elapsed, "p50_ms": lat[len(lat) // 2] * 1000, "p99_ms": lat[int(len(lat) * 0.99) - 1] * 1000,
        "n": len(lat), "seconds": elapsed, "replies": replies,
    }


async def _wait_ready(proc: subprocess.Popen[str]) -> None:
    assert proc.stdout is not None
    line = await asyncio.to_thread(proc.stdout.readline)
    if line.strip() != "ready":
        raise RuntimeError(f"server did not start: {line!r}")


async def _verify(url: str, replies: list[tuple[int, bytes]]) -> tuple[int, int, int, int, dict[int, int]]:
    """(acknowledged, present in the database, tickets announced, tickets present, other statuses)."""
    import asyncpg

    statuses: dict[int, int] = {}
    ratings, tickets = [], []
    for status, body in replies:
        if status != 201:
            statuses[status] = statuses.get(status, 0) + 1
            continue
        data = json.loads(body)
        ratings.append(int(data["id"]))
        if data.get("ticket_id"):
            tickets.append(int(data["ticket_id"]))
    conn = await asyncpg.connect(_dsn(url))
    try:
        found = await conn.fetchval("SELECT count(*) FROM evaluation_rating WHERE id = ANY($1::bigint[])", ratings)
        found_t = await conn.fetchval(
            "SELECT count(*) FROM rectification_ticket WHERE id = ANY($1::int[]) AND source_type = 'rating'", tickets)
    finally:
        await conn.close()
    return len(ratings), int(found), len(tickets), int(found_t), statuses


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of the server process (Linux /proc), to compare costs independent of load."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def main(args: argparse.Namespace) -> int:
    base = os.environ.get("DATABASE_URL", PG_DEFAULT)
    if not base.startswith(("postgres://", "postgresql://")):
        print("DATABASE_URL must point to PostgreSQL for this benchmark", file=sys.stderr)
        return 2
    redis_url = os.environ.get("REDIS_URL", REDIS_DEFAULT)
    name = f"dj_bench_rating_{os.getpid()}"
    url = await _create_database(base, name)
    proc: subprocess.Popen[str] | None = None
    try:
        from server.core.redis import open_redis

        redis = open_redis(redis_url)  # redis://…/N or redis+cluster://host:port (FLUSHDB on every primary)
        await redis.flushdb()
        await redis.aclose()
        tokens = await _seed(url, args.points)
        app_port, bare_port = _free_port(), _free_port()
        env = {**os.environ, "DATABASE_URL": f"{url}?minsize=2&maxsize={args.pool}", "REDIS_URL": redis_url,
               "SECRET_KEY": SECRET, "ENV": "dev", "RUN_JOBS": "false", "LOG_LEVEL": "WARNING",
               "LOCAL_TIMEZONE": "Asia/Shanghai", "EVALUATION__RATE_LIMIT_PER_MINUTE_IP": "1000000000"}
        proc = subprocess.Popen([sys.executable, __file__, "--serve", str(app_port), str(bare_port)], env=env,  # noqa: ASYNC220
                                stdout=subprocess.PIPE, text=True, cwd=ROOT)
        await _wait_ready(proc)
        app_reqs = _requests(tokens, args.requests, seed=1)
        bare_reqs = _bare_requests(app_reqs)
        warm = _requests(tokens, args.warmup, seed=2)
        await _drive(bare_port, _bare_requests(warm), args.connections)  # warm both servers up
        warm_app = await _drive(app_port, warm, args.connections)
        cpu0 = _cpu_seconds(proc.pid)
        bare = await _drive(bare_port, bare_reqs, args.connections)
        cpu1 = _cpu_seconds(proc.pid)
        app = await _drive(app_port, app_reqs, args.connections)
        cpu2 = _cpu_seconds(proc.pid)
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)
        proc = None
        acked, present, t_acked, t_present, others = await _verify(url, warm_app["replies"] + app["replies"])
        ratio = app["rps"] / bare["rps"]
        print(f"connections {args.connections}, requests {args.requests} per endpoint (+{args.warmup} warm-up), "
              f"{args.points} points, PostgreSQL pool {args.pool}, one server worker")
        print(f"bare aiohttp JSON  {bare['rps']:8.0f} req/s   p50 {bare['p50_ms']:6.2f} ms   p99 {bare['p99_ms']:6.2f} ms")
        print(f"rating submit      {app['rps']:8.0f} req/s   p50 {app['p50_ms']:6.2f} ms   p99 {app['p99_ms']:6.2f} ms")
        print(f"ratio              {ratio * 100:7.1f} %   (target ≥ {TARGET_RATIO * 100:.0f} %, p99 ≤ {TARGET_P99_MS:.0f} ms)")
        if cpu0 is not None and cpu1 is not None and cpu2 is not None:
            bare_cpu, app_cpu = (cpu1 - cpu0) / args.requests * 1000, (cpu2 - cpu1) / args.requests * 1000
            print(f"server CPU/request bare {bare_cpu:.3f} ms, rating {app_cpu:.3f} ms → CPU-bound ratio "
                  f"{bare_cpu / app_cpu * 100:.1f} %   (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs: "
                  "throughput figures depend on what else runs)")
        print(f"acknowledged       {acked} ratings, {present} in the database; {t_acked} 差评 tickets, {t_present} "
              f"in the database; other statuses {others or 'none'}")
        ok = present == acked and t_present == t_acked and not others
        met = ratio >= TARGET_RATIO and app["p99_ms"] <= TARGET_P99_MS
        print("result             " + ("all acknowledged ratings are stored" if ok else "LOST OR FAILED RATINGS")
              + ("; targets met" if met else "; targets NOT met"))
        return 0 if ok and (met or not args.strict) else 1
    finally:
        if proc is not None:
            proc.kill()
            proc.wait()
        if not args.keep:
            await _drop_database(base, name)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--serve":
        asyncio.run(_serve(int(sys.argv[2]), int(sys.argv[3])))
        sys.exit(0)
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--warmup", type=int, default=500)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--points", type=int, default=40)
    parser.add_argument("--pool", type=int, default=20, help="PostgreSQL pool size of the server")
    parser.add_argument("--keep", action="store_true", help="keep the scratch database")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    sys.exit(asyncio.run(main(parser.parse_args())))
