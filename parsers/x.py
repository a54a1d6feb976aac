"""X (Twitter) "download your data" archive, every era.

Eras (see the formats doc, part A):
- ≤ 2018 "Grailbird" tweet archive: data/js/tweets/YYYY_MM.js, tweets.csv, per-tweet `user.protected`.
- 2018 – early 2020: `window.YTD.*` files at the archive root, no data/ folder, no manifest.
- ~Mar 2020 – mid 2022: Your archive.html + data/manifest.js + data/tweet.js, data/tweet_media/.
- late 2022 on: data/tweets.js (+ tweets-partN.js), data/tweets_media/, note/community/deleted tweets.
- 2025 on: data/message-event.js (X Chat events, mostly end-to-end encrypted).

Every file name seen in real archives, and what is done with it: docs/formats/x.md.

No tweet in a 2019+ archive carries an audience field: visibility comes from which file an item is in,
from protected-history.js (account level, last six months only) and from the user's own answer.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from ai_exposure.archive import Member
from ai_exposure.i18n import N_, Msg, Num
from ai_exposure.model import (
    CONNECTIONS_ONLY,
    EVERYONE,
    HIGH,
    LOW,
    MEDIUM,
    PUBLIC,
    RESTRICTED,
    UNKNOWN,
    Item,
    Problem,
    connection_visibility,
)
from ai_exposure.parsing import (
    Context,
    Handler,
    Output,
    ParserSpec,
    Route,
    Signature,
    Verdict,
    Yielded,
    context_route,
    each_object,
    state_of,
)
from ai_exposure.readers import (
    WHOLE_FILE,
    ReadError,
    SkippedRecord,
    Wanted,
    dict_field,
    iter_csv,
    iter_json_array,
    json_stream,
    load_json,
    parse_epoch,
    parse_iso,
    parse_x_date,
    record_place,
)

PLATFORM = "x"
MIN_TWEET_YEAR = 2006  # X launched in 2006; archives carry a few 1997/2003 dates (an export bug)

# Files are under data/ since ~March 2020 and at the archive root in 2018–19 archives.
D = r"(?:data/)?"
# A multi-part data type: `tweets.js`, then `tweets-part1.js`, `tweets-part2.js`… (whole basenames only:
# `deleted-tweets.js` also ends in `tweets.js`).
PART = r"(?:-part\d+)?\.js"

# ---------------------------------------------------------------- small pure helpers

_MONTHS = {m: f"{i:02d}" for i, m in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), start=1)}


def tweet_date(value: Any) -> datetime | None:
    """`Tue Mar 05 14:02:11 +0000 2024` (always +0000 in archives), rearranged into ISO 8601 for the C
    parser: three times faster than building it field by field, and strptime is slower still; it runs
    once per tweet. Anything else goes through the general reader."""
    if not isinstance(value, str):
        return None
    if len(value) == 30 and value[20:25] == "+0000":
        month = _MONTHS.get(value[4:7])
        if month is not None:
            try:
                return datetime.fromisoformat(f"{value[26:30]}-{month}-{value[8:10]}T{value[11:19]}+00:00")
            except ValueError:
                pass
    return parse_x_date(value)


def any_date(value: Any) -> datetime | None:
    """Dates of the rarer files, whose shape is not confirmed: ISO, tweet style or epoch (s or ms)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        found = parse_x_date(value)
        if found is not None:
            return found
    return parse_epoch(value)


def unescape(text: Any) -> str:
    """`full_text` and `fullText` are HTML-entity escaped (`&amp;`, `&lt;`)."""
    if not isinstance(text, str):
        return ""
    return html.unescape(text) if "&" in text else text


def unwrap_any(record: Any) -> Any:
    """Items are `{"<wrapper>": {...}}`; the wrapper key changes with the file and is unknown for some
    files, and some 2019 files hold the bare object. A one-key dict whose value is a dict is unwrapped."""
    if isinstance(record, dict) and len(record) == 1:
        (value,) = record.values()
        if isinstance(value, dict):
            return value
    return record


def first_str(obj: dict, *names: str) -> str:
    for name in names:
        value = obj.get(name)
        if value is not None and value != "" and not isinstance(value, (dict, list)):
            return str(value)
    return ""


def media_count(tweet: dict) -> int:
    for holder in (tweet.get("extended_entities"), tweet.get("entities")):
        if isinstance(holder, dict):
            media = holder.get("media")
            if isinstance(media, list) and media:
                return len(media)
    return 0


def latest_edit_id(tweet: dict) -> str | None:
    """The newest id of an edited tweet's chain, or None when the tweet was never edited. Each edit
    version is its own tweet in the archive (the newest may be missing from it)."""
    info = tweet.get("edit_info")
    if not isinstance(info, dict):
        return None
    control = info.get("initial")
    if not isinstance(control, dict):
        edit = info.get("edit")
        control = edit.get("editControlInitial") if isinstance(edit, dict) else None
    if not isinstance(control, dict):
        return None
    ids = control.get("editTweetIds")
    if not isinstance(ids, list) or len(ids) < 2:
        return None
    # Snowflake ids grow with time; compare as numbers (as strings of digits: length, then text).
    return max((str(i) for i in ids), key=lambda s: (len(s), s))


def tweet_kind(text: str, reply_to_user: str, reply_to_screen_name: str, replying: bool,
               own_id: str, own_handle: str) -> str:
    """post / comment / repost for one tweet of the user's own archive.

    `RT @` starts a retweet (the `retweeted` flag is always false in archives). A reply to someone
    else is a comment; a reply to oneself continues a thread and is a post. Quote posts are posts."""
    if text.startswith("RT @"):
        return "repost"
    if not replying:
        return "post"
    if own_id and reply_to_user:
        return "post" if reply_to_user == own_id else "comment"
    if own_handle and reply_to_screen_name:
        return "post" if reply_to_screen_name.lower() == own_handle.lower() else "comment"
    return "comment"


def note_head(tweet_text: str) -> str:
    """The part of a truncated long post's tweet text that begins its note: the tweet ends
    `… https://t.co/…` after the first ~270 characters of the note."""
    cut = tweet_text.rfind(" https://t.co/")
    head = tweet_text[:cut] if cut >= 0 else tweet_text
    return head.rstrip().rstrip("…").rstrip()


# ---------------------------------------------------------------- visibility (pure)

@dataclass(frozen=True)
class AccountPrivacy:
    """Whether the account is protected now, and why we think so. `protected_since` is the latest
    Protect action when known: posts made before it were public until then."""

    protected: bool
    evidence: str
    confidence: str
    protected_since: datetime | None = None


def account_privacy(history: list[tuple[datetime | None, str]] | None, history_file: str,
                    user_answer: bool | None) -> AccountPrivacy:
    """The account's protected state from protected-history.js (`history` None: no such file, or, with
    a `history_file`, an unreadable one) and the user's answer (--x-protected/--x-public), which
    overrides the history when given."""
    # The latest action by date; undated entries (the date format is unconfirmed) count in file order.
    dated = [(when, action) for when, action in history or () if when is not None]
    latest = max(dated, key=lambda h: h[0]) if dated else (history[-1] if history else None)
    if user_answer is not None:
        since = latest[0] if latest and latest[1] == "protect" and user_answer else None
        if user_answer:
            return AccountPrivacy(True, Msg("your answer (--x-protected): the account is protected"),
                                  HIGH, since)
        return AccountPrivacy(False, Msg("your answer (--x-public): the account is public"), HIGH)
    if history is None:
        if history_file:
            return AccountPrivacy(False, Msg("%(file)s could not be read; assumed public",
                                             file=history_file), LOW)
        return AccountPrivacy(False, Msg("no protected-history.js in this archive; assumed public"), LOW)
    if latest is None:
        return AccountPrivacy(
            False, Msg("%(file)s is empty: no Protect/Unprotect in the last six months (the archive "
                       "keeps only six months); assumed public", file=history_file), MEDIUM)
    when = latest[0].date() if latest[0] else None
    if latest[1] == "protect":
        if when:
            evidence = Msg("%(file)s: latest action Protect (%(date)s); posts are visible to approved "
                           "followers only", file=history_file, date=when)
        else:
            evidence = Msg("%(file)s: latest action Protect; posts are visible to approved followers "
                           "only", file=history_file)
        return AccountPrivacy(True, evidence, HIGH, latest[0])
    if when:
        evidence = Msg("%(file)s: latest action Unprotect (%(date)s); the account is public",
                       file=history_file, date=when)
    else:
        evidence = Msg("%(file)s: latest action Unprotect; the account is public", file=history_file)
    return AccountPrivacy(False, evidence, HIGH)


def post_visibility(privacy: AccountPrivacy, created_at: datetime | None
                    ) -> tuple[str, str, str, bool | None]:
    """(visibility, evidence, confidence, was_public) of an own post, reply, quote or retweet: public
    unless the account is protected now. Protecting hides every past post too."""
    if not privacy.protected:
        return PUBLIC, privacy.evidence, privacy.confidence, None
    was_public: bool | None = None
    if privacy.protected_since is not None and created_at is not None:
        was_public = created_at < privacy.protected_since
    return RESTRICTED, privacy.evidence, privacy.confidence, was_public


NO_ARTICLE_METADATA = Msg("no article-metadata.js entry for this article: published or draft is "
                          "unknown")


def article_visibility(status: str, metadata_file: str) -> Verdict:
    """X Articles: article-metadata.js says Draft or Published."""
    s = status.strip().lower()
    if s == "published":
        return Verdict(PUBLIC, Msg("%(file)s: visibility Published", file=metadata_file), HIGH)
    if s:
        return Verdict(RESTRICTED, Msg("%(file)s: visibility %(status)s (not published)",
                                       file=metadata_file, status=status.strip()[:20]), HIGH)
    return Verdict(UNKNOWN, NO_ARTICLE_METADATA, LOW)


# ---------------------------------------------------------------- reading

def reads(handler: Handler) -> Handler:
    """A structural break in a file becomes a Problem with its place; the records before it stay."""

    @functools.wraps(handler)
    def run(member: Member, ctx: Context) -> Iterator[Output]:
        try:
            yield from handler(member, ctx)
        except ReadError as exc:
            yield Problem(member.relpath, exc.place, exc.reason)

    return run


def bad_record(source: str, n: int, record: Any, reason: Msg, unit: str = "record") -> Problem:
    """A record (`unit` "record" or "message") that is not what its file should hold; one the reader
    had to walk over (too large or too deeply nested to build) says so instead."""
    if isinstance(record, SkippedRecord):
        reason = Msg("%(reason)s: skipped", reason=record.reason)
    place = Msg("message %(n)s", n=n) if unit == "message" else record_place(n)
    return Problem(source, place, reason)


def records(member: Member, prefix: str = "item", wanted: Wanted | None = None) -> Iterator[Any]:
    """The elements of a `window.YTD.<type>.partN = [ … ]` file, streamed one at a time by the core
    reader (or, for a `prefix` below the top array, by ijson's C backend). `wanted`: the keys the
    caller reads (readers.Wanted); the records may then hold only those."""
    with json_stream(member, js_assignment=True) as fh:
        yield from iter_json_array(fh, prefix, wanted=wanted)


# Every key of a tweet that `_tweet_item`, `latest_edit_id`, `media_count` and the tweet handlers
# read (tests parse the samples with and without this and compare): the rest of a tweet (entities'
# hashtags, mentions and indices, counts, sources) is not built, most of a tweet's reading cost.
# Media are counted, not built (their sizes and URLs were a third of the rest); of the edit details
# only the chain's ids are.
_EDIT_IDS = {"editTweetIds": None}
TWEET_KEYS = Wanted("Tweet", {"*": {
    "id_str": None, "id": None, "full_text": None, "text": None, "created_at": None,
    "retweeted_status": None, "edit_info": {"initial": _EDIT_IDS, "edit": {"editControlInitial": _EDIT_IDS}},
    "in_reply_to_user_id_str": None, "in_reply_to_user_id": None, "in_reply_to_screen_name": None,
    "in_reply_to_status_id_str": None, "in_reply_to_status_id": None,
    "entities": {"media": [{}]}, "extended_entities": {"media": [{}]},
}})


def numbered(member: Member) -> Iterator[tuple[int, Any]]:
    """`records`, unwrapped (see unwrap_any) and numbered from 1, for parsing.each_object."""
    return enumerate(map(unwrap_any, records(member)), start=1)


def small_records(member: Member) -> list[Any]:
    """A small context file (account, protected history), record by record: a record the reader had
    to walk over (a number too long to read, say) is left out and the others are kept."""
    return [r for r in records(member) if not isinstance(r, SkippedRecord)]


@dataclass
class XState:
    """What prepare and the handlers of one X archive record for each other (Context.state)."""

    account_id: str = ""  # the owner's id (manifest, account.js, user_details.js)
    handle: str = ""
    privacy: AccountPrivacy | None = None  # protected-history.js and the user's answer
    circle_ids: set[str] = field(default_factory=set)  # tweets whose own file decides their audience
    community_ids: set[str] = field(default_factory=set)
    manifest_counts: dict[str, int] = field(default_factory=dict)  # records per file, per manifest.js
    notes: dict[datetime, list[tuple[str, str]]] = field(default_factory=dict)  # long posts by second
    notes_linked: set[str] = field(default_factory=set)  # long posts already a tweet's text
    article_status: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (status, file)
    circle_caveat: bool = False  # the caveat on Circle posts after Circle ended was given
    grailbird_ids: set[str] = field(default_factory=set)  # tweets itemised from the month files


def _state(ctx: Context) -> XState:
    return state_of(ctx, XState)


def _account_id(ctx: Context) -> str:
    return _state(ctx).account_id


def _handle(ctx: Context) -> str:
    return _state(ctx).handle


def _privacy(ctx: Context) -> AccountPrivacy:
    state = _state(ctx)
    if state.privacy is None:
        # Handlers run without prepare only in tests or when prepare failed: decide from options alone.
        state.privacy = account_privacy(None, "", ctx.options.x_protected)
    return state.privacy


def _tweet_url(handle: str, tweet_id: str) -> str:
    if handle:
        return f"https://x.com/{handle}/status/{tweet_id}"
    return f"https://x.com/i/web/status/{tweet_id}"


# ---------------------------------------------------------------- prepare

def prepare(ctx: Context) -> Iterator[Problem]:
    state = _state(ctx)
    yield from _read_manifest(ctx)
    yield from _read_account(ctx)
    yield from _read_grailbird_user(ctx)
    yield from _read_protected_history(ctx)
    # Derived keys (likes, follows, messages…) are scoped by the account id: see Context.account_key.
    ctx.info.owner_id = state.account_id
    state.circle_ids = _collect_ids(ctx, D + r"twitter-circle-tweet" + PART)
    state.community_ids = _collect_ids(ctx, D + r"community-tweet" + PART)
    _read_notes(ctx)
    yield from _read_article_metadata(ctx)


def _read_manifest(ctx: Context) -> Iterator[Problem]:
    member = ctx.find_one(r"data/manifest\.js")
    if member is None:
        return
    try:
        manifest = load_json(member, js_assignment=True)
    except ReadError as exc:
        yield Problem(member.relpath, exc.place, exc.reason)
        return
    if not isinstance(manifest, dict):
        yield Problem(member.relpath, WHOLE_FILE, Msg("not a manifest object"))
        return
    archive = dict_field(manifest, "archiveInfo")
    generated = parse_iso(archive.get("generationDate", ""))
    if generated is not None:
        ctx.info.export_date = generated
    if archive.get("isPartialArchive") in (True, "true"):
        ctx.info.notices.append(Msg("X: manifest.js says this is a partial archive; other parts may "
                                    "hold more of the data."))
    user = dict_field(manifest, "userInfo")
    state = _state(ctx)
    state.account_id = state.account_id or first_str(user, "accountId")
    state.handle = state.handle or first_str(user, "userName")
    if state.handle and not ctx.info.account:
        ctx.info.account = "@" + state.handle
    # Files the manifest lists but the archive lacks: an incomplete download or extraction.
    present = {m.relpath.lower() for m in ctx.members}
    data_types = dict_field(manifest, "dataTypes")
    counts: dict[str, int] = {}
    # The place of a listed-but-missing file is the manifest: a file name, nothing to translate.
    in_manifest = Msg("%(file)s", file="manifest.js")
    not_in_archive = Msg("listed in the manifest with records, but not in the archive (an incomplete "
                         "download?)")
    for entry in data_types.values():
        files = entry.get("files") if isinstance(entry, dict) else None
        for f in files if isinstance(files, list) else ():
            if not isinstance(f, dict) or not isinstance(f.get("fileName"), str):
                continue
            name = f["fileName"]
            try:
                counts[name] = int(f.get("count", 0))
            except (TypeError, ValueError, OverflowError):  # OverflowError: 1e999 read as infinity
                counts[name] = 0
            if name.lower() not in present and counts[name] > 0:
                yield Problem(name[:200], in_manifest, not_in_archive, "warning")
    state.manifest_counts = counts


def _read_account(ctx: Context) -> Iterator[Problem]:
    member = ctx.find_one(D + r"account\.js")
    if member is None:
        return
    try:
        rows = small_records(member)
    except ReadError as exc:
        yield Problem(member.relpath, exc.place, exc.reason)
        return
    for row in rows:
        account = unwrap_any(row)
        if not isinstance(account, dict):
            continue
        state = _state(ctx)
        if first_str(account, "accountId"):
            state.account_id = first_str(account, "accountId")
        if first_str(account, "username"):
            state.handle = first_str(account, "username")
            ctx.info.account = "@" + state.handle
        break


def _read_grailbird_user(ctx: Context) -> Iterator[Problem]:
    """≤ 2018 archives: data/js/user_details.js (handle, id) and payload_details.js (export date)."""
    for pattern, is_user in ((r"data/js/user_details\.js", True), (r"data/js/payload_details\.js", False)):
        member = ctx.find_one(pattern)
        if member is None:
            continue
        try:
            data = load_json(member, max_bytes=1 << 20, js_assignment=True)
        except ReadError as exc:
            yield Problem(member.relpath, exc.place, exc.reason)
            continue
        if not isinstance(data, dict):
            continue
        if is_user:
            state = _state(ctx)
            state.account_id = state.account_id or first_str(data, "id")
            if first_str(data, "screen_name") and not state.handle:
                state.handle = first_str(data, "screen_name")
                ctx.info.account = "@" + state.handle
        elif ctx.info.export_date is None:
            ctx.info.export_date = any_date(data.get("created_at"))


def _read_protected_history(ctx: Context) -> Iterator[Problem]:
    member = ctx.find_one(D + r"protected-history\.js")
    history: list[tuple[datetime | None, str]] | None = None
    name = member.relpath if member is not None else ""
    if member is not None:
        try:
            rows = small_records(member)
        except ReadError as exc:
            yield Problem(member.relpath, exc.place, exc.reason)
            rows = None
        if rows is not None:
            history = []
            for row in rows:
                entry = unwrap_any(row)
                if not isinstance(entry, dict):
                    continue
                action = first_str(entry, "action").strip().lower()
                if action in ("protect", "unprotect"):
                    history.append((any_date(entry.get("protectedAt")), action))
    privacy = account_privacy(history, name, ctx.options.x_protected)
    _state(ctx).privacy = privacy
    history_says = account_privacy(history, name, None)
    if ctx.options.x_protected is not None:
        if history and history_says.protected != ctx.options.x_protected:
            ctx.info.caveats.append(
                Msg("X: your answer overrides %(file)s, whose latest action says the account is "
                    "protected.", file=name) if history_says.protected else
                Msg("X: your answer overrides %(file)s, whose latest action says the account is public.",
                    file=name))
    elif history is not None and not history:
        ctx.info.caveats.append(Msg(
            "X: %(file)s is empty. It keeps only the last six months, so the account is assumed public; "
            "if it is protected, run again with --x-protected.", file=name))
    elif history is None and ctx.find_one(r"data/js/tweet_index\.js") is None:
        ctx.info.caveats.append(Msg("X: this archive has no protected-history.js, so the account is "
                                    "assumed public; if it is protected, run again with --x-protected."))


def _collect_ids(ctx: Context, pattern: str) -> set[str]:
    """Tweet ids of the files that decide a tweet's audience (Circle, Community)."""
    ids: set[str] = set()
    for member in ctx.find(pattern):
        try:
            for row in records(member):
                tweet = unwrap_any(row)
                if isinstance(tweet, dict) and first_str(tweet, "id_str", "id"):
                    ids.add(first_str(tweet, "id_str", "id"))
        except ReadError:
            continue  # the ids before the break are kept; the file's own handler reports the break
    return ids


def _read_notes(ctx: Context) -> None:
    """note-tweet.js, indexed by creation second for linking to the truncated tweets.js text."""
    by_second: dict[datetime, list[tuple[str, str]]] = {}
    for member in ctx.find(D + r"note-tweet" + PART):
        try:
            for row in records(member):
                note = unwrap_any(row)
                if not isinstance(note, dict):
                    continue
                created = any_date(note.get("createdAt"))
                core = dict_field(note, "core")
                text = core["text"] if isinstance(core.get("text"), str) else ""
                note_id = first_str(note, "noteTweetId")
                if created is None or not note_id:
                    continue
                by_second.setdefault(created.replace(microsecond=0), []).append((note_id, text))
        except ReadError:
            continue  # the notes before the break are kept; the file's own handler reports the break
    _state(ctx).notes = by_second


def _read_article_metadata(ctx: Context) -> Iterator[Problem]:
    status: dict[str, tuple[str, str]] = {}
    for member in ctx.find(D + r"(?:twitter-)?article-metadata" + PART):
        try:
            for row in records(member):
                meta = unwrap_any(row)
                if not isinstance(meta, dict):
                    continue
                article_id = first_str(meta, "articleId", "article_id", "id", "restId", "entityId")
                if article_id:
                    status[article_id] = (first_str(meta, "visibility", "status"), member.relpath)
        except ReadError as exc:
            yield Problem(member.relpath, exc.place, exc.reason)
    _state(ctx).article_status = status


# ---------------------------------------------------------------- tweets

# Twitter Circle (posts for a chosen audience) ran from August 2022 to October 2023. Archives made since
# have no twitter-circle-tweet.js and no marker on those posts (formats doc A4).
CIRCLE_FROM = datetime(2022, 8, 1, tzinfo=UTC)
CIRCLE_UNTIL = datetime(2023, 11, 1, tzinfo=UTC)
CIRCLE_CAVEAT = Msg("X: posts from August 2022 to October 2023 may have been shared with a Twitter "
                    "Circle only; this archive does not mark them, so they count as public here.")


@dataclass(frozen=True, slots=True)
class _Env:
    """What every tweet of a file needs from the context, looked up once per file (a tweets file can
    hold a million tweets, so the per-tweet path stays small)."""

    own_id: str
    handle: str
    privacy: AccountPrivacy
    notes: dict[datetime, list[tuple[str, str]]]
    linked: set[str]


def _env(ctx: Context) -> _Env:
    state = _state(ctx)
    return _Env(state.account_id, state.handle, _privacy(ctx), state.notes, state.notes_linked)


def _link_note(env: _Env, created: datetime | None, text: str) -> str | None:
    """The full text of the long post this tweet truncates (A3: same second, tweet text a prefix)."""
    candidates = env.notes.get(created) if created is not None else None
    if not candidates:
        return None
    head = note_head(text)
    for note_id, note_text in candidates:
        if head and not note_text.startswith(head):
            continue
        if not head and len(candidates) > 1:
            continue
        env.linked.add(note_id)
        return note_text
    return None


def _tweet_item(tweet: dict, env: _Env, source: str, n: int,
                visibility: tuple[str, str, str, bool | None] | None = None,
                audience: str = "", read_date: Callable[[Any], datetime | None] = tweet_date
                ) -> tuple[Problem | None, Item | None]:
    """One tweet object → (a problem or None, the Item or None). `visibility` None: the account rule.
    A plain function, not a generator: it runs once per tweet."""
    get = tweet.get
    tweet_id = get("id_str") or get("id")
    if not tweet_id or isinstance(tweet_id, (dict, list)):
        return Problem(source, record_place(n), Msg("tweet without an id: skipped")), None
    problem = None
    if not isinstance(tweet_id, str):
        tweet_id = str(tweet_id)  # ≤ 2018 archives: numeric ids
    text = get("full_text")
    if not isinstance(text, str):
        text = get("text")  # ≤ 2018 archives
        if not isinstance(text, str):
            text = ""
    if "&" in text:  # HTML entities (`&amp;`, `&lt;`)
        text = html.unescape(text)
    raw_date = get("created_at")
    created = read_date(raw_date)
    if created is None and raw_date:
        problem = Problem(source, record_place(n), UNREADABLE_DATE, "warning")
    elif created is not None and created.year < MIN_TWEET_YEAR:
        problem = Problem(source, record_place(n),
                          Msg("tweet dated %(year)s, before X existed (a known export bug): kept without "
                              "a date", year=created.year), "warning")
        created = None
    # `RT @` starts a retweet; ≤ 2018 archives also carry the retweeted tweet itself.
    if text.startswith("RT @") or "retweeted_status" in tweet:
        kind = "repost"
    else:
        reply_to_user = get("in_reply_to_user_id_str") or get("in_reply_to_user_id") or ""
        reply_to_name = get("in_reply_to_screen_name") or ""
        if reply_to_user or reply_to_name or get("in_reply_to_status_id_str") or get("in_reply_to_status_id"):
            kind = tweet_kind(text, str(reply_to_user), str(reply_to_name), True, env.own_id, env.handle)
        else:
            kind = "post"
        if env.notes:
            full = _link_note(env, created, text)
            if full is not None:
                text = full
    vis, evidence, confidence, was_public = visibility or post_visibility(env.privacy, created)
    return problem, Item(
        platform=PLATFORM, kind=kind, key="x:tweet:" + tweet_id, created_at=created, visibility=vis,
        evidence=evidence, confidence=confidence, source_file=source, text=text,
        media_count=media_count(tweet), url=_tweet_url(env.handle, tweet_id), audience=audience,
        was_public=was_public, own=kind != "repost",
    )


UNREADABLE_DATE = Msg("a date that cannot be read (or is out of range): kept without a date")


def _emit(result: tuple[Problem | None, Item | None]) -> Iterator[Yielded]:
    problem, item = result
    if problem is not None:
        yield problem
    if item is not None:
        yield item


NOT_A_TWEET = Msg("not a tweet object: skipped")


@reads
def parse_tweets(member: Member, ctx: Context) -> Iterator[Yielded]:
    """tweets.js / tweet.js and their parts: every non-deleted own post, reply, quote and retweet."""
    state = _state(ctx)
    circle, community = state.circle_ids, state.community_ids
    env = _env(ctx)
    source = member.relpath
    # Archives made after Circle ended have no twitter-circle-tweet.js: its posts are plain tweets.
    watch_circle = not circle and not ctx.find(D + r"twitter-circle-tweet" + PART)
    # Every version of an edited post is its own tweet here, and X keeps the earlier ones visible in
    # the post's edit history: each is an item, the earlier ones saying so.
    earlier_evidence: Msg | None = None
    for n, row in enumerate(records(member, wanted=TWEET_KEYS), start=1):
        tweet = unwrap_any(row)
        if not isinstance(tweet, dict):
            yield bad_record(source, n, row, NOT_A_TWEET)
            continue
        tweet_id = tweet.get("id_str") or tweet.get("id")
        # Circle and Community posts are repeated here without a marker; their own files decide.
        if (circle or community) and (tweet_id in circle or tweet_id in community):
            continue
        problem, item = _tweet_item(tweet, env, source, n)
        if problem is not None:
            yield problem
        if item is None:
            continue
        if "edit_info" in tweet:
            latest = latest_edit_id(tweet)
            if latest is not None and latest != str(tweet_id):
                if earlier_evidence is None:
                    earlier_evidence = Msg("%(evidence)s; %(file)s: an earlier version of an edited "
                                           "post; X shows it in the post's edit history",
                                           evidence=item.evidence, file=source)
                item = replace(item, evidence=earlier_evidence)
        if (watch_circle and item.created_at is not None and item.kind == "post"
                and CIRCLE_FROM <= item.created_at < CIRCLE_UNTIL):
            watch_circle = False
            if not state.circle_caveat:
                state.circle_caveat = True
                ctx.info.caveats.append(CIRCLE_CAVEAT)
        yield item


@reads
def parse_community_tweets(member: Member, ctx: Context) -> Iterator[Yielded]:
    vis = (PUBLIC, Msg("%(file)s: posted in an X Community; Communities are public (private ones are "
                       "not documented)", file=member.relpath), MEDIUM, None)
    env = _env(ctx)
    for n, row in enumerate(records(member, wanted=TWEET_KEYS), start=1):
        tweet = unwrap_any(row)
        if not isinstance(tweet, dict):
            yield bad_record(member.relpath, n, row, NOT_A_TWEET)
            continue
        yield from _emit(_tweet_item(tweet, env, member.relpath, n, vis, audience="community"))


@reads
def parse_circle_tweets(member: Member, ctx: Context) -> Iterator[Yielded]:
    vis = (RESTRICTED, Msg("%(file)s: shared with your Twitter Circle only", file=member.relpath), HIGH,
           False)
    env = _env(ctx)
    for n, row in enumerate(records(member, wanted=TWEET_KEYS), start=1):
        tweet = unwrap_any(row)
        if not isinstance(tweet, dict):
            yield bad_record(member.relpath, n, row, NOT_A_TWEET)
            continue
        yield from _emit(_tweet_item(tweet, env, member.relpath, n, vis, audience="circle"))


def _deleted_evidence(source: str) -> Msg:
    return Msg("%(file)s: deleted by you (X keeps deleted posts about 14 days)", file=source)


def _deleted_visibility(ctx: Context, evidence: Msg, created: datetime | None
                        ) -> tuple[str, str, str, bool | None]:
    was, _, _, was_public = post_visibility(_privacy(ctx), created)
    return RESTRICTED, evidence, HIGH, True if was == PUBLIC else was_public


@reads
def parse_deleted_tweets(member: Member, ctx: Context) -> Iterator[Yielded]:
    env = _env(ctx)
    evidence = _deleted_evidence(member.relpath)
    for n, row in enumerate(records(member, wanted=TWEET_KEYS), start=1):
        tweet = unwrap_any(row)
        if not isinstance(tweet, dict):
            yield bad_record(member.relpath, n, row, NOT_A_TWEET)
            continue
        vis = _deleted_visibility(ctx, evidence, tweet_date(tweet.get("created_at")))
        yield from _emit(_tweet_item(tweet, env, member.relpath, n, vis))


def _note_item(note: dict, ctx: Context, source: str, n: int, evidence: Msg,
               deleted: bool) -> Iterator[Yielded]:
    """One long post; `evidence` is its file's (built once per file)."""
    note_id = first_str(note, "noteTweetId", "id")
    if not note_id:
        yield bad_record(source, n, note, Msg("long post without an id: skipped"))
        return
    core = dict_field(note, "core")
    text = core.get("text") if isinstance(core.get("text"), str) else first_str(note, "text")
    created = any_date(note.get("createdAt"))
    if deleted:
        vis, _, confidence, was_public = _deleted_visibility(ctx, evidence, created)
    else:
        vis, _, confidence, was_public = post_visibility(_privacy(ctx), created)
    yield Item(platform=PLATFORM, kind="post", key=f"x:note:{note_id}", created_at=created,
               visibility=vis, evidence=evidence, confidence=confidence, source_file=source,
               text=unescape(text), was_public=was_public)


NOT_A_LONG_POST = Msg("not a long-post object: skipped")


@reads
def parse_note_tweets(member: Member, ctx: Context) -> Iterator[Yielded]:
    """Long posts. Those linked to a tweet are already that tweet's text; the rest are own posts."""
    linked = _state(ctx).notes_linked
    evidence = Msg("%(evidence)s; %(file)s: long post not matched to a tweet",
                   evidence=_privacy(ctx).evidence, file=member.relpath)
    for n, row in enumerate(records(member), start=1):
        note = unwrap_any(row)
        if not isinstance(note, dict):
            yield bad_record(member.relpath, n, row, NOT_A_LONG_POST)
            continue
        if first_str(note, "noteTweetId") in linked:
            continue
        yield from _note_item(note, ctx, member.relpath, n, evidence, deleted=False)


@reads
def parse_deleted_notes(member: Member, ctx: Context) -> Iterator[Yielded]:
    evidence = _deleted_evidence(member.relpath)
    for n, row in enumerate(records(member), start=1):
        note = unwrap_any(row)
        if not isinstance(note, dict):
            yield bad_record(member.relpath, n, row, NOT_A_LONG_POST)
            continue
        yield from _note_item(note, ctx, member.relpath, n, evidence, deleted=True)


# ---------------------------------------------------------------- Grailbird (≤ 2018)

def grailbird_date(value: Any) -> datetime | None:
    """`2014-05-27 12:24:35 +0000`; older files also use the tweet style."""
    if not isinstance(value, str):
        return None
    if len(value) == 25 and value[19:] == " +0000":
        try:
            return datetime(int(value[0:4]), int(value[5:7]), int(value[8:10]), int(value[11:13]),
                            int(value[14:16]), int(value[17:19]), tzinfo=UTC)
        except ValueError:
            return None
    return tweet_date(value)


@reads
def parse_grailbird_tweets(member: Member, ctx: Context) -> Iterator[Yielded]:
    """data/js/tweets/YYYY_MM.js: full API tweets with `user.protected` as of the archive's date."""
    answer = ctx.options.x_protected
    env = _env(ctx)
    source = member.relpath
    says_protected = Msg("%(file)s: user.protected %(value)s (as of this archive's date)", file=source,
                         value="true")
    says_public = Msg("%(file)s: user.protected %(value)s (as of this archive's date)", file=source,
                      value="false")
    says_nothing = Msg("%(file)s: no user.protected; assumed public", file=source)
    # tweets.csv repeats these tweets: it itemises only those the month files lack (parsed first).
    seen = _state(ctx).grailbird_ids
    for n, tweet in enumerate(records(member), start=1):
        if not isinstance(tweet, dict):
            yield bad_record(member.relpath, n, tweet, NOT_A_TWEET)
            continue
        user = dict_field(tweet, "user")
        if answer is not None:
            protected, evidence = answer, _privacy(ctx).evidence
        elif "protected" in user:
            protected = user.get("protected") in (True, "true")
            evidence = says_protected if protected else says_public
        else:
            protected, evidence = False, says_nothing
        # The flag is the state when the archive was made; the account may have changed since.
        confidence = HIGH if answer is not None else MEDIUM if "protected" in user else LOW
        vis = (RESTRICTED if protected else PUBLIC, evidence, confidence, None)
        problem, item = _tweet_item(tweet, env, member.relpath, n, vis, read_date=grailbird_date)
        if problem is not None:
            yield problem
        if item is not None:
            seen.add(item.key)
            yield item


GRAILBIRD_MONTHS = r"data/js/tweets/\d{4}_\d{2}\.js"


@reads
def parse_grailbird_csv(member: Member, ctx: Context) -> Iterator[Yielded]:
    """tweets.csv: the same tweets as data/js/tweets/, itemised from there when those files are present
    (same keys); a row the month files lack is itemised here, and on its own (an archive trimmed to the
    spreadsheet) the file is the only copy."""
    seen = _state(ctx).grailbird_ids
    answer = ctx.options.x_protected
    env = _env(ctx)
    source = member.relpath
    if answer is not None:
        vis = (RESTRICTED if answer else PUBLIC, _privacy(ctx).evidence, HIGH, None)
    else:
        # The spreadsheet has no user.protected, and nothing else in such an archive says it.
        vis = (UNKNOWN, Msg("%(file)s: no user.protected column; the account may have been protected",
                            file=source), LOW, None)
    for row in iter_csv(member, header_has=("tweet_id", "timestamp")):
        tweet: dict[str, Any] = {
            "id_str": row.get("tweet_id"), "text": row.get("text"), "created_at": row.get("timestamp"),
            "in_reply_to_status_id": row.get("in_reply_to_status_id"),
            "in_reply_to_user_id": row.get("in_reply_to_user_id"),
        }
        if seen and "x:tweet:" + row.get("tweet_id") in seen:
            continue
        if row.get("retweeted_status_id"):
            tweet["retweeted_status"] = {"id_str": row.get("retweeted_status_id")}
        problem, item = _tweet_item(tweet, env, source, row.line, vis, read_date=grailbird_date)
        if problem is not None:
            problem = replace(problem, place=Msg("line %(n)s", n=row.line))
            yield problem
        if item is not None:
            yield item


# ---------------------------------------------------------------- likes, graph, DMs

@reads
def parse_likes(member: Member, ctx: Context) -> Iterator[Yielded]:
    evidence = Msg("%(file)s: likes are private on X since June 2024", file=member.relpath)
    for n, row in enumerate(records(member), start=1):
        like = unwrap_any(row)
        tweet_id = first_str(like, "tweetId") if isinstance(like, dict) else ""
        if not tweet_id:
            yield bad_record(member.relpath, n, row, Msg("like without a tweet id: skipped"))
            continue
        url = first_str(like, "expandedUrl") or f"https://x.com/i/web/status/{tweet_id}"
        yield Item(platform=PLATFORM, kind="reaction", key=ctx.account_key("reaction", "like", tweet_id),
                   created_at=None,
                   visibility=RESTRICTED, evidence=evidence, confidence=HIGH, source_file=member.relpath,
                   text=unescape(like.get("fullText")), url=url, own=False)


def _connections(direction: str) -> Handler:
    @reads
    def parse(member: Member, ctx: Context) -> Iterator[Yielded]:
        # X shows both lists on the profile: to everyone, or to approved followers once protected.
        privacy = _privacy(ctx)
        visibility = connection_visibility(CONNECTIONS_ONLY if privacy.protected else EVERYONE)
        evidence = Msg("%(file)s: X shows who you follow and who follows you on your profile, to "
                       "everyone unless the account is protected (%(why)s)", file=member.relpath,
                       why=privacy.evidence)
        for n, row in enumerate(records(member), start=1):
            entry = unwrap_any(row)
            account_id = first_str(entry, "accountId") if isinstance(entry, dict) else ""
            if not account_id:
                yield bad_record(member.relpath, n, row, Msg("entry without an account id: skipped"))
                continue
            yield Item(platform=PLATFORM, kind="connection",
                       key=ctx.account_key("connection", direction, account_id),
                       created_at=None, visibility=visibility, evidence=evidence,
                       confidence=privacy.confidence, source_file=member.relpath,
                       url=first_str(entry, "userLink"), own=direction == "following")

    parse.__name__ = f"parse_{direction}"
    return parse


parse_followers = _connections("follower")
parse_following = _connections("following")


@reads
def parse_direct_messages(member: Member, ctx: Context) -> Iterator[Yielded]:
    """1:1 and group DMs, streamed message by message (one conversation can hold thousands).
    Membership events (joins, leaves, renames) are not messages and are not itemised."""
    own_id = _account_id(ctx)
    evidence = Msg("%(file)s: direct messages are private", file=member.relpath)
    for n, event in enumerate(records(member, "item.dmConversation.messages.item"), start=1):
        msg = event.get("messageCreate") if isinstance(event, dict) else None
        if not isinstance(msg, dict):
            if not isinstance(event, dict):
                yield bad_record(member.relpath, n, event, Msg("not a message object: skipped"), "message")
            continue
        created = any_date(msg.get("createdAt"))
        sender = first_str(msg, "senderId")
        msg_id = first_str(msg, "id")
        # The same message is in the other person's archive too: scoped by account.
        key = ctx.account_key("message", "dm", msg_id) if msg_id else \
            ctx.account_key("message", "dm", sender, msg.get("createdAt"), msg.get("text"))
        media = msg.get("mediaUrls")
        yield Item(platform=PLATFORM, kind="message", key=key, created_at=created, visibility=RESTRICTED,
                   evidence=evidence, confidence=HIGH, source_file=member.relpath,
                   text=unescape(msg.get("text")), media_count=len(media) if isinstance(media, list) else 0,
                   audience="dm", own=bool(own_id) and sender == own_id)


# ---------------------------------------------------------------- profile

def _profile_item(ctx: Context, source: str, field_name: str, text: str, evidence: Msg,
                  created: datetime | None = None, url: str = "") -> Item:
    return Item(platform=PLATFORM, kind="profile", key=ctx.account_key("profile", field_name),
                created_at=created, visibility=PUBLIC, evidence=evidence, confidence=HIGH,
                source_file=source, text=text, url=url, audience="profile")


def _profile_evidence(source: str) -> Msg:
    return Msg("%(file)s: shown on your profile, even when the account is protected", file=source)


@reads
def parse_account(member: Member, ctx: Context) -> Iterator[Yielded]:
    """Handle and display name (public even for protected accounts); email, phone: not content."""
    evidence = _profile_evidence(member.relpath)

    def one(n: int, account: dict[str, Any]) -> Iterator[Yielded]:
        handle = first_str(account, "username")
        if handle:
            yield _profile_item(ctx, member.relpath, "username", "@" + handle, evidence,
                                any_date(account.get("createdAt")), f"https://x.com/{handle}")
        name = first_str(account, "accountDisplayName")
        if name:
            yield _profile_item(ctx, member.relpath, "display_name", name, evidence)

    yield from each_object(member.relpath, numbered(member), Msg("not an account object: skipped"), one)


@reads
def parse_profile(member: Member, ctx: Context) -> Iterator[Yielded]:
    evidence = _profile_evidence(member.relpath)

    def one(n: int, profile: dict[str, Any]) -> Iterator[Yielded]:
        desc = dict_field(profile, "description")
        for field_name in ("bio", "location", "website"):
            value = first_str(desc, field_name)
            if value:
                yield _profile_item(ctx, member.relpath, field_name, value, evidence)

    yield from each_object(member.relpath, numbered(member), Msg("not a profile object: skipped"), one)


@reads
def parse_screen_name_changes(member: Member, ctx: Context) -> Iterator[Yielded]:
    evidence = Msg("%(file)s: former handles were shown publicly while in use", file=member.relpath)
    for n, row in enumerate(records(member), start=1):
        outer = unwrap_any(row)
        change = outer.get("screenNameChange", outer) if isinstance(outer, dict) else None
        if not isinstance(change, dict) or not first_str(change, "changedTo", "changedFrom"):
            yield bad_record(member.relpath, n, row, Msg("not a handle change: skipped"))
            continue
        changed_at = first_str(change, "changedAt")
        old, new = first_str(change, "changedFrom"), first_str(change, "changedTo")
        yield Item(platform=PLATFORM, kind="profile",
                   key=ctx.account_key("profile", "screen-name", changed_at, old, new),
                   created_at=any_date(changed_at), visibility=PUBLIC, evidence=evidence,
                   confidence=MEDIUM, source_file=member.relpath, text=f"@{old} → @{new}",
                   audience="profile")


# ---------------------------------------------------------------- the rarer files

def text_leaves(value: Any, names: tuple[str, ...] = ("text",), limit: int = 2000) -> str:
    """String leaves named `names` anywhere in a structure whose shape is not documented."""
    out: list[str] = []
    stack = [value]
    while stack and sum(len(s) for s in out) < limit:
        v = stack.pop()
        if isinstance(v, dict):
            for k, child in v.items():
                if k in names and isinstance(child, str):
                    out.append(child)
                elif isinstance(child, (dict, list)):
                    stack.append(child)
        elif isinstance(v, list):
            stack.extend(reversed(v))
    return "\n".join(s for s in out if s.strip())


def list_key(url: str, ctx: Context) -> str:
    """A created list's key. Its URL holds the owner's current handle (`twitter.com/<handle>/lists/
    <slug>`), which changes with a rename; the list's own part and the account do not."""
    parts = url.split("://", 1)[-1].split("?", 1)[0].rstrip("/").split("/")
    if "lists" in parts[1:]:
        at = parts.index("lists", 1)
        ident = "/".join(parts[at + 1:])
        if parts[at - 1] == "i" and ident:  # twitter.com/i/lists/<numeric id>
            return f"x:list:{ident}"
        if ident:
            return ctx.account_key("other", "list", ident.lower())
    return ctx.account_key("other", "list", url)


@reads
def parse_lists_created(member: Member, ctx: Context) -> Iterator[Yielded]:
    evidence = Msg("%(file)s: lists can be public or private and the export does not say which",
                   file=member.relpath)
    for n, row in enumerate(records(member), start=1):
        info = unwrap_any(row)
        urls: list[str] = []
        if isinstance(info, dict):
            if isinstance(info.get("url"), str):
                urls.append(info["url"])
            if isinstance(info.get("urls"), list):
                urls.extend(u for u in info["urls"] if isinstance(u, str))
        if not urls:
            yield bad_record(member.relpath, n, row, Msg("list without a URL: skipped"))
            continue
        for url in urls:
            yield Item(platform=PLATFORM, kind="other", key=list_key(url, ctx),
                       created_at=None, visibility=UNKNOWN, evidence=evidence, confidence=LOW,
                       source_file=member.relpath, text=url.rstrip("/").rsplit("/", 1)[-1], url=url)


@reads
def parse_moments(member: Member, ctx: Context) -> Iterator[Yielded]:
    evidence = Msg("%(file)s: Moments were public pages (a retired feature)", file=member.relpath)
    for n, row in enumerate(records(member), start=1):
        moment = unwrap_any(row)
        moment_id = first_str(moment, "momentId", "id") if isinstance(moment, dict) else ""
        if not moment_id:
            yield bad_record(member.relpath, n, row, Msg("moment without an id: skipped"))
            continue
        text = "\n".join(s for s in (first_str(moment, "title"), first_str(moment, "description")) if s)
        yield Item(platform=PLATFORM, kind="post", key=f"x:moment:{moment_id}",
                   created_at=any_date(moment.get("createdAt")), visibility=PUBLIC, evidence=evidence,
                   confidence=LOW, source_file=member.relpath, text=text,
                   url=f"https://x.com/i/moments/{moment_id}")


@reads
def parse_articles(member: Member, ctx: Context) -> Iterator[Yielded]:
    statuses = _state(ctx).article_status
    for n, row in enumerate(records(member), start=1):
        article = unwrap_any(row)
        article_id = first_str(article, "id", "articleId", "restId") if isinstance(article, dict) else ""
        if not article_id:
            yield bad_record(member.relpath, n, row, Msg("article without an id: skipped"))
            continue
        status, meta_file = statuses.get(article_id, ("", ""))
        verdict = article_visibility(status, meta_file)
        body = text_leaves({k: v for k, v in article.items() if k != "title"})
        text = "\n".join(s for s in (first_str(article, "title"), body) if s)
        yield Item(platform=PLATFORM, kind="article", key=f"x:article:{article_id}",
                   created_at=any_date(article.get("createdAt") or article.get("createdAtMs")),
                   visibility=verdict.visibility, evidence=verdict.evidence,
                   confidence=verdict.confidence, source_file=member.relpath, text=text)


@reads
def parse_community_notes(member: Member, ctx: Context) -> Iterator[Yielded]:
    evidence = Msg("%(file)s: Community Notes are shown publicly under an alias (notes not yet rated "
                   "helpful may be seen by contributors only)", file=member.relpath)
    for n, row in enumerate(records(member), start=1):
        note = unwrap_any(row)
        note_id = first_str(note, "noteId", "id") if isinstance(note, dict) else ""
        if not note_id:
            yield bad_record(member.relpath, n, row, Msg("note without an id: skipped"))
            continue
        yield Item(platform=PLATFORM, kind="comment", key=f"x:community-note:{note_id}",
                   created_at=any_date(note.get("createdAt")), visibility=PUBLIC, evidence=evidence,
                   confidence=MEDIUM, source_file=member.relpath, text=first_str(note, "summary"),
                   url=f"https://x.com/i/birdwatch/n/{note_id}", audience="community notes")


@reads
def parse_grok_chats(member: Member, ctx: Context) -> Iterator[Yielded]:
    evidence = Msg("%(file)s: conversations with Grok are private", file=member.relpath)
    own_id = _account_id(ctx)
    for n, row in enumerate(records(member), start=1):
        chat = unwrap_any(row)
        if not isinstance(chat, dict) or not (first_str(chat, "chatId") or first_str(chat, "createdAt")):
            yield bad_record(member.relpath, n, row, Msg("not a chat entry: skipped"))
            continue
        # `sender` is an enum object in newer files ({"name": "User", "originalName": "USER"}).
        sender_field = chat.get("sender")
        sender = (first_str(sender_field, "originalName", "name") if isinstance(sender_field, dict)
                  else first_str(chat, "sender")).lower()
        created_raw = first_str(chat, "createdAt")
        # The sender field's values are not confirmed; only a clearly human sender counts as own.
        own = sender in ("user", "human", "you") or (bool(own_id) and sender == own_id)
        yield Item(platform=PLATFORM, kind="message",
                   key=ctx.account_key("message", "grok", first_str(chat, "chatId"), created_raw,
                                       sender),
                   created_at=any_date(created_raw), visibility=RESTRICTED, evidence=evidence,
                   confidence=HIGH, source_file=member.relpath, text=first_str(chat, "message"),
                   audience="grok", own=own)


# X Chat ciphertext: base64 of at least a few dozen bytes, no blanks (seen in 2026 archives).
_CIPHERTEXT = re.compile(r"[A-Za-z0-9+/]{24,}={0,2}")


def chat_message_text(create: dict) -> tuple[str, bool]:
    """(text, encrypted) of a message-event.js `messageCreateEvent`. In real 2026 archives every one
    is end-to-end encrypted: `contents` is base64 ciphertext beside a `conversationKeyVersion`. A
    readable message's shape is not confirmed: text in `text`, or in `contents` as plain text or as
    an object holding a `text`."""
    contents = create.get("contents")
    if isinstance(contents, dict):
        return text_leaves(contents), False
    text = create.get("text")
    if isinstance(text, str) and text:
        return text, False
    if isinstance(contents, str) and contents:
        if create.get("conversationKeyVersion") or _CIPHERTEXT.fullmatch(contents):
            return "", True
        return contents, False
    return "", False


@reads
def parse_message_events(member: Member, ctx: Context) -> Iterator[Yielded]:
    """X Chat (2025+): a log of events per conversation. Messages are itemised where readable; the
    encrypted ones are counted in a notice; read markers and key changes are not messages."""
    own_id = _account_id(ctx)
    source = member.relpath
    evidence = Msg("%(file)s: chat messages are private", file=source)
    encrypted = 0
    for n, row in enumerate(records(member), start=1):
        event = unwrap_any(row)
        detail = event.get("detail") if isinstance(event, dict) else None
        if not isinstance(detail, dict):
            yield bad_record(source, n, row, Msg("not a chat event: skipped"))
            continue
        create = detail.get("messageCreateEvent")
        if not isinstance(create, dict):
            continue  # markConversationReadEvent, conversationKeyChangeEvent…: not messages
        text, is_encrypted = chat_message_text(create)
        if is_encrypted:
            encrypted += 1
            continue
        message_id = first_str(event, "messageId", "sequenceId")
        created_raw = first_str(event, "createdAtMsec", "createdAt")
        sender = first_str(event, "senderId")
        key = (ctx.account_key("message", "chat", message_id) if message_id else
               ctx.account_key("message", "chat", first_str(event, "conversationId"), created_raw, sender,
                               text))
        yield Item(platform=PLATFORM, kind="message", key=key, created_at=any_date(created_raw),
                   visibility=RESTRICTED, evidence=evidence, confidence=HIGH, source_file=source,
                   text=text, audience="dm", own=bool(own_id) and sender == own_id)
    if encrypted:
        ctx.info.notices.append(Msg(
            "X: %(file)s holds %(n)s end-to-end encrypted chat messages (X Chat); the archive cannot "
            "show their text, so they are counted here but not itemised.", file=source, n=Num(encrypted)))


@reads
def parse_fleets(member: Member, ctx: Context) -> Iterator[Yielded]:
    evidence = Msg("%(file)s: Fleets disappeared after 24 hours (a feature of 2020–21)", file=member.relpath)

    def one(n: int, fleet: dict[str, Any]) -> Iterator[Yielded]:
        created_raw = first_str(fleet, "createdAt", "created_at")
        fleet_id = first_str(fleet, "fleetId", "fleet_id", "id")
        text = first_str(fleet, "text")
        key = f"x:fleet:{fleet_id}" if fleet_id else ctx.account_key("story", "fleet", created_raw, text)
        yield Item(platform=PLATFORM, kind="story", key=key, created_at=any_date(created_raw),
                   visibility=RESTRICTED, evidence=evidence, confidence=HIGH,
                   source_file=member.relpath, text=text)

    yield from each_object(member.relpath, numbered(member), Msg("not a fleet object: skipped"), one)


@reads
def parse_spaces(member: Member, ctx: Context) -> Iterator[Yielded]:
    evidence = Msg("%(file)s: Spaces were public audio; only their metadata is here, no text",
                   file=member.relpath)
    own_id = _account_id(ctx)
    for n, row in enumerate(records(member), start=1):
        space = unwrap_any(row)
        space_id = first_str(space, "id", "spaceId") if isinstance(space, dict) else ""
        if not space_id:
            yield bad_record(member.relpath, n, row, Msg("space without an id: skipped"))
            continue
        hosts = space.get("hostUserIds") if isinstance(space.get("hostUserIds"), list) else []
        own = not own_id or first_str(space, "creatorUserId") == own_id or own_id in hosts
        yield Item(platform=PLATFORM, kind="other", key=ctx.account_key("other", "space", space_id),
                   created_at=any_date(space.get("createdAt")), visibility=PUBLIC, evidence=evidence,
                   confidence=MEDIUM, source_file=member.relpath,
                   url=f"https://x.com/i/spaces/{space_id}", own=own)


@reads
def parse_periscope_comments(member: Member, ctx: Context) -> Iterator[Yielded]:
    evidence = Msg("%(file)s: comments in a live Periscope broadcast's public chat", file=member.relpath)

    def one(n: int, comment: dict[str, Any]) -> Iterator[Yielded]:
        created_raw = first_str(comment, "createdAt", "timestamp", "created_at")
        comment_id = first_str(comment, "commentId", "id", "uuid")
        text = first_str(comment, "text", "body")
        key = (f"x:periscope-comment:{comment_id}" if comment_id else
               ctx.account_key("comment", "periscope", first_str(comment, "broadcastId"), created_raw,
                               text))
        yield Item(platform=PLATFORM, kind="comment", key=key, created_at=any_date(created_raw),
                   visibility=PUBLIC, evidence=evidence, confidence=LOW, source_file=member.relpath,
                   text=text, audience="periscope")

    yield from each_object(member.relpath, numbered(member), Msg("not a comment object: skipped"), one)


def _private_texts(kind_name: str, text_fields: tuple[str, ...], id_fields: tuple[str, ...],
                   why: Callable[[str], Msg]) -> Handler:
    """Small private files with one text per entry (reply prompts, saved searches); `why` gives the
    evidence for a file."""

    @reads
    def parse(member: Member, ctx: Context) -> Iterator[Yielded]:
        evidence = why(member.relpath)
        for n, row in enumerate(records(member), start=1):
            entry = unwrap_any(row)
            text = first_str(entry, *text_fields) if isinstance(entry, dict) else ""
            if not text:
                if not (isinstance(entry, dict) and not entry):  # `{ }` placeholders are not records
                    yield bad_record(member.relpath, n, row, Msg("entry without text: skipped"))
                continue
            entry_id = first_str(entry, *id_fields)
            created_raw = first_str(entry, "createdAt", "created_at", "timestamp")
            key = (f"x:{kind_name}:{entry_id}" if entry_id else
                   ctx.account_key("other", kind_name, created_raw, text))
            yield Item(platform=PLATFORM, kind="other", key=key, created_at=any_date(created_raw),
                       visibility=RESTRICTED, evidence=evidence, confidence=HIGH,
                       source_file=member.relpath, text=text)

    parse.__name__ = f"parse_{kind_name.replace('-', '_')}"
    return parse


parse_reply_prompts = _private_texts(
    "reply-prompt", ("proposedTweetText", "text"), ("id", "tweetId"),
    lambda source: Msg("%(file)s: a reply X warned you about before posting; it may never have been "
                       "posted", file=source))
parse_saved_searches = _private_texts(
    "saved-search", ("query",), ("savedSearchId", "id"),
    lambda source: Msg("%(file)s: saved searches are private to you", file=source))


# ---------------------------------------------------------------- the table

_NOT_CONTENT = N_("account, security or advertising data, not content you posted")

ROUTES: tuple[Route, ...] = (
    # The viewer and the archive's own description.
    Route(r"Your archive\.html", None, "X's offline viewer for this archive (no data of its own)"),
    Route(r"assets/.*", None, "the offline viewer's scripts, styles and fonts"),
    Route(r"data/README\.txt", None, "X's description of the archive's files"),
    context_route(r"data/manifest\.js", "the archive's table of contents (read for the export date)"),
    # Posts. tweet.js until mid 2022, tweets.js since late 2022 (and their -partN files).
    Route(D + r"tweets?" + PART, parse_tweets, "your posts, replies, quotes and retweets"),
    Route(D + r"note-tweet" + PART, parse_note_tweets, "full text of long posts (linked to their tweets)"),
    Route(D + r"community-tweet" + PART, parse_community_tweets, "posts made in X Communities"),
    Route(D + r"twitter-circle-tweet" + PART, parse_circle_tweets,
          "posts shared with your Twitter Circle only (2022–23)"),
    Route(D + r"deleted-tweets?" + PART, parse_deleted_tweets, "posts you deleted in the last ~14 days"),
    Route(D + r"deleted-note-tweets?" + PART, parse_deleted_notes, "long posts you deleted recently"),
    Route(D + r"(?:deleted-)?tweets?-headers?" + PART, None,
          "ids and dates of posts without their text (the posts themselves are itemised)"),
    Route(D + r"twitter-circle(?:-member)?" + PART, None,
          "your Twitter Circle and its members (who could see Circle posts), not content"),
    # Likes, graph.
    Route(D + r"like" + PART, parse_likes, "posts you liked (others' text)"),
    Route(D + r"follower" + PART, parse_followers, "accounts that follow you"),
    Route(D + r"following" + PART, parse_following, "accounts you follow"),
    Route(D + r"(?:block|mute|direct-message-mute|smartblock)" + PART, None,
          "accounts you blocked or muted: private account settings, not content"),
    # Direct messages (singular and plural spellings both occur).
    Route(D + r"direct-messages?(?:-group)?" + PART, parse_direct_messages,
          "direct messages and group messages"),
    Route(D + r"direct-message(?:s)?(?:-group)?-headers?" + PART, None,
          "message ids and dates without text (the messages themselves are itemised)"),
    Route(D + r"audio-video-calls-in-dm(?:-recipient-sessions)?" + PART, None,
          "call logs from direct messages: metadata, no text"),
    Route(D + r"message-event" + PART, parse_message_events,
          "X Chat messages (2025 on; end-to-end encrypted ones are counted, not readable)"),
    # Profile.
    Route(D + r"account" + PART, parse_account, "your handle and display name"),
    Route(D + r"profile" + PART, parse_profile, "your bio, location and website"),
    Route(D + r"screen-name-change" + PART, parse_screen_name_changes, "your former handles"),
    context_route(D + r"protected-history" + PART,
                  "when you protected or unprotected your posts (read to decide visibility)"),
    Route(D + r"(?:verified|verified-organization|account-label|professional-data|expanded-profile"
          r"|account-timezone)" + PART, None,
          "profile badges and settings: metadata, not content you wrote"),
    # Other content.
    Route(D + r"lists-created" + PART, parse_lists_created, "lists you made"),
    Route(D + r"lists-(?:member|subscribed)" + PART, None, "lists others made that you are on or follow"),
    Route(D + r"moments?" + PART, parse_moments, "Moments you made"),
    Route(D + r"(?:twitter-)?article" + PART, parse_articles, "X Articles you wrote"),
    context_route(D + r"(?:twitter-)?article-metadata" + PART,
                  "whether each article is a draft or published (read to decide visibility)"),
    Route(D + r"(?:community-note|birdwatch-note)" + PART, parse_community_notes,
          "Community Notes you wrote"),
    Route(D + r"(?:community-note|birdwatch-note)-(?:rating|tombstone|batsignal)" + PART, None,
          "your ratings of notes and deleted-note records: not text you published"),
    Route(D + r"community-note-api-test-note" + PART, None,
          "test notes written through the Community Notes API: never shown on X"),
    Route(D + r"grok-chat-item" + PART, parse_grok_chats, "your chats with Grok"),
    Route(D + r"fleets?" + PART, parse_fleets, "Fleets (24-hour stories, 2020–21)"),
    Route(D + r"spaces-metadata" + PART, parse_spaces, "Spaces you hosted (metadata only)"),
    Route(D + r"periscope-comments-made-by-user" + PART, parse_periscope_comments,
          "your comments on Periscope broadcasts"),
    Route(D + r"periscope-[a-z0-9-]+" + PART, None,
          "legacy Periscope account data and broadcast metadata: no text you wrote"),
    Route(D + r"reply-prompt" + PART, parse_reply_prompts, "replies X asked you to reconsider"),
    Route(D + r"saved-search" + PART, parse_saved_searches, "your saved searches"),
    # Media folders: counted through their posts' and messages' media_count.
    Route(D + r"(?:tweets?_media|community_tweet_media|deleted_tweets_media|twitter_circle_tweet_media"
          r"|moments_media|moments_tweets_media|profile_media|spaces_media|periscope_broadcast_media"
          r"|fleet_media|grok_chat_media|article_media|twitter_article_media)/.*", None,
          "media files of your posts and profile (counted with their posts)"),
    Route(D + r"direct_messages?(?:_group)?_media/.*", None,
          "attachments of direct messages (counted with their messages)"),
    # Account, security and advertising data.
    Route(D + r"ad-free-article-visits" + PART, None,
          "articles you read without ads (X Premium): reading history, not content you posted"),
    Route(D + r"(?:ad|ads)-[a-z0-9-]+" + PART, None,
          N_("advertising data: account, security or advertising data, not content you posted")),
    Route(D + r"(?:phone-number|email-address-change|ip-audit|account-creation-ip|ageinfo"
          r"|personalization|device-token|ni-devices|connected-application|contact|sso|key-registry"
          r"|account-suspension|app|user-link-clicks?|branch-links?|tweetdeck|shop-module|shopify-account"
          r"|product-drop|product-set|catalog-item|commerce-catalog|twitter-shop|ads-revenue-sharing"
          r"|mute-word|muted-word|community-membership|community-member|spaces-participated"
          r"|deleted-account|periscope|smart-block|subscription|monetization)" + PART, None,
          _NOT_CONTENT),
    # ≤ 2018 Grailbird tweet archive.
    Route(GRAILBIRD_MONTHS, parse_grailbird_tweets, "your tweets of one month (≤ 2018)"),
    context_route(r"data/js/(?:tweet_index|payload_details|user_details)\.js",
                  "index and account details of the ≤ 2018 archive (read for the account)"),
    Route(r"tweets\.csv", parse_grailbird_csv,
          "the same tweets as data/js/tweets/ (itemised from there; a tweet only here is itemised here)"),
    Route(r"(?:index\.html|README\.txt|(?:css|img|js|lib)/.*)", None,
          "the ≤ 2018 archive's offline viewer"),
)

SPEC = ParserSpec(
    platform=PLATFORM,
    label=N_("X (Twitter) archive"),
    expects=N_("an X (Twitter) archive: data/tweets.js, data/account.js, data/manifest.js, or a 2012–2018 "
               "archive's data/js/tweets/YYYY_MM.js files, data/js/user_details.js or tweets.csv"),
    signatures=(
        Signature(r"data/manifest\.js", 2),
        Signature(r"data/README\.txt"),
        Signature(r"data/account\.js"),
        Signature(r"data/tweets?\.js"),
        # 2018–19: the window.YTD files at the archive root.
        Signature(r"tweets?\.js"),
        Signature(r"account\.js"),
        # ≤ 2018 Grailbird: tweets.csv may be missing (an archive trimmed to the viewer's files).
        Signature(r"data/js/tweet_index\.js"),
        Signature(r"data/js/user_details\.js"),
        Signature(r"data/js/tweets/\d{4}_\d{2}\.js"),
        Signature(r"tweets\.csv"),
    ),
    routes=ROUTES,
    prepare=prepare,
    state=XState,
    # Linking a long post to its tweet happens while the tweets are read; unlinked notes come after.
    # tweets.csv itemises only what the Grailbird month files lack, so those come first too.
    first=(D + r"tweets?" + PART, r"data/js/tweets/\d{4}_\d{2}\.js"),
)
