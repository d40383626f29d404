"""Prometheus metrics: one registry per application, every collector declared here, scraped at /metrics.

Domains record what they see through ``metrics_of(app)`` (a counter increment is a few hundred
nanoseconds and never touches the network). Figures that live in the database — tickets by state,
ratings by comment status — are read when Prometheus scrapes, by *scrape hooks* the owning domain
registers, so the hot paths never pay for them.

With several workers, set ``PROMETHEUS_MULTIPROC_DIR`` to an empty directory shared by the workers
(cleared before they start): prometheus-client then keeps each worker's values in memory-mapped files
and any worker's /metrics answers for all of them. Gauges say how workers combine (``livesum`` for
sockets, ``mostrecent`` for figures a scrape hook sets).
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable

from aiohttp import web
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.multiprocess import MultiProcessCollector

LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
BOT_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


def multiprocess_dir() -> str | None:
    return os.environ.get("PROMETHEUS_MULTIPROC_DIR") or None


class Metrics:
    """Every collector of one application."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.requests = Counter(
            "dj_http_requests",
            "HTTP requests by route template, method and status.",
            ["route", "method", "status"],
            registry=r,
        )
        self.latency = Histogram(
            "dj_http_request_duration_seconds",
            "Time from the first middleware to the response, by route.",
            ["route", "method"],
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.ratings_submitted = Counter(
            "dj_ratings_submitted",
            "Ratings accepted by the submit endpoint, by grade (good/bad) and rater kind.",
            ["grade", "rater_kind"],
            registry=r,
        )
        self.ratings_by_comment_status = Gauge(
            "dj_ratings_by_comment_status",
            "Ratings in the database by comment moderation status (read at scrape).",
            ["status"],
            multiprocess_mode="mostrecent",
            registry=r,
        )
        self.tickets_by_state = Gauge(
            "dj_tickets_by_state",
            "Rectification tickets by state (read at scrape).",
            ["state"],
            multiprocess_mode="mostrecent",
            registry=r,
        )
        self.heartbeats = Counter(
            "dj_heartbeats",
            "Study heartbeats received, by outcome (credited, idle, rejected…).",
            ["outcome"],
            registry=r,
        )
        self.flushes = Counter("dj_heartbeat_flushes", "Heartbeat buffer flushes, by outcome.", ["outcome"], registry=r)
        self.last_flush = Gauge(
            "dj_heartbeat_last_flush_timestamp_seconds",
            "When heartbeats were last flushed to the database (flush lag = time() - this).",
            multiprocess_mode="max",
            registry=r,
        )
        self.room_sockets = Gauge(
            "dj_room_sockets",
            "Open live-room WebSockets (all workers).",
            multiprocess_mode="livesum",
            registry=r,
        )
        self.bot_latency = Histogram(
            "dj_bot_answer_seconds",
            "Time to answer one bot question (retrieval, model, verification).",
            buckets=BOT_BUCKETS,
            registry=r,
        )
        self.bot_answers = Counter(
            "dj_bot_answers",
            "Bot answers by outcome (answered, or the abstention reason).",
            ["outcome"],
            registry=r,
        )
        self.job_runs = Counter(
            "dj_job_runs",
            "Background job runs by job and outcome (ran, skipped: another worker holds the lease, failed).",
            ["job", "outcome"],
            registry=r,
        )
        self.job_duration = Histogram(
            "dj_job_duration_seconds",
            "Duration of background job runs.",
            ["job"],
            buckets=LATENCY_BUCKETS,
            registry=r,
        )

    def render(self) -> bytes:
        """The exposition text; across all workers when multiprocess mode is on."""
        if multiprocess_dir():
            merged = CollectorRegistry()
            MultiProcessCollector(merged)
            return generate_latest(merged)
        return generate_latest(self.registry)


ScrapeHook = Callable[[web.Application, Metrics], Awaitable[None]]

METRICS: web.AppKey[Metrics] = web.AppKey("metrics", Metrics)
SCRAPE_HOOKS: web.AppKey[list[ScrapeHook]] = web.AppKey("metrics_scrape_hooks", list)


def metrics_of(app: web.Application) -> Metrics:
    """The app's metrics, created on first use (install time or first request)."""
    metrics = app.get(METRICS)
    if metrics is None:
        metrics = app[METRICS] = Metrics()
    return metrics


def add_scrape_hook(app: web.Application, hook: ScrapeHook) -> None:
    """Register a coroutine that refreshes database-backed gauges right before a scrape."""
    app.setdefault(SCRAPE_HOOKS, []).append(hook)


def scrape_hooks(app: web.Application) -> list[ScrapeHook]:
    return app.get(SCRAPE_HOOKS, [])
