"""Command line: `python -m knowledge ingest PATH…`, `search "…"`, `list`.

`ingest` writes where the service reads (DATABASE_URL, default the service's sqlite://var/dangjian.db) and tells
running workers over REDIS_URL; `search` and `list` read that database, or a folder given by --corpus.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from knowledge.cli_index import NoKnowledgeBase, open_index
from knowledge.confidence import assess
from knowledge.db_import import run_import
from knowledge.environment import CliEnvironment
from knowledge.index import KnowledgeIndex
from knowledge.records import article_count


def _env() -> CliEnvironment:
    return CliEnvironment()


def _open(args: argparse.Namespace) -> KnowledgeIndex:
    env = _env()
    return open_index(
        env.database_url,
        [Path(args.corpus)] if args.corpus else [],
        [env.knowledge_dir] if env.knowledge_dir else [],
        vectors=env.vectors_path,
    )


def cmd_ingest(args: argparse.Namespace) -> int:
    """The service's import (the same as `python -m server knowledge-import`): database + running workers told."""
    import asyncio

    env = _env()
    started = time.perf_counter()
    from knowledge.dense import dense_enabled

    vectors = env.vectors_path if dense_enabled() else None
    lines, status = asyncio.run(
        run_import(env.database_url, env.redis_url, [Path(p) for p in args.paths], quiet=args.quiet, vectors=vectors)
    )
    for line in lines:
        print(line, file=sys.stderr if status == 2 else sys.stdout)
    if status != 2:
        print(f"用时 {time.perf_counter() - started:.1f} 秒；数据库 {env.database_url}")
    return status


def cmd_search(args: argparse.Namespace) -> int:
    index = _open(args)
    result = index.search(args.question, k=args.k, role=args.role)
    verdict = assess(result)
    if args.json:
        rows = [
            {
                "citation": h.citation,
                "document_id": h.document.doc_id,
                "article_id": h.article.key,
                "score": round(h.score, 4),
                "coverage": round(h.evidence.coverage, 3),
                "missing": list(h.evidence.missing),
                "text": h.article.text,
            }
            for h in result.hits
        ]
        print(
            json.dumps({"answerable": verdict.answerable, "reason": verdict.reason, "hits": rows}, ensure_ascii=False, indent=2)
        )
        return 0
    print(f"判断：{'可回答' if verdict.answerable else '拒答'}（{verdict.reason}，证据覆盖 {verdict.confidence:.2f}）")
    for hit in result.hits:
        snippet = hit.article.text.replace("\n", " ")[:80]
        print(f"{hit.rank}. {hit.citation}  得分 {hit.score:.3f}  覆盖 {hit.evidence.coverage:.2f}\n   {snippet}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    index = _open(args)
    for doc in index.corpus.documents.values():
        count = article_count(a for a in index.corpus.articles if a.doc_id == doc.doc_id)
        print(f"{doc.doc_id}\t《{doc.title}》\t{doc.status}\t{doc.visibility}\t{count}条")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m knowledge", description="党内法规知识库")
    sub = p.add_subparsers(dest="command", required=True)
    ingest = sub.add_parser("ingest", help="导入文件或目录到服务的知识库（与 python -m server knowledge-import 相同）")
    ingest.add_argument("paths", nargs="+", help="txt/md/docx/pdf/html 文件或目录")
    ingest.add_argument("--quiet", action="store_true", help="不显示进度条")
    ingest.set_defaults(func=cmd_ingest)
    search = sub.add_parser("search", help="检索条文")
    search.add_argument("question")
    search.add_argument("-k", type=int, default=5)
    search.add_argument("--role", default="staff")
    search.add_argument("--corpus", help="直接从目录建立索引（不使用缓存）")
    search.add_argument("--json", action="store_true")
    search.set_defaults(func=cmd_search)
    listing = sub.add_parser("list", help="列出已收录文件")
    listing.add_argument("--corpus")
    listing.set_defaults(func=cmd_list)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.func(args))
    except NoKnowledgeBase as exc:
        print(exc, file=sys.stderr)
        return 2
