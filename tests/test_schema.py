"""The item schema (schema.py) is the one declaration of an item's fields: the Item class, the
store's table, snapshot.json's entries, the report's item view, the history's and compare's records
and the item frames all follow it."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pandas as pd
import pytest

from ai_exposure import comparison, history, platforms, report, schema, snapshot
from ai_exposure.model import Item
from ai_exposure.pipeline import Pipeline
from ai_exposure.store import COLUMNS, ItemStore, StoredItem

ROOT = Path(__file__).resolve().parents[1]
X_2024 = ROOT / "samples" / "x" / "2024"


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    store = ItemStore(tmp_path_factory.mktemp("schema") / "items.sqlite")
    analysis = Pipeline(store).run([X_2024])
    yield analysis
    store.close()


def test_every_copy_of_the_field_list_is_the_schemas() -> None:
    assert [f.name for f in dataclasses.fields(Item)] == list(schema.ITEM_NAMES)
    assert [f.name for f in dataclasses.fields(StoredItem)] == list(COLUMNS) == list(schema.STORE_COLUMNS)
    assert schema.DERIVED_NAMES == ("source_id", "ai_training", "ai_training_reason")
    assert schema.PERSONAL == ("text",)
    # snapshot.json: every field but the personal text, in the order it always had.
    assert snapshot.ITEM_FIELDS == ("key", "source", "platform", "kind", "created_at", "visibility",
                                    "evidence", "confidence", "ai_training", "ai_training_reason",
                                    "media_count", "audience", "was_public", "own", "url", "source_file")
    assert {f.name for f in dataclasses.fields(history.HistoryItem)} == \
        {"source" if n == "source_id" else n for n in schema.HISTORY_NAMES}
    assert {f.name for f in dataclasses.fields(comparison.Record)} - {"fp"} == \
        {"source" if n == "source_id" else n for n in schema.HISTORY_NAMES} - {"was_public"}


def test_a_record_class_that_drifts_from_the_schema_is_refused() -> None:
    @dataclasses.dataclass
    class Drifted:
        key: str
        platform: str

    with pytest.raises(TypeError, match="Drifted"):
        schema.check_record(Drifted)


def test_the_store_table_is_the_schemas(stored) -> None:
    columns = [(name, kind) for _, name, kind, *_ in stored.store.rows("PRAGMA table_info(items)")]
    assert columns == [(f.name, f.sql) for f in schema.ITEM_FIELDS]


def test_snapshot_entries_from_sql_and_from_python_agree(stored) -> None:
    by_sql = [json.loads(line) for line in snapshot.iter_item_json(stored)]
    by_python = [snapshot.item_entry(i) for i in stored.store.query(order="rowid")]
    assert by_sql and by_sql == by_python
    assert {type(e["was_public"]) for e in by_sql} <= {bool, type(None)}
    assert {type(e["own"]) for e in by_sql} == {bool}
    assert all("text" not in e for e in by_sql)


@pytest.mark.parametrize("per_piece", [1, 3, 2000])
def test_the_snapshots_item_pieces_are_its_entries_in_order(tmp_path, per_piece, monkeypatch) -> None:
    """snapshot.json's item list is written in pieces joined by SQLite, a range of rowids each: the
    same text as the entries one by one, in the order read, with rows deleted in between (a merge of
    repeated keys leaves such gaps)."""
    store = ItemStore(tmp_path / "items.sqlite")
    analysis = Pipeline(store).run([X_2024, X_2024])  # the same export twice: every key repeated, merged
    store._db.execute("DELETE FROM items WHERE rowid % 5 = 2")
    monkeypatch.setattr(snapshot, "ITEMS_PER_PIECE", per_piece)
    entries = list(snapshot.iter_item_json(analysis))
    pieces = list(snapshot.iter_item_pieces(analysis))
    assert ",\n  ".join(pieces) == ",\n  ".join(entries)
    rowids = [r for (r,) in store.rows("SELECT rowid FROM items ORDER BY rowid")]
    assert len(entries) == len(rowids) > 20 and len(rowids) < rowids[-1]  # with gaps
    assert len(pieces) == len({r // per_piece for r in rowids})  # one per range that holds items
    keys = [json.loads(e)["key"] for e in entries]
    assert keys == [k for (k,) in store.rows("SELECT key FROM items ORDER BY rowid")]
    store.close()


def test_the_report_view_is_the_schemas(stored) -> None:
    item = next(i for i in stored.store.query() if i.url)
    view = report._item_view(item)
    assert set(view) == set(schema.REPORT_NAMES) | {"date"}
    assert view["date"] == (item.created_at or "")[:10] and view["url"] == item.url


def test_frame_dtypes() -> None:
    dtypes = schema.frame_dtypes()
    assert list(dtypes) == list(schema.STORE_COLUMNS)
    assert dtypes["created_at"] == pd.DatetimeTZDtype("ns", "UTC")
    assert list(dtypes["platform"].categories) == list(platforms.names())  # type: ignore[attr-defined]
    assert list(dtypes["ai_training"].categories) == ["likely", "possible", "unlikely"]  # type: ignore[attr-defined]
    assert dtypes["was_public"] == "boolean" and dtypes["media_count"] == "Int64"
    assert isinstance(dtypes["text"], pd.StringDtype)
    empty = schema.empty_frame()
    assert empty.empty and list(empty.columns) == list(schema.STORE_COLUMNS)
    assert dict(empty.dtypes) == dtypes


def test_to_frame_from_the_store_and_from_a_snapshot(stored) -> None:
    rows = [dataclasses.asdict(i) for i in stored.store.query()]
    frame = schema.to_frame(rows)
    assert len(frame) == stored.store.added() and dict(frame.dtypes) == schema.frame_dtypes()
    first = rows[0]
    assert frame.loc[0, "key"] == first["key"] and frame.loc[0, "platform"] == "x"
    dated = frame["created_at"].dropna()
    assert len(dated) and str(dated.dt.tz) == "UTC"
    entries = [schema.from_snapshot(e) for e in json.loads(
        "[" + ",".join(snapshot.iter_item_json(stored)) + "]")]
    columns = [f.name for f in schema.SNAPSHOT_FIELDS]
    from_snapshot = schema.to_frame(entries, columns)
    by_key = frame.set_index("key")[columns[1:]].sort_index()
    assert from_snapshot.set_index("key").sort_index().equals(by_key)
    # A platform this version does not know (an older snapshot's) is missing, not an error.
    odd = schema.to_frame([{"key": "k", "platform": "myspace", "created_at": None}])
    assert pd.isna(odd.loc[0, "platform"]) and pd.isna(odd.loc[0, "created_at"])
