"""One bad record costs one record, on every platform and in every file type (issue 12, point 15).

For every bundled sample tree and every file the tool itemises there (JSON, JS, CSV, HTML, Atom), the
first record is poisoned, in every such file of the tree at once: its date fields get an impossible
date in the file's own format (year 9999 with a negative offset, year 1 with a positive one, month 13,
Feb 30, epochs far past year 9999 or negative, empty, garbage), or its numbers get 5,000 or 20 digits,
or one of its texts 5 MB. The run must end without an internal error, each file must keep every other
record (its item count drops by at most one), a dropped record must be a problem of that file, and a
date that could not be read (the item keeps null) must be a warning of that file.

Numbers of 5,000 digits once crashed the process inside ijson's C backend: those cases are first run
in a child process, so that a crash fails one test instead of ending pytest."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from ai_exposure.parsers import _meta, bluesky, facebook, google, x
from conftest import SAMPLES, member_for, run

from ai_exposure import readers
from ai_exposure.model import Item, Problem
from ai_exposure.parsing import watch_dates
from ai_exposure.readers import MAX_DIGITS, ReadError, load_json, parse_date, parse_x_date, sniff_encoding

TREES = sorted(p for p in SAMPLES.glob("*/*") if p.is_dir() and not p.name.startswith((".", "_"))
               and p.parent.name != "build")

DATE_VARIANTS = ("far_future", "year_one", "year_zero", "month13", "feb30", "epoch_huge",
                 "epoch_huge_int", "epoch_negative", "empty", "garbage")
NUMBER_VARIANTS = ("digits5000", "digits20")
VARIANTS = (*DATE_VARIANTS, *NUMBER_VARIANTS, "string5mb")
BIG_STRING = 5 << 20

_DATE_KEY = re.compile(r"(date|time|timestamp|created|_at$|^at$|when|_on$| on$|^on$|started|finished"
                       r"|modified|updated|published)", re.IGNORECASE)
_X_SHAPE = re.compile(r"^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} [+-]\d{4} \d{4}$")
_ISO_SHAPE = re.compile(r"^\d{4}-\d{2}-\d{2}")
# Dates as HTML and Atom files write them (ISO; Google's "Mar 8, 2018, 5:14:40 PM" and "13 Jan 2019,
# 19:37:22 GMT-05:00", in English and other languages).
_ZONE = r"(?: [A-Z]{2,5}(?:[+-]\d{1,2}(?::\d{2})?)?)?"
_TEXT_DATE = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?)?(?:Z| UTC|[+-]\d{2}:?\d{2})?"
    r"|\b[A-Za-z]{3,5}\.? \d{1,2}, \d{4}, \d{1,2}:\d{2}:\d{2}\s?[AP]M" + _ZONE +
    r"|\b\d{1,2} [a-z]{3,5}\.? \d{4}(?:,| om)? \d{1,2}:\d{2}:\d{2}" + _ZONE +
    # Meta's HTML pages: "Jan 05, 2024 3:04:05pm", "Oct 17, 2025 6:01 pm", "6 May 2019, 17:42".
    r"|\b[^\W\d_]{3,5}\.? \d{1,2}, \d{4},? \d{1,2}:\d{2}(?::\d{2})?\s?[AP]M"
    r"|\b\d{1,2} [^\W\d_]{3,5}\.? \d{4}(?: г\.)?, \d{1,2}:\d{2}\b",
    re.IGNORECASE)
_YEAR = re.compile(r"\b(19|20)\d\d\b")


class Raw:
    """A JSON literal written as is (a number json.dumps cannot or would not write)."""

    def __init__(self, text: str) -> None:
        self.text = text


# ---------------------------------------------------------------- hostile values

def hostile_date(orig: object, variant: str) -> object:
    """An impossible date for `variant`, in the shape of `orig` (X, ISO, other text, or epoch)."""
    if isinstance(orig, (int, float)) and not isinstance(orig, bool):
        ms = abs(orig) > 1e11
        scale = 1000 if ms else 1
        return {"far_future": Raw(str(253402300800 * scale)), "year_one": Raw(str(-62135596800 * scale)),
                "year_zero": Raw(str(-62167219200 * scale)), "month13": Raw("1e20"), "feb30": Raw("-1e20"),
                "epoch_huge": Raw("1e20"),
                "epoch_huge_int": Raw("99999999999999999"), "epoch_negative": -99999999999,
                "empty": "", "garbage": "garbage"}[variant]
    text = str(orig)
    epochs = {"epoch_huge": "1e20", "epoch_huge_int": "99999999999999999",
              "epoch_negative": "-99999999999", "empty": "", "garbage": "not a date \u2603"}
    if variant in epochs:
        return epochs[variant]
    if text.isdigit():  # an epoch written as a string
        return {"far_future": "253402300800000", "year_one": "-62135596800", "year_zero": "-62167219200",
                "month13": "1e20", "feb30": "-1e20"}[variant]
    if _X_SHAPE.match(text):
        return {"far_future": "Fri Dec 31 23:59:59 -0100 9999", "year_one": "Mon Jan 01 00:00:00 +0100 0001",
                "year_zero": "Sat Jan 01 00:00:00 +0000 0000", "month13": "Fri Dec 32 10:00:00 +0000 2024",
                "feb30": "Fri Feb 30 10:00:00 +0000 2024"}[variant]
    if _ISO_SHAPE.match(text):
        timed = len(text) > 10
        return {"far_future": "9999-12-31T23:59:59-01:00" if timed else "9999-12-31",
                "year_one": "0001-01-01T00:00:00+01:00" if timed else "0001-01-01",
                "year_zero": "0000-01-01T00:00:00Z" if timed else "0000-01-01",
                "month13": "2024-13-01" + text[10:], "feb30": "2024-02-30" + text[10:]}[variant]
    # Any other text: the year pushed to the ends of the calendar, or month and day made impossible.
    if variant in ("far_future", "year_one", "year_zero") and _YEAR.search(text):
        year = {"far_future": "9999", "year_one": "0001", "year_zero": "0000"}[variant]
        return _YEAR.sub(year, text, count=1)
    if variant == "month13":
        return re.sub(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|\b\d{1,2}(?=/)",
                      "13", text, count=1, flags=re.IGNORECASE)
    if variant == "feb30":
        return re.sub(r"\b\d{1,2}\b", "30", text.replace("Jan", "Feb"), count=1)
    return "9999-12-31T23:59:59-01:00"


def hostile_number(variant: str, salt: int) -> str:
    """5,000 or 20 digits, different in each file (one poisoned id must not meet another's)."""
    if variant == "digits5000":
        return "9" * 4990 + f"{salt:010d}"
    return f"9{salt:019d}"


def _looks_like_date(key: str, value: object) -> bool:
    if isinstance(value, bool) or value is None:
        return False
    if isinstance(value, (int, float)):
        return bool(_DATE_KEY.search(key)) and 1e8 < abs(value) < 1e14
    if not isinstance(value, str) or not value or len(value) > 60:
        return False
    if value.isdigit():
        return bool(_DATE_KEY.search(key)) and 1e8 < int(value) < 1e14
    return bool(_DATE_KEY.search(key)) and (parse_x_date(value) is not None or parse_date(value) is not None)


# ---------------------------------------------------------------- JSON and JS

def _first_record(data: object) -> object:
    """The first record of a file: the first element of its first non-empty list of objects, or the
    top-level object itself (a profile)."""
    todo = [data]
    while todo:
        node = todo.pop(0)
        if isinstance(node, list):
            if node and isinstance(node[0], (dict, list)):
                return node[0]
        elif isinstance(node, dict):
            todo.extend(v for v in node.values() if isinstance(v, (dict, list)))
    return data


def _leaves(node: object, key: str = ""):
    """(container, key or index, key name) of every scalar under `node`."""
    if isinstance(node, dict):
        for k, v in node.items():
            if isinstance(v, (dict, list)):
                yield from _leaves(v, k)
            else:
                yield node, k, k
    elif isinstance(node, list):
        for i, v in enumerate(node):
            if isinstance(v, (dict, list)):
                yield from _leaves(v, key)
            else:
                yield node, i, key


def _poison_record(record: object, variant: str, salt: int) -> bool:
    changed = False
    leaves = list(_leaves(record))
    if variant in DATE_VARIANTS:
        for parent, k, name in leaves:
            if _looks_like_date(name, parent[k]):
                parent[k] = hostile_date(parent[k], variant)
                changed = True
    elif variant in NUMBER_VARIANTS:
        for parent, k, _ in leaves:
            v = parent[k]
            if isinstance(v, int) and not isinstance(v, bool):
                parent[k] = Raw(hostile_number(variant, salt))
                changed = True
            elif isinstance(v, str) and v.isdigit():
                parent[k] = hostile_number(variant, salt)
                changed = True
    else:
        texts = [(p, k) for p, k, name in leaves if isinstance(p[k], str) and not p[k].isdigit()
                 and not _looks_like_date(name, p[k])]
        if texts:
            p, k = max(texts, key=lambda pk: len(pk[0][pk[1]]))
            p[k] = "a" * BIG_STRING
            changed = True
    return changed


def _dumps(data: object) -> str:
    raws: list[str] = []

    def default(o: object) -> str:
        if isinstance(o, Raw):
            raws.append(o.text)
            return f"@@RAW{len(raws) - 1}@@"
        raise TypeError(type(o))

    text = json.dumps(data, default=default)
    for i, raw in enumerate(raws):
        text = text.replace(f'"@@RAW{i}@@"', raw, 1)
    return text


def poison_json(raw: bytes, variant: str, js: bool, salt: int) -> bytes | None:
    text = raw.decode("utf-8-sig")
    prefix = ""
    if js:
        at = text.find("=")
        if at < 0:
            return None
        prefix, text = text[: at + 1] + " ", text[at + 1 :]
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not _poison_record(_first_record(data), variant, salt):
        return None
    return (prefix + _dumps(data)).encode("utf-8")


# ---------------------------------------------------------------- CSV

def poison_csv(raw: bytes, variant: str, salt: int) -> bytes | None:
    encoding = "utf-16" if sniff_encoding(raw[:4]).startswith("utf-16") else "utf-8"
    text = raw.decode(encoding).lstrip("\ufeff")
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.splitlines(keepends=True)
    delimiter = "\t" if lines and lines[0].count("\t") > lines[0].count(",") else ","
    reader = csv.reader(iter(lines), delimiter=delimiter)
    rows: list[tuple[int, int, list[str]]] = []  # first line, end line, cells
    start = 0
    for cells in reader:
        rows.append((start, reader.line_num, cells))
        start = reader.line_num
        if len(rows) > 40:
            break
    # The header: the first row with two or more cells followed by a row of the same width (LinkedIn
    # puts notes above it).
    # A file of one column (Skills.csv) has its header on the first line.
    for i in range(len(rows) - 1):
        if len(rows[i][2]) >= 2 and len(rows[i + 1][2]) == len(rows[i][2]):
            header, (first, end, cells) = rows[i][2], rows[i + 1]
            break
    else:
        if len(rows) < 2 or len(rows[0][2]) != 1 or len(rows[1][2]) != 1:
            return None
        header, (first, end, cells) = rows[0][2], rows[1]
    cells = list(cells)
    changed = False
    for j, (name, value) in enumerate(zip(header, cells, strict=False)):
        if variant in DATE_VARIANTS and _looks_like_date(name, value):
            new = hostile_date(value, variant)
            cells[j] = new.text if isinstance(new, Raw) else str(new)
            changed = True
        elif variant in NUMBER_VARIANTS and value.isdigit():
            cells[j] = hostile_number(variant, salt)
            changed = True
    if variant == "string5mb":
        texts = [j for j, v in enumerate(cells)
                 if v and not v.isdigit() and not _looks_like_date(header[j], v)]
        if texts:
            cells[max(texts, key=lambda j: len(cells[j]))] = "a" * BIG_STRING
            changed = True
    if not changed:
        return None
    out = io.StringIO()
    csv.writer(out, lineterminator=newline, delimiter=delimiter).writerow(cells)
    return "".join([*lines[:first], out.getvalue(), *lines[end:]]).encode(encoding)


# ---------------------------------------------------------------- HTML and Atom

def poison_text(raw: bytes, variant: str) -> bytes | None:
    text = raw.decode("utf-8")
    m = _TEXT_DATE.search(text)
    if variant == "string5mb" and m is None:  # an undated page (an article draft): its first paragraph
        at = text.find("<p>") + 3  # (or a profile page: its first table cell)
        if at < 3 and text.find("<td") >= 0:
            at = text.index(">", text.find("<td")) + 1
        return None if at < 3 else (text[:at] + "a" * BIG_STRING + text[at:]).encode("utf-8")
    if m is None or variant in NUMBER_VARIANTS:
        return None
    if variant == "string5mb":
        new = "a" * BIG_STRING + " " + m.group(0)
    else:
        value = hostile_date(m.group(0), variant)
        new = value.text if isinstance(value, Raw) else str(value)
    return (text[: m.start()] + new + text[m.end() :]).encode("utf-8")


def poison_file(path: Path, variant: str, salt: int = 0) -> bytes | None:
    raw = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix == ".car":  # binary: a Bluesky repository
        return poison_car(raw, variant, salt)
    if not (suffix == ".csv" and sniff_encoding(raw[:4]).startswith("utf-16")):
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:  # the cp1252 samples test their encoding, not their records
            return None
    if suffix == ".json":
        return poison_json(raw, variant, js=False, salt=salt)
    if suffix == ".js":
        return poison_json(raw, variant, js=True, salt=salt)
    if suffix in (".csv", ".tsv"):
        return poison_csv(raw, variant, salt)
    if suffix in (".html", ".htm", ".atom", ".xml", ".txt"):
        return poison_text(raw, variant)
    return None


def poison_car(raw: bytes, variant: str, salt: int) -> bytes | None:
    """A Bluesky repository with its first record poisoned: the block re-encoded, every block written
    again (a changed block has a new content id, so the tree no longer names it: it is keyed by it)."""
    import cbor2

    sys.path.insert(0, str(SAMPLES))
    import gen_more

    if variant in NUMBER_VARIANTS:
        return None
    out, done = [], False
    for _, _, data in bluesky.blocks(io.BytesIO(raw)):
        if data is None:
            return None
        value = cbor2.loads(data)
        if not done and isinstance(value, dict) and value.get("$type") in bluesky.RECORD_KINDS \
                and _poison_record(value, variant, salt):
            try:
                data = cbor2.dumps(value)
            except (TypeError, ValueError, cbor2.CBOREncodeError):
                return None
            done = True
        out.append(data)
    return gen_more.car(out) if done else None


# ---------------------------------------------------------------- running

def _outcome(tree: Path, tmp: Path) -> dict[str, dict]:
    """Per itemised file (its path inside the tree): items, problems, warnings, undated items."""
    tmp.mkdir(parents=True, exist_ok=True)
    analysis = run([tree], tmp)
    out: dict[str, dict] = {}
    for src in analysis.sources:
        internal = [p for p in src.problems if "internal error" in str(p.reason)]
        assert not internal, [(p.file, str(p.place), str(p.reason)) for p in internal]
        for rec in src.files:
            if rec.status == "parsed":
                out[rec.path] = {"items": rec.items, "problems": rec.problems}
        undated = Counter(row[0] for row in analysis.store.rows(
            "SELECT source_file FROM items WHERE created_at IS NULL"))
        for path, rec in out.items():
            # Items name their file from the export's root, which a Takeout puts under Takeout/.
            rec["undated"] = sum(n for f, n in undated.items() if path == f or path.endswith("/" + f))
    analysis.store.close()
    return out


def poisoned_tree(tree: Path, variant: str, dest: Path) -> list[str]:
    """A copy of `tree` with the first record of every itemised file poisoned; the files changed."""
    shutil.copytree(tree, dest)
    changed = []
    for salt, path in enumerate(sorted(dest.rglob("*"))):
        if path.is_file():
            new = poison_file(path, variant, salt)
            if new is not None:
                path.write_bytes(new)
                changed.append(path.relative_to(dest).as_posix())
    return changed


_BASELINES: dict[Path, dict[str, dict]] = {}


def baseline(tree: Path, tmp: Path) -> dict[str, dict]:
    if tree not in _BASELINES:
        _BASELINES[tree] = _outcome(tree, tmp / "base")
    return _BASELINES[tree]


def check(tree: Path, variant: str, tmp: Path) -> None:
    base = baseline(tree, tmp)
    changed = poisoned_tree(tree, variant, tmp / "tree")
    got = _outcome(tmp / "tree", tmp / "run")
    failures = []
    for path, before in base.items():
        if not before["items"]:
            continue
        rel = path in changed
        after = got.get(path)
        if after is None:
            failures.append(f"{path}: no longer parsed")
            continue
        lost = before["items"] - after["items"]
        if lost > 1:
            failures.append(f"{path}: {lost} of {before['items']} items lost")
        elif lost == 1 and variant != "empty" and after["problems"] <= before["problems"]:
            # (An emptied field may rightly take its own item away: a profile's birth date.)
            failures.append(f"{path}: a record dropped without a problem")
        # An empty date is no date, not an unreadable one.
        if rel and variant in DATE_VARIANTS and variant != "empty" and after["undated"] > before["undated"] \
                and after["problems"] <= before["problems"]:
            failures.append(f"{path}: a date left null without a warning")
    assert not failures, failures


@pytest.fixture(scope="session")
def tmp_root(tmp_path_factory):
    return tmp_path_factory.mktemp("badrec")


# The 5,000-digit cases once crashed the process: a child process runs them all first, so that a crash
# is one failed test and names the tree.
_CHILD = """
import sys, tempfile
from pathlib import Path
sys.path[:0] = [{tests!r}]
import test_bad_records as t
for tree in t.TREES:
    for variant in t.NUMBER_VARIANTS:
        print(tree, variant, flush=True)
        with tempfile.TemporaryDirectory() as d:
            t.poisoned_tree(tree, variant, Path(d) / "tree")
            t.run([Path(d) / "tree"], Path(d))
print("done", flush=True)
"""


@pytest.fixture(scope="session")
def numbers_survive():
    proc = subprocess.run([sys.executable, "-c", _CHILD.format(tests=str(Path(__file__).parent))],
                          capture_output=True, text=True, timeout=300)
    last = proc.stdout.strip().splitlines()[-1:] or ["(nothing)"]
    assert proc.returncode == 0 and last == ["done"], \
        f"the process died (code {proc.returncode}) on {last[0]}: {proc.stderr[-2000:]}"


# A 5 MB text in every file costs seconds per tree: the newest tree of each platform has it.
_CASES = [(tree, variant) for tree in TREES for variant in VARIANTS
          if variant != "string5mb" or tree == max(t for t in TREES if t.parent == tree.parent)]


@pytest.mark.parametrize(("tree", "variant"), _CASES,
                         ids=[f"{t.parent.name}/{t.name}-{v}" for t, v in _CASES])
def test_one_bad_record_costs_one_record(tree, variant, tmp_path, request):
    if variant in NUMBER_VARIANTS:
        request.getfixturevalue("numbers_survive")
    check(tree, variant, tmp_path)


@pytest.mark.slow
def test_every_itemised_sample_file_is_poisoned(tmp_path):
    """The poisoning reaches every file the tool itemises (by one variant at least: a first record
    may have no date, or no number): a file it cannot poison would be tested for nothing."""
    missed = []
    for tree in TREES:
        for path, outcome in baseline(tree, tmp_path / tree.parent.name / tree.name).items():
            variants = ("far_future", "digits20", "string5mb")
            if outcome["items"] and all(poison_file(tree / path, v) is None for v in variants):
                missed.append(f"{tree.parent.name}/{tree.name}/{path}")
    assert missed == []


# ---------------------------------------------------------------- the readers and helpers themselves

_IMPOSSIBLE_DATES = [
    "Fri Dec 31 23:59:59 -0100 9999", "Mon Jan 01 00:00:00 +0100 0001", "9999-12-31T23:59:59-01:00",
    "0001-01-01T00:00:00+01:00", "2024-13-01T00:00:00Z", "2024-02-30", "1e20", "99999999999999999",
    "-99999999999", "garbage", 1e20, 10**5000, -1, float("inf"), float("nan"), "9" * 5000]


@pytest.mark.parametrize("value", _IMPOSSIBLE_DATES, ids=[f"date{i}" for i in range(len(_IMPOSSIBLE_DATES))])
def test_no_date_reader_raises_and_each_marks_the_value_unreadable(value):
    for read in (readers.parse_x_date, readers.parse_iso, readers.parse_epoch, readers.parse_date,
                 x.any_date, x.tweet_date, x.grailbird_date, _meta.meta_time, google.activity_time):
        assert read(value) is None, read
    # Google's HTML pages give an ISO time in a sentence, read as UTC: it may read it; it never raises.
    if isinstance(value, str):
        google.parse_html_time(value)
    watch = readers.DateWatch()
    readers._WATCH[0] = watch
    try:
        readers.parse_epoch(value) if not isinstance(value, str) else readers.parse_date(value)
    finally:
        readers._WATCH[0] = None
    assert watch.pending


@pytest.mark.parametrize("value", ["", None, 0, "0", "N/A", "---"])
def test_an_absent_date_is_not_an_unreadable_one(value):
    watch = readers.DateWatch()
    readers._WATCH[0] = watch
    try:
        assert readers.parse_epoch(value) is None
        assert readers.parse_date(value or "") is None
    finally:
        readers._WATCH[0] = None
    assert not watch.pending


def test_whole_file_json_with_a_5000_digit_number_keeps_the_file(tmp_path):
    """load_json (small files read whole): Python refuses ints of more than 4,300 digits and the
    whole file was lost as "malformed JSON"; the number is now cut and the file read."""
    member = member_for(tmp_path, "a.json", '{"n": ' + "7" * 5000 + ', "name": "kept"}')
    data = load_json(member)
    assert data["name"] == "kept" and len(str(data["n"])) == MAX_DIGITS


def test_numbers_of_export_values_survive_thousands_of_digits():
    assert facebook.birth_date({"year": 10**4100, "month": 1, "day": 1}) == ""
    assert facebook.birth_date({"year": float("inf"), "month": 1, "day": 1}) == ""
    assert facebook.birth_date({"year": 1990, "month": 3, "day": 4}) == "1990-03-04"
    assert google._rating("9" * 5000) is None and google._rating(float("inf")) is None
    assert google._rating(10**5000) is None and google._rating("4") == 4 and google._rating(5) == 5


def _item(n: int, created) -> Item:
    return Item("x", "post", str(n), created, "public", "e", "high", "f.js")


def test_watch_dates_says_once_per_file_how_many_dates_were_lost_and_where_the_first_is():
    def handler():
        yield _item(1, readers.parse_iso("2024-01-01T00:00:00Z"))
        yield _item(2, readers.parse_iso("2024-13-01T00:00:00Z"))  # unreadable: counted
        yield Problem("f.js", "record 3", "the handler says so itself")
        yield _item(3, readers.parse_iso("garbage"))  # reported by the handler: not again
        yield _item(4, readers.parse_epoch(0))  # no date, not an unreadable one
        yield _item(5, readers.parse_epoch(10**5000))
        raise ReadError("record 6", "truncated")

    out = []
    with pytest.raises(ReadError):
        for value in watch_dates(handler(), "f.js"):
            out.append(value)
    warning = out[-1]
    assert isinstance(warning, Problem) and warning.severity == "warning"
    assert warning.place == "item 2 (the first)"
    assert warning.reason.startswith("dates that could not be read: 2")
    assert sum(isinstance(v, Item) for v in out) == 5
    assert readers._WATCH[0] is None  # nothing left behind for the next file
