"""The answering chain: condense the follow-up, retrieve, answer, check every quote.

`build_chain(settings)` opens the store (building the index on first use) and returns a
`Bot`, whose `chain` is a LangChain Runnable of four steps and whose `ask` runs it for one
question in a conversation. A question is checked before anything else runs: an empty,
word-less or over-long one raises `QuestionError` with a one-line reason, and costs no
embedding or model call.

With `settings.llm == "openai"` the condense and answer steps ask the model
(`bot.generative`); every failure there ends in the extractive answer with a one-line
`notice`, within `settings.openai_timeout` seconds of wall-clock time per question.
"""
from __future__ import annotations

import queue
import re
import threading
import time
import unicodedata
from collections.abc import Iterator
from typing import Any

from langchain_core.runnables import Runnable, RunnableLambda

from bot.acronyms import AcronymReader
from bot.answer import Answer, Citation, Turn
from bot.bridge import resolve
from bot.conversation import CHANGED_SINCE, OTHER_PRONOUNS, PERSON_PRONOUNS, condense
from bot.events import EventClock, event_clause
from bot.extractive import NOW, QUESTION_CARRY, Draft, ExtractiveAnswerer, measured_words, merge_drafts, split_question
from bot.generative import GenerativeAnswerer
from bot.question import THING_AGE, TIME_PHRASE, YEAR, analyse
from bot.retrieve import HybridRetriever
from bot.settings import Settings
from bot.verify import verify_citation
from index.store import Store

# "how much by the time of the merger", "who in 2019", "how many now": a part that asks again, with no verb
ELLIPTIC = re.compile(r"^\W*(how\s+(?:much|many)|who|what|which|where)\s+(?:by|in|at|during|after|before|since|"
                      r"until|once|when|now|then|today|this\s+year|last\s+year)\b", re.I)
# "..., and who was in that role when ...?", "who held the same post ...": the post the first part asked of
SAME_POST = re.compile(r"^\W*(?:and\s+)?who\s+(?:(?:was|is|were|had\s+been)\s+in|held|had|filled)\s+(?:that|the\s+same|this)\s+"
                       r"(?:role|post|job|position|seat|office)\b", re.I)
# "..., and how many were left by the time of the loan?": a count of what the first part counted
COUNT_AGAIN = re.compile(r"^(\W*(?:and\s+)?how\s+many)\s+(?=(?:was|were|is|are|had|have|has|remained|remain|stayed|"
                         r"stay|still|(?:does|did|do)\s+(?:it|they)\s+have)\b)", re.I)


# "..., and who leads it now?": "it" what the verb acts on, the one body the first part named
RUNS_IT = re.compile(r"^\W*(?:and\s+)?who\s+(?:now\s+)?(?-i:[a-z]+s|led|ran|owned|chaired|managed)\s+(it|them)\b", re.I)
# "what was it ...", "how much was that ...": the same thing asked again, of another time
IT_ASKED = re.compile(r"\W*(?:and\s+|but\s+)?(?:what|how\s+(?:many|much))\s+(?:was|is|were|are)\s+"
                      r"(?:it|that|this|they|those|these)\b", re.I)


# an event told of someone or something by a pronoun ("when she retired", "when it bought the works"): its
# subject is not known to the search for it, so it is not timed
PRONOUN_EVENT = re.compile(r"\b(?:he|she|they|it|his|her|their|its|him|them)\b", re.I)


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
        self.events = EventClock(store, self.retriever.search, self.extractive._article_years)
        self.acronyms = AcronymReader(store, self.retriever.search)
        self.generative = GenerativeAnswerer(settings, store) if settings.llm == "openai" else None
        self.chain: Runnable = (
            RunnableLambda(self._condense, name="condense")
            | RunnableLambda(self._retrieve, name="retrieve")
            | RunnableLambda(self._answer, name="answer")
            | RunnableLambda(self._verify, name="verify_quotes")
        )

    # ------------------------------------------------------------------ steps
    def _condense(self, state: dict) -> dict:
        # "CCTV" asked where the articles write "closed-circuit television": their words are used throughout
        state = state | {"question": self.acronyms.expand(state["question"])}
        standalone = condense(state["question"], state["history"], self._around)
        if standalone == state["question"]:
            # "The woman who ran the post office - what job did she hold?": asked of her by name
            named = resolve(standalone, self._lead, self._around)
            if named:
                return state | {"standalone": named, "question": named, "described": state["question"]}
        if self.generative is not None and state["history"]:
            standalone = self.generative.condense(state["question"], state["history"], standalone, state["deadline"])
        return state | {"standalone": standalone}

    def _lead(self, question: str, found=None) -> Answer:
        """The extractive answer to a question on its own, with no model (what a description names); `found`:
        what retrieval already brought for it."""
        found = found if found is not None else self.retriever.search(question)
        draft = self.extractive.answer(analyse(question), found, [], asked=question)
        return Answer(question=question, standalone_question=question, answer=draft.answer, refused=draft.refused,
                      citations=draft.citations)

    def _around(self, c: Citation) -> str:
        """A quote with the sentence after it, from its article (what it says of the people it names)."""
        art = self.store.get_article(c.source)
        if art is None:
            return c.quote
        after = next((b for a, b in art.sentences if a >= c.end), c.end)
        return art.text[c.start:after]

    def _retrieve(self, state: dict) -> dict:
        return state | {"retrieval": self.retriever.search(state["standalone"])}

    def _answer(self, state: dict) -> dict:
        previous: list[Citation] = []
        for turn in reversed(state["history"]):
            if turn.answer and turn.answer.citations:
                previous = turn.answer.citations
                break
        if CHANGED_SINCE.match(state["question"]):
            previous = []  # "Has that gone up since?": asked of now, not read on from the last answer's quote
        self.store.prefetch(p.source for p in state["retrieval"].passages)  # two reads, not two per article
        q = analyse(state["standalone"])
        extras: dict = {}
        if self.generative is not None and not q.injection and state["retrieval"].passages:
            got = self.generative.answer(state["standalone"], state["retrieval"], state["deadline"], state.get("on_token"))
            if got.draft is not None:
                return state | {"draft": got.draft, "mode": "openai", "extras": {
                    "model": got.model, "unsupported": got.unsupported, "dropped_citations": got.dropped_citations,
                    "uncited_quotes": got.uncited_quotes}}
            extras = {"notice": got.notice}
        draft = self._extractive(state, q, previous)
        if draft.refused and state.get("described"):
            # the person named, the question finds nothing of them ("how many jobs went when his yard
            # collapsed?" is told of the yard, not of its boss): it is answered as it was asked
            asked = state["described"]
            plain = state | {"question": asked, "standalone": asked, "retrieval": self.retriever.search(asked)}
            again = self._extractive(plain, analyse(asked), previous)
            if not again.refused:
                return plain | {"draft": again, "mode": "extractive", "extras": extras}
        return state | {"draft": draft, "mode": "extractive", "extras": extras}

    def _extractive(self, state: dict, q, previous: list[Citation]) -> Draft:
        asked = state["question"]
        # "And what was he doing ten years later?" after a question of 2009: the year the rewriting worked
        # out (2019), in no earlier turn, is asked as much as one typed
        said = " ".join([asked] + [t.question for t in state["history"]])
        worked_out = [y for y in dict.fromkeys(YEAR.findall(state["standalone"])) if y not in said]
        if worked_out and state["history"]:
            asked = f"{asked.rstrip(' ?')} in {worked_out[0]}?"
        draft = self.extractive.answer(q, state["retrieval"], previous, asked=asked)
        parts = split_question(state["standalone"])
        if len(parts) != 2 and not q.injection:
            draft = self._at_event(state["standalone"], draft, previous)
        if len(parts) == 2 and not q.injection:
            # a two-part question: each part on its own evidence, the second read after the first
            # the second part's pronouns name the first part's subject, but it carries none of its words
            first = parts[0]
            first_found = self.retriever.search(first)  # (once, for its answer and for whom "she" names)
            first_info = analyse(first)
            again, counted = COUNT_AGAIN.match(parts[1]), measured_words(first)
            if again and counted and re.match(r"\W*how many\b", first, re.I):
                parts[1] = f"{again.group(1)} {' '.join(counted)} {parts[1][again.end():]}"
            elliptic = ELLIPTIC.match(parts[1])
            same_post = SAME_POST.match(parts[1]) if first_info.kind == "who" else None
            aged = THING_AGE.match(first)
            if aged and re.search(r"\b(?:it|they)\b", parts[1]):
                # "How old is the stone bridge - when was it finished?": when the stone bridge was finished
                thing = "the " + first[aged.start(1):].strip(" ?")
                second = re.sub(r"\b(?:it|they)\b", lambda m: thing, parts[1], count=1)
                second_info = analyse(second)
                if second_info.kind == "when":  # (one question asked twice: the second says what it means)
                    told = self.extractive.answer(second_info, self.retriever.search(second), previous, asked=second)
                    return told if not told.refused else draft
            elif elliptic or same_post:
                # "How much was owed during the cuts, and how much by the time of the merger?": no verb of its
                # own, so the first part asked of the second's time ("..., and who was in that role when the
                # 2015 blast happened?": who was chairing it then)
                core = TIME_PHRASE.split(first.rstrip(" ?"), maxsplit=1)[0]
                rest = parts[1][elliptic.end(1):] if elliptic else parts[1][same_post.end():]
                second = f"{core} {rest.strip(' ?')}?"
            else:
                said = Turn(question=first)
                if PERSON_PRONOUNS.search(parts[1]) and first_info.kind == "who":
                    # "Who runs Elmstead now, and who did she take over from?": "she" is the one the first
                    # part's answer names
                    said = Turn(question=first, answer=self._lead(first, first_found))
                second = condense(parts[1], [said], self._around)
                own_words = [t for t in analyse(parts[1]).content if not YEAR.fullmatch(t)]
                same_thing = set(own_words) <= set(first_info.content) or bool(IT_ASKED.match(parts[1]))
                runs_it = RUNS_IT.match(parts[1])
                named = [e for e in first_info.entities if len(e.split()) >= 2]
                if second == parts[1] and runs_it and len(named) == 1:
                    # "Who was leading Kessington District Council when ..., and who leads it in 2023?": it is
                    # the body the first part named
                    second = parts[1][:runs_it.start(1)] + named[0] + parts[1][runs_it.end(1):]
                elif second == parts[1] and re.search(r"\b(1[6-9]|20)\d\d\b", parts[1]) and same_thing:
                    # "..., and what was it in 2024?": the first part's question asked of that time
                    # (not "..., and how many visitors did it get in 2010?", a question of its own)
                    again = condense("And " + parts[1], [Turn(question=first)])
                    second = parts[1] if again.startswith("And ") else again
            refers_back = bool(OTHER_PRONOUNS.search(parts[1]))
            if not refers_back:
                second = QUESTION_CARRY.sub("", second)  # "it"/"they" need the first part's words; else none
            texts = [first, second]
            retrievals = [first_found, self.retriever.search(second)]
            analysed = [first_info, analyse(second)]
            kinds = [a.kind for a in analysed]
            found = [self.extractive.answer(analysed[0], retrievals[0], previous, asked=first, part=True)]
            drafts = [self._at_event(first, found[0], previous, part=True)]
            # "... and when was it meant to be ready?": "it" is what the first part's quote was about
            after = drafts[0].citations if refers_back and drafts[0].citations else previous
            found.append(self.extractive.answer(analysed[1], retrievals[1], after, asked=QUESTION_CARRY.sub("", second),
                                                avoid=drafts[0].citations, part=True))
            drafts.append(self._at_event(second, found[1], after, avoid=drafts[0].citations, part=True))
            if not any(d.refused for d in drafts):
                if all(d is f for d, f in zip(drafts, found)):  # (a part timed by its event keeps that time)
                    drafts = self._apart_in_time(texts, kinds, retrievals, drafts, previous)
                draft = merge_drafts(drafts)
        return draft

    def _at_event(self, text: str, got: Draft, previous: list[Citation], **kw) -> Draft:
        """"How many vehicles a day were using Canal Street when the closures were made permanent?": when the
        answer found quotes an article written at another time than the event, in a sentence that does not
        tell of it, the question without its event clause is answered from the articles written when the
        event happened (if they answer it)."""
        carry = QUESTION_CARRY.search(text)
        typed = text[:carry.start()] if carry else text
        m = event_clause(typed)
        pronoun = PRONOUN_EVENT.search(m.group("event")) if m else None
        if not m or got.refused or not got.citations or \
                pronoun and not re.search(r"\b(?-i:[A-Z])", m.group("event")[:pronoun.start()]):
            return got  # (but "when Fenwick's announced it was closing" names whom "it" is)
        event, lead = m.group("event"), got.citations[0]
        if self.events.tells(self._around(lead), event):
            return got  # (an answer from a sentence that tells of the event stands, with no search for it)
        core = (typed[:m.start()] + typed[m.end():]).strip()
        year = self.events.year(event, analyse(core).entities)
        sources = self.events.articles(year) if year else []
        if not sources or lead.source in sources or str(year) in YEAR.findall(lead.quote):
            return got  # (nor does one from that time)
        # asked whole of those articles (the event's words find the sentence that tells it: "Council leader
        # Graham Tozer said ..." after "The council's cabinet voted ... to approve the scheme"), else without them
        for asked in (typed, core):
            found = self.retriever.search(asked + (carry.group(0) if carry else ""))
            timed = self.extractive.answer(analyse(asked), found, previous, asked=asked, within=sources, **kw)
            if not timed.refused:
                return timed
        return got

    def _apart_in_time(self, texts: list[str], kinds: list, retrievals: list, drafts: list[Draft],
                       previous: list[Citation]) -> list[Draft]:
        """"Who led the council when it voted to close the lido, and who led it when the lease was agreed?":
        when both parts of a question asking the same thing twice lead with the same sentence, they ask it
        of two times, the first part (unless it alone says "now") of the earlier: it is asked again (on the
        passages already retrieved for it) of the articles written before that sentence's."""
        a, b = drafts[0].citations[:1], drafts[1].citations[:1]
        if not (a and b and a[0].source == b[0].source and a[0].start == b[0].start) or kinds[0] != kinds[1]:
            return drafts
        art = self.store.get_article(a[0].source)
        if art is None or not art.years:
            return drafts
        i = 1 if NOW.search(texts[0]) and not NOW.search(texts[1]) else 0
        if YEAR.search(texts[i]):
            return drafts  # (a part that names its year is asked of that year)
        again = self.extractive.answer(analyse(texts[i]), retrievals[i], previous,
                                       asked=QUESTION_CARRY.sub("", texts[i]), part=True, before=art.years[0])
        if again.refused:
            return drafts
        return [again, drafts[1]] if i == 0 else [drafts[0], again]

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
    def ask(self, question: str, history: list[Turn] | None = None, on_token=None) -> Answer:
        t0 = time.perf_counter()
        q = clean_question(question, self.settings.max_question_chars)
        out = self.chain.invoke({"question": q, "history": list(history or []), "on_token": on_token,
                                 "deadline": time.monotonic() + self.settings.openai_timeout})
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
            **out.get("extras", {}),
        )

    def stream(self, question: str, history: list[Turn] | None = None) -> Iterator[str | Answer]:
        """Text as it is written (str pieces), then the finished `Answer` last.

        The extractive answer is complete at once, so it yields only the `Answer`. The
        generative one yields the model's words as they arrive; they are provisional: the
        `Answer`'s text (quotes checked, citations renumbered, or the extractive fallback
        with its notice) replaces them."""
        if self.generative is None:
            yield self.ask(question, history)
            return
        clean_question(question, self.settings.max_question_chars)  # bad input raises here, before any work
        pieces: queue.Queue = queue.Queue()

        def run() -> None:
            try:
                pieces.put(("answer", self.ask(question, history, on_token=lambda t: pieces.put(("text", t)))))
            except BaseException as e:  # noqa: BLE001 - re-raised in the caller's thread
                pieces.put(("error", e))

        threading.Thread(target=run, name="bot-stream", daemon=True).start()
        while True:
            kind, value = pieces.get()
            if kind == "text":
                yield value
            elif kind == "error":
                raise value
            else:
                yield value
                return

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
