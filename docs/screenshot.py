"""Regenerate docs/report.png, the README's picture of an HTML report, in headless Chromium.

provenance diff samples/en-de-global-citizen/source.txt samples/en-de-global-citizen/derived.txt -o /tmp/r.json
python docs/screenshot.py /tmp/r.json --finding altered_figure
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from provenance.report.browser import CHROMIUM_ARGS, chromium_path
from provenance.report.html import render_html


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("report", type=Path, help="a provenance.report/1 JSON file")
    ap.add_argument("--finding", default="altered_figure", help="kind of the finding to select")
    ap.add_argument("--out", type=Path, default=Path(__file__).with_name("report.png"))
    ap.add_argument("--width", type=int, default=1400)
    ap.add_argument("--height", type=int, default=860)
    ap.add_argument("--top", action="store_true", help="scroll back to the top after selecting")
    args = ap.parse_args()
    report = json.loads(args.report.read_text("utf-8"))
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        page_path = Path(tmp) / "report.html"
        page_path.write_text(render_html(report), encoding="utf-8")
        browser = p.chromium.launch(executable_path=chromium_path(), args=list(CHROMIUM_ARGS))
        page = browser.new_page(viewport={"width": args.width, "height": args.height})
        page.goto(page_path.as_uri())
        k = next((k for k, f in enumerate(report["findings"]) if f["kind"] == args.finding), None)
        if k is not None:
            page.click(f"#f{k}")
            page.wait_for_timeout(1500)  # let the selection's flash fade
            if args.top:
                page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(args.out))
        browser.close()
    print(args.out)


if __name__ == "__main__":
    main()
