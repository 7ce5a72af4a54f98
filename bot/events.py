"""When an event a question names happened, and which article was written then.

"How many vehicles a day were using Canal Street when the closures were made permanent?" asks
a figure of a time the question tells by an event, not a year. The article that reported the
event is the one most likely to give the figure as it stood then; a later article gives a later
figure. `EventClock.year(event)` finds the sentences that tell the event ("was made permanent in
2013", or "are to become permanent" in the opening of an article of 2013), leaving out plans, and
takes the earliest time they give for it; `EventClock.articles(year)` gives the articles written
then. Nothing here knows any corpus: the event is found by its own words (and their WordNet forms).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from bot.lexicon import LIGHT_VERBS, lexicon
from bot.retrieve import Retrieval
from bot.timeline import _NOT_EVENT, SPEECH, TIMES, UNDATED, event_time, published, written
from index.store import Store
from index.text import STOPWORDS, tokens

# "..., when the closures were made permanent", "by the time Swiftline lost its licence", "at the time of
# the merger": the event clause, up to the end of its part of the question
EVENT_AT = re.compile(r"(?<=\w)\s+(?:when|by\s+the\s+time(?:\s+of)?|at\s+the\s+time(?:\s+of)?)\s+"
                      r"(?P<event>[^,;?()]+?)\s*(?=[,;?(]|\band\s+(?:what|who|how|when|where|which)\b|$)", re.I)
# an event told of now, or by a year, is no event to find ("now that fares are going up", "in 2019")
NOT_EVENT = re.compile(r"\b(?:now|today|currently|(?:19|20)\d\d)\b|^(?:it|he|she|they|this|that)\s*$", re.I)
# the words that tell of the event must all be found, these aside
LIGHT = {"first", "finally", "eventually", "originally", "last", "new", "old", "still", "also", "then", "later",
         "just", "officially", "formally"}
# a plan or a hope told of the event, not the event: "the marina would open in 2020", "is due to reopen"
PLANNED = re.compile(r"\b(?:will|would|could|might|may|should|shall|due\s+to|expected\s+to|set\s+to|planned|"
                     r"plans?\s+to|hopes?\s+to|aims?\s+to|is\s+to|are\s+to|was\s+to|were\s+to|if|until|unless|"
                     r"(?:pushed|put)\s+back|delayed|postponed|hopes?|hoped|hoping|promis\w*|pledg\w*|vow\w*)\b", re.I)
MIN_WORDS = 2  # an event told by fewer words ("when it opened") is too vague to find
MISSING = 1  # of three words or more, one common word may be told otherwise ("the closures were made permanent")
COUNTS = {w: i for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                                     "fifteen sixteen seventeen eighteen nineteen twenty".split(), start=1)} | {"a": 1, "an": 1}
# a time told back from the day of writing: "four years after" the event, or the event "three years ago"
YEARS_BEFORE = re.compile(r"\b(?P<n>\d{1,2}|" + "|".join(COUNTS) + r")\s+years?\s+(?:(?P<since>after|since)\b|(?P<ago>ago)\b)",
                          re.I)
LEDE = 3  # the headline and the first two sentences of an article tell its news
SPREAD = 60  # characters at most from the first of the event's words to the last
NEAR = 60  # characters between the event's words and the time told of it


def event_clause(question: str) -> re.Match | None:
    """The clause that times what is asked by an event, or None (a question that asks "when", or times
    itself by a year or by now)."""
    if re.match(r"\W*(?:and\s+)?(?:since\s+)?when\b", question, re.I):
        return None
    m = EVENT_AT.search(question)
    if not m or NOT_EVENT.search(m.group("event")):
        return None
    return m


class EventClock:
    def __init__(self, store: Store, search: Callable[[str], Retrieval], dated: Callable[[], dict[str, tuple[int, int]]]):
        self.store = store
        self.search = search
        self.dated = dated  # each article's plausible years of writing, by source

    def _forms(self, word: str) -> set[str]:
        lex = lexicon()
        return set(tokens(word)) | {t for f in lex.derived(word) | lex.lemmas(word) for t in tokens(f)}

    def _words(self, event: str) -> tuple[list[set[str]], list[int], int] | None:
        """The forms of the words that tell the event, which of them are names (all must be found) and how
        many common ones may be missing; None for an event told by too few words to find."""
        asked = [m.group(0) for m in re.finditer(r"[\w’'-]+", event) if m.group(0).lower() not in STOPWORDS | LIGHT
                 and not lexicon().lemmas(m.group(0)) & LIGHT_VERBS]
        if len(asked) < MIN_WORDS or all(w[0].isupper() for w in asked):
            return None  # (nor by names alone: "when Kessock Marine went under")
        # (names and verbs must all be found: "the fraud became public" is not told by "a public apology")
        needed = [i for i, w in enumerate(asked) if w[0].isupper() or w[0].isdigit() or lexicon().mainly_verb(w)
                  or re.search(r"ed$", w)]
        return [self._forms(w) for w in asked], needed, MISSING if len(asked) >= 3 else 0

    def _found(self, sentence: str, told: tuple[list[set[str]], list[int], int]) -> list[int] | None:
        """Where the event's words are in the sentence, or None when it does not tell the event."""
        forms, needed, spare = told
        at = [(m.start(), set(tokens(m.group(0)))) for m in re.finditer(r"[\w’'-]+", sentence)]  # (once a sentence)
        found = [next((i for i, toks in at if toks & f), None) for f in forms]
        if any(found[i] is None for i in needed) or sum(f is None for f in found) > spare:
            return None
        found = [f for f in found if f is not None]
        return found if max(found) - min(found) <= SPREAD else None

    def tells(self, text: str, event: str) -> bool:
        """Does the text tell of the event ("When the health centre opened four years ago, the wait was ...")?"""
        told = self._words(event)
        return told is not None and self._found(SPEECH.sub(" ", text), told) is not None

    def year(self, event: str, names: list[str] = ()) -> int | None:
        """The year the event happened: the earliest the sentences that tell it give; None when the articles
        do not tell it plainly enough to time it. `names`: those the rest of the question gives; a sentence
        that names one of them tells of the event asked ("when the closure was announced" of "Northgate's
        Bridge Street branch") before one that names none."""
        told = self._words(event)
        if told is None:
            return None
        named = {re.sub(r"[’']s$", "", w) for n in names for w in n.split() if len(w) >= 3 and w[0].isupper()}
        times, read = [], set()
        for p in self.search(event).passages:
            art = self.store.get_article(p.source)
            if art is None:
                continue
            pub = published(art.date, art.years)
            for i, (a, b) in enumerate(art.sentences):
                if b <= p.start or a >= p.end or (p.source, i) in read:
                    continue  # (a sentence two overlapping chunks hold is read once)
                read.add((p.source, i))
                sentence = SPEECH.sub(" ", art.text[a:b])
                found = self._found(sentence, told)
                if found is None:
                    continue
                if PLANNED.search(sentence[max(0, min(found) - NEAR):max(found) + NEAR // 2]):
                    continue  # ("the marina would open in 2020" was a plan, not the event)
                when = self._time_near(sentence, min(found), max(found), pub, i < LEDE)
                if when is not None:
                    times.append((not any(re.search(r"\b" + re.escape(n) + r"\b", sentence) for n in named), when))
        return min(times)[1][0] if times else None

    def articles(self, year: int) -> list[str]:
        """The sources of the articles written in that year."""
        return [s for s, (lo, hi) in self.dated().items() if lo <= year <= hi]

    @staticmethod
    def _time_near(sentence: str, start: int, end: int, pub, lede: bool) -> tuple[int, int] | None:
        """The time the sentence gives next to the event's words ("was made permanent in 2013"), else, when it
        gives that event no time and opens the article (its headline or first sentences: the news of the day),
        the time the article was written. Elsewhere an untimed event is told of the past ("who first came as a
        volunteer in the reserve's opening weeks"), at no time one can tell."""
        # "almost four years after the original club was expelled", "expelled three years ago"
        ago = [m for m in YEARS_BEFORE.finditer(sentence) if pub and pub[1] != UNDATED
               and ((m["since"] and start - NEAR <= m.end() <= start) or (m["ago"] and end <= m.start() <= end + NEAR))]
        if ago:
            n = ago[0]["n"].lower()
            return pub[0] - (int(n) if n.isdigit() else COUNTS[n]), 0
        near = [m for m in TIMES.finditer(sentence)
                if start - NEAR <= m.start() <= end + NEAR and not _NOT_EVENT.search(sentence[:m.start()])]
        if near:
            m = min(near, key=lambda m: abs(m.start() - end))
            return event_time(sentence[m.start():], pub)
        return written(pub) if pub and lede else None
