"""Chroma client/server mode against a real `chroma run` on loopback, and two app replicas on it.

The server is the `chroma` command that ships with chromadb, started by the test in a
temporary folder on a free port. Nothing is mocked: the indexer and the bots talk to it over
HTTP (`BOT_CHROMA_HOST`), each replica with its own `BOT_DATA_DIR` for its keyword index.
"""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import SEEDS, make_settings

CHROMA = Path(sys.executable).with_name("chroma")
Q_000 = "How long did the 2010 Ofsted inspection of Birmingham's child safeguarding services last?"
Q_003 = "What caused Hakeem Hussain's death?"
A_000, A_003 = "000_91bfd084be6950a7", "003_e853d6f147eabd0e"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    if not CHROMA.exists():
        pytest.skip(f"the chroma command is not installed beside {sys.executable}")
    path = tmp_path_factory.mktemp("chroma-server")
    port = _free_port()
    log = (path / "server.log").open("wb")
    proc = subprocess.Popen([str(CHROMA), "run", "--path", str(path / "db"), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/api/v2/heartbeat"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"chroma run did not come up on port {port}: {(path / 'server.log').read_text()[-2000:]}")
        time.sleep(0.2)
    yield "127.0.0.1", port
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


def _server_settings(tmp: Path, seeds: Path, host_port, name: str):
    host, port = host_port
    return make_settings(tmp / name, seeds, chroma_host=host, chroma_port=port)


def _cites(answer, source: str) -> bool:
    return not answer.refused and any(c.source == source and c.verified for c in answer.citations)


def test_settings_from_environment_select_the_server(monkeypatch, tmp_path):
    from bot.settings import Settings

    monkeypatch.setenv("BOT_CHROMA_HOST", "127.0.0.1")
    monkeypatch.setenv("BOT_CHROMA_PORT", "8123")
    s = Settings(data_dir=tmp_path)
    assert (s.chroma_host, s.chroma_port) == ("127.0.0.1", 8123)


def test_index_and_answer_through_the_server(chroma_server, tmp_path, embeddings):
    import chromadb

    from bot.chain import build_chain
    from index.build import build
    from index.store import Store

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    settings = _server_settings(tmp_path, seeds, chroma_server, "solo")
    store = Store(settings, embeddings=embeddings)
    report = build(settings, store)
    assert report.articles == 3 and report.chunks > 0
    assert not (settings.data_dir / "chroma").exists()  # the vectors live on the server, not here
    other = chromadb.HttpClient(host=chroma_server[0], port=chroma_server[1])
    assert other.get_collection("minilm_chunks").count() == report.chunks

    bot = build_chain(settings, store, build_if_empty=False)
    assert _cites(bot.ask(Q_000), A_000)
    # a second build over HTTP finds nothing to do
    again = build(settings, store)
    assert again.unchanged and not again.changed


def test_two_replicas_share_one_server(chroma_server, tmp_path, embeddings):
    """Replica A indexes; replica B, with its own data_dir, answers from the same server, and
    picks up an article A adds later without a restart."""
    from bot.chain import build_chain
    from index.build import add_files, build
    from index.store import Store

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for p in SEEDS.glob("*.txt"):
        if p.stem != A_003:
            shutil.copy(p, seeds / p.name)
    prefix_kw = {"embeddings": "local"}
    sa = _server_settings(tmp_path, seeds, chroma_server, "replica-a")
    sb = _server_settings(tmp_path, seeds, chroma_server, "replica-b")
    assert sa.collection_prefix == sb.collection_prefix == "minilm", prefix_kw
    store_a, store_b = Store(sa, embeddings=embeddings), Store(sb, embeddings=embeddings)
    build(sa, store_a)  # also removes what the previous test left on the shared server
    bot_a = build_chain(sa, store_a, build_if_empty=False)
    bot_b = build_chain(sb, store_b, build_if_empty=False)

    assert _cites(bot_a.ask(Q_000), A_000)
    assert _cites(bot_b.ask(Q_000), A_000)  # B built its own keyword index from the server
    assert (sb.data_dir / "keyword" / "minilm" / "CURRENT").is_file()
    before = bot_b.ask(Q_003)
    assert not _cites(before, A_003)  # not indexed yet, so B cannot cite it

    add_files(sa, [SEEDS / f"{A_003}.txt"], store_a)  # A adds an article and publishes the change
    assert _cites(bot_a.ask(Q_003), A_003)

    deadline = time.monotonic() + 30
    while True:
        ans = bot_b.ask(Q_003)
        store_b.wait_keyword_refresh(10)
        if _cites(ans, A_003):
            break
        assert time.monotonic() < deadline, f"replica B never saw the added article: {ans.answer!r}"
        time.sleep(0.5)
    kw_b = store_b.keyword_index()
    assert any(s == A_003 for s, _, _ in kw_b.spans)
    assert kw_b.fingerprint == store_a.keyword_index().fingerprint == store_b.published_keyword()
