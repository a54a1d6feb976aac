"""What a platform parser is: signature files for detection, a table of path patterns → handlers,
and an optional `prepare` step that reads account-level context (privacy history, owner id) before the
handlers run. The core dispatches every member of a source through that table, so every file ends up
parsed, known-ignored or unknown."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .archive import Member
from .model import Item, Problem, SourceInfo, derived_key

Yielded = Item | Problem
Handler = Callable[[Member, "Context"], Iterable[Yielded]]


@dataclass(frozen=True)
class Route:
    """`pattern` is matched (whole, case-insensitive) against the path relative to the export root.
    `handler` None means "known, deliberately not itemised" (`what` says what it is and why)."""

    pattern: str
    handler: Handler | None
    what: str

    def compiled(self) -> re.Pattern[str]:
        return _compile(self.pattern)


@dataclass(frozen=True)
class Signature:
    """A path (regex, relative to the export root) whose presence says "this is that export"."""

    pattern: str
    weight: int = 1


@dataclass(frozen=True)
class ParserSpec:
    platform: str
    label: str
    signatures: tuple[Signature, ...]
    routes: tuple[Route, ...]
    # Reads context (account, privacy history) into ctx.state/ctx.info before the handlers run.
    prepare: Callable[[Context], Iterable[Problem]] | None = None
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
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Context:
    """Everything a handler may consult besides its own file."""

    spec: ParserSpec
    info: SourceInfo
    members: list[Member]
    options: Options = field(default_factory=Options)
    state: dict[str, Any] = field(default_factory=dict)

    def account_key(self, kind: str, *stable_fields: object) -> str:
        """A derived key for an item that is not the user's own by a native id (a profile field, a
        followed channel, a liked post): scoped by the account, so two people's exports in one run
        never share it, and stable across two exports of the same account (see SourceInfo.owner_id)."""
        owner = self.info.owner_id or self.info.account
        return derived_key(self.spec.platform, kind, "\x1eaccount", owner, *stable_fields)

    def find(self, pattern: str) -> list[Member]:
        rx = _compile(pattern)
        return [m for m in self.members if rx.fullmatch(m.relpath)]

    def find_one(self, pattern: str) -> Member | None:
        found = self.find(pattern)
        return found[0] if found else None


JUNK = re.compile(r"(^|.*/)(__MACOSX/.*|\.DS_Store|Thumbs\.db|desktop\.ini|\._[^/]*)$", re.IGNORECASE)


def is_junk(path: str) -> bool:
    """OS litter that zip tools add; known, and not the export's."""
    return bool(JUNK.match(path))


def score_root(spec: ParserSpec, paths: Iterable[str]) -> tuple[int, str]:
    """The best export root for `spec` among `paths` and its score: the sum of the weights of the
    distinct signatures found under that root. Users zip the wrong level, so the root is wherever the
    signature files are, not a fixed prefix."""
    sigs = [(re.compile(r"(?P<root>(?:.*/)?)(?:" + s.pattern + r")", re.IGNORECASE), s.weight, i)
            for i, s in enumerate(spec.signatures)]
    hits: dict[str, dict[int, int]] = {}
    for path in paths:
        if is_junk(path):
            continue
        for rx, weight, i in sigs:
            m = rx.fullmatch(path)
            if m:
                hits.setdefault(m.group("root"), {})[i] = weight
    if not hits:
        return 0, ""
    # Highest score wins; on a tie the shallowest root (the export's own top, not a nested copy).
    root, found = max(hits.items(), key=lambda kv: (sum(kv[1].values()), -kv[0].count("/")))
    return sum(found.values()), root


def dispatch(ctx: Context, member: Member) -> tuple[Route | None, Iterator[Yielded]]:
    route = ctx.spec.route_for(member.relpath)
    if route is None or route.handler is None:
        return route, iter(())
    return route, iter(route.handler(member, ctx))
