"""Validate a `provenance.report/1` dict: the JSON Schema (report.schema.json), then the
cross-references a schema cannot express (sentence indices, offsets, summary counts)."""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from importlib.resources import files
from typing import Any


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of `provenance.report/1`."""
    return json.loads(files("provenance.report").joinpath("report.schema.json").read_text("utf-8"))


def _where(path: Any) -> str:
    out = "report"
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _schema_errors(report: dict[str, Any]) -> list[str]:
    import jsonschema  # lazy: only validation needs it (a dev dependency)

    validator = jsonschema.Draft202012Validator(schema())
    errors = sorted(validator.iter_errors(report), key=lambda e: list(map(str, e.absolute_path)))
    out = []
    for e in errors:
        # `oneOf` failures hide the useful reason in their context: report the closest sub-error
        useful = [c for c in e.context if c.validator_value != "null"] or e.context
        best = min(useful, key=lambda c: len(c.path)) if useful else e
        message = best.message if len(best.message) < 300 else best.message[:300] + "…"
        out.append(f"{_where(e.absolute_path)}: {message}")
    return out


def _consistency_errors(report: dict[str, Any]) -> list[str]:
    out: list[str] = []
    n = {side: len(report[side]["sentences"]) for side in ("source", "derived")}
    for side in ("source", "derived"):
        doc = report[side]
        last_end = 0
        for i, s in enumerate(doc["sentences"]):
            where = f"report.{side}.sentences[{i}]"
            if s["index"] != i:
                out.append(f"{where}.index is {s['index']}, expected {i}")
            if s["end"] - s["start"] != len(s["text"]):
                out.append(f"{where}: end - start ({s['end']} - {s['start']}) != len(text) ({len(s['text'])})")
            if s["start"] < last_end:
                out.append(f"{where}: starts at {s['start']}, inside the previous sentence (ends at {last_end})")
            if s["end"] > doc["chars"]:
                out.append(f"{where}: ends at {s['end']}, past the document's {doc['chars']} characters")
            last_end = max(last_end, s["end"])
    covered: dict[str, set[int]] = {"source": set(), "derived": set()}
    for b, bead in enumerate(report["alignment"]):
        if not bead["source"] and not bead["derived"]:
            out.append(f"report.alignment[{b}]: an empty bead")
        for side in ("source", "derived"):
            for i in bead[side]:
                if i >= n[side]:
                    out.append(f"report.alignment[{b}].{side}: sentence {i} does not exist (only {n[side]})")
                covered[side].add(i)
    for side in ("source", "derived"):
        missing = sorted(set(range(n[side])) - covered[side])
        if missing and report["alignment"]:
            out.append(f"report.alignment: {side} sentences in no bead: {missing[:10]}")
    for k, f in enumerate(report["findings"]):
        for side in ("source", "derived"):
            where = f"report.findings[{k}]"
            bad = [i for i in f[side] if i >= n[side]]
            if bad:
                out.append(f"{where}.{side}: sentences {bad} do not exist (only {n[side]})")
            rng = f[f"{side}_range"]
            if rng is None:
                continue
            if rng[0] > rng[1]:
                out.append(f"{where}.{side}_range: start {rng[0]} after end {rng[1]}")
            sentences = [report[side]["sentences"][i] for i in f[side] if i < n[side]]
            if not sentences or not (
                min(s["start"] for s in sentences) <= rng[0] <= rng[1] <= max(s["end"] for s in sentences)
            ):
                out.append(f"{where}.{side}_range {rng} lies outside its {side} sentences {f[side]}")
    summary = report["summary"]
    by_kind = Counter(f["kind"] for f in report["findings"])
    by_severity = Counter(f["severity"] for f in report["findings"])
    expected = {
        "source_sentences": n["source"],
        "derived_sentences": n["derived"],
        "findings": len(report["findings"]),
        "by_kind": dict(by_kind),
        "by_severity": dict(by_severity),
    }
    for key, value in expected.items():
        if summary[key] != value:
            out.append(f"report.summary.{key} is {summary[key]!r}, the report holds {value!r}")
    return out


def validate_report(report: dict[str, Any]) -> None:
    """Raise ValueError naming every problem when `report` is not a valid `provenance.report/1`."""
    if not isinstance(report, dict):
        raise ValueError(f"a report is a JSON object, not {type(report).__name__}")
    errors = _schema_errors(report)
    if not errors:  # cross-references only make sense once the shape is right
        errors = _consistency_errors(report)
    if errors:
        shown = errors[:20] + ([f"... and {len(errors) - 20} more"] if len(errors) > 20 else [])
        raise ValueError("invalid provenance.report/1:\n  " + "\n  ".join(shown))
