"""Thumbs up or down on an answer, kept in `BOT_DATA_DIR/feedback.sqlite3`.

One row per vote: when, which way, the question as asked and as retrieval saw it, the
answer text, and its citations (JSON), so a reviewer can judge the vote without replaying
the conversation. SQLite does the locking: every vote opens its own connection and writes
in one transaction, so votes from many threads or processes at once are all kept. SQLite
can still answer "database is locked" without waiting (its WAL notes: while the last
connection to a database is closing and tidying the WAL away, a new one may be refused at
once), so a vote refused that way is tried again, with a short random pause, for up to
`RETRY_SECONDS`.

What it does not do: decide anything from the votes, or talk to the web page.
"""
from __future__ import annotations

import json
import random
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FILE_NAME = "feedback.sqlite3"
RETRY_SECONDS = 30.0

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
    def __init__(self, data_dir: Path, busy_seconds: float = 30.0):
        self.path = Path(data_dir) / FILE_NAME
        self.busy_seconds = busy_seconds  # how long one connection waits on a lock before SQLite gives up

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(self.path, timeout=self.busy_seconds, isolation_level=None)
        try:
            con.execute(f"PRAGMA busy_timeout = {int(self.busy_seconds * 1000)}")
            con.execute("PRAGMA journal_mode = WAL")
            con.execute(_SCHEMA)
        except BaseException:
            con.close()
            raise
        return con

    def _retrying(self, work):
        """Run `work()` (which opens and closes its own connection), again while SQLite says the file is busy."""
        deadline = time.monotonic() + RETRY_SECONDS
        while True:
            try:
                return work()
            except sqlite3.OperationalError as e:
                busy = "locked" in str(e) or "busy" in str(e)
                if not busy or time.monotonic() > deadline:
                    raise
            time.sleep(random.uniform(0.005, 0.05))

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
        return self._retrying(lambda: self._insert(row))

    def _insert(self, row: tuple) -> int:
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
        rows = self._retrying(self._rows)
        return [Vote(id=r[0], ts=r[1], vote=r[2], question=r[3], standalone_question=r[4], answer=r[5],
                     refused=bool(r[6]), citations=json.loads(r[7]), mode=r[8], conversation=r[9]) for r in rows]

    def _rows(self) -> list[tuple]:
        con = self._connect()
        try:
            return con.execute("SELECT id, ts, vote, question, standalone_question, answer, refused, citations, mode,"
                               " conversation FROM feedback ORDER BY id").fetchall()
        finally:
            con.close()
