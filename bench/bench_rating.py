"""Rating submit benchmark: the real rating endpoint vs a bare aiohttp JSON endpoint, driven from a second process.

    .venv/bin/python bench/bench_rating.py [--seconds 10] [--connections 50] [--points 40] [--workers-compare]
        [--client auto|wrk|python] [--requests 5000 (python client)] [--json PATH] [--keep] [--strict]

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
rating (and every ticket it announced) is in the database afterwards. Targets: ratio ≥ 20 %, p99 ≤ 30 ms at 50 connections.

The load generator is wrk (bench/wrk/rating.lua) when installed, else the hand-written client: every request
file line is a distinct rater; the Lua script collects the ids of acknowledged ratings for the check above.
--workers-compare also starts `python -m server serve --workers 1` and `--workers 2` on the scratch database and
drives each with wrk (one thread, pinned with taskset to the last CPU): target two workers ≥ 1.5 × one. Beside
each run: how many CPUs the servers kept busy and how many the whole machine did (the rest is PostgreSQL, Redis,
wrk and whatever else runs), which shows whether a second worker had a CPU to use.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import wrkrun  # noqa: E402

TARGET_RATIO = 0.20
TARGET_P99_MS = 30.0
TARGET_SCALING = 1.5
RUN = f"{os.getpid()}-{int(time.time())}"  # in Idempotency-Keys: unique per run, also on an unflushed Redis
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


def _specs(tokens: list[str], count: int, seed: int) -> list[tuple[str, str, str, str]]:
    """Distinct raters (signed device cookies), realistic scores, tags and comments: (path, cookie, key, body)."""
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
        out.append((f"/api/v1/evaluation/codes/{tokens[i % len(tokens)]}/ratings", cookie, f"bench-{RUN}-{seed}-{i}",
                    json.dumps(body, ensure_ascii=False)))
    return out


def _requests(tokens: list[str], count: int, seed: int) -> list[bytes]:
    """Pre-built raw requests for the hand-written client."""
    out = []
    for path, cookie, key, body in _specs(tokens, count, seed):
        raw = body.encode()
        head = (f"POST {path} HTTP/1.1\r\nHost: bench\r\nCookie: dj_rater={cookie}\r\nIdempotency-Key: {key}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {len(raw)}\r\n\r\n").encode()
        out.append(head + raw)
    return out


def _write_specs(path: Path, specs: list[tuple[str, str, str, str]]) -> None:
    """The requests file bench/wrk/rating.lua reads: one tab-separated line per request."""
    path.write_text("".join("\t".join(spec) + "\n" for spec in specs), encoding="utf-8")


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
    acked, present, t_acked, t_present = await _verify_ids(url, ratings, tickets)
    return acked, present, t_acked, t_present, statuses


async def _verify_ids(url: str, ratings: list[int], tickets: list[int]) -> tuple[int, int, int, int]:
    """(distinct ratings acknowledged, of them in the database, distinct tickets announced, of them present)."""
    import asyncpg

    ratings, tickets = sorted(set(ratings)), sorted(set(tickets))
    conn = await asyncpg.connect(_dsn(url))
    try:
        found = await conn.fetchval("SELECT count(*) FROM evaluation_rating WHERE id = ANY($1::bigint[])", ratings)
        found_t = await conn.fetchval(
            "SELECT count(*) FROM rectification_ticket WHERE id = ANY($1::int[]) AND source_type = 'rating'", tickets)
    finally:
        await conn.close()
    return len(ratings), int(found), len(tickets), int(found_t)


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of the server process (Linux /proc), to compare costs independent of load."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _tree_cpu_seconds(pid: int) -> float:
    """CPU time of a process and its direct children (`serve --workers N`: the parent and its N workers)."""
    total = _cpu_seconds(pid) or 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if ppid == pid:
            total += _cpu_seconds(int(stat.parent.name)) or 0.0
    return total


def _cpu_by_command(names: tuple[str, ...]) -> dict[str, float]:
    """CPU seconds used so far by every process whose command name is one of `names` (PostgreSQL's backends, …)."""
    out = dict.fromkeys(names, 0.0)
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        comm = text[text.index("(") + 1:text.rindex(")")]
        for name in names:
            if comm.startswith(name):
                fields = text.rsplit(")", 1)[1].split()
                out[name] += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return out


SUT = ("postgres", "redis-server")  # besides the servers and wrk: what one rating costs elsewhere on the machine


def _children_cpu_seconds() -> float:
    """CPU time of this process's finished children (wrk, once it has exited)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _interrupt_seconds() -> float:
    """CPU time the machine spent in hard and soft interrupts (/proc/stat irq + softirq): on loopback that is
    mostly the TCP stack carrying the benchmark's requests, which no process's own CPU time includes."""
    values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:9]]
    return (values[5] + values[6]) / os.sysconf("SC_CLK_TCK")


def _machine_busy_seconds() -> float:
    """CPU time the whole machine spent busy (every CPU, every process: /proc/stat user … softirq; idle, iowait
    and the time the hypervisor gave to other machines — steal — are not ours)."""
    values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:9]]
    return (sum(values) - values[3] - values[4] - values[7]) / os.sysconf("SC_CLK_TCK")


def _steal_seconds() -> float:
    """CPU time the hypervisor gave to other virtual machines while ours wanted it (/proc/stat steal)."""
    return int(Path("/proc/stat").read_text().splitlines()[0].split()[8]) / os.sysconf("SC_CLK_TCK")


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _wrk_ratings(port: int, path: Path, seconds: float, connections: int, bare: bool,
                       ids_file: Path | None = None, cpus: str | None = None, threads: int = 2) -> dict[str, Any]:
    args = [str(path), "bare" if bare else "app"] + ([str(ids_file)] if ids_file else [])
    return await wrkrun.run_wrk(f"http://127.0.0.1:{port}", "rating.lua", seconds=seconds, connections=connections,
                                threads=threads, script_args=args, cpus=cpus)


def _read_ids(path: Path) -> tuple[list[int], list[int]]:
    data = json.loads(path.read_text()) if path.exists() else {}
    return list(data.get("ids") or []), list(data.get("tickets") or [])


async def _wait_http(port: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(b"GET /healthz HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n")
            head = await reader.read(12)
            writer.close()
            if head[9:12] == b"200":
                return
        except OSError:
            pass
        await asyncio.sleep(0.3)
    raise RuntimeError(f"server on port {port} did not become healthy")


async def _workers_compare(args: argparse.Namespace, env: dict[str, str], tokens: list[str],
                           tmp: Path) -> dict[str, Any]:
    """`python -m server serve --workers 1`, then `--workers 2`, each driven by wrk pinned to the last CPU."""
    out: dict[str, Any] = {}
    last = (os.cpu_count() or 1) - 1
    for n in (1, 2):
        port = _free_port()
        specs = tmp / f"workers{n}.tsv"
        _write_specs(specs, _specs(tokens, int(args.seconds * args.max_rps), seed=10 + n))
        ids_file = tmp / f"workers{n}-ids.json"
        proc = subprocess.Popen([sys.executable, "-m", "server", "serve", "--workers", str(n), "--port", str(port)],  # noqa: ASYNC220
                                env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
        try:
            await _wait_http(port)
            await _wrk_ratings(port, tmp / "warm.tsv", 2, args.connections, False, cpus=str(last), threads=1)
            server0, machine0, wall0 = _tree_cpu_seconds(proc.pid), _machine_busy_seconds(), time.monotonic()
            by0, wrk0, irq0, steal0 = _cpu_by_command(SUT), _children_cpu_seconds(), _interrupt_seconds(), _steal_seconds()
            r = await _wrk_ratings(port, specs, args.seconds, args.connections, False, ids_file, cpus=str(last),
                                   threads=1)
            wall = time.monotonic() - wall0
            # Where the CPU went: the servers' share of the machine, and how busy all CPUs were (PostgreSQL,
            # Redis, wrk and anything else on the machine make up the rest).
            r["server_cpus"] = (_tree_cpu_seconds(proc.pid) - server0) / wall
            r["machine_cpus"] = (_machine_busy_seconds() - machine0) / wall
            r["cpus_by"] = {"servers": r["server_cpus"],
                            **{k: (v - by0[k]) / wall for k, v in _cpu_by_command(SUT).items()},
                            "wrk": (_children_cpu_seconds() - wrk0) / wall,
                            "interrupts": (_interrupt_seconds() - irq0) / wall}
            r["cpus_by"]["everything else"] = r["machine_cpus"] - sum(r["cpus_by"].values())
            r["stolen_cpus"] = (_steal_seconds() - steal0) / wall
        finally:
            wrkrun.stop_server(proc)
        ids, tickets = _read_ids(ids_file)
        r["verify"] = await _verify_ids(env["DATABASE_URL"].split("?", 1)[0], ids, tickets)
        r.pop("wrk_text", None)
        out[f"workers_{n}"] = r
    out["scaling"] = out["workers_2"]["rps"] / out["workers_1"]["rps"]
    out["pinned"] = bool(wrkrun.taskset_prefix(str(last)))
    return out


async def main(args: argparse.Namespace) -> int:
    base = os.environ.get("DATABASE_URL", PG_DEFAULT)
    if not base.startswith(("postgres://", "postgresql://")):
        print("DATABASE_URL must point to PostgreSQL for this benchmark", file=sys.stderr)
        return 2
    redis_url = os.environ.get("REDIS_URL", REDIS_DEFAULT)
    client = args.client
    if client == "auto":
        client = "wrk" if wrkrun.wrk_path() else "python"
        if client == "python":
            print("NOTE: wrk is not installed (apt-get install -y wrk); using the hand-written Python client")
    elif client == "wrk" and not wrkrun.wrk_path():
        print("wrk is not installed (apt-get install -y wrk); run with --client python", file=sys.stderr)
        return 2
    name = f"dj_bench_rating_{os.getpid()}"
    url = await _create_database(base, name)
    proc: subprocess.Popen[str] | None = None
    tmp = Path(tempfile.mkdtemp(prefix="dj-bench-rating-"))
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
        if client == "wrk":
            warm_file, measure_file = tmp / "warm.tsv", tmp / "measure.tsv"
            _write_specs(warm_file, _specs(tokens, int(2 * args.max_rps), seed=2))
            _write_specs(measure_file, _specs(tokens, max(args.requests, int(args.seconds * args.max_rps)), seed=1))
            await _wrk_ratings(bare_port, warm_file, 2, args.connections, True)
            await _wrk_ratings(app_port, warm_file, 2, args.connections, False, tmp / "warm-ids.json")
            cpu0 = _cpu_seconds(proc.pid)
            bare = await _wrk_ratings(bare_port, measure_file, args.seconds, args.connections, True)
            cpu1 = _cpu_seconds(proc.pid)
            app = await _wrk_ratings(app_port, measure_file, args.seconds, args.connections, False,
                                     tmp / "measure-ids.json")
            cpu2 = _cpu_seconds(proc.pid)
            n_bare, n_app = bare["requests"], app["requests"]
        else:
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
            n_bare = n_app = args.requests
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)
        proc = None
        if client == "wrk":
            ids, tickets = _read_ids(tmp / "warm-ids.json")
            more_ids, more_tickets = _read_ids(tmp / "measure-ids.json")
            acked, present, t_acked, t_present = await _verify_ids(url, ids + more_ids, tickets + more_tickets)
            others = {k: v for k, v in app["codes"].items() if k != "201"}
            others.update({"socket errors": app["socket_errors"]} if app["socket_errors"] else {})
            wrapped = app.get("wrapped", 0)
        else:
            acked, present, t_acked, t_present, others = await _verify(url, warm_app["replies"] + app["replies"])
            wrapped = 0
        ratio = app["rps"] / bare["rps"]
        print(f"client {client}, connections {args.connections}, "
              + (f"{args.seconds:g} s per endpoint (+2 s warm-up)" if client == "wrk" else
                 f"requests {args.requests} per endpoint (+{args.warmup} warm-up)")
              + f", {args.points} points, PostgreSQL pool {args.pool}, one server worker")
        print(f"bare aiohttp JSON  {bare['rps']:8.0f} req/s   p50 {bare['p50_ms']:6.2f} ms   p99 {bare['p99_ms']:6.2f} ms")
        print(f"rating submit      {app['rps']:8.0f} req/s   p50 {app['p50_ms']:6.2f} ms   p99 {app['p99_ms']:6.2f} ms")
        print(f"ratio              {ratio * 100:7.1f} %   (target ≥ {TARGET_RATIO * 100:.0f} %, p99 ≤ {TARGET_P99_MS:.0f} ms)")
        cpu_ratio = None
        if cpu0 is not None and cpu1 is not None and cpu2 is not None:
            bare_cpu, app_cpu = (cpu1 - cpu0) / n_bare * 1000, (cpu2 - cpu1) / n_app * 1000
            cpu_ratio = bare_cpu / app_cpu
            print(f"server CPU/request bare {bare_cpu:.3f} ms, rating {app_cpu:.3f} ms → CPU-bound ratio "
                  f"{cpu_ratio * 100:.1f} %   (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs: "
                  "throughput figures depend on what else runs)")
        print(f"acknowledged       {acked} ratings, {present} in the database; {t_acked} 差评 tickets, {t_present} "
              f"in the database; other statuses {others or 'none'}" + (f"; requests file wrapped {wrapped}×" if wrapped else ""))
        ok = present == acked and t_present == t_acked and not others
        met = ratio >= TARGET_RATIO and app["p99_ms"] <= TARGET_P99_MS
        print("result             " + ("all acknowledged ratings are stored" if ok else "LOST OR FAILED RATINGS")
              + ("; targets met" if met else "; targets NOT met"))
        scaling: dict[str, Any] | None = None
        if args.workers_compare and client == "wrk":
            scaling = await _workers_compare(args, env, tokens, tmp)
            w1, w2 = scaling["workers_1"], scaling["workers_2"]
            for n, w in ((1, w1), (2, w2)):
                print(f"serve --workers {n}  {w['rps']:8.0f} req/s   p99 {w['p99_ms']:6.2f} ms   stored {w['verify']}   "
                      f"servers busy {w['server_cpus']:.2f} CPUs, machine {w['machine_cpus']:.2f} of {os.cpu_count()}"
                      f" (+ {w['stolen_cpus']:.2f} stolen by the hypervisor)")
                print("                   CPUs busy: " + ", ".join(f"{k} {v:.2f}" for k, v in w["cpus_by"].items())
                      + f"; CPU ms per rating in servers + {' + '.join(SUT)} + wrk + interrupts: "
                      + f"{sum(v for k, v in w['cpus_by'].items() if k != 'everything else') / w['rps'] * 1000:.2f}")
            print(f"two workers / one  {scaling['scaling']:.2f} ×   (target ≥ {TARGET_SCALING} ×; wrk "
                  + ("pinned to the last CPU)" if scaling["pinned"] else "not pinned: no taskset)"))
            for w in (w1, w2):
                ok = ok and w["verify"][0] == w["verify"][1] and w["verify"][2] == w["verify"][3] and not w["non_2xx"]
        elif args.workers_compare:
            print("two workers vs one: needs wrk, not measured")
        figures = [
            wrkrun.figure("bare aiohttp JSON handler", round(bare["rps"]), "req/s"),
            wrkrun.figure("rating submits", round(app["rps"]), "req/s"),
            wrkrun.figure("rating submits / bare", round(ratio * 100, 1), "%", f"≥ {TARGET_RATIO * 100:.0f} %",
                          ratio >= TARGET_RATIO),
            wrkrun.figure(f"rating submit p99 at {args.connections} connections", round(app["p99_ms"], 1), "ms",
                          f"≤ {TARGET_P99_MS:.0f} ms", app["p99_ms"] <= TARGET_P99_MS),
            wrkrun.figure("rating submit p50", round(app["p50_ms"], 2), "ms"),
            wrkrun.figure("acknowledged ratings in the database", f"{present} of {acked}", "",
                          "all", present == acked and t_present == t_acked),
            wrkrun.figure("rating submits answered other than 201", sum(int(v) for v in others.values()), "", "0",
                          not others),
        ]
        if cpu_ratio is not None:
            figures.append(wrkrun.figure("server CPU per request, bare / rating", round(cpu_ratio * 100, 1), "%"))
        if scaling is not None:
            figures += [
                wrkrun.figure("serve --workers 1, rating submits", round(scaling["workers_1"]["rps"]), "req/s"),
                wrkrun.figure("serve --workers 2, rating submits", round(scaling["workers_2"]["rps"]), "req/s"),
                wrkrun.figure("two workers / one worker (rating submits)", round(scaling["scaling"], 2), "×",
                              f"≥ {TARGET_SCALING} ×", scaling["scaling"] >= TARGET_SCALING),
                wrkrun.figure("serve --workers 1: CPUs busy in the servers / on the machine",
                              f"{scaling['workers_1']['server_cpus']:.2f} / {scaling['workers_1']['machine_cpus']:.2f}"),
                wrkrun.figure("serve --workers 2: CPUs busy in the servers / on the machine",
                              f"{scaling['workers_2']['server_cpus']:.2f} / {scaling['workers_2']['machine_cpus']:.2f}"),
            ]
        notes = [f"client: {client}" + (" (wrk, 2 threads, --latency; Lua script bench/wrk/rating.lua)"
                                         if client == "wrk" else " (hand-written Python client; wrk not installed)"),
                 f"{args.connections} connections, one server worker serving both the real app and the bare handler"]
        if wrapped:
            notes.append(f"the requests file wrapped {wrapped}× (replayed Idempotency-Keys); raise --max-rps")
        if scaling is not None:
            notes.append("two workers vs one: `python -m server serve --workers N`, wrk -t1 "
                         + ("pinned with taskset to the last CPU, servers unpinned" if scaling["pinned"] else "unpinned"))
        wrkrun.write_json(args.json, "rating", figures, notes, {"bare": _strip(bare), "app": _strip(app),
                                                                "workers": scaling})
        return 0 if ok and (met or not args.strict) else 1
    finally:
        if proc is not None:
            proc.kill()
            proc.wait()
        if not args.keep:
            await _drop_database(base, name)
        shutil.rmtree(tmp, ignore_errors=True)


def _strip(result: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in result.items() if k not in ("replies", "wrk_text")}


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
    parser.add_argument("--client", choices=("auto", "wrk", "python"), default="auto",
                        help="load generator: wrk (default when installed) or the hand-written Python client")
    parser.add_argument("--seconds", type=float, default=10, help="wrk: measured seconds per endpoint")
    parser.add_argument("--max-rps", type=int, default=6000,
                        help="wrk: distinct raters pre-generated per measured second")
    parser.add_argument("--workers-compare", action="store_true",
                        help="also measure `python -m server serve --workers 1` vs `--workers 2` (wrk)")
    parser.add_argument("--json", help="write the figures as JSON to this path (bench/report.py)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    sys.exit(asyncio.run(main(parser.parse_args())))
