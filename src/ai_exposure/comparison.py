"""What changed between two runs of the same account: a pure comparison of two snapshots.

Items are matched by a fingerprint of their key (`fingerprint`), never by content, so a snapshot file and
a history run (which keeps fingerprints only) compare the same way. The comparison remembers exposure:
what was public in the older run and is not public now, or is gone, is "previously exposed", because it
may already be in training data.

`compare` prints nothing and changes nothing: it takes two `Side` values (from a history run, or from
a snapshot file via `side_from_file`) and returns plain data for the terminal, the JSON output and the
HTML report. To keep memory flat whatever the number of items, it streams both sides into a private
temporary SQLite file, removed when it returns, and compares them there."""

from __future__ import annotations

import hashlib
import sqlite3
import tempfile
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import platforms, schema
from .i18n import N_, Msg
from .model import KINDS, LIKELY, POSSIBLE, PUBLIC, RESTRICTED, UNKNOWN, safe_url

LISTED_PER_CATEGORY = 500  # items listed per platform and category; the rest are counted

CATEGORIES = ("added", "deleted", "newly_public", "newly_restricted", "previously_exposed",
              "eligibility_changed")
# Columns of the before/after tables. `eligible` is "likely eligible for AI training", the report's
# headline; `possible` (possibly eligible) is kept apart so a drop in one and a rise in the other show.
METRICS = ("total", "public", "restricted", "unknown", "eligible", "possible")


def fingerprint(key: str) -> str:
    """The item key hashed: what the history keeps instead of the key itself."""
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class Record:
    """One item of one run, as much as the comparison needs. `key` is empty when only the fingerprint
    is known (a history run recorded without text)."""

    fp: str
    platform: str
    kind: str
    created_at: str | None
    visibility: str
    ai_training: str
    source: int
    key: str = ""
    url: str = ""
    text: str = ""


# The fingerprint is its own; the history keeps was_public, which a comparison does not read.
schema.check_record(Record, extra=("fp",), omitted=("was_public",))


@dataclass(frozen=True)
class SourceRef:
    id: int
    platform: str
    account: str
    export_date: str | None = None


@dataclass
class Side:
    """One run: a snapshot file or a history run. `items` is read once."""

    label: str
    generated_at: str | None
    settings: dict[str, Any]
    sources: list[SourceRef]
    items: Iterable[Record]
    run_id: int | None = None

    @property
    def date(self) -> str:
        dates = [s.export_date for s in self.sources if s.export_date]
        return (max(dates) if dates else self.generated_at or "")[:10]


@dataclass(frozen=True)
class Change:
    fp: str
    key: str
    platform: str
    kind: str
    created_at: str | None
    before: tuple[str, str] | None  # (visibility, ai_training) in the old run; None: absent
    after: tuple[str, str] | None
    url: str = ""
    text: str = ""
    cause: str = ""

    @property
    def label(self) -> str:
        """The key, else the start of the fingerprint (a Msg: the report says it in its language)."""
        return self.key or Msg("fingerprint %(fp)s", fp=self.fp[:12])

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"key": self.key or None, "fingerprint": self.fp, "kind": self.kind,
                               "created_at": self.created_at}
        for name, state in (("before", self.before), ("after", self.after)):
            out[name] = None if state is None else {"visibility": state[0], "ai_training": state[1]}
        if self.cause:
            out["cause"] = self.cause
        return out


@dataclass
class Listing:
    count: int = 0
    items: list[Change] = field(default_factory=list)

    @property
    def not_listed(self) -> int:
        return self.count - len(self.items)


@dataclass
class PlatformDiff:
    platform: str
    accounts: list[tuple[str, str]] = field(default_factory=list)  # (old account, new account) paired
    new_sources: list[int] = field(default_factory=list)  # the new run's source id of each pair
    only_old: list[str] = field(default_factory=list)  # accounts in the old run only: not compared
    only_new: list[str] = field(default_factory=list)
    before: Counter = field(default_factory=Counter)  # (kind, metric) -> n; kind "" is the total
    after: Counter = field(default_factory=Counter)
    categories: dict[str, Listing] = field(default_factory=lambda: {c: Listing() for c in CATEGORIES})
    added_public: int = 0
    causes: Counter = field(default_factory=Counter)  # why eligibility changed -> items
    # Public in any earlier run of the account the history recorded, not public now or gone (None: no
    # history of the account). Set by the caller from the history; the comparison itself sees two runs.
    exposed_in_history: int | None = None

    def count(self, category: str) -> int:
        return self.categories[category].count

    def kinds(self) -> list[str]:
        seen = {k for k, _ in self.before} | {k for k, _ in self.after}
        seen.discard("")
        return [k for k in KINDS if k in seen] + sorted(seen - set(KINDS))

    def table(self, kind: str = "") -> dict[str, tuple[int, int, int]]:
        """metric -> (before, after, delta) for one kind, or the platform total."""
        return {m: (self.before[kind, m], self.after[kind, m], self.after[kind, m] - self.before[kind, m])
                for m in METRICS}

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {c: self.count(c) for c in CATEGORIES}
        out["added_public"] = self.added_public
        out["exposed_in_history"] = self.exposed_in_history
        out["eligibility_changed_by"] = dict(sorted(self.causes.items()))
        out["accounts"] = [{"old": o, "new": n} for o, n in self.accounts]
        out["not_compared"] = {"old_only": self.only_old, "new_only": self.only_new}
        out["counts"] = _table_json(self.table())
        out["kinds"] = {k: _table_json(self.table(k)) for k in self.kinds()}
        out["items"] = {c: [ch.as_json() for ch in self.categories[c].items] for c in CATEGORIES}
        out["items_not_listed"] = {c: self.categories[c].not_listed for c in CATEGORIES}
        return out


def _table_json(table: dict[str, tuple[int, int, int]]) -> dict[str, dict[str, int]]:
    return {m: {"before": b, "after": a, "delta": d} for m, (b, a, d) in table.items()}


@dataclass
class Comparison:
    old_label: str
    new_label: str
    old_date: str
    new_date: str
    platforms: list[PlatformDiff]
    old_run: int | None = None  # history run ids, when the sides came from the history
    new_run: int | None = None

    def as_json(self) -> dict[str, Any]:
        """Keyed by platform only, so scripts can index it directly."""
        return {p.platform: p.as_json() for p in self.platforms}

    def total(self, category: str) -> int:
        return sum(p.count(category) for p in self.platforms)


# ------------------------------------------------------------------------------------------ settings

def opt_outs(settings: Mapping[str, Any]) -> dict[str, str]:
    """platform -> opt-out date ("" when the date is not known) from a run's settings, as snapshot.json
    records them: {"opted_out": {"x": "2024-06-01", "linkedin": null}}; a list of "x=2024-06-01" / "x"
    is read too."""
    raw = settings.get("opted_out", settings.get("opt_outs"))
    out: dict[str, str] = {}
    if isinstance(raw, Mapping):
        for platform, when in raw.items():
            if when is False:  # explicitly not opted out
                continue
            out[str(platform)] = when if isinstance(when, str) else ""
    elif isinstance(raw, list | tuple):
        for entry in raw:
            if isinstance(entry, str):
                platform, _, when = entry.partition("=")
                out[platform.strip()] = when.strip()
            elif isinstance(entry, Mapping) and entry.get("platform"):
                out[str(entry["platform"])] = str(entry.get("date") or "")
    return out


def eligibility_cause(platform: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> str:
    """Why the eligibility of a platform's items changed while their visibility did not (an item whose
    visibility changed has "visibility change": see `item_cause`). English, as `--json` gives it;
    marked, so the report translates it. The user's opt-out first (it is theirs to know), then the
    region the rules were taken for, then the policy knowledge base (its date or its hash differs);
    "other" when none of these changed (the run's date passed a training start, or the tool read the
    item differently)."""
    before, after = opt_outs(old).get(platform), opt_outs(new).get(platform)
    if before != after:
        if after is not None and before is None:
            return N_("opt-out")
        if after is None:
            return N_("opt-out withdrawn")
        return N_("opt-out date changed")
    if _region(platform, old) != _region(platform, new):
        return N_("region changed")
    if _knowledge_base_changed(old, new):
        return N_("policy change")
    return N_("other")


VISIBILITY_CHANGE = N_("visibility change")


def item_cause(visibility_before: str, visibility_after: str, platform_cause: str) -> str:
    """The cause of one item's eligibility change: its own visibility first, else the platform's."""
    return VISIBILITY_CHANGE if visibility_before != visibility_after else platform_cause


def _knowledge_base_changed(old: Mapping[str, Any], new: Mapping[str, Any]) -> bool:
    """The runs used different policy knowledge bases: another date, or the same date with another
    text (a corrected file). A run that recorded neither (older snapshots) cannot rule it out."""
    known = False
    for name in ("policy_as_of", "policy_sha256"):
        a, b = old.get(name), new.get(name)
        if a and b:
            known = True
            if a != b:
                return True
    return not known


def _region(platform: str, settings: Mapping[str, Any]) -> Any:
    """The region the policy rules used for a platform: per export when recorded, else the setting."""
    regions = settings.get("policy_regions")
    if isinstance(regions, list):
        used = sorted({str(r.get("region")) for r in regions
                       if isinstance(r, Mapping) and r.get("platform") == platform})
        if used:
            return used
    return settings.get("region")


# ------------------------------------------------------------------------------------------ pairing

def pair_sources(old: list[SourceRef], new: list[SourceRef], overlap: Mapping[tuple[int, int], int]
                 ) -> dict[int, int]:
    """new source id -> old source id for exports of the same account. The same account name pairs;
    then, per platform, the old export sharing most item keys (a renamed handle); then a lone export on
    each side when one of them has no account name."""
    pairs: dict[int, int] = {}
    used: set[int] = set()

    def free(ns: SourceRef) -> list[SourceRef]:
        return [o for o in old if o.platform == ns.platform and o.id not in used]

    for ns in new:
        match = next((o for o in free(ns) if o.account == ns.account), None)
        if match is not None:
            pairs[ns.id] = match.id
            used.add(match.id)
    for ns in new:
        if ns.id in pairs:
            continue
        best = max(free(ns), key=lambda o: overlap.get((ns.id, o.id), 0), default=None)
        if best is not None and overlap.get((ns.id, best.id), 0) > 0:
            pairs[ns.id] = best.id
            used.add(best.id)
    for ns in new:
        if ns.id in pairs:
            continue
        candidates = free(ns)
        alone = sum(1 for n in new if n.platform == ns.platform and n.id not in pairs) == 1
        if len(candidates) == 1 and alone and (not ns.account or not candidates[0].account):
            pairs[ns.id] = candidates[0].id
            used.add(candidates[0].id)
    return pairs


# ------------------------------------------------------------------------------------------ compare

def _change(row: tuple, cause: str = "") -> Change:
    """A listed row: (fp, key, platform, kind, created_at, url, text, old vis, old ai, new vis, new ai);
    the old or the new pair is NULL when the item is absent from that run."""
    fp, key, platform, kind, created_at, url, text, ov, oa, nv, na = row
    return Change(fp=fp, key=key or "", platform=platform, kind=kind, created_at=created_at,
                  before=None if ov is None else (ov, oa), after=None if nv is None else (nv, na),
                  url=safe_url(url or ""), text=text or "", cause=cause)


_SCHEMA = """
CREATE TABLE items (
    side INTEGER NOT NULL, fp TEXT NOT NULL, source INTEGER, platform TEXT, kind TEXT, created_at TEXT,
    visibility TEXT, ai_training TEXT, key TEXT, url TEXT, text TEXT, scope INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (side, fp)
) WITHOUT ROWID
"""

# Items of the new run matched with the old run (both in compared exports), and each run's items the
# other lacks. Columns as `_change` reads them.
_PAIRS = (
    "SELECT n.fp, COALESCE(n.key, o.key), n.platform, n.kind, COALESCE(n.created_at, o.created_at), "
    "COALESCE(n.url, o.url), COALESCE(n.text, o.text), o.visibility AS visibility_before, "
    "o.ai_training, n.visibility AS visibility_after, n.ai_training "
    "FROM items n LEFT JOIN items o ON o.side = 0 AND o.fp = n.fp AND o.scope = 1 "
    "WHERE n.side = 1 AND n.scope = 1"
)
_GONE = (
    "SELECT o.fp, o.key, o.platform, o.kind, o.created_at, o.url, o.text, o.visibility, o.ai_training, "
    "NULL, NULL FROM items o LEFT JOIN items n ON n.side = 1 AND n.fp = o.fp AND n.scope = 1 "
    "WHERE o.side = 0 AND o.scope = 1 AND n.fp IS NULL"
)
_CATEGORY_SQL: dict[str, list[tuple[str, str]]] = {
    "added": [(_PAIRS, "o.fp IS NULL")],
    "deleted": [(_GONE, "1")],
    "newly_public": [(_PAIRS, "o.fp IS NOT NULL AND n.visibility = 'public' AND o.visibility != 'public'")],
    "newly_restricted": [(_PAIRS, "o.fp IS NOT NULL AND n.visibility = 'restricted' "
                                  "AND o.visibility != 'restricted'")],
    # Public before and not public now, or public before and gone: it may already have been used.
    "previously_exposed": [(_PAIRS, "o.fp IS NOT NULL AND o.visibility = 'public' "
                                    "AND n.visibility != 'public'"),
                           (_GONE, "o.visibility = 'public'")],
    # Whatever the reason, the item's own visibility included: each listed item says why (its cause).
    "eligibility_changed": [(_PAIRS, "o.fp IS NOT NULL AND n.ai_training != o.ai_training")],
}
_NEWEST_FIRST = "ORDER BY 5 DESC, 1"  # created_at (column 5), undated (NULL) last
BATCH = 5000


def _load(db: sqlite3.Connection, side: int, records: Iterable[Record]) -> None:
    batch: list[tuple] = []
    sql = "INSERT OR IGNORE INTO items VALUES (?,?,?,?,?,?,?,?,?,?,?,0)"
    for r in records:
        batch.append((side, r.fp, r.source, r.platform, r.kind, r.created_at, r.visibility, r.ai_training,
                      r.key or None, r.url or None, r.text or None))
        if len(batch) >= BATCH:
            db.executemany(sql, batch)
            batch.clear()
    db.executemany(sql, batch)


def compare(old: Side, new: Side, limit: int = LISTED_PER_CATEGORY, workdir: Path | None = None
            ) -> Comparison:
    """Compare two runs. Both sides are streamed into a temporary SQLite file (removed at the end), so
    memory stays flat whatever the number of items; each category lists at most `limit` items per
    platform, newest first, and counts them all."""
    with tempfile.TemporaryDirectory(prefix="ai-exposure-compare-", dir=workdir) as tmp:
        db = sqlite3.connect(Path(tmp) / "compare.sqlite")
        try:
            for pragma in ("journal_mode=OFF", "synchronous=OFF", "temp_store=FILE", "cache_size=-32000"):
                db.execute(f"PRAGMA {pragma}")
            db.execute(_SCHEMA)
            _load(db, 0, old.items)
            _load(db, 1, new.items)
            return _compare(db, old, new, limit)
        finally:
            db.close()


def _compare(db: sqlite3.Connection, old: Side, new: Side, limit: int) -> Comparison:
    diffs: dict[str, PlatformDiff] = {}

    def diff(platform: str) -> PlatformDiff:
        if platform not in diffs:
            diffs[platform] = PlatformDiff(platform)
        return diffs[platform]

    for side, platform, kind, visibility, ai, n in db.execute(
            "SELECT side, platform, kind, visibility, ai_training, COUNT(*) FROM items "
            "GROUP BY side, platform, kind, visibility, ai_training"):
        counter: Counter = diff(platform).after if side else diff(platform).before
        metrics = ["total"]
        if visibility in (PUBLIC, RESTRICTED, UNKNOWN):
            metrics.append(visibility)
        if ai == LIKELY:
            metrics.append("eligible")
        elif ai == POSSIBLE:
            metrics.append("possible")
        for m in metrics:
            counter["", m] += n
            counter[kind, m] += n

    overlap = {(ns, os_): n for ns, os_, n in db.execute(
        "SELECT n.source, o.source, COUNT(*) FROM items n JOIN items o ON o.side = 0 AND o.fp = n.fp "
        "WHERE n.side = 1 GROUP BY n.source, o.source")}
    pairs = pair_sources(old.sources, new.sources, overlap)
    old_by_id = {s.id: s for s in old.sources}
    for ns in new.sources:
        if ns.id in pairs:
            diff(ns.platform).accounts.append((old_by_id[pairs[ns.id]].account, ns.account))
            diff(ns.platform).new_sources.append(ns.id)
        else:
            diff(ns.platform).only_new.append(ns.account)
    for os_ in old.sources:
        if os_.id not in pairs.values():
            diff(os_.platform).only_old.append(os_.account)
    # Only exports of the same account are compared item by item. A run that lists no exports (a
    # hand-made snapshot) has all its items compared.
    for side, run, ids in ((0, old, set(pairs.values())), (1, new, set(pairs))):
        if not run.sources:
            db.execute("UPDATE items SET scope = 1 WHERE side = ?", (side,))
        elif ids:
            marks = ",".join("?" * len(ids))
            db.execute(f"UPDATE items SET scope = 1 WHERE side = ? AND source IN ({marks})", (side, *ids))

    causes = {p: eligibility_cause(p, old.settings, new.settings) for p in diffs}
    for category, parts in _CATEGORY_SQL.items():
        for select, condition in parts:
            prefix = "o" if select is _GONE else "n"
            counted = db.execute(
                f"SELECT platform, COUNT(*) FROM ({select} AND {condition}) GROUP BY platform").fetchall()
            for platform, n in counted:
                d = diff(platform)
                listing = d.categories[category]
                listing.count += n
                room = limit - len(listing.items)
                if room > 0:
                    for row in db.execute(f"{select} AND {condition} AND {prefix}.platform = ? "
                                          f"{_NEWEST_FIRST} LIMIT ?", (platform, room)):
                        cause = item_cause(row[7], row[9], causes[platform]) \
                            if category == "eligibility_changed" else ""
                        listing.items.append(_change(row, cause))
                if category == "eligibility_changed":
                    for same, m in db.execute(
                            f"SELECT visibility_before = visibility_after, COUNT(*) FROM ({select} AND "
                            f"{condition} AND {prefix}.platform = ?) GROUP BY 1", (platform,)):
                        d.causes[causes[platform] if same else VISIBILITY_CHANGE] += m
    for platform, n in db.execute(
            f"SELECT platform, COUNT(*) FROM ({_PAIRS} AND o.fp IS NULL AND n.visibility = 'public') "
            "GROUP BY platform"):
        diff(platform).added_public = n

    ordered = [diffs[p] for p in sorted(diffs, key=platforms.order)]
    return Comparison(old.label, new.label, old.date, new.date, ordered, old.run_id, new.run_id)


# ------------------------------------------------------------------------------------------ snapshots

def side_from_snapshot(data: Mapping[str, Any], label: str) -> Side:
    """A loaded snapshot (see snapshot.load) as one side of a comparison."""
    sources = []
    for s in data.get("sources") or []:
        if isinstance(s, Mapping) and isinstance(s.get("id"), int):
            sources.append(SourceRef(s["id"], str(s.get("platform") or ""), str(s.get("account") or ""),
                                     s.get("export_date") if isinstance(s.get("export_date"), str) else None))

    def records() -> Iterable[Record]:
        for item in data.get("items") or []:
            if not isinstance(item, Mapping) or not isinstance(item.get("key"), str):
                continue
            yield Record(
                fp=fingerprint(item["key"]),
                platform=str(item.get("platform") or ""),
                kind=str(item.get("kind") or "other"),
                created_at=item.get("created_at") if isinstance(item.get("created_at"), str) else None,
                visibility=str(item.get("visibility") or UNKNOWN),
                ai_training=str(item.get("ai_training") or ""),
                source=source if isinstance(source := item.get("source"), int) else 0,
                key=item["key"],
                url=url if isinstance(url := item.get("url"), str) else "",
            )

    settings = data.get("settings")
    return Side(label=label, generated_at=data.get("generated_at") if isinstance(
        data.get("generated_at"), str) else None, settings=dict(settings) if isinstance(
        settings, Mapping) else {}, sources=sources, items=records())


def side_from_file(path: Path, label: str) -> Side:
    """A snapshot.json or report.html as one side, its items streamed (ijson) rather than loaded whole.
    Snapshots of another schema version, or laid out unusually, go through snapshot.load and its
    migrations instead."""
    import ijson

    from . import snapshot
    from .readers import IJSON_READ, ReadError, shape_guarded

    if path.suffix.lower() in (".html", ".htm"):
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise snapshot.SnapshotError(f"{path}: cannot be read ({exc.strerror or exc})") from None
        snapshot.open_embedded(raw, path).close()  # a report without one fails here, once

        def opener():  # unpacked as it is read, never whole: a gzip bomb costs time, bounded
            return shape_guarded(snapshot.open_embedded(raw, path))
    else:
        def opener():
            try:
                return shape_guarded(open(path, "rb"))
            except OSError as exc:
                raise snapshot.SnapshotError(f"{path}: cannot be read ({exc.strerror or exc})") from None

    # Every read goes through the nesting guard: ijson's memory grows with the square of the depth.
    with opener() as fh:
        try:
            header = _header(fh)
        except ReadError:
            raise snapshot.SnapshotError(f"{path}: not a snapshot (JSON nested too deeply, or a text "
                                         "too long)") from None
        except (ijson.JSONError, ValueError):
            raise snapshot.SnapshotError(f"{path}: not a snapshot (malformed JSON)") from None
    if header.get("schema_version") != snapshot.SCHEMA_VERSION:
        if "schema_version" in header:  # refuses a doctored or newer one before loading it whole
            snapshot.migrate(header, path)
        return side_from_snapshot(snapshot.load(path), label)
    snapshot.migrate(header, path)
    side = side_from_snapshot(header, label)

    def items() -> Iterable[Record]:
        with opener() as fh:
            try:
                found = ijson.items(fh, "items.item", use_float=True, buf_size=IJSON_READ)
                yield from side_from_snapshot({"items": found}, label).items
            except (ijson.JSONError, ValueError, ReadError):
                raise snapshot.SnapshotError(f"{path}: the snapshot's items are cut off or malformed") \
                    from None

    side.items = items()
    return side


def _header(fh) -> dict[str, Any]:
    """Every top-level field of a snapshot up to its "items" (written last), without reading on."""
    import ijson

    from .readers import IJSON_READ

    header: dict[str, Any] = {}
    key, builder = None, None
    for prefix, event, value in ijson.parse(fh, use_float=True, buf_size=IJSON_READ):
        if prefix == "" and event in ("map_key", "end_map"):
            if builder is not None:
                header[key] = builder.value  # type: ignore[index]
                builder = None
            if event == "end_map" or value == "items":
                break
            key, builder = value, ijson.ObjectBuilder()
        elif builder is not None:
            builder.event(event, value)
    return header


def trend_points(runs: list[dict[str, Any]]) -> dict[str, Any] | None:
    """An inline-SVG line chart of public / likely / possibly eligible counts over runs (oldest first):
    the coordinates only; the template draws them. None with fewer than three runs."""
    if len(runs) < 3:
        return None
    width, height, left, right, top, bottom = 640, 220, 56, 16, 16, 40
    # Titles in English, marked: the report translates them.
    series = (("public", N_("Public")), ("eligible", N_("Likely eligible")),
              ("possible", N_("Possibly eligible")))
    peak = max([1] + [int(r.get(k) or 0) for r in runs for k, _ in series])
    step = (width - left - right) / (len(runs) - 1)

    def y(v: int) -> float:
        return round(top + (height - top - bottom) * (1 - v / peak), 1)

    lines = []
    for name, title in series:
        pts = [(round(left + i * step, 1), y(int(r.get(name) or 0)), int(r.get(name) or 0), r["date"])
               for i, r in enumerate(runs)]
        lines.append({"name": name, "title": title, "points": pts,
                      "polyline": " ".join(f"{x},{yy}" for x, yy, _, _ in pts)})
    ticks = [{"y": y(v), "value": v} for v in sorted({0, peak // 2, peak})]
    labels = [{"x": round(left + i * step, 1), "text": r["date"]} for i, r in enumerate(runs)]
    return {"width": width, "height": height, "left": left, "right": width - right,
            "bottom": height - bottom, "lines": lines, "ticks": ticks, "labels": labels}


# ------------------------------------------------------------------------------------------ rendering

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
    """Text from an export on one line, safe for a terminal."""
    from .terminal import terminal_safe

    return terminal_safe(text, lines=False)


def _platform(platform: str) -> str:
    from . import platforms

    return _plain(platforms.label(platform))


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


def write_report(result: Comparison, trends: dict[str, list[dict[str, Any]]], out: Path,
                 lang: str = "en") -> Path:
    """compare.html in `lang`: self-contained, owner-readable only, the comparison embedded as inert
    JSON (English keys, as --json gives it). The template's sentences go through the catalog like the
    report's; what this module says in English (category titles, causes, trend titles) is translated
    here by the Translator."""

    import secrets
    from datetime import datetime, timezone

    from . import __version__, i18n
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
