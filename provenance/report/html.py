"""The report as one self-contained HTML file: both texts side by side, aligned row by row, every
finding highlighted in place, a filterable findings list, a print stylesheet.

Everything is rendered here, as plain escaped HTML: the page's script only toggles classes, so a
report of two long documents opens fast, and no text from the documents reaches the page other
than through `html.escape`. A Content-Security-Policy that admits only this file's own style and
script (by hash) backs that up: even a missed escape could neither run a script nor load anything.
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import cache
from importlib.resources import files
from itertools import pairwise
from typing import Any

from provenance.core import FINDING_KINDS, SCHEMA, SEVERITIES
from provenance.report.view import (
    KIND_LABELS,
    SEVERITY_RANK,
    Side,
    excerpt,
    local_span,
    rows,
    severity_order,
)

LIST_EXCERPT_CHARS = 90
CELL_CLASS = {"source": "src", "derived": "der"}


def esc(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _kind(kind: str) -> str:
    """A finding kind as a class token: only the known ones reach an attribute."""
    return kind if kind in FINDING_KINDS else "unknown"


@cache
def _asset(name: str) -> str:
    return files("provenance.report").joinpath(name).read_text("utf-8")


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


class _Marks:
    """Which findings touch each sentence: spans (offsets inside the sentence), whole sentences
    (a finding with no span on either side: an omission, an addition) and context sentences (the
    spanless side of a finding whose words are marked on the other side)."""

    def __init__(self, report: dict[str, Any]) -> None:
        self.spans: dict[tuple[str, int], list[tuple[int, int, int]]] = defaultdict(list)
        self.whole: dict[tuple[str, int], list[int]] = defaultdict(list)
        self.context: dict[tuple[str, int], list[int]] = defaultdict(list)
        for fid, f in enumerate(report["findings"]):
            located: dict[str, bool] = {}
            for side in ("source", "derived"):
                located[side] = False
                for i in f[side]:
                    if not 0 <= i < len(report[side]["sentences"]):
                        continue
                    span = local_span(report, f, side, i)  # type: ignore[arg-type]
                    if span is not None:
                        self.spans[side, i].append((span[0], span[1], fid))
                        located[side] = True
            for side in ("source", "derived"):
                if not located[side]:
                    target = self.context if any(located.values()) else self.whole
                    for i in f[side]:
                        target[side, i].append(fid)

    def findings_of(self, side: str, index: int) -> set[int]:
        key = (side, index)
        return (
            {fid for *_, fid in self.spans.get(key, ())} | set(self.whole.get(key, ())) | set(self.context.get(key, ()))
        )


def _classes(fids: list[int] | set[int], findings: list[dict[str, Any]]) -> tuple[str, str]:
    """(class list, data-f) for an element touched by `fids`: coloured by the most severe one."""
    ordered = sorted(fids, key=lambda k: (-SEVERITY_RANK.get(findings[k]["severity"], 1), k))
    top = findings[ordered[0]]
    classes = [f"k-{_kind(top['kind'])}", f"s-{SEVERITY_RANK.get(top['severity'], 1)}"]
    classes += [f"f{k}" for k in ordered]
    return " ".join(classes), " ".join(map(str, ordered))


def _sentence_html(report: dict[str, Any], marks: _Marks, side: Side, index: int, doc_lang: str) -> str:
    s = report[side]["sentences"][index]
    text: str = s["text"]
    findings = report["findings"]
    spans = marks.spans.get((side, index), [])
    parts: list[str] = []
    if spans:
        cuts = sorted({0, len(text)} | {a for a, _, _ in spans} | {b for _, b, _ in spans})
        for a, b in pairwise(cuts):
            covering = [fid for (x, y, fid) in spans if x <= a and b <= y]
            piece = esc(text[a:b])
            if covering:
                cls, data = _classes(covering, findings)
                parts.append(f'<mark class="hl {cls}" data-f="{data}">{piece}</mark>')
            else:
                parts.append(piece)
    else:
        parts.append(esc(text))
    classes = ["s"]
    attrs = ""
    if s["kind"] in ("heading", "caption", "line"):
        classes.append(s["kind"])
    whole, context = marks.whole.get((side, index), []), marks.context.get((side, index), [])
    if whole or context:
        cls, data = _classes(whole + context, findings)
        classes += ["whole" if whole else "ctx", cls]
        attrs += f' data-f="{data}"'
    if s["lang"] != doc_lang:
        attrs += f' lang="{esc(s["lang"])}"'
    return f'<p class="{" ".join(classes)}" dir="auto"{attrs}><span class="no">{index + 1}</span>{"".join(parts)}</p>'


def _counterparts(report: dict[str, Any]) -> dict[int, int]:
    """For each duplicate bead, the bead it repeats (one sharing a source or derived sentence)."""
    beads = report["alignment"]
    first: dict[tuple[str, int], int] = {}
    for b, bead in enumerate(beads):
        if bead.get("relation") != "duplicate":
            for side in ("source", "derived"):
                for i in bead[side]:
                    first.setdefault((side, i), b)
    out: dict[int, int] = {}
    for b, bead in enumerate(beads):
        if bead.get("relation") == "duplicate":
            for side in ("source", "derived"):
                for i in bead[side]:
                    if (side, i) in first and b not in out:
                        out[b] = first[side, i]
    return out


def _cell(report: dict[str, Any], marks: _Marks, side: Side, indices: tuple[int, ...], label: str = "") -> str:
    if not indices:
        return f'<div class="cell gap">{label}not in the {side} text</div>'
    doc = report[side]
    inner = "".join(_sentence_html(report, marks, side, i, doc["lang"]) for i in indices)
    return f'<div class="cell {CELL_CLASS[side]}" lang="{esc(doc["lang"])}">{label}{inner}</div>'


def _rows_html(report: dict[str, Any], marks: _Marks) -> Iterator[str]:
    counterparts = _counterparts(report)
    repeated_by: dict[int, list[int]] = defaultdict(list)
    for dup, orig in counterparts.items():
        repeated_by[orig].append(dup)
    ordered = rows(report)
    where = {(r.bead, r.ghost): n for n, r in enumerate(ordered)}

    def arrow(here: int, bead: int, ghost: bool = False) -> str:
        there = where.get((bead, ghost), here)
        return "↑" if there < here else "↓"

    src_lang = esc(report["source"]["lang"])
    for n, row in enumerate(ordered):
        bead = row.bead
        if row.ghost:
            numbers = ", ".join(f"#{i + 1}" for i in row.source)
            texts = [(i, report["source"]["sentences"][i]["text"]) for i in row.source]
            src = "".join(f'<p class="s" dir="auto"><span class="no">{i + 1}</span>{esc(t)}</p>' for i, t in texts)
            yield (
                f'<div class="row ghost" id="g{bead}"><div class="cell src" lang="{src_lang}">'
                f'<a class="rel moved" href="#b{bead}">moved {arrow(n, bead)} source {numbers} stood here; '
                f"see where the derived text has it</a>{src}</div>"
                f'<div class="cell gap">moved elsewhere in the derived text</div></div>'
            )
            continue
        label = ""
        if row.relation == "moved" and row.source:
            label = (
                f'<a class="rel moved" href="#g{bead}">moved {arrow(n, bead, ghost=True)} '
                "from its place in the source</a>"
            )
        elif row.relation == "duplicate" and bead in counterparts:
            other = counterparts[bead]
            label = f'<a class="rel duplicate" href="#b{other}">duplicate {arrow(n, other)} repeats a passage</a>'
        elif bead in repeated_by:
            other = repeated_by[bead][0]
            label = (
                f'<a class="rel duplicate" href="#b{other}">repeated {arrow(n, other)} '
                "elsewhere in the derived text</a>"
            )
        touched = any(marks.findings_of("source", i) for i in row.source) or any(
            marks.findings_of("derived", j) for j in row.derived
        )
        classes = "row has-f" if touched else "row"
        src_cell = _cell(report, marks, "source", row.source, label if not row.derived else "")
        der_cell = _cell(report, marks, "derived", row.derived, label if row.derived else "")
        yield f'<div class="{classes}" id="b{bead}">{src_cell}{der_cell}</div>'


def _finding_item(report: dict[str, Any], fid: int) -> str:
    f = report["findings"][fid]
    kind = _kind(f["kind"])
    severity = f["severity"] if f["severity"] in SEVERITIES else "medium"
    refs = (
        f"{', '.join(f'#{i + 1}' for i in f['source']) or '—'} → {', '.join(f'#{i + 1}' for i in f['derived']) or '—'}"
    )
    quotes = []
    for side in ("source", "derived"):
        if not f[side]:
            continue
        known = [i for i in f[side] if 0 <= i < len(report[side]["sentences"])]
        if not known:
            continue
        located = [(i, local_span(report, f, side, i)) for i in known]  # type: ignore[arg-type]
        i, span = next(((i, sp) for i, sp in located if sp is not None), located[0])
        text = report[side]["sentences"][i]["text"]
        if span is not None:
            words = text[span[0] : span[1]]
            shown = words if len(words) <= LIST_EXCERPT_CHARS else words[: LIST_EXCERPT_CHARS - 1] + "…"
        else:
            before, _, _, _, cut = excerpt(text, None, LIST_EXCERPT_CHARS)
            shown = before + ("…" if cut else "")
        quotes.append(f"<q>{esc(shown)}</q>")
    ex = f'<div class="ex">{" → ".join(quotes)}</div>' if quotes else ""
    return (
        f'<li class="finding k-{kind} sev-{severity}" id="f{fid}" data-f="{fid}" tabindex="0">'
        f'<div class="fh"><span class="badge k-{kind}">{esc(KIND_LABELS.get(kind, kind))}</span>'
        f'<span class="sev">{severity}</span><span class="refs">{refs}</span></div>'
        f'<div class="msg">{esc(f["message"])}</div>{ex}</li>'
    )


def _languages(doc: dict[str, Any]) -> str:
    counts = Counter(s["lang"] for s in doc["sentences"])
    return ", ".join([doc["lang"], *(lang for lang, _ in counts.most_common() if lang != doc["lang"])])


def _doc_head(report: dict[str, Any], side: str) -> str:
    doc = report[side]
    name = doc["path"] or "(no path)"
    return (
        f'<div class="cell"><strong>{side.capitalize()}</strong> · {esc(_languages(doc))} · '
        f"{len(doc['sentences'])} sentences · {esc(name)}</div>"
    )


def render_html(report: dict[str, Any]) -> str:
    """The whole page as a string (write it with encoding="utf-8")."""
    findings = report["findings"]
    summary = report["summary"]
    tool = report.get("tool", {})
    src, der = report["source"], report["derived"]
    marks = _Marks(report)
    css, js = _asset("report.css"), _asset("report.js")
    csp = (
        f"default-src 'none'; img-src data:; style-src '{_sha256(css)}'; script-src '{_sha256(js)}'; "
        "base-uri 'none'; form-action 'none'"
    )
    by_kind = Counter(f["kind"] for f in findings)
    by_severity = Counter(f["severity"] for f in findings)

    stats = [f'<span class="stat"><strong>{len(findings)}</strong>findings</span>']
    stats += [
        f'<span class="stat sev-{SEVERITY_RANK[s]}"><strong>{by_severity[s]}</strong>{s}</span>'
        for s in reversed(SEVERITIES)
        if by_severity[s]
    ]
    for side in ("source", "derived"):
        n, m = summary[f"{side}_sentences"], summary[f"{side}_matched"]
        share = f" ({m / n:.0%})" if n else ""
        stats.append(f'<span class="stat"><strong>{m}/{n}</strong>{side} sentences matched{share}</span>')

    chips = "".join(
        f'<label class="chip{" none" * (not by_kind[k])}"><input type="checkbox" data-kind="{k}" checked>'
        f'<span class="sw k-{k}"></span>{esc(KIND_LABELS[k])}<span class="n">{by_kind[k]}</span></label>'
        for k in FINDING_KINDS
    )
    items = "".join(_finding_item(report, fid) for fid in severity_order(findings))
    timings = ", ".join(f"{esc(k)} {v:.2f} s" for k, v in report.get("timings", {}).items())
    title = f"provenance · {src['path'] or 'source'} → {der['path'] or 'derived'}"

    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">',
        '<meta name="referrer" content="no-referrer"><link rel="icon" href="data:,">',
        f'<meta name="generator" content="{esc(tool.get("name", "provenance"))} {esc(tool.get("version", ""))}">',
        f"<title>{esc(title)}</title><style>{css}</style></head><body>",
        '<header class="top"><h1>Provenance report</h1>',
        f'<div class="docs"><strong>{esc(src["path"] or "source")}</strong> ({esc(src["lang"])}) → '
        f"<strong>{esc(der['path'] or 'derived')}</strong> ({esc(der['lang'])})</div>",
        f'<div class="counts">{"".join(stats)}</div></header>',
        '<div class="layout"><aside class="panel" aria-label="Findings">',
        f'<fieldset><legend>Kinds · colour legend</legend><div class="kinds">{chips}</div></fieldset>',
        '<fieldset class="sevfilter"><legend>Severity</legend><div class="sevs">'
        '<label><input type="radio" name="sev" value="0" checked> all</label>'
        '<label><input type="radio" name="sev" value="1"> medium and high</label>'
        '<label><input type="radio" name="sev" value="2"> high only</label></div>'
        '<label class="opt"><input type="checkbox" id="only-changed"> only rows with findings</label></fieldset>',
        f'<div class="shown" id="shown">Showing all {len(findings)} findings</div>',
        f'<ol class="findings">{items}</ol>' if findings else '<p class="shown">No findings.</p>',
        '<p class="hint">Click a finding to show it in the texts; j / k step through them.</p>',
        '</aside><main><div class="grid" role="table" aria-label="Source and derived text, aligned">',
        f'<div class="row head">{_doc_head(report, "source")}{_doc_head(report, "derived")}</div>',
        *_rows_html(report, marks),
        "</div></main></div>",
        "<footer><dl>",
        f"<dt>Languages</dt><dd>source {esc(_languages(src))}; derived {esc(_languages(der))}</dd>",
        f"<dt>Model</dt><dd>{esc(report.get('model', ''))}</dd>",
        f"<dt>Tool</dt><dd>{esc(tool.get('name', 'provenance'))} {esc(tool.get('version', ''))}"
        f" · report {esc(report.get('schema', SCHEMA))}</dd>",
        f"<dt>Timings</dt><dd>{timings}</dd>" if timings else "",
        "<dt>Reading</dt><dd>One row per aligned group of sentences, in the order of the derived text; "
        "hatched cells stand opposite sentences with no counterpart. Sentence numbers count from 1.</dd>",
        "</dl></footer>",
        f"<script>{js}</script></body></html>",
    ]
    return "\n".join(parts)
