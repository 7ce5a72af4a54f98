"""The offline answerer: quote the sentence that answers, or refuse and say why.

Candidates are the sentences of the retrieved chunks. Each is scored on its meaning
(cosine with the question, from vectors stored at index time), the share of the question's
rarer words it holds (IDF-weighted, its preceding sentence counting a little for pronouns),
the rank of the chunk it came from, and whether it holds the kind of thing asked for (a
date for "when", a number for "how many", a sum for "how much"). The best leads the answer;
a second quote is added only when it brings question words the first lacks.

It refuses, naming what is missing and quoting the nearest thing the articles do say, when
the question names something (a person, place, year) no article mentions, asks for a date,
number or sum the evidence lacks, relies on words that appear nowhere in the articles, or
when the best evidence is simply too weak. A question that tries to override or extract the
bot's instructions is refused as such. Thresholds are general, tuned on two corpora.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np

from bot.answer import Citation
from bot.lexicon import LIGHT_VERBS, lexicon, phrased
from bot.question import (_NUMBER_WORDS, ASKS_AGE, ASKS_DATE, ASKS_MARGIN, ASKS_ORG, ASKS_SHARE, CALENDAR_DAY, DAYS, FIRM_WORDS, GENERIC, LEAD_CLAUSE, MEASURED_BODY, MONTHS, ORG_WORDS,
                          PERSON_VERB, PLACE_WORDS, SEASONS, SPAN_PATTERNS, TIME_PHRASE, TITLES, VOTE_SPLIT, WH, YEAR, QuestionInfo, age_of_named_before, age_spans, answer_spans, asked_measure, described_words,
                          find_entities, has_kind, person_named, post_of_named_before, thing_amount, verb_like)
from bot.retrieve import Passage, Retrieval
from bot.safety import instruction_like
from bot.succession import NAME, first_person, same_person, successions
from bot.timeline import event_time, later, months, published, tells_next_year, written
from index.store import Store, StoredArticle
from index.text import STOPWORDS, tokens, words

# "how much did the crusher cost on its own?": the thing apart from what else a sum includes
ALONE = re.compile(r"\b(?:on\s+its\s+own|on\s+their\s+own|by\s+itself|by\s+themselves|alone)\b", re.I)
# the words that ask for a kind of answer, not what it is about
KIND_ASKING = {t for w in ("money", "cost", "costs", "price", "pay", "paid", "spend", "spent", "sum", "much", "many",
                           "number", "figure", "amount", "total", "name", "date", "year", "time") for t in tokens(w)}
KIND_WORDS = {"money": "sum of money", "count": "number", "when": "date or time", "who": "name", "rating": "rating or verdict",
              "role": "post or job", "name": "name"}
CONNECTIVE = re.compile(r"^[\"“‘']?(he|she|they|it|this|these|that|those|his|her|their|its|but|however|and|also|"
                        r"instead|meanwhile|then|there|such|the\s+[\w-]+-year-old)\b", re.I)  # ("The 58-year-old said")
QUESTION_CARRY = re.compile(r"\s*\([^()]*\)\s*$")  # context a follow-up carried over, in brackets
# where a question's clause that says which thing is meant begins ("the report that caused the bonus row")
DESCRIBING_CLAUSE = re.compile(r"\s+(?:that|which|who|whose)\b", re.I)
# ", the same court where ...": a clause that describes a place by what happened there, to the next comma
# (or one that tells what a body did at another time: "Castellan Materials, which bought the quarry ... in
# September 2013, said")
WHERE_CLAUSE = re.compile(r",\s+(?:(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?)?where\b[^,;]*|,\s+which\b[^,;]*(?=,)")
TWO_PART = re.compile(r",?\s+and\s+(what|who|whom|when|where|how|which|why)\b|\bcompared? (with|to)\b|\bbetween\b", re.I)
# a sentence whose subject stands for a body named before it ("It employs ...", "The company lost ...")
REFERS_BACK = re.compile(r"^\W*(?:It|Its|The\s+(?:[a-z-]+\s+)?(?:company|firm|business|operator|council|authority|trust|"
                         r"charity|club|group|organisation|organization))\b")
# ("that" only as the subject of what figures say: "show that would rise to 290 a day", not "found that 15
# children", nor "a pitch that will be used ... six days a week")
COUNT_PRONOUN = re.compile(r"\b(this|these|those|it|they)\b|\b(?:show|shows|showed|shown|suggest|suggests|suggested|"
                           r"predict|predicts|predicted|estimate|estimates|estimated)\s+that\s+(?=(?:would|will|could|might)\b)",
                           re.I)
BREADTH = re.compile(r"\b(over the years|over the course of|each|every|all the|all of|throughout|so far|in turn|at each|each time|"
                     r"how has .{0,60}\bchanged|how have .{0,60}\bchanged|what amounts|which .{0,40}\bhave (been|had)|"
                     r"since (19|20)\d\d|timeline|history of|(what|which) (positions|posts|roles|jobs|titles))\b", re.I)
YES_NO = re.compile(r"^\W*(did|was|were|has|have|had|is|are|does|do|will|would|could|can)\s+(?!you\b|i\b)", re.I)
_WHO_IS = r"\bwho\s+(?:is|was|were|are|has been|had been|became|will be)\s+"
_NOT_AFTER_POST = (r"(?!(?:of|for|at|in|on|to|with|from|that|who|when|now|then|behind|by|over|during|after|before|since|"
                   r"about|and|or|but)\b)")
ROLE_ASKED = re.compile(_WHO_IS + r"(?:(?:the|a|an|(?-i:[A-Z][\w-]*)[’']s)\s+|(?=(?-i:[a-z])))"
                        r"((?:[\w’'-]+\s+){0,3}?[\w’'-]+?)(?=\s+(?:of|for|at|in|on|to|with|from|that|who|when|now|then|behind|by|over|during|after|"
                        r"before|since|about|(?-i:[a-z]+ing))\b|\W*$)"
                        r"(?:\s+of\s+(?:the\s+)?([a-z][\w’'-]*(?:\s+" + _NOT_AFTER_POST + r"[a-z][\w’'-]*){0,2}))?", re.I)
POST_DOING = re.compile(r"^\W*who\s+(?:is|was|were)\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+\s+((?-i:[a-z]+ing))\b", re.I)
WHICH_PERSON = re.compile(r"^\W*(?:and\s+|so\s+|but\s+)?which\s+((?-i:[a-z][a-z-]+|MPs?|MEPs?|MSPs?|GPs?|QCs?|KCs?))\b", re.I)
# "Who led the council when ...?", "who was leader when ...?": who held a post at a time
WHO_HELD = re.compile(r"^\W*(?:and\s+)?who\s+(?:was\s+|were\s+|had\s+been\s+)?(?:the\s+)?(led|leading|ran|running|managed|managing|"
                      r"chaired|chairing|headed|heading|in\s+charge|leader|chair|chairman|chairwoman|boss|mayor)\b", re.I)
# "cost to rebuild the fly tower": what it cost to do to what ("the fly tower", to the words that end it)
# ("cost to repair and re-gild the weathercock": the weathercock)
COST_TO = re.compile(r"\bcost\s+(?:[\w’'-]+\s+){0,3}?to\s+([a-z]+)(?:\s+and\s+[a-z][\w-]*)?\s+((?:the|a|an|its|their|his|her)\s+[^?,;]+)", re.I)
# "How many members of the committee backed it?": those who voted for it, told as a vote ("by nine votes to two")
BACKED_ASKED = re.compile(r"^\W*how\s+many\b[^?]*\b(?:backed|supported|voted\s+(?:for|in\s+favour)|approved|opposed|"
                          r"voted\s+against|rejected)\b", re.I)
VOTED_BY = re.compile(r"\bby\s+(?:\d+|[a-z]+)\s+votes?\s+to\s+(?:\d+|[a-z]+)\b", re.I)
# "the fare from the town centre to the railway station": a journey, and where it ends
ROUTE = re.compile(r"\bfrom\s+(?:the\s+)?([^?,;]+?)\s+to\s+((?:the\s+)?[^?,;]+?)\s*(?:\?|$)", re.I)
# "Who ended up buying the old premises?": a buyer, asked by the deed
WHO_BOUGHT = re.compile(r"^\W*(?:and\s+)?who\s+(?:(?:ended\s+up|eventually|finally|then|later)\s+)?(?:bought|buying|buys|"
                        r"purchased|acquired)\b", re.I)
# "When did the old tannery in Brackwell stop operating?": the thing a time is asked of, up to its head noun
WHEN_THING = re.compile(r"^\W*(?:[Aa]nd\s+)?[Ww]hen\s+(?:did|was|were|is|are|does|do|has|had|will)\s+(?:the|its|their)\s+"
                        r"((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?:in|at|on|of|near)\s+[A-Z]")
# "When are services due to start?", "When will it open?": a time still to come (not "was meant to")
# a yes-or-no question of what has been done ("Has he been given ...", "Did they ever ...", "Was it ... yet?")
DONE_YES_NO = re.compile(r"^\W*(?:has|have|had|did|was|were)\b(?=.*\b(?:yet|ever|been|finally|actually|end\s+up)\b)",
                         re.I)
# a deed told as wanted or possible, not done: "should be offered", "could be closed", "may have to"
MAY_BE = re.compile(r"\b(?:should|could|would|might|may|must|ought\s+to)\s+(?:not\s+|now\s+|still\s+)?(?:be|have|get)\b",
                    re.I)
FUTURE_ASKED = re.compile(r"\bwill\b|\bshould\b(?!\s+have\b)|\b(?:is|are)\s+(?:[\w’'-]+\s+){0,4}?(?:due|going|expected|set|scheduled|planned|meant)\s+to\b", re.I)
# "What would the trains themselves cost?": the thing a cost is asked of, its subject
# ("How much was the visitor centre at the lake going to cost?": the visitor centre)
COST_SUBJECT = re.compile(r"\b((?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*)\s+(?:themselves\s+|itself\s+|alone\s+)?"
                          r"(?:would|will|did|does|do|could|might|should)\s+cost\b|"
                          r"\bhow\s+much\s+(?:was|were|is|are)\s+((?:the|a|an|its|their)\s+[^?,;]+?)\s+(?:going|expected|due|set|meant|"
                          r"supposed|likely)\s+to\s+cost\b", re.I)
# ("How much did the new primary crusher cost on its own?": the crusher; not "how much did the estimated cost grow")
# ("how much extra did the extension cost the council?": the extension)
COST_OF_THING = re.compile(r"\bhow\s+much\s+(?:extra\s+|more\s+)?(?:did|does|do)\s+((?:the|a|an|its|their|(?:[A-Z][\w-]*\s+){1,3}?[A-Z][\w-]*['’]s)"
                           r"\s+(?:(?!(?:say|said|says|think|expect|estimate|would|will|could|should)\b)[\w’'-]+\s+){0,9}?[\w’'-]+)\s+cost"
                           r"(?=\s*(?:\?|$|,)|\s+(?:in|on|at|to|for|when|by|back|originally|overall|altogether|eventually|"
                           r"initially|first|then|each|per|a)\b|"
                           r"\s+(?:the\s+)?[\w’'-]+\s*\?)", re.I)  # ("cost the council?")
# a thing a sentence opens by saying costs a sum: "The training will cost £45", "The barn conversion cost £285,000"
COSTS_SUM = re.compile(r"^\W*(?:(?:but|and|however|now),?\s+)?(?:the|a|an|this|that)\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?:(?:will|would|could|should|might|"
                       r"did|does|has|had|is|was)\s+(?:now\s+|also\s+|only\s+)?(?:be\s+|have\s+)?)?(?:cost|costs)\s+"
                       r"(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|just\s+(?:over|under)\s+|an\s+estimated\s+)?[£$€]\d", re.I)
# "What sentence did he get?": a punishment asked, which a quote tells by what was done to them
SENTENCE_ASKED = re.compile(r"\bwhat\s+(?:(?:prison|jail|custodial)\s+)?sentence\s+(?:did|was|were|has|had|will|does)\b|"
                            r"\bwhat\s+(?:was|were|is|has|had)\s+(?:[\w’'-]+\s+){1,6}?sentenced\s+to\b|\bwhat\s+punishment\b", re.I)
PUNISHMENT_TOLD = re.compile(r"\b(?:jailed|imprisoned|sentenced|sentence|prison|custody|custodial|suspended|community\s+order|"
                             r"fined|detention|discharge|unpaid\s+work|curfew|banned\s+from\s+driving|locked\s+up|"
                             r"(?:community|rehabilitation|supervision|restraining|hospital|referral)\s+orders?)\b", re.I)
# "What was named after Margaret Ellwood?": a thing asked by the person whose name it bears
NAMED_AFTER = re.compile(r"\b(?:named|called|renamed)\s+(?:after|for|in\s+(?:honour|honor|memory)\s+of)\s+"
                         r"((?:(?:Dr|Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.?\s+)?(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+))*)", re.I)
# what a sum is the value of: "the total value of the broadband deal", "what was the contract with Vantis worth"
VALUE_ASKED = re.compile(r"\bvalue\s+of\s+(?:the|a|an|its|their|this|that|his|her)\s+([^?,;]+)|"
                         r"\bwhat\s+(?:is|was|were|are|will)\s+(?:the|its|their|this|that|his|her)\s+([^?,;]+?)\s+(?:be\s+)?worth\b", re.I)
SUM_OF_NOUN = re.compile(r"[£$€]\d[\d.,]*\s*(?:m|bn|k|million|billion)?\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\b")  # "a £38.6 million contract"
# what a sum in a sentence is said to be the cost of ("the total cost of Graham Tolliver's exit package")
COST_OF_NP = re.compile(r"\b(?:cost|costs|bill|price)\s+of\s+(?!(?:about|around|some|just|nearly|almost|over|more|less|up)\b|[£$€\d])"
                        r"([^,.;:]{1,50})", re.I)  # (not "at a cost of £8,500")
NP_END = (r"in|into|from|at|on|when|while|after|before|for|by|with|of|to|back|up|down|out|off|over|"
          r"during|since|until|so|and|or|than|because|as|which|that|who")
FINED_FOR = re.compile(r"\bfined\b(?:\s+[\w’'-]+){0,3}?\s+(?:over|for)\s+([^?,;]+)", re.I)  # ("fined over the spill")
# "the name of Veridane's Dutch parent company": what is named, after its owner
OWNED_NAME = re.compile(r"\bnames? of (?:[A-Z][\w-]*\s+)*[A-Z][\w-]*[’']s\s+((?:[\w-]+\s+){0,3}[\w-]+)")
UNDER_POSTS = {"deputy", "vice", "assistant", "former", "group", "opposition", "shadow", "acting", "interim", "second"}
GROUP_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:group|opposition|party|caucus)\b", re.I)
ASKED_SORT = re.compile(r"^\W*(?:and\s+|so\s+|but\s+)?(?:which|what)\s+((?-i:[a-z][a-z-]+))\s+(?:is|was|are|were|did|does|do|has|had)\b",
                        re.I)  # "Which party is he from?": the sort of thing the answer is
FIRM_OF = re.compile(r"\bwhich\s+(?:firm|company|practice|partnership|team|group)\s+of\s+([a-z][a-z-]+)\b", re.I)
POST_VERBS = set(tokens("lead led chair head manage coach captain charge run"))
# leaving a post, in the words news uses for it
LEAVING = frozenset({"leave", "quit", "retire", "resign", "depart"})
BUILDING = frozenset({"build", "construct", "erect"})  # a building's making is told by its opening
OPENING = frozenset({"open"})
LEADING = set(tokens("lead led leader head headed chair chaired chairman chairwoman charge"))
# "Which inspector was in charge of the inspection?", "which official headed it?"
# ("Which organisation was meant to take over and manage the site ...?": one meant to manage it)
WHICH_ACTED = re.compile(r"^\W*(?:and\s+|so\s+|but\s+)?(?:which|what)\s+(?:[\w’'-]+\s+){1,3}?(?:now\s+|currently\s+)?"
                         r"(leads|led|chairs|chaired|heads|headed|manages|managed|is\s+in\s+charge|was\s+in\s+charge|"
                         r"(?:was|is|were|are)\s+(?:meant|due|going|expected|set|supposed)\s+to\s+(?:take\s+over\s+and\s+)?"
                         r"(?:manage|run|lead|head|chair))\b", re.I)
# what a post is held over, when a common noun: "chaired [the three-person panel] that ...", "in charge of [the study]"
POST_OBJECT = re.compile(r"\s+(?:of\s+)?(?:the|its|their|his|her|this|that)\s+((?:[a-z][\w-]*\s*){1,3}?)"
                         r"(?=\s*(?:\?|$|,|\b(?:that|which|who|in|at|on|for|when|after|before|during|into|of)\b))")
TITLE = r"(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Professor|Prof|Sir|Dame|Lord|Lady)\.?\s+"
PERSON_TITLES = {t for w in ("mr", "mrs", "ms", "miss", "dr", "cllr", "councillor", "professor", "prof", "sir", "dame",
                             "lord", "lady") for t in tokens(w)}
# "Who was the Corvane partner ...?": the words a name is called by, ending in a kind of person
WHO_THE = re.compile(r"^\W*(?:and\s+)?who\s+(?:is|was|were|are)\s+the\s+((?:[\w’'-]+\s+){1,3}?)([a-z][\w-]*)\b", re.I)
# a post that runs a body, and a person named in it: "Elmstead's chief executive, Priya Venkatesan,"
RUNS_POST = re.compile(r"\b(?:chief executive|managing director|director|boss|manager|leader|head|chair(?:man|woman)?)\b")
RUNS_NAMED = re.compile(RUNS_POST.pattern + r",?\s+(?:" + TITLE + r")?[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+")
# "Who was running it?", "who runs it?": who holds the post that runs a body (not "who led the inspection?")
RUN_ASKED = re.compile(r"^\W*(?:and\s+)?who\s+(?:is|was|has been|had been)?\s*(?:running|in charge of|runs|ran)\b", re.I)
SUBJECT_TITLED = re.compile(r"^[\"“‘']?" + TITLE + r"[A-Z][\w’'-]+")
FULL_NAME = re.compile(r"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?[A-Z][a-z’'-]+\b")  # "Alison Threlfall": a first name first
RANKS = {"deputy", "assistant", "acting", "interim", "vice", "former", "joint", "senior", "junior", "chief", "co",
         "associate", "head", "temporary", "outgoing", "incoming", "new", "first", "last", "previous", "next"}
WHO_WAS_MADE = re.compile(r"^\s*,\s*who\s+(?:is|was|has been|had been|became|becomes|remains|will be)\s+(?:now\s+)?"
                          r"(?:(?:appointed|named|made|elected|promoted|confirmed|installed)\s+(?:to\s+|as\s+)?)?")
# "how much did it cost ...?", and the sums a sentence names as something other than a cost
COST_ASKED = re.compile(r"\bcost(?:s|ing)?\b", re.I)
# "how much was a day ticket?": a priced thing of a kind (not "a return ticket", not a sum with no ticket at all)
PRICED = re.compile(r"(?=\b([a-z][a-z-]+)\s+(?:([a-z][a-z-]+)\s+)?(ticket|tickets|pass|passes|fare|fares|membership|"
                    r"memberships)\b)", re.I)  # (a lookahead: "a day ticket" is tried at "a" and at "day")
COST_WORDS = {"cost", "costs", "costing", "bill", "price", "priced", "spent", "spend", "budget", "budgeted"}
SUM_NAMED = re.compile(r"\b(rent|grant|loan|fine|salary|fee|subsidy|bonus|donation|contribution|dividend|payout|refund|award|"
                       r"prize|pension|wage|rebate|levy|compensation|damages)\s+of\s+(?:about\s+|around\s+|up to\s+)?[£$€]", re.I)
# ("the £740,000 Wrenfield Homes paid towards health services": a contribution to something, not its cost)
SUM_TOWARDS = re.compile(r"[£$€]\d[\d.,]*\s*(?:m|bn|k|million|billion)?\s+(?:[\w’'-]+\s+){0,4}?(?:paid|gave|given|contribute|contributes|contributed|"
                         r"donated|put)\s+(towards|to\s+help)\b", re.I)
# ("the £56.8m Gallowfield purchase", "a £4.3m lottery grant": a sum that is what it names)
SUM_BEFORE = re.compile(r"[£$€]\d[\d.,]*\s*(?:m|bn|k|million|billion)?\s+(?:[\w’'-]+\s+){0,2}?(purchase|sale|grant|loan|"
                        r"fine|salary|fee|subsidy|bonus|donation|contribution|payout|payoff|refund|award|prize|pension|rent|levy|takeover)s?\b")
# a sum for each year, month, week or day ("£212,000 a year", "an annual subsidy", "per week"; not "a day ticket")
PER_PERIOD = re.compile(r"\b(?:a|an|each|every|per)\s+(?:year|month|week|day|annum|season)\b"
                        r"(?![\s-]+(?:ticket|tickets|pass|passes|return|returns|trip|trips|rover|card|cards|out|off)\b)|"
                        r"\b(?:annual|annually|yearly|monthly|weekly|daily)\b"
                        # (not a yearly event: "the annual report", "its annual meeting")
                        r"(?!\s+(?:report|reports|meeting|meetings|conference|review|accounts|general|show|festival|survey)\b)",
                        re.I)
PER_CENT_AT = re.compile(r"[\d.,]+\s*(?:%|per\s*cent)")  # a number that is a share ("61 per cent", "91.2%")
# a sum asked for each one of a thing ("for each tube it analysed", "what did each of the lorries cost?"), and a
# sum told so ("£8.40 per departing passenger", "58p for every concessionary journey", "£410,000 each")
_NOT_UNIT = r"(?!(?:year|month|week|day|annum|season|time|other)\b)"
UNIT_ASKED = re.compile(r"\b(?:for|on|to|of)\s+(?:each|every)\s+" + _NOT_UNIT + r"[a-z]+|\bper\s+" + _NOT_UNIT + r"[a-z]+|"
                        r"\beach\s+of\b", re.I)  # (not "the two councils each put in": each of them)
UNIT_TOLD = re.compile(r"\b(?:each|every|per|apiece|a\s+head)\b|[£$€]\d[\d.,]*\s*(?:p|m|k|million)?\s+(?:a|an)\s+"
                       r"(?!(?:year|month|week|day|further|total|record|new|one-off|single)\b)[a-z]+", re.I)
# (or a deed done to or by the post's holder: "the Friends of the Lido, handed to the mayor", "appointed by the mayor")
CLAUSE_VERB = re.compile(r"\b(and|but|was|were|is|are|had|has|have|said|says)\b|"
                         r"\b(?!(?:appointed|named|elected|promoted|installed|confirmed|nominated)\b)[a-z]+ed\s+(?:to|by|from|with)\b")
OWNER = re.compile(_WHO_IS + r"((?-i:[A-Z][\w-]*))[’']s\s", re.I)  # "who was Labour's candidate": Labour
DESCRIBED = {"man", "woman", "men", "women", "person", "people", "boy", "girl", "child", "children", "baby", "patient",
             "one", "someone", "resident", "pupil", "student", "victim", "family", "couple", "mother", "father", "son",
             "daughter", "youngster", "teenager", "driver", "owner", "first", "last", "only", "other"}
# "what position did she hold": the words that ask for a post, not what it is about
ROLE_FRAME = set(tokens("job jobs role roles position positions post posts title titles occupation profession rank "
                        "hold holds held holding have has had occupy occupies occupied"))
CALENDAR = re.compile("(" + "|".join(MONTHS + DAYS + SEASONS) + r")(\s+\d+)?", re.I)
DATELINE = re.compile(r"^\W*(published|updated|last updated|first published|posted|modified)\b[^.!?]{0,60}$", re.I)
LAST_YEAR = re.compile(r"\blast (" + "|".join(["year"] + SEASONS + MONTHS) + r")\b", re.I)
PLANNED = re.compile(r"\b(plan|plans|planned|planning|expect\w*|target\w*|aim\w*|due|forecast\w*|predict\w*|"
                     r"projected|projections?|hop(e|ed|es|ing)|want\w*|would|will|should|shall|going to|schedul\w*|"
                     r"promis\w*|intend\w*|propos\w*|goals?|by|meant|supposed|set to|estimat\w*|ambitions?)\b", re.I)
DECADE = re.compile(r"\b((?:1[6-9]|20)\d0)s\b")
NOW = re.compile(r"\b(now|currently|these days|nowadays|today|at present|presently|at the moment)\b", re.I)
THIS_YEAR = re.compile(r"\b(this year|this (spring|summer|autumn|winter)|now|currently|so far this year)\b", re.I)
NAME_OF = re.compile(r"\b(?:(?:name|names) of (?:the|his|her|their|its|(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)[’']s)|"
                     r"who (?:is|was|were|has been)(?: (?:appointed|named|made|elected|chosen)(?: as)?)? "
                     r"(?:the|(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)[’']s)) ((?:[\w’'&-]+\s+){0,4}?[\w’'-]+?)"
                     r"(?=\s+(?:who|that|whose|which|of|at|in|on|for|from|with|after|before|as|to|by|appointed|named|"
                     r"hired|chosen|elected|(?-i:[a-z]+ing))\b|\W*$)", re.I)  # ("the barrister prosecuting them")
AFTER_YEAR = re.compile(r"\b(?:after|since|later than|beyond)\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d)\b(?!\s*[’']?s?\s*(?:report|inspection|article|ruling|review|vote|election|verdict|decision))", re.I)
# ("in its first full season after the 2023 reopening": a stretch of time after that year's event)
PERIOD_AFTER = re.compile(r"\b(?:first|full|whole|next|following)\s+(?:full\s+|whole\s+)?(?:season|year|summer|winter|spring|"
                          r"autumn|month|twelve months|12 months)\s+(?:after|since|following)\s+(?:the\s+|its\s+)?((?:19|20)\d\d)\b",
                          re.I)
# "When was the station built?", "In what year was he born?": the question ends on what was done
WHEN_DONE = re.compile(r"^\W*(?:and\s+)?(?:when|(?:in\s+)?(?:what|which)\s+year|(?:on\s+)?(?:what|which)\s+(?:date|day))\s+"
                       r"(?P<aux>was|were|is|are)\s+"
                       r"(?P<subject>[^?]*?)\s+(?:originally\s+|first\s+|actually\s+|finally\s+)?"
                       r"(?P<verb>[a-z]+)(?:\s+(?P<particle>on|off|up|down|out|over))?\s*\?\s*$", re.I)
TRAILING_PLACE = re.compile(r"\s+(?:in|at|on|across|throughout)\s+(?:the\s+)?(?-i:[A-Z][\w’'-]*)(?:\s+(?-i:[A-Z][\w’'-]*))*\s*\?\s*$")
# "Who replaced Margaret Fosdyke as chairman?" (the standalone question names whom "her" stands for),
# "Who took over from him?", "Who did Ravi Menon succeed?"
REPLACED_WHOM = re.compile(r"^\W*(?:[Aa]nd\s+|[Ss]o\s+|[Bb]ut\s+)?[Ww]ho(?:[’']s)?\s+(?:(?P<did>did)\s+(?P<name_b>" + NAME + r")\s+"
                           r"(?:replace|succeed|take\s+over\s+from)\b|(?:has\s+|had\s+|will\s+|(?:is\s+)?going\s+to\s+)?"
                           r"(?:replaced|replace|succeeded|succeed|took\s+over\s+from|take\s+over\s+from|"
                           r"(?:is|was)\s+replacing|(?:stepped|steps|step)\s+in\s+(?:after|for)|(?:took|takes|has\s+taken)\s+"
                           r"(?:over|charge)\s+after|came\s+(?:in\s+)?after)\s+(?:the\s+)?(?P<name_f>" + NAME + r")|"  # ("from the Hobbses")
                           # "Who took over as project director after Helen Stroud left?"
                           r"(?:took|takes|has\s+taken)\s+over(?:\s+as\s+[\w’' -]{1,60}?)?\s+(?:after|when)\s+(?P<name_a>" + NAME +
                           r")\s+(?:had\s+)?(?:left|retired|resigned|stepped\s+down|stood\s+down|quit|died|departed|moved\s+on)\b)")
AS_POST = re.compile(r"\s+as\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?((?:[\w-]+\s*?){1,4}?)"
                     r"(?=\s+(?:in|on|at|after|when|from|until|during|by|last|this|and|but)\b|[,?.;]|\s*$)", re.I)
BECAME = re.compile(r"^\W*(?:and\s+)?who\s+(?:became|took\s+over|took\s+charge|was\s+appointed|was\s+made)\b", re.I)
TIME_MODIFIERS = {"former", "new", "then", "current", "previous", "outgoing", "incoming", "later", "first", "last"}
# "the last tram of the night" is not "the first passenger tram" ("last year", "first time" are times)
FIRST_LAST = re.compile(r"\b(first|last)\s+([a-z][a-z-]+)(?:\s+([a-z][a-z-]+))?\b", re.I)
NTH_OF = re.compile(r"\b(first|second|third|fourth|fifth|last)\s+of\s+(?:the|its|their|these|those)\s+((?:[\w-]+\s+){0,3}[\w-]+)", re.I)
TIME_NOUNS = {"year", "years", "month", "months", "week", "weeks", "night", "nights", "day", "days", "time", "times",
              "summer", "winter", "spring", "autumn", "season", "weekend", "decade", "century", "minute", "moment",
              "hour", "word", "resort", "half", "quarter", "term", "phase", "stage", "round", "place", "thing"}
ORDINAL = re.compile(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+([a-z][a-z-]+)\b", re.I)


def _ordinals(text: str) -> list[tuple[str, str]]:
    """("first", "strike") for "their first strike": an ordinal and the noun it counts; and for "the first
    and the last" of a thing, one word may stand between ("the first passenger tram", "the last tram")."""
    out = [(m.group(1).lower(), m.group(2).lower()) for m in ORDINAL.finditer(text)
           if m.group(2).lower() not in STOPWORDS and lexicon().base_forms(m.group(2).lower(), "noun")]
    for m in FIRST_LAST.finditer(text):
        for w in (m.group(2), m.group(3)):
            w = (w or "").lower()
            if w and w not in STOPWORDS and w not in TIME_NOUNS and lexicon().base_forms(w, "noun") \
                    and (m.group(1).lower(), w) not in out:
                out.append((m.group(1).lower(), w))
    for m in NTH_OF.finditer(text):  # "the first of the new broadband cabinets", "the last of the 320 street cabinets"
        said = [w.lower() for w in m.group(2).split() if not w[0].isdigit()]
        nouns = [w for w in itertools.takewhile(lambda w: w not in STOPWORDS, said) if lexicon().base_forms(w, "noun")]
        if nouns and nouns[-1] not in TIME_NOUNS and (m.group(1).lower(), nouns[-1]) not in out:
            out.append((m.group(1).lower(), nouns[-1]))
    return out


def _same_noun(a: str, b: str) -> bool:  # the word, its forms, or a kind of it ("walkout" is a strike)
    lex = lexicon()
    return a == b or bool(tokens(a) and tokens(a) == tokens(b)) or lex.is_kind_of(a, lex.noun_senses(b)) \
        or lex.is_kind_of(b, lex.noun_senses(a))


def _words_around(text: str, a: int, b: int, width: int = 60) -> str:
    """The words within `width` characters either side of text[a:b], none cut."""
    start = text.find(" ", max(0, a - width)) + 1 if a > width else 0
    end = text.rfind(" ", 0, b + width) if b + width < len(text) else len(text)
    return text[start:max(end, b)]


def _counts(told: list[tuple[str, str]], n: str, noun: str) -> bool:  # "the second walkout" told: the nth one
    return any(m == n and _same_noun(w, noun) for m, w in told)


def _other_instance(text: str, asked: list[tuple[str, str]]):
    """The (asked, told) ordinal pair when the text counts another one of the asked thing ("second walkout")
    and not the one asked about; else None."""
    told = _ordinals(text)
    for n, noun in asked:
        if _counts(told, n, noun):
            continue
        other = next(((m, w) for m, w in told if m != n and _same_noun(w, noun)), None)
        if other:
            return (n, noun), other
    return None


def _names_another(text: str, subject: str) -> bool:
    """The text names another thing of the kind the subject is: "Kettleby fire station" when "Orford Cross
    fire station" is asked (the name before the subject's common words, or before its last word)."""
    common = re.search(r"(?:\s+(?-i:[a-z][\w-]*))+$", subject)
    head = common.group(0).strip() if common else subject.split()[-1]
    own = set(tokens(subject))
    return any(set(tokens(m.group(1))) - STOPWORDS - own
               for m in re.finditer(r"((?:\b(?-i:[A-Z])[\w’'-]*\s+)+)" + re.escape(head) + r"\b", text, re.I))


def _event_of(question: str) -> str | None:
    """The common noun naming the event whose outcome is asked ("review" of "the outcome of Save Sandholme's
    judicial review against the council", "inquest" of "what did the inquest into ... conclude?"), or None
    when it is asked of someone ("what did the inspectors find?") or names no such noun."""
    m = OUTCOME_OF.search(question)
    if not m:
        return None
    head = None
    for w in re.findall(r"[\w’'-]+", m.group("event") or m.group("agent")):
        if re.search(r"[’']s$", w):
            head = None  # (the owner's words are not the event's: "the union's ballot")
        elif w[0].isupper() or w[0].isdigit() or w.lower() in ("the", "a", "an"):
            continue
        elif w.lower() in STOPWORDS:
            if head:
                break
        else:
            head = w.lower()
    return head if head and not lexicon().is_person_noun(head) else None


def _post_forms(held: str) -> set[str]:
    """The word stems a post held is told by: "led" by "leader", "chairing" by "chairman"."""
    stems = {t for w in words(held) for d in lexicon().derived(w) | {w} for t in tokens(d)}
    return stems | {t + end for t in stems for end in ("man", "woman")}


def _ahead(first: Candidate, cands: list[Candidate]) -> list[Candidate]:
    """The candidates with `first` moved to the front (the one the answer leads with)."""
    return [first] + [c for c in cands if c is not first]


def _same_instance(text: str, asked: list[tuple[str, str]]) -> bool:
    told = _ordinals(text)
    return all(_counts(told, n, noun) for n, noun in asked)


# a question about how a thing turned out ("what did it end up costing?"; not "actually", as often an
# intensifier: "what does the plan actually involve?")
OUTCOME = re.compile(r"\b(?:end(?:ed|s)? up|in the end|eventually|ultimately|finally)\b|"
                     r"\bwhat (?:was|were) (?:decided|agreed|the outcome|the result|the verdict)\b|"
                     r"\bwhat did [^?]{0,80}\b(?:decide|agree|conclude|rule)\b", re.I)
# words that say only that the thing asked came in the end ("When did he eventually move in?"), which the
# articles need not say
IN_THE_END = frozenset(tokens("eventually finally ultimately"))
# "What job did he leave the station for?": a post taken on leaving, not the one the last answer gave
LEFT_FOR = re.compile(r"\b(?:leave|left|quit|go|went|move|moved)\b[^?]*\bfor\s*\?", re.I)
# words that say only that something happened, which an article tells in other words ("the Cadley accident")
VAGUE_EVENTS = {t for w in ("accident", "accidents", "incident", "incidents", "affair", "episode", "event", "events",
                            "matter", "case", "mishap") for t in tokens(w)}
# "What was the final bill for the bridge?", "what did it end up costing?": a cost told as spent, "has cost £51.3m"
FINAL_COST = re.compile(r"\b(?:final|total|overall|eventual)\s+(?:bill|cost|price|price\s+tag)\b|\bend(?:ed)?\s+up\s+costing\b|"
                        r"\bcost\s+in\s+the\s+end\b", re.I)
BILL_WORDS = frozenset(tokens("bill bills cost costs price tag final total overall eventual"))
COST_TOLD = re.compile(r"\bcost\s+(?:(?:about|around|nearly|almost|more\s+than|just\s+over|just\s+under)\s+)?[£$€]\s?\d|"
                       r"\b(?:final|total|overall)\s+(?:cost|bill)\s+(?:of|was|is|came\s+to|stood\s+at)\s+[£$€]\s?\d", re.I)
# "What salary is Helen Marchant paid?": a sum paid to a person, which a sentence tells as pay
# (not what someone paid, "How much did Joyce Ambler pay for her bungalow?", nor "paid for", "paid by")
PAY_ASKED = re.compile(r"\b(?:salary|salaries|earn|earns|earned|earning|earnings|wage|wages|remuneration|income)\b|"
                       r"\bpaid\b(?!\s+(?:for|back|off|out|to|by|in|into)\b)", re.I)
PAY_TOLD = re.compile(r"\b(?:salary|salaries|paid|pay|pays|earn|earns|earned|earning|wage|wages|remuneration|package|"
                      r"bonus|pay\s+rise|pension)\b", re.I)
# "What was Jonathan Kittering doing before he came to Elmsford?", "What was her background before that?":
# what someone did before, which a sentence tells with "previously", "formerly", "a former ..."
# ("What did he do for a living before he retired?": "Pallister, a retired bank manager who ...")
# ("Which council was Rachel Dunmore working for before she came to Daneford?", "where did she work before?")
PRIOR_ASKED = re.compile(r"^\W*(?:and\s+|so\s+)?(?:what|which|where)\s+(?:[\w-]+\s+)?(?:was|were|did|had)\s+[^?]{2,60}?\s+"
                         r"(?:do|doing|done|been\s+doing|background|job|career|work|working|worked)\s+(?:for\s+a\s+living\s+|"
                         r"(?:for|at|in)\s+)?before\b", re.I)
PRIOR_TOLD = re.compile(r"\b(?:previously|formerly|former|retired|had\s+been|until\s+(?:then|joining|recently)|"
                        r"before\s+(?:joining|that|coming|taking|becoming|moving|being))\b|"
                        r"\b(?:joined|joins|came|moved|arrived)\s+(?:[\w’'-]+\s+){0,3}?from\s+(?:the\s+)?[A-Z]", re.I)
PRONOUN_OPENING = re.compile(r"(?:^|,\s+)(?:he|she)\s+(?!said\b|says\b|added\b|told\b)[a-z]+", re.I)
# a sentence that opens on someone the one before named ("She was dismissed ...", "Her salary of £96,000 ...")
OPENS_HE_SHE_THEY = re.compile(r"^(?:He|She|They)\s")
OPENS_HE_SHE_HIS_HER = re.compile(r"^(?:He|She|His|Her)\s")
# "What is she paid as chief executive?": the post the pay is asked of
PAID_AS = re.compile(r"\b(?:paid|earn|earns|earned|earning)\s+as\s+(?:the\s+|a\s+|an\s+|its\s+)?((?:[\w’'-]+\s+){0,3}?[\w’'-]+)"
                     r"(?=\s+(?:before|after|when|in|at|for|until|while|now|then)\b|\s*[?,]|$)", re.I)
HOW_MEASURE = re.compile(r"\bhow\s+(long|fast|tall|heavy|loud|far|wide|deep|high)\b|\bthe\s+(height|length|width|depth)\s+of\b", re.I)
# "What was the outcome of the judicial review?", "What did the inquest conclude?": what came of a named event
OUTCOME_OF = re.compile(r"\b(?:outcome|result|verdict|findings?|conclusions?)\s+of\s+(?P<event>[^?]+)|"
                        r"\bwhat\s+did\s+(?P<agent>[^?]+?)\s+(?:conclude|find|rule)\b", re.I)
# "How many babies were delivered in its first year?": a count or a sum of what was done, in the past
DONE_COUNT = re.compile(r"^\W*(?:and\s+)?how (?:many|much)\b[^?]*?\b(?:were|was|did|had)\b[^?]*\b(?:[a-z]+ed|built|sold|paid|"
                        r"spent|made|taken|given|won|lost|held|brought|bought|found|kept|cut|seen|done|shut|sent)\b", re.I)
# a sentence that tells of a plan, a hope, a bid or an estimate rather than of what happened (not "cost
# £780,000 more than budgeted", "went ahead as planned": what happened, set against the plan)
PLAN_TOLD = re.compile(r"(?<!\bthan\s)(?<!\bas\s)\b(?:will|would|plans?\s+to|planned|planning(?!\s+(?:application|permission|consent|committee|"
                       r"inspector|officers?|department|authority|inquiry|appeal|rules|system)s?\b)|hopes?\s+to|hoped|hoping|expects?|expected|"
                       r"aims?\s+to|intends?|intended|proposes?|proposed|bid|bids|seeking|seeks|consultation|"
                       r"estimated|forecast|budgeted|set\s+to|meant\s+to|supposed\s+to|wants?\s+to|wanted\s+to|"
                       r"due\s+(?:in|on|by|next|later|to\s+(?:be|report|open|start|finish|close|complete|end|expire|begin|reopen|resume|return|arrive|take)))\b", re.I)


SPLIT_YEAR = re.compile(r"\b((?:19|20)\d\d)[-–](\d\d)\b")  # 2023-24 (2016/17 is told as such: its first year)
# "the festival lost an estimated £610,000": a reckoning of what happened, not a plan
PAST_ESTIMATE = re.compile(r"\b(?:[a-z]+ed|lost|cost|spent|paid|made|raised|took|brought|drew|won|sold)\s+"
                           r"(?:an?\s+)?estimated\s+$", re.I)


# "How did Sir Michael Wilshaw respond to ...?": a response asked of someone named
RESPONDED = re.compile(r"^\W*(?:and\s+)?how\s+(?:did|has|have|does|do|will|would)\s+(?P<who>.+?)\s+"
                       r"(?:respond|react|reply|answer|hit back)\b", re.I)
SPEAKING = (r"(?:said|says|say|told|tells|responded|responds|replied|replies|reacted|answered|insisted|argued|"
            r"described|called|dismissed|rejected|welcomed|accused|denied|defended|hit back|wrote|added|commented|"
            r"admitted|warned|claimed|stated|declared|branded|apologised|apologized)")


FIRST_TIME = re.compile(r"\b(?:first|originally|initially)\b", re.I)
WHEN_DID = re.compile(r"^\W*(?:and\s+)?when\s+did\s+(?P<subject>[^?]*?)\s+(?:first\s+|actually\s+|finally\s+)?"
                      r"(?P<verb>[a-z]+)(?:\s+(?:on|off|up|down|out|over))?\s*\?\s*$", re.I)
# "When did the last train run on the branch?": a subject, the verb, and where or what it was done (the
# verb is the first word after the subject that is one: "the last train", then "run")
WHEN_DID_THE = re.compile(r"^\W*(?:and\s+)?when\s+did\s+(?P<subject>(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)"
                          r"\s+(?:first\s+|actually\s+|finally\s+)?(?P<verb>[a-z]+)(?:\s+(?:off|up|down|out|over))?"
                          r"\s+(?:on|in|at|from|to|between|through|for|along|across|into|under)\b", re.I)
# "When did Colin Harkness leave the Environment Agency?": a named subject (or a pronoun), the verb, its object
WHEN_DID_IT = re.compile(r"^\W*(?:and\s+)?when\s+did\s+(?P<subject>he|she|they|it|(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}))"
                         r"\s+(?:first\s+|actually\s+|finally\s+)?(?P<verb>(?-i:[a-z]+))(?:\s+(?:on|off|up|down|out|over))?"
                         r"\s+(?:the|a|an|his|her|their|its|(?-i:[A-Z]))", re.I)
# a reason or a purpose told ("because ...", "on health grounds", "to be closer to his daughter")
_CAUSE_WORDS = r"because|due to|owing to|grounds|so that|in order to|reasons?|citing|blamed"
CAUSE = re.compile(r"\b(" + _CAUSE_WORDS + r")\b", re.I)
# a cause told as one, not a time that may be one ("after", "since", "following")
STRONG_CAUSE = re.compile(r"\b(?:because|due to|owing to|as a result of|blamed|caused by|started by|sparked by|"
                          r"triggered by|prompted by|the reason|the cause)\b", re.I)  # a reason, without the purposes ("going to be")
REASON = re.compile(r"\b(" + _CAUSE_WORDS + r"|"
                    r"to (be|spend|care|look after|focus|concentrate|join|take up|pursue|retire|move)|"
                    r"(?:departure|resignation|exit|decision|move|closure|dismissal|sacking)\s+(?:followed|came after))\b", re.I)


def _why_told(c) -> bool:  # a reason, a cause or a purpose in the sentence
    return bool(SPAN_PATTERNS["why"].search(c.text) or REASON.search(c.text))
GO_ON = re.compile(r"\b(go|gone) on to (do|become|work)\b|\bdo (next )?after (he|she|they) (retired|left|resigned|"
                   r"stepped down|quit)\b|\bdo (next )?after (retiring|leaving|resigning|stepping down|quitting)\b", re.I)
WENT_ON = re.compile(r"\b(became|becomes|become|becoming|joined|joins|joining|went on|goes on|going on|has since|had since|"
                     r"have since|now|took up|taking up|set up|setting up|founded|founding|launched|moved to|moving to|works|"
                     r"worked|working|runs|ran|started|wrote|published|returned|appointed|elected|hired|later)\b", re.I)
EVENT_REACH = 40  # characters between the verb of an event and the date it is given
NAME_GAP = 32  # characters between a post and the name it is given ("Lead inspector Anand Mistry")
# "it", "they", "does that": what the last answer was about ("the team that works" is no such pronoun)
FOLLOW_PRONOUN = re.compile(r"\b(it|its|they|them|their)\b|\b(that|this)\s*\?|"
                            r"\b(do|does|did|was|is|will|has|had|about|after|before)\s+(that|this)\b", re.I)
# what a sum is paid as, in a question: "paid", "fined", "sell for", "compensation" (not "cost": see answer())
MONEY_PREDICATE = re.compile(r"\b(paid|pay|pays|salary|salaries|wages?|earns?|earned|earnings|fined|fines?|compensation|"
                             r"compensated|dividends?|bonus|bonuses|sell|sold|fees?|refund|refunded|owe|owed|owes|owing|debts?|rents?|"
                             r"turnover|revenues?|takings)\b", re.I)
MONEY_NOUNS = {"salary", "salaries", "wage", "wages", "earnings", "compensation", "dividend", "dividends", "bonus",
               "bonuses", "fee", "fees", "refund", "fine", "fines", "rent", "rents", "turnover", "revenue", "revenues",
               "takings"}
FEE_STEMS = set(tokens("fee fees"))
# what is owed is a debt, by whatever word ("debts of £61.7m", "liabilities", "creditors are owed")
DEBT_STEMS = set(tokens("owe owed owes owing debt debts liabilities creditors"))
# (and a claim is a sum someone says it is owed: "has lodged claims for £38.6 million in extra costs")
CLAIM_STEMS = set(tokens("claim claims claimed"))
CHARGED = set(tokens("charge charges charged charging"))
# compensation is what a court or tribunal awards ("was awarded £86,400 by the tribunal"; not a fund's grant)
COMPENSATION_STEMS = set(tokens("compensation damages"))
AWARDED = set(tokens("award awards awarded"))
JUDGING = set(tokens("tribunal tribunals court courts judge jury ombudsman"))
# "... by the time of the flotilla protest", "... when the torc was stolen": a time told by an event
# "How old was he by then?", "... at the time?": the time of the last answer
THEN_ASKED = re.compile(r"\b(?:by\s+then|by\s+that\s+time|at\s+the\s+time|at\s+that\s+(?:time|point|stage)|then)\s*\?", re.I)
EVENT_TIME = re.compile(r"\b(?:by the time(?: of)?|at the time of|when|while)\s+([^,;?]+)", re.I)
MAJORITY_ASKED = re.compile(r"\bmajority\b", re.I)
# an amount of a stuff or a thing, with its unit: "9 metres", "38,000 tonnes", "4,000 pints", "12 acres"
MEASURED = re.compile(r"\b\d[\d,.]*\s*(?:(?:million|billion|thousand|m|bn)\s+)?(?:(?:square|cubic)\s+)?(?:met(?:re|er)s?|kilomet(?:re|er)s?|km|miles?|feet|foot|ft|"
                      r"yards?|inches|cm|mm|tonnes?|tons?|kilo(?:gram)?s?|kg|litres?|liters?|gallons?|pints?|barrels?|"
                      r"acres?|hectares?)\b", re.I)
# a body told of by what it has: "the company's managing director", "its chairman"
BODY_POSSESSIVE = re.compile(r"\b(?:the\s+(?:company|firm|group|business|contractor|operator|developer|owner|charity|trust)['’]s|its)"
                             r"\s+((?:[\w-]+\s+)?[\w-]+)", re.I)
# "How many votes did she get?": a total, not the margin a win is told by ("won the division by 614 votes")
VOTES_GOT = re.compile(r"^\W*how many\s+(?:[\w-]+\s+)?votes\s+(?:did|does|has|had|will)\b(?!.*\b(?:majority|margin)\b)", re.I)
VOTES_TOLD = re.compile(r"(?<![\w-])(\w+)\s+(?:\d[\d,]*|" + "|".join(_NUMBER_WORDS[:20]) +
                        r")\s+(?:[\w]+-(?:preference|round)\s+)?votes\b", re.I)
MAJORITY_TOLD = re.compile(r"\bmajorit(?:y|ies)\b|\bby\s+(?:a\s+)?(?:\d[\d,]*|[a-z]+)\s+votes?\b", re.I)
# the work a deed was part of, and who did it: "... as part of a refurbishment carried out by the contractor X"
WORK_DONE_BY = re.compile(r"^[^;]*?\b(?:carried\s+out|undertaken|done|delivered)\s+by\s+(?:the\s+(?:[a-z]+\s+){0,2})?[A-Z]")
PAID_FOR = re.compile(r"\b(?:pay|paid|pays|paying)\s+(?:[\w’'-]+\s+){0,4}?for\b", re.I)  # "pay for the ground": buying it
# "How much do I have to pay ...?", "what does an adult pay ...?": a price, paid by whoever asks or by any one
USER_PAYS = re.compile(r"\b(?:do|does|did|will|would|should)\s+(?:I|you|we|people|residents|households|customers|users|"
                       r"visitors|passengers|an?\s+(?:[a-z]+\s+)?[a-z]+)\s+(?:have\s+to\s+|need\s+to\s+|now\s+)?pay\b", re.I)
PRICE_TOLD = re.compile(r"\b(?:costs?|costing|charged?|charges|priced?|fee|fees)\b", re.I)
# a sum that is the price something was sold or bought for ("was sold in 2011 for £415,000")
SALE_PRICE = re.compile(r"\b(?:sold|bought|buy|sell|sells|purchased|acquired)\b[^.;]{0,60}?\bfor\s+(?:about\s+|around\s+|just\s+"
                        r"(?:over|under)\s+)?[£$€]\s?\d[\d,.]*(?:\s?(?:m|bn|k|million|billion))?$", re.I)
PAY_STEMS = set(tokens("pay paid"))
PURCHASE = set(tokens("buy buys bought sold sell sells sale purchase purchased takeover acquisition acquired buyout"))
OUTCOME_CLAUSE = re.compile(r",\s+and\s+|;\s+|,\s+but\s+|\s+but\s+|,\s+while\s+|,\s+whereas\s+")  # (clauses of a sentence)
SUM_CLAUSE = re.compile(r",\s+but\s+|;\s+|\s+but\s+|,\s+while\s+|,\s+whereas\s+")  # clauses a sum may stand in
SPENT_ON = re.compile(r"\b(?:spend|spent|spending|spends)\s+(?:on\s+|(?=[a-z]+ing\s))([^?.;,]+?)(?=\s+(?:after|before|when|while|since|"
                      r"until|because|once|in|during|by)\b|[?.;,]|$)", re.I)  # (what it went on, not when)
WHO_SAID = re.compile(r"^\W*(?:and\s+|so\s+|but\s+)?who\s+(said|says|told|warned|claimed|admitted|argued|insisted|"
                      r"described|called|complained|promised|added)\b", re.I)
SPOKEN = re.compile(r"\b(he|she|they)\s+(said|says|added|told|warned)\b|^[\"“‘']|[\"”’']\s*$", re.I)
PERSON_PRONOUN = re.compile(r"\b(he|she|him|her|his|hers)\b", re.I)
SAID_THAT = re.compile(r"^\W*(and\s+)?who\s+(said|says|wrote|claimed|told us|added|stated|made)\s+(that|this|it|so)"
                       r"(\s+(claim|remark|comment|point))?\W*$", re.I)
# "What happened next?", "What happened to her after that?", "How did it end?": the next (or the last) event
NEXT_EVENT = re.compile(r"^\W*(?:and\s+|so\s+|but\s+|then\s+)?(?:what\s+(?:happened|came|followed)(?:\s+to\s+(?:him|her|it|"
                        r"them|that|this|those|the\s+[\w\s'’-]+?))?\s+(?P<next>next|then|after(?:\s+(?:that|this))?|"
                        r"afterwards?|later|(?P<end>in\s+the\s+end|eventually|finally))|how\s+did\s+(?:it|that|this|they|"
                        r"the\s+[\w\s'’-]+?)\s+(?P<ended>end|turn\s+out))\s*\??\s*$", re.I)
HAPPENED_TO = re.compile(r"^\W*what\s+happened\s+to\s+(?P<who>(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+))*)\s+"
                         r"(?:next|then|afterwards?|after\s+that|later|in\s+the\s+end|eventually)\s*\??\s*$", re.I)
NEXT_CUE = re.compile(r"\b(next|then|after that|afterwards|else|other|another|more|further|also|continue|go on|added)\b", re.I)

# weights of the sentence score and the refusal thresholds
W_DENSE, W_LEX, W_PASSAGE, W_KIND, W_NAMES = 0.45, 0.35, 0.12, 0.12, 0.10
MIN_DENSE_ALONE = 0.52     # meaning alone is enough to answer above this
CLEAR_DENSE = 0.65         # a passage this close is the one about the question: if it lacks what is asked, a far
                           # weaker one that has a date or a name is no answer either
MIN_DENSE, MIN_LEX = 0.30, 0.30
CARRIED_SHARE = 0.85      # a follow-up's own words, matched alone, count this much of a full match
MIN_SUPPORT = 0.48         # dense + lexical below this is too weak to quote
FEW_WORDS = 0.25           # a lexical score below this share of another quote's is off the point beside it
UNKNOWN_DENSE_MAX = 0.70   # above this the meaning matches even if a question word is new to the corpus
SECOND_RATIO = 0.85
LOOSE_FIGURE_LEX = 0.15    # a sum not called what the question calls it must share this much of the question's words
ACTS_RATIO = 0.5           # a name beside the post asked about ("has run the airfield") against a lead with no name
NOW_RATIO = 0.85           # what is so "now" is told by the newest article among sentences this close to the best
LIST_RATIO = 0.7           # a sentence near the lead with this share of its score tells another item of a list
LIST_REACH = 2             # (sentences after the lead)
ROLE_SYNONYM_MIN = 0.55
RARE_DENSE_MAX = 0.5       # below this, a passage that names a rare name but nothing asked about it is no answer
SUM_NOUN_MIN = 0.45        # the noun a sum is told of ("a £38.6 million contract") is the one asked ("the deal")
SORT_MIN = 0.6             # a word this near in meaning tells the sort of body asked ("Construction": "building")
SYNONYM_MIN = 0.5          # a question word counts as present if a word this close (cosine) is in the quote
TITLE_PENALTY = 0.10
AGENT_BONUS = 0.08
# one who does something, called so beside their name: "Its organiser, Maureen Iddon", "the buyer, Harbrook"
AGENT_NAMED = re.compile(r"\b([a-z]{3,}(?:er|or))s?,?\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]+")
ORG_PENALTY = 0.06
PEOPLE = {"people", "persons", "individuals"}  # "how many people work there" is answered by "9,400 staff"
PEOPLE_SYNONYM_MIN = 0.35
# "how many people live in Thrapley?": a population, counted only as residents
LIVING_ASKED = re.compile(r"\bhow many\s+(?:people|persons|residents|inhabitants)\s+(?:now\s+|still\s+|actually\s+)?"
                          r"(?:live|lived|living|reside|resided)\s+(?:in|on|at)\b", re.I)
RESIDENTS = {"residents", "inhabitants", "villagers", "islanders", "townspeople", "townsfolk", "population"}
DERIVED = ("ment", "ments", "ion", "ions", "al", "er", "ers")
NEXT_TOPIC_MIN, NEXT_SAME_MAX = 0.25, 0.85  # "what happened next": on the same subject, not the same event again
NEXT_STORY, NEXT_PER_YEAR = 0.15, 0.15  # what came next: told next in the same story; soon after
NEXT_ARTICLES = 4          # the articles written after the last answer's that are read for what came next
COUNT_SYNONYM_MIN = 0.6    # "how many children" is answered by "19 youngsters", not by "30 June"


@dataclass
class Candidate:
    source: str
    start: int
    end: int
    text: str
    index: int = 0  # its position in the article's sentence list
    dense: float = 0.0
    lex: float = 0.0
    passage: float = 0.0
    kind_ok: bool = True
    names: float = 0.0  # share of the question's names and years in this sentence (or the one before)
    score: float = 0.0
    covered: set[str] = field(default_factory=set)


@dataclass
class Draft:
    answer: str
    citations: list[Citation]
    refused: bool = False
    refusal_reason: str | None = None
    nearest: Citation | None = None
    weak: bool = False  # refused only because the evidence was weak (a part of the question may still be answered)


class ExtractiveAnswerer:
    def __init__(self, store: Store):
        self.store = store
        self._tok_cache: dict[tuple[str, int, int], set[str]] = {}
        self._word_cache: dict[str, np.ndarray] = {}
        self._dated: dict[str, tuple[int, int]] = {}
        self._pub_years: set[str] = set()
        self._ahead: set[str] = set()  # (articles that speak of the year after their own)
        self._dated_key = None

    # ------------------------------------------------------------------ scoring
    def _around(self, c: Candidate, before: int = 1, after: int = 1) -> tuple[int, int]:
        """The span from `before` sentences ahead of the candidate to `after` sentences past it."""
        sents = self.store.get_article(c.source).sentences
        return sents[max(0, c.index - before)][0], sents[min(len(sents) - 1, c.index + after)][1]

    def _toks(self, art: StoredArticle, a: int, b: int) -> set[str]:
        key = (art.sha256, a, b)
        got = self._tok_cache.get(key)
        if got is None:
            got = set(tokens(art.text[a:b]))
            if len(self._tok_cache) > 200_000:
                self._tok_cache.clear()
            self._tok_cache[key] = got
        return got

    def candidates(self, q: QuestionInfo, retrieval: Retrieval, prefer: set[str],
                   quoted: set[tuple[str, int]] = frozenset(), spent: set[tuple[str, int]] = frozenset()
                   ) -> list[Candidate]:
        """`quoted`: sentences the last answer gave; `spent`: the one that answered the other part of this question."""
        kw = self.store.keyword_index()
        names = {t for e in q.entities for t in tokens(e)}
        # a question's names often stand as pronouns in the answering sentence: they weigh half
        weights = {t: kw.idf(t) * (0.5 if t in names else 1.0) for t in set(q.content)}
        # "in the 1970s" is matched by a sentence that names 1978 (a decade weighs as a question word does)
        decades = [int(d) for d in DECADE.findall(q.text)]
        decade_w = max(weights.values(), default=1.0) if decades else 0.0
        total = (sum(weights.values()) + decade_w) or 1.0
        # a follow-up carries the last turn's words in brackets: a sentence holding the words the user
        # typed ("did the police arrest anybody?") is not diluted by the carried ones
        carried = QUESTION_CARRY.search(q.text)
        typed = {t for t in tokens(q.text[:carried.start()]) if t in weights and not YEAR.fullmatch(t)
                 } if carried else set()
        if len(typed) < 2:
            typed = set()  # "and in 2021?", "when did it open?": too few words of its own to stand alone
        typed_total = sum(weights[t] for t in typed) or 1.0
        top = retrieval.passages[0].score if retrieval.passages else 1.0
        best: dict[tuple[str, int], Candidate] = {}
        for p in retrieval.passages:
            art = self.store.get_article(p.source)
            if art is None:
                continue
            spans, vecs = self.store.sentence_vectors(p.source)
            starts = {int(s): i for i, s in enumerate(spans[:, 0])} if len(spans) else {}
            sents = art.sentences
            for si, (a, b) in enumerate(sents):
                if b <= p.start or a >= p.end:
                    continue
                key = (p.source, a)
                if key in best:
                    best[key].passage = max(best[key].passage, p.score / top)
                    continue
                vi = starts.get(a)
                dense = float(vecs[vi] @ retrieval.vector) if vi is not None else 0.0
                own = self._toks(art, a, b)
                prev = self._toks(art, *sents[si - 1]) if si > 0 else set()
                covered = _covered(weights.keys(), own)
                if names and REFERS_BACK.match(art.text[a:b]):
                    # "It employs 212 people": "it" is a body a sentence or two before names (its name counts)
                    back = set().union(*(self._toks(art, *sents[j]) for j in range(max(0, si - 3), si)))
                    covered |= _covered(names & weights.keys(), back)
                in_decade = decade_w if decades and any(d <= int(y) <= d + 9 for d in decades
                                                        for y in YEAR.findall(art.text[a:b])) else 0.0
                lex = (sum(weights[t] for t in covered) + in_decade) / total
                lex_ctx = (sum(weights[t] for t in _covered(weights.keys(), own | prev)) + in_decade) / total
                if typed:
                    lex = max(lex, CARRIED_SHARE * sum(weights[t] for t in _covered(typed, own)) / typed_total)
                text = art.text[a:b]
                if instruction_like(text) or DATELINE.match(text):
                    continue  # text written to steer a chatbot, or the page's date line, is never an answer
                c = Candidate(p.source, a, b, text, index=si, dense=dense, lex=max(lex, 0.85 * lex_ctx),
                              passage=p.score / top, covered=covered,
                              kind_ok=has_kind(q.kind, text, q) or age_of_named_before(text, prev, q)
                              or (q.kind == "role" and bool(post_of_named_before(text, prev, q))))
                best[key] = c
        # the question's names and years, each weighted by how rare it is in the corpus
        needed = [(n, max(kw.idf(t) for t in n)) for n in
                  [set(tokens(e)) for e in q.entities] + [{y} for y in q.years] if n]
        asks_person = q.kind == "who" and not ASKS_ORG.search(q.text)
        # "Who organised the petition?": "Its organiser, Maureen Iddon," names the one who did what was asked
        did_m = (WHO_DID.match(q.text) or WHICH_DID.match(q.text)) if q.kind == "who" else None
        did = {_family(t) for t in tokens(did_m.group(1))} if did_m else set()
        # (or its like, after a name and "who": "Susan Fenwick, who as the trust's director pledged in 2010 ..." for
        # "who promised ...?")
        did_like = did | {_family(t) for r in lexicon().related(did_m.group(1).lower()) if " " not in r
                          for t in tokens(r)} if did_m else set()
        for c in best.values():
            if needed:  # the question's names and dates in the sentence itself (or the one before)
                near = self._toks(self.store.get_article(c.source), *self._around(c, 1, 0))
                c.names = sum(w for n, w in needed if (self._year_here(c, next(iter(n)), near) if len(n) == 1 and
                              YEAR.fullmatch(next(iter(n))) else n <= near)) / (sum(w for _, w in needed) or 1.0)
            c.score = (W_DENSE * c.dense + W_LEX * c.lex + W_PASSAGE * c.passage + W_KIND * (1.0 if c.kind_ok else 0.0)
                       + W_NAMES * c.names)
            if len(c.text.split()) < 5:
                c.score -= 0.12  # headings and fragments rarely answer anything
            art = self.store.get_article(c.source)
            if art.sentences and c.start == art.sentences[0][0]:
                c.score -= TITLE_PENALTY  # the headline sums up; a sentence of the article answers
            if c.source in prefer:
                c.score += 0.04
            if did and (any(_covered(did, set(tokens(m.group(1)))) for m in AGENT_NAMED.finditer(c.text)) or any(
                    {_family(t) for t in tokens(m.group(1))} & did for m in NAME_DOES.finditer(c.text)) or any(
                    {_family(t) for t in tokens(m.group(1))} & did_like for m in NAME_WHO_DID.finditer(c.text))):
                c.score += AGENT_BONUS  # ("Mereside Homes has agreed to buy the site": who bought it)
            if asks_person and not person_named(c.text, q):
                c.score -= ORG_PENALTY  # "who cut the ribbon?" is more likely a person than "Calderbrook Hospital"
            if (c.source, c.start) in quoted and not (q.kind in KIND_WORDS and q.kind != "money"
                                                      and c.kind_ok and not NEXT_CUE.search(q.text)
                                                      and not (q.kind == "role" and LEFT_FOR.search(q.text))) \
                    and not (NOW.search(q.text) and NOW.search(c.text)):
                c.score -= 0.10  # a follow-up wants something the last answer did not say (unless it holds
                # what is so now, asked now: "What's his involvement these days?" of "... and now sits on the panel";
                # the date or name now asked for: "Which trust is it merging with?" "When does that take effect?";
                # a sum the last answer gave is rarely the one asked next: "And what did it sell for?")
            if (c.source, c.start) in spent and q.kind in ("money", "count"):
                c.score -= 0.15  # "how much did it ask for, and how much did it get?": not the same sum twice
                if len(answer_spans(q.kind, c.text, q)) < 2 and not OUTCOME.search(q.text):
                    # (and a sentence with only the one figure the other part took has no other, unless this part
                    # asks what the same thing came to in the end: then the two parts are told apart by time)
                    c.score -= 0.15
        return sorted(best.values(), key=lambda c: -c.score)

    # ------------------------------------------------------------------ answering
    def _article_terms(self, source: str) -> set[str]:
        """Every token of the stored page, plus the years it was plausibly published in (and the year
        before, when it speaks of "last year" and its year is known)."""
        art = self.store.get_article(source)
        terms = set(self._toks(art, 0, len(art.text)))
        if art.years:
            terms |= {str(y) for y in range(art.years[0], art.years[1] + 1)}
            if art.years[1] - art.years[0] <= 1 and LAST_YEAR.search(art.text):
                terms.add(str(art.years[0] - 1))
            if source in self._told_ahead():
                terms.add(str(art.years[1] + 1))  # ("From 5 January, fares will rise" in November)
        return terms

    def _article_years(self) -> dict[str, tuple[int, int]]:
        """Each indexed article's plausible years of writing, by source, in source order (once per index)."""
        kw = self.store.keyword_index()
        if self._dated_key is not kw:
            arts = {s: self.store.get_article(s) for s in sorted({s for s, _, _ in kw.spans})}
            self._dated = {s: a.years for s, a in arts.items() if a is not None and a.years}
            # from the year before ("last summer") to its last plausible year
            self._pub_years = {str(y) for lo, hi in self._dated.values() for y in range(lo - 1, hi + 1)}
            # (and the year after, of an article that speaks of it: "next spring", "from January" in November)
            self._ahead = {s for s, a in arts.items() if a is not None and a.years
                           and tells_next_year(a.text, published(a.date, a.years))}
            self._pub_years |= {str(self._dated[s][1] + 1) for s in self._ahead}
            self._dated_key = kw
        return self._dated

    def _named_otherwise(self, entity: str) -> tuple[str, str] | None:
        """(the asked name, the name told) when the articles never give a name the question does ("the Wendham
        Half Marathon") but give its common words under another name ("the Kessington Half Marathon"); else None.
        Only for names whose last words are common nouns, not people's ("Dan Ashworth" for "Daniel Ashworth")."""
        parts = entity.split()
        head = parts[1:]
        if len(parts) < 2 or not all(lexicon().base_forms(w.lower(), "noun") for w in head) or \
                any(w.lower() in STOPWORDS for w in head):
            return None
        texts = self._all_texts()
        own = re.escape(re.sub(r"[’']s$", "", parts[0]))
        # (the name, with other words between: "Brantwick's Great Palm House" for "Brantwick's Palm House")
        if re.search(r"\b" + own + r"(?:[’']s)?\W+(?:[\w’'-]+\W+){0,3}?" + r"\s+".join(re.escape(w) for w in head) + r"\b",
                     texts):
            return None
        told = re.search(r"\b((?-i:[A-Z])[\w’'-]+)\s+" + r"\s+".join(re.escape(w) for w in head) + r"\b", texts)
        if not told or told.group(1).lower() in STOPWORDS:
            return None
        return entity, told.group(0)

    def _all_texts(self) -> str:
        """Every indexed article's text, one after another (once per index)."""
        kw = self.store.keyword_index()
        if getattr(self, "_texts_key", None) is not kw:
            arts = [self.store.get_article(s) for s in sorted({s for s, _, _ in kw.spans})]
            self._texts = "\n\n".join(a.text for a in arts if a is not None)
            self._texts_key = kw
        return self._texts

    def _told_ahead(self) -> set[str]:
        """The sources of the articles that speak of the year after their own (read once per index)."""
        self._article_years()
        return self._ahead

    def _publication_years(self) -> set[str]:
        self._article_years()
        return self._pub_years

    def _word_vectors(self, ws: list[str]) -> dict[str, np.ndarray]:
        cache = self._word_cache
        if len(cache) > 50_000:  # a long-running server meets new words for ever: start a fresh cache
            self._word_cache = cache = {}  # (replaced, not cleared, so a concurrent reader keeps its own)
        out = {w: cache[w] for w in dict.fromkeys(ws) if w in cache}
        todo = [w for w in dict.fromkeys(ws) if w not in out]
        if todo:
            for w, v in zip(todo, self.store.embeddings.embed_documents(todo)):
                out[w] = cache[w] = np.asarray(v, dtype=np.float32)
        return out

    def _unmatched(self, unknown_words: list[str], evidence: str, least: float = SYNONYM_MIN,
                   question: str = "") -> list[str]:
        """Question words that neither appear in the evidence nor have a synonym there: one WordNet
        gives (with the next word of the question, for "step down" or "came after"), or a word whose
        vector is at least `least` close."""
        ev = [w for w in dict.fromkeys(words(evidence)) if w not in STOPWORDS and len(w) > 2]
        if not ev:
            return unknown_words
        unknown_words = [u for u in unknown_words if not self._synonym_in(u, question, evidence)]
        if not unknown_words:
            return []
        vecs = self._word_vectors(unknown_words + ev)
        mat = np.stack([vecs[w] for w in ev])
        return [u for u in unknown_words if float((mat @ vecs[u]).max()) < least]

    def _synonym_in(self, word: str, question: str, evidence: str) -> bool:
        """Does the evidence use a WordNet synonym (or a narrower word) of `word` as the question uses it?"""
        lex = lexicon()
        if phrased(word.lower(), lex.lemmas(word), " ".join(words(evidence))):
            return True  # "annual": "a year"; "represent": "MP for"
        if not lex.available:
            return False
        keys = [word.lower()]
        nxt = re.search(r"\b" + re.escape(word) + r"\s+([a-z]+)\b", question, re.I)
        if nxt:
            keys.insert(0, f"{word.lower()}_{nxt.group(1).lower()}")
        ev_words = [w for w in words(evidence) if w not in STOPWORDS]
        forms = {f for w in ev_words for f in lex.lemmas(w)}
        # "retirement" speaks of retiring: a synonym with a derivational ending counts as well
        derived = {w[:-len(x)] for w in ev_words for x in DERIVED if w.endswith(x) and len(w) - len(x) >= 4}
        low = " ".join(words(evidence))
        for key in keys:
            for syn in lex.related(key):
                parts = syn.split()
                if len(parts) == 1:
                    if syn in forms or syn in derived or syn.rstrip("e") in derived:
                        return True
                elif re.search(r"\b" + re.escape(parts[0][:max(3, len(parts[0]) - 2)]) + r"\w*\s+"
                               + r"\s+".join(re.escape(p) for p in parts[1:]) + r"\b", low):
                    return True
        return False

    def answer(self, q: QuestionInfo, retrieval: Retrieval, previous: list[Citation] | None = None,
               asked: str | None = None, avoid: list[Citation] | None = None, _whole: bool = False,
               part: bool = False, before: int | None = None, within: list[str] | None = None) -> Draft:
        """`q` is the standalone question; `asked` what the user typed (names it holds must be answered);
        `avoid` quotes already given for another part of the same question (`part`: this is one part of a
        two-part question; `_whole`: the articles of the year asked about were added to what was retrieved;
        `before`: only articles written before that year may answer; `within`: only these articles may)."""
        previous = previous or []

        def reread(years: list[str], after: bool = False) -> Draft | None:
            """The answer again, with the articles written in those years read whole (once: None when that was
            done already or adds nothing)."""
            wider = retrieval if _whole else self._with_articles_of(years, retrieval, after=after)
            return None if wider is retrieval else \
                self.answer(q, wider, previous, asked, avoid, _whole=True, part=part, before=before, within=within)
        if (before is not None or within is not None) and retrieval.passages:
            # (the articles allowed are read whole, and only they may answer)
            dated = self._article_years()
            allowed = {s for s, (lo, hi) in dated.items()
                       if (before is None or hi < before) and (within is None or s in within)}
            retrieval = self._with_articles_of([str(dated[s][0]) for s in allowed], retrieval)
            retrieval = replace(retrieval, passages=[p for p in retrieval.passages if p.source in allowed])
        if q.injection:
            return self._refuse("The question asks me to set aside or reveal my instructions. I only answer "
                                "questions about the articles, by quoting them.", None)
        if not retrieval.passages:
            return self._refuse("No articles are indexed yet, so there is nothing to quote.", None)

        kw = self.store.keyword_index()
        pub_years = self._publication_years()
        q.entities = _known_names(q.entities, q.text, kw.page_vocab)
        # (a name only the earlier turns carried, in brackets, was weighed when it was asked: "(Covid, shut)"
        # for "how much did it lose?" when the articles say "the pandemic")
        carry = QUESTION_CARRY.search(q.text)
        typed = q.text[:carry.start()] if carry else q.text
        typed_entities = [e for e in q.entities if not carry or e in typed]
        if carry and NOW.search(typed):
            # "And what happens to the scheme now?" after a question of 2021: now, not the earlier question's year
            q.years = [y for y in q.years if y in typed]
        missing = [e for e in typed_entities if not all(t in kw.page_vocab for t in tokens(e))]
        missing += [y for y in q.years if y not in kw.page_vocab and y not in pub_years]
        if len(set(q.years)) >= 2:  # a comparison across years reads every article of those years
            # (and what the next year's articles say of "last year")
            retrieval = self._with_articles_of(q.years, retrieval, after=True)
        elif q.years and q.kind in ("count", "money"):
            # "How many people worked there in 2021?": a figure of that year is most often in that year's
            # article, which retrieval may have passed over for another's words ("The workforce stands at 2,210")
            dated = self._article_years()
            if not any(p.source in dated and dated[p.source][0] <= int(q.years[0]) <= dated[p.source][1]
                       for p in retrieval.passages):
                # (and, when no article was written that year, what the next year's say of "last year")
                none_then = not any(lo <= int(q.years[0]) <= hi for lo, hi in dated.values())
                retrieval = self._with_articles_of(q.years, retrieval, after=none_then)
        elif q.kind == "role" and NOW.search(typed) and len(typed_entities) == 1 and len(typed_entities[0].split()) >= 2:
            # "What does Rosalind Pryce do now?": the newest article that names her is read whole (retrieval
            # may pass over "Ms Pryce, 58, has been head of policy at ..." for sentences that name her in full)
            dated = self._article_years()
            surname = re.compile(r"\b" + re.escape(typed_entities[0].split()[-1]) + r"\b")
            naming = [s for s in dated if surname.search(self.store.get_article(s).text)]
            if naming:
                retrieval = self._with_articles_of([str(dated[max(naming, key=lambda s: dated[s][1])][1])], retrieval)
        cands = self.candidates(q, retrieval, {c.source for c in previous},
                                {(c.source, a) for c in previous[:1] + (avoid or []) for a, _ in self._sentences_in(c)},
                                {(c.source, a) for c in (avoid or [])[:1] for a, _ in self._sentences_in(c)})
        if not cands:
            return self._refuse("The articles hold no passage close enough to the question.", None)
        typed_text = asked if asked is not None else q.text
        later = AFTER_YEAR.search(typed_text) or PERIOD_AFTER.search(typed_text)
        newest = max((y for _, y in self._article_years().values()), default=None)
        if later and newest is not None and int(later.group(1)) >= newest:
            # "the next inspection after 2022" when the newest article is of 2022: nothing can say
            return self._refuse(f"The newest article is from {newest}, so they cannot say what came after "
                                f"{later.group(1)}.", cands[0])
        if missing:
            return self._refuse(f"None of the articles mentions {_list(missing)}.", cands[0])
        other = next((o for e in typed_entities if (o := self._named_otherwise(e))), None)
        if other:
            # "the Wendham Half Marathon", asked where the articles tell only of the Kessington Half Marathon
            return self._refuse(f"The articles speak of {other[1]}, not {other[0]}.", cands[0])

        # the names and years the question depends on should appear in the cited article
        needed = [set(tokens(e)) for e in q.entities] + [{y} for y in q.years]
        if needed:
            cover = {c.source: sum(1 for n in needed if n <= self._article_terms(c.source)) for c in cands[:16]}
            best_cover = max(cover.values())
            if best_cover == 0 and typed_entities != q.entities and not q.years and \
                    not any(set(tokens(e)) <= self._article_terms(c.source) for e in typed_entities for c in cands[:16]):
                best_cover = 1  # only names the earlier turns carried are missing: the passage may say it otherwise
            if best_cover == 0 and len(set(q.years)) == 1 and (again := reread(q.years, after=True)) is not None:
                # "how many visitors in 2012?" when only the 2013 article says "last year": read the articles
                # of that time before saying none covers it
                return again
            if best_cover == 0:
                return self._refuse(f"The articles never mention {_list(q.entities + q.years)} in a passage "
                                    "that answers this.", cands[0])
            for c in cands:
                c.score -= 0.08 * (best_cover - cover.get(c.source, 0))
                years = self.store.get_article(c.source).years
                if years and any(years[0] <= int(y) <= years[1] for y in q.years):
                    c.score += 0.08  # "in 2016" usually means the article of 2016
                elif years and any(int(y) == years[0] - 1 for y in q.years) and (
                        LAST_YEAR.search(c.text) or (not YEAR.search(c.text)
                                                     and LAST_YEAR.search(self._previous_sentence(c)))):
                    c.score += 0.08  # or what the next year's article says of "last year" (or, naming no year of
                    # its own, the sentence just before)
            cands.sort(key=lambda c: -c.score)

        own = asked if asked is not None else QUESTION_CARRY.sub("", q.text)
        purchase_asked = PURCHASE & set(tokens(own))  # ("What did it pay to buy the business?", "who bought it?")
        units_asked = asked_measure(own)  # ("how fast": knots or mph; "how long is the slipway?": metres)
        own_entities = _known_names(find_entities(own), own, kw.page_vocab)
        own_names = {t for e in own_entities for t in tokens(e)}
        if previous and FOLLOW_PRONOUN.search(own) and not own_entities and not PERSON_PRONOUN.search(own):
            # "when did it open?": "it" is what the last answer was about, so its neighbourhood comes first
            last = previous[0]
            at = self._sentence_of(last)
            if at is not None:
                for c in cands:
                    if c.source == last.source and abs(c.index - at) <= 4:
                        c.score += 0.05
                cands.sort(key=lambda c: -c.score)

        if previous and SAID_THAT.match(own):
            # "Who said that?": the speaker of the last quote, named in it or a sentence either side
            spoken = self._speaker(previous[0], q)
            if spoken is not None:
                return self._compose(q, [spoken])

        # "Who replaced Ravi Menon?": the one a sentence says took over from him, not the one he took over from
        handover = REPLACED_WHOM.match(QUESTION_CARRY.sub("", q.text)) if q.kind == "who" else None
        if handover:
            backward = handover.group("did") is not None  # "who did he replace?": the one before
            named = handover.group("name_b") or handover.group("name_f") or handover.group("name_a")
            told = [(c, s) for c in cands[:20] for s in successions(c.text, self._naming_before(c))]
            ahead = [(c, s) for c, s in told if same_person(s.new if backward else s.old, named)]
            # "... from Alasdair Munro as transport minister": not "succeeded Alasdair Munro as council leader"
            asked_post = AS_POST.match(QUESTION_CARRY.sub("", q.text)[handover.end():])
            if asked_post and ahead:
                def told_post(c: Candidate, s) -> str:  # the post the sentence says was handed over
                    m = re.search(re.escape(s.old.split()[-1]) + r"\b" + AS_POST.pattern, c.text, re.I)
                    return m.group(1) if m else ""
                posts = [told_post(c, s) for c, s in ahead]
                fits = [(c, s) for (c, s), post in zip(ahead, posts)
                        if not post or set(tokens(post)) & set(tokens(asked_post.group(1)))]
                if not fits:
                    c, s = ahead[0]
                    return self._refuse(f"The articles say {s.new} took over from {s.old} as {posts[0]}, "
                                        f"not as {asked_post.group(1)}.", c)
                ahead = fits
            if ahead:
                c, s = ahead[0]
                return self._compose(q, [c], key=[s.old if backward else s.new])
            behind = [(c, s) for c, s in told if same_person(s.old if backward else s.new, named)]
            if behind:  # only the other way round: "Ravi Menon, who succeeded Catherine Ling"
                c, s = behind[0]
                return self._refuse(f"The articles say {s.new} took over from {s.old}, but not who "
                                    f"{'came before ' + s.old if backward else 'replaced ' + s.new}.", c)

        elif q.kind == "who" and BECAME.match(own) and q.years:
            # "Who became its chief executive in 2022?": a sentence of that year that says someone took over
            # from someone ("Mr Ellery took over in September 2022 after Karen Abbot stepped down")
            for c in cands[:10]:
                told = successions(c.text, self._naming_before(c)) \
                    if c.score >= 0.6 * cands[0].score and all(y in c.text for y in q.years) else []
                if told:
                    return self._compose(q, [c], key=[told[0].new])

        # continuity: "what happened next?" is the first later event on the same subject; "what did she say
        # next?" reads on from the last quote
        continued = False
        event = NEXT_EVENT.match(own.strip()) if previous else None
        nxt = self._next_event(previous, cands, q, last=bool(event["end"] or event["ended"])) if event else None
        if nxt is not None:
            cands = [nxt] + [c for c in cands if (c.source, c.start) != (nxt.source, nxt.start)]
            continued = True
        elif previous and NEXT_CUE.search(q.text):
            last = previous[-1]
            quoted = {(c.source, c.start) for c in previous}
            after = [c for c in cands if c.source == last.source and c.start >= last.end and (c.source, c.start) not in quoted]
            if after:
                nxt = min(after, key=lambda c: c.start)
                if nxt.score >= 0.6 * cands[0].score:
                    cands = [nxt] + [c for c in cands if c is not nxt and (c.source, c.start) not in quoted]
                    continued = True

        happened = HAPPENED_TO.match(own.strip()) if not continued else None
        if happened and cands:
            # "What happened to Darren Fell afterwards?": what the sentence after the one about him says he did
            # or had done to him ("He was dismissed by Corvane in January 2010.")
            top = cands[0]
            art = self.store.get_article(top.source)
            if tokens(happened.group("who"))[-1:] and set(tokens(happened.group("who"))[-1:]) <= set(tokens(top.text)) \
                    and art is not None and top.index + 1 < len(art.sentences):
                a, b = art.sentences[top.index + 1]
                if re.match(r"(?:He|She|They)\s+(?:was|were|had|has|have|is|later|then|went|left|became|joined|"
                            r"resigned|retired|died|moved)\b", art.text[a:b]):
                    nxt = Candidate(top.source, a, b, art.text[a:b], index=top.index + 1, score=top.score)
                    return self._compose(q, [top, nxt])  # (quoted after the one that says who "he" is)

        # (a sentence moved ahead for its time must name them; "Miss Dunn" is named as "Kayleigh Dunn")
        names = {t for e in q.entities for t in tokens(e)} - PERSON_TITLES
        if not continued and not q.years and NOW.search(own):
            # "What position does he hold now?": of the sentences as much about it, the newest article's
            dated = self._article_years()
            top = cands[0]
            # (a count of what is asked, by a newer article, in fewer of the question's words: "membership of the
            # society had reached 646" in 2024, after "The society now has 503 members" in 2020)
            counted_now = counted_words(q.text) if q.kind == "count" else []
            # (or a post, told by a newer article of the person by title and surname: "Ms Pryce, 58, has been head
            # of policy at the national charity Active Places UK since 2022", for "What is Rosalind Pryce doing for
            # a living now?", after "Councillor Rosalind Pryce, who became deputy leader of the council in 2015")
            fresh = [c for c in cands[:10] if (c.score >= NOW_RATIO * top.score or (
                         counted_now and c.score >= 0.6 * top.score and self._counts(counted_now, c.text, q)) or (
                         q.kind == "role" and c.kind_ok and c.score >= 0.6 * top.score and self._titled(q.entities, c)))
                     and c.source in dated
                     and (q.kind not in KIND_WORDS or c.kind_ok or not top.kind_ok)
                     and (_names_all(q.entities, c.text) or self._titled(q.entities, c) or (
                          q.kind == "role" and c.kind_ok and not answer_spans("role", c.text, replace(q, entities=[]))
                          and _names_all(q.entities, self._previous_sentence(c))))
                     and dated[c.source] > dated.get(top.source, dated[c.source])]
            if fresh:
                newest = max(fresh, key=lambda c: (dated[c.source], _names_all(q.entities, c.text)))
                cands = _ahead(newest, cands)
            else:
                # of one article, the sentence that says what is so now, of the one asked about ("He has since
                # returned to the zoo, where he now works in the birds section", after a sentence naming Mr Breary)
                surnames = {tokens(e)[-1] for e in q.entities if tokens(e)}

                def of_them(c: Candidate) -> bool:
                    return names <= set(tokens(c.text)) or bool(
                        CONNECTIVE.match(c.text) and surnames and surnames <= set(tokens(self._previous_sentence(c))))
                told_now = [c for c in cands[1:5] if NOW.search(c.text) and c.source == top.source
                            and c.score >= 0.6 * top.score and of_them(c)
                            and (c.dense > top.dense or (q.kind == "role" and c.kind_ok and not NOW.search(top.text)))]
                if told_now and not NOW.search(top.text):
                    cands = _ahead(told_now[0], cands)

        after = NAMED_AFTER.search(own) if not continued else None
        if after:
            # "What ended up being named after Margaret Ellwood?": a thing that bears her name ("Named the Ellwood
            # Learning Centre after the former curator"), not a sentence nearer in words that only names her
            bears = re.compile(r"\b(?:named|called|renamed|memory|honour|honor)\b", re.I)
            named_for = re.compile(r"\b" + re.escape(after.group(1).split()[-1]) + r"(?:[’']s)?\s+(?-i:[A-Z][a-z]+)")

            def bears_name(c: Candidate) -> bool:
                return bool(bears.search(c.text) and named_for.search(c.text))
            if cands and not bears_name(cands[0]):
                alt = next((c for c in cands[1:15] if c.score >= 0.4 * cands[0].score and bears_name(c)), None)
                if alt is not None:
                    cands = _ahead(alt, cands)

        if not continued and q.kind == "role" and len(q.entities) == 1 and cands and self._is_person(q.entities[0], cands) \
                and self._opens_with_another(cands[0], q.entities[0]):
            # "What is Rosalind Pryce doing for a living now?": a post of hers, not the one of the man the sentence
            # is about ("Gary Stannard, who won Ashgrove from Rosalind Pryce in 2021 ..., now chairs the council's
            # transport scrutiny committee"); the newest article's, when what is so now is asked
            top = cands[0]
            hers = [c for c in cands[1:15] if c.kind_ok and c.score >= 0.6 * top.score
                    and not self._opens_with_another(c, q.entities[0])
                    and (_names_all(q.entities, c.text) or self._titled(q.entities, c))]
            if hers:
                dated = self._article_years()
                if NOW.search(own) and not q.years:
                    hers.sort(key=lambda c: -dated.get(c.source, (0, 0))[1])
                cands = _ahead(hers[0], cands)

        post_asked = WHO_HELD.match(own) if q.kind == "who" else None
        for_time = None  # (a sentence moved ahead for the time it tells of)
        # (a figure told again in later articles, "has now paid for 61 defibrillators", then "94": the one told
        # at the time asked, "by the time the base opened")
        measured = q.kind in ("count", "money") and not ASKS_AGE.search(q.text)
        timed = EVENT_TIME.search(own) if not continued and not q.years and (
            q.kind in ("role", "count", "money") or post_asked) else None
        if timed:
            # "What job did Alasdair Munro have by the time of the flotilla protest?": the post told in the article
            # that tells of the event, before one told in another year's
            # ("when she passed away": when she died)
            event_said = re.sub(r"\bpass(?:ed|es)?\s+(?:away|on)\b", "died", timed.group(1), flags=re.I)
            said = {t for w in words(event_said) if w not in STOPWORDS for t in tokens(w) if t not in own_names}
            # (a word of the event, or a synonym of its verb: "rejected" is told as "refused")
            alike = {t: {t} | {s for w in words(event_said) if t in tokens(w) and t not in GENERIC and lexicon().mainly_verb(w)
                               for r in lexicon().related(w) if " " not in r for s in tokens(r)} for t in said}

            def told(src: str) -> set[str]:
                return {t for t in said if alike[t] & self._article_terms(src)}
            cover = {src: len(told(src)) for src in dict.fromkeys(c.source for c in cands[:20])}
            best = max(cover.values(), default=0)
            where = [src for src, n in cover.items() if n == best]
            if len(where) > 1:
                # of articles that say as many of its words, the one saying its rarest ("administration", in
                # one article, tells the event more than "group", in all)
                seen = {t: sum(1 for src in cover if t in told(src)) for t in said}
                rare = {src: sum(1 / seen[t] for t in told(src)) for src in where}
                top = max(rare.values())
                where = [src for src in where if rare[src] == top]
            dated = self._article_years()
            if len(where) > 1 and all(src in dated for src in where) and \
                    (post_asked or measured or cover.get(cands[0].source, 0) * 3 < len(said) * 2):
                # (still more than one, and the first sentence's article hardly tells of it: the first to
                # tell of it, the others looking back; not one written before it, that tells it as to come:
                # "the marina would open in 2020" for "by the time the marina opened")
                done = [w for w in words(event_said) if _verb_form(w)]

                def ahead(src: str) -> bool:
                    text = self.store.get_article(src).text
                    return bool(done) and all(
                        not re.search(r"\b" + re.escape(w) + r"\b", text, re.I) and any(
                            re.search(r"\b(?:will|would|could|should|due to|set to|expected to|is to|are to|plans? to)\s+"
                                      r"(?:[a-z]+\s+)?" + re.escape(b) + r"\b|\b" + re.escape(b.rstrip("e")) + r"ing\b", text, re.I)
                            for b in lexicon().base_forms(w, "verb")) for w in done)
                where = [min([src for src in where if not ahead(src)] or where, key=lambda src: dated[src])]
            post_held = _post_forms(post_asked.group(1)) if post_asked else set()

            def holds(c: Candidate) -> bool:  # the post itself, not a deputy's or a group's ("deputy leader",
                # "The leader of the opposition Labour group")
                for m in re.finditer(r"[\w’'-]+", c.text):
                    before = words(c.text[max(0, m.start() - 20):m.start()])
                    # (and someone named: not "what their leader called a 'hammer blow'", but "Mr Tillott, 54, who
                    # has run the airport")
                    if set(tokens(m.group(0))) & post_held and not (before and before[-1] in UNDER_POSTS) \
                            and not GROUP_OF.match(c.text, m.end()) \
                            and (re.search(TITLE + r"[A-Z]", c.text[max(0, m.start() - 40):m.end() + 40])
                                 or any(max(0, a - m.end(), m.start() - b) <= 50 for a, b in answer_spans("who", c.text, q))):
                        return True
                return False
            aged = q.kind == "count" and bool(ASKS_AGE.search(q.text))
            surnames = {tokens(e)[-1] for e in q.entities if tokens(e) and self._is_person(e, cands[:10])} if aged else set()
            if aged and said and len(where) == 1 and surnames and not any(
                    c.source == where[0] and c.kind_ok and surnames & set(tokens(c.text)) for c in cands):
                # "How old was Priya Lomax when the scheme got the go-ahead?": the article that tells of it may
                # give her age ("said Cllr Lomax, 48") in a sentence retrieval passed over
                if where[0] in dated and (again := reread([str(dated[where[0]][0])])) is not None:
                    return again
            if aged and len(said) == 1:
                # "How old was the founder when he died?": the sentence that tells of the death ("died in December
                # last year, aged 77"), before one as close that gives another's age
                event_told = [c for c in cands[:6] if c.kind_ok and c.score >= 0.6 * cands[0].score
                              and alike[next(iter(said))] & set(tokens(c.text))]
                if not event_told and surnames:  # ("Edna Pashley ... died in November last year, aged 83": hers,
                    # however far down)
                    event_told = [c for c in cands if c.kind_ok and alike[next(iter(said))] & set(tokens(c.text))
                                  and surnames & set(tokens(c.text))]
                if event_told and event_told[0] is not cands[0]:
                    cands = _ahead(event_told[0], cands)
                    for_time = event_told[0]
            elif measured:
                again_told = [c for c in cands[1:6] if c.source != cands[0].source and c.kind_ok and c.covered
                              and c.covered == cands[0].covered and c.score >= 0.85 * cands[0].score]
                if len(where) == 1 and again_told and cands[0].source != where[0] and best * 2 >= len(said):
                    there = [c for c in again_told if c.source == where[0]]
                    if there:
                        cands = _ahead(there[0], cands)
                        for_time = there[0]
            elif len(said) >= 2 and best * 3 >= len(said) * 2 and len(where) == 1:
                # (who held a post then: one the sentence gives that post, "The council leader, Cllr Gerald
                # Fairbrass,", whether or not it names the body again)
                # (whose sentence may share no other word with the question: the article tells of the time)
                there = [c for c in (cands if post_asked or aged else cands[:10]) if c.source == where[0] and c.kind_ok
                         and (holds(c) if post_asked else surnames & set(tokens(c.text)) if aged and surnames
                              else c.score >= 0.6 * cands[0].score and names <= set(tokens(c.text)))]
                if there and there[0] is not cands[0]:
                    cands = _ahead(there[0], cands)
                    for_time = there[0]
                elif post_asked and not there and where[0] in dated and (again := reread([str(dated[where[0]][0])])) is not None:
                    # (the article that tells of the event may give its leader in a sentence retrieval passed over)
                    return again
        if timed and q.kind == "count" and ASKS_AGE.search(q.text):
            # "How old was he when he was appointed?": "Mr Ellery, 47, who was appointed ... in January 2016" gives
            # his age when its article was written (2019); an article of the year it dates the event to gives
            # his age then ("Marcus Ellery, 44")
            art = self.store.get_article(cands[0].source)
            then = [int(y) for y in YEAR.findall(cands[0].text) if art.years and int(y) < art.years[0]]
            younger = [c for c in cands[1:6] if then and c.kind_ok and c.score >= 0.6 * cands[0].score
                       and names <= set(tokens(c.text)) and self._written_in(c, str(then[0]))]
            if younger:
                cands = _ahead(younger[0], cands)
        if previous and names and q.kind == "count" and ASKS_AGE.search(q.text) and THEN_ASKED.search(own):
            # "When did that happen?" "How old was he by then?": his age in the article the last answer quoted
            # ("Tom Brennock, 60," in 2020), not in a later one ("Tom Brennock, 63,")
            # (in the quote or the two sentences after it: "... was set on 15 September. That job was given to
            # Tom Brennock, 60, ...")
            last = previous[0]
            art = self.store.get_article(last.source)
            at = [i for i, (a, b) in enumerate(art.sentences) if a < last.end and b > last.start] if art else []
            near = [(i, a, b) for i, (a, b) in enumerate(art.sentences) if at and at[0] <= i <= at[-1] + 2] if at else []
            # (one retrieval did not bring is as close as the best one: the last answer vouches for it)
            have = {(c.source, c.start): c for c in cands}
            top = cands[0]
            then_told = [have.get((last.source, a)) or replace(top, start=a, end=b, text=art.text[a:b], index=i,
                                                               source=last.source, covered=set(top.covered), kind_ok=True)
                         for i, a, b in near if names <= set(tokens(art.text[a:b])) and age_spans(art.text[a:b], q)]
            if then_told:
                cands = _ahead(then_told[0], cands)
        called = WHO_THE.match(own) if q.kind == "who" and not continued else None
        if called and lexicon().is_person_noun(called.group(2)):
            # "Who was the Corvane partner in charge of buying it?": a name the articles call just that ("Simon
            # Achterberg, the Corvane partner who led the deal"), before a sentence that merely shares its words
            phrase = re.compile(r"(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+),\s+(?:the\s+)?" +
                                re.escape(called.group(1) + called.group(2)) + r"\b", re.I)
            titled = [c for c in cands[:10] if c.score >= 0.6 * cands[0].score and phrase.search(c.text)]
            if titled and titled[0] is not cands[0] and not phrase.search(cands[0].text):
                cands = _ahead(titled[0], cands)
        year = q.years[0] if q.kind in ("count", "money") and not continued and len(set(q.years)) == 1 else None
        if year:
            # "How many visitors did the reserve get in 2010?": of two sentences as close that both name the year,
            # the one in the article written nearest after it ("The reserve had 18,500 visitors in 2010", in 2011),
            # not a later look back ("34,000 visitors last year, almost double the 2010 figure", in 2015)
            written = self._article_years()

            def after_by(c: Candidate) -> int:
                lo = written.get(c.source, (None,))[0]
                return lo - int(year) if lo is not None and lo >= int(year) else 99
            close = [c for c in cands[:5] if c.kind_ok and c.score >= 0.95 * cands[0].score and year in c.text]
            nearest = min(close, key=after_by) if close else None
            if nearest is not None and year in cands[0].text and after_by(nearest) < after_by(cands[0]):
                cands = _ahead(nearest, cands)
        prior = PRIOR_ASKED.match(own) if q.kind in (None, "role", "where") and not continued else None
        surnames = {tokens(e)[-1] for e in q.entities if len(e.split()) >= 2 and tokens(e)} if prior else set()
        if surnames:
            # "What was Jonathan Kittering doing before he came to Elmsford?": a sentence that tells what he did
            # before ("Mr Kittering was previously Canon Precentor of ..."), or one that opens "she" after
            # a sentence naming her ("A dairy farmer and a former finance director of ..., she succeeds ...")
            before = [c for c in cands[:10] if c.score >= 0.65 * cands[0].score and PRIOR_TOLD.search(c.text)
                      and self._told_of(c, surnames, PRONOUN_OPENING) and (q.kind is None or c.kind_ok)]
            if before and not PRIOR_TOLD.search(cands[0].text):
                cands = _ahead(before[0], cands)
        when_of = WHEN_THING.match(own) if q.kind == "when" and not continued else None
        thing = tokens(when_of.group(1).split()[-1]) if when_of else []
        if thing and not set(thing) <= set(tokens(cands[0].text)):  # (the word itself: "Tanner's Yard" is no tannery)
            # "When did the old tannery in Brackwell stop operating?": a sentence about the tannery ("derelict since
            # the tannery closed in 1987"), before one as close about what was built on its site
            about = [c for c in cands[1:10] if c.kind_ok and c.score >= 0.7 * cands[0].score
                     and set(thing) <= set(tokens(c.text))]
            word = when_of.group(1).split()[-1]

            def head(c: Candidate) -> bool:  # (the thing itself, not "the former tannery site")
                return any(not (m.group(1) and m.group(1) not in STOPWORDS and lexicon().base_forms(m.group(1), "noun"))
                           for m in re.finditer(r"\b" + re.escape(word) + r"\b(?:\s+([a-z]+))?", c.text, re.I))
            about.sort(key=lambda c: not head(c))
            if about:
                cands = _ahead(about[0], cands)
        if q.kind == "who" and not continued and WHO_BOUGHT.match(own) and not PURCHASE & set(tokens(cands[0].text)):
            # "Who ended up buying the old premises on Station Road?": a sentence that tells of the sale ("The
            # Station Road building has been sold to Brackwell Dental Care"), before one as close about the road
            sale = [c for c in cands[1:6] if c.kind_ok and c.score >= 0.9 * cands[0].score and PURCHASE & set(tokens(c.text))]
            sale.sort(key=lambda c: -len(c.covered))  # (of the sale asked: "out of administration", "the administrators")
            if sale:
                cands = _ahead(sale[0], cands)
        lead = cands[0]
        if q.kind == "when" and not continued and ASKS_DATE.search(own) and not CALENDAR_DAY.search(lead.text):
            # "On what date did the last furnace go out?": a day of a month ("on 12 December 2024") before a
            # sentence as close whose only day is when something else was said ("unveiled ... yesterday")
            on_day = [c for c in cands[1:6] if c.score >= 0.85 * lead.score and CALENDAR_DAY.search(c.text)]
            if on_day:
                cands = _ahead(on_day[0], cands)
                lead = cands[0]
        off_point = None
        if q.kind in KIND_WORDS and lead.kind_ok and not continued:
            # a sentence ranked first for holding a date or a name, but with almost none of the question's
            # words, gives way to the one that holds them ("the visitor centre is planned" before "two and a
            # half years after"): whether that one has the answer is decided below
            # (words, not only the year: "rated it requires improvement in 2021" holds no more of "how many
            # officers did Carrowmoor have in 2021?" than "Carrowmoor now has 1,781 officers" does)
            held = set(tokens(lead.text))
            worded = None if lead is for_time else next((c for c in cands[1:5] if c.lex >= 0.3 and lead.lex < FEW_WORDS * c.lex
                           and c.score >= 0.9 * lead.score
                           and not _only_years([t for t in q.content if t in set(tokens(c.text)) - held])), None)
            if worded is not None:
                cands = _ahead(worded, cands)
                lead, off_point = worded, lead
        acted = (PERSON_VERB.search(own) or WHICH_ACTED.search(own)) if q.kind == "who" and not continued else None
        # a post held ("who chaired it": a chairman); not a deed, often told in other words ("scored": "put ahead";
        # a deed is checked below, and only against a quote where nobody named did it)
        verb = [w for w in words(acted.group(1)) if w not in STOPWORDS][-1:] if acted else []
        verb = [w for w in verb if tokens(w) and tokens(w)[0] in POST_VERBS]
        stems = {tokens(verb[0])[0], IRREGULAR.get(verb[0].lower(), "")} - {""} if verb else set()  # ("led": a leader)
        def acts(c: Candidate, family: bool = False) -> bool:  # "who chaired it": a quote that speaks of chairing
            if not stems:
                return True
            have = self._toks(self.store.get_article(c.source), *self._quote_span(c))
            # (a short stem is the word or its family: "ran" runs, a "runway" does not)
            return any(_family(h) == stem or (len(stem) >= 4 and h.startswith(stem)) or (len(h) >= 4 and stem.startswith(h))
                       for h in have for stem in stems) or (
                family and bool(have & LEADING))
        context = swapped = None
        if q.kind in KIND_WORDS and not lead.kind_ok and WHO_SAID.match(own) and SPOKEN.search(lead.text):
            # "Who said they would rather put fares up?": the quote's "she said" points back to a named speaker
            art = self.store.get_article(lead.source)
            for i in range(lead.index - 1, max(-1, lead.index - 6), -1):
                a, b = art.sentences[i]
                if person_named(art.text[a:b], q):
                    # (the speaker's sentence stands in with the quote's scores: the quote is what matched)
                    context, swapped = lead, replace(lead, start=a, end=b, text=art.text[a:b], index=i, kind_ok=True)
                    lead = swapped
                    break
        if q.kind == "count" and not continued and ASKS_MARGIN.search(own) and not VOTE_SPLIT.search(lead.text):
            # "By what margin did councillors approve the cut?": the vote ("carried by nine votes to five")
            voted = [c for c in cands[:20] if VOTE_SPLIT.search(c.text) and c.score >= ACTS_RATIO * lead.score]
            if not voted:
                return self._refuse("The articles give no vote for this.", lead)
            if voted[0].source == lead.source and abs(voted[0].index - lead.index) <= 2:
                context = lead  # ("The decision was carried by ...": the passage about the decision vouches for it)
                swapped = voted[0]
            lead = voted[0]

        if q.kind in KIND_WORDS and not lead.kind_ok:
            def beside(c: Candidate) -> bool:  # within two sentences of the lead, in its article
                return c.source == lead.source and abs(c.index - lead.index) <= 2
            # (one that holds as many of the question's words is as much about it: "sold to Kestrel Utilities")
            # (not one that shares almost none of the question's words the lead holds: "the reservoir
            # would hold 28 billion litres" is no answer to what the average bill was, which the lead tells)
            # (or less for one that speaks of the post asked about: "who has run the airfield since 2001")
            # "Which firm was brought in as administrators?": "... called in administrators ... The administrators,
            # Hollis Grant, said ...": a name beside the question's own word, in a sentence near the lead
            # (the question's own person nouns, not those of a clause that describes: "the boy whose parents")
            asked_people = [w for w in _asking_words(words(DESCRIBING_CLAUSE.split(own, maxsplit=1)[0]), own_names)
                            if w not in DESCRIBED and lexicon().is_person_noun(w) and not _verb_form(w)] \
                if q.kind == "who" else []
            posted = [c for c in cands[:20] if c.kind_ok and beside(c) and c is not off_point
                      and c.score >= ACTS_RATIO * lead.score and any(self._names_beside(c, w, q) for w in asked_people)]
            typed = posted or [c for c in cands[:10] if c.kind_ok and c is not off_point
                     and c.score >= (ACTS_RATIO if stems and acts(c) else 0.75) * lead.score
                     # (from elsewhere, one that shares a word of the question besides the kind of thing asked:
                     # "the business case had not shown enough benefit for the money" is no sum the trust raised)
                     and (beside(c) or bool(c.covered - KIND_ASKING))
                     and not (lead.dense >= CLEAR_DENSE and c.dense < 0.7 * lead.dense and not beside(c)
                              and c.lex < lead.lex)
                     and not (c.lex < FEW_WORDS * lead.lex and c.dense < lead.dense and not beside(c))]
            units = units_asked if q.kind == "count" and not typed and not part and not continued else None
            if units is not None:
                # "How fast can Spirit of Pellworth go flat out?": a measure in its units is rare, and the sentence
                # that gives it may name neither the thing nor the word asked ("The new boat has a top speed of 25
                # knots"): one in an article about the thing asked, before a refusal
                typed = self._measured(units, cands[:10], q, lead)
            if not typed and q.kind == "money" and not part and not continued and FINAL_COST.search(own):
                # "What was the final bill for the new Tessel Crossing?": what it cost, in the newest article about
                # it, in a sentence that need not name it ("The three-span bridge ... has cost £51.3m")
                typed = self._measured(COST_TOLD, cands[:10], q, lead, latest=True)
            if typed:
                if beside(typed[0]):
                    # "The old headquarters was sold in August. The buyer, Tenterden Homes, ...": the name is
                    # beside the passage about the question, which vouches for it and is quoted with it
                    context = lead
                lead = swapped = typed[0]
            elif q.kind != "role":  # (a post may be asked of someone described, not named: no refusal for that)
                what = "age" if q.kind == "count" and ASKS_AGE.search(q.text) else KIND_WORDS[q.kind]
                return self._refuse(f"The articles give no {what} for this.", lead)
        counted = counted_words(q.text) if q.kind == "count" and not continued else []
        if counted:
            # "how many X": a number in the quote must count X (or a near synonym of it)
            counting = [c for c in cands[:10] if c.kind_ok and c.score >= 0.75 * lead.score
                        and self._counts(counted, c.text, q, self._previous_sentence(c))]
            if not counting:
                nouns = counted[:1] if verb_like(counted[-1]) else counted  # ("of people", not "of people came")
                if LIVING_ASKED.search(q.text):  # ("how many people live in Thrapley?": its population)
                    nouns = ["population"]
                if not HOW_MANY.search(q.text) or LIVING_ASKED.search(q.text):  # (counted from what the number makes up)
                    return self._refuse(f"The articles give no figure for the {nouns[0]}.", lead)
                return self._refuse(f"The articles give no number of {' '.join(nouns)}.", lead)
            lead = counting[0]
        if q.kind == "count" and not continued and thing_amount(own) and not MEASURED.search(lead.text):
            # "How much cliff was lost?": an amount measured ("took 9 metres from the cliff top"), before a number
            # of something else ("Four homes on Cliff Road have been lost")
            lead = next((c for c in cands[1:10] if c.kind_ok and c.score >= 0.6 * lead.score and MEASURED.search(c.text)),
                        lead)
        owned = OWNED_NAME.search(own) if not continued else None
        what = [t for w in owned.group(1).split() for t in tokens(w) if t not in GENERIC] if owned else []
        if len(what) >= 2:
            # "What is the name of Veridane's Dutch parent company?": the quote must speak of most of what is
            # named ("the British arm of a Dutch-owned waste group" is not its parent company named)
            def speaks_of(c: Candidate) -> bool:
                return len(_covered(what, set(tokens(c.text)))) * 2 > len(what)
            if not speaks_of(lead):
                alt = [c for c in cands[1:10] if c.kind_ok and c.score >= 0.6 * lead.score and speaks_of(c)]
                if not alt:
                    return self._refuse(f"The articles never name {owned.group(0)[len('name of '):].strip()}."
                                        if owned.group(0).lower().startswith("name of ") else
                                        "The articles never name what is asked.", lead)
                lead = alt[0]
        if q.kind == "count" and not continued and MAJORITY_ASKED.search(q.text):
            # "What was his majority?": a number the quote calls a majority, or a win "by 4,112 votes"; the
            # other numbers about an election (its year, the years a seat was held) are none
            won_by = [c for c in cands[:10] if c.kind_ok and c.score >= 0.75 * lead.score and MAJORITY_TOLD.search(c.text)]
            if not won_by:
                return self._refuse("The articles give no majority for this.", lead)
            lead = won_by[0]
        if counted and re.search(r"\bhow many\b", own, re.I) and not ASKS_SHARE.search(own):
            # "How many premises still couldn't get superfast broadband in 2019?": a number of them ("about 3,100
            # premises in 27 villages unable to get superfast speeds"), before a share ("91.2 per cent of premises")
            def share_only(c: Candidate) -> bool:  # (of the numbers that count what is asked)
                spans = [(a, b) for a, b in answer_spans("count", c.text, q)
                         if self._counts(counted, _words_around(c.text, a, b), q)]
                return bool(spans) and all(PER_CENT_AT.match(c.text[a:b + 10]) for a, b in spans)

            def change_only(c: Candidate) -> bool:  # (a share that tells a rise or a fall: "had fallen by 61 per cent")
                return share_only(c) and all(re.search(r"\b(?:by|up|down)\s+(?:about\s+|around\s+|some\s+)?$",
                                                       c.text[max(0, a - 20):a], re.I)
                                             for a, b in answer_spans("count", c.text, q)
                                             if PER_CENT_AT.match(c.text[a:b + 10]))
            if share_only(lead):
                alt = next((c for c in cands[1:6] if c.kind_ok and c.score >= 0.75 * lead.score and not share_only(c)
                            and self._counts(counted, c.text, q)), None)
                if alt is not None:
                    lead = alt
                elif change_only(lead):
                    # "How many customers did the branch have?": not "customer visits had fallen by 61 per cent"
                    return self._refuse(f"The articles give only a rise or fall in per cent, not a number of "
                                        f"{' '.join(counted)}.", lead)
        votes_got = q.kind == "count" and not continued and bool(VOTES_GOT.search(own))
        if votes_got and not _total_votes_told(lead.text):
            alt = [c for c in cands[:10] if c.kind_ok and c.score >= 0.6 * lead.score and _total_votes_told(c.text)]
            if not alt:
                return self._refuse("The articles give no number of votes for this, only a margin.", lead)
            lead = alt[0]

        if not continued and SENTENCE_ASKED.search(own) and not PUNISHMENT_TOLD.search(lead.text):
            # "What sentence did the man convicted over the Palm House burglary get?": a quote that tells a
            # punishment ("was jailed for 20 months at Ellesmoor Crown Court"), not one nearer in words
            alt = [c for c in cands[:15] if c.score >= 0.6 * lead.score and PUNISHMENT_TOLD.search(c.text)]
            if not alt:
                return self._refuse("The articles tell of no sentence for this.", lead)
            lead = alt[0]

        asked_nth = _ordinals(own) if not continued else []
        # (of what is asked, not of a clause of time: "who has that job now that the first homes are open?")
        asked_first = _ordinals(TIME_PHRASE.split(own, maxsplit=1)[0]) if asked_nth else []
        past_asked = bool(re.search(r"\b(?:was|were|did|had)\b", own, re.I)) and not FUTURE_ASKED.search(own)
        if asked_nth and _other_instance(lead.text, asked_nth):
            # "their first strike" asked, "their second walkout in a month" told: another one of them
            same = [c for c in cands[:10] if c.score >= 0.6 * lead.score and (q.kind not in KIND_WORDS or c.kind_ok)
                    and _same_instance(c.text, asked_nth)]
            if not same:
                (n, noun), (m, told) = _other_instance(lead.text, asked_nth)
                return self._refuse(f"The articles speak of the {m} {told}, not the {n} {noun}.", lead)
            if past_asked:
                # ("Where was the first of the cabinets switched on?": "The first cabinet, on Station Road in Kelsby,
                # went live", before "The first cabinets are due to be switched on in Kelsby and Ambledon")
                same.sort(key=lambda c: bool(PLAN_TOLD.search(c.text)))
            lead = same[0]
        elif asked_first and not _same_instance(lead.text, asked_first):
            # "Who was the first warden?": "appointed Sarah Quennell as the first warden", before a sentence as
            # close that counts none ("led by site warden Owen Prothero, who first came to Skerrow"); the last of
            # a thing is often told otherwise ("shut down for the final time"), so it is moved ahead only from
            # nearer ("the last of the 320 street cabinets, at Thursby Green, was switched on")
            ratio = 0.9 if all(n != "last" for n, _ in asked_first) else 0.85
            # (a plan for it is not what was done: "the works' last blast furnace would close by the end of 2024"
            # is no answer to when it did, beside "shut down for the final time on 12 December 2024")
            done_asked_past = past_asked and not PLAN_TOLD.search(lead.text)
            same = [c for c in cands[1:6] if c.score >= ratio * lead.score and (q.kind not in KIND_WORDS or c.kind_ok)
                    and _same_instance(c.text, asked_first) and not (done_asked_past and PLAN_TOLD.search(c.text))]
            if same:
                lead = same[0]
        elif asked_first and past_asked and PLAN_TOLD.search(lead.text):
            # "When did it finish the last cabinet?": not "with the last cabinets finished by the end of 2018", a
            # plan, before "the last of the 320 street cabinets, at Thursby Green, was switched on in December"
            done = [c for c in cands[1:6] if c.score >= 0.6 * lead.score and (q.kind not in KIND_WORDS or c.kind_ok)
                    and _same_instance(c.text, asked_first) and not PLAN_TOLD.search(c.text)]
            if done:
                lead = done[0]

        # (and "When did it actually come to an end?": a time done, after one planned)
        outcome = OUTCOME.search(own) or (re.search(r"\bactually\b", own, re.I) if q.kind == "when" else None)
        event_named = _event_of(own) if not continued and not part else None  # ("review", of the judicial review asked)
        event = next(iter(tokens(event_named or "")), None)
        done_asked = outcome or (q.kind in ("count", "money") and DONE_COUNT.match(own))

        done_only = False  # (the lead was moved from a plan to what came of it)

        def planned(c: Candidate) -> bool:  # (a figure done in the past: the plan must be the figure's own
            if outcome and q.kind == "when":  # (the words before the date: "which finally ended on 31 December
                # 2021 after being extended twice, would not be repeated" tells an end, "was due to end on" a plan)
                dates = answer_spans("when", c.text, q)
                if dates:
                    return any(PLAN_TOLD.search(c.text[max(0, a - 40):a]) for a, _ in dates)
            if outcome:  # "expected to deliver around 900 babies", not "plans to ... 60 schools trained")
                # (in the clause that gives the figure, when it gives one: "The plant will employ 52 people when it
                # opens, and Veridane has paid for a £650,000 monitoring station" tells what the station cost)
                figures = [q.kind] if q.kind in ("money", "count") else ["money"] if COST_ASKED.search(own) else []
                clauses = [x for x in OUTCOME_CLAUSE.split(c.text) if x]
                told = [x for x in clauses if any(answer_spans(k, x, q) for k in figures)] if len(clauses) > 1 else []
                return bool(PLAN_TOLD.search(" ".join(told) if told else c.text))
            # (the plan must be told of the figure asked: "gathered 14,600 signatures ... a march that police
            # estimated at 600 people" counts signatures done)
            spans = [(a, b) for a, b in answer_spans(q.kind, c.text, q)
                     if not counted or self._counts(counted, _words_around(c.text, a, b), q)]
            return any(PLAN_TOLD.search(c.text[max(0, a - 40):a]) and not PAST_ESTIMATE.search(c.text[max(0, a - 40):a])
                       for a, _ in spans)
        if not continued and not part and outcome and q.kind is None and COST_ASKED.search(own) \
                and not answer_spans("money", lead.text, q):
            # "what did it end up costing?": a sentence that gives a sum ("Veridane has paid for a £650,000
            # monitoring station"), before one about the thing that gives none
            priced = [c for c in cands[1:6] if c.score >= 0.6 * lead.score and answer_spans("money", c.text, q)
                      and not planned(c) and len(lead.covered & c.covered) * 2 >= len(lead.covered)]
            if priced:
                lead = priced[0]
        if not continued and not part and done_asked and not PLAN_TOLD.search(TIME_PHRASE.split(own, maxsplit=1)[0]) \
                and planned(lead):
            # "How much did the fund end up giving?": the nearest passage tells only of a plan, a bid or an
            # estimate ("A bid for £300,000 has been submitted"), and none nearly as close tells what came of it
            about = lead.covered - set(tokens(outcome.group(0) if outcome else ""))
            done = [c for c in cands[1:6] if c.score >= 0.6 * lead.score and (q.kind not in KIND_WORDS or c.kind_ok)
                    and not planned(c) and (len(about & c.covered) * 2 >= len(about)
                                            or (q.entities and c.names >= 1.0 and c.kind_ok and q.kind in KIND_WORDS))
                    and (not event or event in tokens(c.text))
                    and (not counted or self._counts(counted, c.text, q, self._previous_sentence(c)))]
            if not done:
                return self._refuse("The articles tell only of what was planned or expected, not of how it "
                                    "turned out.", lead)
            if PAID_FOR.search(own) or purchase_asked:  # ("end up paying the brewery for the pub": a sale)
                done.sort(key=lambda c: not PURCHASE & set(tokens(c.text)))
            if q.kind == "money" or (q.kind is None and COST_ASKED.search(own)) or (outcome and q.kind == "when"):
                done_only = not FUTURE_ASKED.search(own)  # (and a later pick must be no plan either, unless the
                # question asks what is to come as well: "..., and what will it be from January 2025?")
                lead = done[0]  # ("what did it end up costing?": "Veridane has paid for a £650,000 ... station";
                # "When did he eventually move in?": not "I was supposed to be moving in this autumn")

        if event and event not in tokens(lead.text):
            # "What did the inquest into Arthur Bellamy's death conclude?": a passage about the death that
            # speaks of no inquest tells nothing of what it concluded; one nearly as close that does may
            told = [c for c in cands[1:6] if c.score >= 0.6 * lead.score and event in tokens(c.text)
                    and not PLAN_TOLD.search(c.text)]
            if not told:
                return self._refuse(f"The articles do not say what came of the {event_named}.", lead)
            lead = told[0]
            cands = _ahead(lead, cands)

        reply = RESPONDED.match(own) if not continued else None
        replier = next((e for e in own_entities if e in reply.group("who")), None) if reply else None
        if replier and not self._speaks(lead, replier):
            # "How did Sir Michael Wilshaw respond to Brigid Jones's criticism?": a quote of the criticism,
            # where he is only spoken of, is no response; one nearly as close where he speaks may be
            spoken = [c for c in cands[1:10] if c.score >= 0.6 * lead.score and self._speaks(c, replier)]
            if not spoken:
                return self._refuse(f"The articles do not say how {replier} responded: they quote nothing "
                                    "of theirs about this.", lead)
            lead = spoken[0]

        if q.kind == "why" and not continued and not STRONG_CAUSE.search(lead.text):
            # "What was found to be the most likely cause of the 2018 fire?": "most likely started by a
            # lithium-ion battery" tells a cause; "dogged by problems since it began operating" only a time
            caused = [c for c in cands[1:6] if c.score >= 0.85 * lead.score and STRONG_CAUSE.search(c.text)]
            if caused:
                lead = caused[0]
                cands = _ahead(lead, cands)
        if q.kind == "why" and not continued and not _why_told(lead):
            # "What caused the fire in 1931?": a sentence that only mentions the fire tells no cause, and when
            # none nearly as close tells one either ("after ...", "because ..."), nor the sentence after it,
            # the articles do not say (the lead stays: a reason may be told in words no pattern knows)
            art = self.store.get_article(lead.source)
            after = art.text[slice(*art.sentences[lead.index + 1])] if lead.index + 1 < len(art.sentences) else ""
            told = [c for c in cands[1:10] if c.score >= 0.75 * lead.score and _why_told(c)]
            if not told and not (SPAN_PATTERNS["why"].search(after) or CAUSE.search(after)):
                return self._refuse("The articles never say why: the passage about it gives no reason.", lead)

        # (of the question itself, not a clause that says which thing is meant: "the report that caused the bonus row")
        main = DESCRIBING_CLAUSE.split(own, maxsplit=1)[0]
        # (not the deed of its time: "how much did the business lose in the year before Aravalli decided to sell
        # up?" asks no sale price)
        untimed = TIME_PHRASE.split(own, maxsplit=1)[0]
        said = [m.lower() for m in MONEY_PREDICATE.findall(DESCRIBING_CLAUSE.split(untimed, maxsplit=1)[0])
                or MONEY_PREDICATE.findall(untimed)] if q.kind == "money" and not continued else []
        # "paid in dividends": what the sum is (a dividend, a bonus, a fee) says more than paying
        paid_for = tokens(" ".join([w for w in said if w in MONEY_NOUNS] or said))
        spent_on = SPENT_ON.search(own) if q.kind == "money" and not continued else None
        # what the sum must be (spent on, paid as, the price of, a sum a year): a later pick of another
        # sentence (one of the asked year) must be that too
        kept: list[Callable[[Candidate], bool]] = [lambda c: not planned(c)] if done_only else []
        on = [w for w in words(spent_on.group(1))[:6] if w not in STOPWORDS and tokens(w)
              and tokens(w)[0] not in own_names and tokens(w)[0] not in GENERIC] if spent_on else []
        if on:
            # "how much did it spend on lawyers": a sum spent on something else is no answer (a word of
            # what it was spent on will do: "the AI program meant to summarise replies", "to summarise them")
            # ("spend on lawyers fighting the adjudication": lawyers, whatever the sentence says of the adjudication)
            # (not a deed: "spend putting sand back on the beach", which the sentence may tell as "pumping sand")
            gerund = spent_on.group(0).lower().split()[1] != "on"
            head_on = on[0] if len(on) >= 2 and lexicon().base_forms(on[0], "noun") and not _verb_form(on[0]) \
                and not gerund else None

            def spent(c: Candidate) -> bool:
                sums = list(SPAN_PATTERNS["money"].finditer(c.text))
                if sums and not purchase_asked and all(
                        SALE_PRICE.search(c.text[max(0, m.start() - 80):m.end()]) for m in sums):
                    return False  # ("spend converting the surgery": not "sold ... for £415,000 to a builder who has
                    # converted it", a price paid for it)
                gaps = self._gaps(c, on, SYNONYM_MIN, narrow=True, question=own)
                if len(gaps) >= len(on) or head_on in gaps:
                    return False
                # (in the clause that gives the sum: not "The committee approved the application, but the council
                # has committed to spending £40,000 a year monitoring beach levels" for fighting the application)
                parts = [x for x in SUM_CLAUSE.split(c.text) if x]
                clauses = [x for x in parts if SPAN_PATTERNS["money"].search(x)]
                if not clauses or len(clauses) == len(parts):
                    return True
                said = " ".join(clauses)
                have = set(tokens(said))
                absent = [w for w in on if tokens(w)[0] not in have]
                return len(self._unmatched(absent, said, SYNONYM_MIN, own)) < len(on) if absent else True
            kept.append(spent)
            fits = [c for c in cands[:10] if c.kind_ok and c.score >= 0.75 * lead.score and spent(c)]
            if not fits:
                if gerund:  # ("spend converting the old surgery")
                    return self._refuse(f"The articles give no sum spent {spent_on.group(1).strip()}.", lead)
                return self._refuse(f"The articles give no sum spent on {_list(on[:2])}.", lead)
            lead = lead if lead in fits else fits[0]
        if paid_for:
            # "how much is the harbour master paid": the quote must speak of paying (a sum "brought in in fees"
            # is no pay); what a thing costs is often said without the word ("a new £22m centre"), so not cost
            bought = PAID_FOR.search(own)  # ("what did it pay for the ground": "sold to them for £3.2m")
            # ("how much compensation was he awarded?": "... and awarded him £68,400", the question's own deed)
            deeds = {w for w in words(main) if w not in STOPWORDS and _verb_form(w) and tokens(w)}

            # ("what was an adult going to pay for a swim?": "an adult swim will cost £3.90", the price of what is
            # paid for; not "the cost of building the plant on the old brickworks", the cost of work done there)
            thing_paid = re.match(r"[^?,.;]*?(?=\s+(?:in|when|after|before|during|at|on|from|by|to|that|which|these|this|now|"
                                  r"nowadays|today|currently|last|next)\b|[?,.;]|$)",
                                  own[bought.end():]) if bought else None
            bought_what = [w for w in words(thing_paid.group(0)) if w not in STOPWORDS and tokens(w)][-1:] if thing_paid else []
            # (a thing paid for named without "the": "pay out for lost trade", which no name in the articles stands for)
            bare = re.match(r"\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?=\s+(?:while|when|after|before|during|in|at|on|"
                            r"from|by|to|since|until|because)\b|\s*[?,.;]|$)", own[bought.end():]) if bought else None
            bare_thing = [] if not bare or bare.group(1).split()[0].lower() in STOPWORDS else bare.group(1).split()[-1:]
            price_of = re.compile(r"\b" + re.escape(bought_what[0]) + r"\w{0,2}\s+(?:will\s+|would\s+|now\s+|to\s+)?"
                                  r"(?:cost|costs|costing|priced)\b|\b(?:price|cost)\s+of\s+(?:an?\s+|the\s+|one\s+)?(?:[a-z-]+\s+)?"
                                  + re.escape(bought_what[0]) + r"\b", re.I) if bought_what else None

            # ("How much do I have to pay to get my garden waste taken away?": a price the asker pays, which a
            # sentence gives as what the thing costs: "The garden waste subscription ... now costs £52 a year")
            user_pays = USER_PAYS.search(own)
            paid_things = {t for w in words(own[user_pays.end():]) if w not in STOPWORDS and not _verb_form(w)
                           for t in tokens(w) if t not in GENERIC} if user_pays else set()

            def price_told(c: Candidate) -> bool:
                if paid_things and PRICE_TOLD.search(c.text) and len(paid_things & set(tokens(c.text))) >= 2:
                    return True
                return price_of is not None and bool(price_of.search(c.text))

            def for_that(c: Candidate) -> bool:
                have = self._toks(self.store.get_article(c.source), *self._quote_span(c))
                if bare_thing and not _covered(tokens(bare_thing[0]), have) and \
                        self._gaps(c, bare_thing, SYNONYM_MIN, narrow=True, question=own):
                    return False  # ("pay out for lost trade": not "paid £838,000 towards it", the rebuilding)
                if have & CHARGED:  # (a fee is what is charged: "will charge the maximum £9,000 a year")
                    have |= FEE_STEMS
                if have & (DEBT_STEMS | CLAIM_STEMS):
                    have |= DEBT_STEMS
                if have & AWARDED and have & JUDGING:
                    have |= COMPENSATION_STEMS
                if purchase_asked and not have & PURCHASE:
                    return False  # ("What did it pay when it bought the pier?": not "paid the 50p toll")
                if PAY_TOLD.search(c.text):
                    have |= PAY_STEMS  # ("What did it pay new officers?": "Its starting salary ... is £16,400")
                return bool(_covered(paid_for, have)) or (bool(bought) and bool(have & PURCHASE)) \
                    or (bool(purchase_asked) and _sale_priced(c.text)) or price_told(c) or any(
                    re.search(r"\b" + re.escape(w) + r"\b(?:\s+[\w’'-]+){0,3}?\s+" + SPAN_PATTERNS["money"].pattern, c.text, re.I)
                    for w in deeds)
            kept.append(for_that)
            if not for_that(lead):
                alt = [c for c in cands[:10] if c.kind_ok and c.score >= 0.75 * lead.score and for_that(c)
                       and all(k(c) for k in kept)]
                if not alt and bare_thing:
                    return self._refuse(f"The articles give no sum paid for {bare.group(1)}.", lead)
                if not alt:
                    return self._refuse(f"The articles give no sum for {_list(_words_for(own, paid_for))}"
                                        " in a passage about this.", lead)
                lead = alt[0]
            elif (price_of is not None or paid_things) and not price_told(lead):
                # "What does a taxi driver have to pay for a licence these days?": what a licence costs ("A driver's
                # licence now costs £312"), before "The council gives us £250 and the driver pays the rest"
                alt = [c for c in cands[:10] if c.kind_ok and c.score >= 0.85 * lead.score and price_told(c)
                       and for_that(c) and all(k(c) for k in kept)]
                if alt:
                    lead = alt[0]

        fined = FINED_FOR.search(own) if q.kind == "money" and not continued else None
        offence = [t for w in words(fined.group(1)) if w not in STOPWORDS and not w.isdigit() for t in tokens(w)
                   if t not in own_names and t not in GENERIC] if fined else []
        if offence and set(offence) <= VAGUE_EVENTS:
            # ("fined over the Cadley accident": "fined ... after a loader fell from ... a refuse truck in Cadley";
            # a word that says only that something happened is told in other words, the place or name is not)
            offence = [t for w in words(fined.group(1)) for t in tokens(w) if t in own_names]
        if offence:
            # "How much was Veridane fined over the 2018 bunker fire?": a fine for something else ("for 19
            # breaches of the plant's emissions limits") is no answer; the offence is told with the fine
            def for_offence(c: Candidate) -> bool:
                return bool(_covered(offence, set(tokens(c.text))))
            kept.append(for_offence)
            if not for_offence(lead):
                alt = [c for c in cands[:10] if c.kind_ok and c.score >= 0.6 * lead.score and for_offence(c)
                       and all(k(c) for k in kept)]
                if not alt:
                    return self._refuse(f"The articles give no fine for {fined.group(1).strip()}.", lead)
                lead = alt[0]

        costed = COST_TO.search(own) if q.kind == "money" and not continued else None
        # (what it was done to, up to the words that end it: "the fly tower" of "the fly tower on its own")
        done_to = re.split(r"\s+(?:" + NP_END + r")\b", costed.group(2), maxsplit=1)[0].strip() if costed else ""
        costing = (COST_SUBJECT.search(own) or COST_OF_THING.search(own)) if q.kind == "money" and not continued \
            and not costed else None
        if costing:  # "How much did the study say the trains themselves would cost?": the trains
            done_to = re.split(r"\s+(?:" + NP_END + r")\b", next(g for g in costing.groups() if g), maxsplit=1)[0].strip()
        thing = next((w.lower() for w in reversed(done_to.split()) if w[0].islower()), None)
        if thing and tokens(thing):
            # "How much did it cost to rebuild the fly tower on its own?": a cost of something else ("a full
            # refurbishment of the theatre would cost around £4.5m") is no answer; the thing is in the sentence,
            # the one before ("Rebuilding it cost £2.7 million") or the headline ("Council votes to shut
            # Brackenford Lido" above "a repair bill estimated at £1.8m")
            def of_thing(c: Candidate) -> bool:
                told = c.text + " " + self.store.get_article(c.source).title
                if re.search(r"\b(?:it|this|that)\s+(?:(?:would|will|could|might|should|has|had|is|was)\s+(?:be\s+|been\s+)?)?"
                             r"(?:cost|costs|costing|priced|estimated)\b|\bits\s+(?:[\w’'-]+\s+){0,2}?"
                             r"(?:cost|costs|bill|price)\b|\b(?:rebuilding|repairing|restoring|replacing|building|fixing)\s+it\b",
                             c.text, re.I) or re.match(r"\W*(?:The|This|That)\s+[£$€]\d[\d.,]*\s*(?:m|bn|k|million|billion)?\s+[a-z]",
                                                       c.text):
                    # (the thing named just before: "Rebuilding it cost £2.7 million"; "The £3.4 million work is due
                    # to start in November", after a sentence on rebuilding the lane)
                    told += " " + self._previous_sentence(c)
                if ALONE.search(own) and re.search(r"\b(?:including|includes|included|covering|as well as)\b[^.;]*\b"
                                                   + re.escape(thing), c.text, re.I):
                    return False  # ("on its own": not "£9m ... including the haul road and a new primary crusher")
                subjects = [m.group(1) for m in COSTS_SUM.finditer(c.text)]
                if subjects and not any(_covered(tokens(thing), set(tokens(x))) for x in subjects):
                    return False  # ("how much did the review cost?": not "The training will cost £45 per driver")
                costs_of = [m.group(1) for m in COST_OF_NP.finditer(c.text)]
                if costs_of and not any(_covered(tokens(thing), set(tokens(x))) or re.search(r"\b(?:it|its|this|that)\b", x, re.I)
                                        for x in costs_of):
                    return False  # ("how much did the review cost?": not "The review also revealed that the total
                    # cost of Graham Tolliver's exit package was £318,500")
                return bool(_covered(tokens(thing), set(tokens(told))))
            kept.append(of_thing)
            if not of_thing(lead):
                alt = [c for c in cands[:10] if c.kind_ok and c.score >= 0.6 * lead.score and of_thing(c)
                       and all(k(c) for k in kept)]
                if not alt:
                    return self._refuse(f"The articles give no cost to {costed.group(1).lower()} {done_to}." if costed
                                        else f"The articles give no cost of {done_to}.", lead)
                lead = alt[0]
            # (what it did cost, unless what it would cost is asked: not "The road would cost an estimated £2.3m")
            ahead_asked = bool(FUTURE_ASKED.search(own) or PLANNED.search(own) or re.search(r"\bwould\b", own, re.I))

            def costs_itself(c: Candidate) -> bool:  # ("The barn conversion cost £285,000.")
                return any(_covered(tokens(thing), set(tokens(m.group(1)))) and (
                    ahead_asked or not re.search(r"\b(?:will|would|could|should|might|estimated)\b", m.group(0), re.I))
                    for m in COSTS_SUM.finditer(c.text))
            if not costs_itself(lead):
                # "How much did it cost to turn the old barn into guest bedrooms?": a sentence that says the thing
                # cost a sum, before one as close that gives what something done to it cost ("installing solar
                # panels on the barn roof ... at a cost of £42,000")
                lead = next((c for c in cands[:10] if c.kind_ok and c.score >= 0.75 * lead.score and costs_itself(c)
                             and all(k(c) for k in kept)), lead)
            doing = tokens(costed.group(1)) if costed else []
            if not _covered(doing, set(tokens(lead.text))) and not costs_itself(lead):
                # (and of the deed asked, among those nearly as close: "a repair bill estimated at £1.8m" for "cost
                # to repair the lido", before "mothballed ... at a cost of around £35,000 a year")
                lead = next((c for c in cands[:10] if c.kind_ok and c.score >= 0.75 * lead.score and of_thing(c)
                             and _covered(doing, set(tokens(c.text))) and all(k(c) for k in kept)), lead)

        if q.kind == "money" and not continued and COST_ASKED.search(own):
            # "How much did it cost to fit out the cafe?": a sum the quote names as something else paid ("a rent
            # of £18,000", "a grant of £1.35m") is no cost, unless the question names that too
            def other_sum(c: Candidate) -> bool:
                named = {m.group(1).lower() for m in SUM_NAMED.finditer(c.text)} | \
                    {m.group(1).lower() for m in SUM_BEFORE.finditer(c.text)} | \
                    {m.group(1).lower() for m in SUM_TOWARDS.finditer(c.text)}
                if not named or named & set(words(own)) or COST_WORDS & set(words(c.text)):
                    return False
                # (every sum the sentence gives: "The £3.4 million work ... paid for largely by a £2.2 million
                # grant" gives the work's cost beside the grant)
                spans = [(m.start(), m.end()) for r in (SUM_NAMED, SUM_BEFORE, SUM_TOWARDS) for m in r.finditer(c.text)]
                sums = [a for a, _ in answer_spans("money", c.text, q)]
                return all(any(x - 1 <= a <= y for x, y in spans) for a in sums)
            kept.append(lambda c: not other_sum(c))
            if other_sum(lead):
                alt = [c for c in cands[:10] if c.kind_ok and c.score >= 0.75 * lead.score and not other_sum(c)
                       and len(lead.covered & c.covered) * 2 >= len(lead.covered)]
                if not alt:
                    return self._refuse("The articles give a sum paid for something else, not what this cost.", lead)
                lead = alt[0]

        route = ROUTE.search(own) if q.kind == "money" and not continued else None
        if route and not re.search(r"[\d£$€%]", route.group(0)):  # (not "from £2m to £3m", "from 2010 to 2015")
            # "What's the fare from the town centre to the railway station?": a fare to somewhere else ("A journey
            # from the town centre to the Harrowgate estate ... costs about £7.20") is no answer
            end = [w for w in words(route.group(2)) if w not in STOPWORDS][-1:]

            def reaches(c: Candidate) -> bool:
                return not end or bool(_covered(tokens(end[0]), set(tokens(c.text))))
            kept.append(reaches)
            if not reaches(lead):
                alt = [c for c in cands[:10] if c.kind_ok and c.score >= 0.75 * lead.score and all(k(c) for k in kept)]
                if not alt:
                    return self._refuse(f"The articles give no sum for a journey to {route.group(2).strip()}.", lead)
                lead = alt[0]

        priced = next((m for m in PRICED.finditer(own) if m.group(1).lower() not in STOPWORDS | {"much", "many"}
                       and (m.group(2) or "").lower() not in STOPWORDS), None) if q.kind == "money" and not continued else None
        if priced:
            # (its first word within a few before the thing: "a weekly parking pass" is no "staff parking pass")
            # (a ticket, a fare and a pass are each what one pays to travel or get in: "an adult return fare")
            noun = re.sub(r"(?<=ss)es$|(?<!s)s$", "", priced.group(3).lower())
            nouns = "ticket|fare|pass" if noun in ("ticket", "fare", "pass") else re.escape(noun)
            kind_of = re.compile(r"\b" + re.escape(priced.group(1)) + r"(?:[\s-]+[\w’'-]+){0,2}?[\s-]+"
                                 r"(?:" + nouns + r")(?:s|es)?\b", re.I)

            def of_that(c: Candidate) -> bool:
                a, b = self._quote_span(c)
                return bool(kind_of.search(self.store.get_article(c.source).text[a:b]))
            kept.append(of_that)
            if not of_that(lead):
                alt = [c for c in cands[:10] if c.kind_ok and c.score >= 0.6 * lead.score and of_that(c)]
                if not alt:
                    thing = " ".join(w for w in priced.groups() if w).lower()
                    return self._refuse(f"The articles give no price for a {thing}.", lead)
                lead = alt[0]

        valued = VALUE_ASKED.search(own) if q.kind == "money" and not continued else None
        # (the noun before the words that end it: "deal" of "broadband deal the county council signed")
        valued_np = re.split(r"\s+(?:" + NP_END + r"|the|a|an|its|their|his|her)\b", next(g for g in valued.groups() if g),
                             maxsplit=1)[0] if valued else ""
        head = [w for w in words(valued_np) if w not in STOPWORDS][-1:]
        if head and tokens(head[0]):
            # "What was the total value of the broadband deal?": a sum that is the deal's own ("under a £38.6
            # million contract signed yesterday"), before a sentence that lists where its money came from
            def value_of(c: Candidate) -> bool:
                return any(m.group(1).lower() == head[0] or _same_noun(m.group(1).lower(), head[0])
                           or not self._unmatched([head[0]], m.group(1), SUM_NOUN_MIN)
                           for m in SUM_OF_NOUN.finditer(c.text))
            if not value_of(lead):
                lead = next((c for c in cands[:10] if c.kind_ok and c.score >= 0.75 * lead.score and value_of(c)
                             and all(k(c) for k in kept)), lead)

        rate = PER_PERIOD.search(own) if q.kind == "money" and not continued else None
        if rate:
            # "how much does the sauna cost to run each year?": a sum given for a year (or a month ...), not
            # one paid once ("opened at a cost of £38,000")
            def yearly(c: Candidate) -> bool:
                a, b = self._quote_span(c)
                return bool(PER_PERIOD.search(self.store.get_article(c.source).text[a:b]))
            kept.append(yearly)
            if not yearly(lead):
                # (about the same thing: "heating costs £15,000 a year" is not what the sauna costs)
                about = lead.covered - set(tokens(rate.group(0)))
                # (or one as close: "the cap ... alongside a daily maximum of £4", where the lead names the buses)
                alt = [c for c in cands[:10] if c.kind_ok and c.score >= 0.75 * lead.score and yearly(c)
                       and (about <= c.covered or c.score >= 0.85 * lead.score)]
                if not alt:
                    return self._refuse(f"The articles give no sum {rate.group(0).lower()} for this.", lead)
                lead = alt[0]

        unit = UNIT_ASKED.search(own) if q.kind == "money" and not continued and not rate else None

        def unit_told(c: Candidate) -> bool:
            return bool(UNIT_TOLD.search(c.text))
        if unit and not unit_told(lead):
            # "How much did the laboratory charge for each tube it analysed?": not "the £1,240 needed to have the
            # tubes analysed", a sum for them all
            alt = [c for c in cands[:10] if c.kind_ok and c.score >= 0.75 * lead.score and unit_told(c)
                   and all(k(c) for k in kept)]
            if not alt:
                each = unit.group(0).lower()  # ("for each tube it analysed", "per swimmer", "each of")
                return self._refuse(f"The articles give no sum {each if each.startswith(('for', 'per')) else 'for ' + each}"
                                    f"{' them' if each.endswith(' of') else ''}.", lead)
            lead = alt[0]

        def runs_asked(c: Candidate) -> bool:
            # a person named in a post that runs the body asked about: "Elmstead's chief executive, Priya
            # Venkatesan", "Claire Stansfield, who became chief executive of Aravalli Steel UK" (not "Council
            # leader Margaret Oduya" for who ran the airport)
            for m in RUNS_POST.finditer(c.text):
                body = c.text[max(0, m.start() - 30):m.start()] + " " + c.text[m.end():m.end() + 40]
                if own_names & set(tokens(body)) and FULL_NAME.search(c.text[max(0, m.start() - 60):m.end() + 40]):
                    return True
            return False
        if q.kind == "who" and not continued and not ASKS_ORG.search(own) and RUN_ASKED.match(own) and \
                not RUNS_NAMED.search(lead.text) and not runs_asked(lead):  # ("The company's chief executive, X")
            # "Who was running Aravalli Steel UK during the pensions row?": its chief, not a sentence where it runs
            # a scheme
            alt = [c for c in cands[:10] if c.score >= 0.6 * lead.score and runs_asked(c)]
            if alt:
                lead = alt[0]
        if verb and not acts(lead):
            alt = [c for c in cands[:10] if c.kind_ok and c.score >= 0.6 * lead.score and acts(c)]
            if not alt and stems & LEADING:
                # (none speaks of it in the question's words: heading, leading, chairing and being in charge
                # are one post, "was in charge of the inspection" is answered by "who led the inspection")
                alt = [c for c in cands[:10] if c.kind_ok and c.score >= 0.6 * lead.score and acts(c, family=True)]
            if alt and not (q.kind == "who" and not ASKS_ORG.search(own) and runs_asked(lead)
                            and not RUNS_NAMED.search(alt[0].text)):
                lead = alt[0]  # (not "It now runs five homes, including Orchard View" for "who runs it?" over
                # "Elmstead's chief executive, Priya Venkatesan, was appointed": a person, in a post that runs it)
        # "Who chaired the three-person panel?": one who chairs something else (the club's board) is no answer
        held = POST_OBJECT.match(own, acted.end()) if verb else None
        post_of = [w for w in words(held.group(1)) if w not in STOPWORDS] if held else []
        if post_of and post_of[-1] in FIRM_WORDS:
            post_of = []  # "in charge of the firm": the firm goes by its name ("managing director of Norland Fuels")
        def over(c: Candidate) -> bool:  # the post is held over the thing asked about
            # ("Ruth Ames, who chairs the finance committee": over something else, whatever the sentence beside)
            held_over = [m.group(1) for m in re.finditer(r"\b(?:" + "|".join(stems) + r")\w*\s+(?:of\s+)?(?:the|its|their|"
                                                         r"his|her|a|an)\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)", c.text, re.I)]
            if held_over and not any(set(tokens(post_of[-1])) & set(tokens(o)) for o in held_over):
                return False
            return not self._gaps(c, post_of, SYNONYM_MIN)
        if post_of and not over(lead):
            alt = [c for c in cands[:10] if c.kind_ok and c.score >= 0.6 * lead.score and acts(c, family=True)
                   and over(c)]
            if not alt:
                return self._refuse(f"The articles do not say who {verb[0].lower()} the {' '.join(post_of)}.", lead)
            lead = alt[0]

        # "Which architect designed the tower?": a quote that tells of the deed, done by someone it names, is the
        # answer; one where it was done by nobody named ("the building had been designed so that ...") is none
        # (a quote without the verb may tell it in other words: "beaten to death by his mother")
        # ("Who was leading the council when ...?": "council leader Cllr Geoffrey Pellow" holds the post asked,
        # which a sentence gives as a noun, not as the deed: no sentence need say he "led" it)
        post_named = bool(post_asked) and bool(_post_forms(post_asked.group(1)) & set(tokens(lead.text)))
        deed = _deed(own) if q.kind == "who" and not continued and not verb and not WHO_SAID.match(own) \
            and not post_named else None
        deed_unsaid = False  # (no quote near the question uses the deed's verb at all)
        doing = lexicon().verb_senses(deed) if deed else frozenset()
        past = bool(deed) and not deed.lower().endswith("s")
        agents = sorted(re.escape(d) for d in lexicon().derived(deed) if d.endswith(("er", "or"))) if deed else []
        bought_asked = bool(deed) and bool(PURCHASE & set(tokens(deed)))
        if doing:
            def tells(c: Candidate) -> bool | None:  # None: the quote does not use the verb
                a, b = self._quote_span(c)
                text = self.store.get_article(c.source).text[a:b]
                told = None
                if agents and not past and re.search(r"\b(?:" + "|".join(agents) + r")s?\s+of\b", text, re.I):
                    return True  # "who owns the park?": "The owner of the Sandwold Sands Holiday Park, Halyard Leisure"
                if bought_asked and re.search(r"\b(?:sold|sells|sell)\b(?:[^.;]|\.\d){0,80}?\bto\s+(?:[a-z]+\s+){0,9}?(?-i:[A-Z])", text, re.I):
                    return True  # "who bought the airport?": "the administrators sold the airport ... to a joint venture
                    # formed by the investment firm Pell Harbour Capital"
                for m in re.finditer(r"[A-Za-z]+", text):
                    w = m.group(0)
                    if w.lower() in STOPWORDS or not lexicon().verb_senses(w, senses=0) & doing:
                        continue
                    if text[max(0, m.start() - 1):m.start()] == "-":
                        continue  # "a council-owned site": a kind of thing, not a deed
                    fronted = w.endswith("ing") and re.match(r",\s+(?-i:[A-Z])", text[m.end():]) and \
                        re.search(r"(?:^|[.!?][”\"’']?\s+)$", text[:m.start()])  # "Sentencing, Judge Rendall said ..."
                    if past and not _verb_form(w) and not fronted:
                        continue  # "who designed it?": a past form tells it, not "pool designs", "the design
                        # work" (nouns) or "spent 30 years designing oil platforms"
                    passive = not w.lower().endswith("ing") and PASSIVE_BE.search(text[:m.start()])
                    # ("drawn up by", "paid for by", "was opened yesterday by", "was opened and adjourned at
                    # Northfield last week by")
                    if not passive or re.match(r"(?:\s+and\s+[a-z]+ed)?(?:\s+(?:at|in)\s+(?-i:[A-Z])\w+)?"
                                               r"(?:\s+(?:yesterday|today|officially|formally|finally|last\s+\w+|"
                                               r"on\s+\w+|in\s+(?-i:[A-Z])\w+))?"
                                               r"(?:\s+(?:up|down|out|off|over|back|through|together|for))?\s+by\b", text[m.end():]):
                        return True
                    if WORK_DONE_BY.search(text[m.end():]):
                        return True  # "were fitted in 2004 as part of a refurbishment carried out by the contractor X"
                    told = False
                return told
            told = tells(lead)
            if told is not True:
                alt = [c for c in cands[:10] if c.kind_ok and c.score >= 0.6 * lead.score and tells(c)]
                if alt:
                    lead = alt[0]
                elif told is False:
                    return self._refuse(f"The articles never say who {deed.lower()} this: the passage about it "
                                        "names nobody as doing so.", lead)
                else:
                    deed_unsaid = True

        if len(set(q.years)) >= 2 and not continued:
            # a comparison across years: the best sentence for each year, from an article of that year
            per_year = []
            measure = _measure(q.text) if q.kind not in KIND_WORDS else None  # "how did the rating change"
            measured = measured_words(q.text) if measure == "count" or q.kind == "count" else []
            sums = q.kind == "money" or measure == "money"  # (a sum, too, as the article of that year gives it)
            for y in dict.fromkeys(q.years):
                # best: a sentence that names the year; then one from an article of that year; then any
                # article that mentions it (the first of each, in score order)
                pool = cands[:20] + [c for c in cands[20:] if self._written_in(c, y)]
                written = sorted([c for c in pool if self._written_in(c, y)], key=lambda c: self._written_in(c, y))
                tiers = ([c for c in pool if re.search(r"\b" + y + r"\b", c.text) or
                          (self._in_article_time(c, [y]) and not {x for x in YEAR.findall(c.text) if x != y and
                                                                   not (sums and x < y)} - _years_set_against(c.text)) or
                          (self._last_year(c, y) and not YEAR.search(c.text))],
                         # then an article that may have been written that year (undated: the narrowest guess first)
                         [c for c in written if not set(YEAR.findall(c.text)) - {y}],
                         [c for c in pool if y in self._article_terms(c.source)])
                if q.kind == "role":  # a post is the one held when the article was written, whatever year it names
                    tiers = (written,) + tiers
                # first a sentence whose number stands beside what is counted ("Visitor numbers fell to
                # 39,500 in 2013, down from 48,000 in 2010"), though it names another year too
                ranked = sorted(((c, i, _names_count(measured, c.text, q))
                                 for i, tier in enumerate(tiers) for c in tier),
                                key=lambda cib: (-cib[2],
                                                 # (and then one written that year: "had only seven consultants"
                                                 # in 2015, not "compared with 310 in 2015, and has 18" in 2021)
                                                 not ((measured or sums) and self._written_in(cib[0], y)), cib[1]))
                pick = next((c for c, _, beside in ranked if c not in per_year
                             and (c.dense + c.lex >= MIN_SUPPORT or (q.kind == "role" and c.kind_ok) or beside)
                             and (q.kind not in KIND_WORDS or c.kind_ok)
                             and (measure is None or has_kind(measure, c.text, q))), None)
                if pick is not None:
                    per_year.append(pick)
            if len(per_year) >= 2:
                # one sentence may already compare them ("420 a day, compared with about 310 in 2015")
                # (not for a post: "joined in 2014 and is now its chief executive" is no post held in 2014)
                # (a figure compared must be there twice: "now expected to cost £8.9m, almost double the figure
                # put forward in 2008" gives only one of the two sums)
                figures = q.kind if q.kind in ("money", "count") else measure if measure in ("money", "count") else None
                both = [c for c in per_year if q.kind != "role" and (sum(1 for y in set(q.years) if y in c.text) >= 2 or
                        (len(set(q.years) - set(YEAR.findall(c.text))) == 1 and self._in_article_time(c, q.years)))
                        and (figures is None or len(answer_spans(figures, c.text, q)) >= 2)]
                return self._compose(q, both[:1] or per_year)

        if not continued:
            named_post = q.kind == "role" and lead.kind_ok  # the asked person's name, with a post beside it
            sup = context if context is not None and lead is swapped else lead
            # (a post holder moved ahead for the time asked is supported by the article's telling of that time)
            if not named_post and sup is not for_time and sup.dense < MIN_DENSE_ALONE and (sup.dense + sup.lex < MIN_SUPPORT or
                                                (sup.dense < MIN_DENSE and sup.lex < MIN_LEX)):
                return self._refuse("The articles do not seem to cover this: no passage is close to the question.", lead,
                                    weak=True)
            entity_toks = {t for n in needed for t in n}
            # (words only the earlier turns carried, "(blew, whistle)", were weighed when those were asked)
            carry = QUESTION_CARRY.search(q.text)
            carried = set(tokens(carry.group(0))) - set(tokens(q.text[:carry.start()])) if carry else set()
            # (nor the word of a measure asked: "how long is the pool?" is answered by "the 61-metre pool")
            how = {t for m in HOW_MEASURE.finditer(own) for t in tokens(m.group(m.lastindex))} if units_asked else set()
            asks = [t for t in q.content if t not in entity_toks and not t.isdigit() and t not in IN_THE_END
                    and t not in how and not (q.kind == "role" and t in ROLE_FRAME)
                    and not (q.kind == "money" and t in BILL_WORDS and FINAL_COST.search(own))]  # ("the final bill")
            # (nor are the words of a clause that only says which thing is meant: "the bonus that got her into trouble")
            described = described_words(own)
            # (nor the kind of thing asked for, which the answer names without the word: "Which party is he
            # from?": "the Conservative MP")
            sort = ASKED_SORT.search(own)
            described |= set(tokens(sort.group(1))) if sort else set()
            unknown = [t for t in asks if t not in kw.vocab and _family(t) not in kw.vocab and t not in carried
                       and not any(f in kw.vocab for f in FORMS.get(t, ()))  # ("become": "became")
                       and t not in described]
            if unknown and counted and self._counts(counted, lead.text, q):
                # "How many firefighters were sent to tackle the blaze?": "took 40 firefighters from eight engines
                # more than four hours to bring under control" counts what is asked; the deed may be told otherwise
                unknown = [t for t in unknown if not any(_verb_form(w) or lexicon().mainly_verb(w)
                                                         for w in (x.lower() for x in _words_for(q.text, [t])))]
            if unknown and len(unknown) * 2 >= len(asks) and lead.dense < UNKNOWN_DENSE_MAX:
                new_words = [w.lower() for w in _words_for(q.text, unknown)]

                def unmatched(c: Candidate) -> list[str]:  # (in the quote, or the headline it stands under: "the
                    # winner" of "Pryce ousted ... as anti-closure candidate wins by 97 votes")
                    a, b = self._quote_span(c)
                    art = self.store.get_article(c.source)
                    return self._unmatched(new_words, art.text[a:b] + "\n" + art.title, question=q.text)
                gaps = unmatched(lead)
                if gaps:  # another sentence about the same thing may use a synonym ("lawyer": "a solicitor")
                    # (and a total of votes when one is asked: not "wins by 97 votes" for "the winner")
                    alt = next((c for c in cands[1:10] if c.score >= 0.6 * lead.score and c.dense + c.lex >= MIN_SUPPORT
                                and (q.kind not in KIND_WORDS or c.kind_ok) and not unmatched(c)
                                and (not votes_got or _total_votes_told(c.text))), None)
                    if alt is not None:
                        lead, gaps = alt, []
                if gaps:
                    return self._refuse("The articles never speak of "
                                        f"{_list(gaps)} in connection with this.", lead, weak=True)

        # "Which party does she represent?": a quote that names a party ("the Conservative MP", "as the Green
        # councillor"), or none (not a sentence about her that names no party)
        if not continued and PARTY_ASKED.search(own) and not PARTY.search(lead.text):
            alt = [c for c in cands[:10] if c.score >= 0.6 * lead.score and PARTY.search(c.text)]
            if not alt:
                return self._refuse("The articles never name a party in a passage about this.", lead)
            lead = alt[0]

        # "How much did Sport England put towards the solar panels?": a figure from an article that never names
        # the one the question says gave it (or did it) is someone else's ("a grant from the government's scheme")
        doer = SUM_DOER.match(own) if q.kind in ("money", "count") and not continued else None
        doer_toks = set(tokens(doer.group(1))) if doer else set()
        if doer_toks and not doer_toks <= self._article_terms(lead.source):
            alt = [c for c in cands[:10] if c.kind_ok and c.score >= 0.75 * lead.score
                   and doer_toks <= self._article_terms(c.source) and all(k(c) for k in kept)]
            if not alt:
                return self._refuse(f"The articles that give a figure for this never mention {doer.group(1)}.", lead)
            lead = alt[0]

        # a year or figure the question itself gives must be what the quote speaks of
        # ("In 2016 there were plans for a trust. When did one take over?": only the question itself counts)
        asking = re.split(r"(?<=[.!])\s+(?=[A-Z])", own.strip())[-1]
        # "in 2023-24", a financial year or a season, is told by the year it ends in ("the year to 31 March 2024"),
        # or as the question writes it (not a year 2023 and a number 24)
        split_years = {m.group(1)[:2] + m.group(2): m.group(0) for m in SPLIT_YEAR.finditer(asking)
                       if (int(m.group(1)) + 1) % 100 == int(m.group(2))}
        asking = SPLIT_YEAR.sub(lambda m: m.group(1)[:2] + m.group(2) if m.group(0) in split_years.values()
                                else m.group(0), asking)
        own_years = list(dict.fromkeys(m.group(1) for m in YEAR.finditer(asking) if not m.group(0).endswith("s")))
        own_numbers = [n for n in (m.rstrip(",") for m in re.findall(r"(?<![\w.,£$€])\d[\d,]*(?:\.\d+)?", asking))
                       if n not in own_years and not YEAR.fullmatch(n)]
        # a sum the question names a thing by ("the national £2 fare cap") is in the article that speaks of it
        # (not one in a clause that describes a thing by what another article tells of it: "the campus that
        # ended up opening £9m over budget")
        own_sums = re.findall(r"[£$€]\d[\d,]*(?:\.\d+)?", DESCRIBING_CLAUSE.split(asking, maxsplit=1)[0])
        if not continued and (len(own_years) == 1 or own_numbers or own_sums):
            labels = {n for n in own_numbers if _labels(n, asking)}
            naming_year = bool(own_years) and bool(re.search(r"\b(the|its|their|that|this)\s+" + own_years[0] + r"\b", own, re.I))

            def grounded(c: Candidate) -> bool:
                art = self.store.get_article(c.source)
                lo, hi = self._around(c)
                window = art.text[lo:hi].replace(",", "")
                if any(not re.search(re.escape(n.replace(",", "")) + r"(?![\d]|[.,]\d)", art.text.replace(",", ""))
                       for n in own_sums):
                    return False
                for n in own_numbers:
                    # "the 999 control room" names a thing (a number before a singular noun): its article will do
                    where = art.text.replace(",", "") if n in labels else window
                    if not re.search(r"(?<![\d.])" + re.escape(n.replace(",", "")) + r"(?![\d])", where):
                        return False
                if len(own_years) == 1:
                    y = own_years[0]
                    # (a decade is no other year: "a 1970s extension" may be told in 2019)
                    # (nor is one told in a clause that describes something: "the same court where the company
                    # was sentenced in 2016")
                    # (nor, of a figure, one a span of time runs from: "its first annual profit since 2005" is
                    # of the year asked)
                    plain = WHERE_CLAUSE.sub("", c.text)
                    told = {m.group(1) for m in YEAR.finditer(plain) if not m.group(0).endswith("s")
                            and not (q.kind in ("money", "count")
                                     and re.search(r"\bsince\s+(?:(?-i:[A-Z])\w+\s+)?$", plain[:m.start()]))}
                    if (told - {y} or (art.years and int(y) != art.years[0] - 1 and
                                                            LAST_YEAR.search(c.text))) and y not in c.text and not naming_year:
                        window = c.text  # "212 times in 2012" is not about 2015, whatever the next sentence says
                        # (nor "fell to 960 last year" in a 2025 article about 2023)
                    in_text = re.search(r"\b" + y + r"\b", window) or re.search(r"\b" + y + r"/\d\d\b", window) or (
                        y in split_years and re.search(re.escape(split_years[y]) + r"\b", window))
                    if in_text and art.years and art.years[1] < int(y) and not PLANNED.search(own):
                        in_text = None  # written before that year, it can only say what was hoped for ("by 2020")
                    # an article of that time counts, unless the sentence itself names another year
                    # ("the 2010 report" names the article, so there the article's time is enough)
                    # (a year after the article's own time is a deadline or a plan: "by 2030" in a 2023 plan)
                    # (nor a year a sum or count ran from, to the article's time: "had spent £1.1m keeping her
                    # running since it took over the route in 2013", in 2017; nor the year of a figure it is set
                    # against: "the equivalent of 6.4 full-time GPs, down from 8.1 in 2017", in 2021)
                    other = {m for m in told if m != y and not (art.years and int(m) > art.years[1])
                             and not (q.kind in ("money", "count") and (
                                 re.search(r"\bsince\b[^.;]{0,40}?\b" + m + r"\b", c.text)
                                 or m in _years_set_against(c.text)))} \
                        if not naming_year else set()
                    # (not a sentence set in the year before: "Last year seven male bitterns were heard" in 2015)
                    of_year = art.years and art.years[0] <= int(y) <= art.years[1] and not other and not (
                        LAST_YEAR_TOLD.match(c.text) and art.years[0] == art.years[1])
                    # ("in May 2024": "... for May, compared with 17 days in September 2021", in an article of 2024)
                    month = re.search(r"\b(" + "|".join(MONTHS) + r")\s+" + y + r"\b", own)
                    of_year = of_year or bool(month and art.years and art.years[0] <= int(y) <= art.years[1] and
                                              re.search(r"\b" + month.group(1) + r"\b(?!\s+\d)", c.text))
                    # ("the 2024 festival" in an article of 2025 that speaks of "last year's event" anywhere)
                    last_year = art.years and int(y) == art.years[0] - 1 and \
                        LAST_YEAR.search(art.text if naming_year else window)
                    this_year = art.years and art.years[0] <= int(y) <= art.years[1] and THIS_YEAR.search(c.text)
                    # (the year after it was written, where it tells of what is to come then, for a question
                    # of what is to come: what happened that year it cannot know)
                    # ("Which firm has been brought in to run the race from 2024?": a start, told as "the deal,
                    # which starts with next year's race")
                    ahead = PLANNED.search(own) or re.search(r"\b(?:from|starting|beginning)\s+(?:in\s+)?" + y, own)
                    next_year = art.years and int(y) == art.years[1] + 1 and ahead and \
                        tells_next_year(window, published(art.date, art.years))
                    return bool(in_text or of_year or last_year or this_year or next_year)
                return True
            if not grounded(lead):
                lead_acts = acts(lead)
                alt = [c for c in cands[:10] if c.score >= 0.7 * lead.score and grounded(c)
                       and (q.kind not in KIND_WORDS or c.kind_ok) and (acts(c) or not lead_acts)
                       and all(k(c) for k in kept)
                       and (not counted or self._counts(counted, c.text, q, self._previous_sentence(c)))]
                if not alt and len(set(q.years)) == 1 and (again := reread(q.years, after=True)) is not None:
                    # nothing retrieved speaks of that year: read the articles written in it before refusing
                    return again
                if not alt:
                    what = _list(own_sums + own_numbers + own_years)
                    return self._refuse(f"The articles say nothing about this for {what}.", lead)
                lead = alt[0]
        in_time = grounded if not continued and (len(own_years) == 1 or own_numbers or own_sums) else (lambda c: True)

        # "Did the appeal succeed?" needs a quote that says so; "who was the chair?" one that names the role
        if not continued:
            role = ROLE_ASKED.search(own) if q.kind == "who" else None
            # ("the barrister prosecuting the company": "Nicholas Tebbutt, prosecuting for the agency, told ...",
            # the deed a court report names its barristers by)
            doing = POST_DOING.match(own) if q.kind == "who" else None
            by_deed = re.compile(SPAN_PATTERNS["who"].pattern + r",\s+" + doing.group(1) + r"\b") if doing else None

            def named_by_deed(c: Candidate) -> bool:
                return bool(by_deed and by_deed.search(c.text))
            if role and re.fullmatch(_WHO_IS, own[role.start():role.start(1)], re.I) and \
                    not lexicon().is_person_noun(words(role.group(1))[-1], senses=1):
                role = None  # a bare post is a person's ("who was head brewer at ..."), not "who was arrested"
            if role and (set(words(role.group(1))) & DESCRIBED or _participle_after(words(role.group(1)))):
                role = None  # "who was the elderly man ...", "the pensioner killed in ...": a description, not a post
            if YES_NO.match(own) or role:
                if role:  # the post, and what it is a post of when that is a common noun ("the chair of the board")
                    of = role.group(2)
                    # (what it is a post of is the phrase's head noun: "the chairman of the agricultural society
                    # in 2017" is one of the society, which an article may call only "the society")
                    head = list(itertools.takewhile(lambda w: w not in STOPWORDS, words(of)))[-1:] if of else []
                    asked_words = words(role.group(1)) + (head if of and of[0].islower() else [])
                else:
                    asked_words = words(own)
                need = _asking_words(asked_words, own_names)
                # a post must be named as such ("chair" is in "chairman"; a "manager" is not a "chairman")
                least = ROLE_SYNONYM_MIN if role else SYNONYM_MIN
                gaps = self._gaps(lead, need, least, narrow=bool(role), question=own)
                if role and gaps == head and of and of[0].islower() and self._owner_named_before(lead, head[0], role.group(1)):
                    gaps = []  # ("the lead author of the university's evaluation": "The study's lead author, Dr Ewan
                    # Talbot", two sentences after "The £85,000 evaluation, carried out by the University ...")
                if gaps and role and need and need[-1] not in gaps:
                    # "the planning inspector" is "inspector Gillian Marchbank" in an article about planning
                    # (but a "deputy" or "acting" head is not the head)
                    terms = self._article_terms(lead.source)
                    gaps = [g for g in gaps if g.lower() in RANKS or not set(tokens(g)) <= terms]
                if gaps and role:  # another sentence about the same thing may name the post (or its holder by the deed)
                    # (read whole, an article of the year asked speaks of the time, whatever its score)
                    alt = [c for c in (cands if _whole else cands[:10]) if c.kind_ok and in_time(c)
                           and (c.score >= 0.6 * lead.score or (_whole and len(set(q.years)) == 1
                                                                 and self._written_in(c, q.years[0])))
                           and (not self._gaps(c, need, least, narrow=True, question=own)
                                or named_by_deed(c))]
                    # (the post itself before a lesser one: "Coxswain Ray Tolland", not "serves as second coxswain")
                    lesser = re.compile(r"\b(?:" + "|".join(UNDER_POSTS) + r")\s+" + re.escape(need[-1]), re.I) if need else None
                    alt = [c for c in alt if not (lesser and lesser.search(c.text))] or alt
                    if alt:
                        lead, gaps = alt[0], []
                if gaps and role and len(set(q.years)) == 1 and (again := reread(q.years)) is not None:
                    # ("Who was coxswain when the boat arrived in 2010?": the article of that year may name the
                    # post in a sentence retrieval passed over, "Coxswain Ray Tolland, 54, took the wheel")
                    return again
                if gaps:
                    what = "whether" if not role else "who"
                    return self._refuse(f"The articles do not say {what}: they never speak of {_list(gaps)} "
                                        "in a passage about this.", lead)
                if not role and not continued and DONE_YES_NO.match(own) and MAY_BE.search(lead.text):
                    # "Has Graham Tolley been given the Freedom of Kessington yet?": not "said Mr Tolley should be
                    # offered the Freedom of Kessington", which says what someone wants done
                    return self._refuse("The articles do not say whether: they tell only of what someone said "
                                        "should or could be done.", lead)

            # "Which national bus group did she join?": a quote that speaks only of "a national bus group"
            # (the asked words after "a", no name after them) does not name it
            body = ASKS_ORG.search(own) if q.kind == "who" else None
            if body:
                phrase = own[body.start() + len(body.group(1)):body.end()].strip()
                unnamed = re.compile(r"\b(?:a|an|another)\s+" + re.escape(phrase) + r"\b(?!\s*,?\s*(?:called\s+|named\s+)?(?-i:[A-Z]))",
                                     re.I)
                # (the lead, or the passage a name beside it stands in for)
                spoken = context.text if context is not None and lead is swapped else lead.text
                spoken_of = unnamed.search(spoken)
                if spoken_of and re.search(r"(?-i:[A-Z])[\w’'&-]*,\s+$", spoken[:spoken_of.start()]):
                    spoken_of = None  # "Calder Vane Developments, a property company": named just before
                if len(phrase.split()) >= 2 and spoken_of:
                    return self._refuse(f"The articles speak of {spoken_of.group(0)} but do not "
                                        "name it.", lead)
                # "Which building firm carried out the restoration?": a body of that sort ("the contractor,
                # Stonebridge Heritage Construction"), before a sentence nearer in words that names a body of
                # another ("after the Heritage Lottery Fund earmarked £4.9 million for its restoration")
                sorts = [w for w in words(phrase)[:-1] if w not in STOPWORDS and lexicon().base_forms(w, "noun")
                         and not lexicon().base_forms(w, "adj")]
                if sorts and not self._of_sort(lead.text, sorts):
                    alt = next((c for c in cands[:10] if c.kind_ok and c.score >= 0.5 * lead.score
                                and self._of_sort(c.text, sorts)), None)
                    if alt is not None:
                        lead = alt

            # "the name of the whistleblower": a quote that speaks of the whistleblower must name them
            # (a name beside the word), not some other name in the same sentence
            post = NAME_OF.search(own) or (role if role and not role.group(2) else None)
            which = WHICH_PERSON.search(own) if q.kind == "who" and not post and not ASKS_ORG.search(own) else None
            firm_of = FIRM_OF.search(own) if q.kind == "who" and not post else None  # "which firm of surveyors"
            post_text = post.group(1) if post else (
                which.group(1) if which and lexicon().is_person_noun(which.group(1), senses=1) else
                firm_of.group(1) if firm_of and lexicon().is_person_noun(firm_of.group(1), senses=1) else None)
            if q.kind == "who" and post_text:  # ("which barrister did they hire": one named as the barrister)
                post_words = [w for w in words(post_text) if w not in STOPWORDS]
                post_word = post_words[-1] if post_words else ""
                # "Labour's candidate": not the one a quote calls "the Conservative candidate"
                owner = OWNER.search(own)
                owner = owner.group(1) if owner else None
                # (the post's own qualifiers: "Dominic Farrant, a former operations director" is no finance director)
                # (not its owner: "the trust's treasurer" is "the trust's honorary treasurer")
                owned = {w for m in re.finditer(r"([\w-]+)[’']s?\s", post_text) for w in words(m.group(1))}
                mods = {w for w in post_words[:-1] if w not in TIME_MODIFIERS and w not in owned}

                def names_post(c: Candidate) -> bool:
                    return self._names_beside(c, post_word, q, owner, mods) or named_by_deed(c) or (
                        bool(post) and bool(_apposed_names(c.text, post_word)))
                if post_word and not names_post(lead):
                    # (of the time asked: "the health minister when the 2024 report came out" is not one of 2017)
                    named = [c for c in cands[:10] if c.kind_ok and c.score >= 0.6 * lead.score and names_post(c)
                             and in_time(c)]
                    # (or the passage it stands in for: "The board hired a solicitor ..." beside another name)
                    if self._mentions(lead, post_word) or (context is not None and lead is swapped
                                                           and self._mentions(context, post_word)):
                        if not named:
                            return self._refuse(f"The articles speak of the {' '.join(post_words)} but do not "
                                                "name them.", lead)
                        lead = named[0]
                    elif named and (not post or named_by_deed(named[0])):
                        lead = named[0]  # "which barrister": one a quote names as the barrister, or by the deed
                    elif not named and which and deed_unsaid and not any(self._mentions(c, post_word) for c in cands[:10]):
                        # "Which architects designed the tram bridge?": no quote speaks of architects, nor of
                        # designing: the name beside the bridge did something else
                        return self._refuse(f"The articles never speak of any {' '.join(post_words)} in a passage about "
                                            f"this, nor say who {deed.lower()} it.", lead)
                    elif not named and post and post_word not in DESCRIBED and lexicon().is_person_noun(post_word):
                        # no quote names a "deputy" (but "the man who ..." may be named without the word "man")
                        spoken = any(self._mentions(c, post_word) for c in cands[:10])
                        return self._refuse(f"The articles speak of the {' '.join(post_words)} but do not name them."
                                            if spoken else f"The articles never name a {' '.join(post_words)} in a "
                                            "passage about this.", lead)

        # "Who is the managing director of Tidewall Civil?": not "Keith Orme, the company's managing director",
        # where the company is the one the sentence before names (Halyard Leisure) and not the one asked
        bodies_asked = [e for e in own_entities if len(e.split()) >= 2 and not self._is_person(e, cands[:10])] \
            if q.kind == "who" and not continued else []
        if bodies_asked and self._of_other_body(lead, bodies_asked):
            post_said = lead.covered - {t for b in bodies_asked for t in tokens(b)}  # ("managing director")
            alt = [c for c in cands[:10] if c.kind_ok and c.score >= 0.6 * lead.score and post_said <= c.covered
                   and any(set(tokens(b)) & set(tokens(c.text)) for b in bodies_asked)]
            if not alt:
                return self._refuse(f"The articles speak of that post at another body, not at {_list(bodies_asked)}.", lead)
            lead = alt[0]

        # "When was the fire station built?": a date the quote gives for something else (its closing, a visit)
        # is no answer; the sentence must speak of building it (a verb of its commonest senses: "constructed")
        done = WHEN_DONE.search(own) if q.kind == "when" and not continued else None
        if done and not _verb_form(done.group("verb")):  # ("when were academies first introduced in England?")
            done = WHEN_DONE.search(TRAILING_PLACE.sub("?", own))
        if done and _verb_form(done.group("verb")):
            event = " ".join(filter(None, done.group("verb", "particle")))
            doing = lexicon().verb_senses(done.group("verb"))
            # ("when was the hall built?": "the hall, which opened in 1878"; the hall's opening, not the pontoons')
            opening = OPENING if doing & BUILDING else frozenset()
            thing = tokens(done.group("subject"))[-1:]

            def tells(c: Candidate) -> bool:  # a verb of the event in the sentence ("building" is a noun as often),
                # beside a date ("the hall, which opened in 1878"; not "submitted last year ..., who also built")
                dates = answer_spans("when", c.text, q)
                verbs = doing | opening if set(thing) <= set(tokens(c.text)) else doing
                return not _names_another(c.text, done.group("subject")) and any(
                    lexicon().verb_senses(m.group().lower(), senses=0) & verbs
                    and any(a - m.end() <= EVENT_REACH and m.start() - b <= EVENT_REACH for a, b in dates)
                    for m in re.finditer(r"[A-Za-z]+", c.text) if not m.group().lower().endswith("ing")
                    and m.group().lower() not in STOPWORDS)
            if not tells(lead):
                alt = [c for c in cands[:10] if c.kind_ok and c.score >= 0.6 * lead.score and tells(c)]
                if not alt:
                    return self._refuse(f"None of the articles says when {done.group('subject')} "
                                        f"{done.group('aux')} {event}.", lead)
                # (one that tells it done before one that tells it expected: "was completed in February 2022",
                # not "is not expected to finish until the end of next year")
                lead = next((c for c in alt if not PLAN_TOLD.search(c.text)), alt[0])
            elif PLAN_TOLD.search(lead.text):
                lead = next((c for c in cands[1:10] if c.kind_ok and c.score >= 0.75 * lead.score and tells(c)
                             and not PLAN_TOLD.search(c.text)), lead)

        if q.kind == "when" and not continued and FUTURE_ASKED.search(own):
            # "When are passenger services due to start running again?": a time to come when its article was
            # written ("the first trains are timetabled for December 2027"), not one gone by ("lifted ... in 1968")
            dated = self._article_years()

            def to_come(c: Candidate) -> bool | None:  # None: no year told, or no date of writing
                years = [int(y) for a, b in answer_spans("when", c.text, q) for y in YEAR.findall(c.text[a:b])]
                return max(years) >= dated[c.source][0] if years and c.source in dated else None
            # (or one that tells no year, "more than 11 years after it was downgraded", before "in the spring of 2027")
            if to_come(lead) is not True:
                lead = next((c for c in cands[:10] if c.kind_ok and c.score >= 0.6 * lead.score and to_come(c)), lead)

        # "When did it open?": a sentence that says it opened comes before one that hoped it would ("hopes to
        # open by 2016"), among those nearly as close
        did = (WHEN_DID_IT.search(own) or WHEN_DID.search(own) or WHEN_DID_THE.search(own)) \
            if q.kind == "when" and not continued and not done else None
        if did and did.re is WHEN_DID and not _verb_form(did.group("verb")) and WHEN_DID_THE.search(own):
            did = WHEN_DID_THE.search(own)  # ("... run on the old Wenlow Valley branch?": not "branch")
        if did and lexicon().base_forms(did.group("verb"), "verb") and not any(
                w in STOPWORDS - {"the", "a", "an", "it", "its", "they", "their", "he", "she", "his", "her"} or
                verb_like(w) for w in words(did.group("subject"))):  # (not "the runway come into use")
            doing = lexicon().verb_senses(did.group("verb"))
            if doing & LEAVING:  # ("when did he leave the agency?": "retired in 2021")
                doing = doing | LEAVING

            def deeds(c: Candidate) -> list[re.Match]:  # the past forms of the verb, not "to open" or "will open"
                # (or its present, which news uses for what is fixed to come: "She leaves in April")
                return [m for m in re.finditer(r"(?<!\bto )(?<!\bwill )(?<!\bwould )\b([a-z]+)\b", c.text)
                        if (_verb_form(m.group(1)) or (_present_form(m.group(1)) and re.search(
                            r"(?:\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey)|(?-i:[A-Z])[\w’'-]+)\s+$", c.text[:m.start()])))
                        and lexicon().verb_senses(m.group(1), senses=0) & doing]

            def happened(c: Candidate) -> bool:
                return bool(deeds(c))
            # (a named subject's: "when did Bill Dunn leave?" is not when the principal left)
            subject = tokens(did.group("subject"))[-1:] if did.group("subject")[:1].isupper() else []

            def of_subject(c: Candidate) -> bool:  # (named, or "She" after a sentence that names her)
                return self._told_of(c, set(subject), OPENS_HE_SHE_THEY, every=True)

            def dated_deed(c: Candidate) -> bool:  # a past form of the verb beside a date ("the night the last
                # train ran, 5 March 1966"; not "trains running again on the branch, which ... two years later")
                dates = [(a, b) for a, b in answer_spans("when", c.text, q)  # (a date, not "57 years after")
                         if YEAR.search(c.text[a:b]) or any(m in c.text[a:b] for m in MONTHS)]
                return any(a - m.end() <= EVENT_REACH and m.start() - b <= EVENT_REACH for m in deeds(c) for a, b in dates)
            # (not a plan, from a sentence that tells it done: "with the last cabinets finished by the end of 2018"
            # is no answer to when it did, beside "the last of the 320 street cabinets ... was switched on")
            # (nor, from one that tells the nth one asked, one that does not: "The work was finished by Northline")
            nth_told = bool(asked_first) and _same_instance(lead.text, asked_first)

            def no_plan(c: Candidate) -> bool:
                return (PLAN_TOLD.search(lead.text) or not PLAN_TOLD.search(c.text)) and (
                    not nth_told or _same_instance(c.text, asked_first))
            if not happened(lead):
                alt = [c for c in cands[:10] if c.kind_ok and c.score >= 0.6 * lead.score and happened(c)
                       and of_subject(c) and no_plan(c)]
                if alt:
                    lead = alt[0]
            if not dated_deed(lead):
                lead = next((c for c in cands[:10] if c.kind_ok and c.score >= 0.6 * lead.score and dated_deed(c)
                             and of_subject(c) and no_plan(c)), lead)
            if FIRST_TIME.search(own) and happened(lead):
                # "When did the pier first open?": of the sentences that tell it happened, the earliest time
                # ("opened in August 1887", not "officially opened on Saturday" after its rebuilding)
                told = [c for c in cands[:10] if c.kind_ok and c.score >= 0.6 * lead.score and happened(c)]
                lead = min([lead] + told, key=self._earliest_year)

        # "What did he go on to do after he retired?": the quote must tell of something he did next
        if not continued and GO_ON.search(own):
            a, b = self._quote_span(lead)
            if not WENT_ON.search(self.store.get_article(lead.source).text[a:b]):
                return self._refuse("The articles do not say what came of them afterwards.", lead)

        # "How many votes did James Sowerby get?": not "Ms Tarrant ... polled 1,146 votes", a figure said of
        # someone else the sentence names as its subject, when it does not name the one asked about
        people = [e for e in own_entities if self._is_person(e, cands[:10])] \
            if q.kind in ("count", "money", "when") and not continued else []
        people_names = {t for e in people for t in tokens(e)}
        # (a sentence names them, or opens "Her salary of £96,000 ..." after one that does, in the post asked:
        # "paid as chief executive", not "as director of care")
        paid_as = PAID_AS.search(own) if people else None
        post = [t for w in re.findall(r"\b[a-z][\w’'-]*", paid_as.group(1)) if w not in STOPWORDS
                for t in tokens(w) if t not in GENERIC] if paid_as else []  # (its common words, not a body's name)

        def of_them(c: Candidate) -> bool:
            return self._told_of(c, people_names, OPENS_HE_SHE_HIS_HER, also=post)
        # ("What salary is Helen Marchant paid?": a sum paid to her, not one a sentence that never names her
        # says someone paid: "In March the society paid back £680,000 to 1,940 bondholders")
        # (of a sentence about someone else, the refusal below says so)
        if people and q.kind == "money" and PAY_ASKED.search(own) and not (PAY_TOLD.search(lead.text) and of_them(lead)) \
                and not self._of_another(lead, people_names, cands[:10]):
            alt = [c for c in cands[:10] if c.kind_ok and c.score >= 0.6 * lead.score and PAY_TOLD.search(c.text) and of_them(c)]
            if not alt:
                return self._refuse(f"The articles say nothing of what {_list(people)} is paid.", lead)
            lead = alt[0]
        if people and self._of_another(lead, people_names, cands[:10]) and not (
                q.kind == "when" and PERSON_PRONOUN.search(lead.text)):  # ("his alarm had first sounded at 11.52pm")
            alt = [c for c in cands[:10] if c.kind_ok and c.score >= 0.6 * lead.score
                   and not self._of_another(c, people_names, cands[:10]) and of_them(c)
                   and (not counted or self._counts(counted, c.text, q, self._previous_sentence(c)))]
            if not alt:
                what = "date" if q.kind == "when" else "figure"  # ("When did Brian Tolley become leader?": not
                # "Priya Rahman ... stood down as leader in 2021")
                return self._refuse(f"The articles give that {what} for someone else, not for {_list(people)}.", lead)
            lead = alt[0]

        # "How many schools does the Northfold Academies Trust run?": not "the Calderway Education Trust ...
        # already runs eleven schools", a figure said of another body of the same kind, the one asked not named
        # (and "Who designed the Fern House?": not "The Palm House was built in 1871 to designs by the engineer
        # Josiah Caddick", a deed told of another house; another sentence must name it and tell the deed)
        bodies = [e for e in own_entities if len(e.split()) >= 2 and e not in people and e.split()[-1][:1].isupper()
                  and (q.kind in ("count", "money") or (lexicon().base_forms(e.split()[-1].lower(), "noun")
                                                        and not self._is_person(e, cands[:10])))] \
            if q.kind in ("count", "money", "who", "when") and not continued else []
        # ("the Canal Street cycle lane": the name with the common nouns the question puts after it, so that "The
        # Mill Road cycle lane averaged 3,120 bike trips a day" names another lane)
        bodies = [_with_nouns_after(e, own) for e in bodies]
        elsewhere = [e for e in bodies if _names_another(lead.text, e) and not set(tokens(e)) <= set(tokens(lead.text))]
        if elsewhere:
            deed = {t for w in words(own) if w not in STOPWORDS and _verb_form(w) for t in tokens(w)} \
                if q.kind in ("who", "when") else set()
            alt = [c for c in cands[:10] if c.kind_ok and c.score >= 0.6 * lead.score
                   and all(set(tokens(e)) <= set(tokens(c.text)) for e in elsewhere)
                   and deed <= {t for w in words(c.text) for t in tokens(w)}
                   and (not counted or self._counts(counted, c.text, q, self._previous_sentence(c)))]
            if not alt and q.kind in ("who", "when"):
                return self._refuse(f"The articles tell this of another {elsewhere[0].split()[-1].lower()}, "
                                    f"not of {_list(elsewhere)}.", lead)
            if not alt:
                return self._refuse(f"The articles give that figure for another {elsewhere[0].split()[-1].lower()}, "
                                    f"not for {_list(elsewhere)}.", lead)
            lead = alt[0]

        # "What rating does Ravensgill Academy hold?": a rating is given to the one the sentence names (or the
        # one before it), not to whatever the passage is about
        rated = [e for e in own_entities if len(e.split()) >= 2 and tokens(e) and not self._is_person(e, cands[:10])] \
            if q.kind == "rating" and not continued else []

        def names_rated(c: Candidate) -> bool:
            near = set(tokens(c.text + " " + self._previous_sentence(c)))
            return all(tokens(e)[0] in near for e in rated)  # (its first word: "Calderbrook" of "Calderbrook A&E")
        if rated and not names_rated(lead):
            alt = [c for c in cands[:10] if c.kind_ok and c.score >= 0.6 * lead.score and names_rated(c)]
            if not alt:
                return self._refuse(f"The articles give no rating for {_list(rated)}.", lead)
            lead = alt[0]

        # a rare name the question itself asks about must stand near the quoted sentence
        rare_limit = max(3, kw.n_docs // 100)
        rare = [e for e in own_entities if tokens(e) and not CALENDAR.fullmatch(e)
                and 0 < min(kw.df.get(t, 0) for t in tokens(e)) <= rare_limit]
        if rare and not continued:
            art = self.store.get_article(lead.source)
            lo, hi = self._around(lead, 2, 2)
            near = set(tokens(art.title + " " + art.text[lo:hi]))
            # ("Ms Lund" near, "Sarah Lund" in the article: a surname stands for the name given in full)
            whole = self._article_terms(lead.source)
            # (a title is no part of it: "Miss Dunn" is "Ms Dunn" in another article)
            absent = [e for e in rare if not set(tokens(e)) - PERSON_TITLES <= near and not (
                len(tokens(e)) >= 2 and tokens(e)[-1] in near and set(tokens(e)) - PERSON_TITLES <= whole)]
            if absent:
                return self._refuse(f"The articles mention {_list(absent)}, but not in a passage that answers this.", lead,
                                    weak=True)  # each part of a two-part question may still be answered
            # the rare name is there, but none of what the question asks about it ("the waiting times at X")
            rest = _asking_words(words(own), own_names)
            # (the article's headline may say what the sentence naming it is about: "Halyard Leisure has pledged
            # the remaining £600,000" under "Rock wall to save Sandwold gets go-ahead")
            headed = set(tokens(art.title)) if lead.kind_ok and all(set(tokens(e)) <= set(tokens(lead.text)) for e in rare) else set()
            if rest and lead.dense < RARE_DENSE_MAX and not (q.kind == "role" and lead.kind_ok) and len(
                    [w for w in self._gaps(lead, rest, SYNONYM_MIN, question=own) if tokens(w)[0] not in headed]) == len(rest):
                return self._refuse(f"The articles mention {_list(rare)}, but say nothing of "
                                    f"{_list(_words_for(own, [tokens(w)[0] for w in rest]))} for it.", lead)

        chosen = [lead] + ([context] if context is not None and lead is swapped else [])
        change = CHANGE.search(own) if len(set(q.years)) < 2 and not continued and len(chosen) == 1 else None
        compared = q.kind if q.kind in ("count", "money") else _measure(q.text) if q.kind not in KIND_WORDS else None
        if change and compared in ("count", "money"):
            # "How much did the repair bill grow between the storm and the takeover?": times told by events, not
            # years, so the figure as each article gives it, in the order they were written
            measured = measured_words(q.text) if compared == "count" else []
            # what the sum is ("the estimated repair bill": a bill, or a cost; "the club's debts": debts)
            head = [w for w in words(re.split(r"\s+of\s+", change.group("np") or "")[0]) if w not in STOPWORDS][-1:] \
                if compared == "money" else []
            family = MEASURES[2][1] if head and MEASURES[2][1].fullmatch(head[0]) else None

            def figure(c: Candidate, strict: bool = True) -> bool:
                if measured:
                    return _names_count(measured, c.text, q)
                if strict and head and not (family and family.search(c.text)) and \
                        self._gaps(c, head, SYNONYM_MIN, narrow=True):
                    return False
                return bool(answer_spans(compared, c.text, q))
            best: dict[str, Candidate] = {}
            for c in cands[:20]:
                if c.source not in best and c.score >= 0.6 * lead.score and figure(c):
                    best[c.source] = c
            for c in cands[:20]:  # (a sum not called a cost, in an article that has none that is: "a £38m plan")
                if c.source not in best and c.score >= 0.6 * lead.score and c.lex >= LOOSE_FIGURE_LEX and figure(c, strict=False):
                    best[c.source] = c
            if len(best) >= 2:
                years = self._article_years()
                chosen = sorted(list(best.values())[:4], key=lambda c: (years.get(c.source, (9999, 9999)), c.start))
                return self._compose(q, chosen)
        if BREADTH.search(own):
            # "over the years", "at each inspection": the best sentence of each other article that answers too
            seen = {lead.source}
            for c in cands[1:12]:
                if c.source in seen or c.score < 0.6 * lead.score or (q.kind in KIND_WORDS and not c.kind_ok):
                    continue
                chosen.append(c)
                seen.add(c.source)
                if len(chosen) == 4:
                    break
            if len(chosen) > 1:
                return self._compose(q, chosen, lead_in=not continued)
        if q.kind == "why" and len(chosen) == 1 and not continued:
            # "Why did he quit?": "He resigned in February. He has moved to Portugal to be closer to his
            # daughter." A reason is often told in the sentence after the one that matches the question
            art = self.store.get_article(lead.source)
            if lead.index + 1 < len(art.sentences):
                a, b = art.sentences[lead.index + 1]
                if REASON.search(art.text[a:b]) and "\n\n" not in art.text[lead.end:a]:
                    chosen.append(replace(lead, start=a, end=b, text=art.text[a:b], index=lead.index + 1))
        for c in cands[1:6] if len(chosen) == 1 else []:  # (a name's context is already its second quote)
            if (c.source, c.start) == (lead.source, lead.start):
                continue
            adjacent = c.source == lead.source and 0 <= c.start - lead.end <= 3
            ratio = 0.6 if adjacent or TWO_PART.search(q.text) else SECOND_RATIO
            if c.score < ratio * lead.score:
                continue
            if c.covered - lead.covered or (adjacent and q.kind in KIND_WORDS and c.kind_ok):
                chosen.append(c)
                break
        if not continued and q.kind not in KIND_WORDS and asks_list(own) and (context is None or lead is not swapped):
            # "What changes were planned?", "What does the plan involve?": the items of a list are told in the
            # sentences that follow the one that matches best, in its article (up to two of them)
            have = {(c.source, c.start) for c in chosen}
            near = [c for c in cands[1:12] if c.source == lead.source and 0 < c.index - lead.index <= LIST_REACH
                    and c.score >= LIST_RATIO * lead.score and (c.source, c.start) not in have]
            chosen[1:1] = sorted(near, key=lambda c: c.index)[:2]
        return self._compose(q, chosen, lead_in=not continued)

    def _sentence_of(self, c: Citation) -> int | None:
        """The index, in its article's sentence list, of the sentence a citation starts in."""
        art = self.store.get_article(c.source)
        return next((i for i, (a, b) in enumerate(art.sentences) if a <= c.start < b), None) if art else None

    def _sentence_vector(self, source: str, start: int) -> np.ndarray | None:
        spans, vecs = self.store.sentence_vectors(source)
        row = np.flatnonzero(spans[:, 0] == start) if len(spans) else []
        return vecs[row[0]] if len(row) else None

    def _next_event(self, previous: list[Citation], cands: list[Candidate], q: QuestionInfo, last: bool
                    ) -> Candidate | None:
        """The event that came after the one the last answer quoted (or the last of them): a sentence on the
        same subject, later in a quoted story or in a retrieved one, dated after it. None when none is dated."""
        pool = {(c.source, c.start): c for c in cands}
        topics, times, quoted = [], [], set()
        for cited in previous:
            art, at = self.store.get_article(cited.source), self._sentence_of(cited)
            if art is None or at is None:
                continue
            a0, b0 = art.sentences[at]
            quoted.add((cited.source, a0))
            vec = self._sentence_vector(cited.source, a0)
            pub = published(art.date, art.years)  # (undated, the news itself is of the day of writing)
            when = event_time(art.text[a0:b0], pub) or (pub and written(pub))
            if vec is None or when is None:
                continue
            topics.append(vec)
            times.append(when)
            for i in range(at + 1, len(art.sentences)):  # the rest of the story, retrieved or not
                a, b = art.sentences[i]
                pool.setdefault((cited.source, a), Candidate(cited.source, a, b, art.text[a:b], index=i))
        if not topics:
            return None
        since = times[0]  # (the time of the answer's lead)
        # the articles written next, read whole: what came next is often the news of a later story
        cited_in = {c.source for c in previous}
        after = sorted((span, s) for s, span in self._article_years().items() if span[1] >= since[0] and s not in cited_in)
        for _, source in after[:NEXT_ARTICLES]:
            art = self.store.get_article(source)
            for i, (a, b) in enumerate(art.sentences if art is not None else ()):
                pool.setdefault((source, a), Candidate(source, a, b, art.text[a:b], index=i))
        names = {t for e in q.entities if not set(e.split()) & set(MONTHS + DAYS) for t in tokens(e)}
        found = []
        for (source, a), c in pool.items():
            if (source, a) in quoted or len(c.text.split()) < 6 or SPOKEN.search(c.text[:1]):
                continue
            other = self.store.get_article(source)
            if instruction_like(c.text) or DATELINE.match(c.text) or a == other.sentences[0][0]:
                continue
            when = event_time(c.text, published(other.date, other.years))
            if when is None or not later(when, since):
                continue
            vec = self._sentence_vector(source, a)
            sim = max(float(vec @ t) for t in topics) if vec is not None else 0.0
            near = self._toks(other, *self._around(c, 1, 0)) if source not in cited_in else names
            if sim < NEXT_TOPIC_MIN or sim > NEXT_SAME_MAX or (names and not names & near):
                continue  # another subject, or the same event told again
            # the nearer in time the better, and the story's own next sentences first
            gap = (months(when) - months(since)) / 12
            told_on = source == previous[0].source and c.start > previous[0].start
            found.append((sim + NEXT_STORY * told_on - NEXT_PER_YEAR * gap, sim, c))
        # ("how did it end": the later event closest to the subject, however late)
        best = max(found, key=lambda f: f[1] if last else f[0], default=None)
        return best[2] if best is not None and (last or best[0] > 0) else None

    def _speaker(self, last: Citation, q: QuestionInfo) -> Candidate | None:
        """The sentence nearest the cited quote (itself first, then the one after, then before) that names someone."""
        at = self._sentence_of(last)
        if at is None:
            return None
        art = self.store.get_article(last.source)
        for i in (at, at + 1, at - 1, at + 2, at - 2):
            if 0 <= i < len(art.sentences):
                a, b = art.sentences[i]
                if answer_spans("who", art.text[a:b], q):
                    return Candidate(last.source, a, b, art.text[a:b], index=i)
        return None

    def _measured(self, units: re.Pattern, cands: list[Candidate], q: QuestionInfo, lead: Candidate,
                  latest: bool = False) -> list[Candidate]:
        """Sentences that give a measure in the units asked, in the articles of the candidates that name every
        one of the question's names; those sharing most of its words first, then the earliest article's (the
        newest's, `latest`)."""
        names = [n for n in q.entities if n]
        found = []
        for src in dict.fromkeys(c.source for c in cands):
            art = self.store.get_article(src)
            if art is None or not all(n in art.text for n in names):
                continue
            for i, (a, b) in enumerate(art.sentences):
                if units.search(art.text[a:b]):
                    # (as close to the question as the passage that led to its article)
                    found.append(Candidate(src, a, b, art.text[a:b], index=i, score=lead.score, dense=lead.dense,
                                           lex=lead.lex, passage=lead.passage,
                                           covered=set(q.content) & set(tokens(art.text[a:b]))))
        years = self._article_years()
        found.sort(key=lambda c: (-len(c.covered), -years.get(c.source, (0,))[0] if latest else years.get(c.source, (9999,))[0],
                                  c.index))
        return found[:1]

    def _counts(self, counted: list[str], text: str, q: QuestionInfo, prev_text: str = "") -> bool:
        """Does a number in `text` stand within a few words of one of the counted words?"""
        if LIVING_ASKED.search(q.text):
            return self._counts_residents(text, q)
        direct, after, before, near_pronoun, counts_word, described = [], [], [], False, [], []
        head = _head(counted)
        headed = head != counted
        votes = any(_family(t) == "vote" for w in counted for t in tokens(w))
        if BACKED_ASKED.search(q.text) and VOTED_BY.search(text):
            return True  # "How many members backed the extension?": "approved the scheme by nine votes to two"
        for a, b in answer_spans("count", text, q):
            if votes and MAJORITY_OF.search(text[max(0, a - 40):a]):
                return True  # "re-elected with a majority of 9,412": a number of votes
            following = [w for w in words(text[b:b + 60])[:4] if w not in STOPWORDS]
            direct += following[:1]  # "3,200 people": the word a number counts
            if following and not lexicon().base_forms(following[0], "noun"):
                # ("around 190 licensed taxi drivers": the nouns after a word that describes them, for a word
                # of the same meaning; not for people, whom "five affected communities" does not count)
                described += list(itertools.takewhile(lambda w: bool(lexicon().base_forms(w, "noun")), following[1:3]))
            counts_word += [w for w in following if w not in UNITS][:1]  # ("10.4 million passengers": passengers)
            # the counted noun follows the number ("268 applications") or comes shortly before it
            # ("a rise in schools rated Good (from 335 ..."), unless a noun follows it at once:
            # "on 73 days" counts days, not the swimmers before it
            after += following[:3] if headed else following[:2]  # ("1,150 free smoke alarms" counts alarms)
            # ("14 of its 61 staff": staff, the noun after the whole it is part of)
            noun_next = re.match(r"\s+(?:of\s+(?:its|their|the|his|her|our)\s+(?:[\d,.]+\s+)?)?([a-z][\w-]*)", text[b:b + 40])
            if not (noun_next and noun_next.group(1) not in STOPWORDS and noun_next.group(1) not in NOT_COUNTED):
                told = [w for w in _words_before(text, a) if w not in STOPWORDS][-6:]
                after += told
                before += told if not text[b:b + 1].isalpha() else []  # (not "at 7pm")
            # "this has reduced to 30" (not "that", which mostly opens a clause: "found that 15 children")
            # (not a number that counts a noun of its own: "will employ 74 people when it is full")
            near_pronoun |= bool(COUNT_PRONOUN.search(text[max(0, a - 40):b + 20])) and not (
                noun_next and noun_next.group(1) not in STOPWORDS and noun_next.group(1) not in NOT_COUNTED)
        if not after:
            return False
        if headed and {t for w in counted if w not in head for t in tokens(w)} & {t for w in counts_word for t in tokens(w)}:
            return True  # "how many passenger journeys": "10.4 million passengers" (the word itself, just after)
        counted = head
        # (an irregular verb by its family: "how many people came" is not counted by "14 cameras")
        want = {_family(t) for w in counted for t in tokens(w)}
        near = {t for w in after for t in tokens(w)}
        if any(w == n or (min(len(w), len(n)) >= 4 and (w.startswith(n) or n.startswith(w))) for w in want for n in near):
            return True  # "268 applications" counts what "how many families applied" asks
        if {t for w in counted for d in lexicon().derived(w) for t in tokens(d)} & near:
            return True  # "19 children have died" counts the deaths asked about (WordNet's derived forms)
        lex = lexicon()
        if lex.available and any(len(w) > 2 and w not in UNITS and lex.is_kind_of(w, lex.noun_senses(c, 1), 2)
                                 for c in counted for w in direct):
            return True  # a kind of the thing asked: "how many pieces of leather": "3,000 fragments of leather"
        if prev_text and near_pronoun and want & set(tokens(prev_text)):
            return True  # "... 32 schools ... As of February this has reduced to 30."
        vecs = self._word_vectors(counted + direct + described)
        if any(float(vecs[c] @ vecs[w]) >= COUNT_SYNONYM_MIN for c in counted for w in direct + described):
            return True
        # "how many people": a word for people or a body of them ("9,400 staff"), by WordNet where it is
        # read, else by word vectors (which put "cars" nearer "people" than "pupils")
        if any(c in PEOPLE and w not in UNITS and len(w) > 2  # ("7pm" counts no prime ministers)
               and (lex.counts_people(w) if lex.available else float(vecs[c] @ vecs[w]) >= PEOPLE_SYNONYM_MIN)
               for c in counted for w in direct):
            return True
        if lex.available and any(c in PEOPLE for c in counted) and any(
                w not in ORG_WORDS and lex.counts_people(w) and lex.base_forms(w, "noun") and not lex.is_person_noun(w)
                for w in before):
            return True  # a body of people the number is the size of: "The workforce, which stands at 2,210"
        if set(counted) <= PEOPLE:  # "how many people did it employ?": "its workforce has grown to 146"
            rest = re.search(r"\bhow many\s+\w+\s+(.*)", q.text, re.I)
            named = {t for e in q.entities for t in words(e)}
            doing = [w for w in words(QUESTION_CARRY.sub("", rest.group(1))) if w not in STOPWORDS and w not in named
                     and lexicon().base_forms(w, "verb")] if rest else []
            if {t for w in doing if lexicon().mainly_verb(w) and not lexicon().lemmas(w) & LIGHT_VERBS
                    for d in lexicon().derived(w) for t in tokens(d)} & near:
                return True  # "how many people were thought to be dying early": "around 96 early deaths a year"
            doing = doing[:1]
            if doing:
                vecs = self._word_vectors(doing + after)
                return any(float(vecs[doing[0]] @ vecs[w]) >= COUNT_SYNONYM_MIN for w in after)
        return False

    def _counts_residents(self, text: str, q: QuestionInfo) -> bool:
        """"How many people live in Thrapley?": a number of residents ("its 1,140 residents", "a village of
        900 people") or a population ("Tarnsay's population has fallen to 1,020"), not any number of people
        ("3,100 names on its petition ... the people who actually live here")."""
        for a, b in answer_spans("count", text, q):
            counted = next(iter(words(text[b:b + 30])), "")
            before = [w for w in _words_before(text, a, 40) if w not in STOPWORDS][-4:]
            if counted in RESIDENTS or "population" in before or (
                    counted in PEOPLE and re.search(r"\b(?:town|village|city|island|community|parish|borough)\s+of\s+$",
                                                    text[max(0, a - 30):a], re.I)):
                return True
        return False

    def _is_person(self, entity: str, cands: list[Candidate]) -> bool:
        """Is a name the question gives a person's: a first name and a surname, the first a person's name in
        WordNet ("James") or the surname given a title in the articles read ("Ms Kemp")?"""
        parts = entity.split()
        if len(parts) != 2 or set(words(entity)) & (ORG_WORDS | PLACE_WORDS):
            return False
        if lexicon().is_person_noun(parts[0], senses=1):
            return True
        titled = re.compile(r"\b" + TITLE + re.escape(parts[1]) + r"\b")
        return any(titled.search(self.store.get_article(src).text) for src in dict.fromkeys(c.source for c in cands))

    def _of_another(self, c: Candidate, names: set[str], cands: list[Candidate]) -> bool:
        """Is the sentence about a titled person ("Ms Tarrant, 34, ... polled") other than the names asked of,
        or one that names another person and not them ("the chief executive, Alison Threlfall, received")?"""
        if names & set(tokens(c.text)):
            return False
        return bool(SUBJECT_TITLED.match(c.text)) or any(
            self._is_person(m.group(0), cands) for m in FULL_NAME.finditer(c.text))

    def _mentions(self, c: Candidate, word: str) -> bool:
        a, b = self._quote_span(c)
        stem = tokens(word)[0] if tokens(word) else word
        return any(_of_stem(t, stem) for t in self._toks(self.store.get_article(c.source), a, b))

    def _names_beside(self, c: Candidate, word: str, q: QuestionInfo, owner: str | None = None,
                      mods: set[str] = frozenset()) -> bool:
        """Does a name stand within a few words of `word` (or its word family) in the quote? (With the
        `owner` the question gives, "Labour's candidate": not where another name qualifies the word; with
        the post's own qualifiers, `mods` ("finance" director), not where another word does: "operations".)"""
        art = self.store.get_article(c.source)
        a, b = self._quote_span(c)
        text = art.text[a:b]
        stem = tokens(word)[0] if tokens(word) else word.lower()

        def other_owner(x: int) -> bool:  # "The Conservative candidate" when Labour's is asked
            before = re.search(r"([A-Z][\w-]*)(?:[’']s)?\s+$", text[max(0, x - 30):x])
            return bool(owner and before and before.group(1) != owner and x - len(before.group(0)) > 0
                        and before.group(1).lower() not in STOPWORDS)

        def other_kind(x: int) -> bool:  # the word right before it, in the same phrase (not "on Tuesday, inspector")
            before = re.search(r"(?<![\w’'-])([a-z][\w-]*)\s+$", text[max(0, x - 25):x])
            w = before.group(1) if before else None
            return bool(mods and w and w not in mods | STOPWORDS | TIME_MODIFIERS | TITLES)
        # (or a word of the post's first sense: "Mrs Justice Okafor" is a judge, a "chair" a chairman)
        sense = set(lexicon().noun_senses(word, 1)) if word[:1].islower() else set()
        at = [m.start() for m in re.finditer(r"[\w’'-]+", text)  # ("CEO" is a chief executive)
              if (any(_of_stem(t, stem) for t in tokens(m.group(0)))
                  or (sense and m.group(0).lower() not in STOPWORDS and sense & set(lexicon().noun_senses(m.group(0), 8))))
              and not other_owner(m.start()) and not other_kind(m.start())]
        # the names the question gives do not part a post from its holder ("CEO of Birmingham
        # Children's Trust Andy Couldrick", asked "who is the chief executive of Birmingham Children's Trust")
        given = [e for e in q.entities if len(e) > 3]

        def gap(x: int, s0: int, s1: int) -> int:
            if x < s0:  # (the post's own complement parts it from no name: "its first paid member of staff, general
                # manager Priya Nandra")
                post = re.match(r"[\w’'-]+\s+of\s+(?:the\s+)?[a-z][\w-]*(?=,)", text[x:s0])
                x = x + post.end() - len(text[x:].split()[0]) if post else x
            between = text[min(x, s1):max(x, s0)]
            for e in given:
                between = between.replace(e, "")
            if x >= s1:  # "Amara Quist, who was appointed the trust's chief executive": the clause names her post
                between = WHO_WAS_MADE.sub("", between, count=1)
            if CLAUSE_VERB.search(between):
                return NAME_GAP + 1  # "James Sowerby, was third, and Labour's candidate": another clause
            return len(between)
        return any(gap(x, s0, s1) <= NAME_GAP for x in at for s0, s1 in answer_spans("who", text, q))

    def _gaps(self, c: Candidate, need: list[str], least: float, narrow: bool = False, question: str = "") -> list[str]:
        """The needed words that neither the candidate's sentence, nor the ones either side, hold in any form
        (`narrow`: the quote itself, with its lead-in)."""
        if not need:
            return []
        art = self.store.get_article(c.source)
        lo, hi = self._quote_span(c) if narrow else self._around(c)
        window = art.text[lo:hi]
        have = self._toks(art, lo, hi)
        absent = [w for w in need if tokens(w)[0] not in have and not any(
            h.startswith(tokens(w)[0]) or tokens(w)[0].startswith(h) for h in have if len(h) >= 4)]
        # (a rank is the word itself, narrowly: a "head brewer" is not "taken over by the Dutch brewer")
        ranks = [w for w in absent if narrow and w.lower() in RANKS]
        rest = self._unmatched([w for w in absent if w not in ranks], window, least, question) if absent else []
        return [w for w in absent if w in ranks or w in rest]

    def _with_articles_of(self, years: list[str], retrieval: Retrieval, after: bool = False) -> Retrieval:
        """The retrieval, with every article written in one of these years added whole (ranked below
        what was retrieved): retrieval on "2010 compared with 2022" may bring only one of them.
        `after`: the articles of the year after as well (what they say happened "last year")."""
        if not retrieval.passages:
            return retrieval
        low = min(p.score for p in retrieval.passages) / 2
        extra = []
        for source, (lo, hi) in self._article_years().items():
            if any(lo <= int(y) <= hi for y in years):
                end = len(self.store.get_article(source).text)
                extra.append(Passage(id=f"{source}:whole", source=source, start=0, end=end, score=low))
            elif after and any(int(y) == lo - 1 for y in years):
                art = self.store.get_article(source)  # (only its sentences about "last year")
                extra += [Passage(id=f"{source}:{a}", source=source, start=a, end=b, score=low)
                          for a, b in art.sentences if LAST_YEAR.search(art.text[a:b])]
        return replace(retrieval, passages=retrieval.passages + extra) if extra else retrieval

    def _written_in(self, c: Candidate, year: str) -> int:
        """How many years the candidate's article may have been written in, if `year` is one of them (else 0)."""
        span = self.store.get_article(c.source).years
        return span[1] - span[0] + 1 if span and span[0] <= int(year) <= span[1] else 0

    def _in_article_time(self, c: Candidate, years: list[str]) -> bool:
        """Is one of these years the time the candidate's article was published in?"""
        return any(0 < self._written_in(c, y) <= 2 for y in years)

    def _year_here(self, c: Candidate, year: str, near: set[str]) -> bool:
        """Is the candidate about this year: it names it, or (naming no other) the sentence before
        does, or it was written then, or a year later and says "last year"?"""
        named = set(YEAR.findall(c.text))
        if year in named:
            return True
        if named:  # "212 times in 2012" is not about 2015, whatever the sentence before says
            return self._last_year(c, year)  # but "164 times last year, down from 212 in 2012" may be
        return year in near or self._in_article_time(c, [year]) or self._last_year(c, year)

    def _last_year(self, c: Candidate, year: str) -> bool:
        """Does the sentence say "last year" (or last summer...) in an article of the year after `year`?"""
        span = self.store.get_article(c.source).years
        return bool(span) and span[1] - span[0] <= 1 and int(year) == span[0] - 1 and bool(LAST_YEAR.search(c.text))

    def _speaks(self, c: Candidate, name: str) -> bool:
        """Does the named person speak or act in the sentence ("Christie said", "said Mr Christie",
        "Christie, the trust's chair, welcomed"), not only be spoken of?"""
        surname = re.escape(name.split()[-1])
        return bool(re.search(surname + r"\b[^.;:!?]{0,80}?\b" + SPEAKING + r"\b", c.text)
                    or re.search(r"\b" + SPEAKING + r"\s+(?:[A-Z][\w.’'-]*\s+){0,3}" + surname + r"\b", c.text))

    def _earliest_year(self, c: Candidate) -> int:
        """The earliest year the sentence names, or else the year its article was written in (or 9999)."""
        named = [int(y) for y in YEAR.findall(c.text)]
        written = self._article_years().get(c.source)
        return min(named) if named else written[0] if written else 9999

    def _of_other_body(self, c: Candidate, bodies: list[str]) -> bool:
        """Does the sentence speak of a body by "the company's" or "its" ("Keith Orme, the company's managing
        director") that neither it nor the sentence before names as one asked of ("For Halyard, the calculation
        is straightforward.")?"""
        said = set(tokens(c.text))
        if any(set(tokens(b)) & said for b in bodies) or not any(  # (a post: not "the company's history")
                lexicon().is_person_noun(w.lower()) for m in BODY_POSSESSIVE.finditer(c.text) for w in m.group(1).split()):
            return False
        # (or the two before that: "Coldwell Fibre ... now has 1,420 customers. ... Last November it was named
        # community business of the year. The society took on its first paid member of staff, ...")
        before = set(tokens(self._sentences_before(c, 3)))
        return not any(set(tokens(b)) & before for b in bodies)

    def _told_of(self, c: Candidate, names: set[str], opening: re.Pattern, every: bool = False,
                 also: list[str] | tuple[str, ...] = ()) -> bool:
        """Does the sentence name them (any of `names`; `every`: all), or open with a pronoun (`opening`) after a
        sentence that does ("... and a former finance director of Vale Pastures Creamery, she succeeds ..." after
        "Helen Marchant, 49, was elected ...")? A pronoun's sentence must hold the words `also` too, with the one
        before ("Her salary of £96,000 ..." for "paid as chief executive")."""
        def named(text: str) -> bool:
            have = set(tokens(text))
            return names <= have if every else bool(names & have)
        if named(c.text):
            return True
        if not opening.search(c.text):
            return False
        before = self._previous_sentence(c)
        return named(before) and set(also) <= set(tokens(c.text + " " + before))

    def _previous_sentence(self, c: Candidate) -> str:
        return self._sentences_before(c, 1)

    def _opens_with_another(self, c: Candidate, entity: str) -> bool:
        """Does the sentence open by naming another person ("Gary Stannard, who won Ashgrove from Rosalind
        Pryce ...", when Rosalind Pryce is asked about)?"""
        m = re.match(r"^[\"“‘']?(?:" + TITLE + r")?((?-i:[A-Z][a-z’'-]+)\s+(?-i:[A-Z][a-z’'-]+))\b", c.text)
        return bool(m) and m.group(1).split()[0].lower() not in STOPWORDS and not set(tokens(m.group(1))) & set(tokens(entity)) \
            and self._is_person(m.group(1), [c])

    def _of_sort(self, text: str, sorts: list[str]) -> bool:
        """Does the text hold each word of a sort of body asked ("building" of "which building firm"), or a
        word as near in meaning ("Construction")?"""
        have = set(tokens(text))
        absent = [w for w in sorts if not set(tokens(w)) <= have]
        if not absent:
            return True
        ev = [w.lower() for w in re.findall(r"[A-Za-z][\w-]+", text) if w.lower() not in STOPWORDS and len(w) > 2]
        if not ev:
            return False
        vecs = self._word_vectors(absent + ev)
        return all(max(float(vecs[a] @ vecs[e]) for e in ev) >= SORT_MIN for a in absent)

    def _titled(self, entities: list[str], c: Candidate) -> bool:
        """Does the sentence name the one person asked about by title and surname ("Ms Pryce"), the article
        giving the whole name before it ("Rosalind Pryce")?"""
        if len(entities) != 1 or len(entities[0].split()) < 2:
            return False
        surname = entities[0].split()[-1]
        if not re.search(r"\b" + TITLE + re.escape(surname) + r"\b", c.text):
            return False
        art = self.store.get_article(c.source)
        return entities[0] in art.text[:art.sentences[c.index][0]]

    def _owner_named_before(self, c: Candidate, owner: str, post: str) -> bool:
        """Does the sentence name the post as a thing's ("The study's lead author", "lead author of the
        study"), the thing called `owner` in one of the two sentences before it?"""
        post_words = [w for w in words(post) if w not in STOPWORDS][-1:]
        if not post_words:
            return False
        p = re.escape(post_words[0])
        if not re.search(r"\b(?:the|its|their)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*[’']s\s+(?:[\w-]+\s+){0,2}?" + p
                         + r"\b|\b" + p + r"\s+of\s+(?:the|its|their|this|that)\s+[a-z]", c.text, re.I):
            return False
        return bool(set(tokens(owner)) & set(tokens(self._sentences_before(c, 2))))

    def _sentences_before(self, c: Candidate, n: int) -> str:
        """The text of the (up to) n sentences before the candidate's, in its article."""
        art = self.store.get_article(c.source)
        return " ".join(art.text[a:b] for a, b in art.sentences[max(0, c.index - n):c.index])

    def _naming_before(self, c: Candidate) -> str:
        """The nearest of the four sentences before the candidate that names a person (what "Their successor
        will be Kasia Nowak" speaks of, after "Mark and Julie Hobbs ... will pull their last pints. They are
        leaving ..."; what "She will be replaced by ..." does after three sentences of her quoted), else the one
        just before."""
        art = self.store.get_article(c.source)
        for i in range(c.index - 1, c.index - 5, -1):
            if i >= 0 and first_person(text := art.text[art.sentences[i][0]:art.sentences[i][1]]):
                return text
        return self._previous_sentence(c)

    def _sentences_in(self, c: Citation) -> list[tuple[int, int]]:
        art = self.store.get_article(c.source)
        return [s for s in art.sentences if c.start <= s[0] < c.end] if art else []

    def _quote_span(self, c: Candidate) -> tuple[int, int]:
        """The quote for a chosen sentence: with its lead-in when it opens with a pronoun, and
        with what follows when it ends on a colon."""
        art = self.store.get_article(c.source)
        sents, i = art.sentences, c.index
        a, b = c.start, c.end
        adjacent = lambda x, y: not art.text[x:y].strip()  # nothing (no furniture) between two sentences
        if i > 0 and CONNECTIVE.match(c.text) and adjacent(sents[i - 1][1], a) and len(c.text) < 400:
            a = sents[i - 1][0]
        if c.text.rstrip().endswith(":") and i + 1 < len(sents) and adjacent(b, sents[i + 1][0]):
            b = sents[i + 1][1]
        return a, b

    def _compose(self, q: QuestionInfo, chosen: list[Candidate], lead_in: bool = True,
                 key: list[str] | None = None) -> Draft:
        """The answer: each chosen sentence quoted (with its lead-in), and above them in bold the words that
        answer (`key`, or those the first quote holds of the kind asked)."""
        citations, parts = [], []
        for c in chosen:
            art = self.store.get_article(c.source)
            a, b = self._quote_span(c) if lead_in else (c.start, c.end)
            if any(p.source == c.source and a < p.end and p.start < b for p in citations):
                a, b = c.start, c.end  # never quote the same words twice
                if any(p.source == c.source and p.start <= a and b <= p.end for p in citations):
                    continue  # (the sentence is already quoted, as the lead-in of an earlier quote)
            n = len(citations) + 1
            quote = art.text[a:b]
            citations.append(Citation(n=n, source=c.source, title=art.title, quote=quote, start=a, end=b))
            parts.append(f"“{' '.join(quote.split())}” [{n}]")
        # (from the answering sentence first: a sentence quoted before it for its "it" holds other figures)
        key = key or _answer_words(q, chosen[0].text) or _answer_words(q, citations[0].quote)
        if key:
            parts.insert(0, "**" + "**, **".join(key) + "**")
        return Draft(answer="\n\n".join(parts), citations=citations)

    def _refuse(self, reason: str, nearest: Candidate | None, weak: bool = False) -> Draft:
        near = None
        text = f"I can't answer that from the articles. {reason}"
        if nearest is not None:
            art = self.store.get_article(nearest.source)
            near = Citation(n=1, source=nearest.source, title=art.title, quote=nearest.text,
                            start=nearest.start, end=nearest.end)
            text += f"\n\nThe nearest they come is in “{art.title}”: “{' '.join(nearest.text.split())}”"
        return Draft(answer=text, citations=[], refused=True, refusal_reason=reason, nearest=near, weak=weak)


# ("... and roughly how many people did it employ?": the second part's hedge goes with it)
# ("How old is the bridge - when was it finished?": a dash joins two questions too)
SPLIT = re.compile(r",?\s+(?:and|compared (?:with|to)|as against|versus|vs\.?|[-–—])\s+"
                   r"(?=(?:(?:roughly|about|approximately|also|exactly|precisely)\s+)?(what|who|whom|when|where|how|which|why)\b)",
                   re.I)


MAJORITY_OF = re.compile(r"\b(?:majority|margin)\s+of\s+(?:just\s+|only\s+|some\s+|about\s+|around\s+)?$", re.I)
PARTY_ASKED = re.compile(r"\b(?:which|what)\s+(?:political\s+)?party\b", re.I)
PARTY = re.compile(r"(?-i:\b(?:Labour|Conservatives?|Tory|Tories|Liberal\s+Democrats?|Lib\s+Dems?|Greens?|Reform|UKIP|SNP|"
                   r"Plaid\s+Cymru|Independents?|DUP|Alliance))\b|\b(?:as\s+an|an)\s+independent\b(?!\s+(?:review|inquiry|"
                   r"report|panel|investigation|body|school|expert|assessment|audit))", re.I)
LAST_YEAR_TOLD = re.compile(r"\W*(?:last\s+year|in\s+(?:[A-Z][a-z]+\s+)?last\s+year)\b", re.I)  # (opening the sentence)
# the one a "how much/many" question says did it: "How much did Sport England put towards ...?"
# (a giver, not a body asked of what it has: "How many officers does Ravensmoor Constabulary have?" may be told of
# "the force")
SUM_DOER = re.compile(r"^\W*(?i:how\s+(?:much|many))\b[^?]*?\b(?i:did|does|do|has|have|had|will|would)\s+"
                      r"((?:[A-Z][\w’'&-]*)(?:\s+[A-Z][\w’'&-]*)*)\s+(?=(?:put|give|gave|given|pay|paid|spend|spent|contribute|"
                      r"contributed|donate|donated|award|awarded|grant|granted|lend|lent|invest|invested|offer|offered|"
                      r"provide|provided|hand|handed)\b)")
DASHED = re.compile(r"\s+[-–—]\s+(?=(?:what|who|whom|when|where|how|which|why)\b)", re.I)
# a question's opening word: a question word or the verb of a yes-or-no question
ASKING = re.compile(r"^\W*(?:what|who|whom|whose|when|where|how|which|why|is|are|was|were|do|does|did|has|have|had|"
                    r"can|could|will|would|should)\b", re.I)


LISTED = re.compile(r"\b(?:what|which)\s+([\w’'-]+)(?:\s+([\w’'-]+))?|\b(involved?|included?|entailed?|consist(?:ed)? of)\b",
                    re.I)


NOT_BEFORE_NOUN = set("is was were are be been does did do has had have will would can could should might may must "
                      "he she it they we you i his her its their our your my the a an this that these those".split())


def asks_list(question: str) -> bool:
    """Whether a question asks for the items of a list: "what changes", "which other libraries", "what does
    the plan involve" (a plural noun after "what" or "which", or a verb of what a thing is made up of)."""
    def plural(word: str | None) -> bool:
        word = (word or "").lower()
        if word in STOPWORDS or not word.endswith("s") or word.endswith("ss"):
            return False
        forms = lexicon().base_forms(word, "noun")
        return bool(forms) and word not in forms
    for m in LISTED.finditer(question):
        if m.group(3) or plural(m.group(1)) or (m.group(1).lower() not in NOT_BEFORE_NOUN and plural(m.group(2))):
            return True
    return False


def split_question(question: str) -> list[str]:
    """"How far ..., and how much ...?" -> its two questions; one question stays whole. A time the
    question opens with ("When the trust reopened it, how many ... and how many ...?") goes with both."""
    lead = LEAD_CLAUSE.match(question)
    rest = question[lead.end():] if lead else question
    if DASHED.search(rest) and not ASKING.match(rest):
        rest = DASHED.sub(" ", rest)  # "The MP pushed for a monitoring station - what did it cost?": one question
    parts = [p.strip(" ,?") for p in SPLIT.split(rest) if p and not re.fullmatch(r"(what|who|whom|when|where|how|which|why)", p, re.I)]
    parts = [p for p in parts if len(p.split()) >= 3]
    if len(parts) != 2:
        return [question]
    if lead:
        clause = lead.group(1)
        return [f"{p[:1].upper()}{p[1:]} {clause[:1].lower()}{clause[1:]}?" for p in parts]
    return [p + "?" for p in parts]


def merge_drafts(drafts: list[Draft]) -> Draft:
    """One answer from the answers to the parts of a two-part question (none of them refused)."""
    good = [d for d in drafts if not d.refused]
    citations, parts = [], []
    for d in good:
        for c in d.citations:
            if any(c.source == x.source and c.start < x.end and x.start < c.end for x in citations):
                continue
            n = len(citations) + 1
            citations.append(c.model_copy(update={"n": n}))
    for d in good:  # each part's answer, its markers renumbered
        text = d.answer
        for c in d.citations:
            same = next((x for x in citations if x.source == c.source and x.start < c.end and c.start < x.end), None)
            text = text.replace(f"[{c.n}]", f"[\x00{same.n if same else c.n}]")
        text = text.replace("\x00", "")
        if text not in parts:  # (both parts answered by the same words of the same sentence: said once)
            parts.append(text)
    return Draft(answer="\n\n".join(parts), citations=citations)


MEASURES = [("rating", re.compile(r"\b(rating|ratings|rated|grade|graded|verdict|judgement|judgment|ranking)\b", re.I)),
            ("count", re.compile(r"\b(number|numbers|how many|percentage|proportion|share|figures?|total)\b", re.I)),
            ("money", re.compile(r"\b(cost|costs|price|budget|spending|spend|funding|sum|fine|salary|bill)\b", re.I))]


# "How did the cost change?", "How much did the debts grow between ...", "compared with what was promised"
CHANGE = re.compile(r"\bhow\s+(?:much\s+|far\s+)?(?:did|has|have|does|do|had)\s+"
                    r"(?P<np>(?:(?!(?:is|was|were|are|been|be|it|they|he|she|before|after|when|while)\b)[\w’'£$.,-]+\s+){1,7}?)"
                    r"(?:change|changed|grow|grown|rise|"
                    r"risen|fall|fallen|increase|increased|drop|dropped|shrink|shrunk|climb|climbed|go up|gone up|"
                    r"go down|gone down|compare|compared|measure up)\b|\bcompared?\s+(?:with|to)\b", re.I)


def _measure(question: str) -> str | None:
    """What a comparison compares: "how did the rating change" a verdict, "the number of" a count."""
    return next((kind for kind, pattern in MEASURES if pattern.search(question)), None)


def measured_words(question: str) -> list[str]:
    """What a comparison of counts counts: "how many pupils", "the number of volunteers", "visitor numbers"."""
    m = re.search(r"\b(?:how many|numbers? of)\s+((?:[a-z][a-z-]+\s*){1,3})", question, re.I)
    if m:  # "the number of emergency medicine consultants change ...": up to a stop word or a verb
        out = []
        for w in words(m.group(1)):
            if w in STOPWORDS or (out and verb_like(w)):
                break
            out.append(w)
        return out
    m = re.search(r"\b([a-z][a-z-]+)\s+(?:numbers|figures|totals)\b", question, re.I)
    return [m.group(1).lower()] if m and m.group(1).lower() not in STOPWORDS else []


# "39,500 visitors": a word that can be what is counted follows the number (not "39,500 in 2013")
# "401,000 last year": not years; "has launched 204 times": launches, the deed before
NOT_COUNTED = {"last", "this", "next", "each", "every", "per", "a", "an", "the", "times", "occasions"}
COUNTED_NEXT = re.compile(r"\s+(?!(?:in|on|at|by|to|of|from|last|this|a|an|the)\b)[a-z]")


def _names_count(measured: list[str], text: str, q: QuestionInfo) -> int:
    """Is a number in `text` right beside what is measured: "86 volunteers", "Visitor numbers fell to 39,500"?
    2 when it names the deed of the people asked about ("how many people visited": "96,000 visitors"), which
    counts them more surely than "52 people", 1 when it names what is measured, else 0."""
    want = {t for t in tokens(measured[-1])} if measured else set()  # the head: "consultants", not "emergency"
    deed = _deed_of_people(measured, q.text)
    found = 0
    for a, b in answer_spans("count", text, q) if want else []:
        if text[a:b].lower() == "one":
            continue  # "with one hand": a word, seldom a count
        if re.search(r"%|per\s*cent", text[a:b + 9]) and not ASKS_SHARE.search(q.text):
            continue  # "76.1% of patients" is a share of them, not how many
        near = [w for w in words(text[b:b + 40]) if w not in STOPWORDS][:3]
        if not COUNTED_NEXT.match(text, b):
            # "Visitor numbers fell to 39,500 in 2013": what is counted stands before the number (not
            # "patients were seen within four hours", where "hours" is what four counts)
            near += [w for w in words(text[max(0, a - 30):a]) if w not in STOPWORDS][-3:]
        near_toks = {t for w in near for t in tokens(w)}
        if deed and not COUNTED_NEXT.match(text, b):  # ("Visitor numbers have slumped from around 180,000")
            near_toks |= {t for w in _words_before(text, a) for t in tokens(w)}
        if deed and any(t.startswith(deed) and t != deed for t in near_toks):
            return 2  # (a noun built on the deed, not the deed itself: "vets visit twice a week")
        if want & near_toks:
            found = 1
    return found


def _words_before(text: str, at: int, reach: int = 60) -> list[str]:
    """The whole words in the `reach` characters before `at` ("Visitor numbers ...", not "isitor numbers")."""
    back = max(0, at - reach)
    while back > 0 and text[back - 1].isalnum():
        back -= 1
    return words(text[back:at])


def _deed_of_people(measured: list[str], question: str) -> str | None:
    """The stem of what the people counted did, when they are counted only as people: "how many people
    visited" ("visit", which "visitors" is built on), "how many people attended"."""
    if not measured or measured[-1].lower() not in ("people", "persons"):
        return None
    m = re.search(r"\b" + re.escape(measured[-1]) + r"\s+([a-z][a-z-]+)", question, re.I)
    if not m or not verb_like(m.group(1)) or m.group(1).lower() in STOPWORDS:
        return None
    stem = next(iter(tokens(m.group(1))), None)
    return stem if stem and len(stem) >= 5 else None


HOW_MANY = re.compile(r"\bhow many\s+(.*)", re.I)


ADVERBS = frozenset({"still", "already", "ever", "yet", "also", "actually", "really", "currently", "now", "then",
                     "just", "only", "even", "finally", "eventually", "altogether", "overall", "in", "ultimately"})


def counted_words(question: str) -> list[str]:
    """What "how many ..." counts: the words after it, up to the first stop word (at most two, the second
    may be the verb: "families applied" is counted by "268 applications"); "how many chose to retire"
    names nothing counted."""
    m = HOW_MANY.search(question)
    if not m:
        body = MEASURED_BODY.search(question)  # ("What's the population of Pellworth?": a population)
        return [body.group(1).lower()] if body else []
    # ("how many brain-injured children": a hyphened participle before a noun qualifies it; the noun is counted)
    qualifier = re.match(r"[^\W_]+(?:-[^\W_]+)*-[^\W_]+(?:ed|ing)\s+([^\W_]+)", m.group(1))
    asked = m.group(1)[qualifier.start(1):] if qualifier and qualifier.group(1).lower() not in STOPWORDS else m.group(1)
    out = []
    for w in words(asked):
        if w in STOPWORDS or len(out) == 3 or (not out and verb_like(w)):
            break
        if w in ADVERBS or (not out and w.endswith("ly") and lexicon().base_forms(w, "adv")
                            and not lexicon().base_forms(w, "noun") and not lexicon().base_forms(w, "adj")):
            break  # ("how many actually went?" counts nothing it names; "how many premises still couldn't ...")
        out.append(w)
    # (of three, the last two when the third is a plural noun, the thing counted: "emergency ambulance
    # transfers"; not "fire stations closed", "nurses currently work")
    plural = len(out) == 3 and not verb_like(out[2]) and any(b != out[2] for b in lexicon().base_forms(out[2], "noun"))
    return out[1:] if plural else out[:2]


def _answer_words(q: QuestionInfo, quote: str) -> list[str]:
    """The words that answer a who/when/how-many/how-much/where question, nearest the
    question's own words in the quote first; shown in bold above the quote."""
    text = " ".join(quote.split())
    spans = answer_spans(q.kind, text, q)
    if not spans:
        return []
    # (how far apart, from the end of one to the start of the other: "Priya Ashworth, took charge of the
    # project when Martin Ellery retired" answers "who took charge" with the name beside "took")
    # (the question's words of time are no anchors: "who took over in June" is not the name beside "June")
    timeless = {t for t in q.content if not (YEAR.fullmatch(t) or t.capitalize() in MONTHS + DAYS)}
    anchors = [m.span() for t in timeless for m in re.finditer(r"\b" + re.escape(t) + r"\w*", text.lower())]
    if anchors:
        spans.sort(key=lambda s: min(max(0, a - s[1], s[0] - b) for a, b in anchors))
    named_of = NAME_OF.search(q.text) if q.kind == "who" else None
    noun = words(named_of.group(1))[-1:] if named_of else []
    if noun and not lexicon().is_person_noun(noun[0], senses=1):  # ("the name of the dog": "their spaniel, Biscuit,")
        apposed = _apposed_names(text, noun[0])
        if apposed:
            return apposed[:1]
    if q.kind == "who":  # "Kelsworth Connect's board": a name that only qualifies a noun comes after one that acts
        # (and one in a clause of time after the one it is told of: "Claire Stansfield, who became chief
        # executive last year when Andrew Cullis retired")
        spans.sort(key=lambda s: (bool(re.search(r"[’']s?$", text[s[0]:s[1]].strip(" ,;:."))),
                                  bool(re.search(r"\b(?:when|after|before|since|until|while)\s+$", text[:s[0]]))))
        # ("St Aidan's church hall" is a place named after a saint, no one who did anything)
        spans = [s for s in spans if not re.match(r"(?:St|Saint)\.?\s", text[s[0]:s[1]])]
        body = ASKS_ORG.search(q.text)
        if body:  # "Which holding company ...?": the name the quote gives the body asked ("a newly created holding
            # company, Meadowbank Topco Ltd"), before one that only stands near ("filed at Companies House")
            apposed = re.compile(r"\b" + re.escape(body.group(3)) + r"s?,?\s+(?:called\s+|named\s+)?(?:(?-i:[A-Z])[\w’'-]*\s+){0,3}$", re.I)
            spans.sort(key=lambda s: not apposed.search(text[:s[0]]))
    # (one span inside another is the same answer: "now a regional organiser for Unite" holds the post)
    spans = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
    if q.kind in ("count", "money") and len(spans) >= 2 and not TWO_ASKED.search(q.text):
        # "How much did Halyard Leisure put towards it?": of "The appeal has raised £500,000, and Halyard Leisure has
        # pledged the remaining £600,000", the sum in the clause that names the one asked of
        named = [m.span() for e in q.entities for m in re.finditer(r"\b" + re.escape(e) + r"\b", text)]

        def same_clause(s: tuple[int, int]) -> bool:
            end = s[0] + len(text[s[0]:s[1]].rstrip(" ,;:."))  # ("£500,000," ends before its comma)
            return any(not CLAUSE_BREAK.search(text[min(b, end):max(a, s[0])]) for a, b in named)
        if named and any(same_clause(s) for s in spans) and not all(same_clause(s) for s in spans):
            spans = [s for s in spans if same_clause(s)]
    return list(dict.fromkeys(text[a:b].strip(" ,;:.") for a, b in spans[:2]))


TWO_ASKED = re.compile(r"\band\s+(?:how|what|when|who|which|where|why)\b", re.I)  # ("..., and how many ...?")
CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas)\b|\.\s")


IRREGULAR = {"led": "lead", "paid": "pay", "sold": "sell", "bought": "buy", "built": "build", "won": "win",
             "left": "leav", "made": "make", "took": "take", "taken": "take", "gave": "give", "given": "give",
             "ran": "run", "spent": "spend", "held": "hold", "met": "meet", "told": "tell", "wrote": "write",
             "written": "write", "chose": "choos", "chosen": "choos", "began": "begin", "begun": "begin",
             "came": "come", "meant": "mean", "kept": "keep", "lost": "lose", "brought": "bring", "thought": "think",
             "felt": "feel", "sent": "send", "saw": "see", "seen": "see", "fell": "fall", "rose": "rise",
             "risen": "rise", "grew": "grow", "grown": "grow", "stood": "stand", "becam": "becom", "drew": "draw",
             "drawn": "draw", "knew": "know", "known": "know", "shown": "show", "spoke": "speak", "spoken": "speak",
             "struck": "strike", "sought": "seek", "taught": "teach", "caught": "catch", "fought": "fight"}
# "Who organised the petition?", "Who bought it?": the deed asked of whoever did it
# "Which developer bought it?"
WHICH_DID = re.compile(r"^\W*(?:which|what)\s+[a-z]+\s+((?:[a-z]+ed)|" + "|".join(sorted(IRREGULAR)) + r")\b", re.I)
# a name doing a deed: "Mereside Homes has agreed to buy", "Halden Construction will build"
NAME_DOES = re.compile(r"(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+))*\s+(?:(?:has|have|had|will|would|then|later|also|"
                       r"finally|eventually)\s+)?(?:(?:agreed|decided|offered|planned|plans|wanted|wants|is|was|set|went\s+on|"
                       r"stepped\s+in|voted)\s+to\s+)?([a-z]+)\b")
# "Susan Fenwick, who as the trust's director of primary care pledged in 2010 ...": a name, and a deed of theirs
NAME_WHO_DID = re.compile(r"(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+))*,\s+(?:\d{1,3},\s+)?who\s+(?:[\w’'-]+\s+){0,10}?"
                          r"([a-z]+ed)\b")
WHO_DID = re.compile(r"^\W*who\s+((?:[a-z]+ed)|" + "|".join(sorted(IRREGULAR)) + r")\b", re.I)


def _of_stem(t: str, stem: str) -> bool:
    """Is token `t` the stem itself, or (for a stem of five letters or more) a longer word built on it?"""
    return t == stem or (len(stem) >= 5 and t.startswith(stem))


FORMS: dict[str, list[str]] = {}  # a stem's irregular forms ("becom": "becam")
for _form, _stem in IRREGULAR.items():
    FORMS.setdefault(_stem, []).append(_form)


def _family(t: str) -> str:
    return IRREGULAR.get(t, t)


def _years_set_against(text: str) -> set[str]:
    """The years of figures a sentence sets its own against ("6.4 full-time GPs, down from 8.1 in 2017",
    "compared with 310 in 2015"): not the time the sentence tells of."""
    return set(re.findall(r"\b(?:from|compared\s+with|against)\s+(?:about\s+|around\s+)?[£$€]?\d[\d,.]*"
                          r"(?:\s?(?:m|bn|million|billion|per\s+cent|%))?\s+in\s+((?:1[6-9]|20)\d\d)\b", text, re.I))


def _sale_priced(text: str) -> bool:
    """Does the sentence give a sum as the price something was bought or sold for ("acquired Pennard Aggregates
    for £46m", "a £142m takeover", "paid £420,000 for the pier"; not "who bought the club in 2009 ... owes £1.8m")?"""
    return any(SALE_PRICE.search(text[max(0, m.start() - 80):m.end()]) for m in SPAN_PATTERNS["money"].finditer(text)) \
        or any(m.group(1).lower() in ("purchase", "sale", "takeover") for m in SUM_BEFORE.finditer(text)) \
        or bool(re.search(r"\bpaid\s+(?:about\s+|around\s+)?[£$€]\d[^.;]{0,40}?\bfor\b", text))


def _covered(wanted, have: set[str]) -> set[str]:
    """The wanted stems the text's stems hold, word families included: "inspect" (inspection) is
    in "inspector", "merg" (merging) in "merger", "led" is a form of "lead"."""
    fam = {_family(h) for h in have}
    out = set()
    for t in wanted:
        f = _family(t)
        if t in have or f in fam or (len(f) >= 5 and any((h.startswith(f) and len(h) - len(f) <= 3) or
                                                          (len(h) >= 6 and f.startswith(h) and len(f) - len(h) <= 3)
                                                          for h in fam if h[:5] == f[:5])):
            out.add(t)
    return out


UNITS = set("percent cent mile metre meter foot feet inch acre hectare tonne ton pound penny hour minute second day week "
            "month year mph mw kw gw kwh mwh kg km m ft cm mm million billion thousand hundred dozen".split())


def _labels(number: str, question: str) -> bool:
    """Is the number in the question part of a name ("the 999 control room", "the number 9 bus"), not a
    quantity ("212 complaints", "1 child")? A number before a singular noun, or after "number"/"route"."""
    m = re.search(r"(?<![\w.,£$€])" + re.escape(number) + r"(?![\w,.])\s+([a-z][a-z-]*)", question)
    if re.search(r"\b(number|no\.?|route|bus|line|platform|gate|ward|room|flight)\s+" + re.escape(number) + r"\b", question, re.I):
        return True
    if not m or number == "1" or m.group(1) in STOPWORDS or m.group(1) in UNITS:
        return False
    return any(b == m.group(1) for b in lexicon().base_forms(m.group(1), "noun"))


def _only_years(toks: list[str]) -> bool:
    """Are these (a quote's question words another lacks) years, and nothing else?"""
    return bool(toks) and all(YEAR.fullmatch(t) for t in toks)


def _head(counted: list[str]) -> list[str]:
    """What is counted, without the word qualifying it: "fire stations" counts stations, not firefighters
    (a plural noun after another word is the head; "staff work" keeps both)."""
    if len(counted) == 2:
        bases = lexicon().base_forms(counted[1], "noun")
        if any(b != counted[1] for b in bases):
            return counted[1:]
    return counted


def _with_nouns_after(name: str, question: str) -> str:
    """The name with up to two nouns the question puts right after it ("Canal Street cycle lane")."""
    m = re.search(re.escape(name) + r"((?:\s+[a-z][a-z-]+){1,2})", question)
    if not m:
        return name
    nouns = list(itertools.takewhile(lambda w: w not in STOPWORDS and bool(lexicon().base_forms(w, "noun"))
                                     and not _verb_form(w) and not lexicon().mainly_verb(w), m.group(1).split()))
    return " ".join([name] + nouns)


def _apposed_names(text: str, noun: str) -> list[str]:
    """The capitalised names the text sets off, one word each, after the noun or a kind of it ("their spaniel,
    Biscuit," for the name of the dog)."""
    return [m.group(2) for m in re.finditer(r"\b([a-z][a-z-]+),\s+((?-i:[A-Z])[a-z’'-]+)(?=\s*[,.;])", text)
            if (m.group(1).lower() == noun or _same_noun(m.group(1).lower(), noun))
            and m.group(2).lower() not in STOPWORDS and m.group(2).lower() not in PERSON_TITLES]


def _total_votes_told(text: str) -> bool:  # "took 1,612 votes", not "won by 97 votes" nor "a majority of 611 votes"
    return any(m.group(1).lower() not in ("by", "of") for m in VOTES_TOLD.finditer(text))


def _names_all(entities: list[str], text: str) -> bool:
    """Does the text name each of them, a body perhaps by its kind alone ("the agency's chief executive" for
    the Coast and Flood Agency)?"""
    have = set(tokens(text))
    # (a title is no part of the name: "Miss Dunn" is named as "Kayleigh Dunn")
    return all(set(tokens(e)) - PERSON_TITLES <= have or (e.split()[-1].lower() in ORG_WORDS and tokens(e)[-1] in have
                                          and re.search(r"\bthe\s+" + re.escape(e.split()[-1].lower()) + r"\b", text, re.I))
               for e in entities)


def _present_form(word: str) -> bool:
    """A verb's present with -s: "leaves", "retires", "opens" (a noun too, often: its subject tells)."""
    lex = lexicon()
    w = word.lower()
    return w.endswith("s") and not w.endswith("ss") and bool(lex.base_forms(w, "verb")) \
        and w not in lex.base_forms(w, "verb")


def _verb_form(word: str) -> bool:
    """A past form of a verb, not its dictionary form: "built", "founded", "born", "switched" (not "-ing" or "-s")."""
    lex = lexicon()
    w = word.lower()
    return not w.endswith(("ing", "s")) and bool(lex.base_forms(w, "verb")) and w not in lex.base_forms(w, "verb")


PASSIVE_BE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?$", re.I)
AUXILIARY = set("was were is are had has have did does do will would could can should might may must been being "
                "became becomes got gets".split())


def _deed(question: str) -> str | None:
    """The verb of "who designed ...?", "which firm built ...?" or "who operates ...?" (a past or present form)."""
    ws = words(question)
    while ws and ws[0] in ("and", "so", "but"):
        ws = ws[1:]
    if not ws or ws[0] not in ("who", "which"):
        return None
    if ws[0] == "who" and len(ws) > 2 and ws[1] in ("was", "is", "were", "are"):
        # "who was the engineer who designed the pier?": the deed of the relative clause
        rel = next((i for i in range(2, len(ws) - 1) if ws[i] in ("who", "that")), None)
        ws = ["who"] + ws[rel + 1:] if rel is not None else ws
    for i, w in enumerate(ws[1:2] if ws[0] == "who" else ws[2:4]):
        nxt = ws[(1 if ws[0] == "who" else 2) + i + 1:][:1]
        if w in ("is", "are", "was", "were", "will") and nxt and lexicon().base_forms(nxt[0], "verb") and (
                nxt[0].endswith("ing") if w != "will" else nxt[0] in lexicon().base_forms(nxt[0], "verb")):
            return nxt[0]  # "which company is building the furnace?", "who will build it?": "built by ..." tells
        if w in AUXILIARY or w in STOPWORDS:
            return None
        if _verb_form(w) and (w.endswith("ed") or w in IRREGULAR):
            return w
        lex = lexicon()  # "who operates the cafe?" (not "which council officers": a plural noun)
        if w.endswith("s") and lex.base_forms(w, "verb") and w not in lex.base_forms(w, "verb") \
                and not lex.base_forms(w, "noun"):
            return w
    return None


def _participle_after(ws: list[str]) -> bool:
    """Does a verb form that is no noun follow the first word ("pensioner killed", "driver jailed")?"""
    lex = lexicon()
    return any(lex.base_forms(w, "verb") and not lex.base_forms(w, "noun") and w.endswith(("ed", "en", "wn"))
               for w in ws[1:])


# names the news gives a thing that articles often call by a common noun instead
WORLD_ALIASES = {"covid": "pandemic coronavirus lockdown", "covid-19": "pandemic coronavirus lockdown",
                 "coronavirus": "pandemic covid lockdown"}


def _known_names(entities: list[str], text: str, vocab) -> list[str]:
    """"Trace Rupert Kearns's career": a capitalised verb opening the question is not part of the name
    when the articles know the name without it; a name the articles never use for what they call by a
    common noun ("Covid": "the pandemic") is no name to find."""
    out = []
    for e in entities:
        if e.lower() in WORLD_ALIASES and not all(t in vocab for t in tokens(e)) \
                and any(t in vocab for t in tokens(WORLD_ALIASES[e.lower()])):
            continue  # ("Before Covid, how many cars did it run?": "Before the pandemic Swiftline ran 180 vehicles")
        first, _, rest = e.partition(" ")
        if (len(e.split()) >= 3 and text.lstrip(" \"“'‘").startswith(first)
                and not all(t in vocab for t in tokens(first)) and all(t in vocab for t in tokens(rest))):
            e = rest
        out.append(e)
    return out


def _asking_words(ws: list[str], names: set[str]) -> list[str]:
    """The words of a question that say what it asks: not its stop, question or framing words,
    numbers, or the names (stems in `names`) it asks about."""
    return [w for w in dict.fromkeys(ws) if w not in STOPWORDS and w not in WH and len(w) > 2 and not w.isdigit()
            and tokens(w) and tokens(w)[0] not in GENERIC and tokens(w)[0] not in names]


def _list(items: list[str]) -> str:
    items = [f"“{i}”" for i in dict.fromkeys(items)]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def _words_for(text: str, stems: list[str]) -> list[str]:
    """The question's own words behind these stems, for a reader."""
    out = []
    for w in re.findall(r"[\w’'-]+", text):
        if tokens(w) and tokens(w)[0] in stems and w.lower() not in (o.lower() for o in out):
            out.append(w)
    return out or stems
