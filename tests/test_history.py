"""The local history: what it keeps (fingerprints, not text), listing and forgetting runs, and that an
interrupted, killed or concurrent run never leaves a partial run behind."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sqlite3
import stat

import pytest
from conftest import write_tree
from fakeparser import SPEC, tree
from typer.testing import CliRunner

from ai_exposure import history, pipeline
from ai_exposure.cli import app
from ai_exposure.comparison import SourceRef, fingerprint
from ai_exposure.history import ENV_VAR, HistoryError, HistoryItem, RunHeader

SPECS = {"fake": SPEC}


@pytest.fixture(autouse=True)
def db(tmp_path, monkeypatch):
    """Every test has its own history; the real user data folder is never touched."""
    path = tmp_path / "hist" / "history.sqlite"
    monkeypatch.setenv(ENV_VAR, str(path))
    monkeypatch.setenv("AI_EXPOSURE_SETTINGS", str(tmp_path / "settings.toml"))
    return path


@pytest.fixture
def fake_registry(monkeypatch):
    monkeypatch.setattr(pipeline, "registry", lambda: SPECS)


def header(account="tester", with_text=False):
    return RunHeader("2024-03-01T00:00:00Z", "test", {"region": "eu", "birth_year": 1990},
                     [(SourceRef(1, "x", account, "2024-03-01T00:00:00Z"), "Test notes export")], with_text)


def items(n, start=0, public_every=2):
    for i in range(start, start + n):
        yield HistoryItem(f"x:note:{i}", 1, "x", "post", "2024-01-01T00:00:00Z",
                          "public" if i % public_every == 0 else "restricted",
                          "likely" if i % public_every == 0 else "unlikely", text=f"secret text {i}",
                          url=f"https://example.com/{i}")


def test_default_path_is_the_env_var_or_the_user_data_folder(db, monkeypatch):
    assert history.default_path() == db
    monkeypatch.delenv(ENV_VAR)
    from platformdirs import user_data_path

    assert history.default_path() == user_data_path("ai-exposure", appauthor=False) / "history.sqlite"


def test_record_keeps_fingerprints_not_text(db):
    run_id = history.record(db, header(), items(10))
    assert run_id == 1
    raw = b"".join(p.read_bytes() for p in db.parent.iterdir())
    assert b"secret text" not in raw and b"x:note:" not in raw and b"example.com" not in raw
    [run] = history.list_runs(db)
    assert (run.id, run.date, run.total("total"), run.total("public"), run.total("eligible")) == \
        (1, "2024-03-01", 10, 5, 5)
    assert [(a.platform, a.account) for a in run.accounts] == [("x", "tester")]
    side = history.load_side(db, 1)
    records = list(side.items)
    assert {r.fp for r in records} == {fingerprint(f"x:note:{i}") for i in range(10)}
    assert {r.key for r in records} == {""}
    assert side.settings == {"region": "eu"}  # not the birth year: only what explains eligibility
    for p in db.parent.iterdir():
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p.name
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700


def test_record_with_text_when_asked(db):
    history.record(db, header(with_text=True), items(3))
    records = sorted(history.load_side(db, 1).items, key=lambda r: r.key)
    assert [(r.key, r.text, r.url) for r in records] == [
        (f"x:note:{i}", f"secret text {i}", f"https://example.com/{i}") for i in range(3)]


def test_forget_deletes_one_run_and_its_items(db):
    history.record(db, header(with_text=True), items(4))
    history.record(db, header(), items(6))
    assert b"secret text 3" in b"".join(p.read_bytes() for p in db.parent.iterdir())
    history.forget(db, 1)
    # Gone from the file and its write-ahead log, not only unreachable.
    assert b"secret text" not in b"".join(p.read_bytes() for p in db.parent.iterdir())
    assert [r.id for r in history.list_runs(db)] == [2]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT DISTINCT run_id FROM items").fetchall() == [(2,)]
        assert conn.execute("SELECT DISTINCT run_id FROM counts").fetchall() == [(2,)]
    with pytest.raises(HistoryError, match="no run 1 in the history"):
        history.forget(db, 1)


def test_latest_pair_is_of_the_same_account(db):
    history.record(db, header("alice"), items(2))
    history.record(db, header("bob"), items(2, start=100))
    history.record(db, header("alice"), items(3))
    history.record(db, header("carol"), items(3, start=200))
    history.record(db, header("bob"), items(3, start=100))
    assert history.latest_pair(db) == (2, 5)


def test_newer_history_schema_is_refused_clearly(db):
    history.record(db, header(), items(1))
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(HistoryError, match="history schema version 99 is newer"):
        history.list_runs(db)


def test_not_a_database_is_one_clear_error(db):
    db.parent.mkdir(parents=True)
    db.write_bytes(b"this is not sqlite" * 100)
    result = CliRunner().invoke(app, ["history"])
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: {db}: not a usable history database")
    assert len(result.output.splitlines()) == 1


# ------------------------------------------------------------------------------------------ interruptions

class Interrupted(BaseException):
    pass


def test_interrupted_run_leaves_nothing(db):
    history.record(db, header(), items(3))

    def interrupted():
        yield from items(history.BATCH * 2 + 10, start=1000)  # two batches are written first
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        history.record(db, header(), interrupted())
    assert [r.id for r in history.list_runs(db)] == [1]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM items").fetchone() == (3,)
    # The history goes on working.
    assert history.record(db, header(), items(2)) == 2


def _record_until_told(path, started, release, n, start):
    """A child process: record `n` items, telling the parent once half are written, then waiting."""

    def slow():
        for i, item in enumerate(items(n, start=start)):
            if i == n // 2:
                started.set()
                release.poll(60)  # a pipe, not an Event: a killed waiter would wedge an Event's set()
            yield item

    history.record(path, header(), slow())


def test_killed_run_leaves_nothing(db):
    history.record(db, header(), items(3))
    ctx = multiprocessing.get_context("fork")
    started, (release, _) = ctx.Event(), ctx.Pipe(duplex=False)
    child = ctx.Process(target=_record_until_told, args=(db, started, release, history.BATCH * 4, 1000))
    child.start()
    try:
        assert started.wait(60), "the child never started recording"
        # Half the run is written (in the WAL) but not committed: readers do not see it.
        assert [r.id for r in history.list_runs(db)] == [1]
        os.kill(child.pid, signal.SIGKILL)
        child.join(60)
    finally:
        if child.is_alive():
            child.kill()
    assert child.exitcode == -signal.SIGKILL
    assert [r.id for r in history.list_runs(db)] == [1]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM items").fetchone() == (3,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert history.record(db, header(), items(2)) == 2


def _record_all(path, ready, n, start):
    ready.set()
    history.record(path, header(), items(n, start=start))


def test_two_runs_at_once_both_land(db):
    history.record(db, header(), items(1))  # the schema exists; both children open the same file
    ctx = multiprocessing.get_context("fork")
    started, ready = ctx.Event(), ctx.Event()
    release, release_sender = ctx.Pipe(duplex=False)
    n = history.BATCH * 2
    first = ctx.Process(target=_record_until_told, args=(db, started, release, n, 10_000))
    second = ctx.Process(target=_record_all, args=(db, ready, n, 50_000))
    first.start()
    try:
        assert started.wait(60)
        # The first run holds the write lock mid-transaction; the second starts and waits for it.
        second.start()
        assert ready.wait(60)
        assert len(history.list_runs(db)) == 1  # a reader is not blocked by the writer (WAL)
        release_sender.send(True)
        first.join(120)
        second.join(120)
    finally:
        for p in (first, second):
            if p.is_alive():
                p.kill()
    assert (first.exitcode, second.exitcode) == (0, 0)
    runs = history.list_runs(db)
    assert [r.total("total") for r in runs] == [1, n, n]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM items").fetchone() == (1 + 2 * n,)


def test_first_use_by_two_processes_at_once(db):
    """Creating the schema is itself one transaction: two first runs at once both land."""
    ctx = multiprocessing.get_context("fork")
    ready = [ctx.Event(), ctx.Event()]
    procs = [ctx.Process(target=_record_all, args=(db, ready[i], 500, i * 1000)) for i in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0]
    assert sorted(r.total("total") for r in history.list_runs(db)) == [500, 500]


# ------------------------------------------------------------------------------------------ CLI

def test_analyze_records_the_run_and_history_lists_it(tmp_path, db, fake_registry):
    runner = CliRunner()
    export = write_tree(tmp_path / "notes-2024-03-01", tree())
    result = runner.invoke(app, ["analyze", str(export), "--out", str(tmp_path / "o1"), "--quiet"])
    assert result.exit_code == 0, result.output
    # --no-history records nothing; --history PATH records elsewhere.
    assert runner.invoke(app, ["analyze", str(export), "--out", str(tmp_path / "o2"), "--quiet",
                               "--no-history"]).exit_code == 0
    other = tmp_path / "elsewhere.sqlite"
    assert runner.invoke(app, ["analyze", str(export), "--out", str(tmp_path / "o3"), "--quiet",
                               "--history", str(other)]).exit_code == 0
    assert [r.id for r in history.list_runs(db)] == [1]
    assert [r.id for r in history.list_runs(other)] == [1]

    listing = runner.invoke(app, ["history"])
    assert listing.exit_code == 0
    # Eligibility is the policy engine's business: the history lists what the run's snapshot says.
    likely = sum(i["ai_training"] == "likely"
                 for i in json.loads((tmp_path / "o1" / "snapshot.json").read_text())["items"])
    assert listing.stdout.splitlines()[1].split() == ["1", "2024-03-01", "X", "(Twitter)", "tester", "2",
                                                      "1", str(likely)]
    assert "hello world" not in db.read_bytes().decode("latin-1")
    [run] = json.loads(runner.invoke(app, ["history", "--json"]).stdout)
    assert run["run"] == 1 and run["date"] == "2024-03-01"
    assert run["accounts"] == [{"platform": "x", "account": "tester", "export_date": "2024-03-01T00:00:00Z",
                                "items": 2, "public": 1, "eligible": likely, "possible": run["accounts"][0][
                                    "possible"]}]

    result = runner.invoke(app, ["history", "--forget", "1"])
    assert (result.exit_code, result.stdout) == (0, "Run 1 deleted from the history.\n")
    result = runner.invoke(app, ["history", "--forget", "1"])
    assert (result.exit_code, result.output) == (2, "Error: no run 1 in the history\n")
    assert runner.invoke(app, ["history"]).stdout.startswith("No runs recorded yet")


def test_a_broken_history_does_not_fail_the_run(tmp_path, db, fake_registry):
    db.parent.mkdir(parents=True)
    db.write_bytes(b"not a database" * 100)
    export = write_tree(tmp_path / "e", tree())
    result = CliRunner().invoke(app, ["analyze", str(export), "--out", str(tmp_path / "o"), "--quiet"])
    assert result.exit_code == 0
    assert "Warning: the run was not recorded in the history:" in result.output
    assert (tmp_path / "o" / "report.html").exists()


@pytest.mark.parametrize("with_text", [False, True])
def test_an_analysis_is_recorded_as_its_items_one_by_one_would_be(tmp_path, with_text):
    """record_analysis reads the store sorted by fingerprint and inserts in that order; `record`
    takes items in any order. Both keep the same rows and counts, and of one key in two people's
    exports (one fingerprint) the first stored."""
    from datetime import datetime, timezone

    from ai_exposure import schema
    from ai_exposure.model import HIGH, Item
    from ai_exposure.store import ItemStore

    store = ItemStore(tmp_path / "items.sqlite")
    store.set_groups({1: 1, 2: 2})  # two people
    for n in range(3000):
        item = Item("youtube" if n % 3 else "google", ("post", "comment", "activity")[n % 3], f"k:{n % 2500}",
                    None if n % 7 == 0 else datetime(2020 + n % 5, 1 + n % 12, 1, tzinfo=timezone.utc),
                    ("public", "restricted", "unknown")[n % 3], "e", HIGH, "f",
                    text="" if n % 4 == 0 else f"text {n}", url="" if n % 5 else f"https://example.com/{n}",
                    was_public=(None, True, False)[n % 3])
        store.add(item, 1 if n < 2500 else 2, ("likely", "possible", "unlikely")[n % 3], "")
    assert store.added() == 3000  # keys 0..499 twice: one person's and another's
    analysis = type("Finished", (), {"store": store, "sources": [], "finished": None, "started": None})()
    by_store = history.record_analysis(tmp_path / "a.sqlite", analysis, {}, with_text=with_text)
    given = [HistoryItem(**schema.record_values(it)) for it in store.query()]  # in key order
    by_items = history.record(tmp_path / "b.sqlite", history.header_from_analysis(analysis, {}, with_text),
                              given)
    store.close()

    def kept(path, run_id):
        with sqlite3.connect(path) as con:
            items = con.execute("SELECT * FROM items WHERE run_id = ? ORDER BY fp", (run_id,)).fetchall()
            counts = con.execute("SELECT * FROM counts WHERE run_id = ? ORDER BY 2, 3, 4, 5",
                                 (run_id,)).fetchall()
        return [row[1:] for row in items], [row[1:] for row in counts]

    items_a, counts_a = kept(tmp_path / "a.sqlite", by_store)
    assert (items_a, counts_a) == kept(tmp_path / "b.sqlite", by_items)
    assert len(items_a) == 2500 and sum(c[-1] for c in counts_a) == 2500
    first = {r[0]: r[1] for r in items_a}
    assert first[fingerprint("k:7")] == 1  # the first person's, stored first
    assert all((r[8] is not None) == with_text for r in items_a)  # keys only when asked
