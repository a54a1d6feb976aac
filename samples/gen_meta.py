# ruff: noqa: E501  (sample data literals read better unwrapped)
"""Writes the synthetic Instagram and Facebook sample exports under samples/instagram/<era>/ and
samples/facebook/<era>/, deterministically.

Every value is invented (fictional accounts, example.com / example.org links). Layouts and key names
follow docs/formats/instagram.md and facebook.md; where a wording is unknown (privacy-change
titles, the Dutch key for "Private Account", label_values labels beyond a few) the sample uses a
plausible invented wording, and the parser does not depend on it alone.

JSON is written the way Meta writes it: two-space indent, every non-ASCII UTF-8 *byte* escaped as its
own \\u00XX code point (the "mojibake"), in values and keys alike. The HTML-format exports are real
UTF-8.

Run: python samples/gen_meta.py   (rewrites samples/instagram/ and samples/facebook/ from scratch)
"""

from __future__ import annotations

import json
import shutil
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

# A caption that must come out in the report as text, never as markup.
HOSTILE = ('Look <script>alert(1)</script> and <img src=x onerror=alert(1)> '
           '<a href="javascript:alert(1)">click</a> javascript:alert(1)')
# A tiny placeholder standing in for a photo (the tool never decodes media).
JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffd9")


def ts(y: int, m: int, d: int, h: int = 12, mi: int = 0, s: int = 0) -> int:
    return int(datetime(y, m, d, h, mi, s, tzinfo=UTC).timestamp())


def iso(y: int, m: int, d: int, h: int = 12, mi: int = 0) -> str:
    return datetime(y, m, d, h, mi, tzinfo=UTC).isoformat()


def mojibake(value: Any) -> Any:
    """Meta's encoding bug: each UTF-8 byte becomes one latin-1 code point (keys included)."""
    if isinstance(value, str):
        return value.encode("utf-8").decode("latin-1")
    if isinstance(value, list):
        return [mojibake(v) for v in value]
    if isinstance(value, dict):
        return {mojibake(k): mojibake(v) for k, v in value.items()}
    return value


class Tree:
    """One sample tree, with what the tool must make of each file: its status ("parsed", "context",
    "ignored" or "unknown") and the items it adds, by kind. JSON files are parsed and other files
    (media, HTML pages) ignored unless `expect` says otherwise; files read only for what they say
    about the others are written with `context`; expected.json is the sum over a download's trees."""

    trees: dict[str, list[Tree]] = {}  # platform -> its trees, in the order they are written

    def __init__(self, platform: str, era: str) -> None:
        self.era = era
        self.root = HERE / platform / era
        self.root.mkdir(parents=True, exist_ok=True)
        self.status: dict[str, str] = {}
        self.items: Counter[str] = Counter()
        Tree.trees.setdefault(platform, []).append(self)

    def json(self, rel: str, data: Any) -> None:
        self.raw(rel, json.dumps(mojibake(data), indent=2, ensure_ascii=True).encode("ascii"), "parsed")

    def context(self, rel: str, data: Any) -> None:
        """A JSON file the tool reads only for what it says about the others (privacy history,
        default audience, region): counted as read for context, not as parsed."""
        self.json(rel, data)
        self.status[rel] = "context"

    def raw(self, rel: str, data: bytes | str, status: str = "ignored") -> None:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        self.status[rel] = status

    def expect(self, items: dict[str, dict[str, int]], ignored: tuple[str, ...] = (),
               unknown: tuple[str, ...] = ()) -> None:
        """The items each written file gives (file -> kind -> count; a file not named gives none)
        and the JSON files the tool ignores or does not know."""
        for rel in [*items, *ignored, *unknown]:
            assert rel in self.status, f"{self.era}: {rel} is not written"
        for rel in ignored:
            self.status[rel] = "ignored"
        for rel in unknown:
            self.status[rel] = "unknown"
        for counts in items.values():
            self.items.update(counts)

    def files(self) -> Counter[str]:
        return Counter(self.status.values())


def smd(**fields: Any) -> dict[str, Any]:
    """string_map_data entries: str → {href, value, timestamp: 0}; int → {href, value: "", timestamp}."""
    out = {}
    for key, value in fields.items():
        key = key.replace("_", " ")
        if isinstance(value, int):
            out[key] = {"href": "", "value": "", "timestamp": value}
        else:
            out[key] = {"href": "", "value": value, "timestamp": 0}
    return out


def smd_named(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = {}
    for key, value in pairs:
        if isinstance(value, int):
            out[key] = {"href": "", "value": "", "timestamp": value}
        else:
            out[key] = {"href": "", "value": value, "timestamp": 0}
    return out


def sld(username: str, when: int, href: bool = True) -> dict[str, Any]:
    return {"title": "", "media_list_data": [], "string_list_data": [
        {"href": f"https://www.instagram.com/{username}" if href else "", "value": username,
         "timestamp": when}]}


def ig_media(uri: str, when: int, title: str = "") -> dict[str, Any]:
    return {"uri": uri, "creation_timestamp": when, "title": title,
            "media_metadata": {"photo_metadata": {"exif_data": [{"source_type": "library"}]}},
            "cross_post_source": {"source_app": "FB"}, "backup_uri": "", "dubbing_info": [],
            "media_variants": []}


def ig_post(when: int, caption: str, n_media: int = 1, ym: str = "202001",
            caption_in_media: bool = False) -> dict[str, Any]:
    media = [ig_media(f"media/posts/{ym}/{when}_{i}.jpg", when, caption if caption_in_media and i == 0 else "")
             for i in range(n_media)]
    post: dict[str, Any] = {"media": media}
    if not caption_in_media:
        post["title"] = caption
        post["creation_timestamp"] = when
    return post


def message(sender: str, when_ms: int, content: str | None = None, **extra: Any) -> dict[str, Any]:
    msg: dict[str, Any] = {"sender_name": sender, "timestamp_ms": when_ms}
    if content is not None:
        msg["content"] = content
    msg.update(extra)
    msg["is_geoblocked_for_viewer"] = False
    return msg


def thread(participants: list[str], msgs: list[dict[str, Any]], path: str, title: str) -> dict[str, Any]:
    return {"participants": [{"name": p} for p in participants], "messages": msgs, "title": title,
            "is_still_participant": True, "thread_path": path, "magic_words": [],
            "joinable_mode": {"mode": 1, "link": ""}}


# The markup of Meta's HTML-format pages by era (docs/formats/facebook.md and instagram.md, "HTML
# format"): tags and classes as the real pages have them, every value invented.
HTML_ERAS: dict[str, dict[str, str]] = {
    "fb-classic": {"body": "_5vb_ _2yq _4yic", "outer": '<div class="_3a_u">', "main": '<div class="_4t5n" role="main">', "end": "</div>",
                   "rec": '<div class="pam _3-95 _2pi0 _2lej uiBoxWhite noborder">', "rec_end": "</div>",
                   "head": '<div class="_3-96 _2pio _2lek _2lel">', "head_end": "</div>", "bodyc": '<div class="_3-96 _2let">',
                   "date": '<div class="_3-94 _2lem">', "date_end": "</div>", "footer": '<div class="_4t5o"><div>{gen}</div></div>',
                   "header": '<div class="_3-8y _3-95 _3b0b"><div class="_3b0c"><div class="_3b0d">{title}</div><div class="_3b0e">{title}</div></div></div>'},
    "fb-2022": {"body": "_5vb_ _2yq _a7o5", "outer": '<div class="_a705">', "main": '<div class="_a706" role="main">', "end": "</div>",
                "rec": '<div class="_3-95 _a6-g">', "rec_end": "</div>", "head": '<div class="_2ph_ _a6-h _a6-i">', "head_end": "</div>",
                "bodyc": '<div class="_2ph_ _a6-p">', "date": '<div class="_3-94 _a6-o">', "date_end": "</div>",
                "footer": '<div class="_a707"><div>{gen}</div></div>',
                "header": '<div class="_3-8y _3-95 _a709"><div class="_a70d"><div class="_a70e">{title}</div><div class="_a70f">{title}</div></div></div>'},
    "fb-2024": {"body": "_5vb_ _2yq _a7o5", "outer": '<div class="_a705">', "main": '<div class="_a706" role="main">', "end": "</div>",
                "rec": '<div class="_a6-g">', "rec_end": "</div>", "head": '<div class="_2ph_ _a6-h _a6-i">', "head_end": "</div>",
                "bodyc": '<div class="_2ph_ _a6-p">', "date": '<div class="_3-94 _a6-o">', "date_end": "</div>", "footer": "",
                "header": '<div class="_3-8y _3-95 _a709"><div class="_a70d"><div class="_a70e">{title}</div><div class="_a70f">{title}</div><div class="_aoaa"><div>{gen}</div></div></div></div>'},
    "fb-2026": {"body": "_5vb_ _2yq _a7o5", "outer": '<div class="_a705">', "main": '<main class="_a706" role="main">', "end": "</main>",
                "rec": '<section class="_a6-g" aria-labelledby="h{n}">', "rec_end": "</section>", "head": '<h2 class="_2ph_ _a6-h _a6-i" id="h{n}">', "head_end": "</h2>",
                "bodyc": '<div class="_2ph_ _a6-p">', "date": '<footer class="_3-94 _a6-o">', "date_end": "</footer>", "footer": "",
                "header": '<header class="_as-_ _a709"><div class="_a70d"><h1>{title}</h1><p class="_a70f">{title}</p><aside class="_aoaa" role="contentinfo">{gen}</aside></div></header>'},
    "ig-classic": {"body": "_5vb_ _2yq _4yic", "outer": '<div class="_3a_u">', "main": '<div class="_4t5n" role="main">', "end": "</div>",
                   "rec": '<div class="pam _3-95 _2ph- _2lej uiBoxWhite noborder">', "rec_end": "</div>",
                   "head": '<div class="_3-95 _2pim _2lek _2lel">', "head_end": "</div>", "bodyc": '<div class="_3-95 _2let">',
                   "date": '<div class="_3-94 _2lem">', "date_end": "</div>", "footer": "",
                   "header": '<div class="_3-8y _3-95 _9jw3"><div class="_3b0c"><div class="_3b0d">{title}</div></div></div>'},
    "ig-2022": {"body": "_5vb_ _2yq _a7o5", "outer": '<div class="_a705">', "main": '<div class="_a706" role="main">', "end": "</div>",
                "rec": '<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder">', "rec_end": "</div>",
                "head": '<div class="_3-95 _2pim _a6-h _a6-i">', "head_end": "</div>", "bodyc": '<div class="_3-95 _a6-p">',
                "date": '<div class="_3-94 _a6-o">', "date_end": "</div>", "footer": "",
                "header": '<div class="_3-8y _3-95 _a70a"><div class="_a70d"><div class="_a70e">{title}</div></div></div>'},
    "ig-2025": {"body": "_5vb_ _2yq _a7o5", "outer": '<div class="_a705">', "main": '<main class="_a706" role="main">', "end": "</main>",
                "rec": '<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder">', "rec_end": "</div>",
                "head": '<h2 class="_3-95 _2pim _a6-h _a6-i">', "head_end": "</h2>", "bodyc": '<div class="_3-95 _a6-p">',
                "date": '<div class="_3-94 _a6-o">', "date_end": "</div>", "footer": "",
                "header": '<header class="_as-_ _a70a"><div class="_a70d"><h1>{title}</h1>{gen}</div></header>'},
}


def html_record(era: str, heading: str | None, body: str | None, date: str | None, n: int = 0) -> str:
    """One record: [heading] [body] [date], each part optional, in that order (meta-html §3.2)."""
    e = HTML_ERAS[era]
    out = e["rec"].format(n=n)
    if heading is not None:
        out += e["head"].format(n=n) + heading + e["head_end"]
    if body is not None:
        out += e["bodyc"] + body + "</div>"
    if date is not None:
        if era.startswith("fb-") and date and "<" not in date:
            # Facebook posts and comments link the date to an opaque dyi token; the a6 era wraps it.
            inner = date if era == "fb-classic" else f'<div class="_a72d">{date}</div>'
            date = f'<a target="_blank" href="https://www.facebook.com/dyi/l/?l=AYExample{n}">{inner}</a>'
        out += e["date"] + date + e["date_end"]
    return out + e["rec_end"]


def html_doc(era: str, title: str, records: list[str], generated: str = "", base: str = "../") -> str:
    """A whole page: no doctype, UTF-8 in a meta tag, `<base>` to the download's root, the records
    as the children of the role=main element, the generated-by line where the era puts it."""
    e = HTML_ERAS[era]
    header = e["header"].format(title=title, gen=generated)
    footer = e["footer"].format(gen=generated) if e["footer"] and generated else ""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />'
            f'<base href="{base}" /><style type="text/css">._a6-g{{padding:8px}}</style><title>{title}</title></head>'
            f'<body class="{e["body"]}">' + e["outer"] + header + e["main"] + "".join(records) + e["end"]
            + footer + "</div></body></html>")


def fb_rows(*rows: str) -> str:
    """A Facebook narrative body: one wrapper div of `div._2pin` rows."""
    return "<div>" + "".join(f'<div class="_2pin">{r}</div>' for r in rows) + "</div>"


def fb_text(text: str) -> str:
    return "<div>" + text.replace("\n", "<br />") + "</div><div></div>"


def fb_updated(prefix: str, date: str) -> str:
    return f"<div>{prefix}{date}</div><div></div><div></div><div></div>"


def fb_photo(src: str, album: str, description: str) -> str:
    """A photo attachment (2024+): the album name and the photo's own description nested inside."""
    return (f'<div class="_a7nf"><div class="_a7ng"><div><a href="{src}"><img src="{src}" class="_a6_o _3-96" /></a>'
            f'<div class="_3-95">{album}</div><div class="_3-95">{description}</div></div></div></div>')


def msg_body(text: str, reactions: str = "") -> str:
    """A message body: slot 1 empty, slot 2 the text, slots 3-4 media, then reactions."""
    react = f'<div><ul class="_a6-q"><li>{reactions}</li></ul></div>' if reactions else ""
    return f"<div><div></div><div>{text}</div><div></div><div></div>{react}</div>"


def label_table(rows: list[tuple[str, str]], colspan: bool = False) -> str:
    """Label/value rows: `td._a6_q` + `td._a6_r` pairs, or one `td[colspan=2]` per row (own text =
    label, value in nested divs)."""
    if colspan:
        cells = "".join(f'<tr><td colspan="2" class="_2pin _a6_q">{k}<div><div>{v}</div></div></td></tr>' for k, v in rows)
    else:
        cells = "".join(f'<tr><td class="_2pin _a6_q">{k}</td><td class="_2pin _2piu _a6_r">{v}</td></tr>' for k, v in rows)
    return f"<table>{cells}</table>"


# ======================================================================== Instagram


def ig_2020_legacy() -> None:
    """IG-0 (until ~2021): flat JSON at the root, ISO `taken_at` times."""
    t = Tree("instagram", "2020-legacy")
    t.json("profile.json", {"username": "zoe_sample", "name": "Zoë Sample", "biography": "Café hopper ☕ in Zürich",
                            "date_joined": iso(2016, 4, 2), "profile_pic_url": "https://example.com/p.jpg",
                            "email": "zoe@example.com"})
    t.json("media.json", {
        "photos": [
            {"taken_at": iso(2019, 6, 1, 10), "caption": "Zürichsee at dawn 🌅 #morning", "path": "photos/201906/a1.jpg"},
            {"taken_at": iso(2019, 6, 1, 10), "caption": "Zürichsee at dawn 🌅 #morning", "path": "photos/201906/a2.jpg"},
            {"taken_at": iso(2019, 8, 15, 18), "caption": "Crème brûlée, finally", "path": "photos/201908/b1.jpg"},
        ],
        "videos": [{"taken_at": iso(2020, 1, 5, 9), "caption": "Snow day ❄️", "path": "videos/202001/v1.mp4"}],
        "stories": [{"taken_at": iso(2020, 2, 14, 20), "caption": "", "path": "stories/202002/s1.jpg"}],
        "profile": [{"taken_at": iso(2018, 3, 3, 8), "caption": "", "path": "profile/201803/p1.jpg"}],
        "direct": [{"taken_at": iso(2020, 3, 1, 21), "path": "direct/202003/d1.jpg"}],
    })
    t.json("comments.json", {"media_comments": [
        [iso(2019, 6, 2, 9), "Thanks everyone! 😊", "zoe_sample"],
        [iso(2019, 7, 4, 16), "Gorgeous shot, Łukasz!", "lukasz_example"],
    ]})
    t.json("likes.json", {"media_likes": [[iso(2019, 7, 4, 16), "lukasz_example"], [iso(2019, 9, 9, 9), "otter_example"]],
                          "comment_likes": [[iso(2019, 7, 5, 8), "otter_example"]]})
    t.json("saved.json", {"saved_media": [[iso(2019, 10, 1, 12), "recipes_example"]]})
    t.json("connections.json", {
        "followers": {"lukasz_example": iso(2017, 1, 1), "otter_example": iso(2018, 5, 5)},
        "following": {"lukasz_example": iso(2017, 1, 2), "recipes_example": iso(2019, 10, 1)},
        "close_friends": {"otter_example": iso(2019, 1, 1)},
        "blocked_users": {}, "follow_requests_sent": {}, "following_hashtags": {"morning": iso(2019, 6, 1)},
    })
    t.json("messages.json", [
        {"participants": ["zoe_sample", "otter_example"], "conversation": [
            {"sender": "otter_example", "created_at": iso(2020, 3, 1, 21, 5), "text": "See you at the café?"},
            {"sender": "zoe_sample", "created_at": iso(2020, 3, 1, 21, 0), "text": "Ja, um 8 Uhr 👍"},
        ]},
    ])
    t.json("seen_content.json", {"posts_seen": [], "videos_watched": [], "ads_seen": [], "chaining_seen": []})
    t.json("account_history.json", {"login_history": [{"timestamp": iso(2020, 3, 2), "ip_address": "192.0.2.1"}]})
    t.expect({
        "profile.json": {"profile": 3},  # username, name, biography
        # photos: one carousel (same taken_at and caption) and one single photo; direct: a DM.
        "media.json": {"post": 2, "video": 1, "story": 1, "photo": 1, "message": 1},
        "comments.json": {"comment": 2},
        "likes.json": {"reaction": 3},
        "saved.json": {"activity": 1},
        "connections.json": {"connection": 5},  # 2 followers, 2 following, 1 close friend
        "messages.json": {"message": 2},
    }, ignored=("seen_content.json", "account_history.json"))


def ig_2022_flat() -> None:
    """IG-2 (mid 2022-2023), a Dutch-language export: flat category folders, sharded bare lists,
    localised string_map_data keys, and a privacy history public → private → public with posts in
    each period."""
    t = Tree("instagram", "2022-flat")
    t.json("personal_information/personal_information.json", {"profile_user": [{
        "title": "Gebruikersinformatie",
        "media_map_data": {"Profielfoto": {"uri": "media/profile/202001/p.jpg", "creation_timestamp": ts(2020, 1, 1), "title": ""}},
        "string_map_data": smd_named([
            ("E-mailadres", "fern@example.com"), ("Gebruikersnaam", "fern_voorbeeld"), ("Naam", "Fern Voorbeeld"),
            ("Bio", "Fotografe — Utrecht 📷 ik hou van café’s"), ("Website", "https://example.org/fern"),
            ("Geboortedatum", "1994-05-17"),
            # The Dutch key for "Private Account" is not documented (meta.md §3.2.4); an invented wording.
            ("Privéaccount", "False"),
        ])}]})
    # Privacy titles are unknown (meta.md §3.2.5); invented Dutch wordings.
    t.context("login_and_account_creation/account_privacy_changes.json", {"account_history_account_privacy_history": [
        {"title": "Account privé gemaakt", "media_map_data": {}, "string_map_data": smd_named([("Tijd", ts(2021, 3, 1))])},
        {"title": "Account openbaar gemaakt", "media_map_data": {}, "string_map_data": smd_named([("Tijd", ts(2021, 9, 1))])},
    ]})
    t.json("content/posts_1.json", [
        ig_post(ts(2020, 11, 20, 15), "Herfst in het Wilhelminapark 🍂", 1, "202011"),
        ig_post(ts(2021, 5, 10, 11), "Alleen voor vrienden: mijn nieuwe atelier", 3, "202105"),
        ig_post(ts(2022, 1, 8, 17), "Nieuwjaarsduik ❄️ brrr", 1, "202201"),
    ])
    t.json("content/posts_2.json", [
        ig_post(ts(2019, 4, 27, 13), "Koningsdag 🧡🇳🇱", 2, "201904", caption_in_media=True),
        ig_post(ts(2022, 6, 1, 9), "Zomer! ☀️ naïeve vraag: wie gaat mee?", 1, "202206"),
    ])
    t.json("content/stories.json", {"ig_stories": [
        ig_media("media/stories/202105/s1.mp4", ts(2021, 5, 11, 22)),
        ig_media("media/stories/202202/s2.jpg", ts(2022, 2, 2, 8), "Goedemorgen"),
    ]})
    t.json("content/profile_photos.json", {"ig_profile_picture": [ig_media("media/profile/202001/p.jpg", ts(2020, 1, 1))]})
    t.json("content/archived_posts.json", {"ig_archived_post_media": [
        {"media": [ig_media("media/posts/201812/old.jpg", ts(2018, 12, 24, 19))], "title": "Kerst 🎄 (gearchiveerd)",
         "creation_timestamp": ts(2018, 12, 24, 19)}]})
    t.json("comments/post_comments_1.json", [
        {"media_list_data": [{"uri": ""}], "string_map_data": smd_named([
            ("Opmerking", "Dank jullie wel! 😊"), ("Media-eigenaar", "fern_voorbeeld"), ("Tijd", ts(2020, 11, 21, 9))])},
        {"media_list_data": [{"uri": ""}], "string_map_data": smd_named([
            ("Opmerking", "Prachtig licht, Jürgen!"), ("Media-eigenaar", "jurgen_example"), ("Tijd", ts(2021, 6, 3, 20))])},
    ])
    t.json("comments/reels_comments.json", {"comments_reels_comments": [
        {"string_map_data": smd_named([("Opmerking", "Haha 😂"), ("Media-eigenaar", "otter_example"), ("Tijd", ts(2022, 3, 3, 3))])}]})
    t.json("likes/liked_posts.json", {"likes_media_likes": [
        {"title": "jurgen_example", "string_list_data": [{"href": "https://www.instagram.com/p/AbCdEf01/", "value": "👍", "timestamp": ts(2021, 6, 3, 20)}]}]})
    t.json("likes/liked_comments.json", {"likes_comment_likes": [
        {"title": "otter_example", "string_list_data": [{"href": "https://www.instagram.com/p/AbCdEf02/", "value": "👍", "timestamp": ts(2022, 3, 3, 4)}]}]})
    t.json("saved/saved_posts.json", {"saved_saved_media": [
        {"title": "recipes_example", "string_map_data": smd_named([("Opgeslagen op", ts(2022, 4, 4))])}]})
    t.json("followers_and_following/followers_1.json", [sld("jurgen_example", ts(2019, 1, 1)), sld("otter_example", ts(2020, 2, 2))])
    t.json("followers_and_following/following.json", {"relationships_following": [sld("jurgen_example", ts(2019, 1, 2))]})
    t.json("followers_and_following/close_friends.json", {"relationships_close_friends": [sld("otter_example", ts(2021, 2, 2))]})
    t.json("followers_and_following/blocked_accounts.json", {"relationships_blocked_users": []})
    t.json("messages/inbox/otterexample_1234567890/message_1.json", thread(
        ["otter_example", "Fern Voorbeeld"],
        [message("otter_example", ts(2022, 5, 5, 10, 1) * 1000, "Zie je morgen 😘"),
         message("Fern Voorbeeld", ts(2022, 5, 5, 10) * 1000, "Tot morgen bij het café!")],
        "inbox/otterexample_1234567890", "otter_example"))
    t.json("recent_searches/account_searches.json", {"searches_user": []})
    t.json("ads_and_businesses/advertisers_using_your_activity_or_information.json", {"ig_custom_audiences_all_types": []})
    t.raw("media/posts/202011/1605884400_0.jpg", JPEG)
    t.expect({
        "personal_information/personal_information.json": {"profile": 4},  # username, name, bio, website
        "content/posts_1.json": {"post": 3},
        "content/posts_2.json": {"post": 2},
        "content/stories.json": {"story": 2},
        "content/profile_photos.json": {"photo": 1},
        "content/archived_posts.json": {"post": 1},
        "comments/post_comments_1.json": {"comment": 2},
        "comments/reels_comments.json": {"comment": 1},
        "likes/liked_posts.json": {"reaction": 1},
        "likes/liked_comments.json": {"reaction": 1},
        "saved/saved_posts.json": {"activity": 1},
        "followers_and_following/followers_1.json": {"connection": 2},
        "followers_and_following/following.json": {"connection": 1},
        "followers_and_following/close_friends.json": {"connection": 1},
        "messages/inbox/otterexample_1234567890/message_1.json": {"message": 2},
    }, ignored=("followers_and_following/blocked_accounts.json", "recent_searches/account_searches.json",
                "ads_and_businesses/advertisers_using_your_activity_or_information.json"))


def ig_2024_grouped() -> None:
    """IG-3b (April 2024-early 2025): `your_instagram_activity/content/`, personal information nested
    one level deeper, account private now after public → private → public → private."""
    t = Tree("instagram", "2024-grouped")
    t.json("personal_information/personal_information/personal_information.json", {"profile_user": [{
        "title": "User Information",
        "media_map_data": {"Profile Photo": {"uri": "media/profile/202301/p.jpg", "creation_timestamp": ts(2023, 1, 1), "title": ""}},
        "string_map_data": smd(Email="kes@example.com", Username="kestrel_sample", Name="Kestrel Sample",
                               Bio="Birds, bikes & bread — Ørsted fan", Gender="female",
                               **{"Date of birth": "1999-02-03", "Private Account": "True"})}]})
    # IG-3b's name for the account insights (instagram-2024-07 in the shared real downloads).
    t.context("personal_information/personal_information/account_information.json", {"profile_account_insights": [
        {"title": "", "string_map_data": smd(**{"First Story Time": ts(2023, 2, 1), "Last Story Time": ts(2024, 3, 5),
                                                "First Close Friends Story Time": ts(2023, 9, 9), "Has Shared Live Video": "False"})}]})
    t.context("personal_information/personal_information/linked_meta_accounts.json", {"profile_linked_meta_accounts": [
        {"title": "", "media_map_data": {}, "string_map_data": smd(**{"User Name": "Kestrel Sample", "Account Type": "Facebook"})}]})
    t.context("personal_information/information_about_you/account_based_in.json", {"inferred_data_primary_location": [
        {"title": "", "media_map_data": {}, "string_map_data": smd(**{"City Name": "Utrecht, Netherlands"})}]})
    t.context("security_and_login_information/login_and_account_creation/account_privacy_changes.json",
           {"account_history_account_privacy_history": [
               {"title": "Account switched to private", "media_map_data": {}, "string_map_data": smd(Time=ts(2023, 6, 1))},
               {"title": "Account switched to public", "media_map_data": {}, "string_map_data": smd(Time=ts(2023, 10, 1))},
               {"title": "Account switched to private", "media_map_data": {}, "string_map_data": smd(Time=ts(2024, 2, 1))},
           ]})
    ia = "your_instagram_activity/"
    t.json(ia + "content/posts_1.json", [
        ig_post(ts(2023, 1, 15, 12), "First ride of the year 🚲", 1, "202301"),
        ig_post(ts(2023, 7, 20, 12), "Sourdough attempt #3 🍞", 2, "202307"),
        ig_post(ts(2024, 3, 3, 12), "Heron at the canal", 1, "202403"),
    ])
    t.json(ia + "content/reels.json", {"ig_reels_media": [{"media": [ig_media("media/reels/202311/r1.mp4", ts(2023, 11, 11), "Kestrel hovering 🦅")]}]})
    t.json(ia + "content/igtv_videos.json", {"ig_igtv_media": [{"media": [ig_media("media/igtv/202302/t1.mp4", ts(2023, 2, 2), "Bike repair, long version")]}]})
    t.json(ia + "content/stories.json", {"ig_stories": [ig_media("media/stories/202309/s1.jpg", ts(2023, 9, 9, 21), "Close friends only 🤫")]})
    t.json(ia + "content/profile_photos.json", {"ig_profile_picture": [ig_media("media/profile/202301/p.jpg", ts(2023, 1, 1))]})
    t.json(ia + "content/recently_deleted_content.json", {"ig_recently_deleted_media": [
        {"media": [ig_media("media/posts/202402/del.jpg", ts(2024, 2, 20), "Deleted: blurry owl")]}]})
    t.json(ia + "comments/post_comments_1.json", {"comments_media_comments": [
        {"media_list_data": [], "string_map_data": smd(Comment="Thank you 🙏", **{"Media Owner": "kestrel_sample"}, Time=ts(2023, 1, 16))},
        {"media_list_data": [], "string_map_data": smd(Comment="Where is this? Looks like Ærø", **{"Media Owner": "otter_example"}, Time=ts(2023, 8, 1))},
    ]})
    t.json(ia + "comments/hype.json", {"comments_story_comments": [
        {"string_map_data": smd(Comment="🔥🔥", **{"Media Owner": "otter_example"}, Time=ts(2024, 1, 1))}]})
    t.json(ia + "likes/liked_posts.json", {"likes_media_likes": [
        {"title": "otter_example", "string_list_data": [{"href": "https://www.instagram.com/p/KsAbC001/", "value": "👍", "timestamp": ts(2023, 8, 1)}]}]})
    t.json(ia + "saved/saved_collections.json", {"saved_saved_collections": [
        {"title": "Bread", "string_map_data": smd(**{"Creation Time": ts(2023, 7, 1), "Update Time": ts(2023, 7, 2)})}]})
    t.json(ia + "story_sticker_interactions/polls.json", {"story_activities_polls": [
        {"title": "otter_example", "string_list_data": [{"value": "Yes", "timestamp": ts(2023, 5, 5)}]}]})
    t.json(ia + "messages/inbox/otterexample_2222222222/message_1.json", thread(
        ["otter_example", "Kestrel Sample"],
        [message("Kestrel Sample", ts(2024, 1, 2, 9, 5) * 1000, "Ride on Sunday? 🚲"),
         message("otter_example", ts(2024, 1, 2, 9) * 1000, None, photos=[{"uri": "your_instagram_activity/messages/inbox/otterexample_2222222222/photos/1.jpg", "creation_timestamp": ts(2024, 1, 2, 9)}])],
        "inbox/otterexample_2222222222", "otter_example"))
    t.json(ia + "messages/inbox/otterexample_2222222222/message_2.json", thread(
        ["otter_example", "Kestrel Sample"],
        [message("otter_example", ts(2023, 12, 24, 18) * 1000, "Fröhliche Weihnachten! 🎄")],
        "inbox/otterexample_2222222222", "otter_example"))
    t.raw(ia + "messages/inbox/otterexample_2222222222/photos/1.jpg", JPEG)
    t.json(ia + "messages/message_requests/stranger_3333333333/message_1.json", dict(thread(
        ["stranger_example", "Kestrel Sample"], [message("stranger_example", ts(2024, 2, 2) * 1000, "Hi! Collab?")],
        "message_requests/stranger_3333333333", "stranger_example"), is_pending=True))
    t.json(ia + "messages/secret_conversations.json", {"ig_secret_conversations": {}})
    # One follower: Meta writes the record bare, not in a list (a real download's shape).
    t.json("connections/followers_and_following/followers_1.json", sld("otter_example", ts(2022, 12, 1)))
    t.json("connections/followers_and_following/following.json", {"relationships_following": [sld("otter_example", ts(2022, 12, 2))]})
    t.json("connections/followers_and_following/close_friends.json", {"relationships_close_friends": [sld("otter_example", ts(2023, 9, 1))]})
    t.json("connections/followers_and_following/hide_story_from.json", {"relationships_hide_stories_from": []})
    t.json("connections/contacts/synced_contacts.json", {"contacts_contact_info": []})
    t.json("ads_information/ads_and_topics/ads_viewed.json", {"impressions_history_ads_seen": []})
    t.json("logged_information/recent_searches/word_or_phrase_searches.json", {"searches_keyword": []})
    t.json("preferences/settings/comments_allowed_from.json", {"settings_allow_comments_from": [
        {"title": "", "media_map_data": {}, "string_map_data": smd(**{"Comments Allowed From": "Everyone"})}]})
    t.json("apps_and_websites_off_of_instagram/apps_and_websites/your_activity_off_meta_technologies.json", {"apps_and_websites_off_meta_activity": []})
    t.raw("media/posts/202301/1673784000_0.jpg", JPEG)
    t.expect({
        "personal_information/personal_information/personal_information.json": {"profile": 3},  # no website
        ia + "content/posts_1.json": {"post": 3},
        ia + "content/reels.json": {"video": 1},
        ia + "content/igtv_videos.json": {"video": 1},
        ia + "content/stories.json": {"story": 1},
        ia + "content/profile_photos.json": {"photo": 1},
        ia + "content/recently_deleted_content.json": {"post": 1},
        ia + "comments/post_comments_1.json": {"comment": 2},
        ia + "comments/hype.json": {"comment": 1},
        ia + "likes/liked_posts.json": {"reaction": 1},
        ia + "saved/saved_collections.json": {"activity": 1},
        ia + "story_sticker_interactions/polls.json": {"activity": 1},
        ia + "messages/inbox/otterexample_2222222222/message_1.json": {"message": 2},
        ia + "messages/inbox/otterexample_2222222222/message_2.json": {"message": 1},
        ia + "messages/message_requests/stranger_3333333333/message_1.json": {"message": 1},
        "connections/followers_and_following/followers_1.json": {"connection": 1},
        "connections/followers_and_following/following.json": {"connection": 1},
        "connections/followers_and_following/close_friends.json": {"connection": 1},
    }, ignored=(ia + "messages/secret_conversations.json", "connections/followers_and_following/hide_story_from.json",
                "connections/contacts/synced_contacts.json", "ads_information/ads_and_topics/ads_viewed.json",
                "logged_information/recent_searches/word_or_phrase_searches.json",
                "preferences/settings/comments_allowed_from.json",
                "apps_and_websites_off_of_instagram/apps_and_websites/your_activity_off_meta_technologies.json"))


def ig_2025_parts() -> None:
    """IG-4 (from ~Feb 2025) delivered as two zip parts: `your_instagram_activity/media/`, Threads,
    IG-5 label_values likes. Part 2 holds no profile file. One caption is hostile markup. One file is
    a deliberately unknown new feature."""
    p1 = Tree("instagram", "2025-part1")
    p1.json("personal_information/personal_information/personal_information.json", {"profile_user": [{
        "title": "User Information", "media_map_data": {},
        "string_map_data": smd(Username="wren_example", Name="Wren Example", Bio="Ceramics · Łódź · 陶芸",
                               Website="https://example.com/wren", **{"Private Account": "False", "Date of birth": "2001-07-07"})}]})
    p1.context("security_and_login_information/login_and_profile_creation/profile_privacy_changes.json",
            {"account_history_account_privacy_history": [
                {"title": "Account privacy changed to Public", "media_map_data": {}, "string_map_data": smd(Time=ts(2024, 12, 1))}]})
    ia = "your_instagram_activity/"
    p1.json(ia + "media/posts_1.json", [
        ig_post(ts(2024, 11, 2, 10), "Kiln day: 3 new bowls 🏺", 3, "202411"),
        ig_post(ts(2025, 1, 20, 16), HOSTILE, 1, "202501"),
        ig_post(ts(2025, 3, 3, 9), "Glaze tests — 釉薬 — Ελληνικά — مرحبا", 1, "202503"),
    ])
    p1.json(ia + "media/stories.json", {"ig_stories": [ig_media("media/stories/202502/s.mp4", ts(2025, 2, 14, 20))]})
    p1.json(ia + "media/reels.json", {"ig_reels_media": [{"media": [ig_media("media/reels/202502/r.mp4", ts(2025, 2, 15), "Throwing a vase in 30 s")]}]})
    p1.json(ia + "media/profile_photos.json", {"ig_profile_picture": [ig_media("media/profile/202410/p.jpg", ts(2024, 10, 1))]})
    p1.json(ia + "media/other_content.json", {"ig_other_media": [{"media": [ig_media("media/other/202501/o.jpg", ts(2025, 1, 1), "Studio map")]}]})
    p1.json(ia + "threads/threads_and_replies.json", {"text_post_app_text_posts": [
        {"title": "First thread! Kilns are 1280 °C hot 🔥", "creation_timestamp": ts(2025, 2, 1),
         "media": [{"uri": "media/threads/202502/t.jpg", "creation_timestamp": ts(2025, 2, 1), "title": "",
                    "text_app_post": {"reply_control": "everyone"}}]}]})
    # The Threads profile's own privacy (instagram-2024-07's shape): Threads posts are public.
    p1.context(ia + "threads/personal_information.json", {"text_post_app_text_post_app_profile": [
        {"title": "", "media_map_data": {}, "string_map_data": smd(Bio="", **{"Private Account": "False", "Onboarding Time": ts(2024, 7, 1)})}]})
    # Saved posts as a bare list of label_values records (2026 shape: URL, Caption, Owner).
    p1.json(ia + "saved/saved_posts.json", [
        {"timestamp": ts(2025, 2, 5), "media": [], "label_values": [
            {"label": "URL", "value": "https://www.instagram.com/reel/WrReel01/", "href": "https://www.instagram.com/reel/WrReel01/"},
            {"label": "Caption", "value": "Glaze chemistry in 60 s"}, {"label": "Title", "value": ""},
            {"dict": [], "title": "Hashtags"},
            {"title": "Owner", "dict": [{"title": "", "dict": [
                {"label": "URL", "value": "https://example.com/otter"}, {"label": "Name", "value": "Otter Example"},
                {"label": "Username", "value": "otter_example"}]}]}],
         "fbid": "17800000000000002"},
        {"timestamp": ts(2025, 2, 6), "media": [], "label_values": [
            {"label": "URL", "value": "https://www.instagram.com/p/WrPost02/", "href": "https://www.instagram.com/p/WrPost02/"}],
         "fbid": "17800000000000003"}])
    p1.json(ia + "comments/post_comments_1.json", [
        {"media_list_data": [{"uri": ""}], "string_map_data": smd(Comment="Merci ! 😊", **{"Media Owner": "wren_example"}, Time=ts(2024, 11, 3))}])
    # IG-5: a bare list of label_values records instead of {"likes_media_likes": [...]}.
    p1.json(ia + "likes/liked_posts.json", [
        {"timestamp": ts(2025, 2, 2), "media": [], "label_values": [
            {"label": "URL", "value": "https://www.instagram.com/p/WrAbC001/", "href": "https://www.instagram.com/p/WrAbC001/"},
            {"title": "Owner", "dict": [{"dict": [{"label": "Username", "value": "otter_example"}, {"label": "Name", "value": "Otter Example"}]}]}],
         "fbid": "17800000000000001"}])
    p1.json(ia + "story_interactions/story_likes.json", {"story_activities_story_likes": [
        {"title": "otter_example", "string_list_data": [{"timestamp": ts(2025, 2, 3)}]}]})
    # Deliberately unknown: a made-up new section, to show how an unrecognised file is reported.
    p1.json(ia + "new_feature/mystery_feature.json", {"mystery_feature_items": [{"timestamp": ts(2025, 3, 1), "value": "?"}]})
    p1.json("preferences/your_topics/your_topics.json", {"topics_your_topics": []})

    p2 = Tree("instagram", "2025-part2")
    p2.json(ia + "media/posts_2.json", [
        ig_post(ts(2024, 12, 24, 18), "Winter market stall ❄️☕", 2, "202412"),
    ])
    p2.json(ia + "messages/inbox/otterexample_4444444444/message_1.json", thread(
        ["otter_example", "Wren Example"],
        [message("Wren Example", ts(2025, 2, 2, 12, 1) * 1000, "Thanks for the like 🙂"),
         message("otter_example", ts(2025, 2, 2, 12) * 1000, "Love the bowls!", reactions=[{"reaction": "❤", "actor": "Wren Example", "timestamp": ts(2025, 2, 2, 12)}])],
        "inbox/otterexample_4444444444", "otter_example"))
    p2.json("connections/followers_and_following/followers_1.json", [sld("otter_example", ts(2024, 10, 10))])
    # 2025 following.json: the username in title, no value (meta.md §3.2.6).
    p2.json("connections/followers_and_following/following.json", {"relationships_following": [
        {"title": "otter_example", "string_list_data": [{"href": "https://www.instagram.com/_u/otter_example", "timestamp": ts(2024, 10, 11)}]}]})
    p2.raw("media/posts/202412/1735063200_0.jpg", JPEG)
    p1.expect({
        "personal_information/personal_information/personal_information.json": {"profile": 4},
        ia + "media/posts_1.json": {"post": 3},
        ia + "media/stories.json": {"story": 1},
        ia + "media/reels.json": {"video": 1},
        ia + "media/profile_photos.json": {"photo": 1},
        ia + "media/other_content.json": {"post": 1},
        ia + "threads/threads_and_replies.json": {"post": 1},  # platform "threads"
        ia + "saved/saved_posts.json": {"activity": 2},
        ia + "comments/post_comments_1.json": {"comment": 1},
        ia + "likes/liked_posts.json": {"reaction": 1},
        ia + "story_interactions/story_likes.json": {"reaction": 1},
    }, ignored=("preferences/your_topics/your_topics.json",),
        unknown=(ia + "new_feature/mystery_feature.json",))
    p2.expect({
        ia + "media/posts_2.json": {"post": 1},
        ia + "messages/inbox/otterexample_4444444444/message_1.json": {"message": 2},
        "connections/followers_and_following/followers_1.json": {"connection": 1},
        "connections/followers_and_following/following.json": {"connection": 1},
    })


def ig_2021_html() -> None:
    """Instagram HTML, classic markup (IG-1 flat, 2021): dates in the locale's own format without
    seconds, comments with the media owner as heading and the date inside the body."""
    t = Tree("instagram", "2021-html")
    era = "ig-classic"
    t.raw("content/posts_1.html", html_doc(era, "Posts", [
        html_record(era, "Morning light over the bay\nsecond line 🌅", '<div><a href="media/posts/202103/a.jpg"><img src="media/posts/202103/a.jpg" class="_2yuc _3-96" /></a></div>', "Mar 09, 2021, 2:16 PM"),
        html_record(era, None, '<div><a href="media/posts/202102/b.jpg"><img src="media/posts/202102/b.jpg" class="_2yuc _3-96" /></a></div>'
                    '<div><video src="media/posts/202102/c.mp4" controls="1"></video></div>', "Feb 14, 2021, 9:05 AM")]), "parsed")
    t.raw("comments/post_comments.html", html_doc(era, "Comments", [
        html_record(era, "otter_example", "<div><div><div>So good!</div></div><div>Mar 10, 2021, 8:00 PM</div></div>", ""),
        html_record(era, "heron_sample", "<div><div><div>On my own post</div></div><div>Mar 11, 2021, 7:30 AM</div></div>", "")]), "parsed")
    t.raw("messages/inbox/otterexample_AbCdEfGhIj/message_1.html", html_doc(era, "otter_example", [
        html_record(era, "Participants: otter_example and Heron Sample", None, ""),
        html_record(era, "otter_example", msg_body("See you at eight"), "Mar 08, 2021, 6:01 PM"),
        html_record(era, "Heron Sample", msg_body("Great", "❤otter_example"), "Mar 08, 2021, 5:59 PM")], base="../../../"), "parsed")
    t.raw("account_information/personal_information.html", html_doc(era, "Personal Information", [
        html_record(era, "User Information", '<table><tr class="_51mx"><td class="_51m- _2pin _2oao">Username</td><td class="_51m- _2pin _2piu _23bw _51mw">heron_sample</td></tr>'
                    '<tr class="_51mx"><td class="_51m- _2pin _2oao">Name</td><td class="_51m- _2pin _2piu _23bw _51mw">Heron Sample</td></tr>'
                    '<tr class="_51mx"><td class="_51m- _2pin _2oao">Private Account</td><td class="_51m- _2pin _2piu _23bw _51mw">False</td></tr></table>', None)]), "parsed")
    t.raw("login_and_account_creation/account_privacy_changes.html", html_doc(era, "Account privacy changes", [
        html_record(era, "Switched to Public", label_table([("Time", "Jan 02, 2020, 10:00 AM")]), "")]), "context")
    t.raw("index.html", html_doc(era, "Your information", []))
    t.expect({"content/posts_1.html": {"post": 2}, "comments/post_comments.html": {"comment": 2},
              "messages/inbox/otterexample_AbCdEfGhIj/message_1.html": {"message": 2},
              "account_information/personal_information.html": {"profile": 2}})


def ig_2022_html() -> None:
    """Instagram HTML, a6 markup, Russian (flat, 2022): genitive month names, "г." after the year."""
    t = Tree("instagram", "2022-html")
    era = "ig-2022"
    t.raw("content/posts_1.html", html_doc(era, "Публикации", [
        html_record(era, "Летний вечер ☀️", '<div><a href="media/posts/202207/a.jpg"><img src="media/posts/202207/a.jpg" class="_a6_o _3-96" /></a>'
                    '<table><tr><td class="_a6_q">Latitude</td><td class="_a6_r">52.1</td></tr></table></div>', "21 июл 2022 г., 18:01")]), "parsed")
    t.raw("comments/post_comments.html", html_doc(era, "Комментарии", [
        html_record(era, "otter_example", "<div><div><div>Класс!</div></div><div>13 мая 2022 г., 09:09</div></div>", "")]), "parsed")
    t.raw("account_information/personal_information.html", html_doc(era, "Личная информация", [
        html_record(era, "Информация о пользователе", '<table><tr><td class="_a6_q">Имя пользователя</td><td class="_a6_r">crane_sample</td></tr>'
                    '<tr><td class="_a6_q">Закрытый аккаунт</td><td class="_a6_r">True</td></tr></table>', None)]), "parsed")
    t.raw("login_and_account_creation/account_privacy_changes.html", html_doc(era, "Изменения конфиденциальности", [
        html_record(era, "Тип аккаунта изменен на закрытый", label_table([("Время", "1 мар 2022 г., 10:00")]), "")]), "context")
    t.expect({"content/posts_1.html": {"post": 1}, "comments/post_comments.html": {"comment": 1},
              "account_information/personal_information.html": {"profile": 1}})


def ig_2024_html() -> None:
    """Instagram HTML, a6 markup (IG-3, 2024): comments as "Comment"/"Media Owner"/"Time" tables,
    profile rows as td[colspan=2]; a page of a kind not itemised is counted as a problem."""
    t = Tree("instagram", "2024-html")
    ia = "your_instagram_activity/"
    era = "ig-2022"
    t.raw(ia + "content/posts_1.html", html_doc(era, "Posts", [
        html_record(era, "Café au lait ☕ — Zürich", '<div><a href="media/posts/202401/a.jpg"><img src="media/posts/202401/a.jpg" class="_a6_o _3-96" /></a></div>', "Jan 05, 2024, 3:04 PM"),
        html_record(era, None, '<div><a href="media/posts/202402/b.jpg"><img src="media/posts/202402/b.jpg" class="_a6_o _3-96" /></a></div>', "Feb 11, 2024, 9:15 AM")], base="../../"), "parsed")
    t.raw(ia + "comments/post_comments_1.html", html_doc(era, "Comments", [
        html_record(era, None, '<div><div><a href=""><img src="" class="_a6_o _3-96" /></a><div></div></div></div>'
                    + label_table([("Comment", "Schön! 😊"), ("Media Owner", "otter_example")], colspan=True)
                    + label_table([("Time", "Mar 01, 2024, 8:00 PM")]), "")], base="../../"), "parsed")
    t.raw(ia + "messages/inbox/otterexample_5555555555/message_1.html", html_doc(era, "otter_example", [
        html_record(era, "otter_example", msg_body("Hallo 👋"), "Jan 05, 2024, 3:04 PM"),
        html_record(era, "Plover Sample", msg_body("Hoi!"), "Jan 05, 2024, 3:05 PM")], base="../../../../"), "parsed")
    t.raw("personal_information/personal_information/personal_information.html", html_doc(era, "Personal information", [
        html_record(era, "User information", label_table([("Username", "plover_sample"), ("Name", "Plover Sample"), ("Private Account", "True")], colspan=True), None)], base="../../"), "parsed")
    t.raw("connections/followers_and_following/followers_1.html", html_doc(era, "Followers", [
        html_record(era, None, '<div><div><a target="_blank" href="https://www.instagram.com/otter_example">otter_example</a></div><div>Dec 01, 2023, 8:00 AM</div></div>', None)], base="../../"), "parsed")
    t.raw(ia + "content/igtv_videos.html", html_doc(era, "IGTV videos", []), "parsed")
    for name, title, caption, date in (
            ("reels", "Reels", "Canal kayak 🛶", "Mar 02, 2024, 5:20 PM"),
            ("stories", "Stories", "Rainy Tuesday", "Mar 05, 2024, 8:02 AM"),
            ("archived_posts", "Archived posts", "Old haircut", "Apr 14, 2023, 11:11 AM"),
            ("profile_photos", "Profile photos", None, "Jun 01, 2023, 9:00 AM")):
        src = f"media/{name}/202403/{name}.jpg"
        t.raw(ia + f"content/{name}.html", html_doc(era, title, [
            html_record(era, caption, f'<div><a href="{src}"><img src="{src}" class="_a6_o _3-96" /></a></div>', date)], base="../../"), "parsed")
    t.raw("connections/followers_and_following/close_friends.html", html_doc(era, "Close friends", [
        html_record(era, None, '<div><div><a target="_blank" href="https://www.instagram.com/otter_example">otter_example</a></div><div>Feb 20, 2024, 7:00 PM</div></div>', None)], base="../../"), "parsed")
    # Threads in the same markup (a real Japanese download of 2024): the text as heading, media and a
    # "Who can reply and quote?" row (label in a div of its own) as body, the time as date. The
    # Threads profile's own Private Account row makes them public though the Instagram account is private.
    reply_row = ('<table style="table-layout: fixed;"><tr><td colspan="2" class="_2pin _a6_q"><div class="_a6-q">'
                 'Who can reply and quote?</div><div><div class="_a6-q">everyone</div></div></td></tr></table>')
    t.raw(ia + "threads/threads_and_replies.html", html_doc(era, "Threads and replies", [
        html_record(era, "Glaze test #3 came out teal 🧪", '<a target="_blank" href="media/posts/202408/t.jpg">'
                    '<img src="media/posts/202408/t.jpg" class="_a6_o _3-96" /></a>' + reply_row, "Aug 25, 2024, 2:31 AM"),
        html_record(era, "Agreed, the kiln needs a new element", reply_row, "Aug 24, 2024, 6:34 PM")], base="../../"), "parsed")
    t.raw(ia + "threads/personal_information.html", html_doc(era, "Personal information", [
        html_record(era, None, label_table([("Bio", "Pots and kilns"), ("Private Account", "False")], colspan=True), None)],
        base="../../"), "context")
    t.raw("media/posts/202401/a.jpg", JPEG)
    t.expect({ia + "content/posts_1.html": {"post": 2}, ia + "comments/post_comments_1.html": {"comment": 1},
              ia + "threads/threads_and_replies.html": {"post": 2},  # platform "threads"
              ia + "messages/inbox/otterexample_5555555555/message_1.html": {"message": 2},
              "personal_information/personal_information/personal_information.html": {"profile": 2},
              "connections/followers_and_following/followers_1.html": {"connection": 1},
              "connections/followers_and_following/close_friends.html": {"connection": 1},
              ia + "content/reels.html": {"video": 1}, ia + "content/stories.html": {"story": 1},
              ia + "content/archived_posts.html": {"post": 1}, ia + "content/profile_photos.html": {"photo": 1}})


def ig_2026_html() -> None:
    """Instagram HTML, `<main>`/`<h2>` markup (IG-4, 2025-26): lower-case am/pm after a space, and
    an Arabic page: Arabic-Indic digits, ص/م markers, right-to-left marks around the date."""
    t = Tree("instagram", "2026-html")
    ia = "your_instagram_activity/"
    era = "ig-2025"
    gen = '<aside class="_aoaa" role="contentinfo"><div>Generated on <time datetime="2026-06-06T10:00Z">June 6, 2026 10:00 am</time></div></aside>'
    t.raw(ia + "media/posts_1.html", html_doc(era, "Posts", [
        html_record(era, "Dune walk\n#sand", '<div><a href="media/posts/202510/a.jpg"><img src="media/posts/202510/a.jpg" class="_a6_o _3-96" /></a></div>', "Oct 17, 2025 6:01 pm"),
        html_record(era, "مساء الخير", '<div><a href="media/posts/202606/b.jpg"><img src="media/posts/202606/b.jpg" class="_a6_o _3-96" /></a></div>', "\u200fيونيو ٠٤, ٢٠٢٦ ٩:٤٠ ص\u200f"),
        ], gen, base="../../"), "parsed")
    t.raw("personal_information/personal_information/personal_information.html", html_doc(era, "Personal information", [
        html_record(era, "User information", label_table([("Username", "egret_sample"), ("Private Account", "False")], colspan=True), None)], gen, base="../../"), "parsed")
    t.raw("security_and_login_information/login_and_profile_creation/profile_privacy_changes.html", html_doc(era, "Profile privacy changes", [
        html_record(era, "Switched to public", "<div>Oct 01, 2025 1:00 pm</div>", None)], gen, base="../../"), "context")
    t.expect({ia + "media/posts_1.html": {"post": 2},
              "personal_information/personal_information/personal_information.html": {"profile": 1}})


# ======================================================================== Facebook


def fb_post(when: int, title: str, text: str | None = None, media: list[dict[str, Any]] | None = None,
            extra: list[dict[str, Any]] | None = None, update: int | None = None) -> dict[str, Any]:
    post: dict[str, Any] = {"timestamp": when}
    data: list[dict[str, Any]] = []
    if text is not None:
        data.append({"post": text})
    if update:
        data.append({"update_timestamp": update})
    if data:
        post["data"] = data
    attachments = [{"media": m} for m in (media or [])] + (extra or [])
    if attachments:
        post["attachments"] = [{"data": attachments}]
    if title:
        post["title"] = title
    return post


def fb_media(uri: str, when: int, description: str = "", album: str = "", taken: int | None = None) -> dict[str, Any]:
    media: dict[str, Any] = {"uri": uri, "creation_timestamp": when}
    exif: dict[str, Any] = {"upload_ip": "192.0.2.10"}
    if taken:
        exif["taken_timestamp"] = taken
    media["media_metadata"] = {"photo_metadata": {"exif_data": [exif]}}
    if album:
        media["title"] = album
    if description:
        media["description"] = description
    return media


def fb_comment(when: int, text: str, author: str, title: str, group: str = "") -> dict[str, Any]:
    inner = {"timestamp": when, "comment": text, "author": author}
    if group:
        inner["group"] = group
    return {"timestamp": when, "data": [{"comment": inner}], "title": title}


def fb_2019_flat() -> None:
    """FB-1 (2018-~2020): flat folders, keys without `_v2`."""
    t = Tree("facebook", "2019-flat")
    me = "Amélie Exemple"
    t.json("profile_information/profile_information.json", {"profile": {
        "name": {"full_name": me, "first_name": "Amélie", "middle_name": "", "last_name": "Exemple"},
        "emails": {"emails": ["amelie@example.com"], "previous_emails": []},
        "birthday": {"year": 1988, "month": 12, "day": 1},
        "current_city": {"name": "Lyon, France", "timestamp": ts(2015, 1, 1)},
        "hometown": {"name": "Besançon, France", "timestamp": ts(2015, 1, 1)},
        "username": "amelie.exemple", "registration_timestamp": ts(2009, 9, 9),
        "profile_uri": "https://www.facebook.com/amelie.exemple"}})
    photo1 = fb_media("photos_and_videos/MobileUploads_100/1.jpg", ts(2019, 5, 1, 10), "Pique-nique au parc 🌳", "Mobile uploads", ts(2019, 5, 1, 9))
    photo2 = fb_media("photos_and_videos/MobileUploads_100/2.jpg", ts(2019, 5, 1, 10), "Pique-nique au parc 🌳", "Mobile uploads", ts(2019, 5, 1, 9, 5))
    t.json("posts/your_posts_1.json", [
        fb_post(ts(2019, 3, 3, 8), f"{me} updated her status.", "Bonjour tout le monde ! ☀️"),
        # A two-photo post is exported once per photo (meta.md §3.1.1): the same post twice.
        fb_post(ts(2019, 5, 1, 10), f"{me} added 2 new photos.", "Pique-nique au parc 🌳", [photo1]),
        fb_post(ts(2019, 5, 1, 10), f"{me} added 2 new photos.", "Pique-nique au parc 🌳", [photo2]),
        fb_post(ts(2019, 6, 6, 18), f"{me} shared a link.", "À lire absolument",
                extra=[{"external_context": {"url": "https://example.org/article", "name": "An article"}}]),
        fb_post(ts(2019, 7, 7, 7), f"{me} wrote on Léon Martin's timeline.", "Joyeux anniversaire Léon ! 🎂"),
        fb_post(ts(2019, 8, 8, 8), f"{me} posted in Club Vélo Lyon.", "Sortie dimanche 9h ?"),
        fb_post(ts(2019, 9, 9, 9), f"{me} shared a post.", None),
    ])
    t.json("comments/comments.json", {"comments": [
        fb_comment(ts(2019, 3, 4, 12), "Merci ! 😊", me, f"{me} commented on her own post."),
        fb_comment(ts(2019, 8, 9, 12), "Je viens aussi", me, f"{me} commented on a post in Club Vélo Lyon.", "Club Vélo Lyon"),
    ]})
    t.json("likes_and_reactions/posts_and_comments.json", {"reactions": [
        {"timestamp": ts(2019, 4, 4), "data": [{"reaction": {"reaction": "LIKE", "actor": me}}], "title": f"{me} liked Léon Martin's post."}]})
    t.json("likes_and_reactions/pages.json", {"page_likes": [{"name": "Boulangerie Exemple", "timestamp": ts(2018, 1, 1)}]})
    t.json("friends/friends.json", {"friends": [{"name": "Léon Martin", "timestamp": ts(2010, 1, 1)}, {"name": "Chloé Durand", "timestamp": ts(2012, 2, 2)}]})
    t.json("friends/removed_friends.json", {"deleted_friends": []})
    t.json("photos_and_videos/album/0.json", {"name": "Profile Pictures", "photos": [
        {"uri": "photos_and_videos/ProfilePictures_1/p.jpg", "creation_timestamp": ts(2017, 2, 2), "title": "Profile Pictures",
         "media_metadata": {"photo_metadata": {"taken_timestamp": ts(2017, 2, 1), "upload_ip": "192.0.2.11"}}}],
        "cover_photo": {"uri": "photos_and_videos/ProfilePictures_1/p.jpg", "creation_timestamp": ts(2017, 2, 2)},
        "last_modified_timestamp": ts(2017, 2, 2), "description": ""})
    t.json("photos_and_videos/album/1.json", {"name": "Été 2018", "photos": [
        {"uri": "photos_and_videos/Ete2018_2/a.jpg", "creation_timestamp": ts(2018, 7, 14), "title": "Été 2018", "description": "Feu d'artifice 🎆"}],
        "last_modified_timestamp": ts(2018, 7, 15), "description": "Vacances"})
    t.json("photos_and_videos/your_videos.json", {"videos": [
        {"uri": "photos_and_videos/videos/v.mp4", "creation_timestamp": ts(2018, 12, 31, 23), "title": "", "description": "Bonne année ! 🥂"}]})
    t.json("messages/inbox/leonmartin_abc123/message_1.json", thread(
        ["Léon Martin", me],
        [message(me, ts(2019, 7, 7, 9) * 1000, "Merci pour hier 🙏", type="Generic"),
         message("Léon Martin", ts(2019, 7, 7, 8) * 1000, "Super soirée !", type="Generic")],
        "inbox/leonmartin_abc123", "Léon Martin"))
    t.json("events/your_event_responses.json", {"event_responses": {
        "events_joined": [{"name": "Fête des Lumières", "start_timestamp": ts(2019, 12, 8, 18), "end_timestamp": 0}],
        "events_declined": [], "events_interested": []}})
    t.json("groups/your_posts_and_comments_in_groups.json", {"group_posts": [
        fb_post(ts(2019, 8, 8, 8), f"{me} posted in Club Vélo Lyon.", "Sortie dimanche 9h ?")]})
    t.json("about_you/viewed.json", {"viewed_things": []})
    t.json("security_and_login_information/logins_and_logouts.json", {"account_accesses": []})
    t.json("search_history/your_search_history.json", {"searches": []})
    t.raw("photos_and_videos/MobileUploads_100/1.jpg", JPEG)
    t.expect({
        "profile_information/profile_information.json": {"profile": 4},  # name, username, city, hometown
        # Seven records: the two-photo post twice (one item), a re-share without text (a repost).
        "posts/your_posts_1.json": {"post": 5, "repost": 1},
        "comments/comments.json": {"comment": 2},
        "likes_and_reactions/posts_and_comments.json": {"reaction": 1},
        "likes_and_reactions/pages.json": {"reaction": 1},
        "friends/friends.json": {"connection": 2},
        "photos_and_videos/album/0.json": {"photo": 1},
        "photos_and_videos/album/1.json": {"photo": 1},
        "photos_and_videos/your_videos.json": {"video": 1},
        "messages/inbox/leonmartin_abc123/message_1.json": {"message": 2},
        "events/your_event_responses.json": {"activity": 1},
        # The club post is also in posts/your_posts_1.json: same time, text and title, one item.
        "groups/your_posts_and_comments_in_groups.json": {},
    }, ignored=("friends/removed_friends.json", "about_you/viewed.json",
                "security_and_login_information/logins_and_logouts.json", "search_history/your_search_history.json"))


def fb_2022_flat() -> None:
    """FB-2 (~2021-mid 2022), a Danish-language export in the shape of a real one (facebook-2022 in
    the shared real downloads): flat folders, `_v2` keys, the comments in
    comments_and_reactions/comments_and_reactions.json, titles in Danish, posts with only a time."""
    t = Tree("facebook", "2022-flat")
    me = "Søren Eksempel"
    t.json("profile_information/profile_information.json", {"profile_v2": {
        "name": {"full_name": me, "first_name": "Søren", "middle_name": "", "last_name": "Eksempel"},
        "emails": {"emails": ["soren@example.com"], "previous_emails": [], "pending_emails": [], "ad_account_emails": []},
        "birthday": {"year": 1990, "month": 6, "day": 5}, "gender": {"gender_option": "MALE", "pronoun": "HE"},
        "previous_names": [], "other_names": [], "current_city": {"name": "København", "timestamp": ts(2016, 1, 1)},
        "previous_relationships": [], "family_members": [], "education_experiences": [], "work_experiences": [],
        "blood_info": {"eligibility": "unknown"}, "websites": [], "phone_numbers": [],
        "username": "soren.eksempel", "registration_timestamp": ts(2009, 3, 3),
        "profile_uri": "https://www.facebook.com/soren.eksempel"}})
    t.json("posts/your_posts_1.json", [
        fb_post(ts(2012, 12, 6, 14), f"{me} har tilføjet et nyt billede.", "Sne sne! ❄️",
                [fb_media("posts/media/Mobiloverforsler_1/a.jpg", ts(2012, 12, 6, 14), "Sne sne! ❄️", "Mobiloverførsler")]),
        fb_post(ts(2012, 3, 9, 20), "", None, extra=[{"external_context": {"url": "https://example.org/video"}}], update=ts(2012, 3, 9, 20)),
        fb_post(ts(2009, 5, 21, 10), f"{me} updated his status.", "Dejligt med lidt ekstra ferie"),
        # A post with nothing but its time (the real download has one).
        {"timestamp": ts(2019, 4, 19, 9), "data": [{"update_timestamp": ts(2019, 4, 19, 9)}]},
    ])
    t.json("comments_and_reactions/comments_and_reactions.json", {"comments_v2": [
        fb_comment(ts(2009, 11, 11, 11), "hej bror :)", me, f"{me} har kommenteret Anders Eksempels opslag."),
        fb_comment(ts(2010, 1, 23, 15), "TØS", me, f"{me} har kommenteret Mette Eksempels billede."),
        # A comment record without its text (only time and title), as in the real download.
        {"timestamp": ts(2009, 12, 9, 12), "title": f"{me} har kommenteret et opslag."},
    ]})
    t.json("comments_and_reactions/posts_and_comments.json", {"reactions_v2": [
        {"timestamp": ts(2009, 11, 11, 10), "data": [{"reaction": {"reaction": "LIKE", "actor": me}}],
         "title": f"{me} synes godt om Anders Eksempels slå op på sin egen tidslinje."},
        {"timestamp": ts(2011, 2, 4, 12), "data": [{"reaction": {"reaction": "LIKE", "actor": me}}],
         "title": f"{me} synes godt om Mette Eksempels billede."}]})
    t.json("messages/inbox/andersexample_2qr6kux07q/message_1.json", thread(
        ["Anders Eksempel", me],
        [message("Anders Eksempel", ts(2013, 1, 1, 0, 5) * 1000, "Godt nytår! 🎆", type="Generic"),
         message(me, ts(2013, 1, 1) * 1000, "I lige måde", type="Generic")],
        "inbox/andersexample_2qr6kux07q", "Anders Eksempel"))
    t.json("messages/autofill_information.json", {"autofill_information_v2": {"CITY": ["København"], "COUNTRY": ["DK"]}})
    t.json("facebook_gaming/instant_games.json", {"instant_games_played_v2": [{"name": "Example Quiz", "added_timestamp": ts(2020, 4, 22)}]})
    t.json("your_topics/your_topics.json", {"inferred_topics_v2": ["Ceramics", "Cycling"]})
    t.json("your_interactions_on_facebook/recently_viewed.json", {"recently_viewed": []})
    t.json("security_and_login_information/your_facebook_activity_history.json", {"last_activity_v2": {"last_activity_time": {}}})
    t.raw("posts/media/Mobiloverforsler_1/a.jpg", JPEG)
    t.expect({
        "profile_information/profile_information.json": {"profile": 3},  # name, username, current city
        "posts/your_posts_1.json": {"post": 4},
        "comments_and_reactions/comments_and_reactions.json": {"comment": 3},
        "comments_and_reactions/posts_and_comments.json": {"reaction": 2},
        "messages/inbox/andersexample_2qr6kux07q/message_1.json": {"message": 2},
    }, ignored=("messages/autofill_information.json", "facebook_gaming/instant_games.json", "your_topics/your_topics.json",
                "your_interactions_on_facebook/recently_viewed.json",
                "security_and_login_information/your_facebook_activity_history.json"))


def fb_2023_grouped() -> None:
    """FB-3 (~2022-mid 2024): `your_activity_across_facebook/`, `_v2` keys, sharded posts file."""
    t = Tree("facebook", "2023-grouped")
    me = "Bram de Voorbeeld"
    fa = "your_activity_across_facebook/"
    t.json("personal_information/profile_information/profile_information.json", {"profile_v2": {
        "name": {"full_name": me, "first_name": "Bram", "middle_name": "", "last_name": "de Voorbeeld"},
        "emails": {"emails": ["bram@example.com"], "previous_emails": [], "pending_emails": [], "ad_account_emails": []},
        "birthday": {"year": 1992, "month": 4, "day": 9},
        "current_city": {"name": "Groningen, Nederland", "timestamp": ts(2020, 1, 1)},
        "education_experiences": [{"name": "Rijksuniversiteit Voorbeeld", "graduated": True, "timestamp": ts(2014, 1, 1)}],
        "work_experiences": [{"employer": "Bakkerij Voorbeeld", "title": "Bakker", "start_timestamp": ts(2015, 1, 1)}],
        "websites": [{"address": "https://example.org/bram"}],
        "username": "bram.voorbeeld", "registration_timestamp": ts(2010, 1, 1),
        "profile_uri": "https://www.facebook.com/bram.voorbeeld"}})
    t.json(fa + "posts/your_posts__check_ins__photos_and_videos_1.json", [
        fb_post(ts(2023, 1, 1, 0, 5), f"{me} heeft zijn status bijgewerkt.", "Gelukkig nieuwjaar! 🎆 Oliebollen’s op"),
        fb_post(ts(2023, 4, 27, 12), f"{me} is bij Vismarkt.", "Koningsdag 🧡",
                [fb_media(fa + "posts/media/Mobileuploads_200/k.jpg", ts(2023, 4, 27, 12), "Koningsdag 🧡", "Mobile uploads")],
                [{"place": {"name": "Vismarkt", "coordinate": {"latitude": 53.2, "longitude": 6.5}, "address": "", "url": "https://www.facebook.com/pages/x/1"}}]),
    ])
    t.json(fa + "posts/your_posts__check_ins__photos_and_videos_2.json", [
        fb_post(ts(2023, 6, 6, 6), f"{me} heeft iets geplaatst in Bakkers van Groningen.", "Wie heeft er zuurdesem over?"),
        fb_post(ts(2023, 9, 9, 9), "", "Herfst 🍂 zonder titel", update=ts(2023, 9, 10)),
    ])
    t.json(fa + "posts/album/0.json", {"name": "Cover photos", "photos": [
        {"uri": fa + "posts/media/CoverPhotos_300/c.jpg", "creation_timestamp": ts(2022, 3, 3), "title": "Cover photos", "description": "Noorderplantsoen"}],
        "last_modified_timestamp": ts(2022, 3, 3), "description": ""})
    t.json(fa + "posts/your_uncategorized_photos.json", {"other_photos_v2": [
        {"uri": fa + "posts/media/other/u.jpg", "creation_timestamp": ts(2022, 8, 8), "description": "Zomeravond",
         "media_metadata": {"photo_metadata": {"exif_data": [{"taken_timestamp": ts(2022, 8, 8, 20)}]}}}]})
    t.json(fa + "posts/your_videos.json", {"videos_v2": [
        {"uri": fa + "posts/media/videos/v.mp4", "creation_timestamp": ts(2022, 12, 5), "title": "", "description": "Sinterklaas 🎁",
         "media_metadata": {"video_metadata": {"exif_data": [{"upload_ip": "192.0.2.12", "upload_timestamp": ts(2022, 12, 5)}]}},
         "thumbnail": {"uri": fa + "posts/media/videos/v.jpg"}, "dubbing_info": [], "media_variants": []}]})
    t.json(fa + "comments_and_reactions/comments.json", {"comments_v2": [
        fb_comment(ts(2023, 2, 2), "Prachtig! 😍", me, f"{me} heeft gereageerd op het bericht van Sanne Jansen."),
        {"timestamp": ts(2023, 2, 3), "data": [{"comment": {"timestamp": ts(2023, 2, 3), "comment": "😂", "author": me}}],
         "attachments": [{"data": [{"external_context": {"url": "https://media.example.com/x.gif"}}]}],
         "title": f"{me} heeft gereageerd op zijn eigen bericht."},
    ]})
    t.json(fa + "comments_and_reactions/likes_and_reactions_1.json", [
        {"timestamp": ts(2023, 2, 2), "data": [{"reaction": {"reaction": "LOVE", "actor": me}}], "title": f"{me} vond het bericht van Sanne Jansen leuk."}])
    t.json(fa + "groups/group_posts_and_comments.json", {"group_posts_v2": [
        fb_post(ts(2023, 6, 6, 6), f"{me} heeft iets geplaatst in Bakkers van Groningen.", "Wie heeft er zuurdesem over?")]})
    t.json(fa + "groups/your_comments_in_groups.json", {"group_comments_v2": [
        fb_comment(ts(2023, 6, 7), "Ik kom het halen 🙌", me, f"{me} heeft gereageerd in Bakkers van Groningen.", "Bakkers van Groningen")]})
    t.json(fa + "groups/your_group_membership_activity.json", {"groups_joined_v2": [
        {"timestamp": ts(2021, 1, 1), "title": f"{me} is lid geworden van Bakkers van Groningen.", "data": [{"name": "Bakkers van Groningen"}]}]})
    t.json(fa + "events/your_events.json", {"your_events_v2": [
        {"name": "Broodbak-workshop", "start_timestamp": ts(2023, 10, 10, 19), "end_timestamp": 0,
         "description": "Samen zuurdesem bakken 🍞", "create_timestamp": ts(2023, 9, 1),
         "place": {"name": "Bakkerij Voorbeeld", "coordinate": {"latitude": 53.2, "longitude": 6.56}}}]})
    t.json(fa + "events/your_event_responses.json", {"event_responses_v2": {
        "events_joined": [{"name": "Noorderzon", "start_timestamp": ts(2023, 8, 17), "end_timestamp": 0}],
        "events_declined": [], "events_interested": [{"name": "Eurosonic", "start_timestamp": ts(2024, 1, 17), "end_timestamp": 0}]}})
    t.json(fa + "events/event_invitations.json", {"events_invited_v2": []})
    t.json(fa + "pages/pages_you've_liked.json", {"page_likes_v2": [{"name": "Bakkerij Voorbeeld", "timestamp": ts(2015, 2, 2), "url": "https://www.facebook.com/bakkerij.voorbeeld"}]})
    t.json(fa + "pages/pages_and_profiles_you've_recommended.json", {"recommended_pages_v2": [
        {"name": "Café De Voorbeeldkroeg", "timestamp": ts(2022, 5, 5), "url": "https://www.facebook.com/voorbeeldkroeg"}]})
    t.json(fa + "saved_items_and_collections/your_saved_items.json", {"saves_v2": [
        {"timestamp": ts(2023, 3, 3), "title": f"{me} heeft een link opgeslagen.", "attachments": [{"data": [{"external_context": {"url": "https://example.org/recipe"}}]}]}]})
    t.json(fa + "messages/inbox/sannejansen_1111/message_1.json", thread(
        ["Sanne Jansen", me],
        [message("Sanne Jansen", ts(2023, 5, 5, 10, 1) * 1000, "Tot straks 👋"),
         message(me, ts(2023, 5, 5, 10) * 1000, "Ik neem brood mee 🥖")],
        "inbox/sannejansen_1111", "Sanne Jansen"))
    t.json(fa + "messages/archived_threads/oudvriend_2222/message_1.json", thread(
        ["Oud Vriend", me], [message("Oud Vriend", ts(2018, 1, 1) * 1000, "Lang geleden!")], "archived_threads/oudvriend_2222", "Oud Vriend"))
    t.json("connections/friends/your_friends.json", {"friends_v2": [{"name": "Sanne Jansen", "timestamp": ts(2011, 1, 1)}]})
    t.json("connections/friends/sent_friend_requests.json", {"sent_requests_v2": []})
    t.json("connections/followers/who_you've_followed.json", {"following_v3": [{"name": "Sanne Jansen", "timestamp": ts(2011, 1, 2)}]})
    t.context("logged_information/location/primary_location.json", {"primary_location_v2": {"city_region_pairs": [["Groningen", "Groningen"]], "zipcode": ["9711"]}})
    t.json("logged_information/search/your_search_history.json", {"searches_v2": []})
    t.json("ads_information/advertisers_using_your_activity_or_information.json", {"custom_audiences_all_types_v2": []})
    t.json("security_and_login_information/where_you're_logged_in.json", {"active_sessions_v2": []})
    t.raw(fa + "posts/media/Mobileuploads_200/k.jpg", JPEG)
    t.expect({
        # name, username, current city, education, work, website
        "personal_information/profile_information/profile_information.json": {"profile": 6},
        fa + "posts/your_posts__check_ins__photos_and_videos_1.json": {"post": 2},
        fa + "posts/your_posts__check_ins__photos_and_videos_2.json": {"post": 2},
        fa + "posts/album/0.json": {"photo": 1},
        fa + "posts/your_uncategorized_photos.json": {"photo": 1},
        fa + "posts/your_videos.json": {"video": 1},
        fa + "comments_and_reactions/comments.json": {"comment": 2},
        fa + "comments_and_reactions/likes_and_reactions_1.json": {"reaction": 1},
        # The group post is also in the second posts file: same time and text, one item.
        fa + "groups/group_posts_and_comments.json": {},
        fa + "groups/your_comments_in_groups.json": {"comment": 1},
        fa + "groups/your_group_membership_activity.json": {"connection": 1},
        fa + "events/your_events.json": {"post": 1},
        fa + "events/your_event_responses.json": {"activity": 2},  # one joined, one interested
        fa + "pages/pages_you've_liked.json": {"reaction": 1},
        fa + "pages/pages_and_profiles_you've_recommended.json": {"review": 1},
        fa + "saved_items_and_collections/your_saved_items.json": {"activity": 1},
        fa + "messages/inbox/sannejansen_1111/message_1.json": {"message": 2},
        fa + "messages/archived_threads/oudvriend_2222/message_1.json": {"message": 1},
        "connections/friends/your_friends.json": {"connection": 1},
        "connections/followers/who_you've_followed.json": {"connection": 1},
    }, ignored=(fa + "events/event_invitations.json", "connections/friends/sent_friend_requests.json",
                "logged_information/search/your_search_history.json",
                "ads_information/advertisers_using_your_activity_or_information.json",
                "security_and_login_information/where_you're_logged_in.json"))


def fb_2025_activity() -> None:
    """FB-4 (from ~mid 2024): `your_facebook_activity/`, label_values files, e2ee_cutover, Meta AI
    chats, a Dutch-language privacy setting (default audience "Vrienden")."""
    t = Tree("facebook", "2025-activity")
    me = "Chidi Sample"
    fa = "your_facebook_activity/"
    t.json("personal_information/profile_information/profile_information.json", {"profile_v2": {
        "name": {"full_name": me, "first_name": "Chidi", "middle_name": "", "last_name": "Sample"},
        "birthday": {"year": 2008, "month": 2, "day": 29},
        "username": "chidi.sample", "registration_timestamp": ts(2021, 1, 1),
        "profile_uri": "https://www.facebook.com/chidi.sample"}})
    # Labels are localised; the Dutch wording of "Who can see your future posts?" is the UI's, invented here.
    t.context("preferences/preferences/privacy_settings.json", {"timestamp": ts(2025, 5, 1), "media": [], "label_values": [
        {"label": "Je activiteit", "dict": [
            {"label": "Wie kan je toekomstige berichten zien?", "value": "Vrienden"},
            {"label": "Wie kan de mensen, Pagina's en lijsten zien die je volgt?", "value": "Alleen ik"}]}], "fbid": "100000000000001"})
    t.context("connections/friends/your_post_audiences.json", [
        {"timestamp": ts(2024, 1, 1), "media": [], "label_values": [{"label": "Naam", "value": "Naaste vrienden"}], "fbid": "100000000000002"}])
    t.json(fa + "posts/your_posts__check_ins__photos_and_videos_1.json", [
        fb_post(ts(2025, 1, 1, 1), f"{me} updated his status.", "New year, new pots 🪴 — naïve résumé"),
        fb_post(ts(2025, 2, 14, 12), f"{me} added a life event.", None,
                extra=[{"life_event": {"title": "Started at Example Ceramics", "start_date": {"year": 2025, "month": 2, "day": 14}}}]),
        fb_post(ts(2025, 3, 3, 3), f"{me} shared a memory.", None),
        fb_post(ts(2025, 4, 4, 4), f"{me} posted in Plant Swap Example.", "Monstera cuttings free 🌿"),
    ])
    t.json(fa + "posts/posts_on_other_pages_and_profiles.json", [
        {"timestamp": ts(2025, 3, 10), "media": [], "label_values": [
            {"label": "Text", "value": "Great shop, thank you! 🙏"},
            {"label": "URL", "value": "https://www.facebook.com/exampleshop/posts/1", "href": "https://www.facebook.com/exampleshop/posts/1"}],
         "fbid": "100000000000003"}])
    t.json(fa + "posts/trash.json", {"trash_v2": [
        {"timestamp": ts(2025, 4, 20), "title": f"{me} updated his status.", "data": [{"post": "Oops, wrong group"}]}]})
    t.json(fa + "posts/edits_you_made_to_posts.json", [{"timestamp": ts(2025, 1, 2), "media": [], "label_values": [{"label": "Text", "value": "New year, new pots"}]}])
    t.json(fa + "reels/your_reels.json", {"lasso_videos_v2": [
        {"timestamp": ts(2025, 2, 20), "title": f"{me} posted a reel.", "data": [{"post": "Wheel-throwing timelapse 🎥"}],
         "attachments": [{"data": [{"media": {"uri": fa + "reels/media/r.mp4", "creation_timestamp": ts(2025, 2, 20)}}]}]}]})
    t.json(fa + "stories/archived_stories.json", {"archived_stories_v2": [
        {"timestamp": ts(2025, 3, 15), "title": "", "attachments": [{"data": [{"media": {"uri": fa + "stories/media/s.jpg", "creation_timestamp": ts(2025, 3, 15), "title": "", "description": "Kiln opening 🔥"}}]}]}]})
    t.json(fa + "stories/story_reactions.json", {"stories_feedback_v2": [
        {"timestamp": ts(2025, 3, 16), "title": f"{me} reacted to Ada Example's story.", "data": [{"reaction": {"reaction": "❤️", "actor": me}}]}]})
    t.json(fa + "comments_and_reactions/comments.json", {"comments_v2": [
        fb_comment(ts(2025, 1, 5), "So proud of you! 💪", me, f"{me} commented on Ada Example's post.")]})
    t.json(fa + "comments_and_reactions/likes_and_reactions.json", [
        {"timestamp": ts(2025, 1, 6), "media": [], "label_values": [
            {"ent_field_name": "reaction", "label": "Reaction", "value": "Like"},
            {"ent_field_name": "url", "label": "URL", "value": "https://www.facebook.com/ada.example/posts/2", "href": "https://www.facebook.com/ada.example/posts/2"},
            {"title": "Group", "dict": [{"dict": [{"ent_field_name": "name", "label": "Name", "value": "Plant Swap Example"}]}]}],
         "fbid": "100000000000004", "ent_name": "reaction"}])
    t.json(fa + "groups/your_pending_posts_in_groups.json", {"pending_posts_v2": [{"timestamp": ts(2025, 4, 5), "data": [{"post": "Anyone near Example Street? 🪴"}]}]})
    t.json(fa + "groups/your_group_messages/Plant_Swap_Example.json", {"thread_name": "Plant Swap Example", "messages": [
        message(me, ts(2025, 4, 6) * 1000, "I can bring pots")]})
    t.json(fa + "facebook_marketplace/your_marketplace_listing_history.json", [
        {"timestamp": ts(2025, 4, 10), "media": [{"uri": fa + "facebook_marketplace/media/m.jpg", "creation_timestamp": ts(2025, 4, 10)}], "label_values": [
            {"label": "Title", "value": "Handmade mug ☕"}, {"label": "Price", "value": "EUR 12"},
            {"label": "Description", "value": "Stoneware mug, dishwasher safe, glazed in Ébène"}], "fbid": "100000000000005"}])
    t.json(fa + "messages/inbox/adaexample_7777/message_1.json", thread(
        ["Ada Example", me],
        [message(me, ts(2025, 1, 5, 10, 1) * 1000, "Thanks Ada 😊"),
         message("Ada Example", ts(2025, 1, 5, 10) * 1000, "Congrats!!", share={"link": "https://example.org", "share_text": "look"})],
        "inbox/adaexample_7777", "Ada Example"))
    t.json(fa + "messages/e2ee_cutover/adaexample_7777/message_1.json", thread(
        ["Ada Example", me], [message("Ada Example", ts(2024, 11, 11) * 1000, "Before the switch to E2EE")], "e2ee_cutover/adaexample_7777", "Ada Example"))
    t.json(fa + "messages/message_requests/unknownsender_8888/message_1.json", thread(
        ["Unknown Sender", me], [message("Unknown Sender", ts(2025, 2, 2) * 1000, "Is the mug still available?")], "message_requests/unknownsender_8888", "Unknown Sender"))
    t.json(fa + "messages/ai_conversations.json", [
        {"timestamp": ts(2025, 3, 1), "media": [], "label_values": [
            {"label": "Text", "value": "How hot does a kiln get for stoneware?"}], "fbid": "100000000000006"}])
    t.json(fa + "messages/autofill_information.json", {"autofill_information_v2": {}})
    t.context("logged_information/location/primary_location.json", {"primary_location_v2": {"city_region_pairs": [["Gent", "Oost-Vlaanderen"]], "zipcode": ["9000"]}})
    t.context("logged_information/location/primary_public_location.json", {"primary_public_location_v2": {"city": "Gent", "region": "Oost-Vlaanderen", "country": "Belgium"}})
    t.json("apps_and_websites_off_of_facebook/connected_apps_and_websites.json", {"installed_apps_v2": []})
    t.raw(fa + "posts/media/Mobileuploads_1/a.jpg", JPEG)
    t.expect({
        "personal_information/profile_information/profile_information.json": {"profile": 2},  # name, username
        # A status, a life event, a memory re-shared without text (a repost), a group post.
        fa + "posts/your_posts__check_ins__photos_and_videos_1.json": {"post": 3, "repost": 1},
        fa + "posts/posts_on_other_pages_and_profiles.json": {"post": 1},
        fa + "posts/trash.json": {"post": 1},
        fa + "reels/your_reels.json": {"video": 1},
        fa + "stories/archived_stories.json": {"story": 1},
        fa + "stories/story_reactions.json": {"reaction": 1},
        fa + "comments_and_reactions/comments.json": {"comment": 1},
        fa + "comments_and_reactions/likes_and_reactions.json": {"reaction": 1},
        fa + "groups/your_pending_posts_in_groups.json": {"post": 1},
        fa + "groups/your_group_messages/Plant_Swap_Example.json": {"message": 1},
        fa + "facebook_marketplace/your_marketplace_listing_history.json": {"post": 1},
        fa + "messages/inbox/adaexample_7777/message_1.json": {"message": 2},
        fa + "messages/e2ee_cutover/adaexample_7777/message_1.json": {"message": 1},
        fa + "messages/message_requests/unknownsender_8888/message_1.json": {"message": 1},
        fa + "messages/ai_conversations.json": {"message": 1},
    }, ignored=(fa + "posts/edits_you_made_to_posts.json", fa + "messages/autofill_information.json",
                "apps_and_websites_off_of_facebook/connected_apps_and_websites.json"))


def fb_2025_page() -> None:
    """FB-Page (2025+): a Page (new Pages experience) export, `this_profile's_activity_across_facebook/`."""
    t = Tree("facebook", "2025-page")
    pa = "this_profile's_activity_across_facebook/"
    t.json("personal_information/profile_information/profile_information.json", {"profile_v2": {
        "name": {"full_name": "Example Ceramics Studio"}, "username": "example.ceramics",
        "profile_uri": "https://www.facebook.com/example.ceramics"}})
    t.json(pa + "posts/profile_posts_1.json", [
        fb_post(ts(2025, 5, 1, 9), "Example Ceramics Studio updated their status.", "Open studio this Saturday! ☕🏺"),
        fb_post(ts(2025, 5, 2, 9), "Example Ceramics Studio added a new photo.", "New glazes 🎨",
                [fb_media(pa + "posts/media/Timeline_1/g.jpg", ts(2025, 5, 2, 9), "New glazes 🎨")]),
    ])
    t.json(pa + "events/events.json", {"your_events_v2": [
        {"name": "Open studio", "start_timestamp": ts(2025, 5, 3, 10), "end_timestamp": ts(2025, 5, 3, 17),
         "description": "Come and throw a pot 🏺", "create_timestamp": ts(2025, 4, 20)}]})
    t.json(pa + "comments_and_reactions/comments.json", {"comments_v2": [
        fb_comment(ts(2025, 5, 1, 12), "See you there!", "Example Ceramics Studio", "Example Ceramics Studio commented on their own post.")]})
    t.json(pa + "messages/inbox/customer_9999/message_1.json", thread(
        ["A Customer", "Example Ceramics Studio"], [message("A Customer", ts(2025, 5, 1, 8) * 1000, "Are you open Sunday?")],
        "inbox/customer_9999", "A Customer"))
    t.json("connections/followers/people_who_followed_you.json", {"followers_v3": [{"name": "A Customer", "timestamp": ts(2025, 1, 1)}]})
    t.expect({
        "personal_information/profile_information/profile_information.json": {"profile": 2},
        pa + "posts/profile_posts_1.json": {"post": 2},
        pa + "events/events.json": {"post": 1},
        pa + "comments_and_reactions/comments.json": {"comment": 1},
        pa + "messages/inbox/customer_9999/message_1.json": {"message": 1},
        "connections/followers/people_who_followed_you.json": {"connection": 1},
    })


def fb_2019_html() -> None:
    """Facebook HTML, classic markup (FB-1 flat, 2019, en-GB): 24-hour dates without seconds, the
    generated-by line (with the offset the times are in) in the page footer, the profile as th/td."""
    t = Tree("facebook", "2019-html")
    era = "fb-classic"
    gen = "Generated by Lee Sample on Thursday, 27 June 2019 at 12:55 UTC+07:00"
    t.raw("posts/your_posts_1.html", html_doc(era, "Your posts", [
        html_record(era, "Lee Sample updated her status.", fb_rows(fb_text("Rainy day\nin the city"), fb_updated("Updated ", "6 May 2019, 17:42")), "6 May 2019, 17:42", 1),
        html_record(era, "Lee Sample shared a link.", fb_rows('<div><div><div><a href="https://example.org/story">https://example.org/story</a></div></div></div>'), "5 May 2019, 09:00", 2),
        html_record(era, None, fb_rows('<div class="_3-95"><span class="_4mp8">Group: </span>Example Garden Club</div>', fb_text("Seedlings are up")), "4 May 2019, 08:30", 3)], gen), "parsed")
    t.raw("comments/comments.html", html_doc(era, "Comments", [
        html_record(era, "Lee Sample commented on Eric Example's post.", fb_rows(fb_text("Lovely!")), "7 May 2019, 10:00", 1),
        html_record(era, "Lee Sample replied to Eric Example's comment.", None, "7 May 2019, 11:00", 2)], gen), "parsed")
    t.raw("messages/inbox/ericexample_KdVZVx0rgQ/message_1.html", html_doc(era, "Eric Example", [
        html_record(era, "Participants: Eric Example", None, ""),
        html_record(era, "Eric Example", msg_body("See you at eight"), "8 May 2019, 18:01"),
        html_record(era, "Lee Sample", msg_body("Sure", "👍Eric Example"), "8 May 2019, 17:59")], gen, base="../../../"), "parsed")
    t.raw("profile_information/profile_information.html", html_doc(era, "Profile information", [
        '<div class="pam uiBoxWhite noborder"><table class="_4nkx"><tr><th>Name</th><td>Lee Sample<br /></td></tr>'
        '<tr><th>Emails</th><td><ul><li>dana@example.test</li></ul></td></tr><tr><th>Current City</th><td>Exampleton</td></tr>'
        '<tr><th>Registration Date</th><td>Saturday, 19 December 2009 at 10:20 UTC+07:00</td></tr></table></div>'], gen), "parsed")
    t.raw("index.html", html_doc(era, "Your information", [], gen, base=""))
    t.expect({"posts/your_posts_1.html": {"post": 3}, "comments/comments.html": {"comment": 2},
              "messages/inbox/ericexample_KdVZVx0rgQ/message_1.html": {"message": 2},
              "profile_information/profile_information.html": {"profile": 2}})


def fb_2022_html() -> None:
    """Facebook HTML, the 2022 a6 markup, French (flat FB-2): the translated month with an English
    am/pm, the "Mis à jour :" row, the generated-by line in the footer."""
    t = Tree("facebook", "2022-html")
    era = "fb-2022"
    gen = "Générée par Dana Sample le Samedi 24 décembre 2022, 14:53 UTC+01:00"
    t.raw("posts/your_posts_1.html", html_doc(era, "Vos publications", [
        html_record(era, None, fb_rows(fb_text("Bonne année à tous"), fb_updated("Mis à jour : ", "déc 18, 2022 9:14:05am")), "déc 18, 2022 9:14:05am", 1),
        html_record(era, None, fb_rows("<div></div>"), "déc 17, 2022 8:00:00pm", 2)], gen), "parsed")
    t.raw("comments_and_reactions/comments.html", html_doc(era, "Commentaires", [
        html_record(era, "Dana Sample a commenté la publication de Eric Example.", fb_rows(fb_text("Merci !")), "nov 02, 2022 7:00:00pm", 1)], gen), "parsed")
    t.expect({"posts/your_posts_1.html": {"post": 2}, "comments_and_reactions/comments.html": {"comment": 1}})


def fb_2024_html() -> None:
    """Facebook HTML, a6 markup (FB-4, 2024, en): the generated-by line in the header, a photo post
    that repeats its text inside the attachment, an "Updated" row, Messenger with reactions."""
    t = Tree("facebook", "2024-html")
    fa = "your_facebook_activity/"
    era = "fb-2024"
    gen = "Generated by Dana Sample on Friday, 2 August 2024 at 11:40 UTC+01:00"
    t.raw(fa + "posts/your_posts__check_ins__photos_and_videos_1.html", html_doc(era, "Your posts, check-ins, photos and videos", [
        html_record(era, "Dana Sample updated her status.", fb_rows(fb_text("Zoë’s café — très bien 😊"), fb_updated("Updated ", "Jan 05, 2024 3:04:05pm")), "Jan 05, 2024 3:04:05pm", 1),
        html_record(era, None, fb_rows(fb_photo("your_facebook_activity/posts/media/Mobileuploads_1/a.jpg", "Mobile uploads", "Ελληνικά"), fb_text("Ελληνικά")), "Feb 06, 2024 1:00:00pm", 2),
        html_record(era, "Dana Sample shared a link.", fb_rows('<div><div><a href="https://example.org">https://example.org</a></div></div>'), "Mar 07, 2024 2:00:00pm", 3),
        html_record(era, None, fb_rows("<div></div><div></div>"), "Mar 08, 2024 9:30:14pm", 4)], gen, base="../../"), "parsed")
    t.raw(fa + "comments_and_reactions/comments.html", html_doc(era, "Comments", [
        html_record(era, "Dana Sample commented on Eric Example's post.", fb_rows(fb_text("Merci !")), "Jan 06, 2024 9:00:00am", 1)], gen, base="../../"), "parsed")
    t.raw(fa + "comments_and_reactions/likes_and_reactions_1.html", html_doc(era, "Likes and reactions", [
        html_record(era, "Dana Sample liked Eric Example's post.", None, "Jan 07, 2024 9:00:00am", 1)], gen, base="../../"), "parsed")
    t.raw(fa + "messages/inbox/ericexample_1234/message_1.html", html_doc(era, "Eric Example", [
        html_record(era, "Eric Example", msg_body("Hallo 👋"), '<div class="_a72d">Jan 05, 2024 3:04:05pm</div>'),
        html_record(era, "Dana Sample", msg_body("Hoi!", "❤Eric Example"), '<div class="_a72d">Jan 05, 2024 3:05:00pm</div>')], gen, base="../../../../"), "parsed")
    t.raw("personal_information/profile_information/profile_information.html", html_doc(era, "Profile information", [
        '<div class="pam uiBoxWhite noborder"><table class="_a6_n"><tr><th>Name</th><td>Dana Sample<br /></td></tr>'
        '<tr><th>Home town/city</th><td>Sampleford</td></tr></table></div>'], gen, base="../../"), "parsed")
    t.raw(fa + "posts/album/0.html", html_doc(era, "Profile pictures", [
        html_record(era, None, '<a href="your_facebook_activity/posts/media/ProfilePictures_1/b.jpg"><img src="your_facebook_activity/posts/media/ProfilePictures_1/b.jpg" class="_a6_o _3-96" /></a>'
                    + label_table([("Taken", '<div class="_a6-q">Jan 01, 2024 9:59:58am</div>'), ("Upload IP address", "192.0.2.7")], colspan=True), "Jan 01, 2024 10:00:00am", 1)], gen, base="../../../"), "parsed")
    t.raw(fa + "posts/posts_on_other_pages_and_profiles.html", html_doc(era, "Posts on other pages and profiles", [
        html_record(era, "Dana Sample wrote on Eric Example's timeline.", fb_rows(fb_text("Happy birthday! 🎂")), "Apr 02, 2024 8:15:00am", 1)], gen, base="../../"), "parsed")
    t.raw(fa + "groups/group_posts_and_comments.html", html_doc(era, "Group posts and comments", [
        html_record(era, "Dana Sample posted in Sampleford Allotments.", fb_rows(fb_text("Spare seedlings on the bench 🌱"), '<div class="_3-95"><span class="_a6_m">Group: </span>Sampleford Allotments</div>'), "Apr 03, 2024 6:40:00pm", 1)], gen, base="../../"), "parsed")
    t.raw(fa + "groups/your_comments_in_groups.html", html_doc(era, "Your comments in groups", [
        html_record(era, "Dana Sample commented on Eric Example's post.", fb_rows(fb_text("Count me in"), '<div class="_3-95"><span class="_a6_m">Group: </span>Sampleford Allotments</div>'), "Apr 03, 2024 6:45:10pm", 1)], gen, base="../../"), "parsed")
    t.raw("connections/friends/your_post_audiences.html", html_doc(era, "Your post audiences", [
        html_record(era, None, label_table([("Name", "Allotment friends"), ("Disabled", "False")]), None, 1)], gen, base="../../"), "context")
    t.raw(fa + "posts/media/Mobileuploads_1/a.jpg", JPEG)
    t.raw("start_here.html", html_doc(era, "Your information", [], gen, base=""))
    t.expect({fa + "posts/your_posts__check_ins__photos_and_videos_1.html": {"post": 4},
              fa + "comments_and_reactions/comments.html": {"comment": 1},
              fa + "comments_and_reactions/likes_and_reactions_1.html": {"reaction": 1},
              fa + "posts/album/0.html": {"photo": 1},
              fa + "messages/inbox/ericexample_1234/message_1.html": {"message": 2},
              "personal_information/profile_information/profile_information.html": {"profile": 2},
              fa + "groups/group_posts_and_comments.html": {"post": 1},
              fa + "groups/your_comments_in_groups.html": {"comment": 1},
              fa + "posts/posts_on_other_pages_and_profiles.html": {"post": 1}})


def fb_2025_html() -> None:
    """Facebook HTML, a6 markup with `<time>` (FB-4, 2025, Chinese (Taiwan)): numbered months with
    上午/下午, the default audience in privacy_settings.html (label/value rows)."""
    t = Tree("facebook", "2025-html")
    fa = "your_facebook_activity/"
    era = "fb-2024"
    gen = '由 Dana Sample 於 <time datetime="2025-04-21T09:35Z">2025年4月21日 星期一下午5:35 UTC+08:00</time> 產生'
    t.raw(fa + "posts/your_posts__check_ins__photos_and_videos_1.html", html_doc(era, "你的貼文、打卡、相片和影片", [
        html_record(era, "Dana Sample分享了 1 則貼文。", fb_rows(fb_text("晚安"), fb_updated("已在 ", "9 月 07, 2020 4:10:27 下午") .replace("</div><div>", "更新</div><div>", 1)), "9 月 07, 2020 4:10:27 下午", 1)], gen, base="../../"), "parsed")
    t.raw("preferences/preferences/privacy_settings.html", html_doc(era, "隱私設定", [
        html_record(era, None, '<div class="_3-95 _a6-g"><div class="_2pi8 _2pic _a6-p">' + label_table([("誰可以查看你往後的貼文？", "只限本人"), ("誰可以查看你的朋友名單？", "朋友")]) + "</div></div>", None)], gen, base="../../"), "context")
    t.expect({fa + "posts/your_posts__check_ins__photos_and_videos_1.html": {"post": 1}})


def fb_2026_html() -> None:
    """Facebook HTML, semantic markup (2026): `<main>`, `<section>`, `<h2>`, `<footer>`, the header's
    `<aside>` with `<time>`, a classless wrapper around the records of a security page."""
    t = Tree("facebook", "2026-html")
    era = "fb-2026"
    gen = 'Generated by Dana Sample on <time datetime="2026-05-19T23:47Z">Wednesday, 20 May 2026 at 07:47 UTC+08:00</time>'
    t.raw("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.html", html_doc(era, "Your posts", [
        html_record(era, "Dana Sample updated her status.", fb_rows(fb_text("Semantic times"), fb_updated("Updated ", "May 21, 2026 7:33:18 am")), "May 21, 2026 7:33:18 am", 1)], gen, base="../../"), "parsed")
    t.raw("preferences/preferences/privacy_settings.html", html_doc(era, "Privacy settings", [
        html_record(era, "Your privacy", label_table([("Who can see your future posts?", "Public")]), None, 1)], gen, base="../../"), "context")
    t.raw("personal_information/profile_information/profile_information.html", html_doc(era, "Profile information", [
        '<section class="_3-95 _a6-g"><table class="_a6_n"><tr><th>Name</th><td>Dana Sample</td></tr><tr><th>Username</th><td>dana.sample</td></tr></table></section>'], gen, base="../../"), "parsed")
    t.raw("security_and_login_information/logins_and_logouts.html", html_doc(era, "Logins and logouts", [
        "<div>" + html_record(era, "Login", label_table([("IP address", "192.0.2.1")]), "May 20, 2026 7:43:00 am", 1) + "</div>"], gen, base="../"))
    t.expect({"your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.html": {"post": 1},
              "personal_information/profile_information/profile_information.html": {"profile": 2}})


ERAS = {
    "instagram": (ig_2020_legacy, ig_2022_flat, ig_2024_grouped, ig_2025_parts, ig_2021_html, ig_2022_html,
                  ig_2024_html, ig_2026_html),
    "facebook": (fb_2019_flat, fb_2022_flat, fb_2023_grouped, fb_2025_activity, fb_2025_page, fb_2019_html,
                 fb_2022_html, fb_2024_html, fb_2025_html, fb_2026_html),
}


# Downloads made of several trees (parts of one download); every other tree is a download of its own.
DOWNLOADS = {"instagram": {"2025": ("2025-part1", "2025-part2")}}


def expected(platform: str) -> dict[str, Any]:
    """samples/<platform>/expected.json: per download, its trees, the items by kind and the files by
    status that the generator wrote (Tree.expect)."""
    trees = {t.era: t for t in Tree.trees[platform]}
    parts = DOWNLOADS.get(platform, {})
    in_parts = {era for eras in parts.values() for era in eras}
    downloads = {**{era: (era,) for era in trees if era not in in_parts}, **parts}
    out: dict[str, Any] = {}
    for name, eras in sorted(downloads.items()):
        items: Counter[str] = Counter()
        files: Counter[str] = Counter()
        for era in eras:
            items.update(trees[era].items)
            files.update(trees[era].files())
        kinds = {k: n for k, n in sorted(items.items()) if n}
        out[name] = {"trees": list(eras), "items": sum(kinds.values()), "kinds": kinds,
                     "files": {k: files.get(k, 0) for k in ("parsed", "context", "ignored", "unknown")}}
    return out


def main() -> None:
    for platform, makers in ERAS.items():
        shutil.rmtree(HERE / platform, ignore_errors=True)
        Tree.trees.pop(platform, None)
        for make in makers:
            make()
        (HERE / platform / "expected.json").write_text(
            json.dumps(expected(platform), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
