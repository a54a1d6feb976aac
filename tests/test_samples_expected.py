"""Every bundled sample gives the items and files its generator wrote, counted kind by kind.

Each samples/<platform>/expected.json is written by samples/gen_<platform>.py from the records it
writes (not from a run of the tool): per download, the sample trees it is made of (several for a
multi-part download), the items it must give by kind, and its files by status. The trees are zipped
as users download them and analysed together, as one download."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ai_exposure.cli import app

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
sys.path.insert(0, str(SAMPLES))
import build  # noqa: E402  (samples/build.py)


def _cases() -> list[tuple[str, str, dict]]:
    cases = []
    for manifest in sorted(SAMPLES.glob("*/expected.json")):
        platform = manifest.parent.name
        for name, expected in json.loads(manifest.read_text(encoding="utf-8")).items():
            cases.append((platform, name, expected))
    return cases


CASES = _cases()


def test_every_sample_tree_has_expected_counts():
    """A sample tree without counts would be checked for nothing but a clean run."""
    covered = {(p, t) for p, _, e in CASES for t in e["trees"]}
    trees = {(t.parent.name, t.name) for t in build.sample_trees()}
    assert trees - covered == set()
    assert covered - trees == set()


@pytest.mark.parametrize(("platform", "name", "expected"), CASES,
                         ids=[f"{p}/{n}" for p, n, _ in CASES])
def test_sample_gives_what_its_generator_wrote(platform, name, expected, tmp_path):
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    for tree in expected["trees"]:
        folder = SAMPLES / platform / tree
        build.build_zip(folder, downloads / build.archive_name(folder, "zip"))
    out = tmp_path / "report"
    result = CliRunner().invoke(app, ["analyze", str(downloads), "--out", str(out), "--no-history",
                                      "--quiet", "--lang", "en"])
    assert result.exit_code == 0, result.output
    snap = json.loads((out / "snapshot.json").read_text(encoding="utf-8"))
    assert snap["unusable_inputs"] == []
    items = snap["items"]
    kinds = Counter(i["kind"] for i in items)
    assert dict(sorted(kinds.items())) == dict(sorted(expected["kinds"].items()))
    assert len(items) == expected["items"]
    # What each source says it holds is what snapshot.json lists for it.
    for source in snap["sources"]:
        assert source["item_count"] == sum(1 for i in items if i["source"] == source["id"])
    files = Counter()
    for source in snap["sources"]:
        files.update(source["file_counts"])
    statuses = ("parsed", "context", "ignored", "unknown")
    assert set(files) <= set(statuses)
    assert {k: files.get(k, 0) for k in statuses} == {k: expected["files"].get(k, 0) for k in statuses}
