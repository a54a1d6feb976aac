"""X (Twitter) archive parser: each handler on raw items (exact Items), the visibility rules as tables,
prepare's account context, and end-to-end runs over the samples as folder, zip and tgz."""

from __future__ import annotations

import importlib.util
import json
import shutil
import zipfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from ai_exposure.parsers import x
from conftest import SAMPLES, SHARED, context_for, member_for, run, tgz_tree, write_tree, zip_tree

from ai_exposure.model import (
    HIGH,
    LOW,
    MEDIUM,
    PUBLIC,
    RESTRICTED,
    UNKNOWN,
    Item,
    Problem,
    snippet,
)
from ai_exposure.parsing import Options

ME_ID, ME = "4000000001", "sample_heron"
OTHER_ID, OTHER = "4000000002", "otter_example"
HISTORY = "data/protected-history.js"
EMPTY_EVIDENCE = (
    f"{HISTORY} is empty: no Protect/Unprotect in the last six months (the archive keeps "
    "only six months); assumed public"
)


def js(name: str, items: object, part: int = 0) -> str:
    """A data file as the 2022+ archives write it."""
    body = json.dumps(items, indent=2, separators=(",", " : "), ensure_ascii=False)
    return f"window.YTD.{name}.part{part} = {body}"


def tweet(tweet_id: str, created: str, text: str, **extra: object) -> dict:
    t = {
        "edit_info": {"initial": {"editTweetIds": [tweet_id], "editsRemaining": "5", "isEditEligible": True}},
        "retweeted": False,
        "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
        "display_text_range": ["0", str(len(text))],
        "favorite_count": "0",
        "id_str": tweet_id,
        "truncated": False,
        "retweet_count": "0",
        "id": tweet_id,
        "created_at": created,
        "favorited": False,
        "full_text": text,
        "lang": "en",
    }
    t.update(extra)
    return t


def reply(to_status: str, to_user: str, to_name: str) -> dict:
    return {
        "in_reply_to_status_id_str": to_status,
        "in_reply_to_status_id": to_status,
        "in_reply_to_user_id": to_user,
        "in_reply_to_user_id_str": to_user,
        "in_reply_to_screen_name": to_name,
    }


def ctx_for(options: Options | None = None, privacy: x.AccountPrivacy | None = None, **state: object):
    ctx = context_for(x.SPEC, options=options)
    owner = {"account_id": ME_ID, "handle": ME, "privacy": privacy or x.account_privacy([], HISTORY, None)}
    ctx.state = replace(ctx.state, **{**owner, **state})
    ctx.info.owner_id = ME_ID
    return ctx


def akey(kind: str, *fields: str) -> str:
    """The key of an item scoped by the test account (Context.account_key)."""
    return ctx_for().account_key(kind, *fields)


def handle(tmp_path: Path, relpath: str, content: str, ctx=None) -> list[Item | Problem]:
    member = member_for(tmp_path, relpath, content)
    route = x.SPEC.route_for(relpath)
    assert route is not None and route.handler is not None
    return list(route.handler(member, ctx or ctx_for()))


def post(
    key_id: str,
    created: datetime | None,
    text: str,
    kind: str = "post",
    source: str = "data/tweets.js",
    **extra: object,
) -> Item:
    values = dict(
        platform="x",
        kind=kind,
        key=f"x:tweet:{key_id}",
        created_at=created,
        visibility=PUBLIC,
        evidence=EMPTY_EVIDENCE,
        confidence=MEDIUM,
        source_file=source,
        text=text,
        url=f"https://x.com/{ME}/status/{key_id}",
        own=kind != "repost",
    )
    values.update(extra)
    return Item(**values)


# ---------------------------------------------------------------- tweets


def test_tweets_each_kind_is_exact(tmp_path):
    media = [{"id_str": "9001", "type": "photo"}, {"id_str": "9002", "type": "photo"}]
    rows = [
        {
            "tweet": tweet(
                "101",
                "Tue Mar 05 14:02:11 +0000 2024",
                "Herons &amp; egrets &lt;3 #birds",
                extended_entities={"media": media},
                entities={"media": media[:1]},
            )
        },
        {
            "tweet": tweet(
                "102",
                "Tue Mar 05 15:00:00 +0000 2024",
                "@otter_example agreed",
                **reply("55", OTHER_ID, OTHER),
            )
        },
        {"tweet": tweet("103", "Tue Mar 05 15:01:00 +0000 2024", "2/2 and more", **reply("101", ME_ID, ME))},
        {"tweet": tweet("104", "Wed Mar 06 10:00:00 +0000 2024", "RT @otter_example: otters &amp; rivers…")},
        {
            "tweet": tweet(
                "105",
                "Wed Mar 06 11:00:00 +0000 2024",
                "So true https://t.co/q",
                entities={
                    "hashtags": [],
                    "symbols": [],
                    "user_mentions": [],
                    "urls": [
                        {
                            "url": "https://t.co/q",
                            "expanded_url": "https://twitter.com/otter_example/status/77",
                        }
                    ],
                },
            )
        },
    ]
    out = handle(tmp_path, "data/tweets.js", js("tweets", rows))
    assert out == [
        post("101", datetime(2024, 3, 5, 14, 2, 11, tzinfo=UTC), "Herons & egrets <3 #birds", media_count=2),
        post("102", datetime(2024, 3, 5, 15, 0, tzinfo=UTC), "@otter_example agreed", kind="comment"),
        post("103", datetime(2024, 3, 5, 15, 1, tzinfo=UTC), "2/2 and more"),
        post(
            "104",
            datetime(2024, 3, 6, 10, 0, tzinfo=UTC),
            "RT @otter_example: otters & rivers…",
            kind="repost",
        ),
        post("105", datetime(2024, 3, 6, 11, 0, tzinfo=UTC), "So true https://t.co/q"),
    ]


def test_tweets_2019_bare_objects_and_2020_first_line_style(tmp_path):
    # 2020 style: `= [ {` on the first line; some 2019 files have no {"tweet": …} wrapper.
    content = (
        "window.YTD.tweet.part0 = [ "
        + json.dumps(tweet("7", "Sat Nov 30 08:15:00 +0000 2019", "hi"), separators=(",", " : "))
        + " ]"
    )
    out = handle(tmp_path, "tweet.js", content)
    assert out == [post("7", datetime(2019, 11, 30, 8, 15, tzinfo=UTC), "hi", source="tweet.js")]


EARLIER = (f"{EMPTY_EVIDENCE}; data/tweets.js: an earlier version of an edited post; X shows it in the "
           "post's edit history")


def test_every_version_of_an_edited_tweet_is_an_item_and_the_earlier_ones_say_so(tmp_path):
    ids = ["201", "202"]
    first = tweet(
        "201", "Thu Mar 07 09:00:00 +0000 2024", "count: 3", edit_info={"initial": {"editTweetIds": ids}}
    )
    second = tweet(
        "202",
        "Thu Mar 07 09:10:00 +0000 2024",
        "count: 4",
        edit_info={"edit": {"initialTweetId": "201", "editControlInitial": {"editTweetIds": ids}}},
    )
    out = handle(tmp_path, "data/tweets.js", js("tweets", [{"tweet": first}, {"tweet": second}]))
    assert out == [
        post("201", datetime(2024, 3, 7, 9, 0, tzinfo=UTC), "count: 3", evidence=EARLIER),
        post("202", datetime(2024, 3, 7, 9, 10, tzinfo=UTC), "count: 4"),
    ]


def test_an_edited_post_whose_newest_version_is_missing_keeps_its_older_versions(tmp_path):
    # The chain has three versions; the archive holds the first two (newest first, as X writes them).
    ids = ["301", "302", "303"]
    first = tweet("301", "Thu Mar 07 09:00:00 +0000 2024", "draft one",
                  edit_info={"initial": {"editTweetIds": ids}})
    second = tweet("302", "Thu Mar 07 09:05:00 +0000 2024", "draft two",
                   edit_info={"edit": {"initialTweetId": "301", "editControlInitial": {"editTweetIds": ids}}})
    plain = tweet("400", "Fri Mar 08 10:00:00 +0000 2024", "another post")
    out = handle(tmp_path, "data/tweets.js",
                 js("tweets", [{"tweet": second}, {"tweet": plain}, {"tweet": first}]))
    assert out == [
        post("302", datetime(2024, 3, 7, 9, 5, tzinfo=UTC), "draft two", evidence=EARLIER),
        post("400", datetime(2024, 3, 8, 10, 0, tzinfo=UTC), "another post"),
        post("301", datetime(2024, 3, 7, 9, 0, tzinfo=UTC), "draft one", evidence=EARLIER),
    ]
    assert not [o for o in out if isinstance(o, Problem)]


def test_bogus_year_is_kept_without_a_date_and_flagged(tmp_path):
    out = handle(
        tmp_path,
        "data/tweets.js",
        js("tweets", [{"tweet": tweet("301", "Wed Jan 01 00:00:00 +0000 1997", "old?")}]),
    )
    assert out == [
        Problem(
            "data/tweets.js",
            "record 1",
            "tweet dated 1997, before X existed (a known export bug): kept without a date",
            "warning",
        ),
        post("301", None, "old?"),
    ]


def test_malformed_records_are_reported_and_the_rest_kept(tmp_path):
    rows = [
        {"tweet": tweet("401", "Tue Mar 05 14:02:11 +0000 2024", "one")},
        "not an object",
        {"tweet": {"full_text": "no id", "created_at": "Tue Mar 05 14:02:11 +0000 2024"}},
        {"tweet": tweet("404", "Tue Mar 05 14:02:12 +0000 2024", "four")},
    ]
    out = handle(tmp_path, "data/tweets.js", js("tweets", rows))
    assert [o.key if isinstance(o, Item) else (o.place, o.reason) for o in out] == [
        "x:tweet:401",
        ("record 2", "not a tweet object: skipped"),
        ("record 3", "tweet without an id: skipped"),
        "x:tweet:404",
    ]
    # Never the user's text in a problem.
    assert not any("no id" in o.reason for o in out if isinstance(o, Problem))


def test_truncated_tweets_file_keeps_the_records_before_the_break(tmp_path):
    full = js(
        "tweets",
        [{"tweet": tweet(str(500 + i), "Tue Mar 05 14:02:11 +0000 2024", f"n{i}")} for i in range(3)],
    )
    cut = full[: full.index('"n2"') + 2]  # ends inside the third record
    out = handle(tmp_path, "data/tweets.js", cut)
    assert [o.key for o in out if isinstance(o, Item)] == ["x:tweet:500", "x:tweet:501"]
    problems = [o for o in out if isinstance(o, Problem)]
    assert len(problems) == 1 and problems[0].place == "record 3"
    assert problems[0].file == "data/tweets.js" and "n2" not in problems[0].reason


def test_a_record_the_reader_walked_over_is_reported_at_its_number(tmp_path, monkeypatch):
    from ai_exposure.readers import SkippedRecord

    good = {"tweet": tweet("450", "Tue Mar 05 14:02:11 +0000 2024", "fine")}
    skipped = SkippedRecord(1, "a record of 90,000,000 characters, too large")
    monkeypatch.setattr(x, "records", lambda member, prefix="item", wanted=None: iter([skipped, good]))
    out = handle(tmp_path, "data/tweets.js", "unused")
    assert out == [
        Problem("data/tweets.js", "record 1", "a record of 90,000,000 characters, too large: skipped"),
        post("450", datetime(2024, 3, 5, 14, 2, 11, tzinfo=UTC), "fine"),
    ]


def test_circle_and_community_duplicates_are_left_to_their_own_files(tmp_path):
    rows = [{"tweet": tweet(i, "Tue Mar 05 14:02:11 +0000 2024", "t" + i)} for i in ("601", "602", "603")]
    ctx = ctx_for(circle_ids={"601"}, community_ids={"602"})
    out = handle(tmp_path, "data/tweets.js", js("tweets", rows), ctx)
    assert [o.key for o in out] == ["x:tweet:603"]


def test_circle_tweets_are_restricted(tmp_path):
    out = handle(
        tmp_path,
        "data/twitter-circle-tweet.js",
        js("twitter_circle_tweet", [{"tweet": tweet("601", "Tue Mar 05 14:02:11 +0000 2024", "inner")}]),
    )
    assert out == [
        post(
            "601",
            datetime(2024, 3, 5, 14, 2, 11, tzinfo=UTC),
            "inner",
            source="data/twitter-circle-tweet.js",
            visibility=RESTRICTED,
            confidence=HIGH,
            evidence="data/twitter-circle-tweet.js: shared with your Twitter Circle only",
            audience="circle",
            was_public=False,
        )
    ]


def test_community_tweets_are_public_with_medium_confidence(tmp_path):
    t = tweet(
        "602",
        "Mon Mar 11 09:00:00 +0000 2024",
        "plans",
        community_id="77",
        community_id_str="77",
        scopes={"followers": False},
    )
    t.pop("edit_info")
    out = handle(tmp_path, "data/community-tweet.js", js("community_tweet", [{"tweet": t}]))
    assert out == [
        post(
            "602",
            datetime(2024, 3, 11, 9, 0, tzinfo=UTC),
            "plans",
            source="data/community-tweet.js",
            confidence=MEDIUM,
            audience="community",
            evidence="data/community-tweet.js: posted in an X Community; Communities are "
            "public (private ones are not documented)",
        )
    ]


def test_deleted_tweets_are_restricted_and_were_public(tmp_path):
    out = handle(
        tmp_path,
        "data/deleted-tweets.js",
        js("deleted_tweets", [{"tweet": tweet("701", "Tue Nov 12 08:00:00 +0000 2024", "oops")}]),
    )
    assert out == [
        post(
            "701",
            datetime(2024, 11, 12, 8, 0, tzinfo=UTC),
            "oops",
            source="data/deleted-tweets.js",
            visibility=RESTRICTED,
            confidence=HIGH,
            evidence="data/deleted-tweets.js: deleted by you (X keeps deleted posts about 14 days)",
            was_public=True,
        )
    ]


def test_route_names_match_whole_basenames():
    assert x.SPEC.route_for("data/deleted-tweets.js").handler is x.parse_deleted_tweets
    assert x.SPEC.route_for("data/tweets-part12.js").handler is x.parse_tweets
    assert x.SPEC.route_for("data/tweet-part1.js").handler is x.parse_tweets
    assert x.SPEC.route_for("data/tweet-headers.js").handler is None
    assert x.SPEC.route_for("data/deleted_tweets_media/1-a.jpg").handler is None
    assert x.SPEC.route_for("data/tweets_media/1-a.jpg").handler is None
    assert x.SPEC.route_for("data/direct-message-part2.js").handler is x.parse_direct_messages
    assert x.SPEC.route_for("data/direct-messages-group-part1.js").handler is x.parse_direct_messages
    assert x.SPEC.route_for("data/brand-new-thing.js") is None


# Every file name of the formats doc's inventory (A2) and the other names it mentions.
INVENTORY = [
    "tweets.js",
    "tweet.js",
    "tweets-part1.js",
    "tweet-part1.js",
    "note-tweet.js",
    "community-tweet.js",
    "twitter-circle-tweet.js",
    "twitter-circle.js",
    "twitter-circle-member.js",
    "deleted-tweets.js",
    "deleted-note-tweet.js",
    "tweet-headers.js",
    "deleted-tweet-headers.js",
    "like.js",
    "like-part1.js",
    "direct-messages.js",
    "direct-messages-group.js",
    "direct-message-headers.js",
    "direct-message-group-headers.js",
    "direct-messages-part1.js",
    "direct-message-part1.js",
    "account.js",
    "profile.js",
    "protected-history.js",
    "screen-name-change.js",
    "lists-created.js",
    "lists-member.js",
    "lists-subscribed.js",
    "moment.js",
    "spaces-metadata.js",
    "article.js",
    "twitter-article.js",
    "article-metadata.js",
    "twitter-article-metadata.js",
    "community-note.js",
    "birdwatch-note.js",
    "community-note-rating.js",
    "community-note-tombstone.js",
    "birdwatch-note-rating.js",
    "grok-chat-item.js",
    "fleet.js",
    "periscope-comments-made-by-user.js",
    "periscope-profile-description.js",
    "periscope-account-information.js",
    "reply-prompt.js",
    "saved-search.js",
    "follower.js",
    "following.js",
    "follower-part1.js",
    "following-part1.js",
    "block.js",
    "mute.js",
    "direct-message-mute.js",
    "smartblock.js",
    "verified.js",
    "account-label.js",
    "professional-data.js",
    "expanded-profile.js",
    "phone-number.js",
    "email-address-change.js",
    "ip-audit.js",
    "account-creation-ip.js",
    "ageinfo.js",
    "personalization.js",
    "ad-engagements.js",
    "ad-impressions.js",
    "device-token.js",
    "ni-devices.js",
    "connected-application.js",
    "contact.js",
    "sso.js",
    "key-registry.js",
    "audio-video-calls-in-dm.js",
    "ads-revenue-sharing.js",
    "verified-organization.js",
    "tweetdeck.js",
    "shop-module.js",
    "product-drop.js",
    "community-note-batsignal.js",
    "user-link-clicks.js",
    "app.js",
    "account-suspension.js",
    "manifest.js",
    "README.txt",
]
MEDIA = [
    "tweets_media",
    "tweet_media",
    "direct_messages_media",
    "direct_messages_group_media",
    "direct_message_media",
    "direct_message_group_media",
    "community_tweet_media",
    "deleted_tweets_media",
    "twitter_circle_tweet_media",
    "moments_media",
    "moments_tweets_media",
    "profile_media",
    "spaces_media",
    "periscope_broadcast_media",
    "fleet_media",
]


@pytest.mark.parametrize("name", INVENTORY + [f"{m}/123-abc.jpg" for m in MEDIA])
def test_every_documented_file_has_a_route(name):
    route = x.SPEC.route_for(f"data/{name}")
    assert route is not None and route.what
    for top in ("Your archive.html", "assets/js/main.js", "assets/fonts/a.woff"):
        assert x.SPEC.route_for(top) is not None


# ---------------------------------------------------------------- long posts

NOTE = "A long post about herons. " * 15


def test_note_tweets_link_by_second_and_prefix_and_the_rest_are_own_posts(tmp_path):
    truncated = NOTE[:270].rstrip() + "… https://t.co/n1"
    notes = [
        {
            "noteTweet": {
                "noteTweetId": "n-linked",
                "createdAt": "2024-03-09T15:58:50.000Z",
                "core": {"text": NOTE, "urls": [], "hashtags": []},
            }
        },
        {
            "noteTweet": {
                "noteTweetId": "n-alone",
                "createdAt": "2024-04-01T10:00:00.000Z",
                "core": {"text": "Alone &amp; long", "urls": []},
            }
        },
    ]
    tree = write_tree(
        tmp_path / "a",
        {
            "data/note-tweet.js": js("note_tweet", notes),
            "data/tweets.js": js(
                "tweets", [{"tweet": tweet("801", "Sat Mar 09 15:58:50 +0000 2024", truncated)}]
            ),
        },
    )
    from ai_exposure.archive import FolderContainer

    members = FolderContainer(tree).members()
    for m in members:
        m.relpath = m.path
    ctx = context_for(x.SPEC, members)
    ctx.state.account_id, ctx.state.handle = ME_ID, ME
    assert list(x.prepare(ctx)) == []
    tweets = list(x.parse_tweets(next(m for m in members if m.path.endswith("tweets.js")), ctx))
    notes_out = list(x.parse_note_tweets(next(m for m in members if m.path.endswith("note-tweet.js")), ctx))
    privacy = x.account_privacy(None, "", None)
    assert tweets == [
        post(
            "801",
            datetime(2024, 3, 9, 15, 58, 50, tzinfo=UTC),
            NOTE,
            evidence=privacy.evidence,
            confidence=LOW,
        )
    ]
    assert notes_out == [
        Item(
            platform="x",
            kind="post",
            key="x:note:n-alone",
            created_at=datetime(2024, 4, 1, 10, tzinfo=UTC),
            visibility=PUBLIC,
            confidence=LOW,
            source_file="data/note-tweet.js",
            text="Alone & long",
            evidence=privacy.evidence + "; data/note-tweet.js: long post not matched to a tweet",
        )
    ]


def test_deleted_note_tweets_are_restricted(tmp_path):
    rows = [
        {
            "noteTweet": {
                "noteTweetId": "n9",
                "createdAt": "2024-11-01T00:00:00.000Z",
                "core": {"text": "gone"},
            }
        }
    ]
    out = handle(tmp_path, "data/deleted-note-tweet.js", js("deleted_note_tweet", rows))
    assert out == [
        Item(
            platform="x",
            kind="post",
            key="x:note:n9",
            created_at=datetime(2024, 11, 1, tzinfo=UTC),
            visibility=RESTRICTED,
            confidence=HIGH,
            source_file="data/deleted-note-tweet.js",
            evidence="data/deleted-note-tweet.js: deleted by you (X keeps deleted posts about 14 days)",
            text="gone",
            was_public=True,
        )
    ]


# ---------------------------------------------------------------- likes, graph, messages


def test_likes(tmp_path):
    rows = [
        {
            "like": {
                "tweetId": "11",
                "fullText": "a &amp; b",
                "expandedUrl": "https://twitter.com/i/web/status/11",
            }
        },
        {"like": {"tweetId": "12"}},
        {"like": {}},
    ]
    out = handle(tmp_path, "data/like-part1.js", js("like", rows, 1))
    ev = "data/like-part1.js: likes are private on X since June 2024"
    assert out == [
        Item(
            platform="x",
            kind="reaction",
            key=akey("reaction", "like", "11"),
            created_at=None,
            visibility=RESTRICTED,
            evidence=ev,
            confidence=HIGH,
            source_file="data/like-part1.js",
            text="a & b",
            url="https://twitter.com/i/web/status/11",
            own=False,
        ),
        Item(
            platform="x",
            kind="reaction",
            key=akey("reaction", "like", "12"),
            created_at=None,
            visibility=RESTRICTED,
            evidence=ev,
            confidence=HIGH,
            source_file="data/like-part1.js",
            url="https://x.com/i/web/status/12",
            own=False,
        ),
        Problem("data/like-part1.js", "record 3", "like without a tweet id: skipped"),
    ]


@pytest.mark.parametrize(("name", "own"), [("follower", False), ("following", True)])
@pytest.mark.parametrize("protected", [False, True])
def test_follower_and_following(tmp_path, name, own, protected):
    """X shows both lists on the profile: to everyone on a public account, to approved followers once
    it is protected (the one rule for connection lists, model.connection_visibility)."""
    rows = [{name: {"accountId": "77", "userLink": "https://twitter.com/intent/user?user_id=77"}}]
    privacy = x.account_privacy([(datetime(2024, 6, 15, tzinfo=UTC), "protect")] if protected else [],
                                HISTORY, None)
    out = handle(tmp_path, f"data/{name}.js", js(name, rows), ctx_for(privacy=privacy))
    assert out == [
        Item(
            platform="x",
            kind="connection",
            key=akey("connection", name, "77"),
            created_at=None,
            visibility=RESTRICTED if protected else PUBLIC,
            confidence=privacy.confidence,
            source_file=f"data/{name}.js",
            evidence=f"data/{name}.js: X shows who you follow and who follows you on your profile, to "
                     f"everyone unless the account is protected ({privacy.evidence})",
            url="https://twitter.com/intent/user?user_id=77",
            own=own,
        )
    ]


def test_direct_messages_one_to_one_and_group(tmp_path):
    conv = [
        {
            "dmConversation": {
                "conversationId": f"{ME_ID}-{OTHER_ID}",
                "messages": [
                    {
                        "messageCreate": {
                            "recipientId": ME_ID,
                            "reactions": [],
                            "urls": [],
                            "text": "hi &amp; bye",
                            "mediaUrls": ["https://ton.twitter.com/dm/1/2/a.jpg"],
                            "senderId": OTHER_ID,
                            "id": "902",
                            "createdAt": "2024-03-10T07:55:00.000Z",
                        }
                    },
                    {
                        "participantsJoin": {
                            "initiatingUserId": ME_ID,
                            "userIds": ["5"],
                            "createdAt": "2024-03-06T09:00:00.000Z",
                        }
                    },
                    {
                        "messageCreate": {
                            "recipientId": OTHER_ID,
                            "text": "hello",
                            "mediaUrls": [],
                            "senderId": ME_ID,
                            "id": "901",
                            "createdAt": "2024-03-10T07:50:00.000Z",
                        }
                    },
                ],
            }
        }
    ]
    out = handle(tmp_path, "data/direct-messages-group.js", js("direct_messages_group", conv))
    common = dict(
        platform="x",
        kind="message",
        visibility=RESTRICTED,
        confidence=HIGH,
        audience="dm",
        source_file="data/direct-messages-group.js",
        evidence="data/direct-messages-group.js: direct messages are private",
    )
    assert out == [
        Item(
            key=akey("message", "dm", "902"),
            created_at=datetime(2024, 3, 10, 7, 55, tzinfo=UTC),
            text="hi & bye",
            media_count=1,
            own=False,
            **common,
        ),
        Item(
            key=akey("message", "dm", "901"),
            created_at=datetime(2024, 3, 10, 7, 50, tzinfo=UTC),
            text="hello",
            own=True,
            **common,
        ),
    ]



@pytest.mark.slow
def test_a_conversation_larger_than_the_record_limit_is_streamed_message_by_message(tmp_path, monkeypatch):
    # One conversation is one element of the file's top-level array; a heavy one exceeds the limit
    # the reader puts on an element it builds whole (16M characters). Messages are streamed from
    # under the conversation instead, so none is lost: here the limit is lowered to 1,000 characters
    # and the conversation (5,000 messages, ~1.5 MB, past the reader's first 1 MB window) is read.
    from ai_exposure import readers

    monkeypatch.setattr(x, "iter_json_array",
                        lambda fh, prefix="item", wanted=None: readers.iter_json_array(
                            fh, prefix, max_record_chars=1000, wanted=wanted))
    messages = [{"messageCreate": {"recipientId": OTHER_ID, "text": f"message {i} " + "words " * 20,
                                   "mediaUrls": [], "senderId": ME_ID, "id": str(7000000 + i),
                                   "createdAt": "2024-03-10T07:50:00.000Z"}} for i in range(5000)]
    conv = [{"dmConversation": {"conversationId": f"{ME_ID}-{OTHER_ID}", "messages": messages}}]
    content = js("direct_messages", conv)
    assert len(content) > (1 << 20)
    out = handle(tmp_path, "data/direct-messages.js", content, ctx_for(account_id=ME_ID))
    assert not [o for o in out if isinstance(o, Problem)]
    assert [o.key for o in out] == [akey("message", "dm", str(7000000 + i)) for i in range(5000)]
    assert all(o.kind == "message" and o.own for o in out)


# ---------------------------------------------------------------- profile


def test_account_and_profile_are_public_even_when_protected(tmp_path):
    protected = x.account_privacy([(datetime(2024, 5, 1, tzinfo=UTC), "protect")], HISTORY, None)
    ctx = ctx_for(privacy=protected)
    acc = [
        {
            "account": {
                "email": "heron@example.com",
                "username": ME,
                "accountId": ME_ID,
                "createdAt": "2012-04-14T22:50:27.601Z",
                "accountDisplayName": "Sample Heron",
            }
        }
    ]
    prof = [
        {
            "profile": {
                "description": {"bio": "Birds.", "website": "https://t.co/s", "location": ""},
                "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1/a.jpg",
            }
        }
    ]
    out = handle(tmp_path, "data/account.js", js("account", acc), ctx) + handle(
        tmp_path, "data/profile.js", js("profile", prof), ctx
    )
    ev_a = "data/account.js: shown on your profile, even when the account is protected"
    ev_p = "data/profile.js: shown on your profile, even when the account is protected"
    common = dict(platform="x", kind="profile", visibility=PUBLIC, confidence=HIGH, audience="profile")
    assert out == [
        Item(
            key=akey("profile", "username"),
            created_at=datetime(2012, 4, 14, 22, 50, 27, 601000, tzinfo=UTC),
            evidence=ev_a,
            source_file="data/account.js",
            text="@sample_heron",
            url="https://x.com/sample_heron",
            **common,
        ),
        Item(
            key=akey("profile", "display_name"),
            created_at=None,
            evidence=ev_a,
            source_file="data/account.js",
            text="Sample Heron",
            **common,
        ),
        Item(
            key=akey("profile", "bio"),
            created_at=None,
            evidence=ev_p,
            source_file="data/profile.js",
            text="Birds.",
            **common,
        ),
        Item(
            key=akey("profile", "website"),
            created_at=None,
            evidence=ev_p,
            source_file="data/profile.js",
            text="https://t.co/s",
            **common,
        ),
    ]
    assert not any("example.com" in i.text for i in out)  # the email is account data, not content


def test_screen_name_change(tmp_path):
    rows = [
        {
            "screenNameChange": {
                "accountId": ME_ID,
                "screenNameChange": {
                    "changedAt": "2013-01-15T19:08:25.000Z",
                    "changedFrom": "old_one",
                    "changedTo": ME,
                },
            }
        }
    ]
    out = handle(tmp_path, "data/screen-name-change.js", js("screen_name_change", rows))
    assert out == [
        Item(
            platform="x",
            kind="profile",
            key=akey("profile", "screen-name", "2013-01-15T19:08:25.000Z", "old_one", ME),
            created_at=datetime(2013, 1, 15, 19, 8, 25, tzinfo=UTC),
            visibility=PUBLIC,
            evidence="data/screen-name-change.js: former handles were shown publicly while in use",
            confidence=MEDIUM,
            source_file="data/screen-name-change.js",
            text="@old_one → @sample_heron",
            audience="profile",
        )
    ]


# ---------------------------------------------------------------- the rarer files


def test_lists_created_are_unknown(tmp_path):
    url = f"https://twitter.com/{ME}/lists/river-birds"
    out = handle(tmp_path, "data/lists-created.js", js("lists_created", [{"userListInfo": {"url": url}}]))
    assert out == [
        Item(
            platform="x",
            kind="other",
            key=akey("other", "list", "river-birds"),
            created_at=None,
            visibility=UNKNOWN,
            confidence=LOW,
            source_file="data/lists-created.js",
            text="river-birds",
            url=url,
            evidence="data/lists-created.js: lists can be public or private and the "
            "export does not say which",
        )
    ]


@pytest.mark.parametrize(
    ("url", "key"),
    [
        (
            "https://twitter.com/sample_heron/lists/River-Birds",
            akey("other", "list", "river-birds"),
        ),
        (
            "https://x.com/heron_renamed/lists/river-birds/",
            akey("other", "list", "river-birds"),
        ),
        ("https://twitter.com/i/lists/1234567890", "x:list:1234567890"),
        ("https://example.com/odd", akey("other", "list", "https://example.com/odd")),
    ],
)
def test_list_keys_survive_a_renamed_handle(url, key):
    assert x.list_key(url, ctx_for()) == key


def test_moments_are_public_with_low_confidence(tmp_path):
    rows = [
        {
            "moment": {
                "momentId": "m1",
                "createdAt": "2017-05-01T10:00:00.000Z",
                "createdBy": ME_ID,
                "title": "Herons",
                "description": "A season",
                "tweets": [],
            }
        }
    ]
    out = handle(tmp_path, "data/moment.js", js("moment", rows))
    assert out == [
        Item(
            platform="x",
            kind="post",
            key="x:moment:m1",
            created_at=datetime(2017, 5, 1, 10, tzinfo=UTC),
            visibility=PUBLIC,
            confidence=LOW,
            source_file="data/moment.js",
            text="Herons\nA season",
            url="https://x.com/i/moments/m1",
            evidence="data/moment.js: Moments were public pages (a retired feature)",
        )
    ]


def test_articles_take_visibility_from_their_metadata(tmp_path):
    meta = [
        {"articleMetadata": {"articleId": "a1", "visibility": "Published"}},
        {"articleMetadata": {"articleId": "a2", "visibility": "Draft"}},
    ]
    articles = [
        {"article": {"id": i, "title": f"T{i}", "content": {"blocks": [{"text": "Body"}]}}}
        for i in ("a1", "a2", "a3")
    ]
    tree = write_tree(
        tmp_path / "a",
        {
            "data/article-metadata.js": js("article_metadata", meta),
            "data/article.js": js("article", articles),
        },
    )
    from ai_exposure.archive import FolderContainer

    members = FolderContainer(tree).members()
    for m in members:
        m.relpath = m.path
    ctx = context_for(x.SPEC, members)
    assert list(x.prepare(ctx)) == []
    out = list(x.parse_articles(next(m for m in members if m.path == "data/article.js"), ctx))
    common = dict(platform="x", kind="article", created_at=None, source_file="data/article.js")
    assert out == [
        Item(
            key="x:article:a1",
            visibility=PUBLIC,
            evidence="data/article-metadata.js: visibility Published",
            confidence=HIGH,
            text="Ta1\nBody",
            **common,
        ),
        Item(
            key="x:article:a2",
            visibility=RESTRICTED,
            confidence=HIGH,
            text="Ta2\nBody",
            evidence="data/article-metadata.js: visibility Draft (not published)",
            **common,
        ),
        Item(
            key="x:article:a3",
            visibility=UNKNOWN,
            confidence=LOW,
            text="Ta3\nBody",
            evidence="no article-metadata.js entry for this article: published or draft is unknown",
            **common,
        ),
    ]


def test_community_notes(tmp_path):
    rows = [
        {
            "communityNote": {
                "noteId": "cn1",
                "userId": ME_ID,
                "createdAt": "2024-02-01T00:00:00.000Z",
                "tweetId": "5",
                "summary": "Context: herons &amp; egrets differ.",
            }
        }
    ]
    out = handle(tmp_path, "data/birdwatch-note.js", js("birdwatch_note", rows))
    assert out == [
        Item(
            platform="x",
            kind="comment",
            key="x:community-note:cn1",
            created_at=datetime(2024, 2, 1, tzinfo=UTC),
            visibility=PUBLIC,
            confidence=MEDIUM,
            source_file="data/birdwatch-note.js",
            text="Context: herons &amp; egrets differ.",
            url="https://x.com/i/birdwatch/n/cn1",
            audience="community notes",
            evidence="data/birdwatch-note.js: Community Notes are shown publicly under an alias "
            "(notes not yet rated helpful may be seen by contributors only)",
        )
    ]


def test_grok_chats_fleets_spaces_periscope_reply_prompts_saved_searches(tmp_path):
    grok = handle(
        tmp_path,
        "data/grok-chat-item.js",
        js(
            "grok_chat_item",
            [
                {
                    "grokChatItem": {
                        "chatId": "c1",
                        "createdAt": "2024-08-01T10:00:00.000Z",
                        "sender": "User",
                        "message": "How long do herons live?",
                    }
                }
            ],
        ),
    )
    assert grok == [
        Item(
            platform="x",
            kind="message",
            key=akey("message", "grok", "c1", "2024-08-01T10:00:00.000Z", "user"),
            created_at=datetime(2024, 8, 1, 10, tzinfo=UTC),
            visibility=RESTRICTED,
            confidence=HIGH,
            source_file="data/grok-chat-item.js",
            text="How long do herons live?",
            audience="grok",
            evidence="data/grok-chat-item.js: conversations with Grok are private",
        )
    ]
    fleets = handle(
        tmp_path,
        "data/fleet.js",
        js(
            "fleet",
            [{"fleet": {"fleetId": "f1", "text": "gone soon", "createdAt": "2020-12-01T00:00:00.000Z"}}],
        ),
    )
    assert fleets == [
        Item(
            platform="x",
            kind="story",
            key="x:fleet:f1",
            created_at=datetime(2020, 12, 1, tzinfo=UTC),
            visibility=RESTRICTED,
            confidence=HIGH,
            source_file="data/fleet.js",
            text="gone soon",
            evidence="data/fleet.js: Fleets disappeared after 24 hours (a feature of 2020–21)",
        )
    ]
    spaces = handle(
        tmp_path,
        "data/spaces-metadata.js",
        js(
            "spaces_metadata",
            [
                {
                    "spacesMetadata": {
                        "id": "1sp",
                        "creatorUserId": ME_ID,
                        "hostUserIds": [ME_ID],
                        "createdAt": "2022-01-01T00:00:00.000Z",
                    }
                }
            ],
        ),
    )
    assert spaces == [
        Item(
            platform="x",
            kind="other",
            key=akey("other", "space", "1sp"),
            created_at=datetime(2022, 1, 1, tzinfo=UTC),
            visibility=PUBLIC,
            confidence=MEDIUM,
            source_file="data/spaces-metadata.js",
            url="https://x.com/i/spaces/1sp",
            evidence="data/spaces-metadata.js: Spaces were public audio; only their metadata is "
            "here, no text",
        )
    ]
    peri = handle(
        tmp_path,
        "data/periscope-comments-made-by-user.js",
        js(
            "periscope_comments_made_by_user",
            [
                {
                    "periscopeCommentsMadeByUser": {
                        "broadcastId": "b1",
                        "createdAt": "2016-01-01T00:00:00.000Z",
                        "text": "great view",
                    }
                }
            ],
        ),
    )
    assert peri == [
        Item(
            platform="x",
            kind="comment",
            key=akey("comment", "periscope", "b1", "2016-01-01T00:00:00.000Z", "great view"),
            created_at=datetime(2016, 1, 1, tzinfo=UTC),
            visibility=PUBLIC,
            confidence=LOW,
            source_file="data/periscope-comments-made-by-user.js",
            text="great view",
            audience="periscope",
            evidence="data/periscope-comments-made-by-user.js: comments in a live Periscope "
            "broadcast's public chat",
        )
    ]
    prompts = handle(
        tmp_path,
        "data/reply-prompt.js",
        js(
            "reply_prompt",
            [
                {
                    "replyPrompt": {
                        "id": "r1",
                        "proposedTweetText": "you are wrong",
                        "createdAt": "2021-01-01T00:00:00.000Z",
                    }
                },
                {"replyPrompt": {}},
            ],
        ),
    )
    assert prompts == [
        Item(
            platform="x",
            kind="other",
            key="x:reply-prompt:r1",
            created_at=datetime(2021, 1, 1, tzinfo=UTC),
            visibility=RESTRICTED,
            confidence=HIGH,
            source_file="data/reply-prompt.js",
            text="you are wrong",
            evidence="data/reply-prompt.js: a reply X warned you about before posting; it may "
            "never have been posted",
        )
    ]


# ---------------------------------------------------------------- Grailbird (≤ 2018)


def test_grailbird_month_file(tmp_path):
    rows = [
        {
            "id_str": "710000000000000001",
            "id": 710000000000000001,
            "text": "a &amp; b",
            "created_at": "2016-03-10 08:00:00 +0000",
            "entities": {"media": []},
            "user": {"screen_name": ME, "protected": True, "id_str": ME_ID},
        },
        {
            "id_str": "710000000000000002",
            "id": 710000000000000002,
            "text": "RT @otter_example: hi",
            "created_at": "2016-03-11 08:00:00 +0000",
            "retweeted_status": {"id_str": "1"},
            "user": {"screen_name": ME, "protected": False, "id_str": ME_ID},
        },
    ]
    content = "Grailbird.data.tweets_2016_03 = \n " + json.dumps(rows, separators=(",", " : "))
    out = handle(tmp_path, "data/js/tweets/2016_03.js", content)
    src = "data/js/tweets/2016_03.js"
    assert out == [
        post(
            "710000000000000001",
            datetime(2016, 3, 10, 8, tzinfo=UTC),
            "a & b",
            source=src,
            visibility=RESTRICTED,
            confidence=MEDIUM,
            evidence=f"{src}: user.protected true (as of this archive's date)",
        ),
        post(
            "710000000000000002",
            datetime(2016, 3, 11, 8, tzinfo=UTC),
            "RT @otter_example: hi",
            kind="repost",
            source=src,
            confidence=MEDIUM,
            evidence=f"{src}: user.protected false (as of this archive's date)",
        ),
    ]


GRAILBIRD_CSV = (
    '"tweet_id","in_reply_to_status_id","in_reply_to_user_id","timestamp","source","text",'
    '"retweeted_status_id","retweeted_status_user_id","retweeted_status_timestamp","expanded_urls"\n'
    '"720000000000000001","","","2016-04-02 18:00:00 +0000","","Evening light &amp; water.","","","",""\n'
    f'"720000000000000002","710000000000000009","{ME_ID}","2016-04-03 18:00:00 +0000","","a thread",'
    '"","","",""\n'
    '"720000000000000003","","","2016-04-04 18:00:00 +0000","","RT @otter_example: hi","42","7","",""\n'
    '"","","","2016-04-05 18:00:00 +0000","","no id","","","",""\n'
)


def test_grailbird_tweets_csv_on_its_own_is_itemised_with_unknown_visibility(tmp_path):
    out = handle(tmp_path, "tweets.csv", GRAILBIRD_CSV)
    evidence = "tweets.csv: no user.protected column; the account may have been protected"
    common = dict(source="tweets.csv", visibility=UNKNOWN, confidence=LOW, evidence=evidence)
    assert out == [
        post("720000000000000001", datetime(2016, 4, 2, 18, tzinfo=UTC), "Evening light & water.", **common),
        post("720000000000000002", datetime(2016, 4, 3, 18, tzinfo=UTC), "a thread", **common),
        post("720000000000000003", datetime(2016, 4, 4, 18, tzinfo=UTC), "RT @otter_example: hi",
             kind="repost", **common),
        Problem("tweets.csv", "line 5", "tweet without an id: skipped"),
    ]


def test_grailbird_tweets_csv_beside_the_month_files_adds_only_the_tweets_they_lack(tmp_path):
    # The month files (parsed first) hold two of the spreadsheet's three tweets, under the same keys.
    month = tweet("720000000000000001", "Sat Apr 02 18:00:00 +0000 2016", "Evening light &amp; water.",
                  user={"id_str": ME_ID, "screen_name": ME, "protected": False})
    repost = tweet("720000000000000003", "Mon Apr 04 18:00:00 +0000 2016", "RT @otter_example: hi",
                   user={"id_str": ME_ID, "screen_name": ME, "protected": False})
    ctx = ctx_for()
    body = "Grailbird.data.tweets_2016_04 = \n" + json.dumps([month, repost])
    from_months = handle(tmp_path / "m", "data/js/tweets/2016_04.js", body, ctx)
    from_csv = handle(tmp_path, "tweets.csv", GRAILBIRD_CSV, ctx)
    assert [i.key for i in from_months] == ["x:tweet:720000000000000001", "x:tweet:720000000000000003"]
    assert [o.key if isinstance(o, Item) else o.place for o in from_csv] == [
        "x:tweet:720000000000000002", "line 5"]


# ---------------------------------------------------------------- visibility rules (pure)

D1, D2 = datetime(2024, 5, 1, tzinfo=UTC), datetime(2024, 6, 15, tzinfo=UTC)


@pytest.mark.parametrize(
    ("history", "answer", "protected", "confidence", "evidence"),
    [
        (None, None, False, LOW, "no protected-history.js in this archive; assumed public"),
        (None, "bad", False, LOW, f"{HISTORY} could not be read; assumed public"),
        ([], None, False, MEDIUM, EMPTY_EVIDENCE),
        (
            [(D1, "protect")],
            None,
            True,
            HIGH,
            f"{HISTORY}: latest action Protect (2024-05-01); posts are visible to approved followers only",
        ),
        (
            [(D1, "protect"), (D2, "unprotect")],
            None,
            False,
            HIGH,
            f"{HISTORY}: latest action Unprotect (2024-06-15); the account is public",
        ),
        (
            [(D2, "unprotect"), (D1, "protect")],
            None,
            False,
            HIGH,
            f"{HISTORY}: latest action Unprotect (2024-06-15); the account is public",
        ),
        (
            [(D2, "protect"), (D1, "unprotect")],
            None,
            True,
            HIGH,
            f"{HISTORY}: latest action Protect (2024-06-15); posts are visible to approved followers only",
        ),
        (
            [(None, "protect")],
            None,
            True,
            HIGH,
            f"{HISTORY}: latest action Protect; posts are visible to approved followers only",
        ),
        ([], True, True, HIGH, "your answer (--x-protected): the account is protected"),
        ([(D1, "protect")], False, False, HIGH, "your answer (--x-public): the account is public"),
        (None, False, False, HIGH, "your answer (--x-public): the account is public"),
    ],
)
def test_account_privacy(history, answer, protected, confidence, evidence):
    if answer == "bad":  # the file is there but unreadable
        privacy = x.account_privacy(None, HISTORY, None)
    else:
        privacy = x.account_privacy(history, "" if history is None else HISTORY, answer)
    assert (privacy.protected, privacy.confidence, privacy.evidence) == (protected, confidence, evidence)


@pytest.mark.parametrize(
    ("history", "created", "expected"),
    [
        ([], D1, (PUBLIC, MEDIUM, None)),
        ([(D2, "protect")], D1, (RESTRICTED, HIGH, True)),  # posted before protecting: was public until then
        ([(D1, "protect")], D2, (RESTRICTED, HIGH, False)),  # posted while protected: never public
        ([(D1, "protect")], None, (RESTRICTED, HIGH, None)),
        ([(D1, "protect"), (D2, "unprotect")], D1, (PUBLIC, HIGH, None)),
    ],
)
def test_post_visibility(history, created, expected):
    vis, _evidence, confidence, was_public = x.post_visibility(
        x.account_privacy(history, HISTORY, None), created
    )
    assert (vis, confidence, was_public) == expected


@pytest.mark.parametrize(
    ("text", "to_user", "to_name", "replying", "kind"),
    [
        ("hello", "", "", False, "post"),
        ("RT @a: hi", "", "", False, "repost"),
        ("@a yes", OTHER_ID, OTHER, True, "comment"),
        ("more", ME_ID, ME, True, "post"),
        ("more", "", "Sample_Heron", True, "post"),  # no user id: the screen name decides
        ("@a yes", "", "", True, "comment"),  # a reply to a deleted post: someone else's, as far as we know
        ("quoting https://t.co/q", "", "", False, "post"),
    ],
)
def test_tweet_kind(text, to_user, to_name, replying, kind):
    assert x.tweet_kind(text, to_user, to_name, replying, ME_ID, ME) == kind


@pytest.mark.parametrize(
    ("status", "vis", "confidence"),
    [
        ("Published", PUBLIC, HIGH),
        ("published", PUBLIC, HIGH),
        ("Draft", RESTRICTED, HIGH),
        ("", UNKNOWN, LOW),
    ],
)
def test_article_visibility(status, vis, confidence):
    verdict = x.article_visibility(status, "data/article-metadata.js")
    assert (verdict.visibility, verdict.confidence) == (vis, confidence)


def test_tweet_date_fast_path_matches_the_general_reader():
    from ai_exposure.readers import parse_x_date

    for value in (
        "Tue Mar 05 14:02:11 +0000 2024",
        "Sat Nov 09 12:14:18 +0000 2024",
        "Mon Jan 01 00:00:00 +0000 2007",
    ):
        assert x.tweet_date(value) == parse_x_date(value)
    assert x.tweet_date("2024-03-05T14:02:11.000Z") == datetime(2024, 3, 5, 14, 2, 11, tzinfo=UTC)
    assert x.tweet_date("Xyz Foo 99 99:99:99 +0000 2024") is None
    assert x.tweet_date(None) is None


# ---------------------------------------------------------------- prepare


def test_prepare_reads_account_manifest_and_protected_history(tmp_path):
    tree = write_tree(
        tmp_path / "a",
        {
            "data/manifest.js": "window.__THAR_CONFIG = "
            + json.dumps(
                {
                    "userInfo": {"accountId": ME_ID, "userName": ME},
                    "archiveInfo": {"generationDate": "2024-11-16T10:20:30.123Z", "isPartialArchive": False},
                    "dataTypes": {
                        "tweets": {
                            "files": [
                                {"fileName": "data/tweets.js", "count": "3"},
                                {"fileName": "data/tweets-part1.js", "count": "2"},
                            ]
                        }
                    },
                }
            ),
            "data/account.js": js("account", [{"account": {"username": "renamed", "accountId": ME_ID}}]),
            "data/protected-history.js": js(
                "protected_history",
                [
                    {"protectedHistory": {"protectedAt": "2024-06-15T18:30:00.000Z", "action": "Protect"}},
                    {"protectedHistory": {"protectedAt": "2024-05-01T10:00:00.000Z", "action": "Unprotect"}},
                ],
            ),
            "data/tweets.js": js("tweets", []),
        },
    )
    from ai_exposure.archive import FolderContainer

    members = FolderContainer(tree).members()
    for m in members:
        m.relpath = m.path
    ctx = context_for(x.SPEC, members)
    problems = list(x.prepare(ctx))
    assert problems == [
        Problem(
            "data/tweets-part1.js",
            "manifest.js",
            "listed in the manifest with records, but not in the archive (an incomplete download?)",
            "warning",
        )
    ]
    assert ctx.info.account == "@renamed"
    assert ctx.info.export_date == datetime(2024, 11, 16, 10, 20, 30, 123000, tzinfo=UTC)
    assert ctx.state.account_id == ME_ID
    privacy = ctx.state.privacy
    assert privacy.protected and privacy.protected_since == datetime(2024, 6, 15, 18, 30, tzinfo=UTC)
    assert ctx.info.caveats == []


# ---------------------------------------------------------------- end to end over the samples

ERAS = ("2014-grailbird-no-csv", "2016-grailbird", "2020", "2022", "2024", "2026")


def rows(analysis) -> list[tuple]:
    return [
        (
            i.key,
            i.kind,
            i.created_at,
            i.visibility,
            i.evidence,
            i.confidence,
            i.source_file,
            i.text,
            i.media_count,
            i.url,
            i.audience,
            i.was_public,
            i.own,
        )
        for i in analysis.store.query(order="key")
    ]


@pytest.mark.parametrize("era", ERAS)
def test_folder_zip_and_tgz_give_the_same_items(tmp_path, era):
    folder = SAMPLES / "x" / era
    z = zip_tree(folder, tmp_path / f"{era}.zip")
    t = tgz_tree(folder, tmp_path / f"{era}.tgz")
    results = [rows(run([p], tmp_path)) for p in (folder, z, t)]
    assert results[0] and results[0] == results[1] == results[2]


def test_an_archive_zipped_one_level_deeper_is_found(tmp_path):
    z = zip_tree(SAMPLES / "x" / "2024", tmp_path / "rezipped.zip", prefix="twitter-2024-11-16-8b2d/")
    analysis = run([z], tmp_path)
    (src,) = analysis.sources
    assert (src.platform, src.info.root, src.info.account) == (
        "x",
        "twitter-2024-11-16-8b2d",
        "@sample_heron",
    )
    assert rows(analysis) == rows(run([SAMPLES / "x" / "2024"], tmp_path))


@pytest.mark.parametrize(
    ("era", "unknown"),
    [("2014-grailbird-no-csv", []), ("2016-grailbird", []), ("2020", ["data/future-feature.js"]),
     ("2022", []), ("2024", []), ("2026", [])],
)
def test_every_sample_file_is_parsed_or_ignored(tmp_path, era, unknown):
    (src,) = run([SAMPLES / "x" / era], tmp_path).sources
    on_disk = sorted(
        p.relative_to(SAMPLES / "x" / era).as_posix() for p in (SAMPLES / "x" / era).rglob("*") if p.is_file()
    )
    assert sorted(f.path for f in src.files) == on_disk
    assert sorted(f.path for f in src.files if f.status == "unknown") == unknown
    assert all(f.what for f in src.files if f.status != "unknown")


def test_sample_2024_items(tmp_path):
    analysis = run([SAMPLES / "x" / "2024"], tmp_path)
    (src,) = analysis.sources
    items = {i.key: i for i in analysis.store.query()}
    assert src.info.account == "@sample_heron"
    assert src.info.export_date == datetime(2024, 11, 16, 10, 20, 30, 123000, tzinfo=UTC)
    # Posts of September 2023 may have been Circle posts; a 2024 archive cannot tell.
    assert src.info.caveats == [x.CIRCLE_CAVEAT]
    # Both parts of the tweets are merged into one source.
    by_file = {f.path: f.items for f in src.files}
    assert by_file["data/tweets.js"] == 13 and by_file["data/tweets-part1.js"] == 2
    assert {"x:tweet:1700000000000000201", "x:tweet:1760000000000000101"} <= items.keys()
    # Both versions of the edited post: the earlier one stays in its edit history on X.
    assert "an earlier version of an edited post" in items["x:tweet:1760000000000000107"].evidence
    assert "earlier" not in items["x:tweet:1760000000000000108"].evidence
    assert items["x:tweet:1760000000000000108"].text == "Heron count today: 4 (one was hiding)"
    # The long post carries its full text; only the unlinked note is an item of its own.
    assert items["x:tweet:1760000000000000112"].text.startswith("A longer note on building")
    assert "x:note:1760000000000000901" not in items and "x:note:1760000000000000902" in items
    kinds = {k: items[k].kind for k in items if k.startswith("x:tweet:")}
    assert kinds["x:tweet:1760000000000000103"] == "post"  # self-reply thread
    assert kinds["x:tweet:1760000000000000104"] == "comment"
    assert kinds["x:tweet:1760000000000000105"] == "repost" and not items["x:tweet:1760000000000000105"].own
    assert kinds["x:tweet:1760000000000000106"] == "post"  # quote post
    assert items["x:tweet:1760000000000000109"].created_at is None
    assert "record 9" in {p.place for p in src.problems if p.severity == "warning"}
    assert items["x:tweet:1760000000000000110"].text.startswith(
        "Testing the report: <script>alert(1)</script>"
    )
    assert "صباح الخير" in items["x:tweet:1760000000000000111"].text
    assert items["x:tweet:1700000000000000202"].media_count == 2
    # Protect then Unprotect: public, decided by the file.
    tweet_vis = {
        (i.visibility, i.confidence)
        for k, i in items.items()
        if k.startswith("x:tweet:17") and i.audience == "" and i.source_file.startswith("data/tweets")
    }
    assert tweet_vis == {(PUBLIC, HIGH)}
    assert items["x:tweet:1760000000000000301"].audience == "community"
    assert items["x:tweet:1760000000000000401"].visibility == RESTRICTED
    dms = [i for i in items.values() if i.kind == "message" and i.audience == "dm"]
    assert len(dms) == 4 and {i.own for i in dms} == {True, False}
    assert all(p.severity == "warning" for p in src.problems)


def test_sample_2022_protected_account_with_a_circle(tmp_path):
    analysis = run([SAMPLES / "x" / "2022"], tmp_path)
    (src,) = analysis.sources
    items = {i.key: i for i in analysis.store.query()}
    protect = (
        "data/protected-history.js: latest action Protect (2022-10-01); posts are visible to approved "
        "followers only"
    )
    # Posted before the Protect: public until then; posted after: never public.
    assert (
        items["x:tweet:1570000000000000001"].visibility,
        items["x:tweet:1570000000000000001"].was_public,
    ) == (
        RESTRICTED,
        True,
    )
    assert items["x:tweet:1582000000000000002"].was_public is False
    assert items["x:tweet:1582000000000000002"].evidence == protect
    # The Circle post is in tweets.js too; its own file decides, once.
    circle = items["x:tweet:1585000000000000003"]
    assert (circle.audience, circle.source_file, circle.media_count) == (
        "circle",
        "data/twitter-circle-tweet.js",
        1,
    )
    assert {f.path: f.items for f in src.files}["data/tweets.js"] == 3
    # The profile stays public; the Community Note is public under its alias; saved searches are private.
    assert {i.visibility for i in items.values() if i.kind == "profile"} == {PUBLIC}
    assert items["x:community-note:1580000000000000701"].visibility == PUBLIC
    assert items["x:saved-search:42001"].visibility == RESTRICTED
    assert src.problems == [] and src.info.caveats == []


def test_sample_2020_assumes_public_and_says_why(tmp_path):
    analysis = run([SAMPLES / "x" / "2020"], tmp_path)
    (src,) = analysis.sources
    assert src.info.export_date == datetime(2020, 10, 10, 12, tzinfo=UTC)
    assert any("six months" in c for c in src.info.caveats) and x.CIRCLE_CAVEAT not in src.info.caveats
    posts = [i for i in analysis.store.query() if i.key.startswith("x:tweet:")]
    assert len(posts) == 5 and {(i.visibility, i.confidence) for i in posts} == {(PUBLIC, MEDIUM)}
    assert src.problems == []


def test_the_users_answer_overrides_the_history(tmp_path):
    analysis = run([SAMPLES / "x" / "2024"], tmp_path, Options(x_protected=True))
    (src,) = analysis.sources
    posts = [
        i
        for i in analysis.store.query()
        if i.key.startswith("x:tweet:17") and i.audience == "" and i.source_file.startswith("data/tweets")
    ]
    answer = "your answer (--x-protected): the account is protected"
    assert posts and {(i.visibility, i.evidence.split(";")[0]) for i in posts} == {(RESTRICTED, answer)}
    assert any("overrides" in c for c in src.info.caveats)
    profile = [i for i in analysis.store.query() if i.kind == "profile"]
    assert profile and all(i.visibility == PUBLIC for i in profile)


def test_circle_posts_repeated_in_tweets_js_come_out_restricted(tmp_path):
    circle = tweet("1590000000000000002", "Mon Nov 07 10:00:00 +0000 2022", "circle only")
    files = {
        "data/manifest.js": "window.__THAR_CONFIG = {}",
        "data/account.js": js("account", [{"account": {"username": ME, "accountId": ME_ID}}]),
        "data/tweets.js": js(
            "tweets",
            [
                {"tweet": tweet("1590000000000000001", "Mon Nov 07 09:00:00 +0000 2022", "everyone")},
                {"tweet": circle},
            ],
        ),
        "data/twitter-circle-tweet.js": js("twitter_circle_tweet", [{"tweet": circle}]),
        "data/twitter-circle.js": js(
            "twitter_circle", [{"twitterCircle": {"id": "1", "ownerUserId": ME_ID}}]
        ),
    }
    analysis = run([write_tree(tmp_path / "circle", files)], tmp_path)
    vis = {i.key: (i.visibility, i.audience) for i in analysis.store.query()}
    assert vis["x:tweet:1590000000000000001"] == (PUBLIC, "")
    assert vis["x:tweet:1590000000000000002"] == (RESTRICTED, "circle")
    assert x.CIRCLE_CAVEAT not in analysis.sources[0].info.caveats


def test_root_level_2019_archive_is_detected(tmp_path):
    files = {
        "tweet.js": js("tweet", [tweet("1100000000000000001", "Mon Jan 07 09:00:00 +0000 2019", "hello")]),
        "account.js": js("account", [{"account": {"username": ME, "accountId": ME_ID}}]),
        "tweet_media/1100000000000000001-a.jpg": b"\xff\xd8",
    }
    analysis = run([zip_tree(write_tree(tmp_path / "old", files), tmp_path / "old.zip")], tmp_path)
    (src,) = analysis.sources
    assert src.platform == "x" and src.info.account == "@sample_heron"
    assert {f.path.split(":", 1)[1]: f.status for f in src.files} == {
        "tweet.js": "parsed",
        "account.js": "parsed",
        "tweet_media/1100000000000000001-a.jpg": "ignored",
    }
    assert "x:tweet:1100000000000000001" in {i.key for i in analysis.store.query()}


def test_a_truncated_tweets_file_in_an_archive(tmp_path):
    folder = tmp_path / "cut"
    import shutil

    shutil.copytree(SAMPLES / "x" / "2024", folder)
    data = (folder / "data" / "tweets.js").read_bytes()
    (folder / "data" / "tweets.js").write_bytes(data[: data.index(b"1760000000000000104") + 5])
    analysis = run([zip_tree(folder, tmp_path / "cut.zip")], tmp_path)
    (src,) = analysis.sources
    keys = {i.key for i in analysis.store.query()}
    assert {"x:tweet:1760000000000000101", "x:tweet:1760000000000000103"} <= keys
    assert "x:tweet:1760000000000000105" not in keys
    errors = [p for p in src.problems if p.severity == "error"]
    assert [(p.file, p.place) for p in errors] == [("cut.zip:data/tweets.js", "record 4")]


def test_samples_are_what_the_generator_writes():
    spec = importlib.util.spec_from_file_location("gen_x", SAMPLES / "gen_x.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    for era, build in gen.ERAS.items():
        files = build()
        on_disk = {
            p.relative_to(SAMPLES / "x" / era).as_posix()
            for p in (SAMPLES / "x" / era).rglob("*")
            if p.is_file()
        }
        assert on_disk == set(files)
        for rel, content in files.items():
            expected = content.encode("utf-8") if isinstance(content, str) else content
            assert (SAMPLES / "x" / era / rel).read_bytes() == expected, rel


def test_samples_have_the_real_byte_style():
    tweets = (SAMPLES / "x" / "2024" / "data" / "tweets.js").read_bytes()
    assert tweets.startswith(b"window.YTD.tweets.part0 = [\n  {\n") and not tweets.endswith(b"\n")
    assert b'" : ' in tweets and b'"favorite_count" : "3"' in tweets
    old = (SAMPLES / "x" / "2020" / "data" / "tweet.js").read_bytes()
    assert old.startswith(b"window.YTD.tweet.part0 = [ {\n") and old.endswith(b"} ]")
    assert (
        SAMPLES / "x" / "2020" / "data" / "protected-history.js"
    ).read_bytes() == b"window.YTD.protected_history.part0 = [ ]"


# ---------------------------------------------------------------- shared fixtures (real test files)


def test_shared_fixtures_parse_without_error(shared_fixtures, tmp_path):
    files = sorted(p for p in (shared_fixtures / "x").rglob("*.js"))
    assert files
    for path in files:
        relpath = f"data/{path.name}"
        route = x.SPEC.route_for(relpath)
        assert route is not None, path.name
        member = member_for(tmp_path / path.name, relpath, path.read_bytes())
        if route.handler is not None:
            out = list(route.handler(member, ctx_for()))
            assert not [o for o in out if isinstance(o, Problem)], path.name
            if path.name == "saved-search.js":
                assert [o.key for o in out] == ["x:saved-search:42214", "x:saved-search:55814"]
                assert all(o.visibility == RESTRICTED for o in out)
    # An empty protected history (a real 2021 archive's) means "assumed public", with the caveat.
    history = next(p for p in files if p.name == "protected-history.js")
    member = member_for(tmp_path / "ph", "data/protected-history.js", history.read_bytes())
    ctx = context_for(x.SPEC, [member])
    assert list(x.prepare(ctx)) == []
    assert (ctx.state.privacy.protected, ctx.state.privacy.confidence) == (False, MEDIUM)
    assert any("six months" in c for c in ctx.info.caveats)


def test_registry_has_x():
    from ai_exposure.parsers import REGISTRY

    assert REGISTRY["x"] is x.SPEC


def test_a_folder_of_downloads(tmp_path):
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    zip_tree(SAMPLES / "x" / "2020", downloads / "twitter-2020-10-10-abc.zip")
    with zipfile.ZipFile(downloads / "twitter-2020-10-10-abc.zip") as zf:
        assert "data/tweet.js" in zf.namelist()
    (src,) = run([downloads], tmp_path).sources
    assert src.platform == "x" and src.items > 0


def test_a_truncated_note_file_is_reported_once_and_its_first_notes_still_link(tmp_path):
    first = "First long post. " * 20
    notes = js(
        "note_tweet",
        [
            {
                "noteTweet": {
                    "noteTweetId": "n1",
                    "createdAt": "2024-03-09T15:58:50.000Z",
                    "core": {"text": first},
                }
            },
            {
                "noteTweet": {
                    "noteTweetId": "n2",
                    "createdAt": "2024-03-10T15:58:50.000Z",
                    "core": {"text": "x" * 300},
                }
            },
        ],
    )
    files = {
        "data/manifest.js": "window.__THAR_CONFIG = {}",
        "data/note-tweet.js": notes[: notes.index('"n2"')],
        "data/tweets.js": js(
            "tweets",
            [{"tweet": tweet("1", "Sat Mar 09 15:58:50 +0000 2024", first[:270] + "… https://t.co/a")}],
        ),
    }
    analysis = run([write_tree(tmp_path / "notes", files)], tmp_path)
    (src,) = analysis.sources
    assert [(p.file, p.place) for p in src.problems] == [("data/note-tweet.js", "record 2")]
    assert {i.key: i.text for i in analysis.store.query()} == {"x:tweet:1": snippet(first)}


# ---------------------------------------------------------------- in Dutch (--lang nl)


def test_a_long_posts_evidence_is_said_in_dutch_with_the_account_rule_inside(tmp_path):
    """The unmatched long post's evidence carries the protected-history evidence: both parts are
    translated, the file names and the date from the export stay as they are."""
    from ai_exposure.i18n import Msg, Translator

    history = x.account_privacy([(datetime(2024, 6, 15, 18, 30, tzinfo=UTC), "protect")], HISTORY, None)
    notes = [
        {
            "noteTweet": {
                "noteTweetId": "n-alone",
                "createdAt": "2024-04-01T10:00:00.000Z",
                "core": {"text": "Alone &amp; long", "urls": []},
            }
        }
    ]
    (item,) = handle(tmp_path, "data/note-tweet.js", js("note_tweet", notes), ctx_for(privacy=history))
    assert isinstance(item.evidence, Msg)
    assert item.evidence == (
        "data/protected-history.js: latest action Protect (2024-06-15); posts are visible to approved "
        "followers only; data/note-tweet.js: long post not matched to a tweet"
    )
    tr = Translator("nl")
    assert tr.text(item.evidence) == (
        "data/protected-history.js: laatste actie Protect (15 juni 2024); posts zijn alleen zichtbaar voor "
        "goedgekeurde volgers; data/note-tweet.js: lange post niet gekoppeld aan een post"
    )
    assert tr.missing == set()


def test_likes_and_a_bad_like_are_reported_in_dutch(tmp_path):
    from ai_exposure.i18n import Translator

    rows = [{"like": {"tweetId": "11", "fullText": "a &amp; b"}}, {"like": {}}]
    like, problem = handle(tmp_path, "data/like.js", js("like", rows))
    tr = Translator("nl")
    assert tr.text(like.evidence) == "data/like.js: likes zijn op X privé sinds juni 2024"
    assert (problem.file, tr.text(problem.place), tr.text(problem.reason)) == (
        "data/like.js", "record 2", "like zonder post-id: overgeslagen")
    assert tr.missing == set()


def test_a_bad_direct_message_is_placed_by_its_number_in_dutch(tmp_path):
    from ai_exposure.i18n import Translator

    conv = [{"dmConversation": {"conversationId": f"{ME_ID}-{OTHER_ID}", "messages": ["not an event"]}}]
    (problem,) = handle(tmp_path, "data/direct-messages.js", js("direct_messages", conv))
    assert (problem.place, problem.reason) == ("message 1", "not a message object: skipped")
    tr = Translator("nl")
    assert (tr.text(problem.place), tr.text(problem.reason)) == (
        "chatbericht 1", "geen chatbericht-object: overgeslagen")
    assert tr.missing == set()


def test_the_caveats_of_prepare_are_said_in_dutch(tmp_path):
    from ai_exposure.i18n import Translator

    tree = write_tree(tmp_path / "a", {"data/protected-history.js": js("protected_history", []),
                                       "data/tweets.js": js("tweets", [])})
    from ai_exposure.archive import FolderContainer

    members = FolderContainer(tree).members()
    for m in members:
        m.relpath = m.path
    ctx = context_for(x.SPEC, members)
    assert list(x.prepare(ctx)) == []
    tr = Translator("nl")
    assert [tr.text(c) for c in ctx.info.caveats] == [
        "X: data/protected-history.js is leeg. Het bewaart alleen de laatste zes maanden, dus we nemen "
        "aan dat het account openbaar is; is het beschermd, voer de analyse dan opnieuw uit met "
        "--x-protected."
    ]
    assert tr.text(ctx.state.privacy.evidence).startswith("data/protected-history.js is leeg: ")
    assert tr.missing == set()


# ---------------------------------------------------------------- one bad record costs one record


def test_an_impossible_date_and_a_5000_digit_number_cost_one_record_each(tmp_path):
    rows = [{"tweet": tweet(str(1700000000000000500 + i), "Tue Mar 05 14:02:11 +0000 2024", f"post {i}")}
            for i in range(12)]
    rows[3]["tweet"]["created_at"] = "Fri Dec 31 23:59:59 -0100 9999"  # past year 9999 in UTC
    rows[9]["tweet"]["created_at"] = "Mon Jan 01 00:00:00 +0100 0001"  # before year 1 in UTC
    # A number Python will not read (over 4,300 digits), in a key the parser reads.
    body = js("tweets", rows).replace('"post 7"', '"post 7", "in_reply_to_user_id" : ' + "9" * 5000)
    out = handle(tmp_path, "data/tweets.js", body)
    items = [o for o in out if isinstance(o, Item)]
    assert len(items) == 11 and "x:tweet:1700000000000000507" not in {i.key for i in items}
    assert {i.key for i in items if i.created_at is None} == {"x:tweet:1700000000000000503",
                                                              "x:tweet:1700000000000000509"}
    assert [(p.place, p.severity) for p in out if isinstance(p, Problem)] == [
        ("record 4", "warning"), ("record 8", "error"), ("record 10", "warning")]


def test_a_5000_digit_number_in_a_direct_message_costs_that_message(tmp_path):
    messages = [{"messageCreate": {"id": str(900 + i), "senderId": ME_ID, "recipientId": OTHER_ID,
                                   "text": f"m{i}", "createdAt": "2024-03-06T09:15:00.120Z"}}
                for i in range(5)]
    body = js("direct_messages", [{"dmConversation": {"conversationId": f"{ME_ID}-{OTHER_ID}",
                                                      "messages": messages}}])
    body = body.replace('"text" : "m2"', '"text" : "m2", "n" : ' + "9" * 5000)
    out = handle(tmp_path, "data/direct-messages.js", body)
    assert [o.text for o in out if isinstance(o, Item)] == ["m0", "m1", "m2", "m3", "m4"]
    (problem,) = [o for o in out if isinstance(o, Problem)]
    assert "cut to read on" in problem.reason


# ---------------------------------------------------------------- X Chat (message-event.js)

def chat_event(message_id: str, sender: str, detail: dict) -> dict:
    """The 2026 shape: one event per record, signed; contents of a message base64 ciphertext."""
    return {"messageEvent": {
        "conversationId": f"{ME_ID}:1", "conversationToken": "tok", "createdAtMsec": "1771922374937",
        "detail": detail,
        "messageEventSignature": {"publicKeyVersion": "1", "signature": "c2ln", "signatureVersion": "1",
                                  "signingPublicKey": "a2V5"},
        "messageId": message_id, "senderId": sender, "sequenceId": "2026215415345561601"}}


def test_chat_messages_readable_are_items_and_encrypted_ones_are_counted(tmp_path):
    ciphertext = "wmz9R72orYgiDs77AvqDvHeaYG9fE2xAbCdEf0123456789+/=="
    rows = [
        chat_event("a-1", ME_ID, {"messageCreateEvent": {
            "contents": ciphertext, "conversationKeyVersion": "17", "isPendingPublicKey": False,
            "shouldNotify": True}}),
        chat_event("a-2", OTHER_ID, {"markConversationReadEvent": {
            "seenAtMillis": "1", "seenUntilSequenceId": "2"}}),
        chat_event("a-3", ME_ID, {"conversationKeyChangeEvent": {"conversationKeyVersion": "17"}}),
        chat_event("a-4", OTHER_ID, {"messageCreateEvent": {"text": "see you at the lake"}}),
        chat_event("a-5", ME_ID, {"messageCreateEvent": {"contents": {"text": "on my way"}}}),
        {"messageEvent": {"messageId": "a-6"}},
    ]
    ctx = ctx_for()
    out = handle(tmp_path, "data/message-event.js", js("message_event", rows), ctx)
    evidence = "data/message-event.js: chat messages are private"
    common = dict(platform="x", kind="message", visibility=RESTRICTED, evidence=evidence, confidence=HIGH,
                  source_file="data/message-event.js", audience="dm",
                  created_at=datetime(2026, 2, 24, 8, 39, 34, 937000, tzinfo=UTC))
    assert out == [
        Item(key=akey("message", "chat", "a-4"), text="see you at the lake", own=False, **common),
        Item(key=akey("message", "chat", "a-5"), text="on my way", own=True, **common),
        Problem("data/message-event.js", "record 6", "not a chat event: skipped"),
    ]
    assert ctx.info.notices == [
        "X: data/message-event.js holds 1 end-to-end encrypted chat messages (X Chat); the archive cannot "
        "show their text, so they are counted here but not itemised."]


def test_the_2026_files_have_routes():
    assert x.SPEC.route_for("data/message-event.js").handler is x.parse_message_events
    route = x.SPEC.route_for("data/community-note-api-test-note.js")
    assert route is not None and route.handler is None


# ---------------------------------------------------------------- Grailbird without tweets.csv


def test_a_grailbird_archive_without_tweets_csv_is_detected_and_itemised(tmp_path):
    folder = tmp_path / "grailbird"
    shutil.copytree(SAMPLES / "x" / "2016-grailbird", folder)
    (folder / "tweets.csv").unlink()
    trimmed = run([folder], tmp_path)
    whole = run([SAMPLES / "x" / "2016-grailbird"], tmp_path)
    (src,) = trimmed.sources
    assert src.platform == "x" and src.info.account == "@sample_heron" and src.info.owner_id == ME_ID
    assert rows(trimmed) == rows(whole) and rows(trimmed)


# ---------------------------------------------------------------- keys belong to an account


def _other_account_copy(src: Path, dest: Path) -> Path:
    """The 2024 sample as another person's archive: another account id and handle, the same posts."""
    shutil.copytree(src, dest)
    for p in dest.rglob("*.js"):
        text = p.read_text(encoding="utf-8")
        p.write_text(text.replace(ME_ID, "4000000999").replace(ME, "egret_example"), encoding="utf-8")
    return dest


def test_two_accounts_in_one_run_never_share_a_derived_key(tmp_path):
    one = run([SAMPLES / "x" / "2024"], tmp_path)
    mine = {i.key for i in one.store.query()}
    native = {k for k in mine if k.startswith(("x:tweet:", "x:note:", "x:moment:", "x:article:",
                                               "x:community-note:", "x:list:", "x:fleet:"))}
    other = _other_account_copy(SAMPLES / "x" / "2024", tmp_path / "other")
    both = run([SAMPLES / "x" / "2024", other], tmp_path)
    assert len(both.sources) == 2 and {s.info.owner_id for s in both.sources} == {ME_ID, "4000000999"}
    # Every item not keyed by a native id of the user's own content counts once per account.
    assert len({i.key for i in both.store.query()}) == len(native) + 2 * len(mine - native)


def test_two_accounts_with_one_handle_on_one_day_are_two_exports(tmp_path):
    """A handle passes from one person to another; the account id does not. Two archives of one day
    with the same handle but different account ids are two people's exports, never two parts of one,
    and each keeps all of its items."""
    other = tmp_path / "other"
    shutil.copytree(SAMPLES / "x" / "2024", other)
    for p in other.rglob("*.js"):
        p.write_text(p.read_text(encoding="utf-8").replace(ME_ID, "4000000999"), encoding="utf-8")
    alone = run([SAMPLES / "x" / "2024"], tmp_path)
    both = run([SAMPLES / "x" / "2024", other], tmp_path)
    assert len(both.sources) == 2 and {s.info.account for s in both.sources} == {"@" + ME}
    assert [s.items for s in both.sources] == [alone.sources[0].items] * 2


def test_the_same_account_exported_twice_gives_the_same_keys(tmp_path):
    later = tmp_path / "later"
    shutil.copytree(SAMPLES / "x" / "2024", later)
    manifest = later / "data" / "manifest.js"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("2024-11-16", "2024-12-20"),
                        encoding="utf-8")
    first = {i.key for i in run([SAMPLES / "x" / "2024"], tmp_path).store.query()}
    second = {i.key for i in run([later], tmp_path).store.query()}
    assert first == second


def test_sample_2026_chat_edits_and_notes(tmp_path):
    (src,) = (analysis := run([SAMPLES / "x" / "2026"], tmp_path)).sources
    items = {i.key: i for i in analysis.store.query()}
    earlier = {k for k, i in items.items() if "an earlier version of an edited post" in i.evidence}
    # Chain A's first version, and both of chain B's (its newest is not in the archive).
    assert earlier == {"x:tweet:1890000000000000201", "x:tweet:1890000000000000301",
                       "x:tweet:1890000000000000302"}
    assert "x:tweet:1890000000000000202" in items
    chats = sorted(i.text for i in items.values() if i.source_file == "data/message-event.js")
    assert chats == ["Is the kingfisher still there?", "See you at the weir at eight."]
    assert any("2 end-to-end encrypted chat messages" in n for n in src.info.notices)
    grok = [i for i in items.values() if i.audience == "grok"]
    assert sorted(i.own for i in grok) == [False, True]  # `sender` as an object in newer files
    assert src.info.owner_id == ME_ID and not [f for f in src.files if f.status == "unknown"]


# ---------------------------------------------------------------- the real archives (read in place)

REAL = SHARED / "real"
REAL_X = ("x-grailbird-2015-jaforbes.zip", "x-2020-04-lumeninferius.zip", "x-2022-11-jacklance.zip",
          "x-2026-03-milahu104.zip")


@pytest.mark.slow
@pytest.mark.parametrize("name", REAL_X)
def test_a_real_archive_has_every_file_known_and_no_lost_record(name, tmp_path):
    path = REAL / name
    if not path.is_file():
        pytest.skip("../shared/real is not present in this checkout")
    (src,) = run([path], tmp_path).sources
    assert src.platform == "x" and src.info.owner_id
    assert [f.path for f in src.files if f.status == "unknown"] == []
    assert [p for p in src.problems if p.severity != "warning"] == []


@pytest.mark.slow
def test_the_real_grailbird_archive_without_its_tweets_csv_gives_the_same_items(tmp_path):
    path = REAL / "x-grailbird-2015-jaforbes.zip"
    if not path.is_file():
        pytest.skip("../shared/real is not present in this checkout")
    trimmed = tmp_path / "trimmed.zip"
    with zipfile.ZipFile(path) as whole, zipfile.ZipFile(trimmed, "w") as out:
        for info in whole.infolist():
            if info.filename.rsplit("/", 1)[-1] != "tweets.csv":
                out.writestr(info, whole.read(info))
    assert rows(run([trimmed], tmp_path)) == rows(run([path], tmp_path))
