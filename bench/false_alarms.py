"""False alarms on faithful translations, English original -> human translation (NTREX-128, en->X).

Every NTREX-128 document is an English news article (one sentence a line) with line-aligned human
translations. Each document is laid out as paragraphs of 3 sentences, built into pre-segmented
Documents (so segmentation errors do not count) and run through the real pipeline
(`provenance.pipeline.compare_documents`, default detectors) against its translation. A faithful
translation should raise (almost) no findings: this counts them per 100 sentence pairs, per language
and per kind, over all documents and over even / odd DOCUMENT_IDS positions (tune on even, hold out odd).

    python bench/false_alarms.py [--langs de fr ru es vi zh] [--docs N] [--split all|even|odd]
                                 [--kinds entity_change ...] [--list] [--json FILE] [--reverse]

`--reverse` runs the other direction: the translation as the original, the English as its
republication (X -> en).

Embeddings are cached on disk (`--cache`, default /tmp/provenance-false-alarms-cache), so a rerun
after a detector change costs only the detectors' new probe texts.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ntrex import NTREX, NTREX_FILES, documents

from provenance.core import Document, Sentence

LANGS = ("de", "fr", "ru", "es", "vi", "zh")
PARAGRAPH = 3  # sentences per paragraph, as bench/speed.py lays NTREX out


def build(lines: Sequence[str], lang: str) -> Document:
    """A Document with one sentence per line, paragraphs of PARAGRAPH sentences."""
    parts: list[str] = []
    sentences: list[Sentence] = []
    pos = 0
    for k, line in enumerate(lines):
        if k:
            sep = "\n\n" if k % PARAGRAPH == 0 else " "
            parts.append(sep)
            pos += len(sep)
        sentences.append(Sentence(k, line, pos, pos + len(line), lang, k // PARAGRAPH))
        parts.append(line)
        pos += len(line)
    return Document("".join(parts), tuple(sentences), lang)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--langs", nargs="*", default=list(LANGS), choices=LANGS)
    p.add_argument("--docs", type=int, default=None, help="only the first N documents (a subsample)")
    p.add_argument("--split", choices=("all", "even", "odd"), default="all", help="documents to run")
    p.add_argument("--kinds", nargs="*", default=None, help="only list these finding kinds")
    p.add_argument("--list", action="store_true", help="print every finding with its sentence pair")
    p.add_argument("--cache", default="/tmp/provenance-false-alarms-cache")
    p.add_argument("--json", default=None, help="write the counts as JSON")
    p.add_argument("--reverse", action="store_true",
                   help="the translation as the original and the English as its republication (X -> en)")  # fmt: skip
    args = p.parse_args(argv)

    from provenance.embed import SentenceTransformerEmbedder
    from provenance.embed_cache import CachedEmbedder, DiskEmbeddingCache
    from provenance.pipeline import compare_documents

    embedder = CachedEmbedder(SentenceTransformerEmbedder(), DiskEmbeddingCache(args.cache))
    text = {k: (NTREX / f).read_text(encoding="utf-8").split("\n") for k, f in NTREX_FILES.items()}
    docs = documents()
    if args.docs is not None:
        docs = docs[: args.docs]
    chosen = [(pos, d, lines) for pos, (d, lines) in enumerate(docs)]
    if args.split != "all":
        chosen = [c for c in chosen if (c[0] % 2 == 0) == (args.split == "even")]

    # counts[split][lang][kind], pairs[split][lang]
    counts: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    pairs: dict[str, Counter[str]] = defaultdict(Counter)
    for lang in args.langs:
        for pos, doc_id, lines in chosen:
            keep = [i for i in lines if text["en"][i].strip() and text[lang][i].strip()]
            source = build([text["en"][i].strip() for i in keep], "en")
            derived = build([text[lang][i].strip() for i in keep], lang)
            if args.reverse:
                source, derived = derived, source
            report = compare_documents(source, derived, embedder=embedder)
            splits = ("all", "even" if pos % 2 == 0 else "odd")
            for s in splits:
                pairs[s][lang] += len(keep)
            for f in report.findings:
                for s in splits:
                    counts[s][lang][f.kind] += 1
                if args.list and (args.kinds is None or f.kind in args.kinds):
                    src = " | ".join(source.sentences[i].text for i in f.source)
                    der = " | ".join(derived.sentences[j].text for j in f.derived)
                    where = f"{lang} {doc_id} s{list(f.source)} d{list(f.derived)}"
                    print(f"[{where}] {f.kind} ({f.detector}): {f.message}")
                    print(f"    {source.lang.upper()}: {src}")
                    print(f"    {derived.lang.upper()}: {der}")
        print(f"[false_alarms] {lang} done ({embedder.encoded} encoded, {embedder.hits} cached)", file=sys.stderr)

    kinds = sorted({k for sp in counts.values() for c in sp.values() for k in c})
    print(f"\nfindings per 100 sentence pairs (documents: {len(chosen)}, split {args.split})")
    for s in ("all", "even", "odd"):
        if not pairs[s]:
            continue
        print(f"\n{s}: " + ", ".join(f"{lang} {pairs[s][lang]} pairs" for lang in args.langs))
        print("| kind | " + " | ".join(args.langs) + " | all |")
        print("|---|" + "---:|" * (len(args.langs) + 1))
        total_pairs = sum(pairs[s].values())
        for kind in [*kinds, "total"]:
            row = []
            for lang in args.langs:
                n = sum(counts[s][lang].values()) if kind == "total" else counts[s][lang][kind]
                row.append(f"{100 * n / max(1, pairs[s][lang]):.2f}")
            n = sum(sum(c.values()) if kind == "total" else c[kind] for c in counts[s].values())
            row.append(f"{100 * n / max(1, total_pairs):.2f}")
            print(f"| {kind} | " + " | ".join(row) + " |")
    if args.json:
        out = {s: {"pairs": dict(pairs[s]), "findings": {lg: dict(c) for lg, c in counts[s].items()}} for s in pairs}
        Path(args.json).write_text(json.dumps(out, indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
