"""Bring the store in line with a folder of articles: add, replace, remove, never duplicate.

Chunk and sentence ids derive from content and position, so a second build finds nothing
to do, an edited article swaps exactly its changed chunks, and a deleted file's chunks are
removed. Articles are embedded in groups of about `store.BATCH` chunks (their sentences and
titles in the same call), with a progress bar showing rate and ETA. A group's article records
are written after its chunks and sentences, so a build killed midway is finished by the next
one, without duplicates. A file that cannot be read is skipped with a reason, and if an
earlier version of it was indexed, that version is kept: bad input never loses data.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from index.settings import Settings
from index.store import BATCH, KeywordIndex, Store, read_by_this_reader
from index.text import Article, ArticleError, chunk_article, load_article


@dataclass
class BuildReport:
    articles: int = 0
    chunks: int = 0
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    chunks_added: int = 0
    chunks_removed: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def summary(self) -> str:
        lines = [
            f"indexed {self.articles} articles in {self.chunks} chunks "
            f"({len(self.added)} new, {len(self.updated)} updated, {len(self.unchanged)} unchanged, "
            f"{len(self.removed)} removed; chunks +{self.chunks_added} -{self.chunks_removed})"
        ]
        for name, why in self.skipped:
            lines.append(f"skipped {name}: {why}")
        return "\n".join(lines)

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__} | {"skipped": [list(s) for s in self.skipped]}


def scan(folder: Path, max_bytes: int) -> tuple[list[Article], list[tuple[str, str]]]:
    """Read every `.txt` in `folder`: the articles, and (file name, reason) for those skipped."""
    if not folder.is_dir():
        raise FileNotFoundError(f"articles folder not found: {folder} (set BOT_SEEDS_DIR)")
    articles: list[Article] = []
    skipped: list[tuple[str, str]] = []
    seen: dict[str, str] = {}
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        if path.suffix.lower() != ".txt" or path.name.startswith("."):
            continue
        try:
            art = load_article(path, max_bytes)
        except (ArticleError, OSError) as e:
            skipped.append((path.name, str(e)))
            continue
        if art.sha256 in seen:
            skipped.append((path.name, f"duplicate: same text as {seen[art.sha256]}.txt"))
            continue
        seen[art.sha256] = art.id
        articles.append(art)
    return articles, skipped


def _progress(total: int, desc: str, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="chunk", disable=not enabled, file=sys.stderr, dynamic_ncols=True)


def _groups(plan: list, budget: int):
    group, size = [], 0
    for item in plan:
        group.append(item)
        size += len(item[1])
        if size >= budget:
            yield group
            group, size = [], 0
    if group:
        yield group


def index_articles(store: Store, articles: list[Article], report: BuildReport, progress: bool = False,
                   batch: int | None = None) -> None:
    batch = batch or store.settings.index_batch or BATCH
    records = store.article_records()
    counts = store.chunk_counts() if records else {}
    plan = []
    for art in articles:
        chunks = chunk_article(art, store.settings.chunk_chars)
        meta = records.get(art.id)
        if meta is not None and store.is_complete(art.id, art.sha256, meta, counts.get(art.id, 0)):
            report.unchanged.append(art.id)
        else:
            plan.append((art, chunks, meta is not None))
    with _progress(sum(len(c) for _, c, _ in plan), "indexing", progress and bool(plan)) as bar:
        for group in _groups(plan, batch):
            bar.set_postfix_str(group[-1][0].id[:30])
            res = store.write_articles([(art, chunks) for art, chunks, _ in group])
            for art, chunks, existed in group:
                report.chunks_added += res[art.id]["added"]
                report.chunks_removed += res[art.id]["removed"]
                (report.updated if existed else report.added).append(art.id)
            bar.update(sum(len(chunks) for _, chunks, _ in group))


def build(settings: Settings, store: Store | None = None, progress: bool = False) -> BuildReport:
    """Make the store hold exactly the readable articles of `settings.seeds_dir`."""
    store = store or Store(settings)
    articles, skipped = scan(settings.seeds_dir, settings.max_article_bytes)
    report = BuildReport(skipped=skipped)
    index_articles(store, articles, report, progress)
    keep = {a.id for a in articles} | {Path(name).stem for name, _ in skipped if not _.startswith("duplicate")}
    for source in sorted(set(store.article_records()) - keep):
        report.chunks_removed += store.delete_article(source)
        report.removed.append(source)
    _finish(store, report)
    return report


def add_files(settings: Settings, paths: list[Path], store: Store | None = None, progress: bool = False) -> BuildReport:
    """Index these files (new or changed) without touching any other article."""
    store = store or Store(settings)
    report = BuildReport()
    good = []
    for p in paths:
        try:
            good.append(load_article(Path(p), settings.max_article_bytes))
        except (ArticleError, OSError) as e:
            report.skipped.append((Path(p).name, str(e)))
    index_articles(store, good, report, progress)
    _finish(store, report)
    return report


def remove_articles(settings: Settings, ids: list[str], store: Store | None = None) -> BuildReport:
    store = store or Store(settings)
    report = BuildReport()
    records = store.article_records()
    for source in ids:
        if source in records:
            report.chunks_removed += store.delete_article(source)
            report.removed.append(source)
        else:
            report.skipped.append((source, "not in the index"))
    _finish(store, report)
    return report


def _finish(store: Store, report: BuildReport) -> None:
    store.forget_cached()
    KeywordIndex.refresh(store)  # this process's keyword index, published for every other reader
    counts = store.count()
    report.articles, report.chunks = counts["articles"], counts["chunks"]


def ensure_index(settings: Settings, store: Store | None = None, progress: bool = False) -> BuildReport | None:
    """Make the index match the articles folder before answering: build on first start, and
    sync when the folder's articles (ids and text) differ from what is indexed (another
    BOT_SEEDS_DIR, an edited or deleted file). Does nothing when they already match, and
    against a shared Chroma server only builds an empty store."""
    store = store or Store(settings)
    if settings.chroma_host and store.articles.count():
        return None  # a shared Chroma server: replicas never rewrite it; `python -m index build` does
    if not settings.seeds_dir.is_dir():
        if store.articles.count():
            return None  # no folder here (e.g. a replica of a shared store): serve what is indexed
        raise FileNotFoundError(f"articles folder not found: {settings.seeds_dir} (set BOT_SEEDS_DIR)")
    articles, skipped = scan(settings.seeds_dir, settings.max_article_bytes)
    want = {a.id: a.sha256 for a in articles}
    kept = {Path(name).stem for name, why in skipped if not why.startswith("duplicate")}
    have = {k: v.get("sha256") if read_by_this_reader(v) else None
            for k, v in store.article_records().items() if k not in kept}
    if want != have:
        return build(settings, store, progress=progress)
    return None
