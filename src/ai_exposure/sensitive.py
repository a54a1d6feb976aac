"""Personal data in what the user made public: e-mail addresses, phone numbers, bank accounts (IBAN),
national identity numbers, payment cards, street addresses and dates of birth.

The finder looks at the user's own public (or possibly public) posts, comments, bios, reviews and
captions as items stream by, before `--no-text` strips their text. It keeps only a masked form of each
value (never the value itself) with a reference to the item, and, under `--no-text`, not even that:
then only what kind of data was found in which item is kept, so the report stays free of content.

Numbers are only reported when they pass their checksum (IBAN mod 97, the Dutch BSN eleven-test, Luhn
for cards) or, for phones, when `phonenumbers` says the number is valid for the user's region; a
nine-digit number that happens to pass the eleven-test is only a BSN when a word like "BSN" stands
close before it, since one random number in eleven passes. A date is a date of birth only when words
like "born" or "geboren" stand right before it."""

from __future__ import annotations

import array
import functools
import importlib
import locale
import os
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any, Protocol

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.nl import bsn as nl_bsn
from stdnum.us import ssn as us_ssn

from .i18n import N_, Msg
from .model import PUBLIC, UNKNOWN, Item, SourceInfo

EMAIL, PHONE, IBAN, NATIONAL_ID, CARD, ADDRESS, BIRTH_DATE = (
    "email", "phone", "iban", "national_id", "card", "address", "birth_date")
CATEGORIES = (NATIONAL_ID, IBAN, CARD, BIRTH_DATE, ADDRESS, PHONE, EMAIL)  # most harmful first

# Content the user wrote for others to see; messages, reactions and the like are not published text.
SCANNED_KINDS = frozenset({"profile", "post", "comment", "story", "photo", "video", "article", "review",
                           "playlist", "other"})

MAX_FINDINGS = 2000  # listed in the report; every finding is counted
MASK = "•"


@dataclass(frozen=True)
class Finding:
    category: str
    masked: str  # "" under --no-text
    detail: str  # which check it passed, e.g. "BSN (eleven-test)", "NL mobile"
    key: str
    platform: str
    kind: str
    created_at: str  # YYYY-MM-DD or ""
    visibility: str
    url: str
    context: str = ""  # the words around it, every value found in the item masked; "" under --no-text


@dataclass(frozen=True)
class Hit:
    category: str
    start: int
    end: int
    masked: str
    detail: str


# ---------------------------------------------------------------- masking

def mask_middle(value: str, keep_start: int, keep_end: int) -> str:
    """Keep a few characters at each end, mask every other letter or digit; separators stay."""
    chars = list(value)
    positions = [i for i, c in enumerate(chars) if c.isalnum()]
    hide = positions[keep_start:len(positions) - keep_end if keep_end else None]
    for i in hide:
        chars[i] = MASK
    return "".join(chars)


def mask_email(value: str) -> str:
    local, _, domain = value.partition("@")
    host, dot, tld = domain.rpartition(".")
    return f"{local[:1]}{MASK * 3}@{host[:1]}{MASK * 3}{dot}{tld}"


# ---------------------------------------------------------------- detectors

_EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
                    r"\.[A-Za-z]{2,24}(?![\w-])")


def find_emails(text: str) -> Iterator[Hit]:
    for m in _EMAIL.finditer(text):
        yield Hit(EMAIL, m.start(), m.end(), mask_email(m.group()), N_("e-mail address"))


_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b")


def find_ibans(text: str) -> Iterator[Hit]:
    for m in _IBAN.finditer(text):
        raw = m.group()
        # The pattern may run on into a following word: try the longest prefix that validates.
        for end in range(len(raw), 14, -1):
            candidate = raw[:end].rstrip()
            if std_iban.is_valid(candidate):
                yield Hit(IBAN, m.start(), m.start() + len(candidate), mask_middle(candidate, 2, 2),
                          N_("IBAN (checksum valid)"))
                break


_DIGITS = re.compile(r"(?<![\w.-])\d(?:[\d .-]{7,21}\d)(?![\w-])")


class _Checker(Protocol):
    def is_valid(self, number: str) -> bool: ...


@dataclass(frozen=True)
class NationalNumber:
    name: str
    digits: int
    check: _Checker  # a python-stdnum module
    keywords: re.Pattern[str]


_NATIONAL = (
    NationalNumber(N_("BSN (eleven-test)"), 9, nl_bsn,
                   re.compile(r"\b(bsn|burgerservicenummer|sofi-?nummer|citizen service number)\b", re.I)),
    NationalNumber(N_("Belgian national number (checksum)"), 11, be_nn,
                   re.compile(r"\b(rijksregisternummer|rijksregister|num[ée]ro national|national number)\b",
                              re.I)),
    NationalNumber(N_("US social security number"), 9, us_ssn,
                   re.compile(r"\b(ssn|social security)\b", re.I)),
)
_KEYWORD_REACH = 40  # characters before the number in which the keyword must stand


def _digits_only(s: str) -> str:
    return re.sub(r"\D", "", s)


def find_numbers(text: str) -> Iterator[Hit]:
    """National identity numbers (with their keyword) and payment card numbers (Luhn and a card
    network's prefix, written as one block or in groups of four)."""
    for m in _DIGITS.finditer(text):
        raw = m.group()
        digits = _digits_only(raw)
        before = text[max(0, m.start() - _KEYWORD_REACH):m.start()]
        for nat in _NATIONAL:
            if len(digits) == nat.digits and nat.keywords.search(before) and nat.check.is_valid(digits):
                yield Hit(NATIONAL_ID, m.start(), m.end(), mask_middle(raw, 0, 2), nat.name)
                break
        else:
            grouped = re.fullmatch(r"\d{4}([ -]?)\d{4}\1\d{4}\1\d{4}(\1\d{1,3})?", raw)
            if (13 <= len(digits) <= 19 and (grouped or raw == digits)
                    and re.match(r"4|5[1-5]|2[2-7]|3[47]|6011|65", digits) and luhn.is_valid(digits)):
                yield Hit(CARD, m.start(), m.end(), mask_middle(raw, 0, 4), N_("payment card (Luhn)"))


def find_phones(text: str, region: str | None) -> Iterator[Hit]:
    try:
        matcher = phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID)
        for m in matcher:
            kind = phonenumbers.number_type(m.number)
            mobile = kind == phonenumbers.PhoneNumberType.MOBILE
            where = phonenumbers.region_code_for_number(m.number) or ""
            if where:
                detail = Msg("%(region)s mobile number", region=where) if mobile else \
                    Msg("%(region)s phone number", region=where)
            else:
                detail = Msg("mobile number") if mobile else Msg("phone number")
            yield Hit(PHONE, m.start, m.end, mask_middle(m.raw_string, 0, 2), detail)
    except Exception:  # noqa: BLE001 - the library on hostile text: no phone found is the honest answer
        return


_STREET_WORDS_NL = (r"straat|weg|laan|plein|gracht|kade|singel|dijk|steeg|hof|pad|dreef|markt|park|"
                    r"plantsoen|wal|erf|baan")
_ADDRESS_PATTERNS = (
    # Dutch/Flemish: "Kerkstraat 12", "Van Woustraat 12-3", "Lange Nieuwstraat 4a"
    (re.compile(rf"\b(?:[A-Z][a-zà-ÿ'.-]+\s){{0,3}}[A-Z][a-zà-ÿ'.-]*(?:{_STREET_WORDS_NL})\s\d{{1,4}}"
                r"(?:\s?[a-zA-Z]\b|[-/]\d{1,3}|\s?(?:hs|bis|I{1,3}))?\b"), N_("street and house number")),
    # English: "221B Baker Street", "12 Oak Avenue"
    (re.compile(r"\b\d{1,5}[A-Za-z]?\s(?:[A-Z][a-z'.-]+\s){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|"
                r"Lane|Ln\.?|Drive|Dr\.?|Boulevard|Blvd\.?|Court|Ct\.?|Way|Place|Pl\.?|Square|Close|"
                r"Crescent|Terrace)(?![\w])"), N_("street and house number")),
    # Dutch postcode: four digits (no leading zero) and two letters, never SA, SD or SS, followed by a
    # place name or the end. Years are valid postcodes too, so "2024 EK Finale" (a year and a common
    # abbreviation) is not one.
    (re.compile(r"\b[1-9]\d{3}\s?(?!SA|SD|SS|(?:EK|WK|EU|UK|US|VS|AI|TV|OK|PM|AM|NL|BV|NV|HQ|CV)\b)[A-Z]{2}\b"
                r"(?=\s+[A-Z][a-z]|[\s,.]*$)"), N_("Dutch postcode")),
)


def find_addresses(text: str) -> Iterator[Hit]:
    return _find_addresses(text, _ADDRESS_PATTERNS)


def _find_addresses(text: str, patterns) -> Iterator[Hit]:
    for pattern, detail in patterns:
        for m in pattern.finditer(text):
            yield Hit(ADDRESS, m.start(), m.end(), _mask_address(m.group()), detail)


def _mask_address(value: str) -> str:
    words = value.split(" ")
    return " ".join(w if not any(c.isalnum() for c in w) else mask_middle(w, 1, 0) for w in words)


_MONTHS = {
    **{m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july",
                                    "august", "september", "october", "november", "december"), 1)},
    **{m: i for i, m in enumerate(("januari", "februari", "maart", "april", "mei", "juni", "juli",
                                    "augustus", "september", "oktober", "november", "december"), 1)},
    **{m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                    "nov", "dec"), 1)},
    "okt": 10, "mrt": 3, "sept": 9,
}
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_FORMS = (
    (rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th|e)?\s+(?P<mn>{_MONTH_NAMES})\.?,?\s+(?P<y>(?:19|20)\d\d)", "dmy"),
    (rf"(?P<mn>{_MONTH_NAMES})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)", "mdy"),
    (r"(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)", "ymd"),
    (r"(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>(?:19|20)\d\d)", "dmy"),
)
_BIRTH_WORDS = (r"(?:born(?:\s+(?:on|in))?|date of birth|d\.?o\.?b\.?|birth\s?day(?:\s+is)?(?:\s+on)?|"
                r"geboren(?:\s+op)?|geboortedatum|geb\.|verjaardag(?:\s+is)?(?:\s+op)?|jarig(?:\s+op)?)")
_ANY_DATE = "|".join(re.sub(r"\?P<\w+>", "", f"(?:{form})") for form, _ in _DATE_FORMS)
_BIRTH_DATE = re.compile(rf"\b{_BIRTH_WORDS}\s*[:=]?\s*(?:the\s+)?(?P<date>{_ANY_DATE})", re.IGNORECASE)
_ONE_DATE = [re.compile(f, re.IGNORECASE) for f, _ in _DATE_FORMS]


def find_birth_dates(text: str, today: date | None = None) -> Iterator[Hit]:
    today = today or date.today()
    for m in _BIRTH_DATE.finditer(text):
        raw = m.group("date")
        parsed = _parse_date(raw)
        # A date in the future, or more than 120 years ago, is not anyone's birthday.
        if parsed is None or parsed > today or parsed.year < today.year - 120:
            continue
        year = str(parsed.year)
        masked = mask_middle(raw.replace(year, "\0"), 0, 0).replace("\0", year)
        yield Hit(BIRTH_DATE, m.start("date"), m.end("date"), masked, N_("date of birth"))


def _parse_date(raw: str) -> date | None:
    for rx in _ONE_DATE:
        m = rx.fullmatch(raw)
        if not m:
            continue
        g = m.groupdict()
        month = int(g["m"]) if g.get("m") else _MONTHS.get((g.get("mn") or "").lower().rstrip("."))
        try:
            return date(int(g["y"]), month or 0, int(g["d"]))
        except (ValueError, TypeError):
            return None
    return None


def scan(text: str, region: str | None = None, today: date | None = None, *,
         prefilter: bool = True) -> list[Hit]:
    """Every finding in `text`, earlier detectors winning where spans overlap (an IBAN's digits are not
    also a phone number, a BSN not also a card).

    With `prefilter` (the default) a detector runs only when the text holds what every one of its
    findings must contain (see `_gated_detectors`); the findings are the same as without, only
    cheaper: posts full of dates, prices and years skip the phone matcher unless a run of their digits
    could be a valid number of the region, and the address and birth-date patterns unless a street
    word, a postcode or a birth word is there. `prefilter=False` is the reference path."""
    hits: list[Hit] = []
    taken: list[tuple[int, int]] = []

    def free(h: Hit) -> bool:
        return all(h.end <= a or h.start >= b for a, b in taken)

    if prefilter:
        detectors = _gated_detectors(text, region, today)
    else:
        detectors = [find_emails(text), find_ibans(text), find_numbers(text), find_birth_dates(text, today),
                     find_addresses(text), find_phones(text, region)]
    for found in detectors:
        for h in found:
            if free(h):
                hits.append(h)
                taken.append((h.start, h.end))
    return sorted(hits, key=lambda h: h.start)


# ---------------------------------------------------------------- the prefilter
#
# What each detector's findings must contain, checked with one cheap search before the detector runs.
# Every gate is a necessary condition of its detector's patterns (tests compare scans with and without).
# - e-mail: '@', a domain label and a dot. IBAN: two capitals and two digits. National number and
#   card: 9 digits (the shortest, a BSN).
# - date of birth: a year, (19|20)dd, which every date form ends or starts with.
# - addresses: per pattern, the part that holds its digit: a Dutch street word, a space and a digit;
#   an English house number, a space and a capital; a postcode's four digits.
# - phone numbers: phonenumbers' matcher takes a candidate from the first digit of a run of digits and
#   its punctuation (_PHONE_PUNCTUATION, at most four between two digits), rejects one right after a
#   Latin letter (VALID leniency), and accepts a number only when its national number is long enough
#   for some region: at least 4 digits anywhere, of which up to 4 may come from a region's national
#   prefix rule (Guernsey adds 1481 to a 6-digit local number), so at least 3 digits are written.
#   Letters are changed into digits only for 3 or more letters, and 'x' is the only letter a candidate
#   holds outside an extension, so x counts as a digit here. A candidate can start inside a run of
#   digits only after an earlier one stopped there: runs longer than a digit block (20) or an
#   extension's digits (at most 20, cut from 7 on), so any 7 digits in a row pass the gate too.

_ANY_DIGIT = re.compile(r"\d")
_EMOJI_FROM = 0x1F000  # the first code point of the emoji blocks


@functools.cache
def _other_digits() -> re.Pattern[str]:
    """A pattern that finds every character \\d matches other than 0-9 (Unicode's decimal digits, as
    this Python knows them), and some more: where it finds nothing, \\d is [0-9]. Made on first use,
    from every code point from 0x80 on, searched once (40 ms). The digits beyond the first 65,536 code
    points stand in one span up to the emoji (a set of many such ranges is tried range by range, 5 µs
    a post), so a post in one of those scripts, or in mathematical letters, takes the longer way."""
    every = array.array("I", range(0x80, sys.maxunicode + 1)).tobytes().decode(
        "utf-32-le" if sys.byteorder == "little" else "utf-32-be", "surrogatepass")
    spans: list[list[int]] = []
    for point in map(ord, _ANY_DIGIT.findall(every)):
        if spans and (spans[-1][1] == point - 1 or 0x10000 <= spans[-1][1] < point < _EMOJI_FROM):
            spans[-1][1] = point
        else:
            spans.append([point, point])
    return re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in spans) + "]" if spans else "(?!)")


# A word every one of _BIRTH_WORDS holds (same flags), and every English street word (case as there).
_BIRTH_WORD = re.compile(r"born|birth|d\.?o\.?b|geb|verjaardag|jarig", re.IGNORECASE)
_DOB = re.compile(r"d\.?o\.?b")


def _may_hold_birth_word(text: str) -> bool:
    """Whether _BIRTH_WORD matches, mostly by substring tests on the lower-cased text (a pattern with
    re.IGNORECASE is several times slower). The only letters other than A-Z that re.IGNORECASE takes
    for one of the words' letters are the Turkish dotted and dotless i; with them, the pattern decides."""
    if "\u0130" in text or "\u0131" in text:
        return _BIRTH_WORD.search(text) is not None
    low = text.lower()
    return ("born" in low or "birth" in low or "geb" in low or "jarig" in low or "verjaardag" in low
            or _DOB.search(low) is not None)


_STREET_WORD_EN = re.compile(r"St|Ave|Road|Rd|Lane|Ln|Dr|Boulevard|Blvd|Court|Ct|Way|Pl|Square|Close|"
                             r"Crescent|Terrace")
_EMAIL_GATE = re.compile(r"@[A-Za-z0-9-]+\.")  # starts with a literal: found at memchr speed
_ASCII_DIGIT_BYTES = b"0123456789"
# A Dutch street word right before a space and a digit, looked behind from the digit (the search
# skips to each digit, and only where a space stands before it are the words tried).
_BEFORE_DIGIT = "|".join(rf"(?<={word}\s{{digit}})" for word in _STREET_WORDS_NL.split("|"))
# phonenumbers' separators between the digits of a number (its _VALID_PUNCTUATION), written out.
_PHONE_PUNCTUATION = ("-x\u2010-\u2015\u2212\u30FC\uFF0D-\uFF0F \u00A0\u00AD\u200B\u2060\u3000()"
                      "\uFF08\uFF09\uFF3B\uFF3D.\\[\\]/~\u2053\u223C\uFF5E")
PHONE_MIN_DIGITS = 3  # fewest digits written in a valid number of any region (tests check the metadata)


@dataclass(frozen=True)
class _Gates:
    r"""The gate patterns, with `digit` for \d: [0-9] is the same on ASCII text and cheaper to search."""

    iban: re.Pattern[str]
    year: re.Pattern[str]
    postcode: re.Pattern[str]
    nine_digits: re.Pattern[str]  # in a run of digits, spaces, dots and dashes (find_numbers' _DIGITS)
    street_number: re.Pattern[str]  # a Dutch street word, a space and a digit
    house_number: re.Pattern[str]
    digit: str

    def phone(self, text: str, units: int) -> int:
        """Where the first run of `units` digits (or x's) with at most four separators between two of
        them, or of seven digits in a row, starts; -1 if there is none."""
        run, seven = _phone_run(self.digit, units)
        m = run.search(text)
        end = m.start() + 7 if m is not None else len(text)
        s = seven.search(text, 0, end)
        return s.start() if s is not None else m.start() if m is not None else -1

    @classmethod
    def build(cls, digit: str) -> _Gates:
        return cls(
            iban=re.compile(rf"[A-Z][A-Z]{digit}{digit}"),
            year=re.compile(rf"(?:19|20){digit}{digit}"),
            postcode=re.compile(rf"[1-9]{digit}{digit}{digit}\s?[A-Z][A-Z]"),
            # Possessive: separators and digits are disjoint, so giving separators back finds nothing.
            nine_digits=re.compile(rf"{digit}(?:[ .-]*+{digit}){{8}}"),
            # From the digit: digits are fewer than spaces, so the search stops at fewer places.
            street_number=re.compile(rf"{digit}(?<=\s{digit})(?:{_BEFORE_DIGIT.format(digit=digit)})"),
            house_number=re.compile(rf"{digit}[A-Za-z]?\s[A-Z]"),
            digit=digit,
        )


@functools.lru_cache(maxsize=32)
def _phone_run(digit: str, units: int) -> tuple[re.Pattern[str], re.Pattern[str]]:
    unit = digit[:-1] + "xX]" if digit.startswith("[") else rf"[{digit}xX]"
    # The look-behind after the first character (same meaning as before it), and two patterns rather
    # than one with "|": a pattern that starts with a character set is searched much faster.
    return (re.compile(rf"{unit}(?<![A-Za-z{digit.strip('[]')}].)(?:[{_PHONE_PUNCTUATION}]{{0,4}}{unit})"
                       rf"{{{units - 1}}}"), re.compile(rf"{digit}{{7}}"))


# An extension label right after a digit: with it a candidate can hold 3 letters, which phonenumbers
# then reads as digits, so the digits of a number need not stand in one run. A label of one sign (x,
# #, ~) with digits after it, or a # right after digits (phonenumbers' extension patterns for
# matching), counts as well: such an extension takes at most 9 digits, and the digits after it start
# the next candidate inside a group, where the runs (`_runs_fit`) do not look.
_EXTENSION_LABEL = re.compile(
    r"\d[ \u00a0\t,]*(?:;ext=|e?xt|\uff45?\uff58\uff54|доб|anexo|int|\uff49\uff4e\uff54"
    r"|[x#~\uff58\uff03\uff5e][:.\uff0e]?[ \u00a0\t,-]*\d)|\d#", re.IGNORECASE)
# What the label's first character can be (every character re.IGNORECASE takes for it): a cheaper
# first search, the label pattern decides where it finds one.
_EXTENSION_START = re.compile(
    "\\d[ \u00a0\t,]*[;eExXaAiI\u0130\u0131\uff45\uff25\uff58\uff38\uff49\uff29дД\u1c81#~\uff03\uff5e]")


def _extension_labelled(text: str) -> bool:
    """Whether `text` holds an extension label right after a digit (_EXTENSION_LABEL)."""
    start = _EXTENSION_START.search(text)
    # A label starts where its first character does: the label pattern need not look before that.
    return start is not None and _EXTENSION_LABEL.search(text, start.start()) is not None


def _phone_units(text: str, region: str | None, labelled: bool | None = None) -> int | None:
    """The fewest digits in a run a phone number of `region` in `text` needs (None: it cannot have one):
    PHONE_MIN_DIGITS for any region, more where the region's metadata says so (see `phone_possible`).
    `labelled`: `_extension_labelled(text)`, when the caller has it."""
    if "+" in text or "\uff0b" in text or (_extension_labelled(text) if labelled is None else labelled):
        return PHONE_MIN_DIGITS
    rules = _phone_rules(region)
    if rules is None:
        return PHONE_MIN_DIGITS
    if rules.metadata is None:
        return None  # no region: only numbers written with a plus
    fewest = rules.fewest if rules.idd is None else min(rules.fewest, 1 + PHONE_MIN_DIGITS_INTERNATIONAL)
    return max(PHONE_MIN_DIGITS, fewest)


_UNICODE_GATES = _Gates.build(r"\d")
_ASCII_GATES = _Gates.build("[0-9]")


def _gated_detectors(text: str, region: str | None, today: date | None) -> list[Iterator[Hit]]:
    """The detectors of `scan`, in its order, leaving out those whose findings the text cannot hold."""
    detectors: list[Iterator[Hit]] = []
    if "@" in text and _EMAIL_GATE.search(text):
        detectors.append(find_emails(text))
    # Digits counted in C on the UTF-8 bytes (a quarter of the time of a pattern), where 0-9 are the
    # only digits: no other character's bytes include theirs, and the gates' [0-9] is then \d.
    if text.isascii():
        gates, raw = _ASCII_GATES, text.encode("ascii")
    elif _other_digits().search(text) is None:
        gates, raw = _ASCII_GATES, text.encode("utf-8", "surrogatepass")
    else:
        gates, raw = _UNICODE_GATES, None
    digits = len(_ANY_DIGIT.findall(text)) if raw is None else \
        len(raw) - len(raw.translate(None, _ASCII_DIGIT_BYTES))
    if not digits:
        return detectors
    if gates.iban.search(text):
        detectors.append(find_ibans(text))
    if digits >= 9 and gates.nine_digits.search(text):  # a national number has 9 or 11 digits, a card 13-19
        detectors.append(find_numbers(text))
    if digits >= 4 and gates.year.search(text) and _may_hold_birth_word(text):
        detectors.append(find_birth_dates(text, today))
    dutch = gates.street_number.search(text)
    # The street word first: it is rarer in posts than a digit before a space and a capital.
    english = _STREET_WORD_EN.search(text) and gates.house_number.search(text)
    postcode = digits >= 4 and gates.postcode.search(text)
    if dutch or english or postcode:
        detectors.append(_find_addresses(text, [(rx, detail) for (rx, detail), needed in zip(
            _ADDRESS_PATTERNS, (dutch, english, postcode), strict=True) if needed]))
    labelled = _extension_labelled(text)
    units = _phone_units(text, region, labelled)
    if (units is not None and (digits >= units or digits + text.count("x") + text.count("X") >= units)
            and (first := gates.phone(text, units)) >= 0 and phone_possible(text, region, first, labelled)):
        detectors.append(find_phones(text, region))
    return detectors


# ---------------------------------------------------------------- the phone gate
#
# phonenumbers' matcher costs 100-500 µs for every run of digits it looks at (it parses each one and
# each part of it), and real posts are full of numbers: dates, prices, scores, years. `phone_possible`
# walks the same candidates the matcher would (its own pattern and trimming, its own date and time
# stamp skips) and asks of each what `parse` + `is_valid_number` need, with the library's own metadata
# and prefix rules: the digits the number could be read from are whole digit groups of the candidate
# (the matcher's inner matches split it at separators), read (1) as a national number of the user's
# region, after its national prefix (which must be there where the number's format writes one: the
# matcher's own check, see `_PhoneRules.prefix_required`), (2) after the region's own country code,
# (3) after the region's international prefix (00, 011) or a plus sign, as a country code and a
# national number. A candidate passes when one reading fits some region's general pattern and lengths
# (a necessary condition of validity); only then does the matcher run, on the whole text as before, so
# the findings are the same. Anything the check does not model (3+ letters, which the library reads as
# digits; a region or library it does not know) passes.

_PLUS_SIGNS = "+\uff0b"
# Fewest digits of a number written with a plus or after an international prefix: country code and
# the shortest national number of its regions, less what a prefix rule adds (tests check the metadata).
PHONE_MIN_DIGITS_INTERNATIONAL = 5
_DIGIT_GROUPS = re.compile(r"\d+")
_LETTER = re.compile(r"[^\W\d_]")


def _phone_library() -> dict | None:
    """The phone library's own candidate pattern, skips and parsing steps; None if it has changed
    shape (then every candidate passes and the matcher decides, as without the gate)."""
    try:
        from phonenumbers import phonenumbermatcher as pm
        from phonenumbers import phonenumberutil as pu
        # Private names of the library: a release without them falls back to the matcher alone.
        return {"candidate": pm._PATTERN,
                "second_number": pm._SECOND_NUMBER_START_PATTERN,  # type: ignore[attr-defined]
                "slash_date": pm._SLASH_SEPARATED_DATES, "time_stamp": pm._TIME_STAMPS,
                "time_stamp_suffix": pm._TIME_STAMPS_SUFFIX,
                "strip": pu._maybe_strip_national_prefix_carrier_code,
                "format_for": pu._choose_formatting_pattern_for_number,
                "first_group_only": pu._formatting_rule_has_first_group_only,
                "barred": lambda c: (pm.PhoneNumberMatcher._is_invalid_punctuation_symbol(c)
                                     or pm.PhoneNumberMatcher._is_latin_letter(c)),
                "regions": pu.COUNTRY_CODE_TO_REGION_CODE,
                "metadata": phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code,
                "main_region": pu.region_code_for_country_code}
    except (ImportError, AttributeError):
        return None


_PHONE_LIB = _phone_library()


def _digits_added(md: Any) -> int:
    """Digits a region's national prefix rule can add (Guernsey's "1481\\1": 4)."""
    return len(re.sub(r"\\\d", "", md.national_prefix_transform_rule or ""))


def _widest(pattern: str | None) -> int:
    """The most characters `pattern` can match (phonenumbers' prefix patterns are bounded), read from
    the pattern as `re` parses it; no bound (sys.maxsize) where that cannot be read."""
    if not pattern:
        return 0
    try:
        parser = importlib.import_module("re._parser")
        width = parser.parse(pattern).getwidth()[1]
        return width if width < importlib.import_module("re._constants").MAXREPEAT else sys.maxsize
    except Exception:  # noqa: BLE001 - another Python's internals: no bound, as if the pattern had none
        return sys.maxsize


class _Stripper:
    """phonenumbers' national prefix step for one region, skipped where its prefix cannot match.
    `widest`: the most digits it can take off (its prefix pattern's widest match)."""

    def __init__(self, md: Any) -> None:
        self.md = md
        rule = md.national_prefix_for_parsing
        self.prefix = re.compile(rule) if rule else None
        self.widest = _widest(rule)

    def __call__(self, number: str) -> str:
        return self.split(number)[0]

    def split(self, number: str) -> tuple[str, bool]:
        """The number after its national prefix, and whether there was one to strip."""
        if self.prefix is None or not number or not self.prefix.match(number):
            return number, False  # what the library returns then
        _, national, stripped = _PHONE_LIB["strip"](number, self.md)  # type: ignore[index]
        return national, stripped


@dataclass(frozen=True)
class _Country:
    strip: _Stripper  # with the country code's main region, as `parse` strips after a country code
    # Per length of a national number: one pattern of every region's general description allowing that
    # length, one of every number type's (what `is_valid_number` needs: `_is_number_matching_desc` on
    # some region's general description and one of its types').
    shapes: dict[int, tuple[re.Pattern[str], re.Pattern[str]]]
    fewest: int  # digits of the shortest national number
    # The most digits after the country code that can fit: a national prefix as wide as the main
    # region's pattern matches, then the longest national number (a prefix rule may put digits back,
    # never more than it took: the number after the prefix is no longer than what follows it).
    longest: int

    def fits(self, national: str) -> bool:
        shape = self.shapes.get(len(national))
        return (shape is not None and shape[0].fullmatch(national) is not None
                and shape[1].fullmatch(national) is not None)


@functools.lru_cache(maxsize=512)
def _country(code: int) -> _Country | None:
    lib = _PHONE_LIB
    assert lib is not None
    regions = lib["regions"].get(code)
    main = lib["metadata"](code, lib["main_region"](code)) if regions else None
    if main is None:
        return None
    general: dict[int, list[str]] = {}
    typed: dict[int, list[str]] = {}
    for region in regions:
        md = lib["metadata"](code, region)
        if md is None:
            continue
        _add_shapes(general, md.general_desc)
        for kind in _NUMBER_TYPES:
            _add_shapes(typed, getattr(md, kind, None))
    lengths = set(general) & set(typed)
    if not lengths:
        return None
    shapes = {n: (_any_of(general[n]), _any_of(typed[n])) for n in lengths}
    strip = _Stripper(main)
    return _Country(strip, shapes, min(lengths), strip.widest + max(lengths))


# The descriptions `_number_type_helper` tries: a valid number matches its region's general one and one
# of these (for `fits`, each on its own is enough: that keeps it a necessary condition).
_NUMBER_TYPES = ("premium_rate", "toll_free", "shared_cost", "voip", "personal_number", "pager", "uan",
                 "voicemail", "fixed_line", "mobile")


def _add_shapes(by_length: dict[int, list[str]], desc: Any) -> None:
    if desc is None or not desc.national_number_pattern:
        return  # matches nothing (`_match_national_number`)
    for length in desc.possible_length or range(2, 18):  # no lengths listed: any (2-17 digits parse)
        by_length.setdefault(length, []).append(desc.national_number_pattern)


def _any_of(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in dict.fromkeys(patterns)))


@dataclass(frozen=True)
class _PhoneRules:
    """What the matcher would try for one default region (metadata None: only numbers with a plus)."""

    metadata: Any
    country_code: str = ""
    idd: re.Pattern[str] | None = None  # the region's international prefix
    strip: _Stripper | None = None  # the region's national prefix
    own: _Country | None = None
    fewest: int = 0  # digits a number without a plus or international prefix needs
    # The matcher's formats for the region's numbers, where the region is its country code's main
    # region (see `prefix_required`); None otherwise.
    formats: Any = None
    longest: int = sys.maxsize  # the most digits a reading without a plus or international prefix has
    # `_reading_fits` per (digits, plus, whole): posts repeat the same few groups of digits (days, months,
    # years, prices), six calls in seven on realistic text.
    readings: dict[tuple[str, bool, bool], bool] = field(default_factory=dict, compare=False,
                                                         hash=False)
    # `_runs_fit`'s verdict per (run of digits, plus): the same runs ("2024", "12:30", "3.50") come back
    # post after post, and each costs a walk over its groups.
    runs: dict[tuple[str, bool], int] = field(default_factory=dict, compare=False, hash=False)

    def prefix_required(self, national: str) -> bool:
        """Whether the matcher turns down `national` written without the national prefix: at VALID
        leniency a number read in the default region's own way (no plus, no country code) must show
        the prefix where the format of such numbers writes it (`_is_national_prefix_present_if_required`,
        which reads the format of the country code's main region: only for such a region is it known
        here). Dutch numbers all write their 0: "order 103874785" is not a phone number."""
        if self.formats is None:
            return False
        lib = _PHONE_LIB
        assert lib is not None
        rule = lib["format_for"](self.formats, national)
        return bool(rule is not None and rule.national_prefix_formatting_rule
                    and not rule.national_prefix_optional_when_formatting
                    and not lib["first_group_only"](rule.national_prefix_formatting_rule))

    def fits(self, digits: str, plus: bool, whole: bool = False) -> bool:
        """`_reading_fits`, kept for short digits."""
        if len(digits) > _KEPT_CHARS:
            return _reading_fits(digits, self, plus, whole)
        known = self.readings.get((digits, plus, whole))
        if known is None:
            if len(self.readings) >= _READINGS_KEPT:
                self.readings.clear()
            known = self.readings[(digits, plus, whole)] = _reading_fits(digits, self, plus, whole)
        return known


_READINGS_KEPT = 1 << 16
# Only short digits and runs are kept (the ones that repeat: dates, prices, years): an archive's long
# runs of digits cannot make the caches hold 65,536 texts of a post's length.
_KEPT_CHARS = 32
# The most digits a reading that fits can have: phonenumbers reads at most 17 digits of a national
# number (MAX_LENGTH_FOR_NSN), and before them stand at most an international prefix, a country code
# of 3 digits and two national prefixes with carrier codes (what `_reading_fits` strips): 8 + 3 + 15
# + 15 in the library's metadata (a test reads the widths of its patterns). A longer reading is
# refused unread: a post of single digits ("1 1 1 …", 140 groups in an item's 280 characters) made
# 9,800 readings of up to 140 digits each, 45 ms a post for a US user. The region's own readings end
# sooner still (`_PhoneRules.longest`, without a library call): 5 ms at worst now.
READING_MAX_DIGITS = 64

@functools.lru_cache(maxsize=64)
def _phone_rules(region: str | None) -> _PhoneRules | None:
    if _PHONE_LIB is None or (region is not None and region not in phonenumbers.SUPPORTED_REGIONS):
        return None
    if region is None:
        return _PhoneRules(None)
    md = phonenumbers.PhoneMetadata.metadata_for_region(region)
    own = _country(md.country_code) if md is not None else None
    if md is None or own is None:
        return None
    idd = re.compile(md.international_prefix) if md.international_prefix else None
    code = str(md.country_code)
    fewest = min(own.fewest - _digits_added(md),  # a national number, after the region's prefix rule
                 len(code) + own.fewest - _digits_added(md) - _digits_added(own.strip.md))  # after the code
    strip = _Stripper(md)
    # The longest reading of the region's own (after its national prefix, or its country code and
    # both national prefixes `_reading_fits` strips); the longer digits need no library call.
    longest = len(code) + strip.widest + own.longest
    # The formats matter only where one of them writes the national prefix (none of the US's does).
    lib = _PHONE_LIB
    main = lib["main_region"](md.country_code) == region
    writes_prefix = any(f.national_prefix_formatting_rule and not f.national_prefix_optional_when_formatting
                        and not lib["first_group_only"](f.national_prefix_formatting_rule)
                        for f in md.number_format)
    return _PhoneRules(md, code, idd, strip, own, fewest,
                       md.number_format if main and writes_prefix else None, longest)


def _international_fits(number: str) -> bool:
    """`number` (digits after a plus or an international prefix) as a country code and a national
    number that fits one of that country's regions."""
    if not number or number[0] == "0":
        return False
    for size in (1, 2, 3):
        country = _country(int(number[:size])) if len(number) > size else None
        if country and len(number) - size <= country.longest and country.fits(country.strip(number[size:])):
            return True
    return False


def _reading_fits(digits: str, rules: _PhoneRules, plus: bool, whole: bool = False) -> bool:
    """Whether `digits` (one reading of a candidate's groups) may be a valid number. `whole`: the
    digits are all of the candidate's (no extension after them), so that the national prefix the
    matcher looks for in the candidate is looked for in them (see `_PhoneRules.prefix_required`)."""
    if plus and _international_fits(digits):
        return True
    if rules.strip is None or rules.own is None:
        return False
    if rules.idd is not None and (m := rules.idd.match(digits)) and _international_fits(digits[m.end():]):
        return True
    if len(digits) < rules.fewest or len(digits) > rules.longest:
        return False
    national, stripped = rules.strip.split(digits)
    if rules.own.fits(national) and (stripped or not whole or not rules.prefix_required(national)):
        return True
    if digits.startswith(rules.country_code):
        return rules.own.fits(rules.own.strip(rules.strip(digits[len(rules.country_code):])))
    return False


def _candidate_fits(candidate: str, rules: _PhoneRules) -> bool:
    if _LETTER.search(candidate) and len(_LETTER.findall(candidate)) >= 3:
        return True  # the library reads letters as digits then
    plus = "+" in candidate or "\uff0b" in candidate
    return _groups_fit(_DIGIT_GROUPS.findall(candidate), rules, plus, candidate.isascii())


def _groups_fit(groups: list[str], rules: _PhoneRules, plus: bool, ascii_digits: bool, first: int = 0,
                stop: int | None = None, whole: bool = False) -> bool:
    """Whether consecutive whole groups of digits, read one of the ways `parse` reads them, fit a number
    of some region (the matcher's inner matches split a candidate at separators, never in a group).
    `first`, `stop`: the groups a reading may start at and the group it must end before; `whole`: a
    reading's digits are all its candidate's (see `_reading_fits`)."""
    if rules.metadata is None and not plus:
        return False
    total = sum(map(len, groups))
    if (total < rules.fewest and not plus
            and (rules.idd is None or total < 1 + PHONE_MIN_DIGITS_INTERNATIONAL)):
        return False
    if plus and total < PHONE_MIN_DIGITS_INTERNATIONAL and total < rules.fewest:
        return False
    if not ascii_digits:
        groups = ["".join(str(unicodedata.decimal(c)) for c in g) for g in groups]
    stop = len(groups) if stop is None else stop
    for i in range(first, stop):
        digits = ""
        for g in groups[i:stop]:
            digits += g
            if len(digits) > READING_MAX_DIGITS:
                break  # and so are the readings that go on from here
            if len(digits) >= 2 and rules.fits(digits, plus, whole):
                return True
    return False


# The digits of one of the matcher's candidates stand in one such run: its pattern joins blocks of
# digits with at most four of the same separators (X as well: the matcher's pattern is compiled
# case-insensitively; no other separator has a case). A lead "(" or "+" and an extension stand outside.
_DIGIT_RUN = re.compile(rf"\d(?:[{_PHONE_PUNCTUATION}X]{{0,4}}\d)*")


def _runs_fit(text: str, rules: _PhoneRules) -> bool:
    """`phone_possible` without the matcher's candidates, for text without extensions: each
    maximal run of digits stands for every candidate within it (their groups are consecutive groups
    of the run), read with a plus where the text has one anywhere. Conservative where a candidate could
    be read otherwise: three x's near the run (read as digits), a block longer than the matcher's
    (20 digits: a candidate may start inside it). Without an extension a candidate's digits are all
    its reading's and it ends where its last group does, so the readings are held to what the matcher
    holds a candidate to around it and in its digits: its neighbours (`_fits_between`) and the
    national prefix its format writes (`_PhoneRules.prefix_required`)."""
    plus = "+" in text or "\uff0b" in text
    shortest = min(rules.fewest, PHONE_MIN_DIGITS_INTERNATIONAL) if rules.metadata is not None \
        else PHONE_MIN_DIGITS_INTERNATIONAL
    verdicts = rules.runs
    for m in _DIGIT_RUN.finditer(text):
        run = m.group()
        if len(run) < shortest:
            continue
        known = verdicts.get((run, plus))
        if known is not None:
            verdict = known
        else:
            verdict = _run_verdict(run, rules, plus, shortest)
            if len(run) <= _KEPT_CHARS:
                if len(verdicts) >= _READINGS_KEPT:
                    verdicts.clear()
                verdicts[(run, plus)] = verdict
        if verdict == _RUN_TOO_SHORT:
            continue
        if verdict == _RUN_FITS and _fits_between(text, m.start(), m.end(), rules, plus):
            return True
        near = text[max(0, m.start() - 10):m.end()]
        if near.count("x") + near.count("X") >= 3:
            return True
    return False


_RUN_TOO_SHORT, _RUN_FITS, _RUN_DOES_NOT_FIT = range(3)


def _fits_between(text: str, start: int, end: int, rules: _PhoneRules, plus: bool) -> bool:
    """For a run of digits text[start:end] that fits on its own: whether it still does where it stands.
    At VALID leniency the matcher turns down a candidate right after, or right before, a Latin letter,
    a per cent sign or a currency sign (`_parse_and_verify`): no reading starts at the run's first
    group after one, none ends at its last group before one. Not after or before an x: a candidate
    may start with "(" or "+" and separators, x among them, before its first digit (then it is not
    turned down), and an extension may follow its last ("x: 12")."""
    lib = _PHONE_LIB
    assert lib is not None
    barred = lib["barred"]
    before, after = text[start - 1:start] if start else "", text[end:end + 1]
    first = 1 if before not in ("", "x", "X") and barred(before) else 0
    last_barred = after not in ("", "x", "X") and barred(after)
    if not first and not last_barred:
        return True
    groups = _DIGIT_GROUPS.findall(text, start, end)
    if max(map(len, groups)) > 20:
        return True  # a candidate may start inside the block, as in _run_verdict
    return _groups_fit(groups, rules, plus, text.isascii(), first, len(groups) - last_barred, whole=True)


def _run_verdict(run: str, rules: _PhoneRules, plus: bool, shortest: int) -> int:
    """What a run of digits says on its own (three x's near it are the caller's check): too few digits
    for any number, digits that may be one, or digits that are none."""
    groups = _DIGIT_GROUPS.findall(run)
    if sum(map(len, groups)) < shortest:
        return _RUN_TOO_SHORT
    if max(map(len, groups)) > 20 or _groups_fit(groups, rules, plus, run.isascii(), whole=True):
        return _RUN_FITS
    return _RUN_DOES_NOT_FIT


# Characters no candidate of the matcher holds (its pattern's characters, its extension labels' letters
# under re.IGNORECASE): a candidate never spans one.
_LAST_BREAK = re.compile(r"(?s:.*)[b-df-hj-mp-ru-wyzB-DF-HJ-MP-RU-WYZ!?@]")


def phone_possible(text: str, region: str | None, first: int = 0, labelled: bool | None = None) -> bool:
    """False only when phonenumbers' matcher (VALID leniency, default region `region`) cannot find a
    number in `text` (see above). `first`: where the first run of digits a number needs starts (see
    `_Gates.phone`); candidates before it cannot be one, and the walk starts after the last character
    before it that no candidate holds (the matcher finds the same candidates from there on).
    `labelled`: `_extension_labelled(text)`, when the caller has it."""
    rules = _phone_rules(region)
    lib = _PHONE_LIB
    if rules is None or lib is None:
        return True
    if not ("\uff58" in text or "\uff38" in text
            or (_extension_labelled(text) if labelled is None else labelled)):
        return _runs_fit(text, rules)
    start = 0
    if first > 0 and (brk := _LAST_BREAK.match(text, 0, first)) is not None:
        start = brk.end()
    # The matcher goes on searching where a candidate ends: as `finditer` does, unless it cut the
    # candidate short at a second number ("/ x"); then the walk would differ, and the matcher decides.
    shortest = min(rules.fewest, PHONE_MIN_DIGITS_INTERNATIONAL) if rules.metadata is not None \
        else PHONE_MIN_DIGITS_INTERNATIONAL
    for m in lib["candidate"].finditer(text, start):
        candidate = m.group()
        if len(candidate) < shortest:  # fewer characters than any reading needs digits
            continue
        if lib["second_number"].search(candidate):
            return True
        if lib["slash_date"].search(candidate):
            continue
        if lib["time_stamp"].search(candidate) and lib["time_stamp_suffix"].match(text[m.end():]):
            continue
        if _candidate_fits(candidate, rules):
            return True
    return False


CONTEXT_CHARS = 40  # on each side of a finding


def masked_contexts(text: str, hits: list[Hit]) -> list[str]:
    """For each hit (sorted, not overlapping, as `scan` returns them), the text around it with every
    hit in the item replaced by its masked form: enough to recognise the post, nothing to misuse."""
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []  # where each hit's mask lands in the masked text
    last = 0
    length = 0
    for h in hits:
        pieces.append(text[last:h.start])
        length += h.start - last
        spans.append((length, length + len(h.masked)))
        pieces.append(h.masked)
        length += len(h.masked)
        last = h.end
    pieces.append(text[last:])
    masked = "".join(pieces)
    out = []
    for start, end in spans:
        a, b = max(0, start - CONTEXT_CHARS), min(len(masked), end + CONTEXT_CHARS)
        if a > 0 and " " in masked[a:start]:  # whole words only
            a = masked.index(" ", a) + 1
        if b < len(masked) and " " in masked[end:b]:
            b = masked.rindex(" ", end, b)
        excerpt = " ".join(masked[a:b].split())
        out.append(("…" if a else "") + excerpt + ("…" if b < len(masked) else ""))
    return out


# ---------------------------------------------------------------- region and the streaming finder

_COUNTRY_NAMES = {
    "netherlands": "NL", "the netherlands": "NL", "nederland": "NL", "holland": "NL", "belgium": "BE",
    "belgië": "BE", "belgie": "BE", "germany": "DE", "deutschland": "DE", "duitsland": "DE",
    "france": "FR", "frankrijk": "FR", "united kingdom": "GB", "uk": "GB", "england": "GB",
    "united states": "US", "usa": "US", "spain": "ES", "italy": "IT", "ireland": "IE",
}


def region_code(hint: str) -> str | None:
    """A phone region (ISO country code) from a country name or code an export or the user gives."""
    h = (hint or "").strip()
    if len(h) == 2 and h.upper() in phonenumbers.SUPPORTED_REGIONS:
        return h.upper()
    for part in [h.lower()] + [p.strip() for p in re.split(r"[,;/]", h.lower())][::-1]:
        if part in _COUNTRY_NAMES:
            return _COUNTRY_NAMES[part]
    return None


def locale_region() -> str | None:
    """The country of the user's locale (nl_NL → NL), the fallback when no export names one: the first
    of the settings in the environment (LC_ALL, LC_CTYPE, LANG) that names a country, whether or not
    that locale is installed, else the process's own. The C and POSIX locales name none (Python's
    getlocale reads C.UTF-8 as en_US; and Python itself sets LC_CTYPE to C.UTF-8 when the locale
    LANG names is not installed: LANG still says where the user is)."""
    settings = [os.environ.get(name) for name in ("LC_ALL", "LC_CTYPE", "LANG")]
    try:
        if not any(settings):
            settings = [locale.setlocale(locale.LC_CTYPE)]
        for name in filter(None, settings):
            if name.partition(".")[0].partition("@")[0].upper() in ("C", "POSIX"):
                continue
            country = locale.normalize(name).partition("_")[2][:2].upper()  # aliases: "nl" is nl_NL
            if country in phonenumbers.SUPPORTED_REGIONS:
                return country
    except (ValueError, locale.Error):
        pass
    return None


@dataclass
class SensitiveFinder:
    """Fed every item as it streams past (see Pipeline's `inspect`); keeps masked findings."""

    region: str | None = None  # the user's phone region; None: each source's hint, then the locale
    no_text: bool = False
    today: date | None = None
    findings: list[Finding] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    items_scanned: int = 0
    items_with_findings: int = 0
    # Keys of items with findings: the same post in two parts of a download is counted once.
    _seen: set[str] = field(default_factory=set)
    # Phone region per source hint, worked out once (the locale lookup is slow, and the same per run).
    _regions: dict[str, str | None] = field(default_factory=dict)

    def _source_region(self, hint: str) -> str | None:
        if hint not in self._regions:
            self._regions[hint] = region_code(hint) or locale_region()
        return self._regions[hint]

    @staticmethod
    def wants(item: Item) -> bool:
        """Whether `item` is text the report shows: the user's own content that is, may be, or was public."""
        return bool(item.text) and SensitiveFinder.wants_some(item)

    @staticmethod
    def wants_some(item: Item) -> bool:
        """`wants` but for the text: False when no item with `item`'s other fields is wanted (the items
        of a model.ItemRun share them)."""
        return item.own and item.kind in SCANNED_KINDS and (
            item.visibility in (PUBLIC, UNKNOWN) or bool(item.was_public))

    def prescan(self, item: Item, info: SourceInfo | None = None) -> list[Hit] | None:
        """What `inspect` would find in `item` (None: it would not scan it), without keeping it: the
        scan is a pure function of the text, the region and the day, so another process may run it
        and hand the hits to `inspect` (see parallel.ForkedSink). Nothing is counted here."""
        if not self.wants(item):
            return None
        return scan(item.text, self.region or self._source_region(info.region_hint if info else ""),
                    self.today)

    def inspect(self, item: Item, info: SourceInfo | None = None, hits: list[Hit] | None = None) -> None:
        """Scan `item` (or take `hits`, what `prescan` found in it) and keep what is found."""
        if not self.wants(item):
            return
        if item.key in self._seen:
            return
        self.items_scanned += 1
        if hits is None:
            hits = scan(item.text, self.region or self._source_region(info.region_hint if info else ""),
                        self.today)
        if not hits:
            return
        self._seen.add(item.key)
        self.items_with_findings += 1
        created = item.created_at.date().isoformat() if item.created_at else ""
        contexts = [] if self.no_text else masked_contexts(item.text, hits)
        for i, h in enumerate(hits):
            self.counts[h.category] += 1
            if len(self.findings) < MAX_FINDINGS:
                self.findings.append(Finding(
                    h.category, "" if self.no_text else h.masked, h.detail, item.key, item.platform,
                    item.kind, created, item.visibility, item.url, contexts[i] if contexts else ""))

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def state(self) -> dict[str, Any]:
        """What it has found so far (sink.Finder): a storing helper process returns it."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def adopt(self, state: dict[str, Any]) -> None:
        """Take over the state a copy of this finder reached in a storing helper (sink.Finder)."""
        for name, value in state.items():
            setattr(self, name, value)

    def summary(self) -> dict:
        """What the report shows: counts per category (most harmful first) and the listed findings."""
        order = {c: i for i, c in enumerate(CATEGORIES)}
        newest_first = sorted(self.findings, key=lambda f: f.created_at, reverse=True)
        return {
            "total": self.total,
            "counts": [(c, self.counts[c]) for c in CATEGORIES if self.counts[c]],
            "findings": sorted(newest_first, key=lambda f: order[f.category]),
            "not_listed": max(0, self.total - len(self.findings)),
            "items_scanned": self.items_scanned,
            "items_with_findings": self.items_with_findings,
            "no_text": self.no_text,
            "keys": frozenset(self._seen),  # the items with findings, flagged in the item browser
        }
