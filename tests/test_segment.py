from __future__ import annotations

from pathlib import Path

import pytest

from provenance.core import Document, Sentence
from provenance.segment import segment, split_sentences

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def texts(paragraph: str, lang: str) -> list[str]:
    return [paragraph[a:b] for a, b in split_sentences(paragraph, lang)]


def assert_covers(paragraph: str, spans: list[tuple[int, int]]) -> None:
    """Every non-space character lies in exactly one span; spans are ordered and trimmed."""
    owner = [0] * len(paragraph)
    for a, b in spans:
        assert paragraph[a:b] == paragraph[a:b].strip()
        for i in range(a, b):
            owner[i] += 1
    for i, ch in enumerate(paragraph):
        if not ch.isspace():
            assert owner[i] == 1, (i, ch)
    assert spans == sorted(spans)


def test_english_abbreviations_and_decimals() -> None:
    p = "Dr. Smith moved to the U.S. in 2019. Prices rose 2.5 percent. Then he left."
    assert texts(p, "en") == [
        "Dr. Smith moved to the U.S. in 2019.",
        "Prices rose 2.5 percent.",
        "Then he left.",
    ]


def test_german_abbreviation() -> None:
    p = "Das gilt z.B. für Berlin. Es regnet."
    assert texts(p, "de") == ["Das gilt z.B. für Berlin.", "Es regnet."]


def test_russian_abbreviation() -> None:
    p = "Он приехал, т.е. вернулся домой. Потом уехал."
    assert texts(p, "ru") == ["Он приехал, т.е. вернулся домой.", "Потом уехал."]


def test_vietnamese_titles_and_city() -> None:
    p = "TS. Nguyễn Văn An đến TP.HCM hôm qua. Ông nói mọi việc ổn. PGS.TS. Lê Bình đồng ý."
    assert texts(p, "vi") == [
        "TS. Nguyễn Văn An đến TP.HCM hôm qua.",
        "Ông nói mọi việc ổn.",
        "PGS.TS. Lê Bình đồng ý.",
    ]


def test_ellipsis_inside_sentence() -> None:
    p = "He waited... and waited. Nothing came."
    assert texts(p, "en") == ["He waited... and waited.", "Nothing came."]


def test_closing_quotes_stay_with_their_sentence() -> None:
    assert texts('He said "Stop." Then he left.', "en") == ['He said "Stop."', "Then he left."]
    assert texts("She wrote “Done.” Nobody replied.", "en") == ["She wrote “Done.”", "Nobody replied."]
    p = "„Heute gibt es beides nicht mehr.“ Er ging."
    assert texts(p, "de") == ["„Heute gibt es beides nicht mehr.“", "Er ging."]
    p = "Il a dit : « C’est fini. » Puis il est parti."
    assert texts(p, "fr") == ["Il a dit : « C’est fini. »", "Puis il est parti."]


def test_quote_followed_by_lowercase_continues() -> None:
    assert texts('"Why?" he asked. She shrugged.', "en") == ['"Why?" he asked.', "She shrugged."]


def test_french_opening_guillemet_starts_next_sentence() -> None:
    p = "Il le dit. «\u00a0Je pars.\u00a0» Il part."
    assert texts(p, "fr")[0] == "Il le dit."


def test_no_break_space_binds() -> None:
    p = "Viajó a EE.\u00a0UU. la semana pasada. Volvió ayer."
    assert texts(p, "es") == ["Viajó a EE.\u00a0UU. la semana pasada.", "Volvió ayer."]


def test_chinese_and_japanese_without_spaces() -> None:
    assert texts("这是一支笔。那是一本书！你好吗？", "zh") == ["这是一支笔。", "那是一本书！", "你好吗？"]
    assert texts("「行くよ。」彼は言った。雨だ。", "ja") == ["「行くよ。」", "彼は言った。", "雨だ。"]
    # a quotation followed by the particle と is part of the sentence that quotes it
    assert texts("「危険です。」と担当者は述べた。電車は運休した。", "ja") == [
        "「危険です。」と担当者は述べた。",
        "電車は運休した。",
    ]


def test_arabic_question_mark() -> None:
    p = "هل ستأتي غدا؟ نعم سأحضر. شكرا لك!"
    assert texts(p, "ar") == ["هل ستأتي غدا؟", "نعم سأحضر.", "شكرا لك!"]


def test_kazakh_and_uzbek_split() -> None:
    kk = "Ұлттық банк мөлшерлемені төмендетті. Сарапшылар бағам тұрақты болады дейді."
    assert len(texts(kk, "kk")) == 2
    uz = "Markaziy bank stavkani pasaytirdi. Mutaxassislar kurs barqaror bo‘ladi deydi."
    assert len(texts(uz, "uz")) == 2


@pytest.mark.parametrize(
    ("paragraph", "lang"),
    [
        ("  Leading spaces. And   inner\tspace!  Trailing?   ", "en"),
        ("Wow!!! Really?! Yes... ” — ", "en"),
        ("。。。「」", "zh"),
        ("ประโยคภาษาไทยที่ค่อนข้างยาวมากพอสมควร ประโยคที่สองก็ยาวพอสมควรเช่นกันนะครับ", "th"),
        ("No punctuation at all here", "xx"),
        ("", "en"),
    ],
)
def test_never_loses_characters(paragraph: str, lang: str) -> None:
    assert_covers(paragraph, split_sentences(paragraph, lang))


def test_document_offsets_on_crlf_and_leading_spaces() -> None:
    text = "   Title of the story\r\n\r\n  First sentence here. Second one follows.\r\n\r\nLast paragraph.\r\n"
    doc = segment(text)  # Document.__post_init__ checks text[start:end] == sentence.text
    assert doc.texts == ["Title of the story", "First sentence here.", "Second one follows.", "Last paragraph."]
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1, 2]
    assert doc.sentences[0].kind == "heading"
    assert all(not s.text[0].isspace() and not s.text[-1].isspace() for s in doc.sentences)


def test_layout_units() -> None:
    text = (
        "# Markdown heading\n\n"
        "Storm hits the coast\n"
        "The storm reached the coast on Monday. Thousands lost power.\n\n"
        "Photo: Reuters/Jane Roe\n\n"
        "(Reuters)\n\n"
        "By Jane Doe\n\n"
        "Read more: How storms form\n\n"
        "Subscribe to our newsletter\n\n"
        "Ảnh: AFP\n\n"
        "Фото: ТАСС\n\n"
        "图片：新华社\n\n"
        "Image caption Rescue teams worked through the night\n"
    )
    doc = segment(text, lang="en")
    kinds = {s.text: s.kind for s in doc.sentences}
    assert kinds == {
        "# Markdown heading": "heading",
        "Storm hits the coast": "heading",
        "The storm reached the coast on Monday.": "sentence",
        "Thousands lost power.": "sentence",
        "Photo: Reuters/Jane Roe": "caption",
        "(Reuters)": "caption",
        "By Jane Doe": "line",
        "Read more: How storms form": "line",
        "Subscribe to our newsletter": "line",
        "Ảnh: AFP": "caption",
        "Фото: ТАСС": "caption",
        "图片：新华社": "caption",
        "Image caption Rescue teams worked through the night": "caption",
    }


def test_hard_wrapped_prose_is_not_cut_at_line_ends() -> None:
    text = (
        "The committee met on Tuesday to discuss the budget for the coming\n"
        "year and agreed that spending on roads would rise by a tenth while the\n"
        "money for parks stays the same.\n"
    )
    assert segment(text, lang="en").texts == [text.strip()]


def test_sentences_that_start_like_boilerplate_are_sentences() -> None:
    for text in [
        "By the time we arrived, it was over.",
        "Related to this, the minister said the plan would cost far more than expected.",
    ]:
        assert [s.kind for s in segment(text, lang="en").sentences] == ["sentence"]


def test_languages_per_sentence_and_document() -> None:
    text = (
        "The government announced new measures on Monday to support small businesses.\n\n"
        "政府周一宣布了支持小企业的新措施。\n\n"
        "Officials said the plan would cost about two billion dollars over five years."
    )
    doc = segment(text)
    assert doc.lang == "en"
    assert [s.lang for s in doc.sentences] == ["en", "zh", "en"]


def test_forced_language() -> None:
    doc = segment("Bonjour tout le monde. Ça va bien.", lang="fr")
    assert {s.lang for s in doc.sentences} == {"fr"} and doc.lang == "fr"


def test_short_paragraphs_inherit_document_language() -> None:
    text = (
        "Der Bundestag hat am Donnerstag ein neues Gesetz zum Klimaschutz beschlossen.\n\n"
        "Foto: dpa\n\n"
        "Die Opposition kritisierte den Entwurf als unzureichend und kündigte Widerstand an."
    )
    doc = segment(text)
    assert [s.lang for s in doc.sentences] == ["de", "de", "de"]


def test_empty_text() -> None:
    doc = segment("  \n\n ")
    assert len(doc) == 0 and doc.lang == "und"


def test_deterministic() -> None:
    text = "Ein kurzer Satz. 这是中文。 Another one here."
    assert segment(text) == segment(text)


@pytest.mark.shared
def test_ntrex_english_boundary_f1(monkeypatch: pytest.MonkeyPatch) -> None:
    if not (SHARED / "data" / "ntrex128").is_dir():
        pytest.skip("../shared/data/ntrex128 not present")
    import importlib.util

    bench_dir = Path(__file__).resolve().parents[1] / "bench"
    monkeypatch.syspath_prepend(str(bench_dir))  # the bench imports its sibling `ntrex`, as when run as a script
    spec = importlib.util.spec_from_file_location("bench_segmentation", bench_dir / "segmentation.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    m = bench.evaluate("en", split_sentences)
    assert m["F1_visible"] >= 0.95 and m["P"] >= 0.95


def test_sentence_in_another_script_gets_its_own_language() -> None:
    text = "The minister spoke briefly to the press on Monday. 我们会继续努力。 Then he left the room quickly."
    doc = segment(text)
    assert [s.lang for s in doc.sentences] == ["en", "zh", "en"]
    assert doc.lang == "en"


def test_thai_rough_fallback_cuts_between_long_runs() -> None:
    p = "รัฐบาลประกาศมาตรการใหม่เพื่อช่วยเหลือธุรกิจขนาดเล็ก นายกรัฐมนตรีกล่าวว่าจะเริ่มใช้ในเดือนหน้า"
    assert len(split_sentences(p, "th")) == 2
    assert len(split_sentences("สวัสดี ครับ", "th")) == 1  # short runs: no cut


def test_list_items_are_lines() -> None:
    text = "What changed:\n- higher taxes on fuel\n- cheaper rail tickets\n* Free buses for pupils."
    doc = segment(text, lang="en")
    assert [(s.text, s.kind) for s in doc.sentences] == [
        ("What changed:", "sentence"),
        ("- higher taxes on fuel", "line"),
        ("- cheaper rail tickets", "line"),
        ("* Free buses for pupils.", "sentence"),
    ]


@pytest.mark.parametrize("lang", ["en", "de", "fr", "ru", "vi", "zh", "ja", "ar", "th", "kk"])
def test_never_loses_characters_on_random_text(lang: str) -> None:
    import random

    rng = random.Random(0)  # fixed seed: the same strings every run
    alphabet = list("abc XYZ .!?…;:,\"'“”„«»‹›‘’()[]「」。！？\u00a0\n\t-—0123456789ая中文ไทยق؟")
    for _ in range(150):
        paragraph = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        assert_covers(paragraph, split_sentences(paragraph, lang))


def test_segment_offsets_on_random_text() -> None:
    import random

    rng = random.Random(1)
    alphabet = list("Ab c. D! e? \n\n\r\n# Photo: (x) By Z\u00a0»«“”。")
    for _ in range(100):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120)))
        doc = segment(text, lang="en")  # Document checks every offset
        covered = "".join(s.text for s in doc.sentences)
        assert "".join(text.split()) == "".join(covered.split())


def test_headline_over_a_shorter_dateline() -> None:
    text = "Giá xăng tăng lần thứ ba liên tiếp\nThứ Năm, 12/10/2023\n\nTheo TS. Nguyễn Văn An, giá xăng tăng 2.5%."
    doc = segment(text, lang="vi")
    assert [(s.text, s.kind) for s in doc.sentences] == [
        ("Giá xăng tăng lần thứ ba liên tiếp", "heading"),
        ("Thứ Năm, 12/10/2023", "line"),
        ("Theo TS. Nguyễn Văn An, giá xăng tăng 2.5%.", "sentence"),
    ]


def test_a_line_ending_with_an_agency_credit_is_a_caption() -> None:
    from provenance.segment import line_kind

    assert line_kind("Christine Blasey Ford testifies before the Senate on Thursday (Getty Images)") == "caption"
    assert line_kind("A voter casts a ballot in Skopje / Reuters") == "caption"
    assert line_kind("The minister met Reuters reporters.") is None  # a sentence that names an agency
    assert line_kind("He spoke to AP (the agency) on Monday.") is None


def test_half_width_stops_between_han_characters() -> None:
    p = "该公司统计了六家电视网的平均收视率.其他电视网络没有统计。你认为他说了实话吗?他没有回答。"
    assert texts(p, "zh") == [
        "该公司统计了六家电视网的平均收视率.",
        "其他电视网络没有统计。",
        "你认为他说了实话吗?",
        "他没有回答。",
    ]
    # a decimal point or a Latin domain between Han is no stop
    assert texts("这场7.5级地震发生在周五。详情见example.com网站。", "zh") == [
        "这场7.5级地震发生在周五。",
        "详情见example.com网站。",
    ]


def test_lang_of_a_bead_side_is_its_first_sentence_language_else_the_documents() -> None:
    text = "Hello there. Xin chào các bạn."
    doc = Document(
        text=text,
        sentences=(Sentence(0, "Hello there.", 0, 12, "", 0), Sentence(1, "Xin chào các bạn.", 13, 30, "vi", 0)),
        lang="en",
    )
    assert doc.lang_of((1,)) == "vi"
    assert doc.lang_of((0, 1)) == "vi"  # the first sentence that has one
    assert doc.lang_of((0,)) == "en"
    assert doc.lang_of(()) == "en"


def test_reposts_stock_lines_are_boilerplate() -> None:
    from provenance.segment import line_kind

    # the lines a content farm adds to a reposted article stand alone, as "Subscribe ..." does
    assert line_kind("本文来源：网络，如有侵权请联系删除。") == "line"
    assert line_kind("原标题：干旱推高粮食价格") == "line"
    assert line_kind("责任编辑：张三") == "line"
    assert line_kind("Подписывайтесь на наш канал в Telegram.") == "line"
    assert line_kind("Abonnez-vous à notre newsletter.") == "line"


def test_a_byline_names_someone() -> None:
    from provenance.segment import line_kind

    assert line_kind("By Maria Lopez") == "line"
    assert line_kind("Por Juan Pérez") == "line"
    # "Por qué Trump ganará un segundo mandato" (NTREX's Spanish): a headline asking why
    assert line_kind("Por qué Trump ganará un segundo mandato") is None
    assert line_kind("by the river") is None


def test_a_number_cut_off_by_its_full_stop_opens_the_next_sentence() -> None:
    # Turkish and German write ordinals with a full stop: "1. Dünya Savaşı" (World War I), "2. Weltkrieg"
    text = "Geiger 1945'te öldü. 1. Dünya Savaşı'nda yaralandı. Ölü sayısı 12. Yetkililer açıkladı."
    assert [s.text for s in segment(text, lang="tr").sentences] == [
        "Geiger 1945'te öldü.",
        "1. Dünya Savaşı'nda yaralandı.",
        "Ölü sayısı 12.",  # a number that ends a sentence still ends it
        "Yetkililer açıkladı.",
    ]
    assert [s.text for s in segment("Er starb 1945. 2. Weltkrieg war vorbei.", lang="de").sentences] == [
        "Er starb 1945.",
        "2. Weltkrieg war vorbei.",
    ]


def test_text_without_sentence_punctuation_is_cut_into_readable_units() -> None:
    # a transcript with commas and no full stop: one "sentence" of ~5,000 characters would be read by
    # the encoder only as far as its 512 tokens go
    clause = "the minister said the talks would go on next month and the budget would be cut by a tenth"
    p = ", ".join([clause] * 55)
    spans = split_sentences(p, "en")
    assert_covers(p, spans)
    assert len(spans) >= 5
    assert all(b - a <= 1000 for a, b in spans)
    assert all(p[a:b].endswith(",") for a, b in spans[:-1])  # cut at a clause mark, not inside a word


def test_unspaced_text_without_sentence_punctuation_is_cut_too() -> None:
    p = "，".join(["部长说谈判将于下个月继续进行预算将削减十分之一"] * 60)
    spans = split_sentences(p, "zh")
    assert_covers(p, spans)
    assert all(b - a <= 500 for a, b in spans)
    assert all(p[a:b].endswith("，") for a, b in spans[:-1])


def test_one_long_line_without_spaces_or_marks_is_cut_at_the_cap() -> None:
    p = "x" * 2500
    doc = segment(p)
    assert [len(s.text) for s in doc.sentences] == [500, 500, 500, 500, 500]
    assert "".join(s.text for s in doc.sentences) == p


def test_a_long_real_sentence_is_not_cut() -> None:
    # 600 characters: longer than any of NTREX-128's 12,000 sentences, still one sentence
    p = (
        "The committee, which met on Tuesday in the capital after weeks of delay, heard from witnesses who "
        "described how the contracts had been awarded, how the money had moved between three companies "
        "registered abroad, how the auditors had raised their concerns in writing on at least four occasions, "
        "and how each of those letters had gone unanswered by the ministry, whose officials told the hearing "
        "that they had never seen them, that the procedures had been followed to the letter, and that any "
        "suggestion of wrongdoing was, in the words of one deputy minister, a story written by people who "
        "had lost the tender and wanted a second chance at it."
    )
    assert 550 < len(p) < 1000
    assert texts(p, "en") == [p]
