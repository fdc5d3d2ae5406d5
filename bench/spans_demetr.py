"""DEMETR evaluation of the span detector (provenance.detect.spans), one-sentence documents.

    python bench/spans_demetr.py --lo 50 --hi 52

Items whose (id - 1) % 100 lies in [lo, hi): the same slots of every language block (DEMETR ids run
in blocks of 100 per source language), so each split covers all ten languages. Thresholds were
tuned on slots [0, 3); report on other slots. Needs ../shared and the provisioned model.
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from demetr import DATA, LANGS, ONE_BEAD, one

from provenance.detect import Comparison
from provenance.detect.spans import SpanDetector
from provenance.embed import SentenceTransformerEmbedder

FILES = [("pp", "major_id5_pp_removed.json"), ("ne", "critical_id25_ne_removed.json"),
         ("add", "critical_id6_addition.json"), ("ref", "base_id35_reference.json")]  # fmt: skip
WANT = {"pp": "partial_omission", "ne": "partial_omission", "add": "addition"}


class TokenEmbedder:
    """The provisioned embedder, counting the texts it runs through the model (token passes included)."""

    def __init__(self, tokens: bool) -> None:
        self.plain = SentenceTransformerEmbedder()
        self.name = self.plain.name
        self.passes = 0  # texts through the model, token passes included
        if tokens:
            self.token_embeddings = self._tokens

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        before = self.plain.encoded
        out = self.plain.encode(texts)
        self.passes += self.plain.encoded - before
        return out

    def _tokens(self, texts: Sequence[str]):
        self.passes += len(texts)
        return self.plain.token_embeddings(texts)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lo", type=int, default=50)
    ap.add_argument("--hi", type=int, default=52)
    ap.add_argument("--no-tokens", action="store_true", help="windows instead of token-vector proposals")
    ap.add_argument("--same-only", action="store_true", help="only the same-language pairs (mt vs perturbed)")
    ap.add_argument("--omission-evidence", type=float, help="SpanDetector.omission_evidence (default: its own)")
    ap.add_argument("--aligned-additions", action="store_true", help="SpanDetector(aligned_additions=True)")
    args = ap.parse_args()
    emb = TokenEmbedder(tokens=not args.no_tokens)
    det = SpanDetector(
        use_tokens=not args.no_tokens, use_windows=args.no_tokens, aligned_additions=args.aligned_additions
    )
    if args.omission_evidence is not None:
        det = dataclasses.replace(det, omission_evidence=args.omission_evidence)
    rates: dict[str, list[bool]] = collections.defaultdict(list)
    ms: list[float] = []
    passes: list[int] = []

    def run(a: str, la: str, b: str, lb: str):
        p, t = emb.passes, time.perf_counter()
        found = list(det.detect(Comparison(one(a, la), one(b, lb), ONE_BEAD, emb)))
        ms.append(1000 * (time.perf_counter() - t))
        passes.append(emb.passes - p)
        return found

    for name, path in FILES:
        for x in json.loads((DATA / path).read_text(encoding="utf-8")):
            if not args.lo <= (x["id"] - 1) % 100 < args.hi:
                continue
            if name != "ref" and not x["pert_check"]:
                continue
            lang = LANGS[x["lang_tag"]]
            if args.same_only:
                if name != "ref":
                    same = run(x["mt_sent"], "en", x["pert_sent"], "en")
                    rates[f"{name} same language: {WANT[name]}"].append(any(f.kind == WANT[name] for f in same))
                continue
            cross = run(x["src_sent"], lang, x["pert_sent"], "en")
            if name == "ref":
                rates["reference, src vs human translation: any finding"].append(bool(cross))
                continue
            same = run(x["mt_sent"], "en", x["pert_sent"], "en")
            control = run(x["src_sent"], lang, x["mt_sent"], "en")
            rates[f"{name} cross-lingual: {WANT[name]}"].append(any(f.kind == WANT[name] for f in cross))
            rates[f"{name} same language: {WANT[name]}"].append(any(f.kind == WANT[name] for f in same))
            rates["control, src vs unperturbed mt: any finding"].append(bool(control))
    print("| measure | items | rate |\n|---|---|---|")
    for key, hits in rates.items():
        print(f"| {key} | {len(hits)} | {sum(hits) / len(hits):.3f} |")
    print(
        f"\n{len(ms)} pairs; ms per pair median {np.median(ms):.0f}, mean {np.mean(ms):.0f}; "
        f"texts through the model per pair (token passes included) mean {np.mean(passes):.1f}"
    )


if __name__ == "__main__":
    main()
