"""The 志愿服务 route tables by audience: console (`admin`) and mini-program (`member`)."""

from __future__ import annotations

from miniapp_api.volunteer.routes import admin, member

tables = (admin.routes, member.routes)
