"""The README's "Use from Python" examples run as they are written, in order, from a folder holding
the bundled samples (as from the repository's root): a changed API breaks this test, not the reader."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]


def _examples() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Use from Python\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, re.S)


def test_the_readme_shows_python_examples():
    blocks = _examples()
    assert len(blocks) >= 4
    names = "".join(blocks)
    for name in ("ai_exposure.analyze", ".to_dataframe()", ".items()", ".write_report(", ".write_snapshot(",
                 ".summary()", "ai_exposure.read_snapshot", "ai_exposure.History", ".runs_frame()",
                 ".items_frame(", "ai_exposure.compare"):
        assert name in names, name


def test_the_readme_examples_run(tmp_path, monkeypatch):
    (tmp_path / "samples").symlink_to(ROOT / "samples")
    monkeypatch.chdir(tmp_path)
    scope: dict = {}
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        for block in _examples():
            exec(compile(block, "README.md", "exec"), scope)  # noqa: S102 - our own README
    # What the examples made is what they say they make.
    assert (tmp_path / "report-2024" / "report.html").is_file()
    assert (tmp_path / "report-2024" / "snapshot.json").is_file()
    assert (tmp_path / "2024.json").is_file()
    assert (tmp_path / "compare.html").is_file()
    items, frame, runs = scope["items"], scope["frame"], scope["runs"]
    assert len(items) == len(frame) > 0
    assert isinstance(items.created_at.dtype, pd.DatetimeTZDtype)
    assert set(runs.platform.astype(str)) == {"x"} and len(runs) == 2
    assert scope["analysis"].closed
    assert "X (Twitter)" in printed.getvalue()
    assert scope["since"].to_json()["x"]["added"] == 0  # the same export, analysed again
