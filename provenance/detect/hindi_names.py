"""Hindi names nothing else finds: words no Hindi word list has.

Hindi writes no capitals, and no offline dictionary tells its names from its words: the gazetteer
(`places.py`) knows prominent places and an honorific announces a person ("श्री कुमार"), but most
names a story drops are neither. `wordfreq` (Apache 2.0; its word lists, CC BY-SA 4.0, ship inside
the package) lists the ~26,000 commonest Hindi words. A Devanagari word missing from that list is a
rare word or a name: a foreign name spelled by sound (बर्लुस्कोनी, Berlusconi; कैप्लोविट्ज,
Kaplowitz), a story's own people and places (उपासने, भीटी). Such a word is a candidate for the entity
detector, never a finding by itself: in a Hindi source the deletion test decides whether it was
dropped, and in a derived Hindi sentence it is never read as a new name (most are ordinary rare
words: "स्थितीय", positional). Names common enough to be listed (मोदी, ट्रंप) are not found this way.
Without wordfreq nothing is found here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from provenance.detect import wordlists
from provenance.detect.lexicon import LexiconName

DEVANAGARI_WORD = re.compile(r"[\u0900-\u0963\u0966-\u097f]+")  # a word: letters, signs, no danda
MAX_WORDS = 3  # adjacent unlisted words form one name ("जियानकार्लो फिशिचेला"), up to this many


def listed(word: str) -> bool:
    """wordfreq's Hindi list has `word` (as wordfreq normalises it: "बड़े" with its nukta composed or not)."""
    return (wordlists.zipf(word, "hi") or 0.0) > 0


def hindi(text: str, lang: str | None) -> bool:
    """Devanagari text that is Hindi by its language code, or has none (Marathi and Nepali share the
    script but not the word list: a language code keeps them out)."""
    return bool(DEVANAGARI_WORD.search(text)) and (not lang or lang.split("-")[0].lower() == "hi")


@lru_cache(maxsize=65536)
def unlisted_words(text: str) -> tuple[LexiconName, ...]:
    """Runs of Devanagari words of two letters or more that wordfreq's Hindi list lacks, adjacent ones
    (a space or a hyphen apart) joined into one name; no English forms."""
    if not wordlists.available():
        return ()
    runs: list[list[re.Match[str]]] = []
    for m in DEVANAGARI_WORD.finditer(text):
        if len(m.group()) < 2 or listed(m.group()):
            continue
        last = runs[-1][-1] if runs else None
        if last is not None and len(runs[-1]) < MAX_WORDS and text[last.end() : m.start()] in (" ", "-"):
            runs[-1].append(m)
        else:
            runs.append([m])
    return tuple(LexiconName(r[0].start(), r[-1].end(), text[r[0].start() : r[-1].end()], ()) for r in runs)
