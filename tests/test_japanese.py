"""Japanese names from UniDic (provenance.detect.japanese) and how the entity detector uses them."""

from __future__ import annotations

import pytest
from test_entities import FakeEmbedder, one

from provenance.core import Alignment, Bead
from provenance.detect import Comparison
from provenance.detect.entities import (
    EntityDetector,
    dictionary_forms,
    find_entities,
    has_counterpart,
    missing,
    unmatched,
)
from provenance.detect.japanese import available, names_in, romaji_forms, unknown_names

pytestmark = pytest.mark.skipif(not available(), reason="fugashi and unidic-lite not installed")


def names(text: str) -> list[str]:
    return [n.text for n in names_in(text)]


def test_romaji_as_english_text_spells_it() -> None:
    assert romaji_forms("オオタニ") == ("Otani", "Ootani", "Ohtani")
    assert romaji_forms("トウキョウ")[0] == "Tokyo"
    assert romaji_forms("") == ()


def test_proper_nouns_are_names_and_loanwords_are_not() -> None:
    assert names("甲府市は市内の男性が新型コロナウイルスに感染したと発表しました。") == ["甲府"]
    # a family and a given name written together are one person; a lone kanji is not a name
    assert names("中日・勝野昌慶投手が先発。") == ["中日", "勝野昌慶"]
    assert "Kofu" in dictionary_forms("甲府")
    assert "Ferrari" in dictionary_forms("フェラーリ")  # UniDic records the loan's spelling
    assert names("no Japanese here") == []


def test_readings_beyond_the_first_and_chinese_forms() -> None:
    assert {"Oya", "Otani"} <= set(dictionary_forms("大谷"))  # the name has both readings
    # the same characters, a Chinese and a Japanese name: China, and the Chugoku region
    assert {"China", "Chugoku"} <= set(dictionary_forms("中国"))


def test_counterparts_by_reading_and_by_meaning() -> None:
    assert has_counterpart("甲府", "Kofu City announced")
    assert has_counterpart("Kofu", "甲府市は発表しました。")
    assert has_counterpart("大谷", "Since Otani was the last batter")
    assert has_counterpart("韓国", "new infections in South Korea")  # a country rendered by meaning
    assert has_counterpart("南アフリカ", "Tournament top seeds South Africa started well")
    assert not has_counterpart("甲府", "The city announced that a man was infected.")
    assert not has_counterpart("Tanaka", "甲府市は発表しました。")


def test_a_japanese_name_the_translation_dropped() -> None:
    src_text = "甲府市は市内の男性が感染したと発表しました。"
    assert [e.text for e in missing(src_text, "The city announced that a man was infected.", "ja")] == ["甲府"]
    assert missing(src_text, "Kofu City announced that a man was infected.", "ja") == ()
    emb = FakeEmbedder(["city|市", "announced|発表", "infected|感染", "Kofu|甲府"])
    bead = Alignment((Bead((0,), (0,)),))
    src = one(src_text, "ja")
    gone = one("The city announced a man was infected.", "en")
    found = list(EntityDetector().detect(Comparison(src, gone, bead, emb)))
    assert [(f.kind, f.source_span) for f in found] == [("partial_omission", "甲府")]
    kept = one("Kofu City announced a man was infected.", "en")
    assert list(EntityDetector().detect(Comparison(src, kept, bead, emb))) == []


def test_chinese_text_is_not_read_as_japanese() -> None:
    # without kana and with lang zh, the names come from CC-CEDICT (and jieba), not from UniDic
    assert [e.text for e in find_entities("大部分货物从中美洲进口。", "zh")] == ["中美洲"]


def test_katakana_words_unidic_does_not_know_are_candidates_matched_by_sound() -> None:
    src = "ポトロは、この時点で肩の治療を受けていましたが、なんとか試合に復帰しました。"
    assert [n.text for n in unknown_names(src)] == ["ポトロ"]  # Potro, a tennis player UniDic does not know
    assert [n.text for n in unknown_names("新型コロナウイルスに感染したコンピューター")] == []  # loanwords it knows
    assert [e.text for e in missing(src, "Was treated for his shoulders at this point.", "ja")] == ["ポトロ"]
    assert missing(src, "Potro was treated for his shoulders at this point.", "ja") == ()
    assert has_counterpart("カキオコ", 'was selected: "Canned Kakioko"')
    # in a Japanese republication such a word is never a new name (sound alone is too weak a match)
    assert unmatched("He was treated for his shoulder.", "ポトロは肩の治療を受けていました。", "ja") == ()
