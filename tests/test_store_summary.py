"""ItemStore.summary counts its groups while items are stored (the query over the whole table took
seconds after parsing): the same rows as that query, from one process or through a storing helper,
and the query itself once a merge deleted repeated keys."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ai_exposure import parallel
from ai_exposure.pipeline import Pipeline
from ai_exposure.store import SUMMARY_SQL, ItemStore, SummaryRow

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def _sources() -> list[list[Path]]:
    """Sample runs: one export each, and Google's two-part download (repeated keys merged)."""
    google = [p for p in sorted((SAMPLES / "google").iterdir()) if p.is_dir()]
    return [[SAMPLES / "x" / "2024"], [SAMPLES / "x" / "2024", SAMPLES / "linkedin" / "2026"], google]


def _queried(store: ItemStore) -> list[SummaryRow]:
    return [SummaryRow(*row) for row in store._db.execute(SUMMARY_SQL)]


@pytest.mark.parametrize("helper", [False, True])
@pytest.mark.parametrize("paths", [*_sources(), "twice"],
                         ids=lambda ps: ps if isinstance(ps, str) else "+".join(p.name for p in ps))
def test_the_summary_is_the_querys(tmp_path: Path, paths: list[Path] | str, helper: bool) -> None:
    if helper and not parallel.available():
        pytest.skip("needs fork and two CPUs")
    if paths == "twice":  # the same export given twice: every key repeated, merged away
        paths = [SAMPLES / "x" / "2024", shutil.copytree(SAMPLES / "x" / "2024", tmp_path / "copy")]
    store = ItemStore(tmp_path / "items.sqlite")
    Pipeline(store, parallel=helper).run(paths)
    summary = store.summary()
    assert summary and summary == _queried(store)
    assert store.counts_by_source() == dict(store._db.execute(
        "SELECT source_id, COUNT(*) FROM items GROUP BY source_id"))
    counted = store.tally() is not None
    # Counted while storing unless a merge deleted rows (then the query itself answers).
    assert counted == (store.duplicates() == 0) and counted == (paths[-1].name != "copy")
    store.close()
