"""The second CPU, on big inputs: a forked helper process next to the main one.

While the main process reads an export and runs the parser, a helper classifies each item for AI
training, runs the personal-data scan and stores it (SQLite): the main process sends it the items'
fields in batches over a pipe (a run of items, model.ItemRun, as its columns), and waits only when
the helper is a few batches behind (memory stays bounded). Once the items are stored, snapshot.json
and the report's compressed item data are written by two helpers while the main process renders the
rest of the report.

Only on Linux, which can fork safely (the helpers inherit the run's state, nothing is set up
twice), with more than one CPU, and only for inputs big enough to pay for it: the samples and the
tests run in one process as before. A helper that fails or dies ends the run with one line
(`WorkerError`), never a hang: the main process sees the pipe close."""

from __future__ import annotations

import array
import itertools
import logging
import multiprocessing
import operator
import os
import pickle
import signal
import struct
import sys
import traceback
from collections import namedtuple
from collections.abc import Callable, Iterable
from datetime import UTC
from pathlib import Path
from typing import Any, cast

from . import schema
from .errors import Error
from .model import Item, ItemRun, SourceInfo, hashed_keys
from .sink import Assess, Finder, SinkResult, Storing
from .store import ItemStore, prepare_key_check

try:
    import fcntl
    import termios
except ImportError:  # not on Windows, where the helpers are not used at all
    fcntl = None  # type: ignore[assignment]
    termios = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

# A source whose files hold at least this many bytes is parsed with a storing helper; a store with at
# least this many items is written out by helpers. Below that a fork costs more than it saves.
MIN_SOURCE_BYTES = 24 << 20
MIN_STORED_ITEMS = 20_000

BATCH = 2000  # items per message: big enough that pickling is cheap per item, small for memory
# The data pipe's buffer (Linux: F_SETPIPE_SZ; 1 MB is the unprivileged limit): the parser may run a
# few batches ahead of the helper, so that neither waits on the other.
PIPE_BYTES = (4 << 20, 1 << 20)
_LENGTH = struct.Struct("<Q")

# The fields of an Item, in order (schema.ITEM_FIELDS), and a named tuple with the same attribute
# names: what the helper gets instead of an Item (its checks already ran in the main process), read
# by the same code (sink.Storing).
_item_fields = operator.attrgetter(*schema.ITEM_NAMES)


class ItemFields(namedtuple("ItemFields", schema.ITEM_NAMES)):  # type: ignore[misc]
    __slots__ = ()

    def without_text(self) -> ItemFields:
        return self._replace(**{"text": ""})  # fields made from schema.ITEM_NAMES: unknown to mypy


class WorkerError(Error):
    """A helper process failed or ended unexpectedly. One line, for the user."""

    exit_code = 1


def available() -> bool:
    forced = os.environ.get("AI_EXPOSURE_PARALLEL", "")
    if forced == "0":
        return False
    # Linux only: macOS offers fork, but its system libraries are not safe to use in a forked child.
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods() \
        and (os.cpu_count() or 1) > 1


def widen_pipe(fd: int) -> int:
    """A pipe's buffer made as large as the system lets an unprivileged process make it (PIPE_BYTES),
    so that its writer may run ahead of its reader; its size in bytes."""
    for size in PIPE_BYTES:
        try:
            fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, size)
            break
        except (OSError, AttributeError):  # AttributeError: no F_SETPIPE_SZ (not Linux)
            continue  # the default size works too, with the writer waiting more often
    try:
        return int(fcntl.fcntl(fd, fcntl.F_GETPIPE_SZ))
    except (OSError, AttributeError):
        return 64 << 10


def fork_context():
    """How the helpers are started (fork): what they share with the main process is made from it."""
    return multiprocessing.get_context("fork")


_PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int) -> None:
    """In a helper: be killed when the main process dies, even by SIGKILL or the out-of-memory killer,
    instead of writing on (and holding the output folder's lock) for a run that is gone. Linux only."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # it died before the line above took effect
        os._exit(1)


def _describe(proc) -> str:
    proc.join(5)
    code = proc.exitcode
    if code is None:
        return "it stopped answering"
    if code < 0:
        return f"it was killed by signal {-code}"
    return f"exit code {code}"


# ---------------------------------------------------------------- storing helper (one per source)

class ForkedSink:
    """An item sink (sink.ItemSink) whose items are stored by a forked helper running sink.Storing,
    the code LocalSink runs, in the same order. The store must be flushed and merged before (the
    helper opens its own connection); `finder`'s state comes back in the result of `finish`."""

    def __init__(self, store: ItemStore, source_id: int, info: SourceInfo, assess: Assess,
                 finder: Finder | None = None, no_text: bool = False) -> None:
        self._store = store
        self._info = info
        ctx = fork_context()
        # Batches go down a plain pipe (pickled, length-prefixed: a third of the cost of a
        # multiprocessing connection's socket here); the result comes back on a connection.
        data_in, self._data = os.pipe()
        self._pipe_bytes = widen_pipe(self._data)
        self._finder = finder
        self._conn, reply = ctx.Pipe(duplex=False)
        self._proc = ctx.Process(target=_store_items,
                                 args=(data_in, self._data, reply, os.getpid(),
                                       (store, source_id, info, assess, finder, no_text)), daemon=True)
        self._proc.start()
        # The helper's ends: only the helper holds them, so its death breaks the pipe and ends the reply.
        os.close(data_in)
        reply.close()
        self._batch: list[tuple | list] = []
        self._items: list[Item | None] = []
        self._rows = 0  # items in the batch (a run is many)
        self.prescanned_batches = 0
        self.keyed_runs = 0  # runs whose derived keys this process made (the helper was behind)

    def add(self, item: Item) -> None:
        self._batch.append(_item_fields(item))
        self._items.append(item)
        self._rows += 1
        if self._rows >= BATCH:
            self._send()

    def add_run(self, run: ItemRun) -> None:
        # A run goes as a list (an item's fields are a tuple): its template's fields, its columns and
        # its key prefix (with one, the helper makes the keys from the first column). When the helper
        # is behind (a quarter of the pipe waits), this process makes a run's derived keys itself,
        # as it shares the finder's work (`_send`): the two stay about as busy.
        prefix = run.key_prefix
        made_here = prefix is not None and self._backlog() >= self._pipe_bytes // 4
        if made_here:
            self.keyed_runs += 1
        self._batch.append([_item_fields(run.template), pack_columns(run, keys=made_here),
                            None if made_here else prefix])
        self._items.append(None)  # the helper inspects a run's items itself
        self._rows += len(run)
        if self._rows >= BATCH:
            self._send()

    def _send(self) -> None:
        info = self._info
        # A parser may learn the region or birth date while it reads (e.g. from a profile file): the
        # helper classifies each batch with the values the main process has at that point.
        hints = (info.region_hint, info.region_hint_evidence, info.birth_date)
        # Sharing the work: when the helper is behind (a batch or more waits in the pipe), this
        # process runs the finder's costly part for the batch and sends what it found along; the
        # helper keeps it in the same order, so the findings are the same either way.
        prescanned = None
        if self._finder is not None and self._backlog() >= self._pipe_bytes // 4:
            finder, items = self._finder, self._items
            prescanned = [None if item is None else finder.prescan(item, info) for item in items]
            self.prescanned_batches += 1
        self._message(("items", hints, self._batch, prescanned))
        self._batch = []
        self._items = []
        self._rows = 0

    def _backlog(self) -> int:
        """Bytes sent that the helper has not read yet (0 where the system cannot say)."""
        waiting = array.array("i", [0])
        try:
            fcntl.ioctl(self._data, termios.FIONREAD, waiting, True)
        except (OSError, AttributeError):
            return 0
        return waiting[0]

    def _message(self, message: tuple) -> None:
        blob = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            _write_all(self._data, _LENGTH.pack(len(blob)))
            _write_all(self._data, blob)
        except OSError:  # EPIPE: the helper is gone
            raise self._ended() from None

    def _ended(self) -> WorkerError:
        try:  # a helper that failed on its own said why before it ended
            if self._conn.poll(1):
                reply = self._conn.recv()
                if reply[0] == "failed":
                    return WorkerError(f"the storing process failed ({reply[1]})")
        except (OSError, EOFError):
            pass
        return WorkerError(f"the storing process ended unexpectedly ({_describe(self._proc)})")

    def finish(self) -> SinkResult:
        """Every item stored; the helper's counts and the finder's state (the store adopts the
        counts). Raises WorkerError."""
        try:
            if self._batch:
                self._send()
            self._message(("end",))
            try:
                reply = self._conn.recv()
            except (OSError, EOFError):
                raise self._ended() from None
        finally:
            self._close()
        self._proc.join()
        if reply[0] != "done":
            raise WorkerError(f"the storing process failed ({reply[1]})")
        result: SinkResult = reply[1]
        self._store.adopt_counts(result.added, result.duplicates, result.tally, result.key_hashes)
        return result

    def _close(self) -> None:
        if self._data >= 0:
            os.close(self._data)
            self._data = -1
        self._conn.close()

    def abort(self) -> None:
        if self._proc.is_alive():
            self._proc.terminate()
        self._proc.join()
        self._close()


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _messages(fd: int):
    """The main process's messages from the data pipe; EOFError when it ends mid-way (main gone)."""
    with os.fdopen(fd, "rb", buffering=1 << 20) as pipe:
        while True:
            head = pipe.read(_LENGTH.size)
            if len(head) < _LENGTH.size:
                raise EOFError
            (size,) = _LENGTH.unpack(head)
            blob = pipe.read(size)
            if len(blob) < size:
                raise EOFError
            yield pickle.loads(blob)


# A run's columns travel as MessagePack where they can: pickling a datetime costs 0.7 µs, which was
# most of pickling a run (0.9 µs a record against 0.03 µs); msgspec keeps a UTC date exact.
try:
    import msgspec

    _RUN_CODEC: tuple[Any, Any] | None = (msgspec.msgpack.Encoder(), msgspec.msgpack.Decoder())
except ImportError:  # pragma: no cover - a declared dependency
    _RUN_CODEC = None


def pack_columns(run: ItemRun, keys: bool = False) -> bytes | tuple[list, ...]:
    """A run's key (or, for derived keys, key source; with `keys`, its keys however made), date,
    text and link columns for the pipe: MessagePack when every date is UTC (MessagePack keeps the
    instant, not the zone) and every text encodes as UTF-8 (a lone surrogate does not), else the
    lists as they are (pickled)."""
    columns = (run.keys if keys else run.identities(), run.created, run.texts, run.urls)
    if _RUN_CODEC is not None and _all_utc(run.created):
        try:
            return cast(bytes, _RUN_CODEC[0].encode(columns))
        except (UnicodeEncodeError, ValueError, TypeError):
            pass
    return columns


_TZINFO = operator.attrgetter("tzinfo")


def _all_utc(dates: list) -> bool:
    """Whether every date's zone is UTC itself, or the date None (by the zones' identities, in C,
    where no date is None)."""
    try:
        return set(map(id, map(_TZINFO, dates))) <= {id(UTC)}
    except AttributeError:  # some are None
        return all(d is None or d.tzinfo is UTC for d in dates)


def unpack_columns(packed: bytes | tuple[list, ...]) -> tuple[list, ...]:
    if packed.__class__ is bytes:
        assert _RUN_CODEC is not None
        return tuple(_RUN_CODEC[1].decode(packed))
    return cast(tuple[list, ...], packed)


def _store_items(data: int, main_end: int, conn, parent: int, args: tuple) -> None:
    """The helper: its own connection to the same store, then sink.Storing for each item."""
    _die_with_parent(parent)
    os.close(main_end)  # inherited; the main process's copy alone must keep the pipe open
    try:
        main_store, source_id, info, assess, finder, no_text = args
        prepare_key_check()
        store = main_store.reopened()
        storing = Storing(store, source_id, info, assess, finder, None, no_text)
        # An ItemFields stands in for the Item it was made from (same attributes).
        add, add_run = storing.add, storing.add_run
        make = cast(Callable[[Iterable[Any]], Item], ItemFields._make)
        for message in _messages(data):
            if message[0] == "end":
                break
            info.region_hint, info.region_hint_evidence, info.birth_date = message[1]
            found_of = message[3] or itertools.repeat(None)  # what the main process prescanned, if any
            for fields, found in zip(message[2], found_of, strict=False):
                if fields.__class__ is list:  # a run (ForkedSink.add_run)
                    template, packed, prefix = fields
                    keys, created, texts, urls = unpack_columns(packed)
                    if prefix is not None:
                        keys = hashed_keys(prefix, keys)
                    add_run(make(template), keys, created, texts, urls)
                else:
                    add(make(fields), found)
        result = storing.result(finder.state() if finder is not None else None)
        store.close()
        conn.send(("done", result))
    except EOFError:  # the main process is gone: nothing to report to
        return
    except BaseException as exc:  # noqa: BLE001 - reported to the main process as one line
        log.debug("storing helper failed\n%s", traceback.format_exc())
        try:
            conn.send(("failed", f"{type(exc).__name__}"))
        except OSError:
            pass
    finally:
        conn.close()


# ---------------------------------------------------------------- writing helpers (after parsing)

class Task:
    """`fn(*args)` in a forked helper; `wait()` returns once it is done, or raises WorkerError."""

    def __init__(self, what: str, fn: Callable[..., None], *args: Any) -> None:
        self.what = what
        ctx = fork_context()
        self._conn, child = ctx.Pipe(duplex=False)
        self._proc = ctx.Process(target=_run_task, args=(child, fn, args, os.getpid()), daemon=True)
        self._proc.start()
        child.close()
        self._done = False

    def wait(self) -> None:
        if self._done:
            return
        try:
            reply = self._conn.recv()
        except (OSError, EOFError):
            raise WorkerError(f"{self.what} ended unexpectedly ({_describe(self._proc)})") from None
        finally:
            self._conn.close()
        self._proc.join()
        self._done = True
        if reply != "ok":
            raise WorkerError(f"{self.what} failed ({reply})")

    def finished(self) -> bool:
        """Without waiting: True once the helper is done (raises WorkerError if it failed)."""
        if not self._done and self._conn.poll():
            self.wait()
        return self._done

    def abort(self) -> None:
        if not self._done:
            self._conn.close()
            if self._proc.is_alive():
                self._proc.terminate()
            self._proc.join()
            self._done = True


def _run_task(conn, fn, args, parent: int) -> None:
    _die_with_parent(parent)
    try:
        fn(*args)
        conn.send("ok")
    except BaseException as exc:  # noqa: BLE001 - reported to the main process as one line
        log.debug("helper failed\n%s", traceback.format_exc())
        try:
            conn.send(f"{type(exc).__name__}: {exc}"[:200] if isinstance(exc, OSError)
                      else type(exc).__name__)
        except OSError:
            pass
    finally:
        conn.close()


def remove(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
