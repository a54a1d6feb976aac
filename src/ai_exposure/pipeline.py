"""Inputs → containers → detected sources → items in the store, with every file accounted for.

This is the one place that ties archive access, detection and the parsers together; it prints
nothing and decides nothing about presentation. A bad file or record becomes a `Problem`; only an
input that cannot be read at all (or holds no known export) is reported as unusable."""

from __future__ import annotations

import gc
import logging
import re
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import parallel
from .archive import ArchiveError, Container, Limits, Member, MemberError, open_inputs
from .eligibility import ai_training
from .i18n import N_, Msg, Num, message_of, msg_join
from .model import Item, ItemRun, Problem, SourceInfo
from .parsing import (
    Context,
    NotRecognised,
    Options,
    ParserSpec,
    is_junk,
    member_head,
    score_root,
    watch_dates,
)
from .readers import WHOLE_FILE, ReadError
from .redact import PathRedactor, hide_url
from .sink import Finder, ItemSink, LocalSink, SinkResult
from .store import ItemStore

log = logging.getLogger(__name__)

MAX_PROBLEMS_PER_FILE = 50
# Bounds on one file's records, far above any real export's: a crafted file (1 GB of one LinkedIn
# connection repeated, 3 MB zipped) would otherwise give millions of items and a snapshot of gigabytes.
# The largest real files (a heavy user's likes or watch history) hold a few hundred thousand records.
MAX_RECORDS_PER_FILE = 5_000_000  # items and problems; a route may set a lower bound (Route.most)
REPEATS_KEPT = 1_000  # copies of one record listed; more copies, close together, are collapsed
REPEATS_STOP = 100_000  # copies collapsed in one file before reading it stops: no export repeats so
REPEATS_WINDOW = 256  # distinct records remembered: repeats are counted within such a stretch
PROGRESS_STEP = 4 << 20  # bytes read between two progress reports within one file

PARSED, IGNORED, UNKNOWN_FILE = "parsed", "ignored", "unknown"
CONTEXT_FILE = "context"  # read for what it says about the other files, not itemised (see context_route)


@dataclass
class FileRecord:
    path: str  # as shown to the user: archive name and path inside it
    status: str  # parsed | context | ignored | unknown
    what: str = ""
    items: int = 0
    size: int = 0
    problems: int = 0


@dataclass
class SourceResult:
    id: int
    spec: ParserSpec
    info: SourceInfo
    containers: list[Container]
    members: list[Member]
    files: list[FileRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    problems_dropped: int = 0
    items: int = 0
    state: Any = None  # what the parser's prepare step recorded (its ParserSpec.state); None before

    @property
    def platform(self) -> str:
        return self.spec.platform

    def count_files(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)


@dataclass
class Analysis:
    sources: list[SourceResult]
    unusable: list[str]  # one line each: inputs that are not (readable) exports
    store: ItemStore
    started: datetime
    finished: datetime | None = None


Assess = Callable[[Item, SourceInfo], tuple[str, str]]
Progress = Callable[[str, int, int], None]  # (label, bytes done in this source, bytes total)
Inspect = Callable[[Item, SourceInfo], None]  # sees every item with its text, before --no-text strips it


def _record_identity(key: str) -> str:
    """Two records with the same identity (from their items' keys) are copies of one record: items are
    keyed by a native id or by their stable fields, never by a counter, except a parser's rank for
    identical rows (LinkedIn's `key#2`), which is not part of it."""
    if "#" in key:
        base, _, rank = key.rpartition("#")
        if rank.isdigit():
            return base
    return key


class FileBounds:
    """Bounds on the records of one file: at most `most` (items and problems), and copies of one record
    listed at most REPEATS_KEPT times where they come close together (one record repeated, or a few in
    turn); after REPEATS_STOP collapsed copies the file is not read on. Says what it did as problems."""

    def __init__(self, most: int) -> None:
        self.most = most
        self.records = 0
        self.collapsed = 0
        self.stopped = ""  # why reading stopped early: "most" or "repeats"
        self._copies: dict[str, int] = {}

    def full(self) -> bool:
        """Counts one more record; True when it is one too many (reading stops here)."""
        self.records += 1
        if self.records > self.most:
            self.stopped = "most"
        elif self.collapsed >= REPEATS_STOP:
            self.stopped = "repeats"
        return bool(self.stopped)

    def repeated(self, item: Item) -> bool:
        """True for a copy past the REPEATS_KEPT listed ones (not to be stored)."""
        return self.repeated_key(item.key)

    def repeated_key(self, key: str) -> bool:
        """`repeated` for an item with this key."""
        return self.repeated_identity(_record_identity(key))

    def repeated_identity(self, identity: str) -> bool:
        """`repeated` for a record with this identity (see model.ItemRun.identities)."""
        copies = self._copies.get(identity)
        if copies is None:
            if len(self._copies) >= REPEATS_WINDOW:
                self._copies.clear()  # distinct records: only copies close together are counted
            self._copies[identity] = 1
            return False
        self._copies[identity] = copies = copies + 1
        if copies <= REPEATS_KEPT:
            return False
        self.collapsed += 1
        return True

    def admit(self, identities: list[str]) -> tuple[list[int] | None, bool]:
        """`full()`, then `repeated_identity()`, for each of a run's records in turn (model.ItemRun
        .identities): the positions of those to store (None: every one), and False when the file is
        full (reading stops after them). The same checks, with the calls and attribute writes of two
        methods per record left out of the common case: a million My Activity records pass here."""
        keep: list[int] | None = None
        copies = self._copies
        records, most = self.records, self.most
        for i, identity in enumerate(identities):
            if self.stopped or records >= most or self.collapsed >= REPEATS_STOP:
                self.records = records
                if self.full():  # says why, as it does for a record on its own
                    return (list(range(i)) if keep is None else keep), False
                records = self.records
            else:
                records += 1
            n = copies.get(identity)
            if n is None:
                if len(copies) >= REPEATS_WINDOW:
                    copies.clear()
                copies[identity] = 1
            else:
                copies[identity] = n = n + 1
                if n > REPEATS_KEPT:
                    self.collapsed += 1
                    if keep is None:
                        keep = list(range(i))
                    continue
            if keep is not None:
                keep.append(i)
        self.records = records
        return keep, True

    def problems(self, file: str) -> list[Problem]:
        out = []
        if self.stopped == "repeats":
            return [Problem(file, Msg("after record %(n)s", n=Num(self.records - 1)), Msg(
                "%(n)s copies of records repeated more than %(kept)s times were not listed (repeated "
                "records, not a real export); the rest of the file was not read",
                n=Num(self.collapsed), kept=Num(REPEATS_KEPT)))]
        if self.collapsed:
            out.append(Problem(file, WHOLE_FILE, Msg(
                "%(n)s copies of records repeated more than %(kept)s times were not listed (repeated "
                "records, not a real export)", n=Num(self.collapsed), kept=Num(REPEATS_KEPT)),
                "warning"))
        if self.stopped == "most":
            out.append(Problem(file, Msg("after record %(n)s", n=Num(self.most)), Msg(
                "more records than any real export of this file holds (limit %(limit)s): the rest of "
                "the file was not read", limit=Num(self.most))))
        return out


def default_assess(item: Item, info: SourceInfo) -> tuple[str, str]:
    return ai_training(item, info)


def registry() -> dict[str, ParserSpec]:
    from ai_exposure.parsers import REGISTRY

    return REGISTRY


def _identity(info: SourceInfo) -> str:
    return info.owner_id or info.account


def account_groups(sources: Iterable[SourceResult]) -> dict[int, int]:
    """source id -> the id of the first source of the same account: exports of one account (on the
    same platform, with the same stable identity) may hold the same items; exports of different or
    unknown accounts never share one."""
    first: dict[tuple[str, str], int] = {}
    groups: dict[int, int] = {}
    for src in sources:
        owner = _identity(src.info)
        groups[src.id] = first.setdefault((src.spec.platform, owner), src.id) if owner else src.id
    return groups


def expected_exports(specs: Iterable[ParserSpec]) -> str:
    """What each known export looks like, in words (never the patterns that detect it)."""
    return msg_join("; ", [Msg(s.expects) if s.expects else Msg(s.label) for s in specs])


def detect(container: Container, members: list[Member], specs: dict[str, ParserSpec]
           ) -> tuple[ParserSpec, str] | None:
    """The export a container holds (the best-scoring one), and its root."""
    found = detect_all(container, members, specs)
    return found[0] if found else None


def detect_all(container: Container, members: list[Member], specs: dict[str, ParserSpec]
               ) -> list[tuple[ParserSpec, str]]:
    """Every export a container holds, best first: the best-scoring one, and others whose roots lie
    beside it, neither inside nor around it (a Meta download may hold a Facebook and an Instagram
    profile in sibling folders). An export inside another's folder (a LinkedIn export someone kept in
    their Google Drive) is part of that export's files, not an export of its own."""
    paths = [m.path for m in members]
    by_path = {m.path: m for m in members}
    heads: dict[str, str] = {}

    def head(path: str) -> str:  # read once, whichever parsers ask (header signatures)
        if path not in heads:
            heads[path] = member_head(by_path[path])
        return heads[path]

    scored = []
    for spec in specs.values():
        score, root = score_root(spec, paths, head)
        if score >= spec.min_score:
            scored.append((score, spec, root))
    scored.sort(key=lambda t: t[0], reverse=True)  # stable: on a tie, the registry's order
    chosen: list[tuple[ParserSpec, str]] = []
    for _, spec, root in scored:
        if all(not root.startswith(other) and not other.startswith(root) for _, other in chosen):
            chosen.append((spec, root))
    return chosen


def _split_by_root(members: list[Member], hits: list[tuple[ParserSpec, str]]) -> list[list[Member]]:
    """The members of each export found in one container; files under none of their roots go with
    the main export (listed there as outside its folder), so every file is accounted for once."""
    if len(hits) == 1:
        return [members]
    parts: list[list[Member]] = [[] for _ in hits]
    roots = [root for _, root in hits]
    for m in members:
        owner = next((i for i, root in enumerate(roots) if root and m.path.startswith(root)), 0)
        parts[owner].append(m)
    return parts


_PART_SUFFIX = re.compile(r"([-_ ]?(part)?[-_ ]?\d{1,3}|\(\d+\))$", re.IGNORECASE)
_ARCHIVE_EXT = re.compile(r"(\.tar\.gz|\.tgz|\.tar|\.zip|\.tar\.bz2|\.tar\.xz)$", re.IGNORECASE)


def part_stem(name: str) -> str:
    """`takeout-20260301T101010Z-001.zip` and `…-002.zip` share the stem `takeout-20260301T101010Z`."""
    stem = _ARCHIVE_EXT.sub("", name)
    return _PART_SUFFIX.sub("", stem) or stem


def _stem(spec: ParserSpec, name: str) -> str:
    """The spec's own merge key when it knows its download names (Takeout's `-1-001` and `-2-001`
    are one export), else the generic part stem."""
    own = spec.part_stem(name) if spec.part_stem is not None else None
    return own or part_stem(name)


_DATE_IN_NAME = (
    (re.compile(r"(20\d\d)-(\d\d)-(\d\d)"), (1, 2, 3)),  # twitter-2026-03-01-…
    (re.compile(r"(\d\d)-(\d\d)-(20\d\d)"), (3, 1, 2)),  # Basic_LinkedInDataExport_03-01-2026
    (re.compile(r"(20\d\d)(\d\d)(\d\d)T"), (1, 2, 3)),  # takeout-20260301T101010Z
)


def date_from_name(name: str) -> datetime | None:
    for rx, (y, m, d) in _DATE_IN_NAME:
        match = rx.search(name)
        if match:
            try:
                return datetime(int(match.group(y)), int(match.group(m)), int(match.group(d)),
                                tzinfo=UTC)
            except ValueError:
                continue
    return None


# Reading builds and drops millions of small dicts and lists, none in a reference cycle; with the default
# threshold (700) the cycle collector ran every few records and walked the records still alive (orjson
# builds hundreds per call), which took more time than decoding them. Memory stays bounded: what the
# collector would free is only cyclic garbage, collected every GC_THRESHOLD allocations.
GC_THRESHOLD = 50_000


class _few_collections:
    def __enter__(self) -> None:
        self._saved = gc.get_threshold()
        gc.set_threshold(GC_THRESHOLD, *self._saved[1:])

    def __exit__(self, *exc: object) -> None:
        gc.set_threshold(*self._saved)


class Pipeline:
    def __init__(self, store: ItemStore, options: Options | None = None,
                 assess: Assess = default_assess, limits: Limits | None = None,
                 progress: Progress | None = None, specs: dict[str, ParserSpec] | None = None,
                 inspect: Inspect | None = None, parallel: bool | None = None,
                 finder: Finder | None = None):
        self.store = store
        # A storing helper process for big sources (see parallel.py); None: decide by size.
        self.parallel = parallel
        # Where the source being parsed stores its items (see sink.py).
        self._sink: ItemSink | None = None
        # `finder` sees every item before --no-text strips it, and its state comes back from a
        # storing helper; a bare `inspect` callable is called the same way, but only in this process
        # (what a closure gathers in a helper would be lost).
        self.finder = finder
        self.inspect = inspect
        self.options = options or Options()
        self.assess = assess
        self.limits = limits or Limits()
        self.progress = progress
        self.specs = specs if specs is not None else registry()
        # --no-text: the personal parts of paths (a correspondent's name, a playlist's title) are
        # hidden wherever a path is shown (see redact.py).
        self.redactor = PathRedactor() if self.options.no_text else None

    # -------------------------------------------------------------- detection and grouping

    def open(self, paths: Iterable[Path]) -> tuple[list[SourceResult], list[str]]:
        unusable: list[str] = []
        found: list[tuple[ParserSpec, Container, list[Member], str]] = []
        for path in paths:
            try:
                containers = open_inputs(Path(path), self.limits, unusable)
            except ArchiveError as exc:
                unusable.append(message_of(exc))
                continue
            for container in containers:
                try:
                    members = container.members()
                except ArchiveError as exc:
                    unusable.append(message_of(exc))
                    container.close()
                    continue
                hits = detect_all(container, members, self.specs)
                if not hits:
                    unusable.append(self._not_an_export(container, members))
                    container.close()
                    continue
                container.users = len(hits)
                container.primary_platform = hits[0][0].platform
                for (spec, root), part in zip(hits, _split_by_root(members, hits), strict=True):
                    found.append((spec, container, part, root))
        sources = self._group(found)
        return sources, unusable

    def _not_an_export(self, container: Container, members: list[Member]) -> str:
        what = Msg("an empty folder") if not members else \
            Msg("%(n)s files, none of a known export", n=Num(len(members)))
        return Msg("%(input)s: not a known data export (%(what)s). Expected one of: %(expected)s",
                   input=str(container.path), what=what, expected=expected_exports(self.specs.values()))

    def _group(self, found: list[tuple[ParserSpec, Container, list[Member], str]]
               ) -> list[SourceResult]:
        provisional: list[SourceResult] = []
        for spec, container, members, root in found:
            for m in members:
                m.relpath = m.path[len(root):] if m.path.startswith(root) else ""
            info = SourceInfo(platform=spec.platform, label=spec.label, archives=[container.name],
                              root=root.rstrip("/"))
            src = SourceResult(0, spec, info, [container], list(members))
            self._prepare(src)
            provisional.append(src)
        merged: list[SourceResult] = []
        for src in provisional:
            target = self._merge_target(src, merged, provisional)
            if target is None:
                merged.append(src)
                continue
            target.containers.extend(src.containers)
            target.members.extend(src.members)
            target.info.archives.extend(src.info.archives)
            target.problems.extend(src.problems)
        # Newest export first: where two exports of one account hold the same item, the store keeps
        # the first reading, and the newest is the one that says who can see it now.
        merged.sort(key=lambda s: -(s.info.export_date.timestamp() if s.info.export_date else 0))
        for i, src in enumerate(merged, start=1):
            src.id = i
            if len(src.containers) > 1:
                # Context files may sit in any part: read them again over the merged member list.
                keep = src.info.archives
                src.info = SourceInfo(platform=src.spec.platform, label=src.spec.label,
                                      archives=keep, root=src.info.root)
                src.problems = []
                src.state = None
                self._prepare(src)
        return merged

    def _merge_target(self, src: SourceResult, merged: list[SourceResult],
                      everything: list[SourceResult]) -> SourceResult | None:
        accounts = {_identity(s.info) for s in everything
                    if s.spec.platform == src.spec.platform and _identity(s.info)}
        if not src.spec.split_archives:
            return None
        stem = _stem(src.spec, src.containers[0].name)
        for other in merged:
            if other.spec is not src.spec:
                continue
            da, db = src.info.export_date, other.info.export_date
            if da and db and da.date() != db.date():
                continue  # two exports made on different days are two snapshots, not two parts
            # The stable identity where both have one: two people with one display name are two.
            a, b = _identity(src.info), _identity(other.info)
            if a and b and a == b:
                return other
            if _stem(other.spec, other.containers[0].name) == stem and (not a or not b or a == b):
                return other
            if (not a or not b) and len(accounts) == 1:
                return other
        return None

    def _prepare(self, src: SourceResult) -> None:
        ctx = self._context(src)
        # Each source is prepared once with empty problems (a merged one again, after a reset), so the
        # containers' listing problems are added exactly once; no quadratic membership test.
        src.problems.extend(p for c in src.containers if c.primary_platform in ("", src.spec.platform)
                            for p in c.problems)
        if src.spec.prepare is not None:
            try:
                for problem in src.spec.prepare(ctx):
                    src.problems.append(problem)
            except Exception as exc:  # a parser bug must not end the run; say so and go on
                log.debug("prepare failed", exc_info=True)
                src.problems.append(Problem(src.info.label, Msg("reading account context"),
                                            Msg("internal error (%(error)s); visibility may be less "
                                                "certain", error=type(exc).__name__)))
        src.info = ctx.info
        src.state = ctx.state
        if src.info.export_date is None:
            # The folder the platform wrote (`instagram-<user>-2024-11-20-<id>/`) outlives a renamed
            # download; the download's own name comes next.
            names = [*reversed(src.info.root.split("/")), *(c.name for c in src.containers)]
            for name in names:
                d = date_from_name(name) if name else None
                if d:
                    src.info.export_date = d
                    break

    def _context(self, src: SourceResult) -> Context:
        members = [m for m in src.members if m.relpath]
        return Context(src.spec, src.info, members, self.options, src.state)

    # -------------------------------------------------------------- parsing

    def run(self, paths: Iterable[Path]) -> Analysis:
        started = datetime.now(UTC)
        sources, unusable = self.open(paths)
        known = getattr(self.assess, "sources_known", None)
        if known is not None:  # the policy rules take a place named by one export for the others
            known([s.info for s in sources])
        self.store.set_groups(account_groups(sources))
        for src in sources:
            before = self.store.duplicates()
            with _few_collections():
                self.parse(src)
            self.store.flush()
            seen = self.store.duplicates() - before
            if seen:
                src.info.caveats.append(Msg(
                    "%(n)s items appeared more than once (twice in this export, or also in a newer "
                    "export of the same account given in this run) and are counted once.", n=Num(seen)))
        # What each source reports is what is listed for it: records that repeated an item (here or
        # in a newer export of the account) are counted where the item is kept, once.
        stored = self.store.counts_by_source()
        for src in sources:
            src.items = stored.get(src.id, 0)
            if self.redactor is not None:
                self._redact_source(src)
        return Analysis(sources, unusable, self.store, started, datetime.now(UTC))

    def _redact_source(self, src: SourceResult) -> None:
        """What a source says beside its items, without personal text (--no-text): problems and
        notices reported outside a file's handler, and the place and birth date the export gives
        (kept only while the run needed them for the AI-training rules)."""
        hide = self.redactor.message  # type: ignore[union-attr]
        src.problems = [Problem(hide(p.file), hide(p.place), hide(p.reason), p.severity)
                        for p in src.problems]
        src.info.notices = [hide(n) for n in src.info.notices]
        src.info.caveats = [hide(c) for c in src.info.caveats]

    def parse(self, src: SourceResult) -> None:
        ctx = self._context(src)
        first = [re.compile(p, re.IGNORECASE) for p in src.spec.first]

        def order(m: Member) -> tuple[int, int, int]:
            rank = next((i for i, rx in enumerate(first) if m.relpath and rx.fullmatch(m.relpath)),
                        len(first))
            return (rank, src.containers.index(m.container), m.order)

        total = sum(m.size for m in src.members) or 1
        done = 0
        # Bytes read of the member being parsed, reported every PROGRESS_STEP so that a bar moves
        # through one multi-GB file too, not only from file to file.
        reading = {"size": 0, "read": 0, "shown": 0}

        def on_read(n: int) -> None:
            reading["read"] += n
            if self.progress and reading["read"] - reading["shown"] >= PROGRESS_STEP:
                reading["shown"] = reading["read"]
                self.progress(src.info.label, done + min(reading["read"], reading["size"]), total)

        if self.progress:
            for c in src.containers:
                c.on_read = on_read
        try:
            self._sink = self._open_sink(src, total)
            for member in sorted(src.members, key=order):
                reading.update(size=member.size, read=0, shown=0)
                src.files.append(self._parse_member(src, ctx, member))
                done += member.size
                if self.progress:
                    self.progress(src.info.label, done, total)
            self._collect(src, self._sink.finish())
        except BaseException:
            if self._sink is not None:
                self._sink.abort()
            raise
        finally:
            self._sink = None
            for c in src.containers:
                c.on_read = None
                c.release()

    def _open_sink(self, src: SourceResult, total: int) -> ItemSink:
        """A forked sink for a big source (or as `parallel` says), else a local one."""
        no_text = self.options.no_text
        if self._use_helper(total):
            self.store.flush()
            self.store.duplicates()  # merges staged items before the helper's connection opens
            return parallel.ForkedSink(self.store, src.id, src.info, self.assess, self.finder, no_text)
        return LocalSink(self.store, src.id, src.info, self.assess, self.finder, self.inspect, no_text)

    def _use_helper(self, total: int) -> bool:
        # Only where what is inspected comes back from the helper: a finder's state does, what a
        # bare `inspect` callable gathers would not.
        if self.inspect is not None or not parallel.available():
            return False
        if self.parallel is not None:
            return self.parallel
        return total >= parallel.MIN_SOURCE_BYTES

    def _collect(self, src: SourceResult, result: SinkResult) -> None:
        """What the sink reports: the finder's state from a helper, and items it could not store."""
        if result.finder_state is not None and self.finder is not None:
            self.finder.adopt(result.finder_state)
        for name, n in result.failed.items():
            src.items -= n
            src.problems.append(Problem(src.info.label, Msg("while storing items"),
                                        Msg("internal error (%(error)s) on %(n)s items; they are not counted",
                                            error=name, n=Num(n))))

    def _parse_member(self, src: SourceResult, ctx: Context, member: Member) -> FileRecord:
        display = member.display if self.redactor is None else self.redactor.text(member.display)
        rec = FileRecord(display, UNKNOWN_FILE, size=member.size)
        if is_junk(member.path):
            rec.status, rec.what = IGNORED, N_("operating-system litter, not part of the export")
            return rec
        if not member.relpath:
            rec.what = N_("outside the export's folder")
            return rec
        route = src.spec.route_for(member.relpath)
        if route is None:
            return rec
        rec.what = route.what
        if route.handler is None:
            rec.status = CONTEXT_FILE if route.context else IGNORED
            return rec
        rec.status = PARSED
        bounds = FileBounds(route.most or MAX_RECORDS_PER_FILE)
        records = watch_dates(route.handler(member, ctx), display)
        try:
            for out in records:
                if isinstance(out, ItemRun):
                    if not self._add_run(src, rec, out, bounds):
                        break
                    continue
                if bounds.full():
                    break
                if isinstance(out, Problem):
                    self._problem(src, rec, Problem(display, out.place, out.reason, out.severity))
                elif not bounds.repeated(out):
                    self._add(src, rec, out)
        except parallel.WorkerError:
            raise
        except NotRecognised:
            rec.status, rec.what = UNKNOWN_FILE, ""
        except MemberError as exc:
            self._problem(src, rec, Problem(display, WHOLE_FILE, message_of(exc)))
        except ReadError as exc:
            self._problem(src, rec, Problem(display, exc.place, exc.reason))
        except (UnicodeDecodeError, OSError, EOFError) as exc:
            self._problem(src, rec, Problem(display, Msg("while reading"),
                                            Msg("cannot be read (%(error)s)", error=type(exc).__name__)))
        except Exception as exc:  # a parser bug must not lose the rest of the export
            log.debug("handler failed on %s\n%s", display, traceback.format_exc())
            self._problem(src, rec, Problem(display, Msg("while parsing"),
                                            Msg("internal error in the parser (%(error)s); records before "
                                                "this point were kept", error=type(exc).__name__)))
        finally:
            records.close()  # a file stopped early: its handler closes what it opened
        for problem in bounds.problems(display):  # listed even when the file's other problems are not
            rec.problems += 1
            src.problems.append(problem)
        if member.damage:
            self._problem(src, rec, Problem(display, WHOLE_FILE, member.damage))
        return rec

    def _add(self, src: SourceResult, rec: FileRecord, item: Item) -> None:
        if self.redactor is not None:
            hidden = (self.redactor.text(item.source_file), self.redactor.message(item.evidence),
                      hide_url(item.url))
            if hidden != (item.source_file, item.evidence, item.url):
                item = replace(item, source_file=hidden[0], evidence=hidden[1], url=hidden[2])
        self._sink.add(item)  # type: ignore[union-attr]  # set for the source being parsed
        rec.items += 1
        src.items += 1

    def _add_run(self, src: SourceResult, rec: FileRecord, run: ItemRun, bounds: FileBounds) -> bool:
        """A run's items as `_add` takes each, under the file's bounds record by record; False when
        the bounds stop the file."""
        if self.redactor is not None:
            run = self._redacted(run)
        identities = run.identities()
        if run.key_prefix is None:  # given keys: a record's identity leaves out a rank (`key#2`)
            identities = [_record_identity(key) for key in identities]
        keep, going = bounds.admit(identities)
        kept = run.rows(keep)
        if kept:
            self._sink.add_run(kept)  # type: ignore[union-attr]  # set for the source being parsed
            rec.items += len(kept)
            src.items += len(kept)
        return going

    def _redacted(self, run: ItemRun) -> ItemRun:
        """The run with what `_add` hides of each item hidden (the file and evidence are the run's)."""
        redactor = self.redactor
        assert redactor is not None
        template = run.template
        hidden = (redactor.text(template.source_file), redactor.message(template.evidence))
        if hidden != (template.source_file, template.evidence):
            template = replace(template, source_file=hidden[0], evidence=hidden[1])
        out = ItemRun(template, run.key_prefix)
        add = out.add if run.key_prefix is None else out.add_hashed
        for identity, created, text, url in zip(run.identities(), run.created, run.texts, run.urls,
                                                strict=True):
            add(identity, created, text, hide_url(url))
        return out

    def _problem(self, src: SourceResult, rec: FileRecord, problem: Problem) -> None:
        rec.problems += 1
        if rec.problems > MAX_PROBLEMS_PER_FILE:
            src.problems_dropped += 1
            return
        src.problems.append(problem)
