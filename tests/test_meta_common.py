"""Shared Meta helpers (parsers/_meta.py): mojibake repair on streamed records, the label_values
envelope, localised keys, the privacy-history replay and HTML counting."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from ai_exposure.parsers import _meta, facebook, instagram
from ai_exposure.parsers._meta import PrivacyTimeline, account_visibility, iter_records
from conftest import member_for

from ai_exposure.readers import ReadError


def meta_json(value: object) -> str:
    """JSON the way Meta writes it: every UTF-8 byte of non-ASCII text as its own \\u00XX escape."""
    def bake(v: object) -> object:
        if isinstance(v, str):
            return v.encode("utf-8").decode("latin-1")
        if isinstance(v, list):
            return [bake(x) for x in v]
        if isinstance(v, dict):
            return {bake(k): bake(x) for k, x in v.items()}
        return v
    return json.dumps(bake(value), ensure_ascii=True)


def at(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


# ---------------------------------------------------------------- mojibake


ROUND_TRIP = [
    "Café crème brûlée",  # accents
    "Great day at the lake 😊👍🏽",  # emoji, with a skin-tone modifier
    "陶芸 — Ελληνικά — مرحبا — Łódź",  # non-Latin scripts
    "It’s “quoted”",  # typographic punctuation
]


@pytest.mark.parametrize("text", ROUND_TRIP)
def test_mojibake_is_repaired_in_values_and_keys(tmp_path, text):
    raw = meta_json([{"string_map_data": {f"Nom d’utilisateur {text}": {"value": text}}}])
    assert "\\u00" in raw  # the file really is in Meta's broken encoding
    member = member_for(tmp_path, "comments/post_comments_1.json", raw)
    (record,) = list(iter_records(member))
    assert record.value == {"string_map_data": {f"Nom d’utilisateur {text}": {"value": text}}}


def test_the_escaped_bytes_of_an_emoji_become_the_emoji(tmp_path):
    member = member_for(tmp_path, "x.json", '[{"title": "Sunday walk \\u00f0\\u009f\\u008c\\u00b3"}]')
    assert next(iter_records(member)).value["title"] == "Sunday walk 🌳"


@pytest.mark.parametrize("text", [
    "café",  # already correct UTF-8 in the file (written raw, not escaped): must not change
    "1280 °C and 5 × 2",  # latin-1 range characters that are not mojibake
    "Ã",  # a lone latin-1 character whose bytes are not valid UTF-8
    "plain ascii",
    "naïve 😊",  # already repaired text (a character above U+00FF)
])
def test_correct_text_is_left_alone(tmp_path, text):
    member = member_for(tmp_path, "x.json", json.dumps([{"k": text}], ensure_ascii=False))
    assert next(iter_records(member)).value == {"k": text}


def test_load_fixed_repairs_small_files_whole(tmp_path):
    member = member_for(tmp_path, "p.json", meta_json({"profile_v2": {"name": {"full_name": "Zoë"}}}))
    assert _meta.load_fixed(member) == {"profile_v2": {"name": {"full_name": "Zoë"}}}



def test_in_place_repair_matches_the_core_repair():
    from ai_exposure.readers import MAX_REPAIR_DEPTH, fix_mojibake_deep

    def broken(text: str) -> str:
        return text.encode("utf-8").decode("latin-1")

    def deep(levels: int) -> object:
        value: object = {"k": broken("Zoë")}
        for _ in range(levels):
            value = [value, broken("café")]
        return value

    doc = {
        broken("Nom d’utilisateur"): [broken("😊"), "ascii", 1, 2.5, True, None, {"x": broken("Łódź")}],
        "n": {"deeper": [[broken("crème"), {broken("clé"): broken("valeur é")}]]},
        "kept": ["1280 °C", "Ã", "naïve 😊"],
        "nested": deep(MAX_REPAIR_DEPTH + 6),
    }
    expected = fix_mojibake_deep(json.loads(json.dumps(doc)))
    assert _meta.repair_parsed(json.loads(json.dumps(doc))) == expected
    assert _meta.repair_parsed(broken("Zoë")) == "Zoë"


def test_a_record_too_large_to_build_is_passed_on_as_skipped(tmp_path, monkeypatch):
    from ai_exposure import readers
    from ai_exposure.readers import SkippedRecord

    # The bare-list reader walks over an element larger than its limit instead of building it.
    monkeypatch.setattr(_meta, "iter_json_array",
                        lambda fh: readers.iter_json_array(fh, max_record_chars=1000))
    # (beyond the reader's first 1 MB window: a record that fits in it is simply decoded)
    member = member_for(tmp_path, "x.json", json.dumps([{"a": 1}, {"big": "z" * (3 << 20)}, {"a": 3}]))
    got = [r.value for r in iter_records(member)]
    assert got[0] == {"a": 1} and got[2] == {"a": 3}
    assert isinstance(got[1], SkippedRecord)


# ---------------------------------------------------------------- streaming records


def test_bare_list_and_wrapped_list_give_the_same_records(tmp_path):
    records = [{"a": 1}, {"b": "two"}]
    bare = member_for(tmp_path, "bare/x.json", json.dumps(records))
    wrapped = member_for(tmp_path, "wrapped/x.json", json.dumps({"ig_stories": records}))
    assert [r.value for r in iter_records(bare)] == records
    got = list(iter_records(wrapped))
    assert [r.value for r in got] == records
    assert {r.key for r in got} == {"ig_stories"}


def test_only_the_wanted_top_level_list_is_read(tmp_path):
    doc = {"participants": [{"name": "A"}], "messages": [{"content": "hi"}, {"content": "yo"}],
           "title": "A", "image": {"uri": "x"}}
    member = member_for(tmp_path, "message_1.json", json.dumps(doc))
    got = list(iter_records(member, ("messages",)))
    assert [r.value for r in got] == doc["messages"]


# A list-type file of one record, as Meta writes it (shapes of real downloads, synthetic values).
ONE_FOLLOWER = {"title": "", "media_list_data": [], "string_list_data": [
    {"href": "https://www.instagram.com/otter_example", "value": "otter_example", "timestamp": 1}]}
ONE_LABEL_VALUES = {"timestamp": 2, "media": [], "label_values": [{"label": "URL", "value": "https://x"}],
                    "fbid": "1"}


@pytest.mark.parametrize("doc", [
    ONE_FOLLOWER,  # the bare object: followers_1.json with one follower
    [ONE_FOLLOWER],
    {"relationships_followers": ONE_FOLLOWER},  # a wrapper key holding one object, not a list
    {"relationships_followers": [ONE_FOLLOWER]},
], ids=["bare-object", "bare-list", "wrapper-object", "wrapper-list"])
def test_a_file_of_one_record_gives_that_record_in_every_shape(tmp_path, doc):
    member = member_for(tmp_path, "followers_1.json", meta_json(doc))
    assert [r.value for r in iter_records(member)] == [ONE_FOLLOWER]


def test_a_single_label_values_record_is_one_record(tmp_path):
    member = member_for(tmp_path, "privacy_settings.json", meta_json(ONE_LABEL_VALUES))
    assert [r.value for r in iter_records(member)] == [ONE_LABEL_VALUES]


@pytest.mark.parametrize("doc", ["[]", "{}", '{"relationships_following": []}',
                                 '{"relationships_following": {}}'])
def test_empty_files_hold_no_records(tmp_path, doc):
    assert list(iter_records(member_for(tmp_path, "following.json", doc))) == []


def test_wrapper_lists_and_objects_keep_file_order(tmp_path):
    doc = {"b": [{"n": 1}], "a": {"title": "x", "string_list_data": []}, "c": [{"n": 3}], "v": 1}
    member = member_for(tmp_path, "x.json", json.dumps(doc))
    assert [(r.key, r.number) for r in iter_records(member)] == [("b", 1), ("a", 2), ("c", 3)]


def test_wanted_keys_never_take_the_file_for_one_bare_record(tmp_path):
    doc = {"title": "A", "messages": {"sender_name": "A", "timestamp_ms": 1, "content": "hi"}}
    member = member_for(tmp_path, "message_1.json", json.dumps(doc))
    assert [r.value for r in iter_records(member, ("messages",))] == [doc["messages"]]


def test_top_level_keys(tmp_path):
    assert _meta.top_level_keys(member_for(tmp_path, "a.json", '{"comments_v2": [], "x": 1}')) == [
        "comments_v2", "x"]
    assert _meta.top_level_keys(member_for(tmp_path, "b.json", "[]")) == []
    with pytest.raises(ReadError):
        _meta.top_level_keys(member_for(tmp_path, "c.json", '{"a": [1, '))


def test_a_truncated_file_keeps_every_record_before_the_break(tmp_path):
    member = member_for(tmp_path, "x.json", '[{"a": 1}, {"a": 2}, {"a": ')
    seen = []
    with pytest.raises(ReadError) as err:
        for record in iter_records(member):
            seen.append(record.value)
    assert seen == [{"a": 1}, {"a": 2}]
    assert err.value.place == "record 3"


@pytest.mark.parametrize("path", ["wrapped", "dotted"])
def test_huge_and_long_numbers_cost_nothing_but_that_number(tmp_path, path):
    """A 5,000-digit number crashed the process in ijson's C backend (seen with ijson 3.6), and yajl
    refuses integers beyond 64 bits, which lost the rest of the file. Numbers are now built by Python
    from a guarded stream: every record is kept, the cut is reported, and floats stay floats."""
    big = "9" * 5000
    key = "relationships_following" if path == "wrapped" else "a.b"  # a dotted key: the event path
    text = (f'{{"{key}": [{{"t": 1, "f": 0.5}}, {{"t": {big}}}, '
            '{"t": 123456789012345678901234567890}, {"t": 3}]}')
    member = member_for(tmp_path, f"{path}/following.json", text)
    seen = []
    with pytest.raises(ReadError) as err:
        for record in iter_records(member):
            seen.append(record.value)
    assert [r["t"] for r in seen[:1] + seen[2:]] == [1, 123456789012345678901234567890, 3]
    assert len(seen) == 4 and seen[0]["f"] == 0.5 and isinstance(seen[0]["f"], float)
    assert "runs of digits longer than" in err.value.reason


# ---------------------------------------------------------------- envelopes and localised keys


def test_label_values_are_flattened_with_nested_dicts():
    record = {"timestamp": 1728204035, "media": [], "label_values": [
        {"ent_field_name": "x", "label": "Reaction", "value": "Like"},
        {"label": "URL", "value": "https://www.facebook.com/p/1", "href": "https://www.facebook.com/p/1"},
        {"title": "Group", "dict": [{"dict": [{"label": "Naam", "value": "Example group"}]}]},
        {"label": "Tags", "vec": [{"value": "a"}, {"value": "b"}]},
        {"label": "When", "timestamp_value": 1700000000}]}
    flat = _meta.label_values(record)
    assert flat == {"Reaction": ["Like"], "URL": ["https://www.facebook.com/p/1"],
                    "Naam": ["Example group"], "Tags": ["a", "b"], "When": [1700000000]}
    assert _meta.lv_get(flat, "name") == "Example group"  # Dutch "Naam" found by the English label


def test_string_map_data_is_read_by_localised_key():
    dutch = {"string_map_data": {"Opmerking": {"value": "Mooi!"}, "Tijd": {"timestamp": 1700000000},
                                 "Naam": {"value": "Fern"}}}
    assert _meta.smd_value(dutch, "comment") == "Mooi!"
    assert _meta.smd_value(dutch, "name") == "Fern"
    assert _meta.smd_time(dutch) == datetime.fromtimestamp(1700000000, tz=UTC)
    german = {"string_map_data": {"Zeit": {"timestamp": 1600000000}}}
    assert _meta.smd_time(german) == datetime.fromtimestamp(1600000000, tz=UTC)
    assert _meta.smd_time({"string_map_data": {"Time": {"timestamp": 0}}}) is None  # 0 = no time


# ---------------------------------------------------------------- privacy history replay

# public until 2021-03-01, private until 2021-09-01, public until 2023-06-01, private since.
HISTORY = ((at(2021, 3, 1), True), (at(2021, 9, 1), False), (at(2023, 6, 1), True))


@pytest.mark.parametrize("created, private_at, public_since", [
    (at(2020, 1, 1), False, True),  # first public period
    (at(2021, 3, 1), True, True),  # the moment it went private: private, public again later
    (at(2021, 5, 1), True, True),  # private period, public later
    (at(2022, 1, 1), False, True),  # second public period
    (at(2024, 1, 1), True, False),  # private since before
    (None, None, None),
])
def test_privacy_replay(created, private_at, public_since):
    timeline = PrivacyTimeline.build(HISTORY, None, history_evidence="changes.json")
    assert timeline.private_at(created) is private_at
    assert timeline.public_since(created) is public_since


@pytest.mark.parametrize("flag, created, visibility, was_public", [
    (True, at(2020, 1, 1), "restricted", True),
    (True, at(2021, 5, 1), "restricted", True),
    (True, at(2024, 1, 1), "restricted", False),
    (False, at(2024, 1, 1), "public", None),  # the current flag outranks the history's last change
    (None, at(2024, 1, 1), "restricted", False),  # no flag: the last change decides the present
])
def test_account_visibility_per_item(flag, created, visibility, was_public):
    timeline = PrivacyTimeline.build(HISTORY, flag, "personal_information.json: Private Account",
                                     "changes.json")
    verdict = account_visibility(timeline, created, "posts_1.json")
    assert (verdict.visibility, verdict.was_public) == (visibility, was_public)
    assert verdict.evidence.startswith("posts_1.json: account ")


def test_without_any_privacy_information_visibility_is_unknown():
    verdict = account_visibility(PrivacyTimeline.build((), None), at(2024, 1, 1), "posts_1.json")
    assert verdict.visibility == "unknown"
    assert verdict.was_public is None


def test_private_now_without_history_leaves_was_public_unknown():
    timeline = PrivacyTimeline.build((), True, "personal_information.json: Private Account = True")
    verdict = account_visibility(timeline, at(2024, 1, 1), "posts_1.json")
    assert (verdict.visibility, verdict.was_public) == ("restricted", None)


@pytest.mark.parametrize("title, private", [
    ("Account switched to private", True), ("Account privacy changed to Public", False),
    ("Account privé gemaakt", True), ("Account openbaar gemaakt", False),
    ("Konto ist jetzt privat", True), ("Something else", None), ("public and private", None),
])
def test_privacy_words(title, private):
    assert _meta.privacy_word(title) is private


# ---------------------------------------------------------------- HTML


@pytest.mark.parametrize("spec", [instagram.SPEC, facebook.SPEC])
def test_html_pages_are_never_handed_to_a_json_handler(spec):
    html_modules = {"ai_exposure.parsers._facebook_html", "ai_exposure.parsers._instagram_html",
                    "ai_exposure.parsers._meta_html"}
    for path in ("your_instagram_activity/content/posts_1.html",
                 "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.html",
                 "messages/inbox/a_1/message_1.html", "html/timeline.htm", "start_here.html",
                 "ads_information/ads_interests.html"):
        route = spec.route_for(path)
        assert route is not None
        assert route.handler is None or route.handler.__module__ in html_modules, path


# ---------------------------------------------------------------- robustness


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*prefix, i))


def _replaced(value, path, new):
    if not path:
        return new
    copy = json.loads(json.dumps(value))
    cursor = copy
    for step in path[:-1]:
        cursor = cursor[step]
    cursor[path[-1]] = new
    return copy


@pytest.mark.parametrize("spec", [instagram.SPEC, facebook.SPEC], ids=["instagram", "facebook"])
def test_prepare_and_handlers_survive_wrong_types_anywhere(tmp_path, spec):
    """Every sample JSON file with one value swapped for a value of another type (seeded, so the
    run is reproducible): prepare and the handler yield only Items and Problems, or raise ReadError."""
    import random

    from conftest import SAMPLES

    from ai_exposure.archive import FolderContainer
    from ai_exposure.model import Item, ItemRun, Problem, SourceInfo
    from ai_exposure.parsing import Context

    rng = random.Random(20261129)
    swaps = [None, 0, -1, 10**20, "", "x", [], {}, [1], {"a": 1}, True, 1.5, "2020-01-01"]
    runs = 0
    for path in sorted((SAMPLES / spec.platform).rglob("*.json")):
        if path.parent.name == spec.platform:
            continue  # expected.json, the generator's counts: not part of a sample tree
        era = next(p for p in path.parents if p.parent.name == spec.platform)
        rel = path.relative_to(era).as_posix()
        route = spec.route_for(rel)
        data = json.loads(path.read_text("ascii"))
        places = list(_paths(data))
        for _ in range(6):
            tree = tmp_path / f"t{runs}"
            target = tree / rel
            target.parent.mkdir(parents=True)
            target.write_text(json.dumps(_replaced(data, rng.choice(places), rng.choice(swaps))))
            members = FolderContainer(tree).members()
            for m in members:
                m.relpath = m.path
            ctx = Context(spec, SourceInfo(spec.platform, spec.label), members)
            runs += 1
            try:
                assert all(isinstance(p, Problem) for p in spec.prepare(ctx))
                assert all(isinstance(getattr(ctx.info, name), str) for name in (
                    "account", "label", "export_format", "region_hint", "region_hint_evidence",
                    "birth_date"))
                if route is not None and route.handler is not None:
                    out = route.handler(members[0], ctx)
                    assert all(isinstance(o, Item | ItemRun | Problem) for o in out)
            except ReadError:
                pass
    assert runs > 300


def test_unusual_objects_take_the_event_path_with_the_same_result(tmp_path):
    dotted = member_for(tmp_path, "a/x.json", json.dumps({"a.b": [{"n": 1}], "c": [{"n": 2}], "s": "x"}))
    assert [(r.key, r.value) for r in iter_records(dotted)] == [("a.b", {"n": 1}), ("c", {"n": 2})]
    assert [r.value for r in iter_records(dotted, ("c",))] == [{"n": 2}]
    broken = member_for(tmp_path, "b/x.json", '{"ig_stories": [{"n": 1}, {"n": 2}, {"n"')
    seen = []
    with pytest.raises(ReadError) as err:
        for record in iter_records(broken):
            seen.append(record.value)
    assert (seen, err.value.place) == ([{"n": 1}, {"n": 2}], "record 3")


@pytest.mark.parametrize("data", [
    {"profile_user": [ONE_FOLLOWER]}, {"profile_user": ONE_FOLLOWER}, ONE_FOLLOWER, [ONE_FOLLOWER]])
def test_list_in_reads_small_files_in_every_shape(data):
    assert _meta.list_in(data, "profile_user") == [ONE_FOLLOWER]


def test_list_in_finds_no_records_where_there_are_none():
    assert _meta.list_in({"profile_user": {}}, "profile_user") is None
    assert _meta.list_in({"other": [1]}, "profile_user") is None
    assert _meta.list_in({"only": [1]}) == [1]
    assert _meta.list_in("x") is None


# ---------------------------------------------------------------- the shared real downloads


@pytest.mark.parametrize(("name", "platform"), [
    ("instagram-2024-07-maxorenstein.zip", "instagram"), ("facebook-2022-waultar-danish.zip", "facebook")])
def test_real_json_downloads_are_read_whole(tmp_path, name, platform):
    """The real Meta JSON downloads of ../shared/real (skipped where absent): one source of the
    platform, every file accounted for, no record reported bad, and the counts agree."""
    from conftest import SHARED, run

    archive = SHARED / "real" / name
    if not archive.is_file():
        pytest.skip(f"../shared/real/{name} is not present in this checkout")
    analysis = run([archive], tmp_path)
    (src,) = analysis.sources
    assert src.spec.platform == platform
    assert src.problems == []
    assert len(src.files) == len(src.members)
    assert all(f.status in ("parsed", "context", "ignored", "unknown") for f in src.files)
    assert src.items == sum(f.items for f in src.files) == len(list(analysis.store.query()))
