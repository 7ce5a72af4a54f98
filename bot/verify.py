"""The quote checker: does a quote sit, word for word, at its offsets in the stored article?

`locate` finds a quote in an article even when a model changed whitespace or the shape of
quote marks and dashes, and returns offsets of the article's own characters; `verify_citation`
then sets `verified` only if `text[start:end] == quote` holds exactly. Nothing else sets it.
"""
from __future__ import annotations

import re

from bot.answer import Citation

_FOLD = str.maketrans({"‘": "'", "’": "'", "‛": "'", "`": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
                       "–": "-", "—": "-", "‐": "-", "‑": "-", "\u00a0": " ", "…": "."})


def _normalise(text: str) -> tuple[str, list[int]]:
    """Fold quote marks/dashes, collapse whitespace, lower-case; keep a map to original offsets."""
    out: list[str] = []
    where: list[int] = []
    prev_space = True
    for i, ch in enumerate(text):
        ch = ch.translate(_FOLD)
        if ch.isspace():
            if prev_space:
                continue
            ch = " "
            prev_space = True
        else:
            prev_space = False
        out.append(ch.lower())
        where.append(i)
    while out and out[-1] == " ":
        out.pop()
        where.pop()
    return "".join(out), where


def locate(quote: str, text: str, near: int | None = None) -> tuple[int, int] | None:
    """Offsets of `quote` in `text` (exact first, then after normalising), or None."""
    quote = quote.strip()
    if not quote:
        return None
    hits = [m.start() for m in re.finditer(re.escape(quote), text)]
    if hits:
        a = min(hits, key=lambda h: abs(h - near)) if near is not None else hits[0]
        return a, a + len(quote)
    nq, _ = _normalise(quote)
    nq = nq.strip(" \"'")
    if len(nq) < 3:
        return None
    nt, where = _normalise(text)
    hits = [m.start() for m in re.finditer(re.escape(nq), nt)]
    if not hits:
        return None
    a = min(hits, key=lambda h: abs(where[h] - near)) if near is not None else hits[0]
    return where[a], where[a + len(nq) - 1] + 1


def verify_citation(c: Citation, text: str | None) -> Citation:
    ok = text is not None and 0 <= c.start < c.end <= len(text) and text[c.start:c.end] == c.quote
    return c.model_copy(update={"verified": bool(ok)})
