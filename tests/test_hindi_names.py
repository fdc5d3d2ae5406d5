"""Hindi words no word list has (provenance.detect.hindi_names), and how the entity detector uses them: a
candidate for a dropped name, probed at the threshold of a name of no common word, never a new name."""

from __future__ import annotations

import numpy as np
import pytest

from provenance.core import Alignment, Bead, Document, Sentence
from provenance.detect import Comparison
from provenance.detect.entities import Entity, EntityDetector, find_entities, missing, unmatched
from provenance.detect.hindi_names import hindi, unlisted_words
from provenance.detect.wordlists import available

pytestmark = pytest.mark.skipif(not available(), reason="wordfreq not installed")

BERLUSCONI = "उनके मुताबिक, बर्लुस्कोनी ने पूर्व टीवी एंकर से शादी कर ली है।"


def words(text: str) -> list[str]:
    return [n.text for n in unlisted_words(text)]


def test_names_spelled_by_sound_are_no_listed_hindi_words() -> None:
    assert words(BERLUSCONI) == ["बर्लुस्कोनी"]
    # adjacent unlisted words are one name
    assert words("जियानकार्लो फिशिचेला ने अपनी कार पर नियंत्रण खो दिया और दौड़ समाप्त कर दी.") == ["जियानकार्लो फिशिचेला"]
    assert words("पुलिस ने अदालत को बताया कि मौत डूबने से हुई है।") == []  # every word a common one
    # rare words are found too (positional asphyxia): the deletion test, not the list, tells them apart
    assert "स्थितीय श्वसावरोध" in words('मृत्यु "स्थितीय श्वसावरोध" के परिणामस्वरूप हुई।')
    assert words("No Hindi here.") == []


def test_only_hindi_text_is_read_against_the_hindi_list() -> None:
    assert hindi(BERLUSCONI, "hi") and hindi(BERLUSCONI, None)
    assert not hindi(BERLUSCONI, "mr")  # Marathi shares the script, not the word list
    assert [e.text for e in find_entities(BERLUSCONI, "hi")] == ["बर्लुस्कोनी"]
    assert find_entities(BERLUSCONI, "mr") == []


def test_an_unlisted_word_is_a_dropped_name_candidate_but_never_a_new_name() -> None:
    der = "According to him, he has married a former TV anchor."
    assert [e.text for e in missing(BERLUSCONI, der, "hi")] == ["बर्लुस्कोनी"]
    # read aloud, the name has its counterpart
    assert missing(BERLUSCONI, der.replace("he has", "Berlusconi has"), "hi") == ()
    # in a derived Hindi sentence the rare words are no names added
    src = "The initial autopsy indicated that Johnson died of positional asphyxia."
    hi = 'आंरम्भिक शव परीक्षण में संकेत मिलते हैं कि जॉनसन की मृत्यु "स्थितीय श्वसावरोध" के परिणामस्वरूप हुई।'
    assert unmatched(src, hi, "hi") == ()


class ConceptEmbedder:
    """Bag-of-concepts vectors: enough to test the deletion rule without the model."""

    name = "fake"

    def __init__(self, concepts: list[str]) -> None:
        self.concepts = concepts

    def encode(self, texts: list[str]) -> np.ndarray:
        rows = [np.array([1.0] + [float(any(w in t for w in c.split("|"))) for c in self.concepts]) for t in texts]
        return np.stack([r / np.linalg.norm(r) for r in rows]).astype(np.float32)


def one(text: str, lang: str) -> Document:
    return Document(text=text, sentences=(Sentence(0, text, 0, len(text), lang, 0),), lang=lang)


def test_a_dropped_unlisted_word_is_reported_as_a_name_or_rare_word() -> None:
    emb = ConceptEmbedder(["married|शादी", "anchor|एंकर", "बर्लुस्कोनी|Berlusconi"])
    der = "According to him, he has married a former TV anchor."
    comparison = Comparison(one(BERLUSCONI, "hi"), one(der, "en"), Alignment((Bead((0,), (0,)),)), emb)
    (f,) = list(EntityDetector().detect(comparison))
    assert f.kind == "partial_omission" and f.source_span == "बर्लुस्कोनी"
    assert f.message == "name or rare word dropped: 'बर्लुस्कोनी' has no counterpart in the derived sentence"
    # it needs the evidence of a name of no common word, not that of a word that may be translated
    det = EntityDetector()
    name = Entity(BERLUSCONI.index("बर्लुस्कोनी"), BERLUSCONI.index("बर्लुस्कोनी") + 11, "बर्लुस्कोनी")
    assert det._min_drop(name, BERLUSCONI, der, "hi") == det.min_drop_proper
