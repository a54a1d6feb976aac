"""The quick-start job end to end: the bundled samples, zipped as users download them, through the
CLI, giving a report, a snapshot and a summary that covers every platform."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
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
    assert platforms == {"x", "linkedin", "facebook", "instagram", "google"}
    item_platforms = {i["platform"] for i in snap["items"]}
    assert {"x", "linkedin", "facebook", "instagram", "threads", "youtube", "google"} <= item_platforms
    # Every archive that was built is accounted for in some source.
    archives = {a for s in snap["sources"] for a in s["archives"]}
    assert archives == {p.name for p in made}


def test_summary_names_every_platform_and_the_report(sample_run):
    _, out, result = sample_run
    for name in ("X (Twitter)", "LinkedIn", "Facebook", "Instagram", "Threads", "YouTube", "Google"):
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
        assert counts["parsed"] + counts["ignored"] + counts["unknown"] == sum(
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
