"""Follow-up questions made standalone, offline and without a model.

"What did she say next?" after "What did Preet Kaur Gill say?" becomes "What did Preet
Kaur Gill say next?"; "And the year before?" after a question about 2016 becomes that
question about 2015. When a follow-up names nothing of its own, the names, years and
content words of the earlier question are carried over in brackets. A question that
stands on its own is left as it is. The generative mode may rewrite with its model
instead; this is its fallback.
"""
from __future__ import annotations

import re

from collections.abc import Callable

from bot.answer import Citation, Turn
from bot.lexicon import lexicon
from bot.question import (_CLERIC_STYLE, APPOSED, ASKS_NAME, BUSINESS_NAME, DAYS, FIRM_WORDS, GENERIC, LEAD_CLAUSE, MONTHS, ORG_WORDS, TIME_PHRASE, TITLES, WH,
                          apposed_head, find_entities, question_kind)
from index.text import STOPWORDS, tokens, words

PERSON_PRONOUNS = re.compile(r"\b(he|she|him|her|his|hers)\b", re.I)
OTHER_PRONOUNS = re.compile(r"\b(it|its|they|them|their|theirs|this|that|these|those|there|then)\b", re.I)
ELLIPSIS = re.compile(r"^\W*(and|but|so|also|what about|how about|what else|anything else|and what|same for|"
                      r"why(?=\W*$|\s+(?:not|so)\b)|how come(?=\W*$)|really|then what|what happened (next|then|after)|after that|and then)\b", re.I)
# "held that brief in 2016?", "the same post by 2020": a thing named before ("say that services improved" is no such)
ANAPHOR = re.compile(r"\b(that|this|those|these|the same)\s+[a-z][\w’'-]*(?=\s*(\?|$|,|\b(in|on|at|by|during|after|"
                     r"before|then|now|later|today)\b))", re.I)
IDENTITY = re.compile(r"^\W*(?i:who)\s+(?i:is|was|were|are)\s+[A-Z][\w’'-]*(\s+[A-Z][\w’'-]*){0,3}\s*\??\s*$")
QUALIFIER = re.compile(r"^\W*(?:and|but|so|what about|how about)\s+((?:after|before|since|by|during|following|until|"
                       r"once|when(?!\s+(?:did|does|do|was|were|is|are|will|would|had|has|have|could|can|should)\b)|"
                       r"now|today|later|afterwards|at the end|by the end|in the end)\b.*)", re.I)
# ("And when did the government sign it off?" asks a new question, not the last one at another time)
# "Has that gone up or down since?", "Has the figure changed since then?": the same asked of now
CHANGED_SINCE = re.compile(r"^\W*(?:and\s+)?(?:has|have|did)\s+(?:that|it|this|they|the\s+\w+)\s+(?:\w+\s+)?"
                           r"(?:changed|gone\s+(?:up|down)|risen|rose|fallen|fell|increased|decreased|grown|shrunk)"
                           r"(?:\s+or\s+(?:gone\s+)?\w+)?\s+since(?:\s+then)?\W*$", re.I)
# "And what is it now?", "What's the figure today?": the earlier question asked of now
NOW_AGAIN = re.compile(r"^\W*(?:and\s+|so\s+)?(?:what|how\s+(?:much|many|big|high))(?:[’']s|\s+(?:is|are))\s+"
                       r"(?:it|that|this|the\s+(?:figure|number|total|share|rate|level|count|price|cost))\s+"
                       r"(?:now|today|these\s+days|nowadays)\W*$", re.I)
RELATIVE_YEAR = re.compile(r"\b(the )?(year|one) (before|after|earlier|later)|\b(the )?(previous|following|next|prior) year\b|"
                           r"\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) years? (before|after|earlier|later|on)\b", re.I)
DAY_MONTH = r"(?:\d{1,2}\s+)?(?:" + "|".join(MONTHS) + r")\s+"  # "3 March ", "March " before a year
SAME_THING = {"figure", "figures", "number", "numbers", "total", "amount", "one", "rate", "level", "count", "sum", "tally"}
FIRM_NOUN = re.compile(r"\bthe\s+(?:" + "|".join(sorted(FIRM_WORDS)) + r")\b", re.I)
AT_THE_TIME = re.compile(r"\b(?:at the time|at that time|back then)\b", re.I)
# "Who started the campaign?": what the person did (not "Who is she?", "Who was the leader?")
SOMEONE_DID = re.compile(r"^\W*(?i:who)\s+((?!(?:is|was|are|were|has|have|had|will|would|did|does|do|else)\b)"
                     r"[a-z][\w’'-]*(?:ed|[^s\W]\b)\b[^?]*?)\s*\??\s*$")
DATE = re.compile(r"\b(" + DAY_MONTH + r")?(?:1[6-9]|20)\d\d\b")
_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


ROLE_WORDS = {"inspector", "director", "councillor", "cllr", "coun", "mp", "chief", "executive", "minister", "leader",
              "deputy", "chair", "chairman", "chairwoman", "ceo", "secretary", "president", "mayor", "sir", "dame",
              "lord", "lady", "mr", "mrs", "ms", "dr", "prof", "professor", "judge", "officer", "correspondent",
              "editor", "labour", "conservative", "tory", "green", "liberal", "democrat", "analysis", "strategic"}

# posts that stand before a surname as a title does ("Judge Rendall", "Inspector Kerr")
NAMING_POSTS = {"judge", "professor", "inspector", "detective", "sergeant", "constable", "reverend", "bishop"}


def person_of(entities: list[str]) -> str | None:
    """The first name among these that reads as a person's (role words in front dropped)."""
    for e in entities:
        # (a cleric's style is no part of the name: "the Rt Rev Margaret Ashdown" is Margaret Ashdown)
        e = re.sub(r"^" + _CLERIC_STYLE, "", e)
        parts = [p for p in e.split()]
        while parts and (parts[0].lower().strip("’'s") in ORG_WORDS | ROLE_WORDS):
            parts = parts[1:]
        if any(p[:1].isdigit() or p in MONTHS or p in DAYS for p in parts):
            continue  # "Tuesday 1 October" is a date, not a person
        if parts and not (parts[0][:1].isupper() and parts[-1][:1].isupper()):
            continue  # "six years after", the words an answer put in bold, is no one's name
        if parts and parts[0].rstrip(".") in ("St", "Saint"):
            continue  # "St Aidan's church hall": a place named after a saint
        lex = lexicon()
        # ("Corbeck Works Pension Scheme": a name of common nouns, none a kind of person, is a thing's)
        things = sum(1 for p in parts[1:] if lex.base_forms(p.lower(), "noun") and not lex.is_person_noun(p.lower()))
        # ("Fellside First Responders": a name ending in a plural of people is a group's)
        last = parts[-1].lower() if parts else ""
        if len(parts) >= 3 and last.endswith("s") and last not in lex.base_forms(last, "noun") and lex.is_person_noun(last):
            continue
        if 2 <= len(parts) <= 4 and not ({p.lower() for p in parts} & ORG_WORDS) and not BUSINESS_NAME.search(e) \
                and not lex.names_body(parts[-1]) and not (len(parts) >= 3 and things >= 2):
            return " ".join(parts)
        if len(parts) == 1 and e.split()[0].lower().rstrip(".") in TITLES | NAMING_POSTS and parts[0].lower() not in ORG_WORDS:
            return e  # "Mr Ellery", "Judge Rendall": a person named by title and surname
    return None


FEMALE = re.compile(r"\b(she|her|hers|herself)\b", re.I)


def _pronoun_gender(question: str) -> str | None:
    m = PERSON_PRONOUNS.search(question)
    return None if not m else "f" if FEMALE.fullmatch(m.group(0)) else "m"


def sex_of(person: str, text: str) -> str | None:
    """What the text says of a person's sex, if anything ("n": no person): a title ("Ms Mulvey", "Sir
    Michael"), or a personal pronoun after their name."""
    surname = re.escape(person.split()[-1])
    title = re.search(r"\b(Mr|Sir|Lord|Mrs|Ms|Miss|Dame|Lady)\.?\s+(?:[A-Z][\w’'-]+\s+)*?" + surname + r"\b", text)
    if title:
        return "m" if title.group(1) in ("Mr", "Sir", "Lord") else "f"
    found = list(re.finditer(re.escape(person) + r"\b", text))
    if found and all(re.search(r"(?-i:\bthe)\s+$", text[max(0, m.start() - 5):m.start()]) for m in found):
        return "n"  # "the Castlebridge Playhouse": a place or a thing, not a person
    if found and all(re.search(r"\b(?:in|at|from|near|across|around|outside|throughout|for)\s+$", text[max(0, m.start() - 12):m.start()])
                     for m in found):
        return "n"  # "area coastal manager for East Carrow", "in Sandwold": a place
    for m in found:
        # "Tower Ale, a 4.2 per cent amber bitter,": what the name is called is no kind of person
        called = APPOSED.match(text[m.end():])
        if called and lexicon().available:
            head = apposed_head(called.group(1))
            if head and lexicon().base_forms(head, "noun") and not lexicon().is_person_noun(head):
                return "n"
        rest = re.match(r"([^.!?]*)[.!?]+[\"”’]?\s*(\w*)", text[m.end():])
        if not rest:
            continue
        # in the same sentence, before anyone else is named ("Graham Oyelaran, 52, said his farm ..."); or the
        # next sentence's first word ("... a farmer. He took over", "Save the Ridge led it. Its chairman")
        # (a name after "the" or "of" is a body's, not another person's: "chaired the Save Ashcombe Valley campaign")
        other = next((r.start() for r in _names_in(rest.group(1))), None)
        own = rest.group(1)[:other]
        pronoun = re.search(r"\b(he|him|his|himself|she|her|hers|herself)\b", own, re.I)
        first = rest.group(2)
        # (the next sentence's "She" is the first person of this one's: "Rosalind Mayhew ... has been interim
        # chief executive since Adrian Falk left. She said ..." tells nothing of Mr Falk)
        opened = re.split(r"[.!?][\"”’]?\s+", text[:m.start()])[-1]
        if any(opened[r.end():].strip() for r in _names_in(opened)):  # (not "Ofsted Inspector Linda Steele")
            first = ""
        word = pronoun.group(0) if pronoun else first if re.fullmatch(r"(?i:he|his|she|her|its)", first) else None
        if word:
            return "f" if FEMALE.fullmatch(word) else "n" if word.lower() == "its" else "m"
    return None


def _names_in(text: str) -> list[re.Match]:
    """Names of two capitalised words or more, not a body's after "the" or "of" ("chaired the Save Ashcombe
    Valley campaign")."""
    return [r for r in re.finditer(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+", text)
            if not re.search(r"\b(?:the|of)\s+$", text[:r.start()])]


def answer_entities(turn: Turn) -> list[str]:
    if turn.answer is None or turn.answer.refused or not turn.answer.citations:
        return []
    # the words the answer put in bold are what it answered ("**Simon Achebe**"), before other names
    bold = re.findall(r"\*\*([^*]+)\*\*", turn.answer.answer.split("\n\n")[0])
    return bold + find_entities(turn.answer.citations[0].quote)


def is_followup(question: str) -> bool:
    q = question.strip()
    content = [w for w in words(q) if w not in STOPWORDS and w not in WH]
    names_nothing = not find_entities(q) and not re.search(r"\b(1[6-9]|20)\d\d\b", q)
    return bool(PERSON_PRONOUNS.search(q) or ELLIPSIS.search(q) or RELATIVE_YEAR.search(q)
                or (OTHER_PRONOUNS.search(q) and names_nothing) or ANAPHOR.search(q)
                or (len(content) <= 4 and names_nothing))


def condense(question: str, history: list[Turn], around: Callable[[Citation], str] | None = None) -> str:
    """The question as retrieval should see it, given the earlier turns (oldest first); `around` gives the
    text about a quote (with the sentence after it), to tell whether "she" can be a person it names."""
    q = question.strip()
    if not history or not is_followup(q):
        return q
    prev = history[-1]
    prev_q = prev.answer.standalone_question if prev.answer else prev.question
    prev_core = re.sub(r"\s*\([^()]*\)\s*$", "", prev_q)
    prev_kind = question_kind(prev_core)

    # "he/she": the person the last exchanges were about
    person = None
    for turn in reversed(history):
        core = turn.answer.standalone_question if turn.answer else turn.question
        asked, answered = find_entities(core), answer_entities(turn)
        # after "who ...?" the person is the answer; otherwise the one the question named
        if IDENTITY.match(core):  # "Who was Hakeem Hussain?": he is the one asked about
            first, second = asked, answered
        elif question_kind(core) == "who":  # the names the answer brings, before those the question had
            first, second = [e for e in answered if not set(words(e)) <= set(words(core))], asked
        else:
            first, second = asked, answered
        wanted = _pronoun_gender(q)
        quoted = turn.answer.citations if turn.answer and not turn.answer.refused else []
        said = " ".join([core] + [(around or (lambda c: c.quote))(c) for c in quoted])
        people = [p for p in (person_of([e]) for e in first + second + (find_entities(said) if wanted else [])) if p]
        # "What did she do?" is not about the man the last answer named first ("He took over from Margaret
        # Fosdyke, who stepped down"): the first person the pronoun can stand for
        person = next((p for p in people if sex_of(p, said) in (None, wanted)), None) if wanted else \
            (people[0] if people else None)
        if person:
            break
    out = q
    if person and PERSON_PRONOUNS.search(out):
        def sub(m: re.Match) -> str:
            w = m.group(0).lower()
            if w in ("his", "hers"):
                return person + "’s"
            if w == "her":  # "her council" is hers; "told her", "replaced her as" are her
                nxt = re.match(r"\s+([\w’'-]+)", out[m.end():])
                if nxt and nxt.group(1).lower() not in STOPWORDS | WH:
                    return person + "’s"
            return person
        out = PERSON_PRONOUNS.sub(sub, out, count=1)

    # "Who started the campaign?" "What did she do for a living at the time?": when she started it
    then = AT_THE_TIME.search(out)
    did = SOMEONE_DID.match(prev_core) if then and person else None
    # (of a post, which changes with time; "how old was she at the time?" is read as it is)
    if did and prev_kind == "who" and question_kind(out) == "role" and not PERSON_PRONOUNS.search(did.group(1)):
        return out[:then.start()] + f"when {person} {did.group(1)}" + out[then.end():]

    # "the year before": shift the earlier question's year
    prev_years = re.findall(r"\b(1[6-9]\d\d|20\d\d)\b", prev_core)
    m = RELATIVE_YEAR.search(out)
    # (only of the earlier question asked again: "And the year before?"; not "How many officers did he say had
    # quit the year before?", a question of its own after "Who chaired the union branch in 2019?")
    # ("and what was the figure the year before?": the figure is what the earlier question asked)
    own = {t for w in words(RELATIVE_YEAR.sub(" ", q)) if w not in STOPWORDS and w not in WH and w not in SAME_THING
           for t in tokens(w) if t not in GENERIC} - {t for w in words(person or "") for t in tokens(w)}
    again = bool(ELLIPSIS.search(q)) or own <= set(tokens(prev_core))
    if m and prev_years and again:
        n = re.match(r"(\w+) years?", m.group(0))
        step = (int(n.group(1)) if n.group(1).isdigit() else _COUNT.get(n.group(1).lower(), 1)) if n else 1
        delta = -step if re.search(r"before|earlier|previous|prior", m.group(0), re.I) else step
        year = str(int(prev_years[-1]) + delta)
        # (the day and month went with the earlier year: "in March 2014", three years later, is "in 2017")
        return re.sub(r"\b(?:" + DAY_MONTH + r")?" + prev_years[-1] + r"\b", year, prev_core)
    own_date = DATE.search(out)
    prev_date = DATE.search(prev_core)
    others = [e for e in find_entities(DATE.sub("", out)) if e.lower() not in ("and", "what", "how")]
    if ELLIPSIS.search(q) and own_date and prev_date and not others:
        # "And in 2016?" / "What about February 2016?": the earlier question with the new date
        return prev_core[:prev_date.start()] + own_date.group(0) + prev_core[prev_date.end():]

    m = QUALIFIER.match(q)
    since = CHANGED_SINCE.match(q) or NOW_AGAIN.match(q)
    if (m or since) and not others:
        # "And after the plans were changed?": the earlier question at that other time
        # (and without the earlier time clause: "After the fire, what would it cost?" "And by 2021?")
        base = LEAD_CLAUSE.sub("", prev_core).rstrip(" ?.")
        base = base[:1].upper() + base[1:]
        for y in prev_years:
            base = re.sub(r"\s*\b(?:in|during|since|by|for|from)?\s*\b" + y + r"\b(?:/\d\d)?", "", base)
        # ("How old was he when The Willows opened?" "And when the group went into administration?": that time
        # instead of the earlier one)
        base = TIME_PHRASE.split(base, maxsplit=1)[0]
        # ("Has that gone up or down since?": the earlier question asked of now)
        return f"{base} {m.group(1).strip(' ?.') if m else 'now'}?"
    firm = FIRM_NOUN.search(out) if prev_kind == "who" and not person_of(find_entities(out)) else None
    named = answer_entities(prev)[:1] if firm else []
    if named and not set(words(named[0])) & set(words(out)):
        # "Whose depot did the diesel leak from?" "Who was in charge of the firm at the time?": of the firm named
        out = out[:firm.start()] + named[0] + out[firm.end():]
    if out != q and not OTHER_PRONOUNS.search(q) and not ELLIPSIS.search(q):
        return out  # the pronoun now names its person (or the firm its name): the question stands on its own
    have = {w.lower() for w in words(out)}
    carry = [e for e in find_entities(prev_core) + prev_years if not set(words(e)) <= have]
    if re.search(r"\b(?:they|them|their|theirs)\b", q, re.I) and prev_kind == "who":
        # "Which company got the job?" "What was their contract worth?": they are the ones the answer named
        carry = [e for e in answer_entities(prev)[:1] if not person_of([e]) and not set(words(e)) <= have] + carry
    if re.search(r"\b(?:it|its)\b", q, re.I) and (prev_kind == "name" or ASKS_NAME.search(prev_core)):
        # "What's the new wing called?" "When did it open?": it is the name the answer gave
        carry = [e for e in answer_entities(prev)[:1] if not set(words(e)) <= have] + carry
    carried = {w for e in carry for w in words(e)}
    carry += [w for w in words(prev_core) if w not in STOPWORDS and w not in WH and w not in have
              and w not in carried and tokens(w) and tokens(w)[0] not in GENERIC][:6]
    return f"{out} ({', '.join(dict.fromkeys(carry))})" if carry else out
