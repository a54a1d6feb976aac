"""Policies that stay current: the `policies` command, a user's knowledge base replacing the packaged one
(validated whole, one line naming a bad entry), what a run records about the knowledge base it used,
the age notice, and compare saying why an item's eligibility changed."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from importlib import resources
from pathlib import Path

import pytest
from typer.testing import CliRunner

import ai_exposure
from ai_exposure import platforms, policy, snapshot
from ai_exposure.cli import app
from ai_exposure.comparison import compare, eligibility_cause, item_cause, side_from_snapshot
from ai_exposure.run import analyze
from ai_exposure.settings import UserSettings

X_SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "x" / "2024"
PACKAGED = resources.files("ai_exposure").joinpath("policies.toml").read_text(encoding="utf-8")
X_US_ACTIVE = 'regions = ["us", "other"]\nstatus = { value = "active", sources = ["X1", "X2"] }'


@pytest.fixture(autouse=True)
def english(monkeypatch):
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def corrected(tmp_path: Path, name: str = "policies.toml") -> Path:
    """A user's correction of the packaged file: X no longer trains on posts from the US (same as_of)."""
    assert PACKAGED.count(X_US_ACTIVE) == 1
    path = tmp_path / name
    path.write_text(PACKAGED.replace(X_US_ACTIVE, X_US_ACTIVE.replace('"active"', '"none"')),
                    encoding="utf-8")
    return path


def config_folder() -> Path:
    return policy.user_file().parent


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


# ------------------------------------------------------------------------------------ the command

def test_policies_command_lists_the_rules_with_dates_and_sources():
    result = invoke("policies", "--platform", "linkedin", "--region", "uk", "--lang", "en")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("AI-training policies as of 21 August 2026 (compiled 6 December 2026), the file "
                          "shipped with ai-exposure; SHA-256 ")
    assert "\nLinkedIn: the United Kingdom\n" in out
    assert "  Since: 3 November 2025 [L20, LA2]" in out
    assert "Microsoft for Microsoft's own AI training" in out and "[LA1, LA2]" in out
    assert "  How to opt out: a setting you can switch off [L1]" in out
    assert "\nSources:\n" in out
    assert "  LA1  21 August 2026  [official]  LinkedIn European Regional Privacy Notice" in out
    assert out.count("\nLinkedIn: ") == 1 and "\nFacebook" not in out  # only what was asked for
    dutch = invoke("policies", "--platform", "linkedin", "--region", "uk", "--lang", "nl").stdout
    assert "AI-trainingsbeleid per 21 augustus 2026" in dutch
    assert "\nLinkedIn: het Verenigd Koninkrijk\n" in dutch
    assert "  Sinds: 3 november 2025 [L20, LA2]" in dutch
    assert "Microsoft voor de eigen AI-training van Microsoft" in dutch and "\nBronnen:\n" in dutch


def test_regions_with_the_same_rules_are_shown_together():
    out = invoke("policies", "--platform", "linkedin").stdout
    assert "\nLinkedIn: the EU, the EEA (Norway, Iceland, Liechtenstein), Switzerland\n" in out
    assert "\nLinkedIn: the United Kingdom\n" in out


def test_policies_json_for_scripts():
    result = invoke("policies", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["as_of"] == "2026-08-21" and data["origin"] == "bundled"
    assert data["sha256"] == hashlib.sha256(PACKAGED.encode("utf-8")).hexdigest()
    # Every platform of the table (those parser modules bring included) in every region, once.
    pairs = [(e["platform"], e["region"]) for e in data["policies"]]
    assert sorted(pairs) == sorted((p, r) for p in platforms.names() for r in policy.REGIONS)
    entry = next(e for e in data["policies"] if (e["platform"], e["region"]) == ("linkedin", "uk"))
    assert entry["facts"]["training_start"] == {"value": "2025-11-03", "text": None, "confirmed": True,
                                                "note": None, "sources": ["L20", "LA2"]}
    assert entry["facts"]["opt_out"]["value"] == "toggle"
    assert any("Microsoft" in n["text"] and n["sources"] == ["LA1", "LA2"] for n in entry["notes"])
    assert data["sources"]["LA2"] == {
        "title": "LinkedIn European Regional Privacy Notice, effective 3 November 2025 (archived copy, "
                 "recorded 2025-11-04)",
        "url": "https://github.com/OpenTermsArchive/pga-versions/blob/bc7d59e9d4f6f5e3b2927e9c0ec82f7283d3a9b8"
               "/LinkedIn/Privacy%20Policy.md", "date": "2025-11-03", "approx": None, "tier": "official"}
    threads = next(e for e in data["policies"] if (e["platform"], e["region"]) == ("threads", "eu"))
    status = threads["facts"]["status"]
    assert status["value"] == "active" and status["confirmed"] is False  # inferred for Threads
    # Texts follow --lang; values and keys do not.
    nl = json.loads(invoke("policies", "--json", "--lang", "nl").stdout)
    assert nl["policies"][0]["facts"]["uses"]["text"] != data["policies"][0]["facts"]["uses"]["text"]
    assert [e["facts"]["status"]["value"] for e in nl["policies"]] == \
        [e["facts"]["status"]["value"] for e in data["policies"]]


# ------------------------------------------------------------------------- a user's knowledge base

def test_a_file_in_the_config_folder_replaces_the_packaged_one_and_policies_wins(tmp_path):
    mine = corrected(config_folder())
    data = json.loads(invoke("policies", "--json", "--platform", "x", "--region", "us").stdout)
    assert data["origin"] == str(mine)
    assert data["sha256"] == hashlib.sha256(mine.read_bytes()).hexdigest() != policy.load().sha256
    assert data["policies"][0]["facts"]["status"]["value"] == "none"
    named = tmp_path / "named.toml"
    named.write_text(PACKAGED, encoding="utf-8")
    data = json.loads(invoke("policies", "--json", "--policies", str(named)).stdout)
    assert data["origin"] == str(named) and data["sha256"] == policy.load().sha256
    assert policy.resolve().origin == str(mine) and policy.resolve(named).origin == str(named)


@pytest.mark.parametrize(("change", "message"), [
    (('opt_out = { value = "form", sources = ["M4"] }', 'opt_out = { value = "maybe", sources = ["M4"] }'),
     "policies.meta.regions[1].opt_out: opt_out must be one of toggle, form, none, unconfirmed"),
    (('training_start = { value = 2025-05-27, sources = ["M3"] }',
      'training_start = { value = 2025-05-27, sources = ["M33"] }'),
     "policies.meta.regions[1].training_start: unknown source 'M33'"),
    (('regions = ["us", "other"]\nstatus = { value = "active", sources = ["X1", "X2"] }',
      'regions = ["us"]\nstatus = { value = "active", sources = ["X1", "X2"] }'),
     "no entry for x in other"),
    (("schema = 1", "schema = 1\nschema = 2"), "not valid TOML"),
])
def test_a_bad_file_is_refused_whole_with_one_line_naming_the_entry(tmp_path, change, message):
    old, new = change
    assert old in PACKAGED
    bad = tmp_path / "bad.toml"
    bad.write_text(PACKAGED.replace(old, new, 1), encoding="utf-8")
    for args in (["policies", "--policies", str(bad)],
                 ["analyze", str(X_SAMPLE), "--out", str(tmp_path / "out"), "-q", "--policies", str(bad)]):
        result = invoke(*args)
        assert result.exit_code == 2
        lines = result.output.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"Error: {bad}: "), lines
        assert message in lines[0]
    assert not (tmp_path / "out").exists()  # nothing was written with half a knowledge base


def test_a_bad_file_in_the_config_folder_stops_the_run_too(tmp_path):
    mine = config_folder() / "policies.toml"
    mine.parent.mkdir(parents=True, exist_ok=True)
    mine.write_bytes(b"\xff\xfe not text")
    result = invoke("analyze", str(X_SAMPLE), "--out", str(tmp_path / "out"), "-q")
    assert result.exit_code == 2 and result.output == f"Error: {mine}: not UTF-8 text\n"
    assert not (tmp_path / "out").exists()


def test_the_check_command_lists_every_problem(tmp_path, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text(PACKAGED.replace('sources = ["M4"] }', 'sources = ["M44"] }'), encoding="utf-8")
    assert policy.main([str(bad)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"{bad}:" and len(err) == 1 + PACKAGED.count('sources = ["M4"] }')
    assert all("unknown source 'M44'" in line for line in err[1:])


# ------------------------------------------------------------------ what a run records, and the age

def test_the_snapshot_and_report_record_the_knowledge_base_used(tmp_path):
    packaged = analyze([X_SAMPLE], tmp_path / "a", user=UserSettings(lang="en", region="us"),
                       today=date(2026, 12, 7))
    settings = snapshot.load(packaged.snapshot)["settings"]
    assert settings["policy_as_of"] == "2026-08-21"
    assert settings["policy_sha256"] == hashlib.sha256(PACKAGED.encode("utf-8")).hexdigest()
    assert settings["policy_origin"] == "bundled"
    html = packaged.report.read_text(encoding="utf-8")
    assert "AI-training policies as of 21 August 2026." in html and "your own policies file" not in html
    assert f"Policy file SHA-256: {settings['policy_sha256'][:16]}." in html
    kb = policy.load_file(corrected(tmp_path))
    mine = analyze([X_SAMPLE], tmp_path / "b", user=UserSettings(lang="en", region="us"), policies=kb,
                   today=date(2026, 12, 7))
    settings = snapshot.load(mine.snapshot)["settings"]
    assert settings["policy_sha256"] == kb.sha256 != policy.load().sha256
    assert settings["policy_origin"] == "user file"
    assert str(tmp_path) not in mine.snapshot.read_text(encoding="utf-8")  # the path is the user's
    assert "They come from your own policies file" in mine.report.read_text(encoding="utf-8")


def test_the_history_keeps_which_knowledge_base_a_run_used():
    from ai_exposure.history import minimal_settings

    kept = minimal_settings({"policy_as_of": "2026-08-21", "policy_sha256": "ab" * 32, "birth_year": 1990})
    assert kept == {"policy_as_of": "2026-08-21", "policy_sha256": "ab" * 32}


def test_the_age_of_the_knowledge_base_on_the_days_around_nine_months():
    kb = policy.load()
    assert kb.as_of == date(2026, 8, 21)
    assert not policy.is_stale(kb, date(2027, 5, 21)) and policy.age_notice(kb, date(2026, 12, 7)) is None
    assert policy.is_stale(kb, date(2027, 5, 22))
    old = policy.load_text(PACKAGED.replace("as_of = 2026-08-21", "as_of = 2025-01-31"))
    assert not policy.is_stale(old, date(2025, 10, 31)) and policy.is_stale(old, date(2025, 11, 1))


def test_an_old_knowledge_base_is_said_in_the_report_and_the_summary(tmp_path):
    user = UserSettings(lang="nl", region="us")
    fresh = analyze([X_SAMPLE], tmp_path / "fresh", user=user, today=date(2026, 12, 7))
    assert fresh.policy_notice is None
    assert "policy-age" not in fresh.report.read_text(encoding="utf-8")
    with ai_exposure.analyze([X_SAMPLE], region="us", lang="nl", today=date(2026, 12, 7)) as analysis:
        assert "! " not in analysis.summary()
    old = analyze([X_SAMPLE], tmp_path / "old", user=user, today=date(2027, 6, 1))
    html = old.report.read_text(encoding="utf-8")
    assert '<p class="notice policy-age" role="note">De feiten over het AI-trainingsbeleid dateren van ' \
           '21 augustus 2026, 9 maanden voor deze analyse' in html
    assert "policies.toml naast settings.toml in je configuratiemap" in html
    assert old.policy_notice is not None
    with ai_exposure.analyze([X_SAMPLE], region="us", lang="nl", today=date(2027, 6, 1)) as analysis:
        summary = analysis.summary()
        english = analysis.summary("en")
    assert "! De feiten over het AI-trainingsbeleid dateren van 21 augustus 2026, 9 maanden voor deze " \
           "analyse" in summary
    assert "The AI-training policy facts date from 2026-08-21, 9 months before this run" in english


# --------------------------------------------------------------------- compare: why it changed

def test_compare_attributes_a_changed_eligibility_to_the_policy_change(tmp_path):
    user = UserSettings(lang="en", region="us")
    before = analyze([X_SAMPLE], tmp_path / "a", user=user, today=date(2026, 12, 7))
    after = analyze([X_SAMPLE], tmp_path / "b", user=user, today=date(2026, 12, 7),
                    policies=policy.load_file(corrected(tmp_path)))
    result = invoke("compare", str(before.snapshot), str(after.snapshot), "--json")
    assert result.exit_code == 0, result.output
    x = json.loads(result.stdout)["x"]
    changed = x["items"]["eligibility_changed"]
    assert x["eligibility_changed"] > 0 and changed
    assert x["eligibility_changed_by"] == {"policy change": x["eligibility_changed"]}
    assert all(c["cause"] == "policy change" and c["after"]["ai_training"] == "unlikely" for c in changed)
    report = tmp_path / "compare.html"
    assert invoke("compare", str(before.snapshot), str(after.snapshot), "--out", str(report)).exit_code == 0
    assert "<td>policy change</td>" in report.read_text(encoding="utf-8")
    invoke("compare", str(before.snapshot), str(after.snapshot), "--out", str(report), "--lang", "nl")
    assert "<td>beleid gewijzigd</td>" in report.read_text(encoding="utf-8")


def _side(settings, items, label):
    return side_from_snapshot({"settings": settings, "sources": [{"id": 1, "platform": "x", "account": "t"}],
                               "items": [{"key": k, "platform": "x", "kind": "post", "visibility": v,
                                          "ai_training": a, "source": 1} for k, v, a in items]}, label)


@pytest.mark.parametrize(("old", "new", "cause"), [
    ({"policy_as_of": "2025-12-09", "policy_sha256": "aa"}, {"policy_as_of": "2026-08-21",
                                                            "policy_sha256": "bb"}, "policy change"),
    ({"policy_as_of": "2026-08-21", "policy_sha256": "aa"}, {"policy_as_of": "2026-08-21",
                                                            "policy_sha256": "bb"}, "policy change"),
    ({"policy_as_of": "2026-08-21", "policy_sha256": "aa"}, {"policy_as_of": "2026-08-21",
                                                            "policy_sha256": "aa"}, "other"),
    ({"policy_as_of": "2026-08-21"}, {"policy_as_of": "2026-08-21"}, "other"),
    ({}, {}, "policy change"),  # runs that recorded nothing about their rules: it cannot be ruled out
    ({"policy_as_of": "2025-12-09"}, {"policy_as_of": "2026-08-21", "opted_out": {"x": "2026-01-05"}},
     "opt-out"),
    ({"region": "eu"}, {"region": "us"}, "region changed"),
])
def test_the_cause_per_item(old, new, cause):
    result = compare(_side(old, [("x:1", "public", "likely"), ("x:2", "restricted", "unlikely"),
                                 ("x:3", "public", "likely")], "old"),
                     _side(new, [("x:1", "public", "possible"), ("x:2", "public", "likely"),
                                 ("x:3", "public", "likely")], "new"))
    x = result.as_json()["x"]
    assert {c["key"]: c["cause"] for c in x["items"]["eligibility_changed"]} == \
        {"x:1": cause, "x:2": "visibility change"}
    assert x["eligibility_changed_by"] == dict(sorted({cause: 1, "visibility change": 1}.items()))
    assert eligibility_cause("x", old, new) == cause
    assert item_cause("public", "public", cause) == cause


def test_the_readmes_worked_example_is_a_valid_correction():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    example = readme.split("```toml\n", 1)[1].split("```", 1)[0]
    assert PACKAGED.count('regions = ["uk", "ch"]') == 1
    kb = policy.load_text(PACKAGED.replace('regions = ["uk", "ch"]', 'regions = ["ch"]') + example)
    uk, ch = kb.policy_for("x", "uk"), kb.policy_for("x", "ch")
    assert uk.status == "none" and uk.fact("status").sources == ("X20",) and ch.status == "unconfirmed"
    assert kb.sources["X20"].date == date(2027, 3, 1)
    from ai_exposure.model import HIGH, PUBLIC, Item

    post = Item(platform="x", kind="post", key="x:post:1", created_at=None, visibility=PUBLIC,
                evidence="test", confidence=HIGH, source_file="f")
    assert policy.eligibility(post, uk).level == "unlikely"
    assert policy.eligibility(post, ch).level == "possible"


def test_a_users_file_keeps_the_entries_a_parser_module_brings(tmp_path):
    """A parser module that brings its own platform brings its policy entries too: a user's file
    replaces policies.toml, not those."""
    import importlib
    import sys

    from ai_exposure import platforms, policy_table

    module = importlib.import_module("fedisocial")
    try:
        kb = policy.load_file(corrected(tmp_path))
        assert kb.policy_for(module.NAME, "eu") is not None
        assert kb.policy_for("x", "us").status == "none"
        data = policy_table.table(kb, "en")
        assert {e["region"] for e in data["policies"] if e["platform"] == module.NAME} == set(policy.REGIONS)
    finally:
        platforms.unregister(module.NAME)
        sys.modules.pop("fedisocial", None)
