"""The JSON Schema of provenance.report/1 and `validate_report`."""

from __future__ import annotations

import copy
import json

import pytest

from provenance.report.contract import report_from_dict, report_to_dict
from provenance.report.demo import demo_reports
from provenance.report.schema import schema, validate_report

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema (a dev dependency) is not installed")


@pytest.fixture(scope="module")
def reports() -> dict[str, dict]:
    return demo_reports()


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_demo_reports_are_valid_and_survive_a_json_round_trip(reports: dict[str, dict]) -> None:
    for report in reports.values():
        validate_report(report)
        again = json.loads(json.dumps(report, ensure_ascii=False))
        validate_report(again)
        validate_report(report_to_dict(report_from_dict(again)))


def test_demo_reports_cover_every_kind_relation_and_gap(reports: dict[str, dict]) -> None:
    from provenance.core import FINDING_KINDS

    kinds = {f["kind"] for r in reports.values() for f in r["findings"]}
    assert kinds == set(FINDING_KINDS)
    relations = {b["relation"] for r in reports.values() for b in r["alignment"]}
    assert relations == {"monotone", "moved", "duplicate"}
    beads = [b for r in reports.values() for b in r["alignment"]]
    assert any(not b["derived"] for b in beads) and any(not b["source"] for b in beads)


def _problem(report: dict, mutate) -> str:
    broken = copy.deepcopy(report)
    mutate(broken)
    with pytest.raises(ValueError) as info:
        validate_report(broken)
    return str(info.value)


def test_rejects_unknown_enums_with_a_readable_path(reports: dict[str, dict]) -> None:
    r = reports["en-vi"]

    def kind(d):
        d["findings"][0]["kind"] = "typo"

    def severity(d):
        d["findings"][1]["severity"] = "HIGH"

    def relation(d):
        d["alignment"][0]["relation"] = "sideways"

    def sentence_kind(d):
        d["source"]["sentences"][0]["kind"] = "para"

    assert "report.findings[0].kind: 'typo' is not one of" in _problem(r, kind)
    assert "report.findings[1].severity" in _problem(r, severity)
    assert "report.alignment[0].relation" in _problem(r, relation)
    assert "report.source.sentences[0].kind" in _problem(r, sentence_kind)


def test_rejects_missing_fields_and_unknown_fields(reports: dict[str, dict]) -> None:
    r = reports["en-vi"]
    assert "'message' is a required property" in _problem(r, lambda d: d["findings"][2].pop("message"))
    assert "'schema' is a required property" in _problem(r, lambda d: d.pop("schema"))
    assert "'colour' was unexpected" in _problem(r, lambda d: d["findings"][0].update(colour="red"))
    assert "report.schema" in _problem(r, lambda d: d.update(schema="provenance.report/2"))
    # timings are free-form stage names, but numbers
    validate_report({**r, "timings": {"anything": 1.5}})
    assert "report.timings.x" in _problem(r, lambda d: d["timings"].update(x="slow"))


def test_rejects_malformed_ranges(reports: dict[str, dict]) -> None:
    r = reports["en-vi"]
    assert "report.findings[0].source_range: [1] is too short" in _problem(
        r, lambda d: d["findings"][0].update(source_range=[1])
    )
    assert "report.findings[0].source_range" in _problem(r, lambda d: d["findings"][0].update(source_range=[5, 2]))


def test_rejects_broken_cross_references(reports: dict[str, dict]) -> None:
    r = reports["en-vi"]
    assert "sentences [99] do not exist" in _problem(r, lambda d: d["findings"][0].update(source=[99]))
    assert "lies outside its source sentences" in _problem(r, lambda d: d["findings"][0].update(source=[0]))
    assert "report.alignment[0].derived: sentence 40 does not exist" in _problem(
        r, lambda d: d["alignment"][0].update(derived=[40])
    )
    assert "summary.findings is 3" in _problem(r, lambda d: d["summary"].update(findings=3))

    def shift(d):
        d["source"]["sentences"][2]["start"] += 1

    assert "report.source.sentences[2]" in _problem(r, shift)


def test_not_a_dict() -> None:
    with pytest.raises(ValueError, match="JSON object"):
        validate_report([])  # type: ignore[arg-type]
