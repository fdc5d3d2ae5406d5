"""What every renderer needs from a `provenance.report/1` dict: spans inside sentences, row order.

Renderers read only the JSON dict (never the dataclasses), so a saved report renders the same.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Any, Literal

from provenance.core import FINDING_KINDS, SEVERITIES

Side = Literal["source", "derived"]
SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}  # low 0 < medium 1 < high 2
KIND_LABELS = {k: k.replace("_", " ") for k in FINDING_KINDS}
_EDGE_PUNCTUATION = " \t\n.,;:!?…。，、！？"


def local_span(report: dict[str, Any], finding: dict[str, Any], side: Side, index: int) -> tuple[int, int] | None:
    """The finding's span inside sentence `index` of `side`, as offsets into that sentence's text.

    Prefers the document offsets (`*_range`); falls back to finding the span text in the sentence
    (exact, then case-insensitive); None when the finding names no span in this sentence.
    """
    sentence = report[side]["sentences"][index]
    text: str = sentence["text"]
    rng = finding.get(f"{side}_range")
    if rng:
        start, end = max(rng[0], sentence["start"]), min(rng[1], sentence["end"])
        if start < end:
            return start - sentence["start"], end - sentence["start"]
        return None  # the range lies in another sentence of the finding
    span = (finding.get(f"{side}_span") or "").strip()
    # a span cut from joined sentences can carry the punctuation between them: try without it
    for words in dict.fromkeys((span, span.strip(_EDGE_PUNCTUATION))):
        if not words:
            continue
        at = text.find(words)
        if at < 0 and len(text.casefold()) == len(text):  # casefold can change lengths (ß -> ss)
            at = text.casefold().find(words.casefold())
        if at >= 0:
            return at, at + len(words)
    return None


def severity_order(findings: list[dict[str, Any]]) -> list[int]:
    """Finding indices, most severe first, then in reading order of the derived, then source text."""

    def key(i: int) -> tuple[int, int, int, int]:
        f = findings[i]
        return (
            -SEVERITY_RANK.get(f["severity"], 1),
            min(f["derived"], default=10**9),
            min(f["source"], default=10**9),
            FINDING_KINDS.index(f["kind"]) if f["kind"] in FINDING_KINDS else 99,
        )

    return sorted(range(len(findings)), key=key)


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the side-by-side view.

    `bead` indexes report["alignment"]; a ghost row (bead of a moved passage seen at its old place
    in the source) has `ghost=True` and shows the source sentences greyed, opposite a gap.
    """

    bead: int
    source: tuple[int, ...]
    derived: tuple[int, ...]
    relation: str
    ghost: bool = False


def rows(report: dict[str, Any]) -> list[Row]:
    """Beads in the order of the derived text; source-only beads (and the old places of moved
    passages) slot in after the row holding the closest preceding source sentence in order."""
    beads = report["alignment"]
    with_derived = sorted((i for i, b in enumerate(beads) if b["derived"]), key=lambda i: (min(beads[i]["derived"]), i))
    ordered: list[Row] = [
        Row(i, tuple(beads[i]["source"]), tuple(beads[i]["derived"]), beads[i].get("relation", "monotone"))
        for i in with_derived
    ]
    # Anchors: where each source sentence sits in derived order, counting only in-order beads.
    anchor: dict[int, int] = {}
    for pos, row in enumerate(ordered):
        if row.relation == "monotone":
            for s in row.source:
                anchor.setdefault(s, pos)
    pending: list[tuple[int, Row]] = []  # (source index, row) to insert
    for i, b in enumerate(beads):
        if not b["source"]:
            continue
        relation = b.get("relation", "monotone")
        if not b["derived"]:
            pending.append((min(b["source"]), Row(i, tuple(b["source"]), (), relation)))
        elif relation == "moved":
            pending.append((min(b["source"]), Row(i, tuple(b["source"]), (), relation, ghost=True)))
    if not pending:
        return ordered
    keys = sorted(anchor)
    latest: list[int] = []  # latest[k]: the furthest row holding any of keys[0..k]
    for k in keys:
        latest.append(max(anchor[k], latest[-1] if latest else -1))
    inserts: dict[int, list[tuple[int, Row]]] = {}  # after row position (-1: top) -> rows
    for s, row in pending:
        k = bisect_left(keys, s)
        inserts.setdefault(latest[k - 1] if k else -1, []).append((s, row))
    out: list[Row] = [r for _, r in sorted(inserts.get(-1, []), key=lambda t: t[0])]
    for pos, row in enumerate(ordered):
        out.append(row)
        out.extend(r for _, r in sorted(inserts.get(pos, []), key=lambda t: t[0]))
    return out


def excerpt(text: str, span: tuple[int, int] | None, width: int = 240) -> tuple[str, str, str, bool, bool]:
    """(before, span, after, cut_left, cut_right): `text` cut to about `width` chars around the span."""
    if span is None:
        if len(text) <= width:
            return text, "", "", False, False
        return text[:width].rstrip(), "", "", False, True
    a, b = span
    if len(text) <= width:
        return text[:a], text[a:b], text[b:], False, False
    room = max(width - (b - a), 20) // 2
    lo, hi = max(0, a - room), min(len(text), b + room)
    return text[lo:a], text[a:b], text[b:hi], lo > 0, hi < len(text)
