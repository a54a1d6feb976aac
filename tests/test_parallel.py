"""The helper processes of big runs (parallel.py) give exactly what one process gives: the same items,
counts, duplicates, personal-data findings, snapshot and report; a helper that dies ends the run with
one line, not a hang. The samples are small, so the size thresholds are lowered here."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from ai_exposure import parallel, run, sensitive, snapshot
from ai_exposure.pipeline import Pipeline
from ai_exposure.settings import UserSettings
from ai_exposure.store import ItemStore

ROOT = Path(__file__).resolve().parent.parent
X_2024 = ROOT / "samples" / "x" / "2024"

pytestmark = pytest.mark.skipif(not parallel.available(), reason="needs fork and two CPUs")


def _stored(tmp_path: Path, name: str, use_helper: bool, no_text: bool = False):
    from ai_exposure.parsing import Options

    store = ItemStore(tmp_path / f"{name}.sqlite")
    finder = sensitive.SensitiveFinder(region="NL", no_text=no_text)
    # Several sources (X, and Google's two-part downloads merged): native and hashed keys, duplicates.
    paths = [X_2024] + [p for p in sorted((ROOT / "samples" / "google").iterdir()) if p.is_dir()]
    analysis = Pipeline(store, Options(no_text=no_text), finder=finder,
                        parallel=use_helper).run(paths)
    rows = list(store.query(order="key"))
    counts = [(s.info.label, s.items, [(f.path, f.status, f.items, f.problems) for f in s.files],
               [(p.file, p.place, p.reason) for p in s.problems], s.info.caveats) for s in analysis.sources]
    summary = finder.summary()
    return rows, counts, store.added(), store.duplicates(), summary


@pytest.mark.parametrize("prescan", [False, True])
@pytest.mark.parametrize("no_text", [False, True])
def test_helper_stores_what_one_process_stores(tmp_path: Path, no_text: bool, prescan: bool,
                                               monkeypatch) -> None:
    """`prescan`: the helper always behind, so this process scans every batch for personal data and
    sends the hits along (ForkedSink._send); batches of 7 items, so that there are many."""
    monkeypatch.setattr(parallel, "BATCH", 7)
    if prescan:
        monkeypatch.setattr(parallel.ForkedSink, "_backlog", lambda self: 1 << 40)
    one = _stored(tmp_path, "one", use_helper=False, no_text=no_text)
    two = _stored(tmp_path, "two", use_helper=True, no_text=no_text)
    assert one[0] and one[0] == two[0]  # every stored item, field by field
    assert one[1] == two[1]  # per source: items, files, problems, caveats
    assert one[2:4] == two[2:4]  # distinct items and duplicates
    assert one[4] == two[4]  # the personal-data scan's findings, counts and flagged keys


@pytest.mark.parametrize("prescan", [False, True])
@pytest.mark.parametrize("no_text", [False, True])
def test_the_finders_state_comes_back_from_the_helper(tmp_path: Path, no_text: bool, prescan: bool,
                                                      monkeypatch) -> None:
    """Posts with an e-mail address and an IBAN: the finder runs in the helper, and what it found
    there is handed back (sink.SinkResult.finder_state -> Finder.adopt), as if it ran here. With
    `prescan` this process scans each batch (the helper said to be behind) and the helper keeps what
    it was sent, in order."""
    monkeypatch.setattr(parallel, "BATCH", 3)
    sent: list[bool] = []
    if prescan:
        monkeypatch.setattr(parallel.ForkedSink, "_backlog", lambda self: 1 << 40)
    original = parallel.ForkedSink._message
    monkeypatch.setattr(parallel.ForkedSink, "_message", lambda self, message: (
        sent.append(message[0] == "items" and message[3] is not None), original(self, message))[1])
    from conftest import write_tree
    from fakeparser import SPEC, tree

    posts = json.dumps([{"id": str(i), "date": f"2024-01-{i:02d}T10:00:00Z", "audience": "everyone",
                         "text": f"write to someone{i}@example.org or pay NL91 ABNA 0417 1643 00"}
                        for i in range(1, 21)])
    export = write_tree(tmp_path / "notes", tree(posts_json=posts))
    summaries = []
    for use_helper in (False, True):
        finder = sensitive.SensitiveFinder(region="NL", no_text=no_text)
        Pipeline(ItemStore(tmp_path / f"{use_helper}.sqlite"), specs={"x": SPEC}, finder=finder,
                 parallel=use_helper).run([export])
        summaries.append(finder.summary())
    assert summaries[0]["total"] >= 40 and len(summaries[0]["keys"]) == 20
    assert summaries[0] == summaries[1]
    assert sent and any(sent) == prescan  # the hits went along with the items (or never did)


def test_a_bare_inspect_callable_is_never_run_in_a_helper(tmp_path: Path) -> None:
    """What a closure gathers in a helper process would not come back: only a finder's state does
    (sink.Finder), so a bare `inspect` keeps the items in this process even when asked for a helper."""
    seen: list[str] = []
    store = ItemStore(tmp_path / "items.sqlite")
    Pipeline(store, inspect=lambda item, info: seen.append(item.key), parallel=True).run([X_2024])
    assert seen and len(set(seen)) == store.added()


def _serial_and_parallel(tmp_path: Path, monkeypatch, user: UserSettings):
    """The X sample analysed in one process, then with helpers (thresholds lowered to zero)."""
    monkeypatch.setenv("AI_EXPOSURE_PARALLEL", "0")
    serial = run.analyze([X_2024], tmp_path / "serial", user=user)
    monkeypatch.setenv("AI_EXPOSURE_PARALLEL", "1")
    monkeypatch.setattr(parallel, "MIN_SOURCE_BYTES", 0)
    monkeypatch.setattr(parallel, "MIN_STORED_ITEMS", 0)
    both = run.analyze([X_2024], tmp_path / "parallel", user=user)
    return serial, both


def test_analyze_with_helpers_writes_the_same_files(tmp_path: Path, monkeypatch) -> None:
    user = UserSettings(lang="en", region="eu")
    serial, both = _serial_and_parallel(tmp_path, monkeypatch, user)
    a, b = snapshot.load(serial.snapshot), snapshot.load(both.snapshot)
    assert a["items"] and a["items"] == b["items"]
    assert a["sources"] == b["sources"]
    # The report embeds the same snapshot and the same item data.
    assert snapshot.load(serial.report)["items"] == snapshot.load(both.report)["items"]
    html_a, html_b = serial.report.read_text(), both.report.read_text()
    start = html_a.index('id="ai-exposure-items"')
    assert html_a[start:start + 2000] == html_b[start:start + 2000]
    assert not [p.name for p in (tmp_path / "parallel").iterdir() if p.name.startswith(".")]


def test_the_dutch_report_with_helpers_is_the_dutch_report_without(tmp_path: Path, monkeypatch) -> None:
    """Evidence crosses to the storing helper as a message that can still be translated, and the
    item-list helper writes it in Dutch and says what it could not translate."""
    user = UserSettings(lang="nl", region="eu")
    serial, both = _serial_and_parallel(tmp_path, monkeypatch, user)
    assert serial.untranslated == both.untranslated == set()
    a, b = _items(serial.report), _items(both.report)
    assert a == b and any("openbaar" in e for e in a["evidence"])


def _items(report_path: Path) -> dict:
    import base64
    import gzip

    html = report_path.read_text(encoding="utf-8")
    start = html.index('id="ai-exposure-items"')
    body = html[html.index(">", start) + 1:html.index("</script>", start)].strip()
    return json.loads(gzip.decompress(base64.b64decode(body)))


def _die(item, info):
    os._exit(3)  # the helper process ends without a word


def test_a_dead_helper_ends_the_run_with_one_line(tmp_path: Path) -> None:
    store = ItemStore(tmp_path / "items.sqlite")
    with pytest.raises(parallel.WorkerError, match=r"ended unexpectedly \(exit code 3\)"):
        Pipeline(store, assess=_die, parallel=True).run([X_2024])


@pytest.mark.parametrize("use_helper", [True, False])
def test_a_failing_item_is_reported_and_the_rest_stored(tmp_path: Path, use_helper: bool) -> None:
    """The same storing code runs in the helper and in one process (sink.Storing): a bug on one item
    costs that item, reported the same way, either way."""

    def assess(item, info):
        if item.kind == "comment":
            raise KeyError("bug")
        return "possible", "because"

    serial = Pipeline(ItemStore(tmp_path / "a.sqlite"), parallel=False).run([X_2024])
    analysis = Pipeline(ItemStore(tmp_path / "b.sqlite"), assess=assess, parallel=use_helper).run([X_2024])
    src = analysis.sources[0]
    comments = int(serial.store.scalar("SELECT COUNT(*) FROM items WHERE kind = 'comment'"))
    assert comments > 0
    assert analysis.store.added() == serial.store.added() - comments
    assert src.items == serial.sources[0].items - comments
    assert [p.reason for p in src.problems if p.place == "while storing items"] == [
        f"internal error (KeyError) on {comments:,} items; they are not counted"]


def test_cli_reports_a_dead_helper_in_one_line(tmp_path: Path, monkeypatch) -> None:
    from typer.testing import CliRunner

    from ai_exposure import cli

    monkeypatch.setattr(parallel, "MIN_SOURCE_BYTES", 0)
    monkeypatch.setattr(run.eligibility, "assessor", lambda *a, **k: _die)
    result = CliRunner().invoke(cli.app, ["analyze", str(X_2024), "--out", str(tmp_path / "out"),
                                          "--quiet", "--no-history"])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert lines == ["Error: the storing process ended unexpectedly (exit code 3)"]
    assert "Traceback" not in result.output
    assert json.dumps(lines)  # one plain line


def _exit_5() -> None:
    os._exit(5)


def _raise() -> None:
    raise ValueError("user text must not show")


def test_a_writing_helper_that_dies_or_fails_raises_one_line() -> None:
    dead = parallel.Task("writing snapshot.json", _exit_5)
    with pytest.raises(parallel.WorkerError,
                       match=r"^writing snapshot.json ended unexpectedly \(exit code 5\)$"):
        dead.wait()
    failed = parallel.Task("writing snapshot.json", _raise)
    with pytest.raises(parallel.WorkerError) as caught:
        while not failed.finished():
            time.sleep(0.01)
    assert str(caught.value) == "writing snapshot.json failed (ValueError)"


def test_analyze_with_a_dead_snapshot_helper_fails_in_one_line(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(parallel, "MIN_STORED_ITEMS", 0)
    monkeypatch.setattr(run, "_write_snapshot", lambda *args: os._exit(7))
    with pytest.raises(parallel.WorkerError,
                       match=r"writing snapshot.json ended unexpectedly \(exit code 7\)"):
        run.analyze([X_2024], tmp_path / "out", user=UserSettings(lang="en"))
    left = [p.name for p in (tmp_path / "out").iterdir()]
    assert not [name for name in left if name.startswith(".") or name.endswith(".partial")]


def test_the_snapshot_helper_writes_into_a_wide_pipe(tmp_path: Path, monkeypatch) -> None:
    """snapshot.json's helper writes about 1 MB at a time to the thread that compresses it: a pipe of
    the default 64 KB kept it waiting seconds of a big run, so the pipe is as wide as the system lets
    it be (1 MB unprivileged on Linux), and the run's outputs are whole."""
    monkeypatch.setattr(parallel, "MIN_STORED_ITEMS", 0)  # the writing helpers, for the sample
    monkeypatch.setattr(parallel, "MIN_SOURCE_BYTES", 1 << 40)  # no storing helper: one pipe only
    sizes: list[int] = []
    widen = parallel.widen_pipe
    monkeypatch.setattr(parallel, "widen_pipe", lambda fd: sizes.append(widen(fd)) or sizes[-1])
    run.analyze([X_2024], tmp_path / "out", user=UserSettings(lang="en"))
    limit = Path("/proc/sys/fs/pipe-max-size")
    allowed = int(limit.read_text()) if limit.exists() else 1 << 20
    assert len(sizes) == 1 and sizes[0] >= min(1 << 20, allowed)
    written = snapshot.load(tmp_path / "out" / "snapshot.json")
    assert written["items"] and written == snapshot.load(tmp_path / "out" / "report.html")


def _without_generated_at(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if '"generated_at"' not in line]


@pytest.mark.parametrize("share, late", [(0.55, ""), (0.0, ""), (1.0, "_write_snapshot"),
                                         (0.5, "_write_snapshot"), (1.0, "_write_items")])
def test_a_snapshot_written_in_two_parts_is_the_one_written_whole(tmp_path: Path, monkeypatch, share,
                                                                   late) -> None:
    """A big snapshot's last items are written by the item list's helper, once that list is done, and
    appended by the snapshot's helper (run.SPLIT_SNAPSHOT_FROM, lowered here for the sample, with
    pieces of 3 items): snapshot.json is byte for byte the one a single process writes, and the report
    embeds the same, whichever helper is late and whatever share the item list's helper takes: none,
    some, all that is left (with the snapshot's helper late: every item, none by the other)."""
    user = UserSettings(lang="en", region="eu")
    monkeypatch.setenv("AI_EXPOSURE_PARALLEL", "0")
    serial = run.analyze([X_2024], tmp_path / "serial", user=user)
    monkeypatch.setenv("AI_EXPOSURE_PARALLEL", "1")
    monkeypatch.setattr(parallel, "MIN_STORED_ITEMS", 0)
    monkeypatch.setattr(run, "SPLIT_SNAPSHOT_FROM", 1)
    monkeypatch.setattr(run, "REST_SHARE", share)
    monkeypatch.setattr(snapshot, "ITEMS_PER_PIECE", 3)
    taken = tmp_path / "taken.txt"
    take = run.Rest.take

    def noted(rest):  # in the item list's helper: where its part starts
        start = take(rest)
        taken.write_text(f"{start} {rest.end}")
        return start

    monkeypatch.setattr(run.Rest, "take", noted)
    if late:
        helper = getattr(run, late)
        monkeypatch.setattr(run, late, lambda *args: time.sleep(1.5) or helper(*args))
    both = run.analyze([X_2024], tmp_path / "two", user=user)
    count = len(snapshot.load(serial.snapshot)["items"])
    start, end = taken.read_text().split()
    assert count > 10 and int(end) > count
    if share == 0.0 or late == "_write_items":
        assert start == "None"  # nothing taken: the snapshot's helper wrote it all
    elif late == "_write_snapshot":
        pieces = -(-int(end) // 3)  # none claimed by the snapshot's helper yet
        assert int(start) == 3 * (pieces - round(pieces * share))
    assert _without_generated_at(both.snapshot) == _without_generated_at(serial.snapshot)
    assert snapshot.load(both.report) == snapshot.load(both.snapshot)
    assert snapshot.load(both.report)["items"] == snapshot.load(serial.report)["items"]
    assert not [p.name for p in (tmp_path / "two").iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize("dead", ["_write_snapshot", "_write_items"])
def test_a_dead_helper_of_a_split_snapshot_fails_in_one_line(tmp_path: Path, monkeypatch, dead) -> None:
    monkeypatch.setattr(parallel, "MIN_STORED_ITEMS", 0)
    monkeypatch.setattr(run, "SPLIT_SNAPSHOT_FROM", 1)
    monkeypatch.setattr(run, dead, lambda *args: os._exit(7))
    with pytest.raises(parallel.WorkerError,
                       match=r"^writing (snapshot.json|the report's item list) (ended unexpectedly|failed)"):
        run.analyze([X_2024], tmp_path / "out", user=UserSettings(lang="en"))
    left = [p.name for p in (tmp_path / "out").iterdir()]
    assert not [name for name in left if name.startswith(".") or name.endswith(".partial")]
    assert "snapshot.json" not in left and "report.html" not in left


def test_the_packed_snapshot_goes_into_the_page_as_it_grows(tmp_path: Path) -> None:
    """run.ForkedParts.write_snapshot copies the packing thread's file into the page as it is written,
    not once it is whole (the copy of a whole big snapshot was a third of a second of a run's end)."""
    import io
    import threading
    from types import SimpleNamespace

    parts = object.__new__(run.ForkedParts)
    parts._snapshot_file = tmp_path / "report-snapshot.partial"
    parts._snapshot_file.touch()
    parts._packed, parts._pack_done, parts._pack_cond = 0, False, threading.Condition()
    parts._packer_error = None
    parts._snapshot = SimpleNamespace(wait=lambda: None)  # the helper, done
    in_page, in_time = threading.Event(), []

    class Page(io.StringIO):
        def write(self, text: str) -> int:
            in_page.set()
            return super().write(text)

    def pack() -> None:
        with open(parts._snapshot_file, "wb", buffering=0) as raw:
            out = run._Announced(raw, parts._announce)
            out.write("H4sI" * 1000)
            in_time.append(in_page.wait(10))  # in the page before the rest is packed
            out.write("AAAA")
        parts._announce(0, done=True)

    parts._packer = threading.Thread(target=pack)
    parts._packer.start()
    page = Page()
    parts.write_snapshot(page)
    assert in_time == [True] and page.getvalue() == "H4sI" * 1000 + "AAAA"


def test_the_storing_helper_readies_its_key_check_without_blas_threads() -> None:
    """store.prepare_key_check, called as a storing helper starts: numpy (the check of a big run's
    keys at its end, while the main process waits) is imported then, with one thread: the BLAS
    threads numpy starts would spin on the other CPU, and a sort needs none."""
    import subprocess
    import sys

    code = ("import os, sys; from ai_exposure.store import prepare_key_check; prepare_key_check(); "
            "print('numpy' in sys.modules, len(os.listdir('/proc/self/task')))")
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.split() == ["True", "1"]
