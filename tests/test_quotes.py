"""Quotations: every language's marks, nesting, and the changes between two texts."""

from __future__ import annotations

import pytest

from provenance.core import Alignment, Bead, Document, Sentence
from provenance.detect import Comparison
from provenance.detect.modality import compare_modality
from provenance.detect.quotes import QuoteDetector, compare_quotes, find_quotes
from provenance.report.demo import make_document


def one(text: str, lang: str) -> Document:
    return Document(text=text, sentences=(Sentence(0, text, 0, len(text), lang, 0),), lang=lang)


@pytest.mark.parametrize(
    "text",
    [
        "He said “we will come” today.",
        "He said ‘we will come’ today.",
        "Er sagte „we will come“ heute.",
        "Er sagte „we will come” heute.",
        "Il a dit « we will come » hier.",
        "Il a dit ‹we will come› hier.",
        "Er sagte »we will come« heute.",
        "彼は「we will come」と言った。",
        "彼は『we will come』と言った。",
        'He said "we will come" today.',
        "He said 'we will come' today.",
        # mixed marks, as text pasted from two editors leaves them
        'He said “we will come" today.',
        'He said "we will come” today.',
    ],
)
def test_every_quote_style(text: str) -> None:
    assert [q.text for q in find_quotes(text)] == ["we will come"]


def test_nested_quotes_keep_their_depth() -> None:
    quotes = find_quotes("He said “she told me ‘no’ twice” today.")
    assert [(q.text, q.depth) for q in quotes] == [("she told me ‘no’ twice", 0), ("no", 1)]
    quotes = find_quotes("Он сказал «да „нет“ да».")
    assert [(q.text, q.depth) for q in quotes] == [("да „нет“ да", 0), ("нет", 1)]


def test_apostrophes_are_not_quotes() -> None:
    assert find_quotes("Don't touch John's car, it's the students' car.") == []
    assert [q.text for q in find_quotes("She said 'we won't go' then.")] == ["we won't go"]


def test_a_closing_straight_quote_with_nothing_open() -> None:
    # opening it would quote the rest of the sentence; a mistyped apostrophe (NTREX English) opens nothing
    assert find_quotes('Holly Willoughby has left Dragons" Den star Peter Jones fuming.') == []
    # after punctuation it ends a quote begun before the sentence: the quote is the text up to it
    assert [q.text for q in find_quotes('And that is all," he said. It was late.')] == ["And that is all,"]
    assert [q.text for q in find_quotes('Others of the sort", he summed up.')] == ["Others of the sort"]
    assert [q.text for q in find_quotes('他们完了"。记者随后离开。')] == ["他们完了"]
    # curly closers of a quote begun sentences earlier: German „…“, Vietnamese “…”, French « … »
    assert [q.text for q in find_quotes("Ein Lagerhaus wartet darauf, verkauft zu werden.“")] == [
        "Ein Lagerhaus wartet darauf, verkauft zu werden."
    ]
    assert [q.text for q in find_quotes("Có một kho hàng đã sẵn sàng.”")] == ["Có một kho hàng đã sẵn sàng."]
    assert [q.text for q in find_quotes("Tout est prêt. » Il est parti.")] == ["Tout est prêt."]
    # not back past a quote closed earlier in the sentence
    quotes = find_quotes('"Yes," he said, and then: no more."')
    assert [q.text for q in quotes] == ["Yes,", "he said, and then: no more."]
    # a misplaced opener still pairs with the mark after it
    assert [q.text for q in find_quotes('Il Nord contiene" nichel, zinco e oro".')] == ["nichel, zinco e oro"]
    # openers still open, after a space, a colon or a bracket, or between Chinese characters
    assert [q.text for q in find_quotes('He said: "we will leave" and left.')] == ["we will leave"]
    assert [q.text for q in find_quotes('("No comment") was all.')] == ["No comment"]
    assert [q.text for q in find_quotes('他说"我们会离开"。')] == ["我们会离开"]
    assert [q.text for q in find_quotes('The minister said "we will')] == ["we will"]  # open to the end


def test_the_end_of_a_quote_begun_earlier_is_not_dropped_across_languages() -> None:
    # the English closes a quote opened two sentences up; the German translator moved the marks
    src = 'His whole clavicle was ripped open," Hammel said he noticed once he got to the boy.'
    der = "Als Hammel bei dem Jungen ankam, stellte er fest, dass sein Schlüsselbein aufgerissen war."
    (q,) = find_quotes(src)
    assert q.continued and q.text == "His whole clavicle was ripped open,"
    assert compare_quotes(src, der, "en", "de") == []
    # within one language its words are still compared
    changed = 'His whole arm was ripped open," Hammel said he noticed once he got to the boy.'
    assert [c.message.split(":")[0] for c in compare_quotes(src, changed, "en", "en")] == ["quote changed"]


def test_offsets_point_into_the_text() -> None:
    text = "Il a dit « on verra » hier."
    (q,) = find_quotes(text)
    assert text[q.start : q.end] == q.text == "on verra"


def test_quoted_words_changed_same_language() -> None:
    (c,) = compare_quotes("He said “we will not go”.", 'He said "We will go."', "en", "en")
    assert c.severity == "high"
    assert c.message.startswith("quote changed: “we will not go” -> “We will go.”")
    assert "negation removed" in c.message


def test_only_case_punctuation_and_marks_differ() -> None:
    assert compare_quotes("He said “we will go”.", 'He said "We will go!"', "en", "en") == []


def test_paraphrase_turned_into_a_direct_quote_is_high() -> None:
    (c,) = compare_quotes("He said they would not go.", "He said “they would not go”.", "en", "en")
    assert c.severity == "high" and c.message.startswith("paraphrase turned into a direct quote")


def test_quote_dropped_and_introduced_across_languages() -> None:
    (c,) = compare_quotes("Er sagte: „Wir werden morgen nicht kommen“.", "He said they would not come.", "de", "en")
    assert c.message.startswith("quote dropped") and c.derived is None
    (c,) = compare_quotes("Он сказал, что они не придут завтра.", "He said: “We will not come tomorrow.”", "ru", "en")
    assert c.message.startswith("quote introduced") and c.severity == "high"


def test_short_titles_may_lose_their_marks_across_languages() -> None:
    assert compare_quotes("Er half bei „Die Simpsons“ mit.", "He helped with The Simpsons.", "de", "en") == []


def test_negation_inside_a_quote_across_languages() -> None:
    # the sentences balance (one negation each): only the quote shows that it lost its negation
    src, der = "Он сказал: «Мы не пойдём туда завтра».", "He did not say: “We will go there tomorrow.”"
    assert compare_modality(src, der, "ru", "en") == []
    (c,) = compare_quotes(src, der, "ru", "en")
    assert "negation removed" in c.message and c.severity == "high"


def test_a_shift_the_whole_sentence_shows_is_reported_once_by_the_modality_detector() -> None:
    src, der = "Он сказал: «Мы не пойдём туда завтра».", "He said: “We will go there tomorrow.”"
    assert compare_quotes(src, der, "ru", "en") == []
    assert [(s.marker, s.change) for s in compare_modality(src, der, "ru", "en")] == [("negation", "removed")]


def test_detector_finding() -> None:
    comp = Comparison(
        one("He said “we will not go”.", "en"), one("He said “we will go”.", "en"), Alignment((Bead((0,), (0,)),))
    )
    (f,) = list(QuoteDetector().detect(comp))
    assert f.kind == "altered_quote" and f.detector == "quotes"
    assert f.source_span == "we will not go" and f.derived_span == "we will go"
    assert comp.derived.text[slice(*f.derived_range)] == "we will go"


def test_ranges_across_a_two_sentence_bead() -> None:
    text = "The vote was held. He said “we will not go”."
    sents = (Sentence(0, text[:18], 0, 18, "en", 0), Sentence(1, text[19:], 19, len(text), "en", 0))
    src = Document(text=text, sentences=sents, lang="en")
    der = one("The vote was held and he said “we will go”.", "en")
    (f,) = list(QuoteDetector().detect(Comparison(src, der, Alignment((Bead((0, 1), (0,)),)))))
    assert src.text[slice(*f.source_range)] == f.source_span == "we will not go"


def test_quoted_title_set_as_a_name_is_not_a_dropped_quote() -> None:
    # translators drop the marks around an organisation's name and capitalise it instead
    src = 'Según Dmitri Kislov de la ONG "El derecho a las armas", una pistola se puede adquirir.'
    assert (
        compare_quotes(
            src, "According to Dmitry Kislov from the Rights to Weapons group, a gun can be bought.", "es", "en"
        )
        == []
    )
    # the name dropped altogether, or real speech dropped, is still reported
    (change,) = compare_quotes(src, "According to Dmitry Kislov from a group, a gun can be bought.", "es", "en")
    assert change.message.startswith("quote dropped")
    speech = "«Nunca vamos a negociar con ellos», dijo Santos en Bogotá."
    assert compare_quotes(speech, "Santos said in Bogotá that they would negotiate with the Rebel Army.", "es", "en")


def doc(texts: list[str], lang: str) -> Document:
    return make_document([(t, lang) for t in texts], lang)


def test_marks_of_a_quote_over_several_sentences_placed_apart_across_languages() -> None:
    # English opens the quote in sentence 0 and closes it in 2; the French translator reopens « in 1
    src = doc(
        [
            'The director said: "We have changed the look of all our beauty aisles.',
            "We have also invested in specially trained colleagues who will offer advice.",
            'Our brands suit every need and every customer."',
        ],
        "en",
    )
    der = doc(
        [
            "Le directeur a annoncé que l’apparence de tous les rayons de beauté a été modifiée.",
            "« Nous avons également investi dans des formations pour que notre personnel offre des conseils.",
            "Nos marques répondent à tous les besoins et à tous les clients », a-t-il ajouté.",
        ],
        "fr",
    )
    aligned = Alignment(tuple(Bead((i,), (i,)) for i in range(3)))
    messages = [f.message for f in QuoteDetector().detect(Comparison(src, der, aligned))]
    # the quote turned into reported speech in sentence 0 is a real change and is kept
    assert len(messages) == 1 and messages[0].startswith("quote dropped: “We have changed")
    # the same sentences one by one, with no neighbours, still see the mark in sentence 1 as new
    assert compare_quotes(src.sentences[1].text, der.sentences[1].text, "en", "fr")


def test_thousands_separated_by_a_space_are_one_number() -> None:
    src = '"Instead of 10,000 people outside, we would have 200," he said.'
    der = "« Au lieu de 10 000 personnes dehors, nous en aurions 200 », a-t-il dit."
    assert compare_quotes(src, der, "en", "fr") == []
    changed = compare_quotes(src, der.replace("10 000", "12 000"), "en", "fr")
    assert [c.message.split("(")[-1] for c in changed] == ["numbers 10000, 200 -> 12000, 200)"]


def test_chinese_quotes_set_with_reversed_or_doubled_marks() -> None:
    # ”…“ and ”…": a Chinese translator's reversed marks still quote the words between them
    text = "它在信中表示，主教教区”会寻求将费用转嫁给“教区委员会，尽管后者并未参与。"
    assert [q.text for q in find_quotes(text)] == ["会寻求将费用转嫁给"]
    assert [q.text for q in find_quotes('或匿名拨打”阻止犯罪"热线 0800 555 111 ，联系时请引述日志。')] == ["阻止犯罪"]
    # a closing ” between two sentences of a longer quote opens nothing
    assert [q.text for q in find_quotes("他说：“走吧。”他又补充说：“快点。”")] == ["走吧。", "快点。"]
    assert find_quotes("他说完了。”他又补充说：别走") == []
    # “" doubles the opening mark: the quote runs to the closing ”
    (q,) = find_quotes('“"Tôi thấy Kante đang lao đến nên sút ngay.”')
    assert q.text == "Tôi thấy Kante đang lao đến nên sút ngay."
    src = '"I saw Kante coming and just took the shot on."'
    assert compare_quotes(src, '“"Tôi thấy Kante đang lao đến nên sút ngay.”', "en", "vi") == []


def test_numbers_in_quotes_are_compared_as_values_across_languages() -> None:
    src = '"Instead of 10,000 people outside, we\'d have about 200 people," Trump said.'
    assert (
        compare_quotes(src, "«Вместо 10 тысяч человек на улице здесь было бы 200 человек», — сказал Трамп.", "en", "ru")
        == []
    )
    assert compare_quotes(src, "“我们只让大约 200 人站在这里，而不是让外面的1万人挤进来，”特朗普说。", "en", "zh") == []
    (c,) = compare_quotes(src, "“我们只让大约 200 人站在这里，而不是让外面的2万人挤进来，”特朗普说。", "en", "zh")
    assert "numbers" in c.message


def test_a_name_set_in_quotes_is_not_an_introduced_quote() -> None:
    src = "Ford told the Senate Judiciary Committee that she's 100 percent certain."
    assert compare_quotes(src, "福特告诉“参议院司法委员会”，她百分之百确定。", "en", "zh") == []
    src = "The Government of Wales Act 2017 gave the Welsh assembly the power to change its name."
    assert compare_quotes(src, "“威尔士政府 2017 年法案”赋予国民议会更改其名称的权力。", "en", "zh") == []
    # words someone says, or a quote where the source names nobody, are still introduced
    (c,) = compare_quotes(
        "Ford told the Senate Judiciary Committee she was sure.",
        "福特告诉参议院司法委员会“我非常确定这件事”。",
        "en",
        "zh",
    )
    assert "introduced" in c.message
    (c,) = compare_quotes(
        "She told the committee she was sure about it.", "她告诉“参议院司法委员会”她很确定。", "en", "zh"
    )
    assert "introduced" in c.message


def test_a_chinese_quoted_name_the_translation_writes_as_a_name_is_not_a_dropped_quote() -> None:
    src = "李开复表示，中国“国家自然科学基金委员会”向学术机构人员提供资金，但是中国的学术工作质量较低。"
    der = "China's National Natural Science Foundation provides funding to people at academic institutions, Lee said."
    assert compare_quotes(src, der, "zh", "en") == []
    # someone's words dropped are still a dropped quote, and so is a name the translation leaves out
    speech = "他说：“我们永远不会同他们谈判，这是我们的底线，任何时候都不会改变。”"
    assert compare_quotes(speech, "He said the Rebel Army would never be part of a deal.", "zh", "en") != []
    gone = "中国“国家自然科学基金委员会”向学术机构人员提供资金。"
    assert compare_quotes(gone, "China provides funding to people at academic institutions.", "zh", "en") != []
