"""The real downloads that their owners published (../shared/real/, see its README): read in place,
never copied. What any real download must satisfy: exit 0 and no traceback, every file of the archive
accounted for (read, known or listed as unknown), and the same counts in the report, snapshot.json and
each source's summary. Skipped cleanly where ../shared/real/ is absent (a fresh clone without it)."""

from __future__ import annotations

import json
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from conftest import SHARED
from typer.testing import CliRunner

from ai_exposure.cli import app
from ai_exposure.model import CONNECTION_KINDS, CONTENT_KINDS

REAL = SHARED / "real"
# Platforms a download's name starts with, for those ai-exposure reads today.
READ = ("x-", "linkedin-", "instagram-", "facebook-", "takeout-", "reddit-", "tiktok-", "threads-",
        "mastodon-")


def _archives(read: bool) -> list[Path]:
    if not REAL.is_dir():
        return []
    return sorted(p for p in REAL.glob("*.zip") if p.name.startswith(READ) == read)


def _ids(paths: list[Path]) -> list[str]:
    return [p.stem for p in paths]


@pytest.fixture
def real():
    if not REAL.is_dir():
        pytest.skip("../shared/real is not present in this checkout")
    return REAL


def _analyse(zip_path: Path, out: Path):
    return CliRunner().invoke(app, ["analyze", str(zip_path), "--out", str(out), "--no-history",
                                    "--quiet", "--lang", "en"])


READABLE = _archives(read=True)


@pytest.mark.parametrize("zip_path", READABLE, ids=_ids(READABLE))
def test_a_real_download_is_read_whole_and_counted_the_same_everywhere(real, zip_path, tmp_path):
    out = tmp_path / "out"
    result = _analyse(zip_path, out)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    snap = json.loads((out / "snapshot.json").read_text(encoding="utf-8"))
    assert snap["unusable_inputs"] == []
    # Every file in the archive is in one source's list: read, known, or not recognised.
    with zipfile.ZipFile(zip_path) as zf:
        members = sorted(i.filename for i in zf.infolist() if not i.is_dir())
    listed = Counter()
    for source in snap["sources"]:
        for status, paths in source["files"].items():
            assert len(paths) == source["file_counts"][status]
            listed.update(p.split(":", 1)[-1].lstrip("/") for p in paths)
    assert sum(listed.values()) == len(members)
    # What each source says it holds is what snapshot.json lists for it.
    items = snap["items"]
    for source in snap["sources"]:
        assert source["item_count"] == sum(1 for i in items if i["source"] == source["id"])
    assert len({(i["source"], i["key"]) for i in items}) == len(items)
    # The report's headline counts the same items.
    content = [i for i in items if i["kind"] in CONTENT_KINDS]
    html = (out / "report.html").read_text(encoding="utf-8")
    if items:
        assert (f"Of the {len(content):,} things you posted and wrote" if len(content) != 1
                else "Of the one thing you posted and wrote") in html
        connections = sum(1 for i in items if i["kind"] in CONNECTION_KINDS)
        assert (f"Connection lists: {connections:,} entries" in html) == (connections > 0)
    # Unknown is never counted as public, and every item says what decided it.
    assert all(i["evidence"] and i["confidence"] in ("high", "medium", "low") for i in items)


NOT_YET = _archives(read=False)


@pytest.mark.parametrize("zip_path", NOT_YET or [None], ids=_ids(NOT_YET) or ["pinterest-made-up"])
def test_a_download_of_a_platform_not_read_yet_is_one_clear_line(real, zip_path, tmp_path):
    if zip_path is None:
        # Every shared real download is read today: a download of a platform not read yet (the shape
        # of Pinterest's HTML download, more-platforms.md §6) stands in for one.
        zip_path = tmp_path / "pinterest.zip"
        with zipfile.ZipFile(zip_path, "w") as zf:
            zf.writestr("pins.html", "<h1>Pins</h1><a href=\"https://www.pinterest.com/pin/1/\">a</a>"
                                     "<br>Private: False")
    result = _analyse(zip_path, tmp_path / "out")
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    line = result.stderr.strip()
    assert "\n" not in line and line.startswith("Error: ") and "not a known data export" in line
