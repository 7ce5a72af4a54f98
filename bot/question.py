"""What a question asks for, read without a model.

`analyse` finds the kind of answer wanted (a person, a date, a count, a sum of money, a
place), the names, years and numbers the question depends on, its content words, and
whether it tries to override or extract the bot's instructions. The detectors for answer
kinds (`has_kind`, `answer_spans`) are used on article sentences too. English only, and
nothing in here knows any corpus.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.lexicon import lexicon  # WordNet: synonyms, and whether a word is a kind of person
from index.text import STOPWORDS, tokens, words

WH = {"what", "who", "whom", "whose", "when", "where", "why", "how", "which", "did", "does", "do", "is", "are",
      "was", "were", "has", "have", "had", "can", "could", "would", "should", "will", "tell", "give", "name",
      "list", "describe", "explain", "according", "summarise", "summarize", "please", "and", "but", "so", "in",
      "on", "at", "for", "of", "the", "a", "an", "by", "to", "ignore", "forget", "show", "print", "say", "said",
      "i", "me", "you", "we", "they", "he", "she", "it", "if", "then", "also", "now", "yes", "no", "ok", "okay",
      "hi", "hello", "thanks", "thank", "compare", "between", "since", "after", "before", "during", "as", "from",
      "with", "about", "why", "besides", "apart", "other", "than", "mr", "mrs", "ms", "dr", "roughly", "approximately",
      "around", "exactly", "overall", "briefly", "just", "only", "altogether", "again", "finally", "originally"}
# words that frame a question rather than carry its subject
GENERIC = {"say", "said", "tell", "told", "accord", "articl", "mention", "describ", "happen", "state", "explain",
           "give", "given", "mani", "much", "way", "thing", "get", "got", "make", "made", "doe", "go", "went",
           "know", "think", "new", "one", "describe", "happen", "summari", "summaris", "summariz", "kind",
           "type", "sort", "exact", "caus", "exactli", "compar", "contrast", "differ", "differenc", "ever", "actual", "actualli", "realli", "still", "yet", "rough", "roughli", "approxim", "around", "amount", "goe", "gone",
           "went", "overal", "total", "also", "els", "next", "later", "earlier", "first", "name", "call", "word",
           "big", "bigger", "larg", "larger", "local"}

_INJECTION = [re.compile(p, re.I) for p in (
    r"\b(ignore|disregard|forget|override|bypass|skip)\b.{0,40}\b(instruction|instructions|rules|prompt|prompts|guidelines|directions|programming|constraints|context|above|previous|prior)\b",
    r"\b(system|hidden|initial|original|developer|secret|internal)\s+(prompt|instructions?|message|rules|configuration|guidelines)\b",
    r"\b(reveal|print|show|repeat|output|display|leak|dump|recite|tell me)\b.{0,30}\b(your|the)\s+(instructions|prompt|rules|configuration|guidelines|canary|secret)",
    r"\byou are (now|no longer)\b|\bfrom now on\b.{0,40}\b(you|act|respond|answer)\b",
    r"\b(act|behave|respond) as (if|though|an?|the)\b|\bpretend (to be|you)\b|\brole-?play\b",
    r"\b(?-i:DAN)\b(?![’']s)|\b(jailbreak|jailbroken|developer mode|god mode|do anything now)\b",  # (not "Dan's Run")
    r"\bnew (instructions|rules|task)\s*:",
    r"\b(base64|rot13|hex)\b.{0,40}\b(decode|encoded|follow|execute)\b|\b(decode|execute)\b.{0,40}\b(base64|rot13)\b",
    r"</?(system|instructions?|prompt)>|\[/?(system|INST)\]|<\|im_start\|>",
    r"\bwhat (are|were) your (instructions|rules)\b",
    r"\bnew instructions\b|\binstructions from (the |your )?(administrator|admin|developer|system|operator|owner)\b",
    r"\b(forget|ignore|disregard)\s+(about\s+)?(the|all|these|those|your|any)\s+(\w+\s+)?(articles|documents|sources|texts)\b",
    r"\b(system override|admin(istrator)? mode|sudo mode|maintenance mode)\b",
    r"\b(environment variables?|file paths?|api keys?|passwords?|credentials)\b.{0,40}\byou (can )?(access|see|have|know)\b|"
    r"\b(list|print|show|reveal|dump)\s+(me\s+)?(your|every|all|the)\s+(environment variables?|api keys?|credentials)\b",
)]

# words that follow a verb opening a request ("Walk me through", "Run through the", "Sum up what")
IMPERATIVE_NEXT = {"me", "us", "through", "what", "how", "who", "why", "when", "which", "whether", "up", "out", "over",
                   "down", "back", "in", "about", "all", "everything"}

_NAMED_DATE = r"\bwhat (is|was|are|were) (the|its|their|his|her) ([\w-]+\s+){1,2}?"  # "what is the closing ..."
# "what is the group called?", "what did they call its campaign?": a name asked (a "who" question)
_ASKS_NAME = (r"\bwhat(?:[’']s|\s+(?:is|was|are|were|will))\b[^,;?]{0,60}\b(called|named)\b"
              r"(?!\s+(it|him|her|them|the|a|an|for|on|off|in|out)\b)|"
              r"\bwhat (did|do|does|will|would)\b[^,;?]{0,60}\bcall\s+(its|their|his|her|the|a|an|this|that)\b")
# a number of people asked by what they make up: "What's the population of Pellworth?", "How big was her
# majority?" (the number the question asks counts the noun itself)
_MEASURED_BODIES = r"attendance|turnout|population|majority|crowd|audience"
_MEASURE_ASKED = (r"\b(?:what|how (?:big|large))(?:[’']s|\s+(?:is|was|were|are))\s+(?:the|its|their|his|her|"
                  r"(?:[\w-]+\s+)?[\w-]+[’']s)\s+(?:[\w’'-]+\s+){0,2}?")
MEASURED_BODY = re.compile(_MEASURE_ASKED + r"(" + _MEASURED_BODIES + r")\b", re.I)

KIND_PATTERNS = {
    "money": re.compile(r"\bhow much\b(?!\s+(time|longer|progress|improvement|better|worse|more|less|of|did\s+\w+\s+(improve|change|grow|fall|rise)))|"
                        r"\b(budget|budgets|cost|costs|costing|salary|salaries|wage|wages|funding|spend|spending|"
                        r"price|prices|money|pounds|dollars|euros|fee|fees|fined|compensation|invest|investment|"
                        # ("the weekly rent", "what pre-tax profit"; not "social rent homes", a kind of home)
                        r"rents?(?!\s+(?:homes?|flats?|houses?|housing|properties|tenants?))|profits?|pre-tax|"
                        r"bonus|bonuses|payout|payouts|fines|earning|earnings|income|turnover|revenues?|takings|(\b(the|a|its|their|his|her)|[’']s)\s+fine\b|"
                        r"\bwhat\s+(?:[a-z]+\s+)?(?:fine|penalty|sum|grant|subsidy|loan|donation|payment|dividend|deposit)\s+"
                        r"(?:did|does|do|was|were|is|has|had|will|would)\b|"
                        r"valued\s+at|paid\s+(for|to|out)|pay\s+(for|out)|(sold|sell|sells|selling|bought|buy|fetched|fetch)\s+for|how much did .{0,40}\b(pay|paid|earn|receive|raise|raised)|"
                        r"what\s+(?:is|was|were|are|did|does|do)\b[^,;?]{0,50}\b(?:paid|earn|earned|earns)|"
                        # ("What did the loss adjusters think the damage came to?", "what did the appeal end up bringing in?",
                        # "what was the smallest amount you could put in?")
                        r"what\s+(?:did|does|do|will|would)\b[^,;?]{0,60}\b(?:come|came|comes)\s+to(?=\s*(?:[?,]|$))|"
                        r"what\s+(?:did|does|do|will|would)\b[^,;?]{0,60}\b(?:bring|bringing|brought)\s+in\b|"
                        r"what(?:[’']s|\s+(?:is|was|were|are|will\s+be))\s+the\s+(?:[\w-]+\s+){0,2}?fares?\b|"  # ("what's the fare from ...")
                        r"what\s+(?:was|is|were|are)\s+the\s+(?:smallest|largest|biggest|minimum|maximum|total|least)\s+(?:amount|sum)\b|"
                        # ("What did the villagers end up paying the brewery for the pub?", "what did it pay to take over")
                        # ("What was Coldwell Fibre going to charge a month for its gigabit service?")
                        r"what\s+(?:did|does|do|will|would|is|was|are|were)\b[^,;?]{0,50}\b(?:charge|charging|charged)\b"
                        r"(?!\s+(?:with|over|in\s+connection)\b)|"
                        r"what\s+(?:did|does|do|will|would)\b[^,;?]{0,50}\b(?:pay|paying|spend|spent|spending)\b"
                        r"(?!\s+(?:[\w’'-]+\s+){0,2}?(?:attention|tribute|respects?|homage|heed|visits?|time)\b)|"
                        # "what was their contract worth?", "what was the final bill for the bridge?"
                        # (a thing that is bought, sold or paid: "what is the scheme worth?" may ask no sum)
                        r"what\s+(?:is|was|were|are|will)\b[^,;?]{0,50}\b(?:contracts?|deals?|grants?|prizes?|awards?|orders?|"
                        r"settlements?|estates?|house|houses|homes?|property|properties|shares?|stakes?|land|site|"
                        r"business|company|firm)(?:\s+(?:with|for|to|from|between|by|on)\s+[^?,;]{1,40}?)?\s+(?:be\s+)?worth(?=\s*(?:\?|$|,|\b(?:then|now|in|at|when)\b))|"
                        r"\bwhat\s+(?:is|was|were|are|will\s+be)\s+the\s+(?:(?:total|overall|full|final|combined|estimated)\s+)?value\s+of\b|"
                        r"(?:final|total|overall|eventual|whole)\s+bill|what\s+(?:is|was|will\s+be)\s+the\s+bill)\b|[£$€]", re.I),
    "count": re.compile(r"\bhow many\b|\bwhat (number|percentage|proportion|share|fraction)\b|\bhow old\b|"
                        r"\bwhat\s+(?:was\s+|is\s+)?(?:the\s+)?margin\b|\bwhat\s+(?:size\s+of\s+(?:a\s+)?)?majority\b|"  # ("by what margin did they approve it?": a vote)
                        r"\bwhat ([a-z-]+\s+)?rate\b|"  # ("what interest rate": a figure, a share most often)
                        r"\bwhat age\b|\bhow long\b|\bhow often\b|\bhow (?:fast|loud|heavy|tall)\b|"
                        # ("how big a majority", "how large a crowd": a number; not "how big a loss", a sum)
                        r"\bhow (?:big|large) an? (?![^?,]{0,30}\b(?:loss|bill|deficit|debt|grant|overspend|profit|payout|payoff|fine|sum|"
                        r"budget|cost|shortfall|gap|hole|bonus|salary|settlement|fee|fees|waiver|rise|cut|increase|fall|drop|reduction|"
                        r"discount|loan|investment|donation|subsidy|windfall)\b)|"
                        r"\b(?:at\s+)?what\s+speed\b|\bwhat\s+(?:noise|sound)\s+levels?\b|"
                        r"\bhow far\b(?![^?]*\b(?:over|under)\s+(?:the\s+|its\s+|their\s+)?(?:[a-z]+\s+)?budget)|"  # (a sum)
                        + _MEASURE_ASKED + r"(?:average|" + _MEASURED_BODIES + r")\b",  # ("what's the average", "the population")
                        re.I),
    "when": re.compile(r"^\W*(and\s+|so\s+|but\s+)?when\b|\b(until|till|since|by|from) when\b|\bwhat ((exact|precise)\s+)?(year|month|date|day|time|dates|days)\b|\bin which (year|month)\b|"
                       r"\bwhich (year|month|date|day)\b|\bwhat was the date\b|\bhow long ago\b|"
                       r"\bwhat (is|was|are|were) (the|its|their|his|her) (deadline|target date|timetable)\b|" +
                       _NAMED_DATE + r"(date|day)"
                       r"(?=\s*(?:\?|$|,)|\s+(?:for|of|on|in|when|that|set|given|fixed|agreed|announced|by)\b)", re.I),
    "who": re.compile(r"^\W*(and\s+|so\s+|but\s+)?who(m|se)?\b|\bwhich ([A-Za-z’'-]+\s+){0,2}?(person|official|officer|inspector|minister|mp|"
                      r"councillor|politician|leader|director|man|woman|journalist|correspondent)\b|\bwho (was|is|were)\b|"
                      r"\bnames? of (the|his|her|their|its)\b|\bnames? of [A-Z][\w-]*(\s+[A-Z][\w-]*)*[’']s\b|\bwhat is (his|her) name\b|" + _ASKS_NAME + r"|"
                      r"\bwhich ([A-Za-z’'-]+\s+){0,2}?(lawyer|barrister|solicitor|doctor|nurse|surgeon|teacher|headteacher|judge|firm|company|"
                      r"contractor|developer|minister|manager|chairman|chairwoman|spokesman|spokeswoman|spokesperson|"
                      r"campaigner|architect|accountant|consultant|auditor|academic|professor|scientist|expert|"
                      r"organisation|organization|charity|union|body|sponsor|operator|insurer|bank|agency)\b", re.I),
    "why": re.compile(r"^\W*(and\s+|so\s+|but\s+)?(why|how come)\b|\bwhat (was|were|is|are) (?:(?:found|thought|believed|said|judged) to be )?the "
                      r"(?:(?:most )?(?:likely|probable|main|real|chief) )?(reason|reasons|cause|causes)\b|"
                      r"\bfor what reason\b|\bon what (grounds|basis)\b|\bwhat (caused|prompted|led to|triggered)\b", re.I),
    # "what job did she hold", "Karen Abbot's role": a post held (not "what role did the report play")
    "role": re.compile(r"(\b(what|which)\s+([\w’'-]+\s+){0,2}?(job|jobs|role|roles|position|positions|post|posts|title|"
                       r"occupation|profession|rank)\b|[’']s\s+(job|role|position|post|title|occupation|profession)\b|"
                       r"\b(?:do|doing)\s+for\s+(?:a\s+)?(?:living|work)\b)"
                       r"(?!.*\b(play|played|plays)\b)", re.I),
    "rating": re.compile(r"\bwhat\s+(\w+\s+){0,2}(rating|ratings|grade|grades|ranking|verdict|score|judgement|judgment|"
                         r"classification)\b|\bhow (was|were|is|are|has|have|did) .{0,60}\b(rated|graded|ranked|judged|scored)\b",
                         re.I),
    "where": re.compile(r"^\W*(and\s+|so\s+|but\s+)?where\b|\bwhich (town|city|area|place|country|district|county|"
                        r"region|street|village|neighbourhood|neighborhood|building|site|venue|premises|location|ground|stadium)\b", re.I),
}

_NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                 "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds "
                 "thousand thousands million millions billion dozen dozens half quarter third twice").split()
MONTHS = "January February March April May June July August September October November December".split()
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
SEASONS = "Spring Summer Autumn Winter".split()
_MONTH = "(" + "|".join(MONTHS + "Jan Feb Mar Apr Jun Jul Aug Sept? Oct Nov Dec".split()) + ")"
_DAY = "(" + "|".join(DAYS) + ")"
YEAR = re.compile(r"\b(1[6-9]\d\d|20\d\d)s?\b")
# a capitalised word of a name, whole: "Farrow-Grant", "McAllister", "O'Neill", "Stratford-upon-Avon"
_NAME = r"(?:Mc|Mac|O[’']|D[’'])?[A-Z][a-z’']+(?:-[A-Za-z][a-z’']*)*"
# "Her Honour Judge Fenella Marsh", "His Excellency ...": an honorific before a title and name
_HONORIFIC = r"(?:His|Her|Their)\s+(?:Honour|Excellency|Worship|Grace|Royal\s+Highness)\s+"
HONORIFIC = re.compile(_HONORIFIC)
_CLERIC_STYLE = r"(?:(?:Very|Right|Most|Rt)\.?\s+)?(?:Rev|Revd|Reverend)\.?\s+"
_CLERIC = "(?:" + _CLERIC_STYLE + ")?"
_PERSON_TITLE = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Cllr|Councillor|Professor|Prof)\.?"  # before a person's name
SPAN_PATTERNS = {
    "why": re.compile(r"\b(because|due to|owing to|as a result|blamed on|blamed|after|following|amid|in response to|"
                      r"so that|in order to|caused by|prompted by|triggered by|started by|sparked by|led to|the reason|reasons|"
                      r"since|over)\b", re.I),
    "money": re.compile(r"[£$€]\s?\d[\d,.]*(\s?(m|bn|k|million|billion|thousand)\b)?|"
                        r"\b\d[\d,.]*\s?(million|billion|thousand|m|bn|k)?\s?(pounds|dollars|euros|pence|p)\b", re.I),
    # (not a label: "No 4 blast furnace", "Number 10")
    "count": re.compile(r"(?<![A-Za-z]-)(?<!\bNo )(?<!\bNo\. )(?<!\bNumber )\b\d[\d,.]*(\s?(per cent|percent|%)|\s(?:million|billion)\b)?|(?<![\w-])(" + "|".join(_NUMBER_WORDS) + r")(-\w+)?\b", re.I),
    "when": re.compile(r"\b(\d{1,2}(st|nd|rd|th)?\s+)?" + _MONTH + r"(\s+\d{1,2}(st|nd|rd|th)?)?(,?\s+(1[6-9]|20)\d\d)?\b|"
                       r"\b(in |since |by |until |from )?(1[6-9]\d\d|20\d\d)s?\b|\b(last|next|this|that|previous) "
                       r"(year|month|week|spring|summer|autumn|winter|decade)\b|\b" + _DAY + r"\b|"
                       r"\b\w+ (years?|months?|weeks?|days?|decades?) (ago|later|earlier|before|after)\b|\b(yesterday|today|tomorrow)\b"),
    # ("the Very Rev Dr Margaret Ashdown", "the Rt Rev Richard Tolland": a cleric's style before the name)
    "who": re.compile(r"\b(" + _HONORIFIC + r")?" + _CLERIC + r"((Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Cllr|Coun|Prof|Councillor)\.?\s+)?" + _NAME +
                      r"(\s+(de|van|von|da|al|bin|(&\s+)?" + _NAME + r")){1,3}\b"),  # ("Fenwick & Doyle")
    "where": re.compile(r"\b(in|at|from|near|outside|inside) (" + _NAME + r"(\s+" + _NAME + r")*)"),
}


@dataclass
class QuestionInfo:
    text: str
    kind: str | None
    entities: list[str] = field(default_factory=list)
    years: list[str] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)
    content: list[str] = field(default_factory=list)
    injection: bool = False
    person_only: bool = False  # "which architect ...": the answer is a person, never a body or a place


def is_injection(text: str) -> bool:
    return any(p.search(text) for p in _INJECTION)


# "When the trust reopened the library, how many volunteers did it have?": a time, then the question
LEAD_CLAUSE = re.compile(r"^\W*((?:when|after|before|once|by the time|while|until)\s+(?!(?:did|does|do|was|were|is|are|has|"
                         r"had|have|will|would|could|can|should|might)\b)[^,?]{3,100}?),\s*(?=(?:how|what|who|whom|whose|"
                         r"which|where|when|why|did|does|do|was|were|is|are|has|had|have|could|would|can|will)\b)", re.I)


# where a question's time begins ("... during the pandemic cuts", "... when fees went up", "... in 2011")
TIME_PHRASE = re.compile(r"\s+(?=(?:during|when|while|by\s+the\s+time|at\s+the\s+time|after|before|since|until|now|today|"
                         r"in\s+(?:[A-Z][a-z]+\s+)?(?:1[6-9]|20)\d\d)\b)", re.I)
# a clause of time after the question proper: "... by the time the government money came through?"
TIME_CLAUSE = re.compile(r"\s+(?:by the time|when|while|once|after|before)\s+(?:the|a|an|his|her|its|their)\b[^?]*", re.I)
HOW_MUCH_OF = re.compile(r"\bhow much\s+([a-z]+)\b", re.I)


def quantity_noun(word: str) -> bool:
    """Is this a stuff measured in amounts ("beer", "water", "land"), not money ("rent", "profit", "debt")?"""
    lex = lexicon()
    if word.lower() in STOPWORDS or KIND_PATTERNS["money"].search(word) or not lex.base_forms(word, "noun"):
        return False
    stuff = lex.noun_senses("matter") + lex.noun_senses("substance")
    return lex.is_kind_of(word, stuff) and not lex.is_kind_of(word, _money_senses())


def _money_senses() -> tuple[int, ...]:
    """WordNet's senses of money and of what is paid or owed ("rent", "profit", "debt" are kinds of them)."""
    lex = lexicon()
    return sum((lex.noun_senses(w) for w in ("money", "monetary_value", "financial_gain", "liability", "payment")), ())


# "how much cliff was lost?": an amount of a thing (WordNet's first sense a physical thing, not a person nor money)
THING_AMOUNT = re.compile(r"\bhow much\s+([a-z]+)\s+(?:was|were|is|are|has|have|had|did|does|do|will|would|could|can)\b", re.I)


def thing_amount(text: str) -> str | None:
    """The thing whose amount the question asks ("cliff" of "How much cliff was lost?"), if it asks one."""
    m = THING_AMOUNT.search(text)
    if not m:
        return None
    lex, word = lexicon(), m.group(1)
    if word.lower() in STOPWORDS or KIND_PATTERNS["money"].search(word) or lex.is_person_noun(word) \
            or not lex.is_kind_of(word, lex.noun_senses("physical_entity"), 1) or lex.is_kind_of(word, _money_senses()):
        return None
    return word


# "How old is the pier?" (the words up to the first that is no part of its name)
THING_AGE = re.compile(r"^\W*how old (?:is|was|were|are)\s+(?:the|this|that|these|those|its|their)\s+"
                       r"((?:(?!(?:when|now|in|at|by|then|today|before|after)\b)[\w’'-]+\s*){1,5})", re.I)

# what a thing's age is told by: the year it was built, opened or founded, or has stood since
SINCE_BUILT = re.compile(r"\b(?:built|opened|open|opening|founded|established|erected|constructed|completed|finished|"
                         r"dates?|dating|launched)\b|\bsince\s+(?:\w+\s+)?(?:1[0-9]|20)\d\d\b", re.I)


def question_kind(text: str) -> str | None:
    text = LEAD_CLAUSE.sub("", text)
    thing = THING_NAME.search(text)
    if thing:  # "the name of the drug": a name, but not a person's
        noun = thing.group(1).lower()
        # ("the names of the two young men": the noun after its number and adjectives)
        # (up to a word such as "for" or "who": "the suite for bereaved parents" is a suite)
        after = []
        for w in words(text[thing.end():])[:3]:
            if w in STOPWORDS:
                break
            after.append(w)
        people = [w for w in [noun] + after if w not in NOT_POSTS and lexicon().is_person_noun(w)]
        if noun not in NOT_POSTS and not people and noun not in ORG_WORDS:
            return "name"
    # a name is not a kind word: "What did Owen Price go on to do?" asks no price
    plain = SET_ASIDE.sub("", text)  # "what were they offered, on top of their moving costs?" asks no sum
    for e in find_entities(text):
        if len(e.split()) >= 2:
            plain = plain.replace(e, "Someone")
    if WHO_IS_NAMED.match(text) and asks_of_person(text):
        return "role"  # "Who was Carl Eddison?": what he was, the name being given
    aged = THING_AGE.match(text)
    if aged:
        head = [w for w in words(aged.group(1)) if w not in STOPWORDS][-1:]
        if head and not lexicon().is_person_noun(head[0]):
            return "when"  # "How old were the Victoria Baths?": since when they stood, not a person's age
    if LONG_THING.search(text) and asked_measure(text):
        return "count"  # "How high is the spire?": a length, "the 84-metre spire"
    for kind in ("why", "when", "who", "role", "count", "money", "where", "rating"):
        much = HOW_MUCH_OF.search(plain) if kind == "count" else None
        if much and (quantity_noun(much.group(1)) or thing_amount(plain)):
            return "count"  # "how much beer was it brewing?": an amount of something, not a sum of money
        if kind == "money" and MONEY_USE.search(plain):
            continue  # "what will the money be spent on?" asks what it buys, not how much
        if kind == "money" and not KIND_PATTERNS[kind].search(TIME_CLAUSE.sub("", plain)):
            continue  # "what was he doing by the time the grant money came through?": the money only tells when
        if KIND_PATTERNS[kind].search(plain) and (kind != "role" or asks_of_person(text)):
            return kind
    m = WHICH_NOUN.search(text)
    if m:  # "Which publisher released it?", "Which surgeon ...": a kind of person (WordNet) is asked by name
        if m.group(2).lower() not in NOT_POSTS and lexicon().is_person_noun(m.group(2)):
            return "who"
    m = WHICH_NOUN_DID.search(text)
    if m:  # "Which education secretary did he write to?": a person, in the noun's first sense, and never a place
        # ("which ward does he represent?": a district, though a ward is first a person in someone's care)
        noun, lex = m.group(2), lexicon()
        if noun.lower() not in NOT_POSTS and lex.is_person_noun(noun, senses=1) and \
                not lex.is_kind_of(noun, lex.noun_senses("location")):
            return "who"
    return None


WHO_IS_NAMED = re.compile(r"^\W*(?:and\s+|so\s+|but\s+)?who\s+(?:is|was|’s|'s)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|"
                          r"Professor|Prof|Sir|Dame)\.?\s+)?(?-i:[A-Z][\w’'-]*)(?:\s+(?-i:[A-Z][\w’'-]*)){1,3}\s*\?*\s*$", re.I)
# a clause naming what the answer is not: its words say nothing of the kind of answer asked for
SET_ASIDE = re.compile(r",?\s+\b(?:on top of|apart from|aside from|in addition to|other than|excluding|not counting|"
                       r"except(?:\s+for)?)\b[^,;?]*", re.I)
MONEY_USE = re.compile(r"^\W*(?:and\s+)?(?:what|where)\b(?!.*\bhow much\b).*\b(?:(spent|spend|used|use|go|going|went|put)|"
                       # ("What did the treasurer spend the stolen money on?")
                       r"(?:spent|spend|used|use|put)\s+(?:the|its|their|his|her|this|that|all|some|most)\s+(?:[\w’'-]+\s+){0,3}?"
                       r"[\w’'-]+)\s+(on|for|towards|to|into)\W*$", re.I)  # (the money, grant or whatever else it was)
THING_NAME = re.compile(r"\b(?:nick)?names? (?:of|(?:was |is |were |has been |had been )?given to) (?:the|a|an|its|their|his|her)\s+"
                        r"([a-z][a-z-]+)\b")  # ("what name was given to the suite?")
# "What is the lido's winter swimming group called?": the noun whose name is asked
CALLED_NOUN = re.compile(r"\b(?i:what (?:is|was|are|were|will))\b[^,;?]{0,60}?\b([a-z][a-z-]+)\s+(?:be\s+)?(?:called|named)\b"
                         r"(?!\s+(?:it|him|her|them|the|a|an|for|on|off|in|out)\b)|"
                         r"\b(?i:what (?:did|do|does|will|would))\b[^,;?]{0,60}?\bcall\s+(?:its|their|his|her|the|a|an|this|that)\s+"
                         r"([a-z][a-z-]+)\b")  # ("what did the group call its campaign?")


def thing_names(sentence: str, question: QuestionInfo) -> list[tuple[int, int]]:
    """The capitalised name standing right after the noun the question asks the name of ("the heart
    failure drug Telvarin", "a memoir, The Numbers Game", "a ship called the Mary Rose")."""
    m = THING_NAME.search(question.text) or CALLED_NOUN.search(question.text)
    if not m:
        return []
    asked = set(words(question.text))
    out = []
    noun = (m.group(1) or m.group(2)).lower() if m.re is CALLED_NOUN else m.group(1).lower()
    of = OF_WHICH.match(question.text, m.end())
    if of and not lexicon().base_forms(noun, "noun"):
        noun = words(of.group(1))[-1]  # "the nickname of the older of the two blast furnaces": a furnace's
    kinds = lexicon().noun_senses(noun)
    # the noun itself, or a kind of it: "the dredger Marigold" names the vessel asked about
    nouns = [noun] + [w for w in dict.fromkeys(re.findall(r"\b([a-z][a-z-]{2,})\s+(?=[“\"‘']?[A-Z])", sentence))
                      if w != noun and w not in STOPWORDS and kinds and lexicon().is_kind_of(w, kinds)]
    for n in re.finditer(r"\b(?:" + "|".join(map(re.escape, nouns)) + r")(s|es)?\b", sentence, re.I):
        got = re.match(r"\s*,?\s*(?:(?:called|named|nicknamed|known as|dubbed)\s+(?:the\s+)?)?[“\"‘']?((?:The\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})",
                       sentence[n.end():])
        if got and not set(words(got.group(1))) <= asked | NOT_NAMES:
            a = n.end() + got.start(1)
            out.append((a, a + len(got.group(1))))
        # or before it, the noun in apposition: "Bosco, a male rhino weighing 2.1 tonnes"
        head = re.match(r"\s+([a-z][\w-]*)", sentence[n.end():])  # (the noun is the head: not "a rhino keeper")
        before = APPOSED_NAME.search(sentence[:n.start()]) if not head or head.group(1) in STOPWORDS | {"whose"} or \
            head.group(1).endswith("ing") or verb_like(head.group(1)) or (  # ("a ferry built in 1974")
                head.group(1) not in lexicon().base_forms(head.group(1), "verb") and lexicon().base_forms(head.group(1), "verb")) \
            else None
        if before and not set(words(before.group(1))) <= asked | NOT_NAMES | STOPWORDS and not (
                before.start(1) == 0 and " " not in before.group(1) and  # ("However, a rhino ...")
                lexicon().base_forms(before.group(1).lower(), "adv")):  # (but "Marigold, a blue-hulled ferry")
            out.append(before.span(1))
    if not out:  # or a name told as such, whatever noun stands before it ("under the banner Keep Ollerby Moving")
        for n in NAMING.finditer(sentence):
            got = re.match(r"(?:the\s+)?[“\"‘']?((?:The\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})", sentence[n.end(1):].lstrip())
            if got and not set(words(got.group(1))) <= asked | NOT_NAMES:
                a = n.end(1) + (len(sentence[n.end(1):]) - len(sentence[n.end(1):].lstrip())) + got.start(1)
                out.append((a, a + len(got.group(1))))
    return out


# "... of the two blast furnaces at Corbeck": what the word before was one of
OF_WHICH = re.compile(r"\s+of\s+(?:the|its|their|his|her)\s+((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)"
                      r"(?=\s+(?:at|in|on|of|for|from|with|that|which|who|when)\b|\s*[?,.;]|\s*$)")
APPOSED_NAME = re.compile(r"(?<![\w’'-])((?-i:[A-Z][\w’'-]*)(?:\s+(?-i:[A-Z][\w’'-]*)){0,3}),\s+(?:a|an)\s+(?:[a-z0-9][\w-]*\s+){0,2}$")


# "the name of the Sentinel Alarm Systems spokesman who ...": the noun whose name is asked
NAME_OF_NOUN = re.compile(r"\bnames? of (?:the |a |an |his |her |their |its )?(?:[\w’'&-]+\s+){0,5}?([a-z][a-z-]+)"
                          r"(?=\s+(?:who|that|which|whose|at|in|for|on|from)\b|\s*[?,]|\s*$)")
# what only a person does: "who leads the council?", "who scored?" (a company may own, buy, build or win)
PERSON_VERB = re.compile(r"^\W*(?:and\s+|so\s+|but\s+)?who\s+(?:now\s+|currently\s+)?(leads|led|chairs|chaired|heads|headed|"
                         r"manages|managed|coaches|coached|captains|captained|scored|founded|resigned|retired|"
                         r"is\s+in\s+charge|was\s+in\s+charge|runs|ran|(?:is|was|has\s+been|had\s+been)\s+running|"
                         # "who will lead the merged university?", "who is going to run it?"
                         r"(?<=\s)(?:will|would|(?:is|was|are|were)\s+(?:going\s+)?to)\s+(?:lead|chair|head|manage|coach|captain|run))\b",
                         re.I)
# "who was leader of the council?": a post, held by a person (not "the owner of", "the contractor for")
WHO_WAS_NOUN = re.compile(r"^\W*(?:and\s+|so\s+|but\s+)?who\s+(?:is|was|were|are|became|becomes)\s+(?:the\s+|its\s+|their\s+)?"
                          r"((?-i:[a-z][a-z-]+)(?:\s+(?-i:[a-z][a-z-]+))?)\s+(?:of|at|for|in)\b", re.I)
# "Who was Castellan Materials' chief executive when ...?": a post of a body, held by a person
WHO_POSS_POST = re.compile(r"^\W*(?:and\s+|so\s+|but\s+)?who\s+(?:is|was|were|are|became)\s+(?:(?-i:[A-Z])[\w&-]*\s+){0,4}?"
                           r"(?-i:[A-Z])[\w&-]*[’'](?:s)?\s+((?:(?-i:[a-z][a-z-]+)\s+){0,2}?(?-i:[a-z][a-z-]+))"
                           r"(?=\s+(?:when|in|at|during|before|after|then|now|by)\b|\W*$)", re.I)
WHICH_NOUN_DID = re.compile(r"^\W*(?:and\s+|so\s+|but\s+)?(which)\s+(?:(?-i:[a-z][a-z-]+)\s+){0,2}?((?-i:[a-z][a-z-]+))"
                            r"\s+(?:did|does|do)\s+\w", re.I)
WHICH_NOUN = re.compile(r"^\W*(?:and\s+|so\s+|but\s+)?(which|what)\s+((?-i:[a-z][a-z-]+))\b(?!\s+(?:of|is|was|are|were|did|does|do|has|have|had)\b)",
                        re.I)


def asks_of_person(text: str) -> bool:
    """Does the question ask about a person ("Brigid Jones", "she"), not a body ("the council's position"),
    nor someone it describes ("the woman who now chairs Kelsworth Connect's board")?"""
    if re.search(r"\b(the|a|an)\s+([\w-]+\s+){0,2}?(who|whose)\b", text, re.I):
        return False
    if re.search(r"\b(he|she|him|her|his)\b", text, re.I):
        return True
    return any(len(e.split()) >= 2 and not set(words(e)) & ORG_WORDS for e in find_entities(text))


def _demonym(word: str) -> bool:
    """A people's or a country's adjective ("british", "italian", "japanese"), by its ending and WordNet."""
    return word.endswith(("ish", "ian", "ese", "an", "ch", "i")) and bool(lexicon().base_forms(word, "adj")) and \
        not lexicon().base_forms(word, "verb")


def find_entities(text: str) -> list[str]:
    """Capitalised names (runs of capitalised words) and acronyms, as written."""
    out: list[str] = []
    # split into clauses so a sentence-initial capital is recognised as such
    for clause in re.split(r"(?<=[.?!:;])\s+|\n", text):
        toks = list(re.finditer(r"[A-Za-z][\w’'\-]*(?:&[A-Za-z]+)*", clause))  # "A&E" is one word
        run: list[str] = []
        for i, m in enumerate(toks):
            w = m.group(0)
            # "the Conservative-run council", "a Leeds-based firm": the name is the part before the hyphen
            qualified = re.fullmatch(r"([A-Z][\w’']*[a-z])-[a-z]+", w)
            w = qualified.group(1) if qualified else w
            if run and clause[toks[i - 1].end():m.start()].strip():
                out.append(" ".join(run))  # a comma or bracket ends a name
                run = []
            base = re.sub(r"[’']s$", "", w)
            low = base.lower()
            cap = base[:1].isupper()
            initial = i == 0
            nxt_word = toks[i + 1].group(0) if i + 1 < len(toks) else ""
            if initial and not nxt_word[:1].isupper() and (low.endswith("ly") or nxt_word.lower() in IMPERATIVE_NEXT
                                                          or nxt_word.lower() in ("after", "before", "afterwards")):
                continue  # "Roughly how many", "Walk me through", "Straight after": an adverb or a verb, not a name
            ok = cap and low not in STOPWORDS and low not in WH and not (initial and low in GENERIC)
            if ok and nxt_word[:1].islower() and base == w and i > 0 and \
                    re.search(r"[’']s$", toks[i - 1].group(0)) and _demonym(low):
                ok = False  # "Aravalli's British arm": what part of it, not its name
            if ok and initial and not (base.isupper() and len(base) > 1):
                # a sentence-initial capital is a name only if it is not an ordinary question word
                ok = low not in WH
            if ok:
                run.append(w if base != w else base)
                nxt = toks[i + 1].group(0) if i + 1 < len(toks) else ""
                if (base != w or qualified) and not (nxt[:1].isupper() and not qualified):
                    run[-1] = base  # a possessive ends the name unless a name goes on; a qualifier ends it
                    out.append(" ".join(run))
                    run = []
            else:
                if run:
                    out.append(" ".join(run))
                run = []
        if run:
            out.append(" ".join(run))
    # "the Coast and Flood Agency": one body's name, a word joined by "and" to a name ending in a body's kind
    for i in range(len(out) - 2, -1, -1):
        x, y = out[i], out[i + 1]
        if " " not in x and y.split()[-1].lower() in ORG_WORDS and re.search(
                r"\b" + re.escape(x) + r"\s+and\s+" + re.escape(y) + r"\b", text):
            out[i:i + 2] = [f"{x} and {y}"]
    seen, uniq = set(), []
    for e in out:
        e = re.sub(r"[’']s$", "", e)  # ("Aravalli's", before an adjective that is no part of a name)
        if e.lower() not in seen:
            seen.add(e.lower())
            uniq.append(e)
    return uniq


# "over the course of the story", "in these articles": where to look, not what to look for
META = re.compile(r"\b(?:over|during|throughout|across|in)\s+(?:the\s+)?course\s+of\s+(?:the|this|these)\s+"
                  r"(?:story|stories|saga|articles?|coverage|reports?|reporting)\b|"
                  r"\b(?:over|during|throughout|across|in|going by|according to|judging by|based on|from)\s+(?:the|this|these)\s+"
                  r"(?:story|stories|saga|articles?|coverage|"
                  r"reports?|reporting)\b|\bso\s+far\b", re.I)  # ("how much has come in so far?": until now)


# "the bonus that got her into trouble", "when it failed its inspection", ", forcing the by-election": a clause that
# says which thing or time is meant, not what is asked
_DESCRIBING = re.compile(r"\s(?:that|which|who|whose)\s+(?P<verb>[a-z][\w’'-]*)|"
                         r"\s(?:when|after|before|while|once|because|since|until)\s+(?=(?:he|she|it|they|we|you|the|his|"
                         r"her|its|their|a|an|[A-Z])\b)|,\s*(?=[a-z]+ing\b)")
_CLAUSE_STOP = re.compile(r"[,;?!]|\s(?:and|but)\s")
_AUXILIARY = {"is", "was", "were", "are", "had", "has", "have", "did", "does", "do", "would", "will", "could", "can",
              "should", "might", "may"}


def verb_like(word: str) -> bool:
    w = word.lower()
    if w in _AUXILIARY or (w.endswith("ed") and len(w) > 4):
        return True
    lex = lexicon()
    return bool(lex.base_forms(w, "verb")) and not lex.base_forms(w, "noun") and not lex.base_forms(w, "adj")


def described_words(text: str) -> set[str]:
    """The words of the question that only describe what it asks about: those of a clause after the
    first three words that opens with "that got ...", "when it ...", ", forcing ..." and runs to the next
    comma or the end."""
    out: set[str] = set()
    main: list[str] = []
    at = 0
    for m in _DESCRIBING.finditer(text):
        if len(words(text[:m.start()])) < 3 or m.start() < at or (m.group("verb") and not verb_like(m.group("verb"))):
            continue
        end = _CLAUSE_STOP.search(text, m.end())
        end_at = end.start() if end else len(text)
        main.append(text[at:m.start()])
        out.update(tokens(text[m.start():end_at]))
        at = end_at
    main.append(text[at:])
    return out - set(tokens(" ".join(main)))


ASKED_TIME = re.compile(r"\b(?:what|which)\s+(?:exact\s+|precise\s+)?(?:date|year|month|day|time)\b", re.I)


def analyse(text: str) -> QuestionInfo:
    # "in the 1970s" names a decade, not the year 1970: no year the articles must hold
    decades = {m.group(1) for m in YEAR.finditer(text) if m.group(0).endswith("s")}
    years = [m.group(1) for m in YEAR.finditer(text) if m.group(1) not in decades]
    numbers = [n for n in re.findall(r"\b\d[\d,.]*\b", text) if n not in years and n not in decades]
    # ("on what date": the word that asks for the date is no word of what it is about)
    content = [t for t in tokens(ASKED_TIME.sub(" ", META.sub(" ", text))) if t not in GENERIC and t.rstrip("s") not in decades]
    kind = question_kind(text)
    which = WHICH_NOUN.search(text) if kind == "who" else None
    named = NAME_OF_NOUN.search(text) if kind == "who" else None
    post = WHO_WAS_NOUN.search(text) if kind == "who" else None
    poss = WHO_POSS_POST.search(text) if kind == "who" else None
    # ("which consultants did the inspection?": those of a trade that works as firms may be a firm)
    person_only = kind == "who" and not ASKS_ORG.search(text) and (
        bool(which and lexicon().is_person_noun(which.group(2), senses=1)
             and which.group(2).lower() not in FIRM_TRADES) or bool(PERSON_VERB.search(text))
        or bool(post and set(post.group(1).split()) & ROLE_WORDS)
        or bool(poss and set(words(poss.group(1))) & ROLE_WORDS)
        or bool(named and lexicon().is_person_noun(named.group(1), senses=1)))
    return QuestionInfo(text=text, kind=kind, entities=find_entities(text), years=years,
                        numbers=numbers, content=content, injection=is_injection(text), person_only=person_only)


def has_kind(kind: str | None, sentence: str, question: "QuestionInfo | None" = None) -> bool:
    """Does the sentence hold the kind of thing asked for (a date, a count, a sum, a name, a place)?"""
    if kind == "rating":
        return bool(RATING.search(sentence))
    if kind == "role":
        return question is not None and bool(role_spans(sentence, question))
    if kind == "name":
        return question is not None and bool(thing_names(sentence, question))
    if kind not in SPAN_PATTERNS:
        return True
    if question is not None and kind == "when" and THING_AGE.match(question.text):
        return bool(YEAR.search(sentence) and SINCE_BUILT.search(sentence))  # "how old is the pier?": built in 1869
    if question is not None and kind == "when" and ASKS_YEAR.search(question.text):
        return bool(YEAR.search(sentence))  # "in what year" wants a year, not "two years after"
    if question is not None and kind == "count" and ASKS_DURATION.search(question.text):
        # "how long a sentence did she get?": "eight years", not "seven-year-old"; "how long had she gone
        # without?": "since December 2013" too (not "how long did the inspection last?": "visits since 2010")
        return bool(DURATION.search(sentence) or (SINCE_DATE.search(sentence) and ASKS_SINCE.search(question.text)))
    if question is not None and kind == "when" and ASKS_CLOCK.search(question.text):
        return bool(CLOCK.search(sentence))  # "what time does it open?" wants "6.30am", not a year or a day
    if question is not None and kind == "when" and EXACT_DATE.search(question.text):
        return bool(CALENDAR_DAY.search(sentence))  # "on what exact date" wants a day of a month, not "yesterday"
    if question is not None and kind == "count" and ASKS_SHARE.search(question.text):
        return bool(SHARE.search(sentence))  # "what percentage" wants "58 per cent" or "a third", not "150 metres"
    if question is not None and kind == "money" and BY_HOW_MUCH.search(question.text) and SHARE.search(sentence):
        return True  # "by how much had the grant fallen?": "by 37 per cent" will do as well as a sum
    if question is not None and kind == "when" and ASKS_DATE.search(question.text):
        return bool(DAY_DATE.search(sentence))  # "on what date" wants a day, not "next month"
    if question is not None and kind == "who" and ASKS_NAME.search(question.text):
        # "what was the storm called?" wants the words after "called", or a name beside the noun asked
        # about ("the Brackenford Polar Bears, a group of around 70 swimmers")
        return bool(NAMING.search(sentence)) or bool(thing_names(sentence, question))
    if kind in ("count", "who", "where", "money") and question is not None:
        # (answer_spans gives only ages for "how old": "Ann Lowe, 58," or "aged 58", not "20 years")
        return bool(answer_spans(kind, sentence, question))
    return bool(SPAN_PATTERNS[kind].search(sentence))


NOT_NAMES = {w.lower() for w in MONTHS + DAYS + SEASONS} | set(
    "high school academy primary secondary college university street road council city county district borough the".split())
# a verdict given: the word for giving one, or a word a verdict is given in
RATING = re.compile(r"\b(rated|rating|ratings|grade|graded|grading|judged|judgement|judgment|ranked|ranking|scored|"
                    r"score|verdict|deemed|classed|classified|inadequate|outstanding|good|poor|excellent|"
                    r"satisfactory|requires improvement|requiring improvement)\b", re.I)
# trades whose plural most often names a firm: "which consultants", "which solicitors"
FIRM_TRADES = {"consultants", "engineers", "architects", "lawyers", "solicitors", "surveyors", "auditors", "accountants",
               "administrators", "contractors", "builders", "developers", "advisers", "advisors", "planners",
               "assessors", "valuers", "designers", "agents", "brokers", "insurers", "caterers", "suppliers"}
# a name called a firm just before it: "its blasting subcontractor, Ridgeway Drilling", "consultants Carrick Searle"
FIRM_BEFORE = re.compile(r"\b(?:firm|company|subcontractor|contractor|consultancy|consultants|developer|operator|"
                         r"builder|housebuilder|supplier|agency|business|group)s?,?\s+$", re.I)


# what a name is called in apposition: "Tower Ale, a 4.2 per cent amber bitter,", "Simon Hartigan, now the
# council's minerals and waste team leader,"
APPOSED = re.compile(r",\s+(?:now\s+|then\s+|later\s+|formerly\s+)?(?:the|a|an|its|his|her|their)\s+([^,.;:()]{1,60}?)\s*(?:,|\.|;|$)")


def apposed_head(phrase: str) -> str | None:
    """The head word of what a name is called in apposition: before what it is of ("the pro-vice-chancellor
    for education") and before what it did ("the finance director who first blew the whistle")."""
    head = words(re.split(r"\s+(?:of|for|at|in|on|with|to|from|who|whom|whose|which|that)\s+", phrase)[0])[-1:]
    return head[0] if head else None


def _called_person(after: str) -> bool:
    """Is a name followed by what it is called, and that a kind of person: ", the council's minerals and waste
    team leader," (its head: the last word before "of", "for", "at", ...)?"""
    m = APPOSED.match(after)
    if not m or not lexicon().available:
        return False
    head = apposed_head(m.group(1))
    return bool(head) and lexicon().is_person_noun(head, senses=1) and head not in FIRM_TRADES


ASKS_ORG = re.compile(r"\b(which|what)\s+([\w’'-]+\s+){0,2}?(firm|company|organisation|organization|charity|union|body|"
                      r"sponsor|operator|insurer|bank|agency|contractor|subcontractor|developer|builder|housebuilder|supplier|retailer|"
                      r"consultancy|airline|provider|group|council|trust|authority|party)\b"
                      # (not a person of it: "which union official", "which company director")
                      r"(?!['’]s\b|\s+(?:officials?|leaders?|members?|representatives?|reps?|boss|bosses|chiefs?|spokes(?:man|woman|person)|"
                      r"chair(?:man|woman)?|directors?|workers?|staff|employees?|executives?|managers?|secretary|president|"
                      r"organisers?|organizers?|officers?|councillors?)\b)", re.I)


def person_named(sentence: str, question: "QuestionInfo") -> bool:
    """Does the sentence name a person (not only organisations) among its answers to "who"?"""
    return any(not set(words(sentence[a:b])) & ORG_WORDS and not _thing_before(sentence[max(0, a - 40):a])
               for a, b in answer_spans("who", sentence, question))


def _thing_before(before: str) -> bool:
    """Is a name called a thing just before it: "a campaign, Save Stennford Libraries"?"""
    m = re.search(r"\b(?:a|an|the|its|their|his|her)\s+(?:[a-z][\w-]*\s+)?([a-z][a-z-]+),\s+$", before)
    return bool(m) and lexicon().available and bool(lexicon().base_forms(m.group(1), "noun")) \
        and not lexicon().is_person_noun(m.group(1))


ASKS_DATE = re.compile(r"\b(what|which)\s+(exact\s+)?(dates?|days?)\b|" + _NAMED_DATE + r"date\b", re.I)  # "closing date"
EXACT_DATE = re.compile(r"\b(what|which)\s+(exact|precise)\s+(date|day)\b", re.I)
CALENDAR_DAY = re.compile(r"\b\d{1,2}(st|nd|rd|th)?\s+" + _MONTH + r"\b|\b" + _MONTH + r"\s+\d{1,2}(st|nd|rd|th)?\b")
ASKS_AGE = re.compile(r"\bhow old\b|\bwhat age\b|\bat what age\b", re.I)
_AGE_WORD = "|".join(_NUMBER_WORDS[:29])  # "one" to "ninety": an age in words
AGE_NUMBER = re.compile(r"\d{1,3}|" + _AGE_WORD, re.I)
AGE = re.compile(r"\baged\s+(?:\d{1,3}|" + _AGE_WORD + r")\b|\b(will be|would be|turns|turned|turning)\s+\d{1,3}\b(?!\d|[,.]\d|\s*(%|per|years|months|"
                 r"weeks|days|million|m\b))|\b\d{1,3}-year-old\b|\b[A-Z][\w’'-]+,\s+(?:now\s+|then\s+)?\d{1,3}(?:,|\.(?!\d))|\bage of\s+\d{1,3}\b|"
                 r"\b(?:" + _AGE_WORD + r")-year-old\b|"
                 r"\b(?:\d{1,3}|" + _AGE_WORD + r")\s+(?:years?|months?|weeks?|days?)\s+old\b")
NOW_AGED = re.compile(r"\b(?:now|then)\s+\d{1,3}\b(?!\s*(?:%|per|years|months|weeks|days|million|[a-z]))")  # ("said Mr Brackwater, now 74.")
BY_HOW_MUCH = re.compile(r"\bby how much\b|\bhow much\b[^?]{0,60}\b(?:fall|fell|fallen|drop|dropped|rise|rose|risen|"
                         r"grow|grew|grown|increase|increased|decrease|decreased|shrink|shrank|go\s+(?:up|down))\b", re.I)
ASKS_SHARE = re.compile(r"\bwhat (percentage|proportion|share|fraction)\b|\bwhat per ?cent\b|\bwhat ([a-z-]+\s+)?rate\b", re.I)
SHARE = re.compile(r"\d(?:[\d.,]*\d)?\s*(%|per\s*cent\b|percent\b)|\b(half|a third|two[- ]thirds|a quarter|three[- ]quarters|"
                   r"one in (two|three|four|five|six|seven|eight|nine|ten)|majority|minority)\b", re.I)
AGE_OF = re.compile(r"\bhow old (?:is|was|were|will be|would be)\s+"
                    # ("How old was Meadowbank's co-founder Gordon Ridley?": Ridley, not Meadowbank)
                    r"(?:(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))*[’']s\s+(?:(?-i:[a-z][\w-]*)\s+){1,3}?(?=(?-i:[A-Z])))?"
                    r"(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+)?"
                    r"((?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+))*)", re.I)


def age_spans(sentence: str, question: QuestionInfo) -> list[tuple[int, int]]:
    """The ages in the sentence (the number of "84-year-old", "aged 58", "Ann Lowe, 58,"); when the question
    asks a named person's age, only those within a few words of that name ("How old was Graham Pettifer?"
    is not answered by "84-year-old Edith Marsh")."""
    name = _aged_surname(question)
    near = re.compile(r"\b" + re.escape(name) + r"\b") if name else None
    out = []
    for m in AGE.finditer(sentence):
        if near and not near.search(sentence[max(0, m.start() - 100):m.end() + 40]):
            # (or further back, with no one else named between: "Edna Pashley, who lived on Edge Lane for more
            # than 60 years and spoke at every stage ..., died in November last year, aged 83")
            named = list(near.finditer(sentence, 0, m.start()))
            # (a place or a body between is no one: "who lived on Edge Lane ...", "... towards the Garrow Point
            # boathouse, died in November at the age of 84")
            between = [p for p in re.finditer(r"(?<!\bthe )\b[A-Z][a-z]+\s+([A-Z][a-z]+)", sentence[named[-1].end():m.start()])
                       if p.group(1).lower() not in PLACE_WORDS | ORG_WORDS] if named else []
            if not named or between or not m.group(0).lower().startswith(("aged", "age of")):
                continue
        n = AGE_NUMBER.search(sentence, m.start(), m.end())
        if n:
            out.append(n.span())
    return out


def _aged_surname(question: QuestionInfo) -> str | None:
    """The surname of the person whose age is asked ("How old was Graham Pettifer?": Pettifer)."""
    of = AGE_OF.search(question.text)
    return of.group(1).split()[-1] if of else None


AGE_LEAD = re.compile(r"^\W*the\s+(?:\d{1,3}|" + _AGE_WORD + r")-year-old\b", re.I)


# "She is now the trust's vice-chair.": a post told of the person the sentence before names
PRONOUN_POST = re.compile(r"^(?:He|She)\s+(?:is|was|has\s+been|had\s+been|became|becomes|remains)\s+(?:now\s+|since\s+)?"
                          r"((?:the|a|an|its|their|his|her|(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)[’']s)\s+[^,;:.]+)")


def post_of_named_before(sentence: str, before: set[str], question: QuestionInfo) -> list[tuple[int, int]]:
    """The post a sentence that opens with "He" or "She" gives (its span), when the sentence before names the
    person asked about (`before`: its tokens)."""
    people = [e for e in question.entities if len(e.split()) >= 2 and not set(words(e)) & ORG_WORDS]
    m = PRONOUN_POST.match(sentence)
    if not m or len(people) != 1 or not set(tokens(people[0].split()[-1])) <= before:
        return []
    seg = _post_words(m.group(1))
    return [(m.start(1), m.start(1) + len(seg))] if 0 < len(seg.split()) <= 14 and names_post(seg) else []


def age_of_named_before(sentence: str, before: set[str], question: QuestionInfo) -> bool:
    """"The 58-year-old said ...", the person named in the sentence before (`before`: its tokens), as
    "How old is Carys Everitt?" asks."""
    name = _aged_surname(question)
    return bool(name and AGE_LEAD.match(sentence) and set(tokens(name)) <= before)


DAY_DATE = re.compile(CALENDAR_DAY.pattern + r"|\b" + _DAY + r"\b|\b(yesterday|today|tomorrow)\b")
# "how long did it last?", "how long a prison sentence ...?" (not "how long is the pier?": a length)
# "how far could the buses go?": a distance, a number with its unit ("about 150 miles")
# "By what margin did councillors approve it?": a vote, "carried by nine votes to five"
ASKS_MARGIN = re.compile(r"\bmargin\b", re.I)
_SMALL = r"(?:\d+|" + "|".join(_NUMBER_WORDS[:_NUMBER_WORDS.index("twenty") + 1]) + ")"  # (one to twenty)
# (or the margin an election is won or lost by: "lost his seat by 212 votes")
VOTE_SPLIT = re.compile(r"\b" + _SMALL + r"\s+(?:votes?\s+)?to\s+" + _SMALL + r"\b|\b\d+\s*[-–]\s*\d+\s+vote\b|"
                        r"\bby\s+(?:just\s+|only\s+)?\d[\d,]*\s+votes\b", re.I)
ASKS_DISTANCE = re.compile(r"\bhow far\b(?!\s+(?:along|over|under|behind|ahead|into|off|short|gone)\b)"
                           r"(?!.*\b(?:fall|fell|rise|rose|drop|dropped|climb|climbed|grow|grew|increase|decrease)\b)|\bwhat\s+(?:is\s+the\s+|was\s+the\s+)?distance\b", re.I)
DISTANCE = re.compile(r"\b\d[\d,.]*(?:\s*|-)(?:miles?|kilomet(?:re|er)s?|km|met(?:re|er)s?|yards?|feet|foot|ft)\b|"
                      r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|"
                      r"a hundred|hundreds of)[\s-]+(?:miles?|kilomet(?:re|er)s?|met(?:re|er)s?|yards?|feet)\b", re.I)
# a measure asked ("how fast", "how loud", "how heavy", "how deep") and the units that give it
_LENGTH_UNITS = r"(?:miles?|kilomet(?:re|er)s?|km|met(?:re|er)s?|m|cm|mm|yards?|feet|foot|ft|inches|in)"
MEASURES = [
    (re.compile(r"\bhow fast\b|\b(?:at\s+)?what\s+speed\b", re.I),
     re.compile(r"\b\d[\d,.]*\s*(?:mph|km/h|kph|kmh|knots|miles\s+(?:an|per)\s+hour|kilomet(?:re|er)s\s+(?:an|per)\s+hour)(?!\w)", re.I)),
    (re.compile(r"\bhow loud\b|\bwhat\s+(?:noise|sound)\s+levels?\b", re.I),
     re.compile(r"\b\d[\d,.]*(?:\s*|-)(?:decibels?|dB)(?!\w)", re.I)),
    (re.compile(r"\bhow heavy\b|\bwhat\s+(?:did|does|do|will)\s+[^?]{1,40}\bweigh\b", re.I),
     re.compile(r"\b\d[\d,.]*(?:\s*|-)(?:tonnes?|tons?|kilo(?:gram)?s?|kg|grams?|g|pounds|lb|lbs|stone)(?!\w)", re.I)),
    (re.compile(r"\bhow tall\b", re.I),  # (not "how deep were the cuts", "how high are fees")
     re.compile(r"\b\d[\d,.]*(?:\s*|-)" + _LENGTH_UNITS + r"(?!\w)", re.I)),
]
# "How long is the slipway?", "how high is the spire?", "what is the height of the tower?": a thing's length,
# height, width or depth (not "how long is the wait?", a span of time; not "how high are fees?", a level)
LONG_THING = re.compile(r"\b(?:how\s+(?:long|high|tall|wide|deep)\s+(?:is|was|are|were|will\s+be)|"
                        r"(?:what|how\s+much)\s+(?:is|was|are|were|will\s+be)\s+the\s+(?:height|length|width|depth)\s+of)"
                        r"\s+(?:the|its|their|a|an)\s+((?:[\w-]+\s+){0,3}?[\w-]+)"
                        r"(?=\s+(?:at|in|on|of|for|from|to|that|which|when|now|going|across|over)\b|\s*[?,]|$)", re.I)
LENGTH = re.compile(r"(?<![£$€\d.,])\b(?:\d[\d,.]*|" + "|".join(_NUMBER_WORDS) + r")(?:\s*|-)" + _LENGTH_UNITS + r"(?!\w)", re.I)


def asked_measure(question: str) -> re.Pattern | None:
    """The units a question asking a measure wants ("how fast": mph; "how long is the slipway?": metres), or None."""
    thing = LONG_THING.search(question)
    if thing:
        lex = lexicon()
        head = words(thing.group(1))[-1:]
        # (a thing, not someone: "how long was the injured keeper in hospital?" asks a time)
        return LENGTH if head and lex.is_kind_of(head[0], lex.noun_senses("physical_entity"), 1) \
            and not lex.is_person_noun(head[0]) else None
    return next((units for asks, units in MEASURES if asks.search(question)), None)


ASKS_DURATION = re.compile(r"\bhow long\s+(?:did|does|do|has|have|had|will|would|could|a|an)\b", re.I)
DURATION = re.compile(r"\b(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
                      r"twenty|thirty|forty|fifty|sixty|several|few|half)(?:\s+and\s+a\s+half)?[\s-]+"
                      r"(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|seasons?|nights?)\b"
                      r"(?![\s-]+(?:old|later|ago|earlier|before|after)\b)", re.I)
ASKS_SINCE = re.compile(r"\bhow long\s+(?:has|have|had)\b", re.I)  # something that has gone on: "since 2013" will do
SINCE_DATE = re.compile(r"\bsince\s+(?:(?:\d{1,2}\s+)?(?:" + "|".join(MONTHS) + r")\s+)?(?:1[6-9]|20)\d\d\b")
# "at what time", "what time does it open" (not "what time of year": a season or a month will do)
ASKS_CLOCK = re.compile(r"\bwhat time\b(?!\s+of\s+(?:the\s+)?(?:year|season|month|week))", re.I)
CLOCK = re.compile(r"\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\b(?:[01]?\d|2[0-3]):[0-5]\d\b|"
                   r"\b(?:noon|midday|midnight|dawn|dusk|sunrise|sunset)\b|\bo[’']clock\b", re.I)
ASKS_YEAR = re.compile(r"\b(what|which|in what|in which) year\b", re.I)
ASKS_NAME = re.compile(_ASKS_NAME, re.I)
NAMING = re.compile(r"\b(called|named|nicknamed|known as|dubbed|titled|entitled|name of|renamed|under the (?:banner|name|slogan))"
                    r"\s+(the\s+)?[“\"‘']?[A-Z]")


# words that make a name an organisation's, not a person's
ORG_WORDS = {"council", "trust", "services", "service", "files", "authority", "department", "committee",
             "party", "government", "office", "agency", "company", "ltd", "inc", "university", "school", "schools",
             "hospital", "police", "court", "board", "group", "bbc", "news", "city", "county", "review", "report",
             "team", "unit", "commission", "parliament", "ministry", "club", "association", "society", "fund",
             "foundation", "plc", "bank", "church", "centre", "center", "house", "street", "road", "park",
             "rovers", "united", "fc", "athletic", "wanderers", "albion", "estates", "construction",
             "campaign", "library", "hall", "harbour", "port", "airport", "station", "market", "academy",
             "college", "high", "primary", "nursery", "institute", "hospitals", "trust's", "partnership", "network",
             # places and competitions named like people ("Mill Lane", "Division Two")
             "lane", "close", "avenue", "way", "square", "crescent", "drive", "gardens", "estate", "town", "village",
             "ground", "stadium", "arena", "hotel", "division", "league", "cup", "premier", "championship",
             "homes", "holdings", "leisure", "partners", "group's", "ltd's", "bridge", "river", "valley", "hill",
             # what businesses call themselves ("Redline Travel", "Brightwell Pharma")
             "travel", "coaches", "buses", "transport", "pharma", "motors", "logistics", "airways", "airlines",
             "media", "energy", "water", "systems", "solutions", "properties", "developments", "consulting",
             "insurance", "finance", "capital", "investments", "industries", "foods", "brewery", "infirmary", "clinic",
             "hospice"}

# the last words of a place's or a competition's name: never the answer to "who"
# (not "street", "hill": Andy Street, Fiona Hill; those only where a place stands: "on Quay Street")
PLACE_WORDS = {"lane", "close", "avenue", "square", "crescent", "drive", "gardens", "road", "park", "estate",
               "ground", "stadium", "arena", "airport", "valley", "terrace", "wharf", "quay", "boulevard", "parade",
               "farm"}
SURNAME_PLACES = {"street", "hill", "cross", "green", "bridge"}
AT_PLACE = re.compile(r"\b(?:on|in|at|along|off|near|from|into|onto|up|down|the|of)\s+$", re.I)
COMPETITION_WORDS = {"division", "premier", "championship"}
ORG_SUFFIX = re.compile(r"\s+(?:LLP|LLC|Ltd|Limited|plc|PLC|Inc|& Co|and Co|& Partners|Associates)\b")
# "Tanner's Coaches", "Sainsbury's Bank", "Faircloth & Yeo": a business, not a person
BUSINESS_NAME = re.compile(r"[’']s\s+[A-Z]|[A-Za-z]\s+&\s+[A-Z]")


ROLE_WORDS = {"inspector", "director", "councillor", "cllr", "coun", "mp", "chief", "executive", "minister", "leader",
              "deputy", "chair", "ceo", "secretary", "president", "mayor", "sir", "dame", "lord", "lady", "mr", "mrs",
              "ms", "dr", "prof", "professor", "judge", "officer", "correspondent", "editor", "labour", "conservative",
              "tory", "olympic", "sailor", "strategic", "engineer", "manager", "coach", "captain", "harbour", "master"}
# the words for a business that a follow-up may call one by ("Who was in charge of the firm?")
FIRM_WORDS = {"firm", "company", "business", "contractor", "developer", "operator", "builder", "charity", "organisation"}
WHOSE_NOUN = re.compile(r"\bwhose\s+([a-z]+)", re.I)  # "Whose depot did the diesel leak from?"
QUALIFIES_NEXT = re.compile(r"\s+(MP|MEP|MSP|AM|MP’s|MP's|councillor|Councillor|Cllr|Coun)\s+[A-Z][a-z]")
IN_PLACE_COMMA = re.compile(r"\b(?:in|at|near|from|outside)\s+(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+))?,\s+$")
SEAT_BEFORE = re.compile(r"\b(MP|MEP|MSP|AM|councillor|member|candidate)\s+for\s+(the\s+)?$", re.I)
TITLES = {"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "cllr", "coun", "prof", "councillor"}
_DATEISH = re.compile(r"^(1[6-9]|20)\d\ds?[,.]?$")


HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof"}
LEAD_IN = {"year", "years", "month", "months", "week", "earlier", "later", "last", "then", "now", "today", "yesterday",
           "meanwhile", "however", "also", "said", "says", "added", "according"}
STYLE_TITLES = {"cllr", "coun", "councillor", "professor"}  # worn before a name: a style, not the post it asks for
NOT_POSTS = {"man", "woman", "men", "women", "person", "people", "boy", "girl", "child", "children", "baby", "mother",
             "father", "son", "daughter", "wife", "husband", "family", "friend", "one", "someone"}
_CLAUSE_END = re.compile(r"[,;:()\[\]—–]|\s-\s")
_LEFT_END = re.compile(r"[,;:()\[\]—–]|\s-\s|[.!?](?=\s)")
_NAME_WORD = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Prof|Cllr|Coun|Councillor)\.?\s+|[A-Z][\w’'-]*\s+)*$")


def names_post(segment: str) -> bool:
    """Does this stretch of words name a post ("Northvale Water's operations director", "a senior lecturer")?"""
    for w in words(segment):
        w = re.sub(r"[’']s$", "", w)
        if w in HONORIFICS or w in STYLE_TITLES or w in NOT_POSTS or w in STOPWORDS:
            continue
        if w in ROLE_WORDS or (len(w) > 2 and lexicon().is_person_noun(w.split("-")[-1])):
            return True
    return False


BECAME = re.compile(r"\b(?:is|was|became|become|becomes|has been|had been|is now|was now|now|remains|"
                    r"(?:was|been|is|were) (?:appointed|named|made|promoted to|elected|installed as)|"
                    r"appointed|promoted to|elected|served as|serves as|works as|worked as|took over as|"
                    r"stepped down as|retired as|resigned as|joined as)\s+(?:as\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+)?")


def _post_words(seg: str) -> str:
    """A post's words, cut before when, where and who ("a senior sister who has worked ...")."""
    seg = re.split(r"\s+(?:in|when|since|after|until|before|from|at the time|who|which|that|whose|where|and is|and was"
                   r"|and has)\s+(?=\d|[a-z]|(?:" + "|".join(MONTHS) + r")\b)", seg)[0]  # (and "in May 2021")
    return seg.strip().rstrip(" .")


PASSIVE_POST = re.compile(r"\b(?:is|was|are|were|has been|had been|will be)\s+(?:now\s+)?(?:chaired|led|headed|run|"
                          r"managed|captained|coached|presided over)\s+by\s+$")


NOW_ASKED = re.compile(r"\b(?:now|currently|these days|nowadays|today|current)\b", re.I)


def role_spans(sentence: str, question: QuestionInfo) -> list[tuple[int, int]]:
    """The words in apposition to the asked person's name that give their post: "the council's
    deputy leader, Councillor Brigid Jones," or "Karen Abbot, who became Northvale's chief executive"."""
    people = [e for e in question.entities if len(e.split()) >= 2 and not set(words(e)) & ORG_WORDS]
    surnames = {re.sub(r"[’']s$", "", e.split()[-1]) for e in people}
    if not surnames:  # "what was her job?" with no name to go by: any person named
        surnames = {m.group(0).split()[-1] for m in SPAN_PATTERNS["who"].finditer(sentence)}
    spans: list[tuple[int, int]] = []
    for name in surnames:
        for m in re.finditer(r"\b" + re.escape(name) + r"\b", sentence):
            start, end = m.start() - len(_NAME_WORD.search(sentence[:m.start()]).group(0)), m.end()  # the whole name
            # before the name: the last few words since a comma or bracket, and the stretch before
            # those when they are only a title ("deputy leader, Councillor Brigid Jones")
            left_end = start
            for _ in range(2):
                cut = [x.end() for x in _LEFT_END.finditer(sentence[:left_end])]
                left_start = cut[-1] if cut else 0
                seg = sentence[left_start:left_end]
                tail = seg.split()[-7:]
                while tail and tail[0].lower() in STOPWORDS | LEAD_IN:
                    tail = tail[1:]  # "Earlier this year Birmingham cabinet member": from "Birmingham"
                tail = " ".join(tail)
                # ("His cabinet member for finance is now Cllr Lucinda Yardley": the post before "is now"; but
                # "Among the guests at the announcement was Priya Rahman" gives none, nor "... officer at")
                copula = re.search(r"\s+(?:is|was|will\s+be|has\s+been|had\s+been)(?:\s+now)?$", tail)
                if copula:
                    tail = tail[:copula.start()]
                    if re.match(r"^\W*(?:[\w’'-]+\s+){0,3}?[\w’'-]+s\s+(?:at|of|in|on|among)\b", tail):
                        tail = ""  # (people at something: "guests at the announcement")
                if tail and names_post(tail) and tail.split()[-1].lower() not in STOPWORDS:
                    a = sentence.rfind(tail, left_start, left_end)
                    spans.append((a, a + len(tail)) if a >= 0 else (left_start, left_end))
                if len(seg.split()) > 2 or not cut or sentence[left_start - 1] != ",":
                    break  # only a comma joins a title to the post before it
                left_end = left_start - 1
            # a post given in the passive: "The board of the airport company is chaired by Graham Tillott"
            passive = PASSIVE_POST.search(sentence[:start])
            if passive:
                cut = [x.end() for x in _LEFT_END.finditer(sentence[:passive.start()])]
                left = cut[-1] if cut else 0
                seg = sentence[left:passive.end()].strip()
                if len(seg.split()) <= 14:
                    a = sentence.find(seg, left)
                    spans.append((a, a + len(seg)))
            # after the name: a clause set off by commas (", a senior lecturer,"), not "Brigid Jones, told ..."
            # (after an age: "Brenda Tulloch, 52, a school business manager at ...")
            after = re.match(r"\s*[,(]\s*(?:\d{1,3},\s*)?(?!who\b|whose\b|which\b)", sentence[end:])
            if after:
                b0 = end + after.end()
                stop = _CLAUSE_END.search(sentence, b0)
                seg = _post_words(sentence[b0:stop.start() if stop else len(sentence)])
                apposed = stop or re.match(r"(the|a|an|its|his|her|their)\s|[A-Z][\w-]*[’']s\s", seg)
                # ("Marcus Eddery, 46, previously operations director": not what he is now)
                former = re.match(r"(?:previously|formerly|until recently|once|ex-)", seg) and NOW_ASKED.search(question.text)
                # (nor "Derek Pallister, 61, of Mill Lane, Dunstow,": where they live)
                address = re.match(r"(?:of|from)\s+[A-Z]", seg)
                if apposed and 0 < len(seg.split()) <= 18 and names_post(seg) and not former and not address:
                    spans.append((b0, b0 + len(seg)))
            # or what the sentence goes on to say they are or became ("... and is now a reader in",
            # "was appointed the trust's lead guardian"), before anyone else is named
            before = sentence[:start]
            quoted = before.count("“") > before.count("”") or before.count('"') % 2 == 1
            rest = re.split(r"[.!?](?=\s)", sentence[end:end + 160])[0] if not quoted else ""
            for p in BECAME.finditer(rest):  # (not in someone's words: "said: 'Karen is an outstanding nurse'")
                if re.search(r"[“”\"]|\b(said|says|told|tells|added|according)\b", rest[:p.start()]):
                    break  # what someone said of them ("said: 'Karen is an outstanding nurse'") is no post
                seg = _post_words(re.split(r"[,;:()]|\s-\s|[.](?=\s|$)", rest[p.end():])[0])
                if 0 < len(seg.split()) <= 14 and names_post(seg):
                    spans.append((end + p.end(), end + p.end() + len(seg)))
    if not spans and people and not any(re.search(r"\b" + re.escape(n) + r"\b", sentence) for n in surnames):
        # ("She is now the trust's vice-chair.", quoted after the sentence that names her)
        told = PRONOUN_POST.match(sentence)
        seg = _post_words(told.group(1)) if told else ""
        if 0 < len(seg.split()) <= 14 and names_post(seg):
            spans.append((told.start(1), told.start(1) + len(seg)))
    return sorted(set(spans))[:4]


_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}


def money_value(segment: str) -> float | None:
    """The amount a sum names, whichever way it is written: "£8.2m", "£8.2 million", "8,200,000 pounds"."""
    m = re.search(r"(\d[\d,]*(?:\.\d+)?)\s?(k|m|bn|thousand|million|billion)?\b", segment, re.I)
    if not m:
        return None
    return round(float(m.group(1).replace(",", "")) * _SCALE.get((m.group(2) or "").lower(), 1), 2)


def asked_sums(text: str) -> set[float]:
    return {v for m in SPAN_PATTERNS["money"].finditer(text) if (v := money_value(m.group())) is not None}


def answer_spans(kind: str | None, sentence: str, question: QuestionInfo) -> list[tuple[int, int]]:
    """Character spans in `sentence` that are the answer's words for this kind of question (a reason
    is a clause, not a few words to put in bold: none for "why")."""
    if kind == "role":
        return role_spans(sentence, question)
    if kind == "name":
        return thing_names(sentence, question)
    if kind == "who" and ASKS_NAME.search(question.text) and (named := thing_names(sentence, question)):
        return named  # "what is the group called?": the group's name, not the people beside it
    if kind not in SPAN_PATTERNS or kind == "why":
        return []
    if kind == "count" and ASKS_AGE.search(question.text):
        return age_spans(sentence, question)
    if kind == "when" and ASKS_CLOCK.search(question.text):
        return [m.span() for m in CLOCK.finditer(sentence)]
    if kind == "count" and ASKS_MARGIN.search(question.text) and VOTE_SPLIT.search(sentence):
        return [m.span() for m in VOTE_SPLIT.finditer(sentence)]  # "nine votes to five", not its numbers alone
    if kind == "count" and ASKS_DISTANCE.search(question.text):
        return [m.span() for m in DISTANCE.finditer(sentence)]
    if kind == "count" and (units := asked_measure(question.text)):
        return [m.span() for m in units.finditer(sentence)]  # "how fast was it going?": "about 25mph"
    if kind == "count" and ASKS_DURATION.search(question.text):
        spans = [m.span() for m in DURATION.finditer(sentence)]
        if ASKS_SINCE.search(question.text):
            spans += [m.span() for m in SINCE_DATE.finditer(sentence)]
        if spans:
            return sorted(spans)  # "eight years", "since December 2013": the span of time, not its number alone
    asked = set(words(question.text))
    question_names = {w for e in question.entities for w in words(e)} - ROLE_WORDS  # (the question's own names)
    sums = asked_sums(question.text) if kind == "money" else set()
    ages = [m.span() for m in AGE.finditer(sentence)] + [m.span() for m in NOW_AGED.finditer(sentence)] \
        if kind == "count" else []
    clocks = [m.span() for m in CLOCK.finditer(sentence)] if kind == "count" else []
    whose = WHOSE_NOUN.search(question.text) if kind == "who" else None  # ("whose depot?")
    spans = []
    for m in SPAN_PATTERNS[kind].finditer(sentence):
        a, b = m.span()
        if kind == "where":
            a, b = m.span(2)
        seg = sentence[a:b].strip()
        if kind in ("where", "who") and set(words(seg)) <= NOT_NAMES:
            continue  # "in January", "High School": a month or an institution's common words, not an answer
        if kind == "where" and seg.split()[0].lower().rstrip(".") in TITLES | {"professor"}:
            continue  # "in Professor Whitlock's trial": a person, not a place
        if not seg or set(words(seg)) <= asked:
            continue  # the question's own words are not the answer
        if sums and money_value(seg) in sums:
            continue  # "£8.2 million" is the question's own "£8.2m": where it came from is another sum
        if kind == "who" and (hon := HONORIFIC.match(sentence, a)) and hon.end() < b:
            a = hon.end()  # "Her Honour Judge Fenella Marsh": the judge, whose honorific starts with "Her"
            seg = sentence[a:b].strip()
        if kind == "who":
            # "CEO of Birmingham Children's Trust Andy Couldrick": the person's name starts after the body's
            parts = seg.split()
            cut = next((i for i in range(len(parts) - 2, -1, -1) if set(words(parts[i])) & ORG_WORDS), None)
            if cut is not None:
                rest = SPAN_PATTERNS["who"].match(sentence, sentence.index(parts[cut + 1], a + len(parts[0])))
                if rest:
                    a, b = rest.span()
                    seg = sentence[a:b].strip()
            # "Institute for Cardiac Medicine", "University of Hallamford": the end of a body's name
            body = re.search(r"\b([A-Z][\w’']*)\s+(of|for)\s+$", sentence[max(0, a - 40):a])
            if body and set(words(body.group(1))) & ORG_WORDS:
                continue
            # "a memoir, The Numbers Game" names a thing the question speaks of, not who did something
            noun = re.search(r"\b([a-z][a-z-]+),?\s+$", sentence[max(0, a - 30):a])
            # (but a titled name is someone's: "The chairman of the committee, Cllr Gillian Pryce,")
            sort = ASKS_ORG.search(question.text)  # ("which holding company": "a holding company, Meadowbank Topco")
            if noun and sort and re.fullmatch(re.escape(sort.group(3).lower()) + r"s?", noun.group(1)):
                noun = None
            if noun and noun.group(1) in asked and noun.group(1) not in STOPWORDS and \
                    noun.group(1) not in ROLE_WORDS and not lexicon().is_person_noun(noun.group(1)) and \
                    not re.match(_PERSON_TITLE + r"\s", seg):
                continue
            # drop leading words the question already has ("Ofsted Inspector Linda Steele" for
            # "who led the Ofsted inspection?" is Linda Steele); a name it gives is not the answer
            parts = seg.split()
            dropped = set()
            # (and a word that qualifies such a post: "District Judge Hilary Mountford" for "which judge ...?")
            while len(parts) > 2 and words(parts[0]) and (set(words(parts[0])) <= asked | ROLE_WORDS or (
                    len(parts) > 3 and words(parts[1]) and set(words(parts[1])) <= (asked - STOPWORDS) | ROLE_WORDS)):
                a += sentence[a:].index(parts[0]) + len(parts[0])
                a += len(sentence[a:]) - len(sentence[a:].lstrip())
                dropped |= set(words(parts[0]))
                parts = parts[1:]
            seg = " ".join(parts)
            if dropped & question_names and words(seg) and words(seg)[-1] in ORG_WORDS | PLACE_WORDS and not re.search(
                    r"\b(?:ltd|limited|plc|llp|inc|holdings|group|partners|partnership|company|co)\b", seg, re.I):
                continue  # "the Tanners Walk Shopping Centre" for "who bought Tanners Walk?": the rest of its name
            b = a + len(seg)
            given = set(words(seg)) & (asked - STOPWORDS - WH)
            if len(parts) == 2 and given == set(words(parts[0])) and given <= ROLE_WORDS:
                given = set()  # "Judge Rendall" for "which judge ...?": the post asked, before the name
            # ("His widow, Ingrid Lindqvist": of Peter Lindqvist's family, but someone else)
            kin = len(parts) >= 2 and given == set(words(parts[-1])) and not set(words(seg)) & ORG_WORDS \
                and not set(words(" ".join(parts[:-1]))) & (asked | TITLES)
            if (given and not kin) or set(words(seg)) <= NOT_NAMES:
                continue  # a name the question gives, or what is left of one ("High School")
            if words(seg) and (words(seg)[-1] in PLACE_WORDS or set(words(seg)) & COMPETITION_WORDS or (
                    words(seg)[-1] in SURNAME_PLACES and AT_PLACE.search(sentence[max(0, a - 8):a]))):
                continue  # "Mill Lane", "Division Two": a place or a competition is nobody
            if ASKS_ORG.search(question.text) and not set(words(seg)) & ORG_WORDS and (
                    re.search(r"\b" + _PERSON_TITLE + r"\s+$", sentence[max(0, a - 14):a])
                    or _called_person(sentence[b:])  # ("Simon Hartigan, the council's team leader,")
                    or re.match(_PERSON_TITLE + r"\s", seg)
                    or re.match(r",\s+(?:now\s+|then\s+)?\d{1,3},", sentence[b:])):
                continue  # "which company bought it?": not "Graham Tillott, 70," nor "Mr Tillott", a person
            first = seg.split()[0].lower().rstrip(".")
            if re.search(r"(?-i:\bthe)\s+$", sentence[max(0, a - 5):a]) and not set(words(seg)) & ORG_WORDS \
                    and first not in TITLES and not re.match(_CLERIC_STYLE, seg) and not lexicon().is_person_noun(first) \
                    and not (whose and re.match(r"\s+" + re.escape(whose.group(1)), sentence[b:], re.I)):
                continue  # "deputy director of the Castlebridge Playhouse": a place or a thing, not who
                # (but "whose depot?": "the Norland Fuels depot" is theirs)
            if question.person_only and (set(words(seg)) & ORG_WORDS or BUSINESS_NAME.search(seg)
                                         or ORG_SUFFIX.match(sentence[b:])  # ("Coverdale Fenner LLP")
                                         or FIRM_BEFORE.search(sentence[max(0, a - 30):a])):  # ("its subcontractor, X")
                continue  # "which architect": not "Halbridge Town", not "Tanner's Coaches"
        if kind == "who" and a == 0 and seg.split()[0].lower().rstrip(".") in (STOPWORDS | WH) - TITLES:
            continue
        if kind == "who" and IN_PLACE_COMMA.search(sentence[max(0, a - 40):a]) and re.match(r"\s*(?:[.;]|$)", sentence[b:]) \
                and not re.match(_PERSON_TITLE + r"\s", seg):
            continue  # "a light rail project in Perth, Western Australia.": the place's region, not a person
        if kind == "who" and (QUALIFIES_NEXT.match(sentence[b:]) or SEAT_BEFORE.search(sentence[max(0, a - 30):a])):
            continue  # "Birmingham Edgbaston MP Preet Gill", "MP for Birmingham Edgbaston": the seat, not the person
        if kind == "count" and ages and any(x <= a < y for x, y in ages):
            continue  # "Ken Aldous, 68,", "now 74": an age is no count of the swimmers or buses asked about
        if kind == "count" and (_DATEISH.match(seg) or re.match(r"\s*(" + _MONTH + r")\b", sentence[b:b + 12])
                                or re.search(_MONTH + r"\s*$", sentence[max(0, a - 12):a])):
            continue  # a year or a day of the month is not a count
        if kind == "count" and any(x <= a < y for x, y in clocks):
            continue  # "open from 8am to 10pm": a time of day counts no nurses
        if kind == "count" and seg[:1].isupper() and seg.isalpha() and a > 0 and (
                re.search(r"\b[A-Z][\w’'-]*\s+$", sentence[max(0, a - 30):a]) or re.match(r"\s+[A-Z]", sentence[b:])):
            continue  # "Marlgate Quarter", "Three Counties Show": a number word in a name counts nothing
        if kind == "count" and (re.search(r"[£$€]\s?$", sentence[max(0, a - 2):a]) or
                                (seg.lower() in ("million", "millions", "billion", "thousand", "hundred") and
                                 re.search(r"\d\s?$", sentence[max(0, a - 2):a]))):
            continue  # "£3 million" is a sum, not a count of 3 nor of a million
        unit = (re.search(r"-([a-z]+)", seg) or re.match(r"-([a-z]+)", sentence[b:])) if kind == "count" else None
        if unit and re.search(r"\bhow many\b", question.text, re.I) and \
                not {t for w in asked for t in tokens(w)} & set(tokens(unit.group(1))):
            continue  # "a ten-year masterplan" counts years, not the tigers asked about ("a 12-bay unit" counts bays)
        if kind == "count" and (seg.lower() in ("once", "twice", "thrice") or
                                re.match(r"\s+times?\s+(?:a|an|per|each|every)\b", sentence[b:b + 16])) \
                and not re.search(r"\bhow (often|many times)\b", question.text, re.I):
            continue  # "twice a week", "three times a year": how often, not how many
        if kind == "count" and re.search(r"\b(every|each|per)\s+$", sentence[max(0, a - 8):a], re.I) \
                and not re.search(r"\bhow often\b", question.text, re.I):
            continue  # "every quarter", "each third year": how often, not how many
        spans.append((a, a + len(sentence[a:b].rstrip())))
    if kind == "who" and not spans and ASKS_ORG.search(question.text):
        spans = _one_word_bodies(sentence, asked)
    return spans[:4]


PART_OF = r"\b(?:branch|branches|member|members|arm|division|wing|affiliate|section|subsidiary|chapter)\s+of\s+$"


def _one_word_bodies(sentence: str, asked: set[str]) -> list[tuple[int, int]]:
    """Names of one word inside a sentence, for "which organisation": "led Unite's campaign", "run by
    Corvane" (not the sentence's first word, a title's surname, a month, or a word the question gives)."""
    out = []
    for m in re.finditer(r"\b" + _NAME, sentence):
        a, b = m.span()
        seg = re.sub(r"[’']s?$", "", m.group(0))
        if seg == m.group(0) and not re.search(r"\bby\s+$|" + PART_OF, sentence[:a]):
            continue  # only a body that owns something ("Unite's campaign"), does it ("run by Corvane") or has it
            # as a part ("branch secretary of the ambulance staff branch of Unison")
        if not re.search(r"[a-z,;]\s+$", sentence[:a]) or re.search(
                r"\b(?:" + "|".join(TITLES) + r"|miss|professor)\.?\s+$", sentence[:a], re.I):
            continue  # a sentence's first word, or "Mrs Mottram"
        if set(words(seg)) <= NOT_NAMES | asked | STOPWORDS or seg.lower() in ROLE_WORDS:
            continue
        rest = re.match(r"\s+([A-Z][a-z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)", sentence[b:])
        if rest and not set(words(rest.group(1))) & ORG_WORDS:
            continue  # the first of a person's names ("chaired by Graham Tillott"), not "Sentinel Alarm Systems"
        out.append((a, a + len(seg)))
    return out
