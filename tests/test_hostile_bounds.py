"""Hostile input, bounded work: the report's own parts cannot be triggered from data, and an archive
whose members inflate far beyond any real export (a ratio bomb in a .tar.gz, a CSV of one record
repeated a million times) ends quickly, with the file listed as a problem and little written."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from conftest import write_tree
from fakeparser import SPEC, tree
from jinja2 import Environment

from ai_exposure import parallel, report, snapshot
from ai_exposure.run import analyze

SPECS = {"fake": SPEC}

# The placeholders the report used to search its rendered text for, and the names of its parts now.
OLD_MARKERS = ("@@AI_EXPOSURE_SNAPSHOT@@", "@@AI_EXPOSURE_ITEMS@@", "@@AI_EXPOSURE_SCRIPT@@")
PART_NAMES = (report.EMBED_MARKER, report.ITEMS_MARKER, report.SCRIPT_MARKER)
BAIT = "".join(OLD_MARKERS * 17) + "".join(PART_NAMES) + "{{ slot('snapshot') }}"


def _script_bodies(html: str, element_id: str) -> list[str]:
    return re.findall(rf'<script[^>]*id="{element_id}"[^>]*>(.*?)</script>', html, re.S)


def _bait_export(tmp_path: Path, name: str) -> Path:
    """A fake export whose account, post text and an unknown file's name are all full of markers."""
    posts = ('[{"id": "1", "text": %s, "date": "2024-01-02T03:04:05Z", "audience": "everyone"}]'
             % ('"' + BAIT + '"'))
    files = tree(account=BAIT, posts_json=posts)
    dest = tmp_path / name
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for rel, content in files.items():
            zf.writestr(rel, content)
        zf.writestr("notes/" + BAIT + ".dat", "an unknown file named with markers")
    return dest


@pytest.mark.parametrize("helpers", [False, True], ids=["in-process", "helper-processes"])
def test_markers_in_data_stay_text(tmp_path, monkeypatch, helpers):
    """Before: a file name holding 50 markers embedded the snapshot 50 more times (a 6 MB report grew
    to 106 MB). Now the parts go where the template puts them, found by position, never by text."""
    if helpers:
        if not parallel.available():
            pytest.skip("no fork on this platform")
        monkeypatch.setattr(parallel, "MIN_STORED_ITEMS", 0)
    plain = tmp_path / "plain"
    write_tree(plain, tree())
    baseline = analyze([plain], tmp_path / "out-plain", specs=SPECS).report.stat().st_size

    bait = _bait_export(tmp_path, "bait.zip")
    result = analyze([bait], tmp_path / "out-bait", specs=SPECS)
    html = result.report.read_text(encoding="utf-8")
    # One of each part, each where the template puts it, and nothing else inflated.
    assert len(_script_bodies(html, report.ITEMS_ID)) == 1
    assert len(_script_bodies(html, snapshot.EMBED_ID)) == 1
    assert html.count("H4sI") == 2  # the two gzip streams (items and snapshot), base64-encoded
    assert len(re.findall(r"<script nonce=", html)) == 1
    # The bait is shown as text (file name, account), escaped, and nowhere replaced.
    assert html.count(OLD_MARKERS[0]) >= 17
    assert len(html) < baseline + 40 * len(BAIT) + 20_000, (len(html), baseline)
    # The embedded snapshot is the real one, and the page's own parts still work.
    embedded = snapshot.load(result.report)
    assert embedded["sources"][0]["account"] == BAIT
    assert _script_bodies(html, report.ITEMS_ID)[0].strip().startswith("H4sI")


def test_slots_outside_the_top_level_are_refused():
    """A slot inside a buffered construct would be called before its place in the output: that is a
    template mistake, and an error, not a part written in the wrong place."""
    env = Environment(autoescape=True)
    for source in ("{% set x %}a{{ slot('items') }}b{% endset %}{{ x }}",
                   "{% macro m() %}<i>{{ slot('items') }}</i>{% endmacro %}<p>{{ m() }}</p>",
                   "{% filter upper %}{{ slot('items') }}{% endfilter %}"):
        slots = report._Slots()
        with pytest.raises(RuntimeError, match="slot"):
            list(slots.assemble(env.from_string(source).generate(slot=slots.mark)))
    slots = report._Slots()
    parts = list(slots.assemble(env.from_string(
        "<a>{{ text }}</a>{{ slot('items') }}<b>{{ slot('snapshot') }}</b>").generate(
        slot=slots.mark, text=OLD_MARKERS[0] + "{{ slot('items') }}")))
    assert parts == [(None, "<a>"), (None, OLD_MARKERS[0] + "{{ slot(&#39;items&#39;) }}"), (None, "</a>"),
                     ("items", ""), (None, "<b>"), ("snapshot", ""), (None, "</b>")]
