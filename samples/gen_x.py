# ruff: noqa: E501  (sample data literals read better unwrapped)
"""Writes the synthetic X (Twitter) sample archives under samples/x/<era>/, deterministically.

Every value is invented (a fictional account, example.com addresses). The layout and the byte-level
style follow the real archives described in the formats doc: `window.YTD.<type>.partN = ` prefixes,
pretty-printed JSON with " : " separators, all numbers as strings (except ≤ 2018 Grailbird ids), raw
non-ASCII, no trailing newline. Two pretty-printing styles exist: 2020 archives put `[ {` on the first
line and end `} ]`; 2022+ archives put `[` alone and nest every element.

Run: python samples/gen_x.py   (rewrites samples/x/ from scratch)
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "x"

ME_ID, ME = "4000000001", "sample_heron"
ME_NAME = "Sample Heron"
OTTER_ID, OTTER = "4000000002", "otter_example"
KITE_ID = "4000000003"


# ---------------------------------------------------------------- the two pretty-printers

def _scalar(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def dump_2020(value: object, level: int = 0) -> str:
    """Jackson's default pretty printer (2020 archives, Grailbird): objects indent, arrays stay inline."""
    pad = "  " * level
    if isinstance(value, dict):
        if not value:
            return "{ }"
        inner = ",\n".join(f"{pad}  {_scalar(k)} : {dump_2020(v, level + 1)}" for k, v in value.items())
        return "{\n" + inner + "\n" + pad + "}"
    if isinstance(value, list):
        if not value:
            return "[ ]"
        return "[ " + ", ".join(dump_2020(v, level) for v in value) + " ]"
    return _scalar(value)


def dump_2022(value: object, level: int = 0) -> str:
    """2022+ archives: two-space indent for objects and arrays alike, empty ones as `[ ]` / `{ }`."""
    pad = "  " * level
    if isinstance(value, dict):
        if not value:
            return "{ }"
        inner = ",\n".join(f"{pad}  {_scalar(k)} : {dump_2022(v, level + 1)}" for k, v in value.items())
        return "{\n" + inner + "\n" + pad + "}"
    if isinstance(value, list):
        if not value:
            return "[ ]"
        inner = ",\n".join(f"{pad}  {dump_2022(v, level + 1)}" for v in value)
        return "[\n" + inner + "\n" + pad + "]"
    return _scalar(value)


def ytd(global_name: str, items: list, style: str, part: int = 0) -> str:
    dump = dump_2020 if style == "2020" else dump_2022
    return f"window.YTD.{global_name}.part{part} = {dump(items)}"


def write(base: Path, files: dict[str, str | bytes]) -> None:
    for rel, content in files.items():
        path = base / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_bytes(content.encode("utf-8"))  # no newline translation, none added
        else:
            path.write_bytes(content)


# ---------------------------------------------------------------- building blocks

FAKE_JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00synthetic sample image\xff\xd9"
FAKE_MP4 = b"\x00\x00\x00\x18ftypmp42synthetic sample video"

VIEWER_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Your archive</title>
<script src="assets/js/viewer.js"></script></head>
<body><p>Synthetic sample of the offline archive viewer.</p></body></html>"""

VIEWER_JS = "/* synthetic stand-in for the offline viewer's script */\n"


def readme(generated: str) -> str:
    return (
        "INTRODUCTION\n============\n"
        "This archive was generated at the request of the following user:\n"
        f"- @{ME} at the time the archive was generated: {generated}\n"
        f"- Account ID: {ME_ID}\n\n"
        "(Synthetic sample: the real file goes on to describe each data file.)\n"
    )


def hashtag(text: str, start: int) -> dict:
    return {"text": text, "indices": [str(start), str(start + len(text) + 1)]}


def mention(name: str, user_id: str, start: int) -> dict:
    return {"name": name.replace("_", " ").title(), "screen_name": name,
            "indices": [str(start), str(start + len(name) + 1)], "id_str": user_id, "id": user_id}


def url_entity(short: str, expanded: str, start: int) -> dict:
    return {"url": short, "expanded_url": expanded, "display_url": expanded.split("//", 1)[-1][:26],
            "indices": [str(start), str(start + len(short))]}


def photo(tweet_id: str, media_id: str, name: str, start: int) -> dict:
    return {
        "expanded_url": f"https://twitter.com/{ME}/status/{tweet_id}/photo/1",
        "indices": [str(start), str(start + 23)],
        "url": "https://t.co/p" + media_id[-6:],
        "media_url": f"http://pbs.twimg.com/media/{name}.jpg",
        "id_str": media_id,
        "id": media_id,
        "media_url_https": f"https://pbs.twimg.com/media/{name}.jpg",
        "sizes": {"thumb": {"w": "150", "h": "150", "resize": "crop"},
                  "large": {"w": "1024", "h": "768", "resize": "fit"}},
        "type": "photo",
        "display_url": "pic.twitter.com/" + name[:10],
    }


def tweet(tweet_id: str, created: str, text: str, *, era: str, reply_to: tuple[str, str, str] | None = None,
          hashtags: list | None = None, mentions: list | None = None, urls: list | None = None,
          media: list | None = None, edit_info: dict | None = None, lang: str = "en") -> dict:
    """A tweets.js object with the keys real archives carry (2020: no edit_info)."""
    t: dict = {}
    if era != "2020":
        t["edit_info"] = edit_info or {"initial": {"editTweetIds": [tweet_id],
                                                    "editableUntil": "2024-03-05T15:02:11.000Z",
                                                    "editsRemaining": "5", "isEditEligible": True}}
    t["retweeted"] = False
    t["source"] = '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>'
    entities: dict = {"hashtags": hashtags or [], "symbols": [], "user_mentions": mentions or [],
                      "urls": urls or []}
    if media:
        entities["media"] = media
    t["entities"] = entities
    t["display_text_range"] = ["0", str(len(text))]
    t["favorite_count"] = "3"
    if reply_to:
        t["in_reply_to_status_id_str"] = reply_to[0]
    t["id_str"] = tweet_id
    if reply_to:
        t["in_reply_to_user_id"] = reply_to[1]
    t["truncated"] = False
    t["retweet_count"] = "1"
    t["id"] = tweet_id
    if reply_to:
        t["in_reply_to_status_id"] = reply_to[0]
    if media:
        t["possibly_sensitive"] = False
    t["created_at"] = created
    t["favorited"] = False
    t["full_text"] = text
    t["lang"] = lang
    if reply_to:
        t["in_reply_to_screen_name"] = reply_to[2]
        t["in_reply_to_user_id_str"] = reply_to[1]
    if media:
        t["extended_entities"] = {"media": media}
    return t


def manifest(files: dict[str, str | bytes], generated: str, size: int, style: str) -> str:
    """window.__THAR_CONFIG from the files actually written: each data type lists its files."""
    types: dict = {}
    for rel in sorted(files):
        if not rel.startswith("data/") or not rel.endswith(".js") or rel.count("/") != 1:
            continue
        stem = rel[5:-3]
        base, _, part = stem.partition("-part")
        camel = base.split("-")[0] + "".join(w.title() for w in base.split("-")[1:])
        content = files[rel]
        body = content.split("=", 1)[1] if isinstance(content, str) else "[]"
        count = len(json.loads(body))
        entry = types.setdefault(camel, {"files": []})
        entry["files"].append({"fileName": rel, "globalName": f"YTD.{base.replace('-', '_')}.part"
                               f"{part or '0'}", "count": str(count)})
    for folder in sorted({rel.split("/")[1] for rel in files if rel.count("/") >= 2}):
        camel = "".join(w if i == 0 else w.title() for i, w in enumerate(folder.split("_")))
        types.setdefault(camel, {})["mediaDirectory"] = f"data/{folder}"
    config = {
        "userInfo": {"accountId": ME_ID, "userName": ME, "displayName": ME_NAME},
        "archiveInfo": {"sizeBytes": str(size), "generationDate": generated, "isPartialArchive": False,
                        "maxPartSizeBytes": "53687091200"},
        "readmeInfo": {"fileName": "data/README.txt", "directory": "data/", "name": "README.txt"},
        "dataTypes": types,
    }
    dump = dump_2020 if style == "2020" else dump_2022
    return "window.__THAR_CONFIG = " + dump(config)


def account(created: str) -> list:
    return [{"account": {"email": "heron@example.com", "createdVia": "web", "username": ME,
                         "accountId": ME_ID, "createdAt": created, "accountDisplayName": ME_NAME}}]


def profile() -> list:
    return [{"profile": {
        "description": {"bio": "Birds, rivers and the occasional bird feeder. Views my own.",
                        "website": "https://t.co/site01", "location": "Example Valley"},
        "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1/sample_avatar.jpg",
        "headerMediaUrl": "https://pbs.twimg.com/profile_banners/4000000001/1"}}]


# ---------------------------------------------------------------- 2020 era

def era_2020() -> dict[str, str | bytes]:
    s = "2020"
    tweets = [
        {"tweet": tweet("1200000000000000001", "Sat Nov 30 08:15:00 +0000 2019",
                        "First frost on the river today. #birds", era=s,
                        hashtags=[hashtag("birds", 32)])},
        {"tweet": tweet("1200000000000000002", "Sat Nov 30 09:00:00 +0000 2019",
                        "@otter_example Did you see the kingfisher? Tom &amp; I did.", era=s,
                        reply_to=("1199999999999999990", OTTER_ID, OTTER),
                        mentions=[mention(OTTER, OTTER_ID, 0)])},
        {"tweet": tweet("1200000000000000003", "Sat Nov 30 09:05:00 +0000 2019",
                        "And a grey heron, of course.", era=s,
                        reply_to=("1200000000000000001", ME_ID, ME))},
        {"tweet": tweet("1200000000000000004", "Sun Dec 01 10:00:00 +0000 2019",
                        "RT @otter_example: Otters hold hands while they sleep so they don&#39;t drift apart…",
                        era=s, mentions=[mention(OTTER, OTTER_ID, 3)])},
        {"tweet": tweet("1200000000000000005", "Mon Dec 02 16:30:00 +0000 2019",
                        "The feeder, finished. https://t.co/pAbCdE", era=s,
                        media=[photo("1200000000000000005", "1200000000000000900", "EFeeder01", 22)])},
    ]
    likes = [
        {"like": {"tweetId": "1190000000000000011", "fullText": "Herons are patient hunters &amp; fine dancers.",
                  "expandedUrl": "https://twitter.com/i/web/status/1190000000000000011"}},
        {"like": {"tweetId": "1190000000000000012",
                  "fullText": "You\u2019re unable to view this Tweet because this account owner limits who "
                              "can view their Tweets. {learnmore}",
                  "expandedUrl": "https://twitter.com/i/web/status/1190000000000000012"}},
    ]
    dms = [{"dmConversation": {"conversationId": f"{ME_ID}-{OTTER_ID}", "messages": [
        {"messageCreate": {"recipientId": ME_ID, "reactions": [], "urls": [], "text": "Yes! Bright blue.",
                           "mediaUrls": [], "senderId": OTTER_ID, "id": "1200000000000000802",
                           "createdAt": "2019-11-30T09:12:00.000Z"}},
        {"messageCreate": {"recipientId": OTTER_ID, "reactions": [],
                           "urls": [{"url": "https://t.co/a1", "expanded": "https://example.com/kingfisher",
                                     "display": "example.com/kingfisher"}],
                           "text": "Did you see it? https://t.co/a1", "mediaUrls": [], "senderId": ME_ID,
                           "id": "1200000000000000801", "createdAt": "2019-11-30T09:10:00.000Z"}},
    ]}}]
    generated = "2020-10-10T12:00:00.000Z"
    files: dict[str, str | bytes] = {
        "Your archive.html": VIEWER_HTML,
        "assets/js/viewer.js": VIEWER_JS,
        "data/README.txt": readme(generated),
        "data/account.js": ytd("account", account("2012-04-14T22:50:27.601Z"), s),
        "data/profile.js": ytd("profile", profile(), s),
        "data/protected-history.js": ytd("protected_history", [], s),
        "data/tweet.js": ytd("tweet", tweets, s),
        "data/like.js": ytd("like", likes, s),
        "data/direct-messages.js": ytd("direct_messages", dms, s),
        "data/follower.js": ytd("follower", [
            {"follower": {"accountId": OTTER_ID, "userLink": f"https://twitter.com/intent/user?user_id={OTTER_ID}"}},
            {"follower": {"accountId": KITE_ID, "userLink": f"https://twitter.com/intent/user?user_id={KITE_ID}"}},
        ], s),
        "data/following.js": ytd("following", [
            {"following": {"accountId": OTTER_ID, "userLink": f"https://twitter.com/intent/user?user_id={OTTER_ID}"}},
        ], s),
        "data/fleet.js": ytd("fleet", [], s),
        "data/ageinfo.js": ytd("ageinfo", [{"ageMeta": {}}], s),
        "data/block.js": ytd("block", [], s),
        # Deliberately unknown: a data type this parser has never seen must be listed as unknown.
        "data/future-feature.js": ytd("future_feature", [{"futureThing": {"value": "1"}}], s),
        "data/tweet_media/1200000000000000005-EFeeder01.jpg": FAKE_JPEG,
        "data/profile_media/4000000001-sample_avatar.jpg": FAKE_JPEG,
    }
    files["data/manifest.js"] = manifest(files, generated, 48_213, s)
    return files


# ---------------------------------------------------------------- 2024 era

NOTE_TEXT = (
    "A longer note on building the bird feeder, because 280 characters were never going to be enough. "
    "First, the roof: cedar shingles, angled so the rain runs off. Second, the perch: a dowel, "
    "sanded smooth. Third, the squirrel baffle, which failed on day one. Fourth, the camera, which "
    "caught the squirrel's victory lap in glorious detail.\n\nLessons: build for the squirrel."
)


def era_2024() -> dict[str, str | bytes]:
    s = "2024"
    edit_ids = ["1760000000000000107", "1760000000000000108"]
    truncated = NOTE_TEXT[:270].rstrip() + "… https://t.co/n0te01"
    xss = ("Testing the report: &lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=alert(1)&gt; "
           "and javascript:alert(document.cookie) https://t.co/js01")
    part0 = [
        tweet("1760000000000000101", "Tue Mar 05 07:02:11 +0000 2024",
              "Morning walk by the river. The herons are back! #birds", era=s,
              hashtags=[hashtag("birds", 47)]),
        tweet("1760000000000000102", "Tue Mar 05 08:00:00 +0000 2024",
              "Thread: three things I learned building a bird feeder (1/2)", era=s),
        tweet("1760000000000000103", "Tue Mar 05 08:01:00 +0000 2024",
              "2/2: the squirrel always wins.", era=s,
              reply_to=("1760000000000000102", ME_ID, ME)),
        tweet("1760000000000000104", "Tue Mar 05 14:02:11 +0000 2024",
              "@otter_example agreed &amp; see #birds https://t.co/abc123", era=s,
              reply_to=("1760000000000000055", OTTER_ID, OTTER), mentions=[mention(OTTER, OTTER_ID, 0)],
              hashtags=[hashtag("birds", 30)],
              urls=[url_entity("https://t.co/abc123", "https://example.com/herons", 37)]),
        tweet("1760000000000000105", "Wed Mar 06 10:00:00 +0000 2024",
              "RT @otter_example: Otters hold hands while they sleep so they don&#39;t drift apart. A thread o…",
              era=s, mentions=[mention(OTTER, OTTER_ID, 3)]),
        tweet("1760000000000000106", "Wed Mar 06 11:00:00 +0000 2024",
              "This is the best thing I have read today https://t.co/q1u0te", era=s,
              urls=[url_entity("https://t.co/q1u0te",
                               "https://twitter.com/otter_example/status/1760000000000000009", 41)]),
        # An edited post: both versions are in the archive; only the newest is the post now.
        tweet("1760000000000000107", "Thu Mar 07 09:00:00 +0000 2024", "Heron count today: 3", era=s,
              edit_info={"initial": {"editTweetIds": edit_ids, "editableUntil": "2024-03-07T10:00:00.000Z",
                                     "editsRemaining": "4", "isEditEligible": True}}),
        tweet("1760000000000000108", "Thu Mar 07 09:10:00 +0000 2024", "Heron count today: 4 (one was hiding)",
              era=s, edit_info={"edit": {"initialTweetId": edit_ids[0], "editControlInitial": {
                  "editTweetIds": edit_ids, "editableUntil": "2024-03-07T10:00:00.000Z",
                  "editsRemaining": "4", "isEditEligible": True}}}),
        # The export bug: a few tweets dated 1997.
        tweet("1760000000000000109", "Wed Jan 01 00:00:00 +0000 1997", "A post from before X existed.", era=s),
        tweet("1760000000000000110", "Fri Mar 08 12:00:00 +0000 2024", xss, era=s,
              urls=[url_entity("https://t.co/js01", "javascript:alert(1)", len(xss) - 19)]),
        tweet("1760000000000000111", "Fri Mar 08 13:00:00 +0000 2024",
              "Good morning 🌅🐦 — صباح الخير — בוקר טוב 👋🏽", era=s, lang="und"),
        tweet("1760000000000000112", "Sat Mar 09 15:58:50 +0000 2024", truncated, era=s,
              urls=[url_entity("https://t.co/n0te01", "https://twitter.com/i/web/status/1760000000000000112",
                               len(truncated) - 20)]),
        tweet("1760000000000000113", "Sun Mar 10 07:30:00 +0000 2024", "Caught on camera. https://t.co/pHr0n1",
              era=s, media=[photo("1760000000000000113", "1760000000000000913", "GHeron01", 18)]),
    ]
    part1 = [
        tweet("1700000000000000201", "Fri Sep 08 18:00:00 +0000 2023", "Autumn migration starts soon.", era=s),
        tweet("1700000000000000202", "Sat Sep 09 18:00:00 +0000 2023", "Two herons, one log. https://t.co/tw0pic",
              era=s, media=[photo("1700000000000000202", "1700000000000000921", "FTwoA01", 21),
                            photo("1700000000000000202", "1700000000000000922", "FTwoB02", 21)]),
    ]
    notes = [
        {"noteTweet": {"noteTweetId": "1760000000000000901", "updatedAt": "2024-03-09T15:58:50.000Z",
                       "lifecycle": {"value": "1", "name": "Active", "originalName": "Active", "annotations": {}},
                       "createdAt": "2024-03-09T15:58:50.000Z",
                       "core": {"styletags": [], "urls": [], "text": NOTE_TEXT, "mentions": [], "cashtags": [],
                                "hashtags": []}}},
        {"noteTweet": {"noteTweetId": "1760000000000000902", "updatedAt": "2024-04-01T10:00:00.000Z",
                       "lifecycle": {"value": "1", "name": "Active", "originalName": "Active", "annotations": {}},
                       "createdAt": "2024-04-01T10:00:00.000Z",
                       "core": {"styletags": [], "urls": [], "mentions": [], "cashtags": [], "hashtags": [],
                                "text": "A long post whose tweet is not in this archive. " * 8}}},
    ]
    community = dict(tweet("1760000000000000301", "Mon Mar 11 09:00:00 +0000 2024",
                           "Sharing my feeder plans with the Backyard Birders community.", era=s))
    community.pop("edit_info")
    community.update({"community_id": "1600000000000000077", "community_id_str": "1600000000000000077",
                      "scopes": {"followers": False}})
    deleted = tweet("1760000000000000401", "Tue Nov 12 08:00:00 +0000 2024", "Posted too early, deleting.", era=s)
    dms = [{"dmConversation": {"conversationId": f"{ME_ID}-{OTTER_ID}", "messages": [
        {"messageCreate": {"recipientId": OTTER_ID, "reactions": [], "urls": [],
                           "text": "Photo of the feeder attached", "mediaUrls": [
                               "https://ton.twitter.com/dm/1760000000000000702/1760000000000000799/FeedPic.jpg"],
                           "senderId": ME_ID, "id": "1760000000000000702", "createdAt": "2024-03-10T08:00:00.000Z"}},
        {"messageCreate": {"recipientId": ME_ID, "reactions": [], "urls": [], "text": "Send me a photo?",
                           "mediaUrls": [], "senderId": OTTER_ID, "id": "1760000000000000701",
                           "createdAt": "2024-03-10T07:55:00.000Z"}},
    ]}}]
    group = [{"dmConversation": {"conversationId": "1612345678901234567", "messages": [
        {"messageCreate": {"id": "1760000000000000712", "senderId": ME_ID, "text": "Sounds good, see you there",
                           "createdAt": "2024-03-06T09:20:00.120Z", "mediaUrls": [], "urls": [], "reactions": []}},
        {"messageCreate": {"id": "1760000000000000711", "senderId": OTTER_ID, "text": "Agenda: herons at 9.",
                           "createdAt": "2024-03-06T09:15:00.120Z", "mediaUrls": [], "urls": [], "reactions": []}},
        {"participantsJoin": {"initiatingUserId": ME_ID, "userIds": [KITE_ID],
                              "createdAt": "2024-03-06T09:00:00.000Z"}},
        {"joinConversation": {"initiatingUserId": OTTER_ID, "participantsSnapshot": [OTTER_ID, ME_ID],
                              "createdAt": "2024-03-05T08:00:00.000Z"}},
    ]}}]
    generated = "2024-11-16T10:20:30.123Z"
    files: dict[str, str | bytes] = {
        "Your archive.html": VIEWER_HTML,
        "assets/js/viewer.js": VIEWER_JS,
        "data/README.txt": readme(generated),
        "data/account.js": ytd("account", account("2012-04-14T22:50:27.601Z"), s),
        "data/profile.js": ytd("profile", profile(), s),
        "data/screen-name-change.js": ytd("screen_name_change", [{"screenNameChange": {
            "accountId": ME_ID, "screenNameChange": {"changedAt": "2013-01-15T19:08:25.000Z",
                                                     "changedFrom": "heron_sample_old", "changedTo": ME}}}], s),
        # Protected in May, public again in June: the latest action decides.
        "data/protected-history.js": ytd("protected_history", [
            {"protectedHistory": {"protectedAt": "2024-05-01T10:00:00.000Z", "action": "Protect"}},
            {"protectedHistory": {"protectedAt": "2024-06-15T18:30:00.000Z", "action": "Unprotect"}},
        ], s),
        "data/tweets.js": ytd("tweets", [{"tweet": t} for t in part0], s),
        "data/tweets-part1.js": ytd("tweets", [{"tweet": t} for t in part1], s, part=1),
        "data/tweet-headers.js": ytd("tweet_headers", [
            {"tweet": {"tweet_id": t["id_str"], "user_id": ME_ID, "created_at": t["created_at"]}}
            for t in part0 + part1], s),
        "data/note-tweet.js": ytd("note_tweet", notes, s),
        "data/community-tweet.js": ytd("community_tweet", [{"tweet": community}], s),
        "data/deleted-tweets.js": ytd("deleted_tweets", [{"tweet": deleted}], s),
        "data/deleted-tweet-headers.js": ytd("deleted_tweet_headers", [
            {"tweet": {"tweet_id": deleted["id_str"], "user_id": ME_ID, "created_at": deleted["created_at"],
                       "deleted_at": "Wed Nov 13 08:00:00 +0000 2024"}}], s),
        "data/deleted-note-tweet.js": ytd("deleted_note_tweet", [], s),
        "data/like.js": ytd("like", [
            {"like": {"tweetId": "1750000000000000011", "fullText": "Herons &amp; egrets: a field guide",
                      "expandedUrl": "https://twitter.com/i/web/status/1750000000000000011"}},
            {"like": {"tweetId": "1750000000000000012"}},
        ], s),
        "data/follower.js": ytd("follower", [
            {"follower": {"accountId": OTTER_ID, "userLink": f"https://twitter.com/intent/user?user_id={OTTER_ID}"}},
        ], s),
        "data/following.js": ytd("following", [
            {"following": {"accountId": OTTER_ID, "userLink": f"https://twitter.com/intent/user?user_id={OTTER_ID}"}},
            {"following": {"accountId": KITE_ID, "userLink": f"https://twitter.com/intent/user?user_id={KITE_ID}"}},
        ], s),
        "data/direct-messages.js": ytd("direct_messages", dms, s),
        "data/direct-messages-group.js": ytd("direct_messages_group", group, s),
        "data/direct-message-headers.js": ytd("direct_message_headers", [], s),
        "data/lists-created.js": ytd("lists_created", [
            {"userListInfo": {"url": f"https://twitter.com/{ME}/lists/river-birds"}}], s),
        "data/lists-member.js": ytd("lists_member", [], s),
        "data/grok-chat-item.js": ytd("grok_chat_item", [
            {"grokChatItem": {"chatId": "1760000000000000501", "accountId": ME_ID,
                              "createdAt": "2024-08-01T10:00:00.000Z", "sender": "User",
                              "message": "How long do herons live?"}},
            {"grokChatItem": {"chatId": "1760000000000000501", "accountId": ME_ID,
                              "createdAt": "2024-08-01T10:00:05.000Z", "sender": "Agent",
                              "message": "Grey herons often live around five years in the wild."}},
        ], s),
        "data/spaces-metadata.js": ytd("spaces_metadata", [], s),
        "data/block.js": ytd("block", [], s),
        "data/mute.js": ytd("mute", [], s),
        "data/ageinfo.js": ytd("ageinfo", [{"ageMeta": {}}], s),
        "data/account-label.js": ytd("account_label", [{"accountLabel": {}}], s),
        "data/ad-engagements.js": ytd("ad_engagements", [], s),
        "data/key-registry.js": ytd("key_registry", [], s),
        "data/tweets_media/1760000000000000113-GHeron01.jpg": FAKE_JPEG,
        "data/tweets_media/1700000000000000202-FTwoA01.jpg": FAKE_JPEG,
        "data/tweets_media/1700000000000000202-FTwoB02.jpg": FAKE_JPEG,
        "data/direct_messages_media/1760000000000000702-FeedPic.jpg": FAKE_JPEG,
        "data/profile_media/4000000001-sample_avatar.jpg": FAKE_JPEG,
    }
    files["data/manifest.js"] = manifest(files, generated, 61_904, s)
    return files


# ---------------------------------------------------------------- late 2022 era (Twitter Circle; protected)

def era_2022() -> dict[str, str | bytes]:
    """A late-2022 archive of an account protected a month before the export: tweets.js (renamed from
    tweet.js), Twitter Circle files (Circle posts repeated in tweets.js without a marker), birdwatch
    notes (renamed community-note later). The wrapper key of birdwatch-note.js is not confirmed by a
    real file (formats doc A3); its fields are the ones X's README lists."""
    s = "2024"  # the 2022+ pretty-printing style
    circle_tweet = tweet("1585000000000000003", "Tue Oct 25 18:00:00 +0000 2022",
                         "Only for the Circle: the heronry location is by the old mill. https://t.co/c1rc1e",
                         era=s, media=[photo("1585000000000000003", "1585000000000000903", "FCircle1", 62)])
    tweets = [
        tweet("1570000000000000001", "Wed Sep 14 07:00:00 +0000 2022", "Before going private: herons at dawn.",
              era=s),
        tweet("1582000000000000002", "Sun Oct 16 12:00:00 +0000 2022", "Posted while the account is protected.",
              era=s),
        circle_tweet,
        tweet("1588000000000000004", "Fri Nov 04 09:30:00 +0000 2022", "@otter_example see you at the river",
              era=s, reply_to=("1587999999999999999", OTTER_ID, OTTER), mentions=[mention(OTTER, OTTER_ID, 0)]),
    ]
    generated = "2022-11-06T15:53:33.138Z"
    files: dict[str, str | bytes] = {
        "Your archive.html": VIEWER_HTML,
        "assets/js/viewer.js": VIEWER_JS,
        "data/README.txt": readme(generated),
        "data/account.js": ytd("account", account("2012-04-14T22:50:27.601Z"), s),
        "data/profile.js": ytd("profile", profile(), s),
        "data/protected-history.js": ytd("protected_history", [
            {"protectedHistory": {"protectedAt": "2022-10-01T08:00:00.000Z", "action": "Protect"}}], s),
        "data/tweets.js": ytd("tweets", [{"tweet": t} for t in tweets], s),
        "data/tweet-headers.js": ytd("tweet_headers", [
            {"tweet": {"tweet_id": t["id_str"], "user_id": ME_ID, "created_at": t["created_at"]}} for t in tweets], s),
        "data/twitter-circle.js": ytd("twitter_circle", [
            {"twitterCircle": {"id": "1539000000000000001", "ownerUserId": ME_ID,
                               "createdAt": "2022-06-21T12:38:26.108Z"}}], s),
        "data/twitter-circle-member.js": ytd("twitter_circle_member", [], s),
        "data/twitter-circle-tweet.js": ytd("twitter_circle_tweet", [{"tweet": circle_tweet}], s),
        "data/community-tweet.js": ytd("community_tweet", [], s),
        "data/deleted-tweets.js": ytd("deleted_tweets", [], s),
        "data/birdwatch-note.js": ytd("birdwatch_note", [{"birdwatchNote": {
            "noteId": "1580000000000000701", "userId": ME_ID, "createdAt": "2022-10-10T10:00:00.000Z",
            "tweetId": "1579999999999999999", "summary": "The photo shows a grey heron, not a crane.",
            "classification": "MisinformedOrPotentiallyMisleading", "userAlias": "patient-heron-01"}}], s),
        "data/moment.js": ytd("moment", [{"moment": {
            "momentId": "1000000000000000801", "createdAt": "2018-05-01T10:00:00.000Z", "createdBy": ME_ID,
            "title": "A year of herons", "coverMediaUrls": [], "description": "Twelve months by the river.",
            "tweets": []}}], s),
        "data/saved-search.js": ytd("saved_search", [
            {"savedSearch": {"savedSearchId": "42001", "query": "heron nesting"}}], s),
        "data/like.js": ytd("like", [
            {"like": {"tweetId": "1575000000000000011", "fullText": "A kingfisher, mid-dive",
                      "expandedUrl": "https://twitter.com/i/web/status/1575000000000000011"}}], s),
        "data/follower.js": ytd("follower", [
            {"follower": {"accountId": OTTER_ID, "userLink": f"https://twitter.com/intent/user?user_id={OTTER_ID}"}}], s),
        "data/following.js": ytd("following", [], s),
        "data/direct-messages.js": ytd("direct_messages", [], s),
        "data/direct-messages-group.js": ytd("direct_messages_group", [], s),
        "data/tweets_media/1585000000000000003-FCircle1.jpg": FAKE_JPEG,
        "data/twitter_circle_tweet_media/1585000000000000003-FCircle1.jpg": FAKE_JPEG,
    }
    files["data/manifest.js"] = manifest(files, generated, 31_337, s)
    return files


# ---------------------------------------------------------------- ≤ 2018 Grailbird era

def grailbird_tweet(tweet_id: int, created: str, text: str, **extra: object) -> dict:
    t: dict = {"source": '<a href="http://twitter.com" rel="nofollow">Twitter Web Client</a>',
               "entities": {"user_mentions": [], "media": [], "hashtags": [], "urls": []},
               "geo": {}, "id_str": str(tweet_id), "text": text, "id": tweet_id, "created_at": created,
               "user": {"name": ME_NAME, "screen_name": ME, "protected": False, "id_str": ME_ID,
                        "profile_image_url_https": "https://pbs.twimg.com/profile_images/1/sample_avatar.jpg",
                        "id": int(ME_ID), "verified": False}}
    t.update(extra)
    return t


def era_2016() -> dict[str, str | bytes]:
    march = [
        grailbird_tweet(710000000000000003, "2016-03-20 09:00:00 +0000",
                        "RT @otter_example: Spring is here &amp; so are the ducklings",
                        retweeted_status={"id_str": "709999999999999999", "id": 709999999999999999,
                                          "text": "Spring is here &amp; so are the ducklings",
                                          "created_at": "2016-03-19 08:00:00 +0000"}),
        grailbird_tweet(710000000000000002, "2016-03-12 10:30:00 +0000",
                        "@otter_example thanks for the tip!", in_reply_to_status_id_str="709000000000000001",
                        in_reply_to_user_id_str=OTTER_ID, in_reply_to_screen_name=OTTER,
                        in_reply_to_status_id=709000000000000001, in_reply_to_user_id=int(OTTER_ID)),
        grailbird_tweet(710000000000000001, "2016-03-10 08:00:00 +0000", "Spotted my first heron of the year."),
    ]
    april = [grailbird_tweet(720000000000000001, "2016-04-02 18:00:00 +0000", "Evening light on the water.")]
    index = [{"file_name": "data/js/tweets/2016_04.js", "year": 2016, "var_name": "tweets_2016_04",
              "tweet_count": 1, "month": 4},
             {"file_name": "data/js/tweets/2016_03.js", "year": 2016, "var_name": "tweets_2016_03",
              "tweet_count": 3, "month": 3}]
    csv_rows = ['"tweet_id","in_reply_to_status_id","in_reply_to_user_id","timestamp","source","text",'
                '"retweeted_status_id","retweeted_status_user_id","retweeted_status_timestamp","expanded_urls"']
    for t in april + march:
        csv_rows.append(f'"{t["id_str"]}","","","{t["created_at"]}","","{t["text"]}","","","",""')
    return {
        "index.html": VIEWER_HTML,
        "README.txt": "Synthetic sample of the tweet archive's README.\n",
        "tweets.csv": "\n".join(csv_rows) + "\n",
        "css/application.min.css": "/* synthetic */\n",
        "js/application.min.js": VIEWER_JS,
        "data/js/tweet_index.js": "var tweet_index = " + dump_2020(index),
        "data/js/payload_details.js": "var payload_details = " + dump_2020(
            {"tweets": 4, "created_at": "2016-05-01 12:00:00 +0000", "lang": "en"}),
        "data/js/user_details.js": "var user_details = " + dump_2020(
            {"expanded_url": "https://example.com", "screen_name": ME, "location": "Example Valley",
             "full_name": ME_NAME, "bio": "Birds and rivers.", "id": ME_ID,
             "created_at": "2012-04-14 22:50:27 +0000"}),
        "data/js/tweets/2016_03.js": "Grailbird.data.tweets_2016_03 = \n " + dump_2020(march),
        "data/js/tweets/2016_04.js": "Grailbird.data.tweets_2016_04 = \n " + dump_2020(april),
    }


ERAS = {"2016-grailbird": era_2016, "2020": era_2020, "2022": era_2022, "2024": era_2024}


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    for era, build in ERAS.items():
        write(OUT / era, build())


if __name__ == "__main__":
    main()
