"""Where vectors and keywords live: the one module that opens the stores.

Three Chroma collections per embedding model (`<model>_chunks`, `<model>_sentences`,
`<model>_articles`): chunk vectors for retrieval, sentence vectors for picking the answer
sentence, and each article's stored text (the text every citation's offsets point into),
whose record is written last and so marks the article complete. A fourth, tiny one
(`<model>_state`) holds one record: the generation of the chunk set the last writer
published. Beside them, a BM25 keyword index (bm25s) derived from the chunks and saved
under `BOT_DATA_DIR/keyword`.

Chroma is embedded (`PersistentClient` under `BOT_DATA_DIR/chroma`) unless
`BOT_CHROMA_HOST` is set, then it is a Chroma server over HTTP. Telemetry is off.
`bot/` reads everything through `Store`; nothing here knows how answers are made.

Several processes may share one Chroma (app replicas behind a load balancer, an indexer).
Writers publish the fingerprint of the chunk set when they finish; every reader checks that
record at most once a second (one small read) and, when it changed, rebuilds its own keyword
index in the background while it keeps serving the previous one. See DEPLOYMENT.md.
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
from index.text import PARSER_VERSION, Article, Chunk, split_sentences, tokens

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

BATCH = 128          # chunks per embedding/upsert group (their sentences and titles ride along)
UPSERT = 2000        # records per Chroma call, under every server's max batch size
ARTICLE_CACHE = 4096  # stored article texts kept in memory per process
STATE_ID = "keyword"
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


def read_by_this_reader(meta: dict) -> bool:
    """Was this article record written by the current article reader (`PARSER_VERSION`)?"""
    return meta.get("parser", 1) == PARSER_VERSION


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
        self.state = self.client.get_or_create_collection(f"{prefix}_state", embedding_function=None)
        self.keyword_dir = settings.data_dir / "keyword" / prefix
        self._lock = threading.RLock()
        self._article_cache: OrderedDict[str, StoredArticle] = OrderedDict()
        self._sentence_cache: OrderedDict[str, tuple[np.ndarray, np.ndarray]] = OrderedDict()
        self._keyword: KeywordIndex | None = None
        self._refreshing: threading.Thread | None = None
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
                self._article_cache.move_to_end(source)
                return cached
        got = self.articles.get(ids=[source], include=["documents", "metadatas"])
        if not got["ids"]:
            return None
        return self._cache_article(source, got["documents"][0], got["metadatas"][0])

    def _cache_article(self, source: str, text: str, meta: dict) -> StoredArticle:
        blocks = json.loads(meta.get("blocks", "[]"))
        sents = tuple(s for b in blocks for s in split_sentences(text, tuple(b)))
        date = meta.get("date") or None
        art = StoredArticle(id=source, title=meta.get("title", source), text=text, date=date,
                            sha256=meta.get("sha256", ""), sentences=sents, years=publication_years(text, date))
        with self._lock:
            self._article_cache[source] = art
            while len(self._article_cache) > ARTICLE_CACHE:
                self._article_cache.popitem(last=False)
        return art

    def dense_search(self, vector: list[float], k: int) -> list[Hit]:
        pairs = self.vectorstore.similarity_search_by_vector_with_relevance_scores(vector, k=k)
        return [Hit(id=d.id or d.metadata.get("id", ""), source=d.metadata["source"], start=int(d.metadata["start"]),
                    end=int(d.metadata["end"]), score=1.0 - float(dist)) for d, dist in pairs]

    def keyword_search(self, query_tokens: list[str], k: int) -> list[Hit]:
        return self.keyword_index().search(query_tokens, k)

    def keyword_index(self) -> "KeywordIndex":
        """The current keyword index. The first call loads (or builds) it; when a writer has
        since published a new chunk set, the old one keeps answering while a background
        thread brings a new one, so no query waits for a rebuild."""
        with self._lock:
            kw = self._keyword
            if kw is None:
                self._keyword = kw = KeywordIndex.load_or_build(self)
            elif (self._refreshing is None or not self._refreshing.is_alive()) and kw.stale(self):
                self._forget_texts()  # another process changed articles: reread them from Chroma
                self._refreshing = threading.Thread(target=self._refresh_keyword, name="keyword-refresh", daemon=True)
                self._refreshing.start()
            return kw

    def _refresh_keyword(self) -> None:
        fresh = KeywordIndex.load_or_build(self)
        with self._lock:
            self._keyword = fresh

    def wait_keyword_refresh(self, timeout: float | None = None) -> None:
        t = self._refreshing
        if t is not None:
            t.join(timeout)

    # ------------------------------------------------------------------ generation
    def published_keyword(self) -> str | None:
        """The chunk-set fingerprint the last writer published, or None if none has."""
        got = self.state.get(ids=[STATE_ID], include=["metadatas"])
        return got["metadatas"][0].get("fingerprint") if got["ids"] else None

    def publish_keyword(self, fingerprint: str, n_chunks: int) -> None:
        self.state.upsert(ids=[STATE_ID], embeddings=[[1.0]], documents=[""],
                          metadatas=[{"fingerprint": fingerprint, "chunks": n_chunks, "at": time.time()}])

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
        self._cache_sentences(source, value)
        return value

    def _forget_texts(self) -> None:
        with self._lock:
            self._article_cache.clear()
            self._sentence_cache.clear()

    def prefetch(self, sources) -> None:
        """Warm the caches for these articles with two reads instead of two per article: what the
        answerer needs next after retrieval (the texts and the sentence vectors)."""
        with self._lock:
            need_a = [s for s in dict.fromkeys(sources) if s not in self._article_cache]
            need_s = [s for s in dict.fromkeys(sources) if s not in self._sentence_cache]
        if need_a:
            got = self.articles.get(ids=need_a, include=["documents", "metadatas"])
            for source, text, meta in zip(got["ids"], got["documents"], got["metadatas"]):
                self._cache_article(source, text, meta)
        if need_s:
            got = self.sentences.get(where={"source": {"$in": need_s}}, include=["embeddings", "metadatas"])
            rows: dict[str, list[int]] = {s: [] for s in need_s}
            for i, m in enumerate(got["metadatas"]):
                rows.setdefault(m["source"], []).append(i)
            embs = got["embeddings"]
            for source, idx in rows.items():
                if not idx:
                    continue  # not indexed (or being removed): sentence_vectors will say so
                spans = np.array([[got["metadatas"][i]["start"], got["metadatas"][i]["end"]] for i in idx], dtype=np.int64)
                vecs = np.asarray([embs[i] for i in idx], dtype=np.float32)
                order = np.argsort(spans[:, 0], kind="stable")
                self._cache_sentences(source, (spans[order], vecs[order]))

    def _cache_sentences(self, source: str, value) -> None:
        with self._lock:
            self._sentence_cache[source] = value
            while len(self._sentence_cache) > 2048:
                self._sentence_cache.popitem(last=False)

    def forget_cached(self, sources=None) -> None:
        with self._lock:
            if sources is None:
                self._forget_texts()
            else:
                for s in sources:
                    self._article_cache.pop(s, None)
                    self._sentence_cache.pop(s, None)
            self._keyword = None

    # ------------------------------------------------------------------ writing
    def ids_for(self, collection, source: str) -> set[str]:
        return set(collection.get(where={"source": source}, include=[])["ids"])

    def _ids_by_source(self, collection, sources: list[str]) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {src: set() for src in sources}
        if not sources:
            return out
        got = collection.get(where={"source": {"$in": list(sources)}}, include=["metadatas"])
        for i, m in zip(got["ids"], got["metadatas"]):
            out.setdefault(m["source"], set()).add(i)
        return out

    def _upsert(self, collection, ids, documents, embeddings, metadatas) -> None:
        for i in range(0, len(ids), UPSERT):
            sl = slice(i, i + UPSERT)
            collection.upsert(ids=ids[sl], documents=documents[sl], embeddings=embeddings[sl], metadatas=metadatas[sl])

    def write_articles(self, items: list[tuple[Article, list[Chunk]]]) -> dict[str, dict[str, int]]:
        """Bring these articles' chunks and sentences to exactly what they should be, then write
        their records. One embedding call for the whole group: chunk texts, sentences and titles
        together. Records go last, so a group killed midway is redone by the next run, and
        content-derived ids make the redo an overwrite, never a duplicate."""
        sources = [a.id for a, _ in items]
        have_c = self._ids_by_source(self.chunks, sources)
        have_s = self._ids_by_source(self.sentences, sources)
        c_rows: list[tuple[str, str, str, dict]] = []
        s_rows: list[tuple[str, str, dict]] = []
        drop_c: list[str] = []
        drop_s: list[str] = []
        out: dict[str, dict[str, int]] = {}
        for art, chunks in items:
            title = art.title
            want = {c.id for c in chunks}
            have = have_c.get(art.id, set())
            new = [c for c in chunks if c.id not in have]
            c_rows += [(c.id, c.text, f"{title}\n{c.text}",
                        {"source": c.source, "start": c.start, "end": c.end, "seq": c.seq, "title": title}) for c in new]
            stale = sorted(have - want)
            drop_c += stale
            sents = art.sentences()
            s_ids = [sentence_id(art.id, a, b, art.text[a:b]) for a, b in sents]
            have_sent = have_s.get(art.id, set())
            s_rows += [(i, art.text[a:b], {"source": art.id, "start": a, "end": b})
                       for i, (a, b) in zip(s_ids, sents) if i not in have_sent]
            drop_s += sorted(have_sent - set(s_ids))
            out[art.id] = {"added": len(new), "removed": len(stale), "sentences": len(sents)}
        texts = [r[2] for r in c_rows] + [r[1] for r in s_rows] + [a.title for a, _ in items]
        vecs = self.embeddings.embed_documents(texts) if texts else []
        nc, ns = len(c_rows), len(s_rows)
        if c_rows:
            self._upsert(self.chunks, [r[0] for r in c_rows], [r[1] for r in c_rows], vecs[:nc], [r[3] for r in c_rows])
        if drop_c:
            self.chunks.delete(ids=drop_c)
        if s_rows:
            self._upsert(self.sentences, [r[0] for r in s_rows], [r[1] for r in s_rows], vecs[nc:nc + ns],
                         [r[2] for r in s_rows])
        if drop_s:
            self.sentences.delete(ids=drop_s)
        now = time.time()
        self._upsert(self.articles, sources, [a.text for a, _ in items], vecs[nc + ns:], [{
            "title": a.title, "date": _meta_str(a.date), "sha256": a.sha256, "parser": PARSER_VERSION,
            "chunks": len(chunks), "sentences": out[a.id]["sentences"], "path": a.path,
            "blocks": json.dumps(a.blocks), "indexed_at": now,
        } for a, chunks in items])
        self.forget_cached(sources)
        return out

    def write_article(self, article: Article, chunks: list[Chunk], progress=None) -> dict[str, int]:
        """Bring one article's chunks and sentences to exactly `chunks`; the article record goes last."""
        res = self.write_articles([(article, chunks)])[article.id]
        if progress is not None:
            progress.update(res["added"])
        return res

    def delete_article(self, source: str) -> int:
        n = len(self.ids_for(self.chunks, source))
        self.chunks.delete(where={"source": source})
        self.sentences.delete(where={"source": source})
        self.articles.delete(ids=[source])
        self.forget_cached([source])
        return n

    def is_complete(self, source: str, sha256: str, meta: dict | None, n_chunks: int | None = None) -> bool:
        """True when the article's record matches the file and all its chunks are present
        (`n_chunks`: the count already known from `chunk_counts`, saving a query)."""
        if not meta or meta.get("sha256") != sha256 or not read_by_this_reader(meta):
            return False  # a changed file, or one read by an older version of the article reader
        if n_chunks is None:
            n_chunks = len(self.ids_for(self.chunks, source))
        return n_chunks == int(meta.get("chunks", -1))

    def chunk_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for _, meta in self.all_chunks():
            counts[meta["source"]] = counts.get(meta["source"], 0) + 1
        return counts

    def all_chunks(self, documents: bool = False) -> list[tuple[str, dict]] | list[tuple[str, dict, str]]:
        """Every chunk's (id, metadata[, text]), read in pages."""
        out: list = []
        offset, page = 0, 5000
        include = ["metadatas", "documents"] if documents else ["metadatas"]
        while True:
            got = self.chunks.get(include=include, limit=page, offset=offset)
            if documents:
                out.extend(zip(got["ids"], got["metadatas"], got["documents"]))
            else:
                out.extend(zip(got["ids"], got["metadatas"]))
            if len(got["ids"]) < page:
                return out
            offset += page

    def chunk_fingerprint(self) -> str:
        return fingerprint_of(r[0] for r in self.all_chunks())


def fingerprint_of(ids) -> str:
    return hashlib.sha1("\n".join(sorted(ids)).encode()).hexdigest()


def sentence_id(source: str, a: int, b: int, text: str) -> str:
    return f"{source}:" + hashlib.sha1(f"{source}\x00{a}\x00{b}\x00{text}".encode("utf-8")).hexdigest()[:20]


class KeywordIndex:
    """BM25 over chunk text (with the article title), persisted beside the vector store.

    It is derived data: its `fingerprint` names the exact set of chunk ids it was built
    from. Each version is written to its own folder (with the tokens of every chunk, so the
    next version tokenizes only new chunks) and a pointer file is swapped atomically, so a
    reader never sees half an index. Start-up loads the version the last writer published;
    it rebuilds only when that version is not on this disk.
    """

    def __init__(self, folder: Path, bm25, meta: dict, published: str | None = None):
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
        self.published = published  # the writer's generation this copy answers to
        self._checked = time.monotonic()

    def stale(self, store: Store, every: float = 1.0) -> bool:
        """Has a writer (this process, an indexer, another replica) changed the chunks since?
        At most one small Chroma read per `every` seconds, whatever the query rate."""
        now = time.monotonic()
        if now - self._checked < every:
            return False
        self._checked = now
        published = store.published_keyword()
        if published is not None:
            return published != self.published and published != self.fingerprint
        # nothing published (a store written before generations existed): compare counts
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
        """For readers: the published version if this disk has it, else build one from Chroma."""
        published = store.published_keyword()
        if published is not None:
            if (store.keyword_dir / published / "meta.json").is_file():
                try:
                    return cls._load(store.keyword_dir / published, published)
                except Exception:
                    pass  # unreadable: rebuild below
            return cls.build(store, published=published)
        name = _read_pointer(store.keyword_dir)
        if name is not None and name == store.chunk_fingerprint():
            try:
                return cls._load(store.keyword_dir / name)
            except Exception:
                pass
        return cls.build(store)

    @classmethod
    def refresh(cls, store: Store) -> "KeywordIndex":
        """For writers, after a change: build from the chunks as they are now and publish it."""
        kw = cls.build(store)
        store.publish_keyword(kw.fingerprint, kw.n_docs)
        kw.published = kw.fingerprint
        with store._lock:
            store._keyword = kw
        return kw

    @classmethod
    def _load(cls, folder: Path, published: str | None = None) -> "KeywordIndex":
        import bm25s

        meta = json.loads((folder / "meta.json").read_text())
        bm25 = bm25s.BM25.load(str(folder), show_progress=False) if meta["ids"] else None
        return cls(folder, bm25, meta, published)

    @classmethod
    def build(cls, store: Store, published: str | None = None) -> "KeywordIndex":
        import bm25s

        committed = set(store.articles.get(include=[])["ids"])
        rows = [r for r in store.all_chunks(documents=True) if r[1]["source"] in committed]
        rows.sort(key=lambda r: r[0])
        fingerprint = fingerprint_of(r[0] for r in rows)
        root = store.keyword_dir
        folder = root / fingerprint
        if (folder / "meta.json").is_file():
            try:
                kw = cls._load(folder, published)
                _write_pointer(root, fingerprint)
                return kw
            except Exception:
                pass
        # tokens of chunks and pages the previous version already had are reused, so an update
        # tokenizes only what is new (and everything again when the tokenizer's code changed)
        known = _read_tokens(root / (_read_pointer(root) or "-"))
        known_chunks, known_pages = known.get("chunks", {}), known.get("pages", {})
        pages: dict[str, list[str]] = {}
        records = store.article_records()
        want_pages = {f"{src}:{records[src].get('sha256', '')}": src for src in {m["source"] for _, m, _ in rows}}
        missing = [key for key in want_pages if key not in known_pages]
        for i in range(0, len(missing), 500):
            srcs = [want_pages[key] for key in missing[i:i + 500]]
            got = store.articles.get(ids=srcs, include=["documents"])
            by_id = dict(zip(got["ids"], got["documents"]))
            for key in missing[i:i + 500]:
                known_pages[key] = sorted(set(tokens(by_id.get(want_pages[key]) or "")))
        page_vocab: set[str] = set()
        for key in want_pages:
            pages[key] = known_pages[key]
            page_vocab.update(pages[key])
        corpus, spans, ids, df, toks_by_id = [], [], [], {}, {}
        for cid, meta, text in rows:
            toks = known_chunks.get(cid)
            if toks is None:
                toks = tokens(meta.get("title", "") + "\n" + (text or ""))
            toks_by_id[cid] = toks
            corpus.append(toks or ["\x00empty"])
            ids.append(cid)
            spans.append((meta["source"], int(meta["start"]), int(meta["end"])))
            for t in set(toks):
                df[t] = df.get(t, 0) + 1
        meta = {"ids": ids, "spans": spans, "fingerprint": fingerprint, "df": df,
                "page_vocab": sorted(page_vocab - set(df))}
        root.mkdir(parents=True, exist_ok=True)
        tmp = root / f".tmp-{fingerprint}-{os.getpid()}-{threading.get_ident()}"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir()
        bm25 = None
        if corpus:
            bm25 = bm25s.BM25()
            bm25.index(corpus, show_progress=False)
            bm25.save(str(tmp), show_progress=False)
        (tmp / "tokens.json").write_text(json.dumps({"tokenizer": _tokenizer_tag(), "chunks": toks_by_id,
                                                     "pages": pages}))
        (tmp / "meta.json").write_text(json.dumps(meta))
        if folder.exists():
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            try:
                os.replace(tmp, folder)
            except OSError:  # another process put the same version there first
                shutil.rmtree(tmp, ignore_errors=True)
        _write_pointer(root, fingerprint)
        for old in root.iterdir():
            if old.is_dir() and old.name != fingerprint and not old.name.startswith(".tmp-") \
                    and time.time() - old.stat().st_mtime > 60:
                shutil.rmtree(old, ignore_errors=True)  # a minute's grace for readers still loading it
        return cls(folder, bm25, meta, published)


def _tokenizer_tag() -> str:
    import index.text

    return hashlib.sha1(Path(index.text.__file__).read_bytes()).hexdigest()[:16]


def _read_tokens(folder: Path) -> dict:
    try:
        data = json.loads((folder / "tokens.json").read_text())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) and data.get("tokenizer") == _tokenizer_tag() else {}


def _read_pointer(root: Path) -> str | None:
    try:
        return (root / "CURRENT").read_text().strip() or None
    except OSError:
        return None


def _write_pointer(root: Path, name: str) -> None:
    tmp = root / f".CURRENT.{os.getpid()}.{threading.get_ident()}"
    tmp.write_text(name)
    os.replace(tmp, root / "CURRENT")
