"""Whole-sentence findings read off an alignment built by hand (no model)."""

from __future__ import annotations

from provenance.core import Alignment, Bead, Document, Finding, Sentence
from provenance.detect import Comparison, run_detectors
from provenance.detect.figures import FigureDetector
from provenance.detect.structure import StructureDetector


def _doc(*units: tuple[str, str]) -> Document:
    text, sentences, pos = "", [], 0
    for i, (kind, t) in enumerate(units):
        sentences.append(Sentence(i, t, pos, pos + len(t), "en", i, kind))  # type: ignore[arg-type]
        text += t + "\n\n"
        pos = len(text)
    return Document(text, tuple(sentences), "en")


SOURCE = _doc(
    ("heading", "Council passes budget"),
    ("sentence", "The council approved a budget of 12 million euros."),
    ("sentence", "The mayor said it would pay for three schools."),
    ("sentence", "Construction starts in spring."),
)
DERIVED = _doc(
    ("heading", "Council passes budget"),
    ("caption", "Photo: the town hall (Reuters)"),
    ("sentence", "Construction starts in spring."),
    ("sentence", "The council approved a budget of 12 million euros."),
    ("sentence", "The council approved a budget of 12 million euros."),
)
ALIGNMENT = Alignment(
    (
        Bead((0,), (0,), 0.95),
        Bead((), (1,)),
        Bead((3,), (2,), 0.93, "moved"),
        Bead((1,), (3,), 0.94),
        Bead((1,), (4,), 0.94, "duplicate"),
        Bead((2,), ()),
    )
)


def test_every_unmatched_moved_and_repeated_sentence_is_reported() -> None:
    findings = list(StructureDetector().detect(Comparison(SOURCE, DERIVED, ALIGNMENT)))
    by_kind = {(f.kind, f.source, f.derived) for f in findings}
    assert by_kind == {
        ("addition", (), (1,)),
        ("moved", (3,), (2,)),
        ("duplicate", (1,), (4,)),
        ("omission", (2,), ()),
    }


def test_severity_follows_what_the_sentence_carries() -> None:
    findings = {f.kind: f for f in StructureDetector().detect(Comparison(SOURCE, DERIVED, ALIGNMENT))}
    assert findings["addition"].severity == "low"  # a caption
    assert findings["omission"].severity == "medium"  # a plain sentence, no figure or quote
    assert findings["moved"].severity == "low"


def test_ranges_point_at_the_sentences_in_the_text() -> None:
    for f in StructureDetector().detect(Comparison(SOURCE, DERIVED, ALIGNMENT)):
        if f.source_range:
            a, b = f.source_range
            assert SOURCE.text[a:b] == f.source_span
        if f.derived_range:
            a, b = f.derived_range
            assert DERIVED.text[a:b] == f.derived_span
        assert f.message and 0.0 <= f.confidence <= 1.0


def test_a_change_inside_a_repeated_sentence_is_reported_once() -> None:
    def derived(second_copy: str) -> Document:
        return _doc(
            ("heading", "Council passes budget"),
            ("caption", "Photo: the town hall (Reuters)"),
            ("sentence", "Construction starts in spring."),
            ("sentence", "The council approved a budget of 15 million euros."),
            ("sentence", second_copy),
        )

    detectors = [StructureDetector(), FigureDetector()]
    same = run_detectors(
        Comparison(SOURCE, derived("The council approved a budget of 15 million euros."), ALIGNMENT), detectors
    )
    assert [(f.kind, f.derived) for f in same if f.kind == "altered_figure"] == [("altered_figure", (3,))]
    assert ("duplicate", (4,)) in [(f.kind, f.derived) for f in same]
    # a copy altered in its own way keeps its finding
    other = run_detectors(
        Comparison(SOURCE, derived("The council approved a budget of 13 million euros."), ALIGNMENT), detectors
    )
    assert [f.derived for f in other if f.kind == "altered_figure"] == [(3,), (4,)]


def test_two_detectors_naming_the_same_missing_words_give_one_finding() -> None:
    class Fixed:
        def __init__(self, name: str, findings: list[Finding]) -> None:
            self.name, self.findings = name, findings

        def detect(self, comparison: Comparison) -> list[Finding]:
            return self.findings

    def omission(detector: str, span: tuple[int, int], confidence: float, source: int = 1) -> Finding:
        return Finding(
            "partial_omission", (source,), (3,), "m", confidence=confidence, source_range=span, detector=detector
        )

    name = omission("entities", (40, 47), 0.6)
    phrase = omission("spans", (33, 52), 0.8)
    elsewhere = omission("spans", (60, 70), 0.5)
    other_bead = omission("entities", (40, 47), 0.6, source=2)
    comparison = Comparison(SOURCE, DERIVED, ALIGNMENT)
    kept = run_detectors(comparison, [Fixed("entities", [name, other_bead]), Fixed("spans", [phrase, elsewhere])])
    assert set(kept) == {phrase, elsewhere, other_bead}  # the overlapping, less confident one goes
