"""The main job as a library call: analyse paths, write snapshot.json and report.html. The CLI is a thin
wrapper around `analyze`; tests and research pipelines call it directly."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import eligibility, guidance, i18n, report, sensitive, snapshot
from .archive import Limits
from .parsing import Options, ParserSpec
from .pipeline import Analysis, Assess, Pipeline, Progress, default_assess
from .settings import UserSettings
from .store import ItemStore

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
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out}: exists and is not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise UsageError(f"{out}: cannot create the output folder ({exc.strerror or exc})") from None
    if not os.access(out, os.W_OK):
        raise UsageError(f"{out}: the output folder is not writable")
    return out


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
    fd, db_path = tempfile.mkstemp(prefix=".items-", suffix=".sqlite", dir=out)
    os.close(fd)
    store = ItemStore(Path(db_path))
    # Sees item text as it streams past, so --no-text still counts findings (without their values).
    finder = sensitive.SensitiveFinder(
        region=sensitive.region_code(user.region or str((settings or {}).get("region", ""))),
        no_text=options.no_text)
    try:
        analysis = Pipeline(store, options, assess=assess, limits=limits, progress=progress,
                            specs=specs, inspect=finder.inspect).run(paths)
        if not analysis.sources:
            store.close()
            os.unlink(db_path)
            if created:
                _remove_if_empty(out)
            raise UsageError("; ".join(analysis.unusable) or "no input given")
        settings = {"no_text": options.no_text, **user.to_dict(),
                    **guidance.snapshot_fields(analysis, user), **(settings or {})}
        # The parsing bars stop at 100% here; writing a big report takes a while, and says so.
        if progress is not None:
            progress(WRITING, 0, 1)
        snap = snapshot.write(analysis, out / "snapshot.json", settings)
        lang = user.language()
        translator = i18n.Translator(lang, lookup=store.message)
        page = report.render(analysis, out / "report.html", settings, snapshot_path=snap,
                             sensitive=finder.summary(), lang=lang,
                             guidance=guidance.build(analysis, user, lang),
                             policy_as_of=guidance.as_of(lang),
                             markers=guidance.timeline_markers(analysis, user, lang),
                             translator=translator)
        if progress is not None:
            progress(WRITING, 1, 1)
        result = RunResult(analysis, page, snap, translator.missing)
        if on_result is not None:  # e.g. recording the run in the history, while the store is open
            on_result(result)
        return result
    finally:
        store.close()
        try:
            os.unlink(db_path)
        except FileNotFoundError:
            pass


def _remove_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass
