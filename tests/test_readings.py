"""Readings of Chinese, Japanese and Hindi text and the phonetic key that matches names across scripts."""

from __future__ import annotations

import pytest

from provenance.detect.readings import devanagari_to_latin, heard_in_latin, phonetic_key, reading_units, sounds_in


def test_phonetic_key_merges_what_the_languages_do_not_distinguish() -> None:
    # l/r, voicing, inserted vowels, m/n before a stop: Merkel / merukeru, Trump / toranpu
    assert phonetic_key("Merkel") == phonetic_key("merukeru") == "nrkr"
    assert phonetic_key("Trump") == phonetic_key("toranpu") == "trnp"
    assert phonetic_key("Greece") == "krs"
    assert phonetic_key("Ohtani") == phonetic_key("ootani")


def test_devanagari_consonants() -> None:
    assert devanagari_to_latin("ग्रीस") == "grs"
    assert phonetic_key(devanagari_to_latin("सांटोरिनी")) == phonetic_key("Santorini")


def test_chinese_and_japanese_readings() -> None:
    pytest.importorskip("pypinyin", reason="pypinyin reads Chinese (a dependency to declare)")
    assert reading_units("默克尔") == ("mo", "ke", "er")
    assert "merukeru" in reading_units("メルケル首相")
    # Chinese drops a consonant of a cluster: one class less still matches a long enough key
    assert sounds_in("Brussels", "他在布鲁塞尔说")
    assert sounds_in("Putin", "普京总统")  # a t before i is heard as ch / j
    assert not sounds_in("Putin", "布鲁塞尔")
    # two consonant classes are too few to tell a name from chance
    assert not sounds_in("Obama", "奥巴马")


def test_kana_read_in_hepburn_with_digraphs_and_doubled_consonants() -> None:
    from provenance.detect.readings import kana_to_latin

    assert kana_to_latin("ジョンソン") == "jonson"  # small yo joins the syllable before
    assert kana_to_latin("チェルシー") == "cherushi"  # small e replaces its vowel; the long mark falls out
    assert kana_to_latin("ティム") == "timu"
    assert kana_to_latin("ウィリアムズ") == "wiriamuzu"
    assert kana_to_latin("ベッカム") == "bekkamu"  # small tsu doubles the next consonant
    assert kana_to_latin("きょうと") == "kyouto"  # hiragana reads as katakana
    assert phonetic_key(kana_to_latin("ジョンソン")) == phonetic_key("Johnson")


def test_hindi_name_heard_in_latin_text() -> None:
    assert heard_in_latin("कुमार", "District President Mr. Kumar said so.")
    assert heard_in_latin("स्नो डेन", "In the letter, Mr Snowden said he believed it.")
    # a one-class key ("शाह": "s") only against a capitalised word, a name
    assert heard_in_latin("शाह", "Mr. Shah's programme")
    assert not heard_in_latin("शाह", "she said it is so")
    assert not heard_in_latin("कुमार", "The district president said so.")
    # two words in a row only as a two-word name: "gas pipeline" is no Gazprom
    assert heard_in_latin("गैजप्रोम", "The head of Gazprom said") and heard_in_latin("न्यूयॉर्क", "in New York on Monday")
    assert not heard_in_latin("गैजप्रोम", "the construction of the South Stream gas pipeline in Bulgaria")
