"""The JSON report, `provenance.report/1`: the contract between the pipeline and every renderer.

Renderers (terminal, Markdown, HTML) and `audit` read only this dictionary, so a report saved with
`--json` renders the same as one made a moment ago.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from provenance.core import (
    FINDING_KINDS,
    SCHEMA,
    SEVERITIES,
    Alignment,
    Bead,
    Document,
    Finding,
    Report,
    Sentence,
)


def document_to_dict(doc: Document) -> dict[str, Any]:
    return {
        "path": doc.path,
        "lang": doc.lang,
        "chars": len(doc.text),
        "sentences": [
            {
                "index": s.index,
                "text": s.text,
                "start": s.start,
                "end": s.end,
                "lang": s.lang,
                "paragraph": s.paragraph,
                "kind": s.kind,
            }
            for s in doc.sentences
        ],
    }


def bead_to_dict(bead: Bead) -> dict[str, Any]:
    return {
        "source": list(bead.source),
        "derived": list(bead.derived),
        "score": round(float(bead.score), 4),
        "relation": bead.relation,
    }


def finding_to_dict(f: Finding) -> dict[str, Any]:
    return {
        "kind": f.kind,
        "source": list(f.source),
        "derived": list(f.derived),
        "source_span": f.source_span,
        "derived_span": f.derived_span,
        "source_range": list(f.source_range) if f.source_range else None,
        "derived_range": list(f.derived_range) if f.derived_range else None,
        "message": f.message,
        "severity": f.severity,
        "confidence": round(float(f.confidence), 3),
        "detector": f.detector,
    }


def summarize(report: Report) -> dict[str, Any]:
    by_kind = Counter(f.kind for f in report.findings)
    by_severity = Counter(f.severity for f in report.findings)
    matched_source = {i for b in report.alignment.matches for i in b.source}
    matched_derived = {j for b in report.alignment.matches for j in b.derived}
    n_src, n_der = len(report.source), len(report.derived)
    return {
        "source_sentences": n_src,
        "derived_sentences": n_der,
        "source_matched": len(matched_source),
        "derived_matched": len(matched_derived),
        "findings": len(report.findings),
        "by_kind": {k: by_kind[k] for k in FINDING_KINDS if by_kind[k]},
        "by_severity": {s: by_severity[s] for s in SEVERITIES if by_severity[s]},
    }


def report_to_dict(report: Report) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "tool": {"name": "provenance", "version": report.version},
        "model": report.model,
        "source": document_to_dict(report.source),
        "derived": document_to_dict(report.derived),
        "alignment": [bead_to_dict(b) for b in report.alignment.beads],
        "findings": [finding_to_dict(f) for f in report.findings],
        "summary": summarize(report),
        "timings": {k: round(v, 4) for k, v in report.timings.items()},
    }


def _document_from_dict(d: dict[str, Any]) -> Document:
    sentences = tuple(
        Sentence(
            index=s["index"],
            text=s["text"],
            start=s["start"],
            end=s["end"],
            lang=s["lang"],
            paragraph=s["paragraph"],
            kind=s.get("kind", "sentence"),
        )
        for s in d["sentences"]
    )
    # The report keeps sentences, not the whole text: rebuild a text that honours every offset.
    chars = [" "] * max([s.end for s in sentences] + [d.get("chars", 0)])
    for s in sentences:
        chars[s.start : s.end] = s.text
    return Document(text="".join(chars), sentences=sentences, lang=d["lang"], path=d.get("path"))


def report_from_dict(d: dict[str, Any]) -> Report:
    if d.get("schema") != SCHEMA:
        raise ValueError(f"not a {SCHEMA} report (schema: {d.get('schema')!r})")
    beads = tuple(
        Bead(tuple(b["source"]), tuple(b["derived"]), b.get("score", 0.0), b.get("relation", "monotone"))
        for b in d["alignment"]
    )
    findings = tuple(
        Finding(
            kind=f["kind"],
            source=tuple(f["source"]),
            derived=tuple(f["derived"]),
            message=f["message"],
            severity=f.get("severity", "medium"),
            confidence=f.get("confidence", 0.5),
            source_span=f.get("source_span"),
            derived_span=f.get("derived_span"),
            source_range=tuple(f["source_range"]) if f.get("source_range") else None,
            derived_range=tuple(f["derived_range"]) if f.get("derived_range") else None,
            detector=f.get("detector", ""),
        )
        for f in d["findings"]
    )
    return Report(
        source=_document_from_dict(d["source"]),
        derived=_document_from_dict(d["derived"]),
        alignment=Alignment(beads),
        findings=findings,
        model=d["model"],
        version=d.get("tool", {}).get("version", ""),
        timings=dict(d.get("timings", {})),
    )
