"""Safe outputs (issue 13, points 3-5): what a run writes into --out cannot be redirected, two runs into
one folder never mix, report.html and snapshot.json always come from the same run, and a killed run
leaves nothing behind once the next run is done. The runs are real processes of the CLI; the killed
ones get SIGKILL at chosen moments of an X archive big enough to use the helper processes."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import psutil
import pytest
from conftest import ROOT, SAMPLES

from ai_exposure import outdir, parallel, run, snapshot
from ai_exposure.settings import UserSettings

X_SAMPLE = SAMPLES / "x" / "2024"
OUTPUTS = ["report.html", "snapshot.json"]
OTHER_UID = 4242  # a user id that is not the test's

# The CLI in a child process, with the helper processes' size thresholds lowered (the archive below is
# small, to keep the test fast) and the lock's wait set by the test: AI_EXPOSURE_TEST_WAIT seconds.
RUNNER = textwrap.dedent("""
    import os, sys
    from ai_exposure import outdir, parallel
    parallel.MIN_SOURCE_BYTES = 0
    parallel.MIN_STORED_ITEMS = 0
    outdir.LOCK_WAIT_SECONDS = float(os.environ.get("AI_EXPOSURE_TEST_WAIT", "5"))
    {extra}
    from ai_exposure.cli import main
    sys.argv = ["ai-exposure", "analyze", *sys.argv[1:]]
    main()
""")

# Killed by SIGKILL right after the first of the two outputs is moved into place.
KILL_BETWEEN_MOVES = textwrap.dedent("""
    real_replace = outdir.os.replace
    def replace(src, dst):
        real_replace(src, dst)
        if os.path.basename(os.fspath(dst)) == outdir.OUTPUTS[0] and outdir.WORK_PREFIX not in os.fspath(dst):
            os.kill(os.getpid(), 9)
    outdir.os.replace = replace
""")


def cli(out: Path, *inputs: Path, wait: float = 5, extra: str = "", background: bool = False,
        args: tuple[str, ...] = ()):
    argv = [sys.executable, "-c", RUNNER.format(extra=extra),
            *map(str, inputs), "--out", str(out), "--quiet", "--no-history", *args]
    env = dict(os.environ, AI_EXPOSURE_TEST_WAIT=str(wait))
    if background:
        return subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)


def one_error_line(done) -> str:
    assert done.returncode == 2, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), done.stderr
    return lines[0]


def assert_pair(out: Path) -> None:
    """report.html embeds exactly the snapshot.json next to it: the two come from one run."""
    embedded = snapshot.extract_embedded((out / "report.html").read_bytes(), out / "report.html")
    assert embedded == (out / "snapshot.json").read_bytes()


def assert_only_outputs(out: Path) -> None:
    assert sorted(os.listdir(out)) == OUTPUTS
    for name in OUTPUTS:
        st = os.lstat(out / name)
        assert stat.S_ISREG(st.st_mode) and stat.S_IMODE(st.st_mode) == 0o600, name
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    assert_pair(out)


@pytest.fixture(scope="module")
def big_x(tmp_path_factory) -> Path:
    """An X archive of 4,000 tweets (about 7 MB of tweets.js): a run long enough to be killed mid-way."""
    path = tmp_path_factory.mktemp("big") / "twitter-2026-03-01-bench.zip"
    subprocess.run([sys.executable, str(ROOT / "bench" / "gen_x.py"), str(path), "--tweets", "4000"],
                   check=True, capture_output=True, timeout=60)
    return path


def victims(tmp_path: Path, names: list[str]) -> dict[str, Path]:
    """A file outside --out for each name, holding its own text: a planted link's target."""
    folder = tmp_path / "victims"
    folder.mkdir(exist_ok=True)
    made = {}
    for name in names:
        made[name] = folder / f"target-of-{name.strip('.')}"
        made[name].write_text(f"precious {name}\n")
    return made


# ---------------------------------------------------------------- 3: writes cannot be redirected

# Every name an earlier version wrote to (fixed names a user of a shared folder could plant), the lock,
# names in the style of this version's temporaries, and the outputs themselves.
PLANTED = ["report.html.partial", "snapshot.json.partial", ".items-abcdefgh.sqlite",
           ".report-items-abcdefgh.partial", ".ai-exposure.lock", ".ai-exposure-run-abcdefgh",
           ".report.html.0123456789abcdef.partial", ".snapshot.json.0123456789abcdef.partial",
           "report.html", "snapshot.json"]


@pytest.mark.parametrize("helpers", [False, True])
def test_planted_symbolic_links_are_never_followed(tmp_path, helpers):
    out = tmp_path / "out"
    out.mkdir(mode=0o700)
    targets = victims(tmp_path, PLANTED)
    for name, target in targets.items():
        (out / name).symlink_to(target)
    done = cli(out, X_SAMPLE, extra="" if helpers else "parallel.MIN_STORED_ITEMS = 10**9")
    assert done.returncode == 0, done.stderr[-3000:]
    for name, target in targets.items():
        assert target.read_text() == f"precious {name}\n", f"wrote through the link at {name}"
    assert_only_outputs(out)


def test_temporary_files_get_unique_names_and_are_created_exclusively(tmp_path):
    final = tmp_path / "report.html"
    names = {outdir.temporary_name(final) for _ in range(100)}
    assert len(names) == 100 and all(n.parent == tmp_path and n.name.endswith(".partial") for n in names)
    target = victims(tmp_path, ["x"])["x"]
    link = tmp_path / "link"
    link.symlink_to(target)
    with pytest.raises(OSError):  # ELOOP: never opened through the link
        outdir.create_private(link)
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    with pytest.raises(FileExistsError):  # never created at the link's target
        outdir.create_private(tmp_path / "dangling")
    assert not (tmp_path / "nowhere").exists()
    with pytest.raises(FileExistsError):
        outdir.create_private(target)
    assert target.read_text() == "precious x\n"
    # A failed write leaves neither the temporary nor a changed file behind.
    final.write_text("old")
    with pytest.raises(RuntimeError), outdir.atomic(final) as fh:
        fh.write("new")
        raise RuntimeError
    assert final.read_text() == "old"
    assert not [n for n in os.listdir(tmp_path) if n.endswith(".partial")]


def test_compare_output_is_not_written_through_a_planted_link(tmp_path):
    out = tmp_path / "out"
    assert cli(out, X_SAMPLE).returncode == 0
    target = victims(tmp_path, ["compare"])["compare"]
    (tmp_path / "compare.html.partial").symlink_to(target)
    done = subprocess.run([sys.executable, "-m", "ai_exposure.cli", "compare", str(out / "snapshot.json"),
                           str(out / "report.html"), "-o", str(tmp_path / "compare.html")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert target.read_text() == "precious compare\n"
    assert (tmp_path / "compare.html").read_text(encoding="utf-8").startswith("<!doctype html>")
    assert not [n for n in os.listdir(tmp_path) if n.startswith(".compare.html.")]


@pytest.mark.skipif(not hasattr(os, "chown") or os.geteuid() != 0, reason="needs root to give a folder away")
def test_a_folder_of_another_user_is_refused_in_one_line(tmp_path):
    out = tmp_path / "theirs"
    out.mkdir(mode=0o700)
    target = victims(tmp_path, ["report.html"])["report.html"]
    (out / "report.html.partial").symlink_to(target)
    os.chown(out, OTHER_UID, OTHER_UID)
    line = one_error_line(cli(out, X_SAMPLE))
    assert line == f"Error: {out}: the output folder belongs to another user; choose a folder of your own"
    assert sorted(os.listdir(out)) == ["report.html.partial"]
    assert target.read_text() == "precious report.html\n"
    assert stat.S_IMODE(out.stat().st_mode) == 0o700  # not changed either
    # A link of another user's, in a shared folder, pointing at a folder of one's own: refused as well.
    mine = tmp_path / "mine"
    mine.mkdir(mode=0o700)
    link = tmp_path / "link"
    link.symlink_to(mine)
    os.lchown(link, OTHER_UID, OTHER_UID)
    line = one_error_line(cli(link, X_SAMPLE))
    assert "a link made by another user" in line
    assert os.listdir(mine) == []


def test_refusal_does_not_depend_on_being_root(tmp_path, monkeypatch):
    """The same check, in the process: the folder's owner is not the (pretended) user."""
    out = tmp_path / "out"
    out.mkdir(mode=0o700)
    monkeypatch.setattr(os, "geteuid", lambda: os.stat(out).st_uid + 1)
    with pytest.raises(run.UsageError, match="belongs to another user"):
        run.analyze([X_SAMPLE], out, user=UserSettings(lang="en"))
    assert os.listdir(out) == []


@pytest.mark.parametrize("mode", [0o1777, 0o770])
def test_a_folder_others_can_write_to_is_refused_in_one_line(tmp_path, mode):
    out = tmp_path / "shared"
    out.mkdir()
    os.chmod(out, mode)
    line = one_error_line(cli(out, X_SAMPLE))
    assert line == (f"Error: {out}: other users can write to the output folder; "
                    "choose a folder only you can write to")
    assert os.listdir(out) == []
    assert stat.S_IMODE(out.stat().st_mode) == mode


@pytest.mark.parametrize("mode", [0o755, None])
def test_an_own_folder_is_tightened_to_0700_and_a_new_one_made_so(tmp_path, mode):
    out = tmp_path / "mine"
    if mode is None:
        out = tmp_path / "new" / "deeper"
    else:
        out.mkdir()
        os.chmod(out, mode)
        (out / "notes.txt").write_text("mine")  # the user's own files stay
    done = cli(out, X_SAMPLE)
    assert done.returncode == 0, done.stderr[-2000:]
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    assert sorted(os.listdir(out)) == ([] if mode is None else ["notes.txt"]) + OUTPUTS
    assert_pair(out)


# ---------------------------------------------------------------- 4: one run at a time, a matching pair

def test_a_second_run_waits_then_stops_in_one_line(tmp_path):
    out = tmp_path / "out"
    held = outdir.OutFolder(run.prepare_out_dir(out))
    work = held.open()
    try:
        started = time.monotonic()
        line = one_error_line(cli(out, X_SAMPLE, wait=0.5))
        assert time.monotonic() - started >= 0.5
        assert line == (f"Error: {out}: another run is writing to this folder; "
                        "wait until it is done or choose another --out")
        assert work.is_dir()  # the running run's files are left alone
        assert sorted(os.listdir(out)) == sorted([outdir.LOCK_NAME, work.name])
    finally:
        held.close()
    assert os.listdir(out) == []


def test_a_second_run_goes_on_once_the_first_is_done(tmp_path):
    out = tmp_path / "out"
    held = outdir.OutFolder(run.prepare_out_dir(out))
    held.open()
    timer = threading.Timer(1.0, held.close)
    timer.start()
    try:
        started = time.monotonic()
        done = cli(out, X_SAMPLE, wait=30)
        assert done.returncode == 0, done.stderr[-2000:]
        assert time.monotonic() - started >= 1.0
    finally:
        timer.join()
    assert_only_outputs(out)


# Holds the lock (before moving its outputs into place) until the test opens the gate, so that a
# second run meets a run going on whatever the machine's load.
HOLD_UNTIL_GATE = textwrap.dedent("""
    import time
    real_replace = outdir.os.replace
    def replace(src, dst):
        if os.path.basename(os.fspath(dst)) == outdir.OUTPUTS[0] and outdir.WORK_PREFIX not in os.fspath(dst):
            gate = os.environ["AI_EXPOSURE_TEST_GATE"]
            for _ in range(12000):
                if os.path.exists(gate):
                    break
                time.sleep(0.01)
        real_replace(src, dst)
    outdir.os.replace = replace
""")


@pytest.mark.slow
def test_two_real_runs_into_one_folder_never_mix(tmp_path, big_x, monkeypatch):
    out = tmp_path / "out"
    gate = tmp_path / "gate"
    monkeypatch.setenv("AI_EXPOSURE_TEST_GATE", str(gate))
    first = cli(out, big_x, background=True, args=("--lang", "nl"), extra=HOLD_UNTIL_GATE)
    try:
        while not (out / outdir.LOCK_NAME).exists():
            assert first.poll() is None, first.communicate()[1][-2000:]
            time.sleep(0.01)
        second = cli(out, X_SAMPLE, wait=0.2)
        one_error_line(second)
        gate.touch()
        third = cli(out, X_SAMPLE, wait=60)  # waits for the first, then writes its own pair
        assert third.returncode == 0, third.stderr[-2000:]
    finally:
        first.wait(60)
    assert first.returncode == 0, first.stderr.read()[-2000:]
    assert_only_outputs(out)
    assert snapshot.load(out / "snapshot.json")["settings"]["lang"] == "en"  # the third's


@pytest.mark.slow
def test_a_run_killed_between_the_two_moves_is_completed_by_the_next(tmp_path):
    out = tmp_path / "out"
    assert cli(out, X_SAMPLE, args=("--lang", "nl")).returncode == 0
    old = (out / "report.html").read_bytes()
    killed = cli(out, X_SAMPLE, extra=KILL_BETWEEN_MOVES)
    assert killed.returncode == -signal.SIGKILL
    # Killed with the new snapshot.json in place and the old report.html: not a pair, until any next
    # run into the folder (even one that fails) completes the moves first.
    assert (out / "report.html").read_bytes() == old
    with pytest.raises(AssertionError):
        assert_pair(out)
    failed = cli(out, tmp_path / "no-such-export.zip")
    assert failed.returncode == 2
    assert_only_outputs(out)
    assert snapshot.load(out / "snapshot.json")["settings"]["lang"] == "en"


def test_an_error_between_the_two_moves_still_ends_with_a_pair(tmp_path, monkeypatch):
    out = tmp_path / "out"
    run.analyze([X_SAMPLE], out, user=UserSettings(lang="nl"))
    real_replace = os.replace
    failed = []

    def replace(src, dst):
        if Path(dst) == out / outdir.OUTPUTS[1] and not failed:  # the second move only
            failed.append(dst)
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(outdir.os, "replace", replace)
    with pytest.raises(run.UsageError, match=r"report\.html: cannot be replaced \(No space left on device\)"):
        run.analyze([X_SAMPLE], out, user=UserSettings(lang="en"))
    assert failed
    assert_only_outputs(out)  # the second move was made again as the run ended
    assert snapshot.load(out / "snapshot.json")["settings"]["lang"] == "en"


def test_a_folder_at_an_outputs_name_ends_in_one_line_and_leaves_no_half_pair(tmp_path):
    out = tmp_path / "out"
    out.mkdir(mode=0o700)
    (out / "snapshot.json").mkdir()
    (out / "snapshot.json" / "keep").write_text("mine")
    line = one_error_line(cli(out, X_SAMPLE))
    assert line.startswith(f"Error: {out / 'snapshot.json'}: cannot be replaced (")
    assert sorted(os.listdir(out)) == ["snapshot.json"]  # no report.html without its snapshot
    assert (out / "snapshot.json" / "keep").read_text() == "mine"


def test_the_history_is_never_created_through_a_link_to_nowhere(tmp_path):
    from ai_exposure.history import HistoryError, connect

    link = tmp_path / "history.sqlite"
    link.symlink_to(tmp_path / "elsewhere" / "planted.sqlite")
    with pytest.raises(HistoryError, match="link to a file that does not exist"):
        connect(link)
    assert not (tmp_path / "elsewhere").exists()
    target = tmp_path / "real.sqlite"
    connect(target).close()
    link.unlink()
    link.symlink_to(target)  # a link the user made to an existing history still works
    connect(link).close()


def test_the_tools_own_files_are_known_by_name():
    assert outdir.is_own_file(outdir.LOCK_NAME)
    assert outdir.is_own_file(outdir.WORK_PREFIX + "abc123")
    assert outdir.is_own_file(".items-abc123.sqlite")
    assert not outdir.is_own_file("report.html") and not outdir.is_own_file("tweets.js")


def test_ctrl_c_waits_until_the_pair_is_moved(tmp_path):
    # In a fresh interpreter that takes Ctrl-C as a terminal gives it: a suite started as a background
    # job without job control inherits SIGINT ignored (and Python then keeps it ignored), and threads
    # left by earlier tests could take a signal sent to the whole process.
    code = textwrap.dedent('''
        import os, signal, time
        from ai_exposure import outdir
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        moved = []
        try:
            with outdir._signals_held():
                os.kill(os.getpid(), signal.SIGINT)
                time.sleep(0.05)
                moved.append("both")  # reached: the interrupt waited
            for _ in range(2000):  # it is raised here at the latest
                time.sleep(0.001)
            print("not interrupted", moved)
        except KeyboardInterrupt:
            print("interrupted after", moved)
    ''')
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "interrupted after ['both']", (done.stdout, done.stderr[-2000:])


def test_without_flock_a_lock_file_of_a_dead_run_is_taken_over(tmp_path, monkeypatch):
    monkeypatch.setattr(outdir, "fcntl", None)
    out = run.prepare_out_dir(tmp_path / "out")
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    (out / outdir.LOCK_NAME).write_text(dead.stdout)  # a run that died holding the lock
    with outdir.OutFolder(out, wait=0), pytest.raises(outdir.OutDirError, match="another run is writing"):
        outdir.OutFolder(out, wait=0.2).open()
    assert os.listdir(out) == []


# ---------------------------------------------------------------- 5: a killed run leaves nothing behind

def _kill_when(out: Path, big_x: Path, ready) -> list[int]:
    """Start a run, SIGKILL it once `ready(work folder)` holds; the pids of its helpers at that time.
    The store writes every 200 items (not 5,000): its file grows while the run parses, not only at
    the end of this small archive, when the storing helper is about to exit."""
    smaller = "from ai_exposure import store; store.ItemStore.BATCH = 200"
    proc = cli(out, big_x, background=True, extra=smaller)
    helpers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert proc.poll() is None, proc.communicate()[1][-2000:]
            work = [p for p in out.glob(outdir.WORK_PREFIX + "*")] if out.is_dir() else []
            if work and ready(work[0]):
                break
            time.sleep(0.005)
        helpers = [c.pid for c in psutil.Process(proc.pid).children(recursive=True)]
        proc.kill()
    finally:
        proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    return helpers


def _size(path: Path) -> int:
    return path.stat().st_size if path.exists() else 0


@pytest.mark.slow
def test_a_killed_run_leaves_nothing_behind_after_one_good_run(tmp_path, big_x):
    out = tmp_path / "out"
    out.mkdir(mode=0o700)
    (out / ".items-q1w2e3r4.sqlite").write_bytes(b"left by an earlier version")
    moments = {
        "parsing": lambda work: _size(work / "items.sqlite") > 256 << 10,
        "writing": lambda work: _size(work / "snapshot.json.partial") > 256 << 10,
    }
    for moment, ready in moments.items():
        helpers = _kill_when(out, big_x, ready)
        assert helpers, f"no helper process while {moment}"
        # The helpers die with the run (they would write on, and hold the lock, for nothing).
        gone, alive = psutil.wait_procs([psutil.Process(p) for p in helpers if psutil.pid_exists(p)],
                                        timeout=5)
        assert not alive, moment
        left = list(out.iterdir())
        assert any(p.name.startswith(outdir.WORK_PREFIX) for p in left), moment
    done = cli(out, X_SAMPLE)
    assert done.returncode == 0, done.stderr[-2000:]
    assert_only_outputs(out)


def test_a_run_that_fails_leaves_its_files_removed(tmp_path, monkeypatch):
    monkeypatch.setattr(parallel, "MIN_STORED_ITEMS", 0)
    monkeypatch.setattr(run, "_write_snapshot", lambda *args: os._exit(7))
    out = tmp_path / "out"
    with pytest.raises(parallel.WorkerError):
        run.analyze([X_SAMPLE], out, user=UserSettings(lang="en"))
    assert os.listdir(out) == []
