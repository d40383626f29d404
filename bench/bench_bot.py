"""The regulation bot through the service: `python -m server serve`, distinct questions asked over HTTP.

    .venv/bin/python bench/bench_bot.py [--questions 600] [--workers N] [--concurrency C] [--json PATH]

One worker (the default) runs on the embedded default: a scratch directory holds a fresh SQLite database. Several
workers need PostgreSQL and a Redis server: a scratch database dj_bench_bot_<pid> on BENCH_PG_URL (or DATABASE_URL
when it is PostgreSQL; default postgres://postgres@127.0.0.1:5432/postgres), dropped afterwards, and the Redis
database BENCH_REDIS_URL (default redis://127.0.0.1:6379/6), which is flushed. Either way the real migrations run,
then `seed-demo` (the demo accounts), then `python -m knowledge ingest` of the twelve regulations — the one import
path; the article vectors the import wrote to var/ are copied in first when present, so only texts they lack are
embedded. The service answers `POST /api/v1/bot/ask` as the demo superadmin (the ask limit lifted for the run).

Each question is a distinct text (dev + our own sets, the last N), asked once, so the question-vector cache cannot
help; the first five warm up. `--concurrency C` asks from C clients at once, each its own share. With one worker
and one client, the newest 500 are then asked again, newest first: the same answer path with the question's vector
still in the service's cache, which parts the embedding's cost from the rest. Timed at the client: the whole
answer — retrieval with the dense channel, answerability, the lead sentence, citation checks, the conversation —
and the HTTP round trip.

Informative: the issue's 40 ms target is for retrieval alone (bench_retrieval.py). BOT__DENSE_THREADS is passed
through. Reads ../shared/regulations (or REGULATIONS_DIR).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import wrkrun  # noqa: E402
from bench_rating import PG_DEFAULT, _create_database, _drop_database, _free_port, _wait_http  # noqa: E402
from bench_retrieval import own_questions, p50_p95, questions, regulations_dir  # noqa: E402

from knowledge.dense import DenseChannel  # noqa: E402

ADMIN = {"username": "admin", "password": "Dangjian@2026"}  # seed-demo's superadmin (README)
WARM_UP = 5


def _run(env: dict[str, str], *args: str) -> None:
    done = subprocess.run([sys.executable, "-m", *args], env=env, cwd=ROOT, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"python -m {' '.join(args)} failed ({done.returncode}):\n{done.stderr[-2000:]}")


def _prepare(tmp: Path, folder: Path, database_url: str, redis_url: str | None) -> dict[str, str]:
    """The scratch service's environment, its database migrated, seeded and holding the regulations."""
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "DATABASE_REPLICA_URL"}}
    env |= {"DATABASE_URL": database_url, "BOT__INDEX_CACHE_PATH": str(tmp / "knowledge-index"),
            "BOT__ASKS_PER_MINUTE": "1000000", "LOG_LEVEL": "WARNING"}
    if redis_url:
        env["REDIS_URL"] = redis_url
    shipped = ROOT / "var" / "knowledge-index-vectors.npz"
    if shipped.exists():
        shutil.copy(shipped, tmp / shipped.name)
    started = time.perf_counter()
    _run(env, "server", "migrate")
    _run(env, "server", "seed-demo")
    _run(env, "knowledge", "ingest", str(folder))
    print(f"scratch service prepared in {time.perf_counter() - started:.0f} s (migrate, seed-demo, ingest)")
    return env


async def _flush_redis(url: str) -> None:
    from redis.asyncio import Redis

    client = Redis.from_url(url)
    try:
        await client.flushdb()
    finally:
        await client.aclose()


async def _login(base: str) -> dict[str, str]:
    async with aiohttp.ClientSession() as session, session.post(f"{base}/api/v1/auth/login", json=ADMIN) as reply:
        reply.raise_for_status()
        return {"Authorization": f"Bearer {(await reply.json())['access_token']}"}


async def _ask_all(base: str, texts: list[str], headers: dict[str, str]) -> tuple[list[float], Counter[str]]:
    """Each question once, one after another: its latency (ms) and the answers' outcomes."""
    outcomes: Counter[str] = Counter()
    times: list[float] = []
    async with aiohttp.ClientSession() as session:
        for text in texts:
            started = time.perf_counter()
            async with session.post(f"{base}/api/v1/bot/ask", json={"question": text}, headers=headers) as reply:
                body = await reply.json()
            times.append((time.perf_counter() - started) * 1000)
            if reply.status != 200:
                raise RuntimeError(f"ask answered {reply.status}: {body}")
            outcomes["abstained" if body.get("abstained") else "answered"] += 1
    return times, outcomes


async def _ask_concurrently(base: str, texts: list[str], clients: int,
                            headers: dict[str, str]) -> tuple[list[float], Counter[str], float]:
    """`clients` askers at once, each its own share of the questions: latencies, outcomes, answers per second."""
    started = time.perf_counter()
    parts = await asyncio.gather(*(_ask_all(base, texts[i::clients], headers) for i in range(clients)))
    elapsed = time.perf_counter() - started
    times = [t for part, _ in parts for t in part]
    return times, sum((c for _, c in parts), Counter()), len(times) / elapsed


async def _ready(base: str) -> None:
    """Until the worker's index is loaded: the ask answers 503 (bot.knowledge_not_ready) before."""
    async with aiohttp.ClientSession() as session:
        for _ in range(300):
            async with session.post(f"{base}/api/v1/bot/ask", json={"question": "党费按什么比例交纳？"}) as reply:
                if reply.status != 503:
                    return
            await asyncio.sleep(0.3)
    raise RuntimeError("the knowledge index never became ready")


async def main(args: argparse.Namespace) -> int:
    folder = regulations_dir()
    if not (folder / "dev_questions.jsonl").exists():
        print(f"corpus not found at {folder} (set REGULATIONS_DIR)", file=sys.stderr)
        return 2
    texts = list(dict.fromkeys(questions(folder) + own_questions()))[-(args.questions + WARM_UP):]
    database = os.environ.get("DATABASE_URL", "")
    pg_base = os.environ.get("BENCH_PG_URL") or (database if database.startswith(("postgres://", "postgresql://"))
                                                 else PG_DEFAULT)
    scratch_db = f"dj_bench_bot_{os.getpid()}"
    again: list[float] = []
    with tempfile.TemporaryDirectory(prefix="dj-bench-bot-") as scratch:
        redis_url: str | None = None
        if args.workers > 1:
            redis_url = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/6")
            database_url = await _create_database(pg_base, scratch_db)
            await _flush_redis(redis_url)
        else:
            database_url = f"sqlite://{Path(scratch) / 'bot.db'}"
        try:
            env = _prepare(Path(scratch), folder, database_url, redis_url)
            port = _free_port()
            proc = subprocess.Popen(  # noqa: ASYNC220
                [sys.executable, "-m", "server", "serve", "--port", str(port), "--workers", str(args.workers)],
                env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
            try:
                base = f"http://127.0.0.1:{port}"
                await _wait_http(port)
                await _ready(base)
                headers = await _login(base)
                await _ask_all(base, texts[:WARM_UP], headers)
                times, outcomes, rate = await _ask_concurrently(base, texts[WARM_UP:], args.concurrency, headers)
                if args.workers == 1 and args.concurrency == 1:
                    # Newest first, no more than the service's question-vector cache holds: each is still cached.
                    again, _ = await _ask_all(base, texts[::-1][: DenseChannel.CACHED_QUERIES - 12], headers)
            finally:
                wrkrun.stop_server(proc)
        finally:
            if args.workers > 1:
                await _drop_database(pg_base, scratch_db)
    p50, p95 = p50_p95(times)
    setting = (f"{args.workers} worker(s), {args.concurrency} client(s) at once, "
               f"BOT__DENSE_THREADS={os.environ.get('BOT__DENSE_THREADS', '2')}")
    line = (f"bot over HTTP, {setting}: {len(times)} distinct questions once each ({outcomes['answered']} answered, "
            f"{outcomes['abstained']} abstained): p50 {p50:.1f} ms  p95 {p95:.1f} ms, {rate:.1f} answers/s")
    figures = [wrkrun.figure(f"bot answer over HTTP, p50 ({setting}; unseen questions)", round(p50, 1), "ms"),
               wrkrun.figure(f"bot answer over HTTP, p95 ({setting}; unseen questions)", round(p95, 1), "ms"),
               wrkrun.figure(f"bot answers per second ({setting})", round(rate, 1), "/s")]
    if again:
        c50, c95 = p50_p95(again)
        line += f"; {len(again)} asked again (the question's vector cached): p50 {c50:.1f} ms  p95 {c95:.1f} ms"
        figures += [wrkrun.figure("bot answer over HTTP asked again, p50 (the question's vector cached)", round(c50, 1), "ms"),
                    wrkrun.figure("bot answer over HTTP asked again, p95 (the question's vector cached)", round(c95, 1), "ms")]
    print(f"{line}; load average {os.getloadavg()[0]:.1f}")
    wrkrun.write_json(args.json, "bot", figures, [f"{len(times)} distinct questions; {setting}"])
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=600)
    parser.add_argument("--workers", type=int, default=1, help="server workers; more than one needs PostgreSQL and Redis")
    parser.add_argument("--concurrency", type=int, default=1, help="clients asking at once")
    parser.add_argument("--json", help="write the figures as JSON to this path (bench/report.py)")
    raise SystemExit(asyncio.run(main(parser.parse_args())))
