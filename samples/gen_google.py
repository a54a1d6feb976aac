"""Writes the synthetic Google Takeout samples under samples/google/<part>/ (deterministic: the same
bytes on every run). Layouts follow docs/formats/google.md; every name and value is invented
(example.com addresses, fictional people, made-up ids).

    python samples/gen_google.py            # rewrite the trees and expected.json

Trees (each holds a `Takeout/` folder, as every Takeout part does):
  en-part1  English export, part 1: index page, Profile, the YouTube CSV era (channel, videos, video
            texts, comments with the XSS probe, live chats, community posts, playlists with Watch
            later and Liked videos, subscriptions), the older my-comments / live-chat HTML, watch
            history as HTML and search history as JSON
  en-part2  part 2: My Activity (HTML and JSON), Maps, Play and Search reviews, Blogger (live, draft,
            trashed, page, comments), Google Photos albums, and the private products (Location
            History, Gmail, Chrome, Drive, Calendar) plus one product nobody knows
  nl-part1  Dutch export, part 1: Profile and YouTube with the Dutch folder names (reacties,
            abonnementen, geschiedenis/kijkgeschiedenis.html) and the Dutch comments header
  nl-part2  part 2: Mijn activiteit (HTML with Dutch dates, JSON), reviews, Gmail, the index page
  2025-youtube  a 2025-2026 YouTube export: `<title> videos.csv` per playlist (a title with accents
            and characters replaced by `_`, Favorites, Watch later, one no playlist matches), Liked
            videos as a total only, channel community moderation settings, music library songs,
            shopping, My Maps (.kmz), the account's address in archive_browser.html
  es        a Spanish export: Spanish folder, file and column names (comentarios, canales, listas de
            reproducción with `-vídeos` files, mensajes del chat en directo, metadatos del vídeo,
            suscripciones, historial)
  fr        a French export: the French names the sources give (chaînes, commentaires, abonnements,
            historique, the comment and subscription headers), assumed ones for the rest, and one
            folder name invented so that its file is found only by the shape of its columns
  de        a German export: Kanäle, Kommentare, Livechats, Video-Metadaten (Videos, Videotexte,
            Videoaufzeichnungen), Playlists with `-Videos` files, Abos, Verlauf, German headers
  tr        a Turkish YouTube folder: d3i's and an importer's Turkish names ([S]), the rest invented
            so that those files are read by the shape of their columns

Where the notes do not know a localised name or header, the Dutch trees use the English one, as real
non-English exports do for untranslated names. `posts/posts.csv` has no confirmed header: the one here
is an assumption (Post ID, Channel ID, Post Create Timestamp, Post Text).
"""

# The file contents below are verbatim export lines; wrapping them would change the bytes.
# ruff: noqa: E501

from __future__ import annotations

import csv
import io
import json
import shutil
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent / "google"

EN_CHANNEL = "UCexampleAdaChannel00001"
NL_CHANNEL = "UCexampleDaanChannel0002"
OTHER_CHANNEL = "UCexampleOtherChannel003"

XSS_TEXT_SEGMENTS = (
    '{"text":"Nice demo <script>alert(1)</script> and "},{"text":"<img src=x onerror=alert(1)>"},'
    '{"text":" see "},{"text":"this link","link":{"linkUrl":"javascript:alert(1)"}}'
)


def csv_text(rows: list[list[str]]) -> str:
    """CSV as Takeout writes it: RFC 4180 quoting, LF, several blank lines at the end."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerows(rows)
    return buf.getvalue() + "\n\n\n\n"


def js(value: object) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


ARCHIVE_BROWSER = """<!DOCTYPE html>
<html><head><title>Google Data Export Archive Contents</title>
<style>body { font-family: Roboto, Arial, sans-serif; }</style></head>
<body><h1>Archive Contents</h1><p>Your archive contains data from the products below.</p>
<ul><li>YouTube and YouTube Music</li><li>My Activity</li><li>Profile</li></ul></body></html>
"""

ACTIVITY_HEAD = """<html><head><style>
.mdl-card { display: flex; } .outer-cell { margin: 8px; } .mdl-typography--title { font-size: 20px; }
</style></head><body><div class="mdl-grid">
"""
ACTIVITY_TAIL = "</div></body></html>\n"


def activity_cell(product: str, action: str, url: str, link_text: str, extra: list[tuple[str, str]],
                  when: str, why: str) -> str:
    """One `outer-cell` record of a My Activity HTML page."""
    lines = [f'{action}&nbsp;<a href="{url}">{link_text}</a>' if url else f"{action}&nbsp;{link_text}"]
    lines += [f'<a href="{u}">{t}</a>' for u, t in extra]
    lines.append(when)
    return (
        '<div class="outer-cell mdl-cell mdl-cell--12-col mdl-shadow--2dp"><div class="mdl-grid">'
        f'<div class="header-cell mdl-cell mdl-cell--12-col"><p class="mdl-typography--title">{product}<br></p></div>'
        f'<div class="content-cell mdl-cell mdl-cell--6-col mdl-typography--body-1">{"<br>".join(lines)}</div>'
        '<div class="content-cell mdl-cell mdl-cell--6-col mdl-typography--body-1 mdl-typography--text-right"></div>'
        '<div class="content-cell mdl-cell mdl-cell--12-col mdl-typography--caption">'
        f"<b>Products:</b><br>&emsp;{product}<br><b>Why is this here?</b><br>&emsp;{why}</div>"
        "</div></div>\n"
    )


def legacy_list(entries: list[str]) -> str:
    return ('<html><head><meta charset="utf-8"><title>My comments</title></head><body><ul>'
            + "".join(f"<li>{e}</li>" for e in entries) + "</ul></body></html>\n")


def atom_feed(entries: list[str]) -> str:
    return ("<?xml version='1.0' encoding='utf-8'?>\n"
            '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:blogger="http://schemas.google.com/blogger/2018">\n'
            "  <id>tag:blogger.com,1999:blog-7000000000000000001.archive</id>\n"
            "  <title>Example Notes</title>\n"
            + "".join(entries) + "</feed>\n")


def atom_entry(post_id: str, etype: str, status: str, author: str, title: str, content_html: str,
               published: str, filename: str = "", parent: str = "") -> str:
    esc = content_html.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    parts = [
        "  <entry>\n",
        f"    <id>tag:blogger.com,1999:blog-7000000000000000001.post-{post_id}</id>\n",
        f"    <blogger:type>{etype}</blogger:type>\n",
        f"    <blogger:status>{status}</blogger:status>\n",
        f"    <author><name>{author}</name><blogger:type>BLOGGER</blogger:type></author>\n",
        f"    <title>{title}</title>\n",
        f'    <content type="html">{esc}</content>\n',
        f"    <blogger:created>{published}</blogger:created>\n",
        f"    <published>{published}</published>\n",
        f"    <updated>{published}</updated>\n",
    ]
    if filename:
        parts.append(f"    <blogger:filename>{filename}</blogger:filename>\n")
        parts.append(f'    <link rel="alternate" type="text/html" href="https://example-notes.blogspot.com{filename}"/>\n')
    if parent:
        parts.append(f"    <blogger:parent>tag:blogger.com,1999:blog-7000000000000000001.post-{parent}</blogger:parent>\n")
    parts.append("  </entry>\n")
    return "".join(parts)


def mbox(messages: list[tuple[str, str, str]]) -> str:
    out = []
    for sender, subject, body in messages:
        out.append(f"From 1790000000000000001@xxx Sun Mar 01 10:00:00 +0000 2026\n"
                   f"X-Gmail-Labels: Inbox\nFrom: {sender}\nSubject: {subject}\n\n{body}\n\n")
    return "".join(out)


# ---------------------------------------------------------------- English export

def en_part1() -> dict[str, str | bytes]:
    yt = "Takeout/YouTube and YouTube Music/"
    return {
        "Takeout/archive_browser.html": ARCHIVE_BROWSER,
        "Takeout/Profile/Profile.json": js({
            "name": {"givenName": "Ada", "familyName": "Example", "formattedName": "Ada Example"},
            "displayName": "Ada Example",
            "emails": [{"value": "ada.example@example.com"}],
            "gender": {"type": "female"},
            "birthday": "1990-01-01",
        }),
        "Takeout/Profile/ProfilePhoto.jpg": b"\xff\xd8\xff\xe0not-a-real-jpeg\xff\xd9",
        yt + "channels/channel.csv": csv_text([
            ["Channel ID", "Channel Description (Original)", "Channel Tag 1", "Channel Title (Original)", "Channel Visibility"],
            [EN_CHANNEL, "Notes on baking bread and fixing bicycles.", "bread", "Ada Bakes", "Public"],
        ]),
        yt + "channels/channel URL configs.csv": csv_text([
            ["Channel ID", "Channel Vanity URL 1 Name"],
            [EN_CHANNEL, "@adabakes-example"],
        ]),
        yt + "channels/channel feature data.csv": csv_text([
            ["Channel ID", "Channel Auto Moderation in Live Chat", "Video Default Allowed Comments Type", "Video Default Targeted Audience", "Video Default Language", "Video Default License", "Video Default Location Latitude", "Video Default Location Longitude"],
            [EN_CHANNEL, "false", "Hold potentially inappropriate comments for review", "Not set", "en", "youtube", "", ""],
        ]),
        yt + "video metadata/videos.csv": csv_text([
            ["Video ID", "Approx Duration (ms)", "Video Audio Language", "Video Category", "Video Description (Original)", "Channel ID", "Tag 1", "Tag 2", "Video Title (Original)", "Privacy", "Video State", "Video Create Timestamp", "Video Publish Timestamp"],
            ["vidPublic01", "93000", "en", "People", "A sourdough loaf, start to finish.\nSecond line of the description.", EN_CHANNEL, "bread", "baking", "Sourdough in one day", "Public", "Processed", "2025-01-07T19:48:06+00:00", "2025-01-07T19:57:12.434647+00:00"],
            ["vidUnlist02", "61000", "en", "Howto & Style", "", EN_CHANNEL, "", "", "Truing a wheel (for friends)", "Unlisted", "Processed", "2025-03-25T13:48:31.606945622+00:00", "2025-03-25T13:50:00+00:00"],
            ["vidPrivat03", "12000", "en", "People", "", EN_CHANNEL, "", "", "Kitchen test clip", "Private", "Processed", "2025-06-01T08:00:00+00:00", ""],
        ]),
        yt + "video metadata/video texts.csv": csv_text([
            ["Video ID", "Video Text Create Timestamp", "Video Title Text Segments 1", "Video Text Update Timestamp"],
            ["vidPublic01", "2025-01-07T19:48:06+00:00", "Sourdough in one day", "2025-01-07T19:48:06+00:00"],
            ["vidOrphan04", "2024-11-02T10:00:00+00:00", "An old upload that is gone", "2024-11-02T10:00:00+00:00"],
        ]),
        yt + "video metadata/video recordings.csv": csv_text([
            ["Video ID", "Video Recording Address", "Video Recording Altitude", "Video Recording Latitude", "Video Recording Longitude", "Place ID derived from Google's Places API"],
            ["vidPublic01", "1 Example Street, Exampletown", "", "52.0", "4.0", ""],
        ]),
        yt + "videos/Sourdough in one day.mp4": b"\x00\x00\x00\x18ftypmp42synthetic-video-bytes",
        yt + "comments/comments.csv": csv_text([
            ["Comment ID", "Channel ID", "Comment Create Timestamp", "Price", "Parent Comment ID", "Post ID", "Video ID", "Comment Text", "Top-Level Comment ID"],
            ["UgxEnComment000000000001", EN_CHANNEL, "2025-03-01T10:15:30.123456+00:00", "0", "", "", "otherVid001", '{"text":"Great explanation, thanks!"},{"text":"\\n"},{"text":"See "},{"text":"https://example.org","link":{"linkUrl":"https://example.org"}}', ""],
            ["UgxEnComment000000000001.9zReply000001", EN_CHANNEL, "2025-03-02T08:00:00+00:00", "0", "UgxEnComment000000000001", "", "otherVid001", '{"text":"(reply) agreed"}', "UgxEnComment000000000001"],
            ["UgxEnComment000000000003", EN_CHANNEL, "2025-04-10T12:00:00+00:00", "0", "", "", "vidPublic01", XSS_TEXT_SEGMENTS, ""],
            ["UgxEnComment000000000004", EN_CHANNEL, "2025-05-05T09:30:00+00:00", "0", "", "", "vidUnlist02", '{"text":"Pinned: spoke tension chart below."}', ""],
            ["UgxEnComment000000000005", EN_CHANNEL, "2025-06-06T18:00:00+00:00", "0", "", "UgkxPostExample0001", "", '{"text":"Thanks everyone for the ideas!"}', ""],
        ]),
        yt + "live chats/live chats.csv": csv_text([
            ["Live Chat ID", "Channel ID", "Live Chat Create Timestamp", "Price", "Video ID", "Live Chat Text"],
            ["UgzEnChat00000000000000000001", EN_CHANNEL, "2025-09-11T09:36:37.097266+00:00", "0", "streamVid01", '{"text":"hello from the stream \\u200d"}'],
            ["UgzEnChat00000000000000000002", EN_CHANNEL, "2025-09-11T09:40:00+00:00", "2.00", "streamVid01", '{"text":"a small Super Chat for the bakery fund"}'],
        ]),
        yt + "posts/posts.csv": csv_text([
            ["Post ID", "Channel ID", "Post Create Timestamp", "Post Text"],
            ["UgkxPostExample0001", EN_CHANNEL, "2025-06-05T12:00:00+00:00", '{"text":"Which loaf should I bake next?"}'],
        ]),
        yt + "playlists/playlists.csv": csv_text([
            ["Playlist ID", "Add new videos to top", "Playlist Image 1 Create Timestamp", "Playlist Image 1 URL", "Playlist Image 1 Height", "Playlist Image 1 Width", "Playlist Title (Original)", "Playlist Title (Original) Language", "Playlist Create Timestamp", "Playlist Update Timestamp", "Playlist Video Order", "Playlist Visibility"],
            ["PLexampleRoadTrip000000000000001", "False", "", "", "", "", "Road trip: bakeries", "en", "2025-02-01T10:00:00+00:00", "2025-02-03T10:00:00+00:00", "Manual", "Public"],
            ["PLexampleWheels00000000000000002", "False", "", "", "", "", "Wheel building", "en", "2025-03-01T10:00:00+00:00", "2025-03-02T10:00:00+00:00", "Manual", "Unlisted"],
            ["WLexampleWatchLater", "True", "", "", "", "", "Watch later", "", "2024-01-01T00:00:00+00:00", "2025-08-01T00:00:00+00:00", "Manual", "Private"],
        ]),
        yt + "playlists/Road trip_ bakeries-videos.csv": csv_text([
            ["Video ID", "Playlist Video Creation Timestamp"],
            ["otherVid001", "2025-02-01T10:05:00+00:00"],
            ["vidPublic01", "2025-02-02T10:05:00+00:00"],
        ]),
        yt + "playlists/Wheel building-videos.csv": csv_text([
            ["Video ID", "Playlist Video Creation Timestamp"],
            ["vidUnlist02", "2025-03-01T10:05:00+00:00"],
        ]),
        yt + "playlists/Watch later-videos.csv": csv_text([
            ["Video ID", "Playlist Video Creation Timestamp"],
            ["otherVid002", "2025-08-01T00:00:00+00:00"],
        ]),
        yt + "playlists/Liked videos.csv": csv_text([
            ["Video ID", "Playlist Video Creation Timestamp"],
            ["otherVid001", "2025-03-01T10:10:00+00:00"],
        ]),
        yt + "subscriptions/subscriptions.csv": csv_text([
            ["Channel Id", "Channel Url", "Channel Title"],
            [OTHER_CHANNEL, f"http://www.youtube.com/channel/{OTHER_CHANNEL}", "Example Bikes"],
        ]),
        yt + "my-comments/my-comments.html": legacy_list([
            'Sent at 2020-04-27 23:18:23 UTC while watching <a href="http://www.youtube.com/watch?v=oldVideo001&amp;lc=UgwOldComment0000000001">a video</a>.<br/>First comment from the old export &lt;b&gt;bold?&lt;/b&gt;',
            'Sent at 2016-06-15T08:50:49Z while watching <a href="javascript:alert(1)">a video</a>.<br/>An older one, with a hostile link',
        ]),
        yt + "my-live-chat-messages/my-live-chat-messages.html": legacy_list([
            'Sent at 2020-05-06 19:32:44 UTC while watching <a href="http://www.youtube.com/watch?v=oldStream01">a live stream</a>.<br/>hi chat',
        ]),
        yt + "history/watch-history.html": ACTIVITY_HEAD + "".join([
            activity_cell("YouTube", "Watched", "https://www.youtube.com/watch?v=otherVid001", "How to shape a boule",
                          [(f"https://www.youtube.com/channel/{OTHER_CHANNEL}", "Example Bikes")],
                          "Aug 25, 2025, 5:06:44\u202fPM PDT", "This activity was saved to your Google Account because the following settings were on:&nbsp;YouTube watch history."),
            activity_cell("YouTube", "Watched", "https://www.youtube.com/watch?v=otherVid002", "Spoke tension explained", [],
                          "Jan 22, 2025, 8:34:00 PM UTC", "YouTube watch history"),
        ]) + ACTIVITY_TAIL,
        yt + "history/search-history.json": js([
            {"header": "YouTube", "title": "Searched for sourdough starter",
             "titleUrl": "https://www.youtube.com/results?search_query=sourdough+starter",
             "time": "2025-02-13T12:36:27.561312Z", "products": ["YouTube"],
             "activityControls": ["YouTube search history"]},
        ]),
    }


def en_part2() -> dict[str, str | bytes]:
    return {
        "Takeout/My Activity/Search/MyActivity.html": ACTIVITY_HEAD + activity_cell(
            "Search", "Searched for", "https://www.google.com/search?q=bread+flour+protein", "bread flour protein", [],
            "Mar 8, 2018, 5:14:40 PM", "Web &amp; App Activity") + activity_cell(
            "Search", "Visited", "https://www.google.com/url?q=https://example.com/flour-guide&amp;usg=AOv", "example.com/flour-guide", [],
            "13 Jan 2019, 19:37:22 GMT-05:00", "Web &amp; App Activity") + ACTIVITY_TAIL,
        "Takeout/My Activity/YouTube/MyActivity.json": js([
            {"header": "YouTube", "title": "Watched How to shape a boule",
             "titleUrl": "https://www.youtube.com/watch?v=otherVid001",
             "subtitles": [{"name": "Example Bikes", "url": f"https://www.youtube.com/channel/{OTHER_CHANNEL}"}],
             "time": "2025-11-21T14:52:38.445Z", "products": ["YouTube"],
             "activityControls": ["YouTube watch history"]},
            {"header": "YouTube", "title": "Watched a video that has been removed",
             "time": "2025-11-20T10:00:00Z", "products": ["YouTube"],
             "activityControls": ["YouTube watch history"]},
        ]),
        "Takeout/My Activity/Maps/My Activity.json": js([
            {"header": "Maps", "title": "Searched for bakeries near me",
             "titleUrl": "https://www.google.com/maps/search/bakeries", "time": "2025-10-01T09:00:00Z",
             "products": ["Maps"], "activityControls": ["Web & App Activity"]},
        ]),
        "Takeout/My Activity/Assistant/audio-2025-10-01.mp3": b"ID3synthetic-audio",
        "Takeout/Maps (your places)/Reviews.json": js({
            "type": "FeatureCollection",
            "features": [
                {"geometry": {"coordinates": [4.897, 52.377], "type": "Point"},
                 "properties": {"date": "2025-02-13T12:36:27.561312Z", "five_star_rating_published": 5,
                                "google_maps_url": "https://www.google.com/maps/place//data=!4m2!3m1!1s0x0:0x1111111111111111",
                                "location": {"address": "1 Example St, Exampletown", "country_code": "NL", "name": "Example Bakery"},
                                "questions": [{"question": "Food", "rating": 5}],
                                "review_text_published": "Great bread, friendly staff."},
                 "type": "Feature"},
                {"geometry": {"coordinates": [0, 0], "type": "Point"},
                 "properties": {"date": "2025-04-01T08:00:00Z", "five_star_rating_published": "FOUR",
                                "google_maps_url": "https://www.google.com/maps/place//data=!4m2!3m1!1s0x0:0x2222222222222222",
                                "location": {"address": "2 Sample Rd, Exampletown", "name": "Sample Bike Shop"}},
                 "type": "Feature"},
            ],
        }),
        "Takeout/Maps (your places)/Saved Places.json": js({"type": "FeatureCollection", "features": []}),
        "Takeout/Google Play Store/Reviews.json": js([
            {"review": {"document": {"documentType": "Android Apps", "title": "Example Timer"},
                        "creationTime": "2025-08-23T10:00:00.000Z", "starRating": 4, "title": "Nice",
                        "comment": "Works well for proofing dough."}},
        ]),
        "Takeout/Google Play Store/Installs.json": js([
            {"install": {"doc": {"documentType": "Android Apps", "title": "Example Timer"},
                         "firstInstallationTime": "2025-08-01T10:00:00.000Z"}},
        ]),
        "Takeout/Search Contributions/Reviews.json": js([
            {"Published": "2025-05-01T12:34:56.789Z", "Updated": "2025-05-01T12:34:56.789Z",
             "Review Comment": "A calm film about a baker.", "Review Star Rating": 4,
             "Search Query": "The Example Baker (film)"},
        ]),
        "Takeout/Search Contributions/Thumbs.json": js([
            {"Published": "2025-05-02T12:00:00Z", "Updated": "2025-05-02T12:00:00Z",
             "Search Query": "Example Show", "Thumbs Rating": "up"},
        ]),
        "Takeout/Blogger/Blogs/Example Notes/feed.atom": atom_feed([
            atom_entry("1001", "POST", "LIVE", "Ada Example", "Hello world", "<p>First post about <b>bread</b>.</p>",
                       "2025-01-01T10:00:00.000Z", "/2025/01/hello-world.html"),
            atom_entry("1002", "POST", "DRAFT", "Ada Example", "Half-baked idea", "<p>Not ready yet.</p>",
                       "2025-02-01T10:00:00.000Z"),
            atom_entry("1003", "POST", "SOFT_TRASHED", "Ada Example", "Deleted rant", "<p>Never mind.</p>",
                       "2025-02-02T10:00:00.000Z"),
            atom_entry("1004", "PAGE", "LIVE", "Ada Example", "About", "<p>I bake and I ride.</p>",
                       "2025-01-02T10:00:00.000Z", "/p/about.html"),
            atom_entry("2001", "COMMENT", "LIVE", "Reader Example", "", "<p>Lovely crumb!</p>",
                       "2025-01-03T10:00:00.000Z", parent="1001"),
            atom_entry("2002", "COMMENT", "LIVE", "Ada Example", "", "<p>Thank you!</p>",
                       "2025-01-03T11:00:00.000Z", parent="1001"),
        ]),
        "Takeout/Google Photos/Bakery trip 2025/metadata.json": js({
            "title": "Bakery trip 2025", "description": "", "access": "protected",
            "date": {"timestamp": "1735725016", "formatted": "Jan 1, 2025, 9:50:16 AM UTC"},
        }),
        "Takeout/Google Photos/Bakery trip 2025/IMG_0001.jpg": b"\xff\xd8\xff\xe0synthetic\xff\xd9",
        "Takeout/Google Photos/Bakery trip 2025/IMG_0001.jpg.supplemental-metadata.json": js({
            "title": "IMG_0001.jpg", "description": "", "imageViews": "3",
            "photoTakenTime": {"timestamp": "1735725016", "formatted": "Jan 1, 2025, 9:50:16 AM UTC"}}),
        "Takeout/Google Photos/shared_album_comments.json": js([]),
        "Takeout/Location History (Timeline)/Records.json": js({"locations": [
            {"latitudeE7": 520000000, "longitudeE7": 40000000, "accuracy": 20, "timestamp": "2025-01-01T10:00:00Z"}]}),
        "Takeout/Mail/All mail Including Spam and Trash.mbox": mbox([
            ("Example Bakery <news@example.com>", "Fresh bread on Fridays", "See you there."),
            ("Bob Example <bob@example.com>", "Ride on Sunday?", "Meet at 9."),
        ]),
        "Takeout/Chrome/History.json": js({"Browser History": [
            {"page_transition": "LINK", "title": "Example", "url": "https://example.com/", "client_id": "abc", "time_usec": 1735725016000000}]}),
        "Takeout/Drive/Recipes/sourdough.txt": "500 g flour, 350 g water, 100 g starter, 10 g salt.\n",
        "Takeout/Calendar/Ada Example.ics": "BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n",
        "Takeout/Google Quux Labs/experiments.json": js({"experiments": ["unknown-product-sample"]}),
    }


# ---------------------------------------------------------------- Dutch export

def nl_part1() -> dict[str, str | bytes]:
    yt = "Takeout/YouTube en YouTube Music/"
    return {
        "Takeout/Profile/Profile.json": js({
            "name": {"givenName": "Daan", "familyName": "Voorbeeld", "formattedName": "Daan Voorbeeld"},
            "displayName": "Daan Voorbeeld",
            "emails": [{"value": "daan.voorbeeld@example.com"}],
        }),
        yt + "channels/channel.csv": csv_text([
            ["Channel ID", "Channel Title (Original)", "Channel Visibility"],
            [NL_CHANNEL, "Daan Fietst", "Public"],
        ]),
        yt + "video metadata/videos.csv": csv_text([
            ["Video ID", "Approx Duration (ms)", "Video Audio Language", "Video Category", "Channel ID", "Video Title (Original)", "Privacy", "Video State", "Video Create Timestamp", "Video Publish Timestamp"],
            ["vidNlPubl01", "45000", "nl", "Sports", NL_CHANNEL, "Rondje Zeeland", "Public", "Processed", "2025-07-01T10:00:00+00:00", "2025-07-01T10:05:00+00:00"],
        ]),
        yt + "reacties/reacties.csv": csv_text([
            ["Reactie-ID", "Kanaal-ID", "Aanmaaktijdstempel reactie", "Prijs", "Video-ID", "Reactietekst"],
            ["UgxNlReactie00000000001", NL_CHANNEL, "2025-07-02T08:00:00+00:00", "0", "vidNlPubl01", '{"text":"Bedankt voor het kijken!"}'],
            ["UgxNlReactie00000000002", NL_CHANNEL, "2025-07-03T09:00:00+00:00", "0", "otherVidNl1", '{"text":"Mooie route, "},{"text":"welke band?"}'],
        ]),
        yt + "abonnementen/abonnementen.csv": csv_text([
            ["Channel Id", "Channel Url", "Channel Title"],
            [OTHER_CHANNEL, f"http://www.youtube.com/channel/{OTHER_CHANNEL}", "Example Bikes"],
        ]),
        yt + "playlists/playlists.csv": csv_text([
            ["Playlist ID", "Add new videos to top", "Playlist Title (Original)", "Playlist Title (Original) Language", "Playlist Create Timestamp", "Playlist Update Timestamp", "Playlist Video Order", "Playlist Visibility"],
            ["PLexampleNlRoutes0000000000000001", "False", "Routes", "nl", "2025-07-01T00:00:00+00:00", "2025-07-02T00:00:00+00:00", "Manual", "Public"],
        ]),
        yt + "playlists/Routes-videos.csv": csv_text([
            ["Video ID", "Playlist Video Creation Timestamp"],
            ["vidNlPubl01", "2025-07-01T10:10:00+00:00"],
        ]),
        yt + "live chats/live chats.csv": csv_text([
            ["Live Chat ID", "Channel ID", "Live Chat Create Timestamp", "Price", "Video ID", "Live Chat Text"],
            ["UgzNlChat000000000000000000001", NL_CHANNEL, "2025-08-01T20:00:00+00:00", "0", "streamNl001", '{"takeoutSegments":[{"text":"goedenavond!"}]}'],
        ]),
        yt + "my-comments/my-comments.html": legacy_list([
            'Verzonden op 2019-05-04 12:00:00 UTC tijdens het bekijken van <a href="http://www.youtube.com/watch?v=oldNlVid001">een video</a>.<br/>Oude reactie uit 2019',
        ]),
        yt + "geschiedenis/kijkgeschiedenis.html": ACTIVITY_HEAD + activity_cell(
            "YouTube", "Bekeken", "https://www.youtube.com/watch?v=otherVidNl1", "Fietsen door Zeeland",
            [(f"https://www.youtube.com/channel/{OTHER_CHANNEL}", "Example Bikes")],
            "15 jun 2025, 20:30:41 CEST", "YouTube-kijkgeschiedenis") + ACTIVITY_TAIL,
        yt + "geschiedenis/zoekgeschiedenis.json": js([
            {"header": "YouTube", "title": "Gezocht naar fietsroute zeeland",
             "titleUrl": "https://www.youtube.com/results?search_query=fietsroute+zeeland",
             "time": "2025-06-14T18:00:00Z", "products": ["YouTube"]},
        ]),
    }


def nl_part2() -> dict[str, str | bytes]:
    return {
        "Takeout/archive_browser.html": ARCHIVE_BROWSER.replace("Archive Contents</h1>", "Archiefinhoud</h1>"),
        "Takeout/Mijn activiteit/Zoeken/MyActivity.html": ACTIVITY_HEAD + activity_cell(
            "Zoeken", "Gezocht naar", "https://www.google.com/search?q=bandenspanning+racefiets", "bandenspanning racefiets", [],
            "15 jun 2025, 20:30:41 CEST", "Web- en app-activiteit") + ACTIVITY_TAIL,
        "Takeout/Mijn activiteit/YouTube/MyActivity.json": js([
            {"header": "YouTube", "title": "Bekeken Fietsen door Zeeland",
             "titleUrl": "https://www.youtube.com/watch?v=otherVidNl1", "time": "2025-06-15T18:30:41Z",
             "products": ["YouTube"]},
        ]),
        "Takeout/Mijn activiteit/Video_s zoeken/MyActivity.json": js([
            {"header": "Video's zoeken", "title": "Gezocht naar zadel afstellen",
             "time": "2025-06-16T09:00:00Z", "products": ["Video's zoeken"]},
        ]),
        "Takeout/Maps (your places)/Reviews.json": js({
            "type": "FeatureCollection",
            "features": [
                {"geometry": {"coordinates": [3.61, 51.5], "type": "Point"},
                 "properties": {"date": "2025-07-05T12:00:00Z", "five_star_rating_published": 4,
                                "google_maps_url": "https://www.google.com/maps/place//data=!4m2!3m1!1s0x0:0x3333333333333333",
                                "location": {"address": "Voorbeeldstraat 1, Voorbeeldstad", "country_code": "NL", "name": "Fietsenmaker Voorbeeld"},
                                "review_text_published": "Snel geholpen, eerlijke prijs."},
                 "type": "Feature"},
            ],
        }),
        "Takeout/Google Play Store/Reviews.json": js([
            {"review": {"document": {"documentType": "Android Apps", "title": "Voorbeeld Fietsrouteplanner"},
                        "creationTime": "2025-07-10T10:00:00.000Z", "starRating": 5,
                        "comment": "Handig voor lange ritten."}},
        ]),
        "Takeout/Mail/All mail Including Spam and Trash.mbox": mbox([
            ("Voorbeeld Fietsclub <info@example.com>", "Clubrit zondag", "Vertrek 9 uur."),
        ]),
        "Takeout/Chrome/Geschiedenis.json": js({"Browser History": []}),
    }


# ---------------------------------------------------------------- 2025 YouTube export (English)

EN25_CHANNEL = "UCexampleMariaChannel004"
ES_CHANNEL = "UCexampleLuciaChannel005"


def archive_browser_for(email: str) -> str:
    """The index page as 2023-2026 exports write it: the account's address in the title."""
    return ARCHIVE_BROWSER.replace(
        "<h1>Archive Contents</h1>",
        f'<section class="header"><div><h1 class="header_title">Archive for {email}</h1>'
        '<div class="header_subtext">Mar 1, 2026, 10:10:10\u202fAM UTC • less than 1 MB</div></div></section>')


def kmz(name: str) -> bytes:
    """A My Maps export: a zip holding doc.kml (fixed time, so the bytes are the same every run)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        info = zipfile.ZipInfo("doc.kml", (2026, 3, 1, 12, 0, 0))
        zf.writestr(info, '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">'
                          f"<Document><name>{name}</name><Placemark><name>Example Bakery</name>"
                          "<Point><coordinates>4.897,52.377,0</coordinates></Point></Placemark></Document></kml>\n")
    return buf.getvalue()


def en_2025_youtube() -> dict[str, str | bytes]:
    """A 2025-2026 YouTube export: `<title> videos.csv` per playlist (a title with non-ASCII letters
    and replaced characters, Watch later, a file no playlist matches), Liked videos as a total only,
    the music, shopping and moderation files, and My Maps."""
    yt = "Takeout/YouTube and YouTube Music/"
    items_header = ["Video ID", "Playlist Video Creation Timestamp"]
    return {
        "Takeout/archive_browser.html": archive_browser_for("maria.example@example.com"),
        yt + "channels/channel.csv": csv_text([
            ["Channel ID", "Channel Title (Original)", "Channel Visibility"],
            [EN25_CHANNEL, "Maria Makes", "Public"],
        ]),
        yt + "channels/channel URL configs.csv": csv_text([
            ["Channel ID", "Channel Vanity URL 1 Name", "Channel Vanity URL 2 Name"],
            [EN25_CHANNEL, "@mariamakes-example", ""],
        ]),
        yt + "channels/channel community moderation settings.csv": csv_text([["Channel ID"], [EN25_CHANNEL]]),
        yt + "channels/channel page settings.csv": csv_text([["Channel ID"], [EN25_CHANNEL]]),
        yt + "comments/comments.csv": csv_text([
            ["Comment ID", "Channel ID", "Comment Create Timestamp", "Price", "Parent Comment ID", "Post ID", "Video ID", "Comment Text", "Top-Level Comment ID"],
            ["UgxEn25Comment0000000001", EN25_CHANNEL, "2025-10-01T10:00:00.5+00:00", "0", "", "", "otherVid101", '{"text":"Lovely stitching!"}', ""],
        ]),
        yt + "playlists/playlists.csv": csv_text([
            ["Playlist ID", "Add new videos to top", "Playlist Image 1 Create Timestamp", "Playlist Image 1 URL", "Playlist Image 1 Height", "Playlist Image 1 Width", "Playlist Title (Original)", "Playlist Title (Original) Language", "Playlist Create Timestamp", "Playlist Update Timestamp", "Playlist Video Order", "Playlist Visibility"],
            ["PLexampleCafeMusica000000000001", "False", "", "", "", "", "Café & Música: 2025", "es", "2025-04-01T10:00:00+00:00", "2025-04-02T10:00:00+00:00", "Manual", "Public"],
            ["PLexampleFavorites00000000000002", "False", "", "", "", "", "Favorites", "", "2015-01-01T00:00:00+00:00", "2025-01-02T00:00:00+00:00", "Manual", "Unlisted"],
            ["WLexampleWatchLater2025", "True", "", "", "", "", "Watch later", "", "2024-01-01T00:00:00+00:00", "2025-09-01T00:00:00+00:00", "Manual", "Private"],
        ]),
        # `&` and `:` replaced by `_`, the accented letters kept.
        yt + "playlists/Café _ Música_ 2025 videos.csv": csv_text([
            items_header,
            ["otherVid101", "2025-04-01T10:05:00+00:00"],
            ["otherVid102", "2025-04-01T10:06:00+00:00"],
        ]),
        yt + "playlists/Favorites videos.csv": csv_text([items_header, ["otherVid103", "2015-03-01T00:00:00+00:00"]]),
        yt + "playlists/Watch later videos.csv": csv_text([
            items_header,
            ["otherVid104", "2025-09-01T00:00:00+00:00"],
            ["otherVid105", "2025-09-02T00:00:00+00:00"],
        ]),
        # A playlist deleted after its file was written: no row in playlists.csv matches.
        yt + "playlists/Knitting ideas videos.csv": csv_text([items_header, ["otherVid106", "2025-05-01T00:00:00+00:00"]]),
        yt + "playlists/Liked videos.csv": csv_text([["Total Liked Videos"], ["42"]]),
        yt + "subscriptions/subscriptions.csv": csv_text([
            ["Channel ID", "Channel URL", "Channel title"],
            [OTHER_CHANNEL, f"http://www.youtube.com/channel/{OTHER_CHANNEL}", "Example Bikes"],
            [ES_CHANNEL, f"http://www.youtube.com/channel/{ES_CHANNEL}", "Lucía Cocina"],
        ]),
        yt + "history/watch-history.json": js([
            {"header": "YouTube", "title": "Watched Cable stitch basics",
             "titleUrl": "https://www.youtube.com/watch?v=otherVid101", "time": "2025-10-01T09:00:00.123Z",
             "products": ["YouTube"], "activityControls": ["YouTube watch history"]},
        ]),
        yt + "music (library and uploads)/music library songs.csv": csv_text([
            ["Video ID", "Song Title", "Album Title", "Artist Name 1"],
            ["otherSong01", "Example Song", "Example Album", "The Example Band"],
        ]),
        yt + "shopping/shopping product views.csv": csv_text([
            ["Product ID", "View Timestamp"],
            ["example-product-1", "2025-07-01T10:00:00+00:00"],
        ]),
        "Takeout/My Maps/Knitting shops.kmz": kmz("Knitting shops"),
    }


# ---------------------------------------------------------------- Spanish export

def es_youtube() -> dict[str, str | bytes]:
    """A Spanish export: Spanish folder, file and column names. The live chat header has not been
    seen in any public source: the one here is an assumption (the tool reads that file by the
    shape of its cells); visibility values are written in Spanish, as the notes do not say."""
    yt = "Takeout/YouTube y YouTube Music/"
    return {
        "Takeout/archive_browser.html": archive_browser_for("lucia.ejemplo@example.com").replace(
            "Archive for", "Archivo de"),
        yt + "canales/canal.csv": csv_text([
            ["ID de canal", "Título del canal (original)", "Visibilidad del canal"],
            [ES_CHANNEL, "Lucía Cocina", "Público"],
        ]),
        yt + "canales/configuraciones de la URL del canal.csv": csv_text([
            ["ID de canal", "Nombre de la URL mnemónica del canal (1)"], [ES_CHANNEL, "@luciacocina-ejemplo"]]),
        yt + "canales/datos de la función del canal.csv": csv_text([
            ["ID de canal", "Moderación automática del canal en el chat en directo"], [ES_CHANNEL, "false"]]),
        yt + "canales/Ajustes de moderación de la comunidad del canal.csv": csv_text([["ID de canal"], [ES_CHANNEL]]),
        yt + "comentarios/comentarios.csv": csv_text([
            ["ID de comentario", "ID de canal", "Marca de tiempo de creación del comentario", "Precio", "ID de vídeo", "Texto del comentario"],
            ["UgxEsComentario00000001", ES_CHANNEL, "2025-05-01T18:00:00+00:00", "0", "vidEsPubl01", '{"text":"¡Gracias por verlo!"}'],
            ["UgxEsComentario00000002", ES_CHANNEL, "2025-05-02T18:00:00+00:00", "0", "otherVidEs1", '{"text":"Qué buena receta, "},{"text":"¿con qué harina?"}'],
        ]),
        yt + "mensajes del chat en directo/mensajes del chat en directo.csv": csv_text([
            ["ID del mensaje del chat en directo", "ID de canal", "Marca de tiempo de creación del mensaje del chat en directo", "Precio", "ID de vídeo", "Texto del mensaje del chat en directo"],
            ["UgzEsChat000000000000000000001", ES_CHANNEL, "2025-06-01T20:00:00+00:00", "0", "streamEs001", '{"text":"¡Hola a todos!"}'],
        ]),
        yt + "metadatos del vídeo/vídeos.csv": csv_text([
            ["ID de vídeo", "Duración aproximada (ms)", "Idioma del audio del vídeo", "Categoría del vídeo", "ID de canal", "Título del vídeo (original)", "Privacidad", "Estado del vídeo", "Marca de tiempo de creación del vídeo", "Marca de tiempo de publicación del vídeo"],
            ["vidEsPubl01", "300000", "es", "Howto & Style", ES_CHANNEL, "Tortilla en diez minutos", "Público", "Processed", "2025-04-30T10:00:00+00:00", "2025-04-30T10:05:00+00:00"],
        ]),
        yt + "metadatos del vídeo/grabaciones de vídeo.csv": csv_text([["ID de vídeo"], ["vidEsPubl01"]]),
        yt + "listas de reproducción/Listas de reproducción.csv": csv_text([
            ["ID de lista de reproducción", "Añadir vídeos nuevos al principio", "Título de la lista de reproducción (original)", "Idioma del título de la lista de reproducción (original)", "Marca de tiempo de creación de la lista de reproducción", "Marca de tiempo de actualización de la lista de reproducción", "Orden de vídeos de lista de reproducción", "Visibilidad de la lista de reproducción"],
            ["PLexampleRecetas000000000000001", "False", "Recetas", "es", "2025-03-01T00:00:00+00:00", "2025-03-02T00:00:00+00:00", "Manual", "Público"],
            ["WLexampleEsWatchLater", "True", "Watch later", "", "2024-01-01T00:00:00+00:00", "2025-03-02T00:00:00+00:00", "Manual", "Privado"],
        ]),
        yt + "listas de reproducción/Recetas-vídeos.csv": csv_text([
            ["ID de vídeo", "Marca de tiempo de creación de la lista de reproducción de vídeos"],
            ["vidEsPubl01", "2025-04-30T11:00:00+00:00"],
        ]),
        yt + "listas de reproducción/Watch later-vídeos.csv": csv_text([
            ["ID de vídeo", "Marca de tiempo de creación de la lista de reproducción de vídeos"],
            ["otherVidEs2", "2025-03-02T00:00:00+00:00"],
        ]),
        yt + "suscripciones/suscripciones.csv": csv_text([
            ["ID del canal", "URL del canal", "Título del canal"],
            [OTHER_CHANNEL, f"http://www.youtube.com/channel/{OTHER_CHANNEL}", "Example Bikes"],
        ]),
        yt + "historial/historial-de-reproducciones.json": js([
            {"header": "YouTube", "title": "Has visto Tortilla de patatas",
             "titleUrl": "https://www.youtube.com/watch?v=otherVidEs1", "time": "2025-05-02T17:00:00Z",
             "products": ["YouTube"], "activityControls": ["Historial de reproducciones de YouTube"]},
        ]),
    }


FR_CHANNEL = "UCexampleCamilleChann006"
DE_CHANNEL = "UCexampleJonasChannel007"
TR_CHANNEL = "UCexampleEmreChannel0008"


def fr_youtube() -> dict[str, str | bytes]:
    """A French export. Column names: comments from a multi-language comment manager, subscriptions
    from it and a Swiss donation study's key patterns ([S], docs/formats/google.md); the other French
    headers and the folder names beyond history, subscriptions, channels and comments are assumptions
    (no French YouTube tree is public). `discussions en direct/` is a name invented so that the file
    is found only by the shape of its columns."""
    yt = "Takeout/YouTube et YouTube Music/"
    return {
        "Takeout/archive_browser.html": archive_browser_for("camille.exemple@example.com").replace(
            "Archive for", "Archive de"),
        yt + "chaînes/chaîne.csv": csv_text([
            ["ID de la chaîne", "Titre de la chaîne (original)", "Visibilité de la chaîne"],
            [FR_CHANNEL, "Camille Jardine", "Publique"],
        ]),
        yt + "chaînes/configurations d'URL de la chaîne.csv": csv_text([
            ["ID de la chaîne", "Nom d'URL mnémonique de la chaîne (1)"], [FR_CHANNEL, "@camillejardine-exemple"]]),
        yt + "commentaires/commentaires.csv": csv_text([
            ["ID du commentaire", "ID de la chaîne", "Horodatage de création du commentaire", "Prix", "ID de la vidéo", "Texte du commentaire"],
            ["UgxFrCommentaire0000001", FR_CHANNEL, "2025-05-01T18:00:00+00:00", "0", "vidFrPubl01", '{"text":"Merci d\'avoir regardé !"}'],
            ["UgxFrCommentaire0000002", FR_CHANNEL, "2025-05-02T18:00:00+00:00", "0", "otherVidFr1", '{"text":"Quelle belle "},{"text":"serre !"}'],
        ]),
        yt + "discussions en direct/discussions en direct.csv": csv_text([
            ["ID du message de chat en direct", "ID de la chaîne", "Horodatage de création du message de chat en direct", "Prix", "ID de la vidéo", "Texte du message de chat en direct"],
            ["ChwKGkNJRnJDaGF0MDAwMDAwMDAwMDAwMDAwMQ", FR_CHANNEL, "2025-06-01T20:00:00+00:00", "0", "streamFr001", '{"text":"Bonsoir à tous !"}'],
        ]),
        yt + "métadonnées des vidéos/vidéos.csv": csv_text([
            ["ID de la vidéo", "Durée approximative (ms)", "Langue audio de la vidéo", "Catégorie de la vidéo", "ID de la chaîne", "Titre de la vidéo (original)", "Confidentialité", "État de la vidéo", "Horodatage de création de la vidéo", "Horodatage de publication de la vidéo"],
            ["vidFrPubl01", "300000", "fr", "Howto & Style", FR_CHANNEL, "Semer des tomates", "Publique", "Processed", "2025-04-30T10:00:00+00:00", "2025-04-30T10:05:00+00:00"],
        ]),
        yt + "métadonnées des vidéos/enregistrements vidéo.csv": csv_text([["ID de la vidéo"], ["vidFrPubl01"]]),
        yt + "playlists/playlists.csv": csv_text([
            ["ID de la playlist", "Ajouter les nouvelles vidéos en haut", "Titre de la playlist (original)", "Langue du titre de la playlist (original)", "Horodatage de création de la playlist", "Horodatage de mise à jour de la playlist", "Ordre des vidéos de la playlist", "Visibilité de la playlist"],
            ["PLexampleJardin00000000000000001", "False", "Jardin", "fr", "2025-03-01T00:00:00+00:00", "2025-03-02T00:00:00+00:00", "Manuel", "Publique"],
        ]),
        yt + "playlists/Jardin-vidéos.csv": csv_text([
            ["ID de la vidéo", "Horodatage de création de la vidéo de la playlist"],
            ["vidFrPubl01", "2025-04-30T11:00:00+00:00"],
            ["otherVidFr2", "2025-05-03T11:00:00+00:00"],
        ]),
        yt + "playlists/Watch later-vidéos.csv": csv_text([
            ["ID de la vidéo", "Horodatage de création de la vidéo de la playlist"],
            ["otherVidFr3", "2025-03-02T00:00:00+00:00"],
        ]),
        yt + "abonnements/abonnements.csv": csv_text([
            ["ID des chaînes", "URL des chaînes", "Titres des chaînes"],
            [OTHER_CHANNEL, f"http://www.youtube.com/channel/{OTHER_CHANNEL}", "Example Bikes"],
        ]),
        yt + "historique/watch-history.json": js([
            {"header": "YouTube", "title": "Vous avez regardé Tailler un rosier",
             "titleUrl": "https://www.youtube.com/watch?v=otherVidFr1", "time": "2025-05-02T17:00:00Z",
             "products": ["YouTube"], "activityControls": ["Historique des vidéos regardées sur YouTube"]},
        ]),
    }


def de_youtube() -> dict[str, str | bytes]:
    """A German export. Folder and file names from google_takeout_parser's German tree, d3i and an
    importer's German multi-part test (Livechats, Playlists, Videotexte, Kanalbilder); the comments
    header from a German demo export; the live chat, channel, playlist, subscription and video headers
    from that importer's test where it names them, else assumed (the visibility columns: the tool
    takes the last column there)."""
    yt = "Takeout/YouTube und YouTube Music/"
    return {
        "Takeout/Archiv_Übersicht.html": archive_browser_for("jonas.beispiel@example.com").replace(
            "Archive for", "Archiv für"),
        yt + "Kanäle/Kanal.csv": csv_text([
            ["Kanal-ID", "Kanaltitel (Original)", "Kanalbeschreibung (Original)", "Kanalsichtbarkeit"],
            [DE_CHANNEL, "Jonas Werkstatt", "Holzarbeiten", "Öffentlich"],
        ]),
        yt + "Kanäle/Kanalbilder.csv": csv_text([
            ["Vollständige Inhalts-URL des Kanalbilds"], ["https://example.com/banner.jpg"]]),
        yt + "Kommentare/Kommentare.csv": csv_text([
            ["Kommentar-ID", "Kanal-ID", "Zeitstempel der Erstellung des Kommentars", "Preis", "Übergeordnete Kommentar-ID", "Beitrags-ID", "Video-ID", "Kommentartext", "Kommentar-ID der obersten Ebene"],
            ["UgxDeKommentar000000001", DE_CHANNEL, "2025-05-01T18:00:00+00:00", "0", "", "", "vidDePubl01", '{"text":"Danke fürs Zuschauen!"}', "UgxDeKommentar000000001"],
            ["UgxDeKommentar000000002", DE_CHANNEL, "2025-05-02T18:00:00+00:00", "0", "", "", "otherVidDe1", '{"text":"Schöne "},{"text":"Fuge!"}', "UgxDeKommentar000000002"],
        ]),
        yt + "Livechats/Livechats.csv": csv_text([
            ["Live-Chat-ID", "Kanal-ID", "Zeitstempel der Erstellung des Live-Chats", "Preis", "Video-ID", "Text für den Live-Chat"],
            ["ChwKGkNJRGVDaGF0MDAwMDAwMDAwMDAwMDAwMQ", DE_CHANNEL, "2025-06-01T20:00:00+00:00", "0", "streamDe001", '{"text":"Hallo zusammen!"}'],
        ]),
        yt + "Video-Metadaten/Videos.csv": csv_text([
            ["Video-ID", "Ungefähre Dauer (ms)", "Videotitel (Original)", "Videobeschreibung (Original)", "Datenschutz", "Videostatus", "Zeitstempel der Videoerstellung", "Zeitstempel der Videoveröffentlichung"],
            ["vidDePubl01", "300000", "Eine Schwalbenschwanzverbindung", "Schritt für Schritt", "Öffentlich", "Processed", "2025-04-30T10:00:00+00:00", "2025-04-30T10:05:00+00:00"],
            ["vidDePriv02", "120000", "Werkstatt-Rundgang", "", "Privat", "Processed", "2025-04-20T10:00:00+00:00", ""],
        ]),
        yt + "Video-Metadaten/Videotexte.csv": csv_text([
            ["Video-ID", "Videobeschreibung – Textabschnitte 1", "Videotitel – Textabschnitte 1"],
            ["vidDePubl01", '{"text":"Schritt für Schritt"}', '{"text":"Eine Schwalbenschwanzverbindung"}'],
        ]),
        yt + "Video-Metadaten/Videoaufzeichnungen.csv": csv_text([["Video-ID", "Breitengrad"], ["vidDePubl01", "50"]]),
        yt + "Playlists/Playlists.csv": csv_text([
            ["Playlist-ID", "Neue Videos oben hinzufügen", "Playlist-Titel (Original)", "Playlist-Beschreibung (Original)", "Zeitstempel der Playlist-Erstellung", "Sichtbarkeit der Playlist"],
            ["PLexampleHolz000000000000000001", "False", "Holzarbeiten", "Meine Projekte", "2025-03-01T00:00:00+00:00", "Öffentlich"],
            ["PLexampleEntw000000000000000002", "False", "Entwürfe", "", "2025-03-05T00:00:00+00:00", "Privat"],
        ]),
        yt + "Playlists/Holzarbeiten-Videos.csv": csv_text([
            ["Video-ID", "Zeitstempel bei Erstellung des Playlist-Videos"],
            ["vidDePubl01", "2025-04-30T11:00:00+00:00"],
            ["otherVidDe2", "2025-05-03T11:00:00+00:00"],
        ]),
        yt + "Playlists/Entwürfe-Videos.csv": csv_text([
            ["Video-ID", "Zeitstempel bei Erstellung des Playlist-Videos"],
            ["vidDePriv02", "2025-04-21T11:00:00+00:00"],
        ]),
        yt + "Playlists/Watch later-Videos.csv": csv_text([
            ["Video-ID", "Zeitstempel bei Erstellung des Playlist-Videos"],
            ["otherVidDe3", "2025-03-02T00:00:00+00:00"],
        ]),
        yt + "Abos/Abos.csv": csv_text([
            ["Kanal-ID", "Kanal-URL", "Kanaltitel"],
            [OTHER_CHANNEL, f"http://www.youtube.com/channel/{OTHER_CHANNEL}", "Example Bikes"],
        ]),
        yt + "Verlauf/Wiedergabeverlauf.json": js([
            {"header": "YouTube", "title": "Hobeln für Anfänger angesehen",
             "titleUrl": "https://www.youtube.com/watch?v=otherVidDe1", "time": "2025-05-02T17:00:00Z",
             "products": ["YouTube"], "activityControls": ["YouTube-Wiedergabeverlauf"]},
        ]),
    }


def tr_youtube() -> dict[str, str | bytes]:
    """A Turkish export. Folder names of comments and subscriptions from d3i (unverified there) and a
    real user's path (`abonelikler`); `oynatma listeleri`, `<title> videoları.csv`, `Daha sonra
    izle.csv` (Watch later) and the subscription, playlist and entry headers from an importer's
    Turkish test ([S]); the channel, comment, live chat and video headers and the folders
    `kanallar`, `canlı sohbetler`, `video meta verileri` are invented, so that those files are found
    by the shape of their columns (the case the rule is for)."""
    yt = "Takeout/YouTube ve YouTube Music/"
    return {
        yt + "kanallar/kanal.csv": csv_text([
            ["Kanal kimliği", "Kanal başlığı (orijinal)", "Kanal görünürlüğü"],
            [TR_CHANNEL, "Emre Mutfak", "Herkese açık"],
        ]),
        yt + "Yorumlar/Yorumlar.csv": csv_text([
            ["Yorum kimliği", "Kanal kimliği", "Yorum oluşturma zaman damgası", "Fiyat", "Video kimliği", "Yorum metni"],
            ["UgxTrYorum000000000001", TR_CHANNEL, "2025-05-01T18:00:00+00:00", "0", "otherVidTr1", '{"text":"Harika tarif!"}'],
        ]),
        yt + "canlı sohbetler/canlı sohbetler.csv": csv_text([
            ["Canlı sohbet kimliği", "Kanal kimliği", "Canlı sohbet oluşturma zaman damgası", "Fiyat", "Video kimliği", "Canlı sohbet metni"],
            ["ChwKGkNJVHJDaGF0MDAwMDAwMDAwMDAwMDAwMQ", TR_CHANNEL, "2025-06-01T20:00:00+00:00", "0", "streamTr001", '{"text":"Merhaba!"}'],
        ]),
        yt + "video meta verileri/videolar.csv": csv_text([
            ["Video kimliği", "Yaklaşık süre (ms)", "Video başlığı (orijinal)", "Gizlilik", "Video durumu", "Video oluşturma zaman damgası"],
            ["vidTrPubl01", "300000", "Mercimek çorbası", "Herkese açık", "Processed", "2025-04-30T10:00:00+00:00"],
        ]),
        yt + "oynatma listeleri/oynatma listeleri.csv": csv_text([
            ["Oynatma listesi kimliği", "Yeni videoları en üste ekle", "Oynatma listesi başlığı (orijinal)", "Oynatma listesi görünürlüğü"],
            ["PLexampleCorba00000000000000001", "False", "Çorbalar", "Herkese açık"],
        ]),
        yt + "oynatma listeleri/Çorbalar videoları.csv": csv_text([
            ["Video kimliği", "Oynatma listesi videosu oluşturma zaman damgası"],
            ["vidTrPubl01", "2025-04-30T11:00:00+00:00"],
        ]),
        yt + "oynatma listeleri/Daha sonra izle.csv": csv_text([
            ["Video kimliği", "Oynatma listesi videosu oluşturma zaman damgası"],
            ["otherVidTr2", "2025-03-02T00:00:00+00:00"],
        ]),
        yt + "Abonelikler/Abonelikler.csv": csv_text([
            ["Kanal kimliği", "Kanal URL'si", "Kanal başlığı"],
            [OTHER_CHANNEL, f"http://www.youtube.com/channel/{OTHER_CHANNEL}", "Example Bikes"],
        ]),
    }


TREES = {"en-part1": en_part1, "en-part2": en_part2, "nl-part1": nl_part1, "nl-part2": nl_part2,
         "2025-youtube": en_2025_youtube, "es": es_youtube, "fr": fr_youtube, "de": de_youtube,
         "tr": tr_youtube}


# What each download must give (tests/test_samples_expected.py), derived by hand from the records
# written above, file by file:
#   en (parts 1 and 2): Profile.json 1 profile, channel.csv 1 profile; videos.csv 3 videos and video
#     texts.csv 1 more (vidOrphan04; vidPublic01 is in videos.csv); comments.csv 5, live chats.csv 2,
#     my-comments.html 2, my-live-chat-messages.html 1 and Blogger's 2 COMMENT entries: 12 comments;
#     posts.csv 1 post; playlists.csv 3 playlists; Road trip 2 + Wheel building 1 + Watch later 1:
#     4 other, and the Photos album 1 other; Liked videos 1 reaction; subscriptions 1 connection;
#     watch-history.html 2 + search-history.json 1 + My Activity (Search html 2, YouTube json 2, Maps
#     json 1): 8 activity; Maps reviews 2 + Play 1 + Search 1: 4 reviews; Blogger POST/PAGE 4 articles.
#     Files: 17 parsed in part 1 and 8 in part 2; ignored: the index page, ProfilePhoto.jpg, channel
#     URL configs and feature data, video recordings, the .mp4 (6), and in part 2 the .mp3, Saved
#     Places, Installs, Thumbs, the photo and its sidecar, shared_album_comments, Records, the mbox,
#     Chrome, Drive, Calendar (12); unknown: Google Quux Labs (1).
#   nl (parts 1 and 2): 2 profiles (Profile, channel), 1 video, comments reacties 2 + live chat 1 +
#     my-comments 1, 1 connection, 1 playlist, 1 other (Routes), activity 2 (history) + 3 (Mijn
#     activiteit), reviews 2 (Maps, Play). Files: 11 + 5 parsed; ignored: index page, mbox, Chrome.
#   2025-youtube: channel 1 profile, comments 1, playlists 3 (Watch later among them), playlist
#     entries Café _ Música_ 2025 2 + Favorites 1 + Watch later 2 + Knitting ideas 1 = 6 other (Liked
#     videos.csv holds only a total: none), subscriptions 2, watch history 1. Files: channel,
#     comments, playlists and its 5 files, subscriptions, watch history parsed (10); the index page,
#     URL configs, moderation and page settings, music library songs, shopping, the .kmz ignored (7).
#   es: canal 1 profile, comentarios 2 + chat 1 comments, vídeos 1 video, Listas 2 playlists, Recetas
#     1 + Watch later 1 other, suscripciones 1, historial 1 activity. Files: those 9 parsed; the
#     index page, URL configs, feature data, moderation settings, recordings ignored (5).
#   fr: chaîne 1 profile, commentaires 2 + discussions en direct 1 (by shape) comments, vidéos 1 video,
#     playlists 1 playlist, Jardin 2 + Watch later 1 other, abonnements 1, history 1 activity. Files:
#     those 9 parsed; the index page, URL configs, recordings ignored (3).
#   de: Kanal 1 profile, Kommentare 2 + Livechats 1 comments, Videos 2 videos (Videotexte: both
#     listed in Videos.csv, none), Playlists 2, Holzarbeiten 2 + Entwürfe 1 + Watch later 1 other,
#     Abos 1, Verlauf 1 activity. Files: those 11 parsed; the index page, Kanalbilder, recordings
#     ignored (3).
#   tr: kanal 1 profile, Yorumlar 1 + canlı sohbetler 1 comments, videolar 1 video, oynatma listeleri
#     1 playlist, Çorbalar 1 + Daha sonra izle 1 other, Abonelikler 1 connection: 8 files parsed.
EXPECTED = {
    "takeout-20260301T101010Z (en, 2 parts)": {
        "trees": ["en-part1", "en-part2"], "items": 45,
        "kinds": {"activity": 8, "article": 4, "comment": 12, "connection": 1, "other": 5, "playlist": 3,
                  "post": 1, "profile": 2, "reaction": 1, "review": 4, "video": 4},
        "files": {"parsed": 25, "ignored": 18, "unknown": 1},
    },
    "takeout-20260215T090000Z (nl, 2 parts)": {
        "trees": ["nl-part1", "nl-part2"], "items": 17,
        "kinds": {"activity": 5, "comment": 4, "connection": 1, "other": 1, "playlist": 1, "profile": 2,
                  "review": 2, "video": 1},
        "files": {"parsed": 16, "ignored": 3, "unknown": 0},
    },
    "takeout-20260301T121212Z (2025 YouTube)": {
        "trees": ["2025-youtube"], "items": 14,
        "kinds": {"activity": 1, "comment": 1, "connection": 2, "other": 6, "playlist": 3, "profile": 1},
        "files": {"parsed": 10, "ignored": 7, "unknown": 0},
    },
    "takeout-20260302T080000Z (es)": {
        "trees": ["es"], "items": 11,
        "kinds": {"activity": 1, "comment": 3, "connection": 1, "other": 2, "playlist": 2, "profile": 1,
                  "video": 1},
        "files": {"parsed": 9, "ignored": 5, "unknown": 0},
    },
    "takeout-20260301T101010Z (fr)": {
        "trees": ["fr"], "items": 11,
        "kinds": {"activity": 1, "comment": 3, "connection": 1, "other": 3, "playlist": 1, "profile": 1,
                  "video": 1},
        "files": {"parsed": 9, "ignored": 3, "unknown": 0},
    },
    "takeout-20260301T101010Z (de)": {
        "trees": ["de"], "items": 14,
        "kinds": {"activity": 1, "comment": 3, "connection": 1, "other": 4, "playlist": 2, "profile": 1,
                  "video": 2},
        "files": {"parsed": 11, "ignored": 3, "unknown": 0},
    },
    "Turkish YouTube folder (tr)": {
        "trees": ["tr"], "items": 8,
        "kinds": {"comment": 2, "connection": 1, "other": 2, "playlist": 1, "profile": 1, "video": 1},
        "files": {"parsed": 8, "ignored": 0, "unknown": 0},
    },
}


def write(base: Path = HERE) -> list[Path]:
    written = []
    for name, make in TREES.items():
        tree = base / name
        if tree.exists():
            shutil.rmtree(tree)
        for rel, content in make().items():
            path = tree / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, str):
                path.write_bytes(content.encode("utf-8"))
            else:
                path.write_bytes(content)
        written.append(tree)
    (base / "expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    return written


if __name__ == "__main__":
    for tree in write():
        print(tree.relative_to(HERE.parent))
