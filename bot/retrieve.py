"""Retrieval: dense (Chroma, via LangChain's VectorStore) and keyword (BM25) results, fused.

Reciprocal rank fusion: a chunk's score is the sum of 1/(60 + rank) over the two lists, so
neither scorer's scale matters. `HybridRetriever` is a LangChain `BaseRetriever`; `search`
returns the richer result (the query vector too, reused to pick the answer sentence).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from index.store import Hit, Store
from index.text import tokens

RRF_K = 60


@dataclass
class Passage:
    id: str
    source: str
    start: int
    end: int
    score: float = 0.0
    dense: float = 0.0
    keyword: float = 0.0
    dense_rank: int | None = None
    keyword_rank: int | None = None


@dataclass
class Retrieval:
    query: str
    vector: np.ndarray
    query_tokens: list[str]
    passages: list[Passage] = field(default_factory=list)


def fuse(dense: list[Hit], keyword: list[Hit], k: int, rrf_k: int = RRF_K) -> list[Passage]:
    by_id: dict[str, Passage] = {}
    for rank, h in enumerate(dense):
        p = by_id.setdefault(h.id, Passage(h.id, h.source, h.start, h.end))
        p.dense, p.dense_rank = h.score, rank
        p.score += 1.0 / (rrf_k + rank + 1)
    for rank, h in enumerate(keyword):
        p = by_id.setdefault(h.id, Passage(h.id, h.source, h.start, h.end))
        p.keyword, p.keyword_rank = h.score, rank
        p.score += 1.0 / (rrf_k + rank + 1)
    ranked = sorted(by_id.values(), key=lambda p: -p.score)
    top = ranked[:k]
    # each list's best hit is kept, below the fused ones: a passage that alone holds the question's rare words
    # ("a public meeting ... crammed into a room") may rank first by keywords and nowhere near by meaning
    for hits in (keyword, dense):
        if hits and by_id[hits[0].id] not in top:
            top.append(by_id[hits[0].id])
    return top


class HybridRetriever(BaseRetriever):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    store: Store
    k: int = 8
    fetch_k: int = 30

    def search(self, query: str) -> Retrieval:
        vec = np.asarray(self.store.embeddings.embed_query(query), dtype=np.float32)
        toks = tokens(query)
        dense = self.store.dense_search(vec.tolist(), self.fetch_k)
        keyword = self.store.keyword_search(toks, self.fetch_k)
        return Retrieval(query=query, vector=vec, query_tokens=toks, passages=fuse(dense, keyword, self.k))

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        out = []
        for p in self.search(query).passages:
            art = self.store.get_article(p.source)
            text = art.text[p.start:p.end] if art else ""
            out.append(Document(page_content=text, id=p.id, metadata={
                "source": p.source, "title": art.title if art else p.source, "start": p.start, "end": p.end,
                "score": p.score, "dense": p.dense, "keyword": p.keyword}))
        return out
