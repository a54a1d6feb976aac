"""readers.iter_json_array's fast path (runs of whole records decoded by orjson) reads exactly what the
standard library's record-by-record path reads: the same values, the same errors at the same record
numbers, on pretty-printed files and on the shapes orjson refuses."""

from __future__ import annotations

import io
import json

import pytest

from ai_exposure import readers
from ai_exposure.readers import ReadError, SkippedRecord

pytestmark = pytest.mark.skipif(readers.orjson is None, reason="orjson not installed")


def _read(data: bytes, fast: bool, monkeypatch, window: int = 1 << 20) -> tuple[list, str | None]:
    with monkeypatch.context() as m:
        m.setattr(readers, "_TEXT_CHUNK", window)
        if not fast:
            m.setattr(readers, "orjson", None)
        out: list = []
        try:
            for value in readers.iter_json_array(io.BytesIO(data)):
                out.append((value.number, value.reason) if isinstance(value, SkippedRecord) else value)
        except ReadError as exc:
            return out, f"{exc.place}: {exc.reason}"
        return out, None


def _same(data: bytes, monkeypatch, window: int = 1 << 20) -> tuple[list, str | None]:
    slow = _read(data, False, monkeypatch, window)
    fast = _read(data, True, monkeypatch, window)
    assert fast == slow
    return fast


def _records(n: int) -> list[dict]:
    return [{"header": "YouTube", "title": f"Watched video {i} ✓",
             "time": f"2024-01-02T03:04:{i % 60:02d}.5Z", "n": i,
             "f": i / 7, "nested": [{"a": i}, {"b": [1, 2, {"c": None}]}], "ok": i % 2 == 0}
            for i in range(n)]


@pytest.mark.parametrize("indent", [1, 2, 4])
@pytest.mark.parametrize("window", [300, 4096, 1 << 20])
def test_pretty_printed_files_read_the_same(monkeypatch, indent: int, window: int) -> None:
    records = _records(500)
    data = json.dumps(records, indent=indent, ensure_ascii=False).encode()
    out, error = _same(data, monkeypatch, window)
    assert out == records and error is None


def test_takeout_and_x_layouts(monkeypatch) -> None:
    records = _records(300)
    takeout = ("[" + ",".join(json.dumps(r, indent=2) for r in records) + "]").encode()  # `\n},{`
    assert b"\n},{" in takeout
    assert _same(takeout, monkeypatch, 2000) == (records, None)
    x = ("[ " + ", ".join(json.dumps({"tweet": r}, indent=2) for r in records) + " ];").encode()
    assert _same(x, monkeypatch, 2000) == ([{"tweet": r} for r in records], None)


@pytest.mark.parametrize("bad", [
    '"a raw\n},{\nline break in a string"',  # the boundary inside a string (strict=False keeps it)
    "NaN", '"\\ud800 lone surrogate"', "Infinity", "1e400",
])
def test_values_orjson_refuses_read_as_before(monkeypatch, bad: str) -> None:
    records = [json.dumps({"i": i, "v": "x"}, indent=2) for i in range(200)]
    for at in (0, 1, 57, 150, 199):
        text = list(records)
        text[at] = '{\n  "i": ' + str(at) + ',\n  "v": ' + bad + "\n}"
        out, error = _same(("[" + ",".join(text) + "]").encode(), monkeypatch, 1500)
        assert error is None and len(out) == 200


def test_integers_beyond_64_bits_come_back_as_floats_on_the_fast_path(monkeypatch) -> None:
    # The one documented difference (see readers._Runs): no export writes such numbers.
    records = [json.dumps({"i": i, "v": 2**70 if i == 150 else i}, indent=2) for i in range(200)]
    data = ("[" + ",".join(records) + "]").encode()
    slow, fast = _read(data, False, monkeypatch), _read(data, True, monkeypatch)
    assert slow[0][150]["v"] == 2**70 and fast[0][150]["v"] == float(2**70)
    assert [r for r in fast[0] if r["i"] != 150] == [r for r in slow[0] if r["i"] != 150]


@pytest.mark.parametrize("cut", [0.3, 0.5, 0.97])
def test_truncated_and_malformed_files_fail_at_the_same_record(monkeypatch, cut: float) -> None:
    data = json.dumps(_records(400), indent=2).encode()
    truncated = data[: int(len(data) * cut)]
    out, error = _same(truncated, monkeypatch, 4096)
    assert error and error.startswith("record ") and 0 < len(out) < 400
    broken = data.replace(b'"n": 201,', b'"n": 201 "oops",', 1)
    out, error = _same(broken, monkeypatch, 4096)
    assert len(out) == 201 and error and error.startswith("record 202")


def test_deep_nesting_and_non_objects_mixed_in(monkeypatch) -> None:
    deep = "[" * 5000 + "]" * 5000
    parts = [json.dumps(r, indent=2) for r in _records(100)]
    parts[40] = deep
    parts[60] = "7"
    parts[61] = '"text"'
    out, error = _same(("[" + ",".join(parts) + "]").encode(), monkeypatch, 2048)
    assert error is None and len(out) == 100
    assert out[40] == (41, "a record nested too deeply to read") and out[60] == 7


# ---------------------------------------------------------------- the byte path (readers._ByteRuns)

@pytest.mark.parametrize("window", [300, 301, 302, 303, 4096])
def test_characters_of_several_bytes_cut_by_the_window(monkeypatch, window: int) -> None:
    # The byte path hands runs to the decoders as bytes; a window edge inside a character of two,
    # three or four bytes must not matter (the window sizes shift where the edges fall).
    records = [{"i": i, "text": "café ☕ 🎉 ñ € 中文 " * (1 + i % 3)} for i in range(300)]
    data = json.dumps(records, indent=2, ensure_ascii=False).encode()
    assert _same(data, monkeypatch, window) == (records, None)


@pytest.mark.parametrize("where", [0, 1, 150, 299])
def test_bytes_that_are_not_utf8_are_read_as_the_text_path_reads_them(monkeypatch, where: int) -> None:
    # A Latin-1 é (0xE9) in record `where`: the decoders refuse the run, the text path reads it
    # (bad bytes as cp1252) and the records after it.
    records = [json.dumps({"i": i, "text": f"record {i}"}, indent=2) for i in range(300)]
    data = ("[" + ",".join(records) + "]").encode()
    data = data.replace(f'"record {where}"'.encode(), f'"caf\xe9 {where}"'.encode("latin-1"), 1)
    out, error = _same(data, monkeypatch, 2000)
    assert error is None and len(out) == 300 and out[where]["text"] == f"café {where}"


def test_a_record_past_the_limit_after_the_byte_path_started(monkeypatch) -> None:
    records = [{"i": i, "text": "x" * 50} for i in range(200)]
    records[120]["text"] = "y" * 5000
    data = json.dumps(records, indent=2).encode()
    outs = []
    for fast in (False, True):
        with monkeypatch.context() as m:
            m.setattr(readers, "_TEXT_CHUNK", 1000)
            if not fast:
                m.setattr(readers, "orjson", None)
            outs.append([(v.number, v.reason) if isinstance(v, SkippedRecord) else v
                         for v in readers.iter_json_array(io.BytesIO(data), max_record_chars=3000)])
    assert outs[0] == outs[1] and len(outs[1]) == 200
    assert outs[1][120] == (121, "a record of 5,034 characters, too large to read")
