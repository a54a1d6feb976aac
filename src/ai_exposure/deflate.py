"""Deflate and inflate (zlib's formats) by ISA-L, through the `isal` package, where it is installed;
by the standard zlib otherwise. The bytes inflated are the same; what is compressed is a gzip stream
any reader takes (browsers' DecompressionStream, Python's gzip), only not byte for byte zlib's.

ISA-L compresses the report's parts 5-7 times as fast as zlib at the levels used before, about as
small, and inflates twice as fast (bench/README.md, eighth pass)."""

from __future__ import annotations

import zlib
from typing import Any

_isal: Any
try:
    from isal import isal_zlib as _isal
except ImportError:  # a platform without its wheels: zlib does the same, slower
    _isal = None

# What a damaged deflate stream raises, whichever inflates it.
ERRORS: tuple[type[Exception], ...] = (zlib.error,) if _isal is None else (zlib.error, _isal.error)

# Levels by what matters: "fast" for a big part compressed while the run waits on it (the embedded
# snapshot), "small" for a part worth a little more time (the item list the browser loads). ISA-L has
# levels 0-3; its 2 and 3 compress smaller than zlib's 1 and 4, in a fifth of the time.
_LEVELS = {"fast": (2, 1), "small": (3, 4)}


def fast() -> bool:
    """Whether ISA-L does the work (the `isal` package is installed)."""
    return _isal is not None


def gzip_compressor(level: str) -> Any:
    """A compressobj writing a gzip stream, at `level` ("fast" or "small")."""
    isal_level, zlib_level = _LEVELS[level]
    if _isal is not None:
        return _isal.compressobj(isal_level, _isal.DEFLATED, 31)  # 31: a gzip stream
    return zlib.compressobj(zlib_level, zlib.DEFLATED, 31)


def raw_inflater() -> Any:
    """A decompressobj for raw deflate data (a zip member's), with zlib's methods and attributes."""
    if _isal is not None:
        return _isal.decompressobj(-zlib.MAX_WBITS)
    return zlib.decompressobj(-zlib.MAX_WBITS)


crc32 = zlib.crc32 if _isal is None else _isal.crc32
