"""Items go to disk, not to a list: a temporary SQLite table keyed by item key, so memory stays flat
whatever the archive size, duplicates (multi-part downloads, the same post in two files) collapse on
the key, and the report and snapshot query it in bounded pieces."""

from __future__ import annotations

import functools
import itertools
import json
import operator
import os
import sqlite3
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

import msgspec

from . import schema
from .i18n import Msg
from .model import Item

# The items table's columns: every field of the item schema, in its order (schema.STORE_COLUMNS).
COLUMNS = schema.STORE_COLUMNS
# An item's own fields as the table has them; the date is written as ISO 8601 text.
_ITEM_COLUMNS = tuple(n for n in COLUMNS if schema.FIELDS[n].item)
_item_values = operator.attrgetter(*_ITEM_COLUMNS)
_CREATED = _ITEM_COLUMNS.index("created_at")
_EVIDENCE = _ITEM_COLUMNS.index("evidence")
if (*_ITEM_COLUMNS, "source_id", "ai_training", "ai_training_reason") != COLUMNS:
    raise TypeError("ItemStore.add writes an item's fields, then source_id, ai_training, its reason")
if _ITEM_COLUMNS != schema.ITEM_NAMES:  # the order of a helper's tuples (parallel.ItemFields)
    raise TypeError("ItemStore.add takes a tuple of schema.ITEM_NAMES as the columns' values")
_BOOLEANS = tuple(COLUMNS.index(n) for n in schema.BOOLEANS)

# Items are stored in runs: the columns that vary item by item (VARYING), and the rest, which a
# file's items mostly share (platform, kind, visibility, evidence, source file, verdict...). Shared
# values common in a batch are written into the statement as SQL literals, so each row binds 5 values
# instead of 17: binding was most of an insert's cost (bench/README.md).
VARYING = ("key", "created_at", "text", "media_count", "url")
SHARED = tuple(n for n in COLUMNS if n not in VARYING)
_RUN_COLUMNS = (*VARYING, *SHARED)  # a stored row's values in this order: its varying, then its shared
# add() builds a row's VARYING values in their order; the keys' hashes read its key first, the tally
# its date second.
_V_KEY, _V_TEXT, _V_MEDIA, _V_URL = (_ITEM_COLUMNS.index(n) for n in ("key", "text", "media_count", "url"))
_shared_of_item = operator.itemgetter(*(_ITEM_COLUMNS.index(n) for n in SHARED if n in _ITEM_COLUMNS))
if (*(n for n in SHARED if n in _ITEM_COLUMNS), "source_id", "ai_training", "ai_training_reason") != SHARED:
    raise TypeError("ItemStore.add appends source_id, ai_training and its reason to an item's shared values")
_INSERT_COLUMNS = f"INSERT INTO items ({', '.join(_RUN_COLUMNS)}) VALUES "
_PARAM_INSERT = _INSERT_COLUMNS + f"({','.join('?' * len(_RUN_COLUMNS))})"
_summary_of_shared = operator.itemgetter(*(SHARED.index(n) for n in (
    "platform", "kind", "visibility", "ai_training", "was_public", "source_id")))
# Dates as stored (`_stored_date`): msgspec writes an aware UTC datetime in exactly that form.
_encode_json = msgspec.json.Encoder().encode
_decode_dates = msgspec.json.Decoder(list[str | None]).decode
# Shared values of at least this many rows of a batch get a statement of their own (compiled once: tens
# of µs); rarer ones (a file whose items differ in evidence or audience) are bound with the rest.
LITERAL_ROWS = 32
ROWS_PER_STATEMENT = 25  # rows of one group written by one INSERT (see ItemStore._insert_runs)
MANY_ROWS_MAX_CHARS = 32 << 10
_chain = itertools.chain.from_iterable
# A longer shared value is bound, not written into a statement (real ones are under 400 characters):
# the statements kept (here and in sqlite3's cache of 128) stay small whatever an archive holds.
LITERAL_MAX_CHARS = 1024

# Items are appended in the order they are given (rowid), without a key constraint; before the first
# query, later copies of a key are deleted through an index on key, built only when the keys' hashes
# show that a key may repeat (see ItemStore._merge).
_SCHEMA = schema.store_sql() + """;
-- How each distinct evidence text was made (an i18n.Msg as JSON), so the report can translate it.
CREATE TABLE IF NOT EXISTS messages (text TEXT PRIMARY KEY, msg TEXT) WITHOUT ROWID;
-- Sources of one account (see ItemStore.set_groups); a source not listed is a group of its own.
CREATE TABLE IF NOT EXISTS source_groups (source_id INTEGER PRIMARY KEY, grp INTEGER NOT NULL);
"""

# The account group of an items row `t`: repeated keys collapse only within one group, so two people's
# exports never merge, whatever their parsers' keys.
def _group_of(t: str) -> str:
    return f"COALESCE((SELECT grp FROM source_groups WHERE source_id = {t}.source_id), {t}.source_id)"


_SAME_GROUP = f"{_group_of('o')} = {_group_of('i')}"


@dataclass(frozen=True)
class StoredItem:
    """An item as stored: schema.ITEM_FIELDS, written out for readers and type checkers (checked
    below), with the date as ISO 8601 UTC text."""

    platform: str
    kind: str
    key: str
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
    source_id: int
    ai_training: str
    ai_training_reason: str


if tuple(f.name for f in dataclass_fields(StoredItem)) != COLUMNS:
    raise TypeError("store.StoredItem's fields are not schema.STORE_COLUMNS")


# A table of at least this many items keeps its key index when more items come (see `flush`).
KEEP_INDEX_FROM = 100_000
PAGE_BYTES = 65536  # a new store's SQLite page size (see ItemStore.__init__)
# Keys hashed while storing (8 bytes each, see `_merge`) up to this many items; beyond, the key index.
KEY_HASHES_MAX = 4_000_000


class SummaryRow(NamedTuple):
    platform: str
    kind: str
    visibility: str
    ai_training: str
    was_public: int | None
    source_id: int
    month: str | None  # YYYY-MM, None when undated
    n: int
    first: str | None
    last: str | None


_UNDECIDED = ""  # a group's statement before it is decided (None: bound)


class _Shared:
    """The rows of one batch that share these SHARED values: how many, and once decided their
    statement (None: bound) and their summary groups' prefix."""

    __slots__ = ("values", "rows", "sql", "sql_of_many", "prefix")

    def __init__(self, values: tuple) -> None:
        self.values = values
        self.rows = 0
        self.sql: str | None = _UNDECIDED
        self.sql_of_many: str | None = _UNDECIDED
        self.prefix: tuple | None = None

    def statement(self) -> str | None:
        if self.sql == _UNDECIDED:
            self.sql = _literal_insert(self.values) if self.rows >= LITERAL_ROWS else None
        return self.sql

    def statement_of_many(self) -> str | None:
        """`statement()` for ROWS_PER_STATEMENT rows at once; None where that text would be longer
        than MANY_ROWS_MAX_CHARS (the statements sqlite3 keeps compiled stay small). `statement()`
        must not be None."""
        if self.sql_of_many == _UNDECIDED:
            sql = self.statement()
            assert sql is not None
            head, _, row = sql.partition(" VALUES ")
            self.sql_of_many = None if len(row) * ROWS_PER_STATEMENT > MANY_ROWS_MAX_CHARS else \
                head + " VALUES " + ",".join([row] * ROWS_PER_STATEMENT)
        return self.sql_of_many


class ItemStore:
    BATCH = 5000

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(path)
        # Before the first table: 64 KB pages (SQLite's largest) for a table that is appended to and read
        # through whole; inserting and serialising took about 10% less than with 4 KB (bench/README.md).
        # An existing store keeps its own.
        self._db.execute(f"PRAGMA page_size={PAGE_BYTES}")
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute("PRAGMA temp_store=FILE")
        self._db.execute("PRAGMA cache_size=-32000")  # 32 MB page cache, whatever the item count
        self._db.executescript(_SCHEMA)
        # Items not stored yet, in runs that share their SHARED values: [(group, [varying, ...]), ...],
        # one _Shared group for each distinct tuple of shared values in the batch.
        self._pending: list[tuple[_Shared, list[tuple]]] = []
        self._pending_rows = 0
        self._groups: dict[tuple, _Shared] = {}
        self._run_shared: tuple | None = None
        self._run_rows: list[tuple] = []
        self._staged = 0  # items appended since the last _merge
        # Rows up to this rowid hold no repeated key (merged); those after it were appended since.
        self._merged_rowid = 0
        self._indexed = self._has_key_index()
        self._summary: list[SummaryRow] | None = None
        self._duplicates = 0
        self._added = 0
        self._closed = False
        self._messages: dict[str, str] = {}  # pending: text -> Msg JSON
        self._messages_seen: set[str] = set()
        self._last_msg: object = None
        # The summary's groups, counted as items are stored (see `summary`): group -> [n, first, last].
        # None once it cannot be kept exact (rows it never saw, or rows deleted by a merge).
        self._tally: dict[tuple, list] | None = {} if self._max_rowid() == 0 else None
        # The hash of every stored row's key, in any order (None: not kept): while no two are equal,
        # no key repeats and a merge needs no key index (see `_merge`).
        self._key_hashes: array | None = array("q") if self._max_rowid() == 0 else None

    def add(self, item: Item, source_id: int, ai_training: str, reason: str) -> None:
        evidence = item.evidence
        # A parser's evidence is mostly one Msg object for a whole file: checked once, not per item.
        if evidence is not self._last_msg:
            self._new_evidence(evidence)
        # A storing helper's items are tuples of these fields in this order (parallel.ItemFields).
        # Booleans are stored as SQLite's 0 and 1 as they are.
        values = item if isinstance(item, tuple) else _item_values(item)
        created = _stored_date(values[_CREATED])
        shared = (*_shared_of_item(values), source_id, ai_training, reason)
        if shared != self._run_shared:  # mostly the same objects as the last item's: compared by identity
            self._start_run(shared)
        self._run_rows.append((values[_V_KEY], created, values[_V_TEXT], values[_V_MEDIA], values[_V_URL]))
        self._pending_rows += 1
        if self._pending_rows >= self.BATCH:
            self.flush()

    def add_run(self, template: Any, source_id: int, keys: list[str], created: list[datetime | None],
                texts: list[str], urls: list[str], verdicts: list[tuple[str, str]]) -> None:
        """The items of a model.ItemRun (`template`: its shared fields, an Item or a tuple of them as
        `add` takes one), each with its (ai_training, reason): stored as `add` stores each of them."""
        values = template if isinstance(template, tuple) else _item_values(template)
        if values[_EVIDENCE] is not self._last_msg:
            self._new_evidence(values[_EVIDENCE])
        base = (*_shared_of_item(values), source_id)
        media = values[_V_MEDIA]
        if verdicts and verdicts.count(verdicts[0]) == len(verdicts):
            # One verdict for the whole run (account activity; a day's posts): its rows appended as a
            # list, with the flushes the loop below would make.
            media_column = itertools.repeat(media, len(keys))
            self._add_rows((*base, *verdicts[0]),
                           list(zip(keys, _stored_dates(created), texts, media_column, urls, strict=True)))
            return
        last_verdict: tuple[str, str] | None = None
        shared: tuple = ()
        # As `add` appends each item to its run of shared values (kept inline: a call per item costs).
        for key, date, text, url, verdict in zip(keys, _stored_dates(created), texts, urls, verdicts,
                                                 strict=True):
            if verdict is not last_verdict:
                last_verdict = verdict
                shared = (*base, *verdict)
            if shared != self._run_shared:
                self._start_run(shared)
            self._run_rows.append((key, date, text, media, url))
            self._pending_rows += 1
            if self._pending_rows >= self.BATCH:
                self.flush()

    def _add_rows(self, shared: tuple, rows: list[tuple]) -> None:
        """Rows of one run of shared values, appended as `add_run` appends them one by one."""
        at, n = 0, len(rows)
        while at < n:
            if shared != self._run_shared:
                self._start_run(shared)
            end = min(n, at + self.BATCH - self._pending_rows)
            self._run_rows.extend(rows if at == 0 and end == n else rows[at:end])
            self._pending_rows += end - at
            at = end
            if self._pending_rows >= self.BATCH:
                self.flush()

    def _new_evidence(self, evidence: str) -> None:
        """An item's evidence that is not the last item's: a Msg not seen yet goes to the messages."""
        self._last_msg = evidence
        if isinstance(evidence, Msg) and evidence not in self._messages_seen:
            self._note_message(evidence)

    def _start_run(self, shared: tuple) -> None:
        """The pending rows' next run: of these shared values, in their group of the batch."""
        self._run_shared = shared
        group = self._groups.get(shared)
        if group is None:
            group = self._groups[shared] = _Shared(shared)
        self._run_rows = []
        self._pending.append((group, self._run_rows))

    def _note_message(self, msg: Msg) -> None:
        if len(self._messages_seen) >= 100_000:  # bounded memory; the table ignores a repeat
            self._messages_seen.clear()
        self._messages_seen.add(msg)
        self._messages[str(msg)] = json.dumps(msg.to_json())

    def set_groups(self, groups: dict[int, int]) -> None:
        """source id -> account group: sources of one account (two exports given in one run) share
        a group, where a repeated key is one item; in different groups the same key is two items."""
        self.flush()
        self._db.execute("DELETE FROM source_groups")
        self._db.executemany("INSERT INTO source_groups VALUES (?, ?)", sorted(groups.items()))
        self._db.commit()

    def counts_by_source(self) -> dict[int, int]:
        """Distinct items stored per source, after repeated keys were merged."""
        counts: dict[int, int] = {}
        for row in sorted(self.summary(), key=lambda r: r.source_id):
            counts[row.source_id] = counts.get(row.source_id, 0) + row.n
        return counts

    def message(self, text: str) -> Msg | None:
        """The Msg an item's evidence was made from (None for text stored as plain text)."""
        self.flush()
        row = self._db.execute("SELECT msg FROM messages WHERE text = ?", (text,)).fetchone()
        return Msg.from_json(json.loads(row[0])) if row else None

    def flush(self) -> None:
        """Store the pending items: appended to the table, checked for repeated keys by `_merge`."""
        if self._pending:
            self._summary = None
        if self._messages:
            self._db.executemany("INSERT OR IGNORE INTO messages VALUES (?, ?)",
                                 [(_storable(t), m) for t, m in self._messages.items()])
            self._messages.clear()
            self._db.commit()
        if not self._pending:
            return
        if self._indexed and (self._added < KEEP_INDEX_FROM
                              or self._staged + self._pending_rows > self._added // 4):
            # Appending to an indexed table updates the index item by item, in random order for hashed
            # keys: for many new items that costs more than `_merge` building it again in one sorted
            # pass. A big table keeps it for a smaller export that follows (its merge then checks only
            # the new rows), until the new rows reach a quarter of the table.
            self._db.execute("DROP INDEX IF EXISTS items_key")
            self._db.commit()
            self._indexed = False
        self._insert()
        if self._tally is not None:
            for group, rows in self._pending:
                _count_run(self._tally, group, rows)
        if self._key_hashes is not None:
            if len(self._key_hashes) + self._pending_rows > KEY_HASHES_MAX:
                self._key_hashes = None
            else:  # the keys as stored (`_insert` may have replaced lone surrogates)
                self._key_hashes.extend([hash(row[0]) for _, rows in self._pending for row in rows])
        self._staged += self._pending_rows
        self._pending = []
        self._pending_rows = 0
        self._groups = {}
        self._run_shared = None  # the next item starts a run of its own
        self._db.commit()

    def _insert(self) -> None:
        try:
            self._insert_runs()
        except UnicodeEncodeError:
            # A lone surrogate (an export's JSON may hold a `\ud800` escape) cannot be stored as UTF-8.
            # Undo the partial batch, replace such characters with '?', and store the batch again.
            self._db.rollback()
            groups: dict[tuple, _Shared] = {}
            pending = []
            for group, rows in self._pending:
                shared = tuple(_storable(v) for v in group.values)
                pending.append((groups.setdefault(shared, _Shared(shared)),
                                [tuple(_storable(v) for v in row) for row in rows]))
            self._pending = pending
            self._insert_runs()

    def _insert_runs(self) -> None:
        # Values shared by at least LITERAL_ROWS of the pending rows get a statement of their own, even
        # for runs of one (a reply between two posts): executing it costs less than binding 12 more values.
        for group, rows in self._pending:
            group.rows += len(rows)
        bound: list[tuple] = []  # consecutive rows that bind every value: one executemany
        for group, rows in self._pending:
            sql = group.statement()
            if sql is None:
                bound.extend([row + group.values for row in rows])
                continue
            if bound:
                self._db.executemany(_PARAM_INSERT, bound)
                bound = []
            if len(rows) == 1:
                self._db.execute(sql, rows[0])
                continue
            # Many rows to a statement, in their order (so the rowids are the same): each statement
            # executed costs (1.19 -> 0.87 us a row with 25; bench/README.md).
            k = ROWS_PER_STATEMENT
            many = len(rows) - len(rows) % k
            many_sql = group.statement_of_many() if many else None
            if many_sql is None:
                many = 0
            else:
                self._db.executemany(many_sql, [tuple(_chain(rows[i:i + k])) for i in range(0, many, k)])
            if many < len(rows):
                self._db.executemany(sql, rows[many:])
        if bound:
            self._db.executemany(_PARAM_INSERT, bound)

    def _merge(self) -> None:
        """Index the items appended since the last query by key, and delete every later copy of a key
        within an account group (the first reading wins: the newest export is parsed first).

        Keeping a keyed table while loading cost a random B-tree descent per hashed key (My Activity,
        comments), or a second copy of every row merged in key order; appending, then sorting only the
        keys (CREATE INDEX) and one pass over that index for repeated keys is the cheapest of the three
        (bench/README.md). Cheaper still, when the keys' hashes kept while storing are all different:
        then no key repeats, and nothing is indexed or deleted."""
        self.flush()
        if not self._staged:
            return
        deleted = 0
        if not self._indexed and self._key_hashes is not None and _all_different(self._key_hashes):
            # No two keys hash alike, so none repeats: nothing to delete, no index to build (sorting
            # 1.4 million keys for it took 1.5 s at the end of the run, when nothing else can run).
            repeated = 0
        elif self._indexed and self._merged_rowid:
            # The index was kept: only the rows appended since the last merge can repeat a key.
            before = self._db.total_changes
            self._db.execute(
                "DELETE FROM items WHERE rowid IN (SELECT i.rowid FROM items AS i WHERE i.rowid > ? "
                "AND EXISTS (SELECT 1 FROM items AS o WHERE o.key = i.key AND o.rowid < i.rowid "
                f"AND {_SAME_GROUP}))", (self._merged_rowid,))
            deleted = self._db.total_changes - before
            repeated = 0
        else:
            self._db.execute("CREATE INDEX IF NOT EXISTS items_key ON items(key)")
            self._indexed = True
            repeated = self._db.execute(
                "SELECT COUNT(*) FROM (SELECT 1 FROM items GROUP BY key HAVING COUNT(*) > 1)").fetchone()[0]
        if repeated:
            before = self._db.total_changes
            # Only rows whose key repeats are looked at; of those, a row goes when an earlier row of
            # its account group has its key.
            self._db.execute(
                "DELETE FROM items WHERE rowid IN (SELECT i.rowid FROM "
                "(SELECT key FROM items GROUP BY key HAVING COUNT(*) > 1) AS r "
                "JOIN items AS i ON i.key = r.key WHERE EXISTS (SELECT 1 FROM items AS o "
                f"WHERE o.key = i.key AND o.rowid < i.rowid AND {_SAME_GROUP}))")
            deleted = self._db.total_changes - before
        self._added += self._staged - deleted
        self._duplicates += deleted
        if deleted:
            self._tally = None  # which groups lost a row (and their first or last date) is not known
            self._key_hashes = None  # they would have to be read again; the key index is there now
        self._db.commit()
        self._staged = 0
        self._merged_rowid = self._max_rowid()

    def summary(self) -> list[SummaryRow]:
        """The items counted by platform, kind, visibility, AI training, was_public, source and month
        (with each group's first and last date): what the report's and the guidance's counts are made
        of, in one pass over the items, kept until more items are stored: one pass instead of one per
        count."""
        self._merge()
        if self._summary is None:
            if self._tally is not None:
                # The same rows as the query below, counted while storing: that query reads the whole
                # table (3 s for a million tweets, after parsing, when nothing else can run).
                self._summary = [SummaryRow(*group, *counts) for group, counts in
                                 sorted(self._tally.items(), key=_sql_order)]
            else:
                self._summary = [SummaryRow(*row) for row in self._db.execute(SUMMARY_SQL)]
        return self._summary

    # Methods, not properties: each merges what was appended since the last query (writes the
    # database), which a property's reader would not expect.
    def added(self) -> int:
        """Distinct items stored so far."""
        self._merge()
        return self._added

    def duplicates(self) -> int:
        """Items given again with a key already stored (multi-part downloads, the same post twice)."""
        self._merge()
        return self._duplicates

    def query(self, where: str = "", params: tuple = (), order: str = "key", limit: int | None = None
              ) -> Iterator[StoredItem]:
        """Stored items, in key order unless `order` says otherwise."""
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
            for i in _BOOLEANS:
                if values[i] is not None:
                    values[i] = bool(values[i])
            yield StoredItem(*values)

    def ensure_index(self, name: str, on: str, where: str = "") -> None:
        """An index `name` on `on` (SQL expressions), of the rows matching `where` (a partial index; a
        query with the same WHERE and an ORDER BY of the same expressions reads it instead of sorting
        the table), for queries a writer runs on the stored items."""
        self._merge()
        partial = f" WHERE {where}" if where else ""
        self._db.execute(f"CREATE INDEX IF NOT EXISTS {name} ON items({on}){partial}")
        self._db.commit()

    def add_function(self, name: str, fn: Callable[[Any], str | bytes | int | float | None]) -> None:
        """A deterministic SQL function of one argument for this connection's queries (e.g. a hash
        to sort the items by, which SQLite then sorts on disk)."""
        self._db.create_function(name, 1, fn, deterministic=True)

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

    def _has_key_index(self) -> bool:
        return self._db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'items_key'").fetchone() is not None

    def _max_rowid(self) -> int:
        return int(self._db.execute("SELECT COALESCE(MAX(rowid), 0) FROM items").fetchone()[0])

    def reopened(self, cache_mb: int | None = None) -> ItemStore:
        """The same store through a new connection, for a forked helper process (a connection must
        not be used across a fork). Pending items stay with this one: flush first. `cache_mb`: a
        smaller page cache for a helper that only reads through the items once."""
        other = ItemStore(self.path)
        if cache_mb is not None:
            other._db.execute(f"PRAGMA cache_size=-{int(cache_mb) * 1000}")
        other._added, other._duplicates = self._added, self._duplicates
        other._merged_rowid = self._merged_rowid
        other._tally = None if self._tally is None else {k: list(v) for k, v in self._tally.items()}
        other._key_hashes = self._key_hashes  # not copied: both stores' rows are the one table's
        return other

    def tally(self) -> dict[tuple, list] | None:
        """The summary's groups as counted while storing (None: not kept), for `adopt_counts`."""
        self._merge()
        return self._tally

    def key_hashes(self) -> array | None:
        """The stored keys' hashes (None: not kept), for `adopt_counts`. A helper forked from the
        same process hashes strings alike (one hash seed)."""
        self._merge()
        return self._key_hashes

    def adopt_counts(self, added: int, duplicates: int, tally: dict[tuple, list] | None = None,
                     key_hashes: array | None = None) -> None:
        """The counts after a helper process stored items through its own connection (`tally`, `key_hashes`:
        its `tally()` and `key_hashes()`, which started from this store's)."""
        self._added, self._duplicates = added, duplicates
        self._tally = tally
        self._key_hashes = key_hashes
        self._summary = None
        # The helper merged what it stored (and may have built or dropped the index).
        self._indexed = self._has_key_index()
        self._merged_rowid = self._max_rowid()

    def close(self) -> None:
        if self._closed:
            return
        self.flush()
        self._db.close()
        self._closed = True


SUMMARY_SQL = ("SELECT platform, kind, visibility, ai_training, was_public, source_id, "
               "substr(created_at, 1, 7), COUNT(*), MIN(created_at), MAX(created_at) FROM items "
               "GROUP BY 1, 2, 3, 4, 5, 6, 7")


def _literal(value: object) -> str | None:
    """`value` as an SQL literal, or None where it must be bound as a parameter (a NUL cannot be in a
    statement's text; a long one is not kept in one)."""
    if value is None:
        return "NULL"
    if value is True or value is False:
        return "1" if value else "0"  # as sqlite3 binds a bool
    if type(value) is int and -(1 << 63) <= value < (1 << 63):
        # SQLite's integers: a bigger one is refused when bound, and a statement would read it as a REAL.
        return str(value)
    if isinstance(value, str) and len(value) <= LITERAL_MAX_CHARS and "\x00" not in value:
        # As its text (an i18n.Msg is a str); a quote doubled is SQLite's only escape in a literal.
        return "'" + str.replace(value, "'", "''") + "'"
    return None


@functools.lru_cache(maxsize=128)
def _literal_insert(shared: tuple) -> str | None:
    """The INSERT for a run of rows sharing `shared`, with those values written in: each row then binds
    only its VARYING values. None when one of them must be bound."""
    literals = [_literal(v) for v in shared]
    if None in literals:
        return None
    return _INSERT_COLUMNS + f"({','.join('?' * len(VARYING))},{','.join(literals)})"  # type: ignore[arg-type]


def _stored_date(value: datetime | None) -> str | None:
    """An item's date as the table keeps it: ISO 8601, UTC (as parsers give it) written with Z."""
    if value is None:
        return None
    if value.__class__ is datetime and value.tzinfo is UTC:  # msgspec writes it so, in C (0.2 µs against 1.3)
        return _encode_json(value)[1:-1].decode("ascii")
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _stored_dates(values: list[datetime | None]) -> list[str | None]:
    """`_stored_date` of each, in one call to msgspec when every date is UTC or None (0.1 µs a date)."""
    if all(v is None or (v.__class__ is datetime and v.tzinfo is UTC) for v in values):
        return _decode_dates(_encode_json(values))
    return [_stored_date(v) for v in values]


_DATE, _MONTH = operator.itemgetter(1), operator.itemgetter(slice(0, 7))
_GROUPED_FROM = 16  # rows counted a month at a time (fewer: one by one, cheaper for a run of one)


def _count_run(tally: dict[tuple, list], group: _Shared, rows: list[tuple]) -> None:
    """Add a run of stored rows to their SUMMARY_SQL groups (was_public as SQLite keeps it: 0, 1 or
    NULL); the rows differ only in their month."""
    prefix = group.prefix
    if prefix is None:
        platform, kind, visibility, ai_training, was_public, source_id = _summary_of_shared(group.values)
        prefix = group.prefix = (platform, kind, visibility, ai_training,
                                 None if was_public is None else int(was_public), source_id)
    if len(rows) >= _GROUPED_FROM:
        dates = list(map(_DATE, rows))
        months = None if None in dates else list(map(_MONTH, dates))
        # A bulk file's run is in date order: a month's dates together, counted as a group (a run of
        # posts in no order, the same verdict for each, is counted one by one: cheaper there).
        if months is not None and sum(map(operator.ne, months, months[1:])) * 4 < len(months):
            for month, same in itertools.groupby(dates, _MONTH):
                in_month = list(same)
                counts = tally.get((*prefix, month))
                if counts is None:
                    tally[(*prefix, month)] = [len(in_month), min(in_month), max(in_month)]
                else:
                    counts[0] += len(in_month)
                    counts[1] = min(counts[1], min(in_month))
                    counts[2] = max(counts[2], max(in_month))
            return
    for row in rows:
        created = row[1]
        bucket = (*prefix, created[:7] if created is not None else None)
        counts = tally.get(bucket)
        if counts is None:
            tally[bucket] = [1, created, created]
        else:
            counts[0] += 1
            if created is not None:
                if created < counts[1]:
                    counts[1] = created
                elif created > counts[2]:
                    counts[2] = created


def _sql_order(entry: tuple[tuple, list]) -> tuple:
    """SQLite's order of GROUP BY groups: NULL first, then numbers, then text."""
    return tuple((0,) if v is None else (1, v) for v in entry[0])


def _storable(value: object) -> object:
    if isinstance(value, str):
        return value.encode("utf-8", "replace").decode("utf-8")
    return value


def parse_stored_date(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def prepare_key_check() -> None:
    """In a storing helper (a process of its own), as it starts: numpy imported for `_all_different`,
    which a big run's helper calls at its end while the main process waits (0.07 s), and without the
    BLAS threads numpy would start (a sort needs none, and they spin on the other CPU)."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    try:
        import numpy  # noqa: F401
    except ImportError:
        pass


def _all_different(hashes: array) -> bool:
    """Whether no two of `hashes` are equal (sorted with numpy beyond a few thousand: a set of
    millions of Python ints would take a hundred MB)."""
    if len(hashes) < 20_000:
        return len(set(hashes)) == len(hashes)
    try:
        import numpy as np

        # Sorted in place (their order does not matter), not copied: 8 MB a million items less. The
        # view is gone when this returns, so the array can grow again.
        ordered = np.frombuffer(hashes, dtype=np.int64)
        ordered.sort()
        return not bool((ordered[1:] == ordered[:-1]).any())
    except (ImportError, MemoryError, OSError):  # e.g. under an address-space limit: the key index decides
        return False
