# ruff: noqa: E501  (raw export records read better unwrapped)
"""Instagram parser: handlers on raw records of every era (exact Items), account privacy over time,
the HTML format, merged parts, and end-to-end runs over samples/instagram as folder, zip and tgz."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from ai_exposure.parsers import instagram
from ai_exposure.parsers.instagram import SPEC
from conftest import SAMPLES, context_for, run, tgz_tree, write_tree, zip_tree
from test_meta_common import meta_json

from ai_exposure.archive import FolderContainer
from ai_exposure.i18n import Translator
from ai_exposure.model import Item, Problem

IG = SAMPLES / "instagram"
ERAS = sorted(p.name for p in IG.iterdir() if p.is_dir())


def ts(y: int, m: int, d: int, h: int = 12) -> int:
    return int(datetime(y, m, d, h, tzinfo=UTC).timestamp())


def dt(y: int, m: int, d: int, h: int = 12) -> datetime:
    return datetime(y, m, d, h, tzinfo=UTC)


def export(tmp_path: Path, files: dict[str, object], name: str = "export"):
    """A prepared context over an export tree written from `files` (dicts/lists become Meta JSON)."""
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
    member = members[relpath]
    route = SPEC.route_for(relpath)
    assert route is not None and route.handler is not None, relpath
    return list(route.handler(member, ctx))


def profile(username="wren_example", private="False", **more):
    fields = {"Username": username, "Name": "Wren Example", "Private Account": private, **more}
    return {"profile_user": [{"title": "User Information", "media_map_data": {}, "string_map_data": {
        k: {"href": "", "value": v, "timestamp": 0} for k, v in fields.items()}}]}


PI4 = "personal_information/personal_information/personal_information.json"


# ---------------------------------------------------------------- own media, every era


def test_ig4_carousel_post_is_one_post_with_its_media_count(tmp_path):
    post = {"media": [{"uri": "media/posts/202403/a.jpg", "creation_timestamp": ts(2024, 3, 9), "title": ""},
                      {"uri": "media/posts/202403/b.jpg", "creation_timestamp": ts(2024, 3, 9), "title": ""}],
            "title": "Sunday walk 🌳 #nature", "creation_timestamp": ts(2024, 3, 10)}
    ctx, members, problems = export(tmp_path, {
        PI4: profile(), "your_instagram_activity/media/posts_1.json": [post]})
    assert problems == []
    assert handle(ctx, members, "your_instagram_activity/media/posts_1.json") == [Item(
        platform="instagram", kind="post",
        key=ctx.account_key("post", dt(2024, 3, 10).isoformat(), "Sunday walk 🌳 #nature", ""),
        created_at=dt(2024, 3, 10), visibility="public",
        evidence=f"your_instagram_activity/media/posts_1.json: account public now ({PI4}: "
                 "Private Account = False)",
        confidence="medium", source_file="your_instagram_activity/media/posts_1.json",
        text="Sunday walk 🌳 #nature", media_count=2, audience="profile")]


def test_ig1_caption_in_the_media_and_wrapped_or_bare_lists(tmp_path):
    old = {"media": [{"uri": "media/posts/201806/x.mp4", "creation_timestamp": ts(2018, 6, 10),
                      "title": "older single-video post: caption lives here"}]}
    ctx, members, _ = export(tmp_path, {
        "account_information/personal_information.json": profile("ig1_user"),
        "content/posts_1.json": [old], "content/posts_2.json": {"ig_posts": [old]}})
    (first,) = handle(ctx, members, "content/posts_1.json")
    (second,) = handle(ctx, members, "content/posts_2.json")
    assert first.text == "older single-video post: caption lives here"
    assert first.created_at == dt(2018, 6, 10)
    assert (first.visibility, first.media_count) == ("public", 1)
    assert second.key == first.key  # a wrapped list reads like a bare one


def test_ig0_media_json_groups_a_carousel_and_reads_iso_times(tmp_path):
    ctx, members, _ = export(tmp_path, {
        "profile.json": {"username": "zoe_sample"},
        "media.json": {"photos": [
            {"taken_at": "2019-06-01T10:00:00+00:00", "caption": "Zürichsee", "path": "photos/a.jpg"},
            {"taken_at": "2019-06-01T10:00:00+00:00", "caption": "Zürichsee", "path": "photos/b.jpg"}],
            "direct": [{"taken_at": "2020-03-01T21:00:00+00:00", "path": "direct/d.jpg"}]}})
    post, dm = handle(ctx, members, "media.json")
    assert post == Item(
        platform="instagram", kind="post",
        key=ctx.account_key("post", "2019-06-01T10:00:00+00:00", "Zürichsee", ""),
        created_at=dt(2019, 6, 1, 10), visibility="unknown",
        evidence="media.json photos: the export does not say whether the account is private "
                 "(no 'Private Account' value, no privacy history)",
        confidence="low", source_file="media.json", text="Zürichsee", media_count=2, audience="profile")
    assert (dm.kind, dm.visibility, dm.audience) == ("message", "restricted", "dm")


def test_ig0_privacy_flag_when_present(tmp_path):
    ctx, _, _ = export(tmp_path, {"profile.json": {"username": "zoe", "private_account": False},
                                  "media.json": {"photos": []}})
    assert (ctx.state["ig_timeline"].current, ctx.state["ig_timeline"].current_evidence) == (
        False, "profile.json: private_account")
    ctx, _, _ = export(tmp_path, {"profile.json": {"username": "zoe"}, "settings.json": {"private_account": "True"}},
                       name="other")
    assert ctx.state["ig_timeline"].current is True


@pytest.mark.parametrize("file, key, kind, visibility", [
    ("stories.json", "ig_stories", "story", "restricted"),
    ("profile_photos.json", "ig_profile_picture", "photo", "public"),
    ("archived_posts.json", "ig_archived_post_media", "post", "restricted"),
    ("recently_deleted_content.json", "ig_recently_deleted_media", "post", "restricted"),
    ("reels.json", "ig_reels_media", "video", "restricted"),
    ("igtv_videos.json", "ig_igtv_media", "video", "restricted"),
    ("other_content.json", "ig_other_media", "post", "restricted"),
])
@pytest.mark.parametrize("folder", ["content", "your_instagram_activity/content",
                                    "your_instagram_activity/media"])
def test_media_files_by_kind_on_a_private_account(tmp_path, folder, file, key, kind, visibility):
    media = {"uri": "media/x/1.jpg", "creation_timestamp": ts(2024, 1, 1), "title": "cap"}
    record = media if kind in ("story", "photo") else {"media": [media]}
    rel = f"{folder}/{file}"
    ctx, members, _ = export(tmp_path, {PI4: profile(private="True"), rel: {key: [record]}})
    (item,) = handle(ctx, members, rel)
    assert (item.kind, item.visibility, item.created_at) == (kind, visibility, dt(2024, 1, 1))
    assert item.evidence.startswith(rel + ": ")


def test_a_story_on_a_public_account_is_unknown_but_was_public(tmp_path):
    rel = "your_instagram_activity/media/stories.json"
    ctx, members, _ = export(tmp_path, {PI4: profile(private="False"), rel: {"ig_stories": [
        {"uri": "media/stories/1.jpg", "creation_timestamp": ts(2024, 1, 1), "title": ""}]}})
    (story,) = handle(ctx, members, rel)
    assert (story.visibility, story.was_public, story.confidence) == ("unknown", True, "low")
    assert "highlights" in story.evidence


# ---------------------------------------------------------------- privacy over time


def test_privacy_history_public_private_public(tmp_path):
    """The account went private on 2021-03-01 and public again on 2021-09-01, and is private now
    (since 2023-06-01): an item from each period gets its own was_public."""
    history = {"account_history_account_privacy_history": [
        {"title": "Account switched to private", "string_map_data": {"Time": {"timestamp": ts(2021, 3, 1)}}},
        {"title": "Account switched to public", "string_map_data": {"Time": {"timestamp": ts(2021, 9, 1)}}},
        {"title": "Account switched to private", "string_map_data": {"Time": {"timestamp": ts(2023, 6, 1)}}}]}
    posts = [{"media": [{"uri": "u", "creation_timestamp": t}], "title": title, "creation_timestamp": t}
             for title, t in (("before", ts(2020, 6, 1)), ("private then", ts(2021, 5, 1)),
                              ("public again", ts(2022, 2, 2)), ("private now", ts(2024, 1, 1)))]
    ctx, members, _ = export(tmp_path, {
        PI4: profile(private="True"),
        "security_and_login_information/login_and_profile_creation/profile_privacy_changes.json": history,
        "your_instagram_activity/media/posts_1.json": posts})
    items = handle(ctx, members, "your_instagram_activity/media/posts_1.json")
    assert [(i.text, i.visibility, i.was_public, i.confidence) for i in items] == [
        ("before", "restricted", True, "high"),
        ("private then", "restricted", True, "high"),  # public for a time after it was posted
        ("public again", "restricted", True, "high"),
        ("private now", "restricted", False, "high")]
    assert "it was public when it was posted" in items[0].evidence
    assert "for a time after it was posted" in items[1].evidence
    # The report says it in Dutch: the evidence keeps its template, the file names stay as they are.
    nl = Translator("nl")
    assert nl.text(items[0].evidence) == (
        "your_instagram_activity/media/posts_1.json: account nu privé "
        f"({PI4}: Private Account = True); het was openbaar toen het geplaatst werd "
        "(security_and_login_information/login_and_profile_creation/profile_privacy_changes.json)")
    assert nl.text(items[3].evidence).startswith(
        "your_instagram_activity/media/posts_1.json: account nu privé, en al sinds voordat het geplaatst werd")
    assert nl.missing == set()
    assert items[0].evidence is items[2].evidence  # one message per file and case, not one per post


def test_dutch_privacy_history_and_the_list_variant(tmp_path):
    history = {"account_history_account_privacy_history": [
        {"title": "Account privé gemaakt", "string_map_data": {"Tijd": {"timestamp": ts(2021, 3, 1)}}},
        {"title": "", "string_list_data": [{"value": "Public", "timestamp": ts(2021, 9, 1)}]},
        {"title": "??", "string_map_data": {"Tijd": {"timestamp": ts(2022, 1, 1)}}}]}
    ctx, _, problems = export(tmp_path, {
        "login_and_account_creation/account_privacy_changes.json": history})
    timeline = ctx.state["ig_timeline"]
    assert timeline.changes == ((dt(2021, 3, 1), True), (dt(2021, 9, 1), False))
    assert timeline.current is False  # no Private Account value: the last change decides
    assert problems == [Problem("login_and_account_creation/account_privacy_changes.json", "record 3",
                                "privacy change without a readable time or public/private state; "
                                "not used", "warning")]


def test_close_friends_use_is_a_caveat(tmp_path):
    ctx, _, _ = export(tmp_path, {
        PI4: profile(),
        "connections/followers_and_following/close_friends.json": {"relationships_close_friends": [
            {"title": "", "string_list_data": [{"href": "", "value": "friend1", "timestamp": 1}]}]}})
    assert len(ctx.info.caveats) == 1
    assert "close friends" in ctx.info.caveats[0].lower()


def test_profile_region_age_and_account(tmp_path):
    ctx, members, _ = export(tmp_path, {
        "personal_information/personal_information.json": {"profile_user": [{"string_map_data": {
            "Gebruikersnaam": {"value": "fern_voorbeeld"}, "Naam": {"value": "Fern Voorbeeld"},
            "Bio": {"value": "Fotografe — Utrecht 📷"}, "Geboortedatum": {"value": "1994-05-17"},
            "E-mailadres": {"value": "fern@example.com"}}}]},
        "personal_information/information_about_you/account_based_in.json": {
            "inferred_data_primary_location": [{"string_map_data": {"City Name": {"value": "Utrecht"}}}]}})
    assert ctx.info.account == "fern_voorbeeld"
    assert ctx.info.birth_date == "1994-05-17"
    assert ctx.info.region_hint == "Utrecht"
    assert ctx.info.region_hint_evidence.startswith(
        "personal_information/information_about_you/account_based_in.json")
    items = handle(ctx, members, "personal_information/personal_information.json")
    assert [(i.kind, i.text, i.visibility) for i in items] == [
        ("profile", "fern_voorbeeld", "public"), ("profile", "Fern Voorbeeld", "public"),
        ("profile", "Fotografe — Utrecht 📷", "public")]  # the e-mail address is not itemised


# ---------------------------------------------------------------- comments, likes, connections, DMs


def test_comment_shapes_of_every_era(tmp_path):
    ctx, members, _ = export(tmp_path, {
        PI4: profile(),
        "comments.json": {"media_comments": [["2020-04-24T15:39:04+00:00", "@wren nice", "otter_example"]]},
        "comments/post_comments.json": {"comments_media_comments": [
            {"title": "wren_example", "string_list_data": [{"href": "", "value": "thanks!", "timestamp": ts(2021, 1, 1)}]}]},
        "your_instagram_activity/comments/post_comments_1.json": [
            {"media_list_data": [], "string_map_data": {"Opmerking": {"value": "Mooi 😍"},
                                                        "Media-eigenaar": {"value": "otter_example"},
                                                        "Tijd": {"timestamp": ts(2025, 1, 2)}}}]})
    (legacy,) = handle(ctx, members, "comments.json")
    (own,) = handle(ctx, members, "comments/post_comments.json")
    (dutch,) = handle(ctx, members, "your_instagram_activity/comments/post_comments_1.json")
    assert (legacy.text, legacy.created_at, legacy.visibility) == (
        "@wren nice", datetime(2020, 4, 24, 15, 39, 4, tzinfo=UTC), "unknown")
    assert (own.text, own.visibility) == ("thanks!", "public")  # on the user's own media
    assert dutch == Item(
        platform="instagram", kind="comment",
        key=ctx.account_key("comment", dt(2025, 1, 2).isoformat(), "Mooi 😍", "otter_example"),
        created_at=dt(2025, 1, 2), visibility="unknown",
        evidence="your_instagram_activity/comments/post_comments_1.json: comment on @otter_example's "
                 "media; who sees it depends on that account's privacy, which the export does not hold",
        confidence="low", source_file="your_instagram_activity/comments/post_comments_1.json",
        text="Mooi 😍")


def test_comments_in_the_label_values_envelope(tmp_path):
    rel = "your_instagram_activity/comments/post_comments_1.json"
    ctx, members, _ = export(tmp_path, {PI4: profile(), rel: [{"timestamp": ts(2026, 3, 1), "label_values": [
        {"label": "Comment", "value": "Lovely 🌸"},
        {"title": "Owner", "dict": [{"dict": [{"label": "Username", "value": "wren_example"}]}]}]}]})
    (item,) = handle(ctx, members, rel)
    assert (item.text, item.created_at, item.visibility) == ("Lovely 🌸", dt(2026, 3, 1), "public")


def test_likes_old_wrapper_and_ig5_label_values(tmp_path):
    ctx, members, _ = export(tmp_path, {
        PI4: profile(),
        "likes/liked_posts.json": {"likes_media_likes": [{"title": "otter_example", "string_list_data": [
            {"href": "https://www.instagram.com/p/A1/", "value": "👍", "timestamp": ts(2024, 3, 1)}]}]},
        "your_instagram_activity/likes/liked_posts.json": [{"timestamp": ts(2025, 2, 2), "label_values": [
            {"label": "URL", "value": "https://www.instagram.com/p/B2/", "href": "https://www.instagram.com/p/B2/"},
            {"title": "Owner", "dict": [{"dict": [{"label": "Username", "value": "otter_example"}]}]}]}]})
    (old,) = handle(ctx, members, "likes/liked_posts.json")
    (new,) = handle(ctx, members, "your_instagram_activity/likes/liked_posts.json")
    assert (old.kind, old.url, old.created_at) == ("reaction", "https://www.instagram.com/p/A1/", dt(2024, 3, 1))
    assert (new.kind, new.url, new.created_at) == ("reaction", "https://www.instagram.com/p/B2/", dt(2025, 2, 2))
    assert old.visibility == new.visibility == "unknown"


def test_followers_bare_list_and_following_username_in_title(tmp_path):
    ctx, members, _ = export(tmp_path, {
        PI4: profile(private="True"),
        "connections/followers_and_following/followers_1.json": [
            {"title": "", "string_list_data": [{"href": "https://www.instagram.com/a", "value": "a", "timestamp": 1}]}],
        "connections/followers_and_following/following.json": {"relationships_following": [
            {"title": "b", "string_list_data": [{"href": "https://www.instagram.com/_u/b", "timestamp": 2}]}]}})
    (follower,) = handle(ctx, members, "connections/followers_and_following/followers_1.json")
    (following,) = handle(ctx, members, "connections/followers_and_following/following.json")
    assert (follower.kind, follower.audience, follower.visibility) == ("connection", "followers", "restricted")
    assert (following.audience, following.key) == (
        "following", ctx.account_key("connection", "following", "b"))
    assert ctx.info.owner_id == "wren_example"


def test_direct_messages_are_restricted_and_owned_by_sender(tmp_path):
    rel = "your_instagram_activity/messages/inbox/otter_123/message_1.json"
    ctx, members, _ = export(tmp_path, {PI4: profile(), rel: {
        "participants": [{"name": "otter_example"}, {"name": "Wren Example"}],
        "messages": [{"sender_name": "Wren Example", "timestamp_ms": ts(2025, 2, 2) * 1000, "content": "Hi 👋"},
                     {"sender_name": "otter_example", "timestamp_ms": ts(2025, 2, 1) * 1000,
                      "photos": [{"uri": "x.jpg"}]}],
        "title": "otter_example", "thread_path": "inbox/otter_123"}})
    mine, theirs = handle(ctx, members, rel)
    assert mine == Item(
        platform="instagram", kind="message",
        key=ctx.account_key("message", "otter_123", ts(2025, 2, 2) * 1000, "Wren Example", "Hi 👋"),
        created_at=dt(2025, 2, 2), visibility="restricted", evidence=f"{rel}: direct message",
        confidence="high", source_file=rel, text="Hi 👋", audience="dm", own=True)
    assert (theirs.own, theirs.media_count, theirs.text) == (False, 1, "")


def test_threads_posts_are_platform_threads(tmp_path):
    rel = "your_instagram_activity/threads/threads_and_replies.json"
    ctx, members, _ = export(tmp_path, {PI4: profile(), rel: {"text_post_app_text_posts": [
        {"title": "First thread 🔥", "creation_timestamp": ts(2025, 2, 1), "media": []}]}})
    (item,) = handle(ctx, members, rel)
    assert (item.platform, item.kind, item.visibility, item.text, item.media_count) == (
        "threads", "post", "unknown", "First thread 🔥", 0)


# ---------------------------------------------------------------- bad records


def test_a_malformed_record_is_reported_and_the_rest_kept(tmp_path):
    good = {"media": [{"uri": "u", "creation_timestamp": ts(2024, 1, 1)}], "title": "ok",
            "creation_timestamp": ts(2024, 1, 1)}
    ctx, members, _ = export(tmp_path, {PI4: profile(),
                                        "your_instagram_activity/media/posts_1.json": [good, "oops", good | {"title": "ok 2"}]})
    out = handle(ctx, members, "your_instagram_activity/media/posts_1.json")
    assert [type(o).__name__ for o in out] == ["Item", "Problem", "Item"]
    assert out[1] == Problem("your_instagram_activity/media/posts_1.json", "record 2",
                             "not a media record; skipped")
    assert "oops" not in out[1].reason
    nl = Translator("nl")
    assert (nl.text(out[1].place), nl.text(out[1].reason)) == ("record 2", "geen mediarecord; overgeslagen")
    assert nl.missing == set()


def test_a_truncated_file_is_a_problem_after_its_good_records(tmp_path):
    rel = "your_instagram_activity/media/posts_1.json"
    good = meta_json({"media": [], "title": "kept", "creation_timestamp": ts(2024, 1, 1)})
    analysis = run([write_tree(tmp_path / "t", {PI4: meta_json(profile()), rel: f"[{good}, {good[:-9]}"})],
                   tmp_path)
    (src,) = analysis.sources
    (rec,) = [f for f in src.files if f.path.endswith("posts_1.json")]
    assert (rec.status, rec.items, rec.problems) == ("parsed", 1, 1)
    assert any(p.place == "record 2" for p in src.problems)


# ---------------------------------------------------------------- end to end over the samples


def items_of(analysis):
    return sorted((r.key, r.platform, r.kind, r.visibility, r.text, r.media_count, r.was_public)
                  for r in analysis.store.query())


@pytest.mark.parametrize("era", ERAS)
def test_every_sample_file_is_parsed_or_ignored(tmp_path, era):
    analysis = run([IG / era], tmp_path)
    (src,) = analysis.sources
    assert src.spec is SPEC
    unknown = [f.path for f in src.files if f.status == "unknown"]
    assert unknown == (["your_instagram_activity/new_feature/mystery_feature.json"]
                       if era == "2025-part1" else [])
    assert src.problems == []
    assert src.count_files("parsed") + src.count_files("context") + src.count_files("ignored") \
        + len(unknown) == len(src.files)


def test_folder_zip_and_tgz_give_the_same_items(tmp_path):
    folders = [IG / era for era in ERAS]
    zips = [zip_tree(IG / era, tmp_path / f"instagram-{era}.zip") for era in ERAS]
    tgzs = [tgz_tree(IG / era, tmp_path / f"instagram-{era}.tgz") for era in ERAS]
    from_folders = items_of(run(folders, tmp_path))
    assert from_folders == items_of(run(zips, tmp_path)) == items_of(run(tgzs, tmp_path))
    assert len(from_folders) > 80


def test_two_zip_parts_of_one_account_are_one_source(tmp_path):
    part1 = zip_tree(IG / "2025-part1", tmp_path / "instagram-wren_example-2025-06-01-AbCd1234-part1.zip")
    part2 = zip_tree(IG / "2025-part2", tmp_path / "instagram-wren_example-2025-06-01-AbCd1234-part2.zip")
    analysis = run([part1, part2], tmp_path)
    (src,) = analysis.sources
    assert src.info.archives == [part1.name, part2.name]
    assert src.info.account == "wren_example"
    rows = list(analysis.store.query())
    captions = {r.text for r in rows if r.kind == "post"}
    assert {"Kiln day: 3 new bowls 🏺", "Winter market stall ❄️☕"} <= captions  # one from each part
    # Part 2's posts follow the account privacy read from part 1.
    (winter,) = [r for r in rows if r.text == "Winter market stall ❄️☕"]
    assert (winter.visibility, winter.media_count) == ("public", 2)


def test_a_part_without_the_profile_takes_the_account_from_its_name(tmp_path):
    part2 = zip_tree(IG / "2025-part2", tmp_path / "instagram-wren_example-2025-06-01-AbCd1234.zip")
    (src,) = run([part2], tmp_path).sources
    assert src.info.account == "wren_example"
    assert src.state["account_evidence"] == "the download's name"


def test_the_meta_wrapper_folder_is_found(tmp_path):
    wrapped = zip_tree(IG / "2024-grouped", tmp_path / "meta.zip",
                       prefix="meta-2025-Jul-13-19-10-01/instagram-kestrel_sample-2025-07-13-ar06JOIC/")
    (src,) = run([wrapped], tmp_path).sources
    assert src.info.root == "meta-2025-Jul-13-19-10-01/instagram-kestrel_sample-2025-07-13-ar06JOIC"
    assert src.info.account == "kestrel_sample"
    assert src.count_files("unknown") == 0


def test_sample_visibility_over_time(tmp_path):
    rows = {r.text: r for r in run([IG / "2024-grouped", IG / "2022-flat"], tmp_path).store.query()}
    # kestrel_sample: public → private 2023-06 → public 2023-10 → private 2024-02 (private now).
    assert (rows["First ride of the year 🚲"].visibility, rows["First ride of the year 🚲"].was_public) == (
        "restricted", True)
    assert rows["Sourdough attempt #3 🍞"].was_public is True  # posted private, public later
    assert rows["Heron at the canal"].was_public is False
    # fern_voorbeeld (Dutch export): public → private → public, public now: every post public.
    for caption in ("Herfst in het Wilhelminapark 🍂", "Alleen voor vrienden: mijn nieuwe atelier",
                    "Nieuwjaarsduik ❄️ brrr"):
        assert rows[caption].visibility == "public"
    assert rows["Kerst 🎄 (gearchiveerd)"].visibility == "restricted"


def test_linked_accounts_from_the_sample(tmp_path):
    (src,) = run([IG / "2024-grouped"], tmp_path).sources
    assert src.state["linked_accounts"] == (
        1, "personal_information/personal_information/linked_meta_accounts.json")
    assert any("linked in Meta's Accounts Center" in n for n in src.info.notices)


def test_html_export_is_itemised_with_the_account_privacy(tmp_path):
    analysis = run([IG / "2024-html"], tmp_path)
    (src,) = analysis.sources
    assert src.info.export_format == "html"
    assert src.info.account == "plover_sample"
    assert any("HTML format" in n and "Format: JSON" in n for n in src.info.notices)
    assert src.problems == []
    rows = {(r.kind, r.text): r for r in analysis.store.query()}
    post = rows[("post", "Café au lait ☕ — Zürich")]
    # Private Account = True in the profile page: posts follow the account, as in JSON.
    assert (post.visibility, post.created_at) == ("restricted", "2024-01-05T23:04:00Z")
    assert "read from the HTML page" in post.evidence
    comment = rows[("comment", "Schön! 😊")]
    assert "otter_example" in comment.evidence
    assert {r.text for r in analysis.store.query() if r.kind == "message"} == {"Hallo 👋", "Hoi!"}


def test_hostile_caption_is_kept_as_plain_text(tmp_path):
    rows = list(run([IG / "2025-part1"], tmp_path).store.query())
    (hostile,) = [r for r in rows if "<script>" in r.text]
    assert hostile.text.startswith("Look <script>alert(1)</script> and <img src=x onerror=alert(1)>")
    assert hostile.url == ""


def test_generator_is_deterministic(tmp_path):
    import importlib.util
    import shutil

    spec = importlib.util.spec_from_file_location("gen_meta_copy", SAMPLES / "gen_meta.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    gen.HERE = tmp_path
    gen.main()
    for platform in ("instagram", "facebook"):
        written = {p.relative_to(tmp_path / platform): p.read_bytes()
                   for p in (tmp_path / platform).rglob("*") if p.is_file()}
        committed = {p.relative_to(SAMPLES / platform): p.read_bytes()
                     for p in (SAMPLES / platform).rglob("*") if p.is_file()}
        assert written == committed, f"samples/{platform} differs from gen_meta.py's output"
    shutil.rmtree(tmp_path / "instagram")


def test_json_dumps_in_the_samples_are_in_meta_encoding():
    text = (IG / "2025-part1/your_instagram_activity/media/posts_1.json").read_text("ascii")
    assert "\\u00f0\\u009f" in text  # emoji bytes escaped one by one
    data = json.loads(text)
    assert instagram.media_post(data[0])[1] != "Kiln day: 3 new bowls 🏺"  # raw: still mojibake


def test_a_media_only_part_is_recognised_and_merged(tmp_path):
    media_part = write_tree(tmp_path / "m", {"media/posts/202501/1.jpg": b"\xff\xd8\xff\xd9",
                                             "media/stories/202502/2.mp4": b"\x00"})
    part1 = zip_tree(IG / "2025-part1", tmp_path / "instagram-wren_example-2025-06-01-AbCd1234-001.zip")
    part3 = zip_tree(media_part, tmp_path / "instagram-wren_example-2025-06-01-AbCd1234-002.zip")
    (src,) = run([part1, part3], tmp_path).sources
    assert src.info.archives == [part1.name, part3.name]
    media = [f for f in src.files if f.path.startswith(part3.name)]
    assert [f.status for f in media] == ["ignored", "ignored"]


# ---------------------------------------------------------------- files of one record, every shape

# One record of each list-type file, with the wrapper key it has when it is wrapped (shapes of real
# downloads: instagram-2024-07 and formats/meta.md §2.2; synthetic values).
FOLLOW = {"title": "", "media_list_data": [], "string_list_data": [
    {"href": "https://www.instagram.com/otter_example", "value": "otter_example", "timestamp": ts(2024, 7, 1)}]}
LIKE = {"title": "otter_example", "string_list_data": [
    {"href": "https://www.instagram.com/p/A1/", "value": "👍", "timestamp": ts(2024, 7, 2)}]}
ONE_RECORD_FILES = [
    ("connections/followers_and_following/followers_1.json", "relationships_followers", FOLLOW, "connection"),
    ("connections/followers_and_following/following.json", "relationships_following", FOLLOW, "connection"),
    ("connections/followers_and_following/close_friends.json", "relationships_close_friends", FOLLOW, "connection"),
    ("your_instagram_activity/likes/liked_posts.json", "likes_media_likes", LIKE, "reaction"),
    ("your_instagram_activity/likes/liked_comments.json", "likes_comment_likes", LIKE, "reaction"),
    ("your_instagram_activity/saved/saved_posts.json", "saved_saved_media",
     {"title": "otter_example", "string_map_data": {"Saved on": {"href": "https://www.instagram.com/p/B2/",
                                                                 "timestamp": ts(2024, 7, 3)}}}, "activity"),
    ("your_instagram_activity/story_sticker_interactions/story_likes.json", "story_activities_story_likes",
     {"title": "otter_example", "string_list_data": [{"timestamp": ts(2024, 7, 4)}]}, "reaction"),
    ("your_instagram_activity/comments/post_comments_1.json", "comments_media_comments",
     {"media_list_data": [{"uri": ""}], "string_map_data": {"Comment": {"value": "Nice 🌊"},
      "Media Owner": {"value": "otter_example"}, "Time": {"timestamp": ts(2024, 7, 5)}}}, "comment"),
    ("your_instagram_activity/content/posts_1.json", "ig_posts",
     {"media": [{"uri": "media/posts/202407/a.jpg", "creation_timestamp": ts(2024, 7, 6), "title": "Tide 🌊"}]},
     "post"),
    ("your_instagram_activity/content/stories.json", "ig_stories",
     {"uri": "media/stories/202407/s.jpg", "creation_timestamp": ts(2024, 7, 7), "title": ""}, "story"),
    ("your_instagram_activity/content/profile_photos.json", "ig_profile_picture",
     {"uri": "media/profile/202407/p.jpg", "creation_timestamp": ts(2024, 7, 8), "title": ""}, "photo"),
    ("your_instagram_activity/likes/liked_posts.json", None,  # IG-5: label_values records
     {"timestamp": ts(2025, 2, 2), "media": [], "label_values": [
         {"label": "URL", "value": "https://www.instagram.com/p/C3/"},
         {"title": "Owner", "dict": [{"dict": [{"label": "Username", "value": "otter_example"}]}]}],
      "fbid": "1"}, "reaction"),
]


def _shapes(key, record):
    shapes = {"bare-object": record, "bare-list": [record]}
    if key:
        shapes |= {"wrapper-object": {key: record}, "wrapper-list": {key: [record]}}
    return shapes


@pytest.mark.parametrize(("rel", "key", "record", "kind"), ONE_RECORD_FILES,
                         ids=[f"{r.rsplit('/', 1)[1]}-{k or 'lv'}" for r, k, _, _ in ONE_RECORD_FILES])
def test_a_file_of_one_record_gives_one_item_in_every_shape(tmp_path, rel, key, record, kind):
    for shape, doc in _shapes(key, record).items():
        ctx, members, _ = export(tmp_path, {PI4: profile(), rel: doc}, name=shape)
        items = handle(ctx, members, rel)
        assert [(type(i).__name__, getattr(i, "kind", None)) for i in items] == [("Item", kind)], shape
        assert items[0].created_at is not None, shape
    for shape, doc in {"empty-list": [], "empty-object": {}, "empty-wrapper": {key or "x": []}}.items():
        ctx, members, _ = export(tmp_path, {PI4: profile(), rel: doc}, name=shape)
        assert handle(ctx, members, rel) == [], shape


def test_a_follow_named_only_by_its_link(tmp_path):
    """2025 following.json: the username in `title`, or only in the profile link."""
    rel = "connections/followers_and_following/following.json"
    ctx, members, _ = export(tmp_path, {PI4: profile(), rel: {"relationships_following": [
        {"title": "", "string_list_data": [{"href": "https://www.instagram.com/_u/otter_example", "timestamp": 1}]}]}})
    (item,) = handle(ctx, members, rel)
    assert item.key == ctx.account_key("connection", "following", "otter_example")


def test_account_insights_under_their_ig3b_name_say_close_friends_are_used(tmp_path):
    ctx, _, problems = export(tmp_path, {PI4: profile(), "personal_information/personal_information/account_information.json": {
        "profile_account_insights": [{"title": "", "media_map_data": {}, "string_map_data": {
            "First Close Friends Story Time": {"href": "", "value": "", "timestamp": ts(2023, 5, 1)}}}]}})
    assert problems == []
    assert any("Close friends are used" in str(c) for c in ctx.info.caveats)
    route = SPEC.route_for("personal_information/personal_information/account_information.json")
    assert route is not None and route.context and route.handler is None


@pytest.mark.parametrize(("private", "visibility"), [("True", "restricted"), ("False", "public"), (None, "unknown")])
def test_threads_posts_follow_the_threads_profile_privacy(tmp_path, private, visibility):
    rel = "your_instagram_activity/threads/threads_and_replies.json"
    files = {PI4: profile(), rel: {"text_post_app_text_posts": [
        {"media": [{"uri": "", "creation_timestamp": ts(2024, 6, 1), "title": "First thread 🧵"}]}]}}
    if private is not None:
        files["your_instagram_activity/threads/personal_information.json"] = {
            "text_post_app_text_post_app_profile": [{"title": "", "media_map_data": {}, "string_map_data": {
                "Bio": {"href": "", "value": "", "timestamp": 0},
                "Private Account": {"href": "", "value": private, "timestamp": 0}}}]}
    ctx, members, problems = export(tmp_path, files)
    assert problems == []
    (item,) = handle(ctx, members, rel)
    assert (item.platform, item.visibility) == ("threads", visibility)


# ---------------------------------------------------------------- keys belong to an account


def _with_username(tree: Path, dest: Path, username: str) -> Path:
    """A copy of a sample tree whose profile names another account."""
    import shutil

    shutil.copytree(tree, dest)
    info = dest / PI4
    data = json.loads(info.read_text(encoding="ascii"))
    data["profile_user"][0]["string_map_data"]["Username"]["value"] = username
    info.write_text(json.dumps(data, indent=2), encoding="ascii")
    return dest


def test_two_accounts_in_one_run_never_share_a_key(tmp_path):
    """Two people with the same follows, likes and posts: every item is counted for each of them."""
    one = run([IG / "2024-grouped"], tmp_path)
    other = _with_username(IG / "2024-grouped", tmp_path / "other", "another_account")
    both = run([IG / "2024-grouped", other], tmp_path)
    assert len(both.sources) == 2
    single = len(list(one.store.query()))
    assert single > 20
    assert len(list(both.store.query())) == 2 * single
    keys = [{r.key for r in both.store.query() if r.source_id == s.id} for s in both.sources]
    assert keys[0].isdisjoint(keys[1])


def test_the_same_account_twice_gives_the_same_keys(tmp_path):
    """Another download of the same account (another folder name, the username in another case):
    the same keys, so compare sees the same items."""
    again = _with_username(IG / "2024-grouped", tmp_path / "instagram-kestrel_sample-2025-01-01-AbCd1234",
                           "Kestrel_Sample")
    first = {r.key for r in run([IG / "2024-grouped"], tmp_path).store.query()}
    second = {r.key for r in run([again], tmp_path).store.query()}
    assert first == second


@pytest.mark.parametrize(("audience", "visibility"), [
    ("followers_you_follow_back", "restricted"), ("close_friends", "restricted"), ("", "unknown")])
def test_notes_take_their_visibility_from_their_audience(tmp_path, audience, visibility):
    """personal_information/personal_information/notes (instagram-html-2025-03): Creation time, Text,
    Audience; the JSON read as string_map_data records."""
    rel = "personal_information/personal_information/notes.json"
    fields = {"Creation time": {"href": "", "value": "", "timestamp": ts(2025, 3, 19)},
              "Text": {"href": "", "value": "Film night 🎬", "timestamp": 0}}
    if audience:
        fields["Audience"] = {"href": "", "value": audience, "timestamp": 0}
    ctx, members, _ = export(tmp_path, {PI4: profile(), rel: {"profile_notes": [
        {"title": "", "media_map_data": {}, "string_map_data": fields}]}})
    (item,) = handle(ctx, members, rel)
    assert (item.kind, item.text, item.created_at, item.visibility) == ("post", "Film night 🎬", dt(2025, 3, 19), visibility)


def test_media_settings_of_a_flat_download_are_known():
    """instagram-html-2023-10 (IG-2): top-level media_settings/."""
    route = SPEC.route_for("media_settings/comments_allowed_from.json")
    assert route is not None and route.handler is None


def test_small_context_files_of_one_record_are_read_bare(tmp_path):
    """personal_information.json and the privacy history as one bare record (the shape of a
    one-follower file): the account, its privacy and the history are still read."""
    user = profile(private="True")["profile_user"][0]
    ctx, members, problems = export(tmp_path, {
        PI4: user,
        "security_and_login_information/login_and_account_creation/account_privacy_changes.json": {
            "title": "Account switched to private", "media_map_data": {},
            "string_map_data": {"Time": {"href": "", "value": "", "timestamp": ts(2023, 6, 1)}}}})
    assert problems == []
    assert ctx.info.account == "wren_example"
    timeline = instagram._timeline(ctx)
    assert timeline.current is True and timeline.changes == ((dt(2023, 6, 1), True),)
    assert {i.text for i in handle(ctx, members, PI4)} == {"wren_example", "Wren Example"}
