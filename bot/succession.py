"""Who replaced whom: read "Y succeeded X", "X will be replaced by Y", "X's successor, Y", "Y ... as X's successor" out of a sentence.

"Who replaced Ravi Menon?" is not answered by "Ravi Menon, who succeeded Catherine Ling": the
name beside the question's words is the one he replaced. This module finds, in one sentence,
each pair (new, old) that the sentence says took over from one another, in the active ("took
over from"), the passive ("was succeeded in January by") or with "successor". A pronoun in
either place ("He took over from Margaret Fosdyke", "His successor, Dominic Farrant") stands
for the first person the sentence before names. It knows no names: only these phrasings.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from bot.question import NOT_NAMES
from index.text import STOPWORDS, words

_TITLE = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Cllr|Councillor|Professor|Prof)\.?\s+)"
_CAP = r"(?:Mc|Mac|O[’']|D[’'])?[A-Z][\w’'-]+"
NAME = rf"(?:{_TITLE}?{_CAP}(?:\s+{_CAP}){{0,2}}|[Hh]e|[Ss]he|[Hh]im|[Hh]er|[Hh]is|[Tt]heir)"
_AS = r"(?:\s+as\s+[\w’' -]{1,60}?)?"  # "took over as managing director of Calloway Brook from Richard Vance"
# ("took over in 2021 from Helen Marchbank")
_WHEN = r"(?:\s+(?:in|during)\s+(?:[A-Z][a-z]+\s+)?\d{4}|\s+last\s+(?:year|month|week|spring|summer|autumn|winter))?"
_VERB = (rf"(?:replaced|replaces|succeeded|succeeds|took\s+over{_AS}{_WHEN}\s+from|takes\s+over{_AS}{_WHEN}\s+from|"
         rf"has\s+taken\s+over{_AS}{_WHEN}\s+from|"
         r"(?:will|is\s+to|was\s+to|would|to)\s+(?:replace|succeed|take\s+over\s+from))")
# "Y, 45, who ... succeeded X", "Y has replaced X", "He took over from X"
# ("Priya Desai, a local solicitor who succeeded Dr Samuel Okafor")
ACTIVE = re.compile(rf"(?P<new>{NAME})(?:,\s+(?:\d{{1,3}},\s+)?(?:who|which)\s+|,\s+[^,]{{1,60}},\s+|"
                    rf",\s+(?:an?|the)\s+[^,;]{{1,50}}?\s+who\s+|\s+)"
                    rf"(?:(?:has|had|then|later|formally|officially|finally|eventually)\s+)?{_VERB}\s+(?P<old>{NAME})")
# "Y, who became vice-chancellor in 2015 after X retired", "Y took charge when X stepped down"
# ("Y, who held the leisure brief ... and took over the top job when X retired": one clause may come first)
AFTER_LEAVING = re.compile(rf"(?P<new>{NAME})(?:,\s+(?:\d{{1,3}},\s+)?(?:who|which)\s+(?:[^.;,]{{1,80}}?\s+and\s+)?|\s+)(?:was\s+(?:appointed|elected|named|chosen)|became|"
                           rf"took\s+charge|took\s+over)\b[^.;]{{0,80}}?\b(?:after|when)\s+(?P<old>{NAME})\s+(?:had\s+)?"
                           rf"(?:retired|resigned|left|stepped\s+down|stood\s+down|quit|died|was\s+(?:sacked|dismissed|suspended|ousted))\b")
# "Y, who became interim chief executive in October 2019 after the resignation of X"
AFTER_EXIT = re.compile(rf"(?P<new>{NAME})(?:,\s+(?:\d{{1,3}},\s+)?(?:who|which)\s+|\s+)(?:was\s+(?:appointed|elected|named|chosen)|"
                        rf"became|took\s+charge|took\s+over|stepped\s+in)\b[^.;]{{0,80}}?\b(?:after|following)\s+the\s+"
                        rf"(?:resignation|retirement|departure|death|dismissal|sacking|suspension|exit|removal)\s+of\s+(?P<old>{NAME})")
# "Y has chaired the committee since May 2019, when X, who led ..., became leader of the council"
HELD_SINCE = re.compile(rf"(?P<new>{NAME})\s+has\s+(?:chaired|led|run|headed|managed|been\s+in\s+charge\s+of)\s+[^.;]{{1,60}}?"
                        rf"\s+since\s+[^.;,]{{1,30}},?\s+when\s+(?P<old>{NAME})(?:,\s+[^,;]{{1,80}},)?\s+"
                        rf"(?:became|was\s+(?:elected|appointed|made|named|promoted)|retired|resigned|left|stood\s+down|"
                        rf"stepped\s+down|moved|died)\b")
# "X will be succeeded in January by Y", "He was replaced as chairman by Y"
PASSIVE = re.compile(rf"(?P<old>{NAME})(?:,\s+[^,]{{1,60}},)?\s+(?:was|were|will\s+be|has\s+been|had\s+been|is\s+to\s+be|"
                     rf"is\s+being|would\s+be)\s+(?:\w+\s+)?(?:replaced|succeeded)\b[^.;]{{0,50}}?\bby\s+(?P<new>{NAME})")
# "X's successor, Y", "His successor as chairman, Y", "Y, X's successor"
# ("Their successor will be Kasia Nowak, 31, ...": the two the sentence before names)
SUCCESSOR = re.compile(rf"(?P<old>{NAME})(?:[’']s)?\s+successor(?:\s+as\s+[^,]{{1,40}})?(?:,|\s+(?:will\s+be|is|was|has\s+been|"
                       rf"had\s+been))?\s+(?P<new>{NAME})|"
                       rf"(?P<new2>{NAME}),\s+(?:who\s+(?:was|is)\s+)?(?:the\s+)?successor\s+to\s+(?P<old2>{NAME})")
# "... has nominated its vice-chairman, Y, 58, a sheep farmer, as her successor", "Y was named as X's replacement"
AS_SUCCESSOR = re.compile(rf"(?P<new>{NAME})(?:,\s+[^.;]{{1,80}}?,)?\s+(?:(?:was|is|has\s+been|had\s+been|will\s+be)\s+)?"
                          rf"(?:(?:named|nominated|appointed|chosen|picked|elected|confirmed|proposed|lined\s+up)\s+)?"
                          rf"as\s+(?P<old>{NAME})(?:[’']s)?\s+(?:successor|replacement)\b")
# "Y, who became leader of the council after the May 2017 elections, in which his predecessor X lost her seat"
PREDECESSOR = re.compile(rf"(?P<new>{NAME})(?:,\s+(?:\d{{1,3}},\s+)?(?:who|which)\s+[^.;]{{1,120}}?|\s+[^.;,]{{1,60}}?)\s+"
                         rf"(?:his|her|their)\s+predecessor(?:\s+as\s+[^,]{{1,40}})?,?\s+(?P<old>{NAME})")
PRONOUN = {"he", "she", "him", "her", "his", "their"}


class Succession(NamedTuple):
    new: str  # the one who took over
    old: str  # the one they took over from


def _person(name: str) -> bool:
    ws = words(name)
    return bool(ws) and not set(ws) <= STOPWORDS | NOT_NAMES


def first_person(text: str) -> str | None:
    """The first name of a person in the text: two or three capitalised words, or a title and a name
    (not "The Council": a run may not open with a common word)."""
    for m in re.finditer(rf"{_TITLE}{_CAP}(?:\s+{_CAP}){{0,2}}|{_CAP}(?:\s+{_CAP}){{1,2}}", text):
        if _person(m.group(0)) and m.group(0).split()[0].lower() not in STOPWORDS:
            return m.group(0)
    return None


def successions(sentence: str, before: str = "") -> list[Succession]:
    """Every (new, old) pair the sentence tells of; a pronoun is the first person `before` names."""
    out = []
    for pattern in (ACTIVE, AFTER_LEAVING, AFTER_EXIT, HELD_SINCE, PASSIVE, SUCCESSOR, AS_SUCCESSOR, PREDECESSOR):
        for m in pattern.finditer(sentence):
            new_key, old_key = ("new", "old") if m.groupdict().get("new") is not None else ("new2", "old2")
            new, old = m.group(new_key), m.group(old_key)
            if new.lower() in PRONOUN or old.lower() in PRONOUN:
                named = first_person(before)
                if named is None:
                    continue
                new = named if new.lower() in PRONOUN else new
                old = named if old.lower() in PRONOUN else old
            new, old = (re.sub(r"[’']s$", "", n) for n in (new, old))  # ("as Tom Beck's replacement")
            if _person(new) and _person(old) and set(words(new)) != set(words(old)):
                out.append(Succession(new, old))
    return out


def same_person(name: str, asked: str) -> bool:
    """Does `name` stand for the person asked about: the surname they share ("Mr Ruddock", "Neil Ruddock"),
    or the family of that name ("the Hobbses")?"""
    a, b = words(name), words(asked)
    # ("the Hobbses" are Julie Hobbs and her husband)
    return bool(a and b) and (a[-1] == b[-1] or b[-1] in (a[-1] + "s", a[-1] + "es") or a[-1] in (b[-1] + "s", b[-1] + "es"))
