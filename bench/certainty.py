"""A hedge made certain across languages: "pourraient atteindre" -> "will reach".

`provenance.detect.modality` reports a dropped hedge across languages only when a strong marker
("may", "reportedly", "possibly") meets nothing of its kind on the other side. A conditional
("pourrait", "könnte", "podría", "мог бы") is weaker evidence alone: translators render it by the
plain verb often enough. Against an English "will" in a sentence that hedges nothing, it is the
change fact-checkers look for, and `_certainty_shift` reports it. This script measures that rule
on NTREX-128, English originals and their human translations, line by line (no embedder needed):

- **planted**: every English sentence with exactly one "could", "might", "may" or "should" whose
  pair raised no hedge finding unedited, with that word replaced by "will"; found = a "hedge
  dropped" finding on (translation, edited English). Many such pairs rightly stay silent: the
  sentence keeps another hedge ("is possible", "apparently") or the translation has no conditional.
- **faithful**: every unedited pair, both ways (X -> en and en -> X); any certainty finding is a
  false alarm.

    python bench/certainty.py [--langs fr de es it ...] [--list]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence

from ntrex import NTREX, NTREX_FILES, lines

from provenance.detect.modality import compare_modality

_MODAL = re.compile(r"\b(?:could|might|may|should)\b(?=\s+(?:\w+\s+)?[a-z]+)")


def _certainty(shifts: list) -> list:  # type: ignore[type-arg]
    return [s for s in shifts if s.marker == "hedge" and "will" in (s.source_span or "") + (s.derived_span or "")]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--langs", nargs="*", default=["fr", "de", "es", "ru", "vi", "zh"], choices=sorted(NTREX_FILES))
    ap.add_argument("--list", action="store_true", help="print the faithful pairs the rule flags")
    args = ap.parse_args(argv)
    if not NTREX.is_dir():
        print(f"NTREX-128 not found at {NTREX}", file=sys.stderr)
        return 2
    english = lines("en")
    print("| language | planted: pairs | found | rate | faithful X->en flagged | faithful en->X flagged |")
    print("|---|---:|---:|---:|---:|---:|")
    for lang in args.langs:
        other = lines(lang)
        planted = found = flagged_xe = flagged_ex = 0
        for en, x in zip(english, other, strict=True):
            xe, ex = _certainty(compare_modality(x, en, lang, "en")), _certainty(compare_modality(en, x, "en", lang))
            flagged_xe, flagged_ex = flagged_xe + bool(xe), flagged_ex + bool(ex)
            if args.list:
                for s in xe + ex:
                    print(f"  [{lang}] {s.message}\n    {lang}: {x}\n    en: {en}")
            modals = list(_MODAL.finditer(en))
            if len(modals) != 1 or any(s.marker == "hedge" for s in compare_modality(x, en, lang, "en")):
                continue
            edited = en[: modals[0].start()] + "will" + en[modals[0].end() :]
            planted += 1
            found += any(s.marker == "hedge" and s.change == "removed" for s in compare_modality(x, edited, lang, "en"))
        rate = found / planted if planted else 0.0
        print(
            f"| {lang} | {planted} | {found} | {rate:.2f} | {flagged_xe} / {len(other)} | {flagged_ex} / {len(other)} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
