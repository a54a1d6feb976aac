"""The HTML report: one self-contained file rendered from report_templates/ with jinja2.

Everything from an archive is untrusted text: jinja2 autoescapes every value (set outright, not by file
extension), links are kept only when they are http(s), and a content-security-policy forbids every
external request. The snapshot is embedded as inert JSON so `compare` can read a report directly."""

from __future__ import annotations

import os
import secrets
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from . import __version__, snapshot
from .model import AI_TRAINING, KINDS, PLATFORMS, VISIBILITIES, safe_url
from .pipeline import IGNORED, PARSED, UNKNOWN_FILE, Analysis
from .store import StoredItem

ITEMS_PER_PLATFORM = 300  # listed in the report; the rest are counted (and are in snapshot.json)
FILES_LISTED = 200
PROBLEMS_LISTED = 200

PLATFORM_NAMES = {
    "x": "X (Twitter)", "linkedin": "LinkedIn", "facebook": "Facebook", "instagram": "Instagram",
    "threads": "Threads", "youtube": "YouTube", "google": "Google",
}


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
class PlatformView:
    platform: str
    name: str
    counts: Counts = field(default_factory=Counts)
    kinds: dict[str, Counts] = field(default_factory=dict)
    items: list[dict[str, Any]] = field(default_factory=list)
    items_not_listed: int = 0
    first_public: str | None = None
    last_public: str | None = None


def _item_view(item: StoredItem) -> dict[str, Any]:
    return {
        "date": (item.created_at or "")[:10],
        "kind": item.kind,
        "text": item.text,
        "visibility": item.visibility,
        "evidence": item.evidence,
        "confidence": item.confidence,
        "ai_training": item.ai_training,
        "ai_training_reason": item.ai_training_reason,
        "url": safe_url(item.url),
        "media_count": item.media_count,
        "own": item.own,
    }


def build_view(analysis: Analysis) -> dict[str, Any]:
    store = analysis.store
    platforms: dict[str, PlatformView] = {}
    totals = Counts()
    for platform, kind, visibility, ai, n in store.rows(
        "SELECT platform, kind, visibility, ai_training, COUNT(*) FROM items "
        "GROUP BY platform, kind, visibility, ai_training"
    ):
        view = platforms.setdefault(platform, PlatformView(platform, PLATFORM_NAMES.get(platform, platform)))
        view.counts.add(visibility, ai, n)
        view.kinds.setdefault(kind, Counts()).add(visibility, ai, n)
        totals.add(visibility, ai, n)
    for view in platforms.values():
        view.kinds = dict(sorted(view.kinds.items(), key=lambda kv: KINDS.index(kv[0])))
        # Public and possibly-eligible first, newest first: what the user most needs to see.
        where = "platform = ? AND (visibility = 'public' OR ai_training != 'unlikely')"
        view.items = [_item_view(i) for i in store.query(
            where, (view.platform,), order="created_at IS NULL, created_at DESC, key",
            limit=ITEMS_PER_PLATFORM)]
        shown_pool = store.scalar(f"SELECT COUNT(*) FROM items WHERE {where}", (view.platform,))
        view.items_not_listed = max(0, int(shown_pool) - len(view.items))  # type: ignore[arg-type]
        first, last = store.rows(
            "SELECT MIN(created_at), MAX(created_at) FROM items WHERE platform = ? AND visibility='public'",
            (view.platform,))[0]
        view.first_public, view.last_public = (first or "")[:10] or None, (last or "")[:10] or None
    ordered = [platforms[p] for p in PLATFORMS if p in platforms]
    sources = []
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
            "ignored": len(by_status[IGNORED]),
            "unknown": len(by_status[UNKNOWN_FILE]),
            "unknown_files": [f.path for f in by_status[UNKNOWN_FILE][:FILES_LISTED]],
            "ignored_groups": _group_ignored(by_status[IGNORED]),
            "problems": src.problems[:PROBLEMS_LISTED],
            "problems_not_listed": max(0, len(src.problems) - PROBLEMS_LISTED) + src.problems_dropped,
            "bytes": sum(f.size for f in src.files),
        })
    return {
        "totals": totals,
        "platforms": ordered,
        "sources": sources,
        "unusable": analysis.unusable,
        "visibilities": VISIBILITIES,
        "ai_levels": AI_TRAINING,
    }


def _group_ignored(files: list) -> list[tuple[str, int, int]]:
    """Known-but-not-itemised files grouped by what they are: (what, files, bytes)."""
    groups: dict[str, list[int]] = {}
    for f in files:
        g = groups.setdefault(f.what or "known file", [0, 0])
        g[0] += 1
        g[1] += f.size
    return sorted(((w, n, b) for w, (n, b) in groups.items()), key=lambda t: -t[1])


def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("ai_exposure.report_templates", "."),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["thousands"] = lambda n: f"{n:,}".replace(",", "\u202f")
    return env


EMBED_MARKER = "@@AI_EXPOSURE_SNAPSHOT@@"


def render(analysis: Analysis, out: Path, settings: dict[str, Any] | None = None,
           snapshot_path: Path | None = None) -> Path:
    """Write report.html (owner-readable only). The snapshot JSON is streamed into the page from
    `snapshot_path` (written first), with `<` escaped so no text in it can close the script element."""
    env = environment()
    nonce = secrets.token_urlsafe(18)
    template = env.get_template("report.html.j2")
    style = env.loader.get_source(env, "report.css")[0]  # type: ignore[union-attr]
    page = template.render(
        view=build_view(analysis),
        nonce=nonce,
        style=style,
        version=__version__,
        generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        settings=settings or {},
        embed_marker=EMBED_MARKER,
        embed_id=snapshot.EMBED_ID,
    )
    before, _, after = page.partition(EMBED_MARKER)
    tmp = out.with_name(out.name + ".partial")
    with snapshot.open_private(tmp) as fh:
        fh.write(before)
        if snapshot_path is not None:
            with open(snapshot_path, encoding="utf-8") as src:
                while chunk := src.read(1 << 20):
                    fh.write(chunk.replace("<", "\\u003c"))
        else:
            fh.write("null")
        fh.write(after)
    os.replace(tmp, out)
    return out
