"""Score every bundled sample with the shared scorer: recall, precision and false figure alarms.

    python bench/samples.py [--out bench/results/samples.md]

Runs the pipeline once per sample (one model load for all), writes each JSON report to a temp dir
and runs `../shared/eval/score.py samples/NAME/expected.json REPORT.json` on it.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCORE = ROOT.parent / "shared" / "eval" / "score.py"


def main() -> None:
    from provenance.embed import SentenceTransformerEmbedder
    from provenance.pipeline import compare
    from provenance.read import read_text
    from provenance.report.contract import report_to_dict

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "samples.md")
    parser.add_argument("-v", "--verbose", action="store_true", help="print the scorer's lines")
    args = parser.parse_args()
    if not SCORE.is_file():
        sys.exit(f"needs {SCORE} (the shared evaluation tools beside the repo)")

    embedder = SentenceTransformerEmbedder()
    rows = [
        "| sample | recall | must found | precision | false figure alarms | findings |",
        "|---|---|---|---|---|---|",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        for folder in sorted(p for p in (ROOT / "samples").iterdir() if (p / "expected.json").is_file()):
            report = compare(
                read_text(folder / "source.txt"),
                read_text(folder / "derived.txt"),
                embedder=embedder,
                source_path=str(folder / "source.txt"),
                derived_path=str(folder / "derived.txt"),
            )
            path = Path(tmp) / f"{folder.name}.json"
            path.write_text(json.dumps(report_to_dict(report), ensure_ascii=False), encoding="utf-8")
            out = subprocess.run(
                [sys.executable, str(SCORE), str(folder / "expected.json"), str(path)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            if args.verbose:
                print(out)
            m = re.search(
                r"recall=(\d+)/(\d+) must=(\d+)/(\d+) precision=([\d.]+) false_figure_alarms=(\d+) "
                r"findings=(\d+)",
                out,
            )
            assert m, out
            r, n, mf, mt, p, fa, nf = m.groups()
            rows.append(f"| `{folder.name}` | {r}/{n} | {mf}/{mt} | {p} | {fa} | {nf} |")
            print(rows[-1], flush=True)
    text = "\n".join(rows) + "\n\nMeasured with `python bench/samples.py` (scorer: `../shared/eval/score.py`).\n"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
