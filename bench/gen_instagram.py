"""A large synthetic Instagram export in the IG-4 layout (formats doc meta.md, 2025): personal
information nested two levels, `your_instagram_activity/media/posts_1.json`, comments sharded as
`your_instagram_activity/comments/post_comments_N.json` (100,000 in all), likes, a message thread, and
media files under `media/posts/YYYYMM/`. Text is written as Meta writes it: UTF-8 bytes escaped as
latin-1 `\\u00XX` (the mojibake parsers must repair), JSON indented by two spaces. Invented values.

    python bench/gen_instagram.py bench-out/instagram-bench_otter-2026-03-01.zip --comments 100000
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import TEXT_STYLES, Text, Writer, new_zip, write_media, write_small  # noqa: E402

COMMENTS_PER_SHARD = 40_000  # invented; Meta shards large files as _1, _2, …
IA = "your_instagram_activity/"


def meta_str(value: str) -> str:
    """A JSON string as Meta writes it: each UTF-8 byte of non-ASCII text as a \\u00XX escape."""
    return json.dumps(value.encode("utf-8").decode("latin-1"))


def smd_entry(name: str, value: str = "", timestamp: int = 0) -> str:
    return (f'      "{name}": {{\n        "href": "",\n        "value": {meta_str(value)},\n'
            f'        "timestamp": {timestamp}\n      }}')


def comment(text: Text, i: int, total: int) -> str:
    ts = int(text.when(i, total).timestamp())
    owner = text.rng.choice(("otter_example", "heron_example", "bench_otter", "maple_example"))
    return ('  {\n    "media_list_data": [],\n    "string_map_data": {\n'
            + smd_entry("Comment", text.sentence()) + ",\n"
            + smd_entry("Media Owner", owner) + ",\n"
            + smd_entry("Time", "", ts) + "\n    }\n  }")


def post(text: Text, i: int, total: int, uris: list[str]) -> str:
    ts = int(text.when(i, total).timestamp())
    media = ",\n".join(
        f'      {{\n        "uri": "{u}",\n        "creation_timestamp": {ts},\n'
        f'        "title": {meta_str(text.sentence())}\n      }}' for u in uris)
    return (f'  {{\n    "media": [\n{media}\n    ],\n    "title": {meta_str(text.sentence())},\n'
            f'    "creation_timestamp": {ts}\n  }}')


def generate(out: Path, comments: int = 100_000, seed: int = 8, posts: int | None = None,
             media_files: int | None = None, text_style: str = "realistic") -> dict:
    text = Text(seed, text_style)
    rng = random.Random(seed + 3)
    posts = posts if posts is not None else max(10, comments // 50)
    media_files = media_files if media_files is not None else min(1500, posts)
    media_names: list[str] = []
    with new_zip(out) as zf:
        write_small(zf, "personal_information/personal_information/personal_information.json",
                    json.dumps({"profile_user": [{
                        "title": "User Information", "media_map_data": {},
                        "string_map_data": {
                            "Username": {"href": "", "value": "bench_otter", "timestamp": 0},
                            "Name": {"href": "", "value": "Bench Otter", "timestamp": 0},
                            "Private Account": {"href": "", "value": "False", "timestamp": 0}}}]},
                        indent=2))
        shard = 1
        i = 0
        while i < comments:
            n = min(COMMENTS_PER_SHARD, comments - i)
            with Writer(zf, f"{IA}comments/post_comments_{shard}.json") as w:
                w.write("[\n")
                for k in range(n):
                    doc = comment(text, i + k, comments)
                    w.write(doc if k == 0 else ",\n" + doc)
                w.write("\n]")
            i += n
            shard += 1
        with Writer(zf, f"{IA}media/posts_1.json") as w:
            w.write("[\n")
            for k in range(posts):
                when = text.when(k, posts)
                uris = [f"media/posts/{when:%Y%m}/{17000000000000000 + k * 10 + m}.jpg"
                        for m in range(rng.choice((1, 1, 1, 2, 3)))]
                for u in uris:
                    if len(media_names) < media_files:
                        media_names.append(u)
                w.write(("" if k == 0 else ",\n") + post(text, k, posts, uris))
            w.write("\n]")
        with Writer(zf, f"{IA}likes/liked_posts.json") as w:
            w.write('{\n  "likes_media_likes": [\n')
            for k in range(max(10, comments // 5)):
                ts = int(text.when(k, comments).timestamp())
                w.write(("" if k == 0 else ",\n") +
                        f'    {{\n      "title": "otter_example",\n      "string_list_data": [\n'
                        f'        {{\n          "href": "https://www.instagram.com/p/B{k:09d}/",\n'
                        f'          "value": "\\u00f0\\u009f\\u0091\\u008d",\n'
                        f'          "timestamp": {ts}\n        }}\n      ]\n    }}')
            w.write("\n  ]\n}")
        messages = ",\n".join(
            f'    {{\n      "sender_name": "Bench Otter",\n'
            f'      "timestamp_ms": {1700000000000 + m * 60000},\n'
            f'      "content": {meta_str(text.sentence())},\n      "is_geoblocked_for_viewer": false\n    }}'
            for m in range(200))
        write_small(zf, f"{IA}messages/inbox/otterexample_2222222222/message_1.json",
                    '{\n  "participants": [\n    {\n      "name": "otter_example"\n    },\n'
                    '    {\n      "name": "Bench Otter"\n    }\n  ],\n'
                    f'  "messages": [\n{messages}\n  ],\n  "title": "otter_example",\n'
                    '  "is_still_participant": true,\n  "thread_path": "inbox/otterexample_2222222222"\n}')
        write_small(zf, "connections/followers_and_following/followers_1.json", json.dumps([
            {"title": "", "media_list_data": [], "string_list_data": [
                {"href": f"https://www.instagram.com/f{k}", "value": f"follower_{k}",
                 "timestamp": 1600000000 + k}]} for k in range(max(10, comments // 20))], indent=2))
        media_bytes = write_media(zf, media_names, rng)
    return {"items": comments + posts + max(10, comments // 5) + 200 + max(10, comments // 20),
            "comments": comments, "posts": posts, "media_files": len(media_names),
            "media_bytes": media_bytes}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--comments", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--text", choices=TEXT_STYLES, default="realistic",
                    help="realistic: numbers, dates, links, planted personal data; plain: words only")
    args = ap.parse_args()
    print(generate(args.out, args.comments, args.seed, text_style=args.text))


if __name__ == "__main__":
    main()
