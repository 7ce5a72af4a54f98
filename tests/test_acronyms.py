"""What an acronym stands for, read off the articles' own words."""
import pytest

from bot.acronyms import spelled_out

TEXT = ("Officers examined the closed-circuit television system. The Royal Society for the Protection "
        "of Birds said it would help. Troops at Fort Bliss were not involved. The National Health Service "
        "paid; the National Health Service trust agreed.")


@pytest.mark.parametrize("acronym, phrase", [
    ("CCTV", "closed-circuit television"),        # a word may stand for a letter inside it (T-V)
    ("RSPB", "Royal Society for the Protection of Birds"),  # small joining words are skipped
    ("NHS", "National Health Service"),
])
def test_an_acronym_is_the_phrase_whose_initials_spell_it(acronym, phrase):
    assert spelled_out(acronym, [TEXT]) == phrase


@pytest.mark.parametrize("acronym", ["FBI", "BBC", "ABC"])
def test_no_phrase_is_invented_for_an_acronym_the_text_does_not_spell_out(acronym):
    # "Fort Bliss" has the F and B, and an i inside; a name has a word for every letter
    assert spelled_out(acronym, [TEXT]) is None


def test_the_phrase_written_most_often_wins():
    text = "the Citizens Advice Bureau said. The Central Area Board met. The Citizens Advice Bureau agreed."
    assert spelled_out("CAB", [text]) == "Citizens Advice Bureau"

