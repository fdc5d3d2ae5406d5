"""Detectors: plug-ins that read a `Comparison` and yield `Finding`s.

A detector is any object with a `name` and a `detect(comparison)` method; one that embeds parts of
sentences may also list them with `probes(comparison)`, so they join one batched `encode` call.
The built-in ones are listed by `default_detectors()`; others register through the
`provenance.detectors` entry point group (an entry point names a zero-argument factory returning a
detector). `active_detectors()` is both: what a comparison runs unless it is given detectors.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from provenance.core import Alignment, Bead, Document, Finding
from provenance.embed import Embedder


@dataclass(frozen=True)
class Comparison:
    source: Document
    derived: Document
    alignment: Alignment
    embedder: Embedder | None = None  # for detectors that compare parts of sentences

    def pairs(self) -> Iterator[tuple[Bead, str, str]]:
        """Matched beads with the joined text of each side."""
        for bead in self.alignment.matches:
            yield (
                bead,
                " ".join(self.source.sentences[i].text for i in bead.source),
                " ".join(self.derived.sentences[j].text for j in bead.derived),
            )

    def langs(self, bead: Bead) -> tuple[str, str]:
        """The language of each side of `bead` (`Document.lang_of`): (source, derived)."""
        return self.source.lang_of(bead.source), self.derived.lang_of(bead.derived)


class Detector(Protocol):
    name: str

    def detect(self, comparison: Comparison) -> Iterable[Finding]: ...


def default_detectors(*, word_alignment: bool = False) -> list[Detector]:
    """The built-in detectors, in the order their findings are most useful to read.

    `word_alignment` lets the span detector align words across languages (a middle layer of the
    encoder's token vectors) to find partial omissions in translated pairs: it finds more dropped
    phrases, at about 2.6 times the embedding cost of a comparison (bench/results/spans.md).
    """
    from provenance.detect.directions import DirectionDetector
    from provenance.detect.entities import EntityDetector
    from provenance.detect.figures import FigureDetector
    from provenance.detect.modality import ModalityDetector
    from provenance.detect.qualifiers import QualifierDetector
    from provenance.detect.quotes import QuoteDetector
    from provenance.detect.spans import SpanDetector
    from provenance.detect.structure import StructureDetector

    return [
        StructureDetector(),
        FigureDetector(),
        ModalityDetector(),
        QuoteDetector(),
        EntityDetector(),
        DirectionDetector(),
        QualifierDetector(),
        SpanDetector(use_tokens=word_alignment),
    ]


def deletion_gains(embedder: Embedder, anchor: str, text: str, variants: Sequence[str]) -> list[float]:
    """How much closer to `anchor` each variant of `text` (`text` with some words deleted) comes
    than `text` itself does, in cosine: positive when the deleted words are foreign to `anchor`.
    The deletion test of the entity and modality detectors."""
    v = embedder.encode([anchor, text, *variants])
    base = float(v[0] @ v[1])
    return [float(v[0] @ x) - base for x in v[2:]]


def probe_texts(comparison: Comparison, detectors: Sequence[Detector]) -> list[str]:
    """Every text the detectors will embed, for detectors that say so up front (an optional
    `probes(comparison) -> list[str]` method): the caller encodes them in one batch beforehand."""
    texts: list[str] = []
    for detector in detectors:
        probes = getattr(detector, "probes", None)
        if probes is not None:
            texts += probes(comparison)
    return texts


def load_plugins() -> list[Detector]:
    from importlib.metadata import entry_points

    return [ep.load()() for ep in entry_points(group="provenance.detectors")]


def active_detectors(*, word_alignment: bool = False) -> list[Detector]:
    """The built-in detectors (`default_detectors`) followed by the installed plug-ins."""
    return default_detectors(word_alignment=word_alignment) + load_plugins()


def run_detectors(comparison: Comparison, detectors: Sequence[Detector] | None = None) -> list[Finding]:
    detectors = list(detectors) if detectors is not None else active_detectors()
    findings = [f for d in detectors for f in d.detect(comparison)]
    findings = _one_per_span(_once_per_repeat(findings, comparison.alignment))
    # reading order of the source, then of the derived text
    return sorted(findings, key=lambda f: (min(f.source, default=10**9), min(f.derived, default=10**9), f.kind))


def _once_per_repeat(findings: list[Finding], alignment: Alignment) -> list[Finding]:
    """A change inside a repeated passage is reported on the first copy only: the copy's `duplicate`
    finding already says it repeats that sentence, so the same finding (kind, source sentences,
    message) on the copy's bead says nothing new. A copy altered differently keeps its findings."""
    copies = {b.derived for b in alignment.beads if b.relation == "duplicate"}
    if not copies:
        return findings
    on_first = {(f.kind, f.source, f.message) for f in findings if f.derived not in copies}
    return [
        f
        for f in findings
        if f.derived not in copies or f.kind == "duplicate" or (f.kind, f.source, f.message) not in on_first
    ]


def _one_per_span(findings: list[Finding]) -> list[Finding]:
    """Two detectors can name the same missing words: the entity detector a dropped name, the span
    detector (with word alignment) the phrase around it. Of partial omissions on one bead whose
    source ranges overlap, only the most confident is kept (the first, on a tie)."""
    omissions = [i for i, f in enumerate(findings) if f.kind == "partial_omission" and f.source_range]
    dropped: set[int] = set()
    for i in sorted(omissions, key=lambda i: -findings[i].confidence):
        if i in dropped:
            continue  # a more confident overlapping one stays
        a = findings[i]
        for j in omissions:
            b = findings[j]
            if j != i and (a.source, a.derived) == (b.source, b.derived) and _overlap(a.source_range, b.source_range):
                dropped.add(j)
    return [f for k, f in enumerate(findings) if k not in dropped]


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]
