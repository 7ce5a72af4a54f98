"""Where vectors and keywords live: the one module that opens the stores.

Three Chroma collections per embedding model (`<model>_chunks`, `<model>_sentences`,
`<model>_articles`): chunk vectors for retrieval, sentence vectors for picking the answer
sentence, and each article's stored text (the text every citation's offsets point into),
whose record is written last and so marks the article complete. Beside them, a BM25
keyword index (bm25s) derived from the chunks and saved under `BOT_DATA_DIR`.

Chroma is embedded (`PersistentClient` under `BOT_DATA_DIR/chroma`) unless
`BOT_CHROMA_HOST` is set, then it is a Chroma server over HTTP. Telemetry is off.
`bot/` reads everything through `Store`; nothing here knows how answers are made.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.settings import Settings
from index.text import Article, Chunk, split_sentences, tokens

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

BATCH = 128
YEAR_RE = re.compile(r"\b(?:1[6-9]|20)\d\d\b")


@dataclass(frozen=True)
class StoredArticle:
    id: str
    title: str
    text: str
    date: str | None
    sha256: str
    sentences: tuple[tuple[int, int], ...]
    years: tuple[int, int] | None = None  # the years the article was plausibly published in


def publication_years(text: str, date: str | None) -> tuple[int, int] | None:
    """The stated date's year; else from the latest year the text mentions to three years after it
    (news is published after the events it reports). None when the text names no year."""
    if date:
        m = YEAR_RE.search(date)
        if m:
            return int(m.group(0)), int(m.group(0))
    years = [int(y) for y in YEAR_RE.findall(text)]
    return (max(years), max(years) + 3) if years else None


@dataclass(frozen=True)
class Hit:
    """One chunk found by a search; `score` is the searcher's own (cosine or BM25)."""
    id: str
    source: str
    start: int
    end: int
    score: float


def open_client(settings: Settings):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_host:
        return chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings)
    path = settings.data_dir / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


def _meta_str(v) -> str:
    return "" if v is None else str(v)


class Store:
    def __init__(self, settings: Settings, embeddings=None, client=None):
        self.settings = settings
        self._embeddings = embeddings
        self.client = client or open_client(settings)
        prefix = settings.collection_prefix
        opts = dict(metadata={"hnsw:space": "cosine"}, embedding_function=None)
        self.chunks = self.client.get_or_create_collection(f"{prefix}_chunks", **opts)
        self.sentences = self.client.get_or_create_collection(f"{prefix}_sentences", **opts)
        self.articles = self.client.get_or_create_collection(f"{prefix}_articles", **opts)
        self.keyword_dir = settings.data_dir / "keyword" / prefix
        self._lock = threading.RLock()
        self._article_cache: dict[str, StoredArticle] = {}
        self._sentence_cache: OrderedDict[str, tuple[np.ndarray, np.ndarray]] = OrderedDict()
        self._keyword: KeywordIndex | None = None
        self._vectorstore = None

    # ------------------------------------------------------------------ seams
    @property
    def embeddings(self):
        if self._embeddings is None:
            from index.embeddings import build_embeddings

            self._embeddings = build_embeddings(self.settings)
        return self._embeddings

    @property
    def vectorstore(self):
        """The chunk collection as a LangChain `VectorStore` (dense search goes through it)."""
        if self._vectorstore is None:
            from langchain_chroma import Chroma

            self._vectorstore = Chroma(client=self.client, collection_name=self.chunks.name,
                                       embedding_function=self.embeddings,
                                       collection_metadata={"hnsw:space": "cosine"})
        return self._vectorstore

    # ------------------------------------------------------------------ reading
    def article_records(self) -> dict[str, dict]:
        got = self.articles.get(include=["metadatas"])
        return {i: m for i, m in zip(got["ids"], got["metadatas"])}

    def count(self) -> dict[str, int]:
        return {"articles": self.articles.count(), "chunks": self.chunks.count(), "sentences": self.sentences.count()}

    def get_article(self, source: str) -> StoredArticle | None:
        with self._lock:
            cached = self._article_cache.get(source)
        if cached is not None:
            return cached
        got = self.articles.get(ids=[source], include=["documents", "metadatas"])
        if not got["ids"]:
            return None
        meta, text = got["metadatas"][0], got["documents"][0]
        blocks = json.loads(meta.get("blocks", "[]"))
        sents = tuple(s for b in blocks for s in split_sentences(text, tuple(b)))
        date = meta.get("date") or None
        art = StoredArticle(id=source, title=meta.get("title", source), text=text, date=date,
                            sha256=meta.get("sha256", ""), sentences=sents, years=publication_years(text, date))
        with self._lock:
            self._article_cache[source] = art
        return art

    def dense_search(self, vector: list[float], k: int) -> list[Hit]:
        if self.chunks.count() == 0:
            return []
        pairs = self.vectorstore.similarity_search_by_vector_with_relevance_scores(vector, k=k)
        return [Hit(id=d.id or d.metadata.get("id", ""), source=d.metadata["source"], start=int(d.metadata["start"]),
                    end=int(d.metadata["end"]), score=1.0 - float(dist)) for d, dist in pairs]

    def keyword_search(self, query_tokens: list[str], k: int) -> list[Hit]:
        return self.keyword_index().search(query_tokens, k)

    def keyword_index(self) -> "KeywordIndex":
        with self._lock:
            if self._keyword is None or self._keyword.stale(self):
                self._keyword = KeywordIndex.load_or_build(self)
            return self._keyword

    def sentence_vectors(self, source: str) -> tuple[np.ndarray, np.ndarray]:
        """(spans [n,2] int, unit vectors [n,d] float32) for one article's sentences."""
        with self._lock:
            if source in self._sentence_cache:
                self._sentence_cache.move_to_end(source)
                return self._sentence_cache[source]
        got = self.sentences.get(where={"source": source}, include=["embeddings", "metadatas"])
        if not got["ids"]:
            value = (np.zeros((0, 2), dtype=np.int64), np.zeros((0, 1), dtype=np.float32))
        else:
            spans = np.array([[m["start"], m["end"]] for m in got["metadatas"]], dtype=np.int64)
            vecs = np.asarray(got["embeddings"], dtype=np.float32)
            order = np.argsort(spans[:, 0], kind="stable")
            value = (spans[order], vecs[order])
        with self._lock:
            self._sentence_cache[source] = value
            while len(self._sentence_cache) > 2048:
                self._sentence_cache.popitem(last=False)
        return value

    def forget_cached(self, sources=None) -> None:
        with self._lock:
            if sources is None:
                self._article_cache.clear()
                self._sentence_cache.clear()
            else:
                for s in sources:
                    self._article_cache.pop(s, None)
                    self._sentence_cache.pop(s, None)
            self._keyword = None

    # ------------------------------------------------------------------ writing
    def ids_for(self, collection, source: str) -> set[str]:
        return set(collection.get(where={"source": source}, include=[])["ids"])

    def _add(self, collection, ids, texts, embed_texts, metadatas, progress=None) -> None:
        for i in range(0, len(ids), BATCH):
            sl = slice(i, i + BATCH)
            vecs = self.embeddings.embed_documents(embed_texts[sl])
            collection.upsert(ids=ids[sl], documents=texts[sl], embeddings=vecs, metadatas=metadatas[sl])
            if progress is not None:
                progress.update(len(ids[sl]))

    def write_article(self, article: Article, chunks: list[Chunk], progress=None) -> dict[str, int]:
        """Bring one article's chunks and sentences to exactly `chunks`; the article record goes last."""
        title = article.title
        want = {c.id: c for c in chunks}
        have = self.ids_for(self.chunks, article.id)
        new = [want[i] for i in want if i not in have]
        stale = sorted(have - set(want))
        if new:
            self._add(self.chunks, [c.id for c in new], [c.text for c in new],
                      [f"{title}\n{c.text}" for c in new],
                      [{"source": c.source, "start": c.start, "end": c.end, "seq": c.seq, "title": title} for c in new],
                      progress)
        if stale:
            self.chunks.delete(ids=stale)

        sents = article.sentences()
        s_ids = [sentence_id(article.id, a, b, article.text[a:b]) for a, b in sents]
        have_s = self.ids_for(self.sentences, article.id)
        new_s = [(i, s) for i, s in zip(s_ids, sents) if i not in have_s]
        stale_s = sorted(have_s - set(s_ids))
        if new_s:
            self._add(self.sentences, [i for i, _ in new_s], [article.text[a:b] for _, (a, b) in new_s],
                      [article.text[a:b] for _, (a, b) in new_s],
                      [{"source": article.id, "start": a, "end": b} for _, (a, b) in new_s])
        if stale_s:
            self.sentences.delete(ids=stale_s)

        vec = self.embeddings.embed_documents([title])[0]
        self.articles.upsert(ids=[article.id], documents=[article.text], embeddings=[vec], metadatas=[{
            "title": title, "date": _meta_str(article.date), "sha256": article.sha256,
            "chunks": len(chunks), "sentences": len(sents), "path": article.path,
            "blocks": json.dumps(article.blocks), "indexed_at": time.time(),
        }])
        self.forget_cached([article.id])
        return {"added": len(new), "removed": len(stale)}

    def delete_article(self, source: str) -> int:
        n = len(self.ids_for(self.chunks, source))
        self.chunks.delete(where={"source": source})
        self.sentences.delete(where={"source": source})
        self.articles.delete(ids=[source])
        self.forget_cached([source])
        return n

    def is_complete(self, source: str, sha256: str, meta: dict | None) -> bool:
        """True when the article's record matches the file and all its chunks are present."""
        if not meta or meta.get("sha256") != sha256:
            return False
        return len(self.ids_for(self.chunks, source)) == int(meta.get("chunks", -1))

    def all_chunks(self) -> list[tuple[str, dict]]:
        out = []
        offset = 0
        while True:
            got = self.chunks.get(include=["metadatas"], limit=5000, offset=offset)
            out.extend(zip(got["ids"], got["metadatas"]))
            if len(got["ids"]) < 5000:
                return out
            offset += 5000

    def chunk_fingerprint(self) -> str:
        ids = sorted(self.chunks.get(include=[])["ids"])
        return hashlib.sha1("\n".join(ids).encode()).hexdigest()


def sentence_id(source: str, a: int, b: int, text: str) -> str:
    return f"{source}:" + hashlib.sha1(f"{source}\x00{a}\x00{b}\x00{text}".encode("utf-8")).hexdigest()[:20]


class KeywordIndex:
    """BM25 over chunk text (with the article title), persisted beside the vector store.

    It is derived data: its `fingerprint` names the exact set of chunk ids it was built
    from, and it is rebuilt whenever the chunk collection no longer has that set.
    Each version is written to its own folder and a pointer file is swapped atomically,
    so a reader never sees half an index.
    """

    def __init__(self, folder: Path, bm25, meta: dict):
        self.folder = folder
        self.bm25 = bm25
        self.ids: list[str] = meta["ids"]
        self.spans: list[tuple[str, int, int]] = [tuple(x) for x in meta["spans"]]
        self.fingerprint: str = meta["fingerprint"]
        self.df: dict[str, int] = meta["df"]
        self.n_docs: int = len(self.ids)
        self.vocab = set(self.df)
        # every word of every stored page, furniture included: what the corpus mentions at all
        self.page_vocab = self.vocab | set(meta.get("page_vocab", []))
        self._checked = time.monotonic()

    def stale(self, store: Store) -> bool:
        # cheap check at most once a second: another process (indexer, replica) may have written
        now = time.monotonic()
        if now - self._checked < 1.0:
            return False
        self._checked = now
        return store.chunks.count() != self.n_docs or _read_pointer(store.keyword_dir) != self.folder.name

    def idf(self, token: str) -> float:
        df = self.df.get(token, 0)
        return float(np.log(1 + (self.n_docs - df + 0.5) / (df + 0.5)))

    def search(self, query_tokens: list[str], k: int) -> list[Hit]:
        q = [t for t in query_tokens if t in self.vocab]
        if not q or self.bm25 is None:
            return []
        docs, scores = self.bm25.retrieve([q], k=min(k, self.n_docs), show_progress=False, n_threads=1)
        out = []
        for d, s in zip(docs[0], scores[0]):
            if s <= 0:
                continue
            src, a, b = self.spans[int(d)]
            out.append(Hit(id=self.ids[int(d)], source=src, start=a, end=b, score=float(s)))
        return out

    @classmethod
    def load_or_build(cls, store: Store) -> "KeywordIndex":
        fp = store.chunk_fingerprint()
        name = _read_pointer(store.keyword_dir)
        if name == fp:
            try:
                return cls._load(store.keyword_dir / name)
            except Exception:
                pass  # unreadable: rebuild below
        return cls.build(store, fp)

    @classmethod
    def _load(cls, folder: Path) -> "KeywordIndex":
        import bm25s

        meta = json.loads((folder / "meta.json").read_text())
        bm25 = bm25s.BM25.load(str(folder), show_progress=False) if meta["ids"] else None
        return cls(folder, bm25, meta)

    @classmethod
    def build(cls, store: Store, fingerprint: str | None = None) -> "KeywordIndex":
        import bm25s

        fingerprint = fingerprint or store.chunk_fingerprint()
        rows = store.all_chunks()
        rows.sort(key=lambda r: r[0])
        corpus, spans, ids, df, page_vocab = [], [], [], {}, set()
        for source in {meta["source"] for _, meta in rows}:
            art = store.get_article(source)
            if art is not None:
                page_vocab.update(tokens(art.text))
        for cid, meta in rows:
            art = store.get_article(meta["source"])
            if art is None:
                continue
            toks = tokens(art.title + "\n" + art.text[int(meta["start"]):int(meta["end"])])
            corpus.append(toks or ["\x00empty"])
            ids.append(cid)
            spans.append((meta["source"], int(meta["start"]), int(meta["end"])))
            for t in set(toks):
                df[t] = df.get(t, 0) + 1
        meta = {"ids": ids, "spans": spans, "fingerprint": fingerprint, "df": df,
                "page_vocab": sorted(page_vocab - set(df))}
        root = store.keyword_dir
        root.mkdir(parents=True, exist_ok=True)
        folder = root / fingerprint
        tmp = root / f".tmp-{fingerprint}-{os.getpid()}-{threading.get_ident()}"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir()
        bm25 = None
        if corpus:
            bm25 = bm25s.BM25()
            bm25.index(corpus, show_progress=False)
            bm25.save(str(tmp), show_progress=False)
        (tmp / "meta.json").write_text(json.dumps(meta))
        if folder.exists():
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            os.replace(tmp, folder)
        _write_pointer(root, fingerprint)
        for old in root.iterdir():
            if old.is_dir() and old.name not in (fingerprint,) and not old.name.startswith(".tmp-"):
                shutil.rmtree(old, ignore_errors=True)
        return cls(folder, bm25, meta)


def _read_pointer(root: Path) -> str | None:
    try:
        return (root / "CURRENT").read_text().strip() or None
    except OSError:
        return None


def _write_pointer(root: Path, name: str) -> None:
    tmp = root / f".CURRENT.{os.getpid()}.{threading.get_ident()}"
    tmp.write_text(name)
    os.replace(tmp, root / "CURRENT")
