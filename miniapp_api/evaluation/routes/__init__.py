"""The endpoint tables of evaluation, one per audience: the console (admin) and the public rating side."""

from __future__ import annotations

from miniapp_api.evaluation.routes import admin, public

tables = (admin.routes, public.routes)
