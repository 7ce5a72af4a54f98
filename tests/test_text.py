"""index/text.py: finding the article inside the page, splitting it, refusing bad files.

Fast: no model, no store. Every article here is made up in the test.
"""
from __future__ import annotations

import pytest

from index.text import ArticleError, chunk_article, decode_article, load_article, parse_article, split_sentences

PAGE = """\
Westbrook Gazette | Homepage
Tram line to reopen in Westbrook after ten-year closure

  • Published
Published by
Image source, Westbrook Council
Image caption,

The old depot on Mill Road will house the new trams

The Westbrook tram line will reopen in May 2026, the council has said.

Mr. Harold Pike, who chairs the transport committee, said the work would cost £42m.

Dr. Ana Lopes of Westbrook University said a new stop would be named after J. R. Tolkien.

The line closed in 2016 when the bridge over the River Alder was declared unsafe.

Sign up for our morning newsletter and get the news in your inbox.

Engineers will test the first trams on the rebuilt bridge in January.

Residents of Mill Road said they were "delighted" the trams were coming back.

Mrs. Joan Ekwueme, 78, said: "I rode the last tram in 2016 and I will ride the first one."

Similar Articles
Bus fares to rise in Westbrook next year
Council approves budget for new library
"""

ARTICLE_SENTENCES = [
    "Tram line to reopen in Westbrook after ten-year closure",
    "The old depot on Mill Road will house the new trams",  # the caption, without its label
    "The Westbrook tram line will reopen in May 2026, the council has said.",
    "Mr. Harold Pike, who chairs the transport committee, said the work would cost £42m.",
    "Dr. Ana Lopes of Westbrook University said a new stop would be named after J. R. Tolkien.",
    "The line closed in 2016 when the bridge over the River Alder was declared unsafe.",
    "Engineers will test the first trams on the rebuilt bridge in January.",
    "Residents of Mill Road said they were \"delighted\" the trams were coming back.",
    "Mrs. Joan Ekwueme, 78, said: \"I rode the last tram in 2016 and I will ride the first one.\"",
]

FURNITURE = [
    "Westbrook Gazette | Homepage",
    "Published",
    "Image source, Westbrook Council",
    "Image caption,",
    "Sign up for our morning newsletter",
    "Similar Articles",
    "Bus fares to rise",
    "Council approves budget",
]


@pytest.fixture
def article():
    return parse_article("westbrook_tram", PAGE)


def kept_text(art) -> str:
    return "\n".join(art.text[a:b] for a, b in art.blocks)


def test_the_stored_text_is_the_file_and_every_span_is_its_own_words(article):
    assert article.text == PAGE
    for a, b in article.blocks + article.sentences():
        piece = article.text[a:b]
        assert piece and piece in PAGE
        assert piece == piece.strip()


def test_title_is_the_first_real_line_not_the_site_banner(article):
    assert article.title == "Tram line to reopen in Westbrook after ten-year closure"


def test_the_article_sentences_are_kept_byte_for_byte(article):
    got = [article.text[a:b] for a, b in article.sentences()]
    assert got == ARTICLE_SENTENCES


@pytest.mark.parametrize("piece", FURNITURE)
def test_page_furniture_is_dropped(article, piece):
    assert piece not in kept_text(article)


def test_a_byline_published_by_line_is_dropped():
    page = ("Bridge reopens after repairs\n\nPublished by Sam Jones\n\n"
            "The Alder bridge reopened on Tuesday after six months of repairs costing £3m.\n\n"
            "Drivers had faced a twelve-mile detour while the work was done.\n")
    art = parse_article("bridge", page)
    assert "Sam Jones" not in kept_text(art)
    assert [art.text[a:b] for a, b in art.sentences()][1:] == [
        "The Alder bridge reopened on Tuesday after six months of repairs costing £3m.",
        "Drivers had faced a twelve-mile detour while the work was done.",
    ]


def test_related_links_tail_and_its_heading_are_dropped():
    page = ("Library wins award\n\nThe Westbrook library won a national design award on Friday.\n\n"
            "Judges praised its reading garden and its solar roof, built in 2021.\n\n"
            "Related internet links\n\nWestbrook Library\n\nThe Gazette is not responsible for the content of external sites.\n")
    art = parse_article("library", page)
    kept = kept_text(art)
    assert "Judges praised its reading garden and its solar roof, built in 2021." in kept
    assert "Related internet links" not in kept
    assert "not responsible" not in kept
    assert "Westbrook Library\n" not in kept + "\n"  # the link list line after the heading


def test_a_caption_is_its_own_sentence_without_its_label():
    # captions state facts in the story's words ("opened in 1978"); the label is page furniture
    page = ("Floods close school\n\nImage caption,\nPupils were sent home early on Tuesday\n\n"
            "Heavy rain flooded the hall of Alder Primary School on Tuesday morning.\n\n"
            "Image caption The hall was built in 1978\nImage source, Getty Images\n")
    art = parse_article("floods", page)
    got = [art.text[a:b] for a, b in art.sentences()]
    assert got == ["Floods close school", "Pupils were sent home early on Tuesday",
                   "Heavy rain flooded the hall of Alder Primary School on Tuesday morning.",
                   "The hall was built in 1978"]
    assert "Image caption" not in kept_text(art) and "Getty" not in kept_text(art)


@pytest.mark.parametrize("sentence", [
    "Mr. Pike and Mrs. Pike met Dr. Lopes at the depot.",
    "The plan was drawn up by J. R. Hartley in 2019.",
    "St. Anne's church and the U.S. embassy are on the route.",
])
def test_sentences_do_not_split_at_titles_or_initials(sentence):
    text = f"{sentence} Work starts in June."
    spans = split_sentences(text, (0, len(text)))
    assert [text[a:b] for a, b in spans] == [sentence, "Work starts in June."]


def test_sentences_split_at_real_sentence_ends():
    text = 'It cost £42m. "We are delighted," she said. Will it open? Yes!'
    spans = split_sentences(text, (0, len(text)))
    assert [text[a:b] for a, b in spans] == ["It cost £42m.", '"We are delighted," she said.', "Will it open?", "Yes!"]


def test_chunks_are_the_articles_text_at_their_offsets_and_overlap_by_one_sentence(article):
    chunks = chunk_article(article, max_chars=200)
    assert len(chunks) >= 3
    sentences = article.sentences()
    starts = {a for a, _ in sentences}
    ends = {b for _, b in sentences}
    for c in chunks:
        assert c.text == article.text[c.start:c.end]
        assert c.source == article.id
        assert c.start in starts and c.end in ends  # chunks never cut a sentence
    assert len({c.id for c in chunks}) == len(chunks)
    # within a block, the next chunk starts with the previous chunk's last sentence
    overlaps = 0
    for prev, nxt in zip(chunks, chunks[1:]):
        same_block = any(a <= prev.start and nxt.end <= b for a, b in article.blocks)
        if not same_block:
            continue
        assert (nxt.start, prev.end) in sentences, (prev.text, nxt.text)
        overlaps += 1
    assert overlaps >= 1
    # every article sentence is in some chunk; no furniture is
    for a, b in sentences:
        assert any(c.start <= a and b <= c.end for c in chunks)
    for c in chunks:
        assert "newsletter" not in c.text and "Similar Articles" not in c.text


def test_chunk_ids_depend_on_content_and_are_stable(article):
    first = [c.id for c in chunk_article(article)]
    again = [c.id for c in chunk_article(parse_article("westbrook_tram", PAGE))]
    assert first == again
    edited = parse_article("westbrook_tram", PAGE.replace("£42m", "£45m"))
    assert set(c.id for c in chunk_article(edited)) != set(first)


# --------------------------------------------------------------------------- refusing bad files

@pytest.mark.parametrize("raw, limit, word", [
    (b"", 1000, "empty"),
    (b"   \n\t\r\n  ", 1000, "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", 1000, "binary"),
    ("Caf\u00e9 owners welcome the tram".encode("latin-1"), 1000, "UTF-8"),
    (b"A long article about trams. " * 100, 1000, "too large"),
])
def test_decode_article_refuses_bad_input_with_a_one_line_reason(raw, limit, word):
    with pytest.raises(ArticleError) as e:
        decode_article(raw, "bad.txt", limit)
    msg = str(e.value)
    assert word.lower() in msg.lower()
    assert "\n" not in msg and msg.strip() == msg and len(msg) < 200


def test_decode_article_accepts_utf8_with_bom_and_crlf():
    raw = "\ufeffCafé owners welcome tram\r\nThe first tram ran on Monday.\r\n".encode("utf-8")
    assert decode_article(raw, "ok.txt", 1000) == "Café owners welcome tram\nThe first tram ran on Monday.\n"


def test_load_article_id_is_the_file_name_without_txt(tmp_path):
    p = tmp_path / "012_abcdef.txt"
    p.write_bytes(PAGE.encode("utf-8"))
    art = load_article(p, 100_000)
    assert art.id == "012_abcdef" and art.text == PAGE
    with pytest.raises(ArticleError, match="too large"):
        load_article(p, 100)
