"""How fast a big HTML report opens in a real browser.

Builds a report of two ~5,000-sentence documents without the model: the NTREX-128 English news
documents, concatenated (cycled to reach --sentences), against their line-aligned professional
translation, aligned 1-1, with planted structure (omitted and added sentences, moved and repeated
passages) and a few hundred synthetic findings of every kind with spans. Writes the HTML, opens it
from disk in headless Chromium several times (a fresh browser context each time) and reports file
size, Python render time, and the browser's navigation-start-to-load-event and first-contentful-
paint times, plus the time a click on a finding takes to scroll both columns to it.

    python bench/html_open.py                      # vie, 5,000 sentences, 300 findings, 5 runs
    python bench/html_open.py --lang zho-CN --runs 3
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from ntrex import NTREX, NTREX_CODES, lines

from provenance import __version__
from provenance.core import FINDING_KINDS, Alignment, Bead, Finding, Report
from provenance.report.browser import CHROMIUM_ARGS, chromium_path
from provenance.report.contract import report_to_dict
from provenance.report.demo import MODEL, make_document
from provenance.report.html import render_html
from provenance.report.markdown import render_markdown
from provenance.report.schema import validate_report

# --lang takes NTREX's own code ("vie", "zho-CN"), as the report's file names do
LANGS = {code: lang for lang, code in NTREX_CODES.items() if lang != "en"}
CHROMIUM = chromium_path()


def _words(text: str, lang: str, rng: random.Random) -> str:
    """A short run of the sentence's own words (characters, for Chinese) to flag as a span."""
    if lang == "zh":
        stripped = text.strip()
        at = rng.randrange(max(1, len(stripped) - 3))
        return stripped[at : at + 3] or stripped
    words = [w for w in text.split() if w.strip(".,;:!?\"'()")]
    at = rng.randrange(len(words))
    return " ".join(words[at : at + rng.choice((1, 1, 2, 3))]).strip(".,;:!?\"'()") or words[at]


def build(sentences: int, lang: str, n_findings: int, seed: int = 0) -> dict[str, Any]:
    rng = random.Random(seed)
    code = LANGS[lang]
    english = lines("en")
    foreign = lines(code)
    pairs = [(english[i % len(english)], foreign[i % len(foreign)]) for i in range(sentences)]
    pairs = [(e.strip() or "—", f.strip() or "—") for e, f in pairs]
    # Derived order: 1-1 with planted omissions, additions, moved and repeated passages.
    omitted = set(rng.sample(range(sentences), sentences // 80))
    moved = set(rng.sample(sorted(set(range(sentences)) - omitted), 12))
    repeated = rng.sample(sorted(set(range(sentences)) - omitted - moved), 12)
    order: list[tuple[int | None, str]] = [(i, pairs[i][1]) for i in range(sentences) if i not in omitted | moved]
    for i in sorted(moved):
        order.insert(min(len(order), i + rng.randrange(40, 400)), (i, pairs[i][1]))
    for i in repeated:
        order.insert(min(len(order), i + rng.randrange(5, 60)), (-1 - i, pairs[i][1]))  # negative: a repeat
    for _ in range(sentences // 80):
        order.insert(rng.randrange(len(order)), (None, foreign[rng.randrange(len(foreign))].strip() or "—"))
    src = make_document([(e, "en") for e, _ in pairs], "en", "ntrex128.eng.txt")
    der = make_document([(t, code) for _, t in order], code, f"ntrex128.{lang}.txt")
    beads: list[Bead] = []
    derived_of: dict[int, int] = {}
    for j, (i, _) in enumerate(order):
        if i is None:
            beads.append(Bead((), (j,)))
        elif i < 0:
            beads.append(Bead((-1 - i,), (j,), 0.9, "duplicate"))
        else:
            beads.append(Bead((i,), (j,), 0.9, "moved" if i in moved else "monotone"))
            derived_of[i] = j
    beads += [Bead((i,), ()) for i in sorted(omitted)]
    findings: list[Finding] = []
    findings += [Finding("omission", (i,), (), "not in the derived text", "high", 0.8) for i in sorted(omitted)]
    findings += [
        Finding("addition", (), b.derived, "added", "medium", 0.7) for b in beads if not b.source and b.derived
    ]
    findings += [Finding("moved", b.source, b.derived, "moved", "low", 0.9) for b in beads if b.relation == "moved"]
    findings += [
        Finding("duplicate", b.source, b.derived, "repeated", "low", 0.9) for b in beads if b.relation == "duplicate"
    ]
    span_kinds = [k for k in FINDING_KINDS if k not in ("omission", "addition", "moved", "duplicate")]
    candidates = sorted(i for i in derived_of if i not in moved)
    for i in rng.sample(candidates, max(0, n_findings - len(findings))):
        j = derived_of[i]
        s_words = _words(src.sentences[i].text, "en", rng)
        d_words = _words(der.sentences[j].text, code, rng)
        s_at = src.sentences[i].start + src.sentences[i].text.index(s_words)
        d_at = der.sentences[j].start + der.sentences[j].text.index(d_words)
        findings.append(
            Finding(
                rng.choice(span_kinds),
                (i,),
                (j,),
                f"synthetic: {s_words!r} vs {d_words!r}",
                rng.choice(("low", "medium", "high")),
                round(rng.random(), 3),
                s_words,
                d_words,
                (s_at, s_at + len(s_words)),
                (d_at, d_at + len(d_words)),
                "bench",
            )
        )
    report = report_to_dict(Report(src, der, Alignment(tuple(beads)), tuple(findings), MODEL, __version__))
    validate_report(report)
    return report


def open_in_chromium(path: Path, runs: int, finding: int) -> list[dict[str, float]]:
    from playwright.sync_api import sync_playwright

    out = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1400, "height": 900})
            page = context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda e, errors=errors: errors.append(str(e)))
            page.goto(path.as_uri(), wait_until="load")
            timing = page.evaluate(
                """() => {
                  const nav = performance.getEntriesByType('navigation')[0];
                  const paint = performance.getEntriesByType('paint');
                  const fcp = paint.find(p => p.name === 'first-contentful-paint');
                  return {load: nav.loadEventEnd - nav.startTime,
                          dcl: nav.domContentLoadedEventEnd - nav.startTime,
                          fcp: fcp ? fcp.startTime : NaN};
                }"""
            )
            if timing["load"] <= 0:  # loadEventEnd is set just after the load handlers return
                page.wait_for_timeout(50)
                timing["load"] = page.evaluate(
                    "() => { const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd; }"
                )
            timing["click"] = page.evaluate(
                """(k) => { const t0 = performance.now(); document.getElementById('f' + k).click();
                           document.body.getBoundingClientRect(); return performance.now() - t0; }""",
                finding,
            )
            if errors:
                raise RuntimeError(f"page errors: {errors}")
            out.append(timing)
            context.close()
        browser.close()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=5000)
    ap.add_argument("--lang", default="vie", choices=sorted(LANGS))
    ap.add_argument("--findings", type=int, default=300)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--keep", type=Path, help="also write the HTML report here")
    args = ap.parse_args(argv)
    if not NTREX.exists():
        print(f"needs NTREX-128 at {NTREX}", file=sys.stderr)
        return 2
    report = build(args.sentences, args.lang, args.findings)
    t0 = time.perf_counter()
    page = render_html(report)
    render_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    render_markdown(report)
    markdown_s = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.html"
        path.write_text(page, encoding="utf-8")
        if args.keep:
            args.keep.write_text(page, encoding="utf-8")
        last = max(range(len(report["findings"])), key=lambda k: max(report["findings"][k]["derived"], default=-1))
        timings = open_in_chromium(path, args.runs, last)
    size = len(page.encode("utf-8"))

    def med(key: str) -> float:
        return statistics.median(t[key] for t in timings)

    def worst(key: str) -> float:
        return max(t[key] for t in timings)

    s = report["summary"]
    print(
        f"| {s['source_sentences']:,} + {s['derived_sentences']:,} sentences (en → {LANGS[args.lang]}), "
        f"{s['findings']} findings, {len(report['alignment']):,} beads "
        f"| {size / 1e6:.2f} MB | {render_s:.2f} s | {markdown_s:.2f} s "
        f"| {med('fcp'):.0f} ms ({worst('fcp'):.0f}) | {med('dcl'):.0f} ms ({worst('dcl'):.0f}) "
        f"| {med('load'):.0f} ms ({worst('load'):.0f}) | {med('click'):.0f} ms ({worst('click'):.0f}) |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
