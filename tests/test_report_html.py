"""The HTML report, read back with the standard library's HTML parser (the browser test opens it)."""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

from provenance.core import Alignment, Bead, Finding, Report
from provenance.report.contract import report_to_dict
from provenance.report.demo import MODEL, demo_reports, make_document, span
from provenance.report.html import render_html
from provenance.report.schema import validate_report
from provenance.report.view import local_span, rows

VOID = {"meta", "link", "input", "br", "img", "hr"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str | None]
    parent: Node | None
    children: list[Node | str] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def walk(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.walk()

    def find_all(self, tag: str | None = None, cls: str | None = None) -> list[Node]:
        return [n for n in self.walk() if (tag is None or n.tag == tag) and (cls is None or cls in n.classes)]

    def ancestor(self, cls: str) -> Node | None:
        node = self.parent
        while node is not None and cls not in node.classes:
            node = node.parent
        return node


class Tree(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.at = self.root

    def handle_starttag(self, tag: str, attrs: list) -> None:
        node = Node(tag, dict(attrs), self.at)
        self.at.children.append(node)
        if tag not in VOID:
            self.at = node

    def handle_endtag(self, tag: str) -> None:
        node = self.at
        while node is not None and node.tag != tag:
            node = node.parent
        assert node is not None, f"stray </{tag}>"
        self.at = node.parent or self.root

    def handle_data(self, data: str) -> None:
        self.at.children.append(data)


def parse(page: str) -> Node:
    tree = Tree()
    tree.feed(page)
    tree.close()
    return tree.root


def check_page_is_inert(page: str, root: Node) -> None:
    """Nothing from the texts became markup: one script and one style (ours), no handlers, no loads."""
    scripts, styles = root.find_all("script"), root.find_all("style")
    assert len(scripts) == 1 and len(styles) == 1
    assert "src" not in scripts[0].attrs
    for node in root.walk():
        assert node.tag not in {"img", "iframe", "object", "embed", "b", "i", "svg", "math", "base", "form"}, node.tag
        for name, value in node.attrs.items():
            assert not name.startswith("on"), (node.tag, name)
            assert name not in {"src", "srcdoc", "action", "formaction", "style"}, (node.tag, name)
            if name == "href":
                assert value is not None and (value.startswith("#") or value == "data:,"), value
    csp = next(m.attrs["content"] for m in root.find_all("meta") if m.attrs.get("http-equiv"))

    def digest(text: str) -> str:
        return "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()

    assert "default-src 'none'" in csp
    assert f"script-src '{digest(scripts[0].text())}'" in csp
    assert f"style-src '{digest(styles[0].text())}'" in csp


def check_findings_in_place(report: dict, root: Node) -> None:
    items = root.find_all("li", "finding")
    assert sorted(int(li.attrs["data-f"]) for li in items) == list(range(len(report["findings"])))
    grid = root.find_all("div", "grid")[0]
    for k, f in enumerate(report["findings"]):
        touched = [n for n in grid.walk() if f"f{k}" in n.classes and n.ancestor("ghost") is None]
        for side, cell_class in (("source", "src"), ("derived", "der")):
            mine = [n for n in touched if n.ancestor(cell_class) is not None]
            if not f[side]:
                assert not mine
                continue
            assert mine, (k, side)
            spans = {i: local_span(report, f, side, i) for i in f[side]}
            if any(spans.values()):
                # every occurrence of a sentence shows exactly its part of the span, highlighted
                marks = [n for n in mine if n.tag == "mark"]
                assert marks and all(n.tag == "mark" for n in mine), (k, side)
                by_sentence: dict[int, tuple[int, str]] = {}
                for m in marks:
                    number = int(m.parent.find_all("span", "no")[0].text()) - 1
                    key = id(m.parent)
                    by_sentence[key] = (number, by_sentence.get(key, (number, ""))[1] + m.text())
                for number, shown in by_sentence.values():
                    a, b = spans[number]
                    assert shown == report[side]["sentences"][number]["text"][a:b], (k, side)
                if f[f"{side}_range"]:
                    assert {shown for _, shown in by_sentence.values()} == {f[f"{side}_span"]}
            else:  # no span on this side: its sentences are marked whole, or as context of the other side's span
                other = "derived" if side == "source" else "source"
                located_there = any(local_span(report, f, other, i) for i in f[other])
                expected = "ctx" if located_there else "whole"
                assert all(n.tag == "p" and expected in n.classes for n in mine), (k, side, expected)
                numbers = {int(n.find_all("span", "no")[0].text()) - 1 for n in mine}
                assert numbers == set(f[side])


@pytest.mark.parametrize("name", ["en-vi", "ar-en"])
def test_demo_report_page(name: str) -> None:
    report = demo_reports()[name]
    validate_report(report)
    page = render_html(report)
    root = parse(page)
    check_page_is_inert(page, root)
    check_findings_in_place(report, root)
    body_rows = [r for r in root.find_all("div", "row") if "head" not in r.classes]
    assert len(body_rows) == len(rows(report))
    # every sentence of both texts is shown, verbatim, in a real (non-ghost) row
    for side, cls in (("source", "src"), ("derived", "der")):
        shown = {
            int(p.find_all("span", "no")[0].text()) - 1: p.text().split(None, 0)[0]
            for cell in root.find_all("div", cls)
            if cell.ancestor("ghost") is None
            for p in cell.find_all("p", "s")
        }
        assert set(shown) == set(range(len(report[side]["sentences"])))
        for i, text in shown.items():
            assert text == f"{i + 1}{report[side]['sentences'][i]['text']}"


def test_gaps_moves_and_duplicates_link_to_their_counterparts() -> None:
    report = demo_reports()["en-vi"]
    root = parse(render_html(report))
    ids = {n.attrs["id"] for n in root.walk() if "id" in n.attrs}
    links = [a for a in root.find_all("a") if "rel" in a.classes]
    assert {a.attrs["href"] for a in links} <= {f"#{i}" for i in ids}
    moved = next(i for i, b in enumerate(report["alignment"]) if b["relation"] == "moved")
    ghost = root.find_all("div", "ghost")
    assert [g.attrs["id"] for g in ghost] == [f"g{moved}"]
    assert any(a.attrs["href"] == f"#b{moved}" for a in ghost[0].find_all("a"))
    # the arrows point the way: the sentence moved down, towards the end of the derived text
    assert "moved ↓" in ghost[0].text()
    assert "moved ↑" in next(r for r in root.find_all("div", "row") if r.attrs.get("id") == f"b{moved}").text()
    assert any(a.attrs["href"] == f"#g{moved}" for a in links if a.ancestor("row").attrs["id"] == f"b{moved}")
    dup = next(i for i, b in enumerate(report["alignment"]) if b["relation"] == "duplicate")
    (dup_link,) = [a for a in links if a.ancestor("row").attrs["id"] == f"b{dup}"]
    original = dup_link.attrs["href"][2:]
    assert report["alignment"][int(original)]["source"] == report["alignment"][dup]["source"]
    gaps = root.find_all("div", "gap")
    unmatched = sum(1 for b in report["alignment"] if not b["source"] or not b["derived"])
    assert len(gaps) == unmatched + len(ghost)


def test_summary_legend_filters_and_footer() -> None:
    report = demo_reports()["en-vi"]
    root = parse(render_html(report))
    header = root.find_all("header")[0].text()
    assert f"{len(report['findings'])}findings" in header and "10/12" in header
    boxes = [n for n in root.find_all("input") if "data-kind" in n.attrs]
    assert len(boxes) == 9
    footer = root.find_all("footer")[0].text()
    assert "vi, zh, ru" in footer and MODEL in footer and "provenance 0.1.0" in footer
    assert "@media print" in root.find_all("style")[0].text()
    rtl = [p for p in root.find_all("p", "s") if p.attrs.get("dir") != "auto"]
    assert not rtl  # every sentence picks its own direction (Arabic inside an English page)
    assert any(p.attrs.get("lang") == "zh" for p in root.find_all("p", "s"))


HOSTILE = [
    "</script><script>document.title='x'</script>",
    '"><img src=x onerror="document.title=1">',
    "<!-- an open comment",
    "<style>body{display:none}</style>",
    "]]> &amp; &lt;b&gt; &#x3c;script&#x3e;",
    "<a href='javascript:alert(1)'>click</a> <base href='http://evil/'>",
    "<svg onload=alert(1)>",
    "</textarea></title></p></div></main><form action=//evil>",
    "\u2028\u2029 line separators and a NUL \x00 byte",
]


def test_hostile_text_everywhere_stays_text() -> None:
    src = make_document([(h, "en") for h in HOSTILE], "en", HOSTILE[1])
    der = make_document([(h + " (copy)", "en") for h in HOSTILE], "en", HOSTILE[0])
    findings = tuple(
        Finding(
            "altered_quote",
            (i,),
            (i,),
            f"{h} — message",
            "high",
            0.5,
            h[:12],
            h[5:20],
            span(src, i, h[:12]),
            span(der, i, h[5:20]),
            detector=HOSTILE[0],
        )
        for i, h in enumerate(HOSTILE)
    )
    beads = tuple(Bead((i,), (i,)) for i in range(len(HOSTILE)))
    report = report_to_dict(Report(src, der, Alignment(beads), findings, HOSTILE[3], HOSTILE[4]))
    validate_report(report)
    page = render_html(report)
    root = parse(page)
    check_page_is_inert(page, root)
    check_findings_in_place(report, root)
    messages = [n.text() for n in root.find_all("div", "msg")]
    assert sorted(messages) == sorted(f["message"] for f in report["findings"])
    assert re.search(r"</script>", page[: page.rindex("<script>")]) is None


def test_overlapping_spans_split_into_segments() -> None:
    src = make_document([("Officials said 2,000 homes in three provinces were damaged.", "en")], "en")
    der = make_document([("Officials said 200 homes in two provinces were damaged.", "en")], "en")
    findings = (
        Finding("altered_figure", (0,), (0,), "2,000 became 200", "high", 0.9, "2,000", "200",
                span(src, 0, "2,000"), span(der, 0, "200")),
        Finding("entity_change", (0,), (0,), "wider span", "low", 0.5, "2,000 homes in three", "200 homes in two",
                span(src, 0, "2,000 homes in three"), span(der, 0, "200 homes in two")),
    )  # fmt: skip
    report = report_to_dict(Report(src, der, Alignment((Bead((0,), (0,)),)), findings, MODEL, "0"))
    validate_report(report)
    root = parse(render_html(report))
    check_findings_in_place(report, root)
    marks = root.find_all("div", "src")[0].find_all("mark")
    assert [(m.text(), m.attrs["data-f"]) for m in marks] == [("2,000", "0 1"), (" homes in three", "1")]
    assert "k-altered_figure" in marks[0].classes  # the more severe finding colours the overlap


def test_empty_report_renders() -> None:
    src = make_document([("Only one sentence.", "en")], "en")
    report = report_to_dict(Report(src, src, Alignment((Bead((0,), (0,)),)), (), MODEL, "0"))
    validate_report(report)
    root = parse(render_html(report))
    assert not root.find_all("li", "finding") and "No findings." in root.text()


SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@pytest.mark.model
@pytest.mark.parametrize("sample", ["en-zh-macedonia-referendum"])  # one: the model is slow on CI
def test_real_sample_reports_render(sample: str, embedder, tmp_path: Path) -> None:
    """A report of a real pair through the whole pipeline: valid, and every format shows every finding."""
    import io

    from provenance.pipeline import compare
    from provenance.report.markdown import render_markdown
    from provenance.report.terminal import render_terminal

    folder = SAMPLES / sample
    if not folder.is_dir():
        pytest.skip(f"no sample {sample} in samples/")
    result = compare(
        (folder / "source.txt").read_text("utf-8"),
        (folder / "derived.txt").read_text("utf-8"),
        embedder=embedder,
        source_path=f"samples/{sample}/source.txt",
        derived_path=f"samples/{sample}/derived.txt",
    )
    report = report_to_dict(result)
    validate_report(report)
    assert report["findings"], "the samples have planted changes"
    page = render_html(report)
    root = parse(page)
    check_page_is_inert(page, root)
    check_findings_in_place(report, root)
    assert len([r for r in root.find_all("div", "row") if "head" not in r.classes]) == len(rows(report))
    markdown = render_markdown(report)
    assert markdown.count("\n| ") >= len(report["findings"])
    out = io.StringIO()
    render_terminal(report, file=out, width=100)
    text = out.getvalue()
    assert "\x1b" not in text
    assert all(f"{n}. " in text for n in range(1, len(report["findings"]) + 1))
