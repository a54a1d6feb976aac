"""The run's assessor decides each case once; a cached answer must equal a fresh decision."""

from __future__ import annotations

import itertools
import random
from datetime import UTC, date, datetime

from ai_exposure.eligibility import Assessor
from ai_exposure.model import KINDS, PLATFORMS, VISIBILITIES, Item, SourceInfo
from ai_exposure.settings import UserSettings

INFOS = [
    SourceInfo(platform="x", label="X"),
    SourceInfo(platform="linkedin", label="LinkedIn", region_hint="United States",
               region_hint_evidence="Profile.csv: Geo Location", birth_date="2009-04-01"),
]
# Around the policy and opt-out dates, two times on each day (the cache works by the day).
DATES = [None] + [datetime(y, m, d, h, tzinfo=UTC) for (y, m, d) in
                  ((2020, 1, 1), (2025, 9, 30), (2025, 10, 2), (2025, 11, 4)) for h in (0, 23)]


def test_cached_verdicts_equal_fresh_ones_in_every_case():
    user = UserSettings(lang="en", opted_out={"linkedin": date(2025, 10, 1), "instagram": None})
    cases = [
        (Item(platform, kind, "k", created, visibility, "e", "high", "f", audience=audience,
              was_public=was_public, own=own), info)
        for platform, kind, visibility, audience, was_public, own, created, info in itertools.product(
            PLATFORMS, KINDS, VISIBILITIES, ("", "group", "meta_ai"), (None, True), (True, False),
            DATES, INFOS)
    ]
    random.Random(7).shuffle(cases)  # so that every case follows others that share part of it
    cached = Assessor(user, today=date(2026, 11, 29))
    fresh = Assessor(user, today=date(2026, 11, 29))
    mismatches = [(i, info.label) for i, info in cases if cached(i, info) != fresh._decide(i, info)]
    assert mismatches == []
    assert len(cached._verdicts) < len(cases)  # the cache was used: some cases were decided once
