"""The sensitive-data finder: true positives with their masks, and near misses that must not be found
(numbers failing their checksum, dates that are not birth dates, words that look like streets)."""

from __future__ import annotations

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
