"""Readings of Chinese and Japanese text, and a phonetic key to match foreign names across scripts.

Chinese writes a foreign name by its sound in Han characters (默克尔 = mo-ke-er = Merkel), Japanese
in katakana (メルケル = merukeru). `pypinyin` (bundles its data: no network) reads Han, a built-in
Hepburn table reads kana, and a consonant table reads Devanagari; `phonetic_key`
reduces a romanised word to classes of consonants, so "Merkel", "merukeru" and "mokeer" compare
despite the vowels each language inserts and the voicing and l/r distinctions it does not make.
Without pypinyin, Chinese names simply find no partner by sound.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import pairwise

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
KANA = re.compile(r"[\u3040-\u30ff]")
# a katakana run (a foreign name's sound) or a hiragana run; the middle dot ・ parts names
_KANA_RUN = re.compile(r"[\u30a1-\u30fa\u30fc]+|[\u3041-\u3096]+")
CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff々ー・]+")
_DEVA_WORD = re.compile(r"[\u0900-\u097f]+")
# Devanagari consonants (vowels drop out of the key anyway); a nukta makes z, f, r of j, ph, d
_DEVA = dict(
    zip(
        "कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसहळ",
        [
            "k",
            "kh",
            "g",
            "gh",
            "n",
            "ch",
            "chh",
            "j",
            "jh",
            "n",
            "t",
            "th",
            "d",
            "dh",
            "n",
            "t",
            "th",
            "d",
            "dh",
            "n",
            "p",
            "f",
            "b",
            "bh",
            "m",
            "y",
            "r",
            "l",
            "v",
            "sh",
            "sh",
            "s",
            "h",
            "l",
        ],
        strict=True,
    )
) | {"ज़": "z", "फ़": "f", "ड़": "r", "ढ़": "r", "क़": "k", "ख़": "kh", "ग़": "g", "ं": "n", "ँ": "n"}

# consonant classes: voicing and l/r merge, sibilants and affricates merge, vowels and glides drop
_CLASSES = (
    ("tch", "s"), ("sch", "s"), ("sh", "s"), ("ch", "s"), ("zh", "s"), ("ts", "s"), ("th", "s"),
    ("ph", "f"), ("gh", "g"), ("ck", "k"), ("ng", "n"), ("qu", "k"), ("x", "s"),
    ("b", "p"), ("d", "t"), ("g", "k"), ("c", "k"), ("q", "s"), ("j", "s"), ("z", "s"),
    ("l", "r"), ("m", "n"), ("v", "p"), ("w", ""), ("y", ""),
)  # fmt: skip


# katakana (hiragana maps onto it) in Hepburn romaji
_KANA_ROWS = (
    ("アイウエオ", "a i u e o"), ("カキクケコ", "ka ki ku ke ko"), ("ガギグゲゴ", "ga gi gu ge go"),
    ("サシスセソ", "sa shi su se so"), ("ザジズゼゾ", "za ji zu ze zo"), ("タチツテト", "ta chi tsu te to"),
    ("ダヂヅデド", "da ji zu de do"), ("ナニヌネノ", "na ni nu ne no"), ("ハヒフヘホ", "ha hi fu he ho"),
    ("バビブベボ", "ba bi bu be bo"), ("パピプペポ", "pa pi pu pe po"), ("マミムメモ", "ma mi mu me mo"),
    ("ヤユヨ", "ya yu yo"), ("ラリルレロ", "ra ri ru re ro"), ("ワヰヱヲン", "wa i e o n"), ("ヴ", "vu"),
    ("ァィゥェォ", "a i u e o"), ("ャュョヮ", "ya yu yo wa"),
)  # fmt: skip
_KANA_BASE = {k: r for kana, romaji in _KANA_ROWS for k, r in zip(kana, romaji.split(), strict=True)}


def kana_to_latin(run: str) -> str:
    """Hepburn romaji of a kana run (hiragana read as katakana): a small ya/yu/yo or vowel joins the
    syllable before (キャ kya, シェ she, ティ ti, ファ fa, ウィ wi), ッ doubles the next consonant, and
    the long-vowel mark falls out (vowels leave the phonetic key anyway). Kanji are not kana: a
    Japanese name in kanji needs a dictionary reading, which this does not give."""
    out: list[str] = []
    double = False
    for ch in run:
        c = chr(ord(ch) + 0x60) if "\u3041" <= ch <= "\u3096" else ch
        if c == "ッ":
            double = True
            continue
        syllable = _KANA_BASE.get(c)
        if syllable is None:
            continue
        if c in "ャュョ" and out:
            prev = out.pop()
            syllable = (prev[:-1] if prev[-2:] in ("hi", "ji") and prev != "hi" else prev[:-1] + "y") + syllable[-1]
        elif c in "ァィゥェォ" and out:
            prev = out.pop()
            syllable = ("w" if prev == "u" else prev[:-1]) + syllable
        if double and syllable[0] not in "aiueon":
            syllable = ("t" if syllable.startswith("ch") else syllable[0]) + syllable
        double = False
        out.append(syllable)
    return "".join(out)


def phonetic_key(word: str) -> str:
    """Consonant classes of a romanised word, repeats merged: "Merkel" -> "nrkr", "merukeru" ->
    "nrkr", "Trump" / "toranpu" -> "trnp". Latin letters only; diacritics are stripped first."""
    low = "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))
    low = re.sub(r"[^a-z]", "", low)
    low = re.sub(r"c(?=[eiy])", "s", low)  # "Greece", "Cicero"
    for a, b in _CLASSES:
        low = low.replace(a, b)
    # h inside a word is silent or a vowel's glide ("Ohtani", pinyin "yuehan"); an initial h stays
    low = low[:1] + low[1:].replace("h", "")
    key = re.sub(r"[aeiou]", "", low)
    return re.sub(r"(.)\1+", r"\1", key)


def phonetic_keys(word: str) -> set[str]:
    """The key of `word`, and the key as Japanese and Chinese hear a t or d before i ("Putin" ->
    "puuchin", "pujing")."""
    return {phonetic_key(word), phonetic_key(re.sub(r"[td](?=[iy])", "ch", word.lower()))}


def _close(name: str, run: str) -> bool:
    """A run's key that is the name's key with one class dropped, both starting alike and the run
    keeping four classes or more: Chinese drops a consonant of a cluster ("prsrs" Brussels / "prsr"
    bu-lu-sai-er). With three ("nkr" mo-ke-er for Merkel) chance matches cost more than they gave:
    on DEMETR zh ids <= 300, 28 instead of 30 of 83 replaced names found, no false alarm fewer."""
    return len(run) >= 4 and len(name) - len(run) == 1 and name[0] == run[0] and in_order(run, name)


def in_order(short: str, long: str) -> bool:
    """Every character of `short` appears in `long`, in the same order (a subsequence)."""
    it = iter(long)
    return all(c in it for c in short)


def has_reading(text: str) -> bool:
    """`text` has Han, kana or Devanagari, which `reading_units` can romanise."""
    return bool(_HAN.search(text) or KANA.search(text) or _DEVA_WORD.search(text))


def devanagari_to_latin(word: str) -> str:
    """The consonants of a Devanagari word in Latin letters, vowels left out: ग्रीस -> "grs"."""
    word = unicodedata.normalize("NFC", word)
    out, i = [], 0
    while i < len(word):
        pair = word[i : i + 2]
        if pair in _DEVA:
            out.append(_DEVA[pair])
            i += 2
            continue
        out.append(_DEVA.get(word[i], ""))
        i += 1
    return "".join(out)


@lru_cache(maxsize=65536)
def reading_units(text: str) -> tuple[str, ...]:
    """Romanised units of the Han, kana and Devanagari runs of `text`, in order: the consonants of each
    Hindi word, romaji of each kana run, and pinyin syllables of each Han run in a text without kana
    (Chinese; Han gives nothing without `pypinyin`). In Japanese text, kanji are left unread here:
    their Chinese readings do not sound like the Japanese ones; the names among them get their
    Japanese readings from UniDic (`japanese.py`)."""
    units: list[str] = [u for u in map(devanagari_to_latin, _DEVA_WORD.findall(text)) if u]
    if KANA.search(text):
        return (*units, *(r for r in map(kana_to_latin, _KANA_RUN.findall(text)) if r))
    try:
        from pypinyin import lazy_pinyin
    except ImportError:
        return tuple(units)
    for run in CJK_RUN.findall(text):
        # pinyin c is "ts": respelled so the English-based classes read it right
        units += [re.sub(r"^c", "ts", u) for u in lazy_pinyin(run) if u and u.isascii()]
    return tuple(units)


@lru_cache(maxsize=65536)
def reading_keys(text: str, max_units: int = 4) -> frozenset[str]:
    """Phonetic keys of every run of 1..`max_units` consecutive reading units of `text`."""
    units = reading_units(text)
    keys: set[str] = set()
    for i in range(len(units)):
        for j in range(i + 1, min(len(units), i + max_units) + 1):
            k = phonetic_key("".join(units[i:j]))
            if k:
                keys.add(k)
    return frozenset(keys)


def sounds_in(word: str, text: str, min_classes: int = 3) -> bool:
    """`word` (Latin letters) sounds like a run of the Chinese or Japanese in `text`: a key of at
    least `min_classes` consonant classes equal or close (`_close`) to the key of a run."""
    keys = [k for k in phonetic_keys(word) if len(k) >= min_classes]
    if not keys:
        return False
    runs = reading_keys(text)
    return any(k in runs for k in keys) or any(_close(k, r) for k in keys for r in runs)


_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f'’]+")


def heard_in_latin(name: str, text: str) -> bool:
    """A Devanagari `name` sounds like a word of the Latin-script `text`, or two in a row ("स्नो डेन" /
    "Snowden"; "कुमार" / "Kumar"). A key of one or two consonant classes ("शाह", Shah: "s") is matched only
    against a capitalised word, a name: in lower-case words it would find "she" or "is"."""
    key = phonetic_key(devanagari_to_latin("".join(_DEVA_WORD.findall(name))))
    if not key:
        return False
    words = [m.group() for m in _LATIN_WORD.finditer(text)]
    runs = [(w, w[0].isupper()) for w in words]
    # two words in a row only as a name of two ("New York" for न्यूयॉर्क): lower-case pairs ("gas pipeline")
    # hear any long name by chance (गैजप्रोम, Gazprom)
    runs += [(a + b, True) for a, b in pairwise(words) if a[0].isupper() and b[0].isupper()]
    return any(phonetic_key(run) == key and (len(key) >= 3 or upper) for run, upper in runs)
