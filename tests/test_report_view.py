"""Shared renderer helpers: spans inside sentences and the row order of the side-by-side view."""

from __future__ import annotations

from provenance.core import Alignment, Bead, Report
from provenance.report.contract import report_to_dict
from provenance.report.demo import MODEL, demo_reports, make_document
from provenance.report.schema import validate_report
from provenance.report.view import excerpt, local_span, rows, severity_order


def test_local_span_from_document_offsets() -> None:
    r = demo_reports()["en-vi"]
    for f in r["findings"]:
        for side in ("source", "derived"):
            if f[f"{side}_range"]:
                i = f[side][0]
                a, b = local_span(r, f, side, i)
                assert r[side]["sentences"][i]["text"][a:b] == f[f"{side}_span"]


def test_local_span_falls_back_to_the_span_text() -> None:
    r = demo_reports()["en-vi"]
    f = dict(r["findings"][2], source_range=None, derived_range=None)  # altered figure 310 -> 130
    s = r["source"]["sentences"][f["source"][0]]["text"]
    a, b = local_span(r, f, "source", f["source"][0])
    assert s[a:b] == "310"
    f["source_span"] = "RAINFALL"  # case-insensitive second try
    a, b = local_span(r, f, "source", f["source"][0])
    assert s[a:b] == "Rainfall"
    f["source_span"] = ". Rainfall reached"  # cut from joined sentences, with the punctuation between
    a, b = local_span(r, f, "source", f["source"][0])
    assert s[a:b] == "Rainfall reached"
    f["source_span"] = "not there"
    assert local_span(r, f, "source", f["source"][0]) is None


def test_range_in_another_sentence_of_the_finding_is_not_this_sentence() -> None:
    r = demo_reports()["en-vi"]
    f = dict(r["findings"][2], source=[3, 4])
    assert local_span(r, f, "source", 3) is None
    assert local_span(r, f, "source", 4) is not None


def test_rows_follow_the_derived_order_with_gaps_after_their_predecessor() -> None:
    src = make_document([(t, "en") for t in ["A0.", "A1.", "A2.", "A3.", "A4.", "A5."]], "en")
    der = make_document([(t, "de") for t in ["B0.", "B1.", "B2.", "B3.", "B4."]], "de")
    beads = (
        Bead((), (0,)),  # an addition at the very top
        Bead((0,), (1,)),
        Bead((1,), ()),  # omitted: stays after A0's row
        Bead((2,), (4,), relation="moved"),  # moved to the end: a ghost row stays after A1
        Bead((3, 4), (2,)),
        Bead((5,), (3,)),
        Bead((0,), (4,), relation="duplicate"),  # (a derived sentence may be in two beads)
    )
    report = report_to_dict(Report(src, der, Alignment(beads), (), MODEL, "0"))
    validate_report(report)
    got = [(r.source, r.derived, r.relation, r.ghost) for r in rows(report)]
    assert got == [
        ((), (0,), "monotone", False),
        ((0,), (1,), "monotone", False),
        ((1,), (), "monotone", False),
        ((2,), (), "moved", True),
        ((3, 4), (2,), "monotone", False),
        ((5,), (3,), "monotone", False),
        ((2,), (4,), "moved", False),
        ((0,), (4,), "duplicate", False),
    ]


def test_source_only_bead_before_any_anchor_goes_on_top() -> None:
    src = make_document([("A0.", "en"), ("A1.", "en")], "en")
    der = make_document([("B0.", "en")], "en")
    report = report_to_dict(Report(src, der, Alignment((Bead((0,), ()), Bead((1,), (0,)))), (), MODEL, "0"))
    validate_report(report)
    assert [r.source for r in rows(report)] == [(0,), (1,)]


def test_severity_order_is_high_first_then_reading_order() -> None:
    r = demo_reports()["en-vi"]
    order = severity_order(r["findings"])
    ranks = [("low", "medium", "high").index(r["findings"][k]["severity"]) for k in order]
    assert ranks == sorted(ranks, reverse=True)
    assert sorted(order) == list(range(len(r["findings"])))


def test_excerpt_keeps_the_span_and_marks_cuts() -> None:
    text = "x" * 500 + "SPAN" + "y" * 500
    before, span, after, left, right = excerpt(text, (500, 504), 100)
    assert span == "SPAN" and left and right and len(before) + len(after) <= 100
    assert excerpt("short", None, 100) == ("short", "", "", False, False)
