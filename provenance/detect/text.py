"""Small tests on raw sentence text that several detectors share.

A capital letter means a name or a title only inside a sentence: the entity, modality and qualifier
detectors all ask whether a word opens one, and must get the same answer.
"""

from __future__ import annotations

import re

# what may stand between a sentence's end and its next word: spaces (French sets a no-break space inside
# guillemets: "«\xa0Des millions"), quotation marks and opening brackets
_LEAD_IN = re.compile(r"[\s\"'“”„«»‘’‹›(\[]+$")
_ENDS = ".!?:;…"
# titles abbreviated before a name, in the languages read here (Polish writes "prof.", "dr" in lower case):
# their full stop ends no sentence ("Ms. Jones said", "prof. Kowalski")
_TITLE_STOP = re.compile(
    r"(?<!\w)(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Rev|Mme|Mlle|Sr|Sra|Srta|Hr|Dott|Ing|Mgr|"
    r"prof|dr|gen|mgr|inż|płk|ks)\.$"
)


def sentence_initial(text: str, i: int) -> bool:
    """Whether the word at `i` opens a sentence of `text`: nothing but spaces, quotation marks and brackets
    before it since the start or since a sentence's end ("…", ":" and ";" included)."""
    before = _LEAD_IN.sub("", text[:i])
    if not before:
        return True
    if _TITLE_STOP.search(before) or _initial(before):
        return False
    return before[-1] in _ENDS


def _initial(before: str) -> bool:
    """`before` ends on a one-letter initial and its full stop ("George H. W.", "M. Tremblay")."""
    if len(before) < 2 or before[-1] != "." or not before[-2].isupper():
        return False
    return len(before) == 2 or not (before[-3].isalnum() or before[-3] in "_.")
