"""Where the time goes: segmentation, embedding, alignment, detection, the whole run, cold start.

    python bench/speed.py [--sizes 50 500 5000] [--ntrex ../shared/data/ntrex128] [--out bench/results/speed.md]

Pairs of N sentences are NTREX-128 news documents concatenated: English against Vietnamese, then
German against Russian and French against Spanish once English runs out (every line a different
text, so the embedding cache never flatters a size). Each size runs in its own process, so its peak
memory (max RSS) is its own. The cold start is one `provenance diff` process on two 40-sentence
articles, from a fresh interpreter, as a user would run it.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ntrex import NTREX, NTREX_FILES

ROOT = Path(__file__).resolve().parents[1]
PAIRS = [("en", "vi"), ("de", "ru"), ("fr", "es")]


def paired_text(ntrex: Path, n: int) -> tuple[str, str]:
    """N translation pairs laid out as paragraphs of 3 sentences, with document breaks kept."""
    ids = (ntrex / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").split("\n")
    src: list[str] = []
    der: list[str] = []
    for a, b in PAIRS:
        la = (ntrex / NTREX_FILES[a]).read_text(encoding="utf-8").split("\n")
        lb = (ntrex / NTREX_FILES[b]).read_text(encoding="utf-8").split("\n")
        for i, doc in enumerate(ids):
            if len(src) == n:
                break
            if not doc.strip() or not la[i].strip() or not lb[i].strip():
                continue
            sep = "\n\n" if (i == 0 or ids[i - 1] != doc or len(src) % 3 == 0) else " "
            src.append(sep + la[i].strip())
            der.append(sep + lb[i].strip())
    return "".join(src).strip() + "\n", "".join(der).strip() + "\n"


def run_size(n: int, ntrex: Path) -> dict:
    from provenance.align import align, embedding_texts
    from provenance.detect import Comparison, default_detectors, probe_texts, run_detectors
    from provenance.embed import SentenceTransformerEmbedder
    from provenance.segment import segment

    source_text, derived_text = paired_text(ntrex, n)
    embedder = SentenceTransformerEmbedder()
    embedder.encode(["warm-up"])  # model load is the cold start's business, not this table's
    t = {}
    t0 = time.perf_counter()
    source, derived = segment(source_text), segment(derived_text)
    t["segment"] = time.perf_counter() - t0
    texts = embedding_texts(source.texts) + embedding_texts(derived.texts)
    t0 = time.perf_counter()
    embedder.encode(texts)
    t["embed"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    alignment = align(source.texts, derived.texts, embedder)
    t["align"] = time.perf_counter() - t0
    comparison = Comparison(source, derived, alignment, embedder)
    detectors = default_detectors()
    # the detectors' texts, embedded with the pair's as the pipeline does; listing them is the detectors'
    # own work (names, qualifiers, figures read per bead), so it counts as detection, not as the model's
    t0 = time.perf_counter()
    probes = probe_texts(comparison, detectors)
    t["detect"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    embedder.encode(probes)
    t["embed"] += time.perf_counter() - t0
    # the entity detector runs the encoder for word vectors (a token pass) from inside detection: that
    # is model time, so it is timed apart and counted with the embedding
    t["tokens"] = 0.0
    token_embeddings = embedder.token_embeddings

    def timed_token_embeddings(texts, *args, **kwargs):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        try:
            return token_embeddings(texts, *args, **kwargs)
        finally:
            t["tokens"] += time.perf_counter() - start

    embedder.token_embeddings = timed_token_embeddings  # type: ignore[method-assign]
    t0 = time.perf_counter()
    findings = run_detectors(comparison, detectors)
    t["detect"] += time.perf_counter() - t0 - t["tokens"]
    t["total"] = sum(t.values())
    return {
        "sentences": [len(source), len(derived)],
        "embedded_texts": embedder.encoded,
        "findings": len(findings),
        "seconds": t,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def cold_start(ntrex: Path) -> dict:
    source_text, derived_text = paired_text(ntrex, 40)
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp) / "a.txt", Path(tmp) / "b.txt"
        a.write_text(source_text, encoding="utf-8")
        b.write_text(derived_text, encoding="utf-8")
        exe = Path(sys.executable).with_name("provenance")
        t0 = time.perf_counter()
        subprocess.run([str(exe), "diff", str(a), str(b), "--json"], check=True, capture_output=True)
        diff_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        subprocess.run([str(exe), "--help"], check=True, capture_output=True)
        help_s = time.perf_counter() - t0
    return {"diff_40_sentences_s": diff_s, "help_s": help_s}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 500, 5000])
    parser.add_argument("--ntrex", type=Path, default=NTREX)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "speed.md")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process: one size, JSON out
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_size(args.one, args.ntrex)))
        return

    rows = []
    for n in args.sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(n), "--ntrex", str(args.ntrex)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        r = json.loads(out.strip().splitlines()[-1])
        rows.append((n, r))
        s = r["seconds"]
        print(
            f"{n:>5} sentences: "
            + "  ".join(f"{k} {v:.2f}s" for k, v in s.items())
            + f"  peak {r['peak_rss_mb']:.0f} MB",
            flush=True,
        )
    cold = cold_start(args.ntrex)
    print(
        f"cold start: diff of two 40-sentence articles {cold['diff_40_sentences_s']:.1f}s, --help {cold['help_s']:.2f}s"
    )

    lines = [
        "| sentences (src+der) | segment | embed | token pass (names) | align | detect | total | sentences/s | "
        "non-embedding share | texts embedded | peak RSS |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for n, r in rows:
        s = r["seconds"]
        total_sents = sum(r["sentences"])
        other = s["segment"] + s["align"] + s["detect"]
        model = s["embed"] + s.get("tokens", 0.0)
        lines.append(
            f"| {n} ({r['sentences'][0]}+{r['sentences'][1]}) | {s['segment']:.2f} s | {s['embed']:.2f} s | "
            f"{s.get('tokens', 0.0):.2f} s | {s['align']:.2f} s | {s['detect']:.2f} s | {s['total']:.2f} s | "
            f"{total_sents / s['total']:.0f} | {other / model:.1%} of embedding | {r['embedded_texts']} | "
            f"{r['peak_rss_mb']:.0f} MB |"
        )
    lines += [
        "",
        f"Cold start, one `provenance diff` of two 40-sentence articles in a fresh process (import, model "
        f"load, the whole run): **{cold['diff_40_sentences_s']:.1f} s**; `provenance --help`: "
        f"**{cold['help_s']:.2f} s**.",
        "",
        f"Measured with `python bench/speed.py --sizes {' '.join(map(str, args.sizes))}` on a 2-core CPU machine.",
    ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
