"""Google Takeout: each handler on raw files (exact items), every header era and language, locale
detection (English, Dutch, German), multi-part merging, folder/zip/tgz equality, private products
counted, unknown products listed, malformed records reported without losing the rest."""

# Raw export lines and exact items are easier to check unwrapped.
# ruff: noqa: E501

from __future__ import annotations

import json
import re
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from ai_exposure.parsers import REGISTRY
from ai_exposure.parsers import google as g
from conftest import SAMPLES, SHARED, context_for, member_for, run, tgz_tree, write_tree, zip_tree
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_exposure.archive import FolderContainer
from ai_exposure.i18n import Msg, Translator
from ai_exposure.model import HIGH, LOW, MEDIUM, PUBLIC, RESTRICTED, UNKNOWN, Item, ItemRun, Problem
from ai_exposure.parsing import Verdict, score_root
from ai_exposure.readers import ReadError

SPEC = g.SPEC
YT_EN = "YouTube and YouTube Music"
CH = "UCzzzzzzzzzzzzzzzzzzzzzz"


def KEY(kind, *fields):  # noqa: N802 - reads like the key it builds
    """The key an item of a test context (no account identity) gets from `Context.account_key`."""
    return context_for(SPEC).account_key(kind, *fields)


def expanded(out):
    """A handler's output with each ItemRun as the Items it stands for."""
    return [i for o in out for i in (o.items() if isinstance(o, ItemRun) else [o])]


def items_of(handler, member, ctx=None):
    ctx = ctx or context_for(SPEC, [member])
    out = expanded(handler(member, ctx))
    return [o for o in out if isinstance(o, Item)], [o for o in out if isinstance(o, Problem)], ctx


def dt(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


# ---------------------------------------------------------------- registry and routes

def test_registered_and_routes_resolve_localised_paths():
    assert REGISTRY["google"] is SPEC
    cases = {
        f"{YT_EN}/comments/comments.csv": g.yt_comments,
        "YouTube en YouTube Music/reacties/reacties.csv": g.yt_comments,
        "YouTube und YouTube Music/Kommentare/Kommentare.csv": g.yt_comments,
        "YouTube y YouTube Music/comentarios/comentarios.csv": g.yt_comments,
        "YouTube\u00a0und\u00a0YouTube Music/Kanäle/Kanal.csv": g.yt_channels,
        "YouTube und YouTube Music/Video-Metadaten/Videos.csv": g.yt_videos,
        "YouTube und YouTube Music/Verlauf/Wiedergabeverlauf.html": g.activity_html,
        "YouTube et YouTube Music/historique/historique des vidéos regardées.json": g.activity_json,
        "Mijn activiteit/Zoeken/MyActivity.html": g.activity_html,
        "Meine Aktivitäten/Google Suche/MeineAktivitäten.json": g.activity_json,
        "My Activity/Search/My Activity.json": g.activity_json,
        "Maps (Meine Orte)/Bewertungen.json": g.maps_reviews,
        "Search Contributions/Bewertungen.json": g.search_reviews,
        "Profil/Profil.json": g.profile,
        "YouTube/playlists/likes.json": g.yt_playlist_json,
        "Blogger/Blogs/My blog/feed.atom": g.blogger_feed,
    }
    for path, handler in cases.items():
        route = SPEC.route_for(path)
        assert route is not None and route.handler is handler, path
    for path in ("Mail/All mail Including Spam and Trash.mbox", "Drive/a/b.pdf", "Chrome/History.json",
                 "Location History (Timeline)/Records.json", "Google Play Filme\u00a0_ Serien/x.json",
                 "Google Kontakte/Alle Kontakte.vcf"):
        route = SPEC.route_for(path)
        assert route is not None and route.handler is None and "private to your account" in route.what
    # A product nobody knows is read by content only (and listed as unknown when that says nothing).
    assert SPEC.route_for("Google Quux Labs/experiments.json").handler is g.product_json_by_shape


def test_route_descriptions_and_label_render_in_dutch():
    tr = Translator("nl")
    assert tr.text(SPEC.route_for("Mail/All mail Including Spam and Trash.mbox").what) == \
        "Gmail-mailbox: privé voor je account; geteld in bestanden en bytes, niet gelezen"
    assert tr.text(SPEC.route_for(f"{YT_EN}/comments/comments.csv").what) == "je YouTube-reacties"
    assert all(tr.text(r.what) != r.what for r in SPEC.routes) and tr.text(SPEC.label) == "Google Takeout"
    assert tr.missing == set()


# ---------------------------------------------------------------- text cells and small rules

def test_segments_text_all_three_shapes():
    assert g.segments_text('{"takeoutSegments":[{"text":"coalowl "},{"text":"the legend"}]}') == \
        "coalowl the legend"
    assert g.segments_text('{"text":"line 1"},{"text":"\\n"},{"text":"See "},'
                           '{"text":"https://example.org","link":{"linkUrl":"https://example.org"}}') == \
        "line 1\nSee https://example.org"
    assert g.segments_text('{"text":"a literal\nnewline"}') == "a literal\nnewline"
    assert g.segments_text("plain old text") == "plain old text"
    assert g.segments_text("{not json at all") == "{not json at all"


def _segments_text_as_before(cell: str) -> str:
    """segments_text as it read a cell before it read every cell as a list first: the reference the
    faster reading must agree with."""
    raw = cell.strip()
    if not raw.startswith("{"):
        return cell
    try:
        data = json.loads(raw, strict=False)
    except RecursionError:
        return cell
    except ValueError:
        try:
            data = json.loads("[" + raw + "]", strict=False)
        except (ValueError, RecursionError):
            return cell
    segments = data.get("takeoutSegments", [data]) if isinstance(data, dict) else data
    if not isinstance(segments, list):
        return cell
    return "".join(str(s.get("text", "")) for s in segments if isinstance(s, dict))


_SEGMENT_PIECES = ['{"text":"a"}', '{"text":"b\\n"}', '{"text": 7}', '{"text":null}', '{"link":{}}',
                   '{"takeoutSegments":[{"text":"c"},{"text":"d"}]}', '{"takeoutSegments":{"text":"e"}}',
                   '{"takeoutSegments":"f"}', '{"text":"g","text":"h"}', '{"text":"raw\tcontrol"}',
                   '{"text":"\\ud800 lone"}', '{"text":NaN}', '{"text":1e400}', '{ "takeoutSegments" :[]}',
                   '[1]', '2', '"s"', 'null', '{"text":"cut', '{}', ' ', '}', ']', '[', '{', ',',
                   '{"text":123456789012345678901234567890}', '{"text":' + '9' * 5000 + '}', '{"text":-0.0}',
                   '{"text":"\\udfff\\ud800"}', '{"text":"nul\x00"}', '{"text":Infinity}', '{"text":1E400}']


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_SEGMENT_PIECES), min_size=1, max_size=5),
       st.sampled_from([",", ", ", "", "\n,"]), st.sampled_from(["", " ", "\n"]))
def test_segments_text_reads_every_cell_as_it_did_before(pieces, sep, pad):
    cell = pad + sep.join(pieces) + pad
    assert g.segments_text(cell) == _segments_text_as_before(cell)


def test_segments_text_nested_to_the_limit_reads_as_before():
    for depth in (10, 500, 900, 990, 1000, 1010, 5000):
        cell = '{"text":"x","d":' + "[" * depth + "]" * depth + "}"
        assert g.segments_text(cell) == _segments_text_as_before(cell)


def _video(privacy, state):
    verdict = g.video_visibility(privacy, state, "videos.csv")
    return verdict.visibility, verdict.confidence, verdict.audience


def test_visibility_rules():
    assert _video("Public", "Processed") == (PUBLIC, HIGH, "")
    assert _video("Public", "Rejected") == (RESTRICTED, MEDIUM, "")
    assert _video("Unlisted", "Processed") == (RESTRICTED, HIGH, "unlisted")
    assert _video("Private", "Processed") == (RESTRICTED, HIGH, "")
    assert _video("", "Processed") == (UNKNOWN, LOW, "")
    said = Msg("%(file)s: Channel Visibility %(value)s", file="channel.csv", value="x")
    assert g.listed_visibility("Public", said) == Verdict(PUBLIC, said, HIGH)
    assert g.listed_visibility("Private", said) == Verdict(RESTRICTED, said, HIGH)
    assert g.listed_visibility("Something new", said) == Verdict(RESTRICTED, said, MEDIUM)
    assert g.listed_visibility(" ", said) == Verdict(UNKNOWN, said, LOW)
    assert g.blogger_visibility("LIVE", False, "feed.atom").visibility == PUBLIC
    assert g.blogger_visibility("DRAFT", False, "feed.atom").visibility == RESTRICTED
    assert g.blogger_visibility("SOFT_TRASHED", False, "feed.atom").visibility == RESTRICTED
    assert g.blogger_visibility("", True, "feed.atom").visibility == RESTRICTED
    assert g.video_visibility("Public", "Processed", "videos.csv").evidence == \
        "videos.csv: Privacy Public, Video State Processed"


def test_safe_url_drops_scripts_and_unwraps_redirects():
    assert g.safe_url("javascript:alert(1)") == ""
    assert g.safe_url("data:text/html,x") == ""
    assert g.safe_url("https://www.google.com/url?q=https://example.com/a&usg=x") == "https://example.com/a"
    assert g.safe_url("https://www.youtube.com/watch?v=abc") == "https://www.youtube.com/watch?v=abc"



@pytest.mark.parametrize("url, kept", [
    # Plain URLs take the fast path; these check it gives what parsing them would.
    (" https://example.com/a?b=c#d ", "https://example.com/a?b=c#d"),
    ("HTTPS://example.com/a", "HTTPS://example.com/a"),
    ("http://example.com", "http://example.com"),
    ("https:///no-host", ""),
    ("https://?q=1", ""),
    ("https://", ""),
    ("http://[unbalanced/x", ""),  # urlsplit raises on this host: dropped, not a crash
    ("https://google.com/url?q=https://example.com/b", "https://example.com/b"),
    ("https://www.google.com/url?q=javascript:alert(1)", ""),
    ("https://www.google.com/search?q=otter", "https://www.google.com/search?q=otter"),
    ("https://exa\tmple.com/a", "https://exa\tmple.com/a"),
    ("ftp://example.com/a", ""),
])
def test_safe_url_plain_and_parsed_paths_agree(url, kept):
    assert g.safe_url(url) == kept


def test_activity_time_reads_takeout_shape_and_falls_back():
    assert g.activity_time("2024-01-02T03:04:05.123Z") == datetime(2024, 1, 2, 3, 4, 5, 123000, tzinfo=UTC)
    assert g.activity_time("2024-01-02T03:04:05Z") == datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert g.activity_time("2024-01-02T03:04:05+02:00") == datetime(2024, 1, 2, 1, 4, 5, tzinfo=UTC)
    assert g.activity_time("2024-13-02T03:04:05Z") is None
    assert g.activity_time("") is None


def test_html_time_formats():
    assert g.parse_html_time("Aug 25, 2020, 5:06:44\u202fPM PDT") == dt(2020, 8, 26, 0, 6, 44)
    assert g.parse_html_time("Mar 8, 2018, 5:14:40 PM") == dt(2018, 3, 8, 17, 14, 40)
    assert g.parse_html_time("Jan 22, 2020, 8:34:00 PM UTC") == dt(2020, 1, 22, 20, 34)
    assert g.parse_html_time("15 jun 2026, 20:30:41 CEST") == dt(2026, 6, 15, 18, 30, 41)
    assert g.parse_html_time("27.08.2026, 20:04:54 MESZ") == dt(2026, 8, 27, 18, 4, 54)
    assert g.parse_html_time("13 Jan 2019, 19:37:22 GMT-05:00") == dt(2019, 1, 14, 0, 37, 22)
    assert g.parse_html_time("2026年7月30日 00:23:06 CEST") == dt(2026, 7, 29, 22, 23, 6)
    assert g.parse_html_time("not a date") is None


# ---------------------------------------------------------------- YouTube handlers

def test_channels(tmp_path):
    rel = f"{YT_EN}/channels/channel.csv"
    m = member_for(tmp_path, rel, "Channel ID,Channel Title (Original),Channel Visibility\n"
                                  f"{CH},Example Channel,Public\nUCbrand000000000000000001,Brand,Private\n")
    items, problems, ctx = items_of(g.yt_channels, m)
    assert problems == []
    assert items[0] == Item(platform="youtube", kind="profile", key=f"youtube:channel:{CH}", created_at=None,
                            visibility=PUBLIC, evidence=f"{rel}: Channel Visibility Public", confidence=HIGH,
                            source_file=rel, text="Example Channel",
                            url=f"https://www.youtube.com/channel/{CH}")
    assert items[1].visibility == RESTRICTED
    assert ctx.state.yt_channels == {CH: PUBLIC, "UCbrand000000000000000001": RESTRICTED}


def test_channels_sentence_case_header(tmp_path):
    m = member_for(tmp_path, f"{YT_EN}/channels/channel.csv",
                   "Channel ID,Channel title (Original),Channel visibility\n" f"{CH},Mine,Public\n")
    items, _, _ = items_of(g.yt_channels, m)
    assert (items[0].text, items[0].visibility) == ("Mine", PUBLIC)


VIDEOS_2023 = (
    "Video ID,Approx Duration (ms),Video Audio Language,Video Category,Video Description (Original),"
    "Channel ID,Tag 1,Tag 2,Video Title (Original),Privacy,Video State,Video Create Timestamp,"
    "Video Publish Timestamp\n"
    f'abcdefghijk,93000,en,People,"A short demo.\nSecond line.",{CH},demo,test,My first upload,Public,'
    "Processed,2021-01-07T19:48:06+00:00,2021-01-07T19:57:12+00:00\n"
    f"unlisted001,1000,en,People,,{CH},,,Link only,Unlisted,Processed,"
    "2022-03-25T13:48:31.606945622+00:00,\n"
    f"private0001,1000,en,People,,{CH},,,Mine only,Private,Processed,2022-03-26T10:00:00+00:00,\n"
    "\n\n\n"
)


def test_videos_privacy_and_state(tmp_path):
    rel = f"{YT_EN}/video metadata/videos.csv"
    m = member_for(tmp_path, rel, VIDEOS_2023)
    items, problems, ctx = items_of(g.yt_videos, m)
    assert problems == []
    assert items[0] == Item(
        platform="youtube", kind="video", key="youtube:video:abcdefghijk",
        created_at=dt(2021, 1, 7, 19, 57, 12), visibility=PUBLIC,
        evidence=f"{rel}: Privacy Public, Video State Processed", confidence=HIGH, source_file=rel,
        text="My first upload\nA short demo.\nSecond line.", media_count=1,
        url="https://www.youtube.com/watch?v=abcdefghijk")
    assert (items[1].visibility, items[1].audience, items[1].created_at) == \
        (RESTRICTED, "unlisted", datetime(2022, 3, 25, 13, 48, 31, 606945, tzinfo=UTC))
    assert items[2].visibility == RESTRICTED and items[2].audience == ""
    assert set(ctx.state.yt_videos) == {"abcdefghijk", "unlisted001", "private0001"}


def test_videos_sentence_case_without_optional_columns(tmp_path):
    m = member_for(tmp_path, f"{YT_EN}/video metadata/videos.csv",
                   "Video ID,Approx duration (ms),Video audio language,Video category,Channel ID,"
                   "Video title (original),Privacy,Video state,Video create timestamp,"
                   "Video publish timestamp\n"
                   f"xyzxyzxyz01,5,en,Comedy,{CH},Joke,Public,Processed,2025-01-01T00:00:00Z,\n")
    items, _, _ = items_of(g.yt_videos, m)
    assert (items[0].text, items[0].visibility, items[0].created_at) == ("Joke", PUBLIC, dt(2025, 1, 1))


def test_video_texts_only_for_videos_missing_from_videos_csv(tmp_path):
    vids = member_for(tmp_path, f"{YT_EN}/video metadata/videos.csv", VIDEOS_2023)
    rel = f"{YT_EN}/video metadata/video texts.csv"
    texts = member_for(tmp_path, rel,
                       "Video ID,Video Text Create Timestamp,Video Title Text Segments 1,"
                       "Video Text Update Timestamp\n"
                       "abcdefghijk,2021-01-07T19:48:06+00:00,My first upload,2021-01-07T19:48:06+00:00\n"
                       "gonegonegon,2020-01-01T00:00:00+00:00,Old title,2020-01-01T00:00:00+00:00\n")
    ctx = context_for(SPEC, [vids, texts])
    list(g.yt_videos(vids, ctx))
    items, problems, _ = items_of(g.yt_video_texts, texts, ctx)
    assert problems == []
    assert items == [Item(platform="youtube", kind="video", key="youtube:video:gonegonegon",
                          created_at=dt(2020, 1, 1), visibility=UNKNOWN,
                          evidence=f"{rel}: video not listed in videos.csv, its privacy is unknown",
                          confidence=LOW, source_file=rel, text="Old title", media_count=1,
                          url="https://www.youtube.com/watch?v=gonegonegon")]


COMMENT_ERAS = {
    # era A (pre June 2024)
    "A": ("Comment ID,Channel ID,Comment Create Timestamp,Price,Parent Comment ID,Video ID,Comment Text\n"
          f'UgwAAAA,{CH},2022-01-02T03:04:05+00:00,0,,vidvidvid01,"{{""takeoutSegments"":[{{""text"":""hi there""}}]}}"\n'),
    # era B (post June 2024): Comment ID moved
    "B": ("Channel ID,Comment Create Timestamp,Price,Comment ID,Parent Comment ID,Video ID,Comment Text\n"
          f'{CH},2022-01-02T03:04:05+00:00,0,UgwAAAA,,vidvidvid01,"{{""text"":""hi there""}}"\n'),
    # era C (2025/2026): Post ID and Top-Level Comment ID
    "C": ("Comment ID,Channel ID,Comment Create Timestamp,Price,Parent Comment ID,Post ID,Video ID,"
          "Comment Text,Top-Level Comment ID\n"
          f'UgwAAAA,{CH},2022-01-02T03:04:05+00:00,0,,,vidvidvid01,"{{""text"":""hi ""}},{{""text"":""there""}}",\n'),
    "C sentence case": ("Comment ID,Channel ID,Comment create timestamp,Price,Parent comment ID,Post ID,"
                        "Video ID,Comment text,Top-level comment ID\n"
                        f'UgwAAAA,{CH},2022-01-02T03:04:05+00:00,0,,,vidvidvid01,"{{""text"":""hi there""}}",\n'),
    "C German": ("Kommentar-ID,Kanal-ID,Zeitstempel der Erstellung des Kommentars,Preis,"
                 "Übergeordnete Kommentar-ID,Beitrags-ID,Video-ID,Kommentartext,"
                 "Kommentar-ID der obersten Ebene\n"
                 f'UgwAAAA,{CH},2022-01-02T03:04:05+00:00,0,,,vidvidvid01,"{{""text"":""hi there""}}",\n'),
    "Dutch": ("Reactie-ID,Kanaal-ID,Aanmaaktijdstempel reactie,Prijs,Video-ID,Reactietekst\n"
              f'UgwAAAA,{CH},2022-01-02T03:04:05+00:00,0,vidvidvid01,"{{""text"":""hi there""}}"\n'),
    "plain text, BOM, CRLF": ("\ufeffComment ID,Channel ID,Comment Create Timestamp,Price,Parent Comment ID,"
                              "Video ID,Comment Text\r\n"
                              f"UgwAAAA,{CH},2022-01-02T03:04:05+00:00,0,,vidvidvid01,hi there\r\n\r\n"),
}


@pytest.mark.parametrize("era", sorted(COMMENT_ERAS))
def test_comments_every_header_era(tmp_path, era):
    rel = f"{YT_EN}/comments/comments.csv"
    m = member_for(tmp_path, rel, COMMENT_ERAS[era])
    items, problems, _ = items_of(g.yt_comments, m)
    assert problems == []
    assert items == [Item(
        platform="youtube", kind="comment", key="youtube:comment:UgwAAAA", created_at=dt(2022, 1, 2, 3, 4, 5),
        visibility=PUBLIC, confidence=MEDIUM,
        evidence=f"{rel}: YouTube comments are public by product (the visibility of the video is not exported)",
        source_file=rel, text="hi there", url="https://www.youtube.com/watch?v=vidvidvid01&lc=UgwAAAA")]


def test_comments_follow_own_video_and_post_comments(tmp_path):
    vids = member_for(tmp_path, f"{YT_EN}/video metadata/videos.csv", VIDEOS_2023)
    rel = f"{YT_EN}/comments/comments.csv"
    comments = member_for(tmp_path, rel, COMMENT_ERAS["C"].splitlines()[0] + "\n"
                          f'c1,{CH},2025-01-01T00:00:00Z,0,,,abcdefghijk,"{{""text"":""own public""}}",\n'
                          f'c2,{CH},2025-01-01T00:00:00Z,0,,,unlisted001,"{{""text"":""own unlisted""}}",\n'
                          f'c3,{CH},2025-01-01T00:00:00Z,0,,UgkxPost000001,,"{{""text"":""on a post""}}",\n')
    ctx = context_for(SPEC, [vids, comments])
    list(g.yt_videos(vids, ctx))
    items, _, _ = items_of(g.yt_comments, comments, ctx)
    assert [(i.visibility, i.confidence) for i in items] == [(PUBLIC, HIGH), (RESTRICTED, MEDIUM),
                                                             (PUBLIC, MEDIUM)]
    assert "own public video" in items[0].evidence and "Privacy Public" in items[0].evidence
    assert (items[2].url, items[2].audience) == ("https://www.youtube.com/post/UgkxPost000001",
                                                 "community post")


def test_comment_evidence_renders_in_dutch_with_the_video_evidence_inside(tmp_path):
    vids = member_for(tmp_path, f"{YT_EN}/video metadata/videos.csv", VIDEOS_2023)
    rel = f"{YT_EN}/comments/comments.csv"
    comments = member_for(tmp_path, rel, COMMENT_ERAS["C"].splitlines()[0] + "\n"
                          f'c1,{CH},2025-01-01T00:00:00Z,0,,,abcdefghijk,"{{""text"":""own public""}}",\n'
                          f'c3,{CH},2025-01-01T00:00:00Z,0,,UgkxPost000001,,"{{""text"":""on a post""}}",\n')
    ctx = context_for(SPEC, [vids, comments])
    list(g.yt_videos(vids, ctx))
    items, _, _ = items_of(g.yt_comments, comments, ctx)
    tr = Translator("nl")
    own, by_product = (tr.text(i.evidence) for i in items)
    vids_rel = f"{YT_EN}/video metadata/videos.csv"
    assert own == (f"{rel}: bij je eigen openbare video ({vids_rel}: Privacy is Public, Video State is "
                   "Processed)")
    assert by_product == (f"{rel}: YouTube-reacties zijn standaard openbaar (de zichtbaarheid van de video "
                          "zit niet in de export)")
    assert tr.missing == set()


def test_comment_with_markup_kept_verbatim_and_script_link_dropped(tmp_path):
    m = member_for(tmp_path, f"{YT_EN}/comments/comments.csv", COMMENT_ERAS["C"].splitlines()[0] + "\n"
                   f'c9,{CH},2025-01-01T00:00:00Z,0,,,vidvidvid01,"{{""text"":""<script>alert(1)</script>""}},'
                   '{""text"":""x"",""link"":{""linkUrl"":""javascript:alert(1)""}}",\n')
    items, _, _ = items_of(g.yt_comments, m)
    assert items[0].text == "<script>alert(1)</script>x"  # the report escapes; the parser keeps the words
    assert "javascript" not in items[0].url


def test_comments_malformed_row_reported_rest_kept(tmp_path):
    rel = f"{YT_EN}/comments/comments.csv"
    m = member_for(tmp_path, rel, COMMENT_ERAS["A"] + f",{CH},,0,,,\n"
                   + COMMENT_ERAS["A"].splitlines()[1].replace("UgwAAAA", "UgwBBBB") + "\n")
    items, problems, _ = items_of(g.yt_comments, m)
    assert [i.key for i in items] == ["youtube:comment:UgwAAAA", "youtube:comment:UgwBBBB"]
    assert problems == [Problem(rel, "line 3", "no comment id and no text")]
    tr = Translator("nl")
    assert (tr.text(problems[0].place), tr.text(problems[0].reason)) == ("regel 3", "geen reactie-id en geen tekst")


def test_comments_wrong_file_is_a_read_error(tmp_path):
    m = member_for(tmp_path, f"{YT_EN}/comments/comments.csv", "Foo,Bar\n1,2\n")
    with pytest.raises(ReadError):
        list(g.yt_comments(m, context_for(SPEC, [m])))


def test_live_chats(tmp_path):
    rel = f"{YT_EN}/live chats/live chats.csv"
    m = member_for(tmp_path, rel,
                   "Live Chat ID,Channel ID,Live Chat Create Timestamp,Price,Currency code,Video ID,"
                   "Live Chat Text\n"
                   f'UgzChat1,{CH},2022-09-11T09:36:37.097266+00:00,0,,abcdefghijk,"{{""text"":""hello""}}"\n'
                   f'UgzChat2,{CH},2022-09-11T09:40:00+00:00,5,EUR,abcdefghijk,'
                   '"{""takeoutSegments"":[{""text"":""super""}]}"\n')
    items, problems, _ = items_of(g.yt_live_chats, m)
    assert problems == []
    assert items[0] == Item(
        platform="youtube", kind="comment", key="youtube:livechat:UgzChat1",
        created_at=datetime(2022, 9, 11, 9, 36, 37, 97266, tzinfo=UTC), visibility=PUBLIC,
        evidence=f"{rel}: live chat messages are public by product (the visibility of the video is not "
                 "exported)",
        confidence=MEDIUM, source_file=rel, text="hello", url="https://www.youtube.com/watch?v=abcdefghijk",
        audience="live chat")
    assert items[1].text == "super"


def test_legacy_comments_html(tmp_path):
    rel = f"{YT_EN}/my-comments/my-comments.html"
    html = ('<html><body><ul>'
            '<li>Sent at 2020-04-27 23:18:23 UTC while watching <a href="http://www.youtube.com/watch?v='
            'abcdefghijk&amp;lc=UgwOld1">a video</a>.<br/>content &lt;b&gt;here&lt;/b&gt;</li>'
            '<li>Commented on 2016-06-15T08:50:49Z on <a href="javascript:alert(1)">x</a>.<br/>older</li>'
            '<li>no date, no text<br/></li>'
            '</ul></body></html>')
    m = member_for(tmp_path, rel, html)
    items, problems, _ = items_of(g.yt_legacy_html, m)
    assert items[0] == Item(
        platform="youtube", kind="comment", key="youtube:comment:UgwOld1",
        created_at=dt(2020, 4, 27, 23, 18, 23), visibility=PUBLIC, confidence=MEDIUM,
        evidence=f"{rel}: YouTube comments are public by product (the visibility of the video is not exported)",
        source_file=rel, text="content <b>here</b>",
        url="https://www.youtube.com/watch?v=abcdefghijk&lc=UgwOld1")
    assert (items[1].created_at, items[1].text, items[1].url) == (dt(2016, 6, 15, 8, 50, 49), "older", "")
    assert items[1].key == KEY("comment", "comment", "", "2016-06-15T08:50:49", "older")
    assert problems == [Problem(rel, "entry 3", "neither a date nor a text")]


def test_legacy_live_chat_html(tmp_path):
    rel = f"{YT_EN}/my-live-chat-messages/my-live-chat-messages.html"
    m = member_for(tmp_path, rel, '<ul><li>Sent at 2020-05-06 19:32:44 UTC while watching '
                                  '<a href="http://www.youtube.com/watch?v=streamstrea">a stream</a>.<br/>hi chat</li></ul>')
    items, _, _ = items_of(g.yt_legacy_html, m)
    assert (items[0].audience, items[0].text, items[0].url) == \
        ("live chat", "hi chat", "https://www.youtube.com/watch?v=streamstrea")
    assert "live chat messages are public" in items[0].evidence


PLAYLISTS_CSV = (
    "Playlist ID,Add new videos to top,Playlist Image 1 Create Timestamp,Playlist Image 1 URL,"
    "Playlist Image 1 Height,Playlist Image 1 Width,Playlist Title (Original),"
    "Playlist Title (Original) Language,Playlist Create Timestamp,Playlist Update Timestamp,"
    "Playlist Video Order,Playlist Visibility\n"
    "PLpublic000001,False,,,,,Road trip: 2025,en,2025-01-01T00:00:00+00:00,2025-01-02T00:00:00+00:00,Manual,Public\n"
    "PLtwin00000001,False,,,,,Twin,en,2025-01-01T00:00:00+00:00,,Manual,Public\n"
    "PLtwin00000002,False,,,,,Twin,en,2025-01-01T00:00:00+00:00,,Manual,Private\n"
    "WLwatchlater01,True,,,,,Watch later,,2024-01-01T00:00:00+00:00,,Manual,Public\n"
)


def test_playlists_and_their_video_files(tmp_path):
    base = f"{YT_EN}/playlists/"
    lists = member_for(tmp_path, base + "playlists.csv", PLAYLISTS_CSV)
    header = "Video ID,Playlist Video Creation Timestamp\n"
    road = member_for(tmp_path, base + "Road trip_ 2025-videos.csv", header + "vid00000001,2025-01-01T10:00:00+00:00\n")
    twin = member_for(tmp_path, base + "Twin-videos.csv", header + "vid00000002,2025-01-01T10:00:00+00:00\n")
    later = member_for(tmp_path, base + "Watch later-videos.csv", header + "vid00000003,2025-01-01T10:00:00+00:00\n")
    liked = member_for(tmp_path, base + "Liked videos.csv", header + "vid00000004,2025-01-01T10:00:00+00:00\n")
    orphan = member_for(tmp_path, base + "Nobody knows-videos.csv", header + "vid00000005,\n")
    ctx = context_for(SPEC, [lists, road, twin, later, liked, orphan])
    playlists, problems, _ = items_of(g.yt_playlists, lists, ctx)
    assert problems == []
    assert playlists[0] == Item(
        platform="youtube", kind="playlist", key="youtube:playlist:PLpublic000001",
        created_at=dt(2025, 1, 1), visibility=PUBLIC,
        evidence=f"{base}playlists.csv: Playlist Visibility Public", confidence=HIGH,
        source_file=base + "playlists.csv", text="Road trip: 2025",
        url="https://www.youtube.com/playlist?list=PLpublic000001")
    # Watch later is private whatever the row says
    assert (playlists[3].visibility, playlists[3].evidence) == \
        (RESTRICTED, f"{base}playlists.csv: Watch later is a private system list")

    [entry], _, _ = items_of(g.yt_playlist_file, road, ctx)
    assert entry == Item(
        platform="youtube", kind="other", key=KEY("other", "playlist", "road trip_ 2025", "vid00000001"),
        created_at=dt(2025, 1, 1, 10), visibility=PUBLIC,
        evidence=f"{base}playlists.csv: Playlist Visibility Public (playlist matched by title)",
        confidence=MEDIUM, source_file=base + "Road trip_ 2025-videos.csv",
        url="https://www.youtube.com/watch?v=vid00000001", audience="playlist")
    [twin_entry], _, _ = items_of(g.yt_playlist_file, twin, ctx)
    assert (twin_entry.visibility, twin_entry.confidence) == (RESTRICTED, LOW)
    [later_entry], _, _ = items_of(g.yt_playlist_file, later, ctx)
    assert (later_entry.kind, later_entry.visibility, later_entry.confidence) == ("other", RESTRICTED, HIGH)
    [liked_entry], _, _ = items_of(g.yt_playlist_file, liked, ctx)
    assert (liked_entry.kind, liked_entry.visibility, liked_entry.own, liked_entry.audience) == \
        ("reaction", RESTRICTED, False, "liked")
    [orphan_entry], _, _ = items_of(g.yt_playlist_file, orphan, ctx)
    # A file no playlist matches is not "unknown": it says so, and is not counted as public.
    assert (orphan_entry.visibility, orphan_entry.confidence, orphan_entry.created_at) == (RESTRICTED, LOW, None)
    assert "no playlist in playlists.csv matches this file name" in orphan_entry.evidence


def test_old_playlist_layout_two_sections(tmp_path):
    rel = f"{YT_EN}/playlists/Road trip.csv"
    m = member_for(tmp_path, rel,
                   "Playlist Id,Channel Id,Time Created,Time Updated,Title,Description,Visibility\n"
                   f"PLold0000000001,{CH},2015-01-01 00:00:00 UTC,2021-05-01 12:00:00 UTC,Road trip,,Unlisted\n"
                   "\n"
                   "Video Id,Time Added\n"
                   "abcdefghijk,2021-05-01 12:00:00 UTC\n"
                   "lmnopqrstuv,2021-05-02 12:00:00 UTC\n")
    items, problems, _ = items_of(g.yt_playlist_file, m)
    assert problems == []
    assert items[0] == Item(platform="youtube", kind="playlist", key="youtube:playlist:PLold0000000001",
                            created_at=dt(2015, 1, 1), visibility=RESTRICTED,
                            evidence=f"{rel}: Visibility Unlisted", confidence=HIGH, source_file=rel,
                            text="Road trip", url="https://www.youtube.com/playlist?list=PLold0000000001")
    assert [(i.kind, i.visibility, i.created_at) for i in items[1:]] == [
        ("other", RESTRICTED, dt(2021, 5, 1, 12)), ("other", RESTRICTED, dt(2021, 5, 2, 12))]


def test_oldest_json_playlist_and_likes(tmp_path):
    record = {"contentDetails": {"videoId": "abcdefghijk", "videoPublishedAt": "2015-10-05T17:23:15.000Z"},
              "kind": "youtube#playlistItem",
              "snippet": {"channelId": CH, "playlistId": "LLzz", "position": 4,
                          "publishedAt": "2020-07-05T18:27:32.000Z",
                          "resourceId": {"kind": "youtube#video", "videoId": "abcdefghijk"}, "title": "Some video"},
              "status": {"privacyStatus": "public"}}
    rel = "YouTube/playlists/likes.json"
    m = member_for(tmp_path, rel, json.dumps([record, {"kind": "broken"}]))
    items, problems, _ = items_of(g.yt_playlist_json, m)
    assert items == [Item(platform="youtube", kind="reaction",
                          key=KEY("reaction", "playlist", "likes", "abcdefghijk"),
                          created_at=dt(2020, 7, 5, 18, 27, 32), visibility=RESTRICTED,
                          evidence=f"{rel}: liked videos are a private list", confidence=HIGH,
                          source_file=rel, url="https://www.youtube.com/watch?v=abcdefghijk", own=False,
                          audience="liked")]
    assert problems == [Problem(rel, "record 2", "no video id")]


@pytest.mark.parametrize("header", ["Channel Id,Channel Url,Channel Title",
                                    "Channel ID,Channel URL,Channel title",
                                    "ID des chaînes,URL des chaînes,Titres des chaînes"])
def test_subscriptions_csv_variants(tmp_path, header):
    rel = f"{YT_EN}/subscriptions/subscriptions.csv"
    m = member_for(tmp_path, rel, f"{header}\n{CH},http://www.youtube.com/channel/{CH},Example\n")
    items, problems, _ = items_of(g.yt_subscriptions, m)
    assert problems == []
    assert items == [Item(platform="youtube", kind="connection", key=KEY("subscription", CH),
                          created_at=None, visibility=RESTRICTED,
                          evidence=f"{rel}: subscriptions are private by default; no visibility is exported",
                          confidence=HIGH, source_file=rel, text="Example",
                          url=f"https://www.youtube.com/channel/{CH}")]


def test_subscriptions_old_json(tmp_path):
    m = member_for(tmp_path, "YouTube/subscriptions/subscriptions.json", json.dumps([
        {"kind": "youtube#subscription", "snippet": {"publishedAt": "2019-01-01T00:00:00Z", "title": "X",
                                                     "resourceId": {"channelId": CH, "kind": "youtube#channel"}}}]))
    items, _, _ = items_of(g.yt_subscriptions, m)
    assert (items[0].key, items[0].created_at, items[0].visibility) == \
        (KEY("subscription", CH), dt(2019, 1, 1), RESTRICTED)


def test_posts_follow_public_channel(tmp_path):
    rel = f"{YT_EN}/posts/posts.csv"
    m = member_for(tmp_path, rel, "Post ID,Channel ID,Post Create Timestamp,Post Text\n"
                                  f'UgkxPost000001,{CH},2025-06-05T12:00:00+00:00,"{{""text"":""Poll time""}}"\n')
    ctx = context_for(SPEC, [m])
    ctx.state.yt_channels = {CH: PUBLIC}
    items, _, _ = items_of(g.yt_posts, m, ctx)
    assert items == [Item(platform="youtube", kind="post", key="youtube:post:UgkxPost000001",
                          created_at=dt(2025, 6, 5, 12), visibility=PUBLIC,
                          evidence=f"{rel}: posted on your public channel (channel.csv)", confidence=LOW,
                          source_file=rel, text="Poll time", url="https://www.youtube.com/post/UgkxPost000001")]
    items, _, _ = items_of(g.yt_posts, m)  # no channel.csv: unknown
    assert items[0].visibility == UNKNOWN


# ---------------------------------------------------------------- My Activity

ACTIVITY_RECORD = {
    "header": "YouTube", "title": "Watched An example video",
    "titleUrl": "https://www.youtube.com/watch?v\u003dabcdefghijk",
    "subtitles": [{"name": "Example Channel", "url": f"https://www.youtube.com/channel/{CH}"}],
    "time": "2024-11-21T14:52:38.445Z", "products": ["YouTube"],
    "activityControls": ["YouTube watch history"],
}


def test_activity_json_youtube_and_google(tmp_path):
    rel = "My Activity/YouTube/MyActivity.json"
    m = member_for(tmp_path, rel, json.dumps([ACTIVITY_RECORD, {"header": "Search", "title": "Searched for x",
                                                                "time": "2024-01-01T00:00:00Z",
                                                                "titleUrl": "javascript:alert(1)"}]))
    items, problems, _ = items_of(g.activity_json, m)
    assert problems == []
    assert items[0] == Item(
        platform="youtube", kind="activity",
        key=KEY("activity", "youtube", "YouTube", "2024-11-21T14:52:38.445Z", "Watched An example video",
                        "https://www.youtube.com/watch?v=abcdefghijk"),
        created_at=datetime(2024, 11, 21, 14, 52, 38, 445000, tzinfo=UTC), visibility=RESTRICTED,
        evidence=f"{rel}: account activity, visible only to you", confidence=HIGH, source_file=rel,
        text="Watched An example video", url="https://www.youtube.com/watch?v=abcdefghijk")
    # the folder says YouTube, so even a record with another header is YouTube's
    assert (items[1].platform, items[1].url) == ("youtube", "")


def test_activity_json_truncated_keeps_good_records(tmp_path):
    rel = "My Activity/Search/MyActivity.json"
    good = json.dumps([dict(ACTIVITY_RECORD, header="Search", title=f"Searched for {i}") for i in range(3)])
    m = member_for(tmp_path, rel, good[:-1] + ', {"header": "Search", "title": ')
    ctx = context_for(SPEC, [m])
    got = []
    with pytest.raises(ReadError) as err:
        for out in g.activity_json(m, ctx):
            got.extend(expanded([out]))
    assert [i.text for i in got] == ["Searched for 0", "Searched for 1", "Searched for 2"]
    assert all(i.platform == "google" for i in got)
    assert err.value.place == "record 4"


def _activity_cell(product: str, body: str) -> str:
    return ('<div class="outer-cell mdl-cell mdl-cell--12-col mdl-shadow--2dp"><div class="mdl-grid">'
            f'<div class="header-cell mdl-cell mdl-cell--12-col"><p class="mdl-typography--title">{product}<br></p></div>'
            f'<div class="content-cell mdl-cell mdl-cell--6-col mdl-typography--body-1">{body}</div>'
            '<div class="content-cell mdl-cell mdl-cell--6-col mdl-typography--body-1 mdl-typography--text-right"></div>'
            '<div class="content-cell mdl-cell mdl-cell--12-col mdl-typography--caption"><b>Products:</b><br>&emsp;'
            f'{product}<br></div></div></div>')


def test_activity_html_streamed_across_chunks(tmp_path):
    rel = f"{YT_EN}/history/watch-history.html"
    cell = _activity_cell("YouTube", 'Watched&nbsp;<a href="https://www.youtube.com/watch?v=abcdefghijk">An '
                                     'example video</a><br><a href="https://www.youtube.com/channel/UCzz">'
                                     'Example Channel</a><br>Aug 25, 2020, 5:06:44 PM PDT')
    css = "<style>" + ".x{color:red}" * 5000 + "</style>"  # the inline CSS real pages start with
    n = 300  # ≈ 200 KB: several read chunks, records cut at chunk edges
    m = member_for(tmp_path, rel, f"<html><head>{css}</head><body><div class='mdl-grid'>" + cell * n
                   + "</div></body></html>")
    items, problems, _ = items_of(g.activity_html, m)
    assert problems == [] and len(items) == n
    assert items[0] == Item(
        platform="youtube", kind="activity",
        key=KEY("activity", "youtube", "YouTube", "Aug 25, 2020, 5:06:44 PM PDT", "Watched An example video",
                        "https://www.youtube.com/watch?v=abcdefghijk"),
        created_at=dt(2020, 8, 26, 0, 6, 44), visibility=RESTRICTED,
        evidence=f"{rel}: account activity, visible only to you", confidence=HIGH, source_file=rel,
        text="Watched An example video", url="https://www.youtube.com/watch?v=abcdefghijk")
    assert len({i.key for i in items}) == 1  # the same record repeated: one key


def test_activity_html_dutch_and_empty_cell(tmp_path):
    rel = "Mijn activiteit/Zoeken/MyActivity.html"
    m = member_for(tmp_path, rel, _activity_cell("Zoeken", "Gezocht naar&nbsp;<a href=\"https://www.google.com/"
                                                           "search?q=fiets\">fiets</a><br>15 jun 2026, 20:30:41 CEST")
                   + _activity_cell("Zoeken", ""))
    items, problems, _ = items_of(g.activity_html, m)
    assert [(i.platform, i.text, i.created_at) for i in items] == \
        [("google", "Gezocht naar fiets", dt(2026, 6, 15, 18, 30, 41))]
    assert problems == [Problem(rel, "record 2", "an activity cell without content")]


# ---------------------------------------------------------------- reviews, Blogger, Photos, Profile

def test_maps_reviews(tmp_path):
    rel = "Maps (your places)/Reviews.json"
    url = "https://www.google.com/maps/place//data=!4m2!3m1!1s0x0:0x70db4216ca744926"
    data = {"type": "FeatureCollection", "features": [
        {"geometry": {"coordinates": [4.897, 52.377], "type": "Point"},
         "properties": {"date": "2025-02-13T12:36:27.561312Z", "five_star_rating_published": 5,
                        "google_maps_url": url, "location": {"address": "1 Example St", "name": "Example Café"},
                        "review_text_published": "Great coffee."}, "type": "Feature"},
        {"geometry": {"coordinates": [0, 0], "type": "Point"}, "type": "Feature"},
        {"properties": {"five_star_rating_published": "FOUR", "location": {"name": "Shop", "address": "2 Rd"}}},
    ]}
    m = member_for(tmp_path, rel, json.dumps(data))
    items, problems, _ = items_of(g.maps_reviews, m)
    assert items[0] == Item(
        platform="google", kind="review", key=KEY("review", "maps", url),
        created_at=datetime(2025, 2, 13, 12, 36, 27, 561312, tzinfo=UTC), visibility=PUBLIC,
        evidence=f"{rel}: Google Maps reviews are public by product (shown on your profile)", confidence=MEDIUM,
        source_file=rel, text="Great coffee.", url=url, audience="Google Maps")
    assert (items[1].text, items[1].key) == ("★★★★☆ (4/5)",
                                             KEY("review", "maps", "Shop|2 Rd"))
    assert problems == [Problem(rel, "feature 2", "no properties")]


def test_play_reviews(tmp_path):
    rel = "Google Play Store/Reviews.json"
    m = member_for(tmp_path, rel, json.dumps([
        {"review": {"document": {"documentType": "Android Apps", "title": "Example App"},
                    "creationTime": "2021-08-23T10:00:00.000Z", "starRating": 4, "title": "Nice",
                    "comment": "Works well."}}, "junk"]))
    items, problems, _ = items_of(g.play_reviews, m)
    assert items == [Item(platform="google", kind="review",
                          key=KEY("review", "play", "Android Apps", "Example App", ""),
                          created_at=dt(2021, 8, 23, 10), visibility=PUBLIC,
                          evidence=f"{rel}: Google Play reviews are public by product (shown with your account name)",
                          confidence=MEDIUM, source_file=rel, text="Nice\nWorks well.", audience="Google Play")]
    assert problems == [Problem(rel, "record 2", "not a review record")]


def test_search_contribution_reviews(tmp_path):
    rel = "Search Contributions/Bewertungen.json"
    m = member_for(tmp_path, rel, json.dumps([{"Published": "2023-05-01T12:34:56.789Z", "Review Comment": "Good",
                                               "Review Star Rating": 4, "Search Query": "Example Film"}]))
    [item], _, _ = items_of(g.search_reviews, m)
    assert (item.kind, item.visibility, item.confidence, item.text) == ("review", PUBLIC, LOW, "Good")


ATOM = """<?xml version='1.0' encoding='utf-8'?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:blogger="http://schemas.google.com/blogger/2018">
  <entry>
    <id>tag:blogger.com,1999:blog-1111.post-2222</id>
    <blogger:type>POST</blogger:type>
    <blogger:status>LIVE</blogger:status>
    <author><name>Example Author</name><blogger:type>BLOGGER</blogger:type></author>
    <title>Hello world</title>
    <content type="html">&lt;p&gt;First post&lt;/p&gt;</content>
    <blogger:created>2020-01-01T10:00:00.000Z</blogger:created>
    <published>2020-01-01T10:00:00.000Z</published>
    <link rel="alternate" href="https://example.blogspot.com/2020/01/hello-world.html"/>
  </entry>
  <entry><id>tag:blogger.com,1999:blog-1111.post-3333</id><blogger:type>POST</blogger:type>
    <blogger:status>DRAFT</blogger:status><title>Draft</title><content type="html">wip</content></entry>
  <entry><id>tag:blogger.com,1999:blog-1111.post-4444</id><blogger:type>POST</blogger:type>
    <blogger:status>SOFT_TRASHED</blogger:status><title>Gone</title><content type="html">x</content></entry>
  <entry><id>tag:blogger.com,1999:blog-1111.post-5555</id><blogger:type>COMMENT</blogger:type>
    <blogger:status>LIVE</blogger:status><author><name>Someone Else</name></author>
    <content type="html">nice</content></entry>
  <entry><id>tag:blogger.com,1999:blog-1111.post-6666</id><blogger:type>COMMENT</blogger:type>
    <blogger:status>LIVE</blogger:status><author><name>Example Author</name></author>
    <content type="html">thanks</content></entry>
</feed>
"""


def test_blogger_live_draft_trashed_and_comments(tmp_path):
    rel = "Blogger/Blogs/Example/feed.atom"
    m = member_for(tmp_path, rel, ATOM)
    ctx = context_for(SPEC, [m])
    ctx.state.profile_names = {"example author"}
    items, problems, _ = items_of(g.blogger_feed, m, ctx)
    assert problems == []
    assert items[0] == Item(
        platform="google", kind="article", key="google:blogger:blog-1111.post-2222",
        created_at=dt(2020, 1, 1, 10), visibility=PUBLIC,
        evidence=f"{rel}: blogger:status LIVE: published (public if the blog itself is public; the blog's "
                 "readers setting is not exported)",
        confidence=MEDIUM, source_file=rel, text="Hello world\nFirst post",
        url="https://example.blogspot.com/2020/01/hello-world.html", audience="blog")
    assert [(i.kind, i.visibility, i.own) for i in items[1:]] == [
        ("article", RESTRICTED, True), ("article", RESTRICTED, True), ("comment", PUBLIC, False),
        ("comment", PUBLIC, True)]


def test_blogger_old_schema_draft(tmp_path):
    m = member_for(tmp_path, "Blogger/Blogs/Old/feed.atom", """<?xml version='1.0'?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:app="http://purl.org/atom/app#">
 <entry><id>tag:blogger.com,1999:blog-1.post-2</id>
  <category scheme="http://schemas.google.com/g/2005#kind" term="http://schemas.google.com/blogger/2008/kind#post"/>
  <app:control><app:draft>yes</app:draft></app:control><title>Old draft</title></entry>
 <entry><id>tag:blogger.com,1999:blog-1.post-3</id>
  <category scheme="http://schemas.google.com/g/2005#kind" term="http://schemas.google.com/blogger/2008/kind#post"/>
  <title>Old live</title></entry>
 <entry><id>tag:blogger.com,1999:blog-1.settings-x</id>
  <category scheme="http://schemas.google.com/g/2005#kind" term="http://schemas.google.com/blogger/2008/kind#settings"/>
 </entry>
</feed>""")
    items, _, _ = items_of(g.blogger_feed, m)
    assert [(i.text, i.visibility) for i in items] == [("Old draft", RESTRICTED), ("Old live", PUBLIC)]


def test_blogger_refuses_entity_declarations_and_keeps_entries_before_a_break(tmp_path):
    bomb = member_for(tmp_path, "Blogger/Blogs/Bomb/feed.atom",
                      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><feed>&lol;</feed>')
    with pytest.raises(ReadError):
        list(g.blogger_feed(bomb, context_for(SPEC, [bomb])))
    broken = member_for(tmp_path, "Blogger/Blogs/Broken/feed.atom", ATOM[: ATOM.index("<entry><id>tag:blogger.com,1999:blog-1111.post-5555")] + "<entry><id>")
    got = []
    with pytest.raises(ReadError):
        for out in g.blogger_feed(broken, context_for(SPEC, [broken])):
            got.append(out)
    assert len(got) == 3


def test_photos_album_and_profile(tmp_path):
    rel = "Google Photos/Holiday/metadata.json"
    m = member_for(tmp_path, rel, json.dumps({"title": "Holiday", "description": "", "access": "protected",
                                              "date": {"timestamp": "1672477816"}}))
    [album], _, _ = items_of(g.photos_album, m)
    assert album == Item(platform="google", kind="other", key=KEY("other", "photos-album", "Holiday"),
                         created_at=datetime.fromtimestamp(1672477816, UTC), visibility=RESTRICTED,
                         evidence=f"{rel}: Google Photos albums are private or shared by link, not published "
                                  "(access protected)",
                         confidence=MEDIUM, source_file=rel, text="Holiday", audience="album")
    prel = "Profil/Profil.json"
    p = member_for(tmp_path, prel, json.dumps({"name": {"givenName": "Ada", "formattedName": "Ada Example"},
                                               "displayName": "Ada Example", "emails": [{"value": "Ada@Example.com"}]}))
    [prof], _, _ = items_of(g.profile, p)
    assert prof == Item(platform="google", kind="profile", key=KEY("profile"),
                        created_at=None, visibility=PUBLIC,
                        evidence=f"{prel}: your name is shown publicly next to reviews and comments; e-mail, "
                                 "birthday and gender are not",
                        confidence=MEDIUM, source_file=prel, text="Ada Example")


# ---------------------------------------------------------------- locale detection

def _relpaths(folder: Path) -> list[str]:
    return [m.path for m in FolderContainer(folder).members()]


def test_locale_detection_english_and_dutch_samples():
    locale, _ = g.detect_locale([p.removeprefix("Takeout/") for p in
                                 _relpaths(SAMPLES / "google/en-part1") + _relpaths(SAMPLES / "google/en-part2")])
    assert locale.code == "en"
    for part in ("nl-part1", "nl-part2"):
        locale, score = g.detect_locale([p.removeprefix("Takeout/") for p in _relpaths(SAMPLES / "google" / part)])
        assert locale.code == "nl" and score > 0, part


def test_locale_detection_german_shared_fixture(shared_fixtures):
    base = shared_fixtures / "google/seanbreckenridge__google_takeout_parser/tests/testdata"
    assert g.detect_locale(_relpaths(base / "RecentTakeout_ger"))[0].code == "de"
    assert g.detect_locale(_relpaths(base / "RecentTakeout"))[0].code == "en"
    # the export root is found in both trees, though they have no Takeout/ folder
    for tree in ("RecentTakeout_ger", "RecentTakeout"):
        score, root = score_root(SPEC, _relpaths(base / tree))
        assert score >= SPEC.min_score and root == ""
    routed = {p: SPEC.route_for(p) for p in _relpaths(base / "RecentTakeout_ger")}
    assert all(r is not None for r in routed.values()), [p for p, r in routed.items() if r is None]


GERMAN_TREE = {
    "Takeout/Archiv_Übersicht.html": "<html><title>Übersicht</title></html>",
    "Takeout/YouTube und YouTube Music/Kommentare/Kommentare.csv": COMMENT_ERAS["C German"],
    "Takeout/YouTube und YouTube Music/Abos/Abos.csv": f"Channel Id,Channel Url,Channel Title\n{CH},,Kanal\n",
    "Takeout/YouTube und YouTube Music/Verlauf/Wiedergabeverlauf.html": _activity_cell(
        "YouTube", 'Angesehen&nbsp;<a href="https://www.youtube.com/watch?v=abcdefghijk">Video</a><br>'
                   "27.08.2026, 20:04:54 MESZ"),
    "Takeout/Meine Aktivitäten/Google Suche/MeineAktivitäten.json": json.dumps(
        [{"header": "Google Suche", "title": "Gesucht nach Brot", "time": "2026-08-27T18:00:00Z"}]),
    "Takeout/Maps (Meine Orte)/Bewertungen.json": json.dumps({"type": "FeatureCollection", "features": []}),
    "Takeout/Profil/Profil.json": json.dumps({"displayName": "Erika Beispiel",
                                              "emails": [{"value": "erika@example.com"}]}),
    "Takeout/Google Play Filme\u00a0_ Serien/Bibliothek.json": "[]",
}


def test_german_sample_end_to_end(tmp_path):
    tree = write_tree(tmp_path / "de", GERMAN_TREE)
    analysis = run([tree], tmp_path)
    [src] = analysis.sources
    assert (src.platform, src.state.locale, src.info.account) == ("google", "de", "erika@example.com")
    assert any("German" in c for c in src.info.caveats)
    tr = Translator("nl")
    assert "Map- en bestandsnamen zijn in het Duits; ze zijn gekoppeld aan de Engelse indeling." in \
        [tr.text(c) for c in src.info.caveats]
    status = {f.path.split("Takeout/", 1)[1]: (f.status, f.items) for f in src.files}
    assert status["YouTube und YouTube Music/Kommentare/Kommentare.csv"] == ("parsed", 1)
    assert status["YouTube und YouTube Music/Verlauf/Wiedergabeverlauf.html"] == ("parsed", 1)
    assert status["Meine Aktivitäten/Google Suche/MeineAktivitäten.json"] == ("parsed", 1)
    assert status["Google Play Filme\u00a0_ Serien/Bibliothek.json"] == ("ignored", 0)


# ---------------------------------------------------------------- whole exports

def _summary(analysis):
    items = sorted((r.key, r.platform, r.kind, r.visibility, r.confidence, r.created_at, r.text, r.url)
                   for r in analysis.store.query())
    files = sorted((f.path.split("Takeout/", 1)[1], f.status, f.items, f.problems)
                   for s in analysis.sources for f in s.files)
    return items, files


def _zip_parts(tmp_path: Path, lang: str, names: tuple[str, str], fmt: str = "zip") -> list[Path]:
    out = tmp_path / f"{lang}-{fmt}"
    out.mkdir()
    make = zip_tree if fmt == "zip" else tgz_tree
    return [make(SAMPLES / "google" / f"{lang}-part{i}", out / name) for i, name in enumerate(names, start=1)]


def test_two_part_english_takeout_merged_with_export_date(tmp_path):
    parts = _zip_parts(tmp_path, "en", ("takeout-20260301T101010Z-001.zip", "takeout-20260301T101010Z-002.zip"))
    analysis = run(parts, tmp_path)
    assert analysis.unusable == []
    [src] = analysis.sources
    assert src.info.archives == [p.name for p in parts]
    assert src.info.account == "ada.example@example.com"
    assert src.info.export_date == datetime(2026, 3, 1, 10, 10, 10, tzinfo=UTC)
    assert src.problems == []
    [notice] = [n for n in src.info.notices if "private to your account" in n]
    assert "not used for AI training" in notice and "8 more files" in notice
    assert any(c.startswith("Google Photos: 1 album(s) found") for c in src.info.caveats)
    by_status = {s: src.count_files(s) for s in ("parsed", "ignored", "unknown")}
    assert by_status == {"parsed": 25, "ignored": 18, "unknown": 1}
    [unknown] = [f for f in src.files if f.status == "unknown"]
    assert unknown.path.endswith("Takeout/Google Quux Labs/experiments.json")
    kinds = {}
    for r in analysis.store.query():
        kinds[(r.platform, r.kind, r.visibility)] = kinds.get((r.platform, r.kind, r.visibility), 0) + 1
    assert kinds[("youtube", "video", "public")] == 1
    assert kinds[("youtube", "video", "restricted")] == 2
    assert kinds[("youtube", "playlist", "public")] == 1
    assert kinds[("google", "review", "public")] == 4
    assert kinds[("google", "article", "public")] == 2
    assert kinds[("youtube", "activity", "restricted")] == 5
    xss = [r for r in analysis.store.query() if "<script>" in r.text]
    assert len(xss) == 1 and "javascript" not in xss[0].url


def test_two_part_dutch_takeout_with_group_index_names(tmp_path):
    # newer names carry a group index; -1-001 and -2-001 are still one export
    parts = _zip_parts(tmp_path, "nl", ("takeout-20260215T090000Z-1-001.zip", "takeout-20260215T090000Z-2-001.zip"))
    analysis = run(parts, tmp_path)
    [src] = analysis.sources
    assert (src.state.locale, src.info.account) == ("nl", "daan.voorbeeld@example.com")
    assert src.count_files("unknown") == 0 and src.problems == []
    assert src.info.export_date == datetime(2026, 2, 15, 9, 0, 0, tzinfo=UTC)


def test_english_and_dutch_exports_stay_apart(tmp_path):
    en = _zip_parts(tmp_path, "en", ("takeout-20260301T101010Z-001.zip", "takeout-20260301T101010Z-002.zip"))
    nl = _zip_parts(tmp_path, "nl", ("takeout-20260215T090000Z-001.zip", "takeout-20260215T090000Z-002.zip"))
    analysis = run(en + nl, tmp_path)
    assert sorted(s.info.account for s in analysis.sources) == ["ada.example@example.com",
                                                                 "daan.voorbeeld@example.com"]
    assert all(len(s.containers) == 2 for s in analysis.sources)


def test_folder_zip_and_tgz_give_the_same_items(tmp_path):
    folders = [SAMPLES / "google/en-part1", SAMPLES / "google/en-part2"]
    names = ("takeout-20260301T101010Z-001.zip", "takeout-20260301T101010Z-002.zip")
    as_folder = _summary(run(folders, tmp_path))
    as_zip = _summary(run(_zip_parts(tmp_path, "en", names), tmp_path))
    as_tgz = _summary(run(_zip_parts(tmp_path, "en", tuple(n.replace(".zip", ".tgz") for n in names), "tgz"),
                          tmp_path))
    assert as_folder == as_zip == as_tgz
    assert len(as_folder[0]) == 45


def test_a_part_with_only_private_products_joins_its_export(tmp_path):
    tree = write_tree(tmp_path / "p2", {"Takeout/Drive/a.pdf": b"%PDF-1.4", "Takeout/Drive/b.txt": "x"})
    part1 = zip_tree(SAMPLES / "google/en-part1", tmp_path / "takeout-20260301T101010Z-001.zip")
    part2 = zip_tree(tree, tmp_path / "takeout-20260301T101010Z-002.zip")
    analysis = run([part1, part2], tmp_path)
    assert analysis.unusable == [] and len(analysis.sources) == 1
    drive = [f for f in analysis.sources[0].files if "/Drive/" in f.path]
    assert [(f.status, f.size) for f in drive] == [("ignored", 8), ("ignored", 1)]


def test_samples_generator_is_deterministic(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("gen_google", SAMPLES / "gen_google.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    gen.write(tmp_path)
    for part in gen.TREES:
        ours = {p.relative_to(tmp_path / part): p.read_bytes() for p in (tmp_path / part).rglob("*") if p.is_file()}
        committed = {p.relative_to(SAMPLES / "google" / part): p.read_bytes()
                     for p in (SAMPLES / "google" / part).rglob("*") if p.is_file()}
        assert ours == committed, part
    shutil.rmtree(tmp_path)


def test_activity_html_oversized_record_reported_rest_kept(tmp_path, monkeypatch):
    rel = "My Activity/Search/MyActivity.html"
    good = _activity_cell("Search", 'Searched for&nbsp;<a href="https://www.google.com/search?q=a">a</a><br>'
                                    "Jan 22, 2020, 8:34:00 PM UTC")
    broken = '<div class="outer-cell mdl-cell">' + "x" * 300_000  # a record that never ends
    m = member_for(tmp_path, rel, good + broken + good.replace("q=a", "q=b"))
    monkeypatch.setattr(g, "MAX_ACTIVITY_RECORD", 100_000)
    items, problems, _ = items_of(g.activity_html, m)
    assert [i.url for i in items] == ["https://www.google.com/search?q=a", "https://www.google.com/search?q=b"]
    assert problems == [Problem(rel, "record 2", "an activity record too large to be one; skipped")]


def test_group_index_parts_merge_without_a_profile(tmp_path):
    # -1-001 and -2-001 have different generic part stems; the Takeout name says they are one export
    one = write_tree(tmp_path / "a", {"Takeout/archive_browser.html": "<html></html>",
                                      "Takeout/YouTube and YouTube Music/comments/comments.csv": COMMENT_ERAS["A"]})
    two = write_tree(tmp_path / "b", {"Takeout/My Activity/Search/MyActivity.json": json.dumps([ACTIVITY_RECORD]),
                                      "Takeout/Drive/x.txt": "x"})
    parts = [zip_tree(one, tmp_path / "takeout-20250912T060118Z-1-001.zip"),
             zip_tree(two, tmp_path / "takeout-20250912T060118Z-2-001.zip")]
    analysis = run(parts, tmp_path)
    [src] = analysis.sources
    assert src.info.account == "" and len(src.containers) == 2
    assert src.info.export_date == datetime(2025, 9, 12, 6, 1, 18, tzinfo=UTC)
    assert g.takeout_part_stem("takeout-20250912T060118Z-2-001.tgz") == "takeout-20250912T060118Z"
    assert g.takeout_part_stem("drive-download-20250912T060118Z-1-001.zip") is None


def test_private_product_folders_alone_are_not_a_takeout(tmp_path):
    loose = write_tree(tmp_path / "loose", {"Drive/a.pdf": b"%PDF", "Mail/x.mbox": "From a\n",
                                            "Chrome/History.json": "{}"})
    analysis = run([loose], tmp_path)
    assert analysis.sources == [] and len(analysis.unusable) == 1
    youtube_only = write_tree(tmp_path / "yt", {f"{YT_EN}/comments/comments.csv": COMMENT_ERAS["A"]})
    [src] = run([youtube_only], tmp_path).sources
    assert src.platform == "google" and src.items == 1


def test_playlist_videos_sentence_case_header(tmp_path):
    m = member_for(tmp_path, f"{YT_EN}/playlists/Mix-videos.csv",
                   "\ufeffVideo ID,Playlist video creation timestamp\r\nabcdefghijk,2025-01-01T00:00:00+00:00\r\n")
    [item], problems, _ = items_of(g.yt_playlist_file, m)
    assert problems == [] and (item.created_at, item.visibility, item.confidence) == (dt(2025, 1, 1), RESTRICTED, LOW)


def test_old_playlist_row_without_video_reported_by_line(tmp_path):
    rel = f"{YT_EN}/playlists/Trip.csv"
    m = member_for(tmp_path, rel, "Playlist Id,Channel Id,Time Created,Time Updated,Title,Description,Visibility\n"
                                  f"PLold0000000002,{CH},2015-01-01 00:00:00 UTC,,Trip,,Public\n\n"
                                  "Video Id,Time Added\n,2021-05-01 12:00:00 UTC\nabcdefghijk,2021-05-01 12:00:00 UTC\n")
    items, problems, _ = items_of(g.yt_playlist_file, m)
    assert [(i.kind, i.visibility) for i in items] == [("playlist", PUBLIC), ("other", PUBLIC)]
    assert problems == [Problem(rel, "line 5", "no video id")]


def test_legacy_comment_with_an_impossible_date_keeps_its_text(tmp_path):
    m = member_for(tmp_path, f"{YT_EN}/my-comments/my-comments.html",
                   "<ul><li>Sent at 2020-13-45 99:00:00 UTC<br/>still mine</li>"
                   "<li>Sent at 2020-01-01 00:00:00 UTC<br/>next</li></ul>")
    items, problems, _ = items_of(g.yt_legacy_html, m)
    assert [(i.text, i.created_at) for i in items] == [("still mine", None), ("next", dt(2020, 1, 1))]
    assert problems == []


@pytest.mark.parametrize(("paths", "code"), [
    (["YouTube y YouTube Music/historial/historial-de-reproducciones.json",
      "Mi actividad/Búsqueda/MiActividad.json", "Chrome/Historial.json"], "es"),
    (["YouTube et YouTube Music/abonnements/abonnements.csv", "Mon activité/Recherche/MonActivité.html"], "fr"),
    (["YouTube ve YouTube Music/geçmiş/izleme geçmişi.json", "Etkinliğim/Arama/Etkinliğim.json"], "tr"),
    (["YouTube 和 YouTube Music/历史记录/观看记录.html", "我的活动/Search/我的活动记录.html"], "zh"),
    (["YouTube وYouTube Music/السجلّ/سجل المشاهدة.json", "نشاطي/البحث/نشاطي.json"], "ar"),
    (["Chrome/History.json", "Drive/a.txt"], "en"),  # untranslated names only: English
])
def test_locale_detection_other_languages(paths, code):
    assert g.detect_locale(paths)[0].code == code
    assert all(SPEC.route_for(p) is not None for p in paths)


# ---------------------------------------------------------------- real shapes of 2024-2026 exports

Y25 = SAMPLES / "google" / "2025-youtube"
ES = SAMPLES / "google" / "es"


def _copy_tree(src: Path, dest: Path, replace: dict[str, str] | None = None) -> Path:
    """A copy of a sample tree, with text replaced in every text file (another account's identity)."""
    for p in src.rglob("*"):
        if p.is_file():
            out = dest / p.relative_to(src)
            out.parent.mkdir(parents=True, exist_ok=True)
            data = p.read_bytes()
            for old, new in (replace or {}).items():
                data = data.replace(old.encode(), new.encode())
            out.write_bytes(data)
    return dest


def _files(src):
    return {f.path.split("Takeout/", 1)[1]: (f.status, f.items) for f in src.files}


def test_2025_playlist_files_follow_their_playlist(tmp_path):
    """`<title> videos.csv` belongs to the playlists.csv row with that title (accents kept, `&` and `:`
    replaced by `_`); Watch later is private; a file no row matches says so and is not unknown."""
    analysis = run([zip_tree(Y25, tmp_path / "takeout-20260301T121212Z-001.zip")], tmp_path)
    [src] = analysis.sources
    entries = {}
    for r in analysis.store.query("kind = 'other'"):
        entries.setdefault(r.source_file.rsplit("/", 1)[-1], set()).add((r.visibility, r.confidence))
    assert entries == {
        "Café _ Música_ 2025 videos.csv": {(PUBLIC, MEDIUM)},
        "Favorites videos.csv": {(RESTRICTED, MEDIUM)},  # an Unlisted playlist
        "Watch later videos.csv": {(RESTRICTED, HIGH)},
        "Knitting ideas videos.csv": {(RESTRICTED, LOW)},
    }
    assert not [r for r in analysis.store.query() if r.visibility == UNKNOWN]
    files = _files(src)
    # Liked videos.csv holds only "Total Liked Videos" and a number: read, nothing itemised, said so.
    assert files["YouTube and YouTube Music/playlists/Liked videos.csv"] == ("parsed", 0)
    assert any("holds only a count (42)" in n for n in src.info.notices)
    assert src.problems == []


def test_playlist_file_names_of_every_era_and_language():
    cases = {
        "Watch later videos": "watch later", "Watch later-videos": "watch later",
        "Liked videos": "liked", "Recetas-vídeos": "recetas", "Video_s in crochet": "crochet",
        "crochet-videoclipuri": "crochet", "Café _ Música_ 2025 videos": "café _ música_ 2025",
    }
    assert {stem: g.sanitised_title(g.playlist_title_of_file(stem)) for stem in cases} == cases
    # The same rule on the title side: what Takeout replaced in the name matches what is in the title.
    assert g.sanitised_title("Café & Música: 2025") == g.sanitised_title("Café _ Música_ 2025")
    assert g.sanitised_title("Rock 'n' Roll / Live?") == g.sanitised_title("Rock _n_ Roll _ Live_")
    assert g._system_playlist("Watch later") and g._system_playlist("Liked videos")


def test_liked_videos_total_in_one_row(tmp_path):
    m = member_for(tmp_path, f"{YT_EN}/playlists/Liked videos.csv", "Total Liked Videos,1234\n")
    items, problems, ctx = items_of(g.yt_playlist_file, m)
    assert items == [] and problems == []
    assert ctx.info.notices == [f"{YT_EN}/playlists/Liked videos.csv holds only a count (1234), not the "
                                "videos themselves; nothing to itemise."]
    one_video = member_for(tmp_path, f"{YT_EN}/playlists/Mix videos.csv", "Video ID\n12345678901\n")
    assert g.only_a_total([[(1, ["Video ID"]), (2, ["12345678901"])]]) is None
    [item], _, _ = items_of(g.yt_playlist_file, one_video)
    assert item.url == "https://www.youtube.com/watch?v=12345678901"


def test_spanish_export_read_completely(tmp_path):
    """Spanish folder, file and column names: comments by their Spanish columns, live chat (whose
    Spanish header no public source shows) by the shape of its cells, with a warning; every file
    recognised."""
    analysis = run([zip_tree(ES, tmp_path / "takeout-20260302T080000Z-001.zip")], tmp_path)
    [src] = analysis.sources
    files = _files(src)
    yt = "YouTube y YouTube Music/"
    assert src.info.account == "lucia.ejemplo@example.com"
    assert [f for f, (status, _) in files.items() if status not in ("parsed", "ignored")] == []
    assert files[yt + "comentarios/comentarios.csv"] == ("parsed", 2)
    assert files[yt + "mensajes del chat en directo/mensajes del chat en directo.csv"] == ("parsed", 1)
    assert files[yt + "metadatos del vídeo/vídeos.csv"] == ("parsed", 1)
    assert files[yt + "listas de reproducción/Listas de reproducción.csv"] == ("parsed", 2)
    assert files[yt + "canales/Ajustes de moderación de la comunidad del canal.csv"] == ("ignored", 0)
    assert [(p.place, p.severity) for p in src.problems] == [("header", "warning")]
    by_text = {r.text: r for r in analysis.store.query("kind = 'comment'")}
    own = by_text["¡Gracias por verlo!"]  # under the user's own public video
    assert (own.key, own.visibility, own.confidence) == ("youtube:comment:UgxEsComentario00000001", PUBLIC, HIGH)
    assert by_text["Qué buena receta, ¿con qué harina?"].created_at == "2025-05-02T18:00:00Z"
    chat = by_text["¡Hola a todos!"]
    assert (chat.key, chat.created_at, chat.url) == ("youtube:livechat:UgzEsChat000000000000000000001",
                                                     "2025-06-01T20:00:00Z", "https://www.youtube.com/watch?v=streamEs001")
    [recipe] = [r for r in analysis.store.query("kind = 'other'") if r.visibility == PUBLIC]
    assert recipe.source_file.endswith("Recetas-vídeos.csv")


def test_context_files_first_in_every_language():
    """Channel, videos and playlists files are read before the files that look them up, whatever
    order the archive lists them in."""
    first = [re.compile(p, re.IGNORECASE) for p in SPEC.first]
    for path in ("YouTube y YouTube Music/listas de reproducción/Listas de reproducción.csv",
                 "YouTube y YouTube Music/metadatos del vídeo/vídeos.csv", "YouTube y YouTube Music/canales/canal.csv",
                 f"{YT_EN}/playlists/playlists.csv", f"{YT_EN}/playlists/playlists(1).csv",
                 f"{YT_EN}/video metadata/videos.csv", "YouTube und YouTube Music/Kanäle/Kanal.csv"):
        assert any(rx.fullmatch(path) for rx in first), path
    assert not any(rx.fullmatch(f"{YT_EN}/playlists/Watch later videos.csv") for rx in first)


@pytest.mark.parametrize(("header", "row"), [
    # era B order (channel first), French names [S] and a language the tool does not know
    ("Channel ID,Comment Create Timestamp,Price,Comment ID,Parent Comment ID,Video ID,Comment Text",
     f'{CH},2025-01-02T03:04:05+00:00,0,UgxShape000000000000001,,abcdefghijk,"{{""text"":""hi""}}"'),
    ("ID du commentaire,ID de la chaîne,Horodatage de création du commentaire,Prix,ID de la vidéo,Texte du commentaire",
     f'UgxShape000000000000001,{CH},2025-01-02T03:04:05+00:00,0,abcdefghijk,"{{""text"":""hi""}}"'),
    ("Yorum kimliği,Kanal kimliği,Yorum oluşturma zaman damgası,Fiyat,Video kimliği,Yorum metni",
     f'UgxShape000000000000001,{CH},2025-01-02T03:04:05+00:00,0,abcdefghijk,"{{""text"":""hi""}}"'),
])
def test_comment_columns_by_name_or_by_shape(tmp_path, header, row):
    m = member_for(tmp_path, f"{YT_EN}/comments/comments.csv", header + "\n" + row + "\n")
    [item], problems, _ = items_of(g.yt_comments, m)
    assert (item.key, item.text, item.created_at, item.url) == (
        "youtube:comment:UgxShape000000000000001", "hi", dt(2025, 1, 2, 3, 4, 5),
        "https://www.youtube.com/watch?v=abcdefghijk&lc=UgxShape000000000000001")
    assert [p.severity for p in problems] == (["warning"] if header.startswith("Yorum") else [])


def test_real_files_of_recent_exports_are_known():
    for path in (f"{YT_EN}/music (library and uploads)/music library songs.csv",
                 f"{YT_EN}/music (library and uploads)/music uploads/song.mp3",
                 f"{YT_EN}/shopping/shopping product views.csv",
                 f"{YT_EN}/channels/channel community moderation settings.csv",
                 "YouTube en YouTube Music/kanalen/instellingen voor het beheer van je kanaalcommu.csv",
                 "My Maps/France trip.kmz", "Maps/Commute routes/Commute routes.json",
                 "Location History/Semantic Location History/2023/2023_FEBRUARY.json"):
        route = SPEC.route_for(path)
        assert route is not None and route.handler is None, path
    assert SPEC.route_for("YouTube en YouTube Music/kanalen/kanaal.csv").handler is g.yt_channels
    assert SPEC.route_for("YouTube en YouTube Music/playlists/Video_s in Watch later.csv").handler is g.yt_playlist_file


def test_owner_identity_from_index_page_profile_or_channel(tmp_path):
    index = member_for(tmp_path, "archive_browser.html",
                       '<html><head><style>x{}</style></head><body><h1 class="header_title">Archive for '
                       "Ada.Example@Example.com</h1></body></html>")
    channel = member_for(tmp_path, f"{YT_EN}/channels/channel.csv",
                         f"Kanal-ID,Kanaltitel,Kanalsichtbarkeit\n{CH},Ada,Öffentlich\n")
    ctx = context_for(SPEC, [index, channel])
    assert g.owner_identity(ctx) == "google:ada.example@example.com" and ctx.info.account == "ada.example@example.com"
    dated = member_for(tmp_path, "archive_browser.html",
                       '<body><h1 class="header_title">Archive for ada@example.com</h1><div class="header_subtext">'
                       "Mar 17, 2023, 3:39:15\u202fPM PDT • less than 1 MB • <a>Learn more</a></div></body>")
    assert g.archive_owner(dated) == ("ada@example.com", datetime(2023, 3, 17, 22, 39, 15, tzinfo=UTC))
    ctx = context_for(SPEC, [channel])
    assert g.owner_identity(ctx) == f"youtube:{CH}"
    ctx.info.account = "ada@example.com"  # from Profile.json
    assert g.owner_identity(ctx) == "google:ada@example.com"


def test_keys_belong_to_an_account(tmp_path):
    """Two people's Takeouts in one run keep both people's subscriptions, playlist entries and
    history; two Takeouts of one account give the same keys."""
    maria = tmp_path / "maria"
    maria.mkdir()
    zip_tree(Y25, maria / "takeout-20260301T121212Z-001.zip")
    other = _copy_tree(Y25, tmp_path / "other-tree", {"maria.example@example.com": "otto.example@example.com",
                                                      "UCexampleMariaChannel004": "UCexampleOttoChannel0006"})
    zip_tree(other, maria / "takeout-20260301T131313Z-001.zip")
    analysis = run([maria], tmp_path)
    assert len(analysis.sources) == 2
    kinds = [r.kind for r in analysis.store.query()]
    # Each person: 2 subscriptions (one channel both follow), 6 playlist entries, 1 watched video.
    assert (kinds.count("connection"), kinds.count("other"), kinds.count("activity")) == (4, 12, 2)

    again = tmp_path / "again"
    again.mkdir()
    zip_tree(Y25, again / "takeout-20260401T090000Z-001.zip")  # a month later, same account
    first = {r.key for r in run([maria / "takeout-20260301T121212Z-001.zip"], tmp_path).store.query()}
    second = {r.key for r in run([again], tmp_path).store.query()}
    assert first == second


def test_dutch_playlists_and_their_video_files(tmp_path):
    """Dutch column names (what-if-horizon tables of donated exports) and `Video_s in <title>.csv`."""
    base = "YouTube en YouTube Music/playlists/"
    lists = member_for(tmp_path, base + "playlists.csv",
                       "Playlist-ID,Nieuwe video's bovenaan toevoegen,Playlist-titel (Origineel),(Originele) taal van playlist-titel,"
                       "Playlist tijdstempel maken,Playlist tijdstempel updaten,Videovolgorde playlist,Zichtbaarheid van playlist\n"
                       "PLnl0000000001,False,Fietsen & zo,nl,2025-01-01T00:00:00+00:00,,Handmatig,Public\n")
    entries = member_for(tmp_path, base + "Video_s in Fietsen _ zo.csv",
                         "Video-ID,Tijdstempel voor het maken van een playlistvideo\nabcdefghijk,2025-01-02T00:00:00+00:00\n")
    ctx = context_for(SPEC, [lists, entries])
    [playlist], problems, _ = items_of(g.yt_playlists, lists, ctx)
    assert problems == [] and (playlist.text, playlist.visibility, playlist.created_at) == ("Fietsen & zo", PUBLIC, dt(2025, 1, 1))
    [entry], problems, _ = items_of(g.yt_playlist_file, entries, ctx)
    assert problems == [] and (entry.visibility, entry.confidence, entry.created_at) == (PUBLIC, MEDIUM, dt(2025, 1, 2))


def test_unknown_language_columns_by_position(tmp_path):
    """Channel, subscriptions and playlists in a language without a table: by Takeout's column order."""
    yt = "YouTube ve YouTube Music/"
    channel = member_for(tmp_path, yt + "kanallar/kanal.csv", f"Kanal kimliği,Kanal başlığı (orijinal),Kanal görünürlüğü\n{CH},Ada,Public\n")
    [item], problems, _ = items_of(g.yt_channels, channel)
    assert (item.key, item.text, item.visibility) == (f"youtube:channel:{CH}", "Ada", PUBLIC)
    assert problems == []  # `Kanal Kimliği` is named (an importer's Turkish test); the rest by position
    subs = member_for(tmp_path, yt + "Abonelikler/Abonelikler.csv", f"Kanal kimliği,Kanal URL'si,Kanal başlığı\n{CH},http://www.youtube.com/channel/{CH},Ada\n")
    [sub], _, _ = items_of(g.yt_subscriptions, subs)
    assert (sub.key, sub.text) == (KEY("subscription", CH), "Ada")
    lists = member_for(tmp_path, yt + "oynatma listeleri/oynatma listeleri.csv",
                       "Oynatma listesi kimliği,Yeni videoları en üste ekle,Oynatma listesi başlığı (orijinal),Dil,Oluşturma,Güncelleme,Sıra,Görünürlük\n"
                       "PLtr0000000001,False,Yemek,tr,2025-01-01T00:00:00+00:00,,Manual,Unlisted\n")
    [playlist], _, _ = items_of(g.yt_playlists, lists)
    assert (playlist.key, playlist.text, playlist.visibility) == ("youtube:playlist:PLtr0000000001", "Yemek", RESTRICTED)


REAL_TAKEOUTS = sorted((SHARED / "real").glob("takeout-*.zip")) if (SHARED / "real").is_dir() else []


@pytest.mark.skipif(not REAL_TAKEOUTS, reason="the shared real downloads are not here (a fresh clone)")
@pytest.mark.parametrize("archive", REAL_TAKEOUTS, ids=[p.name for p in REAL_TAKEOUTS])
def test_real_takeouts_read_without_unknown_files(archive, tmp_path):
    """What any real Takeout must satisfy: every file parsed or known, no error, and the item counts
    of the files add up to the source's (nothing about the owners' content)."""
    analysis = run([archive], tmp_path)
    [src] = analysis.sources
    assert [f.path for f in src.files if f.status not in ("parsed", "ignored")] == []
    assert [p for p in src.problems if p.severity == "error"] == []
    assert sum(f.items for f in src.files) == src.items == sum(1 for _ in analysis.store.query())


# ---------------------------------------------------------------- French, German, Turkish: read completely

FR, DE, TR = (SAMPLES / "google" / code for code in ("fr", "de", "tr"))


def _no_unknown(analysis):
    [src] = analysis.sources
    files = _files(src)
    assert [f for f, (status, _) in files.items() if status not in ("parsed", "ignored")] == []
    assert [r.source_file for r in analysis.store.query("visibility = 'unknown'")] == []
    return src, files


def test_french_export_read_completely(tmp_path):
    """French names where sources give them, assumed ones elsewhere, one folder name nobody knows:
    comments, live chat, playlists with their files, subscriptions, channel and videos all itemised."""
    analysis = run([zip_tree(FR, tmp_path / "takeout-20260301T101010Z-001.zip")], tmp_path)
    src, files = _no_unknown(analysis)
    yt = "YouTube et YouTube Music/"
    assert src.info.account == "camille.exemple@example.com"
    assert files[yt + "chaînes/chaîne.csv"] == ("parsed", 1)
    assert files[yt + "commentaires/commentaires.csv"] == ("parsed", 2)
    assert files[yt + "discussions en direct/discussions en direct.csv"] == ("parsed", 1)
    assert files[yt + "métadonnées des vidéos/vidéos.csv"] == ("parsed", 1)
    assert files[yt + "playlists/playlists.csv"] == ("parsed", 1)
    assert files[yt + "playlists/Jardin-vidéos.csv"] == ("parsed", 2)
    assert files[yt + "abonnements/abonnements.csv"] == ("parsed", 1)
    # One warning per file read by position or by shape, none for the others.
    assert sorted((p.file.rsplit("/", 1)[-1], p.place) for p in src.problems) == [
        ("discussions en direct.csv", "file name"), ("playlists.csv", "header")]
    [chat] = analysis.store.query("kind = 'comment' AND key LIKE 'youtube:livechat:%'")
    assert (chat.text, chat.visibility, chat.url) == ("Bonsoir à tous !", PUBLIC,
                                                       "https://www.youtube.com/watch?v=streamFr001")
    [video] = analysis.store.query("kind = 'video'")
    assert (video.visibility, video.confidence) == (PUBLIC, HIGH)
    [channel] = analysis.store.query("kind = 'profile'")
    assert (channel.visibility, channel.text) == (PUBLIC, "Camille Jardine")
    entries = {r.url.rsplit("=", 1)[-1]: r.visibility for r in analysis.store.query("kind = 'other'")}
    assert entries == {"vidFrPubl01": PUBLIC, "otherVidFr2": PUBLIC, "otherVidFr3": RESTRICTED}


def test_german_export_read_completely(tmp_path):
    """German names and headers: live chat by its German columns, playlists whose visibility column
    has no known German name (the last column), `-Videos` files matched to their playlist."""
    analysis = run([zip_tree(DE, tmp_path / "takeout-20260301T101010Z-001.zip")], tmp_path)
    src, files = _no_unknown(analysis)
    yt = "YouTube und YouTube Music/"
    assert src.info.account == "jonas.beispiel@example.com"
    assert files[yt + "Livechats/Livechats.csv"] == ("parsed", 1)
    assert files[yt + "Playlists/Playlists.csv"] == ("parsed", 2)
    assert files[yt + "Playlists/Entwürfe-Videos.csv"] == ("parsed", 1)
    assert files[yt + "Video-Metadaten/Videotexte.csv"] == ("parsed", 0)
    assert files[yt + "Kanäle/Kanalbilder.csv"] == ("ignored", 0)
    assert src.problems == []  # every key column named: no warning
    [chat] = analysis.store.query("key LIKE 'youtube:livechat:%'")
    assert (chat.text, chat.created_at) == ("Hallo zusammen!", "2025-06-01T20:00:00Z")
    playlists = {r.text.split("\n")[0]: r.visibility for r in analysis.store.query("kind = 'playlist'")}
    assert playlists == {"Holzarbeiten": PUBLIC, "Entwürfe": RESTRICTED}
    [draft] = [r for r in analysis.store.query("kind = 'other'") if r.url.endswith("vidDePriv02")]
    assert draft.visibility == RESTRICTED and "matched by title" in draft.evidence
    [sub] = analysis.store.query("kind = 'connection'")
    assert sub.text == "Example Bikes"


def test_turkish_files_read_by_shape(tmp_path):
    """Turkish names where a source gives them, the rest (folders, files, columns) read by shape:
    every file itemised, one warning for each file read by position or shape, nothing unknown."""
    analysis = run([TR], tmp_path)
    src, files = _no_unknown(analysis)
    assert len(files) == 8 and all(status == "parsed" and n for status, n in files.values())
    warned = [(p.file.rsplit("/", 1)[-1], p.place) for p in src.problems]
    assert sorted(warned) == [("Yorumlar.csv", "header"), ("canlı sohbetler.csv", "file name"),
                              ("videolar.csv", "file name")]
    kinds = {r.kind for r in analysis.store.query("1 = 1")}
    assert kinds == {"comment", "connection", "other", "playlist", "profile", "video"}
    entries = {r.url.rsplit("=", 1)[-1]: (r.visibility, r.confidence) for r in analysis.store.query("kind = 'other'")}
    assert entries == {"vidTrPubl01": (PUBLIC, MEDIUM), "otherVidTr2": (RESTRICTED, HIGH)}  # Daha sonra izle: Watch later


def test_arabic_playlist_file_names():
    """ar [S]: `فيديوهات _<title>_.csv` carries the title between the underscores."""
    assert g.playlist_title_of_file("فيديوهات _Road_") == "Road"
    assert g.playlist_title_of_file("Deneme videoları") == "Deneme"
    assert SPEC.route_for("YouTube وYouTube Music/الاشتراكات_/الاشتراكات_.csv").handler is g.yt_subscriptions
    assert SPEC.route_for("YouTube وYouTube Music/قوائم التشغيل/قوائم التشغيل.csv").handler is g.yt_playlists


@pytest.mark.parametrize(("rows", "shape"), [
    ([["a", "b", "c"], [CH, f"http://www.youtube.com/channel/{CH}", "T"]], "subscriptions"),
    ([["a", "b", "c"], [CH, "T", "Herkese açık"]], "channel"),
    ([["a", "b"], [CH, "@handle"]], "channel settings"),
    ([["a", "b", "c"], ["PLabcdefghijklmnop", "T", "خاص"]], "playlists"),
    ([["a", "b"], ["abcdefghijk", "2025-01-02T03:04:05+00:00"]], "playlist entries"),
    ([["Total"], ["12"]], "playlist entries"),
    ([["a", "b", "c"], ["abcdefghijk", "T", "公开"]], "videos"),
    ([["a", "b"], ["abcdefghijk", "50"]], "video metadata"),
    ([["a", "b", "c"], ["UgxShape000000000000001", "abcdefghijk", '{"text":"x"}']], "comments"),
    ([["a", "聊天 b", "c"], ["x1", "abcdefghijk", '{"text":"x"}']], "live chats"),
    ([["a", "b"], ["hello", "world"]], ""),
    ([["a", "b"]], ""),
])
def test_youtube_csv_shapes(rows, shape):
    assert g.youtube_csv_shape(rows, "folder") == shape


def test_unknown_shape_stays_unknown(tmp_path):
    """A CSV under the YouTube folder that neither its name nor its shape tells: listed as unknown."""
    root = write_tree(tmp_path / "t", {
        f"Takeout/{YT_EN}/history/watch-history.json": "[]",
        f"Takeout/{YT_EN}/mystery/mystery.csv": "a,b\nhello,world\n",
        "Takeout/YouTube ve YouTube Music/yeni/yeni.csv": f"x,y,z\n{CH},http://www.youtube.com/channel/{CH},T\n",
    })
    analysis = run([root], tmp_path)
    files = _files(analysis.sources[0])
    assert files[f"{YT_EN}/mystery/mystery.csv"] == ("unknown", 0)
    assert files["YouTube ve YouTube Music/yeni/yeni.csv"] == ("parsed", 1)


def test_products_under_unknown_names_read_by_content(tmp_path):
    """Maps and Play reviews and My Activity under folder and file names the tool does not know (a
    French export's product folders): itemised by their content, one warning each; anything else
    under such names stays unknown."""
    reviews = {"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [2.35, 48.85]},
               "properties": {"date": "2025-01-02T03:04:05Z", "five_star_rating_published": 4, "review_text_published": "Très bon",
                              "location": {"name": "Café Exemple"}}}]}
    play = [{"review": {"document": {"documentType": "Android Apps", "title": "Exemple"}, "starRating": 5, "comment": "Super",
                        "creationTime": "2025-01-02T03:04:05.000Z"}}]
    activity = [{"header": "Recherche", "title": "Vous avez recherché exemple", "time": "2025-01-02T03:04:05.000Z",
                 "products": ["Recherche"]}]
    root = write_tree(tmp_path / "t", {
        f"Takeout/{YT_EN}/history/watch-history.json": "[]",
        "Takeout/Maps (vos adresses)/Avis.json": json.dumps(reviews),
        "Takeout/Boutique Google Play/Avis.json": json.dumps(play),  # a folder name nobody reports
        "Takeout/Mon activité inconnue/Recherche/MonActivité.json": json.dumps(activity),
        "Takeout/Maps (vos adresses)/Adresses enregistrées.json": json.dumps({"type": "FeatureCollection", "features": []}),
    })
    analysis = run([root], tmp_path)
    [src] = analysis.sources
    files = _files(src)
    assert files["Maps (vos adresses)/Avis.json"] == ("parsed", 1)
    assert files["Boutique Google Play/Avis.json"] == ("parsed", 1)
    assert files["Mon activité inconnue/Recherche/MonActivité.json"] == ("parsed", 1)
    assert files["Maps (vos adresses)/Adresses enregistrées.json"] == ("unknown", 0)
    assert sorted(p.file.rsplit("/", 1)[-1] for p in src.problems if p.place == "file name") == [
        "Avis.json", "Avis.json", "MonActivité.json"]
    assert {r.kind for r in analysis.store.query("1 = 1")} == {"review", "activity"}


def test_playlist_entries_find_a_playlists_file_named_in_any_language(tmp_path):
    """An entries file read before a playlists file whose name is not known: the playlists file is
    found among its siblings by its shape, and the entries follow their playlist."""
    folder = "YouTube ve YouTube Music/oynatma listeleri/"
    entries = member_for(tmp_path, folder + "Açık-videoları.csv",
                         "Video kimliği,Zaman\nabcdefghijk,2025-01-02T03:04:05+00:00\n")
    playlists = member_for(tmp_path / "p", folder + "listeler.csv",
                           "Kimlik,Başlık (orijinal),Görünürlük\nPLexampleAcik0000000001,Açık,Herkese açık\n")
    items, _, _ = items_of(g.yt_playlist_file, entries, context_for(SPEC, [entries, playlists]))
    assert [(i.visibility, i.confidence) for i in items] == [(PUBLIC, MEDIUM)]


def test_chinese_subscriptions_by_their_column_names(tmp_path):
    """The Chinese header seen in a real export (`频道 ID,频道网址,频道标题`): read by name, no warning."""
    m = member_for(tmp_path, "YouTube 和 YouTube Music/订阅内容/订阅内容.csv",
                   f"频道 ID,频道网址,频道标题\n{CH},http://www.youtube.com/channel/{CH},示例频道\n")
    assert SPEC.route_for(m.relpath).handler is g.yt_subscriptions
    items, problems, _ = items_of(g.yt_subscriptions, m)
    assert [(i.text, i.url) for i in items] == [("示例频道", f"https://www.youtube.com/channel/{CH}")] and problems == []
