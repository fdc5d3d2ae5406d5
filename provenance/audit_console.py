"""The audit's terminal side: a progress bar with rate and ETA, and the closing summary.

Kept apart from `provenance.audit` so the library stays free of terminal concerns; rich is
imported only when a command runs.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from provenance.audit import AuditOptions, AuditSummary, EmbedderFactory, PairSpec, kinds_line, run_audit


def summary_to_dict(summary: AuditSummary, store: str | Path) -> dict[str, Any]:
    return {
        "store": str(store),
        "pairs": summary.total,
        "skipped": summary.skipped,
        "done": summary.done,
        "failed": summary.failed,
        "store_done": summary.store_done,
        "store_failed": summary.store_failed,
        "findings_by_kind": summary.findings_by_kind,
        "sentences": summary.sentences,
        "texts_encoded": summary.texts_encoded,
        "cache_hits": summary.cache_hits,
        "seconds": round(summary.seconds, 3),
        "failures": [{"id": i, "error": e} for i, e in summary.failures],
    }


def audit_with_progress(
    pairs: Sequence[PairSpec],
    store: str | Path,
    *,
    embedder_factory: EmbedderFactory,
    options: AuditOptions,
    show_progress: bool | None = None,
) -> AuditSummary:
    """`run_audit` with a progress bar on stderr (shown when stderr is a terminal, unless told)."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        Task,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task: Task) -> Text:
            return Text(f"{task.speed:.2f} pairs/s" if task.speed else "… pairs/s", style="cyan")

    console = Console(stderr=True)
    if show_progress is None:
        show_progress = console.is_terminal
    if not show_progress:
        return run_audit(pairs, store, embedder_factory=embedder_factory, options=options)
    with Progress(
        TextColumn("[bold]audit[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console,
        transient=False,
    ) as progress:
        task_ids: list[Any] = []

        def update(finished: int, total: int) -> None:
            if not task_ids:  # start at what is already done, so the rate counts only this run
                task_ids.append(progress.add_task("audit", total=total, completed=finished))
            progress.update(task_ids[0], completed=finished, total=total)

        callback: Callable[[int, int], None] = update
        return run_audit(pairs, store, embedder_factory=embedder_factory, options=options, progress=callback)


def print_summary(summary: AuditSummary, store: str | Path, *, as_json: bool = False) -> None:
    """The closing summary: on stdout as JSON, or as a few lines on stderr (stdout stays clean)."""
    if as_json:
        sys.stdout.write(json.dumps(summary_to_dict(summary, store), ensure_ascii=False, indent=2) + "\n")
        return
    from rich.console import Console
    from rich.markup import escape

    console = Console(stderr=True, highlight=False)
    rate = summary.done / summary.seconds if summary.seconds > 0 else 0.0
    console.print(
        f"[bold]{summary.store_done}/{summary.total} pairs done[/]"
        + (f" ({summary.skipped} already done before this run)" if summary.skipped else "")
        + (f", [bold red]{summary.store_failed} failed[/]" if summary.store_failed else "")
        + f" in {summary.seconds:.1f} s ({rate:.2f} pairs/s, {summary.sentences} sentences)"
    )
    console.print(f"findings: {escape(kinds_line(summary.findings_by_kind))}")
    console.print(f"embeddings: {summary.texts_encoded} texts encoded, {summary.cache_hits} from the disk cache")
    for pid, error in summary.failures[:10]:
        console.print(f"  [red]failed[/] {escape(pid)}: {escape(error)}")
    if summary.store_failed > 10:
        more = summary.store_failed - 10
        console.print(f"  … and {more} more: SELECT id, error FROM pairs WHERE status = 'failed'")
    console.print(
        f"store: {escape(str(store))}  (dashboard: provenance audit-report {escape(str(store))} --html summary.html)"
    )


def print_store_summary(store: str | Path, limit: int = 15) -> None:
    """`audit-report` without --html: the worst pairs and the totals, in the terminal."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from provenance.audit_store import open_readonly

    db = open_readonly(store)
    try:
        status = dict(db.execute("SELECT status, count(*) FROM pairs GROUP BY status").fetchall())
        kinds = dict(db.execute("SELECT kind, count(*) FROM findings GROUP BY kind").fetchall())
        rows = db.execute(
            "SELECT id, status, findings, n_high, n_medium, n_low, error FROM pairs"
            " ORDER BY status = 'failed' DESC, max_severity DESC, n_high DESC, n_medium DESC, findings DESC, id"
            " LIMIT ?",
            (limit,),
        ).fetchall()
    finally:
        db.close()
    console = Console(highlight=False)
    console.print(", ".join(f"{n} {s}" for s, n in sorted(status.items())) + f"; findings: {escape(kinds_line(kinds))}")
    table = Table("pair", "status", "findings", "high", "medium", "low", "error")
    for r in rows:
        table.add_row(
            escape(r["id"]),
            r["status"],
            str(r["findings"]),
            str(r["n_high"]),
            str(r["n_medium"]),
            str(r["n_low"]),
            escape(r["error"] or ""),
        )
    console.print(table)
