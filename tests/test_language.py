from __future__ import annotations

import pytest

from provenance.language import (
    MODEL_LANGUAGES,
    detect_document_language,
    detect_language,
    dominant_script,
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Қазақстан Президенті бүгін Астанада шетелдік инвесторлармен кездесті.", "kk"),
        ("Ұлттық банк базалық мөлшерлемені төмендету туралы шешім қабылдады.", "kk"),
        ("Oʻzbekiston Prezidenti bugun Toshkentda xorijiy investorlar bilan uchrashdi.", "uz"),
        ("Maktab o'quvchilari xalqaro olimpiadada uchta oltin medalni qo'lga kiritdi.", "uz"),
        ("Президент встретился с иностранными инвесторами в столице.", "ru"),
        # a Kazakh name inside Russian text does not make it Kazakh
        ("Президент Тоқаев встретился с иностранными инвесторами в столице в понедельник.", "ru"),
        ("The president met foreign investors in the capital on Monday.", "en"),
        ("Chính phủ đã công bố các biện pháp mới để hỗ trợ doanh nghiệp.", "vi"),
        ("政府宣布新措施。", "zh"),
        ("马其顿人将就国名变更进行全民公投", "zh"),
        ("彼は昨日東京に行きました。", "ja"),
        ("정부는 새로운 조치를 발표했다.", "ko"),
        ("รัฐบาลประกาศมาตรการใหม่", "th"),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_short_chinese_is_not_korean() -> None:
    for text in ["好的。", "他来了。", "我们走吧"]:
        assert detect_language(text) == "zh"


def test_undetermined() -> None:
    assert detect_language("") == "und"
    assert detect_language("123 456 — !!") == "und"


def test_deterministic() -> None:
    text = "Ha ha, bien sûr."
    assert len({detect_language(text) for _ in range(5)}) == 1


def test_document_language_weighted_by_length() -> None:
    sentences = [
        "Hallo.",
        "Ok.",
        "The government announced a long list of new measures to support small businesses.",
    ]
    assert detect_document_language(sentences) == "en"
    assert detect_document_language([]) == "und"


def test_model_languages() -> None:
    assert {"en", "de", "fr", "ru", "es", "vi", "zh", "kk", "uz", "ar", "th", "ja"} <= MODEL_LANGUAGES
    assert 90 <= len(MODEL_LANGUAGES) <= 100
    assert "und" not in MODEL_LANGUAGES


def test_dominant_script() -> None:
    assert dominant_script("日本語のテキストです") == "kana"
    assert dominant_script("中文文本") == "han"
    assert dominant_script("Текст") == "cyrillic"
    assert dominant_script("123") is None


def test_langdetect_global_seed_untouched() -> None:
    from langdetect import DetectorFactory

    from provenance.language import langdetect_language

    before = DetectorFactory.seed
    langdetect_language("Some English text to detect.")
    assert DetectorFactory.seed == before
