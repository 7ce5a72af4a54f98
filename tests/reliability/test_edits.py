"""Build three times, then edit one article, delete one, rename one: no stale chunk, counts exact."""
from __future__ import annotations

import shutil

from tests.conftest import make_settings
from tests.reliability.support import SEEDS, expected_index, make_corpus, record, stored_index


def _exact(store, settings) -> dict:
    want = expected_index(settings)
    got = stored_index(store)
    for k in want:
        assert len(got[k]) == len(set(got[k])), f"duplicate {k}"
        assert set(got[k]) == want[k], (k, sorted(set(got[k]) ^ want[k])[:5])
    return {k: len(v) for k, v in want.items()}


def test_build_three_times_then_edit_delete_rename(tmp_path, embeddings):
    from index.build import build
    from index.store import KeywordIndex, Store

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    make_corpus(seeds, 6, seed=5, paragraphs=4)
    settings = make_settings(tmp_path, seeds)
    store = Store(settings, embeddings=embeddings)

    first = build(settings, store)
    counts_1 = _exact(store, settings)
    reports = [build(settings, store) for _ in range(2)]
    for r in reports:
        assert not r.changed and r.chunks_added == 0 and r.chunks_removed == 0
        assert len(r.unchanged) == counts_1["articles"]
    assert _exact(store, settings) == counts_1

    # edit: a paragraph changed in the middle and one appended
    edited = seeds / "gen_002.txt"
    text = edited.read_text()
    old_chunks = store.ids_for(store.chunks, "gen_002")
    text = text.replace("paragraph 1 of report 2", "paragraph one (revised) of report 2")
    edited.write_text(text + "\nA late correction: the vote was postponed until the spring, the clerk said.\n")
    # delete
    (seeds / "gen_004.txt").unlink()
    # rename (same text, new id)
    (seeds / "gen_005.txt").rename(seeds / "renamed article five.txt")

    r = build(settings, store)
    assert r.updated == ["gen_002"] and r.removed == ["gen_004", "gen_005"] and r.added == ["renamed article five"]
    counts_2 = _exact(store, settings)
    ids = set(stored_index(store)["chunks"])
    assert not any(i.startswith(("gen_004:", "gen_005:")) for i in ids)
    new_chunks = store.ids_for(store.chunks, "gen_002")
    stale = old_chunks - new_chunks
    assert stale and not (stale & ids)  # the edited article's old chunks are gone
    art = store.get_article("gen_002")
    assert "late correction" in art.text and "(revised)" in art.text
    kw = KeywordIndex.load_or_build(store)
    assert sorted(kw.ids) == sorted(ids)

    # and once more: nothing to do
    r3 = build(settings, store)
    assert not r3.changed and _exact(store, settings) == counts_2

    record("edits", {
        "builds": 6, "articles_first": counts_1["articles"], "chunks_first": counts_1["chunks"],
        "second_and_third_build_changes": sum(x.chunks_added + x.chunks_removed for x in reports),
        "after_edit_delete_rename": counts_2, "edit_chunks_replaced": len(stale),
        "stale_chunks": 0, "duplicate_chunks": 0,
        "first_build_chunks_added": first.chunks_added, "edit_build": {"added": r.chunks_added, "removed": r.chunks_removed},
    })
