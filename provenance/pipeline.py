"""The whole job for one pair: segment -> embed -> align -> detect -> Report.

Each stage is its own module; this one only wires them and times them. Embedding is done once,
up front, for every text the aligner will ask for, so the timings say where the time goes.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Sequence

from provenance import __version__
from provenance.align import align, embedding_texts
from provenance.core import Alignment, Bead, Document, Report
from provenance.detect import Comparison, Detector, active_detectors, probe_texts, run_detectors
from provenance.embed import Embedder
from provenance.language import MODEL_LANGUAGES
from provenance.read import InputError
from provenance.segment import segment


class UnsupportedLanguageError(InputError):
    pass


def check_languages(*docs: Document) -> None:
    """The default model was trained on XLM-R's ~100 languages; past them its vectors are noise."""
    for doc in docs:
        if doc.lang not in MODEL_LANGUAGES and doc.lang != "und":
            raise UnsupportedLanguageError(
                f"{doc.path or 'text'}: detected language '{doc.lang}' is not one the model was "
                "trained on; pass --source-lang/--derived-lang if detection is wrong, "
                "--any-language to compare anyway, or --model for a model that covers it"
            )


def standalone(doc: Document) -> list[bool]:
    """Units that stand on their own on the page: headings, captions, lines, and the first unit (the headline)."""
    return [s.kind != "sentence" or s.index == 0 for s in doc.sentences]


def compare_documents(
    source: Document,
    derived: Document,
    *,
    embedder: Embedder,
    detectors: Sequence[Detector] | None = None,
) -> Report:
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    if source.texts == derived.texts:
        # identical texts: the identity alignment, and nothing for the model to do
        alignment = Alignment(tuple(Bead((i,), (i,), 1.0) for i in range(len(source))))
        timings["embed"] = timings["align"] = 0.0
    else:
        embedder.encode(embedding_texts(source.texts) + embedding_texts(derived.texts))
        t1 = time.perf_counter()
        timings["embed"] = t1 - t0
        alignment = align(source.texts, derived.texts, embedder, standalone=(standalone(source), standalone(derived)))
        timings["align"] = time.perf_counter() - t1
    comparison = Comparison(source, derived, alignment, embedder)
    detectors = list(detectors) if detectors is not None else active_detectors()
    t2 = time.perf_counter()
    probes = probe_texts(comparison, detectors)
    if probes:
        embedder.encode(probes)  # the detectors' own texts, in one batch
    t3 = time.perf_counter()
    timings["embed"] += t3 - t2
    findings = run_detectors(comparison, detectors)
    timings["detect"] = time.perf_counter() - t3
    return Report(
        source=source,
        derived=derived,
        alignment=alignment,
        findings=tuple(findings),
        model=getattr(embedder, "name", type(embedder).__name__),
        version=__version__,
        timings=timings,
    )


def compare(
    source_text: str,
    derived_text: str,
    *,
    embedder: Embedder,
    source_path: str | None = None,
    derived_path: str | None = None,
    source_lang: str | None = None,
    derived_lang: str | None = None,
    detectors: Sequence[Detector] | None = None,
    any_language: bool = True,
) -> Report:
    """Compare an original article with its republication (texts in any two languages)."""
    t0 = time.perf_counter()
    source = segment(source_text, lang=source_lang, path=source_path)
    derived = segment(derived_text, lang=derived_lang, path=derived_path)
    for doc in (source, derived):
        if not len(doc):
            raise InputError(f"{doc.path or 'text'}: no sentences found")
    if not any_language:
        check_languages(source, derived)
    segment_time = time.perf_counter() - t0
    report = compare_documents(source, derived, embedder=embedder, detectors=detectors)
    timings = {"segment": segment_time, **report.timings}
    timings["total"] = time.perf_counter() - t0
    return dataclasses.replace(report, timings=timings)
