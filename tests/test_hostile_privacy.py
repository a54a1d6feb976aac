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


# ------------------------------------------------------------------------------------------ --no-text

MARK = "zqmark"
_THREADS = {"inbox", "archived_threads", "filtered_threads", "message_requests", "e2ee_cutover"}
_PLAYLIST_DIRS = {"playlists", "listas de reproducción", "oynatma listeleri", "listes de lecture"}


def _embedded_texts(path: Path) -> list[str]:
    """A report's text and the text of every compressed block it embeds (snapshot, item list)."""
    import base64
    import gzip
    import re

    raw = path.read_bytes()
    found = [raw.decode("utf-8", "replace")]
    for block in re.finditer(rb'<script[^>]*data-encoding="gzip\+base64"[^>]*>(.*?)</script>', raw, re.S):
        found.append(gzip.decompress(base64.b64decode(block.group(1))).decode("utf-8", "replace"))
    return found


def _plant_names(root: Path) -> int:
    """Rename, in every sample, each folder and file an export names after personal text (a
    correspondent, a playlist, an album, a Drive file, a map, a calendar, a group chat) to a marker.
    Returns how many were planted."""
    planted = 0
    for path in sorted(root.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        parent = path.parent.name
        new = None
        if path.is_dir() and parent in _THREADS and path.parent.parent.name == "messages":
            new = f"{MARK}thread{planted}_1234"
        elif path.is_file() and parent == "your_group_messages":
            new = f"{MARK}group{planted}{path.suffix}"
        elif path.is_file() and parent.casefold() in _PLAYLIST_DIRS and path.parent.parent.name.startswith(
                "YouTube") and path.stem.casefold() != parent.casefold():
            new = f"{MARK}playlist{planted} videos.csv"
        elif path.is_file() and parent == "videos" and path.parent.parent.name.startswith("YouTube") \
                and path.suffix != ".csv":
            new = f"{MARK}video{planted}{path.suffix}"
        elif path.is_dir() and parent == "Google Photos":
            new = f"{MARK}album{planted}"
        elif path.is_file() and any(p in ("Drive", "My Maps", "Calendar") for p in path.parts[-3:-1]):
            new = f"{MARK}own{planted}{path.suffix}"
        if new is not None:
            path.rename(path.with_name(new))
            planted += 1
    return planted


def _plant_linkedin_profile(folder: Path) -> None:
    import csv
    import io

    profile = folder / "Profile.csv"
    if not profile.is_file():
        return
    rows = list(csv.DictReader(io.StringIO(profile.read_text(encoding="utf-8-sig"))))
    for row in rows:
        for column, value in (("Headline", f"{MARK}headline"), ("Birth Date", f"{MARK}birth 1990"),
                              ("Geo Location", f"{MARK}place, France")):
            if column in row:
                row[column] = value
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    profile.write_text(out.getvalue(), encoding="utf-8")


def test_no_text_keeps_personal_text_out_of_report_and_snapshot(tmp_path):
    root = tmp_path / "samples"
    folders = []
    for platform in ("x", "linkedin", "facebook", "instagram", "google"):
        for sample in sorted((SAMPLES / platform).iterdir()):
            if sample.is_dir():
                dest = root / f"{platform}-{sample.name}"
                shutil.copytree(sample, dest)
                folders.append(dest)
                if platform == "linkedin":
                    _plant_linkedin_profile(dest)
    assert _plant_names(root) >= 20
    # What the exports name that is not a path (places, birth dates): taken from a run with text.
    with_text = runner.invoke(app, ["analyze", *map(str, folders), "--out", str(tmp_path / "text"),
                                    "--no-history", "-q"])
    assert with_text.exit_code == 0, with_text.output
    snap = json.loads((tmp_path / "text" / "snapshot.json").read_text(encoding="utf-8"))
    personal = {s[f] for s in snap["sources"] for f in ("region_hint", "birth_date") if len(s[f]) >= 6}
    assert any(MARK in p for p in personal) and len(personal) >= 6
    text_outputs = _embedded_texts(tmp_path / "text" / "report.html")
    assert any(f"{MARK}thread" in t for t in text_outputs)  # the planting reaches the outputs

    result = runner.invoke(app, ["analyze", *map(str, folders), "--out", str(tmp_path / "o"),
                                 "--no-text", "--no-history", "-q"])
    assert result.exit_code == 0, result.output
    outputs = [*_embedded_texts(tmp_path / "o" / "report.html"),
               (tmp_path / "o" / "snapshot.json").read_text(encoding="utf-8")]
    for text in outputs:
        assert MARK not in text, text[max(0, text.find(MARK) - 200):text.find(MARK) + 60]
        for value in personal:
            assert value not in text, value
        assert "search_query=" not in text and "linkedin.com/pulse/" not in text
    # The paths are still there, with the personal part hidden.
    assert "messages/inbox/[hidden " in outputs[-1]
    # The promise the report makes holds: values are not in snapshot.json.
    assert '"region_hint": ""' in outputs[-1] and '"birth_date": ""' in outputs[-1]

