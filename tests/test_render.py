"""What the chat draws: article, model and user text is escaped; only the renderer's own markup is live."""
from __future__ import annotations

from types import SimpleNamespace

from bot import render
from bot.answer import Answer, Citation

HOSTILE = ('<img src=http://203.0.113.7/x.gif onerror=alert(1)> <script>alert(2)</script> '
           '![t](http://203.0.113.8/t.png) [more](javascript:alert(3)) <a href="javascript:x">y</a>')


def _answer(**kw) -> Answer:
    text = "Intro " + HOSTILE + " end."
    quote = HOSTILE
    start = text.index(quote)
    cite = Citation(n=1, source="a1", title="<b>Title</b>", quote=quote, start=start, end=start + len(quote),
                    verified=True)
    base = dict(question="What <i>happened</i>?", standalone_question="What happened in Quillbrook?",
                answer=f"“**{quote}**” [1] and [7]", citations=[cite])
    return Answer(**(base | kw)), SimpleNamespace(title="<b>Title</b>", text=text, date="1 May 2024")


def _no_live_markup(html: str) -> None:
    assert "<img" not in html and "<script" not in html and "<a href=\"javascript" not in html
    assert "![t](" not in html and "](javascript" not in html  # no markdown image or link syntax survives
    assert "\n\n" not in html  # one raw HTML block: markdown never parses inside it


def test_answer_html_escapes_the_quote_and_links_only_known_markers():
    ans, _ = _answer()
    html = render.answer_html(ans, 3)
    _no_live_markup(html)
    assert "&lt;img src=http://203.0.113.7/x.gif" in html and "&lt;script&gt;" in html
    assert '<a class="nb-cite" href="#nb-src-3-1"' in html  # [1] is cited: a link to its card
    assert "&#91;7&#93;" in html and "nb-src-3-7" not in html        # [7] is not: plain text
    assert "<strong>" in html                                  # the answer's bold survives
    assert "Understood as: “What happened in Quillbrook?”" in html


def test_sources_panel_highlights_the_quote_inside_its_passage_and_escapes_everything():
    ans, art = _answer()
    html = render.sources_html(ans, 0, lambda source: art)
    _no_live_markup(html)
    assert "<mark>&lt;img src=http://203.0.113.7/x.gif" in html
    assert "Intro " in html and " end." in html                # the passage around the quote
    assert "&lt;b&gt;Title&lt;/b&gt;" in html and "1 May 2024" in html
    assert 'id="nb-src-0-1"' in html and "quote checked" in html
    assert "For: “What &lt;i&gt;happened&lt;/i&gt;?”" in html


def test_a_refusal_shows_its_reason_and_the_nearest_passage():
    ans, art = _answer()
    refused = ans.model_copy(update={"refused": True, "refusal_reason": "None of the articles mentions “France”.",
                                     "citations": [], "nearest": ans.citations[0],
                                     "answer": "I can't answer that from the articles."})
    assert "Why: None of the articles mentions “France”." in render.answer_html(refused, 0)
    html = render.sources_html(refused, 0, lambda s: art)
    assert "Not answered: None of the articles mentions “France”." in html and "<mark>" in html


def test_an_unverified_quote_is_flagged():
    ans, art = _answer()
    bad = ans.citations[0].model_copy(update={"quote": "words the article never had", "verified": False})
    html = render.sources_html(ans.model_copy(update={"citations": [bad]}), 0, lambda s: art)
    assert "quote not found in the article" in html


def test_escaping_round_trips_to_the_same_characters():
    import html as stdlib_html

    text = "It's <b>\"[1]\"</b> & ![x](y) *a* _b_ `c` $d$ ~e~ |f| #g \\h"
    assert stdlib_html.unescape(render.esc(text)) == text
    assert not any(c in render.esc(text) for c in "<>\"'[]()!*_`$~|\\")


def test_articles_list_escapes_titles():
    html = render.articles_html([{"id": "x1", "title": "<script>t</script>", "date": None}])
    assert "&lt;script&gt;" in html and "<script" not in html
