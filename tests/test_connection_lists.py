"""One rule for connection lists on every platform (model.connection_visibility): public where the
platform shows the list to everyone, restricted where it shows it to connections or followers only,
or to nobody but the user, unknown where the download does not say. Checked on every bundled sample."""

from __future__ import annotations

import json
from collections import defaultdict

from conftest import SAMPLES

from ai_exposure.model import (
    CONNECTIONS_ONLY,
    EVERYONE,
    NOT_SAID,
    ONLY_YOU,
    PUBLIC,
    RESTRICTED,
    UNKNOWN,
    connection_visibility,
)
from ai_exposure.run import analyze


def test_the_rule():
    assert connection_visibility(EVERYONE) == PUBLIC
    assert connection_visibility(CONNECTIONS_ONLY) == RESTRICTED
    assert connection_visibility(ONLY_YOU) == RESTRICTED
    assert connection_visibility(NOT_SAID) == UNKNOWN


# Who each platform shows its lists to, as the platforms document it:
# X: on the profile, to everyone unless the account is protected. Instagram: to everyone on a public
# account, to followers on a private one; close friends only to you. LinkedIn: connections to your
# connections at most; invitations only to you. YouTube: subscriptions private by default. Facebook:
# an audience of its own the download does not export. Reddit: subscribed communities only to you.
# Bluesky: follows and blocks are public records of the repository.
ALLOWED = {
    "reddit": {RESTRICTED},
    "bluesky": {PUBLIC},
    "x": {PUBLIC, RESTRICTED},
    "instagram": {PUBLIC, RESTRICTED, UNKNOWN},
    "linkedin": {RESTRICTED},
    "youtube": {RESTRICTED},
    "facebook": {UNKNOWN},
    "threads": {PUBLIC, RESTRICTED, UNKNOWN},
}


def test_every_samples_connection_lists_follow_the_rule(tmp_path):
    trees = sorted(p for p in SAMPLES.glob("*/*") if p.is_dir() and p.parent.name != "build")
    result = analyze(trees, tmp_path / "out")
    items = json.loads(result.snapshot.read_text(encoding="utf-8"))["items"]
    seen: dict[str, set[str]] = defaultdict(set)
    for item in items:
        if item["kind"] == "connection":
            seen[item["platform"]].add(item["visibility"])
            # What decided it is said, and never counted in the headline (see test_report).
            assert item["evidence"]
    assert {"x", "instagram", "linkedin", "youtube", "facebook"} <= set(seen)
    for platform, visibilities in seen.items():
        assert visibilities <= ALLOWED[platform], (platform, visibilities)
    # The X samples hold a public account's lists: shown to everyone.
    assert PUBLIC in seen["x"]
