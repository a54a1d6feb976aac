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


def era_2014_no_csv() -> dict[str, str | bytes]:
    """A Grailbird archive as some people keep it: the offline viewer's tree (README.txt, index.html,
    css/, img/, js/, lib/, data/js/) without tweets.csv. Its tweets are only in the month files."""
    june = [
        grailbird_tweet(480000000000000003, "2014-06-21 19:00:00 +0000",
                        "@otter_example the heronry is busy this week", in_reply_to_status_id_str="479000000000000001",
                        in_reply_to_user_id_str=OTTER_ID, in_reply_to_screen_name=OTTER,
                        in_reply_to_status_id=479000000000000001, in_reply_to_user_id=int(OTTER_ID)),
        grailbird_tweet(480000000000000002, "2014-06-02 07:15:00 +0000", "Longest day soon. More light for birding."),
    ]
    may = [grailbird_tweet(470000000000000001, "2014-05-27 12:24:35 +0000", "New binoculars, first test.")]
    index = [{"file_name": "data/js/tweets/2014_06.js", "year": 2014, "var_name": "tweets_2014_06",
              "tweet_count": len(june), "month": 6},
             {"file_name": "data/js/tweets/2014_05.js", "year": 2014, "var_name": "tweets_2014_05",
              "tweet_count": len(may), "month": 5}]
    return {
        "index.html": VIEWER_HTML,
        "README.txt": "Synthetic sample of the tweet archive's README.\n",
        "css/application.min.css": "/* synthetic */\n",
        "img/bg.png": b"\x89PNG\r\n\x1a\nsynthetic",
        "js/application.min.js": VIEWER_JS,
        "lib/twt/twt.min.css": "/* synthetic */\n",
        "data/js/tweet_index.js": "var tweet_index = " + dump_2020(index),
        "data/js/payload_details.js": "var payload_details = " + dump_2020(
            {"tweets": len(june) + len(may), "created_at": "2014-07-01 09:00:00 +0000", "lang": "en"}),
        "data/js/user_details.js": "var user_details = " + dump_2020(
            {"screen_name": ME, "location": "Example Valley", "full_name": ME_NAME, "bio": "Birds and rivers.",
             "id": ME_ID, "created_at": "2012-04-14 22:50:27 +0000"}),
        "data/js/tweets/2014_05.js": "Grailbird.data.tweets_2014_05 = \n " + dump_2020(may),
        "data/js/tweets/2014_06.js": "Grailbird.data.tweets_2014_06 = \n " + dump_2020(june),
    }


# ---------------------------------------------------------------- 2026 era (X Chat, edits)

CIPHERTEXT = ("hl9EEm6jYDYNkESPdE4J4odeUVDl47c2FtcGxlIGNpcGhlcnRleHQsIG5vdCBhIHJlYWwgbWVzc2FnZQ==",
              "GeYL7KIEBWfe8RP7omEGcH1LaODZ1sYW5vdGhlciBzeW50aGV0aWMgY2lwaGVydGV4dA==")


def chat_event(n: int, sender: str, detail: dict, created_ms: str) -> dict:
    """A data/message-event.js record as 2026 archives write it (every field; values invented)."""
    signature = {"messageSigningKeyInfoList": [{"memberId": sender, "publicKeyVersion": "1771903074835",
                                                "signingPublicKey": "c3ludGhldGljIGtleQ=="}],
                 "publicKeyVersion": "1771903074835", "signature": "c3ludGhldGljIHNpZ25hdHVyZQ==",
                 "signatureVersion": "4", "signingPublicKey": "c3ludGhldGljIGtleQ=="}
    return {"messageEvent": {
        "conversationId": f"{ME_ID}:{OTTER_ID}", "conversationToken": "c3ludGhldGljIHRva2Vu",
        "createdAtMsec": created_ms, "detail": detail, "messageEventSignature": signature,
        "messageId": f"6787ff6d-5a1b-4c2d-8e9f-00000000000{n}", "senderId": sender,
        "sequenceId": f"20262154153455616{n:02d}"}}


def chat_message(contents: str, encrypted: bool) -> dict:
    message: dict = {"priority": {"value": "1", "name": "A", "originalName": "A", "annotations": {}},
                     "contents": contents, "shouldNotify": True}
    if encrypted:  # the real files: base64 ciphertext beside the conversation key's version
        message.update({"conversationKeyVersion": "1771903074835", "isPendingPublicKey": False})
    return {"messageCreateEvent": message}


def era_2026() -> dict[str, str | bytes]:
    s = "2024"  # the 2022+ pretty-printing style
    chain_a = ["1890000000000000201", "1890000000000000202"]
    chain_b = ["1890000000000000301", "1890000000000000302", "1890000000000000303"]  # 303 not in the archive

    def edited(tweet_id: str, chain: list[str], created: str, text: str) -> dict:
        control = {"editTweetIds": chain, "editableUntil": "2026-01-10T10:00:00.000Z", "editsRemaining": "3",
                   "isEditEligible": True}
        info = {"initial": control} if tweet_id == chain[0] else {
            "edit": {"initialTweetId": chain[0], "editControlInitial": control}}
        return tweet(tweet_id, created, text, era=s, edit_info=info)

    tweets = [
        tweet("1890000000000000101", "Fri Jan 09 08:00:00 +0000 2026", "Frost on the reeds this morning.", era=s),
        # Chain A: both versions here; the first stays visible in the post's edit history.
        edited(chain_a[1], chain_a, "Sat Jan 10 09:10:00 +0000 2026", "Heron count: 5 (two behind the reeds)"),
        edited(chain_a[0], chain_a, "Sat Jan 10 09:00:00 +0000 2026", "Heron count: 3"),
        # Chain B: the newest version is missing from the archive; the two older ones are still items.
        edited(chain_b[1], chain_b, "Sun Jan 11 10:05:00 +0000 2026", "Kingfisher at the weir, second try"),
        edited(chain_b[0], chain_b, "Sun Jan 11 10:00:00 +0000 2026", "Kingfisher at the wier"),
        tweet("1890000000000000401", "Mon Jan 12 11:00:00 +0000 2026", "@otter_example same spot tomorrow?",
              era=s, reply_to=("1890000000000000055", OTTER_ID, OTTER), mentions=[mention(OTTER, OTTER_ID, 0)]),
    ]
    # X Chat: newest first, as the real file. Readable messages are itemised; the encrypted ones are
    # counted in a notice; a read marker and a key change are not messages. The readable shape
    # (`contents` as plain text, no key version) is not confirmed by a real file.
    events = [
        chat_event(6, OTTER_ID, {"markConversationReadEvent": {"seenAtMillis": "1768212000445",
                                                               "seenUntilSequenceId": "2026215415345561605"}},
                   "1768212000492"),
        chat_event(5, ME_ID, chat_message("See you at the weir at eight.", encrypted=False), "1768211000937"),
        chat_event(4, OTTER_ID, chat_message("Is the kingfisher still there?", encrypted=False), "1768210000115"),
        chat_event(3, ME_ID, chat_message(CIPHERTEXT[0], encrypted=True), "1768209000271"),
        chat_event(2, OTTER_ID, chat_message(CIPHERTEXT[1], encrypted=True), "1768208000416"),
        chat_event(1, ME_ID, {"conversationKeyChangeEvent": {
            "conversationKeyVersion": "1771903074835", "conversationParticipantKeys": [
                {"encryptedConversationKey": "c3ludGhldGljIHdyYXBwZWQga2V5", "publicKeyVersion": "1",
                 "userId": ME_ID}]}}, "1768207000912"),
    ]
    grok = [
        {"grokChatItem": {"chatId": "1890000000000000501", "accountId": ME_ID, "createdAt": "2026-01-13T10:00:00.000Z",
                          "message": "Why do herons stand on one leg?",
                          "sender": {"name": "User", "originalName": "USER"},
                          "grokMode": {"name": "Normal", "originalName": "NORMAL"}}},
        {"grokChatItem": {"chatId": "1890000000000000501", "accountId": ME_ID, "createdAt": "2026-01-13T10:00:04.000Z",
                          "message": "Mostly to keep warm: one leg tucked in loses less heat.",
                          "sender": {"name": "Agent", "originalName": "AGENT"},
                          "grokMode": {"name": "Normal", "originalName": "NORMAL"}}},
    ]
    note = {"communityNote": {"noteId": "1890000000000000701", "userId": ME_ID,
                              "createdAt": "2026-01-14T12:00:00.000Z", "tweetId": "1889999999999999999",
                              "summary": "The bird in the photo is a little egret, not a heron.",
                              "classification": "MisinformedOrPotentiallyMisleading"}}
    periscope = {"periscopeCommentsMadeByUser": {"broadcastId": "1BRJsynthetic01", "byAccountId": "1eRExsynth",
                                                 "createdAt": "2026-01-15T17:06:04.804Z",
                                                 "text": "lovely light on the water"}}
    generated = "2026-03-06T13:15:31.187Z"
    files: dict[str, str | bytes] = {
        "Your archive.html": VIEWER_HTML,
        "assets/js/viewer.js": VIEWER_JS,
        "data/README.txt": readme(generated),
        "data/account.js": ytd("account", account("2012-04-14T22:50:27.601Z"), s),
        "data/profile.js": ytd("profile", profile(), s),
        "data/protected-history.js": ytd("protected_history", [], s),
        "data/tweets.js": ytd("tweets", [{"tweet": t} for t in tweets], s),
        "data/tweet-headers.js": ytd("tweet_headers", [
            {"tweet": {"tweet_id": t["id_str"], "user_id": ME_ID, "created_at": t["created_at"]}} for t in tweets], s),
        "data/deleted-tweets.js": ytd("deleted_tweets", [], s),
        "data/deleted-tweet-headers.js": ytd("deleted_tweet_headers", [], s),
        "data/message-event.js": ytd("message_event", events, s),
        "data/direct-messages.js": ytd("direct_messages", [], s),
        "data/direct-message-headers.js": ytd("direct_message_headers", [], s),
        "data/grok-chat-item.js": ytd("grok_chat_item", grok, s),
        "data/community-note.js": ytd("community_note", [note], s),
        "data/community-note-api-test-note.js": ytd("community_note_api_test_note", [], s),
        "data/community-note-rating.js": ytd("community_note_rating", [], s),
        "data/community-note-batsignal.js": ytd("community_note_batsignal", [], s),
        "data/periscope-comments-made-by-user.js": ytd("periscope_comments_made_by_user", [periscope], s),
        "data/like.js": ytd("like", [
            {"like": {"tweetId": "1880000000000000011", "fullText": "A heron, mid-stride",
                      "expandedUrl": "https://twitter.com/i/web/status/1880000000000000011"}}], s),
        "data/follower.js": ytd("follower", [
            {"follower": {"accountId": OTTER_ID, "userLink": f"https://twitter.com/intent/user?user_id={OTTER_ID}"}}], s),
        "data/following.js": ytd("following", [
            {"following": {"accountId": KITE_ID, "userLink": f"https://twitter.com/intent/user?user_id={KITE_ID}"}}], s),
        "data/article.js": ytd("article", [], s),
        "data/article-metadata.js": ytd("article_metadata", [], s),
        "data/ad-free-article-visits.js": ytd("ad_free_article_visits", [], s),
        "data/audio-video-calls-in-dm-recipient-sessions.js": ytd("audio_video_calls_in_dm_recipient_sessions", [], s),
    }
    files["data/manifest.js"] = manifest(files, generated, 40_128, s)
    return files


ERAS = {"2014-grailbird-no-csv": era_2014_no_csv, "2016-grailbird": era_2016, "2020": era_2020,
        "2022": era_2022, "2024": era_2024, "2026": era_2026}

# What each sample gives, derived by hand from the records written above (not from a run of the tool).
# A download is one tree here (X archives come as one zip). Kinds per tree:
EXPECTED = {
    # 2014_06: a reply to someone else (comment) and a post; 2014_05: a post. 2 month files parsed;
    # tweet_index, payload_details, user_details read for context; index.html, README.txt, css, img,
    # js, lib ignored.
    "2014-grailbird-no-csv": ({"post": 2, "comment": 1},
                              {"parsed": 2, "context": 3, "ignored": 6, "unknown": 0}),
    # March: a retweet, a reply to someone else, a post; April: a post. tweets.csv repeats all four
    # (same keys, nothing new). Parsed: 2 month files and tweets.csv; the 3 index files read for
    # context; the 4 viewer files ignored.
    "2016-grailbird": ({"post": 2, "comment": 1, "repost": 1},
                       {"parsed": 3, "context": 3, "ignored": 4, "unknown": 0}),
    # tweet.js: 2 posts + a self-reply (post), a reply (comment), a retweet; 2 likes; 2 DMs; 2
    # followers + 1 following; username + display name + bio, location, website. Parsed: account,
    # profile, tweet, like, direct-messages, follower, following, fleet; manifest and protected-history
    # read for context; future-feature.js unknown.
    "2020": ({"post": 3, "comment": 1, "repost": 1, "reaction": 2, "message": 2, "connection": 3, "profile": 5},
             {"parsed": 8, "context": 2, "ignored": 7, "unknown": 1}),
    # tweets.js: 2 posts and a reply (the Circle post is itemised from its own file: post); the
    # birdwatch note (comment); a moment (post); a saved search (other); a like; a follower; 5 profile
    # fields. Parsed: 14 files (account, profile, tweets, circle, community, deleted, birdwatch,
    # moment, saved search, like, follower, following, two DM files); manifest and protected-history
    # read for context; 8 ignored.
    "2022": ({"post": 4, "comment": 2, "other": 1, "reaction": 1, "connection": 1, "profile": 5},
             {"parsed": 14, "context": 2, "ignored": 8, "unknown": 0}),
    # tweets.js 13: 11 posts (both versions of the edited post among them), a reply, a retweet;
    # tweets-part1.js 2 posts; the unlinked long post, the community post, the deleted post (posts);
    # 2 likes; 1 follower + 2 following; 2 DMs + 2 group DMs + 2 Grok chats (messages); a created
    # list (other); 5 profile fields and a handle change. Parsed 17 files, 2 read for context
    # (manifest, protected-history), ignored 18.
    "2024": ({"post": 16, "comment": 1, "repost": 1, "reaction": 2, "connection": 3, "message": 6,
              "other": 1, "profile": 6}, {"parsed": 17, "context": 2, "ignored": 18, "unknown": 0}),
    # tweets.js: a post, both versions of chain A, the two versions of chain B present (posts: 5), a
    # reply (comment); the community note and the Periscope comment (comments); 2 readable chat
    # messages + 2 Grok chats (messages; the 2 encrypted ones are counted in a notice); a like; a
    # follower and a following; 5 profile fields. Parsed: account, profile, tweets, deleted-tweets,
    # message-event, direct-messages, grok, community-note, periscope comments, like, follower,
    # following, article (13); read for context: manifest, protected-history, article-metadata (3);
    # ignored: viewer (2), README, headers (3), the 3 other community-note files,
    # ad-free-article-visits, call sessions (11).
    "2026": ({"post": 5, "comment": 3, "message": 4, "reaction": 1, "connection": 2, "profile": 5},
             {"parsed": 13, "context": 3, "ignored": 11, "unknown": 0}),
}


def expected_manifest() -> dict:
    return {f"x-{era}": {"trees": [era], "items": sum(kinds.values()), "kinds": dict(sorted(kinds.items())),
                         "files": files} for era, (kinds, files) in EXPECTED.items()}


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    for era, build in ERAS.items():
        write(OUT / era, build())
    (OUT / "expected.json").write_text(json.dumps(expected_manifest(), indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
