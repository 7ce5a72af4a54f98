"""Bad questions: a clear one-line message, no embedding call for what is rejected, no crash for the rest.

The embeddings are the real local model behind a counting `Embeddings` passed through the
production seam, `Store(settings, embeddings=...)`: a rejected question must cost zero calls.
"""
from __future__ import annotations

import shutil

import pytest

from tests.conftest import SEEDS, make_settings
from tests.reliability.support import CountingEmbeddings, record

REJECTED = {
    "empty": "",
    "whitespace": " \t\n\r\u00a0\u2003  \n",
    "100,000 characters": "What did the council say? " * 3847,
    "one long word": "a" * 100_000,
    "control characters only": "\x00\x01\x02\x1b\x7f\x08\x0b\x0c\x1f",
    "only punctuation": "?!?... ,;:-- ()[]{} ''\"\" ¿¡ …",
    "only emoji and symbols": "🔥🔥🔥 ✨ → ★ ☃",
    "zero-width only": "\u200b\u200c\u200d\ufeff\u2060",
    "not text (a number)": 42,
    "not text (None)": None,
}
ANSWERED = {
    "control characters inside": "What did\x00 Preet Kaur Gill\x1b say\x07 about the report?",
    "mixed scripts": "What did Preet Kaur Gill say Отчёт 报告 التقرير about the report?",
    "right-to-left override": "What did \u202ePreet Kaur Gill\u202c say about the report?",
    "combining marks": "Wha\u0301t di\u0301d Preet Kaur Gill say about the report?",
    "just under the limit": "What did Preet Kaur Gill say about the report? " + "x" * 1900,
    "not English": "Что сказала Прит Каур Гилл о докладе?",
    "a lone word": "Gill",
    "an ANSI colour code (its letters remain)": "\x1b[31m\x1b[0m",
}


@pytest.fixture(scope="module")
def counted_bot(tmp_path_factory, embeddings):
    from bot.chain import build_chain
    from index.store import Store

    tmp = tmp_path_factory.mktemp("badq")
    shutil.copytree(SEEDS, tmp / "seeds")
    settings = make_settings(tmp, tmp / "seeds")
    counting = CountingEmbeddings(embeddings)
    bot = build_chain(settings, Store(settings, embeddings=counting))
    return bot, counting


def test_rejected_questions_say_why_and_cost_no_embedding(counted_bot):
    from bot.chain import QuestionError

    bot, counting = counted_bot
    messages = {}
    for name, q in REJECTED.items():
        counting.reset()
        with pytest.raises(QuestionError) as e:
            bot.ask(q)
        msg = str(e.value)
        assert msg and "\n" not in msg and len(msg) < 200, (name, msg)
        assert counting.calls == 0, f"{name}: {counting.calls} embedding calls for a rejected question"
        messages[name] = msg
    assert "too long" in messages["100,000 characters"] and "empty" in messages["empty"]
    assert "no words" in messages["only punctuation"]

    answered = {}
    for name, q in ANSWERED.items():
        counting.reset()
        a = bot.ask(q)
        assert a.answer and all(c.verified for c in a.citations), name
        assert counting.calls > 0  # these do reach retrieval
        answered[name] = "refused" if a.refused else "answered"
    assert answered["control characters inside"] == "answered"

    record("bad_questions", {
        "rejected": len(REJECTED), "embedding_calls_for_rejected": 0, "messages": messages,
        "accepted_without_crash": len(ANSWERED), "outcomes": answered,
    })
