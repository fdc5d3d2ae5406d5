"""Batch audits: manifests, the SQLite store, resume, crashes, concurrency, the disk cache, the dashboard.

Almost everything runs the real pipeline (segmenter, aligner, detectors) with a fake embedder:
deterministic character-trigram vectors, so similar sentences get similar vectors, no model needed.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from provenance.audit import (
    AuditOptions,
    ManifestError,
    PairSpec,
    pairs_from_dir,
    pairs_from_source,
    read_manifest,
    run_audit,
)
from provenance.audit_store import connect
from provenance.core import FINDING_KINDS

TESTS = Path(__file__).resolve().parent


class FakeEmbedder:
    """Bag of hashed character trigrams, L2-normalised; logs how many texts each call encodes."""

    dim = 256

    def __init__(self, log: str | None = None, delay: float = 0.0) -> None:
        self.name = "fake-trigram"
        self.log = log
        self.delay = delay

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if self.log and texts:
            with open(self.log, "a", encoding="utf-8") as f:
                f.write(f"{len(texts)}\n")
        if self.delay and texts:
            time.sleep(self.delay)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            s = f"  {t.lower()}  "
            for j in range(len(s) - 2):
                h = int.from_bytes(hashlib.blake2b(s[j : j + 3].encode(), digest_size=4).digest(), "little")
                out[i, h % self.dim] += 1.0
            out[i] /= max(float(np.linalg.norm(out[i])), 1e-9)
        return out


@dataclass(frozen=True)
class FakeFactory:
    log: str | None = None
    delay: float = 0.0

    def __call__(self) -> FakeEmbedder:
        return FakeEmbedder(self.log, self.delay)


def encoded_texts(log: Path) -> int:
    return sum(int(x) for x in log.read_text().split()) if log.exists() else 0


SOURCE = """City council approves new budget

The city council approved a budget of 12 million euros on Tuesday after a long debate.
The mayor said the money would pay for three new schools and a bridge over the river.
Opposition members argued that the plan could raise local taxes by 4 percent.
"We will not accept higher taxes for families," said councillor Anna Berg.
Construction of the first school is expected to begin in the spring.
The bridge may be finished by 2027, according to the city engineer.
Residents will be able to comment on the plan at a public meeting next month.
"""

DERIVED = {
    "trimmed": SOURCE.replace("Opposition members argued that the plan could raise local taxes by 4 percent.\n", ""),
    "figure": SOURCE.replace("12 million", "21 million"),
    "added": SOURCE + "Critics say the council ignored the needs of the northern district entirely.\n",
}

OTHER_SOURCE = """Storm closes schools across the region

Heavy snow forced the closure of more than 200 schools on Monday morning.
Authorities urged drivers to stay home until the roads were cleared.
Meteorologists expect the storm to weaken by Wednesday evening.
"""


def make_corpus(tmp: Path) -> Path:
    """A folder with two sources and five republications, and a CSV manifest naming them."""
    (tmp / "docs").mkdir()
    (tmp / "docs" / "budget.txt").write_text(SOURCE, encoding="utf-8")
    (tmp / "docs" / "storm.txt").write_text(OTHER_SOURCE, encoding="utf-8")
    for name, text in DERIVED.items():
        (tmp / "docs" / f"budget.{name}.txt").write_text(text, encoding="utf-8")
    (tmp / "docs" / "storm.copy.txt").write_text(OTHER_SOURCE, encoding="utf-8")
    (tmp / "docs" / "storm.short.txt").write_text(
        OTHER_SOURCE.replace("Meteorologists expect the storm to weaken by Wednesday evening.\n", ""),
        encoding="utf-8",
    )
    lines = ["source,derived,id"]
    lines += [f"docs/budget.txt,docs/budget.{n}.txt," for n in DERIVED]
    lines += ["docs/storm.txt,docs/storm.copy.txt,storm-copy", "docs/storm.txt,docs/storm.short.txt,"]
    manifest = tmp / "manifest.csv"
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return manifest


def options(tmp: Path, **kw: object) -> AuditOptions:
    base: dict[str, object] = {"cache_dir": str(tmp / "cache"), "chunk_pairs": 2, "any_language": True}
    return AuditOptions(**(base | kw))  # type: ignore[arg-type]


# -- manifests ------------------------------------------------------------------------------------


def test_csv_manifest_resolves_paths_and_names_pairs(tmp_path: Path) -> None:
    pairs = read_manifest(make_corpus(tmp_path))
    assert [p.id for p in pairs] == [
        "docs/budget.trimmed.txt",
        "docs/budget.figure.txt",
        "docs/budget.added.txt",
        "storm-copy",
        "docs/storm.short.txt",
    ]
    assert all(Path(p.source).is_absolute() and Path(p.source).is_file() for p in pairs)
    assert pairs[0].source == str(tmp_path / "docs" / "budget.txt")


def test_jsonl_manifest_with_languages(tmp_path: Path) -> None:
    make_corpus(tmp_path)
    rows = [
        {"source": "docs/budget.txt", "derived": "docs/budget.figure.txt", "source_lang": "en", "derived_lang": "en"},
        {"id": "s", "source": str(tmp_path / "docs/storm.txt"), "derived": "docs/storm.copy.txt"},
    ]
    m = tmp_path / "pairs.jsonl"
    m.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    pairs = read_manifest(m)
    assert pairs[0] == PairSpec(
        "docs/budget.figure.txt",
        str(tmp_path / "docs/budget.txt"),
        str(tmp_path / "docs/budget.figure.txt"),
        "en",
        "en",
    )
    assert pairs[1].id == "s" and pairs[1].source_lang is None


def test_manifest_errors(tmp_path: Path) -> None:
    with pytest.raises(ManifestError, match="no such manifest"):
        read_manifest(tmp_path / "absent.csv")
    bad = tmp_path / "bad.csv"
    bad.write_text("original,copy\na,b\n")
    with pytest.raises(ManifestError, match="'source' and 'derived'"):
        read_manifest(bad)
    dup = tmp_path / "dup.csv"
    dup.write_text("source,derived,id\na,b,x\nc,d,x\n")
    with pytest.raises(ManifestError, match="appears twice"):
        read_manifest(dup)
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"source": "a", "derived": "b"}\n{"source": \n')
    with pytest.raises(ManifestError, match=r"broken.jsonl:2"):
        read_manifest(broken)


def test_pairs_dir_layouts(tmp_path: Path) -> None:
    flat = tmp_path / "flat"
    flat.mkdir()
    for name in ("a.src.txt", "a.fr.txt", "a.de.txt", "b.src.md", "b.v2.md"):
        (flat / name).write_text("x")
    pairs = pairs_from_dir(flat)
    assert sorted((p.id, Path(p.source).name, Path(p.derived).name) for p in pairs) == [
        ("a.de", "a.src.txt", "a.de.txt"),
        ("a.fr", "a.src.txt", "a.fr.txt"),
        ("b.v2", "b.src.md", "b.v2.md"),
    ]
    nested = tmp_path / "nested"
    (nested / "source").mkdir(parents=True)
    (nested / "derived").mkdir()
    for name in ("one.txt", "two.txt"):
        (nested / "source" / name).write_text("x")
        (nested / "derived" / name).write_text("y")
    assert [(p.id, Path(p.derived).parent.name) for p in pairs_from_dir(nested)] == [
        ("one.txt", "derived"),
        ("two.txt", "derived"),
    ]
    (nested / "source" / "three.txt").write_text("x")
    with pytest.raises(ManifestError, match=r"no partner for three\.txt"):
        pairs_from_dir(nested)


def test_pairs_from_source(tmp_path: Path) -> None:
    make_corpus(tmp_path)
    pairs = pairs_from_source(tmp_path / "docs" / "budget.txt", tmp_path / "docs")
    assert "budget.txt" not in {p.id for p in pairs}  # the original is not compared with itself
    assert {p.id for p in pairs} >= {"budget.figure.txt", "storm.txt"}
    assert {p.source for p in pairs} == {str(tmp_path / "docs" / "budget.txt")}


# -- the store --------------------------------------------------------------------------------------


def test_store_rows_match_reports_and_sql_queries_work(tmp_path: Path) -> None:
    pairs = read_manifest(make_corpus(tmp_path))
    summary = run_audit(pairs, tmp_path / "a.sqlite", embedder_factory=FakeFactory(), options=options(tmp_path))
    assert (summary.done, summary.failed, summary.exit_code) == (5, 0, 0)
    db = connect(tmp_path / "a.sqlite")
    rows = {r["id"]: r for r in db.execute("SELECT * FROM pairs")}
    assert set(rows) == {p.id for p in pairs}
    for pid, r in rows.items():
        assert r["status"] == "done" and r["error"] is None
        report = json.loads(r["report"])
        assert report["schema"] == "provenance.report/1"
        stored = db.execute("SELECT kind, severity, message FROM findings WHERE pair_id = ? ORDER BY n", (pid,))
        assert [tuple(x) for x in stored] == [(f["kind"], f["severity"], f["message"]) for f in report["findings"]]
        assert r["findings"] == len(report["findings"])
        for k in FINDING_KINDS:
            assert r[f"n_{k}"] == report["summary"]["by_kind"].get(k, 0)
    # the unchanged copy has nothing to report; the trimmed one lost a sentence
    assert rows["storm-copy"]["findings"] == 0
    assert rows["docs/budget.trimmed.txt"]["n_omission"] >= 1
    assert summary.findings_by_kind == {
        k: n for k, n in db.execute("SELECT kind, count(*) FROM findings GROUP BY kind").fetchall()
    }
    # the documented example queries run as written
    from provenance.audit_store import EXAMPLE_QUERIES

    results = {title: db.execute(sql).fetchall() for title, sql in EXAMPLE_QUERIES}
    assert results["what failed, and why"] == []
    assert len(results["pairs with the most high-severity findings"]) == 5


def test_resume_skips_done_pairs_and_plain_rerun_redoes_them(tmp_path: Path) -> None:
    pairs = read_manifest(make_corpus(tmp_path))
    store = tmp_path / "a.sqlite"
    opts = options(tmp_path, use_cache=False)
    run_audit(pairs[:3], store, embedder_factory=FakeFactory(), options=opts)
    log = tmp_path / "encode.log"
    again = run_audit(pairs, store, embedder_factory=FakeFactory(str(log)), options=options(tmp_path, resume=True))
    assert (again.skipped, again.done, again.store_done) == (3, 2, 5)
    db = connect(store)
    finished = dict(db.execute("SELECT id, finished_at FROM pairs").fetchall())
    third = run_audit(pairs, store, embedder_factory=FakeFactory(), options=options(tmp_path, resume=True))
    assert (third.skipped, third.done, third.texts_encoded) == (5, 0, 0)
    assert dict(db.execute("SELECT id, finished_at FROM pairs").fetchall()) == finished
    fresh = run_audit(pairs, store, embedder_factory=FakeFactory(), options=opts)
    assert (fresh.skipped, fresh.done) == (0, 5)


def test_resume_under_other_finding_options_is_refused(tmp_path: Path) -> None:
    pairs = read_manifest(make_corpus(tmp_path))
    store = tmp_path / "a.sqlite"
    run_audit(pairs[:3], store, embedder_factory=FakeFactory(), options=options(tmp_path, use_cache=False))
    with pytest.raises(ManifestError, match=r"word_alignment off -> on.*without --resume"):
        run_audit(
            pairs,
            store,
            embedder_factory=FakeFactory(),
            options=options(tmp_path, resume=True, word_alignment=True),
        )
    db = connect(store)
    assert db.execute("SELECT count(*) FROM pairs WHERE status = 'done'").fetchone()[0] == 3  # nothing touched
    # the same options resume; a plain run under new options redoes its pairs and records them
    assert run_audit(pairs, store, embedder_factory=FakeFactory(), options=options(tmp_path, resume=True)).skipped == 3
    fresh = run_audit(pairs, store, embedder_factory=FakeFactory(), options=options(tmp_path, word_alignment=True))
    assert (fresh.skipped, fresh.done) == (0, 5)
    settings = dict(db.execute("SELECT key, value FROM meta").fetchall())
    assert (settings["setting.word_alignment"], settings["setting.any_language"]) == ("on", "on")


def test_the_model_is_one_of_the_settings_a_resume_must_match() -> None:
    from provenance.audit import ModelFactory, finding_settings

    opts = AuditOptions()
    assert finding_settings(opts, ModelFactory())["model"] == "default"
    assert finding_settings(opts, ModelFactory("sentence-transformers/LaBSE"))["model"] == "sentence-transformers/LaBSE"
    assert "model" not in finding_settings(opts, FakeFactory())  # a factory that names no model


def _open_new_cache(path: str, go: Any, errors: Any) -> None:
    from provenance.embed_cache import open_wal

    go.wait()
    try:
        open_wal(path, timeout=60.0).close()
    except sqlite3.OperationalError as e:
        errors.put(str(e))


def test_workers_opening_one_new_cache_at_once_do_not_fail(tmp_path: Path) -> None:
    # two Ray workers opening one new embedding cache: switching a new file to WAL at once, SQLite
    # answered one of them "database is locked" immediately (about 6% of opens with three processes)
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    errors = ctx.Queue()
    for i in range(40):
        go = ctx.Event()
        path = str(tmp_path / f"{i}.sqlite")
        procs = [ctx.Process(target=_open_new_cache, args=(path, go, errors)) for _ in range(3)]
        for proc in procs:
            proc.start()
        go.set()
        for proc in procs:
            proc.join()
    assert errors.empty()


def test_disk_cache_rerun_encodes_nothing_and_shared_source_once(tmp_path: Path) -> None:
    pairs = read_manifest(make_corpus(tmp_path))
    log1, log2 = tmp_path / "first.log", tmp_path / "second.log"
    first = run_audit(pairs, tmp_path / "a.sqlite", embedder_factory=FakeFactory(str(log1)), options=options(tmp_path))
    assert first.texts_encoded == encoded_texts(log1) > 0
    # every text went through the model once, though the budget source appears in three pairs
    from provenance.embed_cache import DiskEmbeddingCache

    assert DiskEmbeddingCache(tmp_path / "cache").count("fake-trigram") == encoded_texts(log1)
    second = run_audit(pairs, tmp_path / "b.sqlite", embedder_factory=FakeFactory(str(log2)), options=options(tmp_path))
    assert encoded_texts(log2) == 0 and second.texts_encoded == 0 and second.cache_hits > 0
    a = connect(tmp_path / "a.sqlite").execute("SELECT id, findings FROM pairs ORDER BY id").fetchall()
    b = connect(tmp_path / "b.sqlite").execute("SELECT id, findings FROM pairs ORDER BY id").fetchall()
    assert [tuple(r) for r in a] == [tuple(r) for r in b]


def test_bad_rows_are_recorded_and_the_audit_goes_on(tmp_path: Path) -> None:
    make_corpus(tmp_path)
    (tmp_path / "docs" / "binary.bin").write_bytes(b"\x00\x01\x02PK\x00" * 100)
    (tmp_path / "docs" / "empty.txt").write_text("   \n")
    m = tmp_path / "m.csv"
    m.write_text(
        "source,derived,id\n"
        "docs/budget.txt,docs/budget.figure.txt,ok1\n"
        "docs/budget.txt,docs/missing.txt,missing\n"
        "docs/binary.bin,docs/budget.txt,binary\n"
        "docs/storm.txt,docs/empty.txt,empty\n"
        "docs/storm.txt,docs/storm.short.txt,ok2\n"
    )
    summary = run_audit(
        read_manifest(m), tmp_path / "a.sqlite", embedder_factory=FakeFactory(), options=options(tmp_path)
    )
    assert (summary.done, summary.failed, summary.exit_code) == (2, 3, 1)
    rows = dict(connect(tmp_path / "a.sqlite").execute("SELECT id, status || ': ' || coalesce(error, '') FROM pairs"))
    assert rows["ok1"] == rows["ok2"] == "done: "
    assert "no such file" in rows["missing"]
    assert "binary" in rows["binary"]
    assert "empty" in rows["empty"]
    assert {pid for pid, _ in summary.failures} == {"missing", "binary", "empty"}


# -- crashes and concurrency --------------------------------------------------------------------

RUNNER = """
import sys
sys.path.insert(0, {tests!r})
from test_audit import FakeFactory, options
from pathlib import Path
from provenance.audit import read_manifest, run_audit
tmp = Path({tmp!r})
s = run_audit(read_manifest(tmp / "manifest.csv"), tmp / "a.sqlite",
              embedder_factory=FakeFactory({log!r}, {delay!r}),
              options=options(tmp, chunk_pairs=1, resume=True, use_cache=False))
print(s.done, s.failed)
"""


def _spawn(tmp: Path, log: str, delay: float) -> subprocess.Popen[str]:
    script = RUNNER.format(tests=str(TESTS), tmp=str(tmp), log=log, delay=delay)
    return subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)


def _consistent(db: sqlite3.Connection) -> None:
    """Done rows carry their report and exactly its findings; no other row has findings."""
    for r in db.execute("SELECT id, status, report, findings FROM pairs"):
        stored = db.execute("SELECT count(*) FROM findings WHERE pair_id = ?", (r["id"],)).fetchone()[0]
        if r["status"] == "done":
            assert len(json.loads(r["report"])["findings"]) == r["findings"] == stored
        else:
            assert r["report"] is None and stored == 0


def test_sigkill_mid_audit_loses_nothing_and_resume_finishes(tmp_path: Path) -> None:
    manifest = make_corpus(tmp_path)
    proc = _spawn(tmp_path, str(tmp_path / "log"), 0.4)
    db: sqlite3.Connection | None = None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if (tmp_path / "a.sqlite").exists():
            db = connect(tmp_path / "a.sqlite")
            try:
                if db.execute("SELECT count(*) FROM pairs WHERE status = 'done'").fetchone()[0] >= 2:
                    break
            except sqlite3.OperationalError:  # the schema is being created
                pass
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert db is not None
    statuses = dict(db.execute("SELECT status, count(*) FROM pairs GROUP BY status").fetchall())
    assert 2 <= statuses["done"] < 5, statuses
    _consistent(db)
    done_before = dict(db.execute("SELECT id, report FROM pairs WHERE status = 'done'").fetchall())
    summary = run_audit(
        read_manifest(manifest),
        tmp_path / "a.sqlite",
        embedder_factory=FakeFactory(),
        options=options(tmp_path, resume=True),
    )
    assert summary.skipped == len(done_before) and summary.store_done == 5 and summary.exit_code == 0
    _consistent(db)
    # finished pairs were kept as they were, not redone
    assert {k: v for k, v in db.execute("SELECT id, report FROM pairs") if k in done_before} == done_before


def test_two_concurrent_runs_share_the_work(tmp_path: Path) -> None:
    make_corpus(tmp_path)
    connect(tmp_path / "a.sqlite").close()
    procs = [_spawn(tmp_path, str(tmp_path / f"log{i}"), 0.2) for i in range(2)]
    outs = [p.communicate(timeout=120)[0].split() for p in procs]
    assert all(p.returncode == 0 for p in procs)
    db = connect(tmp_path / "a.sqlite")
    assert db.execute("SELECT count(*) FROM pairs WHERE status = 'done'").fetchone()[0] == 5
    _consistent(db)
    # every pair was done by exactly one of the runs
    assert sum(int(o[0]) for o in outs) == 5
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_process_workers(tmp_path: Path) -> None:
    sys.path.insert(0, str(TESTS))  # the spawned workers import FakeFactory from this module
    pairs = read_manifest(make_corpus(tmp_path))
    summary = run_audit(
        pairs, tmp_path / "a.sqlite", embedder_factory=FakeFactory(), options=options(tmp_path, workers=2)
    )
    assert (summary.done, summary.store_done, summary.failed) == (5, 5, 0)
    _consistent(connect(tmp_path / "a.sqlite"))


# -- the dashboard ------------------------------------------------------------------------------


def test_dashboard_escapes_hostile_ids_and_links_pair_reports(tmp_path: Path) -> None:
    make_corpus(tmp_path)
    hostile = '<script>alert("x")</script>'
    m = tmp_path / "m.jsonl"
    rows = [
        {"id": hostile, "source": "docs/budget.txt", "derived": "docs/budget.trimmed.txt"},
        {"id": "../../escape", "source": "docs/budget.txt", "derived": "docs/budget.figure.txt"},
        {"id": "<b>missing</b>", "source": "docs/budget.txt", "derived": "docs/<gone>.txt"},
    ]
    m.write_text("\n".join(json.dumps(r) for r in rows))
    run_audit(read_manifest(m), tmp_path / "a.sqlite", embedder_factory=FakeFactory(), options=options(tmp_path))
    from provenance.audit_dashboard import write_dashboard

    out = tmp_path / "report" / "summary.html"
    status = write_dashboard(tmp_path / "a.sqlite", out)
    assert (status["done"], status["failed"]) == (2, 1)
    page = out.read_text(encoding="utf-8")
    assert "<script" not in page and "<b>missing" not in page and "<gone>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    written = sorted(p.name for p in (tmp_path / "report" / "summary_files").iterdir())
    assert len(written) == 2
    assert all(
        p.resolve().parent == (tmp_path / "report" / "summary_files")
        for p in (tmp_path / "report").rglob("*.*")
        if p.name != "summary.html"
    )
    for name in written:
        assert f'href="summary_files/{name}"' in page
    assert "<svg" in page and "http" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    # the worst pair comes first among the finished ones: failed rows, then by severity
    assert page.index("&lt;b&gt;missing") < page.index("&lt;script&gt;")


# -- Ray --------------------------------------------------------------------------------------------


@pytest.mark.ray
def test_ray_engine_on_a_local_instance(tmp_path: Path) -> None:
    ray = pytest.importorskip("ray", reason="Ray is not installed (pip install ray==2.60.0)")
    pairs = read_manifest(make_corpus(tmp_path))
    ray.init(
        num_cpus=2,
        include_dashboard=False,
        object_store_memory=100 * 1024 * 1024,
        # the actors unpickle FakeFactory, so they must import this module too
        runtime_env={"env_vars": {"PYTHONPATH": os.pathsep.join([str(TESTS), *sys.path])}},
    )
    try:
        summary = run_audit(
            pairs,
            tmp_path / "a.sqlite",
            embedder_factory=FakeFactory(),
            options=options(tmp_path, engine="ray", workers=2),
        )
    finally:
        ray.shutdown()
    assert (summary.done, summary.failed, summary.store_done) == (5, 0, 5)
    db = connect(tmp_path / "a.sqlite")
    _consistent(db)
    local = run_audit(pairs, tmp_path / "b.sqlite", embedder_factory=FakeFactory(), options=options(tmp_path))
    assert local.findings_by_kind == summary.findings_by_kind


def test_ray_actor_body_takes_word_alignment_from_the_options(tmp_path: Path) -> None:
    # the actor's plain class, run here without Ray: the option must reach the span detector it builds
    from test_spans import BagOfWordsWithTokens  # the span tests' fake: one vector a word, with offsets

    from provenance.audit import load_pairs
    from provenance.audit_ray import AuditWorker

    sentence = "The aid convoy brought food, water, blankets and medicine to the town on Sunday.\n"
    (tmp_path / "src.txt").write_text(sentence, encoding="utf-8")
    (tmp_path / "der.txt").write_text(sentence.replace(" water,", ""), encoding="utf-8")
    # tagged as two languages, so the pair takes the word-alignment proposals (as in test_spans)
    spec = PairSpec("p", str(tmp_path / "src.txt"), str(tmp_path / "der.txt"), "xx", "en")

    def spans(word_alignment: bool) -> set[tuple[str, str | None]]:
        worker = AuditWorker(BagOfWordsWithTokens, options(tmp_path, word_alignment=word_alignment))
        [result] = worker.run(load_pairs([spec]))
        assert result.report is not None, result.error
        return {(f["kind"], f["source_span"]) for f in result.report["findings"]}

    assert ("partial_omission", "water") not in spans(False)
    assert ("partial_omission", "water") in spans(True)


class BrokenFactory:
    def __call__(self) -> FakeEmbedder:
        from provenance.embed import ModelError

        raise ModelError("cannot load model 'nowhere'")


def test_a_broken_model_stops_the_audit_and_releases_its_claims(tmp_path: Path) -> None:
    from provenance.embed import ModelError

    pairs = read_manifest(make_corpus(tmp_path))
    with pytest.raises(ModelError):
        run_audit(pairs, tmp_path / "a.sqlite", embedder_factory=BrokenFactory(), options=options(tmp_path))
    statuses = dict(connect(tmp_path / "a.sqlite").execute("SELECT status, count(*) FROM pairs GROUP BY status"))
    assert statuses == {"pending": 5}
