"""deflate.py: zip members inflated and report parts compressed by ISA-L (the `isal` package) or, where
it is missing, by zlib: the same bytes read, the same damage found, streams any gzip reader takes."""

from __future__ import annotations

import base64
import gzip
import random
import zipfile
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_exposure import deflate
from ai_exposure.archive import MemberError, open_inputs
from ai_exposure.report import gzip_base64


@pytest.fixture(params=["isal", "zlib"])
def inflater(request, monkeypatch) -> str:
    if request.param == "zlib":
        monkeypatch.setattr(deflate, "_isal", None)
        monkeypatch.setattr(deflate, "crc32", zlib.crc32)
    assert deflate.fast() == (request.param == "isal")  # isal is a declared dependency
    return request.param


def _text(n: int, seed: int) -> bytes:
    """Posts-like JSON, n records: words and numbers, compressible about as an export is."""
    rnd = random.Random(seed)
    words = ["coffee", "morning", "koffie", "zondag", "release", "#tag2024", "@friend", "https://t.co/x1"]
    texts = (" ".join(rnd.choices(words, k=rnd.randint(3, 30))) + f" {rnd.random()}" for _ in range(n))
    records = [f'{{"id": "{i}", "text": "{text}"}}' for i, text in enumerate(texts)]
    return ("[" + ",\n".join(records) + "]").encode()


def _zip(path: Path, members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def _read_all(z: Path) -> dict[str, bytes]:
    (container,) = open_inputs(z)
    out = {}
    for member in container.members():
        with container.open(member) as fh:
            out[member.path] = fh.read()
    return out


def test_members_read_the_same_whichever_inflates(tmp_path, inflater):
    members = {"data/big.json": _text(40_000, 1), "data/small.json": _text(3, 2), "empty.txt": b"",
               "data/random.bin": random.Random(3).randbytes(3 << 20)}  # stored as deflate's raw blocks
    z = _zip(tmp_path / "a.zip", members)
    assert _read_all(z) == members
    assert _read_all(_zip(tmp_path / "s.zip", members, zipfile.ZIP_STORED)) == members


def test_corrupt_deflate_data_is_damage_whichever_inflates(tmp_path, inflater):
    z = _zip(tmp_path / "a.zip", {"data/big.json": _text(40_000, 4)})
    with zipfile.ZipFile(z) as zf:
        info = zf.getinfo("data/big.json")
    raw = bytearray(z.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for at in range(2000, 2400):  # a run of garbage inside the deflate stream
        raw[start + at] = 0xFF
    z.write_bytes(bytes(raw))
    (container,) = open_inputs(z)
    (member,) = container.members()
    with container.open(member) as fh, pytest.raises(MemberError, match="damaged inside the archive"):
        while fh.read(1 << 16):
            pass


def test_a_wrong_checksum_is_found_whichever_inflates(tmp_path, inflater):
    data = _text(5_000, 5)
    z = _zip(tmp_path / "a.zip", {"data/posts.json": data})
    with zipfile.ZipFile(z) as zf:
        info = zf.getinfo("data/posts.json")
    raw = bytearray(z.read_bytes())
    crc = info.CRC.to_bytes(4, "little")
    wrong = ((info.CRC + 1) & 0xFFFFFFFF).to_bytes(4, "little")
    z.write_bytes(bytes(raw).replace(crc, wrong))  # local and central headers
    (container,) = open_inputs(z)
    (member,) = container.members()
    with container.open(member) as fh:
        assert fh.read() == data  # every byte handed on, then the damage noted on the member
    assert member.damage is not None and "CRC mismatch" in str(member.damage)


@pytest.mark.parametrize("level", ["fast", "small"])
def test_report_parts_are_gzip_any_reader_takes(inflater, level):
    pieces = [_text(2_000, i) for i in range(5)] + [b"", "héllo ✓ 😀".encode()]
    text = "".join(gzip_base64(pieces, level))
    assert set(text) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=")
    packed = base64.b64decode(text, validate=True)
    assert gzip.decompress(packed) == b"".join(pieces)
    assert zlib.decompress(packed, 47) == b"".join(pieces)  # as a browser's DecompressionStream("gzip")
    assert len(packed) < len(b"".join(pieces)) / 3


@settings(max_examples=200, deadline=None)
@given(st.lists(st.binary(max_size=5000), max_size=6), st.integers(0, 0xFFFFFFFF))
def test_the_checksum_is_zlibs(pieces, start):
    want, got = start, start
    for piece in pieces:
        want, got = zlib.crc32(piece, want), deflate.crc32(piece, got)
    assert got == want
