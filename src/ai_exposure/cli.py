"""The command line: wiring only. Heavy imports live inside the commands so `--help` is instant."""

from __future__ import annotations

import re
import sqlite3
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from . import i18n
from .i18n import Msg

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    # A crash must never print local variables: they may hold the user's own posts.
    pretty_exceptions_show_locals=False,
    help="How much of what you posted is public, and likely eligible for AI training. "
    "Reads official data downloads offline and writes a self-contained report.",
)


class MemberNetwork(StrEnum):
    public = "public"
    restricted = "restricted"


# What a terminal may act on rather than show: C0 and C1 controls (escape sequences start with ESC or
# CSI), DEL, and the bidirectional overrides and isolates that reorder what follows them on screen.
_UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str, lines: bool = True) -> str:
    """Text for the terminal, whatever an archive put in it: every control character (escape
    sequences, carriage returns, bidirectional overrides) shown as "?". Line breaks are kept only
    when `lines`; a carriage return never is."""
    text = _UNSAFE.sub("?", str(text))
    return text if lines else text.replace("\n", "?")


def echo(text: str, err: bool = False) -> None:
    """Every line the CLI prints goes through here: text from archives, snapshots, reports and the
    history (account names, file names, platforms, error messages naming them) never reaches the
    terminal raw."""
    typer.echo(terminal_safe(text), err=err)


def echo_json(data: object, **dumps: Any) -> None:
    """JSON for the terminal: what json leaves raw (C1 controls, bidirectional overrides, with
    ensure_ascii=False) becomes a JSON escape, so the output stays valid JSON and inert."""
    import json

    text = json.dumps(data, **dumps)
    typer.echo(_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


def fail(message: str, code: int = 2) -> None:
    # One line: a message naming a doctored file cannot add lines of its own.
    echo(f"Error: {terminal_safe(message, lines=False)}", err=True)
    raise typer.Exit(code)


@app.callback()
def _root() -> None:
    """ai-exposure: analyse your data downloads from X, LinkedIn, Facebook, Instagram and Google."""


@app.command()
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
) -> None:
    """Analyse exports and write DIR/report.html and DIR/snapshot.json."""
    from .parallel import WorkerError
    from .parsing import Options
    from .run import UsageError
    from .run import analyze as run_analyze
    from .settings import SettingsError, resolve

    try:
        user = resolve(settings_file, region, opted_out, birth_year, lang, save=save_settings)
    except SettingsError as exc:
        fail(str(exc))
        return
    options = Options(no_text=no_text, x_protected=x_protected,
                      linkedin_member_network=linkedin_member_network.value)
    settings = {"x_protected": x_protected, "linkedin_member_network": linkedin_member_network.value}
    show_progress = not quiet and sys.stderr.isatty()
    try:
        with _progress(show_progress) as progress:
            record = None if no_history else cli_history.recorder(
                history_path, {"no_text": no_text, **settings}, history_text, quiet)
            summary: list[str] = []

            def on_result(result) -> None:
                # Runs while the item store is still open: the summary and the history read it.
                if record is not None:
                    record(result)
                if not quiet:
                    summary.append(_summary(result, user.language()))

            result = run_analyze(paths, out, options, progress=progress, settings=settings,
                                 on_result=on_result, user=user)
    except UsageError as exc:
        fail(str(exc))
        return
    except WorkerError as exc:  # a helper process of a big run failed: one line, no traceback
        fail(str(exc), code=1)
        return
    except (OSError, sqlite3.Error) as exc:  # the disk is full, the folder went away: nothing replaced
        fail(f"{out}: the report could not be written ({getattr(exc, 'strerror', None) or exc}); "
             "what was there before is kept", code=1)
        return
    if not quiet:
        say = i18n.Translator(user.language())
        for line in result.analysis.unusable:
            echo(say.text(Msg("Skipped: %(input)s", input=line)), err=True)
        echo("\n".join(summary))
    if open_report:
        import webbrowser

        webbrowser.open(result.report.resolve().as_uri())


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


def _summary(result, lang: str = "en") -> str:
    """A few lines for the terminal, in the report's language."""
    from . import platforms
    from .report import platform_views

    say = i18n.Translator(lang)
    num = i18n.Text(lang).number
    t, views = platform_views(result.analysis.store)
    c = t.content
    # What the user posted and wrote first, as the report's headline; connection lists and the rest
    # (reactions, messages, activity) after it, so that followers never read as "public posts".
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
            public=f"{num(c.public):>9}", likely=f"{num(c.likely):>9}", possible=f"{num(c.possible):>9}")))
    for s in result.analysis.sources:
        files = Msg("%(read)s read, %(known)s known, %(unknown)s unknown",
                    read=s.count_files("parsed") + s.count_files("context"),
                    known=s.count_files("ignored"), unknown=s.count_files("unknown"))
        problems = len(s.problems) + s.problems_dropped
        acct = f" {terminal_safe(s.info.account, lines=False)}" if s.info.account else ""
        lines.append(say.text(Msg("%(export)s%(account)s: files %(files)s; %(n)s problem(s)",
                                  export=Msg(s.info.label), account=acct, files=files, n=num(problems))))
        lines.extend(f"  ! {terminal_safe(say.text(n), lines=False)}" for n in s.info.notices)
    lines.append(say.text(Msg("Report: %(path)s", path=str(result.report))))
    lines.append(say.text(Msg("Snapshot: %(path)s", path=str(result.snapshot))))
    return "\n".join(lines)


from . import cli_history  # noqa: E402  (registers `history` and `compare` on the app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
