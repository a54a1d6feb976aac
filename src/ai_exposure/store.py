"""Items go to disk, not to a list: a temporary SQLite table keyed by item key, so memory stays flat
whatever the archive size, duplicates (multi-part downloads, the same post in two files) collapse on
the key, and the report and snapshot query it in bounded pieces."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .model import Item

COLUMNS = (
    "key", "source_id", "platform", "kind", "created_at", "visibility", "evidence", "confidence",
    "source_file", "text", "media_count", "url", "audience", "was_public", "own", "ai_training",
    "ai_training_reason",
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    key TEXT PRIMARY KEY, source_id INTEGER, platform TEXT, kind TEXT, created_at TEXT,
    visibility TEXT, evidence TEXT, confidence TEXT, source_file TEXT, text TEXT,
    media_count INTEGER, url TEXT, audience TEXT, was_public INTEGER, own INTEGER,
    ai_training TEXT, ai_training_reason TEXT
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS staging (
    key TEXT, source_id INTEGER, platform TEXT, kind TEXT, created_at TEXT,
    visibility TEXT, evidence TEXT, confidence TEXT, source_file TEXT, text TEXT,
    media_count INTEGER, url TEXT, audience TEXT, was_public INTEGER, own INTEGER,
    ai_training TEXT, ai_training_reason TEXT
);
"""


@dataclass(frozen=True)
class StoredItem:
    key: str
    source_id: int
    platform: str
    kind: str
    created_at: str | None  # ISO 8601 UTC
    visibility: str
    evidence: str
    confidence: str
    source_file: str
    text: str
    media_count: int
    url: str
    audience: str
    was_public: bool | None
    own: bool
    ai_training: str
    ai_training_reason: str


class ItemStore:
    BATCH = 5000

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(path)
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute("PRAGMA temp_store=FILE")
        self._db.execute("PRAGMA cache_size=-32000")  # 32 MB page cache, whatever the item count
        self._db.executescript(_SCHEMA)
        self._pending: list[tuple] = []
        self._staged = 0
        self._duplicates = 0
        self._added = 0
        self._closed = False

    def add(self, item: Item, source_id: int, ai_training: str, reason: str) -> None:
        created = item.created_at.isoformat().replace("+00:00", "Z") if item.created_at else None
        self._pending.append((
            item.key, source_id, item.platform, item.kind, created, item.visibility, item.evidence,
            item.confidence, item.source_file, item.text, item.media_count, item.url, item.audience,
            None if item.was_public is None else int(item.was_public), int(item.own),
            ai_training, reason,
        ))
        if len(self._pending) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        """Store the pending items. A batch whose keys come in order (X's ids, newest first) goes
        straight into the keyed table; any other (hashed keys: My Activity, comments) is appended to
        an unindexed staging table and merged in key order before the first query (see `_merge`)."""
        if not self._pending:
            return
        if _in_key_order(self._pending) and not self._staged:
            before = self._db.total_changes
            self._insert("INSERT OR IGNORE INTO items")
            inserted = self._db.total_changes - before
            self._added += inserted
            self._duplicates += len(self._pending) - inserted
        else:
            self._insert("INSERT INTO staging")
            self._staged += len(self._pending)
        self._pending.clear()
        self._db.commit()

    def _insert(self, into: str) -> None:
        sql = f"{into} VALUES ({','.join('?' * len(COLUMNS))})"
        try:
            self._db.executemany(sql, self._pending)
        except UnicodeEncodeError:
            # A lone surrogate (an export's JSON may hold a `\ud800` escape) cannot be stored as UTF-8.
            # Undo the partial batch, replace such characters with '?', and store the batch again.
            self._db.rollback()
            self._pending = [tuple(_storable(v) for v in row) for row in self._pending]
            self._db.executemany(sql, self._pending)

    def _merge(self) -> None:
        """Move staged items into the keyed table, in key order, the first of each key winning.

        Inserting a million items one by one into a table keyed by a hashed key costs a random B-tree
        descent each (3x slower than in order, and worse as the table outgrows the page cache); one
        sorted pass before the first query costs a fraction of that."""
        self.flush()
        if not self._staged:
            return
        # Rows given earlier win over later ones with the same key, as with direct inserts.
        before = self._db.total_changes
        self._db.execute(f"INSERT OR IGNORE INTO items SELECT {','.join(COLUMNS)} FROM staging "
                         "ORDER BY key, rowid")
        inserted = self._db.total_changes - before
        self._added += inserted
        self._duplicates += self._staged - inserted
        self._db.execute("DELETE FROM staging")
        self._db.commit()
        self._staged = 0

    @property
    def added(self) -> int:
        """Distinct items stored so far."""
        self._merge()
        return self._added

    @property
    def duplicates(self) -> int:
        """Items given again with a key already stored (multi-part downloads, the same post twice)."""
        self._merge()
        return self._duplicates

    def query(self, where: str = "", params: tuple = (), order: str = "", limit: int | None = None
              ) -> Iterator[StoredItem]:
        self._merge()
        sql = f"SELECT {','.join(COLUMNS)} FROM items"
        if where:
            sql += f" WHERE {where}"
        if order:
            sql += f" ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        for row in self._db.execute(sql, params):
            values = list(row)
            values[13] = None if values[13] is None else bool(values[13])
            values[14] = bool(values[14])
            yield StoredItem(*values)

    def scalar(self, sql: str, params: tuple = ()) -> object:
        self._merge()
        return self._db.execute(sql, params).fetchone()[0]

    def rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        self._merge()
        return self._db.execute(sql, params).fetchall()

    def stream(self, sql: str, params: tuple = (), batch: int = 2000) -> Iterator[list[tuple]]:
        """Rows of a query in lists of `batch`, for writers that must not hold every row at once."""
        self._merge()
        cursor = self._db.execute(sql, params)
        while rows := cursor.fetchmany(batch):
            yield rows

    def reopened(self) -> ItemStore:
        """The same store through a new connection, for a forked helper process (a connection must
        not be used across a fork). Pending items stay with this one: flush first."""
        other = ItemStore(self.path)
        other._added, other._duplicates = self._added, self._duplicates
        return other

    def adopt_counts(self, added: int, duplicates: int) -> None:
        """The counts after a helper process stored items through its own connection."""
        self._added, self._duplicates = added, duplicates

    def close(self) -> None:
        if self._closed:
            return
        self.flush()
        self._db.close()
        self._closed = True


def _in_key_order(rows: list[tuple]) -> bool:
    keys = [row[0] for row in rows]
    pairs = list(zip(keys, keys[1:], strict=False))
    return all(a <= b for a, b in pairs) or all(a >= b for a, b in pairs)


def _storable(value: object) -> object:
    if isinstance(value, str):
        return value.encode("utf-8", "replace").decode("utf-8")
    return value


def parse_stored_date(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00"))
