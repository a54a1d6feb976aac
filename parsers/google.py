"""Google Takeout: YouTube (channels, videos, comments, live chat, playlists, posts, subscriptions,
history), Maps, Play Store and Search reviews, Blogger, Google Photos albums, Profile, My Activity; the
large private products (Location History, Gmail, Chrome, Drive, …) are recognised and counted only.

Layout and evidence: docs/formats/google.md. Paths are relative to the `Takeout/` folder. Folder and file
names are localised: every route below is a template over the concepts of `_google_locales`, expanded
to the names of every language, so a localised path matches the same handler as the English one. The
account's language is still detected (by scoring known paths) for the report and for the caveats.

Items carry platform "youtube" for YouTube content and "google" for everything else.
"""

from __future__ import annotations

import codecs
import csv
import functools
import html
import operator
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ai_exposure.archive import Member, MemberError
from ai_exposure.i18n import N_, Msg, Num
from ai_exposure.model import (
    HIGH,
    KEY_SOURCE_MAX_CHARS,
    LOW,
    MEDIUM,
    ONLY_YOU,
    PUBLIC,
    RESTRICTED,
    UNKNOWN,
    Item,
    ItemRun,
    Problem,
    connection_visibility,
    key_digest,
    key_prefix,
)
from ai_exposure.parsing import (
    Context,
    NotRecognised,
    ParserSpec,
    Route,
    Signature,
    Verdict,
    member_head,
    state_of,
)
from ai_exposure.readers import (
    CHUNK,
    WHOLE_FILE,
    BoundedLines,
    ReadError,
    Row,
    Wanted,
    bounded_first_line,
    dict_field,
    iter_csv,
    iter_json_array,
    iter_json_batches,
    json_stream,
    lenient_json,
    load_json,
    normalise_header,
    open_text,
    parse_epoch,
    parse_iso,
    record_place,
    skipped_lines,
    unreadable_date,
    unwrap,
)

from ._google_locales import EN, LOCALES, PRIVATE_PRODUCTS, Locale

YT, GOOGLE = "youtube", "google"

# ---------------------------------------------------------------- path templates

_CONCEPT = re.compile(r"\{(\w+)\}")


def _canonical(path: str) -> str:
    """The form names are compared in: NFC, no-break and narrow spaces as spaces (matching only)."""
    return unicodedata.normalize("NFC", path).replace("\u00a0", " ").replace("\u202f", " ")


def _name_rx(name: str) -> str:
    """A literal name as a regex that also accepts the look-alike characters Takeout writes."""
    rx = re.escape(_canonical(name))
    return rx.replace(r"\ ", "[ \u00a0\u202f]").replace(r"\-", "[-\u2011]")


def _aliases(concept: str, locales: tuple[Locale, ...]) -> list[str]:
    names: list[str] = []
    for locale in locales:
        for name in locale.names.get(concept, ()) or EN.names.get(concept, ()):
            if name not in names:
                names.append(name)
    if not names:
        raise KeyError(f"no names for concept {concept!r}")  # a typo in a template: a bug, not input
    return names


def expand(template: str, locales: tuple[Locale, ...] = LOCALES) -> str:
    """`{youtube}/{yt_comments}/…` → a regex matching the names of `locales` (a missing concept in a
    language falls back to the English names, as Takeout leaves many names untranslated)."""
    def alternation(m: re.Match[str]) -> str:
        return "(?:" + "|".join(_name_rx(n) for n in _aliases(m.group(1), locales)) + ")"
    return _CONCEPT.sub(alternation, template)


# ---------------------------------------------------------------- small pure helpers

def safe_url(value: Any) -> str:
    """An http(s) URL from the export, with Google's `/url?q=` redirect unwrapped; anything else
    (javascript:, data:, relative) is dropped, because the report turns URLs into links."""
    if not isinstance(value, str):
        return ""
    url = value.strip()
    if _PLAIN_URL.match(url) and "google.com/url" not in url:
        return url  # the common case (every My Activity record), without parsing it
    try:
        parts = urlsplit(url)
        if parts.netloc.endswith("google.com") and parts.path == "/url":
            target = parse_qs(parts.query).get("q", [""])[0]
            if target:
                url, parts = target, urlsplit(target)
    except ValueError:  # e.g. an unbalanced `[` in the host: not a usable link
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    return url


# A printable-ASCII http(s) URL whose host starts with a letter or digit, without spaces, brackets
# (IPv6 hosts) or the characters urlsplit removes before parsing: urlsplit would find the scheme and a
# non-empty host in it, so it is kept as it is.
_PLAIN_URL = re.compile(r"https?://[A-Za-z0-9][!-Z\\^-~]*\Z")


def segments_text(cell: str) -> str:
    """The plain text of a YouTube JSON-in-CSV text cell, in any of its three shapes: one object
    `{"takeoutSegments":[…]}`, a bare comma-separated object list `{"text":…},{"text":…}`, or plain
    text (very old exports, and anything that does not parse)."""
    raw = cell.strip()
    if not raw.startswith("{"):
        return cell
    data: Any
    try:
        # Read as a list first: it holds either shape, and the bare list (most comments of an era)
        # then parses at once instead of failing as one object first. One object read alone and as
        # the only element of a list is the same object.
        data = lenient_json("[" + raw + "]")
        if len(data) == 1:
            data = data[0]
    except (ValueError, RecursionError):
        data = _segments_slowly(raw)
        if data is None:
            return cell
    segments = data.get("takeoutSegments", [data]) if isinstance(data, dict) else data
    if not isinstance(segments, list):
        return cell
    return "".join(str(s.get("text", "")) for s in segments if isinstance(s, dict))


def _segments_slowly(raw: str) -> Any:
    """A cell the list reading refused, read alone (None: not JSON, or nested too deep to read: its
    text is kept as it is). Only a cell one level short of the nesting limit reads here."""
    try:
        return lenient_json(raw)
    except (ValueError, RecursionError):  # RecursionError: a doctored cell nested thousands deep
        return None


def _ts(value: str) -> datetime | None:
    return parse_iso(value) if value else None


# Visibility values as exports may write them: English in every export seen; the others are the
# words of YouTube's own interface in the languages the tool reads ([S]: not seen in an export).
_PUBLIC_VALUES = {"public", "öffentlich", "openbaar", "público", "pública", "publique", "pubblico",
                  "herkese açık", "公开", "عامة", "عام"}
_UNLISTED_VALUES = {"unlisted", "nicht gelistet", "verborgen", "no listado", "oculto", "oculta",
                    "non répertoriée", "non répertorié", "liste dışı", "不公开列出", "غير مدرج"}
_PRIVATE_VALUES = {"private", "privat", "privé", "privado", "privada", "privée", "gizli", "私享",
                   "خاص"}


def _privacy_word(value: str) -> str:
    v = value.strip().casefold()
    if v in _PUBLIC_VALUES:
        return "public"
    if v in _UNLISTED_VALUES:
        return "unlisted"
    if v in _PRIVATE_VALUES:
        return "private"
    return ""


def video_visibility(privacy: str, state: str, file: str) -> Verdict:
    """An uploaded video's visibility from videos.csv `Privacy` and `Video State` (`file`): public
    only when Public and Processed; unlisted is reachable by link but not listed or indexed, so
    restricted."""
    if state:
        evidence = Msg("%(file)s: Privacy %(privacy)s, Video State %(state)s", file=file,
                       privacy=privacy or EMPTY, state=state)
    else:
        evidence = Msg("%(file)s: Privacy %(privacy)s", file=file, privacy=privacy or EMPTY)
    word = _privacy_word(privacy)
    if word == "public":
        if state.strip().casefold() in ("processed", ""):
            return Verdict(PUBLIC, evidence, HIGH if state.strip() else MEDIUM)
        return Verdict(RESTRICTED, evidence, MEDIUM)  # failed, rejected, deleted …: not on the site
    if word == "unlisted":
        return Verdict(RESTRICTED, evidence, HIGH, audience="unlisted")
    if word == "private":
        return Verdict(RESTRICTED, evidence, HIGH)
    return Verdict(UNKNOWN, evidence, LOW)


def listed_visibility(value: str, evidence: Msg) -> Verdict:
    """Channel and playlist visibility from its `value` (public iff Public), with the `evidence` the
    caller names it by (its file and field)."""
    word = _privacy_word(value)
    if word == "public":
        return Verdict(PUBLIC, evidence, HIGH)
    if word in ("unlisted", "private"):
        return Verdict(RESTRICTED, evidence, HIGH)
    if value.strip():
        # A value the notes have not seen: not positive evidence.
        return Verdict(RESTRICTED, evidence, MEDIUM)
    return Verdict(UNKNOWN, evidence, LOW)


def blogger_visibility(status: str, draft: bool, file: str) -> Verdict:
    """A Blogger entry's visibility from `blogger:status` and `app:draft` in `file`: LIVE is public if
    the blog is."""
    s = status.strip().upper()
    if draft or s in ("DRAFT", "SCHEDULED"):
        vis, conf, reason = RESTRICTED, HIGH, Msg("draft, not published")
    elif s in ("SOFT_TRASHED", "TRASHED", "DELETED"):
        vis, conf, reason = RESTRICTED, HIGH, Msg("in the trash, not shown")
    elif s in ("LIVE", ""):
        vis, conf, reason = PUBLIC, MEDIUM, Msg("published (public if the blog itself is public; the "
                                                "blog's readers setting is not exported)")
    else:
        vis, conf, reason = UNKNOWN, LOW, Msg("status not recognised")
    evidence = (Msg("%(file)s: app:draft yes: %(reason)s", file=file, reason=reason) if draft else
                Msg("%(file)s: blogger:status %(status)s: %(reason)s", file=file,
                    status=status or NONE_GIVEN, reason=reason))
    return Verdict(vis, evidence, conf, audience="blog")


def sanitised_title(title: str) -> str:
    """A playlist title in the form it is compared with a file name in: Takeout replaces characters
    it does not keep in file names (`&`, `'`, `/`, `:`, `?`, emoji, …) by `_`, and which ones has
    varied; so every character that is not a letter, a digit or a space becomes `_` on both sides.
    Letters of any script are kept (`Café`, `Música`)."""
    folded = _canonical(title).casefold()
    return " ".join("".join(c if c.isalnum() or c.isspace() else "_" for c in folded).split())


# `<title> videos.csv` (2024 on), `<title>-videos.csv` (2022-2024), localised `<title>-vídeos.csv`
# (es), `<title>-videoclipuri.csv` (ro), `Video_s in <title>.csv` (nl: "Video's in …").
_PLAYLIST_FILE_SUFFIX = re.compile(r"[- ](?:videos|vídeos|vidéos|videoclipuri|Videos|videoları)$",
                                   re.IGNORECASE)
_PLAYLIST_FILE_PREFIX = re.compile(r"^Video_s in ", re.IGNORECASE)
# ar [S]: `فيديوهات _<title>_` ("videos "<title>"", the quotes replaced by `_`).
_PLAYLIST_FILE_WRAPPED = re.compile(r"^فيديوهات _(.+)_$")


def playlist_title_of_file(stem: str) -> str:
    """The (sanitised) playlist title a per-playlist file name carries."""
    title = _PLAYLIST_FILE_SUFFIX.sub("", stem)
    if title == stem:
        title = _PLAYLIST_FILE_PREFIX.sub("", stem)
    wrapped = _PLAYLIST_FILE_WRAPPED.match(title)
    return wrapped.group(1) if wrapped else title


# ---------------------------------------------------------------- HTML dates (My Activity, comments)

_MONTHS = {
    # nl, de, es, fr, it, pt abbreviations → English (strptime %b is English under the C locale)
    "mrt": "Mar", "mei": "May", "okt": "Oct", "mär": "Mar", "mae": "Mar", "mai": "May", "dez": "Dec",
    "ene": "Jan", "abr": "Apr", "ago": "Aug", "dic": "Dec", "janv": "Jan", "févr": "Feb",
    "fevr": "Feb", "mars": "Mar", "avr": "Apr", "juin": "Jun", "juil": "Jul", "août": "Aug",
    "sept": "Sep", "déc": "Dec", "gen": "Jan", "giu": "Jun", "lug": "Jul", "set": "Sep", "ott": "Oct",
    "fev": "Feb", "out": "Oct", "dez.": "Dec", "juni": "Jun", "juli": "Jul", "march": "Mar",
}
_ZONES = {
    "UTC": 0, "GMT": 0, "WET": 0, "BST": 60, "IST": 60, "CET": 60, "MEZ": 60, "CEST": 120, "MESZ": 120,
    "EET": 120, "EEST": 180, "MSK": 180, "PST": -480, "PDT": -420, "MST": -420, "MDT": -360,
    "CST": -360, "CDT": -300, "EST": -300, "EDT": -240, "AEST": 600, "AEDT": 660, "JST": 540,
}
_ZONE_AT_END = re.compile(r"\s+(?:([A-Z]{2,5})|(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d\d))?)$")
_HTML_FORMATS = (
    "%b %d, %Y, %I:%M:%S %p", "%d %b %Y, %H:%M:%S", "%d %b %Y %H:%M:%S", "%d.%m.%Y, %H:%M:%S",
    "%d/%m/%Y, %H:%M:%S", "%Y年%m月%d日 %H:%M:%S", "%b %d, %Y, %H:%M:%S",
)
_ISO_IN_TEXT = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:\s*|T)(\d{2}):(\d{2}):(\d{2})")


def parse_html_time(text: str) -> datetime | None:
    """A My Activity HTML timestamp (`Aug 25, 2020, 5:06:44 PM PDT`, `15 jun 2026, 20:30:41 CEST`,
    `27.08.2026, 20:04:54 MESZ`, …). The zone is the export's, not the event's, so the result can be
    off by the difference; an unknown zone is read as UTC."""
    v = " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").replace("\u200f", "")
                 .replace("\u060c", ",").split())
    if not v:
        return None
    offset = 0
    zone = _ZONE_AT_END.search(v)
    if zone and zone.group(1) in ("AM", "PM"):
        zone = None
    if zone:
        if zone.group(1):
            offset = _ZONES.get(zone.group(1), 0)
        else:
            offset = int(zone.group(3)) * 60 + int(zone.group(4) or 0)
            offset = -offset if zone.group(2) == "-" else offset
        v = v[: zone.start()]
    words = v.split(" ")
    v = " ".join(_MONTHS.get(w.casefold().rstrip("."), w.rstrip(".") if w.endswith(".") and w[:-1]
                             .isalpha() else w) for w in words)
    for fmt in _HTML_FORMATS:
        try:
            naive = datetime.strptime(v, fmt)
        except ValueError:
            continue
        return naive.replace(tzinfo=timezone(timedelta(minutes=offset))).astimezone(UTC)
    return _iso_in_text(v)


def _iso_in_text(text: str) -> datetime | None:
    """The first `YYYY-MM-DD HH:MM:SS` (or `…T…`) in a sentence, as UTC; None if absent or invalid.
    Every sentence it is given should hold one: a text without (or with month 13) is an unreadable
    date for the file's warning (see `readers.DateWatch`)."""
    m = _ISO_IN_TEXT.search(text)
    if m:
        try:
            year, month, day, hour, minute, second = (int(g) for g in m.groups())
            return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
        except ValueError:
            pass
    if text.strip():
        unreadable_date(text)
    return None


# ---------------------------------------------------------------- context (prepare)

# Paths whose presence says which language the export is in (folder-qualified, never bare names).
_LOCALE_TEMPLATES = (
    r"{archive_index}\.html",
    r"{youtube}/.+",
    r"{youtube}/{yt_history}/(?:{yt_watch_history}|{yt_search_history})\.(?:json|html)",
    r"{youtube}/{yt_subscriptions}/{yt_subscriptions}\.csv",
    r"{youtube}/{yt_comments}/{yt_comments}\.csv",
    r"{youtube}/{yt_live_chats}/{yt_live_chats}\.csv",
    r"{youtube}/{yt_video_metadata}/[^/]+",
    r"{youtube}/{yt_channels}/{yt_channel}\.csv",
    r"{youtube}/{yt_my_comments}/[^/]+\.html",
    r"{my_activity}/.+",
    r"{my_activity}/[^/]+/{my_activity_file}\.(?:json|html)",
    r"{maps_places}/{reviews}\.json",
    r"{search_contributions}/{reviews}\.json",
    r"{profile}/{profile_file}\.json",
    r"{photos}/.+",
)


@functools.cache
def _locale_patterns() -> tuple[list[re.Pattern[str]], dict[str, list[re.Pattern[str]]]]:
    """The templates for any language, and per language. Compiled on first use, not on import: they
    are over a hundred large patterns (about 0.1 s), and most runs hold no Takeout."""
    any_locale = [re.compile(expand(t), re.IGNORECASE) for t in _LOCALE_TEMPLATES]
    per_locale = {loc.code: [re.compile(expand(t, (loc,)), re.IGNORECASE) for t in _LOCALE_TEMPLATES]
                  for loc in LOCALES}
    return any_locale, per_locale


_LOCALE_SAMPLES_PER_FOLDER = 3  # names decide, not counts: a few paths per folder are enough


def detect_locale(relpaths: list[str]) -> tuple[Locale, float]:
    """The account language from the export's known paths. A path matching a template gives each
    language whose names match it a share of one point (so untranslated names such as Chrome or
    Drive decide nothing and a translated folder decides a lot); a language scores the best share
    per template. The file count breaks ties, then English wins. Only a few paths per second-level
    folder are looked at: a Photos or Drive export has hundreds of thousands of files."""
    share = {loc.code: [0.0] * len(_LOCALE_TEMPLATES) for loc in LOCALES}
    files = {loc.code: 0 for loc in LOCALES}
    sampled: dict[str, int] = {}
    any_locale_rx, locale_rx = _locale_patterns()
    for path in relpaths:
        p = _canonical(path)
        folder = "/".join(p.split("/", 2)[:2])
        if sampled.get(folder, 0) >= _LOCALE_SAMPLES_PER_FOLDER:
            continue
        sampled[folder] = sampled.get(folder, 0) + 1
        for i, any_locale in enumerate(any_locale_rx):
            if not any_locale.fullmatch(p):
                continue
            codes = [c for c, rxs in locale_rx.items() if rxs[i].fullmatch(p)]
            for c in codes:
                files[c] += 1
                share[c][i] = max(share[c][i], 1.0 / len(codes))
    scores = {c: sum(v) for c, v in share.items()}
    best = max(LOCALES, key=lambda loc: (round(scores[loc.code], 6), files[loc.code], loc is EN))
    return best, scores[best.code]


_TAKEOUT_NAME = re.compile(r"takeout-(\d{8}T\d{6}Z)(?:-\d+)?-\d{3}\.(?:zip|tgz|tar\.gz)$", re.IGNORECASE)


def takeout_part_stem(name: str) -> str | None:
    """`takeout-<UTC time>`: every part of one export (…-001.zip, …-1-002.zip, …-2-001.tgz) shares
    it. None for names users chose."""
    m = _TAKEOUT_NAME.search(name)
    return f"takeout-{m.group(1)}" if m else None


def export_time_from_name(name: str) -> datetime | None:
    m = _TAKEOUT_NAME.search(name)
    if not m:
        return None
    try:
        return datetime.strptime(m.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except ValueError:
        return None


# Top-level folders of products that are private to the account (counted in the notice).
_PRIVATE_TOP = {_canonical(n).casefold() for n in PRIVATE_PRODUCTS} | {
    _canonical(n).casefold() for c in ("location_history", "mail", "chrome", "drive", "photos")
    for n in _aliases(c, LOCALES)}


@dataclass
class GoogleState:
    """What prepare and the handlers of one Takeout record for each other (Context.state)."""

    locale: str = "en"  # the language of the folder and file names
    profile_names: set[str] = field(default_factory=set)  # the owner's names (Profile.json)
    yt_channels: dict[str, str] = field(default_factory=dict)  # own channel id -> visibility
    yt_videos: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (visibility, evidence)
    # sanitised title -> (visibility, evidence) of each playlist of that title
    yt_playlists: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    yt_playlists_searched: bool = False  # a playlists file of unknown name was looked for


def _state(ctx: Context) -> GoogleState:
    return state_of(ctx, GoogleState)


def prepare(ctx: Context) -> list[Problem]:
    """Language, export time, account (Profile), and the notices and caveats of this export. Reports
    nothing itself: the files it reads are reported by their own handlers."""
    relpaths = [m.relpath for m in ctx.members]
    locale, score = detect_locale(relpaths)
    _state(ctx).locale = locale.code
    if locale is not EN and score > 0:
        ctx.info.caveats.append(Msg("Folder and file names are in %(language)s; they were matched to "
                                    "the English layout.", language=locale.language))
    for m in ctx.members:
        when = export_time_from_name(m.container.name)
        if when is not None:
            ctx.info.export_date = when
            break
    profile = ctx.find_one(expand(r"{profile}/{profile_file}\.json"))
    if profile is not None:
        try:
            data = load_json(profile, max_bytes=4 << 20)
        except ReadError:
            data = None  # the profile handler reports the file; saying it twice helps nobody
        if isinstance(data, dict):
            account, names = profile_identity(data)
            ctx.info.account = account
            _state(ctx).profile_names = names
    ctx.info.owner_id = owner_identity(ctx)
    private_files = private_bytes = 0
    for m in ctx.members:
        if _canonical(m.relpath).split("/", 1)[0].casefold() in _PRIVATE_TOP:
            route = ctx.spec.route_for(m.relpath)  # these products' routes come first: cheap
            if route is not None and route.handler is None:
                private_files += 1
                private_bytes += m.size
    activity = ctx.find(expand(r"(?:{my_activity}/.+|{youtube}/{yt_history}/.+)"))
    if private_files or activity:
        ctx.info.notices.append(Msg(
            "Google Takeout: My Activity, watch and search history, Location History, Gmail, Chrome, "
            "Drive and the other account products are private to your account and are not used for "
            "AI training under public-content policies; %(activity)s activity files are listed as "
            "restricted activity, %(files)s more files (%(megabytes)s MB) are counted without being "
            "read.", activity=len(activity), files=private_files,
            megabytes=Num(private_bytes / 1e6, 1)))
    if ctx.find(expand(r"{youtube}/(?:{yt_comments}|{yt_live_chats}|{yt_my_comments}|"
                       r"{yt_my_live_chat})/.+")):
        ctx.info.caveats.append(Msg(
            "YouTube comments and live chat messages count as public because YouTube shows them "
            "publicly; the export does not say whether the video they were posted under is public, "
            "except for your own videos."))
    albums = ctx.find(expand(r"{photos}/[^/]+/{album_metadata}\.json"))
    if albums or ctx.find(expand(r"{photos}/shared_album_comments\.json")):
        ctx.info.caveats.append(Msg(
            "Google Photos: %(n)s album(s) found. Albums, including shared ones and their comments, "
            "are shared by link rather than published, so they count as restricted.", n=len(albums)))
    if ctx.find(expand(r"{blogger}/.+\.atom")):
        ctx.info.caveats.append(Msg(
            "Blogger posts marked LIVE count as public; a blog can be restricted to chosen readers, "
            "and that setting is not in the export."))
    return []


_ARCHIVE_TITLE = re.compile(r'class="header_title"[^>]*>([^<]{0,500})<', re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CHANNEL_ID = re.compile(r"UC[\w-]{22}")
_INDEX_SCAN_LIMIT = 2 << 20  # the title follows ~100 KB of inline CSS and scripts


_ARCHIVE_SUBTEXT = re.compile(r'class="header_subtext"[^>]*>([^<•]{0,200})', re.IGNORECASE)


def archive_owner(member: Member) -> tuple[str, datetime | None]:
    """The account's e-mail address from the index page's title ("Archive for <address>", in the
    account's language) and the export time under it ("Mar 17, 2023, 3:39:15 PM PDT • …"); "" and
    None for what the page does not hold."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    text, read = "", 0
    with member.open() as fh:
        while read < _INDEX_SCAN_LIMIT:
            chunk = fh.read(CHUNK)
            if not chunk:
                break
            read += len(chunk)
            text = text[-4096:] + decoder.decode(chunk)
            title = _ARCHIVE_TITLE.search(text)
            if title:
                subtext = _ARCHIVE_SUBTEXT.search(text, title.end())
                if subtext is None and len(text) - title.end() < 2048:
                    text += decoder.decode(fh.read(4096))  # the date line follows the title closely
                    subtext = _ARCHIVE_SUBTEXT.search(text, title.end())
                email = _EMAIL.search(html.unescape(title.group(1)))
                when = parse_html_time(html.unescape(subtext.group(1))) if subtext else None
                return (email.group(0).casefold() if email else ""), when
    return "", None


def channel_owner(member: Member) -> str:
    """The first channel id in channel.csv (the account's own channel), by shape: the column's name
    is localised."""
    for row in iter_csv(member):
        for cell in row.cells:
            if _CHANNEL_ID.fullmatch(cell.strip()):
                return cell.strip()
        break
    return ""


def owner_identity(ctx: Context) -> str:
    """Who the export belongs to, for scoping item keys (`Context.account_key`): the Google account's
    e-mail address from the index page or the profile, else the YouTube channel id. Every part of
    one export and every export of one account give the same one where they hold the same files."""
    index = ctx.find_one(expand(r"{archive_index}\.html"))
    if index is not None:
        try:
            email, when = archive_owner(index)
        except Exception:  # a damaged member: no identity from it (its route reports nothing)
            email, when = "", None
        if when is not None and ctx.info.export_date is None:
            ctx.info.export_date = when
        if email:
            if not ctx.info.account:
                ctx.info.account = email
            return "google:" + email
    if "@" in ctx.info.account:  # the profile's first e-mail address
        return "google:" + ctx.info.account
    channel = ctx.find_one(expand(r"{youtube}/[^/]+/{yt_channel}\.csv"))
    if channel is not None:
        try:
            cid = channel_owner(channel)
        except Exception:  # the channels handler reports what is wrong with the file
            cid = ""
        if cid:
            return "youtube:" + cid
    return ""


def profile_identity(data: dict[str, Any]) -> tuple[str, set[str]]:
    """(account id for merging parts: the first e-mail, else the name; the names the user appears
    under, for attributing Blogger comments)."""
    names: set[str] = set()
    name = dict_field(data, "name")
    for value in (data.get("displayName"), name.get("formattedName")):
        if isinstance(value, str) and value.strip():
            names.add(value.strip().casefold())
    email = ""
    emails = data.get("emails")
    if isinstance(emails, list):
        for e in emails:
            if isinstance(e, dict) and isinstance(e.get("value"), str) and e["value"].strip():
                email = e["value"].strip().casefold()
                break
    account = email or (sorted(names)[0] if names else "")
    return account, names


# ---------------------------------------------------------------- CSV plumbing

def _rows(member: Member, needs: tuple[tuple[str, ...], ...]) -> Iterator[Row]:
    """Rows by header name. `needs`: groups of alternative header names, one of each must be there
    (else ReadError: not the file we expect)."""
    first = True
    for row in iter_csv(member):
        if first:
            first = False
            missing = [names[0] for names in needs if not any(row.has(n) for n in names)]
            if missing:
                raise ReadError(Msg("header"), Msg("missing column(s): %(columns)s",
                                                   columns=", ".join(missing)))
        yield row


def _row_problem(member: Member, row: Row, reason: Msg) -> Problem:
    return Problem(member.relpath, Msg("line %(n)s", n=row.line), reason)


# Header aliases: English Title Case (sentence case matches too: names are compared case-folded),
# then older and localised spellings. Where they come from: docs/formats/google.md ("Column names").
# A file whose key column has none of these names (a language not listed here) is read by the
# position or the shape of its columns instead (`_Columns`).
H_VIDEO_ID = ("Video ID", "Video-ID", "Video Id", "ID de vídeo", "ID del vídeo", "ID de la vidéo",
              "Vidéo ID", "Video kimliği", "معرّف الفيديو")
H_CHANNEL_ID = ("Channel ID", "Kanal-ID", "Kanaal-ID", "Channel Id", "ID de canal", "ID del canal",
                "ID de la chaîne", "频道 ID", "Kanal Kimliği", "معرّف القناة")
H_COMMENT_ID = ("Comment ID", "Kommentar-ID", "Reactie-ID", "ID de comentario", "ID del comentario",
                "ID du commentaire")
H_COMMENT_TS = ("Comment Create Timestamp", "Zeitstempel der Erstellung des Kommentars",
                "Aanmaaktijdstempel reactie", "Tijdstempel van het aanmaken van de reactie",
                "Marca de tiempo de creación del comentario", "Horodatage de création du commentaire")
H_COMMENT_TEXT = ("Comment Text", "Kommentartext", "Reactietekst", "Texto del comentario",
                  "Texte du commentaire")
H_POST_ID = ("Post ID", "Beitrags-ID", "Bericht-ID", "ID de la publicación", "ID de la publication")
H_CHAT_ID = ("Live Chat ID", "Live-Chat-ID")
H_CHAT_TS = ("Live Chat Create Timestamp",)
H_CHAT_TEXT = ("Live Chat Text", "Text für den Live-Chat")
H_PRIVACY = ("Privacy", "Privacidad", "Datenschutz", "Confidentialité")
H_STATE = ("Video State", "Estado del vídeo", "Videostatus", "État de la vidéo")
H_VIDEO_TITLE = ("Video Title (Original)", "Video Title", "Título del vídeo (original)",
                 "Videotitel (origineel)", "Videotitel (Original)")
H_VIDEO_DESC = ("Video Description (Original)", "Video Description", "Descripción del vídeo (original)",
                "Videobeschrijving (origineel)", "Videobeschreibung (Original)")
H_VIDEO_CREATED = ("Video Create Timestamp", "Marca de tiempo de creación del vídeo",
                   "Tijdstempel aanmaaktijd video")
H_VIDEO_PUBLISHED = ("Video Publish Timestamp", "Marca de tiempo de publicación del vídeo",
                     "Tijdstempel publicatietijd video")
H_CHANNEL_TITLE = ("Channel Title (Original)", "Channel Title", "Titres des chaînes",
                   "Título del canal (original)", "Título del canal", "(Originele) kanaaltitel",
                   "Kanaaltitel", "Kanaltitel (Original)", "Kanaltitel")
H_CHANNEL_DESC = ("Channel Description (Original)", "Kanalbeschreibung (Original)")
H_CHANNEL_VIS = ("Channel Visibility", "Visibilidad del canal", "Kanaalzichtbaarheid")
H_PLAYLIST_ID = ("Playlist ID", "Playlist Id", "Playlist-ID", "ID de lista de reproducción",
                 "Oynatma listesi kimliği")
H_PLAYLIST_TITLE = ("Playlist Title (Original)", "Title", "Título de la lista de reproducción (original)",
                    "Playlist-titel (Origineel)", "Playlist-Titel (Original)", "Oynatma listesi başlığı")
H_PLAYLIST_DESC = ("Playlist Description (Original)", "Description", "Playlist-Beschreibung (Original)")
H_PLAYLIST_VIS = ("Playlist Visibility", "Visibility", "Visibilidad de la lista de reproducción",
                  "Zichtbaarheid van playlist")
H_PLAYLIST_CREATED = ("Playlist Create Timestamp", "Time Created",
                      "Marca de tiempo de creación de la lista de reproducción",
                      "Playlist tijdstempel maken")
H_PLAYLIST_ITEM_TS = ("Playlist Video Creation Timestamp", "Time Added",
                      "Marca de tiempo de creación de la lista de reproducción de vídeos",
                      "Tijdstempel voor het maken van een playlistvideo",
                      "Zeitstempel bei Erstellung des Playlist-Videos",
                      "Oynatma listesi videosu oluşturma zaman damgası",
                      "الطابع الزمني لإنشاء الفيديو في قائمة التشغيل")
H_SUB_CHANNEL = ("Channel Id", "Channel ID", "ID des chaînes", "ID del canal", "ID de canal",
                 "Kanaal-ID", "Kanal-ID", "频道 ID", "Kanal Kimliği", "معرّف القناة")
H_SUB_TITLE = ("Channel Title", "Titres des chaînes", "Título del canal", "Kanaaltitel", "Kanaltitel",
               "频道标题", "Kanal başlığı", "عنوان القناة")

_ISO_CELL = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_UG_ID = re.compile(r"Ug[\w-]{10,}(?:\.[\w-]+)?")
# The ids that may go into a link (compiled once: they are checked on every comment of a big file).
_VIDEO_ID = re.compile(r"[\w-]{6,20}")
_COMMENT_ID = re.compile(r"[\w.-]+")
_POST_ID = re.compile(r"[\w-]{6,60}")


def _segments_cell(cell: str) -> bool:
    return cell.lstrip().startswith('{"')


class _Columns:
    """How one CSV file's columns are found: by name (any language listed above), else by position
    (Takeout's column order, the same in every language) when the key column has no known name.
    `by_position` says which, so the file gets one warning."""

    def __init__(self, row: Row, key: tuple[str, ...]) -> None:
        self.by_position = not any(row.has(n) for n in key)
        self.width = 1 + max((i for idx in row.index.values() for i in idx), default=-1)

    def get(self, row: Row, names: tuple[str, ...], position: int | None) -> str:
        # A file whose key column is named may still have other columns in a language not listed
        # (German Playlist visibility, French channel visibility): those are taken by position.
        if not self.by_position and (position is None or any(row.has(n) for n in names)):
            return row.get(*names)
        if position is None:
            return ""
        i = position if position >= 0 else self.width + position
        return row.cells[i] if 0 <= i < len(row.cells) else ""


def _position_warning(member: Member) -> Problem:
    return Problem(member.relpath, Msg("header"),
                   Msg("column names in a language the tool does not know; columns were taken by "
                       "their position in Takeout's layout"), severity="warning")


def _watch_url(video_id: str, comment_id: str = "") -> str:
    if not _VIDEO_ID.fullmatch(video_id or ""):
        return ""
    url = f"https://www.youtube.com/watch?v={video_id}"
    if comment_id and _COMMENT_ID.fullmatch(comment_id):
        url += f"&lc={comment_id}"
    return url


def _channel_url(channel_id: str) -> str:
    return f"https://www.youtube.com/channel/{channel_id}" if re.fullmatch(r"[\w-]{6,40}",
                                                                           channel_id or "") else ""


# ---------------------------------------------------------------- YouTube handlers

# Shown in place of a value the export left empty.
EMPTY = Msg("(empty)")
NONE_GIVEN = Msg("(none)")
NOT_GIVEN = Msg("not given")


def yt_channels(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    channels = _state(ctx).yt_channels
    no_visibility = Msg("%(file)s: no Channel Visibility column", file=member.relpath)
    cols: _Columns | None = None
    for row in iter_csv(member):
        if cols is None:
            cols = _Columns(row, H_CHANNEL_ID)
            if cols.by_position:
                yield _position_warning(member)
        # Takeout's order: Channel ID first, Channel Visibility last, the title before it.
        cid = cols.get(row, H_CHANNEL_ID, 0).strip()
        if not cid:
            yield _row_problem(member, row, Msg("no channel id"))
            continue
        raw = cols.get(row, H_CHANNEL_VIS, -1)
        verdict = listed_visibility(raw, Msg("%(file)s: Channel Visibility %(value)s",
                                             file=member.relpath, value=raw.strip())
                                    if raw.strip() else no_visibility)
        channels[cid] = verdict.visibility
        title, desc = cols.get(row, H_CHANNEL_TITLE, -2), cols.get(row, H_CHANNEL_DESC, None)
        yield Item(
            platform=YT, kind="profile", key=f"youtube:channel:{cid}", created_at=None,
            visibility=verdict.visibility, confidence=verdict.confidence, evidence=verdict.evidence,
            source_file=member.relpath, text="\n".join(t for t in (title, desc) if t),
            url=_channel_url(cid),
        )


def yt_videos(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    videos = _state(ctx).yt_videos
    cols: _Columns | None = None
    privacy_by_value = False
    for row in iter_csv(member):
        if cols is None:
            cols = _Columns(row, H_VIDEO_ID)
            # Privacy under a name not listed (Turkish `Gizlilik`): found by its value, as below.
            privacy_by_value = cols.by_position or not any(row.has(n) for n in H_PRIVACY)
            if cols.by_position:
                yield _position_warning(member)
        vid = cols.get(row, H_VIDEO_ID, 0).strip()
        if not vid:
            yield _row_problem(member, row, Msg("no video id"))
            continue
        if privacy_by_value:
            # Privacy and Video State come after the optional description and tag columns: take
            # Privacy by its value, the state after it, the two timestamps last.
            at = next((i for i, c in enumerate(row.cells) if _privacy_word(c)), -1)
            privacy = row.cells[at].strip() if at >= 0 else ""
            state = row.cells[at + 1].strip() if 0 <= at < len(row.cells) - 1 else ""
            title, desc = "", ""
            stamps = [c for c in row.cells if _ISO_CELL.match(c)]
            created = _ts(stamps[-1]) if stamps else None
        else:
            privacy, state = row.get(*H_PRIVACY).strip(), row.get(*H_STATE).strip()
            title, desc = row.get(*H_VIDEO_TITLE), row.get(*H_VIDEO_DESC)
            created = _ts(row.get(*H_VIDEO_PUBLISHED)) or _ts(row.get(*H_VIDEO_CREATED))
        verdict = video_visibility(privacy, state, member.relpath)
        videos[vid] = (verdict.visibility, verdict.evidence)
        yield Item(
            platform=YT, kind="video", key=f"youtube:video:{vid}", created_at=created,
            visibility=verdict.visibility, evidence=verdict.evidence, confidence=verdict.confidence,
            source_file=member.relpath, text="\n".join(t for t in (title, desc) if t), media_count=1,
            url=_watch_url(vid), audience=verdict.audience,
        )


def yt_video_texts(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """Title/description text segments per video. The text of a video listed in videos.csv is
    already carried by that video's item; a video missing there is itemised here, visibility unknown."""
    videos = _state(ctx).yt_videos
    unlisted = Msg("%(file)s: video not listed in videos.csv, its privacy is unknown", file=member.relpath)
    for row in _rows(member, (H_VIDEO_ID,)):
        vid = row.get(*H_VIDEO_ID).strip()
        if not vid:
            yield _row_problem(member, row, Msg("no video id"))
            continue
        if vid in videos:
            continue
        texts = [segments_text(c) for name, idx in row.index.items() if "text segments" in name
                 for c in (row.cells[i] for i in idx if i < len(row.cells)) if c.strip()]
        yield Item(
            platform=YT, kind="video", key=f"youtube:video:{vid}",
            created_at=_ts(row.get("Video Text Create Timestamp")), visibility=UNKNOWN,
            evidence=unlisted,
            confidence=LOW, source_file=member.relpath, text="\n".join(texts), media_count=1,
            url=_watch_url(vid),
        )


def comment_visibility(video_id: str, own_videos: dict[str, tuple[str, str]], relpath: str,
                       live_chat: bool = False, by_product: Msg | None = None) -> tuple[str, str, Msg]:
    """A comment or chat message is public by product; under one of the user's own videos it
    follows that video's privacy, which the export does give. `by_product`: the evidence for the
    common case, made once per file by the caller (`by_product_evidence`)."""
    if video_id and video_id in own_videos:
        vis, evidence = own_videos[video_id]
        if vis == PUBLIC:
            return PUBLIC, HIGH, Msg("%(file)s: on your own public video (%(evidence)s)", file=relpath,
                                     evidence=evidence)
        if vis == RESTRICTED:
            return RESTRICTED, MEDIUM, Msg("%(file)s: on your own non-public video (%(evidence)s)",
                                           file=relpath, evidence=evidence)
    return PUBLIC, MEDIUM, by_product or by_product_evidence(relpath, live_chat)


def by_product_evidence(relpath: str, live_chat: bool = False) -> Msg:
    if live_chat:
        return Msg("%(file)s: live chat messages are public by product (the visibility of the video is "
                   "not exported)", file=relpath)
    return Msg("%(file)s: YouTube comments are public by product (the visibility of the video is not "
               "exported)", file=relpath)


def _by_shape(row: Row, chat: bool) -> tuple[str, str, str, str]:
    """(id, timestamp, video id, text) of a comment or chat row whose columns have no known name, by
    the shape of its cells, which holds in every era and language: the text is the JSON segments
    cell, the video id the cell just before it; a chat message's id is its first cell, a comment's
    the first `Ug…` id (the channel id comes first in one era); the time is the first ISO time."""
    cells = row.cells
    at = next((i for i in range(len(cells) - 1, -1, -1) if _segments_cell(cells[i])), -1)
    text = cells[at] if at >= 0 else ""
    video = cells[at - 1].strip() if at >= 1 else ""
    if chat:
        ident = cells[0].strip() if cells else ""
    else:
        ident = next((c.strip() for c in cells if _UG_ID.fullmatch(c.strip())), "")
    when = next((c for c in cells if _ISO_CELL.match(c)), "")
    if video and not _VIDEO_ID.fullmatch(video):
        video = ""
    return ident, when, video, text


def _first_time(row: Row) -> str:
    """The first ISO time of a row: the creation time where its column has a name not listed."""
    return next((c for c in row.cells if _ISO_CELL.match(c)), "")


def _require_segments(row: Row, text: tuple[str, ...]) -> None:
    """A file read by shape must show the shape: a text cell of JSON segments in its first row."""
    if not any(_segments_cell(c) for c in row.cells):
        raise ReadError(Msg("header"), Msg("missing column(s): %(columns)s", columns=text[0]))


def yt_comments(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    own = _state(ctx).yt_videos
    by_product = by_product_evidence(member.relpath)
    cols: _Columns | None = None
    for row in iter_csv(member):
        if cols is None:
            cols = _Columns(row, H_COMMENT_TEXT)
            if cols.by_position:
                _require_segments(row, H_COMMENT_TEXT)
                yield _position_warning(member)
        if cols.by_position:
            cid, when, vid, raw_text = _by_shape(row, chat=False)
            post = ""
        else:
            cid, when = row.get(*H_COMMENT_ID).strip(), row.get(*H_COMMENT_TS) or _first_time(row)
            vid, post = row.get(*H_VIDEO_ID).strip(), row.get(*H_POST_ID).strip()
            raw_text = row.get(*H_COMMENT_TEXT)
        text = segments_text(raw_text)
        if not cid and not text:
            yield _row_problem(member, row, Msg("no comment id and no text"))
            continue
        vis, conf, evidence = comment_visibility(vid, own, member.relpath, by_product=by_product)
        url = _watch_url(vid, cid)
        if not url and _POST_ID.fullmatch(post):
            url = f"https://www.youtube.com/post/{post}"
        yield Item(
            platform=YT, kind="comment",
            key=f"youtube:comment:{cid}" if cid else ctx.account_key("comment", vid, post, when, text),
            created_at=_ts(when), visibility=vis, evidence=evidence, confidence=conf,
            source_file=member.relpath, text=text, url=url,
            audience="community post" if post and not vid else "",
        )


def yt_live_chats(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    own = _state(ctx).yt_videos
    by_product = by_product_evidence(member.relpath, live_chat=True)
    cols: _Columns | None = None
    for row in iter_csv(member):
        if cols is None:
            cols = _Columns(row, H_CHAT_TEXT)
            if cols.by_position:
                _require_segments(row, H_CHAT_TEXT)
                yield _position_warning(member)
        if cols.by_position:
            chat_id, when, vid, raw_text = _by_shape(row, chat=True)
        else:
            chat_id, when = row.get(*H_CHAT_ID).strip(), row.get(*H_CHAT_TS) or _first_time(row)
            vid, raw_text = row.get(*H_VIDEO_ID).strip(), row.get(*H_CHAT_TEXT)
        text = segments_text(raw_text)
        if not chat_id and not text:
            yield _row_problem(member, row, Msg("no chat id and no text"))
            continue
        vis, conf, evidence = comment_visibility(vid, own, member.relpath, by_product=by_product)
        yield Item(
            platform=YT, kind="comment",
            key=f"youtube:livechat:{chat_id}" if chat_id else ctx.account_key(
                "comment", "livechat", vid, when, text),
            created_at=_ts(when), visibility=vis, evidence=evidence,
            confidence=conf, source_file=member.relpath, text=text, url=_watch_url(vid),
            audience="live chat",
        )


def yt_posts(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """Community posts. The header of posts.csv is not confirmed: take the id, time and text columns
    by the words in their names; visibility follows the channel, at low confidence."""
    channels = _state(ctx).yt_channels
    on_public_channel = Msg("%(file)s: posted on your public channel (channel.csv)", file=member.relpath)
    no_field = Msg("%(file)s: no visibility field; the channel's visibility is unknown",
                   file=member.relpath)
    for row in iter_csv(member):

        def first(*words: str, row: Row = row) -> str:
            for name, idx in row.index.items():
                if all(w in name for w in words):
                    for i in idx:
                        if i < len(row.cells) and row.cells[i].strip():
                            return row.cells[i]
            return ""

        pid = (row.get(*H_POST_ID) or first("post", "id")).strip()
        text = segments_text(row.get("Post Text") or first("text"))
        if not pid and not text:
            yield _row_problem(member, row, Msg("no post id and no text"))
            continue
        channel = row.get(*H_CHANNEL_ID).strip()
        if channel:
            channel_vis = channels.get(channel, "")
        else:  # no channel column: the user's only channel, if there is just one
            channel_vis = next(iter(channels.values())) if len(channels) == 1 else ""
        if channel_vis == PUBLIC:
            vis, conf = PUBLIC, LOW
            evidence = on_public_channel
        else:
            vis, conf = UNKNOWN, LOW
            evidence = no_field
        yield Item(
            platform=YT, kind="post",
            key=f"youtube:post:{pid}" if pid else ctx.account_key("post", first("timestamp"), text),
            created_at=_ts(row.get("Post Create Timestamp") or first("timestamp")),
            visibility=vis, evidence=evidence, confidence=conf, source_file=member.relpath,
            text=text, url=f"https://www.youtube.com/post/{pid}" if _POST_ID.fullmatch(pid)
            else "",
        )


_SYSTEM_PLAYLISTS = {"watch later": Msg("Watch later is a private system list"),
                     "liked videos": Msg("Liked videos is a private system list")}


def _system_playlist(title: str) -> Msg | str:
    t = sanitised_title(title)
    for concept, reason in (("yt_watch_later", _SYSTEM_PLAYLISTS["watch later"]),
                            ("yt_liked_videos", _SYSTEM_PLAYLISTS["liked videos"])):
        if any(t == sanitised_title(n) for n in _aliases(concept, LOCALES)):
            return reason
    return ""


def _playlist_item(member: Member, pid: str, title: str, desc: str, raw_vis: str,
                   created: datetime | None, field: str, ctx: Context) -> Item:
    system = _system_playlist(title)
    if system:
        verdict = Verdict(RESTRICTED, Msg("%(file)s: %(reason)s", file=member.relpath, reason=system),
                          HIGH)
    else:
        verdict = listed_visibility(raw_vis, Msg("%(file)s: %(field)s %(value)s", file=member.relpath,
                                                 field=field, value=raw_vis.strip())
                                    if raw_vis.strip()
                                    else Msg("%(file)s: no %(field)s", file=member.relpath, field=field))
    return Item(
        platform=YT, kind="playlist",
        key=f"youtube:playlist:{pid}" if pid else ctx.account_key("playlist", title),
        created_at=created, visibility=verdict.visibility, evidence=verdict.evidence,
        confidence=verdict.confidence,
        source_file=member.relpath, text="\n".join(t for t in (title, desc) if t),
        url=f"https://www.youtube.com/playlist?list={pid}" if re.fullmatch(r"[\w-]{6,64}", pid)
        else "",
    )


def _title_position(row: Row) -> int:
    """Where the title is in a playlists.csv whose columns have no known name: the first column
    named "… (original…)" in any language (image columns come before it in some exports), else the
    third, as in the shortest English layout."""
    for name, idx in row.index.items():
        if "(ori" in name and idx:  # (original), (origineel), (orijinal), …
            return min(idx)
    return 2


def yt_playlists(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """playlists.csv (≈2022 on): one row per playlist; remembers title → visibility for the
    per-playlist files, which name their playlist only by its sanitised title."""
    known = _state(ctx).yt_playlists
    cols: _Columns | None = None
    title_at = 2
    for row in iter_csv(member):
        if cols is None:
            cols = _Columns(row, H_PLAYLIST_ID)
            # No visibility column by a known name: the last column, as in every layout seen (a
            # value that is no visibility word is restricted, never public).
            if cols.by_position:
                title_at = _title_position(row)
                yield _position_warning(member)
        # Takeout's order: Playlist ID first, Playlist Visibility last.
        pid, title = cols.get(row, H_PLAYLIST_ID, 0).strip(), cols.get(row, H_PLAYLIST_TITLE, title_at)
        if not pid and not title:
            yield _row_problem(member, row, Msg("no playlist id and no title"))
            continue
        item = _playlist_item(member, pid, title, cols.get(row, H_PLAYLIST_DESC, None),
                              cols.get(row, H_PLAYLIST_VIS, -1 if cols.width >= 3 else None),
                              _ts(cols.get(row, H_PLAYLIST_CREATED, None)), "Playlist Visibility", ctx)
        known.setdefault(sanitised_title(title), []).append((item.visibility, item.evidence))
        yield item


def playlist_for_file(title: str, known: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str]]:
    """The playlists a per-playlist file may belong to, by the title its name carries (titles are
    truncated in file names, so a long one is a prefix)."""
    s = sanitised_title(title)
    exact = known.get(s, [])
    if exact:
        return exact
    if len(s) >= 30:  # truncated name: a prefix of the sanitised title
        return [v for t, vs in known.items() if t.startswith(s) for v in vs]
    # `<title>-<word for videos>` in a language whose word is not listed: the title before it.
    head, sep, _ = title.rpartition("-") if "-" in title else title.rpartition(" ")
    return known.get(sanitised_title(head), []) if sep and head.strip() else []


_TOTAL_ROW = re.compile(r"total\b", re.IGNORECASE)
_NUMBER = re.compile(r"\d[\d.,\u00a0\u202f ]*")


def only_a_total(sections: list[list[tuple[int, list[str]]]]) -> str | None:
    """The number of a file that holds only a total (`Total Liked Videos` then a number, in one row
    or two; the label may be translated), or None for a list of videos. "" when the label is there
    without a number."""
    rows = [[c.strip() for c in cells if c.strip()] for section in sections for _, cells in section]
    if not rows or len(rows) > 2 or len(rows[0]) > 2:
        return None
    label, rest = rows[0][0], rows[0][1:] + [c for row in rows[1:] for c in row]
    if any(ch.isdigit() for ch in label) or len(rest) > 1 or \
            normalise_header(label) in {normalise_header(h) for h in H_VIDEO_ID}:
        return None
    if rest and _NUMBER.fullmatch(rest[0]):
        return rest[0]
    return "" if not rest and _TOTAL_ROW.match(label) else None


def _read_sibling_playlists(member: Member, ctx: Context) -> None:
    """Where no playlists file was read yet (its name is not known, so it was not read first): find
    it among this file's siblings by its shape and remember its titles, so that the entries follow
    their playlist. Its own items and problems come when it is read in turn."""
    state = _state(ctx)
    if state.yt_playlists or state.yt_playlists_searched:
        return
    state.yt_playlists_searched = True
    folder = member.relpath.rsplit("/", 1)[0] + "/"
    for sibling in ctx.members:
        rel = sibling.relpath or ""
        if sibling is member or not rel.startswith(folder) or "/" in rel[len(folder):] or \
                not rel.lower().endswith(".csv"):
            continue
        try:
            if youtube_csv_shape(_head_rows(sibling), folder.rstrip("/").rsplit("/", 1)[-1]) == "playlists":
                for _ in yt_playlists(sibling, ctx):
                    pass
        except (ReadError, NotRecognised, MemberError, OSError, UnicodeDecodeError, ValueError):
            continue  # reported when that file is read in turn


def yt_playlist_file(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """A per-playlist file: `<title> videos.csv` and the other names (`playlist_title_of_file`: video
    ids and when they were added), `<title>.csv` (2020-2022: a playlist block, a blank line, then its
    videos), or a file that holds only a total (`Liked videos.csv`: `Total Liked Videos` and a
    number). Told apart by their headers."""
    with open_text(member) as fh:
        sections: list[list[tuple[int, list[str]]]] = [[]]  # (line number, cells)
        lines = BoundedLines(fh)
        reader = csv.reader(lines)
        try:
            for cells in reader:
                lines.record_done()
                if not any(c.strip() for c in cells):
                    if sections[-1]:
                        sections.append([])
                    continue
                sections[-1].append((reader.line_num, cells))
                if sum(len(s) for s in sections) > 200_000:
                    raise ReadError(Msg("line %(n)s", n=reader.line_num),
                                    Msg("more rows than a playlist holds"))
        except csv.Error as exc:  # the csv module's own English words, no user content
            raise ReadError(Msg("line %(n)s", n=reader.line_num),
                            Msg("malformed CSV (%(error)s)", error=str(exc))) from None
    yield from _playlist_rows(member, ctx, sections)
    skipped_lines(lines)  # after the rows that could be read


def _playlist_rows(member: Member, ctx: Context,
                   sections: list[list[tuple[int, list[str]]]]) -> Iterator[Item | Problem]:
    sections = [s for s in sections if s]
    if not sections:
        return
    name = member.relpath.rsplit("/", 1)[-1]
    stem = name[:-4] if name.lower().endswith(".csv") else name
    first = sections[0][0][1]
    total = only_a_total(sections)
    if total is not None:
        ctx.info.notices.append(Msg(
            "%(file)s holds only a count (%(n)s), not the videos themselves; nothing to itemise.",
            file=member.relpath, n=total or NOT_GIVEN))
        return
    playlist_vis: tuple[str, str, str] | None = None
    playlist_title = playlist_title_of_file(stem)
    _read_sibling_playlists(member, ctx)
    head = [normalise_header(c) for c in first]
    if "visibility" in head and "playlist id" in head:  # old layout: the playlist itself first
        block = sections.pop(0)
        index = {h: [i] for i, h in enumerate(head)}
        for line, cells in block[1:]:
            row = Row(cells, index, line)
            item = _playlist_item(member, row.get(*H_PLAYLIST_ID).strip(), row.get(*H_PLAYLIST_TITLE),
                                  row.get(*H_PLAYLIST_DESC), row.get(*H_PLAYLIST_VIS),
                                  _ts(row.get(*H_PLAYLIST_CREATED)), "Visibility", ctx)
            playlist_title = row.get(*H_PLAYLIST_TITLE) or playlist_title
            playlist_vis = (item.visibility, item.confidence, item.evidence)
            yield item
    system = _system_playlist(playlist_title) or _system_playlist(stem)
    liked = system is _SYSTEM_PLAYLISTS["liked videos"]
    if system:
        playlist_vis = (RESTRICTED, HIGH, Msg("%(file)s: %(reason)s", file=member.relpath, reason=system))
    elif playlist_vis is None:
        matches = playlist_for_file(playlist_title, _state(ctx).yt_playlists)
        if matches and all(m[0] == matches[0][0] for m in matches):
            playlist_vis = (matches[0][0], MEDIUM, Msg("%(evidence)s (playlist matched by title)",
                                                       evidence=matches[0][1]))
        elif matches:
            playlist_vis = (RESTRICTED, LOW, Msg("%(file)s: several playlists share this title, with "
                                                 "different visibility; not counted as public",
                                                 file=member.relpath))
        else:
            playlist_vis = (RESTRICTED, LOW, Msg(
                "%(file)s: no playlist in playlists.csv matches this file name, so the playlist's "
                "visibility is not known; not counted as public (new playlists are private unless "
                "made public)", file=member.relpath))
    vis, conf, evidence = playlist_vis
    kind = "reaction" if liked else "other"
    for section in sections:
        header = [normalise_header(c) for c in section[0][1]]
        index = {h: [i] for i, h in enumerate(header)}
        named = any(normalise_header(h) in index for h in H_VIDEO_ID)
        if not named and len(header) > 2:
            yield Problem(member.relpath, Msg("header"), Msg("a section without a Video ID column"))
            continue
        for line, cells in section[1:]:
            row = Row(cells, index, line)
            # Two columns in every language: the video id, then when it was added.
            vid = (row.get(*H_VIDEO_ID) if named else cells[0]).strip()
            if not vid:
                yield _row_problem(member, row, Msg("no video id"))
                continue
            added = row.get(*H_PLAYLIST_ITEM_TS) if named else (cells[1] if len(cells) > 1 else "")
            yield Item(
                platform=YT, kind=kind,
                key=ctx.account_key(kind, "playlist", sanitised_title(playlist_title), vid),
                created_at=_ts(added), visibility=vis, evidence=evidence, confidence=conf,
                source_file=member.relpath, url=_watch_url(vid), own=not liked,
                audience="liked" if liked else "playlist",
            )


def yt_playlist_json(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """≤2020: `playlists/<name>.json` of YouTube Data API playlistItems. Only the listed video's own
    privacy is there, not the playlist's, so the entries stay restricted."""
    stem = member.relpath.rsplit("/", 1)[-1][:-5]
    liked = stem.casefold() in ("likes", "liked videos")
    evidence = (Msg("%(file)s: liked videos are a private list", file=member.relpath) if liked else
                Msg("%(file)s: this export era has no playlist visibility", file=member.relpath))
    n = 0
    for record in iter_json_array(json_stream(member)):
        n += 1
        snippet = record.get("snippet") if isinstance(record, dict) else None
        details = record.get("contentDetails") if isinstance(record, dict) else None
        vid = ""
        if isinstance(details, dict):
            vid = str(details.get("videoId") or "")
        if not vid and isinstance(snippet, dict) and isinstance(snippet.get("resourceId"), dict):
            vid = str(snippet["resourceId"].get("videoId") or "")
        if not vid:
            yield Problem(member.relpath, record_place(n), Msg("no video id"))
            continue
        kind = "reaction" if liked else "other"
        yield Item(
            platform=YT, kind=kind, key=ctx.account_key(kind, "playlist", sanitised_title(stem), vid),
            created_at=parse_iso(snippet.get("publishedAt", "")) if isinstance(snippet, dict) else None,
            visibility=RESTRICTED, confidence=HIGH if liked else MEDIUM,
            evidence=evidence,
            source_file=member.relpath, url=_watch_url(vid), own=not liked,
            audience="liked" if liked else "playlist",
        )


def yt_subscriptions(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """Channels subscribed to: someone else's channel, so the key is scoped by the account (two
    people subscribed to one channel are two items)."""
    evidence = Msg("%(file)s: subscriptions are private by default; no visibility is exported",
                   file=member.relpath)
    if member.relpath.lower().endswith(".json"):
        n = 0
        for record in iter_json_array(json_stream(member)):
            n += 1
            snippet = dict_field(record, "snippet") if isinstance(record, dict) else {}
            resource = snippet.get("resourceId")
            cid = str(resource.get("channelId") or "") if isinstance(resource, dict) else ""
            if not cid:
                yield Problem(member.relpath, record_place(n), Msg("no channel id"))
                continue
            yield Item(platform=YT, kind="connection", key=ctx.account_key("subscription", cid),
                       created_at=parse_iso(snippet.get("publishedAt", "")),
                       visibility=connection_visibility(ONLY_YOU),
                       evidence=evidence, confidence=HIGH, source_file=member.relpath,
                       text=str(snippet.get("title") or ""), url=_channel_url(cid))
        return
    cols: _Columns | None = None
    for row in iter_csv(member):
        if cols is None:
            cols = _Columns(row, H_SUB_CHANNEL)
            if cols.by_position:
                yield _position_warning(member)
        # Channel id, URL, title in every language.
        cid = cols.get(row, H_SUB_CHANNEL, 0).strip()
        if not cid:
            yield _row_problem(member, row, Msg("no channel id"))
            continue
        yield Item(platform=YT, kind="connection", key=ctx.account_key("subscription", cid),
                   created_at=None, visibility=connection_visibility(ONLY_YOU), evidence=evidence,
                   confidence=HIGH,
                   source_file=member.relpath, text=cols.get(row, H_SUB_TITLE, 2),
                   url=_channel_url(cid))


# ---------------------------------------------------------------- files read by shape

# Words that say "live chat" in a header, in the languages the tool claims (the comment and chat files
# have the same shape; only their column names tell them apart).
_CHAT_WORDS = ("chat", "sohbet", "聊天", "دردشة", "الدردشة")
_CHANNEL_ID_CELL = re.compile(r"UC[\w-]{22}")
_VIDEO_ID_CELL = re.compile(r"[\w-]{11}")
_PLAYLIST_ID_CELL = re.compile(r"(?:PL|LL|WL|FL|OL|UU)[\w-]{8,}")


def _head_rows(member: Member, n: int = 3) -> list[list[str]]:
    """The first `n` non-blank rows of a CSV file (header first), cells stripped."""
    rows: list[list[str]] = []
    with open_text(member) as fh:
        try:
            first = bounded_first_line(fh)
        except ReadError:
            raise NotRecognised from None
        delimiter = "\t" if first.count("\t") > first.count(",") else ","
        try:
            for cells in csv.reader(BoundedLines(fh, first), delimiter=delimiter):
                if any(c.strip() for c in cells):
                    rows.append([c.strip() for c in cells])
                    if len(rows) >= n:
                        break
        except (csv.Error, ReadError):
            raise NotRecognised from None
    return rows


def youtube_csv_shape(rows: list[list[str]], folder: str) -> str:
    """What a YouTube CSV is by the shape of its header and first row, whatever its folder and file
    are called: "comments", "live chats", "subscriptions", "channel", "channel settings",
    "playlists", "playlist entries", "videos", "video metadata", or "" (a shape the tool does not
    know). Takeout's cells are the same in every language: channel ids `UC…`, 11-character video
    ids, playlist ids `PL…`, ISO times, JSON text segments, and the visibility words."""
    if len(rows) < 2:
        header = rows[0] if rows else []
        # A header and nothing else, or a count (`Total Liked Videos`, 12) in one row.
        if len(header) == 2 and re.fullmatch(r"\d[\d.,\u00a0\u202f ]*", header[1]):
            return "playlist entries"
        return ""
    header, first = rows[0], rows[1]
    cell0 = first[0] if first else ""
    if any(_segments_cell(c) for c in first):
        words = " ".join(header + [folder]).casefold()
        return "live chats" if any(w in words for w in _CHAT_WORDS) else "comments"
    if _CHANNEL_ID_CELL.fullmatch(cell0):
        if len(first) > 1 and "youtube.com/channel/" in first[1]:
            return "subscriptions"
        if len(first) > 1 and _privacy_word(first[-1]):
            return "channel"
        return "channel settings"
    if _PLAYLIST_ID_CELL.fullmatch(cell0) and _privacy_word(first[-1]):
        return "playlists"
    if _VIDEO_ID_CELL.fullmatch(cell0):
        if len(header) == 2 and len(first) >= 2 and _ISO_CELL.match(first[1]):
            return "playlist entries"
        if any(_privacy_word(c) for c in first[1:]):
            return "videos"
        return "video metadata"
    if len(header) <= 2 and len(rows) == 2 and len(first) == 1 and re.fullmatch(r"\d[\d.,\u00a0\u202f ]*",
                                                                                   cell0):
        return "playlist entries"  # a count in two rows
    return ""


_SHAPE_HANDLERS: dict[str, Any] = {}  # filled below, once the handlers exist


def yt_by_shape(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """A CSV under the YouTube folder whose folder or file name is not one the tool knows (a language
    or an era whose names no source shows): read by the shape of its columns, with one warning.
    A shape the tool does not know leaves the file unknown."""
    folder = member.relpath.rsplit("/", 2)[-2] if member.relpath.count("/") >= 2 else ""
    shape = youtube_csv_shape(_head_rows(member), folder)
    if not shape:
        raise NotRecognised
    handler = _SHAPE_HANDLERS.get(shape)
    yield Problem(member.relpath, Msg("file name"), Msg(
        "the folder or file name is not one the tool knows; the file was recognised by the shape of "
        "its columns as %(what)s", what=_SHAPE_NAMES[shape]), severity="warning")
    if handler is None:
        return
    position = _position_warning(member).reason
    for out in handler(member, ctx):
        if isinstance(out, Problem) and out.reason == position:
            continue  # the warning above already says the names were not recognised
        yield out


_SHAPE_NAMES = {
    "comments": Msg("comments"), "live chats": Msg("live chat messages"),
    "subscriptions": Msg("subscriptions"), "channel": Msg("your channel"),
    "channel settings": Msg("channel settings (not itemised)"), "playlists": Msg("playlists"),
    "playlist entries": Msg("the videos of a playlist"), "videos": Msg("your uploaded videos"),
    "video metadata": Msg("other metadata of your videos (not itemised)"),
}


# ---------------------------------------------------------------- legacy HTML comments / live chat

class _ListItems(HTMLParser):
    """`<li>` entries of my-comments.html / my-live-chat-messages.html: the sentence with the date and
    links before the first `<br>`, the user's text after it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.done: list[dict[str, Any]] = []
        self._cur: dict[str, Any] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "li":
            self._cur = {"head": [], "body": [], "links": [], "after_br": False}
        elif self._cur is not None:
            if tag == "br":
                if self._cur["after_br"]:
                    self._cur["body"].append("\n")
                self._cur["after_br"] = True
            elif tag == "a" and not self._cur["after_br"]:
                href = dict(attrs).get("href") or ""
                self._cur["links"].append(href)

    def handle_endtag(self, tag: str) -> None:
        if tag == "li" and self._cur is not None:
            self.done.append(self._cur)
            self._cur = None

    def handle_data(self, data: str) -> None:
        if self._cur is not None:
            part = self._cur["body"] if self._cur["after_br"] else self._cur["head"]
            if sum(len(p) for p in part) < 100_000:  # one entry; a runaway <li> must not grow forever
                part.append(data)


def _feed_html(member: Member, parser: HTMLParser) -> Iterator[None]:
    """Feed a (possibly huge) HTML member to `parser` chunk by chunk, as UTF-8 (Takeout declares no
    charset); yields after each chunk so the caller can drain what the parser completed."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    with member.open() as fh:
        while True:
            chunk = fh.read(CHUNK)
            if not chunk:
                break
            parser.feed(decoder.decode(chunk))
            yield
    parser.feed(decoder.decode(b"", final=True))
    parser.close()
    yield


def _video_id(url: str) -> str:
    parts = urlsplit(url)
    return parse_qs(parts.query).get("v", [""])[0]


def yt_legacy_html(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    live_chat = bool(re.search(expand(r"(?:^|/){yt_my_live_chat}/"), member.relpath, re.IGNORECASE))
    own = _state(ctx).yt_videos
    by_product = by_product_evidence(member.relpath, live_chat)
    parser = _ListItems()
    n = 0
    for _ in _feed_html(member, parser):
        for entry in parser.done:
            n += 1
            head = " ".join("".join(entry["head"]).split())
            text = "".join(entry["body"]).strip()
            m = _ISO_IN_TEXT.search(head)
            created = _iso_in_text(head)
            links = [safe_url(h) for h in entry["links"]]
            video_url = next((u for u in links if "watch" in u and _video_id(u)), "")
            vid = _video_id(video_url)
            cid = parse_qs(urlsplit(video_url).query).get("lc", [""])[0]
            if not text and created is None:
                yield Problem(member.relpath, Msg("entry %(n)s", n=n), Msg("neither a date nor a text"))
                continue
            vis, conf, evidence = comment_visibility(vid, own, member.relpath, by_product=by_product)
            key = (f"youtube:comment:{cid}" if cid and not live_chat else
                   ctx.account_key("comment", "livechat" if live_chat else "comment", vid,
                               m.group(0) if m else "", text))
            yield Item(platform=YT, kind="comment", key=key, created_at=created, visibility=vis,
                       evidence=evidence, confidence=conf, source_file=member.relpath, text=text,
                       url=_watch_url(vid, cid), audience="live chat" if live_chat else "")
        parser.done.clear()


# ---------------------------------------------------------------- My Activity (JSON and HTML)

_YOUTUBE_HEADERS = {"youtube", "youtube music", "youtube tv", "youtube kids"}


_YOUTUBE_FOLDER = re.compile(expand("{youtube}"), re.IGNORECASE)


def _folder_is_youtube(member: Member) -> bool:
    """YouTube history files and `My Activity/YouTube/`: every record in them is YouTube's."""
    parts = _canonical(member.relpath).split("/")
    return bool(_YOUTUBE_FOLDER.fullmatch(parts[0])) or (
        len(parts) > 2 and parts[1].casefold() in _YOUTUBE_HEADERS)


def _activity_platform(youtube_folder: bool, header: str) -> str:
    return YT if youtube_folder or header.strip().casefold() in _YOUTUBE_HEADERS else GOOGLE


def _activity_evidence(member: Member) -> Msg:
    return Msg("%(file)s: account activity, visible only to you", file=member.relpath)


# Every key of a My Activity record that `activity_json` reads (tests parse the samples with and without
# this and compare): subtitles, details, products and activity controls are not built.
ACTIVITY_KEYS = Wanted("Activity", {"header": None, "title": None, "time": None, "titleUrl": None,
                                    "snippet": {"title": None, "publishedAt": None}})


# Records per ItemRun of `activity_json`: big enough that a run's own cost is small per record, small
# enough that a run is little memory.
ACTIVITY_RUN = 512
# activity_json takes a file's records this many at a time as columns (see _ActivityFile.plain); a
# slice holding a record that is not plain is taken ACTIVITY_FEW at a time, then record by record.
ACTIVITY_SLICE = 512
ACTIVITY_FEW = 32
_TZINFO = operator.attrgetter("tzinfo")
# Takeout's links, joined by NUL: each empty or one that safe_url keeps as it is (_PLAIN_URL).
_PLAIN_URLS = re.compile(r"(?:https?://[A-Za-z0-9][!-Z\\^-~]*)?(?:\x00(?:https?://[A-Za-z0-9][!-Z\\^-~]*)?)*")


def activity_json(member: Member, ctx: Context) -> Iterator[Item | ItemRun | Problem]:
    """A My Activity / YouTube history JSON array, streamed (files reach hundreds of MB and a million
    records: the loop does as little per record as it can). Its records come out as ItemRuns (one
    per platform in turn: every record's fields but its key, date, title and link are the file's);
    a record whose date could not be read comes out as an Item of its own, after the run before it,
    so that the pipeline's count of undated items stays per record (parsing.watch_dates); so does a
    record whose key would hash more than model.KEY_SOURCE_MAX_CHARS (a run keeps only short ones).
    Records are read in the lists the reader decodes them in, and the plain ones taken as columns."""
    file = _ActivityFile(member, ctx)
    batches = iter_json_batches(json_stream(member), wanted=ACTIVITY_KEYS)
    while True:
        try:
            batch = next(batches)
        except StopIteration:
            break
        except Exception:  # damage after some records: those read come out first, as one by one
            yield from file.flush()
            raise
        yield from file.batch(batch)
    yield from file.flush()


class _ActivityFile:
    """activity_json's state in one file: the run being filled, the number of records read."""

    def __init__(self, member: Member, ctx: Context) -> None:
        self.ctx = ctx
        self.evidence = _activity_evidence(member)
        self.relpath = member.relpath
        self.youtube_folder = _folder_is_youtube(member)
        self.templates = {platform: Item(platform, "activity", "", None, RESTRICTED, self.evidence, HIGH,
                                         self.relpath) for platform in (YT, GOOGLE)}
        # A run's keys are made from what they hash by whoever stores them (see ItemRun.add_hashed).
        self.run_keys = key_prefix(ctx.spec.platform, "activity")
        self.run: ItemRun | None = None
        self.n = 0  # records read

    def flush(self) -> Iterator[ItemRun]:
        if self.run:
            yield self.run
        self.run = None

    def batch(self, records: list[Any]) -> Iterator[Item | ItemRun | Problem]:
        for at in range(0, len(records), ACTIVITY_SLICE):
            part = records[at:at + ACTIVITY_SLICE]
            columns = self.plain(part) if len(part) >= ACTIVITY_FEW else None
            if columns is not None:
                yield from self.add_columns(*columns)
                continue
            for few_at in range(0, len(part), ACTIVITY_FEW):
                few = part[few_at:few_at + ACTIVITY_FEW]
                columns = self.plain(few) if len(few) > 1 else None
                if columns is not None:
                    yield from self.add_columns(*columns)
                    continue
                for record in few:
                    yield from self.record(record)

    def plain(self, records: list[Any]) -> tuple[str, list[str], list[datetime], list[str], list[str]] | None:
        """The records as columns (platform, key sources, dates, titles, links) when every one is
        plain, read as `record` reads it: an object with a title and a time, both text, the time read
        whole by the ISO parser in UTC (activity_time gives the same), a header that is text or
        missing, one platform for all, and key sources short enough for a run (links are taken as
        safe_url takes them). None when one is not: they are read one by one."""
        try:
            rows = [(r.get("header"), r.get("title"), r.get("time"), r.get("titleUrl")) for r in records]
        except AttributeError:  # not an object
            return None
        headers, titles, whens, urls = (list(column) for column in zip(*rows, strict=True))
        n = len(rows)
        try:
            kinds = set(headers)
            if "" in titles or {*map(type, titles)} != {str}:
                return None
        except TypeError:  # a header that is not even hashable
            return None
        if not all(h is None or h.__class__ is str for h in kinds):
            return None
        if None in kinds:
            headers = ["" if h is None else h for h in headers]
        if self.youtube_folder:
            platform = YT
        else:
            platforms = {_activity_platform(False, h or "") for h in kinds}
            if len(platforms) != 1:
                return None
            platform = platforms.pop()
        # Links: as safe_url reads each (a redirect unwrapped, anything but http(s) dropped), in one
        # search when all are plain (YouTube's), else one by one (Search's and Chrome's redirects).
        if None in urls:
            urls = ["" if url is None else url for url in urls]
        try:
            links = "\x00".join(urls)
            plain = links.count("\x00") == n - 1 and _PLAIN_URLS.fullmatch(links) is not None \
                and "google.com/url" not in links
        except TypeError:  # a link that is not text: safe_url makes it none
            plain = False
        if not plain:
            urls = [safe_url(url) for url in urls]
        try:
            created = [datetime.fromisoformat(w) for w in whens]
        except (TypeError, ValueError):  # not text, or not a time this parser reads whole
            return None
        # A time read whole in UTC is what activity_time reads it as (in any other zone, or none, it
        # may not be): Takeout's, with its Z.
        if {*map(_TZINFO, created)} != {UTC}:
            return None
        sources = self.ctx.account_key_sources((platform,), headers, whens, titles, urls)
        if max(map(len, sources)) > KEY_SOURCE_MAX_CHARS:
            return None
        return platform, sources, created, titles, urls

    def add_columns(self, platform: str, sources: list[str], created: list[datetime], titles: list[str],
                    urls: list[str]) -> Iterator[ItemRun]:
        at, n = 0, len(sources)
        self.n += n
        while at < n:
            run = self.run
            if run is not None and (run.template.platform != platform or len(run) >= ACTIVITY_RUN):
                yield run
                run = None
            if run is None:
                run = self.run = ItemRun(self.templates[platform], self.run_keys)
            end = min(n, at + ACTIVITY_RUN - len(run))
            # Links: plain, or safe_url's (an http(s) URL with a host, without blanks at its ends).
            if at == 0 and end == n:
                run.extend_hashed(sources, created, titles, urls, links_checked=True)  # type: ignore[arg-type]
            else:
                run.extend_hashed(sources[at:end], created[at:end], titles[at:end],  # type: ignore[arg-type]
                                  urls[at:end], links_checked=True)
            at = end

    def record(self, record: Any) -> Iterator[Item | ItemRun | Problem]:
        """One record, whatever it holds."""
        self.n += 1
        relpath = self.relpath
        if not isinstance(record, dict):
            yield from self.flush()
            yield Problem(relpath, record_place(self.n), Msg("not an activity record"))
            return
        header = str(record.get("header") or "")
        title = record.get("title")
        when = record.get("time")
        if not title or not when:
            snippet = dict_field(record, "snippet")
            title = title or snippet.get("title")
            when = when or snippet.get("publishedAt")
        title = str(title or "")
        when = str(when or "")
        url = safe_url(record.get("titleUrl"))
        if not title and not when:
            yield from self.flush()
            yield Problem(relpath, record_place(self.n), Msg("no title and no time"))
            return
        platform = YT if self.youtube_folder else _activity_platform(False, header)
        created = activity_time(when)
        run = self.run
        if run is not None and (run.template.platform != platform or len(run) >= ACTIVITY_RUN):
            yield run
            run = self.run = None
        source = self.ctx.account_key_source(platform, header, when, title, url)
        # Not read: on its own, where the pipeline counts it. A long key source: its key made here.
        if (created is None and when) or len(source) > KEY_SOURCE_MAX_CHARS:
            yield from self.flush()
            yield Item(platform, "activity", self.run_keys + key_digest(source), created, RESTRICTED,
                       self.evidence, HIGH, relpath, text=title, url=url)
            return
        if run is None:
            run = self.run = ItemRun(self.templates[platform], self.run_keys)
        run.add_hashed(source, created, title, url)


def activity_time(value: str) -> datetime | None:
    """A My Activity `time`: Takeout writes `2024-01-02T03:04:05.123Z`, which the C ISO parser reads
    whole (with its `Z`, since Python 3.11); any other shape goes through `parse_iso`."""
    if isinstance(value, str) and value[-1:] == "Z" and value[10:11] == "T":
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            pass
    return parse_iso(value) if value else None


_CELL_START = re.compile(r"<div\s[^>]*class=\"[^\"]*\bouter-cell\b", re.IGNORECASE)
_TITLE_P = re.compile(r"<p\s[^>]*class=\"[^\"]*mdl-typography--title[^\"]*\"[^>]*>(.*?)</p>",
                      re.IGNORECASE | re.DOTALL)
_DIV_CLASS = re.compile(r"<div\s[^>]*class=\"([^\"]*)\"[^>]*>", re.IGNORECASE)
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_HREF = re.compile(r"<a\s[^>]*href=\"([^\"]*)\"", re.IGNORECASE)
MAX_ACTIVITY_RECORD = 4 << 20  # one record is a few hundred bytes; more is a broken page


def activity_records(member: Member) -> Iterator[str | None]:
    """The HTML of each `outer-cell` record of a My Activity page, streamed: the page (often over
    100 MB) is read in chunks and cut at record starts, so only one record is in memory. Yields
    None for a record too large to be one (the rest of the page goes on)."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")  # Takeout declares no charset
    buf, inside = "", False
    with member.open() as fh:
        while True:
            chunk = fh.read(CHUNK)
            buf += decoder.decode(chunk, final=not chunk)
            starts = [m.start() for m in _CELL_START.finditer(buf)]
            if starts:
                inside = True
                for a, b in zip(starts, starts[1:], strict=False):
                    yield buf[a:b]
                buf = buf[starts[-1]:]
            elif not inside:
                buf = buf[-512:]  # the page's inline CSS and header: keep only what a split tag needs
            if not chunk:
                break
            if len(buf) > MAX_ACTIVITY_RECORD:
                yield None
                buf, inside = buf[-512:], False
    if inside:
        yield buf


def _html_text(fragment: str) -> str:
    return " ".join(html.unescape(_TAG.sub("", fragment)).replace("\u00a0", " ").split())


def activity_cell_fields(record: str) -> tuple[str, list[str], str]:
    """(header, body lines, first link) of one record: the body is the `content-cell … body-1` cell
    that is not the right-aligned one; its lines are separated by `<br>`, the timestamp last."""
    title = _TITLE_P.search(record)
    header = _html_text(title.group(1)) if title else ""
    for div in _DIV_CLASS.finditer(record):
        classes = div.group(1).split()
        if ("content-cell" in classes and "mdl-typography--body-1" in classes
                and "mdl-typography--text-right" not in classes):
            end = record.find("</div>", div.end())
            body = record[div.end(): end if end >= 0 else len(record)]
            lines = [t for t in (_html_text(part) for part in _BR.split(body)) if t]
            href = _HREF.search(body)
            return header, lines, html.unescape(href.group(1)) if href else ""
    return header, [], ""


def activity_html(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """A My Activity / YouTube history HTML page, streamed record by record."""
    evidence = _activity_evidence(member)
    youtube_folder = _folder_is_youtube(member)
    n = 0
    for record in activity_records(member):
        n += 1
        if record is None:
            yield Problem(member.relpath, record_place(n),
                          Msg("an activity record too large to be one; skipped"))
            continue
        header, lines, href = activity_cell_fields(record)
        if not lines:
            yield Problem(member.relpath, record_place(n), Msg("an activity cell without content"))
            continue
        title = lines[0]
        when_text = lines[-1] if len(lines) > 1 else ""
        url = safe_url(href)
        platform = _activity_platform(youtube_folder, header)
        yield Item(platform=platform, kind="activity",
                   key=ctx.account_key("activity", platform, header, when_text, title, url),
                   created_at=parse_html_time(when_text) if when_text else None,
                   visibility=RESTRICTED, evidence=evidence, confidence=HIGH,
                   source_file=member.relpath, text=title, url=url)


# ---------------------------------------------------------------- reviews

def _rating(value: Any) -> int | None:
    words = {"ONE": 1, "TWO": 2, "THREE": 3, "FOUR": 4, "FIVE": 5}
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(value) if -10 <= value <= 10 else None  # a rating, not inf or 5,000 digits
    if isinstance(value, str):
        v = value.strip().upper()
        return words.get(v) or (int(v) if v.isdigit() and len(v) <= 2 else None)
    return None


def _review_text(text: str, rating: int | None) -> str:
    """A review's text; a rating without text as stars, which read the same in every language (the
    item's text is shown as it is, never translated)."""
    if text.strip():
        return text
    if rating is None:
        return ""
    if 0 <= rating <= 5:
        return "★" * rating + "☆" * (5 - rating) + f" ({rating}/5)"
    return f"{rating}/5"


def maps_reviews(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """`Maps (your places)/Reviews.json`: a GeoJSON FeatureCollection, streamed feature by feature."""
    evidence = Msg("%(file)s: Google Maps reviews are public by product (shown on your profile)",
                   file=member.relpath)
    n = 0
    for feature in iter_json_array(json_stream(member), "features.item"):
        n += 1
        props = feature.get("properties") if isinstance(feature, dict) else None
        if not isinstance(props, dict):
            yield Problem(member.relpath, Msg("feature %(n)s", n=n), Msg("no properties"))
            continue
        location = dict_field(props, "location")
        rating = _rating(props.get("five_star_rating_published", props.get("Star Rating",
                                                                           props.get("star_rating"))))
        text = str(props.get("review_text_published") or props.get("Review Comment") or "")
        place_url = safe_url(props.get("google_maps_url") or props.get("Google Maps URL"))
        place = (place_url or str(location.get("name") or "") + "|" + str(location.get("address") or ""))
        if place == "|":
            if not text:
                yield Problem(member.relpath, Msg("feature %(n)s", n=n), Msg("neither a place nor a text"))
                continue
            place += "|" + text  # no place to tell reviews apart: their text does
        yield Item(platform=GOOGLE, kind="review", key=ctx.account_key("review", "maps", place),
                   created_at=parse_iso(str(props.get("date") or props.get("Published") or "")),
                   visibility=PUBLIC, evidence=evidence, confidence=MEDIUM,
                   source_file=member.relpath, text=_review_text(text, rating), url=place_url,
                   audience="Google Maps")


def play_reviews(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    evidence = Msg("%(file)s: Google Play reviews are public by product (shown with your account name)",
                   file=member.relpath)
    n = 0
    for record in iter_json_array(json_stream(member)):
        n += 1
        review = unwrap(record, "review")
        if not isinstance(review, dict):
            yield Problem(member.relpath, record_place(n), Msg("not a review record"))
            continue
        document = dict_field(review, "document")
        app = str(document.get("title") or "")
        rating = _rating(review.get("starRating"))
        text = "\n".join(str(review.get(k) or "") for k in ("title", "comment") if review.get(k))
        if not app and not text:
            yield Problem(member.relpath, record_place(n), Msg("neither an app nor a text"))
            continue
        yield Item(platform=GOOGLE, kind="review",
                   key=ctx.account_key("review", "play", document.get("documentType"), app,
                                   "" if app else review.get("creationTime")),
                   created_at=parse_iso(str(review.get("creationTime") or "")), visibility=PUBLIC,
                   evidence=evidence, confidence=MEDIUM, source_file=member.relpath,
                   text=_review_text(text, rating), audience="Google Play")


def search_reviews(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    evidence = Msg("%(file)s: reviews in Google Search are shown publicly (not confirmed by the export)",
                   file=member.relpath)
    n = 0
    for record in iter_json_array(json_stream(member)):
        n += 1
        if not isinstance(record, dict):
            yield Problem(member.relpath, record_place(n), Msg("not a review record"))
            continue
        query = str(record.get("Search Query") or "")
        text = str(record.get("Review Comment") or "")
        published = str(record.get("Published") or "")
        if not query and not text:
            yield Problem(member.relpath, record_place(n), Msg("neither a subject nor a text"))
            continue
        yield Item(platform=GOOGLE, kind="review",
                   key=ctx.account_key("review", "search", query, published),
                   created_at=parse_iso(published), visibility=PUBLIC, evidence=evidence,
                   confidence=LOW, source_file=member.relpath,
                   text=_review_text(text, _rating(record.get("Review Star Rating"))),
                   audience="Google Search")


# ---------------------------------------------------------------- Blogger (Atom)

_ATOM = "{http://www.w3.org/2005/Atom}"
_BLOGGER = "{http://schemas.google.com/blogger/2018}"
_APP = "{http://purl.org/atom/app#}"
_APP_2007 = "{http://www.w3.org/2007/app}"
_KIND_SCHEME = "http://schemas.google.com/g/2005#kind"
_FORBIDDEN_XML = (b"<!DOCTYPE", b"<!ENTITY")


def _xml_entries(member: Member) -> Iterator[ET.Element]:
    """`<entry>` elements of an Atom feed, streamed. A DTD or entity declaration is refused: Blogger
    feeds have none, and they are how hostile XML expands entities or reaches outside."""
    parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(events=("end",))
    tail = b""
    with member.open() as fh:
        while True:
            chunk = fh.read(CHUNK)
            if not chunk:
                break
            window = (tail + chunk).upper()
            if any(marker in window for marker in _FORBIDDEN_XML):
                raise ReadError(Msg("document type"),
                                Msg("XML with a DTD or entity declarations (refused)"))
            tail = chunk[-16:]
            try:
                parser.feed(chunk)
                events = list(parser.read_events())
            except ET.ParseError as exc:
                raise ReadError(Msg("line %(n)s", n=exc.position[0]), Msg("malformed XML")) from None
            for event in events:
                elem = event[-1]  # only "end" events were asked for: each ends with its element
                if isinstance(elem, ET.Element) and elem.tag == _ATOM + "entry":
                    yield elem
                    elem.clear()
    try:
        parser.close()
    except ET.ParseError as exc:
        raise ReadError(Msg("line %(n)s", n=exc.position[0]), Msg("malformed or truncated XML")) from None


def _text(elem: ET.Element, tag: str) -> str:
    child = elem.find(tag)
    return (child.text or "").strip() if child is not None else ""


def _html_to_text(fragment: str) -> str:
    class _Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []

        def handle_data(self, data: str) -> None:
            self.parts.append(data)

    p = _Text()
    p.feed(fragment)
    p.close()
    return " ".join("".join(p.parts).split())


def blogger_feed(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    user_comments = "/comments/" in _canonical(member.relpath).casefold()
    names = _state(ctx).profile_names
    n = 0
    for entry in _xml_entries(member):
        n += 1
        etype = _text(entry, _BLOGGER + "type").upper()
        if not etype:  # pre-2018 schema: the kind is a category term
            for cat in entry.findall(_ATOM + "category"):
                if cat.get("scheme") == _KIND_SCHEME:
                    etype = (cat.get("term") or "").rsplit("#", 1)[-1].upper()
        if etype and etype not in ("POST", "PAGE", "COMMENT"):
            continue  # settings and template entries of old exports: not content
        status = _text(entry, _BLOGGER + "status")
        draft = any(_text(ctl, ns + "draft").casefold() == "yes"
                    for ns in (_APP, _APP_2007) for ctl in entry.findall(ns + "control"))
        verdict = blogger_visibility(status, draft, member.relpath)
        entry_id = _text(entry, _ATOM + "id")
        title = _text(entry, _ATOM + "title")
        body = _html_to_text(_text(entry, _ATOM + "content"))
        author = entry.find(_ATOM + "author")
        author_name = _text(author, _ATOM + "name") if author is not None else ""
        url = ""
        for link in entry.findall(_ATOM + "link"):
            if link.get("rel") == "alternate":
                url = safe_url(link.get("href"))
        is_comment = etype == "COMMENT" or (not etype and user_comments)
        own = True
        if is_comment and not user_comments:
            own = bool(author_name) and author_name.casefold() in names
        if not entry_id and not body and not title:
            yield Problem(member.relpath, Msg("entry %(n)s", n=n),
                          Msg("an entry without id, title or content"))
            continue
        kind = "comment" if is_comment else "article"
        key_id = re.sub(r"^tag:blogger\.com,\d+:", "", entry_id)
        created = (parse_iso(_text(entry, _ATOM + "published"))
                   or parse_iso(_text(entry, _BLOGGER + "created")))
        yield Item(platform=GOOGLE, kind=kind,
                   key=f"google:blogger:{key_id}" if key_id else ctx.account_key(
                       kind, "blogger", title, _text(entry, _ATOM + "published")),
                   created_at=created, visibility=verdict.visibility, evidence=verdict.evidence,
                   confidence=verdict.confidence, source_file=member.relpath,
                   text="\n".join(t for t in (title, body) if t), url=url, own=own,
                   audience=verdict.audience)


# ---------------------------------------------------------------- Photos, Profile

def photos_album(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """An album's metadata.json. Albums are private or shared by link, never published; `access`
    has no confirmed meaning, so it is reported, not trusted."""
    data = load_json(member, max_bytes=4 << 20)
    if not isinstance(data, dict):
        yield Problem(member.relpath, WHOLE_FILE, Msg("not an album description"))
        return
    title = str(data.get("title") or member.relpath.split("/")[-2])
    access = str(data.get("access") or "")
    date = dict_field(data, "date")
    yield Item(platform=GOOGLE, kind="other", key=ctx.account_key("other", "photos-album", title),
               created_at=parse_epoch(date.get("timestamp")), visibility=RESTRICTED,
               evidence=Msg("%(file)s: Google Photos albums are private or shared by link, not published "
                            "(access %(access)s)", file=member.relpath, access=access or NOT_GIVEN),
               confidence=MEDIUM, source_file=member.relpath,
               text="\n".join(t for t in (title, str(data.get("description") or "")) if t),
               audience="album")


def profile(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    data = load_json(member, max_bytes=4 << 20)
    if not isinstance(data, dict):
        yield Problem(member.relpath, WHOLE_FILE, Msg("not a profile"))
        return
    name = dict_field(data, "name")
    display = str(data.get("displayName") or name.get("formattedName") or "")
    yield Item(platform=GOOGLE, kind="profile", key=ctx.account_key("profile"),
               created_at=None, visibility=PUBLIC,
               evidence=Msg("%(file)s: your name is shown publicly next to reviews and comments; e-mail, "
                            "birthday and gender are not", file=member.relpath),
               confidence=MEDIUM, source_file=member.relpath, text=display)


# ---------------------------------------------------------------- the table

_SHAPE_HANDLERS.update({
    "comments": yt_comments, "live chats": yt_live_chats, "subscriptions": yt_subscriptions,
    "channel": yt_channels, "playlists": yt_playlists, "playlist entries": yt_playlist_file,
    "videos": yt_videos,
})


# Product folders whose translated name is not known (Maps, Play, Profile, My Activity in French,
# Turkish, Chinese, Arabic …): the files that carry the user's content are told by their content.
_MAPS_REVIEW_KEYS = re.compile(r'"(?:five_star_rating_published|review_text_published|Star Rating|'
                               r'Review Comment)"')


def _shape_notice(member: Member, what: Msg) -> Problem:
    return Problem(member.relpath, Msg("file name"), Msg(
        "the folder or file name is not one the tool knows; the file was recognised by its content "
        "as %(what)s", what=what), severity="warning")


def product_json_by_shape(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """`<product folder>/<file>.json` under a name not known: Maps reviews (GeoJSON with review
    properties), Play reviews (`review` records with a `document`), or unknown."""
    head = member_head(member)
    if '"FeatureCollection"' in head and _MAPS_REVIEW_KEYS.search(head):
        handler, what = maps_reviews, Msg("Google Maps reviews")
    elif re.search(r'"review"\s*:', head) and '"document"' in head:
        handler, what = play_reviews, Msg("Google Play reviews")
    else:
        raise NotRecognised
    yield _shape_notice(member, what)
    yield from handler(member, ctx)


_ACTIVITY_JSON_HEAD = re.compile(r'\s*\[\s*\{\s*"header"\s*:')


def activity_by_shape(member: Member, ctx: Context) -> Iterator[Item | ItemRun | Problem]:
    """`<folder>/<product>/<file>.{json,html}` under names not known: My Activity by its records
    (`header`, `title`, `time` in JSON; `outer-cell` blocks in HTML), or unknown."""
    head = member_head(member)
    if member.relpath.lower().endswith(".json") and _ACTIVITY_JSON_HEAD.match(head) and '"time"' in head:
        handler = activity_json
    elif member.relpath.lower().endswith(".html") and _CELL_START.search(head):
        handler = activity_html
    else:
        raise NotRecognised
    yield _shape_notice(member, Msg("My Activity"))
    yield from handler(member, ctx)


def _private(what: Msg) -> Msg:
    return Msg("%(what)s: private to your account; counted by files and bytes, not read", what=what)


# Descriptions are literals marked for the catalog (N_) or Msgs: the report shows them translated.
_Y = "{youtube}"
ROUTES_TEMPLATE: tuple[tuple[str, Any, str], ...] = (
    (r"{archive_index}\.html", None, N_("Takeout's index of the archive (no content)")),
    # The products with the most files first: the table is tried in order for every file.
    (r"{photos}/[^/]+/{album_metadata}\.json", photos_album, N_("a Google Photos album")),
    (r"{photos}/.+", None, _private(Msg("Google Photos photos, videos and their metadata (shared "
                                        "albums are shared by link, not published)"))),
    (r"{location_history}/.+", None, _private(Msg("Location History"))),
    (r"{mail}/.+", None, _private(Msg("Gmail mailbox"))),
    (r"{chrome}/.+", None, _private(Msg("Chrome history, bookmarks and settings"))),
    (r"{drive}/.+", None, _private(Msg("Google Drive files (sharing state not exported)"))),
    ("(?:" + "|".join(_name_rx(p) for p in PRIVATE_PRODUCTS) + r")/.+", None,
     _private(Msg("account data of another Google product"))),
    # YouTube and YouTube Music
    (_Y + r"/{yt_videos_dir}/(?!.+\.csv$).+", None,
     N_("your uploaded video files (counted by files and bytes, not read; their metadata is in "
        "videos.csv)")),
    (_Y + r"/{yt_channels}/{yt_channel}\.csv", yt_channels, N_("YouTube channels and their visibility")),
    (_Y + r"/{yt_channels}/[^/]+\.csv", None,
     N_("YouTube channel settings (handle, upload defaults, community moderation)")),
    (_Y + r"/{yt_video_metadata}/{yt_videos_file}\.csv", yt_videos,
     N_("your uploaded videos and their privacy")),
    (_Y + r"/{yt_video_metadata}/{yt_video_texts}\.csv", yt_video_texts,
     N_("titles and descriptions of your videos")),
    (_Y + r"/{yt_video_metadata}/{yt_video_recordings}\.csv", None,
     _private(Msg("recording places of your videos"))),
    (_Y + r"/{yt_video_metadata}/[^/]+\.csv", None,
     N_("other metadata of your uploaded videos (the videos themselves are read from videos.csv)")),
    (_Y + r"/{yt_comments}/[^/]+\.csv", yt_comments, N_("your YouTube comments")),
    (_Y + r"/{yt_live_chats}/[^/]+\.csv", yt_live_chats, N_("your YouTube live chat messages")),
    (_Y + r"/(?:{yt_my_comments}|{yt_my_live_chat})/[^/]+\.html", yt_legacy_html,
     N_("your YouTube comments or live chat messages (older HTML export)")),
    (_Y + r"/{yt_posts}/[^/]+\.csv", yt_posts, N_("your YouTube community posts")),
    (_Y + r"/{yt_playlists}/{yt_playlists_file}(?:\(\d+\))?\.csv", yt_playlists,
     N_("your YouTube playlists and their visibility")),
    (_Y + r"/{yt_playlists}/[^/]+\.csv", yt_playlist_file, N_("videos in a YouTube playlist")),
    (_Y + r"/{yt_playlists}/[^/]+\.json", yt_playlist_json,
     N_("videos in a YouTube playlist (≤2020 export)")),
    (_Y + r"/{yt_subscriptions}/[^/]+\.(?:csv|json)", yt_subscriptions,
     N_("channels you subscribe to (private)")),
    (_Y + r"/{yt_history}/(?:{yt_watch_history}|{yt_search_history})\.json", activity_json,
     N_("YouTube watch or search history (private)")),
    (_Y + r"/{yt_history}/(?:{yt_watch_history}|{yt_search_history})\.html", activity_html,
     N_("YouTube watch or search history (private)")),
    (_Y + r"/(?:{yt_music}|{yt_music_library}|{yt_music_uploads})/.+", None,
     _private(Msg("your YouTube Music library and uploads"))),
    (_Y + r"/{yt_shopping}/.+", None, _private(Msg("your YouTube shopping data"))),
    (_Y + r"/[^/]*settings[^/]*\.json", None, N_("YouTube product settings")),
    # Folders whose translated name is not known: the main files by their own (translated) names.
    (_Y + r"/[^/]+/{yt_channel}\.csv", yt_channels, N_("YouTube channels and their visibility")),
    (_Y + r"/[^/]+/(?:{yt_channel_url_configs}|{yt_channel_feature_data}|{yt_channel_page_settings}|"
     r"{yt_channel_moderation})\.csv", None,
     N_("YouTube channel settings (handle, upload defaults, community moderation)")),
    (_Y + r"/[^/]+/{yt_videos_file}\.csv", yt_videos, N_("your uploaded videos and their privacy")),
    (_Y + r"/[^/]+/{yt_video_recordings}\.csv", None, _private(Msg("recording places of your videos"))),
    (_Y + r"/[^/]+/{yt_comments}\.csv", yt_comments, N_("your YouTube comments")),
    (_Y + r"/[^/]+/{yt_live_chats}\.csv", yt_live_chats, N_("your YouTube live chat messages")),
    (_Y + r"/[^/]+/{yt_playlists_file}\.csv", yt_playlists,
     N_("your YouTube playlists and their visibility")),
    (_Y + r"/[^/]+/{yt_subscriptions}\.csv", yt_subscriptions, N_("channels you subscribe to (private)")),
    # Any other CSV under the YouTube folder: told by the shape of its columns (names not known).
    (_Y + r"/.+\.csv", yt_by_shape, N_("a YouTube file whose name the tool does not know, read by "
                                        "the shape of its columns")),
    # My Activity
    (r"{my_activity}/[^/]+/{my_activity_file}\.json", activity_json, N_("My Activity (private)")),
    (r"{my_activity}/[^/]+/{my_activity_file}\.html", activity_html, N_("My Activity (private)")),
    (r"{my_activity}/.+", None, _private(Msg("My Activity attachments (voice recordings, images)"))),
    # Reviews and contributions
    (r"{maps_places}/{reviews}\.json", maps_reviews, N_("your Google Maps reviews")),
    (r"{maps_places}/.+", None, _private(Msg("your saved and labelled places"))),
    (r"{maps}/.+", None, _private(Msg("Maps lists, labels and contributions (structure not "
                                      "confirmed)"))),
    (r"{my_maps}/.+", None, N_("maps you made in My Maps (KMZ; private unless you shared them, and "
                               "sharing is not exported)")),
    (r"{play_store}/{reviews}\.json", play_reviews, N_("your Google Play reviews")),
    (r"{play_store}/.+", None, _private(Msg("Google Play installs, library, purchases and devices"))),
    (r"{search_contributions}/{reviews}\.json", search_reviews, N_("your reviews in Google Search")),
    (r"{search_contributions}/.+", None, _private(Msg("ratings and watched marks in Google Search"))),
    # Blogger
    (r"{blogger}/Blogs/[^/]+/feed\.atom", blogger_feed,
     N_("your Blogger posts, pages and their comments")),
    (r"{blogger}/Comments/(?:.+/)?[^/]*feed\.atom", blogger_feed, N_("your comments on Blogger blogs")),
    (r"{blogger}/.+", None, N_("Blogger albums, profile and settings (not itemised)")),
    # Profile
    (r"{profile}/{profile_file}\.json", profile, N_("your Google Account profile")),
    (r"{profile}/.+", None, _private(Msg("your profile photo"))),
    # Product folders under names not known: told by their content (see product_json_by_shape).
    (r"[^/]+/[^/]+\.json", product_json_by_shape, N_("a Google file whose name the tool does not "
                                                      "know, read by its content")),
    (r"[^/]+/[^/]+/[^/]+\.(?:json|html)", activity_by_shape, N_("a Google file whose name the tool "
                                                                  "does not know, read by its content")),
)

ROUTES = tuple(Route(expand(pattern), handler, what) for pattern, handler, what in ROUTES_TEMPLATE)

# Every Takeout member starts with `Takeout/` (not localised), and every part of a multi-part export
# is a complete archive: a folder under `Takeout/` alone is enough, so a part holding only Drive files
# still joins its export. Without `Takeout/` (a user zipped its contents), the index page or a
# product's own sub-folders decide. Private products alone (Drive, Mail, Chrome) are not evidence.
SIGNATURES = (
    Signature(r"(?<=Takeout/)[^/]+/.+", 3),
    Signature(expand(r"{archive_index}\.html"), 3),
    Signature(expand(r"{youtube}/(?:{yt_history}|{yt_comments}|{yt_channels}|{yt_playlists}|"
                     r"{yt_subscriptions}|{yt_video_metadata}|{yt_live_chats}|{yt_my_comments}|"
                     r"{yt_videos_dir})/[^/]+"), 3),
    Signature(expand(r"{my_activity}/[^/]+/{my_activity_file}\.(?:json|html)"), 3),
    Signature(expand(r"{maps_places}/[^/]+\.json"), 2),
    Signature(expand(r"{play_store}/[^/]+\.json"), 1),
    Signature(expand(r"{search_contributions}/[^/]+\.json"), 1),
    Signature(expand(r"{profile}/{profile_file}\.json"), 1),
    Signature(expand(r"{blogger}/Blogs/.+"), 1),
)

SPEC = ParserSpec(
    platform=GOOGLE,
    label=N_("Google Takeout"),
    expects=N_("a Google Takeout: a Takeout/ folder with YouTube and YouTube Music/, My Activity/, "
               "Maps (your places)/, …"),
    signatures=SIGNATURES,
    routes=ROUTES,
    prepare=prepare,
    state=GoogleState,
    min_score=3,
    # Comments, posts and playlist files read what these record (own videos, channel, playlists).
    # Any folder: the files are also found by their own (translated) names where the folder's
    # translation is not known.
    first=(expand(_Y + r"/[^/]+/{yt_channel}\.csv"),
           expand(_Y + r"/[^/]+/{yt_videos_file}\.csv"),
           expand(_Y + r"/[^/]+/{yt_playlists_file}(?:\(\d+\))?\.csv")),
    part_stem=takeout_part_stem,
)
