"""Hedges and bounds on figures across languages: "nearly 649 million" -> "649 Millionen" is an estimate
become a fact; the same hedge in other words, an estimate said elsewhere in the sentence, a range,
a verb's particle or a converted measure is not."""

from __future__ import annotations

import pytest

from provenance.core import Alignment, Bead, Document, Finding
from provenance.detect import Comparison
from provenance.detect.figure_hedges import bare, figure_hedge, in_range
from provenance.detect.figures import FigureDetector
from provenance.detect.quantities import extract
from provenance.report.demo import make_document


def one(text: str, lang: str) -> Document:
    return make_document([(text, lang)], lang)


def detect(src: str, ls: str, der: str, ld: str) -> list[Finding]:
    comparison = Comparison(one(src, ls), one(der, ld), Alignment((Bead((0,), (0,), 1.0),)))
    return [f for f in FigureDetector().detect(comparison) if f.message.startswith(("hedge", "bound"))]


def hedge_class(text: str, lang: str, index: int = 0) -> str | None:
    h = figure_hedge(text, extract(text, lang)[index])
    return None if h is None else h.cls


@pytest.mark.parametrize(
    ("text", "lang", "cls"),
    [
        ("nearly 649 million people", "en", "almost"),
        ("an estimated $140 million", "en", "about"),
        ("At least 384 people", "en", "over"),
        ("up to 10 inches of rain", "en", "under"),
        ("no more than 50 votes", "en", "under"),  # not "more than"
        ("qu’au moins 384 personnes", "fr", "over"),  # after an elided article
        ("jusqu’à 25 cm", "fr", "under"),
        ("примерно 200 человек", "ru", "about"),
        ("более 25 см осадков", "ru", "over"),
        ("mindestens 384 Menschen", "de", "over"),
        ("bis zu 3.000 Produkte", "de", "under"),
        ("khoảng 40.000 người", "vi", "about"),
        ("lên tới 10 inch", "vi", "under"),
        ("刚好超过 40% 的地区", "zh", "over"),  # Han runs on: no word edge before 超过
        ("不会超过 48 分钟", "zh", "under"),  # a negated "more than" is an upper bound
        ("已有550多万叙利亚人", "zh", "over"),  # the hedge inside the figure
        ("三个多月", "zh", "over"),  # after the figure and its measure word
        ("100人以上", "ja", "over"),
        ("выросло до 832 человек", "ru", "unclear"),  # "rose to": may or may not bound
        ("Er verfügt über 10 Züge", "de", "unclear"),  # a verb's particle
        ("in the last 5 matches", "en", None),
        ("在最近五场比赛中", "zh", "unclear"),  # 近 inside 最近 ("recent") is no "nearly"
    ],
)
def test_hedge_classes_in_several_languages(text: str, lang: str, cls: str | None) -> None:
    assert hedge_class(text, lang) == cls


def test_a_duration_over_hours_is_during_not_more_than() -> None:
    assert hedge_class("gas and ash over 24 hours", "en") == "unclear"


def test_bare_reads_loosely_an_estimate_elsewhere_or_a_moved_hedge() -> None:
    es = "Se estima que un 13 % de las casas nuevas"
    assert not bare(es, extract(es, "es")[0], other="An 13 per cent of new homes")
    de = "Laut Schätzungen der Gruppe haben die Mittel 649 Millionen Menschen erreicht."
    # the source said "The group estimates ... nearly": the estimate was there already
    assert bare(de, extract(de, "de")[0], other="The group estimates the funds reached 649 million people.")
    moved = "se extiende aproximadamente a lo largo de 130 millas"
    assert not bare(moved, extract(moved, "es")[0])


def test_in_range_both_ends() -> None:
    text = "2 to 4 inches of rain"
    qs = extract(text, "en")
    assert in_range(text, qs[0], qs) and in_range(text, qs[1], qs)
    lone = "2 inches and wind"
    assert not in_range(lone, extract(lone, "en")[0], extract(lone, "en"))


def test_hedge_dropped_across_languages_names_both_spans() -> None:
    src = "The group estimates the funds have made a direct impact on nearly 649 million people."
    # "bisher" (so far) holds "bis" (up to): only a whole word bounds a figure
    der = "Laut Schätzungen der Gruppe haben die Mittel bisher direkte Auswirkungen auf 649 Millionen Menschen."
    (f,) = detect(src, "en", der, "de")
    assert f.kind == "modality_shift" and f.severity == "medium"
    assert f.source_span == "nearly 649 million" and f.derived_span == "649 Millionen"
    assert src[slice(*f.source_range)] == "nearly 649 million"
    assert f.message.startswith("hedge dropped: 'nearly 649 million' -> '649 Millionen'")


def test_an_estimate_on_the_noun_and_a_figure_at_the_very_end() -> None:
    src = "Palu has an estimated population of 379,800 in 2017."
    (f,) = detect(src, "en", "Palu có dân số là 379.800 vào năm 2017.", "vi")
    assert f.source_span == "an estimated population of 379,800"
    (g,) = detect("Killed: nearly 300", "en", "Getötet: 300", "de")  # nothing after the figure
    assert g.source_span == "nearly 300"


def test_hedge_dropped_from_chinese_and_russian_sources() -> None:
    (f,) = detect(
        "卫生官员表示有超过820,000人受此影响。", "zh", "Health officials say 820,000 people are affected.", "en"
    )
    assert f.source_span == "超过820,000"
    (g,) = detect("Погибли около 200 человек.", "ru", "200 people died.", "en")
    assert g.kind == "modality_shift" and g.source_span == "около 200"


def test_hedge_added_is_low_and_not_for_a_converted_measure() -> None:
    (f,) = detect("384 people died.", "en", "Ít nhất 384 người đã chết.", "vi")
    assert f.message.startswith("hedge added") and f.severity == "low"
    assert detect("the 550 pound hog", "en", "el cerdo de casi 250 kilos", "es") == []


def test_bound_reversed_is_an_altered_figure() -> None:
    (f,) = detect(
        "Rosa will bring up to 10 inches of rain.", "en", "Rosa dejará más de 25 centímetros de lluvia.", "es"
    )
    assert f.kind == "altered_figure" and "bound reversed" in f.message


@pytest.mark.parametrize(
    ("src", "ls", "der", "ld"),
    [
        ("At least 384 people were killed.", "en", "Au moins 384 personnes ont été tuées.", "fr"),
        ("More than 1,000 people were killed.", "en", "Plus d’un millier d’Indonésiens ont perdu la vie.", "fr"),
        ("More than 1,500 people died.", "en", "Умерли более 1 500 человек.", "ru"),
        ("about 30 metres away", "en", "примерно в 30 метрах", "ru"),  # one short word between
        ("An estimated 13 per cent of new homes", "en", "Se estima que un 13 % de las casas nuevas", "es"),
        ("As much as 2 to 4 inches of rain", "en", "entre 5 et 10 cm de pluie", "fr"),  # a range
        ("The quake killed 832 people.", "en", "Число жертв выросло до 832 человек.", "ru"),
        ("It has ten trains.", "en", "Er verfügt über 10 Züge.", "de"),
        ("A survey of 20,000 pupils", "en", "Eine Umfrage unter 20.000 Schülern", "de"),
        ("up to 3,000 products", "en", "高达3000个产品", "zh"),  # 高达 stresses size: left alone
    ],
)
def test_the_same_hedge_in_other_words_is_silent(src: str, ls: str, der: str, ld: str) -> None:
    assert detect(src, ls, der, ld) == []


def test_same_language_is_left_to_the_modality_detector() -> None:
    assert detect("nearly 649 million people", "en", "649 million people", "en") == []


def test_just_under_against_more_than_is_a_bound_reversed() -> None:
    # "knapp 40 Prozent" is a little under 40; "more than 40%" is over it
    (f,) = detect("knapp 40 Prozent der Züge", "de", "more than 40% of trains", "en")
    assert f.kind == "altered_figure" and f.message.startswith("bound reversed")
    assert detect("почти 40 процентов поездов", "ru", "about 40% of trains", "en") == []
    assert detect("nearly 40% of trains", "en", "casi el 40 % de los trenes", "es") == []


def test_arabic_hedges_on_figures() -> None:
    assert hedge_class("أكثر من 380 ألف شخص", "ar") == "over"
    assert hedge_class("بنحو 30 مليون متر مكعب", "ar") == "about"  # a preposition glued on
    assert hedge_class("40 ألف شخص على الأقل", "ar") == "over"  # after the figure
    (f,) = detect("about 30 million cubic metres", "en", "تدفق 30 مليون متر مكعب", "ar")
    assert f.message.startswith("hedge dropped")
    assert detect("about 30 million cubic metres", "en", "تدفق نحو 30 مليون متر مكعب", "ar") == []


def test_kazakh_and_uzbek_hedges_on_figures() -> None:
    # the bound comes after the figure, on its case ending
    assert hedge_class("500-ден астам адам", "kk") == "over"
    assert hedge_class("649 миллионға жуық адам", "kk") == "almost"
    assert hedge_class("шамамен 30 миллион текше метр", "kk") == "about"
    assert hedge_class("500 dan ortiq kishi", "uz") == "over"
    assert hedge_class("qariyb 649 million kishi", "uz") == "almost"
    assert hedge_class("soat 13:00 gacha", "uz") in (None, "unclear")
    (f,) = detect("more than 500 people", "en", "500 адам", "kk")
    assert f.message.startswith("hedge dropped")
    assert detect("more than 500 people", "en", "500-ден астам адам", "kk") == []
    assert detect("nearly 649 million people", "en", "qariyb 649 million kishi", "uz") == []


def test_ukrainian_hedges_on_figures() -> None:
    assert hedge_class("понад 380 тисяч людей", "uk") == "over"
    assert hedge_class("майже 649 мільйонів людей", "uk") == "almost"
    assert hedge_class("близько 450 мільйонів гривень", "uk") == "about"
    assert hedge_class("не більше ніж 20 людей", "uk") == "under"
    (f,) = detect("more than 2,300 homes", "en", "2300 будинків", "uk")
    assert f.message.startswith("hedge dropped")
    assert detect("more than 2,300 homes", "en", "понад 2300 будинків", "uk") == []


def test_portuguese_hedges_on_figures() -> None:
    assert hedge_class("mais de 380 mil habitantes", "pt") == "over"
    assert hedge_class("quase 649 milhões de pessoas", "pt") == "almost"
    assert hedge_class("por volta das 4h", "pt") == "about"
    assert hedge_class("pelo menos 20 mortos", "pt") == "over"
    # "que" is "that" before a figure, not "than": the figure below is bare, and its hedge was dropped
    (f,) = detect("more than 135 shark species", "en", "Giles disse que há 135 espécies de tubarão", "pt")
    assert f.message.startswith("hedge dropped")
    assert detect("more than 135 shark species", "en", "há mais de 135 espécies de tubarão", "pt") == []


def test_indonesian_hedges_on_figures() -> None:
    assert hedge_class("lebih dari 380.000 jiwa", "id") == "over"
    assert hedge_class("hampir 649 juta orang", "id") == "almost"
    assert hedge_class("sekitar 450 juta hryvnia", "id") == "about"
    assert hedge_class("kurang dari 10 persen", "id") == "under"
    (f,) = detect("more than 2,300 homes", "en", "2.300 rumah", "id")
    assert f.message.startswith("hedge dropped")
    assert detect("more than 2,300 homes", "en", "lebih dari 2.300 rumah", "id") == []


def test_turkish_hedges_on_figures() -> None:
    assert hedge_class("380.000'den fazla kişi", "tr") == "over"  # the bound after the figure's ending
    assert hedge_class("neredeyse 649 milyon kişi", "tr") == "almost"
    assert hedge_class("100'e yakın kişi", "tr") == "almost"
    assert hedge_class("yaklaşık 450 milyon grivna", "tr") == "about"
    assert hedge_class("yüzde 5'in altında", "tr") == "under"
    assert hedge_class("üç aydan fazla", "tr") == "over"  # on the counted noun's ending
    assert hedge_class("100 kişi kadar", "tr") == "about"
    assert hedge_class("6 inçe kadar", "tr") == "unclear"  # after a dative: "up to"
    assert hedge_class("100'e kadar", "tr") == "unclear"  # "up to 100" or "until 100": never reported alone
    (f,) = detect("more than 2,300 homes", "en", "2.300 ev", "tr")
    assert f.message.startswith("hedge dropped")
    assert detect("more than 2,300 homes", "en", "2.300'den fazla ev", "tr") == []


def test_kazakh_and_uzbek_bounds_on_the_counted_nouns_ending() -> None:
    # "more than 100 people": the bound follows the noun's ending, not the figure's
    assert hedge_class("100 адамнан астам", "kk") == "over"
    assert hedge_class("100 адамға жуық", "kk") == "almost"
    assert hedge_class("100 kishidan ortiq", "uz") == "over"
    assert detect("more than 100 people", "en", "100 адамнан астам адам", "kk") == []
    (f,) = detect("more than 100 people", "en", "100 адам", "kk")
    assert f.message.startswith("hedge dropped")
