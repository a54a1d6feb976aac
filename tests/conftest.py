"""Shared test helpers: members over real files, runs of the pipeline, and the shared fixtures."""

from __future__ import annotations

import io
import os
import tarfile
import zipfile
from pathlib import Path

import pytest

from ai_exposure.archive import FolderContainer, Member
from ai_exposure.model import SourceInfo
from ai_exposure.parsing import Context, Options, ParserSpec
from ai_exposure.pipeline import Analysis, Pipeline
from ai_exposure.store import ItemStore

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"


@pytest.fixture(autouse=True)
def _private_user_dirs(tmp_path_factory, monkeypatch):
    """No test reads or writes the real user's history, settings or cache."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("AI_EXPOSURE_HISTORY", str(home / "history.sqlite"))
    monkeypatch.setenv("AI_EXPOSURE_SETTINGS", str(home / "settings.toml"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))


# The hostile suite runs under an address-space cap: a reader whose memory runs away fails its test
# with MemoryError instead of taking the machine (or CI) down. Headroom over what the process already
# maps; the suite's own peak is under 300 MB.
HOSTILE_MODULES = ("test_hostile", "test_bad_records", "test_fuzz")
HOSTILE_HEADROOM = 1536 << 20


def _mapped_bytes() -> int:
    try:
        with open(f"/proc/{os.getpid()}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 1 << 30


@pytest.fixture(autouse=True, scope="module")
def _memory_cap_for_hostile_input(request):
    name = request.module.__name__.rsplit(".", 1)[-1]
    try:
        import resource
    except ImportError:  # not on this system: the suite runs without the cap
        resource = None  # type: ignore[assignment]
    if resource is None or not name.startswith(HOSTILE_MODULES):
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = _mapped_bytes() + HOSTILE_HEADROOM
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


@pytest.fixture
def shared_fixtures() -> Path:
    """../shared/fixtures, read-only reference files from public test suites; skip cleanly if absent."""
    path = SHARED / "fixtures"
    if not path.is_dir():
        pytest.skip("../shared/fixtures is not present in this checkout")
    return path


def write_tree(base: Path, files: dict[str, str | bytes]) -> Path:
    """Create `files` (relative path → content) under `base` and return `base`."""
    for rel, content in files.items():
        p = base / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            p.write_text(content, encoding="utf-8")
        else:
            p.write_bytes(content)
    return base


def zip_tree(folder: Path, dest: Path, prefix: str = "") -> Path:
    """Zip a folder (optionally under a wrapping `prefix/`, as users re-zip exports)."""
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for p in sorted(folder.rglob("*")):
            if p.is_file():
                zf.write(p, prefix + p.relative_to(folder).as_posix())
    return dest


def tgz_tree(folder: Path, dest: Path, prefix: str = "") -> Path:
    with tarfile.open(dest, "w:gz") as tf:
        for p in sorted(folder.rglob("*")):
            if p.is_file():
                tf.add(p, prefix + p.relative_to(folder).as_posix())
    return dest


def member_for(tmp_path: Path, relpath: str, content: str | bytes) -> Member:
    """A Member over one file written to disk, with relpath set as detection would."""
    base = tmp_path / "member_tree"
    write_tree(base, {relpath: content})
    container = FolderContainer(base)
    member = next(m for m in container.members() if m.path == relpath)
    member.relpath = relpath
    return member


def context_for(spec: ParserSpec, members: list[Member] | None = None,
                options: Options | None = None) -> Context:
    info = SourceInfo(platform=spec.platform, label=spec.label)
    return Context(spec, info, members or [], options or Options())


def run(paths: list[Path], tmp_path: Path, options: Options | None = None) -> Analysis:
    store = ItemStore(tmp_path / f"items-{len(list(tmp_path.glob('items-*')))}.sqlite")
    return Pipeline(store, options).run(paths)


@pytest.fixture
def bytes_io():
    return io.BytesIO
