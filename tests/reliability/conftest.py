"""Fixtures for the reliability tests: one `python app.py` for the session (seeds + a hostile article)."""
from __future__ import annotations

import shutil

import pytest

from tests.reliability.support import SEEDS, AppProcess
from tests.reliability.payloads import HOSTILE_ARTICLE


@pytest.fixture(scope="session")
def app(tmp_path_factory):
    """The web chat over the project's seeds plus an article full of markup, default queue settings."""
    tmp = tmp_path_factory.mktemp("rel-app")
    seeds = tmp / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "zz_hostile_markup.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    proc = AppProcess(tmp, seeds)
    yield proc
    proc.stop()
