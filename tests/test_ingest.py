"""Uploading one article: a good file is saved and answerable; a bad one is refused and changes nothing.

One index is built for the module: the refusals run first (each checks that nothing changed),
the good upload last.
"""
from __future__ import annotations

import shutil

import pytest

from bot.chain import build_chain
from index.ingest import UploadError, check_name, ingest_upload
from index.store import Store
from tests.articles import BAKERY
from tests.conftest import SEEDS, make_settings


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embeddings):
    tmp = tmp_path_factory.mktemp("ingest")
    shutil.copytree(SEEDS, tmp / "seeds")
    settings = make_settings(tmp, tmp / "seeds", max_article_bytes=20_000)
    return build_chain(settings, Store(settings, embeddings=embeddings))


def _state(bot):
    recs = bot.store.article_records()
    files = sorted((p.name, p.read_bytes()) for p in bot.settings.seeds_dir.iterdir())
    return {k: v["sha256"] for k, v in recs.items()}, bot.store.chunk_fingerprint(), files


@pytest.mark.parametrize("name, data, reason", [
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    ("latin1.txt", "Caf\u00e9 owners in Little Wexcombe protest\n\nThe caf\u00e9 closed.".encode("latin-1"), "not UTF-8"),
    ("huge.txt", ("Little Wexcombe news\n\n" + "The bakers baked more bread. " * 2000).encode(), "too large"),
    ("empty.txt", b"   \n", "empty"),
    ("../escape.txt", BAKERY.encode(), "without folders"),
    ("sub/dir.txt", BAKERY.encode(), "without folders"),
    ("..\\escape.txt", BAKERY.encode(), "without folders"),
    (".hidden.txt", BAKERY.encode(), "hidden"),
    ("article.pdf", BAKERY.encode(), "not a .txt"),
    ("article", BAKERY.encode(), "not a .txt"),
    ("<script>.txt", BAKERY.encode(), "bad file name"),
    ("004_4b179ad614762097.txt", BAKERY.encode(), "already exists"),
])
def test_a_bad_upload_is_refused_with_a_reason_and_changes_nothing(bot, name, data, reason):
    before = _state(bot)
    with pytest.raises(UploadError) as e:
        ingest_upload(bot.settings, bot.store, name, data)
    assert reason in str(e.value)
    assert "\n" not in str(e.value)
    assert _state(bot) == before


def test_the_same_text_under_another_name_is_refused(bot):
    same = (bot.settings.seeds_dir / "003_e853d6f147eabd0e.txt").read_bytes()
    before = _state(bot)
    with pytest.raises(UploadError, match="same text as 003_e853d6f147eabd0e.txt"):
        ingest_upload(bot.settings, bot.store, "copy.txt", same)
    assert _state(bot) == before


def test_plain_names_are_accepted():
    assert check_name("Wexcombe bakery 2024-06.txt") == "Wexcombe bakery 2024-06"
    assert check_name("café_news.TXT") == "café_news"


def test_a_good_upload_is_saved_indexed_and_answerable(bot):
    before = _state(bot)
    got = ingest_upload(bot.settings, bot.store, "wexcombe_bakery.txt", BAKERY.encode("utf-8"))
    assert got.id == "wexcombe_bakery" and got.title == "Little Wexcombe bakery festival draws record crowds"
    assert got.chunks >= 1
    assert (bot.settings.seeds_dir / "wexcombe_bakery.txt").read_text(encoding="utf-8") == BAKERY
    recs = bot.store.article_records()
    assert set(recs) == set(before[0]) | {"wexcombe_bakery"}
    assert all(recs[k]["sha256"] == sha for k, sha in before[0].items())  # the others are untouched

    ans = bot.ask("Who won the prize for the best sourdough loaf at the Little Wexcombe festival?")
    assert not ans.refused, ans.answer
    assert "Marigold Threlfall" in ans.answer
    cited = [c for c in ans.citations if c.source == "wexcombe_bakery"]
    assert cited and all(c.verified for c in cited)
    text = bot.store.get_article("wexcombe_bakery").text
    assert text[cited[0].start:cited[0].end] == cited[0].quote
