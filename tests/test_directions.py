"""Compass directions on a place, across languages (provenance.detect.directions)."""

from __future__ import annotations

import pytest

from provenance.core import Alignment, Bead, Document
from provenance.detect import Comparison
from provenance.detect.directions import DirectionDetector, changed_directions, directions
from provenance.report.demo import make_document


def one(text: str, lang: str) -> Document:
    return make_document([(text, lang)], lang)


@pytest.mark.parametrize(
    ("text", "lang", "read"),
    [
        ("The capital of West Sumatra province.", "en", [("W", "West Sumatra")]),
        ("Thủ phủ ở phía Đông Sumatra.", "vi", [("E", "Đông Sumatra")]),
        ("Les reproches de la Corée du Nord.", "fr", [("N", "Corée du Nord")]),
        ("Elecciones en Carolina del Sur.", "es", [("S", "Carolina del Sur")]),
        ("Überläufer nach Südkorea.", "de", [("S", "Südkorea")]),
        ("Перебежчики в Южную Корею.", "ru", [("S", "Южную Корею")]),
        ("Число северокорейских перебежчиков.", "ru", [("N", "северокорейских")]),
        ("Lluvias en el suroeste de México.", "es", [("SW", "suroeste de México")]),
        # no place: a time zone, a person called West, a stretch of coast
        ("The rally starts at 7 p.m. Eastern time.", "en", []),
        ("West said earlier this year.", "en", []),
        ("Ein Trog zieht zur Westküste.", "de", []),
        ("prévu à 19 h (heure de l’Est).", "fr", []),
    ],
)
def test_direction_words_and_the_place_they_qualify(text: str, lang: str, read: list[tuple[str, str]]) -> None:
    assert [(d.points, text[d.start : d.end]) for d in directions(text, lang)] == read


def test_a_place_turned_round_across_languages() -> None:
    src = one("A quake struck near Padang, capital of West Sumatra province.", "en")
    der = one("Một trận động đất xảy ra gần Padang, thủ phủ ở phía Đông Sumatra.", "vi")
    (f,) = DirectionDetector().detect(Comparison(src, der, Alignment((Bead((0,), (0,), 1.0),))))
    assert f.kind == "entity_change" and f.severity == "high"
    assert f.message == "direction changed: 'West Sumatra' -> 'Đông Sumatra'"
    assert der.text[slice(*f.derived_range)] == "Đông Sumatra"


@pytest.mark.parametrize(
    ("src", "ls", "der", "ld"),
    [
        # both Koreas on both sides: each agrees with one on the other
        (
            "The number of North Korean defectors to South Korea has fallen.",
            "en",
            "Die Zahl nordkoreanischer Überläufer nach Südkorea ist gesunken.",
            "de",
        ),
        # north and north-east share a point: less precise, not turned round
        ("Rains across northern Mexico.", "en", "Des averses dans le nord-est du Mexique.", "fr"),
        # different places
        ("Rains in the southwest U.S.", "en", "Lluvias en el norte de México.", "es"),
        ("The same words.", "en", "Les mêmes mots.", "fr"),
    ],
)
def test_directions_that_agree_or_qualify_other_places(src: str, ls: str, der: str, ld: str) -> None:
    assert changed_directions(src, der, ls, ld) == []


def test_within_one_language_too() -> None:
    src, der = one("Rain fell in West Sumatra.", "en"), one("Rain fell in East Sumatra.", "en")
    (f,) = DirectionDetector().detect(Comparison(src, der, Alignment((Bead((0,), (0,), 1.0),))))
    assert f.message == "direction changed: 'West Sumatra' -> 'East Sumatra'"
    assert changed_directions("Rain fell in West Sumatra.", "Rain fell in West Sumatra.", "en", "en") == []


def test_turkish_directions_carry_the_place_with_its_ending() -> None:
    assert [(d.points, d.place) for d in directions("Kuzey Kore ve Güney Afrika'da", "tr")] == [
        ("N", "Kore"),
        ("S", "Afrika'da"),
    ]
    assert changed_directions("Floods hit western Ukraine", "Batı Ukrayna'yı sel vurdu", "en", "tr") == []
    ((west, east),) = changed_directions("Floods hit western Ukraine", "Doğu Ukrayna'yı sel vurdu", "en", "tr")
    assert (west.points, east.points, east.place) == ("W", "E", "Ukrayna'yı")
