"""LinkedIn "Get a copy of your data" export (Basic and Complete archives, 2018 to 2026).

The archive is flat CSV files at the zip root plus `Articles/` (or `Articles/Articles/`, 2026), `Jobs/`,
`Verifications/` and `Services Marketplace/`. File names drift between eras (`Rich Media.csv` vs
`Rich_Media.csv`, `Ad Targeting.csv` 2018 vs `Ad_Targeting.csv`) and 2026 Complete exports add the member id
(`Shares_181682616.csv`), so every name is matched as `<Name>(_<digits>)?.csv` with spaces and
underscores taken as equal (see `csv_name`).

docs/formats/linkedin.md lists every file name seen in real exports per era, what is done with it and
where it was seen; it also says how the owner identity (`_owner_id`) and the dates are chosen.

Visibility rules are pure functions (`share_visibility`, `link_visibility`, `article_visibility`, ...);
the handlers only read rows and call them. Evidence strings name the file and the field that decided.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from html.parser import HTMLParser
from urllib.parse import unquote

from ai_exposure.archive import Member
from ai_exposure.i18n import N_, Msg, Num
from ai_exposure.model import (
    CONNECTIONS_ONLY,
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
    derived_key,
    safe_url,
    snippet,
)
from ai_exposure.parsing import Context, ParserSpec, Route, Signature, Verdict
from ai_exposure.readers import (
    MAX_CSV_RECORD,
    WHOLE_FILE,
    BoundedLines,
    ReadError,
    Row,
    date_read_elsewhere,
    iter_csv,
    normalise_header,
    open_text,
    parse_date,
    unescape_html,
)

PLATFORM = "linkedin"

Yielded = Item | Problem

# What the export never tells us: LinkedIn's public-profile setting. Profile sections are public by
# LinkedIn's default and members can restrict them, so these are "public*" at medium confidence.
PUBLIC_PROFILE = Msg("default public profile; the export holds no public-profile setting")

# Shown when a source has none of the activity files that only the Complete archive carries.
BASIC_NOTICE = Msg("no activity files: this looks like the Basic/first-part archive; request the complete "
                   "archive to see posts and comments")

def line_place(n: int) -> Msg:
    return Msg("line %(n)s", n=n)


# ---------------------------------------------------------------- file names

def csv_name(name: str, folder: str = "") -> str:
    """A route pattern for `<Name>(_<memberId>)?.csv`, spaces and underscores equal (2026 adds the
    member id to some names; `Rich Media.csv` became `Rich_Media.csv`)."""
    words = [re.escape(w) for w in re.split(r"[ _]+", name)]
    return folder + "[ _]".join(words) + r"(?:_\d+)?\.csv"


JOBS = "(?:Jobs/)?"  # Job files sit in Jobs/ in most eras and at the root in some 2024 exports.

# Files that only the Complete archive carries (B1); none of them present → the Basic/first part.
ACTIVITY_PATTERNS = tuple(csv_name(n) for n in (
    "Shares", "Comments", "Reactions", "Votes", "InstantReposts", "Rich Media", "Logins",
    "SearchQueries", "Search Queries", "Security Challenges", "Inferences about you",
)) + (r"Articles/(?:Articles/)?[^/]+\.html",)


# ---------------------------------------------------------------- rows

_normalised = functools.lru_cache(maxsize=512)(normalise_header)


def cell(row: Row, *names: str) -> str:
    """`Row.get` with the header-name normalisation cached: messages.csv can hold 100,000s of rows."""
    for name in names:
        for i in row.index.get(_normalised(name), ()):
            if i < len(row.cells):
                return row.cells[i]
    return ""


# ---------------------------------------------------------------- URNs and dates

_URN = re.compile(r"urn:li:([A-Za-z]+):([^/?&#\s]+)")
_COMMENT_URN = re.compile(r"[?&]commentUrn=([^&#\s]+)")


def link_urn(link: str) -> tuple[str, str]:
    """(`share` | `ugcPost` | `groupPost` | `activity` | `article` | ..., full URN) from a post URL,
    URL-decoded first (`urn%3Ali%3Ashare%3A7458…`); ("", "") when the link holds no URN."""
    path = unquote(link.split("?", 1)[0])
    match = _URN.search(path)
    if not match:
        return "", ""
    return match.group(1), match.group(0)


def comment_urn(link: str) -> str:
    match = _COMMENT_URN.search(link)
    return unquote(match.group(1)) if match else ""


_UPLOADED_ON = re.compile(r"on ([A-Z][a-z]+ \d{1,2}, \d{4}) at (\d{1,2}:\d{2} ?[AP]M)", re.IGNORECASE)


def parse_uploaded(sentence: str) -> datetime | None:
    """Rich_Media.csv 2026: `You uploaded a photo on April 12, 2026 at 8:03 AM (GMT)`."""
    match = _UPLOADED_ON.search(sentence)
    if not match:
        return None
    clock = re.sub(r"\s*([AP]M)$", r" \1", match.group(2).upper())
    return parse_date(f"{match.group(1)} {clock}", ("%B %d, %Y %I:%M %p", "%b %d, %Y %I:%M %p"))


class Dates:
    """`parse_date` for one file, counting values that are present but unreadable (a format or locale
    not seen yet) so the file reports them once instead of silently dropping dates."""

    def __init__(self) -> None:
        self.unreadable = 0

    def __call__(self, value: str) -> datetime | None:
        parsed = parse_date(value)
        if parsed is None and value.strip() and value.strip().upper() not in ("N/A", "---"):
            self.unreadable += 1
            date_read_elsewhere()  # this file reports its unreadable dates itself, once
        return parsed

    def problems(self, member: Member) -> Iterator[Problem]:
        if self.unreadable:
            yield Problem(member.relpath, WHOLE_FILE, Msg("dates in an unknown format: %(n)s; those items "
                          "have no date", n=Num(self.unreadable)), "warning")


class Keys:
    """Derived keys for one file, scoped by the account (`Context.account_key`: two people's exports
    never share one, two exports of one account always do). Two rows with the same stable fields are
    indistinguishable, so the second gets `#2` (its rank among identical rows, which is the same in
    every export of the account, unlike a row counter)."""

    def __init__(self, ctx: Context, kind: str) -> None:
        self.ctx = ctx
        self.kind = kind
        self._seen: Counter[str] = Counter()

    def __call__(self, *stable: object) -> str:
        key = self.ctx.account_key(self.kind, *stable)
        self._seen[key] += 1
        n = self._seen[key]
        return key if n == 1 else f"{key}#{n}"


def _item(kind: str, key: str, created: datetime | None, visibility: str, evidence: str,
          confidence: str, member: Member, **extra) -> Item:
    text = extra.pop("text", "")
    return Item(platform=PLATFORM, kind=kind, key=key, created_at=created, visibility=visibility,
                evidence=evidence, confidence=confidence, source_file=member.relpath,
                text=snippet(text) if text else "", **extra)


# ---------------------------------------------------------------- visibility rules (pure)

# The verdicts below are pure and see a handful of distinct inputs per file, so each evidence Msg is
# built once per distinct input rather than once per row (Shares.csv and Reactions.csv can be large).
# Typed: a plain "a comment" equals the Msg A_COMMENT but must not stand in for it (it has no Dutch).
_verdicts = functools.lru_cache(maxsize=1024, typed=True)


@_verdicts
def share_visibility(value: str, urn_type: str, member_network: str = "public") -> Verdict:
    """Who sees a post in Shares.csv, from its `Visibility` column and its ShareLink URN (B4).

    A `groupPost` URN is decisive whatever the column says (group posts are `MEMBER_NETWORK` too).
    2018 exports say `Public`/`Connections`; 2020+ exports say `MEMBER_NETWORK` for ordinary "Anyone"
    posts and no connections-only value has been observed, so it is public at medium confidence unless
    the user says otherwise (`member_network == "restricted"`)."""
    if urn_type.lower() == "grouppost":
        return Verdict(RESTRICTED, Msg("Shares.csv: ShareLink is a groupPost URN: a group post, "
                                       "seen by the group's members"), MEDIUM, audience="group")
    v = value.strip()
    upper = v.upper()
    if not v:
        return Verdict(UNKNOWN, Msg("Shares.csv: Visibility is empty"), LOW)
    if upper == "PUBLIC":
        return Verdict(PUBLIC, Msg("Shares.csv: Visibility %(value)s", value=v), HIGH)
    if upper == "MEMBER_NETWORK":
        if member_network == "restricted":
            return Verdict(RESTRICTED, Msg("Shares.csv: Visibility MEMBER_NETWORK, read as "
                                           "connections-only by your --linkedin-member-network "
                                           "choice"), MEDIUM)
        return Verdict(PUBLIC, Msg("Shares.csv: Visibility MEMBER_NETWORK: shown to anyone, "
                                   "unverifiable"), MEDIUM)
    if upper == "CONNECTIONS":
        return Verdict(RESTRICTED, Msg("Shares.csv: Visibility %(value)s", value=v), HIGH,
                       audience="connections")
    # LOGGED_IN, CONTAINER and values never seen: not "Anyone", so not public.
    return Verdict(RESTRICTED, Msg("Shares.csv: Visibility %(value)s: not an 'Anyone' audience",
                                   value=v[:40]), MEDIUM)


# A reaction can be on a LinkedIn Learning course (`urn:li:lyndaCourse:…`, a real 2024 export).
LEARNING_URNS = frozenset({"lyndacourse", "learningcourse"})


@_verdicts
def link_visibility(file: str, urn_type: str, what: Msg) -> Verdict:
    """A comment, reaction or repost is seen by whoever sees the post it is attached to. The export
    gives no parent visibility; the link's URN type is the only evidence (B4). `what` is one of
    A_COMMENT, A_REACTION, A_REPOST."""
    t = urn_type.lower()
    if t in LEARNING_URNS:
        return Verdict(UNKNOWN, Msg("%(file)s: Link is an urn:li:%(urn_type)s: %(what)s on a LinkedIn "
                                    "Learning course; the export does not say who sees it",
                                    file=file, urn_type=urn_type, what=what), LOW)
    if t == "grouppost":
        return Verdict(RESTRICTED, Msg("%(file)s: Link is a groupPost URN: %(what)s in a group, "
                                       "seen by the group's members", file=file, what=what), MEDIUM,
                       audience="group")
    if t in ("activity", "ugcpost", "share", "article"):
        return Verdict(PUBLIC, Msg("%(file)s: Link is an urn:li:%(urn_type)s: %(what)s on a feed "
                                   "post, seen by anyone who can see the post (assumed public)",
                                   file=file, urn_type=urn_type, what=what), MEDIUM)
    return Verdict(UNKNOWN, Msg("%(file)s: Link holds no known post URN", file=file), LOW)


A_COMMENT = Msg("a comment")
A_REACTION = Msg("a reaction")
A_REPOST = Msg("a repost")


@_verdicts
def recommendation_visibility(file: str, status: str) -> Verdict:
    if status.strip().upper() == "VISIBLE":
        return Verdict(PUBLIC, Msg("%(file)s: Status VISIBLE: shown on the profile", file=file), HIGH)
    if not status.strip():
        return Verdict(UNKNOWN, Msg("%(file)s: Status is empty", file=file), LOW)
    return Verdict(RESTRICTED, Msg("%(file)s: Status %(status)s: not shown on the profile",
                                   file=file, status=status.strip()[:20]), MEDIUM)


@_verdicts
def endorsement_visibility(file: str, status: str) -> Verdict:
    s = status.strip().upper()
    if s == "ACCEPTED":
        return Verdict(PUBLIC, Msg("%(file)s: Endorsement Status ACCEPTED: shown on the profile",
                                   file=file), MEDIUM)
    if not s:
        return Verdict(UNKNOWN, Msg("%(file)s: Endorsement Status is empty", file=file), LOW)
    return Verdict(RESTRICTED, Msg("%(file)s: Endorsement Status %(status)s: not shown on the "
                                   "profile", file=file, status=s[:20]), MEDIUM)


# ---------------------------------------------------------------- broken-CSV repairs (pure)

def repair_share_text(text: str) -> tuple[str, bool]:
    """Undo the per-line quote wrapping some Shares.csv records carry (2021, 2025, 2026 exports): every
    continuation line wrapped in literal quotes, blank lines written `""`. Applied only when every
    continuation line has that shape, so ordinary quotes in a post are left alone."""
    lines = text.split("\n")
    if len(lines) < 2:
        return text, False
    rest = [ln.rstrip("\r") for ln in lines[1:]]
    if not all(ln in ('"', '""') or (len(ln) >= 2 and ln.startswith('"') and ln.endswith('"'))
               for ln in rest):
        return text, False
    first = lines[0].rstrip("\r")
    if first.endswith('"') and first.count('"') % 2 == 1:
        first = first[:-1]
    fixed = [first] + ["" if ln in ('"', '""') else ln[1:-1] for ln in rest]
    return "\n".join(fixed), True


_COMMENT_START = re.compile(r"^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}),(https?://[^,]*),?(.*)$", re.DOTALL)


@dataclass
class CommentRecord:
    line: int
    date: str
    link: str
    message: str
    repaired: bool


OUTSIDE_COMMENT = Msg("text outside any comment record (no date and link)")


def split_comment_records(lines: Iterator[str]) -> Iterator[CommentRecord | Problem]:
    """Comments.csv is not valid CSV: 2021/2024 exports leave multi-line messages unquoted, 2025
    exports escape quotes as `\\"`. A record starts at a line `YYYY-MM-DD HH:MM:SS,http…`; every other
    line continues the message before it. A Problem (place only) for text before the first record."""
    current: list[str] = []
    start = (0, "", "")
    header_seen = False

    def finish() -> CommentRecord:
        line_no, date, link = start
        raw = "\n".join(current)
        message, repaired = _unquote_message(raw)
        return CommentRecord(line_no, date, link, message, repaired or len(current) > 1 and
                             not raw.startswith('"'))

    size = 0  # characters in `current`: a message is bounded like a CSV record (MAX_CSV_RECORD)
    for n, raw_line in enumerate(lines, start=1):
        line = raw_line.rstrip("\r\n")
        match = _COMMENT_START.match(line)
        if match:
            if current:
                yield finish()
            start = (n, match.group(1), match.group(2))
            current = [match.group(3)]
            size = len(line)
            continue
        if current:
            size += len(line) + 1
            if size > MAX_CSV_RECORD:
                yield Problem("", line_place(start[0]), Msg(
                    "a comment of more than %(n)s characters; not read", n=Num(MAX_CSV_RECORD)))
                current = []
                continue
            current.append(line)
            continue
        if size > MAX_CSV_RECORD:
            continue  # the rest of a comment too long to read, up to the next record
        if not header_seen and line.replace('"', "").strip().lower().startswith("date,"):
            header_seen = True
            continue
        if line.strip():
            yield Problem("", line_place(n), OUTSIDE_COMMENT)
    if current:
        yield finish()


def _unquote_message(raw: str) -> tuple[str, bool]:
    """Strip a message's surrounding quotes; undo `\\"` (2025) and `""` (RFC 4180)."""
    text = raw.rstrip()
    if len(text) >= 2 and text.startswith('"') and text.endswith('"') and not text.endswith('\\"'):
        inner = text[1:-1]
        backslashed = '\\"' in inner
        return inner.replace('\\"', '"').replace('""', '"'), backslashed
    return text, False


# ---------------------------------------------------------------- HTML text

class _TextParser(HTMLParser):
    """Visible text of an HTML fragment or page (stdlib parser; script/style dropped), plus what the
    article markers need: title, the h1 and its link, the created/published lines, images."""

    SKIP = {"script", "style", "head", "noscript", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title: list[str] = []
        self.h1: list[str] = []
        self.h1_seen = False
        self.h1_href = ""
        self.created: list[str] = []
        self.published: list[str] = []
        self.body: list[str] = []
        self.images = 0
        self._skip = 0
        self._in_title = False
        self._in_h1 = False
        self._p_class: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {k.lower(): (v or "") for k, v in attrs}
        if tag == "title":
            self._in_title = True
        elif tag in self.SKIP:
            self._skip += 1
        elif tag == "h1":
            self._in_h1 = True
            self.h1_seen = True
        elif tag == "a" and self._in_h1 and not self.h1_href:
            self.h1_href = attr.get("href", "")
        elif tag == "img":
            self.images += 1
        elif tag == "p":
            cls = attr.get("class", "").split()
            self._p_class = "created" if "created" in cls else "published" if "published" in cls else None
        if tag in ("p", "div", "br", "li", "h2", "h3", "blockquote"):
            self.body.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self.SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag == "h1":
            self._in_h1 = False
        elif tag == "p":
            self._p_class = None

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif self._skip:
            return
        elif self._in_h1:
            self.h1.append(data)
        elif self._p_class == "created":
            self.created.append(data)
        elif self._p_class == "published":
            self.published.append(data)
        else:
            self.body.append(data)

    def text_of(self, parts: list[str]) -> str:
        return " ".join("".join(parts).split())


def html_text(fragment: str) -> str:
    parser = _TextParser()
    parser.feed(fragment)
    parser.close()
    return "\n".join(" ".join(ln.split()) for ln in "".join(parser.body).split("\n") if ln.strip())


# ---------------------------------------------------------------- articles (pure)

@dataclass
class Article:
    title: str = ""
    href: str = ""
    h1_seen: bool = False
    created: str = ""
    published: str = ""
    body: str = ""
    images: int = 0
    not_published_yet: bool = False


def read_article(chunks: Iterator[str]) -> Article:
    parser = _TextParser()
    for chunk in chunks:
        parser.feed(chunk)
    parser.close()
    body = "\n".join(" ".join(ln.split()) for ln in "".join(parser.body).split("\n") if ln.strip())
    # Only the created/published lines carry the 2018 marker; a body may well say "not published yet".
    marker_lines = " ".join([parser.text_of(parser.published), parser.text_of(parser.created)])
    return Article(
        title=parser.text_of(parser.title) or parser.text_of(parser.h1),
        href=parser.h1_href.strip(),
        h1_seen=parser.h1_seen,
        created=parser.text_of(parser.created),
        published=parser.text_of(parser.published),
        body=body,
        images=parser.images,
        not_published_yet="not published yet" in marker_lines.lower(),
    )


def article_visibility(article: Article) -> Verdict:
    """Published articles have a public /pulse/ URL; drafts are marked by `Published on ---` (2026),
    "Not published yet" or a /post/edit/ link (2018), an h1 without a link, or an empty body (B3)."""
    published_value = re.sub(r"(?i)^published on\s*", "", article.published).strip()
    if published_value.startswith("---"):
        return Verdict(RESTRICTED, Msg("Articles HTML: 'Published on ---': a draft, never published"), HIGH)
    if article.not_published_yet:
        return Verdict(RESTRICTED, Msg("Articles HTML: 'Not published yet': a draft"), HIGH)
    if "/post/edit/" in article.href:
        return Verdict(RESTRICTED, Msg("Articles HTML: the title links to /post/edit/: a draft"), HIGH)
    if article.h1_seen and not article.href:
        return Verdict(RESTRICTED, Msg("Articles HTML: the title has no link: a draft"), MEDIUM)
    if "/pulse/" in article.href:
        if parse_date(published_value):
            return Verdict(PUBLIC, Msg("Articles HTML: the title links to a public /pulse/ URL and "
                                       "'Published on' a date"), HIGH)
        return Verdict(PUBLIC, Msg("Articles HTML: the title links to a public /pulse/ URL"), HIGH)
    if parse_date(published_value):
        return Verdict(PUBLIC, Msg("Articles HTML: 'Published on' a date"), MEDIUM)
    if not article.body:
        return Verdict(RESTRICTED, Msg("Articles HTML: empty body: a draft"), MEDIUM)
    return Verdict(UNKNOWN, Msg("Articles HTML: no published date and no /pulse/ link"), LOW)


_STAMP_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})")


# ---------------------------------------------------------------- handlers: activity

def handle_shares(member: Member, ctx: Context) -> Iterator[Yielded]:
    dates = Dates()
    member_network = ctx.options.linkedin_member_network
    keys = Keys(ctx, "post")
    repaired = 0
    for row in iter_csv(member, ("Date",)):
        link = cell(row, "ShareLink", "Share Link")
        commentary = cell(row, "ShareCommentary", "Share Commentary")
        commentary, fixed = repair_share_text(commentary)
        repaired += fixed
        created = dates(cell(row, "Date"))
        if created is None and not link:
            yield Problem(member.relpath, line_place(row.line), Msg("no readable date and no share link"))
            continue
        urn_type, urn = link_urn(link)
        verdict = share_visibility(cell(row, "Visibility"), urn_type, member_network)
        media = 1 if cell(row, "MediaUrl", "Media URL").strip().strip('"') else 0
        is_repost = not commentary.strip() and not media
        key = f"{PLATFORM}:{urn}" if urn else keys(cell(row, "Date"), commentary)
        yield _item("repost" if is_repost else "post", key, created, verdict.visibility,
                    verdict.evidence, verdict.confidence, member, text=commentary,
                    media_count=media, url=safe_url(link), audience=verdict.audience, own=not is_repost)
    if repaired:
        yield Problem(member.relpath, WHOLE_FILE,
                      Msg("records with per-line quote wrapping, repaired: %(n)s", n=Num(repaired)),
                      "warning")
    yield from dates.problems(member)


def handle_comments(member: Member, ctx: Context) -> Iterator[Yielded]:
    dates = Dates()
    keys = Keys(ctx, "comment")
    repaired = 0
    with open_text(member) as text:
        lines = BoundedLines(text)
        for record in split_comment_records(lines):
            if isinstance(record, Problem):
                yield Problem(member.relpath, record.place, record.reason)
                continue
            repaired += record.repaired
            urn_type, urn = link_urn(record.link)
            verdict = link_visibility("Comments.csv", urn_type, A_COMMENT)
            own_urn = comment_urn(record.link)
            key = f"{PLATFORM}:{own_urn}" if own_urn else keys(record.date, urn or record.link)
            yield _item("comment", key, dates(record.date), verdict.visibility, verdict.evidence,
                        verdict.confidence, member, text=record.message, url=safe_url(record.link),
                        audience=verdict.audience)
    if lines.skipped:
        yield Problem(member.relpath, line_place(lines.first_skipped), Msg(
            "%(n)s lines of more than %(limit)s characters were skipped", n=Num(lines.skipped),
            limit=Num(MAX_CSV_RECORD)))
    if repaired:
        yield Problem(member.relpath, WHOLE_FILE,
                      Msg("records repaired (unquoted line breaks or backslash-escaped quotes): %(n)s",
                          n=Num(repaired)), "warning")
    yield from dates.problems(member)


def handle_reactions(member: Member, ctx: Context) -> Iterator[Yielded]:
    dates = Dates()
    keys = Keys(ctx, "reaction")
    for row in iter_csv(member, ("Date", "Link")):
        link = cell(row, "Link")
        if not link:
            yield Problem(member.relpath, line_place(row.line), Msg("reaction without a post link"))
            continue
        urn_type, urn = link_urn(link)
        verdict = link_visibility("Reactions.csv", urn_type, A_REACTION)
        date = cell(row, "Date")
        yield _item("reaction", keys(date, urn or link), dates(date), verdict.visibility, verdict.evidence,
                    verdict.confidence, member, text=cell(row, "Type").strip().upper()[:20],
                    url=safe_url(link), audience=verdict.audience)
    yield from dates.problems(member)


VOTES_EVIDENCE = Msg("Votes.csv: poll votes are shown only to the poll's author (assumed)")


def handle_votes(member: Member, ctx: Context) -> Iterator[Yielded]:
    dates = Dates()
    keys = Keys(ctx, "reaction")
    for row in iter_csv(member, ("Date", "Link")):
        link = cell(row, "Link")
        if not link:
            yield Problem(member.relpath, line_place(row.line), Msg("poll vote without a post link"))
            continue
        _, urn = link_urn(link)
        yield _item("reaction", keys("vote", cell(row, "Date"), urn or link), dates(cell(row, "Date")),
                    RESTRICTED, VOTES_EVIDENCE, MEDIUM, member, text=cell(row, "OptionText", "Option Text"),
                    url=safe_url(link))
    yield from dates.problems(member)


def handle_instant_reposts(member: Member, ctx: Context) -> Iterator[Yielded]:
    dates = Dates()
    keys = Keys(ctx, "repost")
    for row in iter_csv(member, ("Date", "Link")):
        link = cell(row, "Link")
        if not link:
            yield Problem(member.relpath, line_place(row.line), Msg("repost without a post link"))
            continue
        urn_type, urn = link_urn(link)
        verdict = link_visibility("InstantReposts.csv", urn_type, A_REPOST)
        yield _item("repost", keys(cell(row, "Date"), urn or link), dates(cell(row, "Date")),
                    verdict.visibility, verdict.evidence, verdict.confidence, member, url=safe_url(link),
                    audience=verdict.audience, own=False)
    yield from dates.problems(member)


def handle_article(member: Member, ctx: Context) -> Iterator[Yielded]:
    with open_text(member) as stream:
        article = read_article(iter(lambda: stream.read(1 << 16), ""))
    verdict = article_visibility(article)
    name = member.relpath.rsplit("/", 1)[-1]
    stamp = _STAMP_IN_NAME.match(name)
    created = (parse_date(re.sub(r"(?i)^published on\s*", "", article.published))
               or parse_date(re.sub(r"(?i)^created on\s*", "", article.created))
               or (parse_date(stamp.group(1)) if stamp else None))
    text = " — ".join(p for p in (article.title, article.body) if p)
    url = safe_url(article.href)
    # A published article's /pulse/ URL is its own id; a draft has only its file name (a timestamp or a
    # slug), which another member's draft can share.
    key = derived_key(PLATFORM, "article", url) if "/pulse/" in url else ctx.account_key("article", name)
    yield _item("article", key, created, verdict.visibility,
                verdict.evidence, verdict.confidence, member, text=text, media_count=article.images,
                url=url)


def media_kind(*descriptions: str) -> str:
    words = " ".join(descriptions).lower()
    if "video" in words:
        return "video"
    if "photo" in words or "image" in words or "picture" in words:
        return "photo"
    return "other"


def handle_rich_media(member: Member, ctx: Context) -> Iterator[Yielded]:
    keys = Keys(ctx, "media")
    evidence = Msg("Rich_Media.csv: a media inventory with no link to the post that holds it")
    for row in iter_csv(member):
        when = cell(row, "Date/Time")
        description = cell(row, "Media Description", "Type")
        link = cell(row, "Media Link", "Link")
        if not (when or description or link):
            continue
        if "/psettings/" in link:
            # 2024: `Video content can be downloaded at,https://www.linkedin.com/psettings/member-data/
            # videos`: a pointer to a settings page where the media can be requested, not a media item.
            continue
        # The 2024 shape (Type,Link) has nothing stable but its Type sentence (media URLs drift between
        # exports), so its rows differ only by their rank among identical rows (see Keys).
        yield _item(media_kind(when, description), keys(when, description), parse_uploaded(when), UNKNOWN,
                    evidence, LOW, member, media_count=1)


VIDEOS_EVIDENCE = Msg("Videos.csv: a video you uploaded; the export does not say who could see it")


def handle_videos(member: Member, ctx: Context) -> Iterator[Yielded]:
    """`Videos.csv`: the videos the member uploaded. No public export shows its header (2024 exports
    point to a download page for video content instead, see `Rich Media.csv`), so any of the usual
    LinkedIn date, text and link column names is read and a row with none of them is skipped."""
    dates = Dates()
    keys = Keys(ctx, "video")
    for row in iter_csv(member):
        when = cell(row, "Date", "Date/Time", "Created At", "Created Date", "Upload Date", "Uploaded At")
        text = cell(row, "Title", "Description", "Media Description", "Video Title", "Commentary")
        link = cell(row, "Link", "Video Link", "Video Url", "VideoUrl", "Media Link", "Media Url", "Url")
        if not (when or text or link):
            continue
        created = parse_uploaded(when) or dates(when)
        yield _item("video", keys(when, text), created, UNKNOWN, VIDEOS_EVIDENCE, LOW, member,
                    text=text, media_count=1, url=safe_url(link))
    yield from dates.problems(member)


JOB_POSTING_EVIDENCE = Msg("Online Job Postings.csv: a job posting you wrote, public on LinkedIn Jobs "
                           "while listed")


def handle_job_postings(member: Member, ctx: Context) -> Iterator[Yielded]:
    """`Online Job Postings.csv` (2023+): job ads the member published; `Create Date` is when the ad
    was written."""
    dates = Dates()
    keys = Keys(ctx, "job-posting")
    for row in iter_csv(member, ("Title",)):
        title = cell(row, "Title").strip()
        body = cell(row, "Job Description")
        body = html_text(body) if "<" in body and ">" in body else body.strip()
        text = " — ".join(p for p in (title, cell(row, "Company Name").strip(), body) if p)
        if not text:
            continue
        created = cell(row, "Create Date")
        yield _item("other", keys(created, title, cell(row, "Company Name").strip()), dates(created),
                    PUBLIC, JOB_POSTING_EVIDENCE, MEDIUM, member, text=text)
    yield from dates.problems(member)


# ---------------------------------------------------------------- handlers: profile

def handle_profile(member: Member, ctx: Context) -> Iterator[Yielded]:
    public_fields = ("Headline", "Summary", "Industry", "Geo Location", "Websites", "Twitter Handles")
    private_fields = ("Address", "Birth Date", "Zip Code", "Instant Messengers", "Maiden Name",
                      "Contact Instructions")
    for row in iter_csv(member, ("First Name",)):
        name = " ".join(p for p in (cell(row, "First Name").strip(), cell(row, "Last Name").strip()) if p)
        if name:
            yield _item("profile", ctx.account_key("profile", "Profile.csv", "Name"), None,
                        PUBLIC, Msg("Profile.csv: %(column)s: %(why)s", column="Name", why=PUBLIC_PROFILE),
                        MEDIUM, member, text=name)
        for column in public_fields:
            value = cell(row, column).strip()
            if value:
                yield _item("profile", ctx.account_key("profile", "Profile.csv", column), None,
                            PUBLIC, Msg("Profile.csv: %(column)s: %(why)s", column=column,
                                        why=PUBLIC_PROFILE), MEDIUM, member, text=value)
        for column in private_fields:
            if cell(row, column).strip():
                # Private contact data: counted, but its value stays out of the report.
                yield _item("profile", ctx.account_key("profile", "Profile.csv", column), None,
                            RESTRICTED, Msg("Profile.csv: %(column)s: private contact data, not on "
                                            "the public profile", column=column), HIGH, member,
                            audience="contact")
        return  # one row; anything after it is not the profile


def handle_profile_summary(member: Member, ctx: Context) -> Iterator[Yielded]:
    for row in iter_csv(member, ("Profile Summary",)):
        text = cell(row, "Profile Summary").strip()
        if text:
            yield _item("profile", ctx.account_key("profile", "Profile Summary.csv"), None, PUBLIC,
                        Msg("%(file)s: %(why)s", file="Profile Summary.csv", why=PUBLIC_PROFILE), MEDIUM,
                        member, text=text)


@dataclass(frozen=True)
class Section:
    """A profile-section CSV: which columns identify a row and hold its text; `what` describes the file
    in the report. No section file says when an entry was written: its dates (`Started On`, `Issued
    On`, `Published On`) are when the job, degree or award happened, often years before the account
    existed, so they identify the entry (key) but never date it (created_at stays empty)."""

    file: str
    key_fields: tuple[str, ...]
    text_fields: tuple[str, ...]
    headers: tuple[str, ...] = ()
    what: str = ""


SECTIONS = {
    "Positions": Section("Positions.csv", ("Company Name", "Title", "Started On"),
                         ("Title", "Company Name", "Description"), ("Company Name",),
                         what=N_("profile section: positions")),
    "Education": Section("Education.csv", ("School Name", "Degree Name", "Start Date"),
                         ("School Name", "Degree Name", "Notes", "Activities"), ("School Name",),
                         what=N_("profile section: education")),
    "Skills": Section("Skills.csv", ("Name",), ("Name",), ("Name",),
                      what=N_("profile section: skills")),
    "Certifications": Section("Certifications.csv", ("Name", "Authority", "Started On"),
                              ("Name", "Authority"), ("Name",),
                              what=N_("profile section: certifications")),
    "Projects": Section("Projects.csv", ("Title", "Started On", "Start Date"), ("Title", "Description"),
                        ("Title",),
                        what=N_("profile section: projects")),
    "Publications": Section("Publications.csv", ("Name", "Published On"),
                            ("Name", "Publisher", "Description"), ("Name",),
                            what=N_("profile section: publications")),
    "Honors": Section("Honors.csv", ("Title", "Issued On", "Issue Date"),
                      ("Title", "Issuer", "Description"), ("Title",),
                      what=N_("profile section: honors")),
    "Courses": Section("Courses.csv", ("Name", "Number"), ("Name",), (),
                       what=N_("profile section: courses")),
    "Languages": Section("Languages.csv", ("Name",), ("Name", "Proficiency"), ("Name",),
                         what=N_("profile section: languages")),
    "Volunteering": Section("Volunteering.csv", ("Company Name", "Role", "Started On"),
                            ("Role", "Company Name", "Cause", "Description"), (),
                            what=N_("profile section: volunteering")),
    "Patents": Section("Patents.csv", ("Title", "Issued On", "Patent Number"),
                       ("Title", "Description"), (),
                       what=N_("profile section: patents")),
    "Organizations": Section("Organizations.csv", ("Name", "Position", "Started On"),
                             ("Name", "Position", "Description"), (),
                             what=N_("profile section: organizations")),
    "Causes You Care About": Section("Causes You Care About.csv", ("Supported Cause",),
                                     ("Supported Cause",), (),
                                     what=N_("profile section: causes you care about")),
    # 2023+: the hashtags a creator profile says it "talks about" (header `Member Posts About Hashtags`).
    "Member Hashtags": Section("Member Hashtags.csv", ("Member Posts About Hashtags",),
                               ("Member Posts About Hashtags",), (),
                               what=N_("profile section: hashtags your profile talks about")),
}


NO_SECTION_COLUMNS = Msg("row without any of the expected columns")


def section_handler(section: Section) -> Callable[[Member, Context], Iterator[Yielded]]:
    evidence = Msg("%(file)s: %(why)s", file=section.file, why=PUBLIC_PROFILE)

    def handle(member: Member, ctx: Context) -> Iterator[Yielded]:
        keys = Keys(ctx, "profile")
        for row in iter_csv(member, section.headers):
            text = " — ".join(v.strip() for v in (cell(row, f) for f in section.text_fields) if v.strip())
            if not text:
                yield Problem(member.relpath, line_place(row.line), NO_SECTION_COLUMNS)
                continue
            yield _item("profile", keys(section.file, *(cell(row, f).strip() for f in section.key_fields)),
                        None, PUBLIC, evidence, MEDIUM, member, text=text)

    handle.__name__ = f"handle_{section.file.split('.')[0].lower().replace(' ', '_')}"
    return handle


def recommendations_handler(received: bool) -> Callable[[Member, Context], Iterator[Yielded]]:
    file = "Recommendations_Received.csv" if received else "Recommendations_Given.csv"

    def handle(member: Member, ctx: Context) -> Iterator[Yielded]:
        dates = Dates()
        keys = Keys(ctx, "profile")
        for row in iter_csv(member, ("Text",)):
            text = cell(row, "Text").strip()
            if not text:
                continue
            person = f"{cell(row, 'First Name').strip()} {cell(row, 'Last Name').strip()}".strip()
            verdict = recommendation_visibility(file, cell(row, "Status"))
            yield _item("profile", keys(file, person, cell(row, "Creation Date")),
                        dates(cell(row, "Creation Date")), verdict.visibility, verdict.evidence,
                        verdict.confidence, member, text=text, audience="profile", own=not received)
        yield from dates.problems(member)

    handle.__name__ = "handle_recommendations_received" if received else "handle_recommendations_given"
    return handle


def endorsements_handler(received: bool) -> Callable[[Member, Context], Iterator[Yielded]]:
    file = "Endorsement_Received_Info.csv" if received else "Endorsement_Given_Info.csv"
    role = "Endorser" if received else "Endorsee"

    def handle(member: Member, ctx: Context) -> Iterator[Yielded]:
        dates = Dates()
        keys = Keys(ctx, "endorsement")
        for row in iter_csv(member, ("Skill Name",)):
            skill = cell(row, "Skill Name").strip()
            person = " ".join(p for p in (cell(row, f"{role} First Name").strip(),
                                          cell(row, f"{role} Last Name").strip()) if p)
            verdict = endorsement_visibility(file, cell(row, "Endorsement Status"))
            yield _item("other" if received else "reaction",
                        keys(file, cell(row, "Endorsement Date"), skill, person,
                             cell(row, f"{role} Public Url")),
                        dates(cell(row, "Endorsement Date")), verdict.visibility, verdict.evidence,
                        verdict.confidence, member, text=skill, audience="profile", own=not received)
        yield from dates.problems(member)

    handle.__name__ = "handle_endorsements_received" if received else "handle_endorsements_given"
    return handle


# ---------------------------------------------------------------- handlers: private

def _no_conversations(member: Member) -> bool:
    """`LearningCoachMessages.csv` can hold just `No conversations found`, with no header."""
    with open_text(member) as text:
        head = text.read(200)
    return head.strip().strip('"').lower().startswith("no conversations")


def handle_messages(member: Member, ctx: Context) -> Iterator[Yielded]:
    if _no_conversations(member):
        return
    dates = Dates()
    owner_url = normalise_profile_url(_state(ctx).owner_url)
    owner_name = _state(ctx).owner_name.casefold()
    file = member.relpath.rsplit("/", 1)[-1]
    keys = Keys(ctx, "message")
    evidence = Msg("%(file)s: private messages", file=file)
    drafts = 0
    for row in iter_csv(member, ("From",)):
        if cell(row, "IS MESSAGE DRAFT").strip().lower() in ("yes", "true"):
            drafts += 1
            continue
        sender = cell(row, "FROM")
        sender_url = cell(row, "SENDER PROFILE URL")
        direction = cell(row, "Direction").strip().upper()
        if direction in ("OUTGOING", "INCOMING"):
            own = direction == "OUTGOING"
        elif owner_url and sender_url:
            own = normalise_profile_url(sender_url) == owner_url
        else:
            own = bool(owner_name) and sender.strip().casefold() == owner_name
        content = cell(row, "CONTENT")
        # CONTENT can be HTML (sponsored InMail); 2018 exports wrote entities without tags.
        content = html_text(content) if "<" in content and ">" in content else unescape_html(content)
        date = cell(row, "DATE")
        # Without profile URLs (2018) the other member's name keys the message, not the owner's own name,
        # which a rename changes.
        party = sender_url or (f"to {cell(row, 'TO')}" if own else sender)
        yield _item("message", keys(cell(row, "CONVERSATION ID"), date, party, content),
                    dates(date), RESTRICTED, evidence, HIGH, member,
                    text=content, audience="dm", own=own)
    if drafts:
        yield Problem(member.relpath, WHOLE_FILE,
                      Msg("draft messages, never sent, not counted: %(n)s", n=Num(drafts)), "warning")
    yield from dates.problems(member)


INVITATION_NOTE_EVIDENCE = Msg("Invitations.csv: an invitation note, seen only by the invitee")
INVITATION_EVIDENCE = Msg("Invitations.csv: connection invitations are private")


def handle_invitations(member: Member, ctx: Context) -> Iterator[Yielded]:
    dates = Dates()
    keys = Keys(ctx, "invitation")
    for row in iter_csv(member, ("From", "To")):
        note = cell(row, "Message").strip()
        own = cell(row, "Direction").strip().upper() != "INCOMING"
        sent = cell(row, "Sent At")
        # Key on the other member (their profile URL since late 2023, else their name) and the time:
        # the owner's own name changes with a rename and would give every invitation a new key.
        if own:
            other = normalise_profile_url(cell(row, "inviteeProfileUrl")) or cell(row, "To").strip()
        else:
            other = normalise_profile_url(cell(row, "inviterProfileUrl")) or cell(row, "From").strip()
        key = keys("out" if own else "in", other, sent)
        if note:
            yield _item("message", key, dates(sent), RESTRICTED, INVITATION_NOTE_EVIDENCE, HIGH, member,
                        text=note, audience="dm", own=own)
        else:
            yield _item("connection", key, dates(sent), connection_visibility(ONLY_YOU),
                        INVITATION_EVIDENCE, HIGH, member, own=own)
    yield from dates.problems(member)


CONNECTION_EVIDENCE = Msg("Connections.csv: your connection list (others' data), shown to your connections "
                          "at most")


def handle_connections(member: Member, ctx: Context) -> Iterator[Yielded]:
    dates = Dates()
    # Since mid-2021 a 3-line "Notes:" preamble precedes the header: find the header by its columns.
    keys = Keys(ctx, "connection")
    for row in iter_csv(member, ("First Name", "Connected On")):
        name = " ".join(p for p in (cell(row, "First Name").strip(), cell(row, "Last Name").strip()) if p)
        url = safe_url(cell(row, "URL"))
        connected = cell(row, "Connected On")
        yield _item("connection", keys(name, url, connected), dates(connected),
                    connection_visibility(CONNECTIONS_ONLY), CONNECTION_EVIDENCE, MEDIUM, member,
                    text=name, url=url, own=False)
    yield from dates.problems(member)


NOTE_EVIDENCE = Msg("Notes.csv: private notes on connections, seen only by you")


def handle_notes(member: Member, ctx: Context) -> Iterator[Yielded]:
    dates = Dates()
    keys = Keys(ctx, "note")
    for row in iter_csv(member, ("Note",)):
        note = cell(row, "Note").strip()
        if not note:
            continue
        created = cell(row, "Created On")
        yield _item("other", keys(cell(row, "Connection Profile URL"), created), dates(created),
                    RESTRICTED, NOTE_EVIDENCE, HIGH, member, text=note)
    yield from dates.problems(member)


JOB_APPLICATION_EVIDENCE = Msg("Job Applications.csv: job applications are seen only by the employer")


def handle_job_applications(member: Member, ctx: Context) -> Iterator[Yielded]:
    dates = Dates()
    keys = Keys(ctx, "job-application")
    for row in iter_csv(member, ("Application Date",)):
        when = cell(row, "Application Date")
        yield _item("activity", keys(when, cell(row, "Job Url"), cell(row, "Job Title")), dates(when),
                    RESTRICTED, JOB_APPLICATION_EVIDENCE, HIGH, member,
                    text=cell(row, "Question And Answers"))
    yield from dates.problems(member)


def handle_saved_answers(member: Member, ctx: Context) -> Iterator[Yielded]:
    keys = Keys(ctx, "saved-answer")
    file = member.relpath.rsplit("/", 1)[-1]
    # `Job Applicant Saved Answers.csv` (contact answers) and `… Saved Screening Question Responses.csv`
    # are two records and can hold the same question and answer (a phone number, in a real 2024 export):
    # the file family is part of the key. Its `_<n>` parts are one list.
    family = re.sub(r"(?:_\d+)?\.csv$", "", file, flags=re.IGNORECASE).lower()
    evidence = Msg("%(file)s: saved screening answers are private (LinkedIn lists them among the data it "
                   "may use for AI training)", file=file)
    for row in iter_csv(member):
        question, answer = cell(row, "Question").strip(), cell(row, "Answer").strip()
        text = answer or " ".join(c.strip() for c in row.cells if c.strip())
        if not text:
            continue
        yield _item("other", keys(family, question, answer), None, RESTRICTED, evidence, HIGH, member,
                    text=text)


RESUME_EVIDENCE = Msg("Private_identity_asset.csv: the text of a résumé you uploaded to apply for jobs, "
                      "seen by LinkedIn and the employers you sent it to")


def handle_resumes(member: Member, ctx: Context) -> Iterator[Yielded]:
    """`Private_identity_asset.csv` (2024+): one row per uploaded résumé, its file name and its full
    extracted text (not an identity document, despite the name)."""
    keys = Keys(ctx, "resume")
    for row in iter_csv(member, ("Private Identity Asset Name",)):
        text = " ".join(cell(row, "Private Identity Asset Raw Text").split())
        name = cell(row, "Private Identity Asset Name").strip()
        if not (text or name):
            continue
        yield _item("other", keys(name), None, RESTRICTED, RESUME_EVIDENCE, HIGH, member, text=text)


# ---------------------------------------------------------------- prepare

@functools.lru_cache(maxsize=4096)
def normalise_profile_url(url: str) -> str:
    u = url.strip().lower().split("?", 1)[0].rstrip("/")
    return re.sub(r"^(https?://)?(www\.)?", "", u)


@dataclass
class LinkedInState:
    """What prepare and the handlers of one LinkedIn export record for each other (Context.state)."""

    owner_url: str = ""  # the owner's profile URL (Profile.csv, or the messages' most frequent sender)
    owner_name: str = ""
    registered_at: datetime | None = None  # Registration.csv: when the account was made


def _state(ctx: Context) -> LinkedInState:
    state: LinkedInState = ctx.state
    return state


def prepare(ctx: Context) -> Iterator[Problem]:
    yield from _read_profile(ctx)
    owner = ""
    try:
        owner = _owner_from_invitations(ctx)
        if not owner:
            owner = _owner_from_messages(ctx)
    except ReadError as exc:
        yield Problem("Invitations.csv / messages.csv", exc.place,
                      Msg("%(reason)s; own messages are matched by name only", reason=exc.reason))
    if owner:
        _state(ctx).owner_url = owner
    ctx.info.owner_id = _owner_id(ctx, owner)
    if not any(ctx.find(p) for p in ACTIVITY_PATTERNS):
        ctx.info.notices.append(BASIC_NOTICE)
    ctx.info.caveats.extend(caveats(ctx))


def caveats(ctx: Context) -> list[Msg]:
    """The assumptions behind this export's classification, for the report."""
    out = []
    if ctx.find(csv_name("Shares")):
        if ctx.options.linkedin_member_network == "restricted":
            out.append(Msg("LinkedIn posts marked MEMBER_NETWORK are counted as restricted, as you chose "
                           "(--linkedin-member-network restricted)."))
        else:
            out.append(Msg("LinkedIn posts marked MEMBER_NETWORK are counted as public ('Anyone'): the "
                           "export may not tell connections-only posts apart. If you post to connections "
                           "only, use --linkedin-member-network restricted."))
    if ctx.find(csv_name("Comments")) or ctx.find(csv_name("Reactions")):
        out.append(Msg("LinkedIn comments and reactions follow the post they are on; the export does not "
                       "say who could see that post, so feed posts are assumed public and group posts "
                       "restricted."))
    if any(ctx.find(csv_name(n)) for n in ("Profile", "Profile Summary", "Positions", "Education", "Skills")):
        out.append(Msg("LinkedIn profile sections are counted as public by LinkedIn's default public "
                       "profile; the export holds no public-profile setting."))
    return out


def _read_profile(ctx: Context) -> Iterator[Problem]:
    member = ctx.find_one(csv_name("Profile"))
    if member is None:
        return
    try:
        row = next(iter_csv(member, ("First Name",)), None)
    except ReadError as exc:
        yield Problem(member.relpath, exc.place, exc.reason)
        return
    if row is None:
        return
    name = " ".join(p for p in (cell(row, "First Name").strip(), cell(row, "Last Name").strip()) if p)
    if name:
        ctx.info.account = name
        _state(ctx).owner_name = name
    geo = cell(row, "Geo Location").strip()
    if geo:
        ctx.info.region_hint = geo
        ctx.info.region_hint_evidence = Msg("Profile.csv: Geo Location")
    birth = cell(row, "Birth Date").strip()
    if birth:
        ctx.info.birth_date = birth


# Files that carry the member id in their name in 2026 Complete exports (`Shares_181682616.csv`); other
# `_<n>` suffixes (`Job Applications_3.csv`) number the parts of a long list and are no identity.
MEMBER_ID_FILES = re.compile(r"(?:Shares|Comments|Reactions|Votes|InstantReposts|Member[ _]Follows|"
                             r"Saved[ _]Items|Hashtag[ _]Follows)_(\d{5,})\.csv", re.IGNORECASE)


def _owner_id(ctx: Context, owner_url: str) -> str:
    """A stable identity of the account, for `Context.account_key` (never shown). In order, the first
    the export holds:
      1. the registration time in `Registration.csv` (every era, Basic and Complete; never changes);
      2. the primary e-mail address in `Email Addresses.csv` (changes only if the member changes it);
      3. the member id in 2026 file names (`Shares_<id>.csv`; only Complete exports of 2026);
      4. the owner's profile URL from `Invitations.csv` / `messages.csv` (changes with a vanity rename).
    A partial download may hold none of them; then the profile name is used (`SourceInfo.account`), and
    two such downloads of one account only share keys if the name did not change."""
    registered = _registered_at(ctx)
    if registered:
        return f"registered:{registered}"
    email = _primary_email(ctx)
    if email:
        return f"email:{email}"
    for member in ctx.members:
        match = MEMBER_ID_FILES.fullmatch(member.relpath)
        if match:
            return f"member:{match.group(1)}"
    url = normalise_profile_url(owner_url)
    return f"profile:{url}" if url else ""


def _registered_at(ctx: Context) -> str:
    """`Registered At` (2020+) or `Registration Date` (2018), `M/D/YY, h:mm AM`, to the minute."""
    member = ctx.find_one(csv_name("Registration"))
    if member is None:
        return ""
    try:
        row = next(iter_csv(member), None)
    except ReadError:
        return ""  # the file is listed with its own problem when its route reads it; here: no identity
    when = parse_date(cell(row, "Registered At", "Registration Date")) if row else None
    if when is None:
        return ""
    _state(ctx).registered_at = when
    return when.strftime("%Y-%m-%dT%H:%M")


def _primary_email(ctx: Context) -> str:
    member = ctx.find_one(csv_name("Email Addresses"))
    if member is None:
        return ""
    try:
        first = ""
        for row in iter_csv(member, ("Email Address",)):
            address = cell(row, "Email Address").strip().lower()
            if not address:
                continue
            if cell(row, "Primary").strip().lower() in ("yes", "true"):
                return address
            first = first or address
        return first
    except ReadError:
        return ""


def _owner_from_invitations(ctx: Context) -> str:
    member = ctx.find_one(csv_name("Invitations"))
    if member is None:
        return ""
    for row in iter_csv(member, ("From", "To")):
        url = cell(row, "inviterProfileUrl").strip()
        if cell(row, "Direction").strip().upper() == "OUTGOING" and url:
            return url
    return ""


# The owner shows up in every conversation, so the first rows settle it; reading a 20 MB file twice
# only to be more certain of what is already clear would double the run.
OWNER_SCAN_ROWS = 20_000


def _owner_from_messages(ctx: Context) -> str:
    """The owner is in every conversation: the profile URL seen in the most conversations (as sender
    or recipient), ties broken by how often it sent."""
    member = ctx.find_one(csv_name("messages"))
    if member is None:
        return ""
    conversations: Counter[str] = Counter()
    sent: Counter[str] = Counter()
    seen: dict[str, set[str]] = {}
    spelled: dict[str, str] = {}  # normalised URL -> as first written
    for n, row in enumerate(iter_csv(member, ("From",))):
        if n >= OWNER_SCAN_ROWS:
            break
        conv = cell(row, "CONVERSATION ID")
        raw = [cell(row, "SENDER PROFILE URL"), *cell(row, "RECIPIENT PROFILE URLS").split(",")]
        urls = set()
        for url in raw:
            norm = normalise_profile_url(url)
            if norm:
                spelled.setdefault(norm, url.strip())
                urls.add(norm)
        sender = normalise_profile_url(raw[0])
        if sender:
            sent[sender] += 1
        known = seen.setdefault(conv, set())
        for url in urls - known:
            conversations[url] += 1
        known |= urls
    if not conversations:
        return ""
    return spelled[max(conversations, key=lambda u: (conversations[u], sent[u]))]


# ---------------------------------------------------------------- the table

ACCOUNT = Msg("account, ads or security data: identifying, not content")


def account(what: str) -> Msg:
    """`what` (a literal marked N_) followed by ACCOUNT, as one description."""
    return Msg("%(what)s: %(account)s", what=Msg(what), account=ACCOUNT)


# Outside the table: babel does not extract an N_() nested in a call inside Route(...).
REGISTRATION_WHAT = account(N_("registration date and IP"))
LOGINS_WHAT = account(N_("login history"))
SECURITY_CHALLENGES_WHAT = account(N_("security challenges"))
AD_TARGETING_WHAT = account(N_("ad-targeting categories"))
ADS_CLICKED_WHAT = account(N_("ads you clicked"))
AD_ENGAGEMENT_WHAT = account(N_("ad engagement"))
INFERENCES_WHAT = account(N_("LinkedIn's inferences about you"))
RECEIPTS_WHAT = account(N_("payment receipts"))
VERIFICATIONS_WHAT = account(N_("identity verifications"))
ACCOUNT_STATUS_WHAT = account(N_("account status changes (2018)"))
PHONE_NUMBERS_2018_WHAT = Msg("%(what)s (2018 name)", what=ACCOUNT)


ROUTES: tuple[Route, ...] = (
    # Activity (Complete archive only). 2026 names may carry `_<memberId>`.
    Route(csv_name("Shares"), handle_shares, "your posts and reshares"),
    Route(csv_name("Comments"), handle_comments, "your comments"),
    Route(csv_name("Reactions"), handle_reactions, "your reactions to posts"),
    Route(csv_name("Votes"), handle_votes, "your poll votes"),
    Route(csv_name("InstantReposts"), handle_instant_reposts, "your reposts without commentary"),
    Route(r"Articles/(?:Articles/)?[^/]+\.html", handle_article, "your articles and drafts"),
    Route(csv_name("Rich Media"), handle_rich_media, "media you uploaded"),
    Route(csv_name("Videos"), handle_videos, "videos you uploaded"),
    # Profile and its sections.
    Route(csv_name("Profile"), handle_profile, "your profile"),
    Route(csv_name("Profile Summary"), handle_profile_summary, "your profile's About text"),
    *(Route(csv_name(name), section_handler(section), section.what)
      for name, section in SECTIONS.items()),
    Route(csv_name("Recommendations Received"), recommendations_handler(True),
          "recommendations others wrote about you"),
    Route(csv_name("Recommendations Given"), recommendations_handler(False),
          "recommendations you wrote"),
    Route(csv_name("Endorsement Received Info"), endorsements_handler(True), "skill endorsements you got"),
    Route(csv_name("Endorsement Given Info"), endorsements_handler(False), "skill endorsements you gave"),
    # Private.
    Route(csv_name("messages"), handle_messages, "your direct messages"),
    Route(r"[^/]*_messages(?:_\d+)?\.csv", handle_messages, "your chats with LinkedIn's AI assistants"),
    Route(csv_name("LearningCoachMessages"), handle_messages, "your chats with LinkedIn's learning coach"),
    Route(csv_name("Invitations"), handle_invitations, "connection invitations and their notes"),
    # LinkedIn allows 30,000 first-degree connections: a file of ten times that many is not an export.
    Route(csv_name("Connections"), handle_connections, "your connections", most=10 * 30_000),
    Route(csv_name("Notes"), handle_notes, "your private notes on connections"),
    Route(csv_name("Job Applications", JOBS), handle_job_applications, "your job applications"),
    Route(csv_name("Job Applicant Saved Screening Question Responses", JOBS), handle_saved_answers,
          "your saved screening-question answers"),
    Route(csv_name("Job Applicant Saved Answers", JOBS), handle_saved_answers, "your saved answers"),
    Route(csv_name("Online Job Postings", JOBS), handle_job_postings, "job postings you published"),
    Route(csv_name("Private identity asset"), handle_resumes, "the text of résumés you uploaded"),
    # Known, deliberately not itemised.
    Route(csv_name("Saved Jobs", JOBS), None, "saved jobs: private bookmarks, not content"),
    Route(csv_name("Job Seeker Preferences", JOBS), None, "job-seeker preferences: settings, not content"),
    Route(csv_name("SavedJobAlerts", JOBS), None, "job alerts: saved searches, not content"),
    Route(csv_name("Company Follows"), None, "companies you follow: not content"),
    Route(csv_name("Member Follows"), None, "members you follow: not content"),
    Route(csv_name("Hashtag Follows"), None, "hashtags you follow: not content"),
    Route(csv_name("Saved Items"), None, "saved posts: private bookmarks, not content"),
    Route(csv_name("saved articles"), None, "saved articles: private bookmarks, not content"),
    Route(csv_name("Events"), None, "events you attended: not content"),
    Route(csv_name("Learning"), None, "LinkedIn Learning history: private, not content"),
    Route(csv_name("Calendar"), None, "calendar entries: private, not content"),
    Route(csv_name("Email Addresses"), None, ACCOUNT),
    Route(csv_name("PhoneNumbers"), None, ACCOUNT),
    Route(csv_name("Phone Numbers"), None, PHONE_NUMBERS_2018_WHAT),
    Route(csv_name("Whatsapp Phone Numbers"), None, ACCOUNT),
    Route(csv_name("Registration"), None, REGISTRATION_WHAT),
    Route(csv_name("Logins"), None, LOGINS_WHAT),
    Route(csv_name("Security Challenges"), None, SECURITY_CHALLENGES_WHAT),
    Route(csv_name("SearchQueries"), None, "your searches: private, not content"),
    Route(csv_name("Search Queries"), None, "your searches: private, not content (2018 name)"),
    Route(csv_name("Ad Targeting"), None, AD_TARGETING_WHAT),
    Route(csv_name("Ads Clicked"), None, ADS_CLICKED_WHAT),
    Route(csv_name("LAN Ads Engagement"), None, AD_ENGAGEMENT_WHAT),
    Route(csv_name("Inferences about you"), None, INFERENCES_WHAT),
    Route(r"Receipts[^/]*\.csv", None, RECEIPTS_WHAT),
    Route(r"Verifications/[^/]+\.csv", None, VERIFICATIONS_WHAT),
    Route(csv_name("Contacts"), None, "imported address book: others' data, not content"),
    Route(csv_name("Imported Contacts"), None, "imported address book: others' data, not content"),
    Route(csv_name("ImportedContacts"), None, "imported address book: others' data, not content"),
    Route(csv_name("Verifications"), None, VERIFICATIONS_WHAT),
    Route(csv_name("Reviews"), None, "ratings of LinkedIn Learning courses and credibility signals: "
          "not itemised"),
    Route(csv_name("Duolingo"), None, "language test scores (Duolingo): a profile credential, not "
          "itemised"),
    Route(csv_name("Account Status History"), None, ACCOUNT_STATUS_WHAT),
    Route(r"Services Marketplace/[^/]+\.csv", None,
          "Services Marketplace: service-provider page settings, not itemised"),
)

def header_rx(*columns: str) -> str:
    """A `Signature.header` regex: a CSV header line that starts with `columns`, each possibly quoted,
    separated by commas or TABs (2018 UTF-16 files), spaces and underscores in names equal."""
    cells = ['"?' + "[ _]?".join(re.escape(w) for w in re.split(r"[ _]+", c)) + '"?' for c in columns]
    return r"[,\t]".join(cells)


def any_rx(*alternatives: str) -> str:
    return "(?:" + "|".join(alternatives) + ")"


# Names alone (two of them make an export) and, for a partial download that holds one or two files,
# a name with LinkedIn's own header line, which is enough on its own (weight 2).
SIGNATURES = (
    Signature(csv_name("Profile")),
    Signature(csv_name("Connections")),
    Signature(csv_name("messages")),
    Signature(csv_name("Positions")),
    Signature(csv_name("Invitations")),
    Signature(csv_name("Shares")),
    Signature(csv_name("Shares"), 2, any_rx(header_rx("Date", "ShareLink", "ShareCommentary"),
                                            header_rx("Date", "Share Title", "Share Description"))),
    Signature(csv_name("Comments"), 2, header_rx("Date", "Link", "Message")),
    Signature(csv_name("Reactions"), 2, header_rx("Date", "Type", "Link")),
    Signature(csv_name("Votes"), 2, header_rx("Date", "Link", "OptionText")),
    Signature(csv_name("InstantReposts"), 2, header_rx("Date", "Link")),
    Signature(r"Articles/(?:Articles/)?[^/]+\.html", 2,
              r'(?is).*?(?:<p class="(?:created|published)"|<h1><a href="https?://www\.linkedin\.com/'
              r'(?:pulse|post/edit)/)'),
    Signature(csv_name("Profile"), 2, header_rx("First Name", "Last Name", "Maiden Name")),
    Signature(csv_name("Connections"), 2, any_rx(r"Notes:\s*[\r\n]",
                                                 header_rx("First Name", "Last Name", "URL", "Email Address"),
                                                 header_rx("First Name", "Last Name", "Email Address",
                                                           "Company", "Position", "Connected On"))),
    Signature(csv_name("messages"), 2, any_rx(header_rx("CONVERSATION ID", "CONVERSATION TITLE"),
                                              header_rx("From", "To", "Date", "Subject", "Content"))),
    Signature(csv_name("Invitations"), 2, header_rx("From", "To", "Sent At", "Message", "Direction")),
    Signature(csv_name("Registration"), 2, any_rx(header_rx("Registered At", "Registration Ip"),
                                                  header_rx("Registration Date", "Registration IP Address"))),
    Signature(csv_name("Rich Media"), 2, any_rx(header_rx("Date/Time", "Media Description", "Media Link"),
                                                header_rx("Type", "Link") + r"\s*[\r\n]")),
    Signature(r"Recommendations[ _](?:Received|Given)(?:_\d+)?\.csv", 2,
              header_rx("First Name", "Last Name", "Company", "Job Title", "Text", "Creation Date")),
    Signature(csv_name("Positions"), 2, header_rx("Company Name", "Title", "Description", "Location")),
    Signature(csv_name("Education"), 2, header_rx("School Name", "Start Date", "End Date", "Notes")),
    Signature(r"(?:Imported[ _]?)?Contacts\.csv", 2,
              any_rx(header_rx("Source", "FirstName", "LastName", "Companies"),
                     header_rx("FirstName", "LastName", "Companies"),
                     header_rx("First Name", "Last Name", "Companies", "Title", "Emails"))),
)

SPEC = ParserSpec(
    platform=PLATFORM,
    label=N_("LinkedIn data export"),
    expects=N_("a LinkedIn export (all of it or the parts you picked): Profile.csv, Connections.csv, "
               "messages.csv, Shares.csv, Comments.csv, Articles/…html, …"),
    signatures=SIGNATURES,
    routes=ROUTES,
    prepare=prepare,
    state=LinkedInState,
    min_score=2,
    # A Basic and a Complete archive are two whole downloads, never parts of one: two LinkedIn archives
    # are two exports even where they name the same account (two members can share a name).
    split_archives=False,
)
