"""The command line as a user meets it: help, exit codes, exact messages, and the installed package."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ai_exposure.cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def test_help_is_quick_and_clean_in_a_subprocess():
    done = subprocess.run([sys.executable, "-m", "ai_exposure.cli", "--help"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert "analyze" in done.stdout
    done = subprocess.run([sys.executable, "-m", "ai_exposure.cli", "analyze", "--help"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    for option in ("--out", "--no-text", "--open", "--quiet"):
        assert option in done.stdout


def test_non_archive_path_exits_2_with_one_line(tmp_path):
    not_an_archive = tmp_path / "notes.txt"
    not_an_archive.write_text("hello")
    result = runner.invoke(app, ["analyze", str(not_an_archive), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"Error: {not_an_archive}: not an export archive "
        "(expected a .zip, .tar.gz/.tgz or an extracted folder)"
    )
    assert "Traceback" not in result.output


def test_missing_path_exits_2(tmp_path):
    result = runner.invoke(app, ["analyze", str(tmp_path / "nope.zip"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"Error: {tmp_path / 'nope.zip'}: no such file or folder"


def test_folder_without_an_export_names_what_was_expected(tmp_path):
    (tmp_path / "holiday").mkdir()
    (tmp_path / "holiday" / "beach.jpg").write_bytes(b"\xff\xd8\xff")
    result = runner.invoke(app, ["analyze", str(tmp_path / "holiday"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    line = result.stderr.strip()
    assert line.startswith(f"Error: {tmp_path / 'holiday'}: not a known data export")
    assert "\n" not in line
    # What was looked for, in words a person knows from their downloads; never a detection pattern.
    assert "a LinkedIn export" in line and "Profile.csv, Connections.csv" in line and "Shares.csv" in line
    assert "an X (Twitter) archive: data/tweets.js" in line
    assert "a Google Takeout: a Takeout/ folder" in line
    assert "an Instagram download" in line and "a Facebook download" in line
    expected = line.split("Expected one of: ", 1)[1]
    for regex_syntax in ("(?", "\\", ".+", "[^", "d{", "?:", "(?<="):
        assert regex_syntax not in expected, regex_syntax


def test_every_platform_says_in_words_what_its_export_looks_like():
    from ai_exposure.parsers import REGISTRY

    for spec in REGISTRY.values():
        assert spec.expects, spec.platform
        assert not any(ch in spec.expects for ch in "\\^$[]{}|"), spec.expects


@pytest.mark.slow
def test_wheel_contains_parsers_and_templates(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    wheel = next(tmp_path.glob("ai_exposure-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "ai_exposure/parsers/__init__.py" in names
    assert "ai_exposure/report_templates/report.html.j2" in names
    assert "ai_exposure/report_templates/report.css" in names
    assert "ai_exposure/cli.py" in names
    for module in (ROOT / "parsers").glob("*.py"):
        assert f"ai_exposure/parsers/{module.name}" in names


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_terminal_summary_speaks_the_reports_language(tmp_path, lang):
    sample = ROOT / "samples" / "x" / "2024"
    missing = tmp_path / "not-there"
    result = runner.invoke(app, ["analyze", str(sample), str(missing), "--out", str(tmp_path / "out"),
                                 "--no-history", "--lang", lang])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    if lang == "en":
        assert " public, " in lines[0] and "possibly eligible for AI training" in lines[0]
        assert lines[-2] == f"Report: {tmp_path / 'out' / 'report.html'}"
        assert result.stderr.strip() == f"Skipped: {missing}: no such file or folder"
        assert any(line.startswith("X (Twitter) archive @") and "; 1 problem(s)" in line for line in lines)
    else:
        assert " openbaar, " in lines[0] and "mogelijk in aanmerking voor AI-training" in lines[0]
        assert lines[-2] == f"Rapport: {tmp_path / 'out' / 'report.html'}"
        assert result.stderr.strip() == f"Overgeslagen: {missing}: bestand of map bestaat niet"
        assert any(line.startswith("X-archief (Twitter) @") and "; problemen: 1" in line for line in lines)
