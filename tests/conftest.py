"""Shared fixtures: a real Chroma in a temporary BOT_DATA_DIR, and a guard against the network.

The guard fails any connection to a host other than loopback, for every test: the bot must
work offline, and the tests must not reach out either.
"""
from __future__ import annotations

import ipaddress
import os
import shutil
import socket
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "BOT_LLM", "BOT_CHROMA_HOST", "BOT_DATA_DIR", "BOT_SEEDS_DIR"):
    os.environ.pop(var, None)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _loopback(address) -> bool:
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _guarded(real):
    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _loopback(address):
            raise OSError(f"test network guard: connection to {address!r} refused (only 127.0.0.1 is allowed)")
        return real(self, address)
    return connect


@pytest.fixture(autouse=True, scope="session")
def no_network():
    socket.socket.connect = _guarded(_real_connect)
    socket.socket.connect_ex = _guarded(_real_connect_ex)
    yield
    socket.socket.connect = _real_connect
    socket.socket.connect_ex = _real_connect_ex


def make_settings(tmp: Path, seeds: Path | None = None, **kw):
    from bot.settings import Settings

    return Settings(data_dir=tmp / "data", seeds_dir=seeds or SEEDS, llm=kw.pop("llm", "extractive"), **kw)


@pytest.fixture(scope="session")
def embeddings():
    from index.embeddings import LocalMiniLMEmbeddings

    return LocalMiniLMEmbeddings()


@pytest.fixture(scope="session")
def seeds_bot(tmp_path_factory, embeddings):
    """A bot over the project's seeds, indexed once for the session into a temporary folder."""
    from bot.chain import build_chain
    from index.store import Store

    tmp = tmp_path_factory.mktemp("seeds-bot")
    seeds = tmp / "seeds"
    shutil.copytree(SEEDS, seeds)
    settings = make_settings(tmp, seeds)
    return build_chain(settings, Store(settings, embeddings=embeddings))


@pytest.fixture
def seeds_copy(tmp_path) -> Path:
    d = tmp_path / "seeds"
    shutil.copytree(SEEDS, d)
    return d
