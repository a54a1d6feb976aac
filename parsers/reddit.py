"""Reddit data request download (reddit.com/settings/data-request, GDPR/CCPA): one flat zip of CSV
files, read by header name (columns were added and dropped between years; uploaders edit them).

No row carries a visibility field. A post or comment names its community (`subreddit`), and whether
that community was public, restricted or private is not in the download: posts and comments are
public unless the download says otherwise (a `[removed]` or `[deleted]` body), at medium confidence,
and the evidence says so plainly. Messages and chat are private; votes are private unless the
account's `public_votes` preference is on. docs/formats/reddit.md lists every file seen in real
downloads of 2023 and what is done with it."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass

from ai_exposure.archive import Member
from ai_exposure.i18n import N_, Msg
from ai_exposure.model import (
    HIGH,
    LOW,
    MEDIUM,
    ONLY_YOU,
    PUBLIC,
    RESTRICTED,
    UNKNOWN,
    Item,
    Problem,
    connection_visibility,
)
from ai_exposure.parsing import (
    Context,
    NotRecognised,
    ParserSpec,
    Route,
    Signature,
    Verdict,
    context_route,
)
from ai_exposure.platforms import Platform
from ai_exposure.readers import ReadError, Row, csv_header, iter_csv, normalise_header, parse_date

from ._policies import policy_text

PLATFORM = "reddit"
Yielded = Item | Problem

REDDIT = Platform(PLATFORM, "Reddit", "#d93a00", "#ff8b60", text_colour="#b83200",
                  policy_toml=policy_text(PLATFORM))

SITE = "https://www.reddit.com"
REMOVED = frozenset(("[removed]", "[deleted]"))


def csv_name(name: str) -> str:
    """A route pattern for `<name>.csv` and its parts `<name>_1.csv`, `<name>_2.csv` (large tables)."""
    return name + r"(?:_\d+)?\.csv"


@dataclass(frozen=True)
class Account:
    """What statistics.csv and user_preferences.csv say (the parser's state)."""

    name: str = ""
    public_votes: bool | None = None
    votes_evidence: str = ""


def _account(ctx: Context) -> Account:
    account = ctx.state.get(PLATFORM)
    return account if isinstance(account, Account) else Account()


def _settings(ctx: Context, name: str, key: str, value: str) -> Iterator[tuple[str, str, str]]:
    """(file, key, value) of the rows of a two-column `key,value` file."""
    member = ctx.find_one(csv_name(name))
    if member is None:
        return
    for row in iter_csv(member, (key, value)):
        yield member.relpath, row.get(key).strip().lower(), row.get(value).strip()


def prepare(ctx: Context) -> Iterator[Problem]:
    name, public_votes, evidence = "", None, ""
    try:
        for _file, key, value in _settings(ctx, "statistics", "statistic", "value"):
            if key == "account name":
                name = value
            elif key == "export time":
                ctx.info.export_date = parse_date(value)
    except ReadError as exc:
        yield Problem("statistics.csv", exc.place, exc.reason)
    try:
        for file, key, value in _settings(ctx, "user_preferences", "preference", "value"):
            if key == "public_votes" and value.lower() in ("true", "false"):
                public_votes = value.lower() == "true"
                evidence = f"{file}: public_votes {value}"
    except ReadError as exc:
        yield Problem("user_preferences.csv", exc.place, exc.reason)
    ctx.info.account = f"u/{name}" if name else ""
    ctx.info.owner_id = name.lower()
    ctx.state[PLATFORM] = Account(name, public_votes, evidence)
    yield from _check_files(ctx)


def _check_files(ctx: Context) -> Iterator[Problem]:
    """checkfile.csv (filename, sha256) lists every other file of the download with its SHA-256:
    files listed but absent mean a part of the download is missing, a different hash a file changed
    since Reddit made it. Both are said, because what is counted depends on them."""
    member = ctx.find_one(r"checkfile\.csv")
    if member is None:
        return
    present = {m.relpath.lower(): m for m in ctx.members}
    missing, changed = [], []
    try:
        for row in iter_csv(member, ("filename", "sha256")):
            name, digest = row.get("filename").strip(), row.get("sha256").strip().lower()
            found = present.get(name.lower())
            if found is None:
                missing.append(name)
            elif digest and _sha256(found) != digest:
                changed.append(name)
    except ReadError as exc:
        yield Problem(member.relpath, exc.place, exc.reason)
        return
    if missing:
        ctx.info.notices.append(Msg("%(n)s files that %(file)s lists are not in the download (%(names)s): "
                                    "it is not the whole download", n=len(missing), file=member.relpath,
                                    names=", ".join(sorted(missing)[:8])))
    if changed:
        ctx.info.notices.append(Msg("%(n)s files differ from the checksum that %(file)s gives them "
                                    "(%(names)s): they were changed after Reddit made the download",
                                    n=len(changed), file=member.relpath,
                                    names=", ".join(sorted(changed)[:8])))


def _sha256(member: Member) -> str:
    digest = hashlib.sha256()
    try:
        with member.open() as stream:
            while chunk := stream.read(1 << 20):
                digest.update(chunk)
    except Exception:  # noqa: BLE001 - a damaged member is reported where it is read
        return ""
    return digest.hexdigest()


# ---------------------------------------------------------------- the rules (pure)

def community_verdict(file: str, subreddit: str, body: str) -> Verdict:
    """A post or comment: public where it was made, unless the download says it was taken down. Whether
    its community was private is not in the download, so the confidence is medium at best."""
    if body.strip() in REMOVED:
        return Verdict(RESTRICTED, Msg("%(file)s: the body is %(value)s: no longer shown on Reddit",
                                       file=file, value=body.strip()), MEDIUM)
    if not subreddit or subreddit.upper() == "N/A":
        return Verdict(UNKNOWN, Msg("%(file)s: no community named; the download does not say who "
                                    "could see it", file=file), LOW)
    if subreddit.lower().startswith("u_"):
        return Verdict(PUBLIC, Msg("%(file)s: subreddit %(name)s is your profile, public on Reddit",
                                   file=file, name=subreddit), MEDIUM, audience="profile")
    return Verdict(PUBLIC, Msg("%(file)s: posted in r/%(name)s; public unless that community is "
                               "private, which the download does not say", file=file, name=subreddit),
                   MEDIUM, audience="community")


def vote_verdict(file: str, public_votes: bool | None, evidence: str) -> Verdict:
    if public_votes:
        return Verdict(PUBLIC, Msg("%(file)s: votes are shown on your profile (%(evidence)s)",
                                   file=file, evidence=evidence), MEDIUM)
    if public_votes is False:
        return Verdict(RESTRICTED, Msg("%(file)s: votes are private (%(evidence)s)", file=file,
                                       evidence=evidence), HIGH)
    return Verdict(RESTRICTED, Msg("%(file)s: votes are private on Reddit unless made public, and "
                                   "the download holds no such preference", file=file), MEDIUM)


def _url(permalink: str) -> str:
    if permalink.startswith("/"):
        return SITE + permalink
    return permalink if permalink.startswith("https://") else ""


# ---------------------------------------------------------------- handlers

def _rows(member: Member, *header: str) -> Iterator[Row]:
    """Rows of a file whose header holds `header`; a file under a known name with another header is
    not the one the route expects (NotRecognised: listed unknown)."""
    cells = csv_header(member)
    if cells and not all(normalise_header(h) in cells for h in header):
        raise NotRecognised
    yield from iter_csv(member, header)


def _place(row: Row) -> Msg:
    return Msg("line %(n)s", n=row.line)


def posts(member: Member, ctx: Context) -> Iterator[Yielded]:
    """`posts.csv` (id, permalink, date, ip, subreddit, gildings, title, url, body)."""
    for row in _rows(member, "id", "subreddit", "title"):
        post_id = row.get("id").strip()
        if not post_id:
            yield Problem(member.relpath, _place(row), Msg("no id; skipped"))
            continue
        body = row.get("body")
        title = row.get("title")
        verdict = community_verdict(member.relpath, row.get("subreddit").strip(), body)
        text = f"{title}\n{body}" if body and body.strip() not in REMOVED else title
        yield _item(member, "post", f"{PLATFORM}:post:{post_id}", parse_date(row.get("date")), verdict,
                    text=text, url=_url(row.get("permalink")))


def comments(member: Member, ctx: Context) -> Iterator[Yielded]:
    """`comments.csv` (id, permalink, date, ip, subreddit, gildings, link, parent, body, media);
    `parent` is a bare id, empty for a comment on the post itself."""
    for row in _rows(member, "id", "subreddit", "body"):
        comment_id = row.get("id").strip()
        if not comment_id:
            yield Problem(member.relpath, _place(row), Msg("no id; skipped"))
            continue
        body = row.get("body")
        verdict = community_verdict(member.relpath, row.get("subreddit").strip(), body)
        media = 1 if row.get("media").strip() else 0
        yield _item(member, "comment", f"{PLATFORM}:comment:{comment_id}", parse_date(row.get("date")),
                    verdict, text="" if body.strip() in REMOVED else body,
                    url=_url(row.get("permalink")), media_count=media)


def messages(member: Member, ctx: Context) -> Iterator[Yielded]:
    """`messages.csv` / `messages_archive.csv` (id, permalink, thread_id, date, ip, from, to, subject,
    body): private messages, sent and received."""
    name = _account(ctx).name.lower()
    verdict = Verdict(RESTRICTED, Msg("%(file)s: a private message", file=member.relpath), HIGH,
                      audience="dm")
    for row in _rows(member, "id", "from", "to"):
        message_id = row.get("id").strip()
        if not message_id:
            yield Problem(member.relpath, _place(row), Msg("no id; skipped"))
            continue
        subject, body = row.get("subject"), row.get("body")
        sender = row.get("from").strip().lower()
        yield _item(member, "message", f"{PLATFORM}:message:{message_id}", parse_date(row.get("date")),
                    verdict, text=f"{subject}\n{body}" if subject and body else subject or body,
                    own=not name or not sender or sender == name)


def chat(member: Member, ctx: Context) -> Iterator[Yielded]:
    """`chat_history.csv` (message_id, created_at, updated_at, username, message,
    [thread_parent_message_id,] channel_url, subreddit, channel_name, conversation_type): both sides
    of direct and group chats, and community chat channels."""
    name = _account(ctx).name.lower()
    for row in _rows(member, "message_id", "username", "message"):
        message_id = row.get("message_id").strip()
        if not message_id:
            yield Problem(member.relpath, _place(row), Msg("no id; skipped"))
            continue
        channel = row.get("conversation_type").strip() or "chat"
        verdict = Verdict(RESTRICTED, Msg("%(file)s: a Reddit chat message (%(type)s)",
                                          file=member.relpath, type=channel), HIGH, audience="dm")
        sender = row.get("username").strip().lower()
        yield _item(member, "message", f"{PLATFORM}:chat:{message_id}", parse_date(row.get("created_at")),
                    verdict, text=row.get("message"), own=not name or not sender or sender == name)


def votes(member: Member, ctx: Context) -> Iterator[Yielded]:
    """`post_votes.csv` / `comment_votes.csv` (id, permalink, direction up|down|none) and
    `poll_votes.csv` (post_id, user_selection, …): votes on others' content, no dates."""
    account = _account(ctx)
    verdict = vote_verdict(member.relpath, account.public_votes, account.votes_evidence)
    stem = member.relpath.rsplit("/", 1)[-1].split(".")[0]
    for row in _rows(member):
        target = row.get("id", "post_id").strip()
        if not target:
            yield Problem(member.relpath, _place(row), Msg("no id; skipped"))
            continue
        direction = row.get("direction").strip().lower()
        # "none": a vote taken back; the row stays in the download, but there is no vote now.
        kind = "activity" if direction == "none" else "reaction"
        yield _item(member, kind, ctx.account_key("vote", stem, target), None,
                    verdict if kind == "reaction" else _ONLY_YOU(member.relpath),
                    url=_url(row.get("permalink")), own=False, text=direction)


def _ONLY_YOU(file: str) -> Verdict:  # noqa: N802 - reads as the constant it stands for
    return Verdict(RESTRICTED, Msg("%(file)s: seen by you alone", file=file), HIGH)


def activity(member: Member, ctx: Context) -> Iterator[Yielded]:
    """`saved_posts.csv`, `saved_comments.csv`, `hidden_posts.csv` (id, permalink): seen by you alone."""
    verdict = _ONLY_YOU(member.relpath)
    stem = member.relpath.rsplit("/", 1)[-1].split(".")[0]
    for row in _rows(member, "id"):
        target = row.get("id").strip()
        if not target:
            yield Problem(member.relpath, _place(row), Msg("no id; skipped"))
            continue
        yield _item(member, "activity", ctx.account_key("activity", stem, target), None, verdict,
                    url=_url(row.get("permalink")), own=False)


def unpublished(member: Member, ctx: Context) -> Iterator[Yielded]:
    """`drafts.csv` (id, title, body, …, created, subreddit, is_public_link) and `scheduled_posts.csv`
    (scheduled_post_id, subreddit, title, body, url, submission_time, …): not published."""
    verdict = Verdict(RESTRICTED, Msg("%(file)s: not published (a draft or scheduled post)",
                                      file=member.relpath), HIGH)
    for row in _rows(member, "title"):
        draft_id = row.get("id", "scheduled_post_id").strip()
        if not draft_id:
            yield Problem(member.relpath, _place(row), Msg("no id; skipped"))
            continue
        title, body = row.get("title"), row.get("body")
        yield _item(member, "post", f"{PLATFORM}:draft:{draft_id}",
                    parse_date(row.get("created", "submission_time")), verdict,
                    text=f"{title}\n{body}" if body else title)


def communities(member: Member, ctx: Context) -> Iterator[Yielded]:
    """`subscribed_subreddits.csv` (subreddit): the communities you joined, which Reddit shows to
    no one else."""
    shown = connection_visibility(ONLY_YOU)
    verdict = Verdict(shown, Msg("%(file)s: the communities you joined are visible only to you",
                                 file=member.relpath), MEDIUM)
    for row in _rows(member, "subreddit"):
        name = row.get("subreddit").strip()
        if not name:
            continue
        yield _item(member, "connection", ctx.account_key("community", name.lower()), None, verdict,
                    text=f"r/{name}", url=f"{SITE}/r/{name}/", own=False)


def _item(member: Member, kind: str, key: str, created, verdict: Verdict, text: str = "", url: str = "",
          media_count: int = 0, own: bool = True) -> Item:
    return Item(platform=PLATFORM, kind=kind, key=key, created_at=created,
                visibility=verdict.visibility, evidence=verdict.evidence, confidence=verdict.confidence,
                source_file=member.relpath, text=text, url=url, media_count=media_count,
                audience=verdict.audience, was_public=verdict.was_public, own=own)


_NOT_CONTENT = ("account, payment, login or advertising data, not content you posted")

SPEC = ParserSpec(
    platform=PLATFORM,
    label=N_("Reddit data download"),
    signatures=(
        Signature(csv_name("posts")), Signature(csv_name("comments")),
        Signature(csv_name("post_votes")), Signature(csv_name("comment_votes")),
        Signature(csv_name("post_headers")), Signature(csv_name("comment_headers")),
        Signature(r"checkfile\.csv"), Signature(csv_name("subscribed_subreddits")),
        # A partial download (one or two files): known by the header of its comments or posts.
        Signature(csv_name("comments"), 2, header=r"id,permalink,date,(?:ip,)?subreddit,"),
        Signature(csv_name("posts"), 2, header=r"id,permalink,date,(?:ip,)?subreddit,"),
    ),
    routes=(
        Route(csv_name("posts"), posts, "your posts"),
        Route(csv_name("comments"), comments, "your comments"),
        Route(csv_name("(?:messages|messages_archive)"), messages, "private messages, sent and received"),
        Route(csv_name("chat_history"), chat, "chat messages, yours and others'"),
        Route(csv_name("(?:post_votes|comment_votes|poll_votes)"), votes, "your votes"),
        Route(csv_name("(?:saved_posts|saved_comments|hidden_posts)"), activity,
              "posts and comments you saved or hid"),
        Route(csv_name("(?:drafts|scheduled_posts)"), unpublished, "drafts and scheduled posts"),
        Route(csv_name("subscribed_subreddits"), communities, "communities you joined"),
        Route(csv_name("(?:post_headers|comment_headers|message_headers|messages_archive_headers)"), None,
              "the same rows as posts.csv, comments.csv and messages.csv without their text "
              "(itemised from there)"),
        context_route(csv_name("statistics"), "account name and export time (read for the account)"),
        context_route(csv_name("user_preferences"),
                      "account preferences (read for whether votes are public)"),
        context_route(r"checkfile\.csv", "a checksum of every other file of the download (read to tell "
                      "whether files are missing or changed)"),
        Route(csv_name("(?:moderated_subreddits|approved_submitter_subreddits|multireddits|friends)"), None,
              "communities you moderate or may post in, custom feeds and friends: lists, not content"),
        Route(csv_name(
            "(?:account_gender|birthdate|ip_logs|linked_identities|linked_phone_number|twitter|persona"
            "|gilded_comments|gilded_posts|gilded_content|gold_received|reddit_gold_information|purchases"
            "|payouts|stripe|subscriptions|sensitive_ads_preferences|announcements|statistics_.*)"),
            None, _NOT_CONTENT),
    ),
    prepare=prepare,
    split_archives=False,
    expects=N_("a Reddit data download: posts.csv, comments.csv, messages.csv, post_votes.csv, "
               "checkfile.csv"),
    platforms=(REDDIT,),
)
