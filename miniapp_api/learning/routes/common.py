"""What the learning handlers share: the local year, zone and time of the app."""

from __future__ import annotations

from datetime import datetime

from aiohttp import web

from server.core.appkeys import CLOCK, SETTINGS
from server.core.clock import LocalZone


def zone(request: web.Request) -> LocalZone:
    return request.config_dict[SETTINGS].zone


def now(request: web.Request) -> datetime:
    return request.config_dict[CLOCK].now()


def year(request: web.Request, asked: int | None = None) -> int:
    """The year asked for, or this year in LOCAL_TIMEZONE."""
    return asked or zone(request).year(now(request))
