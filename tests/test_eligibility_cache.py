"""The run's assessor decides each case once; a cached answer must equal a fresh decision."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from ai_exposure.eligibility import Assessor
from ai_exposure.model import CONFIDENCES, KINDS, PLATFORMS, VISIBILITIES, Item, SourceInfo
from ai_exposure.settings import UserSettings

INFOS = [
    SourceInfo(platform="x", label="X"),
    SourceInfo(platform="linkedin", label="LinkedIn", region_hint="Lyon, France",
               region_hint_evidence="Profile.csv: Geo Location", birth_date="Mar 5"),
    SourceInfo(platform="instagram", label="Instagram", region_hint="United States",
               region_hint_evidence="account_based_in.json", birth_date="2009-04-01"),
]

items = st.builds(
    Item,
    platform=st.sampled_from(PLATFORMS),
    kind=st.sampled_from(KINDS),
    key=st.just("k"),
    created_at=st.none() | st.datetimes(min_value=datetime(2003, 1, 1), max_value=datetime(2026, 12, 31),
                                        timezones=st.just(UTC)),
    visibility=st.sampled_from(VISIBILITIES),
    evidence=st.just("e"),
    confidence=st.sampled_from(CONFIDENCES),
    source_file=st.just("f"),
    audience=st.sampled_from(["", "group", "dm", "circle", "meta_ai", "community"]),
    was_public=st.sampled_from([None, True, False]),
    own=st.booleans(),
)


@settings(max_examples=400, deadline=None)
@given(batch=st.lists(st.tuples(items, st.sampled_from(INFOS)), min_size=1, max_size=30))
def test_cached_verdicts_equal_fresh_ones(batch):
    user = UserSettings(lang="en", opted_out={"linkedin": date(2025, 10, 1), "instagram": None})
    cached = Assessor(user, today=date(2026, 11, 29))
    for item, info in batch:
        fresh = Assessor(user, today=date(2026, 11, 29))
        assert cached(item, info) == fresh._decide(item, info)
