"""Entity changes: a named person, place, organisation or outlet replaced (`entity_change`), an
attribution dropped, or, across languages, a source name the derived sentence left out
(`partial_omission`, "name dropped").

No multilingual NER model is available offline, so candidates come from the surface:
capitalised word runs (accented capitals included; a lone sentence-initial word only when it would
be capitalised anywhere, `_first_name`), acronyms, letter-digit tokens ("F-35", "COVID-19"),
Latin-script names inside non-Latin text, in Chinese the proper nouns CC-CEDICT lists, with their
English forms (`lexicon.py`), and the names jieba tags that it does not (`chinese_names.py`), in
Japanese the proper nouns UniDic tags, with their readings in romaji, and the katakana words it does
not know (`japanese.py`), and in scripts without capitals (Devanagari, Arabic...) the places a
gazetteer knows (`places.py`) and, in Hindi, the name an honorific or a title announces. A derived
entity has a counterpart when each of its words resembles a word of the source after
transliteration (Cyrillic -> Latin, diacritics stripped) and allowing for inflection ("Manchesterze",
"Duplantise"), or when the gazetteer knows it as a place the other sentence names in any language
(Köln / Cologne, 海参崴 / Vladivostok). Names a translator renders differently ("中美洲" ->
"Central America", "Schwarzwald" -> "Black Forest") have no string counterpart, so with an
embedder the detector asks the sentence itself: a replaced entity is foreign to the source, and
deleting it from the derived sentence brings the derived sentence *closer* to the source; deleting
a faithful one moves it away. The gain is small (cosines are bunched) but its sign is informative.
When the embedder also gives token vectors (`token_embeddings`), word alignment adds a second piece
of evidence: the words of a replaced name align worse to the source than the rest of the sentence,
a transliterated or translated name aligns as well as its neighbours (`alignment_z`). Thresholds were tuned on DEMETR
ids <= 300 and the even documents of bench/false_alarms.py (bench/results/entities.md). The same test
runs on source names with no counterpart in the derived sentence (`missing`): deleting a dropped name
brings the source closer to the derived sentence.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, lru_cache

import numpy as np

from provenance.core import Bead, Document, Finding
from provenance.detect import Comparison, deletion_gains, japanese, places, wordlists
from provenance.detect.chinese_names import audible, heard_in, unlike_words, unlisted_names
from provenance.detect.hindi_names import DEVANAGARI_WORD, hindi, unlisted_words
from provenance.detect.lexicon import LexiconName, forms_of, names_in
from provenance.detect.modality import to_document_range
from provenance.detect.quantities import CURRENCY_CODES
from provenance.detect.readings import (
    CJK_RUN,
    KANA,
    has_reading,
    heard_in_latin,
    phonetic_key,
    phonetic_keys,
    sounds_in,
)
from provenance.detect.spans import TokenVectors, _zscores, token_vectors, units, word_vectors
from provenance.detect.text import sentence_initial
from provenance.segment import punkt_model_name

_CYR = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "_",
            "y",
            "_",
            "e",
            "yu",
            "ya",
            "i",
            "yi",
            "ye",
            "g",
        ],
        strict=True,
    )
)

# capitalised words that start sentences or clauses without naming anything
_FUNCTION = frozenset(
    [
        # "I've", "I'm": the pronoun is capitalised anywhere; German "Sie", "Ihnen" (polite you) too
        "i've",
        "i'm",
        "i'd",
        "i'll",
        "i’ve",
        "i’m",
        "i’d",
        "i’ll",
        "sie",
        "ihnen",
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "our",
        "my",
        "in",
        "on",
        "at",
        "of",
        "for",
        "from",
        "by",
        "with",
        "to",
        "and",
        "but",
        "or",
        "as",
        "if",
        "when",
        "while",
        "after",
        "before",
        "since",
        "during",
        "under",
        "over",
        "however",
        "meanwhile",
        "also",
        "according",
        "there",
        "here",
        "then",
        "thus",
        "so",
        "yet",
        "not",
        "no",
        "all",
        "some",
        "many",
        "most",
        "one",
        "two",
        "three",
        "on",
        "in",
        "der",
        "die",
        "das",
        "ein",
        "eine",
        "le",
        "la",
        "les",
        "un",
        "une",
        "el",
        "los",
        "las",
        "il",
        "lo",
        "gli",
        "i",
        "en",
        "y",
        "et",
        "und",
        "mit",
        "von",
        "zu",
        "im",
        "am",
    ]
)
# capitalised in English and German but dates, not names: the figures detector compares them
_CALENDAR = frozenset(
    {
        # Vietnamese weekdays are "thứ" + a capitalised number word: "thứ Sáu" is Friday
        "hai",
        "ba",
        "tư",
        "năm",
        "sáu",
        "bảy",
        "chủ",
        "nhật",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
        "januar",
        "februar",
        "märz",
        "juni",
        "juli",
        "oktober",
        "dezember",
        # Turkish writes its weekdays and months capitalised
        "pazartesi",
        "salı",
        "çarşamba",
        "perşembe",
        "cuma",
        "cumartesi",
        "pazar",
        "ocak",
        "şubat",
        "mart",
        "nisan",
        "mayıs",
        "haziran",
        "temmuz",
        "ağustos",
        "eylül",
        "ekim",
        "kasım",
        "aralık",
    }
)

_CONNECTORS = frozenset(
    [
        "of",
        "de",
        "del",
        "della",
        "di",
        "da",
        "von",
        "van",
        "der",
        "den",
        "du",
        "la",
        "le",
        "al",
        "bin",
        "ibn",
        "y",
        "and",
        "&",
        "the",
    ]
)
# Country and region names that translators render by meaning, not by sound or spelling: the English
# name -> stems of its forms in the source languages (lower case; a stem matches the start of a word,
# or anywhere in Han and kana text). Only the most frequent in news, with demonym stems; the gazetteer is places.py.
_EXONYMS: dict[str, tuple[str, ...]] = {
    "united states": ("vereinigte staaten", "états-unis", "etats-unis", "estados unidos", "stati uniti",
                      "stany zjednoczon", "spojené stát", "spojených stát", "соединённы", "соединенны",
                      "сша", "usa", "美国", "米国", "アメリカ", "अमेरिका", "अमरीका"),
    "america": ("amerik", "amériqu", "améric", "americ", "америк", "美洲", "美国", "アメリカ", "अमेरिका"),
    "britain": ("großbritannien", "grande-bretagne", "gran bretaña", "gran bretagna", "wielka brytani",
                "wielkiej brytanii", "británi", "велик", "британи", "英国", "イギリス", "英國", "ब्रिटेन"),
    "united kingdom": ("vereinigte königreich", "royaume-uni", "reino unido", "regno unito", "zjednoczone królestwo",
                       "spojené království", "соединённое королевство", "соединенное королевство", "英国",
                       "イギリス", "ब्रिटेन"),
    "germany": ("deutschland", "allemagne", "alemania", "germania", "niemc", "německ", "германи", "德国", "ドイツ",
                "जर्मनी"),
    "germans": ("deutsch", "allemand", "alemán", "aleman", "tedesc", "niem", "němc", "немц", "德国人", "ドイツ人",
                "जर्मन"),
    "france": ("frankreich", "francia", "francj", "franci", "франци", "法国", "フランス", "फ्रांस"),
    "spain": ("spanien", "espagne", "españa", "spagna", "hiszpani", "španěl", "испани", "西班牙", "スペイン", "स्पेन"),
    "italy": ("italien", "italie", "italia", "włoch", "itáli", "итали", "意大利", "イタリア", "इटली"),
    "russia": ("russland", "russie", "rusia", "russia", "rosj", "rusk", "росси", "俄罗斯", "俄国", "ロシア", "रूस"),
    "china": ("chin", "čín", "китай", "китая", "中国", "中國", "中華", "चीन"),
    "japan": ("japon", "giappon", "japoni", "japonsk", "японии", "япония", "日本", "जापान"),
    "korea": ("korea", "corée", "corea", "korei", "koreji", "коре", "韩国", "韓国", "朝鲜", "北朝鮮", "कोरिया"),
    "poland": ("polen", "pologne", "polonia", "polsk", "polsc", "польш", "波兰", "ポーランド", "पोलैंड"),
    "czech republic": ("tschechi", "tchéqui", "república checa", "repubblica ceca", "czech", "česk", "чехи", "捷克",
                       "チェコ", "चेक"),
    "india": ("indien", "inde", "indi", "indie", "инди", "印度", "インド", "भारत"),
    "europe": ("europa", "europ", "европ", "欧洲", "欧州", "ヨーロッパ", "यूरोप"),
    "european union": ("europäische union", "union européenne", "unión europea", "unione europea", "unia europejsk",
                       "evropská unie", "европейский союз", "евросоюз", "欧盟", "欧州連合", "यूरोपीय संघ", "eu", "ue"),
    "greece": ("griechenland", "grèce", "grecia", "grecj", "řeck", "греци", "希腊", "ギリシャ", "ग्रीस", "यूनान"),
    "netherlands": ("niederland", "pays-bas", "países bajos", "paesi bassi", "holandi", "nizozem", "нидерланд",
                    "荷兰", "オランダ", "नीदरलैंड"),
    "switzerland": ("schweiz", "suisse", "suiza", "svizzera", "szwajcari", "švýcar", "швейцари", "瑞士", "スイス",
                    "स्विट्ज़रलैंड"),
    "austria": ("österreich", "autriche", "austria", "rakous", "австри", "奥地利", "オーストリア", "ऑस्ट्रिया"),
    "turkey": ("türkei", "turquie", "turquía", "turchia", "turcj", "turek", "turecko", "турци", "土耳其", "トルコ",
               "तुर्की"),
    "egypt": ("ägypten", "égypte", "egipt", "egitto", "egypt", "египет", "египт", "埃及", "エジプト", "मिस्र"),
    "middle east": ("nahen osten", "moyen-orient", "oriente medio", "medio oriente", "bliski wsch", "blízk",
                    "ближн", "中东", "中東", "मध्य पूर्व", "orta doğu", "ortadoğu"),
    "united nations": ("vereinte nationen", "nations unies", "naciones unidas", "nazioni unite", "organizacja narodów",
                       "spojené národy", "оон", "联合国", "国連", "संयुक्त राष्ट्र", "onu", "osn"),
    # bodies every language names by meaning
    "red cross": ("rotes kreuz", "roten kreuz", "croix-rouge", "cruz roja", "croce rossa", "czerwony krzyż",
                  "červený kříž", "красный крест", "красного креста", "червоний хрест", "червоного хреста", "红十字",
                  "赤十字", "chữ thập đỏ", "palang merah", "cruz vermelha", "kızılhaç", "qizil xoch", "қызыл крест",
                  "الصليب الأحمر", "रेड क्रॉस"),
    "white house": ("weiße haus", "weißen haus", "maison blanche", "casa blanca", "casa bianca", "biały dom",
                    "białego domu", "bílý dům", "белый дом", "белого дома", "білий дім", "білого дому", "白宫",
                    "ホワイトハウス", "nhà trắng", "gedung putih", "casa branca", "beyaz saray", "oq uy", "ақ үй",
                    "البيت الأبيض", "व्हाइट हाउस"),
    # oceans and seas, which every language names by meaning
    "pacific": ("pazifik", "pacifique", "pacífico", "pacifico", "pacyfik", "tichý oceán", "тихий океан", "тихом океане",
                "тихого океана", "тихоокеан", "тихому океану", "太平洋", "thái bình dương", "pasifik", "tinch okeani",
                "тынық мұхит", "المحيط الهادئ", "प्रशांत"),
    "atlantic": ("atlantik", "atlantique", "atlántico", "atlantico", "atlantyk", "atlantsk", "атлантическ", "атлантик",
                 "大西洋", "đại tây dương", "الأطلسي", "अटलांटिक"),
    "mediterranean": ("mittelmeer", "méditerranée", "mediterráneo", "mediterraneo", "mediterrâneo", "śródziemn",
                      "středozem", "средиземн", "地中海", "địa trung hải", "akdeniz", "o'rta yer dengizi", "жерорта",
                      "البحر المتوسط", "भूमध्य"),
    "arctic": ("arktis", "arctique", "ártico", "artico", "arktyczn", "arktick", "арктик", "арктич", "北极", "北極",
               "bắc cực", "arktik", "القطب الشمالي", "आर्कटिक"),
    # acronyms each language spells from its own words
    "un": ("onu", "uno", "oon", "osn", "оон", "联合国", "国連", "संयुक्त राष्ट्र"),
    "gdp": ("bip", "pib", "pkb", "hdp", "ввп", "国内生产总值", "国内総生産", "जीडीपी", "सकल घरेलू"),
    "nato": ("otan", "нато", "北约", "北大西洋"),
    "who": ("oms", "воз", "世卫", "世界卫生", "世界保健"),
    "imf": ("iwf", "fmi", "mmf", "мвф", "国际货币基金", "国際通貨基金"),
    "eu": ("ue", "ес", "евросоюз", "欧盟", "欧州連合"),
}  # fmt: skip


# heads and descriptors of names that translators translate word for word around a kept name
def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_GENERIC = _wordset(
    """falls river rivers lake lakes mountain mountains mount island islands sea ocean bay gulf strait
    peninsula valley desert forest park square street avenue road bridge tower palace castle cathedral
    church temple mosque airport station stadium arena hospital museum university college school
    institute academy ministry office department bureau agency council committee commission court
    parliament assembly senate party government administration authority police army navy forces
    force guard union federation association league club company corporation group bank fund
    foundation center centre service services region province district county state city town village
    republic kingdom empire prefecture domain day week festival summit conference award prize cup
    national federal democratic social socialist liberal conservative labour labor green republican
    people's popular united central north south east west northern southern eastern western upper lower
    great new old royal imperial international foreign internal interior home justice health defence
    defense education finance economic supreme constitutional high grand public civil military naval
    affairs security emergency development science sciences culture cultural sports"""
)

_TITLES = _wordset(
    """president prime minister chancellor secretary governor mayor senator king queen prince princess
    pope chairman chairwoman chair director general minister premier ambassador judge justice leader
    mr mrs ms dr prof sir dame lord lady det sgt father rev reverend bishop coach trainer ceo deputy inspector
    detective constable sergeant superintendent commissioner congressman congresswoman
    peder başkan başkanı başbakan cumhurbaşkanı bakan bakanı sayın vali valisi büyükelçi milletvekili senatör
    kral kraliçe"""
)

# courtesy titles, which name no one alone (unlike "President" or "Queen" put in a name's place)
_COURTESY = _wordset("mr mrs ms dr prof sir")

# phrases that credit a statement to the name after them, in the languages the tool reads: an outlet
# swapped inside one ("according to Reuters" -> "по данным ТАСС") is a changed source, not a dropped one
_CREDIT = (
    r"(?<!\w)(?:according to|quoted by|cited by|по данным|по сообщению|по информации|по словам|со ссылкой на|"
    r"как сообщает|как сообщил[аи]?|за даними|за повідомленням|за інформацією|за словами|з посиланням на|"
    r"як повідомляє|як повідомив|як повідомил[аи]|згідно з|laut|nach Angaben (?:von|des|der)|selon|d['’]après|según|"
    # Portuguese "segundo" is also "second": not after an article ("o segundo jogo")
    r"de acuerdo con|(?<!o )(?<!a )(?<!um )(?<!uma )(?<!no )(?<!na )(?<!do )(?<!da )segundo|de acordo com|"
    r"citado por|secondo|stando a|według|podle|theo|menurut)(?!\w)|据|援引"
)
# ... and those that follow it (German "zufolge", Japanese "によると", Hindi "के अनुसार", Turkish "göre" after a
# name in the dative: "Reuters'a göre", not "buna göre", accordingly)
_CREDIT_AFTER = r"zufolge|によると|によれば|के अनुसार|(?:(?<=['’][ae] )|(?<=['’][yn][ae] ))göre(?!\w)"
_CREDIT_AFTER_RX = re.compile(rf"\s*(?:{_CREDIT_AFTER})", re.IGNORECASE)
_ATTRIBUTION = re.compile(r"\b(according to|said|says|told|reported|reports|quoted by|cited by|per)\b", re.IGNORECASE)
_ATTRIBUTION_KEPT = re.compile(r"according to|quoted by|cited by|said|reported", re.IGNORECASE)
# verbs of saying, per language: a source sentence with one credits its statement to someone, and "X said"
# comes out as "according to X" in translation; a credit with none of them in the source was added
_SAYS: dict[str, re.Pattern[str]] = {
    lang: re.compile(rx, re.IGNORECASE)
    for lang, rx in {
        "en": r"\b(?:said|says|say|told|tells|reported|reports|stated|states|announced|claimed|claims|wrote|writes|"
        r"added|noted|explained|confirmed|warned|insisted|admitted|argued|denied|revealed|quoted|cited|according)\b",
        "de": r"\b(?:sagte|sagt|sagten|erklärte|erklärt|teilte|teilt|berichtete|berichtet|berichten|meldete|meldet|"
        r"schrieb|schreibt|betonte|sprach|hieß|heißt|bestätigte|kündigte|zufolge|laut)\b",
        "fr": r"\b(?:dit|déclaré|déclare|affirmé|affirme|indiqué|indique|rapporté|rapporte|annoncé|annonce|écrit|"
        r"expliqué|explique|ajouté|ajoute|confirmé|selon|d['’]après|précisé|précise|souligné|estimé|estime)\b",
        "es": r"\b(?:dijo|dice|dicen|afirmó|afirma|declaró|declara|indicó|indica|informó|informa|señaló|señala|"
        r"escribió|anunció|explicó|añadió|confirmó|aseguró|según)\b",
        "it": r"\b(?:detto|dice|dichiarato|affermato|afferma|spiegato|riferito|riferisce|annunciato|scritto|"
        r"aggiunto|confermato|secondo)\b",
        "pt": r"\b(?:disse|diz|afirmou|afirma|declarou|informou|anunciou|escreveu|explicou|acrescentou|"
        r"confirmou|segundo)\b",
        "ru": r"(?<!\w)(?:сказал\w*|заявил\w*|сообщил\w*|сообщает|сообщают|отметил\w*|рассказал\w*|пишет|"
        r"написал\w*|говорит|говорится|подчеркнул\w*|объяснил\w*|добавил\w*|подтвердил\w*|по\s+словам|"
        r"по\s+данным)(?!\w)",
        "pl": r"(?<!\w)(?:powiedział\w*|mówi|oświadczył\w*|poinformował\w*|podał\w*|napisał\w*|dodał\w*|"
        r"według|przekazał\w*|stwierdził\w*|zaznaczył\w*)(?!\w)",
        "cs": r"(?<!\w)(?:řekl\w*|uvedl\w*|sdělil\w*|oznámil\w*|napsal\w*|dodal\w*|podle|prohlásil\w*|"
        r"potvrdil\w*|uvádí|píše)(?!\w)",
        "vi": r"(?<!\w)(?:cho biết|nói|cho hay|tuyên bố|khẳng định|thông báo|theo|viết|nhấn mạnh|xác nhận)(?!\w)",
        "zh": r"表示|说|称|报道|指出|宣布|透露|告诉|据|写道|强调|证实",
        "ja": r"述べ|語っ|語る|話し|話す|発表|によると|によれば|明らかにし|伝え|報じ|書い|強調",
    }.items()
}
_CREDIT_RX = re.compile(_CREDIT, re.IGNORECASE)
# between a credit phrase and its name: articles, and up to three lower-case words saying what the name
# is, after an article ("según el diario El País", "according to the state news agency Xinhua"); not a
# preposition ("according to the president of the Chamber" credits the president) nor a clause. Without
# an article the word may be the head of a genitive ("по словам члена Ассамблеи", a member's words)
_ARTICLES = frozenset({"the", "el", "la", "los", "las", "le", "les", "der", "die", "das", "des", "dem", "den", "il",
                       "lo", "gli", "l'", "l’"})  # fmt: skip
_GAP_STOPS = frozenset({"of", "de", "del", "della", "di", "du", "von", "vom"})
_CREDIT_GAP_WORDS = 3


def _entity_pattern(capital: str) -> re.Pattern[str]:
    # a capitalised word ("Gazeta.uz", "U.S": a dot only inside), an acronym or a code
    return re.compile(
        rf"(?:{capital}(?:[\w'’-]|\.(?=\w))*|{capital}{{2,}}|\w*\d\w*-?\w*)"
        r"(?:\s+(?:(?:of|de|del|della|di|da|von|van|der|den|du|al|bin|ibn|the|y|&)\s+)*"
        rf"{capital}(?:[\w'’-]|\.(?=\w))*)*"
    )


# Latin capitals, accented ones included: "Česku", "Österreich", "Łódź", "Élysée"
_CAPITAL = "[A-Z" + "".join(c for c in map(chr, [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]) if c.isupper()) + "]"
_ENTITY = _entity_pattern(_CAPITAL)
# Vietnamese capitalises the syllables it renders a foreign name by meaning with ("Đảng Bảo thủ" for the
# Conservatives, "Đại Bồn Địa" for the Great Basin, "Á-Âu"), which no spelling test can match; the names it
# keeps in their own letters start with a plain capital (NTREX en<->vi, 40 documents: 12 more false alarms
# with every capital)
_ENTITY_VI = _entity_pattern("[A-Z]")
_LATIN = r"A-Za-z\u00c0-\u024f"  # the letters of Latin script, accented ones included ("Cañitas", "Brně")
_LATIN_ONLY = re.compile(rf"[{_LATIN}'’.\s-]+")  # a name written in Latin letters and nothing else
_LATIN_NAME = re.compile(rf"[{_LATIN}][{_LATIN}0-9'’.&-]*(?:\s+[{_LATIN}0-9][{_LATIN}0-9'’.&-]*)*")
_CYR_NAME = re.compile(r"[А-ЯЁІЇЄҐ][\w'’-]*(?:\s+[А-ЯЁІЇЄҐ][\w'’-]*)*")
# a word with its combining marks: Python's \w leaves out the vowel signs of Devanagari, Thai and the
# rest (पाकिस्तान would split into single letters, each "matching" anything)
_MARKS = r"[\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670\u0900-\u0963\u0966-\u0dff\u0e31-\u0e4e]"
_WORD = re.compile(rf"(?:\w|{_MARKS})+")
# a word of a name as `_narrow` cuts it: apostrophes, dots and hyphens kept ("O'Brien", "Maison-Blanche"),
# and the marks (मेरठ is one word, not "म" and "रठ")
_NAME_PART = re.compile(rf"(?:[\w'’.-]|{_MARKS})+")


@dataclass(frozen=True, slots=True)
class Entity:
    """A candidate name in a text: `text == sentence[start:end]`."""

    start: int
    end: int
    text: str


@lru_cache(maxsize=65536)
def to_latin(text: str) -> str:
    """A folded Latin form for comparing names: Cyrillic transliterated, diacritics stripped,
    look-alike spellings merged ("Путин" -> "putin", "Макрон" and "Macron" -> "makron")."""
    low = text.lower()
    out = "".join(_CYR.get(c, c) for c in low).replace("_", "")
    out = "".join(c for c in unicodedata.normalize("NFKD", out) if not unicodedata.combining(c))
    # fold spellings that transliteration and languages disagree on: Makron/Macron, Dzhon/John
    # and English "ee" is the "и" of "Ли" (Lee)
    for a, b in (("dzh", "j"), ("zh", "j"), ("kh", "h"), ("ck", "k"), ("ph", "f"), ("w", "v"),
                 ("q", "k"), ("x", "ks"), ("c", "k"), ("y", "i"), ("ee", "i")):  # fmt: skip
        out = out.replace(a, b)
    return out


# German and Luxembourgish capitalise every noun: a lone capitalised word after a determiner (with up to
# three lower-case words between: "die drei neuen Berater") or with a noun-forming suffix is a common
# noun far more often than a name (NTREX-128 en->de, bench/false_alarms.py). Punkt's German model was
# no help here: its vocabulary knows "Berlin", "Schweiz", "Clinton" as it knows "Anhörung".
_NOUN_CAPITALISING = frozenset({"de", "lb"})


def _lang(tag: str | None) -> str:
    """The language subtag of a tag: "zh-CN" -> "zh"."""
    return (tag or "").split("-")[0].lower()


def _capitalises_nouns(lang: str | None) -> bool:
    """German and Luxembourgish capitalise every noun: a capital there does not make a name."""
    return _lang(lang) in _NOUN_CAPITALISING


_DE_DETERMINER = _wordset(
    """der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines
    dieser diese dieses diesen diesem jener jene jenes jenen jenem solche solcher solchen welche welcher
    welches welchen welchem jede jeder jedes jeden jedem alle allen aller viele vielen vieler einige
    einigen einiger mehrere mehreren mehrerer beide beiden wenige wenigen manche manchen
    mein meine meinen meinem meiner meines dein deine deinen deinem deiner deines sein seine seinen
    seinem seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere unseren unserem unserer unseres
    euer eure euren eurem eurer eures zum zur im am vom beim ins ans aufs durchs fürs ums
    d' dat dës dëse dësen dëser eng engem enger en em den"""
)
_DE_NOUN_SUFFIX = re.compile(
    r"(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|tät|täten|ismus|nis|nisse|nissen"
    r"|ment|mente|menten)$"  # not -er, -chen, -ling: "Schröder", "München", "Darling"
)


def _common_noun(text: str, begin: int, word: str) -> bool:
    """A lone capitalised German word that reads as a common noun: after a determiner, or with a
    noun suffix. Hyphenated words ("Trump-Regierung") and codes keep their name reading."""
    if "-" in word or _is_code(word) or len(word) < 3:
        return False
    if places.countries_named(word):
        return False  # a country takes an article too: "im Iran", "die Türkei", "der Schweiz"
    if _DE_NOUN_SUFFIX.search(word) and len(word) >= 8:
        return True  # "Anhörung", "Bereitschaftspolizei"-like compounds end so; short names ("Müller") are spared
    before = re.findall(r"[\w'’]+|[^\w\s]", text[:begin])
    for between, k in enumerate(range(len(before) - 1, max(-1, len(before) - 4), -1)):
        tok = before[k]
        low = tok.lower()
        if low in _DE_DETERMINER or low.startswith(("d'", "d’")):
            # "die Anhörung"; across words only inside a clause: "Das sagte Merkel" is no noun phrase
            return between == 0 or (k > 0 and before[k - 1][0].isalnum())
        if not (tok.isdigit() or (tok.islower() and re.search(r"(?:e|en|er|es|em)$", tok))):
            return False  # not an inflected adjective or a number: the noun phrase does not reach back
    return False


_ORTHO_MID_UC, _ORTHO_LC = 1 << 2, (1 << 4) | (1 << 5) | (1 << 6)  # nltk Punkt's ortho_context bits


@cache
def _punkt_vocabulary(model: str) -> dict[str, int]:
    """A Punkt model's vocabulary with its orthographic flags (built into the `punkt` wheel)."""
    import punkt

    return dict(punkt.load_model(model).ortho_context)


def capitalised_word(word: str, lang: str | None) -> bool:
    """Punkt's model of `lang` saw `word` (or it less one or two letters of ending: "Trumpa") only
    capitalised, and mid-sentence: a name or, in German, a noun. False without a model."""
    model = punkt_model_name(lang)
    if model is None:
        return False
    vocab = _punkt_vocabulary(model)
    low = word.lower()
    # a form the model saw in lower case is a common word ("though" is no "Thou", "grandes" no "Grand"),
    # except in German, where a form seen both ways is a noun and a verb ("Zahlen", "zahlen") and its stem
    # decides ("Zahl"); any unseen long form may be an inflection of its stem ("Washingtoner")
    flags = vocab.get(low, 0)
    seen_lower = flags & _ORTHO_LC and (not flags & _ORTHO_MID_UC or not _capitalises_nouns(lang))
    forms = (low,) if seen_lower or len(low) <= 5 else (low, low[:-1], low[:-2])
    for form in forms:
        flags = vocab.get(form, 0)
        if flags & _ORTHO_MID_UC and not flags & _ORTHO_LC:
            return True
    return False


def _name_words(name: str) -> list[str]:
    """The words of a name, its connectors ("of", "de", "von") left out."""
    return [w for w in _WORD.findall(name) if w.lower() not in _CONNECTORS]


def proper_only(name: str, lang: str | None) -> bool:
    """Every word of `name` is a name and nothing else in `lang`: Punkt's model of the language never
    saw it in lower case (nor, in German, as a capitalised noun), and it is no acronym. Such a name
    is kept or transliterated, never translated by meaning as "Wonders" or "Puritan" are, so its
    absence needs less confirmation. A name in Latin letters in a language with no Punkt model
    (Chinese, Japanese, Hindi: "尼拉贡戈火山（Nyiragongo）") is judged by the English model; any other
    name there is not judged (False)."""
    words = _name_words(name)
    if punkt_model_name(lang) is None and _LATIN_ONLY.fullmatch(name):
        lang = "en"
    if punkt_model_name(lang) is None or not words:
        return False
    nouns = _capitalises_nouns(lang)
    return all(
        w[:1].isupper()
        and sum(c.isupper() for c in w) < 2  # acronyms are expanded by meaning: "MSWiA", "ATM"
        and not lower_case_word(w, lang)
        and not (nouns and german_noun(w))
        for w in words
    )


def lower_case_word(word: str, lang: str | None) -> bool:
    """Punkt's model of `lang` saw `word` in lower case: a common word there. False without a model."""
    model = punkt_model_name(lang)
    return model is not None and bool(_punkt_vocabulary(model).get(word.lower(), 0) & _ORTHO_LC)


def german_noun(word: str) -> bool:
    """`word` (or its last part, for a compound: "Staubwolken" -> "wolken") is a word Punkt's German
    model saw capitalised mid-sentence and never in lower case: a noun, or a name. Used only where
    a name would need a partner to matter (see `EntityDetector.compare`)."""
    low = word.lower()
    # a compound's first part has at least 3 letters
    return any(capitalised_word(low[k:], "de") for k in range(0, max(1, len(low) - 3)) if not 0 < k < 3)


def _common_nouns_only(e: Entity, lang: str | None) -> bool:
    """In a language that capitalises its nouns, every word of `e` reads as a noun, and none is a code
    ("Zuschauer", "Berichten"; not "ARD")."""
    return _capitalises_nouns(lang) and all(not _is_code(w) and german_noun(w) for w in e.text.split())


def _runs(rx: re.Pattern[str], text: str, lang: str | None) -> Iterator[tuple[int, str]]:
    """The capitalised runs of `text` (`rx`'s matches) as (start, run). Turkish capitalises its weekdays and
    months and writes a case ending on a name's last word, so there a run is cut after such an ending and
    around a weekday or month: "Angela Merkel Pazartesi" (on Monday), "Ankara'da Putin" (Putin in Ankara)."""
    for m in rx.finditer(text):
        if _lang(lang) != "tr":
            yield m.start(), m.group()
            continue
        piece_start: int | None = None
        for w in re.finditer(r"\S+", m.group()):
            a, b = m.start() + w.start(), m.start() + w.end()
            if _NAME_ENDING.sub("", w.group()).lower() in _CALENDAR:
                if piece_start is not None:
                    yield piece_start, text[piece_start:a].rstrip()
                yield a, w.group()
                piece_start = None
                continue
            piece_start = a if piece_start is None else piece_start
            if _NAME_ENDING.search(w.group()):
                yield piece_start, text[piece_start:b]
                piece_start = None
        if piece_start is not None:
            yield piece_start, text[piece_start : m.end()]


# a currency counted by the number just before it ("20 亿美元", "五百万日元") is the figures detector's, not a name
_COUNTED = re.compile(r"[\d０-９零一二三四五六七八九十百千万萬亿億兆]\s*$")
_CURRENCY_GLOSS = re.compile(r"\b(?:dollar|yen|currency|euro|pound|yuan|rouble|ruble|rupee|franc|peso|won)\b", re.I)


def _counted_currency(text: str, n: LexiconName) -> bool:
    return bool(_COUNTED.search(text[: n.start])) and any(_CURRENCY_GLOSS.search(f) for f in n.forms)


def find_entities(text: str, lang: str | None = None) -> list[Entity]:
    """Candidate names of `text`: capitalised runs, acronyms, codes, Latin names in other scripts.

    `lang` (an ISO 639-1 code, when known) lets German and Luxembourgish text drop lone capitalised
    common nouns (`_common_noun`)."""
    nouns = _capitalises_nouns(lang)
    if not re.search(r"[A-Za-z\u00c0-\u024f]", text) or _mostly_non_latin(text):
        # Chinese, Japanese, Hindi, Russian...: Latin-script runs are names or codes
        rx = [_LATIN_NAME, _CYR_NAME]
    else:
        rx = [_ENTITY_VI if _lang(lang) == "vi" else _ENTITY]
    found: list[Entity] = []
    for r in rx:
        for start, run in _runs(r, text, lang):
            words = run.split()
            # a lone capitalised word opening the sentence or a clause is not a name by itself
            while words and words[0].lower().strip("'’.") in _FUNCTION:
                words = words[1:]
            if not words:
                continue
            phrase = " ".join(words)
            end = start + len(run)
            while end > start and text[end - 1] in ".'’-":  # sentence full stop, closing quote
                end -= 1
            begin = text.find(words[0], start)
            if begin < 0:
                continue
            if sentence_initial(text, begin) and not _is_code(words[0]) and r is not _LATIN_NAME:
                # the first word of a sentence is capitalised anyway: "Yesterday Putin" -> "Putin"
                # (kept as a candidate, "Boston is by far the largest" would be found, but so would
                # "Goats", "Severe", "Thanks": 47 instead of 19 references with a finding, DEMETR, Latin
                # and Cyrillic sources, all ids). Not so a Latin word opening a sentence in another
                # script (`_LATIN_NAME`): "Twitterなどの", "Reuters сообщает" are names.
                if len(words) == 1:
                    continue
                # unless it would be capitalised anywhere, as `_first_name` has it: "Lewis Hamilton gewann"
                # is one name, "Indonesia's President Joko Widodo" another
                if not (_name_anyway(words[0].rstrip(".'’"), lang) and not (nouns and german_noun(words[0]))):
                    words = words[1:]
                    begin = text.find(words[0], begin + 1)
            if not any(c.isalpha() or c.isdigit() for c in phrase):
                continue
            if text[end : end + 1] == "$":
                continue  # "US$", "R$", "HK$": a currency's sign, the figures detector's
            if re.fullmatch(r"\d+([.,:]\d+)*", phrase):
                continue  # plain numbers are the figures detector's
            if all(_calendar_or_figure(w) for w in words):
                continue  # "Friday", "March 12", "Wednesday's", "10th-11th", "XIVe": the figures detector's
            if nouns:
                # "die Partei von Angela Merkel" -> "Angela Merkel"; "die Anhörung" -> nothing
                while words and _common_noun(text, begin, words[0].rstrip(".'’")):
                    words = words[1:]
                    while words and words[0].lower() in _CONNECTORS:
                        words = words[1:]
                    if words:
                        begin = text.find(words[0], begin + 1)
                # "Angaben der Vereinten Nationen", "Teilen der Hauptinsel Java": a common noun heading a
                # genitive is no part of the name after it
                while len(words) > 2 and words[1] in ("der", "des") and german_noun(words[0].rstrip(".'’")):
                    words = words[2:]
                    begin = text.find(words[0], begin + 1)
                if not words:
                    continue
            found.append(Entity(begin, end, text[begin:end]))
    if _lang(lang) == "vi":
        found = _vietnamese_names(text, found)
    # Chinese and Japanese mark no name by its letters: names from a dictionary (lexicon.py, japanese.py)
    found += [
        Entity(n.start, n.end, n.text)
        for n in dictionary_names(text, lang)
        if not any(e.start < n.end and n.start < e.end for e in found) and not _counted_currency(text, n)
    ]
    if _CASELESS.search(text):
        # Devanagari, Arabic, Thai...: no capitals and no dictionary here, but the gazetteer's places
        # and, in Hindi, the name an honorific announces ("श्री कुमार": Mr Kumar), then the words no
        # Hindi word list has (hindi_names.py: names, and rare words the deletion test tells apart)
        for start, end in (
            *places.places_in(text),
            *_after_honorific(text),
            *((n.start, n.end) for n in _hindi_unlisted(text, lang)),
        ):
            if not any(e.start < end and start < e.end for e in found):
                found.append(Entity(start, end, text[start:end]))
    return sorted(found, key=lambda e: e.start)


# One Vietnamese syllable: an onset, one to three vowels (tone marks included), a final consonant
_VI_VOWELS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
_VI_SYLLABLE = re.compile(
    rf"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[{_VI_VOWELS}]{{1,3}}(?:ch|ng|nh|[cmnpt])?"
)
# titles, which stand beside a name rather than for one: "Thị trưởng" (Mayor) keeps a dropped name dropped
_VI_TITLE = re.compile(
    r"(?i:tổng thống|thủ tướng|thị trưởng|bộ trưởng|thứ trưởng|chủ tịch|thượng nghị sĩ|nghị sĩ|đại biểu|"
    r"giám đốc|tổng giám đốc|đại sứ|thống đốc|tiến sĩ|giáo sư|mục sư|linh mục|đại tá|thiếu tướng|trung tướng|"
    r"đại tướng|tướng|ngài|ông|bà)(?!\w)"
)
# the personal pronouns and honorifics before a Vietnamese given name ("ông Hùng nói": Mr Hung said)
_VI_HONORIFIC = _wordset("ông bà anh chị cô chú bác em ngài thầy")


def _syllable(word: str) -> bool:
    """A possible Vietnamese syllable ("Bảo", "Khoa", and "Kim", which foreign names share)."""
    return _VI_SYLLABLE.fullmatch(word.lower().rstrip(".,;:")) is not None


def _vietnamese_word(word: str) -> bool:
    """A Vietnamese syllable spelled with a letter English lacks ("Bảo", "Quốc"; not "Kim", "Anh")."""
    return not word.isascii() and _syllable(word)


def vietnamese_renderings(text: str) -> list[Entity]:
    """Capitalised Vietnamese words that `find_entities` does not take for a name of their own
    (`_vietnamese_names`): most are names rendered by meaning ("Giám lý" for "Methodist", "Bão" for
    "Hurricane"), so each may stand for one name the other side writes and this one seems to lack."""
    names = find_entities(text, "vi")
    return [
        Entity(m.start(), m.end(), m.group())
        for m in re.finditer(r"\S+", text)
        if m.start() > 0
        and m.group()[0].isupper()
        and _vietnamese_word(m.group())
        and not any(e.start <= m.start() < e.end for e in names)
        and not _VI_TITLE.match(text, m.start())
    ]


def _vietnamese_names(text: str, found: list[Entity]) -> list[Entity]:
    """Vietnamese writes the generic noun before a name and capitalises only the first syllable of an
    institution's words, so a capital there often marks no name of its own:
    - Vietnamese words around a foreign name are its generic noun, or in a title-case headline the
      next phrase: "Bão Rosa" (storm Rosa), "Cảnh Sát Newport", "Thành Phố Salt Lake Với Cơn Ngập
      Lụt" -> "Rosa", "Newport", "Salt Lake";
    - a lone capitalised Vietnamese syllable that runs on into a lower-case word starts a common
      word: "Đảng Bảo thủ" (the Conservative Party), "Quốc gia" (national), "Khách sạn" (hotel); not
      after an honorific ("ông Hùng nói": Mr Hung said);
    - in a headline set in title case, every word of the language is capitalised.
    Names spelled in Vietnamese and capitalised throughout ("Quý Châu", "Hà Nội") stay."""
    headline = _title_case(text)
    out = []
    for e in found:
        words = list(re.finditer(r"\S+", e.text))
        if not any(_vietnamese_word(w.group()) for w in words):
            out.append(e)
            continue
        foreign = [k for k, w in enumerate(words) if not _syllable(w.group())]
        if foreign:
            lo, hi = foreign[0], foreign[-1]
            while lo > 0 and not _vietnamese_word(words[lo - 1].group()):
                lo -= 1  # "Ri Yong Ho": syllables English spells the same way belong to the name
            while hi + 1 < len(words) and not _vietnamese_word(words[hi + 1].group()):
                hi += 1
            start, end = e.start + words[lo].start(), e.start + words[hi].end()
            out.append(Entity(start, end, text[start:end]))
            continue
        if headline:
            continue
        after = re.match(r" ([^\W\d_]+)", text[e.end :])
        before = re.search(r"([^\W\d_]+) $", text[: e.start])
        if (
            len(words) == 1
            and after is not None
            and after.group(1)[0].islower()
            and not (before is not None and before.group(1) in _VI_HONORIFIC)
        ):
            continue
        out.append(e)
    return out


# Hindi honorifics and titles that stand before a person's name, and the postpositions and particles
# that end the name after them ("श्री स्नो डेन ने कहा": Mr Snowden said)
# (a whole word: not the "श्री" of श्रीलंका, Sri Lanka, nor the "डॉ" of डॉलर, dollar)
_HI_HONORIFIC = re.compile(
    r"(?<![\u0900-\u097f])(?:डॉ\.|डा\.|मि\.|प्रो\.|(?:श्रीमती|श्री|सुश्री|डॉ|मिस्टर|मिसेज|"
    # titles announce a name too: minister, chief minister, president, judge, commissioner, advocate,
    # inspector, chairman, governor, secretary, director, general, captain, MP, MLA, village head
    r"मंत्री|मुख्यमंत्री|प्रधानमंत्री|राष्ट्रपति|न्यायाधीश|कमिश्नर|एडवोकेट|इंस्पेक्टर|अध्यक्ष|जिलाध्यक्ष|राज्यपाल|"
    r"सचिव|निदेशक|जनरल|कप्तान|सांसद|विधायक|सरपंच|सरगना)(?![\u0900-\u097f]))\s*"
)
_HI_STOP = _wordset("ने को का की के से में पर और तथा एवं व है हैं था थे भी ही तो जी पद श्री")


def _after_honorific(text: str) -> list[tuple[int, int]]:
    """The one or two words after a Hindi honorific, up to a postposition: a person's name."""
    out = []
    for h in _HI_HONORIFIC.finditer(text):
        words = []
        for w in DEVANAGARI_WORD.finditer(text, h.end()):
            between = text[(words[-1].end() if words else h.end()) : w.start()]
            if w.group() in _HI_STOP or len(words) == 2 or between.strip():
                break
            words.append(w)
        if words:
            out.append((words[0].start(), words[-1].end()))
    return out


_HAN_OR_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")  # Chinese or Japanese text
# scripts with no letter case, where no dictionary finds names (Han and kana have theirs)
_CASELESS = re.compile(r"[\u0590-\u08ff\u0900-\u0dff\u0e00-\u0e7f]")


def dictionary_names(text: str, lang: str | None) -> tuple[LexiconName, ...]:
    """The names a dictionary finds in Chinese (CC-CEDICT) or Japanese (UniDic) text; none elsewhere."""
    if _chinese(text, lang):
        return _listed_or_not(names_in(text), unlisted_names(text))
    if japanese.japanese(text, lang):
        return _listed_or_not(japanese.names_in(text), japanese.unknown_names(text))
    return ()


def _listed_or_not(listed: Sequence[LexiconName], unlisted: Sequence[LexiconName]) -> tuple[LexiconName, ...]:
    """A dictionary's names and the names it does not list (jieba's in Chinese, katakana UniDic does not
    know in Japanese), in text order. Where they overlap the dictionary's stands, except in a name of
    three characters at most that holds it (柳云龙, a director, over 云龙, a county)."""

    def over(a: LexiconName, b: LexiconName) -> bool:
        return a.start < b.end and b.start < a.end

    def holds(a: LexiconName, b: LexiconName) -> bool:
        return len(a.text) <= 3 and a.start <= b.start and b.end <= a.end and a.text != b.text

    unlisted = [u for u in unlisted if all(holds(u, o) for o in listed if over(u, o))]
    listed = [o for o in listed if not any(over(u, o) for u in unlisted)]
    return tuple(sorted((*listed, *unlisted), key=lambda n: n.start))


def _unlisted(text: str, lang: str | None) -> tuple[LexiconName, ...]:
    """The names of a Chinese or Japanese text no dictionary lists (chinese_names.py, japanese.py), and
    the words of a Hindi text no word list has (hindi_names.py)."""
    if _chinese(text, lang):
        return unlisted_names(text)
    if japanese.japanese(text, lang):
        return japanese.unknown_names(text)
    return _hindi_unlisted(text, lang)


def _hindi_unlisted(text: str, lang: str | None) -> tuple[LexiconName, ...]:
    return unlisted_words(text) if hindi(text, lang) else ()


def dictionary_forms(word: str) -> tuple[str, ...]:
    """English forms of a Chinese or Japanese name: CC-CEDICT's and the Japanese readings (中国 is
    China in Chinese, the Chugoku region in Japanese); empty for a word in any other script (no
    dictionary is loaded to learn that)."""
    return tuple(dict.fromkeys((*forms_of(word), *japanese.forms_of(word))))


def _chinese(text: str, lang: str | None) -> bool:
    """Chinese by its language code, or, with none, Han without kana (Japanese reads Han otherwise)."""
    if lang:
        return _lang(lang) == "zh"
    return bool(re.search(r"[\u4e00-\u9fff]", text)) and not KANA.search(text)


_ROMAN = re.compile(r"[IVXLC]+(?:e|er|ème|eme|es|th|st|nd|rd)?", re.IGNORECASE)


def _calendar_or_figure(word: str) -> bool:
    w = _NAME_ENDING.sub("", re.sub(r"['’]s$", "", word.strip(".,")))
    if w.lower().strip("'’") in _CALENDAR or w.isdigit():
        return True
    if re.fullmatch(r"\d{1,2}h(?:\d{2})?", w):
        return True  # a clock time: "13h", "12h55"
    # ordinals and centuries: "10th-11th", "21st", "XIVe", "Xe–XIe", "1º"
    parts = [p for p in re.split(r"[-–]", w) if p]
    return bool(parts) and all(
        re.fullmatch(r"\d+(?:st|nd|rd|th|e|er|ème|º|ª|\.)?", p)
        or (p[0].isupper() and _ROMAN.fullmatch(p) and len(p) <= 5)
        for p in parts
    )


def _mostly_non_latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    latin = sum(c.isascii() or "\u00c0" <= c <= "\u024f" for c in letters)
    return latin < 0.5 * max(1, len(letters))


def _is_code(word: str) -> bool:
    return bool(re.search(r"\d", word)) or (len(word) >= 2 and word.isupper())


# the adjective Russian and Ukrainian make of a place, transliterated: "Саффолкского" (of Suffolk's), "Київського"
_SLAVIC_ADJECTIVE = re.compile(r"(?<=[a-z]{4})s?k(?:ogo|omu|ii|ij|a|e|i|ih|im|imi|oi|oiu|oe|aia|u)$")

# the possessive adjective Czech and Slovak make of a person's name, transliterated: "Netanjahuovou" (Netanyahu's),
# "Zemanově", "Babišova"
_CZECH_POSSESSIVE = re.compile(r"(?<=[a-z]{4})ov(?:a|o|y|ou|e|i|eho|emu|em|ym|ych|ymi)$")


@lru_cache(maxsize=65536)
def _similar(a: str, b: str, loose: bool = True) -> bool:
    """Two transliterated words that may be the same name, inflected, spelled apart, or made an adjective
    ("saffolkskogo" / "suffolk"). Not `loose`: only the same word or its inflection (a shared stem)."""
    if _alike(a, b, loose):
        return True
    a_noun, b_noun = _SLAVIC_ADJECTIVE.sub("", a), _SLAVIC_ADJECTIVE.sub("", b)
    if (a_noun != a) != (b_noun != b) and _alike(a_noun, b_noun, loose):
        return True
    a_owner, b_owner = _CZECH_POSSESSIVE.sub("", a), _CZECH_POSSESSIVE.sub("", b)
    return (a_owner != a) != (b_owner != b) and _alike(a_owner, b_owner, loose)


def _alike(a: str, b: str, loose: bool = True) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) >= 4 and (a.startswith(b[:4]) and b.startswith(a[:4])):
        n = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
        if n >= max(4, min(len(a), len(b)) - 3):
            return True
    return loose and len(a) >= 4 and len(b) >= 4 and SequenceMatcher(None, a, b).ratio() >= 0.75


def exonym_words(entity: str, other_text: str) -> set[str]:
    """The words of `entity` (lower case) that belong to a country or region name `other_text` gives
    in its own form: "United States" with "Estados Unidos", "Britain" with "Grande-Bretagne"."""
    # "Maison-Blanche" is "maison blanche"; the other way round, a stem in the entity and the English
    # name in `other_text` ("Maison-Blanche" / "the White House") cover the entity's words as written
    low_entity = " " + re.sub(r"['’]s\b", "", entity.lower()) + " "
    low_other = " " + other_text.replace("İ", "I").lower() + " "
    spaced_entity, spaced_other = low_entity.replace("-", " "), low_other.replace("-", " ")
    covered: set[str] = set()
    for name, stems in _EXONYMS.items():
        if f" {name} " in spaced_entity and any(_stem_in(st, t) for st in stems for t in (low_other, spaced_other)):
            covered.update(name.split())
        elif re.search(rf"(?<!\w){re.escape(name)}(?!\w)", spaced_other) and any(
            _stem_in(st, t) for st in stems for t in (low_entity, spaced_entity)
        ):
            # the words as `_narrow` reads them ("maison-blanche") and as `_spelled_alike` does ("maison")
            covered.update(w.lower() for w in _NAME_PART.findall(entity))
            covered.update(spaced_entity.split())
    return covered


def _stem_in(stem: str, text: str) -> bool:
    """A Latin or Cyrillic stem starts a word (a stem of three letters or fewer is the whole word);
    Han, kana and Devanagari are matched anywhere."""
    if not ("a" <= stem[0] <= "z" or "\u00c0" <= stem[0] <= "\u04ff"):
        return stem in text
    short = len(stem) <= 3
    return bool(re.search(r"(?<!\w)" + re.escape(stem) + (r"(?!\w)" if short else ""), text))


# a Turkish case or possessive ending, written after an apostrophe on a name ("Reuters'a", "Johnson'ın",
# "Servisi'ne"): not a word of the name
_NAME_ENDING = re.compile(
    r"(?<=[^\W\d_])['’](?:[yn]?[ae]|[yn]?[ıiuü]|n?[ıiuü]n|[dt][ae](?:n|ki)?|nd[ae]n?|y?l[ae]|l[ae]r[^\W\d_]{0,4}"
    r"|l[ıiuü]k?|s[ıiuü]n?[ae]?)(?![^\W\d_])"
)


def has_counterpart(entity: str, other_text: str) -> bool:
    """Each significant word of `entity` resembles some word of `other_text` (any script), or, when
    `other_text` is Chinese, Japanese or Hindi, sounds like a run of it ("Merkel" / 默克尔, メルケル),
    or is part of a country name `other_text` gives in its own form (`exonym_words`), or matches an
    English form of a Chinese or Japanese name in `other_text` (`lexicon.py`, `japanese.py`). A
    Chinese or Japanese name itself has a counterpart when `other_text` writes it the same, gives one
    of its English forms or the English name of a country it contains, or has a word that sounds
    like one of its readings. Any name has one when the gazetteer knows it as a place that
    `other_text` names in any language (`places.py`), and none when it is a prominent place that
    Chinese or Japanese `other_text` does not name (a sound-alike there is chance)."""
    entity = _NAME_ENDING.sub("", entity)
    if CJK_RUN.fullmatch(entity):
        # a Chinese or Japanese name (lexicon.py, japanese.py): written the same, or any of its
        # English forms, spelled alike or, for a reading, sounding alike (トランプ, toranpu: Trump)
        unlisted = not forms_of(entity)  # no CC-CEDICT entry: perhaps a name written by its sound
        forms = (*dictionary_forms(entity), *_exonyms_in(entity))
        if not forms and KANA.search(entity):
            forms = japanese.romaji_forms(entity)  # a katakana word UniDic does not know, read as it sounds
        return (
            entity in other_text
            or _named_by_form(forms, other_text)
            or _sounded_by_form(forms, other_text)
            or _same_place(entity, other_text)
            or (unlisted and heard_in(entity, other_text))
        )
    if _written_as_is(entity, other_text):
        return True  # "米CNBCが報じた": unspaced text gives the Latin name no word of its own
    if _same_initials(entity, other_text):
        return True  # "ВИЧ" / "HIV", "ЖИТС-пен" / "Aids"
    if any(_named_by_form(n.forms, entity) for n in dictionary_names(other_text, None)):
        return True  # "Central America" for 中美洲, "Otani" for 大谷
    if any(heard_in(n.text, entity) for n in unlisted_names(other_text)):
        return True  # "Lewis" for 刘易斯, a name no dictionary lists
    if DEVANAGARI_WORD.search(entity) and not DEVANAGARI_WORD.search(other_text) and heard_in_latin(entity, other_text):
        return True  # a Hindi name read aloud: "कुमार" / "Kumar"
    if _HAN_OR_KANA.search(other_text) and _place_absent(entity, other_text):
        # in Han or kana a name is found by its sound, loosely ("Austria" in 地球上的水...); the standard
        # country names (CLDR) say this place is not there
        return False
    return _spelled_alike(entity, other_text) or _same_place(entity, other_text)


# bodies and diseases the news names by their initials, which each language forms from its own words
_INITIALS = {
    "HIV": "HIV ВИЧ ВІЛ АИТВ OIV VIH",
    "AIDS": "AIDS Aids СПИД СНІД ЖИТС OITS SIDA Sida",
    "NATO": "NATO НАТО OTAN",
    "WHO": "WHO ВОЗ ВООЗ ДДСҰ JSST OMS DSÖ",
    "IMF": "IMF МВФ ХВҚ XVJ FMI",
    "AI": "AI IA KI ИИ ШІ",  # artificial intelligence
    "CEO": "CEO PDG",
}
_INITIALS_KEY = {form: key for key, forms in _INITIALS.items() for form in forms.split()}


def _same_initials(entity: str, other_text: str) -> bool:
    """`entity` is a body or disease known by its initials (`_INITIALS`: "ЖИТС-пен", AIDS) and `other_text`
    names it by its own."""
    key = _INITIALS_KEY.get(places.acronym_head(entity))
    return key is not None and any(
        re.search(places.acronym_pattern(form), other_text) for form in _INITIALS[key].split()
    )


def _written_as_is(entity: str, other_text: str) -> bool:
    """`other_text` holds `entity` letter for letter, not inside a longer Latin word."""
    return re.search(rf"(?<![A-Za-z0-9]){re.escape(entity)}(?![A-Za-z0-9])", other_text) is not None


def _same_place(entity: str, other_text: str) -> bool:
    """The gazetteer (`places.py`) knows `entity` as a place and `other_text` names it in any
    language: "Vladivostok" / 海参崴, "Argentinien" / "Argentina", अफ़गानिस्तान / "Afghanistan"; or `entity` is
    a country's English adjective that `other_text` says in its language ("German" / "tedeschi")."""
    named = places.mentioned(places.places_named(entity, prominent_only=False), other_text)
    return named is True or places.adjective_in(entity, other_text)


_CASED = re.compile(rf"[{_LATIN}\u0400-\u04ff]")  # Latin and Cyrillic letters have a case


@lru_cache(maxsize=65536)
def _loose_words(text: str) -> tuple[bool, ...]:
    """Per word of `text` (`_WORD`), whether a name may match it by a loose spelling: a spelling variant
    ("Zelenskyy") is a name's, written with a capital somewhere in its token ("iPods", "Co-operation"); a
    word in lower case only that looks like a name ("appealed" / "Apple") is another word, unless it shares
    the name's stem ("français" / "France", which `_alike` grants without looseness)."""
    out: list[bool] = []
    for token in text.split():  # no `_WORD` match spans a space
        capital = any(c.isupper() for c in token)
        out += [capital or not _CASED.match(w) for w in _WORD.findall(token)]
    return tuple(out)


def _spelled_alike(entity: str, other_text: str) -> bool:
    """Each significant word of `entity` resembles a word of `other_text` or sounds like a run of it."""
    raw_other = _WORD.findall(other_text)
    other = [to_latin(w) for w in raw_other]
    covered = exonym_words(entity, other_text)
    raw = [w for w in _WORD.findall(entity) if w.lower() not in _CONNECTORS and w.lower() not in covered]
    words = [to_latin(w) for w in raw]
    if not words:
        return True
    if all(len(w) <= 1 for w in words):
        return True
    readable = has_reading(other_text)
    loose = _loose_words(other_text)
    return all(
        any(_similar(w, o, lo) for o, lo in zip(other, loose, strict=True))
        or (readable and sounds_in(r, other_text))
        or any(_heard_across(r, o) for o in raw_other)
        or any(_acronym_reordered(r, o) for o in raw_other)
        for w, r in zip(words, raw, strict=True)
        if len(w) > 1
    )


def _acronym_reordered(a: str, b: str) -> bool:
    """One acronym with its letters in another language's order: the noun and its adjectives swap
    places, and the initials with them ("VIH" / "HIV", "OTAN" / "NATO", "FMI" / "IMF", "ADN" / "DNA")."""
    return len(a) >= 3 and a != b and a.isalpha() and a.isupper() and b.isupper() and sorted(a) == sorted(b)


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@lru_cache(maxsize=65536)
def _heard_across(a: str, b: str) -> bool:
    """A Cyrillic and a Latin word that sound alike where their letters part: "Рейнджерс" / "Rangers"
    (an English g before e, i or y is the "дж" Russian writes), "Блази" / "Blasey": the same consonant
    classes (`phonetic_key`), three at least, both starting with the same letter once transliterated.
    Only across the two scripts: within one, "Smith" and "Schmidt" would sound alike too."""
    a_cyrillic = _CYRILLIC.search(a) is not None
    if a_cyrillic == (_CYRILLIC.search(b) is not None):
        return False
    cyr, lat = (a, b) if a_cyrillic else (b, a)
    heard = to_latin(cyr)
    spelled = {to_latin(lat), to_latin(re.sub(r"g(?=[eiy])", "j", lat.lower()))}
    key = phonetic_key(heard)
    return len(key) >= 3 and any(heard[:1] == s[:1] and phonetic_key(s) == key for s in spelled)


def _exonyms_in(name: str) -> tuple[str, ...]:
    """English country names whose Han or kana form a name contains (韓国: Korea; 米国: United States)."""
    return tuple(
        n.title() for n, stems in _EXONYMS.items() if any(not s.isascii() and len(s) > 1 and s in name for s in stems)
    )


def _sounded_by_form(forms: tuple[str, ...], text: str) -> bool:
    """A word of `text` sounds like a romanised form (three consonant classes or more, `readings.py`):
    "Trump" for "Toranpu", "Clinton" for "Kurinton"."""
    keys = {k for k in map(phonetic_key, forms) if len(k) >= 3}
    return bool(keys) and any(k in keys for w in _WORD.findall(text) if w[:1].isupper() for k in phonetic_keys(w))


@lru_cache(maxsize=65536)
def _named_by_form(forms: tuple[str, ...], text: str) -> bool:
    """Some English form of a dictionary name stands in `text`: one of its distinctive words
    (transliterated, inflected), or, when every word of the form is generic ("Academy Award"), one
    of those."""
    text = re.sub(r"\b(?:U\.S\.A?|USA?)(?!\w)", "United States", text)
    words = [to_latin(w) for w in _WORD.findall(text)]
    for form in forms:
        parts = [w.lower() for w in _WORD.findall(form) if w.lower() not in _CONNECTORS]
        distinctive = [w for w in parts if w not in _GENERIC] or parts
        if any(any(_similar(to_latin(w), o) for o in words) for w in distinctive if len(w) > 1):
            return True
    return False


def _listed_absent(name: str, other_text: str) -> bool:
    """A name a dictionary or the gazetteer knows, and `other_text` does not give: a Chinese or
    Japanese name with English forms (has_counterpart has found none of them there), or a prominent
    place `other_text` names in none of its forms (places.py)."""
    return bool(dictionary_forms(name)) or _place_absent(name, other_text)


def _genitive_place_absent(name: str, other_text: str) -> bool:
    """`name` read as a German genitive ("die Straßen Bischkeks", Bishkek's streets; "Südafrikas") of a
    prominent place `other_text` does not name."""
    return name.endswith("s") and _place_absent(name[:-1], other_text)


def _declined_place_absent(name: str, other_text: str, lang: str | None) -> bool:
    """`name` read as a case form of a prominent place in a Latin-script Slavic language ("v Česku",
    "w Warszawie"; `places.places_declined`) that `other_text` does not name."""
    return places.mentioned(places.places_declined(name, lang), other_text) is False


def _kept_latin_gone(name: str, src: str, der: str) -> bool:
    """A name `src` wrote in Latin letters inside another script ("尼拉贡戈火山（Nyiragongo）",
    "согласно Reuters"), missing from a Latin-script `der` that would have copied it as it is."""
    return (
        bool(re.fullmatch(rf"[{_LATIN}0-9'’.&\s-]+", name))
        and not any(len(w) >= 2 and w.isupper() for w in name.split())  # "VIN": acronyms get expanded
        and _mostly_non_latin(src)
        and not _mostly_non_latin(der)
        and not has_counterpart(name, der)
    )


def _kept_verbatim(name: str, src: str, src_lang: str | None) -> bool:
    """A name every translation into a Latin-script language keeps letter for letter: in Latin letters
    in a Latin-script source, each word rare in the source language's word list (`wordlists.rare`:
    "Mattel", "Sachin Tendulkar", "Panthera"; not "Welsh", "Blues", "Baja", which translators render,
    nor "Lockheed Martin", whose "Martin" is common). In German, whose nouns pass for names, no word
    may be a compound or a form of German words (`wordlists.german_word`: "Stichwunden", "Hais";
    "Veguilla" passes). Never a country's adjective."""
    return (
        _LATIN_ONLY.fullmatch(name) is not None
        and not _mostly_non_latin(src)
        and not places.is_demonym(name)
        and all(wordlists.rare(w, src_lang) for w in _name_words(name))
        and not (_capitalises_nouns(src_lang) and any(wordlists.german_word(w) is not False for w in _name_words(name)))
    )


def _acronym_english_keeps(name: str, src: str, der: str, src_lang: str | None) -> bool:
    """An acronym English writes as the source does ("NASA", "NHK", "CDU" in an Italian sentence): Latin
    capitals, into a Latin-script translation that does not spell them out, in English's word list at
    `ENGLISH_NAME_ZIPF` or more and, in a Latin-script source, within a factor of ten of its frequency
    in the source language's. An acronym the source language uses far more than English does is its
    own ("ONU", "UE", "OTAN", "SPD": the UN, the EU, NATO, or a party English spells out), and a
    translation may render it. Not from an English source, nor a currency code ("USD" / "$")."""
    if (
        not re.fullmatch(r"[A-Z]{2,6}", name)
        or _lang(src_lang) == "en"
        or name in CURRENCY_CODES
        or _mostly_non_latin(der)
        or _spelled_out(name, der)
    ):
        return False
    english = wordlists.zipf(name, "en")
    if english is None or english < ENGLISH_NAME_ZIPF:
        return False
    if _mostly_non_latin(src):
        return True  # Latin capitals in another script ("VIN" in Japanese, "UFC" in Russian) are kept as they are
    own = wordlists.zipf(name, src_lang)
    return own is not None and english >= own - 1.0


def _spelled_out(acronym: str, text: str) -> bool:
    """`text` writes out `acronym` as capitalised words with its initials ("Defense Advanced Research
    Projects Agency" for DARPA), short lower-case words between them ignored ("Institute for Justice")."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w[0].isupper() or len(w) > 3]
    initials = "".join(w[0] if w[0].isupper() else " " for w in words)
    return acronym in initials


def _place_absent(name: str, other_text: str) -> bool:
    """A prominent place `other_text` names in none of the gazetteer's forms nor the stems of the
    exonym table (amerik-, अमेरिकी: adjectives too)."""
    return places.absent(name, other_text) and not exonym_words(name, other_text)


def _placed_elsewhere(e: Entity, src: str) -> bool:
    """A derived name the gazetteer says the source does not name: a place put in (not a Han name,
    which may be part of a name translated by meaning: 欧洲冠军杯)."""
    return not CJK_RUN.fullmatch(e.text) and _place_absent(e.text, src)


def _delete(text: str, e: Entity) -> str:
    return re.sub(r"\s{2,}", " ", (text[: e.start] + text[e.end :])).strip()


def alignment_z(
    src: str, der: str, entities: Sequence[Entity], tokens: tuple[TokenVectors, TokenVectors]
) -> list[float | None]:
    """Per derived entity, how well its words align to the source: the mean over its words of the
    z-score (within the derived sentence) of each word's best cosine to any source word, on the
    token vectors of `tokens` (source, derived). Low for a name foreign to the source; None when no
    word of the entity has a vector."""
    us_a, wa = word_vectors(src, tokens[0])
    us_b, wb = word_vectors(der, tokens[1])
    if not us_a or not us_b:
        return [None] * len(entities)
    z = _zscores((wa @ wb.T).max(axis=0))
    out: list[float | None] = []
    for e in entities:
        inside = [k for k, (a, b) in enumerate(us_b) if a >= e.start and b <= e.end]
        out.append(float(np.mean(z[inside])) if inside else None)
    return out


@dataclass(frozen=True, slots=True)
class _Pair:
    """One matched bead as the detector sees it: its derived names that lack a counterpart (`new`) and,
    across languages, its source names that lack one (`gone`, see `missing`)."""

    bead: Bead
    src: str
    der: str
    same: bool
    langs: tuple[str | None, str | None]
    new: tuple[Entity, ...]
    gone: tuple[Entity, ...]


@dataclass(frozen=True)
class EntityDetector:
    """Named entities replaced, or an attribution's outlet dropped, between aligned sentences.

    In the same language a derived name with no counterpart in the source is a change by itself.
    Across languages, with an embedder, it must also pass the deletion test: the derived sentence
    comes at least `min_gain` (cosine) closer to the source once the name is deleted from it;
    `min_gain_cjk` for Chinese and Japanese sources, whose renderings of foreign names the model
    links less well. When the embedder has `token_embeddings`, the evidence is instead
    `gain - token_weight * z` (z: how well the name's words align to the source, `alignment_z`)
    against `min_score` / `min_score_cjk`. Without an embedder, across languages, only an outlet
    swapped in an attribution ("По данным Reuters" -> "According to Gazeta.uz") is reported.
    Thresholds tuned on DEMETR ids <= 300 and bench/false_alarms.py even documents.

    The same test runs the other way for source names with no counterpart in the derived sentence
    (`missing`): deleting a name the translation dropped brings the *source* closer to it. Its score
    is `gain - drop_weight * z` (z of the name's source words against the derived sentence; 0
    without token vectors). A name that scores `min_drop` is reported as a `partial_omission`
    ("name dropped"); a derived name too weak to pass alone is still a replacement when it and the
    dropped name it stands in for (`_closest`) both score above 0 and together reach `min_joint`.
    Tuned on DEMETR slots 0-49 of each 100-id language block (bench/names_dropped.py,
    bench/results/entities.md). A Chinese or Japanese source name a dictionary gives (`lexicon.py`,
    `japanese.py`) with none of its English forms in the derived sentence is gone by the dictionary's
    word, so it needs less:
    `min_joint_lexicon` for the joint rule, `min_drop_lexicon` to be reported dropped; so does a
    prominent place the gazetteer says the derived sentence does not name (`places.py`) to be
    reported dropped. A derived place the source names in none of the gazetteer's forms needs only a
    score above `min_score_place`, and none at all when a prominent place of the source is reported
    dropped from the same sentence (`_places_swapped`: one place replaced by another).
    """

    name: str = "entities"
    min_gain: float = 0.005  # 0.004 found a little more on DEMETR but tripled false alarms (2.5% vs 0.8%)
    # 0.018 before Chinese and Japanese sources were read aloud (readings.py); 0.01 measured on DEMETR
    # zh ids <= 300: references with a finding 3/100 (0 at 0.018), names replaced found 30/83 (9/83)
    min_gain_cjk: float = 0.01
    max_probes: int = 4
    # with token vectors a name passes on `gain - token_weight * z >= min_score` (`min_score_cjk`), or on
    # the gain alone (`min_gain`) when it aligns no better than its sentence (z <= `max_z`; None: never).
    # Chosen on DEMETR ids <= 300 and bench/false_alarms.py even documents (bench/names_tokens.py,
    # bench/results/entities.md): names replaced found 0.593 vs 0.574 by the gain alone, references
    # with a finding the same (4/300), en->X findings per 100 pairs 3.2 vs 3.6
    token_weight: float = 0.01
    min_score: float = 0.025
    min_score_cjk: float = 0.03  # Han/kana sources: 0.025 found 5 more of 83 names for 1 more of 100 references
    max_z: float | None = 0.0
    drop_weight: float = 0.005
    min_drop: float = 0.02
    min_joint: float = 0.03
    # the same when the source name is a dictionary name (CC-CEDICT or UniDic) and none of its English
    # forms stands in the derived sentence: the dictionary already says it is gone
    min_joint_lexicon: float = 0.01
    min_drop_lexicon: float = 0.0  # a listed name gone: any gain (> 0) confirms the dictionary
    min_drop_proper: float = 0.015  # a source name of no common word ("Brně", "Havlíček") gone
    # the same in Latin letters from a Latin-script source and rare in its language (`_kept_verbatim`:
    # "Mattel", "Tendulkar"), which a translator writes letter for letter. Chosen on DEMETR slots 0-49
    # (`bench/names_dropped.py --verbatim-drops`): 0.015 / 0.012 / 0.010 / 0.008 found 256 / 258 / 260 /
    # 260 of 411 dropped names, with references 9 / 9 / 9 / 10 of 500
    min_drop_verbatim: float = 0.010
    # a derived name the gazetteer knows as a place the source does not name (places.py): any score
    # above this (gain less token_weight * z) confirms it
    min_score_place: float = 0.0

    def probes(self, comparison: Comparison) -> list[str]:
        """The texts `detect` will embed: callers can encode them all in one batch first."""
        out: list[str] = []
        for p in self._plan(comparison):
            if not p.same:
                out += [p.src, p.der, *(_delete(p.der, e) for e in p.new[: self.max_probes])]
                out += [_delete(p.src, e) for e in p.gone[: self.max_probes]]
        return out

    def _plan(self, comparison: Comparison) -> list[_Pair]:
        out = []
        for bead, src, der in comparison.pairs():
            langs = comparison.langs(bead)
            same = _lang(langs[0]) == _lang(langs[1])
            gone = () if same else missing(src, der, langs[0])
            out.append(_Pair(bead, src, der, same, langs, unmatched(src, der, langs[1]), gone))
        return out

    def detect(self, comparison: Comparison) -> Iterator[Finding]:
        plan = self._plan(comparison)
        embedder = comparison.embedder
        cross = [i for i, p in enumerate(plan) if not p.same and (p.new or p.gone)]
        gains = {i: self._gains(plan[i].src, plan[i].der, plan[i].new, embedder) for i in cross}
        drops = {i: self._gains(plan[i].der, plan[i].src, plan[i].gone, embedder) for i in cross}
        # token vectors only for beads where the alignment can still decide (most have no candidate at all)
        wanted = (
            {i for i in cross if self._may_pass(plan[i], gains[i], drops[i])}
            if hasattr(embedder, "token_embeddings")
            else set()
        )
        tokens = token_vectors(embedder, [t for i in sorted(wanted) for t in (plan[i].src, plan[i].der)])
        for i, p in enumerate(plan):
            pair = (tokens[p.src], tokens[p.der]) if i in wanted else None
            drop_scores = self._drop_scores(p.src, p.der, p.gone, pair, drops.get(i))
            changes = self._compare(
                p.src, p.der, p.same, embedder, p.langs, list(p.new), pair, gains.get(i), drop_scores
            )
            reported = [s_ent for s_ent, _, _, _ in changes if s_ent is not None]
            for s_ent, message, confidence in self._dropped(p.src, p.der, drop_scores, reported, *p.langs):
                if _named_nearby(s_ent, comparison.derived, p.bead.derived):
                    # named in a neighbouring derived sentence: a pronoun here ("Flake" -> "Il") or moved
                    continue
                yield Finding(
                    kind="partial_omission",
                    source=p.bead.source,
                    derived=p.bead.derived,
                    message=message,
                    severity="high" if confidence >= 0.7 else "medium",
                    confidence=confidence,
                    source_span=s_ent.text,
                    source_range=_range(s_ent, comparison.source, p.bead.source),
                    detector=self.name,
                )
            for s_ent, d_ent, message, confidence in changes:
                if (
                    d_ent is not None
                    and (s_ent is None or _title(s_ent.text) or places.places_named(d_ent.text))
                    and _named_nearby(d_ent, comparison.source, p.bead.source)
                ):
                    # a translator naming whom the source's "he" or "the President" is, or where "the
                    # country" is: the name stands a few sentences up
                    continue
                yield Finding(
                    kind="entity_change",
                    source=p.bead.source,
                    derived=p.bead.derived,
                    message=message,
                    # a name swap is grave, but a cross-lingual guess from the embedding test is a guess
                    severity="high" if p.same or confidence >= 0.7 else "medium",
                    confidence=confidence,
                    source_span=s_ent.text if s_ent else None,
                    derived_span=d_ent.text if d_ent else None,
                    source_range=_range(s_ent, comparison.source, p.bead.source),
                    derived_range=_range(d_ent, comparison.derived, p.bead.derived),
                    detector=self.name,
                )

    def compare(
        self,
        src: str,
        der: str,
        same_language: bool,
        embedder: object | None = None,
        langs: tuple[str | None, str | None] = (None, None),
    ) -> list[tuple[Entity | None, Entity | None, str, float]]:
        """(source entity, derived entity, message, confidence) for each entity change;
        `langs` (source, derived language codes, when known) refine the candidates (`find_entities`)."""
        new = list(unmatched(src, der, langs[1]))
        gone = () if same_language else missing(src, der, langs[0])
        tokens = None
        if (new or gone) and not same_language:
            tv = token_vectors(embedder, [src, der])
            tokens = (tv[src], tv[der]) if tv else None
        drops = self._drop_scores(src, der, gone, tokens, self._gains(der, src, gone, embedder))
        return self._compare(src, der, same_language, embedder, langs, new, tokens, None, drops)

    def evidence(
        self,
        src: str,
        der: str,
        new: Sequence[Entity],
        embedder: object | None,
        tokens: tuple[TokenVectors, TokenVectors] | None = None,
        gains: Sequence[float | None] | None = None,
    ) -> list[tuple[float, float | None] | None]:
        """Per candidate across languages: (deletion gain, alignment z or None), or None when it was
        not probed (no embedder, or past `max_probes`). `gains`: the deletion gains, if already known."""
        gains = self._gains(src, der, new, embedder) if gains is None else gains
        zs = alignment_z(src, der, new, tokens) if tokens is not None else [None] * len(new)
        return [None if g is None else (g, z) for g, z in zip(gains, zs, strict=True)]

    def _passes(self, src: str, gain: float, z: float | None) -> float | None:
        """How far the evidence clears its threshold (None: it does not)."""
        min_gain, min_score = self._thresholds(src)
        margin = gain - min_gain
        if z is not None:
            # the gain alone still counts when the name aligns no better than the sentence around it
            combined = gain - self.token_weight * z - min_score
            margin = max(combined, margin if self.max_z is not None and z <= self.max_z else -1.0)
        return margin if margin >= 0 else None

    def _thresholds(self, src: str) -> tuple[float, float]:
        """(min_gain, min_score) for a source sentence: Han and kana sources have their own."""
        if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", src):
            return self.min_gain_cjk, self.min_score_cjk
        return self.min_gain, self.min_score

    def _may_pass(self, p: _Pair, gains: Sequence[float | None], drops: Sequence[float | None] = ()) -> bool:
        """Whether any candidate of the bead could pass once its alignment z is known: z-scores over n
        words lie within +-sqrt(n - 1), so the combined score is at most gain + token_weight * sqrt(n - 1)
        (an exact bound: skipping the others changes no finding). `drops`: the source names' gains."""
        min_gain, min_score = self._thresholds(p.src)
        bound = self.token_weight * math.sqrt(max(0, len(units(p.der)) - 1))
        src_bound = self.drop_weight * math.sqrt(max(0, len(units(p.src)) - 1))
        best_drop = max((g + src_bound for g in drops if g is not None), default=-math.inf)
        dropped = any(
            g is not None and g + src_bound >= self._min_drop(e, p.src, p.der, p.langs[0])
            for g, e in zip(drops, p.gone, strict=False)
        )
        least_joint = min(self.min_joint, self.min_joint_lexicon)
        return dropped or any(
            g is not None
            and (
                g >= min_gain
                or g + bound >= min_score
                or (g + bound > 0 and best_drop > 0 and g + bound + best_drop >= least_joint)
                or (g + bound > self.min_score_place and _placed_elsewhere(e, p.src))
            )
            for g, e in zip(gains, p.new, strict=False)
        )

    def _drop_scores(
        self,
        src: str,
        der: str,
        gone: Sequence[Entity],
        tokens: tuple[TokenVectors, TokenVectors] | None,
        gains: Sequence[float | None] | None,
    ) -> list[tuple[Entity, float]]:
        """Each probed source name (`missing`) with its score: how much closer the source comes to the
        derived sentence without it, less `drop_weight` times how well its words align to the derived
        sentence (z, as `alignment_z` with the sides swapped; 0 without token vectors)."""
        if not gone or gains is None:
            return []
        zs = alignment_z(der, src, gone, (tokens[1], tokens[0])) if tokens is not None else [None] * len(gone)
        return [
            (e, g - self.drop_weight * (z or 0.0)) for e, g, z in zip(gone, gains, zs, strict=True) if g is not None
        ]

    def _joint(
        self, ev: tuple[float, float | None], partner: Entity | None, drops: Sequence[tuple[Entity, float]]
    ) -> float | None:
        """How far a derived name and the source name it replaces (`partner`) together clear
        `min_joint`, when each on its own points the same way (score > 0); None otherwise."""
        if partner is None:
            return None
        s_der = self._name_score(ev)
        s_src = _drop_score(partner, drops)
        least = self.min_joint_lexicon if dictionary_forms(partner.text) else self.min_joint
        if s_src is None or s_der <= 0 or s_src <= 0 or s_der + s_src < least:
            return None
        return s_der + s_src - least

    def _name_score(self, ev: tuple[float, float | None]) -> float:
        """A derived name's evidence as one score: its deletion gain less `token_weight` times its
        alignment z (`evidence`)."""
        return ev[0] - self.token_weight * (ev[1] or 0.0)

    def _stands_in_for(
        self,
        e: Entity,
        ev: tuple[float, float | None],
        partner: Entity | None,
        src: str,
        der: str,
        drops: Sequence[tuple[Entity, float]],
        langs: tuple[str | None, str | None],
    ) -> bool:
        """A derived name too weak alone stands where its partner, reported dropped on its own, was:
        a prominent place for a prominent place (`_places_swapped`), a name credited as the source
        ("according to Reuters" -> "according to the Associated Press"), or a name and nothing else
        pointing the same way. Not a word or a country's adjective, which translate a source word
        ("Putin" dropped, "Navy" for "Marine"; "German" for "tedeschi")."""
        if partner is None:
            return False
        if self._places_swapped(e, partner, src, der, drops, langs[0]):
            return True
        in_place = _credited(der, e) or (
            self._name_score(ev) > 0 and proper_only(e.text, langs[1]) and not places.is_demonym(e.text)
        )
        return in_place and self._drop_passes(partner, src, der, drops, langs[0])

    def _places_swapped(
        self,
        e: Entity,
        partner: Entity | None,
        src: str,
        der: str,
        drops: Sequence[tuple[Entity, float]],
        src_lang: str | None = None,
    ) -> bool:
        """A prominent place with no counterpart in the source (`e`) stands where a prominent place the
        derived sentence does not name went missing (`partner`, reported dropped on its own): one
        replaced by the other, whatever the embedding says of `e` (it barely tells one country from
        another)."""
        if (
            partner is None
            or CJK_RUN.fullmatch(e.text)
            or not places.places_named(e.text)
            or not _place_absent(partner.text, der)
        ):
            return False
        return self._drop_passes(partner, src, der, drops, src_lang)

    def _drop_passes(
        self, partner: Entity, src: str, der: str, drops: Sequence[tuple[Entity, float]], src_lang: str | None
    ) -> bool:
        """The source name would be reported dropped on its own (`_dropped`)."""
        s_src = _drop_score(partner, drops)
        return s_src is not None and s_src > 0 and s_src >= self._min_drop(partner, src, der, src_lang)

    def _dropped(
        self,
        src: str,
        der: str,
        drops: Sequence[tuple[Entity, float]],
        reported: Sequence[Entity],
        src_lang: str | None = None,
        der_lang: str | None = None,
    ) -> list[tuple[Entity, str, float]]:
        """Source names the derived sentence left out: score >= `min_drop`, not already part of a
        reported entity change, and not one of those a name the derived sentence renders by meaning
        in Vietnamese may stand for (`vietnamese_renderings`: "Methodist" as "Giám lý"), the least
        confirmed first."""
        out = []
        absorbed = len(vietnamese_renderings(der)) if drops and _lang(der_lang) == "vi" else 0
        rare = {(n.start, n.end) for n in _hindi_unlisted(src, src_lang)} if drops else set()
        for g, score in sorted(drops, key=lambda d: d[1]):
            least = self._min_drop(g, src, der, src_lang)
            if score < least or score <= 0 or any(r.start < g.end and g.start < r.end for r in reported):
                continue
            if absorbed:
                absorbed -= 1
                continue
            # a word no Hindi word list has is mostly a name, but may be a rare word (बाघिन, tigress)
            what = "name or rare word" if (g.start, g.end) in rare else "name"
            message = f"{what} dropped: '{_context(src, g)}' has no counterpart in the derived sentence"
            out.append((g, message, min(0.9, 0.55 + 10 * (score - least))))
        return sorted(out, key=lambda d: d[0].start)

    def _min_drop(self, e: Entity, src: str, der: str, src_lang: str | None = None) -> float:
        """A dictionary name (lexicon.py, japanese.py) whose English forms are all missing, a place
        the gazetteer says `der` does not name (places.py; also read through a German genitive or a
        Czech or Polish case form: "Bischkeks", "v Česku", "w Warszawie"), or a name `src` keeps in Latin
        letters inside another script that a Latin-script `der` lacks, needs less evidence; so does a name
        no translator would render by meaning, its words being no words of the language (`proper_only`;
        less still when it is Latin letters kept letter for letter, `_kept_verbatim`), an acronym English
        writes as the source does (`_acronym_english_keeps`: "NASA", "NHK"), or a Chinese or
        Japanese name no dictionary lists that reads as no words (`unlike_words`; a Chinese one spelled
        by sound, long enough for `heard_in` to tell, needs no more than a listed name), or a word of a
        Hindi source no Hindi word list has (`hindi_names.py`), unless `der` is Chinese or Japanese,
        which render even those by meaning or loose sound ("Rangers" / 流浪者队)."""
        if (
            _listed_absent(e.text, der)
            or _kept_latin_gone(e.text, src, der)
            or (_capitalises_nouns(src_lang) and e.text.isalpha() and _genitive_place_absent(e.text, der))
            or _declined_place_absent(e.text, der, src_lang)
        ):
            return self.min_drop_lexicon
        if _HAN_OR_KANA.search(der):
            return self.min_drop
        if proper_only(e.text, src_lang):
            return self.min_drop_verbatim if _kept_verbatim(e.text, src, src_lang) else self.min_drop_proper
        if _acronym_english_keeps(e.text, src, der, src_lang):
            return self.min_drop_verbatim
        if not any(e.text == n.text for n in _unlisted(src, src_lang)):
            return self.min_drop
        if DEVANAGARI_WORD.search(e.text):
            # a word no Hindi word list has: a name, or a rare word a translation keeps the sense of
            return self.min_drop_proper
        if audible(e.text):
            # a foreign name spelled by sound that no English word sounds like: gone, as a listed
            # name whose forms are all missing is
            return self.min_drop_lexicon
        if KANA.search(e.text) or unlike_words(e.text):
            # a katakana word UniDic does not know, or a Chinese name no dictionary lists that reads
            # as no words (chinese_names.py)
            return self.min_drop_proper
        return self.min_drop

    def _compare(
        self,
        src: str,
        der: str,
        same_language: bool,
        embedder: object | None,
        langs: tuple[str | None, str | None],
        new: list[Entity],
        tokens: tuple[TokenVectors, TokenVectors] | None,
        gains: Sequence[float | None] | None = None,
        drops: Sequence[tuple[Entity, float]] = (),
    ) -> list[tuple[Entity | None, Entity | None, str, float]]:
        # across languages the partner is one of the dropped-name candidates (`missing`: no German
        # common nouns, "Südkorea" -> "Syria" rather than "Jahren" -> "Syria")
        gone = absent(src, der, langs[0]) if same_language else missing(src, der, langs[0])
        # names in Latin or Cyrillic letters compare by spelling; Han, kana, Devanagari do not
        latin_source = not re.search(r"[\u3040-\u30ff\u4e00-\u9fff\u0900-\u097f]", src)
        out: list[tuple[Entity | None, Entity | None, str, float]] = []
        evidence = [None] * len(new) if same_language else self.evidence(src, der, new, embedder, tokens, gains)
        used: set[int] = set()
        # a name a Vietnamese source renders by meaning ("Giám lý" for "Methodist") is no new name
        rendered = len(vietnamese_renderings(src)) if new and not same_language and _lang(langs[0]) == "vi" else 0
        for e, ev in zip(new, evidence, strict=True):
            free = [g for g in gone if g.start not in used]
            # a source name the derived sentence reads better without is the likelier one replaced
            scored = [g for g in free if (_drop_score(g, drops) or 0.0) > 0]
            partner = _closest(e, scored or free)
            if (
                not same_language
                and partner is not None
                and _honorific(e.text)
                and aligned_to(src, der, e, partner, tokens) is False
            ):
                # a title alone whose words translate other words of the source ("Congresswoman" for
                # "la députée" while "Michele Bachmann" went): no name put in another's place, and the
                # source name, if gone, is reported dropped; a title in a name's slot is still a swap
                # ("Jesse Lingard" -> "President")
                continue
            if same_language:
                confidence = 0.85
            elif ev is not None:
                margin = self._passes(src, *ev)
                if margin is not None:
                    confidence = min(0.9, 0.55 + 10 * margin)
                    if (
                        partner is not None
                        and self._drop_passes(partner, src, der, drops, langs[0])
                        and aligned_to(src, der, e, partner, tokens) is False
                    ):
                        # both stand alone, and the derived name's words match other words of the source
                        # ("Celsius" for "градусов тепла" while "Москве" went): two findings, not a swap
                        partner = None
                elif self._name_score(ev) > self.min_score_place and _placed_elsewhere(e, src):
                    confidence = 0.55
                else:
                    # too weak alone; the source name it stands in for may have gone missing too
                    joint = self._joint(ev, partner, drops)
                    if joint is not None:
                        confidence = min(0.9, 0.5 + 10 * joint)
                    elif self._stands_in_for(e, ev, partner, src, der, drops, langs):
                        confidence = 0.55
                    elif _full_names_swapped(e, partner, src, der, langs, tokens):
                        confidence = 0.6
                    else:
                        continue
            elif not (
                latin_source
                and partner is not None
                and _attribution(der, e)
                and not (_descriptive(e.text) or _descriptive(partner.text))
            ):
                # no embedder: translated names ("Deutschland" -> "Germany") look like swaps, so
                # only an outlet swapped inside an attribution is clear enough (not a body named by
                # what it is: "Минобороны" / "the Ministry of Defense")
                continue
            else:
                confidence = 0.4
            if partner is None and _common_nouns_only(e, langs[1]):
                # German noun-like words added, with no source name gone: nouns are capitalised
                # ("Zuschauer", "Staubwolken", "in gebirgigen Gebieten Erdrutsche"); a name swap still
                # shows as a name gone from the source
                continue
            if (
                not same_language
                and partner is not None
                and _title(partner.text)
                and min(len(_name_words(partner.text)), len(_name_words(e.text))) >= 2
            ):
                # a body named by what it is in several words ("the State Emergency Service") and, in its
                # place, a name of several words: its translation, capitalised ("Layanan Darurat Negara"), as
                # the attribution rule reads it; a name of one word there ("Antara", "Reuters") is still a
                # swap, and so is any name in the place of one word ("Labour", "Green")
                continue
            if partner is not None:
                used.add(partner.start)
                label = "source changed" if _attribution(der, e) or _attribution(src, partner) else "entity replaced"
                message = f"{label}: '{_context(src, partner)}' -> '{_context(der, e)}'"
            elif rendered:
                rendered -= 1
                continue
            else:
                message = f"entity replaced: '{e.text}' has no counterpart in the source sentence"
            out.append((partner, e, message, confidence))
        if same_language or latin_source:
            out = self._attributions(src, der, gone, new, used, out, langs)
        return out

    def _attributions(
        self,
        src: str,
        der: str,
        gone: Sequence[Entity],
        new: Sequence[Entity],
        used: set[int],
        out: list[tuple[Entity | None, Entity | None, str, float]],
        langs: tuple[str | None, str | None] = (None, None),
    ) -> list[tuple[Entity | None, Entity | None, str, float]]:
        """An outlet or speaker credited in the source and gone from the derived sentence: changed when
        another name is credited there ("according to Reuters" -> "по данным ТАСС"), dropped when
        nothing is ("according to Reuters" -> nothing). Not a country's adjective ("According to
        Indonesian regulations": no one is credited). And the other way: a name the derived sentence credits
        ("selon l'AFP") where the source credits no one (added)."""
        for g in gone:
            if g.start in used or not _credit_phrase(src, g) or places.is_demonym(g.text):
                continue
            credited = next((e for e in new if _credited(der, e)), None)
            if credited is not None and not (_descriptive(credited.text) or _descriptive(g.text)):
                # two names of nothing but names ("Reuters" / "ТАСС"); a body named by what it is
                # ("Минобороны" / "the Ministry of Defense") is translated, and its absence proves nothing
                done = [o for o in out if o[1] is credited]
                if all(o[0] is None for o in done):
                    # the new name, reported alone or not at all, is the one the statement is now credited to
                    out = [o for o in out if o[1] is not credited]
                    message = f"source changed: '{_context(src, g, True)}' -> '{_context(der, credited, True)}'"
                    out.append((g, credited, message, 0.6))
                    continue
            # an English sentence with "according to", "said" or "reported" keeps the attribution as far as
            # this rule goes (the name, if gone, is the name test's: "According to from the NGO")
            if not (_credits_someone(der) or _ATTRIBUTION_KEPT.search(der)):
                message = f"attribution dropped: '{_context(src, g, True)}' has no counterpart in the derived sentence"
                out.append((g, None, message, 0.6))
        says = _SAYS.get(_lang(langs[0]))
        if says is None or says.search(src) or _CREDIT_RX.search(src) or re.search(_CREDIT_AFTER, src, re.IGNORECASE):
            # the source credits its statement too ("X said" comes out as "according to X"), or its language's
            # verbs of saying are not listed here: a credited name that reads another way is a translation
            return out
        reported = {id(o[1]) for o in out}
        for e in new:
            if id(e) in reported or not _credit_phrase(der, e) or _descriptive(e.text) or places.is_demonym(e.text):
                continue
            if _common_nouns_only(e, langs[1]):
                continue  # "Berichten zufolge" (according to reports): a German noun, no name
            # a statement the source credits to no one, credited to a name by the republication ("selon l'AFP"):
            # a source invented, or named from elsewhere; a body named by what it is ("the ministry") is
            # more likely a translation of the source's own words
            message = f"attribution added: '{_context(der, e, True)}' has no counterpart in the source sentence"
            out.append((None, e, message, 0.6))
        return out

    def _gains(self, src: str, der: str, new: Sequence[Entity], embedder: object | None) -> list[float | None]:
        if embedder is None or not new:
            return [None] * len(new)
        probes = [_delete(der, e) for e in new[: self.max_probes]]
        gains: list[float | None] = [*deletion_gains(embedder, src, der, probes)]  # type: ignore[arg-type]
        return gains + [None] * (len(new) - len(gains))


@lru_cache(maxsize=65536)
def unmatched(src: str, der: str, der_lang: str | None = None) -> tuple[Entity, ...]:
    """Derived names without a counterpart in `src`, narrowed to their unmatched words
    ("US President Erwin Huber" -> "Erwin Huber" when "US President" is in the source).
    Memoised: `probes` and `detect` ask it for the same beads (a pure function of its arguments)."""
    out = []
    found = find_entities(der, der_lang)
    first = _first_name(der, der_lang, found)
    if first is not None and _honorific(first.text):
        first = None  # "Başkan Trump ...": the title opening the sentence, not a name
    headline = _title_case(der) and not _capitalises_nouns(der_lang)
    # "Joan Puig, a mechanic": the sentence's first word may open the name after it
    after = next((e for e in found if first and e.start == first.end + 1 and der[first.end] == " "), None)
    first_run = Entity(first.start, after.end, der[first.start : after.end]) if first and after else None
    # a Chinese or Japanese name no dictionary lists is matched by its sound alone, which misses
    # abbreviations (佛州, Florida) and other romanisations: it may be a dropped name, never a new one
    guessed = {(n.start, n.end) for n in _unlisted(der, der_lang)}
    for e in ([first] if first else []) + found:
        if (e.start, e.end) in guessed or has_counterpart(e.text, src):
            continue
        narrow = _narrow(e, src)
        if _head_only(e, narrow) or _completes(e, narrow, src, der) or narrow.text[:1].isdigit():
            continue  # "6-foot", "80s": the figures detector's
        if narrow.text.rstrip(".").lower() in _COURTESY:
            continue  # "Mr. Adams said" for "sagte Adams": the full stop cut the title from the name
        if narrow.text in CURRENCY_CODES or narrow.text in _NAMED_UNITS:
            continue  # "PLN 880" for "880 zł", "25 degrees Celsius": a figure's unit, the figures detector's
        if _glosses_acronym(der, narrow, src):
            continue  # "The PZPN (Polish Football Association)": the source's "PZPN" spelled out
        if _locator(der, e, src):
            continue  # "in Manchester, England" for "in Manchester"; the other way, a dropped country is reported
        if e is first and first_run is not None and _completes(first_run, _narrow(first_run, src), src, der):
            continue
        if headline and not _name_in_headline(
            " ".join(w for w in re.findall(r"[\w'’.-]+", narrow.text) if not has_counterpart(w, src)), der_lang
        ):
            continue  # as in `missing`: in a title-case headline a capital alone makes no name ("With Flash Flooding")
        out.append(narrow)
    return tuple(out)


_NAMED_UNITS = frozenset({"Celsius", "Fahrenheit", "Kelvin"})


def _glosses_acronym(text: str, e: Entity, other: str) -> bool:
    """`e` spells out an acronym that `other` has: alone in parentheses right after it ("PZPN (Polish
    Football Association)"), or, made only of words that say what a thing is, right before it in
    parentheses ("Chairman of the Czech Social Democratic Party (ČSSD)"; not "Markus Söder (CSU)")."""
    before = re.search(r"\b([A-Z][A-Za-z]*[A-Z])\s*\(\s*$", text[: e.start])
    if before is not None and re.match(r"\s*\)", text[e.end :]) and _written_as_is(before.group(1), other):
        return True
    after = re.match(r"\s*\(\s*([^\W\d_]{2,})\s*\)", text[e.end :])
    return (
        after is not None
        and after.group(1).isupper()
        and _described_only(e.text)
        and _written_as_is(after.group(1), other)
    )


def _described_only(text: str) -> bool:
    """Every word of the name says what the thing is, or whose: a title, a generic noun, a country's
    adjective ("Chairman of the Czech Social Democratic Party")."""
    words = _WORD.findall(text)
    return bool(words) and all(_title(w) or places.is_demonym(w) for w in words)


def _first_name(text: str, lang: str | None, found: Sequence[Entity]) -> Entity | None:
    """The sentence's first word, which find_entities leaves out (`found`: what it found), when the
    language's Punkt model knows it as a word written only capitalised ("Europe's top ...": a name, not
    just a sentence start); not in German, where every noun is ("Mitglieder", and "Merkel" alike)."""
    first = re.match(r"[\s\"'“”„«»‘’‹›(\[]*([^\W\d_][\w'’-]*)", text)
    if (
        first
        and first.group(1)[0].isupper()
        and _name_anyway(first.group(1), lang)
        and not (_capitalises_nouns(lang) and german_noun(first.group(1)))
        and not any(e.start <= first.start(1) < e.end for e in found)
    ):
        return Entity(first.start(1), first.end(1), first.group(1))
    return None


def _name_anyway(word: str, lang: str | None) -> bool:
    """A sentence's first word that would be capitalised anywhere: the language's Punkt model knows it
    only capitalised, or, if that model never saw it in lower case, English's does ("Murray", "Flick") or
    CLDR names a country or region so ("Singapour"; not a city: "Центральный" is one, and an adjective),
    or it is rare in the language's word list and a name English uses (`_english_name`: "Cuomo",
    "Blackhawks" opening a German or Czech sentence). Without a model for the language (Vietnamese
    "Anh", "Sao") nothing says it is no common word."""
    if capitalised_word(word, lang):
        return True
    if punkt_model_name(lang) is None or lower_case_word(word, lang):
        return False
    return (
        capitalised_word(word, "en")
        or bool(places.countries_named(word))
        # English's list first: one list for every language, the language's own only for English's names
        or (_lang(lang) != "en" and _english_name(word) and bool(wordlists.rare(word, lang)))
    )


def _drop_score(name: Entity, drops: Sequence[tuple[Entity, float]]) -> float | None:
    """The best drop score (`EntityDetector._drop_scores`) of a probed source name overlapping `name`."""
    return max((sc for g, sc in drops if g.start < name.end and name.start < g.end), default=None)


def _head_only(e: Entity, narrow: Entity) -> bool:
    """The name in `e` has a counterpart, and what is left (`narrow`) is a translated head or
    descriptor: "Niagara Falls" for "Ниагарский водопад", "Ministry of Internal Affairs" around a kept
    name, "Nias Island" for "đảo Nias", or a title ("Mr" of "Mr. Doseba", "Peder" of "Peder Johnson'ın",
    Vietnamese "Anh" of "Anh Mandagi")."""
    if narrow.text != e.text and narrow.start == e.start and narrow.text.lower() in _VI_HONORIFIC | {"cha"}:
        return True  # "Anh Mandagi" (Mr Mandagi), "Cha Johnson" (Father Johnson)
    return narrow.text != e.text and all(
        w.lower() in _GENERIC or w.lower() in _CONNECTORS or w.lower() in _TITLES
        for w in re.findall(r"[\w'’-]+", narrow.text)
    )


_BEFORE_COMMA = re.compile(r"((?:[^\W\d_][\w'’.-]*\s+){0,2}[^\W\d_][\w'’.-]*),\s*$")


def _locator(text: str, e: Entity, other: str) -> bool:
    """`e` is the country after a city the other text names ("at Etihad Stadium in Manchester, England",
    "Naples, Italy"): a locator a translator adds, not a name changed. (Left out, it is still reported:
    "Gaziantep, Turquía" -> "Gaziantep" drops a fact, if a small one.)"""
    m = _BEFORE_COMMA.search(text[: e.start])
    if m is None or not re.match(r"\s*(?:[,.;:)!?]|$)", text[e.end :]):
        return False
    words = m.group(1).split()
    return any(
        places.located_in(" ".join(words[-k:]), e.text) and has_counterpart(" ".join(words[-k:]), other)
        for k in range(1, len(words) + 1)
    )


def _completes(e: Entity, narrow: Entity, src: str, der: str) -> bool:
    """The derived name `e` is a source name written out in full: some word of it is a word of a source
    name (narrowed away), the rest (`narrow`) adds a given name or a surname ("Kim" -> "Ким Чен Ын",
    "Flake" -> "Jeff Flake", "Kavanaugh's" -> "Brett Kavanaugh"), and that source name has every word in
    the derived sentence. "Hillary Clinton" -> "Bill Clinton" still differs: "Hillary" is gone. A title,
    a place or an acronym as the shared word does not count ("US President" -> "US President Erwin
    Huber", "PBS" -> "Trout PBS"), nor does a title among the added words ("Jiřím" -> "Czech Governor
    Jiří"); in one script the shared word is the source's as written ("House of God" is no "Houston")."""
    if narrow.text == e.text or any(w.lower() in _TITLES or w.lower() in _GENERIC for w in _name_words(narrow.text)):
        return False
    if re.search(r"['’]s\s", e.text):
        return False  # "Ring's CEO Michel Platini": a possessive joins two names
    before = e.text[: narrow.start - e.start]
    # words before a title describe the name after it ("California Governor Muddy Waters"): no part of it
    titled = [m.end() for m in _WORD.finditer(before) if m.group().lower() in _TITLES]
    rest = before[titled[-1] if titled else 0 :] + " " + e.text[narrow.end - e.start :]
    shared = [
        w
        for w in (_bare_name_word(w) for w in _name_words(rest))
        if len(w) > 1
        and w.lower() not in _TITLES
        and w.lower() not in _GENERIC
        and not places.places_named(w)
        and not _is_code(w)
    ]
    if not shared:
        return False
    named = [s.text for s in find_entities(src) if any(_same_name_word(w, s.text) for w in shared)]
    first = re.match(r"[\W\d_]*([^\W\d_][\w'’-]*)", src)
    if not named and first and first.group(1)[0].isupper() and any(_same_name_word(w, first.group(1)) for w in shared):
        named = [first.group(1)]  # "Flake was the central figure": a name opening the sentence is no candidate
    return bool(named) and all(all(has_counterpart(w, der) for w in _name_words(s)) for s in named)


def _bare_name_word(word: str) -> str:
    """A name's word without a possessive or a Turkish ending ("Kavanaugh's", "Johnson'ın" -> the name)."""
    return _NAME_ENDING.sub("", re.sub(r"['’]s?$", "", word))


def _same_name_word(word: str, name: str) -> bool:
    """`word` is a word of `name`: in one script the same word, or one inflected ("Kowalskiego" /
    "Kowalski", "Europeo" / "European": five letters in common from the start; not "Houston" / "House"),
    else by `has_counterpart` (its transliteration or reading: "Ким" / "Kim")."""
    if places.scripts(word) != places.scripts(name):
        return has_counterpart(word, name)
    low = word.lower()
    return any(
        other == low or (min(len(other), len(low)) >= 6 and other[:5] == low[:5])
        for other in (_bare_name_word(w).lower() for w in _WORD.findall(name))
    )


@lru_cache(maxsize=65536)
def missing(src: str, der: str, src_lang: str | None = None) -> tuple[Entity, ...]:
    """Source names without a counterpart in `der`, narrowed to their unmatched words: the candidates
    for a name the derived sentence dropped. Left out: a lone German common noun (`_noun_not_name`:
    German capitalises every noun), a bare title ("Ms."), a figure ("80s"), and in a title-case
    headline a word its capital alone makes a name ("Quake"). Memoised, as `unmatched`."""
    out = list(absent(src, der, src_lang))
    first = _first_name(src, src_lang, find_entities(src, src_lang))
    if first and not has_counterpart(first.text, der):
        out.insert(0, first)
    headline = _title_case(src) and not _capitalises_nouns(src_lang)
    kept = []
    for e in out:
        narrow = _narrow(e, der)
        head = _acronym_head(narrow)
        if head is not narrow:
            if has_counterpart(head.text, der):
                continue  # "ESPN-Angaben" / "according to ESPN"
            narrow = head
        if _head_only(e, narrow) or _honorific(narrow.text) or narrow.text[:1].isdigit():
            continue  # "Ms", "Dr"; "80s", "20-degree", "19-Jährigen" are the figures detector's
        if _capitalises_nouns(src_lang) and _noun_not_name(narrow.text, der):
            continue
        if headline and not _name_in_headline(narrow.text, src_lang):
            continue
        kept.append(narrow)
    return tuple(kept)


_ACRONYM_COMPOUND = re.compile(r"([A-Z]{2,})-[A-ZÄÖÜ]?[a-zäöüß]+")


def _acronym_head(e: Entity) -> Entity:
    """The acronym opening a compound: "ESPN-Angaben" (ESPN's figures), "US-Imperialisten", "NATO-Gipfel".
    The compound reads as a common noun, the acronym is the name."""
    m = _ACRONYM_COMPOUND.fullmatch(e.text)
    if m is None or _CURRENCY_GLOSS.search(e.text[m.end(1) + 1 :]):
        return e  # "US-Dollar" is a currency, the figures detector's
    return Entity(e.start, e.start + m.end(1), m.group(1))


def _title_case(text: str) -> bool:
    """A headline set in title case ("Tsunami and Quake Devastate an Island"): its capitals mark no
    names. No final full stop, and at least 3 words of 4 letters or more after the first, 70% of them
    capitalised (a sentence full of names ends with a stop)."""
    if re.search(r"[.!?…。！？][\s\"'”’»)]*$", text):
        return False
    words = re.findall(r"[^\W\d_]{4,}", text)[1:]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _honorific(text: str) -> bool:
    """A title or honorific and nothing else: "Ms", "Dr.", "Prime Minister"."""
    words = [w.lower() for w in _WORD.findall(text)]
    return bool(words) and all(w in _TITLES or w in _CONNECTORS for w in words)


def _name_in_headline(name: str, lang: str | None) -> bool:
    """Some word of `name` is a name whatever the case around it: a code or acronym, a word the
    language's Punkt model knows only capitalised, or a place the gazetteer knows that is no common
    word of the language ("Island" is Iceland in German, and an island in English)."""
    return any(
        _is_code(w) or capitalised_word(w, lang) or (places.places_named(w) and not lower_case_word(w, lang))
        for w in re.findall(r"[\w'’.-]+", name)
    )


def _noun_not_name(word: str, other_text: str) -> bool:
    """A lone German word that reads as a common noun ("Pause", "See"): Punkt's German model knows it
    only capitalised (`german_noun`, as it knows "Spanien" and "Zimmermann"), and it is neither a place
    the gazetteer says `other_text` leaves out ("Spanien"; genitive "Südafrikas") nor a word English
    writes only capitalised ("Bush", "Iran"; by Punkt's English model, or by its word list: "Bundesliga",
    "Zimmermann", `_english_name`)."""
    if " " in word or _is_code(word) or not german_noun(word):
        return False
    place = _place_absent(word, other_text) or _genitive_place_absent(word, other_text)
    return not place and not capitalised_word(word, "en") and not _english_name(word)


# English uses a German capitalised word this often (Zipf) when it is a name there too: "Bundesliga" 3.3,
# "Zimmermann" 2.7, "Graz" 2.5; German nouns seldom reach it ("Teil" 2.2, "Polizei" 2.0, "Leiche" 0)
ENGLISH_NAME_ZIPF = 2.5


def _english_name(word: str) -> bool:
    """English writes `word` as a name: its word list has it at `ENGLISH_NAME_ZIPF` or more and English
    Punkt never saw it in lower case (not "Session", an English word too). Letters only: wordfreq reads
    "US-Dollar" as "US dollar"."""
    z = wordlists.zipf(word, "en") if word.isalpha() else None
    return z is not None and z >= ENGLISH_NAME_ZIPF and not lower_case_word(word, "en")


@lru_cache(maxsize=65536)
def absent(src: str, der: str, src_lang: str | None = None) -> tuple[Entity, ...]:
    """The candidate names of `src` (`find_entities`) with no counterpart in `der`, as they stand.
    Memoised: `missing` and the replacement test both start from it."""
    return tuple(e for e in find_entities(src, src_lang) if not has_counterpart(e.text, der))


CONTEXT_BEFORE = 5  # sentences of the other side before a pair where a name may already stand


def _descriptive(text: str) -> bool:
    """Some word of the name says what the thing is ("Ministry of Defense", "Defense Ministry")."""
    return any(w.lower() in _GENERIC or w.lower() in _TITLES for w in _WORD.findall(text))


def _title(text: str) -> bool:
    """A source "name" that is only a title or a descriptor ("President", "the Ministry")."""
    words = [w.lower() for w in _WORD.findall(text)]
    return bool(words) and all(w in _GENERIC or w in _CONNECTORS or w in _TITLES for w in words)


def _named_nearby(e: Entity, other: Document, idx: tuple[int, ...]) -> bool:
    """The name has a counterpart in the other side's sentences just before its pair `idx` (or the one
    after)."""
    lo, hi = max(0, idx[0] - CONTEXT_BEFORE), min(len(other), idx[-1] + 2)
    near = " ".join(other.sentences[i].text for i in range(lo, hi) if i not in idx)
    return bool(near) and has_counterpart(e.text, near)


def _narrow(e: Entity, src: str) -> Entity:
    words = list(_NAME_PART.finditer(e.text))
    covered = exonym_words(e.text, src)
    missing = [
        m
        for m in words
        if m.group().lower() not in _CONNECTORS
        and re.sub(r"['’]s$", "", m.group().lower()) not in covered
        and not has_counterpart(m.group(), src)
    ]
    if not missing:
        return e
    start, end = e.start + missing[0].start(), e.start + missing[-1].end()
    while end > start and e.text[end - e.start - 1] in "'’s" and e.text[end - e.start - 2 : end - e.start] == "'s":
        end -= 2  # "Germany's" -> "Germany"
    return Entity(start, end, e.text[start - e.start : end - e.start])


def aligned_to(
    src: str, der: str, e: Entity, g: Entity, tokens: tuple[TokenVectors, TokenVectors] | None
) -> bool | None:
    """Whether derived name `e` and source name `g` are word-aligned: a word of either has its best
    match (cosine of the middle layer's word vectors, `word_vectors`) inside the other. A name put in
    another's place takes its slot, and the aligner links the two; a name the translator wrote for
    other words of the source ("Celsius" for "градусов") links to those. None without token vectors."""
    if tokens is None:
        return None
    us_a, wa = word_vectors(src, tokens[0])
    us_b, wb = word_vectors(der, tokens[1])
    in_g = [k for k, (a, b) in enumerate(us_a) if a >= g.start and b <= g.end]
    in_e = [k for k, (a, b) in enumerate(us_b) if a >= e.start and b <= e.end]
    if not in_g or not in_e:
        return None
    sim = wb @ wa.T  # derived words x source words
    return any(int(sim[k].argmax()) in in_g for k in in_e) or any(int(sim[:, k].argmax()) in in_e for k in in_g)


def _full_names_swapped(
    e: Entity,
    partner: Entity | None,
    src: str,
    der: str,
    langs: tuple[str | None, str | None],
    tokens: tuple[TokenVectors, TokenVectors] | None,
) -> bool:
    """A full name in Latin letters on both sides ("Olaf Scholz" -> "Friedrich Merz"): two or more
    words, each a name and nothing else in its language (`proper_only`), none a place. Such names
    are written the same in every Latin-script language, so one gone and another in its slot is a
    swap, whatever the embedding says (it scores two politicians of one country alike). Not a
    regnal name, which each language translates ("Jan Paweł II" / "John Paul II")."""
    if partner is None:
        return False
    for name, lang, text in ((partner, langs[0], src), (e, langs[1], der)):
        if (
            len(_name_words(name.text)) < 2
            or not _LATIN_ONLY.fullmatch(name.text)
            or not proper_only(name.text, lang)
            or places.places_named(name.text)
            or re.match(r"\s+[IVX]+\b", text[name.end :])
        ):
            return False
    return aligned_to(src, der, e, partner, tokens) is not False


def _closest(e: Entity, gone: Sequence[Entity]) -> Entity | None:
    """The missing source entity in the nearest relative position (a replacement keeps its slot)."""
    if not gone:
        return None
    return gone[0] if len(gone) == 1 else min(gone, key=lambda g: abs(g.start - e.start))


def _attribution(text: str, e: Entity) -> bool:
    return bool(_ATTRIBUTION.search(text[max(0, e.start - 30) : e.end + 15]))


def _credited(text: str, e: Entity) -> bool:
    """`e` is the source a statement is credited to, right there: "according to (the) X", "X said",
    "по данным X", "X zufolge" (`_attribution` looks at a window around it)."""
    if _honorific(e.text) or all(w.lower() in _GENERIC for w in _WORD.findall(e.text)):
        return False
    said = re.match(r"['’]?\s+(?:said|says|reported|reports|told)\b", text[e.end :])
    return bool(said) or _credit_phrase(text, e)


def _credits_someone(text: str) -> bool:
    """`text` credits a statement to someone by name: a credit phrase before a capital, a digit or a
    letter of a script without case ("по данным ТАСС", "据新华社", "según el diario El País"; not
    Vietnamese "theo dõi", follow, nor "according to the agency", which drops the name), or a
    postposition ("Gazeta.uz zufolge")."""
    for m in _CREDIT_RX.finditer(text):
        words = text[m.end() :].split()
        gap = _gap(words)
        nxt = words[gap][:1] if gap < len(words) else ""
        if nxt and (nxt.isupper() or nxt.isdigit() or (nxt.isalpha() and not nxt.islower())):
            return True
    return bool(re.search(_CREDIT_AFTER, text, re.IGNORECASE))


def _gap(words: Sequence[str]) -> int:
    """How many of `words` may stand between a credit phrase and its name (`_ARTICLES`)."""
    n = lower = 0
    for word in words:
        low = word.lower()
        if low in _ARTICLES:
            n += 1
        elif n > 0 and word.islower() and word.isalpha() and low not in _GAP_STOPS and lower < _CREDIT_GAP_WORDS:
            n, lower = n + 1, lower + 1
        else:
            break
    return n


def _credit_span(text: str, e: Entity) -> tuple[int, int] | None:
    """Where the credit phrase before `e` stands ("according to (the) X", "según el diario X",
    "по данным X", "据X"), if one does."""
    lo = max(0, e.start - 80)
    last = next(reversed(list(_CREDIT_RX.finditer(text, lo, e.start))), None)
    if last is None:
        return None
    words = text[last.end() : e.start].split()
    return last.span() if _gap(words) == len(words) else None


def _credit_phrase(text: str, e: Entity) -> bool:
    """`e` stands in a phrase that credits it, in any language the tool reads: "according to (the)
    X", "по данным X", "据X", "X zufolge", "Xによると", or a wire dateline ("MILAN (Reuters) -")."""
    return _credit_span(text, e) is not None or bool(_CREDIT_AFTER_RX.match(text, e.end)) or _dateline(text, e)


def _dateline(text: str, e: Entity) -> bool:
    """`e` is the agency of a wire dateline: in brackets before a dash ("MILAN, March 12 (Reuters) -",
    "WASHINGTON (AP) —"), or opening the text ("(CNN)Stormy Daniels ...")."""
    if not text[: e.start].endswith("("):
        return False
    return e.start == 1 or bool(re.match(r"\)\s*[-–—]", text[e.end :]))


def _context(text: str, e: Entity, described: bool = False) -> str:
    """The entity with "according to" / "по данным" / "zufolge" when that is how it stands in the
    sentence; with the words describing it too when `described` ("según el diario El País"), for
    messages about the credit itself (a name dropped from "according to the premier X" is only X)."""
    span = _credit_span(text, e)
    if span is not None and (described or all(w.lower() in _ARTICLES for w in text[span[1] : e.start].split())):
        return text[span[0] : e.end]
    after = _CREDIT_AFTER_RX.match(text, e.end)
    return e.text + after.group() if after else e.text


def _range(e: Entity | None, doc: Document, idx: tuple[int, ...]) -> tuple[int, int] | None:
    return None if e is None else to_document_range(doc, idx, e.start, e.end)
