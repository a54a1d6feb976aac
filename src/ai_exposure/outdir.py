"""The output folder (--out), written so that nobody else can redirect or mix up what a run writes.

- Files are created exclusively and owner-only, never through a symbolic link (`create_private`), and
  written under a unique temporary name that is renamed into place when complete (`atomic`).
- An existing folder that another user owns, or that other users can write to, is refused: whoever can
  plant names in it can steer the run's writes. A folder of the user's own is tightened to 0700.
- One run at a time (`OutFolder`): a lock file, held for the whole run (the second run waits a short
  while, then stops with one line). Under the lock a run first cleans up after runs that died, then
  writes everything into a private work folder of its own and moves snapshot.json and report.html
  into place together at the end (`OutFolder.commit`).
- The pair: a marker in the work folder says both files are complete before the first is moved. A run
  killed between the two moves leaves the marker; the next run finishes the moves before anything else,
  so report.html and snapshot.json always come from the same run.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import shutil
import signal
import stat
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

try:
    import fcntl
except ImportError:  # Windows: an exclusively created lock file instead of flock
    fcntl = None  # type: ignore[assignment]

LOCK_NAME = ".ai-exposure.lock"
WORK_PREFIX = ".ai-exposure-run-"  # a run's private work folder: its item store and unfinished files
READY = "ready"  # in a work folder: both outputs are complete and are being moved into place
OUTPUTS = ("snapshot.json", "report.html")  # moved into place in this order
LOCK_WAIT_SECONDS = 5.0  # how long a second run into the same folder waits for the first
# What earlier versions left in the folder when a run died: fixed-name partial files and item stores
# (with the full text of every post) next to the outputs.
_LEFTOVER = re.compile(r"\.items-.+\.sqlite|\.report-(items|untranslated)-.+\.partial"
                       r"|(report\.html|snapshot\.json)\.partial|\.(report\.html|snapshot\.json)\..+\.partial")

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_BINARY = getattr(os, "O_BINARY", 0)


class OutDirError(Exception):
    """The output folder cannot be used safely (or is busy). One line, for the user."""


# ---------------------------------------------------------------- single files

def create_private(path: Path, mode: str = "w") -> IO[Any]:
    """A new file, readable by the owner only (0600, whatever the umask), open for writing. Never
    opens an existing file or follows a symbolic link: FileExistsError (or ELOOP) instead."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC | _BINARY, 0o600)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)
        if "b" in mode:
            return os.fdopen(fd, mode)
        return os.fdopen(fd, mode, encoding="utf-8", newline="\n")
    except BaseException:
        os.close(fd)
        raise


def temporary_name(final: Path) -> Path:
    """A name next to `final` for writing it, unique to this writer (a fixed name can be planted)."""
    return final.with_name(f".{final.name}.{secrets.token_hex(8)}.partial")


@contextlib.contextmanager
def atomic(final: Path, mode: str = "w", tmp: Path | None = None) -> Iterator[IO[Any]]:
    """Write `final` through a new temporary file (`tmp`, by default a unique name next to it), renamed
    over `final` once written: readers see the old file or the whole new one. The rename replaces a
    symbolic link at `final` itself; it never writes through one."""
    if tmp is None:
        while True:
            tmp = temporary_name(final)
            try:
                fh = create_private(tmp, mode)
                break
            except FileExistsError:
                continue
    else:
        fh = create_private(tmp, mode)
    try:
        with fh:
            yield fh
        os.replace(tmp, final)
    except BaseException:
        _unlink(tmp)
        raise


def _unlink(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


# ---------------------------------------------------------------- the folder

def prepare(out: Path) -> Path:
    """Create `out` (0700), or check an existing one: a folder, the user's own, not writable by other
    users (then tightened to 0700). Raises OutDirError with one line otherwise."""
    uid = os.geteuid() if hasattr(os, "geteuid") else None
    try:
        link = os.lstat(out)
    except FileNotFoundError:
        link = None
    except OSError as exc:
        raise OutDirError(f"{out}: cannot use the output folder ({exc.strerror or exc})") from None
    if link is not None and stat.S_ISLNK(link.st_mode) and uid is not None and link.st_uid not in (uid, 0):
        raise OutDirError(f"{out}: the output folder is a link made by another user; "
                          "choose a folder of your own")
    if out.exists() and not out.is_dir():
        raise OutDirError(f"{out}: exists and is not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True, mode=0o700)
        st = os.stat(out)
    except OSError as exc:
        raise OutDirError(f"{out}: cannot create the output folder ({exc.strerror or exc})") from None
    if uid is not None:  # POSIX; root is held to the same rules (it can write anywhere, but should not)
        if st.st_uid != uid:
            raise OutDirError(f"{out}: the output folder belongs to another user; "
                              "choose a folder of your own")
        if st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
            raise OutDirError(f"{out}: other users can write to the output folder; "
                              "choose a folder only you can write to")
        if stat.S_IMODE(st.st_mode) != 0o700:
            try:
                os.chmod(out, 0o700)
            except OSError as exc:
                raise OutDirError(f"{out}: cannot make the output folder private "
                                  f"({exc.strerror or exc})") from None
    if not os.access(out, os.W_OK):
        raise OutDirError(f"{out}: the output folder is not writable")
    return out


class OutFolder:
    """One run's hold on the output folder: the lock, a private work folder for everything it writes,
    and the move of the finished pair into place. Use as a context manager (or open / close)."""

    def __init__(self, out: Path, wait: float | None = None) -> None:
        self.path = out
        self.wait = LOCK_WAIT_SECONDS if wait is None else wait
        self.work: Path | None = None
        self._lock_fd: int | None = None

    def __enter__(self) -> OutFolder:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def open(self) -> Path:
        """Lock, finish or remove what dead runs left, and make this run's work folder (returned)."""
        self._lock()
        try:
            recover(self.path)
            self.work = Path(tempfile.mkdtemp(prefix=WORK_PREFIX, dir=self.path))
        except BaseException:
            self._unlock()
            raise
        return self.work

    def commit(self) -> None:
        """Move the work folder's snapshot.json and report.html into the output folder, as a pair:
        with the marker set first, a run stopped between the two moves is completed by the next."""
        assert self.work is not None
        with _signals_held():
            create_private(self.work / READY).close()
            moved = 0
            try:
                for name in OUTPUTS:
                    os.replace(self.work / name, self.path / name)
                    moved += 1
            except OSError as exc:  # e.g. a folder by that name: one line, not a traceback
                if not moved:  # nothing moved: the earlier pair stays, this one is dropped
                    os.unlink(self.work / READY)
                raise OutDirError(f"{self.path / name}: cannot be replaced ({exc.strerror or exc})") from None
            os.unlink(self.work / READY)

    def close(self) -> None:
        """Remove the work folder (the item store with it) and give the lock up. A pair whose move
        was interrupted (an error between the two moves) is completed first."""
        if self.work is not None:
            _finish(self.work, self.path)
            self.work = None
        self._unlock()

    # The lock file is removed by the run that holds it, so that a finished run leaves only its two
    # outputs. A run that waited for it may then hold a lock on the removed file: it checks that what
    # it locked is still the file by that name, and tries again if not.
    def _lock(self) -> None:
        path = self.path / LOCK_NAME
        deadline = time.monotonic() + self.wait
        while True:
            fd = _lock_file(path) if fcntl is not None else _exclusive_lock_file(path)
            if fd is not None and (fcntl is None or (_flock(fd) and _is_at(fd, path))):
                os.ftruncate(fd, 0)
                os.write(fd, f"{os.getpid()}\n".encode())
                self._lock_fd = fd
                return
            if fd is not None:
                os.close(fd)
            if time.monotonic() >= deadline:
                raise OutDirError(f"{self.path}: another run is writing to this folder; "
                                  "wait until it is done or choose another --out")
            time.sleep(0.1)

    def _unlock(self) -> None:
        if self._lock_fd is None:
            return
        _unlink(self.path / LOCK_NAME)
        os.close(self._lock_fd)  # with flock: releases the lock (helpers of this run are done by now)
        self._lock_fd = None


def _lock_file(path: Path) -> int:
    for _ in range(10):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | _NOFOLLOW | _CLOEXEC, 0o600)
        except OSError as exc:
            if exc.errno == errno.ELOOP:  # a symbolic link put there: removed, never followed
                _unlink(path)
                continue
            raise OutDirError(f"{path}: cannot create the lock file ({exc.strerror or exc})") from None
        if stat.S_ISREG(os.fstat(fd).st_mode):
            return fd
        os.close(fd)  # a FIFO or device by that name: not ours to lock
        _unlink(path)
    raise OutDirError(f"{path}: cannot create the lock file")


def _flock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def _is_at(fd: int, path: Path) -> bool:
    try:
        here = os.lstat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (here.st_dev, here.st_ino) == (mine.st_dev, mine.st_ino)


def _exclusive_lock_file(path: Path) -> int | None:
    """Without flock: the lock is the file's existence; the file of a run that died is removed."""
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY, 0o600)
    except FileExistsError:
        pass
    if os.name == "nt":
        # Windows cannot remove a file another process holds open: removed means its run is gone.
        try:
            os.unlink(path)
        except PermissionError:
            return None
        return _exclusive_lock_file(path)
    try:
        pid = int(path.read_text(encoding="ascii").strip() or "0")
    except (OSError, ValueError):
        pid = 0
    if pid and _alive(pid):
        return None
    _unlink(path)  # its run is gone
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY, 0o600)
    except FileExistsError:  # another run was quicker
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recover(out: Path) -> None:
    """With the lock held: what runs that died left in `out`. A work folder whose pair was complete is
    moved into place (the run died between the two moves); other work folders and leftovers of earlier
    versions are removed (they may hold the full text of every post)."""
    for entry in os.scandir(out):
        name = entry.name
        if name.startswith(WORK_PREFIX) and entry.is_dir(follow_symlinks=False):
            _finish(Path(entry.path), out)
        elif name.startswith(WORK_PREFIX) or _LEFTOVER.fullmatch(name):
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
            else:
                _unlink(Path(entry.path))


def _finish(work: Path, out: Path) -> None:
    """Move what is left of a complete pair (READY set) into `out`, then remove the work folder."""
    if (work / READY).is_file():
        try:
            for output in OUTPUTS:
                done = work / output
                if done.is_file() and not done.is_symlink():
                    os.replace(done, out / output)
        except OSError:
            return  # kept, with its marker, for the next run to complete
    shutil.rmtree(work, ignore_errors=True)


def is_own_file(name: str) -> bool:
    """Whether a file or folder name in an output folder is one of the tool's own working files (the
    lock, a run's work folder, what earlier versions left), not part of any export."""
    return name == LOCK_NAME or name.startswith(WORK_PREFIX) or bool(_LEFTOVER.fullmatch(name))


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Ctrl-C (and a polite kill) wait until the block is done: the pair is moved together."""
    held = {getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)}
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)
