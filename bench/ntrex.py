"""Where the NTREX-128 data lies beside the repo, and its file for each language (shared by the benches)."""

from __future__ import annotations

from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
NTREX = SHARED / "data" / "ntrex128"
NTREX_FILES = {
    "en": "newstest2019-src.eng.txt",
    "de": "newstest2019-ref.deu.txt",
    "fr": "newstest2019-ref.fra.txt",
    "ru": "newstest2019-ref.rus.txt",
    "es": "newstest2019-ref.spa.txt",
    "vi": "newstest2019-ref.vie.txt",
    "zh": "newstest2019-ref.zho-CN.txt",
}
