"""snapshot.json: the machine-readable result of one run, written beside the report.

It holds no text content: item keys, kinds, dates, visibility with evidence, and eligibility, plus per
source the files parsed / known-ignored / unknown and the problems. Items are streamed from the store
to the file, so the snapshot's size never bounds memory. `schema_version` changes when a field changes
meaning; readers of older versions migrate (see `load`)."""

from __future__ import annotations

import base64
import gzip
import io
import json
import zlib
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, BinaryIO

from . import __version__, outdir, schema
from .errors import Error
from .pipeline import CONTEXT_FILE, IGNORED, PARSED, UNKNOWN_FILE, Analysis, SourceResult
from .store import StoredItem

SCHEMA_VERSION = 1

# An item's entries, in order (schema.SNAPSHOT_FIELDS: every field but the text).
ITEM_FIELDS = tuple(f.snapshot for f in schema.SNAPSHOT_FIELDS)


class SnapshotError(Error):
    """A file that is not a snapshot this version can read. One line, for the user."""


def _iso(dt: datetime | None) -> str | None:
    return dt.astimezone(timezone.utc).isoformat().replace("+00:00", "Z") if dt else None


def source_entry(src: SourceResult, no_text: bool = False) -> dict[str, Any]:
    """One source's entry. `no_text`: without the place and birth date the export gives (the run
    used them for the AI-training rules; the region chosen is in the settings)."""
    info = src.info
    files: dict[str, list[str]] = {PARSED: [], CONTEXT_FILE: [], IGNORED: [], UNKNOWN_FILE: []}
    for f in src.files:
        files[f.status].append(f.path)
    return {
        "id": src.id,
        "platform": src.platform,
        "label": info.label,
        "account": info.account,
        "export_date": _iso(info.export_date),
        "archives": info.archives,
        "root": info.root,
        "export_format": info.export_format,
        "region_hint": "" if no_text else info.region_hint,
        "region_hint_evidence": info.region_hint_evidence,
        "birth_date": "" if no_text else info.birth_date,
        "notices": info.notices,
        "caveats": info.caveats,
        "item_count": src.items,
        "file_counts": {k: len(v) for k, v in files.items()},
        "files": files,
        "problems": [
            {"file": p.file, "place": p.place, "reason": p.reason, "severity": p.severity}
            for p in src.problems
        ],
        "problems_not_listed": src.problems_dropped,
    }


def item_entry(item: StoredItem) -> dict[str, Any]:
    return {f.snapshot: getattr(item, f.name) for f in schema.SNAPSHOT_FIELDS}


def _json_value(f: schema.Field) -> str:
    """A column as json_object() should write it: booleans, stored as 0/1, as JSON true/false."""
    if f.dtype != "boolean":
        return f.name
    return f"CASE WHEN {f.name} IS NULL THEN NULL WHEN {f.name} THEN json('true') ELSE json('false') END"


# item_entry() as SQLite's json_object(), so a million items are serialised in C (far faster than
# building a dict and json.dumps per item); tests check that both give the same entries.
_ITEM_JSON_SQL = (
    "SELECT json_object("
    + ", ".join(f"'{f.snapshot}', {_json_value(f)}" for f in schema.SNAPSHOT_FIELDS)
    + ") FROM items ORDER BY rowid"
)
# In the order the items were read (by export, newest first, then file by file): the same for the same
# exports. Key order cost a B-tree descent per item through the key index, on the critical path of a
# big run.


def iter_item_json(analysis: Analysis) -> Iterator[str]:
    """Each item's snapshot entry as one line of JSON, in the order read, streamed from the store."""
    for rows in analysis.store.stream(_ITEM_JSON_SQL):
        for (line,) in rows:
            yield line


# The item list's text in pieces, each the entries of up to ITEMS_PER_PIECE rowids joined by SQLite (a
# Python string per entry was about a quarter of writing them: 3.2-3.5 against 2.5-2.6 µs an item). The
# ordered subquery feeds the aggregate in rowid order (SQLite does not flatten an ordered subquery into
# an aggregate query); tests hold the pieces to the entries one by one.
ITEMS_PER_PIECE = 2000
_ITEMS_PIECE_SQL = (
    "SELECT group_concat(entry, ',\n  ') FROM ("
    + _ITEM_JSON_SQL.replace(" FROM items ORDER BY rowid",
                             " AS entry FROM items WHERE rowid >= ? AND rowid < ? ORDER BY rowid")
    + ")"
)


def iter_item_pieces(analysis: Analysis, rowids: tuple[int, int | None] = (0, None),
                     claim: Callable[[int], bool] | None = None) -> Iterator[str]:
    """The snapshot's item entries, joined as in its text, in pieces, in the order read (see
    iter_item_json); `rowids`: only the rows from the first (included) to the second (excluded;
    None: to the end). `claim(low)`: asked before the piece of rowids from `low` (a multiple of
    ITEMS_PER_PIECE from the first rowid) is read; False ends the pieces there."""
    store = analysis.store
    start, end = rowids
    if end is None:
        end = 1 + max_rowid(analysis)
    for low in range(start, end, ITEMS_PER_PIECE):
        if claim is not None and not claim(low):
            return
        piece = store.scalar(_ITEMS_PIECE_SQL, (low, min(low + ITEMS_PER_PIECE, end)))
        if piece:
            yield str(piece)


def header(analysis: Analysis, settings: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": "ai-exposure",
        "tool_version": __version__,
        "generated_at": _iso(analysis.finished or datetime.now(timezone.utc)),
        "settings": settings or {},
        "unusable_inputs": analysis.unusable,
        "sources": [source_entry(s, bool((settings or {}).get("no_text"))) for s in analysis.sources],
    }


def iter_json(analysis: Analysis, settings: dict[str, Any] | None = None) -> Iterator[str]:
    """The snapshot as JSON text in pieces: the header fields, then one item per line."""
    yield head_json(analysis, settings)
    yield from items_json(analysis)
    yield TAIL


def head_json(analysis: Analysis, settings: dict[str, Any] | None = None) -> str:
    """The snapshot's text up to its first item."""
    head = json.dumps(header(analysis, settings), ensure_ascii=False, indent=1)
    return head[:-2] + ',\n "items": ['


TAIL = "\n ]\n}\n"  # the snapshot's text after its last item


def items_json(analysis: Analysis, rowids: tuple[int, int | None] = (0, None),
               claim: Callable[[int], bool] | None = None) -> Iterator[str]:
    """The items' part of the snapshot's text, in pieces; `rowids` and `claim` as iter_item_pieces
    takes them. Items written apart join with a comma before the second part (see run.ForkedParts)."""
    sep = "\n  "
    for piece in iter_item_pieces(analysis, rowids, claim):
        yield sep + piece
        sep = ",\n  "


def max_rowid(analysis: Analysis) -> int:
    """The last item's rowid (0 for none): the pieces' rowids end after it."""
    return int(analysis.store.scalar("SELECT COALESCE(MAX(rowid), 0) FROM items"))  # type: ignore[call-overload]


def open_private(path: Path, mode: str = "w"):
    """A new file for writing, readable by the owner only (0600), whatever the umask; never an
    existing file or one behind a symbolic link (see outdir.create_private)."""
    return outdir.create_private(path, mode)


def write(analysis: Analysis, path: Path, settings: dict[str, Any] | None = None,
          tmp: Path | None = None) -> Path:
    """snapshot.json at `path`, written through a new temporary file (`tmp`, by default a unique
    name next to it) and renamed into place."""
    with outdir.atomic(path, tmp=tmp) as fh:
        for chunk in iter_json(analysis, settings):
            fh.write(chunk)
    return path


def load(path: Path) -> dict[str, Any]:
    """A snapshot from snapshot.json, or from a report.html that embeds one. Older schema versions are
    migrated; newer ones are refused with a clear message."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SnapshotError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if path.suffix.lower() in (".html", ".htm"):
        raw = extract_embedded(raw, path)
    try:
        data = json.loads(raw)
    except RecursionError:  # a doctored file: the decoder's own depth limit, not a crash
        raise SnapshotError(f"{path}: not a snapshot (JSON nested too deeply)") from None
    except ValueError:
        raise SnapshotError(f"{path}: not a snapshot (malformed JSON)") from None
    return migrate(data, path)


# The most an embedded snapshot may unpack to: MAX_EMBEDDED, or MAX_EMBEDDED_RATIO times its packed
# size where that is more. A snapshot holds no text but an item's link, 300-550 bytes an item (the
# benchmark's Takeout: 771 MB for 1.4 million items, packed 13:1), so a big export's passes 1 GB; a
# gzip bomb in a doctored report packs a thousand to one, and costs at most that much unpacking.
MAX_EMBEDDED = 1 << 30
MAX_EMBEDDED_RATIO = 64


class _Bounded(io.RawIOBase):
    """An unpacking stream that stops with a SnapshotError past `limit` bytes."""

    def __init__(self, raw: Any, path: Path, limit: int) -> None:
        self._raw = raw
        self._path = path
        self._limit = limit
        self._left = limit

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        try:
            data = self._raw.read(min(len(buffer), self._left + 1))
        except (OSError, EOFError, zlib.error):
            raise SnapshotError(f"{self._path}: the report's embedded snapshot is damaged") from None
        self._left -= len(data)
        if self._left < 0:
            raise SnapshotError(f"{self._path}: the report's embedded snapshot unpacks to more than "
                                f"{self._limit:,} bytes; not read")
        buffer[:len(data)] = data
        return len(data)


def open_embedded(html: bytes, path: Path) -> BinaryIO:
    """The snapshot a report embeds, as a stream unpacked as it is read (bounded: see _Bounded)."""
    start, end, packed = _embedded_span(html, path)
    if not packed:
        return io.BytesIO(html[start:end])
    try:
        data = base64.b64decode(html[start:end], validate=True)
    except ValueError:
        raise SnapshotError(f"{path}: the report's embedded snapshot is damaged") from None
    limit = max(MAX_EMBEDDED, MAX_EMBEDDED_RATIO * len(data))
    return io.BufferedReader(_Bounded(gzip.GzipFile(fileobj=io.BytesIO(data)), path, limit), 1 << 20)


EMBED_ID = "ai-exposure-snapshot"
EMBED_ENCODING = "gzip+base64"  # reports embed the snapshot compressed; plain JSON is read too


def _embedded_span(html: bytes, path: Path) -> tuple[int, int, bool]:
    """Where the embedded snapshot's text starts and ends, and whether it is packed (gzip+base64)."""
    marker = f'<script type="application/json" id="{EMBED_ID}"'.encode()
    start = html.find(marker)
    if start < 0:
        raise SnapshotError(f"{path}: not an ai-exposure report (no embedded snapshot)")
    head_end = html.find(b">", start)
    if head_end < 0:
        raise SnapshotError(f"{path}: the report's embedded snapshot is cut off")
    head, start = html[start:head_end], head_end + 1
    end = html.find(b"</script>", start)
    if end < 0:
        raise SnapshotError(f"{path}: the report's embedded snapshot is cut off")
    return start, end, f'data-encoding="{EMBED_ENCODING}"'.encode() in head


def extract_embedded(html: bytes, path: Path) -> bytes:
    with open_embedded(html, path) as fh:
        return fh.read()


def migrate(data: Any, path: Path) -> dict[str, Any]:
    if not isinstance(data, dict) or "schema_version" not in data:
        raise SnapshotError(f"{path}: not an ai-exposure snapshot (no schema_version)")
    version = data["schema_version"]
    if not isinstance(version, int) or version < 1:
        raise SnapshotError(f"{path}: unknown snapshot schema_version {version!r}")
    if version > SCHEMA_VERSION:
        raise SnapshotError(
            f"{path}: snapshot schema_version {version} is newer than this ai-exposure "
            f"({__version__}, schema {SCHEMA_VERSION}); upgrade ai-exposure to read it"
        )
    # Version 1 is current; later versions add their migrations here, oldest first.
    return data
