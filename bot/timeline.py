"""When a sentence says something happened, read against the date its article was published.

"In January last year" in an article of 4 May 2018 is January 2017; "last August" is August
2017; "on Monday" and "yesterday" are the article's own month. A time is (year, month), the month
0 when only the year is known. In an article with no date, a time told against the day of writing
("last year") is only known to come after every date the article gives. Used to answer "What
happened next?": the next event is one on the same subject that happened soon after the last answer's.
"""
from __future__ import annotations

import re

from bot.question import MONTHS

Time = tuple[int, int]
UNDATED = -1  # the month of an article with no date: only the latest year it mentions is known

_MONTH_NO = {m: i + 1 for i, m in enumerate(MONTHS)}
_SEASON_NO = {"spring": 4, "summer": 7, "autumn": 10, "winter": 1}
_M = "|".join(MONTHS)  # capitalised only: "may" is a verb
_YEAR = r"(?:19|20)\d\d"
SPEECH = re.compile(r"[“\"][^”\"]*(?:[”\"]|$)")
# a time after "since" or "until" bounds a state, it is not when something happened
_NOT_EVENT = re.compile(r"\b(since|from|until|till|to|between|before|by|through|ago)\s+(the\s+)?(start|end\s+of\s+)?\W*$", re.I)
TIMES = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?P<dm>" + _M + r")(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+(?P<dy>" + _YEAR + r")\b"
    r"|\b(?P<season>(?i:spring|summer|autumn|winter))\s+(?:of\s+)?(?P<sy>" + _YEAR + r")\b"  # spring 2022
    r"|\b(?P<rm>" + _M + r")\s+(?P<rel>(?i:last|this|next))\s+(?i:year)\b"  # January last year
    r"|\b(?i:last|this|in|early|late|mid-?)\s+(?P<m>" + _M + r")\b(?!,?\s+(\d|(?i:last|this|next)\s+year))"  # last August
    r"|\b(?i:in|during|of|by|until|since|from)\s+(?P<y>" + _YEAR + r")\b"  # in 2016 (not since 2015: see above)
    r"|\b(?P<span>(?i:last|this))\s+(?P<unit>(?i:year|month|week))\b"
    r"|\b(?P<now>(?i:yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening)|"
    r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))\b")


def published(date: str | None, years: tuple[int, int] | None) -> Time | None:
    """An article's publication time from its stated date ("4 May 2018", "2018-05-04"), else its year."""
    if date:
        m = re.search(r"\b(" + _M + r")\b.*?\b(" + _YEAR + r")\b", date)
        if m:
            return int(m.group(2)), _MONTH_NO[m.group(1)]
        m = re.search(r"\b(" + _YEAR + r")-(\d\d)\b", date)
        if m:
            return int(m.group(1)), int(m.group(2))
    return (years[0], UNDATED) if years else None  # (the latest year it mentions: written then or later)


def written(pub: Time) -> Time:
    """The time of writing: the article's month, or for an undated one, after every date it gives."""
    return (pub[0], 13) if pub[1] == UNDATED else pub


def _recent_month(month: int, pub: Time) -> Time:
    """'last August' or 'in June' in news: the latest such month not after publication."""
    year, now = pub
    return (year, month) if now <= 0 or month <= now else (year - 1, month)


def event_time(sentence: str, pub: Time | None) -> Time | None:
    """When the sentence's first dated event happened; None when it names no time of an event.
    Words in quotation marks are someone speaking ("Today's report should mark a turning point"), not told."""
    sentence = SPEECH.sub(" ", sentence)
    for m in TIMES.finditer(sentence):
        if _NOT_EVENT.search(sentence[:m.start("y") if m["y"] else m.start()]):  # ("since 2015", "until June")
            continue
        if m["dm"]:  # 4 May 2018
            return int(m["dy"]), _MONTH_NO[m["dm"]]
        if m["season"]:  # spring 2022
            return int(m["sy"]), _SEASON_NO[m["season"].lower()]
        if m["y"]:  # in 2016
            return int(m["y"]), 0
        if pub is None:
            continue
        year, now = pub
        if now == UNDATED:  # "last year" in an undated article: after every date it gives, that is all one knows
            return written(pub)
        if m["rm"]:  # January last year
            return year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()], _MONTH_NO[m["rm"]]
        if m["m"]:  # last August, in June
            return _recent_month(_MONTH_NO[m["m"]], pub)
        if m["span"]:  # last year, this month
            last = m["span"].lower() == "last"
            if m["unit"].lower() == "year":
                return year - last, 0
            return year, max(0, now - (last and m["unit"].lower() == "month"))
        return pub  # yesterday, on Monday
    return None


def later(t: Time, than: Time) -> bool:
    """Is t after `than`? A year with no month is after only an earlier year."""
    if t[0] != than[0]:
        return t[0] > than[0]
    return bool(t[1] and than[1] and t[1] > than[1])


def months(t: Time) -> int:
    """A time as a count of months, for distances: an unknown month is mid-year, 'after every date' the year's end."""
    return t[0] * 12 + {0: 6, 13: 12}.get(t[1], t[1])


_AHEAD = re.compile(r"\bnext\s+(?:year|spring|summer|autumn|winter)\b|\b(?:" + _M + r")\s+next\s+year\b", re.I)
_FUTURE = re.compile(r"\b(will|shall|is\s+due|are\s+due|is\s+to|are\s+to|set\s+to|expected\s+to|planned|plans?\s+to)\b", re.I)
_BARE_MONTH = re.compile(r"\b(?P<m>" + _M + r")\b(?!,?\s+(?:\d{4}|(?i:last|this|next)\s+year))")


def tells_next_year(text: str, pub: Time | None) -> bool:
    """Does the text speak of the year after the article's own? "next year", "next spring", or in an
    article of November "From 5 January, the fare will rise": a month before its own, still to come."""
    if pub is None or pub[1] in (0, UNDATED):
        return False
    if _AHEAD.search(SPEECH.sub(" ", text)):
        return True
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if _FUTURE.search(sentence) and any(_MONTH_NO[m["m"]] < pub[1] for m in _BARE_MONTH.finditer(sentence)
                                            if not re.search(r"\b(last|since)\s+(?:\d{1,2}\s+)?$",
                                                             sentence[:m.start()], re.I)):
            return True
    return False
