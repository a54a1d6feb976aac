"""The HTML report: one self-contained file rendered from report_templates/ with jinja2.

Everything from an archive is untrusted text: jinja2 autoescapes every value (set outright, not by file
extension), links are kept only when they are http(s), and a content-security-policy forbids every
external request. The snapshot is embedded (inert, compressed) so `compare` can read a report directly.

The item browser's data is embedded as compact JSON (one array per item, repeated strings as indexes
into small tables), compressed like the snapshot and streamed from the store, and drawn a page at a
time by report.js: a report of 200,000 items holds 200,000 array entries, not 200,000 table rows; its
first page is also written into the HTML, for reading without JavaScript and for printing. Every
user-visible string is in the template, wrapped for translation; report.js gets its words from a JSON
block of translated labels."""

from __future__ import annotations

import base64
import functools
import json
import re
import secrets
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any, Protocol

import jinja2
from jinja2 import Environment, FileSystemBytecodeCache, PackageLoader, StrictUndefined
from markupsafe import Markup

from . import __version__, charts, deflate, i18n, outdir, platforms, schema, snapshot
from .charts import Marker, Series
from .model import (
    AI_TRAINING,
    CONFIDENCES,
    CONNECTION_KINDS,
    CONTENT_KINDS,
    KINDS,
    PUBLIC,
    VISIBILITIES,
    safe_url,
)
from .pipeline import CONTEXT_FILE, IGNORED, PARSED, UNKNOWN_FILE, Analysis
from .store import StoredItem

FILES_LISTED = 200
PROBLEMS_LISTED = 200


@dataclass
class Counts:
    total: int = 0
    public: int = 0
    restricted: int = 0
    unknown: int = 0
    likely: int = 0
    possible: int = 0
    unlikely: int = 0

    def add(self, visibility: str, ai: str, n: int) -> None:
        self.total += n
        setattr(self, visibility, getattr(self, visibility) + n)
        setattr(self, ai, getattr(self, ai) + n)

    @property
    def public_share(self) -> int:
        return round(100 * self.public / self.total) if self.total else 0


@dataclass
class Totals(Counts):
    """Counts over all items, and by what they are: what the user posted and wrote (`content`, the
    headline), connection lists (`connections`), and the rest (reactions, messages, activity)."""

    content: Counts = field(default_factory=Counts)
    connections: Counts = field(default_factory=Counts)
    other: Counts = field(default_factory=Counts)

    def add_kind(self, kind: str, visibility: str, ai: str, n: int) -> None:
        self.add(visibility, ai, n)
        part = self.content if kind in _CONTENT else self.connections if kind in _CONNECTIONS else self.other
        part.add(visibility, ai, n)


_CONTENT, _CONNECTIONS = frozenset(CONTENT_KINDS), frozenset(CONNECTION_KINDS)


@dataclass
class PlatformView:
    platform: str
    name: str
    counts: Totals = field(default_factory=Totals)
    kinds: dict[str, Counts] = field(default_factory=dict)
    first_public: str | None = None
    last_public: str | None = None


def _item_view(item: StoredItem) -> dict[str, Any]:
    """One item as the report's first page shows it (schema.REPORT_NAMES, the day, a safe link)."""
    view = {name: getattr(item, name) for name in schema.REPORT_NAMES}
    view["date"] = (item.created_at or "")[:10]
    view["url"] = safe_url(item.url)
    return view


def platform_views(store) -> tuple[Totals, list[PlatformView]]:
    """The counts over all items and per platform (in the platform table's order), from the store's
    summary."""
    views: dict[str, PlatformView] = {}
    totals = Totals()
    # The store's one pass over the items: the counts, and the first and last dates of public items.
    for platform, kind, visibility, ai, _, _, _, n, first, last in store.summary():
        view = views.setdefault(platform, PlatformView(platform, platforms.label(platform)))
        view.counts.add_kind(kind, visibility, ai, n)
        view.kinds.setdefault(kind, Counts()).add(visibility, ai, n)
        totals.add_kind(kind, visibility, ai, n)
        if visibility == "public" and first and kind in _CONTENT:
            view.first_public = min(view.first_public or first[:10], first[:10])
            view.last_public = max(view.last_public or last[:10], last[:10])
    for view in views.values():
        view.kinds = dict(sorted(view.kinds.items(), key=lambda kv: KINDS.index(kv[0])))
    return totals, [views[p] for p in sorted(views, key=platforms.order)]


def build_view(analysis: Analysis) -> dict[str, Any]:
    store = analysis.store
    totals, ordered = platform_views(store)
    sources: list[dict[str, Any]] = []
    for src in analysis.sources:
        by_status: dict[str, list] = defaultdict(list)
        for f in src.files:
            by_status[f.status].append(f)
        sources.append({
            "label": src.info.label,
            "platform": src.platform,
            "account": src.info.account,
            "export_date": src.info.export_date.date().isoformat() if src.info.export_date else "",
            "export_format": src.info.export_format,
            "archives": src.info.archives,
            "notices": src.info.notices,
            "caveats": src.info.caveats,
            "item_count": src.items,
            "parsed": len(by_status[PARSED]),
            "context": len(by_status[CONTEXT_FILE]),
            "ignored": len(by_status[IGNORED]),
            "unknown": len(by_status[UNKNOWN_FILE]),
            "unknown_files": [f.path for f in by_status[UNKNOWN_FILE][:FILES_LISTED]],
            "ignored_groups": _group_ignored(by_status[IGNORED]),
            "problems": src.problems[:PROBLEMS_LISTED],
            "problems_not_listed": max(0, len(src.problems) - PROBLEMS_LISTED) + src.problems_dropped,
            "bytes": sum(f.size for f in src.files),
        })
    months, undated_public = _public_per_month(store, [p.platform for p in ordered])
    return {
        "totals": totals,
        "platforms": ordered,
        "sources": sources,
        "unusable": analysis.unusable,
        "visibilities": VISIBILITIES,
        "ai_levels": AI_TRAINING,
        "months": months,
        "undated_public": undated_public,
        "unknown_reasons": _unknown_reasons(store),
        "kinds_present": [k for k in KINDS if any(k in p.kinds for p in ordered)],
        # The browser's first page, in the HTML itself: readable without JavaScript and when printed.
        "first_page": [_item_view(i) for i in store.query(
            BROWSER_WHERE, order=BROWSER_ORDER, limit=FIRST_PAGE)],
        "browser_count": sum(r.n for r in store.summary() if _in_browser(r.visibility, r.ai_training)),
        "browser_limit": MAX_BROWSER_ITEMS,
        "files": {
            "parsed": sum(s["parsed"] for s in sources),
            "context": sum(s["context"] for s in sources),
            "ignored": sum(s["ignored"] for s in sources),
            "unknown": sum(s["unknown"] for s in sources),
            "bytes": sum(s["bytes"] for s in sources),
            "problems": sum(len(s["problems"]) + s["problems_not_listed"] for s in sources),
        },
    }


# What the item browser lists: everything public, and everything that may be used for AI training.
BROWSER_WHERE = "visibility = 'public' OR ai_training != 'unlikely'"
UNKNOWN_REASONS_LISTED = 12
FIRST_PAGE = 50  # report.js shows pages of the same size
# The browser holds its items in memory; past this many (newest first) the report says the rest are
# in snapshot.json: a million would take a browser tab's memory.
MAX_BROWSER_ITEMS = 500_000


def _in_browser(visibility: str, ai_training: str) -> bool:
    """BROWSER_WHERE in Python, for counts taken from the store's summary."""
    return visibility == PUBLIC or ai_training != "unlikely"


def _public_per_month(store, platforms: list[str]) -> tuple[list[tuple[str, list[int]]], int]:
    """Public items per calendar month (UTC), one count per platform in `platforms` order."""
    by_month: dict[str, list[int]] = {}
    undated = 0
    for r in store.summary():
        if r.visibility != PUBLIC:
            continue
        month, platform, n = r.month, r.platform, r.n
        if not month or platform not in platforms:
            undated += n
            continue
        by_month.setdefault(month, [0] * len(platforms))[platforms.index(platform)] += n
    return sorted(by_month.items()), undated


def _unknown_reasons(store) -> list[dict[str, Any]]:
    """Why items are of unknown visibility: the evidence of the largest groups, per platform."""
    if not any(r.visibility == "unknown" for r in store.summary()):
        return []  # the query reads the whole table (a second for a million items) to find nothing
    return [
        {"platform": platform, "name": platforms.label(platform), "kind": kind,
         "evidence": evidence, "count": n}
        for platform, kind, evidence, n in store.rows(
            "SELECT platform, kind, evidence, COUNT(*) AS n FROM items WHERE visibility = 'unknown' "
            f"GROUP BY 1, 2, 3 ORDER BY n DESC, 1, 2 LIMIT {UNKNOWN_REASONS_LISTED}")
    ]


MAX_TABLE = 20_000  # distinct evidence/reason strings kept in a lookup table; rarer ones are inlined
ROWS_PER_CHUNK = 2000


def _sql_index(column: str, values: Sequence[str], default: int) -> str:
    """`column`'s position in `values` as an SQL CASE (the values are the model's own identifiers)."""
    index = {v: i for i, v in enumerate(values)}
    whens = " ".join(f"WHEN '{v}' THEN {i}" for v, i in index.items())
    return f"CASE {column} {whens} ELSE {default} END"


# One browser row as far as SQLite can build it: json_array() escapes the text in C, which with the
# small integers around it was most of the report's time per item as a Python list and json.dumps.
# Evidence, reason and link go through Python's tables (see iter_browser_json).
# Only the rowids are sorted (a co-routine, the outer loop of the CROSS JOIN, so its order is the
# result's), then each row is read: sorting the built rows, text and all, is slower (bench/README.md).
# Built per report: a parser module may register a platform.
def _browser_sql(text: str, where: str, order: str, limit: int) -> str:
    return (
        "SELECT json_array("
        f"{_sql_index('platform', platforms.names(), 0)}, {_sql_index('kind', KINDS, len(KINDS) - 1)}, "
        f"{_sql_index('visibility', VISIBILITIES, 2)}, {_sql_index('ai_training', AI_TRAINING, 2)}, "
        f"{_sql_index('confidence', CONFIDENCES, 2)}, substr(coalesce(created_at, ''), 1, 10), {text}), "
        "evidence, ai_training_reason, url, key, "
        "json_array(media_count, CASE WHEN own THEN 1 ELSE 0 END) "
        f"FROM (SELECT rowid AS r FROM items WHERE {where} ORDER BY {order} LIMIT {int(limit)}) AS o "
        "CROSS JOIN items ON items.rowid = o.r"
    )
BROWSER_ORDER = "created_at IS NULL, created_at DESC, key"


def index_for_browser(store) -> None:
    """The browser's items in its order, as an index (built once, a second per million items): the
    first page and the browser's rows are then read in order, where each query sorted the whole
    table (2 s and 4 s for a million tweets)."""
    store.ensure_index("items_browser", BROWSER_ORDER, BROWSER_WHERE)
_JSON_SPECIAL = re.compile(r'["\\\x00-\x1f]')


def _json_string(value: str) -> str:
    if _JSON_SPECIAL.search(value) is None:  # most links: nothing to escape
        return f'"{value}"'
    return json.dumps(value, ensure_ascii=False)


def iter_browser_json(store, no_text: bool, flagged: frozenset[str] = frozenset(),
                      translate: Callable[[str], str] | None = None) -> Iterator[str]:
    """The item browser's data as JSON text in pieces, newest first, for report.js.

    {"rows": [[platform, kind, visibility, ai_training, confidence, "YYYY-MM-DD", text, evidence,
    reason, url_prefix, url_rest, media_count, own, personal_data], ...], "evidence": [...], "reasons": [...],
    "urls": [...]}. platform … confidence are indexes into platforms.names(), KINDS, VISIBILITIES,
    AI_TRAINING and CONFIDENCES; evidence and reason are indexes into their tables (or the string itself
    once a table is full); a link is a prefix from "urls" (up to its last "/") plus the rest, and -1 with
    "" when there is none; personal_data is 1 for the items in `flagged` (where the sensitive-data
    finder found something). Under --no-text every text is "". Evidence is put into the report's
language by `translate` (once per distinct text). The caller compresses it."""
    tables: dict[str, dict[str, str]] = {"evidence": {}, "reasons": {}, "urls": {}}  # value: its index

    def ref(table: str, value: str) -> str:
        """The value's index in its table as JSON, or the value itself once the table is full."""
        t = tables[table]
        i = t.get(value)
        if i is None:
            if len(t) >= MAX_TABLE:
                return _json_string(translate(value) if translate and table == "evidence" else value)
            i = t[value] = str(len(t))
        return i

    sql = _browser_sql("''" if no_text else "text", BROWSER_WHERE, BROWSER_ORDER, MAX_BROWSER_ITEMS)
    yield '{"rows":['
    first = True
    for rows in store.stream(sql, batch=ROWS_PER_CHUNK):
        batch: list[str] = []
        add = batch.append
        for head, evidence, reason, raw_url, key, tail in rows:
            url = safe_url(raw_url) if raw_url else ""
            if url:
                cut = url.rfind("/") + 1
                link = f"{ref('urls', url[:cut])},{_json_string(url[cut:])}"
            else:
                link = '-1,""'
            add(f"{head[:-1]},{ref('evidence', evidence)},{ref('reasons', reason)},{link},"
                f"{tail[1:-1]},{1 if key in flagged else 0}]")
        yield ("" if first else ",") + ",".join(batch)
        first = False
    yield "]"
    for name, table in tables.items():
        values = [translate(v) for v in table] if translate and name == "evidence" else list(table)
        yield f',"{name}":' + json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    yield "}"


def _group_ignored(files: list) -> list[tuple[str, int, int]]:
    """Known-but-not-itemised files grouped by what they are: (what, files, bytes)."""
    groups: dict[str, list[int]] = {}
    for f in files:
        g = groups.setdefault(f.what or "known file", [0, 0])
        g[0] += 1
        g[1] += f.size
    return sorted(((w, n, b) for w, (n, b) in groups.items()), key=lambda t: -t[1])


class _TemplateCache(FileSystemBytecodeCache):
    """Compiled templates kept between runs (compiling report.html.j2 costs a few tenths of a second
    on every run, most of a small export's time). A template whose source changed is compiled again
    (jinja2 checks the source's checksum); a cache that cannot be read or written is no cache."""

    def load_bytecode(self, bucket: Any) -> None:
        try:
            super().load_bytecode(bucket)
        except OSError:  # unreadable or truncated: compile instead
            bucket.reset()

    def dump_bytecode(self, bucket: Any) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def _template_cache() -> _TemplateCache | None:
    """The user's own cache folder (owner-only), one per jinja2 and Python version: the compiled
    code depends on both, and on the options of `environment`, which every version of it keeps.
    Compiled code is run when loaded, so the folder is held to the output folder's rules (the user's
    own, nobody else can write to it: outdir.prepare); one that fails them is no cache."""
    from platformdirs import user_cache_path

    from . import outdir

    python = "{}{}".format(*sys.version_info[:2])
    folder = (user_cache_path("ai-exposure", appauthor=False)
              / f"templates-{__version__}-jinja2-{jinja2.__version__}-py{python}")
    try:
        folder = outdir.prepare(folder)
    except outdir.OutDirError:
        return None
    return _TemplateCache(str(folder))


def environment(lang: str = "en") -> Environment:
    env = Environment(
        loader=PackageLoader("ai_exposure.report_templates", "."),
        bytecode_cache=_template_cache(),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.i18n"],
    )
    # English unless a catalog is installed over these (see the language issue); new-style gettext
    # so that `_("%(n)s items", n=...)` formats and escapes its variables.
    env.install_null_translations(newstyle=True)  # type: ignore[attr-defined]
    env.filters["thousands"] = lambda n: f"{n:,}".replace(",", "\u202f")
    i18n.install(env, lang)  # the catalog, and numbers and dates formatted for the language

    def fmt(n: int) -> str:  # looked up at call time: a language may replace the filter
        return str(env.filters["thousands"](n))

    env.filters["vis_rows"] = lambda views: [
        (v.name, [v.counts.content.public, v.counts.content.restricted, v.counts.content.unknown])
        for v in views]
    env.filters["kind_rows"] = lambda kinds, names: [
        (names.get(k, k), [c.public, c.restricted, c.unknown]) for k, c in kinds.items()]
    env.globals["series"] = Series
    env.globals["marker"] = Marker
    # Legends are drawn by the template in HTML, where they wrap on a phone.
    env.globals["bar_chart"] = functools.partial(charts.stacked_bars, fmt=fmt, legend=False)
    env.globals["timeline_chart"] = functools.partial(charts.timeline, fmt=fmt, legend=False)
    env.globals["numbered_markers"] = charts.enumerated_markers
    return env


# The parts of the page written by code rather than by the template (each where the template calls
# `slot(name)`). These are names, never text searched for in the rendered page: the page holds file
# names, account names and posts from the archives, and a name holding a marker must stay text.
EMBED_MARKER = "snapshot"
ITEMS_MARKER = "items"
SCRIPT_MARKER = "script"
ITEMS_ID = "ai-exposure-items"


# Compression levels (deflate.py), chosen by CPU time against compressed size (bench/README.md): the
# snapshot is compressed while the run waits for it, the item list is what the browser loads.
SNAPSHOT_LEVEL = "fast"
ITEMS_LEVEL = "small"


def gzip_base64(pieces: Iterable[bytes], level: str = "small") -> Iterator[str]:
    """`pieces` gzip-compressed and base64-encoded, streamed: about an eighth of the size of JSON, and
    nothing in it ("A-Za-z0-9+/=") can end a script element. report.js inflates it with the browser's
    DecompressionStream; snapshot.load reads the embedded snapshot (snapshot.EMBED_ENCODING)."""
    packer = deflate.gzip_compressor(level)
    pending = b""

    def encode(data: bytes, final: bool = False) -> str:
        nonlocal pending
        data = pending + data
        cut = len(data) if final else len(data) - len(data) % 3  # whole base64 quanta only
        pending = data[cut:]
        return base64.b64encode(data[:cut]).decode("ascii")

    for piece in pieces:
        yield encode(packer.compress(piece))
    yield encode(packer.flush(), final=True)


def _file_pieces(path: Path | None) -> Iterator[bytes]:
    if path is None:
        yield b"null"
        return
    with open(path, "rb") as src:
        while chunk := src.read(1 << 20):
            yield chunk


def write_items(fh, store, no_text: bool, flagged: frozenset[str] = frozenset(),
                translate: Callable[[str], str] | None = None) -> None:
    """The item browser's data, compressed (the part of the page at ITEMS_MARKER); evidence in the
    report's language by `translate`."""
    rows = iter_browser_json(store, no_text, flagged, translate)
    for chunk in gzip_base64((c.encode() for c in rows), ITEMS_LEVEL):
        fh.write(chunk)


def write_embedded_snapshot(fh, pieces: Iterable[bytes]) -> None:
    """The snapshot, compressed (the part of the page at EMBED_MARKER), from its bytes in order."""
    for chunk in gzip_base64(pieces, SNAPSHOT_LEVEL):
        fh.write(chunk)


class ReportParts(Protocol):
    """The two parts of report.html written by code rather than by the template, each written to the
    open page when `render` reaches its place: the item browser's data (`write_items`, as
    write_items() writes it) and the embedded snapshot (`write_snapshot`, as
    write_embedded_snapshot() writes it). `finish` returns the messages that had no translation in
    the report's language; `close` releases what the parts hold (helper processes, files)."""

    def write_items(self, fh: IO[str]) -> None: ...

    def write_snapshot(self, fh: IO[str]) -> None: ...

    def finish(self) -> set[str]: ...

    def close(self) -> None: ...


@dataclass
class LocalParts:
    """Both parts made here, while the page is written: the items from the store, the snapshot from
    snapshot.json written before (`snapshot_path`; None embeds `null`)."""

    store: Any
    snapshot_path: Path | None
    no_text: bool
    flagged: frozenset[str] = frozenset()
    translate: Callable[[str], str] | None = None

    def write_items(self, fh: IO[str]) -> None:
        write_items(fh, self.store, self.no_text, self.flagged, self.translate)

    def write_snapshot(self, fh: IO[str]) -> None:
        write_embedded_snapshot(fh, _file_pieces(self.snapshot_path))

    def finish(self) -> set[str]:
        return set()

    def close(self) -> None:
        return None


def stylesheet(env: Environment) -> Markup:
    """Our own stylesheet, as is (autoescaping would turn its quotes into entities, which CSS does
    not read), with each platform's colours from the platform table."""
    css = env.loader.get_source(env, "report.css")[0]  # type: ignore[union-attr]
    return Markup(css + "\n/* Platforms (from the platform table) */\n" + platforms.css())


def render(analysis: Analysis, out: Path, settings: dict[str, Any] | None = None,
           snapshot_path: Path | None = None, sensitive: dict[str, Any] | None = None,
           policy_as_of: str | None = None, markers: Sequence[Marker] = (), guidance: Any = None,
           lang: str = "en", translator: i18n.Translator | None = None,
           parts: ReportParts | None = None) -> Path:
    """Write report.html (owner-readable only). The snapshot JSON is streamed into the page from
    `snapshot_path` (written first), and the item browser's data from the store, both compressed (see
    gzip_base64): a 200,000-item report is about a third of the size, and opens faster.

    `sensitive` is SensitiveFinder.summary(). `policy_as_of` and `markers` come from the policy rules:
    the date the rules were last checked, and dated events (a platform starting to train on users'
    posts, the user's opt-outs) drawn on the timeline. Without them nothing is marked, and the report
    says the built-in rules carry no date. `guidance` is the context of _guidance.html.j2 (the policy
    issue's advice per platform); None leaves that part out. `translator` puts the parsers' and the
    core's messages (evidence, file descriptions, notices, problems) into `lang`; what it lacks is in
    its `missing` afterwards. `parts` writes the item data and the snapshot into the page (made by
    helper processes, see run.ForkedParts); by default both are made here (LocalParts)."""
    settings = settings or {}
    tr = translator or i18n.Translator(lang, lookup=analysis.store.message)
    env = environment(lang)
    env.filters["tr"] = tr.text
    nonce = secrets.token_urlsafe(18)
    template = env.get_template("report.html.j2")
    style = stylesheet(env)
    script = env.loader.get_source(env, "report.js")[0]  # type: ignore[union-attr]
    no_text = bool(settings.get("no_text"))
    slots = _Slots()
    pieces = template.generate(
        view=build_view(analysis),
        nonce=nonce,
        style=style,
        version=__version__,
        generated=i18n.format_datetime(datetime.now(timezone.utc), lang),
        settings=settings,
        no_text=no_text,
        sensitive=sensitive,
        policy_as_of=policy_as_of,
        markers=list(markers),
        guidance=guidance,
        platform_names=platforms.labels(),
        slot=slots.mark,
        embed_marker=EMBED_MARKER,
        embed_id=snapshot.EMBED_ID,
        embed_encoding=snapshot.EMBED_ENCODING,
        items_marker=ITEMS_MARKER,
        items_id=ITEMS_ID,
        script_marker=SCRIPT_MARKER,
        model={"platforms": platforms.names(), "kinds": KINDS, "visibilities": VISIBILITIES,
               "ai_levels": AI_TRAINING, "confidences": CONFIDENCES},
    )
    # The whole template first (as before: a template error leaves no file), the parts while writing.
    parts_in_order = list(slots.assemble(pieces))
    if parts is None:
        parts = LocalParts(analysis.store, snapshot_path, no_text, (sensitive or {}).get("keys", frozenset()),
                           tr.text)
    with outdir.atomic(out) as fh:  # a new file under a unique name, renamed over report.html
        for name, text in parts_in_order:
            if name is None:
                fh.write(text)
            elif name == ITEMS_MARKER:
                parts.write_items(fh)
            elif name == EMBED_MARKER:
                parts.write_snapshot(fh)
            elif name == SCRIPT_MARKER:  # our own script, as is (autoescaping would break it)
                fh.write(script)
            else:
                raise ValueError(f"report template: unknown slot {name!r}")
    return out


class _Slots:
    """Where the code-written parts go, by position in the template's output, never by searching it.

    The template is rendered as a stream (jinja2's generate: one piece per output expression, each
    computed only when the previous one was taken), and `{{ slot(name) }}` is one such expression:
    calling it records the name, and the piece it yields is a token made for this page alone. The
    part is written in the place of exactly that piece. A slot inside a buffered construct (a macro,
    `{% set %}` block or filter block) would be called before its place in the output; that is a
    mistake in the template, and an error here rather than a part written in the wrong place."""

    def __init__(self) -> None:
        self._token = f"\x00slot-{secrets.token_hex(16)}\x00"
        self._pending: list[str] = []

    def mark(self, name: str) -> str:
        self._pending.append(name)
        return self._token

    def assemble(self, pieces: Iterable[str]) -> Iterator[tuple[str | None, str]]:
        """(None, text) for the template's own text, (name, "") where a part goes, in page order."""
        for piece in pieces:
            if self._pending:
                if piece != self._token or len(self._pending) != 1:
                    raise RuntimeError(f"report template: slot {self._pending!r} is not a top-level "
                                       "output expression")
                yield self._pending.pop(), ""
            elif piece:
                yield None, piece
        if self._pending:
            raise RuntimeError(f"report template: slot {self._pending!r} was never output")
