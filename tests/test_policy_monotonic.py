"""Eligibility never rises as visibility falls: for every platform, region, kind and audience in the
knowledge base, an item is never more likely used for AI training than the same item seen by more
people. A property over the policy engine (pure), checked exhaustively on the bundled policies and
with hypothesis on the item's other fields."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from ai_exposure import policy
from ai_exposure.model import HIGH, KINDS, PUBLIC, RESTRICTED, UNKNOWN, Item

KB = policy.load()
RANK = {"unlikely": 0, "possible": 1, "likely": 2}
# Visibility from narrow to wide.
WIDENING = (RESTRICTED, UNKNOWN, PUBLIC)
# Chats with a platform's own AI (Meta AI, Grok) are given to the platform, whoever else sees them:
# not a narrower audience of the same item, so they are not compared with public items.
GIVEN_TO_THE_PLATFORM = {"meta_ai", "grok"}
# Every audience the parsers write, and any the knowledge base names.
AUDIENCES = sorted({"", "profile", "contact", "dm", "group", "circle", "community", "event", "album",
                    "page", "liked", "blog", "periscope"}
                   | {a for p in KB.policies.values() for r in p.scope for a in r.audiences})
SOCIAL = [a for a in AUDIENCES if a not in GIVEN_TO_THE_PLATFORM]
POLICIES = sorted(KB.policies.items())


def level(rules, platform, kind, audience, visibility, *, own=True, was_public=None, created=None,
          opt_out=None, birth=None, today=date(2026, 12, 7)) -> int:
    item = Item(platform, kind, f"{platform}:{kind}:k", created, visibility, "e", HIGH, "f",
                audience=audience, own=own, was_public=was_public)
    return RANK[policy.eligibility(item, rules, opt_out, birth, today).level]


def cases():
    for (platform, region), rules in POLICIES:
        for kind in KINDS:
            for audience in AUDIENCES:
                yield platform, region, rules, kind, audience


def test_wider_visibility_is_never_less_eligible_for_the_same_audience():
    bad = []
    for platform, region, rules, kind, audience in cases():
        for was_public in (None, False, True):
            levels = [level(rules, platform, kind, audience, v, was_public=was_public) for v in WIDENING]
            if levels != sorted(levels):
                bad.append((platform, region, kind, audience, was_public, levels))
    assert bad == []


def test_a_narrower_audience_is_never_more_eligible_than_the_public_item():
    """A reaction in a group, a post to a circle, a contact field: never more eligible than the same
    kind posted for everyone. Messages have no public form: a direct message is compared with a
    message to a group instead."""
    bad = []
    for platform, region, rules, kind, audience in cases():
        if audience not in SOCIAL:
            continue
        if kind == "message":
            wider = [level(rules, platform, kind, "group", v) for v in WIDENING]
            if audience == "dm":
                mine = [level(rules, platform, kind, "dm", v) for v in WIDENING]
                if any(m > w for m, w in zip(mine, wider, strict=True)):
                    bad.append((platform, region, kind, audience, mine, wider))
            continue
        public = level(rules, platform, kind, "", PUBLIC)
        for v in WIDENING:
            if level(rules, platform, kind, audience, v) > public:
                bad.append((platform, region, kind, audience, v, public))
    assert bad == []


def test_the_property_can_fail():
    """The check above finds a policy where a group's content is in scope whatever its kind."""
    group_any = policy.ScopeRule(kinds=frozenset(), audiences=frozenset({"group"}), visibility="any",
                                 sources=())
    (platform, _), rules = next((k, p) for k, p in POLICIES if k[0] == "linkedin")
    loose = replace(rules, scope=(*rules.scope, group_any))
    assert level(loose, platform, "reaction", "group", RESTRICTED) > \
        level(loose, platform, "reaction", "", PUBLIC)


@settings(max_examples=300, deadline=None)
@given(
    policy_index=st.integers(0, len(POLICIES) - 1),
    kind=st.sampled_from(KINDS),
    audience=st.sampled_from(SOCIAL),
    own=st.booleans(),
    was_public=st.sampled_from([None, False, True]),
    created=st.one_of(st.none(), st.datetimes(min_value=datetime(2005, 1, 1),
                                              max_value=datetime(2026, 12, 1), timezones=st.just(UTC))),
    opted=st.one_of(st.none(), st.builds(policy.OptOut, st.one_of(
        st.none(), st.dates(min_value=date(2020, 1, 1), max_value=date(2026, 12, 1))))),
    birth_year=st.one_of(st.none(), st.integers(1950, 2015)),
)
def test_with_any_date_opt_out_and_age(policy_index, kind, audience, own, was_public, created, opted,
                                       birth_year):
    (platform, _), rules = POLICIES[policy_index]
    birth = policy.Birth(birth_year) if birth_year else None
    common = dict(own=own, was_public=was_public, created=created, opt_out=opted, birth=birth)
    levels = [level(rules, platform, kind, audience, v, **common) for v in WIDENING]
    assert levels == sorted(levels)
    if kind != "message":
        assert levels[-1] <= level(rules, platform, kind, "", PUBLIC, **common)
