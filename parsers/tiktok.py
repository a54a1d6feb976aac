"""TikTok "Download your data" in JSON (`user_data_tiktok.json`, older `user_data.json`: one object
of sections → subsections → lists) and the TXT variant's `Direct Messages.txt`.

Section names drifted (2024 `Activity`/`Video`/`App Settings`/`Profile`, 2025–26 `Your Activity`/
`Post`/`Profile And Settings`, with old names still seen in new downloads) and a download may hold
only the categories the user ticked (a single top-level key), empty ones as `null`, `[]` or `{}`:
sections and record keys are matched case-insensitively, whichever era names them (see `WANTED`).

Visibility: a video's own `WhoCanView` with the account's `Private Account` setting; comments follow
the video they are on, which the download does not describe (unknown); direct messages are private;
likes follow the `Who Can View Videos I Liked` setting. docs/formats/tiktok.md lists the shapes."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import ijson

from ai_exposure.archive import Member
from ai_exposure.i18n import N_, Msg
from ai_exposure.model import HIGH, LOW, MEDIUM, PUBLIC, RESTRICTED, UNKNOWN, Item, Problem
from ai_exposure.parsing import Context, ParserSpec, Route, Signature, Verdict
from ai_exposure.platforms import Platform
from ai_exposure.readers import (
    WHOLE_FILE,
    BoundedLines,
    ReadError,
    digit_guarded,
    json_stream,
    open_text,
    parse_date,
    skipped_lines,
)

from ._policies import policy_text

PLATFORM = "tiktok"
Yielded = Item | Problem

TIKTOK = Platform(PLATFORM, "TikTok", "#25a9b4", "#5fe0ea", text_colour="#11727a",
                  policy_toml=policy_text(PLATFORM))

# (section, subsection), lower-case, of every era -> what the subsection holds.
WANTED: dict[tuple[str, str], str] = {
    ("post", "posts"): "videos", ("video", "videos"): "videos", ("activity", "videos"): "videos",
    ("post", "recently deleted posts"): "deleted", ("post", "recently deleted videos"): "deleted",
    ("video", "recentlydeletedposts"): "deleted",
    ("comment", "comments"): "comments", ("activity", "comments"): "comments",
    ("your activity", "comments"): "comments",
    ("direct message", "direct messages"): "messages", ("direct messages", "direct messages"): "messages",
    ("direct message", "group chat"): "messages",
    ("activity", "like list"): "likes", ("your activity", "like list"): "likes",
    ("likes and favorites", "like list"): "likes",
    ("activity", "favorite videos"): "favourites", ("your activity", "favorite videos"): "favourites",
    ("likes and favorites", "favorite videos"): "favourites",
    ("tiktok live", "watch live history"): "live",
    ("profile", "profile information"): "profile", ("profile", "profile info"): "profile",
    ("profile and settings", "profile info"): "profile",
    ("profile and settings", "profile information"): "profile",
    ("app settings", "settings"): "settings", ("profile and settings", "settings"): "settings",
}
# The part of a download read before the items: the settings and the profile.
CONTEXT_PARTS = frozenset(("settings", "profile"))
# A subsection is built whole; one beyond this many JSON events (a record of the watch history is
# about ten) is skipped with a problem: memory stays bounded whatever the file holds.
MAX_SECTION_EVENTS = 4_000_000


class _TooLarge(Exception):
    pass


def _lower_keys(value: Any) -> Any:
    return {str(k).lower(): v for k, v in value.items()} if isinstance(value, dict) else value


def sections(member: Member, parts: frozenset[str] | None = None
             ) -> Iterator[tuple[str, str, Any] | Problem]:
    """(part, "section/subsection" as written, value) for every wanted subsection of the file (only
    `parts` when given), streamed; the rest is walked over without being built."""
    stream, _guard = digit_guarded(json_stream(member))
    events = ijson.parse(stream, use_float=True)
    path: list[str] = []
    depth = 0
    try:
        for prefix_event in events:
            _, event, value = prefix_event
            if event == "map_key" and depth == 2:
                section = path[0] if path else ""
                part = WANTED.get((section.lower(), str(value).lower()))
                if part is not None and (parts is None or part in parts):
                    name = f"{section}/{value}"
                    try:
                        built = _build(events)
                    except _TooLarge:
                        yield Problem(member.relpath, name, Msg(
                            "a section too large to read (more than %(n)s values); skipped",
                            n=MAX_SECTION_EVENTS))
                        continue
                    yield part, name, built
                continue
            if event == "map_key" and depth == 1:
                path = [str(value)]
            elif event in ("start_map", "start_array"):
                depth += 1
            elif event in ("end_map", "end_array"):
                depth -= 1
    except (ijson.JSONError, ijson.IncompleteJSONError, UnicodeDecodeError, ValueError) as exc:
        raise ReadError(WHOLE_FILE, Msg("malformed JSON (%(detail)s)", detail=str(exc)[:120])) from None


def _build(events: Iterator[tuple[str, str, Any]]) -> Any:
    """The value that starts at the next event, built (ijson's own builder)."""
    builder = ijson.ObjectBuilder()
    level = 0
    too_large = False
    for n, (_, event, value) in enumerate(events):
        if n > MAX_SECTION_EVENTS and not too_large:
            # Walk on to the value's end without building, so the caller's nesting count stays right.
            too_large, builder = True, ijson.ObjectBuilder()
        if not too_large:
            builder.event(event, value)
        if event in ("start_map", "start_array"):
            level += 1
        elif event in ("end_map", "end_array"):
            level -= 1
        if level == 0:
            break
    if too_large:
        raise _TooLarge
    return builder.value


def _records(value: Any) -> list[Any]:
    """The list a subsection holds (`{App, VideoList: [...]}`, a bare list, or a map keyed by ids
    such as WatchLiveMap), `null`/`{}`/`[]` being empty."""
    if isinstance(value, list):
        return value
    if not isinstance(value, dict):
        return []
    for v in value.values():
        if isinstance(v, list):
            return v
    for v in value.values():
        if isinstance(v, dict) and v and all(isinstance(x, dict) for x in v.values()):
            return [dict(x, _id=k) for k, x in v.items()]
    return []


def _str(value: Any) -> str:
    return value.strip() if isinstance(value, str) and value.strip() not in ("N/A", "None") else ""


# ---------------------------------------------------------------- context

@dataclass(frozen=True)
class Account:
    """The settings and profile that the items are read against (the parser's state)."""

    private: str = ""  # `Private Account` as written ("Enabled", "Disabled"), "" when not there
    liked_shown_to: str = ""  # `Who Can View Videos I Liked`
    username: str = ""
    evidence: str = ""


def _account(ctx: Context) -> Account:
    account = ctx.state.get(PLATFORM)
    return account if isinstance(account, Account) else Account()


def prepare(ctx: Context) -> Iterator[Problem]:
    member = ctx.find_one(JSON_FILE)
    if member is None:
        return
    private = liked = username = evidence = ""
    try:
        for out in sections(member, CONTEXT_PARTS):
            if isinstance(out, Problem):
                yield out
                continue
            part, name, value = out
            value = _lower_keys(value)
            if part == "settings":
                settings = _lower_keys(value.get("settingsmap"))
                if isinstance(settings, dict):
                    private = _str(settings.get("private account"))
                    liked = _str(settings.get("who can view videos i liked"))
                    evidence = f"{member.relpath}: {name}"
            else:
                profile = _lower_keys(value.get("profilemap"))
                if isinstance(profile, dict):
                    username = _str(profile.get("username"))
                    birth = _str(profile.get("birthdate"))
                    if birth:
                        ctx.info.birth_date = birth
    except ReadError as exc:
        yield Problem(member.relpath, exc.place, exc.reason)
    ctx.info.account = f"@{username}" if username else ""
    ctx.info.owner_id = username.lower()
    ctx.state[PLATFORM] = Account(private, liked, username, evidence)


# ---------------------------------------------------------------- the rules (pure)

EVERYONE = frozenset(("everyone", "public"))
NOT_EVERYONE = frozenset(("only you", "only me", "myself", "friends", "followers", "private",
                          "mutual friends", "close friends"))


def video_verdict(file: str, who_can_view: str, private: str, evidence: str) -> Verdict:
    """A posted video: its own `WhoCanView`; "Everyone" is public only while the account is public
    (a private account shows its videos to approved followers only)."""
    shown = who_can_view.strip().lower()
    if shown in NOT_EVERYONE:
        return Verdict(RESTRICTED, Msg("%(file)s: WhoCanView %(value)s", file=file, value=who_can_view),
                       HIGH)
    if shown not in EVERYONE:
        return Verdict(UNKNOWN, Msg("%(file)s: WhoCanView %(value)s is not a value the tool knows",
                                    file=file, value=who_can_view or "—"), LOW)
    account = private.strip().lower()
    if account in ("enabled", "on", "yes", "true"):
        return Verdict(RESTRICTED, Msg("%(file)s: WhoCanView %(value)s, but the account is private "
                                       "(%(evidence)s: Private Account %(setting)s)", file=file,
                                       value=who_can_view, evidence=evidence, setting=private), MEDIUM)
    if account in ("disabled", "off", "no", "false"):
        return Verdict(PUBLIC, Msg("%(file)s: WhoCanView %(value)s and the account is public "
                                   "(%(evidence)s: Private Account %(setting)s)", file=file,
                                   value=who_can_view, evidence=evidence, setting=private), HIGH)
    return Verdict(PUBLIC, Msg("%(file)s: WhoCanView %(value)s; the download does not hold the "
                               "account's privacy setting", file=file, value=who_can_view), MEDIUM)


def liked_verdict(file: str, shown_to: str, evidence: str) -> Verdict:
    shown = shown_to.strip().lower()
    if shown in EVERYONE:
        return Verdict(PUBLIC, Msg("%(file)s: liked videos are shown to everyone (%(evidence)s: Who Can "
                                   "View Videos I Liked %(value)s)", file=file, evidence=evidence,
                                   value=shown_to), MEDIUM)
    if shown in NOT_EVERYONE:
        return Verdict(RESTRICTED, Msg("%(file)s: liked videos are not shown to everyone (%(evidence)s: "
                                       "Who Can View Videos I Liked %(value)s)", file=file,
                                       evidence=evidence, value=shown_to), HIGH)
    return Verdict(UNKNOWN, Msg("%(file)s: who can see your liked videos is not in the download",
                                file=file), LOW)


# ---------------------------------------------------------------- items

_VIDEO_ID = re.compile(r"/(?:video|photo|v)/(\d{6,25})")


def _first_link(value: str) -> str:
    """A photo-mode post's `Link` holds several image URLs, one a line: the first is kept."""
    link = value.strip().split("\n", 1)[0].strip()
    return link if link.startswith("https://") else ""


def user_data(member: Member, ctx: Context) -> Iterator[Yielded]:
    account = _account(ctx)
    file = member.relpath
    for out in sections(member):
        if isinstance(out, Problem):
            yield out
            continue
        part, name, value = out
        if part in CONTEXT_PARTS:
            yield from _profile(member, ctx, name, value) if part == "profile" else ()
            continue
        if part == "messages":
            yield from _messages(member, ctx, name, value, account)
            continue
        for n, record in enumerate(_records(value), 1):
            place = Msg("%(section)s, record %(n)s", section=name, n=n)
            if not isinstance(record, dict):
                yield Problem(file, place, Msg("not a record object; skipped"))
                continue
            yield from _record(member, ctx, part, name, _lower_keys(record), account, place)


def _record(member: Member, ctx: Context, part: str, name: str, record: dict[str, Any],
            account: Account, place: Msg) -> Iterator[Yielded]:
    file = member.relpath
    if part == "live":
        for n, comment in enumerate(record.get("comments") or [], 1):
            comment = _lower_keys(comment)
            if not isinstance(comment, dict):
                yield Problem(file, place, Msg("not a record object; skipped"))
                continue
            text = _str(comment.get("commentcontent"))
            when = parse_date(_str(comment.get("commenttime")))
            yield _item(member, "comment", ctx.account_key("live", record.get("_id"), n, text), when,
                        Verdict(PUBLIC, Msg("%(file)s: a comment in a LIVE, shown to everyone in it",
                                            file=file), MEDIUM, audience="live"), text=text)
        return
    when = parse_date(_str(record.get("date")))
    link = _first_link(_str(record.get("link")) or _str(record.get("url"))
                       or _str(record.get("originalposturl")))
    if part in ("videos", "deleted"):
        if part == "deleted":
            verdict = Verdict(RESTRICTED, Msg("%(file)s: %(section)s: deleted, no longer shown",
                                              file=file, section=name), HIGH)
        else:
            verdict = video_verdict(file, _str(record.get("whocanview")), account.private,
                                    account.evidence)
        match = _VIDEO_ID.search(_str(record.get("link")))
        key = f"{PLATFORM}:video:{match.group(1)}" if match else \
            ctx.account_key("video", when.isoformat() if when else "", _str(record.get("title")))
        yield _item(member, "video", key, when, verdict, text=_str(record.get("title")), url=link,
                    media_count=1)
    elif part == "comments":
        text = _str(record.get("comment"))
        if not text and not when:
            yield Problem(file, place, Msg("no date or text; skipped"))
            return
        yield _item(member, "comment", ctx.account_key("comment", when.isoformat() if when else "", text,
                                                        link),
                    when, Verdict(UNKNOWN, Msg("%(file)s: a comment is shown with the video it is on, "
                                               "whose audience the download does not give", file=file),
                                  LOW), text=text, url=link,
                    media_count=1 if _str(record.get("photo")) else 0)
    elif part in ("likes", "favourites"):
        if not link and not when:
            yield Problem(file, place, Msg("no date or link; skipped"))
            return
        if part == "likes":
            verdict, kind = liked_verdict(file, account.liked_shown_to, account.evidence), "reaction"
        else:
            verdict, kind = Verdict(RESTRICTED, Msg("%(file)s: favourites are private unless you made "
                                                    "them public, which the download does not say",
                                                    file=file), MEDIUM), "activity"
        yield _item(member, kind, ctx.account_key(part, when.isoformat() if when else "", link), when,
                    verdict, url=link, own=False)


def _profile(member: Member, ctx: Context, name: str, value: Any) -> Iterator[Yielded]:
    profile = _lower_keys(_lower_keys(value).get("profilemap") if isinstance(value, dict) else None)
    if not isinstance(profile, dict):
        return
    verdict = Verdict(PUBLIC, Msg("%(file)s: %(section)s: name, username and bio show on your profile, "
                                  "even for a private account", file=member.relpath, section=name), HIGH,
                      audience="profile")
    for key in ("username", "displayname", "biodescription"):
        text = _str(profile.get(key))
        if text:
            yield _item(member, "profile", ctx.account_key("profile", key), None, verdict, text=text)


def _messages(member: Member, ctx: Context, name: str, value: Any, account: Account) -> Iterator[Yielded]:
    """`ChatHistory`: {"Chat History with <name>:": [{Date, From, Content}]}, both sides of each chat."""
    verdict = Verdict(RESTRICTED, Msg("%(file)s: a direct message", file=member.relpath), HIGH,
                      audience="dm")
    chats = value.get("ChatHistory", value) if isinstance(value, dict) else {}
    if not isinstance(chats, dict):
        chats = {"": chats} if isinstance(chats, list) else {}
    me = account.username.lower()
    for chat, lines in chats.items():
        if not isinstance(lines, list):
            continue
        for n, line in enumerate(lines, 1):
            line = _lower_keys(line)
            if not isinstance(line, dict):
                yield Problem(member.relpath, Msg("%(section)s, record %(n)s", section=name, n=n),
                              Msg("not a record object; skipped"))
                continue
            sender, text = _str(line.get("from")), _str(line.get("content"))
            when = parse_date(_str(line.get("date")))
            yield _item(member, "message", ctx.account_key("message", chat, line.get("date"), sender, text),
                        when, verdict, text=text, own=not me or sender.lower() == me)


_CHAT_HEADER = re.compile(r">>> (?:Chat History with )?(.*?):*\s*$")
_CHAT_LINE = re.compile(r"(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})(?: UTC)? ([^:]{1,200}): ?(.*)")
# A message line whose time is not one: its first word is taken as the (unreadable) time.
_ANY_MESSAGE = re.compile(r"(\S*) ([^:]{1,200}): ?(.*)")


def _txt_lines(member: Member, senders: frozenset[str] = frozenset()
               ) -> Iterator[tuple[str, str, str, str | None]]:
    """("header", chat, "", None) per chat, ("message", time, sender, first line) per message,
    ("more", "", "", line) per continuation line and ("other", "", "", line number) per line that is
    neither, of a TXT `Direct Messages.txt`. A line after a blank line whose time is not one is a
    message where it names one of `senders` (a damaged time costs the time, not the message)."""
    with open_text(member) as text:
        lines = BoundedLines(text)
        starts = True  # after a header or a blank line
        pending = False
        for line in lines:
            lines.record_done()
            line = line.rstrip("\r\n")
            header = _CHAT_HEADER.match(line)
            if header:
                yield "header", header.group(1), "", None
                starts, pending = True, False
                continue
            message = _CHAT_LINE.match(line)
            if message is None and starts:
                loose = _ANY_MESSAGE.match(line)
                message = loose if loose and loose.group(2).lower() in senders else None
            if message:
                yield "message", message.group(1), message.group(2), message.group(3)
                pending = True
            elif line.strip():
                yield ("more", "", "", line) if pending else ("other", "", "", str(lines.line_num))
            starts = not line.strip()
        skipped_lines(lines)


def txt_senders(member: Member) -> tuple[str, frozenset[str]]:
    """(the account's own name, every sender) of a TXT download, which names no account: its own
    name is the sender found in the most chats, where that is at least two and more than any other
    sender (a chat where only the other side wrote does not hold it); "" otherwise."""
    chats: list[set[str]] = []
    for what, _chat, sender, _ in _txt_lines(member):
        if what == "header":
            chats.append(set())
        elif what == "message" and chats and len(chats[-1]) < 1000:
            chats[-1].add(sender.lower())
    chats_of = Counter(name for chat in chats for name in chat)
    ranked = chats_of.most_common(2)
    owner = ""
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        owner = ranked[0][0]
    return owner, frozenset(chats_of)


def direct_messages_txt(member: Member, ctx: Context) -> Iterator[Yielded]:
    """TXT `Direct Messages.txt`: `>>> Chat History with <name>::` per chat, then
    `YYYY-MM-DD HH:MM:SS[ UTC] <sender>: <text>` per message; lines without a time continue the
    message before. Which messages are the user's own: see `txt_senders`."""
    verdict = Verdict(RESTRICTED, Msg("%(file)s: a direct message", file=member.relpath), HIGH,
                      audience="dm")
    try:
        owner, senders = txt_senders(member)
    except ReadError:
        owner, senders = "", frozenset()  # the reading below reports it
    chat = ""
    pending: tuple[str, str, list[str]] | None = None

    def flush() -> Iterator[Yielded]:
        if pending is not None:
            stamp, sender, parts = pending
            text = "\n".join(parts).strip()
            yield _item(member, "message", ctx.account_key("message", chat, stamp, sender, text),
                        parse_date(stamp), verdict, text=text, own=not owner or sender.lower() == owner)

    for what, first, sender, line in _txt_lines(member, senders):
        if what == "header":
            yield from flush()
            pending, chat = None, first
        elif what == "message":
            yield from flush()
            pending = (first, sender, [line or ""])
        elif what == "more" and pending is not None:
            if sum(map(len, pending[2])) < 1 << 16:
                pending[2].append(line or "")
        else:
            yield Problem(member.relpath, Msg("line %(n)s", n=line),
                          Msg("neither a chat heading nor a message; skipped"))
    yield from flush()


def _item(member: Member, kind: str, key: str, created: Any, verdict: Verdict, text: str = "",
          url: str = "", media_count: int = 0, own: bool = True) -> Item:
    return Item(platform=PLATFORM, kind=kind, key=key, created_at=created,
                visibility=verdict.visibility, evidence=verdict.evidence, confidence=verdict.confidence,
                source_file=member.relpath, text=text, url=url, media_count=media_count,
                audience=verdict.audience, was_public=verdict.was_public, own=own)


JSON_FILE = r"user_data(?:_tiktok)?\.json"
_SECTIONS = (r'\s*\{\s*"(?:Activity|Your Activity|Post|Video|Profile|Profile And Settings|App Settings|'
             r'Comment|Direct Messages?|Ads and data|Likes and Favorites|TikTok Live|TikTok Shop|'
             r'Income\+? ?(?:Plus )?Wallet[^"]*|Location Review)"')

SPEC = ParserSpec(
    platform=PLATFORM,
    label=N_("TikTok data download"),
    signatures=(
        Signature(r"user_data_tiktok\.json", 2),
        Signature(r"user_data\.json", 2, header=_SECTIONS),
        Signature(r"Direct Messages\.txt", 2, header=r"(?:\ufeff)?>>> "),
    ),
    routes=(
        Route(JSON_FILE, user_data, "your videos, comments, direct messages, likes and profile"),
        Route(r"(?:[^/]+/)*Direct Messages\.txt", direct_messages_txt, "direct messages (TXT download)"),
        Route(r"(?:[^/]+/)*Watch History\.txt", None, "videos you watched: viewing history, not content"),
    ),
    prepare=prepare,
    split_archives=False,
    expects=N_("a TikTok data download: user_data_tiktok.json (JSON) or the TXT files such as "
               "Direct Messages.txt"),
    platforms=(TIKTOK,),
)
