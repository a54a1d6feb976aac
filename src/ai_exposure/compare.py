"""What changed between two runs of the same account: a pure comparison of two snapshots.

Items are matched by a fingerprint of their key (`fingerprint`), never by content, so a snapshot file and
a history run (which keeps fingerprints only) compare the same way. The comparison remembers exposure:
what was public in the older run and is not public now, or is gone, is "previously exposed", because it
may already be in training data.

Nothing here reads files or prints; `Side` values are built by the callers (history runs, snapshot
files) and `compare` returns plain data for the terminal, the JSON output and the HTML report."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .model import KINDS, LIKELY, PLATFORMS, POSSIBLE, PUBLIC, RESTRICTED, UNKNOWN, safe_url

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
        return self.key or f"fingerprint {self.fp[:12]}"

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
    only_old: list[str] = field(default_factory=list)  # accounts in the old run only: not compared
    only_new: list[str] = field(default_factory=list)
    before: Counter = field(default_factory=Counter)  # (kind, metric) -> n; kind "" is the total
    after: Counter = field(default_factory=Counter)
    categories: dict[str, Listing] = field(default_factory=lambda: {c: Listing() for c in CATEGORIES})
    added_public: int = 0
    causes: Counter = field(default_factory=Counter)  # why eligibility changed -> items

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
    """Why an item's eligibility changed while its visibility did not."""
    before, after = opt_outs(old).get(platform), opt_outs(new).get(platform)
    if before != after:
        if after is not None and before is None:
            return "opt-out"
        if after is None:
            return "opt-out withdrawn"
        return "opt-out date changed"
    if _region(platform, old) != _region(platform, new):
        return "region changed"
    return "policy change"


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

def _tally(diffs_for, items: Iterable[Record], side: str) -> None:
    """Before/after counts per platform and kind: one tally per distinct (platform, kind, visibility,
    eligibility), then spread over the metrics."""
    tally = Counter((r.platform, r.kind, r.visibility, r.ai_training) for r in items)
    for (platform, kind, visibility, ai), n in tally.items():
        counter: Counter = getattr(diffs_for(platform), side)
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


def _change(old: Record | None, new: Record | None, cause: str = "") -> Change:
    ref: Record = new if new is not None else old  # type: ignore[assignment]  # one is always given
    return Change(
        fp=ref.fp,
        key=(new.key if new and new.key else old.key if old else ""),
        platform=ref.platform,
        kind=ref.kind,
        created_at=ref.created_at or (old.created_at if old else None),
        before=(old.visibility, old.ai_training) if old else None,
        after=(new.visibility, new.ai_training) if new else None,
        url=safe_url(new.url if new and new.url else old.url if old else ""),
        text=(new.text if new and new.text else old.text if old else ""),
        cause=cause,
    )


def _note(listing: Listing, limit: int, old: Record | None, new: Record | None, cause: str = "") -> None:
    """Count an item in a category; build its row only while the listing has room."""
    listing.count += 1
    if len(listing.items) < limit:
        listing.items.append(_change(old, new, cause))


def compare(old: Side, new: Side, limit: int = LISTED_PER_CATEGORY) -> Comparison:
    old_items: dict[str, Record] = {}
    for r in old.items:
        old_items.setdefault(r.fp, r)
    new_items: dict[str, Record] = {}
    for r in new.items:
        new_items.setdefault(r.fp, r)

    diffs: dict[str, PlatformDiff] = {}

    def diff(platform: str) -> PlatformDiff:
        if platform not in diffs:
            diffs[platform] = PlatformDiff(platform)
        return diffs[platform]

    _tally(diff, old_items.values(), "before")
    _tally(diff, new_items.values(), "after")

    overlap: Counter = Counter()
    for fp, r in new_items.items():
        o = old_items.get(fp)
        if o is not None:
            overlap[r.source, o.source] += 1
    pairs = pair_sources(old.sources, new.sources, overlap)
    old_by_id = {s.id: s for s in old.sources}
    paired_old = set(pairs.values())
    for ns in new.sources:
        if ns.id in pairs:
            diff(ns.platform).accounts.append((old_by_id[pairs[ns.id]].account, ns.account))
        else:
            diff(ns.platform).only_new.append(ns.account)
    for os_ in old.sources:
        if os_.id not in paired_old:
            diff(os_.platform).only_old.append(os_.account)

    # Items of a run that lists no sources (a hand-made snapshot) are all compared.
    all_new, all_old = not new.sources, not old.sources
    causes: dict[str, str] = {}
    for fp, n in new_items.items():
        if not (all_new or n.source in pairs):
            continue
        d = diffs[n.platform]
        cat = d.categories
        o = old_items.get(fp)
        if o is None or not (all_old or o.source in paired_old):
            _note(cat["added"], limit, None, n)
            d.added_public += n.visibility == PUBLIC
            continue
        if n.visibility == o.visibility:
            if n.ai_training != o.ai_training:
                if n.platform not in causes:
                    causes[n.platform] = eligibility_cause(n.platform, old.settings, new.settings)
                _note(cat["eligibility_changed"], limit, o, n, causes[n.platform])
                d.causes[causes[n.platform]] += 1
            continue
        if n.visibility == PUBLIC:
            _note(cat["newly_public"], limit, o, n)
        elif n.visibility == RESTRICTED:
            _note(cat["newly_restricted"], limit, o, n)
        if o.visibility == PUBLIC:
            _note(cat["previously_exposed"], limit, o, n)
    for fp, o in old_items.items():
        if not (all_old or o.source in paired_old):
            continue
        n = new_items.get(fp)
        if n is not None and (all_new or n.source in pairs):
            continue
        cat = diffs[o.platform].categories
        _note(cat["deleted"], limit, o, None)
        if o.visibility == PUBLIC:
            _note(cat["previously_exposed"], limit, o, None)

    ordered = [diffs[p] for p in PLATFORMS if p in diffs] + \
        [diffs[p] for p in sorted(diffs) if p not in PLATFORMS]
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
                source=item.get("source") if isinstance(item.get("source"), int) else 0,
                key=item["key"],
                url=item.get("url") if isinstance(item.get("url"), str) else "",
            )

    settings = data.get("settings")
    return Side(label=label, generated_at=data.get("generated_at") if isinstance(
        data.get("generated_at"), str) else None, settings=dict(settings) if isinstance(
        settings, Mapping) else {}, sources=sources, items=records())


def trend_points(runs: list[dict[str, Any]]) -> dict[str, Any] | None:
    """An inline-SVG line chart of public / likely / possibly eligible counts over runs (oldest first):
    the coordinates only; the template draws them. None with fewer than three runs."""
    if len(runs) < 3:
        return None
    width, height, left, right, top, bottom = 640, 220, 56, 16, 16, 40
    series = (("public", "Public"), ("eligible", "Likely eligible"), ("possible", "Possibly eligible"))
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
