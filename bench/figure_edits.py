"""Figures that translate by words, edited: are the edits found across languages?

DEMETR's numbers_replaced swaps digits. Republishers also change the figures written in words: a
share ("half of" -> "a third of"), the part of a year ("early 2019" -> "late 2019"), a count back
("two weeks ago" -> "three weeks ago"), a bound ("nearly 40" -> "more than 40") and a multiple
("doubled" -> "tripled"). This script takes every NTREX-128 English line with one of those, edits it
the way the pattern says, and runs the figure detector on (the human translation, the edited
English) in each language: found = an `altered_figure` that the unedited pair does not raise.
No threshold is set here: it measures the extraction tables in `provenance/detect/quantities.py`
and `figure_hedges.py` (the unedited pairs' findings are `bench/figures.py`'s NTREX rows).

    python bench/figure_edits.py [--list]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence

from demetr import ONE_BEAD, one
from ntrex import NTREX, NTREX_FILES, lines

from provenance.detect import Comparison
from provenance.detect.figures import FigureDetector

_NEXT = {"two": "three", "three": "four", "four": "five", "five": "six", "six": "seven", "seven": "eight"}
_PART = {"early": "late", "late": "early", "mid": "late"}
_MULTIPLE = {"twice": "three times", "doubled": "tripled", "tripled": "doubled"}

# (name, pattern, replacement): the first match of each line is edited
EDITS: list[tuple[str, re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    ("share", re.compile(r"(?<!first )(?<!second )(?<!top )(?<!bottom )\bhalf(?= (?:of|the)\b)", re.I),
     lambda m: "a third"),
    ("part of a year", re.compile(r"\b(early|late|mid)(?=[- ](?:19|20)\d\d\b)", re.I),
     lambda m: _PART[m.group(1).lower()]),
    ("count back", re.compile(r"\b(two|three|four|five|six|seven|\d+)"
                              r"(?= (?:days|weeks|months|years) (?:ago|earlier|later)\b)", re.I),
     lambda m: str(int(m.group(1)) + 1) if m.group(1).isdigit() else _NEXT[m.group(1).lower()]),
    ("bound", re.compile(r"\b(?:nearly|almost)(?= \d)", re.I), lambda m: "more than"),
    ("multiple", re.compile(r"\b(twice(?= as\b)|doubled|tripled)\b", re.I), lambda m: _MULTIPLE[m.group(1).lower()]),
]  # fmt: skip

DETECTOR = FigureDetector()


def _altered(source: str, lang: str, derived: str) -> set[str]:
    comparison = Comparison(one(source, lang), one(derived, "en"), ONE_BEAD)
    return {f.message for f in DETECTOR.detect(comparison) if f.kind == "altered_figure"}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--list", action="store_true", help="print each edit and what was reported")
    args = ap.parse_args(argv)
    if not NTREX.is_dir():
        print(f"NTREX-128 not found at {NTREX}", file=sys.stderr)
        return 2
    english = lines("en")
    langs = [lang for lang in NTREX_FILES if lang != "en"]
    others = {lang: lines(lang) for lang in langs}
    found: Counter[tuple[str, str]] = Counter()
    planted: Counter[tuple[str, str]] = Counter()
    for i, en in enumerate(english):
        for name, rx, edit in EDITS:
            m = rx.search(en)
            if m is None:
                continue
            edited = en[: m.start()] + edit(m) + en[m.end() :]
            for lang in langs:
                new = _altered(others[lang][i], lang, edited) - _altered(others[lang][i], lang, en)
                planted[name, lang] += 1
                found[name, lang] += bool(new)
                if args.list:
                    print(f"[{name} {lang} line {i}] {'FOUND' if new else 'missed'} {sorted(new)}\n  en: {edited}")
    print("| edit | " + " | ".join(langs) + " | all |")
    print("|---|" + "---:|" * (len(langs) + 1))
    for name, _, _ in EDITS:
        row = [f"{found[name, lang]}/{planted[name, lang]}" for lang in langs]
        total = sum(found[name, lang] for lang in langs), sum(planted[name, lang] for lang in langs)
        print(f"| {name} | " + " | ".join(row) + f" | {total[0]}/{total[1]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
