"""Takeout's My Activity records come out of their handler as ItemRuns (model.ItemRun), which the
pipeline, both sinks and the storing helper take as columns. Everything a run is stored as must be
what the handler's former Item-by-Item output was stored as: the items, the problems and where they
were found, the files' counts, under the files' bounds, with --no-text, in one process and with the
storing helper."""

from __future__ import annotations

import hashlib
import json
import pickle
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from ai_exposure.parsers import REGISTRY
from ai_exposure.parsers import google as g
from conftest import write_tree
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_exposure import pipeline
from ai_exposure.i18n import Msg
from ai_exposure.model import HIGH, RESTRICTED, Item, ItemRun, Problem
from ai_exposure.parsing import Options
from ai_exposure.pipeline import Pipeline
from ai_exposure.readers import iter_json_array, record_place
from ai_exposure.store import ItemStore


def _activity_json_as_before(member, ctx):
    """activity_json as it was before runs: one Item per record (the reference)."""
    evidence = g._activity_evidence(member)
    relpath = member.relpath
    youtube_folder = g._folder_is_youtube(member)
    n = 0
    for record in iter_json_array(g.json_stream(member), wanted=g.ACTIVITY_KEYS):
        n += 1
        if not isinstance(record, dict):
            yield Problem(relpath, record_place(n), Msg("not an activity record"))
            continue
        header = str(record.get("header") or "")
        title = record.get("title")
        when = record.get("time")
        if not title or not when:
            snippet = g.dict_field(record, "snippet")
            title = title or snippet.get("title")
            when = when or snippet.get("publishedAt")
        title = str(title or "")
        when = str(when or "")
        url = g.safe_url(record.get("titleUrl"))
        if not title and not when:
            yield Problem(relpath, record_place(n), Msg("no title and no time"))
            continue
        platform = g.YT if youtube_folder else g._activity_platform(False, header)
        yield Item(platform, "activity", ctx.account_key("activity", platform, header, when, title, url),
                   g.activity_time(when), RESTRICTED, evidence, HIGH, relpath, text=title, url=url)


def _record(i: int) -> object:
    """Record i of a My Activity file: mostly plain, with every case the handler tells apart."""
    header = "YouTube" if (i // 5) % 3 else "Search"
    record: dict = {"header": header, "title": f"Watched video {i % 40}",
                    "titleUrl": f"https://www.youtube.com/watch?v=v{i % 40:010d}",
                    "time": f"2024-0{1 + i % 9}-1{i % 10}T10:{i % 60:02d}:00.{i % 1000:03d}Z"}
    if i % 97 == 0:
        record["time"] = "2024-13-45T99:00:00Z"  # a date that cannot be read
    if i % 89 == 0:
        record["time"] = "N/A"  # no date, said so
    if i % 83 == 0:
        record = {"header": header}  # no title, no time: a problem
    if i % 79 == 0:
        return 5  # not a record
    if i % 73 == 0:
        record["title"] = "long " * 100  # cut to a snippet
    if i % 59 == 0:  # a key source too long for a run: an Item of its own, its key made as it is read
        record["title"] = f"very long {i} " + "words " * 600
    if i % 71 == 0:
        record["titleUrl"] = "javascript:alert(1)"  # no link
    if i % 67 == 0:
        record = {"header": header, "snippet": {"title": f"Post {i}", "publishedAt": "2023-02-03T04:05:06Z"}}
    if i % 61 == 0:
        record["title"] = f"\ud800 a lone surrogate {i}"  # stored as '?'; its run is pickled, not packed
    if 300 <= i < 320:  # one record again and again: copies past the kept ones are collapsed
        record = {"header": "YouTube", "title": "Same", "time": "2024-05-05T05:05:05Z"}
    return record


def _export(base: Path, n: int, cut: bool) -> Path:
    records = json.dumps([_record(i) for i in range(n)], indent=2)
    return write_tree(base, {
        "Takeout/My Activity/YouTube/MyActivity.json": records,
        "Takeout/My Activity/Search/MyActivity.json": records[:-40] if cut else records,
        "Takeout/My Activity/Unknown Product/MyActivity.json": records,
    })


def _outputs(tmp_path: Path, name: str, folder: Path, options: Options, parallel: bool) -> tuple:
    store = ItemStore(tmp_path / f"{name}.sqlite")
    analysis = Pipeline(store, options, parallel=parallel).run([folder])
    src = analysis.sources[0]
    items = [tuple(i) for i in store.rows("SELECT * FROM items ORDER BY rowid")]
    problems = [(p.file, str(p.place), str(p.reason), p.severity) for p in src.problems]
    files = [(f.path, f.status, f.items, f.problems) for f in src.files]
    # The summary counted while storing (runs a month at a time) is the query's over the table.
    from ai_exposure.store import SUMMARY_SQL, SummaryRow
    summary = store.summary()
    assert summary == [SummaryRow(*row) for row in store._db.execute(SUMMARY_SQL)]
    store.close()
    return items, problems, files, src.items, summary


@pytest.mark.parametrize("parallel", [False, True])
@pytest.mark.parametrize("no_text", [False, True])
@pytest.mark.parametrize("run_rows, most, stop", [(7, 0, 0), (512, 0, 0), (1, 0, 0), (7, 650, 0), (7, 0, 5)])
def test_runs_store_what_items_stored(tmp_path, monkeypatch, parallel, no_text, run_rows, most, stop):
    folder = _export(tmp_path / "e", 900, cut=True)
    monkeypatch.setattr(g, "ACTIVITY_RUN", run_rows)
    monkeypatch.setattr(pipeline, "REPEATS_KEPT", 3)
    if most:
        monkeypatch.setattr(pipeline, "MAX_RECORDS_PER_FILE", most)
    if stop:
        monkeypatch.setattr(pipeline, "REPEATS_STOP", stop)
    options = Options(no_text=no_text)
    with_runs = _outputs(tmp_path, "runs", folder, options, parallel)

    spec = REGISTRY["google"]
    before = replace(spec, routes=tuple(replace(r, handler=_activity_json_as_before)
                                        if r.handler is g.activity_json else r for r in spec.routes))
    monkeypatch.setitem(REGISTRY, "google", before)
    monkeypatch.setattr(g, "activity_json", _activity_json_as_before)  # as activity_by_shape calls it
    as_before = _outputs(tmp_path, "items", folder, options, parallel)

    assert with_runs == as_before
    items, problems, files, _, _ = with_runs
    assert len(items) > (250 if stop else 700)
    assert any("not listed" in p[2] for p in problems)
    assert any("no title and no time" in p[2] for p in problems)
    stopped = [p for p in problems if "the rest of the file was not read" in p[2]]
    assert len(stopped) == (3 if most or stop else 0)
    if not (most or stop):  # a file stopped early never reaches its cut-off end or its date count
        assert any(p[0].endswith("Search/MyActivity.json") and "truncated" in p[2] for p in problems)
        assert len([p for p in problems if "dates that could not be read: 8;" in p[2]]) == 3


def test_a_run_is_checked_as_items_are():
    template = Item("youtube", "activity", "", None, RESTRICTED, "ev", HIGH, "f.json")
    run = ItemRun(template)
    run.add("k1", None, "x " * 300, "javascript:alert(1)")
    run.add("k2", None, "short", " https://example.org/a ")
    with pytest.raises(ValueError, match="timezone-aware"):
        run.add("k3", datetime(2024, 1, 1), "t", "")
    assert list(run.items()) == [
        replace(template, key="k1", text="x " * 300, url="javascript:alert(1)"),
        replace(template, key="k2", text="short", url=" https://example.org/a ")]
    assert [i.key for i in run.rows([1]).items()] == ["k2"] and len(run) == 2


def _store_both_ways(tmp_path, template, rows, assess, finder_of, no_text, as_fields):
    """A run stored by Storing.add_run and the same items by Storing.add: (rows, finder, failures)."""
    from ai_exposure.model import SourceInfo
    from ai_exposure.parallel import ItemFields
    from ai_exposure.sink import Storing

    info = SourceInfo("youtube", "YouTube", region_hint="NL")
    out = []
    for way in ("run", "items"):
        store = ItemStore(tmp_path / f"{way}.sqlite")
        finder = finder_of()
        storing = Storing(store, 1, info, assess, finder, None, no_text)
        run = ItemRun(template)
        for row in rows:
            run.add(*row)
        if way == "run":
            t = ItemFields(*(getattr(template, n) for n in ItemFields._fields)) if as_fields else template
            storing.add_run(t, run.keys, run.created, run.texts, run.urls)
        else:
            for item in run.items():
                storing.add(item)
        result = storing.result(finder.state() if finder else None)
        out.append(([tuple(r) for r in store.rows("SELECT * FROM items ORDER BY rowid")],
                    finder.summary() if finder else None, result.failed, result.added))
        store.close()
    return out


@pytest.mark.parametrize("no_text", [False, True])
@pytest.mark.parametrize("as_fields", [False, True])
@pytest.mark.parametrize("plain_assess", [False, True])
def test_a_run_of_public_items_is_inspected_assessed_and_stored_as_its_items(
        tmp_path, no_text, as_fields, plain_assess):

    from ai_exposure.eligibility import Assessor
    from ai_exposure.sensitive import SensitiveFinder
    from ai_exposure.settings import UserSettings

    template = Item("youtube", "comment", "", None, "public", "comments.csv: public by product", "medium",
                    "comments.csv")
    rows = [(f"youtube:comment:{i}",
             datetime(2020 + i % 6, 1 + i % 12, 1 + i % 28, tzinfo=UTC) if i % 9 else None,
             f"call me on 06-1234567{i % 10} or mail me{i}@example.org" if i % 4 == 0
             else f"text {i} from 2021", f"https://www.youtube.com/watch?v=abcdefghij{i % 10}")
            for i in range(300)]
    rows[17] = ("youtube:comment:bad", *rows[17][1:])
    assessor = Assessor(UserSettings(lang="en"))

    def plain(item, info):
        if item.key == "youtube:comment:bad":
            raise KeyError("a bug on one item")
        return ("likely" if "06-" in item.text else "possible", f"plain {item.created_at is None}")

    def finder_of():
        return SensitiveFinder(region="NL", no_text=no_text)

    got, expected = _store_both_ways(tmp_path, template, rows, plain if plain_assess else assessor, finder_of,
                                     no_text, as_fields)
    assert got == expected
    stored, summary, failed, added = got
    assert added == (299 if plain_assess else 300) and failed == ({"KeyError": 1} if plain_assess else {})
    assert summary["items_scanned"] > 200 and summary["total"] > 100
    assert all(r[8] == "" for r in stored) if no_text else any("06-1234567" in r[8] for r in stored)


def test_a_run_nobody_scans_is_not_inspected_item_by_item(tmp_path):

    from ai_exposure.sensitive import SensitiveFinder

    seen = []

    class Finder(SensitiveFinder):
        def inspect(self, item, info=None, hits=None):
            seen.append(item.key)
            super().inspect(item, info, hits)

    template = Item("youtube", "activity", "", None, RESTRICTED, "ev", HIGH, "MyActivity.json")
    rows = [(f"k{i}", datetime(2024, 1, 1, tzinfo=UTC), "06-12345678", "") for i in range(10)]
    got, expected = _store_both_ways(tmp_path, template, rows, lambda item, info: ("unlikely", "r"),
                                     lambda: Finder(region="NL"), False, False)
    assert got == expected and len(got[0]) == 10
    assert len(seen) == 10  # the item by item way only: the run's way asked once, for the run


@pytest.mark.parametrize("platform, kind", [("linkedin", "post"), ("instagram", "comment"),
                                            ("facebook", "post"), ("x", "post"), ("youtube", "comment")])
def test_an_assessor_decides_a_run_as_it_decides_each_item(platform, kind):

    from ai_exposure.eligibility import Assessor
    from ai_exposure.model import SourceInfo
    from ai_exposure.settings import UserSettings

    template = Item(platform, kind, "", None, "public", "ev", HIGH, "f")
    dates = [datetime(2019, 6, 1, 12, tzinfo=UTC) + timedelta(days=3 * i, hours=i % 13) for i in range(900)]
    dates[5::50] = [None] * len(dates[5::50])
    for hint in ("NL", "US", ""):
        info = SourceInfo(platform, platform, region_hint=hint)
        assessor = Assessor(UserSettings(lang="en"))
        got = assessor.of_run(lambda when: replace(template, created_at=when), dates, info)
        expected = [Assessor(UserSettings(lang="en"))(replace(template, created_at=d), info) for d in dates]
        assert got == expected
        if platform in ("instagram", "facebook", "x"):  # their policies' start dates fall in these years
            assert len(set(expected)) > 1


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(
    st.one_of(st.none(), st.datetimes(timezones=st.sampled_from([UTC, timezone(timedelta(hours=2))]))),
    st.text(), st.text()), max_size=20))
def test_a_runs_columns_cross_the_pipe_as_they_are(rows):
    from ai_exposure.parallel import pack_columns, unpack_columns

    run = ItemRun(Item("youtube", "activity", "", None, RESTRICTED, "ev", HIGH, "f"))
    for i, (when, text, url) in enumerate(rows):
        run.keys.append(f"k{i}{text}")
        run.created.append(when)
        run.texts.append(text)
        run.urls.append(url)
    packed = pack_columns(run)
    utc = all(d is None or d.tzinfo is UTC for d in run.created)
    encodes = not any(0xD800 <= ord(c) <= 0xDFFF for t in run.keys + run.texts + run.urls for c in t)
    assert isinstance(packed, bytes) == (utc and encodes)
    got = unpack_columns(pickle.loads(pickle.dumps(packed)))
    assert got == (run.keys, run.created, run.texts, run.urls)
    assert [d and (d.isoformat(), d.tzinfo is UTC) for d in got[1]] == \
        [d and (d.isoformat(), d.tzinfo is UTC) for d in run.created]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.none(), st.datetimes(), st.datetimes(timezones=st.sampled_from(
    [UTC, timezone(timedelta(hours=2)), timezone(timedelta(0))]))), max_size=20))
def test_dates_are_stored_as_iso_8601_with_z_for_utc(dates):
    """The store writes a date as ISO 8601 with Z for UTC (msgspec writes UTC dates in C): the same
    text as isoformat() gives, item by item and a run at once, whatever the zone, year and microseconds."""
    from ai_exposure.store import _stored_date, _stored_dates

    def reference(d):
        if d is None:
            return None
        text = d.isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text

    expected = [reference(d) for d in dates]
    assert [_stored_date(d) for d in dates] == expected
    assert _stored_dates(dates) == expected


def test_an_item_failing_in_a_run_costs_that_item_alone(tmp_path):
    from ai_exposure.model import SourceInfo
    from ai_exposure.sink import Storing

    def inspect(item, info):
        if item.key == "k3":
            raise KeyError("a bug in the inspection")

    def assess(item, info):
        if item.key in ("k3", "k5"):
            raise ValueError("a bug in the verdict")
        return "possible", "r"

    template = Item("youtube", "comment", "", None, "public", "ev", HIGH, "f")
    run = ItemRun(template)
    for i in range(8):
        run.add(f"k{i}", datetime(2024, 1, 1 + i, tzinfo=UTC), f"text {i}", "")
    got = []
    for way in ("run", "items"):
        store = ItemStore(tmp_path / f"{way}.sqlite")
        storing = Storing(store, 1, SourceInfo("youtube", "YouTube"), assess, None, inspect, False)
        if way == "run":
            storing.add_run(template, run.keys, run.created, run.texts, run.urls)
        else:
            for item in run.items():
                storing.add(item)
        result = storing.result()
        got.append(([r[0] for r in store.rows("SELECT key FROM items ORDER BY rowid")], result.failed))
        store.close()
    assert got[0] == got[1] == (["k0", "k1", "k2", "k4", "k6", "k7"], {"KeyError": 1, "ValueError": 1})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.text(), st.text(), st.text()), min_size=1, max_size=12), st.text(max_size=8),
       st.data())
def test_a_run_of_derived_keys_makes_the_keys_derived_key_makes(records, owner, data):
    """My Activity's runs carry what their keys hash (the storing helper makes the keys): the keys,
    made in the helper, by `keys` or from a row subset, are derived_key's, and the records are told
    apart as their keys tell them apart."""
    from ai_exposure.model import KEY_SOURCE_MAX_CHARS, derived_key, hashed_keys, key_prefix, key_source
    from ai_exposure.parallel import pack_columns, unpack_columns

    template = Item("youtube", "activity", "", None, RESTRICTED, "ev", HIGH, "f")
    run = ItemRun(template, key_prefix("google", "activity"))
    expected = []
    for header, title, url in records:
        run.add_hashed(key_source("\x1eaccount", owner, "youtube", header, title), None, title, url)
        expected.append(derived_key("google", "activity", "\x1eaccount", owner, "youtube", header, title))
    with pytest.raises(ValueError):
        run.add("google:activity:hx", None, "", "")
    with pytest.raises(ValueError):
        ItemRun(template).add_hashed("source", None, "", "")
    with pytest.raises(ValueError):  # what a run holds until it is stored stays small
        run.add_hashed("x" * (KEY_SOURCE_MAX_CHARS + 1), None, "", "")
    keep = data.draw(st.lists(st.sampled_from(range(len(records))), unique=True).map(sorted))
    part = run.rows(keep)
    assert part.identities() == [run.key_sources[i] for i in keep] and len(part) == len(keep)
    assert part.keys == [expected[i] for i in keep]
    sources, created, texts, urls = unpack_columns(pickle.loads(pickle.dumps(pack_columns(run))))
    assert hashed_keys(run.key_prefix, sources) == expected  # what the helper makes of the pipe's columns
    assert (texts, urls) == (run.texts, run.urls)
    assert run.keys == expected and [i.key for i in run.items()] == expected
    assert len(set(run.identities())) == len(set(expected))


def test_an_account_key_is_its_prefix_and_the_digest_of_its_source():
    from ai_exposure.model import SourceInfo, key_digest, key_prefix
    from ai_exposure.parsing import Context

    for owner_id, account in (("", ""), ("a@example.org", "a"), ("", "Some One")):
        info = SourceInfo("google", "Google", account=account, owner_id=owner_id)
        ctx = Context(REGISTRY["google"], info, [])
        fields = ("youtube", "YouTube", "2024-01-02T03:04:05Z", "Watched \ud800 x", None, 3)
        key = ctx.account_key("activity", *fields)
        assert key == key_prefix("google", "activity") + key_digest(ctx.account_key_source(*fields))
        # The keys the history compares runs by: the same text hashed as every release hashed it.
        hashed = "\x1f".join(("\x1eaccount", owner_id or account, "youtube", "YouTube",
                              "2024-01-02T03:04:05Z", "Watched \ud800 x", "", "3"))
        digest = hashlib.sha256(hashed.encode("utf-8", "surrogatepass")).hexdigest()
        assert key == "google:activity:h" + digest[:20]


def _admit_one_by_one(bounds: pipeline.FileBounds, identities: list[str]) -> tuple[list[int] | None, bool]:
    """FileBounds.admit as the pipeline did it before: `full()`, then `repeated_identity()`, per record."""
    keep: list[int] | None = None
    for i, identity in enumerate(identities):
        if bounds.full():
            return (list(range(i)) if keep is None else keep), False
        if bounds.repeated_identity(identity):
            keep = list(range(i)) if keep is None else keep
        elif keep is not None:
            keep.append(i)
    return keep, True


@settings(max_examples=400, deadline=None)
@given(runs=st.lists(st.lists(st.sampled_from("abcdefgh"), max_size=40), max_size=8),
       most=st.integers(1, 200), kept=st.integers(1, 6), stop=st.integers(1, 30), window=st.integers(1, 6))
def test_admit_checks_a_run_as_the_records_one_by_one(runs, most, kept, stop, window):
    """The records a run keeps, whether the file goes on, and the bounds' state after each run (what
    the next run, item or problem is checked against) are those of the checks made record by record."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(pipeline, "REPEATS_KEPT", kept)
        mp.setattr(pipeline, "REPEATS_STOP", stop)
        mp.setattr(pipeline, "REPEATS_WINDOW", window)
        fast, slow = pipeline.FileBounds(most), pipeline.FileBounds(most)
        for identities in runs:
            assert fast.admit(identities) == _admit_one_by_one(slow, identities)
            assert (fast.records, fast.collapsed, fast.stopped, fast._copies) == \
                (slow.records, slow.collapsed, slow.stopped, slow._copies)


# ---------------------------------------------------------------- My Activity's records as columns

_PLAIN_RECORD = {"header": "YouTube", "title": "Watched a video", "time": "2024-03-04T05:06:07.890Z",
                 "titleUrl": "https://www.youtube.com/watch?v=abcdefghijk"}
# Records that are not plain, each read one by one as it always was: every way a field can differ.
_ODD_RECORDS = [
    5, "text", [1], None,
    {"header": "YouTube"},  # no title, no time
    {"header": "YouTube", "title": "", "time": "2024-01-01T00:00:00Z"},
    {"header": "YouTube", "title": "", "time": "2024-01-01T00:00:00Z", "snippet": {"title": "the snippet's"}},
    {"header": "YouTube", "title": "Posted",
     "snippet": {"title": "x", "publishedAt": "2023-02-03T04:05:06Z"}},
    {"header": "YouTube", "snippet": {"title": "Only a snippet", "publishedAt": "2023-02-03T04:05:06Z"}},
    {"header": "YouTube", "title": 42, "time": "2024-01-01T00:00:00Z"},
    {"header": ["YouTube"], "title": "a list header", "time": "2024-01-01T00:00:00Z"},
    {"header": 7, "title": "a number header", "time": "2024-01-01T00:00:00Z"},
    {"header": 0, "title": "a falsy header", "time": "2024-01-01T00:00:00Z"},
    {"header": "", "title": "an empty header", "time": "2024-01-01T00:00:00Z"},
    {"header": "Search", "title": "Searched for y", "time": "2024-01-01T00:00:00Z"},
    {"header": " youtube music ", "title": "Listened", "time": "2024-01-01T00:00:00Z"},
    {"header": "YouTube", "title": "no zone", "time": "2024-01-01T00:00:00"},
    {"header": "YouTube", "title": "an offset", "time": "2024-01-01T00:00:00+02:00"},
    {"header": "YouTube", "title": "a space", "time": "2024-01-01 00:00:00Z"},
    {"header": "YouTube", "title": "basic format", "time": "20240101T000000Z"},
    {"header": "YouTube", "title": "blank around", "time": " 2024-01-01T00:00:00Z "},
    {"header": "YouTube", "title": "unreadable", "time": "2024-13-45T99:00:00Z"},
    {"header": "YouTube", "title": "said so", "time": "N/A"},
    {"header": "YouTube", "title": "a number", "time": 1704067200},
    {"header": "YouTube", "title": "Z inside", "time": "2024-01-01T00:00:00Z\u0000Z"},
    {"header": "YouTube", "title": "redirect", "time": "2024-01-01T00:00:00Z",
     "titleUrl": "https://www.google.com/url?q=https://example.org/a&sa=D"},
    {"header": "YouTube", "title": "script", "time": "2024-01-01T00:00:00Z",
     "titleUrl": "javascript:alert(1)"},
    {"header": "YouTube", "title": "blanks", "time": "2024-01-01T00:00:00Z", "titleUrl": " https://e.org/a "},
    {"header": "YouTube", "title": "NUL", "time": "2024-01-01T00:00:00Z", "titleUrl": "https://e.org/\u0000x"},
    {"header": "YouTube", "title": "IPv6", "time": "2024-01-01T00:00:00Z", "titleUrl": "http://[::1]/a"},
    {"header": "YouTube", "title": "a number link", "time": "2024-01-01T00:00:00Z", "titleUrl": 5},
    {"header": "YouTube", "title": "a falsy link", "time": "2024-01-01T00:00:00Z", "titleUrl": 0},
    {"header": "YouTube", "title": "long " * 100, "time": "2024-01-01T00:00:00Z"},
    {"header": "YouTube", "title": "too long to run " * 200, "time": "2024-01-01T00:00:00Z"},
    {"header": "YouTube", "title": "lone \ud800 surrogate", "time": "2024-01-01T00:00:00Z"},
]


def _plain_record(i: int, header: str = "YouTube") -> dict:
    record = {"header": header, "title": f"Watched video {i}",
              "time": f"2024-0{1 + i % 9}-1{i % 10}T10:{i % 60:02d}:00.{i % 1000:03d}Z"}
    if i % 7:  # a removed video's record has no link
        record["titleUrl"] = f"https://www.youtube.com/watch?v=v{i:010d}"
    return record


def _activity_out(folder: Path, rel: str, records: list, one_by_one: bool, chunk: int) -> tuple:
    """activity_json's output on `records` (each run as its Items, in order) and the error it ended
    with; `one_by_one`: with every record read by itself (no columns)."""
    from conftest import context_for, member_for

    from ai_exposure import readers

    member = member_for(folder, rel, json.dumps(records, indent=2))
    out, error = [], None
    with pytest.MonkeyPatch.context() as m:
        m.setattr(readers, "_TEXT_CHUNK", chunk)
        if one_by_one:
            m.setattr(g._ActivityFile, "plain", lambda self, records: None)
        try:
            for o in g.activity_json(member, context_for(g.SPEC, [member])):
                out.extend(o.items() if isinstance(o, ItemRun) else [o])
        except Exception as exc:  # noqa: BLE001 - the error is compared
            error = (type(exc).__name__, str(exc))
    return out, error


@settings(max_examples=120, deadline=None)
@given(st.data())
def test_activity_records_as_columns_are_what_they_are_one_by_one(tmp_path_factory, data):
    """activity_json takes plain records as columns: its items, problems and errors are what reading
    every record by itself gives, wherever odd records fall, however the reader cuts the file into
    lists, in a YouTube folder (one platform) and another (a platform per header)."""
    youtube = data.draw(st.booleans())
    rel = "My Activity/YouTube/MyActivity.json" if youtube else "My Activity/Search/MyActivity.json"
    n = data.draw(st.integers(0, 1500))
    switch = data.draw(st.integers(1, 2000))  # where the headers turn from Search to YouTube
    records: list = [_plain_record(i, "Search" if i < switch else "YouTube") for i in range(n)]
    for at, odd in data.draw(st.lists(st.tuples(st.integers(0, max(n, 0)), st.sampled_from(_ODD_RECORDS)),
                                      max_size=6)):
        records.insert(at, odd)
    if data.draw(st.booleans()):
        records += [dict(_PLAIN_RECORD)] * 40  # the same record again and again
    chunk = data.draw(st.sampled_from([300, 2000, 1 << 20]))
    folder = tmp_path_factory.mktemp("activity")
    as_columns = _activity_out(folder / "a", rel, records, False, chunk)
    one_by_one = _activity_out(folder / "b", rel, records, True, chunk)
    assert as_columns == one_by_one
    assert len(as_columns[0]) >= n


@pytest.mark.parametrize("rel", ["My Activity/YouTube/MyActivity.json", "My Activity/Search/MyActivity.json"])
def test_every_kind_of_odd_activity_record_among_plain_ones(tmp_path, rel):
    """Each odd record, one every 40 plain ones: the columns' output is the record-by-record one."""
    header = "YouTube" if "YouTube" in rel else "Search"
    records: list = []
    for i, odd in enumerate(_ODD_RECORDS):
        records += [_plain_record(40 * i + j, header) for j in range(40)]
        records.append(odd)
    as_columns = _activity_out(tmp_path / "a", rel, records, False, 1 << 20)
    one_by_one = _activity_out(tmp_path / "b", rel, records, True, 1 << 20)
    assert as_columns == one_by_one and len(as_columns[0]) > 40 * len(_ODD_RECORDS)


@pytest.mark.parametrize("rel, header, link", [
    ("My Activity/YouTube/MyActivity.json", "YouTube", "https://www.youtube.com/watch?v=v{i:010d}"),
    # Search's and Chrome's records link through Google's redirect, unwrapped as safe_url does
    ("My Activity/Search/MyActivity.json", "Search", "https://www.google.com/url?q=https://example.org/{i}&usg=x"),
    ("My Activity/Chrome/MyActivity.json", "Chrome", "javascript:void({i})"),
])
def test_plain_activity_records_are_taken_as_columns(tmp_path, monkeypatch, rel, header, link):
    """A file of plain records is read without a call per record (the test above would pass with no
    columns at all), and gives the items the record by record way gives."""
    records = [_plain_record(i, header) for i in range(2000)]
    for i, record in enumerate(records):
        if "titleUrl" in record:
            record["titleUrl"] = link.format(i=i)
    one_by_one = _activity_out(tmp_path / "b", rel, records, True, 1 << 20)
    calls = []
    monkeypatch.setattr(g._ActivityFile, "record", lambda self, record: calls.append(record) or iter(()))
    _activity_out(tmp_path / "c", rel, records, False, 1 << 20)
    # The reader reads the first record and the last one alone, the rest in lists.
    assert calls == [records[0], records[-1]]
    calls.clear()
    monkeypatch.undo()
    as_columns = _activity_out(tmp_path / "a", rel, records, False, 1 << 20)
    assert as_columns == one_by_one and len(as_columns[0]) == 2000 and as_columns[1] is None
    urls = {i.url for i in as_columns[0][:8]}
    assert "" in urls and len(urls) == (1 if link.startswith("javascript") else 7)  # every 7th: none
    if "google.com/url" in link:
        assert "https://example.org/1" in urls


def test_a_run_takes_columns_as_it_takes_records():
    """ItemRun.extend_hashed: add_hashed's checks and normalising, a column at a time."""
    from ai_exposure.model import KEY_SOURCE_MAX_CHARS, key_prefix

    template = Item("youtube", "activity", "", None, RESTRICTED, "ev", HIGH, "f")
    when = datetime(2024, 1, 1, tzinfo=UTC)
    texts = ["short", "x " * 300, "y", "z"]
    urls = ["https://e.org/a", " https://e.org/b ", "javascript:alert(1)", "http://e.org/\x00 "]
    prefix = key_prefix("google", "activity")
    one, many = ItemRun(template, prefix), ItemRun(template, prefix)
    for i, (text, url) in enumerate(zip(texts, urls, strict=True)):
        one.add_hashed(f"s{i}", when if i % 2 else None, text, url)
    many.extend_hashed([f"s{i}" for i in range(4)], [None, when, None, when], texts, urls)
    assert (many.key_sources, many.created, many.texts, many.urls) == \
        (one.key_sources, one.created, one.texts, one.urls)
    assert many.urls[1:] == ["https://e.org/b", "", "http://e.org/\x00"] and many.texts[1].endswith("…")
    for bad in ([["x" * (KEY_SOURCE_MAX_CHARS + 1)], [None], [""], [""]],
                [["s"], [datetime(2024, 1, 1)], [""], [""]],
                [["s", "t"], [None], [""], [""]]):
        with pytest.raises(ValueError):
            many.extend_hashed(*bad)
    with pytest.raises(ValueError):
        ItemRun(template).extend_hashed([], [], [], [])
    assert len(many) == 4
    # Links a caller has checked as strictly (activity_json's: plain, or safe_url's) are taken as given.
    checked = ItemRun(template, prefix)
    checked.extend_hashed(["s"], [when], ["t"], ["https://e.org/a b"], links_checked=True)
    assert checked.urls == ["https://e.org/a b"]


def test_only_utc_itself_sends_a_runs_dates_as_messagepack():
    """parallel._all_utc: MessagePack keeps an instant, not its zone, so dates go that way only when
    every zone is UTC itself (a zone equal to it under another name is kept by pickling)."""
    from ai_exposure.parallel import _all_utc

    when = datetime(2024, 1, 1, tzinfo=UTC)
    assert _all_utc([when, when]) and _all_utc([None, when]) and _all_utc([])
    assert not _all_utc([when, when.replace(tzinfo=timezone(timedelta(0), "GMT"))])
    assert not _all_utc([None, when.replace(tzinfo=timezone(timedelta(hours=1)))])


@settings(max_examples=150, deadline=None)
@given(runs=st.lists(st.tuples(
    st.lists(st.datetimes(min_value=datetime(2019, 12, 20), max_value=datetime(2020, 1, 10),
                          timezones=st.just(UTC)), max_size=60),
    st.booleans(), st.booleans(), st.booleans()), max_size=6), batch=st.sampled_from([7, 40, 5000]))
def test_runs_are_stored_and_counted_as_their_items(tmp_path_factory, runs, batch):
    """ItemStore.add_run (a run of one verdict appended as a list, long runs in date order counted a
    month at a time) stores and counts what `add` does item by item; the counts are the summary
    query's."""
    from ai_exposure.store import SUMMARY_SQL, SummaryRow

    folder = tmp_path_factory.mktemp("runs")
    template = Item("youtube", "activity", "", None, RESTRICTED, "ev", HIGH, "f.json")
    got = []
    for way in ("run", "items"):
        store = ItemStore(folder / f"{way}.sqlite")
        store.BATCH = batch
        n = 0
        for dates, by_year, undated, in_order in runs:
            if in_order:  # as a bulk file's records come: newest first
                dates = sorted(dates, reverse=True)
            dates = [None if undated and i % 7 == 3 else d for i, d in enumerate(dates)]
            keys = [f"k{n + i}" for i in range(len(dates))]
            n += len(dates)
            texts, urls = [f"t{k}" for k in keys], [f"https://e.org/{k}" for k in keys]
            verdicts = [("possible", f"year {d.year if d else None}") if by_year else ("unlikely", "r")
                        for d in dates]
            if way == "run":
                store.add_run(template, 1, keys, dates, texts, urls, verdicts)
                assert store._pending_rows < batch  # rows wait in memory up to a batch, as one by one
            else:
                for key, d, text, url, verdict in zip(keys, dates, texts, urls, verdicts, strict=True):
                    store.add(replace(template, key=key, created_at=d, text=text, url=url), 1, *verdict)
        rows = [tuple(r) for r in store.rows("SELECT * FROM items ORDER BY rowid")]
        summary = store.summary()
        assert store.tally() is not None
        assert summary == [SummaryRow(*row) for row in store._db.execute(SUMMARY_SQL)]
        got.append((rows, summary))
        store.close()
    assert got[0] == got[1]


def test_runs_keyed_by_the_main_process_when_the_helper_is_behind_store_the_same(tmp_path, monkeypatch):
    """When the storing helper is behind, the main process makes a run's derived keys itself
    (parallel.ForkedSink.add_run): what is stored is what the helper's own keys store."""
    from ai_exposure import parallel

    if not parallel.available():
        pytest.skip("needs fork and two CPUs")
    folder = _export(tmp_path / "e", 900, cut=False)
    options = Options()
    by_helper = _outputs(tmp_path, "helper", folder, options, True)
    keyed = []
    add_run = parallel.ForkedSink.add_run

    def counted(self, run):
        add_run(self, run)
        keyed.append(self.keyed_runs)

    monkeypatch.setattr(parallel.ForkedSink, "_backlog", lambda self: 1 << 30)  # always behind
    monkeypatch.setattr(parallel.ForkedSink, "add_run", counted)
    by_main = _outputs(tmp_path, "main", folder, options, True)
    assert by_main == by_helper and len(by_main[0]) > 700
    assert keyed and keyed[-1] > 0
