"""Thumbs up or down on an answer, kept in `BOT_DATA_DIR/feedback.sqlite3`.

One row per vote: when, which way, the question as asked and as retrieval saw it, the
answer text, and its citations (JSON), so a reviewer can judge the vote without replaying
the conversation. SQLite does the locking: every vote opens its own connection and writes
in one transaction, so votes from many threads or processes at once are all kept.

What it does not do: decide anything from the votes, or talk to the web page.
"""
from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FILE_NAME = "feedback.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ts REAL NOT NULL,
    vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
    question TEXT NOT NULL,
    standalone_question TEXT,
    answer TEXT NOT NULL,
    refused INTEGER NOT NULL DEFAULT 0,
    citations TEXT NOT NULL DEFAULT '[]',
    mode TEXT,
    conversation TEXT
)
"""


@dataclass(frozen=True)
class Vote:
    id: int
    ts: float
    vote: str
    question: str
    standalone_question: str | None
    answer: str
    refused: bool
    citations: list[dict]
    mode: str | None
    conversation: str | None


class FeedbackStore:
    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / FILE_NAME

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
        con.execute("PRAGMA busy_timeout = 30000")
        con.execute("PRAGMA journal_mode = WAL")
        con.execute(_SCHEMA)
        return con

    def record(self, answer: dict[str, Any], vote: str, conversation: str | None = None) -> int:
        """Save one vote ('up' or 'down') on an answer object (the contract's dict); returns its row id."""
        if vote not in ("up", "down"):
            raise ValueError(f"vote must be 'up' or 'down', not {vote!r}")
        cites = list(answer.get("citations") or [])
        if answer.get("refused") and answer.get("nearest"):
            cites = cites + [dict(answer["nearest"], nearest=True)]
        row = (time.time(), vote, str(answer.get("question", "")), answer.get("standalone_question"),
               str(answer.get("answer", "")), int(bool(answer.get("refused"))),
               json.dumps(cites, ensure_ascii=False), answer.get("mode"), conversation)
        con = self._connect()
        try:
            con.execute("BEGIN IMMEDIATE")
            cur = con.execute(
                "INSERT INTO feedback (ts, vote, question, standalone_question, answer, refused, citations, mode,"
                " conversation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
            con.execute("COMMIT")
            return int(cur.lastrowid)
        except BaseException:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise
        finally:
            con.close()

    def all(self) -> list[Vote]:
        if not self.path.exists():
            return []
        con = self._connect()
        try:
            rows = con.execute("SELECT id, ts, vote, question, standalone_question, answer, refused, citations, mode,"
                               " conversation FROM feedback ORDER BY id").fetchall()
        finally:
            con.close()
        return [Vote(id=r[0], ts=r[1], vote=r[2], question=r[3], standalone_question=r[4], answer=r[5],
                     refused=bool(r[6]), citations=json.loads(r[7]), mode=r[8], conversation=r[9]) for r in rows]
