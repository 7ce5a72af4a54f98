"""Times of events, read against the date of the article that tells them."""
import pytest

from bot.timeline import UNDATED, event_time, later, months, published

MAY_2018 = (2018, 5)


def test_publication_time_is_the_stated_date_else_the_latest_year_mentioned():
    assert published("4 May 2018", None) == MAY_2018
    assert published("2018-05-04", None) == MAY_2018
    assert published(None, (2008, 2011)) == (2008, UNDATED)
    assert published(None, None) is None


@pytest.mark.parametrize("sentence, when", [
    ("Alarm bells began to ring in December 2008 when inspectors called.", (2008, 12)),
    ("In January last year, at the High Court, the judge quashed the decision.", (2017, 1)),
    ("Last August the company withdrew the appeal, saying policy had changed since 2015.", (2017, 8)),
    ("She was suspended in February and has since lodged a claim.", (2018, 2)),
    ("She was suspended in June and has since lodged a claim.", (2017, 6)),  # June is still to come in May
    ("Greyfell confirmed last month that it had sold the land.", (2018, 4)),
    ("The firm called in administrators on Monday, after working on the site since April 2019.", MAY_2018),
    ("The marina's opening was put back to spring 2022.", None),  # a plan, not an event
    ("The club has shared a ground since 2015.", None),  # a state's start, not an event
    ('She said: "Today is a turning point for the town."', None),  # someone speaking, not the news
    ("The council may sell the building.", None),  # "may" is a verb
    ("It opened in the spring of 2021.", (2021, 4)),
])
def test_event_time(sentence, when):
    assert event_time(sentence, MAY_2018) == when


def test_a_time_told_against_an_undated_article_is_after_every_date_it_gives():
    # "last year" in an article whose latest date is 2008: written after 2008, exactly when is unknown
    got = event_time("In February last year the government stepped in.", (2008, UNDATED))
    assert later(got, (2008, 12)) and not later(got, (2009, 1))
    assert event_time("The review reported in 2009.", (2008, UNDATED)) == (2009, 0)


def test_later_needs_the_month_within_one_year():
    assert later((2019, 0), (2018, 12))
    assert not later((2018, 0), (2018, 3))  # some time in 2018 may be before March
    assert later((2018, 4), (2018, 3))
    assert months((2018, 0)) < months((2018, 13)) == months((2018, 12))
