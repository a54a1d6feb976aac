# ruff: noqa: E501  (raw export records read better unwrapped)
"""Facebook parser: handlers on raw records of every era (exact Items), the weak default-audience
hint, destinations, Page exports, the HTML format, and end-to-end runs over samples/facebook."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from ai_exposure.parsers import facebook
from ai_exposure.parsers.facebook import SPEC
from conftest import SAMPLES, context_for, run, tgz_tree, write_tree, zip_tree
from test_meta_common import meta_json

from ai_exposure.archive import FolderContainer
from ai_exposure.i18n import Translator
from ai_exposure.model import Item, Problem

FB = SAMPLES / "facebook"
ERAS = sorted(p.name for p in FB.iterdir() if p.is_dir())
FA4 = "your_facebook_activity/"
PROFILE = "personal_information/profile_information/profile_information.json"


def ts(y: int, m: int, d: int, h: int = 12) -> int:
    return int(datetime(y, m, d, h, tzinfo=UTC).timestamp())


def dt(y: int, m: int, d: int, h: int = 12) -> datetime:
    return datetime(y, m, d, h, tzinfo=UTC)


def export(tmp_path: Path, files: dict[str, object], name: str = "export"):
    base = write_tree(tmp_path / name, {
        rel: content if isinstance(content, str | bytes) else meta_json(content)
        for rel, content in files.items()})
    members = FolderContainer(base).members()
    for m in members:
        m.relpath = m.path
    ctx = context_for(SPEC, members)
    problems = list(SPEC.prepare(ctx))
    return ctx, {m.relpath: m for m in members}, problems


def handle(ctx, members, relpath):
    route = SPEC.route_for(relpath)
    assert route is not None and route.handler is not None, relpath
    return list(route.handler(members[relpath], ctx))


def profile_v2(name="Jane Doe", **more):
    return {"profile_v2": {"name": {"full_name": name}, "username": "jane.doe", **more}}


PRIVACY = {"timestamp": 1700000000, "media": [], "label_values": [
    {"label": "Your activity", "dict": [{"label": "Who can see your future posts?", "value": "Friends"}]}],
    "fbid": "1"}


# ---------------------------------------------------------------- posts in every era


def test_fb4_post_with_photo_is_unknown_with_the_default_audience_as_a_hint(tmp_path):
    rel = FA4 + "posts/your_posts__check_ins__photos_and_videos_1.json"
    post = {"timestamp": ts(2023, 11, 14), "data": [{"post": "Great day at the lake 😊"}, {"update_timestamp": ts(2023, 11, 15)}],
            "attachments": [{"data": [{"media": {"uri": "your_facebook_activity/posts/media/M_1/a.jpg", "creation_timestamp": ts(2023, 11, 14)}},
                                      {"external_context": {"url": "https://example.org/article"}}]}],
            "title": "Jane Doe added a new photo."}
    ctx, members, problems = export(tmp_path, {PROFILE: profile_v2(), "preferences/preferences/privacy_settings.json": PRIVACY,
                                               rel: [post]})
    assert problems == []
    assert handle(ctx, members, rel) == [Item(
        platform="facebook", kind="post",
        key=ctx.account_key("post", dt(2023, 11, 14).isoformat(), "Great day at the lake 😊", ""),
        created_at=dt(2023, 11, 14), visibility="unknown",
        evidence=f"{rel}: no audience in the export (own timeline); account default for future posts at "
                 "export time: Friends (preferences/preferences/privacy_settings.json), a weak hint, not "
                 "this post's audience",
        confidence="low", source_file=rel, text="Great day at the lake 😊", media_count=1,
        url="https://example.org/article", audience="profile")]


def test_evidence_and_caveats_are_said_in_dutch(tmp_path):
    rel = FA4 + "posts/your_posts__check_ins__photos_and_videos_1.json"
    posts = [{"timestamp": ts(2023, 11, 14), "data": [{"post": "Great day at the lake 😊"}], "title": "Jane Doe updated her status."},
             {"timestamp": ts(2023, 11, 20), "data": [{"post": "Vrijmibo!"}], "title": "Jane Doe posted in Buurtvereniging Oost."}]
    ctx, members, _ = export(tmp_path, {PROFILE: profile_v2(), "preferences/preferences/privacy_settings.json": PRIVACY,
                                        rel: posts})
    own, group = handle(ctx, members, rel)
    nl = Translator("nl")
    assert nl.text(own.evidence) == (
        f"{rel}: geen doelgroep in de export (eigen tijdlijn); standaard van het account voor toekomstige "
        "berichten op het moment van de export: Friends (preferences/preferences/privacy_settings.json), een "
        "zwakke aanwijzing, niet de doelgroep van dit bericht")
    assert nl.text(group.evidence) == (
        f"{rel}: geplaatst in een groep (volgens de titel); of de groep openbaar is, staat niet in de export")
    assert [nl.text(c) for c in ctx.info.caveats] == [
        "Facebook exporteert geen doelgroep per bericht: berichten, foto's, reacties en Reels zijn 'onbekend', "
        "tenzij het soort item het al bepaalt (chatberichten zijn privé; profiel- en omslagfoto's zijn openbaar)."]
    assert nl.missing == set()


def test_fb1_2018_status_updates_and_flat_bare_list(tmp_path):
    status = {"timestamp": ts(2018, 5, 5), "data": [{"post": "Old times"}], "title": "Jane Doe updated her status."}
    ctx, members, _ = export(tmp_path, {"profile_information/profile_information.json": {"profile": {"name": {"full_name": "Jane Doe"}}},
                                        "posts/your_posts.json": {"status_updates": [status]},
                                        "posts/your_posts_1.json": [status]})
    (a,) = handle(ctx, members, "posts/your_posts.json")
    (b,) = handle(ctx, members, "posts/your_posts_1.json")
    assert (a.text, a.created_at, a.visibility, a.audience) == ("Old times", dt(2018, 5, 5), "unknown", "profile")
    assert a.key == b.key
    assert ctx.info.account == "Jane Doe"  # no username in this profile: the full name


def test_one_post_repeated_per_photo_is_one_post_with_every_photo(tmp_path):
    rel = "posts/your_posts_1.json"
    photo = lambda n: {"timestamp": ts(2019, 5, 1), "data": [{"post": "Picnic"}], "title": "Jane Doe added 2 new photos.",  # noqa: E731
                       "attachments": [{"data": [{"media": {"uri": f"p/{n}.jpg", "creation_timestamp": ts(2019, 5, 1)}}]}]}
    ctx, members, _ = export(tmp_path, {rel: [photo(1), photo(2)]})
    (post,) = handle(ctx, members, rel)
    assert post.media_count == 2


def test_a_profile_picture_update_in_the_posts_file_is_public(tmp_path):
    rel = FA4 + "posts/your_posts__check_ins__photos_and_videos_1.json"
    ctx, members, _ = export(tmp_path, {rel: [{"timestamp": ts(2024, 1, 1), "title": "Jane Doe updated her profile picture.",
                                               "attachments": [{"data": [{"media": {"uri": "p.jpg", "creation_timestamp": ts(2024, 1, 1), "title": "Profile pictures"}}]}]}]})
    (item,) = handle(ctx, members, rel)
    assert (item.visibility, item.media_count, item.confidence) == ("public", 1, "medium")


@pytest.mark.parametrize("title, audience, kind", [
    ("Jane Doe posted in Example Club.", "group", "post"),
    ("Jane Doe wrote on John Roe's timeline.", "other profile", "post"),
    ("Jane Doe heeft iets geplaatst in Bakkers.", "group", "post"),
    ("Jane Doe shared a post.", "profile", "repost"),
    ("Jane Doe updated her status.", "profile", "post"),
    ("", "profile", "post"),
])
def test_destination_from_the_title(tmp_path, title, audience, kind):
    rel = "posts/your_posts_1.json"
    record = {"timestamp": ts(2020, 1, 1), "title": title}
    if kind == "post":
        record["data"] = [{"post": "text"}]
    ctx, members, _ = export(tmp_path, {rel: [record]})
    (item,) = handle(ctx, members, rel)
    assert (item.audience, item.kind, item.visibility) == (audience, kind, "unknown")


def test_fb2_v2_keys_comments_reactions_groups_friends(tmp_path):
    me = "Jane Doe"
    ctx, members, _ = export(tmp_path, {
        "profile_information/profile_information.json": profile_v2(me),
        "comments_and_reactions/comments.json": {"comments_v2": [
            {"timestamp": ts(2021, 2, 2), "data": [{"comment": {"timestamp": ts(2021, 2, 2), "comment": "Congrats! 🎉", "author": me}}],
             "title": f"{me} commented on John Roe's post."}]},
        "comments_and_reactions/posts_and_comments.json": {"reactions_v2": [
            {"timestamp": ts(2021, 2, 3), "data": [{"reaction": {"reaction": "LIKE", "actor": me}}], "title": f"{me} liked John Roe's post."}]},
        "groups/your_posts_and_comments_in_groups.json": {"group_posts_v2": [
            {"timestamp": ts(2021, 3, 3), "title": f"{me} posted in Example Group.", "data": [{"post": "Hello group"}]}]},
        "friends/friends.json": {"friends_v2": [{"name": "John Roe", "timestamp": ts(2012, 1, 1)}]}})
    (comment,) = handle(ctx, members, "comments_and_reactions/comments.json")
    assert comment == Item(
        platform="facebook", kind="comment",
        key=ctx.account_key("comment", dt(2021, 2, 2).isoformat(), "Congrats! 🎉"),
        created_at=dt(2021, 2, 2), visibility="unknown",
        evidence="comments_and_reactions/comments.json: who sees a comment depends on the post it is on, "
                 "which the export does not describe",
        confidence="low", source_file="comments_and_reactions/comments.json", text="Congrats! 🎉")
    (reaction,) = handle(ctx, members, "comments_and_reactions/posts_and_comments.json")
    assert (reaction.kind, reaction.visibility, reaction.text) == ("reaction", "unknown", "")
    (group_post,) = handle(ctx, members, "groups/your_posts_and_comments_in_groups.json")
    assert (group_post.audience, group_post.text) == ("group", "Hello group")
    (friend,) = handle(ctx, members, "friends/friends.json")
    assert (friend.kind, friend.created_at, friend.text) == ("connection", dt(2012, 1, 1), "")


def test_fb4_label_values_reactions_and_posts_on_other_pages(tmp_path):
    ctx, members, _ = export(tmp_path, {
        FA4 + "comments_and_reactions/likes_and_reactions.json": [{"timestamp": ts(2024, 10, 6), "media": [], "label_values": [
            {"label": "Reaction", "value": "Like"}, {"label": "URL", "value": "https://www.facebook.com/x/1"}]}],
        FA4 + "posts/posts_on_other_pages_and_profiles.json": [{"timestamp": ts(2024, 9, 9), "media": [], "label_values": [
            {"label": "Text", "value": "Thanks for the lovely evening 🙏"}, {"label": "URL", "value": "https://www.facebook.com/page/posts/2"}]}]})
    (reaction,) = handle(ctx, members, FA4 + "comments_and_reactions/likes_and_reactions.json")
    assert (reaction.kind, reaction.created_at) == ("reaction", dt(2024, 10, 6))
    (post,) = handle(ctx, members, FA4 + "posts/posts_on_other_pages_and_profiles.json")
    assert (post.kind, post.text, post.audience, post.visibility, post.url) == (
        "post", "Thanks for the lovely evening 🙏", "other profile", "unknown", "https://www.facebook.com/page/posts/2")


def test_profile_and_cover_photos_are_public_other_albums_unknown(tmp_path):
    ctx, members, _ = export(tmp_path, {
        FA4 + "posts/album/0.json": {"name": "Profile pictures", "photos": [{"uri": "a.jpg", "creation_timestamp": ts(2015, 7, 21)}]},
        FA4 + "posts/album/1.json": {"name": "Holiday", "photos": [{"uri": "b.jpg", "creation_timestamp": ts(2016, 1, 1), "description": "Beach"}]}})
    (profile_photo,) = handle(ctx, members, FA4 + "posts/album/0.json")
    assert profile_photo == Item(
        platform="facebook", kind="photo",
        key=ctx.account_key("photo", dt(2015, 7, 21).isoformat(), "Profile pictures", "", ""),
        created_at=dt(2015, 7, 21), visibility="public",
        evidence=f"{FA4}posts/album/0.json: album 'Profile pictures'; profile and cover photos are always public on Facebook",
        confidence="medium", source_file=FA4 + "posts/album/0.json", media_count=1, audience="profile")
    (holiday,) = handle(ctx, members, FA4 + "posts/album/1.json")
    assert (holiday.visibility, holiday.text) == ("unknown", "Beach")


@pytest.mark.parametrize("folder", ["inbox", "archived_threads", "filtered_threads", "message_requests", "e2ee_cutover"])
def test_messenger_folders_are_restricted(tmp_path, folder):
    rel = f"{FA4}messages/{folder}/johnroe_123/message_1.json"
    ctx, members, _ = export(tmp_path, {PROFILE: profile_v2(), rel: {
        "participants": [{"name": "John Roe"}, {"name": "Jane Doe"}],
        "messages": [{"sender_name": "Jane Doe", "timestamp_ms": 1704110400000, "content": "Hi 👋"},
                     {"sender_name": "John Roe", "timestamp_ms": 1704110300000, "content": "Hey"}]}})
    mine, theirs = handle(ctx, members, rel)
    assert mine == Item(
        platform="facebook", kind="message",
        key=ctx.account_key("message", "johnroe_123", 1704110400000, "Jane Doe", "Hi 👋"),
        created_at=datetime(2024, 1, 1, 12, tzinfo=UTC), visibility="restricted",
        evidence=f"{rel}: Messenger conversation ({folder})", confidence="high", source_file=rel,
        text="Hi 👋", audience="dm", own=True)
    assert (theirs.own, theirs.visibility) == (False, "restricted")


def test_other_kinds_reels_stories_trash_pending_events(tmp_path):
    ctx, members, _ = export(tmp_path, {
        FA4 + "reels/your_reels.json": {"lasso_videos_v2": [{"timestamp": ts(2024, 1, 1), "data": [{"post": "reel caption"}]}]},
        FA4 + "stories/archived_stories.json": {"archived_stories_v2": [{"timestamp": ts(2024, 2, 2), "attachments": [{"data": [{"media": {"uri": "s.jpg", "creation_timestamp": ts(2024, 2, 2)}}]}]}]},
        FA4 + "posts/trash.json": {"trash_v2": [{"timestamp": ts(2024, 3, 3), "data": [{"post": "deleted"}]}]},
        FA4 + "groups/your_pending_posts_in_groups.json": {"pending_posts_v2": [{"timestamp": ts(2024, 4, 4), "data": [{"post": "waiting"}]}]},
        FA4 + "events/your_events.json": {"your_events_v2": [{"name": "Party", "description": "Bring food", "start_timestamp": ts(2024, 5, 5), "create_timestamp": ts(2024, 4, 1)}]},
        FA4 + "events/your_event_responses.json": {"event_responses_v2": {"events_joined": [{"name": "Gig", "start_timestamp": ts(2024, 6, 6)}]}},
    })
    got = {rel.split("/")[-1]: [(i.kind, i.visibility, i.text) for i in handle(ctx, members, FA4 + rel)]
           for rel in ("reels/your_reels.json", "stories/archived_stories.json", "posts/trash.json",
                       "groups/your_pending_posts_in_groups.json", "events/your_events.json",
                       "events/your_event_responses.json")}
    assert got == {
        "your_reels.json": [("video", "unknown", "reel caption")],
        "archived_stories.json": [("story", "restricted", "")],
        "trash.json": [("post", "restricted", "deleted")],
        "your_pending_posts_in_groups.json": [("post", "restricted", "waiting")],
        "your_events.json": [("post", "unknown", "Party — Bring food")],
        "your_event_responses.json": [("activity", "unknown", "")],
    }


def test_profile_fields_birthday_and_region(tmp_path):
    ctx, members, _ = export(tmp_path, {
        PROFILE: profile_v2("Zoë Doe", birthday={"year": 0, "month": 3, "day": 4}, current_city={"name": "Utrecht"},
                            emails={"emails": ["zoe@example.com"]}),
        "logged_information/location/primary_location.json": {"primary_location_v2": {"city_region_pairs": [["Utrecht", "Utrecht"]], "zipcode": ["3511"]}}})
    assert ctx.info.birth_date == "--03-04"  # no year in the export
    assert ctx.info.region_hint == "Utrecht, Utrecht"
    assert ctx.info.region_hint_evidence.startswith("logged_information/location/primary_location.json")
    items = handle(ctx, members, PROFILE)
    assert [(i.text, i.visibility) for i in items] == [
        ("Zoë Doe", "public"), ("jane.doe", "public"), ("Utrecht", "unknown")]


def test_linked_accounts_are_noted(tmp_path):
    ctx, members, _ = export(tmp_path, {"facebook_accounts_center/accounts_center.json": {"linked_accounts_v2": [
        {"service_name": "Instagram", "native_app_id": 1}]}})
    assert ctx.state["linked_accounts"] == (1, "facebook_accounts_center/accounts_center.json")
    assert any("Accounts Center" in n for n in ctx.info.notices)
    route = SPEC.route_for("facebook_accounts_center/accounts_center.json")
    assert route is not None and route.context


def test_default_audience_reads_localised_labels():
    dutch = {"label_values": [{"label": "Je activiteit", "dict": [
        {"label": "Wie kan je toekomstige berichten zien?", "value": "Vrienden"}]}]}
    assert facebook.default_audience(PRIVACY) == "Friends"
    assert facebook.default_audience(dutch) == "Vrienden"
    assert facebook.default_audience({"label_values": []}) == ""


def test_a_malformed_record_is_reported_and_the_rest_kept(tmp_path):
    rel = FA4 + "comments_and_reactions/comments.json"
    good = {"timestamp": ts(2024, 1, 1), "data": [{"comment": {"comment": "fine"}}]}
    ctx, members, _ = export(tmp_path, {rel: {"comments_v2": [good, 42, {"title": "no time, no text"}, good]}})
    out = handle(ctx, members, rel)
    assert [type(o).__name__ for o in out] == ["Item", "Problem", "Problem", "Item"]
    assert out[1] == Problem(rel, "record 2", "not a comment record; skipped")
    assert out[2] == Problem(rel, "record 3", "comment without text or time; skipped")


# ---------------------------------------------------------------- end to end


def items_of(analysis):
    return sorted((r.key, r.kind, r.visibility, r.text, r.media_count, r.audience)
                  for r in analysis.store.query())


@pytest.mark.parametrize("era", ERAS)
def test_every_sample_file_is_parsed_or_ignored(tmp_path, era):
    (src,) = run([FB / era], tmp_path).sources
    assert src.spec is SPEC
    assert [f.path for f in src.files if f.status == "unknown"] == []
    assert src.problems == []


def test_folder_zip_and_tgz_give_the_same_items(tmp_path):
    folders = [FB / era for era in ERAS]
    zips = [zip_tree(FB / era, tmp_path / f"facebook-{era}.zip") for era in ERAS]
    tgzs = [tgz_tree(FB / era, tmp_path / f"facebook-{era}.tgz") for era in ERAS]
    from_folders = items_of(run(folders, tmp_path))
    assert from_folders == items_of(run(zips, tmp_path)) == items_of(run(tgzs, tmp_path))
    manifest = json.loads((FB / "expected.json").read_text(encoding="utf-8"))
    assert len(from_folders) == sum(d["items"] for d in manifest.values())  # what the generator wrote


def test_sample_counts_per_era(tmp_path):
    analysis = run([FB / era for era in ERAS], tmp_path)
    by_account = {s.info.account: s for s in analysis.sources}
    assert set(by_account) == {"amelie.exemple", "soren.eksempel", "bram.voorbeeld", "chidi.sample",
                               "example.ceramics", "", "Lee Sample", "Dana Sample", "dana.sample"}
    assert by_account["chidi.sample"].info.birth_date == "2008-02-29"
    assert by_account["chidi.sample"].info.region_hint == "Gent, Oost-Vlaanderen, Belgium"
    page = by_account["example.ceramics"]
    assert page.info.label == "Facebook Page"
    rows = list(analysis.store.query())
    page_posts = [r for r in rows if r.source_id == page.id and r.kind == "post" and r.audience == "page"]
    assert sorted((r.text, r.visibility) for r in page_posts) == [
        ("New glazes 🎨", "public"), ("Open studio this Saturday! ☕🏺", "public"),
        ("Open studio — Come and throw a pot 🏺", "unknown")]  # an event's privacy is not exported
    messages = [r for r in rows if r.kind == "message"]
    assert messages and {r.visibility for r in messages} == {"restricted"}


def test_page_export_is_recognised_with_underscore_apostrophe(tmp_path):
    base = write_tree(tmp_path / "page", {
        "this_profile_s_activity_across_facebook/posts/profile_posts_1.json": meta_json([
            {"timestamp": ts(2025, 5, 1), "data": [{"post": "Open today"}]}])})
    (src,) = run([base], tmp_path).sources
    assert (src.spec, src.info.label, src.items) == (SPEC, "Facebook Page", 1)


def test_html_export_is_itemised(tmp_path):
    analysis = run([FB / "2024-html"], tmp_path)
    (src,) = analysis.sources
    assert (src.info.export_format, src.info.account, src.problems) == ("html", "Dana Sample", [])
    assert any("HTML format" in n and "Format: JSON" in n for n in src.info.notices)
    posts = sorted((r.created_at, r.text, r.media_count) for r in analysis.store.query()
                   if r.kind == "post")
    # Times in the generated-by line's UTC+01:00; the photo post's text once (not again from the
    # attachment); the "Updated" row is not text; an empty record is a post without text.
    assert posts == [("2024-01-05T14:04:05Z", "Zoë’s café — très bien 😊", 0),
                     ("2024-02-06T12:00:00Z", "Ελληνικά", 1),
                     ("2024-03-07T13:00:00Z", "", 0),
                     ("2024-03-08T20:30:14Z", "", 0)]
    messages = {r.text: r.own for r in analysis.store.query() if r.kind == "message"}
    assert messages == {"Hallo 👋": False, "Hoi!": True}  # the reaction is not message text


def test_fb0_html_only_export_is_recognised(tmp_path):
    base = write_tree(tmp_path / "facebook-janedoe", {
        "index.htm": "<html></html>", "html/timeline.htm": "<html><div class='_a6-g'>x</div></html>",
        "html/messages.htm": "<html></html>", "photos/a.jpg": b"\xff\xd8"})
    (src,) = run([base], tmp_path).sources
    assert src.spec is SPEC
    assert src.info.export_format == "html"
    assert src.items == 0
    # Their layout is not read: each page says so, none is dropped without a word.
    assert sorted((p.file, p.severity) for p in src.problems) == [
        ("html/messages.htm", "warning"), ("html/timeline.htm", "warning")]


def test_a_media_only_part_is_recognised_and_merged(tmp_path):
    media_part = write_tree(tmp_path / "m", {"your_facebook_activity/posts/media/Album_1/a.jpg": b"\xff\xd8\xff\xd9"})
    main = zip_tree(FB / "2025-activity", tmp_path / "facebook-chidi.sample-2025-05-01-Ab12Cd34-001.zip")
    media = zip_tree(media_part, tmp_path / "facebook-chidi.sample-2025-05-01-Ab12Cd34-002.zip")
    (src,) = run([main, media], tmp_path).sources
    assert src.info.archives == [main.name, media.name]
    assert src.info.account == "chidi.sample"


# ---------------------------------------------------------------- files of one record, every shape

ME = "Jane Doe"
POST = {"timestamp": ts(2021, 5, 1), "data": [{"post": "Spring 🌷"}], "title": f"{ME} updated her status."}
COMMENT = {"timestamp": ts(2021, 5, 2), "data": [{"comment": {"timestamp": ts(2021, 5, 2), "comment": "Nice!", "author": ME}}],
           "title": f"{ME} commented on John Roe's post."}
REACTION = {"timestamp": ts(2021, 5, 3), "data": [{"reaction": {"reaction": "LIKE", "actor": ME}}],
            "title": f"{ME} liked John Roe's post."}
NAMED = {"name": "Example Page", "timestamp": ts(2021, 5, 4)}
LV_POST = {"timestamp": ts(2024, 9, 9), "media": [], "label_values": [{"label": "Text", "value": "Thanks 🙏"}], "fbid": "1"}
# (file, wrapper key, one record, item kind): the list-type files of formats/meta.md §2.1.
FB_ONE_RECORD_FILES = [
    ("posts/your_posts_1.json", None, POST, "post"),
    ("posts/your_posts.json", "status_updates", POST, "post"),
    (FA4 + "posts/your_posts__check_ins__photos_and_videos_1.json", None, POST, "post"),
    (FA4 + "posts/posts_on_other_pages_and_profiles.json", None, LV_POST, "post"),
    (FA4 + "posts/your_videos.json", "videos_v2", {"uri": "v.mp4", "creation_timestamp": ts(2021, 5, 5), "description": "Clip"}, "video"),
    (FA4 + "posts/your_uncategorized_photos.json", "other_photos_v2", {"uri": "p.jpg", "creation_timestamp": ts(2021, 5, 6)}, "photo"),
    (FA4 + "reels/your_reels.json", "lasso_videos_v2", {"timestamp": ts(2023, 1, 1), "data": [{"post": "Reel"}]}, "video"),
    (FA4 + "stories/archived_stories.json", "archived_stories_v2",
     {"timestamp": ts(2023, 1, 2), "attachments": [{"data": [{"media": {"uri": "s.jpg", "creation_timestamp": ts(2023, 1, 2)}}]}]}, "story"),
    ("comments_and_reactions/comments.json", "comments_v2", COMMENT, "comment"),
    ("comments/comments.json", "comments", COMMENT, "comment"),
    ("comments_and_reactions/posts_and_comments.json", "reactions_v2", REACTION, "reaction"),
    (FA4 + "comments_and_reactions/likes_and_reactions_1.json", None, REACTION, "reaction"),
    (FA4 + "pages/pages_you've_liked.json", "page_likes_v2", NAMED, "reaction"),
    (FA4 + "pages/pages_and_profiles_you_follow.json", "pages_followed_v2", NAMED, "connection"),
    (FA4 + "groups/your_group_membership_activity.json", "groups_joined_v2", NAMED, "connection"),
    (FA4 + "groups/group_posts_and_comments.json", "group_posts_v2", POST, "post"),
    (FA4 + "groups/your_comments_in_groups.json", "group_comments_v2", COMMENT, "comment"),
    (FA4 + "events/your_events.json", "your_events_v2", {"name": "Open day", "start_timestamp": ts(2022, 1, 1), "create_timestamp": ts(2021, 12, 1)}, "post"),
    (FA4 + "saved_items_and_collections/your_saved_items.json", "saves_v2", NAMED, "activity"),
    ("connections/friends/your_friends.json", "friends_v2", {"name": "John Roe", "timestamp": ts(2012, 1, 1)}, "connection"),
    ("connections/followers/who_you've_followed.json", "following_v3", {"name": "John Roe", "timestamp": ts(2013, 1, 1)}, "connection"),
]


@pytest.mark.parametrize(("rel", "key", "record", "kind"), FB_ONE_RECORD_FILES,
                         ids=[f"{r.rsplit('/', 1)[1]}-{k or 'bare'}" for r, k, _, _ in FB_ONE_RECORD_FILES])
def test_a_file_of_one_record_gives_one_item_in_every_shape(tmp_path, rel, key, record, kind):
    shapes = {"bare-object": record, "bare-list": [record]}
    if key:
        shapes |= {"wrapper-object": {key: record}, "wrapper-list": {key: [record]}}
    for shape, doc in shapes.items():
        ctx, members, _ = export(tmp_path, {rel: doc}, name=shape)
        items = handle(ctx, members, rel)
        assert [(type(i).__name__, getattr(i, "kind", None)) for i in items] == [("Item", kind)], shape
        assert items[0].created_at is not None, shape
    for shape, doc in {"empty-list": [], "empty-object": {}, "empty-wrapper": {key or "x": []}}.items():
        ctx, members, _ = export(tmp_path, {rel: doc}, name=shape)
        assert handle(ctx, members, rel) == [], shape


def test_comments_under_another_file_name_are_read_by_their_top_level_key(tmp_path):
    """A real FB-2 download (facebook-2022, as published) holds its comments_v2 in
    comments_and_reactions/comments_and_reactions.json."""
    rel = "comments_and_reactions/comments_and_reactions.json"
    ctx, members, _ = export(tmp_path, {rel: {"comments_v2": [COMMENT, {"timestamp": ts(2021, 5, 9), "title": "x"}]},
                                        "comments_and_reactions/other.json": {"reactions_v2": [REACTION]},
                                        "comments_and_reactions/your_comment_edits.json": {"x": []},
                                        "comments_and_reactions/unrelated.json": {"something_v2": [{"a": 1}]}})
    assert [i.kind for i in handle(ctx, members, rel)] == ["comment", "comment"]
    assert [i.kind for i in handle(ctx, members, "comments_and_reactions/other.json")] == ["reaction"]
    assert handle(ctx, members, "comments_and_reactions/unrelated.json") == []
    assert SPEC.route_for("comments_and_reactions/your_comment_edits.json").handler is None


# ---------------------------------------------------------------- keys belong to an account


@pytest.mark.parametrize(("account", "uri", "expected"), [
    ("jane.doe", "https://www.facebook.com/jane.doe", "jane.doe"),
    ("Jane.Doe", "", "jane.doe"),
    ("Jane Doe", "https://www.facebook.com/profile.php?id=100012345", "id:100012345"),
    ("61568298782340", "", "id:61568298782340"),  # a download named by the numeric id
    ("", "", ""),
])
def test_owner_id(account, uri, expected):
    assert facebook.owner_id(account, uri) == expected


def _with_profile(tree: Path, dest: Path, username: str) -> Path:
    import shutil

    shutil.copytree(tree, dest)
    info = dest / PROFILE
    data = json.loads(info.read_text(encoding="ascii"))
    data["profile_v2"]["username"] = username
    info.write_text(json.dumps(data, indent=2), encoding="ascii")
    return dest


def test_two_accounts_in_one_run_never_share_a_key(tmp_path):
    """Two people whose downloads hold the same posts, friends, likes and messages."""
    single = len(list(run([FB / "2023-grouped"], tmp_path).store.query()))
    other = _with_profile(FB / "2023-grouped", tmp_path / "other", "someone.else")
    both = run([FB / "2023-grouped", other], tmp_path)
    assert len(both.sources) == 2
    assert single > 20
    assert len(list(both.store.query())) == 2 * single


def test_the_same_account_twice_gives_the_same_keys(tmp_path):
    """Another download of the same account (another name, the profile rewritten): the same keys."""
    again = _with_profile(FB / "2023-grouped", tmp_path / "facebook-bram.voorbeeld-2025-01-01-AbCd1234",
                          "bram.voorbeeld")
    first = {r.key for r in run([FB / "2023-grouped"], tmp_path).store.query()}
    second = {r.key for r in run([again], tmp_path).store.query()}
    assert first == second


def test_a_group_post_listed_in_both_files_is_one_item(tmp_path):
    """Facebook lists a group post in the posts file and again in the groups folder."""
    post = {"timestamp": ts(2023, 6, 6), "title": f"{ME} posted in Example Group.", "data": [{"post": "Sourdough, anyone?"}]}
    comment = {"timestamp": ts(2023, 6, 7), "data": [{"comment": {"timestamp": ts(2023, 6, 7), "comment": "Me!", "author": ME,
                                                                  "group": "Example Group"}}], "title": "x"}
    ctx, members, _ = export(tmp_path, {
        FA4 + "posts/your_posts__check_ins__photos_and_videos_1.json": [post],
        FA4 + "groups/group_posts_and_comments.json": {"group_posts_v2": [post]},
        FA4 + "comments_and_reactions/comments.json": {"comments_v2": [comment]},
        FA4 + "groups/your_comments_in_groups.json": {"group_comments_v2": [comment]}})
    assert len(handle(ctx, members, FA4 + "posts/your_posts__check_ins__photos_and_videos_1.json")) == 1
    assert handle(ctx, members, FA4 + "groups/group_posts_and_comments.json") == []
    assert len(handle(ctx, members, FA4 + "comments_and_reactions/comments.json")) == 1
    assert handle(ctx, members, FA4 + "groups/your_comments_in_groups.json") == []


# ---------------------------------------------------------------- files seen only as HTML in real downloads


def test_reels_archive_and_notes_seen_in_real_html_downloads_are_itemised(tmp_path):
    """`short_videos/your_reels`, `posts/archive` (facebook-html-2024-05) and FB-1 `posts/notes`
    (facebook-html-2019-06) hold the user's own posts; their JSON is read in the shapes Facebook
    uses elsewhere (the HTML does not show the keys)."""
    reel = {"timestamp": ts(2023, 10, 21), "media": [], "label_values": [{"label": "Description", "value": "Clip 🎬"}],
            "fbid": "1"}
    archived = {"timestamp": ts(2024, 3, 11), "attachments": [{"data": [{"media": {
        "uri": "a.jpg", "creation_timestamp": ts(2024, 3, 11), "title": "Mobile uploads", "description": "Old photo"}}]}]}
    ctx, members, _ = export(tmp_path, {
        FA4 + "short_videos/your_reels.json": [reel],
        FA4 + "posts/archive.json": {"archive_v2": [archived]},
        "posts/notes.json": {"notes": [{"title": "Summer", "text": "A long note", "created_timestamp": ts(2013, 3, 7)}]}})
    (video,) = handle(ctx, members, FA4 + "short_videos/your_reels.json")
    assert (video.kind, video.text, video.created_at) == ("video", "Clip 🎬", dt(2023, 10, 21))
    (post,) = handle(ctx, members, FA4 + "posts/archive.json")
    assert (post.kind, post.visibility, post.text, post.media_count) == ("post", "restricted", "Old photo", 1)
    (note,) = handle(ctx, members, "posts/notes.json")
    assert (note.kind, note.visibility, note.text, note.created_at) == ("post", "unknown", "Summer — A long note", dt(2013, 3, 7))


@pytest.mark.parametrize("rel", [
    "likes_and_reactions/likes_on_external_sites.json", "other_logged_information/friend_peer_group.json",
    "other_personal_information/your_address_books.json", "search/your_search_history.json"])
def test_file_names_of_real_downloads_are_known(rel):
    route = SPEC.route_for(rel)
    assert route is not None and route.handler is None


def test_fb1_following_lists_are_connections(tmp_path):
    """facebook-html-2019-06 (FB-1): following_and_followers/following and followed_pages."""
    rel = "following_and_followers/following.json"
    ctx, members, _ = export(tmp_path, {rel: {"following": [{"name": "John Roe", "timestamp": ts(2015, 1, 1)}]}})
    (item,) = handle(ctx, members, rel)
    assert (item.kind, item.created_at) == ("connection", dt(2015, 1, 1))
    assert SPEC.route_for("following_and_followers/unfollowed_pages.json").handler is None
