"""index/build.py + index/store.py on a real Chroma and a real BM25 index in temporary folders.

The embedding model is the session's (loaded once) and passed in through `Store(settings, embeddings=...)`.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import make_settings
from index.build import add_files, build, remove_articles
from index.store import Store, sentence_id
from index.text import chunk_article, load_article, tokens
from tiny_corpus import FOOTBALL, FOOTBALL_ID, TRAM, TRAM_ID, write_corpus

LIBRARY_ID = "westbrook_library"
LIBRARY = """\
Westbrook library reopens with a reading garden

Westbrook's central library reopened on Saturday after a two-year refurbishment costing £4.2 million.

The architect, Priya Venkataraman, designed a reading garden on the roof with 30 benches.

The library now lends 60,000 books and 400 telescopes, a first for the county.

Head librarian Colm O'Rourke said visitor numbers had doubled in the first week.
"""


def open_store(tmp: Path, seeds: Path, embeddings, **kw) -> tuple:
    settings = make_settings(tmp, seeds, **kw)
    return settings, Store(settings, embeddings=embeddings)


@pytest.fixture
def corpus(tmp_path) -> Path:
    d = write_corpus(tmp_path / "articles")
    (d / f"{LIBRARY_ID}.txt").write_text(LIBRARY, encoding="utf-8")
    return d


def chunk_rows(store: Store, source: str) -> dict[str, dict]:
    got = store.chunks.get(where={"source": source}, include=["documents", "metadatas"])
    return {i: {"doc": d, **m} for i, d, m in zip(got["ids"], got["documents"], got["metadatas"])}


def keyword_sources(store: Store, word: str) -> list[str]:
    return [h.source for h in store.keyword_search(tokens(word), k=5)]


def assert_offsets_point_at_text(store: Store, source: str) -> None:
    art = store.get_article(source)
    assert art is not None
    rows = chunk_rows(store, source)
    assert rows
    for row in rows.values():
        assert art.text[row["start"]:row["end"]] == row["doc"]
    sents = store.sentences.get(where={"source": source}, include=["documents", "metadatas"])
    assert sents["ids"]
    for doc, meta in zip(sents["documents"], sents["metadatas"]):
        assert art.text[meta["start"]:meta["end"]] == doc


def test_every_seed_article_is_chunked_and_offsets_point_at_its_stored_text(tmp_path, seeds_copy, embeddings):
    settings, store = open_store(tmp_path, seeds_copy, embeddings)
    report = build(settings, store)
    ids = sorted(p.stem for p in seeds_copy.glob("*.txt"))
    assert sorted(report.added) == ids and not report.skipped
    assert report.articles == len(ids)
    total = 0
    for source in ids:
        assert_offsets_point_at_text(store, source)
        art = store.get_article(source)
        assert art.text == (seeds_copy / f"{source}.txt").read_text(encoding="utf-8")
        total += len(chunk_rows(store, source))
    assert store.count()["chunks"] == total == report.chunks


def test_second_build_is_a_no_op(tmp_path, corpus, embeddings):
    settings, store = open_store(tmp_path, corpus, embeddings)
    first = build(settings, store)
    ids_before = set(store.chunks.get(include=[])["ids"])
    sents_before = set(store.sentences.get(include=[])["ids"])
    second = build(settings, Store(settings, embeddings=embeddings))
    assert sorted(second.unchanged) == sorted([TRAM_ID, FOOTBALL_ID, LIBRARY_ID])
    assert not (second.added or second.updated or second.removed or second.skipped)
    assert second.chunks_added == 0 and second.chunks_removed == 0
    assert second.chunks == first.chunks == len(ids_before)
    assert set(store.chunks.get(include=[])["ids"]) == ids_before
    assert set(store.sentences.get(include=[])["ids"]) == sents_before


def test_editing_an_article_replaces_its_chunks_and_leaves_the_others(tmp_path, corpus, embeddings):
    settings, store = open_store(tmp_path, corpus, embeddings)
    build(settings, store)
    old_tram = set(chunk_rows(store, TRAM_ID))
    old_tram_sents = store.ids_for(store.sentences, TRAM_ID)
    others = {s: set(chunk_rows(store, s)) for s in (FOOTBALL_ID, LIBRARY_ID)}
    assert keyword_sources(store, "Quillfeather")[:1] == [TRAM_ID]

    # new lead paragraph (shifts every offset) and the engineer's name changes
    edited = TRAM.replace(
        "The Kestrel Vale tram line will carry",
        "Zephyrine Okonkwo-Baptiste has been named the line's first tram driver.\n\nThe Kestrel Vale tram line will carry",
    ).replace("Marta Quillfeather", "Marta Dunleavy")
    (corpus / f"{TRAM_ID}.txt").write_text(edited, encoding="utf-8")
    report = build(settings, store)

    assert report.updated == [TRAM_ID] and sorted(report.unchanged) == sorted(others)
    new_tram = chunk_rows(store, TRAM_ID)
    assert not (old_tram & set(new_tram)), "old chunks of the edited article must be gone"
    art = load_article(corpus / f"{TRAM_ID}.txt", settings.max_article_bytes)
    want_sents = {sentence_id(TRAM_ID, a, b, edited[a:b]) for a, b in art.sentences()}
    assert store.ids_for(store.sentences, TRAM_ID) == want_sents  # exactly the new sentences, no stale ones
    assert old_tram_sents - want_sents and not ((old_tram_sents - want_sents) & store.ids_for(store.sentences, TRAM_ID))
    for source, ids in others.items():
        assert set(chunk_rows(store, source)) == ids
    assert len(new_tram) == len(chunk_article(art, settings.chunk_chars))
    assert store.count()["chunks"] == len(new_tram) + sum(len(v) for v in others.values())
    assert store.get_article(TRAM_ID).text == edited
    assert_offsets_point_at_text(store, TRAM_ID)

    # the new text is searchable both ways; the old name is gone from the keyword index
    assert keyword_sources(store, "Okonkwo-Baptiste")[:1] == [TRAM_ID]
    assert keyword_sources(store, "Quillfeather") == []
    vec = embeddings.embed_query("Who is the first tram driver of the Kestrel Vale line?")
    top = store.dense_search(vec, k=1)[0]
    assert top.source == TRAM_ID
    assert "Zephyrine" in store.get_article(TRAM_ID).text[top.start:top.end]


def test_edited_article_is_answered_from_its_new_text(tmp_path, corpus, embeddings):
    from bot.chain import build_chain

    settings, store = open_store(tmp_path, corpus, embeddings)
    build(settings, store)
    edited = TRAM.replace("£61 million", "£75 million").replace("£40 million", "£52 million")
    (corpus / f"{TRAM_ID}.txt").write_text(edited, encoding="utf-8")
    build(settings, store)
    ans = build_chain(settings, store).ask("How much will rebuilding the Kestrel Vale tram line cost?")
    assert not ans.refused, ans.answer
    assert "75 million" in ans.answer and "61 million" not in ans.answer
    assert any(c.source == TRAM_ID and c.verified for c in ans.citations)


def test_deleting_a_file_removes_all_its_chunks_and_sentences(tmp_path, corpus, embeddings):
    settings, store = open_store(tmp_path, corpus, embeddings)
    build(settings, store)
    football_chunks = set(chunk_rows(store, FOOTBALL_ID))
    assert keyword_sources(store, "Calloway")[:1] == [FOOTBALL_ID]
    (corpus / f"{FOOTBALL_ID}.txt").unlink()
    report = build(settings, store)
    assert report.removed == [FOOTBALL_ID]
    assert report.chunks_removed == len(football_chunks)
    assert store.ids_for(store.chunks, FOOTBALL_ID) == set()
    assert store.ids_for(store.sentences, FOOTBALL_ID) == set()
    assert store.get_article(FOOTBALL_ID) is None
    assert FOOTBALL_ID not in store.article_records()
    assert keyword_sources(store, "Calloway") == []
    assert report.articles == 2
    assert_offsets_point_at_text(store, TRAM_ID)


def test_bad_files_are_skipped_with_a_reason_and_good_ones_indexed(tmp_path, corpus, embeddings):
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "blank.txt").write_bytes(b"  \n\n\t ")
    (corpus / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (corpus / "latin1.txt").write_bytes("Café owners on the Kestrel Vale tram route are pleased.".encode("latin-1"))
    (corpus / "huge.txt").write_text("A very long article about trams. " * 200, encoding="utf-8")
    settings, store = open_store(tmp_path, corpus, embeddings, max_article_bytes=3000)
    assert all(len(t.encode()) < 3000 for t in (TRAM, FOOTBALL, LIBRARY))
    report = build(settings, store)
    reasons = dict(report.skipped)
    assert set(reasons) == {"empty.txt", "blank.txt", "picture.txt", "latin1.txt", "huge.txt"}
    assert "empty" in reasons["empty.txt"] and "empty" in reasons["blank.txt"]
    assert "binary" in reasons["picture.txt"]
    assert "UTF-8" in reasons["latin1.txt"]
    assert "too large" in reasons["huge.txt"]
    assert all("\n" not in r for r in reasons.values())
    assert sorted(report.added) == sorted([TRAM_ID, FOOTBALL_ID, LIBRARY_ID])
    assert set(store.article_records()) == {TRAM_ID, FOOTBALL_ID, LIBRARY_ID}
    for name in reasons:
        assert store.ids_for(store.chunks, Path(name).stem) == set()
    for line in (f"skipped {n}: " for n in reasons):
        assert line in report.summary()


BAD_VERSIONS = {
    "empty": b"",
    "binary": b"\x00\x01\x02 binary junk \x00",
    "not UTF-8": "Café owners along the tram route are pleased".encode("latin-1"),
    "too large": b"A far too long tram article. " * 200,
}


def test_a_bad_new_version_keeps_the_old_indexed_version(tmp_path, corpus, embeddings):
    settings, store = open_store(tmp_path, corpus, embeddings, max_article_bytes=3000)
    build(settings, store)
    before_chunks = set(chunk_rows(store, TRAM_ID))
    before_sents = store.ids_for(store.sentences, TRAM_ID)
    for kind, bad in BAD_VERSIONS.items():
        (corpus / f"{TRAM_ID}.txt").write_bytes(bad)
        report = build(settings, store)
        assert [name for name, _ in report.skipped] == [f"{TRAM_ID}.txt"], kind
        assert kind.lower() in report.skipped[0][1].lower()
        assert TRAM_ID not in report.removed and report.chunks_removed == 0, kind
        assert set(chunk_rows(store, TRAM_ID)) == before_chunks, kind
        assert store.ids_for(store.sentences, TRAM_ID) == before_sents, kind
        assert store.get_article(TRAM_ID).text == TRAM, kind
        assert keyword_sources(store, "Quillfeather")[:1] == [TRAM_ID], kind
        # and through add_files as well
        report = add_files(settings, [corpus / f"{TRAM_ID}.txt"], store)
        assert report.skipped and not report.updated, kind
        assert set(chunk_rows(store, TRAM_ID)) == before_chunks, kind


def test_add_files_and_remove_articles(tmp_path, corpus, embeddings):
    (corpus / f"{LIBRARY_ID}.txt").unlink()
    settings, store = open_store(tmp_path, corpus, embeddings)
    build(settings, store)
    tram_chunks = set(chunk_rows(store, TRAM_ID))
    elsewhere = tmp_path / "incoming"
    elsewhere.mkdir()
    (elsewhere / f"{LIBRARY_ID}.txt").write_text(LIBRARY, encoding="utf-8")

    report = add_files(settings, [elsewhere / f"{LIBRARY_ID}.txt"], store)
    assert report.added == [LIBRARY_ID] and report.chunks_added > 0
    assert set(store.article_records()) == {TRAM_ID, FOOTBALL_ID, LIBRARY_ID}
    assert_offsets_point_at_text(store, LIBRARY_ID)
    assert keyword_sources(store, "telescopes")[:1] == [LIBRARY_ID]
    assert set(chunk_rows(store, TRAM_ID)) == tram_chunks

    again = add_files(settings, [elsewhere / f"{LIBRARY_ID}.txt"], store)
    assert again.unchanged == [LIBRARY_ID] and again.chunks_added == 0

    report = remove_articles(settings, [LIBRARY_ID, "no_such_article"], store)
    assert report.removed == [LIBRARY_ID]
    assert [s for s, _ in report.skipped] == ["no_such_article"]
    assert store.ids_for(store.chunks, LIBRARY_ID) == set()
    assert store.ids_for(store.sentences, LIBRARY_ID) == set()
    assert store.get_article(LIBRARY_ID) is None
    assert keyword_sources(store, "telescopes") == []
    assert set(chunk_rows(store, TRAM_ID)) == tram_chunks
    assert store.count()["articles"] == 2


def test_keyword_index_finds_a_rare_word_and_follows_edits(tmp_path, corpus, embeddings):
    settings, store = open_store(tmp_path, corpus, embeddings)
    build(settings, store)
    hits = store.keyword_search(tokens("telescopes"), k=3)
    assert hits and hits[0].source == LIBRARY_ID
    art = store.get_article(LIBRARY_ID)
    assert "telescopes" in art.text[hits[0].start:hits[0].end]
    assert store.keyword_search(tokens("submarine"), k=3) == []

    (corpus / f"{LIBRARY_ID}.txt").write_text(LIBRARY.replace("400 telescopes", "400 harpsichords"), encoding="utf-8")
    build(settings, store)
    assert keyword_sources(store, "telescopes") == []
    hits = store.keyword_search(tokens("harpsichords"), k=3)
    assert hits and hits[0].source == LIBRARY_ID
    assert "harpsichords" in store.get_article(LIBRARY_ID).text[hits[0].start:hits[0].end]

    # a fresh Store on the same folder loads the saved keyword index and sees the same thing
    reopened = Store(settings, embeddings=embeddings)
    assert keyword_sources(reopened, "harpsichords")[:1] == [LIBRARY_ID]


def test_starting_on_another_folder_syncs_the_index_to_it(tmp_path, corpus, seeds_copy, embeddings):
    """Same BOT_DATA_DIR, another BOT_SEEDS_DIR: the bot must answer from the new folder only."""
    from index.build import ensure_index

    first = make_settings(tmp_path, seeds_copy)
    store = Store(first, embeddings=embeddings)
    ensure_index(first, store)
    assert set(store.article_records()) == {p.stem for p in seeds_copy.glob("*.txt")}

    second = make_settings(tmp_path, corpus)
    report = ensure_index(second, Store(second, embeddings=embeddings))
    assert report is not None and report.removed
    fresh = Store(second, embeddings=embeddings)
    wanted = {p.stem for p in corpus.glob("*.txt")}
    assert TRAM_ID in wanted and not wanted & set(first_ids := {p.stem for p in seeds_copy.glob("*.txt")})
    assert set(fresh.article_records()) == wanted
    assert {m["source"] for _, m in fresh.all_chunks()} == wanted
    assert not first_ids & {h.source for h in fresh.keyword_search(tokens("Ofsted Birmingham"), k=10)}
    assert ensure_index(second, fresh) is None  # already in step: nothing to do


def test_fusion_keeps_each_lists_best_hit():
    from bot.retrieve import fuse
    from index.store import Hit

    def hits(prefix: str, n: int) -> list[Hit]:
        return [Hit(f"{prefix}{i}", "a", i, i + 1, 1.0 - i / 100) for i in range(n)]
    dense = [Hit(f"s{i}", "a", i, i + 1, 0.9) for i in range(20)]
    keyword = [Hit("k0", "a", 99, 100, 5.0)] + [Hit(f"s{i}", "a", i, i + 1, 1.0) for i in range(20)]
    top = fuse(dense, keyword, k=5)
    # ("k0" is first by its words and absent by meaning: ranked by fusion alone it would be cut)
    assert [p.id for p in top[:5]] == ["s0", "s1", "s2", "s3", "s4"], [p.id for p in top]
    assert top[-1].id == "k0" and len(top) == 6
    assert len(fuse(hits("x", 10), hits("x", 10), k=5)) == 5  # (both lists agree: nothing added)
