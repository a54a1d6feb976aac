"""What a platform parser is: signature files for detection, a table of path patterns → handlers,
and an optional `prepare` step that reads account-level context (privacy history, owner id) before the
handlers run. The core dispatches every member of a source through that table, so every file ends up
parsed, known-ignored or unknown."""

from __future__ import annotations

import re
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from . import platforms as platform_table
from .archive import Member
from .i18n import Msg, Num
from .model import Item, ItemRun, Problem, SourceInfo, key_digest, key_prefix, key_source, key_sources
from .readers import (
    _WATCH,
    MAX_DIGITS,
    WHOLE_FILE,
    DateWatch,
    SkippedRecord,
    record_place,
    sniff_encoding,
)

Yielded = Item | Problem
# What a handler yields: Items and Problems, or for a bulk file runs of items (model.ItemRun).
Output = Item | ItemRun | Problem
Handler = Callable[[Member, "Context"], Iterable[Output]]
State = TypeVar("State")


@dataclass(frozen=True, slots=True)
class Verdict:
    """One visibility decision, as every parser's pure rules give it: the visibility, the evidence
    that decided it (the file and field, in words) and how sure it is. `was_public`: the item was
    public at some time since it was made (a privacy history shows it); `audience`: who it was shared
    with, where the platform names it ("connections", "unlisted", "group")."""

    visibility: str
    evidence: str  # a Msg where it is words (translated in the report), a file and field otherwise
    confidence: str
    was_public: bool | None = None
    audience: str = ""


class NotRecognised(Exception):
    """Raised by a handler, before it yields anything, when the file it was routed by a broad pattern
    (e.g. "any CSV in this folder") turns out, read, to be none it knows: the file is then listed as
    unknown, as if no route had matched."""


@dataclass(frozen=True)
class Route:
    """`pattern` is matched (whole, case-insensitive) against the path relative to the export root.
    `handler` None means "known, deliberately not itemised" (`what` says what it is and why), unless
    `context`: then the file is read for context only (by `prepare`, or by the handlers of the files
    listed in `first`), and counted as such (see `context_route`). `most`: the records one such file
    may give, where the platform caps what it can hold (far above that cap); 0 is the core's bound
    for any file (pipeline.MAX_RECORDS_PER_FILE)."""

    pattern: str
    handler: Handler | None
    what: str
    most: int = 0
    context: bool = False

    def compiled(self) -> re.Pattern[str]:
        return _compile(self.pattern)


def context_route(pattern: str, what: str) -> Route:
    """A file read only for what it says about the others (privacy history, the account's id, a
    default audience): neither itemised nor ignored. Its reader is the parser's `prepare` step (or a
    handler of a file in `first`), which finds it with `Context.find_one`."""
    return Route(pattern, None, what, context=True)


@dataclass(frozen=True)
class Signature:
    """A path (regex, relative to the export root) whose presence says "this is that export".

    `header`, when set, is a regex that must also match the start of the file (case-insensitive,
    `re.match` on its first HEAD_BYTES bytes, decoded, BOM dropped): for a file whose name alone says
    too little (a lone `Shares.csv` is LinkedIn's only by its header line). Such signatures only count
    where the names do not suffice (see `score_root`); only files whose path matches are read."""

    pattern: str
    weight: int = 1
    header: str = ""


HEAD_BYTES = 4096


def member_head(member: Member) -> str:
    """The first HEAD_BYTES of a member as text (encoding sniffed, BOM dropped); "" when unreadable, so
    a damaged file only fails to count for detection."""
    try:
        raw = member.read_bytes(HEAD_BYTES)
    except Exception:  # noqa: BLE001 - detection must never stop on one damaged member
        return ""
    text = raw.decode(sniff_encoding(raw), errors="replace")
    return text.lstrip("\ufeff")


@dataclass(frozen=True)
class NoState:
    """The state of a parser whose handlers record nothing for each other."""


@dataclass(frozen=True)
class ParserSpec:
    platform: str
    label: str
    signatures: tuple[Signature, ...]
    routes: tuple[Route, ...]
    # Reads context (account, privacy history) into ctx.state/ctx.info before the handlers run.
    prepare: Callable[[Context], Iterable[Problem]] | None = None
    # A source's fresh state (Context.state): the parser's own dataclass of what prepare and the
    # handlers record for each other, so every field is named and typed once (read with `state_of`).
    state: Callable[[], object] = NoState
    min_score: int = 2
    # Files that must be parsed first because later handlers read what they record in ctx.state.
    first: tuple[str, ...] = ()
    # Merge key for several archives of one export (e.g. Takeout parts): a function of container name.
    part_stem: Callable[[str], str | None] | None = None
    # Whether one export can arrive as several archives (Takeout parts, several Meta zips). Where it
    # cannot (X, LinkedIn), two archives of one account are two exports, never parts of one.
    split_archives: bool = True
    # What the export looks like, in plain words for a person whose input was not recognised
    # ("a LinkedIn export: Profile.csv, Connections.csv, Shares.csv, …"); marked with N_.
    expects: str = ""
    # The platforms its items may name that the core does not know (platforms.BUILTIN): a parser
    # module for a new platform brings its table entries here, registered when the spec is made.
    platforms: tuple[platform_table.Platform, ...] = ()

    def __post_init__(self) -> None:
        for platform in self.platforms:
            platform_table.register(platform)

    def route_for(self, relpath: str) -> Route | None:
        for route in self.routes:
            if route.compiled().fullmatch(relpath):
                return route
        return None


_CACHE: dict[str, re.Pattern[str]] = {}


def _compile(pattern: str) -> re.Pattern[str]:
    rx = _CACHE.get(pattern)
    if rx is None:
        rx = _CACHE[pattern] = re.compile(pattern, re.IGNORECASE)
    return rx


@dataclass
class Options:
    """The user's answers that the export cannot give (see the CLI)."""

    no_text: bool = False
    x_protected: bool | None = None  # None: read protected-history.js; else the user's own answer
    linkedin_member_network: str = "public"  # how to read LinkedIn's MEMBER_NETWORK visibility


@dataclass
class Context:
    """Everything a handler may consult besides its own file."""

    spec: ParserSpec
    info: SourceInfo
    members: list[Member]
    options: Options = field(default_factory=Options)
    # What prepare and the handlers record for each other: `spec.state()` unless given. Typed `object`
    # so that no parser can file a free string key there: each reads its own dataclass through
    # `state_of(ctx, ItsState)`.
    state: object = None

    def __post_init__(self) -> None:
        if self.state is None:
            self.state = self.spec.state()

    def account_key(self, kind: str, *stable_fields: object) -> str:
        """A derived key for an item that is not the user's own by a native id (a profile field, a
        followed channel, a liked post): scoped by the account, so two people's exports in one run
        never share it, and stable across two exports of the same account (see SourceInfo.owner_id)."""
        return key_prefix(self.spec.platform, kind) + key_digest(self.account_key_source(*stable_fields))

    def account_key_source(self, *stable_fields: object) -> str:
        """What account_key(kind, *stable_fields) hashes, for a model.ItemRun made with
        `key_prefix(ctx.spec.platform, kind)` (its add_hashed)."""
        return key_source("\x1eaccount", self.info.owner_id or self.info.account, *stable_fields)

    def account_key_sources(self, fixed: tuple[str, ...], *columns: Sequence[str]) -> list[str]:
        """account_key_source(*fixed, *row) for each row of `columns`, all of them text (see
        model.key_sources)."""
        return key_sources(("\x1eaccount", self.info.owner_id or self.info.account, *fixed), *columns)

    def find(self, pattern: str) -> list[Member]:
        rx = _compile(pattern)
        return [m for m in self.members if rx.fullmatch(m.relpath)]

    def find_one(self, pattern: str) -> Member | None:
        found = self.find(pattern)
        return found[0] if found else None


def state_of(ctx: Context, kind: type[State]) -> State:
    """The source's state as the parser's own class: a parser reads its state only through this (or
    a one-line accessor of its own over it), so every name in it is a typed field. A state of another
    class is a mistake in the parser (its ParserSpec.state names another class), never the data's."""
    state = ctx.state
    if not isinstance(state, kind):
        raise TypeError(f"{ctx.spec.platform}: state is {type(state).__name__}, not {kind.__name__}")
    return state


@dataclass(frozen=True)
class LinkedAccounts:
    """Accounts linked in Meta's Accounts Center: how many, and the file that lists them. The core
    reads it (guidance: an objection to AI training filed on one account covers them all)."""

    count: int
    file: str


@dataclass
class AccountsCenterState:
    """The part of a parser's state that the core reads: a state class of a platform with an
    Accounts Center derives from it."""

    linked_accounts: LinkedAccounts | None = None


RecordBody = Callable[[int, dict[str, Any]], Iterable[Yielded]]


def each_object(file: str, numbered: Iterable[tuple[int, Any]], not_one: Msg, body: RecordBody
                ) -> Iterator[Yielded]:
    """What `body(n, record)` yields for each numbered record that is a JSON object. Any other record
    is the problem `not_one` ("not a post record; skipped") at its place, and the file goes on; one the
    reader walked over without building it (too large, too deeply nested) says why instead."""
    for n, record in numbered:
        if isinstance(record, dict):
            yield from body(n, record)
        elif isinstance(record, SkippedRecord):
            yield Problem(file, record_place(n), Msg("%(reason)s: skipped", reason=record.reason))
        else:
            yield Problem(file, record_place(n), not_one)


JUNK = re.compile(r"(^|.*/)(__MACOSX/.*|\.DS_Store|Thumbs\.db|desktop\.ini|\._[^/]*)$", re.IGNORECASE)


def is_junk(path: str) -> bool:
    """OS litter that zip tools add; known, and not the export's."""
    return bool(JUNK.match(path))


def score_root(spec: ParserSpec, paths: Iterable[str], head: Callable[[str], str] | None = None
               ) -> tuple[int, str]:
    """The best export root for `spec` among `paths` and its score: the sum of the weights of the
    distinct signatures found under that root. Users zip the wrong level, so the root is wherever the
    signature files are, not a fixed prefix.

    Header signatures are a fallback for a root whose names fall short of `spec.min_score` (a partial
    download of one or two files): only there are files read (`head(path)` gives the start of a file;
    without it they never match), and only the best header weight is added, so an export whose names
    already say what it is scores as before and cannot outweigh another export around it (a LinkedIn
    export kept in a Google Drive stays part of the Takeout)."""
    named = [(re.compile(r"(?P<root>(?:.*/)?)(?:" + s.pattern + r")", re.IGNORECASE), s.weight, i)
             for i, s in enumerate(spec.signatures) if not s.header]
    headed = [(re.compile(r"(?P<root>(?:.*/)?)(?:" + s.pattern + r")", re.IGNORECASE), s.weight,
               _compile(s.header)) for s in spec.signatures if s.header]
    listed = [p for p in paths if not is_junk(p)]
    hits: dict[str, dict[int, int]] = {}
    for path in listed:
        for rx, weight, i in named:
            m = rx.fullmatch(path)
            if m:
                hits.setdefault(m.group("root"), {})[i] = weight
    scores = {root: sum(found.values()) for root, found in hits.items()}
    if headed and head is not None:
        best_header: dict[str, int] = {}
        for path in listed:
            for rx, weight, header in headed:
                m = rx.fullmatch(path)
                if not m:
                    continue
                root = m.group("root")
                if scores.get(root, 0) >= spec.min_score or best_header.get(root, 0) >= weight:
                    continue
                if header.match(head(path)):
                    best_header[root] = weight
        for root, weight in best_header.items():
            scores[root] = scores.get(root, 0) + weight
    if not scores:
        return 0, ""
    # Highest score wins; on a tie the shallowest root (the export's own top, not a nested copy).
    root = max(scores, key=lambda r: (scores[r], -r.count("/")))
    return scores[root], root


def watch_dates(handler_output: Iterable[Output], file: str) -> Generator[Output, None, None]:
    """A handler's output, plus one warning for the file when items came out undated because a date
    that was there could not be read (year 9999 with a negative offset, month 13, an epoch past year
    9999, garbage): the item is kept without a date and the file says how many, with the first place.
    An item the handler reported a problem for itself (since the item before) is not counted again."""
    watch = DateWatch()
    it = iter(handler_output)
    items = unread = first = 0
    reported = False
    try:
        while True:
            _WATCH[0], outer = watch, _WATCH[0]
            try:
                out = next(it)
            except StopIteration:
                break
            finally:
                _WATCH[0] = outer
            if isinstance(out, Item):
                items += 1
                if watch.pending and out.created_at is None and not reported:
                    unread += 1
                    first = first or items
                watch.pending = reported = False
            elif isinstance(out, ItemRun):
                # Its records' dates were all read (or absent): a handler yields a record whose date
                # could not be read as an Item of its own, after the run, and `pending` waits for it.
                items += len(out)
                reported = False
            elif isinstance(out, Problem):
                reported = True
            yield out
    except GeneratorExit:
        raise
    except BaseException:
        if unread:
            yield _unread_dates(file, unread, first)
        raise
    if unread:
        yield _unread_dates(file, unread, first)
    if watch.numbers_cut:
        yield Problem(file, WHOLE_FILE, Msg("%(n)s numbers longer than %(limit)s digits were cut "
                      "to read on: a number there may be wrong", n=Num(watch.numbers_cut),
                      limit=Num(MAX_DIGITS)), "warning")


def _unread_dates(file: str, n: int, first: int) -> Problem:
    return Problem(file, Msg("item %(n)s (the first)", n=Num(first)),
                   Msg("dates that could not be read: %(n)s; those items are kept without a date",
                       n=Num(n)), "warning")
