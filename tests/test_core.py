"""The core without any real platform: archive shapes, detection, accounting of every file, problems,
snapshot and report, on the small test format in fakeparser.py."""

from __future__ import annotations

import io
import json
import os
import stat
import tarfile
import zipfile
from pathlib import Path

import pytest
from conftest import tgz_tree, write_tree, zip_tree
from fakeparser import SPEC, tree
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_exposure import snapshot
from ai_exposure.archive import ArchiveError, Limits, normalise_member_name, open_inputs
from ai_exposure.pipeline import Pipeline, date_from_name, part_stem
from ai_exposure.run import UsageError, analyze
from ai_exposure.store import ItemStore

SPECS = {"fake": SPEC}


def run_fake(paths, tmp_path, limits=None):
    store = ItemStore(tmp_path / f"s{len(list(tmp_path.glob('s*.sqlite')))}.sqlite")
    return Pipeline(store, specs=SPECS, limits=limits).run(paths)


def items_of(analysis):
    return [(i.key, i.visibility, i.created_at, i.text) for i in analysis.store.query(order="key")]


def test_folder_zip_tgz_give_the_same_items(tmp_path):
    folder = write_tree(tmp_path / "export", tree())
    z = zip_tree(folder, tmp_path / "export.zip")
    t = tgz_tree(folder, tmp_path / "export.tgz")
    results = [items_of(run_fake([p], tmp_path)) for p in (folder, z, t)]
    assert results[0] == results[1] == results[2]
    assert [r[:2] for r in results[0]] == [("x:note:1", "public"), ("x:note:2", "restricted")]


def test_every_file_is_accounted_for(tmp_path):
    folder = write_tree(tmp_path / "export", tree())
    src = run_fake([zip_tree(folder, tmp_path / "e.zip")], tmp_path).sources[0]
    status = {f.path.split(":", 1)[1]: f.status for f in src.files}
    assert status == {
        "notes/index.json": "ignored",
        "notes/posts.json": "parsed",
        "notes/ignored.bin": "ignored",
        "notes/mystery.dat": "unknown",
    }
    assert src.info.account == "tester"


def test_root_is_found_when_zipped_one_level_deeper(tmp_path):
    folder = write_tree(tmp_path / "export", tree())
    z = zip_tree(folder, tmp_path / "wrapped.zip", prefix="My Download/export-2024/")
    z2 = zipfile.ZipFile(z, "a")
    z2.writestr("__MACOSX/My Download/._x", b"junk")
    z2.close()
    analysis = run_fake([z], tmp_path)
    src = analysis.sources[0]
    assert src.info.root == "My Download/export-2024"
    assert len(items_of(analysis)) == 2
    junk = [f for f in src.files if "__MACOSX" in f.path]
    assert junk and junk[0].status == "ignored"


def test_malformed_record_is_reported_and_the_rest_kept(tmp_path):
    posts = ('[{"id": "1", "text": "a", "date": "2024-01-01T00:00:00Z", "audience": "everyone"},'
             ' {"text": "no id here"},'
             ' {"id": "3", "text": "c", "date": "2024-01-03T00:00:00Z", "audience": "everyone"}, {"id": ')
    folder = write_tree(tmp_path / "export", tree(posts_json=posts))
    analysis = run_fake([folder], tmp_path)
    assert [k for k, *_ in items_of(analysis)] == ["x:note:1", "x:note:3"]
    problems = [(p.place, p.reason) for p in analysis.sources[0].problems]
    assert ("record 2", "no id") in problems
    assert any(place == "record 4" and "malformed JSON" in reason for place, reason in problems)
    # The user's text never appears in a problem.
    assert not any("no id here" in r for _, r in problems)


def test_multi_part_archives_merge_into_one_source(tmp_path):
    part1 = write_tree(tmp_path / "p1", tree())
    part2 = write_tree(tmp_path / "p2", {
        "notes/posts-part1.json":
            '[{"id": "9", "text": "part two", "date": "2024-03-01T00:00:00Z", "audience": "everyone"}]',
        "notes/index.json": '{"account": ""}',
    })
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    zip_tree(part1, downloads / "notes-export-001.zip")
    zip_tree(part2, downloads / "notes-export-002.zip")
    analysis = run_fake([downloads], tmp_path)
    assert len(analysis.sources) == 1
    assert analysis.sources[0].info.archives == ["notes-export-001.zip", "notes-export-002.zip"]
    assert [k for k, *_ in items_of(analysis)] == ["x:note:1", "x:note:2", "x:note:9"]


def test_two_accounts_stay_two_sources(tmp_path):
    a = zip_tree(write_tree(tmp_path / "a", tree("alice")), tmp_path / "alice.zip")
    b = zip_tree(write_tree(tmp_path / "b", tree("bob")), tmp_path / "bob.zip")
    analysis = run_fake([a, b], tmp_path)
    assert sorted(s.info.account for s in analysis.sources) == ["alice", "bob"]
    # Both wrote posts with ids 1 and 2: two people's posts, never merged into one person's.
    assert len(items_of(analysis)) == 4
    assert [s.items for s in analysis.sources] == [2, 2]


def test_an_account_given_twice_counts_its_items_once_where_they_are_kept(tmp_path):
    """Two exports of one account made on different days: the newer one keeps the repeated items, and
    each source's count is what is listed for it (the older one only what the newer one lacks)."""
    new = write_tree(tmp_path / "new", tree("alice"))
    old = write_tree(tmp_path / "old", tree("alice", posts_json=(
        '[{"id": "1", "text": "hello world", "date": "2024-01-02T03:04:05Z", "audience": "everyone"},'
        ' {"id": "0", "text": "deleted since", "date": "2023-01-02T03:04:05Z", "audience": "everyone"}]')))
    analysis = run_fake([zip_tree(new, tmp_path / "notes-2026-03-01.zip"),
                         zip_tree(old, tmp_path / "notes-2025-03-01.zip")], tmp_path)
    assert len(analysis.sources) == 2
    assert sorted(k for k, *_ in items_of(analysis)) == ["x:note:0", "x:note:1", "x:note:2"]
    assert [s.items for s in analysis.sources] == [2, 1]
    assert analysis.store.duplicates() == 1


def test_the_same_file_in_two_parts_is_counted_once(tmp_path):
    folder = write_tree(tmp_path / "e", tree())
    downloads = tmp_path / "dl"
    downloads.mkdir()
    zip_tree(folder, downloads / "notes-1.zip")
    zip_tree(folder, downloads / "notes-2.zip")
    analysis = run_fake([downloads], tmp_path)
    assert len(items_of(analysis)) == 2
    assert analysis.store.duplicates() == 2


@pytest.mark.parametrize("name, safe", [
    ("data/tweets.js", "data/tweets.js"),
    ("./data//x.js", "data/x.js"),
    ("../../etc/passwd", None),
    ("/etc/passwd", None),
    ("C:/Windows/x", None),
    ("a/../../b", None),
    ("a\\..\\b", None),
])
def test_member_names_are_normalised_or_refused(name, safe):
    assert normalise_member_name(name) == safe


def test_unsafe_zip_members_are_skipped_and_listed(tmp_path):
    z = tmp_path / "evil.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for rel, content in tree().items():
            zf.writestr(rel, content)
        zf.writestr("../../outside.txt", "x")
        zf.writestr("/abs/path.txt", "x")
    analysis = run_fake([z], tmp_path)
    reasons = [p for p in analysis.sources[0].problems if "unsafe path" in p.reason]
    assert len(reasons) == 2
    assert len(items_of(analysis)) == 2
    assert not (tmp_path.parent / "outside.txt").exists()


def test_symlink_out_of_a_folder_is_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("do not read")
    folder = write_tree(tmp_path / "e", tree())
    os.symlink(secret, folder / "notes" / "link.txt")
    os.symlink(tmp_path, folder / "notes" / "dirlink")
    analysis = run_fake([folder], tmp_path)
    problems = {p.file: p.reason for p in analysis.sources[0].problems}
    assert "outside the export" in problems["notes/link.txt"]
    assert "outside the export" in problems["notes/dirlink"]
    assert all("link" not in f.path for f in analysis.sources[0].files)


def test_tar_links_and_unsafe_names_are_skipped(tmp_path):
    folder = write_tree(tmp_path / "e", tree())
    t = tgz_tree(folder, tmp_path / "e.tgz")
    with tarfile.open(t, "r:gz") as tf:
        members = [(m, tf.extractfile(m).read()) for m in tf.getmembers()]
    evil = tmp_path / "evil.tgz"
    with tarfile.open(evil, "w:gz") as tf:
        for m, data in members:
            tf.addfile(m, io.BytesIO(data))
        link = tarfile.TarInfo("notes/passwd")
        link.type = tarfile.SYMTYPE
        link.linkname = "/etc/passwd"
        tf.addfile(link)
        bad = tarfile.TarInfo("../escape.txt")
        bad.size = 1
        tf.addfile(bad, io.BytesIO(b"x"))
    analysis = run_fake([evil], tmp_path)
    reasons = sorted(p.reason for p in analysis.sources[0].problems)
    assert any("link" in r for r in reasons) and any("unsafe path" in r for r in reasons)
    assert len(items_of(analysis)) == 2


def test_zip_bomb_member_is_refused_and_the_rest_read(tmp_path):
    z = tmp_path / "bomb.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        for rel, content in tree().items():
            zf.writestr(rel, content)
        zf.writestr("notes/posts-part1.json", b"[" + b" " * (20 << 20) + b"]")
    analysis = run_fake([z], tmp_path, limits=Limits(max_ratio=100))
    problems = [p for p in analysis.sources[0].problems if "zip bomb" in p.reason]
    assert len(problems) == 1 and problems[0].file.endswith("notes/posts-part1.json")
    assert len(items_of(analysis)) == 2


def test_archive_declaring_too_much_is_refused_with_one_line(tmp_path):
    z = zip_tree(write_tree(tmp_path / "e", tree()), tmp_path / "e.zip")
    with pytest.raises(ArchiveError, match="possible zip bomb"):
        open_inputs(z, Limits(max_total_bytes=10))[0].members()


def test_truncated_zip_is_one_clear_line(tmp_path):
    z = zip_tree(write_tree(tmp_path / "e", tree()), tmp_path / "e.zip")
    cut = tmp_path / "cut.zip"
    cut.write_bytes(z.read_bytes()[: z.stat().st_size // 2])
    with pytest.raises(ArchiveError) as info:
        open_inputs(cut)
    assert "not a complete zip archive" in str(info.value)
    assert "\n" not in str(info.value)


def test_truncated_tgz_keeps_what_came_before(tmp_path):
    files = tree()
    files.update({f"zz/filler{i}.dat": os.urandom(20000) for i in range(5)})
    t = tgz_tree(write_tree(tmp_path / "e", files), tmp_path / "e.tgz")
    cut = tmp_path / "cut.tgz"
    cut.write_bytes(t.read_bytes()[: int(t.stat().st_size * 0.8)])
    analysis = run_fake([cut], tmp_path)
    assert any("truncated" in p.reason for p in analysis.sources[0].problems)
    assert len(items_of(analysis)) == 2


def test_not_an_export_is_reported_as_unusable(tmp_path):
    folder = write_tree(tmp_path / "photos", {"a.jpg": b"\xff\xd8", "b.txt": "hi"})
    analysis = run_fake([folder], tmp_path)
    assert analysis.sources == []
    assert "not a known data export" in analysis.unusable[0]
    assert "Test notes export" in analysis.unusable[0]


@pytest.mark.parametrize("name, stem", [
    ("takeout-20260301T101010Z-001.zip", "takeout-20260301T101010Z"),
    ("takeout-20260301T101010Z-1-002.zip", "takeout-20260301T101010Z-1"),
    ("instagram-user-2026-03-01-part2.zip", "instagram-user-2026-03-01"),
    ("twitter-2026-03-01-abc.zip", "twitter-2026-03-01-abc"),
])
def test_part_stem(name, stem):
    assert part_stem(name) == stem


def test_export_date_from_archive_names():
    assert date_from_name("twitter-2026-03-01-abc.zip").date().isoformat() == "2026-03-01"
    assert date_from_name("Basic_LinkedInDataExport_03-01-2026.zip").date().isoformat() == "2026-03-01"
    assert date_from_name("takeout-20260301T101010Z-001.zip").date().isoformat() == "2026-03-01"
    assert date_from_name("export.zip") is None


def test_a_renamed_download_takes_its_date_from_the_folder_inside(tmp_path):
    """People rename downloads ("my instagram.zip"); the folder the platform wrote inside keeps the
    date (instagram-<user>-2024-11-20-<id>/), and it wins over a date in the new name."""
    folder = write_tree(tmp_path / "e", tree())
    renamed = zip_tree(folder, tmp_path / "my notes backup 2025-06-30.zip",
                       prefix="notes-tester-2024-11-20-AbC123/")
    analysis = run_fake([renamed], tmp_path)
    assert analysis.sources[0].info.export_date.date().isoformat() == "2024-11-20"
    plain = zip_tree(folder, tmp_path / "notes-2025-06-30.zip")
    assert run_fake([plain], tmp_path).sources[0].info.export_date.date().isoformat() == "2025-06-30"


HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>'


def test_report_is_inert_self_contained_and_private(tmp_path):
    posts = json.dumps([
        {"id": "1", "text": HOSTILE, "date": "2024-01-01T00:00:00Z", "audience": "everyone",
         "url": "javascript:alert(3)"},
        {"id": "2", "text": "</script><script>alert(4)</script>", "date": "2024-01-02T00:00:00Z",
         "audience": "everyone", "url": "https://example.com/p/2"},
    ])
    folder = write_tree(tmp_path / "e", tree(posts_json=posts))
    result = analyze([folder], tmp_path / "out", specs=SPECS)
    html = result.report.read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'href="javascript:' not in html
    assert 'href="https://example.com/p/2"' in html
    assert "default-src 'none'" in html
    assert "http-equiv=\"Content-Security-Policy\"" in html
    # No reference to anything outside the file (links to the user's own posts are not loads).
    for attr in ("src=\"http", "href=\"//", "url(http", "@import"):
        assert attr not in html
    for p in (result.report, result.snapshot):
        assert stat.S_IMODE(p.stat().st_mode) == 0o600
    # The embedded snapshot round-trips and carries no text content.
    embedded = snapshot.load(result.report)
    assert embedded == snapshot.load(result.snapshot)
    assert "alert" not in result.snapshot.read_text()


def test_snapshot_fields(tmp_path):
    result = analyze([write_tree(tmp_path / "e", tree())], tmp_path / "out", specs=SPECS)
    data = json.loads(result.snapshot.read_text())
    assert data["schema_version"] == snapshot.SCHEMA_VERSION
    assert data["tool_version"]
    src = data["sources"][0]
    assert src["platform"] == "x" and src["account"] == "tester"
    assert src["file_counts"] == {"parsed": 1, "context": 0, "ignored": 2, "unknown": 1}
    assert src["files"]["unknown"] == ["notes/mystery.dat"]
    item = data["items"][0]
    for k in ("key", "platform", "kind", "created_at", "visibility", "evidence", "confidence",
              "ai_training"):
        assert k in item
    assert "text" not in item
    assert item["created_at"] == "2024-01-02T03:04:05Z"


def test_newer_snapshot_is_refused_clearly(tmp_path):
    p = tmp_path / "snap.json"
    p.write_text(json.dumps({"schema_version": 99, "items": []}))
    with pytest.raises(snapshot.SnapshotError, match="newer than this ai-exposure"):
        snapshot.load(p)


def test_no_text_keeps_content_out(tmp_path):
    from ai_exposure.parsing import Options

    result = analyze([write_tree(tmp_path / "e", tree())], tmp_path / "out",
                     options=Options(no_text=True), specs=SPECS)
    assert "hello world" not in result.report.read_text()


def test_unusable_input_raises_usage_error_and_leaves_no_folder(tmp_path):
    with pytest.raises(UsageError, match="not an export archive"):
        analyze([Path(__file__)], tmp_path / "out", specs=SPECS)
    assert not (tmp_path / "out").exists()


def test_the_stores_summary_counts_what_the_items_say_and_follows_new_items(tmp_path):
    from datetime import UTC, datetime

    from ai_exposure.model import HIGH, LOW, Item

    store = ItemStore(tmp_path / "summary.sqlite")

    def add(key, platform, visibility, ai, when, source=1):
        created = datetime.fromisoformat(when).replace(tzinfo=UTC) if when else None
        store.add(Item(platform, "post", key, created, visibility, "e", HIGH if when else LOW, "f.json"),
                  source, ai, "")

    add("a", "x", "public", "likely", "2024-01-05")
    add("b", "x", "public", "likely", "2024-01-20")
    add("c", "x", "public", "likely", "2024-03-01")
    add("d", "x", "restricted", "unlikely", None)
    add("a", "x", "restricted", "unlikely", "2020-01-01")  # a later copy of "a": not counted
    add("e", "youtube", "unknown", "possible", "2023-12-31", source=2)
    rows = store.summary()
    assert sum(r.n for r in rows) == store.added() == 5
    jan = [r for r in rows if r.month == "2024-01"]
    assert [(r.platform, r.visibility, r.n, r.first[:10], r.last[:10]) for r in jan] == [
        ("x", "public", 2, "2024-01-05", "2024-01-20")]
    assert {(r.platform, r.source_id) for r in rows} == {("x", 1), ("youtube", 2)}
    assert [r.n for r in rows if r.month is None] == [1]
    # Direct counts agree, group by group.
    direct = dict(((p, v), n) for p, v, n in store.rows(
        "SELECT platform, visibility, COUNT(*) FROM items GROUP BY 1, 2"))
    summed: dict = {}
    for r in rows:
        summed[(r.platform, r.visibility)] = summed.get((r.platform, r.visibility), 0) + r.n
    assert summed == direct
    add("f", "x", "public", "likely", "2024-01-25")  # new items: the summary is taken again
    assert [r.n for r in store.summary() if r.month == "2024-01"] == [3]
    store.close()


@pytest.mark.parametrize("keep_from", [0, 10**9])
def test_the_same_key_in_two_accounts_exports_is_two_items(tmp_path, monkeypatch, keep_from):
    """Repeated keys collapse within an account group only: two people who follow the same channel
    keep one item each, however the key index is kept; the same account's two exports share it."""
    from ai_exposure import store as store_module
    from ai_exposure.model import HIGH, Item

    monkeypatch.setattr(store_module, "KEEP_INDEX_FROM", keep_from)
    store = ItemStore(tmp_path / "groups.sqlite")
    store.set_groups({1: 1, 2: 2, 3: 1})  # sources 1 and 3: one account; 2: another person

    def add(key, source):
        store.add(Item("youtube", "connection", key, None, "public", "e", HIGH, "f"), source,
                  "possible", "")

    for n in range(150):
        add(f"youtube:connection:c{n}", 1)
    assert store.added() == 150
    for n in range(20):
        add(f"youtube:connection:c{n}", 2)
    add("youtube:connection:c0", 2)  # repeated within the second person's export
    for n in range(30):
        add(f"youtube:connection:c{n}", 3)
    assert (store.added(), store.duplicates()) == (170, 31)
    assert store.counts_by_source() == {1: 150, 2: 20}
    store.close()


def test_without_repeated_keys_no_key_index_is_built(tmp_path, monkeypatch):
    """The keys' hashes, kept while storing, say that no key repeats: the merge then builds no key
    index (sorting every key cost seconds at the end of a big run). A later export that repeats keys
    is merged as before, and the first reading wins."""
    from ai_exposure import store as store_module
    from ai_exposure.model import HIGH, Item

    monkeypatch.setattr(store_module.ItemStore, "BATCH", 97)
    store = ItemStore(tmp_path / "hashes.sqlite")
    store.set_groups({1: 1, 2: 1})

    def add(key, source):
        store.add(Item("google", "activity", key, None, "restricted", "e", HIGH, "f", text=str(source)),
                  source, "unlikely", "")

    for n in range(30_000):  # past the size where the hashes are sorted with numpy
        add(f"google:activity:h{n:06d}", 1)
    assert (store.added(), store.duplicates()) == (30_000, 0) and not store._has_key_index()
    for n in range(29_990, 30_010):
        add(f"google:activity:h{n:06d}", 2)
    assert (store.added(), store.duplicates()) == (30_010, 10)
    texts = dict(store.rows("SELECT key, text FROM items WHERE key >= 'google:activity:h029990'"))
    assert [texts[f"google:activity:h{n:06d}"] for n in range(29_990, 30_010)] == ["1"] * 10 + ["2"] * 10
    store.close()


def test_a_new_store_has_large_pages_and_an_old_one_keeps_its_own(tmp_path):
    import sqlite3

    from ai_exposure import store as store_module

    new = ItemStore(tmp_path / "new.sqlite")
    assert new.scalar("PRAGMA page_size") == store_module.PAGE_BYTES == 65536
    new.close()
    old = sqlite3.connect(tmp_path / "old.sqlite")
    old.execute("PRAGMA page_size=4096")
    old.execute("CREATE TABLE t (x)")  # the file is made, with 4 KB pages
    old.close()
    kept = ItemStore(tmp_path / "old.sqlite")
    assert kept.scalar("PRAGMA page_size") == 4096 and kept.added() == 0
    kept.close()


def test_past_the_hashes_cap_the_key_index_decides(tmp_path, monkeypatch):
    """More items than KEY_HASHES_MAX: the hashes are dropped (memory stays bounded) and each merge
    builds the key index, as before they were kept; repeated keys are merged all the same."""
    from ai_exposure import store as store_module
    from ai_exposure.model import HIGH, Item

    monkeypatch.setattr(store_module, "KEY_HASHES_MAX", 500)
    monkeypatch.setattr(store_module.ItemStore, "BATCH", 100)
    store = ItemStore(tmp_path / "capped.sqlite")
    for n in range(800):
        store.add(Item("google", "activity", f"google:activity:h{n % 700:04d}", None, "restricted", "e",
                       HIGH, "f"), 1, "unlikely", "")
    assert store._key_hashes is None
    assert (store.added(), store.duplicates()) == (700, 100) and store._has_key_index()
    store.close()


@pytest.mark.parametrize("keep_from", [0, 10**9])
@pytest.mark.parametrize("second", [20, 60])
def test_a_later_export_repeating_keys_keeps_the_first_reading_however_the_index_is_kept(
        tmp_path, monkeypatch, keep_from, second):
    """A big table keeps its key index (built when its own export repeated a key) for a smaller export
    that follows and checks only the new rows for repeated keys; a small table, or a follow-up of more
    than a quarter of it, is indexed anew. Either way the first reading of a key wins and the counts
    agree."""
    from ai_exposure import store as store_module
    from ai_exposure.model import HIGH, Item

    monkeypatch.setattr(store_module, "KEEP_INDEX_FROM", keep_from)
    store = ItemStore(tmp_path / "keys.sqlite")
    store.set_groups({1: 1, 2: 1})  # two exports of one account

    def add(key, source, text):
        store.add(Item("google", "activity", key, None, "restricted", "e", HIGH, "f", text=text),
                  source, "unlikely", "")

    for n in range(100):
        add(f"google:activity:h{n * 7919 % 1000:04d}", 1, f"first {n}")
    add("google:activity:h0000", 1, "first again")  # a repeated key: the merge builds the key index
    assert (store.added(), store.duplicates()) == (100, 1) and store._has_key_index()
    keys = [f"google:activity:h{n * 7919 % 1000:04d}" for n in range(100)]
    statements: list[str] = []
    store._db.set_trace_callback(statements.append)
    # The second export: 5 keys of the first, 2 repeated within itself, the rest new.
    for n in range(second):
        key = keys[n] if n < 5 else keys[0] if n in (5, 6) else f"google:activity:x{n:04d}"
        add(key, 2, f"second {n}")
    assert store.duplicates() == 1 + 7 and store.added() == 100 + second - 7
    incremental = any("rowid > " in sql for sql in statements)
    assert incremental == (keep_from == 0 and second <= 25)  # which path ran
    rows = {i.key: (i.source_id, i.text) for i in store.query()}
    assert len(rows) == store.added()
    assert all(rows[k] == (1, f"first {n}") for n, k in enumerate(keys))
    assert rows["google:activity:x0007"] == (2, "second 7")
    store.close()


def test_without_numpy_the_key_index_decides(tmp_path, monkeypatch):
    """Sorting many hashes needs numpy; where it cannot be loaded (an address-space limit, say) the
    merge builds the key index, as before the hashes were kept, with the same counts."""
    import builtins

    from ai_exposure.model import HIGH, Item

    real_import = builtins.__import__

    def no_numpy(name, *args, **kwargs):
        if name == "numpy":
            raise ImportError("numpy")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_numpy)
    store = ItemStore(tmp_path / "no-numpy.sqlite")
    for n in range(25_000):
        store.add(Item("google", "activity", f"google:activity:h{n:06d}", None, "restricted", "e", HIGH, "f"),
                  1, "unlikely", "")
    assert (store.added(), store.duplicates()) == (25_000, 0) and store._has_key_index()
    store.close()


def _stored_as_bound(tmp_path, rows):
    """`rows` (the store's columns in order) as an INSERT binding every value stores them."""
    import sqlite3

    from ai_exposure import schema

    db = sqlite3.connect(tmp_path / "bound.sqlite")
    db.execute(schema.store_sql())
    for row in rows:
        try:
            db.execute(f"INSERT INTO items VALUES ({','.join('?' * len(row))})", row)
        except UnicodeEncodeError:
            db.execute(f"INSERT INTO items VALUES ({','.join('?' * len(row))})",
                       [v.encode("utf-8", "replace").decode("utf-8") if isinstance(v, str) else v
                        for v in row])
    stored = db.execute("SELECT * FROM items ORDER BY rowid").fetchall()
    db.close()
    return stored


@pytest.mark.parametrize("pattern", ["once", "runs", "alternating", "runs, a row a statement"])
def test_shared_values_written_into_the_statement_store_what_binding_stores(tmp_path, monkeypatch, pattern):
    """Values that many items of a batch share (their evidence, file, verdict...) are written into the
    insert statement as SQL literals, in runs of one item too. Values an archive chose (quotes, a
    statement's syntax, NUL, a lone surrogate, long text, a Msg) are stored exactly as binding them
    stores them, in the order given: each value once (bound), in runs of 40 (25 rows to a statement,
    then one by one; or one by one where 25 rows' text would be too long), and alternating item by
    item (as a reply between two posts does)."""
    from ai_exposure import schema
    from ai_exposure import store as store_module
    from ai_exposure.i18n import Msg
    from ai_exposure.model import HIGH, Item

    odd = ["it's", "'); DROP TABLE items; --", "a\x00b", "\ud800 lone", "x" * 5000, "é ü 😀 \\ '' \"",
           Msg("%(file)s: it's shared", file="Takeout/My Activity/Q'uote.json"), ""]
    copies = 1 if pattern == "once" else 40
    assert copies == 1 or copies >= store_module.LITERAL_ROWS
    order = [odd[n // copies] for n in range(len(odd) * copies)]
    if pattern == "alternating":  # two values in turn, item by item, then the next two
        order = [odd[2 * (n // (2 * copies)) + n % 2] for n in range(len(odd) * copies)]
    store_module._literal_insert.cache_clear()
    if pattern == "runs, a row a statement":
        monkeypatch.setattr(store_module, "MANY_ROWS_MAX_CHARS", 100)
    many_rows = []  # the statements for many rows made, and not made (None)
    statement_of_many = store_module._Shared.statement_of_many
    monkeypatch.setattr(store_module._Shared, "statement_of_many",
                        lambda group: many_rows.append(statement_of_many(group)) or many_rows[-1])
    store = ItemStore(tmp_path / "items.sqlite")
    rows = []
    for n, value in enumerate(order):
        item = Item("google", "activity", f"google:activity:h{n:04d}", None, "restricted",
                    value or "e", HIGH, value or "f", text=f"text {n}" + ("\udc80" if n == 45 else ""),
                    audience=value)  # item 45: a lone surrogate in a varying value too
        reason = f"reason {value}"
        store.add(item, 1, "unlikely", reason)
        rows.append((*(getattr(item, c) for c in schema.ITEM_NAMES), 1, "unlikely", reason))
    assert store.added() == len(rows)
    stored = store._db.execute("SELECT * FROM items ORDER BY rowid").fetchall()
    assert stored == _stored_as_bound(tmp_path, rows)
    assert [r[2] for r in stored] == [r[2] for r in rows]  # in the order given
    # Which path ran: a test of the binding alone would prove nothing.
    assert (store_module._literal_insert.cache_info().currsize > 0) == (copies > 1)
    assert any(many_rows) == (pattern == "runs")
    queried = store._db.execute(store_module.SUMMARY_SQL)
    assert store.summary() == [store_module.SummaryRow(*r) for r in queried]
    store.close()


@settings(max_examples=2000, deadline=None)
@given(value=st.one_of(st.none(), st.booleans(), st.integers(min_value=-(1 << 70), max_value=1 << 70),
                       st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
                       st.text(alphabet="'\"\\;-*/ \x00\nx", max_size=40)))
def test_a_literal_reads_back_as_the_bound_value_or_is_not_made(value):
    """What `store._literal` writes into a statement, SQLite reads as the value binding it stores
    (same value, same type); where it cannot (a NUL, an integer beyond 64 bits), none is made."""
    import sqlite3

    from ai_exposure import store as store_module

    literal = store_module._literal(value)
    too_big = isinstance(value, int) and not -(1 << 63) <= value < 1 << 63
    if too_big or isinstance(value, str) and "\x00" in value:
        assert literal is None
        return
    assert literal is not None
    db = sqlite3.connect(":memory:")
    written = db.execute(f"SELECT {literal}, typeof({literal})").fetchone()
    assert written == db.execute("SELECT ?, typeof(?)", (value, value)).fetchone()
    db.close()
