"""`python -m bot bench`: what the bot costs as the archive grows, beside a plain LangChain RAG.

For each corpus size (synthetic news-like articles around the three real ones, see
`bot/synthetic.py`) it indexes the corpus twice, each time in a fresh process so peak memory
is that system's own, and reports:

- indexing throughput (chunks per second, wall clock, embedding included) and size on disk;
- peak resident memory of the process (the embedding model included, about the same for both);
- start-up: opening the store and loading the keyword index from disk in a new `Store`;
- query latency, median and 95th percentile, for retrieval alone (query embedding included)
  and, for ours, the whole extractive answer (`Bot.ask`);
- retrieval hit rate on the project's question set: the share of answerable, single-turn
  questions whose `sources` article is among the retrieved passages' articles. Ours at its own
  k (`retrieve_k`) and at top 4; the baseline at top 4. For ours also the share of answers
  that cite the right article.

The baseline is the plain LangChain recipe on the same chunks, the same machine and the same
embedding model: `langchain_chroma.Chroma.from_documents` and `similarity_search(k=4)`, no
keyword side, no sentence vectors, no answerer (a plain pipeline would hand its four chunks to
an LLM, so it has no offline whole-answer figure).

Prints a table and writes JSON (and, with `--markdown`, the table as Markdown).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bot.settings import PROJECT_ROOT

DEFAULT_SIZES = [1000, 10000]
WARMUP = ["What did the council say about its budget?", "When will the new tram line open?",
          "How many jobs are at risk at the factory?"]


# --------------------------------------------------------------------------- measuring helpers

def pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    v = sorted(values)
    return round(v[min(len(v) - 1, max(0, int(round(q * (len(v) - 1)))))], 1)


def _ms(values: list[float]) -> dict:
    return {"p50": round(statistics.median(values), 1) if values else 0.0, "p95": pct(values, 0.95), "n": len(values)}


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file())


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def _warm_model():
    """The embedding model, loaded and warmed: (model, seconds it took, RSS after)."""
    from index.embeddings import LocalMiniLMEmbeddings

    t = time.perf_counter()
    emb = LocalMiniLMEmbeddings()
    emb.embed_query("warm up")
    return emb, time.perf_counter() - t, rss_mb()


class TimedEmbeddings:
    """Wraps an `Embeddings` to add up the time spent embedding queries, so latency can be
    split into the model's share (the same for both systems) and the store's."""

    def __init__(self, inner):
        self.inner = inner
        self.query_s = 0.0

    def embed_documents(self, texts):
        return self.inner.embed_documents(texts)

    def embed_query(self, text):
        t = time.perf_counter()
        try:
            return self.inner.embed_query(text)
        finally:
            self.query_s += time.perf_counter() - t


def questions(path: Path) -> tuple[list[str], list[dict]]:
    """(every single-turn question, for latency; the answerable ones with sources, for hit rate)."""
    from bot.evaluate import load_questions

    items = [i for i in load_questions(path) if not i["history"]]
    return [i["question"] for i in items], [i for i in items if i["answerable"] and i["sources"]]


# --------------------------------------------------------------------------- one system, one corpus

def run_ours(corpus: Path, data: Path, qfile: Path) -> dict:
    from bot.chain import build_chain
    from bot.settings import Settings
    from index.build import build
    from index.store import Store

    shutil.rmtree(data, ignore_errors=True)
    settings = Settings(data_dir=data, seeds_dir=corpus, llm="extractive", chroma_host=None)
    emb, load_s, rss_model = _warm_model()

    t = time.perf_counter()
    report = build(settings, Store(settings, embeddings=emb), progress=sys.stderr.isatty())
    index_s = time.perf_counter() - t
    counts = {"articles": report.articles, "chunks": report.chunks}

    t = time.perf_counter()
    store = Store(settings, embeddings=emb)  # a fresh process's view: nothing cached
    store.keyword_index()
    startup_ms = (time.perf_counter() - t) * 1000
    bot = build_chain(settings, store, build_if_empty=False)
    for q in WARMUP:
        bot.ask(q)

    all_q, scored = questions(qfile)
    retrieval, answer = [], []
    for q in all_q:
        t = time.perf_counter()
        bot.retriever.search(q)
        retrieval.append((time.perf_counter() - t) * 1000)
    hit_k = hit_4 = cited = 0
    for item in scored:
        srcs = [p.source for p in bot.retriever.search(item["question"]).passages]
        hit_k += any(s in item["sources"] for s in srcs)
        hit_4 += any(s in item["sources"] for s in srcs[:4])
        ans = bot.ask(item["question"])
        cited += (not ans.refused) and any(c.source in item["sources"] for c in ans.citations)
    n = len(scored) or 1
    return {
        "system": "ours", **counts, "k": settings.retrieve_k,
        "index_s": round(index_s, 1), "chunks_per_s": round(counts["chunks"] / index_s, 1),
        "disk_mb": round(du(data) / 1e6, 1), "model_load_s": round(load_s, 1), "rss_after_model_mb": rss_model,
        "peak_rss_mb": peak_rss_mb(), "startup_ms": round(startup_ms, 1),
        "retrieval_ms": _ms(retrieval), "answer_ms": _ms(answer),
        "hit_at_k": round(hit_k / n, 3), "hit_at_4": round(hit_4 / n, 3), "answer_cites_source": round(cited / n, 3),
        "n_scored": len(scored),
    }


def run_baseline(corpus: Path, data: Path, qfile: Path) -> dict:
    from chromadb.config import Settings as ChromaSettings
    from langchain_chroma import Chroma
    from langchain_core.documents import Document

    from index.build import scan
    from index.text import chunk_article

    shutil.rmtree(data, ignore_errors=True)
    emb, load_s, rss_model = _warm_model()

    t = time.perf_counter()
    articles, _ = scan(corpus, 2_000_000)
    chunks = [c for a in articles for c in chunk_article(a, 700)]
    docs = [Document(page_content=c.text, metadata={"source": c.source}) for c in chunks]
    vs = Chroma.from_documents(docs, emb, ids=[c.id for c in chunks], collection_name="baseline",
                               persist_directory=str(data), client_settings=ChromaSettings(anonymized_telemetry=False))
    index_s = time.perf_counter() - t

    for q in WARMUP:
        vs.similarity_search(q, k=4)
    all_q, scored = questions(qfile)
    retrieval = []
    for q in all_q:
        t = time.perf_counter()
        vs.similarity_search(q, k=4)
        retrieval.append((time.perf_counter() - t) * 1000)
    hit_4 = 0
    for item in scored:
        srcs = [d.metadata["source"] for d in vs.similarity_search(item["question"], k=4)]
        hit_4 += any(s in item["sources"] for s in srcs)
    n = len(scored) or 1
    return {
        "system": "baseline", "articles": len(articles), "chunks": len(chunks), "k": 4,
        "index_s": round(index_s, 1), "chunks_per_s": round(len(chunks) / index_s, 1),
        "disk_mb": round(du(data) / 1e6, 1), "model_load_s": round(load_s, 1), "rss_after_model_mb": rss_model,
        "peak_rss_mb": peak_rss_mb(), "startup_ms": None,
        "retrieval_ms": _ms(retrieval), "answer_ms": None,
        "hit_at_k": round(hit_4 / n, 3), "hit_at_4": round(hit_4 / n, 3), "answer_cites_source": None,
        "n_scored": len(scored),
    }


def run_latency(ours_data: Path, base_data: Path, corpus: Path, qfile: Path, rounds: int = 1) -> dict:
    """Query latency of both systems over their finished indexes, in one process, each question
    asked of ours then of the baseline, so a busy machine slows both alike."""
    from chromadb.config import Settings as ChromaSettings
    from langchain_chroma import Chroma

    from bot.chain import build_chain
    from bot.settings import Settings
    from index.embeddings import LocalMiniLMEmbeddings
    from index.store import Store

    from langchain_core.embeddings import Embeddings

    class _Timed(TimedEmbeddings, Embeddings):
        pass

    emb = _Timed(LocalMiniLMEmbeddings())
    settings = Settings(data_dir=ours_data, seeds_dir=corpus, llm="extractive", chroma_host=None)
    t = time.perf_counter()
    store = Store(settings, embeddings=emb)
    store.keyword_index()
    startup_ms = (time.perf_counter() - t) * 1000
    bot = build_chain(settings, store, build_if_empty=False)
    vs = Chroma(collection_name="baseline", embedding_function=emb, persist_directory=str(base_data),
                client_settings=ChromaSettings(anonymized_telemetry=False))
    for q in WARMUP:
        bot.ask(q)
        vs.similarity_search(q, k=4)
    all_q, _ = questions(qfile)
    m = {k: [] for k in ("ours_retrieval", "ours_retrieval_store", "base_retrieval", "base_retrieval_store",
                         "ours_answer", "embed_query")}
    for _ in range(rounds):
        for q in all_q:
            e0, t = emb.query_s, time.perf_counter()
            bot.retriever.search(q)
            dt = time.perf_counter() - t
            m["ours_retrieval"].append(dt * 1000)
            m["ours_retrieval_store"].append((dt - (emb.query_s - e0)) * 1000)
            m["embed_query"].append((emb.query_s - e0) * 1000)
            e0, t = emb.query_s, time.perf_counter()
            vs.similarity_search(q, k=4)
            dt = time.perf_counter() - t
            m["base_retrieval"].append(dt * 1000)
            m["base_retrieval_store"].append((dt - (emb.query_s - e0)) * 1000)
            t = time.perf_counter()
            bot.ask(q)
            m["ours_answer"].append((time.perf_counter() - t) * 1000)
    return {"startup_ms": round(startup_ms, 1), **{k: _ms(v) for k, v in m.items()}}


# --------------------------------------------------------------------------- the whole run

def _worker(system: str, corpus: Path, data: Path, qfile: Path, timeout: float, extra: list[str] = ()) -> dict:
    cmd = [sys.executable, "-m", "bot.bench", "--worker", system, "--corpus", str(corpus), "--data", str(data),
           "--questions", str(qfile), *extra]
    env = os.environ | {"TOKENIZERS_PARALLELISM": "false", "TRANSFORMERS_VERBOSITY": "error",
                        "HF_HUB_DISABLE_PROGRESS_BARS": "1", "ANONYMIZED_TELEMETRY": "False"}
    env.pop("BOT_CHROMA_HOST", None)
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=PROJECT_ROOT, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"bench worker {system} on {corpus.name} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _load() -> float:
    return round(os.getloadavg()[0], 2)


def row_cells(r: dict) -> list[str]:
    ans = r["answer_ms"]
    return [f"{r['size']:,}" if isinstance(r["size"], int) else r["size"], r["system"], f"{r['chunks']:,}",
            f"{r['chunks_per_s']:.1f}", f"{r['disk_mb']:.1f}", f"{r['peak_rss_mb']:.0f}",
            f"{r['retrieval_ms']['p50']:.1f} / {r['retrieval_ms']['p95']:.1f}",
            f"{r['retrieval_store_ms']['p50']:.1f} / {r['retrieval_store_ms']['p95']:.1f}" if r.get("retrieval_store_ms") else "-",
            f"{ans['p50']:.1f} / {ans['p95']:.1f}" if ans else "n/a",
            f"{r['hit_at_k']:.3f} (k={r['k']})", f"{r['hit_at_4']:.3f}",
            f"{r['answer_cites_source']:.3f}" if r["answer_cites_source"] is not None else "n/a"]


HEADERS = ["corpus", "system", "chunks", "index chunks/s", "disk MB", "peak RSS MB", "retrieval ms p50 / p95",
           "of which store ms p50 / p95",
           "answer ms p50 / p95", "hit rate at k", "hit@4", "answer cites source"]


def table(rows: list[dict], markdown: bool = False) -> str:
    cells = [HEADERS] + [row_cells(r) for r in rows]
    if markdown:
        out = ["| " + " | ".join(cells[0]) + " |", "|" + "---|" * len(HEADERS)]
        return "\n".join(out + ["| " + " | ".join(c) + " |" for c in cells[1:]])
    w = [max(len(c[i]) for c in cells) for i in range(len(HEADERS))]
    lines = ["  ".join(c[i].ljust(w[i]) for i in range(len(HEADERS))) for c in cells]
    lines.insert(1, "  ".join("-" * x for x in w))
    return "\n".join(lines)


def ratios(rows: list[dict]) -> list[dict]:
    out = []
    for size in dict.fromkeys(r["size"] for r in rows):
        ours = next((r for r in rows if r["size"] == size and r["system"] == "ours"), None)
        base = next((r for r in rows if r["size"] == size and r["system"] == "baseline"), None)
        if not ours or not base:
            continue
        out.append({
            "size": size,
            "retrieval_p50_ratio": round(ours["retrieval_ms"]["p50"] / max(base["retrieval_ms"]["p50"], 1e-9), 2),
            "retrieval_p95_ratio": round(ours["retrieval_ms"]["p95"] / max(base["retrieval_ms"]["p95"], 1e-9), 2),
            "retrieval_store_p50_ratio": round(ours["retrieval_store_ms"]["p50"] / max(base["retrieval_store_ms"]["p50"], 1e-9), 2)
            if ours.get("retrieval_store_ms") and base.get("retrieval_store_ms") else None,
            "throughput_ratio": round(ours["chunks_per_s"] / max(base["chunks_per_s"], 1e-9), 2),
            "disk_ratio": round(ours["disk_mb"] / max(base["disk_mb"], 1e-9), 2),
            "peak_rss_ratio": round(ours["peak_rss_mb"] / max(base["peak_rss_mb"], 1e-9), 2),
            "hit_at_4_diff": round(ours["hit_at_4"] - base["hit_at_4"], 3),
            "hit_at_k_diff": round(ours["hit_at_k"] - base["hit_at_4"], 3),
        })
    return out


def ratio_table(rs: list[dict], markdown: bool = False) -> str:
    head = ["corpus", "retrieval p50 ours/base", "retrieval p95 ours/base", "store-side p50 ours/base",
            "index throughput ours/base",
            "disk ours/base", "peak RSS ours/base", "hit@4 ours - base", "hit@k ours - base@4"]
    cells = [head] + [[str(r["size"]), f"{r['retrieval_p50_ratio']:.2f}x", f"{r['retrieval_p95_ratio']:.2f}x",
                       f"{r['retrieval_store_p50_ratio']:.2f}x" if r.get("retrieval_store_p50_ratio") else "-",
                       f"{r['throughput_ratio']:.2f}x", f"{r['disk_ratio']:.2f}x", f"{r['peak_rss_ratio']:.2f}x",
                       f"{r['hit_at_4_diff']:+.3f}", f"{r['hit_at_k_diff']:+.3f}"] for r in rs]
    if markdown:
        return "\n".join(["| " + " | ".join(cells[0]) + " |", "|" + "---|" * len(head)] +
                         ["| " + " | ".join(c) + " |" for c in cells[1:]])
    w = [max(len(c[i]) for c in cells) for i in range(len(head))]
    return "\n".join("  ".join(c[i].ljust(w[i]) for i in range(len(head))) for c in cells)


def run_bench(sizes: list[int], out: Path, qfile: Path, seeds: Path, with_seeds: bool = True,
              timeout: float = 1800, keep: bool = False, partial: Path | None = None) -> dict:
    from bot.synthetic import make_corpus

    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    rows: list[dict] = []
    plan: list[tuple[str | int, Path, dict]] = []
    if with_seeds:
        plan.append(("3 articles", seeds, {"articles": len(list(seeds.glob("*.txt"))), "synthetic": 0}))
    for size in sizes:
        corpus = out / f"corpus-{size}"
        shutil.rmtree(corpus, ignore_errors=True)
        plan.append((size, corpus, make_corpus(corpus, size, seeds)))
    for size, corpus, info in plan:
        for system in ("ours", "baseline"):
            left = timeout - (time.perf_counter() - started)
            if left <= 0:
                raise TimeoutError(f"the benchmark ran past its {timeout:.0f} s budget; try fewer or smaller --sizes")
            load_before = _load()
            print(f"[bench] {system} on {size} ({info.get('articles')} articles), load {load_before}", file=sys.stderr)
            r = _worker(system, corpus, out / f"data-{system}-{size}", qfile, left)
            r |= {"size": size, "corpus": info, "load_before": load_before, "load_after": _load()}
            rows.append(r)
            print(table([r]).splitlines()[-1], file=sys.stderr)
            if partial is not None:
                partial.write_text(json.dumps({"rows": rows, "partial": True}, indent=2))
        # latency of both, side by side in one process, replaces each worker's own figures
        left = timeout - (time.perf_counter() - started)
        lat = _worker("latency", corpus, out / f"data-ours-{size}", qfile, max(left, 60),
                      ["--base-data", str(out / f"data-baseline-{size}")])
        ours_row, base_row = rows[-2], rows[-1]
        ours_row["own_process_latency"] = {"retrieval_ms": ours_row["retrieval_ms"], "answer_ms": ours_row["answer_ms"]}
        base_row["own_process_latency"] = {"retrieval_ms": base_row["retrieval_ms"]}
        ours_row |= {"retrieval_ms": lat["ours_retrieval"], "retrieval_store_ms": lat["ours_retrieval_store"],
                     "answer_ms": lat["ours_answer"], "embed_query_ms": lat["embed_query"],
                     "startup_ms": lat["startup_ms"]}
        base_row |= {"retrieval_ms": lat["base_retrieval"], "retrieval_store_ms": lat["base_retrieval_store"],
                     "embed_query_ms": lat["embed_query"]}
        print(f"[bench] side by side: {json.dumps(lat)}", file=sys.stderr)
        if partial is not None:
            partial.write_text(json.dumps({"rows": rows, "ratios": ratios(rows), "partial": True}, indent=2))
        if keep:
            continue
        for system in ("ours", "baseline"):
            shutil.rmtree(out / f"data-{system}-{size}", ignore_errors=True)
        if corpus != seeds:
            shutil.rmtree(corpus, ignore_errors=True)
    return {
        "rows": rows, "ratios": ratios(rows), "elapsed_s": round(time.perf_counter() - started, 1),
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0], "platform": sys.platform},
        "questions": str(qfile),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bot bench", description=__doc__.split("\n")[0])
    p.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                   help="comma-separated corpus sizes in chunks (default 1000,10000)")
    p.add_argument("--out", type=Path, default=PROJECT_ROOT / "artifacts" / "bench", help="working folder")
    p.add_argument("--json", type=Path, help="where to write the results (default OUT/bench.json)")
    p.add_argument("--markdown", type=Path, help="also write the tables as Markdown here")
    p.add_argument("--questions", type=Path, default=PROJECT_ROOT / "evals" / "questions.yaml")
    p.add_argument("--no-seeds-row", action="store_true", help="skip the 3-article reference row")
    p.add_argument("--timeout", type=float, default=1800, help="give up after this many seconds (default 1800)")
    p.add_argument("--keep", action="store_true", help="keep the corpora and indexes under OUT for a closer look")
    p.add_argument("--worker", choices=["ours", "baseline", "latency"], help=argparse.SUPPRESS)
    p.add_argument("--base-data", type=Path, help=argparse.SUPPRESS)
    p.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    p.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args(argv)

    if args.worker == "latency":
        print(json.dumps(run_latency(args.data, args.base_data, args.corpus, args.questions)))
        return 0
    if args.worker:
        fn = run_ours if args.worker == "ours" else run_baseline
        print(json.dumps(fn(args.corpus, args.data, args.questions)))
        return 0
    try:
        sizes = [int(x) for x in args.sizes.split(",") if x.strip()]
    except ValueError:
        print(f"error: --sizes takes comma-separated whole numbers, got {args.sizes!r}", file=sys.stderr)
        return 2
    from bot.settings import Settings

    data = run_bench(sizes, args.out, args.questions, Settings().seeds_dir, not args.no_seeds_row, args.timeout,
                     args.keep, partial=(args.json or args.out / "bench.json").with_suffix(".partial.json"))
    text = table(data["rows"]) + "\n\n" + ratio_table(data["ratios"])
    print(text)
    print(f"\n{data['elapsed_s']:.0f} s in all")
    dest = args.json or args.out / "bench.json"
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(json.dumps(data, indent=2))
    if args.markdown:
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text(table(data["rows"], True) + "\n\n" + ratio_table(data["ratios"], True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
