"""Japanese names and their readings, from UniDic.

Japanese marks no name by its letters either, and reads kanji its own way (大谷 is Otani, 甲府 Kofu),
so neither capitalisation nor Chinese readings (`readings.py`) find or match them. The morphological
analyser MeCab (`fugashi`, MIT/BSD) with UniDic (`unidic-lite`, BSD; both from PyPI, read offline)
cuts a sentence into words, tags proper nouns (固有名詞: people, places, organisations) apart from
common nouns and katakana loanwords (コロナウイルス is a common noun), and gives each its reading.
A name's English forms are its readings in Hepburn romaji, with and without long vowels (オオタニ:
Ootani, Otani, Ohtani), and, for a foreign name in katakana, the spelling UniDic records for it
(フェラーリ: Ferrari). A katakana word UniDic does not know at all (ポトロ, Potro) is a foreign name
more often than not, since the language's loanwords are in it (`unknown_names`); it has no English
form, only its sound. Without the packages there are no Japanese names and nothing else changes.

A kanji name can have several readings (大谷 is Oya and Otani): `forms_of` takes those of MeCab's
`NBEST` best analyses of the name. A reading none of them gives leaves the name looking unmatched,
and the entity detector still asks the embedding for evidence before it reports anything.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import Any

from provenance.detect.lexicon import LexiconName, located
from provenance.detect.lexicon import forms_of as chinese_forms
from provenance.detect.readings import CJK_RUN, KANA, kana_to_latin

_HAN_ONLY = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff々]+")
NBEST = 5  # analyses of a name read alone: kanji names have more than one reading


@cache
def _tagger() -> Any | None:
    """MeCab with UniDic, or None without the packages. 10 ms to start; once per process."""
    try:
        import fugashi
        import unidic_lite
    except ImportError:
        return None
    try:
        return fugashi.Tagger("-d " + unidic_lite.DICDIR)
    except RuntimeError:  # a broken dictionary folder: no Japanese names rather than a crash
        return None


def available() -> bool:
    return _tagger() is not None


def japanese(text: str, lang: str | None) -> bool:
    """Japanese by its language code, or, with none, text with kana."""
    if lang:
        return lang.split("-")[0].lower() == "ja"
    return bool(KANA.search(text))


def romaji_forms(reading: str) -> tuple[str, ...]:
    """A katakana reading in the romaji spellings English text uses: as written (Ootani, Toukyou),
    long vowels shortened (Otani, Tokyo) and long o as "oh" (Ohtani)."""
    raw = kana_to_latin(reading)
    if not raw:
        return ()
    short = re.sub(r"([aiueo])\1", r"\1", raw.replace("ou", "o"))
    oh = raw.replace("oo", "oh").replace("ou", "oh")
    return tuple(dict.fromkeys(f.capitalize() for f in (short, raw, oh)))


def _word_forms(feature: Any, surface: str) -> list[str]:
    forms: list[str] = []
    lemma = getattr(feature, "lemma", None) or ""
    if "-" in lemma:  # "フェラーリ-Ferrari": UniDic records a loan's source spelling
        origin = lemma.split("-", 1)[1]
        if origin.isascii() and origin[:1].isalpha():
            forms.append(origin.capitalize())
    reading = getattr(feature, "kana", None) or (surface if KANA.search(surface) else "")
    forms += romaji_forms(reading)
    return forms


@lru_cache(maxsize=65536)
def names_in(text: str) -> tuple[LexiconName, ...]:
    """The proper nouns of a Japanese text, adjacent ones joined (渡辺 + 登志美 is one person), each
    with its English forms (`forms_of`) and the reading it has here. A lone kanji (高, 胡) is too
    often a word the tagger took for a name to count alone."""
    tagger = _tagger()
    if tagger is None or not CJK_RUN.search(text):
        return ()
    out: list[LexiconName] = []
    run: list[tuple[int, int, list[str]]] = []

    def close() -> None:
        if run:
            start, end = run[0][0], run[-1][1]
            word = text[start:end]
            if not (_HAN_ONLY.fullmatch(word) and len(word) < 2):
                forms = [*(f for _, _, fs in run for f in fs), *forms_of(word)]
                out.append(LexiconName(start, end, word, tuple(dict.fromkeys(forms))))
            run.clear()

    for start, end, token in _located(tagger, text):
        if not _proper(token) or not CJK_RUN.fullmatch(token.surface):
            close()  # Latin names inside Japanese text are found by their letters
            continue
        if run and run[-1][1] != start:
            close()
        run.append((start, end, _word_forms(token.feature, token.surface)))
    close()
    return tuple(out)


def _located(tagger: Any, text: str) -> Iterator[tuple[int, int, Any]]:
    """Each MeCab token of `text` with its character range (MeCab gives none and skips spaces)."""
    return located(text, tagger(text), lambda token: token.surface)


def _proper(token: Any) -> bool:
    return getattr(token.feature, "pos2", None) == "固有名詞"


@lru_cache(maxsize=65536)
def forms_of(word: str) -> tuple[str, ...]:
    """English forms of a Japanese name read on its own: CC-CEDICT's when the kanji are also a
    Chinese name (香港 Hong Kong, 胡錦濤 Hu Jintao), and the romaji of each reading among MeCab's
    `NBEST` best analyses (大谷: Oya and Otani), of each name in it when it reads as names only
    (勝野昌慶: Katsuno, Shokei), and of a katakana name inside it (南アフリカ: Afurika).
    Empty for anything but Han and kana."""
    tagger = _tagger()
    if tagger is None or not CJK_RUN.fullmatch(word):
        return ()
    forms = list(chinese_forms(word))
    for analysis in tagger.nbestToNodeList(word, NBEST):
        whole = all(_proper(t) for t in analysis)  # 勝野 + 昌慶: a family and a given name
        for token in analysis:
            if _proper(token) and (whole or KANA.search(token.surface)):
                forms += _word_forms(token.feature, token.surface)
    return tuple(dict.fromkeys(forms))


_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc・]+")


@lru_cache(maxsize=65536)
def unknown_names(text: str) -> tuple[LexiconName, ...]:
    """Katakana words UniDic does not know (ポトロ, トランスニストリア): foreign names, mostly, as the
    loanwords of the language are in it (コンピューター). Adjacent unknown pieces join. No English
    form: `romaji_forms` of the word match it by sound."""
    tagger = _tagger()
    if tagger is None or not KANA.search(text):
        return ()
    out: list[tuple[int, int]] = []
    for start, end, token in _located(tagger, text):
        if not token.is_unk or not _KATAKANA.fullmatch(token.surface):
            continue
        if out and out[-1][1] == start:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return tuple(LexiconName(a, b, text[a:b], ()) for a, b in out if b - a >= 3)  # shorter: too often a fragment
