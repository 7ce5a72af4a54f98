"""One new article from outside (the web page's upload): check it, save it, index it.

`ingest_upload(settings, store, filename, data)` accepts only a plain `.txt` file name,
text within `BOT_MAX_ARTICLE_BYTES` that decodes as UTF-8 and reads as an article, and a
name and text not already in the articles folder. Anything else raises `UploadError` with
a one-line reason before the folder or the index is touched. A good file is written to
the seeds folder under its own name (never over an existing file) and indexed with
`add_files`; if indexing fails, the file and any partial entries are removed again, so
what was indexed before stays exactly as it was.

What it does not do: replace or delete articles, or know anything about the web page.
"""
from __future__ import annotations

import hashlib
import os
import re
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from index.build import add_files
from index.settings import Settings
from index.store import Store
from index.text import ArticleError, decode_article, parse_article

MAX_NAME_CHARS = 120
_NAME = re.compile(r"[^\W_][\w .,()'-]*", re.UNICODE)
_lock = threading.Lock()


class UploadError(ValueError):
    """An upload that was not indexed; the message is the one-line reason."""


@dataclass(frozen=True)
class Ingested:
    id: str
    title: str
    date: str | None
    chunks: int
    path: Path


def check_name(filename: str) -> str:
    """The article id for a file name, or UploadError when the name is not a plain `.txt` name."""
    if not isinstance(filename, str) or not filename:
        raise UploadError("the file has no name: upload a .txt file")
    if "/" in filename or "\\" in filename or "\x00" in filename:
        raise UploadError(f"bad file name {filename!r}: a plain file name is needed, without folders")
    if filename.startswith("."):
        raise UploadError(f"bad file name {filename!r}: hidden files (starting with a dot) are not accepted")
    stem, dot, ext = filename.rpartition(".")
    if not dot or ext.lower() != "txt":
        raise UploadError(f"not a .txt file: {filename!r}; only plain-text articles (.txt, UTF-8) can be added")
    stem = unicodedata.normalize("NFC", stem).strip()
    if len(stem) > MAX_NAME_CHARS:
        raise UploadError(f"bad file name: longer than {MAX_NAME_CHARS} characters; rename the file")
    if not _NAME.fullmatch(stem) or stem.endswith("."):
        raise UploadError(f"bad file name {filename!r}: use letters, digits, spaces, '-', '_' and '.' only")
    return stem


def ingest_upload(settings: Settings, store: Store, filename: str, data: bytes) -> Ingested:
    """Check, save and index one uploaded article; UploadError (nothing changed) if it is not acceptable."""
    article_id = check_name(filename)
    if not isinstance(data, (bytes, bytearray)):
        raise UploadError("the upload has no content")
    try:
        text = decode_article(bytes(data), filename, settings.max_article_bytes)
        article = parse_article(article_id, text)
    except ArticleError as e:
        raise UploadError(f"{filename} was not added: {e}") from None

    folder = settings.seeds_dir
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{article_id}.txt"
    with _lock:
        records = store.article_records()
        if target.exists() or target.is_symlink() or article_id in records:
            raise UploadError(f"an article named {article_id}.txt already exists; rename the file to add it")
        for other, meta in records.items():
            if meta.get("sha256") == article.sha256:
                raise UploadError(f"{filename} was not added: it has the same text as {other}.txt")

        tmp = folder / f".upload-{os.getpid()}-{threading.get_ident()}-{hashlib.sha1(data).hexdigest()[:8]}.tmp"
        try:
            with open(tmp, "xb") as f:
                f.write(bytes(data))
                f.flush()
                os.fsync(f.fileno())
            os.link(tmp, target)  # fails rather than overwrite a file that appeared meanwhile
        except FileExistsError:
            raise UploadError(f"an article named {article_id}.txt already exists; rename the file to add it") from None
        finally:
            tmp.unlink(missing_ok=True)

        try:
            report = add_files(settings, [target], store)
            if report.skipped:
                raise UploadError(f"{filename} was not added: {report.skipped[0][1]}")
        except BaseException:
            target.unlink(missing_ok=True)
            if article_id in store.article_records() or store.ids_for(store.chunks, article_id):
                store.delete_article(article_id)
            store.forget_cached()
            raise
    meta = store.article_records().get(article_id, {})
    return Ingested(id=article_id, title=article.title, date=article.date, chunks=int(meta.get("chunks", 0)),
                    path=target)
