"""`python -m bot ask | chat | eval | show | articles`: the bot from the shell.

Exit status: 0 on success, 2 on bad usage or bad input (one line on stderr), 1 when
`eval --fail-under` misses a threshold.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from bot.settings import PROJECT_ROOT

DEFAULT_QUESTIONS = PROJECT_ROOT / "evals" / "questions.yaml"


class UsageError(Exception):
    pass


def _quiet() -> None:
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def _settings(args):
    from bot.settings import Settings

    over = {}
    if getattr(args, "llm", None):
        over["llm"] = args.llm
    return Settings(**over)


def format_answer(ans) -> str:
    lines = [ans.answer]
    if ans.citations:
        lines.append("")
        lines.append("Sources:")
        for c in ans.citations:
            mark = "verified" if c.verified else "NOT VERIFIED"
            lines.append(f"  [{c.n}] {c.title} ({c.source}, chars {c.start}-{c.end}, {mark})")
    if ans.notice:
        lines.append(f"\nnotice: {ans.notice}")
    return "\n".join(lines)


def cmd_ask(args) -> int:
    from bot.chain import build_chain

    bot = build_chain(_settings(args))
    ans = bot.ask(args.question)
    print(json.dumps(ans.to_dict(), indent=2, ensure_ascii=False) if args.json else format_answer(ans))
    return 0


def cmd_chat(args) -> int:
    from bot.chain import Conversation, QuestionError, build_chain

    bot = build_chain(_settings(args))
    conv = Conversation(bot)
    print("Ask about the articles. Empty line or Ctrl-D to quit; /new starts a new conversation.")
    while True:
        try:
            q = input("you> ")
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if not q.strip():
            return 0
        if q.strip() == "/new":
            conv = Conversation(bot)
            continue
        try:
            ans = conv.ask(q)
        except QuestionError as e:
            print(f"error: {e}")
            continue
        if ans.standalone_question != q.strip():
            print(f"(understood as: {ans.standalone_question})")
        print(format_answer(ans) + "\n")


def cmd_eval(args) -> int:
    from bot import evaluate as ev
    from bot.chain import build_chain

    items = ev.load_questions(Path(args.file))
    thresholds = args.fail_under or []
    ev.check_thresholds({k: 0 for k in ev.SUMMARY_KEYS}, thresholds)  # fail fast on a malformed spec
    bot = build_chain(_settings(args))

    def progress(row):
        if args.verbose:
            flag = "PASS" if row["passed"] else "FAIL"
            print(f"{flag} {row['id']}: {row['question'][:70]}", file=sys.stderr)

    data = ev.run(bot, items, progress)
    cats = ev.by_category(data["results"])
    print(ev.summary_table(data["summary"], cats))
    print(ev.summary_line(data["summary"]))
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    if args.report:
        ev.write_report(Path(args.report), data, title=f"Evaluation of {args.file}")
    misses = ev.check_thresholds(data["summary"], thresholds)
    for m in misses:
        print(f"fail-under: {m}", file=sys.stderr)
    return 1 if misses else 0


def cmd_show(args) -> int:
    from bot.settings import Settings
    from index.store import Store

    art = Store(Settings()).get_article(args.source)
    if art is None:
        raise UsageError(f"no indexed article with id {args.source!r} (see python -m bot articles)")
    sys.stdout.write(art.text)
    return 0


def cmd_articles(args) -> int:
    from bot.chain import build_chain

    for a in build_chain(_settings(args)).articles():
        print(f"{a['id']}\t{a['date'] or '-'}\t{a['title']}")
    return 0


def main(argv: list[str] | None = None) -> int:
    _quiet()
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["bench"]:  # its own options: python -m bot bench --help
        from bot.bench import main as bench_main

        return bench_main(argv[1:])
    p = argparse.ArgumentParser(prog="python -m bot", description="Ask questions of a folder of news articles.")
    sub = p.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("ask", help="answer one question")
    a.add_argument("question")
    a.add_argument("--json", action="store_true", help="print the answer object as JSON")
    a.add_argument("--llm", choices=["extractive", "openai"])
    c = sub.add_parser("chat", help="a conversation in the terminal")
    c.add_argument("--llm", choices=["extractive", "openai"])
    e = sub.add_parser("eval", help="run a question set and print a summary")
    e.add_argument("file", nargs="?", default=str(DEFAULT_QUESTIONS))
    e.add_argument("--json", metavar="OUT", help="write summary and results as JSON")
    e.add_argument("--report", metavar="OUT.md", help="write a Markdown report with a chart")
    e.add_argument("--fail-under", action="append", metavar="METRIC=VALUE",
                   help="exit 1 if a metric misses (e.g. pass_rate=0.9); repeatable or comma-separated")
    e.add_argument("--llm", choices=["extractive", "openai"])
    e.add_argument("-v", "--verbose", action="store_true", help="print each item's result")
    s = sub.add_parser("show", help="print the stored text of an article (the text citation offsets point into)")
    s.add_argument("source")
    sub.add_parser("articles", help="list the indexed articles")
    sub.add_parser("bench", help="scale benchmark beside a plain LangChain baseline (see bench --help)")
    args = p.parse_args(argv)

    from bot.chain import QuestionError
    from bot.evaluate import QuestionSetError

    handlers = {"ask": cmd_ask, "chat": cmd_chat, "eval": cmd_eval, "show": cmd_show, "articles": cmd_articles}
    try:
        return handlers[args.cmd](args)
    except (QuestionError, QuestionSetError, UsageError, FileNotFoundError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
