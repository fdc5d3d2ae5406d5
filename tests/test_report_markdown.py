"""The Markdown renderer, read back by a CommonMark parser with GFM tables (markdown-it-py)."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from provenance.core import Alignment, Bead, Finding, Report
from provenance.report.contract import report_to_dict
from provenance.report.demo import MODEL, demo_reports, make_document, span
from provenance.report.markdown import escape, render_markdown
from provenance.report.schema import validate_report
from provenance.report.view import severity_order

markdown_it = pytest.importorskip("markdown_it", reason="markdown-it-py (installed with rich) is missing")

ALLOWED_TAGS = {"h2", "h3", "p", "table", "thead", "tbody", "tr", "th", "td", "strong", "sub"}


class Tables(HTMLParser):
    """Every tag seen, and the rows of the last table: cells as (text, [bold texts])."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.rows: list[list[tuple[str, list[str]]]] = []
        self._cell: list[str] | None = None
        self._bold: list[str] | None = None
        self._bolds: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.add(tag)
        if tag == "table":
            self.rows = []
        elif tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell, self._bolds = [], []
        elif tag == "strong":
            self._bold = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append(("".join(self._cell), self._bolds))
            self._cell = None
        elif tag == "strong" and self._bold is not None:
            self._bolds.append("".join(self._bold))
            self._bold = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        if self._bold is not None:
            self._bold.append(data)


def parse(markdown: str) -> Tables:
    html = markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(markdown)
    tables = Tables()
    tables.feed(html)
    return tables


def findings_table(report: dict) -> list[list[tuple[str, list[str]]]]:
    tables = parse(render_markdown(report))
    assert tables.tags <= ALLOWED_TAGS, tables.tags - ALLOWED_TAGS
    header, *body = tables.rows
    assert [c[0] for c in header] == ["#", "Kind", "Severity", "Source", "Derived", "What changed"]
    return body


@pytest.mark.parametrize("name", ["en-vi", "ar-en"])
def test_every_finding_is_a_row_with_its_spans_in_bold(name: str) -> None:
    report = demo_reports()[name]
    validate_report(report)
    body = findings_table(report)
    assert len(body) == len(report["findings"])
    assert all(len(row) == 6 for row in body)  # no pipe in a text broke a row
    for row, k in zip(body, severity_order(report["findings"]), strict=True):  # most severe first
        f = report["findings"][k]
        assert row[5][0].startswith(f["message"])
        assert row[1][0] == f["kind"].replace("_", " ") and row[2][0] == f["severity"]
        for col, side in ((3, "source"), (4, "derived")):
            text, bolds = row[col]
            if not f[side]:
                assert text == "—"
                continue
            assert text == " ".join(report[side]["sentences"][i]["text"] for i in f[side])
            if f[f"{side}_span"]:
                assert bolds == [f[f"{side}_span"].strip()]


def test_summary_table_counts() -> None:
    report = demo_reports()["en-vi"]
    md = render_markdown(report)
    assert "| altered quote | 1 | 0 | 1 | 2 |" in md
    assert f"**{len(report['findings'])} findings**" in md
    assert "| Language | en | vi, zh, ru |" in md


NASTY = "a*b*c _d_ `code` [link](http://x.y) ![i](x.png) <b>x</b> | pipe ~~gone~~ &amp; $x$ \\ slash <!-- c -->"


def test_markdown_syntax_in_the_texts_stays_literal() -> None:
    src = make_document([(NASTY, "en"), ("The price rose to **5** dollars.", "en")], "en", "a|b.md")
    der = make_document([("Plain " + NASTY, "en"), ("The price rose to *6* dollars.", "en")], "en")
    finding = Finding(
        "altered_figure", (1,), (1,), "**5** became *6* | see [x](y)", "high", 0.9,
        "**5**", "*6*", span(src, 1, "**5**"), span(der, 1, "*6*"),
    )  # fmt: skip
    nasty = Finding("altered_quote", (0,), (0,), NASTY, "low", 0.5, "`code`", "<b>x</b>",
                    span(src, 0, "`code`"), span(der, 0, "<b>x</b>"))  # fmt: skip
    report = report_to_dict(
        Report(src, der, Alignment((Bead((0,), (0,)), Bead((1,), (1,)))), (finding, nasty), MODEL, "0")
    )
    validate_report(report)
    body = findings_table(report)
    assert len(body) == 2 and all(len(r) == 6 for r in body)
    figure, quote = body
    assert figure[3] == ("The price rose to **5** dollars.", ["**5**"])
    assert figure[4] == ("The price rose to *6* dollars.", ["*6*"])
    assert figure[5][0].startswith("**5** became *6* | see [x](y)")
    assert quote[3] == (NASTY, ["`code`"])
    assert quote[4] == ("Plain " + NASTY, ["<b>x</b>"])
    assert quote[5][0].startswith(NASTY)
    assert "a|b.md" in render_markdown(report).replace("\\|", "|")


def test_bold_survives_punctuation_next_to_words_and_cjk() -> None:
    src = make_document([('He said"it is final"today.', "en"), ("报告说“增长了百分之五”。", "zh")], "zh")
    der = make_document([('He said"it may be final"today.', "en"), ("报告说“增长了百分之三”。", "zh")], "zh")
    findings = (
        Finding("altered_quote", (0,), (0,), "q", "medium", 0.5, '"it is final"', '"it may be final"',
                span(src, 0, '"it is final"'), span(der, 0, '"it may be final"')),
        Finding("altered_figure", (1,), (1,), "f", "high", 0.5, "“增长了百分之五”", "百分之三",
                span(src, 1, "“增长了百分之五”"), span(der, 1, "百分之三")),
    )  # fmt: skip
    report = report_to_dict(Report(src, der, Alignment((Bead((0,), (0,)), Bead((1,), (1,)))), findings, MODEL, "0"))
    validate_report(report)
    body = findings_table(report)
    bolds = {row[5][0][:1]: (row[3][1], row[4][1]) for row in body}
    assert bolds["q"] == (['"it is final"'], ['"it may be final"'])
    assert bolds["f"] == (["“增长了百分之五”"], ["百分之三"])


def test_escape_is_one_line() -> None:
    assert escape("a\nb\r\n\tc") == "a b c"
    assert escape("|") == "\\|"
