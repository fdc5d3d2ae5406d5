"""Batch audits: many (original, republication) pairs, one SQLite store, resumable.

    pairs = read_manifest("manifest.csv")             # or pairs_from_dir / pairs_from_source
    summary = run_audit(pairs, "audit.sqlite", embedder_factory=ModelFactory(None))

Throughput comes from pooling: pairs are taken in chunks, every text the aligner will ask for in
a chunk is embedded in one `encode` call (distinct texts only, the disk cache asked first), and
then each pair is aligned and checked from memory. A source shared by many republications is read,
segmented and embedded once. Results go to the store one transaction per chunk (see
`provenance.audit_store` for the crash and concurrency guarantees and example SQL).

Inputs:
- a manifest, CSV with a header or JSONL: `source`, `derived`, optional `id`, `source_lang`,
  `derived_lang`; relative paths resolve against the manifest's folder;
- a pairs folder (`pairs_from_dir`): either `DIR/source/NAME` with `DIR/derived/NAME` (same file
  name), or, flat, `NAME.src.EXT` with every `NAME.TAG.EXT` beside it (id `NAME.TAG`);
- one original against a folder of republications (`pairs_from_source`): every file in the folder.
Without an explicit id, a pair is named by its derived file (relative to the manifest folder), made
unique with the source's name when one derived file is paired with several sources.
"""

from __future__ import annotations

import csv
import json
import multiprocessing
import os
import time
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from provenance.audit_store import AuditStore, PairResult, PairSpec
from provenance.core import FINDING_KINDS, Document
from provenance.detect import Detector
from provenance.embed import Embedder
from provenance.read import MAX_BYTES, InputError

__all__ = [
    "AuditOptions",
    "AuditSummary",
    "LoadedPair",
    "ManifestError",
    "ModelFactory",
    "PairResult",
    "PairSpec",
    "audit_chunk",
    "load_pairs",
    "pairs_from_dir",
    "pairs_from_source",
    "read_manifest",
    "run_audit",
]

EmbedderFactory = Callable[[], Embedder]
ProgressCallback = Callable[[int, int], None]  # (pairs finished so far, pairs in the audit)


class ManifestError(InputError):
    """The list of pairs cannot be read: a bad manifest, folder or argument (exit code 2)."""


# -- inputs --------------------------------------------------------------------------------------


def _resolve(base: Path, value: str) -> str:
    p = Path(value).expanduser()
    return str(p if p.is_absolute() else base / p)


def _name(path: str, base: Path | None) -> str:
    p = Path(path)
    if base is not None:
        try:
            return p.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            pass
    return p.name


def _with_ids(rows: Sequence[dict[str, Any]], base: Path | None, where: str) -> list[PairSpec]:
    """Give rows without an id a stable one; refuse duplicate ids (they would overwrite each other)."""
    derived_count = Counter(r["derived"] for r in rows if not r.get("id"))
    pairs: list[PairSpec] = []
    seen: set[str] = set()
    for r in rows:
        pid = (r.get("id") or "").strip()
        if not pid:
            pid = _name(r["derived"], base)
            if derived_count[r["derived"]] > 1:
                pid = f"{pid}~{_name(r['source'], base)}"
        if pid in seen:
            raise ManifestError(f"{where}: pair id {pid!r} appears twice")
        seen.add(pid)
        pairs.append(
            PairSpec(
                id=pid,
                source=r["source"],
                derived=r["derived"],
                source_lang=(r.get("source_lang") or None),
                derived_lang=(r.get("derived_lang") or None),
            )
        )
    return pairs


def read_manifest(path: str | Path) -> list[PairSpec]:
    """Pairs from a CSV (with a header row) or JSONL manifest (`.jsonl`/`.ndjson`, or content sniffed)."""
    manifest = Path(path)
    try:
        text = manifest.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ManifestError(f"{manifest}: no such manifest") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ManifestError(f"{manifest}: cannot read manifest: {exc}") from exc
    base = manifest.resolve().parent
    is_jsonl = manifest.suffix.lower() in (".jsonl", ".ndjson") or text.lstrip().startswith("{")
    raw: list[dict[str, Any]] = []
    if is_jsonl:
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ManifestError(f"{manifest}:{lineno}: not a JSON object: {exc.msg}") from None
            if not isinstance(obj, dict):
                raise ManifestError(f"{manifest}:{lineno}: expected a JSON object")
            raw.append({k: (None if v is None else str(v)) for k, v in obj.items()} | {"_line": lineno})
    else:
        reader = csv.DictReader(text.splitlines())
        fields = [f.strip() for f in reader.fieldnames or []]
        if "source" not in fields or "derived" not in fields:
            raise ManifestError(f"{manifest}: the CSV header must name 'source' and 'derived' (got {fields})")
        for lineno, row in enumerate(reader, 2):
            clean = {(k or "").strip(): (v or "").strip() for k, v in row.items() if k is not None}
            if not any(clean.values()):
                continue
            raw.append(clean | {"_line": lineno})
    rows = []
    for r in raw:
        for key in ("source", "derived"):
            if not r.get(key):
                raise ManifestError(f"{manifest}:{r['_line']}: missing '{key}'")
        rows.append(r | {"source": _resolve(base, r["source"]), "derived": _resolve(base, r["derived"])})
    if not rows:
        raise ManifestError(f"{manifest}: no pairs listed")
    return _with_ids(rows, base, str(manifest))


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def pairs_from_dir(folder: str | Path) -> list[PairSpec]:
    """Pair the files of a folder by name.

    `DIR/source/NAME` pairs with `DIR/derived/NAME` (id NAME) when `DIR/source` exists; otherwise
    `NAME.src.EXT` pairs with every other `NAME.TAG.EXT` in DIR (id `NAME.TAG`). A name with no
    partner is an error, so a typo is not silently skipped.
    """
    root = Path(folder)
    if not root.is_dir():
        raise ManifestError(f"{root}: not a folder")
    rows: list[dict[str, Any]] = []
    if (root / "source").is_dir():
        derived_dir = root / "derived"
        if not derived_dir.is_dir():
            raise ManifestError(f"{root}: has source/ but no derived/ folder")
        sources = {p.name: p for p in _files(root / "source")}
        derived = {p.name: p for p in _files(derived_dir)}
        if unpaired := sorted(set(sources) ^ set(derived)):
            raise ManifestError(f"{root}: no partner for {', '.join(unpaired[:5])}")
        rows = [{"id": n, "source": str(sources[n]), "derived": str(derived[n])} for n in sorted(sources)]
    else:
        files = _files(root)
        sources = {p.name[: -len(".src" + p.suffix)]: p for p in files if p.name.endswith(".src" + p.suffix)}
        if not sources:
            raise ManifestError(
                f"{root}: no pairs found: expected source/ and derived/ folders, or NAME.src.EXT files "
                "beside NAME.TAG.EXT republications"
            )
        for p in files:
            if p in sources.values():
                continue
            stem = p.name[: -len(p.suffix)] if p.suffix else p.name
            name, _, tag = stem.rpartition(".")
            if name in sources and tag:
                rows.append({"id": stem, "source": str(sources[name]), "derived": str(p)})
        lonely = sorted(
            set(sources) - {Path(r["source"]).name[: -len(".src" + Path(r["source"]).suffix)] for r in rows}
        )
        if lonely:
            raise ManifestError(f"{root}: no republication for {', '.join(lonely[:5])}")
    return _with_ids(rows, root, str(root))


def pairs_from_source(source: str | Path, derived_dir: str | Path, *, source_lang: str | None = None) -> list[PairSpec]:
    """One original against every file of a folder of republications (id: the file's name)."""
    src, folder = Path(source), Path(derived_dir)
    if not folder.is_dir():
        raise ManifestError(f"{folder}: not a folder")
    files = [p for p in _files(folder) if p.resolve() != src.resolve()]
    if not files:
        raise ManifestError(f"{folder}: no files to compare with {src}")
    rows = [{"id": p.name, "source": str(src), "derived": str(p), "source_lang": source_lang} for p in files]
    return _with_ids(rows, folder, str(folder))


# -- the work on one chunk -----------------------------------------------------------------------


@dataclass(frozen=True)
class LoadedPair:
    """A pair with its texts read (on the driver, so remote workers need no shared file system)."""

    spec: PairSpec
    source_text: str | None = None
    derived_text: str | None = None
    error: str | None = None


def load_pairs(specs: Sequence[PairSpec], *, max_bytes: int = MAX_BYTES) -> list[LoadedPair]:
    """Read each file once per chunk (a shared source is read once); unreadable files become errors."""
    from provenance.read import read_text

    texts: dict[str, str | InputError] = {}

    def get(path: str) -> str:
        if path not in texts:
            try:
                texts[path] = read_text(path, max_bytes=max_bytes)
            except InputError as exc:
                texts[path] = exc
        value = texts[path]
        if isinstance(value, InputError):
            raise value
        return value

    out = []
    for spec in specs:
        try:
            out.append(LoadedPair(spec, get(spec.source), get(spec.derived)))
        except InputError as exc:
            out.append(LoadedPair(spec, error=str(exc)))
    return out


class _Prefetched:
    """The chunk's vectors in memory; anything else (a detector's sub-sentence text) goes on down."""

    def __init__(self, inner: Embedder, texts: Sequence[str]) -> None:
        self.inner = inner
        self.name = inner.name
        self.vectors: dict[str, np.ndarray] = {}
        if hasattr(inner, "token_embeddings"):
            # word alignment's token vectors are per comparison: not pooled, asked of the wrapped embedder
            self.token_embeddings = inner.token_embeddings
        self.add(texts)

    def add(self, texts: Sequence[str]) -> None:
        distinct = [t for t in dict.fromkeys(texts) if t not in self.vectors]
        if distinct:
            self.vectors.update(zip(distinct, np.asarray(self.inner.encode(distinct), dtype=np.float32), strict=True))

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return self.inner.encode([])
        self.add(texts)
        return np.stack([self.vectors[t] for t in texts])


class DocumentMemo:
    """Segmented documents by (path, language, text): a shared source is segmented once per run."""

    def __init__(self, capacity: int = 512) -> None:
        self.capacity = capacity
        self._docs: OrderedDict[tuple[str, str | None, int], Document] = OrderedDict()

    def get(self, text: str, lang: str | None, path: str) -> Document:
        from provenance.segment import segment

        key = (path, lang, hash(text))
        doc = self._docs.get(key)
        if doc is None or doc.text != text:
            doc = segment(text, lang=lang, path=path)
            self._docs[key] = doc
            if len(self._docs) > self.capacity:
                self._docs.popitem(last=False)
        else:
            self._docs.move_to_end(key)
        return doc


def audit_chunk(
    loaded: Sequence[LoadedPair],
    embedder: Embedder,
    *,
    any_language: bool = False,
    memo: DocumentMemo | None = None,
    detectors: Sequence[Detector] | None = None,
) -> list[PairResult]:
    """Compare every pair of a chunk, embedding all their texts in one call; never raises for a pair.

    `detectors` default to the built-in ones and the plug-ins, looked up once per call (pass them
    in to look them up once per run).
    """
    from provenance.align import embedding_texts
    from provenance.detect import active_detectors
    from provenance.pipeline import check_languages, compare_documents
    from provenance.report.contract import report_to_dict

    memo = memo or DocumentMemo()
    if detectors is None:
        detectors = active_detectors()
    docs: dict[str, tuple[Document, Document] | str] = {}
    seg_time: dict[str, float] = {}
    for lp in loaded:
        if lp.error is not None or lp.source_text is None or lp.derived_text is None:
            docs[lp.spec.id] = lp.error or "no text"
            continue
        t = time.perf_counter()
        try:
            src = memo.get(lp.source_text, lp.spec.source_lang, lp.spec.source)
            der = memo.get(lp.derived_text, lp.spec.derived_lang, lp.spec.derived)
            for doc in (src, der):
                if not len(doc):
                    raise InputError(f"{doc.path or 'text'}: no sentences found")
            if not any_language:
                check_languages(src, der)
            docs[lp.spec.id] = (src, der)
        except Exception as exc:  # one bad pair must not stop the audit: record it and go on
            docs[lp.spec.id] = _error_text(exc)
        seg_time[lp.spec.id] = time.perf_counter() - t

    # one encode call for the whole chunk: distinct texts, in first-seen order
    wanted: dict[str, None] = {}
    seen_docs: set[int] = set()
    for value in docs.values():
        if isinstance(value, str) or value[0].texts == value[1].texts:
            continue
        for doc in value:
            if id(doc) not in seen_docs:
                seen_docs.add(id(doc))
                wanted.update(dict.fromkeys(embedding_texts(doc.texts)))
    t = time.perf_counter()
    # a failure here (the model missing or broken) is not the pair's fault: it stops the audit
    pooled: Embedder = _Prefetched(embedder, list(wanted))
    ok_pairs = sum(not isinstance(v, str) for v in docs.values())
    share = (time.perf_counter() - t) / max(1, ok_pairs)  # each pair's equal share of the pooled call

    results = []
    for lp in loaded:
        value = docs[lp.spec.id]
        if isinstance(value, str):
            results.append(PairResult(lp.spec.id, error=value, seconds=seg_time.get(lp.spec.id, 0.0)))
            continue
        src, der = value
        t = time.perf_counter()
        try:
            report = compare_documents(src, der, embedder=pooled, detectors=detectors)
            data = report_to_dict(report)
        except Exception as exc:
            results.append(PairResult(lp.spec.id, error=_error_text(exc), seconds=time.perf_counter() - t))
            continue
        data["timings"] = {
            "segment": round(seg_time.get(lp.spec.id, 0.0), 4),
            "embed_share": round(share, 4),
            **{k: v for k, v in data.get("timings", {}).items() if k != "embed"},
        }
        results.append(PairResult(lp.spec.id, report=data, seconds=time.perf_counter() - t + share))
    return results


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, InputError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


# -- running an audit ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ModelFactory:
    """The default embedder factory, picklable so worker processes and Ray actors can call it."""

    model: str | None = None
    batch_size: int = 64

    def __call__(self) -> Embedder:
        from provenance.embed import SentenceTransformerEmbedder

        return SentenceTransformerEmbedder(self.model, batch_size=self.batch_size)


@dataclass(frozen=True)
class AuditOptions:
    resume: bool = False  # skip pairs already done in the store (failed ones are retried)
    chunk_pairs: int = 32  # pairs pooled into one embedding call
    workers: int = 1  # local: worker processes (1 = this process); ray: actors (0 = one per cluster CPU)
    use_cache: bool = True
    cache_dir: str | None = None  # default: model_home()/cache
    any_language: bool = False
    max_bytes: int = MAX_BYTES
    engine: str = "local"  # or "ray"
    address: str | None = None  # Ray cluster address ("auto", "ray://host:10001"); None = local Ray
    word_alignment: bool = False  # the span detector aligns words across languages (detect.default_detectors)


_UNNAMED = object()  # a factory that names no model (a test's fake)


def finding_settings(options: AuditOptions, factory: object | None = None) -> dict[str, str]:
    """The options that change a pair's findings, as the store records them (a resumed run must match):
    the flags, and the model when the factory names one (`ModelFactory.model`; None is the default)."""
    settings = {
        "word_alignment": "on" if options.word_alignment else "off",
        "any_language": "on" if options.any_language else "off",
    }
    model = getattr(factory, "model", _UNNAMED)
    if model is not _UNNAMED:
        settings["model"] = str(model or "default")
    return settings


@dataclass(frozen=True)
class AuditSummary:
    total: int  # pairs in this audit
    skipped: int  # already done when the run started (--resume)
    done: int  # finished by this run
    failed: int  # failed in this run
    store_done: int  # done in the store at the end, over this audit's pairs (other runs included)
    store_failed: int
    findings_by_kind: dict[str, int]  # over this audit's done pairs
    sentences: int  # source + derived sentences of the pairs this run finished
    texts_encoded: int  # texts run through the model (cache misses)
    cache_hits: int
    seconds: float
    failures: list[tuple[str, str]] = field(default_factory=list)  # (id, error), the first few

    @property
    def exit_code(self) -> int:
        """0 when every pair of the audit is done, 1 when some failed; findings never fail an audit."""
        return 1 if self.store_failed else 0


def _make_embedder(factory: EmbedderFactory, options: AuditOptions) -> Embedder:
    inner = factory()
    if not options.use_cache:
        return inner
    from provenance.embed_cache import CachedEmbedder, DiskEmbeddingCache

    return CachedEmbedder(inner, DiskEmbeddingCache(options.cache_dir))


def _encoded(embedder: Embedder) -> tuple[int, int]:
    return int(getattr(embedder, "encoded", 0)), int(getattr(embedder, "hits", 0))


@dataclass
class _Tally:
    done: int = 0
    failed: int = 0
    sentences: int = 0
    encoded: int = 0
    hits: int = 0

    def add(self, results: Iterable[PairResult], written: set[str]) -> None:
        for r in results:
            if r.id not in written:
                continue
            if r.report is None:
                self.failed += 1
            else:
                self.done += 1
                self.sentences += len(r.report["source"]["sentences"]) + len(r.report["derived"]["sentences"])


def _record(store: AuditStore, results: list[PairResult], tally: _Tally) -> None:
    # rows another run took back (it judged this one dead) are not written: do not count them
    tally.add(results, store.record(results))


def _work_locally(
    store: AuditStore,
    factory: EmbedderFactory,
    options: AuditOptions,
    on_chunk: Callable[[], None] | None = None,
) -> _Tally:
    """Claim chunks until none is left: the loop every local run and worker process executes."""
    tally = _Tally()
    from provenance.detect import active_detectors

    embedder: Embedder | None = None
    memo = DocumentMemo()
    detectors = active_detectors(word_alignment=options.word_alignment)  # once per run, not once per pair
    while True:
        specs = store.claim(options.chunk_pairs)
        if not specs:
            break
        loaded = load_pairs(specs, max_bytes=options.max_bytes)
        if embedder is None and any(lp.error is None for lp in loaded):
            embedder = _make_embedder(factory, options)  # loads the model only when there is work
        results = (
            audit_chunk(loaded, embedder, any_language=options.any_language, memo=memo, detectors=detectors)
            if embedder is not None
            else [PairResult(lp.spec.id, error=lp.error) for lp in loaded]
        )
        _record(store, results, tally)
        if on_chunk:
            on_chunk()
    if embedder is not None:
        tally.encoded, tally.hits = _encoded(embedder)
    return tally


def _worker_process(
    store_path: str, ids: list[str], factory: EmbedderFactory, options: AuditOptions, threads: int, out: Any
) -> None:
    """A local worker process: its own store connection (its own run), model and torch threads."""
    # share the cores among the workers; torch reads this when it is first imported
    os.environ["OMP_NUM_THREADS"] = os.environ["MKL_NUM_THREADS"] = str(threads)
    store = AuditStore(store_path, engine="local-worker")
    try:
        store.attach(ids)
        out.put(_work_locally(store, factory, options))
    except Exception as exc:  # the parent re-raises it (a missing model, a broken store)
        out.put(exc)
    finally:
        store.close()


def run_audit(
    pairs: Sequence[PairSpec],
    store_path: str | Path,
    *,
    embedder_factory: EmbedderFactory | None = None,
    options: AuditOptions | None = None,
    progress: ProgressCallback | None = None,
) -> AuditSummary:
    """Audit `pairs` into the store at `store_path`, and say how it went.

    Pairs that fail (a missing or binary file, an unsupported language, an error in the pipeline)
    are recorded with their error while the others go on. Raises only when the store itself cannot
    be used, when `options.resume` asks to resume a store filled under other finding options
    (`ManifestError`), or the model cannot be loaded (`provenance.embed.ModelError`).
    """
    options = options or AuditOptions()
    factory = embedder_factory or ModelFactory()
    started = time.perf_counter()
    store = AuditStore(store_path, engine=options.engine)
    try:
        changed = store.settle_settings(finding_settings(options, factory), resume=options.resume)
        if changed:
            diff = ", ".join(f"{k} {was} -> {now}" for k, (was, now) in sorted(changed.items()))
            raise ManifestError(
                f"{store_path}: its pairs were audited with other options ({diff}); resume with the same "
                "options, or run without --resume to audit the pairs again"
            )
        skipped = store.add_pairs(pairs, resume=options.resume)
        total = len(pairs)

        def report_progress() -> None:
            if progress:
                c = store.counts()
                progress(c["done"] + c["failed"], total)

        report_progress()
        if options.engine == "ray":
            from provenance.audit_ray import work_on_ray

            tally = work_on_ray(store, factory, options, on_chunk=report_progress)
        elif options.engine != "local":
            raise ManifestError(f"unknown engine {options.engine!r}: local or ray")
        elif options.workers <= 1:
            tally = _work_locally(store, factory, options, on_chunk=report_progress)
        else:
            tally = _work_in_processes(store, [p.id for p in pairs], factory, options, report_progress)
        counts = store.counts()
        return AuditSummary(
            total=total,
            skipped=skipped,
            done=tally.done,
            failed=tally.failed,
            store_done=counts["done"],
            store_failed=counts["failed"],
            findings_by_kind=store.findings_by_kind(),
            sentences=tally.sentences,
            texts_encoded=tally.encoded,
            cache_hits=tally.hits,
            seconds=time.perf_counter() - started,
            failures=store.failures(),
        )
    finally:
        store.close()


def _work_in_processes(
    store: AuditStore,
    ids: list[str],
    factory: EmbedderFactory,
    options: AuditOptions,
    report_progress: Callable[[], None],
) -> _Tally:
    """N worker processes, each a run of its own on the same store: the claims share out the work."""
    ctx = multiprocessing.get_context("spawn")  # fork after torch threads have started can hang
    out = ctx.Queue()
    threads = max(1, (os.cpu_count() or 1) // options.workers)
    procs = [
        ctx.Process(target=_worker_process, args=(str(store.path), ids, factory, options, threads, out))
        for _ in range(options.workers)
    ]
    for p in procs:
        p.start()
    tally = _Tally()
    received = 0
    while received < len(procs):
        try:
            t: _Tally = out.get(timeout=0.5)
        except Exception:  # queue.Empty: poll progress, and notice a worker that died
            report_progress()
            if all(not p.is_alive() for p in procs) and out.empty():
                break
            continue
        received += 1
        if isinstance(t, Exception):
            for p in procs:
                p.terminate()
            raise t
        tally.done += t.done
        tally.failed += t.failed
        tally.sentences += t.sentences
        tally.encoded += t.encoded
        tally.hits += t.hits
    for p in procs:
        p.join()
    report_progress()
    return tally


def kinds_line(by_kind: dict[str, int]) -> str:
    return ", ".join(f"{k.replace('_', ' ')} {by_kind[k]}" for k in FINDING_KINDS if by_kind.get(k)) or "none"
