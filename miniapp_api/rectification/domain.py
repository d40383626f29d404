"""Rectification tickets (整改工单): the shared 核实 → 整改 → 回访 → 办结 workflow, appeals and 督办."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from miniapp_api.rectification import service
from miniapp_api.rectification.indicators import install_indicators
from miniapp_api.rectification.routes import routes
from server.core.appkeys import CLOCK, SETTINGS
from server.core.domains import add_console_page, add_jobs, add_models
from server.core.jobs import Job
from server.core.metrics import Metrics, add_scrape_hook


def install(app: web.Application) -> None:
    add_models(app, "miniapp_api.rectification.models")
    app.router.add_routes(routes)
    add_jobs(app, jobs)
    add_console_page(app, "rectification", Path(__file__).with_name("console.js"))
    add_scrape_hook(app, _ticket_metrics)
    install_indicators(app)


async def _ticket_metrics(app: web.Application, metrics: Metrics) -> None:
    for state, n in (await service.tickets_by_state()).items():
        metrics.tickets_by_state.labels(state).set(n)


def jobs(app: web.Application) -> list[Job]:
    """The deadline checker: marks overdue tickets and escalates them (督办)."""

    async def run() -> None:
        await service.mark_overdue(app[CLOCK].now())

    return [Job("rectification.overdue", app[SETTINGS].evaluation.overdue_check_interval_s, run)]
