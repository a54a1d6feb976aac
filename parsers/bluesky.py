"""Bluesky repository export (Settings → Account → Export my data → `repo.car`): a CAR v1 file, a
DAG-CBOR header `{version, roots}` then blocks `varint(length) CID bytes`, each a commit, a
Merkle-search-tree node or one record.

The blocks are streamed one at a time, each capped in size (the length prefix is the file's word, so
a block claiming more than MAX_BLOCK is a problem and the rest of the file is not trusted), and
decoded with cbor2. Records are told by their own `$type`; only `app.bsky.*` records are Bluesky's
(other AT Protocol apps write to the same repository: their records, some post-like, are counted, not
itemised). Everything in a repository is public by the protocol's design: anyone can download it
without logging in. Keys are the records' content ids (CIDs), which do not change while the record
does not. docs/formats/bluesky.md describes the layout."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any, BinaryIO

import cbor2

from ai_exposure.archive import Member
from ai_exposure.i18n import N_, Msg, Num
from ai_exposure.model import EVERYONE, HIGH, PUBLIC, Item, Problem, connection_visibility
from ai_exposure.parsing import Context, ParserSpec, Route, Signature, Verdict
from ai_exposure.platforms import Platform
from ai_exposure.readers import parse_iso

from ._policies import policy_text

PLATFORM = "bluesky"
Yielded = Item | Problem

BLUESKY = Platform(PLATFORM, "Bluesky", "#1185fe", "#6fb6ff", text_colour="#0b62c4",
                   policy_toml=policy_text(PLATFORM))

# A record is at most 1 MiB in the AT Protocol (MST nodes and commits are far smaller); a block's
# CID is tens of bytes. A length beyond that is not a repository's.
MAX_BLOCK = 2 << 20
MAX_HEADER = 1 << 16
MAX_NESTING = 64  # a post nests about six deep (embed → record → …)

# $type -> (kind, own): the records that are the person's Bluesky activity.
RECORD_KINDS: dict[str, tuple[str, bool]] = {
    "app.bsky.feed.post": ("post", True),
    "app.bsky.feed.repost": ("repost", True),
    "app.bsky.feed.like": ("reaction", False),
    "app.bsky.actor.profile": ("profile", True),
    "app.bsky.graph.follow": ("connection", False),
    "app.bsky.graph.block": ("connection", False),
}


class CarError(Exception):
    """The CAR file is broken at `offset`: nothing after it can be trusted."""

    def __init__(self, offset: int, reason: Msg) -> None:
        super().__init__(str(reason))
        self.offset = offset
        self.reason = reason


def _varint(stream: BinaryIO, offset: int) -> tuple[int | None, int]:
    """(value, bytes read) of an unsigned LEB128 varint; (None, 0) at a clean end of the file."""
    value = shift = 0
    for n in range(1, 10):
        byte = stream.read(1)
        if not byte:
            if n == 1:
                return None, 0
            raise CarError(offset, Msg("the file ends inside a length"))
        value |= (byte[0] & 0x7F) << shift
        if not byte[0] & 0x80:
            return value, n
        shift += 7
    raise CarError(offset, Msg("a length of more than nine bytes"))


def _cid_length(data: bytes, offset: int) -> int:
    """The length of the CID at the start of a block's bytes (CIDv0: 34 bytes; CIDv1: version, codec,
    hash code, digest length, digest)."""
    if data[:2] == b"\x12\x20":
        return 34
    pos = 0
    fields = []
    for _ in range(4):
        value = shift = 0
        while True:
            if pos >= len(data):
                raise CarError(offset, Msg("a block's content id is cut short"))
            byte = data[pos]
            pos += 1
            value |= (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80:
                break
            if shift > 63:
                raise CarError(offset, Msg("a block's content id is malformed"))
        fields.append(value)
    if fields[0] != 1:
        raise CarError(offset, Msg("a block's content id is malformed"))
    end = pos + fields[3]
    if end > len(data):
        raise CarError(offset, Msg("a block's content id is cut short"))
    return end


def blocks(stream: BinaryIO) -> Iterator[tuple[int, bytes, bytes | None]]:
    """(offset, CID bytes, block data) of every block after the header, streamed; data None for a
    block longer than MAX_BLOCK (read over, not kept); CarError where the file stops being a CAR v1
    file (a header that is not `{version: 1, roots}`, a cut block)."""
    length, used = _varint(stream, 0)
    if length is None or length == 0 or length > MAX_HEADER:
        raise CarError(0, Msg("not a CAR file (no header)"))
    header = stream.read(length)
    try:
        decoded = cbor2.loads(header) if len(header) == length else None
    except (cbor2.CBORDecodeError, ValueError, RecursionError):
        decoded = None
    if not isinstance(decoded, dict) or decoded.get("version") != 1 or "roots" not in decoded:
        raise CarError(0, Msg("not a CAR v1 file (its header is not {version: 1, roots})"))
    offset = used + length
    while True:
        length, used = _varint(stream, offset)
        if length is None:
            return
        if length > MAX_BLOCK:
            # Read over, never built: the block alone is lost (a length past the end of the file is
            # found out when the file ends).
            left = length
            while left:
                chunk = stream.read(min(left, 1 << 20))
                if not chunk:
                    raise CarError(offset, Msg("a block claims %(n)s bytes, more than the rest of the file",
                                               n=Num(length)))
                left -= len(chunk)
            yield offset, b"", None
            offset += used + length
            continue
        data = stream.read(length)
        if len(data) < length:
            raise CarError(offset, Msg("the file ends inside a block"))
        cid_end = _cid_length(data, offset)
        yield offset, data[:cid_end], data[cid_end:]
        offset += used + length


def _nesting(value: Any, depth: int = 0) -> int:
    if depth > MAX_NESTING:
        return depth
    if isinstance(value, dict):
        return max((_nesting(v, depth + 1) for v in value.values()), default=depth)
    if isinstance(value, list):
        return max((_nesting(v, depth + 1) for v in value), default=depth)
    return depth


def decode(data: bytes) -> Any:
    """A block's DAG-CBOR value; ValueError when it is not one or nests deeper than MAX_NESTING."""
    try:
        value = cbor2.loads(data)
    except (cbor2.CBORDecodeError, RecursionError, OverflowError, MemoryError) as exc:
        raise ValueError(type(exc).__name__) from None
    if _nesting(value) > MAX_NESTING:
        raise ValueError("nested too deeply")
    return value


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _strong_ref(value: Any) -> str:
    return _text(value.get("uri")) if isinstance(value, dict) else ""


VERDICT = Verdict(PUBLIC, Msg("repo.car: the repository is public by the AT Protocol's design: anyone "
                              "can download it without logging in"), HIGH)


def _cid(value: Any) -> bytes:
    """The CID bytes of a DAG-CBOR link (tag 42: a zero byte, then the CID); b"" for anything else."""
    if isinstance(value, cbor2.CBORTag) and value.tag == 42 and isinstance(value.value, bytes):
        return value.value[1:]
    return b""


def tree_paths(node: Any) -> Iterator[tuple[bytes, str]]:
    """(record CID, "collection/rkey") of the entries of one Merkle-search-tree node `{l, e: [{p, k,
    v, t}]}`: each key is the previous entry's first `p` bytes followed by `k`."""
    entries = node.get("e") if isinstance(node, dict) else None
    if not isinstance(entries, list):
        return
    previous = b""
    for entry in entries:
        if not isinstance(entry, dict):
            return
        prefix, rest = entry.get("p"), entry.get("k")
        if not isinstance(prefix, int) or not isinstance(rest, bytes) or not 0 <= prefix <= len(previous):
            return
        previous = previous[:prefix] + rest
        cid = _cid(entry.get("v"))
        if cid:
            yield cid, previous.decode("utf-8", "replace")


def record_item(member: Member, cid: bytes, record: dict[str, Any], did: str, path: str = ""
                ) -> Item | None:
    """The item a Bluesky record is, or None for a record of another kind or app. `path`: its
    "collection/rkey" in the repository's tree ("" when no tree node names it): the collection
    decides what the record is where it is known, and the path gives a key that stays the same
    across exports (an edited profile keeps its key) and the post's address on bsky.app."""
    collection, _, rkey = path.partition("/")
    record_type = collection or _text(record.get("$type"))
    kind_own = RECORD_KINDS.get(record_type)
    if kind_own is None:
        return None
    kind, own = kind_own
    type_name = record_type.rsplit(".", 1)[-1]
    url = ""
    text = ""
    media = 0
    if kind == "post":
        text = _text(record.get("text"))
        reply = record.get("reply")
        parent = _strong_ref(reply.get("parent")) if isinstance(reply, dict) else ""
        # A reply to someone else's post is a comment; one in a thread of one's own a post.
        if parent and not (did and parent.startswith(f"at://{did}/")):
            kind = "comment"
        embed = record.get("embed")
        if isinstance(embed, dict) and isinstance(embed.get("images"), list):
            media = len(embed["images"])
        elif isinstance(embed, dict) and _text(embed.get("$type")).endswith(".video"):
            media = 1
        if did and rkey:
            url = f"https://bsky.app/profile/{did}/post/{rkey}"
    elif kind == "profile":
        text = "\n".join(t for t in (_text(record.get("displayName")), _text(record.get("description")))
                         if t)
        if did:
            url = f"https://bsky.app/profile/{did}"
    else:
        subject = record.get("subject")
        url = _strong_ref(subject) or _text(subject)
    key = f"{PLATFORM}:{path}" if rkey else f"{PLATFORM}:{type_name}:{cid.hex()}"
    # Follows and blocks are lists shown to everyone (model.connection_visibility's rule).
    visibility = connection_visibility(EVERYONE) if kind == "connection" else VERDICT.visibility
    return Item(platform=PLATFORM, kind=kind, key=key,
                created_at=parse_iso(_text(record.get("createdAt"))), visibility=visibility,
                evidence=VERDICT.evidence, confidence=VERDICT.confidence, source_file=member.relpath,
                text=text, url=url if url.startswith("https://") else "", media_count=media,
                audience="profile" if kind == "profile" else "", own=own)


def asks_logged_out_hidden(profile: dict[str, Any]) -> bool:
    """The profile's self-label `!no-unauthenticated` ("Discourage apps from showing my account to
    logged-out users"): a request to apps, not a limit on who can read the repository."""
    labels = profile.get("labels")
    values = labels.get("values") if isinstance(labels, dict) else None
    return isinstance(values, list) and any(
        isinstance(v, dict) and v.get("val") == "!no-unauthenticated" for v in values)


# Records a repository may name in its tree before the rest is not read for paths (a path is about
# 60 bytes; far more records than any account has).
MAX_PATHS = 2_000_000


def _tree(member: Member, ctx: Context) -> tuple[str, dict[bytes, str]]:
    """First pass: the account's DID (from the commit) and every record's path (from the tree
    nodes), since blocks come in no guaranteed order. A broken file stops this pass quietly: the
    second pass reports it."""
    did = ""
    paths: dict[bytes, str] = {}
    with member.open() as stream:
        try:
            for _, _, data in blocks(stream):
                try:
                    value = decode(data) if data is not None else None
                except ValueError:
                    continue
                if not isinstance(value, dict) or "$type" in value:
                    continue
                if isinstance(value.get("did"), str) and "data" in value:
                    did = value["did"]
                elif "e" in value and len(paths) < MAX_PATHS:
                    paths.update(tree_paths(value))
        except CarError:
            pass
    return did, paths


def repository(member: Member, ctx: Context) -> Iterator[Yielded]:
    file = member.relpath
    others: Counter[str] = Counter()
    did, paths = _tree(member, ctx)
    if did:
        ctx.info.owner_id = ctx.info.owner_id or did
        ctx.info.account = ctx.info.account or did
    with member.open() as stream:
        try:
            for offset, cid, data in blocks(stream):
                if data is None:
                    yield Problem(file, Msg("byte %(n)s", n=Num(offset)), Msg(
                        "a block larger than any repository block (%(limit)s bytes); skipped",
                        limit=Num(MAX_BLOCK)))
                    continue
                try:
                    value = decode(data)
                except ValueError as exc:
                    yield Problem(file, Msg("byte %(n)s", n=Num(offset)),
                                  Msg("a block that is not DAG-CBOR (%(detail)s); skipped", detail=str(exc)))
                    continue
                # The commit and the tree nodes ({l, e}) hold no content of their own.
                if not isinstance(value, dict) or "$type" not in value:
                    continue
                path = paths.get(cid, "")
                item = record_item(member, cid, value, did, path)
                if item is not None and item.kind == "profile" and asks_logged_out_hidden(value):
                    ctx.info.notices.append(Msg(
                        "%(file)s: your profile carries the !no-unauthenticated label: it asks apps not "
                        "to show your account to people who are not logged in; your posts stay public "
                        "and downloadable all the same", file=file))
                if item is None:
                    collection = path.partition("/")[0] or _text(value.get("$type"))
                    others[collection or "?"] += 1
                else:
                    yield item
        except CarError as exc:
            yield Problem(file, Msg("byte %(n)s", n=Num(exc.offset)), exc.reason)
    if others:
        ctx.info.notices.append(Msg(
            "%(file)s holds %(n)s records of other kinds or of other AT Protocol apps (%(apps)s): counted "
            "here, not as Bluesky posts", file=file, n=Num(sum(others.values())),
            apps=", ".join(f"{name} {count}" for name, count in others.most_common(8))))


SPEC = ParserSpec(
    platform=PLATFORM,
    label=N_("Bluesky repository export"),
    signatures=(Signature(r"repo\.car", 2),),
    routes=(
        Route(r"(?:[^/]+/)*[^/]*\.car", repository, "your repository: posts, replies, reposts, likes, "
              "follows and profile"),
    ),
    split_archives=False,
    expects=N_("a Bluesky repository export: repo.car"),
    platforms=(BLUESKY,),
)
