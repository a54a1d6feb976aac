"""readers.Wanted: the fast path may decode only the keys a parser reads. What it gives is each record
cut down to those keys (or the whole record, where a window does not have the wanted shape), never
anything else; and the X parser, which reads tweets that way, makes the same items either way."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from ai_exposure.parsers import google, x
from conftest import SAMPLES, run, zip_tree

from ai_exposure import readers
from ai_exposure.readers import ReadError, SkippedRecord, Wanted
from ai_exposure.store import ItemStore

pytestmark = pytest.mark.skipif(readers.orjson is None or readers.msgspec is None,
                                reason="orjson or msgspec not installed")

def _project(value: Any, keys: dict[str, Any] | None) -> Any:
    """`value` cut down to `keys` (Wanted's notation), as the fast path should give it."""
    if keys is None:
        return value
    if isinstance(keys, list):
        return [_project(v, keys[0]) for v in value] if isinstance(value, list) else value
    if not isinstance(value, dict):
        return value
    if set(keys) == {"*"}:
        return {k: _project(v, keys["*"]) for k, v in value.items()}
    return {k: _project(v, keys[k]) for k, v in value.items() if k in keys}


def _read(data: bytes, wanted: Wanted | None, monkeypatch, window: int = 2000) -> tuple[list, str | None]:
    with monkeypatch.context() as m:
        m.setattr(readers, "_TEXT_CHUNK", window)
        out: list = []
        try:
            for value in readers.iter_json_array(io.BytesIO(data), wanted=wanted):
                out.append((value.number, value.reason) if isinstance(value, SkippedRecord) else value)
        except ReadError as exc:
            return out, f"{exc.place}: {exc.reason}"
        return out, None


def _tweet(i: int, **extra: Any) -> dict:
    return {"tweet": {"id_str": str(10**18 + i), "full_text": f"post {i} &amp; more",
                      "created_at": "Tue Mar 05 14:02:11 +0000 2024", "favorite_count": str(i),
                      "entities": {"hashtags": [{"text": "a", "indices": ["0", "2"]}], "media": [{"id": i}]},
                      "edit_info": {"initial": {"editTweetIds": [str(10**18 + i)]}}, **extra}}


def _layout(records: list) -> bytes:
    return ("window.YTD.tweets.part0 = [ "
            + ", ".join(json.dumps(r, indent=2, ensure_ascii=False) for r in records) + " ]").encode()


def _body(data: bytes) -> bytes:
    return data[data.index(b"["):]


@pytest.mark.parametrize("odd", [
    None,  # every record of the wanted shape
    {"entities": []},  # a wanted object that is a list
    {"full_text": 1e400},  # a wanted number out of msgspec's range (the standard library reads inf)
    {"in_reply_to_user_id": 2**70},  # an integer beyond 64 bits
    {"unknown": {"deep": [[[[{"x": None}]]]]}, "retweeted_status": {"id_str": "1"}},
    {"entities": {"media": [{"id": 1}, "not an object"]}},  # a counted list with an odd item
    {"extended_entities": {"media": {"id": 1}}},  # a counted list that is an object
    {"edit_info": {"edit": {"editControlInitial": {"editTweetIds": ["1", "2"], "editableUntil": "x"}}}},
    {"edit_info": {"initial": None}},
])
def test_records_are_the_wanted_keys_of_what_the_standard_library_reads(monkeypatch, odd) -> None:
    records = [_tweet(i) for i in range(300)]
    if odd is not None:
        records[150]["tweet"].update(odd)
    data = _body(_layout(records))
    whole, error = _read(data, None, monkeypatch)
    assert error is None and len(whole) == 300
    wanted, error = _read(data, x.TWEET_KEYS, monkeypatch)
    assert error is None and len(wanted) == 300
    for full, got in zip(whole, wanted, strict=True):
        # Cut down, or whole where the fast path fell back (from the odd record's window on).
        assert got in (_project(full, x.TWEET_KEYS.keys), full)
    cut_down = sum(got == _project(full, x.TWEET_KEYS.keys) != full
                   for full, got in zip(whole, wanted, strict=True))
    assert cut_down >= 140  # the fast path ran, at least up to the odd record's window


def test_bare_tweets_and_non_objects_come_back_whole(monkeypatch) -> None:
    # 2019 archives hold bare tweet objects; a record may be anything.
    bare = [_tweet(i)["tweet"] for i in range(100)] + ["not a tweet", 5] + [_tweet(i) for i in range(100)]
    data = _body(_layout(bare))
    assert _read(data, x.TWEET_KEYS, monkeypatch) == _read(data, None, monkeypatch)


@pytest.mark.parametrize("damage", ["truncated", "brace"])
@pytest.mark.parametrize("at", [0.3, 0.77])
def test_damage_is_reported_at_the_same_record(monkeypatch, damage: str, at: float) -> None:
    data = _body(_layout([_tweet(i) for i in range(200)]))
    if damage == "truncated":
        broken = data[:int(len(data) * at)]
    else:  # a second brace opening the record after the one at `at`
        where = data.index(b"}, {", int(len(data) * at))
        broken = data[:where] + b"}, {{" + data[where + 4:]
    whole, error = _read(broken, None, monkeypatch)
    wanted, same_error = _read(broken, x.TWEET_KEYS, monkeypatch)
    assert error is not None and same_error == error and len(wanted) == len(whole)


def _items(tree: Path, tmp_path: Path) -> list[tuple]:
    tmp_path.mkdir()
    analysis = run([zip_tree(tree, tmp_path / f"{tree.parent.name}-{tree.name}.zip")], tmp_path)
    store: ItemStore = analysis.store
    rows = [tuple(r) for r in store.rows("SELECT * FROM items ORDER BY key, source_file")]
    store.close()
    return rows


def _trees(platform: str) -> list[str]:
    """The committed sample exports of a platform, one folder per era (zipped by each test)."""
    return sorted(p.name for p in (SAMPLES / platform).iterdir() if p.is_dir())


@pytest.mark.parametrize("era", _trees("x"))
def test_x_samples_make_the_same_items_with_and_without_wanted_keys(era: str, tmp_path, monkeypatch) -> None:
    with_keys = _items(SAMPLES / "x" / era, tmp_path / "a")
    monkeypatch.setattr(Wanted, "decoder", lambda self: None)
    assert _items(SAMPLES / "x" / era, tmp_path / "b") == with_keys
    assert with_keys


def test_a_number_python_refuses_costs_its_record_only_where_it_is_read(monkeypatch) -> None:
    # Over 4,300 digits: the standard library refuses the record holding it. In a key the parser
    # does not read it is walked over on the fast path, and the record is read; in one it reads, the
    # record is skipped as before.
    for key, lost in (("favorite_count", False), ("in_reply_to_user_id", True)):
        records = [_tweet(i) for i in range(100)]
        odd = f'"post 50 ", "{key}": {"9" * 5000}, "x": "'.encode()
        data = _body(_layout(records)).replace(b'"post 50 ', odd)
        got, error = _read(data, x.TWEET_KEYS, monkeypatch)
        assert error is None and len(got) == 100
        assert isinstance(got[50], tuple) == lost  # (number, reason) of a SkippedRecord


@pytest.mark.parametrize("era", _trees("google"))
def test_takeout_samples_make_the_same_items_with_and_without_wanted_keys(era: str, tmp_path,
                                                                         monkeypatch) -> None:
    with_keys = _items(SAMPLES / "google" / era, tmp_path / "a")
    monkeypatch.setattr(Wanted, "decoder", lambda self: None)
    assert _items(SAMPLES / "google" / era, tmp_path / "b") == with_keys
    assert with_keys


def test_activity_records_are_the_wanted_keys(monkeypatch) -> None:
    records = [{"header": "YouTube", "title": f"Watched {i}", "titleUrl": f"https://www.youtube.com/watch?v={i}",
                "subtitles": [{"name": "Channel", "url": "https://www.youtube.com/channel/x"}],
                "time": "2024-01-02T03:04:05.123Z", "products": ["YouTube"],
                "activityControls": ["YouTube watch history"], "snippet": {"title": "t", "other": 1}}
               for i in range(300)]
    data = ("[" + ",".join(json.dumps(r, indent=2) for r in records) + "]").encode()  # Takeout's `\n},{`
    whole, _ = _read(data, None, monkeypatch)
    got, _ = _read(data, google.ACTIVITY_KEYS, monkeypatch)
    # The first and last records are read by the standard library's path (no boundary before or after).
    assert [_project(r, google.ACTIVITY_KEYS.keys) for r in whole[1:-1]] == got[1:-1]
    assert got[0] == whole[0] and got[-1] == whole[-1]


# Texts msgspec refuses and the standard library reads (or refuses as well), and texts both read: for
# each, `lenient_json` must give what json.JSONDecoder(strict=False) gives, error for error.
_LENIENT_TEXTS = [
    '{"a":1,"a":2}', "[1e400]", "[-1e400]", "[-0]", "[-0.0]", "[0.1]", "[5e-324]", "[1e-400]", "[1E5]",
    "[123456789012345678901234567890]", "[18446744073709551616]", "[-9223372036854775809]",
    "[" + "7" * 5000 + "]", '["\\ud800"]', '["\\udfff\\ud800"]', '["\\ud83d\\ude00"]', '["\ud800"]',
    '["a\tb"]', '["a\x1fb\x00"]', '["\x7f"]', '["\\u0000"]', '["\\/"]', "[NaN]", "[Infinity]", "[-Infinity]",
    " [1] ", "[1]\x0c", "\ufeff[1]", "[1,]", '{"a":1,}', "[01]", "[1.]", "[.5]", '["\\x41"]',
    "[true,false,null]", "[" * 2000 + "]" * 2000, "[" * 900 + "]" * 900, "", " ", "nul", '"s"', "3",
    '{"text":"x"},{"text":"y"}', '[{"takeoutSegments":[{"text":"é ☕"}]}]',
]


def _outcome(decode, text: str) -> tuple[str, Any]:
    try:
        return "value", repr(decode(text))
    except (ValueError, RecursionError) as exc:
        return type(exc).__name__, None


@pytest.mark.parametrize("text", _LENIENT_TEXTS)
def test_lenient_json_reads_as_the_standard_library_does(text: str) -> None:
    assert _outcome(readers.lenient_json, text) == _outcome(json.JSONDecoder(strict=False).decode, text)


def test_lenient_json_reads_by_msgspec_where_it_can(monkeypatch) -> None:
    """The fast path is taken: with the standard library's decoder gone, what msgspec reads still reads
    (and what it refuses goes on to the standard library)."""
    seen: list[str] = []
    monkeypatch.setattr(readers, "_LENIENT_JSON", lambda text: seen.append(text) or "standard")
    assert readers.lenient_json('[{"text":"a"},{"text":"b"}]') == [{"text": "a"}, {"text": "b"}]
    assert readers.lenient_json("[NaN]") == "standard"
    assert seen == ["[NaN]"]
