"""The core alone, for the benchmark's breakdown: archive reading, detection, the platform parser, the item
store and snapshot.json, without the per-item extras of a full run (AI-training reasons, the personal
data scan) and without report.html. Run by bench/run.py in a child process; prints the item count.

    python bench/core_only.py ARCHIVE OUT_DIR
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from ai_exposure import snapshot
from ai_exposure.pipeline import Pipeline
from ai_exposure.store import ItemStore


def constant_assess(item, info) -> tuple[str, str]:
    return "possible", ""


def main() -> None:
    archive, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out) as tmp:
        store = ItemStore(Path(tmp) / "items.sqlite")
        analysis = Pipeline(store, assess=constant_assess).run([archive])
        snapshot.write(analysis, out / "snapshot.json", {})
        print(store.added(), "items")
        store.close()


if __name__ == "__main__":
    main()
