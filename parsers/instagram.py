"""Instagram "Download your information" exports, every layout era in docs/formats/instagram.md:

- IG-0 (until ~2021): flat `media.json`, `profile.json`, `connections.json`, `comments.json`, ...
  with ISO `taken_at` times.
- IG-1 (~2021-mid 2022): category folders `account_information/`, `content/`, `comments/`, ...
- IG-2 (mid 2022-2023): `personal_information/personal_information.json`, sharded bare lists.
- IG-3 (late 2023-early 2025): `your_instagram_activity/content/...`, `connections/...`; IG-3b (from
  ~April 2024) nests personal information one level deeper.
- IG-4 (from ~Feb 2025): `your_instagram_activity/media/...`, `story_interactions/`, `threads/`.
- IG-5 (seen by Mar 2026): some activity files are bare label_values lists.
- HTML format: the same tree with .html pages, itemised by structure (_instagram_html, _meta_html).

Visibility is account-level: the current `Private Account` value plus the privacy change history,
replayed per item by `_meta.account_visibility` (a pure function).

File by file, era by era, with the real downloads each name was seen in: docs/formats/instagram.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from functools import lru_cache
from typing import Any

from ai_exposure.archive import Member
from ai_exposure.i18n import N_, Msg, msg_join
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
    derived_key,
)
from ai_exposure.parsing import Context, ParserSpec, Route, Signature, context_route
from ai_exposure.readers import ReadError

from . import _meta, _meta_html
from ._meta import (
    WHOLE_FILE,
    PrivacyTimeline,
    Verdict,
    account_visibility,
    as_bool,
    iter_records,
    label_values,
    load_fixed,
    lv_get,
    meta_time,
    record_place,
    sld_first,
    smd_time,
    smd_value,
)

PLATFORM = "instagram"

# Path fragments. `IA` is the product activity folder of IG-3+ (absent in the flat eras); media posts
# moved from `content/` to `media/` in IG-4 (pixelfed PR #5822, 2025-03-04).
IA = r"(?:your_instagram_activity/)?"
CONTENT = r"(?:content|media)/"
SHARD = r"(?:_\d+)?"
PERSONAL = r"(?:account_information|personal_information(?:/personal_information)?)/"
FF = r"(?:connections/)?followers_and_following/"
MEDIA_EXT = r"jpe?g|png|gif|webp|heic|bmp|mp4|mov|m4v|webm|3gp|m4a|mp3|aac|wav|ogg|opus|srt|vtt|pdf"

# ---------------------------------------------------------------- context (prepare)

PERSONAL_INFO = PERSONAL + r"personal_information\.json"
PRIVACY_HISTORY = (r"(?:security_and_login_information/)?(?:login_and_account_creation|"
                   r"login_and_profile_creation|account_information)/"
                   r"(?:account|profile)_privacy_changes\.json")
BASED_IN = r"(?:personal_information/)?information_about_you/account_based_in\.json"
CLOSE_FRIENDS = FF + r"close_friends\.json"
# Account insights (first close-friends story time): `instagram_profile_information.json` in the
# format notes, `account_information.json` in a real IG-3b download (instagram-2024-07), both
# `{profile_account_insights: [...]}`.
INSIGHTS = PERSONAL + r"(?:instagram_profile_information|account_information)\.json"
THREADS_PROFILE = IA + r"threads/personal_information\.json"
LINKED = PERSONAL + r"linked_meta_accounts\.json"

_NAME_PATTERN = re.compile(r"instagram-(?P<user>[A-Za-z0-9._]+)-\d{4}-\d{2}-\d{2}-[A-Za-z0-9]{8}")


def prepare(ctx: Context) -> Iterator[Problem]:
    state = ctx.state
    usernames: set[str] = set()
    names: set[str] = set()
    private_flag: bool | None = None
    flag_evidence = ""

    yield from _meta.detect_html(ctx, "Instagram")

    info_member = ctx.find_one(PERSONAL_INFO)
    if info_member is not None:
        try:
            data = load_fixed(info_member)
        except ReadError as exc:
            yield Problem(info_member.relpath, exc.place, exc.reason)
            data = None
        records = _meta.list_in(data, "profile_user") or []
        user = records[0] if records and isinstance(records[0], dict) else {}
        username = smd_value(user, "username")
        if username:
            usernames.add(username.lower())
            ctx.info.account = username
            state["account_evidence"] = f"{info_member.relpath}: Username"
        name = smd_value(user, "name")
        if name:
            names.add(name)
        label = _meta.smd_label(user, "private_account")
        if label:
            private_flag = as_bool(user["string_map_data"][label].get("value"))
            if private_flag is not None:
                flag_evidence = (f"{info_member.relpath}: {label} = "
                                 f"{'True' if private_flag else 'False'}")
        birth = smd_value(user, "date_of_birth")
        if birth:
            ctx.info.birth_date = birth
    legacy_profile = ctx.find_one(r"profile\.json")
    if legacy_profile is not None and not usernames:
        # IG-0 (until ~2021): profile.json with username, name, date_joined.
        try:
            data = load_fixed(legacy_profile)
        except ReadError as exc:
            yield Problem(legacy_profile.relpath, exc.place, exc.reason)
            data = {}
        if isinstance(data, dict):
            if isinstance(data.get("username"), str) and data["username"]:
                usernames.add(data["username"].lower())
                ctx.info.account = data["username"]
                state["account_evidence"] = f"{legacy_profile.relpath}: username"
            if isinstance(data.get("name"), str) and data["name"]:
                names.add(data["name"])
            for key in ("private_account", "is_private"):
                if private_flag is None and as_bool(data.get(key)) is not None:
                    private_flag = as_bool(data.get(key))
                    flag_evidence = f"{legacy_profile.relpath}: {key}"
            if isinstance(data.get("date_of_birth"), str) and not ctx.info.birth_date:
                ctx.info.birth_date = data["date_of_birth"]
    legacy_settings = ctx.find_one(r"settings\.json")
    if legacy_settings is not None and private_flag is None:
        # IG-0 settings.json: whether it holds the privacy flag is unknown (meta.md §3.2.4); read it
        # only if a boolean under one of these names is there.
        try:
            data = load_fixed(legacy_settings)
        except ReadError as exc:
            yield Problem(legacy_settings.relpath, exc.place, exc.reason)
            data = {}
        for key in ("private_account", "is_private"):
            if private_flag is None and isinstance(data, dict) and as_bool(data.get(key)) is not None:
                private_flag = as_bool(data.get(key))
                flag_evidence = f"{legacy_settings.relpath}: {key}"
    if not ctx.info.account:
        # A part without the profile file: the account from the download's own name,
        # instagram-<username>-<YYYY-MM-DD>-<token> (meta.md §1.1), on the archive or its root folder.
        for candidate in [ctx.info.root, *(m.container.name for m in ctx.members[:1])]:
            match = _NAME_PATTERN.search(candidate or "")
            if match:
                ctx.info.account = match.group("user")
                usernames.add(match.group("user").lower())
                state["account_evidence"] = Msg("the download's name")
                break

    # Keys of items without a native id are scoped by the account (Context.account_key): the username,
    # the only identity an Instagram download holds (no numeric account id in any file).
    if ctx.info.account:
        ctx.info.owner_id = ctx.info.account.lower()

    changes: list[tuple[datetime, bool]] = []
    history_evidence = ""
    for member in ctx.find(PRIVACY_HISTORY):
        history_evidence = member.relpath
        try:
            data = load_fixed(member)
        except ReadError as exc:
            yield Problem(member.relpath, exc.place, exc.reason)
            continue
        for n, record in enumerate(_meta.list_in(data, "account_history_account_privacy_history")
                                   or [], start=1):
            change = privacy_change(record)
            if change is None:
                yield Problem(member.relpath, record_place(n),
                              Msg("privacy change without a readable time or public/private state; "
                                  "not used"), "warning")
                continue
            changes.append(change)
    timeline = PrivacyTimeline.build(changes, private_flag, flag_evidence, history_evidence)
    state["ig_timeline"] = timeline
    state["ig_usernames"] = usernames
    state["ig_names"] = names
    if timeline.current is True:
        if any(not p for _, p in timeline.changes):
            ctx.info.notices.append(Msg("Instagram account private at export time: posts are not "
                                        "public now (some were public earlier, see the privacy "
                                        "history)"))
        else:
            ctx.info.notices.append(Msg("Instagram account private at export time: posts are not "
                                        "public now"))

    yield from _close_friends(ctx)
    yield from _region(ctx)
    yield from threads_privacy(ctx)
    yield from _meta.note_linked_accounts(ctx, LINKED)
    if ctx.info.export_format == "html":
        yield from _instagram_html.prepare(ctx)


def privacy_change(record: Any) -> tuple[datetime, bool] | None:
    """(when, private after the change) from one account_privacy_changes record, or None."""
    if not isinstance(record, dict):
        return None
    when = smd_time(record) or meta_time(sld_first(record).get("timestamp")) \
        or meta_time(record.get("timestamp"))
    texts = [record.get("title")]
    data = record.get("string_map_data")
    if isinstance(data, dict):
        texts += [v.get("value") for v in data.values() if isinstance(v, dict)]
    texts.append(sld_first(record).get("value"))
    private: bool | None = None
    for text in texts:
        if isinstance(text, str) and text:
            private = _meta.privacy_word(text)
            if private is not None:
                break
    if when is None or private is None:
        return None
    return when, private


def _close_friends(ctx: Context) -> Iterator[Problem]:
    used = []
    member = ctx.find_one(CLOSE_FRIENDS)
    if member is not None:
        try:
            data = load_fixed(member)
            if _meta.list_in(data, "relationships_close_friends"):
                used.append(Msg("%(file)s lists close friends", file=member.relpath))
        except ReadError as exc:
            yield Problem(member.relpath, exc.place, exc.reason)
    insights = ctx.find_one(INSIGHTS)
    if insights is not None:
        try:
            data = load_fixed(insights)
            records = _meta.list_in(data, "profile_account_insights") or []
            if records and smd_time(records[0], "First Close Friends Story Time") is not None:
                used.append(Msg("%(file)s: %(field)s is set", file=insights.relpath,
                                field="First Close Friends Story Time"))
        except ReadError as exc:
            yield Problem(insights.relpath, exc.place, exc.reason)
    if used:
        ctx.info.caveats.append(Msg(
            "Close friends are used (%(evidence)s). Instagram does not mark which stories or posts "
            "went to close friends only, so some items counted as following the account's privacy may "
            "have had a smaller audience.", evidence=msg_join("; ", used)))


def threads_privacy(ctx: Context) -> Iterator[Problem]:
    """The Threads profile's `Private Account` value from `{IA}threads/personal_information.json`
    (`{text_post_app_text_post_app_profile: [{string_map_data: {..., Private Account}}]}`, seen in a
    real 2024 download), for the visibility of Threads posts."""
    found = yield from _meta.context_file(ctx, THREADS_PROFILE)
    if found is None:
        return
    member, data = found
    records = _meta.list_in(data) or []
    for record in records:
        label = _meta.smd_label(record, "private_account")
        private = as_bool(record["string_map_data"][label].get("value")) if label else None
        if private is not None:
            ctx.state["threads_private"] = (private, f"{member.relpath}: {label}")
            return


def _region(ctx: Context) -> Iterator[Problem]:
    found = yield from _meta.context_file(ctx, BASED_IN)
    if found is None:
        return
    member, data = found
    records = _meta.list_in(data, "inferred_data_primary_location") or []
    for record in records:
        city = smd_value(record, "city_name")
        if city:
            ctx.info.region_hint = city
            ctx.info.region_hint_evidence = Msg("%(file)s: %(field)s (inferred by Instagram)",
                                                file=member.relpath,
                                                field=_meta.smd_label(record, "city_name"))
            return


# ---------------------------------------------------------------- helpers


def _timeline(ctx: Context) -> PrivacyTimeline:
    timeline = ctx.state.get("ig_timeline")
    return timeline if isinstance(timeline, PrivacyTimeline) else PrivacyTimeline()


def _item(member: Member, kind: str, created: datetime | None, verdict: Verdict, key: str,
          text: str = "", media_count: int = 0, audience: str = "", own: bool = True,
          url: str = "", platform: str = PLATFORM) -> Item:
    return Item(platform=platform, kind=kind, key=key, created_at=created,
                visibility=verdict.visibility, evidence=verdict.evidence,
                confidence=verdict.confidence, source_file=member.relpath, text=text,
                media_count=media_count, url=url, audience=audience,
                was_public=verdict.was_public, own=own)


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def media_post(record: dict[str, Any]) -> tuple[datetime | None, str, int]:
    """(created, caption, media count) of a post-shaped record `{media: [...], title,
    creation_timestamp}` or a single media `{uri, creation_timestamp, title}`. The caption is the
    post title, else the first non-empty media title (older exports keep it there, meta.md §3.2.1)."""
    media = record.get("media")
    if isinstance(media, list):
        media = [m for m in media if isinstance(m, dict)]
        caption = _str(record.get("title")) or next(
            (_str(m.get("title")) for m in media if _str(m.get("title"))), "")
        created = meta_time(record.get("creation_timestamp"))
        if created is None:
            times = [t for t in (meta_time(m.get("creation_timestamp")) for m in media) if t]
            created = min(times) if times else None
        return created, caption, len(media)
    created = meta_time(record.get("creation_timestamp")) or meta_time(record.get("taken_at"))
    return created, _str(record.get("title")) or _str(record.get("caption")), 1


def _bad(member: Member, record: _meta.Record, why: Msg) -> Problem:
    return Problem(member.relpath, record_place(record.number), why)


# ---------------------------------------------------------------- handlers: own media

# Media files by kind: (top key, item kind, rule). Rules: "account" follows the account's privacy;
# "archived"/"deleted" are hidden now; "profile" photos are visible to anyone; "story" expires.
MEDIA_FILES: dict[str, tuple[tuple[str, ...], str, str]] = {
    "posts": (("ig_posts",), "post", "account"),
    "reels": (("ig_reels_media",), "video", "account"),
    "igtv_videos": (("ig_igtv_media",), "video", "account"),
    "other_content": (("ig_other_media",), "post", "account"),
    "stories": (("ig_stories",), "story", "story"),
    "profile_photos": (("ig_profile_picture",), "photo", "profile"),
    "archived_posts": (("ig_archived_post_media",), "post", "archived"),
    "recently_deleted_content": (("ig_recently_deleted_media",), "post", "deleted"),
}


def media_verdict(rule: str, timeline: PrivacyTimeline, created: datetime | None, where: str
                  ) -> Verdict:
    """The visibility of one own media item by the rule its file implies (pure)."""
    if rule in ("archived", "deleted"):
        was = timeline.public_since(created) if timeline.current is not None else None
        return _media_verdict(rule, timeline, where, was)
    if rule == "story":
        # Expired stories stay only in the private archive; highlights stay on the profile and follow
        # the account's privacy. Neither highlights nor close-friends stories are marked.
        at = timeline.private_at(created)
        if at is None and timeline.current is False and not timeline.changes:
            at = False
        return _media_verdict(rule, timeline, where, None if at is None else not at)
    if rule == "profile":
        return _media_verdict(rule, timeline, where, None)
    return account_visibility(timeline, created, where)


@lru_cache(maxsize=1024)
def _media_verdict(rule: str, timeline: PrivacyTimeline, where: str, was: bool | None) -> Verdict:
    """`media_verdict` once its item's dates are read: one verdict (and message) per file and case,
    not one per item."""
    if rule == "profile":
        return Verdict(PUBLIC, Msg("%(file)s: profile photos are shown to anyone, even on a private "
                                   "account", file=where), MEDIUM)
    if rule == "archived":
        return Verdict(RESTRICTED, Msg("%(file)s: archived (hidden from the profile)", file=where),
                       HIGH, was)
    if rule == "deleted":
        return Verdict(RESTRICTED, Msg("%(file)s: recently deleted", file=where), HIGH, was)
    if timeline.current is True:
        return Verdict(RESTRICTED, Msg("%(file)s: a story on an account that is private now "
                                       "(%(evidence)s)", file=where, evidence=timeline.current_evidence),
                       HIGH, was)
    return Verdict(UNKNOWN, Msg("%(file)s: stories expire after 24 hours; highlights stay visible but "
                                "are not marked in the export, and close-friends stories are not "
                                "marked either", file=where), LOW, was)


def own_media(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    name = re.sub(r"(_\d+)?\.json$", "", member.relpath.rsplit("/", 1)[-1]).lower()
    # Any top-level list is read: the wrapper key (MEDIA_FILES, for reference) has changed before.
    _keys, kind, rule = MEDIA_FILES.get(name, ((), "post", "account"))
    timeline = _timeline(ctx)
    for record in iter_records(member):
        if not isinstance(record.value, dict):
            yield _bad(member, record, Msg("not a media record; skipped"))
            continue
        created, caption, count = media_post(record.value)
        verdict = media_verdict(rule, timeline, created, member.relpath)
        yield _item(member, kind, created, verdict,
                    ctx.account_key(kind, created.isoformat() if created else "", caption, ""),
                    text=caption, media_count=count, audience="profile")


def legacy_media(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """IG-0 `media.json`: {photos, videos, stories, profile, direct} lists of {taken_at, caption,
    path}. Photos of one carousel share taken_at and caption and become one post."""
    timeline = _timeline(ctx)
    data = load_fixed(member)
    if not isinstance(data, dict):
        yield Problem(member.relpath, WHOLE_FILE, Msg("not a JSON object; nothing read"))
        return
    for section, kind, rule in (("photos", "post", "account"), ("videos", "video", "account"),
                                ("stories", "story", "story"), ("profile", "photo", "profile"),
                                ("direct", "message", "dm")):
        entries = data.get(section)
        if not isinstance(entries, list):
            continue
        grouped: dict[tuple[str, str], list[int]] = {}
        order: list[tuple[str, str]] = []
        for n, entry in enumerate(entries, start=1):
            if not isinstance(entry, dict):
                yield Problem(member.relpath, Msg("%(section)s record %(n)s", section=section, n=n),
                              Msg("not an object; skipped"))
                continue
            group = (_str(entry.get("taken_at")), _str(entry.get("caption")))
            if group not in grouped:
                order.append(group)
            grouped.setdefault(group, []).append(n)
        where = f"{member.relpath} {section}"  # a file and a key of it: no words to translate
        dm_verdict = Verdict(RESTRICTED, Msg("%(file)s: media sent in direct messages", file=where),
                             HIGH)
        for taken_at, caption in order:
            created = meta_time(taken_at) if taken_at else None
            if rule == "dm":
                verdict = dm_verdict
                audience = "dm"
            else:
                verdict = media_verdict(rule, timeline, created, where)
                audience = "profile"
            yield _item(member, kind, created, verdict,
                        ctx.account_key(kind, taken_at, caption, "" if taken_at else section),
                        text=caption, media_count=len(grouped[(taken_at, caption)]), audience=audience)


# ---------------------------------------------------------------- profile


def personal_information(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """Profile fields that anyone can see (username, name, bio, website); the rest (email, phone,
    date of birth) is private account data, read in prepare only where needed."""
    data = load_fixed(member)
    records = _meta.list_in(data, "profile_user") or []
    if not records or not isinstance(records[0], dict):
        yield Problem(member.relpath, "profile_user", Msg("no profile record; nothing read"))
        return
    user = records[0]
    for label in ("username", "name", "bio", "website"):
        value = smd_value(user, label)
        if not value:
            continue
        verdict = Verdict(PUBLIC, Msg("%(file)s: %(field)s is shown on the profile to anyone, even "
                                      "for a private account", file=member.relpath, field=label), MEDIUM)
        yield _item(member, "profile", None, verdict,
                    ctx.account_key("profile", label),
                    text=value, audience="profile")


def legacy_profile(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    data = load_fixed(member)
    if not isinstance(data, dict):
        yield Problem(member.relpath, WHOLE_FILE, Msg("not a JSON object; nothing read"))
        return
    for label, key in (("username", "username"), ("name", "name"), ("bio", "biography"),
                       ("website", "website")):
        value = _str(data.get(key))
        if value:
            verdict = Verdict(PUBLIC, Msg("%(file)s: %(field)s is shown on the profile to anyone",
                                          file=member.relpath, field=key), MEDIUM)
            yield _item(member, "profile", None, verdict,
                        ctx.account_key("profile", label),
                        text=value, audience="profile")


# ---------------------------------------------------------------- comments, likes, saved


def comment_verdict(owner: str, ctx: Context, created: datetime | None, where: str) -> Verdict:
    """A comment follows the privacy of the account whose media it is on: the user's own account when
    they own the media, otherwise an account the export says nothing about."""
    usernames = ctx.state.get("ig_usernames") or set()
    if owner and owner.lower() in usernames:
        return account_visibility(_timeline(ctx), created,
                                  Msg("%(file)s: comment on your own media", file=where))
    if owner:
        return Verdict(UNKNOWN, Msg("%(file)s: comment on @%(owner)s's media; who sees it depends on "
                                    "that account's privacy, which the export does not hold", file=where,
                                    owner=owner), LOW)
    return Verdict(UNKNOWN, Msg("%(file)s: the media owner is not in the export", file=where), LOW)


def comments(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """IG-1 `{comments_media_comments: [{title: owner, string_list_data}]}`, IG-2+ bare lists of
    `{string_map_data: {Comment, Media Owner, Time}}` (also under comments_reels_comments /
    comments_story_comments), and IG-0 `{media_comments: [[time, text, owner]]}`."""
    for record in iter_records(member):
        value = record.value
        if isinstance(value, list):  # IG-0 triple
            if len(value) < 2:
                yield _bad(member, record, Msg("comment without text; skipped"))
                continue
            created = meta_time(value[0])
            text = _str(value[1])
            owner = _str(value[2]) if len(value) > 2 else ""
        elif isinstance(value, dict):
            if "label_values" in value:
                # IG-5 moved several activity files to this envelope; comments may follow [U].
                flat = label_values(value)
                created = meta_time(value.get("timestamp"))
                text = _str(lv_get(flat, "comment")) or _str(lv_get(flat, "text"))
                owner = _str(lv_get(flat, "media_owner") or lv_get(flat, "username")
                             or lv_get(flat, "author"))
            elif "string_map_data" in value:
                created = smd_time(value)
                text = smd_value(value, "comment")
                owner = smd_value(value, "media_owner")
            else:
                first = sld_first(value)
                created = meta_time(first.get("timestamp"))
                text = _str(first.get("value"))
                owner = _str(value.get("title"))
        else:
            yield _bad(member, record, Msg("not a comment record; skipped"))
            continue
        if not text and created is None:
            yield _bad(member, record, Msg("comment without text or time; skipped"))
            continue
        verdict = comment_verdict(owner, ctx, created, member.relpath)
        yield _item(member, "comment", created, verdict,
                    ctx.account_key("comment", created.isoformat() if created else "", text,
                                    owner.lower()),
                    text=text)


def _entry_fields(value: Any) -> tuple[datetime | None, str, str]:
    """(time, owner/title, href or value) of a likes/saved/interaction record in any of its shapes."""
    if isinstance(value, list):  # IG-0 [time, owner]
        return (meta_time(value[0]) if value else None, _str(value[1]) if len(value) > 1 else "", "")
    if not isinstance(value, dict):
        return None, "", ""
    if "label_values" in value:  # IG-5
        flat = label_values(value)
        owner = _str(lv_get(flat, "username") or lv_get(flat, "name") or lv_get(flat, "author"))
        return meta_time(value.get("timestamp")), owner, _str(lv_get(flat, "url"))
    if "string_map_data" in value:
        data = value["string_map_data"]
        entries = [v for v in data.values() if isinstance(v, dict)] if isinstance(data, dict) else []
        created = next((meta_time(e.get("timestamp")) for e in entries
                        if meta_time(e.get("timestamp"))), None)
        href = next((_str(e.get("href")) for e in entries if _str(e.get("href"))), "")
        return created, _str(value.get("title")), href
    first = sld_first(value)
    href = _str(first.get("href"))
    owner = _str(value.get("title")) or _str(first.get("value")) or _profile_name(href)
    return meta_time(first.get("timestamp")), owner, href


# A profile link `https://www.instagram.com/<name>` or `.../_u/<name>` (2025 following.json), the
# only place some records name the account.
_PROFILE_LINK = re.compile(r"https?://(?:www\.)?instagram\.com/(?:_u/)?([A-Za-z0-9._]+)/?$")


def _profile_name(href: str) -> str:
    match = _PROFILE_LINK.match(href)
    return match.group(1) if match else ""


def interactions(kind: str, visibility: str, why: Msg):
    """A handler for likes, saved items and story answers: interactions, not the user's content."""

    def handler(member: Member, ctx: Context) -> Iterator[Item | Problem]:
        verdict = Verdict(visibility, Msg("%(file)s: %(why)s", file=member.relpath, why=why),
                          MEDIUM if visibility != UNKNOWN else LOW)
        for record in iter_records(member):
            created, owner, href = _entry_fields(record.value)
            if created is None and not owner and not href:
                yield _bad(member, record, Msg("no time, owner or link; skipped"))
                continue
            stem = member.relpath.rsplit("/", 1)[-1]
            yield _item(member, kind, created, verdict,
                        ctx.account_key(kind, stem, created.isoformat() if created else "",
                                        owner.lower(), href),
                        text="", url=href if href.startswith("https://") else "")

    handler.html_args = ("interactions", (kind, visibility, why))  # type: ignore[attr-defined]
    return handler


def legacy_interactions(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """IG-0 likes.json {media_likes, comment_likes} and saved.json {saved_media}: [[time, owner]]."""
    saved = Verdict(RESTRICTED, Msg("%(file)s: saved items are visible only to you", file=member.relpath),
                    MEDIUM)
    likes: dict[str | None, Verdict] = {}
    for record in iter_records(member):
        created, owner, _ = _entry_fields(record.value)
        if created is None and not owner:
            yield _bad(member, record, Msg("no time or owner; skipped"))
            continue
        if record.key == "saved_media":
            kind, verdict = "activity", saved
        else:
            if record.key not in likes:
                likes[record.key] = Verdict(UNKNOWN, Msg("%(file)s %(key)s: likes show on the liked "
                                                         "post, seen by whoever sees it",
                                                         file=member.relpath, key=record.key), LOW)
            kind, verdict = "reaction", likes[record.key]
        yield _item(member, kind, created, verdict,
                    ctx.account_key(kind, record.key, created.isoformat() if created else "",
                                    owner.lower()))


# ---------------------------------------------------------------- connections


def connections(relation: str):
    """Followers / following / close friends: `{relationships_*: [...]}` or bare lists of
    `{title, string_list_data: [{href, value, timestamp}]}` (2025: username in title)."""

    def handler(member: Member, ctx: Context) -> Iterator[Item | Problem]:
        for record in iter_records(member):
            created, username, href = _entry_fields(record.value)
            if not username:
                yield _bad(member, record, Msg("no username; skipped"))
                continue
            yield _connection(member, ctx, relation, username, created)

    handler.html_args = ("connections", (relation,))  # type: ignore[attr-defined]
    return handler


def _connection(member: Member, ctx: Context, relation: str, username: str,
                created: datetime | None) -> Item:
    verdict = connection_verdict(member.relpath, relation, _timeline(ctx))
    return _item(member, "connection", created, verdict,
                 ctx.account_key("connection", relation, username.lower()), text="",
                 audience=relation)


@lru_cache(maxsize=256)
def connection_verdict(file: str, relation: str, timeline: PrivacyTimeline) -> Verdict:
    """Who sees a followers / following / close friends list (pure; one verdict per file, not per
    connection)."""
    if relation == "close_friends":
        return Verdict(connection_visibility(ONLY_YOU),
                       Msg("%(file)s: the close friends list is visible only to you", file=file), HIGH)
    if relation == "followers":
        what = Msg("%(file)s: followers lists are visible to others only on a public account", file=file)
    else:
        what = Msg("%(file)s: following lists are visible to others only on a public account", file=file)
    base = account_visibility(timeline, None, what)
    return Verdict(base.visibility, base.evidence, LOW)


def legacy_connections(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """IG-0 connections.json: {followers: {username: iso_time}, following: {...}, close_friends...}."""
    data = load_fixed(member)
    if not isinstance(data, dict):
        yield Problem(member.relpath, WHOLE_FILE, Msg("not a JSON object; nothing read"))
        return
    for relation in ("followers", "following", "close_friends"):
        entries = data.get(relation)
        if not isinstance(entries, dict):
            continue
        for username, when in entries.items():
            yield _connection(member, ctx, relation, username, meta_time(when))


# ---------------------------------------------------------------- messages


def _own(ctx: Context, sender: str) -> bool:
    names = ctx.state.get("ig_names") or set()
    usernames = ctx.state.get("ig_usernames") or set()
    if not names and not usernames:
        return True  # the export does not say who the owner is; counted as the user's own
    return sender in names or sender.lower() in usernames


def messages(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """`messages/{inbox,message_requests}/<thread>/message_N.json`: {participants, messages: [...]},
    newest first. Every message is restricted: direct messages are private."""
    thread = member.relpath.rsplit("/", 2)[-2]
    request = "/message_requests/" in member.relpath
    if request:
        verdict = Verdict(RESTRICTED, Msg("%(file)s: direct message request", file=member.relpath), HIGH)
    else:
        verdict = Verdict(RESTRICTED, Msg("%(file)s: direct message", file=member.relpath), HIGH)
    for record in iter_records(member, ("messages",)):
        yield from _message(member, ctx, record, thread, verdict, "sender_name", "timestamp_ms",
                            "content")


def _message(member: Member, ctx: Context, record: _meta.Record, thread: str, verdict: Verdict,
             sender_key: str, time_key: str, text_key: str) -> Iterator[Item | Problem]:
    msg = record.value
    if not isinstance(msg, dict):
        yield _bad(member, record, Msg("not a message record; skipped"))
        return
    sender = _str(msg.get(sender_key))
    created = meta_time(msg.get(time_key))
    text = _str(msg.get(text_key))
    media = sum(len(msg[k]) for k in ("photos", "videos", "audio_files", "gifs", "files")
                if isinstance(msg.get(k), list))
    yield _item(member, "message", created, verdict,
                ctx.account_key("message", thread, msg.get(time_key), sender, text),
                text=text, media_count=media, audience="dm", own=_own(ctx, sender))


def legacy_messages(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """IG-0 messages.json: [{participants, conversation: [{sender, created_at, text}]}]."""
    verdict = Verdict(RESTRICTED, Msg("%(file)s: direct message", file=member.relpath), HIGH)
    for record in iter_records(member):
        conv = record.value
        if not isinstance(conv, dict) or not isinstance(conv.get("conversation"), list):
            yield _bad(member, record, Msg("not a conversation; skipped"))
            continue
        participants = conv.get("participants")
        thread = ",".join(sorted(p for p in participants if isinstance(p, str))) \
            if isinstance(participants, list) else ""
        for n, msg in enumerate(conv["conversation"], start=1):
            sub = _meta.Record(record.key, record.number, msg)
            for out in _message(member, ctx, sub, thread, verdict, "sender", "created_at", "text"):
                if isinstance(out, Problem):
                    out = Problem(out.file, Msg("conversation %(conversation)s message %(n)s",
                                                conversation=record.number, n=n), out.reason)
                yield out


# ---------------------------------------------------------------- Threads


def threads_posts(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """`{IA}threads/threads_and_replies.json` (IG-4): Threads posts, platform "threads". The export
    does not say whether the Threads profile is public (meta.md §5.3), so visibility is unknown."""
    verdict = threads_verdict(member.relpath, ctx.state.get("threads_private"))
    for record in iter_records(member):
        if not isinstance(record.value, dict):
            yield _bad(member, record, Msg("not a post record; skipped"))
            continue
        created, text, count = media_post(record.value)
        if not record.value.get("media"):
            count = 0
        # 2026 files mark replies (`text_app_post.is_reply`, on the post or its media); 2024 files
        # do not, so their replies stay posts. The key keeps "post" so that it does not change.
        kind = "comment" if _is_reply(record.value) else "post"
        yield _item(member, kind, created, verdict,
                    _threads_key(ctx, "post", created.isoformat() if created else "", text),
                    text=text, media_count=count, audience="profile", platform="threads")


def _is_reply(record: dict[str, Any]) -> bool:
    holders = [record] + [m for m in record.get("media") or () if isinstance(m, dict)]
    for holder in holders:
        app_post = holder.get("text_app_post")
        if isinstance(app_post, dict) and app_post.get("is_reply") in (True, "true", "True"):
            return True
    return False


def _threads_key(ctx: Context, kind: str, *fields: object) -> str:
    """Context.account_key for items of the platform "threads" (the key names its platform)."""
    return derived_key("threads", kind, "\x1eaccount", ctx.info.owner_id or ctx.info.account, *fields)


def threads_verdict(file: str, private: tuple[bool, str] | None) -> Verdict:
    """Visibility of a Threads post from the Threads profile's own privacy value (pure)."""
    if private is None:
        return Verdict(UNKNOWN, Msg("%(file)s: Threads profiles are public unless set to private, and "
                                    "the export does not say which", file=file), LOW)
    flag, evidence = private
    if flag:
        return Verdict(RESTRICTED, Msg("%(file)s: the Threads profile is private (%(evidence)s)",
                                       file=file, evidence=evidence), HIGH)
    return Verdict(PUBLIC, Msg("%(file)s: the Threads profile is public (%(evidence)s)", file=file,
                               evidence=evidence), MEDIUM)


# Notes (short texts above the inbox): labels seen in a real 2025 download (as HTML): "Creation time",
# "Text", "Audience" (e.g. "followers_you_follow_back"). English only; other languages fall back to
# the record's other strings.
NOTE_TIME = ("Creation time", "Creation Time", "Time")
NOTE_AUDIENCE = ("Audience",)


def _note_value(record: dict[str, Any], labels: tuple[str, ...], flat: dict[str, list[Any]]) -> Any:
    data = record.get("string_map_data")
    if isinstance(data, dict):
        for label in labels:
            entry = data.get(label)
            if isinstance(entry, dict):
                return entry.get("timestamp") or entry.get("value")
    return next((flat[label][0] for label in labels if flat.get(label)), None)


def note_verdict(file: str, audience: str) -> Verdict:
    """Who sees a note, from its own Audience value (pure). Notes go to followers you follow back or
    to close friends, never to everyone; a value naming the public is taken as said."""
    if not audience:
        return Verdict(UNKNOWN, Msg("%(file)s: a note; the export does not say its audience",
                                    file=file), LOW)
    if _meta.privacy_word(audience) is False or "everyone" in audience.lower():
        return Verdict(PUBLIC, Msg("%(file)s: a note shared with '%(audience)s'", file=file,
                                   audience=audience), MEDIUM)
    return Verdict(RESTRICTED, Msg("%(file)s: a note shared with '%(audience)s' only", file=file,
                                   audience=audience), HIGH)


def notes(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """`personal_information/[personal_information/]notes.json`: the user's notes, seen as HTML only
    (Creation time, Text, Audience); read as string_map_data or label_values records."""
    for record in iter_records(member):
        value = record.value
        if not isinstance(value, dict):
            yield _bad(member, record, Msg("not a note record; skipped"))
            continue
        flat = label_values(value)
        created = meta_time(_note_value(value, NOTE_TIME, flat)) or meta_time(value.get("timestamp"))
        text = _str(smd_value(value, "text")) or _str(lv_get(flat, "text"))
        audience = _str(_note_value(value, NOTE_AUDIENCE, flat))
        if created is None and not text:
            yield _bad(member, record, Msg("note without time or text; skipped"))
            continue
        yield _item(member, "post", created, note_verdict(member.relpath, audience),
                    ctx.account_key("note", created.isoformat() if created else "", text), text=text,
                    audience="followers")


# ---------------------------------------------------------------- the table

# Why each list is (not) seen by others. Kept out of the table: the message extractor loses a
# Msg nested in a Route(...) call.
LIKES_SEEN = Msg("likes show on the liked post, to whoever sees it")
SAVED_PRIVATE = Msg("saved items are visible only to you")
STORY_LIKES_SEEN = Msg("story likes are seen by the story's owner")
STICKER_ANSWERS_SEEN = Msg("story sticker answers go to the story's owner")

JSON_ROUTES: tuple[Route, ...] = (
    Route(r"(?:.*/)?no-data\.txt", None, "placeholder for an empty category"),
    Route(rf".*\.(?:{MEDIA_EXT})", None, "media file (the JSON files describe it)"),
    Route(r"media/.*", None, "media folder: photos and videos the JSON files describe"),
    Route(IA + r"messages/(?:inbox|message_requests)/[^/]+/(?:photos|videos|audio|gifs|files)/.*",
          None, "attachments sent in direct messages"),
    # Own media, IG-1 … IG-4 (content/ until early 2025, media/ after).
    Route(IA + CONTENT + r"posts" + SHARD + r"\.json", own_media, "posts and carousels"),
    Route(IA + CONTENT + r"(?:reels|igtv_videos|other_content)\.json", own_media,
          "reels, IGTV and other videos"),
    Route(IA + CONTENT + r"stories\.json", own_media, "stories"),
    Route(IA + CONTENT + r"profile_photos\.json", own_media, "profile photos"),
    Route(IA + CONTENT + r"(?:archived_posts|recently_deleted_content)\.json", own_media,
          "archived and recently deleted posts"),
    # IG-0 (until ~2021): flat files at the root.
    Route(r"media\.json", legacy_media, "photos, videos, stories, profile pictures (IG-0)"),
    Route(r"profile\.json", legacy_profile, "profile (IG-0)"),
    Route(r"connections\.json", legacy_connections, "followers and following (IG-0)"),
    Route(r"comments\.json", comments, "comments (IG-0)"),
    Route(r"(?:likes|saved)\.json", legacy_interactions, "likes and saved posts (IG-0)"),
    Route(r"messages\.json", legacy_messages, "direct messages (IG-0)"),
    Route(r"(?:seen_content|account_history|searches|settings|devices|information_about_you|"
          r"stories_activities|uploaded_contacts|checkout|contacts)\.json", None,
          "activity logs and settings (IG-0), not content"),
    # Comments (IG-1: post_comments.json; IG-2+: post_comments_N.json).
    Route(IA + r"comments/(?:post_comments" + SHARD + r"|reels_comments|hype)\.json", comments,
          "comments you wrote"),
    # Likes (IG-5: bare label_values lists; earlier likes_media_likes / likes_comment_likes).
    Route(IA + r"likes/liked_(?:posts|comments)\.json",
          interactions("reaction", UNKNOWN, LIKES_SEEN),
          "likes"),
    Route(IA + r"saved/saved_(?:posts|collections)\.json",
          interactions("activity", RESTRICTED, SAVED_PRIVATE),
          "saved posts"),
    Route(IA + r"story_(?:sticker_)?interactions/story_likes\.json",
          interactions("reaction", RESTRICTED, STORY_LIKES_SEEN),
          "story likes"),
    Route(IA + r"story_(?:sticker_)?interactions/[^/]+\.json",
          interactions("activity", RESTRICTED, STICKER_ANSWERS_SEEN),
          "story sticker answers (polls, quizzes, questions...)"),
    # Connections.
    Route(FF + r"followers" + SHARD + r"\.json", connections("followers"), "followers"),
    # Instagram allows following 7,500 accounts: a file of ten times that many is not an export.
    Route(FF + r"following\.json", connections("following"), "accounts you follow", most=10 * 7_500),
    Route(FF + r"close_friends\.json", connections("close_friends"), "close friends"),
    Route(FF + r"[^/]+\.json", None,
          "follow requests, blocked, restricted, hidden-story and custom lists: settings, not content"),
    Route(r"connections/contacts/.*", None, "synced contacts: not content"),
    # Messages.
    Route(IA + r"messages/(?:inbox|message_requests)/[^/]+/message_\d+\.json", messages,
          "direct messages"),
    Route(IA + r"messages/[^/]+\.json", None,
          "secret conversation and chat metadata (no message text)"),
    # Threads (IG-4).
    Route(IA + r"threads/threads_and_replies\.json", threads_posts, "Threads posts"),
    context_route(THREADS_PROFILE, "Threads profile (read for the Threads posts' visibility)"),
    Route(IA + r"threads/[^/]+\.json", None, "Threads profile, followers and settings"),
    # Profile and account context.
    Route(PERSONAL_INFO, personal_information, "profile: username, name, bio, website"),
    Route(r"personal_information/(?:personal_information/)?notes\.json", notes, "notes you shared"),
    context_route(PRIVACY_HISTORY, "account privacy history (read for visibility)"),
    context_route(BASED_IN, "where Instagram thinks the account is based (region hint)"),
    context_route(INSIGHTS, "account insights (close-friends use)"),
    context_route(LINKED, "accounts linked in Meta's Accounts Center"),
    Route(PERSONAL + r"[^/]+\.json", None, "account details (profile changes, professional info)"),
    Route(r"personal_information/.*\.json", None, "account details"),
    Route(r"(?:information_about_you|your_topics)/.*\.json", None, "Instagram's inferences about you"),
    # Whole categories that hold no content of the user's.
    Route(r"(?:ads_information|ads_and_businesses|ads_and_topics|ads_and_content|logged_information|"
          r"preferences|security_and_login_information|login_and_account_creation|"
          r"apps_and_websites_off_of_instagram|apps_and_websites|recent_searches|device_information|"
          r"monetization|shopping|past_instagram_insights|autofill_information|comments_settings|"
          r"notifications|fundraisers|avatars_store|meta_spark|contacts|searches|"
          r"account_information|media_settings)/.*\.json", None,
          "ads, logs, settings and security information: not content"),
    Route(IA + r"(?:other_activity|subscriptions|shopping|monetization|events|fundraisers|"
          r"avatars_store|meta_spark|gifts|live|reports|your_reels_sounds|your_reels_effects|"
          r"ai|meta_ai|instagram_ads_and_businesses)/.*\.json", None,
          "other activity logs: not content"),
)

from . import _instagram_html  # noqa: E402 (it reads the handlers above)

# HTML-format downloads: the same tree with .html pages, read by _instagram_html where a handler is
# written, counted as a problem where not (meta-html; docs/formats/instagram.md "HTML format").
ROUTES: tuple[Route, ...] = (
    Route(r"(?:index|start_here)\.html?", None, "the download's start page (links to the others)"),
    *_meta_html.html_routes(JSON_ROUTES, _instagram_html.for_json_handler),
    Route(r".*\.html?", _meta_html.unread_page, "HTML page of a kind not itemised (counted)"),
    *JSON_ROUTES,
)

SIGNATURES: tuple[Signature, ...] = (
    # IG-3+ (and the HTML format of the same tree). Weighted above the flat-era names, which also
    # occur inside the activity folder (`your_instagram_activity/content/posts_1.json`), so the root
    # is the folder above it, where personal_information/ and connections/ live.
    Signature(r"your_instagram_activity/.+", 5),
    # A media-only part of a multi-part download (meta.md §1.1): media/<kind>/<YYYYMM>/<file>.
    Signature(r"media/(?:posts|stories|reels|profile|igtv|other|archived_posts)/\d{6}/[^/]+", 2),
    Signature(r"apps_and_websites_off_of_instagram/.+\.(?:json|html)", 5),
    # IG-1/IG-2 flat layouts.
    Signature(r"content/posts_\d+\.(?:json|html)", 2),
    Signature(r"account_information/personal_information\.(?:json|html)", 1),
    Signature(r"personal_information/(?:personal_information/)?personal_information\.(?:json|html)",
              1),
    Signature(r"followers_and_following/[^/]+\.(?:json|html)", 1),
    Signature(r"comments/post_comments(?:_\d+)?\.(?:json|html)", 1),
    Signature(r"likes/liked_posts\.(?:json|html)", 1),
    Signature(r"story_sticker_interactions/[^/]+\.(?:json|html)", 1),
    # IG-0: flat files at the root.
    Signature(r"media\.json", 1),
    Signature(r"profile\.json", 1),
    Signature(r"connections\.json", 1),
)

SPEC = ParserSpec(
    platform=PLATFORM,
    label=N_("Instagram"),
    expects=N_("an Instagram download: your_instagram_activity/, "
               "personal_information/, followers_and_following/, …"),
    signatures=SIGNATURES,
    routes=ROUTES,
    prepare=prepare,
)
