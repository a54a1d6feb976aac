"""A large synthetic X archive in the 2023-2025 layout (formats doc, part A): `data/manifest.js`,
`data/tweets.js` + `tweets-partN.js` (X splits a big data type in parts), likes, followers, DMs,
protected history, the viewer, and a folder of media files. Tweets are pretty-printed exactly as X
writes them (`" : "` separators, 2-space indent, every number a string, no trailing newline), about
2 KB each, with replies, retweets, hashtags, links and media. Invented values only.

    python bench/gen_x.py bench-out/twitter-2026-03-01-bench.zip --tweets 1000000
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import TEXT_STYLES, Text, Writer, js, new_zip, write_media, write_small  # noqa: E402

TWEETS_PER_PART = 200_000  # invented; X splits by size, the doc does not give the threshold
HANDLE = "bench_otter"
ACCOUNT_ID = "1111111111"
FIRST_ID = 1_500_000_000_000_000_000

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def x_date(dt) -> str:
    return (f"{_DAYS[dt.weekday()]} {_MONTHS[dt.month - 1]} {dt.day:02d} "
            f"{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d} +0000 {dt.year}")


def _hashtags(tags: list[str]) -> str:
    if not tags:
        return "[ ]"
    body = ",\n".join(
        f'          {{\n            "text" : {js(t)},\n            "indices" : [\n'
        f'              "{i * 9}",\n              "{i * 9 + len(t) + 1}"\n            ]\n          }}'
        for i, t in enumerate(tags))
    return "[\n" + body + "\n        ]"


def _mentions(names: list[tuple[str, str]]) -> str:
    if not names:
        return "[ ]"
    body = ",\n".join(
        f'          {{\n            "name" : {js(name)},\n            "screen_name" : "{sn}",\n'
        f'            "indices" : [\n              "0",\n              "{len(sn) + 1}"\n            ],\n'
        f'            "id_str" : "{2220000 + i}",\n            "id" : "{2220000 + i}"\n          }}'
        for i, (sn, name) in enumerate(names))
    return "[\n" + body + "\n        ]"


def _urls(n: int, tid: int) -> str:
    if not n:
        return "[ ]"
    body = ",\n".join(
        f'          {{\n            "url" : "https://t.co/b{tid % 99991:05d}{k}",\n'
        f'            "expanded_url" : "https://example.com/post/{tid % 100000}/{k}",\n'
        f'            "display_url" : "example.com/post/{tid % 100000}/{k}",\n'
        f'            "indices" : [\n              "40",\n              "63"\n            ]\n          }}'
        for k in range(n))
    return "[\n" + body + "\n        ]"


def _media(tid: int, count: int, video: bool) -> str:
    items = []
    for k in range(count):
        mid = tid + 7 + k
        kind = "video" if video else "photo"
        items.append(
            f'          {{\n            "expanded_url" : '
            f'"https://x.com/{HANDLE}/status/{tid}/{kind}/{k + 1}",\n'
            f'            "indices" : [\n              "64",\n              "87"\n            ],\n'
            f'            "url" : "https://t.co/m{tid % 99991:05d}{k}",\n'
            f'            "media_url" : "http://pbs.twimg.com/media/M{mid}.jpg",\n'
            f'            "id_str" : "{mid}",\n            "id" : "{mid}",\n'
            f'            "media_url_https" : "https://pbs.twimg.com/media/M{mid}.jpg",\n'
            f'            "sizes" : {{\n              "large" : {{\n                "w" : "1600",\n'
            f'                "h" : "1200",\n                "resize" : "fit"\n              }},\n'
            f'              "thumb" : {{\n                "w" : "150",\n                "h" : "150",\n'
            f'                "resize" : "crop"\n              }}\n            }},\n'
            f'            "type" : "{kind}",\n'
            f'            "display_url" : "pic.x.com/m{tid % 99991:05d}{k}"\n          }}')
    return ",\n".join(items)


def tweet(text: Text, i: int, total: int) -> tuple[str, int, int]:
    """One `{"tweet": {...}}` element; returns (json, tweet id, media count)."""
    rng = text.rng
    tid = FIRST_ID + i * 1013
    created = text.when(i, total)
    roll = rng.random()
    tags = [rng.choice(("otters", "rivers", "python", "maps", "glaciers"))
            for _ in range(rng.choice((0, 0, 0, 1, 2)))]
    mentions: list[tuple[str, str]] = []
    reply = ""
    if roll < 0.10:  # retweet: "RT @" prefix, the original author first in user_mentions
        mentions = [("river_otter", "River Otter")]
        body = "RT @river_otter: " + text.sentence()
    elif roll < 0.35:  # reply to someone else
        mentions = [("lantern_maple", "Lantern Maple")]
        body = "@lantern_maple " + text.sentence()
        reply = (f'      "in_reply_to_status_id_str" : "{tid - 5003}",\n'
                 '      "in_reply_to_user_id" : "2220000",\n'
                 f'      "in_reply_to_status_id" : "{tid - 5003}",\n'
                 '      "in_reply_to_screen_name" : "lantern_maple",\n'
                 '      "in_reply_to_user_id_str" : "2220000",\n')
    else:
        body = text.sentence() + (" " + text.sentence() if rng.random() < 0.5 else "")
    body += "".join(f" #{t}" for t in tags)
    n_urls = 1 if rng.random() < 0.3 else 0
    if n_urls:
        body += f" https://t.co/b{tid % 99991:05d}0"
    media = 0
    media_json = ""
    if roll >= 0.10 and rng.random() < 0.15:
        video = rng.random() < 0.2
        media = 1 if video else rng.choice((1, 1, 2, 4))
        body += f" https://t.co/m{tid % 99991:05d}0"
        m = _media(tid, media, video)
        media_json = (f',\n        "media" : [\n{m}\n        ]\n      }},\n'
                      f'      "extended_entities" : {{\n        "media" : [\n{m}\n        ]')
    body = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    doc = (
        '  {\n    "tweet" : {\n'
        f'      "edit_info" : {{\n        "initial" : {{\n          "editTweetIds" : [\n'
        f'            "{tid}"\n          ],\n          "editableUntil" : "{created.isoformat()[:19]}.000Z",\n'
        f'          "editsRemaining" : "5",\n          "isEditEligible" : true\n        }}\n      }},\n'
        '      "retweeted" : false,\n'
        '      "source" : "<a href=\\"https://mobile.twitter.com\\" '
        'rel=\\"nofollow\\">Twitter Web App</a>",\n'
        '      "entities" : {\n'
        f'        "hashtags" : {_hashtags(tags)},\n'
        '        "symbols" : [ ],\n'
        f'        "user_mentions" : {_mentions(mentions)},\n'
        f'        "urls" : {_urls(n_urls, tid)}{media_json}\n'
        '      },\n'
        f'      "display_text_range" : [\n        "0",\n        "{len(body)}"\n      ],\n'
        f'      "favorite_count" : "{rng.randint(0, 40)}",\n'
        + reply +
        f'      "id_str" : "{tid}",\n'
        '      "truncated" : false,\n'
        f'      "retweet_count" : "{rng.randint(0, 9)}",\n'
        f'      "id" : "{tid}",\n'
        '      "possibly_sensitive" : false,\n'
        f'      "created_at" : "{x_date(created)}",\n'
        '      "favorited" : false,\n'
        f'      "full_text" : {js(body)},\n'
        f'      "lang" : "{rng.choice(("en", "en", "en", "de", "fr", "und"))}"\n'
        '    }\n  }'
    )
    return doc, tid, media


def generate(out: Path, tweets: int, seed: int = 8, media_files: int | None = None,
             likes: int | None = None, text_style: str = "realistic") -> dict:
    """Write the archive; returns what it holds (counts and bytes) for the benchmark's report."""
    text = Text(seed, text_style)
    rng = random.Random(seed + 1)
    likes = likes if likes is not None else max(100, tweets // 10)
    media_files = media_files if media_files is not None else min(2000, max(10, tweets // 500))
    media_ids: list[tuple[int, bool]] = []
    parts: list[tuple[str, str, int]] = []
    tweet_bytes = 0
    with new_zip(out) as zf:
        write_small(zf, "Your archive.html", "<!DOCTYPE html><html><body>archive viewer</body></html>")
        write_small(zf, "assets/js/main.js", "// viewer " + "x" * 20000)
        part = 0
        i = 0
        while i < tweets:
            name = "data/tweets.js" if part == 0 else f"data/tweets-part{part}.js"
            n = min(TWEETS_PER_PART, tweets - i)
            with Writer(zf, name) as w:
                w.write(f"window.YTD.tweets.part{part} = [\n")
                for k in range(n):
                    doc, tid, media = tweet(text, i + k, tweets)
                    w.write(doc if k == 0 else ",\n" + doc)
                    if media and len(media_ids) < media_files:
                        media_ids.append((tid, media == 1 and rng.random() < 0.2))
                w.write("\n]")
            tweet_bytes += w.bytes
            parts.append((name, f"YTD.tweets.part{part}", n))
            i += n
            part += 1
        with Writer(zf, "data/like.js") as w:
            w.write("window.YTD.like.part0 = [\n")
            for k in range(likes):
                lid = FIRST_ID + 7 + k * 977
                w.write(("" if k == 0 else ",\n") +
                        f'  {{\n    "like" : {{\n      "tweetId" : "{lid}",\n'
                        f'      "fullText" : {js(text.sentence())},\n'
                        f'      "expandedUrl" : "https://twitter.com/i/web/status/{lid}"\n    }}\n  }}')
            w.write("\n]")
        for kind, key in (("follower", "follower"), ("following", "following")):
            with Writer(zf, f"data/{kind}.js") as w:
                w.write(f"window.YTD.{kind}.part0 = [\n")
                count = max(10, tweets // 100)
                for k in range(count):
                    uid = 3330000 + k
                    w.write(("" if k == 0 else ",\n") +
                            f'  {{\n    "{key}" : {{\n      "accountId" : "{uid}",\n'
                            f'      "userLink" : "https://twitter.com/intent/user?user_id={uid}"'
                            '\n    }\n  }')
                w.write("\n]")
        conversations = max(5, tweets // 2000)
        with Writer(zf, "data/direct-messages.js") as w:
            w.write("window.YTD.direct_messages.part0 = [\n")
            for c in range(conversations):
                msgs = ",\n".join(
                    f'          {{\n            "messageCreate" : {{\n'
                    f'              "recipientId" : "444{c}",\n'
                    f'              "reactions" : [ ],\n              "urls" : [ ],\n'
                    f'              "text" : {js(text.sentence())},\n              "mediaUrls" : [ ],\n'
                    f'              "senderId" : "{ACCOUNT_ID}",\n'
                    f'              "id" : "{FIRST_ID + c * 100 + m}",\n'
                    f'              "createdAt" : "2024-0{1 + m % 9}-1{m % 10}T10:00:0{m % 10}.000Z"\n'
                    '            }\n          }'
                    for m in range(10))
                w.write(("" if c == 0 else ",\n") +
                        f'  {{\n    "dmConversation" : {{\n      "conversationId" : "{ACCOUNT_ID}-444{c}",\n'
                        f'      "messages" : [\n{msgs}\n      ]\n    }}\n  }}')
            w.write("\n]")
        write_small(zf, "data/account.js",
                    'window.YTD.account.part0 = [\n  {\n    "account" : {\n'
                    '      "email" : "otter@example.com",\n      "createdVia" : "web",\n'
                    f'      "username" : "{HANDLE}",\n      "accountId" : "{ACCOUNT_ID}",\n'
                    '      "createdAt" : "2011-05-01T10:00:00.000Z",\n'
                    '      "accountDisplayName" : "Bench Otter"\n    }\n  }\n]')
        write_small(zf, "data/profile.js",
                    'window.YTD.profile.part0 = [\n  {\n    "profile" : {\n      "description" : {\n'
                    '        "bio" : "Invented account for benchmarks",\n'
                    '        "website" : "https://t.co/xyz",\n        "location" : "Example Town"\n'
                    '      },\n      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1/a.jpg"\n'
                    '    }\n  }\n]')
        write_small(zf, "data/protected-history.js", "window.YTD.protected_history.part0 = [ ]")
        write_small(zf, "data/ip-audit.js", "window.YTD.ip_audit.part0 = [ ]")
        media_names = []
        for tid, video in media_ids:
            ext = "mp4" if video else "jpg"
            media_names.append(f"data/tweets_media/{tid}-M{tid + 7}.{ext}")
        media_bytes = write_media(zf, media_names, rng)
        files = ",\n".join(
            f'          {{\n            "fileName" : "{n}",\n            "globalName" : "{g}",\n'
            f'            "count" : "{c}"\n          }}' for n, g, c in parts)
        write_small(zf, "data/manifest.js",
                    'window.__THAR_CONFIG = {\n  "userInfo" : {\n'
                    f'    "accountId" : "{ACCOUNT_ID}",\n    "userName" : "{HANDLE}",\n'
                    '    "displayName" : "Bench Otter"\n  },\n  "archiveInfo" : {\n'
                    '    "sizeBytes" : "1",\n    "generationDate" : "2026-03-01T12:00:00.000Z",\n'
                    '    "isPartialArchive" : false,\n    "maxPartSizeBytes" : "53687091200"\n  },\n'
                    '  "dataTypes" : {\n    "tweets" : {\n      "mediaDirectory" : "data/tweets_media",\n'
                    f'      "files" : [\n{files}\n      ]\n    }}\n  }}\n}}')
        write_small(zf, "data/README.txt",
                    "INTRODUCTION\n============\nThis archive was generated at the request of the "
                    f"following user:\n- @{HANDLE} at the time the archive was generated\n")
    return {"items": tweets + likes + 2 * max(10, tweets // 100) + conversations * 10,
            "tweets": tweets, "tweet_bytes": tweet_bytes, "media_files": len(media_names),
            "media_bytes": media_bytes}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--tweets", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--text", choices=TEXT_STYLES, default="realistic",
                    help="realistic: numbers, dates, links, planted personal data; plain: words only")
    args = ap.parse_args()
    print(generate(args.out, args.tweets, args.seed, text_style=args.text))


if __name__ == "__main__":
    main()
