"""Load through gradio_client against `python app.py` on 127.0.0.1 (offline mode).

Conversations: 50 at once, 10 questions each with RELIABILITY_FULL=1 (10 x 3 by default); each
question is sent with the conversation's earlier questions, as a script would. Zero errors;
median and 95th percentile latency and questions per second are recorded.
Burst: 300 requests at once against the default queue (8 answered, 64 waiting) with
RELIABILITY_FULL=1; by default 40 against 2 answered + 8 waiting. Those beyond the queue get a
clear "Queue is full" at once, the app does not crash, and it answers normally afterwards.
"""
from __future__ import annotations

import shutil
import threading
import time

import pytest

from tests.reliability.support import SEEDS, AppProcess, percentile, record, size

pytestmark = pytest.mark.slow

QUESTIONS = [
    "What ranking did Ofsted give Birmingham's safeguarding services for children in 2010?",
    "Who was in charge of children's social care in Birmingham as director in 2010?",
    "How many other youngsters in Birmingham suffered serious injuries that could have killed them?",
    "What did Preet Kaur Gill say about the report?",
    "What did she say next?",
    "Who is the chief executive of Birmingham Children's Trust?",
    "What caused Hakeem Hussain's death?",
    "Which parties made up the coalition running Birmingham City Council in 2010?",
    "How long did the 2010 Ofsted inspection of Birmingham's child safeguarding services last?",
    "What did inspectors say about the specialist exploitation team?",
]
CONVERSATIONS, PER_CONVERSATION = size(10, 50), size(3, 10)


def test_concurrent_conversations(app):
    from gradio_client import Client

    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(CONVERSATIONS)

    def conversation(k: int):
        try:
            client = Client(app.url, verbose=False, download_files=False)
        except Exception as e:  # noqa: BLE001
            with lock:
                errors.append(f"connect: {e!r}")
            return
        history: list[str] = []
        start.wait(timeout=300)
        for i in range(PER_CONVERSATION):
            q = QUESTIONS[(k + i) % len(QUESTIONS)]
            t0 = time.monotonic()
            try:
                got = client.predict(q, history, api_name="/ask")
                assert got["answer"] and all(c["verified"] for c in got["citations"])
            except Exception as e:  # noqa: BLE001
                with lock:
                    errors.append(f"{q[:40]}: {e!r}"[:300])
                continue
            with lock:
                latencies.append(time.monotonic() - t0)
            history.append(q)

    threads = [threading.Thread(target=conversation, args=(k,), daemon=True) for k in range(CONVERSATIONS)]
    t0 = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=1800)
    wall = time.monotonic() - t0
    assert not any(t.is_alive() for t in threads), "a conversation hung"
    assert app.alive()
    n = CONVERSATIONS * PER_CONVERSATION
    figures = record("load", {
        "conversations": CONVERSATIONS, "questions_each": PER_CONVERSATION, "questions": n,
        "errors": len(errors), "error_samples": errors[:5],
        "latency_p50_s": round(percentile(latencies, 50), 2), "latency_p95_s": round(percentile(latencies, 95), 2),
        "latency_max_s": round(max(latencies, default=0), 2), "wall_s": round(wall, 1),
        "questions_per_s": round(len(latencies) / wall, 2), "app_rss_mb": round(app.rss_kb() / 1024),
    })
    assert not errors, figures["error_samples"]
    assert len(latencies) == n


def test_burst_against_a_bounded_queue(tmp_path):
    from gradio_client import Client

    burst, concurrency, queue = size(40, 300), size(2, 8), size(8, 64)
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    proc = AppProcess(tmp_path, seeds, BOT_CONCURRENCY=concurrency, BOT_QUEUE_SIZE=queue)
    try:
        client = Client(proc.url, verbose=False, download_files=False, max_workers=burst)
        client.predict(QUESTIONS[0], [], api_name="/ask")  # warm
        jobs = [client.submit(QUESTIONS[i % len(QUESTIONS)], [], api_name="/ask") for i in range(burst)]
        ok, busy, other = 0, [], []
        t0 = time.monotonic()
        for j in jobs:
            try:
                got = j.result(timeout=900)
                ok += got["answer"] != ""
            except Exception as e:  # noqa: BLE001
                msg = str(e)
                (busy if "queue is full" in msg.lower() else other).append(f"{type(e).__name__}: {msg}"[:200])
        burst_s = time.monotonic() - t0
        assert proc.alive(), proc.log()[-2000:]
        after = Client(proc.url, verbose=False, download_files=False).predict(QUESTIONS[3], [], api_name="/ask")
        figures = record("burst", {
            "requests": burst, "concurrency": concurrency, "queue_size": queue, "answered": ok,
            "busy": len(busy), "busy_message": busy[0] if busy else None, "other_errors": other[:5],
            "seconds": round(burst_s, 1), "answers_after_burst": bool(after["answer"]),
            "app_rss_mb": round(proc.rss_kb() / 1024),
        })
        assert not other, figures["other_errors"]
        assert busy, "nothing was turned away: the queue is not bounded"
        assert ok >= concurrency + queue - 2 and ok + len(busy) == burst
        assert not after["refused"] and "so proud" in after["answer"]
    finally:
        proc.stop()
