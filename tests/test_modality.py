"""Hedges, modals and negation: the lexicons and the comparison across and within languages."""

from __future__ import annotations

import pytest

from provenance.core import Alignment, Bead, Document, Sentence
from provenance.detect import Comparison
from provenance.detect.modality import (
    ModalityDetector,
    compare_modality,
    hedges,
    markers,
    negations,
    normalize_lang,
    without_negators,
)


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
    ("source", "unattributed", "lang"),
    [
        ("Согласно документам, они якобы вернулись в номер.", "Они якобы вернулись в номер.", "ru"),
        ("据警方称，他们可能已经返回房间。", "他们可能已经返回房间。", "zh"),
        (
            "Laut den Akten sind sie angeblich ins Zimmer zurückgekehrt.",
            "Sie sind angeblich ins Zimmer zurückgekehrt.",
            "de",
        ),
    ],
)
def test_an_attribution_on_both_sides_excuses_no_hedge(source: str, unattributed: str, lang: str) -> None:
    # "according to" translates "согласно": it cannot also stand in for the dropped "якобы"
    assert kinds(source, "According to the files, they went back to the room.", lang) == [("hedge", "removed")]
    assert kinds(source, "According to the files, they allegedly went back to the room.", lang) == []
    # with no attribution of its own, the source's hedge may come out as one ("якобы" as "according to")
    assert kinds(unattributed, "According to the files, they went back to the room.", lang) == []


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


# Faithful translations that used to raise false alarms (DEMETR reference set): each construction,
# and the real change next to it, which must still be reported.


def test_the_month_may_is_not_a_hedge() -> None:
    assert hedges("The vote was held in May 2015.", "en") == []
    assert hedges("At the end of May, the rate fell.", "en") == []
    assert hedges("Theresa May spoke on Tuesday.", "en") == []
    assert [m.text for m in hedges("May I ask?", "en")] == ["May"]
    assert kinds("Ende Mai fiel der Kurs.", "At the end of May, the rate fell.", "de") == []
    assert kinds("Ende Mai fiel der Kurs.", "At the end of May, the rate may have fallen.", "de") == [
        ("hedge", "added")
    ]


def test_number_sign_and_bounds_are_not_negations() -> None:
    assert negations("He bats at No. 3 and No.4.", "en") == []
    assert negations("No less than 20 percent comes from the Amazon.", "en") == []
    assert negations("I don't know whether or not you saw it.", "en") != []
    assert len(negations("I don't know whether or not you saw it.", "en")) == 1
    assert negations("It feared nothing except other mosasaurs.", "en") == []
    assert [m.text for m in negations("It was not less than expected.", "en") if m.cls == "negation"] == ["not"]


def test_negative_concord_is_one_negation() -> None:
    # "nikt nie", "никогда не", "no ... ninguna", "nic ... nezveřejňuje": one negation each
    for src, lang in [
        ("Nikt nie jest w stanie przewidzieć wyniku.", "pl"),
        ("Им никогда не приходится точить карандаши.", "ru"),
        ("La protesta no causó ninguna pérdida.", "es"),
        ("Liga nezveřejňuje vůbec nic.", "cs"),
    ]:
        assert kinds(src, "Nobody will ever see it.", lang) == [], src
        assert kinds(src, "Everybody will see it.", lang) == [("negation", "removed")], src


def test_nor_continues_a_negation() -> None:
    src = "Nie znali kukurydzy ani kakao."
    assert kinds(src, "They didn't have corn, nor cocoa, nor potatoes.", "pl") == []
    assert kinds(src, "They had corn, cocoa and potatoes.", "pl") == [("negation", "removed")]


def test_french_pas_without_ne_and_ne_que() -> None:
    # spoken French drops the "ne"; "ne ... que" is "only"
    assert [m.text for m in negations("Je les vois pas faire ça.", "fr")] == ["pas"]
    assert [m.text for m in negations("Je ne les vois pas faire ça.", "fr")] == ["ne"]
    assert negations("Je n'ai vu ça que de loin.", "fr") == []
    assert len(negations("Je n'ai pas vu que tu étais là.", "fr")) == 1
    assert negations("Cela peut arriver n'importe où, pas moins de 20 fois.", "fr") == []
    assert kinds("Ouverte 4 jours mais pas le week-end.", "Open 4 days but not the weekend.", "fr") == []


def test_french_jamais_without_ne_is_ever_and_pas_uniquement_is_not_only() -> None:
    assert negations("Le meilleur film jamais réalisé.", "fr") == []
    assert negations("Si elle a jamais été prise, elle est oubliée.", "fr") == []
    assert [m.text for m in negations("Il ne viendra jamais.", "fr")] == ["ne", "jamais"]
    assert [m.text for m in negations("Jamais je ne le ferai.", "fr")] == ["Jamais", "ne"]
    # "not just my experience", split around the verb
    assert negations("Et ce n’est pas uniquement mon expérience.", "fr") == []
    assert kinds("And that is not just my experience.", "Et ce n’est pas uniquement mon expérience.", "en", "fr") == []
    assert len(negations("Ce n’est pas mon expérience.", "fr")) == 1


def test_a_compound_made_with_no_is_no_negation() -> None:
    # "a no-confidence motion", "a no-fly zone" name things; "no-one" still negates
    assert [m.text for m in negations('We are no longer that, with every "no-confidence" motion.', "en")] == ["no"]
    assert negations("A no-fly zone was declared.", "en") == []
    assert [m.text for m in negations("No-one came.", "en")] == ["No"]


def test_a_not_a_questions_and_than_ever_are_not_negations() -> None:
    assert negations("我不知道你有没有意识到。", "zh") != []
    assert len(negations("我不知道你有没有意识到。", "zh")) == 1
    assert negations("Estados Unidos se muestra más firme que nunca.", "es") == []
    # "X, а не Y" is "X rather than Y": a negative word at most, never an explicit negation
    assert [m.cls for m in negations("Азия, а не Африка.", "ru")] == ["weak_negation"]


def test_czech_negated_verbs_and_names() -> None:
    # present-tense negated verbs the list misses excuse an English "not"; a name does not negate
    assert kinds("Krokodýl nežije v oceánu.", "The crocodile does not live in the ocean.", "cs") == []
    assert kinds("Krokodýl žije v oceánu.", "The crocodile does not live in the ocean.", "cs") == [
        ("negation", "added")
    ]
    assert negations("Neapol se ujala vedení.", "cs") == []
    assert kinds("Před Netanjahuovou vilou.", "Not in front of Netanyahu's villa.", "cs") == [("negation", "added")]


def test_hedges_rendered_by_another_construction() -> None:
    assert kinds("Vous pouvez consulter d'autres gouvernements.", "You may consult other governments.", "fr") == []
    assert (
        kinds("Jeśli oglądałeś film, możesz myśleć, że tak jest.", "If you watched it, you may think so.", "pl") == []
    )
    assert (
        kinds("Ziegen wurden anscheinend früh domestiziert.", "Goats seem to have been domesticated early.", "de") == []
    )
    assert (
        kinds("Se estima que fue causado por un incendio.", "It is believed to have been caused by fire.", "es") == []
    )
    assert kinds("Potresti trovarti in difficoltà.", "You may find yourself in trouble.", "it") == []
    assert kinds("Когда казалось, что она победила.", "When she seemed to have won.", "ru") == []
    assert kinds("Když se zdálo, že vyhrála.", "When she seemed to have won.", "cs") == []
    assert kinds("Když vyhrála.", "When she seemed to have won.", "cs") == [("hedge", "added")]


def test_japanese_may_and_must_endings_are_not_negations() -> None:
    assert negations("発表があるかもしれません。", "ja") == []
    assert [m.text for m in hedges("発表があるかもしれません。", "ja")][:1] == ["かもしれ"]
    assert negations("距離を保たなければいけません。", "ja") == []
    assert negations("距離を保たなければなりません。", "ja") == []
    assert negations("距離を保ちません。", "ja") != []


def test_more_hedges_and_negations_the_lexicons_missed() -> None:
    # Japanese "がなく" (there is no), "なりそうです" (looks likely); Polish "przypuszcza się", "ponoć"
    assert kinds("約100軒の家庭には電気がないことが報告されています。", "About 100 homes have no power.", "ja") == []
    assert kinds("家庭に水道がなく、困っている。", "Homes have no water and struggle.", "ja") == []
    assert kinds("家庭に水道があり、困っている。", "Homes have no water and struggle.", "ja") == [("negation", "added")]
    assert kinds("雨の時間が長くなりそうです。", "Rainfall is likely to be prolonged.", "ja") == []
    assert kinds("Przypuszcza się, że żyją w dziczy.", "They are believed to live in the wild.", "pl") == []
    assert kinds("Ponoć żyją w dziczy.", "They reportedly live in the wild.", "pl") == []
    assert kinds("Żyją w dziczy.", "They are believed to live in the wild.", "pl") == [("hedge", "added")]


def test_vietnamese_questions_and_chinese_idioms_are_not_negations() -> None:
    # "có ... không?" asks yes or no; "hay không" is "whether or not"
    assert negations("Ông có nghĩ rằng ông ấy nói sự thật với cả nước không?", "vi") == []
    assert negations("Họ sẽ quyết định hay không.", "vi") == []
    assert negations("Ông ấy không nói sự thật.", "vi")
    # 惊愕不已 "no end of dismay", 不无担忧 "not without worry", 那不勒斯 Naples
    for text in ("议员们对此惊愕不已。", "信中不无担忧。", "他加盟了那不勒斯。", "谈判停滞不前。"):
        assert negations(text, "zh") == [], text
    assert negations("他不能动。", "zh")


def test_russian_renderings_of_reportedly_and_apparently_are_hedges() -> None:
    pairs = [
        ("Yuan's family are reportedly negotiating with the market.", "Сообщается, что семья Юаня ведет переговоры."),
        ("Members are apparently suggesting other options.", "Судя по всему, члены предлагают другие варианты."),
        ("The siren was off, which likely cost lives.", "Сирена молчала, что, вероятнее всего, убило многих."),
    ]
    for en, ru in pairs:
        assert hedges(ru, "ru"), ru
        assert compare_modality(en, ru, "en", "ru") == [], ru


def test_a_negation_in_other_words_is_not_a_shift() -> None:
    # "no longer" rendered as "ceased to be", "ended in failure" as "did not crown with success"
    assert (
        kinds("Bars are no longer neighborhood living rooms.", "Бар перестал быть гостиной всего района.", "en", "ru")
        == []
    )
    assert (
        kinds(
            "The previous attempt to revamp its departments ended in failure.",
            "Предыдущие попытки обновить отделы не увенчались успехом.",
            "en",
            "ru",
        )
        == []
    )
    # a negation added outright still is one
    assert kinds("The attempt worked.", "Попытка не удалась.", "en", "ru") != []


def test_french_expletive_ne_step_and_ni() -> None:
    # the "ne" explétif after "avant que", "de peur que", a comparative: no negation
    assert negations("Avant que les portes de l’ascenseur ne se soient refermées, il a parlé.", "fr") == []
    assert negations("Il est parti de peur qu'on ne le reconnaisse.", "fr") == []
    assert negations("C'est plus grave qu'on ne le pensait.", "fr") == []
    # ... but with its "pas" it negates, and so does a plain "ne" without such a "que"
    assert negations("Avant que les portes ne soient pas fermées, il a parlé.", "fr")
    assert negations("Il ne cesse pas le travail et ne sait rien.", "fr")
    # "un grand pas vers" is a step; "ni oubli, ni pardon" is one negation
    assert negations("Trump l'a qualifiée de grand pas vers la dénucléarisation.", "fr") == []
    assert [m.text for m in negations("Ils scandaient « ni oubli, ni pardon ».", "fr")] == ["ni", "ni"]
    assert kinds("Ils scandaient « ni oubli, ni pardon ».", 'They chanted "No forgetting, no forgiveness".', "fr") == []
    assert kinds("Ils scandaient « vive la paix ».", 'They chanted "No forgetting, no forgiveness".', "fr") == [
        ("negation", "added")
    ]


def test_not_without_and_not_ceasing_assert() -> None:
    # "not without" and "does not stop doing" say that something is, or goes on
    assert negations("Не обошлось без столкновений.", "ru") == []
    assert negations("It was not without risk.", "en") == []
    assert negations("No deja de repetir que es terrible.", "es") == []
    assert negations("Elle ne cesse de répéter que c'est affreux.", "fr") == []
    assert negations("Она не перестаёт повторять это.", "ru") == []
    assert negations("She never stops talking.", "en") == []
    assert kinds("No deja de repetir “es terrible”.", "She keeps repeating 'it's so awful'.", "es") == []
    # a plain negation next to them still counts
    assert negations("No dejó la casa.", "es")
    assert negations("Он не пришёл без зонта, потому что не знал.", "ru")


def test_russian_until_concessive_ni_and_idioms() -> None:
    # ", пока мы не очистим" is "until we clear"; "как бы ... ни" is "however"; "как никогда" is "than ever"
    assert negations("Он будет сражаться, пока мы не очистим все территории.", "ru") == []
    assert negations("Санкции останутся до тех пор, пока Корея не разоружится.", "ru") == []
    assert [m.text for m in negations("Средств хватит ненадолго, как бы на то ни уповали лидеры.", "ru")] == [
        "ненадолго"  # "not for long": a negative word, not a negator
    ]
    assert negations("Этот вопрос важен как никогда.", "ru") == []
    # a sentence-initial "Пока ... не" or a bare ", пока не" is "not yet": a negation
    assert negations("Пока власти не комментируют ситуацию.", "ru")
    assert negations("Данные других каналов, пока не доступны.", "ru")
    # "свести на нет" (come to nothing), a clause-final "не так" (wrong) excuse a negation, not claim one
    assert kinds("Что-то пошло не так.", "Something has gone wrong.", "ru") == []
    assert kinds("Something hasn't gone right.", "Что-то пошло не так.", "en", "ru") == []
    # "неудивительно", "недолго думая": antonyms by the prefix не-, as un- words are
    assert kinds("It's not surprising that the district is flush.", "Неудивительно, что округ богат.", "en", "ru") == []
    assert kinds("I didn't think about it too much.", "Я, недолго думая, пробил.", "en", "ru") == []
    # ... but not a word that only begins like one, nor a name
    assert kinds("He came for a few weeks.", "Он приехал на несколько недель.", "en", "ru") == []
    assert kinds("I didn't think, said Netanyahu.", "Я подумал, сказал Нетаньяху.", "en", "ru") == [
        ("negation", "removed")
    ]


def test_spanish_n_words_after_a_negative_context_are_any() -> None:
    assert negations("El cerdo estaba encerrado para impedir que atacase a nadie más.", "es") == []
    assert negations("Lo sabe mejor que nadie.", "es") == []
    assert negations("Nadie lo sabe.", "es")
    assert negations("No lo vio nadie.", "es")


def test_either_or_also_not_and_lists_are_one_negation() -> None:
    # "不是 A，就是 B" is "either A or B"; "chẳng ... mà cũng chẳng" is "neither ... nor"
    assert negations("他们的领袖不是自我放逐，就是在押。", "zh") == []
    assert negations("他们的领袖不是自我放逐。", "zh")
    assert (
        kinds('"Today, there\'s neither."', "“Hôm nay, chẳng có nhà thờ mà cũng chẳng có quán bar.”", "en", "vi") == []
    )
    assert kinds("Today there is neither.", "今天既不是教堂也不是酒吧。", "en", "zh") == []
    # the same negator opening each item of a list
    assert kinds('They chanted "No forgetting, no forgiveness".', "他们高喊“绝不遗忘，绝不宽恕”。", "en", "zh") == []
    assert kinds("No forgetting, no forgiveness.", "Ni olvido ni perdón.", "en", "es") == []


def test_hedges_and_negative_words_the_lexicons_missed_in_ntrex() -> None:
    # "unlikely" is both a negative word and a hedge: "不太可能" renders it
    assert kinds("It is unlikely that they will join.", "他们不太可能加入。", "en", "zh") == []
    assert (
        kinds("It's likely that more people watched it.", "Es probable que más personas lo vieran.", "en", "es") == []
    )
    assert (
        kinds("Anyone who may have footage should call.", "Quien haya podido grabar algo debe llamar.", "en", "es")
        == []
    )
    assert kinds("He was arrested on suspicion of murder.", "一名涉嫌谋杀的男子被逮捕。", "en", "zh") == []
    assert kinds("Their style has scarcely changed.", "Их стиль практически не изменился.", "en", "ru") == []
    assert (
        kinds("Though rare, such attacks have been recorded.", "Dù không phổ biến, đã có ghi nhận.", "en", "vi") == []
    )
    assert kinds("Such attacks have been recorded.", "Dù không phổ biến, đã có ghi nhận.", "en", "vi") == [
        ("negation", "added")
    ]


def test_vietnamese_and_chinese_words_built_on_a_negator() -> None:
    # "chẳng hạn" is "for example", "kiểm soát không lưu" air traffic control, "đúng không?" a tag question
    assert negations("Ví dụ như năm 2020, chẳng hạn, giá đã tăng.", "vi") == []
    assert negations("Các kiểm soát viên không lưu đã đình công.", "vi") == []
    assert negations("Anh ấy đã đến, đúng không?", "vi") == []
    assert negations("Anh ấy không đến.", "vi")
    # idioms and a name built on 不: tenacious, outspoken, almost, Bremen
    for text in ("他坚韧不拔。", "她直言不讳地批评了政府。", "战争差不多已经结束。", "他加盟了不来梅。"):
        assert negations(text, "zh") == [], text
    # "而不是" (rather than) is a negative word, as "rather than" is
    assert (
        kinds("China regards them as migrants rather than refugees.", "中国将他们视为移民，而不是难民。", "en", "zh")
        == []
    )
    assert kinds("China regards them as migrants.", "中国不将他们视为移民。", "en", "zh") == [("negation", "added")]


def test_without_negators_takes_each_negation_out() -> None:
    assert without_negators("Члены Ассамблеи не хотят «походить на маппетов»", "ru") == [
        "Члены Ассамблеи хотят «походить на маппетов»"
    ]
    assert without_negators("They don't care who they hurt.", "en") == ["They do care who they hurt."]
    assert without_negators("Il ne veut pas partir, il n'a jamais voulu.", "fr") == [
        "Il veut partir, il n'a jamais voulu.",
        "Il ne veut pas partir, il a voulu.",
    ]
    assert without_negators("他不想去。", "zh") == ["他想去。"]
    # negative concord: "никто не" is one negation, so one variant
    assert len(without_negators("Никто не пришёл.", "ru")) == 1
    assert without_negators("Everyone came.", "en") == []


# Across languages, with the model: a negation stands only if the sentence reads closer to the other
# side without it (NTREX en->ru human translations; DEMETR-style inserted "not").


def _negation_found(embedder: object | None, src: str, ls: str, der: str, ld: str) -> bool:
    comp = Comparison(one(src, ls), one(der, ld), Alignment((Bead((0,), (0,), 1.0),)), embedder)  # type: ignore[arg-type]
    return any("negation" in f.message for f in ModalityDetector().detect(comp))


@pytest.mark.parametrize(
    ("src", "der"),
    [
        (
            "Road closures and bus diversions are in place and motorists have been advised to avoid the area.",
            "А пока на месте происшествия перекрыты дороги и изменен маршрут автобусов: автомобилистов просят "
            "не заезжать в этот район.",
        ),
        (
            "It is intolerant of those who speak their minds",
            "Она не проявляет толерантность к тем, кто высказывает свое мнение",
        ),
        # the negation on the source side ("not guilty" -> "отрицает свою вину", denies his guilt)
        (
            "He has pleaded not guilty to the 22-count indictment.",
            "Он отрицает свою вину по всем 22 пунктам обвинительного заключения.",
        ),
    ],
)
def test_a_negated_paraphrase_is_not_a_negation_change(embedder: object, src: str, der: str) -> None:
    # without the model the counting alone reports it
    assert _negation_found(None, src, "en", der, "ru")
    assert not _negation_found(embedder, src, "en", der, "ru")


@pytest.mark.parametrize(
    ("src", "ls", "der"),
    [
        ("Полиция задержала подозреваемого в понедельник.", "ru", "Police did not detain the suspect on Monday."),
        ("Le ministre a confirmé la fermeture de l'usine.", "fr", "The minister did not confirm the plant's closure."),
        ("Die Regierung hat das Gesetz verabschiedet.", "de", "The government has not passed the law."),
        ("政府批准了这项计划。", "zh", "The government did not approve the plan."),
    ],
)
def test_a_negation_added_across_languages_stands(embedder: object, src: str, ls: str, der: str) -> None:
    assert _negation_found(embedder, src, ls, der, "en")
    # and the other way round: the negation removed
    assert _negation_found(embedder, der, "en", src, ls)


@pytest.mark.parametrize(
    ("source", "lang"),
    [
        ("La fédération estime que les pertes pourraient atteindre 120 millions d'euros.", "fr"),
        ("Der Verband schätzt, dass die Verluste 120 Millionen Euro erreichen könnten.", "de"),
        ("La federación estima que las pérdidas podrían alcanzar 120 millones de euros.", "es"),
        ("Федерация считает, что потери могут достичь 120 миллионов евро.", "ru"),
        ("Liên đoàn ước tính thiệt hại có thể lên tới 120 triệu euro.", "vi"),
    ],
)
def test_a_conditional_made_will_is_a_hedge_dropped(source: str, lang: str) -> None:
    certain = "The federation estimates that losses will reach 120 million euros."
    (shift,) = compare_modality(source, certain, lang, "en")
    assert (shift.marker, shift.change, shift.severity) == ("hedge", "removed", "medium")
    assert "will reach" in (shift.derived_span or "")
    # the faithful renderings keep a hedge of some strength, and a plain verb is not "will"
    assert kinds(source, "The federation estimates that losses could reach 120 million euros.", lang) == []
    assert kinds(source, "The federation estimates that losses are expected to reach 120 million euros.", lang) == []
    # the other way round: an English "will" rendered as a possibility is a hedge added
    assert kinds(certain, source, "en", lang) == [("hedge", "added")]


def test_will_in_another_clause_or_as_a_noun_is_no_certainty() -> None:
    # "will ensure" opens the sentence; the possibility sits in a relative clause at its end
    src = "Мы позаботимся о том, чтобы они ответили за все свои действия, которые могут быть опасными."
    assert kinds(src, "We will ensure that they answer for all of their actions that are dangerous.", "ru") == []
    # the noun, and an English plan or hope that a conditional translates
    assert kinds("Le projet pourrait échouer.", "The political will to save the project fails.", "fr") == []
    assert (
        kinds("Willoughby devrait devenir ambassadrice.", "Willoughby is to become an ambassador and will host.", "fr")
        == []
    )
    assert (
        kinds("Les résultats pourraient éclairer le débat.", "It is hoped the results will inform the debate.", "fr")
        == []
    )
    # the present "peut" is as often ability ("can") as possibility: not read here
    assert kinds("Le musée peut accueillir 300 visiteurs.", "The museum will welcome 300 visitors.", "fr") == []


def test_arabic_hedges_and_negations() -> None:
    found = [(m.cls, m.text) for m in markers("قال مسؤولون إن عدد القتلى قد يرتفع ولم يتسن التحقق", "ar")]
    assert found == [("epistemic", "قد يرتفع"), ("negation", "ولم")]
    assert markers("قد نزحوا", "ar") == []  # "قد" before a past verb is "have", not "may"
    assert [m.cls for m in markers("قد لا تتوفر", "ar")] == ["epistemic", "negation"]  # may not
    assert markers("لا يزال الوضع صعبا", "ar") == []  # "still", no negation


def test_arabic_hedge_dropped_and_kept_across_languages() -> None:
    english = "Officials said the death toll may rise."
    assert kinds(english, "وقال مسؤولون إن عدد القتلى سيرتفع.", "en", "ar") == [("hedge", "removed")]
    assert kinds(english, "وقال مسؤولون إن عدد القتلى قد يرتفع.", "en", "ar") == []
    assert kinds("Sims was not 20.", "لم يكن سيمز في العشرين.", "en", "ar") == []
    assert kinds("Sims was not 20.", "كان سيمز في العشرين.", "en", "ar") == [("negation", "removed")]


def test_kazakh_and_uzbek_negation_is_a_suffix_of_the_verb() -> None:
    assert [(m.cls, m.text) for m in markers("Құтқарушылар оны тапқан жоқ, ол табылмады", "kk")] == [
        ("negation", "жоқ"),
        ("negation", "табылмады"),
    ]
    # positive verbs whose stem ends like the negative morpheme: "табады" (finds), "қамауға" (into custody)
    assert markers("Полиция оны табады да, қамауға алады", "kk") == []
    assert [m.text for m in markers("Vazir bu haqda hech narsa demadi", "uz")] == ["hech narsa", "demadi"]
    assert markers("Shunga qaramay, u ketdi", "uz") == []  # "despite that": no negation
    # the deletion test takes the morpheme out, not the verb
    assert without_negators("Вакцина жеткізілмейді", "kk") == ["Вакцина жеткізіледі"]
    assert without_negators("U e'lon qilmadi", "uz") == ["U e'lon qildi"]


def test_kazakh_and_uzbek_hedges_across_languages() -> None:
    english = "The death toll may rise."
    assert kinds(english, "Қаза тапқандар саны артады.", "en", "kk") == [("hedge", "removed")]
    assert kinds(english, "Қаза тапқандар саны артуы мүмкін.", "en", "kk") == []
    assert kinds(english, "Halok bo'lganlar soni ortadi.", "en", "uz") == [("hedge", "removed")]
    assert kinds(english, "Halok bo'lganlar soni ortishi mumkin.", "en", "uz") == []
    assert kinds("The bridge was not damaged.", "Көпір зақымдалмаған.", "en", "kk") == []
    assert kinds("The bridge was not damaged.", "Көпір зақымдалған.", "en", "kk") == [("negation", "removed")]
    assert kinds("The bridge was not damaged.", "Ko'prik shikastlanmagan.", "en", "uz") == []
    assert kinds("The bridge was not damaged.", "Ko'prik shikastlangan.", "en", "uz") == [("negation", "removed")]


def test_ukrainian_negations_and_their_look_alikes() -> None:
    assert [m.text for m in markers("Рі нічого не сказав", "uk")] == ["нічого", "не"]
    assert markers("Що б не сталося, ми підемо", "uk") == []  # concessive: whatever happens
    assert markers("Доки ми не очистимо місто", "uk") == []  # "until"
    assert [m.text for m in markers("Поки що не відомо", "uk")] == ["не"]  # "so far not": a negation
    assert markers("Нещодавно він приїхав, незалежно від погоди", "uk") == []  # recently, regardless
    assert [m.cls for m in markers("Це неможливо", "uk")] == ["weak_negation"]


def test_ukrainian_hedges_across_languages() -> None:
    english = "The death toll may rise."
    assert kinds(english, "Кількість загиблих зросте.", "en", "uk") == [("hedge", "removed")]
    assert kinds(english, "Кількість загиблих може зрости.", "en", "uk") == []
    assert kinds("He reportedly left.", "Він, за повідомленнями, поїхав.", "en", "uk") == []
    assert kinds("The bridge was not damaged.", "Міст не пошкоджено.", "en", "uk") == []
    assert kinds("The bridge was not damaged.", "Міст пошкоджено.", "en", "uk") == [("negation", "removed")]
    # the adjective "likely" in Ukrainian is a hedge's kin too
    assert kinds('58% of "likely" voters', "58% «імовірних» виборців", "en", "uk") == []


def test_the_adjective_likely_is_a_hedges_kin_in_russian_too() -> None:
    assert kinds('58% of "likely" voters', "58% «вероятных» избирателей", "en", "ru") == []
    assert markers("невероятно красиво", "ru") == []  # "incredibly": no hedge


def test_portuguese_negations_and_hedges() -> None:
    assert [m.text for m in markers("Ele não disse nada", "pt")] == ["não", "nada"]
    assert markers("Não só ele, mas ela também", "pt") == []  # "not only"
    assert markers("Ele não deixou de falar", "pt") == []  # "kept on talking"
    assert markers("O segundo jogo foi adiado", "pt") == []  # "second", not "according to"
    assert [m.cls for m in markers("Segundo a pesquisa, ele venceu", "pt")] == ["modal"]
    english = "The death toll may rise."
    assert kinds(english, "O número de mortos vai subir.", "en", "pt") == [("hedge", "removed")]
    assert kinds(english, "O número de mortos pode subir.", "en", "pt") == []
    assert kinds("The bridge was not damaged.", "A ponte não foi danificada.", "en", "pt") == []
    assert kinds("The bridge was not damaged.", "A ponte foi danificada.", "en", "pt") == [("negation", "removed")]
    # the conditional of reported speech excuses "reportedly"
    assert kinds("They are reportedly inclined to wait.", "Eles estariam inclinados a esperar.", "en", "pt") == []


def test_indonesian_negations_and_hedges() -> None:
    assert [m.text for m in markers("Ri tidak menyinggung rencana itu", "id")] == ["tidak"]
    assert markers("Tidak hanya dia, tetapi juga mereka", "id") == []  # "not only"
    assert [m.cls for m in markers("Itu tidak mungkin", "id")] == ["weak_negation"]  # "impossible"
    english = "The death toll may rise."
    assert kinds(english, "Jumlah korban tewas akan bertambah.", "en", "id") == [("hedge", "removed")]
    assert kinds(english, "Jumlah korban tewas mungkin bertambah.", "en", "id") == []
    assert kinds("The bridge was not damaged.", "Jembatan itu tidak rusak.", "en", "id") == []
    assert kinds("The bridge was not damaged.", "Jembatan itu rusak.", "en", "id") == [("negation", "removed")]


def test_turkish_negations_and_their_look_alikes() -> None:
    assert [m.text for m in markers("Komisyon açıklama yapmadı", "tr")] == ["yapmadı"]  # the suffix -ma-
    assert markers("Açıklaması çok netti", "tr") == []  # the verbal noun's -ma is no negation
    assert [m.kind for m in markers("Onun yapması gerekiyor", "tr")] == ["hedge"]  # "he has to do it"
    assert [m.kind for m in markers("Yapmaması gerekiyor", "tr")] == ["negation", "hedge"]  # doubled: "not doing"
    assert markers("Ramazan ayında Yılmaz geldi", "tr") == []
    assert markers("Bu sadece bir sorun değil, bir trajedi", "tr") == []  # "not only"
    assert without_negators("Komisyon açıklama yapmadı.", "tr") == ["Komisyon açıklama yaptı."]
    assert without_negators("Bunu yapmıyor.", "tr") == ["Bunu yapıyor."]
    assert without_negators("Bunu yapmayacak.", "tr") == ["Bunu yapacak."]


def test_turkish_hedges_across_languages() -> None:
    english = "The bridge was not damaged."
    assert kinds(english, "Köprü hasar görmedi.", "en", "tr") == []
    assert kinds(english, "Köprü hasar gördü.", "en", "tr") == [("negation", "removed")]
    english = "A crossbow may also have been fired at the car."
    assert kinds(english, "Araca tatar yayıyla da ateş edilmiş olabilir.", "en", "tr") == []
    assert kinds(english, "Araca tatar yayıyla da ateş edildi.", "en", "tr") == [("hedge", "removed")]


def test_deadlines_answers_and_out_of_danger_are_no_negation_change() -> None:
    assert negations("The vote will take place no later than Friday.", "en") == []
    assert (
        kinds(
            "The vote will take place no later than Friday.",
            "Die Abstimmung findet spätestens Freitag statt.",
            "en",
            "de",
        )
        == []
    )
    for text, lang in [
        ("Голосование пройдёт не позднее пятницы.", "ru"),
        ("Cuộc bỏ phiếu sẽ diễn ra không muộn hơn thứ Sáu.", "vi"),
        ("投票将不迟于周五举行。", "zh"),
        ("Die Wahl findet nicht später als Freitag statt.", "de"),
        ("La votación será no más tarde del viernes.", "es"),
    ]:
        assert negations(text, lang) == [], text
    # "No," answers as "Nein," and "Нет," do
    assert kinds("No, uh no, I wait one.", "Nein, äh nein, ich warte.", "en", "de") == []
    assert kinds("No, uh no, I wait one.", "Нет, нет, я жду.", "en", "ru") == []
    # out of the risk: not exposed to it
    src = "For those out of flash flood risk, the rain may be a blessing."
    der = "Pour les régions qui ne sont pas exposées aux risques de crue, la pluie pourrait être salutaire."
    assert kinds(src, der, "en", "fr") == []
    assert kinds("For those in flash flood risk, the rain may be a blessing.", der, "en", "fr") == [
        ("negation", "added")
    ]
    # prevented from going: not let go
    src = "Aid workers were being prevented from traveling to Palu."
    assert kinds(src, "Специалистам не удалось попасть в Палу.", "en", "ru") == []
    assert kinds("Aid workers were traveling to Palu.", "Специалистам не удалось попасть в Палу.", "en", "ru") != []
    # Chinese idioms: extraordinary, no problem (O.K.)
    assert negations("具有不凡记录的法官", "zh") == [] and negations("“没问题，这是全国性灾难”", "zh") == []


@pytest.mark.parametrize(
    ("derived", "lang"),
    [
        ("Les régions devraient enregistrer 5 cm de pluie.", "fr"),
        ("Las regiones deberían registrar 5 cm de lluvia.", "es"),
        ("As regiões deveriam registrar 5 cm de chuva.", "pt"),
        ("Le regioni dovrebbero registrare 5 cm di pioggia.", "it"),
        ("该地区或将迎来5厘米的降雨。", "zh"),
    ],
)
def test_should_in_the_conditional_renders_likely(derived: str, lang: str) -> None:
    assert kinds("The regions are likely to get 2 inches of rain.", derived, "en", lang) == []
    assert [m.cls for m in hedges(derived, lang)] == ["modal"]
