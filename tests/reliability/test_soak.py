"""A soak: 5 conversations at once for 20 minutes with RELIABILITY_FULL=1 (60 s by default):
no errors, and the app's resident memory grows less than 10% after its warm-up."""
from __future__ import annotations

import threading
import time

import pytest

from tests.reliability.support import record, size
from tests.reliability.test_load import QUESTIONS

pytestmark = pytest.mark.slow

SECONDS = size(60, 1200)
WARMUP = size(15, 120)   # caches fill first; growth is measured from here
CONVERSATIONS = 5


def test_soak(app):
    from gradio_client import Client

    stop = threading.Event()
    counts, errors, lock = [0], [], threading.Lock()

    def conversation(k: int):
        client = Client(app.url, verbose=False, download_files=False)
        history: list[str] = []
        i = 0
        while not stop.is_set():
            q = QUESTIONS[(k * 3 + i) % len(QUESTIONS)]
            i += 1
            try:
                got = client.predict(q, history, api_name="/ask")
                assert got["answer"]
            except Exception as e:  # noqa: BLE001
                with lock:
                    errors.append(repr(e)[:200])
                continue
            with lock:
                counts[0] += 1
            history = history[-2:] + [q]  # a conversation of a few turns, then it goes on

    rss_start = app.rss_kb()
    threads = [threading.Thread(target=conversation, args=(k,), daemon=True) for k in range(CONVERSATIONS)]
    for t in threads:
        t.start()
    t0 = time.monotonic()
    samples = []
    while (el := time.monotonic() - t0) < SECONDS:
        time.sleep(5)
        samples.append((round(el), app.rss_kb()))
    stop.set()
    for t in threads:
        t.join(timeout=300)
    assert not any(t.is_alive() for t in threads), "a conversation hung"
    after_warmup = next(kb for s, kb in samples if s >= WARMUP)
    end = samples[-1][1]
    growth = (end - after_warmup) / after_warmup
    figures = record("soak", {
        "seconds": SECONDS, "conversations": CONVERSATIONS, "questions": counts[0], "errors": len(errors),
        "error_samples": errors[:5], "rss_start_mb": round(rss_start / 1024), "rss_after_warmup_mb": round(after_warmup / 1024),
        "rss_end_mb": round(end / 1024), "rss_peak_mb": round(max(kb for _, kb in samples) / 1024),
        "growth_after_warmup_pct": round(100 * growth, 1), "samples_mb": [(s, round(kb / 1024)) for s, kb in samples],
    })
    assert not errors, figures["error_samples"]
    assert counts[0] > 0 and app.alive()
    assert growth < 0.10, figures
