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
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, Any, NamedTuple

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
# list is done (SPLIT_AT of the rows to the snapshot's own helper): that list takes a third of the
# snapshot's time, and the snapshot's helper was the last to finish, the other CPU idle.
SPLIT_SNAPSHOT_FROM = 200_000
SPLIT_AT = 0.65


class ForkedParts:
    """The report's two code-written parts, each made by a forked helper with its own connection to
    the store while this process renders the rest of the page (see report.ReportParts):

    - the item list: the helper writes it compressed to a file in the work folder; `write_items`
      copies it into the page once the helper is done;
    - the snapshot: the helper writes snapshot.json and sends the same bytes through a pipe, which a
      thread here compresses into a file as they come (this process has time for that while it waits;
      the helper, on the critical path, has not); `write_snapshot` copies that file in. For a big
      snapshot the item list's helper then writes the snapshot's last items into a file of its own,
      which the snapshot's helper appends to snapshot.json and the pipe once told it is whole."""

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
        opened: list[int] = []  # pipe ends this process holds (closed once both helpers hold theirs)
        try:
            for path in self._files:
                outdir.create_private(path).close()
            split = _split_rowid(analysis.store)
            done_read = done_write = -1
            if split is not None:
                done_read, done_write = os.pipe()
                opened += [done_read, done_write]
            read_end, write_end = os.pipe()
            opened += [read_end, write_end]
            # The snapshot's helper writes a chunk of 2,000 items (about 1 MB) at a time: with the default
            # 64 KB buffer it waited on the compressing thread here for 3-4 s of a 9 s Takeout write.
            parallel.widen_pipe(write_end)
            rest = None if split is None else Rest(split, rest_file, done_read, done_write)
            self._snapshot = parallel.Task("writing snapshot.json", _write_snapshot, analysis, snap,
                                           settings, self._partial, write_end, rest)
            os.close(write_end)  # the helper holds it now: its end (or death) is the pipe's end
            opened.remove(write_end)
            self._items = parallel.Task("writing the report's item list", _write_items, analysis,
                                        no_text, flagged, self._items_file, lang, self._untranslated, rest)
            for fd in (done_read, done_write):  # each helper holds its end now
                if fd >= 0:
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
                with open(self._snapshot_file, "w", encoding="ascii") as fh:
                    report.write_embedded_snapshot(fh, iter(lambda: pipe.read(1 << 20), b""))
            except BaseException as exc:  # noqa: BLE001 - raised in the main thread by write_snapshot
                self._packer_error = exc
                while pipe.read(1 << 20):  # the helper must not block on a full pipe: read it out
                    pass

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
        assert self._snapshot is not None and self._packer is not None
        self._snapshot.wait()  # raises WorkerError if the helper failed: its bytes are not whole
        self._packer.join()
        if self._packer_error is not None:
            raise self._packer_error
        self._copy(self._snapshot_file, fh)

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


def _split_rowid(store: ItemStore) -> int | None:
    """Where a big snapshot's last part starts: the rowid of the row SPLIT_AT of the way through its
    items (None: the snapshot's helper writes it all)."""
    count = store.added()  # the rows in the table, repeated keys merged away
    if count < max(2, SPLIT_SNAPSHOT_FROM):
        return None
    offset = min(count - 1, max(1, int(count * SPLIT_AT)))  # an item in each part
    return int(store.scalar("SELECT rowid FROM items ORDER BY rowid LIMIT 1 OFFSET ?",  # type: ignore[call-overload]
                            (offset,)))


class Rest(NamedTuple):
    """A big snapshot's last part (see ForkedParts)."""

    first_rowid: int
    file: Path  # where the item list's helper writes it
    done_read: int  # the pipe through which that helper says "ok" once the file is whole
    done_write: int


def _write_snapshot(analysis: Analysis, snap: Path, settings: dict[str, Any], partial: Path,
                    pipe: int, rest: Rest | None = None) -> None:
    """In a helper: snapshot.json, its bytes also to `pipe`; with `rest`, the items before its rowid,
    then the file the item list's helper wrote the others into."""
    if rest is not None:
        os.close(rest.done_write)  # the other helper's end: this one must see the pipe end when that one does
    # Its own connection, with a small cache (three processes share the memory budget).
    analysis.store = analysis.store.reopened(cache_mb=HELPER_CACHE_MB)
    with os.fdopen(pipe, "wb") as sink, outdir.atomic(snap, "wb", tmp=partial) as fh:
        def write(text: str) -> None:
            data = text.encode("utf-8")
            fh.write(data)
            sink.write(data)

        write(snapshot.head_json(analysis, settings))
        for chunk in snapshot.items_json(analysis, (0, None if rest is None else rest.first_rowid)):
            write(chunk)
        if rest is not None:
            with os.fdopen(rest.done_read, "rb") as said:
                if said.read() != b"ok":
                    raise RuntimeError("the snapshot's last items were not written")
            with open(rest.file, "rb") as src:
                while data := src.read(1 << 20):
                    fh.write(data)
                    sink.write(data)
        write(snapshot.TAIL)


def _write_items(analysis: Analysis, no_text: bool, flagged: frozenset[str], items: Path, lang: str,
                 untranslated: Path, rest: Rest | None = None) -> None:
    """In a helper: the report's item list; with `rest`, then the snapshot's items from its rowid on."""
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
            with open(rest.file, "wb") as out:  # made (exclusively) by ForkedParts, in the work folder
                for chunk in snapshot.items_json(analysis, (rest.first_rowid, None), following=True):
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
