"""Hostile input meets the user's own screen and files: what the terminal shows (no escape sequences
from archives), what --no-text keeps out of the outputs, and careless use (odd settings files, full
disks, outputs over inputs)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
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


@pytest.mark.slow
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
    # Other people named in evidence: the owner of the media an Instagram comment is on.
    others = {m for t in text_outputs for m in re.findall(r"comment on @([\w.]+)'s media", t)}
    assert others

    result = runner.invoke(app, ["analyze", *map(str, folders), "--out", str(tmp_path / "o"),
                                 "--no-text", "--no-history", "-q"])
    assert result.exit_code == 0, result.output
    outputs = [*_embedded_texts(tmp_path / "o" / "report.html"),
               (tmp_path / "o" / "snapshot.json").read_text(encoding="utf-8")]
    for text in outputs:
        assert MARK not in text, text[max(0, text.find(MARK) - 200):text.find(MARK) + 60]
        for value in personal:
            assert value not in text, value
        for name in others:
            assert f"@{name}'" not in text, name
        assert "search_query=" not in text and "linkedin.com/pulse/" not in text
    # The paths are still there, with the personal part hidden.
    assert "messages/inbox/[hidden " in outputs[-1]
    # The promise the report makes holds: values are not in snapshot.json.
    assert '"region_hint": ""' in outputs[-1] and '"birth_date": ""' in outputs[-1]


# ------------------------------------------------------------------------------------------ careless use

def _x_export(tmp_path: Path) -> Path:
    export = tmp_path / "x-export"
    shutil.copytree(SAMPLES / "x" / "2026", export)
    return export


def test_settings_file_in_utf16_is_read_with_a_bom_and_one_line_without(tmp_path):
    from ai_exposure.settings import SettingsError, load_file

    text = 'region = "uk"\nbirth_year = 1990\n'
    for encoding in ("utf-16", "utf-8-sig", "utf-32"):  # each writes its byte-order mark
        path = tmp_path / f"settings-{encoding}.toml"
        path.write_bytes(text.encode(encoding))
        loaded = load_file(path)
        assert (loaded.region, loaded.birth_year) == ("uk", 1990)
    for encoding in ("utf-16-le", "cp1252"):
        path = tmp_path / f"bad-{encoding}.toml"
        path.write_bytes('region = "uk"  # Zoë\n'.encode(encoding))
        try:
            load_file(path)
        except SettingsError as exc:
            assert str(path) in str(exc) and "\n" not in str(exc)
        else:
            raise AssertionError(f"{encoding} was read")
    result = runner.invoke(app, ["analyze", str(_x_export(tmp_path)), "--out", str(tmp_path / "o"),
                                 "--settings", str(tmp_path / "bad-cp1252.toml")])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "bad-cp1252.toml" in result.stderr
    assert "Traceback" not in result.output


def test_saved_settings_are_private(tmp_path, monkeypatch):
    import os
    import stat

    monkeypatch.setattr(os, "umask", os.umask)  # restored by monkeypatch
    old = os.umask(0o022)
    try:
        target = tmp_path / "conf" / "settings.toml"
        result = runner.invoke(app, ["analyze", str(_x_export(tmp_path)), "--out", str(tmp_path / "o"),
                                     "--settings", str(target), "--save-settings", "--region", "uk",
                                     "--birth-year", "1990", "--no-history", "-q"])
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert 'region = "uk"' in target.read_text(encoding="utf-8")
    assert [p.name for p in target.parent.iterdir()] == ["settings.toml"]


def test_full_disk_is_one_line_and_keeps_the_earlier_outputs(tmp_path, monkeypatch):
    import errno

    from ai_exposure import snapshot

    export, out = _x_export(tmp_path), tmp_path / "o"
    first = runner.invoke(app, ["analyze", str(export), "--out", str(out), "--no-history", "-q"])
    assert first.exit_code == 0, first.output
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    real_iter = snapshot.iter_json

    def full_after_a_while(*args, **kwargs):
        # The disk fills up while snapshot.json is written: the writer's file raises ENOSPC.
        written = 0
        for chunk in real_iter(*args, **kwargs):
            written += len(chunk)
            if written > 1000:
                raise OSError(errno.ENOSPC, "No space left on device")
            yield chunk

    monkeypatch.setattr(snapshot, "iter_json", full_after_a_while)
    second = runner.invoke(app, ["analyze", str(export), "--out", str(out), "--no-history", "-q"])
    assert second.exit_code == 1
    line = second.stderr.strip()
    assert "\n" not in line and "No space left on device" in line and "Traceback" not in second.output
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # the pair, unchanged, nothing else


def test_compare_refuses_to_write_over_one_of_its_inputs(tmp_path):
    export = _x_export(tmp_path)
    for run in ("a", "b"):
        assert runner.invoke(app, ["analyze", str(export), "--out", str(tmp_path / run),
                                   "--no-history", "-q"]).exit_code == 0
    a_report, b_snap = tmp_path / "a" / "report.html", tmp_path / "b" / "snapshot.json"
    kept = a_report.read_bytes(), b_snap.read_bytes()
    history = ["--history", str(tmp_path / "h.sqlite")]
    for target in (a_report, b_snap, tmp_path / "b" / ".." / "a" / "report.html"):
        result = runner.invoke(app, ["compare", str(a_report), str(b_snap), "-o", str(target), *history])
        assert result.exit_code == 2, result.output
        assert len(result.stderr.strip().splitlines()) == 1 and "input" in result.stderr
    # A folder given as input: its report inside is an input too.
    (tmp_path / "a" / "compare.html").symlink_to(a_report)
    result = runner.invoke(app, ["compare", str(tmp_path / "a"), str(b_snap), "-o", str(tmp_path / "a"),
                                 *history])
    assert result.exit_code == 2, result.output
    assert (a_report.read_bytes(), b_snap.read_bytes()) == kept
    fine = runner.invoke(app, ["compare", str(a_report), str(b_snap), "-o", str(tmp_path / "c.html"),
                               *history])
    assert fine.exit_code == 0, fine.output


def test_unreadable_subfolder_is_a_problem(tmp_path, monkeypatch):
    import os

    from ai_exposure import archive

    export = _x_export(tmp_path)
    (export / "data" / "locked").mkdir()
    (export / "data" / "locked" / "secret.js").write_text("x", encoding="utf-8")
    real_walk = os.walk

    def walk(top, *args, onerror=None, **kwargs):
        # Permissions do not stop root (CI runs as root): the listing error is made here instead.
        for dirpath, dirnames, filenames in real_walk(top, *args, **kwargs):
            if "locked" in dirnames:
                dirnames.remove("locked")
                onerror(PermissionError(13, "Permission denied", os.path.join(dirpath, "locked")))
            yield dirpath, dirnames, filenames

    monkeypatch.setattr(archive.os, "walk", walk)
    result = runner.invoke(app, ["analyze", str(export), "--out", str(tmp_path / "o"), "--no-history",
                                 "-q"])
    assert result.exit_code == 0, result.output
    snap = json.loads((tmp_path / "o" / "snapshot.json").read_text(encoding="utf-8"))
    found = [p for s in snap["sources"] for p in s["problems"] if p["file"] == "data/locked"]
    assert found and "Permission denied" in found[0]["reason"], snap["sources"][0]["problems"]


def test_archive_of_encrypted_members_says_so(tmp_path):
    import subprocess

    export = _x_export(tmp_path)
    archive = tmp_path / "x-encrypted.zip"
    if shutil.which("zip") is not None:
        subprocess.run(["zip", "-q", "-r", "-e", "-P", "secret", str(archive), "."], cwd=export, check=True)
    else:  # mark every member encrypted by hand: the flag is all the reader looks at first
        import zipfile

        with zipfile.ZipFile(archive, "w") as z:
            for f in sorted(export.rglob("*")):
                if f.is_file():
                    z.write(f, f.relative_to(export).as_posix())
        raw = bytearray(archive.read_bytes())
        for sig, at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            i = raw.find(sig)
            while i >= 0:
                raw[i + at] |= 0x1
                i = raw.find(sig, i + 4)
        archive.write_bytes(bytes(raw))
    result = runner.invoke(app, ["analyze", str(archive), "--out", str(tmp_path / "o"), "--no-history"])
    assert result.exit_code == 2
    line = result.stderr.strip()
    assert "\n" not in line and "encrypted" in line and "internal error" not in line


def test_out_inside_the_input_folder_is_not_read_as_the_export(tmp_path):
    export = _x_export(tmp_path)
    for _ in range(2):  # the second run finds the first one's report, snapshot and any leftovers
        (export / "report").mkdir(exist_ok=True)
        (export / "report" / ".items-leftover.sqlite").write_bytes(b"")
        result = runner.invoke(app, ["analyze", str(export), "--out", str(export / "report"),
                                     "--no-history", "-q"])
        assert result.exit_code == 0, result.output
        snap = json.loads((export / "report" / "snapshot.json").read_text(encoding="utf-8"))
        listed = [f for s in snap["sources"] for files in s["files"].values() for f in files]
        assert not [f for f in listed if f.startswith("report/")], listed
        assert snap["sources"][0]["file_counts"]["unknown"] == 0


# ------------------------------------------------------------------------------------------ policy sources

# Who publishes each source: the platform itself, a regulator, or a named news outlet. A new source
# from anywhere else (a blog, a law firm's summary, a forum, a mirror) fails here on purpose.
SOURCE_PUBLISHERS = {
    "www.linkedin.com": "platform", "about.fb.com": "platform", "support.google.com": "platform",
    "www.dataprotection.ie": "regulator (Irish DPC)", "pcpd.org.hk": "regulator (Hong Kong PCPD)",
    "cyberinsider.com": "news (CyberInsider)", "www.fastcompany.com": "news (Fast Company)",
    "www.thurrott.com": "news (Thurrott)", "www.boomlive.in": "news (BOOM)",
    "www.techdigest.tv": "news (Tech Digest)", "en.protothema.gr": "news (Proto Thema)",
    "www.theregister.co.uk": "news (The Register)", "innovationaus.com": "news (InnovationAus)",
    "www.theage.com.au": "news (The Age)", "nairametrics.com": "news (Nairametrics)",
    "thequint.com": "news (The Quint)", "onmsft.com": "news (OnMSFT)", "9to5mac.com": "news (9to5Mac)",
    "hothardware.com": "news (HotHardware)", "irishcentral.com": "news (IrishCentral)",
    "www.techradar.com": "news (TechRadar)", "indianexpress.com": "news (The Indian Express)",
    "www.androidpolice.com": "news (Android Police)", "www.cnbc.com": "news (CNBC)",
    "9to5google.com": "news (9to5Google)", "news.az": "news (News.Az)",
    "digitalmarketreports.com": "news (DMR News)",
    "www.thehansindia.com": "news (The Hans India)", "www.livemint.com": "news (Mint)",
    # The platforms' own legal texts as Open Terms Archive recorded them, one commit per version (only
    # that organisation's repositories: see the test).
    "github.com": "archive of the platform's own texts (Open Terms Archive)",
    "support.reddithelp.com": "platform", "www.neowin.net": "news (Neowin)",
    "techcrunch.com": "news (TechCrunch)",
}


def test_policy_sources_are_https_links_to_a_platform_a_regulator_or_a_news_outlet():
    from urllib.parse import urlsplit

    from ai_exposure import policy

    kb = policy.load()
    assert kb.sources
    for sid, source in kb.sources.items():
        url = urlsplit(source.url)
        assert url.scheme == "https", (sid, source.url)
        assert url.hostname in SOURCE_PUBLISHERS, (sid, source.url)
        if url.hostname == "github.com":
            assert url.path.startswith("/OpenTermsArchive/") and "/blob/" in url.path, (sid, source.url)
            assert source.tier == "official", sid


def test_full_disk_in_the_item_store_is_one_line_too(tmp_path, monkeypatch):
    import sqlite3

    from ai_exposure import store

    export, out = _x_export(tmp_path), tmp_path / "o"
    first = runner.invoke(app, ["analyze", str(export), "--out", str(out), "--no-history", "-q"])
    assert first.exit_code == 0, first.output
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store.ItemStore, "flush", full)
    result = runner.invoke(app, ["analyze", str(export), "--out", str(out), "--no-history", "-q"])
    assert result.exit_code == 1
    assert "disk is full" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    # The pair is kept as it was (a store that could not even be closed is cleaned up by a later run).
    assert {n: (out / n).read_bytes() for n in before} == before
    assert not list(out.glob("*.partial"))
