"""Numbers too long for Python's int(): the top-array reader walks over that record alone, and the
ijson path (X's direct messages, streamed message by message) never hands ijson's C backend a run of
digits it would crash the process on."""

from __future__ import annotations

import io
import json
import random
import re

import pytest

from ai_exposure.readers import MAX_DIGITS, ReadError, SkippedRecord, _LongDigits, iter_json_array


def _through_guard(data: bytes) -> tuple[bytes, int]:
    guard = _LongDigits(io.BytesIO(data))
    return io.BufferedReader(guard, 1 << 16).read(), guard.cuts


@pytest.mark.parametrize("seed", range(40))
def test_the_guard_cuts_every_long_run_of_digits_and_nothing_else(seed):
    rng = random.Random(seed)
    parts, long_runs = [], 0
    for _ in range(rng.randint(1, 6)):
        parts.append(b"x" * rng.randint(1, 70_000))
        length = rng.choice([1, 10, MAX_DIGITS - 1, MAX_DIGITS, MAX_DIGITS + 1, 5_000, 70_000, 140_000])
        parts.append(b"7" * length)
        long_runs += length > MAX_DIGITS
    data = b"".join(parts)
    out, cuts = _through_guard(data)
    assert out == re.sub(rb"[0-9]{%d,}" % (MAX_DIGITS + 1), b"7" * MAX_DIGITS, data)
    assert cuts == long_runs


def test_a_file_without_long_numbers_passes_unchanged():
    data = json.dumps([{"id": str(10**30 + i), "n": i, "t": "12345 " * 100} for i in range(2_000)]).encode()
    assert _through_guard(data) == (data, 0)


def test_a_record_with_a_5000_digit_number_is_walked_over_and_the_rest_read():
    records = [{"n": i} for i in range(6)]
    text = json.dumps(records, indent=2).replace('"n": 2', '"n": ' + "9" * 5_000)
    got = list(iter_json_array(io.BytesIO(text.encode())))
    assert isinstance(got[2], SkippedRecord) and got[2].number == 3
    assert [g for i, g in enumerate(got) if i != 2] == [r for i, r in enumerate(records) if i != 2]


def test_the_ijson_path_reads_past_a_5000_digit_number_and_says_so():
    messages = [{"messageCreate": {"id": str(i), "text": f"m{i}"}} for i in range(5)]
    data = json.dumps([{"dmConversation": {"messages": messages}}]).encode()
    data = data.replace(b'"id": "2"', b'"id": ' + b"9" * 5_000)
    got = []
    with pytest.raises(ReadError) as raised:
        for value in iter_json_array(io.BytesIO(data), "item.dmConversation.messages.item"):
            got.append(value["messageCreate"]["text"])
    assert got == ["m0", "m1", "m2", "m3", "m4"]
    assert "cut to read on" in raised.value.reason


def test_the_ijson_path_keeps_integers_beyond_64_bits():
    # With use_float, yajl refuses any integer past 2**63 and the rest of the file would be lost.
    data = json.dumps([{"a": {"items": [{"n": 10**30}, {"n": 1}]}}]).encode()
    assert list(iter_json_array(io.BytesIO(data), "item.a.items.item")) == [{"n": 10**30}, {"n": 1}]
