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

# Text like people write: what real posts hold besides words, drawn per sentence. Values the
# personal-data finder looks for are planted at fixed rates (PLANTED), every one invented.
WORDS_BY_LANGUAGE = (
    WORDS,
    ("ik", "heb", "vandaag", "een", "nieuwe", "fiets", "gekocht", "met", "de", "kinderen", "naar", "het",
     "strand", "lekker", "weer", "morgen", "vergadering", "trein", "vertraging", "koffie", "gezellig",
     "eindelijk", "weekend", "verjaardag", "wedstrijd", "uitslag", "prijs", "korting"),
    ("ich", "habe", "heute", "das", "neue", "Buch", "gelesen", "und", "mit", "dem", "Zug", "nach",
     "gefahren", "Wetter", "schön", "Kaffee", "Spiel", "Ergebnis"),
    ("le", "la", "les", "nous", "avons", "mangé", "une", "très", "bonne", "soirée", "avec", "des", "amis",
     "demain", "train", "retard", "café"),
    ("hoy", "hemos", "visto", "el", "partido", "con", "los", "amigos", "mañana", "tren", "precio"),
)
EMOJI = ("🎉", "😂", "❤️", "👍", "🙏", "🔥", "☕", "⚽", "🚲", "😅", "✨", "🇳🇱")
TAGS = ("WK2022", "day17", "2024goals", "COVID19", "F1", "ESC2023", "100DaysOfCode", "Ajax", "koffie",
        "tbt", "otters", "NS", "Web3", "iOS17", "GPT4", "vakantie")
PLANTED = {"phone": 0.004, "email": 0.004, "iban": 0.001, "birth_date": 0.001}


def _iban(rng: random.Random) -> str:
    """A Dutch IBAN with a valid mod-97 check, grouped in fours as people write it (half the time)."""
    bank = rng.choice(("ABNA", "INGB", "RABO", "TRIO", "SNSB"))
    account = f"{rng.randrange(10**10):010d}"
    digits = "".join(str(ord(c) - 55) for c in bank) + account + "232100"  # N=23 L=21, then "00"
    check = 98 - int(digits) % 97
    raw = f"NL{check:02d}{bank}{account}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if rng.random() < 0.5 else raw


def _phone(rng: random.Random) -> str:
    n = f"{rng.randrange(10**8):08d}"
    return rng.choice((f"06 {n}", f"06-{n}", f"+31 6 {n}", f"0031 6 {n[:4]} {n[4:]}", f"+31612{n[2:]}",
                       f"06.{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:]}", f"(020) {n[1:4]} {n[4:]}",
                       f"+1 415 555 {n[4:]}", f"+44 20 7946 {n[4:]}"))


def _fragment(rng: random.Random) -> str:
    """One of the things real posts are full of: numbers of every kind, links, mentions, tags."""
    r, n = rng.random(), rng.randint
    y = n(1990, 2026)
    if r < 0.12:
        return str(rng.choice((n(1, 99), n(100, 99999), y)))
    if r < 0.22:
        return rng.choice((f"{y}-{n(1, 12):02d}-{n(1, 28):02d}", f"{n(1, 28)}/{n(1, 12)}/{y}",
                           f"{n(1, 28):02d}.{n(1, 12):02d}.{y}",
                           f"{n(1, 28)} {rng.choice(('March', 'mei', 'Juni', 'oct'))} {y}",
                           f"{rng.choice(('June', 'Dec'))} {n(1, 28)}, {y}"))
    if r < 0.30:
        return rng.choice((f"{n(0, 23)}:{n(0, 59):02d}", f"{n(1, 12)}:{n(0, 59):02d}pm",
                           f"{n(7, 23)}.00 uur"))
    if r < 0.38:
        return rng.choice((f"€{n(1, 999)},{n(0, 99):02d}", f"${n(1, 9)},{n(100, 999)}.{n(0, 99):02d}",
                           f"£{n(1, 500)}", f"{n(1, 500)}.{n(0, 99):02d} EUR", f"{n(5, 95)}%"))
    if r < 0.44:
        return rng.choice((f"{n(0, 7)}-{n(0, 7)}", f"{n(60, 130)}-{n(60, 130)}", f"{n(1, 42)} km",
                           f"{n(-5, 35)}°C", f"v{n(1, 9)}.{n(0, 20)}.{n(0, 9)}", f"order {n(10**6, 10**9)}",
                           f"{n(1, 9)}x", f"{n(2, 12)} GB"))
    if r < 0.56:
        return rng.choice((f"https://t.co/{rng.randrange(36**10):x}",
                           f"https://example.com/p/{n(1, 10**7)}?ref={n(1, 999)}",
                           f"https://www.youtube.com/watch?v=a{rng.randrange(36**9):x}"))
    if r < 0.70:
        return f"@{rng.choice(WORDS)}_{rng.choice(WORDS)}{rng.choice(('', str(n(1, 9999))))}"
    if r < 0.84:
        return f"#{rng.choice(TAGS)}"
    return rng.choice(EMOJI)


# "realistic" (the default): sentences mixed like real posts (above); "plain": words only, no digits,
# the text every benchmark used before 2026-12 (it hid the cost of numbers in the personal-data scan).
TEXT_STYLES = ("realistic", "plain")


class Text:
    """Invented sentences from a seeded generator: same seed, same archive, byte for byte."""

    def __init__(self, seed: int, style: str = "realistic") -> None:
        if style not in TEXT_STYLES:
            raise ValueError(f"text style {style!r}: one of {TEXT_STYLES}")
        self.rng = random.Random(seed)
        # A pool of ready sentences keeps generation fast; the pool is big enough not to look repetitive
        # to a compressor over a few hundred bytes (compression ratios stay realistic, ~8-12x for JSON).
        make = self._sentence if style == "plain" else self._realistic_sentence
        self.pool = [make() for _ in range(1 << 14)]

    def _sentence(self) -> str:
        n = self.rng.randint(4, 28)
        words = [self.rng.choice(WORDS) for _ in range(n)]
        if self.rng.random() < 0.15:
            words.insert(self.rng.randint(0, n), self.rng.choice(EXTRA))
        return " ".join(words).capitalize() + self.rng.choice((".", "!", "?", " …", ""))

    def _realistic_sentence(self) -> str:
        rng = self.rng
        vocabulary = WORDS_BY_LANGUAGE[0 if rng.random() < 0.6 else rng.randrange(1, len(WORDS_BY_LANGUAGE))]
        n = rng.randint(3, 24)
        words = [rng.choice(vocabulary) for _ in range(n)]
        for _ in range(rng.choice((0, 1, 1, 2, 2, 3, 4))):
            words.insert(rng.randint(0, len(words)), _fragment(rng))
        if rng.random() < 0.1:
            words.insert(rng.randint(0, len(words)), rng.choice(EXTRA))
        planted = rng.random()
        edge = 0.0
        for kind, rate in PLANTED.items():
            edge += rate
            if planted < edge:
                words.insert(rng.randint(0, len(words)), _planted(kind, rng))
                break
        line = " ".join(words)
        return line[:1].upper() + line[1:] + rng.choice((".", "!", "?", " …", "", "!!"))

    def sentence(self) -> str:
        return self.pool[self.rng.getrandbits(14)]

    def when(self, i: int, total: int, span_days: int = 4000) -> datetime:
        base = EPOCH + timedelta(days=span_days * i / max(total, 1))
        return base + timedelta(seconds=self.rng.randint(0, 86399))


def _planted(kind: str, rng: random.Random) -> str:
    if kind == "phone":
        return rng.choice(("bel me op", "call me on", "tel", "app")) + " " + _phone(rng)
    if kind == "email":
        return (rng.choice(("mail", "contact", "mail me at")) + f" {rng.choice(WORDS)}.{rng.choice(WORDS)}"
                f"{rng.randint(1, 99)}@{rng.choice(('example.com', 'example.nl', 'mail.example.org'))}")
    if kind == "iban":
        return rng.choice(("rekening", "IBAN", "maak over naar")) + " " + _iban(rng)
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1950, 2005)
    return rng.choice((f"born {d} {('March', 'July', 'October')[m % 3]} {y}", f"geboren op {d}-{m}-{y}",
                       f"date of birth: {y}-{m:02d}-{d:02d}"))


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
