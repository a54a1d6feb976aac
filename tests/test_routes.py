"""The parser tables against the committed samples: every route with a handler gives at least one item
from some sample, and every route read for context is read from one. A route without a sample is
either given one (samples/gen_*.py, in the real shape) or listed below with the reason, so that a
new route cannot arrive untried and a gap that closes must leave the list."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

import pytest
from ai_exposure.parsers import REGISTRY
from conftest import SAMPLES, run

from ai_exposure.i18n import Msg
from ai_exposure.model import Item, Problem, SourceInfo
from ai_exposure.parsing import AccountsCenterState, Context, NoState, Route, each_object, state_of
from ai_exposure.readers import SkippedRecord

# Why a Meta HTML route (the twin of a JSON route, meta-html) has no sample item: the page has no
# reader of its own yet, or meta-html (the shapes seen in real downloads) shows no page of its kind.
NO_HTML_READER = "no HTML reader of this page yet: its records are counted, with a warning"
NO_PAGE_SHOWN = "read in HTML, but meta-html shows no page of this kind to sample"
NO_CONTEXT_PAGE_SHOWN = "read for context in HTML, but meta-html shows no page of it to sample"

# (platform, the end of the route's pattern, enough to name it alone) -> why no sample gives an item
# from it yet (for a context route: why no sample holds its file).
NOT_YET_SAMPLED = {
    ("facebook", r"posts/archive\.json"): "archived posts: no real JSON of them seen",
    ("facebook", r"posts/notes\.json"): "FB-1 notes.json: seen as HTML only, its JSON keys unknown",
    ("facebook", r"pages/pages_and_profiles_you_follow\.json"): "pages followed, FB-4 name",
    ("facebook", r"following_and_followers/(?:following|followed_pages)\.json"): "FB-1 following list",
    ("facebook", r"facebook_accounts_center/accounts_center\.json"): "Accounts Center: shape unconfirmed",
    ("instagram", r"personal_information/(?:personal_information/)?notes\.json"): "notes: seen as HTML only",
    ("google", r"listeleri)/[^/]+\.json"): "a ≤2020 playlist JSON (one file per playlist)",
    ("google", r"Music)/[^/]+/(?:videos|Videos|video_s|vídeos|vidéos)\.csv"):
        "videos.csv under a folder name the tool does not know",
    ("google", r"Yorumlar|评论)\.csv"): "comments.csv under a folder name the tool does not know",
    ("google", r"direct)\.csv"): "live chats under a folder name the tool does not know",
    ("google", r"listeleri)\.csv"): "playlists.csv under a folder name the tool does not know",
    ("google", r"订阅内容)\.csv"): "subscriptions under a folder name the tool does not know",
    ("google", r"(?:Blogger)/Comments/(?:.+/)?[^/]*feed\.atom"): "Blogger comment feeds",
    ("google", r"[^/]+/[^/]+\.json"): "a product JSON whose name the tool does not know (read by shape)",
    ("google", r"[^/]+/[^/]+/[^/]+\.(?:json|html)"): "an activity file named in no language the tool knows",
    ("linkedin", r"Videos(?:_\d+)?\.csv"): "Videos.csv: no header of it confirmed",
    ("linkedin", r"Patents(?:_\d+)?\.csv"): "Patents.csv: no header of it confirmed",
    ("linkedin", r"Organizations(?:_\d+)?\.csv"): "Organizations.csv: no header of it confirmed",
    ("linkedin", r"[^/]*_messages(?:_\d+)?\.csv"): "guide/coach messages: header only in every real export",
    ("linkedin", r"LearningCoachMessages(?:_\d+)?\.csv"): "'No conversations found' in every real export",
    ("x", r"deleted-note-tweets?(?:-part\d+)?\.js"): "deleted long posts: the sample's file is empty",
    ("x", r"(?:twitter-)?article(?:-part\d+)?\.js"): "X Articles: the sample's file is empty",
    ("x", r"fleets?(?:-part\d+)?\.js"): "Fleets: the sample's file is empty",
    ("x", r"spaces-metadata(?:-part\d+)?\.js"): "Spaces: the sample's file is empty",
    ("x", r"reply-prompt(?:-part\d+)?\.js"): "reply prompts",
    ("x", r"tweets\.csv"): "tweets.csv itemises only tweets the month files lack; the sample has none",
    ("facebook", r"(?:your_uncategorized_photos|your_photos)\.html?"): NO_PAGE_SHOWN,
    ("facebook", r"(?:your_)?videos\.html?"): NO_PAGE_SHOWN,
    ("facebook", r"your_reels\.html?"): NO_PAGE_SHOWN,
    ("facebook", r"archived_stories\.html?"): NO_PAGE_SHOWN,
    ("facebook", r"story_reactions\.html?"): NO_PAGE_SHOWN,
    ("facebook", r"trash\.html?"): NO_HTML_READER,
    ("facebook", r"archive\.html?"): NO_HTML_READER,
    ("facebook", r"notes\.html?"): NO_HTML_READER,
    ("facebook", r"comments_and_reactions/[^/]+\.html?"): NO_HTML_READER,
    ("facebook", r"(?:pages_you(?:'|_|’)?ve_liked|pages)\.html?"): NO_PAGE_SHOWN,
    ("facebook", r"pages_and_profiles_you_follow\.html?"): NO_PAGE_SHOWN,
    ("facebook", r"pages_and_profiles_you(?:'|_|’)?ve_recommended\.html?"): NO_PAGE_SHOWN,
    ("facebook", r"your_pending_posts_in_groups\.html?"): NO_HTML_READER,
    ("facebook", r"(?:your_group_membership_activity|group_membership_activity|your_groups)\.html?"):
        NO_PAGE_SHOWN,
    ("facebook", r"your_group_messages/[^/]+\.html?"): NO_PAGE_SHOWN,
    ("facebook", r"(?:your_events|events|events_you_hosted)\.html?"): NO_HTML_READER,
    ("facebook", r"your_event_responses\.html?"): NO_HTML_READER,
    ("facebook", r"your_marketplace_listing_history\.html?"): NO_HTML_READER,
    ("facebook", r"saved_items(?:_and_collections)?/[^/]+\.html?"): NO_PAGE_SHOWN,
    ("facebook", r"ai_conversations\.html?"): NO_HTML_READER,
    ("facebook", r"friends)\.html?"): NO_PAGE_SHOWN,
    ("facebook", r"(?:who_you(?:'|_|’)?ve_followed|people_who_followed_you|followers)\.html?"): NO_PAGE_SHOWN,
    ("facebook", r"(?:following|followed_pages)\.html?"): NO_PAGE_SHOWN,
    ("facebook", r"primary_location\.html?"): NO_CONTEXT_PAGE_SHOWN,
    ("facebook", r"primary_public_location\.html?"): NO_CONTEXT_PAGE_SHOWN,
    ("facebook", r"accounts_center\.html?"): NO_CONTEXT_PAGE_SHOWN,
    ("facebook", r".*\.html?"):
        "any other HTML page: counted, never itemised: the route for pages of no known kind",
    ("instagram", r"media\.html?"): NO_HTML_READER,
    ("instagram", r"profile\.html?"): NO_HTML_READER,
    ("instagram", r"connections\.html?"): NO_HTML_READER,
    ("instagram", r"comments\.html?"): NO_PAGE_SHOWN,
    ("instagram", r"(?:likes|saved)\.html?"): NO_HTML_READER,
    ("instagram", r"messages\.html?"): NO_HTML_READER,
    ("instagram", r"liked_(?:posts|comments)\.html?"): NO_PAGE_SHOWN,
    ("instagram", r"saved_(?:posts|collections)\.html?"): NO_PAGE_SHOWN,
    ("instagram", r"story_likes\.html?"): NO_PAGE_SHOWN,
    ("instagram", r"story_(?:sticker_)?interactions/[^/]+\.html?"): NO_PAGE_SHOWN,
    ("instagram", r"following\.html?"): NO_PAGE_SHOWN,
    ("instagram", r"personal_information/)?notes\.html?"): NO_HTML_READER,
    ("instagram", r"account_based_in\.html?"): NO_CONTEXT_PAGE_SHOWN,
    ("instagram", r"(?:instagram_profile_information|account_information)\.html?"): NO_CONTEXT_PAGE_SHOWN,
    ("instagram", r"linked_meta_accounts\.html?"): NO_CONTEXT_PAGE_SHOWN,
    ("instagram", r".*\.html?"):
        "any other HTML page: counted, never itemised: the route for pages of no known kind",
    ("threads", r"personal_information\.json"):
        "the Threads profile: the one sample of it (threads/2026) is read by the Instagram parser",
    ("reddit", r"(?:drafts|scheduled_posts)(?:_\d+)?\.csv"):
        "drafts.csv, scheduled_posts.csv: no sample: their whole headers are not confirmed",
}


def _trees() -> list[Path]:
    return sorted(p for p in SAMPLES.glob("*/*") if p.is_dir() and p.parent.name != "build"
                  and not p.name.startswith((".", "_")))


@pytest.fixture(scope="module")
def route_use(tmp_path_factory) -> tuple[Counter, set]:
    """Items given per (platform, route pattern) over every committed sample, and the context routes
    whose files the samples hold."""
    items: Counter = Counter()
    read: set = set()
    tmp = tmp_path_factory.mktemp("routes")
    for tree in _trees():
        for src in run([tree], tmp).sources:
            relpath = {m.display: m.relpath for m in src.members}
            for rec in src.files:
                route = src.spec.route_for(relpath[rec.path]) if relpath.get(rec.path) else None
                if route is None:
                    continue
                if route.context:
                    read.add((src.spec.platform, route.pattern))
                if route.handler is not None:
                    items[src.spec.platform, route.pattern] += rec.items
    return items, read


def _routes() -> list[tuple[str, Route]]:
    return [(name, route) for name, spec in REGISTRY.items() for route in spec.routes]


def _gap(platform: str, route: Route) -> tuple[str, str]:
    """The entry of NOT_YET_SAMPLED that names `route`, or ("", "")."""
    found = [(p, end) for p, end in NOT_YET_SAMPLED if p == platform and route.pattern.endswith(end)]
    return found[0] if found else ("", "")


def test_each_entry_of_the_list_names_one_route():
    for platform, end in NOT_YET_SAMPLED:
        named = [r.pattern for r in REGISTRY[platform].routes
                 if (r.handler is not None or r.context) and r.pattern.endswith(end)]
        assert len(named) == 1, (platform, end, named)


def test_every_handler_route_gives_an_item_from_a_sample(route_use):
    items, _ = route_use
    handled = [(name, route) for name, route in _routes() if route.handler is not None]
    assert len(handled) > 100  # the tables were read, not an empty registry
    untried = [(name, route.pattern) for name, route in handled
               if items[name, route.pattern] == 0 and _gap(name, route) == ("", "")]
    assert untried == []


def test_the_list_of_routes_without_a_sample_is_current(route_use):
    """A listed route that a sample now covers (or that is gone) must leave the list."""
    items, read = route_use
    still_open = {_gap(name, route) for name, route in _routes()
                  if (route.handler is not None and items[name, route.pattern] == 0)
                  or (route.context and (name, route.pattern) not in read)}
    assert set(NOT_YET_SAMPLED) - still_open == set()


def test_every_context_route_is_read_from_a_sample(route_use):
    _, read = route_use
    context = [(name, route.pattern) for name, route in _routes() if route.context]
    assert len(context) >= 14  # X's four, Facebook's five, Instagram's five (and their HTML twins)
    assert [(name, pattern) for name, route in _routes() if route.context
            and (name, (pattern := route.pattern)) not in read and _gap(name, route) == ("", "")] == []


def test_every_parser_state_is_a_dataclass_of_named_fields():
    """No parser files free string keys in its state: each spec's state is a dataclass (Context.state
    is typed object, read through state_of), never a mapping."""
    for name, spec in REGISTRY.items():
        state = spec.state()
        assert dataclasses.is_dataclass(state) and not isinstance(state, Mapping), name
        ctx = Context(spec, SourceInfo(name, spec.label), [])
        assert state_of(ctx, type(state)) is ctx.state
        with pytest.raises(TypeError):
            state_of(ctx, AccountsCenterState if not isinstance(state, AccountsCenterState) else NoState)


def test_a_context_route_has_no_handler():
    assert all(route.handler is None for _, route in _routes() if route.context)


def _body(n: int, record: dict) -> list[Item | Problem]:
    return [Problem("f.json", Msg("record %(n)s", n=n), Msg("%(v)s", v=str(record["v"])))]


def test_each_object_gives_the_body_of_objects_and_a_problem_for_anything_else():
    numbered = [(1, {"v": "a"}), (2, ["not", "an", "object"]), (3, SkippedRecord(3, "too large")),
                (4, {"v": "b"}), (5, "text")]
    out = list(each_object("f.json", numbered, Msg("not a post record; skipped"), _body))
    assert [(p.place, p.reason) for p in out] == [
        ("record 1", "a"), ("record 2", "not a post record; skipped"),
        ("record 3", "too large: skipped"), ("record 4", "b"), ("record 5", "not a post record; skipped")]
