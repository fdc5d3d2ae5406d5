"""`provenance audit` and `provenance audit-report` from the command line."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli import app

runner = CliRunner()


def _corpus(tmp: Path) -> None:
    (tmp / "missing.csv").write_text("source,derived,id\nnowhere.txt,also-nowhere.txt,gone\n")
    (tmp / "bin.dat").write_bytes(b"\x00\xff" * 64)
    (tmp / "text.txt").write_text("A sentence about the weather. Another one about the harbour.\n")
    (tmp / "bad.csv").write_text("source,derived\nbin.dat,text.txt\nnowhere.txt,text.txt\n")


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    _corpus(tmp_path)
    assert runner.invoke(app, ["audit"]).exit_code == 2
    both = runner.invoke(app, ["audit", str(tmp_path / "bad.csv"), "--pairs-dir", str(tmp_path)])
    assert both.exit_code == 2
    assert runner.invoke(app, ["audit", "--source", str(tmp_path / "text.txt")]).exit_code == 2
    absent = runner.invoke(app, ["audit", str(tmp_path / "absent.csv"), "--store", str(tmp_path / "s.sqlite")])
    assert absent.exit_code == 2 and "no such manifest" in absent.output
    assert runner.invoke(app, ["audit", str(tmp_path / "bad.csv"), "--engine", "spark"]).exit_code == 2


def test_failed_pairs_exit_1_and_are_summarised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # no model anywhere: every pair fails on reading, so the model is never needed
    monkeypatch.setenv("PROVENANCE_HOME", str(tmp_path / "home"))
    _corpus(tmp_path)
    store = tmp_path / "s.sqlite"
    result = runner.invoke(app, ["audit", str(tmp_path / "bad.csv"), "--store", str(store), "--json", "--no-progress"])
    assert result.exit_code == 1, result.output
    summary = json.loads(result.stdout)
    assert (summary["pairs"], summary["failed"], summary["done"]) == (2, 2, 0)
    errors = {f["id"]: f["error"] for f in summary["failures"]}
    assert "binary" in errors["text.txt~bin.dat"] and "no such file" in errors["text.txt~nowhere.txt"]
    db = sqlite3.connect(store)
    assert db.execute("SELECT count(*) FROM pairs WHERE status = 'failed'").fetchone()[0] == 2

    report = runner.invoke(app, ["audit-report", str(store), "--html", str(tmp_path / "out" / "summary.html")])
    assert report.exit_code == 0, report.output
    page = (tmp_path / "out" / "summary.html").read_text()
    assert "2</b> failed" in page and "binary file" in page
    table = runner.invoke(app, ["audit-report", str(store)])
    assert table.exit_code == 0 and "failed" in table.stdout
    assert runner.invoke(app, ["audit-report", str(tmp_path / "nope.sqlite")]).exit_code == 2


def test_help_lists_audit_without_loading_it() -> None:
    code = (
        "import sys, provenance.cli; "
        "assert not any(m.startswith(('provenance.audit', 'numpy', 'ray')) for m in sys.modules), sorted(sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    out = runner.invoke(app, ["--help"]).output
    assert "audit" in out and "audit-report" in out


@pytest.mark.model
def test_audit_with_the_model(tmp_path: Path, embedder: object) -> None:
    src = tmp_path / "src.txt"
    src.write_text(
        "The city council approved a budget of 12 million euros on Tuesday.\n"
        "The mayor said the money would pay for three new schools.\n"
        "Construction is expected to begin in the spring.\n"
    )
    (tmp_path / "copies").mkdir()
    (tmp_path / "copies" / "de.txt").write_text(
        "Der Stadtrat hat am Dienstag einen Haushalt von 21 Millionen Euro beschlossen.\n"
        "Der Bürgermeister sagte, das Geld werde für drei neue Schulen verwendet.\n"
    )
    (tmp_path / "copies" / "same.txt").write_text(src.read_text())
    store = tmp_path / "s.sqlite"
    args = ["audit", "--source", str(src), "--derived-dir", str(tmp_path / "copies"), "--store", str(store)]
    result = runner.invoke(app, [*args, "--cache", str(tmp_path / "cache"), "--json", "--no-progress"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["done"] == 2 and summary["texts_encoded"] > 0
    kinds = dict(
        sqlite3.connect(store).execute("SELECT kind, count(*) FROM findings WHERE pair_id = 'de.txt' GROUP BY kind")
    )
    assert kinds.get("omission", 0) >= 1  # the third sentence is gone
    again = runner.invoke(app, [*args, "--cache", str(tmp_path / "cache"), "--json", "--no-progress"])
    assert json.loads(again.stdout)["texts_encoded"] == 0


def test_missing_model_exits_3_and_leaves_pairs_pending(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROVENANCE_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("PROVENANCE_MODEL", raising=False)
    _corpus(tmp_path)
    (tmp_path / "copy.txt").write_text("A sentence about the weather. Another one about the port.\n")
    store = tmp_path / "s.sqlite"
    result = runner.invoke(
        app, ["audit", "--source", str(tmp_path / "text.txt"), "--derived-dir", str(tmp_path), "--store", str(store)]
    )
    assert result.exit_code == 3, result.output
    statuses = {r[0] for r in sqlite3.connect(store).execute("SELECT status FROM pairs")}
    assert "running" not in statuses and "done" not in statuses


def _word_alignment_findings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *flags: str) -> set[tuple[str, str]]:
    """(kind, source span) of an audit of one pair tagged as two languages, with a fake token embedder."""
    from test_spans import BagOfWordsWithTokens  # the span tests' fake: one vector a word, with offsets

    import provenance.audit

    monkeypatch.setattr(provenance.audit, "ModelFactory", lambda model: BagOfWordsWithTokens)
    src = tmp_path / "src.txt"
    src.write_text("The aid convoy brought food, water, blankets and medicine to the town on Sunday.\n")
    (tmp_path / "copies").mkdir(exist_ok=True)
    (tmp_path / "copies" / "en.txt").write_text(src.read_text().replace(" water,", ""))
    store = tmp_path / f"s{len(flags)}.sqlite"
    args = ["audit", "--source", str(src), "--derived-dir", str(tmp_path / "copies"), "--store", str(store)]
    # tagged as two languages, so the pair takes the word-alignment proposals (as in test_spans), not the diff
    args += ["--source-lang", "xx", "--derived-lang", "en", "--any-language", "--cache", str(tmp_path / "cache")]
    result = runner.invoke(app, [*args, "--json", "--no-progress", *flags])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["done"] == 1
    return set(sqlite3.connect(store).execute("SELECT kind, source_span FROM findings"))


def test_audit_word_alignment_is_opt_in_and_reaches_the_span_detector(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # as `diff --word-alignment`: through the disk cache and the chunk's pooled vectors to the detector
    assert ("partial_omission", "water") not in _word_alignment_findings(tmp_path, monkeypatch)
    assert ("partial_omission", "water") in _word_alignment_findings(tmp_path, monkeypatch, "--word-alignment")
