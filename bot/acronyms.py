"""Acronyms the articles spell out: "CCTV" asked, "closed-circuit television" written.

A question's acronym that no article uses is read as the phrase an article writes whose
words' initials spell it (hyphenated parts count as words, a word may stand for a letter inside
it too, as "television" for T and V; "of", "and", "for", "the" and "on" may stand between them,
as in "Royal Society for the Protection of Birds"). The phrase found most
often wins; an acronym no article spells out is left as it is (and the answerer says the
articles never mention it). A small corpus is read whole, once per acronym; a large one only in the
articles the question retrieves.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from bot.retrieve import Retrieval
from index.store import Store
from index.text import STOPWORDS, tokens

ACRONYM = re.compile(r"\b([A-Z]{3,6})(?:'?s)?\b")
SCAN_ALL = 300  # up to this many articles, all are read once for an acronym; past it, those the question finds
JOINERS = frozenset({"of", "and", "for", "the", "on"})
WORD = re.compile(r"[A-Za-z]+")


def _consumes(word: str, letters: str) -> list[int]:
    """How many of `letters` a word can stand for: its initial is the first; later ones may hide
    inside it, in order ("television" for T and V in "CCTV")."""
    if not word or word[0].lower() != letters[0].lower():
        return []
    got, at = [1], 1
    for n, ch in enumerate(letters[1:], start=2):
        at = word.lower().find(ch.lower(), at)
        if at < 0:
            break
        got.append(n)
        at += 1
    return got


def _match(ws: list[str], i: int, letters: str) -> int | None:
    """The index past the last word of a phrase from ws[i] spelling `letters`, or None."""
    if not letters:
        return i
    if i >= len(ws):
        return None
    for n in reversed(_consumes(ws[i], letters)):  # the word stands for as many letters as it can
        end = _match_next(ws, i + 1, letters[n:])
        if end is not None:
            return end
    return None


def _match_next(ws: list[str], i: int, letters: str) -> int | None:
    if not letters:
        return i
    while i < len(ws) and ws[i].lower() in JOINERS:
        i += 1
    return _match(ws, i, letters)


def spelled_out(acronym: str, texts: list[str]) -> str | None:
    """The phrase the texts write most often for `acronym`, or None. Each word of the phrase
    stands for one letter or more (a name's words one each), and there are at least two of them."""
    seen: Counter[str] = Counter()
    for text in texts:
        found = list(WORD.finditer(text))
        ws = [m.group(0) for m in found]
        for i, w in enumerate(ws):
            if w[0].lower() != acronym[0].lower() or w.lower() in STOPWORDS:
                continue
            end = _match(ws, i, acronym)
            if end is None:
                continue
            content = [x for x in ws[i:end] if x.lower() not in JOINERS]
            if len(content) < max(2, len(acronym) - 1) or any(x.lower() in STOPWORDS for x in content):
                continue
            if len(content) < len(acronym) and any(x[0].isupper() for x in content[1:]):
                continue  # a name ("Fort Bliss" for FBI) has a word per letter; "closed-circuit television" need not
            seen[text[found[i].start():found[end - 1].end()]] += 1
    return seen.most_common(1)[0][0] if seen else None


class AcronymReader:
    """Rewrites a question's unknown acronyms into the articles' own words (cached per index)."""

    def __init__(self, store: Store, search: Callable[[str], Retrieval] | None = None):
        self.store = store
        self.search = search
        self._cache: dict[str, str | None] = {}
        self._index = None

    def expand(self, question: str) -> str:
        if not ACRONYM.search(question):
            return question
        kw = self.store.keyword_index()
        if kw is not self._index:  # the articles changed: what an acronym stands for may have too
            self._index, self._cache = kw, {}
        out, at = [], 0
        for m in ACRONYM.finditer(question):
            acronym = m.group(1)
            if all(t in kw.page_vocab for t in tokens(acronym)):
                continue  # the articles use it themselves
            phrase = self._cache.get(acronym)
            if acronym not in self._cache:
                sources = list(self.store.article_records())
                whole = len(sources) <= SCAN_ALL or self.search is None
                if not whole:  # a large corpus: the articles the question itself finds
                    sources = list(dict.fromkeys(p.source for p in self.search(question).passages))
                texts = [a.text for a in (self.store.get_article(s) for s in sources) if a]
                phrase = spelled_out(acronym, texts)
                if whole:
                    self._cache[acronym] = phrase
            if phrase:
                out += [question[at:m.start()], phrase]
                at = m.end(1)
        return "".join(out) + question[at:] if out else question
