"""The report without a browser: embedded data blocks, charts, sensitive findings, --no-text, the
snapshot embedding `compare` reads, translation hooks. tests/test_browser.py drives the same page."""

from __future__ import annotations

import base64
import gzip
import json
import os
import re
import stat
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import jinja2
import pytest
from conftest import SAMPLES, write_tree
from fakeparser import SPEC, posts, tree

from ai_exposure import charts, report, snapshot
from ai_exposure.model import AI_TRAINING, KINDS, LOW, PLATFORMS, UNKNOWN, VISIBILITIES, Item
from ai_exposure.parsing import Options, Route
from ai_exposure.run import analyze


def posts_some_unknown(member, ctx):
    """The test format's posts, where an audience the format does not know makes visibility unknown."""
    for out in posts(member, ctx):
        if isinstance(out, Item) and out.text.startswith("?"):
            out = replace(out, visibility=UNKNOWN, confidence=LOW,
                          evidence=f"{member.relpath}: audience not given")
        yield out


# The test format, with unknown visibility for posts whose text starts with "?".
SPEC_WITH_UNKNOWN = replace(SPEC, routes=tuple(
    Route(r.pattern, posts_some_unknown, r.what) if r.handler is posts else r for r in SPEC.routes))
SPECS = {"fake": SPEC_WITH_UNKNOWN}


def posts_json(posts: list[dict]) -> str:
    return json.dumps(posts)


def post(n: int, text: str, audience: str = "everyone", url: str = "", day: int = 0) -> dict:
    date = (datetime(2024, 1, 1, tzinfo=UTC) + timedelta(days=day)).isoformat().replace("+00:00", "Z")
    return {"id": str(n), "text": text, "date": date, "audience": audience, "url": url}


def make_report(tmp_path, posts, no_text=False, name="out"):
    folder = write_tree(tmp_path / f"e-{name}", tree(posts_json=posts_json(posts)))
    return analyze([folder], tmp_path / name, options=Options(no_text=no_text), specs=SPECS,
                   settings={"region": "NL"})


def script_json(html: str, element_id: str):
    """The JSON in a script element, plain or (data-encoding="gzip+base64") compressed."""
    m = re.search(rf'<script type="[^"]+" id="{element_id}"( data-encoding="gzip\+base64")?>(.*?)</script>',
                  html, re.S)
    assert m, element_id
    text = gzip.decompress(base64.b64decode(m.group(2), validate=True)) if m.group(1) else m.group(2)
    return json.loads(text)


def readable(html: str) -> str:
    """The page with each compressed script element's content replaced by the text it holds: a word
    found there is really in the report, not a chance run of base64 characters."""
    def unpacked(m: re.Match[str]) -> str:
        text = gzip.decompress(base64.b64decode(m.group(2), validate=True)).decode()
        return f"{m.group(1)}{text}</script>"

    compressed = r'(<script [^>]*data-encoding="gzip\+base64"[^>]*>)(.*?)</script>'
    return re.sub(compressed, unpacked, html, flags=re.S)


def test_browser_data_is_compact_json_newest_first(tmp_path):
    result = make_report(tmp_path, [
        post(1, "first public", url="https://example.com/u/status/1"),
        post(2, "friends only", audience="friends", day=1),
        post(3, "newest public", url="javascript:alert(1)", day=2),
    ])
    data = script_json(result.report.read_text(), report.ITEMS_ID)
    rows = data["rows"]
    # The restricted post is neither public nor possibly eligible: not in the browser.
    assert [r[6] for r in rows] == ["newest public", "first public"]
    newest, first = rows
    assert PLATFORMS[newest[0]] == "x" and KINDS[newest[1]] == "post"
    assert VISIBILITIES[newest[2]] == "public" and AI_TRAINING[newest[3]] != "unlikely"
    assert newest[5] == "2024-01-03"
    assert data["evidence"][newest[7]] == "notes/posts.json: audience"
    assert newest[9:11] == [-1, ""]  # javascript: is no link at all
    assert data["urls"][first[9]] + first[10] == "https://example.com/u/status/1"


def test_browser_list_is_capped_and_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr(report, "MAX_BROWSER_ITEMS", 2)
    result = make_report(tmp_path, [post(i, f"post {i}", day=i) for i in range(3)])
    html = result.report.read_text()
    assert [r[6] for r in script_json(html, report.ITEMS_ID)["rows"]] == ["post 2", "post 1"]
    assert "The newest 2 are listed here; snapshot.json beside this report has them all." in html
    assert len(snapshot.load(result.report)["items"]) == 3


def test_nothing_in_the_data_can_close_its_script_element(tmp_path):
    result = make_report(tmp_path, [post(1, "</script><script>alert(1)</script><!-- x")])
    html = result.report.read_text()
    assert "</script><script>alert" not in html and "<!-- x" not in html
    assert script_json(html, report.ITEMS_ID)["rows"][0][6] == "</script><script>alert(1)</script><!-- x"
    # The data blocks are base64: no "<" in them at all.
    for block in re.findall(r'data-encoding="gzip\+base64">(.*?)</script>', html, re.S):
        assert re.fullmatch(r"[A-Za-z0-9+/=]*", block)
    # Exactly our four script elements, and only one that runs (with the nonce).
    assert html.count("<script") == 4
    nonce = re.search(r"script-src 'nonce-([^']+)'", html).group(1)
    assert len(re.findall(rf'<script nonce="{re.escape(nonce)}">', html)) == 1


def test_embedded_snapshot_still_round_trips_for_compare(tmp_path):
    result = make_report(tmp_path, [post(1, "a </script> b", url="https://example.com/</script>")])
    assert snapshot.load(result.report) == snapshot.load(result.snapshot)
    assert snapshot.load(result.report)["items"][0]["url"] == "https://example.com/</script>"


def test_embedded_snapshot_is_compact_and_older_plain_reports_still_load(tmp_path):
    result = make_report(tmp_path, [post(i, f"post {i}", day=i) for i in range(50)])
    html = result.report.read_text()
    assert '"schema_version"' not in html  # compressed, not the JSON text
    assert snapshot.load(result.report) == snapshot.load(result.snapshot)
    # A report written before the compact form embedded plain JSON: it still loads.
    plain = tmp_path / "old-report.html"
    plain.write_text(f'<html><script type="application/json" id="{snapshot.EMBED_ID}">'
                     f"{result.snapshot.read_text()}</script></html>")
    assert snapshot.load(plain) == snapshot.load(result.snapshot)
    damaged = tmp_path / "damaged.html"
    damaged.write_text(re.sub(r'(data-encoding="gzip\+base64">)([A-Za-z0-9+/]{40})', r"\1!!!!", html))
    with pytest.raises(snapshot.SnapshotError, match="damaged"):
        snapshot.load(damaged)


def test_report_is_owner_only_and_has_no_external_reference(tmp_path):
    result = make_report(tmp_path, [post(1, "hello", url="https://example.com/p/1")])
    assert stat.S_IMODE(result.report.stat().st_mode) == 0o600
    html = result.report.read_text()
    for needle in ('src="', "src='", "url(", "@import", "<link", "<iframe", "<object", "<embed"):
        assert needle not in html, needle
    # Links (<a href>) to the user's items and to policy sources are not loads; nothing else in the
    # markup may name a remote address (the SVG namespace is a name, not a request).
    refs = _Attrs()
    refs.feed(html)
    assert "https://example.com/p/1" in refs.links
    assert refs.others <= {"http://www.w3.org/2000/svg"}, refs.others


class _Attrs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: set[str] = set()
        self.others: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value and re.match(r"\s*(https?:)?//", value):
                (self.links if (tag, name) == ("a", "href") else self.others).add(value)


def test_charts_are_accessible_svg_without_styles_or_scripts(tmp_path):
    html = make_report(tmp_path, [post(i, f"p{i}", day=40 * i) for i in range(12)]).report.read_text()
    svgs = re.findall(r"<svg.*?</svg>", html, re.S)
    assert len(svgs) == 3  # at a glance, over time, per platform (no unknown items: no share chart)
    for svg in svgs:
        assert 'role="img"' in svg and "<title id=" in svg and "<desc id=" in svg
        assert "style=" not in svg and "<script" not in svg and "<style" not in svg
        assert "xlink:href" not in svg and " href=" not in svg


def test_timeline_draws_markers_and_escapes_labels():
    svg = charts.timeline([("2024-01", [3]), ("2024-03", [1])], [charts.Series("pf-x", "X")],
                          "Public items", "desc", markers=[
                              charts.Marker("2024-02-15", "<b>X starts</b>"),
                              charts.Marker("2024-06-01", "opted out", kind="optout")])
    assert svg.count('class="mk mk-policy"') == 1 and svg.count('class="mk mk-optout"') == 1
    assert "<b>" not in svg and "&lt;b&gt;X starts&lt;/b&gt;" in svg
    assert ">2024<" in svg  # year on the axis


def test_timeline_without_dates_is_an_empty_frame():
    svg = charts.timeline([], [charts.Series("pf-x", "X")], "t", "d")
    assert svg.startswith("<svg") and "<rect" not in svg.replace('<rect class="s-pf-x" x="44"', "")


def test_share_bars_write_percentages():
    svg = charts.stacked_bars([("X", [1, 1, 2])], [charts.Series("public", "public"),
                              charts.Series("restricted", "restricted"), charts.Series("unknown", "unknown")],
                              "t", "d", percent=True)
    assert ">50%<" in svg and ">25%<" in svg


def test_sensitive_findings_are_listed_masked(tmp_path):
    result = make_report(tmp_path, [
        post(1, "Mijn IBAN is NL91 ABNA 0417 1643 00", url="https://example.com/p/1"),
        post(2, "bel me: 06-12345678", audience="friends"),  # restricted: not listed
    ])
    html = result.report.read_text()
    section = html[html.index('id="sensitive"'):html.index('id="time"')]
    assert "NL•• •••• •••• •••• 00" in section
    assert "Mijn IBAN is NL•• •••• •••• •••• 00" in section  # the words around it, masked
    assert "0417" not in section and "12345678" not in section
    assert "Bank account (IBAN)" in section and 'href="https://example.com/p/1"' in section
    assert "NL91" not in result.snapshot.read_text()
    # The item with the IBAN is flagged in the item browser; the restricted one is not listed there.
    assert [(r[6][:12], r[13]) for r in script_json(html, report.ITEMS_ID)["rows"]] == [("Mijn IBAN is", 1)]


def test_no_text_keeps_every_piece_of_content_out(tmp_path):
    secret_words = ["zebra-umbrella", "NL91", "ABNA", "0417", "1643", "burgerservicenummer"]
    result = make_report(tmp_path, [
        post(1, "zebra-umbrella IBAN NL91 ABNA 0417 1643 00"),
        post(2, "burgerservicenummer 111222333"),
    ], no_text=True)
    page = result.report.read_text()
    html = readable(page)  # the embedded snapshot and item list too, as text
    assert html.count('data-encoding="gzip+base64"') == 2 and '"schema_version"' in html
    for word in secret_words:
        assert word not in html, word
    assert "111222333" not in html and "•" not in html
    section = html[html.index('id="sensitive"'):html.index('id="time"')]
    assert "Bank account (IBAN)" in section and "National identity number" in section
    assert all(r[6] == "" for r in script_json(page, report.ITEMS_ID)["rows"])


def test_unknown_is_explained(tmp_path):
    html = make_report(tmp_path, [post(1, "a")]).report.read_text()
    assert "What is unknown, and why" in html and "visibility is known from the exports." in html
    html = make_report(tmp_path, [post(1, "? a"), post(2, "? b"), post(3, "c")],
                       name="unknown").report.read_text()
    about = html[html.index('id="about"'):]
    assert "The exports do not say who could see 2 items." in about
    assert "Share of items of unknown visibility per platform" in about
    assert re.search(r"<td>post</td><td class=\"num\">2</td><td class=\"evidence\">notes/posts.json: "
                     r"audience not given</td>", about)


def test_labels_for_the_script_come_from_the_template(tmp_path):
    html = make_report(tmp_path, [post(1, "a")]).report.read_text()
    meta = script_json(html, "ai-exposure-labels")
    assert meta["labels"]["kinds"]["post"] == "post"
    assert meta["model"]["kinds"] == list(KINDS)
    js = report.environment().loader.get_source(report.environment(), "report.js")[0]
    assert "</" not in js  # it is written into a script element as is
    # No English sentence in the script: words come from the labels block.
    assert not re.search(r'"[A-Z][a-z]+ [a-z]+', js)


class _Texts(HTMLParser):
    """Visible text of a page, outside script and style elements, in one string with "|" between text
    nodes. Parsers' evidence and reasons (class "evidence") and chart tooltips are data, so left out."""

    VOID = {"meta", "br", "input", "img", "hr", "link", "rect", "line"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[bool] = []  # per open element: is its text data?
        self.text = ""

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        data = (tag in ("script", "style")
                or "evidence" in (dict(attrs).get("class") or "")
                or (tag == "title" and "svg" in self.tags))
        self.stack.append(data or (bool(self.stack) and self.stack[-1]))
        self.tags.append(tag)

    def handle_startendtag(self, tag, attrs):
        return

    def handle_endtag(self, tag):
        if tag in self.VOID or tag not in self.tags:
            return
        while self.tags:
            self.stack.pop()
            if self.tags.pop() == tag:
                break

    def handle_data(self, data):
        if data.strip() and not (self.stack and self.stack[-1]):
            self.text += "|" + data.strip()

    tags: list[str]

    def reset(self):
        super().reset()
        self.tags = []


def test_every_sentence_goes_through_gettext(tmp_path, monkeypatch):
    """With a catalog that marks every translated string, every sentence on the page is marked."""

    class Marking:
        def gettext(self, s):
            return f"⟦{s}⟧"

        def ngettext(self, s, p, n):
            return f"⟦{s if n == 1 else p}⟧"

    real = report.environment

    def marked(*args, **kwargs):
        env = real(*args, **kwargs)
        env.install_gettext_translations(Marking(), newstyle=True)
        return env

    monkeypatch.setattr(report, "environment", marked)
    # Marker labels are the policy rules' words (translated there): leave them out here.
    monkeypatch.setattr("ai_exposure.guidance.timeline_markers", lambda *a, **k: [])
    html = make_report(tmp_path, [post(1, "hello world", url="https://example.com/1"),
                                  post(2, "bel 06-12345678")]).report.read_text()
    # The policy guidance (_guidance.html.j2) quotes policy data and is tested with the policy rules.
    html = re.sub(r'<section id="ai-guidance".*?(?=<section id="time")', "", html, flags=re.S)
    parser = _Texts()
    parser.feed(html)
    # What is left outside the marks is data: counts, dates, names, the user's content, file names, and
    # what the parser calls its files (the parsers' words, not the report's).
    rest = re.sub(r"⟦.*?⟧", "", parser.text, flags=re.S).split("|")
    data = re.compile(r"^[\d\s\u202f.,:;%()–/-]*$|^(ai-exposure|X \(Twitter\)|hello world|bel 06-12345678|"
                      r"X \(Twitter\): \.|Test notes export(: tester)?|.*notes/.*|.*\.dat|.*•.*|e-out\.|"
                      r"binary blob, not content|account index|[A-Z][a-z]{2} \d{1,2}, \d{4})$")
    unmarked = [t for t in rest if not data.match(t.strip())]
    assert unmarked == [], unmarked


def _reference_rows(store, no_text: bool, flagged: frozenset[str]) -> dict:
    """The browser data as the first version built it, a Python list and json.dumps per row: the rows
    SQLite's json_array builds now must read the same."""
    from ai_exposure.model import CONFIDENCES, safe_url

    indexes = {name: {v: i for i, v in enumerate(values)} for name, values in (
        ("platform", PLATFORMS), ("kind", KINDS), ("visibility", VISIBILITIES), ("ai", AI_TRAINING),
        ("confidence", CONFIDENCES))}
    tables: dict[str, dict[str, int]] = {"evidence": {}, "reasons": {}, "urls": {}}

    def ref(table, value):
        t = tables[table]
        if value not in t:
            if len(t) >= report.MAX_TABLE:
                return value
            t[value] = len(t)
        return t[value]

    rows = []
    for item in store.query(report.BROWSER_WHERE, order="created_at IS NULL, created_at DESC, key",
                            limit=report.MAX_BROWSER_ITEMS):
        url = safe_url(item.url)
        prefix, rest = -1, ""
        if url:
            cut = url.rfind("/") + 1
            prefix, rest = ref("urls", url[:cut]), url[cut:]
        rows.append([
            indexes["platform"].get(item.platform, 0), indexes["kind"].get(item.kind, len(KINDS) - 1),
            indexes["visibility"].get(item.visibility, 2), indexes["ai"].get(item.ai_training, 2),
            indexes["confidence"].get(item.confidence, 2), (item.created_at or "")[:10],
            "" if no_text else item.text, ref("evidence", item.evidence),
            ref("reasons", item.ai_training_reason), prefix, rest, item.media_count, int(item.own),
            int(item.key in flagged)])
    return {"rows": rows, **{name: list(t) for name, t in tables.items()}}


@pytest.mark.parametrize("no_text", [False, True])
def test_browser_rows_built_in_sqlite_read_as_before(tmp_path, monkeypatch, no_text):
    from ai_exposure.store import ItemStore

    monkeypatch.setattr(report, "MAX_TABLE", 3)  # tables fill up: later values are written inline
    monkeypatch.setattr(report, "ROWS_PER_CHUNK", 4)
    texts = ["plain", 'quote " and \\ backslash', "nul \x00 tab \t newline \n \x1f \x7f", "\u2028\u2029 é 😀",
             "</script><!--", "lone \ud800 surrogate", ""]
    urls = ["https://example.com/a/b", " HTTPS://Example.com/x\"y", "http://e.com", "javascript:alert(1)",
            "https://e.com/\\/q?\x01", "", "https://e.com/ü/ß", "\u2003https://e.com/p/1\u3000",
            "mailto:a@b.c"]
    store = ItemStore(tmp_path / "items.sqlite")
    for i in range(40):
        item = Item(platform=PLATFORMS[i % len(PLATFORMS)], kind=KINDS[i % len(KINDS)], key=f"k{i:03d}",
                    created_at=None if i % 7 == 0 else datetime(2024, 1, 1 + i % 28, tzinfo=UTC),
                    visibility=VISIBILITIES[i % len(VISIBILITIES)], evidence=f"evidence {i % 5} \"",
                    confidence=["high", "medium", "low"][i % 3], source_file="f",
                    text=texts[i % len(texts)], media_count=i % 3, url=urls[i % len(urls)], own=bool(i % 2))
        # An eligibility value the model does not list falls back to the last index, as before.
        store.add(item, 0, ["likely", "possible", "unlikely", "odd"][i % 4], f"reason {i % 6}")
    flagged = frozenset({"k001", "k004", "k039", "absent"})
    built = json.loads("".join(report.iter_browser_json(store, no_text, flagged)))
    expected = _reference_rows(store, no_text, flagged)
    assert len(built["rows"]) > 20
    assert built == expected
    store.close()


def test_progress_says_when_the_report_is_being_written(tmp_path):
    from ai_exposure import run

    calls = []
    folder = write_tree(tmp_path / "e", tree(posts_json=posts_json([post(1, "hello")])))
    analyze([folder], tmp_path / "out", specs=SPECS, progress=lambda *args: calls.append(args))
    parsing = calls[:-2]
    assert parsing and all(label != run.WRITING for label, _, _ in parsing)
    assert parsing[-1][1] == parsing[-1][2]  # the export read to the end
    assert calls[-2:] == [(run.WRITING, 0, 1), (run.WRITING, 1, 1)]


def test_the_headline_counts_what_you_posted_and_lists_connections_apart(tmp_path):
    """An Instagram account with a few posts and many followers: the at-a-glance numbers are the posts
    and other content the user made; followers and following are a line of their own, not 'public'."""
    from ai_exposure.model import CONNECTION_KINDS, CONTENT_KINDS

    result = analyze([SAMPLES / "instagram" / "2024-grouped"], tmp_path / "out")
    items = json.loads(result.snapshot.read_text(encoding="utf-8"))["items"]
    content = [i for i in items if i["kind"] in CONTENT_KINDS]
    connections = [i for i in items if i["kind"] in CONNECTION_KINDS]
    assert content and connections and len(content) < len(items)
    html = result.report.read_text(encoding="utf-8")
    glance = html.split('id="glance"', 1)[1].split("</section>", 1)[0]
    public = sum(i["visibility"] == "public" for i in content)
    likely = sum(i["ai_training"] == "likely" for i in content)
    assert f"Of the {len(content)} things you posted and wrote" in glance
    assert f"<strong>{public} are public</strong>; <strong>{likely} are likely</strong>" in glance
    assert (f"Connection lists: {len(connections)} entries (followers, following, connections, "
            f"subscriptions), {sum(i['visibility'] == 'public' for i in connections)} of them visible "
            "to anyone") in glance
    others = len(items) - len(content) - len(connections)
    assert (f"Also found: {others} other items" in glance) == (others > 0)


def _without_run_specifics(html: str) -> str:
    """The page less what differs between two runs of the same export: the script nonce, times, the
    numbering of charts in the process, and the compressed data (its header holds a time)."""
    for nonce in set(re.findall(r'nonce="([^"]+)"', html)):
        html = html.replace(nonce, "NONCE")
    html = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?", "TIME", html)
    html = re.sub(r"chart\d+", "chart", html)
    return re.sub(r'(data-encoding="gzip\+base64">)[^<]*', r"\1", html)


def test_compiled_templates_are_kept_in_the_users_cache_and_reused(tmp_path, monkeypatch):
    folder = write_tree(tmp_path / "export", tree(posts_json=posts_json([post(1, "hello")])))

    def page(out: str) -> str:
        result = analyze([folder], tmp_path / out, specs=SPECS, settings={"region": "NL"})
        return _without_run_specifics(result.report.read_text())

    first = page("first")
    cache_root = Path(os.environ["XDG_CACHE_HOME"]) / "ai-exposure"
    folders = list(cache_root.glob("templates-*"))
    assert len(folders) == 1 and stat.S_IMODE(folders[0].stat().st_mode) == 0o700
    cached = list(folders[0].iterdir())
    assert cached and all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in cached)

    def no_compiling(*args, **kwargs):
        raise AssertionError("a template was compiled again")

    with monkeypatch.context() as m:
        m.setattr(jinja2.Environment, "compile", no_compiling)
        assert page("second") == first

    for f in cached:  # a damaged cache is compiled over, never trusted
        f.write_bytes(b"j2 not what was written")
    assert page("third") == first


def test_a_cache_that_cannot_be_written_is_no_cache(tmp_path, monkeypatch):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    html = make_report(tmp_path, [post(1, "hello")]).report.read_text()
    assert "hello" in html


def test_a_cache_folder_others_can_write_to_is_never_loaded(tmp_path, monkeypatch):
    # Compiled templates are code that runs when loaded: a folder another user could put files in is
    # no cache at all (as the output folder's rules say), and a report is still written.
    from ai_exposure import report

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    cache = report._template_cache()
    assert cache is not None
    folder = Path(cache.directory)
    folder.chmod(0o777)
    assert report._template_cache() is None
    html = make_report(tmp_path, [post(1, "hello")]).report.read_text()
    assert "hello" in html
    assert not list(folder.iterdir())
