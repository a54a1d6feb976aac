"""compare: three exports of one account (posts added, deleted, made private, an opt-out between them),
compared as snapshot files, report files and history runs, with the exact count in every category."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
from datetime import datetime
from pathlib import Path

import pytest
from conftest import SAMPLES, write_tree
from fakeparser import SPEC, tree
from typer.testing import CliRunner

from ai_exposure import i18n, pipeline, snapshot
from ai_exposure.cli import app
from ai_exposure.comparison import SourceRef, compare, fingerprint, opt_outs, pair_sources, side_from_snapshot
from ai_exposure.history import ENV_VAR
from ai_exposure.model import LIKELY, POSSIBLE, PUBLIC, UNLIKELY, utc
from ai_exposure.run import analyze
from ai_exposure.store import ItemStore

SPECS = {"fake": SPEC}
OPT_OUT = "2024-06-01"


@pytest.fixture(autouse=True)
def private_history(tmp_path, monkeypatch):
    """Never the real user data folder: every test gets its own history file."""
    path = tmp_path / "history.sqlite"
    monkeypatch.setenv(ENV_VAR, str(path))
    monkeypatch.setenv("AI_EXPOSURE_SETTINGS", str(tmp_path / "settings.toml"))
    # And an English system locale, whatever the machine's: the report's default language follows it.
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    return path


def assess_for(settings):
    """A stand-in for the policy rules: public posts are likely eligible; an opt-out makes those
    posted before it `possible` (they may already have been used) and those after it `unlikely`."""
    opted = opt_outs(settings).get("x")
    cutoff = utc(datetime.fromisoformat(opted)) if opted else None

    def assess(item, info):
        if item.visibility != PUBLIC:
            return UNLIKELY, "not public"
        if cutoff is None:
            return LIKELY, "public post"
        if item.created_at and item.created_at >= cutoff:
            return UNLIKELY, "posted after the opt-out"
        return POSSIBLE, "posted before the opt-out: may already have been used"

    return assess


def posts(rows):
    return json.dumps([{"id": i, "text": f"post number {i}", "date": f"{d}T12:00:00Z", "audience": a,
                        "url": f"https://example.com/notes/{i}?cache={version}"}
                       for i, d, a in rows for version in [len(rows)]])


E, F = "everyone", "friends"
EXPORTS = {
    # name: (account, settings, posts)
    "A": ("tester", {}, [("1", "2024-01-01", E), ("2", "2024-01-15", F), ("3", "2024-02-01", E),
                         ("4", "2024-02-10", E), ("5", "2024-02-20", E), ("6", "2024-02-25", F)]),
    # 2 made public, 3 made private, 4 and 6 deleted, 7 and 8 new; opted out of X training on 1 June.
    "B": ("tester", {"opted_out": {"x": OPT_OUT}}, [
        ("1", "2024-01-01", E), ("2", "2024-01-15", E), ("3", "2024-02-01", F), ("5", "2024-02-20", E),
        ("7", "2024-07-01", E), ("8", "2024-08-01", F)]),
    # The handle was renamed; 2 private again, 3 and 8 public, 5 deleted, 9 new. Links changed too.
    "C": ("tester_renamed", {"opted_out": {"x": OPT_OUT}}, [
        ("1", "2024-01-01", E), ("2", "2024-01-15", F), ("3", "2024-02-01", E), ("7", "2024-07-01", E),
        ("8", "2024-08-01", E), ("9", "2024-12-01", E)]),
}
DATES = {"A": "2024-03-01", "B": "2024-09-01", "C": "2025-01-10"}


def make_export(tmp_path: Path, name: str) -> Path:
    account, _, rows = EXPORTS[name]
    return write_tree(tmp_path / "exports" / f"notes-{DATES[name]}", tree(account, posts(rows)))


@pytest.fixture
def runs(tmp_path):
    """snapshot.json and report.html for each of the three exports (no history)."""
    out = {}
    for name, (_, settings, _) in EXPORTS.items():
        result = analyze([make_export(tmp_path, name)], tmp_path / f"out-{name}", specs=SPECS,
                         settings=settings, assess=assess_for(settings))
        out[name] = result
    return out


def side(result, label):
    return side_from_snapshot(snapshot.load(result.snapshot), label)


def counts(comparison, platform="x"):
    return {k: v for k, v in comparison.as_json()[platform].items()
            if k in ("added", "deleted", "newly_public", "newly_restricted", "previously_exposed",
                     "eligibility_changed", "added_public")}


def keys(comparison, category, platform="x"):
    return sorted(c["key"] for c in comparison.as_json()[platform]["items"][category])


# Eligibility changed: by the opt-out (1 and 5, still public) and by their own visibility (2 made public,
# 3 made private); from B to C only by visibility (2 private again, 3 public; 8 was made after the opt-out).
AB = {"added": 2, "added_public": 1, "deleted": 2, "newly_public": 1, "newly_restricted": 1,
      "previously_exposed": 2, "eligibility_changed": 4}
BC = {"added": 1, "added_public": 1, "deleted": 1, "newly_public": 2, "newly_restricted": 1,
      "previously_exposed": 2, "eligibility_changed": 2}
AC = {"added": 3, "added_public": 3, "deleted": 3, "newly_public": 0, "newly_restricted": 0,
      "previously_exposed": 2, "eligibility_changed": 2}


def test_a_to_b_exact_counts_and_items(runs):
    result = compare(side(runs["A"], "A"), side(runs["B"], "B"))
    assert counts(result) == AB
    assert keys(result, "added") == ["x:note:7", "x:note:8"]
    assert keys(result, "deleted") == ["x:note:4", "x:note:6"]
    assert keys(result, "newly_public") == ["x:note:2"]
    assert keys(result, "newly_restricted") == ["x:note:3"]
    # Made private (3) and deleted while public (4): both may already have been used.
    assert keys(result, "previously_exposed") == ["x:note:3", "x:note:4"]
    assert keys(result, "eligibility_changed") == ["x:note:1", "x:note:2", "x:note:3", "x:note:5"]
    data = result.as_json()["x"]
    assert data["eligibility_changed_by"] == {"opt-out": 2, "visibility change": 2}
    by_key = {c["key"]: c for c in data["items"]["eligibility_changed"]}
    changed = by_key["x:note:1"]
    assert changed["before"] == {"visibility": "public", "ai_training": "likely"}
    assert changed["after"] == {"visibility": "public", "ai_training": "possible"}
    assert changed["cause"] == "opt-out"
    assert by_key["x:note:2"]["before"] == {"visibility": "restricted", "ai_training": "unlikely"}
    assert by_key["x:note:2"]["after"] == {"visibility": "public", "ai_training": "possible"}
    assert by_key["x:note:2"]["cause"] == "visibility change"
    assert by_key["x:note:3"]["cause"] == "visibility change"
    assert by_key["x:note:5"]["cause"] == "opt-out"
    assert data["counts"]["public"] == {"before": 4, "after": 4, "delta": 0}
    assert data["counts"]["eligible"] == {"before": 4, "after": 0, "delta": -4}
    assert data["counts"]["possible"] == {"before": 0, "after": 3, "delta": 3}
    assert data["kinds"]["post"]["total"] == {"before": 6, "after": 6, "delta": 0}
    assert data["accounts"] == [{"old": "tester", "new": "tester"}]


def test_b_to_c_pairs_a_renamed_account_by_shared_items(runs):
    result = compare(side(runs["B"], "B"), side(runs["C"], "C"))
    assert counts(result) == BC
    assert keys(result, "eligibility_changed") == ["x:note:2", "x:note:3"]
    assert result.as_json()["x"]["eligibility_changed_by"] == {"visibility change": 2}
    assert keys(result, "newly_public") == ["x:note:3", "x:note:8"]
    assert keys(result, "previously_exposed") == ["x:note:2", "x:note:5"]
    assert result.as_json()["x"]["accounts"] == [{"old": "tester", "new": "tester_renamed"}]


def test_a_to_c_skipping_the_middle_export(runs):
    result = compare(side(runs["A"], "A"), side(runs["C"], "C"))
    assert counts(result) == AC
    assert keys(result, "eligibility_changed") == ["x:note:1", "x:note:3"]
    assert keys(result, "previously_exposed") == ["x:note:4", "x:note:5"]


def test_a_run_compared_with_itself_has_no_changes(runs):
    result = compare(side(runs["B"], "B"), side(runs["B"], "B"))
    assert set(counts(result).values()) == {0}


def test_report_html_compares_like_its_snapshot(runs):
    via_report = compare(side_from_snapshot(snapshot.load(runs["A"].report), "A"),
                         side_from_snapshot(snapshot.load(runs["B"].report), "B"))
    assert via_report.as_json() == compare(side(runs["A"], "A"), side(runs["B"], "B")).as_json()


def test_matching_is_by_key_not_content(tmp_path):
    """The same text under another id is another item; another text under the same id is the same."""
    a = write_tree(tmp_path / "a", tree("t", posts([("1", "2024-01-01", E)])))
    rows = json.loads(posts([("1", "2024-01-01", E), ("2", "2024-01-01", E)]))
    rows[0]["text"], rows[1]["text"] = "edited", "post number 1"
    b = write_tree(tmp_path / "b", tree("t", json.dumps(rows)))
    ra = analyze([a], tmp_path / "oa", specs=SPECS)
    rb = analyze([b], tmp_path / "ob", specs=SPECS)
    result = compare(side(ra, "a"), side(rb, "b"))
    assert keys(result, "added") == ["x:note:2"]
    assert counts(result)["deleted"] == 0


def test_accounts_in_one_run_only_are_not_diffed():
    old = [SourceRef(1, "x", "@alice"), SourceRef(2, "linkedin", "Alice")]
    new = [SourceRef(1, "x", "@bob"), SourceRef(2, "x", "@alice"), SourceRef(3, "linkedin", "")]
    # @alice pairs by name; @bob shares nothing with anyone; the lone unnamed LinkedIn export pairs.
    assert pair_sources(old, new, {}) == {2: 1, 3: 2}
    assert pair_sources(old, new, {(1, 1): 5}) == {2: 1, 3: 2}


def test_opt_out_settings_shapes():
    # As snapshot.json records them: null is "opted out, date unknown".
    assert opt_outs({"opted_out": {"x": "2024-06-01", "linkedin": None, "instagram": False}}) == \
        {"x": "2024-06-01", "linkedin": ""}
    assert opt_outs({"opted_out": ["x=2024-06-01", "linkedin"]}) == {"x": "2024-06-01", "linkedin": ""}
    assert opt_outs({}) == {}


def test_fingerprint_is_stable_and_not_the_key():
    assert fingerprint("x:tweet:1") == fingerprint("x:tweet:1") != fingerprint("x:tweet:2")
    assert "1" not in fingerprint("x:tweet:1")[:0] and len(fingerprint("x:tweet:1")) == 32


# ------------------------------------------------------------------------------------------ snapshots

def test_older_snapshot_schema_fails_naming_the_version(tmp_path, runs):
    data = json.loads(runs["A"].snapshot.read_text())
    data["schema_version"] = 0
    old = tmp_path / "old.json"
    old.write_text(json.dumps(data))
    result = CliRunner().invoke(app, ["compare", str(old), str(runs["B"].snapshot)])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [f"Error: {old}: unknown snapshot schema_version 0"]


def test_current_schema_snapshot_without_optional_fields_loads(tmp_path, runs):
    """A version-1 snapshot written before `settings` or `url` existed compares all the same."""
    data = json.loads(runs["A"].snapshot.read_text())
    data.pop("settings")
    for item in data["items"]:
        item.pop("url")
    bare = tmp_path / "bare.json"
    bare.write_text(json.dumps(data))
    result = compare(side_from_snapshot(snapshot.load(bare), "bare"), side(runs["B"], "B"))
    assert counts(result) == AB


# ------------------------------------------------------------------------------------------ CLI

@pytest.fixture
def fake_registry(monkeypatch):
    monkeypatch.setattr(pipeline, "registry", lambda: SPECS)


def cli_analyze(tmp_path, name, extra=()):
    export = make_export(tmp_path, name)
    return CliRunner().invoke(app, ["analyze", str(export), "--out", str(tmp_path / f"cli-{name}"),
                                    "--quiet", *extra])


def test_cli_compare_files_json_and_summary(runs):
    runner = CliRunner()
    result = runner.invoke(app, ["compare", str(runs["A"].snapshot), str(runs["B"].report), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert list(data) == ["x"]
    assert {k: data["x"][k] for k in AB} == AB
    assert data["x"]["exposed_in_history"] is None  # nothing recorded in this test's history
    result = runner.invoke(app, ["compare", str(runs["A"].snapshot), str(runs["B"].snapshot)])
    assert result.exit_code == 0
    assert "2 added (1 public), 2 deleted, 1 newly public, 1 newly restricted, 2 previously exposed, " \
           "4 eligibility changed (opt-out: 2, visibility change: 2)" in result.stdout
    assert "add --out compare.html" in result.stdout
    # A report folder stands for its snapshot.
    folders = runner.invoke(app, ["compare", str(runs["A"].snapshot.parent), str(runs["B"].snapshot.parent),
                                  "--json"])
    assert folders.exit_code == 0 and json.loads(folders.stdout) == data


HOSTILE = '<script>alert(1)</script>'


def test_compare_report_is_inert_self_contained_and_private(tmp_path, runs):
    rows = json.loads(posts([("1", "2024-01-01", E)]))
    rows.append({"id": HOSTILE, "text": "x", "date": "2024-05-01T00:00:00Z", "audience": "everyone",
                 "url": "javascript:alert(2)"})
    hostile = analyze([write_tree(tmp_path / "h", tree(HOSTILE, json.dumps(rows)))], tmp_path / "oh",
                      specs=SPECS)
    out = tmp_path / "compare.html"
    result = CliRunner().invoke(app, ["compare", str(runs["A"].snapshot), str(hostile.snapshot),
                                      "--out", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "<script>alert" not in html and "javascript:" not in html
    assert "x:note:&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "default-src 'none'" in html and "script-src 'none'" in html
    for attr in ('src="http', 'href="//', "url(http", "@import", "<script src"):
        assert attr not in html
    # The only script element is the inert JSON copy of the comparison.
    assert re.findall(r"<script[^>]*>", html) == [
        '<script type="application/json" id="ai-exposure-comparison">']
    embedded = html.split('id="ai-exposure-comparison">', 1)[1].split("</script>", 1)[0]
    assert json.loads(embedded)["x"]["added"] == 1
    assert "<polyline" not in html  # two runs: no trend chart
    # In the terminal, an account name cannot carry escape sequences.
    ansi = analyze([write_tree(tmp_path / "a", tree("evil\x1b[2J\x1b]0;owned\x07", json.dumps(rows)))],
                   tmp_path / "oa", specs=SPECS)
    summary = CliRunner().invoke(app, ["compare", str(runs["A"].snapshot), str(ansi.snapshot)]).stdout
    assert "\x1b" not in summary and "\x07" not in summary and "evil?[2J?]0;owned?" in summary


def test_cli_compare_history_runs(tmp_path, fake_registry, private_history):
    """End to end with the real policy rules: X in the US, an opt-out given from the second run on."""
    for name in ("A", "B", "C"):
        opted = EXPORTS[name][1].get("opted_out", {})
        extra = ["--region", "us"] + [a for p, d in opted.items() for a in ("--opted-out", f"{p}={d}")]
        result = cli_analyze(tmp_path, name, extra)
        assert result.exit_code == 0, result.output
    runner = CliRunner()
    listing = runner.invoke(app, ["history"])
    assert listing.exit_code == 0
    lines = listing.stdout.splitlines()
    assert lines[1].split() == ["1", "2024-03-01", "X", "(Twitter)", "tester", "6", "4", "4"]
    assert lines[3].split() == ["3", "2025-01-10", "X", "(Twitter)", "tester_renamed", "6", "5", "0"]

    # No arguments: the two latest runs of the same account (B and C, paired across the rename).
    latest = runner.invoke(app, ["compare", "--json"])
    assert latest.exit_code == 0, latest.output
    assert {k: json.loads(latest.stdout)["x"][k] for k in BC} == BC
    # The history remembers more than the pair: 4 was public in A and gone by B; with 2 and 5 (public
    # in B, not public in C) that makes 3 items public once and not public now.
    assert json.loads(latest.stdout)["x"]["exposed_in_history"] == 3
    data = json.loads(runner.invoke(app, ["compare", "1", "3", "--json"]).stdout)["x"]
    assert {k: data[k] for k in AC} == AC
    assert data["exposed_in_history"] == 3
    text = runner.invoke(app, ["compare"]).stdout
    assert "3 item(s) public in an earlier recorded run are not public now (or are gone)" in text
    # History runs hold fingerprints, not keys.
    assert {i["key"] for i in data["items"]["added"]} == {None}
    assert {i["fingerprint"] for i in data["items"]["added"]} == \
        {fingerprint(f"x:note:{n}") for n in (7, 8, 9)}
    # A history run against a snapshot file: keys come from the file's side.
    mixed = json.loads(runner.invoke(app, ["compare", "1", str(tmp_path / "cli-B" / "snapshot.json"),
                                           "--json"]).stdout)["x"]
    assert {k: mixed[k] for k in AB} == AB
    assert sorted(i["key"] for i in mixed["items"]["added"]) == ["x:note:7", "x:note:8"]

    # Three runs of the account: the report has the trend chart, drawn as inline SVG.
    out = tmp_path / "cmp.html"
    assert runner.invoke(app, ["compare", "2", "3", "--out", str(out)]).exit_code == 0
    html = out.read_text()
    assert html.count("<polyline") == 3 and "<svg" in html
    assert "Trend over 3 runs" in html
    assert "3 item(s) were public in an earlier run recorded in your history" in html


def test_cli_compare_errors(tmp_path, runs):
    runner = CliRunner()
    result = runner.invoke(app, ["compare", str(runs["A"].snapshot)])
    assert result.exit_code == 2
    assert result.output == "Error: give both OLD and NEW, or neither (the two latest runs of the same " \
                            "account)\n"
    result = runner.invoke(app, ["compare", "nope.json", str(runs["A"].snapshot)])
    assert (result.exit_code, result.output) == (2, "Error: nope.json: no such file, and not a history "
                                                    "run id\n")
    result = runner.invoke(app, ["compare"])
    assert result.exit_code == 2 and result.output.startswith("Error: the history holds 0 run(s)")
    result = runner.invoke(app, ["compare", "4", "5"])
    assert result.exit_code == 2 and result.output.startswith("Error: no run 4 in the history")
    result = runner.invoke(app, ["compare", str(runs["A"].snapshot), str(Path(__file__))])
    assert result.exit_code == 2 and "not a snapshot (malformed JSON)" in result.output


# ------------------------------------------------------------------------------------------ real parsers

X_SAMPLE = SAMPLES / "x" / "2024"


def _volatile_copy(src: Path, dest: Path, handle: str) -> Path:
    """The same account exported later: counters moved, media re-hosted, handle renamed (the
    screen-name history keeps the old names: it is history)."""
    shutil.copytree(src, dest)
    for path in (dest / "data").rglob("*.js"):
        if path.name == "screen-name-change.js":
            continue
        text = path.read_text(encoding="utf-8")
        text = re.sub(r'"(favorite_count|retweet_count)" : "\d+"', r'"\1" : "987"', text)
        text = re.sub(r'"(favorite_count|retweet_count)": "\d+"', r'"\1": "987"', text)
        text = text.replace("pbs.twimg.com/media/", "pbs.twimg.com/media/v2_")
        text = text.replace("sample_heron", handle)
        path.write_text(text, encoding="utf-8")
    return dest


def test_x_keys_are_stable_when_volatile_fields_change(tmp_path):
    from ai_exposure.parsers import REGISTRY

    assert "x" in REGISTRY
    later = _volatile_copy(X_SAMPLE, tmp_path / "later", "heron_renamed")
    assert "sample_heron" not in (later / "data" / "account.js").read_text()

    def keyed(path, n):
        store = ItemStore(tmp_path / f"s{n}.sqlite")
        analysis = pipeline.Pipeline(store, specs={"x": REGISTRY["x"]}).run([path])
        return analysis, {i.key for i in store.query()}

    first, first_keys = keyed(X_SAMPLE, 1)
    second, second_keys = keyed(later, 2)
    assert first.sources[0].info.account != second.sources[0].info.account  # the rename was seen
    assert len(first_keys) > 20
    assert set(first_keys) == set(second_keys)
    # And so the comparison of the two exports sees one account and nothing added or deleted.
    runs = [analyze([p], tmp_path / f"out{n}", specs={"x": REGISTRY["x"]})
            for n, p in enumerate((X_SAMPLE, later))]
    result = compare(side(runs[0], "first"), side(runs[1], "later")).as_json()["x"]
    assert result["accounts"] == [{"old": "@sample_heron", "new": "@heron_renamed"}]
    assert (result["added"], result["deleted"], result["previously_exposed"]) == (0, 0, 0)


LINKEDIN_SAMPLE = SAMPLES / "linkedin" / "2026"


def test_linkedin_keys_are_stable_when_volatile_fields_change(tmp_path):
    from ai_exposure.parsers import REGISTRY

    assert "linkedin" in REGISTRY
    later = tmp_path / "later"
    shutil.copytree(LINKEDIN_SAMPLE, later)
    for path in later.rglob("*"):
        if path.is_file() and path.suffix in (".csv", ".html"):
            data = path.read_bytes()
            # Renamed (the name is everywhere in a later export), media re-hosted.
            data = data.replace("Lefèvre".encode(), "Lefèvre-Marchand".encode())
            data = data.replace(b"https://media.licdn.com/dms/image/",
                                b"https://media.licdn.com/dms/v2/image/")
            path.write_bytes(data)

    def keyed(path, n):
        store = ItemStore(tmp_path / f"s{n}.sqlite")
        analysis = pipeline.Pipeline(store, specs={"linkedin": REGISTRY["linkedin"]}).run([path])
        return analysis, {i.key for i in store.query()}

    first, first_keys = keyed(LINKEDIN_SAMPLE, 1)
    second, second_keys = keyed(later, 2)
    assert first.sources[0].info.account != second.sources[0].info.account
    assert len(first_keys) > 20
    assert first_keys == second_keys


# ------------------------------------------------------------------------------------------ smoke

def test_commands_exist_under_python_m(tmp_path):
    """`python -m ai_exposure.cli` runs cli.py as a second module copy: the commands are there too."""
    import subprocess
    import sys

    for command in ("history", "compare"):
        done = subprocess.run([sys.executable, "-m", "ai_exposure.cli", command, "--help"],
                              capture_output=True, text=True, timeout=60,
                              env={**os.environ, ENV_VAR: str(tmp_path / "h.sqlite")})
        assert done.returncode == 0, done.stderr
        assert "--history" in done.stdout


CHROMIUM = Path("/usr/bin/chromium")


@pytest.mark.browser
def test_compare_report_in_a_browser_runs_nothing_and_fetches_nothing(tmp_path, runs):
    """In Chromium: no request but the file, no CSP violation (the chart and styles obey the policy),
    no script run by hostile keys, and the trend chart drawn."""
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    rows = json.loads(posts([("1", "2024-01-01", E)]))
    rows.append({"id": '"><img src=x onerror="window.__pwned=1">', "text": "x", "audience": "everyone",
                 "date": "2024-05-01T00:00:00Z", "url": "https://example.com/p/x"})
    hostile = analyze([write_tree(tmp_path / "h", tree("tester", json.dumps(rows)))], tmp_path / "oh",
                      specs=SPECS)
    comparison = compare(side(runs["A"], "A"), side(hostile, "H"))
    points = [{"date": f"2024-0{m}-01", "total": 7, "public": m, "eligible": 6 - m, "possible": 1, "run": m}
              for m in (1, 2, 3)]
    from ai_exposure.comparison import trend_points, write_report

    out = write_report(comparison, {"x": [{"account": "tester", "chart": trend_points(points),
                                           "runs": points}]}, tmp_path / "c.html")
    url = out.resolve().as_uri()
    requests, errors = [], []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                    args=["--no-sandbox", "--disable-gpu", "--no-first-run",
                                          "--disable-background-networking"])
        page = browser.new_page()
        page.on("request", lambda r: requests.append(r.url))
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(url)
        page.wait_for_load_state("load")
        pwned = page.evaluate("window.__pwned === undefined")
        polylines = page.locator("svg.trend polyline").count()
        stroke = page.eval_on_selector("svg.trend polyline.s-public", "e => getComputedStyle(e).stroke")
        browser.close()
    assert requests == [url]
    assert errors == []
    assert pwned
    assert polylines == 3
    assert stroke not in ("", "none")  # the nonce'd stylesheet applies inside the SVG


def test_snapshot_files_are_streamed_and_a_cut_one_is_one_error(tmp_path, runs):
    text = runs["A"].snapshot.read_text()
    cut = tmp_path / "cut.json"
    cut.write_text(text[: text.index('"items"') + len('"items": [') + 60])
    result = CliRunner().invoke(app, ["compare", str(cut), str(runs["B"].snapshot)])
    assert (result.exit_code, result.output) == (
        2, f"Error: {cut}: the snapshot's items are cut off or malformed\n")
    # Items before the header (a hand-made file) are read the slow way, with the same result.
    data = json.loads(text)
    shuffled = tmp_path / "items-first.json"
    shuffled.write_text(json.dumps({"items": data.pop("items"), **data}))
    from ai_exposure.comparison import side_from_file

    assert compare(side_from_file(shuffled, "A"), side(runs["B"], "B")).as_json() == \
        compare(side(runs["A"], "A"), side(runs["B"], "B")).as_json()


def test_compare_report_that_cannot_be_written_is_one_error(tmp_path, runs):
    out = tmp_path / "missing-folder" / "compare.html"
    result = CliRunner().invoke(app, ["compare", str(runs["A"].snapshot), str(runs["B"].snapshot),
                                      "--out", str(out)])
    assert (result.exit_code, result.output) == (
        2, f"Error: {out}: cannot write the comparison report (No such file or directory)\n")


def test_listings_are_newest_first_capped_and_counted_whole():
    from ai_exposure.comparison import Record, Side

    def rec(n, date, vis="public"):
        return Record(fingerprint(f"x:tweet:{n}"), "x", "post", date, vis, "likely", 1, key=f"x:tweet:{n}")

    old = Side("old", None, {}, [], [])
    new = Side("new", None, {}, [], [rec(1, "2024-01-01T00:00:00Z"), rec(2, None),
                                     rec(3, "2024-03-01T00:00:00Z"), rec(4, "2024-02-01T00:00:00Z")])
    result = compare(old, new, limit=3).as_json()["x"]
    assert result["added"] == 4 and result["items_not_listed"]["added"] == 1
    assert [i["key"] for i in result["items"]["added"]] == ["x:tweet:3", "x:tweet:4", "x:tweet:1"]


# ------------------------------------------------------------------------------------------ languages

COMPARE_SOURCES = {"report_templates/compare.html.j2", "src/ai_exposure/comparison.py"}


def _visible(html: str) -> str:
    from test_i18n import _visible as visible

    return visible(html)


def _english_left(html: str) -> list[str]:
    """The English sentences of the comparison report (its template's and compare's msgids, as far as
    their Dutch differs) still found in the visible text of `html`: the longest literal run of each
    message of two words or more."""
    from test_i18n import _fragment

    nl = i18n.translations("nl")
    text = _visible(html)
    messages = [m.id for m in i18n.extract() if isinstance(m.id, str)
                and any(path in COMPARE_SOURCES for path, _ in m.locations)]
    assert len(messages) > 40  # the extraction found the comparison's strings
    fragments = {_fragment(m) for m in messages if nl.gettext(m) != m}
    return sorted(f for f in fragments if len(f.split()) >= 2 and f in text)


def test_cli_compare_report_in_dutch(tmp_path, runs):
    runner = CliRunner()
    old, new = str(runs["A"].snapshot), str(runs["B"].snapshot)
    result = runner.invoke(app, ["compare", old, new, "--out", str(tmp_path / "nl.html"), "--lang", "nl"])
    assert result.exit_code == 0, result.output
    html = (tmp_path / "nl.html").read_text(encoding="utf-8")
    assert '<html lang="nl">' in html
    text = _visible(html)
    for heading in ("<h1>Wat er veranderd is tussen twee exports</h1>",
                    '<h2 id="glance-h">In één oogopslag</h2>', '<h2 id="method-h">Hoe je dit leest</h2>'):
        assert heading in html
    # Compare's own English (titles, causes), the kind, visibility and eligibility names, dates.
    assert "Eerder blootgesteld: eerst openbaar, nu niet meer openbaar of weg (2)" in text
    assert "Geschiktheid voor AI-training gewijzigd: door een beleidswijziging, een bezwaar of een andere " \
        "zichtbaarheid (4)" in text
    assert re.search(r'<td>openbaar, <span class="ai-likely">waarschijnlijk</span></td>\s*'
                     r'<td>openbaar, <span class="ai-possible">mogelijk</span></td>\s*<td>bezwaar</td>', html)
    assert "1 jan 2024 bericht x:note:1 openen openbaar, waarschijnlijk openbaar, mogelijk bezwaar" in text
    assert "Soort Items Openbaar Beperkt Onbekend Waarschijnlijk in aanmerking Mogelijk in aanmerking" in text
    assert "Datum Soort Item Voor Na Waarom" in text
    assert re.search(r"Gemaakt op \d{1,2} [a-z]+ 20\d\d om \d\d:\d\d UTC", text)
    assert "(1 maart 2024) vergeleken met" in text
    assert _english_left(html) == []
    # The machine interfaces do not change with the language.
    english = runner.invoke(app, ["compare", old, new, "--out", str(tmp_path / "en.html")])
    assert english.exit_code == 0 and english.stdout == result.stdout.replace("nl.html", "en.html")
    en_html = (tmp_path / "en.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in en_html and "<h1>What changed between two exports</h1>" in en_html
    assert "(1 March 2024) compared with" in _visible(en_html)
    assert len(_english_left(en_html)) > 20  # the check finds English where there is some

    def embedded(page):
        return json.loads(page.split('id="ai-exposure-comparison">', 1)[1].split("</script>", 1)[0])

    assert embedded(html) == embedded(en_html)
    assert runner.invoke(app, ["compare", old, new, "--json", "--lang", "nl"]).stdout == \
        runner.invoke(app, ["compare", old, new, "--json"]).stdout


def test_english_compare_report_keeps_its_sentences(tmp_path, runs):
    from ai_exposure.comparison import write_report

    html = write_report(compare(side(runs["A"], "A"), side(runs["B"], "B")), {},
                        tmp_path / "c.html").read_text(encoding="utf-8")
    text = _visible(html)
    assert '<html lang="en">' in html
    assert "Previously exposed: public before, not public now or gone (2)" in text
    assert "Eligibility changed: by a policy change, an opt-out or a change of visibility (4)" in text
    assert "Date Kind Item Before After Why" in text
    assert re.search(r'<td>public, <span class="ai-likely">likely</span></td>\s*'
                     r'<td>public, <span class="ai-possible">possibly</span></td>\s*<td>opt-out</td>', html)
    assert "Jan 1, 2024 post x:note:1 open public, likely public, possibly opt-out" in text
    # Made public (2): its own visibility changed its eligibility, whatever the opt-out did.
    assert re.search(r'<td>restricted, <span class="ai-unlikely">[^<]+</span></td>\s*'
                     r'<td>public, <span class="ai-possible">possibly</span></td>\s*'
                     r'<td>visibility change</td>', html)


def test_compare_language_defaults_like_analyze(tmp_path, runs, monkeypatch):
    """--lang, else the settings file's language, else the system locale; a wrong one is an error."""
    runner = CliRunner()
    old, new = str(runs["A"].snapshot), str(runs["B"].snapshot)

    def lang_of(*extra):
        out = tmp_path / "c.html"
        result = runner.invoke(app, ["compare", old, new, "--out", str(out), *extra])
        assert result.exit_code == 0, result.output
        return re.search(r'<html lang="(\w+)">', out.read_text(encoding="utf-8")).group(1)

    assert lang_of() == "en"
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert lang_of() == "nl"
    assert lang_of("--lang", "en") == "en"
    monkeypatch.setenv("LANG", "C.UTF-8")
    (tmp_path / "settings.toml").write_text('lang = "nl"\n')
    assert lang_of() == "nl"
    assert lang_of("--lang", "en") == "en"
    result = runner.invoke(app, ["compare", old, new, "--lang", "de"])
    assert (result.exit_code, result.output) == (2, "Error: unknown language 'de': use one of en, nl\n")


def test_dutch_compare_report_of_two_real_x_exports(tmp_path):
    """The X sample and the same account exported later, renamed and opted out of AI training: the
    Dutch comparison, with a trend chart, holds no English of ours."""
    from datetime import date

    from ai_exposure.parsers import REGISTRY

    from ai_exposure.comparison import trend_points, write_report
    from ai_exposure.settings import UserSettings

    assert "x" in REGISTRY
    later = _volatile_copy(X_SAMPLE, tmp_path / "later", "heron_renamed")
    first = analyze([X_SAMPLE], tmp_path / "a", user=UserSettings(lang="nl", region="us"))
    second = analyze([later], tmp_path / "b", user=UserSettings(lang="nl", region="us",
                                                               opted_out={"x": date(2024, 6, 1)}))
    result = compare(side(first, "eerste"), side(second, "later"))
    assert result.total("eligibility_changed") > 0
    points = [{"date": f"2024-0{m}-01", "total": 40, "public": 20 + m, "eligible": 10 - m, "possible": m,
               "run": m} for m in (1, 2, 3)]
    html = write_report(result, {"x": [{"account": "@heron_renamed", "chart": trend_points(points),
                                        "runs": points}]}, tmp_path / "nl.html", lang="nl"
                        ).read_text(encoding="utf-8")
    text = _visible(html)
    assert '<html lang="nl">' in html
    assert "Vergeleken: @sample_heron → @heron_renamed (hernoemd, of herkend aan gedeelde items)." in text
    assert "<h3>Verloop over 3 analyses van @heron_renamed</h3>" in html
    assert "■ Openbaar ■ Waarschijnlijk in aanmerking ■ Mogelijk in aanmerking" in text
    assert "1 mrt 2024" in text and "chatbericht" in text and "Waarom" in text
    assert _english_left(html) == []


def test_a_big_report_is_read_back_and_a_bomb_is_not(tmp_path, monkeypatch):
    """An embedded snapshot may unpack past snapshot.MAX_EMBEDDED (1 GB: the benchmark's Takeout of
    1.4 million items already takes 771 MB) when it packs no tighter than a real one: the bound is
    MAX_EMBEDDED_RATIO times its packed size then. A gzip bomb (a thousand to one) is refused."""
    import base64
    import gzip

    result = analyze([SAMPLES / "x" / "2024"], tmp_path / "out")
    unpacked = result.snapshot.stat().st_size
    monkeypatch.setattr(snapshot, "MAX_EMBEDDED", unpacked // 4)  # a real snapshot past the floor
    assert snapshot.load(result.report) == snapshot.load(result.snapshot)
    html = result.report.read_bytes()
    start, end, packed = snapshot._embedded_span(html, result.report)
    assert packed and unpacked > snapshot.MAX_EMBEDDED
    bomb = base64.b64encode(gzip.compress(b" " * (unpacked * 20), 9))
    doctored = tmp_path / "bomb.html"
    doctored.write_bytes(html[:start] + bomb + html[end:])
    with pytest.raises(snapshot.SnapshotError, match="unpacks to more than"):
        snapshot.load(doctored)
