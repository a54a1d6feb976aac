"""The quick-start job end to end: the bundled samples, zipped as users download them, through the
CLI, giving a report, a snapshot and a summary that covers every platform."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
from conftest import SAMPLES, run, tgz_tree, zip_tree
from typer.testing import CliRunner

from ai_exposure.cli import app

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "samples"))
import build  # noqa: E402  (samples/build.py, the script the quick start runs)

# The one file in each sample that is there on purpose to be reported as not recognised.
DELIBERATE_UNKNOWN = {"x", "linkedin", "google", "instagram"}


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("quickstart")
    downloads = base / "downloads"
    made = build.build(downloads)
    out = base / "report"
    result = CliRunner().invoke(app, ["analyze", str(downloads), "--out", str(out), "--no-history",
                                      "--lang", "en"])
    return made, out, result


def test_quick_start_writes_report_and_snapshot(sample_run):
    made, out, result = sample_run
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert (out / "report.html").stat().st_size > 0
    snap = json.loads((out / "snapshot.json").read_text(encoding="utf-8"))
    platforms = {s["platform"] for s in snap["sources"]}
    assert platforms == {"x", "linkedin", "facebook", "instagram", "google", "reddit", "tiktok", "threads",
                         "mastodon", "bluesky"}
    item_platforms = {i["platform"] for i in snap["items"]}
    assert {"x", "linkedin", "facebook", "instagram", "threads", "youtube", "google", "reddit", "tiktok",
            "mastodon", "bluesky"} <= item_platforms
    # Every archive that was built is accounted for in some source.
    archives = {a for s in snap["sources"] for a in s["archives"]}
    assert archives == {p.name for p in made}


def test_summary_names_every_platform_and_the_report(sample_run):
    _, out, result = sample_run
    for name in ("X (Twitter)", "LinkedIn", "Facebook", "Instagram", "Threads", "YouTube", "Google", "Reddit",
                 "TikTok", "Mastodon", "Bluesky"):
        assert name in result.stdout
    assert f"Report: {out / 'report.html'}" in result.stdout


def test_every_sample_file_is_read_or_known_but_the_deliberate_unknowns(sample_run):
    _, out, _ = sample_run
    snap = json.loads((out / "snapshot.json").read_text(encoding="utf-8"))
    for source in snap["sources"]:
        unknown = source["files"]["unknown"]
        assert len(unknown) <= 1, (source["archives"], unknown)
        if unknown:
            assert source["platform"] in DELIBERATE_UNKNOWN
        counts = source["file_counts"]
        assert counts["parsed"] + counts["context"] + counts["ignored"] + counts["unknown"] == sum(
            len(v) for v in source["files"].values())


def test_samples_are_read_without_loss(sample_run):
    """The samples are well-formed: what they plant (repaired CSV records, a 1997 tweet, drafts) is
    reported as a warning, and nothing is an error that lost data."""
    _, out, _ = sample_run
    snap = json.loads((out / "snapshot.json").read_text(encoding="utf-8"))
    problems = [p for s in snap["sources"] for p in s["problems"]]
    assert [p for p in problems if p["severity"] != "warning"] == []
    assert any("1997" in p["reason"] for p in problems)
    assert any("repaired" in p["reason"] for p in problems)


# ------------------------------------------------------------- Meta Accounts Center: two profiles

def _meta_wrapper(base: Path) -> Path:
    """A Facebook and an Instagram profile side by side in one `meta-…` folder, as an Accounts Center
    download of both profiles may arrive, plus one file beside them that belongs to neither."""
    wrapper = base / "meta-2026-Jan-10-17-13-19"
    shutil.copytree(SAMPLES / "facebook" / "2025-activity", wrapper / "facebook-otter-2026-01-10-Ab12Cd34")
    shutil.copytree(SAMPLES / "instagram" / "2024-grouped", wrapper / "instagram-otter-2026-01-10-Ef56Gh78")
    (wrapper / "notes.txt").write_text("my own note, not part of either export\n", encoding="utf-8")
    return base


@pytest.mark.parametrize("packing", ["folder", "zip", "tgz"])
def test_a_meta_download_with_a_facebook_and_an_instagram_profile_gives_both(tmp_path, packing):
    if not (SAMPLES / "facebook" / "2025-activity").is_dir():
        pytest.skip("samples not present")
    tree = _meta_wrapper(tmp_path / "tree")
    if packing == "zip":
        target = zip_tree(tree, tmp_path / "meta-2026-Jan-10-17-13-19.zip")
    elif packing == "tgz":
        target = tgz_tree(tree, tmp_path / "meta-2026-Jan-10-17-13-19.tgz")
    else:
        target = tree
    both = run([target], tmp_path)
    alone = {p: run([SAMPLES / d], tmp_path) for p, d in
             (("facebook", "facebook/2025-activity"), ("instagram", "instagram/2024-grouped"))}
    assert [s.platform for s in both.sources] != [] and both.unusable == []
    by_platform = {s.platform: s for s in both.sources}
    assert set(by_platform) == {"facebook", "instagram"}
    for platform, analysis in alone.items():
        (single,) = analysis.sources
        src = by_platform[platform]
        # The same items and the same verdict for every file as the profile read on its own.
        assert src.items == single.items > 0
        assert sorted((f.path.rsplit("/", 1)[-1], f.status, f.items) for f in src.files
                      if not f.path.endswith("notes.txt")) == \
            sorted((f.path.rsplit("/", 1)[-1], f.status, f.items) for f in single.files)
    # The stray file is accounted for once, with the main export, as outside its folder.
    strays = [(s.platform, f.status) for s in both.sources for f in s.files if f.path.endswith("notes.txt")]
    assert len(strays) == 1 and strays[0][1] == "unknown"
    keys = [r[0] for r in both.store.rows("SELECT key FROM items")]
    assert len(keys) == sum(s.items for s in both.sources)
