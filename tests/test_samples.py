"""Every bundled sample: the planted changes are found, the figures left alone raise nothing.

A finding matches an expected change when its kind is compatible and the sentences it cites contain
the expected substrings: the rule `../shared/eval/score.py` applies, restated here so the test runs
without `../shared`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from provenance.pipeline import compare
from provenance.read import read_text
from provenance.report.contract import report_to_dict

SAMPLE_DIR = Path(__file__).resolve().parents[1] / "samples"
SAMPLES = sorted(p for p in SAMPLE_DIR.iterdir() if (p / "expected.json").is_file())

COMPATIBLE = {
    "altered_figure": {"altered_figure"},
    "partial_omission": {"partial_omission", "omission"},
    "omission": {"omission", "partial_omission"},
    "addition": {"addition", "duplicate"},
    "duplicate": {"duplicate", "moved", "addition"},
    "moved": {"moved", "duplicate", "addition"},
    "modality_shift": {"modality_shift", "altered_quote", "altered_figure"},
    "altered_quote": {"altered_quote", "modality_shift"},
    "entity_change": {"entity_change"},
}


def _norm(s: str) -> str:
    s = re.sub(r"[\u2018\u2019\u201c\u201d\"'`]", "", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def _cites(report: dict, side: str, indices: list[int], needle: str | None) -> bool:
    if not needle:
        return True
    sentences = report[side]["sentences"]
    return _norm(needle) in _norm(" ".join(sentences[i]["text"] for i in indices))


def _matches(finding: dict, change: dict, report: dict) -> bool:
    if finding["kind"] not in COMPATIBLE[change["kind"]]:
        return False
    if change["kind"] == "addition" and not finding["derived"]:
        return False
    if change["kind"] == "omission" and not finding["source"]:
        return False
    return _cites(report, "source", finding["source"], change.get("source_sentence_contains")) and _cites(
        report, "derived", finding["derived"], change.get("derived_sentence_contains")
    )


@pytest.fixture(scope="module", params=SAMPLES, ids=[p.name for p in SAMPLES])
def sample(request, embedder) -> tuple[dict, dict]:
    folder: Path = request.param
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    report = compare(
        read_text(folder / "source.txt"),
        read_text(folder / "derived.txt"),
        embedder=embedder,
        source_path=str(folder / "source.txt"),
        derived_path=str(folder / "derived.txt"),
    )
    return expected, report_to_dict(report)


@pytest.mark.model
def test_planted_changes_are_found(sample: tuple[dict, dict]) -> None:
    expected, report = sample
    missed = [
        f"{c['kind']}: {c['note']}"
        for c in expected["changes"]
        if c.get("must", True) and not any(_matches(f, c, report) for f in report["findings"])
    ]
    assert not missed, "missed planted changes:\n" + "\n".join(missed)


@pytest.mark.model
def test_preserved_figures_raise_nothing(sample: tuple[dict, dict]) -> None:
    expected, report = sample
    # as score.py: a finding that reports a planted change is not an alarm on its neighbours
    planted = [f for f in report["findings"] if any(_matches(f, c, report) for c in expected["changes"])]
    alarms = [
        f"{f['source_span']!r} -> {f['derived_span']!r} ({p['figures']})"
        for p in expected["preserved_figures"]
        for f in report["findings"]
        if f["kind"] == "altered_figure"
        and f not in planted
        and _cites(report, "source", f["source"], p["source_sentence_contains"])
        and _cites(report, "derived", f["derived"], p["derived_sentence_contains"])
    ]
    assert not alarms, "false alarms on figures written the same:\n" + "\n".join(alarms)


@pytest.mark.model
def test_every_sentence_is_aligned_or_reported(sample: tuple[dict, dict]) -> None:
    _, report = sample
    for side in ("source", "derived"):
        covered = {i for bead in report["alignment"] for i in bead[side]}
        assert covered == set(range(len(report[side]["sentences"])))
