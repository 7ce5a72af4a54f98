"""Article text: load and check a file, find the article inside the page, split it.

What it does: decodes a `.txt` file (or refuses it with a one-line reason), picks the title,
marks page furniture (captions, credits, share buttons, sign-ups, related-link lists) so it is
never chunked, splits the rest into sentences and overlapping sentence-aware chunks. Every
span is a pair of character offsets into the stored article text, so `text[start:end]` is
always the article's own words, byte for byte.

What it does not do: embed, store or rank anything. Nothing here is specific to one corpus.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

Span = tuple[int, int]


class ArticleError(ValueError):
    """A file that cannot be indexed; the message is the one-line reason."""


@dataclass
class Article:
    id: str
    title: str
    text: str
    sha256: str
    date: str | None = None
    blocks: list[Span] = field(default_factory=list)
    path: str = ""

    def sentences(self) -> list[Span]:
        return [s for b in self.blocks for s in split_sentences(self.text, b)]


@dataclass(frozen=True)
class Chunk:
    id: str
    source: str
    start: int
    end: int
    text: str
    seq: int


# --------------------------------------------------------------------------- loading

def decode_article(raw: bytes, name: str, max_bytes: int) -> str:
    """Bytes to text, or ArticleError saying why not."""
    if len(raw) > max_bytes:
        raise ArticleError(f"too large: {len(raw):,} bytes, the limit is {max_bytes:,} (BOT_MAX_ARTICLE_BYTES)")
    if not raw.strip():
        raise ArticleError("empty: the file has no text")
    if b"\x00" in raw[:65536]:
        raise ArticleError("binary: the file contains NUL bytes, it is not a text article")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ArticleError(f"not UTF-8: undecodable byte at position {e.start}; save the file as UTF-8") from None
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\t")
    if controls > max(8, len(text) // 100):
        raise ArticleError(f"binary: {controls} control characters, it is not a text article")
    if not re.search(r"[^\W\d_]{2,}", text):
        raise ArticleError("no words: the file has no readable text")
    return text


def load_article(path: Path, max_bytes: int) -> Article:
    if path.is_symlink():
        raise ArticleError("a symbolic link: copy the article into the folder instead")
    if not path.is_file():
        raise ArticleError("not a regular file")
    raw = path.read_bytes()
    text = decode_article(raw, path.name, max_bytes)
    return parse_article(path.stem, text, path=str(path))


def parse_article(article_id: str, text: str, path: str = "") -> Article:
    blocks, title_span = find_article_blocks(text)
    if not blocks or title_span is None:
        raise ArticleError("no article text: everything in the file looks like page furniture")
    title = text[title_span[0]:title_span[1]].strip()
    return Article(
        id=article_id,
        title=title,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        date=find_date(text),
        blocks=blocks,
        path=path,
    )


# --------------------------------------------------------------------------- furniture

# bumped when the reading of a page changes (what is furniture, where sentences end), so that
# indexes built by an older reader are rebuilt on start
PARSER_VERSION = 2

_BULLET = r"[\s*•·\-–—►▪●]*"
_FURNITURE_LINE = [re.compile(p, re.I) for p in (
    r"(image|photo|picture|video|graphic)s?\s+(source|caption|credit|copyright)s?\b.*",
    r"(published|updated|posted|last updated)(\s+(by|on))?\s*:?",
    r"(published|updated|posted|written|reported|words|reporting)\s+(by|on)\s*:?\s+[^.!?]{1,60}",
    r"by\s+[A-Z][\w’'\-]+(\s+[A-Z][\w’'\-]+){0,3}(\s*[,|]\s*[^.!?]{1,50})?",
    r"(share|tweet|email|print|save|copy link|facebook|twitter|x|whatsapp|linkedin|reddit|pinterest)"
    r"(\s*[|/·,]?\s*(share|tweet|email|print|save|copy link|facebook|twitter|x|whatsapp|linkedin|reddit|pinterest))*"
    r"(\s+(this|article|story|page|on \w+))?",
    r"share (this|on|via)\b.*",
    r".*\b(sign up|subscribe|signup)\b.*\b(newsletter|summary|updates|email|inbox|weekly|daily)\b.*",
    r"(don't|do not) miss (a thing|out).*",
    r".*=\s*required field.*",
    r"powered by \w+.*",
    r"(our )?(latest|recent) (tweets|posts)",
    r"follow us\b.*",
    r"about (the )?author",
    r"our community",
    r".*\bnot responsible for the content of external (sites|websites|links)\b.*",
    r"(advertisement|sponsored( content)?|skip to (main )?content|cookie (policy|settings)|accept cookies)",
    r".*\|\s*home ?page",
    r"(read|see) (more|also)\b.{0,80}",
    r"(copyright|©).{0,120}",
)]
_LIST_HEADING = re.compile(
    r"(similar|related|recommended|more|popular|trending|top|latest)\s+"
    r"(articles|stories|links|internet links|topics|news|posts|on this story|from [\w ]+)|"
    r"you (may|might) (also )?(like|be interested in)|more on this story|related internet links",
    re.I,
)
_CAPTION_LEAD = re.compile(r"(image|photo|picture|video)\s+caption\s*[,:]?", re.I)
_CREDIT_INSIDE = re.compile(r"(image|photo|picture)\s+(source|credit)s?\s*[,:]", re.I)


def _is_furniture(line: str) -> bool:
    s = re.sub("^" + _BULLET, "", line).strip().rstrip(".!")
    if not s:
        return False
    if _CREDIT_INSIDE.search(s):
        return True
    return any(p.fullmatch(s) for p in _FURNITURE_LINE)


def find_article_blocks(text: str) -> tuple[list[Span], Span | None]:
    """Return the kept blocks (runs of article lines not interrupted by furniture) and the title span."""
    lines: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    n_words = len(text.split())
    drop = [False] * len(lines)
    alone: dict[int, int] = {}  # caption lines: kept as a block of their own, from this offset on
    prev_kept: str | None = None
    caption_next = False
    words_before = 0
    for i, (a, b) in enumerate(lines):
        line = text[a:b]
        s = line.strip()
        if not s:
            continue
        stripped = re.sub("^" + _BULLET, "", s).strip()
        if _LIST_HEADING.fullmatch(stripped.rstrip(":")) and words_before > n_words * 0.4:
            for j in range(i, len(lines)):
                drop[j] = True
            break
        lead_label = _CAPTION_LEAD.match(stripped)
        if caption_next and not _is_furniture(s):
            alone[i] = a  # a caption describes the story's pictures in the story's words: its own sentence
            caption_next = False
        elif lead_label and lead_label.end() == len(stripped):
            drop[i] = True  # the label alone; the caption is the next line
            caption_next = True
        elif lead_label:
            alone[i] = a + line.index(stripped) + lead_label.end()  # "Image caption The department opened in 1978"
        elif _is_furniture(s):
            drop[i] = True
        elif prev_kept is not None and s == prev_kept and len(s) < 200:
            drop[i] = True  # a heading repeated by the page template
        if not drop[i]:
            prev_kept = s
        words_before += len(s.split())

    blocks: list[Span] = []
    cur: Span | None = None
    for i, (a, b) in enumerate(lines):
        s = text[a:b]
        if drop[i]:
            if cur:
                blocks.append(cur)
            cur = None
            continue
        if not s.strip():
            continue
        lead = len(s) - len(s.lstrip())
        trail = len(s.rstrip())
        span = (a + lead, a + trail)
        if i in alone:
            if cur:
                blocks.append(cur)
            caption = text[alone[i]:a + trail]
            start = alone[i] + len(caption) - len(caption.lstrip())
            if start < a + trail:
                blocks.append((start, a + trail))
            cur = None
            continue
        cur = (cur[0], span[1]) if cur else span
    if cur:
        blocks.append(cur)
    title = None
    for a, b in blocks:
        first_line_end = text.find("\n", a)
        end = b if first_line_end == -1 or first_line_end > b else first_line_end
        title = (a, end)
        break
    return blocks, title


_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
_DATE_PATTERNS = [
    re.compile(rf"\b(\d{{1,2}})[.\s/-]*({_MONTHS})[a-z]*[.,\s/-]*((?:19|20)\d\d)\b", re.I),
    re.compile(rf"\b({_MONTHS})[a-z]*\.?\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)\b", re.I),
    re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b"),
]


def find_date(text: str) -> str | None:
    """A publication date if the page states one near its top, as written there."""
    head = "\n".join(text.split("\n")[:12])
    for p in _DATE_PATTERNS:
        m = p.search(head)
        if m:
            return m.group(0).strip()
    return None


# --------------------------------------------------------------------------- sentences

_ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "cllr", "coun", "prof", "rev", "gen", "col", "lt", "sgt", "capt",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "nos", "vs", "etc", "inc", "ltd", "co", "jr", "sr", "eg", "ie", "approx", "dept", "est", "fig",
    "mt", "ft", "gov", "sen", "rep", "hon", "u.s", "u.k", "e.g", "i.e",
}
_END = re.compile(r"[.!?…]+[\"”’')\]]*\s+")
_STARTS_SENTENCE = re.compile(r"[\"“‘'(\[]?[A-Z0-9£$€]")
_LEAD_TRIM = re.compile(r"^[\s*•·►▪●\-–—]+")


def _trim(text: str, a: int, b: int) -> Span | None:
    seg = text[a:b]
    m = _LEAD_TRIM.match(seg)
    if m:
        a += m.end()
    while b > a and text[b - 1].isspace():
        b -= 1
    return (a, b) if b > a and re.search(r"\w", text[a:b]) else None


def split_sentences(text: str, span: Span) -> list[Span]:
    """Sentence spans inside `span`; a newline always ends a sentence."""
    out: list[Span] = []
    a0, b0 = span
    pos = a0
    for line in text[a0:b0].split("\n"):
        la, lb = pos, pos + len(line)
        pos = lb + 1
        start = la
        for m in _END.finditer(text, la, lb):
            nxt = m.end()
            if nxt >= lb or not _STARTS_SENTENCE.match(text, nxt):
                continue
            before = text[start:m.start()].split()
            word = before[-1].lower().strip("(\"“‘'") if before else ""
            if word in _ABBREV or (len(word) == 1 and word.isalpha()) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
                continue
            s = _trim(text, start, m.end())
            if s:
                out.append(s)
            start = nxt
        s = _trim(text, start, lb)
        if s:
            out.append(s)
    return out


def chunk_article(article: Article, max_chars: int = 700) -> list[Chunk]:
    """Overlapping, sentence-aware chunks inside each block; one sentence of overlap."""
    chunks: list[Chunk] = []
    for block in article.blocks:
        sents = split_sentences(article.text, block)
        i = 0
        while i < len(sents):
            j = i + 1
            while j < len(sents) and sents[j][1] - sents[i][0] <= max_chars:
                j += 1
            a, b = sents[i][0], sents[j - 1][1]
            body = article.text[a:b]
            cid = hashlib.sha1(f"{article.id}\x00{a}\x00{b}\x00{body}".encode("utf-8")).hexdigest()[:20]
            chunks.append(Chunk(id=f"{article.id}:{cid}", source=article.id, start=a, end=b, text=body, seq=len(chunks)))
            if j >= len(sents):
                break
            i = j - 1 if j - 1 > i else j
    return chunks


# --------------------------------------------------------------------------- tokens

STOPWORDS = frozenset("""
a about above after again against all am an and any are aren't as at be because been before being below
between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each
few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself
him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't
my myself no nor not of off on once only or other ought our ours ourselves out over own same shan't she she'd
she'll she's should shouldn't so some such than that that's the their theirs them themselves then there there's
these they they'd they'll they're they've this those through to too under until up very was wasn't we we'd we'll
we're we've were weren't what what's when when's where where's which while who who's whom why why's will with
won't would wouldn't you you'd you'll you're you've your yours yourself yourselves also s t just now than
""".split())
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer  # PyStemmer

    return Stemmer.Stemmer("english")


def words(text: str) -> list[str]:
    out = []
    for w in _WORD.findall(text.lower()):
        w = w.replace("’", "'")
        if w.endswith("'s"):
            w = w[:-2]
        out.append(w)
    return out


# common news abbreviations, read as the words they stand for (both in articles and questions)
ABBREVIATIONS = {"ceo": ("chief", "executive"), "cllr": ("councillor",), "coun": ("councillor",),
                 "govt": ("government",), "dept": ("department",), "mp": ("member", "parliament"),
                 "mps": ("members", "parliament"), "nhs": ("health", "service")}


def tokens(text: str) -> list[str]:
    """Lower-cased, stop-word-free, stemmed tokens: the keyword index's and the answerer's unit."""
    ws = []
    for w in words(text):
        if w in STOPWORDS:
            continue
        ws.append(w)
        ws.extend(ABBREVIATIONS.get(w, ()))
    return _stemmer().stemWords(ws) if ws else []
