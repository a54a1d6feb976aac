"""Reddit, TikTok, Threads, Mastodon and Bluesky downloads (issue 18): samples of the real shapes of
two eras where they exist (samples/gen_more.py) through the whole pipeline, the visibility rules,
hostile records costing one record, and the report, history and compare with the new platforms."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest
from conftest import write_tree

import ai_exposure
from ai_exposure import history, policy, snapshot
from ai_exposure.run import analyze
from ai_exposure.settings import UserSettings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "samples"))
import gen_more  # noqa: E402, I001 - from samples/, put on the path above

from ai_exposure.parsers import bluesky, mastodon, tiktok  # noqa: E402

REAL = Path(__file__).resolve().parents[2] / "shared" / "real"


def run(tmp_path: Path, name: str, tree: dict, region: str = "eu", hist: Path | None = None):
    export = write_tree(tmp_path / name.replace("/", "-"), tree)
    on_result = None
    if hist is not None:
        def on_result(r):
            history.record_analysis(hist, r.analysis, {}, with_text=True)
    result = analyze([export], tmp_path / f"out-{name.replace('/', '-')}",
                     user=UserSettings(lang="en", region=region), on_result=on_result)
    return result, snapshot.load(result.snapshot)


def counts(snap) -> Counter:
    return Counter((i["platform"], i["kind"], i["visibility"], i["confidence"]) for i in snap["items"])


def files(snap) -> dict:
    return {k: len(v) for k, v in snap["sources"][0]["files"].items()}


# ---------------------------------------------------------------- Reddit

def test_reddit_2023_04_whole_download(tmp_path):
    _, snap = run(tmp_path, "reddit/2023-04", gen_more.reddit_2023_04())
    c = counts(snap)
    assert c[("reddit", "post", "public", "medium")] == 2
    assert c[("reddit", "comment", "public", "medium")] == 1
    assert c[("reddit", "comment", "restricted", "medium")] == 1  # [removed]
    assert c[("reddit", "message", "restricted", "high")] == 2  # messages.csv and chat
    assert c[("reddit", "reaction", "restricted", "high")] == 3  # up, down, poll; public_votes False
    assert c[("reddit", "activity", "restricted", "high")] == 2  # the "none" vote and a saved post
    assert files(snap)["unknown"] == 0
    items = {i["key"]: i for i in snap["items"]}
    evidence = items["reddit:post:p1a"]["evidence"]
    assert "does not say" in evidence and "private" in evidence
    assert items["reddit:post:p1a"]["ai_training"] == "likely"
    assert items["reddit:message:m1"]["ai_training"] == "unlikely"
    assert snap["sources"][0]["account"] == "u/tester"


def test_reddit_checkfile_says_missing_and_changed_files(tmp_path):
    _, whole = run(tmp_path, "reddit/whole", gen_more.reddit_2023_04())
    assert whole["sources"][0]["notices"] == []
    tree = gen_more.reddit_2023_04()
    del tree["ip_logs.csv"]
    tree["statistics.csv"] = tree["statistics.csv"].replace("tester", "username")
    _, edited = run(tmp_path, "reddit/edited", tree)
    notices = " ".join(edited["sources"][0]["notices"])
    assert "ip_logs.csv" in notices and "not the whole download" in notices
    assert "statistics.csv" in notices and "changed" in notices


def test_reddit_2023_10_partial_upload_with_lf(tmp_path):
    _, snap = run(tmp_path, "reddit/2023-10", gen_more.reddit_2023_10())
    c = counts(snap)
    assert c[("reddit", "comment", "public", "medium")] == 1
    # No user_preferences.csv: votes are private by Reddit's default, said with medium confidence.
    assert c[("reddit", "reaction", "restricted", "medium")] == 1


def test_reddit_bad_row_costs_one_row(tmp_path):
    tree = gen_more.reddit_2023_04()
    tree["posts.csv"] = tree["posts.csv"] + ",,2023-01-01 00:00:00 UTC,,x,0,no id,,\r\n"
    _, snap = run(tmp_path, "reddit/bad", tree)
    assert counts(snap)[("reddit", "post", "public", "medium")] == 2
    assert any("no id" in p["reason"] for p in snap["sources"][0]["problems"])


# ---------------------------------------------------------------- TikTok

def test_tiktok_2025_11_full_download_old_names(tmp_path):
    _, snap = run(tmp_path, "tiktok/2025-11", gen_more.tiktok_2025_11())
    c = counts(snap)
    assert c[("tiktok", "video", "public", "high")] == 1
    assert c[("tiktok", "video", "restricted", "high")] == 1  # WhoCanView Only You
    assert c[("tiktok", "comment", "unknown", "low")] == 1
    assert c[("tiktok", "comment", "public", "medium")] == 1  # a LIVE comment
    assert c[("tiktok", "message", "restricted", "high")] == 2
    assert c[("tiktok", "reaction", "restricted", "high")] == 1  # liked videos shown to Myself
    assert c[("tiktok", "profile", "public", "high")] == 2
    own = {i["text"] if "text" in i else i["key"]: i["own"] for i in snap["items"] if i["kind"] == "message"}
    assert sorted(own.values()) == [False, True]
    assert snap["sources"][0]["account"] == "@tester"


def test_tiktok_2024_12_activity_only(tmp_path):
    _, snap = run(tmp_path, "tiktok/2024-12", gen_more.tiktok_2024_12())
    c = counts(snap)
    assert c[("tiktok", "comment", "unknown", "low")] == 1
    assert c[("tiktok", "reaction", "unknown", "low")] == 1  # no settings in a partial download
    assert c[("tiktok", "activity", "restricted", "medium")] == 1


def test_tiktok_txt_messages(tmp_path):
    _, snap = run(tmp_path, "tiktok/txt", gen_more.tiktok_txt_2025_12())
    messages = [i for i in snap["items"] if i["kind"] == "message"]
    assert len(messages) == 3 and {i["visibility"] for i in messages} == {"restricted"}
    # The one sender in every chat is the account's owner: the other side's message is not own.
    assert sorted(i["own"] for i in messages) == [False, True, True]


def test_tiktok_video_rule():
    f = "user_data_tiktok.json"
    assert tiktok.video_verdict(f, "Everyone", "Disabled", "e").visibility == "public"
    assert tiktok.video_verdict(f, "Everyone", "Enabled", "e").visibility == "restricted"
    assert tiktok.video_verdict(f, "Friends", "", "").visibility == "restricted"
    assert tiktok.video_verdict(f, "Something new", "Disabled", "e").visibility == "unknown"


def test_tiktok_hostile_records_cost_one_record(tmp_path):
    tree = {"user_data_tiktok.json": gen_more.tiktok_2025_11()["user_data_tiktok.json"].replace(
        '"VideoList": [', '"VideoList": [7, "x", ')}
    _, snap = run(tmp_path, "tiktok/hostile", tree)
    assert counts(snap)[("tiktok", "video", "public", "high")] == 1
    assert sum("not a record" in p["reason"] for p in snap["sources"][0]["problems"]) == 2


def test_tiktok_section_too_large_costs_that_section(tmp_path, monkeypatch):
    # Any section beyond the bound is walked over, not built; the sections after it are read.
    monkeypatch.setattr(tiktok, "MAX_SECTION_EVENTS", 100)
    tree = gen_more.tiktok_2025_11()
    big = ", ".join('{"Date": "2025-01-01 00:00:00", "From": "x", "Content": "y"}' for _ in range(50))
    tree["user_data_tiktok.json"] = tree["user_data_tiktok.json"].replace(
        '"Chat History with friend1:": [', '"Chat History with friend1:": [' + big + ", ")
    _, snap = run(tmp_path, "tiktok/large", tree)
    c = counts(snap)
    assert c[("tiktok", "message", "restricted", "high")] == 0
    assert c[("tiktok", "video", "public", "high")] == 1 and c[("tiktok", "profile", "public", "high")] == 2
    assert any("too large" in p["reason"] for p in snap["sources"][0]["problems"])


# ---------------------------------------------------------------- Threads

def test_threads_2024_and_2026(tmp_path):
    _, old = run(tmp_path, "threads/2024-03", gen_more.threads_2024_03())
    assert counts(old) == Counter({("threads", "post", "unknown", "low"): 2})
    _, new = run(tmp_path, "threads/2026", gen_more.threads_2026())
    assert counts(new) == Counter({("threads", "post", "public", "medium"): 1,
                                   ("threads", "comment", "public", "medium"): 1})
    # Inside an Instagram download's folder, the Instagram parser reads them with the same handlers.
    assert new["sources"][0]["platform"] == "instagram"


# ---------------------------------------------------------------- Mastodon

def test_mastodon_2022_every_audience(tmp_path):
    _, snap = run(tmp_path, "mastodon/2022-06", gen_more.mastodon_2022_06())
    by_id = {i["key"].rsplit("/", 1)[-1]: i for i in snap["items"] if ":status:" in i["key"]}
    assert {k: (i["kind"], i["visibility"], i["audience"], i["confidence"]) for k, i in by_id.items()} == {
        "1": ("post", "public", "public", "high"),
        "2": ("post", "public", "unlisted", "high"),
        "3": ("post", "restricted", "followers", "high"),
        "4": ("message", "restricted", "direct", "high"),
        "5": ("message", "restricted", "direct", "high"),
        "6": ("comment", "public", "public", "high"),
        "7": ("post", "public", "public", "high"),
        "8": ("post", "public", "public", "high"),
    }
    c = counts(snap)
    assert c[("mastodon", "repost", "public", "high")] == 1
    assert c[("mastodon", "reaction", "unknown", "low")] == 1
    assert c[("mastodon", "activity", "restricted", "medium")] == 1
    assert snap["sources"][0]["account"] == "@tester@social.example"


def test_mastodon_2026(tmp_path):
    _, snap = run(tmp_path, "mastodon/2026-07", gen_more.mastodon_2026_07())
    posts = [i for i in snap["items"] if i["kind"] == "post"]
    assert sorted(i["audience"] for i in posts) == ["public", "unlisted"]
    assert max(i["media_count"] for i in posts) == 1


def test_mastodon_rule_is_exact():
    f, followers = "outbox.json", "https://s.example/users/a/followers"
    assert mastodon.audience_verdict(f, ["as:Public"], [], followers).audience == "public"
    assert mastodon.audience_verdict(f, [followers], ["Public"], followers).audience == "unlisted"
    assert mastodon.audience_verdict(f, [followers], [], followers).visibility == "restricted"
    assert mastodon.audience_verdict(f, ["https://o.example/users/b"], [], followers).audience == "direct"


def test_mastodon_hostile_activity_costs_one(tmp_path):
    tree = gen_more.mastodon_2026_07()
    tree["outbox.json"] = tree["outbox.json"].replace('"orderedItems": [',
                                                      '"orderedItems": [42, {"type": "Create"}, ')
    _, snap = run(tmp_path, "mastodon/hostile", tree)
    assert len([i for i in snap["items"] if i["kind"] == "post"]) == 2
    assert len(snap["sources"][0]["problems"]) == 2


# ---------------------------------------------------------------- Bluesky

def test_bluesky_repository(tmp_path):
    _, snap = run(tmp_path, "bluesky/2025", gen_more.bluesky_repo())
    c = counts(snap)
    assert c == Counter({("bluesky", "post", "public", "high"): 2,
                         ("bluesky", "comment", "public", "high"): 1,
                         ("bluesky", "reaction", "public", "high"): 1,
                         ("bluesky", "repost", "public", "high"): 1,
                         ("bluesky", "connection", "public", "high"): 1,
                         ("bluesky", "profile", "public", "high"): 1})
    assert "social.psky.feed" in " ".join(snap["sources"][0]["notices"])
    assert all("AT Protocol" in i["evidence"] for i in snap["items"])
    by_key = {i["key"]: i for i in snap["items"]}
    assert by_key["bluesky:app.bsky.feed.post/3laaaaaaaa001"]["url"] == \
        "https://bsky.app/profile/did:plc:synthetic0000000000000000/post/3laaaaaaaa001"
    assert "bluesky:app.bsky.actor.profile/self" in by_key
    assert snap["sources"][0]["account"] == "did:plc:synthetic0000000000000000"


def test_bluesky_hostile_block_length_is_capped(tmp_path):
    good = gen_more.bluesky_repo()["repo.car"]
    # A block that claims 2**60 bytes: refused before anything is read for it.
    hostile = good + gen_more._varint(1 << 60) + b"\x01\x71"
    _, snap = run(tmp_path, "bluesky/hostile", {"repo.car": hostile})
    assert len(snap["items"]) == 7
    assert any("claims" in p["reason"] for p in snap["sources"][0]["problems"])


def test_bluesky_logged_out_label_is_said_and_changes_nothing(tmp_path):
    profile = {"$type": "app.bsky.actor.profile", "displayName": "Test Er",
               "labels": {"$type": "com.atproto.label.defs#selfLabels",
                          "values": [{"val": "!no-unauthenticated"}]}}
    post = {"$type": "app.bsky.feed.post", "text": "hi", "createdAt": "2025-02-02T00:00:00Z"}
    _, snap = run(tmp_path, "bluesky/label", {"repo.car": gen_more.car([gen_more.cbor2.dumps(profile),
                                                                       gen_more.cbor2.dumps(post)])})
    assert {i["visibility"] for i in snap["items"]} == {"public"} and len(snap["items"]) == 2
    assert "!no-unauthenticated" in " ".join(snap["sources"][0]["notices"])
    _, plain = run(tmp_path, "bluesky/plain", gen_more.bluesky_repo())
    assert "!no-unauthenticated" not in " ".join(plain["sources"][0]["notices"])


def test_bluesky_oversized_block_costs_that_block(tmp_path, monkeypatch):
    # A block over the bound is read over, never built; the blocks after it are read.
    monkeypatch.setattr(bluesky, "MAX_BLOCK", 200)
    _, snap = run(tmp_path, "bluesky/oversized", gen_more.bluesky_repo())
    problems = snap["sources"][0]["problems"]
    assert problems and all("larger than any repository block" in p["reason"] for p in problems)
    assert 0 < len(snap["items"]) < 7


def test_bluesky_bad_block_costs_one_record(tmp_path):
    blocks = [b"\xff\xff\xff", gen_more.cbor2.dumps({"$type": "app.bsky.feed.post", "text": "ok",
                                                     "createdAt": "2025-02-02T00:00:00Z"}),
              # nested far deeper than any record
              b"\x81" * 5000 + b"\x00"]
    _, snap = run(tmp_path, "bluesky/bad", {"repo.car": gen_more.car(blocks)})
    assert [i["kind"] for i in snap["items"]] == ["post"]
    assert len(snap["sources"][0]["problems"]) == 2


def test_bluesky_not_a_car(tmp_path):
    with pytest.raises(bluesky.CarError):
        list(bluesky.blocks(__import__("io").BytesIO(b"\x05hello")))


# ---------------------------------------------------------------- policies, report, history, compare

@pytest.mark.parametrize("platform", ["reddit", "tiktok", "threads", "bluesky", "mastodon"])
def test_policy_every_region_in_english_and_dutch(platform):
    kb = policy.load()
    for region in policy.REGIONS:
        found = kb.policy_for(platform, region)
        assert found is not None
        uses = found.fact("uses")
        assert uses is not None and set(uses.text) == {"en", "nl"} and uses.text["en"] != uses.text["nl"]


@pytest.mark.parametrize("platform", ["reddit", "tiktok", "bluesky", "mastodon"])
def test_guidance_says_what_to_do_in_both_languages(platform):
    kb = policy.load()
    path = kb.policy_for(platform, "eu").fact("settings_path")
    assert path is not None and path.text["en"] and path.text["nl"] and path.text["en"] != path.text["nl"]


def test_report_history_and_compare_with_new_platforms(tmp_path):
    hist = tmp_path / "history.sqlite"
    run(tmp_path, "m1", gen_more.mastodon_2022_06(), hist=hist)
    later = gen_more.mastodon_2022_06()
    public_first = ('"to": ["https://www.w3.org/ns/activitystreams#Public"], '
                    '"cc": ["https://social.example/users/tester/followers"], "inReplyTo": null, '
                    '"content": "<p>hello world</p>"')
    assert public_first in later["outbox.json"]
    later["outbox.json"] = later["outbox.json"].replace(public_first, (
        '"to": ["https://social.example/users/tester/followers"], "cc": [], "inReplyTo": null, '
        '"content": "<p>hello world</p>"'))
    second, _ = run(tmp_path, "m2", later, hist=hist)
    html = Path(second.report).read_text(encoding="utf-8")
    assert "Mastodon" in html and "pf-mastodon" in html
    assert len(history.list_runs(hist)) == 2
    before, after = history.latest_pair(hist)
    result = ai_exposure.compare(before, after, history=ai_exposure.History(hist))
    diff = result.to_json()
    assert "mastodon" in diff
    assert [c["key"] for c in diff["mastodon"]["items"]["newly_restricted"]] == [
        "mastodon:status:https://social.example/users/tester/statuses/1"]
    page = result.write_report(tmp_path / "compare.html").read_text(encoding="utf-8")
    assert "Mastodon" in page


def test_dutch_report_has_dutch_guidance(tmp_path):
    export = write_tree(tmp_path / "r", gen_more.reddit_2023_04())
    result = analyze([export], tmp_path / "out-nl", user=UserSettings(lang="nl", region="eu"))
    html = Path(result.report).read_text(encoding="utf-8")
    assert "Reddit heeft hiervoor geen instelling" in html


@pytest.mark.skipif(not REAL.is_dir(), reason="the real downloads are not here (a fresh clone)")
@pytest.mark.parametrize("name", ["reddit-2023-04-emily-lockman", "reddit-2023-10-firatbatar",
                                  "tiktok-2024-12-cablemp5", "tiktok-2025-11-beyzaacesur",
                                  "tiktok-txt-2025-12-prinsx-py", "threads-2024-03-yungztr",
                                  "mastodon-2022-06-hikurry", "mastodon-2026-07-goija"])
def test_real_download(tmp_path, name):
    path = REAL / f"{name}.zip"
    if not path.exists():
        pytest.skip("not here")
    result = analyze([path], tmp_path / "out", user=UserSettings(lang="en", region="eu"))
    snap = snapshot.load(result.snapshot)
    source = snap["sources"][0]
    assert source["platform"] == name.split("-")[0]
    assert not source["files"]["unknown"]
    assert snap["items"] and source["item_count"] == len(snap["items"])
