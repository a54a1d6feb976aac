"""LinkedIn export parser: pure visibility rules, the broken-CSV repairs, every handler on raw rows
(exact Item), and end-to-end runs over the synthetic samples as folder, zip and tgz."""

from __future__ import annotations

import importlib.util
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from ai_exposure.parsers import linkedin as li
from conftest import SAMPLES, SHARED, context_for, member_for, run, tgz_tree, write_tree, zip_tree

from ai_exposure.i18n import Translator
from ai_exposure.model import HIGH, LOW, MEDIUM, PUBLIC, RESTRICTED, UNKNOWN, Item, Problem, derived_key
from ai_exposure.parsing import Options

LI_SAMPLES = SAMPLES / "linkedin"
U = "https://www.linkedin.com/feed/update/"
PUBLIC_PROFILE = "default public profile; the export holds no public-profile setting"


def akey(kind: str, *fields: object, owner: str = "") -> str:
    """The key `Context.account_key` gives a derived item of an export whose owner id is `owner` (empty
    in a bare test context, where neither an owner id nor an account name is set)."""
    return derived_key("linkedin", kind, "\x1eaccount", owner, *fields)


def dt(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def handle(handler, tmp_path: Path, relpath: str, content: str | bytes, options: Options | None = None,
           state: dict | None = None) -> tuple[list[Item], list[Problem]]:
    member = member_for(tmp_path, relpath, content)
    ctx = context_for(li.SPEC, [member], options)
    ctx.state = replace(ctx.state, **(state or {}))
    out = list(handler(member, ctx))
    return [o for o in out if isinstance(o, Item)], [o for o in out if isinstance(o, Problem)]


# ---------------------------------------------------------------- names and routes

@pytest.mark.parametrize("path, handler", [
    ("Shares.csv", "handle_shares"),
    ("Shares_181682616.csv", "handle_shares"),
    ("shares.csv", "handle_shares"),
    ("Comments_181682616.csv", "handle_comments"),
    ("Reactions_12.csv", "handle_reactions"),
    ("Votes.csv", "handle_votes"),
    ("InstantReposts_12345678.csv", "handle_instant_reposts"),
    ("Rich Media.csv", "handle_rich_media"),
    ("Rich_Media.csv", "handle_rich_media"),
    ("Articles/2017-12-09 04:54:08.html", "handle_article"),
    ("Articles/2022-05-28 10:30:21.0-7 .html", "handle_article"),
    ("Articles/Articles/still-faking-ä-ö.html", "handle_article"),
    ("Profile.csv", "handle_profile"),
    ("Profile Summary.csv", "handle_profile_summary"),
    ("Profile_Summary.csv", "handle_profile_summary"),
    ("Positions.csv", "handle_positions"),
    ("Causes You Care About.csv", "handle_causes_you_care_about"),
    ("Recommendations_Received.csv", "handle_recommendations_received"),
    ("Recommendations Given.csv", "handle_recommendations_given"),
    ("Endorsement_Received_Info.csv", "handle_endorsements_received"),
    ("Endorsement_Given_Info.csv", "handle_endorsements_given"),
    ("messages.csv", "handle_messages"),
    ("Messages.csv", "handle_messages"),
    ("guide_messages.csv", "handle_messages"),
    ("learning_role_play_messages.csv", "handle_messages"),
    ("LearningCoachMessages.csv", "handle_messages"),
    ("Invitations.csv", "handle_invitations"),
    ("Connections.csv", "handle_connections"),
    ("Notes.csv", "handle_notes"),
    ("Jobs/Job Applications.csv", "handle_job_applications"),
    ("Job Applications.csv", "handle_job_applications"),
    ("Job Applicant Saved Screening Question Responses.csv", "handle_saved_answers"),
    ("Company Follows.csv", None),
    ("Company_Follows.csv", None),
    ("Member_Follows_181682616.csv", None),
    ("Ad Targeting.csv", None),
    ("Ad_Targeting.csv", None),
    ("Search Queries.csv", None),
    ("SearchQueries.csv", None),
    ("Phone Numbers.csv", None),
    ("PhoneNumbers.csv", None),
    ("Receipts_v2.csv", None),
    ("Verifications/Verifications.csv", None),
    ("Services Marketplace/Providers.csv", None),
    ("Jobs/Saved Jobs.csv", None),
    # Names seen in real 2023-2026 exports (docs/formats/linkedin.md).
    ("Videos.csv", "handle_videos"),
    ("Online Job Postings.csv", "handle_job_postings"),
    ("Private_identity_asset.csv", "handle_resumes"),
    ("Member Hashtags.csv", "handle_member_hashtags"),
    ("coach_messages.csv", "handle_messages"),
    ("Job Applications_3.csv", "handle_job_applications"),
    ("Job Applicant Saved Screening Question Responses_2.csv", "handle_saved_answers"),
    ("ImportedContacts.csv", None),
    ("Verifications.csv", None),
    ("Reviews.csv", None),
    ("Duolingo.csv", None),
    ("Jobs/Saved Jobs_1.csv", None),
    ("Hashtag_Follows_10893976.csv", None),
    ("Services Marketplace/Opprtunities.csv", None),
])
def test_route_for_every_known_name(path, handler):
    route = li.SPEC.route_for(path)
    assert route is not None, path
    assert route.what
    assert (route.handler.__name__ if route.handler else None) == handler


@pytest.mark.parametrize("path", ["Shares_abc.csv", "Sharesx.csv", "Profile.json", "Articles/a/b.html",
                                  "Creator_Insights_Example.csv"])
def test_unknown_names_have_no_route(path):
    assert li.SPEC.route_for(path) is None


def test_link_urn_decodes_and_types():
    assert li.link_urn(f"{U}urn%3Ali%3AgroupPost%3A12345-7448081445065035776") == (
        "groupPost", "urn:li:groupPost:12345-7448081445065035776")
    assert li.link_urn(f"{U}urn:li:activity:7160000000000000000") == (
        "activity", "urn:li:activity:7160000000000000000")
    assert li.link_urn("https://example.com/no-urn") == ("", "")
    assert li.link_urn(f"{U}urn%3Ali%3Aactivity%3A1?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A1%2C2%29") \
        == ("activity", "urn:li:activity:1")


# ---------------------------------------------------------------- visibility rules (pure)

MN = "Shares.csv: Visibility MEMBER_NETWORK: shown to anyone, unverifiable"
GROUP = "Shares.csv: ShareLink is a groupPost URN: a group post, seen by the group's members"


@pytest.mark.parametrize("value, urn_type, option, expected", [
    ("Public", "activity", "public", li.Verdict(PUBLIC, "Shares.csv: Visibility Public", HIGH)),
    ("PUBLIC", "share", "public", li.Verdict(PUBLIC, "Shares.csv: Visibility PUBLIC", HIGH)),
    ("Connections", "activity", "public",
     li.Verdict(RESTRICTED, "Shares.csv: Visibility Connections", HIGH, audience="connections")),
    ("MEMBER_NETWORK", "share", "public", li.Verdict(PUBLIC, MN, MEDIUM)),
    ("MEMBER_NETWORK", "ugcPost", "restricted", li.Verdict(
        RESTRICTED, "Shares.csv: Visibility MEMBER_NETWORK, read as connections-only by your "
        "--linkedin-member-network choice", MEDIUM)),
    ("MEMBER_NETWORK", "groupPost", "public", li.Verdict(RESTRICTED, GROUP, MEDIUM, audience="group")),
    ("Public", "groupPost", "public", li.Verdict(RESTRICTED, GROUP, MEDIUM, audience="group")),
    ("LOGGED_IN", "share", "public", li.Verdict(
        RESTRICTED, "Shares.csv: Visibility LOGGED_IN: not an 'Anyone' audience", MEDIUM)),
    ("", "share", "public", li.Verdict(UNKNOWN, "Shares.csv: Visibility is empty", LOW)),
])
def test_share_visibility(value, urn_type, option, expected):
    assert li.share_visibility(value, urn_type, option) == expected


@pytest.mark.parametrize("urn_type, visibility, audience", [
    ("activity", PUBLIC, ""), ("ugcPost", PUBLIC, ""), ("share", PUBLIC, ""), ("article", PUBLIC, ""),
    ("groupPost", RESTRICTED, "group"), ("", UNKNOWN, ""), ("fsd_profile", UNKNOWN, ""),
    ("lyndaCourse", UNKNOWN, ""),  # a reaction to a LinkedIn Learning course (real 2024 export)
])
def test_link_visibility(urn_type, visibility, audience):
    verdict = li.link_visibility("Comments.csv", urn_type, "a comment")
    assert (verdict.visibility, verdict.audience) == (visibility, audience)
    assert verdict.evidence.startswith("Comments.csv: Link ")


@pytest.mark.parametrize("status, visibility", [
    ("VISIBLE", PUBLIC), ("visible", PUBLIC), ("HIDDEN", RESTRICTED), ("", UNKNOWN)])
def test_recommendation_visibility(status, visibility):
    assert li.recommendation_visibility("Recommendations_Given.csv", status).visibility == visibility


@pytest.mark.parametrize("status, visibility", [
    ("ACCEPTED", PUBLIC), ("PENDING", RESTRICTED), ("HIDDEN", RESTRICTED), ("", UNKNOWN)])
def test_endorsement_visibility(status, visibility):
    assert li.endorsement_visibility("Endorsement_Received_Info.csv", status).visibility == visibility


def _article(**fields) -> li.Article:
    base = dict(title="T", href="https://www.linkedin.com/pulse/t-ada", h1_seen=True, body="Body")
    base.update(fields)
    return li.Article(**base)


@pytest.mark.parametrize("article, visibility, marker", [
    (_article(published="Published on 2023-02-03 08:00"), PUBLIC, "/pulse/"),
    (_article(), PUBLIC, "/pulse/"),  # 2026: no date in the HTML
    (_article(href="", h1_seen=False, published="Published on 2023-02-03 08:00"), PUBLIC, "a date"),
    (_article(published="Published on ---"), RESTRICTED, "Published on ---"),
    (_article(not_published_yet=True), RESTRICTED, "Not published yet"),
    (_article(href="https://www.linkedin.com/post/edit/6345"), RESTRICTED, "/post/edit/"),
    (_article(href=""), RESTRICTED, "no link"),
    (_article(href="", h1_seen=False, body=""), RESTRICTED, "empty body"),
    (_article(href="", h1_seen=False), UNKNOWN, "no published date"),
])
def test_article_visibility(article, visibility, marker):
    verdict = li.article_visibility(article)
    assert verdict.visibility == visibility
    assert marker in verdict.evidence


# ---------------------------------------------------------------- broken-CSV repairs (pure)

@pytest.mark.parametrize("raw, fixed, repaired", [
    ('Excited to share our new tool!\n"\n"Try it today."', "Excited to share our new tool!\n\nTry it today.",
     True),
    ('First line."\n""\n"Second line"', "First line.\n\nSecond line", True),
    ('He said "hi"\n"Quote" and more', 'He said "hi"\n"Quote" and more', False),
    ("One line only", "One line only", False),
    ('Say "yes"\n"Line two"', 'Say "yes"\nLine two', True),
])
def test_repair_share_text(raw, fixed, repaired):
    assert li.repair_share_text(raw) == (fixed, repaired)


def test_split_comment_records_unquoted_multiline_and_backslash_quotes():
    lines = [
        "Date,Link,Message\r\n",
        f"2024-01-01 10:00:00,{U}urn%3Ali%3Aactivity%3A1,Plain, with a comma\r\n",
        f"2024-01-02 11:00:00,{U}urn%3Ali%3AugcPost%3A2,Line one\r\n",
        "line two\r\n",
        "\r\n",
        "line four\r\n",
        f'2025-07-13 08:15:21,{U}urn%3Ali%3Aactivity%3A3,"Great point, I\'d add \\"context\\" too."\n',
        f'2025-07-14 08:00:00,{U}urn%3Ali%3Aactivity%3A4,"Quoted ""properly"""',
    ]
    records = list(li.split_comment_records(iter(lines)))
    assert [(r.line, r.date, r.message, r.repaired) for r in records] == [
        (2, "2024-01-01 10:00:00", "Plain, with a comma", False),
        (3, "2024-01-02 11:00:00", "Line one\nline two\n\nline four", True),
        (7, "2025-07-13 08:15:21", 'Great point, I\'d add "context" too.', True),
        (8, "2025-07-14 08:00:00", 'Quoted "properly"', False),
    ]
    assert records[1].link == f"{U}urn%3Ali%3AugcPost%3A2"


def test_split_comment_records_reports_text_before_any_record():
    out = list(li.split_comment_records(iter(["Date,Link,Message\n", "stray text\n",
                                              f"2024-01-01 10:00:00,{U}urn:li:activity:1,ok\n"])))
    assert out[0] == Problem("", "line 2", "text outside any comment record (no date and link)")
    assert out[1].message == "ok"


def test_parse_uploaded_sentence():
    photo = "You uploaded a photo on April 12, 2026 at 8:03 AM (GMT)"
    video = "You uploaded a video on April 13, 2026 at 6:15PM (GMT)"
    assert li.parse_uploaded(photo) == dt(2026, 4, 12, 8, 3)
    assert li.parse_uploaded(video) == dt(2026, 4, 13, 18, 15)
    assert li.parse_uploaded("Documents can be downloaded using the link") is None


# ---------------------------------------------------------------- handlers: activity

SHARES_2026 = (
    "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
    f'2025-05-07 16:41:18,{U}urn%3Ali%3Ashare%3A7458194261025673216,"Excited to share our new tool!\n'
    '""\n""Try it today.""",,,MEMBER_NETWORK\n'
    f"2025-04-01 12:00:00,{U}urn%3Ali%3AgroupPost%3A12345-7448081445065035776,Question for the group,,,"
    "MEMBER_NETWORK\n"
    f'2025-04-02 09:00:00,{U}urn%3Ali%3Ashare%3A7448000000000000001,"","","",MEMBER_NETWORK\n'
)


def test_shares_2026_exact_items(tmp_path):
    items, problems = handle(li.handle_shares, tmp_path, "Shares_181682616.csv", SHARES_2026)
    assert items == [
        Item("linkedin", "post", "linkedin:urn:li:share:7458194261025673216", dt(2025, 5, 7, 16, 41, 18),
             PUBLIC, MN, MEDIUM, "Shares_181682616.csv", text="Excited to share our new tool! Try it today.",
             url=f"{U}urn%3Ali%3Ashare%3A7458194261025673216"),
        Item("linkedin", "post", "linkedin:urn:li:groupPost:12345-7448081445065035776",
             dt(2025, 4, 1, 12), RESTRICTED, GROUP, MEDIUM, "Shares_181682616.csv",
             text="Question for the group", url=f"{U}urn%3Ali%3AgroupPost%3A12345-7448081445065035776",
             audience="group"),
        Item("linkedin", "repost", "linkedin:urn:li:share:7448000000000000001", dt(2025, 4, 2, 9),
             PUBLIC, MN, MEDIUM, "Shares_181682616.csv", url=f"{U}urn%3Ali%3Ashare%3A7448000000000000001",
             own=False),
    ]
    assert problems == [Problem("Shares_181682616.csv", "whole file",
                                "records with per-line quote wrapping, repaired: 1", "warning")]


def test_shares_member_network_restricted_option(tmp_path):
    items, _ = handle(li.handle_shares, tmp_path, "Shares.csv", SHARES_2026,
                      options=Options(linkedin_member_network="restricted"))
    assert [i.visibility for i in items] == [RESTRICTED, RESTRICTED, RESTRICTED]
    assert "--linkedin-member-network" in items[0].evidence


def test_shares_2018_utf16_tab(tmp_path):
    raw = (LI_SAMPLES / "2018" / "Shares.csv").read_bytes()
    assert raw.startswith(b"\xff\xfe") and b"\t\x00" in raw
    items, problems = handle(li.handle_shares, tmp_path, "Shares.csv", raw)
    assert problems == []
    assert items[0] == Item(
        "linkedin", "post", "linkedin:urn:li:activity:6278000000000000001", dt(2017, 6, 8, 8, 15, 44),
        PUBLIC, "Shares.csv: Visibility Public", HIGH, "Shares.csv",
        text="Our studio turns ten this week. Merci à toute l'équipe!",
        url=f"{U}urn:li:activity:6278000000000000001")
    assert (items[1].visibility, items[1].confidence, items[1].audience) == (RESTRICTED, HIGH, "connections")
    assert (items[2].kind, items[2].own, items[2].visibility) == ("repost", False, PUBLIC)


def test_shares_media_only_post_is_own(tmp_path):
    content = ("Date,ShareLink,ShareCommentary,SharedURL,MediaURL,Visibility\r\n"
               f"2024-01-01 10:00:00,{U}urn%3Ali%3AugcPost%3A1,,,https://www.linkedin.com/dms/x,MEMBER_NETWORK\r\n")
    items, _ = handle(li.handle_shares, tmp_path, "Shares.csv", content)
    assert (items[0].kind, items[0].own, items[0].media_count) == ("post", True, 1)


COMMENTS = (
    "Date,Link,Message\r\n"
    f"2024-03-01 10:00:00,{U}urn%3Ali%3Aactivity%3A7170000000000000001,First line\r\n"
    "second line\r\n"
    f"2025-07-13 08:15:21,{U}urn%3Ali%3AgroupPost%3A12345-7350000000000000000,"
    '"I\'d add \\"context\\" too."\r\n'
    f"2025-07-14 09:00:00,{U}urn%3Ali%3Aactivity%3A5"
    "?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A5%2C99%29,Yes\r\n"
)


def test_comments_exact_items_and_repair_warning(tmp_path):
    items, problems = handle(li.handle_comments, tmp_path, "Comments.csv", COMMENTS)
    link1 = f"{U}urn%3Ali%3Aactivity%3A7170000000000000001"
    link2 = f"{U}urn%3Ali%3AgroupPost%3A12345-7350000000000000000"
    assert items[0] == Item(
        "linkedin", "comment",
        akey("comment", "2024-03-01 10:00:00", "urn:li:activity:7170000000000000001"),
        dt(2024, 3, 1, 10), PUBLIC, "Comments.csv: Link is an urn:li:activity: a comment on a feed post, "
        "seen by anyone who can see the post (assumed public)", MEDIUM, "Comments.csv",
        text="First line second line", url=link1)
    assert items[1] == Item(
        "linkedin", "comment",
        akey("comment", "2025-07-13 08:15:21",
                    "urn:li:groupPost:12345-7350000000000000000"),
        dt(2025, 7, 13, 8, 15, 21), RESTRICTED, "Comments.csv: Link is a groupPost URN: a comment in a "
        "group, seen by the group's members", MEDIUM, "Comments.csv", text='I\'d add "context" too.',
        url=link2, audience="group")
    assert items[2].key == "linkedin:urn:li:comment:(activity:5,99)"
    assert problems == [Problem("Comments.csv", "whole file", "records repaired (unquoted line breaks or "
                                "backslash-escaped quotes): 2", "warning")]


def test_reactions_votes_reposts_exact(tmp_path):
    reactions = f"Date,Type,Link\r\n2024-02-01 09:30:12,LIKE,{U}urn:li:activity:7160000000000000000\r\n"
    items, _ = handle(li.handle_reactions, tmp_path, "Reactions.csv", reactions)
    assert items == [Item(
        "linkedin", "reaction",
        akey("reaction", "2024-02-01 09:30:12", "urn:li:activity:7160000000000000000"),
        dt(2024, 2, 1, 9, 30, 12), PUBLIC, "Reactions.csv: Link is an urn:li:activity: a reaction on a feed "
        "post, seen by anyone who can see the post (assumed public)", MEDIUM, "Reactions.csv", text="LIKE",
        url=f"{U}urn:li:activity:7160000000000000000")]

    votes = f"Date,Link,OptionText\n2024-02-02 10:00:00,{U}urn:li:activity:7160000000000000001,Option B\n"
    items, _ = handle(li.handle_votes, tmp_path, "Votes.csv", votes)
    assert items == [Item(
        "linkedin", "reaction",
        akey("reaction", "vote", "2024-02-02 10:00:00",
                    "urn:li:activity:7160000000000000001"),
        dt(2024, 2, 2, 10), RESTRICTED, "Votes.csv: poll votes are shown only to the poll's author (assumed)",
        MEDIUM, "Votes.csv", text="Option B", url=f"{U}urn:li:activity:7160000000000000001")]

    reposts = f"Date,Link\n2026-03-01 08:00:00,{U}urn:li:activity:7300000000000000000\n"
    items, _ = handle(li.handle_instant_reposts, tmp_path, "InstantReposts_12345678.csv", reposts)
    assert items == [Item(
        "linkedin", "repost",
        akey("repost", "2026-03-01 08:00:00", "urn:li:activity:7300000000000000000"),
        dt(2026, 3, 1, 8), PUBLIC, "InstantReposts.csv: Link is an urn:li:activity: a repost on a feed post, "
        "seen by anyone who can see the post (assumed public)", MEDIUM, "InstantReposts_12345678.csv",
        url=f"{U}urn:li:activity:7300000000000000000", own=False)]


def test_malformed_row_reported_without_losing_the_rest(tmp_path):
    content = ("Date,Type,Link\n"
               f"2024-02-01 09:30:12,LIKE,{U}urn:li:activity:1\n"
               "2024-02-01 09:31:00,LIKE\n"
               f"2024-02-01 09:32:00,EMPATHY,{U}urn:li:activity:3\n")
    items, problems = handle(li.handle_reactions, tmp_path, "Reactions.csv", content)
    assert [i.text for i in items] == ["LIKE", "EMPATHY"]
    assert problems == [Problem("Reactions.csv", "line 3", "reaction without a post link")]


def test_identical_rows_get_distinct_stable_keys(tmp_path):
    row = f"2026-03-01 08:00:00,{U}urn:li:activity:1\n"
    content = "Date,Link\n" + row + row
    items, _ = handle(li.handle_instant_reposts, tmp_path, "InstantReposts.csv", content)
    assert items[1].key == items[0].key + "#2"


ARTICLE_2018 = """<html>
<head>
  <title>Untitled</title>
  <style> h1 { color: red; } </style>
</head>
<body>
    <img src="https://media.licdn.com/x" alt="" title="" />
    <h1><a href="https://www.linkedin.com/post/edit/6345123162681896960">Untitled</a></h1>
    <p class="created">Created on 2017-12-09 04:54</p>
    <p class="published">Not published yet</p>
  <div><ul><li>first &amp; only note</li></ul><script>alert(1)</script></div>
</body>
</html>
"""

ARTICLE_PUBLISHED = """<html><head><title>Calm &amp; clear</title></head><body>
<h1><a href="https://www.linkedin.com/pulse/calm-clear-ada">Calm &amp; clear</a></h1>
<p class="created">Created on 2023-02-01 09:15</p>
<p class="published">Published on 2023-02-03 08:00</p>
<div><p>Body paragraph one.</p><p>Two <b>bold</b> words.</p></div>
</body></html>"""


def test_article_draft_2018_exact(tmp_path):
    items, problems = handle(li.handle_article, tmp_path, "Articles/2017-12-09 04:54:08.html", ARTICLE_2018)
    assert problems == []
    assert items == [Item(
        "linkedin", "article", akey("article", "2017-12-09 04:54:08.html"),
        dt(2017, 12, 9, 4, 54), RESTRICTED, "Articles HTML: 'Not published yet': a draft", HIGH,
        "Articles/2017-12-09 04:54:08.html", text="Untitled — first & only note", media_count=1,
        url="https://www.linkedin.com/post/edit/6345123162681896960")]


def test_article_published_exact(tmp_path):
    items, _ = handle(li.handle_article, tmp_path, "Articles/Articles/calm-clear-ada.html", ARTICLE_PUBLISHED)
    assert items == [Item(
        "linkedin", "article", derived_key("linkedin", "article", "https://www.linkedin.com/pulse/calm-clear-ada"),
        dt(2023, 2, 3, 8), PUBLIC,
        "Articles HTML: the title links to a public /pulse/ URL and 'Published on' a date", HIGH,
        "Articles/Articles/calm-clear-ada.html",
        text="Calm & clear — Body paragraph one. Two bold words.",
        url="https://www.linkedin.com/pulse/calm-clear-ada")]


def test_article_draft_name_with_space_before_extension(tmp_path):
    html = '<html><body><h1>Draft</h1><p class="published">Published on ---</p><div></div></body></html>'
    items, _ = handle(li.handle_article, tmp_path, "Articles/2022-05-28 10:30:21.0-7 .html", html)
    assert (items[0].visibility, items[0].created_at) == (RESTRICTED, dt(2022, 5, 28, 10, 30, 21))


def test_rich_media_both_shapes(tmp_path):
    content_2026 = ('Date/Time,Media Description,Media Link\n'
                    '"You uploaded a photo on April 12, 2026 at 8:03 AM (GMT)",Photo,https://www.linkedin.com/dms/prv/image/abc?sig=1\n')
    items, _ = handle(li.handle_rich_media, tmp_path, "Rich_Media.csv", content_2026)
    assert items == [Item(
        "linkedin", "photo",
        akey("media", "You uploaded a photo on April 12, 2026 at 8:03 AM (GMT)", "Photo"),
        dt(2026, 4, 12, 8, 3), UNKNOWN, "Rich_Media.csv: a media inventory with no link to the post that "
        "holds it", LOW, "Rich_Media.csv", media_count=1)]
    content_2024 = ("Type,Link\nVideo content can be downloaded using the link,https://www.linkedin.com/v/1?e=2\n"
                    "Documents can be downloaded using the link,https://www.linkedin.com/d/2?e=3\n")
    items, _ = handle(li.handle_rich_media, tmp_path, "Rich Media.csv", content_2024)
    assert [(i.kind, i.created_at, i.visibility) for i in items] == [("video", None, UNKNOWN),
                                                                      ("other", None, UNKNOWN)]
    assert [i.key for i in items] == [
        akey("media", "", "Video content can be downloaded using the link"),
        akey("media", "", "Documents can be downloaded using the link")]
    # The real 2024 shape: two pointers to the settings page where media can be requested, no media.
    pointers = ("Type,Link\nVideo content can be downloaded at,https://www.linkedin.com/psettings/member-data/videos\n"
                "Documents can be downloaded at,https://www.linkedin.com/psettings/rich-media\n")
    items, problems = handle(li.handle_rich_media, tmp_path, "Rich Media.csv", pointers)
    assert (items, problems) == ([], [])


# ---------------------------------------------------------------- handlers: profile

PROFILE = ("First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,"
           "Geo Location,Twitter Handles,Websites,Instant Messengers\n"
           'Ada,Example,,"1 Example Road",Mar 5,Data engineer at Example Corp,"I build pipelines.\n'
           'Previously: analyst.",,,"Berlin, Germany",,,\n')


def test_profile_exact_items(tmp_path):
    items, problems = handle(li.handle_profile, tmp_path, "Profile.csv", PROFILE)
    assert problems == []

    def key(column: str) -> str:
        return akey("profile", "Profile.csv", column)

    assert items == [
        Item("linkedin", "profile", key("Name"), None, PUBLIC, f"Profile.csv: Name: {PUBLIC_PROFILE}", MEDIUM,
             "Profile.csv", text="Ada Example"),
        Item("linkedin", "profile", key("Headline"), None, PUBLIC, f"Profile.csv: Headline: {PUBLIC_PROFILE}",
             MEDIUM, "Profile.csv", text="Data engineer at Example Corp"),
        Item("linkedin", "profile", key("Summary"), None, PUBLIC, f"Profile.csv: Summary: {PUBLIC_PROFILE}",
             MEDIUM, "Profile.csv", text="I build pipelines. Previously: analyst."),
        Item("linkedin", "profile", key("Geo Location"), None, PUBLIC,
             f"Profile.csv: Geo Location: {PUBLIC_PROFILE}", MEDIUM, "Profile.csv", text="Berlin, Germany"),
        Item("linkedin", "profile", key("Address"), None, RESTRICTED,
             "Profile.csv: Address: private contact data, not on the public profile", HIGH, "Profile.csv",
             audience="contact"),
        Item("linkedin", "profile", key("Birth Date"), None, RESTRICTED,
             "Profile.csv: Birth Date: private contact data, not on the public profile", HIGH, "Profile.csv",
             audience="contact"),
    ]


def test_private_contact_fields_are_not_profile_data_linkedin_trains_on(tmp_path):
    from ai_exposure.eligibility import ai_training

    items, _ = handle(li.handle_profile, tmp_path, "Profile.csv", PROFILE)
    verdicts = {i.key.rsplit(":", 1)[-1]: ai_training(i)[0] for i in items}
    by_column = {col: verdicts[akey("profile", "Profile.csv", col).rsplit(":", 1)[-1]]
                 for col in ("Headline", "Address", "Birth Date")}
    # Public profile data is in scope whatever its visibility; address and birth date are not.
    assert by_column == {"Headline": "likely", "Address": "unlikely", "Birth Date": "unlikely"}


def test_profile_summary_and_sections(tmp_path):
    items, _ = handle(li.handle_profile_summary, tmp_path, "Profile Summary.csv",
                      'Profile Summary\n"About me.\n\nMore."\n')
    assert items == [Item("linkedin", "profile", akey("profile", "Profile Summary.csv"),
                          None, PUBLIC, f"Profile Summary.csv: {PUBLIC_PROFILE}", MEDIUM,
                          "Profile Summary.csv", text="About me. More.")]
    items, _ = handle(li.handle_profile_summary, tmp_path, "Profile Summary.csv", "Profile Summary\n")
    assert items == []  # an empty About section

    positions = ("Company Name,Title,Description,Location,Started On,Finished On\n"
                 'Example Corp,Data Engineer,"Built the ingestion platform.","Berlin, Germany",Oct 2022,\n')
    handler = li.SPEC.route_for("Positions.csv").handler
    items, _ = handle(handler, tmp_path, "Positions.csv", positions)
    assert items == [Item(
        "linkedin", "profile",
        akey("profile", "Positions.csv", "Example Corp", "Data Engineer", "Oct 2022"),
        None, PUBLIC, f"Positions.csv: {PUBLIC_PROFILE}", MEDIUM, "Positions.csv",
        text="Data Engineer — Example Corp — Built the ingestion platform.")]


def test_recommendations_and_endorsements(tmp_path):
    recs = ("First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n"
            'Bo,Example,Example Corp,Analyst,"Bo is careful.",05 Jun 2024,VISIBLE\n')
    received = li.SPEC.route_for("Recommendations_Received.csv").handler
    items, _ = handle(received, tmp_path, "Recommendations_Received.csv", recs)
    assert items == [Item(
        "linkedin", "profile",
        akey("profile", "Recommendations_Received.csv", "Bo Example", "05 Jun 2024"),
        dt(2024, 6, 5), PUBLIC, "Recommendations_Received.csv: Status VISIBLE: shown on the profile", HIGH,
        "Recommendations_Received.csv", text="Bo is careful.", audience="profile", own=False)]
    given = li.SPEC.route_for("Recommendations_Given.csv").handler
    items, _ = handle(given, tmp_path, "Recommendations_Given.csv", recs.replace("VISIBLE", "HIDDEN"))
    assert (items[0].visibility, items[0].own) == (RESTRICTED, True)

    endorsed = ("Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,"
                "Endorsement Status\n"
                "2024/02/01 15:02:55 UTC,Python,Bo,Example,www.linkedin.com/in/bo,ACCEPTED\n")
    handler = li.SPEC.route_for("Endorsement_Received_Info.csv").handler
    items, _ = handle(handler, tmp_path, "Endorsement_Received_Info.csv", endorsed)
    assert items == [Item(
        "linkedin", "other",
        akey("endorsement", "Endorsement_Received_Info.csv", "2024/02/01 15:02:55 UTC",
                    "Python", "Bo Example", "www.linkedin.com/in/bo"),
        dt(2024, 2, 1, 15, 2, 55), PUBLIC,
        "Endorsement_Received_Info.csv: Endorsement Status ACCEPTED: shown on the profile", MEDIUM,
        "Endorsement_Received_Info.csv", text="Python", audience="profile", own=False)]


# ---------------------------------------------------------------- handlers: private

OWNER = "https://www.linkedin.com/in/ada-example"
MESSAGES = (
    '"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO","RECIPIENT PROFILE URLS",'
    '"DATE","SUBJECT","CONTENT","FOLDER","ATTACHMENTS","IS MESSAGE DRAFT","IS CONVERSATION DRAFT"\n'
    f'"2-abc==","","Bo Example","https://www.linkedin.com/in/bo","Ada Example","{OWNER}",'
    '"2024-03-01 10:00:00 UTC","","Hi Ada,\nthanks.","INBOX","","No","No"\n'
    f'"2-abc==","","Ada Example","{OWNER}/","Bo Example","https://www.linkedin.com/in/bo",'
    '"2024-03-01 10:05:00 UTC","","<p>You&#39;re welcome</p>","INBOX","","No","No"\n'
    f'"2-abc==","","Ada Example","{OWNER}","Bo Example","https://www.linkedin.com/in/bo",'
    '"2024-03-02 10:05:00 UTC","","unsent","INBOX","","Yes","No"\n'
)


def test_messages_exact_own_by_url_and_drafts_dropped(tmp_path):
    items, problems = handle(li.handle_messages, tmp_path, "messages.csv", MESSAGES,
                             state={"owner_url": OWNER, "owner_name": "Someone Else"})
    assert items == [
        Item("linkedin", "message",
             akey("message", "2-abc==", "2024-03-01 10:00:00 UTC",
                         "https://www.linkedin.com/in/bo", "Hi Ada,\nthanks."),
             dt(2024, 3, 1, 10), RESTRICTED, "messages.csv: private messages", HIGH, "messages.csv",
             text="Hi Ada, thanks.", audience="dm", own=False),
        Item("linkedin", "message",
             akey("message", "2-abc==", "2024-03-01 10:05:00 UTC", f"{OWNER}/",
                         "You're welcome"),
             dt(2024, 3, 1, 10, 5), RESTRICTED, "messages.csv: private messages", HIGH, "messages.csv",
             text="You're welcome", audience="dm", own=True),
    ]
    assert problems == [Problem("messages.csv", "whole file",
                                "draft messages, never sent, not counted: 1", "warning")]


def test_messages_2018_own_by_direction_and_name_fallback(tmp_path):
    m2018 = ('From,To,Date,Subject,Content,Direction,Folder\n'
             'Bo Example,Ada Example,"10/16/18, 8:36 AM",Hi,"Poster &amp; deadline",INCOMING,INBOX\n'
             'Ada Example,Bo Example,"10/16/18, 9:02 AM",RE: Hi,Sure,OUTGOING,SENT\n')
    items, _ = handle(li.handle_messages, tmp_path, "Messages.csv", m2018)
    assert [(i.own, i.text, i.created_at) for i in items] == [
        (False, "Poster & deadline", dt(2018, 10, 16, 8, 36)), (True, "Sure", dt(2018, 10, 16, 9, 2))]
    # No URLs in 2018: the other member's name keys an own message, not the owner's name.
    assert items[1].key == akey("message", "", "10/16/18, 9:02 AM", "to Bo Example",
                                       "Sure")
    no_urls = ("CONVERSATION ID,CONVERSATION TITLE,FROM,TO,DATE,SUBJECT,CONTENT,FOLDER\n"
               "c1,,Ada Example,Bo Example,2021-01-01 10:00:00 UTC,,hello,INBOX\n")
    items, _ = handle(li.handle_messages, tmp_path, "messages.csv", no_urls,
                      state={"owner_name": "Ada Example"})
    assert items[0].own is True


def test_ai_chat_files_header_only_and_no_conversations(tmp_path):
    header = ("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,"
              "SUBJECT,CONTENT,FOLDER\n")
    assert handle(li.handle_messages, tmp_path, "guide_messages.csv", header) == ([], [])
    empty = "No conversations found"
    assert handle(li.handle_messages, tmp_path, "LearningCoachMessages.csv", empty) == ([], [])


def test_invitations_note_is_message_else_connection(tmp_path):
    content = ("From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
               f'Ada Example,Bo Example,"1/29/26, 2:37 PM","Hi Bo, great talk today!",OUTGOING,{OWNER},'
               "https://www.linkedin.com/in/bo\n"
               f'Cy Example,Ada Example,"2/3/26, 9:05 AM",,INCOMING,https://www.linkedin.com/in/cy,{OWNER}\n')
    items, _ = handle(li.handle_invitations, tmp_path, "Invitations.csv", content)
    assert items == [
        Item("linkedin", "message",
             akey("invitation", "out", "linkedin.com/in/bo", "1/29/26, 2:37 PM"),
             dt(2026, 1, 29, 14, 37), RESTRICTED,
             "Invitations.csv: an invitation note, seen only by the invitee", HIGH, "Invitations.csv",
             text="Hi Bo, great talk today!", audience="dm"),
        Item("linkedin", "connection",
             akey("invitation", "in", "linkedin.com/in/cy", "2/3/26, 9:05 AM"),
             dt(2026, 2, 3, 9, 5), RESTRICTED, "Invitations.csv: connection invitations are private", HIGH,
             "Invitations.csv", own=False),
    ]


CONNECTIONS_EVIDENCE = ("Connections.csv: your connection list (others' data), shown to your connections at "
                        "most")


def test_connections_with_notes_preamble_and_hidden_row(tmp_path):
    content = ('Notes:\n"When exporting your connection data, you may notice that some of the email '
               'addresses are missing."\n\n'
               "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
               'Ada,Example,https://www.linkedin.com/in/ada,,"Example, Inc.",Engineer,08 Feb 2026\n'
               ",,,,,,07 Jun 2026\n")
    items, problems = handle(li.handle_connections, tmp_path, "Connections.csv", content)
    assert problems == []
    assert items == [
        Item("linkedin", "connection",
             akey("connection", "Ada Example", "https://www.linkedin.com/in/ada",
                         "08 Feb 2026"),
             dt(2026, 2, 8), RESTRICTED, CONNECTIONS_EVIDENCE, MEDIUM, "Connections.csv", text="Ada Example",
             url="https://www.linkedin.com/in/ada", own=False),
        Item("linkedin", "connection", akey("connection", "", "", "07 Jun 2026"),
             dt(2026, 6, 7), RESTRICTED, CONNECTIONS_EVIDENCE, MEDIUM, "Connections.csv", own=False),
    ]


def test_connections_2018_without_preamble_or_url(tmp_path):
    content = ('First Name,Last Name,Email Address,Company,Position,Connected On\n'
               'Bo,Example,bo@example.com,Example,Engineer,"3/14/17, 9:05 AM"\n')
    items, _ = handle(li.handle_connections, tmp_path, "Connections.csv", content)
    assert (items[0].text, items[0].created_at, items[0].url) == ("Bo Example", dt(2017, 3, 14, 9, 5), "")


def test_notes_jobs_and_saved_answers(tmp_path):
    notes = ("Connection First Name,Connection Last Name,Connection Profile URL,Note,Created On,Edited On\n"
             "Bo,Example,https://www.linkedin.com/in/bo,Met at a meetup.,2026-02-09,2026-02-09\n")
    items, _ = handle(li.handle_notes, tmp_path, "Notes.csv", notes)
    assert items == [Item(
        "linkedin", "other", akey("note", "https://www.linkedin.com/in/bo", "2026-02-09"),
        dt(2026, 2, 9), RESTRICTED, "Notes.csv: private notes on connections, seen only by you", HIGH,
        "Notes.csv", text="Met at a meetup.")]
    jobs = ("Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,"
            'Question And Answers\n"1/5/26, 4:12 PM",a@example.com,,Example,Lead,https://example.com/j/1,cv.pdf,'
            "Years: 10\n")
    items, _ = handle(li.handle_job_applications, tmp_path, "Jobs/Job Applications.csv", jobs)
    assert (items[0].kind, items[0].visibility, items[0].text, items[0].created_at) == (
        "activity", RESTRICTED, "Years: 10", dt(2026, 1, 5, 16, 12))
    items, _ = handle(li.handle_saved_answers, tmp_path,
                      "Job Applicant Saved Screening Question Responses.csv",
                      "Question,Answer\nRelocate?,No\n")
    assert (items[0].kind, items[0].visibility, items[0].text) == ("other", RESTRICTED, "No")


# ---------------------------------------------------------------- prepare

def _prepare(tmp_path: Path, files: dict[str, str]):
    base = write_tree(tmp_path / "tree", files)
    from ai_exposure.archive import FolderContainer

    members = FolderContainer(base).members()
    for m in members:
        m.relpath = m.path
    ctx = context_for(li.SPEC, members)
    problems = list(li.prepare(ctx))
    return ctx, problems


def test_prepare_reads_account_region_birth_and_owner(tmp_path):
    invitations = ("From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
                   f'Cy,Ada Example,"2/3/26, 9:05 AM",,INCOMING,https://www.linkedin.com/in/cy,{OWNER}\n'
                   f'Ada Example,Bo,"1/29/26, 2:37 PM",,OUTGOING,{OWNER},https://www.linkedin.com/in/bo\n')
    ctx, problems = _prepare(tmp_path, {"Profile.csv": PROFILE, "Invitations.csv": invitations,
                                        "Shares.csv": "Date,ShareLink\n"})
    assert problems == []
    assert ctx.info.account == "Ada Example"
    assert ctx.info.region_hint == "Berlin, Germany"
    assert ctx.info.region_hint_evidence == "Profile.csv: Geo Location"
    assert ctx.info.birth_date == "Mar 5"
    assert ctx.state.owner_url == OWNER
    assert ctx.info.notices == []
    assert [c.split(" ", 3)[2] for c in ctx.info.caveats] == ["marked", "sections"]
    assert "--linkedin-member-network restricted" in ctx.info.caveats[0]


def test_prepare_owner_from_messages_and_basic_notice(tmp_path):
    ctx, _ = _prepare(tmp_path, {"Profile.csv": PROFILE, "messages.csv": MESSAGES})
    assert normalise(ctx.state.owner_url) == normalise(OWNER)
    assert ctx.info.notices == [li.BASIC_NOTICE]


def normalise(url: str) -> str:
    return li.normalise_profile_url(url)


# ---------------------------------------------------------------- end to end over the samples

def stored(analysis) -> list:
    return sorted(analysis.store.query(), key=lambda s: s.key)


def files_by_status(analysis) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in analysis.sources[0].files:
        out.setdefault(f.status, []).append(f.path.split(":", 1)[-1])
    return out


@pytest.mark.parametrize("era, parsed, ignored, unknown", [
    ("2018", 14, 12, []),
    ("2026", 37, 24, ["Creator_Insights_Example.csv"]),
    ("basic", 3, 2, []),
    ("partial", 3, 0, []),
])
def test_sample_as_folder_zip_and_tgz_give_the_same_items(tmp_path, era, parsed, ignored, unknown):
    folder = LI_SAMPLES / era
    runs = [
        run([folder], tmp_path),
        run([zip_tree(folder, tmp_path / "Complete_LinkedInDataExport_03-01-2026.zip")], tmp_path),
        run([tgz_tree(folder, tmp_path / "export.tgz", prefix="wrapped/")], tmp_path),
    ]
    for analysis in runs:
        assert analysis.unusable == []
        assert [s.platform for s in analysis.sources] == ["linkedin"]
        status = files_by_status(analysis)
        assert (len(status.get("parsed", [])), len(status.get("ignored", [])),
                [p.split("/")[-1] for p in status.get("unknown", [])]) == (parsed, ignored, unknown)
        assert not [p for p in analysis.sources[0].problems if p.severity == "error"]
    assert stored(runs[0]) == stored(runs[1]) == stored(runs[2])
    assert runs[1].sources[0].info.export_date == dt(2026, 3, 1)
    # The partial download holds no profile: the account has no name there.
    assert runs[0].sources[0].info.account == ("" if era == "partial" else "Zoë Lefèvre")


def test_2026_complete_sample_items(tmp_path):
    analysis = run([LI_SAMPLES / "2026"], tmp_path)
    items = stored(analysis)
    counts = Counter((i.kind, i.visibility) for i in items)
    assert counts == Counter({
        ("profile", PUBLIC): 22, ("profile", RESTRICTED): 2, ("post", PUBLIC): 3, ("post", RESTRICTED): 1,
        ("repost", PUBLIC): 2, ("comment", PUBLIC): 4, ("comment", RESTRICTED): 1,
        ("reaction", PUBLIC): 2, ("reaction", RESTRICTED): 2, ("article", PUBLIC): 1,
        ("article", RESTRICTED): 1, ("photo", UNKNOWN): 1, ("video", UNKNOWN): 1,
        ("message", RESTRICTED): 4, ("connection", RESTRICTED): 4, ("other", PUBLIC): 2,
        ("other", RESTRICTED): 4, ("activity", RESTRICTED): 1,
    })
    xss = next(i for i in items if "<script>" in i.text)
    assert "<img src=x onerror=alert(1)>" in xss.text and "javascript:alert(1)" in xss.text
    assert "🎉 Café déjà vu, Zoë" in xss.text
    own_messages = sorted((i.text, i.own) for i in items if i.kind == "message")
    assert own_messages == [("Hi Bo, great talk today!", True), ("Hi Zoë, thanks for connecting.", False),
                            ("Merci Bo! Coffee next week?", True), ("We are hiring & thought of you.", False)]
    reasons = sorted(p.reason for p in analysis.sources[0].problems)
    assert reasons == ["draft messages, never sent, not counted: 1",
                       "records repaired (unquoted line breaks or backslash-escaped quotes): 2",
                       "records with per-line quote wrapping, repaired: 1"]
    assert analysis.sources[0].info.notices == []
    assert analysis.sources[0].state.owner_url == "https://www.linkedin.com/in/zoe-lefevre-example"


def test_basic_sample_gets_the_notice(tmp_path):
    analysis = run([LI_SAMPLES / "basic"], tmp_path)
    assert analysis.sources[0].info.notices == [li.BASIC_NOTICE]


def test_member_network_option_through_the_pipeline(tmp_path):
    analysis = run([LI_SAMPLES / "2026"], tmp_path, Options(linkedin_member_network="restricted"))
    posts = [i for i in analysis.store.query() if i.kind == "post"]
    assert {i.visibility for i in posts} == {RESTRICTED}


def test_a_broken_file_does_not_stop_the_rest(tmp_path):
    tree = write_tree(tmp_path / "export", {
        "Profile.csv": PROFILE,
        "Connections.csv": "",  # empty: no header at all
        "Positions.csv": "Company Name,Title,Description,Location,Started On,Finished On\nX,Y,,,Oct 2022,\n",
    })
    analysis = run([tree], tmp_path)
    src = analysis.sources[0]
    errors = [(p.file, p.place) for p in src.problems if p.severity == "error"]
    assert errors == [("Connections.csv", "header")]
    assert {i.source_file for i in analysis.store.query()} == {"Profile.csv", "Positions.csv"}


def test_samples_match_their_generator():
    spec = importlib.util.spec_from_file_location("gen_linkedin", SAMPLES / "gen_linkedin.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    for era, files in gen.ERAS.items():
        on_disk = {p.relative_to(LI_SAMPLES / era).as_posix()
                   for p in (LI_SAMPLES / era).rglob("*") if p.is_file()}
        assert on_disk == set(files), era
        for rel, content in files.items():
            data = content if isinstance(content, bytes) else content.encode("utf-8")
            assert (LI_SAMPLES / era / rel).read_bytes() == data, rel


def test_shared_linkedin_fixtures_parse_without_error(shared_fixtures, tmp_path):
    export = shared_fixtures / "linkedin" / "silkyrich__linkedin-export-viewer" / "fixtures" / "sample_export"
    analysis = run([export], tmp_path)
    assert analysis.unusable == []
    src = analysis.sources[0]
    assert src.platform == "linkedin"
    assert [p for p in src.problems if p.severity == "error"] == []
    assert {f.status for f in src.files} == {"parsed"}
    assert src.info.account == "Ada Byron-Lovelace"
    kinds = Counter(i.kind for i in analysis.store.query())
    assert kinds["profile"] > 10 and kinds["message"] >= 1


def test_unreadable_dates_are_counted_once_per_file(tmp_path):
    content = (f"Date,Type,Link\n2024-02-01 09:30:12,LIKE,{U}urn:li:activity:1\n"
               f"1 février 2024,LIKE,{U}urn:li:activity:2\nN/A,LIKE,{U}urn:li:activity:3\n")
    items, problems = handle(li.handle_reactions, tmp_path, "Reactions.csv", content)
    assert [i.created_at for i in items] == [dt(2024, 2, 1, 9, 30, 12), None, None]
    assert problems == [Problem("Reactions.csv", "whole file",
                                "dates in an unknown format: 1; those items have no date", "warning")]


@pytest.mark.parametrize("url, kept", [
    (f"{U}urn:li:activity:1", f"{U}urn:li:activity:1"), ("HTTP://example.com/a", "HTTP://example.com/a"),
    ("javascript:alert(1)", ""), (" data:text/html,x", ""), ("", "")])
def test_safe_url(url, kept):
    assert li.safe_url(url) == kept


def test_hostile_links_never_reach_an_item(tmp_path):
    shares = ("Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
              "2025-01-01 10:00:00,javascript:alert(1),hi,,,MEMBER_NETWORK\n")
    items, _ = handle(li.handle_shares, tmp_path, "Shares.csv", shares)
    assert (items[0].url, items[0].text) == ("", "hi")
    html = ('<html><body><h1><a href="javascript:alert(1)">T</a></h1>'
            '<p class="published">Published on 2023-02-03 08:00</p>'
            "<div>it is not published yet elsewhere</div>"
            "</body></html>")
    items, _ = handle(li.handle_article, tmp_path, "Articles/t.html", html)
    assert (items[0].url, items[0].visibility) == ("", PUBLIC)  # the body's words are no draft marker


# Every file of the format doc's inventory (B2), by the name each era gives it.
B2_FILES = [
    "Shares.csv", "InstantReposts.csv", "Comments.csv", "Reactions.csv", "Votes.csv",
    "Articles/a.html", "Articles/Articles/a.html", "Rich_Media.csv", "Rich Media.csv", "Profile.csv",
    "Profile Summary.csv", "Positions.csv", "Education.csv", "Skills.csv", "Certifications.csv",
    "Projects.csv", "Publications.csv", "Honors.csv", "Courses.csv", "Languages.csv", "Volunteering.csv",
    "Patents.csv", "Organizations.csv", "Causes You Care About.csv", "Recommendations_Received.csv",
    "Recommendations_Given.csv", "Endorsement_Received_Info.csv", "Endorsement_Given_Info.csv",
    "messages.csv", "guide_messages.csv", "learning_coach_messages.csv", "learning_role_play_messages.csv",
    "coach_messages.csv", "LearningCoachMessages.csv", "Invitations.csv", "Connections.csv", "Notes.csv",
    "Jobs/Job Applications.csv", "Job Applications.csv", "Jobs/Saved Jobs.csv",
    "Jobs/Job Seeker Preferences.csv", "Job Applicant Saved Screening Question Responses.csv",
    "Jobs/Job Applicant Saved Answers.csv", "SavedJobAlerts.csv", "Company Follows.csv",
    "Member_Follows.csv", "Hashtag_Follows.csv", "Saved_Items.csv", "saved_articles.csv", "Events.csv",
    "Learning.csv", "Calendar.csv", "Email Addresses.csv", "PhoneNumbers.csv", "Whatsapp Phone Numbers.csv",
    "Registration.csv", "Logins.csv", "Security Challenges.csv", "SearchQueries.csv", "Ad_Targeting.csv",
    "Ads Clicked.csv", "LAN Ads Engagement.csv", "Inferences_about_you.csv", "Receipts.csv",
    "Receipts_v2.csv", "Private_identity_asset.csv", "Verifications/Verifications.csv", "Contacts.csv",
    "Imported Contacts.csv", "Account Status History.csv", "ImportedContacts.csv", "Videos.csv",
    "Online Job Postings.csv", "Member Hashtags.csv", "Reviews.csv", "Duolingo.csv",
    "Services Marketplace/Engagements.csv", "Services Marketplace/Opprtunities.csv",
]


@pytest.mark.parametrize("path", B2_FILES)
def test_every_inventory_file_is_routed(path):
    assert li.SPEC.route_for(path) is not None


def test_invitation_keys_survive_the_owner_renaming(tmp_path):
    header = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
    before = header + f'Ada Example,Bo Example,"1/29/26, 2:37 PM",,OUTGOING,{OWNER},https://www.linkedin.com/in/bo\n'
    after = before.replace("Ada Example", "Ada Example-Renamed")
    first, _ = handle(li.handle_invitations, tmp_path / "a", "Invitations.csv", before)
    second, _ = handle(li.handle_invitations, tmp_path / "b", "Invitations.csv", after)
    assert first[0].key == second[0].key
    legacy = ("From,To,Sent At,Message,Direction\n"  # 2018: no URL columns, the other member's name
              'Ada Example,Bo Example,"11/1/17, 6:00 PM",,OUTGOING\n')
    items, _ = handle(li.handle_invitations, tmp_path / "c", "Invitations.csv", legacy)
    assert items[0].key == akey("invitation", "out", "Bo Example", "11/1/17, 6:00 PM")


# ---------------------------------------------------------------- in Dutch

def test_comment_evidence_and_repair_warning_render_in_dutch(tmp_path):
    items, problems = handle(li.handle_comments, tmp_path, "Comments.csv", COMMENTS)
    nl = Translator("nl")
    # The comment's own word ("a comment") is translated inside the evidence; file and URN type are not.
    assert nl.text(items[0].evidence) == (
        "Comments.csv: Link is een urn:li:activity: een reactie op een bericht in de feed, te zien voor "
        "iedereen die het bericht kan zien (aangenomen: openbaar)")
    assert nl.text(items[1].evidence) == ("Comments.csv: Link is een groupPost-URN: een reactie in een "
                                          "groep, te zien voor de leden van de groep")
    assert (nl.text(problems[0].place), nl.text(problems[0].reason)) == (
        "hele bestand", "records hersteld (regeleinden zonder aanhalingstekens of aanhalingstekens met een "
        "backslash): 2")
    assert nl.missing == set()


def test_message_evidence_and_draft_count_render_in_dutch(tmp_path):
    items, problems = handle(li.handle_messages, tmp_path, "messages.csv", MESSAGES,
                             state={"owner_url": OWNER, "owner_name": "Someone Else"})
    nl = Translator("nl")
    assert {nl.text(i.evidence) for i in items} == {"messages.csv: privéberichten"}
    assert nl.text(problems[0].reason) == "conceptberichten, nooit verzonden, niet geteld: 1"
    assert nl.missing == set()


def test_profile_evidence_keeps_the_column_name_and_translates_the_rest(tmp_path):
    items, _ = handle(li.handle_profile, tmp_path, "Profile.csv", PROFILE)
    nl = Translator("nl")
    texts = {nl.text(i.evidence) for i in items}
    assert "Profile.csv: Headline: standaard openbaar profiel; de export bevat geen instelling voor het " \
           "openbare profiel" in texts
    assert "Profile.csv: Birth Date: privé contactgegevens, niet op het openbare profiel" in texts
    assert nl.missing == set()


@pytest.mark.parametrize("member_network", ["public", "restricted"])
def test_every_description_notice_and_caveat_has_a_dutch_translation(tmp_path, member_network):
    ctx, _ = _prepare(tmp_path, {"Profile.csv": PROFILE, "Shares.csv": "Date,ShareLink\n",
                                 "Comments.csv": "Date,Link,Message\n"})
    ctx.options.linkedin_member_network = member_network
    nl = Translator("nl")
    texts = [li.SPEC.label, li.BASIC_NOTICE, ctx.info.region_hint_evidence, *li.caveats(ctx),
             *(route.what for route in li.SPEC.routes)]
    dutch = [nl.text(t) for t in texts]
    assert nl.missing == set()
    assert nl.text(li.SPEC.label) == "LinkedIn-gegevensexport"
    assert len(li.caveats(ctx)) == 3 and all(d != t for d, t in zip(dutch[3:6], texts[3:6], strict=True))
    # A description made of two parts (what the file is, and why it is not content) is Dutch in both.
    assert nl.text(li.LOGINS_WHAT) == ("inloggeschiedenis: account-, advertentie- of beveiligingsgegevens: "
                                       "identificerend, geen content")


def test_a_large_count_in_a_problem_is_written_for_the_language(tmp_path):
    dates = li.Dates()
    for _ in range(1234):
        dates("1 février 2024")  # a French date: present, unreadable
    member = member_for(tmp_path, "Reactions.csv", "Date,Type,Link\n")
    (problem,) = dates.problems(member)
    assert problem.reason == "dates in an unknown format: 1,234; those items have no date"
    dutch = Translator("nl").text(problem.reason)
    assert dutch == "datums in een onbekende notatie: 1.234; die items hebben geen datum"


# ---------------------------------------------------------------- partial downloads (header signatures)

SHARES_2024 = ("Date,ShareLink,ShareCommentary,SharedURL,MediaURL,Visibility\r\n"
               f"2024-02-12 08:00:00,{U}urn%3Ali%3Ashare%3A7162000000000000001,A note.,,,MEMBER_NETWORK\r\n")
COMMENTS_2024 = ("Date,Link,Message\r\n"
                 f"2024-02-13 10:00:00,{U}urn%3Ali%3Aactivity%3A7162500000000000001,Yes.\r\n")
ARTICLE_2026 = ('<html>\n<head>\n  <title>Calm</title>\n</head>\n<body>\n'
                '      <h1><a href="https://www.linkedin.com/pulse/calm-ada">Calm</a></h1>\n'
                '  <div><p>Body.</p></div>\n</body>\n</html>\n')
ARTICLE_DRAFT_2018 = ('<html>\n<head>\n  <title>Untitled</title>\n</head>\n<body>\n      <h1>Untitled</h1>\n'
                '    <p class="created">Created on 2018-03-01 10:00</p>\n'
                '  <p class="published">Not published yet</p>\n  <div></div>\n</body>\n</html>\n')
MESSAGES_QUOTED = ('"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO",'
                   '"RECIPIENT PROFILE URLS","DATE","SUBJECT","CONTENT","FOLDER"\n'
                   '"2-a==","","Bo","https://www.linkedin.com/in/bo","Ada","","2026-01-15 09:12:00 UTC",'
                   '"","Hi","INBOX"\n')
SHARES_2018 = ('"Date"\t"Share Title"\t"Share Description"\t"Share Link"\t"Share Commentary"\t"Shared URL"\t'
               '"Media URL"\t"Type"\t"Visibility"\r\n"2017/06/08 08:15:44 UTC"\t""\t""\t'
               f'"{U}urn:li:activity:1"\t"Hello"\t""\t""\t"Homepage"\t"Public"\r\n').encode("utf-16")


@pytest.mark.parametrize("files, items", [
    ({"Shares.csv": SHARES_2024, "Comments.csv": COMMENTS_2024}, 2),
    ({"Shares.csv": SHARES_2024, "Articles/calm-ada.html": ARTICLE_2026}, 2),
    ({"Shares.csv": SHARES_2024, "Articles/Articles/calm-ada.html": ARTICLE_2026}, 2),
    ({"Shares.csv": SHARES_2024}, 1),
    ({"Shares_181682616.csv": SHARES_2024}, 1),
    ({"Shares.csv": SHARES_2018}, 1),  # UTF-16 with a BOM, TAB-delimited, every field quoted
    ({"Comments.csv": COMMENTS_2024}, 1),
    ({"Articles/Articles/calm-ada.html": ARTICLE_2026}, 1),
    ({"Articles/2018-03-01 10:00:00.html": ARTICLE_DRAFT_2018}, 1),
    ({"Profile.csv": PROFILE}, 6),
    ({"messages.csv": MESSAGES_QUOTED}, 1),
    ({"Connections.csv": "Notes:\n\"When exporting …\"\n\nFirst Name,Last Name,URL,Email Address,Company,"
                         "Position,Connected On\nBo,Example,,,,,08 Feb 2026\n"}, 1),
    ({"Rich_Media.csv": "Date/Time,Media Description,Media Link\n\"You uploaded a photo on April 12, 2026 at "
                        "8:03 AM (GMT)\",Photo,https://www.linkedin.com/dms/prv/image/a\n"}, 1),
])
def test_partial_downloads_are_recognised(tmp_path, files, items):
    """A download of picked categories holds one or two files; their header lines say they are
    LinkedIn's, as a folder and as a zip with a wrapping folder."""
    tree = write_tree(tmp_path / "picked", files)
    for path in (tree, zip_tree(tree, tmp_path / "Basic_LinkedInDataExport_02-14-2026.zip", "export/")):
        analysis = run([path], tmp_path)
        assert analysis.unusable == []
        assert [s.platform for s in analysis.sources] == ["linkedin"]
        assert {f.status for f in analysis.sources[0].files} == {"parsed"}
        assert len(list(analysis.store.query())) == items


def test_reddit_files_of_linkedin_names_are_reddit(tmp_path):
    """Another platform's files of the same names (Reddit's comments.csv and messages.csv) are that
    platform's, not LinkedIn's."""
    files = {"comments.csv": "id,permalink,date,ip,subreddit,gildings,link,parent,body,media\n",
             "messages.csv": "id,permalink,thread_id,date,ip,from,to,subject,body\n"}
    analysis = run([write_tree(tmp_path / "other", files)], tmp_path)
    assert [s.platform for s in analysis.sources] == ["reddit"]


@pytest.mark.parametrize("files", [
    {"Shares.csv": "ticker,shares,price\nABC,10,1.5\n"},
    {"Articles/notes.html": "<html><body><h1>Notes</h1></body></html>"},
])
def test_files_of_the_same_name_with_other_headers_are_not_linkedin(tmp_path, files):
    analysis = run([write_tree(tmp_path / "other", files)], tmp_path)
    assert analysis.sources == []
    assert len(analysis.unusable) == 1 and "not a known data export" in analysis.unusable[0]


def test_header_signatures_read_only_matching_members(tmp_path):
    """Detection reads the start of a file only where a header signature names its path."""
    from ai_exposure.parsing import score_root

    asked: list[str] = []

    def head(path: str) -> str:
        asked.append(path)
        return "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"

    paths = ["Shares.csv", "notes.txt", "photos/a.jpg", "data.csv"]
    assert score_root(li.SPEC, paths, head) == (3, "")  # the name (1) and the name with its header (2)
    assert asked == ["Shares.csv"]
    assert score_root(li.SPEC, paths) == (1, "")  # without reading, the name alone is not enough
    # Where the names suffice, nothing is read and the score is the names' alone.
    asked.clear()
    full = ["Profile.csv", "Connections.csv", "messages.csv", "Shares.csv", "Comments.csv", "Votes.csv"]
    assert score_root(li.SPEC, full, head) == (4, "")
    assert asked == []


def test_a_linkedin_export_kept_in_a_takeout_stays_part_of_it(tmp_path):
    """Header signatures never make a LinkedIn export inside a Takeout's Drive outweigh the Takeout."""
    from ai_exposure.parsers import REGISTRY

    from ai_exposure.archive import FolderContainer
    from ai_exposure.pipeline import detect_all

    inner = {f"Takeout/Drive/LinkedIn/{name}": content for name, content in {
        "Profile.csv": PROFILE, "Connections.csv": "First Name,Last Name,URL,Email Address,Company,Position,"
        "Connected On\n", "messages.csv": MESSAGES_QUOTED, "Shares.csv": SHARES_2024,
        "Comments.csv": COMMENTS_2024, "Invitations.csv": "From,To,Sent At,Message,Direction\n",
        "Positions.csv": "Company Name,Title,Description,Location,Started On,Finished On\n"}.items()}
    for outer in ({"Takeout/archive_browser.html": "<html></html>"},
                  {"Takeout/archive_browser.html": "<html></html>", "Takeout/Drive/notes.txt": "x"}):
        container = FolderContainer(write_tree(tmp_path / f"takeout{len(outer)}", {**outer, **inner}))
        hits = detect_all(container, container.members(), REGISTRY)
        assert [(spec.platform, root) for spec, root in hits] == [("google", "Takeout/")]
    # The same LinkedIn files picked alone (two of them) are LinkedIn's.
    container = FolderContainer(write_tree(tmp_path / "picked", {
        "Shares.csv": SHARES_2024, "Comments.csv": COMMENTS_2024}))
    assert [spec.platform for spec, _ in detect_all(container, container.members(), REGISTRY)] == ["linkedin"]


# ---------------------------------------------------------------- owner identity and account keys

REGISTRATION = 'Registered At,Registration Ip,Subscription Types\n"3/24/09, 1:38 AM",192.0.2.1,\n'
REGISTRATION_2018 = ('Registration Date,Registration IP Address,Invited by (First Name),'
                     'Invited by (Last Name),Subscription Types\n"3/24/09, 1:38 AM",192.0.2.1,,,\n')
EMAILS = 'Email Address,Confirmed,Primary,Updated On\nold@example.com,Yes,No,\nada@example.com,Yes,Yes,\n'


@pytest.mark.parametrize("files, owner", [
    ({"Registration.csv": REGISTRATION, "Email Addresses.csv": EMAILS}, "registered:2009-03-24T01:38"),
    ({"Registration.csv": REGISTRATION_2018}, "registered:2009-03-24T01:38"),  # same account, 2018 header
    ({"Email Addresses.csv": EMAILS, "Shares_181682616.csv": SHARES_2024}, "email:ada@example.com"),
    ({"Shares_181682616.csv": SHARES_2024, "Job Applications_3.csv": "Application Date\n"},
     "member:181682616"),
    ({"Job Applications_3.csv": "Application Date\n", "messages.csv": MESSAGES},
     "profile:linkedin.com/in/ada-example"),
    ({"Shares.csv": SHARES_2024}, ""),  # nothing says whose it is: the account name (here none) is used
])
def test_owner_identity(tmp_path, files, owner):
    ctx, problems = _prepare(tmp_path, files)
    assert problems == []
    assert ctx.info.owner_id == owner


PEOPLE_TREE = {
    "Profile.csv": PROFILE,
    "Positions.csv": ("Company Name,Title,Description,Location,Started On,Finished On\n"
                      "Example Corp,Data Engineer,,,Oct 2022,\n"),
    "Education.csv": ("School Name,Start Date,End Date,Notes,Degree Name,Activities\n"
                      "Example University,2004,2008,,BSc,\n"),
    "Skills.csv": "Name\nPython\nSQL\n",
    "Languages.csv": "Name,Proficiency\nEnglish,Native or bilingual proficiency\n",
    "Connections.csv": "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                       "Bo,Example,https://www.linkedin.com/in/bo,,,,08 Feb 2026\n",
    "Invitations.csv": "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
                       "Cy,Ada Example,\"2/3/26, 9:05 AM\",,INCOMING,https://www.linkedin.com/in/cy,\n",
    "Reactions.csv": f"Date,Type,Link\n2024-02-01 09:30:12,LIKE,{U}urn:li:activity:7160000000000000000\n",
    "Endorsement_Received_Info.csv": ("Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,"
                                      "Endorser Public Url,Endorsement Status\n"
                                      "2024/02/01 15:02:55 UTC,Python,Bo,Example,www.linkedin.com/in/bo,"
                                      "ACCEPTED\n"),
    "Recommendations_Received.csv": ("First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n"
                                     "Bo,Example,,,A fine colleague.,\"03/04/26, 10:00 AM\",VISIBLE\n"),
    "Registration.csv": REGISTRATION,
}


def test_two_peoples_exports_in_one_run_keep_every_item(tmp_path):
    """Two members with the same name, headline, skills and connections: nothing of the second vanishes."""
    ada = write_tree(tmp_path / "ada", PEOPLE_TREE)
    other_registration = REGISTRATION.replace("3/24/09", "5/1/12")
    twin = write_tree(tmp_path / "twin", {**PEOPLE_TREE, "Registration.csv": other_registration})
    alone = len(list(run([ada], tmp_path).store.query()))
    both = run([ada, twin], tmp_path)
    assert [s.platform for s in both.sources] == ["linkedin", "linkedin"]
    assert len(list(both.store.query())) == 2 * alone == 2 * 16


def test_two_exports_of_one_account_give_the_same_keys(tmp_path):
    """The 2018 and 2026 samples are one account (same registration time): their profile keys agree; so
    do a Basic and a Complete archive made on the same day."""
    def keys(era: str) -> set[str]:
        return {i.key for i in run([LI_SAMPLES / era], tmp_path).store.query() if i.kind == "profile"}

    assert keys("2018") & keys("2026")  # the Education row and the name are the same entries
    assert keys("basic") <= keys("2026")
    older = zip_tree(write_tree(tmp_path / "older", {**PEOPLE_TREE, "Registration.csv": REGISTRATION_2018}),
                     tmp_path / "Complete_LinkedInDataExport_11-04-2018.zip")
    newer = zip_tree(write_tree(tmp_path / "newer", PEOPLE_TREE),
                     tmp_path / "Complete_LinkedInDataExport_03-01-2026.zip")
    runs = [run([older], tmp_path), run([newer], tmp_path)]
    assert [r.sources[0].info.export_date for r in runs] == [dt(2018, 11, 4), dt(2026, 3, 1)]
    first, second = (sorted(i.key for i in r.store.query()) for r in runs)
    assert first == second and len(first) == 16


def test_profile_items_are_scoped_by_the_owner(tmp_path):
    items, _ = handle(li.handle_profile, tmp_path, "Profile.csv", PROFILE)
    member = member_for(tmp_path / "b", "Profile.csv", PROFILE)
    ctx = context_for(li.SPEC, [member])
    ctx.info.owner_id = "registered:2009-03-24T01:38"
    other = list(li.handle_profile(member, ctx))
    assert [i.key for i in other] == [akey("profile", "Profile.csv", c, owner="registered:2009-03-24T01:38")
                                      for c in ("Name", "Headline", "Summary", "Geo Location", "Address",
                                                "Birth Date")]
    assert not {i.key for i in items} & {i.key for i in other}


# ---------------------------------------------------------------- dates that mean what they say

@pytest.mark.parametrize("name, content", [
    ("Positions.csv", "Company Name,Title,Description,Location,Started On,Finished On\nX,Y,,,Oct 2004,\n"),
    ("Education.csv", "School Name,Start Date,End Date,Notes,Degree Name,Activities\nU,2004,2008,,BSc,\n"),
    ("Certifications.csv", "Name,Url,Authority,Started On,Finished On,License Number\nC,,A,Jan 2005,,1\n"),
    ("Projects.csv", "Title,Description,Url,Started On,Finished On\nP,,,Jan 2005,\n"),
    ("Publications.csv", "Name,Published On,Description,Publisher,Url\nN,Mar 2005,,P,\n"),
    ("Honors.csv", "Title,Description,Issued On\nH,,Jun 2005\n"),
    ("Volunteering.csv", "Company Name,Role,Cause,Started On,Finished On,Description\nC,R,,Jan 2005,,\n"),
    ("Patents.csv", "Title,Description,Issued On,Filed On,Patent Number\nT,,Jan 2005,Jan 2004,1\n"),
    ("Organizations.csv", "Name,Position,Description,Started On,Finished On\nO,P,,Jan 2005,\n"),
    ("Courses.csv", "Name,Number\nC,101\n"),
])
def test_profile_sections_are_never_dated_by_what_they_describe(tmp_path, name, content):
    """A degree started in 2004 was not written in 2004: no section file says when an entry was written."""
    items, problems = handle(li.SPEC.route_for(name).handler, tmp_path, name, content)
    assert problems == [] and len(items) == 1
    assert items[0].created_at is None


@pytest.mark.parametrize("era", ["2018", "2026", "basic"])
def test_no_sample_item_predates_the_registration(tmp_path, era):
    analysis = run([LI_SAMPLES / era], tmp_path)
    registered = analysis.sources[0].state.registered_at
    assert registered == dt(2010, 1, 1, 10)
    dated = [i for i in analysis.store.query() if i.created_at]
    assert dated or era == "basic"
    assert [i.source_file for i in dated if datetime.fromisoformat(i.created_at) < registered] == []


# ---------------------------------------------------------------- files seen in real exports

def test_saved_answers_in_both_files_are_two_items(tmp_path):
    """A real 2024 export holds the same question and answer in both saved-answer files; they collided
    on one key (the source said 1333 items, 1332 were stored)."""
    content = "Question,Answer\nMobile phone number, +1 555 0100\n"
    tree = write_tree(tmp_path / "export", {
        "Profile.csv": PROFILE, "Registration.csv": REGISTRATION,
        "Job Applicant Saved Answers.csv": content,
        "Job Applicant Saved Screening Question Responses.csv": content})
    analysis = run([tree], tmp_path)
    stored_items = [i for i in analysis.store.query() if i.source_file.startswith("Job Applicant")]
    assert len(stored_items) == 2
    assert analysis.sources[0].items == len(list(analysis.store.query()))


def test_videos_resumes_job_postings_and_hashtags(tmp_path):
    videos = ("Date,Title,Link\n2025-05-01 10:00:00,Studio tour,https://www.linkedin.com/dms/prv/video/a\n"
              ",,\n")
    items, problems = handle(li.handle_videos, tmp_path, "Videos.csv", videos)
    assert problems == []
    assert items == [Item("linkedin", "video", akey("video", "2025-05-01 10:00:00", "Studio tour"),
                          dt(2025, 5, 1, 10), UNKNOWN, "Videos.csv: a video you uploaded; the export does "
                          "not say who could see it", LOW, "Videos.csv", text="Studio tour", media_count=1,
                          url="https://www.linkedin.com/dms/prv/video/a")]
    resumes = ("Private Identity Asset Name,Private Identity Asset Raw Text\n"
               '/AAYAB.pdf,"  Ada Example   Data engineer  "\n')
    items, _ = handle(li.handle_resumes, tmp_path, "Private_identity_asset.csv", resumes)
    assert [(i.kind, i.visibility, i.confidence, i.text, i.created_at) for i in items] == [
        ("other", RESTRICTED, HIGH, "Ada Example Data engineer", None)]
    postings = ("Company Name,Title,Employment Status,Company Description,Job Description,Job State,"
                "Create Date\nExample Corp,Analyst,FULL_TIME,,\"<p>Join <b>us</b>.</p>\",CLOSED,"
                "\"7/11/23, 8:23 AM\"\n")
    items, _ = handle(li.handle_job_postings, tmp_path, "Online Job Postings.csv", postings)
    assert [(i.kind, i.visibility, i.text, i.created_at) for i in items] == [
        ("other", PUBLIC, "Analyst — Example Corp — Join us.", dt(2023, 7, 11, 8, 23))]
    handler = li.SPEC.route_for("Member Hashtags.csv").handler
    items, _ = handle(handler, tmp_path, "Member Hashtags.csv", "Member Posts About Hashtags\nai\ndesign\n")
    assert [(i.kind, i.visibility, i.text, i.created_at) for i in items] == [
        ("profile", PUBLIC, "ai", None), ("profile", PUBLIC, "design", None)]


def test_reaction_to_a_learning_course_says_so(tmp_path):
    content = f"Date,Type,Link\n2023-05-01 10:00:00,LIKE,{U}urn:li:lyndaCourse:123456\n"
    items, _ = handle(li.handle_reactions, tmp_path, "Reactions.csv", content)
    assert [(i.visibility, i.evidence) for i in items] == [
        (UNKNOWN, "Reactions.csv: Link is an urn:li:lyndaCourse: a reaction on a LinkedIn Learning course; "
                  "the export does not say who sees it")]


REAL = SHARED / "real" / "linkedin-2024-03-apk0703.zip"


@pytest.mark.skipif(not REAL.is_file(), reason="../shared/real is not present in this checkout")
def test_real_2024_export(tmp_path):
    """Only what any real download must satisfy: every file accounted for, no errors, every item the
    source counts is stored (two saved answers used to collide), no item dated before registration."""
    analysis = run([REAL], tmp_path)
    assert analysis.unusable == []
    src = analysis.sources[0]
    assert src.count_files("unknown") == 0
    assert [p for p in src.problems if p.severity == "error"] == []
    items = list(analysis.store.query())
    assert src.items == len(items)
    # By day: `Connected On` has no time, and connections made on the day of registration are real.
    registered = src.state.registered_at.date()
    assert not [i for i in items if i.created_at and datetime.fromisoformat(i.created_at).date() < registered]
    assert src.info.owner_id.startswith("registered:")
