"""The altered_figure detector end to end: findings, messages, severities and character ranges."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

from provenance.core import Alignment, Bead, Document, Finding, Sentence
from provenance.detect import Comparison
from provenance.detect.figures import FigureDetector

# DEMETR's location and language tags are written once, in the bench that measures on it
BENCH_DEMETR = Path(__file__).resolve().parents[1] / "bench" / "demetr.py"


def document(sentences: list[str], lang: str) -> Document:
    parts, sents, pos = [], [], 0
    for i, s in enumerate(sentences):
        sents.append(Sentence(i, s, pos, pos + len(s), lang, 0))
        parts.append(s)
        pos += len(s) + 2  # documents join sentences with two spaces: ranges must not assume one
    return Document(text="  ".join(parts), sentences=tuple(sents), lang=lang)


def detect(src: str, src_lang: str, der: str, der_lang: str) -> list[Finding]:
    comparison = Comparison(document([src], src_lang), document([der], der_lang), Alignment((Bead((0,), (0,), 1.0),)))
    return list(FigureDetector().detect(comparison))


def test_number_change_across_languages_says_the_values_and_the_direction() -> None:
    (f,) = detect("Doanh thu đạt 2,6 tỷ USD.", "vi", "Revenue reached $3.2 billion.", "en")
    assert f.kind == "altered_figure" and f.detector == "figures" and f.severity == "high"
    assert f.message == "number changed: '2,6 tỷ USD' (2.6e9 USD) -> '$3.2 billion' (3.2e9 USD) (increased)"
    assert (f.source_span, f.derived_span) == ("2,6 tỷ USD", "$3.2 billion")


def test_quantifier_weakened() -> None:
    (f,) = detect("Almost all voters agreed.", "en", "Most voters agreed.", "en")
    assert f.message == "quantifier weakened: 'Almost all' -> 'Most'"
    assert f.severity == "medium"


def test_quantifier_strengthened_in_russian_and_vietnamese() -> None:
    (f,) = detect("Некоторые депутаты против.", "ru", "Большинство депутатов против.", "ru")
    assert f.message.startswith("quantifier strengthened")
    (g,) = detect("Một số người đồng ý.", "vi", "Hầu hết mọi người đồng ý.", "vi")
    assert g.message.startswith("quantifier strengthened")


def test_one_step_quantifier_difference_across_languages_is_translation_noise() -> None:
    # in the middle of the scale the words map loosely: "многие" / "several", "molti" / "some"
    assert detect("Многие депутаты против.", "ru", "Several deputies are against.", "en") == []
    assert detect("Многие депутаты против.", "ru", "Few deputies are against.", "en") != []


def test_one_step_at_the_top_of_the_scale_is_reported_across_languages() -> None:
    # the headline case: "almost all" -> "most", in another language
    (f,) = detect("Почти все депутаты против.", "ru", "Most deputies are against.", "en")
    assert f.message == "quantifier weakened: 'Почти все' -> 'Most'"
    (g,) = detect("Almost all people left.", "en", "Hầu hết mọi người đã rời đi.", "vi")
    assert g.message == "quantifier weakened: 'Almost all' -> 'Hầu hết'"
    (h,) = detect("所有议员都反对。", "zh", "Almost all deputies are against.", "en")
    assert h.message == "quantifier weakened: '所有' -> 'Almost all'"
    # Japanese ほとんど says both "most" and "almost all"
    assert detect("ほとんどの議員が反対している。", "ja", "Almost all deputies are against.", "en") == []


def test_a_figure_restated_by_a_kept_one_is_not_dropped() -> None:
    # DEMETR reference 191: the decade says the century
    src = "Apia wurde in den 50ern des 19. Jahrhunderts gegründet und ist seit 1959 die Hauptstadt von Samoa."
    assert detect(src, "de", "Apia was founded in the 1850s and has been the capital of Samoa since 1959.", "en") == []
    (f,) = detect(src, "de", "Apia was founded in the 1850s and has been the capital of Samoa.", "en")
    assert f.message == "figure dropped: '1959' (1959)"


def test_all_before_a_count_is_a_quantifier_too() -> None:
    # "All 12 of his players" -> "most of his players": the count is gone and "all" is weakened
    found = detect("All 12 of his players played very well.", "en", "Большинство его игроков играли превосходно.", "ru")
    assert sorted(f.message for f in found) == [
        "figure dropped: '12' (12)",
        "quantifier weakened: 'All' -> 'Большинство'",
    ]
    # the count kept, with or without its "all": nothing to say
    assert detect("All 12 of his players played well.", "en", "Tất cả 12 cầu thủ đã chơi tốt.", "vi") == []
    assert detect("All 12 of his players played well.", "en", "Его 12 игроков сыграли хорошо.", "ru") == []
    # "some 300" stays an approximate number, not a quantifier
    assert detect("Some 300 people came.", "en", "Около 300 человек пришли.", "ru") == []


def test_a_negated_quantifier_is_not_compared_word_for_word() -> None:
    # NTREX: the translation moves the negation onto the quantifier; the meaning is kept
    assert (
        detect(
            "And everybody she names couldn't verify it.",
            "en",
            "Никто из тех, кого она назвала, не смог это подтвердить.",
            "ru",
        )
        == []
    )


def test_date_changed() -> None:
    (f,) = detect("The vote is on March 13.", "en", "Голосование состоится 14 марта.", "ru")
    assert f.message == "date changed: 'March 13' -> '14 марта'"
    assert f.severity == "high"


def test_an_amount_dropped_is_medium_a_date_dropped_is_low() -> None:
    (f,) = detect("Turnout fell 45% in 2020.", "en", "Tỷ lệ cử tri giảm trong năm 2020.", "vi")
    assert f.message == "figure dropped: '45%' (45%)"
    assert f.kind == "partial_omission" and f.source_span == "45%"
    assert f.severity == "medium"
    assert f.derived_span is None and f.derived_range is None
    (g,) = detect(
        "Since the US withdrew in May 2015, others stayed.", "en", "Since the US withdrew, others stayed.", "en"
    )
    assert g.message.startswith("figure dropped: 'May 2015'") and g.severity == "low"


def test_a_weekday_or_a_clock_time_dropped_is_reported_low() -> None:
    (f,) = detect(
        "Stephen Colbert begrüßte Thunberg am Dienstag in seiner Sendung.",
        "de",
        "Stephen Colbert welcomed Thunberg to his show.",
        "en",
    )
    assert f.kind == "partial_omission" and f.source_span == "Dienstag" and f.severity == "low"
    (g,) = detect("Le squadre sono riuscite a domare il fuoco alle 23:35.", "it", "The crews put out the fire.", "en")
    assert g.message == "figure dropped: '23:35' (23:35)" and g.source_span == "23:35"


def test_a_weekday_in_a_name_is_not_dropped() -> None:
    assert (
        detect(
            "Kanye West was booed during a Saturday Night Live.", "en", "Kanye West bị la ó trong Đêm nhạc SNL.", "vi"
        )
        == []
    )
    assert (
        detect("May sagte der Zeitung Sunday Times, sie kämpfe.", "de", "May told a newspaper she would fight.", "en")
        == []
    )
    (f,) = detect("Officials said on Friday that seven were hurt.", "en", "Beamte sagten, sieben seien verletzt.", "de")
    assert f.source_span == "Friday"


def test_a_weekday_said_another_way_is_not_dropped() -> None:
    # next to a full date, the weekday adds nothing
    assert (
        detect("On Wednesday, March 12, the vote was held.", "en", "Cuộc bỏ phiếu diễn ra ngày 12 tháng 3.", "vi") == []
    )
    # "am Mittwoch" told a day later as "yesterday"
    assert (
        detect(
            "Der Minister sagte am Mittwoch, er trete zurück.",
            "de",
            "The minister said yesterday he would resign.",
            "en",
        )
        == []
    )
    # the night from Sunday to Monday is Sunday night
    assert (
        detect(
            "Thomas Cook ogłosiło upadłość w nocy z niedzieli na poniedziałek.",
            "pl",
            "Thomas Cook filed for bankruptcy on Sunday night.",
            "en",
        )
        == []
    )
    # but two days of which one went is an omission
    (f,) = detect(
        "Odbyli w piątek trening, a w sobotę wystąpią w meczu.",
        "pl",
        "They trained, and on Saturday they will play.",
        "en",
    )
    assert f.source_span == "piątek"


@pytest.mark.parametrize(
    ("src", "sl", "der", "dl"),
    [
        ("It happened on March 12.", "en", "It happened on March 12th.", "en"),
        ("It happened on March 12.", "en", "Chuyện xảy ra ngày 12 tháng 3.", "vi"),
        ("They raised $5 million.", "en", "Họ đã huy động 5 triệu USD.", "vi"),
        ("Four people died.", "en", "4 người chết.", "vi"),
        ("Prices rise in late 2024.", "en", "Giá tăng vào cuối năm 2024.", "vi"),
        ("It cost 2.6 billion.", "en", "Nó tốn 2,6 tỷ.", "vi"),
        ("It began in the 1990s.", "en", "Nó bắt đầu từ những năm 1990.", "vi"),
        ("About 3.1 million people live there.", "en", "3.14 million people live there.", "en"),
        ("Sales rose to 1,234.5 tonnes.", "en", "Der Absatz stieg auf 1.234,5 Tonnen.", "de"),
        ("Call 555-123-4567 today.", "en", "Rufen Sie heute 555-123-4567 an.", "de"),
        ("The 21st century began.", "en", "Начался XXI век.", "ru"),
        ("Die Windernte macht fast 19 Prozent aus.", "de", "风电占近百分之十九。", "zh"),
    ],
)
def test_the_same_figure_written_another_way_is_silent(src: str, sl: str, der: str, dl: str) -> None:
    assert detect(src, sl, der, dl) == []


def test_a_figure_whose_conversion_was_kept_is_not_dropped() -> None:
    assert detect("The volcano sits 45 miles (72 kilometers) away.", "en", "Вулкан находится в 72 км.", "ru") == []


def test_rounding_without_a_hedge_is_flagged_low() -> None:
    (f,) = detect("It has 3.14 million people.", "en", "It has 3.1 million people.", "en")
    assert f.severity == "low" and f.message.startswith("figure rounded")


def test_figure_made_more_specific() -> None:
    (f,) = detect("It opened in March.", "en", "Nó mở cửa ngày 13 tháng 3.", "vi")
    assert f.message == "figure made more specific: 'March' (03) -> 'ngày 13 tháng 3' (03-13)"
    assert f.severity == "low"


def test_percent_versus_percentage_points() -> None:
    (f,) = detect("Das sind vier Prozentpunkte mehr.", "de", "That is four percent more.", "en")
    assert f.message.startswith("unit changed") and f.severity == "medium"


def test_ranges_point_into_the_document_text_when_a_bead_joins_sentences() -> None:
    src = document(["Sales were flat.", "Profit rose 12% to $40 million."], "en")
    der = document(["Umsatz stagnierte, der Gewinn stieg um 15 % auf 40 Mio. Dollar."], "de")
    comparison = Comparison(src, der, Alignment((Bead((0, 1), (0,), 0.9),)))
    (f,) = FigureDetector().detect(comparison)
    assert f.source == (0, 1) and f.derived == (0,)
    assert f.source_range is not None and f.derived_range is not None
    assert src.text[f.source_range[0] : f.source_range[1]] == f.source_span == "12%"
    assert der.text[f.derived_range[0] : f.derived_range[1]] == f.derived_span == "15 %"


def test_unmatched_beads_are_not_compared() -> None:
    src = document(["It cost 5 dollars."], "en")
    der = document(["It cost 6 dollars."], "en")
    comparison = Comparison(src, der, Alignment((Bead((0,), ()), Bead((), (0,)))))
    assert list(FigureDetector().detect(comparison)) == []


def _demetr(stem: str) -> tuple[list[dict], dict[str, str]]:
    """The checked items of one DEMETR file, and the language tag -> code map."""
    # run by path, not imported: bench/ is not a package, and this leaves sys.path alone
    bench = runpy.run_path(str(BENCH_DEMETR), run_name="bench_demetr")
    path = bench["DATA"] / f"{stem}.json"
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not checked out)")
    return bench["checked"](stem), bench["LANGS"]


@pytest.mark.shared
def test_demetr_numbers_replaced_are_found_across_languages() -> None:
    items, langs = _demetr("critical_id10_numbers_replaced")
    found = sum(bool(detect(it["src_sent"], langs[it["lang_tag"]], it["pert_sent"], "en")) for it in items)
    assert found / len(items) >= 0.95


@pytest.mark.shared
def test_demetr_reference_translations_raise_few_figure_findings() -> None:
    items, langs = _demetr("base_id35_reference")
    alarms = sum(bool(detect(it["src_sent"], langs[it["lang_tag"]], it["pert_sent"], "en")) for it in items)
    assert alarms / len(items) <= 0.02


def test_a_count_of_hundreds_made_a_few_across_languages() -> None:
    (f,) = detect("Hundreds died in Nias Island.", "en", "Vài người chết ở đảo Nias.", "vi")
    assert f.kind == "altered_figure" and f.message == "quantifier weakened: 'Hundreds' -> 'Vài'"
    (g,) = detect("Dozens were injured.", "en", "Des centaines de personnes ont été blessées.", "fr")
    assert g.message == "number changed: 'Dozens' (tens) -> 'Des centaines' (hundreds) (increased)"
    # the same order of magnitude, however written, and an estimate of it: nothing to report
    assert detect("Hundreds died in Nias Island.", "en", "Quelques centaines de personnes sont décédées.", "fr") == []
    assert detect("Hundreds died in Nias Island.", "en", "На острове Ниас погибли более 300 человек.", "ru") == []


def test_the_vast_majority_sits_between_most_and_almost_all() -> None:
    # two steps to "all" are reported; one step either way is the translator's choice
    (f,) = detect("I believe the huge majority will be in favour.", "en", "我相信所有人都会赞成。", "zh")
    assert f.message == "quantifier strengthened: 'huge majority' -> '所有'"
    assert detect("The vast majority agreed.", "en", "大多数人同意。", "zh") == []
    assert detect("The vast majority agreed.", "en", "Почти все согласились.", "ru") == []
    assert detect("Подавляющее большинство согласилось.", "ru", "Most agreed.", "en") == []


def test_a_converted_measure_rounded_to_a_round_figure_is_the_same() -> None:
    src = "Ten cyclones have kept storm status within 200 miles of Phoenix."
    assert detect(src, "en", "Dix cyclones ont gardé ce stade dans un rayon de 300 km autour de Phoenix.", "fr") == []
    # 161 km is not "about 200 km", nor is 322 km "350 km"
    (f,) = detect("It lies 100 miles away.", "en", "Il se trouve à 200 km.", "fr")
    assert f.kind == "altered_figure"
    (f,) = detect(src, "en", "Dix cyclones ont gardé ce stade dans un rayon de 350 km autour de Phoenix.", "fr")
    assert f.kind == "altered_figure"
