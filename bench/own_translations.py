"""Arabic figures, hedges and negations: false alarms on faithful translations, and planted edits found.

NTREX-128 has no Arabic. `bench/data/ntrex_ar.tsv` holds faithful Arabic translations of 32 NTREX English
lines chosen for their figures, hedges and negations (one line in seven with any of them, in file order),
written for this bench. Two measurements:

1. faithful: the real pipeline (`compare_documents`, default detectors, the provisioned model) on the
   English lines against the Arabic, both ways; every finding is a false alarm.
2. planted: each Arabic line edited the way a republisher would (a hedge or a negation dropped, a
   quantifier or a number in words changed, an approximation dropped), run through the figure and
   modality detectors against the English: found = a finding the unedited pair does not raise.

The translations were written, and the Arabic tables tuned, with these lines in view: they are dev data.

    python bench/arabic.py [--list]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from demetr import ONE_BEAD, one
from false_alarms import build
from ntrex import NTREX, lines

from provenance.detect import Comparison
from provenance.detect.figures import FigureDetector
from provenance.detect.modality import ModalityDetector

DATA = Path(__file__).resolve().parent / "data" / "ntrex_ar.tsv"

# (name, pattern, replacement): every match in a line is one edit of its own
EDITS: list[tuple[str, str, str]] = [
    ("hedge dropped", r"(?:ربما|قد)\s+(?=(?:ي|تكون|تزداد|أطلق))", ""),
    ("negation dropped", r"(?<![\w])(?:لم|لا)\s+(?=ي|ت)", ""),
    ("approximation dropped", r"(?:أكثر من|ما يقرب من|حوالي)\s+", ""),
    ("quantifier changed", r"معظمها", "جميعها"),
    ("number in words changed", r"(?<![\w])(ثلاث|خمس|ستة|ثمانية)(?![\w])", "سبع"),
]


def read_pairs() -> list[tuple[str, str]]:
    english = lines("en")
    rows = [r.split("\t", 1) for r in DATA.read_text(encoding="utf-8").splitlines() if r and not r.startswith("#")]
    return [(english[int(i)], arabic) for i, arabic in rows]


def _found(english: str, arabic: str) -> set[str]:
    comparison = Comparison(one(english, "en"), one(arabic, "ar"), ONE_BEAD)
    return {f.message for detector in (FigureDetector(), ModalityDetector()) for f in detector.detect(comparison)}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--list", action="store_true", help="print every finding and every edit")
    args = ap.parse_args(argv)
    if not NTREX.is_dir():
        print(f"NTREX-128 not found at {NTREX}", file=sys.stderr)
        return 2
    pairs = read_pairs()
    from provenance.embed import SentenceTransformerEmbedder
    from provenance.pipeline import compare_documents

    embedder = SentenceTransformerEmbedder()
    english = build([en for en, _ in pairs], "en")
    arabic = build([ar for _, ar in pairs], "ar")
    print(f"faithful ({len(pairs)} pairs): findings by kind")
    for name, (src, der) in (("en->ar", (english, arabic)), ("ar->en", (arabic, english))):
        report = compare_documents(src, der, embedder=embedder)
        kinds = Counter(f.kind for f in report.findings)
        print(f"  {name}: {len(report.findings)} ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items())) or 'none'})")
        if args.list:
            for f in report.findings:
                print(f"    {f.kind} {f.source}->{f.derived}: {f.message}")
    found: Counter[str] = Counter()
    planted: Counter[str] = Counter()
    for en, ar in pairs:
        before = _found(en, ar)
        for name, pattern, replacement in EDITS:
            for m in re.finditer(pattern, ar):
                edited = ar[: m.start()] + m.expand(replacement) + ar[m.end() :]
                new = _found(en, edited) - before
                planted[name] += 1
                found[name] += bool(new)
                if args.list:
                    print(f"[{name}] {'FOUND' if new else 'missed'} {sorted(new)}\n  ar: {edited}")
    print("planted edits in the Arabic, found by the figure and modality detectors:")
    for name, _, _ in EDITS:
        print(f"  {name}: {found[name]}/{planted[name]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
