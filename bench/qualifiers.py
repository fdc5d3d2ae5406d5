"""Measure the qualifier detector (provenance.detect.qualifiers) on DEMETR and NTREX-128.

    python bench/qualifiers.py [--no-embed] [--list]

For each set it counts the pairs with a qualifier finding twice: read lexically (`changed`), and after the
deletion test the detector runs with an embedder (the word's sentence must come closer to the other side
without it). DEMETR (one sentence pair per item, `pert_check` true): `addition` items (a word added to the
English; found = a qualifier `addition`), `adj_adv_removed` and `pp_removed` (found = a qualifier
`partial_omission`), and the faithful `reference` file three ways (source vs human translation, source vs
MT, and the human translation as the original: every finding a false alarm). NTREX-128: the 11,982 line
pairs of English news and their professional translations (de, fr, es, ru, vi, zh), English as the
source; a finding there is either a real omission or addition by the translator or a false alarm, so
`--list` prints them to be read. Embeddings are cached on disk (/tmp/provenance-demetr-cache).

`--planted` adds the state-control and "so-called" concepts, which neither corpus holds more than a handful
of: in the first 150 NTREX lines per language with a slot, "state-run" is put after the English line's first
article ("the state-run market") and "so-called" before its first name after "the" ("the so-called European
Union", else the first noun after "the"), as DEMETR plants its additions. The translation against the planted
English must find it added; the planted English as the original against the translation must find it
dropped.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from demetr import LANGS, ONE_BEAD, checked, one
from ntrex import lines

from provenance.detect import Comparison
from provenance.detect.qualifiers import QualifierDetector, changed

Pair = tuple[str, str, str, str, str]  # label, source, its language, derived, its language


def demetr(stem: str, a: str, b: str, reverse: bool = False) -> Iterator[Pair]:
    for r in checked(stem, "all"):
        lang = LANGS[str(r["lang_tag"])]
        if reverse:
            yield f"#{r['id']}", str(r[b]), "en", str(r[a]), lang
        else:
            yield f"#{r['id']}", str(r[a]), lang, str(r[b]), "en"


def ntrex() -> Iterator[Pair]:
    english = lines("en")
    for lang in ("de", "fr", "es", "ru", "vi", "zh"):
        for i, (a, b) in enumerate(zip(english, lines(lang), strict=True)):
            if a.strip() and b.strip():
                yield f"{lang}:{i}", a, "en", b, lang


def _plant(text: str, word: str) -> str | None:
    """`text` with `word` after its first article ("state-run") or before the first name after "the"
    ("so-called"); None when there is no slot."""
    if word == "so-called":
        m = re.search(r"(?<=\sthe )(?=[A-Z][a-z])", text) or re.search(r"(?<=\bthe )(?=[a-z]{3,})", text)
    else:
        m = re.search(r"(?<=\b(?:the|The) )(?=[a-z]{3,})", text)
        m = m or re.search(r"(?:(?<=\ba )|(?<=\ban ))(?=[a-z]{3,})", text)
    return None if m is None else f"{text[: m.start()]}{word} {text[m.start() :]}".replace(f" an {word}", f" a {word}")


def planted(word: str, dropped: bool, per_language: int = 150) -> Iterator[Pair]:
    english = lines("en")
    for lang in ("de", "fr", "es", "ru", "vi", "zh"):
        n = 0
        for i, (a, b) in enumerate(zip(english, lines(lang), strict=True)):
            plant = _plant(a, word) if a.strip() and b.strip() else None
            if plant is None or n == per_language:
                continue
            n += 1
            yield (f"{lang}:{i}", plant, "en", b, lang) if dropped else (f"{lang}:{i}", b, lang, plant, "en")


def measure(name: str, pairs: Iterable[Pair], want: str | None, embedder: object | None, show: bool) -> None:
    """Pairs with a lexical candidate (`changed`), and pairs with a finding of the detector itself (which,
    given an embedder, runs the deletion test on each candidate)."""
    detector = QualifierDetector()
    kinds = {"added": "addition", "dropped": "partial_omission"}
    n, lexical, gated, concepts = 0, 0, 0, Counter[str]()
    for label, src, ls, der, ld in pairs:
        n += 1
        found = [(kinds[side], q) for side, q in changed(src, der, ls, ld) if want is None or side == want]
        comparison = Comparison(one(src, ls), one(der, ld), ONE_BEAD, embedder)  # type: ignore[arg-type]
        wanted = {kind for kind, _ in found}
        kept = [f for f in detector.detect(comparison) if f.kind in wanted]
        lexical += bool(found)
        gated += bool(kept)
        for f in kept:
            span = f.derived_span if f.kind == "addition" else f.source_span
            concepts.update(q.concept for kind, q in found if (kind, q.text) == (f.kind, span))
            if show:
                print(f"  [{name} {label}] {f.message} (confidence {f.confidence:.2f})\n    A: {src}\n    B: {der}")
    print(f"| {name} | {n} | {lexical} ({lexical / max(1, n):.3f}) | {gated} ({gated / max(1, n):.3f}) | "
          f"{', '.join(f'{c} {k}' for c, k in concepts.most_common())} |")  # fmt: skip


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--no-embed", action="store_true", help="the lexical reading only")
    p.add_argument("--list", action="store_true", help="print every finding after the deletion test")
    p.add_argument("--planted", action="store_true", help="also plant 'state-run' and 'so-called' in NTREX")
    args = p.parse_args()
    embedder = None
    if not args.no_embed:
        from provenance.embed import SentenceTransformerEmbedder
        from provenance.embed_cache import CachedEmbedder, DiskEmbeddingCache

        embedder = CachedEmbedder(SentenceTransformerEmbedder(), DiskEmbeddingCache("/tmp/provenance-demetr-cache"))
    print("| set | pairs | with a finding, lexical | after the deletion test | concepts (after the test) |")
    print("|---|---|---|---|---|")
    sets: list[tuple[str, Iterable[Pair], str | None]] = [
        ("DEMETR addition: added (found)", demetr("critical_id6_addition", "src_sent", "pert_sent"), "added"),
        ("DEMETR adj_adv_removed: dropped (found)",
         demetr("critical_id21_adj_adv_removed", "src_sent", "pert_sent"), "dropped"),
        ("DEMETR pp_removed: dropped (found)", demetr("major_id5_pp_removed", "src_sent", "pert_sent"), "dropped"),
        ("DEMETR reference, source vs human (false)", demetr("base_id35_reference", "src_sent", "eng_sent"), None),
        ("DEMETR reference, source vs MT (false)", demetr("base_id35_reference", "src_sent", "mt_sent"), None),
        ("DEMETR reference, human as original (false)",
         demetr("base_id35_reference", "src_sent", "eng_sent", reverse=True), None),
        ("NTREX en->X line pairs (to be read)", ntrex(), None),
    ]  # fmt: skip
    if args.planted:
        for word in ("state-run", "so-called"):
            name = f"'{word}' planted in the English"
            sets.append((f"NTREX X->en, {name}: added (found)", planted(word, False), "added"))
            sets.append((f"NTREX en->X, {name}: dropped (found)", planted(word, True), "dropped"))
    for name, pairs, want in sets:
        measure(name, pairs, want, embedder, args.list and name.startswith(("DEMETR reference", "NTREX")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
