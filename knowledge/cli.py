"""Command line: `python -m knowledge ingest PATH…`, `search "…"`, `list`."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from knowledge.cli_index import DEFAULT_INDEX, NoKnowledgeBase, corpus_dirs, open_index
from knowledge.confidence import assess
from knowledge.corpus import iter_files, load_file
from knowledge.corpus_ingest import add_document
from knowledge.environment import CliEnvironment
from knowledge.index import KnowledgeIndex
from knowledge.records import Corpus
from knowledge.store import StaleIndex, load_index, read_corpus, save_index
from knowledge.tokencache import TokenCache

OUTCOMES = {"added": "新增", "new_version": "新版本", "unchanged": "未变化", "empty": "未识别到条文"}


def _corpus_dirs(args: argparse.Namespace) -> list[Path]:
    return corpus_dirs(args.corpus, Path(args.index), CliEnvironment().knowledge_dir)


def _previous(index_path: Path, fresh: bool) -> tuple[Corpus, TokenCache | None]:
    """The corpus ingested so far, and its token cache when still valid."""
    if fresh or not index_path.exists():
        return Corpus(), None
    try:
        index = load_index(index_path)
    except StaleIndex:
        return read_corpus(index_path), None
    return index.corpus, index.cache


def cmd_ingest(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    index_path = Path(args.index)
    corpus, cache = _previous(index_path, args.fresh)
    files = list(iter_files(Path(p) for p in args.paths))
    if not files:
        print("没有找到可导入的文件（支持 txt、md、docx、pdf、html）", file=sys.stderr)
        return 2
    started = time.perf_counter()
    for path in tqdm(files, desc="导入", unit="件", disable=args.quiet):
        loaded = load_file(path)
        report = add_document(corpus, loaded.meta, loaded.parsed)
        tqdm.write(f"{OUTCOMES[report.outcome]}：《{report.title}》{report.articles or ''}"
                   f"{'条' if report.articles else ''}  ({path.name})")
        for warning in report.warnings:
            tqdm.write(f"  ⚠ {warning.message}（第{warning.line}行）" if warning.line else f"  ⚠ {warning.message}")
    index = KnowledgeIndex.build(corpus, cache=cache)
    save_index(index, index_path)
    docs = sum(1 for d in corpus.documents.values() if d.is_current)
    print(f"完成：{docs} 部现行文件，{len(index)} 条，用时 {time.perf_counter() - started:.1f} 秒；索引 {index_path}")
    return _ingest_database(args, files)


def _ingest_database(args: argparse.Namespace, files: list[Path]) -> int:
    """With DATABASE_URL set, the same files also go into the service's knowledge base (then announced)."""
    import asyncio

    from tortoise.exceptions import BaseORMException

    from knowledge.db_import import import_into_database

    env = CliEnvironment()
    if args.no_db or env.database_url is None:
        return 0
    try:
        summary, note = asyncio.run(import_into_database(env.database_url, env.redis_url, files,
                                                        quiet=args.quiet, verbose=False))
    except (BaseORMException, OSError) as exc:
        print(f"写入数据库失败：{exc}（请先运行 python -m server migrate）", file=sys.stderr)
        return 1
    print(f"{summary.line()}；{note}")
    return 1 if summary.failed else 0


def cmd_search(args: argparse.Namespace) -> int:
    index = open_index(Path(args.index), _corpus_dirs(args))
    result = index.search(args.question, k=args.k, role=args.role)
    verdict = assess(result)
    if args.json:
        rows = [{"citation": h.citation, "document_id": h.document.doc_id, "article_id": h.article.key,
                 "score": round(h.score, 4), "coverage": round(h.evidence.coverage, 3),
                 "missing": list(h.evidence.missing), "text": h.article.text} for h in result.hits]
        print(json.dumps({"answerable": verdict.answerable, "reason": verdict.reason, "hits": rows},
                         ensure_ascii=False, indent=2))
        return 0
    print(f"判断：{'可回答' if verdict.answerable else '拒答'}（{verdict.reason}，证据覆盖 {verdict.confidence:.2f}）")
    for hit in result.hits:
        snippet = hit.article.text.replace("\n", " ")[:80]
        print(f"{hit.rank}. {hit.citation}  得分 {hit.score:.3f}  覆盖 {hit.evidence.coverage:.2f}\n   {snippet}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    index = open_index(Path(args.index), _corpus_dirs(args))
    for doc in index.corpus.documents.values():
        count = sum(1 for a in index.corpus.articles if a.doc_id == doc.doc_id and a.number)
        print(f"{doc.doc_id}\t《{doc.title}》\t{doc.status}\t{doc.visibility}\t{count}条")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m knowledge", description="党内法规知识库")
    p.add_argument("--index", default=str(DEFAULT_INDEX), help="索引缓存文件")
    sub = p.add_subparsers(dest="command", required=True)
    ingest = sub.add_parser("ingest", help="导入文件或目录（txt/md/docx/pdf/html）")
    ingest.add_argument("paths", nargs="+")
    ingest.add_argument("--fresh", action="store_true", help="清空后重新导入")
    ingest.add_argument("--quiet", action="store_true", help="不显示进度条")
    ingest.add_argument("--no-db", action="store_true", help="设置了 DATABASE_URL 时也只更新命令行索引，不写数据库")
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
