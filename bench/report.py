"""Run every benchmark in sequence and write one report, var/bench/report.md (what `make bench` runs).

    .venv/bin/python bench/report.py            # a few minutes
    BENCH_QUICK=1 .venv/bin/python bench/report.py   # smoke run: tiny sizes, figures meaningless

Each bench script writes its figures as JSON (`--json PATH`, see bench/wrkrun.py) into var/bench/; its output
goes to var/bench/logs/<name>.log. The report is one table, figure | value | target | result, with the machine
(CPUs, load average at the start), the date, the load generator and every gap stated: a bench that could not
run (no PostgreSQL, no Redis, time limit) is listed as not measured, with the reason.

Environment: DATABASE_URL (PostgreSQL server, default postgres://postgres@127.0.0.1:5432/postgres; scratch
databases are created and dropped there), BENCH_REDIS_URL or REDIS_URL (a Redis database the benches may
flush, default redis://127.0.0.1:6379/3), BENCH_REDIS_CLUSTER_URL (redis+cluster://host:port: the rating
bench is repeated on the cluster, target ≥ 80 % of single Redis; unset → not measured), BENCH_ROOM_SOCKETS
(the two-worker room, default 5000), BENCH_TIMEOUT_S (per bench, default 300), BENCH_OUT (default var/bench),
BENCH_STRICT=1 (exit 1 when a target is missed). wrk (apt-get install -y wrk) drives the rating and heartbeat
benches; without it they fall back to their hand-written client and the report says so.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

import wrkrun  # noqa: E402

TARGET_CLUSTER_SHARE = 0.80


@dataclass
class Run:
    name: str
    title: str
    script: str
    args: list[str]
    env: dict[str, str] = field(default_factory=dict)
    timeout_s: float = 300


def plan(quick: bool, room_sockets: int, timeout_s: float) -> list[Run]:
    redis = os.environ.get("BENCH_REDIS_URL") or os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/3"
    pg = os.environ.get("DATABASE_URL") or "postgres://postgres@127.0.0.1:5432/postgres"
    env = {"DATABASE_URL": pg, "REDIS_URL": redis, "BENCH_REDIS_URL": redis, "BENCH_PG_URL": pg}
    t = 120 if quick else timeout_s
    runs = [
        Run(
            "rating",
            "rating submits vs bare (PostgreSQL + Redis, one worker)",
            "bench_rating.py",
            ["--seconds", "2", "--max-rps", "2000", "--points", "5"] if quick else ["--seconds", "10", "--workers-compare"],
            env,
            t,
        ),
    ]
    cluster = os.environ.get("BENCH_REDIS_CLUSTER_URL")
    if cluster:
        runs.append(
            Run(
                "rating-cluster",
                "rating submits on Redis Cluster",
                "bench_rating.py",
                ["--seconds", "2", "--max-rps", "2000", "--points", "5"] if quick else ["--seconds", "10"],
                {**env, "REDIS_URL": cluster},
                t,
            )
        )
    runs += [
        Run(
            "heartbeat",
            "learning heartbeats vs bare (SQLite + Redis, one worker)",
            "bench_heartbeat.py",
            ["--seconds", "2", "--rounds", "1", "--sessions", "200"]
            if quick
            else ["--seconds", "8", "--rounds", "4", "--sessions", "4000"],
            env,
            t,
        ),
        Run(
            "room-1000",
            "live room, 1,000 sockets, one worker and two",
            "bench_room.py",
            ["--clients", "60", "--messages", "5", "--interval", "0.1"]
            if quick
            else ["--clients", "1000", "--messages", "30", "--deadline", str(t)],
            env,
            t,
        ),
    ]
    if not quick:
        runs.append(
            Run(
                "room-two-workers",
                f"live room, {room_sockets:,} sockets across two workers",
                "bench_room.py",
                ["--clients", str(room_sockets), "--workers", "2", "--messages", "20", "--deadline", str(t)],
                env,
                t + 30,
            )
        )
    runs += [
        Run(
            "retrieval",
            "regulation retrieval",
            "bench_retrieval.py",
            ["--sizes", "2000", "--repeat", "1"] if quick else ["--sizes", "10000", "100000"],
            env,
            t,
        ),
        Run(
            "bot",
            "regulation bot over HTTP (the whole answer)",
            "bench_bot.py",
            ["--questions", "30"] if quick else ["--questions", "600"],
            env,
            t,
        ),
        Run(
            "explain",
            "EXPLAIN on the big tables",
            "bench_explain.py",
            ["--rows", "20000"] if quick else ["--rows", "1000000"],
            env,
            t,
        ),
    ]
    return runs


def execute(run: Run, out: Path) -> dict[str, Any]:
    """Run one bench; its JSON, or a stub saying why it was not measured."""
    json_path, log_path = out / f"{run.name}.json", out / "logs" / f"{run.name}.log"
    json_path.unlink(missing_ok=True)
    cmd = [sys.executable, str(BENCH / run.script), *run.args, "--json", str(json_path)]
    print(f"== {run.name}: {' '.join(cmd[1:])}", flush=True)
    started = time.monotonic()
    reason = None
    with log_path.open("w") as log:
        try:
            proc = subprocess.run(
                cmd,
                cwd=ROOT,
                env={**os.environ, **run.env},
                stdout=log,
                stderr=subprocess.STDOUT,
                timeout=run.timeout_s,
                check=False,
            )
            if proc.returncode != 0:
                reason = f"exit {proc.returncode}"
        except subprocess.TimeoutExpired:
            reason = f"stopped after {run.timeout_s:.0f} s"
    elapsed = time.monotonic() - started
    tail = log_path.read_text(errors="replace").strip().splitlines()[-12:]
    print("   " + "\n   ".join(tail), flush=True)
    doc: dict[str, Any] = json.loads(json_path.read_text()) if json_path.exists() else {"figures": [], "notes": []}
    if reason and not doc["figures"]:
        doc["notes"].append(f"not measured: {reason}; see {_shown(log_path)}: " + (tail[-1] if tail else ""))
    elif reason:
        doc["notes"].append(f"{reason} (figures above were written before)")
    doc.update(name=run.name, title=run.title, seconds=round(elapsed, 1), command=" ".join(["bench/" + run.script, *run.args]))
    return doc


def _stored(path: Path) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(path.read_text())
    doc.setdefault("name", path.stem)
    doc.setdefault("title", doc.get("bench", path.stem))
    doc.setdefault("command", doc.get("command") or f"bench/bench_{doc.get('bench', path.stem)}.py")
    doc.setdefault("seconds", 0.0)
    return doc


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def cluster_figure(docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Rating submits on Redis Cluster vs on one Redis, both measured in this run."""

    def rps(name: str) -> float | None:
        for f in docs.get(name, {}).get("figures", []):
            if f["figure"] == "rating submits":
                return float(f["value"])
        return None

    single, cluster = rps("rating"), rps("rating-cluster")
    if "rating-cluster" not in docs:
        return wrkrun.figure(
            "Redis Cluster / single Redis (rating submits)",
            "not measured",
            "",
            f"≥ {TARGET_CLUSTER_SHARE:.0%}".replace("%", " %"),
            None,
        ) | {"why": "BENCH_REDIS_CLUSTER_URL not set"}
    if not single or cluster is None:
        return wrkrun.figure(
            "Redis Cluster / single Redis (rating submits)",
            "not measured",
            "",
            f"≥ {TARGET_CLUSTER_SHARE:.0%}".replace("%", " %"),
            None,
        )
    share = cluster / single
    return wrkrun.figure(
        "Redis Cluster / single Redis (rating submits)",
        round(share * 100, 1),
        "%",
        f"≥ {TARGET_CLUSTER_SHARE:.0%}".replace("%", " %"),
        share >= TARGET_CLUSTER_SHARE,
    )


def _value(f: dict[str, Any]) -> str:
    v = f["value"]
    text = f"{v:,}" if isinstance(v, int) else (f"{v:,.2f}".rstrip("0").rstrip(".") if isinstance(v, float) else str(v))
    return f"{text} {f['unit']}" if f.get("unit") else text


def _result(f: dict[str, Any]) -> str:
    if f["value"] == "not measured":
        return "not measured"
    return {True: "pass", False: "**FAIL**", None: "—"}[f.get("pass")]


def render(docs: list[dict[str, Any]], machine: dict[str, Any], extra: list[dict[str, Any]]) -> str:
    lines = [
        "# 党建云 benchmark report",
        "",
        f"- date: {machine['date']}",
        f"- machine: {machine['cpus']} CPUs ({machine['cpu_model']}), load average at start "
        f"{' / '.join(f'{x:.2f}' for x in machine['load_start'])} (1/5/15 min), at end "
        f"{' / '.join(f'{x:.2f}' for x in machine['load_end'])}",
        f"- Python {machine['python']}, commit {machine['commit']}, load generator: {machine['load_generator']}",
        f"- mode: {machine['mode']}" + (f"; total {machine['seconds']:.0f} s" if machine["seconds"] >= 1 else ""),
        "",
        "Throughput figures depend on what else runs on the machine: a load average above the number of CPUs "
        "means the figures are lower bounds. Ratios are against the bare aiohttp handler measured in the same "
        "run and process.",
        "",
        "| bench | figure | value | target | result |",
        "|---|---|---|---|---|",
    ]
    counts = {"pass": 0, "**FAIL**": 0, "not measured": 0}
    for doc in docs:
        figures = doc.get("figures", [])
        if not figures:
            lines.append(f"| {doc['name']} | {doc['title']} | — | — | not measured |")
            counts["not measured"] += 1
        for f in figures:
            r = _result(f)
            counts[r] = counts.get(r, 0) + 1
            lines.append(f"| {doc['name']} | {f['figure']} | {_value(f)} | {f.get('target') or '—'} | {r} |")
    for f in extra:
        r = _result(f)
        counts[r] = counts.get(r, 0) + 1
        lines.append(
            f"| scale | {f['figure']} | {_value(f)} | {f.get('target') or '—'} | {r}"
            + (f" ({f['why']})" if f.get("why") else "")
            + " |"
        )
    lines += [
        "",
        f"Targets met: {counts['pass']}; missed: {counts['**FAIL**']}; not measured: {counts['not measured']}.",
        "",
        "## Notes per bench",
        "",
    ]
    for doc in docs:
        lines.append(
            f"- **{doc['name']}** — {doc['title']} (`{doc['command']}`"
            + (f", {doc['seconds']:.0f} s" if doc.get("seconds") else "")
            + (f", load average at its end {doc['load_average'][0]:.2f}" if doc.get("load_average") else "")
            + ")"
        )
        lines += [f"  - {n}" for n in doc.get("notes", [])]
    lines += ["", "Logs of every bench: `var/bench/logs/`; raw figures: `var/bench/*.json`.", ""]
    return "\n".join(lines)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def main() -> int:
    quick = os.environ.get("BENCH_QUICK", "") not in ("", "0")
    out = Path(os.environ.get("BENCH_OUT", ROOT / "var" / "bench"))
    (out / "logs").mkdir(parents=True, exist_ok=True)
    wrk = wrkrun.wrk_path()
    if wrk is None:
        print(
            "NOTE: wrk is not installed (apt-get install -y wrk): the rating and heartbeat benches fall back to "
            "their hand-written Python client; the report says so.",
            flush=True,
        )
        generator = "hand-written Python client (wrk not installed)"
    else:
        version = subprocess.run([wrk, "--version"], capture_output=True, text=True, check=False).stdout.split("\n")[0]
        generator = f"{' '.join(version.split()[:2])} for rating submits and heartbeats; aiohttp clients for the room"
    try:
        commit = (
            subprocess.run(
                ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False
            ).stdout.strip()
            or "unknown"
        )
    except OSError:
        commit = "unknown"
    machine: dict[str, Any] = {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpus": os.cpu_count(),
        "cpu_model": _cpu_model(),
        "load_start": os.getloadavg(),
        "python": platform.python_version(),
        "commit": commit,
        "load_generator": generator,
        "mode": "quick smoke run (BENCH_QUICK=1; figures not meaningful)" if quick else "full",
    }
    started = time.monotonic()
    if "--render-only" in sys.argv[1:]:  # re-render from var/bench/*.json (e.g. after running one bench by hand)
        machine["mode"] = "rendered from the JSON of benches run separately (see each bench's load average)"
        order = ["rating", "rating-cluster", "heartbeat", "room", "room-two-workers", "retrieval", "bot", "explain"]
        paths = sorted(out.glob("*.json"), key=lambda p: (order.index(p.stem) if p.stem in order else 99, p.stem))
        docs = [_stored(path) for path in paths]
    else:
        docs = [
            execute(run, out)
            for run in plan(
                quick, int(os.environ.get("BENCH_ROOM_SOCKETS", "5000")), float(os.environ.get("BENCH_TIMEOUT_S", "300"))
            )
        ]
    machine.update(load_end=os.getloadavg(), seconds=time.monotonic() - started)
    by_name = {d["name"]: d for d in docs}
    extra = [cluster_figure(by_name)]
    text = render(docs, machine, extra)
    (out / "report.md").write_text(text)
    print(text)
    print(f"report: {out / 'report.md'}")
    missed = any(f.get("pass") is False for d in docs for f in d.get("figures", [])) or any(f.get("pass") is False for f in extra)
    return 1 if missed and os.environ.get("BENCH_STRICT") else 0


if __name__ == "__main__":
    sys.exit(main())
