"""The records every parser yields: `Item` for a piece of the user's data, `Problem` for what could not
be read. Platforms differ only in parsers/; everything after parsing speaks these two types."""

from __future__ import annotations

import hashlib
import operator
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from dataclasses import fields as dataclass_fields
from datetime import UTC, datetime

# The vocabularies are declared with the item schema; platforms are in the platform table.
from . import platforms, schema
from .schema import (  # noqa: F401 - the names every module imports from here
    AI_TRAINING,
    CONFIDENCES,
    HIGH,
    KINDS,
    LIKELY,
    LOW,
    MEDIUM,
    POSSIBLE,
    PUBLIC,
    RESTRICTED,
    UNKNOWN,
    UNLIKELY,
    VISIBILITIES,
)

# What the user posted and wrote: what the report's headline counts. Connection lists (followers,
# following, connections, subscriptions) are other people's names and get a line of their own; the
# rest (reactions, messages, activity) is counted per platform.
CONTENT_KINDS = ("profile", "post", "comment", "repost", "story", "photo", "video", "article", "review",
                 "playlist")
CONNECTION_KINDS = ("connection",)

SNIPPET_CHARS = 280
_KIND_SET = frozenset(KINDS)
_VISIBILITY_SET, _CONFIDENCE_SET = frozenset(VISIBILITIES), frozenset(CONFIDENCES)


# Not frozen: a frozen dataclass sets each field through object.__setattr__, which makes building an
# Item several times slower (bench/README.md), and one is built per record of million-record files.
# Nothing changes an Item once made; `replace()` gives a changed copy.
@dataclass(slots=True)
class Item:
    """One piece of the user's data, classified.

    `key` is stable across two exports of the same account: a native id where the export has one,
    otherwise derived from stable fields (see `derived_key`), never from counters or media URLs.
    `evidence` names the file/field that decided `visibility`; `confidence` says how sure that is.
    """

    platform: str
    kind: str
    key: str
    created_at: datetime | None
    visibility: str
    evidence: str
    confidence: str
    source_file: str
    text: str = ""
    media_count: int = 0
    url: str = ""
    # Where it was posted when that matters for who sees it: "group", "dm", "circle", "page", "profile"...
    audience: str = ""
    # True when the item was public at an earlier time though it is not now (account privacy history).
    was_public: bool | None = None
    # False for what others wrote that the export carries (received messages, liked posts' text).
    own: bool = True

    def __post_init__(self) -> None:
        # Items come from parsers we write, not from user input; a bad value here is a bug in a parser,
        # so fail loudly (ValueError, not assert: asserts vanish under -O).
        if not platforms.known(self.platform):
            raise ValueError(f"unknown platform {self.platform!r}")
        if self.kind not in _KIND_SET:
            raise ValueError(f"unknown kind {self.kind!r}")
        if self.visibility not in _VISIBILITY_SET:
            raise ValueError(f"unknown visibility {self.visibility!r}")
        if self.confidence not in _CONFIDENCE_SET:
            raise ValueError(f"unknown confidence {self.confidence!r}")
        if self.created_at is not None and self.created_at.tzinfo is None:
            raise ValueError("created_at must be timezone-aware")
        if len(self.text) > SNIPPET_CHARS:
            self.text = snippet(self.text)
        url = self.url
        if url and _url_to_check(url):
            self.url = safe_url(url)

    def without_text(self) -> Item:
        return replace(self, text="")


def _url_to_check(url: str) -> bool:
    # An http(s) URL without trailing blanks is what safe_url keeps as it is: no call for it.
    return (url[-1].isspace() or not url.startswith(("https://", "http://"))) and url != safe_url(url)


_tzinfo = operator.attrgetter("tzinfo")


# The longest key source a run keeps (ItemRun.add_hashed): a run's keys are made where it is stored,
# so it holds what they hash until then, and a record's text is bounded only by the reader's record
# size (16 MB). 512 records of a run, 256 identities of the repeated-record bound: about 1 MB each.
KEY_SOURCE_MAX_CHARS = 2048


class ItemRun:
    """Items of one file that differ only in their key, date, text and link, as columns: what the
    handler of a bulk file (Takeout's My Activity: a million records of one kind) yields instead of an
    Item per record, so that the pipeline and the storing helper handle four values per record rather
    than an object (bench/README.md, seventh pass). `template` holds the shared fields, checked as any
    Item's when it was made (its own key, date, text and link are not items'); `add` checks and
    normalises a record's values as Item does; `items()` gives the Items the run stands for.

    A run made with a `key_prefix` holds derived keys as what they are made from (`add_hashed`: the
    text derived_key hashes) and makes them when `keys` is first read: the storing helper does that,
    not the process reading the file (a record's hash was a tenth of that process's time)."""

    __slots__ = ("template", "key_prefix", "key_sources", "_keys", "created", "texts", "urls")

    def __init__(self, template: Item, key_prefix: str | None = None) -> None:
        self.template = template
        self.key_prefix = key_prefix  # key_prefix(platform, kind): the keys are made from key_sources
        self.key_sources: list[str] = []
        self._keys: list[str] | None = [] if key_prefix is None else None
        self.created: list[datetime | None] = []
        self.texts: list[str] = []
        self.urls: list[str] = []

    def add(self, key: str, created_at: datetime | None, text: str, url: str) -> None:
        if self.key_prefix is not None:
            raise ValueError("a run of derived keys takes what they are made from (add_hashed)")
        self._append(created_at, text, url)
        self._keys.append(key)  # type: ignore[union-attr]  # a list without a key prefix

    def add_hashed(self, key_source: str, created_at: datetime | None, text: str, url: str) -> None:
        """A record whose key is derived: `key_source`, what key_digest hashes (see key_source), of at
        most KEY_SOURCE_MAX_CHARS (a longer one is hashed where it is read: derived_key)."""
        if self.key_prefix is None:
            raise ValueError("a run of given keys takes the keys (add)")
        if len(key_source) > KEY_SOURCE_MAX_CHARS:
            raise ValueError("a key source this long is hashed where it is read (derived_key)")
        self._append(created_at, text, url)
        self.key_sources.append(key_source)

    def extend_hashed(self, key_sources: list[str], created: list[datetime | None], texts: list[str],
                      urls: list[str], links_checked: bool = False) -> None:
        """add_hashed for many records at once (columns of one length), with the same checks and
        normalising, each made over a whole column: a bulk file's common case (see
        parsers/google.py's activity_json) costs a few list operations, not a call per record.
        `links_checked`: every link went through a check at least as strict as Item's (an http(s)
        URL without blanks at its ends, or none), and is taken as it is."""
        if self.key_prefix is None:
            raise ValueError("a run of given keys takes the keys (add)")
        if not len(key_sources) == len(created) == len(texts) == len(urls):
            raise ValueError("the columns differ in length")
        if not key_sources:
            return
        if max(map(len, key_sources)) > KEY_SOURCE_MAX_CHARS:
            raise ValueError("a key source this long is hashed where it is read (derived_key)")
        try:
            zones = set(map(_tzinfo, created))
        except AttributeError:  # some dates are None
            zones = {d.tzinfo for d in created if d is not None}
        if None in zones:
            raise ValueError("created_at must be timezone-aware")
        if max(map(len, texts)) > SNIPPET_CHARS:
            texts = [t if len(t) <= SNIPPET_CHARS else snippet(t) for t in texts]
        if not links_checked:
            urls = [safe_url(u) if u and _url_to_check(u) else u for u in urls]
        self.key_sources += key_sources
        self.created += created
        self.texts += texts
        self.urls += urls

    def _append(self, created_at: datetime | None, text: str, url: str) -> None:
        if created_at is not None and created_at.tzinfo is None:
            raise ValueError("created_at must be timezone-aware")
        if len(text) > SNIPPET_CHARS:
            text = snippet(text)
        if url and _url_to_check(url):
            url = safe_url(url)
        self.created.append(created_at)
        self.texts.append(text)
        self.urls.append(url)

    @property
    def keys(self) -> list[str]:
        if self._keys is None:
            assert self.key_prefix is not None
            self._keys = hashed_keys(self.key_prefix, self.key_sources)
        return self._keys

    def identities(self) -> list[str]:
        """What tells the records apart as their keys do, without making derived keys: the keys, or
        for derived ones what they are made from."""
        return self.key_sources if self.key_prefix is not None else self.keys

    def __len__(self) -> int:
        return len(self.created)

    def rows(self, keep: list[int] | None = None) -> ItemRun:
        """The same run with only the rows at `keep` (all of them when None)."""
        if keep is None:
            return self
        run = ItemRun(self.template, self.key_prefix)
        if self._keys is not None:  # given keys, or derived ones already made
            run._keys = [self._keys[i] for i in keep]
        if self.key_prefix is not None:
            run.key_sources = [self.key_sources[i] for i in keep]
        run.created, run.texts = [self.created[i] for i in keep], [self.texts[i] for i in keep]
        run.urls = [self.urls[i] for i in keep]
        return run

    def items(self) -> Iterator[Item]:
        template = self.template
        for key, created, text, url in zip(self.keys, self.created, self.texts, self.urls, strict=True):
            yield replace(template, key=key, created_at=created, text=text, url=url)


def _check_item_schema() -> None:
    """Item is written out for readers and type checkers; it must be schema.ITEM_FIELDS' items."""
    declared = [(f.name, f.type) for f in dataclass_fields(Item)]
    expected = [(f.name, f.py_type) for f in schema.ITEM_FIELDS if f.item]
    if declared != expected:
        raise TypeError(f"model.Item's fields {declared} are not schema.ITEM_FIELDS {expected}")


_check_item_schema()


@dataclass(frozen=True, slots=True)
class Problem:
    """Something that could not be read: which file, where in it, and why. Never the user's content."""

    file: str
    place: str
    reason: str
    severity: str = "error"  # "error": data was lost; "warning": read, but repaired or guessed


@dataclass
class SourceInfo:
    """What is known about one export (possibly merged from several archives)."""

    platform: str
    label: str
    account: str = ""
    # A stable identity of the account for scoping item keys (X's accountId, a Google e-mail address):
    # never shown; empty means `account` is the best there is.
    owner_id: str = ""
    export_date: datetime | None = None
    archives: list[str] = field(default_factory=list)
    root: str = ""
    export_format: str = "json"  # "json", "csv", "html" (Meta/Google HTML exports can't be itemised)
    region_hint: str = ""  # a country or region named by the export, for the policy rules
    region_hint_evidence: str = ""
    birth_date: str = ""  # as the export gives it (may lack a year)
    notices: list[str] = field(default_factory=list)  # one-line facts the user must read
    caveats: list[str] = field(default_factory=list)  # assumptions behind the classification


# Who a platform shows a connection list to (followers, following, connections, friends,
# subscriptions), as its settings or the account's privacy say.
EVERYONE, CONNECTIONS_ONLY, ONLY_YOU, NOT_SAID = "everyone", "connections", "only_you", ""


def __getattr__(name: str) -> object:
    # PLATFORMS was a constant here; the table can grow (a parser module may register a platform),
    # so it is read from the table each time.
    if name == "PLATFORMS":
        return platforms.names()
    raise AttributeError(name)


def connection_visibility(shown_to: str) -> str:
    """One rule for connection lists on every platform: an entry is public where the platform shows
    the list to everyone (a public X or Instagram account's followers), restricted where it shows it
    to the account's connections or followers only, or to nobody but the user, and unknown where the
    export does not say. The list names other people: no platform's AI policy lists it as content,
    so it is never counted in the headline (see CONNECTION_KINDS)."""
    if shown_to == EVERYONE:
        return PUBLIC
    if shown_to in (CONNECTIONS_ONLY, ONLY_YOU):
        return RESTRICTED
    return UNKNOWN


def safe_url(url: str) -> str:
    """Only http(s) links survive; `javascript:`, `data:` and the like become no link at all."""
    u = (url or "").strip()
    return u if u.lower().startswith(("https://", "http://")) else ""


def snippet(text: str, limit: int = SNIPPET_CHARS) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def derived_key(platform: str, kind: str, *stable_fields: object) -> str:
    """A key for items without a native id, from fields that do not drift between exports."""
    return key_prefix(platform, kind) + key_digest(key_source(*stable_fields))


def key_source(*stable_fields: object) -> str:
    """What derived_key hashes: the fields joined (None as "", anything else but text as its str())."""
    # It runs once per item of a million-record file: fields that are all text are joined as they are.
    try:
        return "\x1f".join(stable_fields)  # type: ignore[arg-type]
    except TypeError:
        return "\x1f".join([f if isinstance(f, str) else "" if f is None else str(f) for f in stable_fields])


def key_sources(fixed: tuple[str, ...], *columns: Sequence[str]) -> list[str]:
    """key_source(*fixed, *row) for each row of `columns`, all of them text, made a column at a time."""
    head, join = key_source(*fixed, ""), "\x1f".join  # the fixed fields and the separator after them
    return [head + join(row) for row in zip(*columns, strict=True)]


def key_digest(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def key_prefix(platform: str, kind: str) -> str:
    """derived_key(platform, kind, *f) is key_prefix(platform, kind) + key_digest(key_source(*f))."""
    return f"{platform}:{kind}:h"


def hashed_keys(prefix: str, sources: list[str]) -> list[str]:
    """The derived keys of `sources` (key_source's texts), each `prefix` (key_prefix's) and its digest."""
    # key_digest written out: a call per key was 0.1-0.2 µs of 0.8, for 1.2 million My Activity keys
    # in the storing helper (tests hold the two to derived_key's keys).
    sha256 = hashlib.sha256
    return [prefix + sha256(s.encode("utf-8", "surrogatepass")).hexdigest()[:20] for s in sources]


def utc(dt: datetime) -> datetime:
    """Aware UTC datetime; naive values are taken as UTC (exports without a zone are UTC in practice)."""
    if dt.tzinfo is None:
        return dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)
