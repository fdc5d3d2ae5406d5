"""The report in a terminal: header, summary counts, then findings grouped by severity with the
changed words highlighted in both sentences. Plain text (no escape codes) when not writing to a
terminal, with `color=False`, or when NO_COLOR is set; spans are then marked «like this».

Sentence numbers shown to people are 1-based (#1 is the first sentence); the JSON keeps 0-based.
"""

from __future__ import annotations

import io
import os
import sys
from collections import Counter
from typing import Any, TextIO

from rich.console import Console, Group
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from provenance.core import FINDING_KINDS, SEVERITIES
from provenance.report.view import KIND_LABELS, Side, excerpt, local_span, severity_order

KIND_COLORS = {
    "addition": "green",
    "omission": "red",
    "partial_omission": "dark_orange",
    "altered_figure": "magenta",
    "altered_quote": "blue",
    "modality_shift": "cyan",
    "entity_change": "deep_pink3",
    "moved": "yellow",
    "duplicate": "grey62",
}
SEVERITY_STYLES = {"high": "bold red", "medium": "bold yellow", "low": "dim"}
# A hostile page can carry terminal escape sequences: show control characters, never send them.
_CONTROL = {c: 0x2400 + c for c in range(32)} | {0x7F: 0x2421} | {c: 0xFFFD for c in range(0x80, 0xA0)}
_CONTROL |= {ord("\n"): ord(" "), ord("\t"): ord(" "), ord("\r"): ord(" ")}
EXCERPT_CHARS = 320


def safe(text: str) -> str:
    return text.translate(_CONTROL)


def _use_color(color: bool | None, file: TextIO) -> bool:
    if color is not None:
        return color
    if os.environ.get("NO_COLOR"):  # https://no-color.org: any non-empty value
        return False
    isatty = getattr(file, "isatty", None)
    return bool(isatty and isatty())


def _languages(doc: dict[str, Any]) -> str:
    counts = Counter(s["lang"] for s in doc["sentences"])
    others = [lang for lang, _ in counts.most_common() if lang != doc["lang"]]
    return ", ".join([doc["lang"], *others])


def _header(report: dict[str, Any]) -> list[Any]:
    summary = report["summary"]
    tool = report.get("tool", {})
    title = Text.assemble(
        (f"{tool.get('name', 'provenance')} {tool.get('version', '')}".strip(), "bold"),
        ("  ·  model ", "dim"),
        safe(report.get("model", "")),
    )
    table = Table.grid(padding=(0, 2))
    for side in ("source", "derived"):
        doc = report[side]
        n, matched = summary[f"{side}_sentences"], summary[f"{side}_matched"]
        share = f" ({matched / n:.0%})" if n else ""
        body = Text.assemble(
            safe(doc["path"] or "(no path)"),
            "\n",
            (_languages(doc), "cyan"),
            f" · {n} sentences, {matched} matched{share}",
        )
        body.overflow = "fold"  # a long path wraps rather than being cut
        table.add_row(Text(side, style="bold"), body)
    return [title, table]


def _summary(report: dict[str, Any]) -> list[Any]:
    findings = report["findings"]
    if not findings:
        return [Text("No findings: every sentence has a counterpart and nothing was flagged.", style="green")]
    by_severity = Counter(f["severity"] for f in findings)
    line = Text(f"{len(findings)} finding{'s' * (len(findings) != 1)}: ", style="bold")
    parts = [(f"{by_severity[s]} {s}", SEVERITY_STYLES[s]) for s in reversed(SEVERITIES) if by_severity[s]]
    for i, (label, style) in enumerate(parts):
        line.append(" · " if i else "")
        line.append(label, style=style)
    table = Table(box=None, padding=(0, 1), show_edge=False, pad_edge=False)
    table.add_column("kind")
    for s in reversed(SEVERITIES):
        table.add_column(s, justify="right", style=SEVERITY_STYLES[s] if s != "low" else None)
    table.add_column("total", justify="right", style="bold")
    by = Counter((f["kind"], f["severity"]) for f in findings)
    for kind in FINDING_KINDS:
        total = sum(by[kind, s] for s in SEVERITIES)
        if total:
            cells = [str(by[kind, s]) if by[kind, s] else "·" for s in reversed(SEVERITIES)]
            table.add_row(Text(KIND_LABELS[kind], style=KIND_COLORS[kind]), *cells, str(total))
    return [line, table]


def _numbers(indices: list[int]) -> str:
    return ", ".join(f"#{i + 1}" for i in indices) if indices else "—"


def _side_text(report: dict[str, Any], finding: dict[str, Any], side: Side, color: bool) -> Text:
    if not finding[side]:
        return Text("(nothing)", style="dim italic")
    out = Text()
    style = f"bold reverse {KIND_COLORS.get(finding['kind'], 'white')}"
    for n, i in enumerate(finding[side]):
        if n:
            out.append(" ")
        sentence = report[side]["sentences"][i]
        before, span, after, cut_left, cut_right = excerpt(
            sentence["text"], local_span(report, finding, side, i), EXCERPT_CHARS
        )
        out.append("…" if cut_left else "")
        out.append(safe(before))
        if span:
            if color:
                out.append(safe(span), style=style)
            else:
                out.append(f"«{safe(span)}»")
        out.append(safe(after))
        out.append("…" if cut_right else "")
    return out


def _finding(report: dict[str, Any], number: int, finding: dict[str, Any], color: bool) -> Table:
    kind = finding["kind"]
    head = Text.assemble(
        (KIND_LABELS.get(kind, kind), f"bold {KIND_COLORS.get(kind, '')}".strip()),
        ("  source ", "dim"),
        _numbers(finding["source"]),
        (" → derived ", "dim"),
        _numbers(finding["derived"]),
        (f"  confidence {finding['confidence']:.2f}", "dim"),
    )
    sides = Table.grid(padding=(0, 2))
    sides.add_column(no_wrap=True)
    sides.add_column(ratio=1)
    for side in ("source", "derived"):
        sides.add_row(Text(side, style="dim"), _side_text(report, finding, side, color))
    outer = Table.grid(padding=(0, 1))
    outer.add_column(justify="right", no_wrap=True, min_width=3)
    outer.add_column(ratio=1)
    outer.add_row(Text(f"{number}.", style="bold"), Group(head, Text(safe(finding["message"])), sides))
    return outer


def render_terminal(
    report: dict[str, Any], *, color: bool | None = None, file: TextIO | None = None, width: int | None = None
) -> None:
    """Print the report to `file` (stdout): colour only on a terminal, unless `color` says."""
    out = file if file is not None else sys.stdout
    use_color = _use_color(color, out)
    # Render into a buffer at the width of the real output, so plain text can lose the padding
    # rich puts at the end of table rows.
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width or Console(file=out).width,
        color_system=("auto" if color is None else "standard") if use_color else None,
        force_terminal=use_color,
        no_color=not use_color,
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=False,
    )
    for item in _header(report):
        console.print(item)
    console.print()
    for item in _summary(report):
        console.print(item)
    findings = report["findings"]
    order = severity_order(findings)
    number = 0
    for severity in reversed(SEVERITIES):
        group = [k for k in order if findings[k]["severity"] == severity]
        if not group:
            continue
        console.print()
        console.print(
            Rule(Text(f"{severity.upper()} ({len(group)})", style=SEVERITY_STYLES[severity]), align="left")
            if use_color
            else Text(f"== {severity.upper()} ({len(group)}) ==")
        )
        for k in group:
            number += 1
            console.print(_finding(report, number, findings[k], use_color))
    text = buffer.getvalue()
    if not use_color:
        text = "\n".join(line.rstrip() for line in text.split("\n"))
    out.write(text)
    out.flush()
