"""Altered quotes: words inside quotation marks changed, dropped, or introduced.

Quotations are found with a small stack scanner that knows every language's marks (“” ‘’ „“ ‚‘
«» ‹› »« 「」 『』, straight double quotes, and straight single quotes where they cannot be an
apostrophe) and keeps nested quotes. In the same language, aligned quotes are compared token by
token (case, punctuation and the style of the marks ignored). Across languages the words cannot be
compared, so only what survives translation is checked: a quote present on one side and missing
on the other, and, inside quotes paired in order, a negation or hedge added or dropped
(`provenance.detect.modality`) or a number that differs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from provenance.core import Document, Finding
from provenance.detect import Comparison
from provenance.detect.modality import compare_modality, normalize_lang, to_document_range
from provenance.detect.quantities import Quantity, extract, match

# a ” that closes nothing between two Chinese characters opens a quote set with reversed marks (”…“),
# closed by “ or a straight " before any punctuation; `_REVERSED` stands for it on the stack
_REVERSED = "\x00”"
_REVERSED_AT = re.compile(r"[\u4e00-\u9fff]”[\u4e00-\u9fff]")
_CJK_PUNCT = re.compile(r"[，。：；！？、,.:;!?]")

# opening mark -> the closing marks it accepts. “ closes „ (German, Polish, Czech) but opens in
# English; » opens in Danish/German »…« but closes French «…»: the scanner tries to close first.
_PAIRS: dict[str, str] = {
    _REVERSED: '“"',
    "“": '”"“',  # a second “ closes too: a common typo
    "„": "“”",
    "‘": "’",
    "‚": "‘’",
    "«": "»",
    "»": "«",
    "‹": "›",
    "›": "‹",
    "「": "」",
    "『": "』",
    "〝": "〞〟",
    '"': '"”',  # a straight mark closed by a curly one: text pasted from two editors
    "'": "'",
}
_CLOSERS = set("”“’‘»«›‹」』〞〟\"'")


@dataclass(frozen=True, slots=True)
class Quote:
    """The words inside one pair of quotation marks: `text == sentence[start:end]` (marks excluded)."""

    start: int
    end: int
    text: str
    depth: int  # 0 for a top-level quote, 1 for a quote inside it, ...
    continued: bool = False  # begun before the text (its opening mark stands in an earlier sentence)


def _apostrophe(text: str, i: int) -> bool:
    """A straight or curly single quote between letters (don't, l'homme) or after a plural (the students')."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and (after.isalnum() or (before in "sS" and not after.isalnum()))


def _ends_earlier_quote(text: str, i: int) -> bool | None:
    """For a double closing mark at `i` with no quote open: None when it may open one (it stands where
    an opener does, or a later mark can pair with it), True when it ends a quote begun before `text`
    (next to punctuation), False when it is a stray mark between a word and a space."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    french_closer = text[i] == "»" and before.isspace()  # « on verra »: French spaces its marks
    if (before.isspace() and not french_closer) or before in _OPENING_CONTEXT or not _CLOSER_AFTER.match(after):
        return None
    if any(c in _ENDING_MARKS or c in "„«" for c in text[i + 1 :]):
        return None
    if french_closer:
        return text[:i].rstrip()[-1:] in _QUOTE_END_PUNCT
    return before in _QUOTE_END_PUNCT or not after.isspace()


def find_quotes(text: str) -> list[Quote]:
    """Every quotation of `text` (nested ones too), in order of their opening mark."""
    stack: list[tuple[str, int]] = []  # (opening mark, index of the first quoted char)
    found: list[Quote] = []
    after_last = 0  # just past the last closing mark: a quote begun earlier cannot reach back past it
    for i, ch in enumerate(text):
        if ch not in _PAIRS and ch not in _CLOSERS:
            continue
        if ch in "'’" and _apostrophe(text, i):
            # an apostrophe, unless it can only be the end of an open single-quoted span
            open_single = any(m in "'‘‚" for m, _ in stack)
            after = text[i + 1] if i + 1 < len(text) else " "
            if not (open_single and not after.isalnum()):
                continue
        if stack and stack[-1][1] == i and ch != stack[-1][0] and ch in '"“„':
            stack[-1] = (stack[-1][0], i + 1)
            continue  # '“"Tôi thấy': a second opening mark doubles the first, it closes nothing
        # close the innermost open quote this mark can end (straight quotes: only the innermost)
        closed = False
        for k in range(len(stack) - 1, -1, -1):
            mark, begin = stack[k]
            if mark == _REVERSED and _CJK_PUNCT.search(text[begin:i]):
                del stack[k:]  # not a quote set with reversed marks: "说。”他补充说：“..."
                break
            if ch in _PAIRS[mark] and (mark not in "\"'" or k == len(stack) - 1):
                body = text[begin:i]
                if body.strip():
                    # French « on verra »: the spaces inside the marks are not quoted words
                    lead = len(body) - len(body.lstrip())
                    s, e = begin + lead, begin + len(body.rstrip())
                    found.append(Quote(s, e, text[s:e], k))
                del stack[k:]
                closed = True
                after_last = i + 1
                break
        if not closed and ch == "”" and _REVERSED_AT.match(text, max(0, i - 1)):
            # Chinese set with reversed marks: "主教教区”会寻求将费用转嫁给“教区委员会", "拨打”阻止犯罪"热线"
            stack.append((_REVERSED, i + 1))
            continue
        if closed:
            continue
        if ch in _ENDING_MARKS and not stack:
            ending = _ends_earlier_quote(text, i)
            if ending is not None:
                # Shaped like a closer, with nothing open and no mark after it to pair with (a misplaced
                # opener, 'contiene" nichel ... diamanti"', has one): opening it would quote the rest of the
                # sentence. Next to punctuation it ends a quote begun in an earlier sentence ('it is over,"
                # he said.', 'verkauft zu werden.“'): the quote is the text up to it. Between a word and a
                # space it is a mistyped apostrophe ('Dragons" Den'): no quote.
                if ending:
                    body = text[after_last:i]
                    lead = after_last + len(body) - len(body.lstrip(" " + _OPENERS_ALL))
                    if _TOKEN.search(text[lead:i]):
                        found.append(Quote(lead, after_last + len(body.rstrip()), text[lead:i].strip(), 0, True))
                    after_last = i + 1
                continue
        if ch not in _PAIRS:
            continue
        if ch == "'":
            before = text[i - 1] if i > 0 else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if before.isalnum() or not after.isalnum():
                continue  # a straight single quote opens only before a word and after a space or bracket
        stack.append((ch, i + 1))
    for mark, begin in stack:
        # a double quote left open runs to the end of the text (a quote that spans sentences)
        body = text[begin:].rstrip()
        if mark not in ("'", "‘", "‚", _REVERSED) and _TOKEN.search(body):
            lead = len(body) - len(body.lstrip())
            found.append(Quote(begin + lead, begin + len(body), body.strip(), 0))
    return sorted(found, key=lambda q: q.start)


_TOKEN = re.compile(r"[\w\u0900-\u0963\u0966-\u097f]+", re.UNICODE)
_OPENING_CONTEXT = "([{:—–-/"  # a straight double quote after these opens ('said: "...', '("...')
_QUOTE_END_PUNCT = ",.!?…。！？"
_ENDING_MARKS = '"”“»」』'  # double marks that can end a quote (“ closes German „…“)
_OPENERS_ALL = "“„«‹「『‘‚\"'"
_CLOSER_AFTER = re.compile(r"[\s.,;:!?)\]}…。，！？；：）]")
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
# "10 000" (French, Spanish, Russian: a space or narrow no-break space between thousands) is one number
_DIGITS = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)*")


def _tokens(text: str) -> list[str]:
    """Lower-cased words; CJK text one character a token, as it has no spaces."""
    out: list[str] = []
    for m in _TOKEN.finditer(text.lower()):
        w = m.group()
        out.extend(list(w) if _CJK_CHAR.search(w) else [w])
    return out


def _similarity(a: list[str], b: list[str]) -> float:
    if not a or not b:
        return 0.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _numbers(text: str) -> list[str]:
    return [re.sub(r"[.,\s]", "", n) for n in _DIGITS.findall(text)]


Severity = Literal["low", "medium", "high"]


@dataclass(frozen=True, slots=True)
class QuoteChange:
    """One quote change between two texts, ranges into those texts (marks excluded)."""

    message: str
    severity: Severity
    confidence: float
    source: Quote | None
    derived: Quote | None


def _q(q: Quote) -> str:
    return f"“{q.text}”"


def compare_quotes(source: str, derived: str, source_lang: str | None, derived_lang: str | None) -> list[QuoteChange]:
    """The quote changes from `source` to `derived` (see the module docstring)."""
    ls, ld = normalize_lang(source_lang, source), normalize_lang(derived_lang, derived)
    qs, qd = find_quotes(source), find_quotes(derived)
    if not qs and not qd:
        return []
    if ls == ld:
        return _same_language(source, derived, qs, qd)
    return _cross_language(qs, qd, ls, ld, source, derived)


def _same_language(source: str, derived: str, qs: list[Quote], qd: list[Quote]) -> list[QuoteChange]:
    out: list[QuoteChange] = []
    ts = [_tokens(q.text) for q in qs]
    td = [_tokens(q.text) for q in qd]
    # greedy matching on token similarity: a quote keeps its partner if most words survive
    scored = sorted(((_similarity(a, b), i, j) for i, a in enumerate(ts) for j, b in enumerate(td)), reverse=True)
    used_s: set[int] = set()
    used_d: set[int] = set()
    for sim, i, j in scored:
        if sim < 0.5 or i in used_s or j in used_d:
            continue
        used_s.add(i)
        used_d.add(j)
        if ts[i] == td[j]:
            continue  # only case, punctuation or the style of the marks differ
        ops = SequenceMatcher(None, ts[i], td[j], autojunk=False).get_opcodes()
        substituted = any(tag == "replace" for tag, *_ in ops)
        shifts = compare_modality(qs[i].text, qd[j].text, None, None)
        what = "; ".join(s.message for s in shifts)
        message = f"quote changed: {_q(qs[i])} -> {_q(qd[j])}" + (f" ({what})" if what else "")
        severity: Severity = (
            "high" if substituted or shifts or _numbers(qs[i].text) != _numbers(qd[j].text) else "medium"
        )
        out.append(QuoteChange(message, severity, 0.85, qs[i], qd[j]))
    src_words, der_words = _tokens(source), _tokens(derived)
    for i, q in enumerate(qs):
        if i in used_s or (q.depth > 0 and any(o.start <= q.start and q.end <= o.end for o in qs if o is not q)):
            continue
        if _contained(ts[i], der_words):
            message = f"quote marks removed: {_q(q)} is no longer a direct quote"
            out.append(QuoteChange(message, "medium", 0.7, q, None))
        else:
            out.append(QuoteChange(f"quote dropped: {_q(q)}", "medium", 0.6, q, None))
    for j, q in enumerate(qd):
        if j in used_d or (q.depth > 0 and any(o.start <= q.start and q.end <= o.end for o in qd if o is not q)):
            continue
        if _contained(td[j], src_words):
            # a paraphrase or reported speech presented as someone's exact words
            message = f"paraphrase turned into a direct quote: {_q(q)}"
            out.append(QuoteChange(message, "high", 0.8, None, q))
        else:
            out.append(QuoteChange(f"quote introduced: {_q(q)}", "high", 0.6, None, q))
    return out


def _contained(words: list[str], text_words: list[str]) -> bool:
    """Most of `words` appear, in order, in `text_words`."""
    if not words:
        return False
    m = SequenceMatcher(None, words, text_words, autojunk=False)
    return sum(b.size for b in m.get_matching_blocks()) >= 0.8 * len(words)


def _is_speech(q: Quote) -> bool:
    """Long enough to be someone's words: shorter quotes are mostly titles and scare quotes,
    which translators often set without marks ("Die Simpsons" -> The Simpsons)."""
    words = _tokens(q.text)
    return len(words) >= (8 if _CJK_CHAR.search(q.text) else 4)


_TITLE_RUN = re.compile(r"(?<!^)(?<![.!?]\s)\b([A-Z]\w+)(?:\s+(?:of|to|for|the|and)\s+|\s+)([A-Z]\w+)")


def _named(q: Quote, source: str, derived: str) -> bool:
    """A short quoted title or name ("El derecho a las armas": capitalised, no sentence punctuation)
    that the derived text sets as a new capitalised name without marks ("the Rights to Weapons
    organization"): two capitalised words in a row, mid-sentence, neither spelled in the source."""
    words = _tokens(q.text)
    if not words or len(words) > 6 or not q.text[:1].isupper() or re.search(r"[,.;:!?，。；：！？]", q.text):
        return False
    before = source[: max(0, q.start - 1)].rstrip(" \"'“”„«»‘’‚‹›「『")
    if not before or before[-1] in ".!?:;" or re.search(r"\b(?:que|that|dass|że|что|che|what|ce)$", before, re.I):
        return False  # opening the sentence, after a colon or "that": someone's words, not a title
    return _unspelled(((m.group(1), m.group(2)) for m in _TITLE_RUN.finditer(derived)), source)


def _unspelled(pairs: Iterable[tuple[str, str]], source: str) -> bool:
    """Some pair of capitalised words (a name's first and last) of which the source spells neither."""
    stems = {w[:4] for w in _tokens(source)}
    return any(a.lower()[:4] not in stems and b.lower()[:4] not in stems for a, b in pairs)


def _cross_language(
    qs: list[Quote], qd: list[Quote], ls: str, ld: str, source: str = "", derived: str = ""
) -> list[QuoteChange]:
    top_s = [q for q in qs if q.depth == 0 and _is_speech(q)]
    top_d = [q for q in qd if q.depth == 0 and _is_speech(q)]
    # a quote went missing only when the other side quotes nothing at all (a short quote may
    # be the same words, counted differently by language), and was not a title set as a name; nor
    # when it is the end of a quote begun sentences earlier: translators place those marks anew
    if (
        top_s
        and not qd
        and not top_s[0].continued
        and not _named(top_s[0], source, derived)
        and not _han_name_unquoted(top_s[0], source, derived)
    ):
        return [QuoteChange(f"quote dropped: {_q(top_s[0])} is not quoted in the derived text",
                            "medium", 0.5, top_s[0], None)]  # fmt: skip
    if top_d and not qs and not top_d[0].continued and not _name_quoted(top_d[0], source):
        return [QuoteChange(f"quote introduced: {_q(top_d[0])} is not quoted in the source",
                            "high", 0.5, None, top_d[0])]  # fmt: skip
    out: list[QuoteChange] = []
    if len(top_s) != len(top_d):
        return out  # quotes merged or split by the translator: pairing them in order would guess
    # a shift the whole sentences show too is the modality detector's finding: reported once, there
    in_sentence = {(s.marker, s.change) for s in compare_modality(source, derived, ls, ld)} if source else set()
    for a, b in zip(top_s, top_d, strict=True):
        shifts = [s for s in compare_modality(a.text, b.text, ls, ld) if (s.marker, s.change) not in in_sentence]
        if shifts:
            what = "; ".join(s.message for s in shifts)
            out.append(QuoteChange(f"quote changed: {_q(a)} -> {_q(b)} ({what})", "high", 0.5, a, b))
            continue
        changed = _figures_changed(a.text, b.text, ls, ld)
        if changed:
            na, nb = changed
            what = f"numbers {', '.join(na)} -> {', '.join(nb)}"
            out.append(QuoteChange(f"quote changed: {_q(a)} -> {_q(b)} ({what})", "high", 0.6, a, b))
    return out


def _figures_changed(a: str, b: str, la: str, lb: str) -> tuple[list[str], list[str]] | None:
    """The numbers of two quotes in different languages, when a figure written in digits changed or has
    no counterpart (compared as values: "10,000" is "10 тысяч" and "1万"); None when they agree."""
    qa, qb = _digit_figures(extract(a, la)), _digit_figures(extract(b, lb))
    if not qa or not qb:
        return None
    moved = [m for m in match(qa, qb) if m.change in ("changed", "dropped", "added")]
    if not moved:
        return None
    return sorted(_numbers(a)), sorted(_numbers(b))


def _digit_figures(qs: list[Quantity]) -> list[Quantity]:
    return [q for q in qs if not q.words and _DIGITS.search(q.text)]


# a quoted name of an institution or a law, as Chinese sets them ("“参议院司法委员会”" for the Senate
# Judiciary Committee): short, no punctuation, no one speaking in it
_NAME_PUNCT = re.compile(r"[,.;:!?，。；：！？、…]")
_SPEAKER = re.compile(r"[我你您咱]|(?<!\w)(?:i|we|you|ich|wir|je|nous|yo|nosotros|я|мы|tôi|chúng)(?!\w)", re.I)
_CAPITAL_RUN = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:of|for|the|and|on)\s+|\s+)[A-Z][\w'’-]+")


def _name_quoted(q: Quote, source: str) -> bool:
    """A quote introduced by the derived text that names what the source spells as a capitalised name
    ("the Senate Judiciary Committee" -> “参议院司法委员会”, "The Government of Wales Act 2017")."""
    cjk = _CJK_CHAR.search(q.text)
    size = len(_tokens(q.text))
    if _NAME_PUNCT.search(q.text) or _SPEAKER.search(q.text) or size > (16 if cjk else 6):
        return False
    return bool(_CAPITAL_RUN.search(source))


def _han_name_unquoted(q: Quote, source: str, derived: str) -> bool:
    """The other way round: a Chinese or Japanese quote of a name (“国家自然科学基金委员会”) that the
    derived text writes as a capitalised name without marks, two capitalised words neither of which the
    source spells ("China's National Natural Science Foundation")."""
    if not _CJK_CHAR.search(q.text) or not _name_quoted(q, derived):
        return False
    runs = (m.group().split() for m in _CAPITAL_RUN.finditer(derived))
    return _unspelled(((run[0], run[-1]) for run in runs), source)


@dataclass(frozen=True)
class QuoteDetector:
    """Quoted words changed, quotes dropped or introduced between aligned sentences."""

    name: str = "quotes"

    def detect(self, comparison: Comparison) -> Iterator[Finding]:
        for bead, src, der in comparison.pairs():
            ls, ld = comparison.langs(bead)
            for c in compare_quotes(src, der, ls, ld):
                spanning = (c.source is None and in_spanning_quote(comparison.source, bead.source)) or (
                    c.derived is None and in_spanning_quote(comparison.derived, bead.derived)
                )
                if spanning and normalize_lang(ls, src) != normalize_lang(ld, der):
                    # the other side's sentence lies inside a quote that runs over several sentences:
                    # its marks stand in a neighbour, and translators place them where their sentence starts
                    continue
                yield Finding(
                    kind="altered_quote",
                    source=bead.source,
                    derived=bead.derived,
                    message=c.message,
                    severity=c.severity,
                    confidence=c.confidence,
                    source_span=c.source.text if c.source else None,
                    derived_span=c.derived.text if c.derived else None,
                    source_range=_doc_range(c.source, comparison.source, bead.source),
                    derived_range=_doc_range(c.derived, comparison.derived, bead.derived),
                    detector=self.name,
                )


SPAN_WINDOW = 3  # sentences either side in which a quote running over several sentences is looked for


def in_spanning_quote(doc: Document, idx: tuple[int, ...]) -> bool:
    """The sentences `idx` of `doc` overlap a quotation that runs past them into a neighbouring
    sentence (a speaker's words over several sentences, marks only at the ends)."""
    lo, hi = max(0, idx[0] - SPAN_WINDOW), min(len(doc), idx[-1] + SPAN_WINDOW + 1)
    base = doc.sentences[lo].start
    text = doc.text[base : doc.sentences[hi - 1].end]
    first, last = doc.sentences[idx[0]], doc.sentences[idx[-1]]
    start, end = first.start - base, last.end - base
    return any(
        q.depth == 0 and q.start < end and q.end > start and (q.start < start or q.end > end) for q in find_quotes(text)
    )


def _doc_range(q: Quote | None, doc: Document, idx: tuple[int, ...]) -> tuple[int, int] | None:
    return None if q is None else to_document_range(doc, idx, q.start, q.end)
