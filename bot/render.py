"""Answer objects as HTML for the web chat, with every word from an article or a model inert.

All text that came from an article, a model or a user is escaped (`esc`: HTML and Markdown punctuation) and is
placed inside a raw HTML block (one line, no blank lines), so the chat's Markdown renderer
leaves it alone: `<script>`, `<img src=...>`, `![..](..)` and `[..](javascript:..)` are
shown as the characters they are and load or run nothing. The only markup is built here:
`<strong>` for the answer's `**bold**` words, citation markers `[n]` as in-page links to
the sources panel, and the sources panel itself with the quote in `<mark>`.

What it does not do: retrieve, answer or check anything; it draws what `bot/` returned.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from bot.answer import Answer, Citation

CONTEXT_CHARS = 320
_MARKER = re.compile(r"\[(\d{1,3})\]")
_BOLD = re.compile(r"\*\*(.+?)\*\*", re.S)


# Markdown's own punctuation as character references: even a renderer that parsed inside the
# HTML block would see no link, image, emphasis, code or maths syntax in article text.
_ESCAPE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"}
                        | {c: f"&#{ord(c)};" for c in "[]()!*_`$~|#\\"})


def esc(text: Any) -> str:
    """`html.escape` in one pass, plus Markdown's punctuation as character references."""
    return ("" if text is None else str(text)).translate(_ESCAPE)


def _inline(text: str) -> str:
    """Escaped text, newlines as <br>, on one line."""
    return esc(text).replace("\n", "<br>")


def anchor_id(turn: int, n: int) -> str:
    return f"nb-src-{turn}-{n}"


def _same_question(a: str, b: str) -> bool:
    norm = lambda s: re.sub(r"\W+", " ", (s or "").lower()).strip()  # noqa: E731
    return norm(a) == norm(b)


def _answer_body(text: str, turn: int | None, cited: set[int]) -> str:
    """Paragraphs of the answer: escaped, `**x**` as <strong>, known `[n]` markers as links."""
    paras = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    out = []
    for para in paras:
        pieces = []
        pos = 0
        for m in _BOLD.finditer(para):
            pieces.append(_markers(para[pos:m.start()], turn, cited))
            pieces.append("<strong>" + _markers(m.group(1), turn, cited) + "</strong>")
            pos = m.end()
        pieces.append(_markers(para[pos:], turn, cited))
        out.append("<p>" + "".join(pieces) + "</p>")
    return "".join(out)


def _markers(text: str, turn: int | None, cited: set[int]) -> str:
    out, pos = [], 0
    for m in _MARKER.finditer(text):
        n = int(m.group(1))
        if turn is None or n not in cited:
            continue
        out.append(_inline(text[pos:m.start()]))
        out.append(f'<a class="nb-cite" href="#{anchor_id(turn, n)}" title="show source {n}">[{n}]</a>')
        pos = m.end()
    out.append(_inline(text[pos:]))
    return "".join(out)


def user_html(question: str) -> str:
    return f'<div class="nb-q">{_inline(question)}</div>'


def partial_html(text: str) -> str:
    """An answer still being written (no markers yet)."""
    body = _answer_body(text, None, set()) if text.strip() else '<p class="nb-wait">Searching the articles…</p>'
    return f'<div class="nb-a nb-streaming">{body}</div>'


def error_html(message: str) -> str:
    return f'<div class="nb-a nb-error"><p>{_inline(message)}</p></div>'


def answer_html(answer: Answer, turn: int) -> str:
    """The finished answer for the chat: standalone question (for follow-ups), text, markers, reason."""
    parts = []
    if not _same_question(answer.question, answer.standalone_question):
        parts.append(f'<div class="nb-standalone">Understood as: “{_inline(answer.standalone_question)}”</div>')
    parts.append(_answer_body(answer.answer, turn, {c.n for c in answer.citations}))
    if answer.refused and answer.refusal_reason and answer.refusal_reason not in answer.answer:
        parts.append(f'<p class="nb-reason">Why: {_inline(answer.refusal_reason)}</p>')
    if answer.notice:
        parts.append(f'<p class="nb-notice">{_inline(answer.notice)}</p>')
    cls = "nb-a nb-refused" if answer.refused else "nb-a"
    return f'<div class="{cls}" data-turn="{turn}">' + "".join(parts) + "</div>"


def _window(text: str, start: int, end: int, context: int) -> tuple[str, str, str, bool, bool]:
    a = max(0, start - context)
    b = min(len(text), end + context)
    if a > 0:
        sp = text.find(" ", a, start)
        a = sp + 1 if sp != -1 else a
    if b < len(text):
        sp = text.rfind(" ", end, b)
        b = sp if sp != -1 else b
    squeeze = lambda s: re.sub(r"\n\s*\n\s*", "\n\n", s)  # noqa: E731
    return squeeze(text[a:start]), text[start:end], squeeze(text[end:b]), a > 0, b < len(text)


def source_card(c: Citation, turn: int, article, label: str | None = None, context: int = CONTEXT_CHARS) -> str:
    """One cited article: title, date, id, and the passage around the quote with the quote in <mark>."""
    title = article.title if article is not None else c.title
    date = getattr(article, "date", None) if article is not None else None
    meta = " · ".join(esc(x) for x in (date, c.source) if x)
    text = article.text if article is not None else None
    span = None
    if text is not None:
        if c.verified and text[c.start:c.end] == c.quote:
            span = (c.start, c.end)
        elif c.quote and (i := text.find(c.quote)) != -1:
            span = (i, i + len(c.quote))
    if span:
        before, quote, after, cut_a, cut_b = _window(text, span[0], span[1], context)
        passage = (("…" if cut_a else "") + esc(before) + "<mark>" + esc(quote) + "</mark>" + esc(after)
                   + ("…" if cut_b else ""))
        check = ('<span class="nb-ok" title="the quote is word for word in the article">✓ quote checked</span>'
                 if c.verified else '<span class="nb-warn">quote found elsewhere in the article</span>')
    else:
        passage = "<mark>" + esc(c.quote) + "</mark>"
        check = '<span class="nb-warn">⚠ quote not found in the article</span>'
    tag = esc(label) if label else f"[{c.n}]"
    return (f'<article class="nb-source" id="{anchor_id(turn, c.n)}">'
            f'<header><span class="nb-n">{tag}</span> <strong class="nb-title">{esc(title)}</strong></header>'
            f'<div class="nb-meta">{meta} {check}</div>'
            f'<p class="nb-passage">{passage}</p></article>')


def sources_html(answer: Answer | None, turn: int, get_article: Callable[[str], Any]) -> str:
    """The sources panel for one answer: its cited passages, or for a refusal the reason and nearest passage."""
    if answer is None:
        return ('<div class="nb-sources nb-empty"><h3>Sources</h3><p>Ask a question: the articles the answer '
                'quotes appear here, with the quoted words highlighted. Click a marker like [1] to jump to it.</p></div>')
    parts = [f'<div class="nb-sources" data-turn="{turn}"><h3>Sources</h3>',
             f'<p class="nb-for">For: “{_inline(answer.question)}”</p>']
    if not _same_question(answer.question, answer.standalone_question):
        parts.append(f'<p class="nb-standalone">Searched for: “{_inline(answer.standalone_question)}”</p>')
    if answer.refused:
        reason = answer.refusal_reason or "the articles do not answer this question"
        parts.append(f'<p class="nb-reason">Not answered: {_inline(reason)}</p>')
        if answer.nearest is not None:
            parts.append('<p class="nb-sub">The nearest the articles come (not an answer):</p>')
            parts.append(source_card(answer.nearest, turn, get_article(answer.nearest.source), label="nearest"))
    for c in answer.citations:
        parts.append(source_card(c, turn, get_article(c.source)))
    if not answer.refused and not answer.citations:
        parts.append('<p class="nb-warn">This answer cites no article.</p>')
    parts.append("</div>")
    return "".join(parts)


def articles_html(articles: list[dict]) -> str:
    """What the bot knows: every indexed article with its title, date (when the article gives one) and id."""
    if not articles:
        return '<p class="nb-empty">No articles are indexed yet: add a .txt article below.</p>'
    items = []
    for a in articles:
        date = f'<span class="nb-date">{esc(a["date"])}</span>' if a.get("date") else ""
        items.append(f'<li><span class="nb-title">{esc(a.get("title") or a["id"])}</span>'
                     f'<span class="nb-meta">{date} <code>{esc(a["id"])}</code></span></li>')
    return f'<ul class="nb-articles">{"".join(items)}</ul>'
