"""Per-item view of DEMETR for the surface detectors: every false alarm on faithful translations, every miss.

`bench/demetr.py` counts; this lists. For a perturbation type it prints, item by item, the findings the
detectors report (on `reference`: each one is a false alarm) or, with `--misses`, the items where the
expected kind did not come out, so a root cause can be read off the sentence pair.

    python bench/detectors_precision.py --types reference [--mode cross|same|mt|reverse] [--ids all|dev|test]
                                       [--misses] [--detectors entities modality ...] [--out FILE.jsonl]

Modes: cross = source sentence vs the perturbed English (for `reference`: the human translation);
same = the unperturbed MT vs the perturbed English; mt = source vs the unperturbed MT (a control:
a faithful machine translation, so every finding is a false alarm); reverse = the human English
translation as the original and the source sentence as its republication (the en->X direction, also
faithful: every finding is a false alarm). Embeddings are cached on disk
(`--cache`, default /tmp/provenance-demetr-cache) so reruns after a detector change cost little.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from demetr import LANGS, ONE_BEAD, TYPES, checked, make_detectors, one

from provenance.detect import Comparison, run_detectors


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--types", nargs="+", default=["reference"], choices=list(TYPES))
    p.add_argument("--mode", choices=("cross", "same", "mt", "reverse"), default="cross",
                   help="cross: source vs perturbed English; same: English MT vs perturbed English; mt: source vs "
                        "its unperturbed MT; reverse: the human English translation vs the source (the en->X "
                        "direction; every finding is a false alarm)")  # fmt: skip
    p.add_argument("--ids", choices=("all", "dev", "test"), default="all")
    p.add_argument("--misses", action="store_true", help="list items where the expected kind is missing")
    p.add_argument("--detectors", nargs="*", default=["entities", "modality", "figures", "quotes", "structure"])
    p.add_argument("--langs", nargs="*", default=None, help="only these source languages (zh, ja, ...)")
    p.add_argument("--cache", default="/tmp/provenance-demetr-cache")
    p.add_argument("--no-embed", action="store_true")
    p.add_argument("--quiet", action="store_true", help="only the summary lines")
    p.add_argument("--out", default=None, help="write one JSON line per listed item")
    args = p.parse_args(argv)

    detectors = make_detectors(args.detectors)
    embedder = None
    if not args.no_embed:
        from provenance.embed import SentenceTransformerEmbedder
        from provenance.embed_cache import CachedEmbedder, DiskEmbeddingCache

        embedder = CachedEmbedder(SentenceTransformerEmbedder(), DiskEmbeddingCache(args.cache))
    listed: list[dict[str, object]] = []
    for typ in args.types:
        stem, expected = TYPES[typ]
        rows = checked(stem, args.ids)
        if args.langs:
            rows = [r for r in rows if LANGS[str(r["lang_tag"])] in args.langs]
        hits, kinds, per_lang = 0, Counter[str](), Counter[tuple[str, bool]]()
        for r in rows:
            lang = LANGS[str(r["lang_tag"])]
            a, la, b = {
                "cross": (r["src_sent"], lang, r["pert_sent"]),
                "same": (r["mt_sent"], "en", r["pert_sent"]),
                "mt": (r["src_sent"], lang, r["mt_sent"]),
                "reverse": (r["eng_sent"], "en", r["src_sent"]),
            }[args.mode]
            lb = lang if args.mode == "reverse" else "en"
            comp = Comparison(one(str(a), la), one(str(b), lb), ONE_BEAD, embedder)  # type: ignore[arg-type]
            findings = run_detectors(comp, detectors)
            got = {f.kind for f in findings}
            faithful = typ == "reference" or args.mode in ("mt", "reverse")
            hit = bool(got) if faithful or not expected else expected in got
            hits += hit
            kinds.update(got)
            per_lang[(lang, hit)] += 1
            show = (not hit) if args.misses else hit
            if show:
                rec = {"type": typ, "id": r["id"], "lang": lang, "a": a, "b": b,
                       "findings": [f"{f.kind}: {f.message}" for f in findings]}  # fmt: skip
                listed.append(rec)
                if not args.quiet:
                    print(f"--- {typ} #{r['id']} [{lang}]\n  A: {a}\n  B: {b}")
                    for f in rec["findings"]:  # type: ignore[union-attr]
                        print(f"  * {f}")
        n = len(rows)
        langs = sorted({lg for lg, _ in per_lang})
        by_lang = " ".join(f"{lg} {per_lang[(lg, True)]}/{per_lang[(lg, True)] + per_lang[(lg, False)]}"
                           for lg in langs)  # fmt: skip
        print(f"== {typ} ({args.mode}, {args.ids}): {hits}/{n} = {hits / max(1, n):.3f} "
              f"{'with a finding' if typ == 'reference' or args.mode in ('mt', 'reverse') else 'as ' + str(expected)}; "
              f"kinds {dict(kinds.most_common())}; by language: {by_lang}")  # fmt: skip
    if args.out:
        Path(args.out).write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in listed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
