"""The scripted evaluation: run a question set through the bot and score it as the contract says.

Each item's `history` is played through the bot as a real conversation before its question.
An answerable item passes when it is not refused, every `must_include` group has an
alternative in the answer (case-insensitive), and a citation's source is in `sources`; an
unanswerable one passes when it is refused. `report` writes a Markdown report with a table
per category, every failure, and a chart of pass rate per category.
"""
from __future__ import annotations

import statistics
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

from bot.answer import Answer
from bot.chain import Bot, Conversation


class QuestionSetError(ValueError):
    pass


def load_questions(path: Path) -> list[dict]:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise QuestionSetError(f"question set not found: {path}") from None
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        raise QuestionSetError(f"question set {path} is not valid YAML: {str(e).splitlines()[0]}") from None
    if not isinstance(data, list) or not data:
        raise QuestionSetError(f"question set {path} must be a non-empty YAML list of items")
    seen = set()
    for i, item in enumerate(data):
        where = f"item {i + 1} of {path}"
        if not isinstance(item, dict) or not isinstance(item.get("question"), str):
            raise QuestionSetError(f"{where} needs a 'question' string")
        item.setdefault("id", f"item{i + 1}")
        if item["id"] in seen:
            raise QuestionSetError(f"{where}: duplicate id {item['id']!r}")
        seen.add(item["id"])
        item.setdefault("answerable", True)
        item.setdefault("history", [])
        groups = item.get("must_include") or []
        item["must_include"] = [[g] if isinstance(g, str) else list(g) for g in groups]
        item["sources"] = list(item.get("sources") or [])
    return data


def score_item(item: dict, answer: Answer) -> dict[str, Any]:
    text = answer.answer.lower()
    if item["answerable"]:
        content = all(any(str(alt).lower() in text for alt in group) for group in item["must_include"])
        source_hit = any(c.source in item["sources"] for c in answer.citations) if item["sources"] else True
        passed = (not answer.refused) and content and source_hit
        return {"passed": passed, "content_ok": content, "source_hit": source_hit}
    return {"passed": answer.refused, "content_ok": None, "source_hit": None}


def _pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    v = sorted(values)
    return round(v[min(len(v) - 1, max(0, int(round(q * (len(v) - 1)))))], 1)


def run(bot: Bot, items: list[dict], progress=None) -> dict:
    results = []
    for item in items:
        conv = Conversation(bot)
        for turn in item["history"]:
            conv.ask(str(turn))
        answer = conv.ask(item["question"])
        row = {"id": item["id"], "category": item.get("category"), "answerable": item["answerable"],
               "must_include": item["must_include"], "sources": item["sources"],
               "history": item["history"]}
        row |= score_item(item, answer)
        row |= answer.to_dict()
        results.append(row)
        if progress:
            progress(row)
    return {"summary": summarise(results, bot), "results": results}


def summarise(results: list[dict], bot: Bot | None = None) -> dict:
    ans = [r for r in results if r["answerable"]]
    una = [r for r in results if not r["answerable"]]
    cites = [c for r in results for c in r["citations"]]
    uncited = sum(r.get("uncited_quotes", 0) for r in results)
    # latency after the first question: the first pays for loading
    lat = [r["latency_ms"] for r in results][1:] or [r["latency_ms"] for r in results]
    n = len(results)
    summary = {
        "n": n,
        "passed": sum(r["passed"] for r in results),
        "pass_rate": round(sum(r["passed"] for r in results) / n, 4) if n else 0.0,
        "answer_accuracy": round(sum(r["passed"] for r in ans) / len(ans), 4) if ans else 0.0,
        "source_hit_rate": round(sum(bool(r["source_hit"]) for r in ans) / len(ans), 4) if ans else 0.0,
        "refusal_accuracy": round(sum(r["refused"] for r in una) / len(una), 4) if una else 0.0,
        "false_refusal_rate": round(sum(r["refused"] for r in ans) / len(ans), 4) if ans else 0.0,
        # quotes a model wrote without a usable citation count as unverified quotes too
        "quote_verified_rate": (round(sum(c["verified"] for c in cites) / (len(cites) + uncited), 4)
                                if cites or uncited else 1.0),
        "latency_p50_ms": round(statistics.median(lat), 1) if lat else 0.0,
        "latency_p95_ms": _pct(lat, 0.95),
        "mode": results[0]["mode"] if results else (bot.settings.llm if bot else "extractive"),
    }
    models = {r.get("model") for r in results if r.get("model")}
    if models:
        summary["model"] = sorted(models)[0]
    if bot is not None and bot.settings.llm == "openai":
        # the mode asked for, whatever each answer fell back to; fallbacks counts the answers
        # that came from the extractive answerer because the model failed (each has a notice)
        summary["mode"] = "openai"
        summary["model"] = bot.settings.openai_model
        summary["fallbacks"] = sum(1 for r in results if r.get("notice"))
        summary["unsupported"] = sum(1 for r in results if r.get("unsupported"))
    return summary


def by_category(results: list[dict]) -> dict[str, dict]:
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in results:
        groups[r.get("category") or ("answerable" if r["answerable"] else "unanswerable")].append(r)
    return {k: {"n": len(v), "passed": sum(r["passed"] for r in v), "pass_rate": round(sum(r["passed"] for r in v) / len(v), 4)}
            for k, v in sorted(groups.items())}


SUMMARY_KEYS = ["n", "passed", "pass_rate", "answer_accuracy", "source_hit_rate", "refusal_accuracy",
                "false_refusal_rate", "quote_verified_rate", "latency_p50_ms", "latency_p95_ms", "mode"]


def summary_table(summary: dict, cats: dict[str, dict]) -> str:
    lines = ["metric                 value", "---------------------  --------"]
    for k in SUMMARY_KEYS + [k for k in ("model", "fallbacks", "unsupported") if k in summary]:
        v = summary[k]
        lines.append(f"{k:<22} {v:.3f}" if isinstance(v, float) and "ms" not in k else f"{k:<22} {v}")
    lines += ["", "category          n   passed  pass_rate", "----------------  --  ------  ---------"]
    for k, v in cats.items():
        lines.append(f"{k:<16}  {v['n']:>2}  {v['passed']:>6}  {v['pass_rate']:.3f}")
    return "\n".join(lines)


def summary_line(summary: dict) -> str:
    return ("pass_rate={pass_rate:.3f} answer_accuracy={answer_accuracy:.3f} source_hit_rate={source_hit_rate:.3f} "
            "refusal_accuracy={refusal_accuracy:.3f} false_refusal_rate={false_refusal_rate:.3f} "
            "quote_verified_rate={quote_verified_rate:.3f} p50={latency_p50_ms}ms p95={latency_p95_ms}ms "
            "n={n} mode={mode}").format(**summary) + "".join(
                f" {k}={summary[k]}" for k in ("model", "fallbacks", "unsupported") if k in summary)


def check_thresholds(summary: dict, specs: list[str]) -> list[str]:
    """`--fail-under name=value`: the misses, as readable lines. Rates whose lower is better
    (false_refusal_rate, latencies) fail when above the value."""
    misses = []
    for spec in specs:
        for part in spec.split(","):
            if not part.strip():
                continue
            name, _, value = part.partition("=")
            name = name.strip()
            if name not in summary or not value:
                raise QuestionSetError(f"--fail-under takes name=value with a summary metric, got {part!r}")
            try:
                limit = float(value)
            except ValueError:
                raise QuestionSetError(f"--fail-under {name} needs a number, got {value!r}") from None
            got = float(summary[name])
            lower_is_better = name.startswith("false_refusal") or name.startswith("latency")
            if (got > limit) if lower_is_better else (got < limit):
                misses.append(f"{name} = {got} is {'above' if lower_is_better else 'below'} {limit}")
    return misses


def write_report(out: Path, data: dict, title: str = "Evaluation report") -> Path:
    """Markdown report with a PNG chart of pass rate per category beside it."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    summary, results = data["summary"], data["results"]
    cats = by_category(results)
    chart = out.with_suffix(".png")
    fig, ax = plt.subplots(figsize=(7, 0.45 * len(cats) + 1.2))
    names = list(cats)
    rates = [cats[k]["pass_rate"] * 100 for k in names]
    ax.barh(names, rates, color=["#2e7d32" if r >= 95 else "#f9a825" if r >= 80 else "#c62828" for r in rates])
    ax.set_xlim(0, 118)
    ax.set_xlabel("pass rate (%)")
    ax.invert_yaxis()
    for i, r in enumerate(rates):
        ax.text(r + 1, i, f"{r:.0f}% (n={cats[names[i]]['n']})", va="center", fontsize=8)
    ax.set_title(f"Pass rate per category — {summary['mode']}")
    fig.tight_layout()
    fig.savefig(chart, dpi=110)
    plt.close(fig)

    md = [f"# {title}", "", f"Mode: **{summary['mode']}**" + (f", model `{summary['model']}`" if summary.get("model") else ""), "",
          "## Summary", "", "| metric | value |", "|---|---|"]
    md += [f"| {k} | {summary[k]} |" for k in SUMMARY_KEYS if k in summary]
    md += ["", "## By category", "", "| category | n | passed | pass rate |", "|---|---|---|---|"]
    md += [f"| {k} | {v['n']} | {v['passed']} | {v['pass_rate']:.0%} |" for k, v in cats.items()]
    md += ["", f"![pass rate per category]({chart.name})", "", "## Failures", ""]
    fails = [r for r in results if not r["passed"]]
    if not fails:
        md.append("None.")
    for r in fails:
        md += [f"### {r['id']} ({r.get('category') or '-'})", "",
               f"- question: {r['question']}"]
        if r.get("history"):
            md.append(f"- history: {r['history']}")
        md += [f"- standalone: {r['standalone_question']}",
               f"- expected: {'refusal' if not r['answerable'] else 'answer with ' + str(r['must_include']) + ' citing ' + str(r['sources'])}",
               f"- refused: {r['refused']}" + (f" ({r['refusal_reason']})" if r['refused'] else ""),
               f"- cited: {[c['source'] for c in r['citations']]}", "", "```", r["answer"], "```", ""]
    out.write_text("\n".join(md), encoding="utf-8")
    return out
