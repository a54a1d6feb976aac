"""Instagram downloads in HTML format: the pages read by structure (`_meta_html`) into the same Items
as the JSON handlers in `instagram` give (docs/formats/instagram.md, "HTML format"). Record times are
in Instagram's fixed UTC-08:00 (meta-html §10.2) and printed to the minute, so keys that hold a time
match a JSON download's only for items posted at :00 seconds."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

from ai_exposure.archive import Member
from ai_exposure.i18n import Msg
from ai_exposure.model import HIGH, MEDIUM, PUBLIC, RESTRICTED, Item, Problem
from ai_exposure.parsing import Context

from . import _meta_html as mh
from . import instagram as ig
from ._facebook_html import _date, _records, dated_records, html_verdict, message_item
from ._meta import LABELS, PrivacyTimeline, Verdict, as_bool, privacy_word, record_place

OFFSET = mh.INSTAGRAM_OFFSET

# Labels of the profile page (meta-html §7.2: translated; values stay English).
PROFILE_LABELS = {
    "username": ("Username", "Имя пользователя", "用户名", "帐号", "用戶名稱", "Nome de usuário",
                 "Nombre de usuario", "Nom d'utilisateur", "اسم المستخدم", "Gebruikersnaam"),
    "name": ("Name", "Имя", "姓名", "全名", "Nome", "Nombre", "Nom", "الاسم", "Naam"),
    "bio": ("Bio", "Биография", "个人简介", "个性签名", "個人簡介", "Biografia", "Biografía", "Biographie",
            "النبذة التعريفية", "Biografie"),
    "website": ("Website", "Веб-сайт", "网站", "網站", "Site", "Sitio web", "Site web",
                "الموقع الإلكتروني"),
    "private_account": ("Private Account", "Private account", "Закрытый аккаунт", "私密帐户",
                        "私人帳號", "Conta privada", "Cuenta privada", "Compte privé", "حساب خاص",
                        "Privéaccount", "非公開アカウント"),
    "date_of_birth": ("Date of birth", "Дата рождения", "出生日期", "Data de nascimento",
                      "Fecha de nacimiento", "Date de naissance", "تاريخ الميلاد", "Geboortedatum"),
}
_BY_LABEL = {label.lower(): key for key, labels in PROFILE_LABELS.items() for label in labels}
COMMENT_LABELS = {name.lower() for name in LABELS["comment"]}
OWNER_LABELS = {name.lower() for name in LABELS["media_owner"]}
TIME_LABELS = {name.lower() for name in LABELS["time"]} | {"время", "时间", "時間", "horário", "الوقت"}

PERSONAL_PAGE = ig.PERSONAL + r"personal_information\.html?"
PRIVACY_PAGE = ig.PRIVACY_HISTORY.replace(r"\.json", r"\.html?")
THREADS_PROFILE_PAGE = ig.THREADS_PROFILE.replace(r"\.json", r"\.html?")


# ---------------------------------------------------------------- context


def profile_fields(member: Member) -> Iterator[tuple[str, str] | Problem]:
    """(field, value) of the profile page's label rows, by their translated labels."""
    for _number, record, problem in _records(member, OFFSET):
        if record is None:
            yield problem  # type: ignore[misc]
            continue
        for label, value, _node in mh.label_rows(record):
            key = _BY_LABEL.get(label.lower().rstrip(":： "))
            if key is not None and value:
                yield key, value


def prepare(ctx: Context) -> Iterator[Problem]:
    """The HTML-format context, as `instagram.prepare` reads it from JSON: the username and name,
    the `Private Account` row and the privacy-change history, replayed into the same timeline."""
    source_state = ig.state(ctx)
    usernames = source_state.usernames
    from_page = False
    names = source_state.names
    private_flag: bool | None = None
    flag_evidence = ""
    member = ctx.find_one(PERSONAL_PAGE)
    if member is not None:
        for found in profile_fields(member):
            if isinstance(found, Problem):
                yield found
                continue
            key, value = found
            if key == "username" and not from_page:
                from_page = True
                usernames.add(value.lower())
                ctx.info.account = value
                ctx.info.owner_id = value.lower()
                source_state.account_evidence = f"{member.relpath}: Username"
            elif key == "name":
                names.add(value)
            elif key == "private_account" and private_flag is None:
                private_flag = as_bool(value)
                if private_flag is not None:
                    flag_evidence = f"{member.relpath}: Private Account = {value}"
            elif key == "date_of_birth" and not ctx.info.birth_date:
                ctx.info.birth_date = value
    changes: list[tuple[datetime, bool]] = []
    history = ""
    for page in ctx.find(PRIVACY_PAGE):
        history = page.relpath
        for number, record, problem in _records(page, OFFSET):
            if record is None:
                yield problem  # type: ignore[misc]
                continue
            change = privacy_change(record)
            if change is None:
                yield Problem(page.relpath, record_place(number),
                              Msg("privacy change without a readable time or public/private state; "
                                  "not used"), "warning")
                continue
            changes.append(change)
    if private_flag is not None or changes:
        timeline = PrivacyTimeline.build(changes, private_flag, flag_evidence, history)
        source_state.timeline = timeline
        if timeline.current is True and not any(
                "private at export time" in str(n) for n in ctx.info.notices):
            ctx.info.notices.append(Msg("Instagram account private at export time: posts are not "
                                        "public now"))
    yield from threads_privacy(ctx)


def threads_privacy(ctx: Context) -> Iterator[Problem]:
    """The Threads profile's `Private Account` row from `{IA}threads/personal_information.html`
    (seen in real downloads of 2023, Chinese, and 2024, Japanese), for the visibility of Threads
    posts, as `instagram.threads_privacy` reads it from the JSON file."""
    member = ctx.find_one(THREADS_PROFILE_PAGE)
    if member is None or ig.state(ctx).threads_private is not None:
        return
    for found in profile_fields(member):
        if isinstance(found, Problem):
            yield found
            continue
        key, value = found
        private = as_bool(value) if key == "private_account" else None
        if private is not None:
            ig.state(ctx).threads_private = (private, f"{member.relpath}: Private Account = {value}")
            return


def privacy_change(record: mh.Node) -> tuple[datetime, bool] | None:
    """(when, private after) of one privacy-change record: the heading says which way ("Switched to
    private"), the time is a "Time" row (to 2025) or the body's or date part's text (2026)."""
    parts = mh.parts(record, OFFSET)
    private = privacy_state(parts.heading_text) if parts.heading_text else None
    when = _row_time(parts.body) or (mh.parse_date(parts.date_raw, OFFSET) if parts.date_raw
                                     else None) or _body_date(parts.body)
    if private is None and parts.body is not None:
        private = privacy_state(parts.body.text(" "))
    if when is None or private is None:
        return None
    return when, private


# The change headings in languages the JSON reader's word list lacks (meta-html §11: ru "Тип аккаунта
# изменен на закрытый", zh "已切换为私密" / "已切换为公开").
PRIVATE_MORE = ("закрыт", "私密", "私人", "خاص")
PUBLIC_MORE = ("открыт", "общедоступ", "公开", "公開", "عام")


def privacy_state(text: str) -> bool | None:
    """True for a switch to private, False to public, None when the text says neither or both."""
    found = privacy_word(text)
    if found is not None:
        return found
    low = text.lower()
    private = any(w in low for w in PRIVATE_MORE)
    public = any(w in low for w in PUBLIC_MORE)
    return None if private == public else private


def _row_time(body: mh.Node | None) -> datetime | None:
    for label, value, _node in mh.label_rows(body):
        if label.lower() in TIME_LABELS:
            return mh.parse_date(value, OFFSET)
    return None


def _body_date(body: mh.Node | None) -> datetime | None:
    """The date a body holds as its own last text (comments 2021-22, likes, followers)."""
    if body is None:
        return None
    texts = [n for n in body.iter() if n is not body and mh.is_text_row(n)]
    for node in reversed(texts[-2:]):
        when = mh.parse_date(mh.clean(node.text()), OFFSET)
        if when is not None:
            return when
    return None


def _when(member: Member, number: int, parts: mh.Parts
          ) -> tuple[datetime | None, Problem | None]:
    """The record's time: its date part, else a "Time" row, else the body's last row (likes,
    followers and 2021-22 comments put it there); a date slot that does not read is a warning."""
    created, bad = _date(member, number, parts, OFFSET)
    if created is None and bad is None:
        created = _row_time(parts.body)
        slots = mh.rows(parts.body)
        if created is None and len(slots) >= 2 and mh.is_text_row(slots[-1]):
            created = mh.parse_date(mh.clean(slots[-1].text()), OFFSET)
            if created is None:
                bad = Problem(member.relpath, record_place(number),
                              Msg("date not readable; the item is kept without a date"), "warning")
        elif created is None:
            created = _body_date(parts.body)
    return created, bad


def _iso(dt: datetime | None) -> str:
    return dt.isoformat() if dt else ""


def _media(body: mh.Node | None) -> int:
    """Media items of a post body: images and videos, outside the metadata tables."""
    if body is None:
        return 0
    count = 0
    stack = [body]
    while stack:
        node = stack.pop()
        if node.tag == "table":
            continue
        if node.tag in ("img", "video"):
            count += 1
        stack.extend(node.elements)
    return count


def _item(member: Member, kind: str, created: datetime | None, verdict: Verdict, key: str,
          **fields: Any) -> Item:
    return ig._item(member, kind, created, html_verdict(verdict), key, **fields)


# ---------------------------------------------------------------- handlers


def own_media(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """posts_N, reels, stories, profile_photos, archived_posts, igtv_videos…: heading = the caption
    (absent without one), body = one div per media item, date = the post's time."""
    name = re.sub(r"(_\d+)?\.html?$", "", member.relpath.rsplit("/", 1)[-1]).lower()
    _keys, kind, rule = ig.MEDIA_FILES.get(name, ((), "post", "account"))
    timeline = ig._timeline(ctx)
    repeats = mh.Repeats()
    for entry in dated_records(member, OFFSET, when=_when):
        if isinstance(entry, Problem):
            yield entry
            continue
        number, record, parts, created = entry
        caption = parts.heading.text().strip() if parts.heading is not None else ""
        count = _media(parts.body)
        if created is None and not caption and not count:
            yield Problem(member.relpath, record_place(number),
                          Msg("not a media record; skipped"))
            continue
        verdict = ig.media_verdict(rule, timeline, created, member.relpath)
        key = repeats.key(ctx.account_key, kind, _iso(created), caption, "")
        yield _item(member, kind, created, verdict, key, text=caption, media_count=count,
                    audience="profile")


def comments(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """`post_comments_N.html`, `reels_comments.html`: 2021-22 heading = media owner, body = the text
    and then the date; 2023+ a table of "Comment", "Media Owner", "Time" rows (meta-html §9)."""
    repeats = mh.Repeats()
    for number, record, problem in _records(member, OFFSET):
        if record is None:
            yield problem  # type: ignore[misc]
            continue
        parts = mh.parts(record, OFFSET)
        rows = mh.label_rows(parts.body)
        text = owner = ""
        created: datetime | None = None
        bad: Problem | None = None
        if rows:
            for label, value, _node in rows:
                low = label.lower()
                if low in COMMENT_LABELS and not text:
                    text = value
                elif low in OWNER_LABELS and not owner:
                    owner = value
                elif low in TIME_LABELS and created is None:
                    created = mh.parse_date(value, OFFSET)
                    if created is None:
                        bad = Problem(member.relpath, record_place(number), Msg(
                            "date not readable; the item is kept without a date"), "warning")
        else:
            # 2021-22: the body holds the text and then, as its last row, the date (meta-html §9).
            owner = parts.heading_text
            slots = mh.rows(parts.body)
            if len(slots) >= 2 and mh.is_text_row(slots[-1]):
                created = mh.parse_date(mh.clean(slots[-1].text()), OFFSET)
                if created is None:
                    bad = Problem(member.relpath, record_place(number), Msg(
                        "date not readable; the item is kept without a date"), "warning")
                slots = slots[:-1]
            texts = [n for slot in slots for n in slot.iter() if mh.is_text_row(n)]
            text = texts[0].text().strip() if texts else ""
        if created is None and bad is None:
            created, bad = _when(member, number, parts)
        if bad is not None:
            yield bad
        if not text and created is None:
            yield Problem(member.relpath, record_place(number),
                          Msg("comment without text or time; skipped"))
            continue
        verdict = ig.comment_verdict(owner, ctx, created, member.relpath)
        key = repeats.key(ctx.account_key, "comment", _iso(created), text, owner.lower())
        yield _item(member, "comment", created, verdict, key, text=text)


def threads_posts(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """`{IA}threads/threads_and_replies.html`: a record per post or reply in the posts' shape
    (heading = the text, body = media and a "Who can reply and quote?" table, date = the time; a
    real Japanese download of 2024). Platform, key and visibility as `instagram.threads_posts`."""
    verdict = ig.threads_verdict(member.relpath, ig.state(ctx).threads_private)
    repeats = mh.Repeats()

    def key(*fields: object) -> str:
        return ig._threads_key(ctx, "post", *fields)  # "post" for replies too, as the JSON key

    for entry in dated_records(member, OFFSET, when=_when):
        if isinstance(entry, Problem):
            yield entry
            continue
        number, record, parts, created = entry
        text = parts.heading.text().strip() if parts.heading is not None else ""
        count = _media(parts.body)
        if created is None and not text and not count:
            yield Problem(member.relpath, record_place(number),
                          Msg("not a Threads post record; skipped"))
            continue
        kind = "comment" if _is_reply(parts.body) else "post"
        yield _item(member, kind, created, verdict, repeats.key(key, _iso(created), text),
                    text=text, media_count=count, audience="profile", platform="threads")


def _is_reply(body: mh.Node | None) -> bool:
    """A label row saying the record is a reply (the JSON's `text_app_post.is_reply` of 2026). The
    page of 2024 has none, so its replies stay posts, as in the JSON of that year; the label is not
    known, so only a row whose label names a reply and whose value is a yes counts."""
    for label, value, _node in mh.label_rows(body):
        if not label:  # the label in a div of its own (2024): the value's first line
            label, _, value = value.partition("\n")
        if "reply" in label.lower() and as_bool(value.strip()) is True:
            return True
    return False


def messages(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """Direct `message_N.html`: the same slots as Messenger (meta-html §6); always restricted."""
    thread = member.relpath.rsplit("/", 2)[-2] if member.relpath.count("/") >= 2 else ""
    if "/message_requests/" in member.relpath:
        verdict = Verdict(RESTRICTED, Msg("%(file)s: direct message request", file=member.relpath), HIGH)
    else:
        verdict = Verdict(RESTRICTED, Msg("%(file)s: direct message", file=member.relpath), HIGH)
    repeats = mh.Repeats()
    for number, record, problem in _records(member, OFFSET):
        if record is None:
            yield problem  # type: ignore[misc]
            continue
        yield from message_item(member, ctx, number, record, OFFSET, thread, verdict, ig._item,
                                ig._own, repeats)


def personal_information(member: Member, ctx: Context) -> Iterator[Item | Problem]:
    """The profile fields anyone can see (username, name, bio, website), as the JSON handler."""
    seen = set()
    for found in profile_fields(member):
        if isinstance(found, Problem):
            yield found
            continue
        label, value = found
        if label not in ("username", "name", "bio", "website") or label in seen:
            continue
        seen.add(label)
        verdict = Verdict(PUBLIC, Msg("%(file)s: %(field)s is shown on the profile to anyone, even "
                                      "for a private account", file=member.relpath, field=label), MEDIUM)
        yield _item(member, "profile", None, verdict, ctx.account_key("profile", label),
                    text=value, audience="profile")


def _entries(member: Member) -> Iterator[tuple[int, datetime | None, str, str] | Problem]:
    """(number, time, username or title, link) of list records: likes, followers, following."""
    for entry in dated_records(member, OFFSET, when=_when):
        if isinstance(entry, Problem):
            yield entry
            continue
        number, record, parts, created = entry
        href = ""
        link_text = ""
        for node in record.iter():
            if node.tag == "a" and node.attrs.get("href", "").startswith("https://"):
                href = node.attrs["href"]
                link_text = mh.clean(node.text())
                break
        owner = parts.heading_text or link_text
        yield number, created, owner, href


def interactions(kind: str, visibility: str, why: Msg):
    def handler(member: Member, ctx: Context) -> Iterator[Item | Problem]:
        verdict = Verdict(visibility, Msg("%(file)s: %(why)s", file=member.relpath, why=why),
                          MEDIUM if visibility != "unknown" else "low")
        stem = member.relpath.rsplit("/", 1)[-1].rsplit(".", 1)[0] + ".json"
        repeats = mh.Repeats()
        for entry in _entries(member):
            if isinstance(entry, Problem):
                yield entry
                continue
            number, created, owner, href = entry
            if created is None and not owner and not href:
                yield Problem(member.relpath, record_place(number),
                              Msg("no time, owner or link; skipped"))
                continue
            yield _item(member, kind, created, verdict,
                        repeats.key(ctx.account_key, kind, stem, _iso(created), owner.lower(), href),
                        url=href)

    return handler


def connections(relation: str):
    def handler(member: Member, ctx: Context) -> Iterator[Item | Problem]:
        for entry in _entries(member):
            if isinstance(entry, Problem):
                yield entry
                continue
            number, created, username, _href = entry
            if not username:
                yield Problem(member.relpath, record_place(number), Msg("no username; skipped"))
                continue
            item = ig._connection(member, ctx, relation, username, created)
            yield _item(member, item.kind, item.created_at,
                        Verdict(item.visibility, item.evidence, item.confidence, item.was_public),
                        item.key, audience=item.audience)

    return handler


def for_json_handler(handler: Any) -> Any:
    """The HTML handler that reads what a JSON handler reads, or None where none is written yet."""
    args = getattr(handler, "html_args", None)
    if args is not None:
        factory, rest = args
        factories: dict[str, Callable[..., Any]] = {"interactions": interactions, "connections": connections}
        return factories[factory](*rest)
    return {ig.own_media: own_media, ig.comments: comments, ig.messages: messages,
            ig.personal_information: personal_information,
            ig.threads_posts: threads_posts}.get(handler)

