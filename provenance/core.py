"""The data that flows through the pipeline: small frozen dataclasses, nothing else.

segment -> Document(Sentence...)  ->  align -> Alignment(Bead...)  ->  detect -> Finding...
                                                                   ->  report (JSON, text, HTML)

A `Sentence` keeps character offsets into its `Document.text`; its `text` is that slice, checked
once when the document is built, so the two can never drift apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal, get_args

SCHEMA = "provenance.report/1"

SentenceKind = Literal["sentence", "heading", "caption", "line"]
"""`line`: a one-line unit with no sentence punctuation (a byline, boilerplate, a list item)."""

Relation = Literal["monotone", "moved", "duplicate"]
"""How a bead was found: the monotone pass, or the order-free pass (a moved or repeated passage)."""

Severity = Literal["low", "medium", "high"]
SEVERITIES: tuple[Severity, ...] = get_args(Severity)

FindingKind = Literal[
    "addition",
    "omission",
    "partial_omission",
    "altered_figure",
    "altered_quote",
    "modality_shift",
    "entity_change",
    "moved",
    "duplicate",
]
FINDING_KINDS: tuple[FindingKind, ...] = get_args(FindingKind)


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    text: str
    start: int  # character offsets into Document.text: text == document.text[start:end]
    end: int
    lang: str
    paragraph: int
    kind: SentenceKind = "sentence"


@dataclass(frozen=True, slots=True)
class Document:
    text: str
    sentences: tuple[Sentence, ...]
    lang: str  # the dominant language of the sentences
    path: str | None = None

    def __post_init__(self) -> None:
        for i, s in enumerate(self.sentences):
            if s.index != i or self.text[s.start : s.end] != s.text:
                raise ValueError(f"sentence {i} does not match its offsets in the document text")

    def __len__(self) -> int:
        return len(self.sentences)

    @property
    def texts(self) -> list[str]:
        return [s.text for s in self.sentences]

    def lang_of(self, indices: Iterable[int]) -> str:
        """The language of the sentences `indices` (a bead's side): the first one's that has one, else
        the document's."""
        return next((self.sentences[i].lang for i in indices if self.sentences[i].lang), self.lang)


@dataclass(frozen=True, slots=True)
class Bead:
    """Sentences of the source and the derived text that say the same thing.

    An empty side is an unmatched sentence: `([3], [])` was dropped, `([], [5])` was added.
    """

    source: tuple[int, ...]
    derived: tuple[int, ...]
    score: float = 0.0
    relation: Relation = "monotone"

    @property
    def is_match(self) -> bool:
        return bool(self.source) and bool(self.derived)


@dataclass(frozen=True, slots=True)
class Alignment:
    """Every sentence of both documents lies in at least one bead (exactly one, but for duplicates)."""

    beads: tuple[Bead, ...]

    @property
    def matches(self) -> tuple[Bead, ...]:
        return tuple(b for b in self.beads if b.is_match)


@dataclass(frozen=True, slots=True)
class Finding:
    kind: FindingKind
    source: tuple[int, ...]  # sentence indices
    derived: tuple[int, ...]
    message: str
    severity: Severity = "medium"
    confidence: float = 0.5
    source_span: str | None = None  # the exact words concerned, as they stand in the text
    derived_span: str | None = None
    # character offsets of the spans into Document.text, for renderers that highlight in place
    source_range: tuple[int, int] | None = None
    derived_range: tuple[int, int] | None = None
    detector: str = ""


@dataclass(frozen=True, slots=True)
class Report:
    source: Document
    derived: Document
    alignment: Alignment
    findings: tuple[Finding, ...]
    model: str
    version: str
    timings: dict[str, float] = field(default_factory=dict, compare=False)
