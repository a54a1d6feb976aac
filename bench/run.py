"""The benchmark: generate large synthetic exports, time `ai-exposure analyze` on each against the
decompression floor, and parse the same My Activity file with google_takeout_parser side by side.

    python bench/run.py                 # full size: 1,000,000 tweets, 500 MB My Activity, ...
    python bench/run.py --quick         # about 2% of that, a minute or two
    python bench/run.py --scale 0.1 --cases x,takeout

Each measurement runs in a child process. Peak RSS is the child's own high-water mark (wait4's
ru_maxrss, what `/usr/bin/time -v` reports), wall and CPU time are measured around it. The floor is
`unzip -p ARCHIVE > /dev/null`: the time it takes only to decompress every member. Archives are made
once per size and kept in bench-out/ (git-ignored); results go to bench-out/results.{json,md}.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import threading
import time
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import gen_instagram  # noqa: E402
import gen_takeout  # noqa: E402
import gen_x  # noqa: E402

RSS_LIMIT_MB = 300
FLOOR_FACTOR_X = 5.0


@dataclass
class Measure:
    wall: float
    cpu: float
    peak_rss_mb: float
    returncode: int
    stdout: str = ""
    stderr: str = ""
    # The whole process tree (the run and its helper processes), summed, sampled every 0.1 s: resident
    # memory (pages a forked helper shares with its parent count twice) and proportional set size (PSS:
    # shared pages split between the processes sharing them, the memory the run really takes).
    # peak_rss_mb is the largest single process.
    tree_rss_mb: float = 0.0
    tree_pss_mb: float = 0.0


@dataclass
class Result:
    case: str
    archive: str
    archive_mb: float
    uncompressed_mb: float
    items: int
    ours: Measure
    floor: Measure | None
    notes: list[str] = field(default_factory=list)
    generated: dict = field(default_factory=dict)
    core: Measure | None = None  # the core alone (no AI-training reasons, no data scan, no report)

    @property
    def ratio(self) -> float | None:
        return self.ours.wall / self.floor.wall if self.floor and self.floor.wall > 0 else None

    @property
    def cpu_ratio(self) -> float | None:
        return self.ours.cpu / self.floor.cpu if self.floor and self.floor.cpu > 0 else None


def measure(cmd: list[str], stdout_to: Path | None = None, env: dict | None = None) -> Measure:
    """Run `cmd` as a child; wall time, its CPU time (user + sys) and its peak resident memory."""
    out = open(stdout_to, "wb") if stdout_to else subprocess.PIPE  # noqa: SIM115 - closed below
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE, env=env)
    # Drain the pipes in threads so a chatty child cannot block on a full pipe.
    chunks: dict[str, list[bytes]] = {"out": [], "err": []}

    def drain(pipe, key: str) -> None:
        for piece in iter(lambda: pipe.read(65536), b""):
            chunks[key].append(piece)

    threads = [threading.Thread(target=drain, args=(proc.stderr, "err"))]
    if proc.stdout is not None:
        threads.append(threading.Thread(target=drain, args=(proc.stdout, "out")))
    tree = {"peak": 0, "pss": 0, "stop": False}
    threads.append(threading.Thread(target=_sample_tree, args=(proc.pid, tree)))
    for t in threads:
        t.start()
    # wait4 reaps the child and returns its own rusage: ru_maxrss is its peak RSS in KiB on Linux.
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    tree["stop"] = True
    for t in threads:
        t.join()
    stdout, stderr = b"".join(chunks["out"]), b"".join(chunks["err"])
    proc.returncode = os.waitstatus_to_exitcode(status)
    if stdout_to:
        out.close()  # type: ignore[union-attr]
    return Measure(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode,
                   stdout.decode("utf-8", "replace")[-4000:], stderr.decode("utf-8", "replace")[-4000:],
                   tree["peak"] / 2**20, tree["pss"] / 2**20)


def _sample_tree(pid: int, tree: dict) -> None:
    """The largest sum of resident memory of `pid` and its descendants, until tree["stop"]."""
    try:
        import psutil
    except ImportError:
        return
    try:
        root = psutil.Process(pid)
    except psutil.Error:
        return
    while not tree["stop"]:
        rss = pss = 0
        try:
            for p in [root, *root.children(recursive=True)]:
                try:
                    full = p.memory_full_info()
                except psutil.Error:
                    continue
                rss += full.rss
                pss += getattr(full, "pss", full.rss)
        except psutil.Error:
            return
        tree["peak"] = max(tree["peak"], rss)
        tree["pss"] = max(tree["pss"], pss)
        time.sleep(0.1)


def floor(archive: Path) -> Measure | None:
    """`unzip -p ARCHIVE > /dev/null`, the decompression floor."""
    unzip = shutil.which("unzip")
    if unzip is None:
        return None
    return measure([unzip, "-p", str(archive)], stdout_to=Path(os.devnull))


def ai_exposure_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("ai-exposure")
    if exe.exists():
        return [str(exe)]
    return [sys.executable, "-m", "ai_exposure.cli"]


def analyze(paths: list[Path], out: Path) -> tuple[Measure, int]:
    """`ai-exposure analyze --quiet` as a user would run it in a script; items counted in its snapshot."""
    if out.exists():
        shutil.rmtree(out)
    cmd = ai_exposure_cmd() + ["analyze", *map(str, paths), "--out", str(out), "--quiet"]
    if _has_option("--no-history"):  # the run history is a separate feature; not measured here
        cmd.append("--no-history")
    m = measure(cmd)
    return m, snapshot_items(out / "snapshot.json")


def _has_option(name: str) -> bool:
    done = subprocess.run(ai_exposure_cmd() + ["analyze", "--help"], capture_output=True, text=True)
    return name in done.stdout


def snapshot_items(path: Path) -> int:
    """Items in a snapshot.json without loading it: one item per line, each starting `{"key"`."""
    if not path.exists():
        return -1
    n = 0
    tail = b""
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 22):
            data = tail + chunk
            n += data.count(b'\n  {"key"')
            tail = data[-16:]
            n -= tail.count(b'\n  {"key"')
    return n


def uncompressed_mb(archive: Path) -> float:
    with zipfile.ZipFile(archive) as zf:
        return sum(i.file_size for i in zf.infolist()) / 1e6


def cached(archive: Path, params: dict, make) -> dict:
    """Generate `archive` unless one made with the same parameters is there already."""
    stamp = archive.with_suffix(archive.suffix + ".params.json")
    if archive.exists() and stamp.exists():
        saved = json.loads(stamp.read_text())
        if saved.get("params") == params:
            return saved["made"]
    print(f"  generating {archive.name} {params} ...", flush=True)
    t = time.perf_counter()
    made = make()
    print(f"  generated in {time.perf_counter() - t:.0f} s", flush=True)
    stamp.write_text(json.dumps({"params": params, "made": made}))
    return made


def run_case(name: str, archive: Path, work: Path, made: dict, notes: list[str], core: bool = False
             ) -> Result:
    print(f"[{name}] floor: unzip -p {archive.name} > /dev/null", flush=True)
    fl = floor(archive)
    if fl is None:
        notes.append("unzip not installed: no decompression floor")
    print(f"[{name}] ai-exposure analyze {archive.name}", flush=True)
    ours, items = analyze([archive], work / f"report-{name}")
    if ours.returncode != 0:
        notes.append(f"ai-exposure exited {ours.returncode}: {ours.stderr.strip().splitlines()[-1:]}")
    if "Traceback" in ours.stderr:
        notes.append("a traceback was printed")
    result = Result(name, archive.name, archive.stat().st_size / 1e6, uncompressed_mb(archive),
                    items, ours, fl, notes, made)
    if core:
        print(f"[{name}] core only (bench/core_only.py)", flush=True)
        m = measure([sys.executable, str(HERE / "core_only.py"), str(archive), str(work / f"core-{name}")])
        result.core = m
    return result


def google_takeout_parser_run(folder: Path) -> tuple[Measure, int] | None:
    """google_takeout_parser on the same My Activity file, in a child process (cache off)."""
    try:
        import google_takeout_parser  # noqa: F401
    except ImportError:
        return None
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from google_takeout_parser.path_dispatch import TakeoutParser\n"
        "ok = bad = 0\n"
        "for x in TakeoutParser(Path(sys.argv[1]), error_policy='yield').parse(cache=False):\n"
        "    if isinstance(x, Exception):\n"
        "        bad += 1\n"
        "    else:\n"
        "        ok += 1\n"
        "print(ok, 'items', bad, 'errors')\n"
    )
    m = measure([sys.executable, "-c", code, str(folder / "Takeout")])
    match = re.search(r"^(\d+) items", m.stdout, re.MULTILINE)
    return m, int(match.group(1)) if match else -1


def side_by_side(archive: Path, work: Path) -> dict:
    """Extract the My Activity JSON once and parse that same file with both tools."""
    folder = work / "takeout-activity-only"
    target = folder / gen_takeout.ACTIVITY
    if not target.exists() or target.stat().st_mtime < archive.stat().st_mtime:
        target.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(archive) as zf, zf.open(gen_takeout.ACTIVITY) as src, open(target, "wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
    size = target.stat().st_size / 1e6
    print("[takeout side by side] ai-exposure analyze on the extracted My Activity file", flush=True)
    ours, ours_items = analyze([folder], work / "report-activity-only")
    print("[takeout side by side] google_takeout_parser on the same file", flush=True)
    theirs = google_takeout_parser_run(folder)
    row = {"file": gen_takeout.ACTIVITY, "file_mb": round(size, 1),
           "ai_exposure": {**asdict(ours), "items": ours_items}}
    for key in ("stdout", "stderr"):
        row["ai_exposure"].pop(key)
    if theirs is None:
        row["google_takeout_parser"] = "not installed (pip install -e '.[bench]')"
    else:
        m, n = theirs
        row["google_takeout_parser"] = {**asdict(m), "items": n}
        row["google_takeout_parser"].pop("stdout")
        row["google_takeout_parser"]["stderr"] = m.stderr.strip().splitlines()[-1:] if m.returncode else []
        row["speedup"] = round(m.wall / ours.wall, 2) if ours.wall else None
    return row


def memory_note() -> str:
    try:
        import psutil
    except ImportError:
        return ""
    return f", {psutil.virtual_memory().total / 2**30:.0f} GB RAM"


def fmt(r: Result, core: bool = False) -> str:
    o = r.core if core and r.core else r.ours
    fl = f"{r.floor.wall:.1f} s (CPU {r.floor.cpu:.1f} s)" if r.floor else "n/a"
    ratio = f"{o.wall / r.floor.wall:.1f}x" if r.floor and r.floor.wall else "n/a"
    cpu_ratio = f"{o.cpu / r.floor.cpu:.1f}x" if r.floor and r.floor.cpu else "n/a"
    name = f"{r.case} (core only)" if core else r.case
    return (f"| {name} | {r.archive_mb:,.0f} MB ({r.uncompressed_mb:,.0f} MB unpacked) | {r.items:,} | "
            f"{o.wall:.1f} s | {o.cpu:.1f} s | {r.items / o.wall:,.0f} | {r.uncompressed_mb / o.wall:,.1f} | "
            f"{o.peak_rss_mb:.0f} MB ({o.tree_pss_mb:.0f} MB) | {fl} | {ratio} (CPU {cpu_ratio}) |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=float, default=1.0, help="fraction of the full sizes (default 1)")
    ap.add_argument("--quick", action="store_true", help="same as --scale 0.02")
    ap.add_argument("--cases", default="x,takeout,instagram")
    ap.add_argument("--out", type=Path, default=ROOT / "bench-out")
    ap.add_argument("--no-compare", action="store_true", help="skip google_takeout_parser")
    ap.add_argument("--generate-only", action="store_true", help="make the archives, measure nothing")
    ap.add_argument("--core", action="store_true",
                    help="also time the core alone (reading, parser, store, snapshot) for a breakdown")
    ap.add_argument("--text", choices=gen_x.TEXT_STYLES, default="realistic",
                    help="the generated posts' text: realistic (numbers, dates, links, planted personal "
                         "data; the default) or plain (words only, as before 2026-12)")
    args = ap.parse_args()
    style = args.text
    suffix = "" if style == "realistic" else f"-{style}"
    scale = 0.02 if args.quick else args.scale
    load_start = os.getloadavg()[0]
    work = args.out
    work.mkdir(parents=True, exist_ok=True)
    cases = [c.strip() for c in args.cases.split(",") if c.strip()]
    results: list[Result] = []
    compare: dict | None = None
    tweets = max(1000, int(1_000_000 * scale))
    activity_mb = max(2.0, 500 * scale)
    yt_comments = max(500, int(200_000 * scale))
    ig_comments = max(500, int(100_000 * scale))
    for case in cases:
        notes: list[str] = []
        if case == "x":
            archive = work / f"twitter-2026-03-01-bench{tweets}{suffix}.zip"
            made = cached(archive, {"tweets": tweets, "text": style},
                          lambda a=archive: gen_x.generate(a, tweets, text_style=style))
        elif case == "takeout":
            archive = work / f"takeout-20260301T101010Z-bench{int(activity_mb)}{suffix}-001.zip"
            made = cached(archive, {"activity_mb": activity_mb, "comments": yt_comments, "text": style},
                          lambda a=archive: gen_takeout.generate(a, activity_mb, yt_comments,
                                                                 text_style=style))
        elif case == "instagram":
            archive = work / f"instagram-bench_otter-2026-03-01-bench{ig_comments}{suffix}.zip"
            made = cached(archive, {"comments": ig_comments, "text": style},
                          lambda a=archive: gen_instagram.generate(a, ig_comments, text_style=style))
        else:
            print(f"unknown case {case!r}", file=sys.stderr)
            return 2
        if args.generate_only:
            continue
        result = run_case(case, archive, work, made, notes, args.core)
        results.append(result)
        print(fmt(result), flush=True)
        if result.core:
            print(fmt(result, core=True), flush=True)
        if case == "takeout" and not args.no_compare:
            compare = side_by_side(archive, work)
            print(json.dumps(compare, indent=1), flush=True)
    if args.generate_only:
        return 0
    load_end = os.getloadavg()[0]
    lines = [
        f"Command: `python bench/run.py {' '.join(sys.argv[1:])}` (scale {scale:g})",
        f"Machine: {platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} CPUs"
        f"{memory_note()}; load average {load_start:.1f} at the start, {load_end:.1f} at the end "
        "(other work on the machine inflates wall times; CPU times are steadier)",
        "",
        "| case | archive | items | wall | CPU | items/s | MB/s (unpacked) | peak RSS (all processes, PSS) "
        "| unzip -p floor "
        "| ratio to floor |",
        "|---|---|---|---|---|---|---|---|---|---|",
        *(fmt(r) for r in results),
        *(fmt(r, core=True) for r in results if r.core),
    ]
    verdicts = []
    for r in results:
        peak = max(r.ours.peak_rss_mb, r.ours.tree_pss_mb)
        verdicts.append(f"- {r.case}: peak RSS {r.ours.peak_rss_mb:.0f} MB (largest process); all processes "
                        f"together {r.ours.tree_pss_mb:.0f} MB PSS, {r.ours.tree_rss_mb:.0f} MB RSS summed "
                        f"({'under' if peak < RSS_LIMIT_MB else 'OVER'} {RSS_LIMIT_MB} MB)")
        if r.case == "x" and r.ratio:
            verdicts.append(f"- x: {r.ratio:.1f}x the decompression floor "
                            f"({'within' if r.ratio <= FLOOR_FACTOR_X else 'OVER'} {FLOOR_FACTOR_X:g}x)")
        verdicts.extend(f"- {r.case}: {n}" for n in r.notes)
    if compare and isinstance(compare.get("google_takeout_parser"), dict):
        g, o = compare["google_takeout_parser"], compare["ai_exposure"]
        verdicts.append(
            f"- My Activity side by side ({compare['file_mb']} MB): ai-exposure {o['wall']:.1f} s, "
            f"{o['peak_rss_mb']:.0f} MB peak ({o['tree_pss_mb']:.0f} MB PSS all processes), "
            f"{o['items']:,} items (whole run incl. report); "
            f"google_takeout_parser {g['wall']:.1f} s, {g['peak_rss_mb']:.0f} MB peak, "
            f"{g['items']:,} items (parse only) → ai-exposure {compare['speedup']}x faster")
    lines += ["", *verdicts]
    text = "\n".join(lines)
    print("\n" + text)
    (work / "results.md").write_text(text + "\n")
    (work / "results.json").write_text(json.dumps({
        "scale": scale, "results": [{**asdict(r), "ratio": r.ratio, "cpu_ratio": r.cpu_ratio}
                                    for r in results],
        "side_by_side": compare}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
