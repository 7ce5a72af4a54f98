"""Shared pieces of the reliability tests: sizes, figures, a generated corpus, the app as a process.

`FULL` is true with RELIABILITY_FULL=1: the tests then run at the sizes RELIABILITY.md quotes
(20 kills, 50 x 10 conversations, 300 at once, a 20-minute soak); by default they run a
reduced form of the same test. Every test writes what it measured to
`artifacts/reliability/<name>.json` with `record(name, figures)`.
"""
from __future__ import annotations

import json
import os
import random
import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

from langchain_core.embeddings import Embeddings

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
ARTIFACTS = ROOT / "artifacts" / "reliability"
FULL = os.environ.get("RELIABILITY_FULL") == "1"
PY = sys.executable


def size(reduced, full):
    return full if FULL else reduced


def record(name: str, figures: dict) -> dict:
    """Write the test's figures (with the size it ran at) to artifacts/reliability/<name>.json."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    out = {"test": name, "full": FULL, "when": time.strftime("%Y-%m-%d %H:%M:%S"), **figures}
    (ARTIFACTS / f"{name}.json").write_text(json.dumps(out, indent=2, ensure_ascii=False, default=str))
    return out


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    k = (len(s) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


# --------------------------------------------------------------------------- embeddings seam

class CountingEmbeddings(Embeddings):
    """The real local model behind LangChain's `Embeddings`, counting every call made through it."""

    def __init__(self, inner: Embeddings):
        self.inner = inner
        self.calls = 0
        self.texts = 0
        self._lock = threading.Lock()

    def _count(self, n: int) -> None:
        with self._lock:
            self.calls += 1
            self.texts += n

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self._count(len(texts))
        return self.inner.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        self._count(1)
        return self.inner.embed_query(text)

    def reset(self) -> None:
        with self._lock:
            self.calls = self.texts = 0


# --------------------------------------------------------------------------- a made-up corpus

_TOWNS = ["Ashcombe", "Brindlewick", "Carrowmere", "Dunhollow", "Elverton", "Fenmarsh", "Glasswater", "Hollinsby",
          "Ivybridge Vale", "Juniper Cross", "Kestrelford", "Larkhaven", "Mossgate", "Northwold", "Oakenfield",
          "Pellridge", "Quarrytown", "Redmoor", "Saltney Bay", "Thornbury Heath"]
_FIRST = ["Alys", "Bertram", "Cordelia", "Dafydd", "Eluned", "Fergus", "Gwendolen", "Hamish", "Imogen", "Jasper",
          "Keziah", "Lysander", "Morwenna", "Nathaniel", "Ottoline", "Peregrine", "Rosalind", "Tobias"]
_LAST = ["Ashdown", "Blackwood", "Carver", "Dunmore", "Ellery", "Fairweather", "Greythorne", "Holloway", "Inchbald",
         "Jessop", "Kingsley", "Lockhart", "Merriweather", "Northcott", "Oldcastle", "Penrose", "Quenby", "Rackham"]
_TOPICS = [("library", "reading rooms"), ("bridge", "river crossing"), ("market", "stalls"), ("swimming pool", "lanes"),
           ("bus route", "timetable"), ("school", "classrooms"), ("harbour wall", "moorings"), ("clinic", "waiting list"),
           ("park", "playground"), ("museum", "galleries")]


def article_text(i: int, rng: random.Random, paragraphs: int = 8) -> str:
    town = _TOWNS[i % len(_TOWNS)] + ("" if i < len(_TOWNS) else f" {i // len(_TOWNS) + 1}")
    topic, part = _TOPICS[i % len(_TOPICS)]
    person = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    year = 2010 + i % 14
    lines = [f"{town} council approves new {topic} plan (report {i})", ""]
    for p in range(paragraphs):
        n = rng.randint(2, 980)
        cost = rng.randint(10, 900) * 1000
        lines.append(
            f"In {year} the council in {town} agreed to spend {cost:,} pounds on the {topic}, paragraph {p} of report {i}. "
            f"Councillor {person} said the {part} would open to {n} residents within months. "
            f"Critics in {town} argued that the money for the {topic} should have gone to roads instead, and "
            f"a survey of {n + 7} households found mixed views on the {part}. "
            f"The {topic} committee will meet again on the {rng.randint(1, 28)}th of the month to review item {p}."
        )
        lines.append("")
    return "\n".join(lines)


def make_corpus(folder: Path, n: int, seed: int = 7, paragraphs: int = 8) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for i in range(n):
        p = folder / f"gen_{i:03d}.txt"
        p.write_text(article_text(i, rng, paragraphs), encoding="utf-8")
        paths.append(p)
    return paths


def expected_index(settings) -> dict[str, set[str]]:
    """What the store must hold for the folder as it is now: chunk ids and sentence ids per article."""
    from index.build import scan
    from index.store import sentence_id
    from index.text import chunk_article

    arts, _ = scan(settings.seeds_dir, settings.max_article_bytes)
    chunks, sents = set(), set()
    for a in arts:
        chunks |= {c.id for c in chunk_article(a, settings.chunk_chars)}
        sents |= {sentence_id(a.id, s, e, a.text[s:e]) for s, e in a.sentences()}
    return {"articles": {a.id for a in arts}, "chunks": chunks, "sentences": sents}


def stored_index(store) -> dict[str, list[str]]:
    """Ids as lists, so duplicates would show (Chroma ids are unique, but we check what we get)."""
    return {"articles": store.articles.get(include=[])["ids"], "chunks": store.chunks.get(include=[])["ids"],
            "sentences": store.sentences.get(include=[])["ids"]}


def child_env(data_dir: Path, seeds: Path, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "BOT_"))}
    env.update(BOT_DATA_DIR=str(data_dir), BOT_SEEDS_DIR=str(seeds), BOT_LLM="extractive", HF_HUB_OFFLINE="1",
               TRANSFORMERS_OFFLINE="1", GRADIO_ANALYTICS_ENABLED="False", ANONYMIZED_TELEMETRY="False",
               TOKENIZERS_PARALLELISM="false", TRANSFORMERS_VERBOSITY="error")
    env.update({k: str(v) for k, v in extra.items()})
    return env


# --------------------------------------------------------------------------- the app as a process

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class AppProcess:
    """`python app.py` on 127.0.0.1 and a free port, as a user starts it."""

    def __init__(self, tmp: Path, seeds: Path, start_timeout: float = 180, **env):
        self.tmp = tmp
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.log_path = tmp / f"app-{self.port}.log"
        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen([PY, "app.py"], cwd=ROOT, stdout=self._log, stderr=subprocess.STDOUT,
                                     env=child_env(tmp / "data", seeds, BOT_HOST="127.0.0.1", BOT_PORT=self.port, **env))
        deadline = time.monotonic() + start_timeout
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"app.py exited with {self.proc.returncode}:\n{self.log()[-3000:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"app.py did not listen within {start_timeout}s:\n{self.log()[-3000:]}")
                time.sleep(0.5)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc.poll() is None

    def rss_kb(self) -> int:
        status = Path(f"/proc/{self.pid}/status").read_text()
        return int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1))

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=15)
        self._log.close()
