"""The report in a real browser: headless Chromium (Debian's package) driven by Playwright.

One report is built from every sample export under samples/ plus a hostile export in the test format
(tests/fakeparser.py) whose posts carry <script>, <img onerror> and javascript: links. The page must
load with no console errors, make no request but for the file itself, filter and search, keep the
hostile content inert, and look right at desktop and phone widths (screenshots in test-artifacts/)."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES, write_tree
from fakeparser import SPEC, tree

from ai_exposure.parsing import Options
from ai_exposure.pipeline import registry
from ai_exposure.run import analyze
from ai_exposure.settings import UserSettings

pytestmark = [pytest.mark.browser, pytest.mark.slow]  # each starts Chromium

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]
ARTIFACTS = ROOT / "test-artifacts"

HOSTILE_TEXT = ('<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> '
                '<a href="javascript:window.__pwned = 3">click me</a> hostile-marker')
HOSTILE_POSTS = [
    {"id": "666", "text": HOSTILE_TEXT, "date": "2025-12-30T10:00:00Z", "audience": "everyone",
     "url": "javascript:window.__pwned = 4"},
    {"id": "667", "text": "</script><script>window.__pwned = 5</script> closing-marker",
     "date": "2025-12-29T10:00:00Z", "audience": "everyone", "url": "https://example.com/p/667"},
    {"id": "668", "text": "a post with a data link data-marker", "date": "2025-12-28T10:00:00Z",
     "audience": "everyone", "url": "data:text/html,<script>window.__pwned = 6</script>"},
    {"id": "669", "text": "Bel me op +31 6 12345678 of mail jan@example.com; IBAN NL91 ABNA 0417 1643 00",
     "date": "2025-12-27T10:00:00Z", "audience": "everyone", "url": "https://example.com/p/669"},
]
# The test format as its own platform label, so it does not merge with the X samples.
HOSTILE_SPEC = replace(SPEC, label="Hostile test export")


def sample_exports() -> list[Path]:
    """Every extracted sample export (samples/<platform>/<era>/), when the samples exist."""
    if not SAMPLES.is_dir():
        return []
    return sorted(p for p in SAMPLES.glob("*/*") if p.is_dir() and p.parent.name != "build")


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


def build_report(tmp: Path, no_text: bool = False) -> Path:
    hostile = write_tree(tmp / "hostile", tree(account="mallory", posts_json=json.dumps(HOSTILE_POSTS)))
    specs = {**registry(), "hostile": HOSTILE_SPEC}
    result = analyze([*sample_exports(), hostile], tmp / "out", options=Options(no_text=no_text),
                     specs=specs)
    return result.report


@pytest.fixture(scope="module")
def report_file(tmp_path_factory) -> Path:
    return build_report(tmp_path_factory.mktemp("browser"))


class Watched:
    """A page whose every request, console error and dialog is recorded; requests other than the
    report file itself are aborted."""

    def __init__(self, browser, url: str, width: int, height: int):
        self.url = url
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)

    def _route(self, route):
        if route.request.url == self.url:
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self):
        self.page.goto(self.url)
        self.page.wait_for_selector("html[data-browser-ready]", state="attached")
        self.page.wait_for_load_state("load")
        return self.page

    def close(self):
        self.context.close()


@pytest.fixture
def watched(browser, report_file):
    pages: list[Watched] = []

    def make(width: int = 1280, height: int = 900, path: Path = report_file) -> Watched:
        w = Watched(browser, path.resolve().as_uri(), width, height)
        pages.append(w)
        return w

    yield make
    for w in pages:
        w.close()


def count_line(page) -> str:
    return page.locator("#result-count").inner_text()


def rows(page):
    return page.locator("#item-table tbody tr")


def change_and_wait(page, action) -> str:
    """Do `action` and wait until the browser has drawn its result (report.js counts its draws)."""
    before = page.get_attribute("#result-count", "data-draws")
    action()
    page.wait_for_function("b => document.getElementById('result-count').getAttribute('data-draws') !== b",
                           arg=before)
    return count_line(page)


@pytest.mark.parametrize("name, width, height", [("desktop", 1280, 900), ("phone", 390, 844)])
def test_loads_without_errors_or_requests_and_screenshots(watched, name, width, height):
    w = watched(width, height)
    page = w.open()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"report-{name}.png"))
    page.screenshot(path=str(ARTIFACTS / f"report-{name}-full.png"), full_page=True)
    page.locator("#browse").scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / f"report-{name}-browser.png"))
    page.locator("#sensitive").screenshot(path=str(ARTIFACTS / f"report-{name}-sensitive.png"))
    assert page.locator("#sensitive table.findings tbody tr").count() == 3
    assert w.errors == []
    assert w.blocked == []
    assert w.requests == [w.url]
    assert w.dialogs == []
    assert page.evaluate("window.__pwned") is None
    # At a glance fits the first screen on a desktop: the tiles and the per-platform chart.
    if name == "desktop":
        chart_box = page.locator("#glance svg.chart").bounding_box()
        assert chart_box["y"] + chart_box["height"] <= height
    # Readable on a phone: nothing wider than the screen.
    assert page.evaluate("document.documentElement.scrollWidth") <= width


def test_filters_search_and_pages(watched):
    page = watched().open()
    total = rows(page).count()
    assert total == 50  # a page of the item browser
    assert "Showing 1–50" in count_line(page)

    change_and_wait(page, lambda: page.select_option("select[name=platform]", "x"))
    platforms = set(page.locator("#item-table tbody tr td.kind .pf").all_inner_texts())
    assert platforms == {"X (Twitter)"}

    change_and_wait(page, lambda: page.select_option("select[name=visibility]", "public"))
    visibility = set(page.locator("#item-table tbody tr td:nth-child(4) strong").all_inner_texts())
    assert visibility == {"public"}

    change_and_wait(page, lambda: page.select_option("select[name=platform]", ""))
    line = change_and_wait(page, lambda: page.fill("input[name=q]", "closing-marker"))
    assert line == "1 item matches."
    assert rows(page).count() == 1
    assert "closing-marker" in rows(page).first.inner_text()

    line = change_and_wait(page, lambda: page.fill("input[name=q]", "no-such-word-anywhere"))
    assert rows(page).count() == 0 and line == "No items match these filters."

    change_and_wait(page, lambda: page.fill("input[name=q]", ""))
    change_and_wait(page, lambda: page.select_option("select[name=visibility]", ""))
    first_page = rows(page).first.inner_text()
    pager = page.locator("nav.pager")
    if pager.is_visible():
        change_and_wait(page, lambda: page.click("nav.pager [data-page=next]"))
        assert "Showing 51–" in count_line(page)
        assert rows(page).first.inner_text() != first_page


def test_eligibility_and_kind_filters(watched):
    page = watched().open()
    change_and_wait(page, lambda: page.select_option("select[name=ai]", "likely"))
    levels = set(page.locator("#item-table tbody tr td:nth-child(5) strong").all_inner_texts())
    assert levels == {"likely"}
    kinds = page.locator("select[name=kind] option").all_inner_texts()
    assert "post" in kinds
    change_and_wait(page, lambda: page.select_option("select[name=kind]", "post"))
    texts = page.locator("#item-table tbody tr td.kind").all_inner_texts()
    assert texts and all(re.search(r"\bpost\b", t) for t in texts)


def test_personal_data_findings_lead_to_their_items(watched):
    page = watched().open()
    line = change_and_wait(page, lambda: page.click("#show-personal"))
    assert line == "1 item matches."
    assert page.locator("input[name=personal]").is_checked()
    row = rows(page).first
    assert "personal data" in row.locator("td.kind .tag").all_inner_texts()
    assert "+31 6 12345678" in row.inner_text()
    change_and_wait(page, lambda: page.uncheck("input[name=personal]"))
    assert rows(page).count() == 50


def test_hostile_content_stays_inert(watched):
    w = watched()
    page = w.open()
    change_and_wait(page, lambda: page.fill("input[name=q]", "hostile-marker"))
    cell = rows(page).first.locator("td.text")
    # The markup is shown as text, not run or rendered.
    assert "<script>window.__pwned = 1</script>" in cell.inner_text()
    assert cell.locator("img, script, a[href^='javascript']").count() == 0
    assert cell.locator("a").count() == 0  # its javascript: URL is no link at all
    change_and_wait(page, lambda: page.fill("input[name=q]", "data-marker"))
    assert rows(page).first.locator("a").count() == 0  # nor is a data: URL
    change_and_wait(page, lambda: page.fill("input[name=q]", "closing-marker"))
    link = rows(page).first.locator("a")
    assert link.get_attribute("href") == "https://example.com/p/667"
    assert link.get_attribute("rel") == "noreferrer noopener"
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img").count() == 0
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(a => a.getAttribute('href'))")
    assert hrefs and all(h.startswith(("https://", "http://", "#")) for h in hrefs)
    assert page.evaluate("document.querySelectorAll('script').length") == 4
    assert w.errors == [] and w.dialogs == [] and w.blocked == []


def test_no_text_report_shows_no_content(browser, tmp_path):
    path = build_report(tmp_path, no_text=True)
    w = Watched(browser, path.resolve().as_uri(), 1280, 900)
    try:
        page = w.open()
        body = page.inner_text("body")
        assert "hostile-marker" not in body and "closing-marker" not in body
        assert "text not shown" in rows(page).first.inner_text()
        assert w.errors == [] and w.blocked == []
    finally:
        w.close()


def test_without_javascript_the_first_page_is_readable(browser, report_file):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(report_file.resolve().as_uri())
        assert rows(page).count() == 50
        assert not page.locator("#filters").is_visible() and not page.locator("nav.pager").is_visible()
        assert "The newest 50 of" in count_line(page)
        assert "needs JavaScript" in page.inner_text("#browse")
        assert page.locator("#glance svg.chart").is_visible()
    finally:
        context.close()


def test_nothing_public_is_an_honest_empty_list(browser, tmp_path):
    folder = write_tree(tmp_path / "private", tree(posts_json=json.dumps([
        {"id": "1", "text": "friends only", "date": "2024-01-01T00:00:00Z", "audience": "friends"}])))
    path = analyze([folder], tmp_path / "out", specs={"hostile": HOSTILE_SPEC}).report
    w = Watched(browser, path.resolve().as_uri(), 1280, 900)
    try:
        page = w.open()
        assert count_line(page) == "No item is public or possibly eligible for AI training."
        assert rows(page).count() == 0 and not page.locator("#filters").is_visible()
        assert w.errors == [] and w.blocked == []
    finally:
        w.close()


def test_print_layout_hides_the_controls(watched):
    page = watched().open()
    page.emulate_media(media="print")
    assert not page.locator("#filters").is_visible()
    assert page.locator("#glance svg.chart").is_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report-print.png"))


# WCAG 2 contrast of every piece of visible HTML text against the background it is drawn on.
CONTRAST_PROBLEMS = """() => {
  function rgb(c) { const m = c.match(/[\\d.]+/g).map(Number); return m.length > 3 ? m : m.concat([1]); }
  function lum(c) {
    const [r, g, b] = c.slice(0, 3).map(v => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }
  function background(el) {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c[3] > 0.5) { return c; }
    }
    return [255, 255, 255, 1];
  }
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!n.textContent.trim() || el.closest("svg, script, style, noscript, .sr-only, .skip")) { continue; }
    const rect = el.getBoundingClientRect();
    if (!rect.width || !rect.height || el.closest("details:not([open]) > :not(summary)")) { continue; }
    const st = getComputedStyle(el);
    if (st.visibility === "hidden") { continue; }
    const fg = rgb(st.color), bg = background(el);
    const l1 = lum(fg), l2 = lum(bg);
    const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    const size = parseFloat(st.fontSize), bold = parseInt(st.fontWeight, 10) >= 700;
    const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    if (ratio < needed) {
      out.push(`${el.tagName}.${el.className} ${ratio.toFixed(2)} ${n.textContent.trim().slice(0, 30)}`);
    }
  }
  return [...new Set(out)];
}"""

STRUCTURE_PROBLEMS = """() => {
  const out = [];
  const levels = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map(h => +h.tagName[1]);
  if (levels.filter(l => l === 1).length !== 1 || levels[0] !== 1) { out.push("one h1, first"); }
  levels.forEach((l, i) => {
    if (i && l > levels[i - 1] + 1) { out.push("heading level skipped before h" + l); }
  });
  for (const c of document.querySelectorAll("select, input, button")) {
    if (!(c.labels && c.labels.length) && !c.getAttribute("aria-label") && !c.textContent.trim()) {
      out.push("unlabelled " + c.tagName + " " + (c.name || ""));
    }
  }
  for (const svg of document.querySelectorAll("svg")) {
    const ids = (svg.getAttribute("aria-labelledby") || "").split(" ").filter(Boolean);
    const named = ids.every(id => document.getElementById(id)?.textContent.trim());
    if (svg.getAttribute("role") !== "img" || ids.length < 2 || !named) {
      out.push("chart without a text alternative");
    }
  }
  for (const t of document.querySelectorAll("table")) {
    if (!t.querySelector("th")) { out.push("table without headers"); }
  }
  if (!document.documentElement.lang) { out.push("no page language"); }
  return out;
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_accessibility_basics(browser, report_file, scheme):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    try:
        page = context.new_page()
        page.goto(report_file.resolve().as_uri())
        page.wait_for_selector("html[data-browser-ready]", state="attached")
        assert page.evaluate(STRUCTURE_PROBLEMS) == []
        assert page.evaluate(CONTRAST_PROBLEMS) == []
    finally:
        context.close()


def test_the_dutch_report_shows_dutch_dates_and_evidence_in_the_item_browser(browser, tmp_path):
    exports = [p for p in sample_exports() if p.parent.name in ("x", "linkedin")]
    assert exports  # committed samples: never skipped
    path = analyze(exports, tmp_path / "nl", user=UserSettings(lang="nl")).report
    w = Watched(browser, path.resolve().as_uri(), 1280, 900)
    try:
        page = w.open()
        # Page 2 is built by report.js from the embedded data (page 1 is in the HTML itself).
        assert page.locator("nav.pager").is_visible()
        change_and_wait(page, lambda: page.click("nav.pager [data-page=next]"))
        dates = rows(page).locator("td.date").all_inner_texts()
        months = r"(jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)\.?"
        day = re.compile(rf"\d{{1,2}} {months} \d{{4}}|zonder datum")
        assert dates and all(day.fullmatch(d) for d in dates), dates
        evidence = " ".join(rows(page).locator(".evidence").all_inner_texts())
        assert "zichtbaar" in evidence or "openbaar" in evidence
        assert "visible" not in evidence and "assumed public" not in evidence
        assert w.errors == [] and w.blocked == []
    finally:
        w.close()
