"""Coverage-guided fuzzing of the readers and the X parser with atheris (not part of the test run).

    python bench/fuzz_atheris.py -max_total_time=120          # libFuzzer options pass through
    python bench/fuzz_atheris.py bench-out/fuzz-corpus -runs=100000

The first input byte picks the target (the JSON array reader, the CSV reader, or one X handler), the
rest is the file. Anything but ReadError escaping is a crash: libFuzzer stops and writes the input to
crash-<sha1> in the working directory. Seeds: the X 2024 sample's files.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parents[1]
X_DATA = ROOT / "samples" / "x" / "2024" / "data"

with atheris.instrument_imports():
    from ai_exposure.parsers import x

    from ai_exposure.archive import Container, Member
    from ai_exposure.model import Item, Problem, SourceInfo
    from ai_exposure.parsing import Context, Options
    from ai_exposure.readers import ReadError, iter_csv, iter_json_array, json_stream


class MemoryContainer(Container):
    def __init__(self, files: dict[str, bytes]) -> None:
        super().__init__(Path("memory.zip"))
        self.files = files

    def members(self) -> list[Member]:
        out = []
        for i, (name, data) in enumerate(self.files.items()):
            m = Member(name, len(data), self, i)
            m.relpath = name
            out.append(m)
        return out

    def open(self, member: Member):
        return io.BytesIO(self.files[member.path])


X_FILES = sorted(p.name for p in X_DATA.glob("*.js")
                 if (r := x.SPEC.route_for("data/" + p.name)) is not None and r.handler is not None)
CONTEXT_FILES = {"data/" + n: (X_DATA / n).read_bytes() for n in ("account.js", "manifest.js")}


def one_input(data: bytes) -> None:
    if not data:
        return
    target, body = data[0], data[1:]
    try:
        if target % 8 == 0:
            for _ in iter_json_array(io.BytesIO(body)):
                pass
        elif target % 8 == 1:
            member = MemoryContainer({"x.csv": body}).members()[0]
            for row in iter_csv(member, ("name",)):
                row.get("name")
        elif target % 8 == 2:
            member = MemoryContainer({"data/tweets.js": body}).members()[0]
            for _ in iter_json_array(json_stream(member, js_assignment=True)):
                pass
        else:
            name = X_FILES[target % len(X_FILES)]
            files = dict(CONTEXT_FILES)
            files["data/" + name] = body
            members = MemoryContainer(files).members()
            ctx = Context(x.SPEC, SourceInfo(platform="x", label=x.SPEC.label), members, Options())
            for problem in x.SPEC.prepare(ctx):
                assert isinstance(problem, Problem)
            member = next(m for m in members if m.path == "data/" + name)
            for out in x.SPEC.route_for(member.relpath).handler(member, ctx):
                assert isinstance(out, Item | Problem)
    except ReadError:
        pass


def seed_corpus(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i, name in enumerate(X_FILES):
        index = next(k for k in range(3, 256) if X_FILES[k % len(X_FILES)] == name and k % 8 > 2)
        (folder / f"seed-{i}").write_bytes(bytes([index]) + (X_DATA / name).read_bytes())


def main() -> None:
    args = sys.argv[:]
    corpus = next((Path(a) for a in args[1:] if not a.startswith("-")), None)
    if corpus is None:
        corpus = ROOT / "bench-out" / "fuzz-corpus"
        args.append(str(corpus))
    seed_corpus(corpus)
    atheris.Setup(args, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
