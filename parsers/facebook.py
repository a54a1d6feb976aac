"""Facebook "Download your information" exports, every layout era in docs/formats/facebook.md:

- FB-0 (before ~Mar 2018): HTML only (`html/timeline.htm`, `html/messages.htm`): counted, not itemised.
- FB-1 (2018-~2020): flat folders (`posts/your_posts_1.json`, `comments/comments.json`,
  `photos_and_videos/`, `friends/friends.json`), keys without `_v2`.
- FB-2 (~2021-mid 2022): flat, renamed folders, `_v2` keys.
- FB-3 (~2022-mid 2024): `your_activity_across_facebook/...`, `personal_information/`, `connections/`.
- FB-4 (from ~mid 2024): `your_facebook_activity/...`, more label_values files, `e2ee_cutover`.
- FB-Page (2025+): `this_profile's_activity_across_facebook/...` (a Page, not a personal profile).
- HTML format: the same tree with .html pages, itemised by structure (_facebook_html, _meta_html).

No file holds the audience of a post, photo, story, reel or comment (meta.md §0.3, §5.2): those are
`unknown`, with the account's default audience for future posts (privacy_settings.json) as a weak hint
in the evidence and the destination (own timeline, group, someone else's timeline) from the `title`.

File by file, era by era, with the real downloads each name was seen in: docs/formats/facebook.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from functools import lru_cache
from typing import Any

from ai_exposure.archive import Member
from ai_exposure.i18n import N_, Msg
from ai_exposure.model import (
    HIGH,
    LOW,
    MEDIUM,
    NOT_SAID,
    PUBLIC,
    RESTRICTED,
    UNKNOWN,
    Item,
    Problem,
    connection_visibility,
)
from ai_exposure.parsing import Context, ParserSpec, Route, Signature, context_route, each_object
from ai_exposure.readers import ReadError

from . import _meta, _meta_html
from ._meta import (
    WHOLE_FILE,
    Verdict,
    first_time,
    iter_records,
    label_values,
    load_fixed,
    lv_get,
    meta_time,
    numbered,
    record_place,
)

PLATFORM = "facebook"

# The activity folder: FB-4, FB-3, the Page export (its apostrophe is `_` in some zips), or nothing
# (FB-1/FB-2 flat). One catalogue shows the tree nested under profile_information (meta.md §1.3 [U]).
FA = (r"(?:personal_information/profile_information/)?"
      r"(?:your_facebook_activity/|your_activity_across_facebook/|"
      r"this_profile(?:'|_|’)s_activity_across_facebook/)?")
PAGE_FOLDER = re.compile(r"^this_profile(?:'|_|’)s_activity_across_facebook/")
SHARD = r"(?:_\d+)?"
APOS = r"(?:'|_|’)"
MEDIA_EXT = r"jpe?g|png|gif|webp|heic|bmp|mp4|mov|m4v|webm|3gp|m4a|mp3|aac|wav|ogg|opus|srt|vtt|pdf"

PROFILE_INFO = r"(?:personal_information/)?profile_information/profile_information\.json"
PRIVACY_SETTINGS = r"(?:.*/)?privacy_settings\.json"
POST_AUDIENCES = r"(?:.*/)?your_post_audiences\.json"
PRIMARY_LOCATION = r"(?:logged_information/)?location/primary_location\.json"
PUBLIC_LOCATION = r"(?:logged_information/)?location/primary_public_location\.json"
ACCOUNTS_CENTER = r"(?:personal_information/)?facebook_accounts_center/accounts_center\.json"

_NAME_PATTERN = re.compile(r"facebook-(?P<user>[A-Za-z0-9.]+)-\d{4}-\d{2}-\d{2}-[A-Za-z0-9]{8}")

# "Who can see your future posts?" in privacy_settings.json (meta.md §3.1.6: English confirmed; the
# other languages are the UI's wording, unverified). Matched by substring, case-insensitively.
FUTURE_POSTS_LABELS = ("future posts", "toekomstige berichten", "zukünftigen beiträge",
                       "publications futures", "publicaciones futuras", "post futuri")

# ---------------------------------------------------------------- context


def prepare(ctx: Context) -> Iterator[Problem]:
    state = ctx.state
    yield from _meta.detect_html(ctx, "Facebook")
    if any(PAGE_FOLDER.match(m.relpath) for m in ctx.members):
        state["fb_page"] = True
        ctx.info.label = Msg("Facebook Page")
        ctx.info.notices.append(Msg(
            "This is a Facebook Page download (%(folder)s), not a personal profile: a Page's posts are "
            "public by default.", folder="this_profile's_activity_across_facebook"))
    names: set[str] = set()
    profile_uri = ""
    member = ctx.find_one(PROFILE_INFO)
    if member is not None:
        try:
            data = load_fixed(member)
        except ReadError as exc:
            yield Problem(member.relpath, exc.place, exc.reason)
            data = {}
        profile = (data.get("profile_v2") or data.get("profile")) if isinstance(data, dict) else None
        if isinstance(profile, dict):
            name = profile.get("name")
            full = _str(name.get("full_name")) if isinstance(name, dict) else _str(name)
            if full:
                names.add(full)
            profile_uri = _str(profile.get("profile_uri"))
            username = profile.get("username")
            ctx.info.account = username if isinstance(username, str) and username else (full or "")
            if ctx.info.account:
                state["account_evidence"] = Msg("%(file)s: username or name", file=member.relpath)
            ctx.info.birth_date = birth_date(profile.get("birthday"))
            city = profile.get("current_city")
            if isinstance(city, dict) and isinstance(city.get("name"), str) and city["name"]:
                ctx.info.region_hint = city["name"]
                ctx.info.region_hint_evidence = Msg("%(file)s: %(field)s (as you entered it)",
                                                    file=member.relpath, field="current_city")
    if not ctx.info.account:
        for candidate in [ctx.info.root, *(m.container.name for m in ctx.members[:1])]:
            match = _NAME_PATTERN.search(candidate or "")
            if match:
                ctx.info.account = match.group("user")
                state["account_evidence"] = Msg("the download's name")
                break
    ctx.info.owner_id = owner_id(ctx.info.account, profile_uri)
    state["fb_names"] = names
    if ctx.info.export_format == "html":
        yield from _facebook_html.prepare(ctx)
    yield from _default_audience(ctx)
    yield from _location(ctx)
    yield from _meta.note_linked_accounts(ctx, ACCOUNTS_CENTER)
    audiences = ctx.find_one(POST_AUDIENCES)
    if audiences is not None:
        ctx.info.caveats.append(Msg(
            "%(file)s shows custom audiences (friend lists) exist; Facebook does not export which "
            "audience each post used.", file=audiences.relpath))
    ctx.info.caveats.append(Msg(
        "Facebook exports no per-post audience: posts, photos, comments and reels are 'unknown' "
        "unless the kind itself decides (messages are private; profile and cover photos are public)."))


_PROFILE_ID = re.compile(r"[?&]id=(\d+)")


def owner_id(account: str, profile_uri: str = "") -> str:
    """The identity that scopes item keys (Context.account_key): the profile's numeric id where its
    `profile_uri` (`https://www.facebook.com/profile.php?id=<n>`) has one, else the username (or, for
    want of one, the name or the download's name) in lower case. A Facebook download holds no other
    stable id of its owner (pure)."""
    match = _PROFILE_ID.search(profile_uri)
    if match:
        return f"id:{match.group(1)}"
    # A download named by the numeric id (no vanity name) is the same profile as its profile_uri id.
    return f"id:{account}" if account.isdigit() else account.lower()


def birth_date(value: Any) -> str:
    """`{year, month, day}` as YYYY-MM-DD, or --MM-DD without a year (the export may omit it)."""
    if not isinstance(value, dict):
        return ""
    try:
        year, month, day = (int(value.get(k) or 0) for k in ("year", "month", "day"))
    except (TypeError, ValueError, OverflowError):  # OverflowError: an infinite float
        return ""
    if not (0 <= year <= 9999 and 0 <= month <= 12 and 0 <= day <= 31):
        return ""  # not a date (a number of thousands of digits would not even print)
    if not month or not day:
        return f"{year:04d}" if year else ""
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def default_audience(data: Any) -> str:
    """"Who can see your future posts?" from privacy_settings.json (label_values), or "" (pure)."""
    records = data if isinstance(data, list) else [data]
    for record in records:
        for label, values in label_values(record).items():
            if any(word in label.lower() for word in FUTURE_POSTS_LABELS):
                for value in values:
                    if isinstance(value, str) and value:
                        return value
    return ""


def _default_audience(ctx: Context) -> Iterator[Problem]:
    found = yield from _meta.context_file(ctx, PRIVACY_SETTINGS)
    if found is None:
        return
    member, data = found
    audience = default_audience(data)
    if audience:
        ctx.state["fb_default_audience"] = (audience, member.relpath)


def _location(ctx: Context) -> Iterator[Problem]:
    """Region hint: Facebook's inferred primary location, with the country from the primary public
    location when the first has none (the policy rules need a country)."""
    hints: list[tuple[str, str]] = []
    for pattern, key in ((PRIMARY_LOCATION, "primary_location_v2"),
                         (PUBLIC_LOCATION, "primary_public_location_v2")):
        found = yield from _meta.context_file(ctx, pattern)
        if found is None:
            continue
        member, data = found
        value = data.get(key) if isinstance(data, dict) else None
        hint = location_hint(value)
        if hint:
            hints.append((hint, f"{member.relpath}: {key}"))
        country = value.get("country") if isinstance(value, dict) else None
        if hints and isinstance(country, str) and country and country not in hints[0][0]:
            hints[0] = (f"{hints[0][0]}, {country}", f"{hints[0][1]}; {member.relpath}: country")
    if hints:
        ctx.info.region_hint, evidence = hints[0]
        ctx.info.region_hint_evidence = Msg("%(evidence)s (inferred by Facebook)", evidence=evidence)


def location_hint(value: Any) -> str:
    """"City, Region" from primary_location_v2 {city_region_pairs}, or "City, Region, Country" from
    primary_public_location_v2 {city, region, country}."""
    if not isinstance(value, dict):
        return ""
    pairs = value.get("city_region_pairs")
    if isinstance(pairs, list) and pairs and isinstance(pairs[0], list):
        return ", ".join(p for p in pairs[0] if isinstance(p, str) and p)
    parts = [value.get(k) for k in ("city", "region", "country")]
    return ", ".join(p for p in parts if isinstance(p, str) and p)


# ---------------------------------------------------------------- helpers


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _item(member: Member, kind: str, created: datetime | None, verdict: Verdict, key: str,
          text: str = "", media_count: int = 0, audience: str = "", own: bool = True,
          url: str = "") -> Item:
    return Item(platform=PLATFORM, kind=kind, key=key, created_at=created,
                visibility=verdict.visibility, evidence=verdict.evidence,
                confidence=verdict.confidence, source_file=member.relpath, text=text,
                media_count=media_count, url=url, audience=audience,
                was_public=verdict.was_public, own=own)


def _bad(member: Member, record: _meta.Record, why: Msg) -> Problem:
    return Problem(member.relpath, record_place(record.number), why)


def _iso(dt: datetime | None) -> str:
    return dt.isoformat() if dt else ""


def data_values(record: dict[str, Any], key: str) -> list[Any]:
    """Values of `key` in the singleton objects of `data: [{post: ...}, {update_timestamp: ...}]`."""
    data = record.get("data")
    if not isinstance(data, list):
        return []
    return [d[key] for d in data if isinstance(d, dict) and key in d]


def attachment_values(record: dict[str, Any], key: str) -> list[Any]:
    """Values of `key` in `attachments: [{data: [{media: ...}, {place: ...}]}]`."""
    out: list[Any] = []
    attachments = record.get("attachments")
    if not isinstance(attachments, list):
        return out
    for attachment in attachments:
        data = attachment.get("data") if isinstance(attachment, dict) else None
        if isinstance(data, list):
            out += [d[key] for d in data if isinstance(d, dict) and key in d]
    return out


def _hint(ctx: Context) -> str:
    found = ctx.state.get("fb_default_audience")
    if not found:
        return ""
    return audience_hint(*found)


@lru_cache(maxsize=64)
def audience_hint(audience: str, where: str) -> Msg:
    """The account's default audience for future posts, as a suffix to an evidence text."""
    return Msg("; account default for future posts at export time: %(audience)s (%(file)s), a weak "
               "hint, not this post's audience", audience=audience, file=where)


# Destination from the generated, localised `title` sentence (meta.md §3.1.1). English confirmed; the
# other languages are unverified wordings of the same sentences. Order matters: group before timeline.
DESTINATIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("group", re.compile(r" posted in | to the group| in the group|geplaatst in |in de groep|"
                         r"in der gruppe|postete in |a publié dans |dans le groupe|publicó en |"
                         r"en el grupo", re.IGNORECASE)),
    ("other profile", re.compile(r"wrote on |posted on .+'s (?:timeline|profile)|"
                                 r"schreef op |op de tijdlijn van|schrieb auf |a écrit sur |"
                                 r"escribió en ", re.IGNORECASE)),
)
RESHARE = re.compile(r"shared (?:a post|a memory|.+'s post|a video|a photo|a reel)|deelde een |"
                     r"hat einen beitrag geteilt|a partagé une publication|compartió una publicación",
                     re.IGNORECASE)


def destination(title: str, group_name: str = "") -> str:
    """"group", "other profile" or "timeline" (own timeline, the default when the title says nothing)."""
    if group_name:
        return "group"
    for name, pattern in DESTINATIONS:
        if pattern.search(title):
            return name
    return "timeline"


def post_verdict(ctx: Context, where: str, dest: str, page: bool) -> Verdict:
    """Visibility of a post by where it went (pure apart from reading the recorded hint)."""
    if page:
        return Verdict(PUBLIC, Msg("%(file)s: a post on a Facebook Page; Pages are public by default "
                                   "(no per-post audience in the export)", file=where), LOW)
    if dest == "group":
        return Verdict(UNKNOWN, Msg("%(file)s: posted in a group (from the title); whether the group "
                                    "is public is not in the export", file=where), LOW)
    if dest == "other profile":
        return Verdict(UNKNOWN, Msg("%(file)s: posted on someone else's timeline or Page (from the "
                                    "title); their settings decide who sees it", file=where), LOW)
    return Verdict(UNKNOWN, Msg("%(file)s: no audience in the export (own timeline)%(hint)s", file=where,
                                hint=_hint(ctx)), LOW)


# ---------------------------------------------------------------- posts


def posts(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """Timeline posts (`your_posts__check_ins__photos_and_videos_N.json`, FB-1/2 `your_posts_N.json`,
    2018 `{status_updates: [...]}`), Page posts (`profile_posts_N.json`) and group posts
    (`{group_posts_v2: [...]}`). A multi-photo post repeats per photo; the key collapses them."""
    page = bool(PAGE_FOLDER.match(member.relpath))
    in_groups = "/groups/" in f"/{member.relpath}"
    pending: Item | None = None
    verdicts: dict[str, Verdict] = {}  # by destination: one message per file, not per post
    for record in iter_records(member):
        post = record.value
        if not isinstance(post, dict):
            yield _bad(member, record, Msg("not a post record; skipped"))
            continue
        created = meta_time(post.get("timestamp"))
        text = next((t for t in data_values(post, "post") if isinstance(t, str) and t), "")
        title = _str(post.get("title"))
        group = next((g for g in data_values(post, "group") if isinstance(g, str)), "")
        dest = "group" if in_groups else destination(title, group)
        media = attachment_values(post, "media")
        links = [c["url"] for c in attachment_values(post, "external_context")
                 if isinstance(c, dict) and isinstance(c.get("url"), str)]
        life = next((e.get("title") for e in attachment_values(post, "life_event")
                     if isinstance(e, dict) and _str(e.get("title"))), "")
        if created is None and not text and not media:
            yield _bad(member, record, Msg("post without time, text or media; skipped"))
            continue
        kind = "repost" if RESHARE.search(title) and not text else "post"
        key = ctx.account_key("post", _iso(created), text, title if not text else "")
        if pending is not None and pending.key == key:
            # The same post again for its next photo (meta.md §3.1.1): one post, more media.
            pending = replace(pending, media_count=pending.media_count + len(media))
            continue
        if dest == "group" and _seen_in_groups(ctx, key):
            continue  # the group post is also in the other posts file: one post, counted once
        if pending is not None:
            yield pending
        if dest not in verdicts:
            verdicts[dest] = post_verdict(ctx, member.relpath, dest, page)
        verdict = verdicts[dest]
        album = next((_str(m.get("title")) for m in media if isinstance(m, dict)
                      and _str(m.get("title")).lower() in PUBLIC_ALBUMS), "")
        if album and not page:
            verdict = Verdict(PUBLIC, Msg("%(file)s: a photo in '%(album)s'; profile and cover "
                                          "photos are always public on Facebook", file=member.relpath,
                                          album=album), MEDIUM)
        pending = _item(member, kind, created, verdict, key, text=text or life,
                        media_count=len(media),
                        audience="page" if page else {"timeline": "profile"}.get(dest, dest),
                        url=links[0] if links else "")
    if pending is not None:
        yield pending


def _seen_in_groups(ctx: Context, key: str) -> bool:
    """Was this group post or comment read already? Facebook lists a group post both in the posts
    file and in the groups folder (and group comments both in comments.json and in the groups
    folder): the second one is the same item. Only group items are remembered, a small set."""
    seen = ctx.state.setdefault("fb_group_keys", set())
    if key in seen:
        return True
    seen.add(key)
    return False


def pending_posts(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """`{pending_posts_v2: [...]}`: group posts awaiting approval, not published."""
    verdict = Verdict(RESTRICTED, Msg("%(file)s: pending group post, not published", file=member.relpath),
                      HIGH)
    for record in iter_records(member):
        post = record.value
        if not isinstance(post, dict):
            yield _bad(member, record, Msg("not a post record; skipped"))
            continue
        created = meta_time(post.get("timestamp"))
        text = next((t for t in data_values(post, "post") if isinstance(t, str)), "")
        yield _item(member, "post", created, verdict,
                    ctx.account_key("post", _iso(created), text, "pending"), text=text,
                    audience="group")


def trash(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """`{trash_v2: [...]}`: deleted posts waiting in the trash, not published now."""
    verdict = Verdict(RESTRICTED, Msg("%(file)s: in the trash (deleted), not shown now",
                                      file=member.relpath), HIGH)
    for record in iter_records(member):
        post = record.value
        if not isinstance(post, dict):
            yield _bad(member, record, Msg("not a post record; skipped"))
            continue
        created = meta_time(post.get("timestamp"))
        text = next((t for t in data_values(post, "post") if isinstance(t, str)), "")
        yield _item(member, "post", created, verdict,
                    ctx.account_key("trash", _iso(created), text, _str(post.get("title"))),
                    text=text, media_count=len(attachment_values(post, "media")))


def _lv_text(record: dict[str, Any]) -> str:
    """The text of a label_values record: a text-like label, else the longest plain string that is
    not a link ("" for other records)."""
    if "label_values" not in record:
        return ""
    flat = label_values(record)
    text = _str(lv_get(flat, "text"))
    if not text:
        strings = [v for vs in flat.values() for v in vs
                   if isinstance(v, str) and not v.startswith(("http://", "https://"))]
        text = max(strings, key=len, default="")
    return text


def archived_posts(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """`{FA}posts/archive.json` (FB-3/FB-4, seen as HTML only: "items in your archive", each a photo
    or post with its text and time): archived posts are hidden from the profile. Read as post-shaped
    or label_values records, whichever the file holds."""
    verdict = Verdict(RESTRICTED, Msg("%(file)s: archived (hidden from your profile), not shown now",
                                      file=member.relpath), HIGH)
    for record in iter_records(member):
        post = record.value
        if not isinstance(post, dict):
            yield _bad(member, record, Msg("not a post record; skipped"))
            continue
        media = attachment_values(post, "media") or ([post] if "uri" in post else [])
        created = meta_time(post.get("timestamp")) or meta_time(post.get("creation_timestamp")) or next(
            (meta_time(m.get("creation_timestamp")) for m in media if isinstance(m, dict)), None)
        text = next((t for t in data_values(post, "post") if isinstance(t, str) and t), "") \
            or next((_str(m.get("description")) for m in media
                     if isinstance(m, dict) and _str(m.get("description"))), "") or _lv_text(post)
        if created is None and not text and not media:
            yield _bad(member, record, Msg("post without time, text or media; skipped"))
            continue
        yield _item(member, "post", created, verdict,
                    ctx.account_key("archived", _iso(created), text), text=text,
                    media_count=max(len(media), _meta.lv_media_count(post)))


def notes(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """FB-1 `posts/notes.json` ("notes you've created or have been tagged in", seen as HTML only; its
    JSON keys are not known): each note's title and text, created or updated time."""
    verdict = Verdict(UNKNOWN, Msg("%(file)s: a note; its audience is not exported%(hint)s",
                                   file=member.relpath, hint=_hint(ctx)), LOW)

    def one(n: int, note: dict[str, Any]) -> Iterator[Item | Problem]:
        created = first_time(note, "created_timestamp", "timestamp", "updated_timestamp")
        text = " — ".join(t for t in (_str(note.get("title")), _str(note.get("text"))) if t) \
            or _lv_text(note)
        if created is None and not text:
            yield Problem(member.relpath, record_place(n), Msg("note without time or text; skipped"))
            return
        yield _item(member, "post", created, verdict, ctx.account_key("note", _iso(created), text),
                    text=text, audience="profile")

    yield from each_object(member.relpath, numbered(member), Msg("not a note record; skipped"), one)


def label_value_posts(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """label_values files with the user's text: posts on other pages and profiles, marketplace
    listings (FB-4). Their labels are unknown beyond a few (meta.md §3.1.6), so the text is the value
    of a text-like label, else the longest plain string that is not a link."""
    marketplace = "marketplace" in member.relpath
    if marketplace:
        verdict = Verdict(UNKNOWN, Msg("%(file)s: Marketplace listing; listings are shown to Marketplace "
                                       "users, the export has no audience", file=member.relpath), LOW)
        audience = "marketplace"
    else:
        verdict = Verdict(UNKNOWN, Msg("%(file)s: posted on another profile or Page; their settings "
                                       "decide who sees it", file=member.relpath), LOW)
        audience = "other profile"
    kind = "post"
    for record in iter_records(member):
        value = record.value
        if not isinstance(value, dict) or "label_values" not in value:
            yield _bad(member, record, Msg("not a label_values record; skipped"))
            continue
        flat = label_values(value)
        created = meta_time(value.get("timestamp")) or next(
            (meta_time(v) for vs in flat.values() for v in vs if isinstance(v, int)), None)
        text = _str(lv_get(flat, "text"))
        if not text:
            strings = [v for vs in flat.values() for v in vs
                       if isinstance(v, str) and not v.startswith(("http://", "https://"))]
            text = max(strings, key=len, default="")
        url = _str(lv_get(flat, "url"))
        yield _item(member, kind, created, verdict,
                    ctx.account_key("post", _iso(created), text, audience),
                    text=text, media_count=_meta.lv_media_count(value), audience=audience,
                    url=url if url.startswith("https://") else "")


# ---------------------------------------------------------------- photos, videos, reels, stories

# Album names that are always public on Facebook (profile and cover photos; meta.md §5.2 [U]). The
# names are localised; English is confirmed, the others are the UI's words.
PUBLIC_ALBUMS = frozenset(a.lower() for a in (
    "Profile pictures", "Profile Pictures", "Cover photos", "Cover Photos",
    "Profielfoto's", "Omslagfoto's", "Profilbilder", "Titelbilder",
    "Photos de profil", "Photos de couverture", "Fotos del perfil", "Fotos de portada",
    "Immagini del profilo", "Foto di copertina"))


def album(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """`posts/album/<n>.json` (FB-1: `photos_and_videos/album/<n>.json`): {name, photos: [...]}."""
    data = load_fixed(member)
    if not isinstance(data, dict) or not isinstance(data.get("photos"), list):
        yield Problem(member.relpath, WHOLE_FILE, Msg("not an album (no photos list); nothing read"))
        return
    name = _str(data.get("name"))
    if name.lower() in PUBLIC_ALBUMS:
        verdict = Verdict(PUBLIC, Msg("%(file)s: album '%(album)s'; profile and cover photos are always "
                                      "public on Facebook", file=member.relpath, album=name), MEDIUM)
    else:
        verdict = Verdict(UNKNOWN, Msg("%(file)s: album audience is not exported%(hint)s",
                                       file=member.relpath, hint=_hint(ctx)), LOW)
    for n, photo in enumerate(data["photos"], start=1):
        if not isinstance(photo, dict):
            yield Problem(member.relpath, Msg("photo %(n)s", n=n), Msg("not a photo record; skipped"))
            continue
        created = meta_time(photo.get("creation_timestamp"))
        text = _str(photo.get("description"))
        yield _item(member, "photo", created, verdict,
                    ctx.account_key("photo", _iso(created), name, text, _taken(photo)),
                    text=text, media_count=1, audience="profile")


def _taken(media: dict[str, Any]) -> str:
    """EXIF taken time, when the export has it: tells apart photos uploaded in the same second."""
    meta = media.get("media_metadata")
    if not isinstance(meta, dict):
        return ""
    for kind in ("photo_metadata", "video_metadata"):
        block = meta.get(kind)
        if not isinstance(block, dict):
            continue
        exif = block.get("exif_data")
        entries = exif if isinstance(exif, list) else [block]
        for entry in entries:
            if isinstance(entry, dict) and entry.get("taken_timestamp"):
                return str(entry["taken_timestamp"])
    return ""


def media_list(kind: str):
    """`{videos_v2: [...]}` (FB-1 `videos`), `{other_photos_v2: [...]}`: media records."""

    def handler(member: Member, ctx: Context) -> Iterator[Item | Problem]:
        verdict = Verdict(UNKNOWN, Msg("%(file)s: audience is not exported%(hint)s", file=member.relpath,
                                       hint=_hint(ctx)), LOW)
        for record in iter_records(member):
            media = record.value
            if not isinstance(media, dict):
                yield _bad(member, record, Msg("not a media record; skipped"))
                continue
            created = meta_time(media.get("creation_timestamp"))
            text = _str(media.get("description")) or _str(media.get("title"))
            yield _item(member, kind, created, verdict,
                        ctx.account_key(kind, _iso(created), text, _taken(media)),
                        text=text, media_count=1, audience="profile")

    handler.html_args = ("media_list", (kind,))  # type: ignore[attr-defined]
    return handler


def reels(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """`{lasso_videos_v2: [{timestamp, title, data: [{post}], attachments}]}` (`reels/your_reels.json`;
    FB-4 `short_videos/your_reels.json`, seen as HTML only: its JSON may be label_values records)."""
    verdict = Verdict(UNKNOWN, Msg("%(file)s: reel audience is not exported%(hint)s", file=member.relpath,
                                   hint=_hint(ctx)), LOW)
    for record in iter_records(member):
        reel = record.value
        if not isinstance(reel, dict):
            yield _bad(member, record, Msg("not a reel record; skipped"))
            continue
        created = meta_time(reel.get("timestamp"))
        text = next((t for t in data_values(reel, "post") if isinstance(t, str)), "") \
            or _lv_text(reel)
        yield _item(member, "video", created, verdict,
                    ctx.account_key("video", _iso(created), text, "reel"), text=text,
                    media_count=max(1, len(attachment_values(reel, "media"))), audience="profile")


def stories(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """`{archived_stories_v2: [...]}`: expired stories, kept in the private archive."""
    verdict = Verdict(RESTRICTED, Msg("%(file)s: stories expire after 24 hours and stay only in your "
                                      "archive; the audience while live is not exported",
                                      file=member.relpath), MEDIUM)

    def one(n: int, story: dict[str, Any]) -> Iterator[Item | Problem]:
        media = attachment_values(story, "media")
        created = meta_time(story.get("timestamp")) or next(
            (meta_time(m.get("creation_timestamp")) for m in media if isinstance(m, dict)), None)
        text = next((_str(m.get("description")) for m in media
                     if isinstance(m, dict) and _str(m.get("description"))), "")
        yield _item(member, "story", created, verdict,
                    ctx.account_key("story", _iso(created), text), text=text,
                    media_count=max(1, len(media)), audience="profile")

    yield from each_object(member.relpath, numbered(member), Msg("not a story record; skipped"), one)


# ---------------------------------------------------------------- comments, reactions


def comments(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """`{comments_v2: [...]}` (FB-1 `comments`), `{group_comments_v2: [...]}`: each
    `{timestamp, data: [{comment: {comment, author, group?}}], title}`."""
    in_groups = "/groups/" in f"/{member.relpath}"
    in_group = Verdict(UNKNOWN, Msg("%(file)s: comment in a group; whether the group is public is not "
                                    "in the export", file=member.relpath), LOW)
    elsewhere = Verdict(UNKNOWN, Msg("%(file)s: who sees a comment depends on the post it is on, which "
                                     "the export does not describe", file=member.relpath), LOW)
    for record in iter_records(member):
        value = record.value
        if not isinstance(value, dict):
            yield _bad(member, record, Msg("not a comment record; skipped"))
            continue
        inner = next((c for c in data_values(value, "comment") if isinstance(c, dict)), {})
        text = _str(inner.get("comment"))
        created = meta_time(value.get("timestamp")) or meta_time(inner.get("timestamp"))
        if not text and created is None:
            yield _bad(member, record, Msg("comment without text or time; skipped"))
            continue
        group = _str(inner.get("group"))
        key = ctx.account_key("comment", _iso(created), text)
        if group or in_groups:
            if _seen_in_groups(ctx, key):
                continue  # also in the other comments file: one comment, counted once
            verdict = in_group
            audience = "group"
        else:
            verdict = elsewhere
            audience = ""
        yield _item(member, "comment", created, verdict, key, text=text,
                    media_count=len(attachment_values(value, "media")), audience=audience)


def reactions(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """`likes_and_reactions_N.json` (bare list), FB-2 `{reactions_v2}`, FB-1 `{reactions}`, FB-4
    `likes_and_reactions.json` (label_values), `{stories_feedback_v2}`: interactions, not content."""
    verdict = Verdict(UNKNOWN, Msg("%(file)s: a reaction shows on the post it is on, to whoever sees "
                                   "that post", file=member.relpath), LOW)
    for record in iter_records(member):
        value = record.value
        if not isinstance(value, dict):
            yield _bad(member, record, Msg("not a reaction record; skipped"))
            continue
        created = meta_time(value.get("timestamp"))
        if "label_values" in value:
            flat = label_values(value)
            reaction = _str(lv_get(flat, "Reaction"))
            target = _str(lv_get(flat, "url")) or _str(lv_get(flat, "name"))
        else:
            inner = next((r for r in data_values(value, "reaction") if isinstance(r, dict)), {})
            reaction = _str(inner.get("reaction"))
            target = _str(value.get("title"))
        if created is None and not target:
            yield _bad(member, record, Msg("reaction without time or target; skipped"))
            continue
        yield _item(member, "reaction", created, verdict,
                    ctx.account_key("reaction", _iso(created), target, reaction))


# ---------------------------------------------------------------- pages, groups, events


def named_entries(kind: str, visibility: str, why: Msg, audience: str = ""):
    """Lists of `{name, timestamp}` or `{timestamp, title, data: [{name}]}`: page likes, follows,
    recommendations, group memberships, friends, followers, saved items."""

    def handler(member: Member, ctx: Context) -> Iterator[Item | Problem]:
        verdict = Verdict(visibility, Msg("%(file)s: %(why)s", file=member.relpath, why=why),
                          HIGH if visibility == RESTRICTED else LOW)
        for record in iter_records(member):
            value = record.value
            if not isinstance(value, dict):
                yield _bad(member, record, Msg("not a record; skipped"))
                continue
            name = _str(value.get("name")) or next(
                (n for n in data_values(value, "name") if isinstance(n, str)), "") \
                or _str(value.get("title"))
            created = meta_time(value.get("timestamp"))
            if not name and created is None:
                yield _bad(member, record, Msg("no name or time; skipped"))
                continue
            text = name if kind == "review" else ""
            yield _item(member, kind, created, verdict,
                        ctx.account_key(kind, member.relpath.rsplit("/", 1)[-1].split(".")[0], name,
                                        _iso(created)),
                        text=text, audience=audience,
                        url=_str(value.get("url")) if _str(value.get("url")).startswith("https://")
                        else "")

    handler.html_args = ("named_entries", (kind, visibility, why, audience))  # type: ignore[attr-defined]
    return handler


def events(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """`{your_events_v2: [{name, description, start_timestamp, create_timestamp, place}]}` (Page:
    `events/events.json`): events the user created."""
    page = bool(PAGE_FOLDER.match(member.relpath))
    verdict = Verdict(UNKNOWN, Msg("%(file)s: whether an event is public or private is not exported",
                                   file=member.relpath), LOW)
    for record in iter_records(member):
        event = record.value
        if not isinstance(event, dict):
            yield _bad(member, record, Msg("not an event record; skipped"))
            continue
        created = meta_time(event.get("create_timestamp")) or meta_time(event.get("start_timestamp"))
        name = _str(event.get("name"))
        text = " — ".join(t for t in (name, _str(event.get("description"))) if t)
        yield _item(member, "post", created, verdict,
                    ctx.account_key("event", name, event.get("start_timestamp")), text=text,
                    audience="page" if page else "event")


def event_responses(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """`{event_responses_v2: {events_joined, events_declined, events_interested}}` (FB-1
    `event_responses`): small, read whole."""
    data = load_fixed(member)
    inner = (data.get("event_responses_v2") or data.get("event_responses")) \
        if isinstance(data, dict) else None
    if not isinstance(inner, dict):
        yield Problem(member.relpath, WHOLE_FILE, Msg("no event responses object; nothing read"))
        return
    for response, entries in inner.items():
        if not isinstance(entries, list):
            continue
        verdict = Verdict(UNKNOWN, Msg("%(file)s %(key)s: who sees event responses depends on the event",
                                       file=member.relpath, key=response), LOW)
        for n, event in enumerate(entries, start=1):
            if not isinstance(event, dict):
                yield Problem(member.relpath, Msg("%(section)s record %(n)s", section=response, n=n),
                              Msg("not an event; skipped"))
                continue
            yield _item(member, "activity", meta_time(event.get("start_timestamp")), verdict,
                        ctx.account_key("activity", response,
                                    _str(event.get("name")), event.get("start_timestamp")),
                        audience="event")


# ---------------------------------------------------------------- profile


def profile_information(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """`{profile_v2: {...}}` (FB-1 `profile`): the name is always public; other fields have a
    per-field audience the export does not carry. Contact data (emails, phones) is not itemised."""
    data = load_fixed(member)
    profile = (data.get("profile_v2") or data.get("profile")) if isinstance(data, dict) else None
    if not isinstance(profile, dict):
        yield Problem(member.relpath, "profile_v2", Msg("no profile object; nothing read"))
        return
    name = profile.get("name")
    full = _str(name.get("full_name")) if isinstance(name, dict) else _str(name)
    fields: list[tuple[str, str, bool]] = []
    if full:
        fields.append(("name", full, True))
    if _str(profile.get("username")):
        fields.append(("username", profile["username"], True))
    for key in ("current_city", "hometown"):
        entry = profile.get(key)
        if isinstance(entry, dict) and _str(entry.get("name")):
            fields.append((key, entry["name"], False))
    for key in ("education_experiences", "work_experiences"):
        entries = profile.get(key)
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict) and (_str(entry.get("name")) or _str(entry.get("employer"))):
                fields.append((key, _str(entry.get("name")) or _str(entry.get("employer")), False))
    websites = profile.get("websites")
    if isinstance(websites, list):
        fields += [("website", w["address"], False) for w in websites
                   if isinstance(w, dict) and _str(w.get("address"))]
    for label, value, public in fields:
        if public:
            verdict = Verdict(PUBLIC, Msg("%(file)s: %(field)s is always public on Facebook",
                                          file=member.relpath, field=label), MEDIUM)
        else:
            verdict = Verdict(UNKNOWN, Msg("%(file)s: %(field)s; its audience is not exported",
                                           file=member.relpath, field=label), LOW)
        yield _item(member, "profile", None, verdict,
                    ctx.account_key("profile", label, value), text=value,
                    audience="profile")


# ---------------------------------------------------------------- messages


def _own(ctx: Context, sender: str) -> bool:
    names = ctx.state.get("fb_names") or set()
    return True if not names else sender in names


def messages(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """Messenger `message_N.json` in inbox, archived_threads, filtered_threads, message_requests and
    e2ee_cutover, and group chats (`groups/your_group_messages/<name>.json`): always restricted."""
    parts = member.relpath.split("/")
    thread = parts[-2] if parts[-1].startswith("message_") else parts[-1].rsplit(".", 1)[0]
    folder = parts[-3] if len(parts) >= 3 else ""
    in_group = "your_group_messages" in parts
    if folder and not in_group:
        verdict = Verdict(RESTRICTED, Msg("%(file)s: Messenger conversation (%(folder)s)",
                                          file=member.relpath, folder=folder), HIGH)
    else:
        verdict = Verdict(RESTRICTED, Msg("%(file)s: Messenger conversation", file=member.relpath), HIGH)
    for record in iter_records(member, ("messages",)):
        msg = record.value
        if not isinstance(msg, dict):
            yield _bad(member, record, Msg("not a message record; skipped"))
            continue
        sender = _str(msg.get("sender_name"))
        text = _str(msg.get("content"))
        media = sum(len(msg[k]) for k in ("photos", "videos", "audio_files", "gifs", "files")
                    if isinstance(msg.get(k), list))
        yield _item(member, "message", meta_time(msg.get("timestamp_ms")), verdict,
                    ctx.account_key("message", thread, msg.get("timestamp_ms"), sender, text),
                    text=text, media_count=media, audience="group" if in_group else "dm",
                    own=_own(ctx, sender))


def ai_conversations(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """`messages/ai_conversations.json` (FB-4, label_values): chats with Meta AI. Private between the
    user and Meta; Meta says it uses these interactions to train its AI (policies.md, M1)."""
    verdict = Verdict(RESTRICTED, Msg("%(file)s: a chat with Meta AI (not public; Meta says it trains on "
                                      "Meta AI interactions)", file=member.relpath), HIGH)
    for record in iter_records(member):
        value = record.value
        if not isinstance(value, dict):
            yield _bad(member, record, Msg("not a record; skipped"))
            continue
        flat = label_values(value)
        created = meta_time(value.get("timestamp"))
        text = _str(lv_get(flat, "text")) or max(
            (v for vs in flat.values() for v in vs if isinstance(v, str)), key=len, default="")
        yield _item(member, "message", created, verdict,
                    ctx.account_key("message", "meta_ai", _iso(created), text), text=text,
                    audience="meta_ai")


# Top-level keys that say what a file under comments_and_reactions/ holds, whatever its name: a real
# FB-2 download (facebook-2022, as published) has its `{comments_v2}` in comments_and_reactions.json.
BY_TOP_KEY = {"comments_v2": comments, "comments": comments, "reactions_v2": reactions,
              "reactions": reactions}


def by_top_key(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """A comments_and_reactions/ file of another name: read as comments or reactions when its
    top-level key says so (BY_TOP_KEY); anything else there (comment edits) is not content."""
    for key in _meta.top_level_keys(member):
        handler = BY_TOP_KEY.get(key)
        if handler is not None:
            yield from handler(member, ctx)
            return


# ---------------------------------------------------------------- the table

# Why each list is (not) seen by others. Kept out of the table: the message extractor loses a
# Msg nested in a Route(...) call.
PAGE_LIKES_SEEN = Msg("Page likes are shown on your profile to your profile's audience, which is not "
                      "exported")
FOLLOWS_SEEN = Msg("follows; their audience is not exported")
RECOMMENDATION_SEEN = Msg("a Page recommendation; its audience is not exported")
GROUP_MEMBERSHIP_SEEN = Msg("group membership; group privacy is not exported")
SAVED_PRIVATE = Msg("saved items are visible only to you")
FRIENDS_SEEN = Msg("the friend list's audience is not exported")
FOLLOWERS_SEEN = Msg("the follower list's audience is not exported")

GROUPS = FA + r"groups/"
JSON_ROUTES: tuple[Route, ...] = (
    Route(r"(?:.*/)?no-data\.txt", None, "placeholder for an empty category"),
    Route(rf".*\.(?:{MEDIA_EXT})", None, "media file (the JSON files describe it)"),
    Route(FA + r"(?:[^/]+/)*media/.*", None, "media folder: photos and videos the JSON files describe"),
    Route(FA + r"(?:messages|groups/your_group_messages)/(?:[^/]+/)+"
          r"(?:photos|videos|audio|gifs|files|stickers_used)/.*", None,
          "attachments sent in Messenger conversations"),
    # Posts: FB-3/4 `your_posts__check_ins__photos_and_videos_N`, FB-1/2 `your_posts_N`, 2018
    # `your_posts` ({status_updates}), Page `profile_posts_N` (2025+).
    Route(FA + r"posts/(?:your_posts__check_ins__photos_and_videos|your_posts|profile_posts)"
          + SHARD + r"\.json", posts, "your posts (status, photos, videos, links, check-ins, life events)"),
    Route(FA + r"posts/posts_on_other_pages_and_profiles\.json", label_value_posts,
          "your posts on other profiles and Pages"),
    Route(FA + r"posts/other_people" + APOS + r"s_posts_to_your_timeline\.json", None,
          "other people's posts to your timeline: their content, not yours"),
    Route(FA + r"(?:posts|photos_and_videos)/album/\d+\.json", album, "photo albums"),
    # FB-1/2 `photos_and_videos/your_photos.json` is unverified (meta.md §2.1 [U]); same item shape.
    Route(FA + r"(?:posts|photos_and_videos)/(?:your_uncategorized_photos|your_photos)\.json",
          media_list("photo"), "uncategorized photos"),
    Route(FA + r"(?:posts|photos_and_videos)/(?:your_)?videos\.json", media_list("video"), "videos"),
    Route(FA + r"(?:reels|short_videos)/your_reels\.json", reels, "reels"),
    Route(FA + r"stories/archived_stories\.json", stories, "archived stories"),
    Route(FA + r"stories/story_reactions\.json", reactions, "reactions to others' stories"),
    Route(FA + r"posts/trash\.json", trash, "deleted posts in the trash"),
    Route(FA + r"posts/archive\.json", archived_posts, "archived posts (hidden from your profile)"),
    Route(r"posts/notes\.json", notes, "notes (FB-1)"),
    Route(FA + r"posts/[^/]+\.json", None,
          "post edits, memories, birthday media, sharing links, places tagged: not new content"),
    # Comments and reactions (FB-1 `comments/`, `likes_and_reactions/`; FB-2+ `comments_and_reactions/`).
    Route(FA + r"(?:comments_and_reactions|comments)/comments\.json", comments, "your comments"),
    Route(FA + r"(?:comments_and_reactions|likes_and_reactions)/(?:likes_and_reactions" + SHARD
          + r"|posts_and_comments)\.json", reactions, "likes and reactions"),
    Route(FA + r"comments_and_reactions/your_comment_edits\.json", None, "comment edits: not new content"),
    Route(FA + r"comments_and_reactions/[^/]+\.json", by_top_key,
          "comments or reactions under another file name (read by their top-level key)"),
    # Pages.
    Route(r"likes_and_reactions/likes_on_external_sites\.json", None,
          "likes on other websites (FB-1): not content"),
    Route(FA + r"(?:pages|likes_and_reactions)/(?:pages_you" + APOS + r"?ve_liked|pages)\.json",
          named_entries("reaction", UNKNOWN, PAGE_LIKES_SEEN),
          "Pages you liked"),
    Route(FA + r"pages/pages_and_profiles_you_follow\.json",
          named_entries("connection", connection_visibility(NOT_SAID), FOLLOWS_SEEN),
          "Pages and profiles you follow"),
    Route(FA + r"pages/pages_and_profiles_you" + APOS + r"?ve_recommended\.json",
          named_entries("review", UNKNOWN, RECOMMENDATION_SEEN,
                        "page"), "Page recommendations"),
    Route(FA + r"pages/[^/]+\.json", None, "Pages you manage and Page settings"),
    # Groups.
    Route(GROUPS + r"(?:group_posts_and_comments|your_posts_and_comments_in_groups)\.json", posts,
          "your posts in groups"),
    Route(GROUPS + r"your_comments_in_groups\.json", comments, "your comments in groups"),
    Route(GROUPS + r"your_pending_posts_in_groups\.json", pending_posts, "pending group posts"),
    Route(GROUPS + r"(?:your_group_membership_activity|group_membership_activity|your_groups)\.json",
          named_entries("connection", connection_visibility(NOT_SAID), GROUP_MEMBERSHIP_SEEN,
                        "group"), "groups you joined or run"),
    Route(GROUPS + r"your_group_messages/[^/]+\.json", messages, "group chats"),
    Route(GROUPS + r"[^/]+\.json", None, "group settings and badges"),
    # Events.
    Route(FA + r"events/(?:your_events|events|events_you_hosted)\.json", events, "events you created"),
    Route(FA + r"events/your_event_responses\.json", event_responses, "your event responses"),
    Route(FA + r"events/[^/]+\.json", None, "event invitations and settings"),
    # Marketplace, saved items.
    Route(FA + r"(?:facebook_)?marketplace/your_marketplace_listing_history\.json", label_value_posts,
          "Marketplace listings"),
    Route(FA + r"(?:facebook_)?marketplace/.*\.json", None, "Marketplace activity: not content"),
    Route(FA + r"saved_items(?:_and_collections)?/[^/]+\.json",
          named_entries("activity", RESTRICTED, SAVED_PRIVATE),
          "saved items and collections"),
    # Messenger (FB-1 has no activity folder; FB-4 adds e2ee_cutover).
    Route(FA + r"messages/(?:inbox|archived_threads|filtered_threads|message_requests|e2ee_cutover)"
          r"/[^/]+/message_\d+\.json", messages, "Messenger conversations"),
    Route(FA + r"messages/ai_conversations\.json", ai_conversations, "chats with Meta AI"),
    Route(FA + r"messages/.*\.json", None, "Messenger settings, contacts and chat metadata"),
    # Profile, connections.
    Route(PROFILE_INFO, profile_information, "profile: name, username, places, work, education"),
    Route(r"(?:personal_information/)?profile_information/.*\.json", None,
          "profile update history and other account details"),
    Route(r"(?:connections/friends/your_friends|friends/friends|friends_and_followers/friends)\.json",
          named_entries("connection", connection_visibility(NOT_SAID), FRIENDS_SEEN),
          "friends", most=10 * 5_000),  # Facebook allows 5,000 friends: ten times that is not an export
    Route(r"connections/followers/(?:who_you" + APOS + r"?ve_followed|people_who_followed_you|"
          r"followers)\.json",
          named_entries("connection", connection_visibility(NOT_SAID), FOLLOWERS_SEEN),
          "followers and following"),
    # FB-1 (facebook-html-2019-06): who and which Pages you follow, as FB-3+ who_you've_followed.
    Route(r"following_and_followers/(?:following|followed_pages)\.json",
          named_entries("connection", connection_visibility(NOT_SAID), FOLLOWS_SEEN),
          "Pages and profiles you follow"),
    context_route(POST_AUDIENCES, "custom audiences (read as a caveat)"),
    context_route(PRIVACY_SETTINGS, "privacy settings (default audience, a weak hint)"),
    context_route(PRIMARY_LOCATION, "primary location (region hint)"),
    context_route(PUBLIC_LOCATION, "primary public location (region hint)"),
    context_route(ACCOUNTS_CENTER, "accounts linked in Meta's Accounts Center"),
    Route(r"(?:connections|friends|friends_and_followers|following_and_followers)/.*\.json", None,
          "friend requests, suggestions, removed friends: not content"),
    # Whole categories without the user's own content.
    Route(r"(?:ads_information|ads|ads_and_businesses|apps_and_websites_off_of_facebook|"
          r"apps_and_websites|logged_information|preferences|security_and_login_information|"
          r"personal_information|your_topics|facebook_gaming|other_activity|"
          r"search_history|location|about_you|your_places|payment_history|"
          r"your_interactions_on_facebook|notifications|facebook_accounts_center|"
          r"activity_messages|meta_ai|information_about_you|other_logged_information|"
          r"other_personal_information|search)/.*\.json", None,
          "ads, logs, settings, searches and account details: not content"),
    Route(FA + r"(?:other_activity|fundraisers|facebook_payments|polls|shops|navigation_bar|voting|"
          r"facebook_news|your_places|facebook_gaming|live_audio_rooms|community_chats|"
          r"short_videos|avatars|meta_ai|fan_subscriptions|bug_bounty|journalist_registration|"
          r"your_interactions_on_facebook|your_problem_reports|off-facebook_activity|"
          r"facebook_assistant|crowdsourcing|your_topics)/.*\.json", None,
          "other activity logs: not content"),
)

from . import _facebook_html  # noqa: E402 (it reads the handlers above)

# HTML-format downloads: the same tree with .html pages, read by _facebook_html where a handler is
# written, counted as a problem where not (meta-html; docs/formats/facebook.md "HTML format").
ROUTES: tuple[Route, ...] = (
    Route(r"(?:index|start_here)\.html?", None, "the download's start page (links to the others)"),
    *_meta_html.html_routes(JSON_ROUTES, _facebook_html.for_json_handler),
    Route(r".*\.html?", _meta_html.unread_page, "HTML page of a kind not itemised (counted)"),
    *JSON_ROUTES,
)

SIGNATURES: tuple[Signature, ...] = (
    # FB-4 / FB-3 / Page (and the HTML format of the same trees), weighted above the flat-era names
    # so the root is the folder that also holds personal_information/ and connections/. Any file
    # counts: some parts of a multi-part download hold only media (meta.md §1.1).
    Signature(r"your_facebook_activity/.+", 5),
    Signature(r"your_activity_across_facebook/.+", 5),
    Signature(r"this_profile(?:'|_|’)s_activity_across_facebook/.+", 5),
    Signature(r"apps_and_websites_off_of_facebook/.+\.(?:json|html)", 5),
    Signature(r"personal_information/profile_information/profile_information\.(?:json|html)", 1),
    # A 2026 download of chosen parts only (profile, preferences, security, ads; no activity folder):
    # names Instagram's downloads do not use (its preferences/ holds media_settings/, settings/).
    Signature(r"preferences/(?:feed|preferences|memories)/[^/]+\.(?:json|html)", 2),
    Signature(r"security_and_login_information/(?:your_facebook_activity_history|where_you're_logged_in|"
              r"your_profile_confirmation_information)\.(?:json|html)", 2),
    # FB-1 / FB-2 flat.
    Signature(r"posts/your_posts(?:_\d+)?\.(?:json|html)", 2),
    Signature(r"profile_information/profile_information\.(?:json|html)", 1),
    Signature(r"(?:comments|comments_and_reactions)/comments\.(?:json|html)", 1),
    Signature(r"friends(?:_and_followers)?/friends\.(?:json|html)", 1),
    Signature(r"photos_and_videos/.+", 1),
    Signature(r"likes_and_reactions/.+\.(?:json|html)", 1),
    # FB-0 (before 2018): HTML only.
    Signature(r"html/(?:timeline|messages|photos|friends|wall)\.htm", 2),
)

SPEC = ParserSpec(
    platform=PLATFORM,
    label=N_("Facebook"),
    expects=N_("a Facebook download: your_facebook_activity/, "
               "personal_information/, posts/your_posts_1.json, …"),
    signatures=SIGNATURES,
    routes=ROUTES,
    prepare=prepare,
)
