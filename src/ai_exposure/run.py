"""The main job as a library call: analyse paths, write snapshot.json and report.html. The CLI is a thin
wrapper around `analyze`; tests and research pipelines call it directly."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import eligibility, guidance, i18n, outdir, parallel, report, sensitive, snapshot
from .archive import Limits
from .parsing import Options, ParserSpec
from .pipeline import Analysis, Assess, Pipeline, Progress, default_assess
from .settings import UserSettings
from .store import ItemStore

HELPER_CACHE_MB = 8  # SQLite page cache of each helper writing snapshot.json or the report's items
WRITING = "writing the report"  # the progress label while snapshot.json and report.html are written


class UsageError(Exception):
    """Input the run cannot use at all (no export found, output folder not writable). One line."""


@dataclass
class RunResult:
    analysis: Analysis
    report: Path
    snapshot: Path
    # Messages the report's language has no translation for (they were shown in English).
    untranslated: set[str] = field(default_factory=set)


def prepare_out_dir(out: Path) -> Path:
    """Create the output folder, or check an existing one (see outdir.prepare). Raises UsageError."""
    try:
        return outdir.prepare(out)
    except outdir.OutDirError as exc:
        raise UsageError(str(exc)) from None


def analyze(paths: list[Path], out: Path, options: Options | None = None,
            progress: Progress | None = None, assess: Assess = default_assess,
            limits: Limits | None = None, settings: dict[str, Any] | None = None,
            specs: dict[str, ParserSpec] | None = None,
            on_result: Callable[[RunResult], None] | None = None,
            user: UserSettings | None = None) -> RunResult:
    """Analyse every path, write DIR/snapshot.json and DIR/report.html. Raises UsageError when no
    input holds a known export; inputs that could not be used are listed in the result otherwise.
    `user`: the answers only the user can give (region, opt-outs, birth year, language; English
    when not given), which the AI-training rules and the report's guidance use."""
    options = options or Options()
    user = user or UserSettings(lang="en")
    if assess is default_assess:
        assess = eligibility.assessor(user)
    created = not out.exists()
    out = prepare_out_dir(out)
    # One run at a time in the folder; everything this run writes goes to its own work folder first.
    folder = outdir.OutFolder(out)
    try:
        work = folder.open()
    except outdir.OutDirError as exc:
        raise UsageError(str(exc)) from None
    try:
        store = ItemStore(work / "items.sqlite")
    except BaseException:
        folder.close()
        raise
    # Sees item text as it streams past, so --no-text still counts findings (without their values).
    finder = sensitive.SensitiveFinder(
        region=sensitive.region_code(user.region or str((settings or {}).get("region", ""))),
        no_text=options.no_text)
    try:
        analysis = Pipeline(store, options, assess=assess, limits=limits, progress=progress,
                            specs=specs, finder=finder).run(paths)
        if not analysis.sources:
            store.close()
            folder.close()
            if created:
                _remove_if_empty(out)
            raise UsageError("; ".join(analysis.unusable) or "no input given")
        settings = {"no_text": options.no_text, **user.to_dict(),
                    **guidance.snapshot_fields(analysis, user), **(settings or {})}
        # The parsing bars stop at 100% here; writing a big report takes a while, and says so.
        if progress is not None:
            progress(WRITING, 0, 1)
        found = finder.summary()
        snap = work / "snapshot.json"
        lang = user.language()
        translator = i18n.Translator(lang, lookup=store.message)
        helpers = None
        if store.added() >= parallel.MIN_STORED_ITEMS and parallel.available():
            helpers = _Writers(analysis, snap, settings, found, options.no_text, work, lang)
        else:
            snapshot.write(analysis, snap, settings)
        try:
            report.render(analysis, work / "report.html", settings, snapshot_path=snap,
                          sensitive=found, lang=lang,
                          guidance=guidance.build(analysis, user, lang, no_text=options.no_text),
                          policy_as_of=guidance.as_of(lang),
                          markers=guidance.timeline_markers(analysis, user, lang),
                          translator=translator,
                          prepared=helpers.prepared if helpers else None)
            if helpers is not None:
                helpers.wait()
                translator.missing |= helpers.untranslated()
        finally:
            if helpers is not None:
                helpers.close()
        try:
            folder.commit()  # report.html and snapshot.json into place, together
        except outdir.OutDirError as exc:
            raise UsageError(str(exc)) from None
        if progress is not None:
            progress(WRITING, 1, 1)
        result = RunResult(analysis, out / "report.html", out / "snapshot.json", translator.missing)
        if on_result is not None:  # e.g. recording the run in the history, while the store is open
            on_result(result)
        return result
    finally:
        store.close()
        folder.close()  # the work folder (the item store with it) goes, and the lock


class _Writers:
    """snapshot.json and the report's compressed item data, each written by a forked helper with its
    own connection to the store, while the main process renders the rest of the report. render()
    copies the item data in when it reaches it, and compresses the snapshot into the page as the
    helper writes it (the main process has time for that; the snapshot helper has not)."""

    def __init__(self, analysis: Analysis, snap: Path, settings: dict[str, Any], found: dict[str, Any],
                 no_text: bool, work: Path, lang: str = "en") -> None:
        """`work`: the run's private work folder (see outdir.OutFolder), where `snap` is written."""
        self._snap = snap
        self._partial = snap.with_name(snap.name + ".partial")  # snapshot.write's file while writing
        self._files = [work / "report-items.partial", work / "untranslated.json"]
        items, self._untranslated = self._files
        for path in self._files:
            outdir.create_private(path).close()
        self._started: list[parallel.Task] = []  # what close() stops
        try:
            self._snapshot = parallel.Task("writing snapshot.json", _write_snapshot, analysis, snap,
                                           settings, self._partial)
            self._started.append(self._snapshot)
            self._items = parallel.Task("writing the report's item list", _write_items, analysis,
                                        no_text, found.get("keys", frozenset()), items, lang,
                                        self._untranslated)
            self._started.append(self._items)
        except BaseException:  # e.g. the second fork failed: stop the first, leave no files behind
            self.close()
            raise
        self.prepared = {report.EMBED_MARKER: self._embed,
                         report.ITEMS_MARKER: lambda fh: self._copy(self._items, items, fh)}

    @staticmethod
    def _copy(task: parallel.Task, path: Path, fh) -> None:
        task.wait()
        with open(path, encoding="ascii") as src:
            while piece := src.read(1 << 20):
                fh.write(piece)

    def _embed(self, fh) -> None:
        report.write_embedded_snapshot(fh, None, self._following())

    def _following(self) -> Iterator[bytes]:
        """snapshot.json's bytes as the helper writes them, to the end."""
        src = None
        while src is None:
            try:
                src = open(self._partial, "rb")  # noqa: SIM115 - closed below
            except FileNotFoundError:
                if self._snapshot.finished():  # renamed already
                    src = open(self._snap, "rb")  # noqa: SIM115 - closed below
                else:
                    time.sleep(0.01)
        with src:
            while True:
                piece = src.read(1 << 20)
                if piece:
                    yield piece
                elif self._snapshot.finished():
                    # Done: everything it wrote is in the file (the descriptor follows the rename).
                    while piece := src.read(1 << 20):
                        yield piece
                    return
                else:
                    time.sleep(0.005)

    def wait(self) -> None:
        self._snapshot.wait()
        self._items.wait()

    def untranslated(self) -> set[str]:
        """Evidence the item list's helper showed in English for want of a translation."""
        text = self._untranslated.read_text(encoding="utf-8")
        return set(json.loads(text)) if text else set()

    def close(self) -> None:
        for task in self._started:
            task.abort()
        # Partial files are left only by a run that failed (finished ones were renamed).
        for path in [*self._files, self._partial]:
            parallel.remove(path)


def _write_snapshot(analysis: Analysis, snap: Path, settings: dict[str, Any], partial: Path) -> None:
    # In the helper: its own connection, with a small cache (three processes share the memory budget).
    analysis.store = analysis.store.reopened(cache_mb=HELPER_CACHE_MB)
    snapshot.write(analysis, snap, settings, tmp=partial)


def _write_items(analysis: Analysis, no_text: bool, flagged: frozenset[str], items: Path, lang: str,
                 untranslated: Path) -> None:
    store = analysis.store.reopened(cache_mb=HELPER_CACHE_MB)
    translator = i18n.Translator(lang, lookup=store.message)
    with open(items, "w", encoding="ascii") as fh:  # made (exclusively) by _Writers, in the work folder
        report.write_items(fh, store, no_text, flagged, translator.text)
    untranslated.write_text(json.dumps(sorted(translator.missing)), encoding="utf-8")


def _remove_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass
