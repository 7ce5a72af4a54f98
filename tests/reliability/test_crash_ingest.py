"""`kill -9` the indexer at random points, again and again, then rebuild: the store holds exactly the
chunks the articles give, no duplicates, none missing, and it opens without error.

Between kills a few articles are rewritten (seeded RNG), so every run has real writing to do and
the kills land mid-write, not after a finished build. Sizes: 20 kills with RELIABILITY_FULL=1,
6 by default.
"""
from __future__ import annotations

import random
import signal
import subprocess
import threading
import time
from collections import Counter

import pytest

from tests.reliability.support import (PY, ROOT, article_text, child_env, expected_index, make_corpus, record, size,
                                       stored_index)

pytestmark = pytest.mark.slow

KILLS = size(6, 20)
ARTICLES = size(14, 24)


def _run_and_kill(env, rng: random.Random) -> str:
    """Start a build, kill -9 it at a random point; returns where the kill landed."""
    proc = subprocess.Popen([PY, "-m", "index", "build"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    indexing = threading.Event()

    def watch():
        buf = b""
        for block in iter(lambda: proc.stderr.read1(4096), b""):
            buf = (buf + block)[-4096:]
            if b"indexing" in buf:
                indexing.set()
    threading.Thread(target=watch, daemon=True).start()
    t0 = time.monotonic()
    early = rng.random() < 0.2  # one kill in five lands anywhere from start-up on
    if early:
        time.sleep(rng.uniform(0.5, 12.0))
    else:
        if not indexing.wait(timeout=300):
            proc.kill()
            raise AssertionError("the build never started indexing")
        time.sleep(rng.uniform(0.0, 5.0))
    if proc.poll() is not None:
        where = "after it finished"
    else:
        where = "while indexing" if indexing.is_set() else "before indexing"
        proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    return f"{where} ({time.monotonic() - t0:.1f}s)"


def test_kill_9_during_ingestion_then_rebuild_is_exact(tmp_path):
    rng = random.Random(20240613)
    seeds = tmp_path / "seeds"
    paths = make_corpus(seeds, ARTICLES, seed=3, paragraphs=size(6, 8))
    env = child_env(tmp_path / "data", seeds)
    landed = []
    for k in range(KILLS):
        landed.append(_run_and_kill(env, rng))
        for p in rng.sample(paths, size(4, 6)):  # new versions: the next build has chunks to swap
            p.write_text(article_text(paths.index(p), random.Random(rng.random()), size(6, 8)), encoding="utf-8")

    t0 = time.monotonic()
    final = subprocess.run([PY, "-m", "index", "build"], cwd=ROOT, env=env, capture_output=True, text=True,
                           timeout=900)
    rebuild_seconds = time.monotonic() - t0
    assert final.returncode == 0, final.stderr[-3000:]

    from bot.settings import Settings
    from index.store import KeywordIndex, Store

    settings = Settings(data_dir=tmp_path / "data", seeds_dir=seeds, llm="extractive")
    want = expected_index(settings)
    store = Store(settings)  # opening the store after 20 kills must not fail
    got = stored_index(store)
    dup = {k: [i for i, n in Counter(v).items() if n > 1] for k, v in got.items()}
    assert not any(dup.values()), dup
    missing = {k: sorted(want[k] - set(got[k]))[:5] for k in want}
    extra = {k: sorted(set(got[k]) - want[k])[:5] for k in want}
    assert not any(missing.values()) and not any(extra.values()), (missing, extra)
    records = store.article_records()
    assert all(store.is_complete(a, m["sha256"], m) for a, m in records.items())
    kw = KeywordIndex.load_or_build(store)
    assert kw.n_docs == len(want["chunks"]) and sorted(kw.ids) == sorted(want["chunks"])

    # a second build after the recovery has nothing to do
    again = subprocess.run([PY, "-m", "index", "build", "--json"], cwd=ROOT, env=env, capture_output=True, text=True,
                           timeout=900)
    assert again.returncode == 0 and '"chunks_added": 0' in again.stdout and '"chunks_removed": 0' in again.stdout

    record("crash_ingest", {
        "kills": KILLS, "articles": ARTICLES, "kill_points": landed,
        "kills_mid_indexing": sum("while indexing" in x for x in landed),
        "kills_before_indexing": sum("before indexing" in x for x in landed),
        "builds_finished_before_kill": sum("after it finished" in x for x in landed),
        "chunks_expected": len(want["chunks"]), "chunks_stored": len(got["chunks"]),
        "sentences_expected": len(want["sentences"]), "sentences_stored": len(got["sentences"]),
        "duplicates": sum(len(v) for v in dup.values()), "missing": 0, "stale": 0,
        "recovery_build_seconds": round(rebuild_seconds, 1),
    })
