"""The `history` and `compare` commands, and the hook that records each `analyze` run in the history.
Registered on the app from cli.py by importing this module; heavy imports stay inside the commands."""

from __future__ import annotations

import os
import re
import secrets
import sqlite3
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from . import platforms
from .cli import app, echo, echo_json, fail, terminal_safe
from .i18n import N_

if TYPE_CHECKING:
    from .compare import Comparison, Side
    from .run import RunResult

HISTORY_HELP = "History database (default: AI_EXPOSURE_HISTORY, else your user data folder)."

# English, marked: the report translates them (the terminal summary stays English, like analyze's).
CATEGORY_TITLES = {
    "newly_public": N_("Newly public"),
    "previously_exposed": N_("Previously exposed: public before, not public now or gone"),
    "deleted": N_("Deleted since: present before, absent now (still possibly used)"),
    "added": N_("Added since"),
    "newly_restricted": N_("Newly restricted"),
    "eligibility_changed": N_("Eligibility changed: by a policy change, an opt-out or a change of "
                              "visibility"),
}


def _plain(text: str) -> str:
    """An account name from an export on one line (echo makes every line safe for the terminal)."""
    return terminal_safe(text, lines=False)


def _platform(platform: str) -> str:
    return _plain(platforms.label(platform))


def _history_path(path: Path | None) -> Path:
    from .history import default_path

    return path if path is not None else default_path()


# ------------------------------------------------------------------------------------------ analyze hook

def recorder(path: Path | None, settings: dict[str, Any], with_text: bool, quiet: bool):
    """The `on_result` hook for run.analyze: record the run; a history that cannot be written is a
    warning (the report is already written), never a failed run."""

    def record(result: RunResult) -> None:
        from .history import HistoryError, record_analysis

        where = _history_path(path)
        try:
            run_id = record_analysis(where, result.analysis, _settings_of(result.snapshot, settings),
                                     with_text=with_text)
        except HistoryError as exc:
            echo(f"Warning: the run was not recorded in the history: {exc}", err=True)
            return
        if not quiet:
            echo(f"History: recorded as run {run_id} ({where})", err=True)

    return record


def _settings_of(snapshot_path: Path, fallback: dict[str, Any]) -> dict[str, Any]:
    """The settings the run used, as its snapshot states them (they sit before the items, so this
    reads only the head of the file)."""
    import ijson

    try:
        with open(snapshot_path, "rb") as fh:
            found = next(ijson.items(fh, "settings", use_float=True), None)
    except (OSError, ijson.JSONError):
        return fallback
    return found if isinstance(found, dict) else fallback


# ------------------------------------------------------------------------------------------ history

def history(
    forget: Annotated[int | None, typer.Option("--forget", metavar="RUN",
                                               help="Delete one run from the history.")] = None,
    history_path: Annotated[Path | None, typer.Option("--history", metavar="PATH", help=HISTORY_HELP)
                            ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the runs as JSON.")] = False,
) -> None:
    """List the recorded runs (date, platforms, accounts, public and eligible counts)."""
    from .history import HistoryError, list_runs
    from .history import forget as forget_run

    where = _history_path(history_path)
    try:
        if forget is not None:
            forget_run(where, forget)
            echo(f"Run {forget} deleted from the history.")
            return
        runs = list_runs(where)
    except HistoryError as exc:
        fail(str(exc))
        return
    if as_json:
        echo_json([{
            "run": r.id, "date": r.date, "recorded_at": r.recorded_at, "with_text": r.with_text,
            "accounts": [{"platform": a.platform, "account": a.account, "export_date": a.export_date,
                          "items": a.total, "public": a.public, "eligible": a.eligible,
                          "possible": a.possible} for a in r.accounts],
        } for r in runs], indent=1)
        return
    if not runs:
        echo(f"No runs recorded yet ({where}).")
        return
    echo(f"{'Run':>5}  {'Date':<10}  {'Accounts':<40} {'Items':>9} {'Public':>9} {'Eligible':>9}")
    for r in runs:
        accounts = ", ".join(f"{_platform(a.platform)}"
                             f"{' ' + _plain(a.account) if a.account else ''}" for a in r.accounts)
        echo(f"{r.id:>5}  {r.date:<10}  {accounts[:40]:<40} {r.total('total'):>9,} "
                   f"{r.total('public'):>9,} {r.total('eligible'):>9,}")
    echo(f"History: {where}. Eligible: likely eligible for AI training.")


# ------------------------------------------------------------------------------------------ compare

_RUN_ID = re.compile(r"(?:#|run[ -]?)?(\d{1,12})", re.IGNORECASE)


def load_side(arg: str, history_path: Path) -> Side:
    """OLD / NEW as given: a snapshot.json, a report.html, a report folder, or a history run id."""
    from . import snapshot
    from .compare import side_from_file
    from .history import load_side as history_side

    path = Path(arg)
    if path.is_dir():
        found = next((path / n for n in ("snapshot.json", "report.html") if (path / n).is_file()), None)
        if found is None:
            raise snapshot.SnapshotError(f"{path}: no snapshot.json or report.html in this folder")
        path = found
    if path.is_file():
        return side_from_file(path, path.name if path.parent == Path(".") else str(path))
    match = _RUN_ID.fullmatch(arg.strip())
    if match:
        return history_side(history_path, int(match.group(1)))
    raise snapshot.SnapshotError(f"{arg}: no such file, and not a history run id")


def compare(
    old: Annotated[str | None, typer.Argument(
        help="The earlier run: snapshot.json, report.html, or a history run id.", show_default=False)
    ] = None,
    new: Annotated[str | None, typer.Argument(
        help="The later run, in the same forms. Without OLD and NEW: the two latest runs of the same "
             "account in the history.", show_default=False)] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write the comparison report here "
                                             "(e.g. compare.html).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the comparison as one JSON object "
                                          "keyed by platform.")] = False,
    history_path: Annotated[Path | None, typer.Option("--history", metavar="PATH", help=HISTORY_HELP)
                            ] = None,
    lang: Annotated[str | None, typer.Option(
        "--lang", metavar="nl|en", help="Language of the comparison report (default: as for analyze, "
        "the settings file's, else the system's).")] = None,
) -> None:
    """What changed between two runs: newly public, previously exposed, deleted, eligibility."""
    from .compare import compare as compare_sides
    from .history import HistoryError, latest_pair
    from .settings import SettingsError, parse_lang, resolve
    from .snapshot import SnapshotError

    try:
        # As analyze decides it: --lang, else the settings file, else the system locale. Only the
        # report has a language (--json and the summary are English), but a wrong --lang always fails.
        report_lang = resolve(lang=lang).language() if out is not None else parse_lang(lang or "en")
    except SettingsError as exc:
        fail(str(exc))
        return
    if out is not None:
        clash = _input_overwritten(out, [a for a in (old, new) if a is not None])
        if clash is not None:
            fail(f"{out}: would overwrite the input {clash}; write the comparison elsewhere "
                 "(e.g. --out compare.html)")
            return
    where = _history_path(history_path)
    try:
        if old is None and new is None:
            old_id, new_id = latest_pair(where)
            old, new = str(old_id), str(new_id)
        elif old is None or new is None:
            fail("give both OLD and NEW, or neither (the two latest runs of the same account)")
            return
        before = load_side(old, where)
        after = load_side(new, where)
        result = compare_sides(before, after)
        trends = _from_history(result, where, new)
    except (HistoryError, SnapshotError) as exc:
        fail(str(exc))
        return
    except (OSError, sqlite3.Error) as exc:  # the temporary comparison database: disk full, no temp
        fail(f"the comparison could not be made ({getattr(exc, 'strerror', None) or exc})")
        return
    if out is not None:
        try:
            write_report(result, trends, out, lang=report_lang)
        except OSError as exc:
            fail(f"{out}: cannot write the comparison report ({exc.strerror or exc})")
            return
    if as_json:
        echo_json(result.as_json(), ensure_ascii=False, indent=1)
        return
    echo(summary(result, out))


def _input_overwritten(out: Path, args: list[str]) -> str | None:
    """The input (as given) that writing the comparison to `out` would replace, if any."""
    target = out / "compare.html" if out.is_dir() else out
    for arg in args:
        path = Path(arg)
        files = [path / n for n in ("snapshot.json", "report.html")] if path.is_dir() else [path]
        for f in files:
            try:
                same = f.resolve() == target.resolve() or (
                    f.exists() and target.exists() and os.path.samefile(f, target))
            except OSError:
                same = False
            if same:
                return str(f)
    return None


def _from_history(result: Comparison, where: Path, new: str) -> dict[str, list[dict[str, Any]]]:
    """What the history adds to a comparison: per platform, the trend charts (one per compared account
    with more than two recorded runs), and the count of items public in any earlier recorded run that
    are not public now (set on the comparison)."""
    from .compare import trend_points
    from .history import HistoryError, exposed_before, trend
    from .model import PUBLIC

    charts: dict[str, list[dict[str, Any]]] = {}
    if not where.exists():
        return charts
    for p in result.platforms:
        for (_, account), source in zip(p.accounts, p.new_sources, strict=True):
            try:
                points = trend(where, p.platform, account, anchor=result.new_run)
                public_now = (r.fp for r in load_side(new, where).items
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


def _delta(before: int, after: int) -> str:
    return f"{before:,} → {after:,} ({after - before:+,})"


def summary(result: Comparison, out: Path | None) -> str:
    lines = [f"Compared {_plain(result.old_label)} ({_plain(result.old_date or 'undated')}) with "
             f"{_plain(result.new_label)} ({_plain(result.new_date or 'undated')})."]
    if not result.platforms:
        lines.append("Neither run holds any item.")
    for p in result.platforms:
        accounts = ", ".join(_plain(n if o == n else f"{o or '?'} → {n or '?'}") for o, n in p.accounts)
        lines.append(f"{_platform(p.platform)}{' ' + accounts if accounts else ''}: "
                     f"{p.count('added'):,} added ({p.added_public:,} public), {p.count('deleted'):,} "
                     f"deleted, {p.count('newly_public'):,} newly public, {p.count('newly_restricted'):,} "
                     f"newly restricted, {p.count('previously_exposed'):,} previously exposed, "
                     f"{p.count('eligibility_changed'):,} eligibility changed"
                     + (f" ({', '.join(f'{_plain(c)}: {n:,}' for c, n in sorted(p.causes.items()))})"
                        if p.causes else "") + ".")
        if p.exposed_in_history:
            lines.append(f"  {p.exposed_in_history:,} item(s) public in an earlier recorded run are not "
                         "public now (or are gone)")
        t = p.table()
        lines.append(f"  public {_delta(*t['public'][:2])}; likely eligible {_delta(*t['eligible'][:2])}; "
                     f"possibly eligible {_delta(*t['possible'][:2])}")
        for label, accts in (("only in the earlier run", p.only_old), ("only in the later run", p.only_new)):
            if accts:
                lines.append(f"  not compared, {label}: "
                             f"{', '.join(_plain(a) or '(no account name)' for a in accts)}")
    if result.total("previously_exposed"):
        lines.append("Previously exposed items may already be in training data: making them private or "
                     "deleting them does not remove them from it.")
    lines.append(f"Report: {out}" if out is not None else "Full list of items: add --out compare.html")
    return "\n".join(lines)


def register(target: typer.Typer) -> None:
    target.command()(history)
    target.command()(compare)


register(app)
# `python -m ai_exposure.cli` runs cli.py as __main__: a second copy of the module, with its own app.
_main = sys.modules.get("__main__")
if getattr(getattr(_main, "__spec__", None), "name", None) == "ai_exposure.cli" and \
        isinstance(getattr(_main, "app", None), typer.Typer) and _main.app is not app:  # type: ignore[union-attr]
    register(_main.app)  # type: ignore[union-attr]


# ------------------------------------------------------------------------------------------ the report

def write_report(result: Comparison, trends: dict[str, list[dict[str, Any]]], out: Path,
                 lang: str = "en") -> Path:
    """compare.html in `lang`: self-contained, owner-readable only, the comparison embedded as inert
    JSON (English keys, as --json gives it). The template's sentences go through the catalog like the
    report's; what compare.py says in English (category titles, causes, trend titles) is translated
    here by the Translator."""

    from . import __version__, i18n
    from .compare import CATEGORIES, METRICS
    from .outdir import atomic
    from .report import environment, stylesheet

    env = environment(lang)  # the report's: autoescaping, the catalog, numbers and dates per language
    translator = i18n.Translator(lang)
    env.filters["tr"] = translator.text

    def signed(n: int) -> str:
        return ("\u2212" if n < 0 else "+") + i18n.format_number(abs(n), lang)

    env.filters["signed"] = signed
    style = stylesheet(env)
    page = env.get_template("compare.html.j2").render(
        result=result,
        trends=trends,
        names=platforms.labels(),
        categories=CATEGORIES,
        titles=CATEGORY_TITLES,
        metrics=METRICS,
        nonce=secrets.token_urlsafe(18),
        style=style,
        version=__version__,
        generated=i18n.format_datetime(datetime.now(timezone.utc), lang),
        data=result.as_json(),
    )
    if out.is_dir():
        out = out / "compare.html"
    with atomic(out) as fh:  # a new file under a unique name, renamed over `out`
        fh.write(page)
    return out
