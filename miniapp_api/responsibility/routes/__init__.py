"""The responsibility route tables: lists and the 定责 → 考责 cycle (`lists`), oversight records (`oversight`)."""

from __future__ import annotations

from miniapp_api.responsibility.routes import lists, oversight

tables = (lists.routes, oversight.routes)
