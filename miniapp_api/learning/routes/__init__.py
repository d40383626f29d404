"""The learning route tables by audience: console (`admin`), mini-program and H5 study page (`member`), both
(`shared`: topics and courses, each answered for the caller's side) and no login (`public`: the H5 page, media)."""

from __future__ import annotations

from miniapp_api.learning.routes import admin, member, public, shared

tables = (member.routes, shared.routes, admin.routes, public.routes)
