"""The answering chain: condense the follow-up, retrieve, answer, check every quote.

`build_chain(settings)` opens the store (building the index on first use) and returns a
`Bot`, whose `chain` is a LangChain Runnable of four steps and whose `ask` runs it for one
question in a conversation. A question is checked before anything else runs: an empty,
word-less or over-long one raises `QuestionError` with a one-line reason, and costs no
embedding or model call.
"""
from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Iterator
from typing import Any

from langchain_core.runnables import Runnable, RunnableLambda

from bot.answer import Answer, Citation, Turn
from bot.conversation import condense
from bot.extractive import Draft, ExtractiveAnswerer, merge_drafts, split_question
from bot.question import analyse
from bot.retrieve import HybridRetriever
from bot.settings import Settings
from bot.verify import verify_citation
from index.store import Store


class QuestionError(ValueError):
    """A question that cannot be asked; the message is the one-line reason."""


def clean_question(text: Any, max_chars: int) -> str:
    if not isinstance(text, str):
        raise QuestionError("the question must be text")
    if len(text) > max_chars * 4:
        raise QuestionError(f"the question is too long: {len(text):,} characters, the limit is {max_chars:,}")
    text = unicodedata.normalize("NFC", text)
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch for ch in text)
    text = re.sub(r"\s+", " ", text).strip()
    if not text:
        raise QuestionError("the question is empty: type a question about the articles")
    if len(text) > max_chars:
        raise QuestionError(f"the question is too long: {len(text):,} characters, the limit is {max_chars:,}")
    if not re.search(r"[^\W_]", text):
        raise QuestionError("the question has no words: ask it in words")
    return text


class Bot:
    def __init__(self, settings: Settings, store: Store):
        self.settings = settings
        self.store = store
        self.retriever = HybridRetriever(store=store, k=settings.retrieve_k)
        self.extractive = ExtractiveAnswerer(store)
        self.chain: Runnable = (
            RunnableLambda(self._condense, name="condense")
            | RunnableLambda(self._retrieve, name="retrieve")
            | RunnableLambda(self._answer, name="answer")
            | RunnableLambda(self._verify, name="verify_quotes")
        )

    # ------------------------------------------------------------------ steps
    def _condense(self, state: dict) -> dict:
        return state | {"standalone": condense(state["question"], state["history"])}

    def _retrieve(self, state: dict) -> dict:
        return state | {"retrieval": self.retriever.search(state["standalone"])}

    def _answer(self, state: dict) -> dict:
        previous: list[Citation] = []
        for turn in reversed(state["history"]):
            if turn.answer and turn.answer.citations:
                previous = turn.answer.citations
                break
        self.store.prefetch(p.source for p in state["retrieval"].passages)  # two reads, not two per article
        draft = self.extractive.answer(analyse(state["standalone"]), state["retrieval"], previous,
                                       asked=state["question"])
        parts = split_question(state["standalone"])
        if len(parts) == 2 and not draft.refused:
            # a two-part question: each part on its own evidence, the second read after the first
            first, second = parts[0], condense(parts[1], [Turn(question=parts[0])])
            drafts = [self.extractive.answer(analyse(p), self.retriever.search(p), previous, asked=p)
                      for p in (first, second)]
            if not any(d.refused for d in drafts):
                draft = merge_drafts(drafts)
        return state | {"draft": draft, "mode": "extractive"}

    def _verify(self, state: dict) -> dict:
        draft: Draft = state["draft"]
        checked = []
        for c in draft.citations:
            art = self.store.get_article(c.source)
            checked.append(verify_citation(c, art.text if art else None))
        nearest = draft.nearest
        if nearest is not None:
            art = self.store.get_article(nearest.source)
            nearest = verify_citation(nearest, art.text if art else None)
        return state | {"citations": checked, "nearest": nearest}

    # ------------------------------------------------------------------ public
    def ask(self, question: str, history: list[Turn] | None = None) -> Answer:
        t0 = time.perf_counter()
        q = clean_question(question, self.settings.max_question_chars)
        out = self.chain.invoke({"question": q, "history": list(history or [])})
        draft: Draft = out["draft"]
        return Answer(
            question=question if isinstance(question, str) else q,
            standalone_question=out["standalone"],
            answer=draft.answer,
            refused=draft.refused,
            refusal_reason=draft.refusal_reason,
            citations=out["citations"],
            nearest=out["nearest"],
            mode=out["mode"],
            latency_ms=round((time.perf_counter() - t0) * 1000, 1),
        )

    def stream(self, question: str, history: list[Turn] | None = None) -> Iterator[str | Answer]:
        """Text as it is written (str pieces), then the finished `Answer` last.

        The extractive answer is complete at once, so it yields only the `Answer`; a
        generative answerer yields its tokens first."""
        yield self.ask(question, history)

    def articles(self) -> list[dict]:
        """What the bot knows: id, title and date of each indexed article."""
        recs = self.store.article_records()
        return [{"id": k, "title": v.get("title", k), "date": v.get("date") or None, "chunks": v.get("chunks")}
                for k, v in sorted(recs.items())]


class Conversation:
    """A conversation with the bot: keeps the turns so follow-ups resolve."""

    def __init__(self, bot: Bot):
        self.bot = bot
        self.turns: list[Turn] = []

    def ask(self, question: str) -> Answer:
        answer = self.bot.ask(question, self.turns)
        self.turns.append(Turn(question=question, answer=answer))
        return answer


def build_chain(settings: Settings, store: Store | None = None, build_if_empty: bool = True) -> Bot:
    store = store or Store(settings)
    if build_if_empty:
        from index.build import ensure_index

        ensure_index(settings, store)
    return Bot(settings, store)
