"""The report as Markdown, to paste into a fact-check: a summary table and a findings table with
the changed words in bold. Every character of the texts that Markdown or inline HTML would read as
syntax is escaped, so a sentence renders as itself (GitHub, CommonMark, pandoc).

Sentence numbers shown to people are 1-based (#1 is the first sentence); the JSON keeps 0-based.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any

from provenance.core import FINDING_KINDS, SEVERITIES
from provenance.report.view import KIND_LABELS, Side, excerpt, local_span, severity_order

EXCERPT_CHARS = 200
# CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that can start
# syntax inside a paragraph or a table cell: emphasis, code, links and images (`[` opens both),
# HTML (an escaped `<` is enough: a lone `>` opens nothing mid-line), entities, table pipes, GFM
# strikethrough, GitHub math. Line-start syntax (#, -, +, 1., >) cannot occur mid-cell, and
# escaping every `(`, `>` or `:` would only make the source unreadable.
_SPECIAL = re.compile(r"([\\`*_\[\]<|~&$])")
_WHITESPACE = re.compile(r"\s+")


def escape(text: str) -> str:
    """`text` as literal Markdown on one line (newlines become spaces: tables are one line a row)."""
    return _SPECIAL.sub(r"\\\1", _WHITESPACE.sub(" ", text))


def _punctuation(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"


def _bold(before: str, span: str, after: str) -> str:
    """`**span**` where CommonMark's flanking rules let it open and close, else `<strong>`.

    `word**"quoted"**` is not bold in CommonMark (the opening run is not left-flanking), nor is
    much CJK text; GitHub and pandoc accept the inline HTML tag there.
    """
    prev = before[-1:] or " "
    nxt = after[:1] or " "
    opens = not span[0].isspace() and (not _punctuation(span[0]) or prev.isspace() or _punctuation(prev))
    closes = not span[-1].isspace() and (not _punctuation(span[-1]) or nxt.isspace() or _punctuation(nxt))
    if opens and closes:
        return f"**{span}**"
    return f"<strong>{span}</strong>"


def _cell(report: dict[str, Any], finding: dict[str, Any], side: Side) -> str:
    if not finding[side]:
        return "—"
    parts = []
    for i in finding[side]:
        text = report[side]["sentences"][i]["text"]
        before, span, after, cut_left, cut_right = excerpt(text, local_span(report, finding, side, i), EXCERPT_CHARS)
        lead = span[: len(span) - len(span.lstrip())]  # keep spaces outside the bold markers
        trail = span[len(span.rstrip()) :]
        before, span, after = escape(before + lead), escape(span.strip()), escape(trail + after)
        body = before + (_bold(before, span, after) if span else "") + after
        parts.append(f"{'…' * cut_left}{body}{'…' * cut_right}")
    return " ".join(parts)


def _numbers(indices: list[int]) -> str:
    return ", ".join(f"#{i + 1}" for i in indices)


def render_markdown(report: dict[str, Any]) -> str:
    """A Markdown document: heading, summary table, findings table (most severe first)."""
    summary = report["summary"]
    src, der = report["source"], report["derived"]
    tool = report.get("tool", {})
    lines = [
        "## Provenance report",
        "",
        "| | Source | Derived |",
        "| --- | --- | --- |",
        f"| File | {escape(src['path'] or '—')} | {escape(der['path'] or '—')} |",
        f"| Language | {escape(_languages(src))} | {escape(_languages(der))} |",
        f"| Sentences | {summary['source_sentences']} | {summary['derived_sentences']} |",
        f"| Matched | {_share(summary['source_matched'], summary['source_sentences'])} "
        f"| {_share(summary['derived_matched'], summary['derived_sentences'])} |",
        "",
    ]
    findings = report["findings"]
    if not findings:
        lines += ["No findings.", ""]
    else:
        by = Counter((f["kind"], f["severity"]) for f in findings)
        severities = list(reversed(SEVERITIES))
        lines += [
            f"**{len(findings)} finding{'s' * (len(findings) != 1)}**",
            "",
            "| Kind | " + " | ".join(s.capitalize() for s in severities) + " | Total |",
            "| --- |" + " ---: |" * (len(severities) + 1),
        ]
        for kind in FINDING_KINDS:
            total = sum(by[kind, s] for s in SEVERITIES)
            if total:
                cells = " | ".join(str(by[kind, s]) for s in severities)
                lines.append(f"| {KIND_LABELS[kind]} | {cells} | {total} |")
        lines += [
            "",
            "### Findings",
            "",
            "| # | Kind | Severity | Source | Derived | What changed |",
            "| ---: | --- | --- | --- | --- | --- |",
        ]
        for n, k in enumerate(severity_order(findings), 1):
            f = findings[k]
            refs = f"{_numbers(f['source']) or '—'} → {_numbers(f['derived']) or '—'}"
            lines.append(
                f"| {n} | {KIND_LABELS.get(f['kind'], escape(f['kind']))} | {f['severity']} "
                f"| {_cell(report, f, 'source')} | {_cell(report, f, 'derived')} "
                f"| {escape(f['message'])} (sentences {refs}) |"
            )
    lines += [
        "",
        f"<sub>{escape(tool.get('name', 'provenance'))} {escape(tool.get('version', ''))}, "
        f"model {escape(report.get('model', ''))}; sentence numbers count from 1.</sub>",
        "",
    ]
    return "\n".join(lines)


def _languages(doc: dict[str, Any]) -> str:
    counts = Counter(s["lang"] for s in doc["sentences"])
    return ", ".join([doc["lang"], *(lang for lang, _ in counts.most_common() if lang != doc["lang"])])


def _share(matched: int, total: int) -> str:
    return f"{matched} ({matched / total:.0%})" if total else "0"
