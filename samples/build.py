"""Build the zipped sample archives from the extracted sample trees.

Every folder samples/<platform>/<era>/ is an export in its platform's official layout (made by
samples/gen_<platform>.py). This script zips each one into samples/build/ under a name like the one the
platform gives its downloads, so `ai-exposure analyze samples/build` reads them as a user's downloads
folder. Deterministic: fixed timestamps and order, so two builds are byte-identical.

    python samples/build.py [--out DIR] [--format zip|tgz]
"""

from __future__ import annotations

import argparse
import io
import sys
import tarfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXED_TIME = (2026, 3, 1, 12, 0, 0)

# Download names as the platforms give them (the tool never relies on names; people see them).
NAMES = {
    "x/2016-grailbird": "tweets.zip",  # the pre-2018 "Your Twitter archive" download
    "x/2020": "twitter-2020-10-10-4f1c0a7e9d.zip",
    "x/2022": "twitter-2022-11-06-5c3e9a1b7d.zip",
    "x/2024": "twitter-2024-11-16-8b2d5e1f3a.zip",
    "linkedin/2018": "Complete_LinkedInDataExport_11-04-2018.zip",
    "linkedin/2026": "Complete_LinkedInDataExport_03-01-2026.zip",
    "linkedin/basic": "Basic_LinkedInDataExport_03-01-2026.zip",
    "google/en-part1": "takeout-20260301T101010Z-001.zip",
    "google/en-part2": "takeout-20260301T101010Z-002.zip",
    "google/nl-part1": "takeout-20260215T090000Z-001.zip",
    "google/nl-part2": "takeout-20260215T090000Z-002.zip",
    "google/2025-youtube": "takeout-20260301T121212Z-001.zip",
    "google/es": "takeout-20260302T080000Z-001.zip",
}


def sample_trees() -> list[Path]:
    return sorted(p for p in HERE.glob("*/*") if p.is_dir() and p.parent.name != "build"
                  and not p.name.startswith((".", "_")))


def archive_name(tree: Path, fmt: str) -> str:
    rel = f"{tree.parent.name}/{tree.name}"
    name = NAMES.get(rel, f"{tree.parent.name}-{tree.name}.zip")
    return name if fmt == "zip" else name[: -len(".zip")] + ".tgz"


def files_of(tree: Path) -> list[Path]:
    return sorted(p for p in tree.rglob("*") if p.is_file())


def build_zip(tree: Path, dest: Path) -> None:
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for p in files_of(tree):
            info = zipfile.ZipInfo(p.relative_to(tree).as_posix(), FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, p.read_bytes())


def build_tgz(tree: Path, dest: Path) -> None:
    import gzip

    with open(dest, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz, \
            tarfile.open(fileobj=gz, mode="w") as tf:
        for p in files_of(tree):
            data = p.read_bytes()
            info = tarfile.TarInfo(p.relative_to(tree).as_posix())
            info.size, info.mtime, info.mode = len(data), 1772366400, 0o644
            tf.addfile(info, io.BytesIO(data))


def build(out: Path, fmt: str = "zip") -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for tree in sample_trees():
        dest = out / archive_name(tree, fmt)
        (build_zip if fmt == "zip" else build_tgz)(tree, dest)
        made.append(dest)
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE / "build")
    parser.add_argument("--format", choices=("zip", "tgz"), default="zip")
    args = parser.parse_args(argv)
    made = build(args.out, args.format)
    for p in made:
        print(p.name)
    if not made:
        print("no sample trees found under samples/<platform>/<era>/", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
