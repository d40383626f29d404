"""Command line: serve, migrate, makemigrations, create-admin, seed-demo, knowledge-import. No business logic here."""

from __future__ import annotations

import argparse
import asyncio
import logging
import socket
import sys
from collections.abc import Callable, Coroutine
from typing import Any

from server.core.settings import Settings
from server.logging import configure_logging


def _run(coro_factory: Callable[[Settings], Coroutine[Any, Any, int]]) -> Callable[[argparse.Namespace], int]:
    def runner(args: argparse.Namespace) -> int:
        settings = Settings()
        configure_logging(settings.log_level)
        return asyncio.run(coro_factory(settings))

    return runner


async def _tune_gc(app: object) -> None:
    """After start-up: move the long-lived start-up objects out of the collector's way and collect
    young objects less often. Full collections over them paused the event loop 100–500 ms under load
    (seen as p99 spikes in the room benchmark)."""
    import gc

    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)


def cmd_serve(args: argparse.Namespace) -> int:
    from aiohttp import web

    from server.app import create_app

    overrides = {k: v for k, v in (("host", args.host), ("port", args.port)) if v is not None}
    settings = Settings(**overrides)
    configure_logging(settings.log_level)
    workers = args.workers if args.workers is not None else settings.workers

    def run_worker(sock: socket.socket | None) -> None:
        app = create_app(settings)
        app.on_startup.append(_tune_gc)
        where: dict[str, Any] = {"sock": sock} if sock is not None else {"host": settings.host, "port": settings.port}
        web.run_app(app, access_log=None, shutdown_timeout=10, print=lambda *_: None, **where)

    if workers <= 1:
        run_worker(None)
        return 0
    from server.workers import serve_workers

    return serve_workers(settings, workers, run_worker)


def cmd_migrate(args: argparse.Namespace) -> int:
    from server.migrations import upgrade

    async def go(settings: Settings) -> int:
        applied = await upgrade(settings.database_url)
        print(f"migrations applied: {len(applied)}" + "".join(f"\n  {a}" for a in applied))
        return 0

    return _run(go)(args)


def cmd_makemigrations(args: argparse.Namespace) -> int:
    from server.migrations import make_migrations

    async def go(settings: Settings) -> int:
        for line in await make_migrations(args.name, args.postgres_url, args.only):
            print(line)
        return 0

    return _run(go)(args)


def cmd_create_admin(args: argparse.Namespace) -> int:
    from server.commands import create_admin

    async def go(settings: Settings) -> int:
        user_id = await create_admin(settings, args.username, args.password, args.org_id, args.staff)
        print(f"created user {args.username} (id {user_id})")
        return 0

    return _run(go)(args)


def cmd_seed_demo(args: argparse.Namespace) -> int:
    from server.commands import seed_demo

    async def go(settings: Settings) -> int:
        for line in await seed_demo(settings):
            print(line)
        return 0

    return _run(go)(args)


def cmd_knowledge_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from server.commands import knowledge_import

    async def go(settings: Settings) -> int:
        lines, status = await knowledge_import(settings, [Path(p) for p in args.paths], args.quiet)
        for line in lines:
            print(line, file=sys.stderr if status == 2 else sys.stdout)
        return status

    return _run(go)(args)


def cmd_openapi(args: argparse.Namespace) -> int:
    """Print the OpenAPI document (what /api/openapi.json serves), e.g. to generate a client."""
    import json

    from server.app import VERSION, create_app
    from server.core.endpoints import routed_endpoints
    from server.core.openapi import build_spec
    from server.pages import API_DESCRIPTION

    spec = build_spec(routed_endpoints(create_app(Settings(env="test"))), title="党建云 API", version=VERSION,
                      description=API_DESCRIPTION)
    text = json.dumps(spec, ensure_ascii=False, indent=2, sort_keys=False)
    if args.output:
        from pathlib import Path

        Path(args.output).write_text(text + "\n", encoding="utf-8")
    else:
        print(text)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m server", description="党建云服务")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("serve", help="run the HTTP service")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.add_argument("--workers", type=int, help="worker processes sharing one socket (default: WORKERS or 1)")
    p.set_defaults(func=cmd_serve)
    sub.add_parser("migrate", help="create or upgrade the schema").set_defaults(func=cmd_migrate)
    p = sub.add_parser("makemigrations", help="generate migrations for SQLite and PostgreSQL (developers)")
    p.add_argument("name")
    p.add_argument("--postgres-url", default="postgres://postgres@127.0.0.1:5432/postgres")
    p.add_argument("--only", choices=["sqlite", "postgres"], help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_makemigrations)
    p = sub.add_parser("create-admin", help="create a superadmin (no org) or an org admin")
    p.add_argument("--username", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--org-id", type=int)
    p.add_argument("--staff", action="store_true", help="a read-only staff account instead of an admin")
    p.set_defaults(func=cmd_create_admin)
    sub.add_parser("seed-demo", help="load the demo data (idempotent)").set_defaults(func=cmd_seed_demo)
    p = sub.add_parser("openapi", help="print the OpenAPI document (no server needed)")
    p.add_argument("--output", "-o", help="write it to this file instead")
    p.set_defaults(func=cmd_openapi)
    p = sub.add_parser("knowledge-import", help="import regulation files or folders into the knowledge base")
    p.add_argument("paths", nargs="+", help="txt/md/docx/pdf/html files or folders")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_knowledge_import)
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a clean message for operators; details at debug level
        logging.getLogger("dangjian.cli").debug("command failed", exc_info=True)
        print(f"error: {exc}", file=sys.stderr)
        return 1
