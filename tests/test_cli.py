"""The shell surface of the contract, run as real subprocesses on the small made-up corpus.

Each process that answers loads the embedding model (~10 s), so the invocations are few and
shared through module fixtures.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tiny_corpus import FOOTBALL_ID, write_corpus

ROOT = Path(__file__).resolve().parent.parent
ANSWER_FIELDS = {"question", "standalone_question", "answer", "refused", "refusal_reason", "citations", "mode",
                 "latency_ms"}
CITATION_FIELDS = {"n", "source", "title", "quote", "start", "end", "verified"}
SUMMARY_KEYS = ["n", "passed", "pass_rate", "answer_accuracy", "source_hit_rate", "refusal_accuracy",
                "false_refusal_rate", "quote_verified_rate", "latency_p50_ms", "latency_p95_ms", "mode"]


@pytest.fixture(scope="module")
def cli(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cli")
    corpus = write_corpus(tmp / "articles")
    env = {k: v for k, v in os.environ.items()
           if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "BOT_LLM", "BOT_CHROMA_HOST")}
    env |= {"BOT_DATA_DIR": str(tmp / "data"), "BOT_SEEDS_DIR": str(corpus), "HF_HUB_OFFLINE": "1",
            "TRANSFORMERS_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False", "PYTHONIOENCODING": "utf-8"}

    def run(*args: str, timeout: float = 180) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, env=env, capture_output=True,
                              text=True, encoding="utf-8", timeout=timeout)

    run.tmp = tmp
    return run


def one_line_error(p: subprocess.CompletedProcess) -> str:
    lines = [ln for ln in p.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, p.stderr
    return lines[0]


@pytest.fixture(scope="module")
def builds(cli):
    return cli("index", "build"), cli("index", "build")


def test_index_build_prints_a_summary_and_is_idempotent(builds):
    first, second = builds
    assert first.returncode == 0, first.stderr
    assert "indexed 2 articles" in first.stdout and "2 new" in first.stdout
    assert second.returncode == 0, second.stderr
    assert "2 unchanged" in second.stdout and "0 new" in second.stdout and "+0 " in second.stdout
    chunks = lambda out: out.split(" chunks")[0].rsplit(" ", 1)[-1]  # noqa: E731
    assert chunks(first.stdout) == chunks(second.stdout)


@pytest.fixture(scope="module")
def asked(cli, builds):
    p = cli("bot", "ask", "How many supporters does Copperfield Park hold?", "--json")
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)


def test_ask_json_prints_the_answer_object(asked):
    assert ANSWER_FIELDS <= set(asked)
    assert asked["question"] == "How many supporters does Copperfield Park hold?"
    assert asked["refused"] is False and asked["refusal_reason"] is None
    assert asked["mode"] == "extractive" and isinstance(asked["latency_ms"], (int, float))
    assert "8,500" in asked["answer"]
    assert asked["citations"]
    for c in asked["citations"]:
        assert CITATION_FIELDS <= set(c)
        assert c["verified"] is True
    assert FOOTBALL_ID in {c["source"] for c in asked["citations"]}


def test_show_prints_the_text_the_citation_offsets_point_into(cli, asked):
    c = asked["citations"][0]
    p = cli("bot", "show", c["source"])
    assert p.returncode == 0, p.stderr
    assert p.stdout == (cli.tmp / "articles" / f"{c['source']}.txt").read_text(encoding="utf-8")
    assert p.stdout[c["start"]:c["end"]] == c["quote"]


@pytest.mark.parametrize("question", ["", "x" * 100_000], ids=["empty", "100k-chars"])
def test_ask_bad_question_exits_2_with_one_line(cli, builds, question):
    p = cli("bot", "ask", question)
    assert p.returncode == 2, (p.returncode, p.stderr[-2000:])
    assert "question" in one_line_error(p)
    assert p.stdout == ""


QUESTIONS = """\
- id: manager
  question: "Who is the new manager of Harrowgate Rovers?"
  answerable: true
  must_include: [["Calloway"]]
  sources: ["harrowgate_rovers"]
- id: cost
  question: "How much will rebuilding the Kestrel Vale tram line cost?"
  answerable: true
  must_include: [["61 million"]]
  sources: ["kestrel_tram"]
- id: previous_club
  history: ["Who is the new manager of Harrowgate Rovers?"]
  question: "Which club did she coach before?"
  answerable: true
  must_include: [["Selby Mariners"]]
  sources: ["harrowgate_rovers"]
- id: france
  question: "What is the capital of France?"
  answerable: false
"""


def test_eval_writes_the_json_and_misses_an_impossible_threshold(cli, builds):
    qfile = cli.tmp / "questions.yaml"
    qfile.write_text(QUESTIONS, encoding="utf-8")
    out = cli.tmp / "out" / "eval.json"
    p = cli("bot", "eval", str(qfile), "--json", str(out), "--fail-under", "pass_rate=1.01")
    assert p.returncode == 1, p.stderr[-2000:]
    assert "pass_rate" in p.stderr
    assert "pass_rate" in p.stdout  # the summary table
    data = json.loads(out.read_text(encoding="utf-8"))
    summary = data["summary"]
    assert list(summary)[:len(SUMMARY_KEYS)] == SUMMARY_KEYS and set(summary) <= set(SUMMARY_KEYS) | {"model"}
    assert summary["n"] == 4 and summary["mode"] == "extractive"
    results = {r["id"]: r for r in data["results"]}
    assert list(results) == ["manager", "cost", "previous_club", "france"]
    for r in results.values():
        assert {"id", "passed"} | ANSWER_FIELDS <= set(r)
    assert results["france"]["refused"] is True and results["france"]["passed"] is True
    assert results["manager"]["passed"] is True, results["manager"]["answer"]
    assert results["previous_club"]["question"] == "Which club did she coach before?"
    assert summary["passed"] == sum(r["passed"] for r in results.values())
    assert summary["refusal_accuracy"] == 1.0
    assert summary["quote_verified_rate"] == 1.0
    print("eval summary:", json.dumps(summary))
    print({k: (r["passed"], r["answer"][:120]) for k, r in results.items()})


def test_eval_malformed_yaml_exits_2_with_one_line(cli):
    bad = cli.tmp / "bad.yaml"
    bad.write_text("- id: q1\n  question: [unclosed\n", encoding="utf-8")
    p = cli("bot", "eval", str(bad))
    assert p.returncode == 2, p.stderr[-2000:]
    assert "YAML" in one_line_error(p)
