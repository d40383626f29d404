"""The party-day route tables by audience: console and host (`admin`), mini-program (`member`), no login (`public`)."""

from __future__ import annotations

from miniapp_api.partyday.routes import admin, member, public

tables = (admin.routes, member.routes, public.routes)
