"""Command line: `python -m bot ask [--json] "…"`, `chat`, `eval QUESTIONS.jsonl [--k 5]`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from bot.chain import BotChain
from bot.compose import citation_note
from bot.evaluate import evaluate, format_report, load_questions
from bot.schemas import Answer, Turn
from knowledge.cli_index import NoKnowledgeBase, open_index
from knowledge.retriever import KnowledgeRetriever
from server.core.settings import Settings


def make_chain(args: argparse.Namespace) -> BotChain:
    settings = Settings()  # DATABASE_URL and BOT__KNOWLEDGE_DIR, read where every setting is read
    folder = settings.bot.knowledge_dir
    index = open_index(settings.database_url, [Path(args.corpus)] if args.corpus else [], [folder] if folder else [],
                       cache_path=Path(settings.bot.index_cache_path).with_suffix(".npz"))
    return BotChain(KnowledgeRetriever(index=index, role=args.role))


def show(answer: Answer, as_json: bool) -> None:
    if as_json:
        print(answer.model_dump_json(indent=2))
        return
    print(answer.answer)
    if answer.citations:
        print("\n引用：" + "；".join(f"《{c.document}》{c.article}{citation_note(c)}" for c in answer.citations))


def cmd_ask(args: argparse.Namespace) -> int:
    show(make_chain(args).invoke(args.question, role=args.role), args.json)
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    chain = make_chain(args)
    history: list[Turn] = []
    for line in sys.stdin:
        if not line.strip():
            continue
        answer = chain.invoke(line.strip(), history, role=args.role)
        history = [*history, answer.as_turn()][-5:]
        show(answer, args.json)
        print("-" * 40, flush=True)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    report = evaluate(make_chain(args), load_questions(Path(args.questions)), k=args.k)
    if args.json:
        print(json.dumps(asdict(report), ensure_ascii=False, indent=2))
    else:
        print(format_report(report))
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bot", description="党内法规问答")
    p.add_argument("--corpus", help="直接从该目录的法规文件建立索引（默认读服务的知识库：DATABASE_URL，"
                                    "由 python -m knowledge ingest 导入）")
    p.add_argument("--role", default="staff", help="提问者角色（决定能否看到内部文件）")
    sub = p.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="回答一个问题")
    ask.add_argument("question")
    ask.add_argument("--json", action="store_true")
    ask.set_defaults(func=cmd_ask)
    chat = sub.add_parser("chat", help="从标准输入逐行提问（支持追问）")
    chat.add_argument("--json", action="store_true")
    chat.set_defaults(func=cmd_chat)
    ev = sub.add_parser("eval", help="评测：Recall@k、MRR、引用精确率、拒答、延迟")
    ev.add_argument("questions")
    ev.add_argument("--k", type=int, default=5)
    ev.add_argument("--json", action="store_true")
    ev.set_defaults(func=cmd_eval)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.func(args))
    except NoKnowledgeBase as exc:
        print(exc, file=sys.stderr)
        return 2
