"""Where the NTREX-128 data lies beside the repo, and its file for each language.

The one copy of this map: the benches import it as their sibling (`from ntrex import ...`, run as
scripts from bench/), models/bench_model.py and samples/build.py load this file by path. The package
itself never reads NTREX.
"""

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


def lines(lang: str) -> list[str]:
    """Every line of a language's NTREX file (line i of each file is the same sentence)."""
    return (NTREX / NTREX_FILES[lang]).read_text(encoding="utf-8").splitlines()


def documents() -> list[tuple[str, list[int]]]:
    """(document id, its line numbers in every language's file) in DOCUMENT_IDS.tsv order."""
    ids = (NTREX / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").split("\n")
    docs: dict[str, list[int]] = {}
    for i, doc in enumerate(ids):
        if doc.strip():
            docs.setdefault(doc.strip(), []).append(i)
    return list(docs.items())


# NTREX's own code in each file name ("eng", "zho-CN"): the labels some benches print and name files by
NTREX_CODES = {lang: name.split(".")[-2] for lang, name in NTREX_FILES.items()}
