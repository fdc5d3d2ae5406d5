"""Figure extraction and comparison across languages (provenance.detect.quantities): pure Python, fast."""

from __future__ import annotations

import pytest

from provenance.detect.quantities import Quantity, extract, match, parse_number


def one(text: str, lang: str) -> Quantity:
    qs = extract(text, lang)
    assert len(qs) == 1, [(q.kind, q.text) for q in qs]
    return qs[0]


def changes(a: str, la: str, b: str, lb: str) -> list[str]:
    """The non-silent outcomes of matching two sentences' figures."""
    return [m.change for m in match(extract(a, la), extract(b, lb)) if m.change != "same"]


# ---- locale number formats -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("2,6", "vi", 2.6),
        ("2.6", "en", 2.6),
        ("1.234,5", "de", 1234.5),
        ("1,234.5", "en", 1234.5),
        ("1,234,567", "en", 1234567),
        ("1.234.567", "es", 1234567),
        ("0,125", "fr", 0.125),
    ],
)
def test_parse_number_by_locale_and_shape(text: str, lang: str, value: float) -> None:
    parsed = parse_number(text, lang)
    assert parsed is not None
    assert parsed[0] == pytest.approx(value)


def test_single_separator_before_three_digits_follows_the_language_and_keeps_the_other_reading() -> None:
    v_en, _, alt_en = parse_number("1,500", "en") or (0, 0, None)
    v_de, _, alt_de = parse_number("1,500", "de") or (0, 0, None)
    assert (v_en, alt_en) == (1500, 1.5)
    assert (v_de, alt_de) == (1.5, 1500)


def test_version_like_digits_are_not_a_number() -> None:
    assert parse_number("1.2.3", "en") is None


def test_space_grouped_thousands_in_russian_and_french() -> None:
    assert one("1 234,5 рублей", "ru").value == pytest.approx(1234.5)
    assert one("4\u00a0700 messages", "fr").value == 4700


# ---- words as numbers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("five people", "en", 5),
        ("twenty-three people", "en", 23),
        ("hai mươi ba người", "vi", 23),
        ("năm người", "vi", 5),
        ("пять человек", "ru", 5),
        ("二十三个人", "zh", 23),
        ("五个人", "zh", 5),
        ("dreiundzwanzig Leute", "de", 23),
        ("dix-sept personnes", "fr", 17),
        ("treinta y dos personas", "es", 32),
        ("drei Personen", "de", 3),
        ("तीन बार", "hi", 3),
    ],
)
def test_numbers_in_words(text: str, lang: str, value: float) -> None:
    assert one(text, lang).value == value


def test_vietnamese_nam_is_a_year_word_not_five_before_a_year() -> None:
    q = one("vào năm 2020", "vi")
    assert (q.kind, q.value) == ("year", 2020)


def test_chinese_one_and_words_containing_numerals_are_not_figures() -> None:
    assert [q.kind for q in extract("一些人一直在统一行动", "zh")] == ["quantifier"]  # 一些: "some"


def test_a_scale_word_alone_is_not_a_figure() -> None:
    qs = extract("tỉ số là 2-1", "vi")  # "tỉ số" is the score, not a billion
    assert [(q.kind, q.text) for q in qs] == [("code", "2-1")]


# ---- money, scales, percentages ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("$5 million", "en", 5e6, "USD"),
        ("5 triệu USD", "vi", 5e6, "USD"),
        ("2,6 tỷ đồng", "vi", 2.6e9, "VND"),
        ("50亿美元", "zh", 5e9, "USD"),
        ("5 млн рублей", "ru", 5e6, "RUB"),
        ("700 miliardi di dollari", "it", 7e11, "USD"),
        ("3,5 Mrd. Euro", "de", 3.5e9, "EUR"),
        ("2 millones de euros", "es", 2e6, "EUR"),
        ("£125m", "en", 1.25e8, "GBP"),
        ("５億円", "ja", 5e8, "JPY"),
    ],
)
def test_money_with_scales(text: str, lang: str, value: float, unit: str) -> None:
    q = one(text, lang)
    assert (q.kind, q.unit) == ("money", unit)
    assert q.value == pytest.approx(value)


def test_scale_without_currency() -> None:
    assert one("417.6万例", "zh").value == pytest.approx(4.176e6)
    assert one("2,4 миллиона зрителей", "ru").value == pytest.approx(2.4e6)
    assert one("１万１０００店舗", "ja").value == 11000


@pytest.mark.parametrize(
    ("text", "lang"),
    [("45%", "en"), ("45 percent", "en"), ("45 phần trăm", "vi"), ("45 процентов", "ru"), ("百分之四十五", "zh")],
)
def test_percent_in_several_languages(text: str, lang: str) -> None:
    q = one(text, lang)
    assert (q.kind, q.value) == ("percent", 45)


def test_percent_versus_percentage_points() -> None:
    assert one("3 percentage points", "en").kind == "points"
    assert one("vier Prozentpunkte", "de").kind == "points"
    assert changes("rose 3 percentage points", "en", "stieg um 3 Prozent", "de") == ["unit_changed"]


def test_one_in_five_is_the_fifth_in_other_languages() -> None:
    assert changes("One in five children", "en", "jedes fünfte Kind", "de") == []
    assert changes("One in five children", "en", "un enfant sur cinq", "fr") == []
    assert changes("in 220 2/3 innings", "en", "en 220 entradas y dos tercios", "es") == []


def test_a_fraction_equals_its_percentage() -> None:
    assert changes("Twenty per cent of pupils", "en", "五分之一的学生", "zh") == []
    assert changes("a two-thirds majority", "en", "三分之二的票", "zh") == []


# ---- dates, years, decades, centuries ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("March 13", "en"),
        ("13 марта", "ru"),
        ("3月13日", "zh"),
        ("ngày 13 tháng 3", "vi"),
        ("13. März", "de"),
        ("13 de marzo", "es"),
        ("13/3", "fr"),
    ],
)
def test_absolute_dates(text: str, lang: str) -> None:
    q = one(text, lang)
    assert (q.kind, q.month, q.day) == ("date", 3, 13)


def test_march_12_and_march_12th_and_12_thang_3_are_the_same_date() -> None:
    assert changes("on March 12", "en", "on March 12th", "en") == []
    assert changes("on March 12", "en", "ngày 12 tháng 3", "vi") == []
    assert changes("on March 12", "en", "12 марта", "ru") == []


def test_vietnamese_months_in_words() -> None:
    # "tháng Năm" is May, as "tháng 5" is; "tháng Tư" was read as a duration, "tháng Mười Hai" as 12
    assert changes("in April", "en", "vào tháng Năm", "vi") == ["changed"]
    assert changes("in May", "en", "vào tháng Năm", "vi") == []
    assert changes("on May 12, 2025", "en", "ngày 12 tháng Năm năm 2025", "vi") == []
    q = one("vào tháng Tư năm 2024", "vi")
    assert (q.kind, q.month, q.year) == ("date", 4, 2024)
    assert [one(t, "vi").month for t in ("tháng Mười Hai", "tháng Mười Một", "tháng Giêng")] == [12, 11, 1]
    # lower case after "tháng" is mostly the year or a count: "ngày tháng năm sinh", twice a month
    assert extract("ghi rõ ngày tháng năm sinh", "vi") == []
    assert all(q.kind != "date" for q in extract("mỗi tháng hai lần", "vi"))


def test_changed_day_is_a_change() -> None:
    assert changes("on March 13", "en", "14 марта", "ru") == ["changed"]


def test_weekdays_and_relative_dates() -> None:
    assert one("on Sunday", "en").kind == "weekday"
    assert changes("on Sunday", "en", "в воскресенье", "ru") == []
    assert changes("on Sunday", "en", "в субботу", "ru") == ["changed"]
    assert changes("a day earlier", "en", "the day before", "en") == []
    assert changes("last week", "en", "tuần trước", "vi") == []
    assert changes("a day earlier", "en", "a week earlier", "en") == ["changed"]


def test_weekdays_in_inflected_and_compound_forms() -> None:
    # the same day as a possessive, a compound, an adjective, a dative or the other Hindi name
    for text, lang, day in [
        ("At Thursday's keynote", "en", 3),
        ("am Samstagabend", "de", 5),
        ("die freitagabendlichen Sitzungen", "de", 4),
        ("do nedělního odpoledne", "cs", 6),
        ("w sobotni wieczór", "pl", 5),
        ("пятничные дебаты", "ru", 4),
        ("ко вторнику", "ru", 1),
        ("बृहस्पतिवार शाम को", "hi", 3),
    ]:
        assert [(q.kind, q.value) for q in extract(text, lang)] == [("weekday", day)], text


def test_words_that_only_look_like_weekdays() -> None:
    assert extract("清水周一執行役員", "ja") == []  # a given name; 周一 is Monday only in Chinese
    assert [q.kind for q in extract("周一发布", "zh")] == ["weekday"]
    assert extract("благоприятную среду для покупателей", "ru") == []  # an environment
    assert [q.kind for q in extract("в среду вечером", "ru")] == ["weekday"]
    assert [q.kind for q in extract("до вечера среды", "ru")] == ["weekday"]
    assert [q.kind for q in extract("Khi đêm thứ hai buông xuống", "vi")] == ["ordinal"]  # the second night
    assert [q.kind for q in extract("không muộn hơn thứ Sáu", "vi")] == ["weekday"]  # capitalised: a day
    assert [(q.kind, q.value) for q in extract("as early as the 28th (Tue).", "en")][-1] == ("weekday", 1)
    assert all(q.kind != "weekday" for q in extract("Sat on the bench, Mon ami", "en"))
    # Chinese: the day's numeral does not run into the number after it
    assert [(q.kind, q.text) for q in extract("周五一名男子被刺伤", "zh")] == [("weekday", "周五")]
    assert [(q.kind, q.text) for q in extract("从周六四球比洞赛", "zh")] == [("weekday", "周六")]


def test_clock_times_said_with_the_word_for_hour() -> None:
    for text, lang, minutes in [
        ("В 2 часа дня", "ru", 14 * 60),
        ("A las dos de la tarde", "es", 14 * 60),
        ("à 14 heures 30", "fr", 870),
        ("vào lúc 7.55 giờ sáng", "vi", 475),
        ("周三下午三点", "zh", 15 * 60),
        ("下午3点半", "zh", 15 * 60 + 30),
        ("around 1200 GMT", "en", 720),
        ("at 3 p.m. on", "en", 15 * 60),
        ("là 5.30 chiều thứ bảy", "vi", 17 * 60 + 30),
        ("son las 5.30 de la tarde", "es", 17 * 60 + 30),
        ("计划于今晚7点开始", "zh", 19 * 60),
    ]:
        assert [q.value for q in extract(text, lang) if q.kind == "time"] == [minutes], text
    # without a part of the day or "at", the word for hour counts hours
    assert [q.kind for q in extract("длилось 2 часа", "ru")] == ["duration"]
    assert [q.kind for q in extract("kéo dài 2 giờ", "vi")] == ["duration"]
    assert [q.kind for q in extract("pendant 14 heures", "fr")] == ["duration"]


def test_midnight_and_noon_are_clock_times() -> None:
    assert changes("8月6日午前0時から", "ja", "from midnight on August 6th", "en") == []
    assert changes("截至7月25日24时", "zh", "as of midnight on July 25", "en") == []
    assert [(q.kind, q.value, q.words) for q in extract("at noon", "en")] == [("time", 720, True)]


def test_the_first_of_the_month_in_words() -> None:
    assert changes("on 1 October", "en", "el uno de octubre", "es") == []
    assert changes("on 1 October", "en", "le premier octobre", "fr") == []


def test_vietnamese_thu_is_a_weekday_only_where_a_day_is_named() -> None:
    assert [q.kind for q in extract("Thứ Bảy sẽ là chuyến thăm thứ hai", "vi")] == ["weekday", "ordinal"]


def test_a_date_given_more_precisely() -> None:
    assert changes("earlier in March", "en", "on March 13", "en") == ["more_specific"]
    assert extract("Theresa May said the march went ahead", "en") == []


def test_german_hier_is_not_french_yesterday() -> None:
    assert extract("Wir sind hier", "de") == []
    assert one("Il est parti hier", "fr").kind == "relative"


def test_years_versus_counts() -> None:
    qs = extract("In 2014, 2,014 people came", "en")
    assert [(q.kind, q.value) for q in qs] == [("year", 2014), ("number", 2014)]
    assert changes("late 2024", "en", "cuối năm 2024", "vi") == []
    assert changes("in 1956", "en", "in 1946", "en") == ["changed"]


def test_decades_and_centuries() -> None:
    assert changes("the 1990s", "en", "những năm 1990", "vi") == []
    assert changes("in the 1960s", "en", "1960 के दशक के दौरान", "hi") == []
    assert changes("a man in his 40s", "en", "４０代の男性", "ja") == []
    assert changes("the 21st century", "en", "thế kỷ 21", "vi") == []
    assert changes("the 21st century", "en", "XXI век", "ru") == []
    assert changes("the 21st century", "en", "XX век", "ru") == ["changed"]
    # German, Polish and Czech ordinals carry a full stop; "19. Juli" stays a date
    assert changes("im 19. Jahrhundert", "de", "in the 19th century", "en") == []
    assert changes("w 20. wieku", "pl", "in the 19th century", "en") == ["changed"]
    assert changes("v 19. století", "cs", "in the 19th century", "en") == []
    assert one("am 19. Juli", "de").kind == "date"


def test_durations_convert_between_units() -> None:
    assert one("a six-day trip", "en").unit == "day"
    assert changes("a six-day trip", "en", "chuyến đi 6 ngày", "vi") == []
    assert changes("two decades", "en", "20 years", "en") == []


def test_units_of_measure_are_converted() -> None:
    assert changes("300 km north", "en", "190 miles north", "en") == []
    assert changes("300 km north", "en", "300 miles north", "en") == ["changed"]
    assert changes("80 degrees", "en", "27 degrés", "fr") == []
    assert changes("about 30 yards out", "en", "примерно в 27 метрах", "ru") == []
    assert changes("1 to 4 inches of rain", "en", "entre 2,5 et 10 cm de pluie", "fr") == []
    assert changes("up to 4 inches", "en", "hasta los 10", "es") == []  # the unit written on one side only


# ---- codes and times ---------------------------------------------------------------------------


def test_phone_numbers_and_ids_are_codes_not_figures() -> None:
    qs = extract("Call 555-123-4567 or +44 20 7946 0958 about the A320", "en")
    assert [q.kind for q in qs] == ["code", "code", "code"]
    assert changes("call 0800 555 111", "en", "gọi 0800 555 111", "vi") == []
    assert changes("COVID-19", "en", "COVID-22", "en") == ["changed"]
    assert "changed" not in changes("SS19 collection", "en", "Sommer-2019-Kollektion", "de")  # other prefixes


def test_scores_are_compared_as_written_digits() -> None:
    assert changes("won the series 3-1", "en", "gewann die Serie mit 3:1", "de") == []
    assert changes("made it 2:0", "de", "made it 3-0", "en") == ["changed"]
    assert changes("a 1-0 defeat", "en", "eine 0:1-Niederlage", "de") == []  # told from the other side
    assert changes("aged 25-30", "en", "aged 25-33", "en") == ["changed"]  # an ascending range: two numbers


def test_clock_times() -> None:
    assert changes("at 15:50", "en", "15时50分", "zh") == []
    assert changes("at 3:40", "en", "um 3.40 Uhr", "de") == []
    assert changes("at 15:50", "en", "at 16:50", "en") == ["changed"]


# ---- quantifiers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "strength"),
    [
        ("almost all people", "en", 5),
        ("most of them", "en", 4),
        ("hầu hết mọi người", "vi", 4),
        ("gần như tất cả", "vi", 5),
        ("một số người", "vi", 2),
        ("большинство людей", "ru", 4),
        ("почти все", "ru", 5),
        ("многие люди", "ru", 3),
        ("大多数人", "zh", 4),
        ("几乎所有人", "zh", 5),
        ("一些人", "zh", 2),
        ("la plupart des gens", "fr", 4),
        ("fast alle", "de", 5),
        ("casi todos", "es", 5),
    ],
)
def test_quantifier_scale(text: str, lang: str, strength: int) -> None:
    q = one(text, lang)
    assert (q.kind, q.value) == ("quantifier", strength)


def test_quantifier_changes_say_which_way() -> None:
    assert changes("almost all voters", "en", "most voters", "en") == ["weakened"]
    assert changes("some voters", "en", "most voters", "en") == ["strengthened"]
    assert changes("almost all voters", "en", "почти все избиратели", "ru") == []


def test_quantifier_idioms_are_not_quantifiers() -> None:
    assert extract("It was not at all clear, after all.", "en") == []
    assert extract("the most important thing", "en") == []


# ---- matching -----------------------------------------------------------------------------------


def test_the_same_figures_in_another_order_are_matched_by_value_not_position() -> None:
    assert changes("5 people and 12 cars", "en", "12 xe và 5 người", "vi") == []


def test_a_changed_figure_is_paired_with_the_nearest_leftover() -> None:
    ms = [
        m
        for m in match(extract("2,600 rooms in 4 centres", "en"), extract("4 centres, 4,600 rooms", "en"))
        if m.change != "same"
    ]
    assert len(ms) == 1
    assert ms[0].source is not None and ms[0].derived is not None
    assert (ms[0].source.value, ms[0].derived.value) == (2600, 4600)


def test_many_figures_are_paired_one_to_one() -> None:
    src = " ".join(f"{7 * i} people" for i in range(1, 13))
    der = " ".join(f"{7 * i + 1} people" for i in range(12, 0, -1))
    ms = match(extract(src, "en"), extract(der, "en"))
    assert len(ms) == 12 and all(m.change == "changed" for m in ms)
    assert all(m.derived is not None and m.source is not None and m.derived.value == m.source.value + 1 for m in ms)


def test_rounding_when_the_source_hedges_is_not_a_change() -> None:
    assert changes("about 3.1 million", "en", "3.14 million", "en") == ["rounded"]  # the detector keeps it silent
    assert changes("about 3,000 people", "en", "3,140 people", "en") == ["rounded"]
    assert changes("330多座", "zh", "340 plants", "en") == ["changed"]


def test_a_leftover_figure_is_dropped_only_when_its_number_is_nowhere_on_the_other_side() -> None:
    assert changes("It rose 45% in 2020", "en", "Nó tăng trong năm 2020", "vi") == ["dropped"]
    assert changes("on 26 July 2020", "en", "vào năm 2020", "vi") == []  # the year is there


# ---- counts given by their order of magnitude ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Hundreds died in Nias.", "en", 100.0),
        ("Сотни людей погибли.", "ru", 100.0),
        ("В сотнях магазинов.", "ru", 100.0),
        ("Hàng trăm người chết.", "vi", 100.0),
        ("数百人死亡。", "zh", 100.0),
        ("Des centaines de personnes sont mortes.", "fr", 100.0),
        ("Dozens were injured.", "en", 10.0),
        ("Tens of thousands marched.", "en", 1e4),
        ("Zehntausende demonstrierten.", "de", 1e4),
        ("Miles de personas marcharon.", "es", 1e3),
        ("数百万人观看了比赛。", "zh", 1e6),
        # an order times the scale after it
        ("It cost hundreds of millions of dollars.", "en", 1e8),
        ("Chi phí hàng trăm triệu USD.", "vi", 1e8),
        ("Это стоило сотни миллионов долларов.", "ru", 1e8),
        ("耗资数亿美元。", "zh", 1e8),
    ],
)
def test_a_count_given_by_its_order_of_magnitude(text: str, lang: str, value: float) -> None:
    q = one(text, lang)
    assert (q.kind, q.unit, q.value, q.approx) == ("number", "magnitude", value, True)


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("649 Millionen Menschen", "de", 649e6, None),  # a number with its scale
        ("около 5 тысяч человек", "ru", 5000.0, None),
        ("штраф до тысячи МРП", "ru", 1000.0, None),  # genitive singular: "up to a thousand"
        ("He ran 5 miles.", "en", 5.0, "miles"),  # English miles are a distance
    ],
)
def test_scale_words_that_are_no_magnitude(text: str, lang: str, value: float, unit: str | None) -> None:
    q = one(text, lang)
    assert (q.value, q.unit) == (value, unit)
    for other, other_lang in (("只有法语达到两位数百分比。", "zh"), ("The tens digit is three.", "en")):
        assert all(q.unit != "magnitude" for q in extract(other, other_lang))  # 百分 is "per cent"


@pytest.mark.parametrize(
    ("a", "la", "b", "lb", "expected"),
    [
        ("Hundreds died.", "en", "Hàng trăm người chết.", "vi", []),
        ("Hundreds died.", "en", "Более 300 человек погибли.", "ru", []),
        ("Hundreds died.", "en", "Nhiều người chết.", "vi", []),  # "many"
        ("Hundreds died.", "en", "Vài người chết.", "vi", ["weakened"]),  # "a few"
        ("Some people died.", "en", "数百人死亡。", "zh", ["strengthened"]),
        ("Hundreds died.", "en", "50 человек погибли.", "ru", ["changed"]),
        ("Dozens were hurt.", "en", "Des centaines de blessés.", "fr", ["changed"]),
        ("Thousands marched.", "en", "Большинство вышли.", "ru", ["dropped", "added"]),  # a proportion: not paired
    ],
)
def test_magnitudes_compared_with_counts_and_quantifiers(a: str, la: str, b: str, lb: str, expected: list[str]) -> None:
    assert changes(a, la, b, lb) == expected


# ---- halves and fractions written as shares -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("die Hälfte der Züge", "de"),
        ("la moitié des trains", "fr"),
        ("la mitad de los trenes", "es"),
        ("половина поездов", "ru"),
        ("一半的列车", "zh"),
        ("50% of the trains", "en"),
    ],
)
def test_half_is_a_half_in_every_language(text: str, lang: str) -> None:
    assert changes(text, lang, "half of the trains", "en") == []
    assert changes(text, lang, "a third of the trains", "en") == ["changed"]


def test_a_half_that_is_a_period_or_a_midpoint_is_no_share() -> None:
    for text, lang in [
        ("in the first half of the year", "en"),
        ("in der zweiten Hälfte des Jahres", "de"),
        ("a mitad de camino", "es"),
        ("в первой половине дня", "ru"),
    ]:
        assert [q for q in extract(text, lang) if q.unit == "fraction"] == []


def test_a_percentage_rounds_a_fraction_to_a_point() -> None:
    assert changes("ein Drittel davon", "de", "33% of it", "en") == []
    assert changes("two-thirds of voters", "en", "66,7 % des électeurs", "fr") == []
    assert changes("ein Drittel davon", "de", "35% of it", "en") == ["changed"]


def test_and_a_half_belongs_to_its_number() -> None:
    assert changes("two and a half years", "en", "2,5 Jahre", "de") == []
    assert changes("two and a half years", "en", "deux ans et demi", "fr") == []
    assert changes("two and a half million tenge", "en", "over 2 1/2 million tenge", "en") == []
    assert changes("half a million people", "en", "500.000 Menschen", "de") == []
    assert changes("two and a half years", "en", "3,5 Jahre", "de") == ["changed"]


# ---- the part of a year or month ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("late", "lang"),
    [("Ende 2026", "de"), ("cuối năm 2026", "vi"), ("2026年底", "zh"), ("в конце 2026 года", "ru"), ("fin 2026", "fr")],
)
def test_late_in_the_year_in_several_languages(late: str, lang: str) -> None:
    assert changes(late, lang, "late 2026", "en") == []
    assert changes(late, lang, "in 2026", "en") == []  # less said, nothing changed
    assert changes(late, lang, "early 2026", "en") == ["changed"]


def test_as_early_as_is_no_part_of_the_year() -> None:
    (q,) = extract("as early as 2020", "en")
    assert q.part is None
    (q,) = extract("в начале марта", "ru")
    assert (q.month, q.part, q.text) == (3, "early", "в начале марта")


# ---- relative dates counted in units -----------------------------------------------------------


def test_a_count_of_days_back_is_a_date() -> None:
    assert changes("Bereits am Vortag", "de", "A day earlier", "en") == []
    assert changes("Bereits am Vortag", "de", "Two days earlier", "en") == ["changed"]
    assert changes("vor zwei Wochen gescheitert", "de", "collapsed two weeks ago", "en") == []
    assert changes("vor zwei Wochen gescheitert", "de", "collapsed last month", "en") == ["changed"]
    assert changes("il y a deux semaines", "fr", "two weeks ago", "en") == []
    assert changes("два дня назад", "ru", "three days ago", "en") == ["changed"]
    assert changes("a month ago", "en", "vor vier Wochen", "de") == []  # counted in other units


def test_a_count_back_against_a_bare_length_compares_the_lengths() -> None:
    assert changes("Hace 36 años.", "es", "It is 36 years old.", "en") == []
    assert changes("per 6 anni dopo aver ammesso", "it", "for 10 years after admitting", "en") == ["changed"]
    assert changes("两周前", "zh", "two weeks ago", "en") == []


# ---- multiples ----------------------------------------------------------------------------------


def test_multiples_said_in_one_word() -> None:
    assert changes("forderte das Zweifache", "de", "demanded twice that", "en") == []
    assert changes("forderte das Zweifache", "de", "demanded three times that", "en") == ["changed"]
    assert changes("Les ventes ont doublé", "fr", "Sales tripled", "en") == ["changed"]
    assert changes("Продажи выросли вдвое", "ru", "Sales doubled", "en") == []
    assert changes("销售额翻了一番", "zh", "Sales doubled", "en") == []


def test_a_multiple_is_no_count_of_something_else() -> None:
    # Chinese "翻了两倍" is read both ways ("tripled", "doubled"); "twice a week" and "a double room" are no multiples
    assert "changed" not in changes("nearly tripled to 1.6 million", "en", "翻了近两倍，达到160万", "zh")
    assert extract("twice a week", "en") == [] and extract("a double room", "en") == []
    assert changes("two shots on target", "en", "hai lần sút trúng khung thành", "vi") == []


# ---- Arabic -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "value", "unit"),
    [
        ("أضرار بنحو 2.6 مليار دولار", "money", 2.6e9, "USD"),  # scale and currency after the number
        ("ارتفع بنسبة ٥٫٥٪", "percent", 5.5, None),  # Arabic-Indic digits, decimal sign and percent sign
        ("بلغ 20 في المئة", "percent", 20, None),
        ("البالغ عددهم 40 ألف نسمة", "number", 40_000, None),
        ("خمسة وعشرون شخصا", "number", 25, None),  # units before tens, "و" glued on
        ("ثلاثة عشر جنديا", "number", 13, None),
        ("ثلاثة آلاف جندي", "number", 3_000, None),
        ("منذ أربعين عاما", "duration", 40, "year"),
        ("قبل يومين", "duration", 2, "day"),  # a dual: two days in one word
        ("عيد ميلاده الثالث والستين.", "number", 63, None),  # an ordinal, read as "third" is in English
    ],
)
def test_arabic_figures(text: str, kind: str, value: float, unit: str | None) -> None:
    q = one(text, "ar")
    assert (q.kind, q.value, q.unit) == (kind, value, unit)


def test_arabic_dates_gulf_and_levantine_month_names() -> None:
    for text in ("في 12 مارس/آذار 2023", "في 12 آذار 2023"):
        q = one(text, "ar")
        assert (q.kind, q.year, q.month, q.day) == ("date", 2023, 3, 12)
    q = one("في 3 كانون الثاني", "ar")  # two words, one month: January ("كانون الأول" is December)
    assert (q.kind, q.month, q.day) == ("date", 1, 3)
    assert [q.value for q in extract("قالت يوم الثلاثاء", "ar")] == [1]  # a weekday


def test_arabic_quantifiers_and_their_look_alikes() -> None:
    assert [(q.kind, q.value) for q in extract("نزح معظم السكان", "ar")] == [("quantifier", 4)]
    assert one("نزح جميع السكان تقريبا", "ar").value == 5  # "almost" after the noun: almost all
    assert one("كل السكان", "ar").value == 6
    assert extract("كل يوم", "ar") == []  # "every day", not "all"
    assert extract("اليوم الأول", "ar") == []  # "the first day", not "today"


def test_arabic_figures_pair_with_english_ones() -> None:
    pairs = match(extract("$2.6 billion on March 12", "en"), extract("2.6 مليار دولار في 12 مارس", "ar"))
    assert [m.change for m in pairs] == ["same", "same"]
    (changed,) = match(extract("Almost all residents", "en"), extract("معظم السكان", "ar"))
    assert changed.change == "weakened"


# ---- Kazakh and Uzbek ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "kind", "value", "unit"),
    [
        ("шығын 2,5 миллиард теңгеге жетті", "kk", "money", 2.5e9, "KZT"),  # comma decimal; scale and currency
        ("зардап шеккендер 12 мыңнан асты", "kk", "number", 12_000, None),  # the scale with its case ending
        ("бағасы 7 пайызға өсті", "kk", "percent", 7, None),
        ("сот үш жылға созылды", "kk", "duration", 3, "year"),
        ("олардың төртеуі қаза тапты", "kk", "number", 4, None),  # a collective count: four of them
        ("қырық бес адам", "kk", "number", 45, None),  # tens before units
        ("zarar 3,2 mlrd so'mni tashkil etdi", "uz", "money", 3.2e9, "UZS"),
        ("narxlar 12 foizga oshdi", "uz", "percent", 12, None),
        ("loyiha 18 oyga cho'zildi", "uz", "duration", 18, "month"),
        ("yigirma ikki kishi", "uz", "number", 22, None),
        ("ulardan beshtasi yaralandi", "uz", "number", 5, None),
        ("15 000 tonnaga yetdi", "uz", "measure", 15_000, "tonna"),
        ("120 километрге созылды", "kk", "measure", 120, "километр"),
    ],
)
def test_kazakh_and_uzbek_figures(text: str, lang: str, kind: str, value: float, unit: str | None) -> None:
    q = one(text, lang)
    assert (q.kind, q.value, q.unit) == (kind, value, unit)


def test_kazakh_and_uzbek_years_and_dates() -> None:
    assert one("2019 жылы сайлау өтті", "kk").kind == "year"  # the year, not 2,019 years
    assert one("2019-yildan beri", "uz").kind == "year"
    for text, lang in (("2024 жылғы 5 наурызда", "kk"), ("2024-yil 5-martda", "uz"), ("5 наурыз 2024 жыл", "kk")):
        q = one(text, lang)
        assert (q.kind, q.year, q.month, q.day) == ("date", 2024, 3, 5), text
    assert extract("Қазан қаласында", "kk") == []  # Kazan, not October: a month name needs a day or a year
    assert one("шілде айында", "kk").month == 7  # "the month of July"
    assert [q.kind for q in extract("жексенбі күні", "kk")] == ["weekday"]
    assert [q.value for q in extract("o'tgan yili", "uz")] == [-365]
    assert extract("o'tgan yilga nisbatan", "uz") == []  # "compared with last year": no date


def test_kazakh_and_uzbek_quantifiers_and_bounds() -> None:
    assert one("тұрғындардың көпшілігі", "kk").value == 4
    assert one("тұрғындардың барлығы дерлік", "kk").value == 5
    assert one("aholining deyarli barchasi", "uz").value == 5
    assert one("aholining mutlaq ko'pchiligi", "uz").text == "mutlaq ko'pchiligi"  # the vast majority
    assert [q.kind for q in extract("барлығы 50 адам", "kk")] == ["number"]  # "50 in all", not "all"
    assert one("500-ден астам адам", "kk").approx  # the bound after the figure and its ending
    assert one("500 dan ortiq kishi", "uz").approx
    assert one("taxminan 500 kishi", "uz").approx
    assert not one("500 kishi", "uz").approx


def test_kazakh_and_uzbek_figures_pair_with_english_ones() -> None:
    english = extract("Almost all of the 2,400 residents left on March 5", "en")
    kazakh = extract("5 наурызда 2 400 тұрғынның көпшілігі кетті", "kk")
    assert sorted(m.change for m in match(english, kazakh)) == ["same", "same", "weakened"]
    uzbek = extract("5-martda 2 400 aholining deyarli barchasi ketdi", "uz")
    assert [m.change for m in match(english, uzbek)] == ["same", "same", "same"]
    assert [m.change for m in match(extract("$26,750", "en"), extract("26 750 dollar", "uz"))] == ["same"]


def test_most_standing_for_its_noun() -> None:
    assert [q.kind for q in extract("Of the 30, most were freed", "en")] == ["number", "quantifier"]
    assert [q.kind for q in extract("but most are not dangerous", "en")] == ["quantifier"]
    assert extract("what matters most are the results", "en") == []


# ---- Ukrainian ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "kind", "value", "unit"),
    [
        ("збитки сягнули 2,5 мільярда гривень", "uk", "money", 2.5e9, "UAH"),  # comma decimal, scale, currency
        ("за 125 млн фунтів стерлінгів", "uk", "money", 125e6, "GBP"),
        ("викрали 26 750 доларів", "uk", "money", 26_750, "USD"),  # space-grouped thousands
        ("понад 380 тисяч людей", "uk", "number", 380_000, None),
        ("явка 50 відсотків", "uk", "percent", 50, None),
        ("П’ятдесят вісім відсотків виборців", "uk", "percent", 58, None),  # words, typographic apostrophe
        ("після п'яти років розгляду", "uk", "duration", 5, "year"),
        ("дорога завдовжки 120 кілометрів", "uk", "measure", 120, "кілометрів"),
        ("ціни зросли вдвічі", "uk", "number", 2, "times"),
    ],
)
def test_ukrainian_figures(text: str, lang: str, kind: str, value: float, unit: str | None) -> None:
    q = one(text, lang)
    assert (q.kind, q.value, q.unit) == (kind, value, unit)


def test_ukrainian_years_dates_and_relative_dates() -> None:
    assert one("Пожежа 1939 року", "uk").kind == "year"  # the year, not 1,939 years
    q = one("24 лютого 2022 року", "uk")
    assert (q.kind, q.year, q.month, q.day) == ("date", 2022, 2, 24)
    assert one("у березні", "uk").month == 3
    assert extract("у лютому бою", "uk") == []  # "in a fierce battle": "лютий" is also "fierce"
    assert one("у лютому цього року", "uk").month == 2
    assert [q.value for q in extract("три роки тому", "uk")] == [-3 * 365]  # "three years ago"
    assert [q.value for q in extract("торік", "uk")] == [-365]
    assert [q.kind for q in extract("у п’ятницю", "uk")] == ["weekday"]
    assert one("у XXI столітті", "uk").kind == "century"


def test_ukrainian_quantifiers_and_bounds() -> None:
    assert one("більшість мешканців", "uk").value == 4
    assert one("майже всі мешканці", "uk").value == 5
    assert one("переважна більшість мешканців", "uk").text == "переважна більшість"
    assert one("сотні людей", "uk").unit == "magnitude"
    assert extract("до тисячі людей", "uk")[0].value == 1000  # "up to a thousand", not "thousands"
    assert one("близько 500 людей", "uk").approx
    assert one("більше ніж 500 людей", "uk").approx
    assert not one("500 людей", "uk").approx


def test_ukrainian_figures_pair_with_english_ones() -> None:
    english = extract("Almost all of the 2,400 residents left on March 5", "en")
    ukrainian = extract("5 березня більшість із 2 400 мешканців виїхали", "uk")
    assert sorted(m.change for m in match(english, ukrainian)) == ["same", "same", "weakened"]
    assert [m.change for m in match(extract("450 million hryvnias", "en"), extract("450 мільйонів гривень", "uk"))] == [
        "same"
    ]


# ---- Portuguese ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "value", "unit"),
    [
        ("por £ 125 milhões", "money", 125e6, "GBP"),
        ("prejuízo de R$ 5 bi", "money", 5e9, "BRL"),  # Brazilian abbreviations after "R$"
        ("R$ 2,5 milhões", "money", 2.5e6, "BRL"),
        ("US$ 26.750", "money", 26_750, "USD"),
        ("5 milhões de reais", "money", 5e6, "BRL"),
        ("mais de 380 mil habitantes", "number", 380_000, None),
        ("Cinquenta e oito por cento", "percent", 58, None),
        ("aumento de 3 pontos percentuais", "points", 3, "pp"),
        ("após cinco anos de deliberações", "duration", 5, "year"),
    ],
)
def test_portuguese_figures(text: str, kind: str, value: float, unit: str | None) -> None:
    q = one(text, "pt")
    assert (q.kind, q.value, q.unit) == (kind, value, unit)


def test_portuguese_dates_times_and_relative_dates() -> None:
    q = one("em 1º de outubro", "pt")  # the ordinal day of a date
    assert (q.kind, q.month, q.day) == ("date", 10, 1)
    q = one("12 de março de 2024", "pt")
    assert (q.year, q.month, q.day) == (2024, 3, 12)
    assert one("até as 13h", "pt").kind == "time"  # a time at the end of the text
    assert [q.kind for q in extract("às 12h55 de terça-feira", "pt")] == ["time", "weekday"]
    assert [q.value for q in extract("há três anos", "pt")] == [-3 * 365]  # "three years ago"
    assert [q.value for q in extract("três anos atrás", "pt")] == [-3 * 365]
    assert [q.kind for q in extract("dois dias antes do jogo", "pt")] == ["duration"]  # before the match, not ago
    assert [q.value for q in extract("na semana passada", "pt")] == [-7]


def test_portuguese_quantifiers_and_bounds() -> None:
    assert one("a maioria dos moradores", "pt").value == 4
    assert one("quase todas as aldeias", "pt").value == 5
    assert one("a grande maioria", "pt").text == "a grande maioria"
    assert one("milhões de pessoas", "pt").unit == "magnitude"
    assert one("quase 649 milhões", "pt").approx
    assert not one("649 milhões", "pt").approx


def test_portuguese_figures_pair_with_english_ones() -> None:
    english = extract("Almost all of the 2,400 residents left on March 5", "en")
    portuguese = extract("Em 5 de março, a maioria dos 2.400 moradores saiu", "pt")
    assert sorted(m.change for m in match(english, portuguese)) == ["same", "same", "weakened"]


# ---- Indonesian ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "value", "unit"),
    [
        ("seharga £125 juta", "money", 125e6, "GBP"),
        ("kerugian Rp 2,5 triliun", "money", 2.5e12, "IDR"),  # comma decimal; "Rp" before the figure
        ("Rp5 juta", "money", 5e6, "IDR"),
        ("lebih dari 380.000 jiwa", "number", 380_000, None),  # dot thousands
        ("Lima puluh delapan persen", "percent", 58, None),  # tens said with "puluh"
        ("dua belas orang", "number", 12, None),  # teens with "belas"
        ("ulang tahunnya yang ke-63", "ordinal", 63, None),
        ("hingga pukul 13.00", "time", 13 * 60, None),
        ("ratusan orang", "number", 100, "magnitude"),
    ],
)
def test_indonesian_figures(text: str, kind: str, value: float, unit: str | None) -> None:
    q = one(text, "id")
    assert (q.kind, q.value, q.unit) == (kind, value, unit)


def test_indonesian_dates_and_quantifiers() -> None:
    assert [q.value for q in extract("tiga tahun lalu", "id")] == [-3 * 365]  # "three years ago"
    assert [q.value for q in extract("pekan lalu", "id")] == [-7]
    q = one("pada 1 Oktober 2024", "id")
    assert (q.year, q.month, q.day) == (2024, 10, 1)
    assert one("pada hari Minggu", "id").kind == "weekday"
    assert extract("dua minggu", "id")[0].kind != "weekday"  # "minggu" is also a week
    assert one("sebagian besar warga", "id").value == 4
    assert one("hampir semua warga", "id").value == 5
    assert one("hampir 649 juta orang", "id").approx
    english = extract("Almost all of the 2,400 residents left on March 5", "en")
    indonesian = extract("Sebagian besar dari 2.400 warga pergi pada 5 Maret", "id")
    assert sorted(m.change for m in match(english, indonesian)) == ["same", "same", "weakened"]


# ---- Turkish ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "value", "unit"),
    [
        ("125 milyon sterline satmasının", "money", 125e6, "GBP"),  # a case ending on the currency
        ("2,6 milyar TL", "money", 2.6e9, "TRY"),
        ("₺500", "money", 500, "TRY"),
        ("26.750 dolar", "money", 26_750, "USD"),  # dot thousands
        ("%14'lük artış", "percent", 14, None),  # the sign before the number, an ending after it
        ("yüzde elli sekizi", "percent", 58, None),  # "yüzde" before, the number in words
        ("380.000'den fazla kişi", "number", 380_000, None),
        ("5 bin kişi", "number", 5000, None),
        ("altısı ana kartta", "number", 6, None),  # "six of them"
        ("63. doğum günü", "ordinal", 63, None),
        ("saat 13.00'e kadar", "time", 13 * 60, None),
        ("Sims 20 yaşındaydı", "duration", 20, "year"),
        ("binlerce kişi", "number", 1000, "magnitude"),
        ("Phoenix'in 200 mil yakınında", "measure", 200, "mil"),  # a mile, not the Spanish "mil" (thousand)
        ("saatte en fazla 85 mil hızla", "measure", 85, "mph"),  # "per hour" stands before the figure
        ("6 inçe kadar yağış", "measure", 6, "inç"),
    ],
)
def test_turkish_figures(text: str, kind: str, value: float, unit: str | None) -> None:
    q = one(text, "tr")
    assert (q.kind, q.value, q.unit) == (kind, value, unit)


def test_turkish_dates_and_look_alikes() -> None:
    assert one("1939'daki yangın", "tr").kind == "year"
    q = one("1 Ekim 2018'de", "tr")
    assert (q.year, q.month, q.day) == (2018, 10, 1)
    assert one("Ekim'de", "tr").month == 10  # the apostrophe of a proper noun makes it the month
    assert one("Ekim ayında", "tr").month == 10
    assert extract("ekim yapılan tarlalar", "tr") == []  # "ekim" is also a sowing
    assert [q.value for q in extract("üç yıl önce", "tr")] == [-3 * 365]  # "three years ago"
    assert [q.value for q in extract("geçen hafta", "tr")] == [-7]
    assert one("Salı günü", "tr").kind == "weekday"
    assert extract("pazar yerinde", "tr") == []  # "pazar" is also a market
    assert one("1990'larda", "tr").kind == "decade"
    assert one("19. yüzyılda", "tr").kind == "century"
    assert extract("Newport on the Levee'de", "tr") == []  # "on" (ten) is English there
    assert one("İstanbul'da 5 bin kişi", "tr").start == 12  # the dotted capital keeps the offsets


def test_turkish_quantifiers_and_bounds() -> None:
    assert one("çoğunun", "tr").value == 4  # "most of them", with an ending
    assert one("neredeyse tüm köyler", "tr").value == 5
    assert one("tüm bölgelerinde", "tr").value == 6
    assert extract("tüm dünyada", "tr") == []  # "the whole world", not "all"
    assert one("135'ten fazla tür", "tr").approx
    assert one("üç aydan fazla", "tr").approx  # the bound on the counted noun's ending
    assert one("yüzde 40'ından biraz fazlası", "tr").approx
    assert one("yaklaşık 100 kişi", "tr").approx
    assert not one("100 kişi", "tr").approx
    english = extract("Almost all of the 2,400 residents left on March 5", "en")
    turkish = extract("5 Mart'ta 2.400 sakinin çoğu ayrıldı", "tr")
    assert sorted(m.change for m in match(english, turkish)) == ["same", "same", "weakened"]
