"""What `python -m knowledge` reads from the environment; the library itself reads nothing.

The same variables, parsed the same way (pydantic-settings, `__` between nested names), as the service's
settings (server/core/settings.py), so the knowledge command line runs without the server package:
DATABASE_URL (the service's database, where `ingest` writes and `search`/`list` read; the same default),
REDIS_URL (where running workers are told) and BOT__KNOWLEDGE_DIR (a folder `search` and `list` index
directly when nothing was ingested).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel
from pydantic_settings import BaseSettings, SettingsConfigDict


class _BotPart(BaseModel):
    knowledge_dir: Path | None = None
    index_cache_path: str = "var/knowledge-index"  # the service's default (server/core/settings.py)


class CliEnvironment(BaseSettings):
    model_config = SettingsConfigDict(env_nested_delimiter="__", extra="ignore")

    database_url: str = "sqlite://var/dangjian.db"  # the service's default (server/core/settings.py)
    redis_url: str | None = None
    bot: _BotPart = _BotPart()

    @property
    def vectors_path(self) -> Path:
        from knowledge.dense import vectors_path

        return vectors_path(self.bot.index_cache_path)

    @property
    def knowledge_dir(self) -> Path | None:
        return self.bot.knowledge_dir
