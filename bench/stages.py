"""Where a full run's time goes, per stage, in one process (the second CPU off, so every stage is
counted once): reading the archive (decompressing its members, measured in a pass of its own),
parsing (the readers' decoding and the platform parser), building items (`Item(...)`), AI-training
reasons, finding personal data, storing, snapshot.json and report.html. Each stage is timed by
wrapping its function (CPU time, its own calls only); "parse" is what is left of the parsing phase.

    python bench/stages.py ARCHIVE [--out DIR]     # prints a table, per 100,000 items too
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
import tempfile
import time
import zipfile
from collections import defaultdict
from pathlib import Path

os.environ["AI_EXPOSURE_PARALLEL"] = "0"

from ai_exposure import eligibility, model, report, run, sensitive, snapshot, store  # noqa: E402

SPENT: dict[str, float] = defaultdict(float)
_active: list[str] = []


def timed(stage: str, fn):
    """`fn`, counting its CPU time to `stage` (not to a stage it was called from)."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        start = time.process_time()
        _active.append(stage)
        try:
            return fn(*args, **kwargs)
        finally:
            _active.pop()
            spent = time.process_time() - start
            SPENT[stage] += spent
            if _active:  # the caller's stage did not spend this
                SPENT[_active[-1]] -= spent
    return wrapper


def read_pass(archive: Path) -> float:
    """CPU time to decompress every member (what `unzip -p` does, in this process)."""
    start = time.process_time()
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            with zf.open(info) as fh:
                while fh.read(1 << 20):
                    pass
    return time.process_time() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("archive", type=Path)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    read = read_pass(args.archive)
    item_init = model.Item.__init__
    model.Item.__init__ = timed("build items", item_init)  # type: ignore[method-assign]
    # Items in runs (model.ItemRun, e.g. My Activity): each record's values, the run's verdicts, its rows.
    model.ItemRun.add = timed("build items", model.ItemRun.add)  # type: ignore[method-assign]
    eligibility.Assessor.__call__ = timed("AI-training reasons", eligibility.Assessor.__call__)  # type: ignore
    eligibility.Assessor.of_run = timed("AI-training reasons", eligibility.Assessor.of_run)  # type: ignore
    sensitive.SensitiveFinder.inspect = timed("find personal data", sensitive.SensitiveFinder.inspect)
    store.ItemStore.add = timed("store", store.ItemStore.add)  # type: ignore[method-assign]
    store.ItemStore.add_run = timed("store", store.ItemStore.add_run)  # type: ignore[method-assign]
    store.ItemStore.flush = timed("store", store.ItemStore.flush)  # type: ignore[method-assign]
    snapshot.write = timed("snapshot", snapshot.write)
    run.snapshot.write = snapshot.write
    report.render = timed("report", report.render)
    run.report.render = report.render
    wall, cpu = time.perf_counter(), time.process_time()
    with tempfile.TemporaryDirectory() as tmp:
        result = run.analyze([args.archive], args.out or Path(tmp) / "out")
        added = result.analysis.store.added  # a method since the sink work, a property before
        items = added() if callable(added) else added
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    parse = cpu - sum(SPENT.values())
    rows = [("read (decompress, own pass)", read), ("parse (readers + parser, less read)", parse - read),
            *((name, SPENT[name]) for name in ("build items", "AI-training reasons", "find personal data",
                                                "store", "snapshot", "report"))]
    per = 100_000 / max(items, 1)
    print(f"{args.archive.name}: {items:,} items, {cpu:.1f} s CPU, {wall:.1f} s wall, one process, "
          f"load average {os.getloadavg()[0]:.1f}")
    print("| stage | CPU s | per 100,000 items |\n|---|---|---|")
    for name, spent in rows:
        print(f"| {name} | {spent:.2f} | {spent * per:.2f} s |")
    print(f"| total | {cpu:.2f} | {cpu * per:.2f} s |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
