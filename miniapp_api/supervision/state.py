"""Per-app state of supervision: the observer directory (also installed as evaluation's observer lookup)."""

from __future__ import annotations

from aiohttp import web

from miniapp_api.supervision.directory import ObserverCache

OBSERVER_CACHE: web.AppKey[ObserverCache] = web.AppKey("supervision_observer_cache", ObserverCache)
