"""Headings run into the text after them (flattened articles): where `split_sentences` cuts them off,
and where it must not cut."""

from __future__ import annotations

import pytest

from provenance.segment import segment, split_sentences


def texts(paragraph: str, lang: str) -> list[str]:
    return [paragraph[a:b] for a, b in split_sentences(paragraph, lang)]


@pytest.mark.parametrize(
    ("paragraph", "lang", "heading"),
    [
        # a capital closed-class word after a word that does not end a sentence
        (
            "Shark injures boy on lobster dive in California A shark attacked and injured a boy on Saturday. "
            "He was flown to a hospital in San Diego.",
            "en",
            "Shark injures boy on lobster dive in California",
        ),
        # title case: the capital words inside the heading are no sign, "A farmer" is
        (
            "Killer Pig Mauls Chinese Farmer to Death A farmer was attacked and killed by a pig at a market. "
            "The pig has been put down.",
            "en",
            "Killer Pig Mauls Chinese Farmer to Death",
        ),
        # a two-word name from the heading restated as the subject
        (
            "Watch: Liverpool's Daniel Sturridge dips deep equalizer vs. Chelsea Daniel Sturridge saved "
            "Liverpool from a Premier League loss on Saturday. It was a fine goal.",
            "en",
            "Watch: Liverpool's Daniel Sturridge dips deep equalizer vs. Chelsea",
        ),
        (
            "Zahl der Todesopfer des Tsunamis steigt auf 832 Die Zahl der Todesopfer ist auf 832 gestiegen, "
            "teilte die Behörde mit. Viele Menschen werden noch vermisst.",
            "de",
            "Zahl der Todesopfer des Tsunamis steigt auf 832",
        ),
        (
            "Séisme en Indonésie\u00a0: plusieurs centaines de morts Au moins 384\u00a0personnes sont décédées "
            "vendredi. Le bilan ne cesse de s’alourdir.",
            "fr",
            "Séisme en Indonésie\u00a0: plusieurs centaines de morts",
        ),
        (
            "Lợn Sát Thủ Tấn Công Nông Dân Trung Quốc Tử Vong Một nông dân đã bị một con lợn tấn công. "
            "Con lợn đã bị tiêu hủy.",
            "vi",
            "Lợn Sát Thủ Tấn Công Nông Dân Trung Quốc Tử Vong",
        ),
        # a common word seen in lower case elsewhere in the paragraph, capitalised between lower-case words
        (
            "Вулкан выбросил пепел над городом Пепел покрыл улицы города в понедельник. Жители закрыли окна, "
            "и пепел лежит везде.",
            "ru",
            "Вулкан выбросил пепел над городом",
        ),
    ],
)
def test_run_on_heading_is_cut_off(paragraph: str, lang: str, heading: str) -> None:
    out = texts(paragraph, lang)
    assert out[0] == heading
    assert len(out) == 3  # heading, the sentence it ran into, and the next one


@pytest.mark.parametrize(
    ("paragraph", "lang"),
    [
        ("Ford, who accuses Kavanaugh of assault, said Kavanaugh was drunk that night.", "en"),
        ("The Bells of St. Martin's were silent as the church in Harlem closed its doors.", "en"),
        ("He fought in World War One as a young man and never spoke of it.", "en"),
        ("Sergio Aguero scored after Sergio Aguero and Raheem Sterling broke through the defence.", "en"),
        # a title that opens with a closed-class word, mid-sentence (seen in a bundled sample)
        ("Some of the key commitments include The Power of Nutrition, a partnership of investors.", "en"),
        ("The minister told The Guardian on Monday that the talks had failed.", "en"),
        ("Selon les documents publiés par Le Monde jeudi, le contrat a été signé.", "fr"),
        ("Wenn Sie Ihre Sammlung erweitern wollen, kommen Sie im Sommer in die Läden.", "de"),
        ("Der Minister sprach mit dem Weißen Haus über die Lage in der Region am Montag.", "de"),
        ("Les vétérans de la Première Guerre mondiale ont été honorés par la guerre des mots.", "fr"),
        ("Cuộc thi đấu đôi vào buổi chiều Thứ Bảy có thể là điều cần thiết cho đội tuyển.", "vi"),
        ("Đội trưởng Đội tuyển Châu Âu Thomas Bjorn biết rằng lợi thế có thể biến mất.", "vi"),
        ("Президент и Президент Франции встретились в Париже в понедельник вечером.", "ru"),
    ],
)
def test_running_sentences_are_not_cut(paragraph: str, lang: str) -> None:
    assert texts(paragraph, lang) == [paragraph]


def test_heading_on_its_own_line_is_unchanged() -> None:
    text = "Shark injures boy on lobster dive\nA shark attacked and injured a boy on Saturday. He is recovering."
    doc = segment(text, lang="en")
    assert [(s.text, s.kind) for s in doc.sentences] == [
        ("Shark injures boy on lobster dive", "heading"),
        ("A shark attacked and injured a boy on Saturday.", "sentence"),
        ("He is recovering.", "sentence"),
    ]


def test_languages_without_case_are_left_alone() -> None:
    p = "印尼海啸死亡人数已上升到832人印尼国家减灾机构周日表示，死亡人数已攀升至832人。救援仍在继续。"
    assert len(texts(p, "zh")) == 2


@pytest.mark.parametrize(
    ("paragraph", "lang", "heading"),
    [
        (
            "印尼海啸死亡人数升至832人 印尼国家减灾机构周日表示，死亡人数已攀升至832人。救援仍在继续。",
            "zh",
            "印尼海啸死亡人数升至832人",
        ),
        # a heading with its own colon
        (
            "特朗普：不会辞职 总统周六在集会上对支持者这样说。他没有回答提问。",
            "zh",
            "特朗普：不会辞职",
        ),
        (
            "地震の死者が832人に 当局は日曜日、死者が832人に達したと発表した。救助が続いている。",
            "ja",
            "地震の死者が832人に",
        ),
    ],
)
def test_cjk_heading_ended_by_a_space_is_cut_off(paragraph: str, lang: str, heading: str) -> None:
    # Chinese and Japanese put no spaces between words: one between two ideographs is a layout gap
    out = texts(paragraph, lang)
    assert out[0] == heading
    assert len(out) == 3


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        # spaces around a Latin name are ordinary spacing, not a gap between ideographs
        (
            "Hammel 表示，一开始他以为只是抓龙虾发出的兴奋声。后来他意识到那是男孩的叫喊声。",
            ["Hammel 表示，一开始他以为只是抓龙虾发出的兴奋声。", "后来他意识到那是男孩的叫喊声。"],
        ),
        # a space past a heading's length, too little text after it to end a line
        (
            "印度尼西亚苏拉威西岛周五发生强烈地震并引发海啸，造成至少三百八十四人死亡，死亡人数预计还会继续上升，"
            "救援人员 正在赶往灾区。",
            None,
        ),
        # a clause comma before the space: a translator's spacing inside the sentence (NTREX zh)
        (
            "也就是说，那是类似于 美式足球季后赛或奥斯卡奖的观众人数。尼尔森公布了数据。",
            ["也就是说，那是类似于 美式足球季后赛或奥斯卡奖的观众人数。", "尼尔森公布了数据。"],
        ),
        # too little text after the space to be a sentence
        ("救援仍在继续 今天下午。", None),
    ],
)
def test_cjk_spaces_that_end_no_heading(paragraph: str, sentences: list[str] | None) -> None:
    assert texts(paragraph, "zh") == (sentences or [paragraph])


def test_cjk_line_without_final_punctuation_is_cut_off_mid_paragraph() -> None:
    # past the first sentence: a clause's length of unspaced text, then a space, then a new sentence
    p = (
        "救援人员周日在帕卢市的废墟中继续搜寻幸存者。"
        "当局表示死亡人数预计还会继续上升到数百人 "
        "印尼国家减灾机构发言人在雅加达对记者说，灾区急需清洁的饮用水。"
    )
    assert texts(p, "zh") == [
        "救援人员周日在帕卢市的废墟中继续搜寻幸存者。",
        "当局表示死亡人数预计还会继续上升到数百人",
        "印尼国家减灾机构发言人在雅加达对记者说，灾区急需清洁的饮用水。",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a short word before the space: a translator's spacing
        "上世纪 八十年代，他在卡内基梅隆大学开发了一套语音识别系统。",
        # a particle that cannot start a sentence after it
        "美国总统特朗普周六晚上在西弗吉尼亚州惠灵市 的一次集会上对支持者这样说。",
        # a word that cannot end one before it
        "李开复表示，美国移民政策的变化可能也有助于 美国扩大其在人工智能领域的成果。",
        # a bracketed gloss after a name
        "蓝军射手转身直奔中场后，脚后跟把球回传给马特奥·科瓦西奇 （Mateo Kovacic），后者射门得分。",
    ],
)
def test_cjk_spaces_inside_a_sentence_are_kept(sentence: str) -> None:
    p = "记者周六从现场发回报道。" + sentence
    assert texts(p, "zh") == ["记者周六从现场发回报道。", sentence]
