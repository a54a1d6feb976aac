"""The item schema, declared once: every field of an item with its Python type, SQL type and pandas
dtype, whether it is the user's personal text (removed under --no-text) and where it goes (the item
store, snapshot.json, the history). `model.Item`'s fields, the store's columns and SQL, the snapshot's
item entries, the report's item view, the history's and compare's records and the API's item frames
are derived from ITEM_FIELDS, not restated.

The vocabularies (kinds, visibilities, confidences, AI-training verdicts) are here too; the
platforms are in `platforms`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from . import platforms

if TYPE_CHECKING:
    import pandas as pd

# One vocabulary of kinds for every platform. A reply to someone else's post is a `comment`, a reply in
# one's own thread a `post`, a reshare without own text a `repost`, every direct message a `message`.
KINDS = (
    "profile", "post", "comment", "repost", "story", "photo", "video", "article", "review",
    "playlist", "reaction", "connection", "message", "activity", "other",
)

PUBLIC, RESTRICTED, UNKNOWN = "public", "restricted", "unknown"
VISIBILITIES = (PUBLIC, RESTRICTED, UNKNOWN)

HIGH, MEDIUM, LOW = "high", "medium", "low"
CONFIDENCES = (HIGH, MEDIUM, LOW)

LIKELY, POSSIBLE, UNLIKELY = "likely", "possible", "unlikely"
AI_TRAINING = (LIKELY, POSSIBLE, UNLIKELY)


@dataclass(frozen=True)
class Field:
    """One field of an item.

    `py_type`: its Python type in `model.Item` (a string: what the annotation says); `sql`: the
    column's type in the item store; `dtype`: its pandas dtype in an item frame ("category" fields
    take their categories from `vocabulary`, see `frame_dtypes`); `personal`: the user's own text,
    emptied under --no-text; `snapshot`: the name of its entry in snapshot.json ("" when it has none);
    `history`: kept in the history database; `report`: in the report's item view (report._item_view,
    besides the date it takes from `created_at`); `item`: a field of `model.Item` (False for what the
    store adds: the source index and the AI-training verdict); `default`: the Item field's default
    (`REQUIRED` when it has none)."""

    name: str
    py_type: str
    sql: str
    dtype: str
    personal: bool = False
    snapshot: str = ""
    history: bool = False
    report: bool = False
    item: bool = True
    default: Any = None
    vocabulary: str = ""  # "platform", "kind", "visibility", "confidence", "ai_training"


REQUIRED = object()

# Item fields in model.Item's order, then the columns the store derives. The store's column order.
ITEM_FIELDS: tuple[Field, ...] = (
    Field("platform", "str", "TEXT", "category", snapshot="platform", history=True, report=True,
          default=REQUIRED, vocabulary="platform"),
    Field("kind", "str", "TEXT", "category", snapshot="kind", history=True, report=True,
          default=REQUIRED, vocabulary="kind"),
    Field("key", "str", "TEXT", "string", snapshot="key", history=True, default=REQUIRED),
    Field("created_at", "datetime | None", "TEXT", "datetime64[ns, UTC]", snapshot="created_at",
          history=True, default=REQUIRED),
    Field("visibility", "str", "TEXT", "category", snapshot="visibility", history=True, report=True,
          default=REQUIRED, vocabulary="visibility"),
    Field("evidence", "str", "TEXT", "string", snapshot="evidence", report=True, default=REQUIRED),
    Field("confidence", "str", "TEXT", "category", snapshot="confidence", report=True,
          default=REQUIRED, vocabulary="confidence"),
    Field("source_file", "str", "TEXT", "string", snapshot="source_file", default=REQUIRED),
    Field("text", "str", "TEXT", "string", personal=True, history=True, report=True, default=""),
    Field("media_count", "int", "INTEGER", "Int64", snapshot="media_count", report=True, default=0),
    Field("url", "str", "TEXT", "string", snapshot="url", history=True, report=True, default=""),
    # Where it was posted when that matters for who sees it: "group", "dm", "circle", "page"...
    Field("audience", "str", "TEXT", "string", snapshot="audience", default=""),
    # True when the item was public at an earlier time though it is not now (account privacy history).
    Field("was_public", "bool | None", "INTEGER", "boolean", snapshot="was_public", history=True,
          default=None),
    # False for what others wrote that the export carries (received messages, liked posts' text).
    Field("own", "bool", "INTEGER", "boolean", snapshot="own", report=True, default=True),
    # Added by the store: which source (export) the item came from, and the AI-training verdict.
    Field("source_id", "int", "INTEGER", "Int64", snapshot="source", history=True, item=False),
    Field("ai_training", "str", "TEXT", "category", snapshot="ai_training", history=True, report=True,
          item=False, vocabulary="ai_training"),
    Field("ai_training_reason", "str", "TEXT", "string", snapshot="ai_training_reason", report=True,
          item=False),
)

FIELDS: dict[str, Field] = {f.name: f for f in ITEM_FIELDS}

# model.Item's fields, in order.
ITEM_NAMES: tuple[str, ...] = tuple(f.name for f in ITEM_FIELDS if f.item)
DERIVED_NAMES: tuple[str, ...] = tuple(f.name for f in ITEM_FIELDS if not f.item)

# The item store's columns, in its order (the order of `store.StoredItem`'s fields): every field.
# The store is a run's temporary file; nothing reads one written by another version.
STORE_COLUMNS: tuple[str, ...] = tuple(f.name for f in ITEM_FIELDS)

# The order of an item's entries in snapshot.json (schema_version 1): as it always was.
SNAPSHOT_ORDER: tuple[str, ...] = (
    "key", "source_id", "platform", "kind", "created_at", "visibility", "evidence", "confidence",
    "ai_training", "ai_training_reason", "media_count", "audience", "was_public", "own", "url",
    "source_file")
SNAPSHOT_FIELDS: tuple[Field, ...] = tuple(FIELDS[n] for n in SNAPSHOT_ORDER)
if {f.name for f in SNAPSHOT_FIELDS} != {f.name for f in ITEM_FIELDS if f.snapshot}:
    raise ValueError("SNAPSHOT_ORDER must list every field with a snapshot entry")

# Fields the user's --no-text removes.
PERSONAL: tuple[str, ...] = tuple(f.name for f in ITEM_FIELDS if f.personal)
HISTORY_NAMES: tuple[str, ...] = tuple(f.name for f in ITEM_FIELDS if f.history)
REPORT_NAMES: tuple[str, ...] = tuple(f.name for f in ITEM_FIELDS if f.report)
# Fields stored as SQLite integers 0/1 (NULL where unknown) that are booleans in Python.
BOOLEANS: tuple[str, ...] = tuple(f.name for f in ITEM_FIELDS if f.dtype == "boolean")


# How the history's and compare's records name fields of the schema ("source" is the source index).
RECORD_NAMES = {"source": "source_id"}


def check_record(cls: type, extra: Iterable[str] = (), omitted: Iterable[str] = ()) -> None:
    """A history or compare record class (a dataclass) holds the history's fields (HISTORY_NAMES,
    named as RECORD_NAMES says), less `omitted`, plus its own `extra` ones: TypeError if not. The
    classes are written out for positional construction and type checkers; this keeps them to the
    schema."""
    import dataclasses

    have = {RECORD_NAMES.get(f.name, f.name) for f in dataclasses.fields(cls)} - set(extra)
    want = set(HISTORY_NAMES) - set(omitted)
    if have != want:
        raise TypeError(f"{cls.__qualname__}: fields {sorted(have)} are not the history's {sorted(want)}")


def record_values(row: object) -> dict[str, Any]:
    """The history's fields of a stored item (store.StoredItem), by record name ("source")."""
    back = {v: k for k, v in RECORD_NAMES.items()}
    return {back.get(n, n): getattr(row, n) for n in HISTORY_NAMES}


def store_sql(table: str = "items") -> str:
    """The item store's CREATE TABLE statement."""
    columns = ", ".join(f"{name} {FIELDS[name].sql}" for name in STORE_COLUMNS)
    return f"CREATE TABLE IF NOT EXISTS {table} ({columns})"


def vocabulary(name: str) -> tuple[str, ...]:
    """The values a category field takes: platforms from the platform table (as registered now)."""
    if name == "platform":
        return platforms.names()
    return {"kind": KINDS, "visibility": VISIBILITIES, "confidence": CONFIDENCES,
            "ai_training": AI_TRAINING}[name]


def frame_dtypes(columns: Iterable[str] | None = None) -> dict[str, object]:
    """The pandas dtypes of an item frame, by column (every field, or those of `columns`):
    `created_at` timezone-aware UTC, categories for the vocabularies (in their order), nullable
    string, Int64 and boolean for the rest."""
    import pandas as pd

    dtypes: dict[str, object] = {}
    for name in (STORE_COLUMNS if columns is None else columns):
        f = FIELDS[name]
        if f.vocabulary:
            dtypes[name] = pd.CategoricalDtype(vocabulary(f.vocabulary), ordered=False)
        elif f.dtype.startswith("datetime64"):
            dtypes[name] = pd.DatetimeTZDtype("ns", "UTC")
        else:
            dtypes[name] = pd.StringDtype() if f.dtype == "string" else f.dtype
    return dtypes


def empty_frame(columns: Iterable[str] | None = None) -> pd.DataFrame:
    """An item frame without rows, with the columns and dtypes of `frame_dtypes`."""
    import pandas as pd

    dtypes = frame_dtypes(columns)
    return pd.DataFrame({name: pd.Series([], dtype=dtype) for name, dtype in dtypes.items()})


def to_frame(rows: Iterable[Mapping[str, Any]], columns: Iterable[str] | None = None) -> pd.DataFrame:
    """An item frame from rows (mappings by field name: a store row, an Item's fields, a snapshot
    entry with its names mapped back by `from_snapshot`). Dates may be datetimes or ISO 8601 text
    ("...Z"); a value outside its vocabulary (an older snapshot's platform this version does not
    know) becomes missing rather than an error."""
    import pandas as pd

    names = list(STORE_COLUMNS if columns is None else columns)
    rows = rows if isinstance(rows, list) else list(rows)
    dtypes = frame_dtypes(names)
    series = {}
    for n in names:
        values = [row.get(n) for row in rows]
        dtype = dtypes[n]
        if isinstance(dtype, pd.DatetimeTZDtype):
            series[n] = pd.Series(pd.to_datetime(values, utc=True, format="ISO8601"), dtype=dtype)
        elif isinstance(dtype, pd.CategoricalDtype):
            # Each value's place among the categories; -1 (missing) for one outside them.
            codes = dtype.categories.get_indexer(pd.Index(values, dtype=object))
            series[n] = pd.Series(pd.Categorical.from_codes(codes, dtype=dtype))
        else:
            series[n] = pd.Series(pd.array(values, dtype=dtype))
    return pd.DataFrame(series, columns=names)


def from_snapshot(entry: Mapping[str, Any]) -> dict[str, Any]:
    """A snapshot item entry with the field names of ITEM_FIELDS ("source" -> "source_id")."""
    return {f.name: entry.get(f.snapshot) for f in SNAPSHOT_FIELDS}


def iso(value: datetime | None) -> str | None:
    """A datetime as the store and snapshot write it: ISO 8601 UTC with "Z"."""
    return value.isoformat().replace("+00:00", "Z") if value else None
