"""Shared by the benchmarks: run `wrk` with a Lua script from bench/wrk/ and read the JSON its done() prints, and
write a bench's figures as JSON for bench/report.py.

A figure is {"figure", "value", "unit", "target", "pass"}: `target` is the text of the target ("≥ 20 %") or None
when the figure is informative, `pass` True/False, or None when not measured or informative.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

WRK_DIR = Path(__file__).resolve().parent / "wrk"
MARK = "WRK-JSON "


def wrk_path() -> str | None:
    """The wrk executable (WRK env var, else on PATH), or None when it is not installed."""
    return os.environ.get("WRK") or shutil.which("wrk")


def taskset_prefix(cpus: str | None) -> list[str]:
    """`taskset -c CPUS` when taskset exists and more than one CPU is there to pin apart; else nothing."""
    if cpus is None or shutil.which("taskset") is None or (os.cpu_count() or 1) < 2:
        return []
    return ["taskset", "-c", cpus]


async def run_wrk(
    url: str,
    script: str,
    *,
    seconds: float,
    connections: int,
    threads: int = 2,
    script_args: list[str] | None = None,
    cpus: str | None = None,
) -> dict[str, Any]:
    """Run wrk for `seconds` against `url` with bench/wrk/<script>; returns the done() JSON plus wrk's own text.

    The script's done() prints one line `WRK-JSON {...}` with requests, duration_s, rps, p50_ms, p99_ms,
    non_2xx, socket errors and status counts.
    """
    wrk = wrk_path()
    if wrk is None:
        raise RuntimeError("wrk is not installed (apt-get install -y wrk)")
    threads = max(1, min(threads, connections))
    cmd = [
        *taskset_prefix(cpus),
        wrk,
        "--latency",
        "-t",
        str(threads),
        "-c",
        str(connections),
        "-d",
        f"{max(1, round(seconds))}s",
        "--timeout",
        "10s",
        "-s",
        str(WRK_DIR / script),
        url,
        "--",
        str(threads),
        *(script_args or []),
    ]
    proc = await asyncio.create_subprocess_exec(*cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    text = out.decode(errors="replace")
    for line in text.splitlines():
        if line.startswith(MARK):
            result: dict[str, Any] = json.loads(line[len(MARK) :])
            result["wrk_text"] = "\n".join(x for x in text.splitlines() if not x.startswith(MARK))
            return result
    raise RuntimeError(f"wrk gave no result (exit {proc.returncode}): {text[-800:]} {err.decode(errors='replace')[-800:]}")


def stop_server(proc: subprocess.Popen[str] | subprocess.Popen[bytes], timeout: float = 20) -> None:
    """Stop a `python -m server serve` the way an operator does (SIGINT: a graceful stop); kill it if it hangs."""
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def figure(name: str, value: Any, unit: str = "", target: str | None = None, ok: bool | None = None) -> dict[str, Any]:
    return {"figure": name, "value": value, "unit": unit, "target": target, "pass": ok}


def _command() -> str:
    """This bench's command line without --json PATH (shown in the report)."""
    argv, out, skip = sys.argv[1:], [], False
    for a in argv:
        if skip:
            skip = False
        elif a == "--json":
            skip = True
        elif not a.startswith("--json="):
            out.append(a)
    return " ".join(["bench/" + Path(sys.argv[0]).name, *out])


def write_json(
    path: str | None,
    bench: str,
    figures: list[dict[str, Any]],
    notes: list[str] | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Write the figures of one bench (the runner merges them into var/bench/report.md)."""
    if not path:
        return
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    doc = {
        "bench": bench,
        "figures": figures,
        "notes": notes or [],
        "details": details or {},
        "load_average": list(os.getloadavg()),
        "cpus": os.cpu_count(),
        "command": _command(),
    }
    Path(path).write_text(json.dumps(doc, ensure_ascii=False, indent=1, default=str))
