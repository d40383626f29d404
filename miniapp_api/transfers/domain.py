"""组织关系转接 (transfers): installed models; routes follow."""

from __future__ import annotations

from aiohttp import web

from server.core.domains import add_models


def install(app: web.Application) -> None:
    add_models(app, "miniapp_api.transfers.models")
