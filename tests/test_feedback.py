"""Votes are kept: one record per vote, with the question, answer and sources, even when many vote at once."""
from __future__ import annotations

import sqlite3
import threading

import pytest

from bot.feedback import FeedbackStore


def _answer(i: int) -> dict:
    return {"question": f"question {i}?", "standalone_question": f"standalone {i}?", "answer": f"“quote {i}” [1]",
            "refused": False, "mode": "extractive",
            "citations": [{"n": 1, "source": f"art_{i}", "title": "T", "quote": f"quote {i}", "start": 0, "end": 7,
                           "verified": True}]}


def test_a_vote_is_saved_with_question_answer_and_sources(tmp_path):
    store = FeedbackStore(tmp_path)
    store.record(_answer(1), "up", conversation="c1")
    store.record(_answer(2) | {"refused": True, "citations": [], "nearest": _answer(2)["citations"][0]}, "down")
    votes = store.all()
    assert [v.vote for v in votes] == ["up", "down"]
    assert votes[0].question == "question 1?" and votes[0].standalone_question == "standalone 1?"
    assert votes[0].answer == "“quote 1” [1]" and votes[0].citations[0]["source"] == "art_1"
    assert votes[0].conversation == "c1" and votes[0].ts > 0
    assert votes[1].refused and votes[1].citations[0]["nearest"] is True
    # the file is plain SQLite, readable by any tool
    with sqlite3.connect(tmp_path / "feedback.sqlite3") as con:
        assert con.execute("SELECT count(*) FROM feedback").fetchone()[0] == 2


def test_a_bad_vote_is_refused(tmp_path):
    with pytest.raises(ValueError):
        FeedbackStore(tmp_path).record(_answer(1), "maybe")
    assert FeedbackStore(tmp_path).all() == []


def test_votes_from_many_threads_at_once_are_all_kept(tmp_path):
    threads, per_thread = 16, 25
    start = threading.Barrier(threads)
    errors: list[BaseException] = []

    def voter(t: int):
        store = FeedbackStore(tmp_path)  # each user has their own handle, as in the web app
        start.wait()
        try:
            for k in range(per_thread):
                store.record(_answer(t * 1000 + k), "up" if k % 2 else "down", conversation=f"t{t}")
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)

    workers = [threading.Thread(target=voter, args=(t,)) for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert errors == []
    votes = FeedbackStore(tmp_path).all()
    assert len(votes) == threads * per_thread
    assert {v.question for v in votes} == {f"question {t * 1000 + k}?" for t in range(threads) for k in range(per_thread)}
    assert all(v.citations[0]["quote"] == v.question.replace("question ", "quote ").rstrip("?") for v in votes)


def test_a_vote_refused_as_locked_is_tried_again_until_the_lock_goes(tmp_path):
    # SQLite may answer "database is locked" without waiting its busy timeout (e.g. while the last connection
    # closes and tidies the WAL away). Here a short busy timeout and a real lock held by another connection for
    # longer make SQLite refuse the first tries; the vote must still be kept once the lock goes.
    store = FeedbackStore(tmp_path, busy_seconds=0.05)
    store.record(_answer(1), "up")
    holder = sqlite3.connect(tmp_path / "feedback.sqlite3", isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    released = threading.Event()

    def release():
        released.wait(5)
        holder.execute("COMMIT")
        holder.close()

    threading.Thread(target=release).start()
    threading.Timer(0.5, released.set).start()
    with sqlite3.connect(tmp_path / "feedback.sqlite3", timeout=0.01) as probe:  # the lock really is held
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            probe.execute("BEGIN IMMEDIATE")
    store.record(_answer(2), "down")
    assert released.is_set()
    assert [v.question for v in store.all()] == ["question 1?", "question 2?"]
