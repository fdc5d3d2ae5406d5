"""How common a word is in its language (provenance.detect.wordlists, from wordfreq's lists)."""

from __future__ import annotations

import pytest

from provenance.detect import wordlists

pytestmark = pytest.mark.skipif(not wordlists.available(), reason="wordfreq not installed")


def test_rare_words_and_common_ones() -> None:
    assert wordlists.rare("Mattel", "pl") and wordlists.rare("Tendulkar", "es")
    # the lists are case-folded: a common name counts as a common word
    assert not wordlists.rare("Martin", "pl") and not wordlists.rare("Путин", "ru")
    assert not wordlists.rare("Welsh", "en")
    # the region is ignored; a word the list lacks is rare
    assert wordlists.rare("Siminoff", "it-IT")
    assert wordlists.zipf("Siminoff", "it") == 0.0


def test_no_list_no_answer() -> None:
    assert wordlists.zipf("Mattel", "xx") is None and wordlists.rare("Mattel", "xx") is None
    assert wordlists.rare("Mattel", None) is None
    # Japanese's list needs MeCab to cut words: without it, no answer rather than an ImportError
    assert wordlists.zipf("東京", "ja") is None or wordlists.zipf("東京", "ja") > 3


def test_german_words_the_list_lacks_as_written() -> None:
    # compounds of common words, with or without a linking "s", and inflected forms
    for word in ("Stichwunden", "Farbpulver", "Arbeitsmarktes", "Hais", "Ausstöße"):
        assert wordlists.german_word(word), word
    # names are neither
    for word in ("Veguilla", "Tendulkar", "Kavanaugh", "Selenskyj"):
        assert wordlists.german_word(word) is False, word
