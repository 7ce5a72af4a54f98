"""`python -m index build | add FILE... | remove ID... | list`."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m index", description="Build and maintain the article index.")
    sub = p.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="(re)build the index from BOT_SEEDS_DIR; idempotent")
    b.add_argument("--seeds", type=Path, help="folder of .txt articles (default BOT_SEEDS_DIR)")
    b.add_argument("--json", action="store_true", help="print the summary as JSON")
    a = sub.add_parser("add", help="index these .txt files (new or edited), leaving the others alone")
    a.add_argument("files", nargs="+", type=Path)
    r = sub.add_parser("remove", help="remove these article ids from the index")
    r.add_argument("ids", nargs="+")
    sub.add_parser("list", help="list indexed articles")
    args = p.parse_args(argv)

    from index.settings import Settings

    overrides = {"seeds_dir": args.seeds} if getattr(args, "seeds", None) else {}
    settings = Settings(**overrides)
    from index import build as builder
    from index.store import Store

    try:
        store = Store(settings)
        if args.cmd == "build":
            report = builder.build(settings, store, progress=sys.stderr.isatty() or True)
        elif args.cmd == "add":
            report = builder.add_files(settings, args.files, store, progress=True)
        elif args.cmd == "remove":
            report = builder.remove_articles(settings, args.ids, store)
        else:
            for source, meta in sorted(store.article_records().items()):
                print(f"{source}\t{meta.get('chunks')} chunks\t{meta.get('date') or '-'}\t{meta.get('title')}")
            return 0
    except FileNotFoundError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(json.dumps(report.to_dict(), indent=2) if getattr(args, "json", False) else report.summary())
    return 3 if report.skipped and args.cmd != "remove" else 0


if __name__ == "__main__":
    sys.exit(main())
