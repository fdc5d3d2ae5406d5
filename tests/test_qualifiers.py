"""Qualifiers added or dropped across languages (provenance.detect.qualifiers)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from provenance.core import Alignment, Bead, Document
from provenance.detect import Comparison, default_detectors
from provenance.detect.qualifiers import QualifierDetector, changed, qualifiers
from provenance.report.demo import make_document


def one(text: str, lang: str) -> Document:
    return make_document([(text, lang)], lang)


def read(src: str, ls: str, der: str, ld: str) -> list[tuple[str, str, str]]:
    return [(side, q.concept, q.text) for side, q in changed(src, der, ls, ld)]


@pytest.mark.parametrize(
    ("src", "ls", "der", "ld", "found"),
    [
        # added to the translation
        ("Der Minister ist zurückgetreten.", "de", "The minister temporarily resigned.", "en",
         [("added", "temporarily", "temporarily")]),
        ("Она ездит на работу на автобусе.", "ru", "She sometimes takes the bus to work.", "en",
         [("added", "sometimes", "sometimes")]),
        ("研究人员在报告中描述了这一发现。", "zh", "The researchers initially described the finding in a report.", "en",
         [("added", "initially", "initially")]),
        # dropped from it
        ("Der ehemalige Minister sprach in Berlin.", "de", "The minister spoke in Berlin.", "en",
         [("dropped", "former", "ehemalige")]),
        ("Он почти утонул в реке.", "ru", "He drowned in the river.", "en", [("dropped", "almost", "почти")]),
        ("Cựu bộ trưởng đã phát biểu tại Hà Nội.", "vi", "The minister spoke in Hanoi.", "en",
         [("dropped", "former", "Cựu")]),
        ("Les élèves parlent seulement anglais.", "fr", "The pupils speak English.", "en",
         [("dropped", "only", "seulement")]),
        ("Zastępca burmistrza otworzył most.", "pl", "The mayor opened the bridge.", "en",
         [("dropped", "deputy", "Zastępca")]),
        # who controls the outlet, and a name held at a distance
        ("A state-aligned newspaper reported the figure.", "en", "Un journal a rapporté ce chiffre.", "fr",
         [("dropped", "state", "state-aligned")]),
        ("Государственное телевидение показало визит.", "ru", "Television showed the visit.", "en",
         [("dropped", "state", "Государственное")]),
        ("Die Zeitung berichtete darüber.", "de", "The Kremlin-backed newspaper reported on it.", "en",
         [("added", "state", "Kremlin-backed")]),
        ("Die Staatsmedien berichteten darüber.", "de", "The media reported on it.", "en",
         [("dropped", "state", "Staatsmedien")]),
        ("官媒报道了这次访问。", "zh", "The media reported on the visit.", "en", [("dropped", "state", "官媒")]),
        ("The vote was a blow to the pro-Western government.", "en", "投票对政府是一次打击。", "zh",
         [("dropped", "aligned", "pro-Western")]),
        ("Des milices soutenues par l'Iran ont attaqué la base.", "fr", "Militias attacked the base.", "en",
         [("dropped", "aligned", "soutenues par l'Iran")]),
        # a word of control is read once, as control, not also as an allegiance
        ("La chaîne soutenue par le Kremlin a menti.", "fr", "The channel lied.", "en",
         [("dropped", "state", "soutenue par le Kremlin")]),
        ("The so-called referendum was held on Sunday.", "en", "Референдум прошёл в воскресенье.", "ru",
         [("dropped", "so_called", "so-called")]),
        ("La república tiene su propia moneda.", "es", "The self-proclaimed republic has its own currency.", "en",
         [("added", "so_called", "self-proclaimed")]),
        # rendered, in another word of the same concept
        ("State media reported the visit.", "en", "Государственные СМИ сообщили о визите.", "ru", []),
        ("La télévision d'État a diffusé le discours.", "fr", "State television broadcast the speech.", "en", []),
        ("The so-called referendum was held.", "en", "Так называемый референдум состоялся.", "ru", []),
        ("The vote was a blow to the pro-Western government.", "en", "投票对亲西方的政府是一次打击。", "zh", []),
        ("A pro-government newspaper reported it.", "en", "Провластная газета сообщила об этом.", "ru", []),
        # a quotation mark keeps the distance "so-called" takes
        ('The so-called "clicktivism" spread.', "en", "Le «clicktivisme» s'est répandu.", "fr", []),
        ("Der ehemalige Minister sprach.", "de", "The former minister spoke.", "en", []),
        ("La planta cerró temporalmente.", "es", "The plant was closed for a while.", "en", []),
        ("Он почти утонул.", "ru", "He nearly drowned.", "en", []),
        ("工厂暂时停产。", "zh", "The factory has temporarily halted production.", "en", []),
    ],
)  # fmt: skip
def test_a_qualifier_one_side_does_not_render(
    src: str, ls: str, der: str, ld: str, found: list[tuple[str, str, str]]
) -> None:
    assert read(src, ls, der, ld) == found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "not only ... but also" says neither "only"
        ("Es ist nicht nur eine Abkürzung, sondern ein Name.", "de"),
        ("Il ne s'agit non seulement d'un nom.", "fr"),
        ("这不仅是一个名字。", "zh"),
        # 只 as the measure word of an animal; 前 in 午前 and 紀元前
        ("每只猫都负责一项特殊的工作。", "zh"),
        ("8月6日午前0時から48時間実施する。", "ja"),
        # a qualifier on a figure is the figure detector's
        ("Only 40 people came.", "en"),
        ("Es kamen fast 5 bis 7 Zentimeter Regen.", "de"),
        # a weather term, a title, "over time", the Middle East
        ("Expect partly cloudy skies.", "en"),
        ("In einem Interview mit Fast Company sagte er das.", "de"),
        ("Z czasem populacja się zmienia.", "pl"),
        ("मध्य पूर्व की ओर नीति", "hi"),
        # 有时 inside 没有时间 (no time); "phó" inside "đối phó" / "ứng phó" (to cope, to respond)
        ("我们没有时间自救。", "zh"),
        ("Nhân viên đã được triển khai để đối phó với sự việc.", "vi"),
        ("Chính phủ ứng phó với dịch bệnh.", "vi"),
        # "the former" standing for a noun, and "only to" (and then)
        ("Of the two plans, the former is cheaper.", "en"),
        ("They rebuilt it, only to abandon it in 1755.", "en"),
        # inside a quotation: the quote detector's
        ('He said: "we only want peace."', "en"),
        # single quotes and a quotation left open to the sentence's end, as the quote detector reads them
        ("He called it ‘only a delay’ and left.", "en"),
        ("Er sagte: „Wir wollen nur Frieden", "de"),
        # "state" outside the media and companies: a coup, a prosecutor (no deputy either)
        ("Le coup d'État a échoué.", "fr"),
        ("Государственный переворот провалился.", "ru"),
        ("Státní zástupce podal obžalobu.", "cs"),
        # "sogenannt" introducing a term; "prétendu" as the participle (claimed); "el llamado" as a call
        ("Das Treffen fand im sogenannten Town-Hall-Format statt.", "de"),
        ("Il avait prétendu se trouver avec son ami.", "fr"),
        ("El llamado a la calma fue ignorado.", "es"),
    ],
)
def test_no_qualifier_is_read(text: str, lang: str) -> None:
    assert qualifiers(text, lang) == []


class Scripted:
    """A fake embedder: the anchor is (1, 0); a text holding `word` leans away from it, so deleting
    the word brings the text closer (`closer=True`) or, with `closer=False`, the other way round."""

    name = "scripted"

    def __init__(self, anchor: str, word: str, closer: bool) -> None:
        self.anchor, self.word, self.closer = anchor, word, closer

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        far, near = np.array([0.8, 0.6]), np.array([0.95, np.sqrt(1 - 0.95**2)])
        rows = []
        for t in texts:
            if t == self.anchor:
                rows.append(np.array([1.0, 0.0]))
            elif (self.word in t) == self.closer:
                rows.append(far)
            else:
                rows.append(near)
        return np.stack(rows).astype(np.float32)


def test_the_finding_names_the_word_and_the_deletion_test_gates_it() -> None:
    src_text, der_text = "Der Minister ist zurückgetreten.", "The minister temporarily resigned."
    src, der = one(src_text, "de"), one(der_text, "en")
    bead = Alignment((Bead((0,), (0,), 1.0),))
    detector = QualifierDetector()

    (f,) = detector.detect(Comparison(src, der, bead, Scripted(src_text, "temporarily", closer=True)))  # type: ignore[arg-type]
    assert (f.kind, f.derived_span, f.source_span) == ("addition", "temporarily", None)
    assert f.message == "qualifier added: 'temporarily' has no counterpart in the source sentence"
    assert der.text[slice(*f.derived_range)] == "temporarily"
    assert f.confidence > 0.5

    # the sentence reads no closer to the source without the word: rendered some other way
    assert not list(detector.detect(Comparison(src, der, bead, Scripted(src_text, "temporarily", closer=False))))  # type: ignore[arg-type]
    # without an embedder the lexical reading stands alone
    (lexical,) = detector.detect(Comparison(src, der, bead))
    assert lexical.confidence == 0.5
    # each candidate's texts are listed up front, for one batched encode
    assert detector.probes(Comparison(src, der, bead, Scripted(src_text, "x", True))) == [  # type: ignore[arg-type]
        src_text,
        der_text,
        "The minister resigned.",
    ]


def test_dropped_from_the_source_and_silent_within_one_language() -> None:
    bead = Alignment((Bead((0,), (0,), 1.0),))
    src, der = one("Der ehemalige Minister sprach in Berlin.", "de"), one("The minister spoke in Berlin.", "en")
    (f,) = QualifierDetector().detect(Comparison(src, der, bead))
    assert (f.kind, f.source_span) == ("partial_omission", "ehemalige")
    assert src.text[slice(*f.source_range)] == "ehemalige"
    # the same language is the span detector's word diff
    same = Comparison(one("The former minister spoke.", "en"), one("The minister spoke.", "en"), bead)
    assert not list(QualifierDetector().detect(same))


def test_the_detector_is_a_default_one() -> None:
    assert any(isinstance(d, QualifierDetector) for d in default_detectors())
