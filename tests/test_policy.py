"""The policy knowledge base (policies.toml), the eligibility rule, and the user's settings."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from ai_exposure import platforms, policy
from ai_exposure.eligibility import Assessor, ai_training, render_reason
from ai_exposure.i18n import Text
from ai_exposure.model import HIGH, PLATFORMS, PUBLIC, RESTRICTED, UNKNOWN, Item, SourceInfo
from ai_exposure.policy import Birth, OptOut, PolicyError, eligibility, load, load_text
from ai_exposure.settings import (
    SettingsError,
    UserSettings,
    birth_from,
    choose_region,
    dumps,
    from_options,
    load_file,
    parse_opted_out,
    region_from_text,
    save_file,
)

KB = load()
TODAY = date(2026, 11, 29)


def item(platform="linkedin", kind="post", created="2020-05-01", visibility=PUBLIC, audience="",
         was_public=None, own=True) -> Item:
    when = datetime.fromisoformat(created).replace(tzinfo=UTC) if created else None
    return Item(platform=platform, kind=kind, key=f"{platform}:{kind}:1", created_at=when,
                visibility=visibility, evidence="test", confidence=HIGH, source_file="f",
                audience=audience, was_public=was_public, own=own)


# -------------------------------------------------------------------------------- eligibility rules

D = date.fromisoformat

# (case, platform, region, item fields, opt-out, birth, expected level, words in the English reason)
CASES = [
    # LinkedIn in Europe: from 3 Nov 2025, older content included, opt-out before the start keeps it out.
    ("eu public post", "linkedin", "eu", {}, None, None, "likely", "public post"),
    ("eu opt-out before start", "linkedin", "eu", {}, OptOut(D("2025-10-01")), None, "unlikely",
     "before training started in the EU on 3 November 2025"),
    ("eu opt-out after start, after creation", "linkedin", "eu", {}, OptOut(D("2025-12-01")), None,
     "possible", "after this was made"),
    ("eu made after the opt-out", "linkedin", "eu", {"created": "2026-01-05"}, OptOut(D("2025-12-01")),
     None, "unlikely", "made after you opted out on 1 December 2025"),
    ("eu opt-out without a date", "linkedin", "eu", {}, OptOut(None), None, "possible",
     "date not given"),
    ("uk follows the same date", "linkedin", "uk", {}, OptOut(D("2025-11-02")), None, "unlikely",
     "before training started"),
    ("ch opt-out on the start day", "linkedin", "ch", {}, OptOut(D("2025-11-03")), None, "possible",
     "after this was made"),
    # LinkedIn elsewhere: the first training date is unconfirmed, so an early opt-out is not decisive.
    ("us opt-out before the unconfirmed start", "linkedin", "us", {}, OptOut(D("2024-08-01")), None,
     "possible", "unconfirmed"),
    ("us no opt-out", "linkedin", "other", {}, None, None, "likely", "public post"),
    # Scope: kind × audience.
    ("unknown visibility", "linkedin", "eu", {"visibility": UNKNOWN}, None, None, "possible",
     "visibility unknown"),
    ("private message", "linkedin", "eu", {"kind": "message", "visibility": RESTRICTED,
                                           "audience": "dm"}, None, None, "unlikely", "private messages"),
    ("group post, not public", "linkedin", "eu", {"visibility": RESTRICTED, "audience": "group"}, None,
     None, "likely", "whatever its visibility"),
    ("group message", "linkedin", "eu", {"kind": "message", "visibility": RESTRICTED,
                                         "audience": "group"}, None, None, "likely", "whatever"),
    ("profile data, not public", "linkedin", "eu", {"kind": "profile", "visibility": RESTRICTED,
                                                    "created": ""}, None, None, "likely", "profile data"),
    ("connections-only post", "linkedin", "eu", {"visibility": RESTRICTED}, None, None, "possible",
     "unconfirmed"),
    ("reaction", "x", "us", {"kind": "reaction"}, None, None, "unlikely", "reaction: not content X says"),
    ("someone else's repost", "x", "us", {"kind": "repost", "own": False}, None, None, "unlikely",
     "repost: not content X says"),
    ("someone else's comment", "x", "us", {"kind": "comment", "own": False}, None, None, "unlikely",
     "someone else"),
    ("chat with Grok", "x", "us", {"kind": "message", "visibility": RESTRICTED, "audience": "grok"},
     None, None, "likely", "whatever"),
    # Minors: under the platform's minimum age when the item was made.
    ("made at 15", "linkedin", "eu", {"created": "2005-06-01"}, None, Birth(1990), "unlikely",
     "under 18"),
    ("made in the year of turning 18 (year only)", "linkedin", "eu", {"created": "2008-01-02"}, None,
     Birth(1990), "likely", "public post"),
    ("made the day before turning 18", "instagram", "eu", {"created": "2008-01-01"}, None,
     Birth(1990, D("1990-01-02")), "unlikely", "under 18"),
    ("no age rule on X", "x", "us", {"created": "2005-06-01"}, None, Birth(1995), "likely", "public post"),
    # Meta: public content of adults; EU from 27 May 2025; no opt-out outside Europe.
    ("instagram private now, public before", "instagram", "eu",
     {"visibility": RESTRICTED, "was_public": True}, None, None, "possible", "public before"),
    ("instagram private, never public", "instagram", "eu", {"visibility": RESTRICTED}, None, None,
     "unlikely", "only public content"),
    ("meta objection before the EU start", "facebook", "eu", {}, OptOut(D("2025-05-01")), None,
     "unlikely", "before training started"),
    ("meta objection after the EU start", "facebook", "eea", {}, OptOut(D("2025-06-01")), None,
     "possible", "after this was made"),
    ("meta has no opt-out in the US", "instagram", "us", {}, OptOut(D("2020-01-01")), None, "likely",
     "public post"),
    ("meta in Switzerland is unconfirmed", "instagram", "ch", {}, None, None, "possible", "unconfirmed"),
    ("meta UK start is unconfirmed", "facebook", "uk", {}, OptOut(D("2024-09-01")), None, "possible",
     "unconfirmed"),
    ("meta UK older content unconfirmed", "facebook", "uk", {"created": "2019-01-01"}, None, None,
     "possible", "unconfirmed"),
    ("threads policy unconfirmed", "threads", "eu", {}, None, None, "possible", "unconfirmed"),
    # X: EU processing suspended and disputed; elsewhere on by default.
    ("x in the EU, made before the suspension", "x", "eu", {"created": "2024-06-01"}, None, None,
     "possible", "until 1 August 2024"),
    ("x in the EU, made after", "x", "eu", {"created": "2025-06-01"}, None, None, "possible",
     "disputed"),
    ("x in the UK is unconfirmed", "x", "uk", {}, None, None, "possible", "unconfirmed"),
    ("x elsewhere", "x", "other", {"created": "2015-01-01"}, None, None, "likely", "public post"),
    ("x protected account", "x", "us", {"visibility": RESTRICTED}, None, None, "unlikely",
     "only public content"),
    # YouTube: Google's own use, no opt-out; what is beyond public videos is unconfirmed.
    ("public video", "youtube", "eu", {"kind": "video"}, OptOut(D("2020-01-01")), None, "likely",
     "public video"),
    ("private video", "youtube", "eu", {"kind": "video", "visibility": RESTRICTED}, None, None,
     "possible", "unconfirmed"),
    ("youtube comment", "youtube", "us", {"kind": "comment"}, None, None, "possible", "unconfirmed"),
    ("google review", "google", "eu", {"kind": "review"}, None, None, "possible", "unconfirmed"),
]


@pytest.mark.parametrize(("case", "platform", "region", "fields", "opt_out", "birth", "level", "words"),
                         CASES, ids=[c[0] for c in CASES])
def test_eligibility_rules(case, platform, region, fields, opt_out, birth, level, words):
    verdict = eligibility(item(platform, **fields), KB.policy_for(platform, region), opt_out, birth, TODAY)
    reason = render_reason(verdict.reason, Text("en"))
    assert (verdict.level, words in reason) == (level, True), reason


def test_training_not_started_yet_is_possible():
    verdict = eligibility(item(), KB.policy_for("linkedin", "eu"), None, None, date(2025, 10, 1))
    assert verdict.level == "possible"
    assert render_reason(verdict.reason, Text("en")) == "training in the EU starts on 3 November 2025"


def test_default_assess_uses_the_region_hint_and_else_the_eu():
    london = SourceInfo("linkedin", "LinkedIn", region_hint="Greater London, England, United Kingdom",
                        region_hint_evidence="Profile.csv: Geo Location")
    assert ai_training(item(platform="x"), london)[0] == "possible"  # X in the UK: unconfirmed
    assert ai_training(item(platform="x"), SourceInfo("x", "X"))[0] == "possible"  # the EU: disputed
    us = SourceInfo("x", "X", region_hint="San Francisco Bay Area")
    assert ai_training(item(platform="x"), us) == ("likely", "public post, which X uses for AI training")


def test_assessor_applies_the_users_opt_out_and_birth_year():
    assess = Assessor(UserSettings(region="eu", opted_out={"linkedin": D("2025-10-01")}, birth_year=1990),
                      lang="en", today=TODAY)
    info = SourceInfo("linkedin", "LinkedIn")
    assert assess(item(), info)[0] == "unlikely"
    assert assess(item(platform="x", created="2005-01-01"), info)[0] == "possible"


# -------------------------------------------------------------------------------- the knowledge base

def test_every_fact_has_a_dated_source_or_is_marked_unconfirmed():
    for (platform, region), pol in KB.policies.items():
        facts = [*pol.facts.values(), *(r.as_fact() for r in pol.scope), *pol.notes]
        for fact in facts:
            where = f"{platform}/{region}/{fact.name}"
            if not fact.sources:
                assert not fact.confirmed and fact.note.get("en") and fact.note.get("nl"), where
            for sid in fact.sources:
                src = KB.sources[sid]
                assert src.title and src.url.startswith(("https://", "http://")), sid
                assert src.date is not None or src.approx, sid
            if fact.text or fact.name in ("uses", "excluded", "settings_path", "note"):
                assert fact.text.get("en") and fact.text.get("nl"), where


def test_every_platform_and_region_has_exactly_one_policy():
    assert set(KB.policies) == {(p, r) for p in PLATFORMS for r in policy.REGIONS}
    # "as of" is the newest source date the file cites: it moves when a newer source is added.
    assert KB.as_of == max(s.date for s in KB.sources.values() if s.date) == date(2026, 8, 21)


def _notes(platform, region, lang="en"):
    return [(n.text[lang], n.sources) for n in KB.policy_for(platform, region).notes]


def test_the_2026_facts_are_in_with_their_dated_sources():
    # LinkedIn shares UK members' posts with Microsoft for its AI training since 3 Nov 2025: UK only.
    uk = [(t, src) for t, src in _notes("linkedin", "uk") if "Microsoft for Microsoft's own AI" in t]
    assert uk and set(uk[0][1]) == {"LA1", "LA2"}
    assert not any("Microsoft's own AI" in t for r in ("eu", "ch", "us") for t, _ in _notes("linkedin", r))
    assert any("Microsoft voor de eigen AI-training" in t for t, _ in _notes("linkedin", "uk", "nl"))
    assert KB.sources["LA2"].date == date(2025, 11, 3) and KB.sources["LA1"].tier == "official"
    # Meta's privacy policy of 23 July 2026; Threads under Meta's policy (inferred, so "possible").
    assert any("23 July 2026" in t and "MA1" in src for t, src in _notes("facebook", "eu"))
    assert KB.sources["MA1"].date == date(2026, 7, 23) and KB.sources["MA4"].date == date(2026, 1, 21)
    threads = KB.policy_for("threads", "eu")
    assert threads.status == "active" and not threads.fact("status").confirmed
    assert eligibility(item("threads"), threads, today=TODAY).level == "possible"
    # X's terms of 15 January 2026: the licence covers prompts and outputs.
    assert any("prompts and outputs" in t and src == ("XA3",) for t, src in _notes("x", "us"))
    assert KB.sources["XA3"].date == date(2026, 1, 15)
    # Google's Search Services History: media kept for training up to four years, with its own opt-out.
    google = KB.policy_for("google", "eu")
    assert "Search Services History" in google.fact("settings_path").text["en"]
    assert "Search Services History" in google.fact("settings_path").text["nl"]
    assert any("four years" in t for t, _ in _notes("google", "us"))


def test_the_eu_start_dates_from_the_sources():
    assert KB.policy_for("linkedin", "eu").value("training_start") == date(2025, 11, 3)
    assert KB.policy_for("instagram", "eea").value("training_start") == date(2025, 5, 27)
    assert KB.policy_for("facebook", "us").opt_out == "none"
    assert KB.policy_for("instagram", "eu").value("linked_accounts") is True


def _kb_text(fact: str) -> str:
    return f"""
schema = 1
as_of = 2025-01-01
compiled = 2025-01-02
[sources.S1]
title = "A page"
url = "https://example.com/a"
date = "2024-01-01"
tier = "official"
[policies.all]
platforms = {list(PLATFORMS)!r}
name = "All"
uses = {{ en = "x", nl = "x", sources = ["S1"] }}
{fact}
[[policies.all.scope]]
kinds = ["post"]
visibility = "public"
sources = ["S1"]
[[policies.all.regions]]
regions = ["eu", "eea", "uk", "ch", "us", "other"]
status = {{ value = "active", sources = ["S1"] }}
""".replace("'", '"')


def test_a_valid_minimal_knowledge_base_loads():
    kb = load_text(_kb_text('min_age = { value = 16, sources = ["S1"] }'))
    assert kb.policy_for("x", "uk").value("min_age") == 16


@pytest.mark.parametrize(("fact", "problem"), [
    ('min_age = { value = 16, sources = [] }', "no source"),
    ('min_age = { value = 16, sources = ["S9"] }', "unknown source 'S9'"),
    ('min_age = { value = "16", sources = ["S1"] }', "whole number"),
    ('opt_out = { value = "maybe", sources = ["S1"] }', "opt_out must be one of"),
    ('excluded = { en = "only English", sources = ["S1"] }', "both `en` and `nl`"),
    ('min_age = { value = 0, confirmed = false, sources = [], note_en = "none found" }', "no source"),
])
def test_invalid_facts_are_refused_with_where_and_why(fact, problem):
    with pytest.raises(PolicyError) as err:
        load_text(_kb_text(fact))
    assert problem in str(err.value)


def test_an_unconfirmed_fact_may_lack_a_source_when_it_says_why():
    kb = load_text(_kb_text('min_age = { value = 0, confirmed = false, sources = [], note_en = "a", '
                            'note_nl = "b" }'))
    assert kb.policy_for("x", "eu").fact("min_age").confirmed is False


def test_a_missing_region_is_refused():
    text = _kb_text("").replace('"eu", "eea", ', "")
    with pytest.raises(PolicyError, match="no entry for x in eu"):
        load_text(text)


# ------------------------------------------------------------------------------------------ settings

@pytest.mark.parametrize(("text", "region"), [
    ("Amsterdam Area, Netherlands", "eu"),
    ("Utrecht, Nederland", "eu"),
    ("Amsterdam", "eu"),
    ("Greater London, England, United Kingdom", "uk"),
    ("Zürich, Switzerland", "ch"),
    ("Oslo, Norway", "eea"),
    ("San Francisco Bay Area", "us"),
    ("Austin, Texas, United States", "us"),
    ("Springfield", None),
    ("Sydney, New South Wales, Australia", "other"),
    ("Toronto, Ontario, Canada", "other"),
    ("", None),
])
def test_region_from_place_names(text, region):
    assert region_from_text(text) == region


def test_region_choice_says_how_it_was_made():
    hinted = SourceInfo("instagram", "Instagram", region_hint="Rotterdam",
                        region_hint_evidence="account_based_in.json: City Name")
    assert choose_region(UserSettings(region="us"), hinted).how == "option"
    choice = choose_region(UserSettings(), hinted)
    assert (choice.region, choice.how, choice.hint) == ("eu", "hint", "Rotterdam")
    assert choose_region(UserSettings(), SourceInfo("x", "X", region_hint="Springfield")).how == "default"


@pytest.mark.parametrize(("given", "expected"), [
    ("1990-01-02", Birth(1990, date(1990, 1, 2))),
    ("Mar 05, 1990", Birth(1990, date(1990, 3, 5))),
    ("Mar 5", None),
    ("", None),
])
def test_birth_from_the_export(given, expected):
    assert birth_from(UserSettings(), SourceInfo("linkedin", "LinkedIn", birth_date=given)) == expected


def test_the_users_birth_year_wins_over_the_export():
    info = SourceInfo("linkedin", "LinkedIn", birth_date="1990-01-02")
    assert birth_from(UserSettings(birth_year=1985), info) == Birth(1985)


@pytest.mark.parametrize(("value", "expected"), [
    ("linkedin=2025-10-01", {"linkedin": date(2025, 10, 1)}),
    ("X", {"x": None}),
    ("twitter=2024-08-01", {"x": date(2024, 8, 1)}),
    ("meta=2025-05-20", {"facebook": date(2025, 5, 20), "instagram": date(2025, 5, 20)}),
])
def test_opted_out_option(value, expected):
    assert parse_opted_out(value) == expected


@pytest.mark.parametrize(("value", "message"), [
    ("linkedin=01-10-2025", "the date must be YYYY-MM-DD"),
    ("myspace=2020-01-01", "unknown platform 'myspace'"),
])
def test_bad_opted_out_is_one_clear_line(value, message):
    with pytest.raises(SettingsError, match=message):
        parse_opted_out(value)


def test_bad_region_and_birth_year_are_refused():
    with pytest.raises(SettingsError, match="unknown region 'mars'"):
        from_options(region="mars")
    with pytest.raises(SettingsError, match="not between 1900"):
        from_options(birth_year=1700)


def test_settings_file_round_trip_and_the_command_line_wins(tmp_path: Path):
    saved = UserSettings(region="uk", opted_out={"linkedin": date(2025, 10, 1), "x": None},
                         birth_year=1990, lang="nl")
    path = save_file(saved, tmp_path / "sub" / "settings.toml")
    loaded = load_file(path)
    assert loaded == saved
    merged = loaded.merged(from_options(region="eu", opted_out=["x=2024-08-01"]))
    assert (merged.region, merged.opted_out["x"], merged.opted_out["linkedin"], merged.lang) == (
        "eu", date(2024, 8, 1), date(2025, 10, 1), "nl")
    assert "[opted_out]" in dumps(saved)


def test_missing_settings_file_is_no_settings_and_a_bad_one_is_one_line(tmp_path: Path):
    assert load_file(tmp_path / "none.toml") == UserSettings()
    bad = tmp_path / "bad.toml"
    bad.write_text('region = "atlantis"\n', encoding="utf-8")
    with pytest.raises(SettingsError, match="unknown region 'atlantis'"):
        load_file(bad)
    bad.write_text("region = \n", encoding="utf-8")
    with pytest.raises(SettingsError, match="cannot read the settings file"):
        load_file(bad)


def test_settings_round_trip_through_the_snapshot_dict():
    s = UserSettings(region="ch", opted_out={"x": date(2024, 8, 1), "linkedin": None}, birth_year=2001,
                     lang="en")
    assert UserSettings.from_dict(s.to_dict()) == s


# ------------------------------------------------------------------------------------- command line

def _cli(args: list[str], settings_file: Path, monkeypatch):
    from typer.testing import CliRunner

    from ai_exposure.cli import app

    monkeypatch.setenv("AI_EXPOSURE_SETTINGS", str(settings_file))
    monkeypatch.setenv("AI_EXPOSURE_HISTORY", str(settings_file.parent / "history.sqlite"))
    return CliRunner().invoke(app, ["analyze", *args])


X_SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "x" / "2024"


@pytest.mark.parametrize(("args", "message"), [
    (["--region", "mars"], "Error: unknown region 'mars': use one of eu, eea, uk, ch, us, other"),
    (["--opted-out", "linkedin=01-10-2025"],
     "Error: --opted-out 'linkedin=01-10-2025': the date must be YYYY-MM-DD"),
    (["--lang", "fr"], "Error: unknown language 'fr': use one of en, nl"),
])
def test_bad_settings_on_the_command_line_exit_2_with_one_line(tmp_path, monkeypatch, args, message):
    result = _cli([str(tmp_path), "--out", str(tmp_path / "o"), *args], tmp_path / "s.toml", monkeypatch)
    assert (result.exit_code, result.stderr.strip()) == (2, message)


def test_a_named_settings_file_must_exist(tmp_path, monkeypatch):
    missing = tmp_path / "nope.toml"
    result = _cli([str(tmp_path), "--settings", str(missing)], tmp_path / "s.toml", monkeypatch)
    assert (result.exit_code, result.stderr.strip()) == (2, f"Error: {missing}: no such settings file")


def test_saved_settings_are_used_by_the_next_run(tmp_path, monkeypatch):
    import json

    settings_file = tmp_path / "cfg" / "settings.toml"
    first = _cli([str(X_SAMPLE), "--out", str(tmp_path / "one"), "-q", "--region", "us", "--opted-out",
                  "x=2024-08-01", "--lang", "nl", "--save-settings"], settings_file, monkeypatch)
    assert first.exit_code == 0, first.output
    assert load_file(settings_file) == UserSettings(region="us", opted_out={"x": date(2024, 8, 1)}, lang="nl")
    second = _cli([str(X_SAMPLE), "--out", str(tmp_path / "two"), "-q"], settings_file, monkeypatch)
    assert second.exit_code == 0, second.output
    snap = json.loads((tmp_path / "two" / "snapshot.json").read_text(encoding="utf-8"))
    assert (snap["settings"]["region"], snap["settings"]["opted_out"], snap["settings"]["lang"]) == (
        "us", {"x": "2024-08-01"}, "nl")
    assert '<html lang="nl">' in (tmp_path / "two" / "report.html").read_text(encoding="utf-8")
    reasons = {i["ai_training_reason"] for i in snap["items"] if i["ai_training"] == "unlikely"}
    assert "gemaakt nadat je op 1 augustus 2024 bezwaar maakte" in reasons


# ------------------------------------------------------------------------------------------ guidance

def _guided(tmp_path: Path, user: UserSettings):
    import json

    import fakeparser
    from conftest import write_tree

    from ai_exposure.run import analyze

    result = analyze([write_tree(tmp_path / "e", fakeparser.tree())], tmp_path / "out", user=user,
                     specs={"notes": fakeparser.SPEC})
    html = result.report.read_text(encoding="utf-8")
    section = html[html.index('<section id="ai-guidance"'):]
    items = json.loads(result.snapshot.read_text(encoding="utf-8"))["items"]
    return items, section[:section.index("</section>")], html


def test_guidance_for_a_chosen_region_with_a_toggle(tmp_path):
    items, section, html = _guided(tmp_path, UserSettings(region="us", lang="en"))
    assert "The rules below are those for the United States, the region you chose (--region)." in section
    assert "You have 1 public item on X (Twitter) (1 post)." in section
    assert "To stop future use, switch the setting off. <em class=\"path\">Settings and privacy" in section
    assert "may already be in training data" in section
    assert "Already opted out? Tell the report with --opted-out x=YYYY-MM-DD" in section
    [item] = [i for i in items if i["visibility"] == "public"]
    assert item["ai_training"] == "likely"
    assert "1 May 2024: X starts AI training in the United States (date unconfirmed)." in html


def test_guidance_after_an_opt_out_and_in_a_disputed_region(tmp_path):
    user = UserSettings(region="eu", lang="en", opted_out={"x": date(2024, 1, 10)})
    items, section, html = _guided(tmp_path, user)
    assert "Training on content from your region was suspended" in section
    assert "You told us you opted out on 10 January 2024." in section
    # made 2 January 2024, before the opt-out on 10 January and before X started in May 2024
    [item] = [i for i in items if i["visibility"] == "public"]
    assert (item["ai_training"], item["ai_training_reason"]) == (
        "unlikely", "you opted out on 10 January 2024, before training started in the EU on 7 May 2024")
    assert ("10 January 2024: You opted out of X (Twitter). 7 May 2024: X starts AI training in the EU "
            "(later suspended).") in html


LINKEDIN_SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "linkedin" / "2026"


def test_guidance_counts_what_was_made_under_age(tmp_path):
    import json

    from ai_exposure.run import analyze

    # Born 2009: 18 in 2027, so everything the 2026 sample dates was made under age (profile sections
    # carry no date: a position started in 2015 was not written in 2015).
    result = analyze([LINKEDIN_SAMPLE], tmp_path / "out", user=UserSettings(lang="en", birth_year=2009))
    items = json.loads(result.snapshot.read_text(encoding="utf-8"))["items"]
    under = [i for i in items if i["created_at"] and i["created_at"] < "2027-01-01"]
    assert under and all(i["ai_training"] == "unlikely" for i in under)
    assert all("under 18" in i["ai_training_reason"] for i in under
               if i["kind"] in ("post", "comment", "article", "profile") and i["visibility"] == "public"
               and i["own"])  # what others wrote (a recommendation received) is theirs, not yours
    html = result.report.read_text(encoding="utf-8")
    assert (f"{len(under)} items were made before you turned 18 (birth year 2009): the platform says it "
            "does not use them.") in html


def test_an_export_without_a_place_follows_the_others_when_they_agree():
    linkedin = SourceInfo("linkedin", "LinkedIn", region_hint="Austin, Texas, United States",
                          region_hint_evidence="Profile.csv: Geo Location")
    x = SourceInfo("x", "X")
    choice = choose_region(UserSettings(), x, [linkedin, x])
    assert (choice.region, choice.how, choice.platform) == ("us", "other", "linkedin")
    london = SourceInfo("facebook", "Facebook", region_hint="London area, United Kingdom")
    assert choose_region(UserSettings(), x, [linkedin, london, x]).how == "default"  # they disagree
    assess = Assessor(UserSettings(), lang="en", today=TODAY)
    assert assess(item(platform="x"), x)[0] == "possible"  # alone: the EU, where X is disputed
    assess.sources_known([linkedin, x])
    assert assess(item(platform="x"), x) == ("likely", "public post, which X uses for AI training")


def test_the_report_language_follows_the_system_locale_unless_given(tmp_path, monkeypatch):
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert _cli([str(X_SAMPLE), "--out", str(tmp_path / "nl"), "-q"], tmp_path / "s.toml",
                monkeypatch).exit_code == 0
    assert '<html lang="nl">' in (tmp_path / "nl" / "report.html").read_text(encoding="utf-8")
    assert _cli([str(X_SAMPLE), "--out", str(tmp_path / "en"), "-q", "--lang", "en"], tmp_path / "s.toml",
                monkeypatch).exit_code == 0
    assert '<html lang="en">' in (tmp_path / "en" / "report.html").read_text(encoding="utf-8")


def test_policy_check_command(tmp_path, capsys):
    assert policy.main([]) == 0
    # Every platform in the table (built in, or brought by a parser module) in every region.
    entries = len(policy.REGIONS) * len(platforms.names())
    assert capsys.readouterr().out.startswith(f"ok: {entries} platform-region entries")
    bad = tmp_path / "policies.toml"
    bad.write_text(_kb_text('min_age = { value = 16, sources = ["S9"] }'), encoding="utf-8")
    assert policy.main([str(bad)]) == 1
    assert "policies.all.min_age: unknown source 'S9'" in capsys.readouterr().err
