"""How long a report of 200,000 items takes to open in Chromium and become interactive.

Fills an item store with N synthetic items (deterministic; no parsing, so only the report is
measured), writes snapshot.json and report.html as `analyze` does, then opens the report in headless
Chromium (Debian's /usr/bin/chromium, driven by Playwright) and prints:

- open: from navigation start until report.js has drawn the first page of the item browser and
  attached its handlers (the `data-browser-ready` attribute it sets), the median of a few loads;
- filter and search: the time from a change of the platform filter, and from typing a word, until
  the count line shows the new result;
- the size of the file and how long writing it took.

Usage: python bench/report_open.py [--items 200000] [--runs 3] [--out bench-out/report-open]
The target (issue 7): open under 2 s on the CI machine."""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ai_exposure import report, sensitive, snapshot
from ai_exposure.model import HIGH, LOW, MEDIUM, Item, SourceInfo
from ai_exposure.parsing import ParserSpec
from ai_exposure.pipeline import PARSED, Analysis, FileRecord, SourceResult
from ai_exposure.store import ItemStore

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]

_VOCABULARY = ("the a of to and in my new post today we our great with for on this at coffee walk city team "
               "launch photo weekend garden music project thanks friends read book learn data design code "
               "travel rain sunny market bakery bike dinner family holiday museum train morning")
WORDS = tuple(_VOCABULARY.split())
PLATFORM_KINDS = {
    "x": ("post", "comment", "repost", "photo"),
    "instagram": ("post", "photo", "video", "comment", "story"),
    "facebook": ("post", "comment", "photo"),
    "linkedin": ("post", "comment", "article"),
    "youtube": ("comment", "video"),
}
EVIDENCE = {
    "x": ("data/tweets.js: account not protected (protected-history.js)",
          "data/tweets.js: reply in a public conversation"),
    "instagram": ("personal_information/account_privacy: Public", "media/posts_1.json: account was public"),
    "facebook": ("your_posts_1.json: audience Public", "your_posts_1.json: no audience field"),
    "linkedin": ("Shares.csv: Visibility MEMBER_NETWORK", "Comments.csv: comment on a public post"),
    "youtube": ("comments.csv: on a public video", "video metadata: Privacy Public"),
}


def fill(store: ItemStore, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    start = datetime(2011, 1, 1, tzinfo=UTC)
    span = (datetime(2026, 3, 1, tzinfo=UTC) - start).total_seconds()
    platforms = list(PLATFORM_KINDS)
    for i in range(n):
        platform = platforms[i % len(platforms)]
        kind = rng.choice(PLATFORM_KINDS[platform])
        roll = rng.random()
        visibility = "public" if roll < .8 else ("unknown" if roll < .93 else "restricted")
        words = rng.randint(3, 45)
        text = " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."
        if i % 997 == 0:
            text += " Mail me: someone@example.com"
        created = start + timedelta(seconds=rng.random() * span)
        item = Item(platform, kind, f"{platform}:{kind}:{i}", created, visibility,
                    rng.choice(EVIDENCE[platform]), rng.choice((HIGH, MEDIUM, LOW)), "bench",
                    text=text, url=f"https://{platform}.example.com/user/status/{1700000000000 + i}")
        ai = ("likely" if kind != "repost" else "unlikely") if visibility == "public" else (
            "possible" if visibility == "unknown" else "unlikely")
        store.add(item, 1, ai, "public content of a kind the platform trains on" if ai == "likely" else
                  "visibility unknown: it may be public" if ai == "possible" else "not public")
    store.flush()


def build(out: Path, n: int) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    db = out / "items.sqlite"
    db.unlink(missing_ok=True)
    store = ItemStore(db)
    t0 = time.perf_counter()
    fill(store, n)
    t1 = time.perf_counter()
    spec = ParserSpec("x", "Synthetic export", (), ())
    info = SourceInfo("x", "Synthetic export", account="bench", archives=["synthetic.zip"])
    src = SourceResult(1, spec, info, [], [], files=[FileRecord("synthetic.zip:data.json", PARSED,
                                                                 "items", n, 1 << 30)], items=n)
    now = datetime.now(UTC)
    analysis = Analysis([src], [], store, now, now)
    snap = snapshot.write(analysis, out / "snapshot.json", {})
    finder = sensitive.SensitiveFinder(region="NL")
    page = report.render(analysis, out / "report.html", {}, snapshot_path=snap,
                         sensitive=finder.summary())
    t2 = time.perf_counter()
    store.close()
    db.unlink(missing_ok=True)
    print(f"items: {n:,}; store filled in {t1 - t0:.1f} s; snapshot and report written in {t2 - t1:.1f} s")
    print(f"report.html: {page.stat().st_size / 1e6:.1f} MB; "
          f"snapshot.json: {snap.stat().st_size / 1e6:.1f} MB")
    return page


def measure(page: Path, runs: int) -> list[float]:
    from playwright.sync_api import sync_playwright

    opens: list[float] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        for run in range(runs):
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            tab = context.new_page()
            errors: list[str] = []
            tab.on("pageerror", lambda e, errors=errors: errors.append(str(e)))
            tab.goto(page.resolve().as_uri(), wait_until="commit", timeout=120_000)
            tab.wait_for_selector("html[data-browser-ready]", state="attached", timeout=120_000)
            ready = float(tab.get_attribute("html", "data-browser-ready") or "nan")
            opens.append(ready / 1000)
            if run == 0:
                print(f"  first page drawn and interactive after {ready / 1000:.2f} s"
                      + (f" (errors: {errors})" if errors else ""))
                marks = tab.evaluate("performance.getEntriesByType('mark')"
                                     ".filter(m => m.name.startsWith('ai-exposure:'))"
                                     ".map(m => [m.name.slice(12), m.startTime])")
                fcp = tab.evaluate("(performance.getEntriesByName('first-contentful-paint')[0] || {})"
                                   ".startTime")
                print(f"  first contentful paint (the server-written first page) after "
                      f"{(fcp or 0) / 1000:.2f} s; script started, items inflated, items parsed after "
                      + ", ".join(f"{t / 1000:.2f}" for _, t in marks) + " s")
                tab.wait_for_load_state("load")
                nav = tab.evaluate("(() => { const n = performance.getEntriesByType('navigation')[0];"
                                   " return [n.domContentLoadedEventEnd, n.loadEventEnd]; })()")
                print(f"  whole page parsed (with the embedded snapshot) after {nav[0] / 1000:.2f} s, "
                      f"load event done after {nav[1] / 1000:.2f} s")
                count = tab.locator("#result-count")
                before = count.inner_text()
                t = tab.evaluate("performance.now()")
                tab.select_option("select[name=platform]", "instagram")
                tab.wait_for_function("b => document.getElementById('result-count').innerText !== b",
                                      arg=before)
                print(f"  platform filter applied in {(tab.evaluate('performance.now()') - t) / 1000:.2f} s"
                      f" ({count.inner_text()})")
                before = count.inner_text()
                t = tab.evaluate("performance.now()")
                tab.fill("input[name=q]", "bakery museum")
                tab.wait_for_function("b => document.getElementById('result-count').innerText !== b",
                                      arg=before)
                print(f"  search (after a 150 ms pause for typing) in "
                      f"{(tab.evaluate('performance.now()') - t) / 1000:.2f} s ({count.inner_text()})")
            context.close()
        browser.close()
    return opens


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=200_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", type=Path, default=Path("bench-out/report-open"))
    args = ap.parse_args(argv)
    page = build(args.out, args.items)
    opens = measure(page, args.runs)
    median = statistics.median(opens)
    print(f"open to interactive, median of {len(opens)}: {median:.2f} s "
          f"({', '.join(f'{o:.2f}' for o in opens)}); target < 2 s: {'met' if median < 2 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
