"""Language identification for sentences and documents.

`detect_language` combines two things, chosen by measurement (`bench/language.py`, results in
`bench/results/segmentation.md`):

* the writing system, for scripts that settle the question by themselves (kana -> ja, Hangul -> ko,
  Thai, Georgian, Armenian, Greek, ...) and to keep Han text away from the Korean/Japanese confusion
  statistical detectors show on short Chinese sentences (Han without kana -> zh);
* py3langid (naive Bayes over byte n-grams, ~140 languages, shipped as a numpy archive: no pickle)
  for everything else, with two corrections: Kazakh-only Cyrillic letters (ә ғ қ ұ) override a
  ru/ky/tt/... verdict when they are a real share of the text, and a language the embedding model
  does not know gives way to a nearly as likely one it does (es -> Aragonese on short lines).

The py3langid model (an xz-compressed archive: 1-5 s to load, ~100 MB resident) loads on first use,
once per process (`functools.cache`); importing this module costs nothing. We build our own
`LanguageIdentifier` rather than calling `py3langid.classify`, so the library's module-level
identifier is never touched.

`langdetect` is only a comparison for the benchmark (`langdetect_language`). It gets its own seeded
`DetectorFactory` (seed 0) instead of setting the global `DetectorFactory.seed`, so importing or
using provenance changes nothing for other users of langdetect in the same process.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

UNDETERMINED = "und"

# The 100 languages of XLM-R's CC-100 training data (Conneau et al. 2020, table 6), which
# multilingual-e5 inherits; romanised variants (hi_rom, ...) and zh-Hans/zh-Hant fold into their code.
# fmt: off
MODEL_LANGUAGES: frozenset[str] = frozenset({
    "af", "am", "ar", "as", "az", "be", "bg", "bn", "br", "bs", "ca", "cs", "cy", "da", "de", "el",
    "en", "eo", "es", "et", "eu", "fa", "fi", "fr", "fy", "ga", "gd", "gl", "gu", "ha", "he", "hi",
    "hr", "hu", "hy", "id", "is", "it", "ja", "jv", "ka", "kk", "km", "kn", "ko", "ku", "ky", "la",
    "lo", "lt", "lv", "mg", "mk", "ml", "mn", "mr", "ms", "my", "ne", "nl", "no", "om", "or", "pa",
    "pl", "ps", "pt", "ro", "ru", "sa", "sd", "si", "sk", "sl", "so", "sq", "sr", "su", "sv", "sw",
    "ta", "te", "th", "tl", "tr", "ug", "uk", "ur", "uz", "vi", "xh", "yi", "zh",
})
# fmt: on

# py3langid labels that have an ISO 639-1 equivalent we prefer (dialects and variants folded).
_ALIASES = {
    "ary": "ar",  # Moroccan Arabic
    "arz": "ar",  # Egyptian Arabic
    "yue": "zh",  # Cantonese (written with Han characters: treated as Chinese here)
    "wuu": "zh",
    "uzs": "uz",  # Southern Uzbek (Arabic script)
    "nn": "no",
    "nb": "no",
    "zxx": UNDETERMINED,  # "no linguistic content"
}

# Kazakh Cyrillic letters absent from Russian. The strong ones (ә ғ қ ұ) are not in Kyrgyz, Tatar,
# Mongolian or Bashkir either (Tajik has ғ қ, but py3langid tells Tajik apart: `tg` is not overridden);
# the weak ones are shared with Kyrgyz/Tatar (ң ө ү һ) or Ukrainian/Belarusian (і).
_KAZAKH_STRONG = re.compile("[әғқұӘҒҚҰ]")
_KAZAKH_WEAK = re.compile("[ңөүһіҢӨҮҺІ]")
# Verdicts py3langid gives Kazakh sentences when it misses them.
_KAZAKH_MIN_SHARE = 0.03  # of Cyrillic letters; half the lowest share in our Kazakh sentences
_KAZAKH_CONFUSABLE = frozenset({"ru", "bg", "mk", "sr", "ky", "tt", "ba", "mn"})

# Scripts that identify a single language (for our purposes) outright.
_SCRIPT_LANGUAGE = {
    "hangul": "ko",
    "kana": "ja",
    "thai": "th",
    "georgian": "ka",
    "armenian": "hy",
    "greek": "el",
    "lao": "lo",
    "khmer": "km",
    "myanmar": "my",
    "ethiopic": "am",
    "sinhala": "si",
}

_MIN_LETTERS = 2  # fewer letters than this: nothing to go on
_IN_MODEL_RATIO = 0.3  # same NTREX accuracy anywhere in 0.1-0.5 (bench/language.py)


# Letters by writing system: one C-level regex scan per script. (A Python loop over characters cost
# ~1 s per 500k characters, more than splitting them into sentences.)
_SCRIPT_RANGES: tuple[tuple[str, str], ...] = (
    (
        "latin",
        "A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff\uff21-\uff3a\uff41-\uff5a",
    ),
    ("greek", "\u0370-\u03ff\u1f00-\u1fff"),
    ("cyrillic", "\u0400-\u052f"),
    ("armenian", "\u0530-\u058f"),
    ("hebrew", "\u0590-\u05ff"),
    ("arabic", "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"),
    ("indic", "\u0900-\u0d7f"),
    ("sinhala", "\u0d80-\u0dff"),
    ("thai", "\u0e00-\u0e7f"),
    ("lao", "\u0e80-\u0eff"),
    ("myanmar", "\u1000-\u109f"),
    ("georgian", "\u10a0-\u10ff"),
    ("hangul", "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"),
    ("ethiopic", "\u1200-\u137f"),
    ("khmer", "\u1780-\u17ff"),
    ("kana", "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9d"),
    ("han", "\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"),
)
_SCRIPT_PATTERNS = tuple((name, re.compile(f"[{ranges}]+")) for name, ranges in _SCRIPT_RANGES)
_ASCII_LETTERS = re.compile(r"[A-Za-z]+")


def script_profile(text: str) -> Counter[str]:
    """Letters per writing system in `text` (digits, punctuation and spaces are not counted)."""
    counts: Counter[str] = Counter()
    if text.isascii():
        n = sum(map(len, _ASCII_LETTERS.findall(text)))
        if n:
            counts["latin"] = n
        return counts
    for name, pattern in _SCRIPT_PATTERNS:
        n = sum(map(len, pattern.findall(text)))
        if n:
            counts[name] = n
    return counts


_LETTERS = re.compile(r"[^\W\d_]+")
_PATTERN_OF = dict(_SCRIPT_PATTERNS)


def script_share(text: str, script: str) -> float:
    """Fraction of the letters of `text` written in `script` (two scans: cheaper than a profile)."""
    letters = sum(map(len, _LETTERS.findall(text)))
    pattern = _PATTERN_OF.get(script)
    if not letters or pattern is None:
        return 0.0
    return sum(map(len, pattern.findall(text))) / letters


def dominant_script(text: str) -> str | None:
    """The writing system of most letters in `text`; kana wins over Han (Japanese mixes both)."""
    return profile_script(script_profile(text))


def profile_script(counts: Counter[str]) -> str | None:
    """`dominant_script` from a `script_profile` already computed."""
    if not counts:
        return None
    if counts["kana"] and counts["kana"] * 10 >= counts["han"]:
        # Japanese sentences are rarely under ~10% kana; Chinese has none.
        return "kana"
    return counts.most_common(1)[0][0]


@cache
def _identifier() -> Any:
    """The py3langid model, loaded once per process."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _normalise(code: str) -> str:
    return _ALIASES.get(code, code)


def classify(text: str) -> tuple[str, float]:
    """(language, confidence in [0, 1]) for `text`; ("und", 0.0) when there is nothing to go on.

    The combined detector described in the module docstring. Deterministic: no sampling anywhere.
    """
    counts = script_profile(text)
    letters = sum(counts.values())
    if letters < _MIN_LETTERS:
        return UNDETERMINED, 0.0
    script = profile_script(counts)
    if script in _SCRIPT_LANGUAGE:
        return _SCRIPT_LANGUAGE[script], 1.0
    if script == "han":
        # Han without kana is Chinese: py3langid and langdetect both read short Chinese as ja/ko.
        return "zh", 1.0
    ident = _identifier()
    code, conf = ident.classify(text)
    code = _normalise(code)
    if code not in MODEL_LANGUAGES and code != UNDETERMINED:
        # Short sentences drift to small neighbours (es -> ext/an/oc, en -> pcm). Prefer a language
        # the embedding model knows when it is nearly as likely as the top guess.
        ranking = ident.rank(text)
        top = ranking[0][1]
        for other, p in ranking:
            if _normalise(other) in MODEL_LANGUAGES:
                if p >= _IN_MODEL_RATIO * top:
                    code, conf = _normalise(other), p
                break
    if script == "cyrillic" and code in _KAZAKH_CONFUSABLE:
        strong = len(_KAZAKH_STRONG.findall(text))
        weak = len(_KAZAKH_WEAK.findall(text))
        # A Kazakh name in Russian text ("Тоқаев") is ~1% of its letters; Kazakh sentences run 7-20%.
        if (strong or code == "ru") and strong + weak >= _KAZAKH_MIN_SHARE * counts["cyrillic"]:
            return "kk", conf
        return code, conf
    if script == "hebrew" and code not in ("he", "yi"):
        return "he", conf
    return code, conf


def detect_language(text: str) -> str:
    """ISO 639-1 code of `text` ("en", "vi", "zh", "kk", ...), or "und" when undecidable.

    A few languages without a two-letter code come back as py3langid's ISO 639-3 label.
    """
    return classify(text)[0]


def detect_document_language(sentences: Iterable[str]) -> str:
    """The language of most of the text: a vote over sentences, each weighted by its length."""
    votes: Counter[str] = Counter()
    for s in sentences:
        lang = detect_language(s)
        if lang != UNDETERMINED:
            votes[lang] += len(s)
    return votes.most_common(1)[0][0] if votes else UNDETERMINED


def is_model_language(lang: str) -> bool:
    """Whether the embedding model saw `lang` in training (False for "und")."""
    return lang in MODEL_LANGUAGES


# --- comparison detectors, for bench/language.py -------------------------------------------------


@cache
def _langdetect_factory() -> Any:
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(0)  # on our own factory: the global DetectorFactory.seed stays untouched
    return factory


def langdetect_language(text: str) -> str:
    """langdetect's verdict (seeded), normalised to ISO 639-1; "und" when it gives up."""
    from langdetect.lang_detect_exception import LangDetectException

    detector = _langdetect_factory().create()
    detector.append(text)
    try:
        code = detector.detect()
    except LangDetectException:
        return UNDETERMINED
    return {"zh-cn": "zh", "zh-tw": "zh"}.get(code, code)


def py3langid_language(text: str) -> str:
    """py3langid alone (no script rules), normalised."""
    if sum(script_profile(text).values()) < _MIN_LETTERS:
        return UNDETERMINED
    return _normalise(_identifier().classify(text)[0])


DETECTORS: dict[str, Callable[[str], str]] = {
    "langdetect": langdetect_language,
    "py3langid": py3langid_language,
    "combined": detect_language,
}
"""The detectors `bench/language.py` compares; `combined` is the one provenance uses."""
