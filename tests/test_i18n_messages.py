"""What parsers and the core say about the user's files (evidence, file descriptions, notices, caveats,
problems) reaches the Dutch report in Dutch: `Msg` keeps a message's template and parameters, the
store keeps them for every evidence text, and the report's translator notes whatever the catalog lacks.
Every sample export is rendered in Dutch here, and nothing may be left untranslated."""

from __future__ import annotations

import base64
import gzip
import json
import pickle
import re
from datetime import date
from pathlib import Path

import pytest
from conftest import SAMPLES, write_tree

from ai_exposure import i18n, report
from ai_exposure.i18n import Msg, Num, Translator, message_of, msg_join
from ai_exposure.model import HIGH, PUBLIC, Item
from ai_exposure.run import analyze
from ai_exposure.settings import UserSettings
from ai_exposure.store import ItemStore

# One run per export; parts of one download go together.
SAMPLE_RUNS = {
    "x-2016-grailbird": ["x/2016-grailbird"], "x-2020": ["x/2020"], "x-2022": ["x/2022"],
    "x-2024": ["x/2024"],
    "linkedin-2018": ["linkedin/2018"], "linkedin-2026": ["linkedin/2026"],
    "linkedin-basic": ["linkedin/basic"],
    "instagram-2020": ["instagram/2020-legacy"], "instagram-2022": ["instagram/2022-flat"],
    "instagram-2024": ["instagram/2024-grouped"], "instagram-2024-html": ["instagram/2024-html"],
    "instagram-2025": ["instagram/2025-part1", "instagram/2025-part2"],
    "facebook-2019": ["facebook/2019-flat"], "facebook-2023": ["facebook/2023-grouped"],
    "facebook-2024-html": ["facebook/2024-html"], "facebook-2025": ["facebook/2025-activity"],
    "facebook-page": ["facebook/2025-page"],
    "google-en": ["google/en-part1", "google/en-part2"], "google-nl": ["google/nl-part1", "google/nl-part2"],
}


# ------------------------------------------------------------------------------------------ Msg

def test_a_msg_is_its_english_text_and_keeps_how_it_was_made():
    inner = Msg("%(file)s: likes are private on X since June 2024", file="data/like.js")
    outer = Msg("%(evidence)s; %(file)s: long post not matched to a tweet", evidence=inner,
                file="data/note-tweet.js")
    assert outer == ("data/like.js: likes are private on X since June 2024; data/note-tweet.js: long "
                     "post not matched to a tweet")
    assert isinstance(outer, str) and outer.params["evidence"] is inner
    again = pickle.loads(pickle.dumps(outer))
    assert again == outer and again.template == outer.template and again.params["evidence"].template \
        == inner.template
    assert Msg.from_json(json.loads(json.dumps(outer.to_json()))).to_json() == outer.to_json()


def test_a_literal_percent_sign_without_parameters_is_kept():
    assert Msg("100% of it") == "100% of it"


def test_an_exception_raised_with_a_msg_gives_the_msg_back():
    exc = ValueError(Msg("record %(n)s", n=3))
    assert isinstance(message_of(exc), Msg) and message_of(exc) == "record 3"
    assert message_of(ValueError("plain")) == "plain"


def test_the_translator_renders_nested_messages_and_notes_what_is_missing():
    tr = Translator("nl")
    known = Msg("%(place)s: %(reason)s", place=Msg("line %(n)s", n=12),
                reason=Msg("malformed CSV (%(detail)s)", detail="unexpected end of data"))
    assert known == "line 12: malformed CSV (unexpected end of data)"
    assert tr.text(known) == "regel 12: ongeldige CSV (unexpected end of data)"
    assert tr.missing == set()  # placeholders and punctuation need no catalog entry
    assert tr.text(msg_join("; ", [Msg("empty file"), Msg("header")])) == "leeg bestand; kopregel"
    assert tr.missing == set()
    unknown = Msg("%(file)s: a message nobody translated", file="a.json")
    assert tr.text(unknown) == "a.json: a message nobody translated"
    assert tr.missing == {"%(file)s: a message nobody translated"}
    assert Translator("en").text(unknown) == unknown  # English is the source: nothing to note


def test_the_store_remembers_how_each_evidence_text_was_made(tmp_path):
    store = ItemStore(tmp_path / "items.sqlite")
    evidence = Msg("%(file)s: direct messages are private", file="data/direct-messages.js")
    for n in range(3):
        store.add(Item("x", "message", f"x:dm:{n}", None, PUBLIC, evidence, HIGH, "data/direct-messages.js"),
                  1, "unlikely", "")
    store.add(Item("x", "post", "x:tweet:9", None, PUBLIC, "plain evidence", HIGH, "data/tweets.js"),
              1, "likely", "")
    found = store.message(str(evidence))
    assert found is not None and found.template == evidence.template and found.params == evidence.params
    assert store.message("plain evidence") is None
    tr = Translator("nl", lookup=store.message)
    assert tr.text("data/direct-messages.js: direct messages are private") != \
        "data/direct-messages.js: direct messages are private"
    assert tr.missing == set()
    store.close()


# --------------------------------------------------------------------- every sample, in Dutch

def _decode_items(html: str) -> dict:
    start = html.index(f'id="{report.ITEMS_ID}"')
    body = html[html.index(">", start) + 1:html.index("</script>", start)].strip()
    return json.loads(gzip.decompress(base64.b64decode(body)))


@pytest.mark.parametrize("run_name", sorted(SAMPLE_RUNS))
def test_every_message_of_a_sample_export_is_translated_into_dutch(run_name, tmp_path):
    paths = [SAMPLES / d for d in SAMPLE_RUNS[run_name]]
    user = UserSettings(lang="nl", opted_out={"x": date(2025, 1, 1)})
    result = analyze(paths, tmp_path / "nl", user=user)
    assert sorted(result.untranslated) == []
    # The item browser's evidence is Dutch too (it is rebuilt from the store, not from the parsers).
    en = analyze(paths, tmp_path / "en", user=UserSettings(lang="en"))
    english = set(_decode_items(en.report.read_text(encoding="utf-8"))["evidence"])
    dutch = set(_decode_items(result.report.read_text(encoding="utf-8"))["evidence"])
    if english:
        assert english != dutch


def _broken_x_tree(base: Path) -> Path:
    ytd = "window.YTD.{0}.part0 = "
    return write_tree(base / "twitter-2024-01-01-broken", {
        "data/manifest.js": 'window.__THAR_CONFIG = {"userInfo": {"accountId": "1", "userName": "a"},'
                            ' "archiveInfo": {"generationDate": "2024-01-01T00:00:00.000Z"}}',
        "data/account.js": ytd.format("account") + '[{"account": {"username": "a", "accountId": "1"}}]',
        # Truncated in the second record: the first is kept, the rest is a problem.
        "data/tweets.js": ytd.format("tweets") + '[{"tweet": {"id_str": "1", "full_text": "hi", '
                          '"created_at": "Tue Mar 05 14:02:11 +0000 2024"}}, {"tweet": {"id_str": "2", ',
        "data/like.js": ytd.format("like") + "{not json",
        "data/follower.js": "",
        "data/mystery-new-file.js": ytd.format("mystery") + "[]",
    })


def test_problems_with_broken_files_are_reported_in_dutch(tmp_path):
    tree = _broken_x_tree(tmp_path)
    result = analyze([tree], tmp_path / "nl", user=UserSettings(lang="nl"))
    assert sorted(result.untranslated) == []
    problems = [p for s in result.analysis.sources for p in s.problems]
    assert problems, "the broken files must be reported"
    html = result.report.read_text(encoding="utf-8")
    tr = Translator("nl")
    for p in problems:
        # Shown in Dutch, different from the English text (a file name alone aside).
        assert tr.text(p.reason) != p.reason or not re.search(r"[a-z]{4,} [a-z]{3,}", p.reason), p.reason
        assert i18n.normalise("nl") == "nl" and tr.text(p.reason).split()[0] in html


def test_numbers_in_messages_are_written_for_the_language(tmp_path):
    msg = Msg("%(n)s items appeared more than once (twice in this export, or also in a newer export "
              "of the same account given in this run) and are counted once.", n=Num(12345))
    assert msg.startswith("12,345 items appeared")
    assert Translator("nl").text(msg).startswith("12.345 items kwamen vaker voor")
    assert Translator("nl").text(Msg("%(a)s; %(b)s", a=Num(1234.56, 1), b=Num(7))) == "1.234,6; 7"
    # Through the store, as the item browser's evidence comes back.
    store = ItemStore(tmp_path / "items.sqlite")
    evidence = Msg("declares %(n)s bytes (limit %(limit)s)", n=Num(5_000_000), limit=Num(4_000_000))
    store.add(Item("x", "post", "x:tweet:1", None, PUBLIC, evidence, HIGH, "data/tweets.js"), 1, "likely", "")
    assert Translator("nl", lookup=store.message).text(str(evidence)) == \
        "zegt 5.000.000 bytes groot te zijn (grens 4.000.000)"
    store.close()


def test_dates_in_messages_are_iso_in_english_and_written_out_in_dutch():
    msg = Msg("%(file)s: latest action Unprotect (%(date)s); the account is public",
              file="data/protected-history.js", date=date(2024, 6, 15))
    assert msg == "data/protected-history.js: latest action Unprotect (2024-06-15); the account is public"
    assert Translator("nl").text(msg) == \
        "data/protected-history.js: laatste actie Unprotect (15 juni 2024); het account is openbaar"
    assert Msg.from_json(json.loads(json.dumps(msg.to_json()))).params["date"] == date(2024, 6, 15)
