"""Cross-platform reading helpers: X's `window.YTD… =` prefix, streamed JSON, tolerant CSV, text
encodings, Meta's latin-1 mojibake and the many timestamp shapes. Parsers use these and nothing lower.

All readers are generators that yield what they could read and raise `ReadError` (with a place) where
they had to stop, so a handler can keep every good record before the break and report the rest.
"""

from __future__ import annotations

import codecs
import csv
import functools
import html
import io
import itertools
import json
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any, BinaryIO

import ijson

from .archive import Member
from .i18n import N_, Msg, Num

try:  # a faster decoder for runs of whole records (see _iter_top_array); the standard library's otherwise
    import orjson
except ImportError:  # pragma: no cover - a declared dependency; reading works without it, slower
    orjson = None  # type: ignore[assignment]  # tested before each use

try:  # decodes only the keys a parser reads (see Wanted); whole records otherwise
    import msgspec
except ImportError:  # pragma: no cover - a declared dependency; reading works without it, slower
    msgspec = None  # type: ignore[assignment]  # tested before each use

CHUNK = 1 << 16


class Wanted:
    """The keys of a file's records that its parser reads, for the fast path of `iter_json_array`
    (see _Runs): records come back as dicts holding only those keys, the rest of each record walked
    over (checked as JSON, not built). Building a big record's every string, list and object is most
    of the cost of reading it; X's tweets carry entities, indices and edit details the parser never
    looks at.

    `keys` maps a key to None (its whole value), to the keys wanted of the object under it (`{}`: an
    object none of whose keys are read, built empty), or to a one-element list: a list whose items
    are wanted as that element says (`[{}]`: a list of objects that is only counted, as X's media
    are). The key "*" stands for every key of an object (a wrapper such as X's `{"tweet": {...}}`).
    A window of records that does not have that shape (a value that is not an object or a list where
    one is wanted, a number out of range) is decoded whole, and so is the rest of that file: what a
    parser reads is the same either way (tests compare both)."""

    def __init__(self, name: str, keys: dict[str, Any]) -> None:
        self.name = name
        self.keys = keys
        self._decoder: Any = None

    def decoder(self) -> Any:
        """msgspec's decoder of a JSON array of such records (None without msgspec)."""
        if self._decoder is None and msgspec is not None:
            self._decoder = msgspec.json.Decoder(list[self._type(self.name, self.keys)])  # type: ignore[misc]
        return self._decoder

    @classmethod
    def _type(cls, name: str, keys: dict[str, Any] | list[Any] | None) -> Any:
        from typing import TypedDict

        if keys is None:
            return Any
        if isinstance(keys, list):
            (item,) = keys
            return list[cls._type(name + "_item", item)]  # type: ignore[misc]
        if set(keys) == {"*"}:
            return dict[str, cls._type(name + "_", keys["*"])]  # type: ignore[misc]
        fields = {k: cls._type(f"{name}_{k}", v) for k, v in keys.items()}
        return TypedDict(name, fields, total=False)  # type: ignore[operator]


class ReadError(Exception):
    """A structural error inside a file. `place` says where (record number, line, byte offset)."""

    def __init__(self, place: str, reason: str) -> None:
        super().__init__(f"{place}: {reason}")
        self.place = place
        self.reason = reason


# ---------------------------------------------------------------- encodings

def sniff_encoding(head: bytes) -> str:
    """The encoding of a text file from its first bytes: a BOM, UTF-16 NUL patterns, else UTF-8."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE):
        return "utf-16"
    if len(head) >= 4 and head[1:4:2] == b"\x00\x00" and head[0:3:2] != b"\x00\x00":
        return "utf-16-le"
    if len(head) >= 4 and head[0:3:2] == b"\x00\x00" and head[1:4:2] != b"\x00\x00":
        return "utf-16-be"
    return "utf-8"


class _Prepended(io.RawIOBase):
    """A stream with some already-read bytes put back in front of it."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        return _readinto(self._rest, buffer)


def _readinto(stream: BinaryIO, buffer) -> int:
    readinto = getattr(stream, "readinto", None)
    if readinto is not None:
        return readinto(buffer)
    data = stream.read(len(buffer))
    buffer[: len(data)] = data
    return len(data)


def open_text(member: Member) -> io.TextIOWrapper:
    """A text stream over a member, with the encoding sniffed. Undecodable bytes in a UTF-8 file are
    decoded as cp1252 would (re-saved in Excel), never dropped: see `_decode_fallback`."""
    fh = member.open()
    head = fh.read(4)
    enc = sniff_encoding(head)
    stream = io.BufferedReader(_Prepended(head, fh), CHUNK)
    return io.TextIOWrapper(stream, encoding=enc, errors="ai_exposure_fallback", newline="")


def _decode_fallback(exc: UnicodeError) -> tuple[str, int]:
    # A byte that is not UTF-8 in a "UTF-8" file is almost always cp1252 from a spreadsheet re-save.
    if isinstance(exc, UnicodeDecodeError):
        bad = exc.object[exc.start : exc.end]
        return bad.decode("cp1252", errors="replace"), exc.end
    raise exc


codecs.register_error("ai_exposure_fallback", _decode_fallback)


def strip_nul(text: str) -> str:
    return text.replace("\x00", "")


# ---------------------------------------------------------------- JSON

_LENIENT_JSON: Callable[[str], Any] = json.JSONDecoder(strict=False).decode
_MSGSPEC_JSON: Callable[[str], Any] | None = msgspec.json.Decoder().decode if msgspec is not None else None
_MSGSPEC_REFUSALS: tuple[type[BaseException], ...] = (
    (msgspec.DecodeError, msgspec.ValidationError, UnicodeEncodeError, RecursionError)
    if msgspec is not None else ())


def lenient_json(text: str) -> Any:
    """`text` decoded as `json.JSONDecoder(strict=False).decode` decodes it, with its ValueError or
    RecursionError where it raises one: by msgspec where msgspec reads the text (a third of the
    time), which gives the same values where it accepts a text and refuses what the standard library
    reads otherwise (control characters in strings, lone surrogates, NaN, numbers out of its range:
    tests hold the two to each other); the standard library decides those."""
    if _MSGSPEC_JSON is not None:
        try:
            return _MSGSPEC_JSON(text)
        except _MSGSPEC_REFUSALS:
            pass
    return _LENIENT_JSON(text)


class _SkipPrefix(io.RawIOBase):
    """Skips everything up to and including the first `=` (X's `window.YTD.tweets.part0 = [`)."""

    def __init__(self, raw: BinaryIO, max_prefix: int = 4096) -> None:
        self._raw = raw
        self._pending = b""
        self._started = False
        self._max = max_prefix

    def readable(self) -> bool:
        return True

    def _start(self) -> None:
        buf = b""
        while b"=" not in buf:
            chunk = self._raw.read(256)
            if not chunk:
                break
            buf += chunk
            if len(buf) > self._max:
                break
        idx = buf.find(b"=")
        if idx < 0:
            raise ReadError(Msg("start of file"), Msg("no 'window.YTD… =' assignment found"))
        self._pending = buf[idx + 1 :]
        self._started = True

    def readinto(self, buffer) -> int:
        if not self._started:
            self._start()
        if self._pending:
            n = min(len(buffer), len(self._pending))
            buffer[:n] = self._pending[:n]
            self._pending = self._pending[n:]
            return n
        return _readinto(self._raw, buffer)


def json_stream(member: Member, js_assignment: bool = False) -> BinaryIO:
    """A UTF-8 byte stream of a member's JSON, with X's JS assignment prefix removed if asked and a
    UTF-8 BOM or UTF-16 re-encoded transparently."""
    raw = member.open()
    head = raw.read(4)
    enc = sniff_encoding(head)
    stream: BinaryIO = io.BufferedReader(_Prepended(head, raw), CHUNK)
    if enc == "utf-8-sig":
        stream.read(3)
    elif enc.startswith("utf-16"):
        text = io.TextIOWrapper(stream, encoding=enc, errors="replace")
        stream = io.BufferedReader(_Reencode(text), CHUNK)
    if js_assignment:
        stream = io.BufferedReader(_SkipPrefix(stream), CHUNK)
    return stream


class _Reencode(io.RawIOBase):
    def __init__(self, text: io.TextIOBase) -> None:
        self._text = text
        self._buf = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while len(self._buf) < len(buffer):
            chunk = self._text.read(CHUNK)
            if not chunk:
                break
            self._buf += chunk.encode("utf-8", "surrogatepass")
        n = min(len(buffer), len(self._buf))
        buffer[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n


def _ijson_error_reason(exc: Exception) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    # Never echo the parser's context snippet: it may hold the user's text.
    if "lexical error" in text:
        return Msg("malformed JSON (lexical error)")
    return Msg("malformed JSON (%(detail)s)", detail=f"{type(exc).__name__}: {text[:80]}")


WHOLE_FILE = Msg("whole file")
_TRUNCATED_ARRAY = Msg("malformed JSON (the file ends inside the array: truncated?)")
_AFTER_OVERSIZED = Msg("after an oversized record")
_ENDS_INSIDE = Msg("malformed JSON (the file ends inside it)")


def record_place(n: int) -> Msg:
    """Where a bad record is: "record 12" (1-based), in the report's language."""
    return Msg("record %(n)s", n=n)


# The standard library's JSON decoder says what it expected in a handful of fixed phrases; the report
# shows them in its language (they are not the user's data).
_JSON_ERRORS = {m: Msg(m) for m in (
    N_("Expecting value"), N_("Expecting ',' delimiter"), N_("Expecting ':' delimiter"),
    N_("Expecting property name enclosed in double quotes"), N_("Unterminated string starting at"),
    N_("Invalid control character at"), N_("Invalid \\escape"), N_("Invalid \\uXXXX escape"),
    N_("Extra data"), N_("Illegal trailing comma before end of object"),
    N_("Illegal trailing comma before end of array"))}


def json_error(detail: str) -> str:
    return _JSON_ERRORS.get(detail, detail)


# One array element larger than this is skipped, never built: it keeps the peak memory of the window
# (the text, a copy while it grows, the bytes read and the element built from it) well under the
# 300 MB budget whatever the input. No real export record comes near 16M characters (a tweet is ~2 KB;
# X's DM conversations are streamed message by message, not as one element).
MAX_RECORD_CHARS = 16 << 20
_TEXT_CHUNK = 1 << 20
_JSON_WS = re.compile(r"[ \t\n\r]*")
_SEPARATOR = re.compile(r"[ \t\n\r]*,[ \t\n\r]*")


class SkippedRecord:
    """Stands in for an array element that was walked over, not built: larger than `MAX_RECORD_CHARS`
    or nested too deeply to build. It is neither a dict, a list nor a str, so a handler reports it as
    a bad record (at its number) and goes on with the next one."""

    __slots__ = ("number", "reason")

    def __init__(self, number: int, reason: str) -> None:
        self.number = number
        self.reason = reason

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"SkippedRecord({self.number}, {self.reason!r})"


def iter_json_array(stream: BinaryIO, prefix: str = "item",
                    max_record_chars: int = MAX_RECORD_CHARS, wanted: Wanted | None = None) -> Iterator[Any]:
    """Stream the elements of a JSON array (or of the array under `prefix`, in ijson's notation).
    Numbers come back as int/float; strings as str. Raises ReadError with the record number at the
    first structural error, after yielding every good element before it.

    A top-level array (`prefix="item"`, the common case: every X file, My Activity) is read by the
    standard library's C scanner one element at a time over a sliding text window, about three times
    faster than ijson; an element too large or too deep to build is skipped, as a `SkippedRecord`.
    Other shapes go through ijson. `wanted`: the keys the caller reads (see Wanted); records may then
    come back without the others."""
    return itertools.chain.from_iterable(iter_json_batches(stream, prefix, max_record_chars, wanted))


def iter_json_batches(stream: BinaryIO, prefix: str = "item", max_record_chars: int = MAX_RECORD_CHARS,
                      wanted: Wanted | None = None) -> Iterator[list[Any]]:
    """The elements of iter_json_array, in the lists they are read in: a run of records decoded at
    once (see _Runs) is one list, a record read alone a list of one. For a handler of a bulk file
    that does its common case a list at a time (see parsers/google.py's activity_json); the
    errors, and where they come, are iter_json_array's."""
    head = b""
    while True:
        chunk = stream.read(256)
        head += chunk
        stripped = head.lstrip()
        if stripped or not chunk:
            break
        head = b""  # leading whitespace only: drop it, keep memory flat on a file of blanks
    if prefix == "item" and stripped[:1] == b"[":
        yield from _iter_top_array(stream, head, max_record_chars, wanted)
    else:
        for value in _iter_ijson(io.BufferedReader(_Prepended(head, stream), CHUNK), prefix):
            yield [value]


def _iter_ijson(stream: BinaryIO, prefix: str) -> Iterator[Any]:
    # Integers are built by Python (use_float=False): with use_float, yajl itself refuses any integer
    # beyond 64 bits and the rest of the file is lost (ICRAR/ijson#153). Python refuses more than
    # 4,300 digits, and ijson's C backend crashes the process on that refusal (seen with ijson 3.6),
    # so longer runs of digits are cut before it sees them; the file is then said to be damaged there.
    buffered, guard = digit_guarded(stream)
    n = 0
    try:
        for value in ijson.items(buffered, prefix, use_float=False, buf_size=IJSON_READ):
            n += 1
            yield deep_record(value, n, guard.shape)
    except ReadError:
        raise
    except (ijson.JSONError, ijson.IncompleteJSONError, UnicodeDecodeError, ValueError) as exc:
        raise ReadError(record_place(n + 1), _ijson_error_reason(exc)) from None
    cut = digits_cut(guard)
    if cut is not None:
        raise cut


def digit_guarded(stream: BinaryIO) -> tuple[BinaryIO, _LongDigits]:
    """`stream` for ijson with `use_float=False`, every run of more than MAX_DIGITS digits cut (see
    _LongDigits), and the guard that says whether anything was cut (`digits_cut`). The stream is
    also guarded against nesting deeper than MAX_JSON_DEPTH (cut out: see `deep_record`) and strings
    longer than MAX_JSON_STRING (a ReadError): every ijson path over an export goes through here."""
    shape = _ShapeGuard(stream)
    guard = _LongDigits(io.BufferedReader(shape, CHUNK))
    guard.shape = shape
    return io.BufferedReader(guard, CHUNK), guard


def digits_cut(guard: _LongDigits) -> ReadError | None:
    """The problem to report after reading through a guarded stream, if a run of digits was cut."""
    if guard.cut_at < 0:
        return None
    return ReadError(Msg("byte %(n)s", n=Num(guard.cut_at)),
                     Msg("%(n)s runs of digits longer than %(limit)s were cut to read on: a number "
                         "there may be wrong", n=Num(guard.cuts), limit=Num(MAX_DIGITS)))


def shape_guarded(stream: BinaryIO, max_string: int | None = None) -> BinaryIO:
    """`stream` that stops with a ReadError at nesting deeper than MAX_JSON_DEPTH or a string longer
    than `max_string` bytes (MAX_JSON_STRING), before a parser has built either."""
    return io.BufferedReader(_ShapeGuard(stream, max_string=max_string or MAX_JSON_STRING,
                                         cut_deep=False), CHUNK)


# ijson keeps a path string per level of nesting, so its memory grows with the square of the depth
# (a small zip of deep nesting takes gigabytes; bench/README.md). No export nests more than about a
# dozen levels.
MAX_JSON_DEPTH = 128
# ijson (yajl) builds a string whole before handing it on. The bad-records suite keeps 5 MB texts.
MAX_JSON_STRING = 8 << 20
# What ijson reads at a time (`buf_size`). yajl lexes a string cut by a read again from its start on
# the next one, so a string's cost grows with its length times the number of reads it spans. 256 KB
# keeps a string at the cap to seconds, where ijson's default 64 KB took tens; larger reads make
# ordinary files slower (bench/README.md).
IJSON_READ = 256 << 10
# Everything but quotes and brackets, deleted (with escapes taken out first) to check nesting.
_NOT_SHAPE = bytes(b for b in range(256) if b not in b'"[]{}')
_REDUCED_STRINGS = re.compile(rb'"[^"]*+"')


# What a value nested too deeply is replaced with, for ijson to build in its place; a record holding
# it is reported as a bad record (see `deep_record`).
TOO_DEEP = "\x00ai-exposure: nested too deeply\x00"
_TOO_DEEP_JSON = b'"\\u0000ai-exposure: nested too deeply\\u0000"'
_OUTSIDE = re.compile(rb'["\[\]{}]')
_INSIDE = re.compile(rb'["\\]')


class _ShapeGuard(io.RawIOBase):
    """A JSON byte stream passed on unchanged but where it nests deeper than `max_depth`: each value
    that would go deeper is replaced by the TOO_DEEP string (`cuts` counts them), so a parser builds
    the rest of the record and the records after it in bounded memory; with `cut_deep=False` it is
    a ReadError instead. A string longer than `max_string` bytes is a ReadError (at a byte offset).
    Linear and in C but for a few calls a chunk: escapes are taken out, then everything but quotes
    and brackets, then the (now short) strings; the brackets left are counted. Only a chunk that
    could go too deep is walked byte by byte (`_exact`)."""

    def __init__(self, raw: BinaryIO, max_depth: int = MAX_JSON_DEPTH,
                 max_string: int = MAX_JSON_STRING, cut_deep: bool = True) -> None:
        self._raw = raw
        self._max_depth = max_depth
        self._max_string = max_string
        self._cut_deep = cut_deep
        self._depth = 0
        self._in_string = False
        self._escape = False  # the last chunk ended on a backslash that escapes the next byte
        self._string_len = 0
        self._dropping = False  # inside a value nested too deeply, replaced
        self._offset = 0
        self._pending = b""
        self.cuts = 0
        self.found = 0  # cuts found in records (see `deep_record`)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._pending:
            chunk = self._raw.read(len(buffer))
            if not chunk:
                return 0
            self._pending = self._check(chunk)
            self._offset += len(chunk)
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n

    def _check(self, chunk: bytes) -> bytes:
        if self._dropping:
            return self._exact(chunk)
        data = b"\\" + chunk if self._escape else chunk
        run = 0
        while run < len(data) and data[-1 - run] == 0x5C:
            run += 1
        if run % 2:  # its escaped byte is in the next chunk
            data = data[:-1]
        # `\\` pairs first, then `\"`: what is left of a backslash escapes a byte deleted below.
        if b"\\" in data:  # one byte: a memchr, where a two-byte search is several times slower
            data = data.replace(b"\\\\", b"").replace(b'\\"', b"")
        shape = data.translate(None, _NOT_SHAPE)
        started_inside = self._in_string
        if started_inside:
            shape = b'"' + shape
        # Quotes alternate open and close, so taking out two adjacent ones keeps every bracket on its
        # side: most strings hold no bracket and go at C speed; the few left go by the regex.
        rest = shape.replace(b'""', b"")
        if b'"' in rest:
            rest = _REDUCED_STRINGS.sub(b"", rest)
        opens = rest.find(b'"')
        outside = rest[:opens] if opens >= 0 else rest
        if self._depth + outside.count(b"[") + outside.count(b"{") > self._max_depth:
            depth = self._depth
            for c in outside:  # brackets only: most chunks of a large file come here
                depth += 1 if c in b"[{" else -1
                if depth > self._max_depth:
                    return self._exact(chunk)
        self._escape = run % 2 == 1
        if opens >= 0:  # a string that goes on into the next chunk
            if opens == 0 and started_inside and len(rest) == 1:
                self._string_len += len(chunk)
            else:  # it starts in this chunk, at or before its last quote
                self._string_len = len(chunk) - chunk.rfind(b'"')
            self._in_string = True
            if self._string_len > self._max_string:
                self._too_long()
        else:
            self._in_string = False
        self._depth += outside.count(b"[") + outside.count(b"{") - outside.count(b"]") \
            - outside.count(b"}")
        return chunk

    def _exact(self, chunk: bytes) -> bytes:
        """`_check` byte by byte, cutting out what is nested too deeply."""
        out = bytearray()
        keep = 0  # where the part of the chunk to pass on starts
        n = len(chunk)
        i = 0
        if self._escape:
            i, self._escape = 1, False
        start = 0 if self._in_string else -1  # where the open string started in this chunk
        while True:
            m = (_INSIDE if self._in_string else _OUTSIDE).search(chunk, i)
            if m is None:
                break
            j = m.start()
            c = chunk[j]
            if self._in_string:
                if c == 0x5C:  # a backslash: skip the byte it escapes
                    if j + 1 >= n:
                        self._escape = True
                        i = n
                        break
                    i = j + 2
                    continue
                self._in_string = False
                i = j + 1
                continue
            i = j + 1
            if c == 0x22:
                self._in_string = True
                start = j
                self._string_len = 0
            elif c in b"[{":
                self._depth += 1
                if self._depth > self._max_depth and not self._dropping:
                    if not self._cut_deep:
                        raise ReadError(Msg("byte %(n)s", n=Num(self._offset + j)),
                                        Msg("JSON nested more than %(n)s levels deep; not read",
                                            n=Num(self._max_depth)))
                    self._dropping = True
                    self.cuts += 1
                    out += chunk[keep:j]
                    out += _TOO_DEEP_JSON
            else:
                self._depth -= 1
                if self._dropping and self._depth == self._max_depth:
                    self._dropping = False
                    keep = j + 1
        if self._in_string and not self._dropping:
            self._string_len += n - max(start, 0)
            if self._string_len > self._max_string:
                self._too_long()
        if not self._dropping:
            out += chunk[keep:]
        return bytes(out)

    def _too_long(self) -> None:
        raise ReadError(Msg("byte %(n)s", n=Num(self._offset)),
                        Msg("a text of more than %(n)s bytes; not read", n=Num(self._max_string)))


def deep_record(value: Any, number: int, shape: _ShapeGuard | None) -> Any:
    """`value`, or a SkippedRecord where the guard cut a part of it nested too deeply (only looked
    for while some cut is not yet found in a record)."""
    if shape is None or shape.cuts <= shape.found:
        return value
    stack = [value]
    while stack:
        v = stack.pop()
        if v.__class__ is dict:
            stack.extend(v.values())
        elif v.__class__ is list:
            stack.extend(v)
        elif v.__class__ is str and v == TOO_DEEP:
            shape.found += 1
            return SkippedRecord(number, Msg("a record nested too deeply to read"))
    return value


# The longest run of digits handed to ijson: Python's int() refuses more than 4,300 (CVE-2020-10735).
MAX_DIGITS = 4000
_DIGIT_BYTES = b"0123456789"
_DIGIT_RUN = re.compile(rb"[0-9]+")


class _LongDigits(io.RawIOBase):
    """A byte stream with every run of more than MAX_DIGITS digits cut to MAX_DIGITS. Whether a run
    is a number or text in a string is not known here (no real export has either); the cut is
    counted and reported. Checking is cheap: a run that long covers one of the bytes sampled every
    MAX_DIGITS // 2, so a chunk is looked at closely only where a sampled byte is a digit."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._pending = b""
        self._carry = 0  # digits at the end of what was handed on
        self._offset = 0  # bytes read from raw
        self.cuts = 0
        self.cut_at = -1
        self.shape: _ShapeGuard | None = None  # the nesting guard below it (see digit_guarded)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._pending:
            chunk = self._raw.read(CHUNK)
            if not chunk:
                return 0
            self._pending = self._guard(chunk)
            self._offset += len(chunk)
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n

    def _suspect(self, chunk: bytes) -> bool:
        if self._carry and chunk[:1].isdigit():
            return True
        for at in range(0, len(chunk), MAX_DIGITS // 2):
            if 48 <= chunk[at] <= 57:  # a digit: how long is its run?
                before = chunk[max(0, at - MAX_DIGITS):at]
                start = at - (len(before) - len(before.rstrip(_DIGIT_BYTES)))
                run = _DIGIT_RUN.match(chunk, at)  # matches: chunk[at] is a digit
                if run is not None and run.end() - start > MAX_DIGITS:
                    return True
        return False

    def _guard(self, chunk: bytes) -> bytes:
        if not self._suspect(chunk):
            tail = len(chunk) - len(chunk.rstrip(_DIGIT_BYTES))
            self._carry = self._carry + tail if tail == len(chunk) else tail
            return chunk
        out = bytearray()
        last = 0
        for m in _DIGIT_RUN.finditer(chunk):
            out += chunk[last:m.start()]
            before = self._carry if m.start() == 0 else 0
            run = m.group()
            keep = max(0, MAX_DIGITS - before)
            if len(run) > keep:
                if before <= MAX_DIGITS:  # not the rest of a run cut in the last chunk: a new one
                    self.cuts += 1
                if self.cut_at < 0:
                    self.cut_at = self._offset + m.start()
                run = run[:keep]
            out += run
            self._carry = min(before + len(m.group()), MAX_DIGITS + 1)
            last = m.end()
        out += chunk[last:]
        if last < len(chunk):
            self._carry = 0
        return bytes(out)


class _TextWindow:
    """A sliding window of decoded text over a byte stream (UTF-8, bad bytes read as cp1252)."""

    def __init__(self, stream: BinaryIO, head: bytes = b"") -> None:
        self._stream = stream
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="ai_exposure_fallback")
        self.buf = self._decoder.decode(head)
        self.pos = 0
        self.base = 0  # characters dropped before buf[0]
        self.eof = False

    def more(self, at_least: int = 0) -> bool:
        """Drop what is consumed, append at least `at_least` bytes' worth; False at end of input."""
        if self.eof:
            return False
        data = self._stream.read(max(at_least, _TEXT_CHUNK))
        if not data:
            self.eof = True
            tail = self._decoder.decode(b"", final=True)
        else:
            tail = self._decoder.decode(data)
        self.base += self.pos
        self.buf = self.buf[self.pos:] + tail
        self.pos = 0
        return bool(data) or bool(tail)

    def skip_ws(self) -> str:
        """The next significant character ('' at the end of input), consuming whitespace before it."""
        while True:
            blank = _JSON_WS.match(self.buf, self.pos)  # matches, if only the empty string
            self.pos = blank.end() if blank is not None else self.pos
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self.more():
                return ""


def _iter_top_array(stream: BinaryIO, head: bytes, max_record_chars: int,
                    wanted: Wanted | None = None) -> Iterator[list[Any]]:
    if orjson is None:
        yield from _iter_text_array(stream, head, max_record_chars, wanted)
        return
    fast = _ByteRuns(stream, head, max_record_chars, wanted)
    yield from fast.records()
    if fast.done is None:
        yield from _iter_text_array(stream, fast.rest, max_record_chars, wanted)
        return
    # The text path reads on with the boundary learnt, in its own coordinates (see _Runs.slow_until).
    fast.runs.slow_until = 0
    yield from _iter_text_array(stream, fast.rest, max_record_chars, wanted, fast.done, fast.runs)


class _ByteRuns:
    """The fast path of _Runs on the file's bytes, before any of them is decoded into text: runs of
    whole records go to orjson or msgspec as they are in the file (both read UTF-8, and refuse what is
    not), which saves decoding every record into text and the decoders' converting it back. The
    first record is read as text (the boundary after it is learnt as in _Runs); anything unusual (a
    first chunk that is not clean UTF-8, a refused run, a record larger than the window may grow, the
    end of the array) hands over to the text path at the start of a record, with the number of records
    read so far (`done`): it reads on from there with its errors and record numbers."""

    def __init__(self, stream: BinaryIO, head: bytes, max_record_chars: int, wanted: Wanted | None) -> None:
        self.stream = stream
        self.rest = head  # the bytes the text path starts from
        self.done: int | None = None  # records yielded (None: none, the text path reads the array)
        self.max_bytes = max_record_chars
        self.runs = _Runs(wanted)

    def records(self) -> Iterator[list[Any]]:
        import json

        data = self.rest + self.stream.read(_TEXT_CHUNK)
        self.rest = data
        decoder = codecs.getincrementaldecoder("utf-8")("strict")
        try:
            text = decoder.decode(data)
        except UnicodeDecodeError:
            return
        blank = _JSON_WS.match(text)
        pos = blank.end() if blank is not None else 0
        if text[pos:pos + 1] != "[":
            return
        blank = _JSON_WS.match(text, pos + 1)
        start = blank.end() if blank is not None else pos + 1
        if text[start:start + 1] != "{":
            return
        try:
            first, end = json.JSONDecoder(strict=False).raw_decode(text, start)
        except (ValueError, RecursionError):
            return  # cut by the chunk, damaged, or too deep: the text path decides
        sep = _SEPARATOR.match(text, end)
        runs = self.runs
        if sep is None or sep.end() >= len(text):
            return
        runs.learn(text, start, end, sep.end())
        if not runs.boundary or not runs.boundary.isascii():
            return
        boundary = runs.boundary.encode("ascii")
        close = runs.close
        buf = data
        at = len(text[:sep.end()].encode("utf-8"))  # the next record's `{` (the text decoded strictly)
        yield [first]
        done = 1
        eof = False
        while True:
            cut = buf.rfind(boundary, at)
            if cut <= at:
                pending = len(buf) - at
                if eof or pending > self.max_bytes:
                    break
                more = self.stream.read(max(pending, _TEXT_CHUNK))
                eof = not more
                buf = b"".join((memoryview(buf)[at:], more))  # one copy, where slicing made two
                at = 0
                continue
            values = runs.decode_bytes(b"".join((b"[", memoryview(buf)[at:cut + close], b"]")))
            if values is None:
                break
            yield values
            done += len(values)
            at = cut + len(boundary) - 1
        self.rest, self.done = buf[at:], done


def _iter_text_array(stream: BinaryIO, head: bytes, max_record_chars: int, wanted: Wanted | None = None,
                     resume: int | None = None, runs: _Runs | None = None) -> Iterator[list[Any]]:
    """The array's records from `head` and the rest of `stream`, as text, in lists (see
    iter_json_batches); `resume`: the number of records already read, `head` starting at the next
    one's `{`, and `runs` what the byte path learnt (see _ByteRuns)."""
    import json

    decode = json.JSONDecoder(strict=False).raw_decode
    win = _TextWindow(stream, head)
    win.more()
    n = 0
    if resume is not None:
        n = resume
    else:
        win.skip_ws()
        win.pos += 1  # the '['
        if win.skip_ws() == "]":
            win.pos += 1
            _check_trailer(win, n)
            return
    # The fast path (see _Runs): the text between two records as the file writes it, learnt from the
    # first two; None until then, or when the file's layout does not allow it.
    if runs is None and resume is None and orjson is not None:
        runs = _Runs(wanted)
    while True:
        if runs is not None and runs.boundary and win.buf.startswith("{", win.pos) \
                and win.base + win.pos >= runs.slow_until:
            values = runs.decode(win)
            if values is not None:
                n += len(values)
                yield values
                continue
            if runs.starved and not win.eof and len(win.buf) - win.pos < max_record_chars:
                # No boundary in the window yet: read on rather than let the standard library fail on
                # the cut record (its error counts the window's lines: a millisecond per window).
                win.more(len(win.buf) - win.pos)
                continue
        if (win.pos >= len(win.buf) or win.buf[win.pos] in " \t\n\r") and not win.skip_ws():
            raise ReadError(record_place(n + 1), _TRUNCATED_ARRAY)
        try:
            value, end = decode(win.buf, win.pos)
        except json.JSONDecodeError as exc:
            incomplete = exc.pos >= len(win.buf) - 8 or exc.msg.startswith("Unterminated string")
            if incomplete and not win.eof:
                pending = len(win.buf) - win.pos
                if pending > max_record_chars:
                    size = _skip_value(win)
                    n += 1
                    yield [SkippedRecord(n, Msg("a record of %(n)s characters, too large to read",
                                                n=Num(size)))]
                    if not _after_value(win, n):
                        return
                    continue
                # Double the window for this element, but never past the limit (plus one piece).
                win.more(min(pending, max_record_chars - pending + 1))
                continue
            at_end = exc.pos >= len(win.buf) - 1 or exc.msg.startswith("Unterminated string")
            detail = Msg("the file ends inside a record: truncated?") if at_end else json_error(exc.msg)
            raise ReadError(record_place(n + 1),
                            Msg("malformed JSON (%(detail)s)", detail=detail)) from None
        except RecursionError:
            _skip_value(win)
            n += 1
            yield [SkippedRecord(n, Msg("a record nested too deeply to read"))]
            if not _after_value(win, n):
                return
            continue
        except ValueError:
            # Not a JSONDecodeError: int() refused a number of more than 4,300 digits. Walked over;
            # the records after it are read as usual.
            _skip_value(win)
            n += 1
            yield [SkippedRecord(n, Msg("a record with a number too long to read"))]
            if not _after_value(win, n):
                return
            continue
        if end >= len(win.buf) and not win.eof:
            # A number at the window's edge may go on in the next piece: read more and decode again.
            win.more(len(win.buf) - win.pos)
            continue
        start = win.pos
        win.pos = end
        n += 1
        yield [value]
        # The common case, `,` and the next element's start already in the window, without a call.
        sep = _SEPARATOR.match(win.buf, win.pos)
        if sep is not None and sep.end() < len(win.buf):
            if runs is not None and n == 1:
                runs.learn(win.buf, start, end, sep.end())
            win.pos = sep.end()
            continue
        if not _after_value(win, n):
            return


class _Runs:
    """Whole records decoded many at a time, by orjson (faster than the standard library here, with
    no Python code per record), where a file is laid out one record after another the same
    way: X's archives and Takeout's My Activity are pretty-printed, each record closing on a line of
    its own (`\n  },\n  {`, `\n},{`). The text from the current record's start up to the last such
    boundary in the window is decoded as one array. That is exact: a run that starts at a record and
    parses as an array of complete values ends at a record's end (a boundary inside a record would
    leave a bracket open, or cut a string, where orjson refuses raw line breaks). Whatever orjson
    refuses (a cut-off or malformed record, control characters, lone surrogates, NaN, deep nesting)
    is read by the standard library's path, record by record, with its errors and record numbers;
    after a few such refusals a file is read that way to its end. One difference is left: an integer
    beyond 64 bits comes back as a float here (orjson's choice), an int there. No export writes such
    numbers (X and Google write ids as strings), and finding them first (a pattern search over the
    text) would cost more than the fast path saves.

    With `wanted` (the keys the parser reads, see Wanted), msgspec decodes the run instead, building
    only those keys (integers of any size as ints); a run without the wanted shape is decoded whole
    by orjson, as is the rest of its file. A value in a key not read is checked as JSON but never
    built, so a number Python refuses to build (over 4,300 digits) costs its record only where the
    parser reads it."""

    MAX_REFUSALS = 3

    def __init__(self, wanted: Wanted | None = None) -> None:
        self.wanted = wanted.decoder() if wanted is not None else None
        self.boundary = ""  # from the last line of a record, `}`, to the next record's `{`
        self.close = 0  # where the `}` ends within `boundary`
        self.slow_until = 0  # where the standard library reads up to (characters from the start)
        self.refusals = 0
        self.starved = False  # the last `decode` found no boundary after the current record

    def learn(self, buf: str, start: int, end: int, next_start: int) -> None:
        """The boundary after the first record (buf[start:end]), when the next one starts with `{`."""
        line = buf.rfind("\n", start, end)
        if buf[start:start + 1] != "{" or buf[end - 1:end] != "}" or line < 0 \
                or buf[line:end - 1].strip(" \t\r\n") or buf[next_start:next_start + 1] != "{":
            return
        self.boundary = buf[line:next_start + 1]
        self.close = end - line

    def decode_bytes(self, run: bytes | str) -> list | None:
        """`run` (a JSON array of whole records) decoded, or None when refused (counted as in `decode`)."""
        try:
            values = None
            if self.wanted is not None:
                try:
                    values = self.wanted.decode(run)
                except msgspec.ValidationError:
                    self.wanted = None  # not of the wanted shape: whole records from here on
            if values is None:
                values = orjson.loads(run)
        except _REFUSED:
            self.refusals += 1
            return None
        return values

    def decode(self, win: _TextWindow) -> list | None:
        """The records from win.pos to the window's last boundary, moving win.pos to the next record;
        None when the standard library must read on (no boundary in the window, or refused)."""
        buf, pos = win.buf, win.pos
        at = buf.rfind(self.boundary, pos)
        self.starved = at <= pos
        if self.starved:
            return None
        cut = at + self.close
        text = "[" + buf[pos:cut] + "]"
        try:
            values = None
            if self.wanted is not None:
                try:
                    values = self.wanted.decode(text)
                except msgspec.ValidationError:
                    self.wanted = None  # not of the wanted shape: whole records from here on
            if values is None:
                values = orjson.loads(text)
        except _REFUSED:
            self.refusals += 1
            if self.refusals >= self.MAX_REFUSALS:
                self.boundary = ""
            self.slow_until = win.base + cut  # counted from the file's start: the window slides
            return None
        win.pos = at + len(self.boundary) - 1
        return values


# What the fast path's decoders raise on text they will not read (the standard library's path decides).
_REFUSED: tuple[type[BaseException], ...] = (
    RecursionError, *((orjson.JSONDecodeError,) if orjson is not None else ()),
    *((msgspec.DecodeError,) if msgspec is not None else ()))


def _after_value(win: _TextWindow, n: int) -> bool:
    """Consume the ',' after element `n` (True: another follows) or the closing ']' (False)."""
    c = win.skip_ws()
    if c == ",":
        win.pos += 1
        return True
    if c == "]":
        win.pos += 1
        _check_trailer(win, n)
        return False
    if not c:
        raise ReadError(record_place(n + 1), _TRUNCATED_ARRAY)
    raise ReadError(record_place(n + 1), Msg("malformed JSON (expected ',' or ']' between records)"))


def _check_trailer(win: _TextWindow, n: int) -> None:
    # X's files may end with `;` (a JS statement); anything else after the array is damage.
    c = win.skip_ws()
    if c == ";":
        win.pos += 1
        c = win.skip_ws()
    if c:
        raise ReadError(Msg("after record %(n)s", n=n),
                        Msg("malformed JSON (unexpected data after the array)"))


_IN_STRING = re.compile(r'["\\]')
_STRING_REST = re.compile(r'[^"\\]*+(?:\\.[^"\\]*+)*+', re.S)
_STRUCTURE = re.compile(r'["\[\]{},]')


def _skip_value(win: _TextWindow) -> int:
    """Walk over one JSON value without building it (strings and nesting tracked, nothing kept);
    returns its length in characters. Leaves the window at the character after it."""
    depth = 0
    in_string = False
    skipped = 0
    while True:
        if in_string:
            # str.find is far faster than a regex over a long string's text (a 2 GB value, say).
            buf = win.buf
            quote = buf.find('"', win.pos)
            slash = buf.find("\\", win.pos, quote if quote >= 0 else len(buf))
            # Escapes before the quote: one regex walks all of them (finding the quote again after
            # each one took time growing with the square of the text's length).
            rest = _STRING_REST.match(buf, win.pos) if slash >= 0 else None  # matches, maybe empty
            at = rest.end() if rest is not None else quote
            m = _IN_STRING.match(buf, at) if at >= 0 else None
        else:
            m = _STRUCTURE.search(win.buf, win.pos)
        if m is None:
            skipped += len(win.buf) - win.pos
            win.pos = len(win.buf)
            if not win.more():
                raise ReadError(_AFTER_OVERSIZED, _ENDS_INSIDE)
            continue
        c = m.group()
        if in_string:
            if c == "\\":
                if m.end() >= len(win.buf):
                    skipped += m.start() - win.pos
                    win.pos = m.start()
                    if not win.more(2):
                        raise ReadError(_AFTER_OVERSIZED, _ENDS_INSIDE)
                    continue
                skipped += m.end() + 1 - win.pos
                win.pos = m.end() + 1
                continue
            in_string = False
            skipped += m.end() - win.pos
            win.pos = m.end()
            if depth == 0:
                return skipped
            continue
        if c == '"':
            in_string = True
        elif c in "[{":
            depth += 1
        elif c in "]}":
            depth -= 1
            if depth < 0:  # a scalar element ended at the array's close
                skipped += m.start() - win.pos
                win.pos = m.start()
                return skipped
        elif depth == 0:  # ',' after a scalar element
            skipped += m.start() - win.pos
            win.pos = m.start()
            return skipped
        skipped += m.end() - win.pos
        win.pos = m.end()
        if depth == 0 and c in "]}":
            return skipped


# The largest file read whole (json.loads builds every object at once): tiny objects cost many times
# their text in memory (bench/README.md), so 8 MB stays within the run's budget. Real
# files read whole (profiles, settings, account files, an album) are far smaller; lists are streamed.
WHOLE_FILE_BYTES = 8 << 20


def load_json(member: Member, max_bytes: int = WHOLE_FILE_BYTES, js_assignment: bool = False) -> Any:
    """A whole (small) JSON document. Larger files must be streamed; a file over `max_bytes` raises."""
    import json

    with json_stream(member, js_assignment) as fh:
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ReadError(WHOLE_FILE,
                        Msg("larger than %(n)s bytes; too large to load whole", n=Num(max_bytes)))
    if not data.strip():
        raise ReadError(WHOLE_FILE, Msg("empty file"))
    try:
        return json.loads(data.decode("utf-8", "ai_exposure_fallback").rstrip().rstrip(";"),
                          strict=False, parse_int=_bounded_int)
    except (ValueError, RecursionError) as exc:
        pos = getattr(exc, "pos", None)
        place = Msg("byte %(n)s", n=pos) if pos is not None else WHOLE_FILE
        reason = Msg("JSON nested too deeply") if isinstance(exc, RecursionError) else Msg("malformed JSON")
        raise ReadError(place, reason) from None


def _bounded_int(digits: str) -> int:
    """An integer of the JSON text; one of more than MAX_DIGITS digits (Python refuses 4,300, and the
    whole file would be lost) is cut to MAX_DIGITS, as the streamed readers do, and counted for the
    file's warning (see `parsing.watch_dates`)."""
    if len(digits) <= MAX_DIGITS:
        return int(digits)
    watch = _WATCH[0]
    if watch is not None:
        watch.numbers_cut += 1
    return int(digits[: MAX_DIGITS + (digits[0] == "-")])


def top_level_shape(member: Member, js_assignment: bool = False) -> str:
    """'array', 'object' or 'other' from the first significant byte, without reading the file."""
    with json_stream(member, js_assignment) as fh:
        while True:
            chunk = fh.read(256)
            if not chunk:
                return "other"
            stripped = chunk.lstrip()
            if stripped:
                return {ord("["): "array", ord("{"): "object"}.get(stripped[0], "other")


def dict_field(record: dict[str, Any], key: str) -> dict[str, Any]:
    """`record[key]` where it is an object, else an empty one: a nested field of a JSON record whose
    shape varies between export years is read without a check at each use."""
    value = record.get(key)
    return value if isinstance(value, dict) else {}


def unwrap(record: Any, key: str) -> Any:
    """X's `{"tweet": {...}}` wrapper; some 2019 archives hold the bare object instead."""
    if isinstance(record, dict) and len(record) == 1 and key in record:
        return record[key]
    return record


# ---------------------------------------------------------------- Meta mojibake

_MOJIBAKE_HINT = re.compile("[\u00c2-\u00f4][\u0080-\u00bf]")


def fix_mojibake(text: str) -> str:
    """Undo Meta's encoding bug (UTF-8 bytes written as \\u00XX latin-1 escapes), only where the
    round trip succeeds; real non-ASCII text that is not mojibake is returned unchanged."""
    if not text or text.isascii() or not _MOJIBAKE_HINT.search(text):
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


MAX_REPAIR_DEPTH = 64  # Meta's files nest about 6 deep; a crafted record may nest thousands deep


def fix_mojibake_deep(value: Any, _depth: int = 0) -> Any:
    """`fix_mojibake` on every string in a JSON value. Parts nested deeper than MAX_REPAIR_DEPTH are
    left as they are rather than exhausting the interpreter's stack on a crafted file."""
    if isinstance(value, str):
        return fix_mojibake(value)
    if _depth >= MAX_REPAIR_DEPTH:
        return value
    if isinstance(value, list):
        return [fix_mojibake_deep(v, _depth + 1) for v in value]
    if isinstance(value, dict):
        return {fix_mojibake(k): fix_mojibake_deep(v, _depth + 1) for k, v in value.items()}
    return value


# ---------------------------------------------------------------- CSV

# A LinkedIn message or a YouTube description can be far longer than the csv module's default 128 KiB
# field limit; hitting it would end the whole file. A record (one line, or a quoted field's several)
# is bounded by MAX_CSV_RECORD instead: the csv module builds a whole line before it looks at it (a
# huge field in a small zip took gigabytes). 8M characters is a line of at most 32 MB as text, and
# its field and cell copies stay well inside the 300 MB budget; the bad-records suite keeps 5 MB texts.
MAX_CSV_RECORD = 8 << 20
csv.field_size_limit(MAX_CSV_RECORD)


class BoundedLines:
    """The lines of a text stream (after `first`, already read), for the csv module or a splitter of
    records: none longer than `limit` characters is built. A longer line is read over in pieces and
    handed on as a blank line (the record lost alone; `skipped` counts them, `first_skipped` is the
    first one's line number, for the caller's problem). More than `limit` characters between two
    calls of `record_done` (one record's lines: a quoted field with line breaks) is a ReadError at
    the line. `line_num` counts the lines handed on."""

    def __init__(self, text: io.TextIOBase, first: str = "", limit: int = MAX_CSV_RECORD) -> None:
        self._text = text
        self._first = first
        self._limit = limit
        self._since_record = 0
        self.line_num = 0
        self.skipped = 0
        self.first_skipped = 0

    def __iter__(self) -> BoundedLines:
        return self

    def __next__(self) -> str:
        if self._first:
            line, self._first = self._first, ""
        else:
            line = self._text.readline(self._limit + 1)
        if not line:
            raise StopIteration
        self.line_num += 1
        if len(line) > self._limit:
            while line and not line.endswith(("\n", "\r")):
                line = self._text.readline(CHUNK)
            self.skipped += 1
            self.first_skipped = self.first_skipped or self.line_num
            return "\n"
        self._since_record += len(line)
        if self._since_record > self._limit + 2:
            raise ReadError(Msg("line %(n)s", n=self.line_num),
                            Msg("a record of more than %(n)s characters; not read",
                                n=Num(self._limit)))
        return line

    def record_done(self) -> None:
        self._since_record = 0


def skipped_lines(lines: BoundedLines) -> None:
    """After reading to the end: a ReadError for the lines too long to read, if there were any."""
    if lines.skipped:
        raise ReadError(Msg("line %(n)s", n=lines.first_skipped),
                        Msg("%(n)s lines of more than %(limit)s characters were skipped",
                            n=Num(lines.skipped), limit=Num(lines._limit)))


def bounded_first_line(text: io.TextIOBase, limit: int = MAX_CSV_RECORD) -> str:
    """The first line of a text stream, or a ReadError where it is longer than `limit` characters."""
    first = text.readline(limit + 1)
    if len(first) > limit:
        raise ReadError(Msg("line %(n)s", n=1),
                        Msg("a record of more than %(n)s characters; not read", n=Num(limit)))
    return first


@functools.lru_cache(maxsize=4096)  # parsers look up the same few header names on every row
def normalise_header(name: str) -> str:
    return " ".join(name.replace("\ufeff", "").strip().strip('"').strip().lower().replace("_", " ").split())


class Row:
    """A CSV row addressed by header name (normalised: case, quotes, `_` vs space), never by position.
    Duplicate header names keep every value (`values`). `columns`: the positions `get` tries for each
    tuple of names, worked out once per file and shared by its rows (a parser asks for the same
    few tuples on every row: five lookups a YouTube comment)."""

    __slots__ = ("cells", "index", "line", "columns")

    def __init__(self, cells: list[str], index: dict[str, list[int]], line: int,
                 columns: dict[tuple[str, ...], tuple[int, ...]] | None = None) -> None:
        self.cells = cells
        self.index = index
        self.line = line
        self.columns = {} if columns is None else columns

    def get(self, *names: str, default: str = "") -> str:
        positions = self.columns.get(names)
        if positions is None:
            index = self.index
            positions = self.columns[names] = tuple(
                i for name in names for i in index.get(normalise_header(name), ()))
        cells = self.cells
        for i in positions:
            if i < len(cells):
                return cells[i]
        return default

    def has(self, name: str) -> bool:
        return normalise_header(name) in self.index

    def values(self, name: str) -> list[str]:
        return [self.cells[i] for i in self.index.get(normalise_header(name), ()) if i < len(self.cells)]


def _header_index(cells: list[str]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for i, cell in enumerate(cells):
        index.setdefault(normalise_header(cell), []).append(i)
    return index


def iter_csv(member: Member, header_has: tuple[str, ...] = (), max_preamble: int = 20
             ) -> Iterator[Row]:
    """Rows of a CSV file by header name. The header is the first line that holds all of
    `header_has` (LinkedIn's Connections.csv starts with a "Notes:" preamble), searched within the first
    `max_preamble` lines. Delimiter: TAB or comma, from the header line (2018 LinkedIn files are
    UTF-16 with TABs). Raises ReadError when no header is found or the file cannot be decoded."""
    with open_text(member) as text:
        first = bounded_first_line(text)
        delimiter = "\t" if first.count("\t") > first.count(",") else ","
        text_lines = BoundedLines(text, first)
        reader = csv.reader(text_lines, delimiter=delimiter)
        want = tuple(normalise_header(h) for h in header_has)
        index: dict[str, list[int]] | None = None
        try:
            for n, cells in enumerate(reader):
                text_lines.record_done()
                if index is None:
                    normalised = {normalise_header(c) for c in cells}
                    if not want or all(w in normalised for w in want):
                        if cells and any(c.strip() for c in cells):
                            index = _header_index(cells)
                            columns: dict[tuple[str, ...], tuple[int, ...]] = {}
                        continue
                    if n >= max_preamble:
                        break
                    continue
                # One joined string answers both questions for the row (blank? any NUL?) in C, instead
                # of a Python loop over its cells for each.
                joined = "".join(cells)
                if not joined.strip():
                    continue
                if "\x00" in joined:
                    cells = [strip_nul(c) for c in cells]
                yield Row(cells, index, reader.line_num, columns)
        except csv.Error as exc:
            raise ReadError(Msg("line %(n)s", n=reader.line_num),
                            Msg("malformed CSV (%(detail)s)", detail=str(exc))) from None
        skipped_lines(text_lines)
        if index is None:
            if not header_has:
                raise ReadError(Msg("header"), Msg("no header line (the file is empty)"))
            raise ReadError(Msg("header"),
                            Msg("no header line with %(columns)s", columns=", ".join(header_has)))


def csv_header(member: Member) -> list[str]:
    """The first line's cells, normalised (for sniffing which era a file is)."""
    with open_text(member) as text:
        first = bounded_first_line(text)
    delimiter = "\t" if first.count("\t") > first.count(",") else ","
    return [normalise_header(c) for c in next(csv.reader([first], delimiter=delimiter), [])]


# ---------------------------------------------------------------- dates

_X_DATE = "%a %b %d %H:%M:%S %z %Y"
MIN_PLAUSIBLE_YEAR = 1995  # X archives carry a few bogus 1997/2003 dates; callers decide per platform


class DateWatch:
    """What the date readers saw while one file's handler ran: `pending` is set when a value that was
    there could not be read as a date (see `parsing.watch_dates`, which turns it into one warning per
    file instead of a date silently lost)."""

    __slots__ = ("numbers_cut", "pending")

    def __init__(self) -> None:
        self.pending = False
        self.numbers_cut = 0  # numbers too long to build, cut (see `_bounded_int`)


# The watch of the handler running now (set around each step of it), or None outside a handler.
_WATCH: list[DateWatch | None] = [None]
# Values that say "no date" rather than being an unreadable one.
_NO_DATE = frozenset(("", "N/A", "NA", "-", "--", "---", "NONE", "NULL", "PRESENT", "UNKNOWN", "0"))


def _unreadable(value: Any) -> None:
    watch = _WATCH[0]
    if watch is not None and (not isinstance(value, str) or value.strip().upper() not in _NO_DATE):
        watch.pending = True


def unreadable_date(value: Any) -> None:
    """For a platform's own date reader: `value` was there but is not a date it can read."""
    _unreadable(value)


def date_read_elsewhere() -> None:
    """A handler that reports its unreadable dates itself (or read the value another way) clears the
    mark the last reader left, so the file does not report them twice."""
    watch = _WATCH[0]
    if watch is not None:
        watch.pending = False


def parse_x_date(value: str) -> datetime | None:
    """`Tue Mar 05 14:02:11 +0000 2024` (tweets) or ISO (DMs, notes, account)."""
    if not value:
        return None
    if not isinstance(value, str):  # a number or an object where the export has text
        _unreadable(value)
        return None
    try:
        return datetime.strptime(value, _X_DATE).astimezone(UTC)
    except OverflowError:  # an offset that moves the year past 9999 or before 1
        _unreadable(value)
        return None
    except ValueError:
        return parse_iso(value)


def parse_iso(value: str) -> datetime | None:
    """ISO 8601 with or without zone (naive is taken as UTC), `Z` accepted."""
    if not value:
        return None
    if not isinstance(value, str):
        _unreadable(value)
        return None
    v = value.strip()
    if v.endswith("Z"):
        v = v[:-1] + "+00:00"
    if v.endswith(" UTC"):
        v = v[:-4]
    try:
        dt = datetime.fromisoformat(v)
    except ValueError:
        _unreadable(value)
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    try:
        return dt.astimezone(UTC)
    except OverflowError:  # `9999-12-31T23:59:59-01:00`: past the last representable year
        _unreadable(value)
        return None


def parse_epoch(value: Any) -> datetime | None:
    """Unix seconds (or milliseconds when the number is too large for seconds). 0 and absent mean no
    date; a negative, infinite or unreadable value is an unreadable one."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        n = float(value)
    except (TypeError, ValueError, OverflowError):  # OverflowError: an int of hundreds of digits
        _unreadable(value)
        return None
    if n == 0:
        return None
    if n < 0 or n != n:
        _unreadable(value)
        return None
    if n > 1e11:
        n /= 1000.0
    try:
        return datetime.fromtimestamp(n, tz=UTC)
    except (OverflowError, OSError, ValueError):
        _unreadable(value)
        return None


_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y-%m-%d",
    "%d %b %Y",
    "%d-%b-%y",
    "%m/%d/%y, %I:%M %p",
    "%m/%d/%Y, %I:%M %p",
    "%m/%d/%Y %H:%M",
    "%b %d, %Y",
    "%b %Y",
    "%Y",
)


def parse_date(value: str, formats: tuple[str, ...] = _FORMATS) -> datetime | None:
    """A date in one of the shapes exports use (LinkedIn alone has nine). Zone-less values are UTC;
    `N/A`, `---` and empty give None."""
    if not value:
        return None
    if not isinstance(value, str):
        _unreadable(value)
        return None
    v = " ".join(value.replace("\u202f", " ").replace("\u00a0", " ").split())
    if v.upper().endswith(" UTC"):
        v = v[:-4]
    iso = parse_iso(v)
    if iso is not None:
        return iso
    for fmt in formats:
        try:
            return datetime.strptime(v, fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    _unreadable(v)
    return None


def unescape_html(text: str) -> str:
    return html.unescape(text) if "&" in text else text
