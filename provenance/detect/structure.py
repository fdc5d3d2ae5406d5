"""Whole-sentence changes read straight off the alignment: additions, omissions, moves, repeats."""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np

from provenance.core import Bead, Document, Finding, Sentence, Severity
from provenance.detect import Comparison

# a sentence that carries a checkable claim: a figure or a quotation
_CLAIM = re.compile(r"\d|[\"“”«»„「」]")


def _excerpt(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _severity(sentence: Sentence) -> Severity:
    if sentence.kind in ("caption", "line", "heading"):
        return "low"
    return "high" if _CLAIM.search(sentence.text) else "medium"


class StructureDetector:
    name = "structure"

    def detect(self, comparison: Comparison) -> Iterator[Finding]:
        src, der = comparison.source, comparison.derived
        confidence = _UnmatchedConfidence(comparison)
        for bead in comparison.alignment.beads:
            if bead.relation in ("moved", "duplicate"):
                yield self._relocated(bead, src, der)
            elif not bead.source:
                for j in bead.derived:
                    s = der.sentences[j]
                    yield Finding(
                        kind="addition",
                        source=(),
                        derived=(j,),
                        message=f"{s.kind} added in the republication: '{_excerpt(s.text)}'",
                        severity=_severity(s),
                        confidence=confidence.of(der, j, src),
                        derived_span=s.text,
                        derived_range=(s.start, s.end),
                        detector=self.name,
                    )
            elif not bead.derived:
                for i in bead.source:
                    s = src.sentences[i]
                    yield Finding(
                        kind="omission",
                        source=(i,),
                        derived=(),
                        message=f"{s.kind} of the original missing from the republication: '{_excerpt(s.text)}'",
                        severity=_severity(s),
                        confidence=confidence.of(src, i, der),
                        source_span=s.text,
                        source_range=(s.start, s.end),
                        detector=self.name,
                    )

    def _relocated(self, bead: Bead, src: Document, der: Document) -> Finding:
        """A moved or a repeated passage: both sides' first sentences, and where each stands."""
        first_s, first_d = src.sentences[bead.source[0]], der.sentences[bead.derived[0]]
        where = f"original sentence {bead.source[0] + 1}"
        if bead.relation == "moved":
            message = (
                f"passage moved: {where} now stands as sentence {bead.derived[0] + 1}: '{_excerpt(first_s.text, 60)}'"
            )
        else:
            message = (
                f"passage repeated: {where} appears again as sentence {bead.derived[0] + 1}: "
                f"'{_excerpt(first_d.text, 60)}'"
            )
        return Finding(
            kind="moved" if bead.relation == "moved" else "duplicate",
            source=bead.source,
            derived=bead.derived,
            message=message,
            severity="low",
            confidence=round(max(0.5, min(0.95, bead.score)), 3),
            source_span=first_s.text,
            derived_span=first_d.text,
            source_range=(first_s.start, src.sentences[bead.source[-1]].end),
            derived_range=(first_d.start, der.sentences[bead.derived[-1]].end),
            detector=self.name,
        )


class _UnmatchedConfidence:
    """How sure we are that an unmatched sentence has no counterpart at all.

    The model's cosines are bunched, so an absolute value says little; what says more is how the
    sentence's best match on the other side compares with the scores of the pairs that did align.
    The embeddings are already cached by the embedder, so this costs a matrix product.
    """

    def __init__(self, comparison: Comparison) -> None:
        self.embedder = comparison.embedder
        scores = [b.score for b in comparison.alignment.matches if b.score > 0]
        self.typical = float(np.median(scores)) if scores else None
        self._vectors: dict[int, np.ndarray] = {}

    def _matrix(self, doc: Document) -> np.ndarray:
        key = id(doc)
        if key not in self._vectors:
            assert self.embedder is not None
            self._vectors[key] = self.embedder.encode(doc.texts)
        return self._vectors[key]

    def of(self, doc: Document, index: int, other: Document) -> float:
        if self.embedder is None or self.typical is None or not len(other):
            return 0.7
        best = float((self._matrix(other) @ self._matrix(doc)[index]).max())
        # best match well below the typical aligned pair: surely unmatched; near or above it: unsure
        gap = self.typical - best
        return round(float(np.clip(0.6 + gap * 6.0, 0.3, 0.95)), 3)
