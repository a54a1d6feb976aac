"""The personal-data finder's gates change its cost, never its findings: on text like people write
(numbers, dates, prices, times, links, mentions, tags, emoji, several languages) with planted values of
every kind and format, and near misses, `scan` finds exactly what the ungated detectors find; and the
phone gate says "impossible" only where phonenumbers' own matcher finds nothing."""

from __future__ import annotations

import random
import re
import sys
from datetime import date

import phonenumbers
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ai_exposure import sensitive
from ai_exposure.sensitive import (
    BIRTH_DATE,
    CARD,
    EMAIL,
    IBAN,
    NATIONAL_ID,
    PHONE,
    phone_possible,
    scan,
)

TODAY = date(2026, 11, 29)
REGIONS = [None, "NL", "US", "GB", "DE", "BE", "FR", "GG", "AR", "BR", "IN", "NU", "JP", "IT", "CA"]


def findings(text: str, region: str | None, prefilter: bool = True) -> list[tuple]:
    return [(h.category, h.start, h.end, h.masked, str(h.detail))
            for h in scan(text, region, TODAY, prefilter=prefilter)]


# ---------------------------------------------------------------- a corpus like real posts

WORDS = ("the", "coffee", "train", "late", "again", "great", "match", "tonight", "with", "friends",
         "vandaag", "lekker", "weer", "fiets", "gezellig", "morgen", "heute", "Wetter", "schön", "très",
         "bonne", "soirée", "mañana", "partido", "日本語", "שלום", "مرحبا", "café", "naïve")


def _nl_iban(rng: random.Random, valid: bool = True) -> str:
    bank = rng.choice(("ABNA", "INGB", "RABO"))
    account = f"{rng.randrange(10**10):010d}"
    check = 98 - int("".join(str(ord(c) - 55) for c in bank) + account + "232100") % 97
    if not valid:
        check = (check + 1) % 100 or 2
    raw = f"NL{check:02d}{bank}{account}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if rng.random() < 0.5 else raw


def _mobile(rng: random.Random) -> str:
    """A Dutch mobile number (06, a digit mobile numbers start with, seven more) written as people do."""
    n = f"{rng.choice('123458')}{rng.randrange(10**7):07d}"
    return rng.choice((
        f"06 {n}", f"06-{n}", f"06{n}", f"06.{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:]}", f"06 {n[:4]} {n[4:]}",
        f"06-{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+31 6 {n}", f"+31 (0)6 {n}", f"+316{n}", f"+31-6-{n}",
        f"0031 6 {n[:4]} {n[4:]}", f"0031-6-{n}", f"00316{n}", f"+31 6 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"))


def _landline(rng: random.Random) -> str:
    n = f"{rng.randrange(10**7):07d}"
    return rng.choice((f"(020) {n[:3]} {n[3:]}", f"020-{n}", f"020 {n[:3]} {n[3:]}", f"+31 20 {n}",
                       f"0031 20 {n}", f"+1 415 555 {n[:4]}", f"+44 20 7946 {n[:4]}", f"+49 30 {n[:6]}",
                       f"+32 2 5{n[1:3]} {n[3:5]} {n[5:]}"))


def _birth_date(rng: random.Random) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1940, 2010)
    return rng.choice((f"born {d} March {y}", f"geboren op {d}-{m}-{y}",
                       f"date of birth: {y}-{m:02d}-{d:02d}", f"birthday is July {d}, {y}",
                       f"jarig op {d} februari {y}", f"geb. {d}.{m}.{y}"))


def _card(rng: random.Random, valid: bool = True) -> str:
    body = [4] + [rng.randrange(10) for _ in range(14)]
    total = sum(d if i % 2 else sum(divmod(2 * d, 10)) for i, d in enumerate(reversed(body)))
    digits = "".join(map(str, body)) + str((10 - total % 10) % 10 if valid else (11 - total % 10) % 10)
    return " ".join(digits[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.5 else digits


def _fragment(rng: random.Random) -> str:
    """What posts are full of besides words: most of it numbers that are not personal data."""
    n, y = rng.randint, rng.randint(1950, 2030)
    return rng.choice((
        str(n(1, 99)), str(n(100, 999999)), str(y), f"#{n(1, 99)}", f"{y}-{n(1, 12):02d}-{n(1, 28):02d}",
        f"{n(1, 28)}/{n(1, 12)}/{y}", f"{n(1, 28):02d}.{n(1, 12):02d}.{y}", f"{n(1, 28)} mei {y}",
        f"{n(0, 23)}:{n(0, 59):02d}", f"{n(7, 23)}.{n(0, 59):02d} uur", f"€{n(1, 999)},{n(0, 99):02d}",
        f"${n(1, 9)},{n(100, 999)}.{n(0, 99):02d}", f"{n(0, 9)}-{n(0, 9)}", f"{n(60, 130)}-{n(60, 130)}",
        f"{n(5, 95)}%", f"v{n(1, 9)}.{n(0, 20)}.{n(0, 9)}", f"order {n(10**6, 10**10)}", f"{n(1, 42)} km",
        f"https://t.co/{rng.randrange(36**10):x}", f"https://example.com/p/{n(1, 10**8)}?id={n(1, 999)}",
        f"@user_{n(1, 99999)}", f"#WK{y}", f"#day{n(1, 365)}", "🎉", "☕", "🇳🇱", f"{n(1, 9)}x{n(1, 9)}",
        f"{n(10, 99)} {n(10, 99)} {n(10, 99)}", f"{n(100, 999)}-{n(1000, 9999)}", f"nr. {n(10**4, 10**9)}",
        f"tel {n(10**5, 10**9)}", f"+{n(1, 99)}", f"{n(1000, 9999)} AB Amsterdam", f"Kerkstraat {n(1, 200)}",
        f"{n(1, 300)} Baker Street", f"(415) 555-{n(1000, 9999)}", f"415.555.{n(1000, 9999)}",
        f"ISBN 978-{n(0, 9)}-{n(1000, 9999)}-{n(1000, 9999)}-{n(0, 9)}"))


PLANTED = (  # (category found for region NL, maker): valid values of every kind
    (PHONE, _mobile), (PHONE, _landline), (IBAN, _nl_iban), (BIRTH_DATE, _birth_date), (CARD, _card),
    (EMAIL, lambda rng: f"{rng.choice(WORDS[:17])}.{rng.randint(1, 999)}@example.{rng.choice(('com', 'nl'))}"
     ),
    (NATIONAL_ID, lambda rng: rng.choice(("BSN 111222333", "burgerservicenummer: 1112.22.333"))),
)
NEAR_MISSES = (  # found by nothing
    lambda rng: _nl_iban(rng, valid=False), lambda rng: _card(rng, valid=False), lambda rng: "BSN 111222334",
    lambda rng: f"06 {rng.randrange(10**7):07d}",  # a digit short
    lambda rng: f"born {rng.randint(1, 28)} March 2031",  # a future date
    lambda rng: "mail me @ home", lambda rng: f"{rng.randint(1, 28)}-{rng.randint(1, 12)}-1985",  # no "born"
)


def corpus(seed: int, size: int) -> list[tuple[str, str | None]]:
    """Posts with words, fragments and (one in four) a planted value or near miss; (text, category)."""
    rng = random.Random(seed)
    posts = []
    for _ in range(size):
        parts = [rng.choice(WORDS) for _ in range(rng.randint(2, 14))]
        for _ in range(rng.randint(0, 5)):
            parts.insert(rng.randint(0, len(parts)), _fragment(rng))
        category = None
        roll = rng.random()
        if roll < 0.2:
            category, make = rng.choice(PLANTED)
            # Between words: a value run on into a number ("nr. 312317548 0031 6 …") is one candidate to
            # phonenumbers, which then finds nothing, gated or not.
            parts.insert(rng.randint(0, len(parts)), f"{rng.choice(('bel', 'call', 'mijn'))} {make(rng)} nu")
        elif roll < 0.25:
            parts.insert(rng.randint(0, len(parts)), rng.choice(NEAR_MISSES)(rng))
        posts.append((" ".join(parts), category))
    return posts


CORPUS = corpus(seed=15, size=600)


@pytest.mark.parametrize("region", REGIONS)
def test_gated_scan_finds_what_the_ungated_detectors_find(region):
    for text, _ in CORPUS:
        assert findings(text, region) == findings(text, region, prefilter=False), text


def test_the_corpus_holds_planted_values_and_the_finder_finds_them():
    # The equality above is only worth something if there is something to find: every planted value is
    # found (region NL), in every format; near misses and fragments alone hold none of the planted kinds.
    planted = [(t, c) for t, c in CORPUS if c]
    assert {c for _, c in planted} == {PHONE, IBAN, BIRTH_DATE, CARD, EMAIL, NATIONAL_ID}
    for text, category in planted:
        assert category in {f[0] for f in findings(text, "NL")}, text
    formats = {re.sub(r"\d", "9", m) for t, _ in planted for m in re.findall(r"(?:\+|00)31[\d ()-]+", t)}
    assert len(formats) >= 5  # +31 and 0031, with spaces, dashes, brackets and none


def test_the_phone_gate_skips_the_matcher_for_everyday_numbers():
    """What makes the scan cheap on real text: dates, years, prices, scores, times, order numbers and
    counts are no phone number of the user's region, and the matcher is not run for them."""
    everyday = ["Tweet number 41822 about coffee … #17", "Meeting at 12:30 on 2024-05-01, tickets €12,50",
                "Score 3-1 in 1998! 45% of 1,299 fans", "v2.3.1 released 12.03.2024 #day17",
                "3 mei 2024 om 21.00 uur", "https://example.com/p/1234567?id=89"]
    for region in (None, "NL", "US", "GB"):  # (German numbers take almost any shape)
        for text in everyday:
            assert not phone_possible(text, region), (region, text)
    assert phone_possible("bel 06-12345678", "NL")
    assert phone_possible("call +1 415 555 0132", None)
    assert phone_possible("0031 6 1234 5678", "DE")  # an international prefix from anywhere


def test_a_number_without_the_national_prefix_its_format_writes_is_no_phone_number():
    """At VALID leniency the matcher turns down a number read in the region's own way whose format
    writes the national prefix when the text does not: Dutch order numbers, codes and the digits of
    links, nine digits from 1 to 9, are no phone number (they were the gate's most common pass)."""
    for text in ("order 103874785", "https://t.co/b2ce649178263", "nr. 612345678", "2014 51698"):
        assert not phone_possible(text, "NL"), text
        assert not list(sensitive.find_phones(text, "NL")), text
    assert phone_possible("bel 010 3874785", "NL") and phone_possible("bel 0612345678", "NL")
    assert phone_possible("bel +31 10 3874785", "NL") and phone_possible("bel 31103874785", "NL")
    assert phone_possible("call 201 555 0123", "US")  # written without the 1: the US format allows it


def test_a_number_against_a_letter_or_a_currency_sign_is_no_phone_number():
    """The matcher turns down a candidate right after or before a Latin letter, % or a currency sign:
    the digits of links, IBANs and prices, which fit a US number, skip it; an x after the digits (an
    extension) and a lead ( or + keep it."""
    for text in ("NL05SNSB6269117149", "https://t.co/a2318950572a9", "up 2024-09-18 14% today",
                 "€2015550123", "2015550123€", "tel2015550123", "2015550123é"):
        assert not phone_possible(text, "US"), text
        assert not list(sensitive.find_phones(text, "US")), text
    for text in ("call 2015550123", "call 2015550123x12", "(201) 555 0123", "tel: 201-555-0123",
                 "+1 2015550123", "b 201 555 0123", "201 555 0123 b", "2015550123",
                 "call 2015550123x: 12", "a(x2015550123"):  # an extension; x after "("
        assert phone_possible(text, "US"), text
    assert phone_possible("0XX30000", "DE")  # one candidate to the matcher, X a separator as x is


def test_no_reading_longer_than_the_bound_can_be_a_number():
    """READING_MAX_DIGITS holds every reading `_reading_fits` may accept: at most an international
    prefix, a country code, two national prefixes (with carrier codes) and a national number, each as
    long as the library's metadata lets it be (the widest match of each region's patterns)."""
    import re._parser as sre_parse

    from phonenumbers.phonenumberutil import _MAX_LENGTH_COUNTRY_CODE, _MAX_LENGTH_FOR_NSN

    def widest(pattern: str | None) -> int:
        return sre_parse.parse(pattern).getwidth()[1] if pattern else 0

    mds = [phonenumbers.PhoneMetadata.metadata_for_region(r) for r in phonenumbers.SUPPORTED_REGIONS]
    idd = max(widest(md.international_prefix) for md in mds)
    prefix = max(widest(md.national_prefix_for_parsing) for md in mds)
    assert idd + _MAX_LENGTH_COUNTRY_CODE + 2 * prefix + _MAX_LENGTH_FOR_NSN <= sensitive.READING_MAX_DIGITS
    assert not phone_possible("1 " * 140, "US") and not phone_possible("1 " * 140, "NL")


def test_a_regions_longest_reading_is_read_from_its_patterns(monkeypatch):
    """Digits longer than a region's readings can be are turned down without the library's prefix
    steps; the bound comes from the patterns' widths, and where `re` cannot say there is none."""
    us = sensitive._phone_rules("US")
    assert us.longest == len("1") + 1 + 1 + 10  # country code, two national prefixes "1", ten digits
    assert sensitive._widest("(?:0|90)(?:(1[245]|2[1-35])(\\d{10,11}))?") == 15
    assert sensitive._widest("0\\d*") == sys.maxsize  # no bound
    monkeypatch.setattr(sensitive.importlib, "import_module", lambda name: 1 / 0)
    assert sensitive._widest("0") == sys.maxsize


def test_an_extension_of_one_sign_is_walked_as_the_matcher_walks_it():
    """An extension labelled by one sign (x, #, ~) takes at most nine digits, and the matcher starts its
    next candidate at the digit after them, inside a group: such text is read with the matcher's own
    candidates. The runs alone missed each of these numbers (found by fuzzing the gate)."""
    for region, text in (("NL", "940573996 #   9531344760   534204446"), ("IT", "x.0x: 0123976749392 +011"),
                         ("BR", "783484 ٣ : 900332233 # 659"), ("AO", "x: 938033924441481x: 2015550123"),
                         ("DE", "70771324627,#55545132804568363024"),
                         ("CA", "2903205397#8609485293152254164 ")):
        matcher = phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID)
        assert [m.raw_string for m in matcher], (region, text)  # a number the gate must let through
        assert phone_possible(text, region), (region, text)


_TOUCHING = st.lists(st.one_of(
    st.from_regex(r"[0-9]{1,11}", fullmatch=True),
    st.from_regex(r"[0-9]{3}[ .-][0-9]{3}[ .-][0-9]{4}", fullmatch=True),
    st.sampled_from(["06", "0031", "+31", "+1", "201", "555", "0123", "2015550123", "612345678", "020"]),
    st.sampled_from([*"abxXeé%$€£¥₹ ( ) [ - . / + # ~ ,:", "ext", "x: ", "x.", "(x", "+x", "XX", "ß",
                     "\u0301", "ｘ", "日", "٣"])),
    min_size=1, max_size=7).map("".join)


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TOUCHING, region=st.sampled_from(["US", "NL", "GB", "DE", "FR", "IN", "BR", "CA", "GG", None]))
def test_phone_gate_on_digits_against_letters_and_signs(text, region):
    if not phone_possible(text, region):
        matcher = phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID)
        assert [m.raw_string for m in matcher] == [], (region, text)


def _example_numbers() -> list[tuple[str, str]]:
    """Every region's example numbers (the library's own, of each type), as (region, national number)."""
    examples = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        md = phonenumbers.PhoneMetadata.metadata_for_region(region)
        for kind in ("general_desc",) + sensitive._NUMBER_TYPES:
            desc = getattr(md, kind, None)
            if desc is not None and desc.example_number:
                examples.append((region, desc.example_number))
    return examples


@pytest.mark.parametrize("region", sorted(phonenumbers.SUPPORTED_REGIONS))
def test_phone_gate_on_every_regions_example_numbers_with_and_without_their_prefix(region):
    """Each region's example numbers as its people write them (national format, with the prefix where
    it has one) and as bare digits, read with that region as the user's: where the gate says
    impossible, the matcher finds nothing; and the numbers written in national format pass."""
    for home, national in _example_numbers():
        if home != region:
            continue
        number = phonenumbers.parse(national, region)
        written = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        for text in (f"call {national} now", f"call {written} now", f"{national}"):
            if not phone_possible(text, region):
                matcher = phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID)
                assert [m.raw_string for m in matcher] == [], (region, text)
        if phonenumbers.is_valid_number(number) and list(phonenumbers.PhoneNumberMatcher(
                f"call {written} now", region, leniency=phonenumbers.Leniency.VALID)):
            assert phone_possible(f"call {written} now", region), (region, written)


def test_a_runs_verdict_is_kept_but_the_letters_near_it_are_read_each_time():
    """The gate keeps what each run of digits says on its own (runs repeat post after post); three x's
    near a run, which the matcher may read as digits, are checked wherever the run stands."""
    for region in ("NL", "US"):
        sensitive._phone_rules.cache_clear()
        assert not phone_possible("Tweet number 41822 about coffee", region)
        assert phone_possible("Tweet xxx 41822 about coffee", region)  # the same run, with x's near it
        assert not phone_possible("Order 41822 shipped", region)
        sensitive._phone_rules.cache_clear()
        assert phone_possible("Tweet xxx 41822 about coffee", region)  # the same answer, judged fresh


_DIGITISH = st.text(alphabet="0123456789 -./()+x#", min_size=1, max_size=24)
_PHONE_PIECES = st.one_of(
    _DIGITISH, st.from_regex(r"\+?[0-9]{1,3}[ .-]?\(?[0-9]{1,4}\)?([ .-]?[0-9]{2,4}){1,4}", fullmatch=True),
    st.sampled_from(["+31 6 12345678", "0031612345678", "06-12345678", "(020) 123 4567", "+44 20 7946 0958",
                     "011 44 20 7946 0958", "1481 123456", "+683 4002", "0800 1234", "14020", "112",
                     "ext. 12", "x123", "１２３", "٠٦١٢٣٤٥٦٧٨", "+１ ４１５ ５５５ ０１３２"]))
_POST = st.lists(st.one_of(_PHONE_PIECES, st.sampled_from(WORDS + (" ", ", ", ": ", "tel", "abc"))),
                 min_size=1, max_size=6).map(" ".join)


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_POST, region=st.sampled_from(sorted(phonenumbers.SUPPORTED_REGIONS) + [None]))
def test_phone_gate_says_impossible_only_where_the_matcher_finds_nothing(text, region):
    if not phone_possible(text, region):
        matcher = phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID)
        assert [m.raw_string for m in matcher] == []


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32), region=st.sampled_from(REGIONS))
def test_gated_scan_on_generated_posts(seed, region):
    for text, _ in corpus(seed, 3):
        assert findings(text, region) == findings(text, region, prefilter=False), text


def test_international_minimum_matches_the_phone_library():
    """The fewest digits a number written with a plus can have: a country code and the shortest national
    number of its regions, less the most digits one of its prefix rules adds."""
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, PhoneMetadata

    def added(md):
        return len(re.sub(r"\\\d", "", md.national_prefix_transform_rule or ""))

    fewest = 99
    for code, regions in COUNTRY_CODE_TO_REGION_CODE.items():
        mds = [md for r in regions if (md := PhoneMetadata.metadata_for_region_or_calling_code(code, r))]
        if mds:
            shortest = min(min(md.general_desc.possible_length or (2,)) for md in mds)
            fewest = min(fewest, len(str(code)) + shortest - max(map(added, mds)))
    assert fewest >= sensitive.PHONE_MIN_DIGITS_INTERNATIONAL


def test_the_gate_runs_the_matcher_when_the_library_is_not_what_it_knows(monkeypatch):
    monkeypatch.setattr(sensitive, "_PHONE_LIB", None)
    sensitive._phone_rules.cache_clear()
    try:
        assert phone_possible("Tweet number 41822", "NL")
    finally:
        monkeypatch.undo()
        sensitive._phone_rules.cache_clear()


_CASEY = st.text(alphabet="bornBORNithITHdgeDGEvjaVJA.oOİı ſK12x", max_size=30)


@settings(max_examples=1500, deadline=None)
@given(text=st.one_of(_CASEY, st.text(max_size=30)))
def test_birth_word_check_is_the_birth_word_pattern(text):
    assert sensitive._may_hold_birth_word(text) == (sensitive._BIRTH_WORD.search(text) is not None)


@settings(max_examples=1500, deadline=None)
@given(text=st.text(alphabet="12 \u00a0\t,;=eExXtTnNaAiIİıoOдДᲁобｅｘｔｎｉＥＸＴＮＩ#~＃～:.．-",
                    max_size=20))
def test_extension_start_is_found_wherever_the_label_is(text):
    if sensitive._EXTENSION_LABEL.search(text):
        assert sensitive._EXTENSION_START.search(text)


_STREETY = st.lists(st.one_of(st.sampled_from(sensitive._STREET_WORDS_NL.split("|")),
                              st.sampled_from([" ", "\t", "\u00a0", "\u2003", "  ", "Kerk", "Hof", "x"]),
                              st.text(alphabet="0123456789٣", min_size=1, max_size=3)),
                    max_size=8).map("".join)


@settings(max_examples=1500, deadline=None)
@given(text=st.one_of(_STREETY, st.text(max_size=30)))
def test_street_number_gate_is_a_street_word_a_space_and_a_digit(text):
    # The Dutch address pattern's part with a digit: a street word ending right before one white space.
    endings = tuple(sensitive._STREET_WORDS_NL.split("|"))
    for gates, digit in ((sensitive._UNICODE_GATES, r"\d"), (sensitive._ASCII_GATES, "[0-9]")):
        expected = any(text.endswith(endings, 0, m.start()) for m in re.finditer(rf"\s{digit}", text))
        assert (gates.street_number.search(text) is not None) == expected


def test_the_gates_keep_only_short_digits_whatever_an_archive_writes():
    """Long runs of digits are judged each time, not kept: the caches hold short keys only, so posts
    full of long unique numbers cannot make them large; the answers are those of a fresh gate."""
    rng = random.Random(7)
    texts = ["id " + "-".join(str(rng.randrange(10**6)) for _ in range(30)) for _ in range(50)]
    sensitive._phone_rules.cache_clear()
    answers = [phone_possible(t, "NL") for t in texts]
    rules = sensitive._phone_rules("NL")
    assert rules.runs or rules.readings  # something was judged
    assert all(len(k) <= sensitive._KEPT_CHARS for k, *_ in [*rules.runs, *rules.readings])
    for text, answer in zip(texts, answers, strict=True):
        sensitive._phone_rules.cache_clear()
        assert phone_possible(text, "NL") == answer


def test_other_digits_finds_every_digit_but_0_to_9():
    """Where `_other_digits` finds nothing, \\d is [0-9], and the gates read the text as such: so it
    must find every character \\d matches but 0-9 (this Python's Unicode), and leave emoji, letters
    and punctuation of the first 65,536 code points to the cheap way."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    digits = set(re.findall(r"\d", every)) - set("0123456789")
    assert len(digits) > 500
    pattern = sensitive._other_digits()
    assert digits <= set(pattern.findall(every))
    bmp_found = {c for c in pattern.findall(every) if ord(c) < 0x10000}
    assert bmp_found == {c for c in digits if ord(c) < 0x10000}
    assert pattern.search("€12,50 ☕ 🎉🇳🇱 … naïve Grüße 日本語 שלום مرحبا 2024") is None


# Digits of other scripts (Arabic-Indic, Extended Arabic-Indic, Devanagari, Bengali, Thai, fullwidth,
# mathematical bold, segmented) beside 0-9, in posts with emoji and letters that are not digits.
_OTHER_DIGITS = "٠١٢٣٤٥٦٧٨٩۴۵०१२३४৫๓０１２３４５６７８９𝟎𝟏𝟐𝟑𝟒🯰🯱🯲"


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32), region=st.sampled_from(REGIONS), data=st.data())
def test_gated_scan_with_digits_of_other_scripts(seed, region, data):
    """The gates read a post with no digits but 0-9 as ASCII digits; with any other digit, as \\d (the
    phone matcher reads other scripts' digits: numbers written in them are found)."""
    rng = random.Random(seed)
    for text, _ in corpus(seed, 2):
        if rng.random() < 0.5:  # the post's numbers, planted values too, in another script's digits
            zero = rng.choice((0x660, 0x6F0, 0x966, 0xFF10, 0x1D7CE))
            text = text.translate({0x30 + d: zero + d for d in range(10)})
        chars = list(text)
        for _ in range(data.draw(st.integers(0, 6))):
            chars.insert(rng.randint(0, len(chars)), rng.choice(_OTHER_DIGITS + "🎉€…é"))
        mixed = "".join(chars)
        assert findings(mixed, region) == findings(mixed, region, prefilter=False), mixed
