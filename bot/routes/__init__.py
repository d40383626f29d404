"""HTTP routes of the bot domain, by audience.

- `public.py`: asking (JSON and SSE) and feedback — anyone; a login only identifies the asker;
- `admin.py`: the console's feedback and unanswered-question lists;
- `knowledge.py`: the console's knowledge base (documents, versions, status, the index) — also admins,
  kept apart because it is the knowledge library's web part (OpenAPI tag "knowledge").
"""

from __future__ import annotations

from bot.routes import admin, knowledge, public

tables = (public.routes, admin.routes, knowledge.routes)
