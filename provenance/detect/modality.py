"""Modality shifts: a hedge or modal dropped or added, a negation added or removed.

Lexicons per language find the markers in each sentence ("may", "reportedly", "about 300";
"not", "never", "không", "не", "不"...). A pair of aligned sentences is flagged when one side
has markers of a kind and the other has none (across languages, where counts are unreliable),
or when the counts differ (in the same language, where a token diff also names the words).

Word order and inflection differ too much across languages to compare markers one by one, so
the comparison is deliberately coarse: present vs absent. That keeps false alarms low on
faithful translations (the DEMETR reference set) at the cost of missing, say, one of two
negations dropped across languages.

Translators also say with a negated verb what the original says without one ("remained high" ->
"не ослаб", "advised to avoid" -> "просят не заезжать"). So across languages, when an embedder is
at hand, a negation found on one side must also be what sets the two sentences apart: the side
with the negator, read without it, has to come closer to the other side (a deletion test, as the
entity detector runs on names). A negation the encoder reads as part of the shared meaning is
not reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Literal

from provenance.core import Bead, Document, Finding
from provenance.detect import Comparison, deletion_gains
from provenance.detect.text import sentence_initial

MarkerKind = Literal["negation", "hedge"]

# ISO 639-3 and DEMETR's tags -> the two-letter codes the lexicons use
_LANG_ALIASES = {
    "eng": "en", "vie": "vi", "rus": "ru", "zho": "zh", "cmn": "zh", "fra": "fr", "fre": "fr",
    "deu": "de", "ger": "de", "spa": "es", "pol": "pl", "ces": "cs", "cze": "cs", "ita": "it",
    "jpn": "ja", "hin": "hi", "english": "en", "chinese": "zh", "chinese_simple": "zh",
    "russian": "ru", "german": "de", "french": "fr", "spanish": "es", "polish": "pl",
    "czech": "cs", "italian": "it", "japanese": "ja", "hindi": "hi", "vietnamese": "vi",
    "ara": "ar", "arb": "ar", "arabic": "ar", "kaz": "kk", "kazakh": "kk", "uzb": "uz", "uzn": "uz", "uzbek": "uz",
    "por": "pt", "portuguese": "pt", "ind": "id", "indonesian": "id",
    "ukr": "uk", "ukrainian": "uk", "tur": "tr", "turkish": "tr",
}  # fmt: skip


def normalize_lang(lang: str | None, text: str = "") -> str:
    """Two-letter code for a language tag ("zh-CN", "zho", "chinese_simple" -> "zh").

    An empty or unknown tag falls back to the script of `text` (kana -> ja, Han -> zh,
    Cyrillic -> ru, Devanagari -> hi), else "en".
    """
    tag = (lang or "").strip().lower()
    if tag in _LANG_ALIASES:
        return _LANG_ALIASES[tag]
    base = re.split(r"[-_]", tag)[0] if tag else ""
    base = _LANG_ALIASES.get(base, base)
    if base in _LEXICONS:
        return base
    if re.search(r"[\u3040-\u30ff]", text):
        return "ja"
    if re.search(r"[\u4e00-\u9fff]", text):
        return "zh"
    if re.search(r"[\u0400-\u04ff]", text):
        return "ru"
    if re.search(r"[\u0900-\u0963\u0966-\u097f]", text):
        return "hi"
    return base or "en"


MarkerClass = Literal["negation", "weak_negation", "epistemic", "modal", "approximate"]
_KIND: dict[str, MarkerKind] = {
    "negation": "negation",
    "weak_negation": "negation",
    "epistemic": "hedge",
    "modal": "hedge",
    "approximate": "hedge",
}


@dataclass(frozen=True, slots=True)
class Marker:
    """A negator or hedge found in a text: `text == sentence[start:end]`.

    `cls` refines `kind`: an explicit "negation" ("not") or a "weak_negation" (a negative word,
    "without", "unable", "failed to"); an "epistemic" hedge ("may", "reportedly"), a "modal" of
    ability or obligation ("can", "could", "kann") or an "approximate" figure ("about 300").
    """

    kind: MarkerKind
    start: int
    end: int
    text: str
    cls: MarkerClass = "negation"


# Word edges that also know the Devanagari vowel signs (category M, which \w misses).
_L = r"(?<![\w\u0900-\u0963\u0966-\u097f])"
_R = r"(?![\w\u0900-\u0963\u0966-\u097f])"
_NUM = r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens|a hundred|hundreds|half|a third|a quarter|a million|a billion)"  # noqa: E501


def _words(words: str, after: str = "") -> str:
    """A regex for any of the space-separated `words` (phrases joined with `_`), as whole words."""
    alts = sorted((w.replace("_", r"\s+") for w in words.split()), key=len, reverse=True)
    return _L + "(?:" + "|".join(alts) + ")" + _R + after


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """Regexes over the lower-cased text, one per marker class; `mask` blanks look-alikes first (only
    its named group when one matched: the "не" of "пока ... не", not the words before it); a negative word
    that `hedged` matches in full ("unlikely", "вряд ли") is also an epistemic hedge."""

    patterns: tuple[tuple[MarkerClass, re.Pattern[str]], ...]
    mask: re.Pattern[str] | None = None
    hedged: re.Pattern[str] | None = None


def _lex(mask: str | None = None, hedged: str | None = None, **classes: str) -> _Lexicon:
    # negative words claim their span before the negators inside them ("不足" is "insufficient")
    order = ("weak_negation", "negation", "epistemic", "modal", "approximate")
    return _Lexicon(
        tuple((cls, re.compile(classes[cls])) for cls in order if classes.get(cls)),  # type: ignore[misc]
        re.compile(mask) if mask else None,
        re.compile(hedged) if hedged else None,
    )


def _blank(mask: re.Pattern[str], low: str) -> str:
    chars = list(low)
    for m in mask.finditer(low):
        group = next((name for name, val in m.groupdict().items() if val is not None), None)
        start, end = m.span(group) if group is not None else m.span()
        chars[start:end] = "\0" * (end - start)
    return "".join(chars)


def _ar_words(words: str, clitics: str = "") -> str:
    """`_words` for Arabic: each alef may be written with or without its hamza (أ إ آ ا), final ya with or
    without its dots (ي ى), and a conjunction or preposition may be glued on before (`clitics`: "وف")."""
    alts = sorted(words.split(), key=len, reverse=True)
    spelled = [re.sub("[اأإآ]", "[اأإآ]", re.sub("[يى]$", "[يى]", w)).replace("_", r"\s+") for w in alts]
    return _L + (f"[{clitics}]?" if clitics else "") + "(?:" + "|".join(spelled) + ")" + _R


# Arabic "قد" is "may" before a verb in the present ("قد يرتفع") and "has" before one in the past ("قد نزحوا");
# "قد لا" is always "may not". The present's "ي" prefix tells them apart; its "ت" prefix is shared with past
# verbs ("قد تسبب", has caused), so after "ت" only the doubled "تت" of derived verbs ("قد تتسبب") and the
# present verbs news writes after a "may" are read
_AR_MAY = (
    _L
    + r"[وف]?قد(?=\s+لا\s)|"
    + _L
    + r"[وف]?قد\s+(?:ي\w+|تت\w+|ت(?:كون|صل|ؤدي|رتفع|زيد|حتاج|ستغرق|بلغ|شكل|ضطر|واجه|نخفض|ستمر"
    r"|نهار|ؤثر|عود|صبح|توفر|ظهر|نتهي|طول|كلف))" + _R
)

# Kazakh and Uzbek negate a verb with a suffix: "сана-л-ма-йды" (is not considered), "qil-ma-di" (did not
# do). The negative morpheme is read before the endings it takes (present, past, participle, verbal noun);
# the conditional ("болмаса": otherwise) and the adverbial "-май" ("қарамастан", "qaramay": despite) are
# left out, and so are the positive verbs whose stem ends like it ("табады" finds, "қамады" arrested).
_KK_LETTERS = "а-яәғқңөұүһіё"
_KK_NEG_VERB = (
    rf"(?<![{_KK_LETTERS}])(?!(?:таб|жаб|шаб|себ|қам|там|жам)[аеыі](?:й?ды|й?ді|ған|ген|у)[{_KK_LETTERS}]*"
    rf"(?![{_KK_LETTERS}]))"
    rf"[{_KK_LETTERS}]{{2,}}?(?P<neg>ма|ме|ба|бе|па|пе)"
    rf"(?:йды|йді|ды|ді|ған|ген|у|й(?:тын|тін|мын|мін|мыз|міз|сыз|сіз)|ңыз|ңіз)[{_KK_LETTERS}]{{0,8}}"
    rf"(?![{_KK_LETTERS}])"
)
_UZ_LETTERS = "a-zʻ'’"
_UZ_NEG_VERB = (
    rf"(?<![{_UZ_LETTERS}])(?!(?:qam|yam)a(?:y?di|gan|sh)[{_UZ_LETTERS}]*(?![{_UZ_LETTERS}]))"
    rf"[{_UZ_LETTERS}]{{2,}}?(?P<neg>ma)"
    rf"(?:ydi|ydigan|ylik|yapti|yotgan|yotir|yman|ymiz|ysiz|di|gan|sdan|slik|slig|sin|ng|ngiz)[{_UZ_LETTERS}]{{0,8}}"
    rf"(?![{_UZ_LETTERS}])"
)


# Turkish negates a verb with a suffix too: "yap-ma-dı" (did not do), "sayıl-ma-dığını", "ol-ma-yacak". The verbal
# noun is written with the same -ma/-me ("açıklama", a statement; "yapması", his doing), so a single -ma counts
# only before the endings the verbal noun does not take (past -dı, progressive -ıyor, aorist -z, future -yacak,
# evidential -mış, participles -dık/-yan), and the verbal noun, the infinitive and "must" count when doubled
# ("yapmaması", "yapmamak", "yapmamalı"). "Without doing" ("-madan") and the conditional ("-mazsa") are left
# out, as in Kazakh; so are the words that only look like it ("Ramazan", "Yılmaz", "namaz", "komedi").
_TR_LETTERS = "a-zçğıöşüâîû"
_TR_NEG_VERB = (
    rf"(?<![{_TR_LETTERS}])(?!(?:ramazan|yılmaz|namaz|komedi|ahmedi)[{_TR_LETTERS}]*(?![{_TR_LETTERS}]))"
    rf"[{_TR_LETTERS}]{{2,}}?(?P<neg>m[ae](?=d[ıiuü]|z(?!s[ae])|y[ae]c[ae]k|y[ae]n|m[ıiuü]ş|m[ae](?:s[ıi]|k|l[ıi]))"
    rf"|m[ıiuü](?=yor))[{_TR_LETTERS}]{{1,12}}(?![{_TR_LETTERS}])"
)
# "-abilir" is "may" and "can" ("olabilir", may be; "çözebiliriz", we can solve), but not in the adjectives it
# makes ("sürdürülebilir", sustainable)
_TR_CAN = (
    rf"(?<![{_TR_LETTERS}])(?!(?:sürdürülebilir|yenilenebilir|taşınabilir)[{_TR_LETTERS}]*(?![{_TR_LETTERS}]))"
    rf"[{_TR_LETTERS}]{{2,}}?y?[ae]bil(?:ir|ecek|eceğ|iyor|di|dı|miş|mişti|se|sin)[{_TR_LETTERS}]{{0,8}}"
    rf"(?![{_TR_LETTERS}])"
)


def _uz_words(words: str) -> str:
    """`_words` for Uzbek: the apostrophe of "o'" and "g'" is written four ways."""
    return _words(words).replace("'", "['ʻ’‘]")


_RU_WORDS = r"(?:\s+[^\s,.;:!?«»]+)"
_RU_MASK = (
    # concessive "ни": "как бы на то ни уповали" (however much they hoped), "что бы ни", "как ни странно"
    r"(?<!\w)(?:как|что|кто|где|куда|откуда|когда|сколько|какой|какая|какое|какие|каким|какими|каких|чего|чем"
    r"|кого|кому|чей|чья|чьё|чьи)\s+бы" + _RU_WORDS + r"{0,3}?\s+(?P<ni>ни)(?!\w)"
    r"|(?<!\w)как\s+(?P<ni2>ни)(?=\s)"
    # "как никогда" is "than ever" ("que jamais")
    r"|(?<!\w)как\s+(?P<never>никогда)(?!\w)"
    # "до тех пор, пока (...) не", and "пока" after a comma with its subject before "не", are "until":
    # "пока мы не очистим" (until we clear); "Пока власти не комментируют", ", пока не доступны" are
    # "so far ... not", and stay negations
    r"|(?:до\s+тех\s+пор,?\s+пока"
    + _RU_WORDS
    + r"{0,4}?|,\s+пока(?!\s+(?:ещё|еще|что)(?!\w))"
    + _RU_WORDS
    + r"{1,4}?)\s+(?P<until>не)(?!\w)"
    # "не смотря на" misspells "несмотря на" (despite)
    r"|(?<!\w)(?P<despite>не)\s+смотря\s+на(?!\w)"
    # "не обошлось без", "не без": not without, an assertion; "не перестаёт", "не прекращается": keeps on
    r"|(?<!\w)не" + _RU_WORDS + r"?\s+без(?!\w)"
    r"|(?<!\w)не\s+(?:перестава|перестал|перестан|перестаёт|прекраща)\w*"
)
# Ukrainian look-alikes of a negation, as the Russian ones: the concessive "не" ("що б не сталося", whatever
# happens; "як би там не було"), "доки не" and ", поки ... не" (until; not "поки що не", so far not), "не
# зважаючи на" (despite, misspelt), "не без" (not without), "не перестає", "не припиняється" (keeps on)
_UK_MASK = (
    r"(?<!\w)(?:як|що|хто|де|куди|звідки|коли|скільки|який|яка|яке|які|чого|чим|кого|кому|чий|чия|чиє|чиї)\s+б(?:и)?"
    + _RU_WORDS
    + r"{0,3}?\s+(?P<ni>не)(?!\w)"
    r"|(?:(?<!\w)доки" + _RU_WORDS + r"{0,4}?|,\s+поки(?!\s+що(?!\w))" + _RU_WORDS + r"{1,4}?)\s+(?P<until>не)(?!\w)"
    r"|(?<!\w)(?P<despite>не)\s+зважаючи\s+на(?!\w)"
    r"|(?<!\w)не" + _RU_WORDS + r"?\s+без(?!\w)"
    r"|(?<!\w)не\s+(?:перестає|перестав|перестан|припиня)\w*"
)

# Portuguese "segundo" is "according to", and also "second" after an article or before its noun ("o segundo
# jogo", "em segundo lugar")
_PT_ACCORDING_TO = (
    _L + r"(?<!\bo\s)(?<!\ba\s)(?<!\bum\s)(?<!\buma\s)(?<!\bno\s)(?<!\bna\s)(?<!\bdo\s)(?<!\bda\s)(?<!\bem\s)"
    r"(?<!\bpelo\s)(?<!\bpela\s)(?<!\bseu\s)(?<!\bsua\s)segundo(?!\s+(?:lugar|turno|tempo|semestre|trimestre|dia|ano|mandato"
    r"|colocado|maior|mais|plano|vez|grau|andar))" + _R
)

_LEXICONS: dict[str, _Lexicon] = {
    "en": _lex(
        # "not only", "not just", "not long after" are not negations; "no." is a number sign ("No. 3");
        # "no less than", "no more than" bound a figure; "whether or not" asks
        # "no later than Friday" is a deadline
        mask=r"\bno\.?\s*(?=\d)|\bor\s+not\b|\bno\s+(?:less|more|fewer|later|earlier|sooner)\s+than\b"
        r"|\b(?:nothing|none|no\s+one|nobody),?\s+(?:but|except|other\s+than|more\s+than)\b"
        # "not without" asserts ("not without risk": risky); "never stops", "didn't stop talking": keeps on
        r"|\bnot\s+without\b|\bnever\s+(?:stop|stops|stopped|ceases?|ceased)\b"
        r"|(?:\bnot|n['’]t)\s+(?:stop|stopped|cease|ceased)\s+\w+ing\b"
        # a compound made with "no-" names a thing: "a no-confidence motion", "a no-fly zone" ("no-one" negates)
        r"|\bno-(?!one\b)[a-z]+",
        hedged=r"unlikely|improbable",
        negation=_words(
            "not never no none nobody nothing nowhere neither nor cannot", r"(?!\s+(?:only|just|merely|long|\d)\b)"
        )
        + r"|\w+n['’]t"
        + _R,
        weak_negation=_words(
            "without unable fail fails failed failing failure failures lack lacks lacked lacking absent refuse refused "
            "deny denied denies little few hardly barely scarcely rarely rare rarer seldom less instead rather_than "
            "free poorly yet_to prevent prevents prevented preventing"
        )
        # "out of flood risk": a negation in other words ("qui ne sont pas exposées aux risques")
        + r"|\bout\s+of\s+(?:[\w-]+\s+){0,3}?(?:risk|danger|reach|harm['’]s\s+way)\b"
        + r"|"
        + _L
        + r"(?:un(?!der|i[vtqo])\w{4,}|non-?\w{2,}|in(?:capable|complete|sufficient|adequate|effective|valid|active"
        + r"|correct|dependent|accurate)\w*|im(?:possible|proper|mature|balance)\w*|ir(?:regular|relevant|respons)\w*"
        + r"|dis(?:agree|approv|miss|allow|continu|appear|abled|honest|regard)\w*|asymptomatic|\w{3,}less)"
        + _R,
        epistemic=_words(
            "may might possibly perhaps maybe probably likely unlikely reportedly allegedly apparently "
            "supposedly seemingly presumably purportedly seems seem seemed believed_to thought_to"
        ),
        # weaker or ambiguous: compared within English, and excuse a hedge across languages
        modal=_words(
            "can could would should must cannot able_to according_to expected_to likelihood chance "
            "reported reports claimed claims possible appears appear appeared suggests suggest "
            "suggested said_to alleged suspected suspicion estimated considered regarded deemed seen_as"
        ),
        approximate=_words("approximately roughly nearly almost")
        + "|"
        + _words("about around some", r"(?=\s+" + _NUM + ")"),
    ),
    "vi": _lex(
        # "có ... không?", "hay không": a yes/no question or "whether or not", no negation
        # words built on "không" (air: "không lưu" air traffic, "phòng không" air defence), "chẳng hạn"
        # (for example), "không kém" (no less than)
        mask=_words(
            "hàng_không không_gian không_khí không_quân không_ngừng không_chỉ không_những không_lưu không_phận "
            "phòng_không không_trung chẳng_hạn không_kém không_muộn_hơn không_trễ_hơn không_sớm_hơn"
        )
        + "|"
        + _words("hay_không hay_chưa")
        # "..., đúng không?", "phải không?": a tag question
        + "|"
        + _L
        + r"(?:đúng|phải)\s+(?:không|chứ)(?=\s*[?,.!]|$)"
        + "|"
        + _L
        + r"(?:không|chưa)(?=\s*\?)",
        negation=_words("không chưa chẳng chả"),
        weak_negation=_words("thiếu ít hiếm hiếm_khi"),
        epistemic=_words("có_lẽ được_cho_là dường_như hình_như nghe_nói có_khả_năng"),
        modal=_words("có_thể theo"),
        approximate=_words("khoảng gần_như ước_tính gần"),
    ),
    "ru": _lex(
        mask=_words(
            "не_только не_лишь тем_не_менее не_менее не_более не_раз не_исключено не_исключается не_позднее "
            "не_позже не_ранее"
        )
        + "|"
        + _RU_MASK,
        hedged=r"вряд\s+ли|маловероятн\w*",
        negation=_words("не нет ни никогда никто ничто ничего никого нигде никак нельзя"),
        weak_negation=_words("без мало нельзя вряд_ли отнюдь а_не маловероятно маловероятным")
        + r"|"
        + _L
        # "ceased", "rarely", "absence": a negation in other words ("no longer" -> "перестал")
        + r"(?:без\w{3,}|невозможн\w*|неизвестн\w*|недостат\w*|недовол\w*|неудач\w*|отказ\w*|перестал\w*"
        + r"|прекрати\w*|прекращ\w*|редк\w*|отсутств\w*"
        # adverbs and predicatives with the prefix не- are antonyms, as un- words are ("неудивительно" for
        # "it's not surprising", "недолго думая" for "didn't think too much"), but for words that only begin
        # like it. Not the adjectives ("непростая"): as many DEMETR sources say "нестабильное" for "unstable"
        # where the English gains a "not", which such a word would excuse (measured: 4 of 99 lost)
        + r"|не(?!сколь|котор|дел|смотр|давн|обход|завис|движ|далек|подалек|мног|множк|мец|мецк|мц|медл|вад"
        + r"|браск|льсон|апол|топыр|рв|йтрал|сет|сёт|сти|сущ|сл|су\b|чт|пременн|посредств|бес|истов|задолг"
        + r"|сомн|однократ|мал|больш|вероят|обычайн|льзя|когда|кий|ко[гмеи]|кто|бом\b|фт|ужели)\w{3,}о)"
        + _R
        # "свести на нет" (come to nothing); a clause-final "не так": "wrong" ("что-то пошло не так"), or a
        # tag question ("не так ли?")
        + r"|"
        + _L
        + r"(?:на\s+нет|не\s+так(?=\s*(?:[,.;:!?»…)]|ли\b|$)))"
        + _R,
        epistemic=_words(
            "возможно вероятно якобы видимо по-видимому кажется казалось предположительно наверное по_слухам"
            # "reportedly", "apparently", "most likely" as NTREX-128 translators render them
            " сообщается как_сообщается по_сообщениям судя_по_всему вероятнее скорее_всего по_последним_данным"
            " по_имеющимся_данным по_предварительным_данным"
        ),
        modal=_words("может могут мог могла могло могли можно смог смогли по_данным по_словам согласно")
        + r"|"
        + _L
        + r"(?:возможн|вероятн|предполага|считает|считают|считаетс)\w*",
        approximate=_words("примерно почти приблизительно около порядка"),
    ),
    "uk": _lex(
        mask=_words(
            "не_тільки не_лише тим_не_менш тим_не_менше не_менше не_менш не_більше не_більш не_раз "
            "не_виключено не_виключається"
        )
        + "|"
        + _UK_MASK,
        hedged=r"навряд\s+чи|малоймовірн\w*",
        negation=_words(
            "не ні немає нема ніколи ніхто ніщо нічого нікого ніде ніяк жоден жодна жодне жодного жодної жодних"
        ),
        weak_negation=_words("без мало навряд_чи аж_ніяк а_не малоймовірно")
        + r"|"
        + _L
        # a negation in other words ("no longer" -> "перестав", "absence" -> "відсутність")
        + r"(?:неможлив\w*|невідом\w*|недостат\w*|незадовол\w*|невда\w*|відмов\w*|перестав\w*|перестал\w*"
        + r"|припинив\w*|припинил\w*|припиня\w*|рідк\w*|відсутн\w*"
        # adverbs and predicatives with the prefix не-, as the Russian rule, but for words that only begin
        # like it ("нещодавно" recently, "незалежно" regardless, "необхідно" necessary, "нерідко" often)
        + r"|не(?!щодавн|залежн|обхідн|рідк|однораз|ймовір|гайн|мал|багат|вдовз|забар|дарм|абия|сподіван"
        + r"|обмежен|зважаюч|вдал)\w{3,}о)"
        + _R,
        epistemic=_words(
            "можливо ймовірно імовірно вірогідно нібито мабуть напевно певно схоже очевидно здається здавалося "
            "припустимо повідомляється як_повідомляється за_повідомленнями за_чутками судячи_з_усього "
            "найімовірніше найпевніше за_попередніми_даними за_наявними_даними за_останніми_даними"
        ),
        modal=_words(
            "може можуть міг могла могло могли можна зміг змогла змогли за_даними за_словами згідно "
            "згідно_з за_оцінками"
        )
        + r"|"
        + _L
        + r"(?:можлив|припуска|вважа|ймовірн|імовірн|вірогідн)\w*",
        approximate=_words("приблизно майже близько орієнтовно"),
    ),
    "pl": _lex(
        mask=_words("nie_tylko"),
        negation=_words("nie nigdy nikt nic niczego nikogo żaden żadna żadne żadnych żadnego ani"),
        weak_negation=_words("bez mało brak a_nie") + r"|" + _L + r"(?:brak\w*|niemożliw\w*|nieznan\w*|niewiel\w*)",
        epistemic=_words(
            "być_może prawdopodobnie podobno ponoć rzekomo chyba wydaje_się wydawało_się wydawał_się przypuszcza_się"
        ),
        modal=_words(
            "może mogą mógł mogła mogło mogli mogły mogłaby mogłoby mogłyby mógłby można według możesz "
            "możemy możecie mogę mogliby powinien powinna powinno powinni"
        ),
        approximate=_words("około ok prawie niemal blisko mniej_więcej"),
    ),
    "cs": _lex(
        # "ne jen" is "not only"; Neapol (Naples), Nepál... begin like a negated verb
        mask=_words("nejen nebo než neboť nedávno ne_jen ne_jenom ne_pouze")
        + "|"
        + _L
        + r"(?:neapol|nepál|nevad|new|nepřítel|nepřátel|nemoc|neděl|nehod|nebezpeč)\w*",
        negation=_words(
            "ne nikdy nikdo nic ničeho nikoho žádný žádná žádné žádných žádného není nejsou nemá "
            "nemají nemůže nemohou nelze nebude nebudou nechce nechtějí neví nevědí nemusí nesmí "
            "nejde nejsem nejsme nejste nejsi ani"
        )
        # negated past participles and -uje verbs: nebyl, neměla, nepodařilo, neexistuje
        + r"|"
        + _L
        + r"ne(?!j)\w{2,}(?:l|la|lo|li|ly|uje|ují)"
        + _R,
        # "a ne" is "rather than"; any other ne- word may be a negated verb ("nežije", "neřadí") the
        # lexicon misses: counted as weak, it excuses an English "not" without claiming a negation
        weak_negation=_words("bez málo a_ne")
        + r"|"
        + _L
        + r"(?:nedostat\w*|nemožn\w*|neznám\w*|chyb\w*"
        + r"|ne(?!j)(?!\w{2,}(?:l|la|lo|li|ly|uje|ují)"
        + _R
        + r")\w{2,}(?:í|ím|íš|íme|íte|e|eš|eme|ete|ou|ám|áš|áme|áte|ají|ejí))"
        + _R,
        epistemic=_words("možná pravděpodobně údajně prý asi zřejmě patrně zdá_se zdálo zdál zdála zdáli zdají"),
        # "mají pomoci" is "are (meant) to help": rendered "might help" as often as "should"
        modal=_words("může mohou mohl mohla mohlo mohli mohly můžete můžeme můžeš lze podle má mají měl měla měli"),
        approximate=_words("přibližně zhruba téměř skoro kolem okolo"),
    ),
    "fr": _lex(
        # "n'importe" is "any"; "pas moins de" is "no less than"; "que jamais" is "than ever"
        mask=_words("non_seulement ne_serait-ce pas_moins que_jamais")
        + r"|"
        + _L
        + r"n['’]importe\w*"
        # "ce n'est pas uniquement mon expérience": "not just", as English's "not only" is no negation
        + r"|(?<!\w)(?:ne\s+|n['’])(?:\S+\s+){1,2}pas\s+(?:seulement|uniquement|simplement)(?!\w)"
        # "ne cesse de", "n'a pas cessé de", "n'arrête pas de": keeps on
        + r"|(?<!\w)(?:ne\s+|n['’])(?:(?:a|ont|avait|avaient|aura)\s+)?(?:pas\s+)?(?:cess|arrêt)\w*"
        + r"(?:\s+pas)?\s+d(?:e|['’])",
        # "ne ... pas" is one negation: count the "ne"/"n'", and "pas" only where the "ne" is dropped
        # (spoken French: "je les vois pas"); "ne ... que" is "only" (`_restrictive`)
        negation=_words("ne jamais aucun aucune personne_ne rien_ne pas ni") + r"|" + _L + r"n['’]",
        hedged=r"improbables?",
        weak_negation=_words("sans peu guère non impossible incapable improbable improbables")
        + r"|"
        + _L
        + r"(?:insuffisan|inconnu|inexistan|manqu)\w*",
        epistemic=_words(
            "peut-être probablement vraisemblablement apparemment prétendument supposément "
            "il_semble semble semblent semble-t-il présumé présumée probable probables"
        ),
        modal=_words(
            "pourrait pourraient peut peuvent pouvait pouvaient pu selon devrait aurait auraient serait seraient "
            "pouvez pouvons peux puisse puissent pourrez pourriez pourrions possible devraient devrions devriez "
            "pourrais pouvant"
        ),
        approximate=_words("environ presque quasiment près_de à_peu_près"),
    ),
    "de": _lex(
        mask=_words("nicht_nur nicht_ohne nicht_später_als nicht_früher_als"),
        hedged=r"unwahrscheinlich\w*",
        # "Nein" answers as "No," "Нет," and "Không," do, which count in their languages
        negation=_words("nicht nie niemals kein keine keinen keinem keiner keines nichts niemand weder nein"),
        weak_negation=_words("ohne kaum wenig wenige fehlt fehlen fehlte verfehlt versäumt")
        + r"|"
        + _L
        + r"un(?!ter|ser|s\b|i[vnt])\w{4,}",
        epistemic=_words(
            "möglicherweise vielleicht wahrscheinlich angeblich vermutlich offenbar offensichtlich anscheinend "
            "scheinbar scheint scheinen mutmaßlich dürfte dürften berichten_zufolge"
        ),
        modal=_words(
            "kann können könnte könnten konnte konnten muss müssen laut zufolge wirkt wirken wirkte soll sollen"
        ),
        approximate=_words("etwa ungefähr fast beinahe circa ca rund gegen knapp"),
    ),
    "es": _lex(
        # "no sin" (not without) asserts; "no deja de", "no ha dejado de", "no cesa de": keeps on
        mask=_words("no_sólo no_solo no_solamente que_nunca no_sin no_más_tarde")
        + r"|(?<!\w)(?:no|nunca)\s+(?:(?:ha|han|había|habían|he|hemos|habrá)\s+)?(?:dej|ces)\w*\s+de(?!\w)",
        hedged=r"improbables?",
        negation=_words("no nunca jamás nada nadie ningún ninguna ninguno ni tampoco"),
        weak_negation=_words("sin poco pocos pocas apenas imposible incapaz improbable improbables")
        + r"|"
        + _L
        + r"(?:insuficien|desconoc|inexisten|falt)\w*",
        epistemic=_words(
            "quizás quizá tal_vez posiblemente probablemente supuestamente presuntamente "
            "aparentemente al_parecer parece parecen presunto presunta probable probables"
        ),
        modal=_words(
            "puede pueden podría podrían pudo podía pudieron según debe deben posible posibles se_estima "
            "se_cree estima estiman puedes podemos podido pueda puedan pudiera pudieran pudiese podrá podrán "
            "debería deberían deberíamos podríamos"
        ),
        approximate=_words("aproximadamente casi alrededor_de cerca_de unos unas"),
    ),
    "pt": _lex(
        # "não sem" (not without) asserts; "não deixa de", "não parou de": keeps on; "nem sempre" is a negation
        mask=_words("não_só não_apenas não_somente que_nunca não_sem")
        + r"|(?<!\w)(?:não|nunca)\s+(?:(?:tem|têm|tinha|tinham|havia)\s+)?(?:deix|par|cess)\w*\s+de(?!\w)",
        hedged=r"improváve(?:l|is)",
        negation=_words("não nunca jamais nada ninguém nenhum nenhuma nem tampouco"),
        weak_negation=_words("sem pouco poucos poucas mal impossível incapaz improvável improváveis")
        + r"|"
        + _L
        + r"(?:insuficien|desconhec|inexisten|falt|ausên)\w*",
        epistemic=_words(
            "talvez possivelmente provavelmente supostamente presumivelmente alegadamente aparentemente "
            "ao_que_parece parece parecem suposto suposta provável prováveis segundo_relatos"
        ),
        modal=_words(
            "pode podem poderia poderiam pôde podia puderam deve devem possível possíveis estima-se "
            "acredita-se estima estimam podemos possa possam pudesse pudessem poderá poderão de_acordo_com "
            "deveria deveriam deveríamos poderíamos"
        )
        + "|"
        + _PT_ACCORDING_TO
        # the conditional of reported speech ("estariam inclinados", reportedly inclined; "teria dito", is said
        # to have said): only the kin of a hedge, as it is also the plain conditional ("seria bom")
        + "|"
        + _words("estaria estariam teria teriam"),
        approximate=_words("aproximadamente quase cerca_de por_volta_de uns umas"),
    ),
    "id": _lex(
        # "tidak hanya" (not only), "tidak kurang dari" / "tidak lebih dari" (no less / no more than: a bound),
        # "tak lain" (none other than), a tag question ("..., bukan?")
        mask=_words(
            "tidak_hanya tak_hanya bukan_hanya bukan_saja tidak_saja tidak_lain tak_lain tidak_kurang_dari "
            "tak_kurang_dari tidak_lebih_dari tak_lebih_dari"
        )
        + r"|(?<!\w)bukan(?=\s*\?)",
        negation=_words("tidak tak bukan belum tiada jangan"),
        # "tidak mungkin" is "impossible", as English writes it in one negative word
        weak_negation=_words("tanpa sedikit jarang kurang gagal menolak mustahil tidak_mungkin tak_mungkin"),
        epistemic=_words(
            "mungkin barangkali kemungkinan diduga dikabarkan kabarnya konon tampaknya sepertinya agaknya "
            "rupanya dilaporkan disebut-sebut kemungkinan_besar"
        ),
        modal=_words("bisa dapat boleh harus mesti perlu menurut diperkirakan dianggap dinilai sebaiknya"),
        approximate=_words("sekitar hampir kira-kira nyaris"),
    ),
    "it": _lex(
        mask=_words("non_solo non_soltanto che_mai non_senza")
        + r"|(?<!\w)non\s+(?:(?:ha|hanno|aveva|avevano)\s+)?(?:smett|smess|cess)\w*\s+di(?!\w)",
        negation=_words("non mai nessuno nessuna nessun niente nulla né"),
        weak_negation=_words("senza poco pochi poche appena impossibile privo priva privi prive")
        + r"|"
        + _L
        + r"(?:incapac|insufficien|sconosciut|inesisten|manc)\w*",
        epistemic=_words(
            "forse probabilmente presumibilmente presunto presunta presunti apparentemente sembra sembrano pare "
            "probabile probabili"
        ),
        modal=_words(
            "può possono potrebbe potrebbero poteva potevano secondo deve devono puoi potresti potrei "
            "potremmo potreste possiamo potete possibile dovrebbe dovrebbero dovremmo"
        ),
        approximate=_words("circa quasi all'incirca"),
    ),
    "hi": _lex(
        mask=_words("न_केवल न_सिर्फ"),
        negation=_words("नहीं न ना मत"),
        weak_negation=_words("बिना कम असहमति अप्रत्याशित असंभव असफल विफल इनकार"),
        epistemic=_words("शायद संभवतः संभवत: कथित बताया_जाता"),
        modal=_words("सकता सकती सकते संभावना होगा होगी होंगे चाहिए अनुसार"),
        approximate=_words("लगभग करीब क़रीब तकरीबन"),
    ),
    # Chinese and Japanese are not written with spaces: markers are substrings, and the common
    # words that merely contain a negator ("不同" different, "未来" future, "南非" South Africa)
    # are masked out first.
    "zh": _lex(
        # "有没有", "是不是": A-not-A questions ("whether"), not negations
        mask="有没有|是不是|能不能|会不会|要不要|对不对|好不好|可不可以|不仅|不只|不但|不断|不同|不少|不过|不久|不管|不论|不得不|不错|不禁|不如|未来|未成年|无论|"
        "非常|非洲|南非|是非|除非|无人机|约翰|里约|约旦|约克|条约|签约|合约|预约|契约|约束|纽约|大约翰|"
        # "惊愕不已" (shocked no end), "不无" (not without), "不二" (the only), 那不勒斯 (Naples): no negation
        "不已|不无|不二|那不勒斯|不知所措|停滞不前|"
        # idioms and names built on 不: tenacious, outspoken, incredible, mixed, almost, now and then, Bremen,
        # more than, eager, unique, indispensable, spare no effort, endless, unawares
        "坚韧不拔|直言不讳|不可思议|褒贬不一|差不多|时不时|不来梅|不莱梅|不止|迫不及待|不约而同|与众不同|不可或缺|"
        "不遗余力|层出不穷|络绎不绝|不知不觉|"
        # extraordinary, no problem (O.K.), no later than
        "不凡|没问题|不迟于|"
        # "不是 A，就是 B": either A or B
        "不是(?=[^。；！？!?]{1,20}?就是)",
        negation="不|没|未|并非|非|别无",
        # "而不是" is "rather than", "不切实际" unrealistic, "不称职" incompetent, "不合适" unsuitable
        weak_negation="无|缺|少|否认|拒绝|失败|不足|不佳|不满|不正当|非法|不可避免|不乏|非凡|不定|不可及|不疲|不实用|不良|"
        "不利|不幸|不明|不安|不当|不公|不适|未遂|而不是|不切实际|不称职|不合适",
        epistemic="可能|或许|也许|大概|据报道|据说|据称|据悉|似乎|好像|恐怕|疑似|涉嫌|估计|据信",
        modal="可以|能够|能|会|应该|据|根据|认为|或将|可望|有望",
        approximate="大约|约|左右|几乎|将近|近|多",
    ),
    "ar": _lex(
        # "لا سيما" (especially), "لا يزال" / "ما زال" (still), "لا بد" (must), "لا شك" (no doubt), "أم لا"
        # (or not); "ما لا يقل عن" / "لا يزيد على" bound a figure, as "no less than" does
        mask=_ar_words(
            "لا_سيما لاسيما لا_يزال لا_تزال لا_يزالون لا_زال لا_زالت ما_زال ما_زالت ما_يزال ما_تزال لا_بد لابد "
            "لا_شك ام_لا او_لا لا_يقل لا_تقل لا_يزيد لا_تزيد لا_يتجاوز لا_تتجاوز",
            "وف",
        ),
        negation=_ar_words("لا لم لن ليس ليست ليسوا لست لسنا ليسا", "وف"),
        weak_negation=_ar_words(
            "بدون دون بلا عدم غير رفض رفضت يرفض ترفض رفضوا نفى نفت ينفي تنفي فشل فشلت يفشل نادرا نقص انعدام "
            "يفتقر تفتقر قليل قليلة قليلا قلة نادر نادرة",
            "و",
        ),
        epistemic=_AR_MAY
        + "|"
        + _ar_words(
            "ربما لعل من_المحتمل المحتمل يحتمل محتمل احتمال يبدو يبدو_ان على_ما_يبدو مزعوم مزعومة المزعوم "
            "المزعومة يزعم تزعم يرجح ترجح من_المرجح المرجح على_الارجح الارجح المحتملين المحتملون المحتملة "
            "محتملة "
            # "reportedly": reports say, indicate, according to reports
            + " ".join(
                f"{verb}_{reports}"
                for verb in ("تشير", "تفيد", "افادت", "ذكرت", "بحسب", "حسب")
                for reports in ("تقارير", "التقارير")
            )
            + " وفقا_لتقارير وفقا_للتقارير",
            "و",
        ),
        # weaker: compared within Arabic, and excuse a hedge across languages
        modal=_ar_words(
            "يمكن بامكان يستطيع تستطيع يجب ينبغي يتعين يتوجب من_الممكن ممكن قادر قادرة متوقع المتوقع "
            "يتوقع تتوقع توقع وفقا وفق بحسب حسب طبقا نقلا_عن ذكرت افادت افاد يعتقد تعتقد يشتبه المشتبه "
            "يقدر تقدر المقدر قدرت تقديرات يقال",
            "و",
        ),
        approximate=_ar_words("نحو حوالي قرابة زهاء تقريبا ما_يقرب ما_يناهز", "وب"),
    ),
    "kk": _lex(
        # "... ғана емес" (not only), "емес пе" (isn't it?)
        mask=_words("ғана_емес емес_пе емес_па жоқ_па"),
        negation=_words("емес жоқ ешқашан ешкім ештеңе ешқандай ешбір") + "|" + _KK_NEG_VERB,
        weak_negation=_words("сирек кем аз бас_тартты жетіспейді тыйым")
        + rf"|(?<![{_KK_LETTERS}])[{_KK_LETTERS}]{{4,}}(?:сыз|сіз)(?![{_KK_LETTERS}])",
        epistemic=_words(
            "мүмкін бәлкім сірә ықтимал болжам_бойынша хабарларға_қарағанда хабарлануынша болжануда көрінеді айтылуынша"
        ),
        modal=_words(
            "керек тиіс қажет сәйкес айтуынша мәліметінше мәліметтеріне_сәйкес "
            "бағалауынша хабарлауынша сияқты тәрізді күтілуде"
        ),
        approximate=_words("шамамен жуық шамасында дерлік"),
    ),
    "uz": _lex(
        # "... emasmi" (isn't it?), "shunga qaramay" (despite that)
        mask=_uz_words("emasmi yo'qmi qaramay qaramasdan"),
        negation=_uz_words("emas yo'q hech_qachon hech_kim hech_narsa hech_qanday hech_bir") + "|" + _UZ_NEG_VERB,
        weak_negation=_uz_words("kamdan-kam kam rad_etdi inkor_etdi yetishmaydi taqiq")
        + rf"|(?<![{_UZ_LETTERS}])[{_UZ_LETTERS}]{{4,}}siz(?![{_UZ_LETTERS}])",
        epistemic=_uz_words(
            "mumkin ehtimol balki aftidan shekilli go'yo ehtimoliy xabarlarga_ko'ra xabar_qilinishicha "
            "taxminlarga_ko'ra ma'lum_qilinishicha"
        ),
        modal=_uz_words("kerak lozim shart ko'ra ta'kidlashicha fikricha ma'lumotlariga_ko'ra kutilmoqda ko'rinadi"),
        approximate=_uz_words("taxminan qariyb deyarli salkam atrofida"),
    ),
    "tr": _lex(
        # "değil mi" (isn't it?), "hiç değilse" (at least), "yoksa" (otherwise, or), "olmazsa olmaz"
        # (indispensable), and "sadece ... değil," (not only)
        mask=_words("değil_mi yok_mu hiç_değilse yoksa olmazsa_olmaz ne_var_ki")
        + r"|(?<!\w)(?:sadece|yalnızca|yalnız)(?:\s+\S+){1,5}?\s+(?P<notonly>değil)(?=\s*,)",
        negation=_words("değil değildir değildi yok yoktur yoktu hiç hiçbir hiçbiri hiç_kimse asla")
        + "|"
        + _TR_NEG_VERB,
        weak_negation=_words("nadiren nadir az eksik yetersiz yoksun reddetti reddetmiş reddediyor")
        + rf"|(?<![{_TR_LETTERS}])(?!hırsız)[{_TR_LETTERS}]{{4,}}s[ıiuü]z(?![{_TR_LETTERS}])",
        epistemic=_words(
            "belki belki_de muhtemelen olasılıkla büyük_olasılıkla büyük_ihtimalle ihtimalle galiba herhalde "
            "iddiaya_göre iddialara_göre bildirildiğine_göre söylendiğine_göre aktarıldığına_göre iddia_edilen "
            "görünüyor sanılıyor muhtemel"
        ),
        modal=_words("göre gerek gerekiyor gerekir gereken zorunda olası bekleniyor beklenen tahmin_ediliyor")
        + "|"
        + _TR_CAN
        + rf"|(?<![{_TR_LETTERS}])[{_TR_LETTERS}]{{2,}}?m[ae]l[ıi](?:d[ıi]r|yd[ıi]|l[ae]r|y[ıi]z)?(?![{_TR_LETTERS}])",
        approximate=_words("yaklaşık neredeyse hemen_hemen civarında aşağı_yukarı takriben tahminen"),
    ),
    "ja": _lex(
        # "かもしれない" is "may", "なければならない" is "must": their negative endings negate nothing
        mask="少ない|危ない|にもかかわらず|かかわらず|(?<=かもしれ)(?:ない|ません)|"
        "(?:なければ|なくては|ねば)(?:ならない|なりません|ならず|いけない|いけません)",
        # "水道がなく" ("with no water"): the continuative form of ない after a subject or topic
        negation="ない|ません|なかっ|ず[にとも、。]|ぬ|(?<=[がは])なく",
        weak_negation="無|未|非|不",
        epistemic="かもしれ|可能性|恐らく|おそらく|たぶん|多分|ようだ|ようです|らしい|とみられ|と見られ|疑い",
        # "とされ", "考えられ" ("is regarded as"), "ことも(ある)" ("can happen") are rendered as often
        # without a hedge ("by convention", "is considered") as with one
        # "なりそうです" ("looks likely to"): rendered "is likely", "is expected"
        modal="可能|できる|でき|れる|られる|によると|によれば|べき|とされ|考えられ|ことも|そう(?:だ|です|な)",
        approximate="約|およそ|ほぼ|程度|前後|ぐらい|くらい|近く|余り|超",
    ),
}
_CJK = frozenset({"zh", "ja"})

_WORD = re.compile(r"[\w\u0900-\u0963\u0966-\u097f]+(?:['’.-][\w\u0900-\u0963\u0966-\u097f]+)*['’]?")


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    low: str
    start: int
    end: int


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.group(), m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(text)]


def markers(text: str, lang: str | None) -> list[Marker]:
    """Every negator and hedge of `text`, in order; `lang` is any tag `normalize_lang` reads.

    A span claimed by an earlier class (negation before weak_negation, epistemic before modal)
    is not counted again, so "cannot" is one negation and "unable" is not also a "un-" word.
    """
    code = normalize_lang(lang, text)
    lex = _LEXICONS.get(code)
    if lex is None:
        return []
    low = text.lower()  # same length as text for every script the lexicons cover
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    if lex.mask is not None:
        low = _blank(lex.mask, low)
    taken = [False] * len(text)
    found: list[Marker] = []
    for cls, rx in lex.patterns:
        for m in rx.finditer(low):
            if m.end() <= m.start() or any(taken[m.start() : m.end()]):
                continue
            for i in range(m.start(), m.end()):
                taken[i] = True
            found.append(Marker(_KIND[cls], m.start(), m.end(), text[m.start() : m.end()], cls))
            if cls == "weak_negation" and lex.hedged is not None and lex.hedged.fullmatch(m.group()):
                found.append(Marker("hedge", m.start(), m.end(), text[m.start() : m.end()], "epistemic"))
    return _refine(sorted(found, key=lambda mk: mk.start), text, low, code)


_FR_NE = re.compile(r"(?<!\w)(?:ne(?!\w)|n['’])")


def _clause_before(low: str, start: int, stops: str) -> str:
    """The text of the clause up to `start` (at most 80 characters back): after the last of `stops`."""
    return re.split(f"[{re.escape(stops)}]", low[max(0, start - 80) : start])[-1]


# the second half of "ne ... pas" and its kin: with one, "ne ... que" is a plain negation, not "only"
_FR_NEG_PART = re.compile(r"(?<!\w)(?:pas|jamais|rien|plus|personne|aucune?|guère|nul(?:le)?|ni|point)(?!\w)")
# the "ne" explétif negates nothing: "avant que les portes ne se referment", "de peur qu'il ne parte",
# "plus grand qu'on ne le pensait" (a "que" of these, then at most six words, then a lone "ne")
_FR_EXPLETIVE = re.compile(
    r"(?:(?<!\w)(?:avant|moins|peur|crainte|sans)\s+|(?<!\w)(?:crai|redout|évit|empêch)\w*\s+"
    r"|(?<!\w)(?:plus|moins|mieux|pire|autre(?:ment)?|davantage)(?:\s+\S+){0,4}?\s+)qu(?:e\s+|['’])(?:\S+\s+){0,6}$"
)
# "un grand pas", "à deux pas", "le pas": the noun "step", not the negator
_FR_PAS_NOUN = re.compile(
    r"(?<!\w)(?:un|le|les|des|du|au|aux|ce|cet|ces|son|ses|sa|leur|leurs|mon|mes|ton|tes|notre|nos|votre|vos"
    r"|premiers?|grands?|petits?|nouveaux?|faux|mêmes?|quelques|deux|trois|chaque|derniers?|à)\s+$"
)
# Spanish n-words after "sin", "impedir", "evitar", "más que", "antes de": "anyone", "ever", no negation
# ("para impedir que atacase a nadie más", "mejor que nadie") unless a negator comes before them
_ES_NPI = re.compile(
    r"(?<!\w)(?:sin|imped\w+|evit\w+|prohib\w+|dud\w+|(?:antes|más|menos|mejor|peor|mayor|menor)\s+(?:que|de))(?!\w)"
)
_ES_NEG = re.compile(r"(?<!\w)(?:no|ni|nunca|jamás|tampoco|nadie|nada)(?!\w)")


def _refine(found: list[Marker], text: str, low: str, code: str) -> list[Marker]:
    """Readings a lexicon cannot express as a regex: the month "May", French "pas" without "ne" and
    "ne ... que" (only), Czech names that begin like a negated verb."""
    out: list[Marker] = []
    for m in found:
        if (
            code == "en"
            and m.text == "May"
            and (not sentence_initial(text, m.start) or re.match(r"[\s,]*\d", text[m.end :]))
        ):
            continue  # "in May 2015", "Theresa May": the month or a name, not the modal
        if code == "fr" and m.cls == "negation":
            before, after = low[max(0, m.start - 40) : m.start], low[m.end : m.end + 60]
            if m.text.lower() == "pas" and _FR_NE.search(" ".join(before.split()[-5:])):
                continue  # the "pas" of a "ne ... pas" already counted by its "ne"
            if m.text.lower() == "pas" and _FR_PAS_NOUN.search(before):
                continue  # "un grand pas vers": a step
            if m.text.lower() != "pas" and _FR_NE.fullmatch(m.text.lower()):
                window = " ".join(after.split()[:6])
                if re.search(r"(?<!\w)qu(?:e|['’])", window) and not _FR_NEG_PART.search(window):
                    continue  # "je n'ai vu ça que de loin": "I only saw it"
                clause = _clause_before(low, m.start, ",;:.!?«»()")
                if not _FR_NEG_PART.search(window) and _FR_EXPLETIVE.search(clause):
                    continue  # "avant que l'ascenseur ne se referme": the "ne" explétif
            if m.text.lower() in ("aucun", "aucune", "jamais", "rien") and re.search(
                r"(?<!\w)(?:sans(?:\s+\S+)?|si)\s+$", before
            ):
                continue  # "sans aucun doute" (without any), "si jamais" (if ever): the "sans" or no negation
            if m.text.lower() == "jamais":
                clause = _clause_before(low, m.start, ",;:.!?«»()“”")
                if clause.strip() and not _FR_NE.search(clause):
                    continue  # "si elle a jamais été", "le meilleur film jamais réalisé": ever, with no "ne"
        if (
            code == "es"
            and m.cls == "negation"
            and m.text.lower() in ("nadie", "nada", "nunca", "jamás", "ningún", "ninguna", "ninguno")
        ):
            clause = _clause_before(low, m.start, ",;:.!?¿¡«»()“”")
            npi = list(_ES_NPI.finditer(clause))
            if npi and not _ES_NEG.search(clause[npi[-1].end() :]) and not _ES_NEG.search(clause[: npi[-1].start()]):
                continue  # "impedir que atacase a nadie más": anyone
        if (
            code in ("ru", "uk")
            and m.cls == "weak_negation"
            and m.text[:2] == "Не"
            and len(m.text) > 4
            and not sentence_initial(text, m.start)
        ):
            continue  # "Нетаньяху", "Невский": a name, not a не- word
        if code == "cs" and m.cls == "weak_negation" and m.text[:1].isupper() and not sentence_initial(text, m.start):
            continue  # "Netanjahuovou": a name, not a negated verb
        out.append(m)
    return out


def negations(text: str, lang: str | None) -> list[Marker]:
    """The negators of `text` ("not", "never", "không", "не", "不"), without "not only" and the like."""
    return [m for m in markers(text, lang) if m.kind == "negation"]


def hedges(text: str, lang: str | None) -> list[Marker]:
    """The hedges, modals and approximators of `text` ("may", "reportedly", "about 300", "可能")."""
    return [m for m in markers(text, lang) if m.kind == "hedge"]


def _widen(text: str, m: Marker, lang: str) -> tuple[int, int]:
    """The marker with a word either side, so the span reads as a phrase ("did not approve")."""
    if normalize_lang(lang, text) in _CJK:
        return max(0, m.start - 2), min(len(text), m.end + 2)
    toks = _tokens(text)
    before = [t for t in toks if t.end <= m.start]
    after = [t for t in toks if t.start >= m.end]
    start = before[-1].start if before else m.start
    end = after[0].end if after else m.end
    return start, end


def _diff_region(
    src: str, der: str, m: Marker, marker_on_source: bool
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Same language: the changed region of both sides around a marker, from a token diff."""
    a, b = _tokens(src), _tokens(der)
    ops = SequenceMatcher(None, [t.low for t in a], [t.low for t in b], autojunk=False).get_opcodes()
    own, other = (a, b) if marker_on_source else (b, a)
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            continue
        lo, hi = (i1, i2) if marker_on_source else (j1, j2)
        olo, ohi = (j1, j2) if marker_on_source else (i1, i2)
        if lo < hi and own[lo].start <= m.start < own[hi - 1].end:
            own_range = (own[lo].start, own[hi - 1].end)
            if olo < ohi:
                other_range = (other[olo].start, other[ohi - 1].end)
            elif olo < len(other):
                # a pure deletion: show the next word on both sides for context ("not go" -> "go")
                own_range = (own[lo].start, own[min(hi, len(own) - 1)].end)
                other_range = (other[olo].start, other[olo].end)
            else:
                other_range = (other[-1].start, other[-1].end) if other else (0, 0)
            return (own_range, other_range) if marker_on_source else (other_range, own_range)
    return None


@dataclass(frozen=True)
class ModalityDetector:
    """Hedges and modals dropped or added, negations added or removed between aligned sentences."""

    name: str = "modality"
    # across languages, how much closer the negator's side must come to the other side without it
    # (cosine) for a negation change to stand; 0: any move towards it (bench/results/false_alarms.md)
    min_negation_gain: float = 0.0

    def probes(self, comparison: Comparison) -> list[str]:
        """The texts `detect` will embed: callers can encode them all in one batch first."""
        out: list[str] = []
        for _, src, der, _, test in self._shifts(comparison):
            if test is not None:
                out += [src, der, *test[1]]
        return out

    def _shifts(
        self, comparison: Comparison
    ) -> Iterator[tuple[Bead, str, str, tuple[Shift, ...], tuple[bool, tuple[str, ...]] | None]]:
        """Per matched bead: its shifts and, for a negation change across languages, the deletion
        test to run on it (`_planned`)."""
        for bead, src, der in comparison.pairs():
            ls, ld = comparison.langs(bead)
            yield bead, src, der, *_planned(src, der, ls, ld, comparison.embedder is not None)

    def detect(self, comparison: Comparison) -> Iterator[Finding]:
        for bead, src, der, shifts, test in self._shifts(comparison):
            if test is not None and test[1]:
                on_source, variants = test
                anchor, text = (der, src) if on_source else (src, der)
                gains = deletion_gains(comparison.embedder, anchor, text, variants)  # type: ignore[arg-type]
                if max(gains) <= self.min_negation_gain:
                    # the sentence reads no closer to the other without its negator: a paraphrase
                    shifts = tuple(f for f in shifts if f.marker != "negation")
            for f in shifts:
                yield Finding(
                    kind="modality_shift",
                    source=bead.source,
                    derived=bead.derived,
                    message=f.message,
                    severity=f.severity,
                    confidence=f.confidence,
                    source_span=f.source_span,
                    derived_span=f.derived_span,
                    source_range=_range(f.source_range, comparison.source, bead.source),
                    derived_range=_range(f.derived_range, comparison.derived, bead.derived),
                    detector=self.name,
                )


@lru_cache(maxsize=65536)
def _planned(
    src: str, der: str, ls: str | None, ld: str | None, embedded: bool
) -> tuple[tuple[Shift, ...], tuple[bool, tuple[str, ...]] | None]:
    """`compare_modality`'s shifts and, when there is an embedder and a negation change across
    languages, its deletion test: whether the negator is on the source side, and that side's texts
    without it. Memoised: `probes` and `detect` ask for the same beads (a pure function of its
    arguments)."""
    shifts = tuple(compare_modality(src, der, ls, ld))
    test = None
    if embedded and normalize_lang(ls, src) != normalize_lang(ld, der):
        for f in shifts:
            if f.marker == "negation":
                on_source = f.change == "removed"
                test = (on_source, tuple(without_negators(src, ls) if on_source else without_negators(der, ld)))
    return shifts, test


def to_document_range(doc: Document, idx: tuple[int, ...], start: int, end: int) -> tuple[int, int] | None:
    """A range in the bead's sentences joined by single spaces (`Comparison.pairs`) -> a range
    in `doc.text`, cut at the end of the sentence it starts in."""
    pos = 0
    for i in idx:
        sent = doc.sentences[i]
        if start < pos + len(sent.text) + 1:
            begin = sent.start + max(0, start - pos)
            return (begin, min(begin + (end - start), sent.end))
        pos += len(sent.text) + 1
    return None


def _range(r: tuple[int, int] | None, doc: Document, idx: tuple[int, ...]) -> tuple[int, int] | None:
    return None if r is None else to_document_range(doc, idx, *r)


@dataclass(frozen=True, slots=True)
class Shift:
    """One modality change between two texts, with ranges into those texts."""

    marker: MarkerKind
    change: Literal["added", "removed"]
    message: str
    severity: Literal["low", "medium", "high"]
    confidence: float
    source_span: str | None
    derived_span: str | None
    source_range: tuple[int, int] | None
    derived_range: tuple[int, int] | None


def compare_modality(source: str, derived: str, source_lang: str | None, derived_lang: str | None) -> list[Shift]:
    """The negation and hedge changes from `source` to `derived` (at most one of each kind).

    Same language: counts are compared and a token diff names the words. Different languages:
    only presence is compared (a kind of marker on one side, none on the other).
    """
    ls, ld = normalize_lang(source_lang, source), normalize_lang(derived_lang, derived)
    if ls not in _LEXICONS or ld not in _LEXICONS:
        return []
    ms, md = markers(source, ls), markers(derived, ld)
    same = ls == ld
    out: list[Shift] = []
    for kind in ("negation", "hedge"):
        if same:
            # the same language: explicit negators, and every hedge, counted on both sides
            counted = ("negation",) if kind == "negation" else ("epistemic", "modal", "approximate")
            ks = [m for m in ms if m.cls in counted]
            kd = [m for m in md if m.cls in counted]
            if len(ks) == len(kd):
                continue  # "may" -> "might": still hedged
            removed = len(ks) > len(kd)
        else:
            # across languages a strong marker on one side must meet nothing at all of its kind
            # on the other: "无法" may come out as "unable", "可能" as "could", "laut" as "could"
            strong, near = (
                (("negation",), ("negation", "weak_negation"))
                if kind == "negation"
                else (("epistemic",), ("epistemic", "modal"))
            )
            # negators of one clause count once: "nikt nie", "никогда не", "no causó ninguna" (negative
            # concord) are one negation, as "nobody", "never", "did not cause any" are
            ks = _one_per_clause([m for m in ms if m.cls in strong], source, ls)
            kd = _one_per_clause([m for m in md if m.cls in strong], derived, ld)
            near_s = len(_one_per_clause([m for m in ms if m.cls in near], source, ls))
            near_d = len(_one_per_clause([m for m in md if m.cls in near], derived, ld))
            if kind == "hedge":
                # an attribution answered by one on the other side translates it, and excuses no hedge:
                # "якобы вернулись …, согласно документам" / "went back …, according to papers"
                paired = min(_attributions(ms, ls), _attributions(md, ld))
                near_s, near_d = near_s - paired, near_d - paired
            # more strong markers on one side than markers of any strength on the other
            if len(ks) > near_d:
                removed = True
            elif len(kd) > near_s:
                removed = False
            else:
                if kind == "hedge":
                    out.extend(_certainty_shift(source, derived, ls, ld, ms, md))
                continue
        out.append(_shift_for(kind, removed, source, derived, ks, kd, ls, ld, same))
    return out


# The conditional of "can" and "should" ("pourrait", "könnte", "мог бы", "debería") and the expectation
# words ("或将", "有望"): translators render them as "could", "may", "should", "is expected to", never as a
# plain "will". Not the present "can" of French, German, Spanish, Italian ("peut", "kann", "puede"): as
# often ability, which a translator may fold into a future in another clause. Russian "может" and
# Vietnamese "có thể" are kept: they are how those languages say "could" and "may" (bench/certainty.py).
_POSSIBILITY = {
    "fr": _words("pourrait pourraient pourrions pourriez pourrais devrait devraient devrions"),
    "de": _words("könnte könnten dürfte dürften"),
    "es": _words("podría podrían podríamos debería deberían deberíamos"),
    "pt": _words("poderia poderiam poderíamos deveria deveriam deveríamos"),
    "it": _words("potrebbe potrebbero potremmo dovrebbe dovrebbero dovremmo"),
    "ru": _words("может могут мог_бы могла_бы могло_бы могли_бы"),
    "uk": _words("може можуть міг_би могла_б могла_би могло_б могло_би могли_б могли_би"),
    "vi": _words("có_thể"),
    "pl": _words("mógłby mogłaby mogłoby mogliby mogłyby powinien powinna powinno powinni"),
    "cs": _words("mohl_by mohla_by mohlo_by mohli_by"),
    "zh": "或将|可望|有望",
}
# an English future stated as fact; not the noun ("the will of the people", "free will")
_WILL = re.compile(
    r"(?<![\w'’])(?<!the )(?<!free )(?<!own )(?<!good )(?<!political )(?<!ill )(?:will|shall|won['’]t)(?![\w'’])"
    r"|(?<=\w)['’]ll(?![\w'’])",
    re.IGNORECASE,
)

# languages that put the finite verb of a subordinate clause last (`_facing`)
_VERB_FINAL = frozenset({"de"})
# an English plan or expectation, which a conditional translates: "is to become" ("devrait devenir")
_EXPECTED = re.compile(
    r"\b(?:(?:is|are|was|were|be)\s+(?:to|set\s+to|due\s+to|poised\s+to|slated\s+to)|hope[sd]?|hoping"
    r"|looks?\s+(?:as\s+(?:though|if)|like))\b",
    re.I,
)


def _certainty_shift(source: str, derived: str, ls: str, ld: str, ms: list[Marker], md: list[Marker]) -> list[Shift]:
    """Across languages, a possibility ("pourraient atteindre") against an English "will" ("will
    reach") on a side that hedges nothing: the claim was made certain (or, the other way, hedged).
    Only English is read for the future: other languages mark it in the verb's ending."""
    if ld == "en" and ls in _POSSIBILITY and _certain(derived, md):
        pair = _facing(source, _POSSIBILITY[ls], derived, ls in _VERB_FINAL)
        if pair is not None:
            maybe, will = pair
            return [_certainty(True, source, derived, _widen(source, maybe, ls), _widen(derived, will, ld))]
    if ls == "en" and ld in _POSSIBILITY and _certain(source, ms):
        pair = _facing(derived, _POSSIBILITY[ld], source, ld in _VERB_FINAL)
        if pair is not None:
            maybe, will = pair
            return [_certainty(False, source, derived, _widen(source, will, ls), _widen(derived, maybe, ld))]
    return []


def _certain(english: str, found: list[Marker]) -> bool:
    return not any(m.cls in ("epistemic", "modal") for m in found) and not _EXPECTED.search(english)


def _facing(text: str, possible: str, english: str, verb_final: bool = False) -> tuple[Marker, Marker] | None:
    """A possibility in `text` and a "will" in `english` at about the same place in their sentences
    (within a quarter of the length): the same clause, as far as word order lets us tell. A "will"
    in the main clause facing a "could" in a relative clause is a translation, not a change."""
    maybes = [Marker("hedge", m.start(), m.end(), text[m.start() : m.end()], "modal")
              for m in re.finditer(possible, text.lower())]  # fmt: skip
    wills = [Marker("hedge", m.start(), m.end(), m.group(), "modal") for m in _WILL.finditer(english)]
    for maybe in maybes:
        # German puts the finite verb of a subordinate clause last ("..., dass die Verluste 120
        # Millionen erreichen könnten"): there the clause's opening stands for the verb's place
        opening = maybe.start
        if verb_final:
            opening = max((m.end() for m in re.finditer(r"[,;:(«»„“”–—]", text[: maybe.start])), default=0)
        for will in wills:
            at = will.start / len(english)
            if opening / len(text) - 0.25 <= at <= maybe.start / len(text) + 0.25:
                return maybe, will
    return None


def _certainty(removed: bool, source: str, derived: str, s_range: tuple[int, int], d_range: tuple[int, int]) -> Shift:
    s_span, d_span = source[s_range[0] : s_range[1]], derived[d_range[0] : d_range[1]]
    label = "hedge dropped" if removed else "hedge added"
    return Shift("hedge", "removed" if removed else "added", f"{label}: '{s_span}' -> '{d_span}'",
                 "medium" if removed else "low", 0.45, s_span, d_span, s_range, d_range)  # fmt: skip


# Modal-class markers that credit a source ("according to", "согласно", "据"): a hedge's weak kin only
# where the other side has no attribution of its own.
_ATTRIBUTION = {
    "en": ("according to", "reported", "reports"), "ru": ("согласно", "по данным", "по словам"),
    "uk": ("згідно", "згідно з", "за даними", "за словами", "за оцінками"),
    "de": ("laut", "zufolge"), "fr": ("selon",), "es": ("según",), "pt": ("segundo", "de acordo com"),
    "id": ("menurut",), "it": ("secondo",), "pl": ("według",),
    "cs": ("podle",), "vi": ("theo",), "hi": ("अनुसार",), "zh": ("据", "根据"), "ja": ("によると", "によれば"),
    "ar": ("وفقا", "وفق", "بحسب", "حسب", "نقلا عن"), "kk": ("сәйкес", "айтуынша", "мәліметінше", "хабарлауынша"),
    "uz": ("ko'ra", "koʻra", "ko’ra", "ta'kidlashicha"), "tr": ("göre",),
}  # fmt: skip


def _attributions(found: list[Marker], lang: str) -> int:
    words = _ATTRIBUTION.get(lang, ())
    return sum(1 for m in found if m.cls == "modal" and " ".join(m.text.lower().split()) in words)


# "nor", "ani", "ni", "noch" continue the negation before them ("didn't have corn, nor tomatoes")
_CONTINUING = frozenset({"nor", "neither", "ani", "ni", "ни", "ні", "né", "noch", "weder", "ولا"})
# languages with negative concord, and their plain verb negators: "nikt nie", "no ... ninguna",
# "ne ... jamais" are one negation; two plain negators are two
_CONCORD = {
    "ru": {"не"},
    "uk": {"не"},
    "pl": {"nie"},
    "cs": {"ne"},
    "es": {"no"},
    "pt": {"não"},
    "it": {"non"},
    "fr": {"ne", "n'", "n’", "pas"},
    "kk": set(),
    "uz": set(),
    "tr": set(),
}  # "ешкім келмеді", "hech kim kelmadi": one negation
# "also" before a negator continues the negation before it, as "nor" does: "chẳng có nhà thờ mà cũng
# chẳng có quán bar" (neither a church nor a bar), "既不…也不"
_ALSO = {"vi": re.compile(r"(?<!\w)cũng\s+$"), "zh": re.compile(r"[也亦]$")}
# the same negator opening each item of a list is one negation: "No forgetting, no forgiveness"
_LIST_GAP = re.compile(
    r"^\s*(?:[^\s,;:.!?]+\s+){0,2}?[^\s,;:.!?]+\s*(?:,|\s(?:and|or|et|ou|y|o|и|или|và|hay))\s*$"
    r"|^[^\s，、,。！？!?]{1,6}[，、,][^\s，、,。！？!?]{0,3}$"  # "绝不遗忘，绝不宽恕"
)


def _one_per_clause(found: list[Marker], text: str, lang: str) -> list[Marker]:
    """Negators counted once per negation: a continuing "nor" joins the negation before it, and in
    a negative-concord language an n-word ("nikt", "никогда", "ninguna") joins a negator in the
    same clause at most six words away. Other markers are returned as they are."""
    out: list[Marker] = []
    plain = _CONCORD.get(lang)
    for m in found:
        low = m.text.lower()
        if out and m.kind == "negation" and out[-1].kind == "negation":
            if low in _CONTINUING:
                continue
            gap = text[out[-1].end : m.start]
            prev = out[-1].text.lower()
            also = _ALSO.get(lang)
            if also is not None and also.search(gap) and not re.search(r"[.!?。！？]", gap):
                continue
            if low == prev and _LIST_GAP.match(gap):
                continue
            if (
                plain is not None
                and not re.search(r"[,;:.!?()]", gap)
                and len(gap.split()) <= 6
                and not (_plain(prev, lang, plain) and _plain(low, lang, plain))
            ):
                continue
        out.append(m)
    return out


def _plain(word: str, lang: str, plain: set[str]) -> bool:
    # Czech glues "ne" to the verb: "nevěděl", "nezveřejňuje"
    return word in plain or (lang == "cs" and word.startswith("ne") and word not in ("nic", "nikdy", "nikdo"))


# "don't" -> "do": the English contractions whose negator cannot simply be cut out
_UNCONTRACTED = {
    "don't": "do", "doesn't": "does", "didn't": "did", "can't": "can", "cannot": "can", "won't": "will",
    "isn't": "is", "aren't": "are", "wasn't": "was", "weren't": "were", "haven't": "have", "hasn't": "has",
    "hadn't": "had", "couldn't": "could", "wouldn't": "would", "shouldn't": "should", "mustn't": "must",
}  # fmt: skip
# the second half of a French negation, after "ne": "ne veut pas", "n'a jamais"
_FR_SECOND = re.compile(r"^\s*(?:\S+\s+){0,3}?(pas|plus|jamais|rien|guère|point)(?!\w)")


_NEG_SUFFIX = {"kk": re.compile(_KK_NEG_VERB), "uz": re.compile(_UZ_NEG_VERB), "tr": re.compile(_TR_NEG_VERB)}


def without_negators(text: str, lang: str | None) -> list[str]:
    """`text` once per negation (as `compare_modality` counts them across languages), with that
    negator taken out: "не хотят" -> "хотят", "don't care" -> "do care", "ne veut pas" -> "veut"."""
    code = normalize_lang(lang, text)
    found = _one_per_clause([m for m in markers(text, code) if m.cls == "negation"], text, code)
    out = []
    for m in found:
        low = m.text.lower().replace("’", "'")
        head, tail = text[: m.start], text[m.end :]
        if low in _UNCONTRACTED:
            word = _UNCONTRACTED[low]
            head += word.capitalize() if m.text[0].isupper() else word
        elif code == "fr" and low in ("ne", "n'"):
            second = _FR_SECOND.match(tail)
            if second is not None:
                tail = tail[: second.start(1)] + tail[second.end(1) :]
        elif code in _NEG_SUFFIX and (verb := _NEG_SUFFIX[code].fullmatch(low)) is not None:
            # a verb negated by its suffix loses the suffix only: "саналмайды" -> "саналады", "qilmadi" -> "qildi"
            cut = m.start + verb.start("neg")
            rest = text[m.start + verb.end("neg") : m.end]
            if code == "tr":
                rest = _tr_affirmative(text[:cut], low[verb.start("neg") : verb.end("neg")], rest)
            elif re.match(r"й(?:ды|ді)|y(?:di)", rest) and not re.search(r"[аеыіоөұүуияэюaeiou]$", text[m.start : cut]):
                # "саналйды" -> "саналады", "жеткізілйді" -> "жеткізіледі" (the vowel follows the ending's)
                rest = ("е" if rest.startswith("йді") else "а" if rest[0] == "й" else "a") + rest[1:]
            head, tail = text[:cut], rest + text[m.end :]
        out.append(re.sub(r"\s{2,}", " ", head + tail).strip())
    return out


def _tr_affirmative(head: str, neg: str, rest: str) -> str:
    """The endings of a Turkish verb once its negative -ma/-me/-mı is cut out, fitted to the stem they now
    follow: "yap|ma|dı" -> "tı" (yaptı), "yap|mı|yor" -> "ıyor", "yap|ma|yacak" -> "acak", "yap|ma|z" -> "ar"."""
    after_vowel = bool(re.search(r"[aeıioöuü]$", head.lower()))
    if rest.startswith("d") and re.search(r"[pçtksşhf]$", head.lower()):
        return "t" + rest[1:]
    if rest.startswith("yor"):
        return rest if after_vowel else neg[1] + rest
    if re.match(r"y[ae]", rest) and not after_vowel:
        return rest[1:]
    if rest.startswith("z") and not rest.startswith("zs"):
        vowels = re.findall(r"[aeıioöuü]", head.lower())
        return ("r" if after_vowel else ("ar" if vowels and vowels[-1] in "aıou" else "er")) + rest[1:]
    return rest


def _shift_for(
    kind: MarkerKind,
    removed: bool,
    src: str,
    der: str,
    ks: list[Marker],
    kd: list[Marker],
    ls: str,
    ld: str,
    same: bool,
) -> Shift:
    # the marker that went missing (or appeared): the first one the other side does not echo
    if removed:
        other = {m.text.lower() for m in kd}
        m = next((x for x in ks if x.text.lower() not in other), ks[0])
    else:
        other = {m.text.lower() for m in ks}
        m = next((x for x in kd if x.text.lower() not in other), kd[0])
    region = _diff_region(src, der, m, marker_on_source=removed) if same else None
    if region is not None:
        s_range, d_range = region
    elif removed:
        s_range, d_range = _widen(src, m, ls), None
    else:
        s_range, d_range = None, _widen(der, m, ld)
    s_span = src[s_range[0] : s_range[1]] if s_range else None
    d_span = der[d_range[0] : d_range[1]] if d_range else None
    what = {"negation": ("negation removed", "negation added"), "hedge": ("hedge dropped", "hedge added")}
    label = what[kind][0 if removed else 1]
    if s_span is not None and d_span is not None:
        message = f"{label}: '{s_span}' -> '{d_span}'"
    elif removed:
        message = f"{label}: '{s_span}' has no counterpart in the derived sentence"
    else:
        message = f"{label}: '{d_span}' has no counterpart in the source sentence"
    if kind == "negation":
        severity: Literal["low", "medium", "high"] = "high"
        confidence = 0.9 if same else 0.6
    else:
        # a dropped hedge turns a possibility into a fact: the change fact-checkers look for
        severity = "medium" if removed else "low"
        confidence = 0.8 if same else 0.45
    return Shift(kind, "removed" if removed else "added", message, severity, confidence,
                 s_span, d_span, s_range, d_range)  # fmt: skip
