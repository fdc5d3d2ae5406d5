"""Operating points of the entity detector's cross-lingual evidence: deletion gain alone vs gain
combined with word alignment (`token_weight`, `min_score`, `min_score_cjk` of `EntityDetector`).

Runs only the entity detector, over a grid of settings, on the tuning data by default:

- DEMETR ne_replaced and reference, cross-lingual (source sentence vs perturbed English), ids <= 300
  (`--ids dev`): fraction of replaced names found as entity_change, fraction of references with one;
- NTREX-128 en->X faithful translations (bench/false_alarms.py layout), the even positions among the
  first `--docs` documents (`--fa-split even`): entity_change findings per 100 sentence pairs.

    python bench/names_tokens.py [--ids dev|test] [--docs 20] [--fa-split even|odd] [--langs de fr ...]
                                 [--weights 0.01 ...] [--scores 0.02 0.025 ...] [--max-z 0 ...] [--no-gain-branch]

Without `--weights` it prints two rows: the gain alone (an embedder without token vectors) and the
detector's defaults; with them, one row per (max_z, weight, score), the same score for every script
(the group columns show where a per-script threshold pays).

Held-out numbers come from bench/demetr.py, bench/detectors_precision.py and bench/false_alarms.py
with the chosen defaults (bench/results/entities.md). Sentence embeddings are cached on disk; token
vectors are memoised per run (each distinct text once).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from demetr import LANGS, ONE_BEAD, TYPES, checked, one
from false_alarms import LANGS as FA_LANGS
from false_alarms import build
from ntrex import NTREX, NTREX_FILES, documents

from provenance.detect import Comparison
from provenance.detect.entities import EntityDetector


class SentencesOnly:
    """The embedder without `token_embeddings`: the detector falls back to the deletion gain alone."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.name = getattr(inner, "name", "inner")

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        return self.inner.encode(texts)  # type: ignore[attr-defined]


class WithTokens(SentencesOnly):
    """The embedder with token vectors memoised per text (the grid asks for the same texts again)."""

    def __init__(self, inner: object) -> None:
        super().__init__(inner)
        self.memo: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self.calls = 0

    def token_embeddings(self, texts: Sequence[str]) -> list[tuple[np.ndarray, np.ndarray]]:
        missing = [t for t in dict.fromkeys(texts) if t not in self.memo]
        if missing:
            self.calls += 1
            self.memo.update(zip(missing, self.inner.token_embeddings(missing), strict=True))  # type: ignore[attr-defined]
        return [self.memo[t] for t in texts]


def demetr_comparisons(ids: str) -> dict[str, list[tuple[str, Comparison]]]:
    out: dict[str, list[tuple[str, Comparison]]] = {}
    for typ in ("ne_replaced", "reference"):
        rows = checked(TYPES[typ][0], ids)
        out[typ] = [
            (
                LANGS[r["lang_tag"]],
                Comparison(one(r["src_sent"], LANGS[r["lang_tag"]]), one(r["pert_sent"], "en"), ONE_BEAD),
            )
            for r in rows
        ]
    return out


def ntrex_comparisons(
    docs: int, split: str, langs: Sequence[str], embedder: object
) -> list[tuple[str, int, Comparison]]:
    """(language, sentence pairs, comparison) with the pipeline's alignment, no detector run."""
    from provenance.pipeline import compare_documents

    text = {k: (NTREX / f).read_text(encoding="utf-8").split("\n") for k, f in NTREX_FILES.items()}
    out = []
    for lang in langs:
        for pos, (_, lines) in enumerate(documents()[:docs]):
            if (pos % 2 == 0) != (split == "even"):
                continue
            keep = [i for i in lines if text["en"][i].strip() and text[lang][i].strip()]
            source = build([text["en"][i].strip() for i in keep], "en")
            derived = build([text[lang][i].strip() for i in keep], lang)
            report = compare_documents(source, derived, embedder=embedder, detectors=[])  # type: ignore[arg-type]
            out.append((lang, len(keep), Comparison(source, derived, report.alignment)))
    return out


def with_embedder(c: Comparison, embedder: object) -> Comparison:
    return replace(c, embedder=embedder)  # type: ignore[arg-type]


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--ids", choices=("dev", "test"), default="dev")
    p.add_argument("--docs", type=int, default=20)
    p.add_argument("--fa-split", choices=("even", "odd"), default="even")
    p.add_argument("--langs", nargs="*", default=list(FA_LANGS), choices=FA_LANGS)
    p.add_argument("--cache", default="/tmp/provenance-false-alarms-cache")
    p.add_argument("--demetr-cache", default="/tmp/provenance-demetr-cache")
    p.add_argument("--weights", nargs="*", type=float, default=[], help="grid of token_weight (default: none)")
    p.add_argument("--scores", nargs="*", type=float, default=[0.01, 0.015, 0.02, 0.025, 0.03, 0.04])
    p.add_argument("--max-z", nargs="*", type=float, default=[0.0], help="z ceiling of the gain-alone branch")
    p.add_argument("--no-gain-branch", action="store_true", help="also try without the gain-alone branch")
    args = p.parse_args(argv)

    from provenance.embed import SentenceTransformerEmbedder
    from provenance.embed_cache import CachedEmbedder, DiskEmbeddingCache

    st = SentenceTransformerEmbedder()
    emb_d = CachedEmbedder(st, DiskEmbeddingCache(args.demetr_cache))
    emb_f = CachedEmbedder(st, DiskEmbeddingCache(args.cache))
    t0 = time.perf_counter()
    dem = demetr_comparisons(args.ids)
    fa = ntrex_comparisons(args.docs, args.fa_split, args.langs, emb_f) if args.docs else []
    print(f"[names_tokens] built in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    variants: list[tuple[str, bool, EntityDetector]] = [
        ("gain only (no token vectors)", False, EntityDetector()),
        ("token evidence (defaults)", True, EntityDetector()),
    ]
    base = EntityDetector()
    ceilings: list[float | None] = [*args.max_z, *([None] if args.no_gain_branch else [])]
    for mz in ceilings:
        for w in args.weights:
            for s in args.scores:
                det = replace(base, token_weight=w, min_score=s, min_score_cjk=s, max_z=mz)
                variants.append((f"max_z {mz} w {w} score {s}", True, det))
    wrapped_d = {False: SentencesOnly(emb_d), True: WithTokens(emb_d)}
    wrapped_f = {False: SentencesOnly(emb_f), True: WithTokens(emb_f)}
    head = (
        "| setting | ne found | zh ja | others | ref FA | zh ja | others | " + " | ".join(args.langs) + " | en->X all |"
    )
    print(head)
    print("|---" * (head.count("|") - 1) + "|")
    for label, tokens, det in variants:
        found: Counter[str] = Counter()
        total: Counter[str] = Counter()
        for typ, comps in dem.items():
            for lang, c in comps:
                hit = any(f.kind == "entity_change" for f in det.detect(with_embedder(c, wrapped_d[tokens])))
                group = "cjk" if lang in ("zh", "ja") else "other"
                for key in (typ, f"{typ}:{group}"):
                    found[key] += hit
                    total[key] += 1
        fa_n: Counter[str] = Counter()
        fa_pairs: Counter[str] = Counter()
        for lang, n, c in fa:
            fa_n[lang] += sum(1 for _ in det.detect(with_embedder(c, wrapped_f[tokens])))
            fa_pairs[lang] += n
        rate = {k: f"{found[k] / max(1, total[k]):.3f}" for k in total}

        per_lang = " | ".join(f"{100 * fa_n[lg] / max(1, fa_pairs[lg]):.1f}" for lg in args.langs)
        all_fa = 100 * sum(fa_n.values()) / max(1, sum(fa_pairs.values()))
        print(
            f"| {label} | {rate['ne_replaced']} | {rate['ne_replaced:cjk']} | {rate['ne_replaced:other']} "
            f"| {rate['reference']} | {rate['reference:cjk']} | {rate['reference:other']} "
            f"| {per_lang} | {all_fa:.2f} |",
            flush=True,
        )
    print(
        f"[names_tokens] {total['ne_replaced']} ne_replaced, {total['reference']} references ({args.ids}); "
        f"en->X pairs {dict(fa_pairs)} ({args.fa_split}); {time.perf_counter() - t0:.0f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
