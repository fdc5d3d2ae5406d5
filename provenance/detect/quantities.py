"""Figures in a sentence, in any of the supported languages, as comparable values.

`extract(text, lang)` finds numbers (digits, words, Chinese/Japanese numerals), money, percentages,
dates, weekdays, relative dates, years, decades, durations, ordinals, centuries and quantifiers, and
normalises each to a `Quantity` whose *value* can be compared across languages: "2,6 tỷ" and
"2.6 billion" are both 2.6e9; "26 июля" and "July 26" are both the date (7, 26).

`match(source, derived)` pairs the figures of two sentences as an assignment problem (by value and
type, never by position) and returns, for each pair or leftover, what happened to it.

Pure Python and tables: no model, no dependency.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal, TypeVar

Kind = Literal[
    "number",
    "money",
    "percent",
    "points",  # percentage points
    "date",
    "weekday",
    "relative",  # relative date: yesterday, last week
    "year",
    "decade",
    "duration",
    "ordinal",
    "century",
    "measure",  # a number with a unit of length, speed, mass or temperature (unit: the unit word)
    "time",  # clock time: value in minutes after midnight
    "code",  # phone-number-like or ID-like digits: compared as a string
    "quantifier",
]

QUANTIFIER_NAMES = ("none", "few", "some", "many", "most", "almost all", "all")
_V = TypeVar("_V", int, float)
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Quantity:
    kind: Kind
    text: str  # as it stands in the sentence
    start: int  # offsets into the sentence (or joined bead) text
    end: int
    value: float | None = None  # normalised: scale applied; quantifier strength 0..6; weekday 0..6
    unit: str | None = None  # currency code, time unit, "pp"
    approx: bool = False  # hedged: "about", "khoảng", "около", "约"
    words: bool = False  # written in words (weaker evidence than digits)
    step: float = 1.0  # precision of the written figure: 3.1 million -> 1e5
    month: int | None = None
    day: int | None = None
    year: int | None = None
    digits: str = ""  # for codes and times
    alt: float | None = None  # the other reading of an ambiguous "272.000" / "1,500" (scale applied)
    part: str | None = None  # of a year or month: "early", "mid" or "late" ("Anfang 2026", "cuối năm 2024")

    def describe(self) -> str:
        if self.kind == "quantifier" and self.value is not None:
            return f"'{self.text}' ({QUANTIFIER_NAMES[int(self.value)]})"
        if self.unit == "magnitude" and self.value is not None:
            return f"'{self.text}' ({MAGNITUDE_NAMES.get(self.value, _fmt(self.value) + '+')})"
        if self.kind == "date":
            parts = [f"{self.year:04d}" if self.year else "", f"{self.month:02d}" if self.month else ""]
            if self.day:
                parts.append(f"{self.day:02d}")
            return f"'{self.text}' ({'-'.join(p for p in parts if p) or '?'})"
        if self.kind == "time" and self.value is not None:
            return f"'{self.text}' ({int(self.value) // 60 % 24:02d}:{int(self.value) % 60:02d})"
        if self.value is not None and self.kind not in ("weekday", "relative", "code"):
            return f"'{self.text}' ({_fmt(self.value)}{_unit_suffix(self)})"
        return f"'{self.text}'"


def _fmt(v: float) -> str:
    if v != 0 and (abs(v) >= 1e6 or abs(v) < 1e-3):
        mant, _, exp = f"{v:.4g}".partition("e")
        return f"{mant}e{int(exp)}" if exp else mant  # 2.6e9
    if v == int(v):
        return str(int(v))
    return f"{v:.6g}"


def _unit_suffix(q: Quantity) -> str:
    if q.kind == "percent":
        return "%"
    if q.kind == "points":
        return " pp"
    if q.unit:
        return f" {q.unit}"
    return ""


def _split(words: str) -> list[str]:
    return words.split()


# --------------------------------------------------------------------------------------------
# Tables. Keys are lower-case; multi-word keys are matched as phrases.

_DIGIT_MAP = {
    **{0xFF10 + i: ord("0") + i for i in range(10)},  # full-width ０-９
    **{0x0966 + i: ord("0") + i for i in range(10)},  # Devanagari ०-९
    0xFF05: ord("%"),
    0x00A0: ord(" "),  # no-break and thin spaces: "1.\u00a0Oktober", "4\u202f700"
    0x202F: ord(" "),
    0x2009: ord(" "),
    0xFF0E: ord("."),
    # Arabic: Arabic-Indic and Persian digits, the Arabic percent, decimal and thousands signs, and the
    # letter variants spelling leaves to the writer (أ إ آ ٱ are alef, ى is ya): the tables spell plain forms
    **{0x0660 + i: ord("0") + i for i in range(10)},
    **{0x06F0 + i: ord("0") + i for i in range(10)},
    0x066A: ord("%"),
    0x066B: ord("."),
    0x066C: ord(","),
    **{c: 0x0627 for c in (0x0622, 0x0623, 0x0625, 0x0671)},
    0x0649: 0x064A,
}


def _ar(words: str) -> str:
    """Arabic table entries in the plain spelling `extract` compares against (`_DIGIT_MAP`)."""
    return words.translate(_DIGIT_MAP)


# Languages that write 1.234,5 (dot thousands, comma decimal); the others write 1,234.5.
_COMMA_DECIMAL = {"vi", "ru", "fr", "de", "es", "it", "pl", "cs", "pt", "nl", "uk", "tr", "id", "kk", "uz"}
_SPACE_GROUPS = {"ru", "fr", "pl", "cs", "uk", "de", "es", "it", "vi", "pt", "kk", "uz"}

_SCALES: dict[str, float] = {
    # en
    "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9, "trillion": 1e12,
    "bn": 1e9, "mn": 1e6, "mln": 1e6, "k": 1e3,
    # vi
    "nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9, "nghìn tỷ": 1e12, "ngàn tỷ": 1e12,
    # ru
    "тыс": 1e3, "тыс.": 1e3, "тысяч": 1e3, "тысячи": 1e3, "тысяча": 1e3, "тысячу": 1e3,
    "млн": 1e6, "млн.": 1e6, "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6,
    "млрд": 1e9, "млрд.": 1e9, "миллиард": 1e9, "миллиарда": 1e9, "миллиардов": 1e9, "трлн": 1e12,
    # de
    "tsd.": 1e3, "tausend": 1e3, "mio.": 1e6, "mio": 1e6, "million_de": 1e6, "millionen": 1e6,
    "mrd.": 1e9, "mrd": 1e9, "milliarde": 1e9, "milliarden": 1e9, "billionen": 1e12,
    # fr
    "mille": 1e3, "milliard": 1e9, "milliards": 1e9, "md": 1e9, "mds": 1e9,
    # es
    "mil": 1e3, "millón": 1e6, "millones": 1e6, "mil millones": 1e9, "billón": 1e12, "billones": 1e12,
    # it
    "mila": 1e3, "milione": 1e6, "milioni": 1e6, "miliardo": 1e9, "miliardi": 1e9, "mld": 1e9,
    # pl
    "tys.": 1e3, "tysięcy": 1e3, "tysiące": 1e3, "tysiąc": 1e3, "milion": 1e6, "miliony": 1e6,
    "milionów": 1e6, "mld.": 1e9, "miliard": 1e9, "miliardy": 1e9, "miliardów": 1e9,
    # cs
    "tis.": 1e3, "tisíc": 1e3, "tisíce": 1e3, "mil.": 1e6, "milionů": 1e6, "milionu": 1e6,
    "miliarda": 1e9, "miliard_cs": 1e9, "miliardy_cs": 1e9,
    # hi
    "हज़ार": 1e3, "हजार": 1e3, "लाख": 1e5, "करोड़": 1e7, "करोड": 1e7, "अरब": 1e9,
    # zh / ja (written right after the digits)
    "千": 1e3, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "百万": 1e6, "千万": 1e7, "兆": 1e12,
}
_SCALES["millions"] = 1e6

_CURRENCY_WORDS: dict[str, str] = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "đô la": "USD",
    "đô": "USD", "usd.": "USD", "доллар": "USD", "доллара": "USD", "долларов": "USD", "долл.": "USD",
    "美元": "USD", "ドル": "USD", "dollari": "USD", "dollaro": "USD", "dólares": "USD", "dólar": "USD",
    "dolarů": "USD", "dolarů.": "USD", "dolary": "USD", "dolarów": "USD", "dolar": "USD", "डॉलर": "USD",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "евро": "EUR", "欧元": "EUR", "ユーロ": "EUR",
    "eura": "EUR", "eur.": "EUR", "yêu rô": "EUR",
    "£": "GBP", "gbp": "GBP", "pounds": "GBP", "bảng anh": "GBP", "фунтов": "GBP",
    "фунта": "GBP", "英镑": "GBP", "sterline": "GBP", "libras": "GBP", "livres": "GBP", "pfund": "GBP",
    "¥": "JPY/CNY", "yen": "JPY", "円": "JPY", "日元": "JPY", "иен": "JPY", "yên": "JPY",
    "元": "CNY", "人民币": "CNY", "yuan": "CNY", "nhân dân tệ": "CNY", "юаней": "CNY", "юаня": "CNY",
    "₫": "VND", "đồng": "VND", "vnd": "VND", "vnđ": "VND",
    "₽": "RUB", "руб": "RUB", "руб.": "RUB", "рубль": "RUB", "рубля": "RUB", "рублей": "RUB", "rub": "RUB",
    "rubles": "RUB", "roubles": "RUB", "卢布": "RUB",
    "₹": "INR", "rupees": "INR", "rs": "INR", "rs.": "INR", "रुपये": "INR", "रुपए": "INR", "inr": "INR",
    "zł": "PLN", "złotych": "PLN", "zlotys": "PLN", "pln": "PLN", "kč": "CZK", "korun": "CZK",
    "czk": "CZK", "koruny": "CZK", "franken": "CHF", "chf": "CHF", "francs": "CHF/FRF",
}
_PREFIX_CURRENCY = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY/CNY", "₹": "INR", "₽": "RUB",
                    "usd": "USD", "eur": "EUR", "gbp": "GBP", "rs.": "INR", "rs": "INR", "chf": "CHF"}

_PERCENT_WORDS = {
    "%", "percent", "per cent", "pct", "phần trăm", "процент", "процента", "процентов", "prozent",
    "pour cent", "por ciento", "per cento", "procent", "procenta", "procentu", "प्रतिशत",
    "パーセント", "por cien",
}
_POINTS_WORDS = {
    "percentage points", "percentage point", "points", "điểm phần trăm", "процентных пункта",
    "процентных пунктов", "процентного пункта", "п.п.", "prozentpunkte", "prozentpunkten",
    "points de pourcentage", "point de pourcentage", "puntos porcentuales", "punti percentuali",
    "punti", "punkty procentowe", "procentní body", "procentních bodů", "个百分点", "百分点",
}

_TIME_UNITS: dict[str, str] = {}
for _unit, _words in {
    "second": "second seconds sec giây секунд секунды секунду sekunden sekunde secondes seconde segundos "
              "segundo secondi secondo sekund sekundy 秒 秒钟 सेकंड",
    "minute": "minute minutes min phút минут минуты минуту minuten minuten minutes minutos minuto minuti "
              "minut minuty minuty 分钟 分 分間 मिनट",
    "hour": "hour hours giờ tiếng час часа часов stunde stunden heure heures hora horas ora ore godzin "
            "godziny godzina hodin hodiny hodina 小时 時間 घंटे घंटा",
    "day": "day days ngày день дня дней суток tag tage tagen jour jours día días giorno giorni dzień dni "
           "den dny dnů dní 天 日間 दिन",
    "week": "week weeks tuần неделю недели недель woche wochen semaine semaines semana semanas "
            "settimana settimane tydzień tygodnie tygodni týden týdny týdnů 周 週間 सप्ताह हफ्ते",
    "month": "month months tháng месяц месяца месяцев monat monate monaten mois mes meses mese mesi "
             "miesiąc miesiące miesięcy měsíc měsíce měsíců 个月 ヶ月 か月 カ月 महीने महीना",
    "decade": "decade decades jahrzehnt jahrzehnte jahrzehnten décennie décennies década décadas decennio decenni "
              "десятилетие десятилетия десятилетий dekada dekady dekad desetiletí",
    "year": "year years năm год года лет jahr jahre jahren an ans année années año años anno anni rok "
            "lata lat roku roky let 年 年間 साल वर्ष",
}.items():
    for _w in _words.split():
        _TIME_UNITS[_w] = _unit

_MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        "january jan jan. janvier janv. enero gennaio januar jänner stycznia styczeń styczniu ledna leden "
        "января январь январе जनवरी",
        "february feb feb. février févr. febrero febbraio februar lutego luty lutym února únor февраля "
        "февраль феврале फ़रवरी फरवरी",
        "march mar. mars marzo märz marca marzec marcu března březen марта март марте मार्च",
        "april apr apr. avril abril aprile kwietnia kwiecień kwietniu dubna duben апреля апрель апреле अप्रैल",
        "may mai mayo maggio maja maj maju května květen мая май мае मई",
        "june jun jun. juin junio giugno juni czerwca czerwiec czerwcu června červen июня июнь июне जून",
        "july jul jul. juillet julio luglio juli lipca lipiec lipcu července červenec июля июль июле जुलाई",
        "august aug aug. août agosto august sierpnia sierpień sierpniu srpna srpen августа август августе "
        "अगस्त",
        "september sep sep. sept sept. septembre septiembre settembre september września wrzesień wrześniu "
        "září сентября сентябрь сентябре सितंबर सितम्बर",
        "october oct oct. octobre octubre ottobre oktober października październik październiku října říjen "
        "октября октябрь октябре अक्टूबर",
        "november nov nov. novembre noviembre novembre november listopada listopad listopadzie listopadu "
        "ноября ноябрь ноябре नवंबर नवम्बर",
        "december dec dec. décembre diciembre dicembre dezember grudnia grudzień grudniu prosince prosinec "
        "декабря декабрь декабре दिसंबर दिसम्बर",
    ],
    start=1,
):
    for _n in _names.split():
        _MONTHS[_n] = _i
# "may" is also a modal verb: only a month next to a day number or a year (checked in the parser)

_WEEKDAYS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        "monday mon lundi lunes lunedì montag poniedziałek poniedziałku pondělí понедельник понедельника "
        "thứ hai 星期一 周一 月曜日 月曜 सोमवार",
        "tuesday tue mardi martes martedì dienstag wtorek wtorku úterý вторник вторника thứ ba 星期二 周二 "
        "火曜日 火曜 मंगलवार",
        "wednesday wed mercredi miércoles mercoledì mittwoch środa środę środy středa středu среда среду "
        "среды thứ tư 星期三 周三 水曜日 水曜 बुधवार",
        "thursday thu jeudi jueves giovedì donnerstag czwartek czwartku čtvrtek четверг четверга thứ năm "
        "星期四 周四 木曜日 木曜 गुरुवार",
        "friday fri vendredi viernes venerdì freitag piątek piątku pátek пятница пятницу пятницы thứ sáu "
        "星期五 周五 金曜日 金曜 शुक्रवार",
        "saturday sat samedi sábado sabato samstag sobota sobotę soboty sobotu суббота субботу субботы "
        "thứ bảy 星期六 周六 土曜日 土曜 शनिवार",
        "sunday sun dimanche domingo domenica sonntag niedziela niedzielę niedzieli neděle neděli "
        "воскресенье воскресенья chủ nhật 星期日 星期天 周日 日曜日 日曜 रविवार",
    ]
):
    _WEEKDAYS.update({n: _i for n in _names.split() if len(n) > 1 or "\u4e00" <= n[0] <= "\u9fff"})
# multi-word weekday names (Vietnamese "thứ hai", Chinese are single tokens)
for _i, _vi in enumerate(["thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"]):
    _WEEKDAYS[_vi] = _i
for _k in ("thứ", "hai", "ba", "tư", "năm", "sáu", "bảy", "chủ", "nhật", "sun", "sat", "wed", "mar", "mon", "tue",
           "thu", "fri"):  # "phòng thu" is a studio: three-letter abbreviations are too ambiguous
    _WEEKDAYS.pop(_k, None)
# forms of the same day that inflect or compound: "Thursday's keynote", "on Mondays", "am Samstagabend",
# "sonntags", "do nedělního odpoledne", "w sobotni wieczór", "बृहस्पतिवार" (Thursday's other Hindi name)
for _i, _names in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]):
    _WEEKDAYS.update(dict.fromkeys((_names + "'s", _names + "’s", _names + "s"), _i))
for _i, _day in enumerate(["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"]):
    _WEEKDAYS[_day + "s"] = _i
    for _part in ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht"):
        _WEEKDAYS[_day + _part] = _i
        # "die freitagabendlichen Sitzungen"
        _adjective = _day + _part.replace("tag", "täg") + "lich"
        _WEEKDAYS.update({_adjective + _end: _i for _end in ("", "e", "en", "em", "er", "es")})
for _i, _stem in enumerate(["pondělní", "úterní", "středeční", "čtvrteční", "páteční", "sobotní", "nedělní"]):
    _WEEKDAYS.update({_stem[:-1] + _end: _i for _end in ("í", "ího", "ímu", "ím", "ích", "ími")})
for _i, _stem in enumerate(["poniedziałkow", "wtorkow", "środow", "czwartkow", "piątkow", "sobotn", "niedzieln"]):
    _ends = ("i", "iego", "iej", "im", "ią", "ich") if _stem == "sobotn" else ("y", "ego", "ej", "ym", "ą", "ych", "e")
    _WEEKDAYS.update({_stem + _end: _i for _end in _ends})
_WEEKDAYS.update({"बृहस्पतिवार": 3, "वीरवार": 3, "इतवार": 6})
_WEEKDAYS.update({"понедельнику": 0, "вторнику": 1, "среде": 2, "четвергу": 3, "пятнице": 4, "субботе": 5,
                  "воскресенью": 6})
for _i, _stem in enumerate(["понедельничн", "вторничн", "", "четвергов", "пятничн", "субботн", "воскресн"]):
    _soft = _stem == "субботн"
    _ends = ("ий", "яя", "ее", "ие", "его", "ей", "им", "их", "юю", "ем") if _soft else \
        ("ый", "ая", "ое", "ые", "ого", "ой", "ым", "ых", "ую", "ом")
    _WEEKDAYS.update({_stem + _end: _i for _end in _ends} if _stem else {})
# "среда" is also an environment ("благоприятную среду"): Wednesday only after a preposition or a word of time
_RU_ENVIRONMENT = frozenset({"среда", "среду", "среды", "среде"})
_RU_ON_DAY = re.compile(
    r"(?:^|\s)(?:в|во|к|ко|до|с|со|по|на|и|или|через|каждую|эту|прошлую|следующую|утра|дня|вечера|ночи|утром|днём"
    r"|днем|вечером|ночью)\s+$"
)
# Chinese weekday names: in Japanese text 周一 is part of a given name (清水周一), never Monday
_ZH_ONLY_WEEKDAYS = frozenset(k for k in _WEEKDAYS if k[:1] in "周星")

def _phrase_table(levels: dict[_V, str]) -> dict[str, _V]:
    """{level: "phrase|phrase|..."} -> {phrase: level}: the tables below, written by level."""
    return {phrase: level for level, phrases in levels.items() for phrase in phrases.split("|") if phrase}


def _by_value(values: dict[_T, str]) -> dict[str, _T]:
    """{value: "word word ..."} -> {word: value}: the tables below, written by value."""
    return {word: value for value, words in values.items() for word in words.split()}


def _number_words(values: dict[float, str]) -> dict[str, float]:
    """The spelled-out numbers of a language, written by value (`_by_value`)."""
    return {word: float(value) for word, value in _by_value(values).items()}


# relative dates: offset in days (approximate for months and years)
_RELATIVE: dict[str, int] = _phrase_table({
    -1: "yesterday|a day earlier|the day before|the previous day|hôm qua|вчера|накануне|昨天|昨日|gestern|"
        "hier|ayer|ieri|wczoraj|včera|कल रात|am vortag|tags zuvor|la veille|el día anterior|il giorno prima|"
        "dzień wcześniej|днём ранее|днем ранее|前一天|hôm trước",
    0: "today|tonight|this morning|hôm nay|сегодня|今天|今日|heute|aujourd'hui|hoy|oggi|dzisiaj|dziś|dnes|आज",
    1: "tomorrow|a day later|the next day|the following day|ngày mai|завтра|明天|明日|morgen|demain|mañana|"
       "domani|jutro|zítra|am folgenden tag|am nächsten tag|tags darauf|le lendemain|al día siguiente|"
       "il giorno dopo|następnego dnia|на следующий день|次日|ngày hôm sau|hôm sau",
    -2: "the day before yesterday|hôm kia|позавчера|前天|vorgestern|avant-hier|anteayer|l'altro ieri|"
        "przedwczoraj|předevčírem",
    -7: "last week|a week earlier|a week ago|tuần trước|на прошлой неделе|上周|上星期|先週|letzte woche|"
        "vergangene woche|la semaine dernière|la semana pasada|la settimana scorsa|w zeszłym tygodniu|"
        "minulý týden|पिछले सप्ताह|पिछले हफ्ते",
    7: "next week|a week later|tuần tới|tuần sau|на следующей неделе|下周|下星期|来週|nächste woche|"
       "la semaine prochaine|la semana próxima|la semana que viene|la prossima settimana|w przyszłym tygodniu|"
       "příští týden|अगले सप्ताह",
    -30: "last month|a month ago|a month earlier|tháng trước|в прошлом месяце|上个月|上月|先月|letzten monat|"
         "vergangenen monat|le mois dernier|el mes pasado|il mese scorso|w zeszłym miesiącu|minulý měsíc|"
         "पिछले महीने",
    30: "next month|tháng tới|tháng sau|в следующем месяце|下个月|来月|nächsten monat|le mois prochain|"
        "el próximo mes|il prossimo mese|w przyszłym miesiącu|příští měsíc|अगले महीने",
    -365: "last year|a year ago|a year earlier|năm ngoái|năm trước|в прошлом году|去年|昨年|letztes jahr|"
          "vergangenes jahr|im vergangenen jahr|l'année dernière|l'an dernier|el año pasado|l'anno scorso|"
          "w zeszłym roku|w ubiegłym roku|loni|minulý rok|v loňském roce|पिछले साल|पिछले वर्ष",
    365: "next year|năm tới|năm sau|в следующем году|明年|来年|nächstes jahr|l'année prochaine|el próximo año|"
         "el año que viene|l'anno prossimo|il prossimo anno|w przyszłym roku|příští rok|अगले साल|अगले वर्ष",
})

# words that mean a day in one language and something else in another ("hier": yesterday / here)
_RELATIVE_LANG = {"hier": {"fr"}, "morgen": {"de", "nl"}, "heute": {"de"}, "ieri": {"it"}, "oggi": {"it"},
                  "hoy": {"es"}, "ayer": {"es"}, "dnes": {"cs"}, "dziś": {"pl"}, "demain": {"fr"}}

# quantifier scale: none < few < some < many < most < almost all < all
_VAST_MAJORITY = (
    "vast majority|huge majority|overwhelming majority|great majority|large majority|подавляющее большинство|"
    "подавляющего большинства|подавляющим большинством|đại đa số|tuyệt đại đa số|绝大多数|绝大部分|"
    "überwiegende mehrheit|große mehrheit|überwältigende mehrheit|grande majorité|écrasante majorité|"
    "immense majorité|gran mayoría|inmensa mayoría|abrumadora mayoría|stragrande maggioranza|grande maggioranza|"
    "zdecydowana większość|ogromna większość|przytłaczająca większość|drtivá většina|naprostá většina|velká většina|"
    "الغالبية العظمى|الاغلبية الساحقة|الغالبية الساحقة|الاغلبية العظمى"
)
VAST_MAJORITY = frozenset(_VAST_MAJORITY.split("|"))
_QUANTIFIERS: dict[str, int] = _phrase_table({
    0: "none of|no one|nobody|not a single|không ai|không một|никто|ни один|ни одна|没有一个|无一|keiner|"
       "niemand|aucun|aucune|personne ne|ninguno|ninguna|nadie|nessuno|nessuna|żaden|żadna|nikt|žádný|žádná|nikdo|"
       "कोई नहीं|誰も",
    1: "few|very few|only a few|số ít|rất ít|немногие|немногих|мало|少数|很少|wenige|peu de|pocos|pocas|"
       "pochi|poche|niewiele|nieliczni|málo|कुछ ही",
    2: "some|several|a few|một vài|vài|несколько|几个|少し|quelques|unos pocos|kilka|kilku|několik|pár|"
       "một số|некоторые|некоторых|ряд|一些|有些|部分|一部|einige|manche|mehrere|certains|"
       "certaines|plusieurs|algunos|algunas|varios|varias|alcuni|alcune|diversi|diverse|niektórzy|niektóre|"
       "niektórych|niektorzy|někteří|některé|některých|कुछ|いくつか",
    3: "many|a lot of|lots of|numerous|nhiều người|rất nhiều người|многие|многих|множество|许多|很多|不少|众多|多く|"
       "viele|vielen|zahlreiche|beaucoup de|de nombreux|de nombreuses|nombreux|muchos|muchas|numerosos|molti|"
       "molte|numerosi|wielu|wiele|liczne|mnoho|mnozí|řada|कई|बहुत से|अनेक",
    4: "most|most of|the majority of|the majority|hầu hết|phần lớn|đa số|большинство|большая часть|大多数|"
       "大部分|多数|大半|ほとんど|die meisten|meisten|mehrheit|la plupart|la majorité|la mayoría|la mayor parte|"
       "la maggior parte|la maggioranza|większość|większości|většina|většiny|अधिकांश|ज़्यादातर|ज्यादातर|"
       # between most and almost all: compared across languages only two steps away (see figures.py)
       + _VAST_MAJORITY,
    5: "almost all|nearly all|virtually all|practically all|almost every|nearly every|gần như tất cả|"
       "hầu như tất cả|hầu như mọi|почти все|почти всех|почти каждый|几乎所有|几乎全部|几乎每|ほぼ全て|"
       "fast alle|nahezu alle|presque tous|presque toutes|presque tout|casi todos|casi todas|quasi tutti|"
       "quasi tutte|prawie wszyscy|prawie wszystkie|niemal wszyscy|téměř všichni|téměř všechny|skoro všichni|"
       "लगभग सभी|लगभग हर",
    # distributives ("every", "каждый", "cada") are left out: "каждый пятый" is "one in five"
    6: "all|all of|everyone|everybody|tất cả|toàn bộ|所有|全部|全て|すべて|alle|tous|toutes|"
       "todos|todas|tutti|tutte|wszyscy|wszystkie|wszystkich|všichni|všechny|všech|सभी",
})
# counts given only by their order of magnitude: "hundreds", "сотни", "数百", "hàng trăm" (value: the
# order's lower bound; the figure lies in [value, 10 * value)). Not after a number ("649 Millionen" is a
# number with its scale, read by `_number` first).
_MAGNITUDES: dict[str, float] = _phrase_table({
    10.0: "dozens|tens|dutzende|dutzenden|des dizaines|dizaines|decenas|docenas|decine|dozzine|dziesiątki|"
          "dziesiątek|dziesiątkach|desítky|desítek|desítkách|десятки|десятков|десятках|десятками|hàng chục|vài chục|"
          "mấy chục|数十|几十|दर्जनों",
    100.0: "hundreds|hunderte|hunderten|des centaines|centaines|cientos|centenares|centinaia|setki|setek|setkach|"
           "setkami|stovky|stovek|stovkách|stovkami|сотни|сотен|сотнях|сотнями|сотням|hàng trăm|vài trăm|mấy trăm|"
           "数百|几百|上百|सैकड़ों",
    1e3: "thousands|tausende|tausenden|des milliers|milliers|miles|migliaia|tysiące|tysięcy|tysiącach|tysiącami|"
         "tisíce|tisíců|tisících|тысячи|тысяч|тысячах|тысячами|тысячам|hàng nghìn|hàng ngàn|vài nghìn|vài ngàn|"
         "数千|几千|上千|हज़ारों|हजारों",
    1e4: "tens of thousands|zehntausende|zehntausenden|des dizaines de milliers|decenas de miles|decine di migliaia|"
         "dziesiątki tysięcy|desítky tisíc|десятки тысяч|десятков тысяч|десятках тысяч|десятками тысяч|"
         "hàng chục nghìn|hàng chục ngàn|hàng vạn|数万|几万",
    1e5: "hundreds of thousands|hunderttausende|hunderttausenden|des centaines de milliers|cientos de miles|"
         "centenares de miles|centinaia di migliaia|setki tysięcy|stovky tisíc|сотни тысяч|сотен тысяч|"
         "сотнях тысяч|сотнями тысяч|hàng trăm nghìn|hàng trăm ngàn|数十万|几十万",
    1e6: "millions|millionen|des millions|millones|milioni|miliony|milionów|milionů|миллионы|миллионов|"
         "миллионах|миллионами|hàng triệu|数百万|几百万|上百万",
    1e7: "数千万|几千万|上千万",
    1e8: "数亿|几亿|上亿",
    1e9: "billions|milliarden|des milliards|miles de millones|miliardi|miliardy|miliardów|miliardů|миллиарды|"
         "миллиардов|hàng tỷ|hàng tỉ|数十亿|几十亿",
})
# Russian "тысячи", "сотни" (Ukrainian "тисячі", "сотні") after a preposition are "of a thousand", "of a
# hundred" (genitive singular: "до тысячи", up to a thousand), not "thousands"
_RU_GENITIVE_BEFORE = frozenset(
    {"до", "около", "более", "свыше", "порядка", "от", "из", "менее", "меньше", "больше", "без", "для", "против",
     "близько", "понад", "від", "із", "менше", "більше", "проти"}
)
# words that are magnitudes in one language only ("miles" is a distance in English, "tens" a number's digit)
_MAGNITUDE_LANG = {"miles": {"es"}, "tens": {"en"}}
# and scale words that are scales in some languages only ("mil" is a thousand in Spanish and Portuguese, a mile in
# Turkish and Polish: "200 mil")
_SCALE_LANG = {"mil": {"es", "pt", "ca", "gl"}}
MAGNITUDE_NAMES = {10.0: "tens", 100.0: "hundreds", 1e3: "thousands", 1e4: "tens of thousands",
                   1e5: "hundreds of thousands", 1e6: "millions", 1e7: "tens of millions", 1e8: "hundreds of millions",
                   1e9: "billions", 1e10: "tens of billions", 1e11: "hundreds of billions"}
# idioms where the word is not a quantifier of the sentence's subject
_QUANT_IDIOMS = re.compile(
    r"\b(?:at all|after all|all too|all over|above all|all the same|once and for all|first of all|all right|"
    r"at most|most likely|the most|most recently|all but|all in all|each other|many thanks|how many|"
    r"so many|as many as|some \d|all-time|allerdings|vor allem|trotz allem|surtout|avant tout|sobre todo|"
    r"tutto|prima di tutto|przede wszystkim|především|все равно|всё равно|всего|прежде всего|всё ещё|"
    r"всё же|всё-таки|все одно|усе одно|передусім|перш за все|усього|все ж|все-таки|все ще|"
    r"tous les deux|todos los días|tous les jours|ogni giorno|jeden tag|jedes jahr|"
    r"cada año|chaque année|每天|每年)\b",
    re.IGNORECASE,
)

_HEDGES = re.compile(
    r"(?:about|around|approximately|roughly|some|nearly|almost|close to|more than|over|under|less than|"
    r"up to|at least|at most|an estimated|estimated|~|khoảng|gần|hơn|trên|dưới|ít nhất|xấp xỉ|chừng|около|"
    r"примерно|почти|более|свыше|менее|порядка|приблизительно|до|близько|приблизно|майже|понад|"
    r"більше\s+ніж|більш\s+ніж|менше\s+ніж|менш\s+ніж|щонайменше|принаймні|орієнтовно|约|大约|近|超过|逾|多达|至少|およそ|約|"
    r"etwa|rund|circa|ca\.|fast|mehr als|über|knapp|environ|près de|presque|plus de|moins de|"
    r"alrededor de|aproximadamente|casi|más de|unos|unas|cerca de|circa|quasi|oltre|più di|almeno|"
    r"mais de|menos de|quase|por volta d[eoa]s?|perto de|pelo menos|ao menos|no mínimo|até|em torno de|"
    r"sekitar|hampir|nyaris|lebih dari|kurang dari|setidaknya|sedikitnya|kira-kira|"
    r"około|prawie|ponad|blisko|co najmniej|přibližně|asi|zhruba|téměř|více než|nejméně|लगभग|करीब|"
    r"क़रीब|से अधिक|से ज़्यादा|шамамен|шамасы|кем\s+дегенде|taxminan|qariyb|deyarli|kamida|salkam|"
    r"yaklaşık|neredeyse|hemen\s+hemen|en\s+az|en\s+azından|en\s+fazla|en\s+çok|tahminen|takriben|"
    + _ar("نحو|حوالي|حوالى|قرابة|زهاء|أكثر من|أقل من|ما يقرب من|ما يناهز|ما يزيد على|"
                                  "ما يزيد عن|ما لا يقل عن|أزيد من") + r")\s*$",
    re.IGNORECASE,
)
_HEDGE_AFTER = re.compile(r"^\s*(?:多|余|余り|左右|前後|以上|程度|or so|or more|plus|odd|تقريبا|على الاقل)",
                          re.IGNORECASE)

# spelled-out numbers. One is left out on purpose in the languages where it is also the article
# ("un", "ein", "một", "एक"): a spelled "one" is too often not a figure at all.
_WORD_NUMBERS: dict[str, dict[str, float]] = {
    "en": dict(
        zip(
            _split(
                "zero two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred "
                "thousand million billion dozen"
            ),
            [0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 30, 40, 50, 60, 70, 80, 90,
             100, 1e3, 1e6, 1e9, 12],
            strict=True,
        )
    ),
    "vi": {"hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
           "mười": 10, "mươi": 10, "trăm": 100, "nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9,
           "tỉ": 1e9, "chục": 10},
    "ru": {},
    "de": {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
           "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16,
           "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "vierzig": 40,
           "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100,
           "tausend": 1e3, "dutzend": 12, "zwei dutzend": 24,
           **{f"{stem}{end}": float(v) for v, stem in enumerate(
               _split("_ _ zweit dritt viert fünft sechst siebt acht neunt zehnt")) if stem != "_"
              for end in ("e", "en", "er", "es", "em")}},
    "fr": {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
           "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
           "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
           "cent": 100, "cents": 100, "mille": 1e3, "douzaine": 12, "millier": 1e3, "deuxième": 2, "troisième": 3,
           "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9,
           "dixième": 10, "onzième": 11, "douzième": 12, "vingtième": 20},
    "es": {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
           "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16,
           "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "treinta": 30, "cuarenta": 40,
           "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100,
           "ciento": 100, "cientos": 100, "doscientos": 200, "trescientos": 300, "quinientos": 500,
           "mil": 1e3, "docena": 12, "veintiún": 21, "veintiuno": 21, "veintidós": 22, "veintitrés": 23,
           "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26, "veintisiete": 27, "veintiocho": 28,
           "veintinueve": 29},
    "it": {"due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9,
           "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14, "quindici": 15,
           "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19, "venti": 20, "trenta": 30,
           "quaranta": 40, "cinquanta": 50, "sessanta": 60, "settanta": 70, "ottanta": 80, "novanta": 90,
           "cento": 100, "mille": 1e3, "mila": 1e3, "dozzina": 12},
    "pl": {},
    "cs": {},
    "hi": {"दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "छः": 6, "सात": 7, "आठ": 8, "नौ": 9,
           "दस": 10, "बीस": 20, "पचास": 50, "दूसरा": 2, "दूसरे": 2, "दूसरी": 2, "तीसरा": 3, "तीसरे": 3,
           "तीसरी": 3, "चौथा": 4, "चौथे": 4, "चौथी": 4, "पांचवां": 5, "पांचवें": 5, "पाँचवें": 5,
           "सौ": 100, "हज़ार": 1e3, "हजार": 1e3, "लाख": 1e5, "करोड़": 1e7},
}
for _lang, _table in {
    "ru": "два:2 две:2 двух:2 двум:2 двумя:2 три:3 трех:3 трёх:3 тремя:3 четыре:4 четырех:4 четырёх:4 "
          "пять:5 пяти:5 шесть:6 шести:6 семь:7 семи:7 восемь:8 восьми:8 девять:9 девяти:9 десять:10 "
          "десяти:10 одиннадцать:11 двенадцать:12 тринадцать:13 четырнадцать:14 пятнадцать:15 "
          "шестнадцать:16 семнадцать:17 восемнадцать:18 девятнадцать:19 двадцать:20 двадцати:20 "
          "тридцать:30 тридцати:30 сорок:40 сорока:40 пятьдесят:50 шестьдесят:60 семьдесят:70 "
          "восемьдесят:80 девяносто:90 сто:100 двести:200 триста:300 пятьсот:500 тысяча:1000 тысячи:1000 "
          "тысяч:1000 миллион:1e6 миллиона:1e6 миллионов:1e6 миллиард:1e9 миллиарда:1e9 миллиардов:1e9 "
          "оба:2 обе:2 обоих:2 двое:2 трое:3 четверо:4 пятеро:5 шестеро:6",
    "pl": "dwa:2 dwie:2 dwóch:2 dwoma:2 dwu:2 trzy:3 trzech:3 trzema:3 cztery:4 czterech:4 pięć:5 pięciu:5 "
          "sześć:6 sześciu:6 siedem:7 siedmiu:7 osiem:8 ośmiu:8 dziewięć:9 dziewięciu:9 dziesięć:10 "
          "dziesięciu:10 jedenaście:11 dwanaście:12 trzynaście:13 czternaście:14 piętnaście:15 szesnaście:16 "
          "siedemnaście:17 osiemnaście:18 dziewiętnaście:19 dwadzieścia:20 dwudziestu:20 trzydzieści:30 "
          "czterdzieści:40 pięćdziesiąt:50 sto:100 stu:100 dwieście:200 tysiąc:1000 tysiące:1000 "
          "tysięcy:1000 milion:1e6 miliony:1e6 milionów:1e6 miliard:1e9 miliardy:1e9 miliardów:1e9 "
          "dwoje:2 troje:3 czworo:4",
    "cs": "dva:2 dvě:2 dvou:2 dvěma:2 tři:3 tří:3 třech:3 třemi:3 čtyři:4 čtyř:4 čtyřech:4 pět:5 pěti:5 "
          "šest:6 šesti:6 sedm:7 sedmi:7 osm:8 osmi:8 devět:9 devíti:9 deset:10 deseti:10 jedenáct:11 "
          "dvanáct:12 třináct:13 čtrnáct:14 patnáct:15 šestnáct:16 sedmnáct:17 osmnáct:18 devatenáct:19 "
          "dvacet:20 dvaceti:20 třicet:30 čtyřicet:40 padesát:50 sto:100 set:100 tisíc:1000 tisíce:1000 "
          "milion:1e6 milionů:1e6 miliony:1e6 miliarda:1e9 miliard:1e9 miliardy:1e9 oba:2 obě:2",
}.items():
    for _pair in _table.split():
        _w, _v = _pair.split(":")
        _WORD_NUMBERS[_lang][_w] = float(_v)

_ORDINAL_WORDS: dict[str, float] = {
    **dict(
        zip(
            _split("second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
            "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth fiftieth "
            "hundredth"),
            [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 30, 40, 50, 100],
            strict=True,
        )
    ),
}

# Arabic. Written in the usual spelling and stored plain (`_ar`). A word may carry a clitic ("بنحو", "والخميس"):
# the tables list the forms news writes with figures, not every prefix.
_SCALES.update({_ar(w): v for w, v in {
    "ألف": 1e3, "ألفا": 1e3, "آلاف": 1e3, "مليون": 1e6, "مليونا": 1e6, "ملايين": 1e6, "مليار": 1e9, "مليارا": 1e9,
    "مليارات": 1e9, "بليون": 1e9, "تريليون": 1e12, "ترليون": 1e12,
}.items()})
_CURRENCY_WORDS.update({_ar(w): c for w, c in {
    "دولار": "USD", "دولارا": "USD", "دولارات": "USD", "دولار أمريكي": "USD", "دولار أميركي": "USD",
    "يورو": "EUR", "جنيه إسترليني": "GBP", "جنيه استرليني": "GBP", "يوان": "CNY", "روبل": "RUB",
}.items()})
_PERCENT_WORDS.update(_ar(w) for w in ("في المئة", "في المائة", "بالمئة", "بالمائة", "في المية"))
_POINTS_WORDS.update(_ar(w) for w in ("نقطة مئوية", "نقاط مئوية", "نقطتين مئويتين"))
for _unit, _words in {
    "second": "ثانية ثوان ثواني", "minute": "دقيقة دقائق", "hour": "ساعة ساعات",
    "day": "يوم يوما أيام", "week": "أسبوع أسابيع", "month": "شهر شهرا أشهر شهور",
    "decade": "عقد عقود", "year": "سنة سنوات سنين عام عاما أعوام",
}.items():
    _TIME_UNITS.update({_ar(w): _unit for w in _words.split()})
# Egyptian and Gulf names, then Levantine and Iraqi ones (Maghrebi where they differ); "كانون" and "تشرين"
# are two months each, told apart by the word after them (`_month_date`)
for _i, _names in enumerate([
    "يناير", "فبراير شباط", "مارس آذار", "أبريل إبريل نيسان", "مايو أيار", "يونيو يونيه حزيران",
    "يوليو يوليه تموز يوليوز", "أغسطس آب غشت", "سبتمبر أيلول شتنبر", "أكتوبر", "نوفمبر نونبر", "ديسمبر دجنبر",
], start=1):
    _MONTHS.update({_ar(n): _i for n in _names.split()})
_AR_PAIRED_MONTHS = {("كانون", "الثاني"): 1, ("كانون", "الاول"): 12, ("تشرين", "الاول"): 10, ("تشرين", "الثاني"): 11}
# "الاثنين" is also "the two" and "الأحد" "the one": those two only after "يوم" (day)
for _i, _names in enumerate(["يوم_الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "يوم_الأحد"]):
    for _n in _names.split():
        _WEEKDAYS[_ar(_n.replace("_", " "))] = _i
        if not _n.startswith("يوم"):
            _WEEKDAYS[_ar("يوم " + _n)] = _i
_RELATIVE.update({_ar(w): v for v, words in {
    -1: "أمس|يوم أمس|البارحة|اليوم السابق|في اليوم السابق", 0: "اليوم", 1: "غدا|اليوم التالي|في اليوم التالي",
    -2: "أول أمس|أول من أمس", -7: "الأسبوع الماضي", 7: "الأسبوع المقبل|الأسبوع القادم",
    -30: "الشهر الماضي", 30: "الشهر المقبل|الشهر القادم", -365: "العام الماضي|السنة الماضية",
    365: "العام المقبل|العام القادم|السنة المقبلة|السنة القادمة",
}.items() for w in words.split("|")})
# "كل" is "all" before a definite noun ("كل السكان") and "every" before an indefinite one ("كل يوم"): `_quantifier`
_QUANTIFIERS.update({_ar(w): v for v, words in {
    0: "لا أحد", 1: "قليل من|القليل من|عدد قليل من|قلة من", 2: "بعض|عدد من|عدة",
    3: "كثير من|الكثير من|العديد من|عديد من|كثيرون",
    4: "معظم|معظمهم|معظمها|أغلب|أغلبية|غالبية|الغالبية|أغلبهم|أغلبها",
    5: "تقريبا جميع|تقريبا كل|شبه جميع", 6: "جميع|جميعهم|جميعها|كل|كلهم|كلها|الجميع|كافة",
}.items() for w in words.split("|")})
_MAGNITUDES.update({_ar(w): v for v, words in {
    10.0: "عشرات", 100.0: "مئات", 1e3: "آلاف|الآلاف", 1e4: "عشرات الآلاف|عشرات آلاف", 1e5: "مئات الآلاف|مئات آلاف",
    1e6: "ملايين", 1e9: "مليارات",
}.items() for w in words.split("|")})
# 3 to 10 have a form with ta marbuta and one without (the counted noun's gender decides); one is left out,
# as in the other languages; units come before tens and join them with "و": "خمسة وعشرون" (`_word_number`)
_WORD_NUMBERS["ar"] = {_ar(w): float(v) for v, words in {
    2: "اثنان اثنين اثنتان اثنتين", 3: "ثلاثة ثلاث", 4: "أربعة أربع", 5: "خمسة خمس", 6: "ستة ست",
    7: "سبعة سبع", 8: "ثمانية ثماني ثمان", 9: "تسعة تسع", 10: "عشرة عشر", 11: "أحد_عشر إحدى_عشرة",
    12: "اثنا_عشر اثني_عشر اثنتا_عشرة", 20: "عشرون عشرين", 30: "ثلاثون ثلاثين", 40: "أربعون أربعين",
    50: "خمسون خمسين", 60: "ستون ستين", 70: "سبعون سبعين", 80: "ثمانون ثمانين", 90: "تسعون تسعين",
    100: "مئة مائة", 200: "مئتان مئتين مائتان مائتين", 1000: "ألف آلاف", 2000: "ألفان ألفين",
    300: "ثلاثمئة ثلاثمائة", 400: "أربعمئة أربعمائة", 500: "خمسمئة خمسمائة", 600: "ستمئة ستمائة",
    700: "سبعمئة سبعمائة", 800: "ثمانمئة ثمانمائة", 900: "تسعمئة تسعمائة", 1e6: "مليون ملايين", 1e9: "مليار مليارات",
}.items() for w in words.split() if "_" not in w}
# ordinals with the article, read as their number (as "third" is in English): "القناة الخامسة" is Channel 5,
# "عيد ميلاده الثالث والستين" his 63rd birthday, "القرن الحادي والعشرين" the 21st century
_WORD_NUMBERS["ar"].update({_ar(w): float(v) for v, words in {
    1: "الحادي", 2: "الثاني الثانية", 3: "الثالث الثالثة", 4: "الرابع الرابعة", 5: "الخامس الخامسة",
    6: "السادس السادسة", 7: "السابع السابعة", 8: "الثامن الثامنة", 9: "التاسع التاسعة", 10: "العاشر العاشرة",
    20: "العشرين", 30: "الثلاثين", 40: "الأربعين", 50: "الخمسين", 60: "الستين", 70: "السبعين", 80: "الثمانين",
    90: "التسعين",
}.items() for w in words.split()})
# a dual names two of its noun in one word: "يومين" (two days), "عامين" (two years)
_AR_DUAL = re.compile(_ar(
    r"(?<![\w])[وفبل]?(?P<unit>يوم|أسبوع|شهر|عام|سنت|ساعت|دقيقت|عقد)(?:ين|ان)(?![\w])"
))
_AR_DUAL_UNITS = {_ar(w): u for w, u in {"يوم": "day", "أسبوع": "week", "شهر": "month", "عام": "year",
                                          "سنت": "year", "ساعت": "hour", "دقيقت": "minute", "عقد": "decade"}.items()}

# Kazakh (Cyrillic) and Uzbek (Latin). Both write a case or possessive ending onto the word: "380 мыңнан" (from
# 380 thousand), "14 foizga" (by 14 percent), "1-oktabrda" (on 1 October). The tables hold the stems;
# `_tokens` cuts a listed stem off its ending (`_TURKIC_STEMS`, `_TURKIC_ENDING`), so every lookup reads the
# stem. Uzbek's apostrophe ("o'n", "so'm") is written four ways: `extract` makes it ASCII.
_TURKIC_STEMS: dict[str, set[str]] = {"kk": set(), "uz": set()}
_TURKIC_ENDING = {
    # possessive, plural, then a case or the adjectival -ғы/-дағы ("1939 жылғы", "Палу қаласындағы")
    "kk": re.compile(
        r"(?:[ыі]|с[ыі]|лық|лік|дық|дік|тық|тік)?(?:лар|лер|дар|дер|тар|тер)?(?:[ыі]?(?:ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|на|не|а|е|ны|ні|"
        r"ды|ді|ты|ті|н|нда|нде|да|де|та|те|дан|ден|тан|тен|нан|нен|мен|бен|пен|ғы|гі|қы|кі|дағы|дегі|тағы|тегі|"
        r"ндағы|ндегі))?"
    ),
    "uz": re.compile(r"(?:lik|lig)?(?:lar)?(?:i|si)?(?:ning|ni|ga|ka|qa|da|dan|dagi|gi|gacha|cha)?"),
}


def _turkic(lang: str, table: dict[str, _V] | set[str], entries: dict[str, _V] | Iterable[str]) -> None:
    """Add `entries` to a table and their one-word keys to the language's stems."""
    table.update(entries)  # type: ignore[arg-type]
    _TURKIC_STEMS[lang].update(k for k in entries if " " not in k)


_turkic("kk", _SCALES, {"мың": 1e3, "миллион": 1e6, "миллиард": 1e9, "триллион": 1e12, "млн": 1e6, "млрд": 1e9})
_turkic("uz", _SCALES, {"ming": 1e3, "million": 1e6, "milliard": 1e9, "trillion": 1e12, "mln": 1e6, "mlrd": 1e9,
                        "trln": 1e12})
_turkic("kk", _CURRENCY_WORDS, {"теңге": "KZT", "доллар": "USD", "евро": "EUR", "фунт": "GBP", "фунт стерлинг": "GBP",
                                "стерлинг": "GBP", "рубль": "RUB", "юань": "CNY", "сом": "UZS/KGS"})
_turkic("uz", _CURRENCY_WORDS, {"so'm": "UZS", "dollar": "USD", "yevro": "EUR", "evro": "EUR", "funt": "GBP",
                                "funt sterling": "GBP", "rubl": "RUB", "tenge": "KZT", "yuan": "CNY"})
_turkic("kk", _PERCENT_WORDS, {"пайыз", "процент"})
_turkic("uz", _PERCENT_WORDS, {"foiz", "protsent"})
_turkic("kk", _POINTS_WORDS, {"пайыздық тармақ"})
_turkic("uz", _POINTS_WORDS, {"foiz punkti", "foiz punkt"})
for _lang, _units in {
    # "20 жаста", "20 yoshda": aged 20, as "20 years old"
    "kk": {"second": "секунд", "minute": "минут", "hour": "сағат", "day": "күн тәулік", "week": "апта",
           "month": "ай", "decade": "онжылдық", "year": "жыл жас"},
    "uz": {"second": "soniya sekund", "minute": "daqiqa minut", "hour": "soat", "day": "kun sutka", "week": "hafta",
           "month": "oy", "decade": "o'n_yillik", "year": "yil yosh"},
}.items():
    _turkic(_lang, _TIME_UNITS, {w.replace("_", " "): u for u, ws in _units.items() for w in ws.split()})
# month names need a day or a year beside them (`_month_date`): "қазан" is also Kazan and a cauldron
_TURKIC_MONTHS = {
    "kk": "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан",
    "uz": "yanvar fevral mart aprel may iyun iyul avgust sentabr|sentyabr oktabr|oktyabr noyabr dekabr",
}
for _lang, _names in _TURKIC_MONTHS.items():
    _turkic(_lang, _MONTHS, {n: i for i, ns in enumerate(_names.split(), start=1) for n in ns.split("|")})
# per language: month names that are also other words, and what after one makes it a month without a day or a
# year ("тамыз айында", "avgust oyida": the month of August; "Қазан", "Қазанда" alone may be Kazan)
_MONTH_NEEDS_DAY: dict[str, tuple[frozenset[str], re.Pattern[str]]] = dict.fromkeys(_TURKIC_MONTHS, (
    frozenset(n for ns in _TURKIC_MONTHS.values() for n in re.split(r"[ |]", ns)),
    re.compile(r"\s*(?:айы|айында|айынан|айына|oyi|oyida|oyidan|oyigacha)(?!\w)"),
))
for _lang, _names in {
    "kk": "дүйсенбі сейсенбі сәрсенбі бейсенбі жұма сенбі жексенбі",
    "uz": "dushanba seshanba chorshanba payshanba juma shanba yakshanba",
}.items():
    _turkic(_lang, _WEEKDAYS, {n: i for i, n in enumerate(_names.split())})
# the adverbial forms only: "o'tgan yilga nisbatan" is "compared with last year", no date; Uzbek "kecha" is
# yesterday and also an evening (a party, a fight night): left out
_RELATIVE.update(_phrase_table({
    -1: "кеше|бір күн бұрын|алдыңғы күні", 0: "бүгін|bugun", 1: "ертең|келесі күні|ertaga|ertasi kuni",
    -7: "өткен аптада|өткен апта|o'tgan hafta|o'tgan haftada", 7: "келесі аптада|kelasi hafta|kelasi haftada",
    -30: "өткен айда|o'tgan oy|o'tgan oyda", 30: "келесі айда|kelasi oyda",
    -365: "өткен жылы|былтыр|o'tgan yili|o'tgan yilda|bultur", 365: "келесі жылы|kelasi yili|kelgusi yilda",
}))
_QUANTIFIERS.update(_phrase_table({
    0: "ешкім|ешбір|hech kim|hech bir|birorta ham",
    1: "аз ғана|санаулы|oz sonli|sanoqli",
    2: "кейбір|кейбіреулер|бірнеше|ba'zi|ba'zilari|ayrim|ayrimlari|bir nechta|bir qancha",
    3: "көптеген|ko'plab|ko'pgina",
    4: "көпшілігі|көпшілік|көбі|көбісі|басым бөлігі|aksariyati|aksariyat|ko'pchiligi|ko'pchilik|asosiy qismi",
    5: "барлығы дерлік|бәрі дерлік|дерлік барлығы|дерлік барлық|deyarli barcha|deyarli barchasi|deyarli hamma|"
       "deyarli hammasi",
    6: "барлық|барлығы|бәрі|барша|barcha|barchasi|hamma|hammasi",
}))
_QUANTIFIERS.update(dict.fromkeys(("басым көпшілігі", "mutlaq ko'pchilik", "mutlaq ko'pchiligi"),
                                  _QUANTIFIERS["vast majority"]))
VAST_MAJORITY = VAST_MAJORITY | {"басым көпшілігі", "mutlaq ko'pchilik", "mutlaq ko'pchiligi"}
# "барлығы 50" is "50 in all": a total, not "all"
_TOTAL_BEFORE_NUMBER = frozenset({"барлығы", "jami", "hammasi"})
_MAGNITUDES.update(_phrase_table({
    10.0: "ондаған|o'nlab", 100.0: "жүздеген|yuzlab", 1e3: "мыңдаған|minglab", 1e4: "ондаған мың|o'n minglab",
    1e5: "жүздеген мың|yuz minglab", 1e6: "миллиондаған|millionlab",
}))
# "бір" / "bir" (one) are left out, as the article-like "one" of the other languages; "тоқсан" (90) is also a
# quarter of the year. The collective forms count a group: "оның алтауы" (six of them), "oltitasi"
_WORD_NUMBERS["kk"] = _number_words({
    2: "екі екеуі", 3: "үш үшеуі", 4: "төрт төртеуі", 5: "бес бесеуі", 6: "алты алтауы", 7: "жеті жетеуі",
    8: "сегіз сегізі", 9: "тоғыз тоғызы", 10: "он онауы", 20: "жиырма", 30: "отыз", 40: "қырық", 50: "елу",
    60: "алпыс", 70: "жетпіс", 80: "сексен", 100: "жүз", 1000: "мың", 1e6: "миллион", 1e9: "миллиард",
})
_WORD_NUMBERS["uz"] = _number_words({
    2: "ikki ikkita ikkitasi", 3: "uch uchta uchtasi", 4: "to'rt to'rtta to'rttasi", 5: "besh beshta beshtasi",
    6: "olti oltita oltitasi", 7: "yetti yettita yettitasi", 8: "sakkiz sakkizta sakkiztasi",
    9: "to'qqiz to'qqizta to'qqiztasi", 10: "o'n o'nta o'ntasi", 20: "yigirma", 30: "o'ttiz", 40: "qirq",
    50: "ellik", 60: "oltmish", 70: "yetmish", 80: "sakson", 90: "to'qson", 100: "yuz", 1000: "ming",
    1e6: "million", 1e9: "milliard",
})
# Uzbek ("o'n", "so'm") and Ukrainian ("п'ять") write their apostrophe four ways: `extract` makes it ASCII
_APOSTROPHE_LANGS = frozenset({"uz", "uk"})
_APOSTROPHES = str.maketrans({"ʻ": "'", "ʼ": "'", "‘": "'", "’": "'", "`": "'"})
# a hedge after the figure and its ending: "135-тен астам" (more than 135), "649 миллионға жуық" (nearly), "135 dan
# ortiq", "100 mingga yaqin"; before it: "шамамен" (about), "taxminan", "qariyb" (nearly), "kamida" (at least)
_TURKIC_HEDGE_AFTER = re.compile(
    r"^\s*-?[^\W\d_]{0,12}\s*(?:астам|артық|аса|жуық|шамасында|ortiq|ko'proq|ziyod|oshiq|yaqin|atrofida)(?![^\W\d_])"
    # Turkish: "135'ten fazla", "100'ü aşkın", "100'e yakın", "04.00 sularında", "100 civarında"
    r"|^\s*['’]?[^\W\d_]{0,8}\s+(?:biraz\s+)?(?:fazla(?:sı)?|aşkın|aşan|yakın|civarında|civarı|dolayında|dolaylarında|sularında|kadar"
    r"|üzerinde|altında)(?![^\W\d_])",
    re.IGNORECASE,
)

# Ukrainian. Its words differ from Russian ones in most of these tables ("мільйон", "березня", "більшість");
# the forms listed are the cases news writes beside a figure. The apostrophe ("п'ять", "п’ятниця") is made
# ASCII by `extract`, as Uzbek's is.
_SCALES.update({"тис": 1e3, "тис.": 1e3, "тисяча": 1e3, "тисячі": 1e3, "тисяч": 1e3, "тисячу": 1e3, "млн": 1e6,
                "млн.": 1e6, "мільйон": 1e6, "мільйона": 1e6, "мільйонів": 1e6, "мільйони": 1e6, "млрд": 1e9,
                "млрд.": 1e9, "мільярд": 1e9, "мільярда": 1e9, "мільярдів": 1e9, "мільярди": 1e9, "трлн": 1e12,
                "трильйон": 1e12, "трильйона": 1e12, "трильйонів": 1e12})
_CURRENCY_WORDS.update(_by_value({
    "USD": "долар долара доларів долари дол. доларах", "EUR": "євро", "GBP": "фунт фунта фунтів фунти",
    "UAH": "гривня гривні гривень грн грн. гривнях ₴ hryvnia hryvnias hryvnya hryvnyas hryvni uah",
    "RUB": "рублів рубля рублі", "CNY": "юанів юаня юані",
    "JPY": "єн єна єни",
}))
_PREFIX_CURRENCY["₴"] = "UAH"
_PERCENT_WORDS.update({"відсоток", "відсотка", "відсотків", "відсотки", "процентів"})
_POINTS_WORDS.update({"відсоткового пункту", "відсоткових пункти", "відсоткових пунктів", "в.п."})
_TIME_UNITS.update(_by_value({
    "second": "секунди", "minute": "хвилин хвилини хвилину хвилина", "hour": "година години годин годину",
    "day": "дні днів доби діб", "week": "тиждень тижні тижнів тижня", "month": "місяць місяці місяців місяця",
    "decade": "десятиліття десятиліть", "year": "рік роки років року році",
}))
for _i, _names in enumerate([
    "січня січень січні", "лютого лютий лютому", "березня березень березні", "квітня квітень квітні",
    "травня травень травні", "червня червень червні", "липня липень липні", "серпня серпень серпні",
    "вересня вересень вересні", "жовтня жовтень жовтні", "листопада листопад листопаді", "грудня грудень грудні",
], start=1):
    _MONTHS.update(dict.fromkeys(_names.split(), _i))
# "лютий" is also "fierce", "грудні" "of the chest" ("грудні діти", infants), "листопад" the fall of leaves:
# without a day or a year, these are months only before punctuation or a word that places them in a year
_MONTH_NEEDS_DAY["uk"] = (
    frozenset({"лютий", "лютого", "лютому", "грудні", "листопад"}),
    re.compile(r"\s*(?:[,.;:!?)»]|$|(?:цього|минулого|наступного|поточного)\s+року)"),
)
for _i, _names in enumerate([
    "понеділок понеділка понеділку", "вівторок вівторка вівторку", "середа середу середи", "четвер четверга",
    "п'ятниця п'ятницю п'ятниці", "субота суботу суботи", "неділя неділю неділі",
]):
    _WEEKDAYS.update(dict.fromkeys(_names.split(), _i))
_RELATIVE.update(_phrase_table({
    -1: "вчора|учора|напередодні|днем раніше|на день раніше", 0: "сьогодні",
    1: "завтра|наступного дня|на наступний день|днем пізніше", -2: "позавчора",
    -7: "минулого тижня|на минулому тижні", 7: "наступного тижня|на наступному тижні",
    -30: "минулого місяця", 30: "наступного місяця",
    -365: "минулого року|торік|у минулому році", 365: "наступного року|у наступному році",
}))
_QUANTIFIERS.update(_phrase_table({
    0: "ніхто|жоден|жодна|жодне|жодного|жодної|жодних|ні один|ні одна",
    1: "небагато|мало хто|нечисленні|лише кілька",
    2: "кілька|декілька|деякі|деяких|низка|низку",
    3: "багато|чимало|численні|багатьох|безліч",
    4: "більшість|більшості|більша частина|більшу частину",
    5: "майже всі|майже усі|майже всіх|майже усіх|майже кожен|майже кожна|практично всі|практично усі",
    # not "все": also "everything" and "still" ("все ще")
    6: "всі|усі|всіх|усіх|всім|усім|всіма|усіма",
}))
_UK_VAST = ("переважна більшість", "переважної більшості", "переважну більшість", "абсолютна більшість",
            "абсолютної більшості", "абсолютну більшість")
_QUANTIFIERS.update(dict.fromkeys(_UK_VAST, _QUANTIFIERS["vast majority"]))
VAST_MAJORITY = VAST_MAJORITY | set(_UK_VAST)
_MAGNITUDES.update(_phrase_table({
    10.0: "десятки|десятків|десятках|десятками", 100.0: "сотні|сотень|сотнях|сотнями|сотням",
    1e3: "тисячі|тисяч|тисячах|тисячами|тисячам", 1e4: "десятки тисяч|десятків тисяч|десятках тисяч|десятками тисяч",
    1e5: "сотні тисяч|сотень тисяч|сотнях тисяч|сотнями тисяч", 1e6: "мільйони|мільйонів|мільйонах|мільйонами",
    1e9: "мільярди|мільярдів|мільярдах",
}))
# "сьома" (seventh, seven o'clock) is left out of seven's forms
_WORD_NUMBERS["uk"] = _number_words({
    2: "два дві двох двом двома обидва обидві обох двоє", 3: "три трьох трьом трьома троє",
    4: "чотири чотирьох чотирьом чотирма четверо", 5: "п'ять п'яти п'ятьох п'ятьма п'ятеро",
    6: "шість шести шістьох шістьма шестеро", 7: "сім семи сімох семеро", 8: "вісім восьми вісьмох восьмеро",
    9: "дев'ять дев'яти дев'ятьох", 10: "десять десяти десятьох", 11: "одинадцять одинадцяти",
    12: "дванадцять дванадцяти", 13: "тринадцять тринадцяти", 14: "чотирнадцять чотирнадцяти",
    15: "п'ятнадцять п'ятнадцяти", 16: "шістнадцять шістнадцяти", 17: "сімнадцять сімнадцяти",
    18: "вісімнадцять вісімнадцяти", 19: "дев'ятнадцять дев'ятнадцяти", 20: "двадцять двадцяти",
    30: "тридцять тридцяти", 40: "сорок сорока", 50: "п'ятдесят п'ятдесяти", 60: "шістдесят шістдесяти",
    70: "сімдесят сімдесяти", 80: "вісімдесят вісімдесяти", 90: "дев'яносто", 100: "сто", 200: "двісті",
    300: "триста", 400: "чотириста", 500: "п'ятсот", 1000: "тисяча тисячі тисяч", 1e6: "мільйон мільйона мільйонів",
    1e9: "мільярд мільярда мільярдів",
})

# Portuguese. "bilhão" is a thousand million in Brazil; the European "bilião" is a million million, and the
# European thousand million is "mil milhões". Brazilian news abbreviates scales after a
# currency sign: "R$ 5 bi", "US$ 2 mi" (`_PT_SHORT_SCALES`).
_SCALES.update({"milhão": 1e6, "milhões": 1e6, "mi": 1e6, "bilhão": 1e9, "bilhões": 1e9, "bi": 1e9,
                "mil milhões": 1e9, "bilião": 1e12, "biliões": 1e12, "trilhão": 1e12, "trilhões": 1e12,
                "tri": 1e12})
_PT_SHORT_SCALES = frozenset({"mi", "bi", "tri"})
_CURRENCY_WORDS.update({"r$": "BRL", "real": "BRL", "reais": "BRL", "brl": "BRL", "dólares": "USD",
                        "libras esterlinas": "GBP", "ienes": "JPY", "iuanes": "CNY", "rublos": "RUB"})
_PREFIX_CURRENCY["r$"] = "BRL"
_PERCENT_WORDS.update({"por cento"})
_POINTS_WORDS.update({"pontos percentuais", "ponto percentual"})
_TIME_UNITS.update(_by_value({
    "second": "segundo segundos", "minute": "minuto minutos", "hour": "hora horas", "day": "dia dias",
    "week": "semana semanas", "month": "mês meses", "decade": "década décadas", "year": "ano anos",
}))
for _i, _name in enumerate(_split("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
                                  "dezembro"), start=1):
    _MONTHS[_name] = _i
for _i, _name in enumerate(["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"]):
    _WEEKDAYS[_name] = _i
_RELATIVE.update(_phrase_table({
    -1: "ontem|no dia anterior|um dia antes|na véspera", 0: "hoje", 1: "amanhã|no dia seguinte|um dia depois",
    -2: "anteontem", -7: "na semana passada|a semana passada", 7: "na próxima semana|na semana que vem",
    -30: "no mês passado", 30: "no próximo mês|no mês que vem", -365: "no ano passado",
    365: "no próximo ano|no ano que vem",
}))
_QUANTIFIERS.update(_phrase_table({
    0: "nenhum|nenhuma|ninguém", 1: "poucos|poucas|pouquíssimos", 2: "alguns|algumas|vários|várias",
    3: "muitos|muitas|numerosos|numerosas|inúmeros|inúmeras",
    4: "a maioria|a maioria dos|a maioria das|maioria|a maior parte|a maior parte dos|a maior parte das",
    5: "quase todos|quase todas|praticamente todos|praticamente todas|quase todo|quase toda",
}))
_PT_VAST = ("a grande maioria", "a esmagadora maioria", "a imensa maioria", "a ampla maioria", "a vasta maioria")
_QUANTIFIERS.update(dict.fromkeys(_PT_VAST, _QUANTIFIERS["vast majority"]))
VAST_MAJORITY = VAST_MAJORITY | set(_PT_VAST)
_MAGNITUDES.update(_phrase_table({
    10.0: "dezenas", 100.0: "centenas", 1e3: "milhares", 1e4: "dezenas de milhares", 1e5: "centenas de milhares",
    1e6: "milhões", 1e9: "bilhões",
}))
_WORD_NUMBERS["pt"] = _number_words({
    2: "dois duas", 3: "três", 4: "quatro", 5: "cinco", 6: "seis", 7: "sete", 8: "oito", 9: "nove", 10: "dez",
    11: "onze", 12: "doze", 13: "treze", 14: "catorze quatorze", 15: "quinze", 16: "dezesseis dezasseis",
    17: "dezessete dezassete", 18: "dezoito", 19: "dezenove dezanove", 20: "vinte", 30: "trinta", 40: "quarenta",
    50: "cinquenta", 60: "sessenta", 70: "setenta", 80: "oitenta", 90: "noventa", 100: "cem cento",
    200: "duzentos duzentas", 300: "trezentos trezentas", 500: "quinhentos quinhentas", 1000: "mil",
    1e6: "milhão milhões", 1e9: "bilhão bilhões",
})

# Indonesian. Numbers group thousands with a dot ("380.000") and say tens and teens with "puluh" and "belas"
# ("lima puluh delapan", 58; "dua belas", 12: `_word_number`); "satu" (one) is left out as the other
# languages' "one" is. "Minggu" is Sunday and "minggu" a week: only "hari Minggu" is the day.
_SCALES.update({"ribu": 1e3, "rb": 1e3, "juta": 1e6, "jt": 1e6, "miliar": 1e9, "milyar": 1e9, "triliun": 1e12})
_CURRENCY_WORDS.update({"rp": "IDR", "rp.": "IDR", "rupiah": "IDR", "dolar as": "USD", "poundsterling": "GBP",
                        "pound sterling": "GBP"})
_PREFIX_CURRENCY.update({"rp": "IDR", "rp.": "IDR"})
_PERCENT_WORDS.update({"persen"})
_POINTS_WORDS.update({"poin persentase"})
_TIME_UNITS.update(_by_value({
    "second": "detik", "minute": "menit", "hour": "jam", "day": "hari", "week": "pekan", "month": "bulan",
    "decade": "dekade", "year": "tahun",
}))
for _i, _name in enumerate(_split("januari februari maret april mei juni juli agustus september oktober november "
                                  "desember"), start=1):
    _MONTHS[_name] = _i
for _i, _names in enumerate(["senin", "selasa", "rabu", "kamis", "jumat|jum'at|jum’at", "sabtu", "hari minggu"]):
    _WEEKDAYS.update(dict.fromkeys(_names.split("|"), _i))
_RELATIVE.update(_phrase_table({
    -1: "kemarin|sehari sebelumnya", 0: "hari ini", 1: "besok|keesokan harinya", -2: "kemarin lusa", 2: "lusa",
    -7: "pekan lalu|minggu lalu", 7: "pekan depan|minggu depan", -30: "bulan lalu", 30: "bulan depan",
    -365: "tahun lalu", 365: "tahun depan",
}))
_QUANTIFIERS.update(_phrase_table({
    0: "tak seorang pun|tidak seorang pun|tak satu pun|tidak satu pun", 1: "segelintir|sedikit sekali",
    2: "beberapa|sejumlah|sebagian", 3: "banyak|berbagai", 4: "sebagian besar|kebanyakan|mayoritas",
    5: "hampir semua|hampir seluruh|hampir semuanya", 6: "semua|seluruh|semuanya|segenap",
}))
_MAGNITUDES.update(_phrase_table({
    10.0: "puluhan", 100.0: "ratusan", 1e3: "ribuan", 1e4: "puluhan ribu", 1e5: "ratusan ribu", 1e6: "jutaan",
    1e9: "miliaran",
}))
_WORD_NUMBERS["id"] = _number_words({
    2: "dua", 3: "tiga", 4: "empat", 5: "lima", 6: "enam", 7: "tujuh", 8: "delapan", 9: "sembilan",
    10: "sepuluh puluh", 11: "sebelas", 100: "seratus ratus", 1000: "seribu ribu", 1e6: "sejuta juta",
    1e9: "miliar",
})

# Turkish. As Kazakh and Uzbek do, Turkish writes case and possessive endings onto a word ("milyona", "yılında"),
# and onto digits and names after an apostrophe ("135'ten", "1 Ekim'de", "%14'lük"): the stems go into the
# Turkic tables. The percent sign and "yüzde" come before the number ("%40", "yüzde 40": `_number`). `extract`
# reads the dotted capital "İ" as "I", so that lower case keeps every offset ("İ".lower() is two characters).
_TURKIC_STEMS["tr"] = set()
_TURKIC_ENDING["tr"] = re.compile(
    # apostrophe, -lık/-lik (of: "14'lük", "dolarlık"), plural, possessive, case, the adjectival -ki, copula
    r"['’]?(?:l[ıiuü]k|l[ıiuü]ğ)?(?:l[ae]r)?(?:s?[ıiuü]|[ıiuü]n)?"
    r"(?:n?[ıiuü]n|[yn]?[ae]|[yn]?[ıiuü]|n?[dt][ae](?:ki|n)?|y?l[ae]|ki|c[ae])?(?:y?d[ıiuü]|d[ıiuü]r)?"
)
_turkic("tr", _SCALES, {"bin": 1e3, "milyon": 1e6, "milyar": 1e9, "trilyon": 1e12, "mn": 1e6, "mlr": 1e9,
                        "mlyr": 1e9})
_turkic("tr", _CURRENCY_WORDS, {"dolar": "USD", "abd doları": "USD", "avro": "EUR", "euro": "EUR",
                                "sterlin": "GBP", "ingiliz sterlini": "GBP", "lira": "TRY", "türk lirası": "TRY",
                                "tl": "TRY", "grivna": "UAH", "hrivna": "UAH", "ruble": "RUB", "yuan": "CNY",
                                "yen": "JPY"})
_PREFIX_CURRENCY["₺"] = "TRY"
# the ISO codes the tables above give ("PLN"): a unit of a figure, never a name (the entity detector asks)
CURRENCY_CODES = frozenset(c for v in (*_CURRENCY_WORDS.values(), *_PREFIX_CURRENCY.values()) for c in v.split("/"))
# "20 yaşında": aged 20, as "20 years old"; "saat" is an hour after a number ("3 saat") and o'clock before one
_turkic("tr", _TIME_UNITS, _by_value({
    "second": "saniye", "minute": "dakika", "hour": "saat", "day": "gün", "week": "hafta", "month": "ay",
    "year": "yıl sene yaş",
}))
_TR_MONTHS = "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık"
_turkic("tr", _MONTHS, {n: i for i, n in enumerate(_TR_MONTHS.split(), start=1)})
# "ocak" is also a hearth, "aralık" a gap, "ekim" a sowing, "Kasım" and "Nisan" are names: a month needs a day,
# a year, "ayı" (the month of) or the apostrophe a proper noun's ending takes ("Ekim'de", in October)
_MONTH_NEEDS_DAY["tr"] = (frozenset(_TR_MONTHS.split()), re.compile(r"['’]|\s*ay[ıi](?:n|nda|ndan|na|nın)?(?!\w)"))
# "Pazar" is also a market and "Cuma" the Friday prayer: a weekday is capitalised or followed by "günü" (`extract`)
_turkic("tr", _WEEKDAYS, {n: i for i, n in enumerate(_split("pazartesi salı çarşamba perşembe cuma cumartesi pazar"))})
_RELATIVE.update(_phrase_table({
    -1: "dün|bir gün önce|önceki gün", 0: "bugün", 1: "yarın|ertesi gün|bir gün sonra", -2: "evvelsi gün",
    -7: "geçen hafta|geçtiğimiz hafta", 7: "gelecek hafta|önümüzdeki hafta|haftaya",
    -30: "geçen ay|geçtiğimiz ay", 30: "gelecek ay|önümüzdeki ay",
    -365: "geçen yıl|geçen sene|geçtiğimiz yıl|geçen yılki|geçen seneki|geçtiğimiz yılki|bir yıl önce",
    365: "gelecek yıl|gelecek sene|önümüzdeki yıl|seneye",
}))
# "tüm" and "bütün" are "all" before a plural only ("tüm dünya" is the whole world: `_quantifier`)
_turkic("tr", _QUANTIFIERS, _phrase_table({
    0: "hiç kimse|hiçbir|hiçbiri|hiç biri", 1: "çok az|pek az|az sayıda|yalnızca birkaç|sadece birkaç",
    2: "birkaç|bazı|bazıları|kimi|bir kısmı|bir bölümü",
    3: "birçok|pek çok|çok sayıda|sayısız|birçoğu",
    4: "çoğu|çoğunluğu|çoğunluk|büyük kısmı|büyük bölümü|büyük çoğunluğu|ezici çoğunluğu",
    5: "neredeyse tüm|neredeyse bütün|neredeyse tümü|neredeyse hepsi|neredeyse tamamı|hemen hemen tüm|"
       "hemen hemen hepsi|hemen hemen tümü|hemen hemen bütün|hemen hemen tamamı",
    6: "tüm|bütün|tümü|hepsi|tamamı",
}))
_TR_VAST = ("büyük çoğunluğu", "ezici çoğunluğu", "büyük çoğunluk", "ezici çoğunluk")
_QUANTIFIERS.update(dict.fromkeys(_TR_VAST, _QUANTIFIERS["vast majority"]))
VAST_MAJORITY = VAST_MAJORITY | set(_TR_VAST)
_TR_PER_HOUR = re.compile(r"saatte\s+(?:[^\W\d_]+\s+){0,2}$", re.IGNORECASE)
_TR_PERCENT_BEFORE = re.compile(r"(?:%\s?|(?<![^\W\d_])yüzde\s+)$", re.IGNORECASE)
_TR_PLURAL_ONLY = frozenset({"tüm", "bütün", "neredeyse tüm", "neredeyse bütün", "hemen hemen tüm",
                             "hemen hemen bütün"})
_turkic("tr", _MAGNITUDES, _phrase_table({
    10.0: "onlarca", 100.0: "yüzlerce", 1e3: "binlerce", 1e4: "on binlerce", 1e5: "yüz binlerce",
    1e6: "milyonlarca", 1e9: "milyarlarca",
}))
# "bir" (one) is left out, as the other languages' "one" is; "on" (ten) is read only before a Turkish word
# (`_word_number`: "Newport on the Levee"); the possessive forms count a group ("altısı", six of them)
_WORD_NUMBERS["tr"] = _number_words({
    2: "iki ikisi", 3: "üç üçü", 4: "dört dördü", 5: "beş beşi", 6: "altı altısı", 7: "yedi yedisi",
    8: "sekiz sekizi", 9: "dokuz dokuzu", 10: "on", 20: "yirmi yirmisi", 30: "otuz otuzu", 40: "kırk kırkı",
    50: "elli ellisi", 60: "altmış altmışı", 70: "yetmiş yetmişi", 80: "seksen sekseni", 90: "doksan doksanı",
    100: "yüz", 1000: "bin", 1e6: "milyon", 1e9: "milyar",
})

# inflected scale words (Russian, Polish, Czech cases): "миллионами", "тысячам", "milionach"
_SCALE_STEM = re.compile(r"[\s\u00a0]+(тысяч\w*|миллиард\w*|миллион\w*|тисяч\w*|мільярд\w*|мільйон\w*|tysi[ąę]\w*"
                         r"|milion\w*|miliard\w*|tisíc\w*)",
                         re.IGNORECASE)
_STANDALONE_SCALE = {"millier", "bin", "тысяча", "тысячу", "тысячи", "тисяча", "тисячу", "тисячі",
                     "mil", "cien", "ciento", "cent", "mille", "cento",
                     "hundert", "tausend", "сто", "sto", "stu", *_ar("ألف مئة مائة").split()}
_VI_NAM_YEAR_PREV = {"trong", "mỗi", "của", "vào", "từ", "đến", "cả", "hằng", "hàng", "thứ"}
_VI_NAM_FOLLOWERS = {
    "người", "ngày", "tháng", "năm", "lần", "triệu", "tỷ", "tỉ", "nghìn", "ngàn", "trăm", "mươi", "giờ",
    "phút", "tuần", "chiếc", "con", "cái", "quốc", "nước", "thành", "bài", "học", "vụ", "ca", "điểm",
    "tuổi", "km", "mét", "phần", "đội", "trận", "bàn", "mùa", "thế", "tỉnh",
}

_CJK_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
               "八": 8, "九": 9}
_CJK_UNITS = {"十": 10, "百": 100, "千": 1000}
_CJK_BIG = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}
# a Chinese numeral is a figure only before a measure word or a unit: "一些", "统一", "一直" are not
_CJK_COUNTERS = set(
    "个個名位人次年月日天号號岁歲件条條家只项項种種架辆輛座所场場轮輪届屆倍分秒周週期章节节例把本部台张張颗顆枚头頭匹户戶组組队隊国國省市县縣票股元美块塊度公米里吨噸克万亿億回页頁层層"
)


# --------------------------------------------------------------------------------------------
# Tokenisation

_TOKEN = re.compile(
    r"(?P<num>\d+(?:[.,]\d+)*)"
    r"|(?P<sym>US\$|R\$|[%$€£¥₫₹₽₴₺])"
    r"|(?P<cjk>[零〇一二两兩三四五六七八九十百千万萬亿億]+)"
    r"|(?P<word>(?:[^\W\d_\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|[\u0900-\u0963\u0970-\u097f])+"
    r"(?:[.'’][^\W\d_\u3040-\u30ff\u3400-\u9fff]+)*\.?)"
    r"|(?P<han>[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff])"
    r"|(?P<other>[^\s])"
)


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: str
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()


_TIME = re.compile(
    r"(?<![\d.,:])(?:"
    r"(?P<h>\d{1,2}):(?P<m>\d{2})(?::\d{2})?(?:\s*(?P<ampm>[ap]\.?m\.?))?(?![\d])"
    r"|(?P<h2>\d{1,2})(?:[.:](?P<m2>\d{2}))?\s*(?:Uhr|h(?=\W|\d|$))(?:\s*(?P<m4x>\d{2}))?"
    r"|(?P<h3>\d{1,2})\s*(?:[时時]|[点點](?=\s*\d|\s*半|钟|鐘|左右))\s*(?:(?P<m3>\d{1,2})\s*分|(?P<half>半))?"
    r"|(?:(?<=早上|上午|下午|晚上|凌晨|中午|今晚|昨晚|明晚|傍晚)|(?<=早上 |上午 |下午 |晚上 |凌晨 |中午 ))"
    r"(?P<h5>\d{1,2})\s*[点點]"
    r"|(?:(?<=pukul )|(?<=saat ))(?P<h6>\d{1,2})[.:](?P<m6>\d{2})(?![\d])"  # Indonesian "pukul 13.00", Turkish "saat"
    r"|(?P<h4>\d{1,2})(?:[.:](?P<m4>\d{2}))?\s*(?:(?P<ampm4>[ap])(?:\.m\.?|m\b)|o'clock)"
    r"|(?:(?<=早上|上午|下午|晚上|凌晨|中午)|(?<=早上 |上午 |下午 |晚上 |凌晨 |中午 ))"
    r"(?P<h8>[一二两三四五六七八九十]{1,3})\s*[点點](?:\s*(?P<m8>[一二三四五六七八九十]{1,3})\s*分|(?P<half8>半))?"
    r"|(?P<h7>[01]\d|2[0-4])(?P<m7>[0-5]\d)(?=\s*(?:GMT|UTC)\b)"  # "1200 GMT", news-agency style
    r")",
    re.IGNORECASE,
)
# hours said with the word for hour, which alone is a duration ("2 giờ", "2 часа", "14 heures"): a clock
# time only with a part of the day after it or "at" before it ("7.55 giờ sáng", "в 2 часа дня", "a las
# dos de la tarde", "à 14 heures"); the part of the day says a.m. or p.m.
_HOUR_WORDS = {w: i for i, w in enumerate(_split("una dos tres cuatro cinco seis siete ocho nueve diez once doce"), 1)}
_HOUR_PHRASE = re.compile(
    r"(?<![\d.,])(?:"
    r"(?P<vh>\d{1,2})(?:[.:h](?P<vm>\d{2}))?\s*giờ(?:\s*(?P<vm2>\d{1,2})\s*phút)?"
    r"(?:\s*(?P<vpart>sáng|trưa|chiều|tối|đêm))?"
    r"|(?P<vh3>\d{1,2})[.:h](?P<vm3>\d{2})\s*(?P<vpart3>sáng|trưa|chiều|tối|đêm)"
    r"|(?P<rh>\d{1,2})(?:[.:](?P<rm>\d{2}))?\s*час(?:а|ов)?\s*(?P<rpart>утра|дня|вечера|ночи)"
    r"|(?<![^\W\d_])(?:a\s+)?las?\s+(?P<eh>\d{1,2}|" + "|".join(_HOUR_WORDS) + r")"
    r"(?:[.:](?P<em2>\d{2})|\s+y\s+(?P<em>media|cuarto))?"
    r"\s+(?:de\s+la\s+(?P<epart>mañana|tarde|noche)|horas)"
    r"|(?<![^\W\d_])(?:à|vers)\s+(?P<fh>\d{1,2})\s*heures?(?:\s*(?P<fm>\d{2}))?"
    r")(?![^\W\d_])",
    re.IGNORECASE,
)
_PM_PARTS = frozenset({"chiều", "tối", "дня", "вечера", "tarde", "noche"})
_ZH_EVENING = ("下午", "晚上", "今晚", "昨晚", "明晚", "傍晚")  # before an hour: p.m.
# a weekday's abbreviation only in brackets after a date ("the 28th (Tue)"): alone "Mon", "Sat" are too ambiguous
_DAY_IN_BRACKETS = re.compile(r"(?<=\()(?P<day>Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?(?=\))")
_DAY_ABBREVIATIONS = {a: i for i, names in enumerate(["Mon", "Tue Tues", "Wed", "Thu Thur Thurs", "Fri", "Sat", "Sun"])
                      for a in names.split()}
# the two hours that have names: "midnight" for 0時 / 24时, "noon" for 12:00 (read as words)
_NAMED_TIMES = re.compile(
    r"(?<![^\W\d_])(?:(?P<midnight>midnight|mitternacht|minuit|medianoche|mezzanotte|půlnoci?|полночь|полночи|午夜)"
    r"|(?P<noon>noon|midday|mediodía|mezzogiorno|poledne|полдень|полудня|正午))(?![^\W\d_])",
    re.IGNORECASE,
)


# measurement units -> (dimension, factor to the SI unit); temperatures are converted in `relate`
_UNITS: dict[str, tuple[str, float]] = {}
for _dim, _fac, _words in [
    ("length", 1609.344, "miles mile mi dặm英里 миль мили милю meilen meile milles mille millas milla miglia mil"),
    ("length", 1000.0, "km kilometers kilometres kilometer kilometre kilometern kilomètres kilomètre kilómetros "
                       "kilómetro chilometri chilometro километров километра километр км 公里 千米 キロ kilometrów"),
    ("length", 1.0, "m meters metres meter metre metern mètres mètre metros metro metri metrów метров метра метр "
                    "米 mét メートル"),
    ("length", 0.3048, "feet foot ft fuß pieds pies piedi футов фута 英尺 feet"),
    ("length", 0.9144, "yards yard yds yd ярдов ярда yardas iarde 码"),
    ("length", 1609.344, "मील"),
    ("length", 1000.0, "किलोमीटर"),
    ("length", 1.0, "मीटर"),
    ("length", 0.0254, "inches inch in. zoll pouces pulgadas pollici дюймов 英寸"),
    ("length", 0.01, "cm centimeters centimetres zentimeter zentimetern centimètres centímetros centimetri "
                     "сантиметров см 厘米 センチ xentimét"),
    ("speed", 0.44704, "mph"),
    ("speed", 1 / 3.6, "kph km/h kmh km/giờ км/ч 公里/小时"),
    ("mass", 1000.0, "tonnes tons tonnen tonnes toneladas tonnellate тонн тонны 吨 tấn"),
    ("mass", 1.0, "kg kilograms kilogrammes kilogramm kilo kilos kilogramos chilogrammi кг килограмм килограммов "
                  "килограммовое килограммовый килограммовая "
                  "公斤 千克"),
    ("mass", 0.45359, "lbs lb pound"),  # "a 650 pound pig"; "pounds" stays money (British news)
    ("temp", 1.0, "degrees degree grad degrés degré grados gradi градусов градуса 度 độ ºc °c ºf °f"),
]:
    for _w in _words.split():
        _UNITS[_w.replace("\u82f1", "英")] = (_dim, _fac)
for _w in ("miles per hour", "miles an hour", "kilometers per hour", "kilometres per hour", "meilen pro stunde",
           "kilometern pro stunde", "kilómetros por hora", "kilomètres par heure", "chilometri orari"):
    _UNITS[_w] = _UNITS.get(_w, ("speed", 0.44704 if "mil" in _w and "kil" not in _w else 1 / 3.6))
# Kazakh and Uzbek names of units, as the unit they spell
for _w, _same in {"тонна": "tonnes", "километр": "km", "метр": "m", "градус": "degrees", "tonna": "tonnes",
                  "kilometr": "km", "metr": "m", "gradus": "degrees"}.items():
    _UNITS[_w] = _UNITS[_same]
# Ukrainian names of units, as the unit they spell
for _w, _same in {"кілометрів": "km", "кілометра": "km", "кілометр": "km", "кілометри": "km", "метрів": "m",
                  "метра": "m", "метри": "m", "футів": "feet", "миль": "miles", "милі": "miles", "тонна": "tonnes",
                  "тонни": "tonnes",
                  "кілограмів": "kg", "кілограм": "kg", "градусів": "degrees", "градуси": "degrees",
                  "сантиметрів": "cm", "дюймів": "inches"}.items():
    _UNITS[_w] = _UNITS[_same]
# Turkish names of units ("mil" is a mile there, not the Spanish thousand: `_number`)
for _w, _same in {"kilometre": "km", "metre": "m", "santimetre": "cm", "inç": "inches", "fit": "feet",
                  "ton": "tonnes", "kilogram": "kg", "derece": "degrees", "km/sa": "kph"}.items():
    _UNITS[_w] = _UNITS[_same]
_UNIT_WORDS = {w: w for w in _UNITS}
_UNIT_NAMES = r"[\s\u00a0-]*(" + "|".join(sorted((re.escape(w) for w in _UNITS), key=len, reverse=True)) + ")"
_UNIT_RE = re.compile(_UNIT_NAMES + r"(?![^\W\d_])", re.IGNORECASE)
# Kazakh and Uzbek write the case ending onto the unit: "120 километрге", "15 000 tonnaga"
_UNIT_STEM_RE = re.compile(_UNIT_NAMES + r"(?P<rest>[^\W\d_]*)", re.IGNORECASE)


# a multiple said in one word ("twice as many", "das Zweifache", "le double", "вдвое", "gấp đôi", "翻一番");
# not "double" as a noun's kind ("a double room", "doppelte Staatsbürgerschaft") nor "twice" as how often
_MULTIPLE = re.compile(
    r"(?P<two>\btwice(?=\s+(?:as|that|the|its|their|his|her|what|more|higher|larger|bigger|faster)\b)"
    r"|\b(?:doubled|doubling)\b|\bdouble(?=\s+(?:that|the|its|their|his|her|what)\b)"
    r"|\bdoppelt(?=\s+so\b)|\b(?:das|um\s+das)\s+(?:zweifache|doppelte)\b|\bverdoppel\w*|\bverdoppelt\b"
    r"|\ble\s+double\b|\bdoubl(?:é|ée|és|ées|er|ent|ait)\b|\bel\s+doble\b|\bduplic(?:ó|aron|ado|ada|ar)\b"
    r"|\bil\s+doppio\b|\braddoppi\w+|\bвдвое\b|\bудвои\w*|\b[ву]двічі\b|\bподвої\w*|\bdwukrotnie\b|\bpodwoi\w*"
    r"|\bdvojnásob\w*|\bzdvojnásob\w*|\bgấp\s+đôi\b|翻一番|翻了一番|翻番|倍増)"
    r"|(?P<three>\bthrice\b|\b(?:tripled|tripling)\b|\btriple(?=\s+(?:that|the|its|their|his|her|what)\b)"
    r"|\b(?:das|um\s+das)\s+(?:dreifache)\b|\bverdreifach\w*|\ble\s+triple\b|\btripl(?:é|ée|és|ées|er)\b"
    r"|\bel\s+triple\b|\btriplic(?:ó|aron|ado|ada|ar)\b|\bil\s+triplo\b|\btriplica\w*|\bвтрое\b|\bутрои\w*"
    r"|\b[ву]тричі\b|\bпотрої\w*"
    r"|\btrzykrotnie\b|\bpotroi\w*|\btrojnásob\w*|\bgấp\s+ba\b)"
    r"|(?P<four>翻两番|翻了两番)",
    re.IGNORECASE,
)

# a score or a ratio: 3-1, 3:1, 2:0-Endstand, 3: 2 (a time, 15:50, is read before)
_SCORE = re.compile(
    r"(?<![\d:/.,\-–])(?:\d{1,2}\s?[:\-–]\s?\d{1,2}|24/7)(?![\d:/%]|[.,]\d|\s*(?:%|percent|per cent|years?))"
)
_FRACTION = re.compile(
    r"百分之(?P<pnum>[零〇一二两三四五六七八九十百\d.]+)"
    r"|(?P<den>[一二三四五六七八九十\d]{1,3})分之(?P<num>[一二三四五六七八九十\d]{1,3})"
    r"|\b(?P<enum>one|a|two|three)(?:-|\s(?=\w+\s+of\b))(?P<eden>thirds?|quarters?|fifths?)\b"
    r"|\b(?:one|1) in (?P<inden>two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b"
    r"|(?<![\d.,/])(?P<mixi>\d{1,3}) (?P<mixn>\d)/(?P<mixd>\d{1,2})(?![\d/])"
    r"(?:\s+(?P<mixscale>million|billion|trillion)\b)?"
    # half a share: "half of", "die Hälfte", "la moitié", "половина", "一半"; not a period ("the first half
    # of the year", "die zweite Hälfte", "в первой половине дня") nor "midway" ("à moitié", "a metà marzo")
    r"|\bhalf\s+a\s+(?P<halfscale>million|billion|trillion)\b"
    r"|(?<!first )(?<!second )(?<!other )(?<!latter )(?<!former )(?<!back )(?<!top )(?<!bottom )"
    r"\b(?P<half>half)(?=\s+(?:of|the|its|their|his|her|our|your|all|them|those|these)\b)"
    r"|(?<!erste )(?<!ersten )(?<!zweite )(?<!zweiten )(?<!première )(?<!seconde )(?<!deuxième )(?<!à )"
    r"(?<!primera )(?<!segunda )(?<!prima )(?<!seconda )(?<!\ba )(?<!\ben )(?<!первой )(?<!второй )"
    r"(?<!pierwszej )(?<!drugiej )(?<!první )(?<!druhé )"
    r"\b(?P<halfword>hälfte|moitié|mitad|metà|половин[аеуы]|połow[aęy]|polovin[auy]|phân nửa)\b"
    r"|(?P<cjkhalf>一半|半数|半分)"
    r"|(?P<phrase>\b(?:" + "|".join(sorted(_FRACTION_WORDS := {
        "hai phần ba": 2 / 3, "một phần ba": 1 / 3, "một phần tư": 1 / 4, "ba phần tư": 3 / 4, "một nửa": 1 / 2,
        "две трети": 2 / 3, "треть": 1 / 3, "четверть": 1 / 4, "три четверти": 3 / 4,
        "zwei drittel": 2 / 3, "ein drittel": 1 / 3, "ein viertel": 1 / 4, "drei viertel": 3 / 4,
        "deux tiers": 2 / 3, "un tiers": 1 / 3, "un quart": 1 / 4, "trois quarts": 3 / 4,
        "dos tercios": 2 / 3, "un tercio": 1 / 3, "tres cuartos": 3 / 4, "due terzi": 2 / 3, "un terzo": 1 / 3,
        "dwie trzecie": 2 / 3, "dvě třetiny": 2 / 3,
    }, key=len, reverse=True)) + r")\b)",
    re.IGNORECASE,
)


def _small(s: str) -> float | None:
    return float(s) if s.isdigit() else _cjk_value(s)


def _tokens(text: str, lang: str) -> list[_Tok]:
    toks = [_Tok(m.lastgroup or "other", m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    # "1 234 567" in the locales that group digits with (non-breaking) spaces
    if lang in _SPACE_GROUPS:
        merged: list[_Tok] = []
        for t in toks:
            prev = merged[-1] if merged else None
            if (
                prev is not None
                and prev.kind == "num"
                and t.kind == "num"
                and text[prev.end : t.start] in (" ", "\u00a0", "\u202f", "\u2009")
                and re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})*", prev.text.replace(",", "X"))
                and re.fullmatch(r"\d{3}(?:,\d+)?", t.text)
                and not (len(prev.text) == 4 and 1000 <= int(prev.text[:4]) <= 2100)
            ):
                merged[-1] = _Tok("num", text[prev.start : t.end], prev.start, t.end)
                continue
            merged.append(t)
        toks = merged
    if lang in _TURKIC_STEMS:
        toks = [piece for t in toks for piece in _cut_ending(t, lang)]
    if lang == "zh":
        # 周五一名男子: the day's numeral runs into the next number; 周 / 星期 take one numeral
        split: list[_Tok] = []
        for t in toks:
            if t.kind == "cjk" and len(t.text) > 1 and text[max(0, t.start - 1) : t.start] in ("周", "期"):
                split += [_Tok("cjk", t.text[0], t.start, t.start + 1), _Tok("cjk", t.text[1:], t.start + 1, t.end)]
            else:
                split.append(t)
        toks = split
    return toks


def _stem_length(low: str, lang: str) -> int:
    """The length of the longest listed Kazakh or Uzbek stem that `low` writes with a case or possessive
    ending ("мыңнан" -> 3); 0 when it is no such word (a bare stem included)."""
    stems, ending = _TURKIC_STEMS[lang], _TURKIC_ENDING[lang]
    return next((cut for cut in range(len(low) - 1, 1, -1) if low[:cut] in stems and ending.fullmatch(low[cut:])), 0)


def _cut_ending(t: _Tok, lang: str) -> list[_Tok]:
    """A listed stem with a case or possessive ending -> the stem and the ending as two tokens ("мыңнан")."""
    cut = _stem_length(t.low, lang) if t.kind == "word" and t.low not in _TURKIC_STEMS[lang] else 0
    if not cut:
        return [t]
    cut_at = t.start + cut
    return [_Tok("word", t.text[:cut], t.start, cut_at), _Tok("ending", t.text[cut:], cut_at, t.end)]


def parse_number(s: str, lang: str) -> tuple[float, float, float | None] | None:
    """A written number in the conventions of `lang` -> (value, step, other reading). None if not one.

    The shape decides where it can ("1.234,5" and "1,234.5" have one reading each); a single separator
    followed by exactly three digits is read in the language's own convention, and the other reading
    is kept as `alt` (translations often keep the source's "272.000" in English).
    """
    alt: float | None = None
    s = re.sub(r"[ \u00a0\u202f\u2009']", "", s)
    if not s or not s[0].isdigit():
        return None
    comma_dec = lang.split("-")[0] in _COMMA_DECIMAL
    has_dot, has_comma = "." in s, "," in s
    if has_dot and has_comma:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        grp = "." if dec == "," else ","
        s2 = s.replace(grp, "").replace(dec, ".")
    elif has_dot or has_comma:
        sep = "." if has_dot else ","
        parts = s.split(sep)
        if len(parts) > 2:
            if not all(len(p) == 3 for p in parts[1:]):
                return None  # 1.2.3: a version or a date, not a number
            s2 = "".join(parts)
        elif len(parts[1]) == 3 and parts[0] != "0":
            own_decimal = (sep == ",") == comma_dec
            s2 = s.replace(sep, "." if own_decimal else "")
            alt = float(s.replace(sep, "" if own_decimal else "."))
        else:
            s2 = s.replace(sep, ".")
    else:
        s2 = s
    try:
        value = float(s2)
    except ValueError:
        return None
    step = 10.0 ** -(len(s2.split(".")[1])) if "." in s2 else 1.0
    if "." not in s2:  # trailing zeros of an integer: 3,100,000 is as precise as it says
        step = 1.0
    return value, step, alt


def _cjk_value(s: str) -> float | None:
    total, section, current = 0.0, 0.0, 0.0
    seen = False
    for ch in s:
        if ch in _CJK_DIGITS:
            current = _CJK_DIGITS[ch]
            seen = True
        elif ch in _CJK_UNITS:
            section += (current or 1) * _CJK_UNITS[ch]
            current = 0
            seen = True
        elif ch in _CJK_BIG:
            total += (section + current or 1) * _CJK_BIG[ch]
            section = current = 0
            seen = True
    if not seen:
        return None
    # a run of plain digits like 二〇二四 is a digit string (a year)
    if all(ch in _CJK_DIGITS for ch in s) and len(s) > 1:
        return float("".join(str(_CJK_DIGITS[ch]) for ch in s))
    return total + section + current


def _roman(s: str) -> int | None:
    if not re.fullmatch(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})", s) or not s:
        return None
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " ", strict=True):
        v = vals[a]
        total += -v if b != " " and vals.get(b, 0) > v else v
    return total


_DECADE_NAMES = {w: 10.0 * (k + 2) for names in (
    "twenties thirties forties fifties sixties seventies eighties nineties",
    "zwanzigern dreißigern vierzigern fünfzigern sechzigern siebzigern achtzigern neunzigern",
    "vingtaine trentaine quarantaine cinquantaine soixantaine",  # "une quarantaine d'années": in the 40s
) for k, w in enumerate(names.split())}
_CENTURY_WORDS = {"century", "centuries", "thế", "век", "века", "веке", "століття", "сторіччя",
                  "siècle", "siècles", "siglo", "siglos",
                  "secolo", "secoli", "jahrhundert", "jahrhunderts", "wiek", "wieku", "wieków", "století",
                  "世纪", "世紀", "सदी", "शताब्दी"}


def _phrase_heads(*tables: Iterable[str]) -> frozenset[str]:
    heads = set()
    for table in tables:
        for key in table:
            m = _TOKEN.match(key)
            if m:
                heads.add(m.group().lower().rstrip("."))
    return frozenset(heads)


_PCT_OR_POINTS = frozenset({*_PERCENT_WORDS, *_POINTS_WORDS})
# the first token of every phrase of every table: most tokens start none, and are rejected at once
_HEADS = _phrase_heads(_RELATIVE, _WEEKDAYS, _QUANTIFIERS, _SCALES, _PCT_OR_POINTS, _CURRENCY_WORDS, _MAGNITUDES)


def _phrase_at(toks: Sequence[_Tok], i: int, table: dict[str, object] | set[str] | frozenset[str], text: str,
               max_words: int = 4) -> tuple[str, int] | None:
    """The longest phrase of `table` starting at token i -> (key, index after it)."""
    if i >= len(toks) or toks[i].low.rstrip(".") not in _HEADS:
        return None
    best: tuple[str, int] | None = None
    for n in range(1, max_words + 1):
        if i + n > len(toks):
            break
        phrase = text[toks[i].start : toks[i + n - 1].end].lower()
        if n > 1:
            phrase = " ".join(phrase.split()).rstrip(".")
        elif len(phrase) > 2:
            phrase = phrase.rstrip(".")
        if phrase in table:
            best = (phrase, i + n)
    return best


def extract(text: str, lang: str) -> list[Quantity]:
    """Every figure of one sentence (or a joined bead), left to right."""
    lang = (lang or "en").split("-")[0].lower()
    norm = text.translate(_DIGIT_MAP)  # same length: offsets stay valid
    if lang in _APOSTROPHE_LANGS:
        norm = norm.translate(_APOSTROPHES)
    if lang == "tr":
        norm = norm.replace("İ", "I")
    toks = _tokens(norm, lang)
    out: list[Quantity] = []
    used = [False] * len(toks)
    low_text = norm.lower()

    def span(i: int, j: int) -> tuple[str, int, int]:
        return text[toks[i].start : toks[j - 1].end], toks[i].start, toks[j - 1].end

    def hedged(i: int) -> bool:
        before = low_text[max(0, toks[i].start - 30) : toks[i].start]
        return bool(_HEDGES.search(before))

    def hedged_after(j: int) -> bool:
        if lang in _TURKIC_STEMS and _TURKIC_HEDGE_AFTER.match(norm[toks[j - 1].end : toks[j - 1].end + 24]):
            return True
        return j < len(toks) and bool(_HEDGE_AFTER.match(norm[toks[j - 1].end : toks[j - 1].end + 8]))

    def claim(lo: int, hi: int) -> bool:
        """Mark the tokens inside text[lo:hi] as read, unless a figure read before holds one of them."""
        inside = _inside(toks, lo, hi)
        if any(used[k] for k in inside):
            return False
        for k in inside:
            used[k] = True
        return True

    # ---- clock times: 15:50, 9:30 a.m., 15时50分, 9点半, 3.40 Uhr, 15h30
    for m in _TIME.finditer(norm):
        hour = next(m.group(g) for g in ("h", "h2", "h3", "h4", "h5", "h6", "h7", "h8") if m.group(g))
        mi = next((m.group(g) for g in ("m", "m2", "m3", "m4", "m4x", "m6", "m7", "m8") if m.group(g)), None)
        h_value = float(hour) if hour.isdigit() else _cjk_value(hour)
        mi_value = 0.0 if not mi else float(mi) if mi.isdigit() else _cjk_value(mi)
        if h_value is None or mi_value is None:
            continue
        h = int(h_value)
        minutes = 30 if m.group("half") or m.group("half8") else int(mi_value)
        ampm = (m.group("ampm") or m.group("ampm4") or "").lower()
        if (m.group("h3") or m.group("h5") or m.group("h8")) and h < 12 and \
                norm[max(0, m.start() - 3) : m.start()].strip()[-2:] in _ZH_EVENING:
            h += 12  # 下午三点: 3 p.m.
        if ampm.startswith("p") and h < 12:
            h += 12
        if h > 24 or minutes > 59 or not claim(m.start(), m.end()):
            continue
        out.append(Quantity("time", text[m.start() : m.end()], m.start(), m.end(), value=float(h * 60 + minutes)))
    for m in _HOUR_PHRASE.finditer(norm):
        if m.group("vh") and not (m.group("vpart") or re.search(r"(?:lúc|vào)\s+$", low_text[: m.start()])):
            continue  # "kéo dài 2 giờ": two hours
        hour = m.group("vh") or m.group("vh3") or m.group("rh") or m.group("eh") or m.group("fh")
        h = int(hour) if hour.isdigit() else _HOUR_WORDS[hour.lower()]
        em = (m.group("em") or "").lower()
        mi = next((m.group(g) for g in ("vm", "vm2", "vm3", "rm", "em2", "fm") if m.group(g)), "0")
        minutes = 30 if em == "media" else 15 if em == "cuarto" else int(mi)
        part = (m.group("vpart") or m.group("vpart3") or m.group("rpart") or m.group("epart") or "").lower()
        if part in _PM_PARTS and h < 12:
            h += 12
        if h > 24 or minutes > 59 or not claim(m.start(), m.end()):
            continue
        out.append(Quantity("time", text[m.start() : m.end()], m.start(), m.end(), value=float(h * 60 + minutes)))
    for m in _DAY_IN_BRACKETS.finditer(norm):
        if claim(m.start(), m.end()):
            value = float(_DAY_ABBREVIATIONS[m.group("day")])
            out.append(Quantity("weekday", text[m.start() : m.end()], m.start(), m.end(), value=value))
    for m in _NAMED_TIMES.finditer(norm):
        if claim(m.start(), m.end()):
            value = 0.0 if m.group("midnight") else 720.0
            out.append(Quantity("time", text[m.start() : m.end()], m.start(), m.end(), value=value, words=True))
    # ---- fractions: two-thirds, a quarter, 三分之二, 五分之一
    for m in _FRACTION.finditer(norm):
        if any(used[k] for k in _inside(toks, m.start(), m.end())):
            continue
        lo, hi = m.span()
        q: Quantity | None = None
        if m.group("pnum"):
            pv = float(m.group("pnum")) if re.fullmatch(r"\d+(?:\.\d+)?", m.group("pnum")) else \
                _cjk_value(m.group("pnum"))
            if pv is None:
                continue
            q = Quantity("percent", text[lo:hi], lo, hi, value=pv, words=not m.group("pnum")[0].isdigit())
        elif m.group("den"):
            den, num = _small(m.group("den")), _small(m.group("num"))
            if not den or not num or den == 100:
                continue
            val = num / den
        elif m.group("inden"):
            d = m.group("inden").lower()
            val = 1 / (float(d) if d.isdigit() else _WORD_NUMBERS["en"][d] if d != "one" else 1.0)
        elif m.group("mixn"):
            val = int(m.group("mixn")) / int(m.group("mixd"))
            if not val:
                continue
            if m.group("mixscale"):
                # "2 1/2 million": one figure, as "two and a half million" is
                scale = _SCALES[m.group("mixscale").lower()]
                q = Quantity("number", text[lo:hi], lo, hi, value=(int(m.group("mixi")) + val) * scale,
                             step=scale / int(m.group("mixd")))
            else:
                # "220 2/3 innings": a fraction beside its whole number (translators write them apart), not a date
                lo, hi = m.start("mixn"), m.end("mixd")
        elif m.group("phrase"):
            val = _FRACTION_WORDS[m.group("phrase").lower()]
        elif m.group("halfscale"):
            scale = _SCALES[m.group("halfscale").lower()]
            q = Quantity("number", text[lo:hi], lo, hi, value=scale / 2, words=True, step=scale / 10)
        elif m.group("half") or m.group("halfword") or m.group("cjkhalf"):
            val = 0.5
        else:
            num = {"one": 1, "a": 1, "two": 2, "three": 3}[m.group("enum").lower()]
            val = num / {"third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5}[
                m.group("eden").lower()]
        if q is None:
            q = Quantity("number", text[lo:hi], lo, hi, value=val, unit="fraction", words=True, step=0.0)
        for k in _inside(toks, q.start, q.end):
            used[k] = True
        out.append(q)
    # ---- multiples said in one word: twice, das Zweifache, le double, вдвое, gấp đôi, 翻一番
    for m in _MULTIPLE.finditer(norm):
        if not claim(m.start(), m.end()):
            continue
        value = 2.0 if m.group("two") else 3.0 if m.group("three") else 4.0
        out.append(Quantity("number", text[m.start() : m.end()], m.start(), m.end(), value=value, unit="times",
                            words=True))
    # ---- Arabic duals: "يومين" is two days, "عامين" two years
    if lang == "ar":
        for m in _AR_DUAL.finditer(norm):
            if not claim(m.start(), m.end()):
                continue
            out.append(Quantity("duration", text[m.start() : m.end()], m.start(), m.end(), value=2.0,
                                unit=_AR_DUAL_UNITS[m.group("unit")], words=True))
    # ---- scores written with a colon (4:0, 2:1) and "24/7": compared as strings
    for m in _SCORE.finditer(norm):
        a_b = [int(x) for x in re.findall(r"\d+", m.group())]
        if re.search(r"[-–]", m.group()) and a_b[1] > a_b[0]:
            continue  # "25-30 years", "1-3": an ascending range, not a score (winner first: 4-0, 3-1)
        if not claim(m.start(), m.end()):
            continue
        out.append(Quantity("code", text[m.start() : m.end()], m.start(), m.end(), digits=re.sub(r"\D", "", m.group())))
    # ---- codes: phone numbers, IDs, version-like strings: compared as strings
    for m in re.finditer(
        r"(?<![\w.,])(?:\+\d[\d \-()]{6,}\d|\d{2,4}(?:[-/.]\d{2,4}){2,}|(?:0\d{2,4}|1\d{2})(?: \d{3,4}){1,3})"
        r"(?![\w])",
        norm,
    ):
        s = m.group()
        if re.fullmatch(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}", s):
            continue  # a numeric date: handled below
        if re.fullmatch(r"1\d{2}(?: \d{3,4})+", s) and re.search(r" 000\b", s):
            continue  # "150 000": thousands grouped with a space, not a phone number
        for k in _inside(toks, m.start(), m.end()):
            used[k] = True
        out.append(Quantity("code", text[m.start() : m.end()], m.start(), m.end(),
                            digits=re.sub(r"\D", "", s)))
    # digits+letters glued together: 247sports, 3D -> an identifier (units, scales and ordinals excepted)
    for m in re.finditer(r"(?<![\w.,])(\d+)([A-Za-z\u00c0-\u024f\u0400-\u04ff]{3,})\b", norm):
        suffix = m.group(2).lower()
        if suffix in _UNITS or suffix in _SCALES or suffix in _TIME_UNITS or suffix in _CURRENCY_WORDS \
                or re.fullmatch(r"(?:st|nd|rd|th|er|ern|ème|ers|s|ies|jährige\w*|tych|km\w*)", suffix):
            continue
        for k in _inside(toks, m.start(), m.end()):
            used[k] = True
        out.append(Quantity("code", text[m.start() : m.end()], m.start(), m.end(), value=float(m.group(1)),
                            digits=m.group(1)))
    # letters+digits glued together: A320, G7, COVID-19, Rossiya-1 -> the digits are an identifier
    for m in re.finditer(r"(?<![\w])([^\W\d_\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+[-‐]?)(\d+)(?![\d.,]\d)", norm):
        prefix = m.group(1).rstrip("-‐")
        if prefix.lower() in _SCALES or prefix.lower() in _PREFIX_CURRENCY or len(prefix) > 12:
            continue
        if lang == "id" and prefix.lower() == "ke":
            continue  # "ke-63": the 63rd (`_number`)
        if prefix.lower() in ("km", "m", "cm", "mm", "ft", "mi", "in") and m.group(2) in ("2", "3"):
            for k, t in enumerate(toks):
                if t.start >= m.start(2) and t.end <= m.end(2):
                    used[k] = True  # km2, m3: a unit, not a figure
            continue
        for k, t in enumerate(toks):
            if t.start >= m.start(2) and t.end <= m.end(2) and t.kind == "num":
                used[k] = True
                out.append(Quantity("code", text[m.start() : m.end()], m.start(), m.end(),
                                    value=float(m.group(2)), digits=m.group(2)))

    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if used[i]:
            i += 1
            continue
        q: Quantity | None = None
        j = i + 1

        if t.kind == "cjk" and lang in ("zh", "ja"):
            cm = re.match(r"([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})[日号號])?", norm[t.start :])
            mo = _cjk_value(cm.group(1)) if cm else None
            if cm and mo and 1 <= mo <= 12:
                dy = _cjk_value(cm.group(2)) if cm.group(2) else None
                e = t.start + cm.end()
                q = Quantity("date", text[t.start : e], t.start, e, month=int(mo), day=int(dy) if dy else None)
                j = i
                while j < len(toks) and toks[j].end <= e:
                    j += 1
        # ---------- numeric dates: 13/3, 13.03.2020, 2020-03-13, 3月13日
        if q is None and t.kind == "num" and re.fullmatch(r"\d{1,4}", t.text):
            q, j = _numeric_date(norm, text, toks, i, lang)
        # ---------- decades: 1990s, 1960-х, 1990er, những năm 1990, 1960 के दशक, 90年代
        if q is None and t.kind == "num" and re.fullmatch(r"\d{2,4}", t.text):
            q, j = _decade(norm, text, toks, i, lang)
        if q is None and t.kind == "word" and t.low.rstrip(".") in _DECADE_NAMES:
            q = Quantity("decade", t.text.rstrip("."), t.start, t.start + len(t.text.rstrip(".")),
                         value=_DECADE_NAMES[t.low.rstrip(".")], step=10.0, unit="short", words=True)
        # ---------- relative dates and weekdays and quantifiers (word phrases)
        if q is None and t.kind in ("word", "cjk", "han", "other"):
            hit = _phrase_at(toks, i, _RELATIVE, norm)
            if hit and hit[0] in _RELATIVE_LANG and lang not in _RELATIVE_LANG[hit[0]]:
                hit = None
            if hit and hit[0] in ("mañana", "morgen") and re.search(
                r"(?:esta|la|por la|de la|cada|am|heute|jeden|den|guten|eines)\s+$", low_text[: toks[i].start]
            ):
                hit = None  # "esta mañana", "heute Morgen": the morning, not tomorrow
            if hit and hit[0] == "اليوم" and _next_words(toks, hit[1], norm, 1).startswith("ال") and \
                    _phrase_at(toks, hit[1], _WEEKDAYS, norm, 2) is None:
                hit = None  # "اليوم الأول" is the first day; "اليوم الثلاثاء" is today, Tuesday
            if hit:
                s, a, b = span(i, hit[1])
                q, j = Quantity("relative", s, a, b, value=float(_RELATIVE[hit[0]])), hit[1]
            if q is None:
                hit = _phrase_at(toks, i, _WEEKDAYS, norm, 3)
                if hit and hit[0].startswith("thứ ") and not toks[i + 1].text[:1].isupper() and not re.search(
                    r"(?:^|(?:vào|tối|sáng|chiều|trưa|hôm|ngày|các|mỗi|từ|đến|hoặc|và)\s+)$",
                    low_text[: toks[i].start].lstrip(" \"'“‘(")
                ):
                    hit = None  # "lần thứ ba": the third time, not Tuesday
                if hit and hit[0] in _ZH_ONLY_WEEKDAYS and lang != "zh":
                    hit = None
                if hit and hit[0] in _RU_ENVIRONMENT and not _RU_ON_DAY.search(low_text[: toks[i].start]):
                    hit = None
                if hit and lang == "tr" and not toks[i].text[:1].isupper() and not re.match(
                    r"\s*(?:günü|gecesi|sabahı|akşamı|öğleden)", norm[toks[hit[1] - 1].end :]
                ):
                    hit = None  # "pazar" is a market, "cuma" the Friday prayer
                if hit:
                    s, a, b = span(i, hit[1])
                    q, j = Quantity("weekday", s, a, b, value=float(_WEEKDAYS[hit[0]])), hit[1]
            if q is None:
                q, j = _quantifier(norm, text, toks, i, lang)
            if q is None:
                q, j = _magnitude(norm, text, toks, i, lang)
            if q is None:
                q, j = _month_date(norm, text, toks, i, lang)
            if q is None:
                q, j = _vi_word_month(norm, text, toks, i, lang)
            if q is None:
                q, j = _century_words(norm, text, toks, i, lang)
        # ---------- numbers with their scale, unit, currency
        if q is None and t.kind in ("num", "cjk", "word", "sym"):
            q, j = _number(norm, text, toks, i, lang, hedged, hedged_after)
        if q is not None:
            out.append(q)
            for k in range(i, j):
                used[k] = True
            i = max(j, i + 1)
        else:
            i += 1
    out = [_as_multiple(_as_relative(_with_part(_trim_period(q, text), text), text), text) for q in out]
    return _spread_units(merge(out), norm)


# "three times as many", "dreimal so viele": a number that multiplies (`_MULTIPLE` has the words that say it
# alone); not Chinese "N倍", as often "N times more" as "N times as much", nor "два раза", "hai lần",
# which also count occurrences
_TIMES_AFTER = re.compile(
    r"^\s+(?:times\s+(?:as|more|less|higher|lower|larger|bigger|faster|greater|that|the|its|their|what)\b"
    r"|-?mal\s+(?:so|mehr|höher|größer)\b|fois\s+plus\b|veces\s+más\b|volte\s+più\b)",
    re.IGNORECASE,
)


def _as_multiple(q: Quantity, text: str) -> Quantity:
    if q.kind != "number" or q.unit is not None:
        return q
    m = _TIMES_AFTER.match(text[q.end : q.end + 30])
    return q if m is None else replace(q, unit="times")


# a duration counted back or on from the story's moment: "two days earlier", "three weeks ago", "vor zwei
# Wochen", "il y a deux semaines", "hace dos semanas", "два дня назад", "两周前"
_BACK_AFTER = re.compile(
    r"^\s*(?:earlier|ago|before(?!\s+\w)|previously|назад|ранее|тому|раніше|önce|atrás|antes(?!\s+d[eoa])|(?:yang\s+)?lalu|temu|wcześniej|fa|prima|trước|前)(?![\w])",
    re.IGNORECASE,
)
_ON_AFTER = re.compile(
    r"^\s*(?:later|afterwards|on(?=\s+from\b|\s*[.,;]|$)|sonra|спустя|позже|пізніше|згодом|kemudian|później|dopo|sau|后|後)(?![\w])",
    re.IGNORECASE,
)
# one word may stand between: "vor ungefähr 10.000 Jahren", "hace casi dos semanas"
_BACK_BEFORE = re.compile(r"(?<![\w])(?:vor|il\s+y\s+a|hace|há|před)\s+(?:[^\W\d_]+\s+)?$", re.IGNORECASE)
_UNIT_WORD = re.compile(r"^[\s-]*(?:[^\W\d_]+|[天日周週个月年]+)")
_UNIT_DAYS = {"day": 1.0, "week": 7.0, "month": 30.0, "year": 365.0}


def _as_relative(q: Quantity, text: str) -> Quantity:
    """A duration of days to years read as the date it points to ("two days earlier" = day -2), its
    text widened to say so ("vor zwei Wochen", "two days earlier")."""
    if q.kind != "duration" or q.unit not in _UNIT_DAYS or q.value is None:
        return q
    unit = _UNIT_WORD.match(text[q.end : q.end + 30])
    end = q.end + (unit.end() if unit else 0)
    for rx, sign in ((_BACK_AFTER, -1.0), (_ON_AFTER, 1.0)):
        m = rx.match(text[end : end + 20])
        if m is not None:
            return replace(q, kind="relative", value=sign * q.value * _UNIT_DAYS[q.unit], end=end + m.end(),
                           text=text[q.start : end + m.end()])
    back = _BACK_BEFORE.search(text[max(0, q.start - 24) : q.start])
    if back is not None:
        start = q.start - (min(q.start, 24) - back.start())
        return replace(q, kind="relative", value=-q.value * _UNIT_DAYS[q.unit], start=start, text=text[start:end])
    return q


# the part of a year or month a figure names, before it ("early 2026", "Ende März", "cuối năm 2024", "в
# начале марта") or, in Chinese and Japanese, after it ("2024年底", "3月上旬"); not "as early as 2020"
_PART_BEFORE = re.compile(
    r"(?<![\w-])(?:(?P<early>(?<!as )early(?:\s+in)?|the\s+(?:beginning|start)\s+of|anfang|zu\s+beginn|début|"
    r"débuts?\s+d[e'’]|principios\s+de|comienzos\s+de|inicios\s+de|inizio(?:\s+del?)?|agli\s+inizi\s+del?|"
    r"в\s+начале|на\s+початку|awal|na\s+początku|początkiem|počátkem|začátkem|na\s+začátku|đầu(?:\s+năm|\s+tháng)?)"
    r"|(?P<mid>mid|the\s+middle\s+of|pertengahan|mitte|mi(?=-)|mediados\s+de|metà|в\s+середине|[ув]\s+середині|w\s+połowie|v\s+polovině"
    r"|giữa(?:\s+năm|\s+tháng)?)"
    r"|(?P<late>(?<!as )late(?:\s+in)?|the\s+end\s+of|ende|fin(?:\s+d[e'’])?|finales\s+de|fines\s+de|"
    r"alla\s+fine(?:\s+del?)?|fine\s+del?|akhir|в\s+конце|наприкінці|[ув]\s+кінці|pod\s+koniec|koncem|na\s+konci|cuối(?:\s+năm|\s+tháng)?))"
    r"[\s-]*(?:of\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_PART_AFTER = re.compile(r"^\s*年?(?:(?P<early>初|上旬)|(?P<mid>中旬|年中)|(?P<late>底|末|下旬))")


def _with_part(q: Quantity, text: str) -> Quantity:
    """A year, or a month without its day, with the part of it the text names (`Quantity.part`)."""
    if q.kind not in ("year", "date") or q.day is not None or (q.kind == "date" and q.month is None):
        return q
    before = _PART_BEFORE.search(text[max(0, q.start - 30) : q.start])
    if before is not None:
        part = next(name for name in ("early", "mid", "late") if before.group(name))
        start = q.start - (min(q.start, 30) - before.start())
        return replace(q, part=part, start=start, text=text[start : q.end])
    after = _PART_AFTER.match(text[q.end : q.end + 4])
    if after is not None:
        part = next(name for name in ("early", "mid", "late") if after.group(name))
        return replace(q, part=part, end=q.end + after.end(), text=text[q.start : q.end + after.end()])
    return q


def _inside(toks: Sequence[_Tok], lo: int, hi: int) -> list[int]:
    """The indices of the tokens that lie within text[lo:hi]."""
    return [k for k, t in enumerate(toks) if t.start >= lo and t.end <= hi]


def _trim_period(q: Quantity, text: str) -> Quantity:
    """The sentence's full stop is not part of the figure ("14 марта." -> "14 марта")."""
    if len(q.text) > 2 and q.text.endswith(".") and q.text[-2].isalpha():
        after = text[q.end :].lstrip()
        if not after or after[0].isupper() or after[0] in "\"'»”)":
            return replace(q, text=q.text[:-1], end=q.end - 1)
    return q


_RANGE_GAP = re.compile(r"\s*(?:-|–|to|bis|à|a|al|y|e|et|и|і|й|та|до|hingga|sampai|"
                        r"đến|và|and|or|oder|ou|o|až|do|到|至|～|~)\s*$",
                        re.IGNORECASE)


def _spread_units(qs: list[Quantity], norm: str) -> list[Quantity]:
    """"1 to 4 inches", "2,5 bis 10 Zentimeter": the unit (or %, or scale) written once applies to both."""
    out = list(qs)
    for k in range(len(out) - 1, 0, -1):
        a, b = out[k - 1], out[k]
        if a.kind == "number" and b.kind in ("measure", "percent", "duration") and not a.words \
                and _RANGE_GAP.fullmatch(norm[a.end : b.start]):
            out[k - 1] = replace(a, kind=b.kind, unit=b.unit)
    return out


def _next_words(toks: Sequence[_Tok], j: int, norm: str, k: int = 3) -> str:
    if j >= len(toks):
        return ""
    return re.sub(r"\s+", " ", norm[toks[j].start : toks[min(len(toks), j + k) - 1].end].lower())


def _numeric_date(norm: str, text: str, toks: Sequence[_Tok], i: int, lang: str) -> tuple[Quantity | None, int]:
    t = toks[i]
    # 3月13日 / 2020年3月13日 / 13日 (ja, zh)
    m = re.match(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(?:(\d{1,2})\s*(?:[日号號]|(?=[和、至到~～\-–])))?",
                 norm[t.start :])
    if m and (m.group(1) or m.group(2)):
        end = t.start + m.end()
        j = i
        while j < len(toks) and toks[j].end <= end:
            j += 1
        month = int(m.group(2))
        if 1 <= month <= 12:
            return Quantity("date", text[t.start : end], t.start, end, month=month,
                            day=int(m.group(3)) if m.group(3) else None,
                            year=int(m.group(1)) if m.group(1) else None), j
    m = re.match(r"(\d{4})\s*年(?!代|間|间|前|後|后|生)", norm[t.start :])
    if m and re.match(r"\d{4}\s*年\s*\d{1,2}\s*月", norm[t.start :]):
        m = None  # 2020年3月13日 is read as one date above
    if m:
        end = t.start + m.end()
        return Quantity("year", text[t.start : end], t.start, end, value=float(m.group(1)),
                        year=int(m.group(1))), i + 1 + (1 if i + 1 < len(toks) and toks[i + 1].text == "年" else 0)
    m = re.match(r"(\d{1,2})\s*[日号號](?![本间間])", norm[t.start :])
    if m and lang in ("zh", "ja"):
        end = t.start + m.end()
        return Quantity("date", text[t.start : end], t.start, end, day=int(m.group(1))), i + 2
    # 13/3, 13.03.2020, 2020-03-13, 3/13 (en)
    m = re.match(r"(\d{1,4})([./-])(\d{1,2})(?:\2(\d{2,4}))?(?![\d])", norm[t.start :])
    if m and m.group() == "24/7":
        m = None  # round the clock
    if m and (m.group(4) or m.group(2) == "/"):
        a, b, c = int(m.group(1)), int(m.group(3)), m.group(4)
        if len(m.group(1)) == 4:
            year, month, day = a, b, int(c) if c else None
        elif lang == "en":
            month, day, year = a, b, int(c) if c else None
        else:
            day, month, year = a, b, int(c) if c else None
        if month and not 1 <= month <= 12 and day and 1 <= day <= 12:
            day, month = month, day
        if month and 1 <= month <= 12 and (day is None or 1 <= day <= 31):
            if year is not None and year < 100:
                year += 2000 if year < 50 else 1900
            end = t.start + m.end()
            j = i
            while j < len(toks) and toks[j].end <= end:
                j += 1
            return Quantity("date", text[t.start : end], t.start, end, month=month, day=day, year=year,
                            unit="numeric"), j
    return None, i + 1


def _decade(norm: str, text: str, toks: Sequence[_Tok], i: int, lang: str) -> tuple[Quantity | None, int]:
    t = toks[i]
    val = int(t.text)
    after = norm[t.end : t.end + 12]
    before = norm[max(0, t.start - 14) : t.start].lower()
    # Turkish: "1990'larda" (in the 1990s), "90'lı yıllarda"
    m = re.match(r"(?:'?s\b|-?х\b|-?[eе]\b|ern?\b|-?tych\b|\s*年代|\s*代|\s*के दशक|['’]l[ae]r|['’]l[ıiuü](?=\s+yıl))",
                 after)
    end = t.end + (m.end() if m else 0)
    if (m or re.search(r"(?:những năm|các năm|thập niên|années|los años|anni|lata|léta|decade of the)\s*$",
                       before)) and val % 10 == 0 and (val >= 1000 or 10 <= val <= 90):
        start = t.start
        pre = re.search(r"(?:những năm|các năm|thập niên|années|los años|anni|lata|léta)\s*$", before)
        if pre:
            start = t.start - (len(before) - pre.start())
        j = i + 1
        while j < len(toks) and toks[j].end <= end:
            j += 1
        # a two-digit decade ("the 90s", "in his 40s", "30代") is compared modulo a century
        return Quantity("decade", text[start:end], start, end, value=float(val), step=10.0,
                        unit="short" if val < 100 else None), j
    return None, i + 1


_ALL_DETERMINERS = {"the", "these", "those", "its", "their", "our", "his", "her", "my", "your", "this", "that"}
# "most people", "all children": the plural that makes "most" and "all" quantifiers, without an s
_IRREGULAR_PLURALS = {"people", "children", "men", "women", "police"}


def _quantifier(norm: str, text: str, toks: Sequence[_Tok], i: int, lang: str) -> tuple[Quantity | None, int]:
    hit = _phrase_at(toks, i, _QUANTIFIERS, norm, 4)
    if hit is None:
        return None, i + 1
    key, j = hit
    a, b = toks[i].start, toks[j - 1].end
    # idioms: "at all", "the most important", "some 300 people"
    ctx_start = max(0, a - 12)
    for m in _QUANT_IDIOMS.finditer(norm[ctx_start : b + 12]):
        if m.start() + ctx_start <= a < m.end() + ctx_start or a <= m.start() + ctx_start < b:
            return None, i + 1
    nxt = _next_words(toks, j, norm, 1)
    plural = (nxt.endswith("s") and not nxt.endswith("ss")) or nxt in _IRREGULAR_PLURALS
    # "most people", "most of them", and "most" standing for them before its verb ("but most are not dangerous")
    pronoun = nxt in ("are", "were", "have", "had", "will", "would", "remain", "say", "said") and re.search(
        r"(?:^|[,;:(\"“]|\b(?:but|and|while|though|although|yet|so|whereas))\s*$", norm[:a], re.IGNORECASE
    ) is not None  # not "what matters most are"
    if key == "most" and not (nxt == "of" or ((plural or pronoun) and not norm[:a].lower().endswith("the "))):
        return None, i + 1
    if key in ("all", "all of") and lang == "en" and not (
        key == "all of" or nxt in _ALL_DETERMINERS or plural or nxt[:1].isdigit()
    ):
        return None, i + 1  # "all I would say", "were all covering", "all too real": not a proportion
    level = _QUANTIFIERS[key]
    if lang == "ar" and key == "كل" and not nxt.startswith("ال"):
        return None, i + 1  # "كل يوم": every day, not all days
    if lang == "ar" and level == 6 and re.match(r"(?:\s+[^\s،,.;:!?]+){1,10}?\s+تقريبا", norm[b : b + 90]):
        level = 5  # "جميع السكان تقريبا": "almost" after the noun, in the same clause (the figures between stay theirs)
    if nxt[:1].isdigit() and key in _TOTAL_BEFORE_NUMBER and lang in _TURKIC_STEMS:
        return None, i + 1
    if lang == "tr" and key in _TR_PLURAL_ONLY and not re.search(r"l[ae]r", nxt):
        return None, i + 1  # "tüm dünya": the whole world; "tüm bölgeler": all regions
    if nxt and nxt[:1].isdigit() and level < 6 and lang not in _TURKIC_STEMS:  # (there it follows its noun)
        # "some 300": the number carries the figure. "All 12 of his players" keeps both: the count, and
        # the "all" that "most of his players" weakens
        return None, i + 1
    return Quantity("quantifier", text[a:b], a, b, value=float(level), words=True), j


def _magnitude(norm: str, text: str, toks: Sequence[_Tok], i: int, lang: str) -> tuple[Quantity | None, int]:
    hit = _phrase_at(toks, i, _MAGNITUDES, norm, 5)
    if hit is None or lang not in _MAGNITUDE_LANG.get(hit[0], {lang}):
        return None, i + 1
    key, j = hit
    if key == "tens" and _next_words(toks, j, norm, 1) != "of":
        return None, i + 1  # "tens of", not "the tens digit"
    prev = toks[i - 1] if i > 0 else None
    if prev is not None and not norm[prev.end : toks[i].start].strip() and (
        prev.kind in ("num", "cjk") or _word_number(norm, toks, i - 1, lang) is not None
    ):
        return None, i + 1  # "5 тысяч", "two thousands": a number with its scale
    if prev is not None and prev.low in _RU_GENITIVE_BEFORE and key in ("тысячи", "сотни", "тисячі", "сотні"):
        return None, i + 1
    if prev is not None and prev.low in ("половиной", "полутора", "полтора", "половиною", "півтора", "half"):
        return None, i + 1  # "двух с половиной миллионов": two and a half million, a number
    if lang in ("zh", "ja") and norm[toks[j - 1].end : toks[j - 1].end + 1] == "分":
        return None, i + 1  # "两位数百分比": 百分 is "per cent"
    value = _MAGNITUDES[key]
    # "hundreds of millions", "hàng trăm triệu", "сотни миллионов": the order times the scale after it
    k = j + 1 if j < len(toks) and toks[j].low in ("of", "de", "di") else j
    if value < 1e6 and k < len(toks) and not norm[toks[k - 1].end : toks[k].start].strip(" "):
        scale = _phrase_at(toks, k, _SCALES, norm, 2)
        if scale is not None and _SCALES[scale[0]] >= 1e3:
            value, j = value * _SCALES[scale[0]], scale[1]
    a, b = toks[i].start, toks[j - 1].end
    return Quantity("number", text[a:b], a, b, value=value, unit="magnitude", approx=True, words=True,
                    step=value), j


_DAY_MONTH_GLUE = ("", "de", "di", "-го", "er", "th", "st", "nd", "rd", "th of", "st of", "nd of", "rd of", "e", "º de",
                   "º", "° de")


def _month_date(norm: str, text: str, toks: Sequence[_Tok], i: int, lang: str) -> tuple[Quantity | None, int]:
    t = toks[i]
    low = t.low.rstrip(".") if t.low not in _MONTHS else t.low
    if t.low in _MONTHS:
        low = t.low
    paired = _AR_PAIRED_MONTHS.get((low, toks[i + 1].low)) if lang == "ar" and i + 1 < len(toks) else None
    if low not in _MONTHS and paired is None:
        return None, i + 1
    month = paired or _MONTHS[low]
    start, end, j = t.start, t.end, i + 1
    if paired is not None:
        end, j = toks[i + 1].end, i + 2
    if lang == "ar" and j + 1 < len(toks) and toks[j].text == "/" and (
        _MONTHS.get(toks[j + 1].low) == month
        or (j + 2 < len(toks) and _AR_PAIRED_MONTHS.get((toks[j + 1].low, toks[j + 2].low)) == month)
    ):
        j += 2 if toks[j + 1].low in _MONTHS else 3
        end = toks[j - 1].end
    day = year = None
    # day before: 13 марта, 26. Juli, 26 de julio, ngày 13 tháng 3 is handled in _number
    k = i - 1
    if k >= 0 and toks[k].low in (".", "de", "di", "th", "st", "nd", "rd", "er", "e", "of", "го", "-го") and k - 1 >= 0:
        k -= 1
    if k >= 1 and toks[k].low in ("th", "st", "nd", "rd", "º", "°") and toks[k - 1].kind == "num":
        k -= 1  # "30th of September"
    if k >= 1 and lang in _TURKIC_STEMS and toks[k].text == "-":
        k -= 1
    if (
        k >= 0
        and toks[k].kind == "num"
        and re.fullmatch(r"\d{1,2}", toks[k].text)
        and 1 <= int(toks[k].text) <= 31
        and (norm[toks[k].end : t.start].strip(" .") in _DAY_MONTH_GLUE
             or (lang in _TURKIC_STEMS and norm[toks[k].end : t.start] == "-"))  # "1-oktabr"
    ):
        day, start = int(toks[k].text), toks[k].start
    # the first of the month in words: "el uno de octubre", "le premier octobre", "first of May"
    if day is None:
        lo = max(0, t.start - 16)
        fm = re.search(r"\b(?:uno|primero|premier|first|primo)\s+(?:de\s+|of\s+)?$", norm[lo : t.start].lower())
        if fm:
            day, start = 1, lo + fm.start()
    # day after: March 13, March 13th
    if (
        day is None
        and j < len(toks)
        and toks[j].kind == "num"
        and re.fullmatch(r"\d{1,2}", toks[j].text)
        and 1 <= int(toks[j].text) <= 31
        and norm[t.end : toks[j].start].strip() == ""
    ):
        day, end, j = int(toks[j].text), toks[j].end, j + 1
        if j < len(toks) and toks[j].low in ("st", "nd", "rd", "th", "er"):
            end, j = toks[j].end, j + 1
    # year after: March 2020, March 13, 2020, 26 июля 2020 года
    y = j
    if y < len(toks) and toks[y].low in (",", "de", "del", "di", "del", "w", "v", "năm"):
        y += 1
    if y < len(toks) and toks[y].kind == "num" and re.fullmatch(r"\d{4}", toks[y].text):
        year, end, j = int(toks[y].text), toks[y].end, y + 1
        if j < len(toks) and toks[j].low in ("года", "г.", "roku", "r.", "г", "року", "р.", "р"):
            end, j = toks[j].end, j + 1
    # a month name alone must look like one: "sept" (fr: seven), "Jan" (a name), "may", "mars"
    # "March"/"May" capitalised inside an English sentence are months (not "Theresa May", not "May I")
    named_month = (
        lang == "en" and low in ("march", "may") and t.text[0].isupper() and i > 0
        and toks[i - 1].text not in (".", "!", "?", "\"", "“") and not (low == "may" and toks[i - 1].text[0].isupper())
    )
    if lang in _TURKIC_STEMS and day is not None and year is None:
        # the year before the day: "2023 жылғы 12 наурыз", "2023-yil 12-mart", "2023-yilning 12-marti"
        lead = norm[max(0, start - 20) : start]
        ym = re.search(r"(?<!\d)(\d{4})[-\s]?(?:жылғы|жылдың|жылы|yil|yilning|yilgi)\s+$", lead)
        if ym:
            year, start = int(ym.group(1)), start - (len(lead) - ym.start())
    needs_day = _MONTH_NEEDS_DAY.get(lang)
    if needs_day and low in needs_day[0] and day is None and year is None:
        if not needs_day[1].match(norm[t.end :]):
            return None, i + 1
        named_month = True  # "may oyida", "Ekim ayında", "Ekim'de": the month, however short its name
    if day is None and year is None and not named_month and (
        len(low) < 5 or low in ("march", "marzo", "mayo") or (lang in ("en", "de") and not t.text[0].isupper())
    ):
        return None, i + 1
    return Quantity("date", text[start:end], start, end, month=month, day=day, year=year), j


# Vietnamese months in words: "tháng Năm" (May), "tháng Mười Hai", "tháng Giêng"; news writes them
# capitalised, and lower case after "tháng" is usually something else: the year ("ngày tháng năm
# sinh"), a count ("mỗi tháng hai lần", twice a month). Only "giêng" and "chạp" are months whatever the case
_VI_MONTH_WORDS = {"giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                   "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}
_VI_MONTH = re.compile(
    r"\s*tháng\s*(?:(\d{1,2})|(" + "|".join(sorted(_VI_MONTH_WORDS, key=len, reverse=True)) + r")(?!\w))"
    r"(?:\s*(?:năm|,|/)\s*(\d{4}))?",
    re.IGNORECASE,
)


def _vi_month(norm: str, pos: int) -> tuple[int, int | None, int] | None:
    """(month, year or None, end) of "tháng 5", "tháng Năm", "tháng Năm năm 2025" at `pos`."""
    m = _VI_MONTH.match(norm, pos)
    if m is None:
        return None
    if m.group(1):
        month = int(m.group(1))
    elif m.group(2)[0].islower() and m.group(2) not in ("giêng", "chạp"):
        return None
    else:
        month = _VI_MONTH_WORDS[m.group(2).lower()]
    return (month, int(m.group(3)) if m.group(3) else None, m.end()) if 1 <= month <= 12 else None


def _vi_word_month(norm: str, text: str, toks: Sequence[_Tok], i: int, lang: str) -> tuple[Quantity | None, int]:
    """A Vietnamese month in words, "tháng Tư (năm 2024)"; in digits it is `_number`'s."""
    t = toks[i]
    if lang != "vi" or t.low != "tháng":
        return None, i + 1
    hit = _vi_month(norm, t.start)
    if hit is None or re.match(r"tháng\s*\d", norm[t.start :]):
        return None, i + 1
    month, year, end = hit
    j = i + 1
    while j < len(toks) and toks[j].end <= end:
        j += 1
    return Quantity("date", text[t.start : end], t.start, end, month=month, year=year), j


def _century_words(norm: str, text: str, toks: Sequence[_Tok], i: int, lang: str) -> tuple[Quantity | None, int]:
    """XXI век, Xe siècle, thế kỷ XXI / thế kỷ 21 (the digit form is handled in _number)."""
    t = toks[i]
    m = re.fullmatch(r"([IVXLC]+)(?:e|ème|er|\.)?", t.text)
    if m and _roman(m.group(1)):
        nxt = _next_words(toks, i + 1, norm, 1)
        if nxt in _CENTURY_WORDS or nxt.startswith(("век", "siècle", "siglo", "secolo", "jahrhundert", "wiek",
                                                   "stolet", "столітт", "сторічч")):
            val = _roman(m.group(1)) or 0
            return Quantity("century", text[t.start : toks[i + 1].end], t.start, toks[i + 1].end,
                            value=float(val)), i + 2
    if t.low == "thế" and i + 2 < len(toks) and toks[i + 1].low in ("kỷ", "kỉ"):
        r = toks[i + 2]
        val = int(r.text) if r.kind == "num" and r.text.isdigit() else _roman(r.text)
        if val:
            return Quantity("century", text[t.start : r.end], t.start, r.end, value=float(val)), i + 3
    if t.low in ("secolo", "siglo") and i + 1 < len(toks):
        r = toks[i + 1]
        val = _roman(r.text.rstrip("."))
        if val:
            return Quantity("century", text[t.start : r.end], t.start, r.end, value=float(val)), i + 2
    return None, i + 1


_AND_A_HALF = re.compile(r"(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half\b|\s+с\s+половиной\b|\s+і?з\s+половиною\b|\s+i\s+pół\b"
                         r"|\s+a\s+půl\b", re.IGNORECASE)
_UNIT_AND_A_HALF = re.compile(r"\s+(?:et\s+demie?|y\s+medi[oa]|e\s+mezz[oa])\b", re.IGNORECASE)


def _number(norm: str, text: str, toks: Sequence[_Tok], i: int, lang: str, hedged: Callable[[int], bool],
            hedged_after: Callable[[int], bool]) -> tuple[Quantity | None, int]:
    t = toks[i]
    currency: str | None = None
    start = t.start
    k = i
    # currency before: $5, US$ 5, € 5, USD 5
    if t.kind == "sym" and t.text in ("$", "US$", "R$", "€", "£", "¥", "₹", "₽", "₴", "₺"):
        currency = _PREFIX_CURRENCY[t.text.lower()]
        k = i + 1
        if k >= len(toks) or toks[k].kind != "num" or norm[t.end : toks[k].start].strip():
            return None, i + 1
    elif t.kind == "word" and t.low in ("usd", "eur", "gbp", "chf", "rs", "rs.", "rp", "rp."):
        if i + 1 < len(toks) and toks[i + 1].kind == "num":
            currency, k = _PREFIX_CURRENCY[t.low], i + 1
        else:
            return None, i + 1
    tk = toks[k]
    words = False
    alt: float | None = None
    value: float | None = None
    step = 1.0
    j = k + 1
    if tk.kind == "num":
        parsed = parse_number(tk.text, lang)
        if parsed is None:
            return None, i + 1
        value, step, alt = parsed
    elif tk.kind == "cjk":
        if lang not in ("zh", "ja"):
            return None, i + 1
        value = _cjk_value(tk.text)
        nxt = norm[tk.end : tk.end + 1]
        if value is None:
            return None, i + 1
        only_one = tk.text in ("一", "两", "兩") or (len(tk.text) == 1 and tk.text in "千百万萬亿億十")
        if (tk.text[0] in _CJK_UNITS and len(tk.text) == 1) or tk.text[0] in _CJK_BIG or tk.text[0] in "百千":
            return None, i + 1  # "万一", "十分": a word, not a figure
        if not nxt or (nxt not in _CJK_COUNTERS and nxt not in "%％世" and norm[tk.start - 1 : tk.start] != "第"):
            return None, i + 1
        if only_one and tk.text == "一":
            return None, i + 1  # "一个", "一名": an article more than a figure
        if norm[max(0, tk.start - 1) : tk.start] in ("星", "周", "週", "礼", "禮", "唯", "统", "統"):
            return None, i + 1
        dm = re.match(r"\s*年代", norm[tk.end :])
        if dm and value % 10 == 0:  # 八十年代: the (19)80s
            e = tk.end + dm.end()
            jj = k + 1
            while jj < len(toks) and toks[jj].end <= e:
                jj += 1
            return Quantity("decade", text[tk.start : e], tk.start, e, value=value, step=10.0,
                            unit="short" if value < 100 else None, words=True), jj
        words = True
    elif tk.kind == "word":
        got = _word_number(norm, toks, k, lang)
        if got is None:
            return None, i + 1
        value, j = got
        words = True
        # "the first", ordinals in words
    else:
        return None, i + 1
    assert value is not None
    end = toks[j - 1].end
    # "two and a half (million, years)", "два с половиной", "dwa i pół", "dva a půl"
    hm = _AND_A_HALF.match(norm[end:])
    if hm and step >= 1:
        value, step, end = value + 0.5, 0.5, end + hm.end()
        alt = None
        while j < len(toks) and toks[j].end <= end:
            j += 1
    kind: Kind = "number"
    unit: str | None = None
    approx = hedged(i) or hedged_after(j)

    # ordinal suffixes: 21st, 18th, 18e, 18-й, 18., thứ 18, 第18
    after = norm[end : end + 6]
    om = re.match(r"(?:st|nd|rd|th|e|er|ème|ème|re|º|°|ª|-?й|-?го|-?я|-?е|-?м)\b", after, re.IGNORECASE)
    if tk.kind == "num" and om and not re.match(r"e\s*[\d]", after):
        kind, end = "ordinal", end + om.end()
        while j < len(toks) and toks[j].end <= end:
            j += 1
    elif lang == "tr" and tk.kind == "num" and re.fullmatch(r"\d{1,3}", tk.text) and re.match(
        r"\.\s+(?!yüzyıl)[a-zçğıöşü]", norm[end : end + 12]
    ):  # "63. doğum günü": the 63rd birthday (a century is read below)
        kind, end = "ordinal", end + 1
        while j < len(toks) and toks[j].end <= end:
            j += 1
    if lang == "ar" and kind in ("number", "ordinal") and re.search(r"القرن\s+$", norm[max(0, start - 8) : start]):
        kind = "century"  # "القرن العشرين", "القرن 21": the century named after its word
    before2 = norm[max(0, start - 4) : start].lower()
    if before2.endswith(("第", "thứ ")) and tk.kind in ("num", "cjk", "word"):
        kind = "ordinal"
        start = start - (1 if before2.endswith("第") else 4)
    elif lang == "id" and re.search(r"(?<![\w])ke-$", before2) and tk.kind == "num":
        kind, start = "ordinal", start - 3  # "ulang tahun ke-63", the 63rd birthday

    # scale words: million, tỷ, млн, 万, Mio., millones, mil millones
    if kind == "number":
        hit = _phrase_at(toks, j, _SCALES, norm, 3)
        cm = None
        if lang in ("zh", "ja"):
            cm = re.match(r"\s*多?\s*(千万|百万|万亿|万|萬|亿|億|千(?![瓦米克]))", norm[end:])
        if cm and tk.kind == "num":
            mult = 1e12 if cm.group(1) == "万亿" else _SCALES[cm.group(1)]
            value, step = value * mult, step * mult
            alt = alt * mult if alt is not None else None
            end += cm.end()
            rest = re.match(r"(\d{1,4})(?![\d.,])", norm[end:])  # 1万1000 = 11,000
            if rest and mult in (1e4, 1e8):
                value += float(rest.group(1))
                step = 1.0
                end += rest.end()
            while j < len(toks) and toks[j].end <= end:
                j += 1
            hit = None
        elif hit is None and j < len(toks):
            # ru/pl/cs abbreviations end with a dot that the tokeniser may keep apart
            w = toks[j].low + ("." if j + 1 < len(toks) and toks[j + 1].text == "." else "")
            if w in _SCALES:
                hit = (w, j + (2 if w.endswith(".") and not toks[j].low.endswith(".") else 1))
        if hit and hit[0] in _PT_SHORT_SCALES and (lang != "pt" or currency is None):
            hit = None  # "5 mi" is five miles; "R$ 5 mi" five million reais
        if hit and lang not in _SCALE_LANG.get(hit[0], {lang}):
            hit = None
        if hit:
            key, jj = hit
            value *= _SCALES[key]
            step *= _SCALES[key]
            alt = alt * _SCALES[key] if alt is not None else None
            end, j = toks[jj - 1].end, jj
        elif tk.kind == "num" and (sm := re.match(r"(k|m|mn|bn)\b", norm[end : end + 3], re.IGNORECASE)) and (
            currency or sm.group(1).lower() == "bn" or re.match(r"\s*(?:dollars|euros|pounds|usd)", norm[end + 3 :])
        ):  # "£125m" is money; "30m" alone is thirty metres
            mult = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9}[sm.group(1).lower()]
            value, step = value * mult, step * mult  # £125m, $2bn, 10k
            alt = alt * mult if alt is not None else None
            end += sm.end()
        elif tk.kind == "num" and (sm := _SCALE_STEM.match(norm[end:])):
            w = sm.group(1).lower()
            mult = 1e9 if ("иард" in w or "iard" in w or "ярд" in w) else 1e6 if (
                "ллион" in w or "milion" in w or "льйон" in w) else 1e3
            value, step = value * mult, step * mult
            alt = alt * mult if alt is not None else None
            end += sm.end()
            while j < len(toks) and toks[j].end <= end:
                j += 1
    # percent / percentage points
    nxt = _phrase_at(toks, j, _PCT_OR_POINTS, norm, 3)
    if nxt:
        key, jj = nxt
        if key in _POINTS_WORDS and key not in ("points", "punti"):
            kind, unit = "points", "pp"
            end, j = toks[jj - 1].end, jj
        elif key == "%" or key in _PERCENT_WORDS:
            kind = "percent"
            end, j = toks[jj - 1].end, jj
            pts = _phrase_at(toks, j, _POINTS_WORDS, norm, 2)
            if key == "%" and pts and pts[0] in ("points", "punti"):
                kind, unit = "points", "pp"
                end, j = toks[pts[1] - 1].end, pts[1]
    if norm[max(0, start - 3) : start] == "百分之" and kind in ("number", "duration"):
        kind, start = "percent", start - 3
    elif lang == "tr" and kind == "number" and (pm := _TR_PERCENT_BEFORE.search(norm[max(0, start - 8) : start])):
        kind, start = "percent", start - len(pm.group())
    # currency after: 5 USD, 5 triệu đồng, 700 miliardi di dollari, 50亿美元, 5 млн рублей
    if currency is None and kind == "number":
        jj = j
        if jj < len(toks) and toks[jj].low in ("de", "di", "of", "d'", "d’"):
            jj += 1
        hit = _phrase_at(toks, jj, _CURRENCY_WORDS, norm, 3)
        if hit is None:
            m = re.match(r"\s*(美元|欧元|英镑|日元|人民币|元|円|ドル|ユーロ)", norm[end:])
            if m:
                currency = _CURRENCY_WORDS[m.group(1)]
                end = end + m.end()
                while j < len(toks) and toks[j].end <= end:
                    j += 1
        else:
            currency = _CURRENCY_WORDS[hit[0]]
            end, j = toks[hit[1] - 1].end, hit[1]
    if currency:
        kind, unit = "money", currency
    # durations: six-day, 6 ngày, 3 minutes, 3分钟
    if kind == "number":
        m = re.match(r"(?:[-\s]|\s*)([^\W\d_]+|[秒分小时時間天日周週个ヶか月年间]+)", norm[end:])
        if m:
            w = m.group(1).lower()
            if lang in ("zh", "ja") and w not in _TIME_UNITS:
                w = next((u for u in _CJK_TIME_UNITS if w.startswith(u)), w[:1] if w[:1] in "年天秒周" else w)
            elif lang in _TURKIC_STEMS and w not in _TIME_UNITS:
                w = w[: _stem_length(w, lang) or len(w)]  # "жылғы" -> "жыл"
            if w in _TIME_UNITS or w[:2] in ("个月", "ヶ月", "か月"):
                u = _TIME_UNITS.get(w) or _TIME_UNITS.get(w[:2]) or _TIME_UNITS.get(w[:1], "")
                # "2026 года", "2026 roku", "2026年": the year, not a duration of 2,026 years
                calendar = u == "year" and value >= 1000 and (
                    (lang in ("zh", "ja") and m.group(0).startswith("年"))
                    or (lang in _TURKIC_STEMS and value <= 2100 and re.fullmatch(r"\d{4}", tk.text) is not None)
                    or (w in ("года", "году", "год", "roku", "rok", "roce", "року", "році", "рік") and value <= 2100
                        and re.fullmatch(r"\d{4}", tk.text) is not None)
                )
                if u and not calendar:
                    kind, unit = "duration", u
                    # "deux ans et demi", "dos años y medio", "due anni e mezzo": the half after the unit
                    hm = _UNIT_AND_A_HALF.match(norm[end + m.end() :])
                    if hm and step >= 1:
                        value, step = value + 0.5, 0.5
                        end += m.end() + hm.end()
                        while j < len(toks) and toks[j].end <= end:
                            j += 1
    # units of measure: 300 km, 190 miles, 6 meters, 80 degrees, 800 kph
    if kind == "number":
        um = _UNIT_RE.match(norm[end:])
        if um is None and lang in _TURKIC_ENDING:
            um = _UNIT_STEM_RE.match(norm[end:])
            um = um if um and _TURKIC_ENDING[lang].fullmatch(um.group("rest").lower()) else None
        if um:
            kind, unit = "measure", _UNIT_WORDS[re.sub(r"\s+", " ", um.group(1).lower())]
            end += um.end(1)
            while j < len(toks) and toks[j].end <= end:
                j += 1
            if lang == "tr" and unit in ("mil", "km", "kilometre") and _TR_PER_HOUR.search(
                norm[max(0, start - 30) : start]
            ):
                unit = "mph" if unit == "mil" else "kph"  # "saatte 85 mil": 85 miles an hour
    # a year range written short: 1950-53
    if kind in ("number", "duration") and tk.kind == "num" and re.fullmatch(r"\d{2}", tk.text):
        ym = re.search(r"(\d{2})\d{2}[-–/]$", norm[max(0, start - 5) : start])
        if ym:
            value, kind, unit = float(int(ym.group(1)) * 100 + value), "year", None
    # years: four digits in a plausible range, no separators, not followed by a unit
    if kind == "number" and tk.kind == "num" and re.fullmatch(r"\d{4}", tk.text) and 1000 <= value <= 2100:
        kind = "year"
    # "ngày 13 tháng 3": Vietnamese date
    if tk.kind == "num" and lang == "vi":
        vm = _vi_month(norm, end)
        if vm and kind in ("number", "duration") and "." not in tk.text and "," not in tk.text:
            day, (month, vyear, e0) = int(value), vm
            if 1 <= day <= 31:
                ngay = re.search(r"ngày\s*$", norm[max(0, start - 6) : start].lower())
                s0 = start - (len(ngay.group()) if ngay else 0)
                while j < len(toks) and toks[j].end <= e0:
                    j += 1
                return Quantity("date", text[s0:e0], s0, e0, month=month, day=day, year=vyear), j
        mm = re.search(r"tháng\s*$", norm[max(0, start - 7) : start].lower())
        if mm and 1 <= value <= 12 and kind in ("number", "duration") and "." not in tk.text:
            s0 = start - len(mm.group())
            ym = re.match(r"\s*(?:năm|,|/)\s*(\d{4})", norm[end:])
            e0 = end + (ym.end() if ym else 0)
            while j < len(toks) and toks[j].end <= e0:
                j += 1
            return Quantity("date", text[s0:e0], s0, e0, month=int(value),
                            year=int(ym.group(1)) if ym else None), j
    # centuries in digits: 21st century, thế kỷ 21 (words form in _century_words), 20. Jahrhundert
    nxt_w = _next_words(toks, j, norm, 1)
    # German, Polish and Czech write the ordinal with a full stop: "19. Jahrhundert", "19. wieku", "19. století"
    cm = re.match(r"\s*(?:世纪|世紀)|\.\s+(?:jahrhunderts?|wiek(?:u|ach)?|stolet[ií]|yüzyıl[^\W\d_]*)\b", norm[end:],
                  re.IGNORECASE)
    if kind in ("ordinal", "number") and cm:
        kind, end = "century", end + cm.end()
        while j < len(toks) and toks[j].end <= end:
            j += 1
    elif kind in ("ordinal", "number") and (nxt_w in _CENTURY_WORDS
                                            or nxt_w.startswith(("век", "stolet", "столітт", "сторічч"))):
        kind = "century"
        end, j = toks[j].end, j + 1
    if lang in _TURKIC_STEMS and not approx:
        approx = hedged_after(j)  # "380 мыңнан астам": the bound comes after the scale and its ending
    return Quantity(kind, text[start:end], start, end, value=value, unit=unit, approx=approx, words=words,
                    step=step, year=int(value) if kind == "year" else None, alt=alt), j


def _word_number(norm: str, toks: Sequence[_Tok], k: int, lang: str) -> tuple[float, int] | None:
    """Spelled-out numbers: 'twenty-three', 'hai mươi ba', 'пять', 'dreiundzwanzig'."""
    table = _WORD_NUMBERS.get(lang)
    t = toks[k]
    low = t.low.rstrip(".")
    if table is None:
        return None
    if lang == "en" and low in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[low], k + 1
    if lang == "de":
        m = re.fullmatch(r"(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(zwanzig|dreißig|vierzig|"
                         r"fünfzig|sechzig|siebzig|achtzig|neunzig)", low)
        if m:
            return float({"ein": 1}.get(m.group(1)) or table[m.group(1)]) + table[m.group(2)], k + 1
    if lang == "vi" and low == "năm":
        nxt = _next_words(toks, k + 1, norm, 1)
        prev = toks[k - 1].low if k > 0 else ""
        # "năm" is "year" far more often than "five": five only before a counted noun or a scale word
        not_five = nxt not in _VI_NAM_FOLLOWERS or prev in _VI_NAM_YEAR_PREV or (nxt == "năm" and prev == "năm")
        if not_five and prev not in ("mươi", "mười", "trăm"):
            return None
    if low not in table:
        return None
    if lang == "tr" and low == "on" and (k + 1 >= len(toks) or toks[k + 1].text[:1].isupper()
                                         or toks[k + 1].low in ("the", "a", "an", "top", "air", "line")):
        return None  # "Newport on the Levee": English inside Turkish
    value = table[low]
    j = k + 1
    nxt_low = toks[j].low if j < len(toks) else ""
    prev_low = toks[k - 1].low if k > 0 else ""
    standalone = low in _STANDALONE_SCALE and prev_low not in ("десятки", "сотни", "несколько", "нескольких",
                                                               "десятков", "сотен", "tens", "hundreds", "сотні",
                                                               "кілька", "декілька", "десятків", "сотень")
    if value >= 100 and not standalone and not (nxt_low in table and table[nxt_low] < value):
        return None  # "tỉ số" (a score), "десятки тысяч": a scale word alone is not a figure
    # combine: twenty three / hai mươi ba / двадцать пять / treinta y dos / two hundred
    total = 0.0
    current = value
    while j < len(toks):
        gap = norm[toks[j - 1].end : toks[j].start]
        nt = toks[j]
        nlow = nt.low
        if gap.strip():
            break
        if nlow in ("y", "e", "und", "et", "and", "-", "‐") and j + 1 < len(toks) and (
            toks[j + 1].low in table or (lang == "en" and toks[j + 1].low == "one" and current >= 20)
        ):
            j += 1
            continue
        if lang == "vi" and nlow == "năm":
            break  # "mười năm" is ten years; fifteen is "mười lăm"
        if lang == "ar" and nlow[:1] == "و" and nlow[1:].rstrip(".") in table:
            nlow = nlow[1:].rstrip(".")  # "خمسة وعشرون", "مئة وخمسون": "and" is glued to the number after it
            v = table[nlow]
            tens_after_units = current < 10 and 20 <= v <= 90
            if tens_after_units or (current >= 100 and v < 100) or (current + total >= 1000 and v < 1000):
                current += v
                j += 1
                continue
            break
        if lang == "id" and nlow == "belas" and current < 10:
            current += 10  # "dua belas": twelve
            j += 1
            continue
        if lang == "ar" and nlow in ("عشر", "عشره") and current < 10:
            current += 10  # "ثلاثة عشر": thirteen
            j += 1
            continue
        if nlow not in table:
            if lang == "en" and nlow == "one" and current >= 20 and current % 10 == 0 \
                    and toks[j - 1].text in ("-", "‐"):
                current += 1  # twenty-one
                j += 1
            break
        v = table[nlow]
        if v in (100,) and current < 100:
            current *= 100
        elif v >= 1000:
            total += current * v
            current = 0
        elif (current >= 10 and v < 10) or (current >= 100 and v < 100) or (lang in ("vi", "id") and v == 10 and
                                                                            current < 10):
            current = current * v if (lang in ("vi", "id") and v == 10) else current + v
        else:
            break
        j += 1
    return total + current, j


# --------------------------------------------------------------------------------------------
# Comparing two sentences

Change = Literal[
    "same", "changed", "weakened", "strengthened", "more_specific", "less_specific", "rounded",
    "unit_changed", "dropped", "added",
]


@dataclass(frozen=True, slots=True)
class Match:
    change: Change
    source: Quantity | None
    derived: Quantity | None


def _close(a: float, b: float, rel: float = 1e-9) -> bool:
    return abs(a - b) <= rel * max(abs(a), abs(b), 1.0)


def _rounds_to(precise: Quantity, coarse: Quantity) -> bool:
    """Is `coarse` the figure `precise` rounded (3.14 million -> 3.1 million; 2,600 -> 2.6 thousand)?"""
    if precise.value is None or coarse.value is None:
        return False
    step = coarse.step
    if coarse.approx and coarse.value and abs(coarse.value) >= 100:
        # a hedged round figure is as precise as its last non-zero digit: "about 3,000" -> 1,000
        digits = f"{abs(coarse.value):.0f}"
        zeros = len(digits) - len(digits.rstrip("0")) if abs(coarse.value) >= 10 else 0
        step = max(step, 10.0**zeros)
    if step < precise.step or step <= 0 or _close(step, precise.step):
        return False
    return abs(precise.value - coarse.value) <= step / 2 + 1e-9 * max(1.0, abs(coarse.value))


def _readings(q: Quantity) -> tuple[float, ...]:
    return tuple(v for v in (q.value, q.alt) if v is not None)


def _mentions(q: Quantity) -> set[float]:
    """Every number a figure writes: its value(s) and a date's day, month and year."""
    vals = set(_readings(q))
    if q.kind == "code":
        vals.update(float(d) for d in re.findall(r"\d+", q.text))
    vals.update(float(x) for x in (q.day, q.year) if x is not None)  # a bare month (1-12) is too common
    if q.kind == "time" and q.value is not None:
        vals.update({float(q.value // 60), float(q.value % 60)})
    if q.kind == "relative" and q.unit in _UNIT_DAYS and q.value is not None:
        vals.add(abs(q.value) / _UNIT_DAYS[q.unit])  # "hace 36 años" writes 36
    return vals


_CJK_TIME_UNITS = ("小时", "分钟", "个月", "ヶ月", "か月", "時間", "年間", "日間", "週間")
_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800, "month": 2629800,
            "year": 31557600, "decade": 315576000}


def _factor(q: Quantity) -> tuple[str, float]:
    return ("time", _SECONDS[q.unit]) if q.unit in _SECONDS else _UNITS.get(q.unit or "", ("", 1.0))


def _compare_measures(a: Quantity, b: Quantity) -> Change | None:
    """300 km / 190 miles, 80 degrees / 26 degrés: translators convert units and round the result."""
    (da, fa), (db, fb) = _factor(a), _factor(b)
    if da != db or a.value is None or b.value is None:
        return None
    if da == "temp":
        # a temperature or a difference of temperatures, in either scale: 80 °F = 27 °C, a 10-degree rise = 6 °C
        readings = [(a.value - 32) * 5 / 9, a.value, (a.value * 9 / 5) + 32, a.value * 5 / 9, a.value * 9 / 5]
        return "same" if any(abs(x - b.value) <= 1.5 for x in readings) else "changed"
    x, y = a.value * fa, b.value * fb
    if da == "time":
        return "same" if abs(x - y) <= 0.02 * max(abs(x), abs(y)) else "changed"  # "two decades" = 20 years
    # converted lengths are rounded: 5% or the last written digit of either side (1 inch -> "2 cm"), or
    # within 10% to the last non-zero digit of both ("200 miles" = 322 km -> "300 km"; not "100 miles" =
    # 161 km -> "200 km", nor 322 km -> "350 km")
    slack = max(0.05 * max(abs(x), abs(y)), a.step * fa, b.step * fb)
    rounded = min(0.1 * max(abs(x), abs(y)), _round_step(a) * fa / 2, _round_step(b) * fb / 2)
    return "same" if abs(x - y) <= max(slack, rounded) else "changed"


def _round_step(q: Quantity) -> float:
    """The place of a whole figure's last non-zero digit ("300" -> 100, "385" -> 1); 0 for a fraction."""
    if q.value is None or q.value <= 0 or q.value != int(q.value) or q.step < 1:
        return 0.0
    digits = f"{q.value:.0f}"
    return 10.0 ** (len(digits) - len(digits.rstrip("0")))


def _converts_to(m: Quantity, n: Quantity) -> bool:
    """Is bare number `n` measure `m` in another unit of its dimension ("4 inches" / "llegar a los 10")?"""
    dim, fac = _factor(m)
    if m.value is None or n.value is None or not dim or dim == "time":
        return False
    if dim == "temp":
        return any(abs(x - n.value) <= 1.5 for x in ((m.value - 32) * 5 / 9, (m.value * 9 / 5) + 32))
    x = m.value * fac
    return any(abs(x - n.value * f) <= max(0.05 * x, f) for d, f in set(_UNITS.values()) if d == dim)


def _relate_magnitude(a: Quantity, b: Quantity) -> Change | None:
    """A count given by its order ("hundreds", "数百") against the other side's figure."""
    m, o = (a, b) if a.unit == "magnitude" else (b, a)
    if m.value is None or o.value is None:
        return None
    if o.kind == "quantifier":
        if o.value >= 4:
            return None  # "most", "all": a proportion, not a count
        if o.value == 3:
            return "same"  # "hundreds" / "many"
        return "weakened" if m is a else "strengthened"  # "Hundreds died" -> "Vài người chết" (a few)
    if o.kind != "number" or o.unit == "fraction":
        return None
    if o.unit == "magnitude":
        return "same" if o.value == m.value else "changed"
    if m.value <= o.value < 10 * m.value or (o.approx and o.value == 10 * m.value):
        return "same"  # "hundreds" / "more than 300", "thousands" / "nearly 10,000"
    # a count in digits is a claim ("Hundreds died" -> "50 died"); a number word elsewhere in the other
    # sentence is seldom the same figure ("многотысячный митинг … два")
    return None if o.words else "changed"


def _same_length(x: float, y: float, same_unit: bool) -> bool:
    """Two lengths in days: equal in the same unit ("18 years ago" is not "19 years ago"), within 10%
    across units ("a month ago" / "vor vier Wochen": 30 and 28 days)."""
    return _close(x, y) if same_unit else abs(x - y) <= 0.1 * x


def _counted_back(a: Quantity, b: Quantity) -> bool:
    """A relative date counted in units ("two days earlier", "hace 36 años") and a bare duration or
    number on the other side may be one figure (`_as_relative`)."""
    r, o = (a, b) if a.kind == "relative" else (b, a)
    return r.kind == "relative" and r.unit in _UNIT_DAYS and o.kind in ("duration", "number")


def _count_vs_quantifier(a: Quantity, b: Quantity) -> bool:
    """A magnitude count ("hundreds") and a quantifier of amount ("a few", "many") may be one figure."""
    return {a.kind, b.kind} == {"number", "quantifier"} and "magnitude" in (a.unit, b.unit)


def relate(a: Quantity, b: Quantity) -> Change | None:
    """How source figure `a` relates to derived figure `b`; None if they cannot be the same figure."""
    if (a.unit == "times") != (b.unit == "times") and not (a.value == b.value and not (a.words and b.words)):
        return None  # "tripled" and a count of something else; "twice" / "2x" is still the same figure
    if a.part and b.part and a.part != b.part and {a.kind, b.kind} <= {"year", "date"}:
        same = a.year == b.year if a.kind == b.kind == "date" else _mentions(a) & _mentions(b)
        if same and (a.kind != "date" or b.kind != "date" or a.month == b.month):
            return "changed"  # "early 2026" -> "late 2026", "Anfang März" -> "end of March"
    if a.unit == "magnitude" or b.unit == "magnitude":
        return _relate_magnitude(a, b)
    if a.kind == "quantifier" or b.kind == "quantifier":
        if a.kind != b.kind or a.value is None or b.value is None:
            return None
        if a.value == b.value:
            return "same"
        return "weakened" if b.value < a.value else "strengthened"
    if _counted_back(a, b):
        r, o = (a, b) if a.kind == "relative" else (b, a)
        # one side counts from the story's moment, the other says only how long: compare the lengths (a
        # bare number counts in the relative date's unit: "两周前" read as a bare "两")
        unit = o.unit if o.kind == "duration" else r.unit
        if unit not in _UNIT_DAYS or r.value is None or o.value is None or o.unit == "fraction":
            return None
        return "same" if _same_length(abs(r.value), o.value * _UNIT_DAYS[unit], r.unit == unit) else "changed"
    if a.kind == b.kind == "relative" and a.value is not None and b.value is not None and a.value and b.value:
        same_day = a.value * b.value > 0 and _same_length(abs(a.value), abs(b.value), a.unit == b.unit)
        return "same" if same_day else "changed"
    if a.kind in ("weekday", "relative", "time") or b.kind in ("weekday", "relative", "time"):
        if a.kind != b.kind or a.value is None or b.value is None:
            return None
        if a.kind == "time" and a.value % 720 == b.value % 720:
            return "same"  # 15:50 and 3:50 p.m.; a 12-hour clock without a.m./p.m. too
        return "same" if a.value == b.value else "changed"
    if a.kind == "code" or b.kind == "code":
        if a.kind == b.kind == "code":
            if a.digits == b.digits or (
                not re.search(r"[^\W\d_]", a.text + b.text)
                and sorted(re.findall(r"\d+", a.text)) == sorted(re.findall(r"\d+", b.text))
            ):
                return "same"  # "1-0 defeat" / "0:1-Niederlage": a score from the other side
            pa, pb = (re.sub(r"[\W\d_]", "", q.text).lower()[:3] for q in (a, b))
            return "changed" if pa == pb else None  # COVID-19 -> COVID-22; not SS19 / Sommer-2019
        other = b if a.kind == "code" else a
        code = a if a.kind == "code" else b
        if code.value is not None and other.value is not None and _close(code.value, other.value):
            return "same"
        # "Formel-1" -> "Formula 6": an identifier's number written apart in the other language
        if code.value is not None and other.kind == "number" and not other.words and other.value is not None \
                and other.value < 100 and code.value < 100:
            return "changed"
        return None
    if a.kind == "date" and b.kind == "date":
        if "numeric" in (a.unit, b.unit) and (a.day, a.month) == (b.month, b.day):
            return "same"  # 2/3 read month-first in one language and day-first in the other
        diff = [(x, y) for x, y in ((a.year, b.year), (a.month, b.month), (a.day, b.day))
                if x is not None and y is not None]
        if any(x != y for x, y in diff):
            return "changed"
        if (a.day is None and b.day is not None) or (a.month is None and b.month is not None):
            return "more_specific"
        if (b.day is None and a.day is not None) or (b.month is None and a.month is not None):
            return "less_specific"
        return "same"
    if a.kind == "date" or b.kind == "date":
        d, o = (a, b) if a.kind == "date" else (b, a)
        if o.value is None:
            return None
        if o.value in (d.day, d.year, d.month):
            return "same"  # one side's date written in a way the other side's extraction missed
        if o.kind in ("year",) and d.year is not None:
            return "changed"
        if o.kind in ("number", "ordinal") and d.day is not None and 1 <= o.value <= 31:
            return "changed"
        return None
    if a.value is None or b.value is None:
        return None
    if (a.kind == "century") != (b.kind == "century"):
        c, o = (a, b) if a.kind == "century" else (b, a)
        if o.kind in ("decade", "year") and o.unit != "short":
            # the 1920s lie in the 20th century (1901-2000; decades count from 1900)
            return "same" if int(c.value) - 1 <= o.value / 100 <= int(c.value) else "changed"
    if a.kind == "decade" or b.kind == "decade":
        if "short" in (a.unit, b.unit) and a.value % 100 == b.value % 100:
            return "same"
        if _close(a.value, b.value):
            return "same"  # "the 2000s" / "los 2000": the decade, however written
        other = b if a.kind == "decade" else a
        return "changed" if other.kind in ("decade", "year") else None
    if {a.kind, b.kind} == {"measure", "number"} and not any(_close(x, y) for x in _readings(a) for y in _readings(b)):
        m, n = (a, b) if a.kind == "measure" else (b, a)
        return "same" if _converts_to(m, n) else "changed"  # a unit written on one side only
    if a.kind == b.kind and a.kind in ("measure", "duration") and a.unit != b.unit \
            and (_factor(a) != _factor(b) or _factor(a)[0] == "temp"):
        return _compare_measures(a, b)
    if "fraction" in (a.unit, b.unit) and a.unit != b.unit and a.kind != "percent" and b.kind != "percent":
        f, o = (a, b) if a.unit == "fraction" else (b, a)
        if f.value and o.value and _close(1 / f.value, o.value, 1e-3):
            return "same"  # "one in five" / "jedes fünfte Kind" / "un enfant sur cinq"
    if {a.kind, b.kind} == {"percent", "number"}:
        p, f = (a, b) if a.kind == "percent" else (b, a)
        if f.unit == "fraction" and f.value is not None:
            # a fifth = 20%, a third = 33% or 33.3% (a percentage rounds a fraction to a point at most)
            return "same" if abs(p.value - 100 * f.value) < 1.0 else "changed"
    if any(_close(x, y) for x in _readings(a) for y in _readings(b)):
        if {a.kind, b.kind} == {"percent", "points"}:
            return "unit_changed"
        if a.kind == "money" and b.kind == "money" and a.unit and b.unit and not (
            set(a.unit.split("/")) & set(b.unit.split("/"))
        ):
            return "unit_changed"
        if a.kind == "duration" and b.kind == "duration" and a.unit != b.unit:
            return "unit_changed"
        return "same"
    if _rounds_to(a, b) or _rounds_to(b, a):
        return "rounded"
    return "changed"


_KIND_GROUP = {
    "measure": "n",
    "number": "n", "ordinal": "n", "money": "n", "percent": "n", "points": "n", "duration": "n", "year": "n",
    "decade": "n", "century": "n", "code": "n", "date": "n",
    "quantifier": "q", "weekday": "w", "relative": "r", "time": "t",
}


def _cost(a: Quantity, b: Quantity, rel: Change) -> float:
    base = {"same": 0.0, "rounded": 1.0, "more_specific": 1.5, "less_specific": 1.5, "unit_changed": 2.0}.get(
        rel, 5.0
    )
    if a.kind != b.kind:
        base += 0.5
    if rel == "changed" and a.value and b.value and a.value > 0 and b.value > 0:
        base += min(3.0, abs(math.log10(a.value / b.value)))  # prefer the nearest in magnitude
    if a.words != b.words:
        base += 0.1
    return base


def match(source: Sequence[Quantity], derived: Sequence[Quantity]) -> list[Match]:
    """Pair the figures of two sentences at the least total cost.

    The cost of a pair is 0 for the same figure written another way and grows from rounding, to a
    change of unit, to a changed value (nearer magnitudes cheaper); pairs that cannot be the same
    figure (a quantifier and a year) are not allowed; leaving a figure unpaired costs more than any
    change, so a changed figure is reported as changed, not as dropped and added.
    """
    options: dict[tuple[int, int], tuple[float, Change]] = {}
    for i, a in enumerate(source):
        for j, b in enumerate(derived):
            if _KIND_GROUP[a.kind] != _KIND_GROUP[b.kind] and not _count_vs_quantifier(a, b) \
                    and not _counted_back(a, b):
                continue
            rel = relate(a, b)
            if rel is not None:
                options[(i, j)] = (_cost(a, b, rel), rel)
    unmatched_cost = 6.0  # a leftover figure costs more than any pair: changed beats dropped + added
    chosen = _assign(len(source), len(derived), options, unmatched_cost)
    out: list[Match] = []
    done_s, done_d = set(), set()
    for i, j in chosen:
        out.append(Match(options[(i, j)][1], source[i], derived[j]))
        done_s.add(i)
        done_d.add(j)
    # a leftover whose number is written somewhere on the other side (a date's year, a time's hour,
    # a figure the other side's extraction read as another kind) was not dropped
    src_vals = set().union(*(_mentions(q) for q in source)) if source else set()
    der_vals = set().union(*(_mentions(q) for q in derived)) if derived else set()
    out += [Match("dropped", q, None) for i, q in enumerate(source)
            if i not in done_s and not (_mentions(q) & der_vals)]
    out += [Match("added", None, q) for j, q in enumerate(derived)
            if j not in done_d and not (_mentions(q) & src_vals)]
    return out


def _assign(ns: int, nd: int, options: dict[tuple[int, int], tuple[float, Change]],
            unmatched: float) -> list[tuple[int, int]]:
    """Minimum-cost partial assignment (Hungarian algorithm, O(n^3)).

    Square matrix of size ns + nd: a source figure is paired with a derived one, or with its own
    "unmatched" column at `unmatched`; the padding rows and columns cost nothing among themselves.
    """
    n = ns + nd
    if n == 0 or not options:
        return []
    big = 1e9
    cost = [[big] * n for _ in range(n)]
    for (i, j), (c, _) in options.items():
        if c < 2 * unmatched:
            cost[i][j] = c
    for i in range(ns):
        cost[i][nd + i] = unmatched
    for j in range(nd):
        cost[ns + j][j] = unmatched
        for i in range(ns):
            cost[ns + j][nd + i] = 0.0
    # e-maxx formulation, 1-based potentials
    u, v, p, way = [0.0] * (n + 1), [0.0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [math.inf] * (n + 1), [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], math.inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    return sorted((p[j] - 1, j - 1) for j in range(1, nd + 1)
                  if 0 < p[j] <= ns and (p[j] - 1, j - 1) in options and cost[p[j] - 1][j - 1] < big)


def merge(quantities: Iterable[Quantity]) -> list[Quantity]:
    """Drop figures nested inside another one (a code that covers a number, a date over its day)."""
    qs = sorted(quantities, key=lambda q: (q.start, -(q.end - q.start)))
    out: list[Quantity] = []
    for q in qs:
        if out and q.start >= out[-1].start and q.end <= out[-1].end:
            continue
        out.append(q)
    return out


__all__ = ["MAGNITUDE_NAMES", "QUANTIFIER_NAMES", "VAST_MAJORITY", "Change", "Kind", "Match", "Quantity", "extract",
           "match", "merge", "parse_number", "relate"]
