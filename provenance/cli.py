"""The `provenance` command line: a thin layer over the library.

Heavy libraries (numpy, torch, sentence-transformers) are imported inside the commands, so that
`provenance --help` answers at once.

Exit codes: 0 done; 1 a finding matched --fail-on / --fail-on-severity (or an audit had failed
pairs); 2 bad input or usage; 3 the model is missing or cannot be loaded; 70 an internal error.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, NoReturn, TypeVar

import typer

from provenance import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_MODEL, EXIT_INTERNAL = 0, 1, 2, 3, 70

app = typer.Typer(
    name="provenance",
    help=(
        "What a republication changed, sentence by sentence, across languages.\n\n"
        "Exit codes: 0 done; 1 findings matched --fail-on/--fail-on-severity; 2 bad input or usage; "
        "3 model missing or broken; 70 internal error."
    ),
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

T = TypeVar("T")


def _fail(message: str, code: int) -> NoReturn:
    typer.echo(f"provenance: error: {message}", err=True)
    raise typer.Exit(code)


def _guarded(run: Callable[[], T]) -> T:
    """Run a command body: known failures become one line and an exit code, never a traceback."""
    from provenance.embed import ModelError
    from provenance.read import InputError

    try:
        return run()
    except InputError as exc:
        _fail(str(exc), exc.exit_code)
    except ModelError as exc:
        _fail(str(exc), EXIT_MODEL)
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except (typer.Exit, typer.Abort):
        raise
    except Exception as exc:
        if os.environ.get("PROVENANCE_DEBUG"):
            raise
        _fail(f"internal error: {type(exc).__name__}: {exc} (set PROVENANCE_DEBUG=1 for a traceback)", EXIT_INTERNAL)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"provenance {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """What a republication changed, sentence by sentence, across languages."""


ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model",
        "-m",
        help="Sentence-transformers model name or folder (default: multilingual-e5-small, provisioned "
        "by `make model`; env PROVENANCE_MODEL).",
    ),
]
MaxBytesOption = Annotated[int, typer.Option("--max-bytes", help="Refuse input files larger than this.")]
AnyLanguageOption = Annotated[
    bool, typer.Option("--any-language", help="Compare even when a language is one the model lacks.")
]
WordAlignmentOption = Annotated[
    bool,
    typer.Option(
        "--word-alignment",
        help="Align words across languages to find dropped phrases in translated sentences "
        "(finds more, about 2.6x the embedding time).",
    ),
]


def _write(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        from provenance.read import InputError

        raise InputError(f"{path}: cannot write: {exc.strerror or exc}") from exc


@app.command()
def diff(
    source: Annotated[Path, typer.Argument(help="The original article (text, Markdown or HTML).")],
    derived: Annotated[Path, typer.Argument(help="Its republication: translated, rewritten, trimmed.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON report instead of the text report.")] = False,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Also write the JSON report to this file.")
    ] = None,
    html: Annotated[Path | None, typer.Option("--html", help="Write a side-by-side HTML report here.")] = None,
    markdown: Annotated[
        Path | None, typer.Option("--markdown", help="Write a Markdown report here ('-' for stdout).")
    ] = None,
    model: ModelOption = None,
    source_lang: Annotated[
        str | None, typer.Option("--source-lang", help="Language of the original (ISO 639-1); default: detected.")
    ] = None,
    derived_lang: Annotated[
        str | None, typer.Option("--derived-lang", help="Language of the republication; default: detected.")
    ] = None,
    any_language: AnyLanguageOption = False,
    fail_on: Annotated[
        str | None,
        typer.Option("--fail-on", help="Exit 1 when a finding of these kinds exists: KIND[,KIND...]."),
    ] = None,
    fail_on_severity: Annotated[
        str | None, typer.Option("--fail-on-severity", help="Exit 1 when a finding at or above low|medium|high exists.")
    ] = None,
    no_color: Annotated[bool, typer.Option("--no-color", help="Plain text, no colours.")] = False,
    word_alignment: WordAlignmentOption = False,
    max_bytes: MaxBytesOption = 20 * 1024 * 1024,
) -> None:
    """Compare an original article with its republication and report what changed."""
    from provenance.core import FINDING_KINDS, SEVERITIES

    kinds = {k.strip() for k in fail_on.split(",") if k.strip()} if fail_on else set()
    if bad := sorted(kinds - set(FINDING_KINDS)):
        _fail(f"--fail-on: unknown kind(s) {', '.join(bad)}; kinds: {', '.join(FINDING_KINDS)}", EXIT_INPUT)
    if fail_on_severity and fail_on_severity not in SEVERITIES:
        _fail(f"--fail-on-severity: expected one of {', '.join(SEVERITIES)}", EXIT_INPUT)

    def run() -> dict[str, Any]:
        from provenance.read import read_text

        # bad input fails fast, before the heavy imports
        source_text = read_text(source, max_bytes=max_bytes)
        derived_text = read_text(derived, max_bytes=max_bytes)

        from provenance.embed import SentenceTransformerEmbedder

        embedder = SentenceTransformerEmbedder(model)  # a missing model fails here, before loading anything

        from provenance.detect import active_detectors
        from provenance.pipeline import compare
        from provenance.report.contract import report_to_dict

        report = compare(
            source_text,
            derived_text,
            embedder=embedder,
            detectors=active_detectors(word_alignment=word_alignment),
            source_path=str(source),
            derived_path=str(derived),
            source_lang=source_lang,
            derived_lang=derived_lang,
            any_language=any_language or model is not None,
        )
        data = report_to_dict(report)
        if output:
            _write(output, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        if html:
            from provenance.report.html import render_html

            _write(html, render_html(data))
        if markdown:
            from provenance.report.markdown import render_markdown

            text = render_markdown(data)
            if str(markdown) == "-":
                sys.stdout.write(text)
            else:
                _write(markdown, text)
        if as_json:
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        elif str(markdown) != "-":
            from provenance.report.terminal import render_terminal

            render_terminal(data, color=False if no_color else None)
        return data

    data = _guarded(run)
    if kinds or fail_on_severity:
        from provenance.report.gate import exceeds

        if exceeds(data, kinds, fail_on_severity):
            raise typer.Exit(EXIT_FINDINGS)


@app.command("align")
def align_command(
    source: Annotated[Path, typer.Argument(help="Source text.")],
    derived: Annotated[Path, typer.Argument(help="Derived text.")],
    segmented: Annotated[
        bool, typer.Option("--segmented", help="Inputs are already one sentence a line (as aligners take them).")
    ] = False,
    model: ModelOption = None,
    max_bytes: MaxBytesOption = 20 * 1024 * 1024,
) -> None:
    """Print the sentence alignment as beads, one a line: `[0, 1]:[2]`, `[]:[5]`, `[7]:[]`."""

    def run() -> str:
        from provenance.align import align, format_beads
        from provenance.embed import SentenceTransformerEmbedder
        from provenance.read import read_text
        from provenance.segment import segment

        texts = []
        for path in (source, derived):
            text = read_text(path, max_bytes=max_bytes)
            if segmented:
                # a line is a sentence, blank lines included, so indices match the line numbers
                texts.append(text.rstrip("\n").split("\n"))
            else:
                texts.append(segment(text, path=str(path)).texts)
        return format_beads(align(texts[0], texts[1], SentenceTransformerEmbedder(model)))

    beads = _guarded(run)
    if beads:
        sys.stdout.write(beads.rstrip("\n") + "\n")


@app.command("segment")
def segment_command(
    path: Annotated[Path, typer.Argument(help="A text to split into sentences.")],
    lang: Annotated[str | None, typer.Option("--lang", help="Language (ISO 639-1); default: detected.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print sentences with offsets as JSON.")] = False,
    max_bytes: MaxBytesOption = 20 * 1024 * 1024,
) -> None:
    """Split a text into sentences (with paragraph, kind and language), one a line."""

    def run() -> None:
        from provenance.read import read_text
        from provenance.report.contract import document_to_dict
        from provenance.segment import segment

        doc = segment(read_text(path, max_bytes=max_bytes), lang=lang, path=str(path))
        if as_json:
            sys.stdout.write(json.dumps(document_to_dict(doc), ensure_ascii=False, indent=2) + "\n")
            return
        for s in doc.sentences:
            sys.stdout.write(f"{s.index}\t{s.paragraph}\t{s.lang}\t{s.kind}\t{s.text}\n")

    _guarded(run)


DEFAULT_STORE = Path("audit.sqlite")


@app.command("audit")
def audit_command(
    manifest: Annotated[
        Path | None,
        typer.Argument(help="CSV (with a header) or JSONL manifest: source, derived[, id, source_lang, derived_lang]."),
    ] = None,
    pairs_dir: Annotated[
        Path | None,
        typer.Option(
            "--pairs-dir",
            help="Pair files by name: DIR/source/NAME with DIR/derived/NAME, or NAME.src.EXT with NAME.TAG.EXT.",
        ),
    ] = None,
    source: Annotated[
        Path | None, typer.Option("--source", help="One original, compared with every file of --derived-dir.")
    ] = None,
    derived_dir: Annotated[Path | None, typer.Option("--derived-dir", help="Its republications.")] = None,
    store: Annotated[Path, typer.Option("--store", help="The SQLite store of results.")] = DEFAULT_STORE,
    resume: Annotated[bool, typer.Option("--resume", help="Skip pairs already done in the store.")] = False,
    workers: Annotated[
        int | None,
        typer.Option("--workers", help="Worker processes (local: default 1; ray: default one per cluster CPU)."),
    ] = None,
    chunk: Annotated[int, typer.Option("--chunk", help="Pairs pooled into one embedding batch.")] = 32,
    cache: Annotated[
        Path | None, typer.Option("--cache", help="Embedding cache folder (default: ~/.cache/provenance/cache).")
    ] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Do not read or write the embedding cache.")] = False,
    engine: Annotated[str, typer.Option("--engine", help="local, or ray (pip install ray).")] = "local",
    address: Annotated[
        str | None, typer.Option("--address", help="Ray cluster: auto, or ray://HOST:10001 (default: a local Ray).")
    ] = None,
    model: ModelOption = None,
    source_lang: Annotated[
        str | None, typer.Option("--source-lang", help="Language of the originals, where the manifest gives none.")
    ] = None,
    derived_lang: Annotated[
        str | None, typer.Option("--derived-lang", help="Language of the republications, where none is given.")
    ] = None,
    any_language: AnyLanguageOption = False,
    word_alignment: WordAlignmentOption = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON on stdout.")] = False,
    progress: Annotated[
        bool | None, typer.Option("--progress/--no-progress", help="Progress bar (default: when stderr is a terminal).")
    ] = None,
    max_bytes: MaxBytesOption = 20 * 1024 * 1024,
) -> None:
    """Audit many pairs into a SQLite store (resumable); exit 1 when some pairs failed."""
    chosen = [manifest is not None, pairs_dir is not None, source is not None or derived_dir is not None]
    if sum(chosen) != 1:
        _fail("give one of: a MANIFEST, --pairs-dir DIR, or --source FILE --derived-dir DIR", EXIT_INPUT)
    if (source is None) != (derived_dir is None):
        _fail("--source and --derived-dir go together", EXIT_INPUT)
    if engine not in ("local", "ray"):
        _fail(f"--engine: expected local or ray, not {engine!r}", EXIT_INPUT)
    if chunk < 1 or (workers is not None and workers < 1):
        _fail("--chunk and --workers must be at least 1", EXIT_INPUT)

    def run() -> Any:
        import dataclasses

        from provenance.audit import AuditOptions, ModelFactory, pairs_from_dir, pairs_from_source, read_manifest
        from provenance.audit_console import audit_with_progress, print_summary

        if manifest is not None:
            pairs = read_manifest(manifest)
        elif pairs_dir is not None:
            pairs = pairs_from_dir(pairs_dir)
        else:
            assert source is not None and derived_dir is not None
            pairs = pairs_from_source(source, derived_dir)
        pairs = [
            dataclasses.replace(
                p, source_lang=p.source_lang or source_lang, derived_lang=p.derived_lang or derived_lang
            )
            for p in pairs
        ]
        options = AuditOptions(
            resume=resume,
            chunk_pairs=chunk,
            workers=workers if workers is not None else (1 if engine == "local" else 0),
            use_cache=not no_cache,
            cache_dir=str(cache) if cache else None,
            any_language=any_language or model is not None,
            max_bytes=max_bytes,
            engine=engine,
            address=address,
            word_alignment=word_alignment,
        )
        summary = audit_with_progress(
            pairs, store, embedder_factory=ModelFactory(model), options=options, show_progress=progress
        )
        print_summary(summary, store, as_json=as_json)
        return summary

    summary = _guarded(run)
    raise typer.Exit(summary.exit_code)


@app.command("audit-report")
def audit_report_command(
    store: Annotated[Path, typer.Argument(help="The SQLite store an audit wrote.")],
    html: Annotated[
        Path | None, typer.Option("--html", help="Write the dashboard here (pair reports go to NAME_files/).")
    ] = None,
    pair_pages: Annotated[
        bool, typer.Option("--pair-pages/--no-pair-pages", help="Also write each pair's own report.")
    ] = True,
) -> None:
    """Summarise an audit store: the worst pairs in the terminal, or an HTML dashboard with --html."""

    def run() -> None:
        from provenance.read import InputError

        if not store.is_file():
            raise InputError(f"{store}: no such audit store")
        if html is None:
            from provenance.audit_console import print_store_summary

            print_store_summary(store)
            return
        from provenance.audit_dashboard import write_dashboard

        status = write_dashboard(store, html, pair_pages=pair_pages)
        typer.echo(f"wrote {html} ({status.get('done', 0)} pairs done, {status.get('failed', 0)} failed)", err=True)

    _guarded(run)
