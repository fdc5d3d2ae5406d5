"""Chinese names no dictionary lists: people, and foreign names spelled by sound.

CC-CEDICT (`lexicon.py`) knows famous names only. A news story names its own people (段梦琪, 陈光明)
and spells foreign names by sound as it goes (卡特里, 格里沃里). `jieba` (MIT; its dictionary and the
HMM it tags unknown words with ship inside the package) cuts Chinese into words and tags person,
place and organisation names, those it never saw included. Its tags are loose (its dictionary tags
卫星, satellite, as a person's name), so a tagged word is kept only where CC-CEDICT does not read it
as a word, and what it keeps is a candidate for the entity detector, never a finding by itself: a
source name it finds may have been dropped (the deletion test decides), but a derived name it finds
is never read as a new one, as its sound alone (`heard_in`) cannot match abbreviations (佛州,
Florida) or other romanisations. Without jieba no name is found here.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any

from provenance.detect.lexicon import (
    SOUND_SPELLING,
    LexiconName,
    common_words,
    listed_names,
    located,
    spelled_by_sound,
)
from provenance.detect.readings import KANA, in_order, phonetic_key

_HAN_WORD = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f'’]+")
_PERSON = frozenset({"nr", "nrfg"})  # a person: a surname and a given name
_FOREIGN = "nrt"  # a foreign name spelled by sound
_PLACE_OR_BODY = frozenset({"ns", "nt"})
# characters that end no two- or three-character name: prepositions, particles, "said"
_FUNCTION_CHARACTERS = frozenset("于在和与及说的是了对将也都就向从把被让给")


@cache
def _tagger() -> Any | None:
    """jieba's part-of-speech cutter, loaded once per process (about 1 s), or None without jieba."""
    try:
        import jieba
        import jieba.posseg
    except ImportError:
        return None
    jieba.setLogLevel(60)  # its loading messages go to stderr otherwise
    return jieba.posseg.dt


def _starts_with_word(word: str) -> bool:
    """`word` opens with a word of two characters or more that CC-CEDICT lists (今天下午, 西南地区,
    利物浦队): a phrase the tagger ran together, or a listed name found already."""
    words, names = common_words(), listed_names()
    return any(word[:k] in words or word[:k] in names for k in range(2, len(word)))


@lru_cache(maxsize=65536)
def unlisted_names(text: str) -> tuple[LexiconName, ...]:
    """Names jieba tags in `text` that CC-CEDICT does not list, with no English form. Adjacent name
    pieces join (格里 + 沃里), and a foreign name takes in the sound-spelling characters jieba cut off
    around it (哈 + 扎德)."""
    tagger = _tagger()
    if tagger is None or not _HAN_WORD.search(text) or KANA.search(text):
        return ()  # Japanese has its own names (japanese.py)
    # each word with its range and jieba's part-of-speech tag
    pieces = [(start, end, token.flag) for start, end, token in located(text, tagger.cut(text), lambda t: t.word)]
    out: list[LexiconName] = []
    k = 0
    while k < len(pieces):
        start, end, tag = pieces[k]
        if not _named(tag) or not _HAN_WORD.fullmatch(text[start:end]):
            k += 1
            continue
        tags = {tag}
        k += 1
        while k < len(pieces) and _named(pieces[k][2]) and _HAN_WORD.fullmatch(text[pieces[k][0] : pieces[k][1]]):
            end = pieces[k][1]
            tags.add(pieces[k][2])
            k += 1
        word = text[start:end]
        if spelled_by_sound(word):
            # not into a word: 抵达 | 巴鲁 (arrived at Palu) is no 达巴鲁
            while start > 0 and text[start - 1] in SOUND_SPELLING and text[start - 2 : start] not in common_words():
                start -= 1
            while end < len(text) and text[end] in SOUND_SPELLING and text[end : end + 2] not in common_words():
                end += 1
            word = text[start:end]
        if _kept(word, tags, word in tagger.word_tag_tab):
            out.append(LexiconName(start, end, word, ()))
    return tuple(out)


def _named(tag: str) -> bool:
    return tag in _PERSON or tag == _FOREIGN or tag in _PLACE_OR_BODY


def _kept(word: str, tags: set[str], in_jieba_dictionary: bool) -> bool:
    if len(word) < 2 or word in common_words() or word in listed_names():
        return False
    if spelled_by_sound(word):
        return True
    if tags <= _PERSON and len(word) == 2 and in_jieba_dictionary:
        # two characters jieba's dictionary calls a person are mostly words (余威, a storm's remnants;
        # 明珠, a pearl); the people a story names are unseen, and its HMM tags those
        return False
    if tags & _PERSON and len(word) <= 3:
        # 普查表 is a census form, not Mr Pu; in 特雷莎·梅于 the name (May) ran into "on"
        return word[:2] not in common_words() and word[-1] not in _FUNCTION_CHARACTERS
    return not _starts_with_word(word)


@lru_cache(maxsize=65536)
def pinyin_forms(word: str) -> tuple[str, ...]:
    """How English writes a Chinese name it did not translate: its pinyin, run together
    ("Kawanuo") and, for a person, surname apart from given name ("Duan Mengqi")."""
    try:
        from pypinyin import lazy_pinyin
    except ImportError:
        return ()
    syllables = [s for s in lazy_pinyin(word) if s.isascii() and s.isalpha()]
    if len(syllables) != len(word):
        return ()
    joined = "".join(syllables).capitalize()
    if len(word) in (2, 3):
        return (joined, f"{syllables[0].capitalize()} {''.join(syllables[1:]).capitalize()}")
    return (joined,)


def heard_in(name: str, text: str) -> bool:
    """A capitalised word of `text`, or two in a row, sounds like the pinyin of `name`: the same
    consonant classes ("Lewis" / 刘易斯, liu-yi-si), for five classes or more nearly the same
    (Sundarbans / 孙德本尔斯), or, for one capitalised word, the same first class and the rest in
    order among at most two more (pinyin drops consonants: "Kavanaugh" / 卡瓦诺). For a name no
    dictionary lists this is the only way to find its counterpart, and a chance match only keeps a
    name from being reported, so it is lenient."""
    forms = pinyin_forms(name)
    if not forms:
        return False
    # written in pinyin: "Duan Mengqi", "Mengqi", "Xi Jinping" (the surname's syllable alone says nothing)
    spelled = re.sub(r"[^a-z]", "", text.lower().replace("ü", "v"))
    if any(re.sub(r"[^a-z]", "", f.lower().split()[-1]) in spelled for f in forms if len(f.split()[-1]) >= 4):
        return True
    key = phonetic_key(forms[0])
    if len(key) < 2:
        return False
    words = _LATIN_WORD.findall(text)
    single = [phonetic_key(w) for w in words if w[:1].isupper()]
    pairs = [phonetic_key(a + b) for a, b in pairwise(words) if a[:1].isupper()]
    for other in (*single, *pairs):
        if other == key:
            return True
        if min(len(key), len(other)) >= 5 and SequenceMatcher(None, key, other).ratio() >= 0.75:
            return True
    # English keeps consonants pinyin drops ("Kavanaugh" / ka-wa-nuo, "Hazard" / ha-zha-de): one
    # capitalised word, the same first class, the rest in order among at most two more
    return any(k[:1] == key[:1] and len(k) <= len(key) + 2 and in_order(key, k) for k in single)


def unlike_words(name: str) -> bool:
    """A name no reader would take for words, so its absence from an English sentence needs less
    evidence (`EntityDetector._min_drop`): spelled by sound (帕利, 卡特里), or three characters, as
    most people's names are (段梦琪). Two can be an epithet rendered by meaning (蓝黑, the Nerazzurri)."""
    return spelled_by_sound(name) or len(name) == 3


def audible(name: str) -> bool:
    """A name spelled by sound whose pinyin has two consonant classes or more: `heard_in` can tell
    whether English writes it (卡瓦诺, ka-wa-nuo: "kn"), where 亚奇 (ya-qi: "s") is too short to tell."""
    forms = pinyin_forms(name)
    return bool(forms) and spelled_by_sound(name) and len(phonetic_key(forms[0])) >= 2
