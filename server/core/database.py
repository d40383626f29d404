"""Make an app's Tortoise context current for a block of code (requests, jobs, room tasks)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from tortoise import context as tortoise_context
from tortoise.context import TortoiseContext


@contextmanager
def use_database(ctx: TortoiseContext) -> Iterator[None]:
    """Run the block against `ctx`.

    Not `with ctx:` — a TortoiseContext keeps one reset token on itself, so two concurrent users
    (requests, jobs) overwrite each other's token and one of them fails on exit. The token here is
    local. It uses tortoise's private context variable (docs/adr/0004); a regression test sends
    concurrent requests so a rename in tortoise fails loudly.
    """
    token = tortoise_context._current_context.set(ctx)
    try:
        yield
    finally:
        tortoise_context._current_context.reset(token)
