"""Mastodon account archive (Preferences → Import and export → Request your archive): a zip (a
tar.gz before 2023) holding `outbox.json`, `actor.json`, `likes.json`, `bookmarks.json`, the avatar
and header images and `media_attachments/`.

Every status carries its exact audience in its ActivityPub addressing (`to`/`cc`), so visibility is
decided per item with high confidence (see `audience_verdict`): public (`as:Public` in `to`),
unlisted (`as:Public` in `cc`), followers-only (the account's followers collection, no Public) and
direct (only mentioned accounts: Mastodon's direct messages, told apart by nothing else).
docs/formats/mastodon.md lists the shapes seen in real archives of 2022 and 2026."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ai_exposure.archive import Member
from ai_exposure.i18n import N_, Msg
from ai_exposure.model import HIGH, LOW, MEDIUM, PUBLIC, RESTRICTED, UNKNOWN, Item, Problem
from ai_exposure.parsing import Context, ParserSpec, Route, Signature, Verdict, each_object
from ai_exposure.platforms import Platform
from ai_exposure.readers import ReadError, iter_json_array, json_stream, load_json, parse_iso

from ._policies import policy_text

PLATFORM = "mastodon"
Yielded = Item | Problem

# ActivityStreams' public collection, in the three spellings servers write.
PUBLIC_ADDRESSES = frozenset(("https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public"))

MASTODON = Platform(PLATFORM, "Mastodon", "#563acc", "#a391f2", policy_toml=policy_text(PLATFORM))


@dataclass(frozen=True)
class Account:
    """What actor.json says that the statuses are read against (the parser's state)."""

    actor: str = ""  # the actor id: own statuses' ids start with it
    followers: str = ""  # the followers collection's id, as followers-only statuses address it
    locked: bool | None = None  # manuallyApprovesFollowers


def _account(ctx: Context) -> Account:
    account = ctx.state.get(PLATFORM)
    return account if isinstance(account, Account) else Account()


def prepare(ctx: Context) -> Iterator[Problem]:
    member = ctx.find_one(r"actor\.json")
    if member is None:
        return
    try:
        actor = load_json(member)
    except ReadError as exc:
        yield Problem(member.relpath, exc.place, exc.reason)
        return
    if not isinstance(actor, dict):
        yield Problem(member.relpath, Msg("whole file"), Msg("not an actor object"))
        return
    actor_id = _str(actor.get("id"))
    locked = actor.get("manuallyApprovesFollowers")
    ctx.state[PLATFORM] = Account(actor_id, _str(actor.get("followers")),
                                  locked if isinstance(locked, bool) else None)
    ctx.info.owner_id = actor_id
    host = urlsplit(actor_id).hostname or ""
    name = _str(actor.get("preferredUsername"))
    ctx.info.account = f"@{name}@{host}" if name and host else name


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _addresses(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


# ---------------------------------------------------------------- the rule (pure)

def audience_verdict(file: str, to: Any, cc: Any, followers: str) -> Verdict:
    """Who a status was shown to, from its addressing, as Mastodon writes it
    (ActivityPub::TagManager#to/#cc): the public collection in `to` is public, in `cc` unlisted
    (readable by anyone, kept off public timelines); the followers collection without the public one
    is followers-only; mentioned accounts alone are a direct message."""
    to_list, cc_list = _addresses(to), _addresses(cc)
    if PUBLIC_ADDRESSES.intersection(to_list):
        return Verdict(PUBLIC, Msg("%(file)s: to holds the public collection (a public status)",
                                   file=file), HIGH, audience="public")
    if PUBLIC_ADDRESSES.intersection(cc_list):
        return Verdict(PUBLIC, Msg("%(file)s: cc holds the public collection (an unlisted status, "
                                   "readable by anyone)", file=file), HIGH, audience="unlisted")
    addressed = to_list + cc_list
    if any(a == followers or (not followers and a.endswith("/followers")) for a in addressed):
        return Verdict(RESTRICTED, Msg("%(file)s: to/cc hold the followers collection and not the "
                                       "public one (followers only)", file=file), HIGH,
                       audience="followers")
    # Neither the public nor the followers: the mentioned accounts alone (none left when they were
    # deleted since): a direct status, as Mastodon writes it.
    return Verdict(RESTRICTED, Msg("%(file)s: to/cc hold neither the public nor the followers "
                                   "collection, only mentioned accounts (a direct message)", file=file),
                   HIGH, audience="direct")


_BREAK = re.compile(r"<br\s*/?>|</p>\s*<p[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]{0,2000}>")


def plain_text(content: str) -> str:
    """A status' HTML `content` as text: line breaks kept, tags dropped, entities decoded."""
    return html.unescape(_TAG.sub("", _BREAK.sub("\n", content))).strip()


def status_kind(verdict: Verdict, in_reply_to: str, actor: str) -> str:
    """A direct status is a message; a reply to someone else's status a comment; the rest (a reply
    in one's own thread too) a post."""
    if verdict.audience == "direct":
        return "message"
    if in_reply_to and not (actor and in_reply_to.startswith(actor.rstrip("/") + "/")):
        return "comment"
    return "post"


# ---------------------------------------------------------------- handlers

def _records(member: Member) -> Iterable[tuple[int, Any]]:
    return enumerate(iter_json_array(json_stream(member), "orderedItems.item"), 1)


def outbox(member: Member, ctx: Context) -> Iterator[Yielded]:
    """`outbox.json`: an OrderedCollection of `Create` (own statuses, polls as `Question`) and
    `Announce` (boosts) activities; `totalItems` is not the list's length in real archives."""
    account = _account(ctx)
    file = member.relpath
    verdicts: dict[tuple[str, ...], Verdict] = {}

    def verdict_for(to: Any, cc: Any) -> Verdict:
        key = tuple(_addresses(to)) + ("\x00",) + tuple(_addresses(cc))
        found = verdicts.get(key)
        if found is None:
            found = verdicts[key] = audience_verdict(file, to, cc, account.followers)
        return found

    def activity(n: int, record: dict[str, Any]) -> Iterator[Yielded]:
        kind = record.get("type")
        obj = record.get("object")
        if kind == "Announce":
            target = obj if isinstance(obj, str) else _str(obj.get("id")) if isinstance(obj, dict) else ""
            verdict = verdict_for(record.get("to"), record.get("cc"))
            key = _str(record.get("id")) or target
            if not key:
                yield Problem(file, Msg("item %(n)s", n=n), Msg("a boost without an id; skipped"))
                return
            yield _item(member, "repost", f"{PLATFORM}:boost:{key}", parse_iso(_str(record.get("published"))),
                        verdict, url=target)
            return
        if kind != "Create" or not isinstance(obj, dict):
            yield Problem(file, Msg("item %(n)s", n=n),
                          Msg("not a status (Create) or a boost (Announce); skipped"))
            return
        status_id = _str(obj.get("id")) or _str(record.get("id"))
        if not status_id:
            yield Problem(file, Msg("item %(n)s", n=n), Msg("a status without an id; skipped"))
            return
        # The object's addressing is the status' own; the activity's is the same in real archives.
        to = obj.get("to") if "to" in obj else record.get("to")
        cc = obj.get("cc") if "cc" in obj else record.get("cc")
        verdict = verdict_for(to, cc)
        text = plain_text(_str(obj.get("content")))
        summary = _str(obj.get("summary"))
        if summary:  # a content warning is shown above the text
            text = f"{summary}\n{text}" if text else summary
        attachments = obj.get("attachment")
        yield _item(member, status_kind(verdict, _str(obj.get("inReplyTo")), account.actor),
                    f"{PLATFORM}:status:{status_id}",
                    parse_iso(_str(obj.get("published")) or _str(record.get("published"))), verdict,
                    text=text, url=_str(obj.get("url")) or status_id,
                    media_count=len(attachments) if isinstance(attachments, list) else 0)

    yield from each_object(file, _records(member), Msg("not an activity record; skipped"), activity)


def profile(member: Member, ctx: Context) -> Iterator[Yielded]:
    """`actor.json`: the display name, bio and profile fields, shown to anyone on the profile page."""
    try:
        actor = load_json(member)
    except ReadError as exc:
        yield Problem(member.relpath, exc.place, exc.reason)
        return
    if not isinstance(actor, dict):
        yield Problem(member.relpath, Msg("whole file"), Msg("not an actor object"))
        return
    verdict = Verdict(PUBLIC, Msg("%(file)s: a Mastodon profile is public", file=member.relpath), HIGH,
                      audience="profile")
    created = parse_iso(_str(actor.get("published")))
    url = _str(actor.get("url"))
    fields = [("name", _str(actor.get("name"))), ("summary", plain_text(_str(actor.get("summary"))))]
    attachment = actor.get("attachment")
    for n, entry in enumerate(attachment if isinstance(attachment, list) else (), 1):
        # Profile fields are PropertyValue entries; any entry with a name and a value is read as one.
        if isinstance(entry, dict) and isinstance(entry.get("value"), str):
            fields.append((f"field:{_str(entry.get('name'))}", plain_text(entry["value"])))
        else:
            yield Problem(member.relpath, Msg("attachment %(n)s", n=n), Msg("not a profile field; skipped"))
    for name, value in fields:
        if value:
            yield _item(member, "profile", ctx.account_key("profile", name), created, verdict,
                        text=value, url=url)


def likes(member: Member, ctx: Context) -> Iterator[Yielded]:
    """`likes.json`: the URIs of the statuses you favourited, no dates. A favourite shows in the
    status' "favourited by" list to whoever can see that status, whose audience the file does not give."""
    verdict = Verdict(UNKNOWN, Msg("%(file)s: a favourite is shown with the status to whoever can see "
                                   "it; the file does not say who that is", file=member.relpath), LOW)
    yield from _uris(member, ctx, "reaction", verdict)


def bookmarks(member: Member, ctx: Context) -> Iterator[Yielded]:
    """`bookmarks.json`: the URIs of statuses you bookmarked; bookmarks are seen by you alone."""
    verdict = Verdict(RESTRICTED, Msg("%(file)s: bookmarks are visible only to you", file=member.relpath),
                      MEDIUM)
    yield from _uris(member, ctx, "activity", verdict)


def _uris(member: Member, ctx: Context, kind: str, verdict: Verdict) -> Iterator[Yielded]:
    for n, uri in _records(member):
        if not isinstance(uri, str) or not uri:
            yield Problem(member.relpath, Msg("item %(n)s", n=n), Msg("not a status address; skipped"))
            continue
        yield _item(member, kind, ctx.account_key(kind, uri), None, verdict, url=uri, own=kind != "reaction")


def _item(member: Member, kind: str, key: str, created: Any, verdict: Verdict, text: str = "",
          url: str = "", media_count: int = 0, own: bool = True) -> Item:
    return Item(platform=PLATFORM, kind=kind, key=key, created_at=created,
                visibility=verdict.visibility, evidence=verdict.evidence, confidence=verdict.confidence,
                source_file=member.relpath, text=text, url=url, media_count=media_count,
                audience=verdict.audience, was_public=verdict.was_public, own=own)


SPEC = ParserSpec(
    platform=PLATFORM,
    label=N_("Mastodon archive"),
    signatures=(Signature(r"outbox\.json"), Signature(r"actor\.json")),
    routes=(
        Route(r"outbox\.json", outbox, "your statuses (with their audience) and boosts"),
        Route(r"actor\.json", profile, "your profile: name, bio and profile fields"),
        Route(r"likes\.json", likes, "statuses you favourited (addresses only)"),
        Route(r"bookmarks\.json", bookmarks, "statuses you bookmarked (addresses only)"),
        Route(r"(?:avatar|header)\.[A-Za-z0-9]{1,5}", None, "your profile picture and header image"),
        Route(r"(?:[^/]+/)*media_attachments/.*", None,
              "media files of your statuses (counted with their statuses)"),
    ),
    prepare=prepare,
    split_archives=False,
    expects=N_("a Mastodon archive: outbox.json, actor.json, likes.json, bookmarks.json"),
    platforms=(MASTODON,),
)
