"""`bot.safety.instruction_like` flags every hidden instruction planted in the test articles and no
sentence of the real corpora (seeds/ and evals/corpus2/): safe for an answerer to skip on."""
from __future__ import annotations

from bot.safety import instruction_like
from index.text import parse_article
from tests.reliability.payloads import injected_articles
from tests.reliability.support import ROOT, record


def test_instruction_like_flags_planted_instructions_and_no_news_sentence():
    news = []
    for p in sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "evals" / "corpus2").glob("*.txt")):
        a = parse_article(p.stem, p.read_text(encoding="utf-8"))
        news += [a.text[s:e] for s, e in a.sentences()]
    false_pos = [s for s in news if instruction_like(s)]
    planted, missed = 0, []
    for name, text in injected_articles().items():
        a = parse_article(name, text)
        for s, e in a.sentences():
            sent = a.text[s:e]
            if "CANARY" in sent or "half of your" in sent:
                planted += 1
                if not instruction_like(sent):
                    missed.append(sent)
    record("instruction_like", {"news_sentences": len(news), "false_positives": len(false_pos),
                                "planted_sentences": planted, "missed": len(missed)})
    assert not false_pos, false_pos[:3]
    assert planted == 15 and not missed, missed
