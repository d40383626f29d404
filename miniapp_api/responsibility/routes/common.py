"""What every responsibility handler reads from the app: the clock's now and the local date."""

from __future__ import annotations

from datetime import date, datetime

from aiohttp import web

from server.core.appkeys import CLOCK, SETTINGS


def now(request: web.Request) -> datetime:
    return request.config_dict[CLOCK].now()


def today(request: web.Request) -> date:
    return request.config_dict[SETTINGS].zone.date(now(request))
