"""The terminal renderer: plain text off a TTY, colour on demand, every finding with its spans."""

from __future__ import annotations

import io
import re

import pytest

from provenance.report.demo import demo_reports
from provenance.report.schema import validate_report
from provenance.report.terminal import render_terminal

ANSI = re.compile(r"\x1b\[[0-9;]*m")


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture(scope="module")
def report() -> dict:
    r = demo_reports()["en-vi"]
    validate_report(r)
    return r


def render(report: dict, **kwargs) -> str:
    buf = kwargs.pop("file", None) or io.StringIO()
    render_terminal(report, file=buf, **kwargs)
    return buf.getvalue()


def test_plain_when_not_a_tty(report: dict) -> None:
    out = render(report, width=100)
    assert "\x1b" not in out
    assert all(line == line.rstrip() for line in out.splitlines())
    assert all(len(line) <= 100 for line in out.splitlines())


def test_colour_on_a_tty_and_off_with_no_color(report: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    coloured = render(report, file=FakeTTY(), width=100)
    assert ANSI.search(coloured)
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b" not in render(report, file=FakeTTY(), width=100)
    assert "\x1b" not in render(report, file=FakeTTY(), width=100, color=False)
    assert ANSI.search(render(report, width=100, color=True))  # --color forces it, even piped


def test_colour_and_plain_say_the_same(report: dict) -> None:
    plain = render(report, width=200, color=False)
    coloured = ANSI.sub("", render(report, width=200, color=True))
    for f in report["findings"]:
        assert f["message"].replace("\n", " ") in plain and f["message"] in coloured
    # the same sentences, with the spans marked «so» in plain text and by a style in colour
    pattern = re.compile(r"^\s+(?:source|derived)\s+(.*?)\s*$", re.M)
    plain_lines, coloured_lines = pattern.findall(plain), pattern.findall(coloured)
    assert len(plain_lines) == len(coloured_lines) == 2 * len(report["findings"])

    def unmarked(line: str) -> str:
        return line.replace("«", "").replace("»", "")

    assert [unmarked(x) for x in plain_lines] == [unmarked(x) for x in coloured_lines]
    assert sum("«" in x for x in plain_lines) > sum("«" in x for x in coloured_lines)


def test_header_and_summary(report: dict) -> None:
    out = render(report, width=120)
    assert "samples/mekong.en.txt" in out and "samples/mekong.vi.txt" in out
    assert "vi, zh, ru" in out  # every language of the derived text, dominant first
    assert "intfloat/multilingual-e5-small" in out and "0.1.0" in out
    assert "12 sentences, 10 matched" in out and "14 sentences, 11 matched" in out
    assert f"{len(report['findings'])} findings" in out
    row = re.search(r"^altered quote\s+(\d+)\s+(\S+)\s+(\d+)\s+(\d+)$", out, re.M)
    assert row and row.groups() == ("1", "·", "1", "2")


def test_findings_grouped_by_severity_high_first_with_spans(report: dict) -> None:
    out = render(report, width=120)
    high, medium, low = (out.index(f"== {s} (") for s in ("HIGH", "MEDIUM", "LOW"))
    assert high < medium < low
    numbered = re.findall(r"^\s*(\d+)\. ", out, re.M)
    assert numbered == [str(i) for i in range(1, len(report["findings"]) + 1)]
    assert "«310»" in out and "«130»" in out
    assert out.index("«310»") < medium  # a high finding
    assert "«Thailand»" in out and medium < out.index("«Thailand»") < low
    assert "Một số nhà báo cho rằng «chính phủ đã phản ứng chậm»." in out
    assert "一位居民说" in out and "«Новости Дельты»" in out


def test_right_to_left_text_keeps_its_span(report: dict) -> None:
    out = render(demo_reports()["ar-en"], width=100)
    assert "«قد تستمر»" in out and "«will continue»" in out
    assert "قال المتحدث إن «40» شخصا" in out


def test_escape_sequences_from_a_hostile_page_are_neutralised(report: dict) -> None:
    hostile = dict(report)
    hostile["findings"] = [dict(report["findings"][0], message="\x1b[2J\x1b]0;pwned\x07 cleared your screen")]
    out = render(hostile, width=100, color=False)
    assert "\x1b" not in out and "\x07" not in out
    assert "␛[2J" in out
    coloured = render(hostile, width=100, color=True)
    assert "\x1b[2J" not in coloured and "\x1b]0;" not in coloured


def test_no_findings(report: dict) -> None:
    empty = {
        **report,
        "findings": [],
        "summary": {**report["summary"], "findings": 0, "by_kind": {}, "by_severity": {}},
    }
    validate_report(empty)
    assert "No findings" in render(empty)
