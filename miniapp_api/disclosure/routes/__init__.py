"""The 党务公开 route tables by audience: console (`admin`) and no login (`public`)."""

from __future__ import annotations

from miniapp_api.disclosure.routes import admin, public

tables = (admin.routes, public.routes)
