"""The command line as a user meets it: help, exit codes, clear errors on bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli import EXIT_INPUT, app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def test_help_lists_commands_and_exit_codes() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for word in ("diff", "align", "segment", "Exit codes"):
        assert word in result.output


def test_help_does_not_import_heavy_libraries() -> None:
    # --help must answer at once: neither torch nor sentence-transformers nor numpy may load
    code = (
        "import sys; from provenance.cli import app\n"
        "try:\n    app(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('torch', 'sentence_transformers', 'numpy') if m in sys.modules]\n"
        "print('HEAVY', heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "HEAVY []" in out


def _diff(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["diff", *args])
    return result.exit_code, result.output


def test_missing_path(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One sentence here.")
    code, out = _diff(str(tmp_path / "a.txt"), str(tmp_path / "missing.txt"))
    assert code == EXIT_INPUT
    assert "no such file" in out and "Traceback" not in out


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"\x00\x01\x02\x03binary\x00" * 50, "binary")],
)
def test_bad_input_files(tmp_path: Path, content: bytes, message: str) -> None:
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text("A perfectly ordinary sentence.")
    bad.write_bytes(content)
    code, out = _diff(str(good), str(bad))
    assert code == EXIT_INPUT
    assert message in out and "Traceback" not in out


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("Sentence. " * 100)
    code, out = _diff(str(a), str(a), "--max-bytes", "50")
    assert code == EXIT_INPUT and "limit" in out


def test_unknown_fail_on_kind(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("Sentence one.")
    code, out = _diff(str(a), str(a), "--fail-on", "typo")
    assert code == EXIT_INPUT and "unknown kind" in out


def test_missing_model_is_one_clear_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROVENANCE_HOME", str(tmp_path / "nowhere"))
    a = tmp_path / "a.txt"
    a.write_text("The council approved the budget on Monday.")
    code, out = _diff(str(a), str(a))
    assert code == 3
    assert "make model" in out and "Traceback" not in out


@pytest.mark.model
def test_identical_files_have_no_findings(embedder, tmp_path: Path) -> None:
    text = (ROOT / "samples" / "en-vi-palu-quake" / "source.txt").read_text(encoding="utf-8")
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(text, encoding="utf-8")
    b.write_text(text, encoding="utf-8")
    code, out = _diff(str(a), str(b), "--json")
    assert code == 0
    report = json.loads(out)
    assert report["findings"] == []
    assert all(len(r["source"]) == 1 and r["source"] == r["derived"] for r in report["alignment"])


@pytest.mark.model
def test_prefix_reports_the_missing_tail_as_omissions(embedder, tmp_path: Path) -> None:
    text = (ROOT / "samples" / "en-vi-palu-quake" / "source.txt").read_text(encoding="utf-8")
    paragraphs = text.strip().split("\n\n")
    a, b = tmp_path / "full.txt", tmp_path / "prefix.txt"
    a.write_text(text, encoding="utf-8")
    b.write_text("\n\n".join(paragraphs[:4]) + "\n", encoding="utf-8")
    code, out = _diff(str(a), str(b), "--json")
    assert code == 0
    report = json.loads(out)
    n_prefix = report["derived"]["sentences"]
    omitted = {i for f in report["findings"] if f["kind"] == "omission" for i in f["source"]}
    tail = set(range(len(n_prefix), len(report["source"]["sentences"])))
    assert omitted == tail
    assert not [f for f in report["findings"] if f["kind"] == "addition"]
