"""Ingestion at scale: `python -m index build` killed with SIGKILL midway, then run again,
ends with exactly the right chunks, sentences and articles and not one duplicate; and
`add`/`remove` touch only the articles named."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path

from tests.conftest import ROOT, make_settings

PROGRESS = re.compile(r"indexing:\s+\d+%\|[^|]*\|\s*(\d+)/(\d+)")


def _expected(seeds: Path, chunk_chars: int):
    from index.build import scan
    from index.store import sentence_id
    from index.text import chunk_article

    articles, _ = scan(seeds, 2_000_000)
    chunk_ids = {c.id for a in articles for c in chunk_article(a, chunk_chars)}
    sent_ids = {sentence_id(a.id, x, y, a.text[x:y]) for a in articles for x, y in a.sentences()}
    return {a.id for a in articles}, chunk_ids, sent_ids


def test_build_killed_midway_resumes_without_duplicates(tmp_path, embeddings):
    from bot.synthetic import make_corpus
    from index.build import build
    from index.store import Store

    seeds = tmp_path / "corpus"
    make_corpus(seeds, 90, ROOT / "seeds", seed=11)
    settings = make_settings(tmp_path, seeds, index_batch=8)
    env = os.environ | {"BOT_DATA_DIR": str(settings.data_dir), "BOT_SEEDS_DIR": str(seeds), "BOT_INDEX_BATCH": "8",
                        "TOKENIZERS_PARALLELISM": "false"}
    proc = subprocess.Popen([sys.executable, "-m", "index", "build"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen: list[tuple[int, int]] = []

    def watch():
        buf = b""
        while True:
            ch = proc.stderr.read(1)
            if not ch:
                return
            buf = buf[-400:] + ch
            m = PROGRESS.search(buf.decode("utf-8", "replace").replace("\r", "\n").splitlines()[-1])
            if m and 0 < int(m.group(1)) < int(m.group(2)):
                seen.append((int(m.group(1)), int(m.group(2))))
                os.kill(proc.pid, signal.SIGKILL)
                return

    t = threading.Thread(target=watch, daemon=True)
    t.start()
    proc.wait(timeout=600)
    t.join(5)
    assert proc.returncode == -signal.SIGKILL, f"the build ended on its own ({proc.returncode}) before it could be killed"
    assert seen, "killed without a progress report"

    articles, chunk_ids, sent_ids = _expected(seeds, settings.chunk_chars)
    store = Store(settings, embeddings=embeddings)
    done = set(store.article_records())
    assert 0 < len(done) < len(articles), "the kill should land midway through the articles"
    assert len(store.chunks.get(include=[])["ids"]) < len(chunk_ids)

    report = build(settings, store)
    assert set(report.unchanged) == done  # finished articles are not redone
    assert set(report.added) == articles - done
    got_chunks = store.chunks.get(include=["metadatas"])
    got_sents = store.sentences.get(include=["metadatas"])
    assert set(got_chunks["ids"]) == chunk_ids and len(got_chunks["ids"]) == len(chunk_ids)
    assert set(got_sents["ids"]) == sent_ids and len(got_sents["ids"]) == len(sent_ids)
    assert set(store.article_records()) == articles
    spans = Counter((m["source"], m["start"], m["end"]) for m in got_chunks["metadatas"])
    assert max(spans.values()) == 1  # no passage stored twice
    kw = store.keyword_index()
    assert sorted(kw.ids) == sorted(chunk_ids)


def test_add_and_remove_touch_only_the_named_articles(tmp_path, seeds_copy, embeddings):
    from bot.synthetic import article
    from index.build import add_files, build, remove_articles
    from index.store import Store
    import random

    settings = make_settings(tmp_path, seeds_copy)
    store = Store(settings, embeddings=embeddings)
    build(settings, store)
    before = {s: m["indexed_at"] for s, m in store.article_records().items()}
    fp_before = store.published_keyword()

    extra = tmp_path / "extra" / "syn_extra.txt"
    extra.parent.mkdir()
    extra.write_text(article(random.Random(3))[1], encoding="utf-8")
    rep = add_files(settings, [extra], store)
    assert rep.added == ["syn_extra"] and rep.chunks_added > 0
    after = store.article_records()
    assert {s: after[s]["indexed_at"] for s in before} == before  # the others were not rewritten
    assert store.published_keyword() not in (None, fp_before)
    assert any(s == "syn_extra" for s, _, _ in store.keyword_index().spans)

    rep = remove_articles(settings, ["syn_extra"], store)
    assert rep.removed == ["syn_extra"]
    assert set(store.article_records()) == set(before)
    assert not store.ids_for(store.chunks, "syn_extra") and not store.ids_for(store.sentences, "syn_extra")
    assert store.published_keyword() == fp_before  # back to the same chunk set, the same version
    assert not any(s == "syn_extra" for s, _, _ in store.keyword_index().spans)
