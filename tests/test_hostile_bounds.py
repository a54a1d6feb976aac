"""Hostile input, bounded work: the report's own parts cannot be triggered from data, and an archive
whose members inflate far beyond any real export (a ratio bomb in a .tar.gz, a CSV of one record
repeated a million times) ends quickly, with the file listed as a problem and little written."""

from __future__ import annotations

import dataclasses
import gzip
import io
import json
import random
import re
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from conftest import write_tree
from fakeparser import SPEC, tree
from jinja2 import Environment

from ai_exposure import parallel, pipeline, report, snapshot
from ai_exposure.archive import Limits, open_inputs
from ai_exposure.pipeline import Pipeline
from ai_exposure.run import analyze
from ai_exposure.store import ItemStore

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


# ---------------------------------------------------------------- records: repeats and caps

def _posts(tmp_path: Path, records: list[dict], name: str = "e") -> Path:
    return write_tree(tmp_path / name, tree(posts_json=json.dumps(records)))


def _post(i: int, text: str = "") -> dict:
    return {"id": str(i), "text": text or f"post {i}", "date": f"2024-01-{1 + i % 28:02d}T00:00:00Z",
            "audience": "everyone"}


def _run(tmp_path: Path, folder: Path):
    store = ItemStore(tmp_path / f"{folder.name}.sqlite")
    analysis = Pipeline(store, specs=SPECS).run([folder])
    problems = [(p.place, p.reason, p.severity) for s in analysis.sources for p in s.problems
                if p.file.endswith("posts.json")]
    return analysis, problems


def test_one_record_repeated_is_listed_a_bounded_number_of_times(tmp_path):
    same = _post(7)
    analysis, problems = _run(tmp_path, _posts(tmp_path, [_post(1), *[same] * 5000, _post(2)]))
    stored = analysis.store.query(order="key")
    assert len(list(stored)) == 3  # the fake parser's key is the id: the store keeps one; the core kept 1,000
    record = next(f for f in analysis.sources[0].files if f.path.endswith("posts.json"))
    assert record.items == 2 + pipeline.REPEATS_KEPT
    assert [(p[1], p[2]) for p in problems] == [(
        "4,000 copies of records repeated more than 1,000 times were not listed (repeated records, "
        "not a real export)", "warning")]


def test_records_repeated_in_turn_are_collapsed_too_and_distant_repeats_are_not(tmp_path, monkeypatch):
    cycle = [_post(1), _post(2), _post(3)]
    _, problems = _run(tmp_path, _posts(tmp_path, cycle * 2000, "cycle"))
    assert len(problems) == 1 and problems[0][1].startswith("3,000 copies")
    # One record that comes back after hundreds of others each time is not a repeat of this kind.
    monkeypatch.setattr(pipeline, "REPEATS_KEPT", 20)
    spaced = []
    for i in range(30):
        spaced.append(_post(0))
        spaced.extend(_post(1_000_000 + i * 300 + j) for j in range(pipeline.REPEATS_WINDOW))
    _, problems = _run(tmp_path, _posts(tmp_path, spaced, "spaced"))
    assert problems == []


def test_reading_stops_after_many_collapsed_copies(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "REPEATS_KEPT", 10)
    monkeypatch.setattr(pipeline, "REPEATS_STOP", 100)
    analysis, problems = _run(tmp_path, _posts(tmp_path, [_post(1), *[_post(7)] * 500, _post(2)]))
    assert [k.key for k in analysis.store.query(order="key")] == ["x:note:1", "x:note:7"]  # not 2
    assert problems == [("after record 111", "100 copies of records repeated more than 10 times were "
                         "not listed (repeated records, not a real export); the rest of the file was "
                         "not read", "error")]


def test_a_file_past_its_record_cap_stops_with_a_problem(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "MAX_RECORDS_PER_FILE", 100)
    analysis, problems = _run(tmp_path, _posts(tmp_path, [_post(i) for i in range(1, 301)]))
    assert len(list(analysis.store.query(order="key"))) == 100
    assert problems == [("after record 100", "more records than any real export of this file holds "
                         "(limit 100): the rest of the file was not read", "error")]
    # A route's own cap, where the platform limits what the file can hold, comes first.
    capped = {"fake": dataclasses.replace(SPEC, routes=tuple(
        dataclasses.replace(r, most=20) if r.handler is not None else r for r in SPEC.routes))}
    store = ItemStore(tmp_path / "capped.sqlite")
    analysis = Pipeline(store, specs=capped).run([tmp_path / "e"])
    assert len(list(store.query(order="key"))) == 20
    assert any("limit 20" in p.reason for p in analysis.sources[0].problems)


def test_platform_caps_on_connection_lists():
    """LinkedIn allows 30,000 connections, Facebook 5,000 friends, Instagram following 7,500 accounts:
    a file of ten times that many records is not an export."""
    from ai_exposure.pipeline import registry
    specs = registry()
    assert specs["linkedin"].route_for("Connections.csv").most == 300_000
    assert specs["facebook"].route_for("connections/friends/your_friends.json").most == 50_000
    assert specs["instagram"].route_for("connections/followers_and_following/following.json").most == 75_000


LINKEDIN = Path(__file__).resolve().parents[1] / "samples" / "linkedin" / "2026"
CONNECTION = b"Ada,Lovelace,,Analytical Engines Ltd,Engineer,15 Mar 2020\n"


def _linkedin_with_repeated_connections(dest: Path, size: int) -> Path:
    """The 2026 sample, its Connections.csv one row repeated to `size` bytes (deflated ~344:1)."""
    text = (LINKEDIN / "Connections.csv").read_bytes()
    head = text[:text.index(b"\n", text.index(b"First Name")) + 1]
    block = CONNECTION * ((1 << 20) // len(CONNECTION))
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for p in sorted(LINKEDIN.rglob("*")):
            if p.is_file() and p.name != "Connections.csv":
                zf.write(p, p.relative_to(LINKEDIN).as_posix())
        with zf.open("Connections.csv", "w", force_zip64=True) as fh:
            fh.write(head)
            for _ in range(size // len(block) + 1):
                fh.write(block)
    return dest


@pytest.mark.slow
def test_a_gigabyte_of_one_connection_in_3_mb_ends_quickly_and_small(tmp_path):
    """Before: 1 GB of one LinkedIn connection row in a 3 MB zip (344:1, under the ratio limit) ran
    for more than 150 s, writing 1.1 GB and growing (17 million items). Now: about 7 s, under 1 MB
    written, peak memory under 150 MB, and the file listed as a problem."""
    z = _linkedin_with_repeated_connections(tmp_path / "linkedin.zip", 1 << 30)
    assert z.stat().st_size < 4 << 20
    out = tmp_path / "out"
    code = ("import resource, runpy, sys, time\n"
            "t = time.monotonic()\n"
            "sys.argv = ['ai-exposure', 'analyze', sys.argv[1], '--out', sys.argv[2]]\n"
            "try:\n"
            "    runpy.run_module('ai_exposure.cli', run_name='__main__')\n"
            "except SystemExit as exc:\n"
            "    code = exc.code\n"
            # VmHWM, not RUSAGE_SELF: Linux keeps the forking parent's high-water mark in ru_maxrss
            # across exec, so a child of a big test process would report the test process's size.
            "hwm = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM'))\n"
            "peak = max(hwm, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
            "print('MEASURED', time.monotonic() - t, peak // 1024, code, file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", code, str(z), str(out)], capture_output=True,
                          text=True, timeout=240)
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    seconds, peak_mb, code = done.stderr.rsplit("MEASURED", 1)[1].split()
    assert code in ("0", "None"), done.stderr[-3000:]
    assert float(seconds) < 60 and int(peak_mb) < 300, (seconds, peak_mb)
    written = sum(p.stat().st_size for p in out.iterdir())
    assert written < 20 << 20, written
    snap = json.loads((out / "snapshot.json").read_text(encoding="utf-8"))
    [problem] = [p for s in snap["sources"] for p in s["problems"] if p["file"].endswith("Connections.csv")]
    assert "repeated records, not a real export" in problem["reason"] and problem["severity"] == "error"
    connections = [i for i in snap["items"] if i["kind"] == "connection"]
    assert len(connections) <= pipeline.REPEATS_KEPT + 10


# ---------------------------------------------------------------- compressed tars: the ratio check

class _Blanks(io.RawIOBase):
    def __init__(self, n: int) -> None:
        self.left = n

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[override]
        n = min(len(b), self.left)
        b[:n] = b" " * n
        self.left -= n
        return n


def _tar_with_bomb(dest: Path, mode: str, blanks: int, bomb_at: int = -1,
                   files: dict[str, str | bytes] | None = None) -> Path:
    """The fake export as a tar (`mode`: w:gz, w:bz2, w:xz), with notes/posts-part1.json holding
    `blanks` blanks inside `[` `]`, placed at position `bomb_at` among the files (-1: last)."""
    entries: list[tuple[str, int, io.RawIOBase | io.BytesIO]] = []
    for rel, content in (files or tree()).items():
        data = content.encode() if isinstance(content, str) else content
        entries.append((rel, len(data), io.BytesIO(data)))
    bomb = io.BufferedReader(_Blanks(blanks))
    entries.insert(len(entries) if bomb_at < 0 else bomb_at, ("notes/posts-part1.json", blanks + 2, None))
    with tarfile.open(dest, mode) as tf:
        for rel, size, fh in entries:
            info = tarfile.TarInfo(rel)
            info.size = size
            if fh is None:
                tf.addfile(info, io.BufferedReader(_Concat([io.BytesIO(b"["), bomb, io.BytesIO(b"]")])))
            else:
                tf.addfile(info, fh)
    return dest


class _Concat(io.RawIOBase):
    def __init__(self, parts) -> None:
        self.parts = list(parts)

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[override]
        while self.parts:
            data = self.parts[0].read(len(b))
            if data:
                b[:len(data)] = data
                return len(data)
            self.parts.pop(0)
        return 0


def _fake_run(tmp_path: Path, path: Path, limits: Limits | None = None):
    store = ItemStore(tmp_path / f"{path.name}.sqlite")
    analysis = Pipeline(store, specs=SPECS, limits=limits).run([path])
    problems = [(p.file, p.place, p.reason) for s in analysis.sources for p in s.problems]
    return [i.key for i in store.query(order="key")], problems


def test_tgz_bomb_member_is_refused_with_default_limits(tmp_path):
    """Before: a .tar.gz had no ratio check; a member of 1 GB of blanks at 1,021:1 was read in full
    (12.6 s through the CLI). Now it is refused like a zip member, and the rest is read."""
    t = _tar_with_bomb(tmp_path / "bomb.tgz", "w:gz", 64 << 20)  # blanks deflate ~1030:1
    keys, problems = _fake_run(tmp_path, t)
    bombs = [p for p in problems if "zip bomb" in p[2]]
    assert len(bombs) == 1 and bombs[0][0] == "bomb.tgz:notes/posts-part1.json", problems
    assert keys == ["x:note:1", "x:note:2"]


@pytest.mark.parametrize("mode", ["w:gz", "w:bz2", "w:xz"])
def test_bomb_in_the_middle_of_a_compressed_tar_is_refused_and_the_files_after_it_read(tmp_path, mode):
    t = _tar_with_bomb(tmp_path / f"bomb.tar.{mode[2:]}", mode, 12 << 20, bomb_at=1)
    keys, problems = _fake_run(tmp_path, t, Limits(max_ratio=100))
    [bomb] = [p for p in problems if p[0].endswith("posts-part1.json")]
    assert re.fullmatch(r"compression ratio [\d,]+:1 \(refused as a possible zip bomb\)", bomb[2]), bomb
    assert bomb[0] == f"{t.name}:notes/posts-part1.json"
    assert keys == ["x:note:1", "x:note:2"]  # posts.json comes after the bomb


def test_past_the_skip_budget_the_files_after_a_bomb_are_not_read(tmp_path):
    """Reaching the files after a refused member means inflating it; past a bound that stops, and the
    listing says so (the files before it are read)."""
    files = tree()
    files = {"notes/index.json": files["notes/index.json"], "notes/posts.json": files["notes/posts.json"],
             "notes/later.dat": "after the bomb"}
    t = _tar_with_bomb(tmp_path / "bomb.tgz", "w:gz", 8 << 20, bomb_at=2, files=files)
    keys, problems = _fake_run(tmp_path, t, Limits(max_ratio=100, max_skipped_bytes=1 << 20))
    assert keys == ["x:note:1", "x:note:2"]
    [bomb] = [p for p in problems if "zip bomb" in p[2]]
    assert bomb[0] == "notes/posts-part1.json" and "files after it in the archive were not read" in bomb[2]
    store = ItemStore(tmp_path / "listing.sqlite")
    analysis = Pipeline(store, specs=SPECS, limits=Limits(max_ratio=100, max_skipped_bytes=1 << 20)).run([t])
    assert not any(f.path.endswith("later.dat") for f in analysis.sources[0].files)


def test_compressed_tar_members_read_in_any_order_match_tarfile(tmp_path):
    """The decompressing reader behind a compressed tar gives tarfile's bytes, forward, backward,
    across concatenated streams and zero padding; a cut-off stream is damage, not an error."""
    rng = random.Random(5)
    files = {**tree(), **{f"notes/f{i}.bin": rng.randbytes(rng.randint(0, 300_000)) for i in range(6)}}
    for mode in ("w:gz", "w:bz2", "w:xz"):
        t = tmp_path / f"e.tar.{mode[2:]}"
        with tarfile.open(t, mode) as tf:
            for rel, content in files.items():
                data = content.encode() if isinstance(content, str) else content
                info = tarfile.TarInfo(rel)
                info.size = len(data)
                tf.addfile(info, io.BytesIO(data))
        variants = [t]
        if mode == "w:gz":  # the same tar in two gzip streams, with zero padding at the end
            raw = gzip.decompress(t.read_bytes())
            two = tmp_path / "two.tgz"
            two.write_bytes(gzip.compress(raw[:70_000]) + gzip.compress(raw[70_000:]) + b"\0" * 1024)
            variants.append(two)
        for path in variants:
            container = open_inputs(path)[0]
            members = container.members()
            assert not container.problems
            order = members[::-1] + members[::2]
            for m in order:
                with m.open() as fh:
                    data = fh.read()
                want = files[m.path]
                assert data == (want.encode() if isinstance(want, str) else want), (path.name, m.path)
            container.close()
    cut = tmp_path / "cut.tgz"
    cut.write_bytes((tmp_path / "e.tar.gz").read_bytes()[:200_000])
    keys, problems = _fake_run(tmp_path, cut)
    assert keys == ["x:note:1", "x:note:2"]
    assert any("truncated or damaged" in p[2] for p in problems), problems


X_SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "x" / "2024"


def test_tgz_bomb_in_an_x_archive_through_the_cli(tmp_path):
    """As the zip case in test_hostile.py: the member is listed as refused, every other item kept."""
    t = tmp_path / "twitter-2026-03-01-bomb.tgz"
    with tarfile.open(t, "w:gz") as tf:
        for p in sorted(X_SAMPLE.rglob("*")):
            if p.is_file():
                tf.add(p, p.relative_to(X_SAMPLE).as_posix())
        info = tarfile.TarInfo("data/tweets-part2.js")
        info.size = 64 << 20
        tf.addfile(info, io.BufferedReader(_Blanks(info.size)))
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "ai_exposure.cli", "analyze", str(t), "--out", str(out),
                           "--quiet"], capture_output=True, text=True, timeout=240)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr[-3000:]
    snap = json.loads((out / "snapshot.json").read_text(encoding="utf-8"))
    bombs = [p for p in snap["sources"][0]["problems"] if "zip bomb" in p["reason"]]
    assert len(bombs) == 1 and bombs[0]["file"].endswith("data/tweets-part2.js")
    clean = analyze([X_SAMPLE], tmp_path / "clean")
    assert len(snap["items"]) == len(json.loads(clean.snapshot.read_text(encoding="utf-8"))["items"])
