"""The local history of runs: one SQLite file in the user's data folder (or `--history PATH`, or the
AI_EXPOSURE_HISTORY environment variable), so `compare` can say what changed since the last export.

Per run it keeps the exports it covered (platform, account, export date), and per item a fingerprint
of the key (see compare.fingerprint), the kind, date, visibility and AI-training eligibility: no text,
no keys and no links unless the user asks for them (`--history-text`). Counts per kind are kept so
`history` lists runs without reading items.

A run is recorded in one transaction: an interrupted or killed run leaves no trace. The database is in
WAL mode with a busy timeout, so two runs at once both land and a reader never waits for a writer."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from . import schema
from .comparison import Record, Side, SourceRef, fingerprint
from .errors import Error
from .model import LIKELY, POSSIBLE, PUBLIC

ENV_VAR = "AI_EXPOSURE_HISTORY"
SCHEMA_VERSION = 1
BUSY_SECONDS = 60.0  # another run recording at the same moment holds the write lock this long at most
BATCH = 5000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    recorded_at TEXT NOT NULL,
    generated_at TEXT,
    tool_version TEXT NOT NULL DEFAULT '',
    settings TEXT NOT NULL DEFAULT '{}',
    with_text INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS sources (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    source INTEGER NOT NULL,
    platform TEXT NOT NULL,
    account TEXT NOT NULL DEFAULT '',
    export_date TEXT,
    label TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (run_id, source)
);
CREATE INDEX IF NOT EXISTS sources_by_account ON sources (platform, account);
CREATE TABLE IF NOT EXISTS items (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    fp TEXT NOT NULL,
    source INTEGER NOT NULL,
    platform TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_at TEXT,
    visibility TEXT NOT NULL,
    ai_training TEXT NOT NULL,
    was_public INTEGER,
    item_key TEXT,
    text TEXT,
    url TEXT,
    PRIMARY KEY (run_id, fp)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS counts (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    source INTEGER NOT NULL,
    kind TEXT NOT NULL,
    visibility TEXT NOT NULL,
    ai_training TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (run_id, source, kind, visibility, ai_training)
) WITHOUT ROWID;
"""


class HistoryError(Error):
    """The history cannot be used (unreadable file, newer schema, no such run). One line."""


def default_path() -> Path:
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path("ai-exposure", appauthor=False) / "history.sqlite"


@dataclass
class HistoryItem:
    key: str
    source: int
    platform: str
    kind: str
    created_at: str | None
    visibility: str
    ai_training: str
    was_public: bool | None = None
    text: str = ""
    url: str = ""


schema.check_record(HistoryItem)


@dataclass
class RunHeader:
    generated_at: str | None
    tool_version: str
    settings: dict[str, Any]
    sources: list[tuple[SourceRef, str]]  # (source, label)
    with_text: bool = False


@dataclass
class AccountRun:
    source: int
    platform: str
    account: str
    export_date: str | None
    total: int = 0
    public: int = 0
    eligible: int = 0
    possible: int = 0


@dataclass
class RunSummary:
    id: int
    recorded_at: str
    generated_at: str | None
    with_text: bool
    accounts: list[AccountRun] = field(default_factory=list)

    @property
    def date(self) -> str:
        dates = [a.export_date for a in self.accounts if a.export_date]
        return (max(dates) if dates else self.generated_at or self.recorded_at)[:10]

    def total(self, name: str) -> int:
        return sum(getattr(a, name) for a in self.accounts)


# ------------------------------------------------------------------------------------------ connection

def connect(path: Path, create: bool = True) -> sqlite3.Connection:
    """Open (and on first use create, owner-only) the history. WAL lets readers go on while a run is
    recorded; the busy timeout makes a second writer wait for the first instead of failing."""
    if not create and not path.exists():
        raise HistoryError(f"{path}: no history yet")
    try:
        if create:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            # Created 0600 before SQLite opens it: its -wal and -shm files copy these permissions.
            # Created as a new file only: never through a symbolic link put at its name.
            try:
                os.close(os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL
                                 | getattr(os, "O_NOFOLLOW", 0), 0o600))
            except FileExistsError:
                if not path.exists():  # a link to nowhere: SQLite would create the file it names
                    raise HistoryError(f"{path}: is a link to a file that does not exist") from None
        db = sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None)
    except OSError as exc:
        raise HistoryError(f"{path}: the history cannot be opened ({exc.strerror or exc})") from None
    except sqlite3.Error as exc:
        raise HistoryError(f"{path}: the history cannot be opened ({exc})") from None
    try:
        _set_wal(db)
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA foreign_keys=ON")
        # A forgotten run is overwritten on disk, not just unlinked from the database's pages.
        db.execute("PRAGMA secure_delete=ON")
        db.execute("PRAGMA cache_size=-32000")
        # Temporary tables (a run's rows before they are sorted, a run's public fingerprints) and
        # sorts go to a file, whatever the build's default: memory stays bounded for any item count.
        db.execute("PRAGMA temp_store=FILE")
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise HistoryError(f"{path}: history schema version {version} is newer than this "
                               f"ai-exposure understands ({SCHEMA_VERSION}); upgrade ai-exposure")
        if version < SCHEMA_VERSION:
            db.execute("BEGIN IMMEDIATE")
            try:
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                db.execute("COMMIT")
            except BaseException:
                _rollback(db)
                raise
    except sqlite3.DatabaseError as exc:
        db.close()
        raise HistoryError(f"{path}: not a usable history database ({exc})") from None
    except BaseException:
        db.close()
        raise
    return db


def _set_wal(db: sqlite3.Connection) -> None:
    """Switch to WAL. On a brand-new file two first runs at once both try to, and SQLite answers the
    second "locked" at once instead of waiting (the busy timeout does not cover it): wait and retry."""
    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _rollback(db: sqlite3.Connection) -> None:
    if db.in_transaction:
        try:
            db.execute("ROLLBACK")
        except sqlite3.Error:
            # The connection is going away; SQLite rolls back an unfinished transaction on close and,
            # after a crash, on the next open.
            db.close()


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


# ------------------------------------------------------------------------------------------ recording

# The run settings the history keeps: what a later comparison needs to explain a change in
# eligibility. Not the birth year, nor the evidence behind a region (it may quote the user's location).
KEPT_SETTINGS = ("region", "opted_out", "policy_as_of", "policy_sha256", "no_text", "lang", "x_protected",
                 "linkedin_member_network")


def minimal_settings(settings: dict[str, Any]) -> dict[str, Any]:
    kept = {k: settings[k] for k in KEPT_SETTINGS if k in settings}
    regions = settings.get("policy_regions")
    if isinstance(regions, list):
        kept["policy_regions"] = [{k: r.get(k) for k in ("source", "platform", "region", "how")}
                                  for r in regions if isinstance(r, dict)]
    return kept


def record(path: Path, header: RunHeader, items: Iterable[HistoryItem]) -> int:
    """Record one run with all its items in a single transaction; returns the run id. If anything
    fails or the process is interrupted before the commit, nothing of the run is kept."""
    with_text = header.with_text

    def rows() -> Iterator[tuple]:
        for it in items:
            yield (fingerprint(it.key), it.source, it.platform, it.kind, it.created_at, it.visibility,
                   it.ai_training, None if it.was_public is None else int(it.was_public),
                   it.key if with_text else None, (it.text or None) if with_text else None,
                   (it.url or None) if with_text else None)

    return _record(path, header, rows())


# The items table's columns after run_id: what `_record` is given per item, in this order.
_ITEM_COLUMNS = ("fp, source, platform, kind, created_at, visibility, ai_training, was_public, item_key, "
                 "text, url")
_ITEM_PLACES = ",".join("?" * len(_ITEM_COLUMNS.split(",")))


def _record(path: Path, header: RunHeader, rows: Iterable[tuple], in_order: bool = False) -> int:
    """`rows`: tuples of _ITEM_COLUMNS; `in_order`: sorted by fingerprint already (repeats in the
    order given)."""
    db = connect(path)
    try:
        db.execute("BEGIN IMMEDIATE")
        try:
            run_id = db.execute(
                "INSERT INTO runs (recorded_at, generated_at, tool_version, settings, with_text) "
                "VALUES (?, ?, ?, ?, ?)",
                (_now(), header.generated_at, header.tool_version,
                 json.dumps(minimal_settings(header.settings), sort_keys=True, default=str),
                 int(header.with_text)),
            ).lastrowid
            db.executemany(
                "INSERT OR REPLACE INTO sources (run_id, source, platform, account, export_date, label) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(run_id, s.id, s.platform, s.account, s.export_date, label) for s, label in header.sources],
            )
            # Inserted in random order, each fingerprint lands on a random page of the items index (a
            # million items: 25 s, most of a run); in fingerprint order the index is written front to
            # back. Rows in any order are first appended to a table of this connection's own (a
            # temporary file, deleted when it closes) and sorted by SQLite, on disk. The same
            # fingerprint twice (one key in two people's exports): the first given is kept.
            insert = f"INSERT OR IGNORE INTO items (run_id, {_ITEM_COLUMNS}) VALUES (?,{_ITEM_PLACES})"
            if not in_order:
                db.execute(f"CREATE TEMP TABLE arriving ({_ITEM_COLUMNS})")
                insert = f"INSERT INTO temp.arriving VALUES ({_ITEM_PLACES})"
            batch: list[tuple] = []
            for row in rows:
                batch.append((run_id, *row) if in_order else row)
                if len(batch) >= BATCH:
                    db.executemany(insert, batch)
                    batch.clear()
            db.executemany(insert, batch)
            if not in_order:
                db.execute(f"INSERT OR IGNORE INTO items (run_id, {_ITEM_COLUMNS}) "
                           f"SELECT ?, {_ITEM_COLUMNS} FROM temp.arriving ORDER BY fp, rowid", (run_id,))
                db.execute("DROP TABLE temp.arriving")
            db.execute(
                "INSERT INTO counts SELECT run_id, source, kind, visibility, ai_training, COUNT(*) "
                "FROM items WHERE run_id = ? GROUP BY source, kind, visibility, ai_training", (run_id,))
            db.execute("COMMIT")
        except BaseException:
            _rollback(db)
            raise
    except sqlite3.Error as exc:
        raise HistoryError(f"{path}: the run could not be recorded ({exc})") from None
    finally:
        db.close()
    return int(run_id)  # type: ignore[arg-type]


def header_from_analysis(analysis: Any, settings: dict[str, Any], with_text: bool = False) -> RunHeader:
    from . import __version__

    sources = []
    for src in analysis.sources:
        export = src.info.export_date
        sources.append((SourceRef(src.id, src.platform, src.info.account or "",
                                  _iso(export) if export else None), src.info.label))
    finished = analysis.finished or analysis.started
    return RunHeader(_iso(finished) if finished else None, __version__, settings, sources, with_text)


def _store_rows(store: Any, with_text: bool) -> Iterator[tuple]:
    """A finished analysis's items as `_record` takes them, in fingerprint order: the store sorts
    them (on disk, in one pass) as it reads them; of one key stored twice, the first stored first.
    Only what is kept goes through the sort (without text: no key, text or link)."""
    store.add_function("fingerprint", fingerprint)
    kept = "key, NULLIF(text, ''), NULLIF(url, '')" if with_text else "NULL, NULL, NULL"
    for rows in store.stream("SELECT fingerprint(key) AS fp, source_id, platform, kind, created_at, "
                             f"visibility, ai_training, was_public, {kept} FROM items ORDER BY fp, rowid"):
        yield from rows


def record_analysis(path: Path, analysis: Any, settings: dict[str, Any], with_text: bool = False) -> int:
    """Record a finished analysis (its item store still open)."""
    return _record(path, header_from_analysis(analysis, settings, with_text),
                   _store_rows(analysis.store, with_text), in_order=True)


def record_snapshot(path: Path, data: dict[str, Any]) -> int:
    """Record a loaded snapshot (see snapshot.load): snapshots carry no text, so neither does the run."""
    from . import __version__

    sources = []
    for s in data.get("sources") or []:
        if isinstance(s, dict) and isinstance(s.get("id"), int):
            sources.append((SourceRef(s["id"], str(s.get("platform") or ""), str(s.get("account") or ""),
                                      s.get("export_date")), str(s.get("label") or "")))
    header = RunHeader(data.get("generated_at"), str(data.get("tool_version") or __version__),
                       dict(data.get("settings") or {}), sources)

    def items() -> Iterator[HistoryItem]:
        for it in data.get("items") or []:
            if isinstance(it, dict) and isinstance(it.get("key"), str):
                yield HistoryItem(it["key"], int(it.get("source") or 0), str(it.get("platform") or ""),
                                  str(it.get("kind") or "other"), it.get("created_at"),
                                  str(it.get("visibility") or "unknown"), str(it.get("ai_training") or ""),
                                  it.get("was_public"))

    return record(path, header, items())


def _iso(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")


# ------------------------------------------------------------------------------------------ reading

def _open_existing(path: Path) -> sqlite3.Connection | None:
    return connect(path) if path.exists() else None


def list_runs(path: Path) -> list[RunSummary]:
    """Every recorded run, oldest first, with per-account counts."""
    db = _open_existing(path)
    if db is None:
        return []
    try:
        runs = {rid: RunSummary(rid, rec, gen, bool(wt)) for rid, rec, gen, wt in db.execute(
            "SELECT id, recorded_at, generated_at, with_text FROM runs ORDER BY id")}
        accounts: dict[tuple[int, int], AccountRun] = {}
        for rid, source, platform, account, export_date in db.execute(
                "SELECT run_id, source, platform, account, export_date FROM sources ORDER BY run_id, source"):
            acc = AccountRun(source, platform, account, export_date)
            accounts[rid, source] = acc
            runs[rid].accounts.append(acc)
        for rid, source, visibility, ai, n in db.execute(
                "SELECT run_id, source, visibility, ai_training, SUM(n) FROM counts "
                "GROUP BY run_id, source, visibility, ai_training"):
            counted = accounts.get((rid, source))
            if counted is None:
                continue
            counted.total += n
            counted.public += n if visibility == PUBLIC else 0
            counted.eligible += n if ai == LIKELY else 0
            counted.possible += n if ai == POSSIBLE else 0
    except sqlite3.Error as exc:
        raise HistoryError(f"{path}: the history cannot be read ({exc})") from None
    finally:
        db.close()
    return list(runs.values())


def forget(path: Path, run_id: int) -> None:
    db = _open_existing(path)
    if db is None:
        raise HistoryError(f"no run {run_id} in the history ({path} does not exist)")
    try:
        db.execute("BEGIN IMMEDIATE")
        try:
            deleted = db.execute("DELETE FROM runs WHERE id = ?", (run_id,)).rowcount
            # Foreign keys cascade; the explicit deletes also clean databases opened without them.
            for table in ("sources", "items", "counts"):
                db.execute(f"DELETE FROM {table} WHERE run_id = ?", (run_id,))
            db.execute("COMMIT")
        except BaseException:
            _rollback(db)
            raise
        # Copy the (zeroed) pages back and empty the write-ahead log, which still held the old ones.
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as exc:
        raise HistoryError(f"{path}: run {run_id} could not be deleted ({exc})") from None
    finally:
        db.close()
    if not deleted:
        raise HistoryError(f"no run {run_id} in the history")


def load_side(path: Path, run_id: int) -> Side:
    """A recorded run as one side of a comparison, its items streamed from the history."""
    db = _open_existing(path)
    if db is None:
        raise HistoryError(f"no run {run_id} in the history ({path} does not exist)")
    try:
        row = db.execute("SELECT generated_at, recorded_at, settings FROM runs WHERE id = ?",
                         (run_id,)).fetchone()
        if row is None:
            raise HistoryError(f"no run {run_id} in the history")
        generated, recorded, settings_json = row
        sources = [SourceRef(s, p, a, d) for s, p, a, d in db.execute(
            "SELECT source, platform, account, export_date FROM sources WHERE run_id = ? ORDER BY source",
            (run_id,))]
    except sqlite3.Error as exc:
        raise HistoryError(f"{path}: the history cannot be read ({exc})") from None
    finally:
        db.close()

    def records() -> Iterator[Record]:
        # Streamed: the comparison reads each side once, into its own temporary database.
        reader = connect(path)
        try:
            for fp, source, platform, kind, created, vis, ai, key, url, text in reader.execute(
                    "SELECT fp, source, platform, kind, created_at, visibility, ai_training, item_key, "
                    "url, text FROM items WHERE run_id = ?", (run_id,)):
                yield Record(fp, platform, kind, created, vis, ai, source, key or "", url or "", text or "")
        except sqlite3.Error as exc:
            raise HistoryError(f"{path}: the history cannot be read ({exc})") from None
        finally:
            reader.close()

    try:
        settings = json.loads(settings_json)
    except ValueError:
        settings = {}
    return Side(label=f"run {run_id}", generated_at=generated or recorded,
                settings=settings if isinstance(settings, dict) else {}, sources=sources, items=records(),
                run_id=run_id)


def latest_pair(path: Path) -> tuple[int, int]:
    """The two latest runs of the same account: the newest run and the latest earlier run sharing an
    account with it (else, a platform)."""
    runs = list_runs(path)
    if len(runs) < 2:
        raise HistoryError(f"the history holds {len(runs)} run(s); compare needs two "
                           f"(or give OLD and NEW)")
    newest = runs[-1]
    accounts = {(a.platform, a.account) for a in newest.accounts}
    platforms = {a.platform for a in newest.accounts}
    earlier = list(reversed(runs[:-1]))
    for run in earlier:
        if accounts & {(a.platform, a.account) for a in run.accounts}:
            return run.id, newest.id
    for run in earlier:
        if platforms & {a.platform for a in run.accounts}:
            return run.id, newest.id
    raise HistoryError(f"no earlier run in the history has the accounts of run {newest.id}")


def trend(path: Path, platform: str, account: str, anchor: int | None = None) -> list[dict[str, Any]]:
    """Counts of one account over every recorded run holding it, oldest export first. The account is
    followed across renames: going from `anchor` (a run id; default: the latest run with the account)
    to older and newer runs, a run's export of the platform belongs to the account when its name was
    seen on the way or when it shares item fingerprints with the export matched just before it."""
    runs = list_runs(path)
    start = None
    for i, run in enumerate(runs):
        if anchor is not None and run.id != anchor:
            continue
        hit = next((a for a in run.accounts if a.platform == platform and a.account == account), None)
        if hit is not None:
            start = (i, hit)
            if anchor is not None:
                break
    if start is None:
        return []
    db = connect(path)
    try:
        matched: dict[int, AccountRun] = {runs[start[0]].id: start[1]}
        for order in (range(start[0] - 1, -1, -1), range(start[0] + 1, len(runs))):
            names, current, current_run = {account}, start[1], runs[start[0]].id
            for i in order:
                candidates = [a for a in runs[i].accounts if a.platform == platform]
                pick = next((a for a in candidates if a.account in names), None)
                if pick is None:
                    shared = [(_shared_items(db, current_run, current.source, runs[i].id, a.source), a)
                              for a in candidates]
                    best = max(shared, key=lambda t: t[0], default=(0, None))
                    pick = best[1] if best[0] > 0 else None
                if pick is not None:
                    matched[runs[i].id] = pick
                    names.add(pick.account)
                    current, current_run = pick, runs[i].id
    except sqlite3.Error as exc:
        raise HistoryError(f"{path}: the history cannot be read ({exc})") from None
    finally:
        db.close()
    by_id = {r.id: r for r in runs}
    points = []
    for run_id, acc in matched.items():
        run = by_id[run_id]
        points.append({
            "run": run_id,
            "source": acc.source,
            "account": acc.account,
            "date": (acc.export_date or run.generated_at or run.recorded_at)[:10],
            "total": acc.total, "public": acc.public, "eligible": acc.eligible, "possible": acc.possible,
        })
    points.sort(key=lambda p: (p["date"], p["run"]))
    return points


def _shared_items(db: sqlite3.Connection, run_a: int, source_a: int, run_b: int, source_b: int) -> int:
    return db.execute(
        "SELECT COUNT(*) FROM items a WHERE a.run_id = ? AND a.source = ? AND EXISTS "
        "(SELECT 1 FROM items b WHERE b.run_id = ? AND b.fp = a.fp AND b.source = ?)",
        (run_a, source_a, run_b, source_b)).fetchone()[0]


def exposed_before(path: Path, lineage: list[dict[str, Any]], new_run: int | None, new_date: str,
                   public_now: Iterable[str]) -> int | None:
    """How many items of an account were public in an earlier recorded run (any of them, not only the
    one compared) and are not public now, or are gone: exposure the history remembers. `lineage` is
    `trend()`'s list for the account, `public_now` the fingerprints public in the newer run. None when
    the history holds no earlier run of the account."""
    earlier = [(p["run"], p["source"]) for p in lineage if p["run"] != new_run and p["date"] <= new_date]
    if not earlier:
        return None
    db = connect(path)
    try:
        # Temporary tables live in SQLite's temp storage, not in memory lists: any size works.
        db.execute("CREATE TEMP TABLE public_now (fp TEXT PRIMARY KEY) WITHOUT ROWID")
        db.execute("CREATE TEMP TABLE earlier (run_id INTEGER, source INTEGER)")
        db.executemany("INSERT INTO earlier VALUES (?, ?)", earlier)
        batch: list[tuple[str]] = []
        for fp in public_now:
            batch.append((fp,))
            if len(batch) >= BATCH:
                db.executemany("INSERT OR IGNORE INTO public_now VALUES (?)", batch)
                batch.clear()
        db.executemany("INSERT OR IGNORE INTO public_now VALUES (?)", batch)
        return int(db.execute(
            "SELECT COUNT(DISTINCT i.fp) FROM earlier e JOIN items i ON i.run_id = e.run_id "
            "AND i.source = e.source WHERE i.visibility = 'public' "
            "AND i.fp NOT IN (SELECT fp FROM public_now)").fetchone()[0])
    except sqlite3.Error as exc:
        raise HistoryError(f"{path}: the history cannot be read ({exc})") from None
    finally:
        db.close()
