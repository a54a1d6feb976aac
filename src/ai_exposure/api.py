"""The public API: what `ai_exposure` exports, and the only thing the command line calls.

    with ai_exposure.analyze(["twitter-2026-03-01.zip"], no_text=True) as analysis:
        frame = analysis.to_dataframe()
        analysis.write_report("report")

`analyze` reads exports into an `Analysis` (a context manager owning the item store); `read_snapshot`
loads a snapshot.json or report.html as a `Snapshot`; `History` reads (and records into) the history
of runs; `compare` tells what changed between two runs as a `Comparison`. Item frames have the
columns and dtypes of `schema.frame_dtypes` (timezone-aware `created_at`, categoricals for the
vocabularies); an empty result gives a frame with those columns and no rows. Every error meant for
the user is an `Error` (one line; `exit_code` says what the command line exits with)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import schema
from .errors import Error
from .model import Problem
from .parsing import Options
from .pipeline import SourceResult
from .run import Parsed, UsageError, Workspace, output_error
from .settings import UserSettings
from .store import StoredItem

if TYPE_CHECKING:
    import pandas as pd

    from . import comparison as compare_module
    from .history import RunSummary
    from .policy import KnowledgeBase

# An item as the API gives it: every field of the item schema (schema.STORE_COLUMNS), the source
# index and the AI-training verdict included.
Item = StoredItem

MEMBER_NETWORK = ("public", "restricted")


# ------------------------------------------------------------------------------------------ analyze

def analyze(paths: Sequence[str | Path] | str | Path, *, no_text: bool = False,
            x_protected: bool | None = None, linkedin_member_network: str = "public",
            region: str | None = None, opted_out: Sequence[str] | None = None,
            birth_year: int | None = None, lang: str | None = None,
            settings_file: str | Path | None = None, save_settings: bool = False,
            policies: str | Path | KnowledgeBase | None = None, today: date | None = None,
            out: str | Path | None = None, progress: Any = None) -> Analysis:
    """Analyse export archives or folders (the `analyze` command's PATHS) into an `Analysis`.

    The options are the command line's answers, as keyword arguments:

    - `no_text`: keep every text snippet out of the items (and the report); `--no-text`.
    - `x_protected`: whether the X account is protected now (None: read from the export).
    - `linkedin_member_network`: how to read LinkedIn's MEMBER_NETWORK visibility, "public" or
      "restricted".
    - `region` (eu, eea, uk, ch, us, other), `opted_out` (["x=2024-06-01", "meta"]), `birth_year`,
      `lang` ("en", "nl"): the answers the AI-training rules and the report use.
    - `settings_file`: a TOML file with those answers (default: AI_EXPOSURE_SETTINGS, else
      settings.toml in the user's config folder, if there is one); the arguments win.
      `save_settings` writes the answers given back to it.
    - `policies`: the AI-training knowledge base: a policies.toml file (`--policies`), or one
      loaded with `ai_exposure.policy.load_file`; default: policies.toml in the user's config folder
      when there is one, else the file shipped with the package. It is validated whole first.
    - `today`: the run's date for the policies' start dates and age (default: the clock).
    - `out`: the folder `write_report()` writes to by default. It is checked and locked before
      anything is read, and the item store lives in its private work folder; without it the store
      lives in a private temporary folder.
    - `progress`: called as progress(label, done, total) while reading.

    Raises `Error` for settings that cannot be understood and for inputs that hold no known export.
    Use the result in a `with` block (or call `close()`): it owns the item store."""
    from .policy import KnowledgeBase
    from .policy import resolve as resolve_policies
    from .settings import resolve

    if linkedin_member_network not in MEMBER_NETWORK:
        raise Error(f"linkedin_member_network: {linkedin_member_network!r} is not one of "
                    f"{', '.join(MEMBER_NETWORK)}")
    user = resolve(Path(settings_file) if settings_file is not None else None, region,
                   list(opted_out) if opted_out else None, birth_year, lang, save=save_settings)
    options = Options(no_text=no_text, x_protected=x_protected,
                      linkedin_member_network=linkedin_member_network)
    settings = {"x_protected": x_protected, "linkedin_member_network": linkedin_member_network}
    kb = policies if isinstance(policies, KnowledgeBase) else resolve_policies(
        Path(policies) if policies is not None else None)
    if isinstance(paths, (str, Path)):
        paths = [paths]
    return Analysis.start([Path(p) for p in paths], out=Path(out) if out is not None else None,
                          options=options, user=user, progress=progress, settings=settings,
                          policies=kb, today=today)


class Analysis:
    """The result of `analyze`: the exports read (`sources`), what could not be read (`problems`,
    `unusable`) and every item, in an item store this object owns until `close` (or the end of its
    `with` block). After that, `items()` and the frames raise `Error`; `sources` stay readable."""

    def __init__(self, parsed: Parsed, workspace: Workspace) -> None:
        self.parsed = parsed
        self._workspace = workspace
        self._closed = False
        self.untranslated: set[str] = set()  # messages the last report showed in English
        self.written: dict[str, Path] = {}  # "report", "snapshot": what was written last
        self.progress: Any = None  # progress(label, done, total), as given to analyze

    @classmethod
    def start(cls, paths: list[Path], out: Path | None = None, options: Options | None = None,
              user: UserSettings | None = None, progress: Any = None, **engine: Any) -> Analysis:
        """The engine's own entry (settings resolved, Options made): run.parse in a workspace.
        `engine`: assess, limits, settings, specs (see run.parse)."""
        from .run import parse

        options = options or Options()
        user = user or UserSettings(lang="en")
        workspace = Workspace(out)
        try:
            parsed = parse(paths, workspace.dir, options, user, progress, **engine)
        except UsageError:  # no export found: a folder made for it goes again
            workspace.close(remove_created=True)
            raise
        except (OSError, sqlite3.Error) as exc:  # the store's disk is full, the folder went away
            workspace.close()
            if out is None:
                raise Error(f"the items could not be stored ({getattr(exc, 'strerror', None) or exc})"
                            ) from None
            raise output_error(out, exc) from None
        except BaseException:
            workspace.close()
            raise
        done = cls(parsed, workspace)
        done.progress = progress
        return done

    # -------------------------------------------------------------- the context

    def __enter__(self) -> Analysis:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the item store and remove it (and give up the output folder's lock)."""
        if self._closed:
            return
        self._closed = True
        try:
            self.parsed.analysis.store.close()
        finally:
            self._workspace.close()

    @property
    def closed(self) -> bool:
        return self._closed

    def _store(self):
        if self._closed:
            raise Error("this Analysis is closed (its `with` block ended): its items are gone; "
                        "read them inside the block")
        return self.parsed.analysis.store

    # -------------------------------------------------------------- what was read

    @property
    def sources(self) -> list[SourceResult]:
        """One entry per export read: `platform`, `info` (account, export date, archives, notices),
        `files` (each parsed, ignored or unknown), `problems`, `items` (the count)."""
        return self.parsed.analysis.sources

    @property
    def problems(self) -> list[Problem]:
        """What could not be read, of every source (file, place, reason, severity; never content)."""
        return [p for s in self.sources for p in s.problems]

    @property
    def unusable(self) -> list[str]:
        """Inputs that are not (readable) exports, one line each."""
        return self.parsed.analysis.unusable

    def skipped(self, lang: str | None = None) -> list[str]:
        """`unusable` for people: "Skipped: ..." lines in `lang` (default: the run's language)."""
        from . import i18n
        from .i18n import Msg

        say = i18n.Translator(lang or self.language)
        return [say.text(Msg("Skipped: %(input)s", input=line)) for line in self.unusable]

    @property
    def settings(self) -> dict[str, Any]:
        """The settings the run used, as snapshot.json states them."""
        return self.parsed.settings

    @property
    def language(self) -> str:
        """The language of the report and the summary ("en", "nl")."""
        return self.parsed.user.language()

    @property
    def started(self) -> datetime:
        return self.parsed.analysis.started

    @property
    def finished(self) -> datetime | None:
        return self.parsed.analysis.finished

    # -------------------------------------------------------------- the items

    def items(self) -> Iterator[Item]:
        """Every item, in the order read (newest export first, file by file), from the store."""
        return self._store().query(order="rowid")

    def to_dataframe(self) -> pd.DataFrame:
        """Every item as a pandas DataFrame, one row per item, the columns and dtypes of the item
        schema (schema.frame_dtypes): `created_at` timezone-aware UTC, categoricals for platform,
        kind, visibility, confidence and ai_training."""
        store = self._store()
        columns = schema.STORE_COLUMNS
        sql = f"SELECT {', '.join(columns)} FROM items ORDER BY rowid"
        return schema.to_frame(dict(zip(columns, row, strict=True))
                               for rows in store.stream(sql) for row in rows)

    # -------------------------------------------------------------- outputs

    def write_report(self, folder: str | Path | None = None) -> Path:
        """report.html and snapshot.json into `folder` (default: `out` given to analyze), together
        (a folder never holds a report of one run and a snapshot of another); the report's path.
        The folder is created owner-only; raises `Error` when it cannot be used."""
        from .run import Workspace, write_outputs

        store = self._store()
        store.flush()
        own = self._workspace.out
        target = Path(folder) if folder is not None else own
        if target is None:
            raise Error("write_report: give a folder (analyze was called without `out`)")
        same = own is not None and target.absolute() == own.absolute()
        workspace = self._workspace if same else Workspace(target)
        try:
            try:
                self.untranslated = write_outputs(self.parsed, workspace.dir, self.progress)
                workspace.commit()
            except (OSError, sqlite3.Error) as exc:
                raise output_error(target, exc) from None
        finally:
            if not same:
                workspace.close()
        out = workspace.out or target
        self.written = {"report": out / "report.html", "snapshot": out / "snapshot.json"}
        return self.written["report"]

    def write_snapshot(self, path: str | Path) -> Path:
        """snapshot.json (no text content: keys, kinds, dates, visibility with evidence, eligibility,
        and per source the files and problems) at `path`, written whole or not at all, owner-only."""
        from . import snapshot

        store = self._store()
        store.flush()
        path = Path(path)
        try:
            snapshot.write(self.parsed.analysis, path, self.settings)
        except (OSError, sqlite3.Error) as exc:
            raise Error(f"{path}: the snapshot could not be written "
                        f"({getattr(exc, 'strerror', None) or exc})") from None
        return path

    # -------------------------------------------------------------- for people

    def summary(self, lang: str | None = None) -> str:
        """A few lines for a terminal, in `lang` (default: the run's language): what was posted and
        how much of it is public and eligible for AI training, per platform and per export, and where
        the report and snapshot were written."""
        from . import i18n, platforms
        from .i18n import Msg
        from .report import platform_views
        from .terminal import terminal_safe

        lang = lang or self.language
        say = i18n.Translator(lang)
        num = i18n.Text(lang).number
        t, views = platform_views(self._store())
        c = t.content
        # What the user posted and wrote first, as the report's headline; connection lists and the
        # rest (reactions, messages, activity) after it, so that followers never read as "public posts".
        lines = [say.text(Msg(
            "What you posted and wrote: %(total)s; %(public)s public, %(likely)s likely and %(possible)s "
            "possibly eligible for AI training, %(unknown)s of unknown visibility.", total=num(c.total),
            public=num(c.public), likely=num(c.likely), possible=num(c.possible), unknown=num(c.unknown)))]
        if t.connections.total or t.other.total:
            lines.append(say.text(Msg(
                "Also %(connections)s entries of connection lists (%(public)s visible to anyone) and "
                "%(other)s other items (reactions, messages, activity); %(total)s items in all.",
                connections=num(t.connections.total), public=num(t.connections.public),
                other=num(t.other.total), total=num(t.total))))
        for p in views:
            c = p.counts.content
            lines.append("  " + say.text(Msg(
                "%(platform)s %(total)s posted %(public)s public %(likely)s likely %(possible)s possible",
                platform=f"{platforms.label(p.platform):<12}", total=f"{num(c.total):>9}",
                public=f"{num(c.public):>9}", likely=f"{num(c.likely):>9}",
                possible=f"{num(c.possible):>9}")))
        for s in self.sources:
            files = Msg("%(read)s read, %(known)s known, %(unknown)s unknown",
                        read=s.count_files("parsed") + s.count_files("context"),
                        known=s.count_files("ignored"), unknown=s.count_files("unknown"))
            problems = len(s.problems) + s.problems_dropped
            acct = f" {terminal_safe(s.info.account, lines=False)}" if s.info.account else ""
            lines.append(say.text(Msg("%(export)s%(account)s: files %(files)s; %(n)s problem(s)",
                                      export=Msg(s.info.label), account=acct, files=files, n=num(problems))))
            lines.extend(f"  ! {terminal_safe(say.text(n), lines=False)}" for n in s.info.notices)
        notice = self.parsed.policy_notice()
        if notice is not None:
            lines.append("! " + say.text(notice))
        if "report" in self.written:
            lines.append(say.text(Msg("Report: %(path)s", path=str(self.written["report"]))))
            lines.append(say.text(Msg("Snapshot: %(path)s", path=str(self.written["snapshot"]))))
        return "\n".join(lines)

    def __repr__(self) -> str:
        state = "closed" if self._closed else f"{len(self.sources)} source(s)"
        return f"<ai_exposure.Analysis {state}>"


def policies(path: str | Path | None = None, *, platform: str | None = None, region: str | None = None,
             lang: str | None = None, today: date | None = None) -> dict[str, Any]:
    """The AI-training rules in force per platform and region, with their dates and sources, as the
    `policies` command prints them (`--json`): from `path` (a policies.toml), else the user's file in
    the config folder, else the shipped one. `platform`, `region`: only those; `lang`: the texts'
    language (default: as for analyze); `today`: the day the rules are for (default: the clock)."""
    from . import platforms
    from .policy import resolve as resolve_policies
    from .policy_table import table
    from .settings import parse_region, resolve

    language = resolve(lang=lang).language()  # `lang`, else settings.toml's, else the system's
    chosen_region = parse_region(region) if region else None
    kb = resolve_policies(Path(path) if path is not None else None)
    if platform is not None and not platforms.known(platform):
        raise Error(f"--platform: {platform!r} is not one of {', '.join(platforms.names())}")
    return table(kb, language, today or datetime.now(UTC).date(), platform, chosen_region)


def report_language(lang: str | None = None) -> str:
    """The language of a report: `lang` ("en" or "nl"; anything else raises Error), else, as for
    analyze, the settings file's, else the system's."""
    from .settings import parse_lang, resolve

    return parse_lang(lang) if lang is not None else resolve().language()


# ------------------------------------------------------------------------------------------ snapshots

class Snapshot:
    """A snapshot.json, or the snapshot a report.html embeds, loaded whole (see `read_snapshot`)."""

    def __init__(self, data: dict[str, Any], path: Path) -> None:
        self.data = data
        self.path = path

    @property
    def sources(self) -> list[dict[str, Any]]:
        return list(self.data.get("sources") or [])

    @property
    def settings(self) -> dict[str, Any]:
        return dict(self.data.get("settings") or {})

    @property
    def generated_at(self) -> str | None:
        return self.data.get("generated_at")

    def items(self) -> Iterator[dict[str, Any]]:
        """Each item's snapshot entry (snapshot.json's names: "source" for the source id)."""
        return iter(self.data.get("items") or [])

    def to_dataframe(self) -> pd.DataFrame:
        """The items as a frame with the item schema's dtypes (the snapshot's fields: no text)."""
        columns = [f.name for f in schema.SNAPSHOT_FIELDS]
        return schema.to_frame((schema.from_snapshot(e) for e in self.items() if isinstance(e, dict)),
                               columns)

    def __repr__(self) -> str:
        return f"<ai_exposure.Snapshot {self.path}>"


def read_snapshot(path: str | Path) -> Snapshot:
    """A snapshot.json, or a report.html (its embedded snapshot); older schema versions migrated.
    Raises `Error` for a file that is not a snapshot this version reads."""
    from .snapshot import load

    path = Path(path)
    return Snapshot(load(path), path)


# ------------------------------------------------------------------------------------------ history

class History:
    """The history of runs (`path`; default: AI_EXPOSURE_HISTORY, else the user data folder)."""

    def __init__(self, path: str | Path | None = None) -> None:
        from .history import default_path

        self.path = Path(path) if path is not None else default_path()

    def runs(self) -> list[RunSummary]:
        """Every recorded run, oldest first: id, dates and per account the item counts."""
        from .history import list_runs

        return list_runs(self.path)

    def runs_frame(self) -> pd.DataFrame:
        """One row per run and platform: the run, its date, the platform, the accounts and the counts
        of items, public ones and those likely or possibly eligible for AI training. The data of
        comparing over time (e.g. `frame.pivot(index="date", columns="platform", values="public")`)."""
        import pandas as pd

        rows = []
        for run in self.runs():
            by_platform: dict[str, list[Any]] = {}
            for a in run.accounts:
                by_platform.setdefault(a.platform, []).append(a)
            for platform, accounts in by_platform.items():
                rows.append({"run": run.id, "date": run.date, "recorded_at": run.recorded_at,
                             "platform": platform,
                             "accounts": ", ".join(a.account for a in accounts if a.account),
                             **{n: sum(getattr(a, n) for a in accounts)
                                for n in ("total", "public", "eligible", "possible")}})
        frame = pd.DataFrame({
            "run": pd.Series([r["run"] for r in rows], dtype="Int64"),
            "date": pd.to_datetime(pd.Series([r["date"] for r in rows], dtype=object), utc=True,
                                   format="ISO8601").astype(pd.DatetimeTZDtype("ns", "UTC")),
            "recorded_at": pd.to_datetime(pd.Series([r["recorded_at"] for r in rows], dtype=object),
                                          utc=True, format="ISO8601").astype(pd.DatetimeTZDtype("ns", "UTC")),
            "platform": pd.Series(pd.Categorical([r["platform"] for r in rows],
                                                 dtype=schema.frame_dtypes(["platform"])["platform"])),
            "accounts": pd.Series([r["accounts"] for r in rows], dtype=pd.StringDtype()),
            **{n: pd.Series([r[n] for r in rows], dtype="Int64")
               for n in ("total", "public", "eligible", "possible")},
        })
        return frame

    def items_frame(self, run_id: int) -> pd.DataFrame:
        """The items of one recorded run, with the item schema's dtypes: the fields the history keeps
        (key, text and url only for runs recorded with --history-text) and each item's
        `fingerprint` (a hash of its key, what runs are matched by)."""
        import pandas as pd

        from .history import load_side

        side = load_side(self.path, int(run_id))
        columns = ("key", "source_id", "platform", "kind", "created_at", "visibility", "ai_training",
                   "url", "text")
        fingerprints: list[str] = []

        def rows() -> Iterator[dict[str, Any]]:
            for r in side.items:
                fingerprints.append(r.fp)
                yield {"key": r.key or None, "source_id": r.source, "platform": r.platform,
                       "kind": r.kind, "created_at": r.created_at, "visibility": r.visibility,
                       "ai_training": r.ai_training, "url": r.url or None, "text": r.text or None}

        frame = schema.to_frame(rows(), columns)
        frame.insert(0, "fingerprint", pd.Series(fingerprints, dtype=pd.StringDtype()))
        return frame

    def record(self, analysis: Analysis, with_text: bool = False) -> int:
        """Record an analysis (its store open) as a new run; its id. `with_text`: also keep item
        keys, links and text snippets (by default: fingerprints only)."""
        from .history import record_analysis

        analysis._store()
        return record_analysis(self.path, analysis.parsed.analysis, analysis.settings, with_text=with_text)

    def forget(self, run_id: int) -> None:
        """Delete one run."""
        from .history import forget

        forget(self.path, int(run_id))

    def latest_pair(self) -> tuple[int, int]:
        """The two latest runs of the same account (older, newer)."""
        from .history import latest_pair

        return latest_pair(self.path)

    def __repr__(self) -> str:
        return f"<ai_exposure.History {self.path}>"


# ------------------------------------------------------------------------------------------ compare

def _side(what: Any, history: History | None) -> compare_module.Side:
    """One side of a comparison from what the user gave (see `compare`)."""
    import re

    from . import comparison as cmp
    from .history import load_side as history_side
    from .snapshot import SnapshotError

    if isinstance(what, Analysis):
        return _side_of_analysis(what)
    if isinstance(what, Snapshot):
        return cmp.side_from_snapshot(what.data, str(what.path))
    if isinstance(what, int) and not isinstance(what, bool):
        return history_side((history or History()).path, what)
    if not isinstance(what, (str, Path)):
        raise TypeError(f"compare: cannot compare a {type(what).__name__}")
    path = Path(what)
    if path.is_dir():
        found = next((path / n for n in ("snapshot.json", "report.html") if (path / n).is_file()), None)
        if found is None:
            raise SnapshotError(f"{path}: no snapshot.json or report.html in this folder")
        path = found
    if path.is_file():
        return cmp.side_from_file(path, path.name if path.parent == Path(".") else str(path))
    match = re.fullmatch(r"(?:#|run[ -]?)?(\d{1,12})", str(what).strip(), re.IGNORECASE)
    if match and isinstance(what, str):
        return history_side((history or History()).path, int(match.group(1)))
    raise SnapshotError(f"{what}: no such file, and not a history run id")


def _side_of_analysis(analysis: Analysis) -> compare_module.Side:
    from .comparison import Record, Side, SourceRef, fingerprint

    store = analysis._store()
    sources = [SourceRef(s.id, s.platform, s.info.account or "", schema.iso(s.info.export_date))
               for s in analysis.sources]

    def records() -> Iterator[Record]:
        for it in store.query(order="rowid"):
            yield Record(fingerprint(it.key), it.platform, it.kind, it.created_at, it.visibility,
                         it.ai_training, it.source_id, it.key, it.url)

    finished = analysis.finished or datetime.now(UTC)
    return Side(label="this analysis", generated_at=schema.iso(finished), settings=dict(analysis.settings),
                sources=sources, items=records())


def compare(old: Any, new: Any, *, history: History | str | Path | None = None) -> Comparison:
    """What changed between two runs: newly public, previously exposed, deleted, added, newly
    restricted, eligibility changed, per platform.

    `old` and `new` are each a snapshot.json or report.html path (or a folder holding one), a
    `Snapshot`, an `Analysis` (open), or a history run id (an int, or "12" / "run 12"). `history` (a
    `History` or its path) is where run ids are looked up (default: the default history); given, or
    when it exists at the default place, it also adds per account the trend over every recorded run
    and how many items public in an earlier recorded run are not public now."""
    from .comparison import compare as compare_sides

    hist = history if isinstance(history, History) or history is None else History(history)
    try:
        before = _side(old, hist)
        after = _side(new, hist)
        result = compare_sides(before, after)
        trends = _from_history(result, hist or History(), lambda: _side(new, hist))
    except (OSError, sqlite3.Error) as exc:  # the temporary comparison database: disk full, no temp
        raise Error(f"the comparison could not be made ({getattr(exc, 'strerror', None) or exc})"
                    ) from None
    return Comparison(result, trends)


def _from_history(result: compare_module.Comparison, history: History, new_side: Any
                  ) -> dict[str, list[dict[str, Any]]]:
    """What the history adds to a comparison: per platform, the trend charts (one per compared account
    with more than two recorded runs), and the count of items public in any earlier recorded run that
    are not public now (set on the comparison)."""
    from .comparison import trend_points
    from .history import HistoryError, exposed_before, trend
    from .model import PUBLIC

    charts: dict[str, list[dict[str, Any]]] = {}
    where = history.path
    if not where.exists():
        return charts
    for p in result.platforms:
        for (_, account), source in zip(p.accounts, p.new_sources, strict=True):
            try:
                points = trend(where, p.platform, account, anchor=result.new_run)
                public_now = (r.fp for r in new_side().items
                              if r.source == source and r.visibility == PUBLIC)
                exposed = exposed_before(where, points, result.new_run, result.new_date, public_now)
            except HistoryError:
                return charts
            if exposed is not None:
                p.exposed_in_history = (p.exposed_in_history or 0) + exposed
            chart = trend_points(points)
            if chart is not None:
                charts.setdefault(p.platform, []).append({"account": account, "chart": chart,
                                                         "runs": points})
    return charts


class Comparison:
    """The result of `compare`: per platform the counts and listed items of each category, the
    before/after tables, and (from the history) trends. `to_json()` is what `compare --json` prints."""

    def __init__(self, result: compare_module.Comparison, trends: dict[str, list[dict[str, Any]]]
                 ) -> None:
        self.result = result
        self.trends = trends

    @property
    def platforms(self) -> list[compare_module.PlatformDiff]:
        return self.result.platforms

    def total(self, category: str) -> int:
        return self.result.total(category)

    def to_json(self) -> dict[str, Any]:
        """Keyed by platform: the counts of each category, before/after tables, listed items."""
        return self.result.as_json()

    def to_dataframe(self) -> pd.DataFrame:
        """One row per platform and category (added, deleted, newly_public, newly_restricted,
        previously_exposed, eligibility_changed): `count`, and `listed` (how many are itemised)."""
        import pandas as pd

        from .comparison import CATEGORIES

        rows = [(p.platform, c, p.count(c), len(p.categories[c].items))
                for p in self.platforms for c in CATEGORIES]
        return pd.DataFrame({
            "platform": pd.Series(pd.Categorical([r[0] for r in rows],
                                                 dtype=schema.frame_dtypes(["platform"])["platform"])),
            "category": pd.Series(pd.Categorical([r[1] for r in rows], categories=list(CATEGORIES))),
            "count": pd.Series([r[2] for r in rows], dtype="Int64"),
            "listed": pd.Series([r[3] for r in rows], dtype="Int64"),
        })

    def summary(self, out: Path | None = None) -> str:
        """A few lines for a terminal (English), naming `out` where the report was written."""
        from .comparison import summary

        return summary(self.result, out)

    def write_report(self, out: str | Path, lang: str | None = None) -> Path:
        """compare.html in the folder `out` (or `out` itself, a file name) in `lang` (see
        `report_language`): self-contained, owner-only."""
        from .comparison import write_report

        lang = report_language(lang)
        out = Path(out)
        try:
            return write_report(self.result, self.trends, out, lang=lang)
        except OSError as exc:
            raise Error(f"{out}: cannot write the comparison report ({exc.strerror or exc})") from None

    def __repr__(self) -> str:
        return f"<ai_exposure.Comparison {self.result.old_label} -> {self.result.new_label}>"
