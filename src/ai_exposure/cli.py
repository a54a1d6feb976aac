"""The command line: wiring only. Each command turns its options into calls of the public API
(api.py), prints what it returns, and leaves errors to `_one_line_errors`, which catches the API's one
error type once. Heavy imports live inside the commands so `--help` is instant."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from .terminal import json_text, terminal_safe

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    # A crash must never print local variables: they may hold the user's own posts.
    pretty_exceptions_show_locals=False,
    help="How much of what you posted is public, and likely eligible for AI training. "
    "Reads official data downloads offline and writes a self-contained report.",
)

HISTORY_HELP = "History database (default: AI_EXPOSURE_HISTORY, else your user data folder)."
POLICIES_OPTION = typer.Option(
    "--policies", metavar="FILE", help="An AI-training policy file to use instead of the one shipped "
    "(default: policies.toml in your config folder, next to settings.toml, when there is one).")


class MemberNetwork(StrEnum):
    public = "public"
    restricted = "restricted"


__all__ = ["app", "main", "terminal_safe"]


def echo(text: str, err: bool = False) -> None:
    """Every line the CLI prints goes through here: text from archives, snapshots, reports and the
    history (account names, file names, platforms, error messages naming them) never reaches the
    terminal raw."""
    typer.echo(terminal_safe(text), err=err)


def echo_json(data: object, **dumps: Any) -> None:
    typer.echo(json_text(data, **dumps))


def fail(message: str, code: int = 2) -> None:
    # One line: a message naming a doctored file cannot add lines of its own.
    echo(f"Error: {terminal_safe(message, lines=False)}", err=True)
    raise typer.Exit(code)


Command = TypeVar("Command", bound=Callable[..., None])


def _one_line_errors(command: Command) -> Command:
    """The API's errors (ai_exposure.Error) as one line and their exit code, for every command."""
    from .errors import Error

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> None:
        try:
            command(*args, **kwargs)
        except Error as exc:
            fail(str(exc), exc.exit_code)

    return run  # type: ignore[return-value]


def analyze(
    paths: Annotated[list[Path], typer.Argument(
        help="Export archives (.zip, .tar.gz/.tgz), extracted folders, or folders of archives.",
        show_default=False)],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for report.html and snapshot.json.")
                   ] = Path("ai-exposure-report"),
    no_text: Annotated[bool, typer.Option("--no-text", help="Keep every text snippet out of the report.")
                       ] = False,
    open_report: Annotated[bool, typer.Option("--open", help="Open the report in your browser.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
    x_protected: Annotated[bool | None, typer.Option(
        "--x-protected/--x-public",
        help="Whether your X account is protected now; by default read from protected-history.js "
             "(which only keeps six months).")] = None,
    linkedin_member_network: Annotated[MemberNetwork, typer.Option(
        help="How to read LinkedIn's MEMBER_NETWORK post visibility (the export does not say whether "
             "it means Anyone or Connections).")] = MemberNetwork.public,
    no_history: Annotated[bool, typer.Option("--no-history", help="Do not record this run in the history.")
                          ] = False,
    history_path: Annotated[Path | None, typer.Option("--history", metavar="PATH", help=(
        "History database (default: AI_EXPOSURE_HISTORY, else your user data folder)."))] = None,
    history_text: Annotated[bool, typer.Option("--history-text", help=(
        "Also keep item keys, links and text snippets in the history (by default: fingerprints only)."))
                            ] = False,
    region: Annotated[str | None, typer.Option(
        "--region", metavar="eu|eea|uk|ch|us|other",
        help="Where you live, for the AI-training rules (default: from the export, else eu).")] = None,
    opted_out: Annotated[list[str] | None, typer.Option(
        "--opted-out", metavar="PLATFORM[=YYYY-MM-DD]",
        help="You opted out of AI training on PLATFORM (on that date); repeatable. "
             "`meta` means Facebook and Instagram.")] = None,
    birth_year: Annotated[int | None, typer.Option(
        "--birth-year", help="For the age rules (default: the birth date in the export, if any).")] = None,
    lang: Annotated[str | None, typer.Option(
        "--lang", metavar="nl|en", help="Language of the report (default: the system's).")] = None,
    settings_file: Annotated[Path | None, typer.Option(
        "--settings", metavar="FILE", help="A TOML file with these answers (default: settings.toml in "
        "your config folder, or AI_EXPOSURE_SETTINGS); the options above win.")] = None,
    save_settings: Annotated[bool, typer.Option(
        "--save-settings", help="Write the answers given to the settings file for the next runs.")] = False,
    policies_file: Annotated[Path | None, POLICIES_OPTION] = None,
) -> None:
    """Analyse exports and write DIR/report.html and DIR/snapshot.json."""
    from . import api

    show_progress = not quiet and sys.stderr.isatty()
    with _progress(show_progress) as progress, api.analyze(
            paths, out=out, progress=progress, no_text=no_text, x_protected=x_protected,
            linkedin_member_network=linkedin_member_network.value, region=region, opted_out=opted_out,
            birth_year=birth_year, lang=lang, settings_file=settings_file,
            save_settings=save_settings, policies=policies_file) as analysis:
        report = analysis.write_report()
        if not no_history:  # from the analysis itself, while its store is open
            _record(analysis, history_path, history_text, quiet)
        summary = None if quiet else analysis.summary()
    if summary is not None:
        for line in analysis.skipped():
            echo(line, err=True)
        echo(summary)
    if open_report:
        import webbrowser

        webbrowser.open(report.resolve().as_uri())


def _record(analysis: Any, path: Path | None, with_text: bool, quiet: bool) -> None:
    """Record the run in the history; a history that cannot be written is a warning (the report is
    already written), never a failed run."""
    from . import api

    history = api.History(path)
    try:
        run_id = history.record(analysis, with_text=with_text)
    except api.Error as exc:
        echo(f"Warning: the run was not recorded in the history: {exc}", err=True)
        return
    if not quiet:
        echo(f"History: recorded as run {run_id} ({history.path})", err=True)


class _NoProgress:
    def __enter__(self):
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def _progress(enabled: bool):
    if not enabled:
        return _NoProgress()
    try:
        from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn
    except ImportError:  # typer without rich: no bar, the run is the same
        return _NoProgress()

    class _Bar:
        def __enter__(self):
            # The amount is our own text: bytes for an archive, nothing for a phase such as
            # "writing the report" (which counts 0 of 1, not bytes).
            self.bar = Progress(TextColumn("{task.description}"), BarColumn(),
                                TextColumn("{task.fields[amount]}"), TimeRemainingColumn(),
                                transient=True)
            self.bar.__enter__()
            self.tasks: dict[str, int] = {}
            return self.update

        def update(self, label: str, done: int, total: int) -> None:
            from rich.markup import escape

            # An export's label is ours, but a bar line must never carry markup or controls.
            label = escape(terminal_safe(label, lines=False))
            amount = f"{done / 1e6:,.1f}/{total / 1e6:,.1f} MB" if total > 1 else ""
            task = self.tasks.get(label)
            if task is None:
                task = self.tasks[label] = self.bar.add_task(label, total=total, amount=amount)
            self.bar.update(task, completed=done, total=total, amount=amount)

        def __exit__(self, *exc: object) -> None:
            self.bar.__exit__(None, None, None)

    return _Bar()


def history(
    forget: Annotated[int | None, typer.Option("--forget", metavar="RUN",
                                               help="Delete one run from the history.")] = None,
    history_path: Annotated[Path | None, typer.Option("--history", metavar="PATH", help=HISTORY_HELP)
                            ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the runs as JSON.")] = False,
) -> None:
    """List the recorded runs (date, platforms, accounts, public and eligible counts)."""
    from . import api, platforms

    recorded = api.History(history_path)
    if forget is not None:
        recorded.forget(forget)
        echo(f"Run {forget} deleted from the history.")
        return
    runs = recorded.runs()
    if as_json:
        echo_json([{
            "run": r.id, "date": r.date, "recorded_at": r.recorded_at, "with_text": r.with_text,
            "accounts": [{"platform": a.platform, "account": a.account, "export_date": a.export_date,
                          "items": a.total, "public": a.public, "eligible": a.eligible,
                          "possible": a.possible} for a in r.accounts],
        } for r in runs], indent=1)
        return
    if not runs:
        echo(f"No runs recorded yet ({recorded.path}).")
        return
    echo(f"{'Run':>5}  {'Date':<10}  {'Accounts':<40} {'Items':>9} {'Public':>9} {'Eligible':>9}")
    for r in runs:
        accounts = ", ".join(terminal_safe(platforms.label(a.platform)
                                           + (" " + a.account if a.account else ""), lines=False)
                             for a in r.accounts)
        echo(f"{r.id:>5}  {r.date:<10}  {accounts[:40]:<40} {r.total('total'):>9,} "
             f"{r.total('public'):>9,} {r.total('eligible'):>9,}")
    echo(f"History: {recorded.path}. Eligible: likely eligible for AI training.")


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
    from . import api

    # As analyze decides it: --lang, else the settings file, else the system locale. Only the report
    # has a language (--json and the summary are English), but a wrong --lang always fails.
    report_lang = api.report_language(lang) if out is not None or lang is not None else "en"
    if out is not None:
        clash = _input_overwritten(out, [a for a in (old, new) if a is not None])
        if clash is not None:
            fail(f"{out}: would overwrite the input {clash}; write the comparison elsewhere "
                 "(e.g. --out compare.html)")
    recorded = api.History(history_path)
    if old is None and new is None:
        old, new = (str(run) for run in recorded.latest_pair())
    elif old is None or new is None:
        fail("give both OLD and NEW, or neither (the two latest runs of the same account)")
    result = api.compare(old, new, history=recorded)
    if out is not None:
        result.write_report(out, lang=report_lang)
    if as_json:
        echo_json(result.to_json(), ensure_ascii=False, indent=1)
        return
    echo(result.summary(out))


def policies(
    json_output: Annotated[bool, typer.Option("--json", help="Print JSON (for scripts).")] = False,
    platform: Annotated[str | None, typer.Option(
        "--platform", help="Only this platform (its name as in snapshot.json: x, linkedin, "
        "reddit, …; `ai-exposure policies` lists them all).")] = None,
    region: Annotated[str | None, typer.Option(
        "--region", metavar="eu|eea|uk|ch|us|other", help="Only the rules for this region.")] = None,
    lang: Annotated[str | None, typer.Option(
        "--lang", metavar="nl|en", help="Language of the texts (default: the system's).")] = None,
    policies_file: Annotated[Path | None, POLICIES_OPTION] = None,
) -> None:
    """The AI-training rules in force per platform and region, with their dates and sources."""
    from . import api

    data = api.policies(policies_file, platform=platform, region=region, lang=lang)
    if json_output:
        echo_json(data, ensure_ascii=False, indent=1)
    else:
        from .policy_table import lines

        echo("\n".join(lines(data)))


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


@app.callback()
def _root() -> None:
    """ai-exposure: analyse your data downloads (X, LinkedIn, Facebook, Instagram, Google, Reddit, TikTok,
    Threads, Mastodon, Bluesky)."""


# The commands, in the order `--help` lists them.
for _command in (analyze, history, compare, policies):
    app.command()(_one_line_errors(_command))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
