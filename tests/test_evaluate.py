"""bot/evaluate.py: the contract's scoring rules, worked by hand. Fast: no model, no store."""
from __future__ import annotations

import pytest

from bot.answer import Answer, Citation
from bot.evaluate import (SUMMARY_KEYS, QuestionSetError, check_thresholds, load_questions, run, score_item,
                          summarise)


def cite(source: str, verified: bool = True, n: int = 1) -> Citation:
    return Citation(n=n, source=source, title="t", quote="q", start=0, end=1, verified=verified)


def answer(text: str = "", refused: bool = False, citations=(), latency: float = 10.0, question: str = "q") -> Answer:
    return Answer(question=question, standalone_question=question, answer=text, refused=refused,
                  refusal_reason="not in the articles" if refused else None, citations=list(citations),
                  latency_ms=latency)


def item(answerable=True, must_include=(), sources=(), **kw) -> dict:
    return {"id": kw.pop("id", "x"), "question": "q", "answerable": answerable,
            "must_include": [list(g) for g in must_include], "sources": list(sources), "history": [], **kw}


def row(it: dict, ans: Answer) -> dict:
    return {"id": it["id"], "answerable": it["answerable"]} | score_item(it, ans) | ans.to_dict()


ITEM = item(must_include=[["Linda Steele", "Steele"], ["2016"]], sources=["004", "005"])


@pytest.mark.parametrize("ans, passed", [
    (answer("Inspector LINDA STEELE led it in 2016.", citations=[cite("004")]), True),
    (answer("steele led the 2016 one.", citations=[cite("999"), cite("005", n=2)]), True),
    (answer("Linda Steele led it.", citations=[cite("004")]), False),             # group "2016" unmet
    (answer("It was in 2016.", citations=[cite("004")]), False),                  # name group unmet
    (answer("Linda Steele, 2016.", citations=[cite("999")]), False),              # no source hit
    (answer("Linda Steele, 2016.", citations=[]), False),                         # no citation at all
    (answer("Linda Steele, 2016.", refused=True, citations=[cite("004")]), False),  # refused
])
def test_answerable_item_passes_only_with_content_source_and_no_refusal(ans, passed):
    assert score_item(ITEM, ans)["passed"] is passed


def test_unanswerable_item_passes_when_refused_whatever_the_text():
    una = item(answerable=False)
    assert score_item(una, answer("I can't answer that.", refused=True))["passed"] is True
    assert score_item(una, answer("Paris", citations=[cite("004")]))["passed"] is False


def test_summary_rates_use_the_right_denominators():
    a1, a2, a3, a4 = (item(id=f"a{i}", must_include=[["yes"]], sources=["s"]) for i in range(1, 5))
    u1, u2 = item(id="u1", answerable=False), item(id="u2", answerable=False)
    rows = [
        row(a1, answer("yes", citations=[cite("s"), cite("s", verified=False, n=2)], latency=100)),  # pass
        row(a2, answer("no", citations=[cite("s")], latency=20)),                 # source hit, content miss
        row(a3, answer("yes", citations=[cite("other")], latency=30)),            # content, no source hit
        row(a4, answer("", refused=True, latency=40)),                            # false refusal
        row(u1, answer("", refused=True, latency=50)),                            # pass
        row(u2, answer("made up", citations=[cite("s", verified=False)], latency=60)),  # should have refused
    ]
    s = summarise(rows)
    assert list(s) == SUMMARY_KEYS
    assert s["n"] == 6 and s["passed"] == 2
    assert s["pass_rate"] == round(2 / 6, 4)
    assert s["answer_accuracy"] == 0.25            # 1 of 4 answerable
    assert s["source_hit_rate"] == 0.5             # a1, a2 of 4 answerable
    assert s["refusal_accuracy"] == 0.5            # 1 of 2 unanswerable
    assert s["false_refusal_rate"] == 0.25         # a4 of 4 answerable
    assert s["quote_verified_rate"] == 0.6         # 3 of 5 citations, over all items
    assert s["mode"] == "extractive"
    assert 20 <= s["latency_p50_ms"] <= s["latency_p95_ms"] <= 100


def test_check_thresholds():
    s = {"pass_rate": 0.8, "false_refusal_rate": 0.2, "latency_p95_ms": 500.0}
    assert check_thresholds(s, ["pass_rate=0.8"]) == []                       # meeting it is enough
    assert len(check_thresholds(s, ["pass_rate=0.81"])) == 1
    assert check_thresholds(s, ["false_refusal_rate=0.2"]) == []              # lower is better
    assert len(check_thresholds(s, ["false_refusal_rate=0.1"])) == 1
    assert len(check_thresholds(s, ["latency_p95_ms=400"])) == 1
    assert len(check_thresholds(s, ["pass_rate=0.9,false_refusal_rate=0.1", "latency_p95_ms=1000"])) == 2
    miss = check_thresholds(s, ["pass_rate=1.01"])[0]
    assert "pass_rate" in miss and "\n" not in miss
    for bad in (["nonsense=1"], ["pass_rate"], ["pass_rate="]):
        with pytest.raises(QuestionSetError):
            check_thresholds(s, bad)
    with pytest.raises(ValueError):
        check_thresholds(s, ["pass_rate=high"])


def test_load_questions_normalises_and_rejects(tmp_path):
    good = tmp_path / "q.yaml"
    good.write_text('- id: a\n  question: "Who?"\n  must_include: ["Steele", ["2016", "two thousand sixteen"]]\n'
                    '  sources: ["004"]\n- question: "Capital of France?"\n  answerable: false\n', encoding="utf-8")
    items = load_questions(good)
    assert items[0]["must_include"] == [["Steele"], ["2016", "two thousand sixteen"]]
    assert items[0]["history"] == [] and items[0]["answerable"] is True
    assert items[1]["id"] and items[1]["answerable"] is False
    for name, text in {"bad.yaml": "- id: [unclosed\n  question: x", "dict.yaml": "id: a\nquestion: b\n",
                       "dup.yaml": "- {id: a, question: x}\n- {id: a, question: y}\n", "noq.yaml": "- {id: a}\n"}.items():
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        with pytest.raises(QuestionSetError) as e:
            load_questions(p)
        assert "\n" not in str(e.value)
    with pytest.raises(QuestionSetError, match="not found"):
        load_questions(tmp_path / "missing.yaml")


class ScriptedBot:
    """Answers from a script and records what it was asked: the runner's only dependency is `ask`."""

    class settings:
        llm = "extractive"

    def __init__(self, script: dict[str, Answer]):
        self.script = script
        self.calls: list[tuple[str, list[str]]] = []

    def ask(self, question, history=None):
        self.calls.append((question, [t.question for t in history or []]))
        return self.script[question].model_copy(update={"question": question})


def test_run_plays_history_as_a_conversation_then_scores_the_question():
    bot = ScriptedBot({
        "Who led it?": answer("Linda Steele led it.", citations=[cite("004")]),
        "What did she say?": answer("She said services remain very poor.", citations=[cite("004")]),
        "Capital of France?": answer("", refused=True),
    })
    items = [
        {"id": "h1", "question": "What did she say?", "history": ["Who led it?"], "answerable": True,
         "must_include": [["very poor"]], "sources": ["004"]},
        {"id": "u1", "question": "Capital of France?", "history": [], "answerable": False,
         "must_include": [], "sources": []},
    ]
    data = run(bot, items)
    assert bot.calls == [("Who led it?", []), ("What did she say?", ["Who led it?"]), ("Capital of France?", [])]
    assert [(r["id"], r["passed"]) for r in data["results"]] == [("h1", True), ("u1", True)]
    for r in data["results"]:
        assert {"question", "standalone_question", "answer", "refused", "refusal_reason", "citations", "mode",
                "latency_ms"} <= set(r)
    assert data["summary"]["pass_rate"] == 1.0


def test_quotes_written_without_a_citation_count_as_unverified():
    """A model's quote with no usable [n] has no citation object; the rate must still count it."""
    it = item(must_include=[["x"]], sources=["a"])
    checked = answer("x", citations=[cite("a", True), cite("a", True, n=2)])
    loose = answer("x", citations=[cite("a", True)]).model_copy(update={"uncited_quotes": 2})
    summary = summarise([row(it, checked), row(it, loose)])
    assert summary["quote_verified_rate"] == pytest.approx(3 / 5)
