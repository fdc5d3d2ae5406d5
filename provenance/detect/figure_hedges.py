"""Hedges and bounds on figures, in each supported language: "nearly 649 million", "at least 384",
"up to 10 inches", "около 200", "超过2000万", "3000多", "100人近く".

A hedge on a figure is what separates an estimate or a bound from a count. Across languages the
modality detector cannot compare approximations by counting them (translators move "about" and
"some" around freely), but anchored to a figure both sides give, the comparison is exact: one side
says "nearly 649 million", the other "649 Millionen", and the estimate has become a fact.

`figure_hedge(text, q)` names the hedge on figure `q` of `text`, if any, as one of four classes:
"almost" (just under: "nearly", "knapp", "почти"), "about" (an approximation, "as many as"
included), "over" (a lower bound: "more than", "at least") and "under" (an upper bound: "up to",
"less than"). Words that may or may not bound a figure ("до 832" is "to 832" after "выросло", "达到"
is "reaches") make the class "unclear": never reported, but enough to keep the other side from
reading as bare. `bare(text, q)` reads the other side loosely, so that only a figure with no hedge
at all counts as bare: none near it (one short word may stand between: "примерно в 27 метрах"), none
moved into the words before it, and no estimate anywhere in the sentence ("Se estima que un 13 %").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from provenance.detect.quantities import Quantity

HedgeClass = Literal["almost", "about", "over", "under", "unclear"]

# Before the figure. Alternatives of every language together: a hedge word of one language before a
# number of another is rare enough. Longer phrases win by position ("no more than" starts before
# "more than" does), so each class lists its words in any order.
_BEFORE: dict[HedgeClass, str] = {
    # just under the figure: "nearly 40%" is below 40, so against "more than 40%" the bound is reversed
    "almost": (
        r"nearly|almost|close\s+to|just\s+under|beinahe|fast|knapp|presque|près\s+d[e'’]|quasi|casi|cerca\s+de|"
        r"pressoché|prawie|niemal|"
        r"blisko|téměř|skoro|почти|чуть\s+ли\s+не|gần\s+như|gần|将近|接近|几乎|差不多|近|ほぼ|quase|"
        # uk, id
        r"майже|мало\s+не|ледь\s+не|hampir|nyaris|"
        # kk, uz, tr
        r"qariyb|deyarli|salkam|neredeyse|hemen\s+hemen|"
        # ar (a preposition may be glued on: "بأقل بقليل من")
        r"[وبل]?[أا]قل\s+بقليل\s+من"
    ),
    "about": (
        # en
        r"about|around|approximately|approx\.|roughly|some|an\s+estimated|estimated|"
        # the estimate on the noun the figure measures: "an estimated population of 379,800"
        r"an\s+estimated\s+[^\W\d_]+(?:[\s-][^\W\d_]+)?\s+of|"
        r"circa|ca\.|~|a\s+good|as\s+many\s+as|as\s+much\s+as|as\s+high\s+as|as\s+long\s+as|in\s+the\s+region\s+of|"
        # de
        r"etwa|rund|ungefähr|zirka|annähernd|gut|geschätzte?[nrs]?|"
        # fr
        r"environ|quelque|quelques|à\s+peu\s+près|approximativement|autour\s+d[e'’]|"
        r"estimée?s?\s+à|"
        # es, it, pt
        r"alrededor\s+de(?:\s+los)?|aproximadamente|unos|unas|en\s+torno\s+a|estimad[oa]s?\s+en|"
        r"intorno\s+a|attorno\s+a|all'incirca|"
        r"por\s+volta\s+d[eoa]s?|em\s+torno\s+d[eoa]s?|perto\s+d[eoa]s?|uns|umas|mais\s+ou\s+menos|"
        r"estimad[oa]s?\s+em|"
        # id
        r"sekitar|kira-kira|kurang\s+lebih|lebih\s+kurang|sekira|"
        # pl, cs
        r"około|ok\.|mniej\s+więcej|przybliżeniu|přibližně|asi|zhruba|"
        r"kolem|cca|okolo|"
        # ru
        r"около|примерно|порядка|приблизительно|где-то|"
        # uk
        r"близько|приблизно|орієнтовно|десь|"
        # vi
        r"khoảng|xấp\s+xỉ|chừng|ước\s+tính|ước\s+chừng|khoảng\s+chừng|"
        # zh, ja
        r"约|大约|约为|大概|約|およそ|概ね|"
        # hi
        r"लगभग|करीब|क़रीब|तकरीबन|अनुमानित|"
        # kk, uz, tr
        r"шамамен|шамасы|taxminan|tahminan|yaklaşık(?:\s+olarak)?|tahminen|takriben|aşağı\s+yukarı|"
        # ar
        r"[وبل]?(?:نحو|حوال[يى]|قرابة|زهاء|تقريبا|ما\s+يقارب|ما\s+يقرب\s+من|ما\s+يناهز|المقدر\s+ب)"
    ),
    "over": (
        r"more\s+than|over|above|upwards\s+of|at\s+least|in\s+excess\s+of|no\s+fewer\s+than|no\s+less\s+than|"
        r"not\s+less\s+than|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|top(?:s|ped|ping)|"
        r"mehr\s+als|mindestens|wenigstens|frühestens|übersteig\w*|"
        r"plus\s+d[e'’]|au\s+moins|au-delà\s+d[e'’]|pas\s+moins\s+d[e'’]|supérieure?s?\s+à|dépassent?\s+les|"
        r"más\s+de(?:l|\s+los)?|al\s+menos|por\s+lo\s+menos|cuando\s+menos,?|como\s+mínimo|superior\s+al?|no\s+menos\s+de|"
        r"oltre|più\s+del?|almeno|superiore\s+a|non\s+meno\s+di|mais\s+d[eoa]s?|pelo\s+menos|ao\s+menos|"
        r"no\s+mínimo|não\s+menos\s+de|"
        r"lebih\s+dari(?:pada)?|setidaknya|sedikitnya|paling\s+sedikit|minimal|melebihi|"
        r"ponad|co\s+najmniej|przeszło|więcej\s+niż|powyżej|więcej\s+jak|"
        r"více\s+než|víc\s+než|více\s+jak|víc\s+jak|nejméně|alespoň|minimálně|"
        r"более(?:\s+чем)?|свыше|больше|как\s+минимум|по\s+меньшей\s+мере|не\s+менее|минимум|превыша\w*|"
        r"по\s+крайней\s+мере|хотя\s+бы|не\s+меньше|"
        r"понад|більше(?:\s+(?:ніж|як))?|більш\s+(?:ніж|як)|щонайменше|принаймні|не\s+менше(?:\s+(?:ніж|як))?|"
        r"не\s+менш\s+(?:ніж|як)|як\s+мінімум|мінімум|перевищ\w*|"
        r"hơn|ít\s+nhất|tối\s+thiểu|vượt\s+quá|"
        r"超过|超|逾|突破|至少|最少|最低|不少于|不低于|起码|少なくとも|"
        r"कम\s+से\s+कम|"
        r"кем\s+дегенде|ең\s+кемі|kamida|eng\s+kamida|kam\s+deganda|en\s+az|en\s+azından|asgari|"
        r"[وبل]?(?:[أا]كثر\s+من|ما\s+يزيد\s+(?:على|عن)|ما\s+لا\s+يقل\s+عن|[أا]زيد\s+من|يتجاوز|تتجاوز|تجاوز|"
        r"تجاوزت|يفوق|تفوق|فاق|فاقت)"
    ),
    "under": (
        r"less\s+than|fewer\s+than|at\s+most|up\s+to|no\s+more\s+than|not\s+more\s+than|"
        r"a\s+maximum\s+of|"
        r"weniger\s+als|höchstens|bis\s+zu|maximal|nicht\s+mehr\s+als|spätestens|"
        r"moins\s+d[e'’]|au\s+plus|au\s+maximum|jusqu['’]à|pas\s+plus\s+d[e'’]|inférieure?s?\s+à|"
        r"menos\s+de(?:l)?|hasta|como\s+máximo|a\s+lo\s+sumo|no\s+más\s+de|inferior\s+al?|"
        r"meno\s+del?|fino\s+a|al\s+massimo|non\s+più\s+di|inferiore\s+a|"
        r"menos\s+d[eoa]s?|no\s+máximo|não\s+mais\s+(?:de|que|do\s+que)|"
        r"kurang\s+dari|paling\s+banyak|maksimal|tidak\s+lebih\s+dari|"
        r"mniej\s+niż|poniżej|maksymalnie|najwyżej|nie\s+więcej\s+niż|"
        r"méně\s+než|méně\s+jak|nejvýše|maximálně|až|"
        r"менее(?:\s+чем)?|меньше|не\s+более|максимум|вплоть\s+до|не\s+больше|"
        r"менше(?:\s+(?:ніж|як))?|менш\s+(?:ніж|як)|не\s+більше(?:\s+(?:ніж|як))?|не\s+більш\s+(?:ніж|як)|"
        r"щонайбільше|аж\s+до|"
        r"tối\s+đa|lên\s+tới|lên\s+đến|chưa\s+đến|chưa\s+tới|không\s+quá|"
        r"最多|至多|不到|不足|不超过|不会超过|不能超过|不得超过|最高可达|最高|可达|最大|"
        r"अधिकतम|"
        r"көп\s+дегенде|ko['ʻ’]pi\s+bilan|en\s+fazla|en\s+çok|azami|"
        r"[وبل]?(?:[أا]قل\s+من|ما\s+لا\s+يزيد\s+(?:على|عن)|لا\s+يتجاوز|لا\s+تتجاوز|بحد\s+[أا]قصى)"
    ),
    # may bound a figure or may not: "rose to 832", "выросло до 832", "达到3000", "pouvant atteindre"
    "unclear": (
        # "über" is as often a verb's particle ("verfügt über 10 Züge") as "more than"
        # "que" only as "than" ("plus que", "más que"): alone it is "that" ("disse que 135 pessoas", "que há 135")
        r"to|by|than|reach|reached|reaching|bis|von|an\s+die|über|als|(?<=plus\s)que|(?<=moins\s)que|(?<=más\s)que|"
        r"(?<=menos\s)que|(?<=mais\s)que|di|чем|niż|než|"
        r"à\s+hauteur\s+d[e'’]|atteindre|atteint|llegar\s+a(?:\s+los)?|"
        r"до|от|do|od|tới|đến|trên|dưới|trong\s+vòng|达到|达|到|至|为|最近|附近|"
        # "under four quarantine centers" is where, not how many; "unter 20.000 Schülern" is "among";
        # "高达", "多达" stress a size rather than bound it
        r"within|under|below|minimum|maximum|unter|高达|多达|достига\w*|dépass\w*|supera\w*|"
        r"nur|seulement|solo|sólo|только|всего|chỉ|仅|只有|apenas|barely|kaum|à\s+peine|едва|"
        # pt, id, uk
        r"até|somente|só|hingga|sampai|mencapai|hanya|sebanyak|"
        r"лише|тільки|всього|усього|ледве|ніж|сяга\w*|сягну\w*|досяга\w*|досягну\w*|від|"
        # tr
        r"sadece|yalnızca|toplam|"
        r"[وف]?(?:[إا]لى|حتى|بلغ|بلغت|يبلغ|تبلغ|بنسبة|فقط|من|بين|ب)"
    ),
}
# Kazakh and Uzbek put the bound after the figure, on its case ending: "135-тен астам" (more than 135), "649
# миллионға жуық" (nearly), "135 dan ortiq", "100 mingga yaqin"
# and on the counted noun's ending too: "100 адамнан астам" (more than 100 people), "100 kishidan ortiq"


def _noun(letters: int) -> str:
    """An optional counted noun between a figure and the ending its bound hangs on ("адам|нан астам")."""
    return rf"(?:\s*[^\W\d_]{{1,{letters}}}?)?"


_NOUN = _noun(10)
_KK_FROM = _NOUN + r"-?(?:дан|ден|тан|тен|нан|нен)\s+"
_KK_TO = _NOUN + r"-?(?:ға|ге|қа|ке|на|не|а|е)\s+"
_UZ_FROM = _NOUN + r"-?dan\s+"
# Turkish, on the figure's ending ("135'ten fazla", "100'e yakın", "100'ü aşkın", "5'in altında") or on the counted
# noun's ("üç aydan fazla", more than three months; "100 kişiye yakın", nearly 100 people)
_TR_FROM = _noun(8) + r"['’]?[ıiuü]?(?:[dt][ae]n|nd[ae]n)\s+(?:biraz\s+)?"
_TR_TO = _noun(8) + r"['’]?(?:y?[ae]|n[ae])\s+"
# After the figure: "3000多", "100人以上", "30岁左右", "30-odd", "10 or more"
_AFTER: dict[HedgeClass, str] = {
    "almost": rf"近く|{_KK_TO}жуық|{_NOUN}-?(?:ga|ka|qa)\s+yaqin|{_TR_TO}yakın",
    "about": r"左右|上下|前後|程度|ほど|くらい|ぐらい|or\s+so\b|-?ish\b|के\s+करीब|के\s+क़रीब|के\s+आसपास|تقريبا|"
    r"шамасында|atrofida|(?:[^\W\d_]{1,8}\s+)?(?:civarında|civarı|dolayında|dolaylarında|sularında)\b"
    # "100 kişi kadar" (about 100 people); after a dative, "100 kişiye kadar" is "up to" (unclear, below)
    r"|(?:[^\W\d_]{0,7}[^\W\d_ae]\s+)?kadar\b",
    "over": r"多|余|余り|以上|を?超え?|or\s+more\b|-?odd\b|से\s+अधिक|से\s+ज़्यादा|से\s+ज्यादा|على\s+ال[أا]قل|"
    rf"[أا]و\s+[أا]كثر|فأكثر|{_KK_FROM}(?:астам|артық|аса|көп)|{_UZ_FROM}(?:ortiq|ko['ʻ’]proq|oshiq|ziyod)|"
    rf"{_TR_FROM}(?:fazla|çok)|['’]?[yn]?[ıiuü]\s+(?:aşkın|aşan|geçkin)|['’]?n?[ıiuü]n\s+(?:üzerinde|üstünde)",
    "under": r"以下|以内|未満|まで|足らず|弱|or\s+less\b|or\s+fewer\b|से\s+कम|तक|[أا]و\s+[أا]قل|فأقل|"
    rf"{_KK_FROM}(?:кем|аз)|{_UZ_FROM}(?:kam|oz)|{_TR_FROM}(?:az|daha\s+az)|['’]?n?[ıiuü]n\s+altında",
    # "13:00-ге дейін" (until 13:00) and "10 мыңға дейін" (up to 10,000); "soat 13:00 gacha", "10 minggacha"
    "unclear": rf"{_KK_TO}дейін|\s*-?gacha\b|{_TR_TO}kadar",
}


def _group(words: dict[HedgeClass, str]) -> str:
    return "|".join(f"(?P<{cls}>{alts})" for cls, alts in words.items())


# a word's edge (an elided article may stand before it: "qu’au moins"), except before Han and kana,
# which run on without spaces ("刚好超过 40%")
_L = r"(?:(?<![\w-])|(?=[\u3040-\u30ff\u4e00-\u9fff]))"
# the hedge right before the figure; for `bare`, also with one short word between
_BEFORE_RE = re.compile(_L + "(?:" + _group(_BEFORE) + r")\s*$", re.IGNORECASE)
_BEFORE_GAP_RE = re.compile(_L + "(?:" + _group(_BEFORE) + r")\s*(?:\s[^\W\d_]{1,3}\s*|[^\W\d_])?\s*$", re.IGNORECASE)
# a measure word may stand between a Chinese or Japanese figure and its hedge: "三个多月", "100人以上"; in
# Arabic the counted noun: "40 ألف شخص على الأقل"
_AFTER_RE = re.compile(r"^\s*(?:[\u4e00-\u9fff]|[\u0621-\u064a]+\s+)?(?:" + _group(_AFTER) + ")", re.IGNORECASE)
# any approximation or bound in the words before a figure, the words that only may bound one included,
# for `bare`: translators move them ("aproximadamente a lo largo de 130 millas", "under the age of 60")
_MAY_BOUND = r"maximum|minimum|tối\s+đa|under|below|within|unter|über|bis|до|tới|đến|达到|高达|多达"
# whole words ("bis" is no bound in "bisher"); an elision runs on ("plus d’un millier"), and so do Han and kana
_WORD_END = r"(?:(?<=['’])|(?![^\W\d_\u3040-\u30ff\u4e00-\u9fff]))"
_ANY_BOUND = re.compile(
    _L + "(?:" + "|".join([*(_BEFORE[c] for c in ("almost", "about", "over", "under")), _MAY_BOUND]) + ")" + _WORD_END,
    re.IGNORECASE,
)
_INSIDE = re.compile(r"\d\s*([多余])\s*[万亿千百]")
# an estimate anywhere in the sentence: the figure is an estimate whatever stands next to it
_ESTIMATE = re.compile(
    r"estim|schätz|оцен|оцін|ước\s+tính|ước\s+lượng|估|推定|推計|見込|odhad|szac|stima|अनुमान|approxim|environ|"
    # Arabic writes "about" after the counted noun as often as next to the figure: "40 ألف شخص تقريبا"
    r"تقريبا|تقدير|يقدر|تقدر|المقدر",
    re.IGNORECASE,
)
# durations: "over 24 hours" is "during", not "more than"
_DURATION_OVER = re.compile(r"(?<![\w-])(?:over|within|in|under)\s*$", re.IGNORECASE)
_WINDOW = 40


@dataclass(frozen=True, slots=True)
class Hedge:
    """The hedge on a figure: its class and its offsets in the text (before or after the figure)."""

    cls: HedgeClass
    start: int
    end: int


_CLASSES: tuple[HedgeClass, ...] = ("almost", "about", "over", "under", "unclear")


def _class_of(m: re.Match[str]) -> HedgeClass:
    """The class whose named group matched."""
    return next(c for c in _CLASSES if m.group(c) is not None)


def figure_hedge(text: str, q: Quantity) -> Hedge | None:
    """The hedge standing right before or after figure `q` of `text` (offsets as `q`'s), if any."""
    before = text[max(0, q.start - _WINDOW) : q.start]
    during = _DURATION_OVER.search(before) if q.kind == "duration" else None
    if during is not None:
        return Hedge("unclear", q.start - len(during.group()), q.start)
    inside = _INSIDE.search(q.text)
    if inside is not None:  # "550多万": the hedge between the digits and the scale
        return Hedge("over", q.start + inside.start(1), q.start + inside.end(1))
    m = _BEFORE_RE.search(before)
    if m is not None:
        cls = _class_of(m)
        base = q.start - len(before)
        return Hedge(cls, base + m.start(cls), base + m.end(cls))
    after = text[q.end : q.end + 24]
    m = _AFTER_RE.match(after)
    if m is not None:
        cls = _class_of(m)
        return Hedge(cls, q.end + m.start(cls), q.end + m.end(cls))
    return None


# what joins the two ends of a range: "2 to 4 inches", "between 30 and 43", "от 5 до 10", "2 至 3"
_RANGE = re.compile(
    r"\s*(?:-|–|—|~|to|and|or|à|a|e|et|y|und|bis|и|или|і|й|та|або|до|đến|tới|và|hoặc|至|到|或|و|[إا]لى|[أا]و)\s*$",
    re.IGNORECASE,
)


def in_range(text: str, q: Quantity, others: Sequence[Quantity]) -> bool:
    """`q` is one end of a range of figures (`others`: the figures of the same text): a hedge before
    a range bounds the range, and translators render ranges in their own way ("as much as 2 to 4
    inches" / "entre 5 et 10 cm")."""
    return any(
        (o.start >= q.end and _RANGE.fullmatch(text[q.end : o.start]))
        or (o.end <= q.start and _RANGE.fullmatch(text[o.end : q.start]))
        for o in others
        if o is not q and o.kind != "year"
    )


def bare(text: str, q: Quantity, other: str = "") -> bool:
    """No hedge on figure `q`, read loosely: none right before or after it, none with one short word
    between ("примерно в 27", "至少要三天"), no approximation or bound in the words before it
    ("aproximadamente a lo largo de 130 millas"), and no estimate anywhere in `text` unless `other` (the
    hedged side, its hedge cut out) has one too: "Se estima que un 13 %" for "an estimated 13 per
    cent" is hedged, "Laut Schätzungen ... 649 Millionen" for "The group estimates ... nearly 649
    million" is not (the estimate was there already; "nearly" is what went)."""
    if figure_hedge(text, q) is not None or (_ESTIMATE.search(text) and not _ESTIMATE.search(other)):
        return False
    before = text[max(0, q.start - _WINDOW) : q.start]
    return _BEFORE_GAP_RE.search(before) is None and _ANY_BOUND.search(before) is None
