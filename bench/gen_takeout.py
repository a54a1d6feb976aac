"""A large synthetic Google Takeout (formats doc google.md §1.2, §3.1.1, §3.3): every member under
`Takeout/`, a My Activity JSON of about 500 MB (`Takeout/My Activity/YouTube/MyActivity.json`, a
pretty-printed top-level array with Google's `\\u003d` escapes in URLs), 200,000 YouTube comments in
`comments/comments.csv` (era C header, JSON-in-CSV text), the archive index page, and a few photos
with their JSON sidecars. Invented values only.

    python bench/gen_takeout.py bench-out/takeout-20260301T101010Z-001.zip --activity-mb 500 --comments 200000
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import TEXT_STYLES, Text, Writer, js, new_zip, write_media, write_small  # noqa: E402

ACTIVITY = "Takeout/My Activity/YouTube/MyActivity.json"
COMMENTS = "Takeout/YouTube and YouTube Music/comments/comments.csv"
CHANNEL = "UCbenchbenchbenchbench00"
_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"


def video_id(rng: random.Random) -> str:
    return "".join(rng.choice(_ALPHABET) for _ in range(11))


def activity_record(text: Text, i: int, total: int) -> str:
    rng = text.rng
    when = text.when(i, total).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    vid = video_id(rng)
    roll = rng.random()
    if roll < 0.75:
        return ('{\n  "header": "YouTube",\n'
                f'  "title": {js("Watched " + text.sentence())},\n'
                f'  "titleUrl": "https://www.youtube.com/watch?v\\u003d{vid}",\n'
                '  "subtitles": [{\n'
                f'    "name": {js(text.sentence()[:40])},\n'
                f'    "url": "https://www.youtube.com/channel/UC{vid}{vid[:11]}"\n  }}],\n'
                f'  "time": "{when}",\n  "products": ["YouTube"],\n'
                '  "activityControls": ["YouTube watch history"]\n}')
    if roll < 0.95:
        q = text.sentence()[:50]
        return ('{\n  "header": "YouTube",\n'
                f'  "title": {js("Searched for " + q)},\n'
                f'  "titleUrl": "https://www.youtube.com/results?search_query\\u003d{vid}",\n'
                f'  "time": "{when}",\n  "products": ["YouTube"],\n'
                '  "activityControls": ["YouTube search history"]\n}')
    return ('{\n  "header": "YouTube",\n'
            f'  "title": {js("Liked " + text.sentence())},\n'
            f'  "titleUrl": "https://www.youtube.com/watch?v\\u003d{vid}",\n'
            f'  "time": "{when}",\n  "products": ["YouTube"],\n'
            '  "details": [{\n    "name": "From Google Ads"\n  }],\n'
            '  "activityControls": ["YouTube watch history"]\n}')


def write_activity(w: Writer, text: Text, target_bytes: int) -> int:
    """Records until the member reaches `target_bytes`; returns how many."""
    est = 420  # bytes per record, about; refined as it goes
    total = max(1, target_bytes // est)
    w.write("[")
    n = 0
    while w.bytes + w._size < target_bytes:  # _size: text pending in the writer's buffer
        w.write(activity_record(text, n, total) if n == 0 else "," + activity_record(text, n, total))
        n += 1
    w.write("]")
    return n


def comment_text(text: Text) -> str:
    """The era C `Comment Text` cell: comma-separated JSON segments without an enclosing array."""
    rng = text.rng
    segments = [{"text": text.sentence()}]
    if rng.random() < 0.3:
        segments += [{"text": "\n"}, {"text": text.sentence()}]
    if rng.random() < 0.1:
        segments.append({"text": "https://example.org/x", "link": {"linkUrl": "https://example.org/x"}})
    return ",".join(json.dumps(s, ensure_ascii=False, separators=(",", ":")) for s in segments)


def csv_cell(value: str) -> str:
    if any(c in value for c in ',"\n\r'):
        return '"' + value.replace('"', '""') + '"'
    return value


def write_comments(w: Writer, text: Text, count: int) -> None:
    rng = text.rng
    w.write("Comment ID,Channel ID,Comment Create Timestamp,Price,Parent Comment ID,Post ID,Video ID,"
            "Comment Text,Top-Level Comment ID\n")
    parent = ""
    for i in range(count):
        cid = "Ugx" + "".join(rng.choice(_ALPHABET) for _ in range(23))
        when = text.when(i, count).isoformat(timespec="microseconds")
        reply = rng.random() < 0.2 and parent
        row = (cid if not reply else f"{parent}.{cid[:11]}", CHANNEL, when, "0", parent if reply else "",
               "", video_id(rng), comment_text(text), parent if reply else "")
        w.write(",".join(csv_cell(c) for c in row) + "\n")
        if not reply:
            parent = cid
    w.write("\n\n\n\n")


def generate(out: Path, activity_mb: float = 500, comments: int = 200_000, seed: int = 8,
             photos: int | None = None, activity_only: bool = False, text_style: str = "realistic") -> dict:
    text = Text(seed, text_style)
    rng = random.Random(seed + 2)
    photos = photos if photos is not None else min(300, max(5, comments // 700))
    with new_zip(out) as zf:
        write_small(zf, "Takeout/archive_browser.html",
                    "<html><head><title>Google Data Export Archive Contents</title></head>"
                    "<body>" + "<style>.x{}</style>" * 2000 + "</body></html>")
        with Writer(zf, ACTIVITY) as w:
            records = write_activity(w, text, int(activity_mb * (1 << 20)))
        activity_bytes = w.bytes
        if not activity_only:
            with Writer(zf, COMMENTS) as w:
                write_comments(w, text, comments)
            write_small(zf, "Takeout/YouTube and YouTube Music/channels/channel.csv",
                        "Channel ID,Channel Title (Original),Channel Visibility\n"
                        f"{CHANNEL},Bench Otter,Public\n")
            names = []
            for k in range(photos):
                name = f"Takeout/Google Photos/Photos from 2023/IMG_{k:04d}.jpg"
                names.append(name)
                write_small(zf, name + ".json", json.dumps({
                    "title": f"IMG_{k:04d}.jpg", "description": "",
                    "photoTakenTime": {"timestamp": str(1672531200 + k * 3600)}}, indent=2))
            write_media(zf, names, rng)
    return {"items": records + (0 if activity_only else comments), "activity_records": records,
            "activity_bytes": activity_bytes, "comments": 0 if activity_only else comments}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--activity-mb", type=float, default=500)
    ap.add_argument("--comments", type=int, default=200_000)
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--text", choices=TEXT_STYLES, default="realistic",
                    help="realistic: numbers, dates, links, planted personal data; plain: words only")
    args = ap.parse_args()
    print(generate(args.out, args.activity_mb, args.comments, args.seed, text_style=args.text))


if __name__ == "__main__":
    main()
