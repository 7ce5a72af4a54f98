"""Bad articles beside good ones: each bad file is skipped with its reason, every good one is indexed,
and `python -m index build` says by its exit status (3) that something was skipped."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import time

from tests.reliability.support import PY, ROOT, SEEDS, child_env, expected_index, make_corpus, record, stored_index

# file name -> (bytes, the words its skip reason must contain); None: a good article, must be indexed
UNICODE_NAME = "Straße café — naïve ünïcode name 東京.txt"


def _bad_files(good_text: bytes) -> dict[str, tuple[bytes | None, str | None]]:
    return {
        "empty.txt": (b"", "empty"),
        "whitespace only.txt": (b"  \n\t\n   \r\n ", "empty"),
        "latin1.txt": ("Caf\u00e9 owners in M\u00fcnster said the r\u00e9gime of fees was unfair.".encode("latin-1"),
                       "not UTF-8"),
        "binary.txt": (bytes(range(256)) * 64, "binary"),
        "control chars.txt": ("Some words \x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12".encode() * 3,
                              "binary"),
        "huge.txt": (b"Word " * (20 * 1024 * 1024 // 5), "too large"),
        "zz duplicate of 003.txt": (good_text, "duplicate"),
        UNICODE_NAME: ("Unicode names are fine\n\nThe café in Straße Lane reopened on Tuesday, owner "
                       "Zélie Okonkwo-Åberg said, after a flood closed it for nine weeks.".encode(), None),
    }


def test_bad_articles_are_skipped_with_reasons_and_good_ones_indexed(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    make_corpus(seeds, 2, seed=11, paragraphs=3)
    good_text = (SEEDS / "003_e853d6f147eabd0e.txt").read_bytes()
    files = _bad_files(good_text)
    for name, (data, _) in files.items():
        (seeds / name).write_bytes(data)
    os.symlink(seeds / "000_91bfd084be6950a7.txt", seeds / "a symlink.txt")
    files["a symlink.txt"] = (None, "symbolic link")
    (seeds / "notes.md").write_text("not an article: other extensions are ignored")

    env = child_env(tmp_path / "data", seeds)
    t0 = time.monotonic()
    run = subprocess.run([PY, "-m", "index", "build", "--json"], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=600)
    seconds = time.monotonic() - t0
    assert run.returncode == 3, run.stderr[-2000:]
    report = json.loads(run.stdout)
    skipped = dict(report["skipped"])

    expect_skipped = {n: why for n, (_, why) in files.items() if why}
    assert set(skipped) == set(expect_skipped), skipped
    for name, why in expect_skipped.items():
        assert why.lower() in skipped[name].lower(), (name, skipped[name])
        assert len(skipped[name].splitlines()) == 1
    assert "notes.md" not in skipped

    from bot.settings import Settings
    from index.store import Store

    settings = Settings(data_dir=tmp_path / "data", seeds_dir=seeds, llm="extractive")
    want = expected_index(settings)
    store = Store(settings)
    got = stored_index(store)
    good_ids = {p.stem for p in seeds.glob("*.txt") if p.name not in expect_skipped}
    assert want["articles"] == good_ids
    assert set(got["articles"]) == good_ids and UNICODE_NAME[:-4] in got["articles"]
    assert sorted(got["chunks"]) == sorted(want["chunks"])
    assert sorted(got["sentences"]) == sorted(want["sentences"])

    # the bad files gone, the build is clean: exit 0, nothing changes
    for name in expect_skipped:
        (seeds / name).unlink()
    again = subprocess.run([PY, "-m", "index", "build", "--json"], cwd=ROOT, env=env, capture_output=True, text=True,
                           timeout=600)
    assert again.returncode == 0, again.stderr[-2000:]
    rep2 = json.loads(again.stdout)
    assert rep2["skipped"] == [] and rep2["added"] == [] and rep2["removed"] == [] and rep2["chunks_added"] == 0

    record("bad_articles", {
        "files": len(files) + len(good_ids), "bad_files": len(expect_skipped), "good_articles": len(good_ids),
        "skipped": skipped, "indexed_articles": len(got["articles"]), "indexed_chunks": len(got["chunks"]),
        "expected_chunks": len(want["chunks"]), "exit_status_with_bad_files": run.returncode,
        "exit_status_clean": again.returncode, "build_seconds": round(seconds, 1),
    })
