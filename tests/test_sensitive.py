"""The sensitive-data finder: true positives with their masks, and near misses that must not be found
(numbers failing their checksum, dates that are not birth dates, words that look like streets)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest

from ai_exposure.model import HIGH, PUBLIC, RESTRICTED, UNKNOWN, Item, SourceInfo
from ai_exposure.sensitive import (
    ADDRESS,
    BIRTH_DATE,
    CARD,
    EMAIL,
    IBAN,
    NATIONAL_ID,
    PHONE,
    SensitiveFinder,
    region_code,
    scan,
)

TODAY = date(2026, 11, 29)


def found(text: str, region: str | None = "NL") -> list[tuple[str, str]]:
    return [(h.category, h.masked) for h in scan(text, region, TODAY)]


@pytest.mark.parametrize("text, expected", [
    ("mail me at jan.jansen@example.com!", [(EMAIL, "j•••@e•••.com")]),
    ("bel 06-12345678 na vijven", [(PHONE, "••-••••••78")]),
    ("call +44 20 7946 0958 today", [(PHONE, "+•• •• •••• ••58")]),
    ("Mijn IBAN: NL91 ABNA 0417 1643 00, graag", [(IBAN, "NL•• •••• •••• •••• 00")]),
    ("pay to NL91ABNA0417164300", [(IBAN, "NL••••••••••••••00")]),
    ("mijn BSN is 111222333", [(NATIONAL_ID, "•••••••33")]),
    ("burgerservicenummer: 1112.22.333", [(NATIONAL_ID, "••••.••.•33")]),
    ("card 4111 1111 1111 1111 exp 12/27", [(CARD, "•••• •••• •••• 1111")]),
    ("Ik woon op de Kerkstraat 12a", [(ADDRESS, "K••••••••• 1••")]),
    ("I live at 221B Baker Street, London", [(ADDRESS, "2••• B•••• S•••••")]),
    ("postcode 3512 AB Utrecht", [(ADDRESS, "3••• A•")]),
    ("I was born on 12 March 1985 in Leiden", [(BIRTH_DATE, "•• ••••• 1985")]),
    ("geboren op 03-04-1990", [(BIRTH_DATE, "••-••-1990")]),
    ("My birthday is March 5, 1992!", [(BIRTH_DATE, "••••• •, 1992")]),
    ("Date of birth: 1979-06-30", [(BIRTH_DATE, "1979-••-••")]),
])
def test_true_positives_are_found_and_masked(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "IBAN NL91ABNA0417164301 (one digit off: mod 97 fails)",
    "BSN: 123456789 (fails the eleven-test)",
    "order 111222333 shipped (passes the eleven-test, but nothing says BSN)",
    "card 4111 1111 1111 1112 (fails Luhn)",
    "tweet 1700000000000000101 was great",
    "meeting on 12-03-1985 at the office",  # a date, not a birth date
    "the company was founded on 1 May 1990",
    "born on 31-02-1990",  # no such day
    "born 2030-01-01",  # in the future
    "Wall Street is busy today",  # a street without a number
    "de prijs is 1234 euro",
    "score 3-1, kick-off 20:00",
    "mail@localhost is not an address",
    "call 06-1234 (too short)",
    "op naar de 2024 EK Finale",  # a year and an abbreviation, not a postcode
    "sinds 2019 AI Lab Utrecht",
    "https://medium.com/@writer/my-post",  # a handle in a link, not an e-mail address
])
def test_near_misses_are_not_found(text):
    assert found(text) == []


def test_phone_numbers_need_the_users_region_unless_international():
    assert found("bel 020 794 6095", region="NL") == [(PHONE, "••• ••• ••95")]
    assert found("bel 020 794 6095", region=None) == []
    assert found("ring +31 20 794 6095", region=None) == [(PHONE, "+•• •• ••• ••95")]


def test_an_iban_is_not_also_a_phone_number():
    assert [c for c, _ in found("IBAN NL91ABNA0417164300 of bel 0612345678")] == [IBAN, PHONE]


@pytest.mark.parametrize("hint, code", [
    ("NL", "NL"), ("nl", "NL"), ("Netherlands", "NL"), ("Amsterdam, Nederland", "NL"),
    ("United Kingdom", "GB"), ("uk", "GB"), ("eu", None), ("", None), ("Atlantis", None),
])
def test_region_code(hint, code):
    assert region_code(hint) == code


def item(text: str, visibility: str = PUBLIC, kind: str = "post", own: bool = True,
         key: str = "x:tweet:1") -> Item:
    return Item("x", kind, key, datetime(2024, 5, 1, tzinfo=UTC), visibility, "test", HIGH, "t.js",
                text=text, url="https://x.com/u/status/1", own=own)


def test_finder_scans_public_own_content_only():
    finder = SensitiveFinder(region="NL", today=TODAY)
    info = SourceInfo("x", "X")
    finder.inspect(item("mail a@example.com", key="k1"), info)
    finder.inspect(item("mail b@example.com", visibility=UNKNOWN, key="k2"), info)  # may be public
    finder.inspect(item("mail c@example.com", visibility=RESTRICTED, key="k3"), info)
    finder.inspect(item("mail d@example.com", kind="message", key="k4"), info)
    finder.inspect(item("mail e@example.com", own=False, key="k5"), info)
    finder.inspect(item("mail a@example.com", key="k1"), info)  # the same post from a second part
    summary = finder.summary()
    assert summary["total"] == 2
    assert [f.key for f in summary["findings"]] == ["k1", "k2"]
    assert summary["findings"][0].masked == "a•••@e•••.com"
    assert summary["findings"][0].url == "https://x.com/u/status/1"


def test_restricted_now_but_public_before_is_scanned():
    finder = SensitiveFinder(region="NL", today=TODAY)
    from dataclasses import replace
    finder.inspect(replace(item("mijn BSN 111222333", visibility=RESTRICTED), was_public=True))
    assert finder.summary()["counts"] == [(NATIONAL_ID, 1)]


def test_context_shows_the_words_around_with_every_value_masked():
    finder = SensitiveFinder(region="NL", today=TODAY)
    finder.inspect(item("Voor de inzameling: mijn IBAN is NL91 ABNA 0417 1643 00, en bel gerust "
                        "06-12345678 als er vragen zijn over het feest van zaterdag."))
    iban, phone = finder.summary()["findings"]
    assert iban.context == ("Voor de inzameling: mijn IBAN is NL•• •••• •••• •••• 00, en bel gerust "
                            "••-••••••78 als er…")
    assert phone.context.startswith("…NL•• •••• •••• •••• 00, en bel gerust ••-••••••78 als er")
    assert "0417" not in iban.context + phone.context and "12345678" not in iban.context + phone.context


def test_no_text_counts_without_values():
    finder = SensitiveFinder(region="NL", no_text=True, today=TODAY)
    finder.inspect(item("IBAN NL91ABNA0417164300, bel 0612345678"))
    summary = finder.summary()
    assert summary["counts"] == [(IBAN, 1), (PHONE, 1)]
    assert all(f.masked == "" and f.context == "" for f in summary["findings"])


def test_region_comes_from_the_export_when_not_given(monkeypatch):
    monkeypatch.setattr("ai_exposure.sensitive.locale_region", lambda: None)
    finder = SensitiveFinder(today=TODAY)
    finder.inspect(item("bel 020 794 6095", key="a"), SourceInfo("x", "X", region_hint="Nederland"))
    finder.inspect(item("bel 020 794 6095", key="b"), SourceInfo("x", "X"))
    assert finder.summary()["total"] == 1


def test_hostile_text_does_not_break_the_finder():
    finder = SensitiveFinder(region="NL", today=TODAY)
    finder.inspect(item("+" * 5000 + "0" * 5000 + "\x00\ud800" + "@" * 100))
    assert finder.summary()["total"] == 0


# ---------------------------------------------------------------- the prefilter loses nothing

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from ai_exposure import sensitive  # noqa: E402

# Pieces a post is made of: words, the values the detectors look for (valid and near misses), written
# with the separators people and phone apps use, links with digits in them, and bare digits and x's.
_VALUES = [
    "jan.de.vries@example.com", "a@b.co", "mail me @ home", "@lantern_maple",
    "+31 6 12345678", "06-12345678", "06 1234 5678", "(020) 123 4567", "+44 20 7946 0958",
    "0044 20 7946 0958", "+1 (415) 555-0132", "415.555.0132", "+49 30 901820", "030 901820",
    "+32 2 555 12 12", "0031612345678", "612345678", "+31612345678", "020x1234567", "06 x 1234 5678",
    "ext. 12", "x123", "12:30", "1/2/2024", "123456", "1481 123456", "123-456", "+683 4002",
    "NL91 ABNA 0417 1643 00", "NL91ABNA0417164300", "BE68539007547034", "GB82 WEST 1234 5698 7654 32",
    "4111 1111 1111 1111", "5500-0000-0000-0004", "BSN 111222333", "ssn 123-45-6789",
    "born 12 March 1985", "geboren op 3-4-1990", "date of birth: 1985-03-12", "birthday is July 4, 1976",
    "jarig op 14 februari 2001", "in 2024", "1985", "Kerkstraat 12", "Van Woustraat 12-3",
    "Lange Nieuwstraat 4a",
    "Dorpsweg 1", "221B Baker Street", "12 Oak Avenue", "1 Elm St.", "1012 AB Amsterdam", "2024 EK Finale",
    "https://t.co/b123450", "https://t.co/AbC1dEf2Gh", "https://t.co/0612345678",
    "https://example.com/0612345678",
    "https://example.com/p/669?tel=+31612345678", "wa.me/31612345678", "abc8005001234", "8005001234def",
    "%0612345678", "€0612345678", "x", "xxx", "X1", "0", "00", "7", "١٢٣٤٥٦٧٨٩", "０６１２３４５６７８",
]
_WORDS = ["call", "me", "at", "or", "op", "the", "Street", "straat", "born", "on", "tel", "(", ")", "-", "/",
          ".", ",", ":", "+", "#", "nr", "é", "ß"]
_SEPARATORS = ["", " ", "  ", "\n", "-", ".", "/", " - ", "x", "(", ")", "+", "\u00a0", "\u2010", "～"]
_REGIONS = [None, "NL", "US", "GB", "DE", "BE", "GG", "AR", "NU"]

_piece = st.one_of(st.sampled_from(_VALUES), st.sampled_from(_WORDS),
                   st.from_regex(r"[0-9xX]{1,12}", fullmatch=True),
                   st.text(alphabet="0123456789 -./()+x", max_size=16), st.text(max_size=4))
_text = st.lists(st.tuples(_piece, st.sampled_from(_SEPARATORS)), max_size=8).map(
    lambda parts: "".join(p + s for p, s in parts))


@pytest.mark.slow
@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_text, region=st.sampled_from(_REGIONS))
def test_prefilter_finds_what_the_full_scan_finds(text, region):
    assert scan(text, region, TODAY) == scan(text, region, TODAY, prefilter=False)


@settings(max_examples=400, deadline=None)
@given(text=st.text(max_size=60), region=st.sampled_from(_REGIONS))
def test_prefilter_on_any_text(text, region):
    assert scan(text, region, TODAY) == scan(text, region, TODAY, prefilter=False)


@pytest.mark.parametrize("text", [v for v in _VALUES] + [f"Bel {v} nu" for v in _VALUES])
@pytest.mark.parametrize("region", _REGIONS)
def test_prefilter_on_every_value(text, region):
    assert scan(text, region, TODAY) == scan(text, region, TODAY, prefilter=False)


def test_prefilter_skips_the_costly_detectors_for_plain_text_and_links():
    # The gates are what make the scan cheap: no phone matcher, birth-date or street pattern for a post
    # whose only digits are in a link, and no detector at all for a post without digits or '@'.
    def gated(text: str) -> list[str]:
        return [g.__name__ for g in sensitive._gated_detectors(text, "NL", TODAY)]

    assert gated("Otters play by the river") == []
    # A link's digits are no postcode (no two capitals after them) and no phone number of the region.
    assert gated("@otter: Otters play by the river https://t.co/b123450") == []
    assert gated("Bel 06 12345678") == ["find_numbers", "find_phones"]
    # No phone number of the region is made of 12 and 1985; no street or postcode either.
    assert gated("born 12 March 1985, mail a@b.co") == ["find_emails", "find_birth_dates"]
    assert gated("geboren 1-2-1990 ☺, NL91 ABNA 0417 1643 00") == [
        "find_ibans", "find_numbers", "find_birth_dates"]
    assert gated("Kerkstraat 12, 1012 AB Amsterdam, 221B Baker Street") == ["_find_addresses"]


def test_phone_gate_matches_the_phone_library():
    """The gate's figures come from phonenumbers: its separators, and the fewest digits a valid number of
    any region can be written with (shortest national number less the digits a prefix rule adds)."""
    import phonenumbers
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, PhoneMetadata, phonenumberutil

    assert sensitive._PHONE_PUNCTUATION == phonenumberutil._VALID_PUNCTUATION
    fewest = min(
        min(md.general_desc.possible_length or (99,))
        - len(re.sub(r"\\\d", "", md.national_prefix_transform_rule or ""))
        for cc, regions in COUNTRY_CODE_TO_REGION_CODE.items() for r in regions
        if (md := PhoneMetadata.metadata_for_region_or_calling_code(cc, r)) is not None)
    assert fewest >= sensitive.PHONE_MIN_DIGITS
    assert phonenumbers.is_valid_number(phonenumbers.parse("+31 6 12345678"))


def test_region_is_worked_out_once_per_source(monkeypatch):
    calls = []
    monkeypatch.setattr(sensitive, "locale_region", lambda: calls.append(1) or "NL")
    finder = SensitiveFinder(today=TODAY)
    info = SourceInfo(platform="x", label="X")
    for i in range(3):
        finder.inspect(Item(platform="x", kind="post", key=f"x:tweet:{i}",
                            created_at=datetime(2025, 1, 1, tzinfo=UTC), visibility=PUBLIC, evidence="e",
                            confidence=HIGH, source_file="f", text="Bel 06 12345678"), info)
    assert calls == [1]
    assert finder.counts[PHONE] == 3


@pytest.mark.parametrize("env, setting, region", [
    ({"LANG": "C.UTF-8"}, "C.UTF-8", None),  # Python's getlocale reads this as en_US: not the user's country
    ({"LANG": "nl_NL.UTF-8"}, "C.UTF-8", "NL"),  # said, though not installed (the process fell back to C)
    # Python sets LC_CTYPE so when LANG's locale is not installed:
    ({"LC_CTYPE": "C.UTF-8", "LANG": "nl_NL.UTF-8"}, "C.UTF-8", "NL"),
    ({"LC_ALL": "de_DE.UTF-8", "LANG": "nl_NL.UTF-8"}, "C", "DE"),  # LC_ALL first, as setlocale reads them
    ({"LC_ALL": "POSIX", "LANG": "C"}, "C", None),
    ({"LC_CTYPE": "de_DE@euro", "LANG": "C"}, "de_DE@euro", "DE"),
    ({"LANG": "nl"}, "C.UTF-8", "NL"),  # an alias
    ({"LANG": "en_GB.utf8"}, "en_GB.utf8", "GB"),
    ({}, "C", None),  # nothing in the environment: the process's own setting
    ({}, "fr_BE.UTF-8", "BE"),
    ({}, "English_United States.1252", None),  # a Windows name: no country code in it
])
def test_the_locale_gives_a_phone_region_only_when_it_names_a_country(monkeypatch, env, setting, region):
    import locale

    for name in ("LC_ALL", "LC_CTYPE", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)

    def setlocale(category, value=None):
        assert value is None  # only asked, never changed
        return setting

    monkeypatch.setattr(locale, "setlocale", setlocale)
    assert sensitive.locale_region() == region
