"""How a domain plugs into the application: its one `install(app)` registers everything it brings.

A domain package exposes ``install(app: web.Application) -> None`` (in ``<package>/domain.py``) and
``server/app.py`` lists the domains once. ``install`` does no I/O and reads no settings: it registers

- routes (``app.router.add_routes``) and resources (``app.cleanup_ctx.append``, after database and Redis);
- its model modules (`add_models`), so the ORM, the migrations and the test schema know them;
- its background jobs (`add_jobs`), run by the app's job runner inside the app's database context;
- its demo data (`add_demo`), run by ``python -m server seed-demo`` after the base records exist;
- its console page (`add_console_page`), a script the admin console loads;
- its own typed ``web.AppKey``s, declared in its own modules.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from aiohttp import web

if TYPE_CHECKING:
    from server.core.jobs import Job
    from server.core.settings import Settings

R = TypeVar("R")
Install = Callable[[web.Application], None]
JobFactory = Callable[[web.Application], "list[Job]"]


@dataclass
class DemoContext:
    """What each domain's demo loader receives: the base demo records to build on."""

    settings: Settings
    now: datetime
    orgs: dict[str, int] = field(default_factory=dict)  # key → org id (committee, gb_gov, gb_street, b_office, b_service, b_community, b_park, g_community1)
    org_names: dict[str, str] = field(default_factory=dict)  # key → org name
    members: dict[str, list[int]] = field(default_factory=dict)  # org key → member ids (secretary first)
    superadmin_id: int = 0
    branch_admin_id: int = 0
    staff_id: int = 0


DemoLoader = Callable[[DemoContext], Awaitable[list[str]]]


@dataclass(frozen=True)
class ConsolePage:
    """A script of the admin console (it calls ``DJ.register({...})``), served at /admin/pages/<name>.js."""

    name: str
    script: Path


MODEL_MODULES: web.AppKey[list[str]] = web.AppKey("model_modules", list)
JOB_FACTORIES: web.AppKey[list[JobFactory]] = web.AppKey("job_factories", list)
DEMO_LOADERS: web.AppKey[list[DemoLoader]] = web.AppKey("demo_loaders", list)
CONSOLE_PAGES: web.AppKey[list[ConsolePage]] = web.AppKey("console_pages", list)


def _registry(app: web.Application, key: web.AppKey[list[R]]) -> list[R]:
    if key not in app:
        app[key] = []
    return app[key]


def add_models(app: web.Application, *modules: str) -> None:
    registry = _registry(app, MODEL_MODULES)
    registry.extend(m for m in modules if m not in registry)


def add_jobs(app: web.Application, factory: JobFactory) -> None:
    _registry(app, JOB_FACTORIES).append(factory)


def add_demo(app: web.Application, loader: DemoLoader) -> None:
    _registry(app, DEMO_LOADERS).append(loader)


def add_console_page(app: web.Application, name: str, script: Path) -> None:
    if not script.is_file():
        raise FileNotFoundError(script)
    _registry(app, CONSOLE_PAGES).append(ConsolePage(name, script))


def model_modules_of(app: web.Application) -> list[str]:
    modules: list[str] = app.get(MODEL_MODULES, [])
    return list(modules)
