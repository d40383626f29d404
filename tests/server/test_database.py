"""One way into the database: use_database is the only code that touches tortoise's private context variable."""

from __future__ import annotations

import asyncio
import contextvars
import re
from collections.abc import Callable
from pathlib import Path

import tortoise
from tortoise import context as tortoise_context

ROOT = Path(__file__).resolve().parents[2]


def _modules_where(found: Callable[[str], object], packages: tuple[str, ...]) -> list[str]:
    """Our source files (under `packages`) whose text `found` accepts."""
    return sorted(str(p.relative_to(ROOT)) for package in packages for p in (ROOT / package).rglob("*.py")
                  if found(p.read_text()))


def test_the_private_context_variable_is_used_in_one_place_only() -> None:
    users = _modules_where(lambda text: re.search(r"(?<!get)_current_context", text),
                           ("server", "miniapp_api", "bot", "knowledge", "bench"))
    assert users == ["server/core/database.py"]


def test_tortoise_still_has_the_variable_we_rely_on() -> None:
    """A tortoise release that renames it fails here first (docs/adr/0004; the minor version is pinned)."""
    assert isinstance(tortoise_context._current_context, contextvars.ContextVar)
    assert tortoise.__version__.startswith("1.1.")


async def test_use_database_keeps_concurrent_users_apart() -> None:
    from tortoise.context import TortoiseContext, get_current_context

    from server.core.database import use_database

    a, b = TortoiseContext(), TortoiseContext()

    async def user(ctx: TortoiseContext) -> bool:
        with use_database(ctx):
            await asyncio.sleep(0.01)
            return get_current_context() is ctx

    assert await asyncio.gather(*(user(c) for c in (a, b, a, b))) == [True] * 4


def test_transactions_open_through_our_in_transaction() -> None:
    """server.core.database.in_transaction unwinds a failed BEGIN and keeps a committed transaction committed
    when resetting its connection fails (tests/faults restarts PostgreSQL under load to show both); tortoise's
    own is left only to the knowledge library, which may not import the server."""
    users = _modules_where(lambda text: "tortoise.transactions" in text and "in_transaction" in text,
                           ("server", "miniapp_api", "bot", "bench"))
    assert users == ["server/core/database.py"]
