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
        _fail(f"internal error: {type(exc).__name__}: {exc} (set PROVENANCE_DEBUG=1 for a traceback)",
              EXIT_INTERNAL)


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
    any_language: Annotated[
        bool, typer.Option("--any-language", help="Compare even when a language is one the model lacks.")
    ] = False,
    fail_on: Annotated[
        str | None,
        typer.Option("--fail-on", help="Exit 1 when a finding of these kinds exists: KIND[,KIND...]."),
    ] = None,
    fail_on_severity: Annotated[
        str | None, typer.Option("--fail-on-severity", help="Exit 1 when a finding at or above low|medium|high exists.")
    ] = None,
    no_color: Annotated[bool, typer.Option("--no-color", help="Plain text, no colours.")] = False,
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

        from provenance.pipeline import compare
        from provenance.report.contract import report_to_dict

        report = compare(
            source_text,
            derived_text,
            embedder=embedder,
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
