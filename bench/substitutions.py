"""A sentence replaced by another: does the aligner report an omission and an addition?

The DP weighs one weak match against two skips, so a sentence swapped for an unrelated one (an
invented claim, a boilerplate line in the slot of a dropped sentence) used to come out paired.
`AlignParams.unpair_z` undoes such 1-1 beads after the DP (`provenance.align._unpair_replaced`).
This script measures it where no parameter was chosen, English originals against their NTREX-128
translations:

- **held out**: documents 41-52 in Russian, Chinese and Vietnamese; in each, the first, middle
  and last sentence in turn is replaced by a random sentence of documents 81 onwards (seeded);
  found = the English sentence comes out `[k]:[]` and the newcomer `[]:[k]`;
- **faithful**: documents 1-40 in all six languages, unedited; every 1-1 pair the check undoes
  is a false omission plus a false addition.

    python bench/substitutions.py [--check none|default|Z] [--cache DIR]

(`--check none` is the aligner without the step; the Text+Berg and German-French edit checks are in
`bench/align_textberg.py`, the choice of `unpair_z` in `bench/results/alignment.md`.)
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Sequence
from dataclasses import replace

from ntrex import NTREX, NTREX_FILES, documents

from provenance.align import DEFAULT_PARAMS, AlignParams, align

HELD_OUT_LANGS = ("ru", "zh", "vi")
FAITHFUL_LANGS = ("de", "fr", "ru", "es", "vi", "zh")


def pairs_of(result: object) -> set[tuple[tuple[int, ...], tuple[int, ...]]]:
    return {(b.source, b.derived) for b in result.beads}  # type: ignore[attr-defined]


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--check", default="default", help="unpair_z: 'none', 'default' or a number")
    p.add_argument("--cache", default="/tmp/provenance-false-alarms-cache")
    args = p.parse_args(argv)
    if not NTREX.is_dir():
        print(f"no NTREX-128 data at {NTREX}", file=sys.stderr)
        return 2
    if args.check == "none":
        unpair_z = None
    else:
        unpair_z = DEFAULT_PARAMS.unpair_z if args.check == "default" else float(args.check)
    params: AlignParams = replace(DEFAULT_PARAMS, unpair_z=unpair_z)

    from provenance.embed import SentenceTransformerEmbedder
    from provenance.embed_cache import CachedEmbedder, DiskEmbeddingCache

    embedder = CachedEmbedder(SentenceTransformerEmbedder(), DiskEmbeddingCache(args.cache))
    text = {k: (NTREX / f).read_text(encoding="utf-8").split("\n") for k, f in NTREX_FILES.items()}
    docs = documents()

    def sides(lang: str, lines: list[int]) -> tuple[list[str], list[str]]:
        keep = [i for i in lines if text["en"][i].strip() and text[lang][i].strip()]
        return [text["en"][i].strip() for i in keep], [text[lang][i].strip() for i in keep]

    rng = random.Random(7)
    found = tried = 0
    for lang in HELD_OUT_LANGS:
        pool = [text[lang][i].strip() for _, lines in docs[80:] for i in lines if text[lang][i].strip()]
        for _, lines in docs[40:52]:
            src, der = sides(lang, lines)
            for k in sorted({0, len(der) // 2, len(der) - 1}):
                got = pairs_of(align(src, [*der[:k], rng.choice(pool), *der[k + 1 :]], embedder, params=params))
                found += ((k,), ()) in got and ((), (k,)) in got
                tried += 1
    split = total = 0
    for lang in FAITHFUL_LANGS:
        for _, lines in docs[:40]:
            src, der = sides(lang, lines)
            got = pairs_of(align(src, der, embedder, params=params))
            total += len(src)
            split += sum(((i,), (i,)) not in got and ((i,), ()) in got and ((), (i,)) in got for i in range(len(src)))
    print(f"unpair_z = {params.unpair_z}")
    print(f"held out (en -> {', '.join(HELD_OUT_LANGS)}): replaced sentence as omission + addition {found} / {tried}")
    print(f"faithful (en -> {', '.join(FAITHFUL_LANGS)}): pairs split into omission + addition {split} / {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
