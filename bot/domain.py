"""The regulation bot and the knowledge base behind it (the knowledge library's web part lives here)."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from bot import demo
from bot.lifecycle import bot_ctx
from bot.routes import tables
from server.core.domains import add_console_page, add_demo, add_models


def install(app: web.Application) -> None:
    add_models(app, "knowledge.models", "bot.models")
    for table in tables:
        app.router.add_routes(table)
    app.cleanup_ctx.append(bot_ctx)
    add_demo(app, demo.load_demo)
    add_console_page(app, "knowledge", Path(__file__).with_name("console.js"))
