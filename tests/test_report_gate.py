"""`exceeds`: the exit-code gate for pipelines."""

from __future__ import annotations

import pytest

from provenance.report.demo import demo_reports
from provenance.report.gate import exceeds


@pytest.fixture(scope="module")
def report() -> dict:
    return demo_reports()["ar-en"]  # altered_figure high, modality_shift medium, omission medium, addition low


def test_by_kind(report: dict) -> None:
    assert exceeds(report, {"altered_figure"}, None)
    assert exceeds(report, {"moved", "addition"}, None)
    assert not exceeds(report, {"moved", "duplicate", "altered_quote"}, None)
    assert not exceeds(report, set(), None)


def test_by_severity_at_or_above(report: dict) -> None:
    assert exceeds(report, set(), "high")
    assert exceeds(report, set(), "low")
    lowered = {**report, "findings": [f for f in report["findings"] if f["severity"] != "high"]}
    assert not exceeds(lowered, set(), "high")
    assert exceeds(lowered, set(), "medium")
    only_low = {**report, "findings": [f for f in report["findings"] if f["severity"] == "low"]}
    assert not exceeds(only_low, set(), "medium")
    assert not exceeds({**report, "findings": []}, {"addition"}, "low")


def test_typos_are_errors_not_silent_passes(report: dict) -> None:
    with pytest.raises(ValueError, match="unknown finding kind"):
        exceeds(report, {"omissions"}, None)
    with pytest.raises(ValueError, match="unknown severity"):
        exceeds(report, set(), "critical")
