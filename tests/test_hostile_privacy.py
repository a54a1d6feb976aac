"""Hostile input meets the user's own screen and files: what the terminal shows (no escape sequences
from archives), what --no-text keeps out of the outputs, and careless use (odd settings files, full
disks, outputs over inputs)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import SAMPLES
from typer.testing import CliRunner

from ai_exposure.cli import app, terminal_safe

runner = CliRunner()

# What a terminal acts on: OSC (set the title), CSI (colours, clear screen), BEL, carriage return
# (overwrite the line), C1 CSI, a right-to-left override.
HOSTILE = "evil\x1b]0;pwned\x07\x1b[31m\x1b[2J\r\x9b1m\u202eboom"
RAW = ("\x1b", "\x07", "\r", "\x9b", "\u202e")


def assert_clean(text: str) -> None:
    for raw in RAW:
        assert raw not in text, repr(raw)


def test_terminal_safe_shows_every_control_as_a_visible_escape():
    assert terminal_safe(HOSTILE) == "evil?]0;pwned??[31m?[2J??1m?boom"
    assert terminal_safe("a\nb") == "a\nb"
    assert terminal_safe("a\nb", lines=False) == "a?b"
    assert terminal_safe("Zoë Lefèvre — 東京") == "Zoë Lefèvre — 東京"


def _hostile_x(tmp_path: Path) -> Path:
    export = tmp_path / "x-export"
    shutil.copytree(SAMPLES / "x" / "2026", export)
    account = export / "data" / "account.js"
    account.write_text(account.read_text(encoding="utf-8").replace("sample_heron", HOSTILE),
                       encoding="utf-8")
    return export


def test_analyze_history_and_compare_print_no_raw_controls(tmp_path):
    export = _hostile_x(tmp_path)
    history = tmp_path / "history.sqlite"
    outputs = []
    for run in ("one", "two"):
        result = runner.invoke(app, ["analyze", str(export), "--out", str(tmp_path / run),
                                     "--history", str(history)])
        assert result.exit_code == 0, result.output
        assert "evil" in result.output  # the account is shown, made safe
        outputs.append(result.output)
    listed = runner.invoke(app, ["history", "--history", str(history)])
    assert listed.exit_code == 0 and "evil" in listed.output
    as_json = runner.invoke(app, ["history", "--history", str(history), "--json"])
    # Still the same data, escaped as JSON.
    assert json.loads(as_json.output)[0]["accounts"][0]["account"] == "@" + HOSTILE
    compared = runner.invoke(app, ["compare", str(tmp_path / "one"), str(tmp_path / "two"),
                                   "--history", str(history)])
    assert compared.exit_code == 0, compared.output
    compared_json = runner.invoke(app, ["compare", str(tmp_path / "one"), str(tmp_path / "two"),
                                        "--history", str(history), "--json"])
    assert json.loads(compared_json.output)
    for text in [*outputs, listed.output, as_json.output, compared.output, compared_json.output]:
        assert_clean(text)


def test_doctored_snapshot_platform_and_file_name_reach_the_terminal_escaped(tmp_path):
    export = _hostile_x(tmp_path)
    result = runner.invoke(app, ["analyze", str(export), "--out", str(tmp_path / "o"), "--no-history",
                                 "-q"])
    assert result.exit_code == 0, result.output
    snap = json.loads((tmp_path / "o" / "snapshot.json").read_text(encoding="utf-8"))
    for entry in [*snap["sources"], *snap["items"]]:
        entry["platform"] = "x" + HOSTILE
    doctored = tmp_path / ("doctored" + HOSTILE.replace("/", "") + ".json")
    doctored.write_text(json.dumps(snap), encoding="utf-8")
    compared = runner.invoke(app, ["compare", str(tmp_path / "o" / "snapshot.json"), str(doctored),
                                   "--history", str(tmp_path / "h.sqlite")])
    assert_clean(compared.output)
    missing = runner.invoke(app, ["compare", str(tmp_path / ("gone" + HOSTILE)), str(doctored)])
    assert missing.exit_code == 2
    assert_clean(missing.output)
    assert len(missing.stderr.strip().splitlines()) == 1
