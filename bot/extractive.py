"""The offline answerer: quote the sentence that answers, or refuse and say why.

Candidates are the sentences of the retrieved chunks. Each is scored on its meaning
(cosine with the question, from vectors stored at index time), the share of the question's
rarer words it holds (IDF-weighted, its preceding sentence counting a little for pronouns),
the rank of the chunk it came from, and whether it holds the kind of thing asked for (a
date for "when", a number for "how many", a sum for "how much"). The best leads the answer;
a second quote is added only when it brings question words the first lacks.

It refuses, naming what is missing and quoting the nearest thing the articles do say, when
the question names something (a person, place, year) no article mentions, asks for a date,
number or sum the evidence lacks, relies on words that appear nowhere in the articles, or
when the best evidence is simply too weak. A question that tries to override or extract the
bot's instructions is refused as such. Thresholds are general, tuned on two corpora.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from bot.answer import Citation
from bot.question import QuestionInfo, answer_spans, has_kind
from bot.retrieve import Retrieval
from index.store import Store, StoredArticle
from index.text import tokens

KIND_WORDS = {"money": "sum of money", "count": "number", "when": "date or time"}
CONNECTIVE = re.compile(r"^[\"“‘']?(he|she|they|it|this|these|that|those|his|her|their|its|but|however|and|also|"
                        r"instead|meanwhile|then|there|such)\b", re.I)
NEXT_CUE = re.compile(r"\b(next|then|after that|afterwards|else|other|another|more|further|also|continue|go on|added)\b", re.I)

# weights of the sentence score and the refusal thresholds
W_DENSE, W_LEX, W_PASSAGE, W_KIND = 0.45, 0.35, 0.12, 0.12
MIN_DENSE_ALONE = 0.52     # meaning alone is enough to answer above this
MIN_DENSE, MIN_LEX = 0.30, 0.40
SECOND_RATIO = 0.85


@dataclass
class Candidate:
    source: str
    start: int
    end: int
    text: str
    dense: float = 0.0
    lex: float = 0.0
    passage: float = 0.0
    kind_ok: bool = True
    score: float = 0.0
    covered: set[str] = field(default_factory=set)


@dataclass
class Draft:
    answer: str
    citations: list[Citation]
    refused: bool = False
    refusal_reason: str | None = None
    nearest: Citation | None = None


class ExtractiveAnswerer:
    def __init__(self, store: Store):
        self.store = store
        self._tok_cache: dict[tuple[str, int, int], set[str]] = {}

    # ------------------------------------------------------------------ scoring
    def _toks(self, art: StoredArticle, a: int, b: int) -> set[str]:
        key = (art.sha256, a, b)
        got = self._tok_cache.get(key)
        if got is None:
            got = set(tokens(art.text[a:b]))
            if len(self._tok_cache) > 200_000:
                self._tok_cache.clear()
            self._tok_cache[key] = got
        return got

    def candidates(self, q: QuestionInfo, retrieval: Retrieval, prefer: set[str]) -> list[Candidate]:
        kw = self.store.keyword_index()
        weights = {t: kw.idf(t) for t in set(q.content)}
        total = sum(weights.values()) or 1.0
        top = retrieval.passages[0].score if retrieval.passages else 1.0
        best: dict[tuple[str, int], Candidate] = {}
        for p in retrieval.passages:
            art = self.store.get_article(p.source)
            if art is None:
                continue
            spans, vecs = self.store.sentence_vectors(p.source)
            starts = {int(s): i for i, s in enumerate(spans[:, 0])} if len(spans) else {}
            sents = art.sentences
            for si, (a, b) in enumerate(sents):
                if b <= p.start or a >= p.end:
                    continue
                key = (p.source, a)
                if key in best:
                    best[key].passage = max(best[key].passage, p.score / top)
                    continue
                vi = starts.get(a)
                dense = float(vecs[vi] @ retrieval.vector) if vi is not None else 0.0
                own = self._toks(art, a, b)
                prev = self._toks(art, *sents[si - 1]) if si > 0 else set()
                covered = own & weights.keys()
                lex = sum(weights[t] for t in covered) / total
                lex_ctx = sum(weights[t] for t in (own | prev) & weights.keys()) / total
                text = art.text[a:b]
                c = Candidate(p.source, a, b, text, dense=dense, lex=max(lex, 0.85 * lex_ctx),
                              passage=p.score / top, kind_ok=has_kind(q.kind, text), covered=covered)
                best[key] = c
        for c in best.values():
            c.score = W_DENSE * c.dense + W_LEX * c.lex + W_PASSAGE * c.passage + W_KIND * (1.0 if c.kind_ok else 0.0)
            if len(c.text.split()) < 5:
                c.score -= 0.12  # headings and fragments rarely answer anything
            if c.source in prefer:
                c.score += 0.04
        return sorted(best.values(), key=lambda c: -c.score)

    # ------------------------------------------------------------------ answering
    def answer(self, q: QuestionInfo, retrieval: Retrieval, previous: list[Citation] | None = None) -> Draft:
        previous = previous or []
        if q.injection:
            return self._refuse("The question asks me to set aside or reveal my instructions. I only answer "
                                "questions about the articles, by quoting them.", None)
        if not retrieval.passages:
            return self._refuse("No articles are indexed yet, so there is nothing to quote.", None)

        kw = self.store.keyword_index()
        missing = [e for e in q.entities + q.years if not all(t in kw.vocab for t in tokens(e))]
        cands = self.candidates(q, retrieval, {c.source for c in previous})
        if not cands:
            return self._refuse("The articles hold no passage close enough to the question.", None)
        nearest = cands[0]
        if missing:
            return self._refuse(f"None of the articles mentions {_list(missing)}.", nearest)

        # names and years the question depends on must all appear in the cited article(s)
        needed = [set(tokens(e)) for e in q.entities + q.years]
        if needed:
            def covers(c: Candidate) -> int:
                art_toks = self._toks(self.store.get_article(c.source), 0, len(self.store.get_article(c.source).text))
                return sum(1 for n in needed if n <= art_toks)
            best_cover = max(covers(c) for c in cands[:12])
            if best_cover == 0:
                return self._refuse(f"The articles never mention {_list(q.entities + q.years)} in a passage "
                                    "that answers this.", nearest)
            cands = [c for c in cands if covers(c) == best_cover] + [c for c in cands if covers(c) != best_cover]

        # continuity: "what did she say next?" reads on from the last quote
        if previous and NEXT_CUE.search(q.text):
            last = previous[0]
            quoted = {(c.source, c.start) for c in previous}
            after = [c for c in cands if c.source == last.source and c.start >= last.end and (c.source, c.start) not in quoted]
            if after:
                nxt = min(after, key=lambda c: c.start)
                if nxt.score >= 0.7 * cands[0].score:
                    cands = [nxt] + [c for c in cands if c is not nxt and (c.source, c.start) not in quoted]

        lead = cands[0]
        if q.kind in KIND_WORDS and not lead.kind_ok:
            typed = [c for c in cands[:10] if c.kind_ok and c.score >= 0.75 * lead.score]
            if not typed:
                return self._refuse(f"The articles give no {KIND_WORDS[q.kind]} for this.", lead)
            lead = typed[0]

        unknown = [t for t in q.content if t not in kw.vocab]
        if lead.dense < MIN_DENSE_ALONE and (lead.dense < MIN_DENSE or lead.lex < MIN_LEX):
            return self._refuse("The articles do not seem to cover this: no passage is close to the question.", lead)
        if unknown and lead.dense < MIN_DENSE_ALONE + 0.1:
            known = [t for t in q.content if t in kw.vocab and not any(t in n for n in needed)]
            if not known or not (set(known) & lead.covered):
                return self._refuse("The articles never use the words the question turns on "
                                    f"({', '.join(_words_for(q.text, unknown))}).", lead)

        chosen = [lead]
        for c in cands[1:6]:
            if c.score < SECOND_RATIO * lead.score:
                break
            adds = c.covered - lead.covered
            if adds and (c.source, c.start) != (lead.source, lead.start):
                chosen.append(c)
                break
        return self._compose(q, chosen)

    def _quote_span(self, c: Candidate) -> tuple[int, int]:
        """The quote for a chosen sentence: with its lead-in when it opens with a pronoun, and
        with what follows when it ends on a colon."""
        art = self.store.get_article(c.source)
        sents = list(art.sentences)
        i = next((k for k, s in enumerate(sents) if s[0] == c.start), None)
        a, b = c.start, c.end
        if i is None:
            return a, b
        adjacent = lambda x, y: not art.text[x:y].strip()  # nothing (no furniture) between two sentences
        if i > 0 and CONNECTIVE.match(c.text) and adjacent(sents[i - 1][1], a) and len(c.text) < 400:
            a = sents[i - 1][0]
        if c.text.rstrip().endswith(":") and i + 1 < len(sents) and adjacent(b, sents[i + 1][0]):
            b = sents[i + 1][1]
        return a, b

    def _compose(self, q: QuestionInfo, chosen: list[Candidate]) -> Draft:
        citations, parts = [], []
        for n, c in enumerate(chosen, 1):
            art = self.store.get_article(c.source)
            a, b = self._quote_span(c)
            quote = art.text[a:b]
            citations.append(Citation(n=n, source=c.source, title=art.title, quote=quote, start=a, end=b))
            shown = " ".join(quote.split())
            if n == 1:
                shown = _mark(shown, answer_spans(q.kind, shown, q))
            parts.append(f"“{shown}” [{n}]")
        return Draft(answer="\n\n".join(parts), citations=citations)

    def _refuse(self, reason: str, nearest: Candidate | None) -> Draft:
        near = None
        text = f"I can't answer that from the articles. {reason}"
        if nearest is not None:
            art = self.store.get_article(nearest.source)
            near = Citation(n=1, source=nearest.source, title=art.title, quote=nearest.text,
                            start=nearest.start, end=nearest.end)
            text += f"\n\nThe nearest they come is in “{art.title}”: “{' '.join(nearest.text.split())}”"
        return Draft(answer=text, citations=[], refused=True, refusal_reason=reason, nearest=near)


def _mark(text: str, spans: list[tuple[int, int]]) -> str:
    for a, b in sorted(spans, reverse=True):
        text = text[:a] + "**" + text[a:b] + "**" + text[b:]
    return text


def _list(items: list[str]) -> str:
    items = [f"“{i}”" for i in dict.fromkeys(items)]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def _words_for(text: str, stems: list[str]) -> list[str]:
    """The question's own words behind these stems, for a reader."""
    out = []
    for w in re.findall(r"[\w’'-]+", text):
        if tokens(w) and tokens(w)[0] in stems and w.lower() not in (o.lower() for o in out):
            out.append(w)
    return out or stems
