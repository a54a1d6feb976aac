"""The public API (ai_exposure.analyze, Analysis, read_snapshot, Snapshot, History, compare,
Comparison) on the bundled samples: what it gives matches what the command line writes, frames have
the item schema's dtypes (also without rows), and a closed Analysis says so."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from conftest import SAMPLES, write_tree
from fakeparser import SPEC, tree
from typer.testing import CliRunner

import ai_exposure
from ai_exposure import schema
from ai_exposure.cli import app

X_2022, X_2024 = SAMPLES / "x" / "2022", SAMPLES / "x" / "2024"
LINKEDIN = SAMPLES / "linkedin" / "2026"


def assert_item_dtypes(frame: pd.DataFrame, columns=None) -> None:
    expected = schema.frame_dtypes(columns)
    assert list(frame.columns) == list(expected)
    for name, dtype in expected.items():
        assert frame[name].dtype == dtype, name
    assert str(frame.created_at.dt.tz) == "UTC"


def test_public_names_are_exported():
    for name in ("analyze", "Analysis", "Item", "read_snapshot", "Snapshot", "History", "compare",
                 "Comparison", "Error"):
        assert name in ai_exposure.__all__
        assert getattr(ai_exposure, name) is not None
    assert callable(ai_exposure.compare) and ai_exposure.compare.__module__ == "ai_exposure.api"
    with pytest.raises(AttributeError):
        ai_exposure.no_such_name  # noqa: B018


def test_importing_the_package_loads_neither_pandas_nor_the_engine():
    heavy = "('pandas', 'ai_exposure.api', 'ai_exposure.pipeline')"
    code = f"import sys, ai_exposure.cli; print(sorted(m for m in {heavy} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_analysis_gives_items_frame_report_and_snapshot(tmp_path):
    with ai_exposure.analyze([X_2024, LINKEDIN], lang="en", region="eu") as analysis:
        assert isinstance(analysis, ai_exposure.Analysis)
        assert {s.platform for s in analysis.sources} == {"x", "linkedin"}
        assert analysis.problems == [p for s in analysis.sources for p in s.problems]
        items = list(analysis.items())
        assert all(isinstance(it, ai_exposure.Item) for it in items)
        frame = analysis.to_dataframe()
        assert_item_dtypes(frame)
        assert len(frame) == len(items) == sum(s.items for s in analysis.sources)
        assert list(frame.key) == [it.key for it in items]
        assert set(frame.platform.astype(str)) == {"x", "linkedin"}
        report = analysis.write_report(tmp_path / "out")
        own = analysis.write_snapshot(tmp_path / "alone.json")
        summary = analysis.summary()
    assert report == tmp_path / "out" / "report.html" and report.is_file()
    assert (report.stat().st_mode & 0o777) == 0o600
    written = json.loads((tmp_path / "out" / "snapshot.json").read_text(encoding="utf-8"))
    alone = json.loads(own.read_text(encoding="utf-8"))
    assert [i["key"] for i in written["items"]] == [i["key"] for i in alone["items"]] == list(frame.key)
    assert written["settings"] == alone["settings"] == analysis.settings
    assert f"Report: {report}" in summary and "X (Twitter)" in summary

    snapshot = ai_exposure.read_snapshot(report)  # the report's embedded snapshot
    assert isinstance(snapshot, ai_exposure.Snapshot)
    snap_frame = snapshot.to_dataframe()
    columns = [f.name for f in schema.SNAPSHOT_FIELDS]
    assert_item_dtypes(snap_frame, columns)
    pd.testing.assert_frame_equal(snap_frame, frame[columns])


def test_a_closed_analysis_says_its_items_are_gone(tmp_path):
    with ai_exposure.analyze([X_2024], lang="en") as analysis:
        store = analysis.parsed.analysis.store.path
        assert store.exists()
    assert analysis.closed and not store.exists()
    assert analysis.sources  # what was read stays readable
    for call in (analysis.items, analysis.to_dataframe, analysis.summary,
                 lambda: analysis.write_report(tmp_path / "late")):
        with pytest.raises(ai_exposure.Error, match="closed"):
            call()
    assert not (tmp_path / "late").exists()


def test_an_export_without_items_gives_a_well_formed_empty_frame(tmp_path):
    from ai_exposure.api import Analysis

    export = write_tree(tmp_path / "empty", tree("tester", "[]"))
    with Analysis.start([export], specs={"fake": SPEC}) as analysis:
        assert len(analysis.sources) == 1 and list(analysis.items()) == []
        frame = analysis.to_dataframe()
        analysis.write_snapshot(tmp_path / "empty.json")
    assert frame.empty
    assert_item_dtypes(frame)
    snap = ai_exposure.read_snapshot(tmp_path / "empty.json").to_dataframe()
    assert snap.empty
    assert_item_dtypes(snap, [f.name for f in schema.SNAPSHOT_FIELDS])


def test_errors_are_one_type_with_exit_codes(tmp_path):
    (tmp_path / "nothing").mkdir()
    with pytest.raises(ai_exposure.Error, match="not a known data export") as caught:
        ai_exposure.analyze([tmp_path / "nothing"], lang="en")
    assert caught.value.exit_code == 2
    with pytest.raises(ai_exposure.Error, match="unknown region"):
        ai_exposure.analyze([X_2024], region="mars")
    with pytest.raises(ai_exposure.Error, match="linkedin_member_network"):
        ai_exposure.analyze([X_2024], linkedin_member_network="anyone")
    (tmp_path / "bad.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ai_exposure.Error, match="not an ai-exposure snapshot"):
        ai_exposure.read_snapshot(tmp_path / "bad.json")
    with pytest.raises(ai_exposure.Error, match="no run 5"):
        ai_exposure.History(tmp_path / "h.sqlite").items_frame(5)


def test_history_records_from_the_analysis_and_gives_frames(tmp_path):
    history = ai_exposure.History(tmp_path / "h.sqlite")
    assert history.runs() == []
    empty = history.runs_frame()
    assert empty.empty and list(empty.columns) == ["run", "date", "recorded_at", "platform", "accounts",
                                                   "total", "public", "eligible", "possible"]
    counts = {}
    for sample in (X_2022, X_2024):
        with ai_exposure.analyze([sample], lang="en") as analysis:
            run = history.record(analysis, with_text=True)
            frame = analysis.to_dataframe()
            counts[run] = (len(frame), int((frame.visibility == "public").sum()),
                           int((frame.ai_training == "likely").sum()))
    runs = history.runs_frame()
    assert list(runs.run) == list(counts)
    assert isinstance(runs.platform.dtype, pd.CategoricalDtype) and set(runs.platform) == {"x"}
    assert isinstance(runs.date.dtype, pd.DatetimeTZDtype)
    for row in runs.itertuples():
        assert (row.total, row.public, row.eligible) == counts[row.run]
    assert all(runs.accounts == "@sample_heron")
    items = history.items_frame(run)
    assert len(items) == counts[run][0]
    assert_item_dtypes(items.drop(columns="fingerprint"),
                       ["key", "source_id", "platform", "kind", "created_at", "visibility", "ai_training",
                        "url", "text"])
    assert items.fingerprint.str.len().eq(32).all() and items.key.notna().all()  # recorded with text
    assert history.latest_pair() == tuple(counts)


def test_compare_takes_paths_snapshots_analyses_and_run_ids(tmp_path):
    history = ai_exposure.History(tmp_path / "h.sqlite")
    with ai_exposure.analyze([X_2022], lang="en") as old:
        old.write_report(tmp_path / "old")
        old_run = history.record(old)
    with ai_exposure.analyze([X_2024], lang="en") as new:
        new.write_report(tmp_path / "new")
        new_run = history.record(new)
        from_analysis = ai_exposure.compare(tmp_path / "old" / "snapshot.json", new).to_json()
    expected = CliRunner().invoke(app, ["compare", str(tmp_path / "old" / "snapshot.json"),
                                        str(tmp_path / "new" / "report.html"), "--json",
                                        "--history", str(tmp_path / "h.sqlite")])
    assert expected.exit_code == 0, expected.output
    cli_json = json.loads(expected.output)
    by_path = ai_exposure.compare(tmp_path / "old" / "snapshot.json", tmp_path / "new" / "report.html",
                                  history=history)
    assert isinstance(by_path, ai_exposure.Comparison)
    assert by_path.to_json() == cli_json
    by_snapshot = ai_exposure.compare(ai_exposure.read_snapshot(tmp_path / "old" / "snapshot.json"),
                                      ai_exposure.read_snapshot(tmp_path / "new" / "snapshot.json"))
    by_runs = ai_exposure.compare(old_run, new_run, history=history)
    for other in (by_snapshot.to_json(), from_analysis, by_runs.to_json()):
        for category in ("added", "deleted", "newly_public", "newly_restricted", "previously_exposed",
                         "eligibility_changed"):
            assert other["x"][category] == cli_json["x"][category], category
    frame = by_path.to_dataframe()
    assert list(frame.columns) == ["platform", "category", "count", "listed"]
    assert isinstance(frame.platform.dtype, pd.CategoricalDtype)
    for row in frame.itertuples():
        assert row.count == cli_json[row.platform][row.category]
        assert row.listed == len(cli_json[row.platform]["items"][row.category])
    assert cli_json["x"]["added"] > 0  # the 2024 export holds posts the 2022 one did not
    out = by_path.write_report(tmp_path / "c.html")
    assert out.is_file() and (out.stat().st_mode & 0o777) == 0o600
    with pytest.raises(ai_exposure.Error, match="not a history run id"):
        ai_exposure.compare(tmp_path / "missing.json", tmp_path / "old")


def test_the_cli_and_the_api_write_the_same_snapshot(tmp_path):
    done = CliRunner().invoke(app, ["analyze", str(X_2024), "--out", str(tmp_path / "cli"), "--quiet",
                                    "--no-history", "--lang", "en", "--region", "eu"])
    assert done.exit_code == 0, done.output
    with ai_exposure.analyze([X_2024], lang="en", region="eu") as analysis:
        analysis.write_report(tmp_path / "api")
    cli = json.loads((tmp_path / "cli" / "snapshot.json").read_text(encoding="utf-8"))
    api = json.loads((tmp_path / "api" / "snapshot.json").read_text(encoding="utf-8"))
    for data in (cli, api):
        data.pop("generated_at")
    assert cli == api


def test_the_cli_is_one_app_module_without_cycles():
    source = Path(ai_exposure.__file__).parent
    assert not (source / "cli_history.py").exists()
    cli_text = (source / "cli.py").read_text(encoding="utf-8")
    assert "sys.modules" not in cli_text
    for module in source.glob("*.py"):
        if module.name != "cli.py":
            text = module.read_text(encoding="utf-8")
            assert "from .cli import" not in text and "from . import cli" not in text, module.name


def test_a_report_part_that_cannot_be_written_fails_in_one_line(tmp_path, monkeypatch):
    """With helper processes: the thread packing the snapshot for the page fails (a full disk), the
    snapshot helper is not left blocked on its pipe, and the run fails with one line (exit 1),
    leaving nothing in the output folder."""
    from ai_exposure import parallel, report

    monkeypatch.setenv("AI_EXPOSURE_PARALLEL", "1")
    monkeypatch.setattr(parallel, "MIN_STORED_ITEMS", 0)

    def full_disk(fh, pieces):
        next(iter(pieces))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(report, "write_embedded_snapshot", full_disk)
    # Exports whose snapshot (about 90 kB) is more than a pipe holds (64 kB).
    exports = [X_2024, X_2022, LINKEDIN, SAMPLES / "google" / "en-part1", SAMPLES / "google" / "en-part2"]
    with ai_exposure.analyze(exports, lang="en") as analysis:
        with pytest.raises(ai_exposure.Error, match="No space left on device") as caught:
            analysis.write_report(tmp_path / "out")
        assert caught.value.exit_code == 1
        assert list((tmp_path / "out").iterdir()) == []
        monkeypatch.undo()  # the same analysis writes its report once the disk has room again
        assert analysis.write_report(tmp_path / "out").is_file()
