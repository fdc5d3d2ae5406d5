"""The audit store: one SQLite file holding every pair, its status, its report and its findings.

Crash- and concurrency-safety come from SQLite itself:

- WAL mode and `synchronous=NORMAL`: a committed transaction survives the process being killed.
- A pair's results (its row and all its findings) are written in one transaction per chunk of pairs,
  so a SIGKILL leaves each pair either finished with all its findings or not finished at all.
- Work is claimed with `BEGIN IMMEDIATE` (one writer at a time, others wait up to the busy timeout):
  a run flips `pending` rows to `running` under its own `run_id` and writes results only to rows it
  still owns. Rows left `running` by a dead run (its pid is gone on this host, or its heartbeat is
  stale) go back to `pending`, so a resume after `kill -9` finishes them.

Example queries are in `EXAMPLE_QUERIES` (run them with `sqlite3 audit.sqlite`).
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import time
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from provenance.core import FINDING_KINDS, SEVERITIES
from provenance.embed_cache import open_wal

STATUSES = ("pending", "running", "done", "failed")

EXAMPLE_QUERIES: tuple[tuple[str, str], ...] = (
    (
        "pairs with the most high-severity findings",
        "SELECT id, n_high, findings FROM pairs WHERE status = 'done' ORDER BY n_high DESC LIMIT 20",
    ),
    (
        "every altered figure, with the words concerned",
        "SELECT pair_id, source_span, derived_span, message FROM findings WHERE kind = 'altered_figure'",
    ),
    (
        "findings by kind and severity over the whole audit",
        "SELECT kind, severity, count(*) AS n FROM findings GROUP BY kind, severity ORDER BY n DESC",
    ),
    (
        "sources whose republications drop the most sentences",
        "SELECT p.source, count(*) AS n FROM findings f JOIN pairs p ON p.id = f.pair_id"
        " WHERE f.kind = 'omission' GROUP BY p.source ORDER BY n DESC",
    ),
    ("what failed, and why", "SELECT id, error FROM pairs WHERE status = 'failed'"),
    (
        "pairs whose derived text kept under 80% of the source sentences",
        "SELECT id, source_sentences, derived_sentences FROM pairs WHERE status = 'done'"
        " AND derived_sentences < 0.8 * source_sentences",
    ),
)
SEVERITY_RANK = {"low": 1, "medium": 2, "high": 3}
STALE_AFTER = 15 * 60.0  # seconds without a heartbeat before another host's claim is presumed dead

_KIND_COLUMNS = ",\n".join(f"    n_{k} INTEGER NOT NULL DEFAULT 0" for k in FINDING_KINDS)
_SEVERITY_COLUMNS = ",\n".join(f"    n_{s} INTEGER NOT NULL DEFAULT 0" for s in SEVERITIES)

SCHEMA_SQL = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY,
    pid INTEGER NOT NULL,
    host TEXT NOT NULL,
    engine TEXT NOT NULL,
    started REAL NOT NULL,
    heartbeat REAL NOT NULL,
    finished REAL
);
CREATE TABLE IF NOT EXISTS pairs (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    derived TEXT NOT NULL,
    source_lang TEXT,
    derived_lang TEXT,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'done', 'failed')),
    run_id TEXT,
    claimed_at REAL,
    finished_at REAL,
    source_sentences INTEGER,
    derived_sentences INTEGER,
    findings INTEGER NOT NULL DEFAULT 0,
{_KIND_COLUMNS},
{_SEVERITY_COLUMNS},
    max_severity INTEGER NOT NULL DEFAULT 0, -- 0 none, 1 low, 2 medium, 3 high
    model TEXT,
    report TEXT,            -- the provenance.report/1 JSON
    seconds REAL,           -- wall time of this pair's share of its chunk
    timings TEXT,           -- JSON
    error TEXT
);
CREATE INDEX IF NOT EXISTS pairs_status ON pairs (status);
CREATE TABLE IF NOT EXISTS findings (
    pair_id TEXT NOT NULL REFERENCES pairs (id) ON DELETE CASCADE,
    n INTEGER NOT NULL,     -- position in the report's findings
    kind TEXT NOT NULL,
    severity TEXT NOT NULL,
    confidence REAL,
    source_sentences TEXT NOT NULL,  -- JSON list of sentence indices
    derived_sentences TEXT NOT NULL,
    source_span TEXT,
    derived_span TEXT,
    source_start INTEGER,
    source_end INTEGER,
    derived_start INTEGER,
    derived_end INTEGER,
    message TEXT NOT NULL,
    detector TEXT,
    PRIMARY KEY (pair_id, n)
);
CREATE INDEX IF NOT EXISTS findings_kind ON findings (kind, severity);
"""


@dataclass(frozen=True)
class PairSpec:
    """One pair to audit: where its two texts are, and their languages if known."""

    id: str
    source: str
    derived: str
    source_lang: str | None = None
    derived_lang: str | None = None


@dataclass(frozen=True)
class PairResult:
    """What a worker sends back for one pair: a report dictionary, or the error that stopped it."""

    id: str
    report: dict[str, Any] | None = None
    error: str | None = None
    seconds: float = 0.0


def connect(path: str | Path) -> sqlite3.Connection:
    db = open_wal(path, timeout=120.0)
    db.row_factory = sqlite3.Row
    db.execute("PRAGMA foreign_keys=ON")
    return db


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


class AuditStore:
    """The store, opened by one run (one process). Several runs may open the same file at once."""

    def __init__(self, path: str | Path, *, engine: str = "local") -> None:
        self.path = Path(path)
        self.db = connect(self.path)
        self.db.executescript(SCHEMA_SQL)  # IF NOT EXISTS throughout: safe for runs starting together
        self.run_id = uuid.uuid4().hex
        self.pid = os.getpid()
        self.host = socket.gethostname()
        now = time.time()
        with self._tx():
            self.db.execute(
                "INSERT INTO runs (run_id, pid, host, engine, started, heartbeat) VALUES (?, ?, ?, ?, ?, ?)",
                (self.run_id, self.pid, self.host, engine, now, now),
            )
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS mine (id TEXT PRIMARY KEY)")

    # -- transactions --------------------------------------------------------------------------
    def _tx(self) -> _Transaction:
        return _Transaction(self.db)

    def close(self) -> None:
        try:
            with self._tx():
                self.db.execute("UPDATE runs SET finished = ? WHERE run_id = ?", (time.time(), self.run_id))
                # rows this run claimed but never finished (an exception, Ctrl-C) go back to the queue
                self.db.execute(
                    "UPDATE pairs SET status = 'pending', run_id = NULL WHERE status = 'running' AND run_id = ?",
                    (self.run_id,),
                )
        finally:
            self.db.close()

    # -- registering work ----------------------------------------------------------------------
    def settle_settings(self, settings: Mapping[str, str], *, resume: bool) -> dict[str, tuple[str, str]]:
        """Record the options that change findings (`settings`) for this store's reports.

        Resuming under other settings would mix two kinds of report in one store: then nothing is
        written and the differences come back as {name: (stored, now)}. A run that is not resuming
        redoes its pairs, and its settings replace the stored ones.
        """
        with self._tx():
            stored = dict(self.db.execute("SELECT key, value FROM meta WHERE key LIKE 'setting.%'").fetchall())
            stored = {k.removeprefix("setting."): v for k, v in stored.items()}
            if resume and stored:
                changed = {k: (stored.get(k, "unset"), v) for k, v in settings.items() if stored.get(k, v) != v}
                if changed:
                    return changed
            self.db.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [(f"setting.{k}", v) for k, v in settings.items()],
            )
        return {}

    def add_pairs(self, pairs: Sequence[PairSpec], *, resume: bool) -> int:
        """Register `pairs` for this run; returns how many are already done (and skipped if resuming).

        A pair whose paths or languages changed since it was stored starts over. Without `resume`,
        every pair not being worked on right now by a live run starts over.
        """
        with self._tx():
            self.db.execute("DELETE FROM mine")
            self.db.executemany(
                "INSERT INTO pairs (id, source, derived, source_lang, derived_lang) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET"
                " status = CASE WHEN pairs.source IS excluded.source AND pairs.derived IS excluded.derived"
                "   AND pairs.source_lang IS excluded.source_lang"
                "   AND pairs.derived_lang IS excluded.derived_lang"
                "   THEN pairs.status ELSE 'pending' END,"
                " source = excluded.source, derived = excluded.derived,"
                " source_lang = excluded.source_lang, derived_lang = excluded.derived_lang",
                [(p.id, p.source, p.derived, p.source_lang, p.derived_lang) for p in pairs],
            )
            self.db.executemany("INSERT OR IGNORE INTO mine (id) VALUES (?)", [(p.id,) for p in pairs])
            if not resume:
                self.db.execute(
                    "UPDATE pairs SET status = 'pending', run_id = NULL"
                    " WHERE id IN (SELECT id FROM mine) AND status IN ('done', 'failed')"
                )
            else:
                # a failed pair may fail for a reason since fixed (a file restored): try it again
                self.db.execute(
                    "UPDATE pairs SET status = 'pending', run_id = NULL"
                    " WHERE id IN (SELECT id FROM mine) AND status = 'failed'"
                )
            done = self.db.execute(
                "SELECT count(*) FROM pairs WHERE id IN (SELECT id FROM mine) AND status = 'done'"
            ).fetchone()[0]
        return int(done)

    def attach(self, ids: Sequence[str]) -> None:
        """Work on pairs another run registered (a worker process of that run), statuses untouched."""
        with self._tx():
            self.db.execute("DELETE FROM mine")
            self.db.executemany("INSERT OR IGNORE INTO mine (id) VALUES (?)", [(i,) for i in ids])

    def _release_dead_claims(self) -> None:
        """Inside a write transaction: rows claimed by runs that died go back to `pending`."""
        now = time.time()
        dead: list[str] = []
        for row in self.db.execute(
            "SELECT DISTINCT p.run_id, r.pid, r.host, r.heartbeat, r.finished FROM pairs p"
            " LEFT JOIN runs r ON r.run_id = p.run_id WHERE p.status = 'running'"
        ):
            run_id, pid, host, heartbeat, finished = tuple(row)
            if run_id == self.run_id:
                continue
            if pid is None or finished is not None:
                dead.append(run_id)
            elif host == self.host:
                if pid != self.pid and not _pid_alive(pid):
                    dead.append(run_id)
            elif now - heartbeat > STALE_AFTER:
                dead.append(run_id)
        for run_id in dead:
            self.db.execute(
                "UPDATE pairs SET status = 'pending', run_id = NULL WHERE status = 'running' AND run_id IS ?",
                (run_id,),
            )

    def claim(self, n: int) -> list[PairSpec]:
        """Atomically take up to `n` pending pairs of this run's set."""
        with self._tx():
            self._release_dead_claims()
            rows = self.db.execute(
                "SELECT id, source, derived, source_lang, derived_lang FROM pairs"
                " WHERE status = 'pending' AND id IN (SELECT id FROM mine) ORDER BY rowid LIMIT ?",
                (n,),
            ).fetchall()
            now = time.time()
            self.db.executemany(
                "UPDATE pairs SET status = 'running', run_id = ?, claimed_at = ? WHERE id = ?",
                [(self.run_id, now, r["id"]) for r in rows],
            )
            self.db.execute("UPDATE runs SET heartbeat = ? WHERE run_id = ?", (now, self.run_id))
        return [PairSpec(*tuple(r)) for r in rows]

    def remaining(self) -> int:
        return int(
            self.db.execute(
                "SELECT count(*) FROM pairs WHERE id IN (SELECT id FROM mine) AND status IN ('pending', 'running')"
            ).fetchone()[0]
        )

    def counts(self) -> dict[str, int]:
        rows = self.db.execute(
            "SELECT status, count(*) FROM pairs WHERE id IN (SELECT id FROM mine) GROUP BY status"
        ).fetchall()
        out = dict.fromkeys(STATUSES, 0)
        out.update({r[0]: r[1] for r in rows})
        return out

    # -- results -------------------------------------------------------------------------------
    def record(self, results: Iterable[PairResult]) -> set[str]:
        """Write a chunk of results in one transaction; returns the ids this run still owned (and wrote)."""
        written: set[str] = set()
        now = time.time()
        with self._tx():
            for res in results:
                if res.report is not None:
                    ok = self._write_done(res, now)
                else:
                    ok = self.db.execute(
                        "UPDATE pairs SET status = 'failed', error = ?, seconds = ?, finished_at = ?,"
                        " report = NULL, findings = 0, max_severity = 0"
                        " WHERE id = ? AND run_id = ? AND status = 'running'",
                        (res.error or "unknown error", res.seconds, now, res.id, self.run_id),
                    ).rowcount
                    if ok:
                        self.db.execute("DELETE FROM findings WHERE pair_id = ?", (res.id,))
                if ok:
                    written.add(res.id)
            self.db.execute("UPDATE runs SET heartbeat = ? WHERE run_id = ?", (now, self.run_id))
        return written

    def _write_done(self, res: PairResult, now: float) -> int:
        report = res.report or {}
        findings = report.get("findings", [])
        by_kind = {k: 0 for k in FINDING_KINDS}
        by_sev = {s: 0 for s in SEVERITIES}
        for f in findings:
            by_kind[f["kind"]] = by_kind.get(f["kind"], 0) + 1
            by_sev[f["severity"]] = by_sev.get(f["severity"], 0) + 1
        max_sev = max((SEVERITY_RANK.get(f["severity"], 0) for f in findings), default=0)
        sets = ", ".join([f"n_{k} = ?" for k in FINDING_KINDS] + [f"n_{s} = ?" for s in SEVERITIES])
        cur = self.db.execute(
            "UPDATE pairs SET status = 'done', error = NULL, finished_at = ?, seconds = ?, model = ?,"
            " source_sentences = ?, derived_sentences = ?, findings = ?, max_severity = ?, report = ?,"
            f" timings = ?, {sets} WHERE id = ? AND run_id = ? AND status = 'running'",
            (
                now,
                res.seconds,
                report.get("model"),
                len(report.get("source", {}).get("sentences", [])),
                len(report.get("derived", {}).get("sentences", [])),
                len(findings),
                max_sev,
                json.dumps(report, ensure_ascii=False),
                json.dumps(report.get("timings", {})),
                *[by_kind[k] for k in FINDING_KINDS],
                *[by_sev[s] for s in SEVERITIES],
                res.id,
                self.run_id,
            ),
        )
        if not cur.rowcount:
            return 0
        self.db.execute("DELETE FROM findings WHERE pair_id = ?", (res.id,))
        self.db.executemany(
            "INSERT INTO findings (pair_id, n, kind, severity, confidence, source_sentences,"
            " derived_sentences, source_span, derived_span, source_start, source_end, derived_start,"
            " derived_end, message, detector)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    res.id,
                    n,
                    f["kind"],
                    f["severity"],
                    f.get("confidence"),
                    json.dumps(f.get("source", [])),
                    json.dumps(f.get("derived", [])),
                    f.get("source_span"),
                    f.get("derived_span"),
                    *(f.get("source_range") or (None, None)),
                    *(f.get("derived_range") or (None, None)),
                    f.get("message", ""),
                    f.get("detector"),
                )
                for n, f in enumerate(findings)
            ],
        )
        return 1

    def findings_by_kind(self) -> dict[str, int]:
        rows = self.db.execute(
            "SELECT kind, count(*) FROM findings WHERE pair_id IN (SELECT id FROM mine) GROUP BY kind"
        ).fetchall()
        found = {r[0]: r[1] for r in rows}
        return {k: found[k] for k in FINDING_KINDS if found.get(k)}

    def failures(self, limit: int = 20) -> list[tuple[str, str]]:
        rows = self.db.execute(
            "SELECT id, error FROM pairs WHERE id IN (SELECT id FROM mine) AND status = 'failed'"
            " ORDER BY rowid LIMIT ?",
            (limit,),
        ).fetchall()
        return [(r[0], r[1]) for r in rows]


class _Transaction:
    """`BEGIN IMMEDIATE` ... `COMMIT`, or `ROLLBACK` on an exception: the write lock is taken up front
    so two runs never deadlock upgrading read locks."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.db.execute("ROLLBACK" if exc_type is not None else "COMMIT")


def open_readonly(path: str | Path) -> sqlite3.Connection:
    """For reports: read the store without taking part in a run."""
    if not Path(path).is_file():
        raise FileNotFoundError(f"no audit store at {path}")
    db = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True, timeout=60.0)
    db.row_factory = sqlite3.Row
    return db
