"""`provenance audit-report`: one self-contained HTML page over an audit store.

The page lists pairs by severity (failed pairs first, with their error), links each pair to its own
report written beside it (`NAME_files/PAIR.html`, or the JSON when no HTML renderer is installed),
and draws findings by kind and by source as inline SVG: no script, no CDN, every text escaped.
"""

from __future__ import annotations

import hashlib
import json
import re
from html import escape
from pathlib import Path
from typing import Any

from provenance.audit_store import open_readonly
from provenance.core import FINDING_KINDS, SEVERITIES

# one colour per kind, readable on white and distinct enough for 9 series
KIND_COLORS = dict(
    zip(
        FINDING_KINDS,
        ("#1b9e77", "#d95f02", "#e7a33e", "#c0392b", "#7570b3", "#e7298a", "#66a61e", "#1f78b4", "#a6761d"),
        strict=True,
    )
)
SEVERITY_NAMES = {0: "none", 1: "low", 2: "medium", 3: "high"}

CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:72em;color:#222;padding:0 1em}
h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left;
vertical-align:top}th{background:#f4f4f4;position:sticky;top:0}td.n{text-align:right;font-variant-numeric:tabular-nums}
.sev-high{color:#b00020;font-weight:600}.sev-medium{color:#a15c00}.sev-low{color:#555}.sev-none{color:#888}
.failed{background:#fff3f3}.err{font-family:monospace;font-size:.9em;color:#b00020;word-break:break-word}
.path{color:#555;font-size:.9em;word-break:break-all}.stats span{margin-right:1.5em}
.legend span{display:inline-block;margin-right:1em}.legend i{display:inline-block;width:.9em;height:.9em;
margin-right:.3em;vertical-align:middle}
"""


def safe_name(pair_id: str) -> str:
    """A file name for any pair id: a readable slug plus a hash, never a path or a dot-file."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", pair_id).strip("._")[:60] or "pair"
    return f"{slug}-{hashlib.sha1(pair_id.encode('utf-8')).hexdigest()[:10]}"


def _bar_chart(rows: list[tuple[str, dict[str, int]]], title: str, label_width: int = 220) -> str:
    """Horizontal stacked bars (one row per label, one segment per kind) as an inline SVG."""
    if not rows:
        return "<p>No findings.</p>"
    bar_h, gap, width = 18, 6, 520
    top = max(sum(c.values()) for _, c in rows) or 1
    height = len(rows) * (bar_h + gap) + gap
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{label_width + width + 60}" '
        f'height="{height}" aria-label="{escape(title)}">'
    ]
    for i, (label, counts) in enumerate(rows):
        y = gap + i * (bar_h + gap)
        shown = label if len(label) <= 34 else "…" + label[-33:]
        parts.append(
            f'<text x="{label_width - 6}" y="{y + bar_h - 5}" text-anchor="end" font-size="12">'
            f"<title>{escape(label)}</title>{escape(shown)}</text>"
        )
        x = float(label_width)
        for kind in FINDING_KINDS:
            n = counts.get(kind, 0)
            if not n:
                continue
            w = width * n / top
            parts.append(
                f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{KIND_COLORS[kind]}">'
                f"<title>{escape(kind.replace('_', ' '))}: {n}</title></rect>"
            )
            x += w
        parts.append(f'<text x="{x + 4:.1f}" y="{y + bar_h - 5}" font-size="12">{sum(counts.values())}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _legend() -> str:
    return (
        '<p class="legend">'
        + "".join(
            f'<span><i style="background:{KIND_COLORS[k]}"></i>{escape(k.replace("_", " "))}</span>'
            for k in FINDING_KINDS
        )
        + "</p>"
    )


def _pair_page(report: dict[str, Any]) -> tuple[str, str]:
    """(extension, content) of one pair's own report."""
    try:
        from provenance.report.html import render_html
    except ImportError:  # the HTML renderer is optional here: link the JSON instead
        return ".json", json.dumps(report, ensure_ascii=False, indent=2) + "\n"
    return ".html", render_html(report)


def write_dashboard(store: str | Path, html_path: str | Path, *, pair_pages: bool = True) -> dict[str, int]:
    """Write the summary page (and each pair's report beside it); returns the pair counts by status."""
    db = open_readonly(store)
    out = Path(html_path)
    files_dir = out.with_name(out.stem + "_files")
    kind_cols = ", ".join(f"n_{k}" for k in FINDING_KINDS)
    sev_cols = ", ".join(f"n_{s}" for s in SEVERITIES)
    try:
        rows = db.execute(
            f"SELECT id, source, derived, status, error, findings, max_severity, source_sentences,"
            f" derived_sentences, {kind_cols}, {sev_cols} FROM pairs"
            " ORDER BY status = 'failed' DESC, max_severity DESC, n_high DESC, n_medium DESC,"
            " findings DESC, id"
        ).fetchall()
        by_source: dict[str, dict[str, int]] = {}
        for r in db.execute(
            "SELECT p.source, f.kind, count(*) FROM findings f JOIN pairs p ON p.id = f.pair_id"
            " WHERE p.status = 'done' GROUP BY p.source, f.kind"
        ):
            by_source.setdefault(r[0], {})[r[1]] = r[2]
        links: dict[str, str] = {}
        if pair_pages:
            files_dir.mkdir(parents=True, exist_ok=True)
            for r in db.execute("SELECT id, report FROM pairs WHERE status = 'done' AND report IS NOT NULL"):
                ext, content = _pair_page(json.loads(r["report"]))
                name = safe_name(r["id"]) + ext
                (files_dir / name).write_text(content, encoding="utf-8")
                links[r["id"]] = f"{files_dir.name}/{name}"
    finally:
        db.close()

    status = {s: 0 for s in ("done", "failed", "pending", "running")}
    total_kind = dict.fromkeys(FINDING_KINDS, 0)
    total_sev = dict.fromkeys(SEVERITIES, 0)
    for r in rows:
        status[r["status"]] = status.get(r["status"], 0) + 1
        for k in FINDING_KINDS:
            total_kind[k] += r[f"n_{k}"]
        for s in SEVERITIES:
            total_sev[s] += r[f"n_{s}"]

    body = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>Provenance audit: {escape(Path(store).name)}</title>",
        f"<style>{CSS}</style></head><body>",
        f"<h1>Provenance audit <small>{escape(Path(store).name)}</small></h1>",
        '<p class="stats">'
        + "".join(f"<span><b>{n}</b> {escape(s)}</span>" for s, n in status.items() if n or s == "done")
        + f"<span><b>{sum(total_kind.values())}</b> findings</span>"
        + "".join(f'<span class="sev-{s}"><b>{total_sev[s]}</b> {s}</span>' for s in reversed(SEVERITIES))
        + "</p>",
        "<h2>Findings by kind</h2>",
        _bar_chart([(k.replace("_", " "), {k: n}) for k, n in total_kind.items() if n], "findings by kind", 150),
        "<h2>Findings by source</h2>",
        _legend(),
        _bar_chart(sorted(by_source.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))[:25], "findings by source"),
        "<h2>Pairs</h2>",
        "<table><thead><tr><th>Pair</th><th>Worst</th><th>Findings</th><th>By kind</th>"
        "<th>Sentences</th><th>Files</th></tr></thead><tbody>",
    ]
    for r in rows:
        pid = r["id"]
        sev = SEVERITY_NAMES.get(r["max_severity"], "none") if r["status"] == "done" else r["status"]
        name = escape(pid)
        if pid in links:
            name = f'<a href="{escape(links[pid])}">{name}</a>'
        kinds = ", ".join(f"{escape(k.replace('_', ' '))} {r[f'n_{k}']}" for k in FINDING_KINDS if r[f"n_{k}"])
        if r["status"] == "failed":
            kinds = f'<span class="err">{escape(r["error"] or "")}</span>'
        sentences = f"{r['source_sentences']} / {r['derived_sentences']}" if r["source_sentences"] is not None else ""
        body.append(
            f'<tr class="{"failed" if r["status"] == "failed" else ""}"><td>{name}</td>'
            f'<td class="sev-{escape(sev)}">{escape(sev)}</td><td class="n">{r["findings"]}</td>'
            f"<td>{kinds}</td><td class='n'>{sentences}</td>"
            f'<td class="path">{escape(r["source"])}<br>{escape(r["derived"])}</td></tr>'
        )
    body.append("</tbody></table></body></html>\n")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(body), encoding="utf-8")
    return status
