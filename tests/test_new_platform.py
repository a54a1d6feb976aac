"""Adding a platform is a parser module (with its platform-table entry and policy entries), a
registry line and tests: no core file changes. tests/fedisocial.py is such a module for a made-up
platform; here it runs through the whole pipeline, to report.html, snapshot.json, the history and a
comparison, and its items, label, colours, policy and alias appear in each. Anything in the core
that still kept its own list of platforms (item validation, policy validation, the report's order,
names or colours, the browser's platform index, compare's order, the aliases) fails here."""

from __future__ import annotations

import base64
import gzip
import importlib
import json
import sys
from datetime import date
from pathlib import Path

import pytest
from conftest import write_tree

from ai_exposure import comparison, history, platforms, policy, settings, snapshot
from ai_exposure.comparison import write_report
from ai_exposure.run import analyze
from ai_exposure.settings import UserSettings

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def fedisocial():
    """The parser module, imported as a registry would import it (its spec registers its platform),
    and taken out of the table afterwards so that other tests see the built-in table."""
    module = importlib.import_module("fedisocial")
    yield module
    platforms.unregister(module.NAME)
    sys.modules.pop("fedisocial", None)


def _statuses(*rows):
    return [{"id": i, "content": text, "published": when, "visibility": shown}
            for i, text, when, shown in rows]


def test_a_new_platform_needs_no_core_change(tmp_path: Path, fedisocial) -> None:
    name = fedisocial.NAME
    assert name not in {p.name for p in platforms.BUILTIN}
    # No file of the package names it: everything below comes from the parser module.
    package = ROOT / "src" / "ai_exposure"
    assert not [p for p in package.rglob("*") if p.is_file() and p.suffix in (".py", ".toml", ".css", ".j2")
                and name in p.read_text(encoding="utf-8", errors="replace").lower()]
    specs = {name: fedisocial.SPEC}
    user = UserSettings(lang="en", region="eu")
    hist = tmp_path / "history.sqlite"

    def run(folder: str, exported: str, rows):
        export = write_tree(tmp_path / folder, fedisocial.tree(exported, _statuses(*rows)))
        return analyze([export], tmp_path / f"out-{folder}", specs=specs, user=user,
                       on_result=lambda r: history.record_analysis(hist, r.analysis, {}, with_text=True))

    old = run("old", "2025-01-10T00:00:00Z", [
        ("1", "hello fediverse", "2024-07-01T10:00:00Z", "public"),
        ("2", "for my followers", "2024-08-01T10:00:00Z", "followers"),
        ("3", "made private later", "2024-09-01T10:00:00Z", "public"),
    ])
    run("new", "2025-06-10T00:00:00Z", [
        ("1", "hello fediverse", "2024-07-01T10:00:00Z", "public"),
        ("2", "for my followers", "2024-08-01T10:00:00Z", "public"),
        ("3", "made private later", "2024-09-01T10:00:00Z", "followers"),
        ("4", "a new one", "2025-05-01T10:00:00Z", "public"),
    ])

    # snapshot.json: the items, classified, and the platform's own policy applied (public posts
    # after its training start are likely used; followers-only ones are not).
    items = {i["key"]: i for i in snapshot.load(old.snapshot)["items"]}
    assert {i["platform"] for i in items.values()} == {name}
    assert [(k, i["visibility"], i["ai_training"]) for k, i in sorted(items.items())] == [
        (f"{name}:status:1", "public", "likely"),
        (f"{name}:status:2", "restricted", "unlikely"),
        (f"{name}:status:3", "public", "likely"),
    ]
    assert snapshot.load(old.snapshot)["sources"][0]["platform"] == name

    # report.html: its section with its label, its colours from the table, its policy's words.
    html = old.report.read_text(encoding="utf-8")
    heading = (f'<h3 id="h-{name}"><span class="dot pf-{name}" aria-hidden="true"></span>'
               f'{fedisocial.LABEL}</h3>')
    assert heading in html
    assert f"--pf-{name}:{fedisocial.COLOUR};" in html and f"--pf-{name}:{fedisocial.COLOUR_DARK};" in html
    assert f".s-pf-{name} {{ fill: var(--pf-{name}); }}" in html
    assert "Public statuses, for training FediSocial&#39;s own models." in html or \
        "Public statuses, for training FediSocial's own models." in html
    # The item browser's data indexes the platform in the table the page's script reads.
    labels = json.loads(html.split('id="ai-exposure-labels">', 1)[1].split("</script>", 1)[0])
    assert labels["model"]["platforms"][-1] == name
    assert labels["labels"]["platforms"][name] == fedisocial.LABEL
    packed = html.split('id="ai-exposure-items" data-encoding="gzip+base64">', 1)[1].split("</script>", 1)[0]
    rows = json.loads(gzip.decompress(base64.b64decode(packed)))["rows"]
    assert rows and {labels["model"]["platforms"][r[0]] for r in rows} == {name}

    # The history and a comparison between the two runs.
    runs = history.list_runs(hist)
    assert [[a.platform for a in r.accounts] for r in runs] == [[name], [name]]
    before, after = history.latest_pair(hist)
    result = comparison.compare(history.load_side(hist, before), history.load_side(hist, after))
    data = result.as_json()[name]
    assert sorted(c["key"] for c in data["items"]["newly_public"]) == [f"{name}:status:2"]
    assert sorted(c["key"] for c in data["items"]["newly_restricted"]) == [f"{name}:status:3"]
    assert sorted(c["key"] for c in data["items"]["added"]) == [f"{name}:status:4"]
    page = write_report(result, {}, tmp_path / "compare.html").read_text(encoding="utf-8")
    assert fedisocial.LABEL in page and f"--pf-{name}:{fedisocial.COLOUR};" in page

    # Its alias on the command line, and its policy in the knowledge base.
    assert settings.parse_opted_out("fedi=2025-02-01") == {name: date(2025, 2, 1)}
    assert policy.load().policy_for(name, "eu").facts["status"].value == "active"


def test_a_platform_without_policy_entries_is_refused(fedisocial) -> None:
    """Every platform in the table needs a policy in every region: one registered without its
    entries makes the knowledge base fail to load, loudly, instead of going unassessed."""
    bare = platforms.Platform("bareplatform", "Bare", "#123456", "#654321")
    platforms.register(bare)
    try:
        with pytest.raises(policy.PolicyError, match="no entry for bareplatform in eu"):
            policy.load()
    finally:
        platforms.unregister("bareplatform")
    assert policy.load().policy_for("bareplatform", "eu") is None


def test_the_table_refuses_what_would_break_css_or_sql() -> None:
    with pytest.raises(ValueError):
        platforms.Platform("Bad Name", "Bad", "#000000", "#ffffff")
    with pytest.raises(ValueError):
        platforms.Platform("ok", "Ok", "red;}body{", "#ffffff")
    with pytest.raises(ValueError):  # an alias another platform has
        platforms.register(platforms.Platform("other", "Other", aliases=("twitter",)))
    with pytest.raises(ValueError):  # a built-in name, differently
        platforms.register(platforms.Platform("x", "Not X"))
    assert not platforms.known("other")
