"""Meta HTML pages read in bounded memory (issue 17): a 30,000-message thread, a 50 MB page, and
hostile markup (unclosed tags and comments, 100,000-deep nesting, huge text nodes) cost bounded
memory, and what a bound cuts is a problem on its record or page. Each run goes through `capped`
(an address-space limit, and the peak resident memory of the process tree)."""

from __future__ import annotations

import json
from pathlib import Path

from test_hostile_memory import BUDGET_MB, assert_no_traceback, capped, cli, zip_sample

ROOT = Path(__file__).resolve().parents[1]
IG = ROOT / "samples" / "instagram"

# A page generated while it is read, never held whole: `parts` are (repeat, bytes) pieces.
_STREAM = r'''
import io, sys
from ai_exposure.parsers import _meta_html as mh

HEAD = b'<html><head><title>T</title></head><body><div class="_a705"><div class="_a706" role="main">'
MSG = ('<div class="_a6-g"><div class="_2ph_ _a6-h _a6-i">Eric Example</div><div class="_2ph_ _a6-p">'
       '<div><div></div><div>Message {n} of a long thread, with a few more words</div><div></div>'
       '<div></div></div></div><div class="_3-94 _a6-o"><div class="_a72d">Feb 03, 2024 10:07:16am'
       '</div></div></div>')

class Page(io.RawIOBase):
    def __init__(self, parts):
        self.parts = iter(parts)
        self.buf = b""
    def readable(self):
        return True
    def readinto(self, b):
        while len(self.buf) < len(b):
            piece = next(self.parts, None)
            if piece is None:
                break
            self.buf += piece
        n = min(len(b), len(self.buf))
        b[:n] = self.buf[:n]
        self.buf = self.buf[n:]
        return n

def messages(count):
    for start in range(0, count, 100):
        yield "".join(MSG.format(n=k) for k in range(start, min(count, start + 100))).encode()

def repeat(piece, times):
    for _ in range(times):
        yield piece

class M:
    relpath = "page.html"
    def __init__(self, parts):
        self.parts = parts
    def open(self):
        return io.BufferedReader(Page(self.parts()), 1 << 16)

def run(parts):
    total = cut = 0
    page = mh.Page()
    try:
        for _, record in mh.iter_page(M(parts), page):
            total += 1
            cut += record is None
        print(total, cut, "complete")
    except mh.HtmlCut as exc:
        print(total, cut, "cut:", exc.reason)
'''


def _run(body: str, timeout: float = 300):
    done, peak = capped(["-c", _STREAM + body], ROOT, timeout)
    assert_no_traceback(done)
    return done.stdout.strip(), peak


def test_a_30000_message_thread_is_streamed(tmp_path):
    out, peak = _run("run(lambda: [HEAD, *messages(30000), b'</div></div></body></html>'])")
    assert out == "30000 0 complete"
    assert peak < 100, peak


def test_a_50_megabyte_page_of_hostile_records_in_bounded_memory(tmp_path):
    # Records, one nested 100,000 deep, one with a 40 MB text node, records again: the two hostile
    # records are cut (None), the others read; then a tag that never closes ends the page.
    out, peak = _run(
        "run(lambda: [HEAD, *messages(100), b'<div class=\"_a6-g\">', *repeat(b'<div>', 100000),"
        " b'deep', *repeat(b'</div>', 100000), b'</div>', b'<div class=\"_a6-g\"><div>',"
        " *repeat(b'x' * (1 << 20), 40), b'</div></div>', *messages(20000),"
        " b'<div class=\"_a6-g\"><div title=\"', *repeat(b'y' * (1 << 20), 12)])")
    total, cut, rest = out.split(" ", 2)
    assert (int(total), int(cut)) == (20102, 2)
    assert rest.startswith("cut: markup that never closes"), out
    assert peak < 120, peak


def test_an_unclosed_comment_costs_bounded_memory(tmp_path):
    out, peak = _run("run(lambda: [HEAD, *messages(10), b'<!-- ', *repeat(b'z' * (1 << 20), 40)])")
    assert out.startswith("10 0 cut: markup that never closes"), out
    assert peak < 100, peak


def test_nesting_outside_main_and_unclosed_tags_are_walked_over(tmp_path):
    # Unclosed tags before main: walked over in bounded memory; records nested so deep cannot be
    # followed, and the page says so (a problem), rather than giving nothing silently.
    out, peak = _run("run(lambda: [b'<html><body>', *repeat(b'<div><span><p>', 100000),"
                     " b'<div class=\"_a706\" role=\"main\">', *messages(5), b'</body></html>'])")
    assert out == "0 0 cut: the records sit more than 192 elements deep; the page is not read", out
    out, peak = _run("run(lambda: [b'<html><body>', *repeat(b'<br><img src=x><p>', 50),"
                     " b'<div class=\"_a706\" role=\"main\">', *messages(5), b'</body></html>'])")
    assert out == "5 0 complete"
    assert peak < 100, peak


def test_the_cli_reports_a_hostile_page_and_stays_in_budget(tmp_path):
    page = (IG / "2024-html/your_instagram_activity/content/posts_1.html").read_text(encoding="utf-8")
    main = '<div class="_a706" role="main">'
    hostile = page.replace(main, main + '<div class="pam _3-95 _a6-g">' + "<div>" * 100_000 + "deep"
                           + "</div>" * 100_000 + "</div>" + '<div class="pam _3-95 _a6-g"><div>'
                           + "x" * (30 << 20) + "</div></div>")
    archive = zip_sample(IG / "2024-html", tmp_path / "instagram-html.zip",
                         {"your_instagram_activity/content/posts_1.html": hostile})
    out = tmp_path / "report"
    done, peak = cli(tmp_path, "analyze", str(archive), "--out", str(out), "--no-history", "-q")
    assert_no_traceback(done)
    assert done.returncode == 0, done.stderr[-2000:]
    snapshot = json.loads((out / "snapshot.json").read_text(encoding="utf-8"))
    problems = [(p["file"].split(":", 1)[1], p["place"], p["reason"])
                for s in snapshot["sources"] for p in s["problems"]]
    assert problems == [("your_instagram_activity/content/posts_1.html", f"record {n}",
                         "record too large or too deeply nested; not read") for n in (1, 2)]
    posts = [i for i in snapshot["items"] if i["kind"] == "post" and i["platform"] == "instagram"]
    assert len(posts) == 2  # the page's two real records are still read
    assert peak < BUDGET_MB, peak
