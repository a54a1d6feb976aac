"""Read export archives in place: a .zip, a .tar.gz/.tgz (or plain .tar), or an extracted folder.

Nothing is extracted to disk. Every container lists its members with their sizes and opens each one as
a binary stream, so parsers can stream multi-GB files. Archives are untrusted: names with `..` or an
absolute path, links, devices and zip bombs are refused member by member (listed as problems) or, when
the whole archive is a bomb, with one clear error.
"""

from __future__ import annotations

import bz2
import io
import lzma
import os
import posixpath
import re
import stat
import tarfile
import unicodedata
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, BinaryIO

from . import deflate
from .i18n import Msg, Num, message_of
from .model import Problem

ARCHIVE_SUFFIXES = (".zip", ".tar.gz", ".tgz", ".tar", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")


ARCHIVE_LISTING = Msg("archive listing")
FOLDER_LISTING = Msg("folder listing")
UNSAFE_PATH = Msg("unsafe path (absolute or with '..'): skipped")
SAME_NAME = Msg("second entry with the same name: skipped")


def _not_a_complete_zip(name: object) -> Msg:
    return Msg("%(archive)s: not a complete zip archive (a truncated or damaged download?)",
               archive=str(name))


def _cannot_be_read(name: object, exc: OSError) -> Msg:
    return Msg("%(archive)s: cannot be read (%(error)s)", archive=str(name), error=exc.strerror or str(exc))


def _ratio_refused(ratio: float) -> Msg:
    return Msg("compression ratio %(ratio)s:1 (refused as a possible zip bomb)", ratio=Num(round(ratio)))


def _declares(size: int, limit: int) -> Msg:
    return Msg("declares %(n)s bytes (limit %(limit)s)", n=Num(size), limit=Num(limit))


class ArchiveError(Exception):
    """An input that cannot be read at all. The message is one line meant for the user."""


class MemberError(Exception):
    """One member that cannot be read (corrupt, too large, a bomb). The rest of the archive goes on."""


@dataclass(frozen=True)
class Limits:
    """Bounds that keep a hostile archive from exhausting memory, disk or time.

    A real export compresses JSON about 5-20x; media barely compresses. A ratio above `max_ratio` on a
    member larger than `ratio_floor_bytes` is a bomb, not a data download.
    """

    max_total_bytes: int = 1 << 40  # 1 TiB declared uncompressed in one archive
    max_member_bytes: int = 1 << 37  # 128 GiB for one member
    max_ratio: float = 1000.0
    ratio_floor_bytes: int = 1 << 20
    max_members: int = 2_000_000
    # A compressed tar has no directory: reaching the files after a refused member means inflating it.
    # Past this many bytes of refused members, the files after them are not read.
    max_skipped_bytes: int = 1 << 30


DEFAULT_LIMITS = Limits()


def normalise_member_name(name: str) -> str | None:
    """The safe, NFC-normalised POSIX form of an archive member name, or None if it is unsafe.

    Unsafe: absolute paths, drive letters, `..` components. Nothing is ever written from an archive,
    but an unsafe name is a sign of a crafted archive and is reported rather than silently read.
    """
    name = name.replace("\\", "/")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return None
    parts = []
    for part in name.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            return None
        parts.append(part)
    if not parts:
        return None
    return unicodedata.normalize("NFC", "/".join(parts))


@dataclass(eq=False)
class Member:
    """One file inside a container. `path` is relative to the container's top; `relpath` is relative
    to the export root found by detection (set later)."""

    path: str
    size: int
    container: Container
    order: int
    compressed_size: int | None = None
    relpath: str = ""
    damage: str = ""  # set when reading found the member damaged after handing on all of it (bad CRC)

    def open(self) -> BinaryIO:
        return self.container.open(self)

    def read_bytes(self, limit: int | None = None) -> bytes:
        """The member's bytes, at most `limit` (for small files and sniffing only)."""
        with self.open() as fh:
            return fh.read() if limit is None else fh.read(limit)

    @property
    def display(self) -> str:
        """How the report names this file: archive name and path inside it."""
        return f"{self.container.name}:{self.path}" if self.container.is_archive else self.path

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Member({self.path!r}, {self.size})"


_DAMAGE: tuple[type[BaseException], ...] = (zipfile.BadZipFile, *deflate.ERRORS, EOFError, tarfile.TarError,
                                            lzma.LZMAError)


class _GuardedReader(io.RawIOBase):
    """Counts bytes as they are read and stops a member that inflates past its limit. Damage inside
    the archive (corrupt deflate data, a cut-off member, a CRC mismatch) becomes a MemberError. The CRC
    is checked here rather than by zipfile so that it is reported only after every byte was handed on:
    the records of a member whose checksum is wrong are kept, and the damage is listed."""

    def __init__(self, raw: IO[bytes], limit: int, name: str, crc: int | None = None,
                 member: Member | None = None, on_read: Callable[[int], None] | None = None) -> None:
        self._raw = raw
        self._member = member
        self._on_read = on_read
        self._limit = limit
        self._name = name
        self._read = 0
        self._crc = crc
        self._running_crc = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        try:
            data = self._raw.read(len(buffer))
        except _DAMAGE as exc:
            raise MemberError(Msg("damaged inside the archive (%(error)s); the records before the damage "
                                  "were kept", error=type(exc).__name__)) from None
        n = len(data)
        self._read += n
        if self._read > self._limit:
            raise MemberError(Msg("inflates past %(n)s bytes (refused as a possible zip bomb)",
                                  n=Num(self._limit)))
        if self._crc is not None:
            if n:
                self._running_crc = deflate.crc32(data, self._running_crc)
            elif self._running_crc != self._crc:
                reason = Msg("damaged inside the archive (CRC mismatch): its content may be wrong; "
                             "the records read from it were kept")
                if self._member is None:
                    raise MemberError(reason)
                # End of data as usual (buffered readers above would drop their last piece on an
                # exception); the pipeline lists the damage once the handler is done.
                self._member.damage = reason
        buffer[:n] = data
        if n and self._on_read is not None:
            self._on_read(n)
        return n

    def close(self) -> None:
        try:
            self._raw.close()
        finally:
            super().close()


def _guard(raw: IO[bytes], limit: int, name: str, crc: int | None = None,
           member: Member | None = None, on_read: Callable[[int], None] | None = None) -> BinaryIO:
    return io.BufferedReader(_GuardedReader(raw, limit, name, crc, member, on_read), buffer_size=1 << 20)


@dataclass(eq=False)
class Container:
    """Base class: a named collection of members with a way to open each."""

    path: Path
    limits: Limits = DEFAULT_LIMITS
    problems: list[Problem] = field(default_factory=list)
    is_archive: bool = True
    # Called with the number of bytes each time a member's content is read (progress bars).
    on_read: Callable[[int], None] | None = field(default=None, repr=False)
    # Exports found in it (a Meta Accounts Center download may hold a Facebook and an Instagram
    # profile side by side): each releases it when parsed, and the last one closes it.
    users: int = field(default=1, repr=False)
    # The platform of its main export, which reports the container's listing problems (once).
    primary_platform: str = field(default="", repr=False)

    @property
    def name(self) -> str:
        return self.path.name

    def release(self) -> None:
        """One export read from this container is done; the last one closes it."""
        self.users -= 1
        if self.users <= 0:
            self.close()

    def members(self) -> list[Member]:
        raise NotImplementedError

    def open(self, member: Member) -> BinaryIO:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def _check_total(self, total: int, count: int) -> None:
        if count > self.limits.max_members:
            raise ArchiveError(Msg(
                "%(archive)s: %(n)s files is more than an export holds (limit %(limit)s); refused as a "
                "possible zip bomb", archive=self.name, n=Num(count), limit=Num(self.limits.max_members))
            )
        if total > self.limits.max_total_bytes:
            raise ArchiveError(Msg(
                "%(archive)s: would unpack to %(n)s bytes (limit %(limit)s); refused as a possible zip bomb",
                archive=self.name, n=Num(total), limit=Num(self.limits.max_total_bytes))
            )


def _zip_name(info: zipfile.ZipInfo) -> str:
    # Without the UTF-8 flag, zipfile decodes names as cp437; most tools that omit the flag wrote UTF-8.
    if info.flag_bits & 0x800:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename


class ZipContainer(Container):
    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
        super().__init__(path, limits)
        try:
            self._zip = zipfile.ZipFile(path)
        except zipfile.BadZipFile:
            raise ArchiveError(_not_a_complete_zip(path.name)) from None
        except OSError as exc:
            raise ArchiveError(_cannot_be_read(path.name, exc)) from None
        self._infos: dict[int, zipfile.ZipInfo] = {}

    def members(self) -> list[Member]:
        infos = self._zip.infolist()
        self._check_total(sum(i.file_size for i in infos), len(infos))
        out: list[Member] = []
        seen: set[str] = set()
        for info in infos:
            if info.is_dir():
                continue
            raw_name = _zip_name(info)
            name = normalise_member_name(raw_name)
            mode = info.external_attr >> 16
            if name is None:
                self.problems.append(Problem(raw_name[:200], ARCHIVE_LISTING, UNSAFE_PATH))
                continue
            if stat.S_ISLNK(mode):
                self.problems.append(Problem(name, ARCHIVE_LISTING, Msg("symbolic link: skipped")))
                continue
            if name in seen:
                self.problems.append(Problem(name, ARCHIVE_LISTING, SAME_NAME, "warning"))
                continue
            seen.add(name)
            member = Member(name, info.file_size, self, len(out), info.compress_size)
            self._infos[id(member)] = info
            out.append(member)
        encrypted = sum(1 for m in out if self._infos[id(m)].flag_bits & 0x1)
        if out and encrypted == len(out):
            raise ArchiveError(Msg(
                "%(archive)s: every file in it is encrypted (password-protected); unpack it with its "
                "password and give the folder, or download the export again", archive=self.name))
        return out

    def open(self, member: Member) -> BinaryIO:
        info = self._infos[id(member)]
        if info.flag_bits & 0x1:
            raise MemberError(Msg("encrypted (password-protected): cannot be read"))
        lim = self.limits
        if info.file_size > lim.max_member_bytes:
            raise MemberError(_declares(info.file_size, lim.max_member_bytes))
        if (info.file_size > lim.ratio_floor_bytes
                and info.file_size > lim.max_ratio * max(info.compress_size, 1)):
            raise MemberError(_ratio_refused(info.file_size / max(info.compress_size, 1)))
        try:
            raw = self._zip.open(info)
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError, EOFError) as exc:
            raise MemberError(Msg("cannot be opened in the zip (%(error)s)",
                                  error=f"{type(exc).__name__}: {exc}")) from None
        if info.compress_type == zipfile.ZIP_DEFLATED and deflate.fast() and hasattr(raw, "_decompressor"):
            # zipfile's reader with ISA-L's inflater (the same methods as zlib's, twice as fast): set
            # before the first read, as zipfile made its own.
            raw._decompressor = deflate.raw_inflater()
        # zipfile stops at the declared size; the guard adds the hard cap and checks the CRC at the end
        # (zipfile would raise on the last read, losing the records in that last piece).
        crc = None
        if getattr(raw, "_expected_crc", None) is not None:
            crc, raw._expected_crc = info.CRC, None  # type: ignore[attr-defined]
        return _guard(raw, min(info.file_size, lim.max_member_bytes) + 1, member.path, crc, member,
                      self.on_read)

    def close(self) -> None:
        self._zip.close()


class RatioExceeded(Exception):
    """Raised while the listing of a compressed tar passes over a member that inflates past the ratio
    limit; `ratio` is what it inflated at."""

    def __init__(self, ratio: float) -> None:
        super().__init__(ratio)
        self.ratio = ratio


# The compressions a tar may come in, by the magic bytes their streams start with.
_STREAM_MAGIC = {"gz": b"\x1f\x8b", "bz2": b"BZh", "xz": b"\xfd7zXZ\x00"}


def _compression(head: bytes) -> str | None:
    return next((kind for kind, magic in _STREAM_MAGIC.items() if head.startswith(magic)), None)


class _Inflating:
    """The content of a compressed tar, decompressed as tarfile reads it (it opens it as a plain tar).

    It counts the compressed bytes the content took, so that the listing can compare what a member
    inflates to with what it takes in the file: the ratio check a zip gets from its directory. While
    `watch` is set, passing over content (tarfile seeks over each member's data while listing) that
    inflates past the ratio since the last `mark` raises RatioExceeded, once per mark, and the state
    stays good to go on. Moves forward by decompressing, back by starting again from the top (as
    tarfile's own gzip reader does)."""

    OUT_CHUNK = 1 << 20

    def __init__(self, path: Path, kind: str) -> None:
        self._raw = open(path, "rb")  # noqa: SIM115 - closed in close()
        self._kind = kind
        # zlib says exactly how much input it took; bzip2 and xz keep what they are given, so their
        # input is given in small pieces and a measure is never taken as less than one piece.
        self._chunk = 64 << 10 if kind == "gz" else 16 << 10
        self._granule = 1 if kind == "gz" else self._chunk
        self._watch: tuple[float, int] | None = None
        self._mark = (0, 0)
        self._tripped = False
        self._restart()

    def _restart(self) -> None:
        self._raw.seek(0)
        self._dec = self._decompressor()
        self._in = b""  # compressed bytes read but not yet taken by the decompressor
        self._fed = 0  # compressed bytes read from the file
        self._limited = False  # the last piece was cut at OUT_CHUNK: more may come without input
        self._out = b""  # the current piece of content
        self._out_at = 0  # how much of it was read
        self._pos = 0  # position in the content
        self._produced = 0  # content decompressed so far
        self._done = False

    def _decompressor(self):
        if self._kind == "gz":
            return zlib.decompressobj(31)
        if self._kind == "bz2":
            return bz2.BZ2Decompressor()
        return lzma.LZMADecompressor()

    def watch(self, limits: tuple[float, int] | None) -> None:
        """(max_ratio, floor_bytes) to check content passed over from now on; None: no checks."""
        self._watch = limits
        self.mark()

    def mark(self) -> None:
        """A member's data starts here: the ratio is measured from this point."""
        self._mark = (self._produced, self._fed - len(self._in))
        self._tripped = False

    # ---------------------------------------------------------------- file interface for tarfile

    def tell(self) -> int:
        return self._pos

    def read(self, n: int = -1) -> bytes:
        pieces = []
        while n != 0:
            if self._out_at >= len(self._out) and not self._fill():
                break
            piece = self._out[self._out_at:] if n < 0 else self._out[self._out_at:self._out_at + n]
            self._out_at += len(piece)
            self._pos += len(piece)
            n -= len(piece) if n > 0 else 0
            pieces.append(piece)
        return b"".join(pieces)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_CUR:
            offset += self._pos
        elif whence != io.SEEK_SET:
            raise io.UnsupportedOperation("seek from the end of a compressed stream")
        if offset < self._pos:
            if offset >= self._pos - self._out_at:  # still in the current piece
                self._out_at -= self._pos - offset
                self._pos = offset
                return offset
            self._restart()
        while self._pos < offset:
            if self._out_at >= len(self._out):
                if not self._fill():
                    break
                self._check()
                continue
            step = min(len(self._out) - self._out_at, offset - self._pos)
            self._out_at += step
            self._pos += step
        return self._pos

    def close(self) -> None:
        self._raw.close()

    # ---------------------------------------------------------------- decompression

    def _check(self) -> None:
        if self._watch is None or self._tripped:
            return
        max_ratio, floor = self._watch
        inflated = self._produced - self._mark[0]
        taken = max(self._fed - len(self._in) - self._mark[1], self._granule)
        if inflated > floor and inflated > max_ratio * taken:
            self._tripped = True
            raise RatioExceeded(inflated / taken)

    def _fill(self) -> bool:
        """The next piece of content into the buffer; False at the end."""
        while not self._done:
            dec = self._dec
            if dec.eof:
                if not self._next_stream():
                    self._done = True
                    break
                continue
            hungry = not self._in and (not self._limited if self._kind == "gz" else dec.needs_input)
            if hungry:
                self._in = self._raw.read(self._chunk)
                self._fed += len(self._in)
                if not self._in:
                    raise EOFError("compressed data ends early")
            try:
                if self._kind == "gz":
                    out = dec.decompress(self._in, self.OUT_CHUNK)
                    self._in = dec.unconsumed_tail
                elif dec.needs_input:
                    out, self._in = dec.decompress(self._in, self.OUT_CHUNK), b""
                else:
                    out = dec.decompress(b"", self.OUT_CHUNK)
            except (zlib.error, OSError, lzma.LZMAError) as exc:
                raise tarfile.ReadError(f"damaged compressed data ({type(exc).__name__})") from None
            self._limited = len(out) >= self.OUT_CHUNK
            if out:
                self._out, self._out_at = out, 0
                self._produced += len(out)
                return True
        self._out, self._out_at = b"", 0
        return False

    def _next_stream(self) -> bool:
        """After one compressed stream another may follow (concatenated files); zero padding and
        anything else after the last one is not content."""
        rest = self._dec.unused_data + self._in
        magic = _STREAM_MAGIC[self._kind]
        while True:
            rest = rest.lstrip(b"\0")
            if len(rest) >= len(magic):
                break
            more = self._raw.read(self._chunk)
            if not more:
                break
            self._fed += len(more)
            rest += more
        if not rest.startswith(magic):
            self._in = b""
            return False
        self._in = rest
        self._dec = self._decompressor()
        self._limited = False
        return True


class TarContainer(Container):
    """A tar, optionally compressed. Members are opened by seeking, so the pipeline reads them in
    archive order (forward seeks only on a compressed stream). A compressed tar is decompressed here
    (see _Inflating), so that its members get the ratio check zip members get."""

    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
        super().__init__(path, limits)
        self._inflating: _Inflating | None = None
        self._refused: dict[int, float] = {}  # id(member) -> the ratio it inflated at
        try:
            with open(path, "rb") as fh:
                kind = _compression(fh.read(8))
            if kind is None:
                self._tar = tarfile.open(path, mode="r:")  # noqa: SIM115 - closed in close()
            else:
                self._inflating = _Inflating(path, kind)
                # Read only: tarfile's stub asks of a file object the writing methods too.
                self._tar = tarfile.open(fileobj=self._inflating, mode="r:")  # type: ignore[call-overload]  # noqa: SIM115
        except (tarfile.TarError, EOFError, OSError, zlib.error, lzma.LZMAError):
            if self._inflating is not None:
                self._inflating.close()
            raise ArchiveError(Msg("%(archive)s: not a readable tar archive (a truncated or damaged "
                                   "download?)", archive=path.name)) from None
        self._infos: dict[int, tarfile.TarInfo] = {}

    def members(self) -> list[Member]:
        out: list[Member] = []
        total = 0
        seen: set[str] = set()
        inflating = self._inflating
        if inflating is not None:
            inflating.watch((self.limits.max_ratio, self.limits.ratio_floor_bytes))
        passing: tuple[tarfile.TarInfo, Member | None] | None = None  # whose data is passed over next
        skipped = 0  # bytes of refused members inflated to reach the files after them
        try:
            while True:
                try:
                    info = self._tar.next()
                except RatioExceeded as exc:
                    if passing is None:  # before the first member: tarfile reads its header first
                        continue
                    skipped += passing[0].size
                    if passing[1] is not None:
                        self._refused[id(passing[1])] = exc.ratio
                    if skipped > self.limits.max_skipped_bytes:
                        if passing[1] is not None:
                            out.remove(passing[1])
                        self.problems.append(Problem(
                            passing[1].path if passing[1] else self.name, ARCHIVE_LISTING,
                            Msg("compression ratio %(ratio)s:1 (refused as a possible zip bomb); the "
                                "files after it in the archive were not read", ratio=Num(round(exc.ratio)))))
                        break
                    continue  # on past it (unchecked: it was refused already)
                if info is None:
                    break
                if inflating is not None:
                    inflating.mark()
                passing = (info, None)
                if info.isdir():
                    continue
                name = normalise_member_name(info.name)
                if name is None:
                    self.problems.append(Problem(info.name[:200], ARCHIVE_LISTING, UNSAFE_PATH))
                    continue
                if not info.isfile():
                    self.problems.append(Problem(name, ARCHIVE_LISTING, Msg("link or special file: skipped")))
                    continue
                if name in seen:
                    self.problems.append(Problem(name, ARCHIVE_LISTING, SAME_NAME, "warning"))
                    continue
                seen.add(name)
                total += info.size
                self._check_total(total, len(out) + 1)
                member = Member(name, info.size, self, len(out))
                self._infos[id(member)] = info
                out.append(member)
                passing = (info, member)
                # tarfile keeps every TarInfo in memory; that is small per member and needed to reopen.
        except (tarfile.TarError, EOFError, OSError, zlib.error, lzma.LZMAError) as exc:
            self.problems.append(Problem(self.name, Msg("after %(n)s files", n=len(out)),
                                         Msg("archive is truncated or damaged (%(error)s); the files "
                                             "before that point were read", error=type(exc).__name__)))
        finally:
            if inflating is not None:
                inflating.watch(None)  # reading members is not checked again: the listing did it
        return out

    def open(self, member: Member) -> BinaryIO:
        info = self._infos[id(member)]
        if info.size > self.limits.max_member_bytes:
            raise MemberError(_declares(info.size, self.limits.max_member_bytes))
        if id(member) in self._refused:
            raise MemberError(_ratio_refused(self._refused[id(member)]))
        try:
            raw = self._tar.extractfile(info)
        except (tarfile.TarError, EOFError, OSError, zlib.error, lzma.LZMAError) as exc:
            raise MemberError(Msg("cannot be read from the tar (%(error)s)", error=type(exc).__name__)) \
                from None
        if raw is None:
            raise MemberError(Msg("not a regular file"))
        return _guard(raw, info.size + 1, member.path, on_read=self.on_read)

    def close(self) -> None:
        self._tar.close()
        if self._inflating is not None:
            self._inflating.close()


# What ai-exposure writes into its output folder: the report, the snapshot, a comparison, the item
# store and files being written (and their SQLite journals).
_OWN_OUTPUT = re.compile(r"report\.html|snapshot\.json|compare\.html|\.items-[^/]*\.sqlite(?:-\w+)?|"
                         r"[^/]*\.partial|\.ai-exposure[^/]*")
_TOOL_MARK = b'"tool": "ai-exposure"'


def _is_output_folder(folder: Path, filenames: list[str]) -> bool:
    """A folder this tool writes to: its lock or an item store is there (a run going on now), or its
    snapshot.json says it was written by ai-exposure."""
    if any(n.startswith(".items-") and ".sqlite" in n or n == ".ai-exposure.lock" for n in filenames):
        return True
    if "snapshot.json" not in filenames:
        return False
    try:
        with open(folder / "snapshot.json", "rb") as fh:
            return _TOOL_MARK in fh.read(512)
    except OSError:
        return False


class FolderContainer(Container):
    """An extracted export. Links that lead outside the folder are refused; nothing outside is read."""

    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS, skip: set[Path] | None = None):
        super().__init__(path, limits, is_archive=False)
        self._root = path.resolve()
        self._skip = skip or set()

    def members(self) -> list[Member]:
        out: list[Member] = []

        def unreadable(exc: OSError) -> None:  # a subfolder the user cannot list: say so, go on
            where = Path(exc.filename or self._root)
            rel = unicodedata.normalize("NFC", where.relative_to(self._root).as_posix()) \
                if where != self._root and where.is_relative_to(self._root) else self.name
            self.problems.append(Problem(rel, FOLDER_LISTING, Msg(
                "folder cannot be read (%(error)s): its files are not counted",
                error=exc.strerror or type(exc).__name__)))

        for dirpath, dirnames, filenames in os.walk(self._root, followlinks=False, onerror=unreadable):
            dirnames.sort()
            here = Path(dirpath)
            if _is_output_folder(here, filenames):  # --out inside the input: not the export's files
                filenames = [f for f in filenames if not _OWN_OUTPUT.fullmatch(f)]
                # A run's own work folders (the item store of a run going on now).
                dirnames[:] = [d for d in dirnames if not _OWN_OUTPUT.fullmatch(d)]
            for d in list(dirnames):
                full = here / d
                if full.is_symlink():
                    dirnames.remove(d)
                    rel = full.relative_to(self._root).as_posix()
                    if not self._inside(full):
                        self.problems.append(Problem(rel, FOLDER_LISTING,
                                                     Msg("link to a folder outside the export: skipped")))
                    else:
                        self.problems.append(Problem(rel, FOLDER_LISTING,
                                                     Msg("link to a folder: skipped (its files are read "
                                                         "where they really are)"), "warning"))
            for fname in sorted(filenames):
                full = here / fname
                if full in self._skip:
                    continue
                rel = unicodedata.normalize("NFC", full.relative_to(self._root).as_posix())
                if full.is_symlink() and not self._inside(full):
                    self.problems.append(Problem(rel, FOLDER_LISTING,
                                                 Msg("link to a file outside the export: skipped")))
                    continue
                try:
                    st = full.stat()
                except OSError as exc:
                    self.problems.append(Problem(rel, FOLDER_LISTING,
                                                 Msg("cannot be read (%(error)s)",
                                                     error=exc.strerror or str(exc))))
                    continue
                if not stat.S_ISREG(st.st_mode):
                    self.problems.append(Problem(rel, FOLDER_LISTING, Msg("special file: skipped")))
                    continue
                member = Member(rel, st.st_size, self, len(out))
                out.append(member)
                if len(out) > self.limits.max_members:
                    raise ArchiveError(Msg("%(archive)s: more than %(n)s files", archive=self.name,
                                           n=Num(self.limits.max_members)))
        return out

    def _inside(self, p: Path) -> bool:
        try:
            p.resolve().relative_to(self._root)
            return True
        except (ValueError, OSError, RuntimeError):
            return False

    def open(self, member: Member) -> BinaryIO:
        full = self._root / member.path
        if not self._inside(full):
            raise MemberError(Msg("resolves outside the export folder"))
        try:
            fh = open(full, "rb")  # noqa: SIM115 - the caller closes it
        except OSError as exc:
            raise MemberError(Msg("cannot be opened (%(error)s)", error=exc.strerror or str(exc))) from None
        if self.on_read is None:
            return fh
        return _guard(fh, self.limits.max_member_bytes, member.path, on_read=self.on_read)


def is_archive_file(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(ARCHIVE_SUFFIXES)


def open_container(path: Path, limits: Limits = DEFAULT_LIMITS) -> Container:
    """One container for one archive file (by content, then by name)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise ArchiveError(_cannot_be_read(path, exc)) from None
    if not head:
        raise ArchiveError(Msg("%(archive)s: empty file, not an export archive", archive=str(path)))
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06") or zipfile.is_zipfile(path):
        return ZipContainer(path, limits)
    if head.startswith(b"\x1f\x8b") or head.startswith(b"BZh") or head.startswith(b"\xfd7zXZ"):
        return TarContainer(path, limits)
    if tarfile.is_tarfile(path):
        return TarContainer(path, limits)
    if path.name.lower().endswith(".zip"):
        raise ArchiveError(_not_a_complete_zip(path))
    raise ArchiveError(Msg("%(archive)s: not an export archive (expected a .zip, .tar.gz/.tgz or an "
                           "extracted folder)", archive=str(path)))


def open_inputs(path: Path, limits: Limits = DEFAULT_LIMITS,
                unusable: list[str] | None = None) -> list[Container]:
    """Containers for one path given by the user: an archive, an extracted folder, or a folder that
    holds several downloaded archives (each becomes its own container; the folder's other files, if
    any, form one more). With `unusable`, an archive in the folder that cannot be opened (a browser's
    0-byte placeholder, a truncated part) is one line there and the folder's other archives are read;
    without it, it raises."""
    if not path.exists():
        raise ArchiveError(Msg("%(archive)s: no such file or folder", archive=str(path)))
    if path.is_file():
        return [open_container(path, limits)]
    if not path.is_dir():
        raise ArchiveError(Msg("%(archive)s: not a file or folder", archive=str(path)))
    archives = sorted(p for p in path.iterdir() if p.is_file() and is_archive_file(p))
    containers: list[Container] = []
    for p in archives:
        try:
            containers.append(open_container(p, limits))
        except ArchiveError as exc:
            if unusable is None:
                for c in containers:
                    c.close()
                raise
            unusable.append(message_of(exc))
    rest = FolderContainer(path, limits, skip={p.resolve() for p in archives})
    if not archives or _has_other_files(path, set(archives)):
        containers.append(rest)
    return containers


def _has_other_files(path: Path, archives: set[Path]) -> bool:
    for p in path.iterdir():
        if p in archives or p.name.startswith("."):
            continue
        return True
    return False


def member_dirname(path: str) -> str:
    return posixpath.dirname(path)
