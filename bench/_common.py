"""Helpers shared by the benchmark generators: deterministic invented text, streamed zip members, and
media-like filler. Nothing here holds a whole member in memory: members are written piece by piece
through `ZipFile.open(name, "w")`, so a generator makes a multi-GB archive in bounded memory."""

from __future__ import annotations

import json
import random
import zipfile
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

WORDS = (
    "river", "otter", "lantern", "maple", "quiet", "harbour", "orbit", "velvet", "signal", "meadow",
    "copper", "thistle", "ember", "glacier", "pixel", "sonnet", "tundra", "marble", "kettle", "falcon",
    "willow", "cobalt", "saffron", "drizzle", "beacon", "canyon", "prism", "juniper", "walnut",
    "breeze", "atlas", "nimbus", "quartz", "fable", "meadowlark", "tangent", "ripple", "the", "a", "of",
    "and", "to", "in", "is", "it", "that", "for", "on", "with", "as", "at", "by", "from", "this", "be",
    "are", "was", "have", "not"
)
EXTRA = ("café", "naïve", "Grüße", "日本語", "emoji 🎉", "שלום", "مرحبا", "déjà vu", "ünïcödé")

EPOCH = datetime(2012, 1, 1, tzinfo=UTC)


class Text:
    """Invented sentences from a seeded generator: same seed, same archive, byte for byte."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        # A pool of ready sentences keeps generation fast; the pool is big enough not to look repetitive
        # to a compressor over a few hundred bytes (compression ratios stay realistic, ~8-12x for JSON).
        self.pool = [self._sentence() for _ in range(4096)]

    def _sentence(self) -> str:
        n = self.rng.randint(4, 28)
        words = [self.rng.choice(WORDS) for _ in range(n)]
        if self.rng.random() < 0.15:
            words.insert(self.rng.randint(0, n), self.rng.choice(EXTRA))
        return " ".join(words).capitalize() + self.rng.choice((".", "!", "?", " …", ""))

    def sentence(self) -> str:
        return self.pool[self.rng.getrandbits(12)]

    def when(self, i: int, total: int, span_days: int = 4000) -> datetime:
        base = EPOCH + timedelta(days=span_days * i / max(total, 1))
        return base + timedelta(seconds=self.rng.randint(0, 86399))


def js(value: str) -> str:
    """A JSON string literal, non-ASCII kept raw as the exports write it."""
    return json.dumps(value, ensure_ascii=False)


class Writer:
    """Buffered writes into one zip member (1 MB pieces), so the generator holds only a piece."""

    def __init__(self, zf: zipfile.ZipFile, name: str, compress: bool = True) -> None:
        info = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 12, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        info.external_attr = 0o644 << 16
        self._fh = zf.open(info, "w", force_zip64=True)
        self._parts: list[str] = []
        self._size = 0
        self.bytes = 0

    def write(self, text: str) -> None:
        self._parts.append(text)
        self._size += len(text)
        if self._size >= 1 << 20:
            self._flush()

    def _flush(self) -> None:
        data = "".join(self._parts).encode("utf-8")
        self._fh.write(data)
        self.bytes += len(data)
        self._parts.clear()
        self._size = 0

    def close(self) -> None:
        self._flush()
        self._fh.close()

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def new_zip(path: Path) -> zipfile.ZipFile:
    path.parent.mkdir(parents=True, exist_ok=True)
    return zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6, allowZip64=True)


def write_small(zf: zipfile.ZipFile, name: str, text: str | bytes, compress: bool = True) -> None:
    info = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 12, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.external_attr = 0o644 << 16
    zf.writestr(info, text)


def write_media(zf: zipfile.ZipFile, names: Iterable[str], rng: random.Random,
                sizes: tuple[int, int] = (20_000, 400_000)) -> int:
    """Media-like members: a JPEG/MP4 magic number and incompressible bytes, stored (not deflated)
    as real exports store media. Returns the bytes written."""
    total = 0
    for name in names:
        size = rng.randint(*sizes)
        head = b"\xff\xd8\xff\xe0" if name.endswith(".jpg") else b"\x00\x00\x00\x18ftypmp42"
        write_small(zf, name, head + rng.randbytes(size - len(head)), compress=False)
        total += size
    return total


def scaled(n: int, scale: float, minimum: int = 100) -> int:
    return max(minimum, int(n * scale))
