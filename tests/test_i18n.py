"""The report in Dutch and English: catalogs complete and compiled, formatting per language, and the
same samples rendered in both languages with the guidance's facts linked to dated sources."""

from __future__ import annotations

import base64
import gzip
import json
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from conftest import SAMPLES, write_tree

from ai_exposure import i18n, policy, report
from ai_exposure.run import analyze
from ai_exposure.settings import UserSettings

PO = i18n.LOCALE_DIR / "nl" / "LC_MESSAGES" / "messages.po"
MO = PO.with_suffix(".mo")
PLACEHOLDER = re.compile(r"%\((\w+)\)s")

# Small real samples of every platform (the same set in both languages).
SAMPLE_DIRS = ["linkedin/2026", "x/2024", "instagram/2024-grouped", "facebook/2025-activity",
               "google/nl-part1", "google/nl-part2"]


def _po():
    with open(PO, "rb") as fh:
        return read_po(fh, locale="nl")


def _ids(message) -> tuple[str, ...]:
    return (message.id,) if isinstance(message.id, str) else tuple(message.id)


def _strings(message) -> tuple[str, ...]:
    return (message.string,) if isinstance(message.string, str) else tuple(message.string)


# ---------------------------------------------------------------------------------------- catalogs

@pytest.mark.slow
def test_every_user_visible_string_is_translated_in_the_dutch_catalog():
    """Extracts the templates and the code afresh: a string added without a Dutch translation fails
    here (run `python -m ai_exposure.i18n update`, translate, then `compile`)."""
    catalog = _po()
    missing = []
    for message in i18n.extract():
        if not message.id:
            continue
        found = catalog.get(message.id)
        if found is None or "fuzzy" in found.flags or not all(_strings(found)):
            missing.append(_ids(message)[0])
    assert missing == []


def test_translations_keep_their_placeholders():
    for message in _po():
        if not message.id or not all(_strings(message)):
            continue
        ids = _ids(message)
        for n, text in enumerate(_strings(message)):  # Dutch: singular, plural, like the msgids
            wanted = set(PLACEHOLDER.findall(ids[min(n, len(ids) - 1)]))
            assert set(PLACEHOLDER.findall(text)) == wanted, ids[0]


def test_the_compiled_catalog_is_up_to_date():
    with open(MO, "rb") as fh:
        compiled = read_mo(fh)
    for message in _po():
        if not message.id or "fuzzy" in message.flags or not all(_strings(message)):
            continue  # untranslated: the test above names it
        assert compiled.get(message.id) is not None, _ids(message)[0]
        assert _strings(compiled.get(message.id)) == _strings(message), _ids(message)[0]


# --------------------------------------------------------------------------------------- formatting

@pytest.mark.parametrize(("lang", "number", "day", "month"), [
    ("en", "1,240", "3 November 2025", "November 2025"),
    ("nl", "1.240", "3 november 2025", "november 2025"),
])
def test_numbers_and_dates_follow_the_language(lang, number, day, month):
    assert i18n.format_number(1240, lang) == number
    assert i18n.format_date(date(2025, 11, 3), lang) == day
    assert i18n.format_date("2025-11", lang) == month
    assert i18n.format_date("2024", lang) == "2024"


@pytest.mark.parametrize(("environ", "lang"), [
    ({"LANG": "nl_NL.UTF-8"}, "nl"),
    ({"LANG": "nl_BE.UTF-8", "LC_ALL": "en_GB.UTF-8"}, "en"),
    ({"LC_MESSAGES": "nl_NL"}, "nl"),
    ({"LANGUAGE": "fr:nl:en", "LANG": "fr_FR.UTF-8"}, "nl"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({}, "en"),
])
def test_default_language_from_the_system_locale(environ, lang):
    assert i18n.system_language(environ) == lang


def test_language_names_are_normalised():
    assert [i18n.normalise(v) for v in ("nl-NL", "NL", "nl_BE.UTF-8", "fr", None)] == \
        ["nl", "nl", "nl", "en", "en"]


# ------------------------------------------------------------------------------ the two reports

def _inputs(tmp: Path) -> list[Path]:
    dirs = [SAMPLES / d for d in SAMPLE_DIRS if (SAMPLES / d).is_dir()]
    if dirs:
        return dirs
    import fakeparser  # samples not there: the tiny test format

    return [write_tree(tmp / "notes", fakeparser.tree())]


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> dict[str, tuple[str, dict]]:
    tmp = tmp_path_factory.mktemp("i18n")
    inputs = _inputs(tmp)
    specs = None
    if inputs[0].name == "notes":
        import fakeparser

        specs = {"notes": fakeparser.SPEC}
    out = {}
    for lang in ("en", "nl"):
        user = UserSettings(lang=lang, opted_out={"linkedin": date(2025, 12, 1), "x": None})
        result = analyze(inputs, tmp / lang, user=user, specs=specs)
        out[lang] = (result.report.read_text(encoding="utf-8"),
                     json.loads(result.snapshot.read_text(encoding="utf-8")))
    return out


class _Text(HTMLParser):
    """The visible text of a page (not scripts, styles or attribute values)."""

    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def _visible(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def _guidance(html: str) -> str:
    start = html.index('<section id="ai-guidance"')
    return html[start:html.index("</section>", start)]


def test_both_languages_render_the_same_findings(reports):
    (en, en_snap), (nl, nl_snap) = reports["en"], reports["nl"]
    assert '<html lang="en">' in en and '<html lang="nl">' in nl
    assert [i["key"] for i in en_snap["items"]] == [i["key"] for i in nl_snap["items"]]
    assert [i["ai_training"] for i in en_snap["items"]] == [i["ai_training"] for i in nl_snap["items"]]
    assert nl_snap["settings"]["lang"] == "nl"
    assert en_snap["settings"]["opted_out"]["linkedin"] == "2025-12-01"
    assert "AI training: what each platform uses, and what you can do" in _visible(en)
    assert "AI-training: wat elk platform gebruikt, en wat je kunt doen" in _visible(nl)


@pytest.mark.slow
def test_no_english_is_left_in_the_dutch_report(reports):
    """Every English sentence the templates, the rules and policies.toml can produce is absent from the
    visible text of the Dutch report (user content and file names aside, which are not ours)."""
    def page_text(html: str) -> str:
        # The visible page, and the item browser's evidence (compressed in the page, shown by report.js).
        return _visible(html) + " " + " ".join(_browser_data(html)["evidence"])

    text = page_text(reports["nl"][0])
    english = [m.id for m in i18n.extract() if isinstance(m.id, str) and len(m.id.split()) >= 4]
    kb = policy.load()
    for pol in kb.policies.values():
        english += [f.text["en"] for f in [*pol.facts.values(), *pol.notes] if f.text.get("en")]
        english += [f.note["en"] for f in pol.facts.values() if f.note.get("en")]
    # A run of three words or more is English only we write ("training in" is Dutch too).
    checked = [e for e in english if len(re.findall(r"[A-Za-z]{2,}", _fragment(e))) >= 3]
    assert sorted({e for e in checked if _fragment(e) in text}) == []
    # The same check finds the English report's sentences, parsers' evidence among them: it can fail.
    in_english = {e for e in checked if _fragment(e) in page_text(reports["en"][0])}
    assert len(in_english) > 100 and any(e.startswith("%(file)s: ") for e in in_english)


def _browser_data(html: str) -> dict:
    start = html.index(f'id="{report.ITEMS_ID}"')
    body = html[html.index(">", start) + 1:html.index("</script>", start)].strip()
    return json.loads(gzip.decompress(base64.b64decode(body)))


def _fragment(message: str) -> str:
    """The longest literal run of a message (between placeholders), as it would appear on the page."""
    runs = [r.strip() for r in PLACEHOLDER.split(message)[::2]]
    return max(runs, key=len)


def test_reasons_in_the_dutch_snapshot_are_dutch(reports):
    reasons = {i["ai_training_reason"] for i in reports["nl"][1]["items"]}
    assert "privéberichten worden niet voor training gebruikt" in reasons
    assert not any("not public" in r or "visibility unknown" in r for r in reasons)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_policy_fact_links_to_its_source_and_shows_its_date(reports, lang):
    section = _guidance(reports[lang][0])
    rows = re.findall(r'<tr class="fact[^"]*">(.*?)</tr>', section, re.S)
    assert len(rows) > 20
    for row in rows:
        cells = re.findall(r"<td>(.*?)</td>", row, re.S)
        sources = cells[-1]
        links = re.findall(r'<a class="src" href="(https?://[^"]+)"[^>]*>[^<]+</a>&nbsp;'
                           r'<span class="src-date muted">\(([^)]+)\)</span>', sources)
        if not links:  # only an unconfirmed fact may lack a source, and it says so
            assert 'class="tag unconfirmed"' in cells[0] and 'class="src-none muted"' in sources, row
        for _url, when in links:
            assert re.search(r"\b(19|20)\d\d\b", when), row
    as_of = i18n.format_date(policy.load().as_of, lang)
    assert as_of in _visible(section)


def test_unconfirmed_facts_are_shown_as_such(reports):
    section = _guidance(reports["nl"][0])
    assert "niet bevestigd" in _visible(section)
    assert section.count('class="tag unconfirmed"') >= 1


def test_guidance_quotes_the_findings(reports):
    en = _visible(_guidance(reports["en"][0]))
    assert re.search(r"You have [\d,]+ public items? on LinkedIn \(", en)
    assert "You told us you opted out on 1 December 2025." in en
    assert re.search(r"Your export lists 1 linked account \([^)]*linked_meta_accounts\.json\): one objection "
                     r"covers it too\.", en)
    nl = _visible(_guidance(reports["nl"][0]))
    assert re.search(r"Je hebt [\d.]+ openbare? items? op LinkedIn \(", nl)
    assert "Je gaf aan dat je op 1 december 2025 bezwaar hebt gemaakt." in nl


def test_the_package_data_globs_ship_the_policies_and_the_compiled_catalog():
    """pyproject's package-data patterns (the wheel's contents) cover the files this feature needs."""
    import tomllib
    from fnmatch import fnmatch

    root = Path(__file__).resolve().parents[1]
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    data = config["package-data"]
    needed = {"ai_exposure": ["policies.toml", "locale/nl/LC_MESSAGES/messages.mo"],
              "ai_exposure.report_templates": ["_guidance.html.j2"]}
    for package, files in needed.items():
        folder = root / config["package-dir"][package]
        for name in files:
            assert (folder / name).is_file(), name
            assert any(fnmatch(name, pattern) for pattern in data[package]), name


def test_the_snapshot_says_which_region_was_used_and_why(reports):
    settings = reports["en"][1]["settings"]
    assert settings["policy_as_of"] == "2026-08-21"
    used = {(r["platform"], r["region"], r["how"]) for r in settings["policy_regions"]}
    assert ("linkedin", "eu", "hint") in used  # the sample's Profile.csv names a place in France
    assert all(r["region"] in policy.REGIONS for r in settings["policy_regions"])
