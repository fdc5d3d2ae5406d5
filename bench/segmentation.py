"""Sentence-boundary precision, recall and F1 of `provenance.segment.split_sentences` on NTREX-128.

For each language, the lines of each document (DOCUMENT_IDS.tsv) are joined with single spaces into
one paragraph (Chinese: with nothing, as Chinese is written without spaces), split again, and the
predicted sentence ends compared with the true ones. The end of the text is not counted (it is
always right). Two recalls are reported: over all boundaries, and over the boundaries a text-only
splitter can see: after a line ending in sentence punctuation (NTREX headlines and sub-headings
have none, so once joined into running text nothing marks their end).

    python bench/segmentation.py [--langs en,de] [--engine provenance|punkt|underthesea|underthesea+settle|pysbd]
        [--errors N] [--document] [--headline-line] [--half all|even|odd|split] [--cjk-join none|space]

`--cjk-join space` joins Chinese lines with a space too, as the issue's protocol literally says (the
default joins them with nothing, as Chinese is written). The column "cuts inside a line" counts the
false cuts that fall right after an unambiguous terminator (。！？!?) inside one NTREX line: NTREX lines
are translation units aligned with the English line, and a translator often writes two sentences
in one line; a reader would cut there too.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterator

from ntrex import NTREX, NTREX_FILES
from ntrex import documents as ntrex_documents
from ntrex import lines as ntrex_lines

from provenance.segment import split_sentences

_TERMINATORS = ".!?…。！？"
_CLOSING = "\"'”’»)」』）“‘«"
_UNAMBIGUOUS = "。！？!?"  # a cut after these is a sentence end wherever it falls (unlike "." after "25")


def _punctuated(line: str) -> bool:
    """Whether a line ends in sentence punctuation, possibly followed by closing quotes/brackets."""
    stripped = line.rstrip().rstrip(_CLOSING)
    return bool(stripped) and stripped[-1] in _TERMINATORS


Splitter = Callable[[str, str], list[tuple[int, int]]]


# Documents are numbered in DOCUMENT_IDS.tsv order: rules were tuned on the even ones only, the odd
# ones are held out.
HALVES = ("all", "even", "odd")


def documents(
    lang: str, headline_line: bool = False, half: str = "all", cjk_join: str = "none"
) -> Iterator[tuple[str, list[int], list[bool]]]:
    """(joined text, sentence ends, whether each end is visible) per NTREX document.

    `headline_line`: the document's first line (its headline) stays on a line of its own above the
    text, as an article would be laid out, instead of being joined to the first sentence.
    `half`: "even" or "odd" keeps the documents of that parity (in DOCUMENT_IDS.tsv order).
    `cjk_join`: "none" joins Chinese lines with nothing, "space" with a space as other languages.
    """
    lines = ntrex_lines(lang)
    sep = "" if lang == "zh" and cjk_join == "none" else " "
    for number, (_, numbers) in enumerate(ntrex_documents()):
        sents = [lines[i].strip() for i in numbers if lines[i].strip()]
        if (half == "even" and number % 2) or (half == "odd" and not number % 2):
            continue
        text, ends = "", []
        for i, s in enumerate(sents):
            text += ("\n" if i == 1 and headline_line else sep if i else "") + s
            ends.append(len(text))
        yield text, ends, [_punctuated(s) for s in sents]


def _engine(name: str) -> Splitter:
    if name == "provenance":
        return split_sentences
    if name == "punkt":  # the bare package: bundled model (or preset), no post-processing
        import punkt

        names = {"en": "english", "de": "german", "fr": "french", "ru": "russian", "es": "spanish"}

        def run(text: str, lang: str) -> list[tuple[int, int]]:
            tok = punkt.tokenizer_for(names.get(lang, lang), prefixes=True)
            return list(tok.span_tokenize(text))

        return run
    if name in ("underthesea", "underthesea+settle"):  # Vietnamese only

        def run_u(text: str, lang: str) -> list[tuple[int, int]]:
            from underthesea import sent_tokenize

            spans = _locate(text, sent_tokenize(text))
            if name == "underthesea":
                return spans
            # the same closing-quote and continuation pass provenance applies after Punkt
            from provenance.segment import _settle, _spans

            ends = [_settle(text, e) for _, e in spans]
            return _spans(text, [e for e in ends if e is not None])

        return run_u
    if name == "pysbd":
        import pysbd

        def run_p(text: str, lang: str) -> list[tuple[int, int]]:
            # its char_span offsets drift on repeated text: locate the strings instead
            seg = pysbd.Segmenter(language=lang if lang != "vi" else "en", clean=False)
            return _locate(text, seg.segment(text))

        return run_p
    raise SystemExit(f"unknown engine {name}")


def _locate(text: str, pieces: list[str]) -> list[tuple[int, int]]:
    """Offsets of sentence strings returned by a splitter that gives no spans."""
    spans, pos = [], 0
    for piece in pieces:
        piece = piece.strip()
        at = text.find(piece, pos)
        if at < 0:  # the splitter altered the text; fall back to its first word
            at = text.find(piece.split()[0], pos) if piece.split() else pos
            if at < 0:
                continue
            spans.append((at, at + len(piece)))
        else:
            spans.append((at, at + len(piece)))
        pos = spans[-1][1]
    return spans


def _segment_splitter(text: str, lang: str) -> list[tuple[int, int]]:
    """The whole `segment()` (layout units, then sentences) with the language given."""
    from provenance.segment import segment

    return [(s.start, s.end) for s in segment(text, lang=lang).sentences]


def evaluate(
    lang: str,
    split: Splitter,
    errors: int = 0,
    headline_line: bool = False,
    half: str = "all",
    cjk_join: str = "none",
) -> dict[str, float]:
    tp = fp = fn = fn_visible = n_gold_visible = sentences = inside = 0
    shown = 0
    elapsed = 0.0
    for text, ends, visible in documents(lang, headline_line, half, cjk_join):
        sentences += len(ends)
        t0 = time.perf_counter()
        spans = split(text, lang)
        elapsed += time.perf_counter() - t0
        gold = set(ends[:-1])
        gold_visible = {e for e, v in zip(ends[:-1], visible[:-1], strict=True) if v}
        # A predicted end may sit before trailing spaces; compare stripped positions.
        pred = {e for _, e in spans} - {len(text)}
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
        fn_visible += len(gold_visible - pred)
        inside += sum(1 for e in pred - gold if text[:e].rstrip().rstrip(_CLOSING)[-1:] in tuple(_UNAMBIGUOUS))
        n_gold_visible += len(gold_visible)
        for e in sorted((pred - gold) | (gold_visible - pred)):
            if shown < errors:
                tag = "FP" if e in pred else "FN"
                print(f"  {lang} {tag} {text[max(0, e - 60) : e]!r} | {text[e : e + 30]!r}", file=sys.stderr)
                shown += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    rv = 1 - fn_visible / n_gold_visible if n_gold_visible else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    fv = 2 * p * rv / (p + rv) if p + rv else 0.0
    # the same with cuts inside a line after 。！？!? counted as right (see the module docstring)
    pi = tp / (tp + fp - inside) if tp + fp - inside else 0.0
    fi = 2 * pi * r / (pi + r) if pi + r else 0.0
    return {
        "sentences": sentences,
        "boundaries": tp + fn,
        "punctuated": n_gold_visible,
        "P": p,
        "R": r,
        "F1": f,
        "R_visible": rv,
        "F1_visible": fv,
        "inside": inside,
        "F1_inside_ok": fi,
        "ms_per_1k": elapsed / sentences * 1e6,
    }


def table(results: dict[str, dict[str, float]]) -> str:
    head = (
        "| lang | sentences | boundaries (punctuated) | P | R | F1 | R (punctuated) | F1 (punctuated) "
        "| cuts inside a line after 。！？!? | F1 with those counted right | ms / 1k sent. |"
    )
    rows = [head, "|---|---|---|---|---|---|---|---|---|---|---|"]
    for lang, m in results.items():
        rows.append(
            f"| {lang} | {m['sentences']:.0f} | {m['boundaries']:.0f} ({m['punctuated']:.0f}) | {m['P']:.3f} "
            f"| {m['R']:.3f} "
            f"| {m['F1']:.3f} | {m['R_visible']:.3f} | {m['F1_visible']:.3f} "
            f"| {m['inside']:.0f} | {m['F1_inside_ok']:.3f} | {m['ms_per_1k']:.0f} |"
        )
    return "\n".join(rows)


def document_speed(lang: str, target: int = 5000) -> tuple[int, float, float]:
    """segment() on one long document: NTREX paragraphs (one per document) repeated to `target`
    sentences. Returns (sentences found, seconds with language detection, seconds with lang given)."""
    from provenance.segment import segment

    paragraphs, count = [], 0
    while count < target:
        for text, ends, _ in documents(lang):
            paragraphs.append(text)
            count += len(ends)
            if count >= target:
                break
    text = "\n\n".join(paragraphs)
    segment("Warm up the detector and the splitter. Twice.")
    t0 = time.perf_counter()
    doc = segment(text)
    detected = time.perf_counter() - t0
    t0 = time.perf_counter()
    segment(text, lang=lang)
    forced = time.perf_counter() - t0
    return len(doc), detected, forced


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--langs", default=",".join(NTREX_FILES))
    ap.add_argument("--engine", default="provenance")
    ap.add_argument("--errors", type=int, default=0, help="print this many errors per language")
    ap.add_argument(
        "--half",
        choices=[*HALVES, "split"],
        default="split",
        help="documents to score: all, the even (tuning) or odd (held-out) ones, or a table for each (split)",
    )
    ap.add_argument("--document", action="store_true", help="also time segment() on a 5,000-sentence text")
    ap.add_argument(
        "--headline-line",
        action="store_true",
        help="keep each document's headline on its own line above the text and run the whole segment()",
    )
    ap.add_argument(
        "--cjk-join",
        choices=["none", "space"],
        default="none",
        help="join Chinese lines with nothing (as Chinese is written; default) or a space (the issue's protocol)",
    )
    args = ap.parse_args()
    if not NTREX.is_dir():
        raise SystemExit(f"{NTREX} not found: this benchmark needs ../shared")
    split = _engine(args.engine)
    for lang in args.langs.split(","):
        split("Warm up. The model loads once.", lang)
    for half in HALVES if args.half == "split" else (args.half,):
        results = {}
        for lang in args.langs.split(","):
            if args.headline_line:
                results[lang] = evaluate(
                    lang, _segment_splitter, args.errors, headline_line=True, half=half, cjk_join=args.cjk_join
                )
            else:
                results[lang] = evaluate(lang, split, args.errors, half=half, cjk_join=args.cjk_join)
        print(f"\n{half} documents" + {"even": " (tuning)", "odd": " (held out)"}.get(half, ""))
        print(table(results))
    if args.document:
        for lang in args.langs.split(","):
            n, detected, forced = document_speed(lang)
            print(
                f"segment() {lang}: {n} units in {detected:.2f} s with per-paragraph/sentence language "
                f"detection, {forced:.2f} s with lang={lang!r}"
            )


if __name__ == "__main__":
    main()
