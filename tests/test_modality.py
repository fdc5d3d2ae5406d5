"""Hedges, modals and negation: the lexicons and the comparison across and within languages."""

from __future__ import annotations

import pytest

from provenance.core import Alignment, Bead, Document, Sentence
from provenance.detect import Comparison
from provenance.detect.modality import ModalityDetector, compare_modality, hedges, negations, normalize_lang


def one(text: str, lang: str) -> Document:
    return Document(text=text, sentences=(Sentence(0, text, 0, len(text), lang, 0),), lang=lang)


def kinds(source: str, derived: str, ls: str, ld: str = "en") -> list[tuple[str, str]]:
    return [(s.marker, s.change) for s in compare_modality(source, derived, ls, ld)]


def test_headline_hedge_dropped_names_the_words() -> None:
    (shift,) = compare_modality("few opportunities may exist", "opportunities are limited", "en", "en")
    assert (shift.marker, shift.change) == ("hedge", "removed")
    assert shift.message == "hedge dropped: 'may exist' -> 'are limited'"
    assert shift.severity == "medium"


def test_negation_removed_same_language() -> None:
    (shift,) = compare_modality("The board did not approve the plan.", "The board approved the plan.", "en", "en")
    assert shift.message == "negation removed: 'did not approve' -> 'approved'"
    assert shift.severity == "high"


@pytest.mark.parametrize(
    ("source", "lang"),
    [
        ("Có lẽ hàng trăm người đã rời đi.", "vi"),
        ("Возможно, сотни людей уехали.", "ru"),
        ("可能有数百人已经离开。", "zh"),
    ],
)
def test_hedge_dropped_across_languages(source: str, lang: str) -> None:
    assert kinds(source, "Hundreds of people have left.", lang) == [("hedge", "removed")]
    assert kinds(source, "Hundreds of people may have left.", lang) == []


@pytest.mark.parametrize(
    ("source", "lang"),
    [
        ("Hội đồng không phê duyệt kế hoạch.", "vi"),
        ("Совет не одобрил план.", "ru"),
        ("董事会没有批准该计划。", "zh"),
        ("Der Vorstand hat den Plan nicht genehmigt.", "de"),
        ("Le conseil n'a pas approuvé le plan.", "fr"),
        ("Rada nie zatwierdziła planu.", "pl"),
        ("Rada plán neschválila.", "cs"),
        ("取締役会は計画を承認しなかった。", "ja"),
        ("बोर्ड ने योजना को मंजूरी नहीं दी।", "hi"),
    ],
)
def test_negation_removed_across_languages(source: str, lang: str) -> None:
    assert kinds(source, "The board approved the plan.", lang) == [("negation", "removed")]
    assert kinds(source, "The board did not approve the plan.", lang) == []


def test_not_only_is_not_a_negation() -> None:
    assert negations("Not only the board approved it, but the council too.", "en") == []
    assert kinds("Not only the board approved it.", "The board approved it.", "en", "en") == []
    assert negations("不仅董事会批准了。", "zh") == []
    assert negations("Nicht nur der Vorstand stimmte zu.", "de") == []


def test_compounds_that_contain_a_negator_are_masked() -> None:
    assert negations("Ngành hàng không phát triển.", "vi") == []
    assert negations("这些不同的方法来自南非。", "zh") == []
    assert negations("约翰说了。", "zh") == [] and hedges("约翰说了。", "zh") == []


def test_lexical_negation_across_languages_is_not_flagged() -> None:
    # "无法" comes out as "unable": a negative word, not a dropped negation
    assert kinds("他一直无法用药物来缓解疼痛。", "He has been unable to relieve the pain with drugs.", "zh") == []


def test_double_counts_in_the_same_language() -> None:
    assert kinds("He did not say he would not come.", "He did not say he would come.", "en", "en") == [
        ("negation", "removed")
    ]
    assert kinds("It may rain.", "It might rain.", "en", "en") == []


def test_approximator_only_before_a_number() -> None:
    assert [m.text for m in hedges("They talked about the plan.", "en")] == []
    assert [m.text for m in hedges("They counted about 300 people.", "en")] == ["about"]


def test_normalize_lang() -> None:
    assert normalize_lang("zh-CN") == "zh"
    assert normalize_lang("chinese_simple") == "zh"
    assert normalize_lang("", "これは日本語です") == "ja"
    assert normalize_lang("deu") == "de"


def test_detector_reports_ranges_into_the_document() -> None:
    src = one("The board did not approve the plan.", "en")
    der = one("The board approved the plan.", "en")
    comp = Comparison(src, der, Alignment((Bead((0,), (0,), 1.0),)))
    (f,) = list(ModalityDetector().detect(comp))
    assert f.kind == "modality_shift" and f.detector == "modality"
    assert f.source_range is not None and der.text[slice(*f.derived_range)] == f.derived_span == "approved"
    assert src.text[slice(*f.source_range)] == f.source_span == "did not approve"


def test_ranges_across_a_two_sentence_bead() -> None:
    text = "The vote was held. The board did not approve the plan."
    sents = (Sentence(0, text[:18], 0, 18, "en", 0), Sentence(1, text[19:], 19, len(text), "en", 0))
    src = Document(text=text, sentences=sents, lang="en")
    der = one("The vote was held and the board approved the plan.", "en")
    comp = Comparison(src, der, Alignment((Bead((0, 1), (0,), 1.0),)))
    (f,) = list(ModalityDetector().detect(comp))
    assert f.source == (0, 1)
    assert src.text[slice(*f.source_range)] == f.source_span == "did not approve"
