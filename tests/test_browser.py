"""The HTML report in a real browser: headless Chromium, opened from disk.

Needs Debian's `chromium` and the Python `playwright` driver (never `playwright install`: the
browser is the system one). Skipped, with the reason, when either is missing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from provenance.core import FINDING_KINDS, Alignment, Bead, Finding, Report
from provenance.report.browser import CHROMIUM_ARGS, chromium_path
from provenance.report.contract import report_to_dict
from provenance.report.demo import HOSTILE_DERIVED, HOSTILE_SOURCE, MODEL, demo_reports, make_document, span
from provenance.report.html import render_html
from provenance.report.schema import validate_report

pytestmark = pytest.mark.browser

CHROMIUM = chromium_path()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright driver is not installed (pip)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
        yield b
        b.close()


def long_report() -> dict[str, Any]:
    """200 sentence pairs with a finding of every kind spread down the page, and hostile text."""
    n = 200
    src_items: list[tuple[str, str]] = []
    der_items: list[tuple[str, str]] = []
    for i in range(n):
        src_items.append((f"Sentence {i} reports that {i * 7 + 3} people attended the meeting in Lisbon.", "en"))
        der_items.append(
            (f"Satz {i} berichtet, dass {i * 7 + 3} Menschen an dem Treffen in Lissabon teilnahmen.", "de")
        )
    src_items[150] = (HOSTILE_SOURCE, "en")
    der_items[150] = (HOSTILE_DERIVED, "de")
    src_items.append(("This last sentence was dropped.", "en"))
    der_items.append(("Dieser Satz wurde hinzugefügt.", "de"))
    src, der = make_document(src_items, "en", "long.en.txt"), make_document(der_items, "de", "long.de.txt")
    beads = [Bead((i,), (i,), 0.9) for i in range(n)] + [Bead((n,), ()), Bead((), (n,))]
    findings = []
    for k, kind in enumerate(FINDING_KINDS):
        i = 20 + 20 * k  # rows 20 .. 180: most of them far below the first screen
        severity = ("low", "medium", "high")[k % 3]
        if kind == "omission":
            findings.append(Finding(kind, (n,), (), "dropped", severity, 0.9))
        elif kind == "addition":
            findings.append(Finding(kind, (), (n,), "added", severity, 0.9))
        else:
            s_words, d_words = f"{i * 7 + 3} people", f"{i * 7 + 3} Menschen"
            findings.append(
                Finding(
                    kind,
                    (i,),
                    (i,),
                    f"{kind} in row {i}",
                    severity,
                    0.8,
                    s_words,
                    d_words,
                    span(src, i, s_words),
                    span(der, i, d_words),
                )
            )
    findings.append(
        Finding("altered_quote", (150,), (150,), "</script><script>document.title='pwned-msg'</script>", "high",
                0.5, "<script>", "<img src=x", span(src, 150, "<script>"), span(der, 150, "<img src=x"))
    )  # fmt: skip
    report = report_to_dict(Report(src, der, Alignment(tuple(beads)), tuple(findings), MODEL, "0.1.0"))
    validate_report(report)
    return report


class Page:
    """A report opened from disk, with every console error, request and dialog recorded."""

    def __init__(self, browser: Any, report: dict[str, Any], path: Path, viewport: dict[str, int]) -> None:
        path.write_text(render_html(report), encoding="utf-8")
        self.report = report
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.context = browser.new_context(viewport=viewport)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", self._request)
        self.page.on("dialog", self._dialog)
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)

    def _request(self, request: Any) -> None:
        if request.url != self.url and not request.url.startswith(self.url + "#"):
            self.requests.append(request.url)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def settle(self) -> None:
        """Wait three frames: rows brought on screen get their real height, the page settles."""
        self.page.evaluate(
            "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(r))))"
        )

    def in_viewport(self, selector: str) -> bool:
        return self.page.eval_on_selector(
            selector,
            "el => { const r = el.getBoundingClientRect();"
            " return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight; }",
        )

    def visible_findings(self) -> list[int]:
        return self.page.eval_on_selector_all(
            "li.finding", "els => els.filter(e => e.offsetParent !== null).map(e => +e.dataset.f)"
        )

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def long_page(browser: Any, tmp_path: Path) -> Iterator[Page]:
    page = Page(browser, long_report(), tmp_path / "long.html", {"width": 1280, "height": 720})
    yield page
    page.close()


def test_findings_render_and_the_page_is_quiet(long_page: Page) -> None:
    page = long_page.page
    assert page.locator("li.finding").count() == len(long_page.report["findings"])
    page.wait_for_timeout(100)
    assert long_page.errors == [] and long_page.requests == [] and long_page.dialogs == []
    # the hostile markup stayed text: nothing ran, nothing was injected
    assert page.title() == "provenance · long.en.txt → long.de.txt"
    assert page.locator(".grid img, .grid script, .panel script, .panel img").count() == 0
    assert HOSTILE_SOURCE in page.locator("#b150 .src").text_content()
    assert "</script><script>" in page.locator("li.finding").filter(has_text="pwned-msg").inner_text()


def test_click_scrolls_both_columns_to_the_finding(long_page: Page, tmp_path: Path) -> None:
    page = long_page.page
    findings = long_page.report["findings"]
    k = max(
        (k for k, f in enumerate(findings) if f["source_range"] and f["derived_range"]),
        key=lambda k: findings[k]["source"][0],
    )
    src, der = f".src mark.f{k}", f".der mark.f{k}"
    assert not long_page.in_viewport(src) and not long_page.in_viewport(der)  # far down the page
    page.click(f"#f{k}")
    long_page.settle()
    for selector in (src, der):
        assert long_page.in_viewport(selector), selector
        assert "active" in page.get_attribute(selector, "class").split()
    assert "active" in page.get_attribute(f"#f{k}", "class").split()
    assert page.locator(".active").count() == 3  # the list item and the two spans, nothing else
    # the span shown is exactly the finding's words
    assert page.inner_text(src) == findings[k]["source_span"]
    assert page.inner_text(der) == findings[k]["derived_span"]
    page.screenshot(path=str(tmp_path / "clicked.png"))
    assert (tmp_path / "clicked.png").stat().st_size > 10_000
    assert long_page.errors == [] and long_page.requests == []


def test_whole_sentence_findings_highlight_the_sentence(long_page: Page) -> None:
    page = long_page.page
    k = next(k for k, f in enumerate(long_page.report["findings"]) if f["kind"] == "omission")
    page.click(f"#f{k}")
    long_page.settle()
    selector = f".src p.whole.f{k}"
    assert long_page.in_viewport(selector)
    assert "active" in page.get_attribute(selector, "class").split()


def test_click_in_the_text_selects_the_finding(long_page: Page) -> None:
    page = long_page.page
    k = next(k for k, f in enumerate(long_page.report["findings"]) if f["kind"] == "entity_change")
    page.locator(f".der mark.f{k}").scroll_into_view_if_needed()
    page.click(f".der mark.f{k}")
    assert "active" in page.get_attribute(f"#f{k}", "class").split()
    assert page.evaluate("location.hash") == f"#f{k}"


def test_filters_hide_other_kinds_and_lower_severities(long_page: Page) -> None:
    page = long_page.page
    findings = long_page.report["findings"]
    everything = sorted(range(len(findings)))
    assert sorted(long_page.visible_findings()) == everything
    page.uncheck("input[data-kind=altered_quote]")
    page.uncheck("input[data-kind=moved]")
    shown = long_page.visible_findings()
    assert sorted(shown) == [k for k in everything if findings[k]["kind"] not in ("altered_quote", "moved")]
    # the highlights of a hidden kind lose their colour in the text as well
    k = next(k for k, f in enumerate(findings) if f["kind"] == "moved")
    colour = page.eval_on_selector(f".src mark.f{k}", "el => getComputedStyle(el).backgroundColor")
    assert colour in ("rgba(0, 0, 0, 0)", "transparent")
    page.check("input[name=sev][value='2']")
    shown = long_page.visible_findings()
    assert shown and all(findings[k]["severity"] == "high" for k in shown)
    assert all(findings[k]["kind"] not in ("altered_quote", "moved") for k in shown)
    assert "Showing " + str(len(shown)) + " of " in page.inner_text("#shown")
    page.check("input[data-kind=altered_quote]")
    page.check("input[name=sev][value='0']")
    page.check("input[data-kind=moved]")
    assert sorted(long_page.visible_findings()) == everything
    page.check("#only-changed")
    rows = page.eval_on_selector_all(".row:not(.head)", "els => els.filter(e => e.offsetParent !== null).length")
    assert rows == len({(tuple(f["source"]), tuple(f["derived"])) for f in findings})  # one bead each here
    assert long_page.errors == []


def test_keyboard_steps_through_findings(long_page: Page) -> None:
    page = long_page.page
    page.locator("main").click(position={"x": 5, "y": 5})
    page.keyboard.press("j")
    first = page.get_attribute("li.finding.active", "data-f")
    page.keyboard.press("j")
    second = page.get_attribute("li.finding.active", "data-f")
    order = page.eval_on_selector_all("li.finding", "els => els.map(e => e.dataset.f)")
    assert order.index(second) == order.index(first) + 1
    page.keyboard.press("Escape")
    assert page.locator(".active").count() == 0


@pytest.mark.parametrize("name", ["en-vi", "ar-en"])
def test_demo_reports_open_cleanly(browser: Any, tmp_path: Path, name: str) -> None:
    report = demo_reports()[name]
    page = Page(browser, report, tmp_path / f"{name}.html", {"width": 1400, "height": 900})
    try:
        assert page.page.locator("li.finding").count() == len(report["findings"])
        for k, f in enumerate(report["findings"]):
            if f["source_range"] and f["derived_range"]:
                page.page.click(f"#f{k}")
                page.settle()
                assert page.in_viewport(f".src mark.f{k}") and page.in_viewport(f".der mark.f{k}")
        page.page.wait_for_timeout(100)
        assert page.errors == [] and page.requests == [] and page.dialogs == []
        assert not page.page.title().startswith("pwned")
        assert page.page.locator("img").count() == 0
        page.page.screenshot(path=str(tmp_path / f"{name}.png"), full_page=True)
        # the print stylesheet lays everything out in one column, the findings list first
        page.page.emulate_media(media="print")
        assert page.page.eval_on_selector(".layout", "el => getComputedStyle(el).display") == "block"
        assert page.page.eval_on_selector(".sevfilter", "el => getComputedStyle(el).display") == "none"
    finally:
        page.close()
