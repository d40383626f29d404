"""Service evaluation codes (党建服务评价码): points, signed codes, ratings, statistics."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

from aiohttp import web

from miniapp_api.evaluation import counters, demo, stats
from miniapp_api.evaluation.comments import PolicyCache
from miniapp_api.evaluation.gate import Gate
from miniapp_api.evaluation.indicators import install_indicators
from miniapp_api.evaluation.qrcodes import ImageCache
from miniapp_api.evaluation.ratings import RatingTickets
from miniapp_api.evaluation.routes import tables
from miniapp_api.evaluation.state import GATE, POLICIES, QR_CACHE, WRITER
from miniapp_api.evaluation.writer import RatingWriter
from miniapp_api.rectification.state import register_source
from server.core.appkeys import REDIS, SETTINGS
from server.core.domains import add_console_page, add_demo, add_jobs, add_models
from server.core.http import dumps
from server.core.jobs import Job
from server.core.metrics import Metrics, add_scrape_hook


def install(app: web.Application) -> None:
    add_models(app, "miniapp_api.evaluation.models")
    for table in tables:
        app.router.add_routes(table)
    app.cleanup_ctx.append(evaluation_ctx)
    add_jobs(app, jobs)
    add_demo(app, demo.load_demo)
    add_console_page(app, "evaluation", Path(__file__).with_name("console.js"))
    add_scrape_hook(app, _rating_metrics)
    install_indicators(app)


async def _rating_metrics(app: web.Application, metrics: Metrics) -> None:
    for status, n in (await stats.ratings_by_comment_status()).items():
        metrics.ratings_by_comment_status.labels(status).set(n)


async def evaluation_ctx(app: web.Application) -> AsyncIterator[None]:
    """In-process state of the domain: the QR image cache, the rating writer and gate, the comment policies, the rating
    source of 差评 tickets."""
    app[QR_CACHE] = ImageCache(app[SETTINGS].evaluation.qr_cache_size)
    app[WRITER] = RatingWriter(lambda: app[REDIS], dumps)
    app[GATE] = Gate(lambda: app[REDIS])
    app[POLICIES] = PolicyCache()
    register_source(app, "rating", RatingTickets(lambda: app[REDIS]))
    yield


def jobs(app: web.Application) -> list[Job]:
    """Rebuild the live counters from the database now and then, so they never drift for long."""

    async def run() -> None:
        await counters.rebuild(app[REDIS])

    return [Job("evaluation.counters", app[SETTINGS].evaluation.counters_reconcile_interval_s, run)]
