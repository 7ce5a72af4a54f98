"""A question that names its person by a description, resolved to the name the articles give.

"The woman who ran the Kilbrannock post office when the Sunday sailings were axed - what job
did she hold by 2025?" asks about someone the articles name, by what one article says of her.
The description is asked first as a question of its own ("Who ran the Kilbrannock post office
when the Sunday sailings were axed?"); when that is answered with a person's name, the
question is asked of her by name ("What job did Morag Lindsay hold by 2025?"), as a follow-up
is. A description no passage answers leaves the question as it was.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.answer import Answer, Citation, Turn
from bot.conversation import answer_entities, condense, person_of, sex_of
from bot.lexicon import lexicon
from bot.question import APPOSED, TITLES, apposed_head, find_entities
from index.text import STOPWORDS

# "the woman who", "The English lecturer who", "the vice-chancellor who": a noun phrase a "who" clause describes
DESCRIBED = re.compile(r"\b(?:the|a|an)\s+((?:[\w’'-]+\s+){0,3}?)([a-z][\w’'-]*)\s+(who|whose)\s+", re.I)
# where a description before the question itself ends: "... were axed - what job did she hold?"
SEPARATOR = re.compile(r"\s+[-–—]\s+|:\s+|[.;]\s+(?=[A-Z])")
# "the company that owns the holiday park": a body a "that" or "which" clause describes
BODY_DESCRIBED = re.compile(r"\b(?:the|a|an)\s+((?:[\w’'-]+\s+){0,2}?)(company|firm|business|contractor|developer|operator|"
                            r"charity|consultancy|group|organisation|organization|trust|club|supplier|builder|insurer|bank)"
                            r"\s+(?:that|which)\s+", re.I)
# the question's verb comes before its subject: "What does the woman who ... do", "When was the man who ... banned"
INVERTED = re.compile(r"^\W*(?:\w+\s+){0,3}?(do|does|did|is|was|are|were|has|have|had|will|would|can|could)\s*$", re.I)
LEAD = re.compile(r"^\W*(?:before|after|when|since|until|once|by the time)\s*$", re.I)
FEMALE_NOUNS = {"woman", "women", "lady", "girl", "mother", "wife", "widow", "daughter", "sister", "grandmother",
                "aunt", "niece", "actress", "headmistress", "mum"}
MALE_NOUNS = {"man", "men", "boy", "father", "husband", "son", "brother", "grandfather", "uncle", "nephew",
              "headmaster", "dad"}
# a statement of what the described person did at another time: "... later led the picket line", "... now runs"
TOLD = re.compile(r"\s+(?:later|now|then|since|subsequently|eventually|afterwards|went on to)\s+[a-z]+\b")
ASKS_NAME = re.compile(r"\b(?:names?|named|called|identity|identities)\s+(?:of\s+)?\x00|^\W*(?:who|what)\s+(?:is|was|were|are)\s+\x00\W*$",
                       re.I)
PRONOUN = re.compile(r"\b(he|him|his|she|her|hers)\b", re.I)


@dataclass(frozen=True)
class Described:
    leads: tuple[str, ...]  # the description as a question: "Who ran the post office ...?", then whole
    #                         ("Who was the former Greaves Tower owner who now rents a flat in Hexley?")
    main: str    # the question, with NAMED where the description stood (none when a pronoun stands for it)
    context: str  # what the question says the person did besides ("later led the pensions picket line")
    gender: str | None  # "f", "m", or None when nothing tells
    body: bool = False  # a company or another body, not a person


NAMED = "\x00"


def _person_noun(word: str) -> bool:
    lex = lexicon()
    return lex.is_person_noun(word) or ("-" in word and lex.is_person_noun(word.rsplit("-", 1)[1]))


def _ends_clause(word: str, prev: str, aux: str | None) -> bool:
    """Can `word` begin what the question says of the person, after the clause that describes them? After
    "does" or "did", a verb's plain form ("... do for a living", "... say"); after "was" or "had", a
    participle ("... banned from", "... working by"); at the head of a lead clause, a verb in the past
    ("Before the woman who unseated the MP started the group")."""
    if prev.lower() in STOPWORDS or not word.isalpha() or word[:1].isupper():
        return False
    bases = lexicon().base_forms(word, "verb")
    if not bases:
        return False
    if aux in ("do", "does", "did", "will", "would", "can", "could"):
        # (a word more often a verb than a noun: "... club chair from ... do", "found the body tell police")
        return word in bases and lexicon().mainly_verb(word)
    if word.lower() in STOPWORDS and not (word.lower() == "been" and aux in ("has", "have", "had")) \
            and not (word.lower() == "doing" and aux in ("is", "are", "was", "were")):  # ("What is the X who ... doing now?")
        return False  # ("the doctor who said ... been the GP": the question's "had ... been")
    if aux:
        return word not in bases and word.endswith(("ed", "en", "ing"))
    return word not in bases and not word.endswith(("ing", "s"))


def describe(question: str) -> Described | None:
    """The person a question describes instead of naming, if it does; None otherwise."""
    q = question.strip()
    for m in DESCRIBED.finditer(q):
        context = ""
        head = m.group(2)
        if not _person_noun(head.lower()) or not lexicon().available:
            continue
        if head.lower() not in lexicon().base_forms(head.lower(), "noun") and head.lower().endswith("s"):
            continue  # "Who led the cyclists who were worried about ...?": a group, not one person to name
        ahead = q[:m.start()]
        rest = q[m.end():]
        aux = INVERTED.match(ahead)
        sep = SEPARATOR.search(rest)
        if not ahead.strip() and sep and PRONOUN.search(rest[sep.end():]):
            # "The woman who ... axed - what job did she hold?": all before the separator describes her
            clause, main = rest[:sep.start()], rest[sep.end():]
            # "The lecturer who complained about X later led the picket line. How long ...?": what she did
            # later is the time the question asks of, not part of what names her
            told = TOLD.search(clause)
            if told:
                clause, context = clause[:told.start()], clause[told.start():].strip()
        elif aux or LEAD.match(ahead):
            cut = _clause_end(rest, aux.group(1).lower() if aux else None, adverb=True)
            if cut is None:
                continue
            clause, main = rest[:cut], ahead + NAMED + " " + rest[cut:]
        elif ahead.strip() and re.search(r"\w", ahead):
            # "Which street is named after the man who scored twice against Wexcombe United?": to the end
            end = re.search(r"[?,;]|$", rest)
            clause, main = rest[:end.start()], ahead + NAMED + rest[end.start():]
        else:
            continue
        clause = clause.strip().rstrip("?.,;:")
        if len(clause.split()) < 2 or ASKS_NAME.search(main):
            continue  # ("What was the name of the man who was acquitted?" asks who he is)
        low = head.lower()
        gender = "f" if low in FEMALE_NOUNS or low.endswith("woman") else "m" if low in MALE_NOUNS or low.endswith("man") \
            else None
        if gender is None:
            gender = _pronoun_sex(main)
        main = main[:1].upper() + main[1:]
        # ("the retired pharmacist whose group launched the petition": "Whose group launched the petition?")
        rel = m.group(3).lower()
        whole = f"Who was the {m.group(1)}{head} {rel} {clause}?"
        return Described(leads=(f"{rel.capitalize()} {clause}?", whole), main=main, context=context.rstrip(".,;: "),
                         gender=gender)
    return _post_of(q) or _body(q)


def _body(q: str) -> Described | None:
    """"How much did the company that owns the holiday park put towards the wall?": asked of the company by name
    ("Which company owns the holiday park?" first), the subject of a question whose verb comes first."""
    for m in BODY_DESCRIBED.finditer(q):
        split = _verb_first(q, m)
        if split is None or len(split[0].split()) < 2:
            continue
        clause, main, _ = split
        return Described(leads=(f"Which {m.group(1)}{m.group(2)} {clause}?",), main=main, context="", gender=None,
                         body=True)
    return None


# "the chair of the bus users' group": a person named by a post of a body
POST_OF = re.compile(r"\bthe\s+((?:[\w’'-]+\s+){0,2}?)([a-z][\w’'-]*)\s+of\s+(?=the\s)", re.I)


def _post_of(q: str) -> Described | None:
    """"What did the chair of the bus users' group do for a living?": asked of "the chair of the bus users'
    group" by name, the subject of a question whose verb comes first ("Who was the chair of ...?" first)."""
    for m in POST_OF.finditer(q):
        head = m.group(2)
        if not _person_noun(head.lower()) or head.lower() in FEMALE_NOUNS | MALE_NOUNS:
            continue
        split = _verb_first(q, m)
        if split is None:
            continue
        body, main, after = split
        # (the post itself: "the former deputy curator of the Kelsall Arboretum" held it when an article named her)
        held = re.sub(r"\b(?:former|then|previous|onetime|one-time|ex-)\s*", "", m.group(1), flags=re.I)
        return Described(leads=(f"Who was the {held}{head} of {body}?",), main=main, context="",
                         gender=_pronoun_sex(after))
    return None


def _verb_first(q: str, m: re.Match) -> tuple[str, str, str] | None:
    """For a question whose verb comes before the subject `m` begins ("What did the chair of ... do?"): what
    describes it after `m` (up to the question's verb), the question with NAMED for it, and its words after
    the description; None when the verb does not come first or nothing tells where the description ends."""
    ahead, rest = q[:m.start()], q[m.end():]
    aux = INVERTED.match(ahead)
    cut = _clause_end(rest, aux.group(1).lower()) if aux else None
    if cut is None:
        return None
    main = ahead + NAMED + " " + rest[cut:]
    return rest[:cut].strip().rstrip("?.,;:"), main[:1].upper() + main[1:], rest[cut:]


def _clause_end(rest: str, aux: str | None, adverb: bool = False) -> int | None:
    """Where the question's own words resume after what describes its person: at the question's verb (each
    word after the description's first two is tried), else (`adverb`) at an adverb of it ("Which town is the
    commissioner who was re-elected during the pandemic originally from?"); None when nothing tells."""
    tokens = list(re.finditer(r"\S+", rest))
    cut = next((tokens[i].start() for i in range(2, len(tokens))
                if _ends_clause(tokens[i].group(0).rstrip("?,."), tokens[i - 1].group(0), aux)), None)
    if cut is None and adverb:
        cut = next((tokens[i].start() for i in range(2, len(tokens) - 1)
                    if tokens[i].group(0).endswith("ly") and lexicon().base_forms(tokens[i].group(0).lower(), "adv")
                    and not lexicon().base_forms(tokens[i].group(0).lower(), "adj")), None)
    if cut is None and aux in ("is", "was", "are", "were"):
        # "How old was the resident who complained about dust when he had to flee the fire?": the time the
        # question asks of, after a clause whose verb is past
        cut = next((tokens[i].start() for i in range(2, len(tokens) - 2) if tokens[i].group(0).lower() == "when"), None)
    return cut


def _pronoun_sex(text: str) -> str | None:
    """"f" or "m" by the first personal pronoun in the text ("... before she retired?"), else None."""
    p = PRONOUN.search(text)
    return None if not p else "f" if p.group(1).lower() in ("she", "her", "hers") else "m"


def resolve(question: str, ask: Callable[[str], Answer], around: Callable[[Citation], str]) -> str | None:
    """The question asked of the person it describes, by name, when the articles name them; else None.
    `ask` answers the description's own question; `around` gives the text about a quote."""
    d = describe(question)
    if d is None:
        return None
    for lead in d.leads:
        answer = ask(lead)
        person = None if answer.refused or not answer.citations else \
            _body_named(answer, lead) if d.body else _named(answer, d.gender, around, lead)
        if person:
            break
    else:
        return None
    if NAMED in d.main:
        # ("How old was Gary Pennock when he had to flee?": "he" is the one the question names)
        out = d.main.replace(NAMED, person)
    else:
        # ("she" in the question is the one chosen here, whatever else the answer named)
        out = condense(d.main, [Turn(question=lead, answer=answer.model_copy(update={"answer": f"**{person}**"}))], around)
    return f"{out.rstrip()} ({d.context})" if d.context else out


KIN = {"father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "widow", "widower", "grandson",
       "granddaughter", "grandfather", "grandmother", "family", "uncle", "aunt", "nephew", "niece", "cousin"}


def _named(answer: Answer, gender: str | None, around: Callable[[Citation], str], lead: str = "") -> str | None:
    """The person an answer to "Who ...?" names: of the names it put in bold, then of the others its quotes
    give, one the text shows as of the sex the question says ("Mr Kettlewell" is no woman), then one it shows
    as a person, before others; a name that is somewhere ("at Strathlorne General") last. A name ending in a
    common noun that nothing shows as a person's ("Bellamy Tower") is none."""
    said = " ".join(around(c) for c in answer.citations)
    named = answer_entities(Turn(question=answer.question, answer=answer)) + [
        e for c in answer.citations for e in find_entities(c.quote)]
    people = list(dict.fromkeys(p for p in (person_of([e]) for e in named) if p))
    # (not one the description itself names: "the licensing officer who was suspended after the Garside review"
    # is not Dr Garside, unless it speaks of kin: "the son of Harold Pryce")
    given = _words_named(lead) if not KIN & set(re.findall(r"[a-z]+", lead.lower())) else set()
    # (nor a name the quotes only put before a common noun: "the first Operation Nightlight crackdown")
    people = [p for p in people if p.split()[-1].lower() not in given and not _names_a_thing(p, said)]
    sexes = {p: sex_of(p, said) for p in people}
    shown = {p: sexes[p] in ("f", "m") or _seems_person(p, said) for p in people}
    fits = [p for p in people if (gender is None or sexes[p] in (None, gender)) and sexes[p] != "n"
            and (shown[p] or not lexicon().base_forms(p.split()[-1].lower(), "noun")
                 or lexicon().is_person_noun(p.split()[-1].lower()))]  # ("Galbraith" is a person in WordNet)
    return min(fits, key=lambda p: (not (gender and sexes[p] == gender), not shown[p], _somewhere(p, said),
                                    fits.index(p)), default=None)


def _names_a_thing(name: str, text: str) -> bool:
    """Does the text put the name only before a word that is nothing but a noun ("Operation Nightlight
    crackdown") or only after "the", "his" and the like ("His silver Vauxhall Vectra"), as a thing's name is
    put (not "Chloe Barnard said", nor "Chloe Barnard, 19")?"""
    found = list(re.finditer(re.escape(name) + r"(?:\s+([a-z][a-z-]*)|\W|$)", text))
    lex = lexicon()
    def after_the(m: re.Match) -> bool:  # (the words between are a thing's: not "the meeting was Alan Whitcombe")
        d = re.search(r"\b(?i:the|a|an|his|her|its|their|our|my)\s+((?:[a-z][\w-]*\s+){0,2})$", text[:m.start()])
        return bool(d) and not set(d.group(1).split()) & STOPWORDS
    if found and all(after_the(m) for m in found):
        return True  # ("His silver Vauxhall Vectra", "the Vaults")
    return bool(found) and all(m.group(1) and lex.base_forms(m.group(1), "noun") and not lex.base_forms(m.group(1), "verb")
                               for m in found)


def _words_named(text: str) -> set[str]:
    """The words of the names a text gives ("the Garside review": "garside"), lower-cased."""
    return {w.lower() for e in find_entities(text) for w in e.split()}


def _body_named(answer: Answer, lead: str) -> str | None:
    """The body an answer to "Which company ...?" names: the first name it put in bold that a quote gives whole
    ("Capital Partners" of "Corvane Capital Partners" is none) and the description does not name ("Which holding
    company owned Meadowbank under Corvane?" is not answered by "Corvane Capital Partners")."""
    given = _words_named(lead)
    quotes = " ".join(c.quote for c in answer.citations)
    def given_whole(name: str) -> bool:
        return any(not re.search(r"(?-i:[A-Z])[\w’'&-]*\s+$", quotes[:m.start()]) and not re.match(r"\s+(?-i:[A-Z])", quotes[m.end():])
                   for m in re.finditer(r"\b" + re.escape(name) + r"\b", quotes))
    bold = set(re.findall(r"\*\*(.+?)\*\*", answer.answer))
    return next((n for n in answer_entities(Turn(question=answer.question, answer=answer))
                 if n in bold and given_whole(n) and not {w.lower() for w in n.split()} & given
                 and not _somewhere(n, quotes)), None)  # (nor a place: "Documents filed at Companies House")


def _seems_person(name: str, text: str) -> bool:
    """Does the text give the name a title ("Dr Ruth Abernethy"), an age, a "who" clause ("Morag Lindsay,
    who runs ...") or a post ("Kirsty Galbraith, the Island Maid's chief officer"), or is its first word a
    person's name ("Ruth")?"""
    first, last = name.split()[0], name.split()[-1]
    for m in re.finditer(re.escape(name) + APPOSED.pattern, text):
        head = apposed_head(m.group(1))
        if head and lexicon().is_person_noun(head):
            return True
    return bool(re.search(r"\b(?:" + "|".join(TITLES) + r")\.?\s+(?:[A-Z][\w’'-]+\s+)*?" + re.escape(last) + r"\b",
                          text, re.I) or re.search(re.escape(name) + r",\s+(?:\d+|who|aged)\b", text)) \
        or lexicon().is_person_noun(first.lower(), senses=1)


def _somewhere(name: str, text: str) -> bool:
    """Does the text put the name after a word for where ("at Strathlorne General", "on Linnet Row")?"""
    return bool(re.search(r"\b(?:at|on|in|into|from|to|near|outside)\s+(?:the\s+)?" + re.escape(name) + r"\b", text))
