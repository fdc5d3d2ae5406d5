"""Operating points of the entity detector's source-side evidence: source names the derived sentence
dropped (`partial_omission`, "name dropped") and weak replacements confirmed by the dropped name they
stand in for (`min_joint`). Runs only the entity detector, over a grid of `drop_weight`, `min_drop`,
`min_joint` (and, apart, `min_drop_proper` and `min_drop_verbatim`):

- DEMETR, cross-lingual (source sentence vs perturbed English): ne_removed found as partial_omission,
  ne_replaced found as entity_change, references with any finding, and controls (source vs the
  unperturbed MT of the ne_removed items) with any finding. DEMETR ids run in blocks of 100 per source
  language; `--slots dev` takes positions 0-49 of every block (tuning), `--slots test` 50-99 (held out),
  so both splits hold every language.
- NTREX-128 en->X faithful translations (bench/false_alarms.py layout), `--fa-split even|odd` of the
  first `--docs` documents: findings per 100 sentence pairs.

    python bench/names_dropped.py [--slots dev|test|all] [--docs 20] [--fa-split even|odd]
                                  [--weights 0.005 ...] [--drops 0.02 ...] [--joints 0.03 ...]
                                  [--proper-drops 0.015 ...] [--verbatim-drops 0.01 ...]

Without a grid it prints the detector's defaults and the detector with the source side off
(`min_drop` and `min_joint` infinite: the behaviour before). Results: bench/results/entities.md.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from demetr import LANGS, ONE_BEAD, TYPES, checked, one
from false_alarms import LANGS as FA_LANGS
from names_tokens import WithTokens, ntrex_comparisons, with_embedder

from provenance.detect import Comparison
from provenance.detect.entities import EntityDetector

EXPECTED = {"ne_removed": "partial_omission", "ne_replaced": "entity_change", "reference": None, "control": None}


def slot_split(row: dict[str, object]) -> str:
    return "dev" if (int(str(row["id"])) - 1) % 100 < 50 else "test"


def demetr_comparisons(slots: str) -> dict[str, list[Comparison]]:
    out: dict[str, list[Comparison]] = {k: [] for k in EXPECTED}
    for typ in ("ne_removed", "ne_replaced", "reference"):
        for r in checked(TYPES[typ][0]):
            if slots != "all" and slot_split(r) != slots:
                continue
            lang = LANGS[str(r["lang_tag"])]
            src = one(str(r["src_sent"]), lang)
            out[typ].append(Comparison(src, one(str(r["pert_sent"]), "en"), ONE_BEAD))
            if typ == "ne_removed":
                out["control"].append(Comparison(src, one(str(r["mt_sent"]), "en"), ONE_BEAD))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--slots", choices=("dev", "test", "all"), default="dev")
    p.add_argument("--docs", type=int, default=20)
    p.add_argument("--fa-split", choices=("even", "odd"), default="even")
    p.add_argument("--langs", nargs="*", default=list(FA_LANGS), choices=FA_LANGS)
    p.add_argument("--cache", default="/tmp/provenance-false-alarms-cache")
    p.add_argument("--demetr-cache", default="/tmp/provenance-demetr-cache")
    p.add_argument("--weights", nargs="*", type=float, default=[], help="grid of drop_weight (default: none)")
    p.add_argument("--drops", nargs="*", type=float, default=[0.015, 0.02, 0.025])
    p.add_argument("--joints", nargs="*", type=float, default=[0.03])
    p.add_argument(
        "--proper-drops", nargs="*", type=float, default=[], help="grid of min_drop_proper alone (default: none)"
    )
    p.add_argument(
        "--verbatim-drops", nargs="*", type=float, default=[], help="grid of min_drop_verbatim alone (default: none)"
    )
    args = p.parse_args(argv)

    from provenance.embed import SentenceTransformerEmbedder
    from provenance.embed_cache import CachedEmbedder, DiskEmbeddingCache

    st = SentenceTransformerEmbedder()
    emb_d = WithTokens(CachedEmbedder(st, DiskEmbeddingCache(args.demetr_cache)))
    emb_f = WithTokens(CachedEmbedder(st, DiskEmbeddingCache(args.cache)))
    t0 = time.perf_counter()
    dem = demetr_comparisons(args.slots)
    fa = ntrex_comparisons(args.docs, args.fa_split, args.langs, emb_f.inner) if args.docs else []
    print(f"[names_dropped] built in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    base = EntityDetector()
    variants = [
        (
            "source side off (before)",
            replace(
                base,
                min_drop=math.inf,
                min_drop_proper=math.inf,
                min_drop_verbatim=math.inf,
                min_joint=math.inf,
                min_joint_lexicon=math.inf,
                min_drop_lexicon=math.inf,
            ),
        ),
        ("defaults", base),
    ]
    for w in args.weights:
        for d in args.drops:
            for j in args.joints:
                variants.append((f"w {w} drop {d} joint {j}", replace(base, drop_weight=w, min_drop=d, min_joint=j)))
    for d in args.proper_drops:
        variants.append((f"proper names' drop {d}", replace(base, min_drop_proper=d)))
    for d in args.verbatim_drops:
        variants.append((f"verbatim names' drop {d}", replace(base, min_drop_verbatim=d)))
    head = (
        "| setting | ne_removed → partial_omission | ne_replaced → entity_change | references, any | controls, any | "
        + " | ".join(args.langs)
        + " | en→X all | of which partial_omission |"
    )
    print(head)
    print("|---" * (head.count("|") - 1) + "|")
    for label, det in variants:
        rate = {}
        for typ, comps in dem.items():
            kind = EXPECTED[typ]
            hits = sum(any(kind is None or f.kind == kind for f in det.detect(with_embedder(c, emb_d))) for c in comps)
            rate[typ] = f"{hits}/{len(comps)} = {hits / max(1, len(comps)):.3f}"
        fa_n: Counter[str] = Counter()
        fa_po = 0
        fa_pairs: Counter[str] = Counter()
        for lang, n, c in fa:
            found = list(det.detect(with_embedder(c, emb_f)))
            fa_n[lang] += len(found)
            fa_po += sum(f.kind == "partial_omission" for f in found)
            fa_pairs[lang] += n
        per_lang = " | ".join(f"{100 * fa_n[lg] / max(1, fa_pairs[lg]):.2f}" for lg in args.langs)
        pairs = max(1, sum(fa_pairs.values()))
        print(
            f"| {label} | {rate['ne_removed']} | {rate['ne_replaced']} | {rate['reference']} | {rate['control']} "
            f"| {per_lang} | {100 * sum(fa_n.values()) / pairs:.2f} | {100 * fa_po / pairs:.2f} |",
            flush=True,
        )
    print(
        f"[names_dropped] slots {args.slots}; en->X pairs {dict(fa_pairs)} ({args.fa_split}); "
        f"{time.perf_counter() - t0:.0f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
