"""The main job's engine: read the inputs into an item store kept in a private work folder (`parse`),
and write snapshot.json and report.html from it (`write_outputs`). The public API (api.py) drives it,
and the command line drives the API; `analyze` here is the whole job in one call, for tests."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, Any

from . import eligibility, guidance, i18n, outdir, parallel, policy, report, sensitive, snapshot
from .archive import Limits
from .errors import Error
from .parsing import Options, ParserSpec
from .pipeline import Analysis, Assess, Pipeline, Progress, default_assess
from .settings import UserSettings
from .store import ItemStore

HELPER_CACHE_MB = 8  # SQLite page cache of each helper writing snapshot.json or the report's items
WRITING = "writing the report"  # the progress label while snapshot.json and report.html are written
STORE_NAME = "items.sqlite"


class UsageError(Error):
    """Input the run cannot use at all (no export found, output folder not writable). One line."""


class OutputError(Error):
    """The outputs (or the item store beside them) could not be written: the disk is full, the folder
    went away. What was in the output folder before is kept."""

    exit_code = 1


@dataclass
class RunResult:
    analysis: Analysis
    report: Path
    snapshot: Path
    # Messages the report's language has no translation for (they were shown in English).
    untranslated: set[str] = field(default_factory=set)
    # The policy knowledge base is old on the run's day (policy.age_notice): the terminal says so too.
    policy_notice: i18n.Msg | None = None


def prepare_out_dir(out: Path) -> Path:
    """Create the output folder, or check an existing one (see outdir.prepare). Raises UsageError."""
    try:
        return outdir.prepare(out)
    except outdir.OutDirError as exc:
        raise UsageError(str(exc)) from None


class Workspace:
    """Where a run keeps its item store: the work folder of its output folder (`out`: checked and
    locked first, so a run that cannot write its report fails before reading a byte, and no other run
    writes there meanwhile), or a private temporary folder. `close` removes it, the store with it."""

    def __init__(self, out: Path | None = None) -> None:
        self.out = out
        self.created = out is not None and not out.exists()
        self._folder: outdir.OutFolder | None = None
        if out is None:
            self.dir = Path(tempfile.mkdtemp(prefix="ai-exposure-"))  # 0700
            return
        self.out = prepare_out_dir(out)
        self._folder = outdir.OutFolder(self.out)
        try:
            self.dir = self._folder.open()
        except outdir.OutDirError as exc:
            raise UsageError(str(exc)) from None

    def commit(self) -> None:
        """snapshot.json and report.html, written in `dir`, into the output folder together."""
        assert self._folder is not None
        try:
            self._folder.commit()
        except outdir.OutDirError as exc:
            raise UsageError(str(exc)) from None

    def close(self, remove_created: bool = False) -> None:
        """Remove the work folder; `remove_created`: also the output folder this run made, if empty."""
        if self._folder is None:
            shutil.rmtree(self.dir, ignore_errors=True)
            return
        self._folder.close()
        if remove_created and self.created and self.out is not None:
            with contextlib.suppress(OSError):
                self.out.rmdir()


@dataclass
class Parsed:
    """What parsing gave: the sources and their items (in the store), the settings as snapshot.json
    states them, and the personal-data finder's summary (see sensitive.SensitiveFinder.summary)."""

    analysis: Analysis
    settings: dict[str, Any]
    sensitive: dict[str, Any]
    options: Options
    user: UserSettings
    # The AI-training knowledge base the verdicts came from, and the run's day (for the policies'
    # start dates and the knowledge base's age).
    kb: policy.KnowledgeBase
    today: date

    def policy_notice(self) -> i18n.Msg | None:
        """What to say when the knowledge base is old on the run's day (None when it is not)."""
        return policy.age_notice(self.kb, self.today)


def parse(paths: list[Path], work: Path, options: Options, user: UserSettings,
          progress: Progress | None = None, assess: Assess = default_assess,
          limits: Limits | None = None, settings: dict[str, Any] | None = None,
          specs: dict[str, ParserSpec] | None = None, policies: policy.KnowledgeBase | None = None,
          today: date | None = None) -> Parsed:
    """Read every path into a new item store in `work`. Raises UsageError when no input holds a known
    export (the store closed); inputs that could not be used are listed in the result otherwise.
    `policies`: the AI-training knowledge base (policy.resolve(); the packaged one when not given).
    `today`: the run's date (the clock when not given)."""
    kb = policies or policy.load()
    today = today or datetime.now(UTC).date()
    if assess is default_assess:
        assess = eligibility.assessor(user, today=today, kb=kb)
    store = ItemStore(work / STORE_NAME)
    try:
        # Sees item text as it streams past, so --no-text still counts findings (without their values).
        finder = sensitive.SensitiveFinder(
            region=sensitive.region_code(user.region or str((settings or {}).get("region", ""))),
            no_text=options.no_text)
        analysis = Pipeline(store, options, assess=assess, limits=limits, progress=progress,
                            specs=specs, finder=finder).run(paths)
        if not analysis.sources:
            raise UsageError("; ".join(analysis.unusable) or "no input given")
    except BaseException:
        store.close()
        raise
    settings = {"no_text": options.no_text, **user.to_dict(),
                **guidance.snapshot_fields(analysis, user, kb), **(settings or {})}
    return Parsed(analysis, settings, finder.summary(), options, user, kb, today)


def write_outputs(parsed: Parsed, work: Path, progress: Progress | None = None) -> set[str]:
    """snapshot.json and report.html in `work` (the report embeds the snapshot); what the report's
    language had no translation for. Big runs write the snapshot and the item list in helper
    processes while this one renders the rest (see ForkedParts)."""
    analysis, options, user, kb = parsed.analysis, parsed.options, parsed.user, parsed.kb
    store = analysis.store
    # The parsing bars stop at 100% here; writing a big report takes a while, and says so.
    if progress is not None:
        progress(WRITING, 0, 1)
    snap = work / "snapshot.json"
    lang = user.language()
    translator = i18n.Translator(lang, lookup=store.message)
    flagged = parsed.sensitive.get("keys", frozenset())
    report.index_for_browser(store)  # before the helpers below open the store: they read it too
    parts: report.ReportParts
    if store.added() >= parallel.MIN_STORED_ITEMS and parallel.available():
        parts = ForkedParts(analysis, snap, parsed.settings, flagged, options.no_text, work, lang)
    else:
        snapshot.write(analysis, snap, parsed.settings)
        parts = report.LocalParts(store, snap, options.no_text, flagged, translator.text)
    try:
        report.render(analysis, work / "report.html", parsed.settings, sensitive=parsed.sensitive,
                      lang=lang, guidance=guidance.build(analysis, user, lang, kb, parsed.today,
                                                         no_text=options.no_text),
                      policy_as_of=guidance.as_of(lang, kb),
                      markers=guidance.timeline_markers(analysis, user, lang, kb),
                      translator=translator, parts=parts)
        translator.missing |= parts.finish()
    finally:
        parts.close()
    if progress is not None:
        progress(WRITING, 1, 1)
    return translator.missing


# A snapshot of at least this many items has its last part written by the item list's helper once that
# list is done (see Rest): that list takes a third of the snapshot's time, and the snapshot's helper
# was the last to finish, the other CPU idle. That helper takes REST_SHARE of the rows the snapshot's
# helper has not come to yet: a little more than half, as the snapshot's helper then appends them.
SPLIT_SNAPSHOT_FROM = 200_000
REST_SHARE = 0.55


class ForkedParts:
    """The report's two code-written parts, each made by a forked helper with its own connection to
    the store while this process renders the rest of the page (see report.ReportParts):

    - the item list: the helper writes it compressed to a file in the work folder; `write_items`
      copies it into the page once the helper is done;
    - the snapshot: the helper writes snapshot.json and sends the same bytes through a pipe, which a
      thread here compresses into a file as they come (this process has time for that while it waits;
      the helper, on the critical path, has not); `write_snapshot` copies that file into the page
      as it grows. For a big snapshot the item list's helper then writes the snapshot's last items
      into a file of its own, which the snapshot's helper appends to snapshot.json and the pipe once
      told it is whole."""

    def __init__(self, analysis: Analysis, snap: Path, settings: dict[str, Any],
                 flagged: frozenset[str], no_text: bool, work: Path, lang: str = "en") -> None:
        """`work`: the run's private work folder, where `snap` and the parts' files are written."""
        self._files = [work / "report-items.partial", work / "report-snapshot.partial",
                       work / "untranslated.json", work / "snapshot-rest.partial"]
        self._items_file, self._snapshot_file, self._untranslated, rest_file = self._files
        # snapshot.write's file while writing (the name a killed run's leftovers are known by).
        self._partial = snap.with_name(snap.name + ".partial")
        self._snapshot: parallel.Task | None = None
        self._items: parallel.Task | None = None
        self._packer: threading.Thread | None = None
        self._packer_error: BaseException | None = None
        # The packed snapshot's bytes in its file so far, and whether the thread is done with it.
        self._packed = 0
        self._pack_done = False
        self._pack_cond = threading.Condition()
        opened: list[int] = []  # pipe ends this process holds (closed once both helpers hold theirs)
        try:
            for path in self._files:
                outdir.create_private(path).close()
            rest = None
            if analysis.store.added() >= max(1, SPLIT_SNAPSHOT_FROM):
                rest = Rest(rest_file, 1 + snapshot.max_rowid(analysis))
                opened += [rest.done_read, rest.done_write]
            read_end, write_end = os.pipe()
            opened += [read_end, write_end]
            # The snapshot's helper writes a chunk of 2,000 items (about 1 MB) at a time: with the default
            # 64 KB buffer it waited on the compressing thread here for 3-4 s of a 9 s Takeout write.
            parallel.widen_pipe(write_end)
            self._snapshot = parallel.Task("writing snapshot.json", _write_snapshot, analysis, snap,
                                           settings, self._partial, write_end, rest)
            os.close(write_end)  # the helper holds it now: its end (or death) is the pipe's end
            opened.remove(write_end)
            self._items = parallel.Task("writing the report's item list", _write_items, analysis,
                                        no_text, flagged, self._items_file, lang, self._untranslated, rest)
            if rest is not None:  # each helper holds its end now
                for fd in (rest.done_read, rest.done_write):
                    os.close(fd)
                    opened.remove(fd)
            # Started after the forks: a helper is forked from a process with this thread alone.
            self._packer = threading.Thread(target=self._pack, args=(read_end,), daemon=True)
            self._packer.start()
            opened.remove(read_end)
        except BaseException:  # e.g. the second fork failed: stop the first, leave no files behind
            for fd in opened:
                os.close(fd)
            self.close()
            raise

    def _pack(self, read_end: int) -> None:
        with os.fdopen(read_end, "rb", buffering=0) as pipe:
            try:
                with open(self._snapshot_file, "wb") as fh:
                    report.write_embedded_snapshot(_Announced(fh, self._announce),
                                                   iter(lambda: pipe.read(1 << 20), b""))
            except BaseException as exc:  # noqa: BLE001 - raised in the main thread by write_snapshot
                self._packer_error = exc
                while pipe.read(1 << 20):  # the helper must not block on a full pipe: read it out
                    pass
            finally:
                self._announce(0, done=True)

    def _announce(self, n: int, done: bool = False) -> None:
        with self._pack_cond:
            self._packed += n
            self._pack_done = self._pack_done or done
            self._pack_cond.notify_all()

    @staticmethod
    def _copy(path: Path, fh: IO[str]) -> None:
        with open(path, encoding="ascii") as src:
            while piece := src.read(1 << 20):
                fh.write(piece)

    def write_items(self, fh: IO[str]) -> None:
        assert self._items is not None
        self._items.wait()
        self._copy(self._items_file, fh)

    def write_snapshot(self, fh: IO[str]) -> None:
        """The packed snapshot, copied into the page as the packing thread writes it: when the helper
        is done, only its last piece is left to copy (the whole was copied then: a third of a second
        of a big run's end). Raises the helper's or the thread's error after it, and the page, written
        under a temporary name (report.render), is not kept."""
        assert self._snapshot is not None and self._packer is not None
        copied = 0
        with open(self._snapshot_file, "rb") as src:
            while True:
                with self._pack_cond:
                    while self._packed == copied and not self._pack_done:
                        self._pack_cond.wait()
                    packed, done = self._packed, self._pack_done
                while copied < packed:
                    data = src.read(min(packed - copied, 1 << 20))
                    if not data:
                        raise RuntimeError("the packed snapshot is shorter than said")
                    fh.write(data.decode("ascii"))
                    copied += len(data)
                if done:
                    break
        self._snapshot.wait()  # raises WorkerError if the helper failed: its bytes are not whole
        self._packer.join()
        if self._packer_error is not None:
            raise self._packer_error

    def finish(self) -> set[str]:
        """Evidence the item list's helper showed in English for want of a translation."""
        for task in (self._snapshot, self._items):
            assert task is not None
            task.wait()
        text = self._untranslated.read_text(encoding="utf-8")
        return set(json.loads(text)) if text else set()

    def close(self) -> None:
        for task in (self._snapshot, self._items):
            if task is not None:
                task.abort()  # a helper ended: the pipe ends, and the thread with it
        if self._packer is not None:
            self._packer.join()
        # Partial files are left only by a run that failed (finished ones were renamed).
        for path in [*self._files, self._partial]:
            parallel.remove(path)


class _Announced:
    """The packing thread's file: each write is in it (flushed) when `announce` says how many bytes
    it added."""

    def __init__(self, fh: IO[bytes], announce: Callable[[int], None]) -> None:
        self._fh = fh
        self._announce = announce

    def write(self, text: str) -> None:
        self._fh.write(text.encode("ascii"))
        self._fh.flush()
        self._announce(len(text))


class Rest:
    """A big snapshot's last items, shared out between the two helpers as they go (see ForkedParts):
    the snapshot's helper claims each piece of rows before it writes it (`claim`); the item list's
    helper, once its list is done, takes REST_SHARE of the pieces not claimed yet (`take`), writes
    them to `file` and says "ok" through a pipe; the snapshot's helper, done with the pieces before
    them, appends that file. Whichever is quicker (it differs from run to run by a second) does more."""

    WAIT = 60.0  # seconds to wait for the other helper's turn: a helper killed in it must not hang the run

    def __init__(self, file: Path, end: int) -> None:
        ctx = parallel.fork_context()
        self.file = file
        self.end = end  # after the last rowid
        self._lock = ctx.Lock()
        # The rowid the snapshot's helper has claimed the pieces up to, and the one it stops at.
        self._state = ctx.RawArray("q", [0, end])
        self.done_read, self.done_write = os.pipe()

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        if not self._lock.acquire(timeout=self.WAIT):
            raise RuntimeError("the other writing process did not answer")
        try:
            yield
        finally:
            self._lock.release()

    def claim(self, low: int) -> bool:
        """In the snapshot's helper: may it write the piece of rowids from `low`?"""
        with self._locked():
            if low >= self._state[1]:
                return False
            self._state[0] = low + snapshot.ITEMS_PER_PIECE
            return True

    def take(self) -> int | None:
        """In the item list's helper: the rowid its part starts at (None: nothing is left to take)."""
        with self._locked():
            claimed = self._state[0]
            pieces = -(-(self.end - claimed) // snapshot.ITEMS_PER_PIECE)
            taken = min(pieces, round(pieces * REST_SHARE))
            if taken <= 0:
                return None
            self._state[1] = start = claimed + (pieces - taken) * snapshot.ITEMS_PER_PIECE
            return start

    def taken(self) -> bool:
        """In the snapshot's helper, after its last piece: did the other helper take the rest?"""
        with self._locked():
            return self._state[1] < self.end


def _write_snapshot(analysis: Analysis, snap: Path, settings: dict[str, Any], partial: Path,
                    pipe: int, rest: Rest | None = None) -> None:
    """In a helper: snapshot.json, its bytes also to `pipe`; with `rest`, the pieces it claims, then
    the file the item list's helper wrote the others into, if that helper took any."""
    if rest is not None:
        os.close(rest.done_write)  # the other helper's end: this one must see the pipe end when that one does
    # Its own connection, with a small cache (three processes share the memory budget).
    analysis.store = analysis.store.reopened(cache_mb=HELPER_CACHE_MB)
    with os.fdopen(pipe, "wb") as sink, outdir.atomic(snap, "wb", tmp=partial) as fh:
        def write(data: bytes) -> None:
            fh.write(data)
            sink.write(data)

        write(snapshot.head_json(analysis, settings).encode("utf-8"))
        before = b""  # what goes before the other helper's items: a comma after items of this one
        for chunk in snapshot.items_json(analysis, claim=None if rest is None else rest.claim):
            write(chunk.encode("utf-8"))
            before = b","
        if rest is not None:
            with os.fdopen(rest.done_read, "rb") as said:
                if rest.taken() and said.read() != b"ok":
                    raise RuntimeError("the snapshot's last items were not written")
            with open(rest.file, "rb") as src:
                while data := src.read(1 << 20):
                    write(before + data)
                    before = b""
        write(snapshot.TAIL.encode("utf-8"))


def _write_items(analysis: Analysis, no_text: bool, flagged: frozenset[str], items: Path, lang: str,
                 untranslated: Path, rest: Rest | None = None) -> None:
    """In a helper: the report's item list; with `rest`, then the snapshot's items it takes."""
    if rest is not None:
        os.close(rest.done_read)  # the snapshot helper's end
    store = analysis.store.reopened(cache_mb=HELPER_CACHE_MB)
    translator = i18n.Translator(lang, lookup=store.message)
    with open(items, "w", encoding="ascii") as fh:  # made (exclusively) by ForkedParts, in the work folder
        report.write_items(fh, store, no_text, flagged, translator.text)
    untranslated.write_text(json.dumps(sorted(translator.missing)), encoding="utf-8")
    if rest is not None:
        analysis.store = store
        with os.fdopen(rest.done_write, "wb") as say:
            start = rest.take()
            if start is None:
                return
            with open(rest.file, "wb") as out:  # made (exclusively) by ForkedParts, in the work folder
                for chunk in snapshot.items_json(analysis, (start, rest.end)):
                    out.write(chunk.encode("utf-8"))
            say.write(b"ok")


def output_error(out: Path, exc: OSError | sqlite3.Error) -> OutputError:
    return OutputError(f"{out}: the report could not be written "
                       f"({getattr(exc, 'strerror', None) or exc}); what was there before is kept")


def analyze(paths: list[Path], out: Path, options: Options | None = None,
            progress: Progress | None = None, assess: Assess = default_assess,
            limits: Limits | None = None, settings: dict[str, Any] | None = None,
            specs: dict[str, ParserSpec] | None = None,
            on_result: Callable[[RunResult], None] | None = None,
            user: UserSettings | None = None, policies: policy.KnowledgeBase | None = None,
            today: date | None = None) -> RunResult:
    """The whole job in one call: analyse every path, write DIR/snapshot.json and DIR/report.html.
    `on_result` runs while the item store is still open. `user`: the answers only the user can give
    (English when not given); `policies`, `today`: see parse. See api.analyze for the same as a
    context manager."""
    from .api import Analysis as PublicAnalysis

    with PublicAnalysis.start(paths, out=out, options=options, user=user, progress=progress,
                              assess=assess, limits=limits, settings=settings, specs=specs,
                              policies=policies, today=today) as done:
        written = done.write_report()
        result = RunResult(done.parsed.analysis, written, written.with_name("snapshot.json"),
                           done.untranslated, done.parsed.policy_notice())
        if on_result is not None:
            on_result(result)
        return result
