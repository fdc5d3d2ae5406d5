"""How common a word is in its language, from `wordfreq`'s word lists.

`wordfreq` (Apache 2.0; its lists, CC BY-SA 4.0, ship inside the package) gives a word's Zipf
frequency: log10 of its occurrences per billion words, so 3.0 is once per million and 0.0 a word the
list lacks. Lists are case-folded, so a name ("Putin") counts as often as a word; what a list tells
is whether a word is common, never whether it is a name. Each list loads once per process on first
use (~0.1-0.2 s). Without the package every answer is None, and callers fall back to what they did
before.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache

RARE = 3.0  # below once per million words: no common word of the language


@cache
def _frequency() -> Callable[[str, str], float] | None:
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        return None
    return zipf_frequency


@cache
def _languages() -> frozenset[str]:
    from wordfreq import available_languages

    return frozenset(available_languages(wordlist="best"))


def available() -> bool:
    return _frequency() is not None


@lru_cache(maxsize=65536)
def zipf(word: str, lang: str | None) -> float | None:
    """The Zipf frequency of `word` in `lang` (an ISO 639-1 code, region ignored), or None without
    wordfreq or a list for the language."""
    frequency = _frequency()
    code = (lang or "").split("-")[0].lower()
    if frequency is None or code not in _languages():
        return None
    try:
        return frequency(word, code)
    except ImportError:
        return None  # Japanese and Korean lists need a tokenizer (MeCab) this machine may lack


def rare(word: str, lang: str | None) -> bool | None:
    """`word` is no common word of `lang` (Zipf below `RARE`: "Mattel", "Tendulkar"; not "Welsh",
    "Martin"), or None when there is no list to ask."""
    z = zipf(word, lang)
    return None if z is None else z < RARE


_GERMAN_ENDINGS = ("", "e", "s", "es", "n", "en", "er", "ern", "em")
_UMLAUTS = str.maketrans("äöü", "aou")


def _german_form(word: str) -> bool:
    """`word` is a common German word or an inflected form of one ("Hais" / Hai, "Ausstöße" / Ausstoß)."""
    for ending in _GERMAN_ENDINGS:
        if ending and not word.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)]
        if len(stem) >= 3 and any(rare(s, "de") is False for s in {stem, stem.translate(_UMLAUTS)}):
            return True
    return False


def german_word(word: str) -> bool | None:
    """`word` is German although its list may lack it as written: a form of a common word, or a
    compound of common words, the first part perhaps with a linking "s" ("Stichwunden",
    "Farbpulver", "Arbeitsmarkt"). Names are mostly neither ("Veguilla", "Tendulkar"). None without
    a German list."""
    if zipf("haus", "de") is None:
        return None
    low = word.lower()
    if _german_form(low):
        return True
    for k in range(4, len(low) - 3):
        head, tail = low[:k], low[k:]
        if _german_form(tail) and any(rare(h, "de") is False for h in (head, head.removesuffix("s"))):
            return True
    return False
