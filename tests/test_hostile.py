"""Hostile and broken input: every case ends with a report (or one clear line), the problem listed with
its file and place, no traceback, and every good record of the same file kept. The core cases use the
tiny test format (fakeparser.py); the platform cases run the real X parser over a copy of the 2024
sample, through run.analyze and through the CLI in a subprocess."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import SAMPLES, member_for, write_tree, zip_tree
from fakeparser import SPEC, tree

from ai_exposure import readers
from ai_exposure.archive import ArchiveError, Limits, MemberError, _guard, open_inputs
from ai_exposure.pipeline import Pipeline
from ai_exposure.readers import (
    ReadError,
    SkippedRecord,
    fix_mojibake,
    iter_csv,
    iter_json_array,
    json_stream,
    load_json,
)
from ai_exposure.run import analyze
from ai_exposure.store import ItemStore

SPECS = {"fake": SPEC}
X_SAMPLE = SAMPLES / "x" / "2024"


def post(i: int, text: str = "", audience: str = "everyone") -> dict:
    return {"id": str(i), "text": text or f"post {i}", "date": f"2024-01-{1 + i % 28:02d}T00:00:00Z",
            "audience": audience}


def posts_json(*records: dict) -> str:
    return json.dumps(list(records), ensure_ascii=False)


def run_fake(paths, tmp_path, limits=None):
    store = ItemStore(tmp_path / f"s{len(list(tmp_path.glob('s*.sqlite')))}.sqlite")
    return Pipeline(store, specs=SPECS, limits=limits).run(paths)


def keys(analysis) -> list[str]:
    return [i.key for i in analysis.store.query(order="key")]


def problems(analysis) -> list[tuple[str, str, str]]:
    return [(p.file, p.place, p.reason) for s in analysis.sources for p in s.problems]


@pytest.fixture(autouse=True)
def private_history(tmp_path, monkeypatch):
    """CLI runs record a history; keep it in the test's folder, not the user's data folder."""
    monkeypatch.setenv("AI_EXPOSURE_HISTORY", str(tmp_path / "history.sqlite"))


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ai_exposure.cli", "analyze", *args],
                          capture_output=True, text=True, timeout=300, cwd=cwd)


def assert_clean_exit(done: subprocess.CompletedProcess, code: int = 0) -> None:
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout, done.stderr[-3000:]
    assert done.returncode == code, done.stderr[-3000:]


# ---------------------------------------------------------------- archives

def test_real_zip_bomb_member_is_refused_with_default_limits(tmp_path):
    z = tmp_path / "bomb.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for rel, content in tree().items():
            zf.writestr(rel, content)
        with zf.open("notes/posts-part1.json", "w") as fh:  # 64 MB of zeros deflate ~1030:1
            block = b"\x00" * (1 << 20)
            for _ in range(64):
                fh.write(block)
    analysis = run_fake([z], tmp_path)
    bombs = [p for p in problems(analysis) if "zip bomb" in p[2]]
    assert len(bombs) == 1 and bombs[0][0].endswith("notes/posts-part1.json")
    assert keys(analysis) == ["x:note:1", "x:note:2"]


def test_member_that_inflates_past_its_declared_size_is_stopped(tmp_path):
    # The guard's hard cap: reading more than a member may hold ends in a MemberError, not in memory.
    member = member_for(tmp_path, "notes/posts.json", posts_json(*(post(i) for i in range(1, 200))))
    with _guard(open(member.container.path / member.path, "rb"), 100, member.path) as fh,  \
            pytest.raises(MemberError, match="zip bomb"):
        fh.read()


def test_archive_over_the_total_size_limit_is_one_line_in_the_cli(tmp_path):
    folder = write_tree(tmp_path / "e", tree())
    z = zip_tree(folder, tmp_path / "e.zip")
    with pytest.raises(ArchiveError) as info:
        open_inputs(z, Limits(max_total_bytes=10))[0].members()
    assert "possible zip bomb" in str(info.value) and "\n" not in str(info.value)


def test_unsafe_names_and_links_with_the_real_x_parser_through_the_cli(tmp_path):
    z = zip_tree(X_SAMPLE, tmp_path / "twitter-2026-03-01-evil.zip")
    with zipfile.ZipFile(z, "a") as zf:
        zf.writestr("../../escaped.txt", "x")
        zf.writestr("/etc/ai-exposure-abs.txt", "x")
        zf.writestr("data/../../../up.js", "window.YTD.x.part0 = []")
        link = zipfile.ZipInfo("data/passwd-link")
        link.external_attr = (0o120777 << 16)
        zf.writestr(link, "/etc/passwd")
    out = tmp_path / "out"
    done = cli(str(z), "--out", str(out), "--quiet", cwd=tmp_path)
    assert_clean_exit(done)
    assert sorted(p.name for p in out.iterdir()) == ["report.html", "snapshot.json"]
    assert not (tmp_path.parent / "escaped.txt").exists() and not Path("/etc/ai-exposure-abs.txt").exists()
    snap = json.loads((out / "snapshot.json").read_text())
    reasons = [p["reason"] for p in snap["sources"][0]["problems"]]
    assert sum("unsafe path" in r for r in reasons) == 3
    assert any("symbolic link" in r for r in reasons)
    # Everything else was analysed: the same items as the clean sample.
    clean = analyze([X_SAMPLE], tmp_path / "clean")
    clean_keys = sorted(i["key"] for i in json.loads(clean.snapshot.read_text())["items"])
    assert sorted(i["key"] for i in snap["items"]) == clean_keys


def test_symlinks_out_of_an_x_folder_are_not_followed(tmp_path):
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "tweets-part9.js").write_text('window.YTD.tweets.part9 = [{"tweet": {"id_str": "666", '
                                            '"full_text": "secret", "created_at": "Tue Mar 05 14:02:11 '
                                            '+0000 2024"}}]')
    folder = tmp_path / "x"
    shutil.copytree(X_SAMPLE, folder)
    os.symlink(secret / "tweets-part9.js", folder / "data" / "tweets-part9.js")
    os.symlink(secret, folder / "data" / "more")
    result = analyze([folder], tmp_path / "out")
    src = result.analysis.sources[0]
    listed = {p.file: p.reason for p in src.problems}
    assert "outside the export" in listed["data/tweets-part9.js"]
    assert "outside the export" in listed["data/more"]
    assert "secret" not in result.report.read_text(encoding="utf-8")
    assert not any(i["key"] == "x:tweet:666" for i in json.loads(result.snapshot.read_text())["items"])


def test_truncated_zip_is_one_clear_line_in_the_cli(tmp_path):
    z = zip_tree(X_SAMPLE, tmp_path / "twitter.zip")
    cut = tmp_path / "twitter-cut.zip"
    cut.write_bytes(z.read_bytes()[: z.stat().st_size // 2])
    done = cli(str(cut), "--out", str(tmp_path / "out"))
    assert_clean_exit(done, 2)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "not a complete zip archive" in lines[0]


def test_a_broken_download_beside_good_ones_still_gives_a_report(tmp_path):
    """A downloads folder with a browser's 0-byte placeholder and a truncated second archive beside a
    good one: the good one is reported, the two broken ones are unusable inputs, exit 0."""
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    good = zip_tree(X_SAMPLE, downloads / "twitter-2024-11-16-8b2d5e1f3a.zip")
    (downloads / "takeout-20260401T000000Z-001.zip").write_bytes(b"")
    (downloads / "twitter-2025-01-02-cut.zip").write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    out = tmp_path / "out"
    done = cli(str(downloads), "--out", str(out), "--lang", "en")
    assert_clean_exit(done, 0)
    snap = json.loads((out / "snapshot.json").read_text(encoding="utf-8"))
    assert [s["archives"] for s in snap["sources"]] == [["twitter-2024-11-16-8b2d5e1f3a.zip"]]
    assert snap["sources"][0]["item_count"] > 0
    unusable = snap["unusable_inputs"]
    assert len(unusable) == 2
    assert any("takeout-20260401T000000Z-001.zip: empty file" in line for line in unusable)
    assert any("twitter-2025-01-02-cut.zip: not a complete zip archive" in line for line in unusable)
    assert "twitter-2025-01-02-cut.zip" in (out / "report.html").read_text(encoding="utf-8")


def _corrupt_member(z: Path, name: str, at: int = 40) -> None:
    """Flip one byte inside a stored member's data (its CRC no longer matches)."""
    with zipfile.ZipFile(z) as zf:
        info = zf.getinfo(name)
    data = bytearray(z.read_bytes())
    with open(z, "rb") as fh:
        fh.seek(info.header_offset + 26)
        name_len, extra_len = int.from_bytes(fh.read(2), "little"), int.from_bytes(fh.read(2), "little")
    start = info.header_offset + 30 + name_len + extra_len
    data[start + at] ^= 0x01
    z.write_bytes(bytes(data))


def test_bad_crc_member_keeps_its_records_and_is_listed(tmp_path):
    z = tmp_path / "e.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_STORED) as zf:
        for rel, content in tree(posts_json=posts_json(post(1), post(2, "Bxxxx"), post(3))).items():
            zf.writestr(rel, content)
    # Turn "Bxxxx" into "Cxxxx": still valid JSON, so every record is read, but the checksum is wrong.
    raw = z.read_bytes()
    z.write_bytes(raw.replace(b'"Bxxxx"', b'"Cxxxx"', 1))
    analysis = run_fake([z], tmp_path)
    assert keys(analysis) == ["x:note:1", "x:note:2", "x:note:3"]
    damaged = [p for p in problems(analysis) if "CRC" in p[2]]
    assert len(damaged) == 1 and damaged[0][0].endswith("notes/posts.json")


def test_corrupt_deflate_data_is_a_problem_not_a_crash(tmp_path):
    big = posts_json(*(post(i, f"text {i} " * 20) for i in range(1, 3000)))
    z = zip_tree(write_tree(tmp_path / "e", tree(posts_json=big)), tmp_path / "e.zip")
    _corrupt_member(z, "notes/posts.json", at=5000)
    analysis = run_fake([z], tmp_path)
    listed = [p for p in problems(analysis) if p[0].endswith("notes/posts.json")]
    assert listed and all("internal error" not in p[2] for p in listed)
    # The damage may come after some records: those that were read are kept, nothing else is lost.
    assert set(keys(analysis)) <= {f"x:note:{i}" for i in range(1, 3000)}


# ---------------------------------------------------------------- JSON

@pytest.mark.parametrize("content, kept, place", [
    (posts_json(post(1), post(2), post(3))[:-30], ["x:note:1", "x:note:2"], "record 3"),
    ('[{"id": "1", "text": "a"}, {"id": "2", "text": "b"} {"id": "3"}]', ["x:note:1", "x:note:2"],
     "record 3"),
    ('[{"id": "1", "text": "a"}, nonsense, {"id": "3"}]', ["x:note:1"], "record 2"),
    ('[{"id": "1", "text": "a"}] trailing garbage', ["x:note:1"], "after record 1"),
    ("", [], "record 1"),
    ("   \n  ", [], "record 1"),
])
def test_truncated_and_malformed_json_keeps_the_good_records(tmp_path, content, kept, place):
    folder = write_tree(tmp_path / "e", tree(posts_json=content))
    analysis = run_fake([folder], tmp_path)
    assert keys(analysis) == kept
    listed = [p for p in problems(analysis) if p[0] == "notes/posts.json"]
    assert listed and listed[0][1] == place
    assert "malformed JSON" in listed[0][2] or "empty" in listed[0][2]


def test_deeply_nested_record_is_skipped_and_the_rest_kept(tmp_path):
    deep = '{"id": "2", "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
    content = f'[{json.dumps(post(1))}, {deep}, {json.dumps(post(3))}]'
    analysis = run_fake([write_tree(tmp_path / "e", tree(posts_json=content))], tmp_path)
    assert keys(analysis) == ["x:note:1", "x:note:3"]
    assert [p[1] for p in problems(analysis) if p[0] == "notes/posts.json"] == ["record 2"]


def test_deeply_nested_small_file_is_a_problem(tmp_path):
    member = member_for(tmp_path, "notes/index.json", "[" * 100_000 + "]" * 100_000)
    with pytest.raises(ReadError, match="nested too deeply"):
        load_json(member)


def test_oversized_record_is_walked_over_in_bounded_memory(monkeypatch):
    monkeypatch.setattr(readers, "_TEXT_CHUNK", 4096)
    huge = '"' + "x\\\"" * 300_000 + '"'
    data = f'[1, {{"id": "2", "t": {huge}, "n": [1, {{"a": "]"}}]}}, 3, "{"é" * 10}"]'.encode()
    got = list(iter_json_array(io.BytesIO(data), max_record_chars=1000))
    assert got[0] == 1 and isinstance(got[1], SkippedRecord) and got[1].number == 2
    assert got[2:] == [3, "é" * 10]


def test_record_split_across_reads_is_read_whole():
    records = [{"id": str(i), "t": "é🎉" * (i % 700), "n": i + 0.5, "big": 10**30} for i in range(4000)]
    data = json.dumps(records, ensure_ascii=False).encode()

    class Trickle(io.RawIOBase):  # returns odd-sized pieces, splitting UTF-8 sequences and numbers
        def __init__(self):
            self.pos = 0

        def readable(self):
            return True

        def readinto(self, buffer):
            n = min(len(buffer), 7919, len(data) - self.pos)
            buffer[:n] = data[self.pos:self.pos + n]
            self.pos += n
            return n

    assert list(iter_json_array(io.BufferedReader(Trickle(), 4096))) == records


def _sparse_json(path: Path, hole: int) -> None:
    """[rec1, rec2, {"id": "3", "text": "<hole of NUL bytes>"}, rec4] on one line, the hole sparse."""
    head = f'[{json.dumps(post(1))}, {json.dumps(post(2))}, {{"id": "3", "text": "'.encode()
    tail = f'"}}, {json.dumps(post(4))}]'.encode()
    with open(path, "wb") as fh:
        fh.write(head)
        fh.seek(len(head) + hole)
        fh.write(tail)


@pytest.mark.slow
def test_two_gigabyte_single_line_json_in_bounded_memory(tmp_path):
    folder = write_tree(tmp_path / "e", tree())
    _sparse_json(folder / "notes" / "posts.json", 2 << 30)
    assert (folder / "notes" / "posts.json").stat().st_size > 2 << 30
    code = (
        "import json, os, sys\n"
        f"sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
        "from pathlib import Path\n"
        "from fakeparser import SPEC\n"
        "from ai_exposure.run import analyze\n"
        "r = analyze([Path(sys.argv[1])], Path(sys.argv[2]), specs={'fake': SPEC})\n"
        "items = sorted(i['key'] for i in json.loads(r.snapshot.read_text())['items'])\n"
        "probs = [(p.file, p.place) for p in r.analysis.sources[0].problems]\n"
        # VmHWM is this process's own peak: getrusage's ru_maxrss would carry over the peak of the
        # pytest process that forked it (Linux keeps it across exec).
        "hwm = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM'))\n"
        "print(json.dumps({'items': items, 'problems': probs, 'rss_mb': hwm / 1024}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(folder), str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=600)
    assert_clean_exit(done)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["items"] == ["x:note:1", "x:note:2", "x:note:4"]
    assert ["notes/posts.json", "record 3"] in result["problems"]
    assert result["rss_mb"] < 300


def test_x_tweets_file_truncated_keeps_earlier_tweets_and_other_files(tmp_path):
    folder = tmp_path / "x"
    shutil.copytree(X_SAMPLE, folder)
    clean = analyze([X_SAMPLE], tmp_path / "clean")
    clean_keys = {i["key"] for i in json.loads(clean.snapshot.read_text())["items"]}
    tweets = folder / "data" / "tweets.js"
    text = tweets.read_text(encoding="utf-8")
    cut = text.index('"tweet"', text.index('"tweet"', text.index('"tweet"') + 1) + 1)
    tweets.write_text(text[:cut + 30], encoding="utf-8")  # inside the third tweet
    done = cli(str(folder), "--out", str(tmp_path / "out"), "--quiet")
    assert_clean_exit(done)
    snap = json.loads((tmp_path / "out" / "snapshot.json").read_text())
    got = {i["key"] for i in snap["items"]}
    listed = [(p["file"], p["place"]) for p in snap["sources"][0]["problems"]]
    assert ("data/tweets.js", "record 3") in listed
    lost = clean_keys - got
    # Only tweets of tweets.js from the third on are missing; every other file's items are there.
    assert lost and all(k.startswith("x:tweet:") for k in lost)
    assert len(clean_keys) - len(got) <= 13 - 2


def test_x_garbage_record_in_tweets_is_reported_and_the_rest_kept(tmp_path):
    folder = tmp_path / "x"
    shutil.copytree(X_SAMPLE, folder)
    tweets = folder / "data" / "tweets.js"
    text = tweets.read_text(encoding="utf-8")
    # A bare string, a number and an object without an id between real tweets.
    text = text.replace("[\n  {", '[\n  "just text", 42, {"tweet": {"full_text": "no id"}}, {', 1)
    tweets.write_text(text, encoding="utf-8")
    result = analyze([folder], tmp_path / "out")
    clean = analyze([X_SAMPLE], tmp_path / "clean")
    assert json.loads(result.snapshot.read_text())["items"] == json.loads(clean.snapshot.read_text())["items"]
    places = {p.place for p in result.analysis.sources[0].problems if p.file == "data/tweets.js"}
    assert {"record 1", "record 2", "record 3"} <= places


# ---------------------------------------------------------------- encodings and odd characters

def test_utf16_json_with_bom_is_read(tmp_path):
    content = posts_json(post(1, "héllo 🎉"), post(2, "שלום"))
    folder = write_tree(tmp_path / "e", tree(posts_json=content.encode("utf-16")))
    analysis = run_fake([folder], tmp_path)
    assert [(i.key, i.text) for i in analysis.store.query(order="key")] == [
        ("x:note:1", "héllo 🎉"), ("x:note:2", "שלום")]


def test_utf8_bom_json_is_read(tmp_path):
    content = b"\xef\xbb\xbf" + posts_json(post(1), post(2)).encode()
    analysis = run_fake([write_tree(tmp_path / "e", tree(posts_json=content))], tmp_path)
    assert keys(analysis) == ["x:note:1", "x:note:2"]


def test_cp1252_bytes_in_a_utf8_file_are_kept_as_cp1252(tmp_path):
    content = posts_json(post(1, "caf_"), post(2)).encode().replace(b"caf_", b"caf\xe9 \x93q\x94")
    analysis = run_fake([write_tree(tmp_path / "e", tree(posts_json=content))], tmp_path)
    texts = {i.key: i.text for i in analysis.store.query()}
    assert texts == {"x:note:1": "café “q”", "x:note:2": "post 2"}


def test_meta_mojibake_is_repaired_and_real_text_left_alone():
    assert fix_mojibake("Caf\u00c3\u00a9 \u00f0\u009f\u008e\u0089") == "Café 🎉"
    assert fix_mojibake("Ærø and Łódź") == "Ærø and Łódź"
    assert fix_mojibake("plain") == "plain"


def test_nul_bytes_emoji_rtl_and_lone_surrogates_are_stored_and_escaped(tmp_path):
    hostile = ["nul\x00inside", "🎉👩‍👩‍👧 family", "\u202eevil rtl override", "שלום עולם مرحبا",
               "<b>bold</b>&amp;"]
    records = [post(i, t) for i, t in enumerate(hostile, start=1)]
    lone = '{"id": "9", "text": "lone \\ud800 half", "audience": "everyone"}'
    content = posts_json(*records)[:-1] + ", " + lone + "]"
    folder = write_tree(tmp_path / "e", tree(posts_json=content))
    result = analyze([folder], tmp_path / "out", specs=SPECS)
    snap = json.loads(result.snapshot.read_text())
    assert sorted(i["key"] for i in snap["items"]) == [f"x:note:{i}" for i in (1, 2, 3, 4, 5, 9)]
    html = result.report.read_text(encoding="utf-8")
    assert "<b>bold</b>" not in html


def test_nul_bytes_in_csv_and_wrong_columns(tmp_path):
    member = member_for(tmp_path, "x.csv", "Name,Text\nann,hel\x00lo\nbob\nc,d,e,f\n")
    rows = list(iter_csv(member, ("Name",)))
    assert [(r.get("Name"), r.get("Text"), r.get("Missing", default="-")) for r in rows] == [
        ("ann", "hello", "-"), ("bob", "", "-"), ("c", "d", "-")]
    wrong = member_for(tmp_path, "y.csv", "Foo,Bar\n1,2\n")
    with pytest.raises(ReadError, match="no header line with Name"):
        list(iter_csv(wrong, ("Name",)))


def test_utf16_tab_csv_is_read(tmp_path):
    member = member_for(tmp_path, "z.csv", "Name\tText\nann\tcafé 🎉\n".encode("utf-16"))
    assert [(r.get("name"), r.get("text")) for r in iter_csv(member, ("Name",))] == [("ann", "café 🎉")]


def test_empty_member_through_json_stream(tmp_path):
    member = member_for(tmp_path, "notes/posts.json", b"")
    with pytest.raises(ReadError):
        list(iter_json_array(json_stream(member)))


# ---------------------------------------------------------------- progress

def test_progress_moves_within_one_large_file_and_ends_at_the_total(tmp_path, monkeypatch):
    from ai_exposure import pipeline

    monkeypatch.setattr(pipeline, "PROGRESS_STEP", 64 << 10)
    big = posts_json(*(post(i, "word " * 40) for i in range(1, 20000)))
    z = zip_tree(write_tree(tmp_path / "e", tree(posts_json=big)), tmp_path / "e.zip")
    calls: list[tuple[int, int]] = []
    store = ItemStore(tmp_path / "p.sqlite")
    Pipeline(store, specs=SPECS, progress=lambda label, done, total: calls.append((done, total))).run([z])
    total = calls[-1][1]
    assert calls[-1][0] == total
    inside = [d for d, _ in calls if 0 < d < len(big)]
    assert len(inside) >= 3  # reports while the one big file is read, not only after it
    assert all(a <= b for (a, _), (b, _) in zip(calls, calls[1:], strict=False))


def test_quiet_prints_nothing(tmp_path):
    done = cli(str(X_SAMPLE), "--out", str(tmp_path / "out"), "--quiet")
    assert_clean_exit(done)
    assert done.stdout == "" and done.stderr == ""


# ---------------------------------------------------------------- CSV through a real parser

LINKEDIN_SAMPLE = SAMPLES / "linkedin" / "2026"


@pytest.mark.parametrize("content", [
    "Foo,Bar,Baz\n1,2,3\n",  # a header the parser does not know
    "Date,ShareLink,ShareCommentary\n2024-01-01 10:00:00\n,,,,,,,\n\x00\x00\n",  # short, empty, NUL rows
    "",  # empty file
    "\ufeffDate,ShareLink,ShareCommentary,Visibility\n\"unterminated,quote\n",
])
def test_linkedin_csv_with_wrong_columns_keeps_the_other_files(tmp_path, content):
    folder = tmp_path / "li"
    shutil.copytree(LINKEDIN_SAMPLE, folder)
    shares = next(folder.glob("Shares*.csv"))
    shares.write_text(content, encoding="utf-8")
    clean = analyze([LINKEDIN_SAMPLE], tmp_path / "clean")
    result = analyze([folder], tmp_path / "out")
    clean_items = json.loads(clean.snapshot.read_text())["items"]
    got = json.loads(result.snapshot.read_text())["items"]
    others = [i for i in clean_items if not i["source_file"].startswith("Shares")]
    assert [i for i in got if not i["source_file"].startswith("Shares")] == others
    listed = [p for p in result.analysis.sources[0].problems if p.file.startswith("Shares")]
    assert listed or content.startswith("Date,ShareLink")
    assert all("internal error" not in p.reason for p in listed)


def test_zip_bomb_member_in_an_x_archive_through_the_cli(tmp_path):
    z = zip_tree(X_SAMPLE, tmp_path / "twitter-2026-03-01-bomb.zip")
    with zipfile.ZipFile(z, "a", zipfile.ZIP_DEFLATED, compresslevel=9) as zf, \
            zf.open("data/tweets-part2.js", "w") as fh:
        block = b" " * (1 << 20)
        for _ in range(64):  # 64 MB of blanks deflate past the 1000:1 limit
            fh.write(block)
    out = tmp_path / "out"
    done = cli(str(z), "--out", str(out), "--quiet")
    assert_clean_exit(done)
    snap = json.loads((out / "snapshot.json").read_text())
    bombs = [p for p in snap["sources"][0]["problems"] if "zip bomb" in p["reason"]]
    assert len(bombs) == 1 and bombs[0]["file"].endswith("data/tweets-part2.js")
    clean = analyze([X_SAMPLE], tmp_path / "clean")
    assert len(snap["items"]) == len(json.loads(clean.snapshot.read_text())["items"])


def test_deeply_nested_record_in_a_meta_file_is_reported_and_the_rest_kept(tmp_path):
    sample = SAMPLES / "instagram" / "2024-grouped"
    folder = tmp_path / "ig"
    shutil.copytree(sample, folder)
    comments = folder / "your_instagram_activity" / "comments" / "post_comments_1.json"
    body = json.dumps(json.loads(comments.read_text(encoding="utf-8")), ensure_ascii=False)
    deep = '{"string_map_data": {"x": ' + "[" * 5000 + "]" * 5000 + "}}, "
    key = '"comments_media_comments": ['
    comments.write_text(body.replace(key, key + deep, 1), encoding="utf-8")
    clean = analyze([sample], tmp_path / "clean")
    result = analyze([folder], tmp_path / "out")
    assert json.loads(result.snapshot.read_text())["items"] == json.loads(clean.snapshot.read_text())["items"]
    listed = [(p.place, p.reason) for p in result.analysis.sources[0].problems
              if p.file.endswith("post_comments_1.json")]
    assert listed and listed[0][0] == "record 1" and "internal error" not in listed[0][1]


def test_the_hostile_suite_runs_under_a_memory_cap():
    """conftest caps the address space for this module: a runaway reader fails here, not the machine."""
    import resource

    soft, _ = resource.getrlimit(resource.RLIMIT_AS)
    assert soft != resource.RLIM_INFINITY
    with pytest.raises(MemoryError):
        bytearray(soft)  # more than the cap allows, whatever is mapped already
