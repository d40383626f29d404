"""bench/report.py renders one well-formed report from the benches' JSON (no benchmark is run here)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _modules():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(BENCH))
    try:
        return importlib.import_module("report"), importlib.import_module("wrkrun")
    finally:
        sys.path.remove(str(BENCH))


def test_report_has_one_row_per_figure_with_its_result_and_states_gaps() -> None:
    report, wrkrun = _modules()
    docs = [
        {
            "name": "rating",
            "title": "rating submits",
            "command": "bench/bench_rating.py",
            "seconds": 30.0,
            "load_average": [3.0, 2.0, 1.0],
            "notes": ["client: wrk"],
            "figures": [
                wrkrun.figure("rating submits", 2600, "req/s"),
                wrkrun.figure("rating submits / bare", 18.1, "%", "≥ 20 %", False),
                wrkrun.figure("rating submit p99 at 50 connections", 26.0, "ms", "≤ 30 ms", True),
            ],
        },
        {
            "name": "room",
            "title": "live room",
            "command": "bench/bench_room.py",
            "seconds": 5.0,
            "notes": ["not measured: exit 2"],
            "figures": [],
        },
    ]
    machine = {
        "date": "2026-12-02 05:00 UTC",
        "cpus": 2,
        "cpu_model": "test",
        "load_start": (1.0, 1.0, 1.0),
        "load_end": (2.0, 2.0, 2.0),
        "python": "3.11",
        "commit": "abc",
        "load_generator": "wrk 4.1.0",
        "mode": "full",
        "seconds": 35.0,
    }
    text = report.render(docs, machine, [report.cluster_figure({d["name"]: d for d in docs})])
    rows = [line for line in text.splitlines() if line.startswith("| ") and not line.startswith("| bench ")]
    assert rows == [
        "| rating | rating submits | 2,600 req/s | — | — |",
        "| rating | rating submits / bare | 18.1 % | ≥ 20 % | **FAIL** |",
        "| rating | rating submit p99 at 50 connections | 26 ms | ≤ 30 ms | pass |",
        "| room | live room | — | — | not measured |",
        "| scale | Redis Cluster / single Redis (rating submits) | not measured | ≥ 80 % | not measured "
        "(BENCH_REDIS_CLUSTER_URL not set) |",
    ]
    assert "Targets met: 1; missed: 1; not measured: 2." in text
    assert "2 CPUs" in text and "load average at start 1.00 / 1.00 / 1.00" in text


def test_cluster_share_is_measured_against_single_redis_in_the_same_run() -> None:
    report, wrkrun = _modules()
    docs = {
        name: {"figures": [wrkrun.figure("rating submits", rps, "req/s")]}
        for name, rps in (("rating", 1000), ("rating-cluster", 790))
    }
    figure = report.cluster_figure(docs)
    assert (figure["value"], figure["pass"]) == (79.0, False)
