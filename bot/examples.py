"""A few example questions for the web page, chosen to fit the articles actually indexed.

Questions come from the project's own question set (`evals/questions.yaml`): answerable
ones without a conversation, whose articles are all in the index, one per article. When
the index holds other articles (`BOT_SEEDS_DIR`), each example asks about an article by
its title instead, so an example never asks about something the bot has not read.
"""
from __future__ import annotations

from pathlib import Path

from bot.settings import PROJECT_ROOT

QUESTIONS = PROJECT_ROOT / "evals" / "questions.yaml"


def example_questions(articles: list[dict], n: int = 3, path: Path = QUESTIONS) -> list[str]:
    ids = {a["id"] for a in articles}
    picked: list[str] = []
    used: set[str] = set()
    try:
        import yaml

        items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except (OSError, ValueError, ImportError):
        items = []
    candidates = [it for it in items if isinstance(it, dict) and it.get("answerable") and not it.get("history")
                  and it.get("sources") and set(it["sources"]) <= ids and isinstance(it.get("question"), str)]
    candidates.sort(key=lambda it: len(it["question"]))
    for it in candidates:
        src = it["sources"][0]
        if src in used or len(it["question"]) > 90:
            continue
        used.add(src)
        picked.append(it["question"])
        if len(picked) == n:
            return picked
    for a in articles:
        if len(picked) == n:
            break
        if a["id"] not in used:
            used.add(a["id"])
            picked.append(f"What does the article “{a.get('title') or a['id']}” say?")
    return picked
